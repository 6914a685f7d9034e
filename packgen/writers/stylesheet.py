"""Style values in, brief.css out: the PDF stylesheet's geometry, type scale and colours.

`styles/brief.css` is written by hand except for the declarations listed here, which
carry the values of `packgen.style` (the DOCX writer and reference.docx read the same
values). `python3 -m packgen.writers.stylesheet [OUT]` writes them into the stylesheet;
a test checks that the committed brief.css already holds them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from packgen import bundled
from packgen.atomic import write_atomic
from packgen.style import ACCENT, FONT_STACK, LINK, PAGE, TYPE_SCALE

DEFAULT_OUT = bundled.styles_dir() / "brief.css"

#: (rule, property) -> the role of packgen.style.TYPE_SCALE whose size it takes
SIZES = {
    ("html", "font-size"): "body",
    (".letterhead", "font-size"): "letterhead",
    (".letterhead .lh-first", "font-size"): "letterhead_first",
    (".hb-institution", "font-size"): "institution",
    (".hb-number", "font-size"): "number",
    (".hb-marking", "font-size"): "marking",
    (".hb-codes", "font-size"): "codes",
    (".hb-codes-wide td", "font-size"): "codes",
    (".hb-doctype", "font-size"): "doctype",
    (".hb-grid", "font-size"): "grid",
    ("p.title", "font-size"): "title",
    ("p.subtitle", "font-size"): "subtitle",
    ("p.note", "font-size"): "note",
    ("h1", "font-size"): "h1",
    ("h2", "font-size"): "h2",
    ("h3", "font-size"): "h3",
    ("h4", "font-size"): "h4",
    ("table.data", "font-size"): "table",
    (".footnote", "font-size"): "footnote",
}


def declarations() -> dict[tuple[str, str], str]:
    """Every declaration of brief.css that packgen.style decides, with its CSS value."""
    pt = {role: f"{size:g}pt" for role, size in TYPE_SCALE.items()}
    margins = " ".join(f"{mm:g}mm" for mm in (PAGE.top, PAGE.right, PAGE.bottom, PAGE.left))
    out = {key: pt[role] for key, role in SIZES.items()}
    out.update(
        {
            ("@page", "size"): PAGE.name,
            ("@page", "margin"): margins,
            ("html", "font-family"): FONT_STACK,
            (".council-footer table", "font"): f"{pt['footer']}/1.3 {FONT_STACK}",
            (".letterhead", "border-bottom"): f"1.5pt solid var(--accent, {ACCENT})",
            (".letterhead", "color"): f"var(--accent, {ACCENT})",
            ("a", "color"): LINK,
        }
    )
    return out


def with_style_values(css: str) -> str:
    """`css` with every declaration of `declarations()` set to its value.

    A declaration that is not found is an error: a rewording of the stylesheet must not
    silently cut it loose from the style values.
    """
    for (rule, prop), value in declarations().items():
        # the first rule that opens with exactly this selector and sets the property
        pattern = re.compile(
            rf"(^{re.escape(rule)} \{{[^}}]*?(?<![\w-]){re.escape(prop)}: )[^;]+;", re.MULTILINE
        )
        css, count = pattern.subn(lambda m, v=value: f"{m[1]}{v};", css, count=1)
        if count != 1:
            raise ValueError(f"brief.css has no '{rule} {{ {prop}: ... }}'")
    return css


def brief_css() -> str:
    """The bundled brief.css with the values of packgen.style."""
    return with_style_values(DEFAULT_OUT.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else DEFAULT_OUT
    write_atomic(target, brief_css().encode("utf-8"))
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
