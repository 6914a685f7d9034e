"""Classification through the CLI: PUBLIC briefs never carry LIMITE sources, markings printed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest

from tests.safety.helpers import (
    BUNDLED_CORPUS,
    STOCKHOLM,
    brief,
    docx_parts,
    files_in,
    packgen,
    pdf_pages,
)

NUMBERS = ("10483/17", "9278/18", "7725/23")
PULLED_BY_BOTH = "(pulled in by agenda[0] 'Visa reciprocity', agenda[1] 'Counter-terrorism')"
RELEASES = """\
releases:
  - {number: 10483/17, reference: "Release decision A (test)"}
  - {number: 9278/18, reference: "Release decision B (test)"}
  - {number: 7725/23, reference: "Release decision C (test)"}
"""


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


def test_public_brief_over_limite_corpus_is_refused_and_writes_nothing(tmp_path, cache):
    (tmp_path / "public.yaml").write_text(brief("PUBLIC"), encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "public.yaml", "--out", "out")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(
        "packgen: public.yaml:2: classification: a PUBLIC brief cannot cite LIMITE sources: "
    )
    for number in NUMBERS:
        assert f"{number} {PULLED_BY_BOTH}" in result.stderr, number
    # the item without history pulls nothing in
    assert "Migration and borders" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_refusal_leaves_earlier_outputs_alone_even_with_force(tmp_path, cache):
    out = tmp_path / "out"
    out.mkdir()
    earlier = {name: f"earlier {name}".encode() for name in ("public.pdf", "public.docx")}
    for name, data in earlier.items():
        (out / name).write_bytes(data)
    (tmp_path / "public.yaml").write_text(brief("PUBLIC"), encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "public.yaml", "--out", "out", "--force")
    assert result.returncode == 2
    assert files_in(out) == sorted(earlier)
    assert {name: (out / name).read_bytes() for name in earlier} == earlier


def test_a_partial_release_names_only_the_sources_still_limite(tmp_path, cache):
    extra = 'releases:\n  - {number: 9278/18, reference: "Release decision B (test)"}\n'
    (tmp_path / "public.yaml").write_text(brief("PUBLIC", extra), encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "public.yaml", "--out", "out")
    assert result.returncode == 2
    assert f"10483/17 {PULLED_BY_BOTH}; 7725/23 {PULLED_BY_BOTH}; list each" in result.stderr
    assert "9278/18" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_follow_ups_respect_the_history_limit_and_pull_in_no_older_source(tmp_path, cache):
    # history limited to the newest meeting (released): its follow-ups come from that meeting
    # only (issue 11), so the 2017 and 2018 outcomes are not cited and need no release
    spec = brief("PUBLIC").replace(
        "    topics: [visa-reciprocity]\n",
        "    topics: [visa-reciprocity]\n    history: {limit: 1}\n",
    )
    spec = spec.replace(
        "  - title: Counter-terrorism\n",
        "  - title: Counter-terrorism\n    history: {include: false}\n",
    )
    extra = 'releases:\n  - {number: 7725/23, reference: "Release decision C (test)"}\n'
    (tmp_path / "public.yaml").write_text(spec + extra, encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "public.yaml", "--out", "out")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "public.manifest.json").read_text())
    assert [s["number"] for s in manifest["sources"]] == ["7725/23"]


def test_public_brief_with_releases_builds_and_the_manifest_records_them(tmp_path, cache):
    (tmp_path / "public.yaml").write_text(brief("PUBLIC", RELEASES), encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "public.yaml", "--out", "out")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "public.manifest.json").read_text())
    assert manifest["classification"] == "PUBLIC"
    assert [(s["number"], s["marking"]) for s in manifest["sources"]] == [
        (number, "LIMITE") for number in NUMBERS
    ]
    used_by = ["agenda[0] 'Visa reciprocity'", "agenda[1] 'Counter-terrorism'"]
    assert manifest["releases"] == [
        {"number": "10483/17", "reference": "Release decision A (test)", "used_by": used_by},
        {"number": "9278/18", "reference": "Release decision B (test)", "used_by": used_by},
        {"number": "7725/23", "reference": "Release decision C (test)", "used_by": used_by},
    ]
    # the brief's own marking is printed, not its sources': no LIMITE on any page or part
    pages = pdf_pages(tmp_path / "out" / "public.pdf")
    assert len(pages) >= 2
    assert not any("LIMITE" in page for page in pages)
    parts = docx_parts(tmp_path / "out" / "public.docx")
    assert not any(b"LIMITE" in data for name, data in parts.items() if name.startswith("word/"))


def test_a_source_overstamped_public_needs_no_release(tmp_path, cache):
    corpus = tmp_path / "released"
    corpus.mkdir()
    for source in BUNDLED_CORPUS.glob("*.txt"):
        text = source.read_text(encoding="utf-8")
        stamped = re.sub(r"^\**LIMITE\**$", "PUBLIC", text, count=1, flags=re.MULTILINE)
        assert stamped != text, source
        (corpus / source.name).write_text(stamped, encoding="utf-8")
    spec = brief("PUBLIC", "corpus: [released/*.txt]\n")
    (tmp_path / "public.yaml").write_text(spec, encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "public.yaml", "--out", "out", "--format", "docx")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "public.manifest.json").read_text())
    assert [(s["number"], s["marking"]) for s in manifest["sources"]] == [
        (number, "PUBLIC") for number in NUMBERS
    ]
    assert manifest["releases"] == []


def test_limite_brief_prints_limite_on_every_pdf_page_and_in_the_docx_footer(tmp_path, cache):
    result = packgen(tmp_path, cache, "build", str(STOCKHOLM), "--out", "out")
    assert result.returncode == 0, result.stderr
    stem = STOCKHOLM.stem
    pages = pdf_pages(tmp_path / "out" / f"{stem}.pdf")
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert text.splitlines()[-1] == "JAI.1 LIMITE EN", number
    assert "\nLIMITE\n" in pages[0]  # the header block's marking
    document = docx.Document(str(tmp_path / "out" / f"{stem}.docx"))
    footers = [p.text for s in document.sections for p in s.footer.paragraphs]
    assert "JAI.1\tLIMITE\tEN" in footers
    manifest = json.loads((tmp_path / "out" / f"{stem}.manifest.json").read_text())
    assert manifest["classification"] == "LIMITE"


# --- classified sources (RESTREINT UE and above) --------------------------------------------


def classified_corpus(tmp_path: Path) -> Path:
    """The bundled corpus plus a copy of 9278/18 renumbered 9999/18 and marked RESTREINT UE."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in BUNDLED_CORPUS.glob("*.txt"):
        (corpus / source.name).write_bytes(source.read_bytes())
    text = (BUNDLED_CORPUS / "2018-05-31_9278-18.txt").read_text(encoding="utf-8")
    text = text.replace("\nLIMITE\n", "\nRESTREINT UE/EU RESTRICTED\n", 1)
    text = text.replace("\n9278/18\n", "\n9999/18\n", 1).replace("31 May 2018", "1 June 2018", 1)
    (corpus / "2018-06-01_9999-18.txt").write_text(text, encoding="utf-8")
    return corpus


