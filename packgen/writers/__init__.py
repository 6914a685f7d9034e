"""Writers: a Document in, HTML / PDF / DOCX bytes out (WeasyPrint is imported only for PDF)."""

from __future__ import annotations

import importlib
from typing import Any

# public name -> module; imported on first use so that `python -m packgen.writers.reference`
# and DOCX-only builds load nothing they do not need
_EXPORTS = {
    "write_html": "packgen.writers.html",
    "write_pdf": "packgen.writers.pdf",
    "fonts_used": "packgen.writers.pdf",
    "write_docx": "packgen.writers.docx",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'packgen.writers' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
