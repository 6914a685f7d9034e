"""What a saved file rebuilds (spec, topics.yaml, corpus file, nothing else), and the downloads."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx

from packgen import bundled
from packgen.serve.hub import Hub
from packgen.serve.roots import list_entries
from tests.serve.conftest import ROOT, example_text, live_server, save, with_sentence

OUTCOMES = ROOT / "seeds" / "outcomes"
TOPICS = ROOT / "seeds" / "topics.yaml"
DEADLINE = 30.0


def own_sources(folder: Path) -> Path:
    """A served folder whose spec reads its own topics.yaml and its own copy of the corpus."""
    shutil.copytree(OUTCOMES, folder / "outcomes")
    shutil.copy(TOPICS, folder / "topics.yaml")
    text = re.sub(
        r"^corpus:\n(?:  - .*\n)+",
        "corpus: [outcomes/]\ntopics: topics.yaml\n",
        example_text(),
        count=1,
        flags=re.M,
    )
    assert "corpus: [outcomes/]" in text
    save(folder / "brief.yaml", text)
    return folder / "brief.yaml"


def preview(client: httpx.Client) -> dict:
    return client.get("/api/preview", params={"id": "brief.yaml"}).json()


def words(data: dict) -> str:
    return " ".join(run[4] for page in data["pages"] for run in page["runs"])


def wait_until(client: httpx.Client, condition) -> dict:
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        data = preview(client)
        if condition(data):
            return data
        time.sleep(0.05)
    raise AssertionError(f"not seen within {DEADLINE} s: {data.get('error')}")


def quoted_line(data: dict, corpus: Path) -> tuple[str, Path]:
    """A line of the preview that the history quotes word for word from a corpus file."""
    for page in data["pages"][1:]:
        for *_, text in page["runs"]:
            if len(text) < 50:
                continue
            for path in sorted(corpus.glob("*.txt")):
                if text in " ".join(path.read_text(encoding="utf-8").split()):
                    return text, path
    raise AssertionError("no quoted line found")


def test_saved_spec_topics_and_corpus_files_each_rebuild_the_preview(tmp_path, cache):
    spec = own_sources(tmp_path)
    with (
        live_server(tmp_path, cache=cache) as server,
        httpx.Client(base_url=server.url, timeout=120) as client,
    ):
        first = wait_until(client, lambda d: d["pages"])
        assert first["error"] is None
        # an unrelated file in the folder rebuilds nothing
        (tmp_path / "notes.txt").write_text("shopping list", encoding="utf-8")
        time.sleep(0.5)
        assert preview(client)["version"] == first["version"]
        # a corpus file: the history quotes the new wording
        line, source = quoted_line(first, tmp_path / "outcomes")
        text = source.read_text(encoding="utf-8")
        found = re.search(r"\s+".join(map(re.escape, line.split())), text)
        assert found and " the " in found[0]
        changed = line.replace(" the ", " THE ", 1)
        save(
            source,
            text[: found.start()] + found[0].replace(" the ", " THE ", 1) + text[found.end() :],
        )
        latest = wait_until(client, lambda d: changed in words(d))
        # topics.yaml: the spec's topic is renamed away, the check error names the spec's line
        topics = (tmp_path / "topics.yaml").read_text(encoding="utf-8")
        save(tmp_path / "topics.yaml", topics.replace("id: counter-terrorism", "id: terrorism"))
        broken = wait_until(client, lambda d: d["error"] is not None)
        line_no = (
            spec.read_text(encoding="utf-8").splitlines().index("    topics: [counter-terrorism]")
        )
        assert re.search(
            rf"brief\.yaml:{line_no + 1}: agenda\[0\]\.topics\[0\]: unknown topic "
            "'counter-terrorism'",
            broken["error"],
        ), broken["error"]
        assert broken["stale"] is True and broken["pages"] == latest["pages"]
        # and the spec itself
        save(tmp_path / "topics.yaml", topics)
        save(spec, with_sentence(spec.read_text(encoding="utf-8"), "A sentence saved last."))
        wait_until(client, lambda d: "A sentence saved last." in words(d))


def test_only_the_previews_made_from_a_saved_file_are_rebuilt(tmp_path):
    own = own_sources(tmp_path / "own")
    save(tmp_path / "bundled.yaml", example_text())
    hub = Hub(tmp_path)
    previewer = hub.previewer
    hub.entries = {e.id: e for e in list_entries(tmp_path)}
    assert sorted(hub.entries) == ["bundled.yaml", "own/brief.yaml"]
    for entry_id, entry in hub.entries.items():
        hub.previews[entry_id] = previewer.build(entry, None)
    shared = bundled.templates_dir() / "html" / "document.html.j2"
    assert hub.affected([own]) == ["own/brief.yaml"]
    assert hub.affected([(tmp_path / "bundled.yaml").resolve()]) == ["bundled.yaml"]
    assert hub.affected([own.parent / "outcomes" / "2018-05-31_9278-18.txt"]) == ["own/brief.yaml"]
    assert hub.affected([own.parent / "outcomes" / "new.txt"]) == ["own/brief.yaml"]
    assert hub.affected([own.parent / "topics.yaml"]) == ["own/brief.yaml"]
    assert hub.affected([OUTCOMES / "2018-05-31_9278-18.txt"]) == ["bundled.yaml"]
    assert hub.affected([TOPICS]) == ["bundled.yaml"]
    assert sorted(hub.affected([shared])) == ["bundled.yaml", "own/brief.yaml"]
    assert sorted(hub.affected([bundled.styles_dir() / "brief.css"])) == [
        "bundled.yaml",
        "own/brief.yaml",
    ]
    assert hub.affected([tmp_path / "notes.txt", ROOT / "README.md"]) == []
    hub.executor.shutdown()
    previewer.close()
    shutil.rmtree(hub.out_dir)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_downloads_are_the_bytes_packgen_build_writes(tmp_path, cache):
    save(tmp_path / "brief.yaml", example_text())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(cache)}
    subprocess.run(
        [sys.executable, "-m", "packgen", "build", "brief.yaml", "--out", "built"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    with (
        live_server(tmp_path, cache=cache) as server,
        httpx.Client(base_url=server.url, timeout=120) as client,
    ):
        for fmt in ("pdf", "docx"):
            response = client.get("/download", params={"id": "brief.yaml", "format": fmt})
            assert response.status_code == 200
            assert f'filename="brief.{fmt}"' in response.headers["content-disposition"]
            assert sha(response.content) == sha((tmp_path / "built" / f"brief.{fmt}").read_bytes())
        assert (
            client.get("/download", params={"id": "brief.yaml", "format": "html"}).status_code
            == 404
        )
        # a PUBLIC brief over LIMITE sources: the refusal, no file
        save(
            tmp_path / "brief.yaml",
            example_text().replace("classification: LIMITE", "classification: PUBLIC"),
        )
        refused = wait_until(client, lambda d: d["error"] is not None)
        assert refused["pages"] == [] and refused["stale"] is False
        response = client.get("/download", params={"id": "brief.yaml", "format": "pdf"})
        assert response.status_code == 409
        assert "classification: a PUBLIC brief cannot cite LIMITE sources" in response.text
    # the server's temporary download folder went with it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.yaml", "built"]


def test_a_folder_lists_its_briefs_and_packs_and_previews_a_pack(cache):
    with (
        live_server(ROOT / "seeds", cache=cache) as server,
        httpx.Client(base_url=server.url, timeout=120) as client,
    ):
        listed = client.get("/api/entries").json()
        assert listed["entries"] == [
            {
                "id": "briefs/2021-03-15_external-dimension-migration-steering-note.yaml",
                "kind": "brief",
            },
            {"id": "briefs/2023-06-21_eu-us-jha-ministerial-stockholm.yaml", "kind": "brief"},
            {
                "id": "briefs/2023-11-21_ue-etats-unis-hauts-fonctionnaires-note-fr.yaml",
                "kind": "brief",
            },
            {"id": "packs/2023-06-21_eu-us-jha-stockholm-pack.yaml", "kind": "pack"},
        ]
        pack = client.get("/api/preview", params={"id": listed["entries"][3]["id"]}).json()
        assert pack["error"] is None and pack["classification"] == "LIMITE"
        first = " ".join(run[4] for run in pack["pages"][0]["runs"])
        assert "BRIEFING PACK" in first and "LIMITE" in first
        image = client.get(pack["pages"][0]["src"])
        assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
        assert json.loads(client.get("/api/entries").text)["selected"] == listed["entries"][0]["id"]


def test_specs_saved_into_or_removed_from_the_folder_come_and_go_in_the_list(tmp_path, cache):
    save(tmp_path / "brief.yaml", example_text())
    with (
        live_server(tmp_path, cache=cache) as server,
        httpx.Client(base_url=server.url, timeout=120) as client,
    ):

        def listed() -> list[str]:
            return [e["id"] for e in client.get("/api/entries").json()["entries"]]

        def wait_listed(expected: list[str]) -> None:
            deadline = time.monotonic() + DEADLINE
            while listed() != expected and time.monotonic() < deadline:
                time.sleep(0.05)
            assert listed() == expected

        assert listed() == ["brief.yaml"]
        (tmp_path / "drafts").mkdir()
        save(tmp_path / "drafts" / "second.yaml", example_text())
        (tmp_path / "recipients.yaml").write_text("recipients: []\n", encoding="utf-8")
        wait_listed(["brief.yaml", "drafts/second.yaml"])
        (tmp_path / "brief.yaml").unlink()
        wait_listed(["drafts/second.yaml"])
        assert client.get("/api/preview", params={"id": "brief.yaml"}).status_code == 404


def test_a_save_the_watcher_never_reported_is_still_rebuilt(tmp_path):
    """No watcher runs here: the periodic check alone must notice the saved spec."""
    import asyncio

    spec = tmp_path / "brief.yaml"
    save(spec, example_text())

    async def scenario() -> str:
        hub = Hub(tmp_path)
        try:
            await hub.refresh_entries(publish=False)
            await hub.preview("brief.yaml")
            built = hub.rebuilds
            save(spec, with_sentence(example_text(), "Seen without any watcher event."))
            checking = asyncio.create_task(hub.recheck())
            for _ in range(600):
                if hub.rebuilds > built and "brief.yaml" not in hub.dirty:
                    break
                await asyncio.sleep(0.05)
            hub.closing.set()
            checking.cancel()
            await asyncio.gather(*hub._tasks, return_exceptions=True)
            return words(hub.previews["brief.yaml"].as_json())
        finally:
            hub.executor.shutdown()
            hub.previewer.close()
            shutil.rmtree(hub.out_dir, ignore_errors=True)

    assert "Seen without any watcher event." in asyncio.run(scenario())


def test_a_save_reported_twice_is_built_once(tmp_path):
    """The periodic check and the watcher may both report one save, in either order: the
    second report finds a build that started after the save and rebuilds nothing (a second
    build sent a second draft that hid the PDF pages the first had just shown). A file the
    build did not know, or a new save, still rebuilds."""
    import asyncio

    spec = tmp_path / "brief.yaml"
    save(spec, example_text())

    async def scenario() -> list[int]:
        hub = Hub(tmp_path)
        counts = []

        async def report(paths: set[Path]) -> None:
            await hub.changed(paths)
            await asyncio.gather(*hub._tasks, return_exceptions=True)
            counts.append(hub.rebuilds)

        try:
            await hub.refresh_entries(publish=False)
            await hub.preview("brief.yaml")
            path = spec.resolve()
            save(spec, with_sentence(example_text(), "Saved once, reported twice."))
            await report({path})  # by the periodic check
            await report({path, path.with_name(".brief.yaml.tmp")})  # by the watcher, late
            (tmp_path / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
            await report({path, (tmp_path / "notes.yaml").resolve()})  # a file it did not know
            save(spec, with_sentence(example_text(), "Saved a second time."))
            await report({path})
            return [n - counts[0] + 1 for n in counts]
        finally:
            hub.closing.set()
            hub.executor.shutdown()
            hub.previewer.close()
            shutil.rmtree(hub.out_dir, ignore_errors=True)

    assert asyncio.run(scenario()) == [1, 1, 2, 3]
