"""Issue 5 end to end: `presidency new` in a copy of the project, then briefs pick their set by date."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from tests.conftest import FIXTURES, ROOT

LT = "2027-1-LT"


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(project), "PACKGEN_CACHE": str(project / ".cache")}
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
    """A copy of the project (package, templates, styles) with the Lithuanian set generated."""
    copy = tmp_path_factory.mktemp("project")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "presidencies")
    for name in ("packgen", "templates", "styles", "seeds"):
        shutil.copytree(ROOT / name, copy / name, ignore=ignore)
    (copy / "templates" / "presidencies").mkdir()
    result = run(copy, "presidency", "new", "--date", "2027-01-01")
    assert result.returncode == 0, result.stderr
    return copy


def write_note(project: Path, day: str, name: str) -> Path:
    template = (FIXTURES / "presidency" / "steering_note.yaml.in").read_text()
    spec = project / "specs" / f"{name}.yaml"
    spec.parent.mkdir(exist_ok=True)
    text = template.format(date=day, yy=day[2:4], corpus=str(project / "seeds" / "outcomes"))
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
    settings = project / "templates" / "presidencies" / LT / "presidency.yaml"
    assert "Lithuanian" in settings.read_text(encoding="utf-8")
    assert (project / "styles" / "presidencies" / LT / "reference.docx").is_file()


def test_note_in_the_lithuanian_semester_uses_the_lithuanian_set(project: Path) -> None:
    settings = project / "templates" / "presidencies" / LT / "presidency.yaml"
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
