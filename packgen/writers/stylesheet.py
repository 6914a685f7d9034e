"""Style values in, brief.css out: the PDF's stylesheet filled in from packgen.style.

`styles/brief.css.in` is the stylesheet with `$name` places for the values of
`packgen.style`; `brief.css` is what it gives, committed like reference.docx (a test
checks that it is current). `python3 -m packgen.writers.stylesheet [OUT]` rewrites it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from string import Template

from packgen import bundled, style
from packgen.atomic import write_atomic

SOURCE = bundled.styles_dir() / "brief.css.in"
DEFAULT_OUT = bundled.styles_dir() / "brief.css"


def values() -> dict[str, str]:
    """Every `$name` of brief.css.in and its CSS text."""
    page = style.PAGE
    margins = (page.top, page.right, page.bottom, page.left)
    out = {f"pt_{role}": f"{size:g}pt" for role, size in style.TYPE_SCALE.items()}
    out.update(
        page_name=page.name,
        page_margins=" ".join(f"{m:g}mm" for m in margins),
        font_stack=style.FONT_STACK,
        accent=style.ACCENT,
        link=style.LINK,
    )
    return out


def brief_css() -> str:
    """The text of brief.css (the template's `//` note lines dropped)."""
    lines = SOURCE.read_text(encoding="utf-8").splitlines(keepends=True)
    template = "".join(line for line in lines if not line.startswith("//"))
    return Template(template).substitute(values())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else DEFAULT_OUT
    write_atomic(target, brief_css().encode("utf-8"))
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
