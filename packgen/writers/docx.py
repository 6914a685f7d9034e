"""Document in, DOCX bytes out: python-docx over styles/reference.docx, fields and footnotes in OOXML.

A Pack is written into one document: the cover and a contents field (a real TOC
that Word fills in on opening), then each section in a Word section of its own,
with its own footer, page numbers running on.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from packgen import i18n
from packgen.document import (
    Block,
    Document,
    Footer,
    HeaderBlock,
    Image,
    ListBlock,
    Metadata,
    Pack,
    PageBreak,
    Paragraph,
    Run,
    Table,
    keeps_with_next,
)
from packgen.errors import InputError
from packgen.style import PAGE
from packgen.writers.html import (
    BASE_STYLES,
    code_columns,
    header_grid,
    institution_lines,
    layered_dirs,
    referenced_footnote_ids,
    safe_accent,
    safe_href,
)
from packgen.writers.reference import PARAGRAPH_STYLES, normalise_zip, reference_docx_bytes, rgb

REFERENCE_NAME = "reference.docx"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FONT_TABLE_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
APP_CT = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
PAGE_WIDTH, PAGE_HEIGHT = Mm(PAGE.width), Mm(PAGE.height)
MARGIN_LEFT, MARGIN_RIGHT = Mm(PAGE.left), Mm(PAGE.right)
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

PARAGRAPH_STYLE = {
    "body": "Normal",
    "title": "Title",
    "subtitle": "Subtitle",
    "centered": "Council Centered",
    "separator": "Council Separator",
    "note": "Council Note",
    "numbered": "Council Numbered",
}


#: Every style write_docx names: a reference.docx without one of them cannot be used.
REQUIRED_STYLES = tuple(
    dict.fromkeys(
        [
            *PARAGRAPH_STYLE.values(),
            *PARAGRAPH_STYLES,
            "Heading 1",
            "Heading 2",
            "Heading 3",
            "Heading 4",
            "List Bullet",
            "List Number",
            "Table Grid",
            "Footer",
        ]
    )
)

#: Numbered paragraphs ("1.") in Word numbering: the number hangs 10 mm, as in the PDF.
_HANGING = 567  # twips
_NUMBER = re.compile(r"(\d+)\.")

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text with the control characters XML 1.0 cannot hold removed (lxml would refuse them)."""
    return _XML_INVALID.sub("", text)


@dataclass
class _Context:
    """State of one DOCX build: the python-docx document and the numbering it needs."""

    document: docx.document.Document
    footnote_numbers: dict[str, int]
    bullet_num: int | None = None
    decimal_abstract: int | None = None
    footnote_texts: dict[int, list[Run]] = field(default_factory=dict)
    #: the w:num of the running sequence of numbered paragraphs, and its last number
    paragraph_num: int | None = None
    paragraph_number: int = 0
    #: numbered paragraphs have an abstract numbering of their own: in Word, every w:num of
    #: one abstract shares its counter, so an ordered list would carry the paragraphs on
    paragraph_abstract: int | None = None


def reference_path(style_dirs: list[Path] | None) -> Path | None:
    """The first reference.docx along the style search path (presidency before base)."""
    for folder in layered_dirs(style_dirs, BASE_STYLES):
        if (folder / REFERENCE_NAME).is_file():
            return folder / REFERENCE_NAME
    return None


def _open_reference(style_dirs: list[Path] | None) -> docx.document.Document:
    path = reference_path(style_dirs)
    if path is None:
        return docx.Document(io.BytesIO(reference_docx_bytes()))
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for a broken package
        raise InputError(path, f"not a usable reference DOCX: {exc}") from None
    # a workspace's own reference.docx, restyled in Word, must keep the names used here
    present = {style.name for style in document.styles}
    missing = [name for name in REQUIRED_STYLES if name not in present]
    if missing:
        raise InputError(
            path,
            f"reference DOCX lacks the Word style{'s' if len(missing) > 1 else ''} "
            f"{', '.join(repr(m) for m in missing)}; restyle packgen's reference.docx "
            "rather than replacing it",
        )
    return document


