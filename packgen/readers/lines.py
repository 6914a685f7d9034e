"""Marking lines: a file's bytes in, every line of text it holds (with where it was found) out.

The marking scan must see what the block readers leave out on purpose: running
headers and footers of every page, DOCX header, footer, footnote and comment
parts, text boxes, document properties, PDF metadata and XMP, and the release
stamp set up the margin of the first page. Nothing here judges a marking; that
is packgen.marking's job.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from packgen.marking import LABEL_LINE, Line, text_lines

#: Rotated text within this fraction of the page width from either edge is a margin stamp.
STAMP_MARGIN = 0.2
#: Horizontal lines of the first page above this fraction of its height are in the stamp zone.
STAMP_TOP = 0.2

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_TAGS = (f"{_W}t", f"{_W}delText", f"{_W}instrText")
_SPACE_TAGS = (f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}ptab")
_XML_PARTS = re.compile(r"^(?:word|docProps|customXml)/.*\.xml$")
_TAGS = re.compile(rb"<[^>]*>")


def text_file_lines(text: str) -> list[Line]:
    """Every non-blank line of a text file; its top (up to the From/Subject labels) is the
    stamp zone."""
    return text_lines(text)


# ---------------------------------------------------------------- DOCX


def docx_lines(data: bytes) -> list[Line]:
    """Paragraphs of every Word part (body, headers, footers, notes, comments, text boxes,
    tables) and every text node of the document properties and custom XML."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    out: list[Line] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = sorted(
            (n for n in archive.namelist() if _XML_PARTS.match(n)),
            key=lambda n: (n != "word/document.xml", n),
        )
        for name in names:
            try:
                root = etree.fromstring(archive.read(name), parser)
            except etree.XMLSyntaxError:
                continue  # the block reader has already judged the body; a foreign part is noise
            if root is None:
                continue
            if name.startswith("word/"):
                paragraphs = list(_paragraph_texts(root))
                if name == "word/document.xml":
                    out.extend(text_lines("\n".join(paragraphs), part=name))
                else:
                    out.extend(
                        Line(text, f"{name}, paragraph {n}")
                        for n, text in enumerate(paragraphs, 1)
                        if text.strip()
                    )
            else:
                out.extend(_node_lines(root, name))
    return out


def _paragraph_texts(root) -> Iterator[str]:
    """Each w:p's own text (deleted and field text included), text boxes as their own paragraphs."""
    for paragraph in root.iter(f"{_W}p"):
        pieces = []
        for node in paragraph.iter(*_TEXT_TAGS, *_SPACE_TAGS):
            if _owner(node) is not paragraph:
                continue
            # a tab or a break separates words on the page: "JAI.1<tab>LIMITE<tab>EN"
            pieces.append(" " if node.tag in _SPACE_TAGS else node.text or "")
        yield " ".join("".join(pieces).split())


def _owner(node):
    parent = node.getparent()
    while parent is not None and parent.tag != f"{_W}p":
        parent = parent.getparent()
    return parent


def _node_lines(root, name: str) -> Iterator[Line]:
    for element in root.iter():
        texts = [element.text, *(v for v in element.attrib.values())]
        for text in texts:
            if text and text.strip():
                tag = element.tag.split("}")[-1] if isinstance(element.tag, str) else "node"
                yield Line(text, f"{name} <{tag}>")


# ---------------------------------------------------------------- PDF


def pdf_lines(
    data: bytes,
    page_lines: list[tuple[int, float, str]],
    first_page_rotated: tuple[float, list[dict]],
) -> list[Line]:
    """Every rebuilt line of every page (running lines included), the first page's margin
    stamps, and the document's metadata and XMP.

    `page_lines` are (page index, top as a fraction of the page height, text) as the PDF
    reader rebuilt them, before it dropped running headers and footers;
    `first_page_rotated` the first page's width and rotated characters as it found them (one
    parse of the page serves both).
    """
    out: list[Line] = []
    first_page = [(top, text) for page, top, text in page_lines if page == 0]
    zone = True
    for number, (top, text) in enumerate(first_page, 1):
        if zone and (number > 15 or LABEL_LINE.match(text)):
            zone = False
        out.append(Line(text, _pdf_where(0, number, top), zone or top < STAMP_TOP))
    out.extend(_margin_stamps(first_page_rotated))
    counters: dict[int, int] = {}
    for page, top, text in page_lines:
        if page == 0:
            continue
        counters[page] = counters.get(page, 0) + 1
        out.append(Line(text, _pdf_where(page, counters[page], top)))
    out.extend(_metadata_lines(data))
    return out


def _pdf_where(page: int, line: int, top: float) -> str:
    band = " (page header)" if top < 0.15 else " (page footer)" if top > 0.85 else ""
    return f"page {page + 1}, line {line}{band}"


def _margin_stamps(first_page: tuple[float, list[dict]]) -> list[Line]:
    """Rotated text in the side margins of the first page, one line per column, in order;
    rotated text anywhere else (a table cell, a later page) is not a stamp."""
    width, chars = first_page
    if not chars:
        return []
    columns: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: c["x0"]):
        if columns and abs(char["x0"] - columns[-1][-1]["x0"]) <= 2.0:
            columns[-1].append(char)
        else:
            columns.append([char])
    lines = []
    for column in columns:
        centre = (column[0]["x0"] + column[0]["x1"]) / 2 / width
        upward = column[0].get("matrix", (0, 1))[1] > 0
        ordered = sorted(column, key=lambda c: -c["bottom"] if upward else c["top"])
        text = _spaced(ordered, upward)
        in_margin = centre < STAMP_MARGIN or centre > 1 - STAMP_MARGIN
        lines.append(Line(text, "page 1, margin stamp", in_margin))
    return lines


def _spaced(chars: list[dict], upward: bool) -> str:
    text, previous = "", None
    for char in chars:
        if previous is not None:
            gap = (
                (previous["top"] - char["bottom"]) if upward else (char["top"] - previous["bottom"])
            )
            if gap > 0.15 * max(char["x1"] - char["x0"], 1.0):
                text += " "
        text += char["text"]
        previous = char
    return text


def _metadata_lines(data: bytes) -> list[Line]:
    """The info dictionary's values and the XMP packet's text, as lines."""
    import pypdf

    out: list[Line] = []
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        info = reader.metadata or {}
        for key, value in info.items():
            out.append(Line(str(value), f"PDF metadata {key}"))
        xmp = reader.trailer["/Root"].get("/Metadata")
        raw = xmp.get_object().get_data() if xmp is not None else b""
    except Exception:
        return out
    for number, chunk in enumerate(_TAGS.split(raw[: 4 * 1024 * 1024]), 1):
        text = chunk.decode("utf-8", errors="replace").strip()
        if text:
            out.append(Line(text, f"PDF XMP metadata, text {number}"))
    return out
