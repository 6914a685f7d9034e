"""History: a Corpus and a Taxonomy in, per-topic HistoryEntry lists (one per item or sub-item) out.

Commitments and their status live in packgen.followups; both share the assignment of
topics to every item and sub-item computed here once per taxonomy.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass, field, replace
from functools import cache, cached_property
from operator import itemgetter
from pathlib import Path

import packgen.summary
import packgen.topics
from packgen.corpus import Corpus, paused_gc
from packgen.errors import InputError
from packgen.history_model import Citation, HistoryEntry
from packgen.records import Item, OutcomeRecord, SubItem
from packgen.summary import (
    is_substantive,
    split_sentences,
    summarise,
    unit_ref,
    unit_text,
)
from packgen.topics import (
    Assignment,
    Taxonomy,
    another_partners_item,
    frames_a_meeting,
    item_scope,
    match_item,
    meeting_file,
    meeting_parties,
    meeting_scope,
    mentioned_topics,
    reviews_one_file,
    things_titled,
    unit_scope,
    war_scope,
    with_the_meetings_file,
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

    @cached_property
    def text(self) -> str:
        return unit_text(self.item, self.subitem)

    @cached_property
    def topics(self) -> list[str]:
        return list(dict.fromkeys(a.topic for a in self.assignments))


@dataclass
class TopicAssignments:
    """Every item and sub-item of a corpus with its topics, and those that matched nothing."""

    units: list[UnitAssignment] = field(default_factory=list)
    unmatched: list[UnitAssignment] = field(default_factory=list)
    # topic -> the units that discuss it, in corpus order
    by_topic: dict[str, list[UnitAssignment]] = field(default_factory=dict)

    _timelines: dict[str, list[tuple[dt.date, str, str, UnitAssignment]]] = field(
        default_factory=dict, repr=False
    )
    _by_record: dict[int, list[UnitAssignment]] = field(default_factory=dict, repr=False)

    def timeline(self, topic: str) -> list[tuple[dt.date, str, str, UnitAssignment]]:
        """(meeting date, number, ref, unit) of every unit on `topic`, oldest first."""
        if topic not in self._timelines:
            rows = [
                (when, unit.record.number or "", unit.ref, unit)
                for unit in self.by_topic.get(topic, [])
                if (when := meeting_date(unit.record)) is not None
            ]
            rows.sort(key=lambda row: (row[0], row[1], _ref_key(row[2])))
            self._timelines[topic] = rows
        return self._timelines[topic]

    def add(self, unit: UnitAssignment) -> None:
        self.units.append(unit)
        self._by_record.setdefault(id(unit.record), []).append(unit)
        for topic in unit.topics:
            self.by_topic.setdefault(topic, []).append(unit)

    def units_of(self, record: OutcomeRecord) -> list[UnitAssignment]:
        """The items and sub-items of one record of the corpus, in document order."""
        return self._by_record.get(id(record), [])

    def counts(self) -> dict[str, int]:
        """How many outcomes discuss each topic."""
        seen: dict[str, set[str]] = {}
        for unit in self.units:
            for topic in unit.topics:
                seen.setdefault(topic, set()).add(unit.record.sha256)
        return {topic: len(shas) for topic, shas in seen.items()}

    def entry_counts(self) -> dict[str, int]:
        """How many history entries (items and sub-items) each topic has."""
        return {topic: len(units) for topic, units in self.by_topic.items()}


def _ref_key(ref: str) -> tuple:
    """ "item 10(b)" after "item 9": numbers compared as numbers."""
    match = re.match(r"item (\d+)(?:\((\w+)\))?", ref)
    return (int(match[1]), match[2] or "") if match else (10**6, ref)


def meeting_partner(record: OutcomeRecord) -> str | None:
    """The other side of the dialogue named in the meeting's title: "EU-Ukraine ..." -> "Ukraine"."""
    return series_of(meeting_title(record))


def series_of(meeting: str) -> str | None:
    """The partner a meeting's title names, as a pair or as a group of partners: "EU-US JHA
    Ministerial" -> "US", "Eastern Partnership Ministerial Meeting" -> "Eastern"."""
    group = _PARTNER_GROUP.search(meeting)
    return partner_of(meeting) or (group[1] if group else None)


