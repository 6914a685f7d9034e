"""Due dates: a sentence and the day it was said in, the last day of the time it names out.

Time phrases in English and French ("by mid-2019", "au premier semestre de 2010", "under
the Belgian Presidency", "within six months") are read as the last day of their period;
`due_date` keeps the one a commitment's act is due by (packgen.followups finds where the
commitment stands). Every phrasing is tested in tests/test_followups.py.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from packgen import i18n
from packgen.eudates import prose_month
from packgen.gated import GatedPattern, gated, lowered
from packgen.presidency import calendar_span, load_calendar
from packgen.topics import PREREQUISITE_OPENER


def due_date(
    sentence: str, made: dt.date, act_at: int = 0, before: str = "", ended: dt.date | None = None
) -> dt.date | None:
    """The last day of the period a commitment names as when its act is due, or None.

    "will host the next meeting in June 2024" -> 30 June 2024; "by mid-2019" -> 31 July
    2019; "d'ici la fin de 2014" -> 31 December 2014; "in the autumn" (no year) -> the next
    30 November from `made`, the meeting day. The times that count are those of the clause
    carrying the commitment and any fronted before it ("By the end of 2026, each partner
    will ..."), not a setting ("In the spirit of the declaration of May 2018, ..."); "by
    then" takes the time named before it; a time in a condition ("once the text is
    finalised in June", up to its comma) is the condition's, not the act's. Of those, the
    earliest not before `made`: a sentence committing to two acts is due when its first act
    is, and a past date is none. `act_at` is where the committing words begin; `before` is
    the text said before the sentence, which "before that date" or "at that meeting" may
    point back to; `ended` is the meeting's last day, from which a period ("within four
    weeks") runs.
    """
    times = named_times(sentence, made, ended)
    start = _clause_start(sentence, act_at)
    conditions = [
        (m.start(), _condition_end(sentence, m.end()))
        for regex in (_CONDITION, _IF)
        for m in regex.finditer(sentence)
    ]
    # ... and a relative clause after the act describes its object, with the object's time
    conditions += [
        (m.start(), _clause_end(sentence, m.end()))
        for regex in (_DESCRIBING, _ANOTHER_FORECAST)
        for m in regex.finditer(sentence)
        if m.start() > act_at
    ]
    # ... and so does a time set off by commas after the object, when the act has its own
    conditions += [
        (m.start(), m.end())
        for m in _OBJECTS_TIME.finditer(sentence)
        if m.start() > act_at and any(t.start >= m.end() for t in times)
    ]
    due = [
        _resolved(time, times)
        for time in times
        if (
            time.start >= start
            or (_fronted(sentence, time.start) and not _past_clause(sentence, time.start, start))
        )
        and not any(a <= time.start < b for a, b in conditions)
        and not _past_or_a_start(sentence, time.start)
        and not _opens_a_range(sentence, time, times)
        and not _DATED_TEXT.search(sentence, 0, time.start)
        and not _AN_EVENT_OF_A_YEAR.search(sentence, 0, time.stop)
        and not _data_period(sentence, time.start)
        and not _end_of_a_term(sentence, time)
        and not _restated(sentence, time, times)
    ]
    found = min((d for d in due if d is not None and d >= made), default=None)
    if found is None:
        found = _antecedent_time(sentence, start, times, made)
    if found is not None:
        return found
    return _pointed_back(sentence, start, before, made, conditions)


# A commitment in a relative clause on a dated meeting is due at that meeting ("the
# Ministerial Meeting of 2 June in Amsterdam, which both sides intend to use for the signature")
_DATED_ANTECEDENT = re.compile(
    r"\b(?:meeting|ministerial|conference|summit|session|round|workshop|visit|forum|council"
    r"|réunion|conférence|sommet)\b(?P<named>[^,;]{0,60}?),\s*(?:which|at\s+which|where"
    r"|during\s+which|on\s+which|que|qu['’]|où|lors\s+de\s+laquelle)\s*$",
    re.I,
)


def _antecedent_time(
    sentence: str, start: int, times: list[NamedTime], made: dt.date
) -> dt.date | None:
    """The time of the dated meeting a relative clause opening at `start` hangs on, if any."""
    antecedent = _DATED_ANTECEDENT.search(sentence, 0, start)
    if antecedent is None:
        return None
    low, high = antecedent.span("named")
    dates = [_resolved(time, times) for time in times if low <= time.start and time.stop <= high]
    # (a meeting months away is read as a past one rolled over a year: "the meeting of 2 March,
    # which both sides intend to repeat", said in May, is March gone)
    soon = made + dt.timedelta(days=ANTECEDENT_DAYS)
    return min((d for d in dates if d is not None and made <= d <= soon), default=None)


ANTECEDENT_DAYS = 183

# An act timed by pointing back at a time or a dated meeting named before it, in the sentence
# before or earlier in its own ("The Directive must be transposed by 20 May. Eurojust will
# send an overview before that date."; "the session opening on 29 July, and both sides agreed
# to coordinate before that session"), is due then.
# (what a meeting is called: "that session", "the concluding session of the Ad Hoc Committee")
_MEETING_NOUNS = (
    r"meeting|session|round|forum|summit|conference|ministerial|council|plenary|workshop"
    r"|seminar|vote|réunion|sommet|conférence|conseil|plénière|atelier|séminaire|scrutin"
    # ("... the parliamentary elections of 28 September. The Union intends to deploy a team
    # before these elections.")
    r"|elections?|élections?|referendum|référendum"
)
_AT_THAT_MEETING = re.compile(
    r"\b(?:at|before|during|for|in|by|until|avant|lors\s+de|à|pendant|pour|d['’]ici)\s+"
    rf"(?:that|these|those|cette|cet|ce|ces)\s+(?:[^\W\d_]+\s+)?(?P<noun>{_MEETING_NOUNS}|occasion)\b"
    # ... or "the" meeting, said last in the clause, when one was named with its date before
    # ("The US and the Commission looked ahead to the WePROTECT summit in London on 10-11
    # December. ... Both sides will table a joint statement at the summit.")
    r"|\b(?:at|before|during|avant|lors\s+du|au)\s+(?:the\s+|le\s+)?(?P<the>summit|conference|forum"
    r"|sommet)(?=\s*(?:[.;]|$))",
    re.I,
)
# ("six weeks before that meeting" counts from a day the text does not give)
_OFFSET = re.compile(r"\b(?:weeks?|days?|months?|semaines?|jours?|mois)\s*$", re.I)
# the meeting pointed at is the one named with its day ("the concluding session of the Ad Hoc
# Committee in New York from 29 January 2024")
_MEETING_WORD = re.compile(rf"\b(?:{_MEETING_NOUNS})\b", re.I)
# "before the current rules expire", "avant l'expiration du règlement", "before it enters
# into force": the day the text before said it would ("due to expire on 3 August 2024")
_BEFORE_IT_LAPSES = re.compile(
    r"\b(?:(?:before|by\s+the\s+time|avant\s+que)\s+(?:[\w'’-]+\s+){0,4}?|avant\s+)"
    r"(?P<event>expir\w*|laps\w*|enters?\s+into\s+force|n['’]expire\w*|l['’]expiration"
    r"|l['’]entrée\s+en\s+vigueur)",
    re.I,
)
# ... said right before the day ("due to expire on 3 August 2024", "expire le 3 août")
_EXPIRES_ON = re.compile(r"\b(?:expir|laps)\w*\s+(?:\S+\s+){0,2}$", re.I)
_ENTERS_INTO_FORCE_ON = re.compile(
    r"\b(?:enter\w*|entry|entr\w+)\s+(?:into\s+force|en\s+vigueur)\s+(?:\S+\s+){0,2}$", re.I
)
_A_DAY = re.compile(r"(?<!\d)\d{1,2}(?:er)?(?!\d)")
MEETING_NAMED_WITHIN = 90


def _pointed_back(
    sentence: str, start: int, before: str, made: dt.date, conditions: list[tuple[int, int]]
) -> dt.date | None:
    """The time "before that date", "at that meeting" or "before the rules expire" in the
    act's clause points back to; not one in a condition ("if it is not in force by then")."""
    pointers = [
        m
        for regex in (_BY_THEN, _AT_THAT_MEETING, _BEFORE_IT_LAPSES)
        for m in regex.finditer(sentence)
        if (m.start() >= start or _fronted(sentence, m.start()))
        and not any(a <= m.start() < b for a, b in conditions)
        and not _OFFSET.search(sentence, 0, m.start())
    ]
    if not pointers:
        return None
    pointer = min(pointers, key=lambda m: m.start())
    context = f"{before} {sentence[: pointer.start()]}"
    found = [
        time.end_of
        for time in named_times(context, made)
        if time.end_of is not None
        and time.end_of >= made
        and not _dates_a_thing_done(context, time.start)
        and _what_it_points_at(pointer, context, time)
    ]
    return found[-1] if found else None


def _what_it_points_at(pointer: re.Match[str], context: str, time: NamedTime) -> bool:
    """Whether `time` is what the pointer names: any time for "that date", the day of a
    meeting for "that meeting", the day the same thing lapses for "before it expires"."""
    if pointer.re is _AT_THAT_MEETING:
        return _a_dated_meeting(context, time, pointer["noun"] or pointer["the"])
    if pointer.re is _BEFORE_IT_LAPSES:
        lapses = re.search(r"expir|laps", pointer["event"], re.I) is not None
        said = _EXPIRES_ON if lapses else _ENTERS_INTO_FORCE_ON
        return said.search(context, 0, time.start) is not None
    return True


def _dates_a_thing_done(sentence: str, at: int) -> bool:
    """Whether the time at `at` dates a thing done ("the derogation expired on 2 February");
    one that opens a period ("à compter du 8 septembre") still names a day to point back to.
    An event the act is done at is to come ("will present it at a workshop organised in
    Washington in June", "lors d'un atelier organisé à Washington en juin")."""
    past = _PAST_EVENT.search(sentence, 0, at)
    return (
        past is not None
        and not _CAUSATIVE.search(sentence, 0, at)
        and not _AT_AN_EVENT.search(sentence, 0, past.start())
    )


# An event named with "a" after "at" or "during" ("at a workshop", "lors d'un atelier"): the
# act is done at it, so its participle ("held", "organisé") dates no thing done
_AT_AN_EVENT = re.compile(
    r"\b(?:at|during|lors\s+d['’]|au\s+cours\s+d['’]|à)\s*(?:a|an|un|une)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:workshop|meeting|conference|seminar|event|session|forum|visit|atelier|réunion|conférence"
    r"|séminaire|visite)\s+$",
    re.IGNORECASE,
)


def _a_dated_meeting(context: str, time: NamedTime, noun: str) -> bool:
    """Whether `time` is the day of a meeting named just before it ("the meeting of 13 November")."""
    if _A_DAY.search(context, time.start, time.stop) is None:
        return False
    return noun.lower() == "occasion" or bool(
        _MEETING_WORD.search(context, max(0, time.start - MEETING_NAMED_WITHIN), time.start)
    )


# "before the end of its term on 31 December": the date said after a period names its end
_ON = re.compile(r"\s+(?:on|le)\s+(?=\d)", re.I)


def _restated(sentence: str, time: NamedTime, times: list[NamedTime]) -> bool:
    """Whether a date said right after `time` ("... its term on 31 December") restates it."""
    on = _ON.match(sentence, time.stop)
    return on is not None and any(t.start == on.end() for t in times)


def _opens_a_range(sentence: str, time: NamedTime, times: list[NamedTime]) -> bool:
    """Whether `time` is the start of "from <time> to <time>": another time follows it there."""
    to = _RANGE_TO.match(sentence, time.stop) or _DAY_AND.match(sentence, time.stop)
    return to is not None and any(t.start == to.end() for t in times)


@dataclass(frozen=True)
class NamedTime:
    """A time a sentence names: where it stands, and the last day of its period.

    `end_of` is None for "by then" / "d'ici là", which points back to the time before it.
    """

    start: int
    stop: int
    end_of: dt.date | None


# A time that says what period a piece of work covers ("its risk analysis for the spring of
# 2012", "le programme de travail pour 2014") is no deadline for it.
_PERIOD_COVERED = re.compile(
    r"\b(?:analysis|analyses|assessment|report|forecast|outlook|plan|programme|program|budget"
    r"|figures|statistics|calendar|priorities|analyse|rapport|prévisions|programme\s+de\s+travail"
    r"|priorités|calendrier|statistiques)\s+(?:for|of|pour)\s+(?:the\s+|l['’]\s*|le\s+|la\s+)?$",
    re.I,
)


def _past_or_a_start(sentence: str, at: int) -> bool:
    """Whether the time at `at` dates a thing done ("the plan endorsed in May") or opens a
    period ("after March 2026", "since 24 February"); a deadline's own word closes either ("a
    crisis protocol for content after attacks by October", "its figures since the change by
    September")."""
    if _DEADLINE.match(sentence, at):
        return False
    if _PERIOD_COVERED.search(sentence, 0, at):
        return True
    return bool(_OPENS_A_PERIOD.search(sentence, 0, at)) or _dates_a_thing_done(sentence, at)


def named_times(sentence: str, made: dt.date, ended: dt.date | None = None) -> list[NamedTime]:
    """Every time phrase of `sentence`, in order; of overlapping phrases the longest.

    "5 December 2012" is one day, not also the month "December 2012"; "early in 2024" is
    30 April, not also "in 2024". A period ("within four weeks") runs from `ended`, the
    meeting's last day, when given.
    """
    found: list[NamedTime] = []
    # (a pledge to act "within two weeks" of a two-day meeting counts from its close, as the
    # labelled sets of such meetings do, 18 of the 27 pledges that a period of weeks or months
    # makes due a day apart)
    closed = max(ended, made) if ended is not None else made
    lower = lowered(sentence)
    for patterns, read in _TIMES:
        since = closed if read is _within else made
        for gate in patterns:
            if not gate.may_match(sentence, lower):  # most sentences name no time of most kinds
                continue
            pattern, at = gate.whole, 0
            while (match := pattern.search(sentence, at)) is not None:
                end_of = read(match, since, sentence)
                if end_of is not None:
                    found.append(NamedTime(match.start(), match.end(), end_of))
                    at = match.end()
                else:  # "d'ici fin" is no month: "fin juin", inside it, may be one
                    at = match.start() + 1
    found += [NamedTime(m.start(), m.end(), None) for m in _BY_THEN.finditer(sentence)]
    kept: list[NamedTime] = []
    for time in sorted(found, key=lambda t: (t.start - t.stop, t.start)):
        if all(time.stop <= k.start or time.start >= k.stop for k in kept):
            kept.append(time)
    return sorted(kept, key=lambda t: t.start)


def _resolved(time: NamedTime, times: list[NamedTime]) -> dt.date | None:
    if time.end_of is not None:
        return time.end_of
    before = [t.end_of for t in times if t.stop <= time.start and t.end_of is not None]
    return before[-1] if before else None


def _clause_start(sentence: str, at: int) -> int:
    """The start of the clause holding position `at`: after its last comma, "that", "which" ...

    Not after "and": the subject of the commitment may join two things ("the meeting planned
    for June and the workshop will be held in Rome").
    """
    bounds = [m.end() for m in _CLAUSE_BOUNDARY.finditer(sentence) if m.end() <= at]
    return bounds[-1] if bounds else 0


# A condition's own time may follow it after a comma: it is still the condition's ("once the
# Council has settled its position, expected in April", "une fois le mandat adopté, attendu en
# juin")
_CONDITIONS_TIME = re.compile(
    r",\s*(?:which\s+is\s+|qui\s+est\s+)?(?:expected|due|scheduled|planned|foreseen"
    r"|attendue?s?|prévue?s?|annoncée?s?)\b",
    re.I,
)


def _condition_end(sentence: str, at: int) -> int:
    """The end of a condition opened at `at`, with the time a comma gives it after."""
    end = _clause_end(sentence, at)
    if _CONDITIONS_TIME.match(sentence, end):
        end = _clause_end(sentence, end + 1)
    return end


def _clause_end(sentence: str, at: int) -> int:
    """The end of the clause running from `at`: its next comma or semicolon, else the end."""
    found = _CLAUSE_END.search(sentence, at)
    return found.start() if found else len(sentence)


# The words of a fronted time's opener besides the time itself ("Avant la fin du mois de mai,
# ...", "D'ici à la fin de l'année, ...", "By the end of the month of May, ...")
_TIME_OPENER = frozenset(
    ["by", "before", "until", "avant", "jusqu", "d", "ici", "in", "at", "during", "en", "dès"]
)
_OPENER_WORDS = _TIME_OPENER | frozenset(
    ["the", "of", "a", "la", "le", "les", "du", "de", "des", "l", "à", "au", "aux", "mois"]
    + ["month", "end", "fin", "middle", "milieu", "début", "beginning", "start", "cours"]
)


def _fronted(sentence: str, at: int) -> bool:
    """A time the sentence opens with: "By mid-2024, ...", "In June the Presidency will ...",
    "Avant la fin du mois de mai, ..."."""
    words = re.findall(r"[\w-]+", sentence[:at].lower())
    return len(words) <= 3 or (words[0] in _TIME_OPENER and all(w in _OPENER_WORDS for w in words))


def _past_clause(sentence: str, at: int, act: int) -> bool:
    """Whether a semicolon stands between a time and the act's clause: the time opened a
    clause of its own ("In June the Commission presented its roadmap; it will present ...")."""
    return ";" in sentence[at:act]


# The words that open a deadline: a period a time opens ends where one of them stands.
_DEADLINE_WORD = r"(?:by|before|until|avant|jusqu|d['’]ici)\b"
# A time after "after" or "beyond" opens a period ("any decision on the period after March
# 2026"): it is no deadline.
# ... and so does the time of an event after which the act comes ("after the US presidential
# election of November", "après l'élection présidentielle de novembre").
_OPENS_A_PERIOD = re.compile(
    # (not past a deadline's own word: "the retention after departure ... before the
    # Ministerial Meeting of 17 November", "the period after 3 April 2026 before the end of")
    # (nor past a time of its own: "options for the period after 2024 at the meeting in December")
    rf"\b(?:after|beyond|après|au-delà)(?:\s+(?!(?:that|and|which|que|et|qui)\b|{_DEADLINE_WORD}|\d{{4}}\b)"
    r"[^\s,;.]+){0,9}?\s*(?:\b(?:of|in|on|de|du|en|le)\s*)?$"
    # ... and so does a time things have run since ("the coordination since 24 February",
    # "depuis le 24 février"): a start, past
    # ("verified since March by the end of October": a deadline after the start is the act's)
    # (French months are written small: "depuis Tunis" is a place, "des retours depuis Tunis dans
    # un délai de quatre semaines")
    rf"|\b(?:since|depuis(?!\s+(?-i:[A-ZÉ])))(?:\s+(?!{_DEADLINE_WORD})[^\s,;.]+){{0,3}}?\s*$",
    re.I,
)
# The first time of a range ("from 26 July to 8 September", "du 3 au 7 mai") is its start:
# the act runs to the second.
# ("31 October-1 November": a dash may stand between two days with no space)
_RANGE_TO = re.compile(r"\s*(?:(?:to|until|till|through|au|à|jusqu['’](?:au|à))\s+|[-–]\s*)", re.I)
# ... and so is the first of two days ("in Valletta on 28 February and 1 March")
_DAY_AND = re.compile(r"\s*(?:and|et)\s+(?=\d)", re.I)
# The year figures or data are for is their period, not a time to send them by ("send its
# figures on refusals of entry for 2014 before the mission in February")
_DATA_WORD = (
    r"(?:figures|data|statistics|numbers|results|accounts|rates|chiffres|données|statistiques"
    r"|taux)\b"
)
_DATA_PERIOD = re.compile(
    # ("send the eTA refusal rates for Bulgarian and Romanian applicants for May and June")
    rf"\b{_DATA_WORD}(?:\s+[\w'’-]+){{0,8}}?\s+(?:for|pour)\s+(?:the\s+|la\s+|le\s+|l['’])?$"
    # ... or "of" it, right after ("les chiffres de l'été", "the figures of the summer", "leurs
    # taux de refus de 2019")
    rf"|\b{_DATA_WORD}(?:\s+(?:de|of)\s+[\w'’-]+|\s+[\w'’-]+)?\s+(?:of|de|du)\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.I,
)
# ... nor are the years a plan or strategy runs for: its name ("an evaluation of the EU
# action plan on firearms trafficking for 2020-2025", "du plan d'action ... pour 2020-2025"),
# nor the period a calendar covers ("circulate the dates of its meetings for the second
# quarter", "le calendrier des réunions pour le second semestre")
_PLAN_PERIOD = re.compile(
    r"\b(?:plans?|strateg(?:y|ies)|programmes?|programs?|roadmaps?|agendas?|frameworks?|cycles?"
    r"|stratégies?|feuilles?\s+de\s+route|cadres?|calendars?|schedules?|timetables?|dates"
    # ... or a year's budget, quota or ceiling ("échanger leurs programmes de réinstallation
    # pour 2017", "the refugee admissions ceiling for 2018")
    r"|calendriers?|budgets?|quotas?|ceilings?|plafonds?)"
    r"(?:\s+(?!(?:will|would|shall|is|are|runs?|to|sera|seront)\b)"
    r"[\w'’-]+){0,10}?\s+(?:for|pour)\s+(?:the\s+|la\s+|le\s+"
    r"|l['’]|the\s+(?:years|period)\s+|la\s+période\s+)?$",
    re.I,
)
# ... nor is a year that names a level ("keep its funding at the level of 2023 next year");
# "at expert level in September" names the level of a meeting, not a year's
_LEVEL_OF = re.compile(
    r"\b(?:the|its|their|le|son|leur)\s+levels?(?:\s+(?:of|in|for))?\s+$"
    r"|\b(?:au|son|leur)\s+niveau(?:\s+d[e'’])?\s*$",
    re.I,
)
# ... nor is the year that says which of its meetings an ordinal picks ("at the first Senior
# Officials Meeting of 2019", "the first meeting of the year", "la première réunion de 2027")
_NTH_MEETING_OF = re.compile(
    r"\b(?:first|second|third|last|final|première|premier|deuxième|dernière|dernier)\s+"
    # (the words between name the meeting, not where it is: "the second round at the meeting of")
    r"(?:(?!(?:at|in|on|of|to|for|à|de|du|des|la|le)\b)[\w'’-]+\s+){0,4}?"
    r"(?:meetings?|ministerials?|sessions?|rounds?|SOMs?|summits?|dialogues?|councils?"
    r"|conferences?|workshops?|réunions?|rencontres?|sommets?|conseils?|conférences?)\s+"
    r"(?:of|in|de|du|en)\s+(?:the\s+|l['’])?$",
    re.I,
)
# ... nor is the day a period for figures ends ("the refusal rates for the fiscal year ending on
# 30 September by the end of November", "l'exercice clos le 30 septembre")
_ENDING_PERIOD = re.compile(
    r"\b(?:year|period|quarter|semester|month|exercice|année|période|trimestre|semestre)\s+"
    r"(?:ending|ended|closing|closed|that\s+ends?|which\s+ends?|clos|close|se\s+terminant"
    r"|prenant\s+fin)\s+(?:on\s+|in\s+|le\s+|en\s+|au\s+)?$",
    re.I,
)
_PERIOD_OF = re.compile(r"(?:for|pour|of|de|du)\s", re.I)
_A_YEAR = re.compile(
    r"(?:(?:of|in|de|du|en)\s+)?(?:the\s+year\b|l['’]année\b|(?:19|20)\d{2}\b)", re.I
)
# The end of a term extended is no time to act by: "intends to extend its temporary
# protection until March 2025"
# ("will extend the arrangement by 31 December" is due then: "by" is a deadline)
_UNTIL_WORD = r"(?:until|till|through|jusqu['’](?:au|à|en)?)"
_EXTENDED_UNTIL = re.compile(
    r"\b(?:extend\w*|prolong\w*|renew\w*|prorog\w*|reconduire|reconduit\w*)\b"
    rf"(?:(?!\band\b|\bet\b)[^.;,]){{0,60}}?\s+(?P<until>{_UNTIL_WORD})?\s*$",
    re.I,
)
_UNTIL = re.compile(_UNTIL_WORD, re.I)


def _end_of_a_term(sentence: str, time: NamedTime) -> bool:
    """Whether `time` ends a term extended ("extend ... until March 2025"): "until" said
    before the time, or as the time's own first word."""
    extended = _EXTENDED_UNTIL.search(sentence, 0, time.start)
    return extended is not None and bool(
        extended["until"] or _UNTIL.match(sentence, time.start, time.stop)
    )


def _data_period(sentence: str, at: int) -> bool:
    """Whether the time at `at` is "for <year>" (or "of" it) said of figures or data named
    before it (the time read may hold its "for" or "of" or not), the years a plan runs for
    ("the action plan for 2020-2025"), the year of a level ("at the level of 2023"), the year
    in which an ordinal picks a meeting ("the first Senior Officials Meeting of 2019"), or the
    day a period for figures ends ("the fiscal year ending on 30 September")."""
    word = _PERIOD_OF.match(sentence, at)
    before = sentence[:at] + (f"{word[0].strip()} " if word else "")
    return (
        _DATA_PERIOD.search(before) is not None
        or _PLAN_PERIOD.search(before) is not None
        or _LEVEL_OF.search(sentence, 0, at) is not None
        or _ENDING_PERIOD.search(sentence, 0, at) is not None
        or (_NTH_MEETING_OF.search(before) is not None and _A_YEAR.match(sentence, at) is not None)
    )


# (the Council that adopted a text, between the text and its date)
# ("the conclusions of the extraordinary Council of 12 May", "du Conseil JAI extraordinaire")
_THE_COUNCIL = (
    r"(?:(?:European|JHA|Justice\s+and\s+Home\s+Affairs|extraordinary|informal|special)\s+){0,2}"
    r"(?:Council|Conseil)"
    r"(?:\s+(?:européen|JAI|extraordinaire|informel)){0,2}"
)
_BY_THE_COUNCIL = rf"(?:\s+(?:of\s+the|du)\s+{_THE_COUNCIL})"
# ... or that adopted it, by the Council's own date ("les conclusions adoptées par le Conseil
# JAI des 9 et 10 juin"; "to have the Directive adopted by the Council in March" is a deadline)
_ADOPTED_BY_THE_COUNCIL = rf"(?:\s+(?:adopted\s+by\s+the|adoptée?s?\s+par\s+le)\s+{_THE_COUNCIL})"
# ... or to which it went ("the progress report presented to the Justice and Home Affairs
# Council of 8-9 December", "le rapport présenté au Conseil JAI des 8 et 9 décembre")
_PRESENTED_TO_THE_COUNCIL = (
    rf"(?:\s+(?:presented|submitted)\s+to\s+the\s+{_THE_COUNCIL}"
    rf"|\s+(?:présentée?s?|soumise?s?)\s+au\s+{_THE_COUNCIL})"
)
# A time that dates a text is that text's date, not a deadline: "the communication of 25
# October", "sa proposition du 16 novembre".
_DATED_TEXT = re.compile(
    r"\b(?:communications?|proposals?|reports?|decisions?|letters?|judg(?:e)?ments?|rulings?"
    r"|conclusions|statements?|declarations?|resolutions?|opinions?|orders?|propositions?"
    r"|rapports?|lettres?|arrêts?|déclarations?|résolutions?|avis"
    # ... or any other text or plan named by its date ("the Pact of 23 September")
    r"|pacts?|strateg(?:y|ies)|regulations?|directives?|packages?|roadmaps?|recommendations?"
    r"|pactes?|stratégies?|règlements?|recommandations?"
    # ... or an event named by its date ("the Brussels attacks of 22 March", "les attentats du
    # 13 novembre")
    r"|attacks?|attentats?|bombings?|shootings?)"
    # ... or by the Council that adopted it, then its date ("the conclusions of the Council of
    # November", "les conclusions du Conseil de novembre")
    rf"(?:(?:{_BY_THE_COUNCIL}|{_ADOPTED_BY_THE_COUNCIL}|{_PRESENTED_TO_THE_COUNCIL})?\s+(?:of|du|de|des)"
    rf"|{_BY_THE_COUNCIL})\s*$"
    # ... or the outcome of a dated event, which is reported after it ("inform the Working
    # Party of the outcome of the trilogue of 1 February at its meeting of 15 February")
    r"|\b(?:outcome|results?|résultats?|issue)\s+(?:of|du|de\s+la|de\s+l['’]|des)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:trilogues?|meetings?|votes?|rounds?|sessions?|réunions?"
    r"|consultations?"
    # ("circulate in writing the outcome of the EU Internet Forum of 6 December")
    r"|forums?|summits?|sommets?|conferences?|conférences?|workshops?|seminars?|séminaires?"
    r"|ateliers?)"
    # (or one planned for a time: "the outcome of the trilogue planned for October")
    r"\s+(?:of|du|de|des|(?:planned|scheduled|foreseen|expected|prévue?s?)(?:\s+(?:for|in|pour|en))?)\s*$"
    # ... and in French with the event's time after its name and place ("rendra compte des
    # résultats du sommet WePROTECT d'Abou Dhabi, prévu les 16 et 17 novembre")
    r"|\b(?:résultats?|issue|conclusions)\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:sommet|réunion"
    r"|conférence|forum|séminaire|atelier|trilogue|vote)s?\b[^.;]{0,80}?,\s*(?:prévue?s?"
    r"|qui\s+(?:se\s+tiendra|aura\s+lieu))\s+(?:les?|du|pour\s+les?|en|à)?\s*$",
    re.I,
)
# An event named by its year is that event, not a deadline ("the FIFA World Cup of 2026", "les
# Jeux olympiques de 2024"; "before the Games in July" is one)
_AN_EVENT_OF_A_YEAR = re.compile(
    r"\b(?:cups?|coupes?|games|jeux(?:\s+olympiques)?|olympics|championships?|championnats?"
    r"|tournaments?|tournois?)\s+(?:of|de|du)\s+\d{4}\s*$",
    re.IGNORECASE,
)
# What may stand between a participle and its time: a place ("held in London on", "opened at
# Europol in January"), then "in" or "on".
_AT_A_PLACE_THEN = (
    r"\s+(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?"
    r"(?:(?:in|on)\s+)?$"
)
# ... or a text's author ("the framework published by NIST in January", "to have the
# Regulation adopted by the Council in May")
_BY_AN_AUTHOR_THEN = (
    r"\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+(?:(?:in|on)\s+)?$"
)
# A participle after these is to come ("will be signed in May", "is to be adopted in June")
_TO_COME = (
    r"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bto )(?<!\bwill )"
)
# A time that dates a thing done, by its participle ("the plan endorsed in May"), is past,
# whatever the month; "will be signed in May" and "the meeting planned for June" are to come.
_PAST_EVENT = re.compile(
    rf"{_TO_COME}"
    # (a verb whose participle is its own base: "the strategy it would put forward in October")
    r"(?<!\bwould )(?<!\bshall )(?<!\bshould )(?<!\bcould )(?<!\bmay )(?<!\bmight )(?<!\bmust )"
    # ("lessons learned" is a noun: "will hold a videoconference on lessons learned in July")
    r"(?<!\blessons )"
    r"\b(?!(?:planned|scheduled|foreseen|expected|proposed|envisaged|intended|announced"
    r"|earmarked|timed|pencilled|penciled|fixed|targeted|concerned|involved|interested|affected"
    r"|related|based|needed|required)\b)(?:[a-z]{3,}ed|held|met|set\s+up|sent|taken|given|made"
    r"|begun|won|seen|run|laid|led|struck|written|built|drawn|left"
    # ("the framework for assessing access proposals set out by the National Academies in
    # February")
    r"|set\s+out|put\s+forward|laid\s+down|drawn\s+up)"
    # ... where it took place may come between ("the Forum held in London on 29-30 April")
    rf"{_AT_A_PLACE_THEN}"
    # ... and a text's author between a text's own participle and its date ("the AI Risk
    # Management Framework published by NIST in January", "the rules adopted by the European
    # Parliament on 6 July"; not a text "as adopted by the European Council in December", nor
    # an operation "coordinated by Frontex in September", whose time is to come)
    rf"|{_TO_COME}(?<!\bas )\b(?:published|issued|released|adopted|set\s+out|put\s+forward"
    rf"|presented|tabled|signed|proposed|approved|endorsed){_BY_AN_AUTHOR_THEN}"
    # ... and in French ("la proposition de loi déposée au Congrès en mars", "l'accord signé le
    # 2 juin"); "sera présentée en mars", "doit être signé en juin" are to come
    # ("les recommandations encore ouvertes en janvier": a state that lasts, no thing done)
    r"|(?<!\bsera\s)(?<!\bseront\s)(?<!\bêtre\s)(?<!\bsoit\s)(?<!\bsoient\s)(?<!\bserait\s)"
    r"(?<!\bencore\s)(?<!\btoujours\s)"
    r"(?<!\bseraient\s)\b(?:(?:adopt|présent|dépos|sign|publi|lanc|approuv|organis|entam"
    r"|déclench|perpétr|cré|instaur|institu|inaugur)(?:é|ée|és|ées)"
    # ("le compte rendu au Groupe JAIEX le 1er décembre": a report, the noun, is no participle)
    r"|(?:commis|transmis|soumis|ouvert|tenu|(?<!\bcompte\s)rendu|conclu|mis\s+en\s+place)e?s?)"
    r"(?:\s+(?:au|aux|à\s+la|à\s+l['’]|à)\s*(?-i:[A-ZÉ])[\w'’-]+(?:\s+(?-i:[A-ZÉ])[\w'’-]+)?)?"
    r"\s+(?:(?:en|le|au\s+mois\s+de)\s+)?$",
    re.I,
)
# ... but a thing someone means to have done is to come: "intends to have the Agreement signed
# in Brussels on 28 June", "to have a bill introduced in Congress early in 2015"
_CAUSATIVE = re.compile(
    r"\b(?:to|will|would|shall)\s+(?:have|get)\s+(?:[\w'’-]+\s+){0,10}?[a-z]{3,}ed"
    # (by whom: "aims to have the Regulation adopted by the Council in May")
    rf"(?:{_BY_AN_AUTHOR_THEN}|{_AT_A_PLACE_THEN})",
    re.I,
)
# A clause ends at a comma, "that", "which" ..., or at "and" before a second act of the same
# subject ("expects the Council to act in December and will open them early next year").
_CLAUSE_BOUNDARY = re.compile(
    r"[,;:(]|\b(?:that|which|que|qu['’]|qui)\b|\b(?:and|et)\s+(?=(?:will|shall|then\s+will)\b)",
    re.I,
)
# A clause coordinated after the act that forecasts something else, with its own time ("The
# Commission will publish its findings before the end of November, and the working group's
# report was expected in October"): that time is the forecast's
_ANOTHER_FORECAST = re.compile(
    r"(?:,|;)\s*(?:and|but|while|whereas|et|mais|tandis\s+que)?\s*(?:the|a|an|its|their|le|la|les|l['’]"
    r"|son|sa|ses|leur|leurs)\s*[^,;]{0,80}?\b(?:was|were|is|are|était|étaient|est|sont)\s+"
    r"(?:(?:now|still|also|then|toujours|aussi|alors)\s+)?(?:expected|scheduled|foreseen|attendue?s?"
    r"|prévue?s?)\b"
    # ... or another side's remark, with no act of its own ("will jointly approach five
    # countries, and the US noted that the Convention's tenth anniversary falls in November")
    r"|(?:,|;)\s*(?:and|but|while|et|mais)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?(?:[\w'’-]+\s+){1,3}?"
    r"(?:noted|recalled|observed|pointed\s+out|reminded\s+\w+|a\s+rappelé|ont\s+rappelé|a\s+noté"
    r"|ont\s+noté|a\s+relevé|ont\s+relevé)\s+(?:that|que|qu['’])(?![^.;]*\b(?:will|would|shall)\b)",
    re.IGNORECASE,
)
# The object's own time between commas ("will report on the next negotiating round, planned for
# March, at the Working Party's meeting in April", "sur le prochain cycle, prévu en mars, lors
# de la réunion d'avril")
_OBJECTS_TIME = re.compile(
    r",\s*(?:planned|scheduled|foreseen|expected|due|prévue?s?|attendue?s?|programmée?s?)\s+"
    r"(?:for|in|on|pour|en|le|au|à)\b[^,;]{1,40},",
    re.I,
)
# A relative clause that describes the act's object, not the act: what that object did or
# does ("la Cour pénale internationale, dont le procureur a ouvert une enquête le 2 mars",
# "the Member States that go to the polls in 2023"), or what the act will make possible
# (", which would allow both agreements to enter into force early in 2010"); a clause that
# commits ("a group, which will report by June") is the act's.
_DESCRIBING = re.compile(
    r",\s*(?:which|whose|dont|où|where)\b(?![^,;]*\b(?:will|shall|is\s+to|are\s+to)\b)"
    r"(?=[^,;]*\b(?:had|has|have|was|were|went|allow|allows|enable|enables|permit|avait|avaient"
    r"|permettra|permettrait|permettant|(?:a|ont)\s+(?:été|eu|\w+(?:é|i|is|it|u|ert)))\b)"
    # ... or when someone hopes or expects it to happen ("once the Council has decided, which
    # the US hoped would happen before the summer of 2012")
    r"|,\s*which\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:hoped|hopes|expected|expects|thought|believed"
    r"|wished)\s+(?:would|will|could|might)\b"
    # ... or what it does, in the present or the past (", which replaces the EMCDDA in July
    # 2024", ", which met in March")
    r"|,\s*which\s+(?!(?:is|was|has|does|needs|requires|remains|will|shall|should|must|would)\b)"
    r"[a-z]{3,}(?:s|ed)\b"
    # ... or what another is bound to do with it ("a summary of the national plans, which
    # Member States are due to submit by 12 December")
    r"|,\s*(?:which|that)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:(?:are|is|were|was)\s+(?:due"
    r"|required|obliged)\s+to|must|have\s+to|has\s+to)\b"
    r"|\b(?:that|who|qui)\s+(?:go|goes|went|held|hold|holds|face|faces|have|has|had|ont|a)\s+"
    r"(?:to\s+the\s+polls|elections?|(?:already\s+)?(?:been|opened|signed|adopted|launched|set))\b"
    # ... or where the plan was made known ("in 2017, as announced at the London Summit in
    # May", "comme annoncé lors du sommet de mai")
    r"|,\s*(?:as|comme)\s+(?:(?:was|had\s+been)\s+)?(?:announced|agreed|decided|stated|promised"
    r"|pledged|set\s+out|annoncé|convenu|décidé)\s+(?:at|in|during|on|by|lors|à|au|en)\b"
    # ... or when a text was opened for signature ("its intention to sign the Protocol opened
    # for signature in May")
    # (said of the text itself; "sign it when it is opened for signature on 12 May" is due then)
    r"|\b(?:protocol|convention|agreement|treaty|instrument|protocole|accord|traité)\s+"
    r"(?:opened|ouverte?)\s+(?:for\s+signature|à\s+la\s+signature)\s+(?:in|on|at|en|le|à)\b"
    # ... or what the act rests on ("adopt its report in December, on the basis of a mission to
    # Kyiv in November", "sur la base d'une mission en novembre")
    r"|,\s*(?:on\s+the\s+basis\s+of|sur\s+la\s+base\s+d(?:e|u|es|['’]))\b"
    # ... or what prompted it ("present proposals in the coming days, following the events at
    # the border in the spring", "à la suite des attentats de novembre")
    r"|,\s*(?:(?:following|in\s+the\s+wake\s+of|in\s+response\s+to|in\s+reaction\s+to"
    r"|prompted\s+by)\s+(?:the|its|their|these|this)\b"
    r"|(?:(?:à\s+la\s+)?suite|en\s+réponse)\s+(?:aux|au|à\s+la|à\s+l['’]|des|du|de\s+la|de\s+l['’]"
    r"|à\s+ces|à\s+ses|à\s+leurs))",
    re.I,
)
# ... but a deadline after it is to come: "to have the Regulation adopted by the spring"
# (and a count of days or weeks from the meeting, which no thing done can be dated by: "exchange
# the indicators they collected within two weeks")
_DEADLINE = re.compile(r"(?:by|before|avant|d['’]ici|within)\b", re.I)
_CLAUSE_END = re.compile(r"[,;]")
_CONDITION = re.compile(PREREQUISITE_OPENER, re.I)
# ... and so does an "if" ("in good time if the negotiations could not be concluded before
# April 2026"), but not the "if possible" that softens the act's own time
_IF = re.compile(
    r"\b(?:if|unless|si|sauf\s+si)\b(?!\s+(?:possible|necessary|needed|required|appropriate"
    r"|feasible|nécessaire|besoin|possible))",
    re.I,
)
_BY_THEN = re.compile(
    r"\b(?:(?:by|before)\s+then|(?:by|before)\s+that\s+(?:time|date)"
    r"|d['’]ici\s+(?:là|cette\s+date)|avant\s+cette\s+date)",
    re.I,
)

# The pieces of a time phrase. A month is a full month name in any EU language
# (packgen.eudates.prose_month); a year is a number, or a year said in words.
_Y = r"(?P<year>(?:19|20)\d{2})(?![-–/]?\d)"
_YEAR = (
    # "au cours de l'année 2026", "in the year 2026": the number says which year
    rf"(?:(?:l['’]année\s+|the\s+year\s+)?{_Y}"
    # ("early in the new year": the next)
    r"|(?P<rel>(?:the|this|that|the\s+same|the\s+current|next|the\s+following|the\s+new)\s+year"
    r"|l['’]année(?:\s+(?:prochaine|suivante|en\s+cours))?|cette\s+année|l['’]an\s+prochain))"
)
_MONTH_WORD = r"(?P<month>[^\W\d_]{3,})"
# A meeting named by its month is no time when something is due before it ("before the October
# Plenary", "ahead of the June Ministerial"): the day of the meeting is not said
_NOT_BEFORE = (
    r"(?<!\bbefore\s)(?<!\bahead\sof\s)(?<!\bprior\sto\s)(?<!\bin\stime\sfor\s)"
    r"(?<!\bavant\s)"
)
#: The month a season ends in, on its last day; winter ends in the February after its year.
_SEASONS = {
    "spring": 5,
    "printemps": 5,
    "summer": 8,
    "été": 8,
    "estivale": 8,  # "avant la pause estivale"
    "autumn": 11,
    "fall": 11,
    "automne": 11,
    "winter": 2,
    "hiver": 2,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "douze": 12, "dix-huit": 18,
    # ("dans un délai de quinze jours": fifteen days from the meeting)
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "quatorze": 14, "quinze": 15, "vingt": 20, "trente": 30,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "1st": 1, "premier": 1, "première": 1, "second": 2, "2nd": 2, "deuxième": 2,
    "seconde": 2, "2e": 2, "third": 3, "3rd": 3, "troisième": 3, "fourth": 4, "4th": 4,
    "quatrième": 4, "last": 4, "dernier": 4,
}  # fmt: skip
_ORDINAL = rf"(?P<nth>{'|'.join(sorted(_ORDINALS, key=len, reverse=True))})"


def _year(match: re.Match[str], made: dt.date, sentence: str) -> int:
    """The year a phrase names: its number, or the meeting's year moved as the words say."""
    if match["year"]:
        return int(match["year"])
    words = match["rel"].lower()
    if re.search(r"next|following|new|prochain|suivante", words):
        return made.year + 1
    if re.search(r"that|same", words):  # "the second half of that year": the last year named
        return _last_year_named(sentence, match.start()) or made.year
    return made.year


def _last_year_named(sentence: str, before: int) -> int | None:
    """The last year the sentence names as a number before `before`, if any."""
    named = re.findall(r"\b(?:19|20)\d{2}\b", sentence[:before])
    return int(named[-1]) if named else None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _next(made: dt.date, build: Callable[[int], dt.date]) -> dt.date:
    """The first of build(year), year after year, that ends on or after `made`; a year in
    which the day does not exist (29 February) is passed over; ValueError if none has it."""
    for year in (made.year - 1, made.year, made.year + 1):
        try:
            found = build(year)
        except ValueError:
            continue
        if found >= made:
            return found
    raise ValueError(f"no such day in the year after {made}")


def _season_end(season: str, year: int) -> dt.date:
    month = _SEASONS[season.lower()]
    return _month_end(year + 1 if month == 2 else year, month)


def _months_after(made: dt.date, months: int) -> tuple[int, int]:
    """(year, month) `months` months after the month of `made`."""
    year, month = divmod(made.month - 1 + months, 12)
    return made.year + year, month + 1


def _day(match: re.Match[str], made: dt.date, sentence: str) -> dt.date | None:
    month = prose_month(match["month"])
    if month is None:
        return None
    day, year = int(match["day"]), _group(match, "year")
    try:
        if year:
            return dt.date(int(year), month, day)
        return _next(made, lambda y: dt.date(y, month, day))
    except ValueError:  # "31 June", or 29 February in a common year
        return None


def _numeric_day(match: re.Match[str], made: dt.date, sentence: str) -> dt.date | None:
    try:
        return dt.date(int(match["year"]), int(match["num"]), int(match["day"]))
    except ValueError:  # "31.6.2016", or a month past twelve
        return None


def _month(match: re.Match[str], made: dt.date, sentence: str) -> dt.date | None:
    month = prose_month(match["month"])
    if month is None:
        return None
    first_half = _ORDINALS.get((_group(match, "half") or "").lower()) == 1

    def end(year: int) -> dt.date:
        return dt.date(year, month, 15) if first_half else _month_end(year, month)

    return end(_year(match, made, sentence)) if _named_year(match) else _next(made, end)


def _mid_month(match: re.Match[str], made: dt.date, sentence: str) -> dt.date | None:
    month = prose_month(match["month"])
    if month is None:
        return None
    if match["year"]:
        return dt.date(int(match["year"]), month, 15)
    return _next(made, lambda year: dt.date(year, month, 15))


def _group(match: re.Match[str], name: str) -> str | None:
    """A group some phrasings of a time have and others lack ("in June" has no year)."""
    return match.groupdict().get(name)


def _half(match: re.Match[str], made: dt.date, sentence: str) -> dt.date:
    return _period_end(match, made, sentence, 6 * _ordinal(match["nth"]))


def _ordinal(word: str) -> int:
    """ "second", "2nd", "deuxième", or the digit of "Q2" -> 2."""
    return int(word) if word.isdigit() else _ORDINALS[word.lower()]


def _quarter(match: re.Match[str], made: dt.date, sentence: str) -> dt.date:
    return _period_end(match, made, sentence, 3 * _ordinal(match["nth"]))


def _period_end(match: re.Match[str], made: dt.date, sentence: str, month: int) -> dt.date:
    """The end of a half or a quarter ending in `month`: of the year named, else the first
    such period ending on or after the meeting ("in the second quarter", "au second semestre")."""
    if _named_year(match):
        return _month_end(_period_year(match, made, sentence), month)
    return _next(made, lambda y: _month_end(y, month))


def _period_year(match: re.Match[str], made: dt.date, sentence: str) -> int:
    """The year of a quarter or a half: as _year says, but "the year" after a year named is
    that one ("the first Senior Officials Meeting of 2026 in the first quarter of the year");
    "by the end of the year" stays the meeting's."""
    named = _last_year_named(sentence, match.start())
    if named and re.fullmatch(r"the\s+year|l['’]année", (_group(match, "rel") or "").lower()):
        return named
    return _year(match, made, sentence)


def _month_list(match: re.Match[str], made: dt.date, sentence: str) -> dt.date | None:
    """ "September and October 2024": the year is said once, for the last month."""
    return _month(match, made, sentence) if prose_month(match["first"]) else None


def _months_ahead(shift: int) -> Callable[..., dt.date]:
    """A reader of "this month" (0), "next month" (1): the end of that month."""

    def read(match: re.Match[str], made: dt.date, sentence: str) -> dt.date:
        return _month_end(*_months_after(made, shift))

    return read


def _next_day(match: re.Match[str], made: dt.date, sentence: str) -> dt.date:
    """ "on the following day", "le lendemain": the day after the meeting."""
    return made + dt.timedelta(days=1)


def _season(match: re.Match[str], made: dt.date, sentence: str) -> dt.date:
    season = match["season"]
    if _named_year(match):
        return _season_end(season, _year(match, made, sentence))
    # "before the summer" said once the season (for the summer, its break) has begun is the
    # next one's
    began = _SEASON_STARTS.get(season.lower())
    before = _BEFORE.match(match[0]) or _BEFORE_IT.search(sentence, 0, match.start())
    if began and before and began <= (made.month, made.day):
        return _season_end(season, made.year + 1)
    return _next(made, lambda y: _season_end(season, y))


# The day (month, day) from which "before" a season means the next one: its start, and for
# the summer its break (the sets date "before the summer" said in late June to 31 August of
# that year, 5 of 5, and said on 29 August to the next)
_SEASON_STARTS = {
    "spring": (3, 20),
    "printemps": (3, 20),
    "summer": (8, 1),
    "été": (8, 1),
    "estivale": (8, 1),
    "autumn": (9, 22),
    "fall": (9, 22),
    "automne": (9, 22),
}
_BEFORE = re.compile(r"\s*(?:before|avant|d['’]ici)\b", re.IGNORECASE)
_BEFORE_IT = re.compile(r"\b(?:before|avant|d['’]ici)\s*$", re.IGNORECASE)


def _named_year(match: re.Match[str]) -> bool:
    """Whether a phrase says its year, as a number or in words ("of next year")."""
    return bool(_group(match, "year") or _group(match, "rel"))


def _year_range(match: re.Match[str], made: dt.date, sentence: str) -> dt.date:
    return dt.date(int(match["century"] + match["short"]), 12, 31)


def _presidency(match: re.Match[str], made: dt.date, sentence: str) -> dt.date | None:
    """The last day of a Presidency's term: the named one's first ending on or after the
    meeting, the one in office then, or the one after it; None outside the calendar."""
    if made < calendar_span()[0]:  # the calendar cannot say which term an older text meant
        return None
    if match["who"]:
        return _named_term_end(match["who"], made)
    terms = [p for p in load_calendar() if p.end >= made]
    later = 0 if match["rel"].lower() in ("current", "present") else 1
    return terms[later].end if len(terms) > later else None


# The Presidencies as French names them ("avant la fin de la présidence belge"): the brief's
# own French adjectives (packgen.i18n's catalog), by the calendar's English one; read once,
# when a French phrase first asks
@cache
def _french_presidencies() -> dict[str, str]:
    return {
        (i18n.presidency_adjective(p.adjective, "fr") or "").lower(): p.adjective.lower()
        for p in load_calendar()
    }


_PRESIDENCY_WORD = re.compile(r"\b(?:Presidency|présidence|(?-i:PRES))\b", re.I)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:It|Elle)\s")


