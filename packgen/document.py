"""The one intermediate model: compose produces a Document, every writer renders it.

Writers see only this module's types, never the spec or the corpus, so the DOCX
and the PDF cannot disagree. A briefing pack is a Document too (`Pack`): a cover,
a contents block and sections, each section a Document with its own header block
and footer.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from packgen.style import ACCENT


class Run(BaseModel):
    """A stretch of inline text with one set of attributes.

    A run with `footnote` set is a footnote reference: `text` is its marker ("1").
    A run with `href` set is a hyperlink (http, https or mailto only).
    """

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    href: str | None = None
    footnote: str | None = None


class Heading(BaseModel):
    kind: Literal["heading"] = "heading"
    level: int = Field(ge=1, le=4)
    runs: list[Run]
    numbering: str | None = Field(default=None, description='a label printed before it, e.g. "A."')


ParagraphStyle = Literal["body", "title", "subtitle", "centered", "separator", "note", "numbered"]


class Paragraph(BaseModel):
    kind: Literal["paragraph"] = "paragraph"
    runs: list[Run]
    style: ParagraphStyle = "body"
    number: str | None = Field(
        default=None, description='paragraph number for numbered paragraphs ("1.")'
    )


class ListBlock(BaseModel):
    kind: Literal["list"] = "list"
    ordered: bool = False
    start: int = 1
    items: list[list[Run]]


class Table(BaseModel):
    kind: Literal["table"] = "table"
    header: list[list[Run]] | None = None
    rows: list[list[list[Run]]]


class Image(BaseModel):
    """A picture from the spec's folder, with the alt text accessibility requires."""

    kind: Literal["image"] = "image"
    src: str = Field(description="as written in the Markdown; the build makes it an absolute path")
    alt: str


class PageBreak(BaseModel):
    kind: Literal["page_break"] = "page_break"


Block = Annotated[
    Heading | Paragraph | ListBlock | Table | Image | PageBreak, Field(discriminator="kind")
]


class Footnote(BaseModel):
    id: str = Field(description="the marker printed in the text and at the foot of the page")
    runs: list[Run]


class HeaderBlock(BaseModel):
    """The Council header block at the top of the first page."""

    institution: str | None = "Council of the European Union"
    place: str
    date: dt.date
    date_text: str = Field(description='the date as printed, "21 June 2023"')
    original_language: str = Field(default="en", description='printed as "(OR. en)"')
    number: str | None = None
    marking: str | None = Field(
        default="LIMITE", description="the distribution marking, None for PUBLIC"
    )
    subject_codes: list[str] = Field(default_factory=list)
    doc_type: str = "BACKGROUND BRIEF"
    from_: str | None = None
    to: str | None = None
    prev_docs: list[str] = Field(default_factory=list)
    subject: str | None = None
    summary: str | None = None


class Footer(BaseModel):
    """The running footer of every page."""

    number: str | None = None
    initials: str | None = None
    directorate: str | None = None
    marking: str | None = None
    language: str = "EN"
    extra: str | None = Field(default=None, description="e.g. a recipient's name and copy number")


class Letterhead(BaseModel):
    """Presidency styling: letterhead lines and an accent colour."""

    lines: list[str] = Field(default_factory=list)
    accent: str = ACCENT
    logo: str | None = Field(
        default=None, description="absolute path of a logo inside the template set"
    )


class Metadata(BaseModel):
    title: str
    subject: str | None = None
    keywords: list[str] = Field(default_factory=list)
    author: str = "Council of the European Union"
    language: str = "en"
    typography: Literal["eu", "national"] = Field(
        default="eu", description="French spacing around ; : ! ? and « » (packgen/i18n.py)"
    )
    created: dt.datetime


class Document(BaseModel):
    kind: str = Field(description='"background-brief", "steering-note", ...')
    metadata: Metadata
    header: HeaderBlock | None = None
    footer: Footer = Field(default_factory=Footer)
    letterhead: Letterhead | None = None
    blocks: list[Block] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    draft: bool = Field(default=False, description="print a DRAFT mark on every page")


class Cover(BaseModel):
    """The first page of a pack: the meeting it prepares and the pack's marking."""

    institution: str = "Council of the European Union"
    title: str = Field(description='the pack\'s own title, "Briefing pack"')
    meeting: str
    place_date: str = Field(description='"Stockholm, 21 June 2023"')
    marking: str = Field(description="the pack's classification, printed large")
    contents_title: str = Field(
        default="Pack contents", description="heading of the list of sections on the cover"
    )


class Contents(BaseModel):
    """The contents page: one entry per section, page numbers filled in by the renderer."""

    title: str = "Contents"


class Section(BaseModel):
    """One part of a pack, starting on a new page with its own running footer."""

    anchor: str = Field(description='a name unique in the pack, "part-1"; links and bookmarks')
    title: str = Field(description="its entry in the contents and its bookmark")
    subtitle: str | None = Field(default=None, description="printed after the title on the cover")
    annex: bool = False
    document: Document


class Pack(Document):
    """A briefing pack: cover, contents, then every document and annex as a section.

    The pack's own `footer` is the cover's; each section keeps its own.
    """

    kind: str = "briefing-pack"
    cover: Cover
    contents: Contents = Field(default_factory=Contents)
    sections: list[Section] = Field(min_length=1)


#: Paragraph styles that announce what follows them (the title lines of a brief).
_LEADING_STYLES = frozenset({"title", "subtitle"})


def keeps_with_next(blocks: list[Block]) -> list[bool]:
    """For each block, whether a page must not end after it: both writers ask this one rule.

    Headings, title lines, labels and lead-ins stay with what follows. A label is a
    paragraph set entirely in bold (an item's title over its text, in a pack's annex); a
    lead-in introduces the next block: it ends with a colon, or a list or table follows
    it (the dated meeting line above its history bullets).
    """
    keeps: list[bool] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is None or following.kind == "page_break":
            keeps.append(False)
        elif block.kind == "heading":
            keeps.append(True)
        elif block.kind == "paragraph":
            runs = [run for run in block.runs if run.footnote is None and run.text.strip()]
            text = "".join(run.text for run in runs).rstrip()
            keeps.append(
                block.style in _LEADING_STYLES
                or text.endswith(":")
                or following.kind in ("list", "table")
                or (bool(runs) and all(run.bold for run in runs))
            )
        else:
            keeps.append(False)
    return keeps