# The other side of a dialogue, however the title names the pair: "EU-US", "EU Troika -
# Ukraine", "Ukraine-EU", "between the EU and Canada", "UE-Moldavie", "entre la troïka de
# l'Union européenne et l'Ukraine", "UE-Géorgie", "UE-États-Unis".
_PARTNER_NAME = r"(U\.\s?S\.|United\s+States|[ÉE]tats-Unis|[A-ZÀ-ÖØ-Þ][^\W\d_]+)"
_PARTNER = [
    re.compile(rf"\b(?:EU|UE)(?:\s+Troika)?\s*[-–—]\s*{_PARTNER_NAME}"),
    re.compile(rf"\b{_PARTNER_NAME}\s*[-–—]\s*(?:EU|UE)\b"),
    re.compile(
        rf"\b(?:EU|European\s+Union|Union\s+européenne|UE)(?:\s+Troika)?\s+(?:and|et)\s+"
        rf"(?:the\s+|l['’]|la\s+|le\s+)?{_PARTNER_NAME}"
    ),
]
# A meeting of a group of partners with the Union is a dialogue with them, named with or
# without the pair ("Eastern Partnership Ministerial Meeting on Justice and Home Affairs": the
# series of "EU-Eastern Partnership" meetings); an item so titled names the partners of a
# meeting of the Union's own bodies, each one
_PARTNER_GROUP = re.compile(
    r"\b(Eastern|Western|Partenariat|Balkans)\s+(?:Partnership|Balkans|oriental|occidentaux)\b"
)


def partner_of(title: str) -> str | None:
    """ "EU-US JHA Ministerial" -> "US", "EU – Canada SOM" -> "Canada"; None for no EU pair."""
    for pattern in _PARTNER:
        match = pattern.search(title)
        if match and match[1] not in {"EU", "UE", "JHA", "JAI", "Member"}:
            name = match[1].replace(".", "").replace(" ", "")
            return "US" if name in {"US", "UnitedStates", "États-Unis", "Etats-Unis"} else match[1]
    return None


def assign_topics(corpus: Corpus, taxonomy: Taxonomy) -> TopicAssignments:
    """Match every item and sub-item of the corpus to topics (computed once per taxonomy)."""
    key = f"assignments:{taxonomy.fingerprint()}"
    if key not in corpus._memo:
        with paused_gc():
            corpus._memo[key] = _assign(corpus, taxonomy)
    return corpus._memo[key]


@cache  # read once, when a process first asks for topics, not at every start-up
def _matcher_code() -> str:
    """A hash of the matcher's code: its rules live there as much as in topics.yaml, so
    topics kept in a cache by another release (or a local edit) are not served."""
    sources = (packgen.topics.__file__, packgen.summary.__file__, __file__)
    return hashlib.sha256(b"".join(Path(f or "").read_bytes() for f in sources)).hexdigest()[:16]


def assignment_key(taxonomy: Taxonomy) -> str:
    """The corpus-cache key of every unit's topics: this taxonomy read by this matcher."""
    return f"topics:{taxonomy.fingerprint()}:{_matcher_code()}"


def _assign(corpus: Corpus, taxonomy: Taxonomy) -> TopicAssignments:
    """Every unit's topics: read from the cache for the records matched before, else computed.

    Reading every text costs about a millisecond per outcome; the cache keeps the result per
    record and taxonomy, so the first query of a process only decodes it.
    """
    result = TopicAssignments()
    titles: dict = {}  # each distinct title matched once per meeting scope
    key = assignment_key(taxonomy)
    kept_topics = corpus.derived(key)
    fresh: dict[str, str] = {}
    for record in corpus.records:
        kept = corpus.summaries.get(record.sha256, {})
        payload = kept_topics.get(record.sha256)
        matched = _decode(payload) if payload else _match_record(record, taxonomy, titles)
        if payload is None:
            fresh[record.sha256] = _encode(matched)
        units = iter(matched)
        for item in record.items:
            own, speaks = next(units)
            subs = [
                UnitAssignment(record, item, sub, next(units)[0], kept.get(unit_ref(item, sub)))
                for sub in item.subitems
            ]
            unit = UnitAssignment(record, item, None, own, kept.get(unit_ref(item)))
            for each in (unit, *subs):
                result.add(each)
            if speaks and not own:
                result.unmatched.append(unit)
            result.unmatched.extend(s for s in subs if not s.assignments)
    corpus.keep_derived(key, fresh)
    return result


