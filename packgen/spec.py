"""The brief specification: a YAML file in, a validated Spec (with the line of every field) out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from packgen import bundled, mdtext
from packgen.errors import InputError
from packgen.eudates import known_language
from packgen.yamlload import LoadedYaml, Loc, format_loc, load_yaml, validate_mapping

DEFAULT_CORPUS = ["seeds/outcomes/*"]
#: Image files both writers can show (python-docx and WeasyPrint), by their first bytes.
IMAGE_SIGNATURES = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
}
_BLOCK_SCALAR = re.compile(
    r":\s*[|>][-+0-9]*\s*(#.*)?$"
)  # as the schema describes it: the bundled sample corpus


def parse_date(value: Any) -> Any:
    """Accept a date, an ISO string ("2023-06-21") or a Council date ("21 June 2023")."""
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, str):
        return value
    text = " ".join(value.split())
    for pattern in ("%Y-%m-%d", "%d %B %Y", "%d %b %Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: '{value}' (write 2023-06-21 or 21 June 2023)")


def parse_time(value: Any) -> Any:
    """Accept "14:00", "14.00" or 14.00 and keep the Council form "14.00"."""
    if isinstance(value, float):
        value = f"{value:.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value}.00"
    if not isinstance(value, str):
        return value
    match = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", value)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(f"not a time: '{value}' (write 14:00 or 14.00)")
    return f"{int(match[1]):02d}.{match[2]}"


Date = Annotated[dt.date, BeforeValidator(parse_date)]
Time = Annotated[str, BeforeValidator(parse_time)]
Markdown = Annotated[str, Field(description="Markdown text (CommonMark, raw HTML shown as text)")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Link(Strict):
    """A link printed with its title."""

    title: str | None = Field(default=None, description="the text printed for the link")
    url: str = Field(description="http, https or mailto address")


class Header(Strict):
    """The Council header block of the brief."""

    number: str | None = Field(default=None, description='document number, e.g. "10512/23"')
    place: str = Field(default="Brussels", description="place printed before the date")
    date: Date = Field(description="date of the brief (ISO or '21 June 2023')")
    original_language: str = Field(default="en", description='printed as "(OR. en)"')
    subject_codes: list[str] | Literal["auto"] = Field(
        default="auto",
        description='filing codes ("JAIEX 54"), or "auto": the codes of the cited sources, '
        "most recent source first, in order of first appearance",
    )
    from_: str | None = Field(
        default=None,
        alias="from",
        description='sender; a steering note defaults to "<Adjective> Presidency"',
    )
    to: str | None = Field(
        default=None, description='recipients; a steering note defaults to "Delegations"'
    )
    prev_docs: list[str] = Field(default_factory=list, description="No. prev. doc.")
    subject: str | None = Field(default=None, description="Subject line")
    summary: str | None = Field(default=None, description="Summary line")
    initials: str | None = Field(default=None, description="drafter's initials for the footer")
    directorate: str | None = Field(default=None, description='directorate code, e.g. "JAI.1"')


class DateRange(Strict):
    """A meeting's dates: one day, or a start and an end."""

    start: Date = Field(description="first day")
    end: Date | None = Field(default=None, description="last day when it runs over several days")

    @model_validator(mode="before")
    @classmethod
    def one_date(cls, value: Any) -> Any:
        if isinstance(value, dt.date | str):
            return {"start": value}
        return value

    @model_validator(mode="after")
    def end_after_start(self) -> DateRange:
        if self.end is not None and self.end < self.start:
            raise ValueError("end is before start")
        return self


class Meeting(Strict):
    """The meeting the brief prepares."""

    title: str = Field(description="meeting title")
    place: str | None = Field(default=None, description="where it takes place")
    dates: DateRange = Field(description="one date, or {start, end}")
    format: str | None = Field(default=None, description='e.g. "videoconference"')
    level: Literal["ministerial", "senior-officials", "working-party", "videoconference"] | None = (
        Field(
            default=None,
            description='who meets, which chooses the wording ("Ministers will discuss", '
            '"Senior officials will discuss"...); default: from the format and the title',
        )
    )
    chairs: list[str] = Field(default_factory=list, description="who chairs, in order")
    start_time: Time | None = Field(default=None, description='"14:00", printed "14.00"')
    press_conference: str | None = Field(default=None, description='e.g. "+/- 17.15"')
    page: Link | None = Field(default=None, description="the meeting page")

    @property
    def effective_level(self) -> str:
        """The level given, else read from the format and the title."""
        if self.level is not None:
            return self.level
        words = f"{self.format or ''} {self.title}".lower()
        for needle, level in _LEVEL_WORDS:
            if needle in words:
                return level
        return "ministerial"


# the first phrase found in a meeting's format and title names its level
_LEVEL_WORDS = [
    ("video", "videoconference"),
    ("senior officials", "senior-officials"),
    ("working party", "working-party"),
    ("working group", "working-party"),
]


