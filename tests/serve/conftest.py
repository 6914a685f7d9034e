"""A real `packgen serve` process on 127.0.0.1 and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "seeds" / "briefs" / "2023-06-21_eu-us-jha-ministerial-stockholm.yaml"
CHROMIUM = os.environ.get("PACKGEN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
#: a sentence of the example's first agenda item, to anchor edits
ANCHOR = "      Both sides will review their joint work against terrorism and violent extremism,\n"


def example_text() -> str:
    """The example brief, reading the bundled outcomes wherever it is saved."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "../outcomes/" in text
    return text.replace("../outcomes/", f"{EXAMPLE.parent.parent}/outcomes/")


def save(path: Path, text: str) -> None:
    """Save as editors do: a new file renamed over the old one."""
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def with_sentence(text: str, sentence: str) -> str:
    assert ANCHOR in text
    return text.replace(ANCHOR, f"      {sentence}\n{ANCHOR}", 1)


class Server:
    def __init__(self, process: subprocess.Popen, url: str) -> None:
        self.process = process
        self.url = url


@contextmanager
def live_server(target: Path, *args: str, cache: Path | None = None) -> Iterator[Server]:
    """`packgen serve TARGET --port 0` until the block ends; always stopped, never left behind."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if cache is not None:
        env["PACKGEN_CACHE"] = str(cache)
    process = subprocess.Popen(
        [sys.executable, "-m", "packgen", "serve", str(target), "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), process.stderr.read()
        yield Server(process, url)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium under Playwright (no browser download); skipped when either is absent."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not installed ({CHROMIUM})")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield chromium
        finally:
            chromium.close()
