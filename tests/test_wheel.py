"""Issue 15 end to end: the built wheel, installed in a fresh virtual environment, with no checkout.

In an empty folder: `packgen init`, `packgen build`, `packgen presidency new`, a
steering note in the new set, an edit of the set (accent colour, letterhead
line, logo) and a build that shows the edit in both the DOCX and the PDF.
Nothing may be written inside the installed package or the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.wheel

LT = "2027-1-LT"
NOTE = "lt-note"
JUNK = ("__pycache__", ".pytest_cache", ".hypothesis", ".ruff_cache", ".git")


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` (bytecode and tool caches aside) with its size and mtime."""
    found = {}
    for path in folder.rglob("*"):
        if any(part in JUNK for part in path.relative_to(folder).parts) or not path.is_file():
            continue
        stat = path.stat()
        found[path.relative_to(folder).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return found


def run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """(the venv's bin folder, an environment without the checkout) with the wheel installed."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # building in the checkout would write build/ and *.egg-info there
    ignore = shutil.ignore_patterns(*JUNK, "output", "build", "dist", "*.egg-info", ".cache")
    shutil.copytree(ROOT, source, symlinks=True, ignore=ignore)
    quiet = ["--quiet", "--disable-pip-version-check"]
    run(
        [sys.executable, "-m", "pip", "wheel", *quiet, "--no-deps", "-w", str(work), "."],
        source,
        {**os.environ},
    )
    wheel = next(work.glob("packgen-*.whl"))
    venv = work / "venv"
    # the dependencies come from the system site-packages; packgen itself only from the wheel
    run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
        work,
        {**os.environ},
    )
    python = venv / "bin" / "python"
    install = ["install", *quiet, "--no-deps", "--no-index", "--force-reinstall", str(wheel)]
    run([sys.executable, "-m", "pip", "--python", str(python), *install], work, {**os.environ})
    shutil.rmtree(source)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PACKGEN_CACHE", "PACKGEN_WORKSPACE", "VIRTUAL_ENV")
    }
    home = work / "home"
    home.mkdir()
    env.update(
        PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        HOME=str(home),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return venv / "bin", env


def package_dir(bin_dir: Path, env: dict[str, str], cwd: Path) -> Path:
    code = "import packgen; print(packgen.__file__)"
    printed = run([str(bin_dir / "python"), "-c", code], cwd, env).stdout.strip()
    return Path(printed).parent


def docx_parts(path: Path) -> tuple[str, str, list[str]]:
    """(document.xml, styles.xml, media file names) of a DOCX."""
    with zipfile.ZipFile(path) as docx:
        names = docx.namelist()
        document = docx.read("word/document.xml").decode("utf-8")
        styles = docx.read("word/styles.xml").decode("utf-8")
    return document, styles, [n for n in names if n.startswith("word/media/")]


def letterhead_style_colour(styles: str) -> str:
    """The w:color of the "Council Letterhead" paragraph style."""
    block = styles.split('w:styleId="CouncilLetterhead"', 1)[1].split("</w:style>", 1)[0]
    return block.split('<w:color w:val="', 1)[1].split('"', 1)[0].upper()


def pdf_letterhead(path: Path, word: str) -> tuple[str, tuple, int]:
    """(text of page 1, fill colour of `word`'s first letter, images on page 1) of a PDF."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        text = page.extract_text() or ""
        chars = page.chars
        start = "".join(c["text"] for c in chars).find(word)
        colour = tuple(round(v * 255) for v in chars[start]["non_stroking_color"])
        return text, colour, len(page.images)


def write_png(path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (8, 4), (200, 16, 46)).save(path)


def test_wheel_installs_inits_builds_and_follows_an_edited_presidency_set(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    bin_dir, env = installed
    folder = tmp_path / "empty"
    folder.mkdir()
    package = package_dir(bin_dir, env, folder)
    assert package.is_relative_to(bin_dir.parent), package  # the wheel, not the checkout
    before = {"package": snapshot(package), "checkout": snapshot(ROOT)}
    packgen = str(bin_dir / "packgen")

    created = run([packgen, "init"], folder, env).stdout
    assert "created packgen.yaml" in created and "created briefs/" in created
    example = next((folder / "briefs").glob("*.yaml")).read_text(encoding="utf-8")
    assert example.startswith("# yaml-language-server: $schema=../brief.schema.json\n")
    assert '"title": "packgen brief specification"' in (folder / "brief.schema.json").read_text()

    built = run([packgen, "build"], folder, env).stdout.split()
    pdf = folder / "output" / "2023-06-21_eu-us-jha-ministerial-stockholm.pdf"
    assert str(pdf) in built
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "EU-US Justice and Home Affairs Ministerial Meeting" in text
    assert "9278/18" in text  # the history came from the workspace's corpus
    assert (folder / ".cache").is_dir()  # the workspace's cache, not the user's

    new = run([packgen, "presidency", "new", "--date", "2027-01-01"], folder, env).stdout
    assert f"created presidencies/{LT}/presidency.yaml" in new
    note = FIXTURES / "presidency" / "steering_note.yaml.in"
    spec = folder / "briefs" / f"{NOTE}.yaml"
    spec.write_text(
        note.read_text().format(date="2027-03-10", yy="27", corpus="../corpus"), encoding="utf-8"
    )
    run([packgen, "build", str(spec)], folder, env)
    document, styles, media = docx_parts(folder / "output" / f"{NOTE}.docx")
    assert "Lithuania 2027" in document and letterhead_style_colour(styles) == "006A44"
    text, colour, images = pdf_letterhead(folder / "output" / f"{NOTE}.pdf", "Lithuania 2027")
    assert colour == (0x00, 0x6A, 0x44) and images == 0 and media == []

    # the Presidency team edits its set: colour, one more letterhead line, a logo
    settings = folder / "presidencies" / LT / "presidency.yaml"
    edited = (
        settings.read_text(encoding="utf-8")
        .replace('accent: "#006A44"', 'accent: "#C8102E"')
        .replace('  - "Lithuania 2027"', '  - "Lithuania 2027"\n  - "Vilnius"')
        .replace("# logo: logo.png", "logo: logo.png #")
    )
    settings.write_text(edited, encoding="utf-8")
    write_png(settings.parent / "logo.png")
    run([packgen, "build", str(spec), "--force"], folder, env)
    document, styles, media = docx_parts(folder / "output" / f"{NOTE}.docx")
    assert "Vilnius" in document and letterhead_style_colour(styles) == "C8102E"
    assert len(media) == 1 and media[0].endswith(".png")
    text, colour, images = pdf_letterhead(folder / "output" / f"{NOTE}.pdf", "Vilnius")
    assert "Lithuania 2027" in text and "Vilnius" in text
    assert colour == (0xC8, 0x10, 0x2E) and images == 1

    # the gettext catalogs travel in the wheel: the example in French, from the installed package
    french = folder / "briefs" / "example-fr.yaml"
    french.write_text(example.replace("\nkind: ", "\nlanguage: fr\nkind: ", 1), encoding="utf-8")
    run([packgen, "build", str(french), "--format", "docx"], folder, env)
    document, _, _ = docx_parts(folder / "output" / "example-fr.docx")
    assert "Bruxelles, le 19 juin 2023" in document and "NOTE DE FOND" in document

    assert snapshot(package) == before["package"]
    assert snapshot(ROOT) == before["checkout"]
