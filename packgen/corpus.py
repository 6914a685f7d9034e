"""Corpus: outcome files (folders, files, globs) in, sorted OutcomeRecords out, cached in SQLite."""

from __future__ import annotations

import gc
import glob
import hashlib
import json
import os
import re
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import packgen
from packgen import bundled, cachedir
from packgen.errors import InputError, NotAnOutcomeError
from packgen.extract import NUMBER_LEVEL
from packgen.readers import SUFFIXES
from packgen.records import Annex, OutcomeRecord

DEFAULT_CORPUS: Path = bundled.outcomes_dir()

CACHE_FILE = "corpus.sqlite3"
#: seconds a connection waits for another process (a preview, a second build) to free the file
LOCK_TIMEOUT = 30.0
#: 2: each item's and sub-item's summary is computed at index time and kept beside the record.
#: 3: files that could not be read (classified, over a limit, corrupt) are "refused", not skipped.
#: 4: the topics of each record's items, per taxonomy, are kept in the "derived" table.
SCHEMA_VERSION = 4
#: Below this many files to parse, a process pool costs more than it saves.
PARALLEL_MIN_FILES = 16
#: A progress bar is worth showing from this many files on (and only on a terminal).
PROGRESS_MIN_FILES = 6

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    sha256 TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('record', 'skip', 'refused')),
    payload TEXT NOT NULL,
    summaries TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS derived (
    sha256 TEXT NOT NULL, key TEXT NOT NULL, payload TEXT NOT NULL, PRIMARY KEY (sha256, key)
);
CREATE VIRTUAL TABLE IF NOT EXISTS items USING fts5(
    sha256 UNINDEXED, ref UNINDEXED, title, text, tokenize = 'unicode61'
);
"""


@dataclass
class Corpus:
    """The outcomes of a corpus, oldest meeting first, with what was skipped and why."""

    records: list[OutcomeRecord] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: files that are outcomes packgen must not or cannot read: classified, too large, corrupt
    refused: list[tuple[str, str]] = field(default_factory=list)
    parsed_count: int = 0
    warnings: list[str] = field(default_factory=list)
    cache_path: Path | None = None
    #: documents merged into one source: {number, kept, merged: [{path, number, reason}]}
    merged: list[dict[str, Any]] = field(default_factory=list)
    #: sha256 -> "item 3(c)" -> summary of that unit's own text, computed once at index time
    summaries: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    # per-taxonomy topic assignments, filled by packgen.history on first use
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def derived(self, key: str) -> dict[str, str]:
        """sha256 -> payload kept in the cache under `key` (e.g. one taxonomy's topics)."""
        if self.cache_path is None or not self.cache_path.exists():
            return {}
        try:
            with closing(sqlite3.connect(self.cache_path, timeout=LOCK_TIMEOUT)) as db:
                rows = db.execute("SELECT sha256, payload FROM derived WHERE key = ?", (key,))
                wanted = {r.sha256 for r in self.records}
                return {sha: payload for sha, payload in rows if sha in wanted}
        except sqlite3.DatabaseError:
            return {}  # a derived value is recomputed, never trusted from a broken cache

    def keep_derived(self, key: str, payloads: dict[str, str]) -> None:
        """Keep computed values for the next process; a cache that cannot be written is skipped."""
        if self.cache_path is None or not payloads:
            return
        try:
            with closing(sqlite3.connect(self.cache_path, timeout=LOCK_TIMEOUT)) as db, db:
                db.executemany(
                    "INSERT OR REPLACE INTO derived VALUES (?, ?, ?)",
                    [(sha, key, payload) for sha, payload in payloads.items()],
                )
        except sqlite3.DatabaseError:
            pass

    def search(self, query: str, limit: int = 50) -> list[tuple[OutcomeRecord, str]]:
        """Full-text search (SQLite FTS5 syntax) over item titles and texts: (record, "item 3(c)")."""
        if self.cache_path is None or not self.cache_path.exists():
            return []
        by_sha = {r.sha256: r for r in self.records}
        try:
            with closing(sqlite3.connect(self.cache_path)) as db:
                rows = db.execute(
                    "SELECT sha256, ref FROM items WHERE items MATCH ? ORDER BY rank LIMIT ?",
                    (query, limit),
                ).fetchall()
        except sqlite3.OperationalError as exc:
            raise InputError(None, f"bad search query {query!r}: {exc}") from None
        return [(by_sha[sha], ref) for sha, ref in rows if sha in by_sha]


def default_cache_dir() -> Path:
    """PACKGEN_CACHE, else the platform's user cache folder (never the source tree)."""
    from packgen.cachedir import user_cache_dir

    return user_cache_dir()


def load_corpus(
    sources: list[Path] | Path,
    cache_dir: Path | None = None,
    progress: bool | None = None,
) -> Corpus:
    """Read every outcome under `sources` (folders, files or glob patterns), parsing only new files.

    Files that are not outcomes (a background brief, a speaking note) are listed in
    `skipped` with the reason, not raised; files that cannot or must not be read (a
    classified marking, a size or page limit, a corrupt file) are listed in `refused`.
    A source that does not exist is an InputError.
    """
    files = find_files([sources] if isinstance(sources, (str, Path)) else list(sources))
    with paused_gc():
        return _load(files, cache_dir, progress)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Build many small objects without the cyclic GC rescanning all of them again and again.

    What was built is then frozen (gc.freeze): left in the youngest generation, 10,000
    records (millions of objects) would all be scanned by the next collection, half a
    second charged to whatever runs next, such as the first history query. Frozen objects
    are still freed when no longer referenced; only cycles among them would outlive their use.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def _load(files: list[Path], cache_dir: Path | None, progress: bool | None) -> Corpus:
    hashes = {path: _sha256(path) for path in files}
    cache = _Cache(Path(cache_dir) if cache_dir else default_cache_dir())
    corpus = Corpus(cache_path=cache.path)
    known = _usable_rows(cache.lookup(set(hashes.values())), cache)
    corpus.warnings.extend(cache.warnings)
    todo = sorted({sha: path for path, sha in hashes.items() if sha not in known}.items())
    parsed: dict[str, OutcomeRecord] = {}
    if todo:
        fresh: dict[str, tuple[str, str, str]] = {}
        for sha, (status, payload, record, summaries) in _parse_all(
            [path for _, path in todo], progress
        ):
            fresh[sha] = (status, payload, summaries)
            if record is not None:
                parsed[sha] = record
        known.update(fresh)
        corpus.parsed_count = len(todo)
        # a refusal may be passing (a timeout on a busy machine): read such files again next time
        cache.store({sha: r for sha, r in fresh.items() if r[0] != "refused"}, parsed)
        corpus.warnings.extend(w for w in cache.warnings if w not in corpus.warnings)
    seen: set[str] = set()
    for path in files:
        sha = hashes[path]
        status, payload, summaries = known.get(
            sha, ("skip", "file changed while being read; run again", "{}")
        )
        if status == "skip":
            corpus.skipped.append((str(path), payload))
        elif status == "refused":
            corpus.refused.append((str(path), payload))
        elif sha not in seen:  # the same document twice counts once
            seen.add(sha)
            corpus.summaries[sha] = json.loads(summaries)
            record = parsed.get(sha) or _RECORD_ROWS.pop(sha, None)
            record = record or OutcomeRecord.model_validate_json(payload)
            if record.source != str(path):
                record = record.model_copy(update={"source": str(path)})
            corpus.records.append(record)
    corpus.records, corpus.merged = merge_versions(corpus.records)
    corpus.records.sort(key=_date_key)
    return corpus


# "9278/18", "14220/6/16 REV 6", "7725/23 ADD 1", "7725/23 ADD 1 COR 1"
_DOC_NUMBER = re.compile(
    r"^\s*(?:ST\s+)?(\d{1,6})/(?:(\d{1,2})/)?(\d{2})((?:\s+(?:REV|ADD|COR|EXT)\.?\s*\d{1,3})*)"
    r"(?:\s+INIT)?\s*$",
    re.IGNORECASE,
)
#: Of several renditions of one version, the one whose reading is kept: text is read as
#: written, DOCX keeps its structure, PDF text is reconstructed from positions.
_FORMAT_RANK = {".txt": 0, ".md": 0, ".docx": 1, ".pdf": 2}


@dataclass(frozen=True)
class DocumentNumber:
    """A Council document number taken apart: running number/year, REV, ADD and COR levels."""

    base: str  # "9278/18"
    rev: int = 0
    add: int = 0
    cor: int = 0

    @property
    def version(self) -> tuple[int, int]:
        return (self.rev, self.cor)


def parse_number(number: str | None) -> DocumentNumber | None:
    """ "14220/6/16 REV 6" -> DocumentNumber("14220/16", rev=6); None when not a number."""
    match = _DOC_NUMBER.match(number or "")
    if not match:
        return None
    levels = {kind.upper(): int(n) for kind, n in NUMBER_LEVEL.findall(match[4] or "")}
    rev = levels.get("REV", int(match[2]) if match[2] else 0)
    return DocumentNumber(f"{match[1]}/{match[3]}", rev, levels.get("ADD", 0), levels.get("COR", 0))


def merge_versions(records: list[OutcomeRecord]) -> tuple[list[OutcomeRecord], list[dict]]:
    """One record per document: formats of one version merged, REV and COR superseding earlier
    versions, each ADD attached to its main document. Also says what was merged and why.
    """
    groups: dict[str, list[tuple[DocumentNumber, OutcomeRecord]]] = {}
    kept: list[OutcomeRecord] = []
    unnumbered: list[OutcomeRecord] = []
    for record in records:
        number = parse_number(record.number)
        if number is None:
            unnumbered.append(record)
        else:
            groups.setdefault(number.base, []).append((number, record))
    report: list[dict] = []
    for members in groups.values():
        mains = [(n, r) for n, r in members if n.add == 0]
        addenda = [(n, r) for n, r in members if n.add != 0]
        if not mains:  # an addendum whose main document is not in the corpus stands alone
            mains, addenda = addenda, []
        best_number, best = max(
            mains, key=lambda m: (m[0].version, -_FORMAT_RANK.get(Path(m[1].source).suffix, 9))
        )
        merged = [
            {"path": r.source, "number": r.number, "reason": _reason(n, best_number)}
            for n, r in mains
            if r is not best
        ]
        for _number, addendum in sorted(addenda, key=lambda m: (m[0].add, m[1].source)):
            if any(m["number"] == addendum.number for m in merged if "attached" in m["reason"]):
                reason = "the same addendum in another format"
            else:
                best = _attach(best, addendum)
                reason = f"addendum attached to {best.number}"
            merged.append({"path": addendum.source, "number": addendum.number, "reason": reason})
        kept.append(best)
        if merged:
            report.append({"number": best.number, "kept": best.source, "merged": merged})
    kept += _same_as_numbered(unnumbered, kept, report)
    report.sort(key=lambda r: r["number"] or "")
    return kept, report


def _same_as_numbered(
    unnumbered: list[OutcomeRecord], kept: list[OutcomeRecord], report: list[dict]
) -> list[OutcomeRecord]:
    """The records whose number could not be read, less those that are another rendition of a
    kept document (same date, same subject): counting one twice would double its history.
    """
    by_identity = {_identity(r): r for r in kept if _identity(r)}
    alone = []
    for record in sorted(unnumbered, key=lambda r: _FORMAT_RANK.get(Path(r.source).suffix, 9)):
        twin = by_identity.get(_identity(record))
        if twin is None:
            alone.append(record)
            if _identity(record):
                by_identity[_identity(record)] = record
            continue
        entry = next((e for e in report if e["kept"] == twin.source), None)
        if entry is None:
            entry = {"number": twin.number, "kept": twin.source, "merged": []}
            report.append(entry)
        reason = "the same document in another format (same date and subject)"
        number = record.number or "no number read"
        entry["merged"].append({"path": record.source, "number": number, "reason": reason})
    return alone


def _identity(record: OutcomeRecord) -> tuple[str, str] | None:
    if record.date is None or not record.subject:
        return None
    return (record.date.isoformat(), " ".join(re.findall(r"\w+", record.subject.lower())))


def _reason(number: DocumentNumber, kept: DocumentNumber) -> str:
    if number.version == kept.version:
        return "the same document in another format"
    if number.cor != kept.cor and number.rev == kept.rev:
        return f"corrected by COR {kept.cor}"
    return f"superseded by REV {kept.rev}" if kept.rev else "superseded by a later version"


def _attach(main: OutcomeRecord, addendum: OutcomeRecord) -> OutcomeRecord:
    """The addendum's text joins the main document's annex, where history reads it."""
    parts = [addendum.annex.text] if addendum.annex else []
    parts += [f"{i.title}\n\n{i.text}" for i in addendum.items]
    text = "\n\n".join(p for p in parts if p.strip())
    if not text:
        return main
    if main.annex is None:
        annex = Annex(title=f"{addendum.number}", text=text)
    else:
        annex = main.annex.model_copy(update={"text": f"{main.annex.text}\n\n{text}"})
    return main.model_copy(update={"annex": annex})


#: Records decoded while the cache rows were checked, by sha256, used once by _load.
_RECORD_ROWS: dict[str, OutcomeRecord] = {}


def _usable_rows(
    rows: dict[str, tuple[str, str, str]], cache: _Cache
) -> dict[str, tuple[str, str, str]]:
    """The cache rows that decode; a damaged row is dropped, so its file is read again."""
    usable = {}
    damaged = 0
    for sha, (status, payload, summaries) in rows.items():
        try:
            if status == "record":
                json.loads(summaries)
                _RECORD_ROWS[sha] = OutcomeRecord.model_validate_json(payload)
            elif status not in ("skip", "refused") or not isinstance(payload, str):
                raise ValueError(status)
        except (ValueError, TypeError):  # pydantic's ValidationError is a ValueError
            damaged += 1
            continue
        usable[sha] = (status, payload, summaries)
    if damaged:
        cache.warnings.append(
            f"{cache.path}: {damaged} damaged cache row{'s' if damaged != 1 else ''}; "
            "those files are read again"
        )
    return usable


def find_files(sources: Iterable[Path | str]) -> list[Path]:
    """Expand folders (recursively), files and glob patterns into outcome candidates, sorted."""
    out: set[Path] = set()
    for source in sources:
        source_path = Path(source)
        if source_path.is_dir():
            out.update(p for p in source_path.rglob("*") if _is_candidate(p))
        elif source_path.is_file():
            out.add(source_path)
        elif glob.has_magic(str(source)):
            matches = _glob(str(source))
            out.update(p for p in matches if p.is_file() and _is_candidate(p))
        else:
            raise InputError(source_path, "no such file or folder")
    return sorted(out, key=str)


def _glob(pattern: str) -> list[Path]:
    """Files matching `pattern`; "**" never follows a link to a folder (no endless loop)."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))
    anchor = Path(*parts[:fixed]) if fixed else Path(".")
    rest = "/".join(parts[fixed:])
    if not rest:
        return [anchor] if anchor.exists() else []
    try:
        return sorted(anchor.glob(rest))
    except (OSError, ValueError):
        return []


def _is_candidate(path: Path) -> bool:
    # a folder's README describes the folder, it is not a document of the corpus
    return (
        path.is_file()
        and path.suffix.lower() in SUFFIXES
        and not path.name.startswith(".")
        and not path.stem.upper().startswith("README")
    )


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror}") from None


def _date_key(record: OutcomeRecord) -> tuple:
    meeting_start = record.meeting.start if record.meeting else None
    when = meeting_start or record.date
    return (when is None, when or "", record.number or "", record.source)


Parsed = tuple[str, tuple[str, str, OutcomeRecord | None, str]]


def parse_file(path: str) -> Parsed:
    """(sha256, ("record", json, record, summaries json) | ("skip", reason, None, "{}")).

    Run in worker processes: the summaries are the costly part of a history query, so
    they are computed here, on both cores, once per file.
    """
    file = Path(path)
    sha = _sha256(file)
    try:
        record = _read_outcome(file)
    except NotAnOutcomeError as exc:  # a brief or a speaking note in the folder: skip it
        return sha, ("skip", exc.message, None, "{}")
    except InputError as exc:  # an outcome that must not or cannot be read
        return sha, ("refused", exc.message, None, "{}")
    summaries = json.dumps(unit_summaries(record), ensure_ascii=False)
    return sha, ("record", record.model_dump_json(by_alias=True), record, summaries)


def unit_summaries(record: OutcomeRecord) -> dict[str, str]:
    """ "item 3" / "item 3(c)" -> the summary of that unit's own text (no topic focus)."""
    from packgen.summary import summarise, unit_ref, unit_text

    out: dict[str, str] = {}
    for item in record.items:
        out[unit_ref(item)] = summarise(unit_text(item), title=item.title)
        for sub in item.subitems:
            out[unit_ref(item, sub)] = summarise(sub.text, title=sub.title)
    return out


def _read_outcome(path: Path) -> OutcomeRecord:
    from packgen.extract import read_outcome  # imported late: workers pay for it, not the CLI

    return read_outcome(path)


def _parse_all(paths: list[Path], progress: bool | None) -> Iterator[Parsed]:
    names = [str(p) for p in paths]
    show = (
        progress
        if progress is not None
        else (len(names) >= PROGRESS_MIN_FILES and sys.stderr.isatty())
    )
    workers = min(os.cpu_count() or 1, max(1, len(names) // PARALLEL_MIN_FILES))
    if workers > 1:
        pool = ProcessPoolExecutor(max_workers=workers)
        results: Iterator = pool.map(
            parse_file, names, chunksize=max(1, len(names) // (workers * 8))
        )
    else:
        pool = None
        results = map(parse_file, names)
    try:
        if show:
            from tqdm import tqdm

            results = tqdm(results, total=len(names), desc="indexing", unit="file", file=sys.stderr)
        yield from results
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


# What SQLite says when another process holds the file longer than the timeout
_HELD = re.compile(r"\b(?:locked|busy)\b", re.IGNORECASE)


class _Cache:
    """The SQLite file: results by content hash. Unreadable means rebuilt, never a crash."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / CACHE_FILE
        self.warnings: list[str] = []
        self._version = _code_version(folder)

    def lookup(self, hashes: set[str]) -> dict[str, tuple[str, str, str]]:
        try:
            return self._lookup(hashes)
        except sqlite3.DatabaseError as exc:
            self._rebuild_or_wait(exc)
            return {}
        except OSError as exc:
            self._disable(exc)
            return {}

    def store(
        self, results: dict[str, tuple[str, str, str]], records: dict[str, OutcomeRecord]
    ) -> None:
        if self.path is None:
            return
        try:
            self._store(results, records)
        except sqlite3.DatabaseError as exc:
            if self._rebuild_or_wait(exc):
                return
            try:
                self._store(results, records)
            except sqlite3.DatabaseError as again:
                self._disable(again)
        except OSError as exc:
            self._disable(exc)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT)
        db.executescript(_SCHEMA)
        version = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        if version is None or version[0] != self._version:
            # records extracted by other code may differ, and an older table may lack columns:
            # start afresh
            with db:
                db.execute("DROP TABLE files")
                db.execute("DROP TABLE IF EXISTS derived")
                db.execute("DELETE FROM items")
            db.executescript(_SCHEMA)
            with db:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self._version,))
        return db

    def _lookup(self, hashes: set[str]) -> dict[str, tuple[str, str, str]]:
        if self.path is None:
            return {}
        wanted = sorted(hashes)
        rows: list[tuple[str, str, str, str]] = []
        with closing(self._connect()) as db:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows += db.execute(
                    "SELECT sha256, status, payload, summaries FROM files"
                    f" WHERE sha256 IN ({marks})",
                    chunk,
                ).fetchall()
        return {sha: (status, payload, summaries) for sha, status, payload, summaries in rows}

    def _store(
        self, results: dict[str, tuple[str, str, str]], records: dict[str, OutcomeRecord]
    ) -> None:
        with closing(self._connect()) as db, db:  # one transaction for the whole batch
            db.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                [(sha, *row) for sha, row in results.items()],
            )
            shas = sorted(records)
            for start in range(0, len(shas), 500):  # sha256 is not indexed in FTS: few scans
                chunk = shas[start : start + 500]
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM items WHERE sha256 IN ({marks})", chunk)
            db.executemany(
                "INSERT INTO items VALUES (?, ?, ?, ?)",
                [row for sha, record in records.items() for row in _item_rows(sha, record)],
            )

    def _rebuild_or_wait(self, exc: sqlite3.DatabaseError) -> bool:
        """Rebuild a broken cache; one another process holds (locked past the timeout) is not
        broken: this run works without it and leaves it whole. True when it was held."""
        if isinstance(exc, sqlite3.OperationalError) and _HELD.search(str(exc)):
            self._disable(exc)
            return True
        self._rebuild(exc)
        return False

    def _rebuild(self, exc: Exception) -> None:
        self.warnings.append(f"{self.path}: cache unreadable ({exc}); rebuilding it")
        try:
            self.path.unlink(missing_ok=True)
        except OSError as unlink_error:
            self._disable(unlink_error)

    def _disable(self, exc: Exception) -> None:
        self.warnings.append(f"{self.path}: cache not usable ({exc}); working without it")
        self.path = None  # type: ignore[assignment]


def _item_rows(sha: str, record: OutcomeRecord) -> list[tuple[str, str, str, str]]:
    rows = []
    for item in record.items:
        rows.append((sha, f"item {item.number}", item.title, item.text))
        rows.extend(
            (sha, f"item {item.number}({sub.label})", sub.title, sub.text) for sub in item.subitems
        )
    if record.annex:
        rows.append((sha, "annex", record.annex.title, record.annex.text))
    return rows


#: The modules whose code writes a cache row: parse_file calls them (records, summaries).
RECORD_ROOTS = (
    "packgen.corpus",
    "packgen.extract",
    "packgen.readers",
    "packgen.summary",
    "packgen.history",  # the topics of every unit, kept per taxonomy
)


#: code_version remembered beside the cache, with the state of the sources it was computed from
CODE_VERSION_MEMO = "code-version.json"


def _code_version(memo_dir: Path | None = None) -> str:
    package = bundled.package_dir()
    if memo_dir is None:
        return code_version(package)
    return remembered_code_version(package, memo_dir / CODE_VERSION_MEMO)


def remembered_code_version(package: Path, memo: Path) -> str:
    """code_version(package), recomputed only when a source file of the package changed.

    Following the imports parses a few dozen modules, tenths of a second at the start of
    every process (a first preview waits for it); a stat of each source file is a
    millisecond. Any change of a file (its size, times or inode) recomputes it.
    """
    stamp = sources_stamp(package)
    try:
        saved = json.loads(memo.read_text(encoding="utf-8"))
        if saved.get("stamp") == stamp and isinstance(saved.get("version"), str):
            return saved["version"]
    except (OSError, ValueError, AttributeError):
        pass  # missing, unreadable or not ours: computed again, and rewritten
    version = code_version(package)
    cachedir.keep(memo, json.dumps({"stamp": stamp, "version": version}).encode("utf-8"))
    return version


def sources_stamp(package: Path) -> str:
    """A digest of the name, size, times and inode of every module of the package."""
    digest = hashlib.sha256(f"{SCHEMA_VERSION}:{packgen.__version__}:{package}".encode())
    for path in sorted(package.rglob("*.py")):
        try:
            st = path.stat()
        except OSError:
            continue
        info = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        digest.update(f"{path.relative_to(package)}:{info}\n".encode())
    return digest.hexdigest()


def code_version(package: Path) -> str:
    """A hash of the source of every module that shapes a record, found by following the
    imports (lazy ones included) from RECORD_ROOTS: a fix in any reader, in extract, topics
    or history reaches files already cached, with no list to keep by hand."""
    digest = hashlib.sha256(f"{SCHEMA_VERSION}:{packgen.__version__}".encode())
    for name, path in sorted(record_modules(package).items()):
        digest.update(name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()[:16]


def record_modules(package: Path) -> dict[str, Path]:
    """packgen modules reachable by import from RECORD_ROOTS, with their source files."""
    import ast

    found: dict[str, Path] = {}
    todo = list(RECORD_ROOTS)
    while todo:
        name = todo.pop()
        if name in found:
            continue
        path = _module_file(package, name)
        if path is None:
            continue
        found[name] = path
        try:
            tree = ast.parse(path.read_bytes())
        except (OSError, SyntaxError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                todo.extend(a.name for a in node.names if a.name.startswith("packgen"))
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("packgen"):
                todo.append(node.module)
                todo.extend(f"{node.module}.{a.name}" for a in node.names)
        if path.name == "__init__.py" and "." in name:  # a subpackage's modules are it
            todo.extend(f"{name}.{p.stem}" for p in path.parent.glob("*.py"))
    return found


def _module_file(package: Path, name: str) -> Path | None:
    parts = name.split(".")[1:]
    base = package.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None
