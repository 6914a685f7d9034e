"""The PDF's stylesheet and the DOCX agree on page geometry, type scale and colours.

Both come from packgen/style.py. The CSS side is read as WeasyPrint computes it (each
role's element laid out with the bundled brief.css), the DOCX side as python-docx reads
a written brief back: its section and its named styles.
"""

from __future__ import annotations

import dataclasses
import io
import re

import docx
import pytest
from weasyprint import HTML

from packgen import bundled, style
from packgen.writers import stylesheet
from packgen.writers.stylesheet import brief_css, main

PX_TO_PT = 0.75  # a CSS px is 1/96 in, a point 1/72 in
MM_TO_PT = 72 / 25.4
TWIP = 1 / 20

#: the DOCX styles whose size is each role's (letterhead_first and table have none: the DOCX
#: sets them on runs and cells)
DOCX_STYLES = {
    "body": ("Normal", "Council Numbered", "Council PlaceDate"),
    "footer": ("Footer",),
    "letterhead": ("Council Letterhead",),
    "institution": ("Council Institution",),
    "number": ("Council Number",),
    "marking": ("Council Marking",),
    "codes": ("Council Codes",),
    "doctype": ("Council DocType",),
    "grid": ("Council Grid Label", "Council Grid Text"),
    "title": ("Title",),
    "subtitle": ("Subtitle",),
    "note": ("Council Note",),
    "footnote": ("Footnote Text",),
    **{f"h{level}": (f"Heading {level}",) for level in (1, 2, 3, 4)},
}
#: (rule, role): the rules of brief.css that take a size from the type scale
RULES = [(rule, role) for (rule, _), role in stylesheet.SIZES.items()]
RULES.append((".council-footer table", "footer"))


def _probe(rule: str, mark: str) -> str:
    """An element each selector of `rule` applies to, nested; the innermost has id `mark`."""
    html = "x"
    for depth, part in enumerate(reversed(rule.split())):
        tag, _, cls = part.partition(".")
        tag = "div" if tag in ("", "html") else tag
        ident = f' id="{mark}"' if depth == 0 else ""
        html = f'<{tag}{ident} class="{cls}">{html}</{tag}>'
        if tag == "td":  # a cell outside a table is dropped by the HTML parser
            html = f"<table><tr>{html}</tr></table>"
    return html


@pytest.fixture(scope="module")
def computed():
    """WeasyPrint's computed style of every role's element, of links and of the page."""
    css = (bundled.styles_dir() / "brief.css").read_text(encoding="utf-8")
    body = "".join(_probe(rule, rule) for rule, _ in RULES)
    body += '<p><a id="link" href="https://example.org">x</a></p>'
    rendered = HTML(string=f"<html><style>{css}</style><body>{body}</body></html>").render()
    out = {"page": rendered.pages[0]}
    for page in rendered.pages:
        for box in page._page_box.descendants():
            if box.element is not None and box.element_tag == box.element.tag:
                out.setdefault(box.element.get("id") or box.element.tag, box.style)
    return out


@pytest.fixture(scope="module")
def written(brief_docx: bytes):
    return docx.Document(io.BytesIO(brief_docx))


def _hex(colour) -> str:
    return "".join(f"{round(channel * 255):02X}" for channel in colour[:3])


def test_the_committed_stylesheet_holds_the_style_values(tmp_path):
    assert (bundled.styles_dir() / "brief.css").read_text(encoding="utf-8") == brief_css()
    assert main([str(tmp_path / "b.css")]) == 0
    assert (tmp_path / "b.css").read_text(encoding="utf-8") == brief_css()


def test_a_changed_style_value_lands_in_its_rule(monkeypatch):
    monkeypatch.setitem(style.TYPE_SCALE, "marking", 17)
    monkeypatch.setattr(stylesheet, "PAGE", dataclasses.replace(style.PAGE, left=24))
    css = brief_css()
    assert re.search(r"^\.hb-marking \{[^}]*font-size: 17pt;", css, re.MULTILINE)
    assert "margin: 25mm 22mm 28mm 24mm;" in css
    assert css.count("17pt") == 1
    with pytest.raises(ValueError, match=r"no 'p.note \{ font-size"):
        stylesheet.with_style_values(css.replace("p.note {", "p.remark {"))


def test_every_role_of_the_type_scale_is_in_the_css_and_compared():
    assert {role for _, role in RULES} == set(style.TYPE_SCALE)
    assert set(DOCX_STYLES) == set(style.TYPE_SCALE) - {"letterhead_first", "table"}


def test_page_size_and_margins_agree(computed, written):
    page, section = computed["page"], written.sections[0]
    box = page._page_box
    lengths = (page.width, page.height, box.margin_top, box.margin_right)
    pdf = [px * PX_TO_PT for px in (*lengths, box.margin_bottom, box.margin_left)]
    sides = ("page_width", "page_height", "top_margin", "right_margin")
    sides += ("bottom_margin", "left_margin")
    # the DOCX stores the section in twips (1/20 pt): equal within one twip
    assert pdf == pytest.approx([getattr(section, side).pt for side in sides], abs=TWIP)
    mm = style.PAGE
    expected = (mm.width, mm.height, mm.top, mm.right, mm.bottom, mm.left)
    assert pdf == pytest.approx([v * MM_TO_PT for v in expected])


@pytest.mark.parametrize(("rule", "role"), RULES)
def test_font_sizes_agree(rule, role, computed, written):
    pdf_pt = round(computed[rule]["font_size"] * PX_TO_PT, 2)
    assert pdf_pt == style.TYPE_SCALE[role]
    for name in DOCX_STYLES.get(role, ()):
        assert written.styles[name].font.size.pt == pdf_pt, name


def test_colours_and_font_agree(computed, written):
    letterhead, link = computed[".letterhead"], computed["link"]
    assert _hex(letterhead["color"]) == style.ACCENT.lstrip("#").upper()
    assert str(written.styles["Council Letterhead"].font.color.rgb) == _hex(letterhead["color"])
    assert str(written.styles["Hyperlink"].font.color.rgb) == _hex(link["color"])
    assert computed["html"]["font_family"][0] == style.FONT
    assert written.styles["Normal"].font.name == style.FONT
