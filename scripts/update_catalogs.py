"""Sources in, gettext catalogs out: extract packgen's fixed wording and merge it into each .po.

    python3 scripts/update_catalogs.py

writes packgen/locale/packgen.pot from the Python sources and Jinja2 templates (babel.cfg)
and merges it into packgen/locale/<language>/LC_MESSAGES/packgen.po: a new message arrives
untranslated, and tests/test_i18n.py fails until a translator fills it in.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "packgen" / "locale"
POT = LOCALE / "packgen.pot"
#: N_ marks a message where it is defined, NP_ one with a context (packgen/i18n.py)
KEYWORDS = ["-k", "N_", "-k", "NP_:1c,2"]


def extract(pot: Path, root: Path = ROOT) -> None:
    """Run `pybabel extract` over `root` with babel.cfg into `pot` (sorted, no line numbers)."""
    CommandLineInterface().run(
        ["pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"), *KEYWORDS, "--no-location",
         "--sort-output", "--omit-header", "-o", str(pot), str(root)]
    )  # fmt: skip


def merge(po: Path, pot: Path) -> None:
    with pot.open("rb") as handle:
        template = read_po(handle)
    with po.open("rb") as handle:
        catalog = read_po(handle)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    with po.open("wb") as handle:
        write_po(handle, catalog, no_location=True, sort_output=True)


def main() -> int:
    extract(POT)
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/packgen.po")):
        merge(po, POT)
        print(f"updated {po.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
