"""No page ends with a heading, a title line or a lead-in: the WeasyPrint PDF and
LibreOffice's rendering of the DOCX, for every bundled example (briefs, notes and the
pack), the writers' fixture brief and a long stress document.

The blocks that must not end a page are the ones `keeps_with_next` names (the one rule
both writers follow). For every page, the last line of body text (running footer and
footnotes set aside) must not be the end of such a block.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest

from packgen import build as building
from packgen import pack as packing
from packgen.document import (
    Document,
    Footer,
    Heading,
    ListBlock,
    Metadata,
    Pack,
    Paragraph,
    Run,
    keeps_with_next,
)
from packgen.writers.docx import write_docx
from packgen.writers.pdf import write_pdf
from tests.writers.conftest import CREATED, build_background_brief

SOFFICE = shutil.which("soffice")
SECTIONS = 24

# Sentences written for this test: enough varied lengths that, without the rule,
# headings and lead-ins fall at the foot of some page.
_SENTENCES = [
    "Delegations compared the figures gathered since the spring and asked for a shorter list.",
    "The secretariat will circulate a revised table before the next meeting of the group.",
    "Several speakers stressed that the partner countries should be consulted at an early stage, "
    "and that the timetable must leave room for the national procedures that apply.",
    "A short exchange followed on funding.",
]


def _text(seed: int, sentences: int) -> str:
    return " ".join(_SENTENCES[(seed + i) % len(_SENTENCES)] for i in range(sentences))


def stress_document() -> Document:
    """Sections of varied length, each a heading, text, and lead-ins before lists."""
    blocks = []
    for section in range(SECTIONS):
        blocks.append(Heading(level=2, runs=[Run(text=f"Agenda point {section + 1}")]))
        blocks.append(Paragraph(runs=[Run(text=_text(section, 1 + section % 4))]))
        for part in range(3):
            seed = section * 3 + part
            blocks.append(Paragraph(runs=[Run(text=f"Meetings on point {section + 1}.{part}:")]))
            blocks.append(
                ListBlock(items=[[Run(text=_text(seed + k, 1))] for k in range(1 + seed % 3)])
            )
    return Document(
        kind="background-brief",
        metadata=Metadata(title="Stress test of page ends", created=CREATED),
        footer=Footer(number="1234/26", initials="AB/cd", directorate="JAI.1", marking="LIMITE"),
        blocks=blocks,
    )


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def block_text(block) -> str:
    if block.kind == "heading":
        runs = "".join(r.text for r in block.runs if r.footnote is None)
        return f"{block.numbering} {runs}" if block.numbering else runs
    return "".join(r.text for r in block.runs if r.footnote is None)


def documents(doc: Document) -> list[Document]:
    """A brief, or each document and annex of a pack."""
    return [section.document for section in doc.sections] if isinstance(doc, Pack) else [doc]


def kept_texts(doc: Document) -> list[str]:
    """The squashed text of every block a page must not end with."""
    kept = []
    for part in documents(doc):
        keeps = keeps_with_next(part.blocks)
        kept += [squash(block_text(b)) for b, k in zip(part.blocks, keeps, strict=True) if k]
    return kept


def furniture(doc: Document) -> tuple[re.Pattern, list[str]]:
    """A pattern of the running footers' lines, and the footnotes' squashed texts."""
    tokens = {"DRAFT"}
    notes = []
    for part in [doc, *documents(doc)]:
        f = part.footer
        tokens |= {t for t in (f.number, f.initials, f.directorate, f.marking, f.language) if t}
        notes += [squash(fn.id + "".join(r.text for r in fn.runs)) for fn in part.footnotes]
    token = "|".join(re.escape(squash(t)) for t in sorted(tokens, key=len, reverse=True))
    footer = re.compile(rf"(?:{token}|page\d+of\d+)+")
    return footer, notes


def last_lines(pdf: bytes, doc: Document) -> list[str]:
    """The last line of body text of each page."""
    footer, notes = furniture(doc)
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            lines = [squash(line) for line in (page.extract_text() or "").splitlines()]
            lines = [line for line in lines if line]
            while lines and (
                footer.fullmatch(lines[-1]) or any(lines[-1] in note for note in notes)
            ):
                lines.pop()
            out.append(lines[-1] if lines else "")
    return out


def page_end_problems(name: str, pdf: bytes, doc: Document) -> list[str]:
    """Pages (but the last) whose last line ends a heading or a lead-in."""
    kept = kept_texts(doc)
    lines = last_lines(pdf, doc)
    problems = []
    for number, line in enumerate(lines[:-1], start=1):
        if len(line) >= 4 and any(text.endswith(line) for text in kept):
            problems.append(f"{name} page {number} ends with {line!r}")
    return problems


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> list[tuple[str, Document, bytes, Path]]:
    """Each example and the stress document: its Document, WeasyPrint PDF and DOCX file."""
    out = tmp_path_factory.mktemp("page-ends")
    cache = tmp_path_factory.mktemp("cache")
    items = []
    for spec in building.example_specs():
        prepared = building.prepare(spec, cache_dir=cache)
        data = building.render(prepared, ("docx", "pdf"))
        docx_path = out / f"{spec.stem}.docx"
        docx_path.write_bytes(data["docx"])
        items.append((spec.stem, prepared.document, data["pdf"], docx_path))
    pack = packing.prepare_pack(packing.DEFAULT_PACK, cache_dir=cache)
    first = pack.parts[0]
    docx_path = out / "pack.docx"
    docx_path.write_bytes(write_docx(pack.document, first.style_dirs))
    pdf = write_pdf(pack.document, first.style_dirs, first.template_dirs)
    items.append(("pack", pack.document, pdf, docx_path))
    for name, doc in (("fixture-brief", build_background_brief()), ("stress", stress_document())):
        docx_path = out / f"{name}.docx"
        docx_path.write_bytes(write_docx(doc))
        items.append((name, doc, write_pdf(doc), docx_path))
    return items


def test_the_stress_document_runs_over_many_pages(rendered):
    _, doc, pdf, _ = rendered[-1]
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) >= 10
    assert len(kept_texts(doc)) == SECTIONS * 4


def test_the_pack_is_checked_section_by_section(rendered):
    name, pack, pdf, _ = next(item for item in rendered if item[0] == "pack")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) >= 8
    # the headings and lead-ins of every document and annex of the pack
    assert len(kept_texts(pack)) > sum(len(kept_texts(s.document)) for s in pack.sections[:1])
    assert squash("Background") in kept_texts(pack)


def test_no_pdf_page_ends_with_a_heading_or_lead_in(rendered):
    problems = [p for name, doc, pdf, _ in rendered for p in page_end_problems(name, pdf, doc)]
    assert problems == []


@pytest.fixture(scope="module")
def libreoffice(rendered, tmp_path_factory) -> dict[str, bytes]:
    """LibreOffice's PDF of every DOCX, by name: one soffice start for all (the slow part)."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) not installed")
    work = tmp_path_factory.mktemp("soffice")
    profile = f"-env:UserInstallation={(work / 'profile').as_uri()}"
    subprocess.run(
        [SOFFICE, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work)]
        + [str(path) for *_, path in rendered],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return {name: (work / f"{path.stem}.pdf").read_bytes() for name, _, _, path in rendered}


