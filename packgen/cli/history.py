"""`packgen topics|history|followups`: a corpus folder and topics.yaml in, topic histories out."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from packgen.cli.options import cache_option
from packgen.errors import InputError
from packgen.marking import described

_CORPUS_HELP = (
    "Outcome files to read: a folder (searched recursively), a file or a glob pattern; "
    "repeat for several. Default: the workspace's corpus, outside a workspace the bundled "
    "sample outcomes."
)
_TOPICS_HELP = (
    "Topic taxonomy (YAML). Default: the workspace's topics.yaml, outside a workspace the "
    "bundled one."
)


def _corpus_options(command):
    command = cache_option(command)
    command = click.option(
        "--topics",
        "topics_file",
        type=click.Path(dir_okay=False, path_type=Path),
        help=_TOPICS_HELP,
    )(command)
    return click.option(
        "--corpus", "corpus", multiple=True, type=click.Path(path_type=Path), help=_CORPUS_HELP
    )(command)


def _load(
    corpus_sources: tuple[Path, ...],
    topics_file: Path | None,
    cache_dir: Path | None,
    topic: str | None = None,
):
    """Taxonomy first (a mistyped topic fails before any parsing), then the corpus."""
    from packgen.corpus import DEFAULT_CORPUS, load_corpus
    from packgen.followups import GENERAL_TOPIC
    from packgen.history import check_topic
    from packgen.topics import DEFAULT_TOPICS, load_topics
    from packgen.workspace import current

    workspace = current()
    default_topics = workspace.topics_file if workspace else DEFAULT_TOPICS
    default_corpus = workspace.corpus_patterns() if workspace else [DEFAULT_CORPUS]
    taxonomy = load_topics(topics_file or default_topics)
    if topic is not None and topic != GENERAL_TOPIC:
        check_topic(taxonomy, topic)
    corpus = load_corpus(list(corpus_sources) or default_corpus, cache_dir=cache_dir)
    for warning in corpus.warnings:
        click.echo(f"packgen: warning: {warning}", err=True)
    for path, reason in [*corpus.skipped, *corpus.refused]:
        click.echo(f"packgen: warning: {path}: {reason}", err=True)
    return corpus, taxonomy


def _parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(None, f"{option}: '{value}' is not a date (use YYYY-MM-DD)") from None


@click.command()
@_corpus_options
@click.option(
    "--explain",
    "explain_file",
    type=click.Path(path_type=Path),
    help="For one outcome FILE: every item and sub-item with its topics, what matched "
    "(alias, mention, pattern), where (title, text, parent title) and the score.",
)
def topics(
    corpus: tuple[Path, ...],
    topics_file: Path | None,
    cache_dir: Path | None,
    explain_file: Path | None,
) -> None:
    """List the topics with how many outcomes and entries discuss each, the documents merged
    into one source, then the items that match no topic with the nearest one.

    Every item and sub-item is matched on its title and its text (several topics each).
    """
    from packgen.history import assign_topics

    if explain_file is not None:
        corpus = (explain_file,)
    loaded, taxonomy = _load(corpus, topics_file, cache_dir)
    assigned = assign_topics(loaded, taxonomy)
    if explain_file is not None:
        _explain_units(assigned.units)
        return
    counts, entries = assigned.counts(), assigned.entry_counts()
    click.echo(f"{len(loaded.records)} outcomes, {len(taxonomy.topics)} topics")
    width = max(len(t.id) for t in taxonomy.topics)
    for topic in taxonomy.topics:
        click.echo(
            f"  {topic.id:<{width}}  {counts.get(topic.id, 0):>4} outcomes"
            f"  {entries.get(topic.id, 0):>4} entries  {topic.label}"
        )
    _echo_merged(loaded.merged)
    click.echo(f"unmatched items: {len(assigned.unmatched)}")
    from packgen.topics import nearest_topic

    for unit in assigned.unmatched:
        near = nearest_topic(unit.title, unit.text, taxonomy)
        hint = f" (nearest: {near[0]}, {near[1]})" if near else " (no topic near)"
        click.echo(f"  {unit.record.number or unit.record.source} {unit.ref}: {unit.title}{hint}")


def _echo_merged(merged: list[dict]) -> None:
    """What `topics`, `check` and the manifest report: files merged into one source, and why."""
    click.echo(f"merged documents: {sum(len(m['merged']) for m in merged)}")
    for group in merged:
        click.echo(f"  {group['number']}: kept {group['kept']}")
        for other in group["merged"]:
            click.echo(f"    {other['path']} ({other['number']}): {other['reason']}")


def _explain_units(units) -> None:
    for unit in units:
        click.echo(f"{unit.record.number or unit.record.source} {unit.ref}: {unit.title}")
        for assignment in unit.assignments:
            click.echo(f"  {assignment.topic}: {assignment.explain()}")
        if not unit.assignments:
            click.echo("  no topic")


@click.command()
@click.argument("topic")
@_corpus_options
@click.option("--since", help="Only meetings on or after this date (YYYY-MM-DD).")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    help="Only the N most recent meetings (still oldest first).",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of entries.")
@click.option(
    "--explain", is_flag=True, help="Say why each entry has the topic: alias, place, score."
)
def history(
    topic: str,
    corpus: tuple[Path, ...],
    topics_file: Path | None,
    cache_dir: Path | None,
    since: str | None,
    limit: int | None,
    as_json: bool,
    explain: bool,
) -> None:
    """Show what past meetings said about TOPIC: one entry per item or sub-item, oldest first.

    Each entry gives the meeting, its date and place, the outcome's number and
    marking, the item ("item 3(c)") and a summary of one to three sentences taken
    word for word from that item. Example: packgen history visa-reciprocity --json
    """
    from packgen.history import topic_history

    since_date = _parse_date(since, "--since")
    loaded, taxonomy = _load(corpus, topics_file, cache_dir, topic)
    entries = topic_history(loaded, taxonomy, topic, since=since_date, limit=limit)
    if as_json:
        click.echo(json.dumps([_entry_json(e) for e in entries], indent=2, ensure_ascii=False))
        return
    if not entries:
        click.echo(f"no meeting in the corpus discusses '{topic}'")
    for entry in entries:
        when = entry.date.isoformat() + (f" to {entry.end.isoformat()}" if entry.end else "")
        citation = entry.citation
        click.echo(f"{when}  {entry.meeting}" + (f" ({entry.place})" if entry.place else ""))
        click.echo(
            f"  {citation.number or citation.source} ({described(citation.marking)}), "
            f"{citation.item}: {entry.title}"
        )
        click.echo(f"  {entry.summary}")
        if explain and entry.assignment:
            click.echo(f"  why: {entry.assignment}")
        click.echo()


@click.command()
@click.argument("topic", required=False)
@_corpus_options
@click.option("--since", help="Only commitments made on or after this date (YYYY-MM-DD).")
@click.option(
    "--as-of", "as_of", help="Judge each status on this date (YYYY-MM-DD; default: today)."
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of follow-ups.")
def followups(
    topic: str | None,
    corpus: tuple[Path, ...],
    topics_file: Path | None,
    cache_dir: Path | None,
    since: str | None,
    as_of: str | None,
    as_json: bool,
) -> None:
    """List the commitments made at past meetings ("agreed to", "will take place"...).

    With TOPIC, only those about that topic; "general" names commitments about
    the meetings themselves. Each one is cited: outcome number, marking and item,
    "annex" for the joint statement annexed to an outcome.
    """
    from packgen.followups import topic_followups

    after = _parse_date(since, "--since")
    day = _parse_date(as_of, "--as-of")
    loaded, taxonomy = _load(corpus, topics_file, cache_dir, topic)
    places = {r.source: (r.meeting.place if r.meeting else None) or r.place for r in loaded.records}
    found = topic_followups(loaded, taxonomy, topic, after=after, as_of=day)
    if as_json:
        payload = [
            {
                "topic": f.topic,
                "date": f.date.isoformat(),
                "meeting": f.meeting,
                "place": places.get(f.citation.source),
                "sentence": f.sentence,
                "topics": f.topics,
                "status": f.status,
                "due": f.due.isoformat() if f.due else None,
                "taken_up": f.taken_up.model_dump(mode="json") if f.taken_up else None,
                "taken_up_date": f.taken_up_date.isoformat() if f.taken_up_date else None,
                **f.citation.model_dump(mode="json"),
            }
            for f in found
        ]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    for followup in found:
        citation = followup.citation
        click.echo(
            f"{followup.date.isoformat()}  [{followup.topic}] {citation.number or citation.source}"
            f" ({described(citation.marking)}), {citation.item}"
        )
        click.echo(f"  {followup.sentence}")
        click.echo(f"  {_status_line(followup)}")


def _status_line(followup) -> str:
    if followup.status == "taken-up" and followup.taken_up is not None:
        later = followup.taken_up
        return f"taken up: {later.number or later.source}, {later.item} ({followup.taken_up_date})"
    due = f", due {followup.due.isoformat()}" if followup.due else ""
    return f"{followup.status}{due}"


def _entry_json(entry) -> dict:
    return {
        "topic": entry.topic,
        "date": entry.date.isoformat(),
        "end": entry.end.isoformat() if entry.end else None,
        "meeting": entry.meeting,
        "place": entry.place,
        "title": entry.title,
        "summary": entry.summary,
        "text": entry.text,
        "assignment": entry.assignment,
        **entry.citation.model_dump(mode="json"),
    }