Matched = list[tuple[tuple[Assignment, ...], bool]]


def _sub_texts(item: Item) -> list[str]:
    return [f"{sub.title} {sub.text}" for sub in item.subitems]


def _match_record(record: OutcomeRecord, taxonomy: Taxonomy, titles: dict) -> Matched:
    """(assignments, speaks) per item then its sub-items, in document order."""
    codes = record.subject_codes
    # the meeting's title names the dialogue partner (topics.yaml `partners`); a title that
    # names no "EU-X" dialogue holds no topic back
    meeting = meeting_title(record) if meeting_partner(record) else None
    base = meeting_scope(taxonomy, meeting, meeting_date(record))
    # (the agencies it is held with are parties there, partner or none: "Frontex-CBP staff talks")
    if not base.parties and (parties := meeting_parties(meeting_title(record))):
        base = replace(base, parties=parties)
    # a meeting of experts on one file: its items that name no file are strands of it
    file = meeting_file(meeting_title(record), taxonomy, titles, base)
    # ... and of a review of one agreement, every item is that file's, whatever else it names
    review = bool(file) and reviews_one_file(meeting_title(record))
    out: Matched = []
    for item in record.items:
        # a working party's item titled by a partner is that partner's dialogue
        scope = (
            another_partners_item(taxonomy, base, item.title)
            if meeting
            else item_scope(taxonomy, base, item.title, partner_of(item.title))
        )
        lead = unit_text(item)
        # an item titled by "the war" its text puts a name to is about that war
        scope = war_scope(taxonomy, scope, item.title, " ".join([lead, *_sub_texts(item)]))
        # an item whose lead only announces its sub-items speaks through them
        speaks = not item.subitems or is_substantive(lead)
        own_scope = scope if meeting else unit_scope(taxonomy, scope, item.title, lead)
        own = (
            tuple(match_item(item.title, lead, taxonomy, codes, titles, scope=own_scope))
            if speaks
            else ()
        )
        subs = []
        for sub in item.subitems:
            # ... and so is a sub-item titled by one ("Eastern Partnership countries > Moldova")
            sub_scope = (
                another_partners_item(taxonomy, scope, sub.title)
                if meeting
                else unit_scope(
                    taxonomy,
                    item_scope(taxonomy, scope, sub.title, partner_of(sub.title)),
                    f"{item.title} {sub.title}",
                    sub.text,
                )
            )
            sub_scope = war_scope(taxonomy, sub_scope, sub.title, sub.text, item.title)
            found = match_item(
                sub.title, sub.text, taxonomy, codes, titles, item.title, scope=sub_scope
            )
            subs.append(tuple(found))
        if own and names_its_subitems(lead, own, subs):
            own, speaks = (), False
        subs = _going_on(item, subs)
        if speaks:
            own = with_the_meetings_file(item.title, own, file, review, lead)
        if file and not frames_a_meeting(item.title):  # (not the sub-items of other business)
            subs = [
                with_the_meetings_file(sub.title, found, file, review, sub.text)
                for sub, found in zip(item.subitems, subs, strict=True)
            ]
        # (an item titled by one thing of two topics, "Terrorist Finance Tracking Program", is
        # that thing in every sub-item, and so is one titled by two things of one topic,
        # "Migration and asylum": only a title naming things of different topics, "PNR and
        # TFTP", shares them out)
        shared = bool(subs) and len(things_titled(item.title, taxonomy, titles, scope)) >= 2
        out.append((_lead_shared_out(own, subs) if shared else own, speaks))
        out.extend((found, True) for found in (_shared_out(subs, taxonomy) if shared else subs))
    return out


# The title of a sub-item that only says what comes next on the file before it ("(b) Next
# steps", "Follow-up", "Prochaines étapes")
_NEXT_STEPS = re.compile(
    r"^\W*(?:next\s+steps?|follow[\s-]?up|way\s+forward|further\s+steps|the\s+way\s+ahead"
    r"|prochaines?\s+étapes?|suites?(?:\s+à\s+donner)?|suivi)\W*$",
    re.IGNORECASE,
)


