"""What the server keeps warm: histories while their inputs are unchanged, entries built ahead."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

import packgen.build as build
from packgen.build import prepare
from packgen.serve.hub import Hub
from packgen.serve.preview import HistoryCache
from packgen.serve.roots import list_entries
from tests.serve.conftest import ROOT, example_text, save, with_sentence
from tests.serve.test_rebuilds import own_sources


def prepared_with(cache: HistoryCache, spec: Path):
    return prepare(spec, gather=cache.gather)


def test_histories_are_reused_only_while_what_they_read_is_unchanged(tmp_path):
    spec = own_sources(tmp_path)
    cache = HistoryCache()
    first = prepared_with(cache, spec)
    assert (cache.hits, cache.misses) == (0, 1)
    assert any(h.entries for h in first.histories)
    # a sentence of the body: the histories are reused, the document is as without the cache
    save(spec, with_sentence(spec.read_text(encoding="utf-8"), "A new sentence here."))
    edited = prepared_with(cache, spec)
    assert (cache.hits, cache.misses) == (1, 1)
    uncached = prepare(spec)
    assert edited.document.model_dump_json() == uncached.document.model_dump_json()
    assert "A new sentence here." in edited.document.model_dump_json()
    # a deep copy: what a build does with its histories cannot alter the kept ones
    edited.histories[0].entries.clear()
    assert prepared_with(cache, spec).histories == uncached.histories
    assert (cache.hits, cache.misses) == (2, 1)

    # each input of the history computes it again: the history limit of an item,
    text = spec.read_text(encoding="utf-8")
    save(spec, text.replace("history: {limit: 3}", "history: {limit: 1}", 1))
    fewer = prepared_with(cache, spec)
    assert (cache.hits, cache.misses) == (2, 2)
    assert fewer.histories == prepare(spec).histories != uncached.histories
    assert len(fewer.histories[0].entries) < len(uncached.histories[0].entries)
    save(spec, text)
    # the brief's date (follow-ups are judged on it),
    dated = re.sub(r"(?m)^  date: .*$", "  date: 2023-06-20", text, count=1)
    assert dated != text
    save(spec, dated)
    prepared_with(cache, spec)
    assert cache.misses == 3
    # topics.yaml,
    save(spec, text)
    topics = tmp_path / "topics.yaml"
    save(topics, topics.read_text(encoding="utf-8") + "\n")
    prepared_with(cache, spec)
    assert cache.misses == 4
    # and a corpus file
    corpus_file = sorted((tmp_path / "outcomes").glob("*.txt"))[0]
    save(corpus_file, corpus_file.read_text(encoding="utf-8") + "\n")
    prepared_with(cache, spec)
    assert cache.misses == 5


def test_the_server_builds_the_other_entries_ahead_after_the_first(tmp_path):
    save(tmp_path / "a-brief.yaml", example_text())
    save(tmp_path / "b-brief.yaml", with_sentence(example_text(), "Only in the second one."))

    async def scenario() -> dict:
        hub = Hub(tmp_path)
        await hub.start()
        try:
            deadline = time.monotonic() + 120
            # (the first one's draft counts only once its pages replace it)
            while time.monotonic() < deadline and (
                len(hub.previews) < 2 or any(p.pending for p in hub.previews.values())
            ):
                await asyncio.sleep(0.05)
            return dict(hub.previews)
        finally:
            await hub.stop()

    previews = asyncio.run(scenario())
    assert sorted(previews) == ["a-brief.yaml", "b-brief.yaml"]
    # the one shown first is built first, then the next, with no request for either
    assert previews["a-brief.yaml"].version < previews["b-brief.yaml"].version
    second = " ".join(run[4] for page in previews["b-brief.yaml"].pages for run in page.runs)
    assert "Only in the second one." in second


def test_the_pdf_download_is_the_previewed_pdf_not_rendered_again(tmp_path, monkeypatch):
    save(tmp_path / "brief.yaml", example_text())
    hub = Hub(tmp_path, out_dir=tmp_path / "out")
    try:
        entry = next(iter(list_entries(tmp_path)))
        shown = hub.previewer.build(entry, None)
        assert shown.error is None and shown.pdf.startswith(b"%PDF-")
        # what `packgen build` renders for this brief, byte for byte
        embedded = build.spec_attachments(shown.prepared)
        assert shown.pdf == build.render(shown.prepared, ("pdf",), attachments=embedded)["pdf"]

        def refuse(prepared, formats, *args, **kwargs):
            assert "pdf" not in formats, "the PDF was rendered a second time"
            return original(prepared, formats, *args, **kwargs)

        original = build.render
        monkeypatch.setattr(build, "render", refuse)
        written = hub._write_download(shown, "pdf")
        assert written.read_bytes() == shown.pdf
        assert hub._write_download(shown, "docx").read_bytes().startswith(b"PK")
    finally:
        hub.executor.shutdown()
        hub.previewer.close()


def test_a_shared_file_rebuilds_the_previews_on_screen_before_those_built_ahead(tmp_path):
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        save(tmp_path / name, example_text())

    async def scenario() -> tuple[list[str], list[int]]:
        hub = Hub(tmp_path)
        await hub.refresh_entries(publish=False)
        try:
            for entry_id in ("a.yaml", "b.yaml", "c.yaml"):  # all three built, as ahead
                await hub.preview(entry_id)
            await hub.preview("c.yaml", viewed=True)  # two browsers show c, then b
            await hub.preview("b.yaml", viewed=True)
            shared = (ROOT / "packgen" / "styles" / "brief.css").resolve()
            order = hub.rebuild_order(hub.affected([shared]))
            before = {e: hub.previews[e].version for e in order}
            await hub.changed({shared})
            deadline = time.monotonic() + 120
            while any(hub.previews[e].version == before[e] for e in order):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.05)
            return order, [hub.previews[e].version for e in order]
        finally:
            await hub.stop()

    order, versions = asyncio.run(scenario())
    assert order == ["b.yaml", "c.yaml", "a.yaml"]
    assert versions == sorted(versions)  # rebuilt in that order


def test_histories_kept_on_disk_serve_a_new_server_until_the_code_changes(tmp_path, monkeypatch):
    spec = own_sources(tmp_path)
    folder = tmp_path / "histories"
    first = HistoryCache(folder=folder)
    computed = prepared_with(first, spec)
    assert (first.misses, first.disk_hits) == (1, 0)
    assert len(list(folder.glob("*.json"))) == 1
    # a server started again: read back, the same histories and the same document
    again = HistoryCache(folder=folder)
    restarted = prepared_with(again, spec)
    assert (again.misses, again.disk_hits) == (1, 1)
    assert restarted.histories == computed.histories
    assert restarted.document.model_dump_json() == prepare(spec).document.model_dump_json()
    # a torn entry is computed again, never trusted
    entry = next(folder.glob("*.json"))
    entry.write_bytes(entry.read_bytes()[:40])
    torn = HistoryCache(folder=folder)
    assert prepared_with(torn, spec).histories == computed.histories
    assert torn.disk_hits == 0
    # a module of the package changed: the entries of the code before are not used
    import packgen.corpus

    monkeypatch.setattr(packgen.corpus, "sources_stamp", lambda package: "another state")
    changed = HistoryCache(folder=folder)
    prepared_with(changed, spec)
    assert changed.disk_hits == 0 and len(list(folder.glob("*.json"))) == 2
    # and an input of the history (topics.yaml) computes them again, as in memory
    topics = tmp_path / "topics.yaml"
    save(topics, topics.read_text(encoding="utf-8") + "\n")
    fresh = HistoryCache(folder=folder)
    prepared_with(fresh, spec)
    assert fresh.disk_hits == 0
