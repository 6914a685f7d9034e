"""The date a found commitment names, scored against the dates labelled by hand in the sets.

benchmarks/history_due.py compares FollowUp.due with the `due:` labels of
tests/fixtures/history/blind3 ... (labelled by reading, before the reader ran on them); its
functions are imported here, not copied.

Each set is checked on its own, so the sets spread over the cores: a set may not gain an error
or lose an exact date against tests/fixtures/due_dates/known.json (`python3
benchmarks/history_due.py --jobs 2 --known` writes it). The pooled accuracy is then at least
what that file gives, and its floor is checked on the file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.history_due import compare_corpus, error_key, labelled_sets, truth_documents
from packgen.corpus import load_corpus
from tests.conftest import FIXTURES

#: The first run (benchmarks/README.md) was 0.865: 269 of 311 found commitments exact, 32
#: dates missed ("by the end of 2024", "mid-2024", "in the course of 2010", French dates), 7
#: wrong (a setting's date taken for the act's) and 3 invented. After the class fixes
#: (tests/test_followups.py, variants of our own) 310 of 311 are exact; the one left is a
#: time that belongs to a condition ("once Parliament had given its consent, expected in
#: April"). blind8-10, labelled by their own writer and never seen by the reader before
#: it was finished, then gave 193 of 194 (a French "d'octobre", fixed since); blind11-13 in
#: the same way gave 213 of 218 ("in early July", "before that date", a period "after March
#: 2026"), all five fixed since. The floor keeps a margin for sets yet to come: it was
#: 0.985 until blind64-66 (281 of 292 first, 284 after their fixes) brought the whole to
#: 0.984, most of what is left being conventions labelled both ways ("before the summer" is
#: 31 May in blind65 and 31 August in 40 labels of earlier sets; "within six months" of a
#: two-day meeting counts from its last day in blind65 and from its first in blind18, 22, 47).
FLOOR = 0.98
KNOWN = json.loads((FIXTURES / "due_dates" / "known.json").read_text(encoding="utf-8"))
SETS = labelled_sets()


def test_the_labelled_sets_are_found() -> None:
    names = [p.name for p in SETS]
    assert {f"blind{n}" for n in range(3, 14)} <= set(names)
    assert len(names) >= 346


def test_every_labelled_set_has_its_known_figures() -> None:
    assert sorted(KNOWN) == sorted(p.name for p in SETS)


def test_the_known_figures_pool_above_the_floor() -> None:
    exact = sum(entry["exact"] for entry in KNOWN.values())
    errors = sum(len(entry["errors"]) for entry in KNOWN.values())
    assert exact >= 20_000
    assert exact / (exact + errors) >= FLOOR


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_due_dates_of_each_set_are_no_worse_than_known(
    folder: Path, history_parse_cache: Path
) -> None:
    corpus = load_corpus(folder / "outcomes", cache_dir=history_parse_cache)
    rows = compare_corpus(folder.name, truth_documents(folder), corpus)
    known = KNOWN[folder.name]
    errors = [error_key(row) for row in rows if row["kind"] != "exact"]
    new = [error for error in errors if error not in known["errors"]]
    assert new == [], f"due dates newly wrong in {folder.name}"
    assert sum(row["kind"] == "exact" for row in rows) >= known["exact"]
