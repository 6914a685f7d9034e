"""Project errors: bad input becomes one line `FILE:LINE: message` and exit code 2."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input from the user: a file we cannot read, a spec we cannot accept.

    The CLI prints `str(error)` on one line and exits with code 2; never a traceback.
    """

    def __init__(self, path: str | Path | None, message: str, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = " ".join(str(message).split())  # one line, always
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class CheckFailed(Exception):
    """A check found problems (exit code 1)."""


class NotAnOutcomeError(InputError):
    """The file reads fine but is not an outcome of proceedings (a brief, a speaking note)."""


class ClassifiedSourceError(InputError):
    """The file carries an EU classified marking (RESTREINT UE and above): out of scope."""


class Terminated(Exception):
    """SIGTERM arrived while writing: stop after cleaning up the temporary file."""
