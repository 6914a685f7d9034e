"""History: a Corpus and a Taxonomy in, per-topic HistoryEntry lists and FollowUps with citations out."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter

from packgen.corpus import Corpus, paused_gc
from packgen.errors import InputError
from packgen.history_model import Citation, FollowUp, HistoryEntry
from packgen.records import Item, OutcomeRecord, SubItem
from packgen.topics import Assignment, Taxonomy, match_item, mentioned_topics

#: The topic of a commitment about the meetings themselves ("committed to meet again").
GENERAL_TOPIC = "general"
MAX_SUMMARY_SENTENCES = 3

# Rank of a unit when several in one outcome match a topic: a title naming the topic beats
# a text mentioning it, and an item beats its sub-items unless only the sub-item names it.
_RANK = {("item", "title"): 0, ("sub", "title"): 1, ("item", "text"): 2, ("sub", "text"): 3}

_ABBREVIATIONS = {
    "e.g",
    "i.e",
    "u.s",
    "d.c",
    "u.k",
    "no",
    "nos",
    "mr",
    "ms",
    "dr",
    "art",
    "para",
    "cf",
    "vs",
    "st",
}
_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")

_MONTHS = set(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
_WORD = re.compile(r"[A-Za-z0-9]+")
# words that mark positions, agreements and next steps, with their weight in a summary
_CUE_WORDS: list[tuple[frozenset[str], int]] = [
    (frozenset(["agreed", "agree", "committed", "commit", "decided", "undertook", "concurred"]), 3),
    (frozenset(["will", "next", "welcomed", "welcome", "confirmed", "reaffirmed"]), 3),
    (
        frozenset(
            [
                "expressed",
                "underlined",
                "stressed",
                "highlighted",
                "position",
                "support",
                "intention",
                "called",
            ]
        ),
        1,
    ),
]
_DATE_WEIGHT = 2
_COMMITMENT = re.compile(
    r"\b(agreed to|agree to|committed to|commit to|decided to|undertook to|to meet again"
    r"|come back to|will take place|will be held|foreseen to take place|would host the next"
    r"|is planned|are planned|next (?:meeting|session|ministerial))\b",
    re.I,
)


@dataclass(frozen=True)
class UnitAssignment:
    """The topics of one item or sub-item of one outcome, each with its explanation."""

    record: OutcomeRecord
    item: Item
    subitem: SubItem | None
    assignments: tuple[Assignment, ...]
    #: the summary of the unit's own text kept in the corpus cache, when there is one
    summary: str | None = None

    @cached_property  # a query asks each entry's unit for it several times
    def ref(self) -> str:
        return unit_ref(self.item, self.subitem)

    @property
    def title(self) -> str:
        return self.subitem.title if self.subitem else self.item.title

    @property
    def text(self) -> str:
        return self.subitem.text if self.subitem else self.item.text

    @cached_property
    def topics(self) -> list[str]:
        return list(dict.fromkeys(a.topic for a in self.assignments))


@dataclass
class TopicAssignments:
    """Every item and sub-item of a corpus with its topics, and those that matched nothing."""

    units: list[UnitAssignment] = field(default_factory=list)
    unmatched: list[UnitAssignment] = field(default_factory=list)
    # topic -> outcome sha256 -> (rank, unit): the one unit that speaks for that outcome
    best: dict[str, dict[str, tuple[tuple[int, int], UnitAssignment]]] = field(default_factory=dict)

    _timelines: dict[str, list[tuple[dt.date, str, str, UnitAssignment]]] = field(
        default_factory=dict, repr=False
    )

    def timeline(self, topic: str) -> list[tuple[dt.date, str, str, UnitAssignment]]:
        """(meeting date, number, ref, unit) of the units that speak for `topic`, oldest first."""
        if topic not in self._timelines:
            rows = [
                (when, unit.record.number or "", unit.ref, unit)
                for _, unit in self.best.get(topic, {}).values()
                if (when := _meeting_date(unit.record)) is not None
            ]
            rows.sort(key=itemgetter(0, 1, 2))  # (date, number, ref)
            self._timelines[topic] = rows
        return self._timelines[topic]

    _by_record: dict[int, list[UnitAssignment]] = field(default_factory=dict, repr=False)

    def add(self, unit: UnitAssignment) -> None:
        order = len(self.units)
        self.units.append(unit)
        self._by_record.setdefault(id(unit.record), []).append(unit)
        for assignment in unit.assignments:
            rank = (_RANK[("sub" if unit.subitem else "item", assignment.where)], order)
            per_record = self.best.setdefault(assignment.topic, {})
            held = per_record.get(unit.record.sha256)
            if held is None or rank < held[0]:
                per_record[unit.record.sha256] = (rank, unit)

    def units_of(self, record: OutcomeRecord) -> list[UnitAssignment]:
        """The items and sub-items of one record of the corpus, in document order."""
        return self._by_record.get(id(record), [])

    def counts(self) -> dict[str, int]:
        """How many outcomes mention each topic (at most one history entry per outcome)."""
        seen: dict[str, set[str]] = {}
        for unit in self.units:
            for topic in unit.topics:
                seen.setdefault(topic, set()).add(unit.record.sha256)
        return {topic: len(shas) for topic, shas in seen.items()}


def unit_ref(item: Item, subitem: SubItem | None = None) -> str:
    """The citation reference: "item 3" or "item 3(c)"."""
    return f"item {item.number}({subitem.label})" if subitem else f"item {item.number}"


def assign_topics(corpus: Corpus, taxonomy: Taxonomy) -> TopicAssignments:
    """Match every item and sub-item of the corpus to topics (computed once per taxonomy)."""
    key = f"assignments:{taxonomy.fingerprint()}"
    if key not in corpus._memo:
        with paused_gc():
            corpus._memo[key] = _assign(corpus, taxonomy)
    return corpus._memo[key]


def _assign(corpus: Corpus, taxonomy: Taxonomy) -> TopicAssignments:
    result = TopicAssignments()
    titles: dict[str, list[Assignment]] = {}  # each distinct title matched once
    for record in corpus.records:
        codes = record.subject_codes
        kept = corpus.summaries.get(record.sha256, {})
        for item in record.items:
            own = tuple(match_item(item.title, item.text, taxonomy, codes, titles))
            subs = [
                UnitAssignment(
                    record,
                    item,
                    sub,
                    tuple(match_item(sub.title, sub.text, taxonomy, codes, titles)),
                    kept.get(unit_ref(item, sub)),
                )
                for sub in item.subitems
            ]
            unit = UnitAssignment(record, item, None, own, kept.get(unit_ref(item)))
            for each in (unit, *subs):
                result.add(each)
            if not own and not any(s.assignments for s in subs):
                result.unmatched.append(unit)
            elif not own:
                result.unmatched.extend(s for s in subs if not s.assignments)
    return result


def check_topic(taxonomy: Taxonomy, topic: str) -> None:
    """InputError with a "did you mean" when `topic` is not in the taxonomy."""
    if taxonomy.get(topic) is None:
        hint = taxonomy.suggest(topic)
        advice = (
            f" (did you mean '{hint}'?)"
            if hint
            else f" (known topics: {', '.join(taxonomy.ids())})"
        )
        raise InputError(None, f"unknown topic '{topic}'{advice}")


def topic_history(
    corpus: Corpus,
    taxonomy: Taxonomy,
    topic: str,
    since: dt.date | None = None,
    limit: int | None = None,
) -> list[HistoryEntry]:
    """One entry per outcome that discusses `topic`, oldest first; `limit` keeps the latest N."""
    check_topic(taxonomy, topic)
    assigned = assign_topics(corpus, taxonomy)
    rows = assigned.timeline(topic)
    if since is not None:
        rows = rows[bisect.bisect_left(rows, since, key=lambda row: row[0]) :]
    if limit is not None:
        rows = rows[-limit:] if limit > 0 else []
    with paused_gc():  # thousands of small models: a full GC pass would cost more than them
        return [_entry(topic, row[3], _summary(topic, row[3], assigned, taxonomy)) for row in rows]


def _summary(
    topic: str, unit: UnitAssignment, assigned: TopicAssignments, taxonomy: Taxonomy
) -> str:
    """The unit's summary kept at index time, unless it is shared and needs a topic focus."""
    prefer = _focus(topic, unit, assigned, taxonomy)
    if prefer is None and unit.summary is not None:
        return unit.summary
    return summarise(unit.text, prefer=prefer)