class HistoryOptions(Strict):
    """Which earlier meetings an agenda item draws on."""

    include: bool = Field(
        default=True,
        description="draw on earlier meetings at all (false: no history, no follow-ups, "
        "no sources cited for this item)",
    )
    since: Date | None = Field(default=None, description="only meetings on or after this date")
    limit: int | None = Field(default=None, ge=1, description="at most this many, the most recent")
    followups: bool = Field(default=True, description="print open follow-ups of the topics")


class AgendaItem(Strict):
    """One agenda item: a section of the brief."""

    title: str = Field(description="the item's title, printed as a heading")
    topics: list[str] = Field(
        default_factory=list, description="topic ids from the taxonomy (or `topic: id`)"
    )
    group: str | None = Field(
        default=None, description='a heading grouping items, e.g. "Home affairs" or "Justice"'
    )
    body: Markdown | None = Field(default=None, description="what the meeting will discuss")
    links: list[Link] = Field(default_factory=list, description="related links")
    history: HistoryOptions = Field(default_factory=HistoryOptions, description="history options")

    @model_validator(mode="before")
    @classmethod
    def single_topic(cls, value: Any) -> Any:
        if isinstance(value, dict) and "topic" in value:
            value = dict(value)
            topic = value.pop("topic")
            value["topics"] = [*value.get("topics", []), topic]
        return value


class Release(Strict):
    """A LIMITE source the spec declares released to the public."""

    number: str = Field(description='document number, e.g. "9278/18"')
    reference: str = Field(description="reference of the release decision")


class Spec(Strict):
    """A brief specification: what `packgen build` turns into DOCX and PDF."""

    kind: Literal["background-brief", "steering-note"] = Field(description="the kind of brief")
    language: str = Field(
        default="en",
        description="language of the brief (dates via Babel); default: the workspace's language",
    )
    typography: Literal["eu", "national"] = Field(
        default="national",
        description="French spacing before ; : ! ? and inside « »: 'national', a no-break "
        "space (the default); 'eu', none (Interinstitutional Style Guide 6.4)",
    )
    classification: Literal["LIMITE", "PUBLIC"] = Field(
        default="LIMITE", description="distribution marking; a PUBLIC brief cites no LIMITE text"
    )
    presidency: str | None = Field(
        default=None, description="template-set id overriding the Presidency from the calendar"
    )
    incoming: str | None = Field(
        default=None, description='adjective of the incoming Presidency ("Spanish"), else calendar'
    )
    header: Header = Field(description="the header block")
    drawn_up_by: Literal["general-secretariat", "press-office", "presidency"] | None = Field(
        default=None,
        description="who drew the brief up; only a press-office brief carries the press "
        "office's footnote (default: presidency for a steering note, else general-secretariat)",
    )
    meeting: Meeting = Field(description="the meeting")
    corpus: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CORPUS),
        description="outcome files or globs, relative to the spec file (default: the "
        "workspace's corpus, outside a workspace the bundled sample corpus)",
    )
    topics: str | None = Field(
        default=None,
        description="topics file, relative to the spec file (default: the workspace's "
        "topics.yaml, outside a workspace the bundled one)",
    )
    agenda: list[AgendaItem] = Field(min_length=1, description="the agenda items, in order")
    questions: list[Markdown] = Field(
        default_factory=list, description="steering note: questions for ministers"
    )
    introduction: Markdown | None = Field(default=None, description="steering note: introduction")
    conclusion: Markdown | None = Field(default=None, description="steering note: conclusion")
    overview: Markdown | None = Field(
        default=None, description="background brief: replaces the generated overview"
    )
    footnotes: dict[str, Markdown] = Field(
        default_factory=dict, description="footnotes by id, referenced as [^id] in Markdown"
    )
    releases: list[Release] = Field(
        default_factory=list, description="LIMITE sources released to the public"
    )
    draft: bool = Field(
        default=False,
        description="print a DRAFT mark on every page of the PDF and the DOCX "
        "(`packgen build --draft` does the same)",
    )
    output: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
        description="output file name without extension or folder (default: the spec's stem)",
    )

    @model_validator(mode="after")
    def default_author(self) -> Spec:
        if self.drawn_up_by is None:
            author = "presidency" if self.kind == "steering-note" else "general-secretariat"
            object.__setattr__(self, "drawn_up_by", author)
        return self

    @field_validator("language")
    @classmethod
    def known_language(cls, value: str) -> str:
        return known_language(value)


