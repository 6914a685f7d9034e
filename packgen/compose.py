"""Compose: a brief spec plus per-item histories in, the one Document model out.

The order and wording of each kind of brief live in a sandboxed Jinja2 template
(templates/<kind>/document.j2). The template prints one block per line
("@h2 ...", "@p ...", "@li ...", "@md ..."); every value it prints becomes an
opaque reference, so YAML text is never template source and can never add
blocks or formatting of its own: Markdown from YAML is parsed once, here, with
markdown-it-py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from packgen import bundled, i18n, marking, mdtext
from packgen.document import (
    Block,
    Document,
    Footer,
    Footnote,
    HeaderBlock,
    Heading,
    Image,
    Letterhead,
    ListBlock,
    Metadata,
    PageBreak,
    Paragraph,
    Run,
    Table,
)
from packgen.history_model import Citation, HistoryEntry, ItemHistory
from packgen.jinjacache import MemoryBytecodeCache
from packgen.spec import Spec

TEMPLATES_ROOT = bundled.templates_dir()
DOC_TYPES = {"background-brief": i18n.N_("BACKGROUND BRIEF"), "steering-note": i18n.N_("NOTE")}
#: a commitment's status as printed (followups.py says "open", "overdue" or "taken up")
STATUS_WORDS = {
    "open": i18n.N_("open"),
    "overdue": i18n.N_("overdue"),
    "taken up": i18n.N_("taken up"),
}
SAFE_SCHEMES = ("http://", "https://", "mailto:")
_REF = re.compile(r"\ue000(\d+)\ue001")
_FOOTNOTE_REF = re.compile(r"\[\^([\w-]+)\]")


@dataclass
class PresidencyNames:
    """The adjectives compose prints ("Swedish"), from the calendar or the spec."""

    current: str | None = None
    incoming: str | None = None


# --- Markdown -> blocks ---------------------------------------------------------------------


def markdown_blocks(text: str, footnote_ref=None) -> list[Block]:
    """Parse Markdown once into Paragraphs, ListBlocks, Headings, Tables and Images.

    Raw HTML stays text. An image standing in a paragraph becomes an Image block (its
    file is checked and resolved by the spec and the build); elsewhere its alt text prints.
    """
    blocks: list[Block] = []
    lists: list[ListBlock] = []
    table: Table | None = None
    heading_level: int | None = None
    quote_depth = 0
    for token in mdtext.parse(text):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1)
            lists.append(ListBlock(ordered=kind == "ordered_list_open", start=start, items=[]))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            finished = lists.pop()
            if lists:  # a nested list continues its parent's items
                lists[-1].items.extend(finished.items)
            else:
                blocks.append(finished)
        elif kind == "list_item_open":
            lists[-1].items.append([])
        elif kind == "table_open":
            table = Table(header=None, rows=[])
        elif kind == "table_close" and table is not None:
            blocks.append(table)
            table = None
        elif kind == "tr_open" and table is not None:
            table.rows.append([])
        elif kind == "thead_close" and table is not None and table.rows:
            table.header = table.rows.pop()
        elif kind == "heading_open":
            heading_level = min(int(token.tag[1]) + 1, 4)
        elif kind == "heading_close":
            heading_level = None
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "inline":
            children = token.children or []
            if table is not None:
                table.rows[-1].append(inline_runs(children, footnote_ref))
            elif lists:
                runs = inline_runs(children, footnote_ref)
                item = lists[-1].items[-1]
                item.extend(([Run(text=" ")] if item else []) + runs)
            elif heading_level is not None:
                blocks.append(
                    Heading(level=heading_level, runs=inline_runs(children, footnote_ref))
                )
            else:
                blocks.extend(_paragraph_and_images(children, footnote_ref, quote_depth > 0))
        elif kind in ("code_block", "fence", "html_block"):
            blocks.append(Paragraph(runs=[Run(text=token.content.rstrip("\n"))]))
        elif kind == "hr":
            blocks.append(Paragraph(runs=[Run(text="* * *")], style="separator"))
    return blocks


def _paragraph_and_images(children: list, footnote_ref, quoted: bool) -> list[Block]:
    """A paragraph's text, then each image it holds as an Image block of its own."""
    images = [child for child in children if child.type == "image"]
    text = [child for child in children if child.type != "image"]
    runs = inline_runs(text, footnote_ref) if images else inline_runs(children, footnote_ref)
    out: list[Block] = []
    if any(run.text.strip() for run in runs):
        out.append(Paragraph(runs=runs, style="note" if quoted else "body"))
    for image in images:
        alt = "".join(c.content for c in image.children or []) or image.content
        out.append(Image(src=str(image.attrGet("src") or ""), alt=alt.strip()))
    return out