def write_docx(doc: Document, style_dirs: list[Path] | None = None) -> bytes:
    """The DOCX of `doc`: same blocks as the PDF, named styles, footer fields, real footnotes."""
    document = _open_reference(style_dirs)
    _clear_body(document)
    ctx = _Context(document=document, footnote_numbers={})
    _setup_section(document)
    if doc.letterhead:
        _apply_accent(document, doc.letterhead.accent)
    if isinstance(doc, Pack):
        _write_pack(ctx, doc)
    else:
        _write_document(ctx, doc, document.sections[0])
    if doc.draft:  # every later section's header is linked to the first one's
        write_draft_mark(document.sections[0])
    _write_footnotes_part(ctx)
    _set_core_properties(document, doc)
    set_document_defaults(document, doc.metadata.language)
    set_package_parts(document)
    out = io.BytesIO()
    document.save(out)
    return normalise_zip(out.getvalue())


def _write_document(ctx: _Context, doc: Document, section) -> None:
    """One document's letterhead, header block, blocks and footer, into `section`."""
    document = ctx.document
    orphans = _number_footnotes(ctx, doc)
    if doc.letterhead:
        _write_letterhead(document, doc.letterhead.lines, doc.letterhead.logo)
    if doc.header:
        _write_header_block(document, doc.header, doc.metadata)
    write_blocks(ctx, doc.blocks)
    if orphans:
        note = document.add_paragraph(style="Council Note")
        for fid in orphans:
            _add_footnote_reference(note, ctx.footnote_numbers[fid])
    _write_footer(section, doc.footer, doc.metadata.language)


# --- packs ---------------------------------------------------------------------------


#: Word builds the contents from the TC fields packgen puts at each section's start
#: (one per contents entry, like the PDF's), not from headings, which the briefs also use
TOC_INSTRUCTION = 'TOC \\f \\l "1-1" \\h'


def _write_pack(ctx: _Context, pack: Pack) -> None:
    """Cover and contents in the first Word section, then one Word section per pack section."""
    document = ctx.document
    _write_cover(ctx, pack)
    _write_block(ctx, PageBreak())
    _write_contents(ctx, pack)
    _write_footer(document.sections[0], pack.footer, pack.metadata.language)
    body = document.element.body
    for part in pack.sections:
        section = document.add_section(WD_SECTION.NEW_PAGE)
        # the new section shares the previous one's footer part: drop that link, so that
        # _write_footer gives this section a footer part of its own
        section.footer.is_linked_to_previous = True
        start = len(body) - 1  # the section's content goes before the body's sectPr
        _write_document(ctx, part.document, section)
        _mark_contents_entry(body[start:], part.title)
    _update_fields_on_open(document)


def _write_cover(ctx: _Context, pack: Pack) -> None:
    cover = pack.cover
    document = ctx.document
    document.add_paragraph(cover.institution, style="Council Institution")
    document.add_paragraph(cover.title.upper(), style="Title")
    document.add_paragraph(cover.meeting, style="Subtitle")
    document.add_paragraph(cover.place_date, style="Council Centered")
    document.add_paragraph(cover.marking, style="Council Marking")
    # centred as on the PDF's cover; the styles are the header block's, set left
    for paragraph in (document.paragraphs[-5], document.paragraphs[-1]):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph().add_run(cover.contents_title).bold = True
    items = [
        [Run(text=s.title), *([Run(text=f" ({s.subtitle})")] if s.subtitle else [])]
        for s in pack.sections
    ]
    _write_list(ctx, ListBlock(ordered=True, items=items))


def _write_contents(ctx: _Context, pack: Pack) -> None:
    """The contents as a TOC field whose cached result lists every section; Word fills in
    the page numbers when it rebuilds the field on opening (see _update_fields_on_open)."""
    title = ctx.document.add_paragraph(style="Council Centered")
    title.add_run(pack.contents.title).bold = True
    for number, part in enumerate(pack.sections, start=1):
        entry = ctx.document.add_paragraph(style="Normal")
        fmt = entry.paragraph_format
        fmt.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if number == 1:
            entry._p.extend(_field(TOC_INSTRUCTION, result="", close=False))
        entry.add_run(xml_text(part.title) + "\t")
    ctx.document.add_paragraph(style="Normal")._p.extend(_field_end())


def _mark_contents_entry(elements: list, title: str) -> None:
    """A TC field (the section's contents entry, invisible) in the section's first paragraph,
    which is the first cell's when the section opens with the header block's table."""
    first = next(p for element in elements for p in element.iter(qn("w:p")))
    at = 0 if first.find(qn("w:pPr")) is None else 1
    quoted = title.replace('"', '\\"')
    first[at:at] = _field(f'TC "{quoted}" \\l 1')


