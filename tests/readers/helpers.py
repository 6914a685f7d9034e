"""What the DOCX and PDF reader tests share: the rendition script, and blocks made comparable."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

from packgen.blocks import SourceBlock

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_renditions.py"


def load_renditions() -> ModuleType:
    """scripts/make_renditions.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_renditions", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def comparable(blocks: list[SourceBlock]) -> tuple[list[str], list[str]]:
    """Header block as its lines (a table row per line in renditions), body as paragraph texts."""
    end = next(
        (
            i + 1
            for i, b in enumerate(blocks)
            if re.search(r"^(?:Subject|Objet)", b.text, re.MULTILINE)
        ),
        0,
    )
    header = [" ".join(line.split()) for b in blocks[:end] for line in b.text.split("\n")]
    body = [" ".join(b.text.split()) for b in blocks[end:] if b.kind != "rule"]
    return [line for line in header if line], body
