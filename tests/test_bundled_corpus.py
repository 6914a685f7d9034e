"""Bundled corpus: each outcome of seeds/outcomes/ as .docx and .pdf reads into its .txt record."""

from __future__ import annotations

import importlib.util
import warnings
from pathlib import Path
from types import ModuleType

import pytest

from packgen.extract import read_outcome
from packgen.records import OutcomeRecord
from tests.extract_fixtures import differences

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_OUTCOMES = ROOT / "seeds" / "outcomes"
RENDITIONS_SCRIPT = ROOT / "scripts" / "make_renditions.py"

#: Fields that name the file rather than its content: they differ by design between formats.
FILE_FIELDS = ("source", "sha256", "marking_found")  # where differs by format


# The expected record of each bundled outcome is its fixture file, compared in
# tests/test_extract.py::test_record_matches_its_fixture; here each DOCX and PDF
# rendition must read into the same record as its text.
NAMES = sorted(p.name for p in BUNDLED_OUTCOMES.glob("*.txt"))


@pytest.fixture(scope="module")
def txt_records() -> dict[str, OutcomeRecord]:
    return {name: read_outcome(BUNDLED_OUTCOMES / name) for name in NAMES}


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


def content_of(record: OutcomeRecord) -> dict:
    data = record.model_dump(mode="json")
    for key in FILE_FIELDS:
        data.pop(key)
    return data


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize("name", NAMES)
def test_rendition_reads_like_the_text(
    name: str,
    suffix: str,
    txt_records: dict[str, OutcomeRecord],
    renditions: dict[tuple[str, str], Path],
) -> None:
    record = read_outcome(renditions[(name, suffix)])
    assert record.source.endswith(suffix)
    found = differences(content_of(txt_records[name]), content_of(record))
    assert not found, f"{name} as {suffix} differs from .txt in:\n" + "\n".join(found)