def _entry(topic: str, unit: UnitAssignment, summary: str) -> HistoryEntry:
    record = unit.record
    start = _meeting_date(record)
    assert start is not None
    end = record.meeting.end if record.meeting else None
    # validated from one nested dict: a third faster than HistoryEntry(...) with a Citation(...),
    # which counts when a query lists thousands of entries
    return HistoryEntry.model_validate(
        {
            "topic": topic,
            "date": start,
            "end": end if end and end != start else None,
            "meeting": _meeting_title(record),
            "place": _meeting_place(record),
            "title": with_semester(unit.title, start),
            "summary": summary,
            "text": unit.text,
            "citation": _citation_fields(record, unit.ref),
        }
    )


_INCOMING = re.compile(r"\bincoming (\w+) Presidency\b", re.IGNORECASE)


def with_semester(title: str, day: dt.date) -> str:
    """ "Priorities of the incoming Austrian Presidency" + " (July-December 2018)".

    The semester comes from the calendar: the Presidency that follows the one in office on
    the meeting day, when the title names it. Other titles, and dates outside the calendar,
    are left as they are.
    """
    named = _INCOMING.search(title)
    if not named:
        return title
    from packgen.presidency import incoming_after, presidency_on

    try:
        incoming = incoming_after(presidency_on(day))
    except InputError:
        return title
    if incoming is None or incoming.adjective.lower() != named.group(1).lower():
        return title
    return f"{title} ({incoming.semester_label})"


