"""OCR: a scanned PDF's bytes in, the same PDF with a text layer out (OCRmyPDF + Tesseract).

Only the PDF reader calls this, and only when asked (`packgen parse --ocr`, or
PACKGEN_OCR=1 for every command that reads outcomes): OCR is slow and its text
is a guess, so a scan is never read silently.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from packgen.errors import InputError

#: OCR of a whole document stops with an InputError after this many seconds.
OCR_TIMEOUT_S = 600.0
#: Tesseract languages tried, in this order, when their data is installed (register versions).
PREFERRED_LANGUAGES = ("eng", "fra", "deu")
#: What a user without the tools is told to do (Debian/Ubuntu package names).
REMEDY = "install OCRmyPDF and Tesseract (apt-get install ocrmypdf tesseract-ocr)"


def ocr_wanted(flag: bool | None) -> bool:
    """The --ocr flag when given, else the PACKGEN_OCR environment switch ("1", "yes", "true")."""
    if flag is not None:
        return flag
    return os.environ.get("PACKGEN_OCR", "").strip().lower() in {"1", "yes", "true", "on"}


def ocr_available() -> bool:
    return shutil.which("ocrmypdf") is not None and shutil.which("tesseract") is not None


def add_text_layer(data: bytes, path: Path) -> bytes:
    """Run OCRmyPDF on the PDF bytes; InputError (one line, naming the file) when it cannot."""
    if not ocr_available():
        raise InputError(
            path, f"PDF has no text layer (scanned image?) and OCR needs tools: {REMEDY}"
        )
    with tempfile.TemporaryDirectory(prefix="packgen-ocr-") as folder:
        source, target = Path(folder) / "scan.pdf", Path(folder) / "text.pdf"
        source.write_bytes(data)
        command = [
            "ocrmypdf",
            "--quiet",
            "--language",
            "+".join(_languages()),
            "--output-type",
            "pdf",  # no PDF/A conversion: only the text layer is read
            "--optimize",
            "0",
            "--jobs",
            "1",
            str(source),
            str(target),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=OCR_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired:
            raise InputError(path, f"OCR took over {OCR_TIMEOUT_S:g} s") from None
        if done.returncode != 0 or not target.is_file():
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise InputError(path, f"OCR failed (ocrmypdf exit {done.returncode}: {last})")
        return target.read_bytes()


def _languages() -> list[str]:
    try:
        listed = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        ).stdout.split()
    except (OSError, subprocess.TimeoutExpired):
        listed = []
    chosen = [language for language in PREFERRED_LANGUAGES if language in listed]
    return chosen or ["eng"]
