"""Accent colour and font in, styles/reference.docx out: the named Word styles write_docx uses.

Run `python -m packgen.writers.reference [OUT]` to regenerate the base file; a
presidency template set generates its own copy with its accent colour.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Pt, RGBColor
from docx.styles.style import BaseStyle

from packgen import bundled
from packgen.atomic import write_atomic
from packgen.style import ACCENT, FONT, LINK, TYPE_SCALE

DEFAULT_OUT = bundled.styles_dir() / "reference.docx"
#: Zip entries are stamped with this time so that the same input gives the same bytes.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
REFERENCE_CREATED = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)

SIZE = TYPE_SCALE
# name -> (base style, size pt, bold, italic, alignment, space after pt)
PARAGRAPH_STYLES: dict[str, tuple[str, float, bool, bool, str, float]] = {
    "Council Institution": ("Normal", SIZE["institution"], False, False, "left", 0),
    "Council PlaceDate": ("Normal", SIZE["body"], False, False, "left", 0),
    "Council Number": ("Normal", SIZE["number"], False, False, "left", 4),
    "Council Marking": ("Normal", SIZE["marking"], True, False, "left", 0),
    "Council Codes": ("Normal", SIZE["codes"], False, False, "left", 0),
    "Council DocType": ("Normal", SIZE["doctype"], True, False, "left", 8),
    "Council Grid Label": ("Normal", SIZE["grid"], False, False, "left", 3),
    "Council Grid Text": ("Normal", SIZE["grid"], False, False, "left", 3),
    "Council Centered": ("Normal", SIZE["body"], False, False, "center", 6),
    "Council Separator": ("Normal", SIZE["body"], False, False, "center", 10),
    "Council Note": ("Normal", SIZE["note"], False, True, "justify", 6),
    "Council Numbered": ("Normal", SIZE["body"], False, False, "justify", 6),
    "Council Letterhead": ("Normal", SIZE["letterhead"], False, False, "left", 0),
    "Footnote Text": ("Normal", SIZE["footnote"], False, False, "left", 0),
}
SPACE_BEFORE = {"Council Number": 12, "Council DocType": 14}
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a DOCX zip with fixed timestamps, [Content_Types].xml first, the rest sorted."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = sorted(source.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()


def _font(style: BaseStyle, font: str) -> None:
    """Set the font on every script slot so Word does not fall back to the theme font."""
    style.font.name = font
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(docx.oxml.ns.qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(docx.oxml.ns.qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(docx.oxml.ns.qn(attr), None)


def _paragraph_style(document, name: str, spec, font: str):
    base, size, bold, italic, align, after = spec
    styles = document.styles
    style = (
        styles[name]
        if name in [s.name for s in styles]
        else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    )
    style.base_style = styles[base]
    style.quick_style = True
    _font(style, font)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    style.paragraph_format.alignment = _ALIGN[align]
    style.paragraph_format.space_after = Pt(after)
    style.paragraph_format.space_before = Pt(SPACE_BEFORE.get(name, 0))
    return style


def _character_style(document, name: str, font: str):
    styles = document.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    style.font.name = font
    return style


def _restyle_builtins(document, accent: str, font: str) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _font(normal, font)
    normal.font.size = Pt(SIZE["body"])
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    # (name, size, bold, italic, underline, space before): the same ladder as brief.css h1-h4
    headings = (
        ("Heading 1", SIZE["h1"], True, False, False, 14),
        ("Heading 2", SIZE["h2"], True, True, False, 10),
        ("Heading 3", SIZE["h3"], False, False, True, 8),
        ("Heading 4", SIZE["h4"], False, True, False, 6),
    )
    for name, size, bold, italic, underline, before in headings:
        heading = styles[name]
        _font(heading, font)
        heading.font.size = Pt(size)
        heading.font.bold = bold
        heading.font.italic = italic
        heading.font.underline = underline
        heading.font.color.rgb = RGBColor(0, 0, 0)
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(6)
        heading.paragraph_format.keep_with_next = True
    for name, size in (("Title", SIZE["title"]), ("Subtitle", SIZE["subtitle"])):
        style = styles[name]
        _font(style, font)
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        style.paragraph_format.space_after = Pt(6)
        _drop_border(style)
        _drop_character_spacing(style)
    for name in ("List Bullet", "List Number", "Footer"):
        _font(styles[name], font)
    styles["Footer"].font.size = Pt(SIZE["footer"])
    for name in (
        "Heading 1 Char",
        "Heading 2 Char",
        "Heading 3 Char",
        "Title Char",
        "Subtitle Char",
    ):
        if name in [s.name for s in styles]:
            _font(styles[name], font)
    letterhead = styles["Council Letterhead"]
    letterhead.font.color.rgb = rgb(accent)
    hyperlink = _character_style(document, "Hyperlink", font)
    hyperlink.font.color.rgb = rgb(LINK)
    hyperlink.font.underline = True
    reference = _character_style(document, "Footnote Reference", font)
    reference.font.superscript = True


def _drop_border(style) -> None:
    """The default Title style carries a coloured bottom border; Council titles have none."""
    ppr = style.element.pPr
    if ppr is not None:
        for border in ppr.findall(docx.oxml.ns.qn("w:pBdr")):
            ppr.remove(border)


def _drop_character_spacing(style) -> None:
    """The stock Subtitle/Title styles are letter-spaced and themed; Council ones are plain."""
    rpr = style.element.rPr
    if rpr is not None:
        for tag in ("w:spacing", "w:kern", "w:color"):
            for el in rpr.findall(docx.oxml.ns.qn(tag)):
                rpr.remove(el)


def _drop_thumbnail(document) -> None:
    """The stock template ships a thumbnail of someone else's document."""
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rid)


def reference_docx_bytes(accent: str = ACCENT, font: str = FONT) -> bytes:
    """The reference document as bytes (deterministic)."""
    document = docx.Document()
    for name, spec in PARAGRAPH_STYLES.items():
        _paragraph_style(document, name, spec, font)
    _restyle_builtins(document, accent, font)
    _drop_thumbnail(document)
    body = document.element.body
    for child in list(body):
        if child.tag != docx.oxml.ns.qn("w:sectPr"):
            body.remove(child)
    props = document.core_properties
    props.title = "packgen reference styles"
    props.author = "packgen"
    props.last_modified_by = "packgen"
    props.comments = "Named styles for packgen DOCX output; edit styles, not text."
    props.keywords = ""
    props.subject = ""
    props.revision = 1
    props.created = props.modified = REFERENCE_CREATED.replace(tzinfo=None)
    props.last_printed = REFERENCE_CREATED.replace(tzinfo=None)
    out = io.BytesIO()
    document.save(out)
    return normalise_zip(out.getvalue())


def build_reference_docx(out: Path, accent: str = ACCENT, font: str = FONT) -> Path:
    """Write the reference document to `out` (atomically) and return its path."""
    out = Path(out)
    write_atomic(out, reference_docx_bytes(accent, font))
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = build_reference_docx(Path(args[0]) if args else DEFAULT_OUT)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
