"""A spec or pack file in, a paged preview out: the PDF `build` would write, as page images + text.

Every preview of a brief shown comes in two steps: as soon as the brief is composed, a
draft carrying its HTML (the HTML the PDF is made from, print CSS inlined), which the
browser lays out in pages with Paged.js while the server renders the PDF; then the PDF's
pages, which always replace the draft. A save is thus visible before WeasyPrint runs.

The pages are the PDF itself (same HTML, same print CSS, same WeasyPrint), rasterised
with PDFium, so the header block, footers, footnotes and the LIMITE marking look
exactly as in the PDF. Each page also carries its text runs with their positions, laid
transparently over the image so that the text can be selected and found.

A Previewer lives as long as the server: it keeps WeasyPrint's fonts, the page images
(by content, so an unchanged page is neither encoded nor downloaded again) and the last
good preview of each entry warm.
"""

from __future__ import annotations

import copy
import gc
import hashlib
import io
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from packgen import cachedir
from packgen.errors import ClassifiedSourceError, InputError
from packgen.serve.roots import Entry

#: CSS pixels per PDF point: pages are drawn at 96 dpi, the browser's own unit
SCALE = 96 / 72
#: page images kept besides those of the current previews (about 150 KB each): a browser
#: still fetching the pages of the previous version finds them
SPARE_IMAGES = 16
#: histories kept (by what they were computed from): those of the entries served, and spare
KEPT_HISTORIES = 32
RANK = {"PUBLIC": 0, "LIMITE": 1}


@dataclass
class PageView:
    key: str
    width: float
    height: float
    runs: list[tuple[float, float, float, float, str]]


@dataclass
class Preview:
    """The state of one entry shown in the page: its pages, or an error over the last good ones."""

    entry: Entry
    version: int = 0
    pages: list[PageView] = field(default_factory=list)
    classification: str | None = None
    error: str | None = None
    #: the pages shown are the last good ones, under the error
    stale: bool = False
    seconds: float = 0.0
    #: seconds spent in each stage (prepare, pdf, pages), for the status line and benchmarks
    stages: dict[str, float] = field(default_factory=dict)
    #: files and folders whose change means this entry must be rebuilt
    files: set[Path] = field(default_factory=set)
    folders: set[Path] = field(default_factory=set)
    prepared: object | None = None
    #: the PDF the pages were drawn from: `build`'s own bytes, so the download reuses them
    pdf: bytes | None = None
    #: a draft: the brief's HTML to lay out in the browser, its PDF pages still to come
    html: str | None = None

    @property
    def pending(self) -> bool:
        return self.html is not None

    def as_json(self) -> dict:
        return {
            "id": self.entry.id,
            "kind": self.entry.kind,
            "version": self.version,
            "classification": self.classification,
            "error": self.error,
            "stale": self.stale,
            "pending": self.pending,
            "html": self.html,
            "seconds": round(self.seconds, 3),
            "stages": {name: round(value, 3) for name, value in self.stages.items()},
            "pages": [
                {
                    "src": f"/page/{p.key}.png",
                    "width": round(p.width, 1),
                    "height": round(p.height, 1),
                    "runs": [[round(v, 1) for v in r[:4]] + [r[4]] for r in p.runs],
                }
                for p in self.pages
            ],
        }


class ImageCache:
    """PNG page images by content hash: those of the current previews, and a few spare."""

    def __init__(self, spare: int = SPARE_IMAGES) -> None:
        self.spare = spare
        self._images: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            data = self._images.get(key)
            if data is not None:
                self._images.move_to_end(key)
            return data

    def put(self, key: str, data: bytes) -> None:
        with self._lock:
            self._images[key] = data
            self._images.move_to_end(key)

    def keep(self, shown: set[str]) -> None:
        """Drop every image but those shown and the `spare` most recently used others."""
        with self._lock:
            others = [key for key in self._images if key not in shown]
            for key in others[: max(0, len(others) - self.spare)]:
                del self._images[key]

    def __contains__(self, key: str) -> bool:
        with self._lock:
            return key in self._images

    def __len__(self) -> int:
        with self._lock:
            return len(self._images)


