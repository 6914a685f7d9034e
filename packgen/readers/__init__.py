"""Readers: a file (.txt, .md, .docx, .pdf) in, a list of plain Blocks out. No meeting knowledge."""

from __future__ import annotations

from pathlib import Path

from packgen.blocks import Block
from packgen.errors import InputError

#: Files larger than this are refused before reading (a Council outcome is rarely over 1 MB).
MAX_FILE_BYTES = 20 * 1024 * 1024

SUFFIXES = {".txt", ".md", ".docx", ".pdf"}


def read_blocks(path: Path, ocr: bool | None = None) -> list[Block]:
    """Read any supported file into blocks; InputError names the file when it cannot.

    `ocr` lets a scanned PDF be read through OCR; None follows PACKGEN_OCR.
    """
    path = Path(path)
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in {".txt", ".md"}:
        from packgen.readers.text import read_text

        blocks = read_text(data, path)
    elif suffix == ".docx":
        from packgen.readers.docx import read_docx

        blocks = read_docx(data, path)
    elif suffix == ".pdf":
        from packgen.readers.ocr import ocr_wanted
        from packgen.readers.pdf import read_pdf

        blocks = read_pdf(data, path, ocr=ocr_wanted(ocr))
    else:
        raise InputError(
            path, f"unsupported file type '{suffix or path.name}' (use .txt, .md, .docx or .pdf)"
        )
    if not any(b.text.strip() for b in blocks):
        raise InputError(path, "no text found in the file")
    return blocks


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
