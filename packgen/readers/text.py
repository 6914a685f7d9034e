"""Text reader: .txt / .md bytes in, Blocks out (markdown noise stripped, paragraphs kept)."""

from __future__ import annotations

import re
from pathlib import Path

from packgen.blocks import SourceBlock
from packgen.errors import InputError

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_RULE = re.compile(r"^\s*(?:-{3,}|_{3,}|\*{3,})\s*$")
_BOLD = re.compile(r"\*\*|__")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_UNDERLINE_TAG = re.compile(r"</?u>", re.IGNORECASE)


def read_text(data: bytes, path: Path) -> list[SourceBlock]:
    """Decode and split into blank-line paragraphs; headings and rules become their own blocks."""
    text = _decode(data, path)
    blocks: list[SourceBlock] = []
    for chunk in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [line.rstrip() for line in chunk.split("\n")]
        lines = [line for line in lines if line.strip()]
        if lines:
            blocks.extend(_chunk_blocks(lines))
    return blocks


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary data, not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if sum(ch == "\ufffd" for ch in text) > max(8, len(text) // 100):
        raise InputError(path, "not a text file (undecodable bytes)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _chunk_blocks(lines: list[str]) -> list[SourceBlock]:
    """A chunk is one paragraph, except that headings and rules stand alone."""
    out: list[SourceBlock] = []
    para: list[str] = []
    for line in lines:
        heading = _HEADING.match(line.strip())
        if heading or _RULE.match(line):
            if para:
                out.append(_paragraph(para))
                para = []
            if heading:
                out.append(_block(heading.group(2), "heading", level=len(heading.group(1))))
            else:
                out.append(SourceBlock(text="", kind="rule"))
        else:
            para.append(line)
    if para:
        out.append(_paragraph(para))
    return [b for b in out if b.text or b.kind == "rule"]


def _paragraph(lines: list[str]) -> SourceBlock:
    return _block("\n".join(line.strip(" \u00a0") for line in lines), "paragraph")


def _block(raw: str, kind: str, level: int = 0) -> SourceBlock:
    raw = _UNDERLINE_TAG.sub("", raw).strip()
    stripped = raw.strip("#").strip()
    bold = (
        stripped.startswith(("**", "__")) and stripped.endswith(("**", "__")) and len(stripped) > 4
    )
    text = _BOLD.sub("", stripped)
    italic = tuple(m.group(1) for m in _ITALIC.finditer(text))
    text = _ITALIC.sub(lambda m: m.group(1), text)
    lines = (
        " ".join(part.split()) if "\t" not in part else _clean_tabs(part)
        for part in text.split("\n")
    )
    # a line that held only markup ("**") must not leave an empty line inside the paragraph
    text = "\n".join(line for line in lines if line.strip())
    return SourceBlock(text=text.strip(), kind=kind, italic=italic, bold=bold, level=level)  # type: ignore[arg-type]


def _clean_tabs(line: str) -> str:
    return "\t".join(" ".join(cell.split()) for cell in line.split("\t"))
