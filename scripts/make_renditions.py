"""Outcome .txt files in, DOCX and PDF renditions out, laid out like Council register documents.

The renditions exercise the DOCX and PDF readers: a header block (a borderless
table in DOCX), italic run-ins, and a running footer on every page (document
number, drafter's initials, page number, directorate code, marking, language)
that lands in the middle of paragraphs broken across pages.

    python scripts/make_renditions.py [TXT...] [--out DIR]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

from docx import Document as new_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from packgen.blocks import Block  # noqa: E402
from packgen.errors import InputError  # noqa: E402
from packgen.readers import read_blocks  # noqa: E402

DEFAULT_SOURCES = ROOT / "seeds" / "outcomes"

#: The footer of a Council document; every key can be overridden per rendition.
DEFAULT_FOOTER: dict[str, object] = {
    "number": None,  # None: the document number found in the header block
    "initials": "ACA/mr",
    "directorate": "JAI.1",
    "marking": "LIMITE",
    "language": "EN",
    "pages": "n",  # "n" prints "3"; "n/N" prints "3/7"
    "lines": 2,  # 2: number/initials/page over directorate/marking/language; 1: all on one line
    "header": None,  # a running page header ("ANNEX"), PDF only
    "stamp": None,  # a release stamp printed up the left margin of every page, PDF only
}

_NUMBER = re.compile(r"^\d{1,6}/(?:\d+/)?\d{2}(?: (?:REV|ADD|COR) \d+)*$")
_LABEL_LINE = re.compile(
    r"^(From|To|No\. prev\. doc\.|No\. Cion doc\.|Subject|Summary)\s*:[ \t]*(.*)$"
)
_NUMBERED = re.compile(r"^(?:\d{1,2}\.|[a-z]\))\s")


def write_docx_rendition(txt: Path, out: Path, footer: dict | None = None) -> Path:
    """Render the blocks of `txt` as a Council-looking DOCX at `out`."""
    blocks = read_blocks(Path(txt))
    settings = _footer_settings(blocks, footer)
    header, body = _split_header(blocks)
    doc = new_docx()
    _set_page(doc)
    if header:
        _docx_header_table(doc, header)
    for block in body:
        _docx_block(doc, block)
    _docx_footer(doc, settings)
    doc.core_properties.author = "packgen renditions"
    doc.core_properties.title = settings["number"] or Path(txt).stem
    return _atomic_write(Path(out), lambda target: doc.save(str(target)))


def write_pdf_rendition(txt: Path, out: Path, footer: dict | None = None) -> Path:
    """Render the blocks of `txt` as a Council-looking PDF at `out` (WeasyPrint)."""
    with warnings.catch_warnings():
        # Some system builds lack libharfbuzz-subset; WeasyPrint 70 only warns about it.
        warnings.filterwarnings("ignore", "HarfBuzz-Subset", DeprecationWarning)
        from weasyprint import HTML

    blocks = read_blocks(Path(txt))
    settings = _footer_settings(blocks, footer)
    header, body = _split_header(blocks)
    page = _html_page(header, body, settings)
    document = HTML(string=page, url_fetcher=_refuse_urls)
    return _atomic_write(Path(out), lambda target: document.write_pdf(str(target)))


def _atomic_write(out: Path, write) -> Path:
    """Write through a temporary file so a failure never leaves a partial rendition."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    try:
        write(partial)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def _refuse_urls(url: str, *args: object, **kwargs: object) -> dict:
    # The page is built from escaped text only: nothing may be fetched.
    raise ValueError(f"renditions fetch nothing ({url})")


def _footer_settings(blocks: list[Block], footer: dict | None) -> dict:
    settings = dict(DEFAULT_FOOTER)
    settings.update(footer or {})
    if not settings["number"]:
        settings["number"] = next(
            (b.text for b in blocks[:8] if _NUMBER.match(b.text.strip())), "0000/00"
        )
    return settings


