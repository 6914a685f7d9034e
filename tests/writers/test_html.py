"""write_html: escaping of data, safe links, Council header markup and layered styles/templates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packgen.document import Document, Footer, Metadata, Paragraph, Run
from packgen.writers.html import (
    institution_lines,
    safe_href,
    stylesheet_paths,
    write_html,
)


def _doc_with(*runs: Run, footer: Footer | None = None) -> Document:
    return Document(
        kind="note",
        metadata=Metadata(title="T", created=dt.datetime(2021, 3, 11, 9, 30)),
        blocks=[Paragraph(runs=list(runs))],
        footer=footer or Footer(),
    )


def test_template_syntax_in_a_run_is_printed_literally():
    html = write_html(_doc_with(Run(text="{{ 7*7 }} and {% if true %}x{% endif %}")))
    assert "{{ 7*7 }} and {% if true %}x{% endif %}" in html
    assert ">49<" not in html


def test_markup_in_a_run_is_escaped():
    html = write_html(_doc_with(Run(text='<script>alert("x")</script><link rel=attachment>')))
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;link rel=attachment&gt;" in html
    assert "<script" not in html
    assert "rel=attachment" not in html.replace("&lt;link rel=attachment&gt;", "")


def test_only_http_https_mailto_become_links():
    html = write_html(
        _doc_with(
            Run(text="site", href="https://www.consilium.europa.eu/"),
            Run(text="mail", href="mailto:press@example.eu"),
            Run(text="js", href="javascript:alert(1)"),
            Run(text="local", href="file:///etc/passwd"),
        )
    )
    assert '<a href="https://www.consilium.europa.eu/">site</a>' in html
    assert '<a href="mailto:press@example.eu">mail</a>' in html
    assert "javascript:" not in html and "file:///etc/passwd" not in html
    assert ">js<" not in html and "js" in html


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("HTTPS://example.eu", "HTTPS://example.eu"),
        (" http://example.eu ", "http://example.eu"),
        ("java\nscript:alert(1)", None),
        ("data:text/html,x", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_href(href, expected):
    assert safe_href(href) == expected


def test_footer_strings_are_escaped_html():
    footer = Footer(number="9278/18", initials="</style><b>x", extra="copy 3 of 40")
    html = write_html(_doc_with(Run(text="x"), footer=footer))
    assert '<td class="f-mid">&lt;/style&gt;&lt;b&gt;x</td>' in html
    assert '<td class="f-left" colspan="3">copy 3 of 40</td>' in html


def test_header_block_and_footer(brief):
    html = write_html(brief)
    assert '<td class="hb-institution">Council of the<br>European Union</td>' in html
    assert "Brussels, 11 March 2021<br>(OR. en)" in html
    assert '<div class="hb-marking">LIMITE</div>' in html
    assert "JAIEX 25<br>MIGR 40<br>" in html
    assert '<p class="hb-doctype">NOTE</p>' in html
    assert "<th>No. prev. doc.:</th><td>9278/18</td>" in html
    assert '<td class="f-left">6917/21</td><td class="f-mid">ACA/mr</td>' in html
    assert '<td class="f-mid f-marking">LIMITE</td><td class="f-right">EN</td>' in html
    assert '<meta name="keywords" content="JAIEX 25, MIGR 40,' in html
    assert '<meta name="dcterms.created" content="2021-03-11T09:30:00+00:00">' in html
    assert '<pg-note class="footnote" data-mark="1">This note was drawn up' in html
    assert "<link" not in html


def test_institution_on_two_lines(brief):
    assert institution_lines(brief.header) == ["Council of the", "European Union"]
    older = brief.header.model_copy(update={"institution": "COUNCIL OF THE EUROPEAN UNION"})
    assert institution_lines(older) == ["COUNCIL OF THE", "EUROPEAN UNION"]
    assert institution_lines(brief.header.model_copy(update={"institution": None})) == []


def test_presidency_stylesheet_is_loaded_after_the_base(tmp_path: Path, brief):
    (tmp_path / "brief.css").write_text(".hb-marking { color: #aa0000; }\n")
    paths = stylesheet_paths([tmp_path])
    assert [p.name for p in paths] == ["brief.css", "brief.css"]
    assert paths[-1] == tmp_path / "brief.css"
    html = write_html(brief, style_dirs=[tmp_path])
    assert html.index("size: A4") < html.index(".hb-marking { color: #aa0000; }")


def test_presidency_template_overrides_the_skeleton(tmp_path: Path, brief):
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "document.html.j2").write_text("<p>{{ doc.metadata.title }}</p>\n")
    assert write_html(brief, template_dirs=[tmp_path]) == f"<p>{brief.metadata.title}</p>\n"


def test_letterhead_accent_must_be_a_colour(brief):
    from packgen.document import Letterhead

    doc = brief.model_copy(
        update={"letterhead": Letterhead(lines=["Presidency", "Cyprus 2026"], accent="red;}x{")}
    )
    html = write_html(doc)
    assert ":root { --accent: #003399; }" in html
    assert '<p class="lh-first">Presidency</p>' in html


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_run_text_comes_out_escaped(text: str):
    from markupsafe import escape

    html = write_html(_doc_with(Run(text=text, bold=True)))
    assert f"<strong>{escape(text)}</strong>" in html


def test_long_code_lists_split_into_two_columns(brief):
    codes = [f"JAIEX {n}" for n in range(1, 21)]
    doc = brief.model_copy(
        update={"header": brief.header.model_copy(update={"subject_codes": codes})}
    )
    html = write_html(doc)
    assert '<table class="hb-codes-wide"><tr><td>JAIEX 1<br>' in html
    assert "JAIEX 10</td><td>JAIEX 11<br>" in html
    assert "hb-codes-wide" not in write_html(brief).split("</style>")[-1]
