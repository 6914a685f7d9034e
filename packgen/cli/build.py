"""`packgen build`, `check` and `schema`: brief specs in, documents, lint reports or JSON Schema out."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from packgen.cli.options import cache_option, out_option
from packgen.errors import CheckFailed, InputError

if TYPE_CHECKING:  # only for annotations: importing build or pack here would slow every command
    from packgen.build import BuildResult
    from packgen.pack import PackResult
    from packgen.pdfprocess import PdfProcess


@click.command()
@click.argument("specs", nargs=-1, type=click.Path(path_type=Path))
@out_option("the outputs and the manifest")
@click.option(
    "--format",
    "formats",
    default="docx,pdf",
    show_default=True,
    help="Comma-separated formats: docx, pdf, html.",
)
@click.option("--force", is_flag=True, help="Replace output files that already exist.")
@click.option("--all-examples", is_flag=True, help="Also build every bundled example brief.")
@cache_option
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Build several specs in this many parallel processes (default: one per core).",
)
@click.option(
    "--draft", is_flag=True, help="Print a DRAFT mark on every page (as `draft: true` does)."
)
@click.option("--verbose", is_flag=True, help="Show each file written and WeasyPrint's messages.")
def build(
    specs: tuple[Path, ...],
    out_dir: Path,
    formats: str,
    force: bool,
    all_examples: bool,
    cache_dir: Path | None,
    jobs: int | None,
    draft: bool,
    verbose: bool,
) -> None:
    """Build brief or pack SPECs (YAML, or folders of them) into DOCX and PDF in --out.

    With no SPEC, builds every spec in the workspace's briefs folder, or outside a
    workspace the bundled example brief. A pack YAML (top-level `pack:`)
    gives each document plus one pack PDF and DOCX. One spec is read, checked and
    rendered before anything is written; several specs are built independently in
    parallel (--jobs) with a summary table, and the exit code is 2 when any failed.
    Existing files are replaced only with --force.
    """
    chosen = expand_specs(specs)
    pdf_process = _start_pdf_process(chosen, formats, all_examples, jobs, verbose)
    try:
        from packgen import build as building

        if all_examples:
            chosen += [p for p in building.example_specs() if p not in chosen]
        if not chosen:
            chosen = default_specs()
        chosen_formats = building.parse_formats(formats)
        if len(chosen) > 1 or jobs is not None:
            build_batch(chosen, out_dir, chosen_formats, force, jobs, cache_dir, draft)
            return
        log = (lambda line: click.echo(line, err=True)) if verbose else None
        result = build_single(
            chosen[0], out_dir, chosen_formats, force, cache_dir, verbose, log, pdf_process, draft
        )
    finally:
        if pdf_process is not None:
            pdf_process.close()
    for path in [*result.outputs, *result.manifests]:
        click.echo(str(path))


def _start_pdf_process(
    chosen: list[Path], formats: str, all_examples: bool, jobs: int | None, verbose: bool
) -> PdfProcess | None:
    """A child that imports WeasyPrint while this process composes, for one brief with a PDF.

    Not for batches (already one process per spec) nor with --verbose (WeasyPrint's
    messages stay in this process's stderr).
    """
    wants_pdf = "pdf" in formats.lower()
    single = len(chosen) <= 1 and not all_examples and jobs is None
    if not (wants_pdf and single and not verbose):
        return None
    from packgen import pdfprocess

    return pdfprocess.PdfProcess() if pdfprocess.worth_forking() else None


def default_specs() -> list[Path]:
    """What `packgen build` builds with no SPEC: the workspace's specs, else the bundled example."""
    from packgen import build as building
    from packgen.workspace import current, list_specs

    workspace = current()
    if workspace is None:
        return [building.DEFAULT_EXAMPLE]
    found = list_specs(workspace)
    if not found:
        raise InputError(workspace.briefs_dir, "no brief spec (.yaml) to build here")
    return found


def expand_specs(specs: tuple[Path, ...]) -> list[Path]:
    """Each argument as given, a folder as the YAML files directly inside it."""
    chosen: list[Path] = []
    for spec in specs:
        if spec.is_dir():
            found = sorted([*spec.glob("*.yaml"), *spec.glob("*.yml")])
            if not found:
                raise InputError(spec, "folder holds no .yaml spec")
            chosen += found
        else:
            chosen.append(spec)
    return list(dict.fromkeys(chosen))


def build_single(
    spec: Path,
    out_dir: Path,
    formats: Sequence[str],
    force: bool,
    cache_dir: Path | None,
    verbose: bool,
    log: Callable[[str], None] | None,
    pdf_process: PdfProcess | None = None,
    draft: bool = False,
) -> BuildResult | PackResult:
    """One brief (all-or-nothing) or one pack."""
    from packgen import build as building

    if spec.suffix in (".yaml", ".yml") and spec.is_file():
        from packgen.pack import build_pack, is_pack_file

        if is_pack_file(spec):
            if draft:
                raise InputError(spec, "--draft is for briefs; a pack has no DRAFT mark yet")
            return build_pack(spec, out_dir, formats, force, cache_dir, verbose, log)
    return building.build(
        [spec],
        out_dir,
        formats=formats,
        force=force,
        cache_dir=cache_dir,
        verbose=verbose,
        log=log,
        submit_pdf=pdf_process.submit if pdf_process is not None else None,
        draft=draft,
    )


def build_batch(
    specs: list[Path],
    out_dir: Path,
    formats: Sequence[str],
    force: bool,
    jobs: int | None,
    cache_dir: Path | None,
    draft: bool = False,
) -> None:
    """Several specs in parallel; a summary table; exit 2 naming the failed ones."""
    from packgen.batch import build_many, summary_rows

    results = build_many(
        specs, out_dir, formats, force=force, jobs=jobs, cache_dir=cache_dir, draft=draft
    )
    for result in results:
        for path in result.outputs:
            click.echo(str(path))
    # the table goes to stderr so that stdout stays the list of files written
    rows = [("document", "status", "pages", "seconds", "warnings / error"), *summary_rows(results)]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)]
        click.echo("  ".join([*cells, row[4]]).rstrip(), err=True)
    failed = [r for r in results if not r.ok]
    if failed:
        names = ", ".join(str(r.spec) for r in failed)
        raise InputError(None, f"{len(failed)} of {len(results)} specs failed: {names}")


@click.command()
@click.argument("specs", nargs=-1, type=click.Path(path_type=Path))
@cache_option
def check(specs: tuple[Path, ...], cache_dir: Path | None) -> None:
    """Validate and lint brief SPECs without rendering (default: as `build` with no SPEC).

    Exit 0 when clean, 1 with the problems listed (unknown topics, topics with
    no history, links without titles, a meeting before the newest source,
    LIMITE sources in a PUBLIC brief), 2 when a spec is invalid.
    """
    from packgen.build import check_with_notes

    specs = tuple(expand_specs(specs)) or tuple(default_specs())
    problems: list[str] = []
    for spec in specs:
        found, notes = check_with_notes(spec, cache_dir=cache_dir)
        for note in notes:  # what was merged into one source, and why: no problem
            click.echo(note)
        problems += found
    for line in problems:
        click.echo(line)
    if problems:
        raise CheckFailed(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found")
    click.echo(f"{', '.join(str(s) for s in specs)}: ok")


@click.command()
def schema() -> None:
    """Print the JSON Schema of the brief spec (for editors and validators)."""
    from packgen.spec import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


__all__ = ["build", "check", "schema", "InputError"]
