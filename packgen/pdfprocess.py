"""A Document (or any render job) in, its PDF bytes out, rendered by a second process.

The one place packgen renders in a forked child: briefs (`PdfProcess.submit`) and the
pack PDF (`render_beside`) go through the same child, pipe and fallback.

`packgen build` of one brief spends about half a second importing WeasyPrint and about
as long reading the spec, composing and writing the DOCX. On a machine with two cores or
more, the command forks this process before anything else, so that the import (and then
the rendering) runs beside the rest of the build. The child only renders: the parent still
writes every file, so bad input never leaves a partial output. Any failure other than bad
input in the child makes the parent render the PDF itself, exactly as without the child.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packgen.errors import InputError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkProcess

    from packgen.document import Document
    from packgen.writers.pdfarchive import Attached

#: Set to 0 to render in the build process itself.
ENV_SWITCH = "PACKGEN_PDF_PROCESS"
#: How often the child checks that its parent is still there.
PARENT_POLL_S = 0.05


def worth_forking() -> bool:
    """True on a POSIX machine with two usable cores or more, unless PACKGEN_PDF_PROCESS=0."""
    if os.environ.get(ENV_SWITCH, "1").strip() == "0" or not hasattr(os, "fork"):
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS has no affinity mask
        cores = os.cpu_count() or 1
    return cores > 1


class PdfProcess:
    """The child process and the pipe to it; `submit` sends one Document, once."""

    def __init__(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self._conn, child_end = context.Pipe()
        self._process: ForkProcess = context.Process(
            target=_serve, args=(child_end, self._conn), daemon=True, name="packgen-pdf"
        )
        self._process.start()
        child_end.close()
        self._sender: threading.Thread | None = None

    def submit(
        self,
        doc: Document,
        style_dirs: list[Path],
        template_dirs: list[Path],
        verbose: bool,
        attachments: Sequence[Attached] = (),
    ) -> Callable[[], bytes]:
        """Send a Document to render without blocking; return the waiter."""
        from packgen.writers.pdf import write_pdf

        args = (doc, style_dirs, template_dirs, verbose, None, tuple(attachments))
        return self.submit_call(write_pdf, *args)

    def submit_call(self, render: Callable[..., bytes], *args: Any) -> Callable[[], bytes]:
        """Send `render(*args)` without blocking (the child may still be importing).

        The waiter returns its bytes; when the job cannot travel or the child fails in any
        way but bad input, it calls `render(*args)` here instead, so the bytes are the same.
        """
        try:
            payload = pickle.dumps((render, args))
        except Exception:  # noqa: BLE001 - what cannot travel is rendered here
            payload = None
        if payload is not None:
            self._sender = threading.Thread(target=self._send, args=(payload,), daemon=True)
            self._sender.start()

        def wait() -> bytes:
            answer = self._receive() if payload is not None else None
            if answer is None:  # the child failed in some other way: render here instead
                return render(*args)
            status, *rest = answer
            if status == "error":
                raise InputError(*rest)
            return rest[0]

        return wait

    def close(self) -> None:
        """Stop the child (an unused one may still be importing) and reap it."""
        self._conn.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join()

    def _send(self, payload: bytes) -> None:
        with contextlib.suppress(OSError, ValueError):  # the child is gone: _receive notices
            self._conn.send_bytes(payload)

    def _receive(self) -> tuple | None:
        try:
            answer = self._conn.recv()
        except (EOFError, OSError):
            return None
        finally:
            if self._sender is not None:
                self._sender.join()
        return answer if isinstance(answer, tuple) and answer[0] in ("ok", "error") else None


def _serve(conn: Connection, parent_end: Connection) -> None:
    """In the child: import the PDF writer at once, render the one job sent, answer, exit."""
    # the fork copied the parent's end too: closed here, so that a parent that dies (killed,
    # or done without a PDF) gives this child an end of file instead of a wait for ever
    parent_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to report
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the CLI's handler is the parent's alone
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        # the point of this process: WeasyPrint imported while the parent composes (write_pdf
        # imports it only when called); through the fetcher, which silences its import notice
        import packgen.writers.fetcher  # noqa: F401
        import packgen.writers.pdf  # noqa: F401

        try:
            render, args = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):  # the parent needs no PDF after all
            return
        conn.send(_render(render, *args))
    except BaseException:  # noqa: BLE001 - any other failure: the parent renders itself
        with contextlib.suppress(OSError, ValueError):
            conn.send(("failed",))
    finally:
        conn.close()
        sys.stdout.flush()
        sys.stderr.flush()


def _exit_with_parent(parent: int) -> None:
    """Leave at once when the parent dies (SIGTERM, SIGKILL): whoever reads our shared stderr
    would otherwise wait for the end of a PDF nobody will write."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(0)


def render_beside(render: Callable[..., bytes], *args: Any) -> Callable[[], bytes] | None:
    """`render(*args)` in a child process; the returned call waits for its bytes.

    None when forking is not worth it (one core, PACKGEN_PDF_PROCESS=0): render in process.
    """
    if not worth_forking():
        return None
    process = PdfProcess()
    wait = process.submit_call(render, *args)

    def finish() -> bytes:
        try:
            return wait()
        finally:
            process.close()

    return finish


def _render(render: Callable[..., bytes], *args: Any) -> tuple:
    try:
        return ("ok", render(*args))
    except InputError as exc:  # exceptions with extra arguments do not pickle: send the parts
        return ("error", exc.path, exc.message, exc.line)