def test_no_docx_page_ends_with_a_heading_or_lead_in_in_libreoffice(rendered, libreoffice):
    problems = []
    for name, doc, _, _ in rendered:
        problems += page_end_problems(f"{name} (LibreOffice)", libreoffice[name], doc)
    assert problems == []


def test_word_numbering_counts_the_steering_note_paragraphs_in_libreoffice(libreoffice):
    """The numbers are Word's own: the word processor counts them, across the questions list."""
    name = "2021-03-15_external-dimension-migration-steering-note"
    with pdfplumber.open(io.BytesIO(libreoffice[name])) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    numbers = re.findall(r"^(\d+)\. ", text, re.M)
    assert numbers == ["1", "2", "3", "4", "5", "6", "7", "1", "2", "8"]
    assert re.search(r"^8\. No written conclusions are planned", text, re.M)


def test_the_check_finds_a_heading_at_a_page_end_without_the_rule(tmp_path):
    """The check can fail: a style layer switching the rule off lets a heading end page 1."""
    (tmp_path / "brief.css").write_text(
        "h1, h2, h3, h4, p.title, p.subtitle, p.lead-in "
        "{ break-after: auto !important; page-break-after: auto !important; }",
        encoding="utf-8",
    )
    doc = build_background_brief()
    pdf = write_pdf(doc, style_dirs=[tmp_path])
    assert page_end_problems("fixture", pdf, doc) == [
        "fixture page 1 ends with 'Externaldimensionofmigration'"
    ]
