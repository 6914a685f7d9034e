"""Pack: the bundled Stockholm pack end to end (cover, contents, bookmarks, page numbers,
markings, DOCX sections, manifest) and bad pack YAML (one line, file:line, nothing written)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest

from packgen import pack as packing
from packgen.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pack"
PACK = packing.DEFAULT_PACK
NAME = "2023-06-21_eu-us-jha-stockholm-pack"
BRIEF = "2023-06-21_eu-us-jha-ministerial-stockholm"
NOTE = "2023-06-21_visa-reciprocity-steering-note"
TITLES = [
    "Background brief: EU-US Justice and Home Affairs Ministerial Meeting",
    "Note: EU-US Justice and Home Affairs Ministerial Meeting",
    "Annex I: Topic histories",
    "Annex II: Sources",
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def built(tmp_path_factory, cache) -> Path:
    out = tmp_path_factory.mktemp("pack")
    packing.build_pack(PACK, out, cache_dir=cache)
    return out


@pytest.fixture(scope="module")
def pages(built) -> list[str]:
    reader = pypdf.PdfReader(built / f"{NAME}.pack.pdf")
    return [page.extract_text() for page in reader.pages]


def _outline(reader: pypdf.PdfReader) -> list[tuple[str, int, list]]:
    """(title, page number, children) for the top level of the PDF outline."""
    out: list[tuple[str, int, list]] = []
    for item in reader.outline:
        if isinstance(item, list):
            out[-1] = (out[-1][0], out[-1][1], item)
        else:
            out.append((item.title, reader.get_destination_page_number(item) + 1, []))
    return out


def _toc(pages: list[str]) -> dict[str, int]:
    """Title -> page number, from the contents page ("Title . . . . 9")."""
    entries = {}
    for line in pages[1].splitlines():
        match = re.fullmatch(r"(.+?)[ .]*\s(\d+)", line.strip())
        if match and match[1] in TITLES:
            entries[match[1]] = int(match[2])
    return entries


def test_files_written(built):
    names = sorted(p.name for p in built.iterdir())
    assert names == sorted(
        [
            f"{BRIEF}.docx",
            f"{BRIEF}.pdf",
            f"{NOTE}.docx",
            f"{NOTE}.pdf",
            f"{NAME}.pack.pdf",
            f"{NAME}.pack.docx",
            f"{NAME}.pack.manifest.json",
        ]
    )


def test_cover_names_meeting_date_place_marking_and_contents(pages):
    cover = pages[0]
    for fact in (
        "Council of the European Union",
        "BRIEFING PACK",
        "EU-US Justice and Home Affairs Ministerial Meeting",
        "Stockholm, 21 June 2023",
        "LIMITE",
        "Pack contents",
        "10512/23 BACKGROUND BRIEF",
        "10534/23 NOTE",
    ):
        assert fact in cover
    assert [t for t in TITLES if t in cover] == TITLES


def test_contents_page_numbers_match_where_each_part_starts(pages):
    toc = _toc(pages)
    assert list(toc) == TITLES
    starts = list(toc.values())
    assert starts == sorted(starts) and starts[0] == 3
    first_page = {
        TITLES[0]: "BACKGROUND BRIEF",
        TITLES[1]: "Visa reciprocity with the United States - Presidency steering note",
        TITLES[2]: "ANNEX I\nTopic histories",
        TITLES[3]: "ANNEX II\nSources",
    }
    for title, page in toc.items():
        assert first_page[title] in pages[page - 1], title
        # the page before belongs to the previous part, so the part really starts there
        assert first_page[title] not in pages[page - 2]


def test_one_bookmark_per_part_with_headings_below(built, pages):
    reader = pypdf.PdfReader(built / f"{NAME}.pack.pdf")
    outline = _outline(reader)
    assert [title for title, _, _ in outline] == TITLES
    assert [page for _, page, _ in outline] == list(_toc(pages).values())
    brief_children = [c.title for c in outline[0][2] if not isinstance(c, list)]
    assert brief_children == ["Home affairs", "Justice"]
    note_children = [c.title for c in outline[1][2] if not isinstance(c, list)]
    assert "A. Visa reciprocity" in note_children
    histories = [c.title for c in outline[2][2] if not isinstance(c, list)]
    assert histories[:2] == ["Counter-terrorism", "Organised crime and drugs"]


def test_page_numbers_run_on_over_the_whole_pack(pages):
    total = len(pages)
    assert total > 8
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {total}" in text


def test_every_page_carries_the_highest_marking(pages):
    assert all(re.search(r"\bLIMITE EN\b", text) for text in pages)


def test_each_part_keeps_its_own_footer_fields(pages):
    toc = _toc(pages)
    brief = range(toc[TITLES[0]], toc[TITLES[1]])
    note = range(toc[TITLES[1]], toc[TITLES[2]])
    for number in brief:
        assert "10512/23 JV/ml page" in pages[number - 1]
    for number in note:
        # the inline note takes its directorate from the pack defaults
        assert "10534/23 AK/lt page" in pages[number - 1]
        assert "JAI.1 LIMITE EN" in pages[number - 1]
    assert "JV/ml" not in pages[0] and "AK/lt" not in pages[toc[TITLES[2]] - 1]


def test_topic_histories_and_sources_annexes(pages):
    toc = _toc(pages)
    histories = "\n".join(pages[toc[TITLES[2]] - 1 : toc[TITLES[3]] - 1])
    for fact in (
        "Counter-terrorism",
        "Visa reciprocity",
        "EU-US JHA Ministerial Meeting, Valletta, 15-16 June 2017",
        "EU-US JHA Ministerial Meeting, Sofia, 22-23 May 2018",
        "(9278/18, item 3(c))",
    ):
        assert fact in histories
    sources = pages[toc[TITLES[3]] - 1]
    assert "Number Date Meeting Marking" in sources
    for row in (
        "10483/17 29 June 2017 EU-US JHA Ministerial Meeting, Valletta LIMITE",
        "9278/18 31 May 2018 EU-US JHA Ministerial Meeting, Sofia LIMITE",
        "7725/23 24 March 2023 EU-US Senior Officials Meeting on JHA, Stockholm LIMITE",
    ):
        assert row in sources


def test_pack_docx_has_a_section_per_part_with_its_footer(built):
    document = docx.Document(str(built / f"{NAME}.pack.docx"))
    footers = [[p.text for p in s.footer.paragraphs] for s in document.sections]
    assert footers == [
        ["\t\tpage 1 of 1", "\tLIMITE\tEN"],
        ["10512/23\tJV/ml\tpage 1 of 1", "JAI.1\tLIMITE\tEN"],
        ["10534/23\tAK/lt\tpage 1 of 1", "JAI.1\tLIMITE\tEN"],
        ["\t\tpage 1 of 1", "\tLIMITE\tEN"],
        ["\t\tpage 1 of 1", "\tLIMITE\tEN"],
    ]
    props = document.core_properties
    assert props.title == "Briefing pack: EU-US Justice and Home Affairs Ministerial Meeting"
    assert props.created.isoformat().startswith("2023-06-21T12:00:00")
    texts = [p.text for p in document.paragraphs]
    assert texts[:5] == [
        "Council of the European Union",
        "BRIEFING PACK",
        "EU-US Justice and Home Affairs Ministerial Meeting",
        "Stockholm, 21 June 2023",
        "LIMITE",
    ]
    assert "ANNEX II" in texts


def test_manifest_lists_parts_outputs_and_sources(built):
    manifest = json.loads((built / f"{NAME}.pack.manifest.json").read_text(encoding="utf-8"))
    assert manifest["classification"] == "LIMITE"
    assert manifest["date"] == "2023-06-21"
    assert [d["name"] for d in manifest["documents"]] == [BRIEF, NOTE]
    # the brief's three latest meetings per item, and every visa meeting of the steering note
    assert [s["number"] for s in manifest["sources"]] == [
        "15487/09",
        "17034/13",
        "10483/17",
        "14822/17",
        "9278/18",
        "14490/18",
        "10388/21",
        "15290/21",
        "10790/22",
        "16201/22",
        "7725/23",
    ]
    assert manifest["annexes"] == ["topic-histories", "sources"]
    for output in manifest["outputs"]:
        assert not Path(output["path"]).is_absolute()
        data = (built / output["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == output["sha256"]
    assert len(manifest["outputs"]) == 6


def test_rebuild_is_byte_identical_and_needs_force(built, cache, tmp_path):
    with pytest.raises(InputError, match="exists \\(use --force"):
        packing.build_pack(PACK, built, cache_dir=cache)
    prepared = packing.prepare_pack(PACK, cache_dir=cache)
    again = packing.render_pack(prepared)
    assert again["pdf"] == (built / f"{NAME}.pack.pdf").read_bytes()
    assert again["docx"] == (built / f"{NAME}.pack.docx").read_bytes()


def test_pack_pdf_rendered_beside_is_the_in_process_pdf(built, cache, monkeypatch):
    prepared = packing.prepare_pack(PACK, cache_dir=cache)
    monkeypatch.setattr("packgen.pdfprocess.worth_forking", lambda: True)
    wait = packing.pack_pdf_beside(prepared)
    assert wait is not None
    assert wait() == (built / f"{NAME}.pack.pdf").read_bytes()
    monkeypatch.undo()
    monkeypatch.setenv("PACKGEN_PDF_PROCESS", "0")
    assert packing.pack_pdf_beside(prepared) is None


def test_is_pack_file(tmp_path):
    assert packing.is_pack_file(PACK)
    assert not packing.is_pack_file(ROOT / "seeds" / "briefs" / f"{BRIEF}.yaml")
    assert not packing.is_pack_file(tmp_path / "missing.yaml")
    assert not packing.is_pack_file(FIXTURES / "not_yaml.txt")


def test_highest_marking():
    assert packing.highest_marking(["PUBLIC", "LIMITE", "PUBLIC"]) == "LIMITE"
    assert packing.highest_marking(["PUBLIC", "PUBLIC"]) == "PUBLIC"


# --- bad pack YAML ----------------------------------------------------------------------------


def _pack_copy(tmp_path: Path, fixture: str) -> Path:
    """A fixture pack placed beside a copy of the bundled briefs folder layout."""
    packs = tmp_path / "packs"
    packs.mkdir()
    shutil.copytree(ROOT / "seeds" / "briefs", tmp_path / "briefs")
    shutil.copytree(ROOT / "seeds" / "outcomes", tmp_path / "outcomes")  # the briefs' corpus
    target = packs / fixture
    shutil.copy(FIXTURES / fixture, target)
    return target


@pytest.mark.parametrize(
    ("fixture", "line", "message"),
    [
        ("unknown_key.yaml", 6, "pack.venue: unknown field"),
        (
            "missing_document.yaml",
            9,
            "documents[1].spec: document file not found: ../briefs/nope.yaml",
        ),
        (
            "both_spec_and_inline.yaml",
            8,
            "documents[0]: give either `spec: FILE` or `inline: {...}`",
        ),
        ("bad_annex.yaml", 11, "annexes[0]: Input should be 'topic-histories' or 'sources'"),
        ("bad_default_header.yaml", 6, "defaults: header: unknown field 'initial'"),
        ("inline_unknown_topic.yaml", 19, "agenda[0].topic: unknown topic 'visas'"),
    ],
)
def test_bad_pack_is_one_line_with_file_and_line(tmp_path, cache, fixture, line, message):
    pack = _pack_copy(tmp_path, fixture)
    out = tmp_path / "out"
    with pytest.raises(InputError) as caught:
        packing.build_pack(pack, out, cache_dir=cache)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(f"{pack}:{line}: {message}")
    assert not out.exists()


def test_bad_pack_through_the_cli_exits_2_and_writes_nothing(tmp_path, capsys):
    from packgen.cli import main

    pack = _pack_copy(tmp_path, "unknown_key.yaml")
    recipients = ROOT / "seeds" / "packs" / "recipients.yaml"
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as caught:
        main(["distribute", str(pack), "--recipients", str(recipients), "--out", str(out)])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err == f"packgen: {pack}:6: pack.venue: unknown field\n"
    assert not out.exists()


def test_defaults_fill_only_what_a_document_leaves_out(tmp_path):
    loaded = packing.load_pack(PACK)
    specs = packing.document_specs(loaded)
    brief, note = (s.spec for s in specs)
    assert brief.header.directorate == "JAI.1" and brief.header.initials == "JV/ml"
    assert note.header.directorate == "JAI.1" and note.header.initials == "AK/lt"
    assert note.classification == "LIMITE"
    assert [s.name for s in specs] == [BRIEF, NOTE]


def test_public_pack_carries_no_limite(tmp_path, cache):
    pack = _pack_copy(tmp_path, "public_pack.yaml")
    out = tmp_path / "out"
    packing.build_pack(pack, out, formats=("pdf",), cache_dir=cache)
    texts = [p.extract_text() for p in pypdf.PdfReader(out / "public-pack.pack.pdf").pages]
    assert "LIMITE" not in "\n".join(texts)
    assert "PUBLIC" in texts[0]
    assert "No outcome is cited in this pack." in texts[-1]
    assert sorted(p.name for p in out.iterdir()) == [
        "public-pack-01.pdf",
        "public-pack.pack.manifest.json",
        "public-pack.pack.pdf",
    ]


def test_mixed_pack_marks_every_page_with_the_highest_marking(tmp_path, cache):
    pack = _pack_copy(tmp_path, "mixed_pack.yaml")
    out = tmp_path / "out"
    packing.build_pack(pack, out, formats=("pdf",), cache_dir=cache)
    texts = [p.extract_text() for p in pypdf.PdfReader(out / "mixed-pack.pack.pdf").pages]
    assert "LIMITE" in texts[0]
    assert all("LIMITE EN" in text for text in texts)
    # the public brief's pages (its footer initials) carry the pack's marking too
    assert any("PO/ab" in text and "COMM LIMITE EN" in text for text in texts)
    manifest = json.loads((out / "mixed-pack.pack.manifest.json").read_text(encoding="utf-8"))
    assert [d["classification"] for d in manifest["documents"]] == ["PUBLIC", "LIMITE"]
    assert manifest["classification"] == "LIMITE"
    # the public brief's own file keeps its own marking
    single = [p.extract_text() for p in pypdf.PdfReader(out / "mixed-pack-01.pdf").pages]
    assert "LIMITE" not in "\n".join(single)


# --- the pack is a Document: goldens and DOCX-vs-PDF agreement ------------------------------

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "pack" / "golden"


@pytest.fixture(scope="module")
def prepared(cache):
    return packing.prepare_pack(PACK, cache_dir=cache)


def test_golden_html(prepared):
    from packgen.writers.html import write_html
    from tests.test_build import compare_golden

    first = prepared.parts[0]
    html = write_html(prepared.document, first.style_dirs, first.template_dirs)
    compare_golden(html, GOLDEN / "pack.html")


def test_golden_docx_parts(built):
    from tests.test_build import compare_golden, docx_parts, normalise_xml

    path = built / f"{NAME}.pack.docx"
    parts = docx_parts(path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            # every section's own footer, and the settings that make Word rebuild the contents
            if re.fullmatch(r"word/(footer\d+|settings)\.xml", name):
                parts[name] = normalise_xml(archive.read(name))
    assert sum(name.startswith("word/footer") for name in parts) == 5
    for name, text in parts.items():
        compare_golden(text, GOLDEN / "docx" / name.replace("/", "__"))


def test_golden_pdf_text_and_metadata(built):
    from tests.test_build import compare_golden, pdf_golden

    compare_golden(pdf_golden(built / f"{NAME}.pack.pdf"), GOLDEN / "pdf.txt")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _docx_footers(document) -> list[tuple[str, str]]:
    """Each Word section's footer as (line before the page field, line after it)."""
    out = []
    for section in document.sections:
        lines = [p.text for p in section.footer.paragraphs]
        out.append((lines[0].split("page 1 of 1")[0], "".join(lines[1:])))
    return out


