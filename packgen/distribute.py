"""Distribution: a pack YAML and a recipients YAML in, one marked PDF per recipient and a list out.

Every copy is the same pack PDF with an overlay stamped on each page (pypdf
merge_page): the recipient's name and copy number under the footer and a faint
diagonal mark. Copies therefore differ only in those marks. A LIMITE pack goes
only to entitled recipients; the check runs before anything is rendered.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from packgen.build import (
    Output,
    relative_to_manifest,
    sha256_hex,
    target_exists,
    write_outputs,
)
from packgen.errors import InputError
from packgen.marking import is_public
from packgen.spec import Strict
from packgen.yamlload import LoadedYaml, load_yaml, validate_mapping

Category = Literal["delegation", "institution", "press", "public"]
ENTITLED_BY_DEFAULT = {"delegation": True, "institution": True, "press": False, "public": False}
MAX_SLUG = 48
_CSV_FORMULA = ("=", "+", "-", "@", "\t", "\r")


class Recipient(Strict):
    """One addressee of a numbered copy."""

    name: str = Field(min_length=1, max_length=200, description="printed on every page")
    category: Category = Field(description="delegation, institution, press or public")
    entitled: bool | None = Field(
        default=None,
        description="may receive LIMITE documents (default: delegations and institutions)",
    )

    @field_validator("name")
    @classmethod
    def printable(cls, value: str) -> str:
        if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in value):
            raise ValueError("a name is one line of printable text")
        if not value.strip():
            raise ValueError("a name cannot be blank")
        return value.strip()

    @property
    def is_entitled(self) -> bool:
        return ENTITLED_BY_DEFAULT[self.category] if self.entitled is None else self.entitled


class RecipientsFile(Strict):
    recipients: list[Recipient] = Field(min_length=1, description="in copy-number order")


@dataclass
class Copy:
    """A planned numbered copy: who gets it, the file and its bytes."""

    recipient: Recipient
    number: int
    path: Path
    data: bytes = b""


@dataclass
class DistributionResult:
    copies: list[Path] = field(default_factory=list)
    lists: list[Path] = field(default_factory=list)
    replaced: list[Path] = field(default_factory=list)


# --- recipients -----------------------------------------------------------------------------


def load_recipients(path: Path) -> tuple[list[Recipient], LoadedYaml]:
    """The recipients in order; a bad file is one InputError naming file, line and field."""
    source = load_yaml(Path(path))
    shape = "a recipients file is a mapping with a `recipients:` list"
    return validate_mapping(source, RecipientsFile, shape).recipients, source


def check_entitlement(recipients: list[Recipient], source: LoadedYaml, classification: str) -> None:
    """Refuse, naming the first offender, a LIMITE pack for press, public or unentitled recipients."""
    if is_public(classification):  # undetermined or LIMITE: only entitled recipients
        return
    for index, recipient in enumerate(recipients):
        if recipient.category in ("press", "public") or not recipient.is_entitled:
            why = (
                f"{recipient.category} recipient"
                if recipient.category in ("press", "public")
                else "recipient not entitled"
            )
            raise InputError(
                source.path,
                f"recipients[{index}] '{recipient.name}': a LIMITE pack cannot go to a {why} "
                "(only entitled delegations and institutions); nothing written",
                line=source.line_of(("recipients", index)),
            )


def slugify(name: str) -> str:
    """An ASCII file-name stem from any name: "Ελένη Παπαδοπούλου / DG" -> "eleni-papadopoulou-dg"."""
    text = unicodedata.normalize("NFKD", _transliterate(name))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:MAX_SLUG].strip("-")
    return slug or "recipient"


# Greek and Cyrillic letters have no ASCII decomposition: a small table keeps names readable.
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
        [
            *[
                "a",
                "b",
                "g",
                "d",
                "e",
                "z",
                "i",
                "th",
                "i",
                "k",
                "l",
                "m",
                "n",
                "x",
                "o",
                "p",
                "r",
                "s",
                "s",
                "t",
                "y",
                "f",
                "ch",
                "ps",
                "o",
                "a",
                "e",
                "i",
                "i",
                "o",
                "y",
                "o",
                "i",
                "y",
                "i",
                "y",
            ]
        ],
        strict=True,
    )
)
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            *[
                "a",
                "b",
                "v",
                "g",
                "d",
                "e",
                "e",
                "zh",
                "z",
                "i",
                "i",
                "k",
                "l",
                "m",
                "n",
                "o",
                "p",
                "r",
                "s",
                "t",
                "u",
                "f",
                "kh",
                "ts",
                "ch",
                "sh",
                "shch",
                "_",
                "y",
                "_",
                "e",
                "yu",
                "ya",
            ],
        ],
        strict=True,
    )
)


def _transliterate(name: str) -> str:
    name = re.sub("[οΟ][υύΥΎ]", "ou", name)  # the Greek digraph reads "ou", not "oy"
    out = []
    for ch in name:
        low = ch.lower()
        repl = _GREEK.get(low) or _CYRILLIC.get(low)
        out.append(repl.replace("_", "") if repl else ch)
    return "".join(out)


def copy_filename(number: int, name: str) -> str:
    return f"copy-{number:02d}-{slugify(name)}.pdf"


def inside(out_dir: Path, filename: str) -> Path:
    """out_dir/filename, refusing anything that would resolve outside out_dir."""
    root = Path(out_dir).resolve()
    target = (root / filename).resolve()
    if target.parent != root or "/" in filename or "\\" in filename:
        raise InputError(None, f"copy file name '{filename}' would leave {out_dir}")
    return target


# --- stamping -------------------------------------------------------------------------------


def recipient_line(recipient: Recipient, number: int, total: int) -> str:
    return f"Copy {number:02d} of {total:02d} - {recipient.name}"


def overlay_pdf(line: str, mark: str, width_pt: float, height_pt: float) -> bytes:
    """A one-page PDF of the page's size: the recipient line low in the margin, a faint diagonal."""
    import weasyprint
    from markupsafe import escape

    from packgen.writers.fetcher import SafeURLFetcher

    size = max(16, min(44, int(900 / max(len(mark), 1))))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: {width_pt}pt {height_pt}pt; margin: 0; }}
