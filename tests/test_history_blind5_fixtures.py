"""The fifth blind set's outcomes and truth file are well formed (the scores are in benchmarks/).

tests/fixtures/history/blind5/ is measured by benchmarks/history_heldout.py --dir; these
checks keep its inputs honest: the TXT, DOCX and PDF outcomes are read with the
number and date of their file name, every label is a topic of the taxonomy on a real unit,
and every commitment fragment is verbatim in the text packgen reads from its document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from packgen.corpus import Corpus, load_corpus
from packgen.records import OutcomeRecord
from packgen.topics import DEFAULT_TOPICS, load_topics
from tests.conftest import FIXTURES

BLIND5 = FIXTURES / "history" / "blind5"


@pytest.fixture(scope="module")
def truth() -> dict:
    return YAML(typ="safe").load((BLIND5 / "truth.yaml").read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return load_corpus(BLIND5 / "outcomes", cache_dir=tmp_path_factory.mktemp("cache"))


def _text(record: OutcomeRecord) -> str:
    parts = [record.summary or "", *(f"{i.title} {i.text}" for i in record.items)]
    parts += [s.text for i in record.items for s in i.subitems]
    return " ".join(" ".join(parts).split())


def test_every_format_is_read_with_its_number_and_date(corpus: Corpus, truth: dict) -> None:
    assert sorted(Path(r.source).suffix for r in corpus.records) == [".docx", ".pdf", *[".txt"] * 6]
    assert len(corpus.records) == len(truth) == 8
    for record in corpus.records:
        date, number = Path(record.source).stem.split("_")[:2]
        assert (record.number, record.date.isoformat()) == (number.replace("-", "/"), date)
        assert record.meeting and record.meeting.start < record.date
        assert truth[record.number]["split"] == "heldout"
        assert record.warnings == [], (record.number, record.warnings)
    # the PDF and the DOCX give the meeting's first day and place like the TXT files do
    meetings = {r.number: (r.meeting.start.isoformat(), r.meeting.place) for r in corpus.records}
    assert meetings["13410/14"] == ("2014-09-17", "Rome")
    assert meetings["12810/16"] == ("2016-09-22", "Bratislava")
    assert meetings["11560/22"] == ("2022-07-11", "Chisinau")


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
        text = _text(record)
        for fragment in truth[record.number]["commitments"]:
            assert fragment in text, (record.number, fragment)
