"""Options several commands share (--out, --cache): one definition, one help text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

CACHE_HELP = (
    "Folder of the corpus parse cache (default: $PACKGEN_CACHE or the user cache folder, "
    "e.g. ~/.cache/packgen). Deleting it loses nothing."
)

cache_option = click.option(
    "--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path), help=CACHE_HELP
)


def out_option(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--out DIR (default output/), with the help saying what goes there."""
    return click.option(
        "--out",
        "out_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("output"),
        show_default=True,
        help=f"Folder for {what}.",
    )
