"""Bounded reading: a reader function and a file's bytes in, its result out, or one clean error.

PDF and DOCX parsers can be driven into minutes of work and gigabytes of memory
by a small hostile file (a page of a million glyphs, a flate bomb). The reader
therefore runs in a forked child with an address-space limit and a wall-clock
deadline; the parent kills it when the deadline passes, and either way the
caller gets one InputError naming the file, well inside a minute and under 1 GB.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from packgen.errors import ClassifiedSourceError, InputError, NotAnOutcomeError

#: Wall-clock seconds a file may take to read (PACKGEN_READ_TIMEOUT overrides).
READ_TIMEOUT_S = 45.0
#: Memory the reading child may add to what it inherits, in MB (PACKGEN_READ_MEMORY_MB).
READ_MEMORY_MB = 512

T = TypeVar("T")
_ERRORS = {cls.__name__: cls for cls in (InputError, NotAnOutcomeError, ClassifiedSourceError)}


def limits() -> tuple[float, int]:
    """The time (s) and memory (MB) limits in force."""
    try:
        timeout = float(os.environ.get("PACKGEN_READ_TIMEOUT", READ_TIMEOUT_S))
        memory = int(os.environ.get("PACKGEN_READ_MEMORY_MB", READ_MEMORY_MB))
    except ValueError:
        return READ_TIMEOUT_S, READ_MEMORY_MB
    return timeout, memory


def run_bounded(func: Callable[[bytes, Path], T], data: bytes, path: Path) -> T:
    """func(data, path) in a child process under the limits; InputError when over them."""
    if not hasattr(os, "fork") or os.environ.get("PACKGEN_BOUNDED") == "0":
        return func(data, path)
    timeout, memory = limits()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(func, data, path, write_end, memory)
    os.close(write_end)
    try:
        payload = _collect(read_end, pid, timeout)
    except TimeoutError:
        _kill(pid)
        raise InputError(
            path, f"reading took over {timeout:g} s and was stopped (limit for one file)"
        ) from None
    except BaseException:  # SIGTERM or Ctrl-C in the parent: leave no reader behind
        _kill(pid)
        raise
    finally:
        os.close(read_end)
    _, status = os.waitpid(pid, 0)
    if not payload:
        raise InputError(
            path,
            f"reading needed more than {memory} MB of memory and was stopped (limit for one file)"
            if os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 3
            else "the file could not be read (the reader stopped unexpectedly)",
        )
    kind, value = pickle.loads(payload)
    if kind == "ok":
        return value
    if kind == "memory":
        raise InputError(
            path,
            f"reading needed more than {memory} MB of memory and was stopped (limit for one file)",
        )
    if kind in _ERRORS:
        raise _ERRORS[kind](path, value)
    raise InputError(path, f"the file could not be read ({value})")


def _child(func, data: bytes, path: Path, write_end: int, memory: int) -> None:
    code = 0
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        _limit_memory(memory)
        try:
            result: tuple[str, object] = ("ok", func(data, path))
        except InputError as exc:
            result = (
                type(exc).__name__ if type(exc).__name__ in _ERRORS else "InputError",
                exc.message,
            )
        except MemoryError:
            result = ("memory", None)
        except RecursionError:
            result = ("crash", "nested too deeply")
        except Exception as exc:  # a parser bug on odd input is still bad input, not a traceback
            result = ("crash", type(exc).__name__)
        try:
            payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            payload, code = b"", 3
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
    except MemoryError:
        code = 3
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _limit_memory(memory_mb: int) -> None:
    """Cap the child's address space at what it inherited plus `memory_mb`."""
    try:
        import resource

        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[0])
        current = pages * os.sysconf("SC_PAGE_SIZE")
        cap = current + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, OSError, ValueError):
        pass  # no /proc or no rlimits: the deadline still holds


def _collect(read_end: int, pid: int, timeout: float) -> bytes:
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        ready, _, _ = select.select([read_end], [], [], min(left, 1.0))
        if not ready:
            continue
        chunk = os.read(read_end, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
