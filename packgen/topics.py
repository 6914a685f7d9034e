"""Topic taxonomy: topics.yaml in, a validated Taxonomy and explained item-to-topic matches out."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from rapidfuzz import fuzz, process

from packgen import bundled
from packgen.errors import InputError
from packgen.gated import GatedPattern, gated, lowered
from packgen.i18n import presidency_adjective
from packgen.presidency import calendar_gap, presidency_on
from packgen.summary import SETTING_WORDS
from packgen.yamlload import LoadedYaml, format_loc, parse_yaml, read_text, validate_mapping

DEFAULT_TOPICS: Path = bundled.topics_file()

#: A title that contains no alias may still be a misspelt one ("organized crime").
FUZZY_MIN_SCORE = 92.0
#: Only aliases this long are fuzzy-matched: short ones ("MLA", "drugs") give false hits.
FUZZY_MIN_ALIAS_LENGTH = 10
# Evidence for a topic, added up per item or sub-item (seeds/topics.yaml explains them).
#: a phrase of the topic in the title (a fuzzy one counts its rapidfuzz score / 100)
TITLE_WEIGHT = 1.0
#: an alias or pattern in the text: names the topic by itself
ALIAS_WEIGHT = 1.0
#: a mention in the text: a word that also occurs in passing, so it needs company
MENTION_WEIGHT = 0.5
#: the item's title, for a sub-item that names other topics of its own
PARENT_WEIGHT = 0.5
#: the record carries one of the topic's subject-code families: support, never enough alone
CODE_WEIGHT = 0.25
#: the score from which a topic is assigned: one alias, two mentions, a title
THRESHOLD = 0.9
#: the score a topic needs when the text only mentions it: two mentions and a code, or three
MENTIONS_ALONE = 1.25
#: a text that only mentions a topic must do so in this many sentences: one is in passing
MENTION_SENTENCES = 2
#: a sentence that names this many topics lists them, and names none of them in earnest
ENUMERATION_TOPICS = 3
#: ... of which this many by an alias (not a mere mention)
ENUMERATION_NAMED = 2
#: the most words between two topics of one list
LIST_GAP = 12
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# letters of every language count as word characters, so French aliases keep their accents
_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Lower case, every run of punctuation/dashes/spaces as one space: 'Counter-Terrorism' -> 'counter terrorism'."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def _valid_regex(value: str) -> re.Pattern[str]:
    """The compiled pattern; ValueError (which names the field and line) when it is none."""
    try:
        return re.compile(value)
    except re.error as exc:
        raise ValueError(f"pattern {value!r} is not a valid regular expression: {exc}") from None


def _compiles(value: str) -> str:
    """A regular expression that compiles (see _valid_regex)."""
    _valid_regex(value)
    return value


def _silences_a_word(value: str) -> str:
    """A `quiet` pattern: a valid regular expression with a group, the word it silences."""
    if _valid_regex(value).groups < 1:
        raise ValueError(f"pattern {value!r} needs a group: the word it silences")
    return value


def _one_phrase(value: str) -> str:
    """An alias or mention that can be found: no comma, colon or bracket splits it (_hits
    reads no phrase across one, so such a phrase would silently never match)."""
    if found := _PHRASE_BREAK.search(value):
        raise ValueError(
            f"phrase {value!r} holds {found.group()!r}, across which no phrase is read:"
            " leave it out, or write the phrase as a pattern"
        )
    return value


Phrase = Annotated[str, AfterValidator(_one_phrase)]


def _all_its_phrases(words: list[str], info: ValidationInfo, what: str) -> None:
    """ValueError unless every word is one of the topic's aliases or mentions."""
    phrases = {
        normalise(p) for p in (*info.data.get("aliases", ()), *info.data.get("mentions", ()))
    }
    for word in words:
        if normalise(word) not in phrases:
            raise ValueError(f"{what}{word!r} is none of the topic's aliases or mentions")


class Context(BaseModel):
    """Words of a topic that name it in a sentence only beside what `pattern` finds there."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: list[str] = Field(min_length=1, description="aliases or mentions of the topic")
    pattern: Annotated[str, AfterValidator(_compiles)] = Field(
        description="a regular expression over the normalised sentence"
    )

    @cached_property
    def _keys(self) -> frozenset[str]:
        return frozenset(normalise(w) for w in self.words)

    @cached_property
    def _regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    def needs(self, key: str) -> bool:
        """Whether `key` is one of the words that count only in context."""
        return key in self._keys

    def found_in(self, norm: str) -> bool:
        """Whether the normalised sentence says what makes its words the topic's."""
        return self._regex.search(norm) is not None


class Topic(BaseModel):
    """One topic of the taxonomy (fields documented in seeds/topics.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="stable kebab-case identifier used in briefs and on the CLI")
    label: str = Field(description="human-readable name")
    description: str | None = None
    aliases: list[Phrase] = Field(default_factory=list, description="phrases that name the topic")
    mentions: list[Phrase] = Field(
        default_factory=list,
        description="words that point to the topic but also occur in passing (need company)",
    )
    exclusive: bool = Field(
        default=False, description="an item on this topic lists others in passing: no text topics"
    )
    umbrella: list[str] = Field(
        default_factory=list,
        description='its aliases or mentions that name the whole field ("organised crime"):'
        " in one sentence beside a topic the title names, they are that topic's setting",
    )
    patterns: list[str] = Field(
        default_factory=list, description="regular expressions over normalised text"
    )
    subject_codes: list[str] = Field(
        default_factory=list, description='subject-code prefixes such as "VISA", "COTER"'
    )
    partners: list[str] = Field(
        default_factory=list,
        description="the dialogue partners whose meetings can discuss this topic (none: any)",
    )
    elsewhere: str | None = Field(
        default=None,
        description="the topic its words name in a meeting of another partner (visa"
        " reciprocity's words at an EU-Canada meeting: migration)",
    )
    since: dt.date | None = Field(
        default=None,
        description="the day the event of the topic began: no earlier meeting discusses it",
    )
    partner_groups: list[str] = Field(
        default_factory=list,
        description="groups of dialogue partners the event's country belongs to: a meeting"
        " titled by one (the Eastern Partnership) is a meeting with that country",
    )
    aliases_since: dict[dt.date, list[Phrase]] = Field(
        default_factory=dict,
        description="phrases of other topics that also name this one in meetings from the"
        " day given (the EU's temporary protection, once given to people fleeing Ukraine)",
    )
    context: Context | None = Field(
        default=None,
        description="words that name the topic in a text only in a sentence that also says"
        " what makes them the topic's (an election beside interference or fraud)",
    )
    quiet: list[Annotated[str, AfterValidator(_silences_a_word)]] = Field(
        default_factory=list,
        description="regular expressions whose first group is a word of the topic that names"
        ' nothing there (the "border" across which goods are smuggled)',
    )

    @field_validator("id")
    @classmethod
    def _kebab_case(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"'{value}' is not a kebab-case id (like 'visa-reciprocity')")
        return value

    @field_validator("subject_codes")
    @classmethod
    def _upper_case(cls, values: list[str]) -> list[str]:
        return [value.strip().upper() for value in values]

    @field_validator("patterns")
    @classmethod
    def _compilable(cls, values: list[str]) -> list[str]:
        for value in values:
            _valid_regex(value)
        return values

    @field_validator("umbrella")
    @classmethod
    def _among_its_phrases(cls, values: list[str], info: ValidationInfo) -> list[str]:
        _all_its_phrases(values, info, "")
        return values

    @field_validator("context")
    @classmethod
    def _context_among_its_phrases(
        cls, value: Context | None, info: ValidationInfo
    ) -> Context | None:
        _all_its_phrases(value.words if value else [], info, "context word ")
        return value

    @cached_property
    def umbrella_keys(self) -> frozenset[str]:
        return frozenset(normalise(u) for u in self.umbrella)

    @cached_property
    def _alias_keys(self) -> list[str]:
        return list(dict.fromkeys(k for k in map(normalise, [self.label, *self.aliases]) if k))

    def concerns(self, meeting: str | None) -> bool:
        """Whether a meeting of this title can discuss the topic: it names one of its partners.

        (Visa reciprocity is an EU-US matter: visa policy in an EU-Moldova meeting is
        migration.) A record with no meeting title is not held back.
        """
        if not self.partners or not meeting:
            return True
        return self._names_a_partner(f" {normalise(meeting)} ")

    def _names_a_partner(self, padded: str) -> bool:
        """Whether a normalised text, padded with spaces, names one of the partners."""
        return any(f" {key} " in padded for key in self._partner_keys)

    @cached_property
    def _partner_keys(self) -> list[str]:
        return [k for k in map(normalise, self.partners) if k]

    @cached_property
    def _quiet_regexes(self) -> list[re.Pattern[str]]:
        return [re.compile(value) for value in self.quiet]

    def silenced(self, norm: str) -> Counter[str]:
        """How often each of its words stands where a `quiet` pattern says it names nothing."""
        spans = {m.span(1) for regex in self._quiet_regexes for m in regex.finditer(norm)}
        return Counter(norm[start:end] for start, end in spans)  # one place silenced once

    @cached_property
    def _pattern_regexes(self) -> list[tuple[str, GatedPattern]]:
        # (gated: each is tried on every sentence of a corpus, most of which hold none of
        # its words)
        return [(p, gated(re.compile(p))) for p in self.patterns]


@dataclass(frozen=True)
class Scope:
    """What a meeting's partner and day decide: the topics it cannot discuss, those whose
    `partners` it does not name (visa reciprocity in an EU-Ukraine dialogue) and those whose
    event had not begun (`since`); and which Presidency chaired it (`in_office`).

    Their phrases then hide no shorter phrase of another topic: "judicial cooperation in
    criminal matters" at a Western Balkans Forum is judicial cooperation, not the EU-US
    agreements on mutual legal assistance.
    """

    topics: frozenset[str] = frozenset()
    #: event topics named after the meeting's dialogue partner, once the event has begun
    #: ("Ukraine" in an EU-Ukraine Subcommittee of 2024): there "the war" is that war, and
    #: the partner's name is the partner, naming the war only beside a word of the war
    partner_events: frozenset[str] = frozenset()
    #: (held topic, the topic its words name instead) for topics with `elsewhere`
    instead: frozenset[tuple[str, str]] = frozenset()
    #: event topics a bare "the war" names: the partner's war, in a meeting with it or in an
    #: item titled by it ("Ukraine > Temporary protection": "people fleeing the war")
    wars: frozenset[str] = frozenset()
    #: (phrase, topic) of the `aliases_since` in force on the meeting's day: the phrase names
    #: that topic too ("temporary protection" from March 2022: the war against Ukraine)
    dated: frozenset[tuple[str, str]] = frozenset()
    #: the names of the Presidency in office on the meeting's day ("hungarian", "hungary"):
    #: its priorities are the semester's, never the incoming Presidency's, even when it
    #: presents its programme days after taking over
    in_office: frozenset[str] = frozenset()
    #: the bodies the meeting is held with, named in its title ("Frontex-CBP staff talks",
    #: "FATF Plenary"): there their names are a party's, not a topic's ("Frontex described
    #: the seizures of cocaine at the ports")
    parties: frozenset[str] = frozenset()

    @cached_property
    def _dated_by_phrase(self) -> dict[str, list[str]]:
        """phrase -> the topics it also names on the meeting's day (read for every phrase)."""
        out: dict[str, list[str]] = {}
        for phrase, topic in self.dated:
            out.setdefault(phrase, []).append(topic)
        return out

    @cached_property
    def _instead_of(self) -> dict[str, str]:
        """held topic -> the topic its words name instead (read for every phrase found)."""
        return dict(self.instead)


NO_SCOPE = Scope()


def meeting_scope(taxonomy: Taxonomy, meeting: str | None, when: dt.date | None = None) -> Scope:
    """The Scope of a meeting titled `meeting` (None: no dialogue partner named) held `when`."""
    topics = frozenset(
        t.id
        for t in taxonomy.topics
        if not t.concerns(meeting) or (when and t.since and when < t.since)
    )
    padded = f" {normalise(meeting)} " if meeting else ""
    partner_events = frozenset(taxonomy._partners_named(padded) - topics)
    instead = frozenset(
        (t.id, t.elsewhere) for t in taxonomy.topics if t.elsewhere and not t.concerns(meeting)
    )
    in_office = _presidency_in_office(when)
    parties = meeting_parties(meeting)
    dated = frozenset(
        (normalise(phrase), t.id)
        for t in taxonomy.topics
        if t.id not in topics
        for day, phrases in t.aliases_since.items()
        if when and when >= day
        for phrase in phrases
    )
    if not topics and not partner_events and not in_office and not dated and not parties:
        return NO_SCOPE
    return Scope(
        topics,
        partner_events,
        instead,
        wars=partner_events,
        dated=dated,
        in_office=in_office,
        parties=parties,
    )


def meeting_parties(meeting: str | None) -> frozenset[str]:
    """The agencies and bodies a meeting is held with, as its title names them ("Frontex-CBP
    staff talks": frontex), whether or not it names a dialogue partner."""
    padded = f" {normalise(meeting)} " if meeting else ""
    return frozenset(body for body in _PARTY_BODIES if f" {body} " in padded)


# Agencies and bodies a meeting may be held with, whose names are also a topic's words
_PARTY_BODIES = frozenset(
    {"frontex", "fatf", "gafi", "financial action task force", "groupe d action financière", "euda"}
)


def _presidency_in_office(when: dt.date | None) -> frozenset[str]:
    """The adjective and country of the Presidency in office on `when` (none if unknown)."""
    if when is None or calendar_gap(when) is not None:
        return frozenset()
    chair = presidency_on(when)
    # (French outcomes name it too: "la présidence finlandaise")
    french = presidency_adjective(chair.adjective, "fr") or chair.adjective
    return frozenset({normalise(chair.adjective), normalise(chair.country), normalise(french)})


def item_scope(taxonomy: Taxonomy, scope: Scope, title: str, partner: str | None) -> Scope:
    """The Scope of an item of a meeting that names no dialogue partner (a working party
    whose items go by partner): an item titled by a partner ("Western Balkans", "EU-US:
    preparation of the Ministerial", given as `partner` when an "EU-X" pair names it) holds
    back the topics that partner's dialogue cannot discuss, and in it a bare "the war" is the
    war named after that partner, once begun. Its events stay as they were."""
    named = [partner] if partner else _title_partners(taxonomy, f" {normalise(title)} ")
    if not named:
        return scope
    held_scopes = [meeting_scope(taxonomy, f"EU-{name}") for name in named]
    # (an item on two partners, "Georgia and Ukraine: visa-free travel", holds back only what
    # neither dialogue can discuss, and reads each name as that partner)
    held = frozenset.intersection(*(h.topics for h in held_scopes))
    events = frozenset().union(*(h.partner_events for h in held_scopes)) - scope.topics
    return replace(
        scope,
        topics=scope.topics | held,
        instead=scope.instead | frozenset().union(*(h.instead for h in held_scopes)),
        wars=scope.wars | events,
        partner_events=scope.partner_events | events,
    )


_A_RELATION_WITH = re.compile(
    r"^ (?:(?:eu|the eu s|l ue)\s+)?(?:cooperation|relations?|dialogue|partnership|coopération"
    r"|partenariat)\s+(?:with|avec)\s+(?:the |la |le |l )?"
)


def _title_partners(taxonomy: Taxonomy, padded: str) -> list[str]:
    """The dialogue partners a normalised, space-padded title opens with: one, or two joined
    by "and" ("georgia and ukraine visa free travel")."""
    # (after the words of a relation: "Cooperation with Ukraine", "Relations avec la Moldavie")
    padded = _A_RELATION_WITH.sub(" ", padded, count=1)
    first = next((d for d in taxonomy._dialogue_keys if padded.startswith(f" {d} ")), None)
    if first is None:
        return []
    rest = padded[len(first) + 1 :]
    second = next(
        (
            d
            for d in taxonomy._dialogue_keys
            for joint in (" and ", " et ")
            if rest.startswith(f"{joint}{d} ")
        ),
        None,
    )
    return [first, second] if second else [first]


def war_scope(taxonomy: Taxonomy, scope: Scope, title: str, text: str, parent: str = "") -> Scope:
    """The Scope of an item titled by a war it does not name ("Security consequences of the
    war", "People fleeing the war"): the war of the event topic whose country its text names
    ("Ukrainian government networks", "Temporary Protected Status for Ukrainians"), once that
    event had begun. Elsewhere a bare "the war" names no topic; under a title that names the
    war's country ("Russia's war against Ukraine > People fleeing the war") the title says it,
    and a place ("Weapons from the war zone") is no war."""
    if not _THE_WAR.search(re.sub(r"\bwar zones?\b", "", normalise(title))):
        return scope
    named = taxonomy._events_named(f" {normalise(f'{title} {text}')} ") - scope.topics
    named -= taxonomy._events_named(f" {normalise(f'{title} {parent}')} ")
    return replace(scope, wars=scope.wars | named) if named - scope.wars else scope


def unit_scope(taxonomy: Taxonomy, scope: Scope, titles: str, text: str) -> Scope:
    """The Scope of one unit of a meeting that names no dialogue partner (a working party, a
    mixed committee), from its `titles` (its own and its item's) and its `text`: a topic kept
    for some partners ("visa reciprocity" with the US) is held back where the unit names none
    of them, nor the topic itself in a title, and its words name its `elsewhere` topic (the
    Visa Code at the Visa Working Party is migration; an item "Visa reciprocity" is not)."""
    if not taxonomy._has_partners:
        return scope
    in_titles = f" {normalise(titles)} "
    in_unit = f"{in_titles}{normalise(text)} "  # normalised once for every partner topic
    held = [
        t
        for t in taxonomy._has_partners
        if t.id not in scope.topics
        and not t._names_a_partner(in_unit)
        and not any(f" {alias} " in in_titles for alias in _its_own_aliases(t, taxonomy))
    ]
    if not held:
        return scope
    return replace(
        scope,
        topics=scope.topics | {t.id for t in held},
        instead=scope.instead | {(t.id, t.elsewhere) for t in held if t.elsewhere},
    )


def another_partners_item(taxonomy: Taxonomy, scope: Scope, titles: str) -> Scope:
    """The Scope of an item of one partner's dialogue titled by another partner of a topic it
    holds back: the item brings that partner's file in ("Réciprocité en matière de visas
    avec les États-Unis" at an EU-Canada dialogue is visa reciprocity, not Canada's visas)."""
    padded = f" {normalise(titles)} "
    released = {
        t.id
        for t in taxonomy._has_partners
        if t.id in scope.topics
        and t._names_a_partner(padded)
        # (by the file's own name: "Relations with the United States on drugs" brings no
        # EU-US agreement in)
        and any(f" {alias} " in padded for alias in _its_own_aliases(t, taxonomy))
    }
    if not released:
        return scope
    return replace(
        scope,
        topics=scope.topics - released,
        instead=frozenset(pair for pair in scope.instead if pair[0] not in released),
    )


def _its_own_aliases(topic: Topic, taxonomy: Taxonomy) -> list[str]:
    """The aliases of a topic with partners that a title names it by: not those that hold a
    phrase of its `elsewhere` topic ("judicial cooperation in criminal matters" titles a CATS
    debate on judicial cooperation, not the EU-US agreements; "visa reciprocity" stays its own)."""
    other = taxonomy._by_id.get(topic.elsewhere) if topic.elsewhere else None
    if other is None:
        return topic._alias_keys
    theirs = [f" {alias} " for alias in other._alias_keys]
    return [a for a in topic._alias_keys if not any(o in f" {a} " for o in theirs)]


@dataclass(frozen=True)
class Assignment:
    """Why a piece of text belongs to a topic: what matched, where, and the total score."""

    topic: str
    where: Literal["title", "text", "parent title", "meeting title", "sub-item before"]
    method: Literal["alias", "mention", "pattern", "fuzzy"]
    matched: str  # the alias, mention or pattern of the taxonomy
    phrase: str  # the words of the document that matched it
    score: float  # evidence added up (THRESHOLD or more); a fuzzy title alone: rapidfuzz / 100
    hits: int = 0  # phrases of the topic found in the text
    codes: tuple[str, ...] = ()  # the record's subject-code families that support the topic

    def explain(self) -> str:
        what = {"alias": "alias", "mention": "mention", "pattern": "pattern"}.get(
            self.method, "close to alias"
        )
        extra = f", {self.hits} in text" if self.hits and self.where != "text" else ""
        extra += f", {self.hits} hits" if self.where == "text" else ""
        extra += f", codes {'/'.join(self.codes)}" if self.codes else ""
        return (
            f"{self.where} {what} {self.matched!r} matched {self.phrase!r}"
            f"{extra} (score {self.score:.2f})"
        )


class Taxonomy(BaseModel):
    """The topics a corpus is sorted into."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    topics: list[Topic]
    ignore: list[str] = Field(
        default_factory=list,
        description='phrases that contain a topic\'s word but name no topic ("cross-border")',
    )
    dialogues: list[str] = Field(
        default_factory=list,
        description="dialogue partners that may title an item of a meeting with no partner"
        ' (a working party\'s "Western Balkans" item)',
    )

    def ids(self) -> list[str]:
        return [t.id for t in self.topics]

    def get(self, topic_id: str) -> Topic | None:
        return self._by_id.get(topic_id)

    def suggest(self, name: str) -> str | None:
        """The closest topic id to a mistyped `name` (for "did you mean"), or None."""
        choices = {t.id: t.id for t in self.topics}
        choices.update({f"{t.id}\0{t.label}": t.id for t in self.topics})
        best = process.extractOne(
            name.lower(),
            {key: key.split("\0")[-1].lower() for key in choices},
            scorer=fuzz.WRatio,
            score_cutoff=60,
        )
        return choices[best[2]] if best else None

    def fingerprint(self) -> str:
        """A short hash that changes whenever any topic definition changes."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()[:16]

    @cached_property
    def _by_id(self) -> dict[str, Topic]:
        return {t.id: t for t in self.topics}

    @cached_property
    def _keys(self) -> dict[str, list[tuple[str, bool]]]:
        """Normalised phrase -> [(topic id, strong)]: aliases and labels strong, mentions weak."""
        keys: dict[str, list[tuple[str, bool]]] = {}
        for topic in self.topics:
            strong = {k: True for k in topic._alias_keys}
            weak = {k: False for k in map(normalise, topic.mentions) if k and k not in strong}
            for key, is_strong in {**strong, **weak}.items():
                keys.setdefault(key, []).append((topic.id, is_strong))
        for phrase in map(normalise, self.ignore):  # found, and so consumed, but naming nothing
            keys.setdefault(phrase, [])
        return keys

    @cached_property
    def _first_words(self) -> dict[str, int]:
        """First word of each phrase -> the most words a phrase starting with it has."""
        longest: dict[str, int] = {}
        for key in self._keys:
            words = key.split()
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
        return longest

    @cached_property
    def _dialogue_keys(self) -> list[str]:
        return [k for k in map(normalise, self.dialogues) if k]

    @cached_property
    def _event_mentions(self) -> list[tuple[str, list[str]]]:
        """(topic id, its mentions padded with spaces) for each event topic (`since`)."""
        return [(t.id, [f" {normalise(m)} " for m in t.mentions]) for t in self.topics if t.since]

    def _events_named(self, padded: str) -> set[str]:
        """The event topics one of whose mentions (the country, "Ukrainian") a padded,
        normalised text holds."""
        return {i for i, mentions in self._event_mentions if any(m in padded for m in mentions)}

    @cached_property
    def _event_groups(self) -> list[tuple[str, list[str]]]:
        """(topic id, its partner groups padded with spaces) for each event topic with some."""
        return [
            (t.id, [f" {normalise(g)} " for g in t.partner_groups])
            for t in self.topics
            if t.since and t.partner_groups
        ]

    def _partners_named(self, padded: str) -> set[str]:
        """The event topics whose country a padded, normalised meeting title names, itself or
        as one of a group ("EU-Eastern Partnership Senior Officials Meeting": Ukraine)."""
        grouped = {i for i, groups in self._event_groups if any(g in padded for g in groups)}
        return self._events_named(padded) | grouped

    @cached_property
    def _has_quiet(self) -> list[Topic]:
        return [t for t in self.topics if t.quiet]

    @cached_property
    def _has_patterns(self) -> list[Topic]:
        return [t for t in self.topics if t.patterns]

    @cached_property
    def _has_partners(self) -> list[Topic]:
        return [t for t in self.topics if t.partners]

    @cached_property
    def _fuzzy_choices(self) -> list[tuple[str, str]]:
        """(alias, topic id) for every alias long enough to be matched fuzzily."""
        return [
            (alias, t.id)
            for t in self.topics
            for alias in t._alias_keys
            if len(alias) >= FUZZY_MIN_ALIAS_LENGTH
        ]


#: taxonomies already validated in this process, by file and content (a long-lived
#: `packgen serve` and a pack of several briefs read the same topics.yaml again and again)
_LOADED: dict[tuple[str, str], Taxonomy] = {}


def load_topics(path: Path = DEFAULT_TOPICS) -> Taxonomy:
    """Read and validate a topics.yaml; InputError names the file, line and field on bad input."""
    path = Path(path)
    text = read_text(path)
    key = (str(path.resolve()), hashlib.sha256(text.encode("utf-8")).hexdigest())
    if key not in _LOADED:
        if len(_LOADED) >= 16:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[key] = _parse_topics(parse_yaml(text, path))
    return _LOADED[key]


def _parse_topics(loaded: LoadedYaml) -> Taxonomy:
    taxonomy = validate_mapping(loaded, Taxonomy, "expected a mapping with a 'topics' list")
    seen: set[str] = set()
    for index, topic in enumerate(taxonomy.topics):
        if topic.id in seen:
            loc = ("topics", index, "id")
            raise InputError(
                loaded.path,
                f"{format_loc(loc)}: duplicate id '{topic.id}'",
                line=loaded.line_of(loc),
            )
        seen.add(topic.id)
    for index, topic in enumerate(taxonomy.topics):
        if topic.elsewhere is not None and topic.elsewhere not in seen:
            loc = ("topics", index, "elsewhere")
            raise InputError(
                loaded.path,
                f"{format_loc(loc)}: unknown topic '{topic.elsewhere}'",
                line=loaded.line_of(loc),
            )
    _every_dated_phrase_found(loaded, taxonomy)
    return taxonomy


def _every_dated_phrase_found(loaded: LoadedYaml, taxonomy: Taxonomy) -> None:
    """InputError for an `aliases_since` phrase that is no topic's alias or mention: it only
    adds a topic to a phrase already found, so on its own it would never be read."""
    for index, topic in enumerate(taxonomy.topics):
        for day, phrases in topic.aliases_since.items():
            for number, phrase in enumerate(phrases):
                if normalise(phrase) not in taxonomy._keys:
                    loc = ("topics", index, "aliases_since", day.isoformat(), number)
                    raise InputError(
                        loaded.path,
                        f"{format_loc(loc)}: {phrase!r} is no topic's alias or mention, so it"
                        " is never found: give it to the topic it names at all times",
                        line=loaded.line_of(loc),
                    )


# A point given in notes "for info, no discussion" is not discussed at all ("COM: EC3 activity
# report; Budapest Convention ratifications. For info; no discussion.", "DoJ: ransomware task
# force; for info only, no discussion; to be taken up at the Ministerial."; a longer text that
# only ends so loses its title: _NO_DISCUSSION; a note that opens "For info:" and closes "No
# discussion." gave all it says for information)
_FOR_INFO = r"for\s+info(?:rmation)?"  # notes' "for info", wherever a rule reads it
_WITHOUT_DEBATE = re.compile(
    r"\bwithout\s+(?:any\s+)?(?:discussion|debate)\b|\bsans\s+(?:débat|discussion)\b", re.IGNORECASE
)
_FOR_INFO_NO_DISCUSSION = re.compile(
    rf"\b{_FOR_INFO}(?:\s+only)?\s*[,;:]?\s*no\s+(?:discussion|debate)\b"
    # ... and so is one a whole sentence says so of ("The item was for information only and
    # there was no discussion.", "The item was taken for information only, without discussion")
    r"|\b(?:item|point)\s+was\s+(?:taken\s+|given\s+|presented\s+)?for\s+information(?:\s+only)?"
    r"\s*(?:,\s*without\s+(?:discussion|debate)|(?:,\s*|\s+and\s+)there\s+was\s+no"
    r"\s+(?:discussion|debate))\b"
    r"|\b(?:ce\s+)?point\s+a\s+été\s+(?:donné|présenté|traité)\s+pour\s+information(?:\s+seulement)?"
    r"\s*,\s*sans\s+(?:débat|discussion)\b"
    rf"|^\s*{_FOR_INFO}\s*:[^\n]*?\bno\s+(?:discussion|debate)\s*\.?\s*$",
    re.IGNORECASE,
)

# ... and so is an item that says no discussion took place under it, whatever it recalled or a
# side asked first ("No discussion took place under this item. The delegations recalled the
# Joint Communication on cybersecurity.", "... The Commission replied that it could not yet give
# a date. No other discussion took place under this item.", "Aucune autre discussion n'a eu
# lieu sur ce point."; the 37 units of the sets that say so are labelled with no topic)
_NOTHING_DISCUSSED_UNDER_IT = re.compile(
    r"\bno\s+(?:other\s+|further\s+)?discussion\s+took\s+place\s+(?:under|on)\s+(?:this|the)\s+"
    r"(?:agenda\s+)?(?:item|point)\b"
    r"|\baucune\s+(?:autre\s+)?discussion\s+n['’]a\s+eu\s+lieu\s+(?:sur|sous)\s+ce\s+point\b",
    re.IGNORECASE,
)
# ... but an item titled by its file whose text ends in the other phrasings is that file,
# presented ("Privacy Shield": "The Commission informed delegations of the texts ... There was
# no discussion under this item."); titled by no file, it holds nothing ("No discussion was
# held under this item.")
_NOTHING_UNDER_THIS_ITEM = re.compile(
    r"\b(?:no\s+discussion\s+was\s+held|there\s+was\s+no\s+discussion)\s+"
    r"(?:under|on)\s+this\s+(?:item|point)\s*[.;]?\s*$"
    r"|\baucune\s+discussion\s+n['’]a\s+eu\s+lieu\s+au\s+titre\s+de\s+ce\s+point\s*[.;]?\s*$",
    re.IGNORECASE,
)

# ... and so is any item whose text says no file was discussed under it, or none of those it
# named ("None of these files was discussed under this item, as each had its own item", "took
# note of this without discussing the files", "No file was discussed.", "Aucun dossier n'a été
# abordé sous ce point."): what it names was recalled or mourned, not discussed ("No other
# file was discussed" says one was)
_NO_FILE_DISCUSSED = re.compile(
    r"\b(?:no\s+files?|none\s+of\s+(?:these|those|the|its)\s+(?:files|subjects|dossiers))\s+"
    r"(?:was|were)\s+(?:discussed|debated|taken\s+up|examined|addressed)\b"
    r"|\bwithout\s+(?:discussing|debating|taking\s+up)\s+(?:the|these|those|any\s+of\s+the)\s+files\b"
    r"|\baucun\s+(?:dossier|de\s+ces\s+dossiers)\s+n['’]a\s+été\s+(?:abordé|examiné|discuté|débattu"
    r"|traité)\b"
    r"|\bsans\s+(?:aborder|examiner|discuter|débattre\s+d)\s*(?:les|ces)\s+dossiers\b",
    re.IGNORECASE,
)

# ... and so is an item whose whole text asks for its file on a later agenda ("Firearms": "France
# asked that the fight against firearms trafficking be put on the agenda of the next meeting.",
# "La délégation française a demandé que ... soit inscrite à l'ordre du jour de la prochaine
# réunion."): the file is wished for another meeting, not discussed at this one
# (the request itself, which a sentence of any item also names in passing: see _NOT_DONE)
_ASKED_ONTO_AN_AGENDA = (
    r"\b(?:(?:asked|requested|proposed|suggested)\s+that\s+[^.;]{1,160}?\s+(?:should\s+)?be\s+"
    r"(?:put|placed|included|added|inscribed)\s+(?:on|in|to)\s+(?:the|its|their|that|this)\s+agenda"
    r"|(?:demandé|souhaité|souhaite|souhaiterait|souhaitent|proposé)\s+que\s+[^.;]{1,160}?\s+"
    r"soi(?:t|ent)\s+(?:inscrite?s?|ajoutée?s?|mise?s?)\s+à\s+l['’]\s*ordre\s+du\s+jour"
    # ("The US asked to add drugs sent by post to the agenda of the next meeting.")
    r"|(?:asked|proposed|suggested|wished|offered)\s+to\s+(?:add|put|place|include)\s+[^.;]{1,160}?\s+"
    r"(?:to|on|in)\s+(?:the|its|their)\s+agenda)\b"
)
# ... and that nothing else was raised, which leaves it the item's whole business ("No other
# point was raised.", "Aucun autre point n'a été soulevé.")
_NOTHING_ELSE_RAISED = (
    r"(?:no\s+(?:other|further)\s+(?:point|question|issue|matter)s?\s+(?:was|were)\s+raised"
    r"|aucune?\s+autre\s+(?:point|sujet|question)\s+n['’]a\s+été\s+(?:soulevée?|abordée?))"
)
_ONLY_ASKED_FOR_AN_AGENDA = re.compile(
    rf"^[^.;]{{0,80}}?{_ASKED_ONTO_AN_AGENDA}[^.;]*[.;]?(?:\s*{_NOTHING_ELSE_RAISED}\s*[.;]?)?\s*$",
    re.IGNORECASE,
)

# ... and so is an item whose whole text says its file was only mentioned ("The first joint
# review of the Umbrella Agreement was mentioned only as part of a recap of files moved since
# January.")
_ONLY_MENTIONED_ITEM = re.compile(
    r"^[^.;]{1,200}?\s+(?:was|were)\s+(?:only\s+(?:mentioned|named|cited|referred\s+to)\s+(?:as|in"
    r"|among|within|by)|(?:mentioned|named|cited|referred\s+to)\s+only\s+(?:as|in|among|within|by)"
    r"|(?:mentioned|named|cited)\s+in\s+passing)\b[^.;]*[.;]?\s*$",
    re.IGNORECASE,
)

# A sentence that passes one named thing over without debate ("The US ban on laptops in cabins
# was mentioned without discussion.", "L'interdiction ... a été évoquée sans discussion."): it
# says so of its own subject, not of the item (not "The item was presented without discussion")
_NAMED_WITHOUT_DEBATE = re.compile(
    r"(?:^|(?<=[.;]))\s*"
    r"(?!(?:the|this|that)\s+(?:agenda\s+)?(?:item|point|report|presentation|subject|briefing"
    r"|information|session)\b)"
    r"(?!(?:ce|le|l['’])\s*(?:point|sujet|rapport|exposé|information)\b)"
    r"(?!(?:la|cette)\s+(?:présentation|note|information|question)\b)"
    r"[^.;]{3,200}?\s+(?:(?:was|were)\s+(?:only\s+|briefly\s+)?(?:mentioned|raised|noted"
    r"|referred\s+to|touched\s+(?:on|upon)|cited|named)"
    r"|(?:a|ont)\s+été\s+(?:seulement\s+|brièvement\s+)?(?:évoqué|mentionné|cité|signalé"
    r"|soulevé)e?s?)"
    # (and what it was mentioned as: "was mentioned as one of the areas where requests take
    # longest, without discussion")
    r"(?:\s+(?:as|among|comme|parmi)\s[^.;]{1,120}?,?)?"
    r"\s+(?:without\s+(?:any\s+)?(?:discussion|debate)|sans\s+(?:débat|discussion))\s*(?:[.;]|$)",
    re.IGNORECASE,
)


def _says_no_file_discussed(text: str) -> bool:
    """Whether a unit's text says no file was discussed under it, asks only for its file on a
    later agenda, or says its file was only mentioned: a unit with no topic, whatever its title
    or its meeting's file."""
    whole = text.strip()
    return bool(
        _NO_FILE_DISCUSSED.search(whole)
        or _ONLY_ASKED_FOR_AN_AGENDA.match(whole)
        or _ONLY_MENTIONED_ITEM.match(whole)
    )


def _of_the_item(
    text: str,
    title: str,
    taxonomy: Taxonomy,
    titles: dict[tuple[str, Scope], list[Assignment]] | None,
    scope: Scope,
) -> str:
    """`text` without the sentences that pass a thing the title does not name over without
    debate (see _NAMED_WITHOUT_DEBATE): what they say of debate is their subject's, not the
    item's ("PNR": "The joint evaluation of the PNR Agreement was noted without discussion." is
    the item's, by the title's own word)."""
    if not _NAMED_WITHOUT_DEBATE.search(text):
        return text
    phrases = {a.phrase for a in title_matches(title, taxonomy, titles, scope)}

    def its_own(sentence: re.Match[str]) -> str:
        said = f" {normalise(sentence[0])} "
        return sentence[0] if any(f" {p} " in said for p in phrases) else " "

    return _NAMED_WITHOUT_DEBATE.sub(its_own, text)


def match_item(
    title: str,
    text: str,
    taxonomy: Taxonomy,
    subject_codes: Sequence[str] = (),
    titles: dict[tuple[str, Scope], list[Assignment]] | None = None,
    parent: str | None = None,
    meeting: str | None = None,
    scope: Scope | None = None,
) -> list[Assignment]:
    """The topics of one item or sub-item, from its title AND its text, each explained.

    Every topic is scored (weights above): its words in the title, its aliases and
    mentions in the text (sentences that list three topics or more are no evidence), the
    `parent` item's title for a sub-item, and the record's subject codes as support. A
    topic scoring THRESHOLD or more is assigned. An item whose title names an `exclusive`
    topic (the incoming Presidency's priorities) takes no topic from its text: it lists them;
    and an exclusive topic is taken from a text only where a sentence presents priorities
    (never from a passing "under the incoming Presidency" in any other business). A topic with `partners` is only considered in a
    `meeting` that names one of them (`scope`, when given, is the meeting_scope already
    computed, with the topics whose event had not begun). `titles` keeps each title's
    matches across calls.
    """
    # (a text whose paragraphs are numbered reads from its first words: "(1) This item was
    # postponed to the next Senior Officials Meeting for lack of time.")
    text = _PARAGRAPH_NUMBER.sub("", text, count=1)
    if (
        _FOR_INFO_NO_DISCUSSION.search(text)
        or _ITEM_PUT_OFF_AT_THE_END.search(text)
        or _NOTHING_DISCUSSED_UNDER_IT.search(text)
        or _says_no_file_discussed(text)
    ):
        return []
    scope = scope if scope is not None else meeting_scope(taxonomy, meeting)
    if _NOTHING_UNDER_THIS_ITEM.search(text) and not title_matches(title, taxonomy, titles, scope):
        return []
    if not_discussed := _opens_undiscussed(text):
        # "Postponed for lack of time.": the title names what was not discussed; what the
        # text goes on to report ("The Commission circulated a note on the Umbrella
        # Agreement.") is read as any text, without the title, and so is what a colon says
        # was discussed in its place ("... not dealt with as such: the discussion was on")
        instead = _DISCUSSED_IN_ITS_PLACE.match(text, not_discussed.end())
        rest = (
            text[instead.end() :]
            if instead
            else "".join(_SENTENCE_END.split(text.strip(), maxsplit=1)[1:])
        )
        # (a report promised for a later meeting puts the point off again: "The Commission
        # will report on the Privacy Shield at the Ministerial in June."; so does a request
        # to keep it on the agenda, and a reminder is no discussion: "The Presidency only
        # recalled the action plan.")
        rest = " ".join(
            s for s in _sentences(rest) if not _LATER_REPORT.search(s) and not _ONLY_KEPT.search(s)
        )
        if not rest.strip():
            return []
        return match_item("", rest, taxonomy, subject_codes, titles, None, meeting, scope)
    if title and (instead := _TIME_USED_INSTEAD.match(stripped := text.strip())):
        # the title's file was put off, or the discussion left it: only what the time went to
        # is read, without the title
        # (once: a text read again without its title may still open with what a lookahead
        # matched, "Le point a porté pour l'essentiel sur ...")
        return match_item(
            "", stripped[instead.end() :], taxonomy, subject_codes, titles, None, meeting, scope
        )
    said = _without_examples(_without_points_not_taken_up(_without_undiscussed(text, title)))
    of_the_item = _of_the_item(text, title, taxonomy, titles, scope)
    if (
        _NO_DISCUSSION.search(of_the_item)
        or _DISCUSSED_INSTEAD.match(text)
        or (text.strip() and not said.strip())
        or _TRIBUTE_TITLE.match(title.strip())
    ):
        # taken without debate, or every point the text makes was not taken up ("The US side
        # mentioned its report on cocaine routes; the point was not discussed."), or the
        # text says something else was discussed under it: the title names what was not
        # discussed
        title, parent = "", None
    # ("Next Cyber Dialogue" names the series whose next meeting the text dates, not a file)
    named = (
        []
        if _NEXT_MEETING_TITLE.match(title.strip())
        else title_matches(title, taxonomy, titles, scope)
    )
    by_title = {
        a.topic: a
        for a in named
        if not _the_chair_in_office(a.topic, a.phrase, taxonomy, scope)
        and not (taxonomy._by_id[a.topic].exclusive and _THE_CHAIRS_PRIORITIES.search(title))
    }
    if any(taxonomy._by_id[t].exclusive for t in by_title):
        return [a for a in by_title.values() if a.score >= THRESHOLD]
    listed = (
        _ONLY_A_REMINDER.search(said)
        or _NAMES_ONLY_TITLE.match(title.strip())
        or _OPENING_AND_FRAME.match(title.strip())
        or (parent is None and _RECAP_TITLE.match(title.strip()))
        or _CHAIRS_CONCLUSIONS.match(title.strip())
        or _STATUS_TITLE.search(title)
    )
    evidence = (
        _listed_evidence(said, taxonomy, scope) | _said_discussed(said, taxonomy, scope)
        if listed
        else text_evidence(said, taxonomy, scope)
    )
    if _ACTIONS_REVIEWED.match(title.strip()):
        # a review of the actions agreed names each action's file in one sentence, in passing;
        # a file it goes back to, or says was discussed, is ("the ransomware exercise ... The
        # ransomware indicators are now shared weekly", "The longest discussion concerned ...")
        kept = _said_discussed(said, taxonomy, scope).keys()
        evidence = {t: e for t, e in evidence.items() if len(e.sentences) >= 2 or t in kept}
    discussed = {t for t, e in evidence.items() if e.score}
    if _WITHOUT_DEBATE.search(of_the_item):
        # "The Commission reported, without discussion, on the talks on an enhanced Privacy
        # Shield. The incoming Slovenian Presidency presented its priorities." under "Data
        # protection and the next meeting": a title's topic the text does not name again was
        # given without debate
        # (and so is its parent's: the point was not discussed)
        kept = {t: a for t, a in by_title.items() if t in evidence and evidence[t].hits}
        parent = parent if kept.keys() == by_title.keys() else None
        by_title = kept
    # (a topic the text discusses elsewhere is not put off: "On PNR, ... Delegations saw no
    # need to discuss the TFTP" puts off money laundering, not counter-terrorism)
    put_off = {
        topic: keys
        for topic, keys in _put_off_topics(text, taxonomy, scope).items()
        if topic not in discussed
    }
    if (set(by_title) | discussed) - set(put_off):
        # "The point on encryption was postponed.": of a title naming several topics, one
        # the text says was not discussed goes (an item wholly put off keeps its title's
        # topic: it is on the agenda still) ...
        for topic, keys in put_off.items():
            # ... unless the title's phrase for it names a file of another topic too, which
            # stays ("Terrorist Finance Tracking Program" / "The point on PNR was postponed":
            # the TFTP is still counter-terrorism as well as money laundering)
            if topic in by_title and _a_file_still_discussed(by_title, topic, put_off, keys):
                continue
            by_title.pop(topic, None)
    inherited = (
        {a.topic: a for a in title_matches(parent, taxonomy, titles, scope)} if parent else {}
    )
    own = set(by_title) | {t for t, e in evidence.items() if e.score >= THRESHOLD}
    # a sub-item that names no topic of its own is a strand of its item: it inherits the title;
    # so does each sub-item of an item titled by an event (a war): its strands are consequences;
    # and one whose text names only what the title's one file is ("Terrorist Finance Tracking
    # Programme" / "(a) The vote of the Parliament": "trace the funding of terrorist groups")
    # (and so does one titled by an aspect of its item's file, or by that file's relation to
    # another: "Terrorist Finance Tracking Program" / "(b) Data protection aspects")
    # (and so is each sub-item of an item titled by one agreement: "The EU-US PNR Agreement" /
    # "(b) Retention and masking of data" is a strand of the agreement)
    parent_weight = (
        1.0
        if not own
        or _one_file_again(own, inherited)
        or _AN_ASPECT_OF_THE_ITEM.match(title)
        or _one_agreement(parent, taxonomy, titles, scope)
        else PARENT_WEIGHT
    )
    families = {code_family(code) for code in subject_codes}
    titled = by_title.keys() | inherited.keys()
    found = by_title.keys() | evidence.keys() | inherited.keys()
    out: list[Assignment] = []
    for topic in (t for t in taxonomy.topics if t.id in found):  # only topics with evidence
        in_title, in_text, in_parent = (
            by_title.get(topic.id),
            evidence.get(topic.id),
            inherited.get(topic.id),
        )
        score = (in_title.score if in_title else 0.0) + (in_text.score if in_text else 0.0)
        weight = (
            1.0
            if topic.since
            and in_parent
            and in_parent.method == "alias"
            and not _titled_by_the_other_file(topic.id, by_title, inherited)
            else parent_weight
        )
        score += weight * in_parent.score if in_parent else 0.0
        if in_text and (in_title or in_parent):  # the setting of a topic a title names
            score += in_text.setting
        if score == 0.0:
            continue
        support = tuple(sorted(families & set(topic.subject_codes)))
        score += CODE_WEIGHT if support else 0.0
        mentions_only = not in_title and not in_parent and in_text and in_text.only_mentions
        if mentions_only and len(in_text.sentences) < MENTION_SENTENCES:
            continue  # "checks at the Schengen external borders": one passing remark
        if (
            topic.since
            and not in_title
            and not in_parent
            and in_text
            and _only_setting(topic.id, evidence, taxonomy)
            # (by any of its words: "Ukraine said that people who fled the fighting in Donbas")
            and not any(_the_war_itself(p, text) for p in {in_text.phrase, *in_text.counts})
            and (in_text.key, topic.id) not in scope.dated  # those it protects fled the war
            and not _the_wars_own(topic.id, in_text, scope)
        ):
            continue  # "weapons diverted since Russia's war began": the war as a setting
        if in_text and not in_title and not in_parent and _the_field_of(topic, in_text, titled):
            continue  # "an action plan against criminal networks": the titled topic's setting
        if score < (MENTIONS_ALONE if mentions_only else THRESHOLD):
            continue
        hits = in_text.hits if in_text else 0
        if in_title is not None:
            base = in_title
        elif in_text is not None and in_text.hits:
            base = Assignment(topic.id, "text", in_text.method, in_text.key, in_text.phrase, 0)
        else:
            assert in_parent is not None
            base = replace(in_parent, where="parent title")
        out.append(replace(base, score=round(score, 2), hits=hits, codes=support))
    return _without_a_shared_heading(out, taxonomy)


def _titled_by_the_other_file(
    topic: str, by_title: dict[str, Assignment], inherited: dict[str, Assignment]
) -> bool:
    """Whether a sub-item's title names another of the files its item's title names beside the
    event `topic` ("Security: terrorism and the war" / "(a) Terrorist threat"): that strand is
    the other file's, not a consequence of the event."""
    return topic not in by_title and bool((by_title.keys() & inherited.keys()) - {topic})


_AN_AGREEMENT = re.compile(r"\b(?:agreement|accord)\b", re.IGNORECASE)
# The number a drafter gives a unit's first paragraph ("(1) ", "(i) ")
_PARAGRAPH_NUMBER = re.compile(r"^\s*\((?:\d{1,2}|[ivx]{1,4})\)\s+")

# An item titled by a tribute names the attacks it mourns, not a file discussed ("Tribute to the
# victims of the attacks in Brussels", "Hommage aux victimes des attentats d'Arras")
_TRIBUTE_TITLE = re.compile(r"^(?:tribute|homage|hommage)\s+(?:to|aux?|à)\b[^:;]*$", re.IGNORECASE)


def _one_agreement(
    parent: str | None, taxonomy: Taxonomy, titles: dict | None, scope: Scope
) -> bool:
    """Whether an item's title names one agreement and nothing else of another topic."""
    return bool(parent and _AN_AGREEMENT.search(parent)) and (
        len(things_titled(parent, taxonomy, titles, scope)) == 1
    )


# What a text still to come is called ("the draft agreement", "the proposed Regulation")
_A_TEXT_TO_COME = r"draft|future|proposed|planned|new"
# A sub-item's title that names an aspect of its item's file or that file's relation to another
# ("Data protection aspects", "Aspects juridiques", "Relation with the mutual legal assistance
# agreement", "Articulation avec l'accord d'entraide judiciaire")
_AN_ASPECT_OF_THE_ITEM = gated(
    re.compile(
        r"\s*(?:(?:[\w'’-]+\s+){1,3}aspects|aspects\s+[\w'’-]+|(?:relation(?:ship)?s?|links?"
        r"|interplay|interaction|articulation|liens?)\s+(?:with|to|avec)\b"
        # (or by the item's agreement named only by its parties: "Electronic evidence" / "(b) The
        # EU-US agreement")
        # (or by the talks on it, or by what it holds: "(a) Negotiations on a new agreement", "(b)
        # Data protection safeguards in the agreement")
        r"|(?:(?:negotiations|talks)\s+(?:on|for)\s+(?:a|an|the)\s+"
        r"|(?:[\w'’-]+\s+){1,3}(?:in|of|under)\s+the\s+)?"
        rf"(?:the\s+)?(?:(?:{_A_TEXT_TO_COME}|EU-US|bilateral|long-term|longer-term|interim|successor"
        r"|permanent|definitive|comprehensive)\s+)*agreement"
        # ("(b) The longer-term agreement after Lisbon")
        r"(?:\s+(?:after|since|following|under)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
        # (or with its partner: "(a) Agreement with the United States", "a) Accord avec les
        # États-Unis")
        r"(?:\s+with\s+the\s+(?:US|United\s+States))?\s*$"
        # (or by the item's proposed act: "Child sexual abuse online" / "(a) Proposed Regulation",
        # "a) La proposition de règlement")
        rf"|(?:the\s+)?(?:(?:{_A_TEXT_TO_COME}|Commission['’]s)\s+)+(?:regulation|directive"
        r"|legislation)\s*$"
        r"|(?:la\s+)?proposition\s+de\s+(?:règlement|directive)\s*$"
        r"|(?:l['’]\s*)?(?:projet\s+d['’]\s*)?accord(?:\s+(?:UE-États-Unis|bilatéral"
        r"|avec\s+les\s+États-Unis))?\s*$"
        # ("a) Le texte de l'accord", "b) Les garanties de l'accord")
        r"|(?:(?:le|la|les|l['’])\s*)?(?:[\w'’-]+\s+){1,3}?(?:de|dans|du|sous)\s+l['’]\s*accord\s*$)",
        re.IGNORECASE,
    )
)


def _without_a_shared_heading(found: list[Assignment], taxonomy: Taxonomy) -> list[Assignment]:
    """The topics less one that only a word of the title mentions, with nothing of it in the
    text, when a topic the unit discusses reads its words as that one elsewhere (`elsewhere`):
    "Mobility" over a text on the Visa Waiver Program is the heading the two share, not a
    second file."""
    shared = {taxonomy._by_id[a.topic].elsewhere for a in found}
    return [
        a
        for a in found
        if not (a.where == "title" and a.method == "mention" and not a.hits and a.topic in shared)
    ]


# A meeting held on one file: its experts' meeting or the joint review of one agreement ("EU-US
# expert meeting on firearms trafficking", "Réunion d'experts UE-États-Unis sur la
# cybercriminalité", "Joint review of the TFTP Agreement")
# (and the annual or periodic review of one framework: "first periodic review of the EU-US
# Data Privacy Framework", "Premier réexamen annuel du bouclier de protection des données")
_REVIEW = r"(?:joint|annual|periodic)\s+review|réexamen\s+(?:conjoint|annuel|périodique)"
# ... and so is a round negotiating one instrument ("Fourth session of the Ad Hoc Committee on a
# UN cybercrime convention", "EU-US negotiating round on ... electronic evidence", "Réunion
# UE-États-Unis de négociation sur l'accès aux preuves électroniques"): a chapter it goes
# through that names no other file is a part of that instrument (one that does, "Data
# protection", is labelled that file alone as often as both: it is no review)
_NEGOTIATION = (
    r"ad\s+hoc\s+committee|negotiating\s+(?:round|session|meeting)|round\s+of\s+(?:the\s+)?"
    r"negotiations|(?:réunion|session|cycle)\s+(?:[\w-]+\s+){0,3}?de\s+négociations?"
)
_ONE_FILE_MEETING = re.compile(
    rf"\b(?:experts?|expert-level|d['’]experts|{_REVIEW}|{_NEGOTIATION})\b", re.IGNORECASE
)


def meeting_file(
    meeting: str, taxonomy: Taxonomy, titles: dict | None = None, scope: Scope = NO_SCOPE
) -> tuple[Assignment, ...]:
    """The topics of the one file a meeting of experts or a joint review is held on, named by
    one phrase of its title (the TFTP: counter-terrorism and money laundering), or ()."""
    if not _ONE_FILE_MEETING.search(meeting):
        return ()
    found = title_matches(meeting, taxonomy, titles, scope)
    if len({a.phrase for a in found}) != 1:
        return ()
    return tuple(replace(a, where="meeting title") for a in found)


# ... of which a review of one agreement or framework ("EU-US Joint Review of the PNR
# Agreement", "first periodic review of the EU-US Data Privacy Framework") speaks of that
# file in every item, whatever else the item names (its safeguards: "Sensitive data")
_REVIEW_MEETING = re.compile(rf"\b(?:{_REVIEW})", re.IGNORECASE)


def reviews_one_file(meeting: str) -> bool:
    """Whether a meeting (one on one file: see meeting_file) is the review of that file."""
    return _REVIEW_MEETING.search(meeting) is not None


def frames_a_meeting(title: str) -> bool:
    """Whether a title is one of a meeting's framing items: the opening, other business, the
    next steps or the next meeting."""
    return _FRAMING_TITLE.match(title) is not None


def with_the_meetings_file(
    title: str,
    found: Sequence[Assignment],
    file: Sequence[Assignment],
    review: bool,
    text: str = "",
) -> Sequence[Assignment]:
    """The topics of a unit of a meeting on one `file` (see meeting_file): a unit that names
    no file of its own is a strand of it; in a `review` of that file every unit is also the
    file's; the meeting's framing items stay as found, and so does a unit whose `text` says
    it was put off or given without discussion ("Ce point a été reporté ..."), or that what
    it names was not discussed ("...; the point was not discussed", "Ce dossier n'a pas fait
    l'objet d'un débat")."""
    if not file or frames_a_meeting(title) or (found and not review) or _undiscussed(text):
        return found
    if not found and (_NOT_DISCUSSED.search(text) or _NOT_DEBATED.search(text)):
        return found
    have = {a.topic for a in found}
    return (*found, *(a for a in file if a.topic not in have))


# (beside what _NOT_DISCUSSED reads: "... and not discussed", "n'a pas fait l'objet d'un débat")
_NOT_DEBATED = re.compile(
    r"\bn['’]\s*(?:a|ont)\s+pas\s+fait\s+l['’]objet\s+d['’]un\s+(?:débat|échange)"
    r"|\band\s+not\s+discussed\b",
    re.IGNORECASE,
)


# Priorities someone lists ("presented its JHA priorities: Schengen enlargement, ...", "a
# rappelé ses priorités ..., dont le pacte ...", "a présenté les priorités de la nouvelle
# administration ... : l'extrémisme violent ..."): the files are named, not discussed; only
# an incoming Presidency's presenting them is a topic (its exclusive one)
_PRIORITIES_LISTED = re.compile(
    r"\b(?:presented|recalled|outlined|listed|set\s+out)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"priorities\b[^.;:]{0,80}?:"
    # ... or a programme said to be built around its files ("set out its programme for the
    # second half of 2009, built around the Stockholm Programme, ..., asylum and ...")
    r"|\b(?:presented|recalled|outlined|set\s+out)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:priorities|programme)\b[^.;:]{0,80}?,\s+(?:built\s+around|centred\s+on|among\s+them"
    r"|including|in\s+particular)\b"
    r"|\b(?:a|ont)\s+(?:rappelé|présenté|exposé|énuméré)\s+(?:ses|leurs|les)\s+priorités\b"
    r"[^.;:]{0,100}?(?::|\bdont\b|\bparmi\s+lesquelles\b)",
    re.IGNORECASE,
)


# What a recap says was discussed among the files it lists, from those words on ("The only
# one discussed was the Umbrella Agreement", "Delegations concentrated on the operational
# follow-up on synthetic opioids", "..., avant de passer aux drogues de synthèse")
_SAID_DISCUSSED = re.compile(
    r"\b(?:(?:delegations|ministers|senior\s+officials|participants|both\s+sides|the\s+(?:two\s+)?"
    r"(?:sides|parties|delegations))\s+(?:then\s+)?(?:discussed|concentrated\s+on|focused\s+on"
    r"|turned\s+to)"
    # (in French too: "Les délégations ont discuté des armes réactivées")
    r"|\b(?:les\s+)?(?:délégations|ministres|participants|deux\s+parties|hauts\s+fonctionnaires)"
    r"\s+ont\s+(?:ensuite\s+)?(?:discuté|débattu|examiné)"
    r"|the\s+(?:discussion|exchange|debate)\s+(?:then\s+)?(?:focused|centred|centered"
    r"|concentrated|turned)\s+on"
    # ("The longest discussion concerned the Global Alliance", "the main discussion was on")
    r"|the\s+(?:longest|main|only|chief)\s+(?:discussion|exchange|debate)\s+(?:concerned|was\s+(?:on"
    r"|about)|dealt\s+with)"
    r"|the\s+only\s+(?:one|point|file|subject|item)\s+(?:discussed"
    r"|taken\s+up)|avant\s+de\s+passer\s+(?:à|aux?)|les\s+(?:discussions?|échanges?)\s+(?:ont|a)\s+"
    r"porté\s+sur"
    # ("Of these, only the PNR review was taken up", "Seul l'atelier sur les drogues de synthèse a
    # été examiné")
    r"|\bonly\s+(?=(?:the|its)\s+[^.;:]{1,80}?\s+(?:was|were)\s+(?:taken\s+up|discussed|debated"
    r"|examined)\b)"
    r"|\bseule?s?\s+(?=(?:le|la|les|l['’])\s*[^.;:]{1,80}?\s+(?:a|ont)\s+été\s+(?:examinée?s?"
    r"|abordée?s?|discutée?s?|débattue?s?|traitée?s?)\b))",
    re.IGNORECASE,
)


def _said_discussed(said: str, taxonomy: Taxonomy, scope: Scope) -> dict[str, Evidence]:
    """The evidence of what a unit that recaps a meeting says was discussed there: from the
    words that say so on, or, after "discussed only two of them", the sentences that follow."""
    sentences = _sentences(said)
    some = next((i for i, s in enumerate(sentences) if _ONLY_SOME_OF_THEM.search(s)), None)
    if some is not None:
        return text_evidence(" ".join(sentences[some + 1 :]), taxonomy, scope)
    parts = [s[m.start() :] for s in sentences if (m := _SAID_DISCUSSED.search(s))]
    return text_evidence(" ".join(parts), taxonomy, scope) if parts else {}


# ("The list annexed to the agenda covered fifteen files ... The officials discussed only two of
# them. On firearms, ...", "Seuls deux d'entre eux ont été examinés.")
_ONLY_SOME_OF_THEM = re.compile(
    r"\b(?:discussed|took\s+up|examined|debated)\s+only\s+(?:one|two|three|four|\d+)\s+of\s+"
    r"(?:them|these|those)\b"
    r"|\bonly\s+(?:one|two|three|four|\d+)\s+of\s+(?:them|these|those)\s+(?:was|were)\s+(?:discussed"
    r"|taken\s+up|examined)\b"
    r"|\bseul(?:e|s|es)?\s+(?:un|une|deux|trois|quatre|\d+)\s+d['’]entre\s+(?:eux|elles)\s+(?:a|ont)\s+été\s+"
    r"(?:examinée?s?|abordée?s?|discutée?s?)\b",
    re.IGNORECASE,
)


def _listed_evidence(said: str, taxonomy: Taxonomy, scope: Scope) -> dict[str, Evidence]:
    """What a unit that only names its topics still says: the incoming Presidency presenting
    its priorities, wherever it stands ("Next meetings" / "The incoming German Presidency
    presented its priorities ...")."""
    if not _INCOMING_PRIORITIES.search(said):
        return {}
    evidence = text_evidence(said, taxonomy, scope)
    return {t: e for t, e in evidence.items() if taxonomy._by_id[t].exclusive}


def _opens_undiscussed(text: str) -> re.Match[str] | None:
    """The opening of a unit's text that says it was not discussed: put off, withdrawn, with
    nothing new to report, or taken with another unit; what follows it is read on its own."""
    return (
        _ITEM_NOT_DISCUSSED.match(text)
        or _ITEM_WITHDRAWN.match(text)
        or _NOTHING_NEW.match(text)
        or _TAKEN_WITH_ANOTHER.match(text)
    )


def _undiscussed(text: str) -> bool:
    """Whether a unit's text says it was put off, given for information without discussion, or
    not discussed at all, or that no file was (see _says_no_file_discussed)."""
    return bool(
        _opens_undiscussed(text)
        or _FOR_INFO_NO_DISCUSSION.search(text)
        or _NOTHING_DISCUSSED_UNDER_IT.search(text)
        or _NO_DISCUSSION.search(text)
        or _UNDISCUSSED.search(text)
        or _WITHOUT_DEBATE.search(text)
        or _says_no_file_discussed(text)
    )


def _one_file_again(own: set[str], inherited: dict[str, Assignment]) -> bool:
    """Whether a sub-item's own topics are all those of the one phrase its item is titled by."""
    phrases = {a.phrase for a in inherited.values()}
    return len(phrases) == 1 and len(inherited) > 1 and own <= inherited.keys()


# Clauses joined in one sentence: what one says was not discussed leaves the other standing
# ("No agreement was reached on data protection, and the question of who negotiates was left
# aside": data protection was discussed)
# (and clauses after a semicolon: "applications had risen; it was not discussed whether those
# rates should converge": the applications were)
_COORDINATED = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas|et|mais|tandis\s+que)\s+", re.IGNORECASE
)


def _the_chair_in_office(topic: str, phrase: str, taxonomy: Taxonomy, scope: Scope) -> bool:
    """Whether an exclusive topic's phrase names the Presidency in office on the meeting's
    day ("The priorities of the French Presidency" at a meeting of February 2022): what it
    pursues this semester, not the incoming Presidency's priorities, also when it presents
    its programme in the first days of its term (it is in office, no longer incoming)."""
    words = set(phrase.split())
    return (
        taxonomy._by_id[topic].exclusive
        and bool(words & scope.in_office)
        and not words & {"incoming", "next", "future", "coming", "entrante"}
    )


# A title that names the Presidency's priorities with no Presidency named ("Opening and
# priorities of the Presidency", "Ouverture et priorités de la présidence") names those of
# the Presidency in the chair: an incoming one is always called so
_THE_CHAIRS_PRIORITIES = re.compile(
    r"\b(?:priorities\s+of\s+the\s+presidency|priorités\s+de\s+la\s+présidence)"
    # (or its priorities for one meeting: "Priorités de la présidence pour la réunion
    # ministérielle", no semester's programme)
    r"(?:\s+(?:for|pour)\s+(?:the|this|la|cette)\s+(?:[\w-]+\s+)?(?:meeting|ministerial|réunion)"
    r"(?:\s+ministérielle)?)?\s*$",
    re.IGNORECASE,
)


# A coordinated clause with no subject of its own shares the one before's ("the chapter on
# data protection is largely agreed, and was not discussed")
# (and so does one whose subject points back to it: "... linked to drug trafficking networks,
# mais ce point n'a pas été développé", "..., but this was not pursued")
_NO_SUBJECT = re.compile(
    r"^(?:(?:was|were|is|are|has|have|had|did|does|do)\s+not\b|n['’]\s*(?:a|ont|est|sont)\b"
    # ("were named by the Commission, but not discussed for lack of time", "..., mais sans
    # débat")
    r"|not\s+(?:discussed|debated|taken\s+up|pursued|examined)\b"
    r"|(?:without|sans)\s+(?:any\s+|further\s+)?(?:discussion|debate|débat)\b"
    r"|(?:this|that|it|cela|ceci|(?:this|that|the|ce|cet|cette)\s+(?:point|question|matter|issue"
    r"|remark|subject|aspect|sujet|remarque))\s+(?:was|were|is|has|had|did|a|n['’]|ne\b))",
    re.IGNORECASE,
)


def _clauses(sentence: str) -> list[str]:
    """The sentence's coordinated clauses, a clause without a subject kept with the one before."""
    clauses: list[str] = []
    for clause in _COORDINATED.split(sentence):
        # (so does the last entry of a list after a colon: "three points that were not
        # discussed: A, B, and C")
        # (and the second half of a subject that lists points: "The points on the review of
        # the Framework, scheduled for July, and on the Rome Statute were not discussed")
        if clauses and (
            _NO_SUBJECT.match(clause) or ":" in clauses[-1] or _points_listed(clauses[-1])
        ):
            clauses[-1] = f"{clauses[-1]}, and {clause}"
        else:
            clauses.append(clause)
    return clauses


# A clause that opens with points named for the agenda, before any verb ("The information from
# the Commission on the PNR negotiations, which resumed in June, and ...", "A point on ...,
# for which ..., and a point on ... were not discussed")
_POINTS_SUBJECT = re.compile(
    r"^\s*(?:the|a|an|two|three|both)\s+(?:[\w'’-]+\s+){0,3}?(?:points?|items?|information"
    r"|notes?|presentations?|requests?|briefings?)\s+(?:on|from|of|by|about)\b",
    re.IGNORECASE,
)
_VERB_SO_FAR = re.compile(
    r"\b(?:was|were|is|are|has|have|had|did|will|would|\w+ed)\b", re.IGNORECASE
)


# ... or a file named with what was done to it, before the verb they share ("Le règlement
# ETIAS, adopté en septembre, et les contenus terroristes en ligne ont été évoqués sans débat")
_NAMED_SUBJECT = re.compile(r"^\s*(?:the|le|la|les|l['’])\s*[^,;:]{1,80}$", re.IGNORECASE)
_FINITE_FR = re.compile(
    r"\b(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|va|vont|doit|doivent|peut"
    r"|peuvent|n['’])\b",
    re.IGNORECASE,
)
_PARTICIPLE_AFTER = re.compile(
    r"^\s*(?:\w+ed|adoptée?s?|prévue?s?|présentée?s?|publiée?s?|annoncée?s?|signée?s?"
    r"|entrée?s?\s+en\s+vigueur|due|expected|attendue?s?)\b",
    re.IGNORECASE,
)


def _points_listed(clause: str) -> bool:
    """Whether a clause is only the first part of a subject listing points: its verb is to come."""
    first, *after = clause.split(",")
    if _POINTS_SUBJECT.match(clause) and not _VERB_SO_FAR.search(first):
        return True
    return (
        bool(after)
        and bool(_NAMED_SUBJECT.match(first))
        and not _VERB_SO_FAR.search(first)
        and not _FINITE_FR.search(first)
        and all(_PARTICIPLE_AFTER.match(part) for part in after)
    )


# A clause put off that points back at what the clause before it named ("The US raised
# ransomware and the Counter Ransomware Initiative, and asked that the next meeting discuss
# them"): that clause was only raised for it
_PUTS_OFF_THE_CLAUSE_BEFORE = re.compile(
    r"\b(?:discuss|address|take\s+up|cover|examine|consider)\s+(?:it|them|these|this|those)\b"
    # (or that the body that handles it has it already: "le groupe compétent en est déjà saisi")
    r"|\ben\s+(?:est|était|sont)\s+(?:déjà\s+)?saisie?s?\b"
    r"|\balready\s+(?:seized\s+of|dealing\s+with|handling|working\s+on)\s+(?:it|them)\b",
    re.IGNORECASE,
)


def _discussed_part(sentence: str) -> str:
    """The sentence without the coordinated clauses that say something was not discussed (and
    the clause before one of them that points back at it)."""
    if not _NOT_DISCUSSED.search(sentence):
        return sentence
    clauses = _clauses(sentence)
    kept = [not _NOT_DISCUSSED.search(c) for c in clauses]
    for index, clause in enumerate(clauses[1:], start=1):
        if not kept[index] and _PUTS_OFF_THE_CLAUSE_BEFORE.search(clause):
            kept[index - 1] = False
    return ", and ".join(c for c, keep in zip(clauses, kept, strict=True) if keep)


_A_REASON = re.compile(r",?\s+(?:because|as|since|parce\s+que|car|puisque)\s", re.IGNORECASE)


def _put_off_topics(text: str, taxonomy: Taxonomy, scope: Scope) -> dict[str, set[str]]:
    """The topics a sentence of the text says were not discussed or were put off, each with
    the phrases that name them there."""
    if not _NOT_DISCUSSED.search(text):
        return {}  # most items: no sentence to look for
    found: dict[str, set[str]] = {}
    for sentence in _sentences(text):
        for clause in _clauses(sentence):
            if said := _NOT_DISCUSSED.search(clause):
                # (the reason given after it names what took the time, which was discussed:
                # "ETIAS was not discussed, because the item on PNR took the whole time")
                clause = clause[: said.end()] + _A_REASON.split(clause[said.end() :], 1)[0]
                for topic, key, *_ in _hits(clause, taxonomy, scope):
                    found.setdefault(topic, set()).add(key)
    return found


def _a_file_still_discussed(
    by_title: dict[str, Assignment], topic: str, put_off: dict[str, set[str]], keys: set[str]
) -> bool:
    """Whether the title names `topic` by a file the put-off point does not name (its `keys`)
    and that also names a topic not put off."""
    named = by_title[topic]
    return named.matched not in keys and any(
        a.phrase == named.phrase for t, a in by_title.items() if t != topic and t not in put_off
    )


def _the_field_of(topic: Topic, in_text: Evidence, titled: set[str]) -> bool:
    """Whether a text names a topic only by the field it spans, in one sentence, beside another
    topic a title names ("firearms trafficked by criminal networks" under "Firearms")."""
    return (
        bool(titled - {topic.id})
        and len(in_text.sentences) == 1
        and set(in_text.counts) <= topic.umbrella_keys
    )


# The war's own words: its sanctions ("package of sanctions", "sanctions against Russia"), the
# assets they freeze, its courts and the invasion (its crimes are _WAR_ACTS). Once the
# full-scale war has begun (the topic's dated aliases are in force) they name the war wherever
# they stand, beside their enforcement or prosecution; temporary protection names those it
# protects, who fled it (not among these)
_THE_WARS_OWN = re.compile(
    r"sanctions|restrictive measures|mesures restrictives|freeze and seize|kleptocapture"
    r"|repo task force|immobili[sz]ed|immobilisés|central bank|banque centrale|claims commission"
    r"|register of damage|tribunal|invasion"
)


def _the_wars_own(topic: str, in_text: Evidence, scope: Scope) -> bool:
    """Whether the text names a war's own sanctions, courts or crimes, in force on its day."""
    in_force = any(owner == topic for _phrase, owner in scope.dated)
    return in_force and any(_THE_WARS_OWN.search(key) for key in in_text.counts)


def _only_setting(topic: str, evidence: dict[str, Evidence], taxonomy: Taxonomy) -> bool:
    """An event's topic named in one sentence only, which another topic's words also fill."""
    sentences = evidence[topic].sentences
    if len(sentences) != 1:
        return False
    (number,) = sentences
    # (a word that is only a mention fills nothing: "attack Ukrainian networks, from energy
    # companies to the courts" discusses the war; nor does a phrase both topics list: the
    # downing of flight MH17 is the war's and the accountability for it)
    shared = {
        key
        for key in evidence[topic].keys_in.get(number, set())
        if topic in {owner for owner, _ in taxonomy._keys.get(key, [])}
    }
    return any(
        e.keys_in.get(number, set()) - shared
        for t, e in evidence.items()
        if t != topic and not e.only_mentions
    )


# People fleeing a war are displaced by it: the war is what the sentence discusses, no setting.
_FLED = (
    r"\b(?:fleeing|fled|flee|escaping|escaped|driven out by"
    # ... "displaced since 2014 by", "displaced as a result of", French "déplacées par"
    r"|displaced(?: [a-z0-9]+){0,3}? (?:by|following|as a result of|because of)"
    r"|(?:fuyant|fuient|fui|fuir|déplacée?s? par|deplacee?s? par)"
    # ("déplacées à la suite du conflit", "déplacées en raison de la guerre")
    r"|d[ée]plac[ée]e?s?(?: [a-zà-ÿ0-9]+){0,3}? (?:à la suite d[eu]?|a la suite d[eu]?|en raison d[eu]?"
    r"|du fait d[eu]?)"
    # ... or displaced from the country at war ("displaced persons from Ukraine")
    r"|(?:displaced|displaced persons|displaced people|persons displaced|people displaced"
    r"|evacuated|evacuees) from|d[ée]plac[ée]e?s? (?:d|de|depuis)"
    # ... or named by it ("displaced Ukrainians")
    r"|displaced)"
    r" (?:the |la |l |le )?(?:illegal |illegale |illégale )?"
)


# ... and by the fighting in the country the phrase names ("displaced by the fighting in the east
# of Ukraine")
_THE_FIGHTING_IN = (
    # (or by the zones of it: "avaient fui les zones de combat du Donbass")
    r"(?:(?:(?:the |les )?(?:zones?|areas?) (?:of |de )?)?"
    r"(?:fighting|conflict|war|hostilities|combats?|conflit|guerre)(?: \S+){0,5}? )?"
)


# ... nor are its own acts: war crimes, the crime of aggression, deported children
_WAR_ACTS = re.compile(
    r"\b(?:war crimes?|crimes? of aggression|crimes de guerre|crime d['’]agression"
    # (the crimes the International Criminal Court tries, committed in the war)
    r"|core international crimes?|crimes internationaux fondamentaux"
    r"|deport(?:ation|ed)(?: of)? (?:\w+ )?children"
    # (the crimes committed in the country at war: "evidence of the crimes committed in Ukraine")
    r"|crimes\s+committed\s+in\s+Ukraine|crimes\s+commis\s+en\s+Ukraine"
    # (the weapons sent to the country at war, whose diversion is the war's consequence)
    r"|(?:weapons|arms|ammunition|armes|munitions)(?:\s+[\w-]+){0,3}?\s+(?:delivered|supplied|sent"
    r"|provided|donated|livrée?s|fournie?s|envoyée?s)\s+(?:to|à)\s+(?:l['’])?Ukraine"
    # (and those that come back from its front line: "weapons from the front")
    r"|(?:weapons|arms|firearms|ammunition|armes|munitions)(?:,?\s+[\w-]+){0,3}?\s+(?:from|coming\s+from"
    r"|back\s+from|venue?s?\s+du|provenant\s+du"
    r"|en\s+provenance\s+du)\s+(?:the\s+)?front(?:[\s-]?lines?)?)\b",
    re.IGNORECASE,
)


def _the_war_itself(phrase: str, text: str) -> bool:
    """Whether `text` discusses the war `phrase` (normalised) names: what people flee from, or
    the war's own acts (war crimes, the crime of aggression)."""
    return (
        re.search(_FLED + _THE_FIGHTING_IN + re.escape(phrase), normalise(text)) is not None
        or _WAR_ACTS.search(text) is not None
    )


def title_matches(
    title: str | None,
    taxonomy: Taxonomy,
    cache: dict[tuple[str, Scope], list[Assignment]] | None,
    scope: Scope = NO_SCOPE,
) -> list[Assignment]:
    """match_title, kept in `cache` per title and scope (a corpus repeats its titles)."""
    if not title:
        return []
    if cache is None:
        return match_title(title, taxonomy, scope)
    found = cache.get((title, scope))
    if found is None:
        found = cache[(title, scope)] = match_title(title, taxonomy, scope)
    return found


@lru_cache(maxsize=4096)
def code_family(code: str) -> str:
    """ "CYBER 112" -> "CYBER": the filing family of a code, without its running number."""
    family, _, number = code.strip().rpartition(" ")
    return (family if family and number.isdigit() else code.strip()).upper()


def match_title(title: str, taxonomy: Taxonomy, scope: Scope = NO_SCOPE) -> list[Assignment]:
    """The topics a title names: its phrases (mentions included), else close spellings.

    (Fuzzy matching costs ten times an exact pass, and a title that names one topic
    exactly rarely misspells another.)
    """
    exact: dict[str, tuple[str, str, str, float]] = {}
    # (a title that names the body the meeting is held with names its business: "Révision des
    # recommandations du GAFI" at an FATF plenary is money laundering)
    hits = _hits(title, taxonomy, replace(scope, parties=frozenset()) if scope.parties else scope)
    labels = set(_labels(title, hits))
    for topic, key, phrase, method in (h for h in hits if h not in labels):
        held = exact.get(topic)
        if (
            held is None
            or (held[0] == "mention" and method != "mention")
            or len(key) > len(held[1])
        ):  # the longest phrase explains the match best ("border management" over "borders")
            exact[topic] = (method, key, phrase, TITLE_WEIGHT)
    norm = normalise(title)
    # a phrase a `quiet` pattern silenced is not found again by its close spelling
    quieted = {t.id for t in taxonomy._has_quiet if t.silenced(norm)} if not exact else set()
    found = exact or {
        t: fuzzy
        for t, fuzzy in _fuzzy(norm, taxonomy).items()
        if t not in scope.topics and t not in quieted
    }
    return [
        Assignment(t.id, "title", *found[t.id])  # type: ignore[arg-type]
        for t in taxonomy.topics
        if t.id in found
    ]


def things_titled(
    title: str, taxonomy: Taxonomy, cache: dict | None = None, scope: Scope = NO_SCOPE
) -> set[frozenset[str]]:
    """The topics of each thing a title names: "PNR and TFTP" names {counter-terrorism} and
    {counter-terrorism, money-laundering}, "Terrorist Finance Tracking Program" one thing of
    two topics, "Migration and asylum" two things of one topic."""
    titled = title_matches(title, taxonomy, cache, scope)
    named = {a.topic for a in titled}
    things: dict[str, set[str]] = defaultdict(set)
    for assignment in titled:
        things[assignment.phrase].add(assignment.topic)
    for topic, _key, phrase, _method in _hits(title, taxonomy, scope):
        if topic in named:
            things[phrase].add(topic)
    return {frozenset(topics) for topics in things.values()}


def mentioned_topics(text: str, taxonomy: Taxonomy) -> list[str]:
    """Ids of the topics whose aliases, mentions or patterns occur in `text` (exact only)."""
    named = {topic for topic, *_ in _hits(text, taxonomy)}
    return [t.id for t in taxonomy.topics if t.id in named]


def _fuzzy(norm: str, taxonomy: Taxonomy) -> dict[str, tuple[str, str, str, float]]:
    """Best fuzzy alias per topic; one rapidfuzz pass over all aliases, alignment only for hits."""
    choices = taxonomy._fuzzy_choices
    hits = process.extract(
        norm,
        [alias for alias, _ in choices],
        scorer=fuzz.partial_ratio,
        score_cutoff=FUZZY_MIN_SCORE,
        limit=None,
    )
    best: dict[str, tuple[str, str, str, float]] = {}
    for alias, score, index in sorted(hits, key=lambda h: -h[1]):
        topic_id = choices[index][1]
        if topic_id in best:
            continue
        alignment = fuzz.partial_ratio_alignment(alias, norm)
        if alignment.src_start > 0 or alignment.src_end < len(alias):
            continue  # the title fits inside the alias ("next forum" in "eu internet forum")
        if _cuts_a_word(norm, alignment.dest_start, alignment.dest_end):
            continue  # "criminal proceed|ings" is not "criminal proceeds"
        phrase = norm[alignment.dest_start : alignment.dest_end]
        if phrase != phrase.strip():
            continue  # a space stood for a letter: "of| evidence" is not "e evidence"
        best[topic_id] = ("fuzzy", alias, phrase, round(score / 100, 3))
    return best


_PLURAL_ENDINGS = ("es", "ies")


def _cuts_a_word(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] leaves part of a word of norm outside it, more than a letter
    too many ("internett", a misspelling) or a plural's ending ("presidenc|ies"): a word's
    own ending makes another word ("criminal proceed|ings" is no "criminal proceeds")."""
    inside = 0 < start < len(norm) and norm[start - 1].isalnum() and norm[start].isalnum()
    before = re.search(r"\w*$", norm[:start])[0] if inside else ""
    inside = 0 < end < len(norm) and norm[end - 1].isalnum() and norm[end].isalnum()
    after = re.match(r"\w*", norm[end:])[0] if inside else ""
    return len(before) > 1 or (len(after) > 1 and after not in _PLURAL_ENDINGS)


@dataclass
class Evidence:
    """What a text says for one topic: the weighted score, the hits, the key found most."""

    score: float = 0.0
    hits: int = 0
    key: str = ""
    phrase: str = ""
    method: Literal["alias", "mention", "pattern"] = "alias"
    counts: dict[str, int] = field(default_factory=dict)
    only_mentions: bool = True
    sentences: set[int] = field(default_factory=set)
    #: the keys found in each sentence (by number)
    keys_in: dict[int, set[str]] = field(default_factory=dict)
    #: weight of the phrases named only in a clause hung on another topic's sentence: they
    #: count only beside a title (the sub-item's or its item's) that names the topic
    setting: float = 0.0


# A meeting's agenda adopted, presented or gone through: its points are named, not discussed
# ("Ministers adopted the agenda, which covered ...", "introduced the draft agenda for the
# ministers, which covers ...", "a draft agenda for the Ministerial Meeting, built around ...")
_AGENDA = (
    # ("The Working Party examined the draft agenda, which provides for sessions on ...")
    r"\b(?:adopted|approved|introduced|presented|tabled|circulated|endorsed|went\s+through"
    r"|examined|reviewed|considered|discussed|looked\s+at)\s+"
    r"(?:the|a|its|their)\s+(?:(?:draft|provisional|revised|annotated)\s+){0,2}agenda\b"
    r"|\b(?:draft|provisional|annotated)\s+agenda\s+(?:for|of)\b"
    r"|\b(?:a|ont)\s+(?:adopté|approuvé|présenté)\s+(?:le\s+projet\s+d['’]"
    r"|l['’])ordre\s+du\s+jour\b"
    # ... or what a later meeting's agenda would cover ("Delegations expected its agenda to
    # cover the war against Ukraine, electronic evidence and data flows", "listed the files that
    # could be on the agenda of the first Ministerial of 2018", "l'ordre du jour porterait sur")
    r"|\b(?:its|the|their)\s+agenda\s+(?:to|would|will|should|could|might)\s+(?:also\s+)?(?:cover"
    r"|include|comprise|address|focus\s+on)\b"
    r"|\blisted\s+the\s+(?:files|subjects|topics|items|points)\s+(?:that\s+)?(?:could|would|might"
    r"|should)\s+be\s+on\s+the\s+agenda\b"
    r"|\bl['’]\s*ordre\s+du\s+jour\s+(?:\w+\s+){0,3}?(?:couvrirait|porterait\s+sur|comprendrait"
    r"|couvrira|portera\s+sur|comprendra)\b"
)
# What a sentence says was not discussed: a topic "not raised", a point "postponed" ...
_NOT_DONE_FR = r"(?:abordé|examiné|discuté|débattu|évoqué|traité|soulevé)e?s?"
_PUT_OFF_EN = (
    r"(?:postponed|deferred|adjourned|withdrawn|carried\s+over|held\s+over|put\s+off"
    # ("the question of cybercrime was referred to the next meeting", "left for a later
    # meeting", "to be taken up at the next SOM")
    r"|referred\s+(?:back\s+)?to\s+(?:the\s+next|a\s+later|a\s+future|another)\b"
    r"|left\s+(?:for|to)\s+(?:the\s+next|a\s+later|a\s+future|another)\b"
    r"|to\s+be\s+taken\s+up\s+(?:again\s+)?(?:at|by|during)\s+(?:the\s+next|a\s+later"
    r"|a\s+future)\b)"
)
# ("renvoyé à la réunion ministérielle": sent on to a later meeting)
_PUT_OFF_FR = r"(?:reporté|ajourné|retiré|renvoyé)e?s?"
# ... and why, when the reason is time ("for lack of time", "faute de temps")
_NO_TIME_FR = r"(?:faute|par\s+manque)\s+de\s+temps"
_NO_TIME = (
    r"(?:for\s+(?:lack|want)\s+of\s+time|(?:owing|due)\s+to\s+(?:the\s+)?"
    rf"(?:lack\s+of\s+time|time\s+constraints)|{_NO_TIME_FR})"
)
# Services a text might reach because they are encrypted ("end-to-end encrypted services",
# "providers of messaging with end-to-end encryption", "les services chiffrés")
_ENCRYPTED_SERVICES = (
    r"(?:[\w-]+\s+){0,3}?(?:services?|messag\w+|platforms?|communications?|providers?"
    r"|plateformes?|fournisseurs?)\b[^.;]{0,40}?(?:encrypt\w*|end-to-end|end\s+to\s+end"
    r"|chiffr\w*)"
    r"|(?:end-to-end\s+|end\s+to\s+end\s+)?encrypted\s+(?:[\w-]+\s+){0,2}?(?:services?|messag\w+"
    r"|platforms?|communications?)"
)
# Who asks a question, or that one was put, in English and French ("asked whether", "The
# question was raised by the US delegation how", "La question a été posée de savoir si"),
# with a remark set between commas after it ("asked, as a question for a later meeting, how")
_ASKER = (
    r"(?:asked|wondered|enquired|inquired|(?:wanted|wished|sought)\s+to\s+know"
    r"|(?:the\s+|a\s+)?question\s+(?:was|were)\s+(?:raised|put"
    r"|asked)(?:\s+by\s+[^.;,]{1,40}?)?|la\s+question\s+a\s+été\s+(?:posée|soulevée)"
    r"(?:\s+par\s+[^.;,]{1,40}?)?\s+de\s+savoir)(?:,\s+[^.;,]{1,60},)?"
)
# ... and the French active "a demandé", for the rules whose question may go on in French
# ("si", "comment", "quel effet")
_ASKER_FR = rf"(?:{_ASKER}|a\s+demandé|ont\s+demandé|(?:a|ont)\s+(?:souhaité|voulu)\s+savoir)"
# "There was no (further) discussion.": said after a point, of an item, or of a whole text
_NO_FURTHER_DISCUSSION = r"there\s+was\s+no\s+(?:further\s+)?(?:discussion|debate)"
_NOT_DONE = (
    r"(?:was|were|has\s+been|have\s+been|is|are)\s+not\s+(?:discussed|raised|addressed"
    r"|taken\s+up|examined|covered|debated|dealt\s+with|reached|pursued|followed\s+up"
    r"|gone\s+into|explored|on\s+the\s+agenda|opened|reopened|re-opened"
    # ("The priorities of the incoming Slovenian Presidency were not presented for lack of
    # time")
    r"|presented|set\s+out|outlined"
    # (an agenda point not taken: "The point on firearms trafficking ... was not taken for
    # lack of time"; not a decision "not taken into account")
    r"|taken(?=\s+(?:for|because|owing|due|in\s+view|at\s+the\s+request)\b|\s*[.;]))"
    r"|(?:did|does|do)\s+not\s+(?:discuss|raise|address|take\s+up|examine|cover|debate|pursue"
    # ("a point they did not develop")
    r"|develop|elaborate\s+on|expand\s+on"
    # ("... one of the lessons of the Cambridge Analytica affair but did not go further into
    # data protection")
    r"|go\s+(?:any\s+)?(?:further\s+)?into|dwell\s+on"
    # ("It did not present its priorities.", "did not speak on its priorities")
    r"|present|set\s+out|outline|speak\s+(?:on|about|to)"
    # ("its questions on ETIAS had been answered at the last meeting and it did not return
    # to them")
    r"|return\s+to\s+(?:it|them|this|these|that|those)\b|go\s+back\s+to\s+(?:it|them)\b"
    # ... or nobody spoke to it ("The US side did not comment on the resettlement pledges",
    # "Neither side raised the heroin route", "n'ont fait aucun commentaire sur")
    r"|comment\s+on)"
    # ("La future présidence n'a pas présenté ses priorités", "n'ont pas abordé la question")
    r"|\bn['’]\s*(?:a|ont)\s+pas\s+(?:présenté|exposé|abordé|examiné|discuté|débattu|évoqué"
    r"|soulevé|commenté|traité)\b"
    # ("Les points suivants, inscrits pour information, n'ont pas donné lieu à débat : ...")
    r"|\bn['’]\s*(?:a|ont)\s+pas\s+donné\s+lieu\s+à\s+(?:un\s+|une\s+)?(?:débat|discussion|échange)s?\b"
    # ... or said in passing, as a participle ("le programme d'exemption de visa n'ayant pas été
    # abordé", "the Visa Waiver Program not having been raised")
    rf"|\bn['’]\s*ayant\s+pas\s+été\s+{_NOT_DONE_FR}\b"
    r"|\bnot\s+having\s+been\s+(?:discussed|raised|addressed|taken\s+up|examined|debated)\b"
    r"|\b(?:neither|no)\s+(?:side|delegation|party)\s+(?:raised|mentioned|discussed|addressed"
    r"|commented\s+on|took\s+up)"
    # ... or left by agreement ("agreed not to discuss the Pact and left it for the next
    # meeting", "decided not to take up the TFTP at this meeting")
    r"|\b(?:agreed|decided|chose|preferred)\s+not\s+to\s+(?:discuss|take\s+up|address|examine"
    r"|debate|go\s+into)\b"
    r"|\b(?:made|offered|gave|had)\s+no\s+comments?\s+on|\bn['’]\s*(?:a|ont)\s+fait\s+aucun\s+commentaire"
    # ... or taken note of without discussion ("none of which was discussed", "on which there
    # was no discussion", "a pris note, sans débat,", "sans qu'ils soient discutés", "ont été
    # mentionnés sans faire l'objet d'un débat")
    r"|\bnone\s+of\s+(?:which|them|these)\s+(?:was|were)\s+(?:discussed|debated|taken\s+up)\b"
    # ("The points on migration and on the Visa Waiver Program ... were taken without
    # discussion", "A US note on ... was given for information without discussion")
    # ("Visa reciprocity was recorded without discussion.")
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:taken|given|presented|provided|noted|recorded"
    r"|registered|listed|mentioned|cited|raised)\s+(?:for\s+information\s+)?without\s+"
    r"(?:discussion|debate)\b"
    r"|\b(?:was|were)\s+given\s+for\s+information\s*(?=[.;]|$)"
    # ("Ministers took note of the report on fentanyl without discussion.")
    r"|\b(?:took|takes|take|taken)\s+note\s+of\b[^.;]{1,200}?\s+without\s+(?:discussion|debate)\s*(?=[.;]|$)"
    # ("The sessions on foreign fighters and on cybercrime were only recalled.", "ont seulement
    # été citées", "L'accord PNR n'a été cité que comme exemple")
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:only|merely|just|briefly|simply)\s+(?:recalled"
    r"|named|listed|cited)\b"
    r"|\b(?:a|ont)\s+(?:seulement|uniquement|simplement)\s+été\s+(?:cité|mentionné|nommé|évoqué"
    r"|rappelé)e?s?\b|\bn['’]\s*(?:a|ont)\s+été\s+(?:cité|mentionné|nommé|évoqué)e?s?\s+qu(?:e\b|['’])"
    # ... or already before the body that handles it ("les risques de traite ont été évoqués; le
    # groupe compétent en est déjà saisi", "the competent working party is already dealing with
    # it")
    r"|\b(?:groupe|comité|instance|enceinte|agence)\s+(?:compétente?\s+)?(?:en\s+)?(?:est|était|sont)\s+"
    r"(?:déjà\s+)?saisie?s?\b"
    r"|\b(?:working\s+party|body|group|committee|agency)\s+(?:concerned\s+|responsible\s+)?(?:is|was)\s+"
    r"already\s+(?:seized\s+of|dealing\s+with|handling|working\s+on)\s+(?:it|them|the\s+matter)\b"
    # ... or left to other fora ("traitées dans d'autres enceintes", "dealt with in other fora")
    r"|\b(?:traitée?s?|examinée?s?|suivie?s?)\s+dans\s+d['’]autres\s+(?:enceintes|instances|cadres)\b"
    r"|\b(?:handled|dealt\s+with|treated|covered|followed)\s+(?:up\s+)?(?:in|by)\s+(?:other"
    r"|another|a\s+(?:different|separate))\s+(?:fora|forums?|formats?|bodies|body|settings?)\b"
    # ... or no question was put on it, or none answered ("No question was asked about visa
    # reciprocity.", "A question on the Visa Waiver Program for Cyprus was left unanswered.")
    r"|\bno\s+questions?\s+(?:was|were)\s+(?:asked|put)\b"
    r"|\b(?:was|were)\s+left\s+unanswered\b|\b(?:est|sont)\s+restée?s?\s+sans\s+réponse\b"
    # ... or nothing was raised on it ("on MLA, no point was raised", "aucune question n'a été
    # soulevée")
    r"|\bno\s+(?:point|question|issue)s?\s+(?:was|were)\s+raised\b"
    r"|\baucune?\s+(?:point|question)\s+n['’]a\s+été\s+soulevée?\b"
    # ... or no discussion came of it ("No discussion followed on encryption as such.")
    r"|\bno\s+(?:discussion|debate|exchange)\s+(?:followed|ensued|took\s+place)\s+(?:on|of|about)\b"
    # (not "taken note of without discussion": an item titled by its topic is still that topic)
    rf"|\b{_NO_FURTHER_DISCUSSION}\b"
    # ("recalled the Court's opinion, without discussion of its effects on the PNR Agreement")
    r"|\bwithout\s+(?:any\s+)?(?:discussion|debate)\s+(?:of|on|about)\b"
    # ("For information and without discussion, the US side recalled ...")
    r"|\bfor\s+information\s+(?:and|,)\s*without\s+(?:discussion|debate)\b"
    r"|^\s*without\s+(?:discussion|debate)\s*,"
    r"|\bsans\s+(?:faire\s+l['’]objet\s+d['’]une?\s+)?(?:débat|discussion)\b"
    # ("ont aussi évoqué l'affaire ..., sans en débattre", "sans développer ce point", "without
    # going into it", "without developing the point")
    r"|\bsans\s+(?:en\s+)?(?:débattre|discuter|parler\s+davantage)\b"
    r"|\bsans\s+(?:développer|approfondir)\s+(?:ce\s+point|cette\s+question|davantage"
    r"|la\s+question)\b"
    r"|\bwithout\s+(?:discussing|debating|going\s+into|developing|pursuing|elaborating\s+on)\s+"
    r"(?:it|them|this|that|the\s+(?:point|matter|question|issue)|the\s+subject|further)\b"
    # ... or none was opened on it, or it was named without being examined ("sans ouvrir de
    # discussion sur cet accord", "a été cité, sans être examiné", "without opening a debate on
    # it", "without being examined")
    r"|\bsans\s+(?:ouvrir|engager|entamer|ouverture\s+d['’])\s*(?:de\s+|d['’]\s*|la\s+|le\s+|un\s+|une\s+)?"
    r"(?:discussion|débat|échange)s?\b"
    r"|\bwithout\s+(?:opening|starting|holding)\s+(?:a|any|the)\s+(?:discussion|debate)\b"
    r"|\bsans\s+(?:avoir\s+)?être\s+(?:examinée?s?|discutée?s?|débattue?s?|abordée?s?|approfondie?s?"
    r"|développée?s?|traitée?s?)\b"
    r"|\bwithout\s+(?:having\s+)?been\s+(?:discussed|examined|debated|taken\s+up|addressed)\b"
    r"|\bwithout\s+being\s+(?:discussed|examined|debated|taken\s+up|addressed|gone\s+into)\b"
    # ... or no debate opened on it ("sans qu'un débat s'engage", "sans qu'aucune discussion ne
    # s'ensuive", "without a debate ensuing", "without any discussion following")
    r"|\bsans\s+qu['’](?:un|une|aucun|aucune)\s+(?:débat|discussion|échange)\s+(?:ne\s+)?"
    r"s['’](?:engage|ensuive|ouvre|instaure|tienne)\b"
    r"|\bwithout\s+(?:a|any)\s+(?:debate|discussion|exchange)\s+(?:ensuing|following|developing)\b"
    # ... or it called for none ("n'appelait aucun débat ici", "required no discussion", "did
    # not call for a debate")
    r"|\bn['’]\s*(?:appel|nécessit|requ[ié]r)\w*\s+aucun(?:e)?\s+(?:débat|discussion|échange)\b"
    r"|\b(?:called|calls|call|required|requires|require|needed|needs|need)\s+(?:for\s+)?no\s+"
    r"(?:discussion|debate)\b"
    r"|\b(?:did|does|do)\s+not\s+(?:call\s+for|require|need)\s+(?:a\s+|any\s+)?"
    r"(?:discussion|debate)\b"
    # ... or it belongs to another forum ("relevait d'une autre enceinte", "was a matter for
    # another forum")
    r"|\brelev(?:ait|aient|e|ent)\s+d['’](?:une?\s+)?autres?\s+(?:enceintes?|instances?|cadres?"
    r"|forums?)\b"
    r"|\b(?:was|were|is|are)\s+(?:a\s+)?matters?\s+for\s+(?:another|other|a\s+different)\s+"
    r"(?:fora|forums?|formats?|bodies|body|settings?)\b"
    r"|\bsans\s+qu['’](?:ils|elles|il|elle)\s+(?:soient|soit)\s+(?:discutée?s?|débattue?s?"
    r"|examinée?s?|approfondie?s?)"
    # ("..., sans que le point soit approfondi", "without the point being pursued")
    r"|\bsans\s+que\s+(?:le\s+point|la\s+question|le\s+sujet|ce\s+point|cette\s+question)\s+"
    r"(?:soit|ait\s+été)\s+(?:discutée?|débattue?|examinée?|approfondie?|développée?|poursuivie?)\b"
    r"|\bwithout\s+(?:the\s+(?:point|matter|question|issue|subject)|it|this)\s+being\s+(?:pursued"
    r"|discussed|debated|taken\s+further|developed|explored|gone\s+into|followed\s+up)\b"
    # ... or there was no time for it ("Time did not allow the planned exchange on synthetic
    # drugs", "le temps n'a pas permis d'aborder")
    r"|\btime\s+(?:did\s+not|didn['’]t)\s+allow\b|\bthere\s+was\s+no\s+time\s+(?:left\s+)?(?:for"
    r"|to)\b"
    rf"|\btemps\s+n['’]a\s+pas\s+permis\b|\b{_NO_TIME_FR}\b"
    # ... or it gave rise to no debate ("qui n'ont pas fait l'objet d'un débat")
    r"|\bn['’]\s*(?:a|ont)\s+(?:pas\s+)?fait\s+l['’]objet\s+d['’](?:un|une|aucun|aucune)\s+"
    r"(?:débat|discussion|examen|échange)"
    # ... or nobody thought it needed discussing ("Delegations saw no need to discuss the TFTP
    # in Warsaw", "n'ont pas jugé nécessaire d'aborder")
    r"|\b(?:saw|sees|see|found)\s+no\s+(?:need|reason|call)\s+to\s+(?:discuss|raise|address"
    r"|take\s+up|examine|debate|return\s+to)\b|\bdid\s+not\s+see\s+(?:the|any)\s+need\s+to"
    r"\s+(?:discuss|raise|address|take\s+up|examine|debate|return\s+to)\b"
    r"|\bn['’]\s*(?:a|ont)\s+pas\s+jugé\s+(?:utile|nécessaire)\s+d['’](?:aborder|examiner"
    r"|évoquer|discuter|revenir)"
    # ... or it was set aside ("The question of ... was left aside", "laissée de côté")
    r"|(?:was|were|has\s+been|have\s+been|is|are)\s+(?:left|set|put)\s+aside"
    # ... or it stays outside the text discussed ("lawful access to encrypted data ... remained
    # outside the agreement", "falls outside the scope of the Regulation", "reste en dehors de
    # l'accord")
    r"|\b(?:remain(?:s|ed)?|stay(?:s|ed)?|f[ae]lls?|lies|lay|was|were|is|are)\s+"
    r"(?:(?:still|entirely|wholly)\s+)?outside\s+(?:the\s+scope\s+of\s+)?(?:the|its|their)\s+"
    r"(?:future\s+|draft\s+|proposed\s+)?(?:agreement|negotiations?|text|regulation|directive"
    r"|talks|scope|mandate|proposal)\b"
    r"|\b(?:rest(?:e|ent|ait|aient)|(?:est|sont|était|étaient))\s+(?:en\s+dehors|hors)\s+(?:du\s+"
    r"champ\s+d['’]application\s+)?(?:de\s+l['’]accord|des\s+négociations|du\s+texte"
    r"|du\s+règlement|de\s+la\s+directive|du\s+mandat|de\s+la\s+proposition)"
    # ... or what the measures discussed did not concern ("They stressed that the measures
    # discussed did not concern the refugees fleeing the conflict", "ces mesures ne visaient pas
    # les réfugiés")
    r"|\b(?:did|does|do|would|will|should)\s+not\s+(?:concern|target)\b"
    r"|\bne\s+(?:concern|vis)(?:ait|aient|ent|e|erait|eraient)\s+pas\b"
    # ... or named and left there ("was mentioned by one delegation but not discussed", "which
    # was not taken further")
    r"|\bbut\s+not\s+(?:discussed|debated|taken\s+up|pursued|examined)\b|\bnot\s+taken\s+further\b"
    # ... or what something leaves aside ("these figures leave aside the debate on encryption,
    # which would be held another time")
    r"|\b(?:leave|leaves|left|leaving)\s+aside\b"
    # ... or left out of a meeting ("regretted that migration was again left out") or said it
    # would not be discussed ("to say that it would not be discussed")
    r"|\b(?:was|were|(?:has|have|had)\s+(?:again\s+|also\s+)?been)\s+(?:again\s+"
    r"|once\s+(?:more|again)\s+|also\s+)?(?:left\s+out|left\s+off|omitted)\b"
    r"|\b(?:would|will|could|should)\s+not\s+be\s+(?:discussed|raised|addressed|taken\s+up"
    r"|examined|covered|debated)\b"
    r"|\b(?:would|will)\s+be\s+held\s+(?:at\s+)?another\s+time\b"
    # ("The transition out of temporary protection was left for the Ministerial Meeting")
    r"|\b(?:was|were|has\s+been|have\s+been|is|are)\s+left\s+(?:for|to|until)\s+(?:the|a|its)\s+"
    r"(?:next\s+|later\s+|following\s+|coming\s+|future\s+)?(?:ministerial|meeting|session"
    r"|senior\s+officials|dialogue|round)\b"
    r"|\b(?:a|ont)\s+été\s+(?:laissée?s?|renvoyée?s?)\s+à\s+(?:la\s+(?:prochaine\s+)?(?:réunion"
    # ("La réciprocité en matière de visas ... a été renvoyée à une réunion ultérieure.")
    r"|session)|une\s+(?:prochaine\s+)?(?:réunion|session)(?:\s+ultérieure)?)\b"
    r"|\bété\s+(?:laissée?s?|mise?s?)\s+de\s+côté"
    r"|\bn['’](?:était|étaient|est|sont)\s+pas\s+(?:inscrite?s?\s+)?à\s+l['’]ordre\s+du\s+jour"
    r"|\bne\s+figur(?:ait|aient|e|ent)\s+pas\s+à\s+l['’]ordre\s+du\s+jour"
    rf"|n['’]\s*(?:a|ont)\s+pas\s+été\s+(?:{_NOT_DONE_FR}|poursuivie?s?|approfondie?s?|développée?s?)"
    # ("mais ce point n'a pas été développé", "this point was not developed further")
    r"|\b(?:was|were)\s+not\s+(?:developed|elaborated(?:\s+(?:up)?on)?|expanded\s+(?:up)?on)\b"
    # ... or left for another time or place ("the question of the rules on child pornography
    # will be dealt with separately", "sera traitée ultérieurement")
    r"|\b(?:will|would|is\s+to|are\s+to|shall)\s+be\s+(?:dealt\s+with|discussed|addressed"
    r"|examined|taken\s+up|treated|considered)\s+(?:separately|later|elsewhere"
    r"|at\s+a\s+later\s+(?:stage|date|meeting)|in\s+another\s+(?:forum|context|framework))"
    r"|\bser(?:a|ont)\s+(?:traitée?s?|examinée?s?|abordée?s?|discutée?s?)\s+"
    r"(?:séparément|ultérieurement|plus\s+tard|ailleurs)"
    # ... or said so tersely ("Diversion of weapons not discussed.", "the Nord Stream
    # investigations (not discussed)")
    r"|\bnot\s+(?:discussed|debated)\b"
    # ... or named "without these points being discussed", "sans que ces points fassent l'objet
    # d'un débat"
    r"|\bwithout\s+(?:these|those|them|it|this|either|any\s+of\s+(?:them|these))\s+"
    r"(?:(?:points?|items?|questions?|subjects?)\s+)?being\s+(?:discussed|debated|taken\s+up"
    r"|examined)\b"
    r"|\bsans\s+que\s+(?:[\w'’]+\s+){0,3}?(?:ne\s+)?(?:(?:fass(?:e|ent)|ai(?:t|ent)\s+fait)\s+"
    r"l['’]objet\s+d['’](?:un|une|aucun|aucune)\s+(?:débat|discussion|examen|échange)"
    r"|soi(?:t|ent)\s+(?:discutée?s?|débattue?s?|examinée?s?|abordée?s?))"
    # ... or asked for at a later meeting ("Lithuania asked that the next meeting also cover
    # cybercrime", "a request from Poland to discuss ... at its next meeting", "the next
    # meeting would be partly devoted to cybersecurity"): not discussed at this one
    r"|\b(?:asked|requested|proposed|suggested|a\s+demandé|ont\s+demandé|a\s+souhaité|ont\s+souhaité)"
    r"\s+(?:that\s+|que\s+)?(?:the\s+|la\s+|sa\s+|its\s+)?(?:next|following|prochaine)\b"
    r"[^.;]{0,80}?\b(?:(?:also\s+)?"
    r"(?:cover|address|discuss|deal\s+with|take\s+up|include)|aborde|traite|examine|couvre"
    # ("L'Ukraine a demandé que la prochaine réunion porte aussi sur la protection des données.")
    r"|porte\s+(?:aussi\s+|également\s+)?sur|comprenne)\b"
    # ... or sessions suggested for it ("the US suggested sessions on ransomware, Afghanistan
    # and child sexual abuse", "a proposé des séances sur")
    r"|\b(?:suggested|proposed|requested|asked\s+for|a\s+proposé|a\s+suggéré|ont\s+proposé"
    r"|a\s+demandé)\s+(?:\w+\s+){0,2}?(?:sessions?|panels?|séances?)\s+(?:on|sur|consacrées?\s+à)\b"
    # ... or asked for time at the meeting being prepared ("souhaité que les ministres consacrent
    # aussi un moment à la radicalisation en ligne", "asked that ministers also devote time to")
    r"|\b(?:souhaité|demandé|proposé)\s+que\s+(?:les\s+)?(?:ministres|hauts\s+fonctionnaires)\s+"
    r"(?:[\w'’-]+\s+){0,2}?consacrent\b"
    r"|\b(?:asked|wished|proposed|suggested)\s+(?:that\s+)?(?:the\s+)?"
    # (or the meeting to come: "asked that the next meeting devote time to the protection of
    # elections")
    r"(?:ministers|senior\s+officials|next\s+(?:[\w-]+\s+){0,3}?(?:meeting|ministerial|dialogue"
    r"|round))\s+(?:should\s+)?(?:also\s+)?(?:devote|spend|give)\s+(?:some\s+|more\s+)?time\s+to\b"
    r"|\brequests?\s+(?:from\s+[^.;]{1,40}?\s+)?to\s+(?:discuss|raise|add|put|address"
    r"|take\s+up)\b[^.;]{0,120}?\bat\s+(?:its|the|their)\s+next\s+meeting\b"
    # ... or left for another item ("The proceeds had been moved through money mules, a point
    # left for item 2"), or raised only as a question for later ("Whether artificial
    # intelligence could be used to design new substances was raised as a question for later
    # work", "was left as an open question")
    r"|\b(?:a\s+point|which\s+(?:was|were))\s+(?:left|kept|held\s+over|reserved)\s+for\s+(?:item\s+\d+"
    r"|(?:a|the)\s+(?:later|next|following)\s+(?:item|point|meeting))\b"
    r"|\b(?:was|were)\s+(?:raised|left|kept|noted)\s+as\s+(?:an?\s+)?(?:open\s+)?questions?\b"
    # ... or asked leave to present it then ("The US Mission had asked to present its new
    # counter-terrorism strategy at the next meeting")
    r"|\b(?:asked|requested|offered|proposed)\s+to\s+(?:present|raise|discuss|introduce"
    r"|brief\s+(?:delegations\s+)?on)\b[^.;]{0,120}?\bat\s+(?:its|the|their|a)\s+(?:next|following"
    r"|later|future)\s+(?:meeting|session)\b"
    r"|\b(?:next|prochaine)\s+(?:[\w-]+\s+){0,6}?(?:meeting|réunion)\b[^.;]{0,100}?"
    r"\b(?:(?:would|will)\s+be\s+(?:[\w-]+\s+){0,2}?(?:devoted|dedicated)\s+to"
    r"|ser(?:ait|a)\s+(?:[\w-]+\s+){0,3}?consacrée\s+à)"
    # ... or of any meeting to come, said in the future ("La réunion ministérielle se tiendra à
    # Paris le 23 juin; elle sera consacrée à l'Ukraine ...")
    r"|\b(?:it|elle|(?:the|la|le)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|ministerial|réunion|session"
    r"|conference|conférence|summit|sommet|dialogue))\s+(?:(?:will|would)\s+be\s+(?:[\w-]+\s+){0,2}?"
    r"(?:devoted|dedicated)\s+to|ser(?:ait|a)\s+(?:[\w-]+\s+){0,3}?consacrée\s+(?:à|aux?)\b)"
    r"|\b(?:put|place|include)\s+[^.;]{0,60}?\bon\s+the\s+agenda\s+of\s+(?:the|its|a)\s+"
    r"(?:next|following|future|later)\b"
    # ... or of any meeting to come, as all a sentence says ("The Presidency will put visa
    # reciprocity on the agenda of the Committee in June"; not a clause after what was
    # discussed: "..., and both sides agreed to put the question on the agenda")
    r"|^[^,;]{0,60}?\b(?:will|would|shall)\s+(?:put|place|include)\s+[^.;]{0,60}?\bon\s+(?:the|its)\s+"
    r"agenda\b"
    # ... or wished on it, as all a sentence says ("US would like PNR and cybercrime on its
    # agenda", "The US asked that the Russian build-up be put on the agenda of the
    # Ministerial", "Les US ont demandé que la menace ... soit inscrite à l'ordre du jour")
    r"|^[^,;]{0,60}?\b(?:would\s+like|wish(?:es|ed)?|wants?|wanted|hoped?)\s+(?:to\s+(?:see|have)\s+)?"
    r"[^.;]{1,80}?\s+(?:on|added\s+to|included\s+in)\s+(?:the|its|their)\s+agenda\b"
    rf"|^[^,;]{{0,60}}?{_ASKED_ONTO_AN_AGENDA}"
)
# ... a point, an item or a discussion put off (the event "postponed" is still discussed: "the
# joint review, postponed by the pandemic, will take place in May")
_PUT_OFF = (
    # ("Les points relatifs à la migration et aux menaces hybrides ont été reportés")
    r"\b(?:item|point|discussion|debate|exchange|examen|question|matter|issue|sujet|information"
    r"|note|presentation|briefing|report|rapport|study|étude)s?\b[^.;]*?"
    r"\b(?:(?:was|were|has\s+been"
    rf"|have\s+been|had\s+been|is)\s+{_PUT_OFF_EN}|(?:a|ont)\s+été\s+{_PUT_OFF_FR}|est\s+reporté)"
    # ... or someone put it off ("the Presidency postponed this item", "a reporté ce point")
    rf"|\b(?:{_PUT_OFF_EN}|(?:a|ont)\s+{_PUT_OFF_FR})\s+(?:the|this|that|ce|le|cet)\s+"
    r"(?:item|point|discussion|debate|examen)\b"
)
# ... or, in notes' style, a point named and then said put off ("- Child sexual abuse online:
# postponed at the request of the US", "Cybercriminalité : reporté")
# ("Cybercriminalité : point reporté à la réunion de juin", "Syria, foreign fighters: for info
# only")
_NOTED_PUT_OFF = (
    r":\s*(?:(?:point|item|question|sujet)\s+)?"
    rf"(?:{_PUT_OFF_EN}|{_PUT_OFF_FR}|not\s+(?:discussed|taken(?:\s+up)?)|non\s+{_NOT_DONE_FR}"
    rf"|{_FOR_INFO}\s+only)"
)
# ... or, in notes, given "(for info)" or named in the agenda of the next meeting ("Next
# JAIEX: 29 November (Western Balkans, Russia, PNR for info)")
_NOTED_FOR_LATER = (
    rf"\(\s*(?:{_FOR_INFO}|pour\s+info(?:rmation)?)(?:\s+only)?\s*\)"
    r"|\b(?:next|prochaine?)\s+(?:[\w-]+\s+){0,2}?(?:meeting|JAIEX|COSI|CATS|SOM|ministerial"
    r"|réunion|session|dialogue)\s*:"
)
_NOT_DISCUSSED = gated(
    re.compile(
        rf"\b(?:{_NOT_DONE})\b|{_PUT_OFF}\b|{_NOTED_PUT_OFF}\b|{_NOTED_FOR_LATER}"
        # (in notes, after a comma, with why: "Visa reciprocity raised by COM, postponed for lack of
        # time"; not an event put off by something: "the review, postponed by the pandemic,")
        rf"|,\s*(?:then\s+|but\s+)?(?:{_PUT_OFF_EN}|{_PUT_OFF_FR})\s+(?:{_NO_TIME}|to\s+(?:the\s+next"
        r"|a\s+later)\b|until\s+(?:the\s+next|a\s+later)\b|à\s+la\s+prochaine\b)"
        # (a file itself sent on to a later meeting: "Firearms, which the US had proposed as a
        # further topic, were postponed to a later meeting")
        r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:postponed|deferred|put\s+off|left)\s+(?:to|for"
        r"|until)\s+(?:a\s+later|the\s+next|a\s+future|another)\s+(?:meeting|session|som|ministerial)\b"
        # ... or to the meeting of another body ("Access to firearms by returnees was left for the
        # expert meeting on firearms")
        r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:postponed|deferred|put\s+off|left|referred)\s+"
        r"(?:to|for|until)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:expert|experts['’]?|technical|working"
        r"\s+party|senior\s+officials['’]?)\s+(?:meeting|session|group|level)\b"
        # ... or to a meeting named, without discussion ("Drugs and migration were postponed to the
        # Ministerial without discussion.")
        r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:postponed|deferred|put\s+off|held\s+over"
        r"|carried\s+over|referred|left)\s+(?:to|for|until)\s+[^.;]{1,80}?,?\s+without\s+(?:any\s+)?"
        r"(?:discussion|debate)\s*(?=[.;]|$)"
        # (or raised "to be taken up at a later meeting": "The US raised the question of when
        # Croatia could join the Visa Waiver Program, to be taken up at a later meeting")
        r"|,\s*to\s+be\s+(?:taken\s+up|discussed|addressed|examined|returned\s+to)\s+(?:again\s+)?(?:at|in"
        r"|during)\s+(?:a\s+later|the\s+next|a\s+future|another|a\s+subsequent)\b"
        # (or proposed to be left to another item: "which the Commission proposed to leave to
        # item 5")
        r"|\b(?:leave|left|leaving)\s+(?:it\s+|them\s+)?(?:to|for|until)\s+(?:item|point|agenda\s+item)\s+\d"
        # (or to another item of the meeting: "AI-generated material was named as an emerging
        # problem, to be addressed under item 3", "à traiter au point 4")
        r"|,\s*(?:an?\s+(?:point|question|matter|issue|subject)\s+)?(?:to\s+be|which\s+(?:would|will)\s+be)\s+"
        r"(?:taken\s+up|discussed|addressed|examined"
        r"|covered|dealt\s+with)\s+(?:under|in|at)\s+(?:item|point|agenda\s+item)\s+\d"
        r"|,\s*(?:à\s+traiter|à\s+examiner|qui\s+sera\s+(?:traitée?|examinée?|abordée?))\s+(?:au|sous\s+le)\s+"
        r"point\s+\d"
        # ... or in apposition, a point left to another meeting or debate ("..., a point left for
        # another meeting", "a point left for the discussion of hybrid threats at the
        # Ministerial", "une question renvoyée à la réunion ministérielle")
        r"|,\s*(?:a|une?)\s+(?:point|question|matter|issue|subject|aspect|sujet)\s+(?:that\s+was\s+"
        r"|qui\s+a\s+été\s+)?(?:left|kept|reserved|laissée?|réservée?|renvoyée?)\s+(?:for|to|until|à"
        r"|pour)\s+(?:the|a|another|la|une|une?\s+autre|l['’]|le)\b"
        # ... or given to a later debate of the same meeting ("was a matter for the cybercrime
        # discussion later in the day, and it was left there")
        r"|\b(?:was|were|is|are)\s+(?:a\s+)?matters?\s+for\s+the\s+(?:[\w-]+\s+){0,3}?(?:discussion"
        r"|debate|item|session)\s+(?:later|under|at|on)\b"
        r"|\b(?:was|were)\s+left\s+there\b"
        # ... or named as a possible later strand of work ("The sexual exploitation of children
        # online was named as a possible later strand")
        r"|\b(?:was|were)\s+(?:named|mentioned|cited|suggested|listed)\s+as\s+(?:a\s+|an\s+)?"
        r"(?:possible\s+)?(?:later|future|further|next)\s+(?:strand|topic|item|point|subject|theme"
        r"|workstream|priority)s?\b"
        # ("A question on the extradition of suspects was raised and left for a later meeting")
        r"|\b(?:was|were)\s+(?:raised|mentioned|asked|put)\s+(?:and|but)\s+(?:was\s+|were\s+)?left\s+"
        r"(?:open|aside|unanswered|for\s+(?:a\s+later|the\s+next|a\s+future|another)\b)"
        # (or named only as a neighbour of what was: "The proposal on explosives precursors, still
        # under negotiation, was named only as a related file")
        r"|\b(?:was|were)\s+(?:only\s+)?(?:named|mentioned|cited)\s+only\s+as\s+(?:an?\s+)?(?:related|other"
        r"|separate|neighbouring|linked)\s+(?:file|point|matter|issue|dossier)s?\b"
        # ("Le Canada a indiqué qu'il n'avait pas encore ratifié la Convention de Budapest, sans que
        # ce point soit débattu")
        r"|\bsans\s+que\s+(?:ce\s+point|cette\s+question|la\s+question|le\s+sujet|ce\s+sujet)\s+(?:ne\s+)?"
        r"(?:soit|ait\s+été|fût)\s+(?:débattue?|examinée?|discutée?|abordée?|approfondie?)\b"
        # (or raised only to be taken up later: "encryption was raised by several delegations as a
        # question for a later meeting", "Organised crime in the Sahel was put forward as a subject
        # for a later meeting", "Migrant smuggling was named as a subject for the Ministerial")
        r"|\b(?:raised|mentioned|flagged|noted|named|put\s+forward|proposed|suggested)\b[^.;]{0,60}?\bas\s+"
        r"an?\s+(?:question|issue|point|topic|subject|matter|theme)\s+for\s+(?:a|the|another|its)\s+"
        r"(?:(?:later|future|next|subsequent|coming)\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|session|discussion"
        r"|dialogue|ministerial|som)\b",
        re.IGNORECASE,
    )
)
_RECALLED_PRIORITIES = (
    r"\b(?:recalled|recalling|reiterated|reiterating|restated|a\s+rappelé|en\s+rappelant)\s+"
    r"(?:[^.;:]{0,80}?\s)?(?:(?:its|their|ses|leurs|son|sa)\s+(?:(?:\w+\s+){0,2}?"
    r"(?:priorities|lines\s+of\s+work|work\s+strands|priorités|axes\s+de\s+travail)"
    # (its programme or work programme; not a programme of one file: "recalled that the Union
    # was continuing its resettlement programme")
    r"|(?:work\s+|legislative\s+|annual\s+)?(?:programme|program)|programme\s+de\s+travail)\b"
    # (or those of "the Presidency", which chairs: "recalled the priorities of the Presidency")
    r"|the\s+(?:\w+\s+)?priorities\s+of\s+(?:the\s+presidency|its\s+(?:semester|presidency|term))\b"
    r"|les\s+priorités\s+de\s+(?:la|sa)\s+présidence\b)"
)
# A document handed round among other points ("Hungary distributed a note on the European Pact
# against synthetic drugs", "A note on the joint review of the PNR Agreement was circulated",
# "Un document sur les drogues de synthèse a été distribué") names its file in passing; a unit
# that says nothing else ("This item was not discussed. The Commission circulated a note on the
# Privacy Shield.") is about that note
_HANDED_ROUND = re.compile(
    r"\b(?:circulated|distributed|handed\s+out|handed\s+round)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:note|paper|non-paper|document|list|questionnaire|table|overview)s?"
    r"\s+(?:on|about|of|concerning|for)\b"
    r"|^(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:note|paper|non-paper|document|list|questionnaire"
    r"|update|contribution)s?"
    r"\s+(?:on|about|of|concerning)\s+[^.;]{1,150}?\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:circulated|distributed|handed\s+out|handed\s+round)\b"
    # ... or a written one only noted ("took note of the Commission's written contribution on
    # the recovery of criminal assets")
    r"|\b(?:took|takes|take|taken)\s+note\s+of\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"written\s+(?:contribution|update|note|report|information|paper)s?\s+(?:on|about|of|concerning)\b"
    r"|^(?:un|une|le|la|les|des)\s+(?:[\w'’-]+\s+){0,2}?(?:note|document|questionnaire|liste"
    r"|non-papier)s?\s+(?:sur|relatif|relative|concernant|consacrée?)\s+[^.;]{1,150}?\s+"
    r"(?:a|ont)\s+été\s+(?:distribuée?s?|diffusée?s?|remise?s?)\b"
    r"|\b(?:a|ont)\s+(?:distribué|diffusé|remis)\s+(?:une|un|la|le|sa|son|leur)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:note|document|questionnaire|liste)\s+(?:sur|relatif|relative|concernant)\b",
    re.IGNORECASE,
)
# A sentence that says its subject was only named ("The use of cryptocurrencies by those groups
# was mentioned", "a également été évoquée") names it in passing: it counts beside a title.
# What a meeting announced is to do: be held or take place ("will be held", "was to take
# place", "se tiendra")
_TO_BE_HELD = (
    r"(?:(?:will|would)\s+(?:be\s+held|take\s+place)|(?:is|was|are|were)\s+to\s+(?:be\s+held"
    r"|take\s+place)|se\s+tiendr(?:a|ait|ont|aient))\b"
)
# What a discussion kept to, after what it left aside ("several of these groups also move
# cigarettes and migrants, but the discussion stayed on drugs", "mais la discussion s'en est
# tenue aux drogues"): what comes before is named in passing, what follows is discussed
_STAYED_ON = (
    r"\bbut\s+the\s+(?:discussion|debate|exchange)\s+(?:stayed|remained|kept|focused|centred"
    r"|centered|concentrated)\s+(?:on|to)\b"
    r"|\bmais\s+(?:la\s+discussion|le\s+débat|l['’]échange)\s+(?:s['’]en\s+est\s+tenue?\s+(?:à|aux?)"
    r"|est\s+restée?\s+(?:centrée?\s+)?sur|a\s+porté\s+sur)"
)
# Where a sentence's own act begins: after its subject, and at most an opening phrase set off by
# a comma ("For lack of time, Ministers agreed ..."), or after ", and" joining a second act of
# its own ("Europol will send its lists before the Ministerial, and both sides agreed to return
# to ..."); not in a clause hung on a point already made ("..., a point that both sides agreed
# to address ...")
_ITS_OWN_ACT = r"(?:^(?:[^,;]{0,40},\s*)?|[,;]\s+(?:and|et)\s+)[^,;]{0,60}?"
# A technology criminals use, named by itself or by its kind ("generative AI", "chatbots built
# on large language models", "l'intelligence artificielle", "hidden services")
_A_TECHNOLOGY = (
    r"(?:AI|artificial\s+intelligence|(?:AI|generative|digital)\s+(?:tools|models|systems)|tools"
    r"|chatbots|(?:large\s+)?language\s+models|LLMs|deepfakes|apps|hidden\s+services|the\s+dark\s*web"
    r"|l['’]\s*intelligence\s+artificielle|l['’]\s*IA|(?:les\s+|des\s+)?(?:outils|modèles))"
)

_IN_PASSING = gated(
    re.compile(
        # A tribute's whole act is the tribute: the files a departing official is thanked for are
        # named ("paid tribute to the Attorney General ... for their work ... in particular for
        # the Umbrella Agreement", "thanked her for her work on the Visa Waiver Program")
        # (not a tribute to victims: "paid tribute to the victims ... and reaffirmed their
        # commitment to continue working together against terrorism" is about terrorism)
        r"\b(?:(?:paid|pays|pay)\s+(?:a\s+|(?:a\s+)?warm\s+)?tribute\s+to|thanked)\s+[^.;]{1,200}?"
        r"\bfor\s+(?:his|her|their|its)\s+(?:personal\s+)?(?:work|part|role|contribution|commitment"
        r"|efforts|leadership|support)\b"
        r"|\b(?:rendu\s+hommage\s+à|remercié)\s+[^.;]{1,200}?\bpour\s+(?:son|sa|leurs?)\s+"
        r"(?:travail|rôle|contribution|engagement|action)\b"
        r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|briefly\s+|only\s+)*"
        r"(?:mentioned|noted|touched\s+(?:up)?on|referred\s+to)\s*"
        # (and by whom: "The money laundered by the cartels was mentioned by the US.")
        r"(?:by\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s*(?=[.;]|$))?(?:(?:only\s+|just\s+)?"
        # ("were mentioned only briefly", "was mentioned only as background")
        r"(?:in\s+passing|briefly|as\s+(?:background|context)|for\s+the\s+record|for\s+information"
        r"|without\s+(?:discussion|debate))"
        r"\s*)?[.;]?\s*$"
        # ... or given only as an example ("The misuse of personal data revealed by the Cambridge
        # Analytica case was raised only as an example of the risks.")
        r"|\b(?:was|were)\s+(?:also\s+)?(?:raised|mentioned|cited|named|given)\s+only\s+as\s+(?:an?\s+)?"
        r"(?:example|illustration|point\s+of\s+comparison|comparison)(?:\s+of\s+[^.;]{1,60})?\s*[.;]?\s*$"
        # ... or only briefly raised or touched on, whatever follows ("Visa reciprocity was briefly
        # raised; the Commission will return to it", "Ministers also touched on the first joint review
        # of the TFTP Agreement, whose report had been published", "The transfer of detainees'
        # personal data was also touched on, as a point for the data protection item")
        r"|\b(?:was|were)\s+(?:also\s+)?(?:only\s+)?briefly\s+(?:raised|mentioned|touched\s+(?:up)?on)\b"
        r"|\b(?:was|were)\s+(?:also\s+)?(?:briefly\s+)?touched\s+(?:up)?on\s*,?\s+as\s+(?:a\s+)?(?:point|matter"
        r"|question|subject)\s+for\b"
        r"|\b(?:also|briefly|only)\s+touched\s+(?:up)?on\b|\btouched\s+briefly\s+(?:up)?on\b"
        # ... and in French ("La question de savoir comment ces obligations s'appliqueraient aux
        # services chiffrés n'a été qu'effleurée", "a été brièvement effleurée", "à peine abordée")
        r"|\bn['’]\s*(?:a|ont)\s+été\s+qu['’]\s*(?:effleurée?s?|survolée?s?|esquissée?s?)"
        r"|\b(?:a|ont)\s+été\s+(?:brièvement\s+|seulement\s+)?(?:effleurée?s?|survolée?s?)"
        r"|\b(?:a|ont)\s+été\s+à\s+peine\s+(?:abordée?s?|évoquée?s?|effleurée?s?)"
        # ... or raised as examples of something else ("The passenger data and TFTP arrangements were
        # briefly raised as examples of exchanges that any future instrument would have to cover")
        r"|\b(?:was|were)\s+(?:also\s+)?(?:briefly\s+)?(?:raised|mentioned|cited|named|given)\s+as\s+"
        r"(?:an?\s+)?(?:examples?|illustrations?)\s+of\b"
        # ... or a working group's sub-groups listed ("including its sub-groups on incident
        # management, ... and child sexual abuse material online")
        r"|\bincluding\s+its\s+sub-?\s?groups\s+on\b"
        # ... or a tribute paid at the opening ("Ministers held a minute of silence for the victims of
        # the Boston Marathon bombing", "ont observé une minute de silence à la mémoire des victimes
        # des attentats"): the attacks it names are mourned, not discussed (an item that goes on to
        # discuss them says so in its other sentences)
        r"|\bminute(?:['’]s)?\s+(?:of\s+)?silence\b|\bminute\s+de\s+silence\b"
        # ... or said so in the active voice ("mentioned grooming only as one of the harms that age
        # limits might reduce", "n'a cité le blanchiment qu'à titre d'exemple"; not "mentioned that
        # the data would serve only as evidence", which reports what was said)
        r"|\b(?:mentioned|cited|named|raised|referred\s+to|touched\s+(?:up)?on)\s+(?:(?!\bthat\b)[^.;])"
        r"{1,80}?\s+(?:only|merely|just)\s+(?:as\s+(?:an?\s+|one\s+of\b)|in\s+passing\b|briefly\b"
        r"|to\s+illustrate\b)"
        r"|\bn['’]\s*(?:a|ont)\s+(?:\w+\s+)?(?:mentionné|cité|évoqué)\s+(?:(?!\bque\b)[^.;]){1,80}?\s+qu['’]\s*"
        r"(?:en\s+passant|à\s+titre\s+d['’]\s*(?:exemple|illustration)|comme\s+(?:un\s+|une\s+|l['’]\s*un))"
        # ... or listed as what criminals use a technology for ("criminals might use chatbots
        # built on large language models for phishing, fraud and disinformation", "des criminels
        # utilisent déjà l'intelligence artificielle pour produire des hypertrucages, des messages
        # d'hameçonnage ou des images d'abus d'enfants", "the criminal use of AI tools for fraud,
        # extortion and the production of abuse material"): examples of the misuse, not files
        r"|\b(?:criminals?|offenders|fraudsters|criminal\s+(?:groups|networks)|criminels|délinquants)\b"
        r"[^.;]{0,60}?\b(?:use|uses|using|used|exploit\w*|utilis\w*)\s+(?:[\w'’-]+\s+){0,6}?"
        + _A_TECHNOLOGY
        + r"\b[^.;]{0,50}?\b(?:for|to\s+\w+|pour(?:\s+\w+)?)\s+[^.;,]{2,60},\s+[^.;]{2,80}?\s+(?:and|or|et|ou)\s"
        r"|\bcriminal\s+use\s+of\s+(?:[\w'’-]+\s+){0,4}?"
        + _A_TECHNOLOGY
        + r"\s+(?:for|to\s+\w+)\s+[^.;,]{2,60},\s+[^.;]{2,80}?\s+(?:and|or)\s"
        # ... or to illustrate another point ("Requests under the EU-US Mutual Legal Assistance
        # Agreement were mentioned only to illustrate the delays the agreement is meant to cut.")
        r"|\b(?:was|were)\s+(?:also\s+)?(?:raised|mentioned|cited|named|given)\s+only\s+to\s+"
        r"(?:illustrate|show|explain|underline|make\s+the\s+point)\b"
        r"|\b(?:a|ont)\s+été\s+(?:mentionnée?s?|citée?s?|évoquée?s?)\s+(?:seulement|uniquement)\s+pour\s+"
        r"(?:illustrer|montrer|expliquer|souligner)\b"
        # ("Le système ETIAS, qui s'appliquera aux ressortissants américains, a été mentionné par
        # la Commission.")
        r"|\b(?:a|ont)\s+(?:aussi\s+|également\s+|brièvement\s+|seulement\s+)*été\s+(?:mentionné|cité"
        r"|signalé)e?s?(?:\s+par\s+(?:la\s+|le\s+|les\s+|l['’])?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?"
        r"(?:\s+en\s+passant)?\s*[.;]?\s*$"
        # ... or only named as something else ("was mentioned as another example", "were mentioned
        # as part of the same calendar"; a body "named as the place to pool this work" is discussed)
        r"|\b(?:was|were)\s+(?:also\s+|only\s+)?(?:mentioned|cited|quoted|given)\s+"
        # (and by whom: "was mentioned by the US as a concern")
        r"(?:by\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+)?(?:only\s+|merely\s+)?as\s"
        # ("Temporary protection ... was named only as part of the wider support", "was named as
        # one of the other occasions")
        r"|\b(?:was|were)\s+(?:also\s+)?named\s+(?:only\s+|merely\s+)(?:as|among)\s"
        # ... or as a question left to others or for later ("The link to ... was named as a question
        # for experts", "was raised only as a question for the lawyers", "which delegations left to
        # the experts")
        r"|\b(?:was|were)\s+(?:also\s+)?(?:only\s+)?(?:named|raised|mentioned|noted|flagged)\s+"
        r"(?:only\s+)?as\s+(?:a\s+|one\s+)?(?:question|matter|point|issue|subject)s?\s+for\s+"
        r"(?:the\s+)?(?:experts|lawyers|later|a\s+later|another|the\s+next|legal|technical)\b"
        r"|\bwhich\s+(?:delegations|the\s+sides|both\s+sides|ministers|participants|they)\s+left\s+to\s+"
        r"(?:the\s+)?(?:experts|lawyers|a\s+later|later|another)\b"
        # ... or what the next meeting may take up, in French ("que la cybercriminalité ainsi que la
        # protection des données pourraient y figurer")
        r"|\b(?:pourrai(?:en)?t|devrai(?:en)?t)\s+y\s+(?:figurer|être\s+(?:abordée?s?|traitée?s?"
        r"|examinée?s?|inscrite?s?))\b|\by\s+figurerai(?:en)?t\b"
        # ... or what a later meeting's agenda may also touch on ("suggested that its agenda also
        # touch on firearms and the exchange of criminal records")
        r"|\b(?:its|the|their)\s+agenda\s+(?:should|could|would|might|also)?\s*(?:also\s+)?"
        r"(?:touch\s+on|cover|include|take\s+in)\b"
        # ... or noted as a standing item ("Visa reciprocity was only noted as a standing item.")
        r"|\b(?:was|were)\s+(?:also\s+|only\s+)?(?:noted|mentioned|recalled|listed)\s+(?:only\s+)?as\s+"
        r"(?:a\s+)?standing\s+(?:agenda\s+)?(?:item|point)s?\b"
        # ... or mentioned and left for a later meeting ("The sale of counterfeit vaccines ... was
        # mentioned but left for the JHA Ministerial Meeting")
        r"|\b(?:was|were)\s+(?:also\s+|only\s+|briefly\s+)?(?:mentioned|raised|noted|named),?\s+but\s+"
        r"(?:was\s+|were\s+)?(?:left|kept|held\s+over|put\s+off)\s+(?:for|to|until)\b"
        # ... or left to another body ("visa reciprocity with the United States would be discussed
        # by the JHA Counsellors")
        r"|\b(?:would|will)\s+be\s+(?:discussed|taken\s+up|examined|addressed|dealt\s+with)\s+by\s+"
        r"(?:the\s+)?(?:JHA\s+Counsellors|COSI|CATS|Coreper|JAIEX|SCIFA|(?:another|a\s+separate)\s+"
        r"(?:body|working\s+party|group|forum))\b"
        # ... or for one provision ("The AI Act ... was named for its labelling duty, but deepfakes
        # were not discussed further")
        r"|\b(?:was|were)\s+(?:also\s+|only\s+)?(?:named|recalled|mentioned|cited)\s+(?:only\s+)?for\s+(?:its|their)\s"
        # ("Trafficking in human beings and ticket fraud were mentioned among the other risks")
        r"|\b(?:was|were)\s+(?:also\s+|only\s+)?(?:mentioned|cited|named|listed)\s+(?:only\s+)?among\s"
        # ... or as examples, subjects or themes for later work ("A module on terrorist financing
        # was named as one of the examples", "were named as subjects for later courses", "was named
        # as a theme for later work", "ont été cités comme thèmes possibles de formations
        # communes", "a été mentionnée comme l'une des priorités")
        r"|\b(?:was|were)\s+(?:also\s+|only\s+)?(?:named|cited|mentioned|listed|given)\s+as\s+"
        r"(?:the\s+)?(?:(?:possible|future|further|later|other|main|principal|chief|leading)\s+)?"
        r"(?:examples|subjects|themes|topics|areas|points"
        # ("Drug trafficking and fraud were named as the main sources of those proceeds.", "the
        # presence of groups linked to al-Qaeda was named as the main reason why aid could not
        # reach the population")
        r"|sources|causes|drivers|origins|reasons?|cause|obstacles?"
        r"|items"
        r"|candidates|priorities|illustrations)\b"
        r"|\b(?:was|were)\s+(?:also\s+|only\s+)?(?:named|cited|mentioned|listed|given)\s+as\s+"
        r"(?:a|an|one)\s+(?:(?:possible|future|further|later|other)\s+)?(?:subject|theme|topic|area"
        r"|candidate|priority|illustration)\s+(?:for|of)\b"
        r"|\b(?:a|ont)\s+été\s+(?:seulement\s+)?(?:cité|mentionné|évoqué|nommé)e?s?\s+comme\s+"
        r"(?:(?:l['’]une?|un|une)\s+des\s+|des\s+|de\s+)?(?:(?:possibles?|futurs?|autres)\s+)?"
        r"(?:exemples?|thèmes?|sujets?|priorités?|pistes?|domaines?)\b"
        # ... or as a thing to watch or the background ("was named as a risk for the experts to
        # watch", "The war against Ukraine was named as the background of these threats")
        r"|\b(?:was|were)\s+(?:also\s+)?named\s+as\s+(?:(?:one|part|some|each)\s+of|another"
        r"|an?\s+other|(?:a|an|the|one)\s+(?:\w+\s+)?(?:risk|concern|threat|example|issue|background"
        r"|backdrop|context|setting|channel|route|frame|source))\b"
        # (or someone named it so: "The US named the MLA Agreement as the fallback channel for
        # content data", "The Presidency named the MLA Agreement as the basis for part of it")
        r"|\bnamed\s+[^.;]{1,60}?\s+as\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:channel|route|frame"
        r"|basis|fallback|vehicle|backdrop|background|context|setting)\b"
        # ... or cited as one of several ("citing tools that sort seized images of child sexual
        # abuse as one of the projects")
        r"|\bciting\s+[^.;]{1,100}?\s+as\s+(?:one\s+of|an?\s+example|examples|an?\s+instance)\b"
        # ... or given, without further discussion ("The Commission noted that the TFTP Agreement
        # remained an important tool, without further discussion"; "...; la question de savoir si
        # la détection resterait possible a été posée sans être approfondie")
        r"|,\s*without\s+(?:further|any\s+further)\s+(?:discussion|debate)\s*[.;]?\s*$"
        # ("la question des flux migratoires vers la Floride a été citée sans être discutée")
        r"|\ba\s+été\s+(?:posée|soulevée|évoquée|citée|mentionnée|signalée)\s+sans\s+(?:être\s+)?(?:approfondie|débattue|discutée"
        r"|examinée)\b"
        # ("had gone over the PNR Agreement and the TFTP, without new points on either")
        r"|,\s*without\s+(?:any\s+)?new\s+(?:points?|elements?|developments?|information)\b"
        # ... or the body a follow-up also goes through ("Le suivi passe aussi par le groupe de
        # travail UE-États-Unis sur la cybersécurité et la cybercriminalité")
        r"|\b(?:le\s+suivi|la\s+suite)\s+pass\w*\s+(?:aussi\s+|également\s+|notamment\s+)?par\b"
        r"|\bfollow-up\s+(?:also\s+)?(?:runs|goes|passes)\s+through\b"
        # ... or what a body to come might do ("a working group on cyber-security and cyber-crime.
        # Its tasks could include a joint exercise ... and the removal of child sexual abuse
        # material")
        r"|\b(?:its|their)\s+(?:tasks|work|mandate|remit|agenda|work\s+programme)\s+(?:could|would|might"
        r"|will|should)\s+(?:also\s+)?(?:include|cover)\b"
        # ... or the work plan a body has agreed ("the group had agreed its work plan on incident
        # management and child abuse online"): its headings, not a discussion of them
        r"|\b(?:agreed|adopted|approved|endorsed|finalised|a\s+adopté|a\s+approuvé|a\s+arrêté"
        r"|ont\s+adopté|ont\s+arrêté)\s+(?:its|their|a|son|leur)\s+(?:work\s*plan|work\s+programme"
        r"|programme\s+de\s+travail|plan\s+de\s+travail)\s+(?:on|covering|for|sur|portant\s+sur)\b"
        # ... or what would be discussed elsewhere or later ("the targets would also be discussed
        # with the US in the EU-US Working Group on Cyber-security and Cyber-crime")
        r"|\b(?:would|will|could|might|should)\s+(?:also\s+|further\s+|then\s+)?be\s+(?:discussed|taken\s+up"
        r"|addressed|examined|raised|debated)\s+(?:further\s+)?(?:with\s+[^.;]{1,40}?\s+)?(?:in|at|during)\s+"
        r"(?:the|a|its|their)\b"
        # ... or what a text in draft would mention ("une courte déclaration commune, qui
        # mentionnerait l'Alliance mondiale", "the joint statement would refer to the Alliance")
        r"|\b(?:would|should|could)\s+(?:also\s+)?(?:mention|refer\s+to|cite)\b"
        r"|\b(?:mentionnerai(?:t|ent)|citerai(?:t|ent))\b|\bferai(?:t|ent)\s+(?:aussi\s+)?référence\b"
        # ... or recalled only as a frame ("The nine priorities ... were recalled only as the frame
        # of the exercise")
        r"|\b(?:was|were)\s+(?:recalled|named|listed|cited|mentioned)\s+only\s+as\b"
        # (or came up only so: "The planned data protection agreement came up only as a possible
        # model for the exchange of data on incidents.")
        r"|\bcame\s+up\s+only\s+(?:as|in\s+passing|briefly)\b"
        # ... or asked for at a later meeting ("Turkey asked to discuss cooperation against
        # trafficking in human beings and against drugs at a later meeting")
        r"|\basked\s+to\s+(?:discuss|take\s+up|address|examine|return\s+to)\s+[^.;]{1,120}?\s+at\s+"
        r"(?:a|the|its|their)\s+(?:later|next|future|subsequent|following)\s+(?:meeting|session|ministerial|som)\b"
        # ... or so in notes' style, with no verb before ("money moved through underground banking
        # noted.", "networks laundering through crypto-assets mentioned as a growing feature.")
        r"|(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\b(?:mentioned|noted)\s*(?:(?:only\s+)?(?:in\s+passing"
        r"|briefly)\s*)?[.;]?\s*$|\b(?:mentioned|cited)\s+as\s+(?:an?|one|another)\s"
        # ... or only mentioned by someone, as a sentence's whole act ("The Commission mentioned
        # the first report of the Global Alliance, due in April."; what was said "that" is
        # reported, and "Among its priorities it mentioned ..." presents a programme)
        r"|^(?!among\b)(?:the\s+|a\s+|one\s+|several\s+|some\s+)?(?:[\w'’-]+\s+){0,4}?"
        # ("The Commission mentioned, for information, its work on electronic evidence")
        r"(?:briefly\s+|also\s+)?mentioned(?:\s*,\s*(?:for\s+information|in\s+passing|briefly)\s*,)?\s+"
        r"(?!that\b)"
        # (in French, "mentionné" or "signalé": "La présidence a mentionné la proposition relative
        # au Parquet européen"; "évoqué" is also said of what was discussed)
        r"|^(?!parmi\b)(?:[\w'’-]+\s+){1,5}?(?:a|ont)\s+(?:également\s+|aussi\s+|brièvement\s+"
        # ("La présidence a seulement mentionné le lancement du corps européen de garde-frontières")
        r"|seulement\s+|simplement\s+|uniquement\s+)?(?:mentionné|signalé)\s+(?!que\b|qu['’])"
        # ... or cited as an example, as the sentence's whole act ("Elle a cité en exemple les
        # outils qui repèrent les images d'abus sexuels sur les enfants")
        r"|^(?!parmi\b)(?:[\w'’-]+\s+){1,5}?(?:a|ont)\s+(?:cité|donné|mentionné|pris)\s+(?:en|comme"
        r"|pour)\s+exemples?\b"
        # ... or named by someone as an example ("Europol mentioned abuse material generated with
        # AI as one example of the new risks")
        r"|\b(?:mentioned|cited|gave|named)\s+[^.;]{1,120}?\s+as\s+(?:an(?:other)?|one)\s+example\b"
        r"|\b(?:a|ont)\s+(?:également\s+|brièvement\s+)?été\s+(?:également\s+|brièvement\s+)?"
        r"(?:évoqué|mentionné|noté|signalé|cité)e?s?\s*(?:pour\s+mémoire\s*|en\s+passant\s*)?[.;]?\s*$"
        # (or "for the record": "The entry into operation of ETIAS was cited for the record.")
        r"|\b(?:was|were)\s+(?:only\s+)?(?:mentioned|cited|noted|recalled)\s+for\s+the\s+record\b"
        # ... or only given as the reason for what was discussed before ("the return of foreign
        # fighters made this cooperation all the more urgent", "rend cette coopération d'autant
        # plus nécessaire")
        r"|\b(?:made|makes|make|rendered|renders)\s+(?:this|these|that|those|it|them|such)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:all\s+the\s+|even\s+|still\s+)?more\s+(?:urgent|necessary|pressing"
        r"|important|needed|relevant)\b"
        r"|\b(?:rend(?:ait|ent|aient)?|a\s+rendu|ont\s+rendu)\s+(?:cette|ces|ce|cet)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:d['’]autant\s+)?plus\s+(?:urgente?s?|nécessaires?|pressante?s?|importante?s?)\b"
        # ... or only cited as an example ("en citant comme exemple le retrait des sites", "citing
        # as an example", "à titre d'exemple")
        r"|\b(?:en\s+)?citant\s+(?:comme|en)\s+exemple\b|\bcitée?s?\s+comme\s+exemple\b"
        r"|\bà\s+titre\s+d['’]exemple\b|\bciting\s+as\s+an?\s+example\b"
        # ... or only for comparison ("À titre de comparaison, la Commission a rappelé l'accord-cadre",
        # "The comparison with the searches of the TFTP ... was raised by one delegation")
        r"|\b(?:à\s+titre\s+de\s+comparaison|by\s+way\s+of\s+comparison|for\s+comparison)\b"
        r"|\bthe\s+comparison\s+with\b[^.;]*?\b(?:was|were)\s+(?:raised|made|drawn|mentioned)\b"
        # ... or cited as evidence for a claim about something else ("citing, among other
        # instruments, the PNR Agreement as evidence that the two sides could agree")
        r"|\b(?:citing|cited|en\s+citant)\b[^.;]{1,120}?\b(?:as|comme)\s+(?:evidence|proof|preuve)\b"
        # ... or cited as an example, the example named between ("en citant l'accord UE-États-Unis
        # d'entraide judiciaire comme exemple d'un cadre qui a fait ses preuves")
        r"|\b(?:citing|cited|en\s+citant|a\s+cité|ont\s+cité)\b[^.;]{1,120}?\b(?:as\s+an?\s+example"
        r"|comme\s+(?:un\s+)?exemple)\b"
        # ... or cited among other texts ("Europol cited the e-Evidence Regulation among the texts
        # that will change its work", "a cité ... parmi les textes")
        r"|\b(?:citing|cited|listed|named|a\s+cité|ont\s+cité)\s+(?:the|a|an|its|their|le|la|les"
        r"|l['’])\s"
        r"[^.;]{1,120}?\s(?:among|parmi)\s+(?:the|other|its|their|les|d['’]autres|ses|leurs)\s+"
        r"(?:\w+\s+)?(?:texts|laws|acts|instruments|examples|files|measures|reasons|rules|threats"
        r"|challenges|frameworks|regulations|obligations|textes|exemples|actes|mesures|menaces|cadres"
        r"|règles)\b"
        # ... or among the subjects a later meeting is to take up ("a cité la cybercriminalité et la
        # traite des êtres humains parmi les sujets à reprendre en 2010")
        r"|\b(?:among|parmi)\s+(?:the|les)\s+(?:subjects|topics|points|issues|themes|sujets|thèmes"
        r"|points|questions)\s+(?:to\s+be\s+(?:taken\s+up|discussed|addressed)|to\s+take\s+up"
        r"|for\s+(?:a\s+later|the\s+next|a\s+future|future)|à\s+(?:reprendre|aborder|examiner"
        r"|traiter|inscrire))\b"
        # ... or named in a calendar of meetings ("presented the calendar of external meetings
        # until December: ..., the conference launching a Global Alliance to counter migrant
        # smuggling on 28 November and the EU-US Ministerial")
        r"|\b(?:calendar|schedule|timetable|calendrier)\s+(?:of|for|des)\s+(?:the\s+)?(?:\w+\s+)?"
        r"(?:meetings|events|conferences|réunions)\b"
        # ... or only held up as an example of how something could be done ("the joint review of
        # the TFTP Agreement, as an example of how oversight could be made visible")
        r"|\bas\s+an?\s+(?:example|model|illustration)\s+of\s+(?:how|what)\b"
        # ... or said to serve as one ("dont l'Alliance mondiale ... sert d'exemple de coopération
        # réussie", "which served as a model")
        r"|\b(?:sert|servait|servent|servaient|a\s+servi|servira)\s+d['’](?:exemple|modèle)\b"
        r"|\b(?:serves?|served|serving)\s+as\s+(?:an?\s+)?(?:example|model|illustration)\b"
        # ... or as what a policy cycle's priorities also cover
        # ... or as what a group's draft terms of reference cover ("The draft terms of reference (see
        # 11829/10, point 6) cover incident management, ... and the fight against child abuse")
        r"|\b(?:priorities\s+of\s+the\s+[^.;]*?|(?:whose|its|their|the)\s+(?:draft\s+)?(?:agenda"
        # (or a conference's themes: "the Congress ..., whose themes include the rule of law,
        # organised crime and the use of new technologies by criminals")
        r"|terms\s+of\s+reference|(?:main\s+)?themes)(?:\s*\([^()]*\))?(?:\s+(?:of|for)\s+the\s+[^.;]{1,60}?)?)\s+"
        r"(?:will\s+|would\s+|should\s+)?(?:also\s+)?(?:cover|covers|include|includes|feature|features"
        r"|comprises?|contains?|provides?\s+for)\b"
        # ... or a text recalled only for when it was signed or adopted, and nothing else said of
        # it ("The Presidency recalled that the PNR Agreement had been signed in July 2007.", "La
        # présidence a rappelé que l'accord ... avait été signé en juillet 2007.")
        r"|\b(?:recalled|a\s+rappelé|ont\s+rappelé)\s+(?:that\s+|que\s+|qu['’]\s*)[^.;]{1,120}?\b"
        r"(?:had\s+been|avait\s+été|avaient\s+été)\s+(?:[^.;]{0,100}?\s+(?:and|et)\s+)?(?:signed"
        r"|concluded|adopted|initialled"
        r"|signée?s?|conclue?s?|adoptée?s?|paraphée?s?)\s+(?:in|on|le|en)\s+[^\W_][\w ]{0,24}\s*[.;]?\s*$"
        # ... or what a meeting or text to come would cover, listed ("The next Ministerial would
        # take place in Dublin in June. It would cover the follow-up ..., the review of the MLA and
        # extradition agreements and the drugs files", "A declaration was to be adopted at the
        # Summit; it would cover border security, terrorist financing and ...")
        r"|^\s*(?:it|they|this|which)\s+(?:would|will|should)\s+(?:also\s+)?(?:cover|include"
        r"|address)\b"
        r"|\b(?:declaration|statement|strategy|plan|conclusions|roadmap)\b[^.;]{0,80}?,\s+which\s+"
        r"(?:would|will)\s+(?:also\s+)?(?:cover|include|address)\b"
        # ("Le projet d'ordre du jour comporte une séance sur ...", "L'ordre du jour prévoit")
        r"|\b(?:ordre\s+du\s+jour|thèmes)\b[^.;]{0,60}?\b(?:comporte|comprend|comprennent|prévoit"
        r"|contient|couvre|couvrent|incluent)\b"
        # ... or what a joint statement is on, or would commit to ("adopté une déclaration commune
        # qui porte sur ...", "A draft joint statement would commit both sides to ...")
        r"|\b(?:joint\s+statement|déclaration\s+commune)\s+(?:[^.;]{0,40}?\s)?(?:qui\s+|which\s+|that\s+)?"
        r"(?:porte|portait|covers|covered|addresses|addressed|deals\s+with|dealt\s+with)\b"
        r"|\b(?:joint\s+statement|déclaration\s+commune)\s+(?:would|will|should|could|engagerait"
        r"|engagera)\s+(?:also\s+)?(?:commit|engag)"
        # ... or the chapters of a text recalled ("opened the Dialogue by recalling the 2017
        # Framework Agreement and its chapters on justice, counter-terrorism and cybercrime")
        # (or noted: "The US side noted the chapters on data protection, migration and ...")
        r"|\b(?:recall(?:ed|ing)|rappel(?:é|ant)|noted|took\s+note\s+of|a\s+pris\s+acte\s+d)\s+"
        r"(?:[^.;]{1,120}?\b)?(?:its|their|the|ses|leurs|les)\s+"
        r"(?:\w+\s+)?(?:chapters|provisions|sections|chapitres|dispositions)\s+(?:on|about|sur"
        r"|relatives?\s+(?:à|aux?))\b"
        # ... or recalled as named among priorities at another meeting ("recalled that the
        # Ministerial had named artificial intelligence among the shared priorities")
        r"|\b(?:had|has|have|avait|avaient|a|ont)\s+(?:named|listed|cited|placed|put|cité|rangé|placé"
        r"|inscrit)\s+[^.;]{1,80}?\b(?:among|parmi)\s+(?:the|its|their|les|ses|leurs)\s+(?:\w+\s+)?"
        r"(?:priorities|priorités)\b"
        # ... or the chapters of a programme in preparation ("informed ministers of the preparation
        # of the Stockholm Programme, which would cover data protection, migration and ...")
        r"|\b(?:preparation|drafting|préparation|élaboration)\s+(?:of|de|du|des)\s+(?:the\s+|la\s+"
        r"|le\s+)?"
        r"(?:[\w'’-]+\s+){0,4}?(?:programme|program|strategy|stratégie|agenda|plan)\b[^.;]{0,60}?,\s+"
        r"(?:which|qui)\s+(?:would|will|should|devrait|couvrira|couvrirait)\s+(?:also\s+)?(?:cover"
        r"|include"
        r"|address|couvrir|comprendre)?"
        # ... or listed in brackets after a programme's priorities ("Its priorities (citizens'
        # rights, internal security, migration and asylum) were set out briefly"; a Presidency's
        # own priorities are its programme, read as such)
        r"|^(?![^.;]*\b(?:presidency|presidencies|présidence)\b)[^.;]*?\bpriorities\s*\("
        # ... or priorities only recalled: the Presidency in office reminding what it pursues
        # ("The Finnish Presidency recalled its priorities for the semester, among them ...")
        # ("... by recalling its priorities", "recalled the motto of the Polish Presidency and its
        # three lines of work")
        rf"|{_RECALLED_PRIORITIES}"
        # ... or only put on a future agenda ("the US side wished to discuss the election", "cited
        # among the possible themes of a future meeting")
        r"|\b(?:wish(?:es|ed)?|wants?|wanted|would\s+like)\s+to\s+(?:discuss|raise|address|put)\b"
        # ("The US side had also asked to discuss the effect of the GDPR on WHOIS; that question
        # will be taken at the lunch.")
        r"|\bhad\s+(?:also\s+)?(?:asked|requested)\s+to\s+(?:discuss|raise|address|put)\b"
        # ... or a session on it wished for that agenda ("US: would like a short session on new
        # psychoactive substances", "souhaiterait une session sur")
        r"|\bwould\s+like\s+(?:a|an)\s+(?:short\s+|separate\s+|dedicated\s+|new\s+)?(?:session|point"
        r"|item"
        r"|exchange|discussion)\s+(?:on|about)\b"
        r"|\bsouhaiter(?:ait|aient)\s+(?:une?|qu['’]une?)\s+(?:courte\s+)?(?:session|point"
        r"|échange)\s+(?:sur|consacrée?)\b"
        # ... or on a meeting's agenda, said of the meeting ("the Ministerial would take place in
        # Riga in June, with foreign fighters, PNR and cybercrime on its agenda"), or added to it
        # ("a short session on the protection of networks against cyber attacks was added")
        r"|\bwith\s+[^.;]{1,160}?\s+on\s+(?:its|the|their)\s+(?:draft\s+)?agenda\b"
        r"|\bavec\s+[^.;]{1,160}?\s+à\s+(?:son|leur|l['’])\s*ordre\s+du\s+jour\b"
        r"|\b(?:session|point|item|question|sujet)\s+(?:on|about|sur)\s+[^.;]{1,100}?\s+(?:was|were"
        r"|had\s+been|would\s+be|will\s+be|a\s+été|ont\s+été)\s+(?:also\s+)?(?:added|ajoutée?s?)\b"
        # ... or only mentioned briefly, or in a list of topics for a later meeting ("briefly
        # mentioned ... in the list of topics for the next Senior Officials Meeting")
        r"|\bbriefly\s+(?:mentioned|referred\s+to|touched\s+(?:up)?on)\b"
        # ... or noted for a later meeting, or put back on the agenda later ("Ransomware ... were
        # noted as possible topics for the next consultations", "could only return to the agenda
        # once normal travel had resumed")
        r"|\bnoted\s+as\s+(?:possible\s+|potential\s+)?(?:topics|themes|subjects|items|points)\b"
        r"|\b(?:return|come\s+back)\s+to\s+the\s+agenda\b"
        # ... or asked to be named under another session ("asked that the revision of the Firearms
        # Directive be mentioned under counter-terrorism"), to have a point of its own ("fasse
        # l'objet d'un point distinct") or to be added ("a proposé d'ajouter")
        r"|\bbe\s+(?:mentioned|raised|covered|included|referred\s+to)\s+under\b"
        r"|\bfass(?:e|ent)\s+l['’]objet\s+d['’]un\s+point\b"
        # ("La délégation des États-Unis souhaiterait y ajouter la lutte contre le terrorisme.")
        r"|\b(?:propos|demand|souhait)\w*\s+(?:d['’]\s*)?(?:y\s+)?ajouter\b|\b(?:proposed|asked"
        r"|wished)\s+to\s+add\b"
        # ("ont demandé que l'application des accords d'entraide judiciaire y soit également évoquée")
        r"|\b(?:demandé|souhaité|proposé)\s+(?:que\s+|qu['’])[^.;]{1,160}?\s+y\s+soi(?:t|ent)\s+(?:également\s+|aussi\s+)?"
        r"(?:évoquée?s?|abordée?s?|examinée?s?|discutée?s?|traitée?s?|inscrite?s?|ajoutée?s?)\b"
        # ... or asked to be added ("Two delegations asked that firearms trafficking be added as a
        # separate session", "Une délégation a demandé qu'un point sur l'extradition soit ajouté")
        r"|\b(?:asked|requested|proposed|suggested|wished)\s+(?:that|for)\s+[^.;]{1,120}?\s+(?:to\s+)?be\s+added\b"
        # ("The US asked that the refugee situation in the Mediterranean also be discussed.")
        r"|\b(?:asked|requested|proposed|suggested|wished)\s+that\s+[^.;]{1,120}?\s+also\s+be\s+"
        r"(?:discussed|raised|addressed|covered|taken\s+up)\b"
        # ... or kept for a later meeting ("recalled that Bulgaria and Cyprus were still outside the
        # Visa Waiver Program and asked to keep that point for the next Senior Officials Meeting",
        # "a proposé de garder cette question pour la prochaine réunion")
        r"|\b(?:asked|proposed|suggested|wished|preferred)\s+to\s+(?:keep|leave|save)\s+(?:that|this|the)\s+"
        r"(?:point|question|issue|matter|subject)\s+for\s+(?:the\s+next|a\s+later|another|a\s+future)\b"
        r"|\b(?:demandé|proposé|suggéré|souhaité|préféré)\s+de\s+(?:garder|réserver|laisser)\s+(?:ce|cette|le|la)\s+"
        r"(?:point|question|sujet)\s+pour\s+(?:la\s+prochaine|une\s+(?:prochaine|autre|future)|une\s+réunion)\b"
        # ("asked that a session be kept for the follow-up of the Toledo declaration")
        r"|\b(?:asked|requested|proposed|suggested|wished)\s+(?:that|for)\s+(?:a|one|an|another)\s+"
        r"(?:(?:separate|special|short)\s+)?(?:session|slot|point|item)\s+(?:to\s+)?be\s+(?:kept"
        r"|reserved|set\s+aside|devoted)\b"
        r"|\b(?:demandé|souhaité|proposé)\s+(?:que\s+|qu['’])[^.;]{1,160}?\s+soi(?:t|ent)\s+"
        r"(?:également\s+|aussi\s+)?(?:ajoutée?s?|inscrite?s?)\b"
        # ... or to be raised higher up ("asked that the visa situation of the five Member States
        # be raised at ministerial level", "ont demandé que la question soit soulevée au niveau
        # ministériel")
        r"|\b(?:asked|requested|proposed|suggested|wished)\s+that\s+[^.;]{1,160}?\s+be\s+(?:raised"
        r"|taken\s+up|discussed|addressed)\s+at\s+(?:the\s+)?(?:ministerial|political|highest|senior)"
        r"\s+level\b"
        r"|\b(?:demandé|souhaité|proposé)\s+(?:que\s+|qu['’])[^.;]{1,160}?\s+soi(?:t|ent)\s+"
        r"(?:soulevée?s?|abordée?s?|évoquée?s?|examinée?s?)\s+au\s+niveau\s+(?:ministériel|politique)\b"
        # ... or a draft agenda presented ("a présenté le projet d'ordre du jour de la réunion")
        r"|\b(?:presented|circulated|présenté|diffusé)\s+(?:the\s+|le\s+)?(?:draft\s+agenda"
        r"|projet\s+d['’]ordre\s+du\s+jour)\b"
        # ... or what someone asked a text to mention ("asked that the draft joint outcome also
        # mention the Entry/Exit System", "ont demandé que la déclaration mentionne aussi ...")
        r"|\b(?:asked|requested|proposed|suggested|wished)\s+that\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:outcome|statement|declaration|text|conclusions|communiqué|report)\s+(?:should\s+)?"
        r"(?:also\s+)?(?:mention|refer\s+to|cover|include|name|reflect)\b"
        r"|\b(?:demandé|souhaité|proposé)\s+que\s+(?:la|le|les|l['’])\s*(?:[\w'’-]+\s+){0,3}?(?:déclaration"
        r"|texte|conclusions|communiqué|rapport|liste|document|projet)\s+(?:commune?s?\s+"
        r"|finale?s?\s+)?(?:mentionnent|mentionne"
        r"|couvrent|couvre|évoquent|évoque|citent|cite|fassent|fasse)\b"
        # ... or what the agenda of a meeting announced covers ("would take place in Cyprus ..., with
        # an agenda covering the World Cup, migration and drug trafficking"), or what someone
        # wished a statement to mention ("wished the statement to mention ransomware")
        r"|\bwith\s+an?\s+(?:draft\s+)?agenda\s+(?:covering|including|that\s+(?:covers|would\s+cover)"
        r"|on)\b|\b(?:avec|dont)\s+(?:un|l['’])\s*ordre\s+du\s+jour\s+(?:portant\s+sur|couvrant)\b"
        r"|\b(?:wished|wanted|asked|would\s+like)\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement"
        r"|declaration|outcome|communiqué|text)\s+to\s+(?:also\s+)?(?:mention|refer\s+to|cover|include"
        r"|reflect|name)\b"
        # ... or what a summit's declaration should mention ("dont la déclaration devrait mentionner")
        r"|\bdéclaration\b[^.;]{0,60}?\b(?:devrait|devra|doit|pourrait)\s+(?:aussi\s+|également\s+)?"
        r"(?:mentionner|couvrir|porter\s+sur|évoquer|saluer|rappeler|souligner)\b"
        # ... or only where the agenda begins ("opened the meeting, which the Presidency had
        # reordered so as to begin with the terrorist threat")
        r"|\b(?:reordered|rearranged|réorganisée?)\b[^.;]{0,60}?\b(?:to|pour|afin\s+de)\s+"
        r"(?:begin|start|open|commencer|ouvrir)\s+(?:with|par)\b"
        r"|\bin\s+the\s+list\s+of\s+(?:possible\s+)?(?:topics|themes|subjects|points|items)\s+for\b"
        # ... or listed among the possible themes of a body or a meeting to come ("Parmi les thèmes
        # possibles figurent les réseaux de machines zombies et les abus sexuels", "Among the
        # possible topics were ...")
        r"|\bparmi\s+les\s+(?:thèmes|sujets|domaines|priorités|points)\s+(?:possibles|envisagés|proposés)\b"
        r"|\bamong\s+the\s+(?:possible|proposed|candidate)\s+(?:themes|topics|subjects|areas|priorities)\b"
        r"|\bsouhait\w*\s+(?:aborder|évoquer|discuter|soulever)\b"
        # ... or what a meeting to come is to be devoted to ("announced that the meeting of 24
        # October would be devoted only to the e-evidence Directive", "serait consacrée à")
        r"|\b(?:meeting|session|réunion|séance)\b[^.;]{0,60}?\b(?:would|will)\s+be\s+(?:devoted|dedicated)\s+"
        r"(?:only\s+|entirely\s+|solely\s+|mainly\s+)?to\b"
        r"|\b(?:réunion|session|séance)\b[^.;]{0,60}?\b(?:serait|sera)\s+(?:uniquement\s+|entièrement\s+"
        r"|principalement\s+)?consacrée\s+(?:à|au|aux)\b"
        # ... or to see it on that agenda ("la Croatie souhaiterait y voir figurer la réciprocité
        # en matière de visas", "would like to see visa reciprocity on it")
        r"|\b(?:souhait|voudr|aimer)\w*\s+(?:y\s+)?voir\s+(?:figurer|inscrire|inscrite?s?|aborder|abordée?s?)\b"
        r"|\b(?:would\s+like|wished|wishes|wanted|hoped)\s+to\s+see\s+[^.;]{1,80}?\s+(?:on\s+(?:it|its\s+agenda"
        r"|the\s+agenda)|there|included)\b"
        # ... or wished to be looked at later ("ont souhaité que les contrôles aux frontières
        # extérieures soient examinés plus avant") or put on it ("a demandé que le trafic d'armes à
        # feu y figure aussi")
        r"|\bsouhait\w*\s+que\s+[^.;]*?\s+soi(?:en)?t\s+(?:examiné|abordé|discuté|approfondi"
        r"|étudié)e?s?"
        r"\s+(?:plus\s+avant|ultérieurement|lors\s+d)"
        r"|\b(?:demandé|souhaité|proposé)\s+que\s+[^.;]*?\s+y\s+figur(?:e|ent)\b"
        # (or on its own: "a demandé que la cybercriminalité figure à son ordre du jour")
        r"|\b(?:demandé|souhaité|proposé)\s+que\s+[^.;]*?\s+figur(?:e"
        r"|ent)\s+à\s+(?:l['’]|son\s+|leur\s+)ordre\s+du\s+jour\b"
        r"|\bséances?\s+(?:porteront|portera|porteraient|porterait)\s+sur\b"
        # ("l'ordre du jour de la première réunion du COSI du second semestre porterait notamment
        # sur ...")
        r"|\bordre\s+du\s+jour\s+(?:d[eu]\s+[^.;]{1,80}?\s)?(?:portera|porterait|comprendra|comprendrait|couvrira"
        r"|(?:devrait|devra|pourrait)\s+(?:aussi\s+|également\s+)?(?:couvrir|porter\s+sur|comprendre"
        r"|inclure))\b"
        # ("la prochaine réunion ministérielle aurait aussi à son ordre du jour la réciprocité")
        r"|\b(?:aura|aurait|auront|auraient)\s+(?:aussi\s+|également\s+)?à\s+son\s+ordre\s+du\s+jour\b"
        # ... or what it will take up there ("la réunion aurait lieu en avril et que la
        # cybercriminalité et la lutte contre le terrorisme y seraient abordées", "the Ministerial in
        # Washington, at which migration and visa reciprocity will be taken up")
        r"|\by\s+(?:seront|seraient|sera|serait)\s+(?:aussi\s+|également\s+|notamment\s+)?"
        r"(?:abordée?s?|examinée?s?|traitée?s?|évoquée?s?|discutée?s?)\b"
        r"|\b(?:meeting|ministerial|summit|conference|dialogue|session)\b[^.;]{0,120}?,?\s+(?:at\s+which"
        r"|where)\s+[^.;]{1,160}?\s+(?:would|will)\s+(?:also\s+)?be\s+(?:discussed|addressed"
        r"|taken\s+up|examined|covered)\b"
        # ("PNR, data adequacy and migrant smuggling will again be on the agenda", "la prochaine
        # réunion porterait aussi sur les rançongiciels", "a souhaité que l'ordre du jour de la
        # réunion ministérielle fasse une place à ...")
        r"|\b(?:will|would|shall|could|might|may)\s+(?:again\s+|also\s+|remain\s+|stay\s+)*(?:be\s+)?"
        r"on\s+(?:the|its|their|that|this)\s+(?:[\w-]+\s+){0,3}?agenda\b"
        # ("la prochaine réunion porterait aussi sur les rançongiciels", "La réunion ministérielle de
        # décembre pourrait traiter des menaces hybrides")
        r"|\bréunion\b[^.;]{0,80}?\b(?:porter(?:a|ait|ont|aient)\s+(?:aussi\s+|également\s+|notamment\s+)?sur"
        r"|pourrai(?:t|ent)\s+(?:aussi\s+|également\s+)?(?:traiter|porter\s+sur|aborder|examiner))\b"
        r"|\b(?:souhait|demand|propos)\w*\s+que\s+l['’]ordre\s+du\s+jour\b"
        # ... or a session wished for there ("Les États-Unis ont souhaité qu'une session soit
        # consacrée aux combattants étrangers", "asked that a session be devoted to ransomware")
        r"|\b(?:demandé|souhaité|proposé|suggéré)\s+qu['’]une?\s+(?:session|séance|table\s+ronde|point"
        r"|atelier|panel)\s+(?:[\w'’-]+\s+){0,3}?soit\s+(?:consacrée?|dédiée?)\s+(?:à|aux?)\b"
        r"|\b(?:asked|wished|proposed|suggested|requested)\s+(?:that|for)\s+an?\s+(?:session|panel"
        r"|workshop|round\s*table|point|item)\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?be\s+(?:devoted|dedicated)\s+to\b"
        # ... or asked to be presented at that meeting ("Les États-Unis ont demandé que la nouvelle
        # directive soit présentée lors de cette réunion", "asked for ... to be presented there")
        r"|\b(?:demandé|souhaité|proposé)\s+que\s+[^.;]{1,120}?\s+soi(?:t|ent)\s+(?:présentée?s?"
        r"|examinée?s?|abordée?s?|discutée?s?)\s+(?:lors\s+de|à)\s+(?:cette|la\s+prochaine)\s+réunion\b"
        r"|\basked\s+(?:that|for)\s+[^.;]{1,120}?\s+(?:to\s+)?be\s+(?:presented|discussed|examined"
        r"|taken\s+up|addressed)\s+(?:at|during)\s+(?:that|this|the\s+next)\s+meeting\b"
        # ... or announced for a later meeting ("Finland informed delegations that Eurojust's
        # report on ... would be presented at the next meeting", "le rapport ... sera présenté
        # lors de la prochaine réunion")
        r"|\b(?:would|will|is\s+to|was\s+to|are\s+to|were\s+to)\s+be\s+(?:presented|discussed"
        r"|examined|taken\s+up|debated)\s+(?:at|during|to)\s+(?:the\s+next|a\s+(?:later|future"
        r"|coming)|the\s+coming|its\s+next)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|ministerial)\b"
        r"|\b(?:sera|serait|seront|seraient)\s+(?:présentée?s?|examinée?s?|discutée?s?|débattue?s?)\s+"
        r"(?:lors\s+de\s+la|à\s+la|lors\s+d['’]une|à\s+une)\s+(?:prochaine|future)\s+réunion\b"
        # ... or named as one file among others left open ("the firearms action plan was one of
        # several pending files", "le plan d'action n'était que l'un des dossiers en suspens")
        r"|\b(?:was|were|is|remained)\s+(?:only\s+|just\s+|merely\s+)?one\s+of\s+(?:several|many"
        r"|a\s+number\s+of|numerous|the\s+(?:many|several|other))\s+(?:other\s+)?(?:pending|open"
        r"|outstanding)\s+(?:files|issues|dossiers|matters|questions)\b"
        r"|\bun\s+des\s+(?:nombreux\s+|autres\s+|plusieurs\s+)?dossiers\s+en\s+(?:suspens|attente)\b"
        # ... or where and when the next round of a dialogue named by its file will be held ("the
        # incoming Danish Presidency intends to hold the next round of the EU-US counter-terrorism
        # dialogue in Copenhagen", "the next meeting of the expert group on firearms would take
        # place in Lisbon")
        # ("offered to host the next expert meeting on drugs in November")
        r"|\b(?:hold|host|organi[sz]e|convene)\s+the\s+next\s+(?:round|meeting|session|edition)\s+of\b"
        # (or a meeting of experts named by its file; not a round of talks "on the EU-US
        # agreement", which is that file's business)
        r"|\b(?:hold|host|organi[sz]e|convene)\s+the\s+next\s+(?:(?:expert|experts['’]?|technical"
        r"|informal|high[\s-]level)\s+)?(?:meeting|workshop|seminar|conference)\s+on\b"
        # ... or what a body still to be set up might take on ("la proposition de créer un groupe
        # de travail commun ..., qui pourrait traiter de la gestion des incidents, de la lutte contre
        # les abus sexuels sur enfants en ligne et ...", "a task force, which could also look at")
        r"|\b(?:group|groupe|working\s+group|groupe\s+de\s+travail|task\s+force|network|réseau|centre"
        r"|center|body|organe|forum|platform|plateforme)\b[^.;]{0,80}?,?\s+(?:qui|which|that)\s+"
        r"(?:could|might|pourrait|pourraient)\s+(?:also\s+|aussi\s+|notamment\s+)?(?:cover|deal\s+with"
        r"|address|look\s+at|take\s+up|traiter\s+de|couvrir|porter\s+sur|s['’]occuper\s+de)\b"
        # ... or what a new group will work on ("Le groupe travaillera notamment sur la gestion des
        # incidents, ..., la lutte contre les abus sexuels commis sur des enfants en ligne", "the
        # group will work on ...")
        r"|\b(?:the|this|le|ce)\s+(?:new\s+|nouveau\s+)?(?:working\s+)?(?:group|task\s+force|groupe"
        r"(?:\s+de\s+travail)?)\s+(?:(?:will|would)\s+(?:also\s+)?(?:work\s+on|focus\s+on|deal\s+with)"
        r"|travaillera(?:it)?\s+(?:notamment\s+|en\s+particulier\s+)?sur|portera\s+sur|se\s+penchera\s+sur)\b"
        # ("The group would cover attacks against information systems and, possibly, ...")
        r"|\b(?:the|this|such\s+a|le|ce|un\s+tel)\s+(?:working\s+)?(?:group|task\s+force|groupe"
        r"(?:\s+de\s+travail)?)\s+(?:(?:would|could|might|pourrait)\s+(?:also\s+|aussi\s+)?"
        r"(?:cover|deal\s+with|address|look\s+at|couvrir|traiter\s+de)|couvrirait|traiterait)\b"
        # (or the subjects agreed for it to take up: "agreed on the four subjects the new Working
        # Group would take up, from incident management to child sexual abuse online")
        r"|\b(?:subjects|topics|themes|areas|strands|sujets|thèmes|domaines)\s+(?:that\s+|which\s+|que\s+)?"
        r"(?:the\s+|le\s+|la\s+)?(?:[\w-]+\s+){0,3}?(?:group|task\s+force|network|centre|groupe|réseau)\s+"
        r"(?:would|will|could|should|traiterait|traitera)\b"
        # ... or what another meeting discussed, recalled ("recalled the informal meeting of
        # ministers in Bratislava in July, where ministers discussed the security of the Schengen
        # area, migration and ...", "a rappelé que le Conseil avait débattu des ...")
        r"|\b(?:recalled|recapped|a\s+rappelé)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:[\w'’-]+\s+){0,6}?"
        r"(?:meeting|council|ministerial|summit|réunion|conseil|sommet)\b[^.;]{0,120}?\b(?:where|at\s+which"
        r"|où|lors\s+de\s+laquelle)\s+(?:the\s+|les\s+)?(?:[\w-]+\s+){0,2}?(?:had\s+|ont\s+|avaient\s+)?"
        r"(?:discussed|debated|examined|discuté|débattu|examiné)\b"
        # ... or what a text it recalls lists ("recalled the joint statement adopted by ministers in
        # Riga on 29 January, which listed the prevention of radicalisation ... among the
        # priorities", "a rappelé la déclaration de Riga, qui citait parmi les priorités ...")
        r"|\b(?:recalled|a\s+rappelé)\s+(?:the\s+|its\s+|la\s+|le\s+|les\s+|l['’]\s*|sa\s+|son\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:statement|declaration|conclusions|strategy|programme|roadmap|déclaration|stratégie"
        r"|programme|feuille\s+de\s+route)\b[^.;]{0,120}?,?\s+(?:which|that|qui)\s+(?:listed|named|set\s+out"
        r"|identified|mentioned|énumérait|citait|mentionnait|désignait|retenait)\b"
        r"|\b(?:recalled|a\s+rappelé)\s+(?:that|qu['’]|que)\s*(?:the\s+|le\s+)?(?:council|conseil)\s+"
        r"(?:had\s+|avait\s+)(?:debated|discussed|examined|adopted|débattu|discuté|examiné|adopté)\b"
        # ... or a meeting of experts announced, named by their field ("announced that it would host
        # an informal meeting of data protection experts in Nicosia", "accueillera une réunion
        # informelle d'experts de la protection des données")
        # (not one agreed on the item's own file: "agreed to hold a technical meeting of aviation
        # security experts")
        r"|\b(?:host|organi[sz]e|accueill\w*|organis\w*)\s+(?:an?|une|its|son)\s+"
        r"(?:(?:informal|high[\s-]level|expert|technical|informelle|technique)\s+)?"
        r"(?:meeting|workshop|seminar|conference|réunion|atelier|séminaire|conférence)\s+"
        r"(?:(?:informelle|technique)\s+)?(?:of|d['’]|des)\s*(?:[\w-]+\s+){0,4}?"
        r"(?:experts|officials|practitioners|specialists|spécialistes)\b"
        # (not when it is held: "lors d'une réunion d'experts en juin")
        r"|\b(?:réunion|atelier|séminaire)\s+(?:informelle\s+)?d['’]\s*experts\s+(?:de|du|des"
        r"|en(?!\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
        r"|décembre|\d|automne|hiver|été|début|fin)\b))\b"
        r"|\bnext\s+(?:round|meeting|session|edition)\s+of\s+the\s+[^.;]{1,80}?\s+(?:will|would|is\s+to"
        r"|shall)\s+(?:take\s+place|be\s+held)\b"
        # ... or where and when the next meeting is held, whatever else it names ("The next
        # Ministerial meeting would take place in Washington on 16 December, after the meeting of
        # the Counter Ransomware Initiative.")
        r"|^\s*(?:the|its|their)\s+next\s+(?:[\w-]+\s+){0,3}?(?:meeting|ministerial|som|summit|session"
        r"|round|dialogue)\s+(?:will|would|is\s+to|shall)\s+(?:take\s+place|be\s+held)\b"
        # ... or what a general instrument would also apply to ("Such an agreement would apply to
        # transfers under the TFTP and PNR arrangements as well", "the principles were meant to
        # apply to every exchange ..., including those under the PNR Agreement of 2007"): its scope
        r"|\b(?:such\s+an?|this|that|the\s+(?:future|new|binding|general|common|proposed|same)"
        r"|an?\s+(?:future|new|binding|general|common))\s+(?:[\w-]+\s+)?(?:agreement|instrument"
        r"|principles|framework|rules)\s+(?:\w+\s+){0,2}?(?:apply|applies|would|will|should|could|might"
        r"|(?:were|was|is|are)\s+meant\s+to)\s+(?:also\s+)?(?:apply\s+)?to\b"
        r"|\bthe\s+principles\s+(?:\w+\s+){0,2}?(?:would|will|should|(?:were|are)\s+meant\s+to)\s+"
        r"(?:also\s+)?apply\s+to\b"
        # ... or kept out of a discussion that stayed on another file ("several of these groups also
        # move cigarettes and migrants, but the discussion stayed on drugs", "mais la discussion
        # s'en est tenue aux drogues")
        rf"|{_STAYED_ON}"
        # ... or given as a measure of comparison ("une attention sans commune mesure avec celle
        # accordée aux personnes fuyant l'Ukraine", "out of all proportion to that given to")
        r"|\bsans\s+commune\s+mesure\s+avec\b|\bout\s+of\s+(?:all\s+)?proportion\s+(?:to|with)\b"
        r"|\b(?:compared|in\s+comparison)\s+(?:with|to)\s+(?:that|those|the\s+one|the\s+ones)\s+"
        r"(?:given|paid|shown|accorded|offered)\s+to\b"
        # ... or recapped in notes ("Short recap by PRES of files moved since the SOM in Prague:
        # ...")
        r"|\b(?:short\s+|brief\s+|quick\s+)?(?:recap|round-up|roundup|overview|summary|rappel)\s+"
        r"(?:by\s+[\w-]+\s+)?of\s+(?:the\s+)?(?:files|developments|events|points|work)\s+(?:moved\s+)?"
        r"since\b"
        # ... or named as one of a Presidency's files ("He also named the negotiations on a data
        # protection agreement and the new PNR agreement as files on which the Presidency expected
        # progress")
        r"|\bnamed\s+[^.;]{1,160}?\s+as\s+(?:the\s+|its\s+)?(?:files|subjects|topics|areas|priorities"
        r"|examples)\b"
        # ... or a text to come, recalled ("The Commission recalled that a strategy on victims'
        # rights would follow in 2020", "a rappelé que sa stratégie de lutte contre ... serait
        # présentée dans l'année")
        r"|\b(?:recalled|noted|mentioned|a\s+rappelé|a\s+indiqué)\s+(?:that|que|qu['’])\s*(?:a|an|its|the|sa|son"
        r"|une?|la|le)\s+(?:new\s+|nouvelle?\s+|future\s+|forthcoming\s+)?(?:strategy|action\s+plan"
        r"|communication|stratégie|plan\s+d['’]action)\s+(?:on|for|against|sur|de|contre|relative?)\b"
        r"[^.;]{0,120}?\b(?:would|will|was\s+to|serait|sera|devait)\s+(?:follow|come|be\s+(?:presented"
        r"|published|adopted|issued|tabled)|suivre|être\s+présentée?|présentée?|publiée?|adoptée?)\b"
        # ... or said to be covered at a later meeting ("ransomware and the UN Convention against
        # Cybercrime would be covered at the Senior Officials Meeting in Warsaw later in May",
        # "seraient abordés lors de la réunion ministérielle")
        r"|\b(?:would|will|are\s+to|is\s+to|should|could|were\s+to|was\s+to)\s+(?:also\s+)?be\s+(?:covered"
        r"|discussed|addressed|taken\s+up|examined|dealt\s+with|raised)\s+(?:at|in|during)\s+(?:the|a|its)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:meeting|ministerial|som|summit|council|session|dialogue)\b"
        r"|\b(?:seraient|seront|serait|sera|devraient\s+être|devrait\s+être)\s+(?:aussi\s+|également\s+)?"
        r"(?:abordée?s?|examinée?s?|traitée?s?|discutée?s?|évoquée?s?)\s+(?:lors\s+d[eu]|lors\s+de\s+la|à\s+la"
        r"|au)\s+(?:prochaine\s+)?(?:réunion|conseil|sommet|session|dialogue)\b"
        # ... or said to be a matter for a later meeting ("the money laundering side of the US
        # strategy might be a matter for the next meeting")
        r"|\b(?:might|could|would|should|may)\s+(?:also\s+)?be\s+(?:a|an)\s+(?:matter|subject|topic|point"
        r"|item|question)\s+for\s+(?:the|a|an)\s+(?:next|later|future|following|subsequent|another)\s+"
        r"(?:[\w-]+\s+)?(?:meeting|session|ministerial|som|round)\b"
        # ... or wished for there, the next meeting just named ("La prochaine réunion se tiendra
        # en décembre ; la présidence souhaite y aborder les retours et ...")
        r"|\b(?:souhait\w*|voudrait|voudraient|aimerait|propose|proposent|entend|compte)\s+y\s+"
        r"(?:aborder|traiter|évoquer|examiner|inscrire|discuter)\b"
        # ... or a point someone will put there ("qu'elle y proposerait aussi un point sur la
        # sécurité des élections", "would also propose an item on election security there")
        r"|\by\s+(?:proposer\w*|inscrir\w*|ajouter\w*)\s+(?:aussi\s+|également\s+)?un\s+point\s+sur\b"
        r"|\b(?:would|will)\s+(?:also\s+)?(?:propose|add|table)\s+(?:an?\s+)?(?:item|point|session)\s+"
        r"(?:on\s+[^.;]{1,80}?\s+)?(?:there|at\s+(?:that|the\s+next)\s+meeting)\b"
        # ... or in a run through what happened since the last meeting ("recalled the main
        # developments since the Ministerial Meeting held in Paris: ...", "ran through the events
        # of the summer that bore on the dialogue: ..."), or in three things recalled at once
        # ("recalled that the PNR Agreement had been signed ..., that the Commission had presented
        # ... and that the sub-groups had met ...")
        r"|\b(?:recalled|ran\s+through|went\s+through|listed|summari[sz]ed|reviewed|a\s+rappelé)\s+"
        r"(?:the\s+|les\s+)?(?:main\s+|key\s+|recent\s+|principaux\s+)?(?:developments|events"
        r"|changes|évolutions|événements)\s+(?:since|of\s+the\s+(?:summer|past|last|previous)"
        r"|(?:that|which)\s+(?:had\s+)?(?:bore|borne)|intervenu\w*\s+depuis|depuis)\b"
        r"|\brecalled\s+that\b[^.;]*?,\s+that\b[^.;]*?\band\s+that\b"
        # ... or in the list of follow-up actions ("recalled the follow-up actions: the lines to
        # take, ... and the report on visa reciprocity")
        r"|\b(?:recalled|ran\s+through|went\s+through|listed|summari[sz]ed|a\s+rappelé)\s+(?:the\s+"
        r"|les\s+)?(?:follow-up\s+actions|action\s+points|actions\s+de\s+suivi)\b"
        # ... or what ministers asked for at an earlier meeting ("recalled that ministers had asked
        # in Valletta for practical solutions to ...")
        # ... or what an earlier meeting was on ("recalled that senior EU and US officials had met
        # in Brussels on 17 May on the threats to civil aviation")
        r"|\brecalled\s+that\s+[^.;]{0,60}?\bhad\s+(?:already\s+)?met\b"
        # ... or what a later meeting's discussion is expected to be on ("described the discussion
        # expected at the European Council on Frontex and the resettlement of refugees", "le débat
        # prévu au Conseil européen sur")
        r"|\b(?:discussion|debate|exchange(?:\s+of\s+views)?|débat|échange(?:\s+de\s+vues)?)\s+"
        r"(?:expected|planned|foreseen|scheduled|due|prévue?|attendue?|envisagée?)\s+(?:at|in|during|au|à"
        r"|lors\s+d[eu])\s+(?:the\s+|its\s+|la\s+|l['’]\s*)?(?:[\w'’-]+\s+){0,3}?(?:council|meeting"
        r"|ministerial|summit|session|conseil|réunion|sommet)\b[^.;]{0,40}?\s+(?:on|about|sur|concernant)\b"
        # ... or what happened at the last meeting, or at another one named ("recalled that at the
        # last meeting both sides had asked for ...", "recalled that, at the Ministerial Meeting in
        # Athens in June, the Attorney General had announced ...")
        r"|\brecalled\s+that,?\s+(?:at|during)\s+(?:the|its|their)\s+(?:last|previous|preceding"
        r"|(?:[\w'’-]+\s+){0,3}?(?:meeting|ministerial|summit|session))\b"
        # ... or asked about, as what another file might affect ("asked whether the judgment would
        # affect the PNR and TFTP Agreements")
        r"|\b" + _ASKER + r"\s+(?:whether|if)\s+[^.;]{1,100}?\s+(?:would|could"
        r"|might|will|may)\s+(?:also\s+)?(?:affect|call\s+into\s+question|have\s+(?:an\s+)?"
        # ("asked whether the new directive would apply to transfers under the PNR Agreement")
        r"(?:effect|impact)\s+on|apply\s+to|extend\s+to)\b"
        # ... or as what it might force open ("asked how the Directive would treat transfers and
        # whether existing agreements, such as the one on mutual legal assistance, would have to
        # be renegotiated")
        r"|\bwhether\s+[^.;]{1,100}?\s+(?:would|could|might|will|may)\s+(?:(?:have|need)\s+to\s+"
        r"be\s+(?:renegotiated|revised|amended|adapted|reopened)|be\s+(?:renegotiated|reopened))\b"
        # ... or asked to be left as they are ("the US asked that the existing agreements on PNR
        # and the TFTP not be reopened by it", "asked that the future agreement not reopen PNR or
        # TFTP")
        r"|\b(?:asked|insisted|stressed|wished|requested)\s+that\s+[^.;]{1,120}?\s+(?:should\s+)?not\s+"
        r"(?:be\s+(?:reopened|renegotiated|affected|touched|called\s+into\s+question)|reopen|re-open"
        r"|affect|call\s+into\s+question)\b"
        # ("wished to keep its existing arrangements on PNR and the TFTP outside its scope")
        r"|\b(?:wish(?:ed|es)?|want(?:ed|s)?|asked|insisted|preferred|sought)\s+to\s+keep\s+[^.;]{1,120}?\s+"
        r"(?:outside|out\s+of)\s+(?:its|the|their)\s+scope\b"
        # ... or wished on the agenda of a meeting to come, in French ("la présidence a rappelé que
        # la protection des données et les preuves électroniques figureraient à son ordre du jour")
        r"|\bfigurer(?:ai(?:en)?t|a|ont)\s+(?:aussi\s+|également\s+)?à\s+(?:son|leur|l['’])\s*ordre\s+du\s+jour\b"
        # ... or referred to others ("the matter was referred to the experts on firearms")
        r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:referred|passed|handed\s+over|left)\s+to\s+"
        r"(?:the\s+)?(?:experts?|expert\s+level|working\s+part(?:y|ies)|technical\s+level|later|the\s+next)\b"
        # ("s'était interrogée sur les effets de l'arrêt sur l'accord PNR")
        r"|\b(?:(?:se\s+|s['’])(?:est|était|sont|étaient)\s+interrogée?s?|(?:a|ont)\s+demandé|(?:a|ont)\s+posé"
        r"\s+des\s+questions)\s+(?:sur\s+)?(?:les|l['’]|quels?|quelles?)\s*(?:effets?|conséquences?"
        r"|incidences?|impact)\s+(?:de|du|des|d['’])[^.;]{1,100}?\s+sur\b"
        # ("asked what effect end-to-end encryption would have on such reports")
        r"|\b" + _ASKER + r"\s+(?:what|which)\s+(?:effect|effects|impact|consequences?)"
        r"\s+[^.;]{1,100}?\s+(?:would|could|might|will|may)\s+have\s+on\b"
        # ... or asked about as what a text would reach: encrypted services in a question on the
        # child sexual abuse Regulation ("asked how detection orders would apply to services with
        # end-to-end encryption", "a demandé si la proposition s'appliquerait aussi aux services
        # chiffrés"): the question is on the text, encryption only what it might reach (the
        # labels of the later sets, 23 units against 10)
        r"|\b" + _ASKER_FR + r"\s+(?:whether|how|if|si"
        r"|comment)\s+[^.;]{1,100}?\s+(?:would|could|might|will|should|s['’]appliquerai\w*|viserai\w*"
        r"|toucherai\w*|couvrirai\w*|traiterai\w*)\s+(?:also\s+|still\s+|aussi\s+)?(?:(?:apply|be\s+applied|work)"
        r"\s+(?:to|on|in)|treat|cover|reach|deal\s+with|address|exclude|exempt|spare|aux?|les)\s+(?:the\s+"
        r"|les\s+)?(?:" + _ENCRYPTED_SERVICES + r")"
        # (or the services first: "asked how providers of end-to-end encrypted services would be
        # treated")
        r"|\b" + _ASKER_FR + r"\s+(?:whether|how|if|si"
        r"|comment)\s+[^.;]{0,60}?(?:"
        + _ENCRYPTED_SERVICES
        + r")[^.;]{0,40}?\s+(?:would|could|will"
        r"|should)\s+be\s+(?:treated|covered|handled|exempted|excluded|dealt\s+with)\b"
        # (or what effect the text would have on it: "ont demandé quel effet ces obligations
        # auraient sur le chiffrement de bout en bout")
        r"|\b" + _ASKER_FR + r"\s+(?:what|which|quel(?:le)?s?)"
        r"\s+(?:effects?|impacts?|consequences?|effets?|conséquences?|incidences?)\s+[^.;]{1,80}?\s+"
        r"(?:would|could|might|will|aurai\w*|aur\w*|pourrai\w*)\s+(?:have\s+)?(?:on|sur)\s+(?:the\s+|le\s+|les\s+)?"
        r"(?:end-to-end\s+|end\s+to\s+end\s+)?(?:encryption|encrypted|chiffrement|services\s+chiffrés)"
        # (or what would become of what the text does if services were encrypted: "a demandé ce que
        # deviendraient les signalements si les messageries étaient chiffrées de bout en bout")
        r"|\b"
        + _ASKER_FR
        + r"\s+(?:ce\s+que|ce\s+qu['’]|what)\s+[^.;]{1,80}?\s(?:si|if)\s+[^.;]{0,60}?"
        r"(?:chiffr\w+|encrypt\w+)"
        # (or whether encryption would defeat what the text does: "a demandé si le chiffrement de
        # bout en bout des messageries rendrait la détection impossible")
        r"|\b"
        + _ASKER_FR
        + r"\s+(?:whether|if|si)\s+(?:the\s+|le\s+)?(?:end-to-end\s+|end\s+to\s+end\s+)?"
        r"(?:encryption|chiffrement)\b[^.;]{0,60}?\b(?:would|could|might|will|rendrait|rendra"
        r"|empêcherait|empêchera)\s+(?:make\s+|render\s+|prevent\s+)?(?:the\s+|la\s+)?(?:detection"
        r"|détection|scanning|reporting|signalement)\b"
        # ... or what a later meeting, its sessions or its draft agenda would cover ("the next
        # meeting of the experts ... would also cover the security of air travel", "it is expected
        # to cover foreign fighters", "the informal Ministerial of 8-9 April would discuss ...",
        # "La réunion ... qui se tiendra à Paris en mai traitera du trafic de drogue", "le projet
        # d'ordre du jour ..., qui porterait sur ...", "The Ministerial Meeting of June would address
        # the World Cup ...", "the meeting of 23 October would be devoted to the European terrorist
        # finance tracking system")
        r"|\b(?:meeting|ministerial|sessions?|summit|dialogue|som|forum|agenda|conference)\b[^.;]{0,100}?"
        r"\b(?:would|will|is\s+(?:(?:expected|due|set)\s+)?to|are\s+(?:expected\s+)?to|should|could"
        r"|might)\s+"
        # ("... was being prepared for June and would likely address child sexual abuse online")
        r"(?:also\s+|notably\s+|in\s+particular\s+|mainly\s+|likely\s+|probably\s+|chiefly\s+)?"
        r"(?:cover|discuss|address|deal\s+with"
        # ("Its agenda could include internet governance, encryption and ...", "announced that the
        # next meeting would include a point on the threat of cyber attacks")
        r"|include|focus\s+on|take\s+up|examine|look\s+at|be\s+(?:devoted|dedicated)\s+to"
        # ("the next Ministerial Meeting, in Riga in June, would return to foreign fighters")
        r"|return\s+to|come\s+back\s+to|revert\s+to)\b"
        r"|\b(?:it|they)\s+(?:is|are)\s+expected\s+to\s+(?:also\s+)?(?:cover|discuss|address|deal\s+with)\b"
        # ... or what might be discussed there ("The next Senior Officials Meeting would take place
        # in Vilnius, where migrant smuggling and hybrid threats could be discussed", "la protection
        # des données ... pourraient y être abordés", "were proposed for the next dialogue")
        r"|\b(?:meeting|ministerial|sessions?|summit|dialogue|som|forum|conference|round)\b[^.;]{0,120}?"
        r"\b(?:where|at\s+which|during\s+which)\b[^.;]{1,120}?\b(?:could|would|might|will|should|may)"
        r"\s+(?:also\s+|then\s+)?be\s+(?:discussed|addressed|taken\s+up|examined|covered|raised|debated)\b"
        r"|\b(?:pourrai\w*|pourr(?:a|ont)|devrai\w*|devr(?:a|ont)|ser(?:a|ont|ait|aient))\s+(?:aussi\s+|également\s+)?"
        r"y\s+être\s+(?:abordé|examiné|discuté|traité|évoqué|débattu)e?s?\b"
        r"|\b(?:proposed|suggested|put\s+forward|earmarked|retained)\s+(?:as\s+(?:topics?|themes?|points?"
        r"|items?|subjects?)\s+)?for\s+(?:the\s+)?(?:next|following|coming|future|later)\s+(?:[\w-]+\s+)?"
        r"(?:meeting|dialogue|session|ministerial|som|round|consultations?|forum)\b"
        r"|\b(?:proposé|retenu|suggéré)e?s?\s+(?:comme\s+(?:thèmes?|sujets?|points?)\s+)?pour\s+la\s+"
        r"(?:prochaine|future)\s+(?:réunion|session|séance)\b"
        # (for its agenda, and by whom: "Firearms and electoral resilience were proposed for the
        # agenda of the next meeting", "Visa reciprocity was raised by the EU for the agenda of
        # the Ministerial Meeting", "proposés par les États-Unis pour l'ordre du jour")
        r"|\b(?:proposed|suggested|put\s+forward|raised|earmarked|retained|named)\s+(?:by\s+[^.;,]{1,40}?\s+)?"
        r"for\s+(?:the|its|their|a)\s+(?:draft\s+|provisional\s+)?agenda\b"
        r"|\b(?:proposé|retenu|suggéré|évoqué|soulevé)e?s?\s+(?:par\s+[^.;,]{1,40}?\s+)?pour\s+"
        r"(?:l['’]|son\s+|leur\s+)\s*ordre\s+du\s+jour\b"
        # ... or a session wished for it ("The US wished a session to be devoted to foreign
        # interference", "souhaitaient qu'une session soit consacrée aux ingérences étrangères")
        r"|\b(?:would\s+like|wanted|wished|asked|requested|proposed|suggested)\s+(?:that\s+)?(?:a|one)\s+"
        r"(?:separate\s+|special\s+|dedicated\s+|specific\s+)?(?:session|panel|slot|sitting)\s+"
        r"(?:to\s+)?be\s+(?:devoted|dedicated|given\s+over)\s+to\b"
        r"|\b(?:souhait|demand|propos|suggér)\w*\s+qu['’]une\s+(?:session|séance|table\s+ronde)\s+"
        r"(?:\w+\s+)?soit\s+consacrée\s+(?:à|aux?)\b"
        # ... or what one side asked the other to put on a meeting's agenda ("The US asked the EU
        # to put the repatriation of foreign terrorist fighters on the agenda of the December
        # Ministerial")
        r"|\b(?:asked|invited|requested|urged|called\s+on)\s+[^.;]{1,60}?\s+to\s+(?:put|place|include"
        r"|add|inscribe)\s+[^.;]{1,150}?\s+(?:on|to|in)\s+(?:the|its|their)\s+agenda\b"
        r"|\b(?:réunion|séances?|sessions?|sommet|dialogue|ordre\s+du\s+jour|conférence)\b[^.;]{0,120}?"
        r"\b(?:traitera|traiteraient|traiterait|traiteront|portera|porterait|porteront|porteraient"
        r"|couvrira|couvrirait|examinera|examinerait|abordera|aborderait"
        # ("la réunion ministérielle se tiendra à Bruxelles en juin et devrait porter sur ...")
        r"|(?:devrait|devra|devraient|pourrait)\s+(?:aussi\s+|également\s+|notamment\s+)?(?:porter\s+sur"
        r"|traiter\s+de|couvrir|aborder|examiner))\b"
        # ... or wished on it ("would like firearms and explosives to be discussed at a separate
        # meeting", "a demandé que la cybercriminalité figure également à l'ordre du jour")
        r"|\b(?:would\s+like|wanted|wished|wishes)\s+[^.;]{1,80}?\s+to\s+be\s+(?:discussed|addressed"
        r"|taken\s+up|examined|covered|added|included)\b"
        # ("The US would like a later meeting to cover firearms made with 3D printers")
        r"|\b(?:would\s+like|wanted|wished|wishes|asked)\s+(?:a|the|its|their)\s+(?:later|next|future|coming"
        r"|following)\s+(?:[\w-]+\s+)?(?:meeting|session|dialogue|ministerial|som)\s+to\s+(?:also\s+)?(?:cover"
        r"|discuss|address|include|take\s+up|examine|look\s+at)\b"
        # ("The experts asked that later meetings also look at the use of AI to ...")
        r"|\b(?:asked|proposed|suggested|requested|wished)\s+that\s+(?:a|the|its|their)?\s*(?:later"
        r"|next|future|coming|following)\s+(?:[\w-]+\s+)?(?:meetings?|sessions?|dialogues?|rounds?)\s+"
        r"(?:should\s+|would\s+)?(?:also\s+)?(?:cover|discuss|address|include|take\s+up|examine|look\s+at)\b"
        # ... or whether it might, a question left open there ("Whether detection orders would
        # reach end-to-end encrypted services was raised and left open", "Whether such tools would
        # also change the detection of terrorist content was left as a question")
        r"|^\s*whether\b[^.;]*?\b(?:was|were)\s+(?:raised\s+(?:and|but)\s+)?left\s+(?:open|aside|unanswered"
        r"|as\s+an?\s+(?:open\s+)?question|for\s+(?:a\s+)?later)\b"
        r"|\bfigur\w*\s+(?:également\s+|aussi\s+)?à\s+l['’]ordre\s+du\s+jour\b"
        # ("asked for a session on child sexual abuse to be added", "ont demandé l'ajout d'une
        # session sur ...")
        r"|\b(?:asked|called)\s+for\s+(?:the\s+addition\s+of\s+)?an?\s+(?:(?:separate|further"
        r"|additional|new)\s+)?(?:session|point|item|discussion)\s+on\b[^.;]{1,120}?\s+to\s+be\s+added\b"
        r"|\b(?:asked|requested)\s+(?:to\s+add|the\s+addition\s+of)\s+an?\s+(?:session|point|item)"
        r"\s+on\b"
        r"|\b(?:demandé|souhaité|proposé)\s+l['’]ajout\s+d['’]une?\s+(?:session|point|séance)\s+"
        r"(?:sur|consacrée?\s+à)\b"
        # ... or what a future agreement might also cover ("asked whether the future agreement
        # would also cover the transfers made under the existing PNR and TFTP Agreements")
        r"|\b" + _ASKER + r"\s+(?:whether|if)\s+[^.;]{1,80}?\s+would\s+also\s+cover\b"
        # ... or put for a later meeting ("The US asked, as a question for a later meeting, how
        # the relocation of SWIFT's European messages would affect the Program")
        r"|\b(?:asked|raised|put)\b[^.;]{0,60}?\bas\s+a\s+question\s+for\s+(?:a\s+later|the\s+next"
        r"|a\s+future|another)\s+(?:meeting|session|round)\b"
        # ... or as a model for another file ("The question was raised whether the principles of
        # the High Level Contact Group could be used as a reference in that agreement", "a
        # demandé si l'accord PNR pourrait servir de modèle")
        r"|\b" + _ASKER_FR + r"\s+(?:whether|if|si)\s+[^.;]{1,100}?\s+(?:could|might|would|should"
        r"|pourrai(?:t|ent))\s+(?:also\s+|aussi\s+)?(?:serve\s+as|be\s+used\s+as|act\s+as|servir\s+de)"
        r"\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:model|reference|basis|template|precedent|blueprint|modèle"
        r"|référence|base)\b"
        # ... or only asked about, in a question no one answered there ("One delegation asked
        # whether the process would also address encrypted devices."; not what another body had
        # asked, nor a question answered: "..., and the Commission replied that ...")
        r"|(?:(?<!had\s)(?<!been\s)\b" + _ASKER_FR + r""
        r"|\bquestions?\s+(?:from|by)\s+[^.;]{1,40}?)\s+(?:whether|if|si"
        # ("a demandé quelles seraient les conséquences de cette désignation pour la coopération
        # judiciaire", "asked what the consequences of the designation for ... would be")
        r"|quel(?:le)?s\s+(?:seraient|serait|pourraient|pourrait)\s+(?:les?|la|l['’])\s*(?:conséquences?"
        r"|effets?|incidences?|suites?)"
        r"|what\s+(?:the\s+)?(?:consequences?|effects?|impact|implications)\s+[^.;]{1,100}?\s+would\s+be)\b"
        r"(?![^.]*?(?:;|\b(?:replied|answered|responded|said|recalled|explained|confirmed|répondu"
        r"|expliqué|confirmé|rappelé|jugé|estimé)\b))"
        # (in notes: "Whether end-to-end encryption would cut reports: question only.")
        r"|^\s*whether\b[^.;]*?:\s*question\s+only\b"
        # ... or what a later meeting's agenda lists, in notes ("US proposed a follow-up meeting in
        # Washington in the autumn, agenda: opioids, precursors, Western Balkans routes.")
        r"|\bmeeting\b[^.;:]{0,80}?,\s*(?:draft\s+|proposed\s+)?agenda\s*:"
        # ... or what a body would meet to discuss ("the TWP would meet jointly with COTER on 7 June
        # to discuss the Middle East and North Africa and radicalisation in prisons")
        r"|\b(?:would|will|is\s+to|was\s+to)\s+(?:also\s+)?meet\s+[^.;]{0,80}?\s+to\s+(?:discuss|address"
        r"|examine|cover|take\s+up)\b"
        # ... or files named or listed for a later agenda ("The US named three files for the agenda
        # in Sofia: ...", "were listed for the Ministerial, without discussion at the SOM")
        r"|\b(?:named|proposed|suggested|listed|put\s+forward)\s+(?:\w+\s+)?(?:files?|topics?|subjects?"
        r"|points?|items?|themes?)\s+for\s+(?:the|its|their)\s+(?:\w+\s+)?agenda\b"
        r"|\b(?:was|were)\s+listed\s+for\s+(?:the|a|its|their)\s+(?:next\s+|coming\s+)?(?:[\w-]+\s+)?"
        r"(?:ministerial|meeting|som|summit|session|agenda)\b"
        # ("Next SOM under SE PRES, in Washington, in July; agenda to include PNR review and
        # cybercrime.")
        r"|^\s*(?:(?:its|the|draft|provisional)\s+)?agenda\s+(?:to\s+(?:include|cover)|(?:will|would|should)"
        r"\s+(?:include|cover))\b"
        # ... or what a side expects to feature among its priorities ("It expected border security,
        # fentanyl and cartels to feature strongly")
        r"|\bexpect(?:s|ed)?\s+[^.;]{1,120}?\s+to\s+(?:feature|figure|rank|loom)\s+(?:strongly|prominently"
        r"|high|large|among|in)\b"
        # ... or named as something, in notes ("Humanitarian aid corridors named as a possible cover
        # for travel.", "Annexation of Crimea named as a setting of the opening session.")
        r"|^\s*(?:the\s+|a\s+|an\s+)?(?:(?!(?:was|were|is|are|has|have|had)\b)[\w'’-]+\s+){1,12}?"
        r"(?:named|mentioned|cited)\s+(?:only\s+)?as\s+(?:a|an|the|one|possible|part)\b"
        r"|\b(?:a|ont)\s+demandé\s+si\s+[^.;]{1,80}?\s+couvrirai(?:t|ent)\s+(?:aussi|également)\b"
        # ... or the subject of an event a side is invited to ("invited the EU to the White House
        # Summit on Countering Violent Extremism in February", "a invité les États membres à la
        # conférence sur ...")
        r"|\binvited\s+[^.;]{1,60}?\bto\s+(?:attend\s+|take\s+part\s+in\s+|join\s+)?(?:the|a|an|its"
        r"|their)\s+[^.;]{0,60}?\b(?:summit|conference|forum|meeting|seminar|workshop)\s+(?:on|against"
        r"|for)\b"
        r"|\b(?:a|ont)\s+invité\s+[^.;]{1,60}?\bà\s+(?:participer\s+à\s+)?(?:la|le|l['’])\s*[^.;]{0,60}?"
        r"\b(?:sommet|conférence|forum|réunion|séminaire|atelier)\s+(?:sur|contre|consacrée?\s+à)\b"
        # ... or the subject of a summit or conference announced ("le sommet de La Valette sur la
        # migration se tiendra les 11 et 12 novembre", "the conference on drug trafficking will be
        # held in Rome in May")
        r"|\b(?:summit|conference|sommet|conférence"
        # (and an expert meeting's: "the EU-US expert meeting on drugs planned for November would
        # take place in Brussels", "la réunion d'experts sur les armes à feu se tiendra en mai")
        r"|(?:expert|experts['’]?|technical)\s+meeting|réunion\s+(?:technique|d['’]\s*experts))\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:on|sur|against|contre)\s+[^.;]{1,80}?\s+"
        + _TO_BE_HELD
        # (or of a body, said in the same breath: "The third summit of the Counter Ransomware
        # Initiative was to take place in Washington in the autumn"; not an item's own report on
        # it, "informed ministers of the summit of ..., which will take place ...")
        + r"|\b(?:summit|conference|sommet|conférence)\s+(?:of\s+the|de\s+l['’]|du)\s*[^.;,]{1,80}?\s+"
        + _TO_BE_HELD
        # ... or announced ("The EU announced a conference on the protection of public spaces")
        + r"|\bannounced\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:conference|seminar|workshop|summit|forum)\s+"
        r"(?:on|against|about)\b"
        # ... or named only, to the sentence's end ("The use of personal data to target voters,
        # under examination by the data protection authorities, was named only.")
        r"|\b(?:was|were)\s+(?:only\s+(?:named|mentioned|cited)|(?:named|mentioned|cited)\s+only)\s*[.;]?\s*$"
        # ... or named as other risks ("Ticket fraud and trafficking in human beings mentioned as
        # other risks.")
        r"|\b(?:mentioned|named|cited|noted|flagged)\s+as\s+(?:other|further|additional)\s+(?:risks"
        r"|issues|threats|concerns|points)\b"
        # (or among other obstacles: "Plusieurs délégations ont cité, parmi d'autres obstacles, le
        # chiffrement", "named, among other obstacles, encryption")
        r"|\b(?:mentioned|named|cited|listed|cité|cités|mentionné|mentionnés|énuméré)\s*,?\s+(?:among"
        r"|parmi)\s+(?:d['’]\s*autres|other|les\s+autres)\s+(?:obstacles|difficulties|risks|problems"
        r"|challenges|issues|difficultés|risques|problèmes|défis|questions)\b"
        # ... or what a joint statement said or is wished to say ("The joint press statement
        # welcomed the progress made on electronic evidence", "The US would like a joint statement
        # on the exchange of information on foreign fighters")
        r"|\b(?:statement|declaration|déclaration)\s+(?:had\s+)?(?:welcomed|noted|recalled|stressed"
        r"|underlined|called\s+for|a\s+salué|saluait)\b"
        # ("the draft joint statement, which would welcome the progress on data flows and announce
        # work on synthetic drugs")
        r"|\b(?:statement|declaration|déclaration)\b[^.;]{0,40}?\b(?:which|that|qui)\s+(?:would|will"
        r"|should|could)\s+(?:also\s+)?(?:welcome|note|recall|announce|stress|underline|call\s+for|cover"
        r"|refer\s+to|mention)\b"
        r"|\b(?:would\s+like|wished|wishes|wanted|wants|proposed|suggested)\s+(?:a|an)\s+(?:joint\s+)?"
        r"(?:press\s+)?(?:statement|declaration)\s+on\b"
        # ... or a point asked to be added, in French ("a demandé l'ajout d'un point sur ...")
        r"|\bl['’]ajout\s+d['’]un\s+(?:point|sujet|thème)\s+(?:sur|consacré|relatif)\b"
        # ... or what something would leave untouched ("asked the US to confirm that requests under
        # the MLA Agreement would not be affected", "Les bénéficiaires de la protection temporaire
        # ... ne sont pas visés par ces dispositions")
        r"|\b(?:would|will|should)\s+not\s+be\s+affected\b"
        # ("Requests under the EU-US MLA Agreement would in the meantime continue to be handled as
        # before")
        r"|\b(?:would|will|should)\s+(?:[\w-]+\s+){0,4}?continue\s+to\s+(?:be\s+handled|be\s+dealt\s+with"
        r"|be\s+processed|apply|work|run)\s+as\s+(?:before|now|usual|today)\b"
        r"|\b(?:are|is|were|was)\s+not\s+covered\s+by\s+(?:these|those|the|its|this)\b"
        r"|\b(?:ne\s+sont|n['’]est|ne\s+seront|ne\s+sera)\s+pas\s+visée?s?\s+par\b"
        # ... or what else actors also do, in French ("des réseaux de passeurs dont certains se
        # livrent aussi au trafic de drogue")
        r"|\bse\s+livrent\s+(?:aussi|également|en\s+outre)\s+(?:au|à\s+la|à\s+l['’]|aux)\b"
        # ... or said to have been covered under another item ("COM: the Centre's work on child
        # exploitation was covered under item 3", "a été traité au point 2")
        r"|\b(?:was|were|had\s+been|has\s+been|is|are)\s+(?:already\s+)?(?:covered|discussed|dealt\s+with"
        r"|addressed|taken\s+up)\s+(?:under|in|at)\s+(?:agenda\s+)?(?:item|point)\s+\d"
        r"|\b(?:a|ont|avait|avaient)\s+(?:déjà\s+)?été\s+(?:traitée?s?|examinée?s?|abordée?s?|évoquée?s?)\s+"
        r"(?:au|sous\s+le)\s+point\s+\d"
        # ... or said to bear on it later ("The file will also matter for the TFTP and PNR
        # Agreements", "would have consequences for the PNR Agreement")
        r"|\b(?:will|would|could|might|may)\s+(?:also\s+)?(?:matter|be\s+relevant|have\s+(?:\w+\s+)?"
        r"(?:consequences|implications|effects?|an\s+impact)|bear)\s+(?:for|on)\b"
        # ... or why someone could not attend ("Because of their work on election security, the
        # experts of the Department could not attend")
        r"|\b(?:because\s+of|owing\s+to|due\s+to|en\s+raison\s+de)\b[^.;]{1,160}?\b(?:could\s+not"
        r"|were\s+unable\s+to|was\s+unable\s+to|did\s+not|n['’]ont\s+pas\s+pu|n['’]a\s+pas\s+pu)\s+"
        r"(?:attend|participate|take\s+part|join|assister|participer)\b"
        # ... or a body on it that has not met ("The sub-group on the sexual exploitation of children
        # online had not yet met.")
        r"|\b(?:sub-?groups?|groups?|teams?|networks?|sous-groupes?)\s+(?:on|for|sur)\s+[^.;]{1,80}?\s+"
        r"(?:had|has|have)\s+not\s+(?:yet\s+)?(?:met|started|begun|been\s+set\s+up)\b"
        # ... or proposed for a later agenda, in French ("Le chiffrement et la protection des
        # données ont été proposés pour son ordre du jour.")
        r"|\b(?:proposée?s?|suggérée?s?|retenue?s?|envisagée?s?)\s+pour\s+(?:son|leur|l['’]|le\s+futur)"
        r"\s*ordre\s+du\s+jour\b"
        # ("asked whether the judgment called into question the PNR Agreement"; not "asked how the
        # closure of consulates would affect the refusal rates", a question on the rates)
        r"|\b" + _ASKER + r"\s+(?:whether|if)\s+[^.;]{1,100}?\s+(?:called|calls)\s+"
        r"into\s+question\b"
        r"|\brecalled\s+that\s+(?:the\s+)?(?:ministers|leaders|ministerial|summit)\s+(?:meeting\s+)?"
        r"(?:had\s+)?(?:asked|agreed|called|decided|requested|tasked)\b"
        # ... or as the priorities a partner lists ("said that the Administration's priorities were
        # border security, ... and the opioid epidemic"; a Presidency's are its programme, and "its
        # priorities" after a Presidency is that Presidency's)
        r"|\b(?:administration|government|side|department|commission|agency|bureau)(?:['’]s)?\s+"
        r"(?:main\s+|key\s+|own\s+|current\s+)?priorities\s+(?:were|are|would\s+be|will\s+be"
        r"|included|include)\b"
        r"|\b(?:among|parmi)\s+(?:the\s+|les\s+)?(?:possible\s+)?(?:themes|topics|subjects|thèmes"
        r"|sujets)"
        r"(?:\s+possibles)?\s+(?:of|for|d['’]une|de\s+la|pour)"
        # ("with data protection ... and visa reciprocity among the points foreseen", "parmi les
        # points prévus")
        r"|\b(?:among|parmi)\s+(?:the\s+|les\s+)(?:points|items|subjects|topics|sujets|thèmes)\s+"
        r"(?:foreseen|planned|envisaged|expected|proposed|prévus|envisagés|proposés)\b"
        # ... or asked to be added to an agenda, put on it, or only said to be on a meeting's
        # agenda ("asked that the terrorist threat and visa reciprocity be added", "asked that
        # firearms trafficking also be included", "the Ministerial, at which migration and visa
        # reciprocity will be taken up"); an agenda adopted with a point; asked for a later meeting
        # ("be discussed at the next Senior Officials Meeting") or for more of this one's time
        # ("be given more time at lunch")
        r"|\b(?:asked|requested|proposed|suggested|wished)\s+that\s+[^.;]*?\s+be\s+(?:added\b"
        r"|included\s*(?:too|as\s+well)?\s*[.;]?\s*$"
        r"|(?:discussed|addressed|taken\s+up|examined|raised|covered)\s+(?:at|in|during)\s+(?:the|a"
        r"|its)"
        r"\s+(?:next|following|coming|future|later|forthcoming)\b"
        # (or at the later meeting just named: "The next Senior Officials Meeting would take place
        # in Copenhagen. The US asked that visa reciprocity and returns be discussed there.")
        r"|(?:discussed|addressed|taken\s+up|examined|raised|covered)\s+(?:there|then|at\s+that"
        r"\s+(?:meeting|ministerial|session)|on\s+that\s+occasion)\s*[.;]?\s*$"
        r"|(?:given|allotted|allowed|granted)\s+(?:more\s+|less\s+|enough\s+|its\s+own\s+)?"
        r"(?:time|room|space|a\s+slot|a\s+session)\b)"
        # ... or agreed to be taken up there ("Both sides agreed to discuss the e-evidence and MLA
        # review at the next meeting", "ont convenu de revenir sur les drogues de synthèse lors de
        # la prochaine réunion"): named for a later meeting, not discussed at this one
        # (as the sentence's own act, not a point presented and then deferred in a clause: "the
        # recovery of the funds stolen in 2014, a point that both sides agreed to address in more
        # detail at the next meeting")
        r"|" + _ITS_OWN_ACT + r"\b(?:agreed|decided|undertook)\s+to\s+(?:return\s+to"
        r"|come\s+back\s+to|discuss|take\s+up|revisit|examine|address)\s+[^.;]*?\s+(?:at|during|in)\s+"
        r"(?:the|their|its)\s+(?:next|following|forthcoming)\b"
        r"|" + _ITS_OWN_ACT + r"\b(?:sont|est|ont)\s+convenue?s?\s+de\s+(?:revenir\s+sur"
        r"|rediscuter|réexaminer|reprendre|examiner|aborder)\s+[^.;]*?\s+(?:lors\s+de|à)\s+(?:la|leur"
        r"|sa)\s+prochaine\b"
        # ("asked that synthetic drugs be kept on the agenda of the next Ministerial")
        r"|\b(?:added|put|placed|included|kept)\s+(?:to|on)\s+(?:the|its|their)\s+(?:draft\s+)?agenda\b"
        # ... or asked to be on its agenda ("The US asked that the protection of personal data also
        # appear on the agenda")
        r"|\b(?:asked|requested|proposed|suggested|wished)\s+that\s+[^.;]*?\s+(?:also\s+)?(?:appear|feature"
        r"|figure|be\s+listed|be\s+placed)\s+on\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?agenda\b"
        # ... or asked to be discussed and sent on ("The US asked that cyber threats to elections be
        # discussed, which the Presidency left to the Ministerial itself")
        r"|\b(?:asked|requested|proposed|suggested|wished)\s+that\s+[^.;]*?\s+be\s+(?:discussed|addressed"
        r"|taken\s+up|examined|added|included)\s*,\s*(?:which|a\s+request\s+which)\s+[^.;]{0,40}?"
        r"\b(?:left|referred|postponed|deferred|sent|kept)\s+(?:to|for|until)\b"
        # ... a meeting asked for is a later one, "next" or not ("asked that fentanyl be discussed at
        # the Ministerial Meeting in June"; not "reported on the smuggling networks ... and asked
        # that the subject be raised at the Ministerial Forum", where what it reported stands)
        r"|\b(?:asked|requested|proposed|suggested|wished)\s+that\s+(?!(?:the|this|that)\s+(?:subject"
        r"|matter|issue|question|point|file)\b|it\b|they\b|these\b)[^.;]*?\s+be\s+(?:discussed"
        r"|addressed|taken\s+up|examined|raised|covered)\s+(?:at|in|during)\s+(?:the|a|its)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:ministerial|meeting|som|summit|council|dialogue)\b"
        # ("a demandé que le fentanyl soit examiné lors de la réunion ministérielle de juin")
        r"|\b(?:demandé|proposé|suggéré|souhaité)\s+que\s+[^.;]*?\s+(?:soit|soient)\s+(?:examinée?s?"
        r"|abordée?s?|discutée?s?|traitée?s?|débattue?s?|inscrite?s?|évoquée?s?)\s+(?:lors\s+d[eu]"
        r"|lors\s+d['’]une|à\s+la|au|à\s+l['’]|à\s+une)"
        # ... or a point someone wishes added to an agenda ("Les États-Unis ont souhaité y ajouter
        # un point sur le trafic de fentanyl", "asked to add an item on ransomware"): named for a
        # later meeting, not discussed
        r"|\b(?:suggested|proposed|wished|suggéré|proposé|souhaité)\s+(?:adding|to\s+add"
        r"|d['’]ajouter)\b"
        r"|\b(?:add|adding|added|ajouter|inscrire)\s+(?:to\s+the\s+agenda\s+"
        r"|à\s+l['’]ordre\s+du\s+jour\s+)?"
        r"(?:a|an|un|une)\s+(?:new\s+|nouveau\s+|separate\s+)?(?:point|item|question|sujet)\s+"
        r"(?:on|about|sur|concernant|relatif)\b"
        # ... or wished on a meeting's agenda, or asked whether it could be ("suggested that
        # synthetic drugs be on its agenda", "asked whether the next meeting could also cover
        # migration", "agreed that the meeting should also address the pending requests",
        # "asked that the Union and the US also compare their approaches to ...")
        r"|\b(?:asked|requested|proposed|suggested|wished)\s+that\s+[^.;]*?\s+be\s+on\s+(?:the|its"
        r"|their)\s+(?:[\w-]+\s+){0,3}?agenda\b"
        r"|\b" + _ASKER + r"\s+(?:whether|if)\s+(?:the|a|its|their)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:meeting|ministerial|session|dialogue|agenda)\s+(?:could|might|would"
        r"|should)\s+(?:also\s+)?(?:cover|address|include|discuss|take\s+up|look\s+at|deal\s+with)\b"
        # ("asked that the next meeting consider the use of crypto-assets by arms traffickers")
        r"|\b(?:agreed|asked|requested|proposed|suggested|wished)\s+that\s+(?:the|a|its|their)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:meeting|ministerial|session|dialogue|agenda)\s+(?:should\s+)?(?:also\s+)?"
        r"(?:cover|address|include|discuss|take\s+up|look\s+at|deal\s+with|feature|consider|examine"
        r"|return\s+to)\b"
        r"|\b(?:asked|requested|proposed|suggested|wished)\s+that\s+[^.;]*?\balso\s+(?:compare|discuss"
        r"|address|take\s+up|look\s+at"
        # ... or what a text to come should also cover ("asked that the draft statement ... also
        # cover cybercrime")
        r"|cover|include|mention|refer\s+to)\b"
        # ... or recalled as what an earlier meeting reached ("recalled the main results of the
        # Ministerial: ...", "went through the conclusions of the Ministerial Meeting held in
        # Madrid, where ministers had welcomed ...", "recalled what had been agreed at the
        # Ministerial Meeting in Athens, including ...")
        # ("The experts reviewed what the Stockholm Ministerial had decided on accountability ...
        # and on the diversion of weapons, and found that most of it had been carried out")
        r"|\b(?:reviewed|recalled|went\s+through|looked\s+back\s+at|ont\s+passé\s+en\s+revue)\s+what\s+"
        r"(?:the\s+)?(?:[\w'’-]+\s+){1,4}?had\s+(?:decided|agreed|adopted|concluded|undertaken)\s+on\b"
        r"|\b(?:recalled|recalling|went\s+through|summari[sz]ed|a\s+rappelé)\s+(?:[^.;:]{0,40}?\s)?"
        r"(?:the\s+|les\s+)?(?:main\s+|key\s+|principaux\s+)?(?:results|outcomes?|conclusions|decisions"
        r"|what\s+had\s+been\s+(?:agreed|decided)|résultats|conclusions)\s+(?:of|at|reached\s+at|de|du"
        r"|des)\s+(?:the\s+|its\s+|la\s+|l['’]\s*)?(?:[\w'’-]+\s+){0,3}?(?:meeting|ministerial|senior"
        r"\s+officials|som|summit|dialogue|session|forum|réunion|sommet)\b"
        # ... or what an earlier round had settled ("noted that data protection safeguards had been
        # settled at an earlier round")
        r"|\b(?:had\s+been|were\s+already|was\s+already|had\s+already\s+been)\s+(?:settled|agreed|closed"
        r"|resolved|concluded)\s+(?:at|in|during)\s+(?:an?\s+|the\s+)?(?:earlier|previous|former|past|last)"
        r"\s+(?:round|meeting|session|stage)\b"
        # ... or said to be raised in passing ("raised the proposal for a General Data Protection
        # Regulation in passing, to say that it would not be discussed", "évoqué en passant")
        # ("a rappelé en passant que ...", "n'ont été citées qu'en passant")
        r"|\b(?:raised|mentioned|named|cited|recalled|referred\s+to|touched\s+(?:up)?on|noted|said"
        r"|added|observed|remarked|indicated"
        r"|(?:évoqu|mentionn|cit|rappel|signal|indiqu|not|précis|ajout)ée?s?)\b[^.;]*?\b(?:in\s+passing"
        r"|en\s+passant)\b"
        # ... or without being discussed ("une décision de retour qui n'avait pas été exécutée, ce
        # qui a été évoqué sans être débattu", "which was mentioned without being discussed")
        r"|\b(?:raised|mentioned|named|recalled|noted|évoquée?s?|mentionnée?s?|signalée?s?"
        r"|rappelée?s?)\s+(?:but\s+)?(?:without|sans)\s+(?:being\s+|être\s+)?(?:discussed|debated"
        r"|taken\s+up|further\s+discussion|discussion|débattue?s?|discutée?s?|examinée?s?)\b"
        # ... or named as the priorities a text sets ("a joint statement ..., which names electronic
        # evidence, synthetic drugs and the protection of children online as priorities for 2027");
        # a Presidency naming its priorities presents its programme
        r"|^(?![^.;]*\b(?:presidency|presidencies|présidence)\b)[^.;]*?\b(?:names|named|lists|listed"
        r"|identifies|identified|designates|designated)\b[^.;]*?\bas\s+(?:the\s+|its\s+|their\s+"
        r"|common\s+|joint\s+|shared\s+)*priorities\b"
        # ... or among the fields it names ("an Action Plan ... lists data protection, visa policy
        # and ... among the fields where the Union's external action has to grow")
        r"|\b(?:names|named|lists|listed|identifies|identified)\b[^.;]*?\bamong\s+the\s+(?:[\w-]+\s+){0,2}?"
        r"(?:fields|areas|domains|sectors)\b"
        r"|\b(?:inscri\w*|ajout\w*)\s+(?:[^.;]{0,80}?\s)?à\s+l['’]ordre\s+du\s+jour\b"
        # ... or what a programme or its chapter names, lists or provides ("The chapter names
        # terrorism, cybercrime and the smuggling of migrants among its strands", "Ce volet cite la
        # lutte contre le terrorisme ...", "the trio programme ..., which names relations with
        # Ukraine", "Le programme prévoit que les trois présidences mèneront à terme ...", "the
        # Hague Programme, whose aims include ..."): its contents, not the meeting's discussion
        r"|\b(?:programme|programmes|chapter|strand|volet|stratégie|strategy)\b[^.;]{0,120}?\b(?:names"
        r"|lists|cites|mentions|enumerates|cite|énumère|mentionne|nomme)\b"
        # (what a semester's programme provides, not what a roadmap's chapter provides for)
        r"|\b(?:the|le|this|ce)\s+programme\s+(?:provides\s+that|prévoit\s+(?:que|qu['’]))"
        r"|\bwhose\s+(?:aims|objectives|goals|priorities|strands)\s+(?:include|are|cover)\b"
        r"|\bdont\s+les\s+(?:objectifs|priorités)\s+(?:comprennent|sont|couvrent)\b"
        # ... or the range of priorities a cycle runs from one to another ("the priorities adopted by
        # the Council in May, from cybercrime ... to organised property crime", "parmi dix
        # priorités qui vont de la fraude à la criminalité environnementale")
        r"|\bpriorit(?:ies|és)\b[^.;]{0,80}?(?:,\s+from|\bqui\s+vont\s+de|\ballant\s+de)\s+(?!\d)"
        r"[^.;]{1,80}?\s+(?:to|à)\s+"
        # ... or what such a text left to a footnote ("regretted that trafficking in human beings
        # appeared only as a footnote")
        r"|\b(?:appeared|appears|featured|features|figured|figures|figurait|figure)\s+(?:only|merely"
        r"|seulement|uniquement)\s+(?:as|in|en)\s+(?:a\s+)?(?:footnote|note\s+de\s+bas\s+de\s+page)\b"
        r"|\bat\s+which\s+[^.;]*?\s+(?:will|would)\s+be\s+(?:taken\s+up|discussed|addressed|raised"
        r"|examined|on\s+the\s+agenda)\b"
        r"|\b(?:agenda|ordre\s+du\s+jour)\s+(?:was|a\s+été)\s+(?:adopted|approved|adopté|approuvé)\b"
        # ... or to be examined at a later meeting ("Firearms ... will be discussed at the next
        # meeting", "Les autres priorités, dont les armes à feu ..., seront examinées en décembre")
        r"|\b(?:will|would|is\s+to|are\s+to)\s+be\s+(?:examined|discussed|taken\s+up|addressed"
        r"|considered|debated)\s+(?:again\s+)?(?:at|in|during)\s+(?:the\s+next|a\s+later|a\s+future"
        r"|its\s+next|(?:january|february|march|april|may|june|july|august|september|october"
        r"|november|december|spring|summer|autumn|winter)\b)"
        r"|\b(?:seront|sera|serait|seraient)\s+(?:examinée?s?|abordée?s?|traitée?s?|discutée?s?"
        r"|débattue?s?)\s+(?:à\s+nouveau\s+)?(?:en\s+(?:janvier|février|mars|avril|mai|juin|juillet"
        r"|août|septembre|octobre|novembre|décembre)\b|lors\s+de\s+la\s+prochaine\b"
        r"|à\s+la\s+prochaine\b|ultérieurement\b)"
        rf"|{_AGENDA}"
        # ... or the subject of a meeting only planned ("A dialogue with China on migration and
        # mobility is also planned for the semester", "Un atelier sur ... est prévu en mai")
        r"|^\s*(?:a|an|un|une)\s+(?:[\w-]+\s+){0,2}?(?:dialogue|meeting|workshop|seminar|conference"
        r"|réunion|atelier|séminaire|conférence)\b[^.;]{0,80}?\b(?:on|sur)\b[^.;]{1,100}?\b(?:is|are"
        r"|est|sont)\s+(?:also\s+|également\s+|aussi\s+)?(?:planned|scheduled|foreseen|envisaged"
        r"|prévue?s?|programmée?s?|envisagée?s?)\b"
        # ... or proposed for a point of it ("suggested adding the protection of public spaces to
        # the counter-terrorism item")
        r"|\b(?:add|adding)\s+[^.;]{1,80}?\s+to\s+the\s+(?:[\w-]+\s+){0,3}?(?:item|point|agenda)\b"
        r"|\b(?:add|adding|added)\s+(?:a|an|one)\s+(?:\w+\s+)?(?:point|item)\s+on\b"
        # ... or a session wished for it ("noted the US wish to keep a separate session on
        # aviation security")
        r"|\b(?:keep|hold|have|add|organi[sz]e)\s+(?:a|an|one)\s+(?:\w+\s+){0,2}?session\s+"
        r"(?:on|about|devoted\s+to)\b"
        # ... or a session proposed for the meeting being prepared ("The US side proposed a short
        # session on transnational organised crime, which was accepted.")
        r"|\b(?:proposed|suggested|requested|asked\s+for)\s+(?:holding\s+)?(?:a|an|one)\s+"
        r"(?:\w+\s+){0,2}?(?:session|point|item|segment)\s+(?:on|about|devoted\s+to)\b"
        # ... or the sessions settled for the meeting being prepared ("The participants settled the
        # sessions to be proposed to Ministers: - a session on ...")
        r"|\b(?:sessions?|points?|items?|themes?|topics?)\s+(?:to\s+be\s+)?(?:proposed|put|submitted"
        r"|suggested)\s+to\s+(?:the\s+)?(?:ministers|ministerial|ministres)\b"
        # ... or its points counted out ("It has five points: drugs and the cartels; ...")
        r"|\b(?:has|have|comprises?|contains?|comprend|compte)\s+(?:\w+\s+)?(?:points|items|headings"
        r"|sessions|rubriques)\s*:"
        # ... or the sessions proposed for a meeting, listed ("The US side proposed four sessions for
        # the Ministerial: Afghanistan and the terrorist threat; ransomware ...")
        r"|\b(?:proposed|suggested|settled|outlined|listed|agreed\s+on|a\s+proposé|ont\s+arrêté)\s+"
        r"(?:the\s+|its\s+|their\s+|les\s+)?(?:\w+\s+){0,2}?(?:sessions|séances)\b[^:]{0,60}:"
        # ... or what a joint statement is to say ("The joint statement would cover the Global
        # Coalition ...", "would like the Ministerial to adopt a joint statement on ransomware")
        # ("the outline of a joint statement that would welcome the entry into force of ...")
        r"|\b(?:statement|declaration|déclaration)\s+(?:that\s+|which\s+|qui\s+)?(?:would|will|should"
        r"|could|is\s+to|was\s+to"
        r"|might)\s+(?:also\s+)?(?:cover|address|welcome|record|include|mention|refer\s+to|focus\s+on"
        r"|reflect|highlight|underline|recall|stress)\b"
        r"|\b(?:adopt|issue|agree|release|publish|prepare|draft)(?:e?d)?\s+(?:a|the|its|their)\s+"
        r"(?:(?:joint|common|draft|short|brief)\s+)+(?:statement|declaration)\s+on\b"
        # ... or an agenda suggested for it ("suggested an agenda built around the Games, the
        # adequacy findings and passenger data")
        r"|\b(?:suggested|proposed|put\s+forward)\s+(?:an?|the|its|their)\s+(?:draft\s+)?agenda\b"
        # ... or what something would also serve ("noted that the agreement would also serve the
        # investigations into drug trafficking", "would also help the agreement on e-evidence")
        # ("Such an agreement could later also serve exchanges on counter-terrorism.")
        r"|\b(?:would|could|might)\s+(?:later\s+|then\s+|in\s+time\s+|one\s+day\s+)?also\s+(?:help|serve"
        r"|benefit|support|facilitate|assist|be\s+useful\s+(?:for|to))\b"
        # ... or a thing still hypothetical ("the future agreement on electronic evidence, if
        # concluded, would rely on a similar level of protection")
        r"|,\s+if\s+(?:ever\s+)?(?:concluded|adopted|agreed|signed|ratified|resumed)\s*,"
        # ... or what did not happen ("noted that, had a terrorist attack occurred during the
        # tournament, the liaison officers would have been the first channel", "si un attentat
        # avait eu lieu")
        r"|(?:^|,)\s*had\s+(?:there\s+been\s+)?(?:an?|the|any)\s+[^.;,]{1,60}?\s+(?:occurred|happened"
        r"|taken\s+place|struck)\b|(?:^|,)\s*had\s+there\s+been\s+(?:an?|any|more|enough|sufficient)\b"
        r"|\bif\s+[^.;,]{1,60}?\s+had\s+(?:occurred|happened|taken\s+place|struck)\b"
        r"|\bsi\s+[^.;,]{1,60}?\s+(?:avait|avaient)\s+eu\s+lieu\b"
        # ("had the CLOUD Act already been law, many of its requests would not have been needed";
        # "Si les fournisseurs avaient chiffré leurs services, ces injonctions n'auraient produit
        # que des données illisibles")
        r"|(?:^|,)\s*had\s+(?:the|an?|any|its|their)\s+[^.;,]{1,60}?\s+(?:already\s+)?(?:been|existed"
        r"|applied|entered\s+into\s+force)\b"
        r"|\bif\s+[^.;]{1,100}?\bhad\s+[^.;]{1,100}?\bwould\s+(?:not\s+)?have\b"
        # (its subject without an article, the clause that says what would have followed after it:
        # "had end-to-end encryption been applied by default, most of its reports would have been
        # lost")
        r"|(?:^|,)\s*had\s+(?!(?:already|also|not|just|been|never|recently|previously|long)\b)"
        r"[^.;,]{1,60}?\s+been\s+[^.;,]{1,80},[^.;]*?\bwould\s+(?:not\s+)?have\b"
        # ... or a question on a case that is not so ("Ils ont demandé comment la détection
        # s'appliquerait si ces services étaient chiffrés de bout en bout")
        r"|\b(?:comment|how)\s+[^.;]{1,100}?\s+(?:si|if)\s+[^.;]{1,80}?\s+(?:étaient|était|were|was)\b"
        # ("si les messageries visées étaient chiffrées de bout en bout, ni les demandes directes ni
        # l'accord ne donneraient accès au contenu")
        # (any conditional: "n'auraient", "serait", "donneraient")
        r"|\bsi\s+[^.;]{1,100}?\b(?:avai(?:en)?t|étai(?:en)?t)\b[^.;]{1,120}?\b\w{2,}rai(?:en)?t\b"
        # ... or named, in a clause, only as something else ("..., with the Data Privacy Framework,
        # whose adequacy decision ..., named only as a separate track", "with the PNR review named
        # only as a separate track")
        r"|(?:,|\bwith\s+[^.;,]{1,80}?)\s*(?:named|mentioned|cited)\s+only\s+as\s"
        # ... or counted among a set by someone ("noted the Global Alliance against Child Sexual
        # Abuse Online among the joint initiatives")
        r"|\b(?:noted|named|cited|listed|mentioned|counted|included)\s+[^.;]{1,100}?\s+among\s+(?:the|its"
        r"|their|other)\s+(?:[\w-]+\s+){0,2}?(?:initiatives|examples|achievements|projects|results"
        r"|activities|strands|instruments|tools)\b"
        # ... or as the remit of one part of a body ("a présenté ses quatre sous-groupes, dont l'un
        # traite de l'exploitation sexuelle des enfants en ligne", "its four sub-groups, one of which
        # deals with ...")
        r"|\b(?:sub-?groups?|sous-groupes?|strands?|volets?|workstreams?|working\s+groups|panels?"
        r"|groupes\s+de\s+travail)\b[^.;]{0,60}?(?:\bdont\s+l['’]\s*une?|\bone\s+of\s+(?:which|them))\s+"
        r"(?:traite|porte|deals?|covers?|is\s+devoted|focuses)\b"
        # ... or things only listed, one after the other ("The US side listed in turn the admission
        # of Poland to the Visa Waiver Program, ... and the open letter on encryption")
        r"|\b(?:side|sides|presidency|commission|delegation|delegations|participants|co-chairs"
        r"|présidence|délégations?|participants)\s+"
        # (in French with its auxiliary: "La Commission a énuméré les textes adoptés depuis la
        # dernière réunion, dont la directive relative aux armes à feu")
        r"(?:also\s+|then\s+|a\s+|ont\s+)?(?:listed|enumerated|énuméré)\b(?!\s+(?:its|their|ses"
        r"|leurs)\s+(?:\w+\s+)?priorit)"
        # ... or what a text holds, listed as a range ("listed the proposals in it that concern
        # justice and home affairs, from counter-terrorism and cybercrime to data flows")
        r"|\b(?:listed|enumerated|a\s+énuméré|ont\s+énuméré)\s+(?:the|its|their|les|ses|leurs)\s+"
        r"[^.;]{0,100}?,\s+(?:from|de|du|des)\s+[^.;]{1,80}?\s+(?:to|à|aux?)\s"
        # ... or the steps taken since an earlier meeting, recalled as a list ("The Presidency listed
        # the main steps taken since the spring: ...", "recalled the files that had moved since June:")
        r"|\b(?:listed|recalled|recapped|summari[sz]ed|went\s+through|a\s+rappelé|a\s+énuméré)\s+"
        r"(?:the|its|les)\s+(?:\w+\s+){0,2}?(?:files|steps|developments|events|changes|decisions"
        r"|dossiers|étapes|évolutions)\b[^:]{0,80}\bsince\b[^:]{0,60}:"
        # ... or what became of an earlier meeting, or of the semester, recalled as a list ("went
        # through the follow-up of the meeting in Larnaca: ...", "recalled what the Council had
        # achieved in the semester: ...")
        r"|\b(?:listed|recalled|recapped|summari[sz]ed|went\s+through|reviewed|presented)\s+(?:the\s+)?"
        r"follow-up\s+(?:of|to|given\s+to)\s+(?:the|its|their)\s+(?:\w+\s+){0,3}?(?:meeting|ministerial"
        r"|session|réunion)\b[^:]{0,80}:"
        r"|\b(?:recalled|listed|summari[sz]ed)\s+what\s+[^:]{0,80}?\b(?:had\s+)?(?:achieved|accomplished"
        r"|delivered|done)\b[^:]{0,80}:"
        # ("opened the meeting with a short account of what had happened since the Ministerial: ...")
        r"|\bwhat\s+(?:had|has)\s+(?:happened|changed|moved|been\s+done)\s+since\b[^:]{0,80}:"
        # ... or suggested for the agenda of a later meeting ("suggested that it look at returns,
        # synthetic drugs and the protection of children online", "would like the agenda to
        # include the cartels")
        r"|\b(?:suggested|proposed|recommended|asked|requested)\s+that\s+(?:it|they|the\s+(?:\w+\s+){0,3}?(?:meeting"
        r"|ministerial|agenda))\s+(?:should\s+)?(?:look\s+at|cover|address|discuss|focus\s+on|take\s+up"
        r"|examine|include|also\s+(?:take\s+up|cover|address|discuss|look\s+at|include))\b"
        r"|\bwould\s+like\s+(?:the|its|their)\s+agenda\s+to\s+(?:include|cover)\b"
        # ("The next dialogue will take place in Brussels; its agenda is expected to cover ...")
        r"|\bagenda\s+(?:is|was|would\s+be|will\s+be)\s+(?:expected|likely|set|due|planned|meant)\s+"
        r"to\s+(?:cover|include|address|feature|focus\s+on)\b"
        # ... or regretted as missing from it ("regretted that no time was foreseen for drugs")
        r"|\bno\s+(?:time|room|slot|session|space)\s+(?:was|had\s+been|has\s+been|is|would\s+be)\s+"
        r"(?:foreseen|planned|set\s+aside|left|scheduled|provided|allotted)\s+for\b"
        # ... or only recalled as a standing priority of a side ("had recalled that the fight against
        # the sexual abuse of children online remained a national priority")
        r"|\brecalled\s+that\s+[^.;]{1,120}?\s+(?:remained|remains|was\s+still|is\s+still)\s+"
        r"(?:a|an|its|their|the)\s+(?:\w+\s+)?(?:top\s+)?priority\b"
        # ... or what a joint statement commits the sides to go on with ("a joint statement ...,
        # which commits both sides to continue their work on electronic evidence, synthetic drugs")
        r"|\b(?:statement|declaration|déclaration)\b[^.;]{0,120}?\bwhich\s+(?:commits|records"
        # ("approved a short joint statement, which condemns the recent attacks and restates the
        # will of both sides to keep their data protection commitments")
        r"|sets\s+out|lists|restates|reaffirms|condemns|welcomes|recalls|underlines|stresses)\b"
        # ... or wished on a later meeting ("would like it to include synthetic drugs", "wanted
        # the Forum to deal also with the return of fighters")
        r"|\b(?:would\s+like|wanted|wished|wish(?:es)?|want(?:s)?)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,3}?"
        r"(?:meeting|ministerial|forum|agenda|dialogue|summit|conference|session|som|ministers))\s+to\s+"
        r"(?:also\s+)?(?:deal\s+(?:also\s+)?with|cover|address|include|take\s+up|discuss|look\s+at"
        r"|examine|focus\s+on)\b"
        # ... or named as what another file should not hold up ("wished that this negotiation
        # should not delay the new TFTP agreement", "ne retarde pas celle du nouvel accord TFTP")
        r"|\b(?:should|would|must|might|could|did|does|do)\s+not\s+(?:delay|hold\s+up|slow\s+down"
        r"|hamper|hinder|jeopardi[sz]e)\b"
        r"|\bne\s+(?:retarde|retardent|retarderait|retarderaient|freine|freinent|compromette"
        r"|compromettent)\s+pas\b"
        # ... or the wording of a text being drafted ("asked the Presidency to keep the reference to
        # full visa reciprocity in the draft joint statement")
        r"|\b(?:keep|retain|include|insert|add|delete|remove|maintain)\s+(?:the|a)\s+(?:\w+\s+)?"
        r"(?:reference|references|mention|wording|paragraph|language)\s+(?:to|on|about)\b"
        # ... or what a strategy or plan foresees, in a list ("the internal security strategy,
        # which foresees a stronger Europol, a ports strategy, an action plan on firearms ...")
        r"|\b(?:strategy|programme|program|plan|agenda|communication|package|roadmap)\b[^.;]{0,80}?"
        r"\b(?:which|that)\s+(?:foresees|provides\s+for|announces|lists|sets\s+out|includes)\b"
        # ... or commemorated ("recalled the commemoration of the twentieth anniversary of the
        # Madrid train bombings")
        r"|\bcommemorat(?:ion|ions|ed|e|es|ing)\b"
        # ... or given, as the sentence opens, without discussion ("Without discussion, the
        # Commission informed delegations of the adoption of ...")
        r"|^\s*(?:without\s+(?:discussion|debate)|sans\s+(?:débat|discussion))\s*,"
        # ... or listed among what a plan or programme holds ("Among the measures listed for the
        # coming years are a proposal on PNR data, a framework for data protection ...")
        r"|\bamong\s+the\s+(?:measures|actions|priorities|files|proposals|initiatives|deliverables)"
        r"\s+(?:listed|set\s+out|foreseen|planned|included|named|announced)\b"
        # ... or raised "without going into detail", "sans entrer dans le détail"
        r"|\bwithout\s+going\s+into\s+(?:the\s+|any\s+)?details?\b"
        r"|\bsans\s+entrer\s+dans\s+(?:le|les)\s+détails?\b",
        re.IGNORECASE,
    )
)
# A unit that says its contents were only a reminder, left for other sessions ("Neither side
# wished to reopen these files under this item", "Each of these points was left for the
# sessions below"), discusses none of the topics it names.
_ONLY_A_REMINDER = re.compile(
    r"\b(?:neither|none\s+of\s+the)\s+(?:side|sides|delegation|participants)\s+"
    r"(?:wished|wanted|sought)\s+to\s+(?:re)?open\b"
    r"|\b(?:each|all|every\s+one)\s+of\s+(?:these|those|the)\s+(?:points|files|items|topics|matters"
    r"|steps)\s+(?:was|were)\s+left\s+(?:for|to)\b"
    r"|\bserved\s+(?:only\s+)?as\s+a\s+reminder\b",
    re.IGNORECASE,
)
# ... and an item whose text opens by saying the item itself was not discussed
_ITEM_NOT_DISCUSSED = gated(
    re.compile(
        # (after the reason, if it comes first, whatever it is: "For lack of time, this item was
        # not discussed.", "Owing to the late running of the morning session, this item was not
        # taken.", "Faute de temps, ce point n'a pas été examiné.")
        r"\s*(?:(?:for|owing\s+to|due\s+to|because\s+of|in\s+view\s+of|given|at\s+the\s+request\s+of"
        r"|à\s+la\s+demande\s+d[eu']?)\s+[^,.;:]{1,80}"
        rf"|{_NO_TIME_FR}|(?:en\s+raison|compte\s+tenu)\s+d[eu']?\s*[^,.;:]{{1,80}}"
        # ("As the compromise text was not ready, the point was postponed.", "Le rapport n'étant
        # pas prêt, le point a été reporté.")
        r"|(?:as|since|because|comme|puisque)\s+[^,.;:]{1,160}|[^,.;:]{1,100}?\s+n['’]\s*étant\s+pas"
        r"\s+[^,.;:]{1,40})?"
        r",?\s*"
        # ("The point was postponed to the Ministerial", "This session was deferred", "Le sujet a
        # été reporté")
        # ("Owing to lack of time, the exchange on migration was postponed to the Ministerial")
        # ("The Commission's presentation of its proposals of January was postponed", "The point on
        # the links between drug trafficking and the trafficking of firearms ... was postponed")
        r"(?:(?:this|the|(?:the\s+)?[\w-]+['’]s)\s+(?:(?:agenda\s+)?item|(?:agenda\s+)?point|session"
        r"|subject|discussion|question|exchange|debate|presentation|briefing)"
        # ("The presentation by Europol of its threat assessment ... was postponed")
        r"(?:\s+by\s+(?:the\s+)?[\w'’-]+)?"
        r"(?:\s+(?:on|of|about)\s+[^,.;:]{1,140}?)?"
        # ("The item, which was to cover the first months of the agreements, was postponed", "The
        # point on firearms trafficking, including the EU Action Plan, was postponed")
        r"(?:,\s*(?:(?:which|that)\s+(?:was|were)\s+(?:meant\s+|due\s+|planned\s+|supposed\s+)?to"
        r"\s|(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:on|about)\s|including\s"
        # ("The point on deepfakes in election campaigns, requested by the US, was not discussed")
        r"|(?:requested|proposed|asked\s+for|suggested|tabled)\s+by\s"
        # ("This point, placed on the agenda at the request of two Member States, was not discussed")
        r"|(?:placed|put|added|included|inscribed)\s+(?:on|to)\s+the\s+agenda\b"
        r"|at\s+the\s+request\s+of\s)"
        r"[^.;:]{0,200}?,)?\s+"
        # ("Le point demandé par la délégation danoise sur le sabotage ... a été reporté.")
        r"|(?:(?:ce|le)\s+(?:point|sujet|débat|échange)|l['’]\s*(?:échange(?:\s+de\s+vues)?|examen))"
        r"(?:\s+(?:sur|concernant|relatif\s+(?:à|aux?)|de|du|des|d['’]"
        r"|demandé\s+par|consacré\s+(?:à|aux?)|prévu\s+sur)(?:(?<=['’])|\s+)[^,.;:]{1,140}?)?"
        # (and who proposed it: "Le débat sur ..., proposé par la présidence, n'a pas eu lieu")
        # (or what it was to be on: "Ce point, consacré aux nouvelles substances psychoactives, a
        # été reporté")
        r"(?:,\s*(?:proposé|demandé|prévu|inscrit|pour\s+lequel|sur\s+lequel|auquel|consacrée?s?"
        # ("Ce point, qui devait porter sur les premiers mois d'application des accords, a été
        # reporté")
        r"|qui\s+(?:devait|devaient|aurait\s+dû|portait|portaient))"
        r"\s[^.;:]{1,200}?,)?\s+"
        r"|(?:la|cette)\s+question(?:\s+(?:de|du|des|sur)"
        r"\s+[^,.;:]{1,140}?)?\s+"
        # ("la présentation du rapport sur le portail européen e-Justice a été reportée")
        r"|(?:la|cette)\s+(?:présentation|discussion|note)"
        # (and by whom: "La présentation par Europol de son évaluation de la menace ...")
        r"(?:\s+par\s+(?:l['’]\s*)?[\w'’-]+)?"
        r"(?:\s+(?:de|du|des|sur|d['’])\s*[^,.;:]{1,140}?)?\s+"
        # ("Item on the AI Act and the US Blueprint for an AI Bill of Rights postponed")
        r"|(?:agenda\s+)?(?:item|point)(?:\s+(?:on|of|about)\s+[^,.;:]{1,140}?)?\s+"
        # ... or who did not discuss it, said actively ("The experts did not discuss the proposed
        # Regulation", "Les experts n'ont pas débattu de la proposition de règlement")
        r"|(?:the|les|la|le)\s+(?:[\w'’-]+\s+){0,2}?(?:experts|delegations|ministers|participants|sides"
        r"|parties|working\s+party|group|délégations|ministres|groupe)\s+"
        r"(?=did\s+not\s+(?:discuss|debate|examine|take\s+up)\b|n['’](?:a|ont)\s+pas\s+(?:débattu"
        r"|discuté|examiné|abordé)\b)"
        # ... or the file itself, when the text goes on to say what filled the time ("Encryption
        # was not taken up; ... The US side used the time to describe ...")
        r"|[^,.;:]{1,60}?\s+(?=(?:was|were)\s+not\s+(?:discussed|taken\s+up)\b[^.]*[.;]\s[^.;]*?"
        r"\b(?:used\s+the\s+time|(?:a|ont)\s+consacré\s+le\s+temps))"
        # ... or the file itself, named and left ("The production of opium in Afghanistan was
        # mentioned by the Presidency and not discussed.", "La production d'opium a été évoquée
        # par la présidence et n'a pas été examinée.")
        r"|[^,.;:]{1,160}?\s+(?:(?:was|were)\s+(?:only\s+|briefly\s+)?(?:mentioned|noted|raised|named)"
        r"(?:\s+by\s+[^,.;:]{1,60}?)?|(?:a|ont)\s+été\s+(?:mentionnée?s?|évoquée?s?|signalée?s?)"
        r"(?:\s+par\s+[^,.;:]{1,60}?)?),?\s+(?:and|but|et|mais)\s+"
        # ("Mentioned, not discussed.", "Mentionné, non examiné.")
        r"|(?:mentioned|noted|raised|announced|mentionnée?s?|évoquée?s?|signalée?s?),?\s+(?:but\s+"
        r"|mais\s+)?)?"
        # ("This point was listed for the Ministerial meeting but not discussed.")
        r"(?:(?:was|were)\s+(?:listed|placed|put|scheduled|included|inscribed|planned)\s+(?:for|on)\s+"
        r"[^,.;:]{1,80}?,?\s+but\s+)?"
        r"(?:(?:was|has\s+been)\s+)?"
        # ("Agenda point overtaken - discussion was on the planned DP agreement instead.")
        rf"(?:not\s+discussed|not\s+taken|not\s+reached|overtaken\b(?:\s+by\s+events)?|{_PUT_OFF_EN}"
        r"|did\s+not\s+(?:discuss|debate|examine|take\s+up)|n['’](?:a|ont)\s+pas\s+(?:débattu|discuté"
        r"|examiné|abordé)"
        rf"|non\s+{_NOT_DONE_FR}"
        rf"|n['’]\s*(?:a|ont)\s+pas\s+été\s+{_NOT_DONE_FR}|(?:a\s+été\s+)?{_PUT_OFF_FR}"
        r"|n['’]\s*a\s+pas\s+eu\s+lieu|did\s+not\s+take\s+place"
        # ("Le point, prévu pour présenter le règlement, a été ramené à une brève information")
        r"|a\s+été\s+ramené\s+à\s+une\s+(?:brève|simple|courte)\s+information"
        r"|was\s+(?:reduced|cut)\s+to\s+a\s+(?:brief|short|mere)\s+(?:information|briefing|update))\b",
        re.IGNORECASE,
    )
)
# ... or that something else was discussed under it ("Under this item ministers in fact
# discussed the EU's new border systems.", "Sous ce point, les délégations ont en réalité
# débattu des nouveaux systèmes")
_UNDER_IT_EN = (
    r"\s*(?:under|in)\s+(?:this|the)\s+(?:agenda\s+)?(?:item|point|heading|title)\s*,?\s+"
)
_UNDER_IT_FR = (
    r"\s*(?:sous|dans\s+le\s+cadre\s+de)\s+(?:ce\s+point|cette\s+rubrique|cet\s+intitulé|ce\s+titre)"
    r"\s*,?\s+"
)
_MOSTLY = r"(?:almost\s+entirely|entirely|mainly|mostly|largely|chiefly)\s+"
_TOOK_UP_EN = r"(?:discussed|talked\s+about|dealt\s+with|examined|addressed)"
_TOOK_UP_FR = r"(?:discuté|débattu|examiné|abordé|traité)"
_DISCUSSED_INSTEAD = re.compile(
    rf"{_UNDER_IT_EN}(?:(?:[\w'’-]+\s+){{1,4}}?(?:in\s+fact|actually|instead|rather|mainly|mostly"
    r"|chiefly|above\s+all)\s+"
    rf"(?:{_TOOK_UP_EN}|turned\s+to|took\s+up)\b"
    # ("Under this item the two delegations discussed only the negotiations on e-evidence")
    rf"|(?:[\w'’-]+\s+){{1,4}}?(?:only\s+{_TOOK_UP_EN}|{_TOOK_UP_EN}\s+only)\b"
    # ("Under this heading the discussion turned to the principles on personal data")
    # ("Under this item the discussion dealt with the confiscation of criminal assets")
    rf"|the\s+(?:discussion|exchange|debate)\s+(?:in\s+fact\s+|instead\s+|{_MOSTLY})?(?:turned\s+"
    rf"(?:{_MOSTLY})?to|moved\s+to|dealt\s+with)\b)"
    # ("Discussion under this item concentrated on encryption.", "... turned almost entirely to")
    r"|\s*(?:the\s+)?(?:discussion|exchange|debate)\s+(?:under|on)\s+this\s+(?:agenda\s+)?(?:item|point)"
    rf"\s+(?:{_MOSTLY})?(?:(?:concentrated|focused|focussed|centred|centered)\s+(?:on|upon)|turned\s+"
    rf"(?:{_MOSTLY})?to|moved\s+to)\b"
    rf"|{_UNDER_IT_FR}(?:[\w'’-]+\s+){{1,4}}?(?:(?:a|ont)\s+"
    rf"(?:en\s+réalité|en\s+fait|plutôt|seulement|uniquement|surtout|essentiellement"
    rf"|principalement)\s+(?:{_TOOK_UP_FR}|évoqué|parlé)\b"
    # ("Sous ce point, les délégations n'ont discuté que de ...")
    rf"|n['’]\s*(?:a|ont)\s+{_TOOK_UP_FR}\s+que\b)",
    re.IGNORECASE,
)
# A title that named one file where the discussion took up another ("The title of the point
# notwithstanding, the exchange dealt mostly with the PNR Agreement", "Despite its title, the
# item was about ...", "The title announced a discussion of AI in law enforcement, but the
# exchange focused on abuse material", "Le titre de ce point visait l'entraide judiciaire, mais
# la discussion a porté sur ...", "Malgré son titre, ...")
_TITLE_BELIED = (
    r"(?:(?:the|its)\s+title(?:\s+of\s+(?:the|this)\s+(?:agenda\s+)?(?:item|point))?\s+"
    r"notwithstanding"
    r"|(?:despite|in\s+spite\s+of|notwithstanding)\s+(?:its|the|this\s+(?:item|point)['’]s)\s+"
    r"title(?:\s+of\s+(?:the|this)\s+(?:agenda\s+)?(?:item|point))?"
    r"|(?:the|its)\s+title(?:\s+of\s+(?:the|this)\s+(?:agenda\s+)?(?:item|point))?\s+"
    r"(?:announced|named|promised|suggested|referred\s+to|pointed\s+to|spoke\s+of)\s+[^.;]{1,160}?"
    r",?\s+but"
    r"|(?:although|though|while)\s+(?:the|this|its)\s+(?:agenda\s+)?(?:item|point)\s+was\s+"
    r"(?:titled|entitled|headed|called)\s+[^.;]{1,160}?,"
    r"|le\s+titre\s+(?:de\s+ce\s+point\s+|du\s+point\s+)?(?:visait|annonçait|mentionnait"
    r"|évoquait|portait\s+sur)\s+[^.;]{1,160}?,?\s+mais"
    r"|(?:malgré|en\s+dépit\s+de)\s+(?:son|le)\s+titre(?:\s+de\s+ce\s+point)?)\s*,?\s*"
)
# ... or, after what put it off in one or two sentences, that the time went to another file
# ("The Presidency noted that the system had started; the item was not discussed further. The
# discussion turned instead to the PNR Agreement", "The Commission gave no update on SIS II. The
# item was used instead for the letters ...", "La présidence a consacré le temps à ...")
_TIME_USED_INSTEAD = re.compile(
    # (and a title the discussion left, said so: see _TITLE_BELIED)
    rf"^{_TITLE_BELIED}"
    r"|"
    # ("Since the PNR Agreement entered into force on 1 July, discussion turned to ...")
    # ("In the context of the application of the Regulation, the discussion turned to ...")
    r"^(?:since|as|comme|puisque|in\s+the\s+context\s+of|against\s+the\s+background\s+of"
    # ("Two weeks after the e-Evidence Regulation began to apply, the discussion turned to ...")
    r"|following|after|(?:[\w-]+\s+){1,3}?(?:after|before))\s[^,.;]{1,160},\s+"
    r"(?=(?:the\s+)?(?:discussion|exchange|debate)\s+"
    r"(?:then\s+)?(?:turned|moved)\s+to\b)"
    # ("Le point a porté pour l'essentiel sur le réexamen des accords ...")
    r"|^(?=(?:le|ce)\s+point\s+a\s+(?:porté\s+)?(?:pour\s+l['’]\s*essentiel|surtout|essentiellement"
    r"|principalement)\s+(?:porté\s+)?sur\b)"
    r"|^(?:[^.;]+[.;]\s+){1,2}?(?=(?:the\s+)?(?:discussion|exchange|debate)\s+(?:then\s+)?"
    r"(?:turned|moved)\s+instead\s+to\b"
    r"|(?:the|this)\s+(?:time|item|point|slot)\s+was\s+(?:then\s+)?used\s+instead\b"
    r"|(?:[\w'’-]+\s+){1,3}?used\s+the\s+time\b"
    r"|(?:la|le|les)\s+(?:[\w'’-]+\s+){1,3}?(?:a|ont)\s+consacré\s+le\s+temps\b"
    r"|(?:la\s+discussion|le\s+débat|l['’]\s*échange)\s+a\s+(?:plutôt|en\s+fait)\s+porté\s+sur\b)"
    # ... or replaced by an exchange on another file ("As the expert could not attend, this point
    # was replaced by an exchange on the protection of stadiums")
    r"|^(?:[^.;]{1,160},\s*)?(?:this|the)\s+(?:agenda\s+)?(?:item|point)\s+was\s+replaced\s+by\s+"
    r"|^(?:[^.;]{1,160},\s*)?(?:ce|le)\s+point\s+a\s+été\s+remplacé\s+par\s+"
    # ... or merged with the discussion of another file ("The point was merged with the
    # discussion on child sexual abuse online.")
    r"|^(?=(?:this|the)\s+(?:agenda\s+)?(?:item|point)\s+was\s+(?:merged|combined|joined)\s+with\b)"
    r"|^(?=(?:ce|le)\s+point\s+a\s+été\s+(?:fusionné|regroupé|joint)\s+avec\b)"
    # ... or that the point was taken with another item, where its file was discussed ("This
    # point was taken together with item 5.", "Ce point a été traité avec le point 4.")
    r"|^(?:this|the)\s+(?:agenda\s+)?(?:item|point)\s+was\s+(?:taken|dealt\s+with|discussed"
    r"|examined)\s+(?:together|jointly)\s+with\s+(?:agenda\s+)?(?:item|point)\s+\d+\w*\s*[.;]\s*"
    r"|^(?:ce|le)\s+point\s+a\s+été\s+(?:traité|examiné|abordé)\s+(?:avec|conjointement\s+avec"
    r"|en\s+même\s+temps\s+que)\s+le\s+point\s+\d+\w*\s*[.;]\s*",
    re.IGNORECASE,
)
# ... or that someone withdrew it ("The Commission withdrew the item.", "La présidence a retiré
# ce point.")
_ITEM_WITHDRAWN = re.compile(
    r"\s*(?:the|la|le|les)\s+(?:[\w'’-]+\s+){0,4}?(?:withdrew|postponed|deferred|a\s+retiré|ont\s+retiré"
    r"|a\s+reporté|ont\s+reporté)\s+(?:the|this|its|ce|le|son)\s+(?:agenda\s+)?(?:item|point)\b",
    re.IGNORECASE,
)
# ... or that whoever was to report on it had nothing to say ("The Commission had nothing new
# to report on this point since the last meeting", "La Commission n'avait rien de nouveau à
# signaler sur ce point")
# A unit taken with another, where what it names was discussed ("Taken together with sub-item
# (a).", "Dealt with under item 4.", "Point examiné avec le point 4."): as one not discussed,
# its title names nothing it took up
_TAKEN_WITH_ANOTHER = re.compile(
    r"\s*(?:(?:this|the)\s+(?:sub-?item|item|point)\s+(?:was\s+)?)?(?:taken|dealt\s+with"
    r"|discussed|examined|considered|covered)\s+(?:together\s+|jointly\s+)?(?:with|under"
    r"|as\s+part\s+of)\s+(?:the\s+)?(?:sub-?item|item|point)\s+\(?[0-9a-z]{1,3}\)?"
    r"(?:\s+(?:above|below))?(?=\s*(?:[.;]|$))"
    r"|\s*(?:(?:ce\s+)?(?:sous-)?point\s+)?(?:a\s+été\s+)?(?:examiné|traité|discuté|abordé|pris)"
    r"e?s?\s+(?:conjointement\s+|ensemble\s+)?(?:avec|sous|dans\s+le\s+cadre\s+du|au\s+titre"
    r"\s+du)\s+(?:le\s+)?(?:sous-)?point\s+\(?[0-9a-z]{1,3}\)?(?:\s+(?:ci-dessus|ci-dessous))?"
    r"(?=\s*(?:[.;]|$))",
    re.IGNORECASE,
)
_NOTHING_NEW = re.compile(
    r"\s*(?:(?:the|la|le|les)\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:had|has|have)\s+nothing\s+(?:new|further)\s+"
    r"to\s+report\s+on\s+(?:this|the|that)\s+(?:point|item|matter|file)\b"
    r"|n['’]\s*(?:avait|a|avaient|ont)\s+rien\s+de\s+(?:nouveau|neuf)\s+à\s+(?:signaler|communiquer"
    r"|rapporter)\s+sur\s+ce\s+(?:point|dossier|sujet)\b"
    # ... or that there was nothing to report, on it or at all ("The Commission said that there
    # was nothing new to report on this file.", "La Commission a indiqué qu'il n'y avait rien de
    # nouveau à signaler.")
    r"|(?:(?:said|reported|indicated|stated|noted|explained|informed\s+(?:the\s+)?delegations)"
    r"\s+that\s+)?there\s+(?:was|is|had\s+been)\s+nothing\s+(?:new|further)\s+to\s+report"
    r"(?=\s+on\s+(?:this|the|that)\s+(?:point|item|matter|file)\b|\s*[.;])"
    r"|(?:(?:a|ont)\s+(?:indiqué|signalé|fait\s+savoir|précisé)\s+qu['’]\s*)?il\s+n['’]\s*y\s+"
    r"(?:avait|a)\s+rien\s+de\s+(?:nouveau|neuf)\s+à\s+(?:signaler|communiquer|rapporter)"
    r"(?=\s+sur\s+ce\s+(?:point|dossier|sujet)\b|\s*[.;]))"
    r"(?:\s+(?:since|depuis)\s+(?:the|la)\s+(?:last|previous|dernière|précédente)\s+(?:meeting|réunion))?",
    re.IGNORECASE,
)
# ... or that closes by saying so, after what was only said before it was put off ("Moldova
# asked whether the EU would support its signature of the Protocol. The point was postponed to
# the next meeting.", "... Le point a été reporté à la prochaine réunion.")
_ITEM_PUT_OFF_AT_THE_END = re.compile(
    # (the reason fronted, with or without its comma: "For lack of time the point was postponed")
    r"(?<=[.!?])\s+(?:(?:(?:for|owing\s+to|due\s+to)\s+(?:[^,.;:]{1,40},\s*|(?:lack|want|shortage)"
    r"\s+of\s+time\s+))?(?:the|this|that)\s+"
    r"(?:agenda\s+)?(?:point|item)\s+(?:itself\s+)?(?:was|has\s+been)\s+(?:then\s+)?"
    # (left for later, not "left open": a point left open was discussed without an end)
    r"(?:postponed|deferred|adjourned|put\s+off|carried\s+over|held\s+over|left(?!\s+open)|referred)\b"
    # (or will be: "The point would be taken up at a later meeting.")
    # (not "This matter will be taken up again at the next Ministerial", which goes on with a
    # discussion held)
    r"|(?:the|this)\s+(?:point|item)\s+(?:would|will)\s+be\s+(?:taken\s+up|discussed"
    r"|examined|addressed)\s+(?:again\s+)?(?:at|in|during)\s+(?:a|the)\s+(?:later|next|future|subsequent)\b"
    r"|(?:faute\s+de\s+temps,\s*)?(?:le|ce)\s+point\s+a\s+été\s+(?:reporté|ajourné"
    r"|renvoyé))\b"
    # (and nothing else said after it: not "..., and the US described the flows")
    r"(?:(?!\b(?:and|but|while|whereas|et|mais)\b)[^.;])*[.]?\s*$",
    re.IGNORECASE,
)
# (not after the number of an entry in a running list: "Ordre du jour : 1. ouverture ; 2. ...")
_SENTENCE_END = re.compile(
    r"(?<=[.!?;])(?<![\s:]\d\.)(?<![\s:]\d\d\.)\s+|(?<=[\s:]\d\.)\s+(?=[A-Z(])"
    r"|(?<=[\s:]\d\d\.)\s+(?=[A-Z(])|\n+"
)
_LATER_REPORT = re.compile(
    r"\b(?:will|would|is\s+to|are\s+to|intends?\s+to|plans?\s+to|undertook\s+to|offered\s+to)"
    r"\s+(?:\w+\s+)?(?:report|inform|brief|update|present|come\s+back|return)\b"
    r"|\b(?:fera\s+rapport|rendra\s+compte|présentera|informera|reviendra)\b"
    # ... and so does a written update sent instead ("The US offered to send a written update
    # on the Global Alliance", "transmettra une note écrite")
    r"|\b(?:send|circulate|provide|submit|give|transmit|share)\s+(?:the\s+\w+\s+)?(?:an?\s+|its\s+"
    r"|their\s+)?(?:written|short)\s+(?:update|note|reply|answer|report|briefing|contribution)\b"
    r"|\b(?:transmettra|transmettront|enverra|enverront|diffusera)\s+(?:une?\s+)?(?:note|mise\s+à\s+jour"
    r"|réponse|contribution)\s+écrite\b"
    # ... and so does the next meeting of a body that will take it up ("The EU-US Working
    # Group on Cyber-security and Cyber-crime will meet in Washington in April.")
    r"|\b(?:will|would|is\s+to|are\s+to)\s+(?:next\s+)?(?:meet|convene|hold\s+its\s+next)\b"
    r"|\b(?:se\s+réunira|se\s+réuniront|tiendra\s+sa\s+prochaine)\b"
    # ... and so does a text to come ("the Commission's report on visa reciprocity would be
    # published in November", "le rapport sera publié en novembre")
    r"|\b(?:report|communication|paper|note|assessment|evaluation|proposal|strategy)\b[^.;]{0,80}?"
    r"\b(?:would|will|is\s+to|was\s+to)\s+be\s+(?:published|presented|adopted|issued|submitted"
    r"|circulated|sent|tabled|released)\b"
    r"|\b(?:rapport|communication|note|évaluation|proposition|stratégie)\b[^.;]{0,80}?"
    r"\b(?:sera|serait)\s+(?:publiée?|présentée?|adoptée?|transmise?|diffusée?)\b",
    re.IGNORECASE,
)
# ... the words after which a put-off item says what was discussed in its place ("Faute de
# temps, ce point n'a pas été traité en tant que tel : la discussion a porté sur ...")
# (not the list of what was not discussed: "Not discussed: the evaluation of ...")
_DISCUSSED_IN_ITS_PLACE = re.compile(
    r"\s*(?:as\s+such|en\s+tant\s+que\s+tel(?:le)?|as\s+a\s+separate\s+(?:item|point))"
    r"\s*[:;–—]\s*(?=\S)"
    # (", les deux parties préférant consacrer le temps disponible aux abus sexuels ...")
    r"|\s*,\s*(?=(?:[\w'’-]+\s+){1,4}?(?:préférant|preferring)\s)"
    # (", and the discussion turned to the Entry/Exit System")
    r"|\s*,\s*(?:and|et)\s+(?=(?:the\s+|la\s+|le\s+|l['’])?(?:discussion|exchange|debate|débat"
    r"|échange)s?\s+(?:turned|moved|focused|shifted|a\s+porté|s['’]est\s+(?:concentrée?|tournée?)))"
    r"|\s*[:;–—]\s*(?=(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?:discussion|exchange|debate|débat|échange)s?\s+"
    r"(?:was|were|focused|turned|centred|centered|moved|a\s+porté|ont\s+porté|s['’]est|portait))",
    re.IGNORECASE,
)
# ... and what, after it, says nothing more of its file: a reminder, a wish to keep it on the
# agenda ("The Presidency only recalled the action plan.", "The US asked that wildlife
# trafficking be kept on the agenda.", "La présidence s'est contentée de rappeler le plan"; not
# news "only mentioned": "a seulement signalé que la directive devrait être adoptée")
_ONLY_KEPT = re.compile(
    r"\b(?:only|merely|simply|just)\s+recalled\b"
    r"|\b(?:a|ont)\s+(?:seulement|simplement|uniquement|juste)\s+rappelé\b"
    r"|\b(?:se\s+sont|s['’]est)\s+contentée?s?\s+de\s+rappeler\b"
    r"|\b(?:be|is|was|remains?|stays?)\s+kept\s+on\s+the\s+agenda\b"
    r"|\b(?:soit|reste|restera|resterait)\s+(?:maintenue?\s+)?à\s+l['’]ordre\s+du\s+jour\b",
    re.IGNORECASE,
)
# ... or says that it was not debated, wherever it says so ("Both sides referred to their
# written contributions; there was no discussion.")
_NO_DISCUSSION = re.compile(
    r"\bthere\s+was\s+no\s+(?:further\s+)?(?:discussion|debate|exchange)\b"
    # ("The list was given for information and no delegation took the floor on it.")
    r"|\bno\s+(?:delegation|member\s+state|participant)\s+took\s+the\s+floor\b"
    r"|\baucune\s+délégation\s+n['’]\s*a\s+pris\s+la\s+parole\b"
    r"|\bno\s+discussion\s+took\s+place\b"
    # ("...; it said that visa questions had to be treated together. No discussion followed.")
    r"|\bno\s+(?:discussion|debate)\s+followed\s*[.;]?\s*$"
    # (the item, at its end: "... lay outside the mandate of the Dialogue. The item was not
    # discussed."; not "not discussed further", after what it presented)
    r"|\b(?:the|this)\s+item\s+was\s+not\s+(?:discussed|debated|taken\s+up)\s*[.;]?\s*$"
    # (the points it lists: "The Presidency had put on the agenda ... For lack of time these
    # points were not discussed and were referred to the next Dialogue.")
    r"|\b(?:these|those)\s+(?:two\s+|three\s+|four\s+)?points\s+were\s+not\s+(?:discussed|debated"
    r"|taken\s+up)\b"
    # ("Data received through the TFTP were named as an example ... The item was otherwise not
    # discussed.")
    r"|\b(?:the|this)\s+(?:item|point)\s+was\s+otherwise\s+not\s+(?:discussed|debated|taken\s+up)\b"
    r"|\bno\s+(?:further\s+)?(?:discussion|debate)\s+(?:was|were)\s+(?:needed|required|necessary"
    r"|held|requested)\b"
    # (and where: "without discussion in COSI", "sans débat au sein du COSI")
    r"|\bwithout\s+(?:discussion|debate)(?:\s+(?:in|within|at)\s+(?:the\s+)?[\w-]+)?\s*[.;]?\s*$"
    r"|\bil\s+n['’]y\s+a\s+pas\s+eu\s+de\s+(?:discussion|débat|échange)s?\b"
    # (the point, at its end, as "It was not discussed.": "Il n'a pas fait l'objet d'un débat.",
    # "Ce point n'a pas été examiné.")
    # ("Elle n'a pas fait l'objet de discussion.")
    r"|\b(?:il|elle|ce\s+point|ce\s+document|cette\s+note)\s+n['’]\s*a\s+pas\s+(?:fait\s+l['’]objet"
    r"\s+(?:d['’]une?\s+|de\s+)(?:débat|discussion|échange|examen)s?|été\s+(?:débattue?|discutée?"
    r"|examinée?))\s*[.;]?\s*$"
    # ("Aucune discussion n'a eu lieu.", "Aucun débat n'a suivi.")
    r"|\baucun(?:e)?\s+(?:discussion|débat|échange)\s+n['’]\s*(?:a\s+eu\s+lieu|a\s+suivi|s['’]en\s+est"
    r"\s+suivie?)\b"
    r"|\bsans\s+(?:débat|discussion)(?:\s+(?:au\s+sein\s+d[ue]|en|dans\s+le)\s+[\w-]+)?"
    r"\s*[.;]?\s*$"
    # (in notes: "For info: RO designation expected; ESTA fee unchanged. No discussion.")
    rf"|\b{_FOR_INFO}\b.{{0,200}}?\bno\s+(?:discussion|debate)\s*[.;]?\s*$"
    r"|\bpour\s+info(?:rmation)?\b.{0,200}?\bpas\s+de\s+(?:discussion|débat)\s*[.;]?\s*$"
    # (or after a question left open: "Question from one MS whether ... No reply given, no
    # discussion.")
    r"|\bno\s+(?:reply|answer)(?:\s+(?:given|received))?\s*[,;]\s*no\s+(?:discussion|debate)\s*[.;]?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


_OPENING = (
    r"opening(?:\s+of\s+the\s+meeting)?(?:\s+(?:remarks|session))?|welcome|introduction"
    r"|adoption\s+of\s+the\s+agenda|ouverture(?:\s+de\s+la\s+réunion)?"
    r"|adoption\s+de\s+l['’]ordre\s+du\s+jour"
    # ("Organisation de la réunion": who led each delegation, the agenda adopted)
    r"|organi[sz]ation\s+(?:of\s+the\s+meeting|de\s+la\s+réunion)"
)
# When and where the next meeting is held ("Date and place of the next Ministerial Meeting"),
# and a meeting held at a distance ("Next videoconference"), in the titles below
_WHEN_AND_WHERE = r"(?:(?:dates?|time|timing|venue|place)(?:\s+and\s+(?:place|venue|time|dates?))?\s+of\s+the\s+)?"
_CALL = r"(?:videoconferences?|video[\s-]conferences?|video\s+calls?|teleconferences?|conference\s+calls?)"
# A title naming the next meeting of a series names the series, not a file ("Next Cyber
# Dialogue", "Next EU-US Senior Officials Meeting")
_NEXT_MEETING = (
    rf"{_WHEN_AND_WHERE}next\s+(?:[\w'’-]+\s+){{0,4}}?(?:meetings?|dialogues?|rounds?|sessions?"
    rf"|{_CALL})"
)
_NEXT_MEETING_TITLE = re.compile(rf"^{_NEXT_MEETING}\s*$", re.IGNORECASE)
# ... and in French ("Date et lieu de la prochaine réunion", "Prochaine visioconférence")
_NEXT_MEETING_FR = r"(?:date\s+et\s+lieu\s+de\s+la\s+)?prochaines?\s+(?:réunions?|visioconférences?|vidéoconférences?)"
# A unit titled by the opening alone names its topics in passing: the welcome, what the chair
# recalls ("the Tallinn Digital Summit"), who came and the agenda adopted
_PRESS_AND_FUTURE = (
    r"press\s+(?:conference|point|briefing)|conférence\s+de\s+presse|point\s+de\s+presse"
    r"|future\s+(?:cooperation|work)|coopération\s+future|travaux\s+futurs"
)
_NAMES_ONLY_TITLE = re.compile(
    r"^(?:<OPENING>)(?:\s+and\s+adoption\s+of\s+the\s+agenda|\s+et\s+adoption\s+de\s+l['’]ordre"
    # ("Opening and participants", "Welcome and introductions", "Ouverture et participants")
    r"\s+du\s+jour|\s*(?:,|and|et)\s+(?:participants|participation|introductions?"
    r"|tour\s+de\s+table|welcome))?\s*$"
    # ... and so does one titled by the next meetings alone (the dates, and what is to be
    # ready by then), or by the meeting's own follow-up ("Follow-up actions and next meeting",
    # "Suites à donner et prochaine réunion"), not by what it follows up ("Follow-up to the
    # attacks in Paris"): its text lists the steps agreed on the other items' files, which the
    # follow-ups carry
    r"|^<STEPS>(?:\s+(?:and|et)\s+<STEPS>)?\s*$".replace(
        "<STEPS>",
        # (named with its series too: "Next Cyber Dialogue", "Next EU-US Senior Officials Meeting")
        rf"(?:{_NEXT_MEETING}|{_WHEN_AND_WHERE}next\s+(?:SOM|ministerial)"
        rf"|{_NEXT_MEETING_FR}(?:\s+(?:des\s+hauts\s+fonctionnaires|ministérielles?))?"
        r"|prochain\s+dialogue|follow-?\s?up(?:\s+actions?)?|action\s+points"
        r"|actions\s+agreed|suivi|suites\s+à\s+donner|next\s+steps|(?:the\s+)?way\s+forward"
        r"|prochaines\s+étapes|suite\s+des\s+travaux"
        # (what ministers told the press restates the other items' files; so does a closing
        # wish list for the future: "Press conference", "Future cooperation")
        rf"|{_PRESS_AND_FUTURE}"
        # ("Follow-up and conclusions": what the meeting concluded, the other items' files)
        r"|conclusions)",
    ).replace("<OPENING>", _OPENING),
    re.IGNORECASE,
)
# ... and so does one titled by the opening and what frames the meeting: its agenda, a
# Presidency's priorities, the state of play, the follow-up of the last meeting, the news
# since ("Opening and priorities of the Latvian Presidency", "Opening; new US Administration",
# "Ouverture et suivi de la réunion précédente")
_OPENING_AND_FRAME = re.compile(
    rf"(?:{_OPENING})(?:\s+remarks)?\s*(?:,|;|:|\s+and|\s+et)\s+(?:(?:the|la|le|les|l['’]|des|du|de)\s*)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:priorities|priorités|agenda|ordre\s+du\s+jour|state\s+of\s+play"
    r"|follow-?\s?up|suivi|developments|information|administration|transition|semester|year"
    r"|treaty|traité|programme|context|contexte|situation\s+politique|contacts|tour\s+de\s+table)\b",
    re.IGNORECASE,
)
# ... and so does an item titled by what became of an earlier meeting, opening or not
# ("Adoption of the agenda and follow-up to the Athens Ministerial", "Opening and follow-up to
# New York", "Suivi de la réunion ministérielle de décembre", "Developments since the last
# meeting"): it recalls that meeting's files, which its own items discussed; not what follows
# up a file or an event ("Follow-up to the attacks in Paris"), nor a sub-item, which reports
# a meeting under its partner ("United States" / "(a) Follow-up to the Senior Officials
# Meeting in Copenhagen")
_RECAP_TITLE = re.compile(
    # (with what the title says of it: "Follow-up of the Paris Ministerial: state of the
    # deliverables")
    r"^(?:(?:<OPENING>)\s*(?:,|;|and|et)\s+)?(?:<SINCE>)(?:\s*[:,–-]\s*(?:state|status"
    r"|stocktaking|implementation|review|état|bilan)\b[^:;]{0,60})?\s*$".replace(
        "<OPENING>", _OPENING
    ).replace(
        "<SINCE>",
        r"(?:(?:review\s+of\s+the\s+)?follow-?\s?up|suivi|suites)(?:\s+(?:to|of|de|du|des)\s+"
        r"(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:(?:[\w'’-]+\s+){0,6}?(?:meeting|ministerial"
        # ("Follow-up to the Justice and Home Affairs Council of 7-8 October 2010", "Suites du
        # Conseil « Justice et affaires intérieures » des 5 et 6 juin 2014")
        r"|senior\s+officials(?:\s+meeting)?|som|summit|forum|réunion|sommet|council|conseil)\b"
        r"[^:;]{0,80}"
        # (a place, capitalised: "follow-up to New York", "suivi de Sofia")
        r"|(?-i:[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)?)))?"
        # ("Follow-up since the Stockholm meeting")
        r"|(?:main\s+)?(?:developments|events|changes|évolutions|follow-?\s?up|suivi)\s+"
        r"(?:since|depuis)\s+[^:;]{1,60}",
    ),
    re.IGNORECASE,
)

# ... and so does an item or sub-item titled by the state of the actions an earlier meeting
# agreed ("EU-US counter-terrorism deliverables", "Follow-up actions within the remit of CATS",
# "Suivi des actions convenues avec les États-Unis", "EU-US roadmap on internal security: state
# of implementation"): its text goes through a table of actions, done, late or dropped, each
# named in passing; a topic its title names stays
_STATUS_TITLE = re.compile(
    r"\bdeliverables\b|\bfollow-?\s?up\s+(?:actions?|table|list)\b|\bactions?\s+agreed\b"
    r"|\bsuivi\s+des\s+(?:actions|engagements|résultats|livrables)\b|\blivrables\b"
    r"|\btableau\s+de\s+suivi\b"
    # (or the undertakings of an earlier meeting, taken in turn: "Implementation of the Gödöllő
    # undertakings", "Where we stand on the undertakings of Dublin", "Mise en œuvre des
    # engagements de Bruges")
    r"|\b(?:implementation|review|state\s+of\s+play|stocktaking|where\s+we\s+stand)\s+(?:of|on)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:undertakings|commitments)\b"
    r"|\b(?:mise\s+en\s+(?:œuvre|oeuvre)|examen|état|bilan)\s+des\s+engagements\b"
    # (or the meeting's own action points, summed up at its end: "Summary of action points",
    # "Récapitulatif des suites à donner")
    r"|\b(?:summary|list|récapitulatif|liste|relevé)\s+(?:of\s+(?:the\s+)?|des\s+)(?:action\s+points"
    r"|follow-?\s?up\s+actions|suites\s+à\s+donner|points\s+d['’]action|actions\s+à\s+mener)\b"
    r"|^\s*(?:conclusions\s+and\s+)?action\s+points\s*$"
    # (or the closing session of a seminar, which sums up the sessions before it: "Closing
    # session", "Séance de clôture")
    r"|^\s*(?:closing\s+(?:session|remarks|plenary)|séance\s+de\s+clôture|session\s+de\s+clôture"
    r"|clôture\s+(?:du\s+séminaire|de\s+la\s+conférence|de\s+l['’]atelier))\s*$"
    r"|\b(?:roadmap|work\s*plan|action\s+list|feuille\s+de\s+route)\b[^:]*:\s*(?:state|status"
    r"|état)\s+(?:of|de)\s+(?:the\s+|la\s+)?(?:implementation|play|mise\s+en\s+œuvre)\b",
    re.IGNORECASE,
)
# ... while a review named by the actions themselves ("Action points of the last meeting",
# "Actions delayed or dropped", "Examen des actions convenues lors de la réunion précédente")
# names each action's file in one sentence, in passing, and keeps what it goes back to in a
# second sentence or says was discussed (match_item); a title both name is read as both
_ACTIONS_REVIEWED = re.compile(
    r"^(?:(?:review|examen|suivi|bilan|state\s+of\s+play|stocktaking|follow-?\s?up)\s+(?:of\s+(?:the\s+)?"
    r"|des\s+|du\s+)?)?(?:actions?|action\s+points?|points\s+d['’]action)\b"
    r"(?:\s+(?:agreed|decided|completed|done|delayed|dropped|pending|outstanding|taken|of|from|since"
    r"|convenues|décidées|réalisées|achevées|reportées|abandonnées|en\s+suspens|de|du|depuis)\b[^:;]{0,80})?"
    r"\s*$",
    re.IGNORECASE,
)
# The chair's conclusions of a meeting sum up the files it went through ("Conclusions of the
# Presidency", "Presidency conclusions", "Conclusions de la présidence")
_CHAIRS_CONCLUSIONS = re.compile(
    r"^(?:(?:the\s+)?(?:presidency|chair)['’]?s?\s+conclusions|conclusions\s+(?:of|by)\s+the\s+"
    r"(?:presidency|chair)|conclusions\s+de\s+la\s+présidence|summing[\s-]up\s+(?:by|of)\s+the\s+"
    r"(?:presidency|chair))\s*$",
    re.IGNORECASE,
)

# What was presented and left there among other points: "(iii) AI: Europol mentioned its work
# on AI tools; no discussion.", "; pas de débat." It closes the point it ends (a line, a
# bullet, an "(ii)" of any other business), from the point's start. A unit that holds nothing
# else keeps it: the update is what the unit reports ("Update by Eurojust on the Centre. No
# discussion.")
_UNDISCUSSED = re.compile(
    r"(?:^|(?<=[.;:])\s*)(?:there\s+was\s+)?no\s+(?:discussion|debate)"
    r"(?:\s+(?:followed|took\s+place|ensued))?"
    # (with why: "no discussion, the point being held over")
    r"(?:,\s+[^.;]{0,60}?\b(?:held\s+over|postponed|deferred|carried\s+over|put\s+off)\b[^.;]*)?"
    r"\s*(?:[.;]|$)"
    r"|(?:^|(?<=[.;:])\s*)(?:(?:il\s+n['’]y\s+a\s+)?pas\s+(?:eu\s+)?de\s+(?:débat|discussion)s?"
    r"|sans\s+débat"
    # ("Aucune discussion n'a eu lieu.", "Aucune discussion.")
    r"|aucun(?:e)?\s+(?:discussion|débat)(?:\s+n['’]\s*a\s+(?:eu\s+lieu|suivi))?)\s*(?:[.;]|$)",
    re.IGNORECASE | re.MULTILINE,
)
# ... and where the points of a unit begin: a line, a bullet, "(ii)" or "(b)"
_POINT_START = re.compile(r"\n|(?<![\w(])(?=\((?:[ivx]{1,4}|[a-h])\)\s)|(?<=\s)(?=[-–•]\s)")


# The incoming Presidency presenting its priorities ("The incoming Danish Presidency presented
# its priorities for the second half of 2025", "La future présidence belge a présenté ses
# priorités"), whatever the item is titled
_INCOMING_PRIORITIES = re.compile(
    r"\b(?:incoming|future|next|prochaine|entrante)\s+(?:[\w-]+\s+){0,2}?(?:presidency|présidence)"
    r"(?:\s+[\w-]+)?\s+(?:(?:presented|set\s+out|outlined|a\s+présenté|a\s+exposé)\s+(?:its|ses)\s+"
    r"(?:main\s+|principales\s+)?(?:priorities|priorités|(?:work\s+)?programme|programme\s+de\s+travail)\b"
    # (or names its files among them: "named cybercrime, electronic evidence and the protection
    # of elections among its priorities", "a cité la migration parmi ses priorités")
    r"|(?:named|listed|cited|mentioned|a\s+cité|a\s+mentionné|a\s+nommé)\s+[^.;]{1,160}?\s+"
    r"(?:(?:among|as)\s+its|parmi\s+ses|comme\s+ses)\s+(?:main\s+|principales\s+)?"
    r"(?:priorities|priorités)\b)",
    re.IGNORECASE,
)
# A title that names no file but a heap of points: any other business and its kin
_MISCELLANY = (
    r"(?:any\s+)?other\s+(?:business|points|matters|issues|files|topics)|autres\s+dossiers"
    r"|a\.?o\.?b\.?|miscellaneous"
    r"|(?:questions|points)\s+divers(?:es)?|divers|information\s+points?|points?\s+d['’]information"
    r"|current\s+(?:issues|affairs)"
)
_MISCELLANY_TITLE = re.compile(rf"\s*(?:{_MISCELLANY})\s*$", re.IGNORECASE)
# The framing items of a meeting held on one file (see meeting_file): no strand of that file
_FRAMING_TITLE = re.compile(
    rf"^\s*(?:{_OPENING}|{_MISCELLANY}|{_WHEN_AND_WHERE}next\s+(?:meetings?|{_CALL})"
    rf"|{_NEXT_MEETING_FR}"
    # (or named with its series: "Next EU-Canada Justice and Home Affairs Dialogue", "Date and
    # place of the next Ministerial Meeting")
    rf"|{_WHEN_AND_WHERE}next\s+(?:[\w-]+\s+){{0,6}}?(?:dialogue|meeting|ministerial|som|subcommittee"
    rf"|round|{_CALL})\s*$"
    # (or a Presidency's priorities: "Priorities of the Maltese Presidency and next meeting")
    r"|(?:the\s+)?priorities\s+of\s+the\s+(?:[\w-]+\s+){0,3}?presidency"
    # (or a later meeting by its name, or its preparation: "Ministerial Meeting in Sofia",
    # "Preparation of the Ministerial", "Réunion ministérielle de Stockholm")
    r"|(?:(?:the|eu-us|jha)\s+)*(?:ministerial|senior\s+officials['’]?)\s+meeting\s+(?:in|at|of)\b"
    r"|réunion\s+ministérielle\s+(?:de|d['’]|à)|preparation\s+of\s+the\b|préparation\s+de\b"
    r"|priorités\s+de\s+la\s+(?:[\w-]+\s+){0,3}?présidence"
    r"|closing|clôture|conclusions?|close\s+of\s+the\s+meeting|participants|tour\s+de\s+table"
    r"|tour\s+d['’]horizon|follow-up|suites?|next\s+steps|prochaines\s+étapes|way\s+forward"
    r"|context|contexte|background"
    rf"|{_PRESS_AND_FUTURE}"
    r"|deliverables|report\s+to|rapport\s+(?:à|au)|autres\s+points|summary)\b",
    re.IGNORECASE,
)


def _without_undiscussed(text: str, title: str = "") -> str:
    """`text` without the points that were presented and not discussed (see _UNDISCUSSED);
    a unit that holds nothing else keeps them, unless its title names no file either ("Any
    other business": "The Commission informed delegations of ... There was no discussion.")."""
    if not _UNDISCUSSED.search(text):
        return text
    kept: list[str] = []
    for point in _POINT_START.split(text):
        found = list(_UNDISCUSSED.finditer(point))
        if not found:
            kept.append(point)
            continue
        last = found[-1]
        # ("The Austrian delegation presented its priorities. The Netherlands informed
        # delegations of the protocol; no discussion took place."): joined to a sentence, it
        # closes that sentence only
        joined = point[: last.start()].rstrip().endswith((";", ","))
        end = max(point.rfind(mark, 0, last.start()) for mark in (". ", "! ", "? "))
        before = point[: end + 1] if joined and end >= 0 else ""
        kept.append(before + point[last.end() :])
    left = "\n".join(k for k in kept if k.strip())
    return left or ("" if _MISCELLANY_TITLE.match(title) else text)


# A sentence that says which of the points just listed was taken up ("Only the last of these
# gave rise to an exchange.", "Only the last point was discussed.", "Seul le dernier point a
# été débattu") or that none was ("neither point was discussed", "these points were not
# discussed", "Un seul point a donné lieu à un échange : ..." with that point after it): the
# others were only announced, as information points of any other business are
_ONE_TAKEN_UP = re.compile(
    r"\bonly\s+(?:the\s+)?(?P<which>last|first|second|third|fourth|latter|former)\b"
    r"(?:\s+(?:of\s+(?:these|those|them|the\s+\w+)|one|point|item|subject))*\s+(?:was\s+"
    r"(?:discussed|debated|taken\s+up|the\s+subject\s+of)|gave\s+rise\s+to|led\s+to|prompted)\b"
    r"|\bseul\s+le\s+(?P<quel>dernier|premier|deuxième|second|troisième)\s+(?:de\s+ces\s+)?"
    r"points?\s+a\s+(?:été\s+(?:discuté|examiné|débattu)|donné\s+lieu)\b",
    re.IGNORECASE,
)
_NONE_TAKEN_UP = re.compile(
    # ("neither point was discussed", "; neither was discussed.")
    r"\b(?:neither|none)\s+(?:(?:point|item|of\s+(?:these|those|them|the\s+(?:\w+\s+)?points))\s+)?"
    r"(?:was|were)\s+(?:discussed|debated|taken\s+up)\b"
    r"|\b(?:these|those|both|the\s+(?:two|three|four|five))\s+(?:points|items|questions|issues)\s+"
    r"(?:were|was)\s+not\s+(?:discussed|debated|taken\s+up|addressed)\b"
    r"|\bno\s+(?:exchange|discussion|debate)\s+(?:followed|took\s+place)\s+on\s+(?:these|those"
    r"|them|either|any\s+of\s+them)\b"
    # ("; both were noted.", "; these were noted without discussion.", "there was no discussion
    # of these points")
    r"|(?:^|(?<=[.;:\n]))\s*(?:both|these|those|they|all\s+(?:three|four"
    r"|of\s+them))\s+(?:points\s+)?"
    r"(?:were|have\s+been)\s+(?:noted|taken\s+note\s+of)\b"
    r"|\bthere\s+was\s+no\s+(?:discussion|debate|exchange)\s+(?:of|on)\s+(?:these|those|them"
    r"|either|the\s+(?:two|three|four)\s+points)\b"
    # (the one taken up named or described after it: "Only the point on AI was discussed",
    # "Only one of them gave rise to an exchange: ...")
    r"|\bonly\s+(?:one\s+(?:of\s+(?:these|those|them)\s+|point\s+)?|the\s+(?:point|question"
    r"|item)\s+(?:on|of|about)\s+[^.;]{1,60}?\s+)(?:was\s+(?:discussed|debated|taken\s+up)"
    r"|gave\s+rise\s+to|led\s+to)\b"
    # ("Delegations took note of information on ... A longer exchange took place on people
    # fleeing Ukraine.")
    r"|(?:^|(?<=[.;:\n]))\s*(?:a|an)\s+(?:longer|real|genuine|substantive|actual"
    r"|fuller)\s+(?:exchange|discussion"
    r"|debate)\s+(?:then\s+)?(?:took\s+place|followed|ensued)\b"
    r"|\bun\s+seul\s+(?:de\s+ces\s+)?points?\s+a\s+(?:donné\s+lieu|été\s+(?:discuté|débattu"
    r"|examiné))\b|\baucun\s+de\s+ces\s+points\s+n['’]a\b"
    # ("ces points n'ont pas été débattus", "n'ont pas fait l'objet d'un débat", "n'ont pas donné
    # lieu à débat")
    r"|\bces\s+(?:deux\s+|trois\s+)?(?:points|questions)\s+n['’]ont\s+pas\s+(?:été\s+(?:discuté"
    r"|débattu"
    r"|examiné|abordé|traité)e?s"
    r"|(?:fait\s+l['’]objet\s+d['’]une?\s+|donné\s+lieu\s+à\s+(?:un\s+)?)(?:débat|discussion"
    r"|échange))",
    re.IGNORECASE,
)
# ... or that the one point just made was not taken up ("...; this was not discussed.", "; the
# US side took note.", "; ce point n'a pas été débattu"): that point only was announced
_THIS_NOT_TAKEN_UP = re.compile(
    # (after why, if it says so first: "...; for lack of time, the point was not discussed.")
    rf"(?:^|(?<=[.;]))\s*(?:(?:{_NO_TIME}"
    r"|in\s+the\s+end|finally|however|finalement|toutefois)\s*,?\s*)?"
    # (or after a reply it joins: "...; the US said it had no position on it and the point was
    # not discussed further.")
    r"(?:[^.;]{0,80}?\b(?:and|et)\s+(?=(?:the|this|ce|cette)\s+(?:point|question|matter)\b))?"
    r"(?:(?:this|that|it|the\s+point|this\s+point|ce\s+point|cette\s+question"
    # ("The information was not discussed.", "Cette information n'a pas été débattue.")
    r"|(?:the|this)\s+(?:information|presentation|briefing|report)|cette\s+information)\s+"
    r"(?:(?:was|has\s+been)\s+(?:not\s+(?:discussed|debated|taken\s+up|taken\s+further)|noted"
    r"|taken\s+note\s+of|not\s+commented\s+(?:up)?on)|(?:gave"
    r"|has\s+given)\s+rise\s+to\s+no\s+(?:comments?"
    r"|discussion|debate|remarks?)|did\s+not\s+give\s+rise\s+to\s+(?:any\s+)?(?:comments?"
    r"|discussion|debate)"
    # ("Ce point n'a donné lieu à aucune observation.")
    r"|n['’]a\s+donné\s+lieu\s+à\s+aucune?\s+(?:observation|débat|discussion|commentaire|échange)"
    r"|n['’]a\s+pas\s+(?:été\s+(?:discuté|débattu|examiné)e?|fait\s+l['’]objet"
    r"|donné\s+lieu)"
    # ("The information was given without discussion.")
    r"|(?:was|were|has\s+been)\s+(?:given|provided|presented|received|taken)\s+(?:without\s+"
    r"(?:discussion|debate)|for\s+information)|a\s+été\s+(?:donné|présenté"
    r"|fourni)e?\s+sans\s+(?:débat|discussion))\b"
    # ... or said actively ("The Working Party did not discuss the point.", "Le groupe n'a pas
    # débattu de ce point.")
    r"|(?:the|le|la|les)\s+(?:[\w'’-]+\s+){1,4}?(?:did\s+not\s+(?:discuss|debate|take\s+up|examine)"
    r"\s+(?:the\s+point|this\s+point|it|them|the\s+matter|the\s+information|this)"
    r"|n['’](?:a|ont)\s+pas\s+(?:débattu|discuté|examiné)\s+(?:de\s+)?(?:ce\s+point"
    r"|cette\s+question"
    r"|cette\s+information))"
    # (and where it went, or why: "Les délégations n'ont pas débattu de ce point, renvoyé à la
    # réunion ministérielle.")
    r"(?:\s*,\s*(?:renvoyée?|reportée?|referred|postponed|left|sent)\s[^.;]{1,80}"
    r"|\s+(?:for|faute\s+de|owing\s+to)\s[^.;]{1,40})?\s*(?:[.;]|$)"
    # ... or the item, not discussed ("The item was not discussed for lack of time."; not
    # "... not discussed further": what it presented stands)
    r"|(?:the|this)\s+item\s+(?:was|has\s+been)\s+not\s+(?:discussed|debated|taken\s+up)"
    r"(?:\s+(?:for|owing\s+to|due\s+to)\s[^.;]{1,40})?\s*(?:[.;]|$)"
    # ... or the item, given for information ("The item was given without discussion."; not
    # "This item was not discussed further": what it presented stands)
    r"|(?:the|this)\s+item\s+(?:was|has\s+been)\s+(?:given|provided|presented|taken)\s+"
    r"(?:without\s+(?:discussion|debate)|for\s+information)\b"
    # ... or the points just made, together ("...; they were not discussed.", "ils n'ont pas été
    # examinés")
    r"|(?:they|ils|elles)\s+(?:(?:were|have\s+been)\s+not\s+(?:discussed|debated|taken\s+up)"
    r"|n['’]ont\s+pas\s+été\s+(?:discuté|débattu|examiné)e?s)\b"
    # ... or that it was given for information only, or noted ("Information only.", "Il en a
    # été pris note.")
    r"|(?:for\s+)?information\s+only(?:\s*,\s*not\s+discussed)?\s*[.;]?\s*$"
    r"|pour\s+information\s*[.;]?\s*$"
    # ("... were being examined by the Working Party. There was no discussion.")
    rf"|{_NO_FURTHER_DISCUSSION}\s*(?:[.;]|$)"
    # ("US informed about ...; COM about .... Not discussed.")
    r"|(?P<bare>not\s+discussed|non\s+(?:discuté|examiné|débattu)e?s?)\s*[.;]?\s*$"
    r"|il\s+en\s+a\s+été\s+pris\s+(?:note|acte)\b)"
    # (not an "it" that announces a question: "it was not discussed whether those rates should
    # converge" leaves the report before it standing)
    r"(?!\s+(?:whether|how|if|what|when|why|which)\b)",
    re.IGNORECASE,
)
# ... or, in a clause hung on it, that the point the sentence makes was not ("Ukraine informed
# the Subcommittee of its draft law, which was not discussed", "the question of encryption,
# which was not discussed for lack of time", "qui n'a pas été examiné")
# ... or set between commas ("The Commission informed ministers, without discussion, of its
# proposals on explosives precursors", "..., sans débat.")
_WHICH_NOT_TAKEN_UP = re.compile(
    r",\s+on\s+which\s+(?:no\s+(?:discussion|debate|exchange)\s+took\s+place|there\s+was\s+no"
    r"\s+(?:discussion|debate|exchange))\b[^,;.]*(?:[.;]|$)"
    r"|,\s+(?:which|qui)\s+(?:was\s+not\s+(?:discussed|debated|taken\s+up)"
    r"|n['’]a\s+pas\s+été\s+(?:discuté|débattu|examiné)e?)\b[^,;.]*(?:[.;]|$)"
    r"|,\s+(?:without|sans)\s+(?:discussion|debate|débat)\s*(?:,|[.;]|$)"
    r"|,\s+(?:for|pour)\s+information(?:\s+only)?\s*(?:[.;]|$)"
    # ... or in notes' style ("Centre de soutien sur les armes à feu : évoqué, non discuté.")
    r"|[:,]\s*(?:mentioned|noted|raised|évoquée?s?|mentionnée?s?),?\s+(?:but\s+|mais\s+)?(?:not"
    r"|non)"
    r"\s+(?:discussed|debated|discutée?s?|examinée?s?|débattue?s?)\b",
    re.IGNORECASE,
)
# (case-sensitive: a clause after a semicolon starts in lower case, a sentence does not)
_GAPPED = re.compile(
    r"^\s*(?:and\s+|et\s+)?(?:the|la|le|les|l['’])\s*(?:[\w'’-]+\s+){0,3}?(?:on|about|sur)\s"
    r"(?![^.;]*\b(?:is|are|was|were|has|have|had|will|would|est|sont|a|ont)\b)",
)
_A_SHORT_TAIL = re.compile(r"[^.;]{0,40}[.;]?\s*$")
# ... or that the other side took note, in the same sentence ("...; the US side took note."; a
# sentence of its own, "Delegations took note.", closes a report that was heard)
_TOOK_NOTE = re.compile(
    r"(?:^|(?<=[.;]))\s*(?:the\s+|la\s+)?(?:[\w-]+\s+){0,2}(?:side|sides|delegations?|ministers"
    r"|experts|partie)\s+(?:took|takes|a\s+pris|ont\s+pris)\s+note\s*(?=[.;]|$)",
    re.IGNORECASE | re.MULTILINE,
)
# A lead that lists the points announced without discussion ("Three points were raised and
# taken note of without discussion: ...", "Pour information : ..."): its list is named only
_NOTED_LIST = re.compile(
    r"\b(?:without\s+(?:discussion|debate)|for\s+information|sans\s+(?:débat|discussion)"
    r"|pour\s+information)\s*:",
    re.IGNORECASE,
)
_ENTRY_SEPARATOR = re.compile(
    r",\s+(?:and\s+|et\s+)?|\s+(?:and|et)\s+(?=(?:the|la|le|les|l['’]|un|une)\s)", re.IGNORECASE
)
_ORDINALS = {
    "first": 0,
    "former": 0,
    "premier": 0,
    "second": 1,
    "deuxième": 1,
    "third": 2,
    "troisième": 2,
    "fourth": 3,
}


# The item itself given for information ("The item was given for information, without
# discussion."): what was said before it was not discussed, not a clause of its own
_THE_ITEM_FOR_INFO = re.compile(
    # ("The point was given for information, without discussion.")
    r"\s*(?:the|this)\s+(?:item|point)\s+(?:was|has\s+been)\s+(?:given|provided|presented|taken)\s+"
    r"(?:for\s+information|without)\b",
    re.IGNORECASE,
)


# Files given in brackets as examples of what a sentence speaks of ("how the future agreement
# would relate to the agreements already in force (such as PNR and TFTP)", "(e.g. the TFTP)",
# "(par exemple ...)"): named, not discussed. (An aside that says which thing it is, "(i.e.
# Directive 2006/24/EC)", stays.)
_EXAMPLES_IN_BRACKETS = re.compile(
    r"\s*\((?:such\s+as|e\.\s?g\.|eg\b|for\s+(?:example|instance)|among\s+others|like"
    r"|par\s+exemple|tels?\s+que|telles?\s+que|comme)\s[^()]*\)",
    re.IGNORECASE,
)


def _without_examples(text: str) -> str:
    return _EXAMPLES_IN_BRACKETS.sub("", text)


def _without_points_not_taken_up(text: str) -> str:
    """`text` without the points it says were not taken up: a list of points of which a later
    sentence says only one, or none, was (see _ONE_TAKEN_UP) cut down to that one; the point
    just made, when the next clause says it was not discussed or noted (_THIS_NOT_TAKEN_UP,
    _TOOK_NOTE), or a clause hung on it does (_WHICH_NOT_TAKEN_UP); a list a lead says was
    noted without discussion (_NOTED_LIST)."""
    cues = (_ONE_TAKEN_UP, _NONE_TAKEN_UP, _NOTED_LIST, _THIS_NOT_TAKEN_UP, _TOOK_NOTE)
    if not any(cue.search(text) for cue in cues) and not _WHICH_NOT_TAKEN_UP.search(text):
        return text  # most texts
    sentences = _sentences(text)
    for number, sentence in enumerate(sentences):
        if (_WHICH_NOT_TAKEN_UP.search(sentence) and not _THE_ITEM_FOR_INFO.match(sentence)) or (
            number and not sentences[number - 1] and _GAPPED.match(sentence)
        ):
            # (and the clause after a semicolon that leaves its verb out: "... gave
            # information, without discussion, on the Hive operation; the Commission on the
            # Entry/Exit System")
            sentences[number] = ""
            continue
        if (noted := _NOTED_LIST.search(sentence)) is not None:
            sentences[number] = sentence[: noted.start()]
            continue
        if number and (
            (this := _THIS_NOT_TAKEN_UP.search(sentence))
            or (_TOOK_NOTE.match(sentence) and sentences[number - 1].rstrip().endswith(";"))
        ):
            sentences[number - 1] = ""
            if this and this["bare"]:
                # "US informed about ...; COM about .... Not discussed.": the whole sentence
                # before, all its clauses
                before = number - 1
                while before and sentences[before - 1].rstrip().endswith(";"):
                    before -= 1
                    sentences[before] = ""
            if this and _A_SHORT_TAIL.match(sentence, this.end()):
                sentences[number] = ""  # "the point was not discussed.": says no more
            continue
        one = _ONE_TAKEN_UP.search(sentence)
        cue = one or _NONE_TAKEN_UP.search(sentence)
        if cue is None:
            continue
        head, _, tail = sentence[: cue.start()].rpartition(";")
        if head:  # the list is the sentence's first part: "...; neither point was discussed."
            listed, sentences[number] = head, tail + sentence[cue.start() :]
        elif number:
            listed = _points_before(sentences, number)
        else:
            continue
        if one:  # the entry taken up stays, where the list stood
            kept = _entry_taken_up(listed, (one["which"] or one["quel"]).lower())
            if head:
                sentences[number] = f"{kept}. {sentences[number]}"
            else:
                sentences[number - 1] = f"{kept}."
    return " ".join(s for s in sentences if s.strip())


def _points_before(sentences: list[str], number: int) -> str:
    """The points just made before sentence `number`, blanked where they stood: the sentence
    before it, and those before that which run on to it with a semicolon ("A informed ...; B
    mentioned ...; neither point was discussed")."""
    first = number - 1
    while first and sentences[first - 1].rstrip().endswith(";"):
        first -= 1
    listed = " ".join(sentences[first:number])
    sentences[first:number] = [""] * (number - first)
    return listed


def _entry_taken_up(listed: str, which: str) -> str:
    """The entry of a list (after its colon, if any) that "the first", "the last" ... names."""
    entries = _ENTRY_SEPARATOR.split(listed.split(":", 1)[-1])
    place = _ORDINALS.get(which, len(entries) - 1)
    return entries[place] if place < len(entries) else ""


# A clause that sends "the point" the clause before it raised to a later meeting, read with that
# clause (one that only says it was not discussed is read on its own, see _UNDISCUSSED)
_POINTER_CLAUSE = re.compile(
    # (after its reason: "...; for lack of time the point was postponed without discussion")
    rf"\s*(?:{_NO_TIME}\s*,?\s*)?"
    r"(?:the|this)\s+(?:point|matter|question|request)\s+(?:was|were)\s+(?:left|postponed"
    r"|deferred|put\s+off|referred|kept)\s+(?:for|to|until|without\s+(?:discussion|debate))\b"
    # ("...; faute de temps, le point a été reporté à la prochaine réunion")
    rf"|\s*(?:{_NO_TIME}\s*,?\s*)?(?:le|ce)\s+(?:point|sujet)\s+a\s+été\s+(?:reporté|renvoyé"
    r"|laissé)\b"
    # ... or says the question it asked stayed open ("L'Union a demandé quelles seraient les
    # conséquences de cette désignation ...; la question reste ouverte")
    r"|\s*(?:the|this|that|la|cette)\s+question\s+(?:remains|remained|stays|stayed|was\s+left"
    r"|reste|est\s+restée|demeure)\s+(?:open|unanswered|ouverte|sans\s+réponse)\b",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    """The sentences of a text, a list a colon opens kept whole across its semicolons ("It
    has five points: drugs; borders and travel; electronic evidence; ...").

    A list of bullets is one sentence only under a lead that names what a meeting will hold
    or a Presidency pursues ("the sessions to be proposed to Ministers: - a session on ...");
    under any other lead ("The exchange covered: - ...; - ...", "Follow-up: - ...") each
    bullet says something of its own, whether the bullets run on in one paragraph or stand
    one to a line.
    """
    out: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if out and _continues_list(out[-1], piece):
            out[-1] = f"{out[-1]} {piece}"
        elif out and out[-1].rstrip().endswith(";") and _POINTER_CLAUSE.match(piece):
            # (a clause that puts off "the point" the clause before it raised is read with it:
            # "Cyprus asked when it could join the Visa Waiver Program; the point was left for
            # the Ministerial meeting and not discussed")
            out[-1] = f"{out[-1].rstrip()[:-1]} {piece}"
        else:
            out.append(piece)
    return _run_in_headings_joined(out)


# A paragraph opened by a run-in heading ("Drugs. The question of synthetic drugs was not
# discussed for lack of time.", "Entraide judiciaire. Les deux parties ...") names its file
# in the sentence it heads: what that sentence says of the file (put off, only listed, not
# taken up) holds for the heading too. A piece of a few words with no verb, pronoun or
# negation is such a heading ("Delegations accepted it.", "The Presidency presented the draft
# agenda." are sentences).
_RUN_IN_HEADING = re.compile(r"^(?=[A-ZÀ-Ý])[\w'’/&-]+(?:[ \t]+[\w'’/&()-]+){0,4}\.$")
_NO_HEADING = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|did|do|does|will|would|shall|should|can|could"
    r"|may|must|not|no|nothing|none|it|they|them|this|these|he|she|we|both|all|est|sont|était"
    r"|étaient|a|ont|été|sera|seront|pas|aucun|rien|il|ils|elle|elles|on|thanked|agreed"
    # (a verb in the past, not an adjective of a file: "Organised crime.", "Armed groups.")
    r"|(?!(?:organi[sz]|relat|arm|enhanc|advanc|combin|unaccompani|coordinat|unit|integrat"
    r"|target|automat|connect|protect|displac|forc)ed\b)[a-z]+ed)\b",
    re.IGNORECASE,
)


def _run_in_headings_joined(sentences: list[str]) -> list[str]:
    out: list[str] = []
    for sentence in sentences:
        if out and _RUN_IN_HEADING.match(out[-1]) and not _NO_HEADING.search(out[-1]):
            out[-1] = f"{out[-1][:-1]}: {sentence}"
        else:
            out.append(sentence)
    return out


_NAMES_LEAD = re.compile(
    r"\b(?:agenda|sessions?|priorities|programme|lines\s+of\s+work|ordre\s+du\s+jour|séances?"
    r"|priorités|points\s+(?:discussed|examined|covered|raised|examinés|abordés))\b",
    re.IGNORECASE,
)


def _continues_list(before: str, piece: str) -> bool:
    if not _BULLET.match(piece):
        return before.endswith(";") and ":" in before
    opened = before.endswith(":") or (before.endswith(";") and ":" in before)
    return opened and _NAMES_LEAD.search(before.split(":", 1)[0]) is not None


# A relative clause hung on a sentence ("..., whose agenda will also cover the TFTP, data
# protection and visas") can list topics the sentence itself does not discuss.
# (", while the EU described ..." is a second clause with its own subject: it discusses.)
_CLAUSE = re.compile(
    r",\s+(?=(?:whose|which|where|alongside|as\s+well\s+as)\b"
    r"|while\b(?!\s+(?:the|its|their|both|each|several|many|some|most|all|[A-Z])\b))"
    # ... or what else its agents do ("wildlife trafficking by groups that also move drugs")
    r"|\s+(?=(?:that|who|which)\s+also\b)"
)
# ... and so can such a clause inside a sentence, up to its comma ("the smuggling networks,
# which are also active in drug trafficking, now buy boats", "qui sont aussi actifs dans")
_ALSO_CLAUSE = re.compile(
    # (also after a verb, "which would also apply to transfers under the PNR and TFTP
    # agreements", "qui s'appliquerait aussi", or after a noun in apposition, ", tools that
    # are also rented out to distribute child abuse material,")
    r",\s+(?:[a-z-]+\s+){0,2}?(?:that|who|which|qui)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:also|aussi|également)\b[^,;]*,"
    # ... or, with no comma after it, what else the actors do, to the end of the clause ("des
    # réseaux qui recourent parfois aussi à des rançongiciels contre les hôpitaux.", "networks
    # which often also trade in drugs"; not a rule's reach: "qui s'appliquent aussi aux
    # transferts ultérieurs")
    r"|\b(?:réseaux|groupes|gangs?|cartels?|clans?|networks?|groups?|criminels|criminals"
    r"|trafiquants|traffickers|smugglers|passeurs|vendors?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:that|who|which|qui)\s+(?:[\w'’-]+\s+){0,3}?(?:also|aussi|également)\b[^,;]*"
    # ("le département ..., dont les compétences couvrent aussi l'exploitation sexuelle des
    # enfants en ligne, ainsi que ...", ", whose remit also covers child abuse online,")
    r"|,\s+(?:dont|whose)\s+(?:[\w'’-]+\s+){1,3}?(?:also|aussi|également)\b[^,;]*(?:,|[.;]?\s*$)"
    # (or some of them: "criminal groups that move precursors, some of them also active in
    # money laundering"; "dont certains sont aussi actifs" is the clause above)
    r"|,\s+(?:some|many|most|several|one|two|a\s+few)\s+of\s+(?:them|which|whom)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:also|aussi|également)\b[^,;]*(?:,|[.;]?\s*$)"
    # (or with no commas around it: "against a ransomware group that had also used
    # crypto-assets to launder its takings, coordinated by EC3")
    r"|\s(?:that|who|which)\s+(?:had|has|have)\s+also\s+(?:used|laundered|been\s+used)\b[^,;]*"
    # ... or what else its agents trade in, with no comma ("moved by organised networks that
    # also traffic drugs and weapons")
    r"|\s(?:that|who|which)\s+also\s+(?:traffic|smuggle|sell|move|deal|trade|run|launder|traffick)"
    r"\w*\b[^,;]*"
    # ... or what else they are said to do ("some of the same groups were also suspected of
    # migrant smuggling")
    r"|\b(?:groups?|networks?|gangs?|cartels?|clans?|organi[sz]ations?|vendors?|traffickers|smugglers"
    r"|réseaux|groupes)\s+(?:were|are|was|is|sont|étaient)\s+(?:also|aussi|également)\s+"
    r"(?:suspected\s+of|involved\s+in|active\s+in|engaged\s+in|linked\s+to|soupçonnée?s?\s+d"
    r"|impliquée?s?\s+dans|actifs?\s+dans)[^,;]*"
    # ... or what else uses it ("routes also used by migrant smugglers")
    r"|\s+also\s+(?:used|exploited|employed|taken)\s+by\b[^,;]*"
    # ... or what a text to come would also cover, with no comma ("a communication was expected
    # in June that would also cover data protection and police cooperation")
    r"|\s(?:that|which)\s+(?:would|will|should|could)\s+also\s+(?:cover|include|address|deal\s+with"
    r"|apply\s+to)\b[^,;]*"
    # ... or what a sentence goes briefly over before what it dwells on ("went briefly over
    # fighters, passenger data and terrorist financing, and then concentrated on returnees",
    # "touched on ETIAS ... before taking up visa reciprocity")
    r"|\b(?:went\s+(?:briefly\s+)?over|touched\s+(?:briefly\s+)?(?:up)?on|ran\s+(?:briefly\s+)?"
    r"through)\s[^.;]*?(?=,?\s+(?:and\s+)?(?:then\s+)?(?:concentrated|focused|dwelt)\s+on\b"
    r"|\s+before\s+(?:taking\s+up|turning\s+to|concentrating\s+on|focusing\s+on)\b)"
    # ... or one example set between commas (", for instance the grooming of children,"), or
    # the cases it includes (", including in cases of terrorist financing,")
    r"|,\s+(?:for\s+example|for\s+instance|par\s+exemple|e\.g\.)\s[^,;]*,"
    r"|,\s+(?:including|notamment|y\s+compris)\s+(?:in\s+cases?\s+(?:of|involving)|dans\s+des"
    r"\s+(?:cas|affaires)\s+de)\b[^,;]*(?:,|[.;]?\s*$)"
    # ... or what a sentence's groups do with their profits, in French ("des bandes de motards
    # qui blanchissent leurs profits dans l'immobilier", "..., qui blanchissent leurs profits";
    # a platform's laundering is its crime: "une plateforme qui blanchissait les rançons")
    r"|\b(?:bandes|groupes|réseaux|gangs|cartels|clans)\s+(?:[\w'’-]+\s+){0,3}?qui\s+(?:\w+\s+)?"
    r"blanchi\w*\b[^,;]*"
    r"|,\s+qui\s+(?:\w+\s+)?blanchi\w*\b[^,;]*|\bet\s+qui\s+(?:\w+\s+)?blanchi\w*\b[^,;]*"
    # ... or what the groups do with their money, or what else they are in ("groups which
    # launder part of their proceeds through real estate", "groups also involved in drug
    # trafficking", "vendors, several of whom also sell drugs.")
    r"|\s(?:that|who|which)\s+(?:\w+\s+){0,2}?launder(?:s|ed)?\b[^,;]*"
    # ... or what an attacker had been refused ("killed by a man who had been refused asylum")
    r"|\s(?:who|whose\s+\w+(?:\s+\w+)?)\s+(?:had|has)\s+been\s+(?:refused|denied|rejected)\b[^,;]*"
    # ... or how the attacker had come ("an Afghan national who had come to Germany as an
    # asylum seeker drove a car into ...", "qui était arrivé en France comme réfugié")
    r"|\s(?:who|qui)\s+(?:had\s+|has\s+|était\s+|est\s+)?(?:come|arrived|entered|venue?|arrivée?)"
    r"\s+[^,;]{0,60}?\b(?:as\s+an?|comme|en\s+tant\s+que)\s+(?:asylum\s+seeker|refugee|migrant"
    r"|demandeur\s+d['’]asile|réfugiée?)\b[^,;]*"
    # ... or where else the thing turns up, as an aside ("weapons found in several Member
    # States, also with right-wing extremists.")
    r"|,\s+(?:also|aussi)\s+(?:with|among|in\s+the\s+hands\s+of|chez|parmi)\s[^,;]*(?:,|[.;]?\s*$)"
    r"|\b(?:groups?|networks?|gangs?|organisations?|cartels?|clans?|vendors?"
    r"|sellers?)\s+(?:\w+\s+)?"
    r"also\s+(?:involved|active|engaged)\s+in\b[^,;]*"
    # ("Both sides noted that such groups also spread disinformation.")
    r"|\b(?:such|these|those|the\s+same)\s+(?:groups|networks|gangs|organisations|cartels|actors)\s+"
    r"also\s+(?:spread|sell|run|use|traffic|smuggle|launder|finance|recruit)\b[^,;]*"
    # ... or the safeguards it is bound by ("a partnership on the exchange of biometric data,
    # subject to the Umbrella Agreement's safeguards")
    r"|,\s+subject\s+to\s+(?:the\s+)?[^,;]{1,80}?\b(?:safeguards|guarantees|rules|conditions"
    r"|protections)\b[^,;]*"
    # ... or the remit of a body, to the sentence's end ("the European Cybercrime Centre, qui
    # traite de la fraude ..., de l'exploitation sexuelle des enfants en ligne et des attaques
    # ...", ", which deals with payment fraud, child abuse online and intrusions")
    r"|,\s+(?:which|that|qui)\s+(?:deals?\s+with|handles?|is\s+responsible\s+for"
    r"|traite\s+de|s['’]occupe\s+de|est\s+chargée?\s+de)\b[^;]*$"
    # ... or named as its remit ("dont les premiers domaines d'action seront la fraude en
    # ligne, l'exploitation sexuelle des enfants ...", ", whose first fields of work are ...")
    r"|(?:,|\s+(?:et|and))\s+(?:dont\s+(?:les?\s+|la\s+)?(?:premiers?\s+"
    r"|principaux\s+)?(?:domaines?|champs?|mandat|missions?|priorités)"
    r"|whose\s+(?:first\s+|main\s+)?(?:remit|mandate|fields?|areas?|priorities))\b[^;]*$"
    # (or its focus: "a European Cybercrime Centre to be set up within Europol, with a focus on
    # online fraud, attacks on critical systems and the sexual exploitation of children")
    r"|\b(?:centre|center|unit|agency|office|taskforce|task\s+force|network|hub|platform)\b[^,;.]{0,80}?,"
    r"\s+with\s+(?:a|an|its|their)\s+(?:particular\s+|special\s+|initial\s+)?(?:focus|emphasis)\s+on\b[^;]*$"
    # (or after it, as a clause of its own: "the Joint Cybercrime Action Taskforce, which the
    # FBI has joined; its targets include malware developers, payment card fraud and ...")
    r"|(?:^|[;,])\s*(?:its|their|ses|leurs)\s+(?:first\s+|main\s+|premières\s+|principales\s+)?(?:targets"
    r"|priorities|tasks|remit|fields\s+of\s+work|areas\s+of\s+work|cibles|missions|priorités)\s+"
    r"(?:include|includes|included|cover|covers|covered|range\s+from|comprennent|incluent"
    r"|couvrent)\b[^;]*$"
    # ... or what a process, a review or a body is to look at ("The process would look at (i)
    # direct cooperation with service providers, ... and (iii) the role of MLA", "the next
    # joint review would look at the masking of data", "The centre will focus on ...")
    r"|\b(?:process|(?:working\s+)?group|review|centre|center|task\s*force|exercise|study)\s+"
    r"(?:would|will|is\s+to|was\s+to)\s+(?:also\s+)?(?:look\s+at|examine|cover|address|focus\s+on"
    r"|deal\s+with)\b[^;]*$"
    # ... or what a clause set between commas says of someone or something named ("The
    # Munich attacker, whose asylum application had been rejected, had no links"; "The
    # incoming Danish Presidency, whose programme puts migration first, will host ...")
    r"|,\s+whose\b[^,;]*,"
    # ... or what they had discussed elsewhere before ("Ministers, who had discussed the Pact on
    # Migration and Asylum at the Council the day before, welcomed ...")
    r"|,\s+(?:who|which|qui)\s+(?:had|avaient|avait)\s+(?:already\s+|déjà\s+)?(?:discussed|debated"
    r"|examined|adopted|addressed|taken\s+up|débattu|discuté|examiné|adopté)\b[^,;]*,"
    # ... or the range a clause says something spans ("their support, which ranges from joint
    # investigation teams on cybercrime to training on environmental crime")
    r"|,\s+(?:which|that|qui)\s+(?:ranges?|runs?|goes|extends?|spans?|va|vont|s['’]étend(?:ent)?)"
    r"\s+(?:from|de|du|des)\b[^;]*$"
    # ... wherever a range is said ("whose agenda is likely to range from cocaine routes to the
    # exchange of personal data", "whose contents range from relocation to returns")
    r"|\b(?:ranges?|ranged|ranging|spans?|spanning)\s+from\s+[^,;]{1,100}?\s+to\s+[^,;]*"
    # ... or a cross-reference in brackets ("(see also item 1 on the retention of PNR data)")
    r"|\(\s*(?:see|cf\.?|voir)\b[^)]*\)"
    # ... or what something is measured against ("compared the time limits with those of its
    # extradition treaty", "avec ceux des procédures d'extradition vers les États-Unis")
    r"|\s(?:with|to|avec|à)\s+(?:those|that|ceux|celles?|celui)\s+(?:of|de|du|des|d['’])[^,;]*"
    # ... or the event on whose margins a meeting took place ("En marge du sommet pour l'action
    # sur l'intelligence artificielle, les délégations ...", "on the sidelines of the G7")
    r"|(?:^|,)\s*(?:en\s+marge\s+d(?:u|e\s+la|es|e\s+l['’]|['’])|on\s+the\s+(?:margins?|sidelines?)"
    r"\s+of)\s*[^,;]*(?:,|[.;]?\s*$)"
    # ... or what the sentence's subject is compared with (", as had been the case with the
    # TFTP in the previous item,", "Unlike the interim TFTP Agreement, the PNR Agreement ...")
    # (put first too: "As had been the case for the TFTP, the Umbrella Agreement provides for
    # a joint review", "À la différence de l'accord PNR, ledit bouclier repose sur ...")
    r"|(?:^|,)\s*as\s+(?:had\s+been|has\s+been|was|is|were|are)\s+the\s+case\s+(?:with|for|in)\b[^,;]*,"
    r"|(?:^|,)\s*(?:unlike|as\s+with|contrairement\s+(?:à|au|aux)|comme\s+pour"
    r"|in\s+contrast\s+(?:to|with)|par\s+opposition\s+à)\s[^,;]*,"
    r"|(?:^|,)\s*(?:à\s+la\s+différence|comme\s+dans\s+le\s+cas)\s+d(?:e\s|u\s|es\s|['’])[^,;]*,"
    # ... or the kinds it may take, set between commas ("each future instrument, whether on
    # PNR, on financial data or on other exchanges, would be easier")
    r"|,\s+whether\s+(?:on|in|for|about|by|through)\s[^;]*?\bor\b[^,;]*,"
    # ... or what some of them do (", several of which have chapters in Europe and launder
    # their profits through legitimate businesses,", ", dont plusieurs blanchissent ...,")
    r"|,\s+(?:(?:several|some|many|most|all|one|each|both|none|two|three)\s+of\s+(?:which|whom)"
    r"|dont\s+(?:plusieurs|certain(?:e)?s|beaucoup|la\s+plupart))\b[^,;]*(?:,|[.;]?\s*$)"
    # ... or what a point is made without prejudice to, or pending, or apart from (", without
    # prejudice to the interim PNR agreement under negotiation", "pending the outcome of the
    # trilogues", "Apart from these two situations,", "sans préjudice de", "dans l'attente de")
    r"|(?:^|,)\s*(?:without\s+prejudice\s+to|pending|apart\s+from|other\s+than"
    r"|sans\s+préjudice\s+(?:de|du|des|d['’])|dans\s+l['’]attente\s+(?:de|du|des|d['’])"
    r"|en\s+dehors\s+(?:de|du|des|d['’]))\s[^,;]*(?:,|$)"
    # ... or examples set between dashes ("each new file - PNR, the financial messaging data,
    # the exchange of information with Europol - reopened the same questions")
    r"|\s[-–—]\s[^-–—.;]*,[^-–—.;]*\s[-–—]\s"
    # ... or the list of subjects a text covers (", which covers security governance,
    # information exchange, organised crime, terrorism and critical infrastructure")
    r"|,\s+(?:which|that|qui)\s+(?:covers?|includes?|addresses|spans?|couvre(?:nt)?"
    r"|comprend|porte\s+sur)\s[^;]*,[^;]*\b(?:and|or|et|ou)\b[^;]*$",
    re.IGNORECASE,
)
# ... and so can the examples a sentence ends on, when they are several ("cases listed one by
# one, such as the search for victims of trafficking or an imminent terrorist threat", "tels
# que ..."): examples of what the sentence discusses
_EXAMPLES = re.compile(
    r",?\s+(?:such\s+as|for\s+example|for\s+instance|e\.g\.|tels?\s+que|telles?\s+que"
    r"|par\s+exemple|notamment\s+par\s+exemple|among\s+them|among\s+which|parmi\s+lesquel(?:le)?s)"
    r"\s+(?=[^.;]*(?:,|\band\b|\bor\b|\bet\b|\bou\b))"
    r"[^.;]*[.;]?\s*$"
    # ... or the one example "among them" introduces ("research on new technologies, among
    # them artificial intelligence tools for large data sets")
    r"|,\s+(?:first\s+|chief\s+|foremost\s+)?(?:among\s+them|among\s+which"
    r"|parmi\s+(?:eux|elles|lesquel(?:le)?s))\s+[^.;]*[.;]?\s*$"
    # ... or the one of several things it singles out ("reported on its four expert groups,
    # including the one on child sexual abuse online", "dont celui consacré aux ...")
    # (or the ones: "agreements already under way, including those on PNR and financial
    # messaging data")
    r"|,\s+(?:including|notably|dont|notamment)\s+(?:the\s+ones?|those|celui|celle|ceux|celles)"
    r"\s+(?:on|about"
    r"|dealing\s+with|sur|consacrée?\s+(?:à|aux?))\s+[^.;,]*[.;]?\s*$"
    # ... or the one case "for example" gives, as the sentence's last clause ("to produce fake
    # evidence, for example in sextortion cases where ...")
    # (or "such as" it: "build on the existing agreements, such as the PNR Agreement of 2007")
    r"|,\s+(?:for\s+example|for\s+instance|par\s+exemple|such\s+as|tels?\s+que|telles?\s+que)"
    r"\s+[^.;,]*[.;]?\s*$"
    # ... or the one case "such as those" points to ("campaigns such as those that followed
    # the annexation of Crimea", "des campagnes comme celles qui ont suivi")
    r"|\b(?:such\s+as|like|comme|tels?\s+que|telles?\s+que)\s+(?:those|that|celles?|ceux|celui)\s+"
    r"(?:that|which|who|of|qui|que|de|du|des)\b[^.;,]*[.;]?\s*$"
    # ("cases in which PNR had led to an arrest, including, as an example, a case of
    # trafficking in human beings", "dont, à titre d'exemple, une affaire de ...")
    r"|,\s+(?:including|dont|y\s+compris)?\s*,?\s*(?:as\s+an?\s+example|à\s+titre\s+d['’]exemple)"
    r"\s*,\s+[^.;]*[.;]?\s*$"
    # ... or the one example a sentence ends on, "among them" after it ("the arrangements
    # already in place, the 2007 PNR Agreement among them")
    r"|,\s+[^,;.]{1,80}?\s+(?:among\s+them|among\s+others|parmi\s+d['’]autres)\s*[.;]?\s*$"
    # ... or the cases a rule allows, listed in brackets ("only for a closed list of purposes
    # (search for victims, prevention of a specific terrorist threat, suspects of serious
    # crimes)")
    # ... or the cases in which a tool gave leads ("the Agreement, which had produced leads
    # in cases of drug importation and child exploitation")
    r"|\b(?:leads?|results?|hits?|matches)\s+in\s+(?:cases|investigations)\s+(?:of|into)\s"
    r"[^.;,]*[.;]?\s*(?=,|$)"
    r"|\b(?:purposes|cases|exceptions|grounds|situations|circumstances|finalités|cas)"
    r"\s+\([^()]*,[^()]*\)",
    re.IGNORECASE,
)
# ... and so can a phrase that gives the setting ("in the context of the war", "against the
# background of rising drug seizures"): it says where the sentence stands, not what it discusses.
_SETTING = re.compile(rf",?\s+(?={SETTING_WORDS})", re.IGNORECASE)
# ... and a sentence that only says where the discussion stood is all setting ("The
# discussion took place in the context of the AI Action Summit to be held in Paris")
_SETTING_SENTENCE = re.compile(
    r"^\s*(?:the|this|that|la|le|ce|cette)\s+(?:discussion|exchanges?|debate|item|point|meeting"
    r"|session|débat|échanges?|réunion|séance)\s+(?:took\s+place|was\s+held|a\s+eu\s+lieu"
    rf"|s['’]est\s+(?:tenue?|déroulée?))\s*,?\s*(?:{SETTING_WORDS}"
    # ... or when it stood ("La réunion s'est tenue moins d'un mois après le début de
    # l'agression militaire de la Russie contre l'Ukraine", "The meeting took place two days
    # after the death of Osama bin Laden")
    r"|(?:[^.;,]{0,40}?\s)?(?:after|before|following|après|avant|au\s+lendemain\s+d|à\s+la\s+veille"
    r"\s+d)\b)",
    re.IGNORECASE,
)
# ... and the same setting put before the sentence, up to its comma
# (or what it recalls first: "Recalling that the benchmarks set for visa liberalisation must
# still be met, the EU side expressed concern about ...")
# (with a relative clause on the setting itself: "Dans le contexte de la guerre menée par la
# Russie contre l'Ukraine, qui accroît le risque de détournement d'armes, les experts ...")
_FRONTED_SETTING = re.compile(
    rf"\s*(?:{SETTING_WORDS}|recalling\b|en\s+rappelant\b|rappelant\b)[^,;]*,"
    r"(?:\s*(?:qui|dont|où|which|that|whose|where)\b[^,;]*,)?",
    re.IGNORECASE,
)


# Who led or made up a delegation, set between commas, names who came, not what was discussed
# ("The US delegation, led by officials of the FBI's Counterterrorism Division, said ...")
_LED_BY = re.compile(
    r",\s+(?:led|headed|composed|made\s+up|accompanied|conduite?s?|composée?s?)\s+(?:by|of|par"
    r"|de)\s+"
    r"[^,;.]{1,160},",
    re.IGNORECASE,
)


# A side's own wish for that agenda, answering one just named in passing ("The US side would
# like it to include synthetic drugs; the Presidency suggested the war and migration"): a
# bare object, not a proposal "that" or "to" do something
_ECHOED_WISH = re.compile(
    r"^(?:the\s+|both\s+)?(?:[\w-]+\s+){0,3}?(?:side|sides|presidency|commission|delegations?"
    r"|member\s+states|eeas|us|eu)\s+(?:for\s+(?:its|their)\s+part\s+)?(?:(?:suggested|proposed"
    r"|preferred|added)\s+(?!(?:that|to|a|an|holding)\b)"
    # ... or its wish to add a point to it ("preferred a shorter list and wished to add child
    # sexual abuse online")
    r"|(?:[^.;]{0,60}?\band\s+)?(?:wished|wanted|asked|sought|proposed|suggested|would\s+like)"
    r"\s+to\s+(?:add|include)\b)",
    re.IGNORECASE,
)


def text_evidence(text: str, taxonomy: Taxonomy, scope: Scope = NO_SCOPE) -> dict[str, Evidence]:
    """topic id -> Evidence, sentence by sentence; a sentence naming many topics lists them.

    A sentence that lists topics as a whole may still discuss one in its main clause, the
    list standing in a clause hung on it: that main clause then counts.
    """
    out: dict[str, Evidence] = {}
    previous, previous_said, presenting, passing_lead = "", "", False, False
    sentences = [part for sentence in _sentences(text) for part in _question_apart(sentence)]
    listed_before = _listed_before_a_selection(sentences)
    for number, whole in enumerate(sentences):
        sentence = _LED_BY.sub(",", _discussed_part(whole))
        if not sentence:
            continue  # "Visa reciprocity was not raised.": what was not discussed
        found = _names_as_mentions(sentence, _hits(sentence, taxonomy, scope), taxonomy)
        found = _in_context(found, whole, taxonomy)
        chair = [h for h in found if _the_chair_in_office(h[0], h[2], taxonomy, scope)]
        if chair:
            # "The Danish Presidency, which had taken over on 1 July, recalled that its
            # programme ...": the semester's priorities, no incoming Presidency's (the
            # sentence is read for it only where a phrase names the chair: most name none)
            found = [h for h in found if h not in chair]
        if _THEIR_PRIORITIES.search(sentence) and not _exclusive(found, taxonomy):
            # "Among its priorities it named ...": whose priorities the sentence before says
            # ("The Lithuanian Presidency informed delegations that it would host ...")
            # (not the Presidency in office: its semester's priorities)
            found += [
                h
                for h in _exclusive(_hits(f"{previous} {sentence}", taxonomy, scope), taxonomy)
                if not _the_chair_in_office(h[0], h[2], taxonomy, scope)
            ]
        goes_on = presenting and _GOES_ON.match(sentence) is not None
        if goes_on:
            # "It will host a conference on border management.": the programme goes on
            found = _exclusive(found, taxonomy)
        previous = sentence
        hits = _exclusive_or_others(found, sentence, taxonomy)
        presenting = goes_on or bool(_exclusive(hits, taxonomy))
        if _is_enumeration(hits, sentence) and not _a_discussed_list(sentence, hits):
            # "priorities: migration, counter-terrorism and data protection"
            hits = _hits_outside_lists(sentence, taxonomy, scope, chair)
        elif number < listed_before:
            # "The US presented, one after the other, ... Only the electronic devices were
            # discussed at any length.": what came before the selection was only listed
            for topic, _key, _phrase, method in hits:
                found = out.setdefault(topic, Evidence())
                found.setting += MENTION_WEIGHT if method == "mention" else ALIAS_WEIGHT
            hits = []
        elif (lead := _lead_of_a_long_list(sentence, hits)) is not None:
            # "the exchanges under Part Three: DNA profiles, fingerprints, passenger name
            # records, criminal records and mutual legal assistance": named, not discussed
            # (the incoming Presidency whose priorities the sentence presents stays, when notes
            # name it before a colon: "Incoming Estonian Presidency: presented its priorities
            # ..., among them interoperability and e-evidence")
            named = _unchaired(lead, taxonomy, scope, chair)
            presented = [h for h in _exclusive(hits, taxonomy) if h in _exclusive(named, taxonomy)]
            hits = _exclusive_or_others(named, lead, taxonomy)
            if _IN_PASSING.search(lead):
                hits = []  # "recalled the priorities of the Presidency: ...": named in passing
            elif _THEIR_PRIORITIES.search(lead):
                # "presented its priorities in the field of judicial cooperation in criminal
                # matters: ...": the field is the programme's, as the list is
                hits = _exclusive(hits, taxonomy)
            else:
                hits += [h for h in presented if h not in hits]
        else:
            labels = (
                hits
                if _IN_PASSING.search(sentence)
                or (len(sentences) > 1 and _HANDED_ROUND.search(sentence))
                or (_IN_PASSING.search(previous_said) and _ECHOED_WISH.match(sentence))
                or (passing_lead and _BULLET.match(sentence))
                or _a_chairs_programme(sentence, previous_said, hits, taxonomy)
                or _who_attended(sentence)
                else [h for h in hits if h not in _exclusive(hits, taxonomy)]
                if _PRIORITIES_LISTED.search(sentence)
                else _labels(sentence, hits)
                + _prerequisites(sentence, hits, taxonomy, scope)
                + _channels(sentence, hits)
            )
            hits = [h for h in hits if h not in labels]
            hits, setting = _main_clause_topics(sentence, hits, taxonomy, scope)
            setting += labels
            for topic, _key, _phrase, method in setting:
                found = out.setdefault(topic, Evidence())
                found.setting += MENTION_WEIGHT if method == "mention" else ALIAS_WEIGHT
        for topic, key, phrase, method in hits:
            found = out.setdefault(topic, Evidence())
            found.score += MENTION_WEIGHT if method == "mention" else ALIAS_WEIGHT
            found.hits += 1
            found.sentences.add(number)
            found.keys_in.setdefault(number, set()).add(key)
            found.only_mentions = found.only_mentions and method == "mention"
            found.counts[key] = found.counts.get(key, 0) + 1
            if found.counts[key] > found.counts.get(found.key, 0) or not found.key:
                found.key, found.phrase, found.method = key, phrase, method
        # a lead that names its list in passing ("recalled the main results of the
        # Ministerial:") does so for each of the bullets that follow it
        passing_lead = (passing_lead and _BULLET.match(sentence) is not None) or (
            sentence.rstrip().endswith(":") and _IN_PASSING.search(sentence) is not None
        )
        previous_said = sentence
    return out


_BULLET = re.compile(r"\s*(?:[-–•*]|\(?[a-z0-9]{1,3}\))\s")

# A sentence that says which of the files just listed were discussed ("Only the electronic
# devices were discussed at any length.", "Two of these were discussed.", "It spent most of
# its time on elections.", "Deux d'entre eux ont été examinés.", "Ils se sont attardés sur
# les rançongiciels"): the sentences before it only listed them
_SELECTION = re.compile(
    # (not one named by its place in the list, "Only the last point was discussed", which
    # leaves that entry standing; nor "most of the discussion was on", which leaves the rest
    # discussed too)
    r"^\s*(?:only\s+(?!(?:the\s+)?(?:first|second|third|last|latter|former)\b)(?:the\s+|one\s+|two\s+)?"
    r"[^.;:]{0,100}?\s+(?:was|were)\s+(?:discussed|taken\s+up"
    r"|examined|debated)\b"
    r"|(?:one|two|three|four|both|none|neither)\s+of\s+(?:these|them|those|the\s+\w+)\s+(?:was|were)\s+"
    r"(?:discussed|taken\s+up|examined|debated)\b"
    r"|(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:spent|devoted)\s+most\s+of\s+(?:its|their|the)\s+time"
    r"\s+(?:on|to)\b"
    r"|(?:seul(?:e|s|es)?\s+)?(?:deux|trois|un|une|l['’]une?)\s+d['’]entre\s+(?:eux|elles)\s+(?:a|ont)\s+"
    r"été\s+(?:examiné|discuté|abordé|débattu)e?s?"
    r"|(?:ils|elles|il|elle)\s+se\s+sont\s+attardée?s?\s+sur"
    r"|(?:il|elle)\s+s['’]est\s+attardée?\s+sur)",
    re.IGNORECASE,
)


def _listed_before_a_selection(sentences: list[str]) -> int:
    """How many sentences open the text as a list that a selection after them narrows (0 when
    no sentence selects)."""
    return next((n for n, sentence in enumerate(sentences) if _SELECTION.match(sentence)), 0)


# A question the subject goes on to ask after saying something ("The US described the
# resettlement of refugees ..., and asked whether Member States could take more of them"):
# what the question names is only asked about, what the clause before it says stands
_QUESTION_AFTER = re.compile(
    r",\s+(?:and|et)\s+(?=(?:(?:the|les|la|le|l['’])\s*)?(?:[\w'’-]+\s+){0,3}?(?:then\s+|also\s+)?"
    rf"{_ASKER_FR}\s+(?:whether|if|si)\b)",
    re.IGNORECASE,
)


def _question_apart(sentence: str) -> list[str]:
    """The sentence, or its statement and the question coordinated after it, each read alone;
    and what a discussion kept to apart from what it left aside before it (_STAYED_ON)."""
    parts = _QUESTION_AFTER.split(sentence, maxsplit=1)
    return [piece for part in parts if part.strip() for piece in _kept_to_apart(part)]


_STAYED_ON_RE = re.compile(_STAYED_ON, re.IGNORECASE)


def _kept_to_apart(part: str) -> list[str]:
    """("X, but the exchange focused on Y": X named in passing, Y discussed.)"""
    stayed = _STAYED_ON_RE.search(part)
    if stayed is None or not part[stayed.end() :].strip():
        return [part]
    return [part[: stayed.end()], part[stayed.end() :]]


def _in_context(hits: Hits, sentence: str, taxonomy: Taxonomy) -> Hits:
    """The hits less the words a topic's `context` keeps for sentences that say why they are
    its ("the presidential election of November" as a date is no electoral resilience)."""
    contexts = {h: c for h in hits if (c := taxonomy._by_id[h[0]].context) and c.needs(h[1])}
    if not contexts:
        return hits  # most sentences: the sentence is not normalised again
    norm = normalise(sentence)
    return [hit for hit in hits if hit not in contexts or contexts[hit].found_in(norm)]


# Who chaired, led or attended a meeting: the bodies it names are there as participants ("The
# meeting was chaired jointly by the Assistant Secretary for Population, Refugees, and
# Migration and the Directorate-General for Migration and Home Affairs", "Le dialogue était
# coprésidé par le coordonnateur pour la lutte contre le terrorisme ..., en présence de
# l'Observatoire européen des drogues et des toxicomanies"), unless the sentence also says
# what was discussed ("..., who presented the state of the PNR negotiations")
_ATTENDANCE = re.compile(
    r"\b(?:was|were|is|are)\s+(?:jointly\s+|also\s+)?(?:chaired|co-?chaired|led|headed|attended"
    r"|represented|opened)\s+(?:jointly\s+)?by\b"
    r"|\b(?:était|étaient|a\s+été|ont\s+été)\s+(?:co)?présidée?s?\s+(?:conjointement\s+)?par\b"
    r"|\ben\s+présence\s+d|\b(?:attended|took\s+part)\b(?!\s+(?:to|in\s+the\s+discussion))"
    r"|\b(?:y\s+)?(?:participaient|ont\s+participé|a\s+participé)\b"
    r"|\bdelegations?\s+(?:(?:was|were)\s+(?:led|headed|composed|made\s+up)|comprised|included"
    r"|consisted)\b"
    r"|\bdélégations?\b(?:\s+[\w'’-]+){0,3}?\s+(?:comprenai(?:t|ent)|(?:était|étaient)\s+"
    r"(?:conduite?s?|menée?s?|dirigée?s?|composée?s?))\b",
    re.IGNORECASE,
)
_SAYS_WHAT_WAS_DISCUSSED = re.compile(
    r"\b(?:presented|discussed|described|explained|reported|agreed|welcomed|stressed|noted"
    r"|informed|outlined|raised|asked|proposed|announced|expressed|focused|focusing|briefed"
    r"|présentée?s?|décrit|exposé|discuté|souligné|convenu|informé|annoncé|porté\s+sur)\b",
    re.IGNORECASE,
)


def _who_attended(sentence: str) -> bool:
    """Whether the sentence only says who chaired, led or attended the meeting."""
    return (
        _ATTENDANCE.search(sentence) is not None
        and _SAYS_WHAT_WAS_DISCUSSED.search(sentence) is None
    )


# A list the meeting itself discussed: its participants as the subject, a verb of discussion
# and the list as its object ("The two sides reviewed PNR, the TFTP and the data protection
# agreement"): each entry was discussed. A list that names the parts of something else (an
# agenda, priorities, sessions, a statement) stays a list.
_DISCUSSED_LIST = re.compile(
    r"^(?:(?:the|both|les)\s+)?(?:two\s+|deux\s+)?(?:sides|parties|participants|delegations"
    r"|senior\s+officials|ministers|co-?chairs|eu\s+and\s+(?:the\s+)?us|délégations|ministres)"
    r"\s+(?:also\s+|then\s+|briefly\s+)?(?:discussed|reviewed|welcomed|took\s+stock\s+of"
    r"|exchanged\s+views"
    r"\s+on|exchanged\s+information\s+on|examined|debated|addressed|went\s+through"
    # ("Les deux parties ont discuté du risque de détournement d'armes ..., ainsi que de la
    # situation des personnes déplacées")
    r"|ont\s+(?:examiné|abordé|passé\s+en\s+revue|discuté\s+(?:de|du|des|d['’])"
    r"|fait\s+le\s+point\s+sur|échangé\s+(?:des\s+vues\s+)?sur))(?:\s+|(?<=['’]))",
    re.IGNORECASE,
)
# (the list must follow the verb: "discussed how generative AI lowers the threshold for ...",
# "went through the outline of the joint statement, which would record ..." list nothing)
DISCUSSED_LIST_LEAD_WORDS = 3
# ... what was reviewed of them ("the state of play of", "progress on") leads nothing away
_STATE_OF_PLAY = re.compile(
    r"^(?:the\s+)?(?:(?:latest\s+)?developments|state\s+of\s+play|progress|implementation|findings"
    r"|follow-up|l['’]état\s+d['’]avancement|la\s+mise\s+en\s+œuvre)\s+(?:of|on|in|with|des|de"
    r"|du)\s+",
    re.IGNORECASE,
)
_HOW = re.compile(r"(?:how|whether|what|why|ways|comment|si)\b", re.IGNORECASE)


def _a_discussed_list(sentence: str, hits: Hits) -> bool:
    """Whether the sentence's list is the object of the meeting's own verb of discussion."""
    verb = _DISCUSSED_LIST.match(sentence)
    if verb is None:
        return False
    rest = _STATE_OF_PLAY.sub("", sentence[verb.end() :], count=1)
    if _HOW.match(rest):
        return False  # "discussed how generative AI lowers the threshold": one question
    words = normalise(rest).split()
    first = min(
        (start for _, _, phrase, _ in hits for start in _starts(words, phrase.split())),
        default=len(words),
    )
    return first <= DISCUSSED_LIST_LEAD_WORDS


def _hits_outside_lists(
    sentence: str, taxonomy: Taxonomy, scope: Scope, chair: Hits
) -> list[tuple[str, str, str, str]]:
    """The hits of the main clause of a listing sentence, when the list is in a clause hung
    on it; the clauses hung on it (a list, or the setting: "which have grown since Russia's
    war began") count for none."""
    clauses = _CLAUSE.split(sentence, maxsplit=1)
    if len(clauses) < 2:
        return []
    main = clauses[0]
    hits = _exclusive_or_others(_unchaired(main, taxonomy, scope, chair), main, taxonomy)
    return [] if _is_enumeration(hits, main) else hits


def _unchaired(part: str, taxonomy: Taxonomy, scope: Scope, chair: Hits) -> Hits:
    """The hits of part of a sentence read again, less the sentence's hits that name the
    Presidency in office (its semester's programme, never the incoming Presidency's)."""
    return [h for h in _hits(part, taxonomy, scope) if h not in chair]


Hits = list[tuple[str, str, str, str]]

# A list a colon opens and the sentence ends on, of four short entries or more ("its four
# expert sub-groups: the handling of incidents, partnership with the private sector,
# awareness raising, and the fight against child sexual abuse online"): whatever topics it
# names, it names them as the parts of something, as a list of topics does.
_COLON_LIST = re.compile(r"^(?P<lead>[^:;]+):\s*(?P<list>[^:;]+?)\s*[.]?\s*$")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+|et\s+|ou\s+)?|\s+(?:and|or|et|ou)\s+")
LONG_LIST_ENTRIES = 4
LIST_ENTRY_MAX_WORDS = 12
# ... entries that are clauses with a verb of their own are statements, not parts
_FINITE_VERB = re.compile(
    # ("by 25 May 2018" has a month, not a verb)
    r"\b(?:would|will|shall|should|could|must|may(?!\s+\d)|might|is|are|was|were|had|has|have"
    r"|serait|seraient|sera|seront|est|sont|était|étaient)\s+(?:not\s+|only\s+|also\s+)?\w",
    re.IGNORECASE,
)
CLAUSE_ENTRIES = 2


# ... unless the list is of the points a negotiation still argues over ("open points:
# retention, depersonalisation after six months, sensitive data"): those are discussed
_ISSUES_LEAD = re.compile(
    r"\b(?:open|outstanding|remaining|unresolved|contentious|difficult|pending)\s+(?:points|issues"
    r"|questions)\b|\bpoints\s+of\s+(?:divergence|disagreement|contention)\b"
    r"|\b(?:points|questions)\s+(?:encore\s+)?(?:ouverte?s|en\s+suspens|litigieu(?:x|ses))\b"
    # ... or of what a text under negotiation should hold ("The discussion turned to what a
    # long-term agreement should contain: a shorter storage period, ..., a means of redress")
    r"|\bwhat\s+(?:[\w'’-]+\s+){1,4}(?:should|must|would\s+have\s+to|needed\s+to|needs\s+to)"
    r"\s+(?:contain|include|provide|offer|guarantee)\b",
    re.IGNORECASE,
)


# A roll of points a meeting was told of, as any other business gives them ("Delegations were
# informed of the Global Counterterrorism Forum meeting, a seminar on firearms trafficking
# and the arrivals of migrants ..."), or an agenda set out after a colon, however long its
# entries and whatever separates them ("The agenda as adopted covered: the Eastern
# Mediterranean route ...; resettlement ...; migrant smuggling ...", "Points discussed:
# (1) ...; (2) ...", "Ordre du jour : 1. ouverture ; 2. ..."), or the follow-up recalled
# from a meeting ("recalled the follow-up actions agreed in June: the workshop on ...")
_ROLL = re.compile(
    r"^(?P<lead>(?:[\w'’-]+\s+){1,5}?(?:(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|briefly\s+)?"
    r"(?:informed|briefed|updated)|(?:also\s+|briefly\s+)?(?:informed|briefed"
    r"|updated)\s+(?:the\s+)?"
    r"(?:delegations|committee|working\s+party|ministers|participants|meeting|member\s+states"
    r"|cosi|cats)|(?:ont|a)\s+été\s+informée?s?|a\s+informé\s+(?:les\s+délégations|le\s+comité"
    r"|le\s+groupe))\s+(?:of|about|on|de|des|du|d['’]))\s+(?P<list>[^:;]+?)\s*[.]?\s*$",
    re.IGNORECASE,
)
_AGENDA_LEAD = re.compile(
    r"\b(?:agenda|ordre\s+du\s+jour|points\s+(?:discussed|examined|covered|taken\s+up)"
    r"|(?:topics|subjects)\s+(?:discussed|covered|examined|taken\s+up)"
    r"|points\s+(?:examinés|abordés|discutés)|follow-up\s+(?:actions|points|steps)\s+"
    r"(?:agreed|decided|set)|suites\s+(?:convenues|décidées)"
    # ... or the steps recalled since a meeting ("a rappelé les étapes franchies depuis juillet :
    # le paraphe de l'accord-cadre ..., l'ouverture des trilogues ...")
    r"|recalled\s+(?:the\s+)?(?:main\s+|key\s+)?(?:steps|milestones|results|decisions)"
    r"|(?:a|ont)\s+rappelé\s+(?:les\s+)?(?:principales\s+)?(?:étapes|évolutions|événements"
    r"|résultats|décisions))\b",
    re.IGNORECASE,
)
_ROLL_SEPARATOR = re.compile(rf"\s*;\s*(?:and\s+|et\s+)?|{_LIST_SEPARATOR.pattern}")
ROLL_ENTRIES = 4
# ... whose entries are things named, not clauses or phrases hung on the one before
_NO_ENTRY = re.compile(
    r"\s*(?:which|who|whom|whose|that|where|when|while|as|because|since|although|but|made|held"
    r"|lodged|adopted|signed|presented|published|issued|organised|organized|hosted|chaired"
    r"|qui|que|dont|où|lorsque)\b",
    re.IGNORECASE,
)
ROLL_ENTRY_MAX_WORDS = 25


def _points_named(hits: Hits) -> int:
    """How many topics `hits` name, those named only by phrases another topic shares counted
    with it (the downing of flight MH17 is the war's and the accountability for it: one point)."""
    keys: dict[str, frozenset[str]] = {}
    for topic, key, *_ in hits:
        keys[topic] = keys.get(topic, frozenset()) | {key}
    distinct = set(keys.values())
    return sum(1 for own in distinct if not any(own < other for other in distinct))


def _lead_of_a_roll(sentence: str, hits: Hits) -> str | None:
    """The words before the list of a roll of points or of an agenda set out after a colon.

    (A roll must name two topics or more: "informed delegations of the state of the
    negotiations on e-evidence, the open issues, the timetable and the next round" is one
    point of information on one file.)
    """
    told = _ROLL.match(sentence)
    if told is not None:
        if _points_named(hits) < 2:
            return None
        lead, listed = told["lead"], told["list"]
    else:
        lead, colon, listed = sentence.partition(":")
        if not colon or _AGENDA_LEAD.search(lead) is None or _ISSUES_LEAD.search(lead):
            return None
    entries = [e for e in _ROLL_SEPARATOR.split(listed.strip().rstrip(".")) if e.strip()]
    if len(entries) < ROLL_ENTRIES or any(
        len(entry.split()) > ROLL_ENTRY_MAX_WORDS for entry in entries
    ):
        return None
    if told and any(_NO_ENTRY.match(e) or _FINITE_VERB.search(e) for e in entries):
        # "informed the Working Party about the conference on ..., which Paris will host in
        # April to curb ...": one point, its commas those of a clause, not of a roll
        return None
    return lead


def _lead_of_a_long_list(sentence: str, hits: Hits) -> str | None:
    """The words before the colon of a sentence that ends on a long list of short entries,
    or before the list of a roll of points or an agenda (_lead_of_a_roll)."""
    rolled = _lead_of_a_roll(sentence, hits)
    if rolled is not None:
        return rolled
    match = _COLON_LIST.match(sentence)
    if match is None or _ISSUES_LEAD.search(match["lead"]):
        return None
    entries = _LIST_SEPARATOR.split(match["list"])
    if len(entries) < LONG_LIST_ENTRIES or any(
        len(entry.split()) > LIST_ENTRY_MAX_WORDS for entry in entries
    ):
        return None
    if sum(1 for entry in entries if _FINITE_VERB.search(entry)) >= CLAUSE_ENTRIES:
        return None  # "almost agreed: the data would be depersonalised ..., sensitive data
        # would be used only ...": what a text says, clause by clause, is discussed
    if len({topic for topic, *_ in hits}) == 1 and _PARTS_OF.search(match["lead"]):
        # the steps of one file are that file, gone through ("went through the steps of its
        # opinion on the justice sector: a selection procedure for judges ..., the appointment
        # of the head of the Anti-Corruption Prosecutor's Office, ..."): no list of topics (a
        # programme's or a semester's files, listed, stay named)
        return None
    return match["lead"]


# What a lead announces as the parts of one thing ("the steps of its opinion", "the elements
# of the reform")
_PARTS_OF = re.compile(
    r"\b(?:steps|stages|elements|components|parts|provisions|benchmarks|milestones|conditions"
    r"|requirements|étapes|éléments)\s+(?:of|in|under|de|du|des|d['’])",
    re.IGNORECASE,
)


def _main_clause_topics(
    sentence: str, hits: Hits, taxonomy: Taxonomy, scope: Scope
) -> tuple[Hits, Hits]:
    """(hits that count, hits of the setting): a topic named only in a clause hung on a
    sentence whose main clause names another topic (", which are active in drug trafficking
    and money laundering", "in the context of the war") is an attribute or the setting of
    the topic discussed. It counts only where a title supports it (match_item). A main
    clause that names no topic leaves every hit counting.
    """
    inside = _ALSO_CLAUSE.sub(",", sentence)
    if hits and inside != sentence:
        # what the clause says the thing also covers is no topic of the sentence, even where
        # the sentence names none ("a recommendation on illegal content online, qui vaudra
        # aussi pour les contenus pédopornographiques"); what is left is read as any other
        # sentence (", whose vote was scheduled for July, in parallel with the trilogues on
        # the data protection package" leaves a setting)
        kept, clause_only = _split_by(hits, {t for t, *_ in _hits(inside, taxonomy, scope)})
        kept, setting = _main_clause_topics(inside, kept, taxonomy, scope)
        return kept, setting + clause_only
    examples = _EXAMPLES.search(sentence)
    if examples and _PREDICATE_FOLLOWS.search(examples[0]):
        # examples set between commas, the sentence's verb after them, are what it speaks of
        # ("several provisions, among them those on sensitive data, did not meet the Charter")
        examples = None
    head = sentence[: examples.start()] if examples else sentence
    # (the head's topics, read once: what the examples are examples of)
    head_topics = {t for t, *_ in _hits(head, taxonomy, scope)} if hits and examples else set()
    described = _DESCRIBED.search(_THOSE_THAT.sub("", examples[0])) if examples else None
    if hits and examples and not described and not head_topics:
        # examples of what no topic names are no topic of the sentence either ("a closed list
        # of purposes, such as searching for victims or preventing a terrorist threat"); an
        # example the sentence goes on to describe is what it discusses ("networks such as
        # '764' that coerce minors into ...")
        return [], hits
    if hits and _SETTING_SENTENCE.match(sentence):
        return [], hits
    fronted = _FRONTED_SETTING.match(sentence)
    # one topic: nothing hangs on another, but what is put before the sentence as its setting
    # is that, whatever it goes on to say ("Dans le contexte de la guerre en Ukraine,
    # plusieurs EM craignent un déplacement des flux de bois", "In the wake of the
    # revelations on the surveillance programmes, several Member States asked ...")
    single = len({topic for topic, *_ in hits}) < 2
    events_only = all(taxonomy._by_id[t].since for t, *_ in hits)
    if single and events_only and not fronted and _only_in_a_trailing_setting(sentence, hits):
        # ... and so is one put after it ("ont évoqué les survols de drones, dans le contexte
        # de la guerre menée par la Russie contre l'Ukraine"): it counts beside a title only
        return [], hits
    if single and not fronted:
        return hits, []
    if fronted:  # "In the context of the war, the EU described drone incursions ..."
        # (a country the rest only mentions does not bring the setting back: "Sur fond de
        # guerre ... contre l'Ukraine, la Moldavie a décrit des réseaux payés depuis la Russie")
        after = _hits(sentence[fronted.end() :], taxonomy, scope)
        # (a mention after it of another topic names that one: "In the context of the
        # annexation of Crimea, the Commission recalled the state of the visa dialogue")
        setting_topics = {topic for topic, *_ in _hits(fronted[0], taxonomy, scope)}
        named = {
            topic
            for topic, _key, _phrase, method in after
            if method != "mention" or topic not in setting_topics
        }
        return _split_by(hits, named)
    if head_topics:
        # the examples' own topics go; what is left is read as any other sentence
        kept, examples_only = _split_by(hits, head_topics)
        kept, setting = _main_clause_topics(head, kept, taxonomy, scope)
        return kept, setting + examples_only
    main = _SETTING.split(_CLAUSE.split(sentence, maxsplit=1)[0], maxsplit=1)[0]
    if len(main) == len(sentence) or _CONDITION.match(sentence[len(main) :]):
        return hits, []
    named = {topic for topic, *_ in _hits(main, taxonomy, scope)}
    if not named:
        return hits, []
    # the subject may take up its own sentence again after the clause (", which sets up the
    # EU Centre, and explained that the Member States had agreed to keep end-to-end
    # encryption outside ..."): that part is main clause too
    resumed = _NEXT_OBJECT.match(sentence, len(main)) or _RESUMED_MAIN.search(sentence, len(main))
    if resumed:
        # (up to its own comma: "explained that it would apply to all transfers, including
        # those under the TFTP" hangs the TFTP on it again)
        again = re.split(r"[,;]", sentence[resumed.end() :], maxsplit=1)[0]
        named |= {topic for topic, *_ in _hits(again, taxonomy, scope)}
    if _AS_WELL_AS.match(sentence, len(main)) and _DISCUSSING.search(main):
        # "discussed X, as well as Y": Y is the verb's second object, no aside (up to its comma)
        also = re.split(r"[,;]", sentence[len(main) + 1 :], maxsplit=1)[0]
        named |= {topic for topic, *_ in _hits(also, taxonomy, scope)}
    if called := _CALLED.search(sentence, len(main)):
        # what a speaker calls the thing is what it is to them, no attribute ("the rise of
        # irregular crossings from Belarus, which it described as a hybrid attack")
        named_as = re.split(r"[,;]", sentence[called.end() :], maxsplit=1)[0]
        named |= {topic for topic, *_ in _hits(named_as, taxonomy, scope)}
    return _split_by(hits, named)


def _only_in_a_trailing_setting(sentence: str, hits: Hits) -> bool:
    """Whether every hit stands in the setting phrase a sentence ends on, none before it."""
    parts = _SETTING.split(sentence, maxsplit=1)
    if len(parts) < 2:
        return False
    before = normalise(parts[0])
    return not any(_occurrences(phrase, before) for _topic, _key, phrase, _method in hits)


_RESUMED_MAIN = re.compile(
    r",\s+and\s+(?:also\s+|then\s+)?(?:explained|stressed|said|noted|reported|described|underlined"
    r"|recalled|presented|announced|confirmed|informed|added|indicated|pointed\s+out)\b"
    # ... or its object goes on with what a side holds ("explained the state of the proposal,
    # which the European Council had called for, and the concerns of the Parliament on ...")
    r"|,\s+and\s+(?:the|its|their)\s+(?:\w+\s+)?(?:concerns|objections|reservations|demands"
    r"|positions?|views|questions|requests)\s+(?:of|on|about)\b"
    # ... or its verb takes a second object after the clause ("concentrated on the trafficking
    # of firearms from the region, where the action plan had brought more seizures, and on the
    # smuggling of migrants")
    r"|,\s+and\s+(?:also\s+)?(?:on|about)\s+(?:the|its|their)\s+",
    re.IGNORECASE,
)
# ... or, after a short clause on the verb's first object, its next object ("discussed the
# trafficking of firearms, which had declined, and the role of criminal networks in ...")
_NEXT_OBJECT = re.compile(
    r",\s+(?:which|that|who)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+and\s+(?:the|its|their)\s+",
    re.IGNORECASE,
)


_AS_WELL_AS = re.compile(r",\s+as\s+well\s+as\b", re.IGNORECASE)
# what a discussion took up, by its verb ("Delegations discussed at length ...")
_DISCUSSING = re.compile(
    r"\b(?:discussed|debated|examined|exchanged\s+(?:views|information)\s+on|talked\s+about"
    r"|dealt\s+with|focused\s+on|took\s+stock\s+of)\b",
    re.IGNORECASE,
)
_DESCRIBED = re.compile(r"\b(?:that|which|who|qui|que)\b", re.IGNORECASE)
# A clause that says what someone calls the thing just named ("which it described as a hybrid
# attack", "qu'elle a qualifiés d'attaque hybride")
_CALLED = re.compile(
    r"\b(?:which|that|qu['’]\s*(?:il|elle|ils|elles))\s+(?:[\w'’-]+\s+){0,3}?(?:described|called"
    r"|termed|qualified|characteri[sz]ed|denounced|labell?ed|(?:a|ont)\s+(?:qualifié|décrit|dénoncé)"
    # ("which it regarded as a hybrid attack", "which Lithuania regards as", "qu'ils
    # considèrent comme")
    r"e?s?|regard(?:s|ed)?|consider(?:s|ed)?|sees?|saw|considèrent|considère|considérait"
    r"|considéraient)\s+(?:as|comme|d['’]|de)\s*",
    re.IGNORECASE,
)
# (not the pronoun an example is built on: "such as those that followed the annexation")
_THOSE_THAT = re.compile(
    r"\b(?:those|that|celles?|ceux|celui)\s+(?:that|which|who|qui|que)\b", re.IGNORECASE
)
_PREDICATE_FOLLOWS = re.compile(
    r",\s+(?:did|do|does|is|are|was|were|has|have|had|will|would|could|can|must|should|may"
    r"|remain(?:s|ed)?|need(?:s|ed)?|n['’]\w+|ne\s+\w+|sont|est|étaient|était|ont|doivent)\s",
    re.IGNORECASE,
)


def _split_by(hits: Hits, named: set[str]) -> tuple[Hits, Hits]:
    return [h for h in hits if h[0] in named], [h for h in hits if h[0] not in named]


# A clause that sets a condition on what the main clause discusses ("a revised PNR agreement,
# which must respect the conditions of Opinion 1/15") discusses that condition too.
_CONDITION = re.compile(
    r",?\s*(?:which|that)\s+(?:must|should|shall|has\s+to|have\s+to|needs?\s+to)\s+"
    r"(?:\w+\s+)?(?:respect|comply|meet|observe|ensure|guarantee|include|provide)\b"
    # ... or says it does meet them ("the new PNR agreement, which meets the conditions of
    # Opinion 1/15 on retention periods")
    r"|,?\s*(?:which|that)\s+(?:now\s+|fully\s+)?(?:meets|meet|respects|respect|complies\s+with"
    r"|comply\s+with|fulfils|fulfills|satisfies)\s+(?:all\s+)?(?:the\s+)?(?:conditions|requirements"
    r"|standards|safeguards|criteria)\b"
    # ... and so does the clause that says what is still open in talks ("the negotiations on
    # an EU-US agreement, where the open points concern notification and data protection")
    r"|,?\s*where\s+(?:the\s+)?(?:open|outstanding|remaining|main|last)\s+(?:points|issues"
    r"|questions|differences)\s+(?:concern|are|include|relate\s+to)\b",
    re.IGNORECASE,
)
# What a Presidency presents of its semester: priorities, a programme, its plans or agenda
# ("set out its plans for the second half of 2011", "presented its programme for ...").
_PRIORITIES = re.compile(
    # ("plans to open the trilogues" and "put it on the agenda of its first meeting" are no
    # priorities presented)
    # (nor is the Union's multiannual programme, named after its city: "the Stockholm
    # Programme", "its Communication on the next multiannual programme")
    r"\b(?:priorit|(?<!stockholm\s)(?<!hague\s)(?<!tampere\s)(?<!multiannual\s)"
    r"(?<!multi-annual\s)programmes?\b|programs?\b"
    r"|plans\b(?!\s+to\b)|(?<!on\sthe\s)(?<!on\sits\s)"
    r"agenda\b|objectives\b|objectifs\b"
    r"|ambitions?\b|what it (?:wants|wishes|hopes|intends|plans|aims) to (?:achieve|deliver)"
    # ("named migration, counter-terrorism and the Entry/Exit System as its main files")
    r"|(?:main|key|principal|priority|major)\s+(?:files|dossiers|themes)\b"
    r"|principaux\s+dossiers\b"
    # ... or the work it plans for its semester ("informed delegations that IXIM would continue
    # its work on the Europol mandate in the second half of the year", "les travaux prévus pour
    # le second semestre")
    r"|(?:work|travaux)\b[^.;]{0,80}?\b(?:(?:in|for|during)\s+the\s+(?:first|second)\s+half"
    r"|(?:au|pour\s+le|durant\s+le|pendant\s+le)\s+(?:premier|second|deuxième)\s+semestre)\b)",
    re.IGNORECASE,
)
# A sentence that goes on with the same speaker ("It will also host ..."): after the incoming
# Presidency's priorities, it goes on with its programme
_GOES_ON = re.compile(r"\s*(?:It|She|He|They|Elle|Il|Elles|Ils)\s", re.IGNORECASE)
# A topic's phrase given as the status of a subject ("the cartels now designated as terrorist
# organisations") is an attribute of that subject, not what the sentence discusses.
_LABEL = (
    r"(?:\b(?:(?:designated|listed|classified|labell?ed|branded|declared)"
    # ... or named as the act ("the designation of several cartels as terrorist organisations")
    r"|(?:designation|listing|classification|labell?ing|branding)(?: in [a-z]+(?: [0-9]+)?)? of"
    r"(?: [a-z]+){1,7}?) as (?:an? )?(?:[a-z]+ )?"
    # ... or a title that says so in short ("Cartels as foreign terrorist organisations")
    r"|^(?:[a-z]+ ){1,3}?as (?:an? )?(?:[a-z]+ )?"
    # ... in French ("les cartels, désignés comme organisations terroristes étrangères")
    r"|\b(?:désigné|qualifié|classé|inscrit|considéré)e?s? (?:comme|en tant qu) (?:des? |une? )?"
    # ... or as the crime whose money is at stake ("launder the proceeds of cybercrime",
    # "blanchir le produit de la cybercriminalité"), or whose like is compared ("as
    # systematically as those of drug trafficking")
    r"|\b(?:proceeds|produits?|profits) (?:of|de|du|des|d) (?:the |la |le |l |les )?"
    r"|\b(?:as|than) (?:those|that|ceux|celui) (?:of|de|du|des|d) (?:the |la |le |l |les )?"
    # ... or a request a person was the subject of ("by a man who was the subject of a Tunisian
    # extradition request", "qui faisait l'objet d'une demande d'extradition")
    r"|\b(?:who|qui) (?:was|is|had been|faisait|fait|avait fait) (?:the )?(?:subject|l objet)"
    r" (?:of|d) (?:an? |une? )?(?:[a-z]+ )?(?:demande d |request for )?)"
)


def _occurrences(phrase: str, norm: str) -> int:
    """How many times a normalised phrase stands, as whole words, in a normalised text."""
    return len(re.findall(rf"\b{re.escape(phrase)}\b", norm))


def _labels(sentence: str, hits: Hits) -> Hits:
    """The hits only given as a label, in a sentence that names another topic too."""
    norm = normalise(sentence)

    def label_only(phrase: str) -> bool:
        labelled = len(re.findall(_LABEL + re.escape(phrase) + r"\b", norm))
        return labelled > 0 and labelled == _occurrences(phrase, norm)

    labels = [h for h in hits if h[3] != "pattern" and label_only(h[2])]
    others = {topic for topic, *_ in hits} - {topic for topic, *_ in labels}
    return labels if others else []


# The words that open a prerequisite of the act a sentence discusses ("once Ukraine has adopted
# its data protection law", "dès que la Géorgie aura adopté", "une fois achevée"); not "once a
# year", "once again" (packgen.duedates reads a condition's time with them too).
PREREQUISITE_OPENER = (
    r"\b(?:once(?!\s+(?:a|an|again|more|per|every|in)\b)|as\s+soon\s+as|provided\s+that"
    r"|on\s+condition\s+that|une\s+fois(?!\s+(?:par|de\s+plus|encore)\b)|dès\s+qu"
    r"|à\s+condition\s+qu|pour\s+autant\s+qu"
    # ... or what must come before a text applies ("would enter into force after the partner
    # adopts sufficient safeguards", "entrerait en vigueur après l'adoption de garanties")
    r"|(?:into\s+force|en\s+vigueur)\s+(?:only\s+|seulement\s+)?(?:after|après|lorsque|when))"
)
# ... or the conditions a process sets, listed ("six benchmarks of the roadmap, including its
# anti-terrorism law and data protection legislation, were still open")
_CONDITIONS_LISTED = (
    # ("the security requirements of the Visa Waiver Program, including the use of passenger
    # data")
    # (the process they belong to stays: "the conditions for joining its Visa Waiver Program")
    r"(?P<process>\b(?:benchmarks?|criteria|conditions|requirements|grounds|critères|exigences"
    r"|motifs)(?:\s+[\w'’-]+){0,6}?),?\s+(?:including|such\s+as|notably|among\s+them|notamment|dont"
    r"|parmi\s+lesquel\w+|comme|which\s+include|qui\s+comprennent|under\s+which"
    # ("the enhanced requirements announced in August 2017, under which the countries of the
    # Program must use PNR data")
    r"|[^.;]{0,40}?,\s+under\s+which)\b"
)
# ... or a model the act is compared with ("build on what was agreed, in the way the 2007
# passenger data agreement had done", "sur le modèle de l'accord PNR")
_COMPARED_WITH = (
    r"\b(?:in\s+the\s+way\s+(?:that\s+)?|on\s+the\s+model\s+of|modell?ed\s+on"
    # ("in the same way that cybercrime leads are shared under the Budapest Convention", "de la
    # même manière que", "au même titre que")
    r"|in\s+(?:much\s+)?the\s+same\s+way\s+(?:that\s+|as\s+)?|de\s+la\s+même\s+(?:manière"
    r"|façon)\s+que"
    r"|au\s+même\s+titre\s+que"
    # ("drawing on the safeguards of the Mutual Legal Assistance Agreement"; not "inspired by",
    # said of attackers: "individuals inspired by Da'esh")
    r"|drawing\s+on"
    r"|following\s+the\s+example\s+of|sur\s+le\s+modèle\s+d|à\s+l['’]instar\s+d"
    # ... or the like it is likened to ("laundered through the same channels as those of other
    # organised crime", "les mêmes circuits que ceux de")
    # ("on the same routes as the refugees leaving Syria", "against the same watch lists as PNR
    # data"; "as those" only "of" or "used by" something: "as those that apply" compares no file)
    r"|the\s+same\s+(?:\w+\s+){1,2}?as\s(?:(?:those|that)\s+(?:of|used\s+(?:by|for))"
    r"|(?!(?:those|that)\s))"
    # ... or the way a proposal is weighed against ("direct requests to providers, as an
    # alternative to requests under the MLA Agreement", "faster than requests under the
    # Mutual Legal Assistance Agreement", "plutôt que par l'entraide judiciaire")
    r"|\bas\s+an\s+alternative\s+to|\binstead\s+of|\brather\s+than"
    r"|\b(?:faster|quicker|slower|cheaper|simpler)\s+than|\bplutôt\s+que|\bau\s+lieu\s+d"
    # ("much as firearms parts are", "as the Union had done for ETIAS")
    r"|\b(?:much|just)\s+as\s"
    # ... or what it would spare or stand comparison with ("dispenserait de nombreuses demandes
    # d'entraide judiciaire", "an electronic travel authorisation comparable to the US ESTA")
    r"|\bdispens\w*\s+d[eu']"
    r"|\b(?:comparable|similar|akin)\s+to\b|\b(?:comparable|semblable|similaire|analogue)s?\s+(?:à"
    r"|aux?)\b"
    r"|\bas\s+(?:[\w'’-]+\s+){1,3}?(?:had|has|have|did)\s+(?:done\s+)?(?:for|with)\s"
    # ... or what another text does ("as it had done under the PNR Agreement", "as it does
    # under the Agreement with Australia", "as the transfers under the PNR Agreement do", "as
    # under the TFTP", "comme c'est le cas en application de l'accord PNR")
    r"|\bas\s+(?:[\w'’-]+\s+){1,3}?(?:had\s+done|has\s+done|have\s+done|did|does|do)\s+"
    r"(?:under|in)\s|\bas\s+(?:the\s+)?[\w'’-]+\s+under\s+[^,;]{1,60}?\s(?:do|does|did)\b"
    r"|\bas\s+under\s|\bcomme\s+c['’]est\s+(?:déjà\s+)?le\s+cas\s+(?:en\s+application\s+d"
    r"|en\s+vertu\s+d|pour|dans|avec|sous)"
    r"|les\s+mêmes\s+(?:\w+\s+){1,2}?que\s+(?:(?:ceux|celles)\s+d|(?:le|la|les|l['’])\s*)"
    # ... or what a thing is compared or likened to, the thing compared staying ("compared
    # the trade in precursors with that in firearms parts", "comparing them with the
    # classifiers used against child sexual abuse material"): compared "with", or "to" at once
    # ("compared their approaches to the retention of traffic data" compares approaches; nor a
    # participle's: "the checks applied to evacuees")
    r"|\b(?P<compared>(?:compared|comparing)\s+(?:(?![\w'’-]+ed\s)[\w'’-]+\s+){0,8}?(?=with\s)"
    r"|(?:likened|likening)\s+(?:(?![\w'’-]+ed\s)[\w'’-]+\s+){0,8}?(?=to\s)"
    r"|(?:compared|likened)\s+(?=to\s))(?:with|to)\s)"
)
# ... or set between commas ("precursor chemicals, like firearms parts, were ordered online",
# "les réseaux utilisent, comme ceux du trafic de drogue, des sociétés écrans")
_LIKE = (
    r",\s+(?:just\s+)?like\s+[^,;]{1,80},|,\s+comme\s+(?:ceux|celles|celui|celle)\s+"
    r"(?:du|de\s+la|des|de|d['’])[^,;]{1,80},"
    # ("ont recours, comme dans le trafic de déchets, à des sociétés écrans", ", as in drug
    # trafficking,")
    r"|,\s+(?:comme\s+dans|as\s+in)\s[^,;]{1,80},"
    # ("l'accord-cadre, comme l'accord TFTP, devrait prévoir un contrôle", "the new rules, as
    # with the PNR Agreement, would ...")
    r"|,\s+(?:comme\s+(?:le|la|les|l['’])|as\s+with)\s*[^,;]{1,80}(?:,|[.;]?\s*$)"
)
# ... or the standard the act must meet, which runs up to the next verb ("dans le respect des
# garanties de l'accord-cadre", "in line with Opinion 1/15 had settled the retention period")
_STANDARD_MET = (
    # ("rules that would also have to fit the General Data Protection Regulation")
    # (not "would have to respect the protection of personal data", which discusses it)
    r"\b(?:would|will|must|should)\s+(?:also\s+)?have\s+to\s+(?:fit|be\s+compatible\s+with"
    r"|be\s+consistent\s+with)\s[^,;]*|"
    # ... or what any solution must preserve ("any solution had to preserve cybersecurity",
    # "solutions that respect cyber security")
    r"\b(?:solutions?|approach(?:es)?|measures?)\s+(?:that|which|would|will|must|should|had|has"
    r"|have)\s+(?:\w+\s+){0,2}?(?:preserve|respect|safeguard|protect)\s[^,;]*|"
    r"(?:dans\s+le\s+respect\s+d|in\s+(?:full\s+)?(?:compliance|accordance|line|conformity)"
    r"\s+with|conformément\s+(?:à|au|aux)|within\s+the\s+limits\s+(?:set\s+by|of))"
    r"(?:(?!\b(?:had|has|have|is|are|was|were|will|would|a|ont|est|sont)\b)[^,;])*"
    # ... or the safeguards it stays subject to, to the end of the clause ("remains subject to
    # the safeguards of its own law, including on the protection of personal data"; "must
    # include strong safeguards for personal data" is labelled both ways, and left as found)
    r"|\b(?:remains?|is|are|be)\s+subject\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}?safeguards\b[^;]*"
    # ... or whose safeguards it must offer, or on what understanding it applies ("any such
    # route would have to offer the safeguards of the Umbrella Agreement", "would apply on the
    # understanding that the Umbrella Agreement covers the data exchanged")
    r"|\b(?:offer|provide|give|afford|match|meet)\s+(?:at\s+least\s+)?the\s+(?:same\s+)?"
    r"safeguards\s+(?:of|as\s+(?:those\s+of|under))\b[^,;]*"
    r"|\bon\s+the\s+understanding\s+that\b[^,;]*"
)
# ... or what the act must not harm ("preserve lawful access without weakening cybersecurity")
_NOT_HARMING = (
    r"\bwithout\s+(?:weakening|undermining|compromising|harming|breaking)"
    # ... or what it leaves as it is ("would leave the PNR and TFTP Agreements untouched")
    r"|\b(?:leave|leaves|left|leaving)\s+[^,;]{1,80}?\s+(?:untouched|unaffected|intact|alone)\b"
    # (the object first, with what the sentence says of it: "leaves untouched the rules on
    # freezing, which the Asset Recovery Directive lays down")
    r"|\b(?:leave|leaves|left|leaving)\s+(?:untouched|unaffected|intact)\b[^;]*"
    r"|\bsans\s+(?:affaiblir|compromettre|nuire)"
    # ... or what a judgment or a text has no effect on ("l'arrêt était sans effet sur
    # l'accord-cadre et sur l'accord PNR", "had no effect on the PNR Agreement")
    r"|\b(?:sans\s+(?:effet|incidence|conséquence)s?\s+sur|(?:had|has|have)\s+no\s+(?:effect"
    r"|bearing"
    r"|impact)\s+on|n['’](?:avait|a|aurait)\s+(?:aucun\s+effet|pas"
    r"\s+d['’]effet)\s+sur)"
    # ... or what it would not change or call into question ("the reform would not change the
    # PNR and TFTP Agreements", "que l'accord ne remette pas en cause les accords existants")
    r"|\b(?:would|will|should|could|did|does|do|must)\s+not\s+(?:change|alter|modify|touch|affect"
    r"|call\s+into\s+question|undermine|replace|reopen)\b"
    r"|\bne\s+(?:remett\w*|modifi\w*|affect\w*|touch\w*|rouvr\w*)\s+pas(?:\s+en\s+cause)?\b"
)
# ... or the channel, source or legal basis the act goes through, up to the end of its noun
# ("couriers identified by passenger data", "leads obtained through the TFTP", "passed to the
# FBI under the Umbrella Agreement", "grâce aux pistes issues du TFTP"): the act is what the
# sentence discusses, not the instrument it used; not "went through the rights of access"
# (examined them)
_CHANNEL = re.compile(
    r"(?<!\bgo\s)(?<!\bwent\s)(?<!\bgone\s)(?<!\bgoing\s)"
    r"\b(?:through|via|thanks\s+to|by\s+means\s+of|with\s+the\s+help\s+of|grâce\s+(?:à|aux?)"
    r"|par\s+le\s+biais\s+d[eu]s?|au\s+moyen\s+d[eu]s?"
    r"|(?:identified|detected|traced|flagged|spotted|located|caught|identifiés?|repérés?|détectés?)"
    r"\s+(?:\w+\s+){0,2}?(?:by|from|through|using|with|par|grâce\s+(?:à|aux?))"
    r"|(?:leads?|tip-?offs?|pistes?)\s+(?:\w+\s+){0,3}?(?:from|issues?\s+d[eu]s?|provenant\s+d[eu]s?)"
    r"|(?:passed|transferred|sent|shared|exchanged|transmitted)(?:\s+[^,;]{0,60}?)?\s+under"
    # ("Europeans travelling under the Visa Waiver Program": how they travel, an attribute)
    # ("those who come under the Visa Waiver Program through the ESTA")
    r"|(?:travel|travels|travell?ing|travell?ed|enter|enters|entering|entered|admitted|come|comes"
    r"|came|coming)\s+under"
    # ("les transferts existants, y compris ceux effectués au titre du TFTP")
    r"|(?:effectuée?s?|transférée?s?|échangée?s?|transmise?s?)\s+(?:au\s+titre|en\s+vertu"
    r"|dans\s+le\s+cadre)\s+d[eu]s?"
    # ... or the technique a tool is built on ("classifiers based on artificial intelligence",
    # "les outils fondés sur l'intelligence artificielle"; not what is made with it: "abuse
    # material made with artificial intelligence" is its misuse; nor an article a text rests on:
    # "negotiating directives based on Article 16 TFEU")
    # (and what transfers would rest on: "Transfers of such data would rely on the Umbrella
    # Agreement")
    r"|(?:based|built|rely|relies|relied|relying|fondée?s?|reposant|reposera(?:it|ient)?)\s+(?:on|upon"
    r"|sur)(?!\s+(?:l['’]\s*)?articles?\b)"
    r"|(?:powered|driven)\s+by"
    # ... or the examples of the agreements a text would reach ("whether the agreement should
    # apply to existing agreements such as the TFTP Agreement")
    r"|(?:existing|other|earlier|current|sectoral|bilateral)\s+(?:agreements|accords),?\s+(?:such\s+as"
    r"|like|including|tels?\s+que|comme)(?:\s+(?:the\s+ones?|those|celui|ceux)\s+(?:on|sur|relatifs?\s+aux?))?"
    # ... or the safeguards or frame an exchange keeps within ("cooperation between the
    # financial intelligence units ..., within the safeguards of the Umbrella Agreement")
    r"|(?:within|under)\s+the\s+(?:safeguards|limits|terms|conditions)\s+(?:of|set\s+by)"
    # ("without redress the agreement would add little to the existing PNR and TFTP safeguards")
    r"|add(?:s|ed|ing)?\s+(?:little|nothing|much|more)\s+to"
    # ("the agreement might apply retroactively to the TFTP and PNR Agreements")
    r"|(?:appl(?:y|ies|ied|ying)|extend(?:s|ed|ing)?)\s+retroactively\s+to"
    r")\s+(?:(?:the|a|an|its|their|le|la|les|du|des)\s+|l['’]\s*)?"
    # (two names joined: "exchanged under the PNR and TFTP Agreements")
    r"(?:(?:(?!(?:and|or|to|for|in|on|at|which|who|that|with|of|et|ou|pour|dans|qui|que|à|de|is"
    r"|are|was|were|has|have|had|will|would|remain|remains|est|sont|a|ont)\b)[\w'’-]+"
    r"|(?:and|et)\s+(?-i:[A-Z])[\w'’-]*)\s*){1,6}",
    re.IGNORECASE,
)
# ... or the instrument named as the way a thing goes, up to that word ("Requests under the
# MLA Agreement remain the channel for the cases not covered", "requests under the Umbrella
# Agreement were the usual channel for exchanging account data")
_THE_WAY_FOR = re.compile(
    r"\b(?:under|through|via)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:remain|remains|remained|stay|stays"
    r"|is|are|was|were)\s+(?:still\s+)?(?:the|a|an)\s+(?:[\w-]+\s+)?(?:channel|route|fallback"
    r"|vehicle)\b"
    # ... or the instrument itself said to stay a channel ("stressed that the MLA Agreement
    # remained an important channel")
    r"|\b(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:agreements?|treaty|treaties|conventions?)\s+"
    r"(?:remain|remains|remained|stays|stayed)\s+(?:still\s+)?(?:the|a|an)\s+(?:[\w-]+\s+)?"
    r"(?:channel|route|fallback|vehicle)\b",
    re.IGNORECASE,
)
# Money that moves through a channel is laundered through it: the channel is then the
# laundering discussed ("the proceeds pass through Chinese money laundering networks")
_MONEY_MOVED = re.compile(
    r"\b(?:money|proceeds|funds|financing|takings|profits|cash|argent|fonds|produits)\b",
    re.IGNORECASE,
)

_A_ROUTE = re.compile(r"\b(?:routes?|corridors?|borders?|itinéraires?|frontières?)\b", re.I)


def _channels(sentence: str, hits: Hits) -> Hits:
    """The hits named only as the channel, source or legal basis of the act a sentence
    discusses: each place the phrase stands lies inside such a channel."""
    if _MONEY_MOVED.search(sentence):
        return []
    # (a route is where people travel, no instrument: "the return of fighters through the
    # migration routes" discusses the routes)
    spans = [normalise(m[0]) for m in _CHANNEL.finditer(sentence) if not _A_ROUTE.search(m[0])]
    spans += [normalise(m[0]) for m in _THE_WAY_FOR.finditer(sentence)]
    if not spans:
        return []  # most sentences
    norm = normalise(sentence)

    def channel_only(phrase: str) -> bool:
        inside = sum(_occurrences(phrase, span) for span in spans)
        return inside > 0 and inside == _occurrences(phrase, norm)

    return [h for h in hits if h[3] != "pattern" and channel_only(h[2])]


# ... or what a question asks a proposal's effect on, the proposal staying ("asked how the
# proposals would affect requests under the EU-US Mutual Legal Assistance Agreement",
# "asked whether this file would change the handling of extradition requests")
# (or how it would relate to another: "asked how the agreement would relate to TFTP and PNR";
# not how it would fit with or be reconciled with a law, which the sets label as that law's
# discussion, 4 units against 2)
# (or what effect it would have on another: "Une délégation a demandé quel effet un futur
# accord aurait sur l'accord d'entraide judiciaire de 2003")
_EFFECT_ASKED = (
    rf"(?P<asked>\b{_ASKER_FR}\s+(?:\w+\s+){{0,3}}?"
    r"(?:(?:how|whether|if|si|comment)\s+[^,;]*?\b(?:would|will|could|pourrait|pourraient|allait"
    r"|allaient)\s+(?:\w+\s+){0,2}?(?=(?:affect|change|alter|modify|modifier|affecter|toucher"
    r"|relate\s+to|s['’]articuler\s+avec)\b)"
    r"|(?:what|which|quel(?:le)?s?)\s+(?:effects?|impacts?|consequences?|effets?|conséquences?"
    r"|incidences?)\s+[^,;]*?\b(?:would|could|might|will|aurai(?:t|ent)|pourrai(?:t|ent)\s+avoir)"
    r"\s+(?:have\s+)?(?=(?:on|sur)\b)"
    # ("A question was raised on the effect of the proposals on requests under the EU-US MLA
    # Agreement"; put so, no one's and left; not a delegation's question, which the sets count
    # as the file's discussion: "asked about the consequences of the judgment on the Data
    # Privacy Framework; the Commission explained")
    r"|(?:(?<=raised\s)|(?<=posée\s)|(?<=soulevée\s))(?:on|about|sur)\s+(?:the\s+|l['’]\s*|les\s+)?"
    r"(?:effects?|impacts?|consequences?|effets?|conséquences?|incidences?)\s+(?:of|de|des|du)\s+"
    r"[^,;]*?\s+(?=(?:on|sur)\b)))\w+"
)
# ... and the others run to the next comma or the end
_PREREQUISITE = re.compile(
    rf"(?:{PREREQUISITE_OPENER}|{_CONDITIONS_LISTED}|{_COMPARED_WITH}|{_NOT_HARMING}"
    rf"|{_EFFECT_ASKED})[^,;]*|{_STANDARD_MET}|{_LIKE}",
    re.IGNORECASE,
)


def _prerequisites(sentence: str, hits: Hits, taxonomy: Taxonomy, scope: Scope) -> Hits:
    """The hits of topics named only in a prerequisite, in a sentence whose act is not that
    prerequisite: a condition says what must come first, not what the sentence discusses.
    So do the conditions a process sets, listed, a model the act is compared with, what a
    thing is likened to and the standard it must meet."""
    rest, found = _PREREQUISITE.subn(
        lambda m: f" {m['process'] or m['compared'] or m['asked'] or ''} ", sentence
    )
    if not found or not rest.strip():
        return []
    named = {topic for topic, *_ in _hits(rest, taxonomy, scope)}
    return [h for h in hits if h[0] not in named]


# The name of a body: capitalised words, joined by "for", "of", "and" ..., one of them a
# body's head noun ("the EU Support Hub for Internal Security and Border Management").
# ... or a person's office ("the EU Counter-Terrorism Coordinator")
# ("the Minister for Migration presented", "the Commissioners for Internal Affairs and
# Migration opened the meeting")
_OFFICES = ("Coordinator", "Commissioner", "Representative", "Rapporteur", "Envoy", "Adviser",
            "Advisor", "Director", "Minister", "Secretary")  # fmt: skip
_BODY_HEAD = (
    r"(?:Hub|Centre|Center|Agency|Office|Mission|Network|Alliance|Forum|Platform|Unit|Cell"
    r"|Coalition|Partnership|Facility|Fund|Task\s+Force|Bureau|Service|Directorate|Institute"
    rf"|Observatory|Academy|Secretariat|Committee|Authority|Board|(?:{'|'.join(_OFFICES)})s?)"
)
_CAPITALISED = r"(?:[A-Z][\w'’-]*)"
_BODY_NAME = re.compile(
    rf"{_CAPITALISED}(?:\s+(?:(?:for|of|on|against|and|the|in|to)\s+)*{_CAPITALISED})+"
)
_BODY_HEAD_WORD = re.compile(rf"\b{_BODY_HEAD}\b")
# ... a national administration named as the one who reports ("The State Migration Service
# further reported that ...")
_SPEAKING_ADMINISTRATION = re.compile(
    rf"({_CAPITALISED}(?:\s+(?:(?:for|of|and|the)\s+)*{_CAPITALISED})*\s+"
    r"(?:Service|Agency|Office|Directorate|Ministry|Department|Inspectorate))"
    r"\s+(?:\w+\s+)?(?:reported|presented|informed|said|described|explained|noted|outlined)\b"
)
# ... the head noun of a person's office, in a normalised name (and in French)
_OFFICE = re.compile(
    rf"\b(?:(?:{'|'.join(o.lower() for o in _OFFICES)})s?"
    r"|coordinateur|coordinatrice|commissaire|représentant|rapporteur)\b"
)
# ... and a French office, written in lower case with its remit after "pour" ("le coordinateur
# de l'UE pour la lutte contre le terrorisme"): the office and the next six words
_FRENCH_OFFICE = re.compile(
    r"\b(?:coordinat(?:eur|rice)|représentante?|envoyée?|rapporteur|commissaire)"
    r"(?: spéciale?)?(?: de l ue| de l union(?: européenne)?)? (?:pour|chargée? de) (?:\S+ ){1,6}"
)
# ... and a body in lower case named after the cases it specialises in ("les pôles judiciaires
# spécialisés dans les affaires de terrorisme et de criminalité organisée", "units specialised
# in terrorism and organised crime cases"): the body and the next eight words
_SPECIALISED_BODY = re.compile(
    r"\b(?:pôles?|centres?|cellules?|unités?|services?|parquets?|tribunaux|tribunal|chambres?"
    r"|juridictions?|units?|courts?|chambers?|offices?|teams?|prosecutors?)(?: [\w-]+)?"
    r" (?:spécialisée?s? (?:dans|en)|specialis(?:ed|ing) in|speciali[sz](?:ed|ing) in|dedicated to)"
    r" (?:\S+ ){1,8}"
)


def _names_as_mentions(sentence: str, hits: Hits, taxonomy: Taxonomy) -> Hits:
    """A topic's phrase that stands only inside the name of a body, as one of the remits the
    name joins with "and", is a mention: the Hub "for Internal Security and Border
    Management" can be named in a sentence about weapons. (A body named after one remit, the
    "Global Alliance against Child Sexual Abuse Online", is what a sentence about it
    discusses; so is a name that is itself an alias, "EU Internet Forum".) A mention there
    ("les pôles spécialisés dans les affaires de terrorisme et de criminalité organisée")
    counts for nothing."""
    if not hits:
        return hits  # most sentences: nothing a name could hold
    norm = f" {normalise(sentence)} "
    names = [
        normalise(m[0])
        for m in _BODY_NAME.finditer(sentence)
        if _BODY_HEAD_WORD.search(m[0]) and normalise(m[0]) not in taxonomy._keys
    ] + [
        m[0].strip() for regex in (_FRENCH_OFFICE, _SPECIALISED_BODY) for m in regex.finditer(norm)
    ]
    if not names:
        return hits
    # ... and so is an administration that reports ("the State Migration Service reported that
    # people displaced by the war ..."): it is who speaks
    speakers = "".join(f" {normalise(m[1])} " for m in _SPEAKING_ADMINISTRATION.finditer(sentence))

    def only_in_names(phrase: str) -> bool:
        inside = sum(f" {name} ".count(f" {phrase} ") for name in names)
        joined = any(
            re.search(
                rf" (?:and|et)(?: de| d| des)? {re.escape(phrase)} | {re.escape(phrase)} (?:and|et) ",
                f" {name} ",
            )
            for name in names
        )
        # a person's office is who speaks, not what: "the EU Counter-Terrorism Coordinator
        # presented the work on decryption"
        office = any(f" {phrase} " in f" {name} " and _OFFICE.search(name) for name in names)
        return (joined or office) and inside == norm.count(f" {phrase} ")

    def only_who_speaks(phrase: str) -> bool:
        return speakers.count(f" {phrase} ") == norm.count(f" {phrase} ")

    out: Hits = []
    for topic, key, phrase, method in hits:
        if method != "pattern" and speakers and only_who_speaks(phrase):
            continue  # the administration that reports names nothing
        if method == "pattern" or not only_in_names(phrase):
            out.append((topic, key, phrase, method))
        elif method == "alias":
            out.append((topic, key, phrase, "mention"))
        # a mention inside a name counts for nothing
    return out


_THEIR_PRIORITIES = re.compile(
    r"\b(?:its|their|ses|leurs)\s+(?:\w+\s+){0,2}?priorit"
    # ... or its programme or planning for the semester ("informed delegations of its planning
    # for the rest of the semester, in which ... are the main points", "a présenté le programme
    # du groupe pour le semestre, qui portera sur ...")
    r"|\b(?:its|their|ses|leurs|son|the|le)\s+(?:\w+\s+){0,2}?(?:programme|planning|work\s+plan)\b"
    r"(?=[^.;]{0,40}\b(?:semester|semestre|term|presidency|présidence)\b)",
    re.IGNORECASE,
)


# The Presidency that presents its programme: named in the sentence or the one before, or the
# "It" of an item titled by it ("Priorities of the Polish Presidency": "It presented ...")
_A_PRESIDENCY = re.compile(r"\b(?:presidency|présidence)\b|^(?:it|elle)\s", re.IGNORECASE)


def _a_chairs_programme(sentence: str, previous: str, hits: Hits, taxonomy: Taxonomy) -> bool:
    """Whether the sentence lists the priorities of a Presidency that is not the incoming one
    (no exclusive topic is left in it): the semester's programme names its files in passing."""
    return (
        _THEIR_PRIORITIES.search(sentence) is not None
        and not _exclusive(hits, taxonomy)
        and (
            _A_PRESIDENCY.search(sentence) is not None or _A_PRESIDENCY.search(previous) is not None
        )
    )


# ... only announced for a later meeting ("said it would present its priorities at the
# first meeting of January"): nothing is presented yet
_AGENDA_NAMED = re.compile(_AGENDA, re.IGNORECASE)
_PRIORITIES_LATER = re.compile(
    r"\b(?:would|will|is\s+to|intends\s+to|plans\s+to|présentera|présenterait"
    r"|(?:entend|compte|prévoit\s+de)\s+présenter)\s+(?:(?:also|then|later|aussi)\s+)?"
    r"(?:(?:present|set\s+out|outline|introduce)\s+)?"
    # (and to whom or when first: "qu'elle présenterait au Comité en juillet le programme")
    r"(?:(?:au|aux|à\s+la|à\s+l['’]|to\s+the|at\s+the)\s+[^.;,]{1,40}?\s+)?"
    r"(?:its|their|ses|leurs|the|le|la|les|son|sa"
    r"|leur)\s+"
    r"(?:\w+\s+){0,3}?(?:priorit|programme|plans\b|objecti)"
    # ... or in the passive ("the priorities of the incoming Presidency would be presented in
    # July", "seront présentées en juillet")
    r"|\b(?:priorities|programme|priorités)\b[^.;]*?\b(?:would|will|is\s+to|are\s+to)\s+be\s+"
    r"(?:presented|set\s+out|outlined|introduced)\b"
    r"|\bpriorités\b[^.;]*?\bseront\s+présentées\b",
    re.IGNORECASE,
)


def _exclusive(hits: Hits, taxonomy: Taxonomy) -> Hits:
    """The hits of exclusive topics (the incoming Presidency's priorities)."""
    return [h for h in hits if (topic := taxonomy.get(h[0])) is not None and topic.exclusive]


def _exclusive_or_others(
    hits: list[tuple[str, str, str, str]], sentence: str, taxonomy: Taxonomy
) -> list[tuple[str, str, str, str]]:
    """An exclusive topic counts in a text only where the sentence presents priorities
    ("the incoming Portuguese Presidency then presented its priorities, which include ...");
    the topics that sentence lists are then its priorities, not topics of the item. A
    passing "under the incoming Presidency" is no evidence at all."""
    exclusive = _exclusive(hits, taxonomy)
    if not exclusive:
        return hits
    if (
        _PRIORITIES.search(sentence)
        and not _PRIORITIES_LATER.search(sentence)
        and not _AGENDA_NAMED.search(sentence)  # a point of the agenda: named in passing
    ):
        return exclusive
    return [h for h in hits if h not in exclusive]


def _is_enumeration(hits: list[tuple[str, str, str, str]], sentence: str) -> bool:
    """Three topics or more, two of them named by an alias, close together: a list, not a
    discussion.

    ("The US named cyberattacks and disinformation as threats ... the diversion of weapons"
    names one topic and mentions others: it discusses that one. A long sentence whose
    clauses each discuss one topic is no list either: its topics stand apart.)
    """
    if len({topic for topic, *_ in hits}) < ENUMERATION_TOPICS:
        return False  # most sentences
    words = normalise(sentence).split()
    placed = sorted(
        (start, start + len(phrase.split()), topic, method)
        for topic, _key, phrase, method in hits
        for start in _starts(words, phrase.split())
    )
    run: list[tuple[int, int, str, str]] = []
    run_end = 0
    for hit in placed:
        if run and (hit[0] - run_end > LIST_GAP or _CLAUSE_VERBS & set(words[run_end : hit[0]])):
            run = []
        run.append(hit)
        run_end = max(run_end, hit[1]) if len(run) > 1 else hit[1]
        # (the list marks are looked for only once a run would be a list: most runs are not)
        if _a_list(run) and _joined(run, words, _list_breaks(sentence)):
            return True
    return False


# What stands between two entries of a list: a comma or another mark, "and", "or" ...
_LIST_MARK = re.compile(r"[,;:/()\[\]]")
_LIST_JOINS = frozenset(
    ("and", "or", "nor", "as", "including", "such", "like", "et", "ou", "ni", "ainsi",
     "notamment", "comme", "passant")  # "de la criminalité organisée au terrorisme en passant par"
)  # fmt: skip


def _list_breaks(sentence: str) -> set[int]:
    """The word positions of a normalised sentence that a list mark comes before."""
    breaks, count = set(), 0
    for chunk in _LIST_MARK.split(sentence):
        count += len(normalise(chunk).split())
        breaks.add(count)
    return breaks


def _joined(run: list[tuple[int, int, str, str]], words: list[str], breaks: set[int]) -> bool:
    """Whether two names of a run stand as entries of a list, a mark or a joining word between
    them: "détournement des armes livrées à l'Ukraine vers les réseaux criminels" names three
    topics in one event, which the sentence discusses; it lists nothing."""
    end = -1
    for start, stop in sorted({(start, stop) for start, stop, *_ in run}):
        if start < end:  # one name inside another ("armes" in "détournement des armes")
            end = max(end, stop)
            continue
        if end >= 0 and (
            breaks & set(range(end, start + 1)) or _LIST_JOINS & set(words[end:start])
        ):
            return True
        end = stop
    return False


# A verb between two names puts them in different parts of a clause: "the proceeds of waste
# and wildlife trafficking are laundered through the same channels as those of organised
# crime" says something of the trafficking; it lists nothing.
_CLAUSE_VERBS = frozenset(
    ("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
     "shall", "should", "must", "can", "could", "may", "might", "est", "sont", "était",
     "étaient", "sera", "seront", "serait", "seraient", "ont", "avait", "avaient")
)  # fmt: skip


def _a_list(run: list[tuple[int, int, str, str]]) -> bool:
    # a list names its topics by name: a pattern describes an event ("weapons diverted from
    # the battlefield"), which a sentence discusses rather than lists; an event that holds
    # another topic's name ("the proceeds of environmental crime should be traced") is one
    # item of a list at most
    # ... and it names them at as many places: one name of two topics ("the TFTP", counter-
    # terrorism and money laundering) is one item
    listed = [
        (start, topic)
        for start, end, topic, method in run
        if method != "pattern"
        or not any(o[0] >= start and o[1] <= end and o[2] != topic for o in run)
    ]
    named = {topic for *_, topic, method in run if method == "alias"}
    return (
        len({topic for _, topic in listed}) >= ENUMERATION_TOPICS
        and len({start for start, _ in listed}) >= ENUMERATION_TOPICS
        and len(named) >= ENUMERATION_NAMED
    )


def _starts(words: list[str], phrase: list[str]) -> list[int]:
    size = len(phrase)
    return [i for i in range(len(words) - size + 1) if words[i : i + size] == phrase]


# Where a list or an aside breaks a phrase: "(firearms, trafficking in human beings and
# organised crime)" names no "firearms trafficking".
_PHRASE_BREAK = re.compile(r"[,;:()\[\]]")
# a word no phrase starts with, standing for the break between two phrases
_BREAK = ","


def _hits(
    text: str, taxonomy: Taxonomy, scope: Scope = NO_SCOPE
) -> list[tuple[str, str, str, str]]:
    """(topic, key, phrase, method) of every alias, mention and pattern found in `text`.

    Scanned word by word, the longest phrase at each place first, so each phrase is found
    once: "terrorist financing" is money laundering, not also the "terrorist" of
    counter-terrorism. (A dictionary of phrases by first word: a regex alternation of
    hundreds of phrases costs fifty times more on a corpus of 10,000 outcomes.) A phrase
    the `scope` rules out is skipped, so a shorter phrase at that place can still speak.
    No phrase runs across a comma, a colon or a bracket (patterns, which describe events,
    may).
    """
    out: list[tuple[str, str, str, str]] = []
    norm = normalise(text)
    words = f" {_BREAK} ".join(normalise(part) for part in _PHRASE_BREAK.split(text)).split()
    first, keys = taxonomy._first_words, taxonomy._keys
    index, count = 0, len(words)
    while index < count:
        longest = first.get(words[index])
        if longest is None:  # most words start no phrase
            index += 1
            continue
        step = 1
        for size in range(min(longest, count - index), 0, -1):
            phrase = " ".join(words[index : index + size])
            owners = keys.get(phrase)
            if owners is not None and scope is not NO_SCOPE:
                owners = _in_scope(owners, scope)
            if owners is not None:
                out.extend(
                    (topic, phrase, phrase, "alias" if strong else "mention")
                    for topic, strong in owners
                )
                step = size
                break
        index += step
    if scope.parties:
        out = [hit for hit in out if hit[1] not in scope.parties]
    # a phrase that also names another topic from the meeting's day names both
    dated = scope._dated_by_phrase
    out.extend(
        (topic, key, phrase, "alias")
        for owner, key, phrase, _ in list(out)
        for topic in dated.get(key, ())
        if owner != topic and topic not in scope.topics
    )
    instead = scope._instead_of
    lower = lowered(norm)
    for topic in taxonomy._has_patterns:
        if topic.id in scope.topics and topic.id not in instead:
            continue
        owner = instead.get(topic.id, topic.id)
        # two patterns of a topic that describe the same words find them once, the longest
        # description winning (as phrases do)
        found = [
            (_named_span(m), p)
            for p, regex in topic._pattern_regexes
            for m in regex.finditer(norm, lower)
        ]
        taken: list[tuple[int, int]] = []
        for (start, end), pattern in sorted(found, key=lambda f: f[0][0] - f[0][1]):
            if not any(start < t_end and t_start < end for t_start, t_end in taken):
                taken.append((start, end))
                out.append((owner, pattern, norm[start:end], "pattern"))
    # (a pattern's event can be silenced too: "the incoming Hungarian Presidency ... plans to
    # hold the first Ministerial" names where a meeting is held)
    for topic in taxonomy._has_quiet:
        # (a topic's words read as its `elsewhere` topic are silenced where its own are)
        owner = instead.get(topic.id, topic.id)
        if any(hit[0] == owner for hit in out):  # nothing to silence in most sentences
            out = _without_silenced(out, owner, topic.silenced(norm))
    for topic_id in scope.wars:
        # the word itself ("war", "guerre"), as what people flee is read (_the_war_itself);
        # what goes on "despite the war" has it as its setting
        out.extend(
            (topic_id, "the war", m[0].split()[-1], "alias")
            for m in _THE_WAR.finditer(norm)
            if not _despite(norm, m.start())
        )
    for topic_id in scope.partner_events:
        # the partner's own business ("Ukraine undertook to launch the asset declarations"),
        # before the full-scale invasion as after it, unless a word of the war stands beside
        # its name: then it names the war ("displaced persons from Ukraine")
        # ("reforms continued despite the war" speaks of the reforms)
        wartime = any(not _despite(norm, m.start()) for m in _WAR_WORDS.finditer(norm))
        out = [
            (h[0], h[1], h[2], "alias") if h[0] == topic_id and h[3] == "mention" else h
            for h in out
            if wartime or not (h[0] == topic_id and h[3] == "mention")
        ]
    return out


def _named_span(match: re.Match[str]) -> tuple[int, int]:
    """Where a pattern's match names its topic: its group `phrase` when it has one (a pattern
    that reads its context before the words, "the PNR Directive ... limits the retention of
    data"), else the whole match."""
    return match.span("phrase") if "phrase" in match.re.groupindex else match.span()


def _without_silenced(hits: Hits, topic_id: str, silenced: Counter[str]) -> Hits:
    """The hits, less one of the topic's for each place its phrase names nothing (a place
    silenced holds the phrase as whole words)."""
    if not silenced:
        return hits
    kept: Hits = []
    for hit in hits:
        place = _place_of(hit[2], silenced) if hit[0] == topic_id else None
        if place is not None:
            silenced[place] -= 1
            continue
        kept.append(hit)
    return kept


def _place_of(phrase: str, silenced: Counter[str]) -> str | None:
    """The shortest silenced place, not yet used up, that holds `phrase` as whole words (so that
    a longer phrase silenced at the same words keeps its own place)."""
    places = [p for p, n in silenced.items() if n > 0 and f" {phrase} " in f" {p} "]
    return min(places, key=len, default=None)


# In a dialogue with the country a war is waged against, "the war" is that war (its aliases,
# "the war against Ukraine", are found as such and not counted twice).
_THE_WAR = re.compile(
    r"\b(?:the|this) war\b(?! (?:against|in|on|of)\b)"
    # ("people displaced by the conflict" in a dialogue with Ukraine)
    r"|\b(?:the|this) conflict\b(?! (?:against|in|on|of|between|with)\b)"
    r"|\b(?:le|ce) conflit\b(?! (?:contre|en|d|de|du|des|entre|avec)\b)"
    r"|\b(?:la|cette) guerre\b(?! (?:contre|en|d|de|du|des)\b)"
    # ... and so are "the invasion", "the aggressor", "the battlefield" and the day it began
    # ("depuis le 24 février", "people linked to the aggressor")
    r"|\b(?:the|this) (?:full scale )?(?:invasion|aggressor)\b(?! (?:of|against)\b)"
    r"|\bl (?:invasion|agresseur)\b(?! (?:de|du|des|d|contre)\b)"
    r"|\b(?:the|le) (?:battlefield|champ de bataille)\b"
    r"|\b(?:since|depuis(?: le)?) 24 (?:february|février)\b"
)
# ... except where it is only what something goes on despite ("reforms continued despite the
# war", "malgré la guerre"): the war is then its setting
_DESPITE = re.compile(
    r"\b(?:despite|in spite of|notwithstanding|malgré|en dépit de)(?: the| this| la| cette)? $"
)

# (the longest words it reads, the window searched before a word of the war)
_DESPITE_REACH = len("notwithstanding cette ")


def _despite(norm: str, at: int) -> bool:
    """Whether the words just before `at` say "despite (the)" (read in the few characters
    before it, not the whole sentence again for each word of the war)."""
    return _DESPITE.search(norm, max(0, at - _DESPITE_REACH), at) is not None


# In a dialogue named after that country, its name alone is the partner speaking of its own
# business (anti-corruption, policing): it speaks of the war only beside one of these words.
_WAR_WORDS = re.compile(
    r"\b(?:wars?|conflict|aggression|invasion|invaded|annex\w*|occupied|occupation|hostilities"
    r"|displaced|refugees?|shelling|missiles?|drones?|war crimes?|front ?line|guerre|conflit"
    # ("weapons from the front", "left on the battlefield")
    r"|(?:from|at|on|near)\s+the\s+front\b(?!\s+(?:page|desk|office|of|row))|battlefields?"
    # ("once the fighting stops"; "the fight against crime" is no war)
    r"|the\s+fighting\b(?!\s+(?:against|of))"
    r"|déplacée?s?|réfugiée?s?|frappes|bombardements?|occupée?s?|agression"
    r"|military (?:intervention|offensive|build ?up)"
    r"|martial law|loi martiale"
    # an attack is the war's only when it is an army's ("a cyberattack on Ukrainian software"
    # of 2017 is cybercrime)
    r"|(?:russian|military|missile|drone|air) (?:attacks?|strikes?))\b"
)


def _in_scope(owners: list[tuple[str, bool]], scope: Scope) -> list[tuple[str, bool]] | None:
    """The owners of a phrase the scope keeps; None when it keeps none (an ignored phrase,
    with no owner at all, is still found and consumed)."""
    instead = scope._instead_of
    kept = [
        (instead.get(topic, topic), strong)
        for topic, strong in owners
        if topic not in scope.topics or topic in instead
    ]
    return kept if kept or not owners else None


def nearest_topic(title: str, text: str, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """For an item that matched nothing: the closest topic and why (a weak hit, else a spelling)."""
    evidence = {t: e for t, e in text_evidence(f"{title}.\n{text}", taxonomy).items() if e.hits}
    if evidence:
        topic, found = max(evidence.items(), key=lambda pair: pair[1].score)
        return topic, f"{found.method} {found.phrase!r}, score {found.score:.2f}"
    keys = [key for key, owners in taxonomy._keys.items() if owners]
    best = process.extractOne(normalise(title), keys, scorer=fuzz.partial_ratio)
    if best is None or best[1] < 50:
        return None
    return taxonomy._keys[best[0]][0][0], f"close to {best[0]!r}, similarity {best[1]:.0f}"
