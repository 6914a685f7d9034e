"""Bundled corpus: each outcome of seeds/outcomes/ as .docx and .pdf reads into its .txt record."""

from __future__ import annotations

import importlib.util
import json
import warnings
from pathlib import Path
from types import ModuleType

import pytest

from packgen.extract import read_outcome
from tests.extract_fixtures import EXTRACT_FIXTURES, differences, expected_form

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_OUTCOMES = ROOT / "seeds" / "outcomes"
RENDITIONS_SCRIPT = ROOT / "scripts" / "make_renditions.py"

# The expected record of each bundled outcome is its fixture file (tests/fixtures/extract/),
# which the .txt must give (tests/test_extract.py); each DOCX and PDF rendition must give
# it too, but for where the marking was found (a line of text, a page of a PDF).
NAMES = sorted(p.name for p in BUNDLED_OUTCOMES.glob("*.txt"))


# ---------------------------------------------------------------- DOCX and PDF renditions


@pytest.fixture(scope="module")
def renditions_module() -> ModuleType:
    if not RENDITIONS_SCRIPT.is_file():
        pytest.skip(f"{RENDITIONS_SCRIPT} not there yet")
    spec = importlib.util.spec_from_file_location("make_renditions", RENDITIONS_SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def renditions(
    renditions_module: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Path]:
    """Every bundled outcome rendered once as .docx and .pdf: (name, suffix) -> path."""
    with warnings.catch_warnings():
        # WeasyPrint warns at import when the system lacks libharfbuzz-subset: not our concern here
        warnings.filterwarnings("ignore", "HarfBuzz-Subset", DeprecationWarning)
        import weasyprint  # noqa: F401
    folder = tmp_path_factory.mktemp("renditions")
    writers = {
        ".docx": renditions_module.write_docx_rendition,
        ".pdf": renditions_module.write_pdf_rendition,
    }
    out: dict[tuple[str, str], Path] = {}
    for name in NAMES:
        for suffix, write in writers.items():
            target = folder / (Path(name).stem + suffix)
            write(BUNDLED_OUTCOMES / name, target)
            out[(name, suffix)] = target
    return out


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize("name", NAMES)
def test_rendition_reads_into_the_expected_record(
    name: str, suffix: str, renditions: dict[tuple[str, str], Path]
) -> None:
    record = read_outcome(renditions[(name, suffix)])
    assert record.source.endswith(suffix)
    fixture = EXTRACT_FIXTURES / f"{Path(name).stem}.json"
    expected = json.loads(fixture.read_text(encoding="utf-8"))
    got = expected_form(record)
    got["marking_found"] = expected["marking_found"]
    found = differences(expected, got)
    assert not found, f"{name} as {suffix} differs from {fixture.name} in:\n" + "\n".join(found)
