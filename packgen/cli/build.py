"""`packgen build`, `check` and `schema`: brief specs in, documents, lint reports or JSON Schema out."""

from __future__ import annotations

import json
from pathlib import Path

import click

from packgen.errors import CheckFailed, InputError


@click.command()
@click.argument("specs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder for the outputs and the manifest.",
)
@click.option(
    "--format",
    "formats",
    default="docx,pdf",
    show_default=True,
    help="Comma-separated formats: docx, pdf, html.",
)
@click.option("--force", is_flag=True, help="Replace output files that already exist.")
@click.option("--all-examples", is_flag=True, help="Build every example in seeds/briefs/.")
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Corpus cache folder (default: PACKGEN_CACHE or the user cache folder).",
)
@click.option("--verbose", is_flag=True, help="Show each file written and WeasyPrint's messages.")
def build(
    specs: tuple[Path, ...],
    out_dir: Path,
    formats: str,
    force: bool,
    all_examples: bool,
    cache_dir: Path | None,
    verbose: bool,
) -> None:
    """Build brief SPECs (YAML) into DOCX and PDF, with a manifest, in --out.

    With no SPEC, builds the bundled example brief. Every spec is read, checked
    and rendered before anything is written; existing files are replaced only
    with --force.
    """
    from packgen import build as building

    chosen = list(specs)
    if all_examples:
        chosen += [p for p in building.example_specs() if p not in chosen]
    if not chosen:
        chosen = [building.DEFAULT_EXAMPLE]
    result = building.build(
        chosen,
        out_dir,
        formats=building.parse_formats(formats),
        force=force,
        cache_dir=cache_dir,
        verbose=verbose,
        log=(lambda line: click.echo(line, err=True)) if verbose else None,
    )
    for path in [*result.outputs, *result.manifests]:
        click.echo(str(path))


@click.command()
@click.argument("specs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Corpus cache folder.",
)
def check(specs: tuple[Path, ...], cache_dir: Path | None) -> None:
    """Validate and lint brief SPECs without rendering.

    Exit 0 when clean, 1 with the problems listed (unknown topics, topics with
    no history, links without titles, a meeting before the newest source,
    LIMITE sources in a PUBLIC brief), 2 when a spec is invalid.
    """
    from packgen.build import check as lint

    problems = [line for spec in specs for line in lint(spec, cache_dir=cache_dir)]
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
