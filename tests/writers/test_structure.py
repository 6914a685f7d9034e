"""Word-native structure and the body blocks both writers share: Word numbering with
hanging indents, keep-with-next, widow control, the language tag, the font table and
app.xml, subject codes in two columns, tables with a header row, images with alt text,
and the DRAFT mark, checked in the DOCX parts and in the PDF."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from packgen.document import (
    Document,
    Footer,
    HeaderBlock,
    Heading,
    Image,
    ListBlock,
    Metadata,
    PageBreak,
    Paragraph,
    Run,
    Table,
    keeps_with_next,
)
from packgen.writers.docx import TEXT_WIDTH, word_language, write_docx
from packgen.writers.html import write_html
from packgen.writers.pdf import write_pdf
from tests.writers.conftest import CREATED

VML = "{urn:schemas-microsoft-com:vml}"
CODES = [f"JAIEX {n}" for n in range(1, 21)]  # 20 codes: two columns
ALT = "Bar chart of readmission requests by quarter"


def png(path: Path, width: int, height: int) -> Path:
    """A plain grey PNG of the given pixel size, written by hand (no imaging library)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return path


def numbered(n: int, text: str) -> Paragraph:
    return Paragraph(style="numbered", number=f"{n}.", runs=[Run(text=text)])


def structured(image: Path, draft: bool = True, language: str = "en") -> Document:
    blocks = [
        Heading(level=2, runs=[Run(text="Introduction")]),
        numbered(1, "First numbered paragraph."),
        numbered(2, "Second numbered paragraph."),
        Paragraph(runs=[Run(text="Questions in an ordered list:")]),
        ListBlock(ordered=True, items=[[Run(text="first question")], [Run(text="second")]]),
        numbered(3, "Third numbered paragraph, after the list."),
        Paragraph(runs=[Run(text="A body paragraph that introduces nothing.")]),
        Paragraph(runs=[Run(text="The partners and the year their dialogue began")]),
        Table(
            header=[[Run(text="Partner")], [Run(text="Since")]],
            rows=[
                [[Run(text="Morocco")], [Run(text="2019")]],
                [[Run(text="Tunisia")], [Run(text="2021")]],
            ],
        ),
        Image(src=str(image), alt=ALT),
        PageBreak(),
        numbered(1, "A new document starts its numbers again."),
        numbered(2, "And goes on."),
        Paragraph(style="numbered", number="A.", runs=[Run(text="A lettered paragraph.")]),
    ]
    return Document(
        kind="steering-note",
        metadata=Metadata(title="Structure test", created=CREATED, language=language),
        header=HeaderBlock(
            place="Brussels",
            date=dt.date(2021, 3, 11),
            date_text="11 March 2021",
            number="6891/21",
            subject_codes=CODES,
            doc_type="NOTE",
        ),
        footer=Footer(number="6891/21", initials="PS/ek", directorate="JAI.1", marking="LIMITE"),
        blocks=blocks,
        draft=draft,
    )


@pytest.fixture(scope="module")
def image(tmp_path_factory) -> Path:
    # 3000 px at 72 dpi is wider than the text column: the writers must scale it down
    return png(tmp_path_factory.mktemp("img") / "chart.png", 3000, 1200)


@pytest.fixture(scope="module")
def doc(image) -> Document:
    return structured(image)


@pytest.fixture(scope="module")
def docx_bytes(doc) -> bytes:
    return write_docx(doc)


@pytest.fixture(scope="module")
def body(docx_bytes):
    return docx.Document(io.BytesIO(docx_bytes))