def _update_fields_on_open(document: docx.document.Document) -> None:
    """w:updateFields in settings.xml: Word rebuilds the contents when it opens the file."""
    flag = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
    # schema order: what may follow w:updateFields in the reference document's settings
    later = "w:hdrShapeDefaults w:footnotePr w:endnotePr w:compat w:docVars w:rsids m:mathPr"
    later += " w:attachedSchema w:themeFontLang w:clrSchemeMapping w:doNotAutoCompressPictures"
    later += " w:shapeDefaults w:decimalSymbol w:listSeparator"
    document.settings.element.insert_element_before(flag, *later.split())


def _number_footnotes(ctx: _Context, doc: Document) -> list[str]:
    """Number `doc`'s notes after those already written (in a pack, each section's ids are
    its own); returns the ids no run refers to, printed at the end of the document."""
    first = len(ctx.footnote_texts) + 1
    numbers = {fid: n for n, fid in enumerate(referenced_footnote_ids(doc), start=first)}
    orphans = [fn.id for fn in doc.footnotes if fn.id not in numbers]
    for fid in orphans:
        numbers[fid] = first + len(numbers)
    known = {fn.id: fn.runs for fn in doc.footnotes}
    ctx.footnote_numbers = numbers
    ctx.footnote_texts.update({n: known.get(fid, []) for fid, n in numbers.items()})
    return orphans


