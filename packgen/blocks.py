"""The readers' output: a document as a flat list of plain text blocks, no meeting knowledge."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "rule", "row"]


@dataclass(frozen=True)
class Block:
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