class Previewer:
    """Builds previews with warm fonts and caches; call from one thread (WeasyPrint is not shared)."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self.cache_dir = cache_dir
        self.images = ImageCache()
        self.runs: dict[str, list[tuple[float, float, float, float, str]]] = {}
        self.encoders = ThreadPoolExecutor(max_workers=2, thread_name_prefix="packgen-png")
        self._font_config = None
        self.histories = HistoryCache(folder=history_folder(cache_dir))
        self._versions = 0
        #: builds since the last garbage collection
        self.uncollected = 0

    def preload(self) -> None:
        """Import what composing a brief and writing its draft need (not WeasyPrint).

        Called before the server answers its first request: imported by the first build
        while the page and its scripts were served, these modules held the GIL and each
        small response waited for it.
        """
        import packgen.build  # noqa: F401
        import packgen.writers.html  # noqa: F401

    def warm(self) -> None:
        """Import WeasyPrint and PDFium and load the fonts before the first request needs them."""
        from weasyprint.text.fonts import FontConfiguration

        import packgen.writers.pdf  # noqa: F401  (imports WeasyPrint quietly)

        if self._font_config is None:
            self._font_config = FontConfiguration()
        import PIL.Image  # noqa: F401  (the page encoder)
        import pypdfium2  # noqa: F401

    def build(
        self,
        entry: Entry,
        last: Preview | None,
        on_draft: Callable[[Preview], None] | None = None,
    ) -> Preview:
        """A new preview of `entry`; on bad input, the error over the last good pages.

        `on_draft` is given a brief's draft (its HTML, checked like a build) as soon as the
        brief is composed, before the PDF is rendered (called on this thread).
        """
        self._versions += 1
        self.uncollected += 1
        started = time.perf_counter()
        preview = Preview(entry=entry, version=self._versions)
        preview.files.add(entry.path)
        try:
            pdf, classification, prepared = self._render(entry, preview, on_draft)
            drawn = time.perf_counter()
            preview.pages = self.pages(pdf)
            preview.stages["pages"] = time.perf_counter() - drawn
            preview.classification = classification
            preview.prepared = prepared
            preview.pdf = pdf
        except InputError as exc:
            preview.error = str(exc)
            if last is not None:
                preview.files |= last.files
                preview.folders |= last.folders
                if keeps_last_good(exc, entry, last):
                    preview.pages = last.pages
                    preview.classification = last.classification
                    preview.stale = True
        preview.seconds = time.perf_counter() - started
        return preview

    def _render(
        self, entry: Entry, preview: Preview, on_draft: Callable[[Preview], None] | None
    ) -> tuple[bytes, str, object]:
        """The PDF bytes `packgen build` would write, its classification and the prepared input."""
        if entry.kind == "pack":
            self.warm()
            from packgen.pack import document_specs, load_pack, prepare_pack, render_pack

            for spec in document_specs(load_pack(entry.path)):
                preview.files.add(spec.path.resolve())
            prepared = prepare_pack(
                entry.path, cache_dir=self.cache_dir, gather=self.histories.gather
            )
            for part in prepared.parts:
                depend_on(preview, part)
            return render_pack(prepared, ("pdf",))["pdf"], prepared.classification, prepared
        from packgen.build import prepare, spec_attachments
        from packgen.writers.pdf import write_pdf

        started = time.perf_counter()
        prepared = prepare(entry.path, cache_dir=self.cache_dir, gather=self.histories.gather)
        depend_on(preview, prepared)
        preview.stages["prepare"] = time.perf_counter() - started
        if on_draft is not None:
            on_draft(self.draft(preview, prepared))
        # WeasyPrint is imported only now: its import and fonts cost more than composing
        self.warm()
        started = time.perf_counter()
        pdf = write_pdf(
            prepared.document,
            style_dirs=prepared.style_dirs,
            template_dirs=prepared.template_dirs,
            font_config=self._font_config,
            # as `packgen build` embeds them: the download is these very bytes
            attachments=spec_attachments(prepared),
        )
        preview.stages["pdf"] = time.perf_counter() - started
        return pdf, prepared.loaded.spec.classification, prepared

    def draft(self, preview: Preview, prepared) -> Preview:
        """The draft of a composed brief: its HTML, under a version of its own."""
        from packgen.writers.html import write_html

        started = time.perf_counter()
        html = write_html(prepared.document, prepared.style_dirs, prepared.template_dirs)
        draft = Preview(
            entry=preview.entry,
            version=preview.version,
            classification=prepared.loaded.spec.classification,
            stages={**preview.stages, "html": time.perf_counter() - started},
            files=set(preview.files),
            folders=set(preview.folders),
            prepared=prepared,
            html=html,
        )
        # the finished preview comes after the draft: a newer version
        self._versions += 1
        preview.version = self._versions
        return draft

    def pages(self, pdf: bytes) -> list[PageView]:
        """Each page as a cached PNG (encoded only when its pixels changed) and its text runs.

        Pages are drawn one after the other (PDFium is not shared between threads); the
        new ones are encoded on the encoder threads meanwhile (Pillow releases the GIL).
        """
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(pdf)
        views: list[PageView] = []
        pending: dict[str, Future] = {}
        try:
            for page in document:
                width, height = page.get_size()
                bitmap = page.render(scale=SCALE)
                key = hashlib.blake2b(bytes(bitmap.buffer), digest_size=16).hexdigest()
                if key not in self.images and key not in pending:
                    pending[key] = self.encoders.submit(_png, bitmap.to_pil().copy())
                runs = self.runs.get(key)
                if runs is None:
                    runs = self.runs[key] = text_runs(page, height)
                views.append(PageView(key, width * SCALE, height * SCALE, runs))
                bitmap.close()
                page.close()
        finally:
            document.close()
        for key, future in pending.items():
            self.images.put(key, future.result())
        # the text of pages no longer kept as images is not needed either
        for key in [k for k in self.runs if k not in self.images]:
            del self.runs[key]
        return views

    def collect(self) -> None:
        """Free what the last build left behind, between builds.

        The corpus loader freezes every object alive (gc.freeze) so that a big corpus is
        not rescanned; in a long-lived server that also freezes the cyclic garbage of the
        previous rendering (WeasyPrint's boxes), and memory would grow with every save.
        """
        gc.unfreeze()
        gc.collect()
        self.uncollected = 0

    def close(self) -> None:
        self.encoders.shutdown(wait=True)


class HistoryCache:
    """The history of each agenda item, reused while what it was computed from is unchanged.

    The history (earlier meetings, follow-ups) of a brief is most of the time spent before
    layout, and it depends on few things: the corpus (its outcomes' content hashes), the
    taxonomy (topics.yaml's content), the meeting's title and dates, the brief's date and
    each item's topics and history options. Editing a sentence, a template or a style
    changes none of them, and the histories are taken from here (a deep copy, so nothing
    downstream can alter the kept one). Any change of those inputs computes them again.

    With a `folder`, the histories are also kept on disk (JSON, validated on reading), so
    that a server started again shows its first brief without computing them: the key
    then also covers the state of every module of the package (`corpus.sources_stamp`),
    so a change of the code computes them again. An entry that cannot be read or does not
    validate is computed again, never trusted.
    """

    #: histories kept on disk: past it, the least recently written go
    DISK_LIMIT = 64

    def __init__(self, kept: int = KEPT_HISTORIES, folder: Path | None = None) -> None:
        self.kept = kept
        self.folder = folder
        self._histories: OrderedDict[str, list] = OrderedDict()
        self._salt: str | None = None
        self.hits = 0
        self.misses = 0
        self.disk_hits = 0

    def gather(self, loaded, corpus, taxonomy) -> list:
        """`packgen.build.gather_histories`, answered from the cache when its inputs are unchanged.

        Passed to build's prepare as its `gather`; a deep copy is handed out, so nothing
        downstream can alter the kept histories.
        """
        from packgen.build import gather_histories

        key = history_key(loaded, corpus, taxonomy)
        kept = self._histories.get(key)
        if kept is None:
            self.misses += 1
            kept = self._read(key)
            if kept is None:
                kept = gather_histories(loaded, corpus, taxonomy)
                self._write(key, kept)
            else:
                self.disk_hits += 1
            self._histories[key] = kept
            while len(self._histories) > self.kept:
                self._histories.popitem(last=False)
        else:
            self.hits += 1
            self._histories.move_to_end(key)
        return copy.deepcopy(kept)

    def _file(self, key: str) -> Path | None:
        if self.folder is None:
            return None
        if self._salt is None:
            from packgen import bundled
            from packgen.corpus import sources_stamp

            self._salt = sources_stamp(bundled.package_dir())
        name = hashlib.blake2b(f"{self._salt}:{key}".encode(), digest_size=16).hexdigest()
        return self.folder / f"{name}.json"

    def _read(self, key: str) -> list | None:
        path = self._file(key)
        if path is None:
            return None
        try:
            return _histories_adapter().validate_json(path.read_bytes())
        except (OSError, ValueError):
            return None  # missing, torn or not ours: computed again

    def _write(self, key: str, histories: list) -> None:
        path = self._file(key)
        if path is None:
            return
        if cachedir.keep(path, _histories_adapter().dump_json(histories)):
            cachedir.prune(path.parent, self.DISK_LIMIT, spare=path)


def _histories_adapter():
    from pydantic import TypeAdapter

    from packgen.history_model import ItemHistory

    return TypeAdapter(list[ItemHistory])


def history_folder(cache_dir: Path | None) -> Path:
    """Where the histories are kept on disk: beside the corpus cache."""
    from packgen.corpus import default_cache_dir

    return (Path(cache_dir) if cache_dir else default_cache_dir()) / "histories"


def history_key(loaded, corpus, taxonomy) -> str:
    """A digest of everything `build.gather_histories` reads."""
    spec = loaded.spec
    parts = [
        sorted((r.sha256, r.source) for r in corpus.records),
        str(loaded.topics_path().resolve()),
        taxonomy_digest(loaded.topics_path()),
        spec.meeting.model_dump_json(),
        str(spec.header.date),
        [(item.topics, item.history.model_dump_json()) for item in spec.agenda],
    ]
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def taxonomy_digest(path: Path) -> str:
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return "unreadable"


def _png(image) -> bytes:
    buffer = io.BytesIO()
    # level 1: pages are encoded again on every save; size matters little on loopback
    image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def text_runs(page, height: float) -> list[tuple[float, float, float, float, str]]:
    """(left, top, width, height, text) in CSS pixels for each run of text PDFium finds."""
    textpage = page.get_textpage()
    try:
        runs = []
        for index in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(index)
            # a point in from each side: PDFium's boxes overlap the neighbouring run's glyphs
            inset = 1.0 if right - left > 4 else 0.0
            text = textpage.get_text_bounded(left + inset, bottom, right - inset, top)
            # \x02 is the hyphen of a word broken at the end of a line
            text = text.replace("\x02", "-").strip()
            if text:
                runs.append(
                    (
                        left * SCALE,
                        (height - top) * SCALE,
                        (right - left) * SCALE,
                        (top - bottom) * SCALE,
                        text,
                    )
                )
        return runs
    finally:
        textpage.close()


def depend_on(preview: Preview, prepared) -> None:
    """Record what a prepared brief was made from: spec, templates, styles, topics, corpus."""
    from packgen.corpus import find_files

    loaded = prepared.loaded
    preview.files.add(loaded.path.resolve())
    preview.files.add(loaded.topics_path().resolve())
    patterns = loaded.corpus_patterns()
    preview.files.update(p.resolve() for p in find_files(patterns))
    # a new outcome saved into a corpus folder counts too
    for pattern in patterns:
        folder = pattern if pattern.is_dir() else pattern.parent
        while any(ch in str(folder) for ch in "*?["):
            folder = folder.parent
        preview.folders.add(folder.resolve())
    preview.folders.update(
        Path(d).resolve() for d in [*prepared.template_dirs, *prepared.style_dirs]
    )
    from packgen.writers.html import BASE_STYLES, BASE_TEMPLATES

    preview.folders.update({BASE_STYLES.resolve(), BASE_TEMPLATES.resolve()})


def keeps_last_good(exc: InputError, entry: Entry, last: Preview) -> bool:
    """Whether the last good pages may stay visible (greyed) under this error.

    Fail closed on markings: never when the error is a marking refusal (a PUBLIC brief over
    LIMITE sources, a classified source), nor when the spec now asks for a lower
    classification than the pages shown were made under.
    """
    if not last.pages:
        return False
    if isinstance(exc, ClassifiedSourceError) or is_marking_refusal(exc):
        return False
    declared = declared_classification(entry)
    if declared is None:  # unreadable right now (a YAML error): the drafter saw these pages
        return True
    return RANK.get(declared, 1) >= RANK.get(last.classification or "LIMITE", 1)


def is_marking_refusal(exc: InputError) -> bool:
    """An error of the classification rules (the check `packgen build` applies)."""
    text = exc.message.lower()
    return any(word in text for word in ("classification", "limite", "marking", "restreint"))


def declared_classification(entry: Entry) -> str | None:
    """The classification the file on disk asks for, when it can still be read."""
    from packgen.yamlload import load_yaml

    try:
        data = load_yaml(entry.path).data
    except InputError:
        return None
    if not isinstance(data, dict):
        return None
    if entry.kind == "pack":
        return "LIMITE"  # a pack's marking is its documents' highest: assume the higher one
    value = data.get("classification", "LIMITE")
    return value if value in RANK else None
