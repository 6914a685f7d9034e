"""One source per document: the same outcome as TXT, DOCX and PDF, a REV and an ADD, merged.

The folder holds three bundled outcomes in three formats each (DOCX and PDF rendered with
scripts/make_renditions.py), a REV 1 of one of them that supersedes it, and an ADD 1 that
attaches to another: twelve files, three documents, zero duplicate history entries.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import warnings
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from packgen.cli import main
from packgen.corpus import load_corpus, merge_versions, parse_number
from packgen.followups import topic_followups
from packgen.history import topic_history
from packgen.topics import DEFAULT_TOPICS, load_topics
from tests.conftest import ROOT

OUTCOMES = ROOT / "seeds" / "outcomes"
SCRIPT = ROOT / "scripts" / "make_renditions.py"
SOURCES = ["2018-05-31_9278-18.txt", "2018-11-23_14490-18.txt", "2023-03-24_7725-23.txt"]


def _renditions() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_renditions", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "HarfBuzz-Subset", DeprecationWarning)
        import weasyprint  # noqa: F401
    module = _renditions()
    out = tmp_path_factory.mktemp("register")
    for name in SOURCES:
        source = OUTCOMES / name
        shutil.copy(source, out / name)
        module.write_docx_rendition(source, out / f"{source.stem}.docx")
        module.write_pdf_rendition(source, out / f"{source.stem}.pdf")
    # REV 1 of 14490/18: a corrected second version, in TXT and PDF
    text = (OUTCOMES / "2018-11-23_14490-18.txt").read_text(encoding="utf-8")
    revised = text.replace("\n14490/18\n", "\n14490/1/18 REV 1\n").replace(
        "Both sides reaffirmed their commitment to cooperate against terrorist use of the internet.",
        "Both sides reaffirmed their commitment to cooperate against terrorist use of the internet"
        " and agreed to review the PNR Agreement jointly in 2019.",
    )
    assert revised != text
    (out / "2018-11-30_14490-1-18-REV-1.txt").write_text(revised, encoding="utf-8")
    module.write_pdf_rendition(
        out / "2018-11-30_14490-1-18-REV-1.txt", out / "2018-11-30_14490-1-18-REV-1.pdf"
    )
    # ADD 1 of 7725/23: the joint list of follow-up actions, sent a week later
    header = (OUTCOMES / "2023-03-24_7725-23.txt").read_text(encoding="utf-8").split("1. Joint")[0]
    addendum = re.sub(r"^7725/23$", "7725/23 ADD 1", header, count=1, flags=re.M) + (
        "1. Follow-up actions\n\nThe Parties will hold an expert meeting on synthetic drug"
        " precursors in Brussels in May 2023.\n"
    )
    (out / "2023-03-31_7725-23-ADD-1.txt").write_text(addendum, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def corpus(folder: Path, tmp_path_factory: pytest.TempPathFactory):
    return load_corpus(folder, cache_dir=tmp_path_factory.mktemp("cache"))


def test_parse_number_takes_revisions_addenda_and_corrigenda_apart() -> None:
    assert parse_number("14220/6/16 REV 6") == parse_number("14220/16 REV 6")
    number = parse_number("7725/23 ADD 1 COR 2")
    assert number and (number.base, number.rev, number.add, number.cor) == ("7725/23", 0, 1, 2)
    assert parse_number("not a number") is None
    # the register's spellings name the same document and version
    assert parse_number("ST 14490/18 INIT") == parse_number("14490/18")
    assert parse_number("14490/18 REV.1") == parse_number("14490/1/18 REV 1")


def test_three_documents_from_twelve_files(folder: Path, corpus) -> None:
    assert len(list(folder.iterdir())) == 3 * 3 + 2 + 1
    assert [r.number for r in corpus.records] == ["9278/18", "14490/1/18 REV 1", "7725/23"]
    # the text rendition of each version is the one read; the REV supersedes the original
    assert [Path(r.source).suffix for r in corpus.records] == [".txt"] * 3
    reasons = {
        (group["number"], Path(m["path"]).name): m["reason"]
        for group in corpus.merged
        for m in group["merged"]
    }
    assert reasons[("9278/18", "2018-05-31_9278-18.pdf")] == "the same document in another format"
    assert reasons[("14490/1/18 REV 1", "2018-11-23_14490-18.docx")] == "superseded by REV 1"
    assert reasons[("14490/1/18 REV 1", "2018-11-30_14490-1-18-REV-1.pdf")] == (
        "the same document in another format"
    )
    assert reasons[("7725/23", "2023-03-31_7725-23-ADD-1.txt")] == "addendum attached to 7725/23"
    assert len(reasons) == 2 + 4 + 3  # 9278/18; 14490/18 and its REV PDF; 7725/23 and its ADD


def test_zero_duplicate_entries(corpus) -> None:
    taxonomy = load_topics(DEFAULT_TOPICS)
    for topic in taxonomy.ids():
        entries = topic_history(corpus, taxonomy, topic)
        keys = Counter((e.citation.number, e.citation.item) for e in entries)
        assert all(n == 1 for n in keys.values()), (topic, keys)
    meetings = {e.citation.number for e in topic_history(corpus, taxonomy, "counter-terrorism")}
    assert meetings == {"9278/18", "14490/1/18 REV 1", "7725/23"}


def test_the_latest_version_is_read_and_the_addendum_is_part_of_its_document(corpus) -> None:
    taxonomy = load_topics(DEFAULT_TOPICS)
    found = topic_followups(corpus, taxonomy)
    revised = [f for f in found if "review the PNR Agreement jointly in 2019" in f.sentence]
    assert [f.citation.number for f in revised] == ["14490/1/18 REV 1"]
    added = [f for f in found if "synthetic drug precursors" in f.sentence]
    assert [(f.citation.number, f.citation.item) for f in added] == [("7725/23", "annex")]


def test_topics_command_reports_what_was_merged(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["topics", "--corpus", str(folder), "--cache", str(tmp_path)])
    out = capsys.readouterr().out
    assert stopped.value.code == 0
    assert out.startswith("3 outcomes, ")
    assert "merged documents: 9" in out
    assert "2018-11-23_14490-18.txt (14490/18): superseded by REV 1" in out


def test_brief_and_manifest_count_each_meeting_once(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = (
        ROOT / "seeds" / "briefs" / "2023-06-21_eu-us-jha-ministerial-stockholm.yaml"
    ).read_text(encoding="utf-8")
    spec = spec.replace("    history: {limit: 3}\n", "")
    spec = re.sub(r"\ncorpus:\n(?:  - .*\n)+", f"\ncorpus: ['{folder}/*']\n", spec)
    path = tmp_path / "brief.yaml"
    path.write_text(spec, encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(["build", str(path), "--out", str(tmp_path / "out"), "--format", "docx"])
    assert stopped.value.code == 0, capsys.readouterr().err
    manifest = json.loads((tmp_path / "out" / "brief.manifest.json").read_text())
    assert sorted(s["number"] for s in manifest["sources"]) == [
        "14490/1/18 REV 1",
        "7725/23",
        "9278/18",
    ]
    assert sum(len(group["merged"]) for group in manifest["merged"]) == 9
    from docx import Document

    text = "\n".join(p.text for p in Document(tmp_path / "out" / "brief.docx").paragraphs)
    assert "The topic was discussed at three earlier meetings:" in text
    assert "ten earlier" not in text and "10 earlier" not in text


def test_merge_keeps_records_without_a_number() -> None:
    from packgen.records import OutcomeRecord

    loose = OutcomeRecord(source="a.txt", sha256="a")
    assert merge_versions([loose]) == ([loose], [])


def test_a_rendition_whose_number_cannot_be_read_is_merged_by_date_and_subject(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (OUTCOMES / "2018-05-31_9278-18.txt").read_text(encoding="utf-8")
    folder = tmp_path / "register"
    folder.mkdir()
    (folder / "2018-05-31_9278-18.txt").write_text(text, encoding="utf-8")
    # the same outcome as a copy whose number line was lost (a scan, a header drawn as an image)
    unnumbered = text.replace("\n9278/18\n", "\n", 1)
    assert unnumbered != text
    (folder / "copy-of-outcome.txt").write_text(unnumbered, encoding="utf-8")
    # an outcome of another meeting, its number lost too: a source of its own
    other = (OUTCOMES / "2023-03-24_7725-23.txt").read_text(encoding="utf-8")
    other = re.sub(r"^7725/23\n", "", other, count=1, flags=re.M)
    (folder / "other.txt").write_text(other, encoding="utf-8")
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache")
    assert sorted(r.number or "-" for r in corpus.records) == ["-", "9278/18"]
    assert [(g["number"], [Path(m["path"]).name for m in g["merged"]]) for g in corpus.merged] == [
        ("9278/18", ["copy-of-outcome.txt"])
    ]
    reason = corpus.merged[0]["merged"][0]["reason"]
    assert reason == "the same document in another format (same date and subject)"
    with pytest.raises(SystemExit):
        main(["topics", "--corpus", str(folder), "--cache", str(tmp_path / "cache")])
    assert (
        f"{folder / 'copy-of-outcome.txt'} (no number read): the same document in another"
        " format (same date and subject)" in capsys.readouterr().out
    )
