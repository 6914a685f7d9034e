"""DOCX reader: .docx bytes in, Blocks out (body paragraphs and table rows in document order)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from packgen.blocks import SourceBlock, italic_spans
from packgen.errors import InputError

#: Refuse archives that would inflate beyond this (a zip bomb named .docx).
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024

_HEADING_STYLE = re.compile(r"^(?:Heading|Titre|Überschrift)\s*(\d)$", re.IGNORECASE)


def read_docx(data: bytes, path: Path) -> list[SourceBlock]:
    """Walk the body XML (w:p and w:tbl) in order; page headers and footers are not read."""
    document = _open(data, path)
    try:
        return _walk(document)
    except Exception as exc:  # malformed parts surface only when walked
        raise InputError(path, f"not a valid DOCX file ({_reason(exc)})") from None


def _walk(document) -> list[SourceBlock]:
    blocks: list[SourceBlock] = []
    numbering = _Numbering(document, _Styles(document))
    for element in _body_elements(document.element.body):
        if element.tag == _w("p"):
            block = _paragraph_block(element, document, numbering)
        else:
            blocks.extend(_table_blocks(element, document, numbering))
            continue
        if block is not None:
            blocks.append(block)
    return blocks


def _open(data: bytes, path: Path):
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
            if "word/document.xml" not in archive.namelist():
                raise InputError(path, "not a valid DOCX file (a zip archive without a Word body)")
    except zipfile.BadZipFile:
        raise InputError(path, "not a valid DOCX file (not a zip archive)") from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise InputError(path, "not a valid DOCX file (unpacks to more than 200 MB)")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise InputError(path, f"not a valid DOCX file ({_reason(exc)})") from None


def _reason(exc: Exception) -> str:
    message = " ".join(str(exc).split())
    if "is not a Word file" in message:
        return "the package holds no Word document"
    return f"its Word parts cannot be read: {type(exc).__name__}"


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(f"w:{tag}")


def _body_elements(parent) -> Iterator:
    """Paragraphs and tables in order, looking inside content controls (w:sdt)."""
    for child in parent.iterchildren():
        if child.tag in (_w("p"), _w("tbl")):
            yield child
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                yield from _body_elements(content)


def _paragraph_block(element, document, numbering: _Numbering) -> SourceBlock | None:
    from docx.text.paragraph import Paragraph

    paragraph = Paragraph(element, document._body)
    styles = numbering.styles
    pieces = list(_styled_pieces(paragraph, styles))
    text = _clean("".join(text for text, _, _ in pieces))
    if not text:
        return SourceBlock(text="", kind="rule") if _has_bottom_border(element) else None
    label = numbering.label(paragraph)
    if label:
        text = f"{label} {text}"
    visible = [bold for piece, _, bold in pieces if piece.strip()]
    level = _heading_level(styles.of_paragraph(paragraph))
    return SourceBlock(
        text=text,
        kind="heading" if level else "paragraph",
        italic=italic_spans((text, italic) for text, italic, _ in pieces),
        bold=bool(visible) and all(visible),
        level=level,
    )


def _styled_pieces(paragraph, styles: _Styles) -> Iterator[tuple[str, bool, bool]]:
    """(text, italic, bold) per run in order: inside links, fields and tracked insertions too."""
    from docx.text.run import Run

    for element in paragraph._p.iter(_w("r")):
        if _hidden(element, paragraph._p):
            continue
        run = Run(element, paragraph)
        text = run.text
        if text:
            italic = _effective(run, paragraph, "italic", styles)
            yield text, italic, _effective(run, paragraph, "bold", styles)


def _hidden(run, paragraph) -> bool:
    """Deleted (tracked) text, and text boxes floating outside the reading order."""
    skipped = {_w("del"), _w("moveFrom"), _w("txbxContent")}
    parent = run.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag in skipped:
            return True
        parent = parent.getparent()
    return False


def _effective(run, paragraph, attribute: str, styles: _Styles) -> bool:
    """A run's own setting, else its character style's, else the paragraph style chain's."""
    value = getattr(run.font, attribute)
    if value is not None:
        return bool(value)
    for style in (styles.of_run(run), styles.of_paragraph(paragraph)):
        inherited = styles.inherited(style, attribute)
        if inherited is not None:
            return bool(inherited)
    return False


class _Styles:
    """The document's styles, each looked up once.

    python-docx finds a paragraph's or a run's default style by scanning every style of the
    document, on each lookup; a style's inherited setting walks its chain each time. Both
    were most of the time a DOCX took to read (benchmarks/bench_read.py).
    """

    def __init__(self, document) -> None:
        self.part = document.part
        self.found: dict[tuple[str | None, object], object] = {}
        self.settings: dict[tuple[object, str], bool | None] = {}

    def of_paragraph(self, paragraph):
        from docx.enum.style import WD_STYLE_TYPE

        return self._get(paragraph._p.style, WD_STYLE_TYPE.PARAGRAPH)

    def of_run(self, run):
        from docx.enum.style import WD_STYLE_TYPE

        return self._get(run._r.style, WD_STYLE_TYPE.CHARACTER)

    def _get(self, style_id: str | None, kind: object):
        if (style_id, kind) not in self.found:
            self.found[(style_id, kind)] = self.part.get_style(style_id, kind)
        return self.found[(style_id, kind)]

    def inherited(self, style, attribute: str) -> bool | None:
        """The first setting of `attribute` up the style's chain (None: set nowhere)."""
        if style is None:
            return None
        key = (style.element, attribute)  # (the element held, so its identity stays its own)
        if key not in self.settings:
            value, current = None, style
            while current is not None and value is None:
                value = getattr(current.font, attribute, None)
                current = current.base_style
            self.settings[key] = value
        return self.settings[key]


