"""`packgen init [DIR]`: a folder in, a new workspace (packgen.yaml, briefs, corpus...) out."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("folder", metavar="[DIR]", default=".", type=click.Path(path_type=Path))
def init(folder: Path) -> None:
    """Create a workspace in DIR (default: the current folder).

    \b
    packgen.yaml        corpus, output, language, cache and Presidency-set folders
    brief.schema.json   the brief spec schema, for editors (yaml-language-server)
    briefs/             one example brief; `packgen build` builds every spec here
    corpus/             the sample outcomes, to replace with your own
    topics.yaml         a copy of the bundled topics, to edit
    templates/, styles/ empty override folders, each with a README

    Files that already exist are never overwritten.
    """
    from packgen.scaffold import init_workspace

    if folder.exists() and not folder.is_dir():
        from packgen.errors import InputError

        raise InputError(folder, "exists and is not a folder")
    report = init_workspace(folder)
    for relative in report.created:
        click.echo(f"created {relative}")
    for relative in report.kept:
        click.echo(f"kept existing {relative}")
    here = report.root == Path.cwd().resolve()
    step = "run `packgen build`" if here else "cd there and run `packgen build`"
    click.echo(f"workspace ready in {report.root}; next: {step}")
