"""Pack: a pack YAML in, its documents' DOCX/PDF plus one combined pack PDF/DOCX and a manifest out.

A pack names the meeting once, lists its documents (brief specs of their own or
inline), shared defaults merged under each document, and optional annexes that
packgen generates (topic histories, sources). Everything is gathered and rendered
in memory before the first file is written, exactly like `packgen build`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, model_validator

from packgen import bundled, i18n, marking
from packgen.build import (
    HistoryGatherer,
    Output,
    Prepared,
    claim_target,
    prepare_loaded,
    relative_to_manifest,
    render,
    sha256_hex,
    write_outputs,
)
from packgen.compose_pack import compose_pack
from packgen.document import Pack
from packgen.errors import InputError
from packgen.spec import (
    Date,
    LoadedSpec,
    Spec,
    Strict,
    validate_mapping,
)
from packgen.yamlload import LoadedYaml, Loc, load_yaml

PACK_DIR = bundled.packs_dir()
DEFAULT_PACK = PACK_DIR / "2023-06-21_eu-us-jha-stockholm-pack.yaml"
ANNEXES = ("topic-histories", "sources")
PACK_FORMATS = ("docx", "pdf")
# keys a pack's `defaults` may set under every document (the document's own value wins)
DEFAULT_KEYS = ("classification", "presidency", "incoming", "language", "corpus", "topics")


class PackMeeting(Strict):
    """The meeting the whole pack prepares, printed on the cover."""

    meeting: str = Field(description="meeting title")
    place: str = Field(description="where it takes place")
    date: Date = Field(description="first day of the meeting")
    end: Date | None = Field(default=None, description="last day when it runs over several days")
    title: str = Field(
        default=i18n.N_("Briefing pack"), description="the pack's own title on the cover"
    )
    number: str | None = Field(default=None, description="a reference printed in the pack footer")
    output: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
        description="file name of the pack outputs without extension (default: the YAML's stem)",
    )


class PackDefaults(Strict):
    """Values every document inherits unless it sets its own."""

    classification: Literal["LIMITE", "PUBLIC"] | None = None
    presidency: str | None = None
    incoming: str | None = None
    language: str | None = None
    corpus: list[str] | None = Field(default=None, description="relative to the pack file")
    topics: str | None = Field(default=None, description="relative to the pack file")
    header: dict[str, Any] = Field(
        default_factory=dict, description="header fields (initials, directorate, place, ...)"
    )

    @model_validator(mode="after")
    def known_header_fields(self) -> PackDefaults:
        from packgen.spec import Header

        known = {f.alias or name for name, f in Header.model_fields.items()}
        unknown = sorted(set(self.header) - known)
        if unknown:
            raise ValueError(f"header: unknown field '{unknown[0]}'")
        return self


class PackDocument(Strict):
    """One document of the pack: a brief spec file, or a spec written inline."""

    spec: str | None = Field(default=None, description="brief spec file, relative to the pack")
    inline: dict[str, Any] | None = Field(default=None, description="a brief spec written here")

    @model_validator(mode="after")
    def exactly_one(self) -> PackDocument:
        if (self.spec is None) == (self.inline is None):
            raise ValueError("give either `spec: FILE` or `inline: {...}`")
        return self


class PackFile(Strict):
    """A pack YAML: `pack`, `defaults`, `documents`, `annexes`."""

    pack: PackMeeting
    defaults: PackDefaults = Field(default_factory=PackDefaults)
    documents: list[PackDocument] = Field(min_length=1)
    annexes: list[Literal["topic-histories", "sources"]] = Field(default_factory=list)


@dataclass
class LoadedPack:
    pack: PackFile
    path: Path
    source: LoadedYaml

    @property
    def name(self) -> str:
        return self.pack.pack.output or self.path.stem

    def error(self, loc: Loc, message: str) -> InputError:
        from packgen.spec import format_loc

        return InputError(self.path, f"{format_loc(loc)}: {message}", line=self.source.line_of(loc))


@dataclass
class PreparedPack:
    """A pack with every document prepared, ready to render."""

    loaded: LoadedPack
    parts: list[Prepared]
    classification: str
    #: the whole pack composed once, annexes included; the writers render only this
    document: Pack

    @property
    def name(self) -> str:
        return self.loaded.name


@dataclass
class PackResult:
    outputs: list[Path] = field(default_factory=list)
    manifests: list[Path] = field(default_factory=list)
    replaced: list[Path] = field(default_factory=list)


# --- load -----------------------------------------------------------------------------------


def is_pack_file(path: Path) -> bool:
    """True when `path` is a YAML file whose top level has a `pack:` key."""
    path = Path(path)
    if path.suffix.lower() not in (".yaml", ".yml") or not path.is_file():
        return False
    try:
        data = load_yaml(path).data
    except InputError:
        return False
    return isinstance(data, dict) and "pack" in data


def load_pack(path: Path) -> LoadedPack:
    """Load and validate a pack YAML; any problem is one InputError naming file, line and field."""
    path = Path(path)
    source = load_yaml(path)
    shape = "a pack YAML is a mapping with a `pack:` section"
    if isinstance(source.data, dict) and "pack" not in source.data:
        raise InputError(path, shape, line=1)
    pack = validate_mapping(source, PackFile, shape)
    loaded = LoadedPack(pack=pack, path=path, source=source)
    for index, document in enumerate(pack.documents):
        if document.spec is not None:
            target = (path.parent / document.spec).resolve()
            if not target.is_file():
                raise loaded.error(
                    ("documents", index, "spec"), f"document file not found: {document.spec}"
                )
    return loaded


def _absolute(pack_dir: Path, relative: str) -> str:
    return str((pack_dir / relative).resolve())


def merged_spec_data(loaded: LoadedPack, data: dict[str, Any]) -> dict[str, Any]:
    """A document's spec data with the pack defaults filled in where it is silent."""
    defaults = loaded.pack.defaults
    pack_dir = loaded.path.parent
    out = dict(data)
    for key in DEFAULT_KEYS:
        value = getattr(defaults, key)
        if value is None or key in out:
            continue
        if key == "corpus":
            value = [_absolute(pack_dir, p) for p in value]
        elif key == "topics":
            value = _absolute(pack_dir, value)
        out[key] = value
    if defaults.header and isinstance(out.get("header"), dict):
        out["header"] = {**defaults.header, **out["header"]}
    return out