def _clear_body(document: docx.document.Document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _setup_section(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.top_margin, section.bottom_margin = Mm(PAGE.top), Mm(PAGE.bottom)
    section.footer_distance = Mm(PAGE.footer_distance)


# --- header block ---------------------------------------------------------------------


def _borderless_table(document: docx.document.Document, rows: int, widths: list[Cm]) -> DocxTable:
    """A table without borders: the Council header block is laid out in one."""
    table = document.add_table(rows=rows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _no_borders(table)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # LibreOffice reads the grid, Word the cells
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    return table


def _no_borders(table: DocxTable) -> None:
    """Borders off, placed where the schema wants w:tblBorders (Word is strict on order)."""
    borders = parse_xml(
        f"<w:tblBorders {nsdecls('w')}>"
        + "".join(
            f'<w:{side} w:val="nil"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders>"
    )
    later = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption")
    table._tbl.tblPr.insert_element_before(borders, *later)


def _cell_lines(cell, lines: list[tuple[str, str]]) -> None:
    """Fill a cell with (text, style) paragraphs, reusing its empty first paragraph."""
    for i, (text, style) in enumerate(lines):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        paragraph.style = style
        paragraph.add_run(text)


def _write_header_block(
    document: docx.document.Document, header: HeaderBlock, metadata: Metadata | None = None
) -> None:
    top = _borderless_table(document, rows=2, widths=[Cm(9.8), Cm(6.5)])
    _cell_lines(
        top.cell(0, 0),
        [(line, "Council Institution") for line in institution_lines(header)]
        or [("", "Council Institution")],
    )
    _cell_lines(
        top.cell(0, 1),
        [
            (f"{header.place}, {header.date_text}", "Council PlaceDate"),
            (f"(OR. {header.original_language})", "Council PlaceDate"),
        ],
    )
    left = [(header.number or "", "Council Number")]
    if header.marking:
        left.append((header.marking, "Council Marking"))
    _cell_lines(top.cell(1, 0), left)
    _write_codes(top.cell(1, 1), code_columns(header))
    document.add_paragraph(header.doc_type.upper(), style="Council DocType")
    grid = header_grid(
        header,
        metadata.language if metadata else "en",
        metadata.typography if metadata else "eu",
    )
    if grid:
        table = _borderless_table(document, rows=len(grid), widths=[Cm(3.2), Cm(13.1)])
        for row, (label, value, cls) in zip(table.rows, grid, strict=True):
            _cell_lines(row.cells[0], [(label, "Council Grid Label")])
            _cell_lines(row.cells[1], [(value, "Council Grid Text")])
            if cls == "hb-subject":
                for run in row.cells[1].paragraphs[0].runs:
                    run.bold = True
    _bottom_rule(document.add_paragraph())


def _write_codes(cell, columns: list[list[str]]) -> None:
    """The subject codes: one column, or a long list in two, as the PDF prints them."""
    if len(columns) == 1:
        _cell_lines(
            cell, [(code, "Council Codes") for code in columns[0]] or [("", "Council Codes")]
        )
        return
    inner = cell.add_table(rows=1, cols=len(columns))
    inner.autofit = False
    _no_borders(inner)
    for column, codes in zip(inner.rows[0].cells, columns, strict=True):
        column.width = Cm(3.2)
        _cell_lines(column, [(code, "Council Codes") for code in codes])
    # the codes start at the top of the cell; a cell must end with a paragraph, so its
    # empty first one moves below the inner table
    first = cell.paragraphs[0]
    first.style = "Council Codes"
    first.paragraph_format.space_after = Pt(0)
    inner._tbl.addnext(first._p)


#: What follows w:pBdr in a paragraph's properties (CT_PPr's sequence): Word wants that order.
_AFTER_PBDR = [
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
]


def _rule(paragraph: DocxParagraph, side: str, space: int) -> None:
    """A thin black rule on one side of a paragraph, as the PDF's hr and footer rule."""
    border = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="4" w:space="{space}" '
        'w:color="000000"/></w:pBdr>'
    )
    paragraph._p.get_or_add_pPr().insert_element_before(border, *_AFTER_PBDR)


def _bottom_rule(paragraph: DocxParagraph) -> None:
    _rule(paragraph, "bottom", 1)


def _apply_accent(document: docx.document.Document, accent: str) -> None:
    """The letterhead's accent colour, as in the PDF, whatever reference.docx was made with.

    A Presidency set's reference.docx keeps the colour it was generated with; the
    set's presidency.yaml may have changed since, and it is what both formats follow.
    """
    style = document.styles["Council Letterhead"]
    style.font.color.rgb = rgb(safe_accent(accent))


def _write_letterhead(document: docx.document.Document, lines: list[str], logo: str | None) -> None:
    if logo:
        path = Path(logo)
        if not path.is_file():
            raise InputError(path, "letterhead logo not found")
        try:
            document.add_paragraph(style="Council Letterhead").add_run().add_picture(
                str(path), height=Cm(1.4)
            )
        except Exception as exc:  # python-docx knows PNG, JPEG, GIF, BMP and TIFF only
            raise InputError(
                path, f"letterhead logo is not an image Word can show ({type(exc).__name__})"
            ) from None
    for i, line in enumerate(lines):
        run = document.add_paragraph(style="Council Letterhead").add_run(line)
        run.bold = i == 0
    if lines or logo:
        _bottom_rule(document.paragraphs[-1])


# --- body blocks -----------------------------------------------------------------------


def write_blocks(ctx: _Context, blocks: list[Block]) -> None:
    """The body blocks; headings, title lines and lead-ins keep with the next paragraph."""
    for block, keep in zip(blocks, keeps_with_next(blocks), strict=True):
        _write_block(ctx, block, keep)


def _write_block(ctx: _Context, block: Block, keep: bool = False) -> None:
    document = ctx.document
    paragraph = None
    if block.kind == "heading":
        paragraph = document.add_paragraph(style=f"Heading {min(block.level, 4)}")
        if block.numbering:
            paragraph.add_run(f"{block.numbering} ")
        _add_runs(ctx, paragraph, block.runs)
    elif block.kind == "paragraph":
        paragraph = document.add_paragraph(style=PARAGRAPH_STYLE[block.style])
        if block.number:
            _number_paragraph(ctx, paragraph, block)
        _add_runs(ctx, paragraph, block.runs)
    elif block.kind == "list":
        _write_list(ctx, block)
    elif block.kind == "table":
        _write_table(ctx, block)
    elif block.kind == "image":
        _write_image(ctx, block)
    elif block.kind == "page_break":
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if paragraph is not None and keep:
        paragraph.paragraph_format.keep_with_next = True


def _number_paragraph(ctx: _Context, paragraph: DocxParagraph, block: Paragraph) -> None:
    """Word numbering for "1.", "2." ...: Word renumbers when a drafter inserts a paragraph.

    The sequence continues while the numbers follow on; a number that does not (a new
    document of a pack starting again at 1) starts a new w:num there. A number Word
    cannot count ("A.", "1.2") stays typed text.
    """
    match = _NUMBER.fullmatch(block.number or "")
    if match is None:
        paragraph.add_run(f"{block.number}\t")
        return
    number = int(match[1])
    if ctx.paragraph_num is None or number != ctx.paragraph_number + 1:
        if ctx.paragraph_abstract is None:
            ctx.paragraph_abstract = _add_abstract_num(ctx, "decimal", "%1.")
        num = _numbering(ctx).add_num(ctx.paragraph_abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(number)
        ctx.paragraph_num = num.numId
    ctx.paragraph_number = number
    _set_num(paragraph, ctx.paragraph_num)


def _set_num(paragraph: DocxParagraph, num_id: int) -> None:
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def _write_list(ctx: _Context, block: ListBlock) -> None:
    num_id = _new_decimal_num(ctx, block.start) if block.ordered else _bullet_num(ctx)
    style = "List Number" if block.ordered else "List Bullet"
    for item in block.items:
        paragraph = ctx.document.add_paragraph(style=style)
        _set_num(paragraph, num_id)
        _add_runs(ctx, paragraph, item)


def _write_table(ctx: _Context, block: Table) -> None:
    rows = ([block.header] if block.header else []) + list(block.rows)
    cols = max(len(row) for row in rows) if rows else 1
    table = ctx.document.add_table(rows=len(rows), cols=cols)
    table.style = ctx.document.styles["Table Grid"]
    for r, row in enumerate(rows):
        for c, cell_runs in enumerate(row):
            paragraph = table.cell(r, c).paragraphs[0]
            paragraph.style = ctx.document.styles["Normal"]
            paragraph.paragraph_format.alignment = None
            _add_runs(ctx, paragraph, cell_runs)
            if block.header and r == 0:
                for run in paragraph.runs:
                    run.bold = True
    if block.header:
        # the header row repeats on every page the table runs over, and is marked as
        # the header for screen readers
        trpr = table.rows[0]._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))  # schema order: cantSplit before tblHeader
        trpr.append(OxmlElement("w:tblHeader"))


#: The largest picture height on the page, as the PDF's max-height (120 mm).
IMAGE_MAX_HEIGHT = Cm(12)


def _write_image(ctx: _Context, block: Image) -> None:
    """The picture, scaled to the text width at most, with its alt text (docPr descr)."""
    paragraph = ctx.document.add_paragraph(style="Council Centered")
    try:
        shape = paragraph.add_run().add_picture(block.src)
    except Exception as exc:  # python-docx raises several types for an unreadable image
        raise InputError(block.src, f"image Word cannot show ({type(exc).__name__})") from None
    scale = min(1.0, TEXT_WIDTH / shape.width, IMAGE_MAX_HEIGHT / shape.height)
    if scale < 1.0:
        shape.width, shape.height = int(shape.width * scale), int(shape.height * scale)
    shape._inline.docPr.set("descr", xml_text(block.alt))
    shape._inline.docPr.set("name", Path(block.src).name)


# --- numbering -------------------------------------------------------------------------


def _numbering(ctx: _Context):
    return ctx.document.part.numbering_part.element


def _add_abstract_num(ctx: _Context, fmt: str, text: str) -> int:
    """A one-level abstract numbering definition placed before the first w:num (schema order)."""
    numbering = _numbering(ctx)
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(existing, default=-1) + 1
    font = (
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
        if fmt == "bullet"
        else ""
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{_HANGING}" w:hanging="{_HANGING}"/></w:pPr>'
        f"{font}</w:lvl></w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    return abstract_id


def _bullet_num(ctx: _Context) -> int:
    if ctx.bullet_num is None:
        abstract = _add_abstract_num(ctx, "bullet", "\uf0b7")
        ctx.bullet_num = _numbering(ctx).add_num(abstract).numId
    return ctx.bullet_num


def _new_decimal_num(ctx: _Context, start: int) -> int:
    """A new w:num per ordered list, with startOverride, so every list restarts."""
    if ctx.decimal_abstract is None:
        ctx.decimal_abstract = _add_abstract_num(ctx, "decimal", "%1.")
    num = _numbering(ctx).add_num(ctx.decimal_abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(start)
    return num.numId


# --- inline runs -----------------------------------------------------------------------


def _add_runs(ctx: _Context, paragraph: DocxParagraph, runs: list[Run]) -> None:
    for run in runs:
        if run.footnote:
            _add_footnote_reference(paragraph, ctx.footnote_numbers[run.footnote])
        elif safe_href(run.href):
            _add_hyperlink(paragraph, run)
        else:
            _styled_run(paragraph.add_run(xml_text(run.text)), run)


def _styled_run(docx_run, run: Run):
    docx_run.bold = run.bold or None
    docx_run.italic = run.italic or None
    docx_run.underline = run.underline or None
    return docx_run


def _add_hyperlink(paragraph: DocxParagraph, run: Run) -> None:
    """A real w:hyperlink with an external relationship (python-docx has no API for it)."""
    rid = paragraph.part.relate_to(safe_href(run.href), RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    link.set(qn("w:history"), "1")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    rpr.append(style)
    for flag, tag in ((run.bold, "w:b"), (run.italic, "w:i")):
        if flag:
            rpr.append(OxmlElement(tag))
    r.append(rpr)
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = xml_text(run.text)
    r.append(text)
    link.append(r)
    paragraph._p.append(link)


def _add_footnote_reference(paragraph: DocxParagraph, number: int) -> None:
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>'
        )
    )


def _run_xml(run: Run) -> str:
    props = ("<w:b/>" if run.bold else "") + ("<w:i/>" if run.italic else "")
    props += '<w:u w:val="single"/>' if run.underline else ""
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(xml_text(run.text))}</w:t></w:r>'


def _footnotes_xml(texts: dict[int, list[Run]]) -> bytes:
    """footnotes.xml: Word's separator entries (-1, 0) then one w:footnote per note."""
    separators = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
    )
    notes = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> </w:t></w:r>'
        + "".join(_run_xml(run) for run in runs)
        + "</w:p></w:footnote>"
        for number, runs in sorted(texts.items())
    )
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f"<w:footnotes {nsdecls('w', 'r')}>{separators}{notes}</w:footnotes>"
    )
    return xml.encode("utf-8")


