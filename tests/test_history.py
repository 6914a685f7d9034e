"""Tests for packgen.history: topic assignment, per-topic histories and follow-ups with citations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from packgen.corpus import Corpus, load_corpus
from packgen.errors import InputError
from packgen.history import (
    assign_topics,
    split_sentences,
    summarise,
    topic_followups,
    topic_history,
)
from packgen.records import Item, Meeting, OutcomeRecord, SubItem
from packgen.topics import DEFAULT_TOPICS, Taxonomy, load_topics
from tests.conftest import FIXTURES

# The topics of every numbered item of the three reference outcomes, from its own title.
EXPECTED_ITEM_TOPICS = {
    ("10483/17", "1"): {"counter-terrorism"},
    ("10483/17", "2"): {"cybercrime-e-evidence", "data-protection"},
    ("10483/17", "3"): {"organised-crime-drugs"},
    ("10483/17", "4"): {"migration-borders", "visa-reciprocity"},
    ("10483/17", "5"): {"incoming-presidency"},
    ("9278/18", "1"): {"counter-terrorism"},
    ("9278/18", "2"): {"cybercrime-e-evidence"},
    ("9278/18", "3"): {"migration-borders"},
    ("9278/18", "4"): {"organised-crime-drugs"},
    ("9278/18", "5"): {"incoming-presidency"},
    ("7725/23", "1"): {"ukraine"},
    ("7725/23", "2"): {"counter-terrorism"},
    ("7725/23", "3"): {"cybercrime-e-evidence"},
    ("7725/23", "4"): {"going-dark"},
    ("7725/23", "5"): {"organised-crime-drugs"},
    ("7725/23", "6"): {"mla-extradition"},
    ("7725/23", "7"): {"visa-reciprocity"},
    ("7725/23", "8"): {"incoming-presidency"},
}

EXPECTED_SUBITEM_TOPICS_9278 = {
    "1(a)": {"counter-terrorism"},  # from its text: battlefield data on terrorist fighters
    "1(b)": {"counter-terrorism"},
    "1(c)": {"counter-terrorism"},
    "2(a)": {"cybercrime-e-evidence"},
    "2(b)": {"cybercrime-e-evidence"},
    "3(a)": {"migration-borders"},
    "3(b)": {"migration-borders"},
    "3(c)": {"visa-reciprocity"},
    "4(a)": {"organised-crime-drugs"},
    "4(b)": {"counter-terrorism", "money-laundering"},
}


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_topics(DEFAULT_TOPICS)


@pytest.fixture(scope="module")
def seeds_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    from tests.conftest import SHARED_SEEDS

    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"reference documents not available ({SHARED_SEEDS})")
    return load_corpus(SHARED_SEEDS, cache_dir=tmp_path_factory.mktemp("cache"))


def _history(corpus: Corpus, taxonomy: Taxonomy, topic: str) -> list[tuple[str, str, str]]:
    return [
        (e.citation.number, e.citation.item, e.date.isoformat())
        for e in topic_history(corpus, taxonomy, topic)
    ]


def test_seeds_corpus_skips_brief_and_note(seeds_corpus: Corpus) -> None:
    assert [Path(p).name[:3] for p, _ in seeds_corpus.skipped] == ["000", "001"]
    assert [r.number for r in seeds_corpus.records] == ["10483/17", "9278/18", "7725/23"]


def test_every_item_of_the_three_outcomes(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    assigned = assign_topics(seeds_corpus, taxonomy)
    actual = {
        (u.record.number, u.item.number): set(u.topics) for u in assigned.units if u.subitem is None
    }
    assert actual == EXPECTED_ITEM_TOPICS  # nothing missing, nothing extra
    assert assigned.unmatched == []


def test_subitems_of_9278_18(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    assigned = assign_topics(seeds_corpus, taxonomy)
    actual = {
        u.ref.removeprefix("item "): set(u.topics)
        for u in assigned.units
        if u.subitem is not None and u.record.number == "9278/18"
    }
    assert actual == EXPECTED_SUBITEM_TOPICS_9278


def test_assignments_explain_themselves(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    assigned = assign_topics(seeds_corpus, taxonomy)
    [unit] = [u for u in assigned.units if u.record.number == "10483/17" and u.ref == "item 5"]
    [assignment] = unit.assignments
    assert assignment.explain() == (
        "title pattern 'incoming (?:[a-z]+ ){1,2}presidency' matched "
        "'incoming estonian presidency' (score 100)"
    )


def test_visa_reciprocity_one_entry_per_meeting(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    assert _history(seeds_corpus, taxonomy, "visa-reciprocity") == [
        ("10483/17", "item 4", "2017-06-15"),
        ("9278/18", "item 3(c)", "2018-05-22"),
        ("7725/23", "item 7", "2023-03-16"),
    ]


def test_sub_item_entry_carries_its_own_title_and_text(
    seeds_corpus: Corpus, taxonomy: Taxonomy
) -> None:
    entry = topic_history(seeds_corpus, taxonomy, "visa-reciprocity")[1]
    assert entry.title == "Visa reciprocity"
    assert entry.place == "Sofia"
    assert entry.end == dt.date(2018, 5, 23)
    assert entry.citation.marking == "LIMITE"
    assert "VISA 123" in entry.citation.subject_codes
    assert entry.summary in " ".join(entry.text.split())
    assert "Visa Waiver Programme" in entry.text


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        (
            "counter-terrorism",
            [
                ("10483/17", "item 1", "2017-06-15"),
                ("9278/18", "item 1", "2018-05-22"),
                ("7725/23", "item 2", "2023-03-16"),
            ],
        ),
        (
            "incoming-presidency",
            [
                ("10483/17", "item 5", "2017-06-15"),
                ("9278/18", "item 5", "2018-05-22"),
                ("7725/23", "item 8", "2023-03-16"),
            ],
        ),
        ("ukraine", [("7725/23", "item 1", "2023-03-16")]),
        (
            "migration-borders",
            [("10483/17", "item 4", "2017-06-15"), ("9278/18", "item 3", "2018-05-22")],
        ),
    ],
)
def test_topic_histories(
    seeds_corpus: Corpus, taxonomy: Taxonomy, topic: str, expected: list
) -> None:
    assert _history(seeds_corpus, taxonomy, topic) == expected


def test_incoming_presidencies_by_title(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    titles = [e.title for e in topic_history(seeds_corpus, taxonomy, "incoming-presidency")]
    assert ["Estonian" in titles[0], "Austrian" in titles[1], "Spanish" in titles[2]] == [True] * 3


def test_since_and_limit(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    since = topic_history(seeds_corpus, taxonomy, "visa-reciprocity", since=dt.date(2018, 1, 1))
    assert [e.citation.number for e in since] == ["9278/18", "7725/23"]
    latest = topic_history(seeds_corpus, taxonomy, "visa-reciprocity", limit=1)
    assert [e.citation.number for e in latest] == ["7725/23"]


def test_unknown_topic_suggests(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    with pytest.raises(
        InputError, match=r"unknown topic 'visa' \(did you mean 'visa-reciprocity'\?\)"
    ):
        topic_history(seeds_corpus, taxonomy, "visa")


def test_followups_include_the_washington_ministerial_and_tripartite_meeting(
    seeds_corpus: Corpus, taxonomy: Taxonomy
) -> None:
    found = topic_followups(seeds_corpus, taxonomy)
    washington = [
        f for f in found if f.citation.number == "9278/18" and "second half of 2018" in f.sentence
    ]
    assert {f.citation.item for f in washington} == {"annex"}
    assert any("Washington" in f.sentence and "meet again" in f.sentence for f in washington)
    [pnr] = [f for f in washington if "PNR" in f.sentence]  # one sentence despite "EU-U.S."
    assert pnr.sentence.endswith("in the second half of 2018.")
    assert "Washington, D.C., in" in pnr.sentence
    assert all(f.date == dt.date(2018, 5, 22) for f in washington)
    [tripartite] = [f for f in found if "7 June" in f.sentence]
    assert (tripartite.citation.number, tripartite.citation.item) == ("7725/23", "item 7")
    assert tripartite.topic == "visa-reciprocity"
    [session] = [f for f in found if "next session" in f.sentence]
    assert (session.citation.item, session.topic) == ("item 3", "cybercrime-e-evidence")


def test_followups_by_topic(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    visa = topic_followups(seeds_corpus, taxonomy, "visa-reciprocity")
    assert [(f.citation.number, f.citation.item) for f in visa] == [
        ("10483/17", "item 4"),
        ("9278/18", "item 3(c)"),
        ("7725/23", "item 7"),
        ("7725/23", "item 7"),
    ]
    later = topic_followups(seeds_corpus, taxonomy, "visa-reciprocity", after=dt.date(2020, 1, 1))
    assert len(later) == 2
    general = topic_followups(seeds_corpus, taxonomy, "general")
    assert [f.citation.item for f in general] == ["annex"]


# --- hand-built records: behaviour that does not depend on the reference documents ---------


def _record(
    number: str, start: dt.date, items: list[Item], codes: list[str] | None = None
) -> OutcomeRecord:
    return OutcomeRecord(
        source=f"/corpus/{number.replace('/', '-')}.txt",
        sha256=number,
        number=number,
        marking="LIMITE",
        subject_codes=codes or [],
        meeting=Meeting(title="EU-US JHA Ministerial Meeting", place="Valletta", start=start),
        items=items,
    )


def test_item_beats_sub_item_when_both_name_the_topic() -> None:
    taxonomy = load_topics(FIXTURES / "history" / "topics_small.yaml")
    record = _record(
        "1/20",
        dt.date(2020, 1, 10),
        [
            Item(
                number="1",
                title="Counter-terrorism",
                text="Both sides met.",
                subitems=[SubItem(label="a", title="Terrorist financing", text="They spoke.")],
            ),
            Item(number="2", title="Any other business", text="Nothing was said."),
        ],
    )
    corpus = Corpus(records=[record])
    [entry] = topic_history(corpus, taxonomy, "counter-terrorism")
    assert entry.citation.item == "item 1"
    assert [u.ref for u in assign_topics(corpus, taxonomy).unmatched] == ["item 2"]


def test_records_without_any_date_are_left_out() -> None:
    taxonomy = load_topics(FIXTURES / "history" / "topics_small.yaml")
    undated = OutcomeRecord(
        source="x.txt", sha256="x", items=[Item(number="1", title="Visa waiver", text="Talks.")]
    )
    assert topic_history(Corpus(records=[undated]), taxonomy, "visa-reciprocity") == []


def test_split_sentences_keeps_abbreviations_together() -> None:
    text = (
        "The delegations met in Washington, D.C. on Monday. They agreed, e.g. on data.\n\n"
        "The next EU-U.S. Ministerial will meet. J. Smith chaired it (Art. 5).\n\n"
        "b) A heading without a stop\n\nThe next meeting will be in June 2019."
    )
    assert split_sentences(text) == [
        "The delegations met in Washington, D.C. on Monday.",
        "They agreed, e.g. on data.",
        "The next EU-U.S. Ministerial will meet.",
        "J. Smith chaired it (Art. 5).",
        "The next meeting will be in June 2019.",
    ]


def test_summary_prefers_agreements_and_next_steps() -> None:
    text = (
        "The chair opened the item. Delegations exchanged views at length. "
        "Both sides agreed to meet again in Lisbon. The room was warm. "
        "A report will follow in May 2020."
    )
    assert summarise(text) == (
        "Both sides agreed to meet again in Lisbon. A report will follow in May 2020."
    )
    assert summarise("The chair opened the item. Views were exchanged.") == (
        "The chair opened the item."
    )
