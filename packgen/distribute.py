"""Distribution: a pack YAML and a recipients YAML in, one marked PDF per recipient and a list out.

Every copy is the same pack PDF with marks drawn on each page: the recipient's name
and copy number under the footer and a faint diagonal mark, as glyph outlines inside
an /Artifact. Copies therefore differ only in those marks, which stay outside the
text layer and the structure tree; the copy keeps the pack's tags, fonts and PDF/A
identification, and grows only by the marks. A LIMITE pack goes
only to entitled recipients; the check runs before anything is rendered.
"""

from __future__ import annotations

import csv
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


#: Where the recipient line sits: the left margin, under the footer (points from bottom left).
LINE_X_PT = 25 * 72 / 25.4
LINE_BASELINE_PT = 7 * 72 / 25.4 + 2
LINE_SIZE_PT = 9.0
#: How faint the diagonal mark is (fill opacity).
MARK_OPACITY = 0.08
#: The marks are one artifact of the page: outside the structure tree and the text layer.
_ARTIFACT = b"/Artifact <</Type /Pagination /Subtype /Watermark>> BDC"
_MARKS = "/PackgenCopyMarks"


def marks_stream(line: str, mark: str, width_pt: float, height_pt: float) -> bytes:
    """Content drawing the recipient line low in the margin and the faint diagonal mark, as
    glyph outlines (packgen.writers.outlines): no text, no font."""
    from packgen.writers.outlines import draw, rotation, text_width

    size = max(16, min(44, int(900 / max(len(mark), 1))))
    half = text_width(mark, size) / 2
    return b"".join(
        [
            b"q\n0 g\n",
            draw(line, LINE_SIZE_PT, LINE_X_PT, LINE_BASELINE_PT),
            b"/Faint gs\n",
            rotation(45, width_pt / 2, height_pt / 2),
            draw(mark, size, -half, -size * 0.35),
            b"Q\n",
        ]
    )


def stamped_copy(pack_pdf: bytes, recipient: Recipient, number: int, total: int) -> bytes:
    """The pack with the copy's marks on every page, its recipient line as the subject.

    The marks are one form XObject per page size, drawn last on each page inside an
    /Artifact: the pack's streams, fonts, structure tree and identification stay as they
    are, and the copy grows by the marks' outlines only.
    """
    import pikepdf

    from packgen.writers.pdfarchive import save

    line = recipient_line(recipient, number, total)
    mark = f"COPY {number:02d} - {recipient.name}"
    with pikepdf.open(io.BytesIO(pack_pdf)) as pdf:
        forms: dict[tuple[float, ...], tuple[pikepdf.Name, pikepdf.Object]] = {}
        faint = pdf.make_indirect(
            pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, ca=MARK_OPACITY, CA=MARK_OPACITY)
        )
        for page in pdf.pages:
            box = tuple(float(v) for v in page.mediabox)
            if box not in forms:
                width, height = box[2] - box[0], box[3] - box[1]
                form = pikepdf.Stream(pdf, marks_stream(line, mark, width, height))
                form.Type = pikepdf.Name.XObject
                form.Subtype = pikepdf.Name.Form
                form.BBox = pikepdf.Array([0, 0, width, height])
                form.Resources = pikepdf.Dictionary(ExtGState=pikepdf.Dictionary(Faint=faint))
                name = pikepdf.Name(f"{_MARKS}{len(forms) + 1}")
                forms[box] = (name, pdf.make_indirect(form))
            name, form = forms[box]
            # pages may share one resource dictionary: the same name always means the same form
            page.add_resource(form, pikepdf.Name.XObject, name)
            # the page's own drawing state is closed first, so the marks sit where they should
            page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
            origin = f"1 0 0 1 {box[0]:g} {box[1]:g} cm ".encode()
            ops = b"Q\nq " + origin + _ARTIFACT + b" " + str(name).encode() + b" Do EMC Q\n"
            page.contents_add(pikepdf.Stream(pdf, ops), prepend=False)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:description"] = line  # the document information's /Subject follows
        return save(pdf)


def check_drawable(recipients: list[Recipient], source: LoadedYaml) -> None:
    """Refuse, before rendering, a name some character of which no installed font draws."""
    from packgen.writers.outlines import MissingGlyph
    from packgen.writers.outlines import check_drawable as drawable

    for index, recipient in enumerate(recipients):
        try:
            drawable(recipient.name)
        except MissingGlyph as exc:
            raise InputError(
                source.path,
                f"recipients[{index}] '{recipient.name}': {exc}, so the copy could not carry "
                "the name; nothing written",
                line=source.line_of(("recipients", index, "name")),
            ) from None


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
    check_drawable(recipients, source)
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