def flat_runs(blocks: Iterable[Block]) -> list[Run]:
    """The runs of blocks printed inline (a question, a footnote): an image gives its alt text."""
    runs: list[Run] = []
    for block in blocks:
        if isinstance(block, Image):
            runs.append(Run(text=block.alt, italic=True))
        else:
            runs.extend(getattr(block, "runs", []))
    return runs


def inline_runs(children: Iterable, footnote_ref=None) -> list[Run]:
    """markdown-it inline tokens -> Runs; links keep only http, https and mailto targets."""
    runs: list[Run] = []
    bold = italic = 0
    hrefs: list[str | None] = []
    for child in children:
        kind = child.type
        href = hrefs[-1] if hrefs else None
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            target = str(child.attrGet("href") or "")
            hrefs.append(target if target.lower().startswith(SAFE_SCHEMES) else None)
        elif kind == "link_close":
            hrefs.pop()
        elif kind in ("softbreak", "hardbreak"):
            runs.append(Run(text=" ", bold=bool(bold), italic=bool(italic), href=href))
        elif kind == "image":
            runs.append(Run(text=child.content, italic=True))
        elif child.content:
            runs.append(Run(text=child.content, bold=bool(bold), italic=bool(italic), href=href))
    return _with_footnotes(merge_runs(runs), footnote_ref)


def merge_runs(runs: Iterable[Run]) -> list[Run]:
    """Join neighbouring runs that look the same (footnote markers stay apart)."""
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        last = out[-1] if out else None
        if (
            last is not None
            and last.footnote is None
            and run.footnote is None
            and last.model_dump(exclude={"text"}) == run.model_dump(exclude={"text"})
        ):
            out[-1] = last.model_copy(update={"text": last.text + run.text})
        else:
            out.append(run)
    return out


def _with_footnotes(runs: list[Run], footnote_ref) -> list[Run]:
    if footnote_ref is None:
        return runs
    out: list[Run] = []
    for run in runs:
        position = 0
        for match in _FOOTNOTE_REF.finditer(run.text):
            marker = footnote_ref(match[1])
            if marker is None:
                continue
            out.append(run.model_copy(update={"text": run.text[position : match.start()]}))
            out.append(Run(text=marker, footnote=marker))
            position = match.end()
        out.append(run.model_copy(update={"text": run.text[position:]}))
    return [run for run in out if run.text]


# --- Council wording helpers (template filters) ---------------------------------------------


def lower_first(title: str) -> str:
    """'Visa reciprocity' -> 'visa reciprocity' mid-sentence.

    A name stays as written: 'EU-US dialogue', and a title most of whose words are
    capitalised ('Justice and Home Affairs Council', 'Priorities of the incoming Spanish
    Presidency' keeps only its own capitals).
    """
    if not (len(title) > 1 and title[0].isupper() and title[1].islower()):
        return title
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", title)[1:] if len(w) > 3]
    if words and sum(w[0].isupper() for w in words) * 2 > len(words):
        return title
    return title[0].lower() + title[1:]


def date_span(start: dt.date, end: dt.date | None, language: str = "en") -> str:
    """'22-23 May 2018', '30 June-1 July 2018', or one date."""
    if end is None or end == start:
        return i18n.long_date(start, language)
    ending = i18n.long_date(end, language)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{ending}"
    if start.year == end.year:
        return f"{i18n.long_date(start, language, year=False)}-{ending}"
    return f"{i18n.long_date(start, language)}-{ending}"