def document_specs(loaded: LoadedPack) -> list[LoadedSpec]:
    """Each document of the pack as a validated spec, defaults applied."""
    specs = []
    for index, document in enumerate(loaded.pack.documents):
        if document.spec is not None:
            source = load_yaml((loaded.path.parent / document.spec).resolve())
            spec_path = source.path
        else:
            prefix = ("documents", index, "inline")
            lines = {
                loc[len(prefix) :]: line
                for loc, line in loaded.source.lines.items()
                if loc[: len(prefix)] == prefix
            }
            data = dict(document.inline or {})
            data.setdefault("output", f"{loaded.name}-{index + 1:02d}")
            source = LoadedYaml(path=loaded.path, data=data, lines=lines)
            spec_path = loaded.path
        if not isinstance(source.data, dict):
            raise InputError(source.path, "a brief spec is a YAML mapping", line=1)
        merged = LoadedYaml(
            path=source.path, data=merged_spec_data(loaded, source.data), lines=source.lines
        )
        spec = validate_mapping(merged, Spec, "a brief spec is a YAML mapping")
        specs.append(LoadedSpec(spec=spec, path=spec_path, source=merged))
    names: dict[str, int] = {}
    for index, spec in enumerate(specs):
        if spec.name in names:
            raise loaded.error(
                ("documents", index),
                f"output name '{spec.name}' is also used by documents[{names[spec.name]}]",
            )
        names[spec.name] = index
    return specs


# --- gather ---------------------------------------------------------------------------------


def highest_marking(markings: Sequence[str | None]) -> str:
    """The most restrictive marking of the parts ("LIMITE" beats "PUBLIC")."""
    return marking.highest(markings)


def prepare_pack(
    path: Path, cache_dir: Path | None = None, gather: HistoryGatherer | None = None
) -> PreparedPack:
    """Load the pack and prepare every document; raises InputError before anything is written.

    `gather` as for build.prepare_loaded."""
    loaded = load_pack(path)
    parts = [
        prepare_loaded(spec, cache_dir=cache_dir, gather=gather) for spec in document_specs(loaded)
    ]
    classification = highest_marking([p.loaded.spec.classification for p in parts])
    document = compose_pack(
        loaded.pack.pack,
        parts,
        loaded.pack.annexes,
        pack_sources(parts),
        topic_labels(parts),
        classification,
    )
    return PreparedPack(
        loaded=loaded, parts=parts, classification=classification, document=document
    )


def topic_labels(parts: list[Prepared]) -> dict[str, str]:
    """Topic id -> label from each part's taxonomy, the first part naming a topic winning."""
    from packgen.topics import load_topics

    labels: dict[str, str] = {}
    for part in parts:
        for topic in load_topics(part.loaded.topics_path()).topics:
            labels.setdefault(topic.id, topic.label)
    return labels


# --- render and write -----------------------------------------------------------------------


def render_pack(prepared: PreparedPack, formats: Sequence[str] = PACK_FORMATS) -> dict[str, bytes]:
    """The combined pack as PDF and/or DOCX bytes."""
    out: dict[str, bytes] = {}
    if "pdf" in formats:
        out["pdf"] = write_pack_pdf(prepared)
    if "docx" in formats:
        from packgen.writers.docx import write_docx

        # the first document's style layers dress the whole pack, as its template layers do
        out["docx"] = write_docx(prepared.document, style_dirs=prepared.parts[0].style_dirs)
    return out


def write_pack_pdf(prepared: PreparedPack) -> bytes:
    """The pack PDF, rendered from the composed pack with the first document's layers."""
    from packgen.writers.pdf import write_pdf

    first = prepared.parts[0]
    return write_pdf(prepared.document, first.style_dirs, first.template_dirs)


