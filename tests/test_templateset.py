"""Layered template sets: resolution by date or id, presidency.yaml checks, and set generation."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest

import packgen
from packgen import templateset
from packgen.document import Letterhead
from packgen.errors import InputError
from packgen.presidency import get_presidency
from packgen.templateset import (
    MANIFEST_FILE,
    generate_presidency_set,
    list_sets,
    load_settings,
    resolve_template_set,
)

LT = "2027-1-LT"


def fake_reference_builder(out: Path, accent: str = "#003399", font: str = "x") -> None:
    out.write_bytes(f"reference docx {accent} {font}".encode())


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project's templates/ and styles/, with a stand-in reference builder."""
    for name in ("templates", "styles"):
        source = packgen.PROJECT_ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("2*-*-*"))
        else:
            (tmp_path / name).mkdir()
    monkeypatch.setattr(templateset, "_reference_builder", lambda: fake_reference_builder)
    return tmp_path


@pytest.fixture
def lithuanian_set(root: Path) -> Path:
    generate_presidency_set(get_presidency(LT), root=root)
    return root / "templates" / "presidencies" / LT


def test_a_semester_without_a_set_uses_the_base_set_and_the_calendar(root: Path):
    chosen = resolve_template_set(date(2026, 3, 1), root=root)
    assert chosen.presidency.id == "2026-1-CY"
    assert chosen.set_id is None and chosen.settings is None
    assert chosen.template_dirs == [root / "templates"]
    assert chosen.style_dirs == [root / "styles"]
    assert chosen.letterhead() == Letterhead(
        lines=["Presidency of the Council of the European Union", "Cyprus 2026"],
        accent="#003399",
        logo=None,
    )


def test_generated_set_is_picked_by_date_most_specific_first(root: Path, lithuanian_set: Path):
    chosen = resolve_template_set(date(2027, 1, 1), root=root)
    assert chosen.set_id == LT
    assert chosen.template_dirs == [lithuanian_set, root / "templates"]
    assert chosen.style_dirs == [root / "styles" / "presidencies" / LT, root / "styles"]
    assert chosen.settings.adjective == "Lithuanian"
    assert chosen.settings.semester == "January-June 2027"
    assert chosen.letterhead_lines == [
        "Presidency of the Council of the European Union",
        "Lithuania 2027",
    ]
    assert chosen.accent == "#006A44"
    assert chosen.find_style("reference.docx") == (
        root / "styles" / "presidencies" / LT / "reference.docx"
    )
    # the day before belongs to the Irish Presidency, which has no set
    assert resolve_template_set(date(2026, 12, 31), root=root).set_id is None


def test_spec_folder_comes_first(root: Path, lithuanian_set: Path, tmp_path: Path):
    spec_dir = tmp_path / "my-brief"
    (spec_dir / "templates").mkdir(parents=True)
    (spec_dir / "styles").mkdir()
    chosen = resolve_template_set(date(2027, 5, 1), spec_dir=spec_dir, root=root)
    assert chosen.template_dirs == [spec_dir / "templates", lithuanian_set, root / "templates"]
    assert chosen.style_dirs[0] == spec_dir / "styles"
    # a spec folder without templates/ or styles/ adds no layer
    bare = resolve_template_set(date(2027, 5, 1), spec_dir=tmp_path / "nothing", root=root)
    assert bare.template_dirs == [lithuanian_set, root / "templates"]


def test_an_explicit_id_wins_over_the_date(root: Path, lithuanian_set: Path):
    chosen = resolve_template_set(date(2023, 3, 24), presidency_id="2027-1-lt", root=root)
    assert (chosen.presidency.code, chosen.set_id) == ("LT", LT)


def test_an_unknown_explicit_id_lists_the_known_sets(root: Path, lithuanian_set: Path):
    assert list_sets(root) == [LT]
    with pytest.raises(
        InputError, match=r"unknown Presidency '2031-1-XX'; known template sets: 2027-1-LT"
    ):
        resolve_template_set(date(2027, 1, 1), presidency_id="2031-1-XX", root=root)


def _edit_settings(set_dir: Path, old: str, new: str) -> None:
    path = set_dir / "presidency.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_logo_inside_the_set_resolves_to_an_absolute_path(root: Path, lithuanian_set: Path):
    (lithuanian_set / "logo.png").write_bytes(b"\x89PNG")
    _edit_settings(lithuanian_set, "# logo: logo.png", "logo: logo.png #")
    chosen = resolve_template_set(date(2027, 2, 1), root=root)
    assert chosen.logo == (lithuanian_set / "logo.png").resolve()
    assert chosen.letterhead().logo == str((lithuanian_set / "logo.png").resolve())