@dataclass
class LoadedSpec:
    """A validated spec with where it came from, to resolve paths and name lines."""

    spec: Spec
    path: Path
    source: LoadedYaml

    def __post_init__(self) -> None:
        # a spec silent about its language takes the workspace's
        workspace = _workspace()
        if workspace is not None and "language" not in self.source.data:
            self.spec = self.spec.model_copy(update={"language": workspace.config.language})

    @property
    def name(self) -> str:
        return self.spec.output or self.path.stem

    def line_of(self, loc: Loc) -> int | None:
        return self.source.line_of(loc)

    def error(self, loc: Loc, message: str) -> InputError:
        return InputError(self.path, f"{format_loc(loc)}: {message}", line=self.line_of(loc))

    def resolve(self, relative: str) -> Path:
        return (self.path.parent / relative).resolve()

    def corpus_patterns(self) -> list[Path]:
        """Corpus globs as absolute paths: the spec's, else the workspace's, else the bundled."""
        if "corpus" in self.source.data:
            return [self.resolve(p) for p in self.spec.corpus]
        workspace = _workspace()
        if workspace is not None:
            return workspace.corpus_patterns()
        return [bundled.outcomes_dir() / "*"]

    def corpus_files(self) -> list[Path]:
        """The outcome files of the corpus; a path or glob that finds none is an InputError.

        A brief built on an empty corpus would say, with confidence, that no earlier meeting
        discussed anything: the error names this spec, the line and the `corpus` field.
        """
        from packgen.corpus import find_files

        written = "corpus" in self.source.data
        files: list[Path] = []
        for index, pattern in enumerate(self.corpus_patterns()):
            try:
                found = find_files([pattern])
            except InputError:
                found = []
            if not found:
                loc: Loc = ("corpus", index) if written else ("corpus",)
                shown = self.spec.corpus[index] if written else str(pattern)
                raise self.error(loc, f"'{shown}' matches no outcome file")
            files.extend(found)
        return files

    def topics_path(self) -> Path:
        """The taxonomy: the spec's, else the workspace's, else the bundled one."""
        if self.spec.topics:
            return self.resolve(self.spec.topics)
        workspace = _workspace()
        return workspace.topics_file if workspace is not None else bundled.topics_file()

    def markdown_fields(self) -> list[tuple[Loc, str]]:
        """Every Markdown text of the spec with its location, in file order."""
        spec = self.spec
        fields: list[tuple[Loc, str | None]] = [
            (("overview",), spec.overview),
            (("introduction",), spec.introduction),
            *((("agenda", i, "body"), item.body) for i, item in enumerate(spec.agenda)),
            *((("questions", i), q) for i, q in enumerate(spec.questions)),
            (("conclusion",), spec.conclusion),
            *((("footnotes", key), text) for key, text in spec.footnotes.items()),
        ]
        return [(loc, text) for loc, text in fields if text]

    def text_line(self, loc: Loc, offset: int) -> int | None:
        """The file line of line `offset` of the Markdown text at `loc` (block scalars too)."""
        line = self.line_of(loc)
        if line is None:
            return None
        try:
            raw = self.path.read_text(encoding="utf-8").splitlines()[line - 1]
        except (OSError, UnicodeDecodeError, IndexError):
            return line
        return line + 1 + offset if _BLOCK_SCALAR.search(raw) else line

    def image_path(self, loc: Loc, ref: mdtext.ImageRef) -> Path:
        """The image's file, inside the spec's folder (links included), or an InputError.

        Images are data the brief carries: they come from the spec's own folder, so a
        spec cannot pull another file of the machine into a PDF, and they need alt text.
        """
        line = self.text_line(loc, ref.line)
        where = f"{format_loc(loc)}: image '{ref.src}'"
        if not ref.alt:
            raise InputError(
                self.path, f"{where} has no alt text (write ![what it shows](file))", line=line
            )
        folder = self.path.parent.resolve()
        if not ref.src or ":" in ref.src or Path(ref.src).is_absolute():
            raise InputError(self.path, f"{where}: name a file in the spec's folder", line=line)
        target = (folder / ref.src).resolve()
        if not target.is_relative_to(folder):
            raise InputError(self.path, f"{where} is outside the spec's folder", line=line)
        signatures = IMAGE_SIGNATURES.get(target.suffix.lower())
        if signatures is None:
            raise InputError(self.path, f"{where}: use a PNG, JPEG or GIF file", line=line)
        try:
            with target.open("rb") as handle:
                head = handle.read(8)
        except OSError:
            raise InputError(self.path, f"{where} not found", line=line) from None
        if not head.startswith(signatures):
            raise InputError(
                self.path, f"{where} is not a {target.suffix[1:].upper()} image", line=line
            )
        return target

    def image_paths(self) -> dict[str, Path]:
        """Every image the spec's Markdown names, checked, by the name written."""
        return {
            ref.src: self.image_path(loc, ref)
            for loc, text in self.markdown_fields()
            for ref in mdtext.image_refs(text)
        }


def _workspace():
    """The workspace in effect, if any (imported here: packgen.workspace reads YAML with us)."""
    from packgen.workspace import current

    return current()


def load_spec(path: Path) -> LoadedSpec:
    """Load and validate a brief spec; any problem is one InputError naming file, line and field."""
    loaded = load_yaml(path)
    spec = validate_mapping(loaded, Spec, "a brief spec is a YAML mapping (kind: ..., header: ...)")
    result = LoadedSpec(spec=spec, path=path, source=loaded)
    result.image_paths()  # an image without alt text, or from elsewhere, fails the load
    return result


def json_schema() -> dict:
    """The JSON Schema of a brief spec, with YAML's field names ("from", not "from_")."""
    schema = Spec.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "packgen brief specification"
    return schema