def test_parse_refuses_a_restreint_ue_source(tmp_path, cache):
    corpus = classified_corpus(tmp_path)
    result = packgen(tmp_path, cache, "parse", str(corpus / "2018-06-01_9999-18.txt"), "--json")
    assert result.returncode == 2
    assert result.stderr == (
        f"packgen: {corpus / '2018-06-01_9999-18.txt'}: classified marking "
        "'RESTREINT UE/EU RESTRICTED' (line 9): packgen does not process classified documents\n"
    )


def test_a_restreint_ue_source_never_reaches_a_brief(tmp_path, cache):
    classified_corpus(tmp_path)
    (tmp_path / "brief.yaml").write_text(brief("LIMITE", "corpus: [corpus/*.txt]\n"), "utf-8")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--out", "out", "--format", "docx")
    manifest_path = tmp_path / "out" / "brief.manifest.json"
    if result.returncode == 0:  # today: the corpus skips the file
        manifest = json.loads(manifest_path.read_text())
        assert [s["number"] for s in manifest["sources"]] == list(NUMBERS)
        assert b"9999/18" not in (tmp_path / "out" / "brief.docx").read_bytes()
    else:
        assert not manifest_path.exists()


def test_build_refuses_a_corpus_holding_a_restreint_ue_source(tmp_path, cache):
    classified_corpus(tmp_path)
    (tmp_path / "brief.yaml").write_text(brief("LIMITE", "corpus: [corpus/*.txt]\n"), "utf-8")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--out", "out", "--format", "docx")
    assert result.returncode == 2
    assert "2018-06-01_9999-18.txt" in result.stderr and "RESTREINT UE" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()
