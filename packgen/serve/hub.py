"""Saved files in, rebuilt previews and reload events out: the server's state, kept warm.

The Hub holds the list of specs and packs, the last preview of each one opened, and
the clients listening for server-sent events. A watcher maps each saved file to the
previews made from it (spec, templates, styles, topics.yaml, corpus files) and
rebuilds only those, one at a time on a single worker thread (WeasyPrint is not shared
between threads), then tells the browsers to fetch the new pages.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from packgen.errors import InputError
from packgen.serve.preview import Preview, Previewer
from packgen.serve.roots import Entry, list_entries

#: how long the watcher gathers the events of one save (editors write, rename, touch)
DEBOUNCE_MS = 30
#: a comment line keeps idle event streams open through proxies and tells a closed one
KEEPALIVE_SECONDS = 15.0
#: quiet time after a rebuild before the garbage of the previous renderings is collected
COLLECT_AFTER_SECONDS = 1.0
COLLECT_EVERY = 5
#: entries built ahead at start, after the one shown first, so that opening one is instant
PREBUILD = 8
#: ... once the browser has had this long to fetch the first pages (building ahead at once
#: competed with it for the two cores and delayed the first preview)
PREBUILD_AFTER_SECONDS = 2.0
#: how often the specs shown are checked for a save the watcher did not report (a watcher
#: restarting for new folders, or an event lost under load, must never lose a save)
RECHECK_SECONDS = 1.0
#: longest the build thread waits for a draft to be written out before rendering the PDF
HANDOFF_SECONDS = 0.2


#: a file's modification time and size, None when it cannot be read
Stamp = tuple[int, int] | None


class Hub:
    def __init__(
        self,
        root: Path,
        selected: Path | None = None,
        cache_dir: Path | None = None,
        out_dir: Path | None = None,
    ) -> None:
        self.root = root.resolve()
        self.selected = selected.resolve() if selected else None
        self.previewer = Previewer(cache_dir=cache_dir)
        self.entries: dict[str, Entry] = {}
        self.previews: dict[str, Preview] = {}
        self.dirty: set[str] = set()
        #: when each entry was last asked for by a browser (entries built ahead are not)
        self.viewed: dict[str, float] = {}
        self.subscribers: set[asyncio.Queue] = set()
        self._own_out = out_dir is None
        self.out_dir = Path(out_dir) if out_dir else Path(tempfile.mkdtemp(prefix="packgen-serve-"))
        self.downloads: dict[tuple[str, str], tuple[int, Path]] = {}
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="packgen-build")
        self.lock = asyncio.Lock()
        self.closing = asyncio.Event()
        self.rewatch = asyncio.Event()
        self.rebuilds = 0
        self._tasks: set[asyncio.Task] = set()
        self._collect: asyncio.TimerHandle | None = None
        self._watching: set[Path] = set()
        #: the files of each entry as they were when its last build started (mtime, size):
        #: its spec and the files of its preview before; a save seen both by the recheck
        #: and by the watcher is then built once, not twice
        self.built_from: dict[str, dict[Path, Stamp]] = {}
        #: entries whose first build is under way, resolved when their draft is shown
        self.drafting: dict[str, asyncio.Future] = {}

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        """List the entries, warm the pipeline and build the first preview in the background."""
        # the pipeline's modules, before uvicorn serves: not in contention with the page
        await self.run(self.previewer.preload)
        await self.refresh_entries(publish=False)
        self.spawn(self._warm_start())
        self.spawn(self.watch())
        self.spawn(self.recheck())

    async def _warm_start(self) -> None:
        """Build the entry shown first, then the next few ahead of time.

        Each build ahead is one turn of the single build worker: a request for another
        entry waits for at most the one under way, and what was built ahead is kept up
        to date by the watcher like any preview shown.
        """
        # no warming first: the first brief is composed and its draft shown before WeasyPrint
        # is imported (the build imports it after the draft)
        first = self.default_id()
        if first is None:
            return
        await self.preview(first, complete=True)
        await asyncio.sleep(PREBUILD_AFTER_SECONDS)
        ahead = [entry_id for entry_id in self.entries if entry_id != first][: PREBUILD - 1]
        for entry_id in ahead:
            if self.closing.is_set():
                return
            with contextlib.suppress(KeyError):  # gone from the folder meanwhile
                await self.preview(entry_id)

    async def stop(self) -> None:
        self.shutdown_streams()
        if self._collect is not None:
            self._collect.cancel()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.previewer.close()
        if self._own_out:
            shutil.rmtree(self.out_dir, ignore_errors=True)

    def shutdown_streams(self) -> None:
        """End every event stream now, so that the server can close its connections."""
        self.closing.set()
        self.rewatch.set()
        for queue in list(self.subscribers):
            queue.put_nowait(None)

    def spawn(self, coro) -> asyncio.Task:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def run(self, func, *args):
        return await asyncio.get_running_loop().run_in_executor(self.executor, func, *args)

    # --- entries and previews -------------------------------------------------------------

    async def refresh_entries(self, publish: bool = True) -> None:
        found = await self.run(list_entries, self.root)
        self.entries = {e.id: e for e in found}
        for gone in set(self.previews) - set(self.entries):
            self.previews.pop(gone)
        if publish:
            self.publish("entries", {"ids": list(self.entries)})

    def default_id(self) -> str | None:
        if self.selected is not None:
            for entry in self.entries.values():
                if entry.path == self.selected:
                    return entry.id
        return next(iter(self.entries), None)

    async def preview(self, entry_id: str, viewed: bool = False, complete: bool = False) -> Preview:
        """The current preview of an entry, built now if it was never built or is out of date.

        `viewed`: a browser asked for it, so its rebuilds go before those of entries
        only built ahead, and a brief it never saw is answered with its draft as soon as
        the brief is composed, unless `complete` asks for the PDF's pages.
        """
        if viewed:
            self.viewed[entry_id] = time.monotonic()
        current = self.previews.get(entry_id)
        fresh = current is not None and entry_id not in self.dirty
        if fresh and not (complete and current.pending):
            return current
        if complete or not viewed or current is not None:
            return await self.rebuild(entry_id)
        # never shown: answer with its draft as soon as there is one (or with the preview)
        await asyncio.shield(self.first_look(entry_id))
        shown = self.previews.get(entry_id)
        return shown if shown is not None else await self.rebuild(entry_id)

    def first_look(self, entry_id: str) -> asyncio.Future:
        """A future done when an entry never shown has a draft or a preview to show."""
        waiter = self.drafting.get(entry_id)
        if waiter is not None:
            return waiter
        waiter = self.drafting[entry_id] = asyncio.get_running_loop().create_future()

        def done(task: asyncio.Task) -> None:
            if self.drafting.get(entry_id) is waiter:
                del self.drafting[entry_id]
            if not waiter.done():
                if task.cancelled():
                    waiter.cancel()
                elif task.exception() is not None:
                    waiter.set_exception(task.exception())
                else:
                    waiter.set_result(None)

        self.spawn(self.rebuild(entry_id)).add_done_callback(done)
        return waiter

    async def rebuild(self, entry_id: str) -> Preview:
        async with self.lock:
            entry = self.entries.get(entry_id)
            if entry is None:
                raise KeyError(entry_id)
            current = self.previews.get(entry_id)
            if current is not None and entry_id not in self.dirty and not current.pending:
                return current  # rebuilt by another request while this one waited
            self.dirty.discard(entry_id)
            known = [entry.path, *(current.files if current is not None else ())]
            self.built_from[entry_id] = {path: _stamp(path) for path in known}
            # every build of what a browser shows or is about to (not of entries built ahead)
            # sends its draft first: the saved text is laid out in pages by the browser while
            # the PDF is rendered, and the PDF's pages replace the draft when they come
            on_draft = None
            if entry_id in self.viewed or entry_id == self.default_id():
                on_draft = self._drafter(entry_id)
            try:
                preview = await self.run(self.previewer.build, entry, current, on_draft)
            finally:
                waiter = self.drafting.pop(entry_id, None) if on_draft is not None else None
            if preview.error is not None:  # name files as the drafter sees them, from the folder
                preview.error = preview.error.replace(f"{self.root}{os.sep}", "")
            self.previews[entry_id] = preview
            if waiter is not None and not waiter.done():  # no draft came (an error, a pack)
                waiter.set_result(None)
            self.rebuilds += 1
            shown = {page.key for shown in self.previews.values() for page in shown.pages}
            self.previewer.images.keep(shown)
        self.publish("rebuilt", preview.as_json())
        self.collect_later()
        if self.watched_folders() != self._watching:
            self.rewatch.set()
        return preview

    def _drafter(self, entry_id: str):
        """A callback for the build thread: show the draft of `entry_id` from the event loop."""
        loop = asyncio.get_running_loop()
        waiter = self.drafting.get(entry_id)
        if waiter is None or waiter.done():
            waiter = self.drafting[entry_id] = loop.create_future()

        handed = threading.Event()

        def show(draft: Preview) -> None:
            if not waiter.done():
                self.previews[entry_id] = draft
                waiter.set_result(None)
                self.publish("rebuilt", draft.as_json())
            # the requests and event streams waiting for the draft resume on the next turns
            # of the loop and write it out; then the build thread may go on
            loop.call_soon(loop.call_soon, loop.call_soon, handed.set)

        def send(draft: Preview) -> None:
            # the build goes on by importing WeasyPrint, which holds the GIL for long
            # stretches: started at once, it held up the draft's responses by 0.1-0.3 s
            loop.call_soon_threadsafe(show, draft)
            handed.wait(HANDOFF_SECONDS)

        return send

    def collect_later(self) -> None:
        """Collect garbage once the saves pause, or now after COLLECT_EVERY builds without.

        A collection holds the GIL, and right after a rebuild the browsers are still
        fetching the new pages; but saves in quick succession must not grow memory either.
        """
        if self._collect is not None:
            self._collect.cancel()
        if self.previewer.uncollected >= COLLECT_EVERY:
            self.spawn(self.run(self.previewer.collect))
            return
        loop = asyncio.get_running_loop()
        self._collect = loop.call_later(
            COLLECT_AFTER_SECONDS, lambda: self.spawn(self.run(self.previewer.collect))
        )

    def affected(self, paths: Iterable[Path]) -> list[str]:
        """The previews made from any of `paths`."""
        out = []
        for entry_id, preview in self.previews.items():
            for path in paths:
                if path in preview.files or any(path.is_relative_to(f) for f in preview.folders):
                    out.append(entry_id)
                    break
        return out

    async def changed(self, paths: set[Path]) -> None:
        """Files were saved: rebuild what depends on them; re-list if a spec came or went."""
        # one build at a time, in the order asked (the lock is fair): the entries on screen first
        for entry_id in self.rebuild_order(self.affected(paths)):
            if self.built_after(entry_id, paths):
                continue
            self.dirty.add(entry_id)
            self.spawn(self.rebuild(entry_id))
        if self.entries_changed(paths):
            self.spawn(self.refresh_entries())

    def built_after(self, entry_id: str, paths: set[Path]) -> bool:
        """Whether the last build of `entry_id` started after every one of `paths` was saved.

        A file the build did not know counts as saved after it (a new file in a corpus
        folder), unless it is gone again (an editor's temporary file).
        """
        known = self.built_from.get(entry_id, {})
        return all(_stamp(path) == known.get(path) for path in paths)

    def rebuild_order(self, entry_ids: list[str]) -> list[str]:
        """The most recently viewed first; entries only built ahead last, in their order."""
        return sorted(entry_ids, key=lambda e: -self.viewed.get(e, float("-inf")))

    def entries_changed(self, paths: set[Path]) -> bool:
        """A YAML file under the root appeared or disappeared (saving one changes nothing)."""
        known = {entry.path for entry in self.entries.values()}
        for path in paths:
            if path.suffix.lower() not in (".yaml", ".yml") or not path.is_relative_to(self.root):
                continue
            if (path in known) != path.is_file():
                return True
        return False

    # --- downloads ------------------------------------------------------------------------

    async def download(self, entry_id: str, fmt: str) -> Path:
        """The DOCX or PDF of the current preview, built on demand with build's atomic writes."""
        preview = await self.preview(entry_id, complete=True)
        if preview.error is not None or preview.prepared is None:
            raise InputError(None, preview.error or "no preview")
        known = self.downloads.get((entry_id, fmt))
        if known is not None and known[0] == preview.version and known[1].is_file():
            return known[1]
        async with self.lock:
            path = await self.run(self._write_download, preview, fmt)
        self.downloads[(entry_id, fmt)] = (preview.version, path)
        return path

    def _write_download(self, preview: Preview, fmt: str) -> Path:
        from packgen.build import plan_outputs, render, spec_attachments, write_outputs

        folder = self.out_dir / f"v{preview.version}"
        if preview.entry.kind == "pack":
            from packgen.pack import plan_pack

            plan = plan_pack(preview.prepared, folder, (fmt,), True, False)
            write_outputs(plan, None)
            return folder / f"{preview.prepared.name}.pack.{fmt}"
        if fmt == "pdf" and preview.pdf is not None:
            # the preview's pages were drawn from the very bytes `build` writes: not rendered twice
            rendered = {"pdf": preview.pdf}
        else:
            embedded = spec_attachments(preview.prepared) if fmt == "pdf" else []
            rendered = render(preview.prepared, (fmt,), attachments=embedded)
        write_outputs(plan_outputs(preview.prepared, rendered, folder, force=True), None)
        return folder / f"{preview.prepared.loaded.name}.{fmt}"

    # --- events ---------------------------------------------------------------------------

    def publish(self, event: str, data: dict) -> None:
        for queue in list(self.subscribers):
            if queue.qsize() < 100:  # a stalled client loses events, never the server's memory
                queue.put_nowait((event, data))

    async def stream(self) -> AsyncIterator[str]:
        """Server-sent events for one browser tab, until it leaves or the server stops."""
        queue: asyncio.Queue = asyncio.Queue()
        self.subscribers.add(queue)
        try:
            yield "retry: 500\n\n"
            while not self.closing.is_set():
                try:
                    item = await asyncio.wait_for(queue.get(), timeout=KEEPALIVE_SECONDS)
                except TimeoutError:
                    yield ": keepalive\n\n"
                    continue
                if item is None:
                    break
                event, data = item
                yield f"event: {event}\ndata: {json.dumps(data)}\n\n"
        finally:
            self.subscribers.discard(queue)

    # --- watching -------------------------------------------------------------------------

    def watched_folders(self) -> set[Path]:
        """The served folder and every folder a preview was made from, outermost only."""
        folders = {self.root}
        for preview in self.previews.values():
            folders |= preview.folders
            folders |= {f.parent for f in preview.files}
        folders = {f for f in folders if f.is_dir()}
        return {f for f in folders if not any(f != o and f.is_relative_to(o) for o in folders)}

    async def recheck(self) -> None:
        """Rebuild a shown spec whose file changed without the watcher saying so."""
        while not self.closing.is_set():
            await asyncio.sleep(RECHECK_SECONDS)
            missed = {
                self.entries[entry_id].path
                for entry_id in list(self.previews)
                if entry_id in self.entries
                and entry_id not in self.dirty
                and not self.lock.locked()
                and not self.built_after(entry_id, {self.entries[entry_id].path})
            }
            if missed:
                await self.changed(missed)

    async def watch(self) -> None:
        from watchfiles import awatch

        while not self.closing.is_set():
            self.rewatch.clear()
            self._watching = self.watched_folders()
            async for changes in awatch(
                *sorted(self._watching),
                stop_event=self.rewatch,
                debounce=DEBOUNCE_MS,
                step=10,
                recursive=True,
            ):
                await self.changed({Path(path).resolve() for _, path in changes})


def _stamp(path: Path) -> Stamp:
    """A file's modification time and size, None when it cannot be read."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)
