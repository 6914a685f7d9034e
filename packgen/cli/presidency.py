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


def _workspace_for(root: Path | None, action: str):
    """The workspace a set command works on: --root (legacy), else the one in effect."""
    from packgen.workspace import current, load_workspace

    workspace = load_workspace(root) if root is not None else current()
    if workspace is None:
        raise InputError(
            None,
            f"not in a packgen workspace (no packgen.yaml here or above): {action}; "
            "create one with `packgen init`, or name one with --workspace DIR",
        )
    return workspace


_ROOT_OPTION = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    hidden=True,  # the older spelling of the global --workspace
    help="Workspace folder (same as packgen --workspace).",
)


def _chosen_presidency(
    presidency_id: str | None, day: str | None, country: str | None, adjective: str | None
):
    """The calendar's Presidency, or one outside it described by --country and --adjective."""
    from packgen.presidency import (
        Presidency,
        calendar_gap,
        calendar_span,
        find_presidency,
        get_presidency,
        normalise_id,
        presidency_on,
        semester_dates,
    )

    if presidency_id and day:
        raise InputError(None, "give either ID or --date, not both")
    if not presidency_id:
        if country or adjective:
            raise InputError(
                None, "--country and --adjective need an ID after 2030, e.g. 2031-1-XX"
            )
        return presidency_on(_parse_day(day))
    wanted = normalise_id(presidency_id)
    start, end = semester_dates(wanted)
    gap = calendar_gap(start)
    if gap is None or find_presidency(wanted) is not None:
        if country or adjective:
            raise InputError(
                None, f"{wanted} is in the calendar: its country and adjective come from there"
            )
        return get_presidency(wanted)
    if not (country and adjective):
        side = "after" if start > calendar_span()[1] else "before"
        raise InputError(
            None,
            f"{wanted} is {side} the calendar ({gap}): give --country NAME and --adjective ADJ",
        )
    code = wanted.rsplit("-", 1)[1]
    return Presidency(
        code=code, country=country, adjective=adjective, start=start, end=end, trio=[], capital=""
    )


@presidency.command()
@click.argument("presidency_id", metavar="[ID]", required=False)
@click.option("--date", "day", metavar="DATE", help="Generate the set of the Presidency on DATE.")
@click.option(
    "--country", help="Outside the calendar (from 2031) only: the Member State holding it."
)
@click.option("--adjective", help='Outside the calendar only: as in "the Polish Presidency".')
@click.option("--force", is_flag=True, help="Regenerate an existing set; keep user-edited files.")
@click.option("--reset", is_flag=True, help="Regenerate and restore user-edited files too.")
@_ROOT_OPTION
def new(
    presidency_id: str | None,
    day: str | None,
    country: str | None,
    adjective: str | None,
    force: bool,
    reset: bool,
    root: Path | None,
) -> None:
    """Generate the template set of Presidency ID (e.g. 2027-1-LT) or of the one on --date.

    The set is written into the workspace's Presidency-set folder (packgen.yaml's
    `presidencies:`), never into the installed package.
    """
    from packgen.templateset import generate_presidency_set

    chosen = _chosen_presidency(presidency_id, day, country, adjective)
    workspace = _workspace_for(root, "Presidency sets are written into a workspace")
    report = generate_presidency_set(
        chosen, workspace.presidencies_dir, force=force, reset=reset, base=workspace.root
    )
    for message in report.messages:
        click.echo(message)
    for skipped in report.skipped:
        click.echo(f"packgen: warning: not generated: {skipped}", err=True)
    click.echo(f"template set {chosen.id} ({chosen.adjective} Presidency) is ready")


@presidency.command("list")
@click.option("--date", "day", metavar="DATE", help="Also say which set DATE selects.")
@_ROOT_OPTION
def list_(day: str | None, root: Path | None) -> None:
    """The Presidency template sets of the workspace, and which one a given date selects."""
    from packgen.presidency import find_presidency
    from packgen.templateset import list_sets, resolve_template_set
    from packgen.workspace import current, load_workspace

    workspace = load_workspace(root) if root is not None else current()
    ids = list_sets(workspace.presidencies_dir if workspace is not None else None)
    if workspace is None:
        click.echo("not in a workspace: no Presidency template sets (the defaults serve)")
    elif not ids:
        click.echo("no Presidency template sets (the defaults serve every date)")
    for set_id in ids:
        known = find_presidency(set_id)
        label = (
            f"{known.adjective} Presidency, {known.semester_label}" if known else "not in calendar"
        )
        click.echo(f"{set_id}  {label}")
    if day is not None:
        chosen = resolve_template_set(_parse_day(day), workspace=workspace)
        where = chosen.set_id or f"defaults (no set for {chosen.presidency.id})"
        click.echo(f"{_parse_day(day).isoformat()} selects: {where}")
