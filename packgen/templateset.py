"""Layered template sets: a date or Presidency id in, the template/style folders to search out.

Layers, most specific first: the spec's own folder (`<spec dir>/templates`,
`<spec dir>/styles`), the workspace's Presidency set (`<presidencies>/<id>/`,
templates and styles side by side), the workspace's overrides (`templates/`,
`styles/`), then the package's defaults. A layer holds only what it overrides.
`generate_presidency_set` writes a Presidency's set into a workspace, never
clobbering a file the user edited, and never into the installed package.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from packgen import bundled, i18n, style
from packgen.atomic import write_atomic
from packgen.document import Letterhead
from packgen.errors import InputError
from packgen.presidency import (
    Presidency,
    calendar_gap,
    calendar_span,
    default_accent,
    find_presidency,
    normalise_id,
    presidency_on,
    semester_dates,
)
from packgen.workspace import Workspace
from packgen.yamlload import load_yaml, validate_mapping

SETTINGS_FILE = "presidency.yaml"
MANIFEST_FILE = ".generated.json"
REFERENCE_DOCX = "reference.docx"
COUNCIL_PRESIDENCY_LINE = i18n.N_("Presidency of the Council of the European Union")


class PresidencySettings(BaseModel):
    """The contents of a set's presidency.yaml (logo resolved to an absolute path)."""

    model_config = ConfigDict(extra="forbid")

    presidency: str = Field(description='the set\'s Presidency id, e.g. "2027-1-LT"')
    name: str = Field(description='"Lithuanian Presidency of the Council of the European Union"')
    adjective: str = Field(description='as in "the Lithuanian Presidency"')
    country: str | None = Field(
        default=None,
        description="the Member State; needed only for a set after the calendar (from 2031)",
    )
    semester: str = Field(description='"January-June 2027"')
    letterhead: list[str] = Field(description="letterhead lines, top to bottom")
    accent: str = Field(pattern=r"^#[0-9A-Fa-f]{6}$", description='accent colour, "#RRGGBB"')
    font: str = Field(default=style.FONT, description="body font of the reference DOCX")
    logo: Path | None = Field(default=None, description="image file inside the set's folder")


@dataclass
class TemplateSet:
    """What the writers need: folders to search (most specific first) and Presidency styling."""

    presidency: Presidency | None  # None: after the calendar, for a brief that needs none
    template_dirs: list[Path]
    style_dirs: list[Path]
    settings: PresidencySettings | None = None
    set_id: str | None = None  # None: no Presidency set, the base set is used
    in_calendar: bool = True  # False: a workspace set for a semester the calendar lacks

    @property
    def letterhead_lines(self) -> list[str]:
        return self.letterhead_lines_in("en")

    def letterhead_lines_in(self, language: str) -> list[str]:
        """A set's own lines as its presidency.yaml writes them; the default ones translated."""
        if self.settings is not None:
            return list(self.settings.letterhead)
        if self.presidency is None:
            return [i18n.gettext(language, COUNCIL_PRESIDENCY_LINE)]
        return default_letterhead(self.presidency, language)

    @property
    def accent(self) -> str:
        return self.settings.accent if self.settings is not None else default_accent("")

    @property
    def logo(self) -> Path | None:
        return self.settings.logo if self.settings is not None else None

    def letterhead(self, language: str = "en") -> Letterhead:
        """The Document model's letterhead for this set."""
        logo = str(self.logo) if self.logo is not None else None
        lines = self.letterhead_lines_in(language)
        return Letterhead(lines=lines, accent=self.accent, logo=logo)

    def find_style(self, name: str) -> Path | None:
        """The most specific style file called `name` (e.g. "reference.docx"), or None."""
        return _first_existing(self.style_dirs, name)


def _first_existing(folders: list[Path], name: str) -> Path | None:
    return next((folder / name for folder in folders if (folder / name).is_file()), None)


def default_letterhead(presidency: Presidency, language: str = "en") -> list[str]:
    """Letterhead lines when a semester has no generated set: ["Presidency of ...", "Lithuania 2027"]."""
    line = i18n.gettext(language, COUNCIL_PRESIDENCY_LINE)
    return [
        line,
        f"{i18n.country(presidency.code, presidency.country, language)} {presidency.year}",
    ]