def _going_on(item: Item, subs: list[tuple[Assignment, ...]]) -> list[tuple[Assignment, ...]]:
    """A "Next steps" sub-item that names no file goes on with the one before it: under
    "Travel information systems", "(a) State of play" on ETIAS, then "(b) Next steps": "The
    Commission will share the technical description of the screening rules once drafted"."""
    out: list[tuple[Assignment, ...]] = []
    for sub, found in zip(item.subitems, subs, strict=True):
        if not found and out and out[-1] and _NEXT_STEPS.match(sub.title):
            found = tuple(replace(a, where="sub-item before", hits=0) for a in out[-1])
        out.append(found)
    return out


def _lead_shared_out(
    own: tuple[Assignment, ...], subs: list[tuple[Assignment, ...]]
) -> tuple[Assignment, ...]:
    """The lead of an item titled by several topics keeps those its own text names: under
    "Electronic evidence and data protection", a lead on the e-evidence Regulation is not
    data protection when a sub-item takes data protection up."""
    taken_up = {a.topic for found in subs for a in found if a.where != "parent title"}
    return tuple(a for a in own if a.where != "title" or a.hits or a.topic not in taken_up)


def _shared_out(
    subs: list[tuple[Assignment, ...]], taxonomy: Taxonomy
) -> list[tuple[Assignment, ...]]:
    """The sub-items of an item titled by several topics share them out: under "Organised
    crime and terrorism", a sub-item "Terrorist threat" takes terrorism, and its sibling
    "Drug cartels" does not inherit it. (An item titled by one topic, "Data protection", is
    that topic in every sub-item, so it is not shared out; and an event's strands still
    inherit the event: each sub-item of a war's item is a consequence of the war.)"""
    titled = [{a.topic for a in found if a.where == "title"} for found in subs]
    kept = []
    for index, found in enumerate(subs):
        siblings = set().union(*(t for i, t in enumerate(titled) if i != index))
        kept.append(
            tuple(
                a
                for a in found
                if not (
                    a.where == "parent title"
                    and a.topic in siblings
                    and (topic := taxonomy.get(a.topic)) is not None
                    and not topic.since
                )
            )
        )
    return kept


#: a lead longer than this says something of its own, even when it names its sub-items' topics
ANNOUNCING_LEAD_MAX_WORDS = 30
# The words of a lead that lays out what follows ("The discussion covered ...", "Two points
# were raised: ...", "Les délégations ont abordé ..."); a lead without them states a fact of
# its own ("The Presidency recalled that temporary protection ... had been extended until 4
# March 2024.")
_LAYS_OUT = re.compile(
    r"\b(?:covered|covers|cover|concerned|concerns|focused|focuses|addressed|dealt\s+with|turned\s+to"
    r"|took\s+up|taken\s+up|examined|discussed|debated|comprised|included|touched\s+(?:up)?on"
    r"|looked\s+at|devoted|dedicated|reviewed|raised|considered|exchanged|two|three|four|several"
    r"|following|both|points?|aspects?|questions|issues|strands|parts|sessions?|topics|subjects"
    r"|porté|portait|portaient|couvert|examiné|abordé|discuté|débattu|consacrée?s?|évoqué|passé\s+en"
    r"\s+revue|deux|trois|quatre|plusieurs|suivants?|suivantes?|sujets|thèmes)\b",
    re.IGNORECASE,
)


def names_its_subitems(
    lead: str, own: Sequence[Assignment], subs: Sequence[Sequence[Assignment]]
) -> bool:
    """A one-sentence lead that lays out what follows (_LAYS_OUT) and names two topics or
    more, each taken up by a sub-item, lists the sub-items' areas and says no more.

    ("The discussion covered the negotiations on electronic evidence and lawful access to
    encrypted data.", then a sub-item on each.) A longer lead, one that discusses a single
    topic ("The US described the threat from ISIL."), or one naming a topic no sub-item
    takes up, is a unit of its own.
    """
    sentences = split_sentences(lead)
    if not subs or len(sentences) != 1 or len(lead.split()) > ANNOUNCING_LEAD_MAX_WORDS:
        return False
    if not _LAYS_OUT.search(lead):
        return False
    taken_up = {a.topic for found in subs for a in found}
    named = {a.topic for a in own if a.hits}
    return len(named) >= 2 and all(a.topic in taken_up for a in own)


