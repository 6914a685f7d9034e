"""The readers' output: a document as a flat list of plain text blocks, no meeting knowledge."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "rule", "row"]


@dataclass(frozen=True)
class SourceBlock:
    """One paragraph-like unit of a source document.

    `text` is plain text with markup removed. Line breaks inside a paragraph are
    kept as "\\n" (the subject-code column, "Council of the\\nEuropean Union");
    table cells of one row are joined with "\\t" (kind "row"), like the
    tab-separated "From:\\tGeneral Secretariat" lines of register text files.
    `italic` lists the italic spans of `text` in order (run-in sub-headings),
    `bold` says the whole block was bold.
    """

    text: str
    kind: BlockKind = "paragraph"
    italic: tuple[str, ...] = field(default=())
    bold: bool = False
    level: int = 0  # heading level when kind == "heading"


def italic_spans(pieces: Iterable[tuple[str, bool]]) -> tuple[str, ...]:
    """The maximal italic stretches of (text, italic) pieces, in order.

    White space between two italic pieces is bridged (a DOCX run of spaces, a PDF space
    drawn upright); each span is stripped and kept only if it holds a letter or digit.
    """
    spans: list[str] = []
    current: list[str] = []
    for text, italic in pieces:
        if italic or (current and not text.strip()):
            current.append(text)
        elif current:
            spans.append("".join(current))
            current = []
    if current:
        spans.append("".join(current))
    cleaned = (" ".join(span.split()) for span in spans)
    return tuple(span for span in cleaned if any(ch.isalnum() for ch in span))
