"""The environment in, the user's cache folder out: where packgen keeps what it can recompute."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


def user_cache_dir() -> Path:
    """PACKGEN_CACHE, else the platform's user cache folder (never the source tree)."""
    env = os.environ.get("PACKGEN_CACHE")
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "packgen"


def keep(path: Path, data: bytes) -> bool:
    """Write a recomputable entry (a memo, a cached history) in the cache folder; False if not.

    Not packgen.atomic: an entry is no output, so no fsync on the path of every save a preview
    waits for, and a folder that is a file, read-only or full only means computing again:
    nothing here raises.
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(data)
        os.replace(temp, path)
        return True
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        return False


def prune(folder: Path, keep_newest: int, spare: Path | None = None) -> None:
    """Remove all but the newest `keep_newest` *.json entries of a cache folder (never `spare`)."""
    aged: list[tuple[int, Path]] = []
    for entry in folder.glob("*.json"):
        with contextlib.suppress(OSError):  # removed meanwhile by another process
            aged.append((entry.stat().st_mtime_ns, entry))
    aged.sort()
    for _, entry in aged[: max(0, len(aged) - keep_newest)]:
        if entry != spare:
            with contextlib.suppress(OSError):
                entry.unlink(missing_ok=True)
