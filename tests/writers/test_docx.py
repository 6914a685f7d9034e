"""write_docx on the fixture brief: styles, header table, footer fields, footnotes, links, bytes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from packgen.document import Letterhead
from packgen.errors import InputError
from packgen.writers.docx import write_docx
from packgen.writers.reference import build_reference_docx, reference_docx_bytes
from tests.writers.conftest import PRESS_OFFICE_LINE, SUBJECT_CODES, docx_body_paragraphs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def document(brief_docx: bytes):
    return docx.Document(io.BytesIO(brief_docx))


@pytest.fixture(scope="module")
def parts(brief_docx: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(brief_docx)) as archive:
        return {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}


def test_body_paragraphs_and_styles(document):
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.text.strip()]
    assert styled[:8] == [
        ("Council DocType", "NOTE"),
        ("Title", "BACKGROUND BRIEF"),
        ("Council Centered", "Brussels, 11 March 2021"),
        (
            "Subtitle",
            "Informal videoconference of foreign and home affairs ministers, 15 March 2021",
        ),
        ("Normal", styled[4][1]),
        ("Normal", "Press conference: +/- 17.15, online."),
        ("Council Separator", "* * *"),
        ("Normal", "Meeting page and press office and a script link"),
    ]
    assert styled[4][1].startswith(
        "The meeting is co-chaired by Josep Borrell and Eduardo Cabrita."
    )
    assert ("Heading 1", "Home affairs") in styled
    assert ("Heading 2", "Electronic evidence") in styled
    assert ("List Bullet", "legal pathways") in styled
    assert ("List Number", "judicial training") in styled
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert bold[:3] == ["Josep Borrell", "Eduardo Cabrita", "14.00"]


def test_named_styles_present(document):
    names = {s.name for s in document.styles}
    for name in (
        "Heading 1",
        "Heading 2",
        "List Bullet",
        "List Number",
        "Title",
        "Council Institution",
        "Council Marking",
        "Council Codes",
        "Council DocType",
        "Footnote Text",
        "Footnote Reference",
        "Hyperlink",
    ):
        assert name in names, name
    assert document.styles["Normal"].font.name == "Liberation Serif"


def test_header_block_is_a_borderless_table(document):
    table = document.tables[0]
    assert [p.text for p in table.cell(0, 0).paragraphs] == ["Council of the", "European Union"]
    assert [p.text for p in table.cell(0, 1).paragraphs] == ["Brussels, 11 March 2021", "(OR. en)"]
    left = table.cell(1, 0).paragraphs
    assert [(p.text, p.style.name) for p in left] == [
        ("6917/21", "Council Number"),
        ("LIMITE", "Council Marking"),
    ]
    assert [p.text for p in table.cell(1, 1).paragraphs] == SUBJECT_CODES
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {el.get(qn("w:val")) for el in borders} == {"nil"}
    grid = document.tables[1]
    assert [(r.cells[0].text, r.cells[1].text) for r in grid.rows] == [
        ("From:", "Council press office"),
        ("To:", "Delegations"),
        ("No. prev. doc.:", "9278/18"),
        ("Subject:", "Informal videoconference of home affairs ministers, 15 March 2021"),
    ]


def test_footer_has_page_fields_and_council_furniture(document):
    footer = document.sections[0].footer
    xml = footer._element.xml
    assert [p.text for p in footer.paragraphs] == [
        "6917/21\tACA/mr\tpage 1 of 1",
        "JAI.1\tLIMITE\tEN",
    ]
    instructions = [el.text.strip() for el in footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert xml.count('w:fldCharType="begin"') == 2 and xml.count('w:fldCharType="end"') == 2


def test_real_footnotes(parts, document):
    assert "word/footnotes.xml" in parts
    assert PRESS_OFFICE_LINE in parts["word/footnotes.xml"]
    assert 'w:footnote w:id="1"' in parts["word/footnotes.xml"]
    assert "relationships/footnotes" in parts["word/_rels/document.xml.rels"]
    assert "footnotes+xml" in parts["[Content_Types].xml"]
    title = next(p for p in document.paragraphs if p.style.name == "Title")
    refs = list(title._p.iter(qn("w:footnoteReference")))
    assert [r.get(qn("w:id")) for r in refs] == ["1"]


def test_hyperlinks_are_relationships(document):
    rels = {
        rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")
    }
    assert rels == {
        "https://www.consilium.europa.eu/en/meetings/",
        "mailto:press.office@consilium.europa.eu",
    }
    links = list(document.element.body.iter(qn("w:hyperlink")))
    assert ["".join(t.text for t in link.iter(qn("w:t"))) for link in links] == [
        "Meeting page",
        "press office",
    ]


def test_each_numbered_list_restarts(document):
    numbering = document.part.numbering_part.element
    num_ids = []
    for p in document.paragraphs:
        if p.style.name == "List Number":
            num_ids.append(p._p.pPr.numPr.numId.val)
    assert len(num_ids) == 4 and num_ids[0] == num_ids[1] and num_ids[2] == num_ids[3]
    assert num_ids[0] != num_ids[2]
    for num_id in {num_ids[0], num_ids[2]}:
        num = numbering.num_having_numId(num_id)
        starts = num.findall(f"{W}lvlOverride/{W}startOverride")
        assert [s.get(qn("w:val")) for s in starts] == ["1"]


def test_core_properties(document):
    props = document.core_properties
    assert props.title == "Background brief: informal videoconference of home affairs ministers"
    assert props.subject == "External dimension of migration"
    assert props.keywords == ", ".join(SUBJECT_CODES)
    assert props.author == props.last_modified_by == "Council of the European Union"
    assert props.created.isoformat().startswith("2021-03-11T09:30:00")
    assert props.modified == props.created
    assert "python-docx" not in (props.comments + props.author + props.last_modified_by)


def test_no_python_docx_trace_in_any_part(parts):
    assert not [name for name, text in parts.items() if "python-docx" in text]


def test_same_document_gives_identical_bytes(brief, brief_docx: bytes):
    assert write_docx(brief) == brief_docx
    with zipfile.ZipFile(io.BytesIO(brief_docx)) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_presidency_reference_docx_is_used(brief, tmp_path: Path):
    build_reference_docx(tmp_path / "reference.docx", accent="#AA0000", font="DejaVu Serif")
    letterhead = Letterhead(lines=["Presidency"], accent="#AA0000")
    doc = brief.model_copy(update={"letterhead": letterhead})
    document = docx.Document(io.BytesIO(write_docx(doc, style_dirs=[tmp_path])))
    assert document.styles["Normal"].font.name == "DejaVu Serif"
    assert str(document.styles["Council Letterhead"].font.color.rgb) == "AA0000"
    assert document.paragraphs[0].text == "Presidency"


@pytest.mark.parametrize("accent", ["#006A44", "#c8102e", "#FFD100"])
def test_letterhead_accent_wins_over_the_reference_docx(brief, tmp_path: Path, accent: str):
    """A set's presidency.yaml edited after its reference.docx was generated: the DOCX follows."""
    build_reference_docx(tmp_path / "reference.docx", accent="#AA0000")
    doc = brief.model_copy(update={"letterhead": Letterhead(lines=["Presidency"], accent=accent)})
    document = docx.Document(io.BytesIO(write_docx(doc, style_dirs=[tmp_path])))
    assert str(document.styles["Council Letterhead"].font.color.rgb) == accent[1:].upper()
    letterhead_run = document.paragraphs[0].runs[0]
    assert letterhead_run.text == "Presidency" and letterhead_run.font.color.rgb is None