@pytest.fixture(scope="module")
def parts(docx_bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture(scope="module")
def pdf(doc) -> bytes:
    return write_pdf(doc)


def num_id(paragraph) -> str | None:
    found = paragraph._p.find(f".//{qn('w:numId')}")
    return None if found is None else found.get(qn("w:val"))


def numbering(body):
    return body.part.numbering_part.element


def abstract_of(body, num: str):
    element = numbering(body)
    for candidate in element.findall(qn("w:num")):
        if candidate.get(qn("w:numId")) == num:
            abstract = candidate.find(qn("w:abstractNumId")).get(qn("w:val"))
            override = candidate.find(f".//{qn('w:startOverride')}")
            start = None if override is None else int(override.get(qn("w:val")))
            return abstract, start
    raise AssertionError(f"no w:num {num}")


# --- Word numbering --------------------------------------------------------------------


def test_numbered_paragraphs_use_word_numbering_not_typed_numbers(body):
    paragraphs = [p for p in body.paragraphs if p.style.name == "Council Numbered"]
    assert [p.text for p in paragraphs] == [
        "First numbered paragraph.",
        "Second numbered paragraph.",
        "Third numbered paragraph, after the list.",
        "A new document starts its numbers again.",
        "And goes on.",
        "A.\tA lettered paragraph.",  # a number Word cannot count stays typed
    ]
    ids = [num_id(p) for p in paragraphs]
    # one running sequence (the ordered list in between does not break it), then a restart
    assert ids[0] == ids[1] == ids[2] != ids[3] == ids[4] and ids[5] is None
    first, restart = abstract_of(body, ids[0]), abstract_of(body, ids[3])
    assert first == (first[0], 1) and restart == (first[0], 1)


def test_numbered_paragraphs_and_ordered_lists_have_separate_counters(body):
    """In Word every w:num of one abstract shares its counter: the list needs its own."""
    paragraph = next(p for p in body.paragraphs if p.style.name == "Council Numbered")
    item = next(p for p in body.paragraphs if p.style.name == "List Number")
    assert abstract_of(body, num_id(paragraph))[0] != abstract_of(body, num_id(item))[0]


def test_numbering_hangs_the_number_in_a_10_mm_indent(body):
    paragraph = next(p for p in body.paragraphs if p.style.name == "Council Numbered")
    abstract_id = abstract_of(body, num_id(paragraph))[0]
    abstract = next(
        a
        for a in numbering(body).findall(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    )
    level = abstract.find(qn("w:lvl"))
    assert level.find(qn("w:numFmt")).get(qn("w:val")) == "decimal"
    assert level.find(qn("w:lvlText")).get(qn("w:val")) == "%1."
    indent = level.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    assert (indent.get(qn("w:left")), indent.get(qn("w:hanging"))) == ("567", "567")


# --- page breaks ---------------------------------------------------------------------------


def test_headings_and_lead_ins_keep_with_the_next_paragraph(body, doc):
    keeps = {p.text: p.paragraph_format.keep_with_next for p in body.paragraphs if p.text}
    assert keeps["Introduction"] is True
    assert keeps["Questions in an ordered list:"] is True
    assert keeps["A body paragraph that introduces nothing."] is None
    assert keeps["The partners and the year their dialogue began"] is True  # a table follows
    assert keeps["First numbered paragraph."] is None
    assert keeps_with_next(doc.blocks)[:4] == [True, False, False, True]


def test_widow_control_and_british_english_are_document_defaults(body):
    defaults = body.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:pPrDefault')}//{qn('w:widowControl')}") is not None
    lang = defaults.find(f".//{qn('w:rPrDefault')}//{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "en-GB"


@pytest.mark.parametrize(("language", "tag"), [("en", "en-GB"), ("fr", "fr-FR"), ("sv", "sv-SE")])
def test_word_language_tags(language, tag):
    assert word_language(language) == tag


def test_lead_in_class_in_the_html(doc):
    html = write_html(doc)
    assert '<p class="body lead-in">Questions in an ordered list:</p>' in html
    assert '<p class="body">A body paragraph that introduces nothing.</p>' in html
    assert '<p class="body lead-in">The partners and the year their dialogue began</p>' in html


# --- package parts -------------------------------------------------------------------------


def test_font_table_names_the_fonts_used_and_app_xml_names_packgen(parts):
    fonts = re.findall(rb'<w:font w:name="([^"]+)"', parts["word/fontTable.xml"])
    assert fonts == [b"Liberation Serif"]  # no bullet list here, so no Symbol; no stray Courier
    assert b'<w:altName w:val="Times New Roman"/>' in parts["word/fontTable.xml"]
    assert b"<Application>packgen</Application>" in parts["docProps/app.xml"]
    assert b"Microsoft" not in parts["docProps/app.xml"]


def test_long_subject_code_list_takes_two_columns(body):
    cell = body.tables[0].cell(1, 1)
    inner = cell.tables[0]
    columns = [[p.text for p in c.paragraphs] for c in inner.rows[0].cells]
    assert columns == [CODES[:10], CODES[10:]]


# --- tables and images -----------------------------------------------------------------------


def test_table_header_row_repeats_in_the_docx(body):
    table = body.tables[-1]
    assert [c.text for c in table.rows[0].cells] == ["Partner", "Since"]
    trpr = table.rows[0]._tr.trPr
    # the schema's order (Word refuses a part whose elements are out of order)
    assert [child.tag for child in trpr] == [qn("w:cantSplit"), qn("w:tblHeader")]
    assert table.rows[1]._tr.trPr is None or table.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None


def test_table_header_cells_are_th_in_the_html_and_printed_in_the_pdf(doc, pdf):
    html = write_html(doc)
    assert '<thead><tr><th scope="col">Partner</th><th scope="col">Since</th></tr></thead>' in html
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = document.pages[0].extract_text() + document.pages[1].extract_text()
    assert "Partner Since" in text and "Morocco 2019" in text


def test_image_in_the_docx_has_its_alt_text_and_fits_the_column(body, parts):
    shape = body.inline_shapes[0]
    assert shape._inline.docPr.get("descr") == ALT
    assert 0 < shape.width <= TEXT_WIDTH
    assert shape.height * 3000 == pytest.approx(shape.width * 1200, rel=0.01)
    assert [n for n in parts if n.startswith("word/media/")] == ["word/media/image1.png"]


def test_image_in_the_pdf_is_drawn_with_its_alt_text_in_the_html(doc, pdf):
    html = write_html(doc)
    assert '<img src="data:image/png;base64,' in html and f'alt="{ALT}"' in html
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        images = [img for page in document.pages for img in page.images]
    assert len(images) == 1
    width_mm = (images[0]["x1"] - images[0]["x0"]) * 25.4 / 72
    assert 100 < width_mm <= 163.5  # scaled down to the text column (210 - 25 - 22 mm)


# --- DRAFT -----------------------------------------------------------------------------------


def big_text(page) -> str:
    return "".join(ch["text"] for ch in page.chars if ch["size"] > 50)


def test_draft_mark_on_every_pdf_page(pdf):
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        marks = [big_text(page) for page in document.pages]
    assert len(marks) >= 2 and marks == ["DRAFT"] * len(marks)


def test_draft_mark_is_an_artifact_of_every_page_not_text(pdf):
    """Page furniture like the footer: outside the structure tree, so no screen reader
    reads DRAFT in the middle of a sentence, and the tagged PDF stays whole."""
    from tests.pdfcheck import archival_problems, text_layers

    content, artifacts = text_layers(pdf)
    assert len(artifacts) >= 2
    assert all("DRAFT" in squashed(page) for page in artifacts)
    assert not any("DRAFT" in squashed(page) for page in content)
    assert archival_problems(pdf) == []


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_draft_watermark_in_the_docx_header(body):
    header = body.sections[0].header
    assert not header.is_linked_to_previous
    paths = list(header._element.iter(f"{VML}textpath"))
    assert [p.get("string") for p in paths if p.get("string")] == ["DRAFT"]
    shape = next(header._element.iter(f"{VML}shape"))
    assert "rotation:315" in shape.get("style")


def test_no_draft_mark_without_draft(image):
    final = structured(image, draft=False)
    document = docx.Document(io.BytesIO(write_docx(final)))
    assert list(document.sections[0].header._element.iter(f"{VML}textpath")) == []
    assert "draft-mark" not in write_html(final).split("</style>")[-1]


def test_font_table_adds_symbol_for_bullets(brief_docx):
    with zipfile.ZipFile(io.BytesIO(brief_docx)) as archive:
        table = archive.read("word/fontTable.xml")
    assert re.findall(rb'<w:font w:name="([^"]+)"', table) == [b"Liberation Serif", b"Symbol"]


#: CT_TblPr's sequence in the WordprocessingML schema (ECMA-376 Part 1, 17.4.60)
TBLPR_ORDER = [
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
    "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
    "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription",
]  # fmt: skip


def test_table_properties_follow_the_schema_order(parts):
    """Word refuses a document whose table properties are out of order."""
    tables = re.findall(rb"<w:tblPr>(.*?)</w:tblPr>", parts["word/document.xml"])
    assert len(tables) == 3  # header block, its two code columns, the data table
    for tblpr in tables:
        names = [n.decode() for n in re.findall(rb"<w:(\w+)", tblpr)]
        top = [n for n in names if n in TBLPR_ORDER]
        assert top == sorted(top, key=TBLPR_ORDER.index), top


#: CT_PPr's sequence (ECMA-376 Part 1, 17.3.1.26), the elements packgen writes
PPR_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "numPr", "pBdr",
    "shd", "tabs", "spacing", "ind", "jc", "rPr",
]  # fmt: skip


def test_paragraph_properties_follow_the_schema_order(parts):
    """The footer's rule (w:pBdr) goes before its tab stops and spacing, as Word wants."""
    for name in ("word/document.xml", "word/footer1.xml", "word/header1.xml"):
        xml = parts.get(name, b"")
        for ppr in re.findall(rb"<w:pPr>(.*?)</w:pPr>", xml):
            # only the direct children: drop what nests inside pBdr, tabs and rPr
            flat = re.sub(rb"<w:(pBdr|tabs|rPr|numPr)>.*?</w:\1>", rb"<w:\1/>", ppr)
            names = [n.decode() for n in re.findall(rb"<w:(\w+)", flat)]
            assert names == sorted(names, key=PPR_ORDER.index), (name, names)


def test_keep_rule_on_labels_lead_ins_and_the_last_block():
    def para(text: str, bold: bool = False) -> Paragraph:
        return Paragraph(runs=[Run(text=text, bold=bold)])

    blocks = [
        para("Visa reciprocity", bold=True),  # a label over its text
        para("The text under the label."),
        para("Another label", bold=True),
        para("A lead-in before a page break:"),
        PageBreak(),
        Heading(level=2, runs=[Run(text="A heading that ends the document")]),
    ]
    assert keeps_with_next(blocks) == [True, False, True, False, False, False]
