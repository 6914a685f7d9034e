"""The first look at a brief: its HTML laid out in pages by the browser (Paged.js, the PDF's
print CSS) while the server renders the PDF, then replaced by the PDF's own pages.

The PDF stage is held back here (the previewer's WeasyPrint warm-up waits for a signal),
so the draft is on screen for as long as the test looks at it.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn

from packgen.serve.app import create_app
from packgen.serve.hub import Hub
from packgen.serve.preview import Previewer
from tests.serve.conftest import example_text, save, with_sentence

TIMEOUT_MS = 30_000
FOOTNOTED = with_sentence(example_text(), "Both sides signed a data agreement.[^dp]") + (
    "footnotes:\n  dp: The umbrella agreement on personal data, in force since 2017.\n"
)


@pytest.fixture
def held(monkeypatch) -> threading.Event:
    """Hold every preview's PDF stage until the event is set (set at the end in any case)."""
    release = threading.Event()
    warm = Previewer.warm

    def waiting(self) -> None:
        release.wait(120)
        warm(self)

    monkeypatch.setattr(Previewer, "warm", waiting)
    yield release
    release.set()


@contextmanager
def in_process_server(folder: Path) -> Iterator[tuple[str, Hub]]:
    """The serve app on a free loopback port, run in a thread of this process."""
    hub = Hub(folder)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    config = uvicorn.Config(create_app(hub), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert time.monotonic() < deadline and thread.is_alive()
            time.sleep(0.02)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/", hub
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


def test_the_first_request_gets_the_draft_then_the_pdf_pages(tmp_path, held):
    save(tmp_path / "brief.yaml", FOOTNOTED)

    async def scenario():
        hub = Hub(tmp_path)
        await hub.start()
        try:
            draft = await hub.preview("brief.yaml", viewed=True)
            held.set()
            complete = await hub.preview("brief.yaml", viewed=True, complete=True)
            return draft, complete
        finally:
            await hub.stop()

    draft, complete = asyncio.run(scenario())
    assert draft.pending and draft.pages == [] and draft.error is None
    assert draft.classification == "LIMITE"
    # the draft is the HTML the PDF is made from: print CSS inlined, header, footer, footnote
    assert "@page" in draft.html and "float: footnote" in draft.html
    assert '<td class="f-mid f-marking">LIMITE</td>' in draft.html
    assert '<div class="hb-marking">LIMITE</div>' in draft.html
    assert "The umbrella agreement on personal data, in force since 2017." in draft.html
    assert not complete.pending and complete.html is None and len(complete.pages) == 5
    assert complete.version > draft.version
    assert complete.as_json()["pending"] is False


def test_a_refused_or_broken_brief_has_no_draft(tmp_path, held):
    """Markings apply to the draft as to the build: the refusal is shown, never the text."""
    save(
        tmp_path / "public.yaml",
        example_text().replace("classification: LIMITE", "classification: PUBLIC"),
    )
    save(tmp_path / "broken.yaml", example_text().replace("kind: background-brief", "kind: ["))
    held.set()

    async def scenario():
        hub = Hub(tmp_path)
        await hub.refresh_entries(publish=False)
        try:
            return [await hub.preview(e, viewed=True) for e in ("public.yaml", "broken.yaml")]
        finally:
            await hub.stop()

    public, broken = asyncio.run(scenario())
    assert public.html is None and public.pages == []
    assert "a PUBLIC brief cannot cite LIMITE sources" in public.error
    assert broken.html is None and broken.pages == []
    assert broken.error.startswith("broken.yaml:37: invalid YAML")


def test_the_browser_lays_out_the_draft_in_pages_then_shows_the_pdf_pages(tmp_path, held, browser):
    save(tmp_path / "brief.yaml", FOOTNOTED)
    with in_process_server(tmp_path) as (url, hub):
        page = browser.new_page()
        try:
            page.goto(url)
            page.wait_for_function("() => document.body.dataset.draft", timeout=TIMEOUT_MS)
            assert page.locator(".page").count() == 0  # no PDF page yet: the PDF is held
            frame = page.frame_locator("#draft")
            sheets = frame.locator(".pagedjs_page")
            assert page.evaluate("document.body.dataset.draft") == str(sheets.count())
            assert sheets.count() >= 4
            first = sheets.nth(0).inner_text()
            for text in ("Council of the", "Brussels, 19 June 2023", "10512/23", "LIMITE"):
                assert text in first
            # the running footer of every sheet, with its marking and its page counter (drawn
            # by CSS counters, which the DOM's text does not show)
            total = sheets.count()
            for index in range(total):
                sheet = sheets.nth(index)
                assert sheet.get_attribute("data-page-number") == str(index + 1)
                footer = sheet.locator(".pagedjs_margin-bottom-center")
                text = footer.inner_text()
                assert "10512/23" in text and "JV/ml" in text and "LIMITE" in text, index
                counter = footer.locator(".f-page").evaluate(
                    "cell => getComputedStyle(cell, '::after').content"
                )
                assert "counter(page)" in counter and "counter(pages)" in counter
            # the footnote sits in the footnote area of the sheet that calls it
            noted = frame.locator(".pagedjs_footnote_area", has_text="umbrella agreement")
            assert noted.count() == 1
            assert "laid out by the browser" in page.locator("#status").inner_text()
            held.set()
            page.wait_for_function(
                "() => document.querySelectorAll('.page').length === 5", timeout=TIMEOUT_MS
            )
            assert page.locator("#draft").is_hidden()
            assert page.evaluate("document.body.dataset.draft") is None
            assert "5 pages, LIMITE" in page.locator("#status").inner_text()
        finally:
            held.set()  # before the server stops: its build thread must not stay held
            page.close()


def test_a_save_shows_its_draft_first_then_the_new_pdf_pages(tmp_path, held, browser):
    """Every save is laid out by the browser as soon as the brief is composed: the new text
    is on screen while the PDF is still held, and the PDF's pages replace the draft after."""
    spec = tmp_path / "brief.yaml"
    save(spec, example_text())
    with in_process_server(tmp_path) as (url, hub):
        page = browser.new_page()
        try:
            page.goto(url)
            held.set()
            page.wait_for_function(
                "() => document.querySelectorAll('.page').length === 5", timeout=TIMEOUT_MS
            )
            held.clear()  # the next build's PDF stage waits again
            save(spec, with_sentence(example_text(), "Both ministers opened the session early."))
            page.wait_for_function(
                "() => document.body.dataset.draft && !document.getElementById('draft')"
                ".classList.contains('laying')",
                timeout=TIMEOUT_MS,
            )
            frame = page.frame_locator("#draft")
            laid = frame.locator(".pagedjs_pages").inner_text()
            assert "Both ministers opened the session early." in " ".join(laid.split())
            # the PDF's pages of the previous save are not shown under the draft, nor its error
            assert page.locator("#pages").is_hidden() and page.locator("#error").is_hidden()
            # only one draft frame on screen; the next one loads off-screen
            assert page.locator("iframe.draft:not(.laying)").count() == 1
            held.set()
            page.wait_for_function(
                "() => [...document.querySelectorAll('#pages .page .text span')]"
                ".some(s => s.textContent.includes('opened the session early'))",
                timeout=TIMEOUT_MS,
            )
            assert page.locator("#pages").is_visible() and page.locator("#draft").count() == 0
            assert page.evaluate("document.body.dataset.draft") is None
        finally:
            held.set()
            page.close()