def _write_footnotes_part(ctx: _Context) -> None:
    blob = _footnotes_xml(ctx.footnote_texts)
    main = ctx.document.part
    for rel in main.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            target = rel.target_part
            if hasattr(target, "_element"):
                target._element = parse_xml(blob)
            else:
                target._blob = blob
            return
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, blob, main.package)
    main.relate_to(part, RT.FOOTNOTES)


# --- footer and properties ------------------------------------------------------------


def _field_runs(paragraph: DocxParagraph, instruction: str, placeholder: str) -> None:
    """A PAGE / NUMPAGES field as raw OOXML: begin, instruction, separate, result, end."""
    paragraph._p.extend(_field(instruction, result=placeholder))


def _field(instruction: str, result: str | None = None, close: bool = True) -> list:
    """The runs of a field: begin, instruction, then separate and result when it has one,
    then end unless the result runs on over paragraphs (a TOC), closed by _field_end."""
    xml = [
        '<w:fldChar w:fldCharType="begin"/>',
        f'<w:instrText xml:space="preserve"> {escape(xml_text(instruction))} </w:instrText>',
    ]
    if result is not None:
        xml += ['<w:fldChar w:fldCharType="separate"/>', f"<w:t>{result}</w:t>" if result else ""]
    runs = [parse_xml(f"<w:r {nsdecls('w')}>{x}</w:r>") for x in xml if x]
    return runs + (_field_end() if close else [])


