"""Build: spec files in, DOCX/PDF/HTML files and a manifest out (gathered first, written atomically).

Everything is read, checked and rendered in memory before the first byte is
written, so bad input never leaves a partial output; each file is written to a
temporary name in its folder and moved into place with os.replace.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packgen import bundled, i18n, marking
from packgen.atomic import (
    hold_sigterm,
    release_sigterm,
    remove_own_temporaries,
    stage,
    temp_prefix,
)
from packgen.compose import PresidencyNames, compose
from packgen.document import Document, Image
from packgen.errors import InputError, Terminated
from packgen.history_model import Citation, ItemHistory
from packgen.spec import LoadedSpec, format_loc, load_spec
from packgen.writers.pdfarchive import Attached

EXAMPLES_DIR = bundled.examples_dir()
DEFAULT_EXAMPLE = EXAMPLES_DIR / "2023-06-21_eu-us-jha-ministerial-stockholm.yaml"
FORMATS = ("docx", "pdf", "html")
DEFAULT_FORMATS = ("docx", "pdf")


@dataclass
class CitedRelease:
    """A LIMITE source a PUBLIC brief may cite because the spec declares it released."""

    number: str
    reference: str
    items: list[str] = field(default_factory=list)


@dataclass
class Prepared:
    """A spec with everything gathered: its histories, sources and composed Document."""

    loaded: LoadedSpec
    histories: list[ItemHistory]
    document: Document
    sources: list[dict]
    releases: list[CitedRelease]
    template_dirs: list[Path]
    style_dirs: list[Path]
    newest_source: dt.date | None = None
    problems: list[str] = field(default_factory=list)
    #: corpus files merged into one source (formats, REV, ADD, COR), with the reason
    merged: list[dict] = field(default_factory=list)


@dataclass
class Output:
    path: Path
    data: bytes
    replaced: bool = False


@dataclass
class BuildResult:
    outputs: list[Path]
    manifests: list[Path]
    replaced: list[Path]


# --- gather ---------------------------------------------------------------------------------


#: How the histories of a brief are gathered: (spec, corpus, taxonomy) -> one per agenda item.
HistoryGatherer = Callable[[LoadedSpec, Any, Any], list[ItemHistory]]


def prepare(
    spec_path: Path,
    cache_dir: Path | None = None,
    lint: bool = False,
    gather: HistoryGatherer | None = None,
) -> Prepared:
    """Load, validate and compose one brief. With lint, collect problems instead of raising."""
    return prepare_loaded(load_spec(spec_path), cache_dir=cache_dir, lint=lint, gather=gather)


def prepare_loaded(
    loaded: LoadedSpec,
    cache_dir: Path | None = None,
    lint: bool = False,
    gather: HistoryGatherer | None = None,
) -> Prepared:
    """Gather and compose a spec already loaded (from its file, or merged into a pack).

    `gather` replaces gather_histories, for a long-lived caller that keeps histories warm
    (the live preview); it must return what gather_histories would.
    """
    from packgen.corpus import load_corpus
    from packgen.topics import load_topics
    from packgen.workspace import elsewhere

    other = elsewhere(loaded.path)
    if other is not None:
        _warn_once(other)
    taxonomy = load_topics(loaded.topics_path())
    problems = topic_problems(loaded, taxonomy)
    if problems and not lint:
        raise problems[0]
    corpus = load_corpus(loaded.corpus_files(), cache_dir=cache_dir, progress=False)
    for warning in corpus.warnings:  # a rebuilt cache is worth knowing, never worth stopping
        sys.stderr.write(f"packgen: warning: {warning}\n")
    if corpus.refused:  # a brief silently missing a meeting (or citing a classified one) is worse
        path, reason = corpus.refused[0]
        raise InputError(path, f"{reason} (in the corpus of {loaded.path})")
    warn_undetermined(corpus.records)
    histories = (gather or gather_histories)(loaded, corpus, taxonomy)
    if not lint and not any(h.entries for h in histories):  # a brief with no history at all
        sys.stderr.write(
            f"packgen: warning: {loaded.path}: no agenda item found any history in the corpus "
            f"({len(corpus.records)} outcomes)\n"
        )
    releases = classification_decisions(loaded, histories, refuse=not lint)
    names, template_set = presidency_names(loaded)
    document = compose(
        loaded.spec,
        histories,
        names,
        template_dirs=template_set.template_dirs,
        # a Presidency letterhead heads Presidency documents, not the press office's briefs
        letterhead=template_set.letterhead(loaded.spec.language)
        if loaded.spec.kind == "steering-note"
        else None,
    )
    document = with_image_files(document, loaded)
    dates = [r.meeting.start if r.meeting and r.meeting.start else r.date for r in corpus.records]
    dates = [d for d in dates if d]
    prepared = Prepared(
        loaded=loaded,
        histories=histories,
        document=document,
        sources=sources_used(histories, corpus.records),
        releases=releases,
        template_dirs=list(template_set.template_dirs),
        style_dirs=list(template_set.style_dirs),
        newest_source=max(dates) if dates else None,
        merged=corpus.merged,
    )
    if lint:
        prepared.problems = [str(p) for p in problems] + lint_problems(prepared, taxonomy)
    return prepared


def with_image_files(document: Document, loaded: LoadedSpec) -> Document:
    """The Document with each image naming its checked file (absolute), for the writers."""
    files = loaded.image_paths()
    blocks = []
    for block in document.blocks:
        if isinstance(block, Image):
            if block.src not in files:  # every Markdown field is checked: a gap is a bug here
                raise InputError(loaded.path, f"image '{block.src}' was not checked")
            block = block.model_copy(update={"src": str(files[block.src])})
        blocks.append(block)
    return document.model_copy(update={"blocks": blocks})


#: Sources already named in this process: a pack's documents share one corpus.
_NAMED_UNDETERMINED: set[str] = set()


def warn_undetermined(records) -> None:
    """Name every source whose marking could not be determined: it ranks as LIMITE."""
    for record in records:
        if record.marking is None and record.source not in _NAMED_UNDETERMINED:
            _NAMED_UNDETERMINED.add(record.source)
            sys.stderr.write(
                f"packgen: warning: marking not found in {shown_path(record.source)}: "
                "treated as LIMITE\n"
            )


def shown_path(path: str | Path, base: Path | None = None) -> str:
    """`path` relative to `base` (the current folder) when inside it: no local prefix shown."""
    base = Path.cwd() if base is None else base
    try:
        return Path(path).resolve().relative_to(base.resolve()).as_posix()
    except (ValueError, OSError):
        return str(path)


def topic_problems(loaded: LoadedSpec, taxonomy) -> list[InputError]:
    """Unknown topic ids, each with the line, field and a "did you mean"."""
    known = set(taxonomy.ids())
    problems = []
    for index, item in enumerate(loaded.spec.agenda):
        single = ("agenda", index, "topic") in loaded.source.lines
        for position, topic in enumerate(item.topics):
            if topic in known:
                continue
            loc = ("agenda", index, "topic") if single else ("agenda", index, "topics", position)
            suggestion = taxonomy.suggest(topic)
            hint = f" (did you mean '{suggestion}'?)" if suggestion else ""
            problems.append(loaded.error(loc, f"unknown topic '{topic}'{hint}"))
    return problems


def gather_histories(loaded: LoadedSpec, corpus, taxonomy) -> list[ItemHistory]:
    """Per agenda item: entries of its topics from meetings before this one, its open and
    overdue follow-ups (judged on the brief's date) and its topics' subject-code families."""
    from packgen.followups import item_history
    from packgen.history import series_of

    spec = loaded.spec
    series = series_of(spec.meeting.title)
    known = set(taxonomy.ids())
    histories = []
    for item in spec.agenda:
        topics = [t for t in item.topics if t in known]
        families = [f for t in topics for f in taxonomy.get(t).subject_codes]
        history = ItemHistory(code_families=list(dict.fromkeys(families)))
        if item.history.include and topics:
            history.entries, history.followups = item_history(
                corpus,
                taxonomy,
                topics,
                before=spec.meeting.dates.start,
                as_of=spec.header.date,
                since=item.history.since,
                limit=item.history.limit,
                followups=item.history.followups,
                series=series,
            )
        histories.append(history)
    return histories


def _citations(history: ItemHistory) -> Iterator[Citation]:
    for entry in [*history.entries, *history.followups]:
        yield entry.citation


def classification_decisions(
    loaded: LoadedSpec, histories: Sequence[ItemHistory], refuse: bool = True
) -> list[CitedRelease]:
    """Check every cited source against the brief's classification; list the releases used.

    A brief may cite a source only when its classification is at least the source's;
    a source listed under `releases` counts as public.
    """
    spec = loaded.spec
    declared = {r.number: CitedRelease(r.number, r.reference) for r in spec.releases}
    offending: dict[str, list[str]] = {}
    undetermined: set[str] = set()
    for index, (item, history) in enumerate(zip(spec.agenda, histories, strict=True)):
        label = f"agenda[{index}] '{item.title}'"
        for citation in _citations(history):
            if marking.may_cite(spec.classification, citation.marking):
                continue
            number = citation.number or citation.source
            if citation.marking is None:
                undetermined.add(number)
            target = (
                declared[number].items if number in declared else offending.setdefault(number, [])
            )
            if label not in target:
                target.append(label)
    if offending and refuse:
        sources = "; ".join(
            f"{n} ({'marking not found: treated as LIMITE; ' if n in undetermined else ''}"
            f"pulled in by {', '.join(i)})"
            for n, i in offending.items()
        )
        raise InputError(
            loaded.path,
            f"classification: a {spec.classification} brief cannot cite "
            f"{'a LIMITE source' if len(offending) == 1 else 'LIMITE sources'}: {sources}; "
            "list each under `releases` with the release decision, "
            "or set `history: {include: false}` for that item",
            line=loaded.line_of(("classification",)),
        )
    return list(declared.values())


def presidency_names(loaded: LoadedSpec):
    """The Presidency in office at the meeting (calendar, spec or workspace set) and the incoming.

    After the calendar (from 2031) a brief builds when its spec names a workspace
    set, or when it needs no Presidency (a background brief with its own sender);
    either way it warns once that the calendar does not know the Presidency.
    """
    from packgen.presidency import incoming_after
    from packgen.templateset import resolve_template_set
    from packgen.workspace import current

    spec = loaded.spec
    day = spec.meeting.dates.start
    # a background brief that names its sender prints no Presidency of its own
    needs = not (spec.kind == "background-brief" and spec.header.from_)
    try:
        template_set = resolve_template_set(
            day,
            spec.presidency,
            spec_dir=loaded.path.parent,
            workspace=current(),
            need_presidency=needs,
        )
    except InputError as exc:
        if exc.path is None:
            loc = ("presidency",) if spec.presidency else ("meeting", "dates")
            raise loaded.error(loc, exc.message) from None
        raise
    current_presidency = template_set.presidency
    if not template_set.in_calendar:
        _warn_once(_unknown_presidency(loaded, day, current_presidency))
    incoming = spec.incoming
    if incoming is None and current_presidency is not None and template_set.in_calendar:
        after = incoming_after(current_presidency)
        incoming = after.adjective if after else None
    adjective = current_presidency.adjective if current_presidency is not None else None
    return PresidencyNames(adjective, incoming), template_set


def _unknown_presidency(loaded: LoadedSpec, day: dt.date, presidency) -> str:
    from packgen.presidency import calendar_gap

    where = f"{loaded.path}: {day.isoformat()}"
    if presidency is None:
        return (
            f"{where}: no Presidency in the calendar for this date ({calendar_gap(day)}); "
            "built without one (the brief names its sender)"
        )
    return (
        f"{where}: the {presidency.adjective} Presidency ({presidency.id}) is not in the "
        f"calendar ({calendar_gap(day)}); names taken from its workspace set"
    )


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    """A warning printed once per process, however many times a brief is prepared."""
    if message not in _warned:
        _warned.add(message)
        sys.stderr.write(f"packgen: warning: {message}\n")


def sources_used(histories: Sequence[ItemHistory], records) -> list[dict]:
    """Each cited outcome once: number, date, marking, sha256, path (oldest first)."""
    by_source = {r.source: r for r in records}
    out: dict[str, dict] = {}
    for history in histories:
        for citation in _citations(history):
            record = by_source.get(citation.source)
            out.setdefault(
                citation.source,
                {
                    "number": citation.number,
                    "date": record.date.isoformat() if record and record.date else None,
                    "marking": citation.marking,
                    "treated_as": marking.printed(citation.marking) or marking.PUBLIC,
                    "marking_found": (record.marking_found if record else None) or "not found",
                    "sha256": record.sha256 if record else None,
                    "path": citation.source,
                    "meeting": record.meeting.title if record and record.meeting else None,
                    "place": record.meeting.place if record and record.meeting else None,
                },
            )
    return sorted(out.values(), key=lambda s: (s["date"] or "", s["number"] or ""))


def lint_problems(prepared: Prepared, taxonomy) -> list[str]:
    """What `packgen check` reports besides unknown topics, each as FILE:LINE: field: message."""
    loaded = prepared.loaded
    spec = loaded.spec
    problems: list[InputError] = []
    for index, (item, history) in enumerate(zip(spec.agenda, prepared.histories, strict=True)):
        if item.history.include and item.topics and not history.entries:
            problems.append(
                loaded.error(("agenda", index, "topics"), "no earlier meeting in the corpus")
            )
        if item.history.include and not item.topics:
            problems.append(loaded.error(("agenda", index), "no topics: no history drawn"))
        for position, link in enumerate(item.links):
            if not link.title:
                problems.append(
                    loaded.error(("agenda", index, "links", position), "link has no title")
                )
    page = spec.meeting.page
    if page is not None and not page.title:
        problems.append(loaded.error(("meeting", "page"), "link has no title"))
    newest = prepared.newest_source
    if newest is not None and spec.meeting.dates.start < newest:
        problems.append(
            loaded.error(
                ("meeting", "dates"),
                f"the meeting is before the newest source in the corpus ({newest.isoformat()}); "
                "later sources are left out",
            )
        )
    try:
        classification_decisions(loaded, prepared.histories, refuse=True)
    except InputError as exc:
        problems.append(exc)
    return [str(p) for p in problems]


# --- render ---------------------------------------------------------------------------------


def parse_formats(text: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        wrong = ", ".join(unknown) or repr(text)
        raise InputError(None, f"--format: unknown format {wrong} (use {', '.join(FORMATS)})")
    return formats


#: Starts rendering a Document's PDF elsewhere (doc, style dirs, template dirs, verbose, files
#: to embed) and gives back the function that waits for its bytes: see packgen.pdfprocess.
SubmitPdf = Callable[
    [Document, list[Path], list[Path], bool, Sequence[Attached]], Callable[[], bytes]
]


def render(
    prepared: Prepared,
    formats: Sequence[str],
    verbose: bool = False,
    submit_pdf: SubmitPdf | None = None,
    attachments: Sequence[Attached] = (),
) -> dict[str, bytes]:
    """The bytes of each requested format (WeasyPrint is imported only for PDF).

    With submit_pdf, the PDF is rendered in another process while this one writes the DOCX.
    `attachments` travel inside the PDF (see spec_attachments).
    """
    doc = prepared.document
    out: dict[str, bytes] = {}
    pending = None
    if "pdf" in formats and submit_pdf is not None:
        pending = submit_pdf(doc, prepared.style_dirs, prepared.template_dirs, verbose, attachments)
    if "docx" in formats:
        from packgen.writers.docx import write_docx

        out["docx"] = write_docx(doc, style_dirs=prepared.style_dirs)
    if "pdf" in formats:
        if pending is not None:
            out["pdf"] = pending()
        else:
            from packgen.writers.pdf import write_pdf

            out["pdf"] = write_pdf(
                doc,
                style_dirs=prepared.style_dirs,
                template_dirs=prepared.template_dirs,
                verbose=verbose,
                attachments=attachments,
            )
        if verbose:  # the font really embedded, not the one the CSS asked for
            from packgen.writers.pdf import fonts_used

            fonts = ", ".join(fonts_used(out["pdf"])) or "none"
            sys.stderr.write(f"packgen: {prepared.loaded.name}.pdf: fonts embedded: {fonts}\n")
    if "html" in formats:
        from packgen.writers.html import write_html

        html = write_html(doc, style_dirs=prepared.style_dirs, template_dirs=prepared.template_dirs)
        out["html"] = html.encode("utf-8")
    return out


# --- write ----------------------------------------------------------------------------------


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def relative_to_manifest(path: str | Path, base: Path) -> str:
    """A path as seen from the manifest's folder: no absolute local path in what goes out.

    A file that shares no folder with the manifest but the root is named alone: a path
    climbing to the root would spell out the local folders all the same.
    """
    target, folder = os.path.abspath(path), os.path.abspath(base)
    if os.path.dirname(os.path.commonpath([target, folder])) == os.path.commonpath(
        [target, folder]
    ):
        return Path(target).name
    return Path(os.path.relpath(target, folder)).as_posix()


def manifest(prepared: Prepared, outputs: Sequence[Output], base: Path | None = None) -> dict:
    spec = prepared.loaded.spec
    base = base if base is not None else (outputs[0].path.parent if outputs else Path.cwd())
    sources = [
        {**source, "path": relative_to_manifest(source["path"], base)}
        for source in prepared.sources
    ]
    return {
        "spec": relative_to_manifest(prepared.loaded.path, base),
        "name": prepared.loaded.name,
        "kind": spec.kind,
        "classification": spec.classification,
        "draft": prepared.document.draft,
        "sources": sources,
        # files of the corpus that are one document: other formats, superseded versions,
        # addenda attached to their main document
        "merged": prepared.merged,
        "outputs": [
            {
                "path": relative_to_manifest(o.path, base),
                "sha256": sha256_hex(o.data),
                "size": len(o.data),
            }
            for o in outputs
        ],
        "releases": [
            {"number": r.number, "reference": r.reference, "used_by": r.items}
            for r in prepared.releases
        ],
        # the other remedy for a LIMITE source in a PUBLIC brief: no history for that item
        "history_excluded": [
            f"agenda[{index}] {item.title}"
            for index, item in enumerate(spec.agenda)
            if item.topics and not item.history.include
        ],
        "replaced": [relative_to_manifest(o.path, base) for o in outputs if o.replaced],
    }


def embedded_manifest(prepared: Prepared) -> dict:
    """What the PDF carries of the manifest: spec, sources (paths from the spec's folder, with
    their sha256) and classification; not the outputs, whose hashes it cannot know."""
    data = manifest(prepared, [], base=Path(prepared.loaded.path).parent)
    del data["outputs"], data["replaced"]
    return data


def spec_attachments(prepared: Prepared) -> list[Attached]:
    """The spec file as written and its manifest, embedded in the PDF for `packgen unpack`."""
    path = Path(prepared.loaded.path)
    try:
        spec_bytes = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    data = json.dumps(embedded_manifest(prepared), indent=2, ensure_ascii=False) + "\n"
    return [
        Attached(path.name, spec_bytes, "Source", "application/yaml", "packgen brief spec"),
        Attached(
            f"{prepared.loaded.name}.manifest.json",
            data.encode("utf-8"),
            "Data",
            "application/json",
            "packgen manifest: the sources the brief was built from, with their sha256",
        ),
    ]


def plan_outputs(
    prepared: Prepared, rendered: dict[str, bytes], out_dir: Path, force: bool
) -> list[Output]:
    """Output files of one brief, manifest last; refuses to replace a file without force."""
    name = prepared.loaded.name
    outputs = [Output(out_dir / f"{name}.{fmt}", data) for fmt, data in rendered.items()]
    manifest_path = out_dir / f"{name}.manifest.json"
    for output in [*outputs, Output(manifest_path, b"")]:
        output.replaced = claim_target(output.path, force)
    data = json.dumps(manifest(prepared, outputs, out_dir), indent=2, ensure_ascii=False) + "\n"
    return [*outputs, Output(manifest_path, data.encode("utf-8"), target_exists(manifest_path))]


#: Room left in a file name for the temporary name written beside it (".NAME.PID.RANDOM.tmp").
_TEMP_NAME_EXTRA = 32
#: The longest file name most file systems take, in bytes.
MAX_NAME_BYTES = 255


def target_exists(path: Path) -> bool:
    """Whether something is at `path`, a dangling link included."""
    return os.path.lexists(path)


def claim_target(path: Path, force: bool) -> bool:
    """Whether writing `path` replaces a file; refuses without force, and refuses folders
    and names too long to write with their temporary name."""
    size = len(path.name.encode("utf-8"))
    if size + _TEMP_NAME_EXTRA > MAX_NAME_BYTES:
        raise InputError(
            None,
            f"output file name '{path.name[:40]}...' is {size} bytes, over the "
            f"{MAX_NAME_BYTES - _TEMP_NAME_EXTRA}-byte limit; give the spec a shorter file name",
        )
    if path.is_dir():
        raise InputError(path, "is a folder: an output file cannot replace it, even with --force")
    if not target_exists(path):
        return False
    if not force:
        raise InputError(None, f"{path} exists (use --force to replace it)")
    return True


@contextmanager
def sigterm_as_exception() -> Iterator[None]:
    def _raise(signum, frame):  # noqa: ARG001
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, _raise)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def build(
    spec_paths: Sequence[Path],
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    force: bool = False,
    cache_dir: Path | None = None,
    verbose: bool = False,
    log: Callable[[str], None] | None = None,
    submit_pdf: SubmitPdf | None = None,
    draft: bool = False,
) -> BuildResult:
    """Build every spec: gather and render all of them, then write all files.

    With draft, every document carries the DRAFT mark whatever its spec says.
    """
    plans: list[list[Output]] = []
    names: dict[str, Path] = {}
    for spec_path in spec_paths:
        prepared = prepare(Path(spec_path), cache_dir=cache_dir)
        name = prepared.loaded.name
        if name in names:
            raise InputError(spec_path, f"output name '{name}' is also used by {names[name]}")
        names[name] = Path(spec_path)
        if draft:
            prepared.document = prepared.document.model_copy(update={"draft": True})
        embedded = spec_attachments(prepared) if "pdf" in formats else []
        rendered = render(prepared, formats, verbose, submit_pdf, embedded)
        plans.append(plan_outputs(prepared, rendered, out_dir, force))
    result = BuildResult(outputs=[], manifests=[], replaced=[])
    result.replaced = write_outputs([o for plan in plans for o in plan], log)
    for plan in plans:
        result.outputs.extend(o.path for o in plan[:-1])
        result.manifests.append(plan[-1].path)
    return result


def write_outputs(outputs: Sequence[Output], log: Callable[[str], None] | None) -> list[Path]:
    """Write the whole set or nothing; the paths that replaced a file.

    Every file is first written in full to a temporary file beside its target (a full
    disk fails here, before any target is touched). Then all are renamed into place with
    SIGTERM held; if one rename fails, those already done are rolled back from the
    hard links kept of the files they replaced.
    """
    for output in outputs:  # checked before the first byte: nothing or everything is written
        if bundled.inside_package(output.path.parent):
            raise InputError(
                output.path.parent,
                "is inside the installed packgen package: write elsewhere (--out DIR, "
                "or a workspace's output folder)",
            )
    with sigterm_as_exception():
        staged: list[tuple[Output, Path]] = []
        current: list[Path] = []  # the target being written, for the message
        committed = False
        try:
            for output in outputs:
                current.append(output.path)
                _clean_stale_temporaries(output.path)
                staged.append((output, stage(output.path, output.data)))
            _commit(staged, current)
            committed = True
        except OSError as exc:
            failed = current[-1] if current else None
            raise InputError(
                failed, f"cannot write: {exc.strerror or exc}; nothing written"
            ) from None
        finally:
            if not committed:
                # every temporary this process staged, found by its name: those in `staged`
                # and one a SIGTERM raised as stage returned, before it was listed
                for path in dict.fromkeys(current):
                    remove_own_temporaries(path)
    replaced: list[Path] = []
    for output in outputs:
        if log:
            log(f"{'replaced' if output.replaced else 'wrote'} {output.path}")
        if output.replaced:
            replaced.append(output.path)
    return replaced


def _commit(staged: list[tuple[Output, Path]], current: list[Path]) -> None:
    """Rename every staged file into place, or put every target back as it was."""
    held = hold_sigterm()  # a few renames: SIGTERM waits until the set is complete
    backups: dict[Path, Path | None] = {}
    try:
        for output, temp in staged:
            current.append(output.path)
            backups[output.path] = _backup(output.path)
            os.replace(temp, output.path)
    except BaseException:
        for target, backup in backups.items():
            _restore(target, backup)
        raise
    else:
        for backup in backups.values():
            if backup is not None:
                backup.unlink(missing_ok=True)
    finally:
        release_sigterm(held)


def _backup(path: Path) -> Path | None:
    """A hard link to the file `path` will replace (None when there is none)."""
    if not path.is_file() or path.is_symlink():
        return None
    backup = path.with_name(f"{temp_prefix(path)}old.tmp")
    backup.unlink(missing_ok=True)
    os.link(path, backup)
    return backup


def _restore(target: Path, backup: Path | None) -> None:
    try:
        if backup is not None:
            # rename() between two links of one file does nothing: the link must go too
            os.replace(backup, target)
            backup.unlink(missing_ok=True)
        elif target.is_file():
            target.unlink()
    except OSError:
        pass  # the rollback is best effort; the original error is what the user sees


def _clean_stale_temporaries(path: Path) -> None:
    """Remove temporaries a killed packgen (kill -9) left beside `path`."""
    try:
        candidates = list(path.parent.glob(f".{glob_escape(path.name)}.*.tmp"))
    except OSError:
        return
    for temp in candidates:
        pid = temp.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            temp.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def example_specs() -> list[Path]:
    return sorted(EXAMPLES_DIR.glob("*.yaml"))


def check(spec_path: Path, cache_dir: Path | None = None) -> list[str]:
    """Validate and lint one spec without rendering: the problems found, one line each."""
    return check_with_notes(spec_path, cache_dir)[0]


def check_with_notes(spec_path: Path, cache_dir: Path | None = None) -> tuple[list[str], list[str]]:
    """The problems of one spec, and notes that are no problem: corpus files merged, and why."""
    prepared = prepare(Path(spec_path), cache_dir=cache_dir, lint=True)
    notes = [
        f"{spec_path}: corpus: {other['path']} ({other['number']}) is {group['number']}: "
        f"{other['reason']}"
        for group in prepared.merged
        for other in group["merged"]
    ]
    language = prepared.loaded.spec.language
    if language != "en" and language not in i18n.CATALOG_LANGUAGES:
        # no problem, but the brief will not be all in its language: say so before it goes out
        notes.append(
            f"{spec_path}: language: no catalog for '{language}': dates in {language}, "
            f"packgen's own wording in English (catalogs: en, {', '.join(i18n.CATALOG_LANGUAGES)})"
        )
    return prepared.problems, notes


__all__ = [
    "build",
    "check",
    "prepare",
    "render",
    "parse_formats",
    "example_specs",
    "format_loc",
    "DEFAULT_EXAMPLE",
]
