"""Build: the bundled examples end to end (content, PDF/DOCX agreement, goldens), overwrite rules,
atomic writes, byte-identical rebuilds and the classification rule."""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.dom import minidom

import docx
import pdfplumber
import pypdf
import pytest

from packgen import atomic, i18n
from packgen import build as building
from packgen.document import Heading, ListBlock, Paragraph
from packgen.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "fixtures" / "build"
ACCEPT = os.environ.get("PACKGEN_ACCEPT") == "1"
EXAMPLES = building.example_specs()
STOCKHOLM = building.DEFAULT_EXAMPLE


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def built(tmp_path_factory, cache) -> Path:
    """Every example as DOCX, PDF and HTML, built once for the module."""
    out = tmp_path_factory.mktemp("out")
    building.build(EXAMPLES, out, formats=("docx", "pdf", "html"), cache_dir=cache)
    return out


def squash(text: str) -> str:
    """Whitespace-free text: line breaks and justification differ between PDF and DOCX."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def docx_paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def block_texts(doc, numbers: bool = True) -> list[str]:
    """What each paragraph of the Document prints, footnote markers aside.

    Without numbers, numbered paragraphs are given without their number: the DOCX
    numbers them with Word numbering, outside the paragraph's text.
    """

    def plain(runs):
        return "".join(r.text for r in runs if r.footnote is None)

    out = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            out.append(
                f"{block.numbering} {plain(block.runs)}" if block.numbering else plain(block.runs)
            )
        elif isinstance(block, Paragraph):
            numbered = block.number and numbers
            out.append(f"{block.number} {plain(block.runs)}" if numbered else plain(block.runs))
        elif isinstance(block, ListBlock):
            out.extend(plain(item) for item in block.items)
    return out


def without_page_furniture(stream: str, doc) -> str:
    """Drop the running footer and the footnotes, which the PDF prints inside the text flow."""
    footer = doc.footer
    pattern = (
        re.escape(squash(footer.number or ""))
        + re.escape(squash(footer.initials or ""))
        # "page X of Y" in the document's language ("page X sur Y")
        + r"\d+".join(re.escape(squash(part)) for part in i18n.page_of(doc.metadata.language))
        + re.escape(squash(footer.directorate or ""))
        + re.escape(footer.marking or "")
        + re.escape(footer.language)
    )
    stream, pages = re.subn(pattern, "", stream)
    assert pages >= 1
    for footnote in doc.footnotes:
        text = squash(footnote.id + "".join(r.text for r in footnote.runs))
        assert text in stream
        stream = stream.replace(text, "", 1)
    return stream


# --- the bundled background brief -----------------------------------------------------------


def pdf_stream_text(path: Path) -> str:
    """Text in content-stream order: a header cell stays together whatever its column."""
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_bundled_brief_content(built, cache):
    name = STOCKHOLM.stem
    pdf = " ".join(pdf_stream_text(built / f"{name}.pdf").split())
    document = docx.Document(str(built / f"{name}.docx"))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    docx_text = " ".join(" ".join([*(p.text for p in document.paragraphs), *cells]).split())
    expected = [
        "Council of the European Union",
        "10512/23",
        "LIMITE",
        "(OR. en)",
        "BACKGROUND BRIEF",
        "Brussels, 19 June 2023",
        # auto subject codes: the families of the agenda's topics (seeds/topics.yaml), never
        # another document's running number
        "COTER",
        "VISA",
        "CYBER",
        "Counter-terrorism",
        "Organised crime and drugs",
        "Migration and borders",
        "Visa reciprocity",
        "Electronic evidence and cybercrime",
    ]
    prepared = building.prepare(STOCKHOLM, cache_dir=cache)
    codes = prepared.document.header.subject_codes
    assert codes[:3] == ["COTER", "CT", "ENFOPOL"] and len(codes) == len(set(codes)) == 14
    assert all(re.fullmatch(r"[A-Z]+", code) for code in codes)  # families only
    for text in expected + codes:
        assert text in pdf, text
        assert text in docx_text, text
    for copied in ("RELEX 448", "FRONT 148", "JAIEX 14", "RELEX"):  # numbers of cited outcomes
        assert copied not in pdf and copied not in docx_text


def test_visa_reciprocity_history_in_date_order(built):
    name = STOCKHOLM.stem
    for text in (
        " ".join(pdf_text(built / f"{name}.pdf").split()),
        " ".join(docx_paragraphs(built / f"{name}.docx")),
    ):
        section = text[text.index("Visa reciprocity The EU will") :]
        section = section[: section.index("Electronic evidence and cybercrime")]
        # history: {limit: 3}: the three most recent EU-US meetings, grouped, oldest first
        numbers = re.findall(r", (?:Sofia|Washington|Stockholm) \((\d+/\d+)\)", section)
        assert numbers == ["9278/18", "14490/18", "7725/23"]
        assert "22-23 May 2018" in section and "16-17 March 2023" in section


def test_pdf_and_docx_have_the_same_paragraphs_in_the_same_order(built, cache):
    for spec in EXAMPLES:
        doc = building.prepare(spec, cache_dir=cache).document
        expected = [squash(t) for t in block_texts(doc)]
        paragraphs = [squash(p) for p in docx_paragraphs(built / f"{spec.stem}.docx")]
        in_docx = [squash(t) for t in block_texts(doc, numbers=False)]
        start = paragraphs.index(in_docx[0])
        assert paragraphs[start:] == in_docx
        stream = without_page_furniture(squash(pdf_text(built / f"{spec.stem}.pdf")), doc)
        position = 0
        for text in expected:
            found = stream.find(text, position)
            assert found >= 0, f"{spec.stem}: not in the PDF after position {position}: {text[:60]}"
            position = found + len(text)


def test_manifest(built):
    manifest = json.loads((built / f"{STOCKHOLM.stem}.manifest.json").read_text())
    assert manifest["classification"] == "LIMITE"
    assert manifest["kind"] == "background-brief"
    assert [(s["number"], s["date"], s["marking"]) for s in manifest["sources"]] == [
        ("9278/18", "2018-05-31", "LIMITE"),
        ("14490/18", "2018-11-23", "LIMITE"),
        ("10388/21", "2021-07-02", "LIMITE"),
        ("15290/21", "2021-12-22", "LIMITE"),
        ("10790/22", "2022-07-01", "LIMITE"),
        ("16201/22", "2022-12-22", "LIMITE"),
        ("7725/23", "2023-03-24", "LIMITE"),
    ]
    assert manifest["merged"] == []  # the bundled corpus holds each document once
    assert all(len(s["sha256"]) == 64 for s in manifest["sources"])
    assert all(not s["path"].startswith("/") for s in manifest["sources"])
    assert not manifest["spec"].startswith("/")
    outputs = {Path(o["path"]).suffix: o for o in manifest["outputs"]}
    assert set(outputs) == {".docx", ".pdf", ".html"}
    for output in outputs.values():
        # paths are relative to the manifest's folder: no local path leaves the machine
        assert not Path(output["path"]).is_absolute()
        data = (built / output["path"]).read_bytes()
        assert output["size"] == len(data)
        assert output["sha256"] == building.sha256_hex(data)
    assert manifest["releases"] == [] and manifest["replaced"] == []


def test_bundled_brief_reads_as_a_desk_officer_would_sign_it(built):
    """The rendered PDF, as pdftotext gives it: no bare lead-in, no dangling anaphor, no
    follow-up repeating a Background sentence, no press-office footnote on a JAI.1 brief."""
    from packgen.summary import dangling_anaphors, is_lead_in, split_sentences

    name = STOCKHOLM.stem
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    text = subprocess.run(
        [pdftotext, "-layout", str(built / f"{name}.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # the running footer ("10512/23 JV/ml page 2 of 5", "JAI.1 LIMITE EN") interrupts bullets
    text = re.sub(  # and pdftotext starts each page with a form feed
        r"\n\s*10512/23\s+JV/ml\s+page \d+ of \d+\s*\n\s*JAI\.1\s+LIMITE\s+EN\s*\n", "\n\n", text
    ).replace("\f", "")
    flat = " ".join(text.split())
    bullets = re.findall(r"• (.*?)(?=• |\n\n[A-Z0-9]|$)", text, re.S)
    bullets = [" ".join(b.split()) for b in bullets]
    history = [b for b in bullets if re.match(r"Item \d", b)]
    followups = [b for b in bullets if b.startswith(("Open", "Overdue"))]
    assert len(history) >= 10 and followups
    for bullet in history:
        summary = bullet.split("”: ", 1)[1]
        assert not is_lead_in(split_sentences(summary)[0]), bullet
        assert dangling_anaphors(summary) == [], bullet
    for bullet in followups:
        sentence = re.sub(r"^(?:Open|Overdue)(?: \(due [^)]*\))?: ", "", bullet)
        sentence = re.sub(r" \(\d+/\d+, [^)]*\)$", "", sentence)
        assert dangling_anaphors(sentence) == [], bullet
        bare = re.sub(r" \[[^\]]*\]", "", sentence)
        assert all(bare not in " ".join(h.split()) for h in history), bullet
    assert len(followups) == len(set(followups))
    assert "press office" not in flat
    assert "Ministers will discuss five items" in flat
    assert "earlier meetings:" in flat and "10 earlier" not in flat


def test_steering_note_header_and_presidency(built):
    stem = "2021-03-15_external-dimension-migration-steering-note"
    document = docx.Document(str(built / f"{stem}.docx"))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Portuguese Presidency" in cells
    assert "Delegations" in cells
    text = " ".join(pdf_text(built / f"{stem}.pdf").split())
    assert "A. Partnerships with third countries" in text
    assert "Questions for ministers" in text
    assert "co-chaired by the High Representative Josep Borrell and the Portuguese Minister" in text
    # the 2023 outcome is newer than the debate: it must not be cited
    assert "7725/23" not in text


# --- golden files ---------------------------------------------------------------------------


def normalise_xml(data: bytes) -> str:
    return minidom.parseString(data).toprettyxml(indent=" ")


GOLDEN_PARTS = ("word/document.xml", "word/footnotes.xml", "word/footer1.xml", "docProps/core.xml")


def docx_parts(path: Path) -> dict[str, str]:
    """Normalised XML of the parts packgen's content drives, plus a digest list of every part."""
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        parts = {name: archive.read(name) for name in names}
    normalised = {
        name: normalise_xml(data) if name.endswith((".xml", ".rels")) else data.hex()
        for name, data in parts.items()
    }
    digests = "".join(
        f"{building.sha256_hex(text.encode())}  {name}\n" for name, text in normalised.items()
    )
    chosen = {name: normalised[name] for name in GOLDEN_PARTS if name in normalised}
    return {**chosen, "parts.txt": digests}