def _meeting_date(record: OutcomeRecord) -> dt.date | None:
    return (record.meeting.start if record.meeting else None) or record.date


def _meeting_title(record: OutcomeRecord) -> str:
    return (record.meeting.title if record.meeting else None) or record.subject or ""


def _meeting_place(record: OutcomeRecord) -> str | None:
    return (record.meeting.place if record.meeting else None) or record.place


def _citation(record: OutcomeRecord, ref: str) -> Citation:
    return Citation.model_validate(_citation_fields(record, ref))


def _citation_fields(record: OutcomeRecord, ref: str) -> dict:
    return {
        "number": record.number,
        "marking": record.marking,
        "source": record.source,
        "item": ref,
        "subject_codes": record.subject_codes,  # validation copies the list
    }


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, paragraph by paragraph; headings without a full stop are left out."""
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        paragraph = " ".join(paragraph.split())
        if not paragraph or not re.search(r"[.!?][\"”’)]*$", paragraph):
            continue  # a sub-item heading, not a sentence of the record
        start = 0
        for boundary in _BOUNDARY.finditer(paragraph):
            cut = boundary.start()
            word = paragraph[paragraph.rfind(" ", start, cut) + 1 : cut].lstrip('("“‘').lower()
            # "D.C.", "EU-U.S.", "e.g.", "J." end in a full stop but do not end the sentence
            if word in _ABBREVIATIONS or "." in word or len(word.rsplit("-", 1)[-1]) == 1:
                continue
            sentences.append(paragraph[start : boundary.end()].strip())
            start = boundary.end()
        sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def _focus(
    topic: str, unit: UnitAssignment, assigned: TopicAssignments, taxonomy: Taxonomy
) -> Callable[[str], bool] | None:
    """Which sentences may summarise `unit` under `topic`, when the unit is shared.

    An item on "migration, borders and visa policy" whose sub-item (c) is the visa
    topic's entry must not be summarised, under migration, by the visa sentences; and an
    item matched to several topics keeps, for each, the sentences that name it.
    """
    shared = len(unit.topics) > 1
    foreign: set[str] = set()
    if unit.subitem is None and unit.item.subitems:
        for other in assigned.units_of(unit.record):
            mine = other.item is unit.item and other.subitem is not None
            if mine and other.topics and topic not in other.topics:
                foreign.update(split_sentences(other.text))
    if not shared and not foreign:
        return None

    def accept(sentence: str) -> bool:
        if sentence in foreign:
            return False
        return not shared or topic in mentioned_topics(sentence, taxonomy)

    return accept


def summarise(
    text: str,
    max_sentences: int = MAX_SUMMARY_SENTENCES,
    prefer: Callable[[str], bool] | None = None,
) -> str:
    """One to three sentences of `text`, verbatim, in order: those with positions and next steps.

    With `prefer`, only the sentences it accepts are candidates when there are any: an
    item on "migration and visa reciprocity" summarises differently under each topic.
    """
    sentences = split_sentences(text)
    if not sentences:
        return " ".join(text.split())[:300]
    if prefer is not None:
        sentences = [s for s in sentences if prefer(s)] or sentences
    scored = [(_cue_score(s), i) for i, s in enumerate(sentences)]
    chosen = sorted(
        i for score, i in sorted(scored, key=lambda p: (-p[0], p[1]))[:max_sentences] if score >= 3
    )
    if not chosen:
        chosen = [0]
    return " ".join(sentences[i] for i in chosen)


# a whole word (as _WORD splits them) that is a month name or a year 1900-2099
_DATE_WORD = re.compile(
    r"(?<![A-Za-z0-9])(?:" + "|".join(sorted(_MONTHS)) + r"|(?:19|20)[0-9]{2})(?![A-Za-z0-9])"
)


def _cue_score(sentence: str) -> int:
    lower = set(map(str.lower, _WORD.findall(sentence)))
    score = sum(weight for cue, weight in _CUE_WORDS if not cue.isdisjoint(lower))
    if _DATE_WORD.search(sentence):
        score += _DATE_WEIGHT
    return score


def topic_followups(
    corpus: Corpus,
    taxonomy: Taxonomy,
    topic: str | None = None,
    after: dt.date | None = None,
) -> list[FollowUp]:
    """Commitments made at meetings (on or after `after`), oldest first, for one topic or all.

    A sentence belongs to the topics of the item or sub-item it stands in; annex and
    summary sentences to the topics their paragraph mentions, else to "general".
    With no `topic`, each commitment appears once, under its first topic.
    """
    if topic is not None and topic != GENERAL_TOPIC:
        check_topic(taxonomy, topic)
    assigned = assign_topics(corpus, taxonomy)
    out: list[FollowUp] = []
    for record in corpus.records:
        when = _meeting_date(record)
        if when is None or (after is not None and when < after):
            continue
        for sentence, ref, topics in _commitments(record, assigned, taxonomy):
            topics = topics or [GENERAL_TOPIC]
            if topic is not None and topic not in topics:
                continue
            out.append(
                FollowUp(
                    topic=topic or topics[0],
                    date=when,
                    meeting=_meeting_title(record),
                    sentence=sentence,
                    citation=_citation(record, ref),
                )
            )
    return out


def _commitments(
    record: OutcomeRecord, assigned: TopicAssignments, taxonomy: Taxonomy
) -> list[tuple[str, str, list[str]]]:
    """(sentence, "item 3(c)" | "annex" | "summary", topics) for each committing sentence."""
    found: list[tuple[str, str, list[str]]] = []
    if record.summary:
        found += _paragraph_commitments(record.summary, "summary", record, taxonomy)
    units = assigned.units_of(record)
    for unit in (u for u in units if u.subitem is None):
        subs = [u for u in units if u.item is unit.item and u.subitem is not None]
        for sentence in split_sentences(unit.item.text):
            if not _COMMITMENT.search(sentence):
                continue
            holder = next((s for s in subs if sentence in " ".join(s.text.split())), None)
            owner = holder if holder is not None and holder.assignments else unit
            found.append(
                (sentence, (holder or unit).ref, _by_mention(sentence, owner.topics, taxonomy))
            )
    if record.annex:
        found += _paragraph_commitments(record.annex.text, "annex", record, taxonomy)
    return found


def _by_mention(sentence: str, topics: list[str], taxonomy: Taxonomy) -> list[str]:
    """The unit's topics, those the sentence itself names first."""
    named = set(mentioned_topics(sentence, taxonomy))
    return [t for t in topics if t in named] + [t for t in topics if t not in named]


def _paragraph_commitments(
    text: str, ref: str, record: OutcomeRecord, taxonomy: Taxonomy
) -> list[tuple[str, str, list[str]]]:
    found = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        topics = [a.topic for a in match_item("", paragraph, taxonomy, record.subject_codes)]
        found += [(s, ref, topics) for s in split_sentences(paragraph) if _COMMITMENT.search(s)]
    return found
