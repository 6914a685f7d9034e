"""Input limits: a 5 MB outcome, 500- and 501-page PDFs, oversized files, all clean and bounded."""

from __future__ import annotations

import importlib.util
import json
import random
import time
from pathlib import Path

import pikepdf
import pytest

from packgen.readers import MAX_FILE_BYTES
from packgen.readers.pdf import EXTRACTION_TIMEOUT_S, MAX_PDF_PAGES
from tests.conftest import ROOT
from tests.safety.helpers import BUNDLED_CORPUS, brief, packgen

OUTCOME = BUNDLED_CORPUS / "2018-05-31_9278-18.txt"
WORDS = [
    "delegations",
    "ministers",
    "agreed",
    "reviewed",
    "cooperation",
    "borders",
    "visa",
    "data",
    "exchange",
    "Europol",
    "operational",
    "network",
    "threats",
    "joint",
    "statement",
    "progress",
    "agenda",
    "experts",
    "follow-up",
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


def filler_sentences(size: int, seed: int = 5) -> str:
    """About `size` characters of made-up annex paragraphs (generated words, not real text)."""
    rng = random.Random(seed)
    out, total = [], 0
    while total < size:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
        sentence = f"{words.capitalize()} ({rng.randint(10, 9999)})."
        out.append(sentence)
        total += len(sentence) + 2
    return "\n\n".join(out)


def spec_over(folder: Path, corpus: str) -> None:
    (folder / "brief.yaml").write_text(brief("LIMITE", f"corpus: [{corpus}]\n"), "utf-8")


def timed_build(folder: Path, cache: Path) -> tuple[object, float]:
    started = time.monotonic()
    result = packgen(folder, cache, "build", "brief.yaml", "--out", "out", timeout=400)
    return result, time.monotonic() - started


def test_a_5_mb_outcome_builds_in_bounded_time(tmp_path, cache):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in BUNDLED_CORPUS.glob("*.txt"):
        if source != OUTCOME:
            (corpus / source.name).write_bytes(source.read_bytes())
    big = corpus / OUTCOME.name
    big.write_text(OUTCOME.read_text("utf-8") + "\n\n" + filler_sentences(5 * 2**20), "utf-8")
    assert 5 * 2**20 <= big.stat().st_size < MAX_FILE_BYTES
    spec_over(tmp_path, "corpus/*.txt")
    result, elapsed = timed_build(tmp_path, cache)
    assert result.returncode == 0, result.stderr
    assert elapsed < 120, elapsed
    manifest = json.loads((tmp_path / "out" / "brief.manifest.json").read_text())
    assert [s["number"] for s in manifest["sources"]] == ["10483/17", "9278/18", "7725/23"]


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, cache):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    huge = corpus / "huge.txt"
    with huge.open("wb") as handle:  # sparse: costs no disk and no time
        handle.truncate(MAX_FILE_BYTES + 1)
    result = packgen(tmp_path, cache, "parse", str(huge), "--json")
    assert result.returncode == 2
    assert result.stderr == f"packgen: {huge}: file is 20 MB, over the 20 MB limit\n"


def _renditions():
    script = ROOT / "scripts" / "make_renditions.py"
    spec = importlib.util.spec_from_file_location("make_renditions_limits", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def long_pdfs(tmp_path_factory) -> dict[int, Path]:
    """9278/18 as a PDF, padded with one-line annex pages to 500 and to 501 pages."""
    import weasyprint

    folder = tmp_path_factory.mktemp("long_pdfs")
    rendition = _renditions().write_pdf_rendition(OUTCOME, folder / "rendition.pdf")
    filler = weasyprint.HTML(string="<p>Annex continued: tables left out of this copy.</p>")
    (folder / "filler.pdf").write_bytes(filler.write_pdf())
    out = {}
    with pikepdf.open(rendition) as pdf, pikepdf.open(folder / "filler.pdf") as page:
        for target in (MAX_PDF_PAGES, MAX_PDF_PAGES + 1):
            while len(pdf.pages) < target:
                pdf.pages.append(page.pages[0])
            (folder / str(target)).mkdir()
            out[target] = folder / str(target) / "2018-05-31_9278-18.pdf"
            pdf.save(out[target])
    return out


def test_a_pdf_over_the_page_limit_is_refused_quickly(tmp_path, cache, long_pdfs):
    path = long_pdfs[MAX_PDF_PAGES + 1]
    started = time.monotonic()
    result = packgen(tmp_path, cache, "parse", str(path), "--json")
    assert time.monotonic() - started < 30
    assert result.returncode == 2
    assert result.stderr == f"packgen: {path}: PDF has 501 pages, over the 500-page limit\n"


def test_a_500_page_pdf_is_read_and_built_in_bounded_time(tmp_path, cache, long_pdfs):
    path = long_pdfs[MAX_PDF_PAGES]
    started = time.monotonic()
    parsed = packgen(tmp_path, cache, "parse", str(path), "--json", timeout=400)
    # the padding pages are light: far inside the extraction timeout even on a slow machine
    assert time.monotonic() - started < EXTRACTION_TIMEOUT_S, parsed.stderr
    assert parsed.returncode == 0, parsed.stderr
    record = json.loads(parsed.stdout)
    assert (record["number"], record["marking"], len(record["items"])) == ("9278/18", "LIMITE", 5)
    spec_over(tmp_path, f"{path.parent}/*.pdf")
    result, elapsed = timed_build(tmp_path, cache)
    assert result.returncode == 0, result.stderr
    assert elapsed < EXTRACTION_TIMEOUT_S + 60, elapsed
    manifest = json.loads((tmp_path / "out" / "brief.manifest.json").read_text())
    assert [s["number"] for s in manifest["sources"]] == ["9278/18"]


def test_a_refused_pdf_in_the_corpus_fails_the_build(tmp_path, cache, long_pdfs):
    spec_over(tmp_path, f"{long_pdfs[MAX_PDF_PAGES + 1].parent}/*.pdf")
    result, _ = timed_build(tmp_path, cache)
    assert result.returncode == 2
    assert "over the 500-page limit" in result.stderr