def pdf_golden(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    meta = {k: str(v) for k, v in sorted((reader.metadata or {}).items())}
    return (
        json.dumps(meta, indent=1, sort_keys=True)
        + f"\npages: {len(reader.pages)}\n"
        + pdf_text(path)
    )


def compare_golden(actual: str, golden: Path) -> None:
    if ACCEPT or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        if not ACCEPT:
            pytest.fail(f"golden file {golden.name} was missing and has been written; rerun")
        return
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "\n".join(
            difflib.unified_diff(expected.splitlines(), actual.splitlines(), lineterm="", n=1)
        )
        pytest.fail(f"{golden} differs (PACKGEN_ACCEPT=1 to accept):\n{diff[:3000]}")


@pytest.mark.parametrize("spec", EXAMPLES, ids=lambda p: p.stem[:10])
def test_golden_html(built, spec):
    html = (built / f"{spec.stem}.html").read_text(encoding="utf-8")
    compare_golden(html, GOLDEN / spec.stem / "document.html")


@pytest.mark.parametrize("spec", EXAMPLES, ids=lambda p: p.stem[:10])
def test_golden_docx_parts(built, spec):
    for name, text in docx_parts(built / f"{spec.stem}.docx").items():
        compare_golden(text, GOLDEN / spec.stem / "docx" / name.replace("/", "__"))


@pytest.mark.parametrize("spec", EXAMPLES, ids=lambda p: p.stem[:10])
def test_golden_pdf_text_and_metadata(built, spec):
    compare_golden(pdf_golden(built / f"{spec.stem}.pdf"), GOLDEN / spec.stem / "pdf.txt")


# --- rebuilds, overwrite and atomic writes --------------------------------------------------


def test_rebuild_is_byte_identical(built, cache, tmp_path):
    building.build([STOCKHOLM], tmp_path, formats=("docx", "pdf"), cache_dir=cache)
    for suffix in (".docx", ".pdf"):
        name = STOCKHOLM.stem + suffix
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_existing_output_needs_force(cache, tmp_path):
    name = STOCKHOLM.stem
    (tmp_path / f"{name}.docx").write_bytes(b"earlier")
    with pytest.raises(InputError) as info:
        building.build([STOCKHOLM], tmp_path, formats=("docx",), cache_dir=cache)
    assert str(info.value) == f"{tmp_path / name}.docx exists (use --force to replace it)"
    assert (tmp_path / f"{name}.docx").read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{name}.docx"]

    result = building.build([STOCKHOLM], tmp_path, formats=("docx",), force=True, cache_dir=cache)
    assert result.replaced == [tmp_path / f"{name}.docx"]
    manifest = json.loads((tmp_path / f"{name}.manifest.json").read_text())
    assert manifest["replaced"] == [f"{name}.docx"]  # relative to the manifest
    assert (tmp_path / f"{name}.docx").read_bytes()[:2] == b"PK"


def test_failed_write_leaves_earlier_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"earlier")

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(building.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        atomic.write_atomic(target, b"new")
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


def test_sigterm_while_writing_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"earlier")
    monkeypatch.setattr(building.os, "fsync", lambda fd: os.kill(os.getpid(), signal.SIGTERM))
    with pytest.raises(building.Terminated), building.sigterm_as_exception():
        atomic.write_atomic(target, b"new")
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


