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

# role of packgen.style.TYPE_SCALE -> (HTML that shows it, the element carrying it,
# the DOCX styles that must have the same size)
ROLES: dict[str, tuple[str, tuple[str, str | None], tuple[str, ...]]] = {
    "body": ('<p class="body">x</p>', ("p", "body"), ("Normal", "Council Numbered")),
    "footer": (
        '<footer class="council-footer"><table><tr><td class="f-left">x</td></tr></table></footer>',
        ("td", "f-left"),
        ("Footer",),
    ),
    "letterhead": ('<div class="letterhead"><p>x</p></div>', ("p", None), ("Council Letterhead",)),
    "institution": (
        '<table class="hb-top"><tr><td class="hb-institution">x</td>'
        '<td class="hb-number">x</td></tr></table>',
        ("td", "hb-institution"),
        ("Council Institution",),
    ),
    "number": ("", ("td", "hb-number"), ("Council Number",)),
    "marking": ('<div class="hb-marking">x</div>', ("div", "hb-marking"), ("Council Marking",)),
    "codes": (
        '<table><tr><td class="hb-codes">x</td></tr></table>',
        ("td", "hb-codes"),
        ("Council Codes",),
    ),
    "doctype": ('<p class="hb-doctype">x</p>', ("p", "hb-doctype"), ("Council DocType",)),
    "grid": (
        '<table class="hb-grid"><tr><th>x</th><td class="g">x</td></tr></table>',
        ("td", "g"),
        ("Council Grid Label", "Council Grid Text"),
    ),
    "title": ('<p class="title">x</p>', ("p", "title"), ("Title",)),
    "subtitle": ('<p class="subtitle">x</p>', ("p", "subtitle"), ("Subtitle",)),
    "note": ('<p class="note">x</p>', ("p", "note"), ("Council Note",)),
    "footnote": (
        '<p>x<span class="footnote" data-mark="1">y</span></p>',
        ("span", "footnote"),
        ("Footnote Text",),
    ),
    **{
        f"h{level}": (f"<h{level}>x</h{level}>", (f"h{level}", None), (f"Heading {level}",))
        for level in (1, 2, 3, 4)
    },
}
# roles only the PDF has (the DOCX sets these on runs or table cells, not on a style)
PDF_ONLY = {"letterhead_first", "table"}


@pytest.fixture(scope="module")
def rendered():
    """The probe page laid out by WeasyPrint with the bundled brief.css."""
    css = (bundled.styles_dir() / "brief.css").read_text(encoding="utf-8")
    body = "".join(markup for markup, _, _ in ROLES.values())
    body += '<p><a href="https://example.org">x</a></p>'
    return HTML(
        string=f"<html><head><style>{css}</style></head><body>{body}</body></html>"
    ).render()


@pytest.fixture(scope="module")
def computed(rendered) -> dict[tuple[str, str | None], dict]:
    """The computed style of the first box of each (tag, class), on every page and margin."""
    out: dict[tuple[str, str | None], dict] = {}
    for page in rendered.pages:
        for box in page._page_box.descendants():
            if box.element is not None and box.element_tag == box.element.tag:
                out.setdefault((box.element.tag, box.element.get("class")), box.style)
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


def test_every_role_of_the_type_scale_is_compared():
    assert set(ROLES) | PDF_ONLY == set(style.TYPE_SCALE)


def test_page_size_and_margins_agree(rendered, written):
    page = rendered.pages[0]
    box = page._page_box
    section = written.sections[0]
    pdf = [
        page.width * PX_TO_PT,
        page.height * PX_TO_PT,
        box.margin_top * PX_TO_PT,
        box.margin_right * PX_TO_PT,
        box.margin_bottom * PX_TO_PT,
        box.margin_left * PX_TO_PT,
    ]
    docx_sides = [
        section.page_width,
        section.page_height,
        section.top_margin,
        section.right_margin,
        section.bottom_margin,
        section.left_margin,
    ]
    # the DOCX stores the section in twips (1/20 pt): equal within one twip
    assert pdf == pytest.approx([v.pt for v in docx_sides], abs=TWIP)
    page = style.PAGE
    expected = [page.width, page.height, page.top, page.right, page.bottom, page.left]
    assert pdf == pytest.approx([mm * MM_TO_PT for mm in expected])


@pytest.mark.parametrize("role", list(ROLES))
def test_font_sizes_agree(role, computed, written):
    _, element, docx_styles = ROLES[role]
    pdf_pt = round(computed[element]["font_size"] * PX_TO_PT, 2)
    assert pdf_pt == style.TYPE_SCALE[role]
    for name in docx_styles:
        assert written.styles[name].font.size.pt == pdf_pt, name


def test_colours_and_font_agree(computed, written):
    letterhead = computed[("p", None)]
    link = computed[("a", None)]
    assert _hex(letterhead["color"]) == style.ACCENT.lstrip("#").upper()
    assert str(written.styles["Council Letterhead"].font.color.rgb) == _hex(letterhead["color"])
    assert str(written.styles["Hyperlink"].font.color.rgb) == _hex(link["color"])
    assert computed[("html", None)]["font_family"][0] == style.FONT
    assert written.styles["Normal"].font.name == style.FONT