def set_template_dir(presidency_id: str, sets: Path) -> Path:
    """The folder of one Presidency set, inside a workspace's Presidency-set folder `sets`."""
    return Path(sets) / presidency_id


def set_style_dir(presidency_id: str, sets: Path) -> Path:
    """A set keeps its styles beside its templates: one folder per set."""
    return set_template_dir(presidency_id, sets)


def list_sets(sets: Path | None) -> list[str]:
    """Ids of the Presidency sets in `sets` (folders with a presidency.yaml), sorted."""
    if sets is None or not Path(sets).is_dir():
        return []
    return sorted(p.name for p in Path(sets).iterdir() if (p / SETTINGS_FILE).is_file())


def resolve_template_set(
    day: date,
    presidency_id: str | None = None,
    spec_dir: Path | None = None,
    workspace: Workspace | None = None,
    need_presidency: bool = True,
) -> TemplateSet:
    """The layered template set for a brief dated `day` (or for an explicit Presidency id).

    A semester without a generated set resolves to the overrides and defaults
    with the calendar's Presidency (settings None, default letterhead lines).
    After the calendar, a brief that does not `need_presidency` gets none.
    """
    sets = workspace.presidencies_dir if workspace is not None else None
    presidency, in_calendar = _choose_presidency(day, presidency_id, sets, need_presidency)
    template_dirs: list[Path] = []
    style_dirs: list[Path] = []
    if spec_dir is not None:
        template_dirs += _existing([Path(spec_dir) / "templates"])
        style_dirs += _existing([Path(spec_dir) / "styles"])
    settings = None
    set_id = None
    if presidency is not None and sets is not None and presidency.id in list_sets(sets):
        set_id = presidency.id
        settings = load_settings(presidency.id, sets)
        template_dirs.append(set_template_dir(set_id, sets))
        style_dirs += _existing([set_style_dir(set_id, sets)])
    if workspace is not None:
        template_dirs += _existing([workspace.templates_dir])
        style_dirs += _existing([workspace.styles_dir])
    template_dirs.append(bundled.templates_dir())
    style_dirs.append(bundled.styles_dir())
    return TemplateSet(presidency, template_dirs, style_dirs, settings, set_id, in_calendar)


def _existing(folders: list[Path]) -> list[Path]:
    return [folder for folder in folders if folder.is_dir()]


def _choose_presidency(
    day: date, presidency_id: str | None, sets: Path | None, need_presidency: bool
) -> tuple[Presidency | None, bool]:
    """(the Presidency for `day`, whether the calendar knows it); InputError with the remedy.

    A named Presidency must hold office on `day`; one outside the calendar
    (from 2031, or before 2016) must have a workspace set, whose presidency.yaml
    gives the names.
    """
    if presidency_id is None:
        gap = calendar_gap(day)
        if gap is None:
            return presidency_on(day), True
        if not need_presidency:
            return None, False
        raise InputError(
            None,
            f"no Presidency in the calendar for {day.isoformat()} ({gap}): name it with "
            "`presidency: ID` after creating its set (`packgen presidency new ID "
            "--country NAME --adjective ADJ`)",
        )
    wanted = normalise_id(presidency_id)
    presidency = find_presidency(wanted)
    if presidency is None:
        presidency = _presidency_outside_calendar(wanted, sets)
    if not presidency.covers(day):
        calendar = presidency_on(day).id if calendar_gap(day) is None else "none in the calendar"
        raise InputError(
            None,
            f"'{wanted}' holds the Presidency from {presidency.start.isoformat()} to "
            f"{presidency.end.isoformat()}, not on the meeting date {day.isoformat()} "
            f"(the calendar's: {calendar}); correct the date, or name the Presidency in office then",
        )
    return presidency, find_presidency(wanted) is not None


