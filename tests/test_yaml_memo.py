"""Parsed YAML is remembered by file and text: the same text is parsed once, a new one again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from packgen import yamlload
from packgen.errors import InputError

TEXT = "kind: background-brief\nagenda:\n  - title: Counter-terrorism\n    topics: [ct]\n"


@pytest.fixture
def memo(tmp_path, monkeypatch) -> list[Path]:
    """A memo in a folder of this test; the list of files actually parsed."""
    monkeypatch.setattr(yamlload, "MEMO", yamlload.ParseMemo(tmp_path / "memo"))
    parsed: list[Path] = []
    real = yamlload._parse

    def counting(path, text):
        parsed.append(path)
        return real(path, text)

    monkeypatch.setattr(yamlload, "_parse", counting)
    return parsed


def test_the_same_text_is_parsed_once_with_the_same_data_and_lines(tmp_path, memo):
    spec = tmp_path / "brief.yaml"
    spec.write_text(TEXT, encoding="utf-8")
    first = yamlload.load_yaml(spec)
    first.data["agenda"][0]["title"] = "changed by a caller"
    assert yamlload.load_yaml(spec).data["agenda"][0]["title"] == "Counter-terrorism"
    # a new process: only the file on disk remains
    yamlload.MEMO = yamlload.ParseMemo(tmp_path / "memo")
    second = yamlload.load_yaml(spec)
    assert memo == [spec]
    assert second.data == {
        "kind": "background-brief",
        "agenda": [{"title": "Counter-terrorism", "topics": ["ct"]}],
    }
    assert second.lines[("agenda", 0, "topics")] == 4 and second.line_of(("agenda", 0)) == 3
    assert second.lines == yamlload._parse(spec, TEXT).lines


def test_a_changed_text_is_parsed_again_and_replaces_the_entry(tmp_path, memo):
    spec = tmp_path / "brief.yaml"
    spec.write_text(TEXT, encoding="utf-8")
    yamlload.load_yaml(spec)
    spec.write_text(TEXT.replace("Counter-terrorism", "Visa reciprocity"), encoding="utf-8")
    assert yamlload.load_yaml(spec).data["agenda"][0]["title"] == "Visa reciprocity"
    assert memo == [spec, spec]
    assert len(list((tmp_path / "memo").glob("*.json"))) == 1


def test_errors_are_never_remembered_and_a_bad_entry_is_not_trusted(tmp_path, memo):
    broken = tmp_path / "broken.yaml"
    broken.write_text("kind: [\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(InputError, match="invalid YAML"):
            yamlload.load_yaml(broken)
    anchored = tmp_path / "anchored.yaml"
    anchored.write_text("a: &x 1\nb: *x\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(InputError, match="anchors and aliases are not allowed"):
            yamlload.load_yaml(anchored)
    assert not list((tmp_path / "memo").glob("*.json"))
    spec = tmp_path / "brief.yaml"
    spec.write_text(TEXT, encoding="utf-8")
    yamlload.load_yaml(spec)
    (entry,) = (tmp_path / "memo").glob("*.json")
    entry.write_text('{"digest": "not this text", "data": {"kind": "forged"}, "lines": []}')
    yamlload.MEMO = yamlload.ParseMemo(tmp_path / "memo")
    assert yamlload.load_yaml(spec).data["kind"] == "background-brief"
    entry.write_text("{not json")
    yamlload.MEMO = yamlload.ParseMemo(tmp_path / "memo")
    assert yamlload.load_yaml(spec).data["kind"] == "background-brief"
    assert memo == [broken, broken, anchored, anchored, spec, spec, spec]


def test_topics_and_the_calendar_read_back_from_the_memo_are_those_parsed(tmp_path, monkeypatch):
    from packgen import presidency, topics

    monkeypatch.setattr(yamlload, "MEMO", yamlload.ParseMemo(tmp_path / "memo"))
    monkeypatch.setattr(topics, "_LOADED", {})
    parsed = topics.load_topics()
    presidency._calendar_file.cache_clear()
    presidency._calendar.cache_clear()
    try:
        calendar = presidency.load_calendar()  # parsed and kept

        def refuse(*args):
            raise AssertionError("parsed again")

        # a new process: nothing in memory, the memo on disk only
        monkeypatch.setattr(yamlload, "_parse", refuse)
        monkeypatch.setattr(topics, "_LOADED", {})
        yamlload.MEMO = yamlload.ParseMemo(tmp_path / "memo")
        presidency._calendar_file.cache_clear()
        presidency._calendar.cache_clear()
        assert topics.load_topics() == parsed and parsed.ids()
        assert presidency.load_calendar() == calendar
        assert calendar[0].start.isoformat() == "2007-01-01" and calendar[0].code == "DE"
    finally:
        presidency._calendar_file.cache_clear()
        presidency._calendar.cache_clear()


def test_the_memo_folder_stays_bounded_keeping_the_newest(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlload, "MEMO", yamlload.ParseMemo(tmp_path / "memo", limit=8))
    specs = []
    for index in range(12):
        spec = tmp_path / f"spec{index:02d}.yaml"
        spec.write_text(TEXT, encoding="utf-8")
        yamlload.load_yaml(spec)
        specs.append(spec)
    kept = list((tmp_path / "memo").glob("*.json"))
    assert 6 <= len(kept) <= 8
    # the newest entry is among those kept: its file is read back without parsing
    parsed = []
    monkeypatch.setattr(yamlload, "_parse", lambda path, text: parsed.append(path))
    yamlload.MEMO = yamlload.ParseMemo(tmp_path / "memo", limit=8)
    assert yamlload.load_yaml(specs[-1]).data["kind"] == "background-brief"
    assert parsed == []


def test_an_unusable_cache_folder_only_means_parsing_again(tmp_path):
    """PACKGEN_CACHE naming a file: every memo (parsed YAML, the corpus code version) is
    skipped, and `check` still answers, with no traceback."""
    cache = tmp_path / "cache"
    cache.write_text("not a folder", encoding="utf-8")
    spec = Path(__file__).resolve().parent.parent / "seeds" / "briefs"
    spec = next(spec.glob("*stockholm.yaml"))
    env = {**os.environ, "PACKGEN_CACHE": str(cache)}
    done = subprocess.run(
        [sys.executable, "-m", "packgen", "check", str(spec), "--cache", str(tmp_path / "c")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert (done.returncode, done.stdout.strip()) == (0, f"{spec}: ok"), done.stderr
    assert "Traceback" not in done.stderr
