"""Helpers of the safety suite: run the real CLI in a subprocess and read what it wrote."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pypdf

from tests.conftest import ROOT

# the three reference outcomes of the bundled corpus (links into seeds/outcomes): the suite's
# expectations name them, whatever else the bundled corpus grows to hold
BUNDLED_CORPUS = ROOT / "tests" / "fixtures" / "safety" / "outcomes"
STOCKHOLM = ROOT / "seeds" / "briefs" / "2023-06-21_eu-us-jha-ministerial-stockholm.yaml"

# a small brief over the bundled (LIMITE) corpus: two items draw history, one does not
BRIEF = """\
kind: background-brief
classification: {classification}
header:
  number: 10512/23
  date: 2023-06-19
  initials: JV/ml
  directorate: JAI.1
meeting:
  title: EU-US Justice and Home Affairs Ministerial Meeting
  dates: 21 June 2023
agenda:
  - title: Visa reciprocity
    topics: [visa-reciprocity]
  - title: Counter-terrorism
    topics: [counter-terrorism]
  - title: Migration and borders
    topics: [migration-borders]
    history: {{include: false}}
"""


def brief(classification: str = "LIMITE", extra: str = "") -> str:
    if "corpus:" not in extra:
        extra += f"corpus: ['{BUNDLED_CORPUS}/*.txt']\n"
    return BRIEF.format(classification=classification) + extra


def packgen(
    cwd: Path, cache: Path, *args: str, timeout: float = 300
) -> subprocess.CompletedProcess:
    """`python -m packgen ARGS` as a user runs it, with its own corpus cache."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "packgen", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def docx_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def files_in(folder: Path) -> list[str]:
    """Every file under `folder`, hidden temporaries included, relative and sorted."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
