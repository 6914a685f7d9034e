"""A URL path in, a file of the served folder out, or None: the one confinement rule of the server.

Only ordinary asset files (images, stylesheets, fonts) that really lie inside the served
folder are served: no hidden files, no `..`, no absolute paths, no backslashes or control
characters, no symlink that resolves outside. Anything else is None and becomes a 404.
"""

from __future__ import annotations

from pathlib import Path

ASSET_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".css", ".woff", ".woff2", ".ttf", ".otf"}
)


def asset_path(root: Path, url_path: str) -> Path | None:
    """The file `url_path` names inside `root`, when it is an asset lying inside `root`."""
    if not url_path or len(url_path) > 1024:
        return None
    if url_path.startswith("/") or "\\" in url_path or any(ord(ch) < 0x20 for ch in url_path):
        return None
    parts = url_path.split("/")
    if any(part in ("", ".", "..") or part.startswith(".") or ":" in part for part in parts):
        return None
    base = root.resolve()
    try:
        target = base.joinpath(*parts).resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a symlink loop
        return None
    if not target.is_relative_to(base) or not target.is_file():
        return None
    if target.suffix.lower() not in ASSET_SUFFIXES:
        return None
    return target
