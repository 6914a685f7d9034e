"""A line of text in, PDF path operators out: glyph outlines from installed fonts, not text.

Marks stamped on distribution copies must not enter the text layer (copy and paste, search,
screen readers and pdftotext read the document, not who received it), and must not embed a
font a second time. Drawing each glyph's outline as a filled path does both. The glyphs come
from the first installed font of FAMILIES that has them; a character none of them has is
refused (MissingGlyph) rather than silently dropped from a recipient's name.
"""

from __future__ import annotations

import functools
import math
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

from fontTools.pens.basePen import BasePen

#: Bold faces tried in order, as fontconfig patterns (the copy's marks are bold).
FAMILIES = (
    "Liberation Serif:bold",
    "DejaVu Serif:bold",
    "DejaVu Sans:bold",
    "Noto Sans CJK SC:bold",
    "serif:bold",
    "sans-serif:bold",
)


class MissingGlyph(ValueError):
    """No installed font of FAMILIES draws this character."""

    def __init__(self, char: str) -> None:
        super().__init__(f"no installed font draws {char!r} (U+{ord(char):04X})")
        self.char = char


@dataclass(frozen=True)
class Glyph:
    path: tuple[tuple[str, tuple[float, ...]], ...]  # (operator, points) in font units
    advance: float  # in font units
    units_per_em: int


def text_width(text: str, size: float) -> float:
    """The advance width of `text` at `size` points."""
    return sum(g.advance * size / g.units_per_em for g in glyphs(text))


def check_drawable(text: str) -> None:
    """Raise MissingGlyph for the first character no installed font draws."""
    for _ in glyphs(text):
        pass


def draw(text: str, size: float, x: float, y: float) -> bytes:
    """Filled-path operators drawing `text` with its baseline starting at (x, y), in points.

    Each glyph is drawn in its font's own units under a scaling `cm`: whole numbers, so
    the marks of a copy stay a few kilobytes.
    """
    ops: list[str] = []
    pen_x = x
    for glyph in glyphs(text):
        scale = size / glyph.units_per_em
        if glyph.path:
            ops.append(f"q {_num(scale, 6)} 0 0 {_num(scale, 6)} {_num(pen_x)} {_num(y)} cm")
            ops.extend(
                " ".join([*(_num(v, 0) for v in points), operator])
                for operator, points in glyph.path
            )
            ops.append("f Q")
        pen_x += glyph.advance * scale
    return ("\n".join(ops) + "\n").encode("ascii")


def rotation(angle_degrees: float, x: float, y: float) -> bytes:
    """A `cm` operator rotating by the angle about the origin, then moving it to (x, y)."""
    a = math.radians(angle_degrees)
    cos, sin = math.cos(a), math.sin(a)
    return f"{_num(cos)} {_num(sin)} {_num(-sin)} {_num(cos)} {_num(x)} {_num(y)} cm\n".encode()


def _num(value: float, decimals: int = 3) -> str:
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def glyphs(text: str) -> Iterator[Glyph]:
    for char in text:
        yield _glyph(char)


@functools.cache
def _glyph(char: str) -> Glyph:
    for font in _fonts():
        name = font.getBestCmap().get(ord(char))
        if name is None:
            continue
        glyph_set = font.getGlyphSet()
        pen = _PathPen(glyph_set)
        glyph_set[name].draw(pen)
        return Glyph(tuple(pen.ops), float(glyph_set[name].width), font["head"].unitsPerEm)
    raise MissingGlyph(char)


@functools.cache
def _fonts() -> tuple:
    """The installed fonts of FAMILIES, each once, in order (fontconfig picks the files)."""
    from fontTools.ttLib import TTFont

    seen: set[tuple[str, int]] = set()
    fonts = []
    for pattern in FAMILIES:
        try:
            found = subprocess.run(
                ["fc-match", "--format=%{file}\t%{index}", pattern],
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        path, _, index = found.partition("\t")
        key = (path, int(index or 0))
        if not path or key in seen:
            continue
        seen.add(key)
        try:
            fonts.append(TTFont(path, fontNumber=key[1], lazy=True))
        except Exception:  # noqa: BLE001 - a font file fontTools cannot read is skipped
            continue
    return tuple(fonts)


class _PathPen(BasePen):
    """A fontTools pen collecting PDF path operators (quadratic curves made cubic)."""

    def __init__(self, glyph_set) -> None:
        super().__init__(glyph_set)
        self.ops: list[tuple[str, tuple[float, ...]]] = []

    def _moveTo(self, p):
        self.ops.append(("m", tuple(p)))

    def _lineTo(self, p):
        self.ops.append(("l", tuple(p)))

    def _curveToOne(self, p1, p2, p3):
        self.ops.append(("c", (*p1, *p2, *p3)))

    def _qCurveToOne(self, p1, p2):
        p0 = self._getCurrentPoint()
        c1 = (p0[0] + 2 / 3 * (p1[0] - p0[0]), p0[1] + 2 / 3 * (p1[1] - p0[1]))
        c2 = (p2[0] + 2 / 3 * (p1[0] - p2[0]), p2[1] + 2 / 3 * (p1[1] - p2[1]))
        self.ops.append(("c", (*c1, *c2, *p2)))

    def _closePath(self):
        self.ops.append(("h", ()))
