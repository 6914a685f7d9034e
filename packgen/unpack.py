"""A packgen PDF in, the files it carries out: the brief's YAML spec and its manifest.

`packgen build` embeds both in every brief PDF as PDF/A-3 associated files (the catalog's
/AF, relationships Source and Data), so that an archived PDF can be rebuilt years later:
unpack it beside the corpus and `packgen build` the spec again. The names inside the PDF are
data from a file: only plain file names are written, and only into the folder asked for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from packgen.build import Output, claim_target, write_outputs
from packgen.errors import InputError
from packgen.writers.pdfarchive import Attached, attached_files

#: What `packgen build` embeds; other associated files are left in the PDF.
RELATIONSHIPS = ("Source", "Data")


def read_pdf(path: Path) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if not data.lstrip()[:5] == b"%PDF-":
        raise InputError(path, "not a PDF file")
    return data


def embedded_sources(path: Path) -> list[Attached]:
    """The spec and manifest embedded in the PDF at `path`; an InputError when there are none."""
    import pikepdf

    data = read_pdf(path)
    try:
        found = attached_files(data)
    except (pikepdf.PdfError, ValueError, KeyError, AttributeError) as exc:
        why = re.sub(
            r"^.*?object at 0x[0-9a-f]+>: ", "", str(exc).splitlines()[0] if str(exc) else ""
        )
        raise InputError(path, f"unreadable PDF: {why or type(exc).__name__}") from None
    wanted = [a for a in found if a.relationship in RELATIONSHIPS]
    if not any(a.relationship == "Source" for a in wanted):
        raise InputError(
            path, "carries no embedded brief spec (only PDFs built by packgen build do)"
        )
    return wanted


def safe_name(name: str, pdf: Path) -> str:
    """The embedded file's name when it is a plain file name; InputError otherwise."""
    bad = (
        not name
        or name in (".", "..")
        or name.startswith(".")
        or "/" in name
        or "\\" in name
        or any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name)
    )
    if bad:
        raise InputError(
            pdf, f"embedded file name {name!r} is not a plain file name; nothing written"
        )
    return name


def plan_unpack(pdf: Path, out_dir: Path, force: bool = False) -> list[Output]:
    """Every file to write, checked before writing: names, clashes, existing files."""
    outputs: list[Output] = []
    seen: set[str] = set()
    for item in embedded_sources(pdf):
        name = safe_name(item.name, pdf)
        if name in seen:
            raise InputError(pdf, f"embeds '{name}' twice; nothing written")
        seen.add(name)
        target = Path(out_dir) / name
        outputs.append(Output(target, item.data, claim_target(target, force)))
    return outputs


def unpack(
    pdf: Path, out_dir: Path, force: bool = False, log: Callable[[str], None] | None = None
) -> list[Path]:
    """`packgen unpack`: write the embedded spec and manifest into out_dir, all or nothing."""
    plan = plan_unpack(pdf, out_dir, force)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    write_outputs(plan, log)
    return [o.path for o in plan]
