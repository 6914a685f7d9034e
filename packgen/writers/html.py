"""Document in, HTML5 out: the Council layout from a sandboxed Jinja2 skeleton and brief.css."""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import pathname2url

from jinja2 import StrictUndefined, Template, TemplateError, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from packgen import bundled, i18n, style
from packgen.document import Document, Footnote, HeaderBlock, Pack, Run, keeps_with_next
from packgen.errors import InputError
from packgen.jinjacache import MemoryBytecodeCache
from packgen.writers.confine import ConfinedLoader, confined_file, layers

BASE_STYLES = bundled.styles_dir()
BASE_TEMPLATES = bundled.templates_dir()
TEMPLATE_NAME = "html/document.html.j2"
STYLESHEET_NAME = "brief.css"
#: loaded after brief.css for a pack: cover, contents page, one section per part
PACK_STYLESHEET_NAME = "pack.css"
LINK_SCHEMES = frozenset({"http", "https", "mailto"})

_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def layered_dirs(dirs: Iterable[Path] | None, base: Path) -> list[Path]:
    """The search path: the given folders most-specific-first, then the base folder."""
    out: list[Path] = []
    for folder in [*(dirs or []), base]:
        # absolute but links kept: each layer is confined to its own real location
        folder = Path(os.path.abspath(folder))
        if folder not in out:
            out.append(folder)
    return out


def stylesheet_paths(style_dirs: list[Path] | None, name: str = STYLESHEET_NAME) -> list[Path]:
    """Every `name` (brief.css) from the base layer up, so a presidency sheet adds what it changes."""
    folders = layered_dirs(style_dirs, BASE_STYLES)
    return [
        confined_file(d / name, layers([d]))
        for d in reversed(folders)
        if (d / name).is_file() or (d / name).is_symlink()
    ]


def safe_href(href: str | None) -> str | None:
    """The href when it is http, https or mailto; None for anything else (javascript:, file:)."""
    if not href:
        return None
    href = href.strip()
    if any(ord(ch) < 0x20 for ch in href):
        return None
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return None
    return href if scheme in LINK_SCHEMES else None


def safe_accent(colour: str) -> str:
    """The letterhead accent when it is a plain hex colour, the Council blue otherwise."""
    return colour if _HEX_COLOUR.fullmatch(colour) else style.ACCENT


def institution_lines(header: HeaderBlock | None) -> list[str]:
    """ "Council of the European Union" printed on two lines, as the Council does."""
    if header is None or not header.institution:
        return []
    name = header.institution.strip()
    for tail in i18n.institution_tails():
        if name.endswith(tail) and name != tail:
            return [name[: -len(tail)].strip(), tail]
    return [name]


def header_grid(
    header: HeaderBlock | None, language: str = "en", typography: str = "eu"
) -> list[tuple[str, str, str]]:
    """The From / To / No. prev. doc. / Subject / Summary rows that have a value."""
    if header is None:
        return []
    rows = [
        ("from", header.from_, "hb-from"),
        ("to", header.to, "hb-to"),
        ("prev_docs", ", ".join(header.prev_docs) or None, "hb-prev"),
        ("subject", header.subject, "hb-subject"),
        ("summary", header.summary, "hb-summary"),
    ]
    return [
        (i18n.typography(i18n.header_label(field, language), language, typography), value, cls)
        for field, value, cls in rows
        if value
    ]


#: Above this many subject codes the header block prints them in two columns.
CODES_PER_COLUMN = 16


def code_columns(header: HeaderBlock | None) -> list[list[str]]:
    """The subject codes as printed: one column, or two when the list is long (both writers)."""
    codes = list(header.subject_codes) if header else []
    if len(codes) <= CODES_PER_COLUMN:
        return [codes]
    half = (len(codes) + 1) // 2
    return [codes[:half], codes[half:]]


_IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
}


def image_url(src: str) -> str:
    """An image block's file as a data: URL: the HTML carries it, no fetcher rule widens."""
    path = Path(src)
    mime = _IMAGE_TYPES.get(path.suffix.lower())
    if mime is None or not path.is_absolute():
        raise InputError(path, "image must be a PNG, JPEG or GIF file checked by the build")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"image not readable: {exc.strerror}") from None
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def referenced_footnote_ids(doc: Document) -> list[str]:
    """Footnote ids in the order their markers appear in the blocks."""
    seen: list[str] = []
    for runs in iter_run_lists(doc):
        for run in runs:
            if run.footnote and run.footnote not in seen:
                seen.append(run.footnote)
    return seen