def test_body_paragraph_count_matches_the_document(brief, brief_docx: bytes):
    text_blocks = sum(
        len(b.items) if b.kind == "list" else 1
        for b in brief.blocks
        if b.kind in ("heading", "paragraph", "list")
    )
    assert len(docx_body_paragraphs(brief_docx)) == text_blocks + 1  # + the NOTE doc type


def test_run_text_is_data(brief):
    from packgen.document import Paragraph, Run

    doc = brief.model_copy(
        update={
            "blocks": [Paragraph(runs=[Run(text="{{ 7*7 }} <b>x</b> tab\x0bhere & more")])],
            "footnotes": [],
        }
    )
    document = docx.Document(io.BytesIO(write_docx(doc)))
    body = [p.text for p in document.paragraphs if p.text.strip()]
    assert body[-1] == "{{ 7*7 }} <b>x</b> tabhere & more"


def test_broken_reference_docx_is_an_input_error(brief, tmp_path: Path):
    from packgen.errors import InputError

    (tmp_path / "reference.docx").write_bytes(b"not a zip")
    with pytest.raises(InputError, match=r"reference\.docx: not a usable reference DOCX"):
        write_docx(brief, style_dirs=[tmp_path])


def test_missing_logo_is_an_input_error(brief, tmp_path: Path):
    from packgen.errors import InputError

    doc = brief.model_copy(update={"letterhead": Letterhead(logo=str(tmp_path / "nope.png"))})
    with pytest.raises(InputError, match="nope.png: letterhead logo not found"):
        write_docx(doc)


@pytest.mark.parametrize(
    ("drop", "message"),
    [
        (["Council Letterhead"], "lacks the Word style 'Council Letterhead';"),
        (["Council Marking", "Heading 2"], "lacks the Word styles 'Council Marking', 'Heading 2';"),
    ],
)
def test_a_reference_docx_without_packgen_styles_is_one_line(
    brief, tmp_path: Path, drop: list[str], message: str
):
    """A workspace's reference.docx replaced by another document, not restyled."""
    source = docx.Document(io.BytesIO(reference_docx_bytes()))
    for name in drop:
        element = source.styles[name].element
        element.getparent().remove(element)
    source.save(tmp_path / "reference.docx")
    with pytest.raises(InputError) as caught:
        write_docx(brief, style_dirs=[tmp_path])
    assert str(caught.value).startswith(f"{tmp_path / 'reference.docx'}: reference DOCX {message}")