def _section_of_page(pages: list[str]) -> list[int]:
    """For each PDF page, its section: 0 for cover and contents, then 1, 2... from the contents."""
    starts = list(_toc(pages).values())
    return [sum(number >= start for start in starts) for number in range(1, len(pages) + 1)]


def test_docx_and_pdf_give_the_same_text_in_the_same_order(built, prepared, pages):
    from tests.writers.conftest import pdf_page_texts

    document = docx.Document(str(built / f"{NAME}.pack.docx"))
    paragraphs = [_squash(p.text) for p in document.paragraphs if p.text.strip()]
    assert len(paragraphs) > 150
    pdf = (built / f"{NAME}.pack.pdf").read_bytes()
    stream = _squash(" ".join(pdf_page_texts(pdf, footer_mm=26)))  # running footers cut off
    assert "page1of" not in stream
    for section in prepared.document.sections:  # footnotes sit at the foot of the PDF page
        for note in section.document.footnotes:
            stream = stream.replace(_squash("".join(r.text for r in note.runs)), "")
    position = 0
    for text in paragraphs:
        found = stream.find(text, position)
        assert found >= 0, f"not in the PDF after position {position}: {text[:60]}"
        position = found + len(text)
    assert position > len(stream) * 0.95  # and the PDF holds nothing the DOCX lacks at its end