def iter_run_lists(doc: Document) -> Iterable[list[Run]]:
    """Every list of inline runs in the body, in reading order."""
    for block in doc.blocks:
        if block.kind in ("heading", "paragraph"):
            yield block.runs
        elif block.kind == "list":
            yield from block.items
        elif block.kind == "table":
            yield from block.header or []
            for row in block.rows:
                yield from row


def file_url(path: Path) -> str:
    return "file:" + pathname2url(str(path))


def logo_url(doc: Document) -> str | None:
    if doc.letterhead is None or not doc.letterhead.logo:
        return None
    logo = Path(doc.letterhead.logo)
    if not logo.is_absolute() or not logo.is_file():
        raise InputError(logo, "letterhead logo not found (an absolute path is required)")
    return file_url(logo.resolve())


def _environment(template_dirs: list[Path] | None) -> SandboxedEnvironment:
    return html_environment(layered_dirs(template_dirs, BASE_TEMPLATES))


#: compiled HTML skeletons, shared by every rendering of this process (sources re-checked)
_BYTECODE = MemoryBytecodeCache()


def html_environment(folders: list[Path]) -> SandboxedEnvironment:
    """Sandboxed, autoescaping Jinja2 over `folders`: document data never becomes template code."""
    loader = ConfinedLoader(folders)
    return SandboxedEnvironment(
        loader=loader,
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        bytecode_cache=_BYTECODE,
    )


def render_template(template: Template, **context: object) -> str:
    """Render; a template error or a sandbox violation is one line naming the template."""
    try:
        return template.render(**context)
    except TemplateError as exc:
        line = getattr(exc, "lineno", None)
        where = getattr(exc, "filename", None) or template.filename or template.name
        kind = type(exc).__name__
        raise InputError(where, f"template refused ({kind}): {exc}", line=line) from None


def body_values(doc: Document) -> dict[str, object]:
    """What html/body.html.j2 needs besides `doc`, computed once per document or section."""
    footnotes: dict[str, Footnote] = {fn.id: fn for fn in doc.footnotes}
    referenced = referenced_footnote_ids(doc)
    return {
        "logo_url": logo_url(doc),
        "institution_lines": institution_lines(doc.header),
        "grid": header_grid(doc.header, doc.metadata.language, doc.metadata.typography),
        "code_columns": code_columns(doc.header),
        "keeps": keeps_with_next(doc.blocks),
        "orphan_footnotes": [fn for fn in doc.footnotes if fn.id not in referenced],
        "footnote_runs": lambda fid: footnotes[fid].runs if fid in footnotes else [],
    }


def write_html(
    doc: Document,
    style_dirs: list[Path] | None = None,
    template_dirs: list[Path] | None = None,
) -> str:
    """The complete HTML5 page of `doc`, stylesheets inlined (most specific last).

    A Pack is one page too (html/pack.html.j2 in the same skeleton): its cover and
    contents, then each section's body as a brief's, so page numbers run on and the
    contents can use target-counter().
    """
    try:
        template = _environment(template_dirs).get_template(TEMPLATE_NAME)
    except TemplateNotFound as exc:
        raise InputError(TEMPLATE_NAME, f"HTML template not found: {exc}") from exc
    paths = stylesheet_paths(style_dirs)
    if isinstance(doc, Pack):
        paths += stylesheet_paths(style_dirs, PACK_STYLESHEET_NAME)
    values = (
        {"sections": [(s, body_values(s.document)) for s in doc.sections]}
        if isinstance(doc, Pack)
        else body_values(doc)
    )
    html = render_template(
        template,
        doc=doc,
        stylesheets=[Markup(p.read_text(encoding="utf-8")) for p in paths],
        created=doc.metadata.created.isoformat(),
        accent=safe_accent(doc.letterhead.accent) if doc.letterhead else style.ACCENT,
        image_url=image_url,
        safe_href=safe_href,
        page_of=i18n.page_of,
        **values,
    )
    # an overriding skeleton written before packs would print an empty pack: refused
    if isinstance(doc, Pack) and f'id="{doc.sections[-1].anchor}"' not in html:
        raise InputError(template.filename, "this HTML skeleton does not print pack sections")
    return html