def _field_end() -> list:
    return [parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')]


def _footer_paragraph(footer, first: bool) -> DocxParagraph:
    paragraph = footer.paragraphs[0] if first else footer.add_paragraph()
    paragraph.style = "Footer"
    fmt = paragraph.paragraph_format
    fmt.tab_stops.clear_all()
    fmt.tab_stops.add_tab_stop(TEXT_WIDTH // 2, WD_TAB_ALIGNMENT.CENTER)
    fmt.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    fmt.space_after = Pt(0)
    return paragraph


def _write_footer(section, footer: Footer, language: str = "en") -> None:
    """Two lines like a Council footer: number, initials, page X of Y / directorate, marking, EN."""
    section_footer = section.footer
    section_footer.is_linked_to_previous = False
    for paragraph in section_footer.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    first = _footer_paragraph(section_footer, first=True)
    for run in list(first.runs):
        run._r.getparent().remove(run._r)
    _bottom_rule_above(first)
    first.add_run(f"{footer.number or ''}\t")
    first.add_run(footer.initials or "")
    before, between, after = i18n.page_of(language)
    first.add_run(f"\t{before}")
    _field_runs(first, "PAGE", "1")
    first.add_run(between)
    _field_runs(first, "NUMPAGES", "1")
    if after:
        first.add_run(after)
    second = _footer_paragraph(section_footer, first=False)
    second.add_run(f"{footer.directorate or ''}\t")
    second.add_run(footer.marking or "").bold = True
    second.add_run(f"\t{footer.language}")
    if footer.extra:
        _footer_paragraph(section_footer, first=False).add_run(footer.extra)


def _bottom_rule_above(paragraph: DocxParagraph) -> None:
    _rule(paragraph, "top", 4)


def _utc_naive(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment


def _set_core_properties(document: docx.document.Document, doc: Document) -> None:
    props = document.core_properties
    meta = doc.metadata
    # Word keeps at most 255 characters per core property: shortened here, and only here;
    # the body keeps the full title and subject
    props.title = fitting_property(meta.title)
    props.subject = fitting_property(meta.subject or "")
    props.keywords = ", ".join(fitting_keywords(meta.keywords))
    props.author = fitting_property(meta.author)
    props.last_modified_by = fitting_property(meta.author)
    props.comments = ""
    props.category = doc.kind
    props.language = meta.language
    props.revision = 1
    created = _utc_naive(meta.created)
    props.created = props.modified = props.last_printed = created


#: Word's limit on the length of a core property (title, subject, keywords, author).
CORE_PROPERTY_LIMIT = 255


def fitting_property(text: str | None, limit: int = CORE_PROPERTY_LIMIT) -> str:
    """`text` cut at a word boundary with "…" when it is over Word's core-property limit."""
    text = text or ""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:-") + "…"


def fitting_keywords(codes: list[str], limit: int = 255) -> list[str]:
    """The leading keywords whose ", "-joined text fits Word's core-property limit (255)."""
    kept: list[str] = []
    for code in codes:
        if len(", ".join([*kept, code])) > limit:
            break
        kept.append(code)
    return kept


# --- DRAFT mark --------------------------------------------------------------------------

_VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
# Word's own text-watermark shape type (136, "text on a straight path")
_TEXT_SHAPETYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    + "".join(
        f'<v:f eqn="{eqn}"/>'
        for eqn in (
            "sum #0 0 10800",
            "prod #0 2 1",
            "sum 21600 0 @1",
            "sum 0 0 @2",
            "sum 21600 0 @3",
            "if @0 @3 0",
            "if @0 21600 @1",
            "if @0 0 @2",
            "if @0 @4 21600",
            "mid @5 @6",
            "mid @8 @5",
            "mid @7 @8",
            "mid @6 @7",
            "sum @6 0 @5",
        )
    )
    + '</v:formulas><v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
)


def write_draft_mark(section) -> None:
    """DRAFT across every page: a text watermark in the section's header, as Word makes one."""
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    run = paragraph.add_run()
    run._r.append(
        parse_xml(
            f"<w:pict {nsdecls('w')} {_VML}>{_TEXT_SHAPETYPE}"
            '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s1025" type="#_x0000_t136" '
            'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;'
            "rotation:315;z-index:-251657216;mso-position-horizontal:center;"
            "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
            'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" '
            'stroked="f"><v:fill opacity=".5"/>'
            '<v:textpath style="font-family:&quot;Liberation Serif&quot;;font-size:1pt" '
            'string="DRAFT"/></v:shape></w:pict>'
        )
    )


# --- document defaults and package parts ---------------------------------------------------


def word_language(language: str) -> str:
    """The w:lang tag of a brief's language: British English for "en", else the usual region."""
    from babel.core import get_global

    if language == "en":
        return "en-GB"
    likely = get_global("likely_subtags").get(language, language)
    parts = likely.split("_")
    return f"{parts[0]}-{parts[-1]}" if len(parts) > 1 else language


def set_document_defaults(document: docx.document.Document, language: str) -> None:
    """The text language (w:lang) and widow/orphan control for every paragraph, by default."""
    tag = word_language(language)
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults", first=True)
    rpr = _child(_child(defaults, "w:rPrDefault", first=True), "w:rPr")
    # w:lang comes late in w:rPr; only eastAsianLayout etc. follow
    _child(rpr, "w:lang").set(qn("w:val"), tag)
    _child(_child(defaults, "w:pPrDefault"), "w:pPr").get_or_add_widowControl()
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), tag)


