"""`packgen presidency show/new/list` run as a user would: argv in, output and exit code out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LT_SET = Path("presidencies") / "2027-1-LT"


def packgen(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packgen", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
    )


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A workspace: a folder with a packgen.yaml (every setting left at its default)."""
    (tmp_path / "packgen.yaml").write_text("# defaults\n", encoding="utf-8")
    return tmp_path


def test_show_json_gives_current_incoming_and_trio():
    result = packgen("presidency", "show", "2023-03-24", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert sorted(payload) == ["current", "incoming", "trio"]
    current = payload["current"]
    assert {k: current[k] for k in ("code", "country", "adjective", "start", "end")} == {
        "code": "SE",
        "country": "Sweden",
        "adjective": "Swedish",
        "start": "2023-01-01",
        "end": "2023-06-30",
    }
    assert (payload["incoming"]["code"], payload["incoming"]["adjective"]) == ("ES", "Spanish")
    assert [p["code"] for p in payload["trio"]] == ["FR", "CZ", "SE"]


def test_show_after_2030_has_no_incoming_presidency():
    result = packgen("presidency", "show", "2030-07-01", "--json")
    payload = json.loads(result.stdout)
    assert payload["current"]["code"] == "MT"
    assert payload["incoming"] is None
    text = packgen("presidency", "show", "2030-07-01").stdout
    assert "incoming: unknown" in text


def test_show_text_names_the_presidencies():
    result = packgen("presidency", "show", "2027-01-01")
    assert result.stdout.splitlines() == [
        "current:  Lithuanian Presidency (Lithuania, LT), January-June 2027 [2027-1-LT]",
        "incoming: Greek Presidency (Greece, EL), July-December 2027 [2027-2-EL]",
        "trio:     Ireland (July-December 2026) - Lithuania (January-June 2027)"
        " - Greece (July-December 2027)",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "2031-01-01"], "packgen: 2031-01-01: no Presidency in the calendar"),
        (["show", "24/03/2023"], "packgen: '24/03/2023': expected an ISO date"),
        (
            ["new", "2031-1-XX", "--root", "{root}"],
            "packgen: 2031-1-XX is after the calendar (it ends 2030-12-31; the order from 2031 "
            "is not decided yet): give --country NAME and --adjective ADJ",
        ),
        (
            ["new", "2027-1-LT", "--country", "Lithuania", "--root", "{root}"],
            "packgen: 2027-1-LT is in the calendar: its country and adjective come from there",
        ),
        (["new", "2027-1-FR", "--root", "{root}"], "packgen: unknown Presidency '2027-1-FR'"),
        (
            ["new", "2006-2-FI", "--root", "{root}"],
            "packgen: 2006-2-FI is before the calendar (it starts 2007-01-01): give --country",
        ),
        (
            ["new", "2027-1-LT", "--root", "{root}/nowhere"],
            "packgen: {root}/nowhere: not a packgen workspace (no packgen.yaml)",
        ),
        (["new", "LT", "--root", "{root}"], "packgen: 'LT': a Presidency id is YEAR-SEMESTER-CODE"),
        (["new", "2027-1-LT", "--date", "2027-01-01"], "packgen: give either ID or --date"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str, root: Path):
    result = packgen("presidency", *(a.replace("{root}", str(root)) for a in args))
    assert result.returncode == 2
    assert result.stderr.startswith(message.replace("{root}", str(root)))
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (root / LT_SET).exists()


@pytest.mark.parametrize("how", ["cwd", "env", "option"])
def test_new_writes_into_the_workspace_found_or_named(how: str, root: Path, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    nested = root / "briefs" / "2027"
    nested.mkdir(parents=True)
    args = ["presidency", "new", "2027-1-LT"]
    if how == "cwd":  # found by walking up from a sub-folder, as git does
        result = packgen(*args, cwd=nested)
    elif how == "option":
        result = packgen("--workspace", str(root), *args, cwd=elsewhere)
    else:
        env = {**os.environ, "PACKGEN_WORKSPACE": str(root)}
        result = subprocess.run(
            [sys.executable, "-m", "packgen", *args],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=elsewhere,
            env=env,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "created presidencies/2027-1-LT/presidency.yaml"
    assert (root / LT_SET / "reference.docx").is_file()
    assert list(elsewhere.iterdir()) == []


def test_new_outside_a_workspace_writes_nothing(tmp_path: Path):
    result = packgen("presidency", "new", "--date", "2027-01-01", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "packgen: not in a packgen workspace (no packgen.yaml here or above): Presidency sets "
        "are written into a workspace; create one with `packgen init`, or name one with "
        "--workspace DIR"
    )
    assert list(tmp_path.iterdir()) == []


def test_new_after_the_calendar_takes_country_and_adjective(root: Path):
    args = ["new", "2031-1-pl", "--country", "Poland", "--adjective", "Polish", "--root"]
    result = packgen("presidency", *args, str(root))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "template set 2031-1-PL (Polish Presidency) is ready"
    settings = (root / "presidencies" / "2031-1-PL" / "presidency.yaml").read_text("utf-8")
    assert 'adjective: "Polish"' in settings and '  - "Poland 2031"' in settings
    listed = packgen("presidency", "list", "--root", str(root))
    assert listed.stdout.splitlines() == ["2031-1-PL  not in calendar"]


def test_new_creates_refuses_keeps_and_resets(root: Path):
    created = packgen("presidency", "new", "--date", "2027-01-01", "--root", str(root))
    assert created.returncode == 0, created.stderr
    assert f"created {(LT_SET / 'presidency.yaml').as_posix()}" in created.stdout
    settings = root / LT_SET / "presidency.yaml"
    assert 'adjective: "Lithuanian"' in settings.read_text(encoding="utf-8")
    assert (root / LT_SET / ".generated.json").is_file()

    refused = packgen("presidency", "new", "2027-1-LT", "--root", str(root))
    assert refused.returncode == 2
    assert "template set 2027-1-LT already exists; use --force" in refused.stderr

    settings.write_text(settings.read_text(encoding="utf-8") + "# our own note\n", "utf-8")
    forced = packgen("presidency", "new", "2027-1-LT", "--force", "--root", str(root))
    assert forced.returncode == 0, forced.stderr
    assert f"kept user-edited file {(LT_SET / 'presidency.yaml').as_posix()}" in forced.stdout
    assert settings.read_text(encoding="utf-8").endswith("# our own note\n")

    reset = packgen("presidency", "new", "2027-1-LT", "--force", "--reset", "--root", str(root))
    assert reset.returncode == 0, reset.stderr
    assert f"restored {(LT_SET / 'presidency.yaml').as_posix()}" in reset.stdout
    assert "# our own note" not in settings.read_text(encoding="utf-8")


def test_list_shows_sets_and_what_a_date_selects(root: Path):
    empty = packgen("presidency", "list", "--root", str(root))
    assert empty.stdout.startswith("no Presidency template sets")
    packgen("presidency", "new", "2027-1-LT", "--root", str(root))
    listed = packgen("presidency", "list", "--date", "2027-03-01", "--root", str(root))
    assert listed.stdout.splitlines() == [
        "2027-1-LT  Lithuanian Presidency, January-June 2027",
        "2027-03-01 selects: 2027-1-LT",
    ]
    other = packgen("presidency", "list", "--date", "2027-07-01", "--root", str(root))
    assert other.stdout.splitlines()[-1] == "2027-07-01 selects: defaults (no set for 2027-2-EL)"