def _encode(matched: Matched) -> str:
    return json.dumps([[speaks, [list(astuple(a)) for a in found]] for found, speaks in matched])


def _decode(payload: str) -> Matched:
    return [
        (tuple(Assignment(*a[:7], codes=tuple(a[7])) for a in found), speaks)
        for speaks, found in json.loads(payload)
    ]


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
    before: dt.date | None = None,
) -> list[HistoryEntry]:
    """One entry per item or sub-item that discusses `topic`, oldest meeting first.

    `since` keeps meetings on or after that day, `before` those before it, and `limit`
    the latest N meetings (all of their entries).
    """
    check_topic(taxonomy, topic)
    assigned = assign_topics(corpus, taxonomy)
    rows = assigned.timeline(topic)
    if since is not None:
        rows = rows[bisect.bisect_left(rows, since, key=itemgetter(0)) :]
    if before is not None:
        rows = rows[: bisect.bisect_left(rows, before, key=itemgetter(0))]
    if limit is not None:
        meetings = list(dict.fromkeys((row[0], row[1]) for row in rows))[-limit:] if limit else []
        kept = set(meetings)
        rows = [row for row in rows if (row[0], row[1]) in kept]
    with paused_gc():  # thousands of small models: a full GC pass would cost more than them
        return [_entry(topic, row[3], _summary(topic, row[3], assigned, taxonomy)) for row in rows]


def _summary(
    topic: str, unit: UnitAssignment, assigned: TopicAssignments, taxonomy: Taxonomy
) -> str:
    """The unit's summary kept at index time, unless it is shared and needs a topic focus."""
    prefer = _focus(topic, unit, taxonomy)
    if prefer is None and unit.summary is not None:
        return unit.summary
    return summarise(unit.text, prefer=prefer, title=unit.title)


def _entry(topic: str, unit: UnitAssignment, summary: str) -> HistoryEntry:
    record = unit.record
    start = meeting_date(record)
    assert start is not None
    end = record.meeting.end if record.meeting else None
    # validated from one nested dict: a third faster than HistoryEntry(...) with a Citation(...),
    # which counts when a query lists thousands of entries
    return HistoryEntry.model_validate(
        {
            "topic": topic,
            "date": start,
            "end": end if end and end != start else None,
            "meeting": meeting_title(record),
            "place": _meeting_place(record),
            "title": unit.title,  # as printed in the source, never completed
            "summary": summary,
            "text": unit.text,
            "citation": citation_fields(record, unit.ref),
            "assignment": next((a.explain() for a in unit.assignments if a.topic == topic), None),
        }
    )


def meeting_date(record: OutcomeRecord) -> dt.date | None:
    return (record.meeting.start if record.meeting else None) or record.date


def meeting_title(record: OutcomeRecord) -> str:
    return (record.meeting.title if record.meeting else None) or record.subject or ""


def _meeting_place(record: OutcomeRecord) -> str | None:
    return (record.meeting.place if record.meeting else None) or record.place


def citation(record: OutcomeRecord, ref: str) -> Citation:
    return Citation.model_validate(citation_fields(record, ref))


def citation_fields(record: OutcomeRecord, ref: str) -> dict:
    return {
        "number": record.number,
        "marking": record.marking,
        "source": record.source,
        "item": ref,
        "subject_codes": record.subject_codes,  # validation copies the list
    }


def _focus(topic: str, unit: UnitAssignment, taxonomy: Taxonomy) -> Callable[[str], bool] | None:
    """Which sentences may summarise `unit` under `topic`, when the unit has several topics.

    An item on "migration and visa reciprocity" summarises, under each topic, by the
    sentences that name it.
    """
    if len(unit.topics) <= 1:
        return None

    def accept(sentence: str) -> bool:
        return topic in mentioned_topics(sentence, taxonomy)

    return accept