def item_reference(item: str, language: str = "en") -> str:
    """History's "item 3(c)", "annex" or "summary" in the brief's language ("point 3(c)")."""
    match = re.fullmatch(r"item (.+)", item)
    if match:
        return i18n.gettext(language, i18n.N_("item %(ref)s")) % {"ref": match[1]}
    return i18n.gettext(
        language, {"annex": i18n.N_("annex"), "summary": i18n.N_("summary")}.get(item, item)
    )


def cite(citation: Citation, language: str = "en") -> str:
    """'9278/18, item 3(c)'."""
    item = item_reference(citation.item, language) if citation.item else None
    return ", ".join(part for part in (citation.number, item) if part)


def status_word(status: str, language: str = "en") -> str:
    return i18n.gettext(language, STATUS_WORDS.get(status, status))


# --- the template mini-language -------------------------------------------------------------


@dataclass
class _Ref:
    kind: str  # "text", "inline", "markdown", "link"
    value: Any


class _Marked(str):
    """A reference already registered (filters return these; finalize passes them through)."""


#: compiled brief templates, shared by every rendering of this process (sources re-checked)
_BYTECODE = MemoryBytecodeCache()


class _Renderer:
    """Renders a kind's template into lines, then lines into Document blocks."""

    def __init__(self, spec: Spec, template_dirs: Sequence[Path]) -> None:
        self.spec = spec
        self.refs: list[_Ref] = []
        self.footnote_order: list[str] = []
        self.footnote_texts: dict[str, list[Run]] = {}
        self.paragraph_number = 0
        self.env = SandboxedEnvironment(
            loader=FileSystemLoader([str(d) for d in template_dirs]),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            autoescape=False,
            finalize=self._finalize,
            bytecode_cache=_BYTECODE,
            extensions=["jinja2.ext.i18n"],
        )
        language = self.language = spec.language
        # the catalogs' wording is template text (its **bold** and [^id] count); the values
        # it names are references like any other printed value
        self.env.newstyle_gettext = True  # type: ignore[attr-defined]
        self.env.globals.update(_=self._gettext, gettext=self._gettext, ngettext=self._ngettext)
        self.env.filters.update(
            text=lambda v: self._ref("text", v),
            md=lambda v: self._ref("markdown", v),
            mdi=lambda v: self._ref("inline", v),
            link=lambda v: self._ref("link", v),
            longdate=lambda d: i18n.long_date(d, language),
            span=lambda s, e=None: date_span(s, e, language),
            words=lambda n: i18n.number_words(n, language),
            join_and=lambda parts: i18n.join_and(list(parts), language),
            lower_first=lower_first,
            cite=lambda c: cite(c, language),
            itemref=lambda item: item_reference(item, language),
            status=lambda s: status_word(s, language),
            place=lambda p: i18n.place(p, language),
            dateline=lambda d: i18n.date_line(d, language),
        )

    def _gettext(self, __message: str, **variables: Any) -> _Marked:
        return self._format(i18n.gettext(self.language, __message), variables)

    def _ngettext(self, __singular: str, __plural: str, __n: int, **variables: Any) -> _Marked:
        variables.setdefault("num", __n)
        text = i18n.ngettext(self.language, __singular, __plural, __n)
        return self._format(text, variables)

    def _format(self, text: str, variables: dict[str, Any]) -> _Marked:
        values = {
            name: value if isinstance(value, _Marked) else self._finalize(value)
            for name, value in variables.items()
        }
        return _Marked(text % values)

    def _ref(self, kind: str, value: Any) -> _Marked:
        self.refs.append(_Ref(kind, value))
        return _Marked(f"\ue000{len(self.refs) - 1}\ue001")

    def _finalize(self, value: Any) -> str:
        if isinstance(value, _Marked):
            return value
        return self._ref("text", "" if value is None else str(value))

    def render(self, template_name: str, context: dict) -> list[Block]:
        text = self.env.get_template(template_name).render(**context)
        blocks: list[Block] = []
        for line in text.splitlines():
            if line.strip():
                self._add_line(line.strip(), blocks)
        return blocks

    # one directive per line
    def _add_line(self, line: str, blocks: list[Block]) -> None:
        directive, _, rest = line.partition(" ")
        name, _, argument = directive.partition(":")
        argument = _REF.sub(lambda m: str(self.refs[int(m[1])].value), argument)
        if name.startswith("@h") and name[2:].isdigit():
            blocks.append(
                Heading(level=int(name[2:]), runs=self.runs(rest), numbering=argument or None)
            )
        elif name == "@p":
            blocks.append(Paragraph(runs=self.runs(rest), style=argument or "body"))
        elif name == "@np":
            blocks.append(self._numbered(self.runs(rest)))
        elif name in ("@li", "@ol"):
            self._add_list_item(blocks, self.runs(rest), ordered=name == "@ol")
        elif name in ("@md", "@mdnp"):
            for block in self._markdown(rest):
                if name == "@mdnp" and isinstance(block, Paragraph) and block.style == "body":
                    block = self._numbered(block.runs)
                blocks.append(block)
        elif name == "@fn":
            self.footnote_texts[argument] = self.runs(rest)
        elif name == "@break":
            blocks.append(PageBreak())
        else:
            raise ValueError(f"template line not understood: {line[:60]!r}")

    def _numbered(self, runs: list[Run]) -> Paragraph:
        self.paragraph_number += 1
        return Paragraph(runs=runs, style="numbered", number=f"{self.paragraph_number}.")

    @staticmethod
    def _add_list_item(blocks: list[Block], runs: list[Run], ordered: bool) -> None:
        last = blocks[-1] if blocks else None
        if isinstance(last, ListBlock) and last.ordered == ordered:
            last.items.append(runs)
        else:
            blocks.append(ListBlock(ordered=ordered, items=[runs]))

    def _markdown(self, text: str) -> list[Block]:
        out: list[Block] = []
        for match in _REF.finditer(text):
            ref = self.refs[int(match[1])]
            out.extend(markdown_blocks(str(ref.value or ""), self.footnote_marker))
        return out

    def runs(self, text: str) -> list[Run]:
        """Template text (with **bold** and [^id]) plus references -> Runs."""
        runs: list[Run] = []
        bold = False
        for piece in re.split(r"(\ue000\d+\ue001|\*\*|\[\^[\w-]+\])", text):
            if not piece:
                continue
            if piece == "**":
                bold = not bold
            elif piece.startswith("[^"):
                marker = self.footnote_marker(piece[2:-1])
                if marker:
                    runs.append(Run(text=marker, footnote=marker))
            elif piece.startswith("\ue000"):
                runs.extend(self._resolve(self.refs[int(piece[1:-1])], bold))
            else:
                runs.append(Run(text=piece, bold=bold))
        return merge_runs(runs)

    def _resolve(self, ref: _Ref, bold: bool) -> list[Run]:
        if ref.kind == "inline":
            flat = flat_runs(markdown_blocks(str(ref.value), self.footnote_marker))
            return [run.model_copy(update={"bold": run.bold or bold}) for run in flat]
        if ref.kind == "link":
            title = ref.value.title or ref.value.url
            url = ref.value.url
            href = url if url.lower().startswith(SAFE_SCHEMES) else None
            return [Run(text=title, bold=bold, href=href)]
        return [Run(text=str(ref.value), bold=bold)]

    def footnote_marker(self, footnote_id: str) -> str | None:
        """The printed marker of a footnote, numbered in order of first reference."""
        if footnote_id not in self.footnote_order:
            if footnote_id not in self.spec.footnotes and not footnote_id.startswith("_"):
                return None
            self.footnote_order.append(footnote_id)
        return str(self.footnote_order.index(footnote_id) + 1)

    def _footnote_runs(self, text: str) -> list[Run]:
        return merge_runs(flat_runs(markdown_blocks(text, self.footnote_marker)))

    def footnotes(self) -> list[Footnote]:
        out = []
        for index, footnote_id in enumerate(self.footnote_order, start=1):
            runs = self.footnote_texts.get(footnote_id)
            if runs is None and footnote_id in self.spec.footnotes:
                runs = self._footnote_runs(self.spec.footnotes[footnote_id])
            if runs is None:
                raise ValueError(f"template cites footnote {footnote_id!r} but never defines it")
            out.append(Footnote(id=str(index), runs=runs))
        return out


