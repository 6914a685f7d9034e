"""The house style: page geometry, type scale and colours, in one place.

Both renderings read these values: `packgen.writers.stylesheet` writes them into
`styles/brief.css` (the PDF, through WeasyPrint), and the DOCX writer and
`packgen.writers.reference` (reference.docx) set them on the section and the named
styles. `tests/writers/test_style_agreement.py` reads both back and compares.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """An A4 page and its margins, in millimetres."""

    name: str = "A4"
    width: float = 210
    height: float = 297
    top: float = 25
    right: float = 22
    bottom: float = 28
    left: float = 25
    #: DOCX only: the footer's distance from the bottom edge (the PDF pads its margin box)
    footer_distance: float = 10


PAGE = Page()

#: The accent of letterheads when a Presidency set names none (the European blue).
ACCENT = "#003399"
#: The colour of links.
LINK = "#1f3f93"
#: The body font; the CSS falls back along FONT_STACK when it is not installed.
FONT = "Liberation Serif"
FONT_STACK = f'"{FONT}", "Times New Roman", Tinos, "DejaVu Serif", serif'

#: Font sizes in points, by role. The CSS selector and DOCX style of each role are
#: listed in tests/writers/test_style_agreement.py.
TYPE_SCALE: dict[str, float] = {
    "body": 12,
    "footer": 9,
    "letterhead": 10,
    "letterhead_first": 11,
    "institution": 14,
    "number": 13,
    "marking": 18,
    "codes": 10,
    "doctype": 13,
    "grid": 11.5,
    "title": 15,
    "subtitle": 13,
    "note": 10.5,
    "table": 10.5,
    "footnote": 9.5,
    "h1": 13,
    "h2": 12,
    "h3": 12,
    "h4": 12,
}