html {{ font-family: "Liberation Serif", "DejaVu Serif", "Noto Serif", "Noto Sans CJK SC", serif; }}
body {{ margin: 0; }}
.line {{ position: absolute; left: 25mm; right: 22mm; bottom: 7mm; font-size: 9pt;
  font-weight: bold; text-align: left; }}
.diag {{ position: absolute; left: 0; right: 0; top: {height_pt / 2 - size}pt; text-align: center;
  font-size: {size}pt; font-weight: bold; color: #000; opacity: 0.08;
  transform: rotate(-45deg); white-space: nowrap; }}
</style></head><body><div class="line">{escape(line)}</div>
<div class="diag">{escape(mark)}</div></body></html>"""
    document = weasyprint.HTML(string=html, url_fetcher=SafeURLFetcher([])).render()
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    return document.write_pdf(pdf_identifier=identifier)


def stamp(pack_pdf: bytes, overlay: bytes, identifier: bytes, subject: str) -> bytes:
    """The pack with the overlay's only page merged on top of every page, `subject` in its info."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    mark_page = PdfReader(io.BytesIO(overlay)).pages[0]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pack_pdf)))
    for page in writer.pages:
        page.merge_page(mark_page)
    writer.add_metadata({"/Subject": subject})
    # a fixed identifier per copy: the same pack and recipient give the same bytes
    writer._ID = ArrayObject([ByteStringObject(identifier), ByteStringObject(identifier)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_size(pdf: bytes) -> tuple[float, float]:
    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width), float(box.height)


def stamped_copy(pack_pdf: bytes, recipient: Recipient, number: int, total: int) -> bytes:
    width, height = page_size(pack_pdf)
    line = recipient_line(recipient, number, total)
    overlay = overlay_pdf(line, f"COPY {number:02d} - {recipient.name}", width, height)
    identifier = hashlib.sha256(pack_pdf + line.encode("utf-8")).hexdigest()[:32]
    return stamp(pack_pdf, overlay, identifier.encode("ascii"), line)


# --- the command ----------------------------------------------------------------------------


def _csv_cell(text: str) -> str:
    # spreadsheets run cells that start like a formula: keep names as data
    return "'" + text if text.startswith(_CSV_FORMULA) else text


def distribution_csv(copies: list[Copy], out_dir: Path) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["recipient", "category", "copy", "file", "sha256"])
    for c in copies:
        writer.writerow(
            [
                _csv_cell(c.recipient.name),
                c.recipient.category,
                c.number,
                c.path.name,
                sha256_hex(c.data),
            ]
        )
    return buffer.getvalue().encode("utf-8")