def _presidency_outside_calendar(wanted: str, sets: Path | None) -> Presidency:
    """The Presidency a workspace set describes, for a semester the calendar does not cover."""
    start, _ = semester_dates(wanted)
    gap = calendar_gap(start)
    if gap is None:
        raise InputError(
            None,
            f"unknown Presidency '{wanted}': the calendar holds {presidency_on(start).id} "
            "for that semester",
        )
    if wanted not in list_sets(sets):
        known = ", ".join(list_sets(sets)) or "none in this workspace"
        side = "after" if start > calendar_span()[1] else "before"
        raise InputError(
            None,
            f"'{wanted}' is {side} the calendar ({gap}) and has no Presidency set (known "
            f"sets: {known}); create it with `packgen presidency new {wanted} --country NAME "
            "--adjective ADJ`",
        )
    return _presidency_of_set(load_settings(wanted, sets))


def _presidency_of_set(settings: PresidencySettings) -> Presidency:
    """A Presidency the calendar lacks (from 2031), described by its set's presidency.yaml."""
    start, end = semester_dates(settings.presidency)
    code = settings.presidency.rsplit("-", 1)[1]
    country = settings.country or code
    return Presidency(
        code=code,
        country=country,
        adjective=settings.adjective,
        start=start,
        end=end,
        trio=[],
        capital="",
    )


def load_settings(presidency_id: str, sets: Path) -> PresidencySettings:
    """Read and check a set's presidency.yaml; the logo must stay inside the set's folders."""
    path = set_template_dir(presidency_id, sets) / SETTINGS_FILE
    loaded = load_yaml(path)
    shape = "expected a mapping of settings (presidency, name, letterhead...)"
    settings = validate_mapping(loaded, PresidencySettings, shape)
    if settings.presidency != presidency_id:
        raise InputError(
            path,
            f"presidency: '{settings.presidency}' does not match the folder '{presidency_id}'",
            line=loaded.line_of(("presidency",)),
        )
    if settings.logo is not None:
        line = loaded.line_of(("logo",))
        logo = _resolve_logo(settings.logo, presidency_id, sets, path, line)
        settings = settings.model_copy(update={"logo": logo})
    return settings


def _resolve_logo(logo: Path, presidency_id: str, sets: Path, path: Path, line: int | None) -> Path:
    set_dirs = [set_template_dir(presidency_id, sets), set_style_dir(presidency_id, sets)]
    resolved = (set_dirs[0] / logo).resolve()
    if not any(resolved.is_relative_to(folder.resolve()) for folder in set_dirs):
        raise InputError(path, f"logo: '{logo}': logo path leaves the template set", line=line)
    if not resolved.is_file():
        raise InputError(path, f"logo: '{logo}': no such file in the template set", line=line)
    try:
        with resolved.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise InputError(path, f"logo: '{logo}': cannot read: {exc.strerror}", line=line) from None
    if not head.startswith(_IMAGE_MAGIC):
        raise InputError(
            path, f"logo: '{logo}': not a PNG, JPEG, GIF, BMP or TIFF image", line=line
        )
    return resolved


#: The first bytes of the image formats both writers can embed (python-docx's list).
_IMAGE_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
)


# --- generating a Presidency's set ------------------------------------------------


@dataclass
class GenerationReport:
    """What `generate_presidency_set` did, one line per file, paths relative to the workspace."""

    presidency: Presidency
    messages: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


ReferenceBuilder = Callable[..., object]


def _reference_builder() -> ReferenceBuilder | None:
    """`packgen.writers.reference.build_reference_docx` when that module exists."""
    try:
        from packgen.writers.reference import build_reference_docx
    except ImportError:
        return None
    return build_reference_docx


def render_settings(presidency: Presidency) -> str:
    """A fresh presidency.yaml for `presidency`, commented for the people who edit it."""
    name = f"{presidency.adjective} Presidency of the Council of the European Union"
    letterhead = "\n".join(f"  - {json.dumps(line)}" for line in default_letterhead(presidency))
    return (
        f"# Template set of the {presidency.adjective} Presidency ({presidency.semester_label}).\n"
        "# Generated by `packgen presidency new`; edit freely: regenerating with --force\n"
        "# keeps edited files (--reset restores them). Paths are relative to this folder.\n"
        f"presidency: {presidency.id}\n"
        f"name: {json.dumps(name)}\n"
        f"adjective: {json.dumps(presidency.adjective)}\n"
        f"country: {json.dumps(presidency.country)}\n"
        f"semester: {json.dumps(presidency.semester_label)}\n"
        f"letterhead:\n{letterhead}\n"
        f'accent: "{default_accent(presidency.code)}"\n'
        f"font: {json.dumps(style.FONT)}\n"
        "# logo: logo.png  # an image inside this folder\n"
    )


