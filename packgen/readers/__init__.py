"""Readers: a file (.txt, .md, .docx, .pdf) in, a list of plain Blocks out. No meeting knowledge."""

from __future__ import annotations

import zipfile
from functools import partial
from pathlib import Path

from packgen.blocks import SourceBlock
from packgen.errors import InputError
from packgen.marking import Line

#: Files larger than this are refused before reading (a Council outcome is rarely over 1 MB).
MAX_FILE_BYTES = 20 * 1024 * 1024

SUFFIXES = {".txt", ".md", ".docx", ".pdf"}


def read_blocks(path: Path, ocr: bool | None = None) -> list[SourceBlock]:
    """Read any supported file into blocks; InputError names the file when it cannot.

    `ocr` lets a scanned PDF be read through OCR; None follows PACKGEN_OCR.
    """
    return read_source(path, ocr)[0]


def read_source(path: Path, ocr: bool | None = None) -> tuple[list[SourceBlock], list[Line]]:
    """The blocks of a file and every line the marking scan must see (running lines,
    header and footer parts, metadata). PDF and DOCX are read in a child process under
    hard time and memory limits (packgen.readers.bounded); `ocr` as for read_blocks."""
    from packgen.readers.ocr import ocr_wanted

    path = Path(path)
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            path, f"unsupported file type '{suffix or path.name}' (use .txt, .md, .docx or .pdf)"
        )
    if suffix in {".docx", ".pdf"}:
        from packgen.readers.bounded import run_bounded

        _import_parsers(suffix)
        read = partial(_read_binary, ocr=ocr_wanted(ocr))
        blocks, lines = run_bounded(read, data, path)
    else:
        blocks, lines = _read_binary(data, path)
    if not any(b.text.strip() for b in blocks):
        raise InputError(path, "no text found in the file")
    return blocks, lines


def _import_parsers(suffix: str) -> None:
    """Import the parsers of `suffix` here, in the parent, before any child is forked.

    Each child then inherits them instead of importing them again: the import cost more than
    the parse itself (benchmarks/bench_read.py). Importing a library reads none of the file,
    so the child still does all the parsing under its limits.
    """
    if suffix == ".pdf":
        import pdfminer.pdfdocument  # noqa: F401
        import pdfplumber  # noqa: F401
        import pypdf  # noqa: F401

        import packgen.readers.pdf  # noqa: F401
    else:
        import docx  # noqa: F401
        import docx.text.paragraph  # noqa: F401
        import docx.text.run  # noqa: F401
        from lxml import etree  # noqa: F401

        import packgen.readers.docx  # noqa: F401
    import packgen.readers.lines  # noqa: F401


def _read_binary(
    data: bytes, path: Path, ocr: bool = False
) -> tuple[list[SourceBlock], list[Line]]:
    try:
        return _read_format(data, path, ocr)
    except (InputError, MemoryError, RecursionError):
        raise
    except Exception as exc:  # a parser's surprise on odd input is still bad input
        kind = path.suffix.lower().lstrip(".").upper() or "input"
        raise InputError(path, f"not a valid {kind} file ({type(exc).__name__})") from None


def _read_format(
    data: bytes, path: Path, ocr: bool = False
) -> tuple[list[SourceBlock], list[Line]]:
    from packgen.readers import lines as marking_lines

    suffix = path.suffix.lower()
    if suffix in {".txt", ".md"}:
        from packgen.readers.text import _decode, read_text

        blocks = read_text(data, path)
        return blocks, marking_lines.text_file_lines(_decode(data, path))
    if suffix == ".docx":
        from packgen.readers.docx import read_docx

        blocks = read_docx(data, path)
        try:
            return blocks, marking_lines.docx_lines(data)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
            # a part the body reader never opened may still hide a marking: fail closed
            raise InputError(
                path, f"not a valid DOCX file (a part cannot be unpacked: {type(exc).__name__})"
            ) from None
    if suffix == ".pdf":
        from packgen.readers.pdf import read_pdf

        seen: list[tuple[int, float, str]] = []
        rotated: list[tuple[float, list[dict]]] = []
        blocks = read_pdf(data, path, ocr=ocr, seen=seen, rotated=rotated)
        # (the first parse's characters: those of the file as given, not of its OCR layer;
        # read_pdf has read page one when it returns)
        return blocks, marking_lines.pdf_lines(data, seen, rotated[0])
    raise InputError(path, f"unsupported file type '{suffix}'")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror}") from None
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    if size == 0:
        raise InputError(path, "file is empty")
    if size > MAX_FILE_BYTES:
        raise InputError(
            path,
            f"file is {size // (1024 * 1024)} MB, over the {MAX_FILE_BYTES // (1024 * 1024)} MB limit",
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror}") from None