def _split_header(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """The header block runs to the Subject line (and a rule right after it)."""
    for index, block in enumerate(blocks[:15]):
        if any(line.startswith("Subject") for line in block.text.split("\n")):
            end = index + 1
            if end < len(blocks) and blocks[end].kind == "rule":
                end += 1
            return blocks[:end], blocks[end:]
    return [], blocks


def _header_rows(header: list[Block]) -> Iterator[tuple[list[str], bool]]:
    """(cells, bold) per table row: label lines split into two cells, other blocks whole."""
    for block in header:
        if block.kind == "rule":
            continue
        lines = block.text.split("\n")
        matches = [_LABEL_LINE.match(line) for line in lines]
        if all(matches):
            for match in matches:
                yield [match.group(1) + ":", match.group(2).strip()], False
        else:
            yield [block.text], block.bold


def _italic_pieces(block: Block) -> list[tuple[str, bool]]:
    """The block text cut into (text, italic) pieces, finding the italic spans in order."""
    pieces: list[tuple[str, bool]] = []
    rest = block.text
    for span in block.italic:
        at = rest.find(span)
        if at < 0:
            continue
        if at:
            pieces.append((rest[:at], False))
        pieces.append((span, True))
        rest = rest[at + len(span) :]
    if rest:
        pieces.append((rest, False))
    return pieces


def _is_bold(block: Block) -> bool:
    return block.bold or (
        bool(_NUMBERED.match(block.text)) and len(block.text) < 160 and "\n" not in block.text
    )


# ---------------------------------------------------------------- DOCX


def _set_page(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(3)
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    style.paragraph_format.space_after = Pt(6)


def _docx_header_table(doc, header: list[Block]) -> None:
    rows = list(_header_rows(header))
    table = doc.add_table(rows=len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _no_borders(table)
    for row, (cells, bold) in zip(table.rows, rows, strict=True):
        row.cells[0].width, row.cells[1].width = Cm(4), Cm(12)
        if len(cells) == 1:
            row.cells[0].merge(row.cells[1])
        for cell, text in zip(row.cells, cells, strict=False):
            _add_lines(cell.paragraphs[0], text, bold=bold or text == "LIMITE", italic=False)
    doc.add_paragraph()  # Council documents leave air under the header block


def _no_borders(table) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _docx_block(doc, block: Block) -> None:
    if block.kind == "rule":
        _bottom_border(doc.add_paragraph())
        return
    if block.kind == "heading":
        paragraph = doc.add_heading(level=min(max(block.level, 1), 9))
    else:
        paragraph = doc.add_paragraph()
    bold = _is_bold(block)
    for text, italic in _italic_pieces(block):
        _add_lines(paragraph, text, bold=bold, italic=italic)


def _add_lines(paragraph: Paragraph, text: str, bold: bool, italic: bool) -> None:
    """Runs for `text`, its "\n" becoming Word line breaks inside the paragraph."""
    for number, line in enumerate(text.split("\n")):
        if number:
            paragraph.add_run().add_break()
        run = paragraph.add_run(line)
        run.italic = italic or None
        run.bold = bold or None


def _bottom_border(paragraph: Paragraph) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "auto")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _docx_footer(doc, settings: dict) -> None:
    footer = doc.sections[0].footer
    footer.is_linked_to_previous = False
    first = footer.paragraphs[0]
    _tab_stops(first)
    first.add_run(f"{settings['number']}\t{settings['initials']}\t")
    _page_field(first, "PAGE")
    if settings["pages"] == "n/N":
        first.add_run("/")
        _page_field(first, "NUMPAGES")
    second_line = f"{settings['directorate']}\t{settings['marking']}\t{settings['language']}"
    if settings["lines"] == 1:
        first.add_run("\t" + second_line)
    else:
        second = footer.add_paragraph(second_line)
        _tab_stops(second)


def _tab_stops(paragraph: Paragraph) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT

    stops = paragraph.paragraph_format.tab_stops
    stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.CENTER)
    stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)