def _semester_end(made: dt.date) -> dt.date:
    """The last day of the meeting's half-year: every Presidency's term is one."""
    return dt.date(made.year, 6, 30) if made.month <= 6 else dt.date(made.year, 12, 31)


def _this_semester(match: re.Match[str], made: dt.date, sentence: str) -> dt.date:
    """The end of "the semester" the meeting falls in."""
    return _semester_end(made)


def _this_quarter(match: re.Match[str], made: dt.date, sentence: str) -> dt.date:
    """The end of "the quarter" the meeting falls in."""
    return _month_end(made.year, 3 * ((made.month - 1) // 3 + 1))


def _own_term(match: re.Match[str], made: dt.date, sentence: str) -> dt.date | None:
    """The last day of the term of the Presidency a sentence's own words name ("the Maltese
    Presidency ... by the end of its term"): the semester of the meeting, since every term
    runs January to June or July to December (no calendar needed, whatever the year)."""
    # (or "It", "Elle": who speaks of its term is the Presidency the sentence before named)
    named = _PRESIDENCY_WORD.search(sentence, 0, match.start())
    if not (named or _PRONOUN_SUBJECT.match(sentence)):
        return None
    if (term := _named_term(sentence, match.start(), made)) is not None:
        return term
    if _INCOMING.search(sentence, 0, match.start()):
        # ("The incoming Austrian Presidency intends to ... by the end of its term": the next)
        return dt.date(made.year, 12, 31) if made.month <= 6 else dt.date(made.year + 1, 6, 30)
    return _semester_end(made)


# The Presidency a sentence opens with, by its adjective ("The Polish Presidency aims ...",
# "La présidence polonaise entend ..."): the subject, whose term "its term" is (not one named
# as an object: "will send the Maltese Presidency a table ... before the end of its term")
_NAMED_PRESIDENCY = re.compile(
    r"^\W*(?:the\s+)?(?:incoming\s+|next\s+)?(?P<who>(?-i:[A-Z])[\w-]+)\s+Presidency\b"
    r"|^\W*la\s+(?:future\s+|prochaine\s+)?présidence\s+(?P<qui>[a-zéèêëçô-]+)\b",
    re.IGNORECASE,
)


def _named_term(sentence: str, end: int, made: dt.date) -> dt.date | None:
    """The end of the term of the Presidency the sentence opens with, by the calendar: a
    Presidency in waiting speaks of its own term ("The Polish Presidency aims to ... before
    the end of its term", said in December 2024, is 30 June 2025)."""
    named = _NAMED_PRESIDENCY.match(sentence, 0, end)
    if not named or made < calendar_span()[0]:
        return None
    return _named_term_end(named["who"] or named["qui"], made)


def _named_term_end(name: str, made: dt.date) -> dt.date | None:
    """The last day of the first term, ending on or after `made`, of the Presidency `name`
    (an English or French adjective, or a country) calls; None if the calendar has none."""
    who = name.lower()
    who = _french_presidencies().get(who, who)
    terms = [
        p
        for p in load_calendar()
        if p.end >= made and who in (p.adjective.lower(), p.country.lower())
    ]
    return terms[0].end if terms else None


# The Presidency that takes over after the meeting's semester ("the incoming Austrian
# Presidency", "la future présidence autrichienne", "the next Presidency")
_INCOMING = re.compile(
    r"\b(?:incoming|next|future|forthcoming|prochaine|entrante)\s+(?:[\w-]+\s+)?(?:presidency|présidence)\b"
    r"|\b(?:presidency|présidence)\s+(?:[\w-]+\s+)?(?:entrante|suivante)\b",
    re.IGNORECASE,
)


def _fixed(month: int, day: int, shift: int = 0) -> Callable[..., dt.date]:
    """A reader of phrases naming a fixed day of the year: "early 2015" -> 30 April."""

    def read(match: re.Match[str], made: dt.date, sentence: str) -> dt.date:
        return dt.date(_year(match, made, sentence) + shift, month, day)

    return read


def _fiscal_year_end(match: re.Match[str], made: dt.date, sentence: str) -> dt.date:
    return _next(made, lambda year: dt.date(year, 9, 30))


def _christmas(match: re.Match[str], made: dt.date, sentence: str) -> dt.date:
    return _next(made, lambda year: dt.date(year, 12, 25))


def _within(match: re.Match[str], made: dt.date, sentence: str) -> dt.date | None:
    if _OF_AN_EVENT.match(sentence, match.end()) and not _INFORM_OF.search(
        sentence, 0, match.start()
    ):
        return None  # "within a month of the opinion": counted from an event not yet dated
    count = match["n"].lower() or "a"  # ("sous quinzaine": one)
    n = int(count) if count.isdigit() else _NUMBERS.get(count)
    if n is None:
        return None
    unit = match["unit"].lower().removeprefix("prochains ").removeprefix("prochaines ")
    if unit.startswith(("day", "jour")):
        return made + dt.timedelta(days=n)
    # a fortnight is fourteen days, a "quinzaine" fifteen
    if unit.startswith("fortnight"):
        return made + dt.timedelta(days=14 * n)
    if unit.startswith("quinzaine"):
        return made + dt.timedelta(days=15 * n)
    if unit.startswith(("week", "semaine")):
        return made + dt.timedelta(weeks=n)
    year, month = _months_after(made, n if unit.startswith(("month", "mois")) else 12 * n)
    return dt.date(year, month, min(made.day, calendar.monthrange(year, month)[1]))


# ... but after "inform" the "of" is the verb's: "undertook to inform the Commission within three
# months of the steps taken" tells of the steps within three months of the meeting
_INFORM_OF = re.compile(
    r"\b(?:inform|informs|informed|notify|notifies|notified|advise|apprise|tell|brief)\s+"
    # (unless the verb has its "on" already: "brief DHS on the proposals within a week of
    # their adoption" counts from the adoption)
    r"(?:(?!(?:on|about)\b)[\w'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)
_OF_AN_EVENT = re.compile(
    r"\s+(?:of|after|following|from|suivant|après|à\s+compter\s+d)\s*(?:the|its|their|a|an|le|la|l['’]|sa|son|ses)?"
    # ("of the meeting" counts from the meeting: the determiner is read before the noun)
    r"\s*(?!(?:this|today|meeting|present|réunion|the\s+(?:meeting|present))\b)\w",
    re.IGNORECASE,
)


def _times(*phrases: str) -> tuple[GatedPattern, ...]:
    """One pattern per phrasing: alternatives reuse the group names ("year", "month")."""
    return tuple(gated(re.compile(p, re.IGNORECASE)) for p in phrases)


_DURING = (
    r"\b(?:under|during|(?:before|by|until|towards|at)\s+the\s+end\s+of|in\s+the\s+course\s+of)"
)
_NUMBER = rf"(?P<n>\d+|{'|'.join(sorted(_NUMBERS, key=len, reverse=True))})"
# ("the fall in referrals", "a fall of ...": a decline, no season; "the fall of 2025" is one)
_FALL = r"fall(?!\s+(?:in|of)\s+(?!(?:next|the\s+following|that|this)\b)(?-i:[a-z]))"
_SEASON = rf"(?P<season>{'|'.join(s if s != 'fall' else _FALL for s in _SEASONS)})"

# Each time phrase, English and French, with the reader of the last day of its period.
# Every phrasing is tested in tests/test_followups.py.
_TIMES: list[tuple[tuple[GatedPattern, ...], Callable[..., dt.date | None]]] = [
    # "before Christmas", "avant Noël": 25 December
    (_times(r"\b(?:before|by|ahead\s+of|avant)\s+(?:christmas|noël)\b"), _christmas),
    # "by mid-June", "avant la mi-février", "in the middle of March 2025": the 15th
    (
        _times(
            r"(?:\b(?:in|by|before|until|till|around|towards|d['’]ici|avant|vers|dès)\s+"
            r"(?:la\s+)?)?(?:\bmid-?\s?|\bmi-|\b(?:the\s+)?middle\s+of\s+)"
            rf"{_MONTH_WORD}\b(?:\s+{_Y})?(?!\s*\d)"
        ),
        _mid_month,
    ),
    # "on 7 June", "15-16 June 2017", "1er juillet 2015"
    (
        _times(
            r"\b(?:\d{1,2}(?:st|nd|rd|th|er)?\s*(?:[-–]|and|et|to|au)\s*)?(?P<day>\d{1,2})"
            rf"(?:st|nd|rd|th|er)?\s+(?:of\s+)?{_MONTH_WORD}(?:,?\s+{_Y})?",
        ),
        _day,
    ),
    # a register's numeric date, day first: "by 15.1.2010", "before 30/06/2016"
    (
        (gated(re.compile(rf"\b(?P<day>\d{{1,2}})[./](?P<num>\d{{1,2}})[./]{_Y}")),),
        _numeric_day,
    ),
    # "June 7, 2024"
    (
        (
            gated(
                re.compile(
                    rf"\b(?P<month>[A-Z][^\W\d_]{{2,}})\s+(?P<day>\d{{1,2}})(?!\d)(?:,\s*{_Y})?"
                )
            ),
        ),
        _day,
    ),
    # "the first half of June 2011", "la première quinzaine de juin"
    (
        _times(
            rf"\b(?P<half>first|second)\s+half\s+of\s+{_MONTH_WORD}(?:\s+{_Y})?",
            rf"\b(?P<half>premi[eè]re|seconde|deuxi[eè]me)\s+quinzaine\s+(?:de\s+|d['’]){_MONTH_WORD}"
            rf"(?:\s+{_Y})?",
        ),
        _month,
    ),
    # "June 2024", "janvier 2010", "in the month of June 2024"
    (_times(rf"\b{_MONTH_WORD}\s+(?:of\s+|de\s+)?{_YEAR}"), _month),
    # "September and October 2024", "juin-juillet 2024"
    (
        _times(
            r"\b(?P<first>[^\W\d_]{3,})\s*(?:and|or|to|until|[-–]|et|ou|à)\s*"
            rf"{_MONTH_WORD}\s+{_Y}"
        ),
        _month_list,
    ),
    # "by the end of the month", "next month", "fin du mois", "le mois prochain"
    (
        _times(
            r"\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+month|this\s+month|fin\s+(?:du|de\s+ce)\s+mois"
            # (not "fin du mois d'avril", which names its month; "avant la fin du mois
            # d'ériger ..." does not)
            r"(?!\s+(?:d['’]\s*(?:avril|ao[uû]t|octobre)\b|de\s))"
            r"|ce\s+mois-ci"
            # "later in the month", "later this month", "plus tard dans le mois"
            r"|later\s+(?:in\s+the|this)\s+month|plus\s+tard\s+(?:dans\s+le|ce)\s+mois"
            # "in the course of the month", "dans le courant du mois"
            r"|in\s+the\s+course\s+of\s+the\s+month|dans\s+le\s+courant\s+du\s+mois(?!\s+d))"
        ),
        _months_ahead(0),
    ),
    (
        # ("dans le mois suivant son prononcé" counts from an event not yet dated)
        _times(
            r"\b(?:next|the\s+following)\s+month|\ble\s+mois\s+(?:prochain|suivant"
            r"(?!\s+(?:son|sa|ses|leur|leurs|le|la|les|l['’]|ce|cet|cette)\b))"
        ),
        _months_ahead(1),
    ),
    # "on the following day", "the day after the meeting", "le lendemain"
    (
        _times(
            r"\b(?:on\s+)?the\s+(?:following|next)\s+day\b|\bthe\s+day\s+after\s+the\s+"
            r"(?:meeting|dialogue|session|ministerial)\b|\ble\s+lendemain\b(?!\s+d)"
        ),
        _next_day,
    ),
    # ... and with no year, after a word of time: "in January and February", "en mai et juin"
    (
        _times(
            r"\b(?:in|during|between|en|entre)\s+(?P<first>[^\W\d_]{3,})\s*(?:and|or|[-–]|et|ou)\s*"
            rf"{_MONTH_WORD}\b(?![-–])(?!\s*\d)"
        ),
        _month_list,
    ),
    # a month with no year, after a word of time: "in June", "by the end of April", "en juin"
    (
        _times(
            # ("by end March", in the notes' style, with no "the" and no "of")
            r"(?:\b(?:(?:by|before|until|till|at)\s+end|in|by|before|until|till|during|for|from"
            r"|through|end\s+of|beginning\s+of"
            r"|start\s+of|middle\s+of|course\s+of|early|late|en|d['’]ici|avant|jusqu['’](?:en|à)|fin"
            # ("in early July", "by late January", "in mid-March": the qualifier is no month)
            r"|début|courant|mois\s+de|de|dès|à\s+partir\s+de)\s+(?:the\s+month\s+of\s+)?"
            r"(?:(?:early|late|mid)[\s-]+)?|\bmid-|\bmi-|\b(?:end|early|late)-"
            r"|\bd['’])"
            # ("by end-January": "end" is no month word)
            rf"{_MONTH_WORD}\b(?![-–])(?!\s*\d)(?!\s+(?:dernier|passé)\b)",
            # a month naming a meeting: "at the June JHA Council", "the December 2024 Summit"
            # (not a time before it, "before the October Plenary": its day is not said)
            rf"{_NOT_BEFORE}\bthe\s+{_MONTH_WORD}(?:\s+{_Y})?\s+(?=(?-i:[A-Z]))",
            # ... or a meeting named by its month: "at the SCIFA meeting of July"
            rf"\b(?:meeting|session|plenary|Council|Conseil|Ministerial|summit|SOM)\s+(?:of|de|d['’])\s*"
            rf"{_MONTH_WORD}\b(?!\s*\d)",
            # ... or a body's own meeting: "at its March meeting", "at their May session"
            # (or its paper of that month: "in its December report")
            rf"{_NOT_BEFORE}\b(?:its|their|the\s+next|the)\s+{_MONTH_WORD}(?:\s+{_Y})?\s+"
            r"(?=(?:meeting|session|plenary|round|report|progress\s+report|update)\b)",
        ),
        _month,
    ),
    # "the second half of 2018", "the first half of the year", "au premier semestre de 2010"
    (
        _times(
            # (or with no year: "in the course of the second semester", not "the first half
            # of the meeting")
            rf"\b{_ORDINAL}\s+(?:half|semester)(?:\s+of\s+{_YEAR}|(?!\s+of\b))",
            rf"\bH(?P<nth>[12])\s+{_Y}",
            rf"\b{_ORDINAL}\s+semestre(?:\s+(?:de\s+|d['’])?{_YEAR})?",
        ),
        _half,
    ),
    # "the third quarter of 2024", "Q3 2024", "au quatrième trimestre de 2024"
    (
        _times(
            rf"\b{_ORDINAL}\s+quarter(?:\s+of\s+{_YEAR})?",
            rf"\bQ(?P<nth>[1-4])\s+{_Y}",
            # a flash report's "by end-Q3", "the end of Q2", "fin du T2" (T for trimestre),
            # the year said or not
            r"(?:\b(?:end-|(?:the\s+)?end\s+of\s+|in\s+|by\s+|before\s+|during\s+)Q"
            r"|\b(?:du|au|le|fin)\s+T)"
            rf"(?P<nth>[1-4])\b(?:\s+{_Y})?",
            rf"\b{_ORDINAL}\s+trimestre(?:\s+(?:de\s+|d['’])?{_YEAR})?",
        ),
        _quarter,
    ),
    # a season after a word of time ("fall" alone is a verb; "été" alone a participle)
    (
        _times(
            r"\b(?:the|in|by|before|until|till|during|through|over|this|next|coming|of|late|early"
            rf"|mid-?)\s+(?:the\s+)?{_SEASON}(?:\s+(?:break|recess|holidays?))?"
            rf"(?:\s+(?:of\s+)?{_YEAR})?",
            rf"(?:\b(?:au|en|cet|cette|ce|du)\s+|\bl['’]){_SEASON}(?:\s+(?:de\s+)?{_YEAR})?",
            # ... or its break ("avant la pause estivale")
            rf"\b(?:avant|d['’]ici|pendant|durant)\s+la\s+(?:pause|trêve)\s+{_SEASON}",
            # ... or the meeting a body holds then ("at its spring meeting in The Hague")
            rf"\b(?:its|their)\s+{_SEASON}\s+(?:meeting|session|plenary|conference|round|summit)\b",
            # ... or moved to one, its year said ("brought forward to spring 2014")
            rf"\bto\s+(?P<season>spring|summer|autumn|winter)\s+(?:of\s+)?{_Y}",
        ),
        _season,
    ),
    # "early 2015", "early in 2024", "the first months of 2020", "début 2015"
    (
        _times(
            r"\b(?:early|(?:the\s+)?(?:beginning|start)\s+of|(?:the\s+)?first\s+months\s+of)"
            rf"\s+(?:in\s+)?{_YEAR}",
            rf"\b(?:début|premiers\s+mois)\s+(?:de\s+|d['’])?{_YEAR}",
        ),
        _fixed(4, 30),
    ),
    # "mid-2019", "the middle of 2019", "à la mi-2019"
    (
        _times(
            rf"\b(?:mid-?\s?|(?:the\s+)?middle\s+of\s+){_YEAR}",
            rf"\b(?:mi-|milieu\s+(?:de\s+|d['’])){_YEAR}",
        ),
        _fixed(7, 31),
    ),
    # "late 2025", "the end of 2026", "later in the year", "d'ici la fin de 2014", "fin 2014"
    (
        _times(
            rf"\b(?:late|later|(?:the\s+)?end|(?:the\s+)?close)\s+(?:in\s+|of\s+){_YEAR}",
            rf"\blate\s+{_YEAR}",
            # a flash report's "by end-2013"
            rf"\b(?:end|late)-{_Y}",
            rf"\b(?:fin|plus\s+tard\s+dans)\s+(?:de\s+|d['’])?{_YEAR}",
            r"\b(?P<rel>)(?P<year>)(?:the\s+)?(?:year[-\s]end|year['’]s\s+end)\b",
        ),
        _fixed(12, 31),
    ),
    # two years, "over 2020 and 2021", "en 2024 et 2025": the later one
    (
        _times(
            r"\b(?:in|by|during|for|over|across|throughout|en|pour|sur)\s+(?:19|20)\d{2}\s+"
            rf"(?:and|or|et|ou)\s+{_Y}"
        ),
        _fixed(12, 31),
    ),
    # a range of years, "in 2024-2025", "for 2024-25": its last year
    (
        _times(
            r"\b(?:in|by|during|for|over|from|en|pour|de)\s+(?P<century>19|20)\d{2}\s*[-–/]\s*"
            r"(?:(?:19|20)(?=\d{2}))?(?P<short>\d{2})\b"
        ),
        _year_range,
    ),
    # the US fiscal year, which ends on 30 September, after a word of time: "before the end of
    # fiscal year 2027", "in FY 2021", "au cours de l'exercice budgétaire 2016" ("the refusal
    # rates for fiscal year 2019" names the figures' year, not a deadline)
    (
        _times(
            r"\b(?:(?:before|by|until|in|during|within)\s+(?:the\s+|its\s+|their\s+)?(?:end\s+of\s+)?"
            r"|(?:the\s+)?end\s+of\s+)(?:the\s+)?"
            rf"(?:US\s+)?(?:fiscal\s+year|FY)\s?{_Y}",
            r"\b(?:avant|d['’]ici|au\s+cours\s+de|pendant|durant|fin)\s+(?:la\s+fin\s+de\s+)?"
            rf"(?:l['’])?exercice\s+(?:budgétaire\s+)?{_Y}",
        ),
        _fixed(9, 30),
    ),
    # ... and the one running, with no year: "by the end of the fiscal year" -> the next 30
    # September ("d'ici la fin de l'exercice budgétaire")
    (
        _times(
            r"\b(?:before|by|until|within)\s+the\s+end\s+of\s+(?:the|this|its)\s+(?:current\s+|US\s+)?"
            r"(?:fiscal\s+year|FY)\b(?!\s?\d)",
            r"\b(?:avant|d['’]ici)\s+la\s+fin\s+de\s+l['’]\s*exercice\s+(?:budgétaire\s+)?(?:en\s+cours\s+)?"
            r"(?!\d)",
        ),
        _fiscal_year_end,
    ),
    # the semester itself: "by the end of the semester", "d'ici la fin du semestre": the
    # meeting's half-year, a Presidency's term whoever speaks
    (
        _times(
            r"\b(?:the\s+)?(?:end|close)\s+of\s+(?:the|this)\s+(?:current\s+|present\s+)?semester\b"
            r"|\bfin\s+(?:du|de\s+ce)\s+semestre(?!\s+(?:de|d['’])\s*\d)\b",
            # ... or of "the Presidency", unnamed: the one in office ("by the end of the
            # Presidency", "d'ici la fin de la présidence")
            r"\b(?:the\s+)?(?:end|close)\s+of\s+the\s+Presidency\b(?!\s+of\b)"
            r"|\bfin\s+de\s+la\s+présidence\b(?!\s+[a-zà-ÿ])",
        ),
        _this_semester,
    ),
    # ... and the quarter: "by the end of the quarter", "d'ici la fin du trimestre"
    (
        _times(
            r"\b(?:the\s+)?(?:end|close)\s+of\s+(?:the|this)\s+(?:current\s+|present\s+)?quarter\b"
            r"(?!\s+of\b)|\bfin\s+(?:du|de\s+ce)\s+trimestre(?!\s+(?:de|d['’])\s*\d)\b"
        ),
        _this_quarter,
    ),
    # the term of the Presidency that speaks: "the Maltese Presidency intends to reach a general
    # approach by the end of its term", "d'ici la fin de son mandat"
    (
        _times(
            r"\b(?:the\s+)?(?:end|close|fin)\s+(?:of|de)\s+(?:its|her|his|son|sa)\s+"
            r"(?:term|mandate|presidency|semester|mandat|présidence|semestre)\b",
            # ("before its term ends", "avant que son mandat ne prenne fin")
            r"\b(?:before|by\s+the\s+time)\s+(?:its|her|his)\s+(?:term|mandate|presidency|semester)"
            r"\s+(?:ends|expires|is\s+over|runs\s+out)\b"
            r"|\bavant\s+que\s+(?:son|sa)\s+(?:mandat|présidence)\s+ne\s+(?:prenne\s+fin|s['’]achève)\b",
        ),
        _own_term,
    ),
    # the term of a Presidency, after a word of time: "under the Belgian Presidency", "before the
    # end of the current Presidency" ("The Belgian Presidency will host" names who, not when)
    (
        _times(
            rf"{_DURING}\s+(?:the\s+)?(?:(?:incoming|next|forthcoming|future|current)\s+)?"
            r"(?P<who>(?-i:[A-Z])[\w-]+)\s+Presidency\b(?P<rel>)",
            rf"{_DURING}\s+the\s+(?P<rel>current|present|incoming|next|following|forthcoming)"
            r"\s+Presidency\b(?P<who>)",
            # ("avant la fin de la présidence belge", "sous la présidence polonaise")
            r"\b(?:sous|pendant|durant|(?:avant|d['’]ici|jusqu['’]à)\s+la\s+fin\s+de)\s+la\s+"
            r"(?:future\s+)?présidence\s+(?P<who>[a-zà-ÿ]+)\b(?P<rel>)",
        ),
        _presidency,
    ),
    # "before 2020": the year before it
    (_times(rf"\b(?:before|avant)\s+{_Y}"), _fixed(12, 31, shift=-1)),
    # a year after a word of time: "in 2024", "by 2024", "in the course of 2010", "from 2019",
    # "into 2023", "for 2022", "of 2015", "en 2024", "au cours de 2014", "next year"
    (
        _times(
            r"\b(?:in|by|during|until|till|from|into|for|through(?:out)?|over|of|within"
            r"|in\s+the\s+course\s+of|en|dès|pour|d['’]ici|jusqu['’](?:en|à)|au\s+cours\s+de"
            rf"|(?:dans\s+le\s+)?courant(?:\s+de)?|de|dans)\s+{_YEAR}",
            r"\b(?P<rel>(?:this|next|the\s+following)\s+year|l['’]année\s+prochaine"
            r"|l['’]an\s+prochain|cette\s+année)(?P<year>)",
        ),
        _fixed(12, 31),
    ),
    # a named event of a year: "the 2024 Forum", "at the 2012 EU-US Summit" (in "the 2020
    # deliverables" or "the 2019 elections" the year qualifies a thing, not a meeting)
    ((gated(re.compile(rf"\b(?i:the|its|their|le|la|les)\s+{_Y}\s+(?=[A-Z])")),), _fixed(12, 31)),
    # "within six months", "in three weeks' time", "dans les six mois", "d'ici six mois"
    (
        _times(
            rf"\bwithin\s+(?:the\s+(?:next|coming)\s+)?{_NUMBER}\s+(?P<unit>days?|weeks?|months?|years?)",
            rf"\b(?:in|over|during)\s+the\s+(?:next|coming)\s+{_NUMBER}\s+(?P<unit>days|weeks|months"
            r"|years)",
            # ("within the coming year": a year from the meeting, as "within a year"; "the next
            # year" is the calendar's)
            r"\bwithin\s+the\s+coming\s+(?P<n>)(?P<unit>year|month|week)\b",
            rf"\bin\s+{_NUMBER}\s+(?P<unit>days?|weeks?|months?|years?)['’]?\s+time",
            rf"\b(?:dans\s+(?:les\s+|un\s+délai\s+de\s+)?|d['’]ici\s+|sous\s+){_NUMBER}\s+"
            r"(?P<unit>jours|semaines|mois|ans|années)",
            # ("dans un délai d'une semaine", "dans un délai d'un mois")
            r"\bdans\s+un\s+délai\s+d['’]\s*(?P<n>une?)\s+(?P<unit>jour|semaine|mois|an|année)\b",
            rf"\b(?:au\s+cours\s+des|dans\s+les)\s+{_NUMBER}\s+(?P<unit>prochain(?:e)?s\s+"
            r"(?:jours|semaines|mois|années|ans))",
            # ("within a fortnight", "in a fortnight's time", "sous quinzaine", "dans la quinzaine")
            r"\b(?:within|in)\s+(?P<n>a|one|two|three)\s+(?P<unit>fortnights?)\b",
            r"\b(?:sous|dans\s+la)\s+(?P<n>)(?P<unit>quinzaine)\b",
        ),
        _within,
    ),
]