def test_sigterm_as_the_temporary_is_handed_back_leaves_no_temporary(tmp_path, monkeypatch):
    # the signal raised once stage has returned, before its result is bound: the temporary is
    # found by its name (this process's prefix), not lost
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"earlier")
    real = atomic.stage

    def stage_then_sigterm(path, data):
        made = real(path, data)
        os.kill(os.getpid(), signal.SIGTERM)
        return made

    monkeypatch.setattr(atomic, "stage", stage_then_sigterm)
    with pytest.raises(building.Terminated), building.sigterm_as_exception():
        atomic.write_atomic(target, b"new")
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


def test_sigterm_as_a_staged_output_is_handed_back_leaves_no_temporary(tmp_path, monkeypatch):
    # write_outputs: the temporary staged when the signal came is not yet listed for clean-up
    outputs = [
        building.Output(path=tmp_path / name, data=b"new", replaced=False)
        for name in ("a.docx", "a.pdf")
    ]
    real = building.stage

    def stage_then_sigterm(path, data):
        made = real(path, data)
        if path.name == "a.pdf":
            os.kill(os.getpid(), signal.SIGTERM)
        return made

    monkeypatch.setattr(building, "stage", stage_then_sigterm)
    with pytest.raises(building.Terminated):
        building.write_outputs(outputs, None)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_written_files_are_not_private(tmp_path):
    atomic.write_atomic(tmp_path / "x.pdf", b"data")
    current = os.umask(0o022)
    os.umask(current)
    assert (tmp_path / "x.pdf").stat().st_mode & 0o777 == 0o666 & ~current