# --- compose --------------------------------------------------------------------------------


def compose(
    spec: Spec,
    histories: Sequence[ItemHistory],
    presidency: PresidencyNames | None = None,
    template_dirs: Sequence[Path] = (),
    letterhead: Letterhead | None = None,
) -> Document:
    """Build the Document of a brief: header block, footer, metadata and the template's blocks."""
    if len(histories) != len(spec.agenda):
        raise ValueError("one ItemHistory per agenda item")
    language = spec.language
    names = presidency or PresidencyNames()
    names = PresidencyNames(
        current=i18n.presidency_adjective(names.current, language),
        incoming=i18n.presidency_adjective(names.incoming, language),
    )
    renderer = _Renderer(spec, [*template_dirs, TEMPLATES_ROOT])
    blocks = renderer.render(f"{spec.kind}/document.j2", _context(spec, histories, names))
    codes = subject_codes(spec, histories)
    document = Document(
        kind=spec.kind,
        metadata=_metadata(spec, codes),
        header=_header(spec, codes, names),
        footer=Footer(
            number=spec.header.number,
            initials=spec.header.initials,
            directorate=spec.header.directorate,
            marking=_marking(spec),
            language=spec.language.upper(),
        ),
        letterhead=letterhead,
        blocks=blocks,
        footnotes=renderer.footnotes(),
        draft=spec.draft,
    )
    return with_typography(document, language, spec.typography)


