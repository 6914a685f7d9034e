"""The held-out outcomes and their truth file are well formed (the scores are in benchmarks/).

tests/fixtures/history/heldout/ is measured by benchmarks/history_heldout.py; these checks
keep its inputs honest: every outcome is read with the number, dates, place and items its
file name and truth promise, every label is a topic of the taxonomy and a unit of the text,
and every commitment fragment is verbatim in its document.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from packgen.corpus import Corpus, load_corpus
from packgen.topics import DEFAULT_TOPICS, load_topics
from tests.conftest import FIXTURES

HELDOUT = FIXTURES / "history" / "heldout"


@pytest.fixture(scope="module")
def truth() -> dict:
    return YAML(typ="safe").load((HELDOUT / "truth.yaml").read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return load_corpus(HELDOUT / "outcomes", cache_dir=tmp_path_factory.mktemp("cache"))


def test_every_outcome_is_read_with_its_number_date_and_meeting(corpus: Corpus, truth: dict):
    assert len(corpus.records) == len(truth) == 8
    for record in corpus.records:
        stem = Path(record.source).stem  # 2015-06-11_9741-15
        date, number = stem.split("_")
        assert (record.number, record.date.isoformat()) == (number.replace("-", "/"), date)
        assert record.place == "Brussels" and record.meeting and record.meeting.place
        assert record.meeting.start <= record.meeting.end < record.date
        assert truth[record.number]["split"] == "heldout"


def test_every_label_is_a_known_topic_on_a_real_unit(corpus: Corpus, truth: dict) -> None:
    topics = {t.id for t in load_topics(DEFAULT_TOPICS).topics}
    for record in corpus.records:
        refs = {f"item {i.number}" for i in record.items} | {
            f"item {i.number}({s.label})" for i in record.items for s in i.subitems
        }
        for ref, labels in truth[record.number]["units"].items():
            assert ref in refs, (record.number, ref)
            assert set(labels) <= topics, (record.number, ref, labels)


def test_every_commitment_fragment_is_verbatim_in_its_document(corpus: Corpus, truth: dict):
    for record in corpus.records:
        text = " ".join(Path(record.source).read_text(encoding="utf-8").split())
        for fragment in truth[record.number]["commitments"]:
            assert re.search(re.escape(fragment), text), (record.number, fragment)
