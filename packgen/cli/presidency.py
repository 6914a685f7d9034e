"""`packgen presidency`: a date or Presidency id in; the calendar, or a generated template set, out."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from packgen.errors import InputError


def _parse_day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(None, f"'{value}': expected an ISO date such as 2027-01-01") from None


@click.group()
def presidency() -> None:
    """The Presidency calendar (Council Decision (EU) 2016/1316) and Presidency template sets."""


@presidency.command()
@click.argument("day", metavar="[DATE]", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print {current, incoming, trio} as JSON.")
def show(day: str | None, as_json: bool) -> None:
    """The Presidency in office on DATE (ISO, default today), the incoming one and the trio."""
    from packgen.presidency import incoming_after, presidency_on, trio_of

    current = presidency_on(_parse_day(day))
    incoming = incoming_after(current)
    trio = trio_of(current)
    if as_json:
        payload = {
            "current": current.summary(),
            "incoming": incoming.summary() if incoming else None,
            "trio": [p.summary() for p in trio],
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    click.echo(f"current:  {_describe(current)}")
    if incoming is None:
        click.echo("incoming: unknown (the order from 1 January 2031 is not decided yet)")
    else:
        click.echo(f"incoming: {_describe(incoming)}")
    click.echo("trio:     " + " - ".join(f"{p.country} ({p.semester_label})" for p in trio))


def _describe(p) -> str:
    return f"{p.adjective} Presidency ({p.country}, {p.code}), {p.semester_label} [{p.id}]"


@presidency.command()
@click.argument("presidency_id", metavar="[ID]", required=False)
@click.option("--date", "day", metavar="DATE", help="Generate the set of the Presidency on DATE.")
@click.option("--force", is_flag=True, help="Regenerate an existing set; keep user-edited files.")
@click.option("--reset", is_flag=True, help="Regenerate and restore user-edited files too.")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    help="Project folder holding templates/ and styles/ (default: the packgen checkout).",
)
def new(
    presidency_id: str | None, day: str | None, force: bool, reset: bool, root: Path | None
) -> None:
    """Generate the template set of Presidency ID (e.g. 2027-1-LT) or of the one on --date."""
    from packgen.presidency import get_presidency, presidency_on
    from packgen.templateset import generate_presidency_set

    if presidency_id and day:
        raise InputError(None, "give either ID or --date, not both")
    chosen = get_presidency(presidency_id) if presidency_id else presidency_on(_parse_day(day))
    report = generate_presidency_set(chosen, root=root, force=force, reset=reset)
    for message in report.messages:
        click.echo(message)
    for skipped in report.skipped:
        click.echo(f"packgen: warning: not generated: {skipped}", err=True)
    click.echo(f"template set {chosen.id} ({chosen.adjective} Presidency) is ready")


@presidency.command("list")
@click.option("--date", "day", metavar="DATE", help="Also say which set DATE selects.")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    help="Project folder holding templates/ and styles/ (default: the packgen checkout).",
)
def list_(day: str | None, root: Path | None) -> None:
    """The Presidency template sets present, and which one a given date selects."""
    from packgen.presidency import find_presidency
    from packgen.templateset import list_sets, resolve_template_set

    ids = list_sets(root)
    if not ids:
        click.echo("no Presidency template sets (the base set is used for every date)")
    for set_id in ids:
        known = find_presidency(set_id)
        label = (
            f"{known.adjective} Presidency, {known.semester_label}" if known else "not in calendar"
        )
        click.echo(f"{set_id}  {label}")
    if day is not None:
        chosen = resolve_template_set(_parse_day(day), root=root)
        where = chosen.set_id or f"base set (no set for {chosen.presidency.id})"
        click.echo(f"{_parse_day(day).isoformat()} selects: {where}")
