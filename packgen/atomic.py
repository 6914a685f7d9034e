"""Atomic writes: bytes and a target path in, a complete file at the target out (never a partial one).

The one place that writes a file packgen produces. Data goes in full to a temporary
file beside the target (same folder, so the rename cannot cross file systems), is
flushed to disk, then renamed over the target: a reader sees the old file or the new
one. Every file gets the mode an ordinary `open()` would give it (0666 less the
umask), not mkstemp's private 0600: outputs, settings and reference documents are
meant to be shared like any file the user saves.
"""

from __future__ import annotations

import os
import signal
import tempfile
from pathlib import Path


def temp_prefix(path: Path) -> str:
    """The name every temporary of `path` starts with (`.NAME.PID.`; stale ones are found by it)."""
    return f".{path.name}.{os.getpid()}."


def stage(path: Path, data: bytes) -> Path:
    """`data` in a complete temporary file beside `path` (SIGTERM cannot orphan it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # SIGTERM is held until the temporary file is known, so it can only arrive in the try
    held = hold_sigterm()
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(path), suffix=".tmp")
        release_sigterm(held)
        os.chmod(temp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
        raise
    finally:
        release_sigterm(held)
    return Path(temp)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a staged temporary and os.replace."""
    try:
        os.replace(stage(path, data), path)
    except BaseException:
        # (a SIGTERM raised as stage returns, before its result is bound, still finds it)
        remove_own_temporaries(path)
        raise


def remove_own_temporaries(path: Path) -> None:
    """Remove the temporaries this process staged beside `path` and did not rename."""
    prefix = temp_prefix(path)
    try:
        names = [entry.name for entry in os.scandir(path.parent)]
    except OSError:
        return
    for name in names:
        if name.startswith(prefix) and name.endswith(".tmp"):
            (path.parent / name).unlink(missing_ok=True)


def hold_sigterm() -> set[int] | None:
    """Block SIGTERM in this thread; what was blocked before, for `release_sigterm`."""
    if not hasattr(signal, "pthread_sigmask"):  # not POSIX
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})


def release_sigterm(held: set[int] | None) -> None:
    """Unblock SIGTERM unless it was already blocked before `hold_sigterm`."""
    if held is not None and signal.SIGTERM not in held:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