def test_docx_only_build_does_not_import_weasyprint(cache, tmp_path):
    code = (
        "import sys; from pathlib import Path; from packgen.build import build, DEFAULT_EXAMPLE;"
        f"build([DEFAULT_EXAMPLE], Path({str(tmp_path)!r}), formats=('docx',),"
        f" cache_dir=Path({str(cache)!r}));"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('weasyprint', 'cairocffi')))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "[]"
    assert (tmp_path / f"{STOCKHOLM.stem}.docx").exists()


def test_unknown_format():
    with pytest.raises(InputError, match="--format: unknown format odt"):
        building.parse_formats("docx,odt")
    assert building.parse_formats("PDF, docx,pdf") == ("pdf", "docx")


# --- classification -------------------------------------------------------------------------


def public_copy(tmp_path: Path, extra: str = "") -> Path:
    text = (
        STOCKHOLM.read_text(encoding="utf-8")
        .replace("classification: LIMITE", "classification: PUBLIC")
        .replace("../outcomes/", f"{STOCKHOLM.parent.parent / 'outcomes'}/")
    )
    path = tmp_path / "public.yaml"
    path.write_text(text + extra, encoding="utf-8")
    return path


def test_public_brief_over_limite_corpus_is_refused(cache, tmp_path):
    spec = public_copy(tmp_path)
    out = tmp_path / "out"
    with pytest.raises(InputError) as info:
        building.build([spec], out, formats=("docx",), cache_dir=cache)
    message = str(info.value)
    assert message.startswith(
        f"{spec}:4: classification: a PUBLIC brief cannot cite LIMITE sources: "
    )
    for number in ("9278/18", "14490/18", "10388/21", "15290/21", "10790/22", "16201/22"):
        assert number in message
    assert "agenda[3] 'Visa reciprocity'" in message
    assert "releases" in message and "include: false" in message
    assert not out.exists()


