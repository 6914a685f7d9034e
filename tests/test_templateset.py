"""Layered template sets: resolution by date or id, presidency.yaml checks, and set generation.

Layers: spec folder, the workspace's Presidency set, the workspace's overrides,
the package's defaults.
"""

from __future__ import annotations

import json
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

from packgen import bundled, templateset
from packgen.document import Letterhead
from packgen.errors import InputError
from packgen.presidency import Presidency, get_presidency
from packgen.templateset import (
    MANIFEST_FILE,
    generate_presidency_set,
    list_sets,
    load_settings,
    resolve_template_set,
)
from packgen.workspace import Workspace, load_workspace

LT = "2027-1-LT"


def fake_reference_builder(out: Path, accent: str = "#003399", font: str = "x") -> None:
    out.write_bytes(f"reference docx {accent} {font}".encode())


BASE_TEMPLATES = bundled.templates_dir()
BASE_STYLES = bundled.styles_dir()


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """A workspace with empty override folders, and a stand-in reference builder."""
    (tmp_path / "packgen.yaml").write_text("language: en\n", encoding="utf-8")
    (tmp_path / "templates").mkdir()
    (tmp_path / "styles").mkdir()
    monkeypatch.setattr(templateset, "_reference_builder", lambda: fake_reference_builder)
    return load_workspace(tmp_path)


@pytest.fixture
def root(ws: Workspace) -> Path:
    return ws.root


@pytest.fixture
def sets(ws: Workspace) -> Path:
    return ws.presidencies_dir


@pytest.fixture
def lithuanian_set(sets: Path) -> Path:
    generate_presidency_set(get_presidency(LT), sets)
    return sets / LT


def test_a_semester_without_a_set_uses_the_overrides_and_the_calendar(ws: Workspace, root: Path):
    chosen = resolve_template_set(date(2026, 3, 1), workspace=ws)
    assert chosen.presidency.id == "2026-1-CY"
    assert chosen.set_id is None and chosen.settings is None
    assert chosen.template_dirs == [root / "templates", BASE_TEMPLATES]
    assert chosen.style_dirs == [root / "styles", BASE_STYLES]
    assert chosen.letterhead() == Letterhead(
        lines=["Presidency of the Council of the European Union", "Cyprus 2026"],
        accent="#003399",
        logo=None,
    )


def test_outside_a_workspace_only_the_package_defaults_serve():
    chosen = resolve_template_set(date(2027, 1, 1))
    assert (chosen.presidency.id, chosen.set_id) == (LT, None)
    assert chosen.template_dirs == [BASE_TEMPLATES]
    assert chosen.style_dirs == [BASE_STYLES]


def test_generated_set_is_picked_by_date_most_specific_first(
    ws: Workspace, root: Path, lithuanian_set: Path
):
    chosen = resolve_template_set(date(2027, 1, 1), workspace=ws)
    assert chosen.set_id == LT
    assert list_sets(ws.presidencies_dir) == [LT]
    assert lithuanian_set == root / "presidencies" / LT
    assert chosen.template_dirs == [lithuanian_set, root / "templates", BASE_TEMPLATES]
    assert chosen.style_dirs == [lithuanian_set, root / "styles", BASE_STYLES]
    assert chosen.settings.adjective == "Lithuanian"
    assert chosen.settings.semester == "January-June 2027"
    assert chosen.letterhead_lines == [
        "Presidency of the Council of the European Union",
        "Lithuania 2027",
    ]
    assert chosen.accent == "#006A44"
    assert chosen.find_style("reference.docx") == lithuanian_set / "reference.docx"
    assert chosen.find_style("brief.css") == BASE_STYLES / "brief.css"
    # the day before belongs to the Irish Presidency, which has no set
    assert resolve_template_set(date(2026, 12, 31), workspace=ws).set_id is None


def test_spec_folder_comes_first(ws: Workspace, root: Path, lithuanian_set: Path, tmp_path: Path):
    spec_dir = tmp_path / "my-brief"
    (spec_dir / "templates").mkdir(parents=True)
    (spec_dir / "styles").mkdir()
    chosen = resolve_template_set(date(2027, 5, 1), spec_dir=spec_dir, workspace=ws)
    assert chosen.template_dirs == [
        spec_dir / "templates",
        lithuanian_set,
        root / "templates",
        BASE_TEMPLATES,
    ]
    assert chosen.style_dirs[0] == spec_dir / "styles"
    # a spec folder without templates/ or styles/ adds no layer
    bare = resolve_template_set(date(2027, 5, 1), spec_dir=tmp_path / "nothing", workspace=ws)
    assert bare.template_dirs == [lithuanian_set, root / "templates", BASE_TEMPLATES]


