"""Tests for the summaries computed at index time: kept in the cache, served by history queries."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packgen import history, summary
from packgen.corpus import CACHE_FILE, SCHEMA_VERSION, Corpus, load_corpus, paused_gc
from packgen.history import assign_topics, assignment_key, topic_history
from packgen.summary import summarise, unit_ref, unit_text
from packgen.topics import DEFAULT_TOPICS, Taxonomy, load_topics
from tests.conftest import SHARED_SEEDS


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_topics(DEFAULT_TOPICS)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"reference documents not available ({SHARED_SEEDS})")
    cache = tmp_path_factory.mktemp("cache")
    load_corpus(SHARED_SEEDS, cache_dir=cache)  # fills the cache
    return cache


@pytest.fixture(scope="module")
def warm(cache_dir: Path) -> Corpus:
    corpus = load_corpus(SHARED_SEEDS, cache_dir=cache_dir)
    assert corpus.parsed_count == 0
    return corpus


def test_every_unit_has_its_summary_read_back_from_the_cache(warm: Corpus) -> None:
    numbers = {r.number: r for r in warm.records}
    assert set(numbers) == {"10483/17", "9278/18", "7725/23"}
    refs_9278 = list(warm.summaries[numbers["9278/18"].sha256])
    assert refs_9278 == [
        "item 1",
        "item 1(a)",
        "item 1(b)",
        "item 1(c)",
        "item 2",
        "item 2(a)",
        "item 2(b)",
        "item 3",
        "item 3(a)",
        "item 3(b)",
        "item 3(c)",
        "item 4",
        "item 4(a)",
        "item 4(b)",
        "item 5",
    ]
    assert len(warm.summaries[numbers["7725/23"].sha256]) == 15  # eight items, seven sub-items
    for record in warm.records:
        kept = warm.summaries[record.sha256]
        for item in record.items:
            # an item's own text is its lead (without its sub-items); titles resolve anaphors
            assert kept[unit_ref(item)] == summarise(unit_text(item), title=item.title)
            for sub in item.subitems:
                assert kept[unit_ref(item, sub)] == summarise(sub.text, title=sub.title)


def test_cache_table_holds_the_summaries_column(cache_dir: Path) -> None:
    with sqlite3.connect(cache_dir / CACHE_FILE) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(files)")]
        stored = db.execute("SELECT COUNT(*) FROM files WHERE summaries != '{}'").fetchone()[0]
    assert columns == ["sha256", "status", "payload", "summaries"]
    assert stored == 3  # the three outcomes; the brief and the note are skips
    assert SCHEMA_VERSION == 4  # 4: the "derived" table keeps the topics per taxonomy


def test_cache_of_the_first_schema_is_rebuilt(tmp_path: Path) -> None:
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"reference documents not available ({SHARED_SEEDS})")
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:  # the version 1 layout, no summaries
        db.executescript(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "INSERT INTO meta VALUES ('version', 'old');"
            "CREATE TABLE files (sha256 TEXT PRIMARY KEY, status TEXT NOT NULL, payload TEXT);"
            "INSERT INTO files VALUES ('abc', 'skip', 'stale');"
        )
    corpus = load_corpus(SHARED_SEEDS, cache_dir=tmp_path)
    assert corpus.parsed_count == 5
    assert corpus.warnings == []
    assert len(corpus.summaries) == 3
    again = load_corpus(SHARED_SEEDS, cache_dir=tmp_path)
    assert again.parsed_count == 0
    assert again.summaries == corpus.summaries


def _entries(corpus: Corpus, taxonomy: Taxonomy) -> list[tuple]:
    return [
        (topic, e.citation.number, e.citation.item, e.summary)
        for topic in taxonomy.ids()
        for e in topic_history(corpus, taxonomy, topic)
    ]


def test_history_from_kept_summaries_equals_history_computed_at_query_time(
    cache_dir: Path, taxonomy: Taxonomy
) -> None:
    kept = load_corpus(SHARED_SEEDS, cache_dir=cache_dir)
    computed = load_corpus(SHARED_SEEDS, cache_dir=cache_dir)
    computed.summaries = {}  # as with a cache written before summaries were kept
    assert _entries(kept, taxonomy) == _entries(computed, taxonomy)
    assert len(_entries(kept, taxonomy)) == 44  # one per unit and topic


def test_query_serves_the_kept_summary_and_focuses_shared_units(
    cache_dir: Path, taxonomy: Taxonomy
) -> None:
    corpus = load_corpus(SHARED_SEEDS, cache_dir=cache_dir)
    for refs in corpus.summaries.values():
        for ref in refs:
            refs[ref] = f"kept {ref}"
    assigned = assign_topics(corpus, taxonomy)
    by_unit = {(u.record.number, u.ref): u for u in assigned.units}
    entries = {
        (topic, e.citation.number, e.citation.item): e.summary
        for topic in ("counter-terrorism", "visa-reciprocity", "migration-borders")
        for e in topic_history(corpus, taxonomy, topic)
    }
    # a unit of one topic, without sub-items of other topics: served from the cache
    assert entries[("counter-terrorism", "7725/23", "item 2(a)")] == "kept item 2(a)"
    assert entries[("visa-reciprocity", "9278/18", "item 3(c)")] == "kept item 3(c)"
    # item 4 of 10483/17 is both migration and visa: summarised at query time, per topic
    shared = by_unit[("10483/17", "item 4")]
    assert set(shared.topics) == {"migration-borders", "visa-reciprocity"}
    for topic in ("migration-borders", "visa-reciprocity"):
        summary = entries[(topic, "10483/17", "item 4")]
        assert not summary.startswith("kept")
        assert summary == summarise(
            shared.text, prefer=history._focus(topic, shared, taxonomy), title=shared.title
        )
    # item 3 of 9278/18 only announces its sub-items: they are the entries, from the cache
    assert ("migration-borders", "9278/18", "item 3") not in entries
    assert entries[("migration-borders", "9278/18", "item 3(a)")] == "kept item 3(a)"


def _cue_score_reference(sentence: str) -> int:
    """The first definition of the score, word by word (kept here to pin the faster one)."""
    words = summary._WORD.findall(sentence)
    lower = {w.lower() for w in words}
    score = sum(weight for cue, weight in summary._CUE_WORDS if not cue.isdisjoint(lower))
    if any(
        w in summary._MONTHS or (len(w) == 4 and w[:2] in ("19", "20") and w.isdigit())
        for w in words
    ):
        score += summary._DATE_WEIGHT
    return score


@given(
    st.lists(
        st.sampled_from(
            ["May", "may", "2019", "1899", "20199", "x2018", "_2018", "March.", "agreed", "will"]
            + ["Welcomed", "stressed", " ", ",", "-", "é", "\u212a", "Junes", "2000s", "K"]
        ),
        max_size=12,
    ).map("".join)
)
def test_cue_score_matches_the_word_by_word_definition(sentence: str) -> None:
    assert summary._cue_score(sentence) == _cue_score_reference(sentence)


def test_cue_scores_of_a_dated_commitment() -> None:
    assert summary._cue_score("The parties agreed to meet again in May 2024.") == 5
    assert summary._cue_score("Delegations spoke in 2024x.") == 0
    assert summary._cue_score("It will be stressed.") == 4


def test_paused_gc_restores_collection_and_freezes_what_was_built() -> None:
    gc.unfreeze()
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        built = [[index] for index in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(built)
    gc.unfreeze()


def _match(unit, taxonomy: Taxonomy, titles: dict | None = None) -> tuple:
    """The unit matched again as history._assign matches it, in its meeting's scope (the
    topics of its date: the aliases a topic takes from a day on)."""
    from packgen.history import meeting_date, meeting_partner, meeting_title
    from packgen.summary import is_substantive
    from packgen.topics import match_item, meeting_scope

    record = unit.record
    meeting = meeting_title(record) if meeting_partner(record) else None
    scope = meeting_scope(taxonomy, meeting, meeting_date(record))
    codes = record.subject_codes
    if unit.subitem is not None:
        parent = unit.item.title
        return tuple(
            match_item(unit.title, unit.text, taxonomy, codes, titles, parent, scope=scope)
        )
    if unit.item.subitems and not is_substantive(unit.text):
        return ()
    return tuple(match_item(unit.title, unit.text, taxonomy, codes, titles, scope=scope))


def test_title_matches_kept_across_units_give_the_same_assignments(
    warm: Corpus, taxonomy: Taxonomy
) -> None:
    units = assign_topics(warm, taxonomy).units
    assert len(units) == 5 + 15 + 15
    titles: dict = {}
    for unit in units:
        alone = _match(unit, taxonomy)
        assert unit.assignments == alone
        assert _match(unit, taxonomy, titles) == alone
    assert all(_match(u, taxonomy, titles) == u.assignments for u in units)


def test_topics_are_kept_per_taxonomy_and_read_back(tmp_path: Path, taxonomy: Taxonomy) -> None:
    from tests.conftest import ROOT

    first = load_corpus(ROOT / "seeds" / "outcomes", cache_dir=tmp_path)
    computed = assign_topics(first, taxonomy)
    key = assignment_key(taxonomy)
    assert set(first.derived(key)) == {r.sha256 for r in first.records}
    again = load_corpus(ROOT / "seeds" / "outcomes", cache_dir=tmp_path)
    written: list[dict] = []
    again.keep_derived = lambda key, payloads: written.append(payloads)  # type: ignore[method-assign]
    read = assign_topics(again, taxonomy)
    assert written == [{}]  # everything was read back, nothing computed again
    assert [(u.record.number, u.ref, u.assignments) for u in read.units] == [
        (u.record.number, u.ref, u.assignments) for u in computed.units
    ]
    assert [u.ref for u in read.unmatched] == [u.ref for u in computed.unmatched]
    # another taxonomy is another key: nothing is served across taxonomies
    small = load_topics(ROOT / "tests" / "fixtures" / "history" / "topics_small.yaml")
    assert again.derived(assignment_key(small)) == {}


def test_topics_kept_by_another_matcher_are_computed_again(
    tmp_path: Path, taxonomy: Taxonomy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache filled before an upgrade of the matcher's code is not read after it."""
    from tests.conftest import ROOT

    first = load_corpus(ROOT / "seeds" / "outcomes", cache_dir=tmp_path)
    assign_topics(first, taxonomy)
    monkeypatch.setattr(history, "_matcher_code", lambda: "another-release")
    again = load_corpus(ROOT / "seeds" / "outcomes", cache_dir=tmp_path)
    written: list[dict] = []
    again.keep_derived = lambda key, payloads: written.append(payloads)  # type: ignore[method-assign]
    assign_topics(again, taxonomy)
    assert len(written) == 1 and set(written[0]) == {r.sha256 for r in again.records}