def _child(parent, tag: str, first: bool = False):
    """`parent`'s `tag` child, added (first or last) when it has none."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


_FONT_FAMILIES = {"Symbol": "decorative"}
#: What Word may substitute for a font it lacks (a metric-compatible one).
_FONT_ALTERNATIVES = {"Liberation Serif": "Times New Roman", "Liberation Sans": "Arial"}


def fonts_named(document: docx.document.Document) -> list[str]:
    """The fonts named by the body, headers, footers, and the styles and numbering they use."""
    parts = [document.element]
    for section in document.sections:
        parts += [section.header._element, section.footer._element]
    elements = [*parts, *_styles_in_use(document, parts), *_numbering_in_use(document)]
    names: set[str] = set()
    attrs = [qn(f"w:{a}") for a in ("ascii", "hAnsi", "cs", "eastAsia")]
    for element in elements:
        for fonts in element.iter(qn("w:rFonts")):
            names.update(fonts.get(a) for a in attrs if fonts.get(a))
        for textpath in element.iter("{urn:schemas-microsoft-com:vml}textpath"):
            match = re.search(r'font-family:"?([^";]+)"?', textpath.get("style", ""))
            if match:
                names.add(match[1])
    return sorted(names)


def _styles_in_use(document: docx.document.Document, parts: list) -> list:
    """The style definitions the parts point at, their base styles, and the defaults."""
    styles = document.styles.element
    by_id = {style.get(qn("w:styleId")): style for style in styles.findall(qn("w:style"))}
    wanted = {"FootnoteText", "FootnoteReference"}  # the footnotes part uses these
    wanted |= {s.get(qn("w:styleId")) for s in by_id.values() if s.get(qn("w:default")) == "1"}
    for part in parts:
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            wanted |= {el.get(qn("w:val")) for el in part.iter(qn(tag))}
    found: list = [d for d in styles.findall(qn("w:docDefaults"))]
    while wanted:
        style = by_id.pop(wanted.pop(), None)
        if style is None:
            continue
        found.append(style)
        for link in (style.find(qn("w:basedOn")), style.find(qn("w:link"))):
            if link is not None:
                wanted.add(link.get(qn("w:val")))
    return found


def _numbering_in_use(document: docx.document.Document) -> list:
    """The abstract numbering definitions the body's paragraphs point at."""
    used = {el.get(qn("w:val")) for el in document.element.body.iter(qn("w:numId"))}
    numbering = document.part.numbering_part.element
    abstract_ids = {
        num.find(qn("w:abstractNumId")).get(qn("w:val"))
        for num in numbering.findall(qn("w:num"))
        if num.get(qn("w:numId")) in used
    }
    return [
        abstract
        for abstract in numbering.findall(qn("w:abstractNum"))
        if abstract.get(qn("w:abstractNumId")) in abstract_ids
    ]


