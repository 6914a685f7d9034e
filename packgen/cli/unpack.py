"""`packgen unpack`: a packgen PDF in, its embedded brief spec and manifest out."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("pdf", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder for the recovered spec and manifest.",
)
@click.option("--force", is_flag=True, help="Replace files that already exist.")
@click.option("--verbose", is_flag=True, help="Show each file written.")
def unpack(pdf: Path, out_dir: Path, force: bool, verbose: bool) -> None:
    """Recover the YAML spec and the manifest that `packgen build` embedded in PDF.

    Every brief PDF carries them as PDF/A-3 associated files, so an archived PDF
    can be rebuilt: put the spec back beside its corpus and `packgen build` it.
    Existing files are not replaced without --force; a PDF with no embedded spec
    is an error (exit 2).
    """
    from packgen.unpack import unpack as run

    log = (lambda line: click.echo(line, err=True)) if verbose else None
    for path in run(pdf, out_dir, force=force, log=log):
        click.echo(str(path))
