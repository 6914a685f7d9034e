"""The live preview in a real browser: edits appear, errors show over the greyed last good pages."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests.serve.conftest import example_text, live_server, save, with_sentence

TIMEOUT_MS = 30_000


def page_text(page) -> str:
    return " ".join(page.locator(".page .text span").all_text_contents())


def wait_for_text(page, text: str) -> None:
    page.wait_for_function(
        "t => [...document.querySelectorAll('.page .text span')].some(s => s.textContent.includes(t))",
        arg=text,
        timeout=TIMEOUT_MS,
    )


@pytest.fixture(scope="module")
def served(tmp_path_factory, cache):
    folder = tmp_path_factory.mktemp("served")
    save(folder / "brief.yaml", example_text())
    with live_server(folder, cache=cache) as server:
        yield server, folder


@pytest.fixture
def page(browser, served):
    server, folder = served
    save(folder / "brief.yaml", example_text())
    page = browser.new_page()
    page.goto(server.url)
    wait_for_text(page, "Counter-terrorism")
    yield page
    page.close()


def test_page_shows_the_pdf_pages_with_header_block_footer_and_marking(page, served):
    pages = page.locator(".page")
    assert pages.count() == 5
    first = pages.nth(0).locator(".text span").all_text_contents()
    # the header block of the first page, as the PDF prints it
    for text in ("Council of the", "European Union", "Brussels, 19 June 2023", "(OR. en)"):
        assert text in first
    assert "10512/23" in first and "LIMITE" in first
    assert "BACKGROUND BRIEF" in first
    # every page's footer: number, initials, directorate, marking, language
    for index in range(5):
        text = " ".join(pages.nth(index).locator(".text span").all_text_contents())
        assert "10512/23" in text and "JV/ml" in text and "JAI.1" in text, index
        assert "LIMITE" in text, index
    assert page.locator("#entry-list a").all_text_contents() == ["brief.yamlbrief"]
    assert page.locator("#download-pdf").get_attribute("href") == (
        "/download?id=brief.yaml&format=pdf"
    )


_RUN_WIDTHS = (
    "[...document.querySelectorAll('.page .text span')]"
    ".map(s => [s.getBoundingClientRect().width, Number(s.dataset.width), s.textContent])"
)


def test_each_text_run_is_stretched_to_its_width_on_the_page(page):
    # the text layer lies over the image: selecting a word selects where it is printed
    # (the runs are stretched once the page is laid out, which on a busy machine can come a
    # moment after their text: wait for it, then show any run still off)
    timed_out = pytest.importorskip("playwright.sync_api").TimeoutError
    with contextlib.suppress(timed_out):
        page.wait_for_function(
            f"{_RUN_WIDTHS}.every(([shown, wanted]) => Math.abs(shown - wanted) <= 0.5)",
            timeout=TIMEOUT_MS,
        )
    widths = page.evaluate(_RUN_WIDTHS)
    assert len(widths) > 100
    off = [(shown, wanted, text) for shown, wanted, text in widths if abs(shown - wanted) > 0.5]
    assert off == []


def test_saving_the_spec_shows_the_new_text(page, served):
    _, folder = served
    sentence = "The delegations expect a short exchange on drones over critical sites."
    assert sentence not in page_text(page)
    save(folder / "brief.yaml", with_sentence(example_text(), sentence))
    wait_for_text(page, "drones over critical sites")
    assert page.locator("#error").is_hidden()


def test_a_yaml_error_shows_its_line_over_the_greyed_last_good_pages(page, served):
    _, folder = served
    broken = example_text().replace("  place: Stockholm\n", "  place: Stockholm: Sweden\n", 1)
    line = example_text().splitlines().index("  place: Stockholm") + 1
    save(folder / "brief.yaml", broken)
    error = page.locator("#error")
    error.wait_for(state="visible", timeout=TIMEOUT_MS)
    message = error.text_content()
    assert message == f"brief.yaml:{line}: invalid YAML: mapping values are not allowed here"
    assert "\n" not in message
    # the last good pages stay, greyed, under the message
    assert "stale" in page.locator("#pages").get_attribute("class")
    assert page.locator(".page").count() == 5
    # the server keeps running: the repaired spec is shown again
    save(folder / "brief.yaml", with_sentence(example_text(), "Repaired again today."))
    wait_for_text(page, "Repaired again today.")
    assert error.is_hidden()
    assert "stale" not in (page.locator("#pages").get_attribute("class") or "")


def test_a_public_brief_over_limite_sources_shows_the_refusal_not_the_text(page, served):
    _, folder = served
    shown = [t for t in page.locator(".page .text span").all_text_contents() if len(t) > 30]
    assert len(shown) > 20
    public = example_text().replace("classification: LIMITE", "classification: PUBLIC", 1)
    save(folder / "brief.yaml", public)
    error = page.locator("#error")
    error.wait_for(state="visible", timeout=TIMEOUT_MS)
    refusal = error.text_content()
    assert "classification: a PUBLIC brief cannot cite LIMITE sources: 15290/21" in refusal
    # the LIMITE pages shown a moment ago are gone, not greyed underneath
    assert page.locator(".page").count() == 0
    html = page.content()
    assert [t for t in shown if t in html and t not in refusal] == []


def test_every_process_stops_with_the_server(tmp_path, cache):
    save(tmp_path / "brief.yaml", example_text())
    with live_server(tmp_path, cache=cache) as server:
        pid = server.process.pid
    assert server.process.returncode is not None
    assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