def distribution_manifest(prepared, pack_pdf: bytes, copies: list[Copy], recipients_path) -> dict:
    base = copies[0].path.parent if copies else Path.cwd()
    return {
        "pack": relative_to_manifest(prepared.loaded.path, base),
        "name": prepared.name,
        "classification": prepared.classification,
        "recipients": relative_to_manifest(recipients_path, base),
        "pack_pdf_sha256": sha256_hex(pack_pdf),
        "copies": [
            {
                "recipient": c.recipient.name,
                "category": c.recipient.category,
                "copy": c.number,
                "file": c.path.name,
                "path": relative_to_manifest(c.path, base),
                "sha256": sha256_hex(c.data),
            }
            for c in copies
        ],
    }


def plan_distribution(
    pack_path: Path,
    recipients_path: Path,
    out_dir: Path,
    force: bool = False,
    cache_dir: Path | None = None,
) -> list[Output]:
    """Every copy and both lists, rendered in memory; refuses before rendering when not allowed."""
    from packgen.pack import prepare_pack, render_pack

    recipients, source = load_recipients(Path(recipients_path))
    prepared = prepare_pack(Path(pack_path), cache_dir=cache_dir)
    check_entitlement(recipients, source, prepared.classification)
    out_dir = Path(out_dir)
    copies = [
        Copy(r, n, inside(out_dir, copy_filename(n, r.name)))
        for n, r in enumerate(recipients, start=1)
    ]
    lists = [
        inside(out_dir, f"{prepared.name}.distribution.csv"),
        inside(out_dir, f"{prepared.name}.distribution.json"),
    ]
    replaced = {p for p in [*(c.path for c in copies), *lists] if target_exists(p)}
    if replaced and not force:
        first = sorted(replaced)[0]
        raise InputError(None, f"{first} exists (use --force to replace it)")
    pack_pdf = render_pack(prepared, ("pdf",))["pdf"]
    for c in copies:
        c.data = stamped_copy(pack_pdf, c.recipient, c.number, len(copies))
    manifest = distribution_manifest(prepared, pack_pdf, copies, recipients_path)
    manifest_bytes = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    outputs = [Output(c.path, c.data, c.path in replaced) for c in copies]
    outputs.append(Output(lists[0], distribution_csv(copies, out_dir), lists[0] in replaced))
    outputs.append(Output(lists[1], manifest_bytes, lists[1] in replaced))
    return outputs


def distribute(
    pack_path: Path,
    recipients_path: Path,
    out_dir: Path,
    force: bool = False,
    cache_dir: Path | None = None,
    log: Callable[[str], None] | None = None,
) -> DistributionResult:
    """`packgen distribute`: numbered copies, a CSV and a JSON distribution list, all or nothing."""
    plan = plan_distribution(pack_path, recipients_path, out_dir, force, cache_dir)
    result = DistributionResult()
    result.replaced = write_outputs(plan, log)
    result.copies = [o.path for o in plan[:-2]]
    result.lists = [o.path for o in plan[-2:]]
    return result


__all__ = [
    "Recipient",
    "check_entitlement",
    "copy_filename",
    "distribute",
    "load_recipients",
    "plan_distribution",
    "slugify",
    "stamped_copy",
]