def _font_table_xml(names: list[str]) -> bytes:
    fonts = "".join(
        f'<w:font w:name="{escape(name, {chr(34): "&quot;"})}">'
        + (f'<w:altName w:val="{_FONT_ALTERNATIVES[name]}"/>' if name in _FONT_ALTERNATIVES else "")
        + ('<w:charset w:val="02"/>' if name == "Symbol" else '<w:charset w:val="00"/>')
        + f'<w:family w:val="{_FONT_FAMILIES.get(name, "roman")}"/>'
        + '<w:pitch w:val="variable"/></w:font>'
        for name in names
    )
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f"<w:fonts {nsdecls('w')}>{fonts}</w:fonts>"
    ).encode()


_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>packgen</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def set_package_parts(document: docx.document.Document) -> None:
    """fontTable.xml naming the fonts used, and app.xml naming packgen as the application."""
    blob = _font_table_xml(fonts_named(document))
    main = document.part
    for rel in main.rels.values():
        if rel.reltype == RT.FONT_TABLE:
            rel.target_part._blob = blob
            break
    else:
        part = Part(PackURI("/word/fontTable.xml"), FONT_TABLE_CT, blob, main.package)
        main.relate_to(part, RT.FONT_TABLE)
    package = main.package
    for rel in package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML
            return
    part = Part(PackURI("/docProps/app.xml"), APP_CT, _APP_XML, package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)
