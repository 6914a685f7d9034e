"""Bad .pdf/.docx input: one InputError naming the file, and exit code 2 with one line from the CLI."""

from __future__ import annotations

import base64
import io
import os
import random
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

from packgen.errors import InputError
from packgen.readers import read_blocks

ROOT = Path(__file__).resolve().parents[2]


def _png(width: int = 40, height: int = 20) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def _image_only_pdf() -> bytes:
    """A page holding a picture and no text, like a scan that was never OCRed."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "HarfBuzz-Subset", DeprecationWarning)
        from weasyprint import HTML

    uri = "data:image/png;base64," + base64.b64encode(_png()).decode("ascii")
    return HTML(string=f'<img src="{uri}" style="width: 10cm">').write_pdf()


def _password_pdf() -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(_text_pdf())) as pdf:
        buffer = io.BytesIO()
        pdf.save(buffer, encryption=pikepdf.Encryption(user="secret", owner="owner"))
    return buffer.getvalue()


def _text_pdf() -> bytes:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "HarfBuzz-Subset", DeprecationWarning)
        from weasyprint import HTML

    return HTML(string="<p>Brussels, 31 May 2018</p>").write_pdf()


def _zip(entries: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _random_bytes(size: int = 4000) -> bytes:
    return random.Random(size).randbytes(size)


BAD_FILES = {
    "empty.pdf": (lambda: b"", "file is empty"),
    "empty.docx": (lambda: b"", "file is empty"),
    "random.pdf": (_random_bytes, "not a valid PDF file"),
    "header-only.pdf": (lambda: b"%PDF-1.7\n" + b"x" * 200, "not a valid PDF file"),
    "image-only.pdf": (
        _image_only_pdf,
        "PDF has no text layer (scanned image?); OCR it first: packgen parse --ocr",
    ),
    "password.pdf": (_password_pdf, "PDF is password-protected; remove the password first"),
    "random.docx": (_random_bytes, "not a valid DOCX file (not a zip archive)"),
    "other-zip.docx": (
        lambda: _zip({"notes.txt": "hello"}),
        "not a valid DOCX file (a zip archive without a Word body)",
    ),
    "broken-parts.docx": (
        lambda: _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "garbage"}),
        "not a valid DOCX file (its Word parts cannot be read: ",
    ),
}


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad inputs")  # a space in the path on purpose
    paths = {}
    for name, (make, _) in BAD_FILES.items():
        paths[name] = folder / name
        paths[name].write_bytes(make())
    return paths


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_read_blocks_raises_one_line_input_error(name: str, bad_files: dict[str, Path]) -> None:
    path = bad_files[name]
    with pytest.raises(InputError) as caught:
        read_blocks(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {BAD_FILES[name][1]}")
    assert "\n" not in message


def test_truncated_pdf_is_not_valid(tmp_path: Path) -> None:
    whole = _image_only_pdf()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(InputError, match=r"truncated\.pdf: not a valid PDF file$"):
        read_blocks(path)


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_cli_parse_exits_2_with_one_line(name: str, bad_files: dict[str, Path]) -> None:
    path = bad_files[name]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "packgen", "parse", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"packgen: {path}: {BAD_FILES[name][1]}")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