def _heading_level(style) -> int:
    name = style.name if style is not None else ""
    match = _HEADING_STYLE.match(name or "")
    if match:
        return int(match.group(1))
    return 1 if name == "Title" else 0


def _has_bottom_border(element) -> bool:
    properties = element.pPr
    borders = properties.find(_w("pBdr")) if properties is not None else None
    return borders is not None and borders.find(_w("bottom")) is not None


def _table_blocks(table, document, numbering: _Numbering) -> Iterator[SourceBlock]:
    """One "row" block per table row: cells joined by "\\t", a cell's paragraphs by "\\n"."""
    for row in table.iterchildren(_w("tr")):
        cells: list[str] = []
        italic: list[str] = []
        bold: list[bool] = []
        for cell in row.iterchildren(_w("tc")):
            paragraphs = [
                block
                for element in _cell_paragraphs(cell)
                if (block := _paragraph_block(element, document, numbering)) is not None
                and block.text
            ]
            text = "\n".join(block.text for block in paragraphs)
            if text:
                cells.append(text)
                italic.extend(span for block in paragraphs for span in block.italic)
                bold.extend(block.bold for block in paragraphs)
        if cells:
            yield SourceBlock(
                text="\t".join(cells), kind="row", italic=tuple(italic), bold=all(bold)
            )


def _cell_paragraphs(cell) -> Iterator:
    """A cell's paragraphs, those of nested tables included, in order."""
    for element in _body_elements(cell):
        if element.tag == _w("p"):
            yield element
        else:
            for row in element.iterchildren(_w("tr")):
                for nested in row.iterchildren(_w("tc")):
                    yield from _cell_paragraphs(nested)


class _Numbering:
    """Word's automatic list labels ("1.", "a)"), which live in numbering.xml, not in the text."""

    def __init__(self, document, styles: _Styles) -> None:
        self.styles = styles
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int | None]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for definition in root.iterchildren(_w("abstractNum")):
            abstract[definition.get(_w("abstractNumId"))] = {
                int(level.get(_w("ilvl"), "0")): (
                    _val(level, "numFmt", "decimal"),
                    _val(level, "lvlText", ""),
                    int(_val(level, "start", "1")),
                )
                for level in definition.iterchildren(_w("lvl"))
            }
        for num in root.iterchildren(_w("num")):
            levels = dict(abstract.get(_val(num, "abstractNumId", ""), {}))
            for override in num.iterchildren(_w("lvlOverride")):
                ilvl = int(override.get(_w("ilvl"), "0"))
                start = _val(override, "startOverride", "")
                if start and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start))
            for ilvl, level in levels.items():
                self.levels[(num.get(_w("numId")), ilvl)] = level

    def label(self, paragraph) -> str:
        num_id, ilvl = _num_properties(paragraph, self.styles.of_paragraph(paragraph))
        if num_id is None or (num_id, ilvl) not in self.levels:
            return ""
        counters = self.counters.setdefault(num_id, [None] * 9)
        start = self.levels[(num_id, ilvl)][2]
        counters[ilvl] = start if counters[ilvl] is None else counters[ilvl] + 1
        counters[ilvl + 1 :] = [None] * (8 - ilvl)  # a deeper list restarts under a new item
        fmt, text, _ = self.levels[(num_id, ilvl)]
        if fmt == "bullet":
            return "•"
        for level in range(ilvl + 1):
            value = counters[level] or self.levels.get((num_id, level), ("", "", 1))[2]
            level_fmt = self.levels.get((num_id, level), ("decimal", "", 1))[0]
            text = text.replace(f"%{level + 1}", _format_number(value, level_fmt))
        return text.strip()


def _val(element, tag: str, default: str) -> str:
    child = element.find(_w(tag))
    value = child.get(_w("val")) if child is not None else None
    return value if value is not None else default


def _num_properties(paragraph, style) -> tuple[str | None, int]:
    """numId and level from the paragraph, else from its style (`style`) chain."""
    properties = paragraph._p.pPr
    num_pr = properties.find(_w("numPr")) if properties is not None else None
    while num_pr is None and style is not None:
        style_properties = style.element.pPr
        if style_properties is not None:
            num_pr = style_properties.find(_w("numPr"))
        style = style.base_style
    if num_pr is None:
        return None, 0
    num_id = _val(num_pr, "numId", "0")
    return (None if num_id == "0" else num_id), min(int(_val(num_pr, "ilvl", "0")), 8)


def _format_number(value: int, fmt: str) -> str:
    if fmt in {"lowerLetter", "upperLetter"}:
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in {"lowerRoman", "upperRoman"}:
        roman = roman_numeral(value)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "none":
        return ""
    return str(value)


def roman_numeral(value: int) -> str:
    """1 -> "I", 14 -> "XIV" (Word's upperRoman numbering; the extractor's Roman headings)."""
    numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC")]
    numerals += [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for number, letters in numerals:
        count, value = divmod(value, number)
        out += letters * count
    return out


def _clean(text: str) -> str:
    """Spaces collapsed per line; tabs and line breaks kept, as the text reader does."""
    lines = []
    for line in text.replace("\r", "\n").split("\n"):
        if "\t" in line:
            lines.append("\t".join(" ".join(cell.split()) for cell in line.split("\t")).strip())
        else:
            lines.append(" ".join(line.split()))
    return "\n".join(line for line in lines if line).strip()
