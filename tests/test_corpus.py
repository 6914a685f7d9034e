"""Tests for packgen.corpus: finding files, skipping non-outcomes, the SQLite cache and its recovery."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from packgen import corpus as corpus_module
from packgen.corpus import CACHE_FILE, default_cache_dir, find_files, load_corpus
from packgen.errors import InputError

NOTE = "Speaking points for the Presidency\n\nThe Presidency will open the meeting.\n"


def outcome_text(
    number: str, day: int, month: str, year: int, topic: str = "Visa reciprocity"
) -> str:
    """A short outcome of proceedings in Council format (written for these tests)."""
    return f"""Council of the
European Union

Brussels, {day + 7} {month} {year}
(OR. en)

{number}

LIMITE

JAIEX 12
VISA 34

OUTCOME OF PROCEEDINGS

From: Presidency
To: Delegations
Subject: Outcome of proceedings of the EU-US JHA Ministerial Meeting (Riga, {day}-{day + 1} {month} {year})

Summary: The two sides took stock of their cooperation.

1. {topic}

The delegations compared progress since the last meeting. Both sides agreed to meet again.

2. Any other business

Nothing further was raised.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus = tmp_path / "outcomes"
    (corpus / "old").mkdir(parents=True)
    (corpus / "b.txt").write_text(outcome_text("2222/19", 3, "April", 2019))
    (corpus / "old" / "a.md").write_text(outcome_text("1111/17", 10, "June", 2017))
    (corpus / "c.txt").write_text(outcome_text("3333/21", 1, "March", 2021))
    (corpus / "note.txt").write_text(NOTE)
    (corpus / "README.md").write_text("# What this folder holds\n")
    (corpus / "data.csv").write_text("a,b\n")
    return corpus


def test_records_sorted_by_meeting_date_and_non_outcomes_skipped(
    folder: Path, tmp_path: Path
) -> None:
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache")
    assert [r.number for r in corpus.records] == ["1111/17", "2222/19", "3333/21"]
    assert [r.meeting.start for r in corpus.records][0] == dt.date(2017, 6, 10)
    assert [(Path(p).name, bool(reason)) for p, reason in corpus.skipped] == [("note.txt", True)]
    assert "\n" not in corpus.skipped[0][1]
    assert corpus.parsed_count == 4  # README.md and data.csv are not candidates
    assert corpus.warnings == []
    assert (tmp_path / "cache" / CACHE_FILE).is_file()


def test_second_run_parses_nothing(folder: Path, tmp_path: Path) -> None:
    first = load_corpus(folder, cache_dir=tmp_path / "cache")
    second = load_corpus(folder, cache_dir=tmp_path / "cache")
    assert second.parsed_count == 0
    assert second.records == first.records
    assert second.skipped == first.skipped


def test_changed_file_is_reparsed_alone(folder: Path, tmp_path: Path) -> None:
    load_corpus(folder, cache_dir=tmp_path / "cache")
    (folder / "c.txt").write_text(outcome_text("3334/21", 1, "March", 2021))
    again = load_corpus(folder, cache_dir=tmp_path / "cache")
    assert again.parsed_count == 1
    assert [r.number for r in again.records] == ["1111/17", "2222/19", "3334/21"]


