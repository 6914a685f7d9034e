"""Markings fail closed (issue 10, classes 1-4): hostile files from tests/safety/hostile.py.

Each class of the issue has its test, run over every variant of that class; the CLI
tests then show what a user sees: the warning for an undetermined marking, the refused
PUBLIC brief, the manifest saying where each marking was found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from packgen.errors import ClassifiedSourceError
from packgen.extract import read_outcome
from tests.safety.helpers import brief, files_in, packgen
from tests.safety.hostile import NUMBER, Attack, attacks, without_marking

ATTACKS = attacks()
OUTCOMES = {"LIMITE": "limite", "PUBLIC": "public", None: "undetermined"}


def of_class(kind: int) -> list[Attack]:
    return [a for a in ATTACKS if a.kind == kind]


def ids(selected: list[Attack]) -> list[str]:
    return [a.filename.removeprefix("2018-05-31_") for a in selected]


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


def conclusion(attack: Attack, folder: Path) -> tuple[str, str | None]:
    """What packgen concludes about the attack file, and where it found the marking."""
    path = folder / attack.filename
    path.write_bytes(attack.make())
    try:
        record = read_outcome(path)
    except ClassifiedSourceError as exc:
        return "classified", exc.message
    assert record.number == NUMBER  # the file is still read as the outcome it copies
    return OUTCOMES[record.marking], record.marking_found


@pytest.mark.parametrize("attack", of_class(1), ids=ids(of_class(1)))
def test_class_1_marking_only_in_running_lines_parts_or_metadata_is_found(attack, tmp_path):
    found, where = conclusion(attack, tmp_path)
    assert found == attack.expect
    assert where is not None
    # it was found where the attack put it, not in the body text
    if "footer" in attack.name and attack.suffix == ".pdf":
        assert "(page footer)" in where
    if "header part" in attack.name:
        assert where.startswith("word/header")
    if "footer part" in attack.name:
        assert where.startswith("word/footer")
    if "metadata" in attack.name:
        assert where.startswith("PDF metadata")
    if "XMP" in attack.name:
        assert where.startswith("PDF XMP")
    if "properties" in attack.name or "property" in attack.name:
        assert where.startswith("docProps/")


@pytest.mark.parametrize("attack", of_class(2), ids=ids(of_class(2)))
def test_class_2_missed_or_absent_marking_is_limite_never_public(attack, tmp_path):
    found, _ = conclusion(attack, tmp_path)
    assert found == attack.expect
    assert found in ("limite", "undetermined")


@pytest.mark.parametrize("attack", of_class(3), ids=ids(of_class(3)))
def test_class_3_only_the_overstamp_in_the_first_page_stamp_zone_releases(attack, tmp_path):
    found, where = conclusion(attack, tmp_path)
    assert found == attack.expect
    if found == "public" and attack.suffix == ".pdf":
        assert where == "page 1, margin stamp"


@pytest.mark.parametrize("attack", of_class(4), ids=ids(of_class(4)))
def test_class_4_classified_spellings_are_refused_wherever_they_are(attack, tmp_path):
    found, message = conclusion(attack, tmp_path)
    assert found == "classified", message
    assert "packgen does not process classified documents" in message


# ---------------------------------------------------------------- through the CLI


def corpus_of(folder: Path, attack_name: str) -> Path:
    attack = next(a for a in ATTACKS if a.name == attack_name)
    corpus = folder / "corpus"
    corpus.mkdir()
    path = corpus / attack.filename
    path.write_bytes(attack.make())
    return path


def test_build_and_check_name_an_undetermined_source_and_refuse_a_public_brief(tmp_path, cache):
    source = tmp_path / "corpus" / "2018-05-31_9278-18.txt"
    source.parent.mkdir()
    source.write_text(without_marking(), encoding="utf-8")
    (tmp_path / "public.yaml").write_text(brief("PUBLIC", "corpus: [corpus/]\n"), "utf-8")
    warning = (
        "packgen: warning: marking not found in corpus/2018-05-31_9278-18.txt: treated as LIMITE"
    )

    built = packgen(tmp_path, cache, "build", "public.yaml", "--out", "out")
    assert built.returncode == 2
    lines = built.stderr.splitlines()
    assert lines[0] == warning
    assert lines[1].startswith("packgen: public.yaml:2: classification: a PUBLIC brief cannot cite")
    assert "9278/18 (marking not found: treated as LIMITE; pulled in by agenda[0]" in lines[1]
    assert len(lines) == 2 and "Traceback" not in built.stderr
    assert files_in(tmp_path / "out") == []

    checked = packgen(tmp_path, cache, "check", "public.yaml")
    assert checked.returncode == 1
    assert warning in checked.stderr.splitlines()
    assert "marking not found: treated as LIMITE" in checked.stdout + checked.stderr


def test_a_public_brief_over_a_footer_only_limite_docx_is_refused(tmp_path, cache):
    corpus_of(tmp_path, "docx LIMITE in footer part only")
    (tmp_path / "public.yaml").write_text(brief("PUBLIC", "corpus: [corpus/]\n"), "utf-8")
    result = packgen(tmp_path, cache, "build", "public.yaml", "--out", "out", "--format", "docx")
    assert result.returncode == 2
    assert "cannot cite a LIMITE source: 9278/18" in result.stderr
    assert "warning: marking not found" not in result.stderr  # it was found, in the footer
    assert files_in(tmp_path / "out") == []


def test_a_release_lets_the_public_brief_build_and_the_manifest_says_where(tmp_path, cache):
    corpus_of(tmp_path, "pdf LIMITE in running footer only")
    releases = 'releases:\n  - {number: 9278/18, reference: "Release decision (test)"}\n'
    spec = brief("PUBLIC", "corpus: [corpus/]\n" + releases)
    (tmp_path / "public.yaml").write_text(spec, "utf-8")
    result = packgen(tmp_path, cache, "build", "public.yaml", "--out", "out", "--format", "docx")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "public.manifest.json").read_text())
    [source] = manifest["sources"]
    assert (source["number"], source["marking"], source["treated_as"]) == (
        "9278/18",
        "LIMITE",
        "LIMITE",
    )
    assert source["marking_found"].startswith("page 1, line ")
    assert source["marking_found"].endswith("(page footer)")
    assert manifest["releases"][0]["number"] == "9278/18"


def test_a_genuinely_stamped_pdf_is_public_and_the_manifest_names_the_stamp(tmp_path, cache):
    corpus_of(tmp_path, "pdf genuine margin stamp")
    (tmp_path / "public.yaml").write_text(brief("PUBLIC", "corpus: [corpus/]\n"), "utf-8")
    result = packgen(tmp_path, cache, "build", "public.yaml", "--out", "out", "--format", "docx")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "public.manifest.json").read_text())
    [source] = manifest["sources"]
    assert (source["marking"], source["marking_found"]) == ("PUBLIC", "page 1, margin stamp")


@pytest.mark.parametrize(
    "name", ["docx classified footer part", "pdf classified XMP", "txt classified 'EU TOP SECRET'"]
)
def test_a_classified_source_fails_parse_and_build_in_one_line(tmp_path, cache, name):
    path = corpus_of(tmp_path, name)
    parsed = packgen(tmp_path, cache, "parse", str(path), "--json")
    assert parsed.returncode == 2
    assert parsed.stdout == ""
    [line] = parsed.stderr.splitlines()
    assert line.startswith(f"packgen: {path}: classified marking '")
    (tmp_path / "limite.yaml").write_text(brief("LIMITE", "corpus: [corpus/]\n"), "utf-8")
    built = packgen(tmp_path, cache, "build", "limite.yaml", "--out", "out")
    assert built.returncode == 2
    assert "classified marking" in built.stderr and "Traceback" not in built.stderr
    assert files_in(tmp_path / "out") == []
