"""Options several commands share (--out, --cache): one definition, one help text.

Both fall back to the workspace's packgen.yaml when the user gives neither the
option nor (for the cache) PACKGEN_CACHE.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

CACHE_HELP = (
    "Folder of the corpus parse cache (default: $PACKGEN_CACHE, else the workspace's `cache:`, "
    "else the user cache folder, e.g. ~/.cache/packgen). Deleting it loses nothing."
)
DEFAULT_OUT = Path("output")


def _cache_default(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    if value is not None or os.environ.get("PACKGEN_CACHE"):
        return value  # None lets the corpus read PACKGEN_CACHE itself
    from packgen.workspace import current

    workspace = current()
    return workspace.cache_dir if workspace is not None else None


def _out_default(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path:
    if value is not None:
        return value
    from packgen.workspace import current

    workspace = current()
    return workspace.output_dir if workspace is not None else DEFAULT_OUT


cache_option = click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    callback=_cache_default,
    help=CACHE_HELP,
)


def out_option(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--out DIR (default: the workspace's output folder, else output/), saying what goes there."""
    return click.option(
        "--out",
        "out_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        callback=_out_default,
        help=f"Folder for {what} (default: the workspace's output folder, else output/).",
    )
