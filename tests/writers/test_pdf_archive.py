"""The tagged, archival PDF of the fixture brief: structure tree and roles, notes, artifacts,
PDF/A-3a and PDF/UA-1 identification, embedded fonts, associated files."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pikepdf
import pytest

from packgen.writers.pdf import write_pdf
from packgen.writers.pdfarchive import Attached, attached_files, structure_elements
from tests.pdfcheck import archival_problems, identification, roles, text_layers
from tests.writers.conftest import PRESS_OFFICE_LINE

ROLES = json.loads(
    (Path(__file__).resolve().parent.parent / "fixtures" / "pdfstd" / "roles.json").read_text()
)


@pytest.fixture(scope="module")
def brief_pdf(brief) -> bytes:
    return write_pdf(brief)


def test_passes_the_structural_checks(brief_pdf: bytes):
    assert archival_problems(brief_pdf) == []
    with pikepdf.open(io.BytesIO(brief_pdf)) as pdf:
        assert str(pdf.Root.Lang) == "en"
        assert str(pdf.docinfo.Title).startswith("Background brief: informal videoconference")


def test_the_checks_fail_an_untagged_pdf():
    import weasyprint

    plain = weasyprint.HTML(string="<html lang=en><h1>Title</h1><p>x</p>").render().write_pdf()
    assert archival_problems(plain) == ["no structure tree"]


def test_identifies_pdfa_3a_and_pdfua_1(brief_pdf: bytes):
    assert identification(brief_pdf) == {
        "pdfa_part": "3",
        "pdfa_conformance": "A",
        "pdfua_part": "1",
    }
    with pikepdf.open(io.BytesIO(brief_pdf)) as pdf:
        xmp = pdf.Root.Metadata.read_bytes().decode("utf-8")
    # PDF/A-1 to 3 accept a namespace they do not predefine only with its extension schema
    assert "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/<" in xmp


def test_roles_of_the_brief(brief_pdf: bytes):
    assert set(ROLES["fixture-brief"]) <= set(roles(brief_pdf))


def test_footnote_is_a_note_with_an_id_label_and_text(brief_pdf: bytes):
    with pikepdf.open(io.BytesIO(brief_pdf)) as pdf:
        notes = [e for e in structure_elements(pdf) if str(e.S) == "/Note"]
        assert [str(n.ID) for n in notes] == ["note-1"]
        assert [str(k.S) for k in notes[0].K][0] == "/Lbl"
    content, _ = text_layers(brief_pdf)
    assert PRESS_OFFICE_LINE in content[0]


def test_running_footer_is_an_artifact_not_content(brief_pdf: bytes):
    content, artifacts = text_layers(brief_pdf)
    total = len(content)
    assert total > 3
    for number, (text, furniture) in enumerate(zip(content, artifacts, strict=True), start=1):
        assert f"page {number} of {total}" in furniture
        assert "JAI.1" in furniture and "ACA/mr" in furniture
        assert not re.search(r"page \d+ of \d+", text)
        assert "ACA/mr" not in text
    assert "BACKGROUND BRIEF" in content[0]


def test_associated_files_travel_inside(brief):
    spec = Attached("brief.yaml", b"kind: background-brief\n", "Source", "application/yaml", "spec")
    listing = Attached("brief.manifest.json", b"{}\n", "Data", "application/json", "manifest")
    data = write_pdf(brief, attachments=[spec, listing])
    assert attached_files(data) == [spec, listing]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        relations = [str(f.AFRelationship) for f in pdf.Root.AF]
        assert relations == ["/Source", "/Data"]
        assert sorted(pdf.attachments) == ["brief.manifest.json", "brief.yaml"]
    assert write_pdf(brief, attachments=[spec, listing]) == data
    assert archival_problems(data) == []
