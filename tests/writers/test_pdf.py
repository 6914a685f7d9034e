"""write_pdf on the fixture brief: page furniture, footnotes, metadata, bookmarks, fonts, bytes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from packgen.document import Letterhead
from packgen.errors import InputError
from packgen.writers.pdf import fonts_used, write_pdf
from tests.writers.conftest import PRESS_OFFICE_LINE, SUBJECT_CODES, pdf_page_texts


@pytest.fixture(scope="module")
def pages(brief_pdf: bytes) -> list[str]:
    return pdf_page_texts(brief_pdf)


def test_is_a4_and_more_than_three_pages(brief_pdf: bytes):
    reader = PdfReader(io.BytesIO(brief_pdf))
    assert len(reader.pages) >= 4
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_header_block_on_page_one(pages: list[str]):
    first = pages[0]
    for text in (
        "Council of the",
        "European Union",
        "Brussels, 11 March 2021",
        "(OR. en)",
        "6917/21",
        "NOTE",
        "From: Council press office",
        "To: Delegations",
        "No. prev. doc.: 9278/18",
        "BACKGROUND BRIEF",
    ):
        assert text in first, text
    lines = first.splitlines()
    for code in SUBJECT_CODES:
        assert any(line.endswith(code) for line in lines), code


def test_footer_on_every_page(pages: list[str]):
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        lines = text.splitlines()
        assert lines[-2] == f"6917/21 ACA/mr page {number} of {total}"
        assert lines[-1] == "JAI.1 LIMITE EN"


def test_footnote_at_the_foot_of_page_one(pages: list[str]):
    lines = pages[0].splitlines()
    assert PRESS_OFFICE_LINE in lines[-3]
    assert all(PRESS_OFFICE_LINE not in page for page in pages[1:])


def test_footnote_call_is_a_superscript_after_the_title(brief_pdf: bytes):
    with pdfplumber.open(io.BytesIO(brief_pdf)) as pdf:
        chars = pdf.pages[0].chars
    text = "".join(ch["text"] for ch in chars)
    at = text.index("BACKGROUND BRIEF") + len("BACKGROUND BRIEF")
    last, call = chars[at - 1], chars[at]
    assert call["text"] == "1"
    assert call["size"] < 0.7 * last["size"]
    assert call["bottom"] < last["bottom"] - 2  # raised above the baseline
    assert 0 <= call["x0"] - last["x1"] < 3  # right after the title, no gap


def test_metadata(brief_pdf: bytes):
    info = PdfReader(io.BytesIO(brief_pdf)).metadata
    assert info.title == "Background brief: informal videoconference of home affairs ministers"
    assert info.subject == "External dimension of migration"
    assert info["/Keywords"] == ", ".join(SUBJECT_CODES)
    assert info.author == "Council of the European Union"
    assert info["/CreationDate"].startswith("D:20210311093000")
    assert info["/ModDate"] == info["/CreationDate"]


def test_bookmarks_follow_headings(brief_pdf: bytes):
    outline = PdfReader(io.BytesIO(brief_pdf)).outline
    top = [item.title for item in outline if not isinstance(item, list)]
    assert top == ["Home affairs", "Justice"]
    nested = [[item.title for item in group] for group in outline if isinstance(group, list)]
    assert nested == [
        ["External dimension of migration", "Justice and home affairs dialogue with North Africa"],
        ["Electronic evidence"],
    ]


def test_fonts_are_liberation_serif_and_embedded(brief_pdf: bytes):
    assert fonts_used(brief_pdf) == [
        "Liberation-Serif",
        "Liberation-Serif-Bold",
        "Liberation-Serif-Bold-Italic",
        "Liberation-Serif-Italic",
    ]
    reader = PdfReader(io.BytesIO(brief_pdf))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_same_document_gives_identical_bytes(brief, brief_pdf: bytes):
    assert write_pdf(brief) == brief_pdf


def test_links_only_for_safe_schemes(brief_pdf: bytes):
    reader = PdfReader(io.BytesIO(brief_pdf))
    uris = [
        annot.get_object()["/A"].get("/URI")
        for annot in reader.pages[0].get("/Annots", [])
        if "/A" in annot.get_object()
    ]
    assert uris == [
        "https://www.consilium.europa.eu/en/meetings/",
        "mailto:press.office@consilium.europa.eu",
    ]


def test_letterhead_with_logo(brief, tmp_path: Path):
    logo = tmp_path / "logo.svg"
    logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20">'
        '<rect width="20" height="20" fill="#0a7"/></svg>'
    )
    doc = brief.model_copy(
        update={"letterhead": Letterhead(lines=["Presidency of the Council"], logo=str(logo))}
    )
    first = pdf_page_texts(write_pdf(doc))[0]
    assert first.startswith("Presidency of the Council\nCouncil of the")


def test_template_cannot_reach_outside_files(brief, tmp_path: Path):
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "document.html.j2").write_text(
        '<p>x</p><img src="file:///etc/passwd"><img src="http://example.com/x.png">\n'
    )
    with pytest.raises(InputError, match="refused file outside"):
        write_pdf(brief, template_dirs=[tmp_path])


def test_docx_only_build_never_imports_weasyprint():
    code = (
        "import packgen.writers, packgen.writers.docx, sys; assert 'weasyprint' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_public_document_carries_no_limite(brief):
    header = brief.header.model_copy(update={"marking": None})
    footer = brief.footer.model_copy(update={"marking": None})
    doc = brief.model_copy(update={"header": header, "footer": footer, "blocks": brief.blocks[:6]})
    pages = pdf_page_texts(write_pdf(doc))
    assert len(pages) == 1
    assert "LIMITE" not in pages[0]
    assert pages[0].splitlines()[-1] == "JAI.1 EN"


def test_missing_logo_is_an_input_error(brief, tmp_path: Path):
    doc = brief.model_copy(update={"letterhead": Letterhead(logo=str(tmp_path / "nope.svg"))})
    with pytest.raises(InputError, match="nope.svg: letterhead logo not found"):
        write_pdf(doc)