RELEASES = """\
releases:
  - {number: 14490/18, reference: "Release decision 1 (test)"}
  - {number: 9278/18, reference: "Release decision 2 (test)"}
  - {number: 7725/23, reference: "Release decision 3 (test)"}
  - {number: 10790/22, reference: "Release decision 4 (test)"}
  - {number: 16201/22, reference: "Release decision 5 (test)"}
  - {number: 10388/21, reference: "Release decision 6 (test)"}
  - {number: 15290/21, reference: "Release decision 7 (test)"}
"""


def test_public_brief_with_releases_builds_and_records_them(cache, tmp_path):
    spec = public_copy(tmp_path, RELEASES)
    building.build([spec], tmp_path / "out", formats=("docx",), cache_dir=cache)
    manifest = json.loads((tmp_path / "out" / "public.manifest.json").read_text())
    assert manifest["classification"] == "PUBLIC"
    releases = {r["number"]: r for r in manifest["releases"]}
    assert releases["9278/18"]["reference"] == "Release decision 2 (test)"
    assert "agenda[3] 'Visa reciprocity'" in releases["9278/18"]["used_by"]
    document = docx.Document(str(tmp_path / "out" / "public.docx"))
    cells = " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "LIMITE" not in cells
    footer = " ".join(p.text for s in document.sections for p in s.footer.paragraphs)
    assert "LIMITE" not in footer


def test_public_brief_without_history_builds(cache, tmp_path):
    spec = public_copy(tmp_path)
    text = spec.read_text(encoding="utf-8")
    text = text.replace("    history: {limit: 3}\n", "    history: {include: false}\n")
    spec.write_text(text, encoding="utf-8")
    prepared = building.prepare(spec, cache_dir=cache)
    assert prepared.sources == [] and prepared.releases == []
    assert prepared.document.header.marking is None
    excluded = building.manifest(prepared, [])["history_excluded"]
    assert excluded == [
        "agenda[0] Counter-terrorism",
        "agenda[1] Organised crime and drugs",
        "agenda[2] Migration and borders",
        "agenda[3] Visa reciprocity",
        "agenda[4] Electronic evidence and cybercrime",
    ]