def test_a_workspace_override_beats_the_package_default(ws: Workspace, root: Path):
    (root / "styles" / "brief.css").write_text("p { color: red }", encoding="utf-8")
    chosen = resolve_template_set(date(2026, 3, 1), workspace=ws)
    assert chosen.find_style("brief.css") == root / "styles" / "brief.css"
    assert chosen.find_style("reference.docx") == BASE_STYLES / "reference.docx"


def test_an_explicit_id_selects_its_set_within_its_semester(ws: Workspace, lithuanian_set: Path):
    chosen = resolve_template_set(date(2027, 3, 24), presidency_id="2027-1-lt", workspace=ws)
    assert (chosen.presidency.code, chosen.set_id) == ("LT", LT)


def _edit_settings(set_dir: Path, old: str, new: str) -> None:
    path = set_dir / "presidency.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_logo_inside_the_set_resolves_to_an_absolute_path(ws: Workspace, lithuanian_set: Path):
    (lithuanian_set / "logo.png").write_bytes(b"\x89PNG")
    _edit_settings(lithuanian_set, "# logo: logo.png", "logo: logo.png #")
    chosen = resolve_template_set(date(2027, 2, 1), workspace=ws)
    assert chosen.logo == (lithuanian_set / "logo.png").resolve()
    assert chosen.letterhead().logo == str((lithuanian_set / "logo.png").resolve())


@pytest.mark.parametrize("logo", ["../../../secret.png", "/etc/passwd"])
def test_a_logo_path_leaving_the_set_is_refused(sets: Path, lithuanian_set: Path, logo: str):
    _edit_settings(lithuanian_set, "# logo: logo.png", f'logo: "{logo}" #')
    with pytest.raises(InputError, match="logo path leaves the template set") as caught:
        load_settings(LT, sets)
    assert str(caught.value).startswith(f"{lithuanian_set / 'presidency.yaml'}:14: logo:")


def test_a_bad_accent_is_reported_with_its_line(sets: Path, lithuanian_set: Path):
    _edit_settings(lithuanian_set, 'accent: "#006A44"', "accent: green")
    with pytest.raises(InputError, match=r"presidency\.yaml:12: accent: String should match"):
        load_settings(LT, sets)


def test_settings_of_another_presidency_are_refused(sets: Path, lithuanian_set: Path):
    _edit_settings(lithuanian_set, f"presidency: {LT}", "presidency: 2027-2-EL")
    with pytest.raises(InputError, match=r":4: presidency: '2027-2-EL' does not match"):
        load_settings(LT, sets)


