"""Document in, PDF bytes out: write_html rendered by WeasyPrint, deterministic and font-embedded."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from packgen.document import Document, Pack
from packgen.errors import InputError
from packgen.writers.html import (
    BASE_STYLES,
    BASE_TEMPLATES,
    file_url,
    layered_dirs,
    write_html,
)
from packgen.writers.pdfarchive import Attached, finish, render_options

_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")


def document_identifier(doc: Document) -> bytes:
    """A fixed PDF /ID for a Document: the same content always gives the same identifier."""
    return hashlib.sha256(doc.model_dump_json().encode("utf-8")).hexdigest()[:32].encode("ascii")


def allowed_folders(
    doc: Document, style_dirs: list[Path] | None, template_dirs: list[Path] | None
) -> list[Path]:
    """Folders the fetcher may read: every style and template layer and each logo's folder."""
    folders = layered_dirs(style_dirs, BASE_STYLES) + layered_dirs(template_dirs, BASE_TEMPLATES)
    documents = [doc, *(s.document for s in doc.sections)] if isinstance(doc, Pack) else [doc]
    for part in documents:
        if part.letterhead and part.letterhead.logo:
            folders.append(Path(part.letterhead.logo).resolve().parent)
    return folders


@contextmanager
def source_date_epoch(moment: dt.datetime) -> Iterator[None]:
    """Pin SOURCE_DATE_EPOCH to `moment` (a Document's Metadata.created) while rendering.

    fontTools (WeasyPrint's font subsetter here) stamps each embedded font's
    `head.modified` with the current time unless this variable is set.
    """
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(moment.timestamp()))
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


@contextmanager
def _weasyprint_log(verbose: bool):
    """With verbose, let WeasyPrint's own warnings and progress reach stderr."""
    if not verbose:
        yield
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("weasyprint: %(message)s"))
    # "weasyprint.progress" propagates to "weasyprint": one handler, no duplicate lines
    root, progress = logging.getLogger("weasyprint"), logging.getLogger("weasyprint.progress")
    levels = (root.level, progress.level)
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    progress.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(levels[0])
        progress.setLevel(levels[1])


def write_pdf(
    doc: Document,
    style_dirs: list[Path] | None = None,
    template_dirs: list[Path] | None = None,
    verbose: bool = False,
    font_config: object | None = None,
    attachments: Sequence[Attached] = (),
) -> bytes:
    """The PDF of `doc`: A4, Council header and footer, footnotes, bookmarks, metadata.

    Tagged and archival (see packgen.writers.pdfarchive); `attachments` travel inside it.
    A long-lived process (`packgen serve`) passes one weasyprint FontConfiguration so that
    fonts are looked up once, not on every rendering.
    """
    # heavy imports: only PDF builds pay for WeasyPrint (fetcher imports it quietly first)
    import weasyprint

    from packgen.writers.fetcher import RefusedURLError, SafeURLFetcher

    html = write_html(doc, style_dirs, template_dirs)
    fetcher = SafeURLFetcher(allowed_folders(doc, style_dirs, template_dirs))
    base_url = file_url(layered_dirs(template_dirs, BASE_TEMPLATES)[0]) + "/"
    try:
        with _weasyprint_log(verbose), source_date_epoch(doc.metadata.created):
            rendered = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
                font_config=font_config
            )
            return archival_pdf(
                rendered, document_identifier(doc), doc.metadata.created, attachments
            )
    except RefusedURLError as exc:
        raise InputError(None, f"PDF rendering stopped: {exc}") from None


def archival_pdf(
    rendered, identifier: bytes, created: dt.datetime, attachments: Sequence[Attached] = ()
) -> bytes:
    """A rendered WeasyPrint document as packgen's tagged PDF/A-3 (see writers.pdfarchive)."""
    return finish(
        rendered.write_pdf(pdf_identifier=identifier, **render_options(rendered)),
        attachments,
        created,
    )


def fonts_used(pdf_bytes: bytes) -> list[str]:
    """The font names drawn in a PDF ("LiberationSerif-Bold"), subset prefixes removed."""
    import pdfplumber

    names: set[str] = set()
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            names.update(_SUBSET_PREFIX.sub("", ch["fontname"]) for ch in page.chars)
    return sorted(names)