def with_typography(document: Document, language: str, convention: str = "eu") -> Document:
    """The document with its language's spacing around punctuation in every text it prints."""
    if language != "fr":
        return document

    def fix(value: Any) -> Any:
        if isinstance(value, str):
            return i18n.typography(value, language, convention)
        if isinstance(value, list):
            return [fix(v) for v in value]
        if isinstance(value, dict):
            # links, numbers and labels of the model are not prose
            return {k: v if k in _NOT_PROSE else fix(v) for k, v in value.items()}
        return value

    data = document.model_dump(by_alias=True)
    for key in ("blocks", "footnotes", "header"):
        data[key] = fix(data[key])
    return Document.model_validate(data)


_NOT_PROSE = frozenset(
    {
        "href",
        "footnote",
        "kind",
        "style",
        "id",
        "number",
        "numbering",
        "date",
        "marking",
        "subject_codes",
        "prev_docs",
        "original_language",
    }
)


def subject_codes(spec: Spec, histories: Sequence[ItemHistory]) -> list[str]:
    """The spec's codes exactly as written, or for "auto" the code families of the agenda's topics.

    "auto" never copies another document's running numbers ("RELEX 448" belongs to the
    outcome that carries it): the registry gives the brief its own numbers, and the spec
    then lists them (`subject_codes: [JAIEX 14, USA 24]`).
    """
    if spec.header.subject_codes != "auto":
        return list(spec.header.subject_codes)
    return list(dict.fromkeys(f for history in histories for f in history.code_families))


def _marking(spec: Spec) -> str | None:
    return marking.printed(spec.classification)


def _sender(spec: Spec, names: PresidencyNames) -> str | None:
    if spec.header.from_ or spec.kind != "steering-note":
        return spec.header.from_
    language = spec.language
    if names.current:
        return i18n.gettext(language, i18n.N_("%(adjective)s Presidency")) % {
            "adjective": names.current
        }
    return i18n.gettext(language, i18n.N_("Presidency"))


