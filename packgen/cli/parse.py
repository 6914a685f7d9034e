"""`packgen parse`: outcome files in, JSON records (or a short summary) out."""

from __future__ import annotations

import json
from pathlib import Path

import click

from packgen.errors import CheckFailed


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the records as JSON (one object, or a list for several files).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Exit 1 when a field could not be found (otherwise a warning on stderr).",
)
@click.option(
    "--ocr",
    is_flag=True,
    default=None,
    help="Read scanned PDFs (no text layer) through OCRmyPDF and Tesseract "
    "(default: the PACKGEN_OCR environment switch).",
)
def parse(files: tuple[Path, ...], as_json: bool, strict: bool, ocr: bool | None) -> None:
    """Read outcome-of-proceedings FILES (.txt, .md, .docx, .pdf) and show what was extracted.

    Every file is read before anything is printed: one bad file stops the
    command with exit code 2 and a one-line message naming it.
    """
    from packgen.extract import read_outcome

    records = [read_outcome(path, ocr=ocr) for path in files]
    for record in records:
        for warning in record.warnings:
            click.echo(f"packgen: warning: {record.source}: {warning}", err=True)
    if as_json:
        payload = [r.to_json_dict() for r in records]
        click.echo(
            json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False)
        )
    else:
        for record in records:
            click.echo(_summary(record))
    if strict and any(r.warnings for r in records):
        raise CheckFailed("some fields could not be found (see warnings above)")


def _summary(record) -> str:
    from packgen.marking import described

    meeting = record.meeting
    when = ""
    if meeting and meeting.start:
        when = meeting.start.isoformat() + (
            f" to {meeting.end.isoformat()}" if meeting.end and meeting.end != meeting.start else ""
        )
    lines = [
        f"{record.source}",
        f"  {record.number or '?'} ({described(record.marking)}), {record.place or '?'}, {record.date or '?'}: {record.doc_type or '?'}",
        f"  meeting: {meeting.title if meeting else '?'}"
        + (f" ({meeting.place}, {when})" if meeting else ""),
        f"  subject codes: {', '.join(record.subject_codes) or '-'}",
    ]
    for item in record.items:
        lines.append(
            f"  {item.number}. {item.title}"
            + (f" [{len(item.subitems)} sub-items]" if item.subitems else "")
        )
    if record.annex:
        lines.append(f"  annex: {record.annex.title}")
    return "\n".join(lines)
