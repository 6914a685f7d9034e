"""Markdown text in, markdown-it tokens out: the one parser configuration of YAML rich text.

CommonMark with GFM tables; raw HTML is off, so it prints as text. Compose turns the
tokens into Document blocks; the spec check reads the images from the same tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


@dataclass(frozen=True)
class ImageRef:
    """An image as written in Markdown: its target, alt text and 0-based line in the text."""

    src: str
    alt: str
    line: int


def parse(text: str) -> list[Token]:
    return MARKDOWN.parse(text)


def image_refs(text: str) -> list[ImageRef]:
    """Every image of a Markdown text, in order."""
    found: list[ImageRef] = []
    for token in parse(text):
        if token.type != "inline":
            continue
        line = token.map[0] if token.map else 0
        for child in token.children or []:
            if child.type == "image":
                alt = "".join(c.content for c in child.children or []) or child.content
                found.append(ImageRef(str(child.attrGet("src") or ""), alt.strip(), line))
    return found
