"""DOCX reader: renditions of the reference outcomes read back into the same blocks as the .txt."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from packgen.blocks import SourceBlock
from packgen.extract import read_outcome
from packgen.readers import read_blocks
from packgen.readers.docx import read_docx
from tests.readers.helpers import comparable, load_renditions

SEEDS = ["002", "003", "004"]


renditions = load_renditions()


def rendition(seed: Path, folder: Path, footer: dict | None = None) -> Path:
    return renditions.write_docx_rendition(seed, folder / f"{seed.stem}.docx", footer)


@pytest.mark.parametrize("prefix", SEEDS)
def test_docx_blocks_match_the_text(prefix: str, request, tmp_path: Path) -> None:
    seed = request.getfixturevalue(f"seed_{prefix}")
    expected_header, expected_body = comparable(read_blocks(seed))
    header, body = comparable(read_blocks(rendition(seed, tmp_path)))
    assert header == expected_header
    assert body == expected_body


def test_header_block_is_a_table_of_rows(seed_002: Path, tmp_path: Path) -> None:
    blocks = read_blocks(rendition(seed_002, tmp_path))
    assert [b.kind for b in blocks[:9]] == ["row"] * 9
    assert blocks[0].text == "Council of the\nEuropean Union"
    assert blocks[3].text == "LIMITE" and blocks[3].bold
    assert blocks[4].text.split("\n")[:2] == ["JAIEX 54", "RELEX 448"] and blocks[4].bold
    assert blocks[6].text == "From:\tGeneral Secretariat of the Council"
    assert blocks[8].text.startswith("Subject:\tOutcome of proceedings of the EU-US Justice")
    assert blocks[9].kind == "paragraph" and blocks[9].text.startswith("Summary: ")


def test_footer_is_not_read(seed_002: Path, tmp_path: Path) -> None:
    path = rendition(seed_002, tmp_path, {"initials": "GG/ik", "directorate": "DG D 2C"})
    footer_xml = docx.Document(str(path)).sections[0].footer._element.xml
    assert "GG/ik" in footer_xml and "DG D 2C" in footer_xml and " PAGE " in footer_xml
    assert not any("GG/ik" in b.text or "DG D 2C" in b.text for b in read_blocks(path))


def test_italic_run_ins_of_004(seed_004: Path, tmp_path: Path) -> None:
    expected = [b.italic for b in read_blocks(seed_004) if b.italic]
    found = [b.italic for b in read_blocks(rendition(seed_004, tmp_path)) if b.italic]
    assert found == expected
    assert found[-1] == ("Information sharing",)


def test_headings_rules_and_bold_items_of_003(seed_003: Path, tmp_path: Path) -> None:
    blocks = read_blocks(rendition(seed_003, tmp_path))
    headings = [(b.text, b.level) for b in blocks if b.kind == "heading"]
    assert headings[0] == ("1. Counter-terrorism", 2)
    assert len(headings) == 5
    assert [b.kind for b in blocks].count("rule") == 1  # the header's rules are table air now
    assert blocks[-1].kind == "rule"


def _docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_adjacent_italic_runs_merge_and_breaks_become_newlines() -> None:
    def build(document) -> None:
        paragraph = document.add_paragraph("On ")
        paragraph.add_run("Information").italic = True
        paragraph.add_run(" ").italic = None
        paragraph.add_run("sharing").italic = True
        paragraph.add_run(", both sides agreed.")
        codes = document.add_paragraph()
        codes.add_run("JAIEX 54").bold = True
        codes.add_run().add_break()
        codes.add_run("USA 18").bold = True
        document.add_paragraph("   ")  # blank paragraphs are not blocks

    blocks = read_docx(_docx_bytes(build), Path("made.docx"))
    assert blocks == [
        SourceBlock("On Information sharing, both sides agreed.", italic=("Information sharing",)),
        SourceBlock("JAIEX 54\nUSA 18", bold=True),
    ]


def test_merged_and_nested_cells_are_read_once() -> None:
    def build(document) -> None:
        table = document.add_table(rows=2, cols=3)
        table.cell(0, 0).merge(table.cell(0, 2)).text = "OUTCOME OF PROCEEDINGS"
        table.cell(1, 0).text = "To:"
        table.cell(1, 1).text = "Delegations"
        nested = table.cell(1, 2).add_table(rows=1, cols=1)
        nested.cell(0, 0).text = "inner"

    blocks = read_docx(_docx_bytes(build), Path("made.docx"))
    assert [(b.kind, b.text) for b in blocks] == [
        ("row", "OUTCOME OF PROCEEDINGS"),
        ("row", "To:\tDelegations\tinner"),
    ]


def test_content_controls_are_looked_into() -> None:
    def build(document) -> None:
        paragraph = document.add_paragraph("Inside a content control")
        sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        paragraph._p.addprevious(sdt)
        sdt.append(content)
        content.append(paragraph._p)
        document.add_paragraph("After it")

    blocks = read_docx(_docx_bytes(build), Path("made.docx"))
    assert [b.text for b in blocks] == ["Inside a content control", "After it"]
    assert qn("w:sdt")  # the namespace helper is what the reader walks with


def _council_numbering(document) -> None:
    """Append a list definition "1." / "a)" as numId 99, the way Council templates number items."""
    root = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "99")
    for ilvl, fmt, text in ((0, "decimal", "%1."), (1, "lowerLetter", "%2)")):
        level = OxmlElement("w:lvl")
        level.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (("start", "1"), ("numFmt", fmt), ("lvlText", text)):
            child = OxmlElement(f"w:{tag}")
            child.set(qn("w:val"), value)
            level.append(child)
        abstract.append(level)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "99")
    reference = OxmlElement("w:abstractNumId")
    reference.set(qn("w:val"), "99")
    num.append(reference)
    root.insert(0, abstract)  # abstractNum elements come before num elements
    root.append(num)


def _numbered(document, text: str, ilvl: int) -> None:
    properties = document.add_paragraph(text)._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("ilvl", str(ilvl)), ("numId", "99")):
        child = OxmlElement(f"w:{tag}")
        child.set(qn("w:val"), value)
        num_pr.append(child)
    properties.append(num_pr)


def test_automatic_numbering_becomes_text() -> None:
    def build(document) -> None:
        _council_numbering(document)
        _numbered(document, "Counterterrorism", 0)
        _numbered(document, "Information sharing", 1)
        _numbered(document, "CBRN", 1)
        _numbered(document, "Cyberspace", 0)
        _numbered(document, "E-evidence", 1)
        document.add_paragraph("Plain text, not numbered.")

    blocks = read_docx(_docx_bytes(build), Path("made.docx"))
    assert [b.text for b in blocks] == [
        "1. Counterterrorism",
        "a) Information sharing",
        "b) CBRN",
        "2. Cyberspace",
        "a) E-evidence",
        "Plain text, not numbered.",
    ]


BUNDLED = sorted((Path(__file__).resolve().parents[2] / "seeds" / "outcomes").glob("*.txt"))


@pytest.mark.parametrize("source", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_bundled_outcome_gives_the_same_record(source: Path, tmp_path: Path) -> None:
    """The goal of the readers: one extractor, one record, whatever the format."""
    path = rendition(source, tmp_path)
    assert comparable(read_blocks(path)) == comparable(read_blocks(source))
    record = read_outcome(path).to_json_dict()
    expected = read_outcome(source).to_json_dict()
    for key in ("source", "sha256", "marking_found"):  # where differs by format
        record.pop(key, None)
        expected.pop(key, None)
    assert record == expected
    assert record["items"] and record["number"]


def test_tracked_changes_read_as_accepted() -> None:
    def build(document) -> None:
        paragraph = document.add_paragraph("The meeting took place in ")
        deleted, inserted = OxmlElement("w:del"), OxmlElement("w:ins")
        for element in (deleted, inserted):
            element.set(qn("w:id"), "1" if element is deleted else "2")
            element.set(qn("w:author"), "GSC")
        old = paragraph.add_run("Sofia")._r
        old.find(qn("w:t")).tag = qn("w:delText")
        deleted.append(old)
        inserted.append(paragraph.add_run("Stockholm")._r)
        paragraph._p.append(deleted)
        paragraph._p.append(inserted)
        paragraph.add_run(".")

    blocks = read_docx(_docx_bytes(build), Path("made.docx"))
    assert [b.text for b in blocks] == ["The meeting took place in Stockholm."]


def test_script_writes_both_renditions_or_nothing(seed_004: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert renditions.main([str(seed_004), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        f"{seed_004.stem}.docx",
        f"{seed_004.stem}.pdf",
    ]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert renditions.main([str(empty), "--out", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err == f"make_renditions: {empty}: file is empty\n"
    assert not (tmp_path / "none").exists()
