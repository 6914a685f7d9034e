"""Tests for `packgen topics`, `packgen history` and `packgen followups` on the reference corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from packgen.cli import main
from tests.conftest import BUNDLED_OUTCOMES


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    out, err = capsys.readouterr()
    return stopped.value.code, out, err


@pytest.fixture
def corpus_args(shared_seeds_dir: Path, tmp_path: Path) -> list[str]:
    return ["--corpus", str(shared_seeds_dir), "--cache", str(tmp_path / "cache")]


def test_history_json_lists_three_meetings_in_date_order(
    corpus_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["history", "visa-reciprocity", *corpus_args, "--json"], capsys)
    assert code == 0
    entries = json.loads(out)
    assert [(e["date"], e["number"], e["item"]) for e in entries] == [
        ("2017-06-15", "10483/17", "item 4"),
        ("2018-05-22", "9278/18", "item 3(c)"),
        ("2023-03-16", "7725/23", "item 7"),
    ]
    first = entries[0]
    for key in ("date", "number", "marking", "place", "meeting", "item", "title", "summary"):
        assert first[key], key
    assert (first["marking"], first["place"]) == ("LIMITE", "Valletta")
    assert entries[1]["title"] == "Visa reciprocity"
    warnings = err.strip().splitlines()
    assert len(warnings) == 2
    assert all(line.startswith("packgen: warning: ") for line in warnings)
    assert "000_" in warnings[0] and "001_" in warnings[1]


def test_history_text_output_cites_each_entry(
    corpus_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["history", "ukraine", *corpus_args], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("2023-03-16 to 2023-03-17  EU-US Senior Officials Meeting")
    # one entry per sub-item of the Ukraine item, each under its own title
    assert lines[1] == "  7725/23 (LIMITE), item 1(a): Security threats stemming from the war"
    assert sum(line.startswith("  7725/23 (LIMITE), item 1(") for line in lines) == 5


def test_history_since_and_limit(
    corpus_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        ["history", "counter-terrorism", *corpus_args, "--since", "2018-01-01", "--json"], capsys
    )
    assert [e["number"] for e in json.loads(out)] == ["9278/18"] * 3 + ["7725/23"] * 2
    code, out, _ = run(
        ["history", "counter-terrorism", *corpus_args, "--limit", "1", "--json"], capsys
    )
    # the latest meeting, with each of its counter-terrorism sub-items
    assert [(e["number"], e["item"]) for e in json.loads(out)] == [
        ("7725/23", "item 2(a)"),
        ("7725/23", "item 2(b)"),
    ]


def test_unknown_topic_exits_2_with_a_suggestion(
    corpus_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["history", "visas", *corpus_args], capsys)
    assert code == 2
    assert out == ""
    assert err == "packgen: unknown topic 'visas' (did you mean 'visa-reciprocity'?)\n"


def test_bad_since_date_exits_2(corpus_args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["history", "ukraine", *corpus_args, "--since", "May 2018"], capsys)
    assert code == 2
    assert err == "packgen: --since: 'May 2018' is not a date (use YYYY-MM-DD)\n"


def test_bad_topics_file_exits_2_naming_file_and_line(
    corpus_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import FIXTURES

    bad = FIXTURES / "history" / "topics_duplicate.yaml"
    code, _, err = run(["topics", *corpus_args, "--topics", str(bad)], capsys)
    assert code == 2
    assert err == f"packgen: {bad}:6: topics[2].id: duplicate id 'visa-reciprocity'\n"


def test_topics_lists_counts_and_unmatched(
    corpus_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["topics", *corpus_args], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "3 outcomes, 18 topics"
    counts = {line.split()[0]: (int(line.split()[1]), int(line.split()[3])) for line in lines[1:19]}
    assert counts["visa-reciprocity"] == (3, 3)
    assert counts["ukraine"] == (1, 5)  # one outcome, five sub-items
    assert counts["migration-borders"] == (2, 3)
    assert lines[19:] == ["merged documents: 0", "unmatched items: 0"]


def test_followups_json_has_citations(
    corpus_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["followups", "visa-reciprocity", *corpus_args, "--json"], capsys)
    assert code == 0
    found = json.loads(out)
    tripartite = [f for f in found if "7 June" in f["sentence"]]
    assert [(f["number"], f["item"], f["marking"], f["place"]) for f in tripartite] == [
        ("7725/23", "item 7", "LIMITE", "Stockholm")
    ]


def test_followups_all_topics_include_the_annex(
    corpus_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["followups", *corpus_args], capsys)
    assert code == 0
    assert "[general] 9278/18 (LIMITE), annex" in out


def test_help_texts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["history", "--help"], capsys)
    assert code == 0
    assert "one entry per item or sub-item" in out and "--explain" in out
    assert "--since" in out and "--limit" in out and "--json" in out and "--cache" in out


def test_defaults_use_the_bundled_corpus_and_topics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import BUNDLED_OUTCOMES

    if not any(BUNDLED_OUTCOMES.glob("*.txt")):
        pytest.skip("no bundled outcomes")
    monkeypatch.setenv("PACKGEN_CACHE", str(tmp_path / "cache"))
    code, out, err = run(["history", "visa-reciprocity", "--json"], capsys)
    assert code == 0
    assert err == ""
    assert [(e["number"], e["item"]) for e in json.loads(out)] == [
        ("15487/09", "item 4(a)"),
        ("17034/13", "item 2"),
        ("10483/17", "item 4"),
        ("14822/17", "item 3"),
        ("9278/18", "item 3(c)"),
        ("14490/18", "item 3"),
        ("7725/23", "item 7"),
        ("11010/23", "item 4"),  # the French outcome, through the topic's French aliases
    ]
    assert (tmp_path / "cache" / "corpus.sqlite3").is_file()


def test_corrupt_cache_is_a_warning_not_a_failure(
    corpus_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["topics", *corpus_args], capsys)
    cache_file = tmp_path / "cache" / "corpus.sqlite3"
    cache_file.write_bytes(b"\x00garbage" * 500)
    code, out, err = run(["topics", *corpus_args], capsys)
    assert code == 0
    assert out.startswith("3 outcomes, 18 topics\n")
    first = err.splitlines()[0]
    assert first.startswith(f"packgen: warning: {cache_file}: cache unreadable (")
    assert first.endswith("); rebuilding it")


def test_history_text_names_an_unmarked_source_as_undetermined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a source with no marking ranks as LIMITE; the listing must say so, not "no marking"
    source = (BUNDLED_OUTCOMES / "2023-03-24_7725-23.txt").read_text()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "7725-23.txt").write_text(source.replace("LIMITE", ""))
    argv = ["history", "ukraine", "--corpus", str(corpus), "--cache", str(tmp_path / "c")]
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert "7725/23 (undetermined (treated as LIMITE)), item 1(a)" in out
    assert "no marking" not in out