def test_generation_writes_settings_reference_and_manifest(root: Path, lithuanian_set: Path):
    manifest = json.loads((lithuanian_set / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert manifest["presidency"] == LT
    assert sorted(manifest["files"]) == ["presidency.yaml", "reference.docx"]
    reference = lithuanian_set / "reference.docx"
    assert reference.read_bytes() == b"reference docx #006A44 Liberation Serif"
    settings = (lithuanian_set / "presidency.yaml").read_text(encoding="utf-8")
    assert 'country: "Lithuania"' in settings
    leftovers = [p.name for p in root.rglob("*.tmp")]
    assert leftovers == []


def test_regeneration_is_refused_without_force(sets: Path, lithuanian_set: Path):
    with pytest.raises(InputError, match="template set 2027-1-LT already exists; use --force"):
        generate_presidency_set(get_presidency(LT), sets)


def test_force_keeps_a_user_edit_and_reset_restores_it(sets: Path, lithuanian_set: Path):
    settings = lithuanian_set / "presidency.yaml"
    generated = settings.read_text(encoding="utf-8")
    _edit_settings(lithuanian_set, '"Lithuania 2027"', '"Lietuva 2027"')
    edited = settings.read_text(encoding="utf-8")

    report = generate_presidency_set(get_presidency(LT), sets, force=True)
    assert report.messages == [
        f"kept user-edited file presidencies/{LT}/presidency.yaml",
        f"unchanged presidencies/{LT}/reference.docx",
    ]
    assert settings.read_text(encoding="utf-8") == edited
    # still recognised as edited on the next run
    again = generate_presidency_set(get_presidency(LT), sets, force=True)
    assert again.messages[0].startswith("kept user-edited file")

    report = generate_presidency_set(get_presidency(LT), sets, force=True, reset=True)
    assert report.messages[0] == f"restored presidencies/{LT}/presidency.yaml"
    assert settings.read_text(encoding="utf-8") == generated


@pytest.mark.parametrize(("accent", "font"), [("#C8102E", "DejaVu Serif"), ("#FFD100", None)])
def test_force_rebuilds_the_reference_docx_in_the_edited_colour(
    sets: Path, lithuanian_set: Path, accent: str, font: str | None
):
    """The reference.docx follows a kept, edited presidency.yaml; --reset goes back."""
    _edit_settings(lithuanian_set, 'accent: "#006A44"', f'accent: "{accent}"')
    if font:
        _edit_settings(lithuanian_set, 'font: "Liberation Serif"', f'font: "{font}"')
    report = generate_presidency_set(get_presidency(LT), sets, force=True)
    assert f"updated presidencies/{LT}/reference.docx" in report.messages
    reference = (lithuanian_set / "reference.docx").read_bytes().decode()
    assert reference == f"reference docx {accent} {font or 'Liberation Serif'}"
    generate_presidency_set(get_presidency(LT), sets, force=True, reset=True)
    reference = (lithuanian_set / "reference.docx").read_bytes().decode()
    assert reference == "reference docx #006A44 Liberation Serif"


def test_force_updates_generated_files_the_user_did_not_touch(
    sets: Path, lithuanian_set: Path, monkeypatch: pytest.MonkeyPatch
):
    def newer_builder(out: Path, accent: str = "", font: str = "") -> None:
        out.write_bytes(b"newer reference")

    monkeypatch.setattr(templateset, "_reference_builder", lambda: newer_builder)
    report = generate_presidency_set(get_presidency(LT), sets, force=True)
    assert f"updated presidencies/{LT}/reference.docx" in report.messages
    assert (lithuanian_set / "reference.docx").read_bytes() == b"newer reference"


def test_without_the_reference_writer_the_docx_is_skipped(
    ws: Workspace, sets: Path, root: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(templateset, "_reference_builder", lambda: None)
    report = generate_presidency_set(get_presidency("2026-2-IE"), sets)
    assert report.messages == ["created presidencies/2026-2-IE/presidency.yaml"]
    assert report.skipped == ["reference.docx: packgen.writers.reference is not available"]
    assert not (sets / "2026-2-IE" / "reference.docx").exists()
    chosen = resolve_template_set(date(2026, 10, 1), workspace=ws)
    assert chosen.find_style("reference.docx") == BASE_STYLES / "reference.docx"


def test_the_real_reference_writer_builds_a_docx_in_the_accent_colour(tmp_path: Path):
    sets = tmp_path / "presidencies"
    report = generate_presidency_set(get_presidency(LT), sets)
    assert report.skipped == []
    built = sets / LT / "reference.docx"
    with zipfile.ZipFile(built) as package:
        assert "006A44" in package.read("word/styles.xml").decode("utf-8")
    again = generate_presidency_set(get_presidency(LT), sets, force=True)
    assert again.messages[-1] == f"unchanged presidencies/{LT}/reference.docx"


@pytest.mark.parametrize("inside", ["templates/presidencies", "styles", "seeds/sets", "."])
def test_sets_are_never_written_into_the_package(inside: str):
    target = bundled.package_dir() / inside
    with pytest.raises(InputError, match="belong in a workspace, not in the packgen package"):
        generate_presidency_set(get_presidency(LT), target)
    assert not (target / LT).exists()


# --- after the calendar (from 2031) and Presidencies that do not hold office on the date ---


def polish_2031() -> Presidency:
    return Presidency(
        code="PL",
        country="Poland",
        adjective="Polish",
        start=date(2031, 1, 1),
        end=date(2031, 6, 30),
        trio=[],
        capital="",
    )


@pytest.mark.parametrize(
    "day", [date(2031, 1, 1), date(2031, 3, 1), date(2035, 12, 31), date(2006, 11, 20)]
)
def test_after_the_calendar_a_brief_needing_no_presidency_gets_none(ws: Workspace, day: date):
    chosen = resolve_template_set(day, workspace=ws, need_presidency=False)
    assert (chosen.presidency, chosen.set_id, chosen.in_calendar) == (None, None, False)
    assert chosen.template_dirs == [ws.root / "templates", BASE_TEMPLATES]


@pytest.mark.parametrize(
    ("day", "gap"),
    [
        (date(2031, 1, 1), "it ends 2030-12-31; the order from 2031 is not decided yet"),
        (date(2032, 8, 15), "it ends 2030-12-31; the order from 2031 is not decided yet"),
        (date(2006, 12, 31), "it starts 2007-01-01"),
    ],
)
def test_outside_the_calendar_a_brief_needing_one_is_told_how(ws: Workspace, day: date, gap: str):
    with pytest.raises(InputError) as caught:
        resolve_template_set(day, workspace=ws)
    assert str(caught.value) == (
        f"no Presidency in the calendar for {day.isoformat()} ({gap}): name it with "
        "`presidency: ID` after creating its set "
        "(`packgen presidency new ID --country NAME --adjective ADJ`)"
    )


@pytest.mark.parametrize(
    ("presidency_id", "day", "office", "calendar"),
    [
        ("2030-2-MT", date(2031, 3, 1), "2030-07-01 to 2030-12-31", "none in the calendar"),
        ("2030-2-mt", date(2030, 6, 30), "2030-07-01 to 2030-12-31", "2030-1-SK"),
        ("2027-1-LT", date(2023, 3, 24), "2027-01-01 to 2027-06-30", "2023-1-SE"),
        ("2027-1-LT", date(2027, 7, 1), "2027-01-01 to 2027-06-30", "2027-2-EL"),
    ],
)
def test_a_named_presidency_out_of_office_on_the_date_is_an_error(
    ws: Workspace, presidency_id: str, day: date, office: str, calendar: str
):
    with pytest.raises(InputError) as caught:
        resolve_template_set(day, presidency_id=presidency_id, workspace=ws)
    assert str(caught.value) == (
        f"'{presidency_id.upper()}' holds the Presidency from {office}, not on the meeting date "
        f"{day.isoformat()} (the calendar's: {calendar}); correct the date, or name the "
        "Presidency in office then"
    )


def test_a_calendar_semester_with_another_country_is_unknown(ws: Workspace):
    with pytest.raises(
        InputError, match=r"unknown Presidency '2027-1-FR': the calendar holds 2027-1-LT"
    ):
        resolve_template_set(date(2027, 3, 1), presidency_id="2027-1-FR", workspace=ws)


def test_a_presidency_after_the_calendar_needs_its_set(ws: Workspace, sets: Path):
    with pytest.raises(InputError) as caught:
        resolve_template_set(date(2031, 3, 1), presidency_id="2031-1-PL", workspace=ws)
    assert str(caught.value) == (
        "'2031-1-PL' is after the calendar (it ends 2030-12-31; the order from 2031 is not "
        "decided yet) and has no Presidency set "
        "(known sets: none in this workspace); create it with `packgen presidency new "
        "2031-1-PL --country NAME --adjective ADJ`"
    )


def test_a_set_after_the_calendar_names_the_presidency(ws: Workspace, sets: Path):
    generate_presidency_set(polish_2031(), sets)
    chosen = resolve_template_set(date(2031, 3, 1), presidency_id="2031-1-pl", workspace=ws)
    assert (chosen.set_id, chosen.in_calendar) == ("2031-1-PL", False)
    assert (chosen.presidency.id, chosen.presidency.adjective) == ("2031-1-PL", "Polish")
    assert chosen.presidency.country == "Poland"
    assert chosen.letterhead_lines == [
        "Presidency of the Council of the European Union",
        "Poland 2031",
    ]
    # its own semester only
    with pytest.raises(InputError, match="holds the Presidency from 2031-01-01 to 2031-06-30"):
        resolve_template_set(date(2031, 7, 1), presidency_id="2031-1-PL", workspace=ws)


def test_set_files_get_the_mode_of_every_output(lithuanian_set: Path):
    # one atomic writer for builds and sets: ordinary files (0666 less the umask), not 0600
    current = os.umask(0o022)
    os.umask(current)
    for name in ("presidency.yaml", "reference.docx"):
        assert (lithuanian_set / name).stat().st_mode & 0o777 == 0o666 & ~current
