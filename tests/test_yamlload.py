"""One set of YAML safety rules for every kind of YAML file packgen reads.

Each kind (brief spec, pack, recipients, topics, a Presidency set's presidency.yaml,
packgen.yaml) is broken three ways and read through the command that reads it: an
anchor and alias, a duplicate key, an unknown key. Each must stop the command with
exit 2 and one line naming the file and the line. The calendar is package data, so
its loader is checked in process.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from packgen.errors import InputError
from packgen.presidency import _CalendarFile
from packgen.yamlload import parse_yaml, validate_mapping
from tests.conftest import BUNDLED_OUTCOMES, ROOT
from tests.safety.helpers import packgen

SEEDS = ROOT / "seeds"
PACK = SEEDS / "packs" / "2023-06-21_eu-us-jha-stockholm-pack.yaml"
STOCKHOLM = SEEDS / "briefs" / "2023-06-21_eu-us-jha-ministerial-stockholm.yaml"
OUTCOME = BUNDLED_OUTCOMES / "2023-03-24_7725-23.txt"
LT = "2027-1-LT"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """A workspace with the generated Lithuanian set, made once and copied per test."""
    root = tmp_path_factory.mktemp("ws") / "ws"
    assert packgen(root.parent, root.parent / "cache", "init", "ws").returncode == 0
    made = packgen(root, root.parent / "cache", "presidency", "new", LT)
    assert made.returncode == 0, made.stderr
    return root


# Each kind: the file to break (under a copy of seeds/ and of the workspace) and the
# command that reads it; {tmp} is the test's folder.
KINDS: dict[str, tuple[str, list[str]]] = {
    "spec": (f"seeds/briefs/{STOCKHOLM.name}", ["check", "{file}"]),
    "pack": (f"seeds/packs/{PACK.name}", ["build", "{file}", "--out", "{tmp}/out"]),
    "recipients": (
        "seeds/packs/recipients.yaml",
        ["distribute", str(PACK), "--recipients", "{file}", "--out", "{tmp}/out"],
    ),
    "topics": ("seeds/topics.yaml", ["topics", "--topics", "{file}", "--corpus", str(OUTCOME)]),
    "presidency set": (
        f"ws/presidencies/{LT}/presidency.yaml",
        ["--workspace", "{tmp}/ws", "presidency", "list", "--date", "2027-02-01"],
    ),
    "packgen.yaml": ("ws/packgen.yaml", ["--workspace", "{tmp}/ws", "presidency", "list"]),
}


def _first_key(text: str) -> str:
    return next(
        line.split(":", 1)[0]
        for line in text.splitlines()
        if line[:1].isalpha() and ":" in line and not line.startswith("#")
    )


# Each break appends lines to a valid file: (what to append, what the error says, which
# appended line it names).
BREAKS: dict[str, tuple[Callable[[str], str], str, int]] = {
    "anchor and alias": (lambda _: "zz_a: &a [1]\nzz_b: *a\n", "anchors and aliases", 1),
    "merge key": (lambda _: "zz_a:\n  <<: {x: 1}\n", "merge keys (<<) are not allowed", 2),
    "duplicate key": (lambda text: f"{_first_key(text)}: 1\n", "duplicate key", 1),
    "unknown key": (lambda _: "zz_unknown: 1\n", "zz_unknown: unknown field", 1),
}


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("broken", list(BREAKS))
def test_every_yaml_file_refuses_with_file_and_line(kind, broken, tmp_path, workspace):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copytree(workspace, tmp_path / "ws")
    name, template = KINDS[kind]
    target = tmp_path / name
    args = [a.format(file=target, tmp=tmp_path) for a in template]
    text = target.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    extra, message, offset = BREAKS[broken]
    line = text.count("\n") + offset
    target.write_text(text + extra(text), encoding="utf-8")

    result = packgen(tmp_path, tmp_path / "cache", *args)

    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"packgen: {target}:{line}: "), result.stderr
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("broken", list(BREAKS))
def test_the_calendar_goes_through_the_same_loader(broken):
    text = (ROOT / "packgen" / "data" / "presidencies.yaml").read_text(encoding="utf-8")
    extra, message, offset = BREAKS[broken]
    with pytest.raises(InputError) as caught:
        loaded = parse_yaml(text + extra(text), Path("presidencies.yaml"))
        validate_mapping(loaded, _CalendarFile, "a calendar")
    assert caught.value.line == text.count("\n") + offset
    assert message in str(caught.value)


def test_the_bundled_calendar_loads_as_it_is():
    text = (ROOT / "packgen" / "data" / "presidencies.yaml").read_text(encoding="utf-8")
    calendar = validate_mapping(parse_yaml(text, Path("p.yaml")), _CalendarFile, "a calendar")
    assert calendar.presidencies[0].code == "DE"
    assert calendar.accents["NL"] == "#E1701A"