def pack_pdf_beside(prepared: PreparedPack) -> Callable[[], bytes] | None:
    """Render the pack PDF in a forked process, as `packgen build` does a brief's; the
    returned call waits for its bytes. None on a one-core machine (or PACKGEN_PDF_PROCESS=0)."""
    from packgen.pdfprocess import render_beside

    return render_beside(write_pack_pdf, prepared)


def pack_manifest(prepared: PreparedPack, outputs: Sequence[Output], parts: list[dict]) -> dict:
    meeting = prepared.loaded.pack.pack
    base = outputs[0].path.parent if outputs else Path.cwd()
    sources = [
        {**s, "path": relative_to_manifest(s["path"], base)} for s in pack_sources(prepared.parts)
    ]
    return {
        "pack": relative_to_manifest(prepared.loaded.path, base),
        "name": prepared.name,
        "meeting": meeting.meeting,
        "place": meeting.place,
        "date": meeting.date.isoformat(),
        "classification": prepared.classification,
        "documents": parts,
        "annexes": list(prepared.loaded.pack.annexes),
        "sources": sources,
        "outputs": [
            {
                "path": relative_to_manifest(o.path, base),
                "sha256": sha256_hex(o.data),
                "size": len(o.data),
            }
            for o in outputs
        ],
        "replaced": [relative_to_manifest(o.path, base) for o in outputs if o.replaced],
    }


def pack_sources(parts: Sequence[Prepared]) -> list[dict]:
    """Every outcome cited by any document, once, oldest first."""
    seen: dict[str, dict] = {}
    for part in parts:
        for source in part.sources:
            seen.setdefault(source["path"], source)
    return sorted(seen.values(), key=lambda s: (s["date"] or "", s["number"] or ""))


def _claim(path: Path, force: bool, planned: set[Path]) -> bool:
    """Whether `path` will replace a file; refuses without force, and refuses duplicates."""
    if path in planned:
        raise InputError(None, f"{path} would be written twice (two parts share a name)")
    planned.add(path)
    return claim_target(path, force)


def plan_pack(
    prepared: PreparedPack,
    out_dir: Path,
    formats: Sequence[str] = PACK_FORMATS,
    force: bool = False,
    verbose: bool = False,
) -> list[Output]:
    """Every file of the pack, rendered in memory: documents, then the pack, manifest last."""
    planned: set[Path] = set()
    outputs: list[Output] = []
    parts: list[dict] = []
    # the pack PDF is the longest render: start it on the other core, then do the documents
    pack_pdf = pack_pdf_beside(prepared) if "pdf" in formats else None
    for part in prepared.parts:
        rendered = render(part, formats, verbose)
        files = []
        for fmt, data in rendered.items():
            path = out_dir / f"{part.loaded.name}.{fmt}"
            outputs.append(Output(path, data, _claim(path, force, planned)))
            files.append(
                {
                    "path": relative_to_manifest(path, out_dir),
                    "sha256": sha256_hex(data),
                    "size": len(data),
                }
            )
        parts.append(
            {
                "name": part.loaded.name,
                "spec": relative_to_manifest(part.loaded.path, out_dir),
                "kind": part.loaded.spec.kind,
                "title": part.document.metadata.title,
                "classification": part.loaded.spec.classification,
                "outputs": files,
            }
        )
    pack_formats = [f for f in formats if not (f == "pdf" and pack_pdf is not None)]
    rendered_pack = render_pack(prepared, pack_formats)
    if pack_pdf is not None:
        rendered_pack = {"pdf": pack_pdf(), **rendered_pack}
    for fmt, data in rendered_pack.items():
        path = out_dir / f"{prepared.name}.pack.{fmt}"
        outputs.append(Output(path, data, _claim(path, force, planned)))
    manifest_path = out_dir / f"{prepared.name}.pack.manifest.json"
    replaced = _claim(manifest_path, force, planned)
    data = json.dumps(pack_manifest(prepared, outputs, parts), indent=2, ensure_ascii=False)
    outputs.append(Output(manifest_path, (data + "\n").encode("utf-8"), replaced))
    return outputs


def build_pack(
    pack_path: Path,
    out_dir: Path,
    formats: Sequence[str] = PACK_FORMATS,
    force: bool = False,
    cache_dir: Path | None = None,
    verbose: bool = False,
    log: Callable[[str], None] | None = None,
) -> PackResult:
    """`packgen build pack.yaml`: each document's files, the pack PDF/DOCX and a manifest."""
    prepared = prepare_pack(Path(pack_path), cache_dir=cache_dir)
    plan = plan_pack(prepared, Path(out_dir), formats, force, verbose)
    result = PackResult()
    result.replaced = write_outputs(plan, log)
    result.outputs = [o.path for o in plan[:-1]]
    result.manifests = [plan[-1].path]
    return result


__all__ = [
    "ANNEXES",
    "DEFAULT_PACK",
    "LoadedPack",
    "PackResult",
    "PreparedPack",
    "build_pack",
    "highest_marking",
    "is_pack_file",
    "load_pack",
    "plan_pack",
    "prepare_pack",
    "render_pack",
]
