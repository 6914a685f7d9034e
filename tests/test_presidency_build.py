"""Issue 5 end to end: `presidency new` in a workspace, then briefs pick their set by date.

Issue 15: a brief after the calendar (from 2031) builds when it needs no
Presidency or names a workspace set, and warns once; a named Presidency out of
office on the date is an error with the remedy.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from tests.conftest import FIXTURES, ROOT

LT = "2027-1-LT"


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(project / ".cache")}
    return subprocess.run(
        [sys.executable, "-m", "packgen", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace from `packgen init`, with the Lithuanian set generated."""
    workspace = tmp_path_factory.mktemp("project")
    for args in (("init",), ("presidency", "new", "--date", "2027-01-01")):
        result = run(workspace, *args)
        assert result.returncode == 0, result.stderr
    return workspace


def write_note(project: Path, day: str, name: str) -> Path:
    template = (FIXTURES / "presidency" / "steering_note.yaml.in").read_text()
    spec = project / "specs" / f"{name}.yaml"
    spec.parent.mkdir(exist_ok=True)
    text = template.format(date=day, yy=day[2:4], corpus=str(project / "corpus"))
    spec.write_text(text, encoding="utf-8")
    return spec


def build(project: Path, spec: Path) -> tuple[str, str, str]:
    """(PDF text, DOCX text of every part, DOCX styles part) of one built spec."""
    result = run(project, "build", str(spec), "--out", "out", "--force")
    assert result.returncode == 0, result.stderr
    out = project / "out"
    with pdfplumber.open(out / f"{spec.stem}.pdf") as pdf:
        pdf_text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    with zipfile.ZipFile(out / f"{spec.stem}.docx") as docx:
        parts = [docx.read(n).decode("utf-8") for n in docx.namelist() if n.endswith(".xml")]
        styles = docx.read("word/styles.xml").decode("utf-8")
    return pdf_text, "".join(parts), styles


def test_new_creates_the_lithuanian_set(project: Path) -> None:
    settings = project / "presidencies" / LT / "presidency.yaml"
    assert "Lithuanian" in settings.read_text(encoding="utf-8")
    assert (project / "presidencies" / LT / "reference.docx").is_file()


def test_note_in_the_lithuanian_semester_uses_the_lithuanian_set(project: Path) -> None:
    settings = project / "presidencies" / LT / "presidency.yaml"
    # the team edits its letterhead: the edit must reach both formats
    edited = settings.read_text(encoding="utf-8").replace(
        '  - "Lithuania 2027"', '  - "Lithuania 2027"\n  - "Vilnius"'
    )
    settings.write_text(edited, encoding="utf-8")
    pdf_text, docx_text, styles = build(project, write_note(project, "2027-03-10", "lt-note"))
    for text in (pdf_text, docx_text):
        assert "Lithuania 2027" in text and "Vilnius" in text
        assert "Lithuanian Presidency" in text  # From: comes from the calendar
        assert "Ireland" not in text
    assert "006A44" in styles.upper()  # the set's accent colour, from its reference.docx


def test_note_dated_in_2026_keeps_its_own_presidency(project: Path) -> None:
    pdf_text, docx_text, styles = build(project, write_note(project, "2026-09-15", "ie-note"))
    for text in (pdf_text, docx_text):
        assert "Ireland 2026" in text and "Irish Presidency" in text
        assert "Lithuania" not in text and "Vilnius" not in text
    assert "006A44" not in styles.upper()


# --- after the calendar (issue 15) ---------------------------------------------------------


def write_brief(project: Path, day: str, name: str, sender: str | None) -> Path:
    template = (FIXTURES / "presidency" / "background_brief.yaml.in").read_text()
    line = f"  from: {sender}\n" if sender else ""  # the header's last line
    text = template.format(date=day, yy=day[2:4], corpus=str(project / "corpus"), sender=line)
    spec = project / "specs" / f"{name}.yaml"
    spec.parent.mkdir(exist_ok=True)
    spec.write_text(text, encoding="utf-8")
    return spec


def warnings_of(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("packgen: warning:")]