@pytest.mark.parametrize("logo", ["../../../secret.png", "/etc/passwd"])
def test_a_logo_path_leaving_the_set_is_refused(root: Path, lithuanian_set: Path, logo: str):
    _edit_settings(lithuanian_set, "# logo: logo.png", f'logo: "{logo}" #')
    with pytest.raises(InputError, match="logo path leaves the template set") as caught:
        load_settings(LT, root)
    assert str(caught.value).startswith(f"{lithuanian_set / 'presidency.yaml'}:13: logo:")


def test_a_bad_accent_is_reported_with_its_line(root: Path, lithuanian_set: Path):
    _edit_settings(lithuanian_set, 'accent: "#006A44"', "accent: green")
    with pytest.raises(InputError, match=r"presidency\.yaml:11: accent: String should match"):
        load_settings(LT, root)


def test_settings_of_another_presidency_are_refused(root: Path, lithuanian_set: Path):
    _edit_settings(lithuanian_set, f"presidency: {LT}", "presidency: 2027-2-EL")
    with pytest.raises(InputError, match=r":4: presidency: '2027-2-EL' does not match"):
        load_settings(LT, root)


def test_generation_writes_settings_reference_and_manifest(root: Path, lithuanian_set: Path):
    manifest = json.loads((lithuanian_set / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert manifest["presidency"] == LT
    assert sorted(manifest["files"]) == [
        f"styles/presidencies/{LT}/reference.docx",
        f"templates/presidencies/{LT}/presidency.yaml",
    ]
    reference = root / "styles" / "presidencies" / LT / "reference.docx"
    assert reference.read_bytes() == b"reference docx #006A44 Liberation Serif"
    leftovers = [p.name for p in root.rglob("*.tmp")]
    assert leftovers == []


def test_regeneration_is_refused_without_force(root: Path, lithuanian_set: Path):
    with pytest.raises(InputError, match="template set 2027-1-LT already exists; use --force"):
        generate_presidency_set(get_presidency(LT), root=root)


def test_force_keeps_a_user_edit_and_reset_restores_it(root: Path, lithuanian_set: Path):
    settings = lithuanian_set / "presidency.yaml"
    generated = settings.read_text(encoding="utf-8")
    _edit_settings(lithuanian_set, '"Lithuania 2027"', '"Lietuva 2027"')
    edited = settings.read_text(encoding="utf-8")

    report = generate_presidency_set(get_presidency(LT), root=root, force=True)
    assert report.messages == [
        f"kept user-edited file templates/presidencies/{LT}/presidency.yaml",
        f"unchanged styles/presidencies/{LT}/reference.docx",
    ]
    assert settings.read_text(encoding="utf-8") == edited
    # still recognised as edited on the next run
    again = generate_presidency_set(get_presidency(LT), root=root, force=True)
    assert again.messages[0].startswith("kept user-edited file")

    report = generate_presidency_set(get_presidency(LT), root=root, force=True, reset=True)
    assert report.messages[0] == f"restored templates/presidencies/{LT}/presidency.yaml"
    assert settings.read_text(encoding="utf-8") == generated


def test_force_updates_generated_files_the_user_did_not_touch(
    root: Path, lithuanian_set: Path, monkeypatch: pytest.MonkeyPatch
):
    def newer_builder(out: Path, accent: str = "", font: str = "") -> None:
        out.write_bytes(b"newer reference")

    monkeypatch.setattr(templateset, "_reference_builder", lambda: newer_builder)
    report = generate_presidency_set(get_presidency(LT), root=root, force=True)
    assert f"updated styles/presidencies/{LT}/reference.docx" in report.messages
    reference = root / "styles" / "presidencies" / LT / "reference.docx"
    assert reference.read_bytes() == b"newer reference"


def test_without_the_reference_writer_the_docx_is_skipped(
    root: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(templateset, "_reference_builder", lambda: None)
    report = generate_presidency_set(get_presidency("2026-2-IE"), root=root)
    assert report.messages == ["created templates/presidencies/2026-2-IE/presidency.yaml"]
    assert report.skipped == [
        "styles/presidencies/2026-2-IE/reference.docx: packgen.writers.reference is not available"
    ]
    assert not (root / "styles" / "presidencies" / "2026-2-IE").exists()
    assert resolve_template_set(date(2026, 10, 1), root=root).style_dirs == [root / "styles"]


def test_the_real_reference_writer_builds_a_docx_in_the_accent_colour(tmp_path: Path):
    pytest.importorskip("packgen.writers.reference")
    (tmp_path / "templates").mkdir()
    report = generate_presidency_set(get_presidency(LT), root=tmp_path)
    assert report.skipped == []
    built = tmp_path / "styles" / "presidencies" / LT / "reference.docx"
    with zipfile.ZipFile(built) as package:
        assert "006A44" in package.read("word/styles.xml").decode("utf-8")
    again = generate_presidency_set(get_presidency(LT), root=tmp_path, force=True)
    assert again.messages[-1] == f"unchanged styles/presidencies/{LT}/reference.docx"