def test_corrupt_cache_is_rebuilt_with_a_warning(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_corpus(folder, cache_dir=cache)
    (cache / CACHE_FILE).write_bytes(b"this is not a database at all " * 100)
    rebuilt = load_corpus(folder, cache_dir=cache)
    assert [r.number for r in rebuilt.records] == ["1111/17", "2222/19", "3333/21"]
    assert rebuilt.parsed_count == 4
    [warning] = rebuilt.warnings
    assert warning.startswith(f"{cache / CACHE_FILE}: cache unreadable")
    assert "rebuilding it" in warning
    assert load_corpus(folder, cache_dir=cache).parsed_count == 0  # healthy again


def test_a_cache_another_process_holds_is_left_whole(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a preview or a second build holding the file past the timeout: this run reads without
    # the cache and says so, and the cache is not deleted as if it were broken
    cache = tmp_path / "cache"
    load_corpus(folder, cache_dir=cache)
    monkeypatch.setattr(corpus_module, "LOCK_TIMEOUT", 0.05)
    holder = sqlite3.connect(cache / CACHE_FILE)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        held = load_corpus(folder, cache_dir=cache)
    finally:
        holder.rollback()
        holder.close()
    assert [r.number for r in held.records] == ["1111/17", "2222/19", "3333/21"]
    assert held.parsed_count == 4
    [warning] = held.warnings
    assert warning.startswith(f"{cache / CACHE_FILE}: cache not usable (database is locked)")
    assert load_corpus(folder, cache_dir=cache).parsed_count == 0  # kept whole


def test_record_source_follows_the_file(folder: Path, tmp_path: Path) -> None:
    load_corpus(folder, cache_dir=tmp_path / "cache")
    moved = tmp_path / "moved"
    moved.mkdir()
    (moved / "same.txt").write_text((folder / "b.txt").read_text())
    corpus = load_corpus(moved, cache_dir=tmp_path / "cache")
    assert corpus.parsed_count == 0
    assert corpus.records[0].source == str(moved / "same.txt")


def test_identical_copies_count_once(folder: Path, tmp_path: Path) -> None:
    (folder / "copy.txt").write_text((folder / "b.txt").read_text())
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache")
    assert [r.number for r in corpus.records] == ["1111/17", "2222/19", "3333/21"]


def test_sources_as_files_and_globs(folder: Path, tmp_path: Path) -> None:
    corpus = load_corpus([folder / "b.txt", folder / "*.md"], cache_dir=tmp_path / "cache")
    # *.md at the top matches only README.md, which is not a candidate
    assert [r.number for r in corpus.records] == ["2222/19"]
    corpus = load_corpus([folder / "b.txt", str(folder / "**" / "*.md")], cache_dir=tmp_path / "c2")
    assert [r.number for r in corpus.records] == ["1111/17", "2222/19"]


def test_missing_source_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        load_corpus(tmp_path / "nowhere", cache_dir=tmp_path / "cache")


def test_find_files_is_sorted_and_recursive(folder: Path) -> None:
    names = [p.relative_to(folder).as_posix() for p in find_files([folder])]
    assert names == ["b.txt", "c.txt", "note.txt", "old/a.md"]


def test_default_cache_dir_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PACKGEN_CACHE", str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("PACKGEN_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "packgen"


def test_full_text_search(folder: Path, tmp_path: Path) -> None:
    (folder / "d.txt").write_text(outcome_text("4444/22", 5, "May", 2022, topic="Going dark"))
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache")
    hits = [(record.number, ref) for record, ref in corpus.search('"going dark"')]
    assert hits == [("4444/22", "item 1")]
    with pytest.raises(InputError, match="bad search query"):
        corpus.search('"unbalanced')


def test_many_files_in_parallel_with_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        text = outcome_text(f"{1000 + n}/20", 1 + n % 20, "May", 2000 + n % 20)
        (folder / f"{n:03}.txt").write_text(text)
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache", progress=True)
    assert corpus.parsed_count == 40
    assert len(corpus.records) == 40
    dates = [r.meeting.start for r in corpus.records]
    assert dates == sorted(dates)
    assert "indexing" in capsys.readouterr().err


def test_seeds_folder_skips_the_brief_and_the_note(shared_seeds_dir: Path, tmp_path: Path) -> None:
    corpus = load_corpus(shared_seeds_dir, cache_dir=tmp_path / "cache")
    assert [Path(p).name[:3] for p, _ in corpus.skipped] == ["000", "001"]
    assert [r.number for r in corpus.records] == ["10483/17", "9278/18", "7725/23"]


def test_refused_files_are_kept_apart_from_skipped_ones_and_not_cached(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "brief.txt").write_text("Background note for the press, no header.\n")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 this is not really a PDF")
    first = load_corpus(folder, cache_dir=tmp_path / "cache", progress=False)
    assert [Path(p).name for p, _ in first.skipped] == ["brief.txt"]
    assert [(Path(p).name, why) for p, why in first.refused] == [
        ("broken.pdf", "not a valid PDF file")
    ]
    again = load_corpus(folder, cache_dir=tmp_path / "cache", progress=False)
    assert again.parsed_count == 1  # the refused file is read again, the skip is cached
