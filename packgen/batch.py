"""Many meetings: spec (or pack) paths in, one BatchResult per spec out, built in parallel processes.

Each spec is built on its own with packgen.build.build([spec]) (a pack YAML with
packgen.pack.build_pack), so one broken spec is reported and the others still build.
"""

from __future__ import annotations

import io
import os
import sys
import time
import warnings
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from packgen.build import DEFAULT_FORMATS
from packgen.errors import InputError


@dataclass
class BatchResult:
    """What happened to one spec: its files, pages, time and warnings, or its one-line error."""

    spec: Path
    ok: bool
    outputs: list[Path] = field(default_factory=list)
    pages: int | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def default_jobs() -> int:
    """One process per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def pdf_pages(paths: Sequence[Path]) -> int | None:
    """Pages of the first PDF among the outputs (the pack PDF for a pack), None without one."""
    from pypdf import PdfReader

    pdfs = [p for p in paths if p.suffix == ".pdf"]
    pack = [p for p in pdfs if p.name.endswith(".pack.pdf")]
    chosen = (pack or pdfs)[:1]
    if not chosen:
        return None
    return len(PdfReader(io.BytesIO(chosen[0].read_bytes())).pages)


def build_one(
    spec: Path,
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    force: bool = False,
    cache_dir: Path | None = None,
    draft: bool = False,
) -> BatchResult:
    """Build one spec or pack, never raising: an error becomes the result's one line."""
    from packgen.build import build
    from packgen.pack import build_pack, is_pack_file

    spec = Path(spec)
    started = time.perf_counter()
    result = BatchResult(spec=spec, ok=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if is_pack_file(spec):
                if draft:
                    raise InputError(spec, "--draft is for briefs; a pack has no DRAFT mark yet")
                built = build_pack(spec, out_dir, formats, force=force, cache_dir=cache_dir)
            else:
                built = build(
                    [spec], out_dir, formats, force=force, cache_dir=cache_dir, draft=draft
                )
            result.outputs = [*built.outputs, *built.manifests]
            result.pages = pdf_pages(built.outputs)
            result.ok = True
        except InputError as exc:
            result.error = str(exc)
        except Exception as exc:  # a bug in one spec's build must not stop the batch
            result.error = " ".join(f"{spec}: {type(exc).__name__}: {exc}".split())
    result.warnings = [" ".join(str(w.message).split()) for w in caught]
    result.seconds = time.perf_counter() - started
    return result


def build_many(
    spec_paths: Sequence[Path],
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    force: bool = False,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    draft: bool = False,
) -> list[BatchResult]:
    """Build every spec independently, `jobs` processes at a time; results in input order."""
    from tqdm import tqdm

    specs = [Path(p) for p in spec_paths]
    jobs = min(jobs or default_jobs(), max(len(specs), 1))
    results: dict[int, BatchResult] = {}
    bar = tqdm(total=len(specs), unit="spec", file=sys.stderr, disable=not sys.stderr.isatty())
    with bar:
        if jobs == 1:
            for index, spec in enumerate(specs):
                results[index] = build_one(spec, out_dir, formats, force, cache_dir, draft)
                bar.update()
        else:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                futures = {
                    pool.submit(build_one, spec, out_dir, formats, force, cache_dir, draft): index
                    for index, spec in enumerate(specs)
                }
                for future in as_completed(futures):
                    results[futures[future]] = future.result()
                    bar.update()
    return [results[i] for i in range(len(specs))]


def summary_rows(results: Sequence[BatchResult]) -> list[tuple[str, str, str, str, str]]:
    """(spec, status, pages, seconds, warnings or error) per spec, for a summary table."""
    rows = []
    for r in results:
        note = r.error if r.error else "; ".join(r.warnings)
        rows.append(
            (
                str(r.spec),
                "ok" if r.ok else "FAILED",
                "" if r.pages is None else str(r.pages),
                f"{r.seconds:.2f}",
                note,
            )
        )
    return rows


__all__ = ["BatchResult", "build_many", "build_one", "default_jobs", "summary_rows"]
