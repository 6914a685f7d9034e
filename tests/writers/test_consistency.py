"""The PDF and the DOCX of one Document say the same thing, and a real word processor agrees."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.writers.conftest import (
    PRESS_OFFICE_LINE,
    SUBJECT_CODES,
    assert_in_order,
    docx_body_paragraphs,
    normalise,
    pdf_page_texts,
)

FOOTER_MM = 26  # the bottom page margin holding the running footer


def body_text(pdf_bytes: bytes) -> str:
    """The PDF's text without page furniture: footer margin cut off, footnote lines removed."""
    pages = pdf_page_texts(pdf_bytes, footer_mm=FOOTER_MM)
    text = normalise(" ".join(pages))
    assert PRESS_OFFICE_LINE in text  # the footnote sits above the footer, inside the crop
    return text.replace(PRESS_OFFICE_LINE, " ")


def test_pdf_and_docx_give_the_same_paragraphs_in_order(brief_pdf: bytes, brief_docx: bytes):
    paragraphs = docx_body_paragraphs(brief_docx)
    assert len(paragraphs) > 40
    text = body_text(brief_pdf)
    assert "page 1 of" not in text  # furniture really is gone
    assert_in_order(paragraphs, text)


def test_order_check_catches_a_swap(brief_pdf: bytes, brief_docx: bytes):
    paragraphs = docx_body_paragraphs(brief_docx)
    home, justice = paragraphs.index("Home affairs"), paragraphs.index("Justice")
    paragraphs[home], paragraphs[justice] = paragraphs[justice], paragraphs[home]
    with pytest.raises(AssertionError, match="not found after position"):
        assert_in_order(paragraphs, body_text(brief_pdf))


@pytest.fixture(scope="module")
def libreoffice_pdf(brief_docx: bytes, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) not installed")
    work = tmp_path_factory.mktemp("soffice")
    source = work / "brief.docx"
    source.write_bytes(brief_docx)
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    converted = Path(work / "brief.pdf")
    assert result.returncode == 0 and converted.is_file(), result.stderr
    return converted.read_bytes()


def test_word_processor_opens_the_docx(libreoffice_pdf: bytes, brief_docx: bytes):
    pages = pdf_page_texts(libreoffice_pdf)
    first = pages[0]
    for text in ("Council of the", "European Union", "(OR. en)", "6917/21", "LIMITE", "NOTE"):
        assert text in first, text
    for code in SUBJECT_CODES:
        assert code in first, code
    assert PRESS_OFFICE_LINE in first
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"6917/21 ACA/mr page {number} of {total}" in text
        assert "JAI.1 LIMITE EN" in text
    assert_in_order(docx_body_paragraphs(brief_docx), normalise(" ".join(pages)))