def _page_field(paragraph: Paragraph, name: str) -> None:
    # python-docx has no field API: write the OOXML begin/instr/separate/end runs.
    for kind, text in (("begin", None), ("instr", f" {name} "), ("separate", None), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        if kind == "separate":
            paragraph.add_run("1")


# ---------------------------------------------------------------- PDF

_CSS = """
@page {
  size: A4; margin: 2.5cm 2.5cm 3cm 2.5cm;
  @bottom-left { content: %(left)s; white-space: pre; font: 9pt "Liberation Serif"; }
  @bottom-center { content: %(center)s; white-space: pre; font: 9pt "Liberation Serif"; }
  @bottom-right { content: %(right)s; white-space: pre; font: 9pt "Liberation Serif"; }
  @top-center { content: %(top)s; font: bold 12pt "Liberation Serif"; }
}
body { font: 12pt/1.3 "Liberation Serif"; text-align: justify; }
p { margin: 0 0 7pt 0; }
h1, h2, h3, h4, h5, h6 { font-size: 12pt; margin: 10pt 0 7pt 0; break-after: avoid; }
table.header { border-collapse: collapse; margin-bottom: 14pt; width: 100%%; }
table.header td { padding: 0 6pt 7pt 0; vertical-align: top; text-align: left; }
table.header td.label { width: 3.5cm; }
hr { border: 0; border-top: 0.75pt solid black; margin: 7pt 0; }
.stamp { position: fixed; left: -1.6cm; top: 12cm; width: 16cm; margin-left: -8cm;
  transform: rotate(-90deg); font: bold 10pt "Liberation Sans"; text-align: center; }
"""


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ") + '"'


def _footer_css(settings: dict) -> dict[str, str]:
    page = 'counter(page) "/" counter(pages)' if settings["pages"] == "n/N" else "counter(page)"
    top = _css_string(str(settings["header"])) if settings["header"] else "none"
    if settings["lines"] == 1:
        return {
            "top": top,
            "left": _css_string(f"{settings['number']}    {settings['initials']}"),
            "center": page,
            "right": _css_string(
                f"{settings['directorate']}    {settings['marking']}    {settings['language']}"
            ),
        }
    return {
        "top": top,
        "left": _css_string(f"{settings['number']}\n{settings['directorate']}"),
        "center": _css_string(f"{settings['initials']}\n{settings['marking']}"),
        "right": f'{page} "\\A {_css_string(str(settings["language"]))[1:]}',
    }


def _html_inline(block: Block) -> str:
    parts = []
    for text, italic in _italic_pieces(block):
        escaped = html.escape(text).replace("\n", "<br>")
        parts.append(f"<i>{escaped}</i>" if italic else escaped)
    inline = "".join(parts)
    return f"<b>{inline}</b>" if _is_bold(block) else inline


def _html_page(header: list[Block], body: list[Block], settings: dict) -> str:
    rows = []
    for cells, bold in _header_rows(header):
        texts = [html.escape(cell).replace("\n", "<br>") for cell in cells]
        texts = [f"<b>{text}</b>" if bold or text == "LIMITE" else text for text in texts]
        if len(texts) == 1:
            rows.append(f'<tr><td colspan="2">{texts[0]}</td></tr>')
        else:
            rows.append(f'<tr><td class="label">{texts[0]}</td><td>{texts[1]}</td></tr>')
    parts = [f'<table class="header">{"".join(rows)}</table>'] if rows else []
    if settings["stamp"]:
        # position: fixed repeats the element on every page, like a stamp on each sheet.
        parts.insert(0, f'<div class="stamp">{html.escape(str(settings["stamp"]))}</div>')
    for block in body:
        if block.kind == "rule":
            parts.append("<hr>")
        elif block.kind == "heading":
            level = min(max(block.level, 1), 6)
            parts.append(f"<h{level}>{_html_inline(block)}</h{level}>")
        else:
            parts.append(f"<p>{_html_inline(block)}</p>")
    css = _CSS % _footer_css(settings)
    title = html.escape(str(settings["number"]))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{css}</style></head><body>{''.join(parts)}</body></html>"
    )


# ---------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, help="outcome .txt files")
    parser.add_argument("--out", type=Path, help="folder for the renditions (default: beside)")
    args = parser.parse_args(argv)
    sources = args.sources or sorted(DEFAULT_SOURCES.glob("*.txt"))
    if not sources:
        print(f"make_renditions: no .txt files given or in {DEFAULT_SOURCES}", file=sys.stderr)
        return 2
    try:
        for source in sources:
            folder = args.out or source.parent
            for suffix, write in ((".docx", write_docx_rendition), (".pdf", write_pdf_rendition)):
                target = folder / (source.stem + suffix)
                write(source, target)
                print(target)
    except InputError as error:
        print(f"make_renditions: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