def _build_reference(builder: ReferenceBuilder, accent: str, font: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="packgen-ref-") as tmp:
        out = Path(tmp) / REFERENCE_DOCX
        builder(out, accent=accent, font=font)
        return out.read_bytes()


def _planned_files(
    presidency: Presidency, styling: tuple[str, str], report: GenerationReport
) -> dict[str, bytes]:
    """Every generated file (name in the set folder -> bytes), built before anything is written.

    `styling` is the (accent, font) the set's reference.docx is made with: the
    kept presidency.yaml's when the user edited it, so the DOCX follows the edit.
    """
    files = {SETTINGS_FILE: render_settings(presidency).encode("utf-8")}
    builder = _reference_builder()
    if builder is None:
        report.skipped.append(f"{REFERENCE_DOCX}: packgen.writers.reference is not available")
    else:
        files[REFERENCE_DOCX] = _build_reference(builder, *styling)
    return files


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_manifest(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise InputError(path, "not a valid manifest; use --reset to regenerate the set") from None
    files = data.get("files") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def generate_presidency_set(
    presidency: Presidency,
    sets: Path,
    force: bool = False,
    reset: bool = False,
    base: Path | None = None,
) -> GenerationReport:
    """Write the Presidency's set into the workspace's Presidency-set folder `sets`.

    An existing set is refused unless `force` (or `reset`). With `force`, a file
    whose content no longer matches the manifest's sha256 was edited by the user
    and is kept; `reset` restores every generated file. Messages name files
    relative to `base` (default: the folder above `sets`). The installed
    package is never a target.
    """
    sets = Path(sets)
    if bundled.inside_package(sets):
        raise InputError(sets, "Presidency sets belong in a workspace, not in the packgen package")
    base = Path(base) if base is not None else sets.parent
    set_dir = set_template_dir(presidency.id, sets)
    manifest_path = set_dir / MANIFEST_FILE
    exists = (set_dir / SETTINGS_FILE).exists() or manifest_path.exists()
    if exists and not (force or reset):
        raise InputError(
            set_dir,
            f"template set {presidency.id} already exists; use --force to regenerate it "
            "(edited files are kept) or --reset to restore every generated file",
        )
    report = GenerationReport(presidency)
    previous = _read_manifest(manifest_path)
    styling = _styling(presidency, set_dir, previous.get(SETTINGS_FILE), reset)
    planned = _planned_files(presidency, styling, report)
    writes: dict[Path, bytes] = {}
    for name, data in planned.items():
        target = set_dir / name
        relative = _relative(target, base)
        action = _decide(target, data, previous.get(name), reset)
        if action == "kept":
            report.messages.append(f"kept user-edited file {relative}")
            continue
        if action != "unchanged":
            writes[target] = data
        report.messages.append(f"{action} {relative}")
    manifest = {"presidency": presidency.id, "files": {k: sha256(v) for k, v in planned.items()}}
    writes[manifest_path] = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
    for target, data in writes.items():
        write_atomic(target, data)
    return report


def _relative(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return str(path)


def _styling(
    presidency: Presidency, set_dir: Path, generated_sha: str | None, reset: bool
) -> tuple[str, str]:
    """(accent, font) for the set's reference.docx: the user's edited presidency.yaml, if kept."""
    settings_file = set_dir / SETTINGS_FILE
    fresh = render_settings(presidency).encode("utf-8")
    if _decide(settings_file, fresh, generated_sha, reset) == "kept":
        settings = load_settings(presidency.id, set_dir.parent)
        return settings.accent, settings.font
    return default_accent(presidency.code), style.FONT


def _decide(target: Path, data: bytes, generated_sha: str | None, reset: bool) -> str:
    """created / updated / unchanged / kept / restored, for one planned file."""
    if not target.exists():
        return "created"
    current = sha256(target.read_bytes())
    if current == sha256(data):
        return "unchanged"
    if current == generated_sha:
        return "updated"
    return "restored" if reset else "kept"