@pytest.mark.parametrize(
    ("day", "sender"),
    [
        ("2031-01-01", "Press office"),
        ("2033-11-20", "General Secretariat of the Council"),
        ("2006-06-01", "Press office"),
    ],
)
def test_a_background_brief_outside_the_calendar_with_a_sender_builds_and_warns_once(
    project: Path, day: str, sender: str
) -> None:
    gap = (
        "it starts 2007-01-01"
        if day < "2007"
        else "it ends 2030-12-31; the order from 2031 is not decided yet"
    )
    spec = write_brief(project, day, f"bb-{day}", sender)
    result = run(project, "build", str(spec), "--out", "out", "--force")
    assert result.returncode == 0, result.stderr
    calendar_warning = (
        f"packgen: warning: {spec}: {day}: no Presidency in the calendar for this date ({gap}); "
        "built without one (the brief names its sender)"
    )
    # (a brief of 2006 comes before every outcome of the corpus: it also says it found no history)
    assert [w for w in warnings_of(result.stderr) if "no agenda item found" not in w] == [
        calendar_warning
    ]
    assert warnings_of(result.stderr).count(calendar_warning) == 1
    with pdfplumber.open(project / "out" / f"{spec.stem}.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert f"From: {sender}" in text
    assert "Malta" not in text and "Maltese" not in text and "incoming" not in text


@pytest.mark.parametrize(
    ("kind", "day"), [("background-brief", "2031-02-03"), ("steering-note", "2031-09-09")]
)
def test_after_2030_a_brief_that_needs_a_presidency_is_told_how(
    project: Path, kind: str, day: str
) -> None:
    if kind == "background-brief":
        spec, line = write_brief(project, day, "bb-no-sender", None), 13
    else:
        spec, line = write_note(project, day, "note-2031"), 13
    result = run(project, "build", str(spec), "--out", "out-refused")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"packgen: {spec}:{line}: meeting.dates: no Presidency in the calendar for {day} (it "
        "ends 2030-12-31; the order from 2031 is not decided yet): name it with `presidency: "
        "ID` after creating its set (`packgen presidency new ID --country NAME --adjective ADJ`)"
    )
    assert not (project / "out-refused").exists()


@pytest.mark.parametrize(
    ("named", "day", "office"),
    [
        ("2030-2-MT", "2031-03-10", "2030-07-01 to 2030-12-31"),
        ("2027-1-LT", "2026-09-15", "2027-01-01 to 2027-06-30"),
    ],
)
def test_a_named_presidency_not_in_office_on_the_date_is_refused(
    project: Path, named: str, day: str, office: str
) -> None:
    spec = write_note(project, day, f"note-{named}")
    spec.write_text(f"presidency: {named}\n" + spec.read_text(), encoding="utf-8")
    result = run(project, "build", str(spec), "--out", "out-refused")
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"packgen: {spec}:1: presidency: '{named}' holds the Presidency from {office}, "
        f"not on the meeting date {day}"
    )
    assert "correct the date, or name the Presidency in office then" in result.stderr
    assert not (project / "out-refused").exists()


def test_a_steering_note_after_2030_names_its_workspace_set(project: Path) -> None:
    args = ("presidency", "new", "2031-1-PL", "--country", "Poland", "--adjective", "Polish")
    assert run(project, *args).returncode == 0
    spec = write_note(project, "2031-04-14", "pl-note")
    spec.write_text("presidency: 2031-1-PL\n" + spec.read_text(), encoding="utf-8")
    result = run(project, "build", str(spec), "--out", "out", "--force")
    assert result.returncode == 0, result.stderr
    assert warnings_of(result.stderr) == [
        f"packgen: warning: {spec}: 2031-04-14: the Polish Presidency (2031-1-PL) is not in the "
        "calendar (it ends 2030-12-31; the order from 2031 is not decided yet); names taken "
        "from its workspace set"
    ]
    pdf_text, docx_text, styles = build(project, spec)
    for text in (pdf_text, docx_text):
        assert "Poland 2031" in text and "Polish Presidency" in text
    assert "Malta" not in pdf_text and "2030" not in pdf_text