def test_docx_and_pdf_give_each_section_the_same_footer(built, pages):
    footers = _docx_footers(docx.Document(str(built / f"{NAME}.pack.docx")))
    assert len(footers) == len(TITLES) + 1  # cover and contents, then each section
    total = len(pages)
    for number, (text, section) in enumerate(
        zip(pages, _section_of_page(pages), strict=True), start=1
    ):
        before, after = footers[section]
        assert _squash(f"{before}page {number} of {total}{after}") in _squash(text), number


def test_contents_entries_are_the_section_titles_in_both(built, prepared, pages):
    document = docx.Document(str(built / f"{NAME}.pack.docx"))
    xml = document.element.body.xml
    # the contents is a real TOC field built from one TC field per section
    assert '<w:instrText xml:space="preserve"> TOC \\f \\l "1-1" \\h </w:instrText>' in xml
    entries = re.findall(r'<w:instrText xml:space="preserve"> TC "(.*?)" \\l 1 </w:instrText>', xml)
    assert entries == TITLES == list(_toc(pages))
    cached = [p.text.rstrip("\t") for p in document.paragraphs if p.text.endswith("\t")]
    assert cached == TITLES
    titles = [part.document.metadata.title for part in prepared.parts]
    assert TITLES[: len(titles)] == titles == [s.title for s in prepared.document.sections[:2]]
    with zipfile.ZipFile(built / f"{NAME}.pack.docx") as archive:
        assert b'<w:updateFields w:val="true"/>' in archive.read("word/settings.xml")