def _header(spec: Spec, codes: list[str], names: PresidencyNames) -> HeaderBlock:
    header = spec.header
    language = spec.language
    delegations = i18n.gettext(language, i18n.N_("Delegations"))
    recipients = header.to or (delegations if spec.kind == "steering-note" else None)
    return HeaderBlock(
        institution=i18n.institution(language),
        place=i18n.place(header.place, language),
        date=header.date,
        date_text=i18n.date_line(header.date, language),
        original_language=header.original_language,
        number=header.number,
        marking=_marking(spec),
        subject_codes=codes,
        doc_type=i18n.gettext(language, DOC_TYPES[spec.kind]),
        from_=_sender(spec, names),
        to=recipients,
        prev_docs=list(header.prev_docs),
        subject=header.subject,
        summary=header.summary,
    )


def _metadata(spec: Spec, codes: list[str]) -> Metadata:
    subject = spec.header.subject or spec.meeting.title
    doc_type = i18n.gettext(spec.language, DOC_TYPES[spec.kind]).capitalize()
    title = f"{doc_type}: {spec.meeting.title}"
    return Metadata(
        author=i18n.institution(spec.language),
        title=title,
        subject=subject,
        keywords=codes,
        language=spec.language,
        typography=spec.typography,
        created=dt.datetime.combine(spec.header.date, dt.time(0, 0), tzinfo=dt.timezone.utc),
    )


def _by_meeting(entries: Sequence[HistoryEntry]) -> list[dict]:
    """Entries grouped under their meeting (one outcome), oldest first, items in order."""
    meetings: dict[str, dict] = {}
    for entry in sorted(entries, key=lambda e: (e.date, e.citation.number or "")):
        key = entry.citation.number or entry.citation.source
        meeting = meetings.setdefault(
            key,
            {
                "date": entry.date,
                "end": entry.end,
                "title": entry.meeting,
                "place": entry.place,
                "number": entry.citation.number,
                "entries": [],
            },
        )
        meeting["entries"].append(entry)
    return list(meetings.values())


_LEVEL_WORDS = {
    "ministerial": (i18n.N_("Ministers"), i18n.N_("meeting")),
    "senior-officials": (i18n.N_("Senior officials"), i18n.N_("meeting")),
    "working-party": (i18n.N_("Delegates"), i18n.N_("meeting")),
    "videoconference": (i18n.N_("Participants"), i18n.N_("videoconference")),
}


def _context(spec: Spec, histories: Sequence[ItemHistory], names: PresidencyNames) -> dict:
    items = []
    for index, (item, history) in enumerate(zip(spec.agenda, histories, strict=True)):
        items.append(
            {
                "letter": chr(ord("A") + index) + "." if index < 26 else f"{index + 1}.",
                "title": item.title,
                "group": item.group,
                "body": item.body,
                "links": item.links,
                "show_history": item.history.include,
                "history": sorted(history.entries, key=lambda e: (e.date, e.citation.item)),
                "meetings": _by_meeting(history.entries),
                "followups": sorted(history.followups, key=lambda f: f.date),
            }
        )
    groups: list[dict] = []
    for item in items:
        if not groups or groups[-1]["name"] != item["group"]:
            groups.append({"name": item["group"], "items": []})
        groups[-1]["items"].append(item)
    meeting = spec.meeting
    who, noun = (i18n.gettext(spec.language, w) for w in _LEVEL_WORDS[meeting.effective_level])
    # a format the catalog knows ("videoconference") is printed in the brief's language
    noun = i18n.gettext(spec.language, meeting.format) if meeting.format else noun
    return {
        "spec": spec,
        "participants": who,
        "meeting_noun": noun,
        "press": spec.drawn_up_by == "press-office",
        "meeting": meeting,
        "header": spec.header,
        "start": meeting.dates.start,
        "end": meeting.dates.end,
        "presidency": names.current,
        "incoming": names.incoming,
        "items": items,
        "groups": groups,
        "questions": spec.questions,
        "introduction": spec.introduction,
        "conclusion": spec.conclusion,
        "overview": spec.overview,
    }
