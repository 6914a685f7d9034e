"""`packgen distribute`: a pack YAML and a recipients YAML in, numbered PDF copies and a list out."""

from __future__ import annotations

from pathlib import Path

import click

from packgen.cli.options import cache_option, out_option


@click.command()
@click.argument("pack", type=click.Path(path_type=Path))
@click.option(
    "--recipients",
    "recipients",
    required=True,
    type=click.Path(path_type=Path),
    help="YAML list of recipients: name, category (delegation|institution|press|public), entitled.",
)
@out_option("the copies and the distribution list")
@click.option("--force", is_flag=True, help="Replace copies and lists that already exist.")
@cache_option
@click.option("--verbose", is_flag=True, help="Show each file written.")
def distribute(
    pack: Path,
    recipients: Path,
    out_dir: Path,
    force: bool,
    cache_dir: Path | None,
    verbose: bool,
) -> None:
    """Write one numbered PDF copy of PACK per recipient, and the distribution list.

    Each copy carries the recipient's name and copy number under the footer of
    every page and a faint diagonal mark. A LIMITE pack goes only to entitled
    recipients (delegations, institutions): a list with press or public
    addresses is refused and nothing is written.
    """
    from packgen.distribute import distribute as run

    result = run(
        pack,
        recipients,
        out_dir,
        force=force,
        cache_dir=cache_dir,
        log=(lambda line: click.echo(line, err=True)) if verbose else None,
    )
    for path in [*result.copies, *result.lists]:
        click.echo(str(path))