def test_pack_is_one_document_rendered_by_the_brief_writers(prepared):
    from packgen.document import Document, Pack

    pack = prepared.document
    assert isinstance(pack, Pack) and isinstance(pack, Document)
    assert [s.anchor for s in pack.sections] == ["part-1", "part-2", "annex-1", "annex-2"]
    assert [s.annex for s in pack.sections] == [False, False, True, True]
    # each part keeps its own footer fields and carries the pack's marking
    assert [s.document.footer.initials for s in pack.sections] == ["JV/ml", "AK/lt", None, None]
    assert {s.document.footer.marking for s in pack.sections} == {"LIMITE"}


def test_a_skeleton_that_prints_no_pack_sections_is_refused(prepared, tmp_path):
    from packgen.writers.html import write_html

    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "document.html.j2").write_text("<p>{{ doc.metadata.title }}</p>\n")
    with pytest.raises(InputError, match="does not print pack sections"):
        write_html(prepared.document, template_dirs=[tmp_path])


def test_a_pack_holding_a_draft_is_marked_draft_on_every_page(prepared):
    """One draft document makes the whole pack a draft: one mark in the HTML (a fixed element
    that WeasyPrint repeats on every page), and the DOCX header watermark, which every
    later Word section inherits."""
    import io

    import docx

    from packgen.compose_pack import compose_pack
    from packgen.pack import pack_sources, topic_labels
    from packgen.writers.docx import write_docx
    from packgen.writers.html import write_html

    parts = list(prepared.parts)
    assert prepared.document.draft is False
    draft_doc = parts[1].document.model_copy(update={"draft": True})
    parts[1] = type(parts[1])(**{**vars(parts[1]), "document": draft_doc})
    loaded = prepared.loaded
    pack = compose_pack(
        loaded.pack.pack,
        parts,
        loaded.pack.annexes,
        pack_sources(parts),
        topic_labels(parts),
        prepared.classification,
    )
    assert pack.draft is True
    html = write_html(pack, parts[0].style_dirs, parts[0].template_dirs)
    assert html.count('<div class="draft-mark" aria-hidden="true">DRAFT</div>') == 1
    document = docx.Document(io.BytesIO(write_docx(pack, parts[0].style_dirs)))
    first = document.sections[0].header
    assert 'string="DRAFT"' in first._element.xml
    assert all(section.header.is_linked_to_previous for section in document.sections[1:])
