"""Topic taxonomy: topics.yaml in, a validated Taxonomy and explained item-to-topic matches out."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from rapidfuzz import fuzz, process
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

import packgen
from packgen.errors import InputError

DEFAULT_TOPICS: Path = packgen.PROJECT_ROOT / "seeds" / "topics.yaml"

#: A title that contains no alias may still be a misspelt one ("organized crime").
FUZZY_MIN_SCORE = 92.0
#: Only aliases this long are fuzzy-matched: short ones ("MLA", "drugs") give false hits.
FUZZY_MIN_ALIAS_LENGTH = 10
#: Text is consulted only for a title that matches nothing; a passing mention is not a topic.
TEXT_MIN_HITS = 2

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalise(text: str) -> str:
    """Lower case, every run of punctuation/dashes/spaces as one space: 'Counter-Terrorism' -> 'counter terrorism'."""
    return _NON_WORD.sub(" ", text.lower()).strip()


class Topic(BaseModel):
    """One topic of the taxonomy (fields documented in seeds/topics.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="stable kebab-case identifier used in briefs and on the CLI")
    label: str = Field(description="human-readable name")
    description: str | None = None
    aliases: list[str] = Field(default_factory=list, description="phrases that name the topic")
    patterns: list[str] = Field(
        default_factory=list, description="regular expressions over normalised text"
    )
    subject_codes: list[str] = Field(
        default_factory=list, description='subject-code prefixes such as "VISA", "COTER"'
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
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(
                    f"pattern {value!r} is not a valid regular expression: {exc}"
                ) from None
        return values

    @cached_property
    def _alias_keys(self) -> list[str]:
        return list(dict.fromkeys(k for k in map(normalise, [self.label, *self.aliases]) if k))

    @cached_property
    def _alias_regex(self) -> re.Pattern[str]:
        # longest first, so that "counter terrorism" wins over "terrorism" at the same place
        keys = sorted(self._alias_keys, key=len, reverse=True)
        if not keys:
            return re.compile(r"(?!)")  # matches nothing
        return re.compile(r"\b(?:" + "|".join(map(re.escape, keys)) + r")\b")

    @cached_property
    def _pattern_regexes(self) -> list[tuple[str, re.Pattern[str]]]:
        return [(p, re.compile(p)) for p in self.patterns]


@dataclass(frozen=True)
class Assignment:
    """Why a piece of text belongs to a topic: what matched, where, and how well."""

    topic: str
    where: Literal["title", "text"]
    method: Literal["alias", "pattern", "fuzzy"]
    matched: str  # the alias or pattern of the taxonomy
    phrase: str  # the words of the document that matched it
    score: float  # 100 for an exact alias or pattern, the rapidfuzz score for a fuzzy one
    hits: int = 1  # occurrences in the text (text matches)

    def explain(self) -> str:
        what = {"alias": "alias", "pattern": "pattern", "fuzzy": "close to alias"}[self.method]
        times = f", {self.hits} hits" if self.where == "text" else ""
        return f"{self.where} {what} {self.matched!r} matched {self.phrase!r} (score {self.score:.0f}{times})"


class Taxonomy(BaseModel):
    """The topics a corpus is sorted into."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    topics: list[Topic]

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
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "topics file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read topics file: {exc}") from None
    key = (str(path.resolve()), hashlib.sha256(text.encode("utf-8")).hexdigest())
    if key not in _LOADED:
        if len(_LOADED) >= 16:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[key] = _parse_topics(path, text)
    return _LOADED[key]


def _parse_topics(path: Path, text: str) -> Taxonomy:
    try:
        data = YAML(typ="rt").load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise InputError(
            path, f"not valid YAML: {getattr(exc, 'problem', exc)}", line=line
        ) from None
    if not isinstance(data, CommentedMap) or "topics" not in data:
        raise InputError(path, "expected a mapping with a 'topics' list", line=1)
    try:
        taxonomy = Taxonomy.model_validate(_plain(data))
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        raise InputError(path, f"{_dotted(loc)}: {message}", line=_line_of(data, loc)) from None
    _check_unique_ids(path, data, taxonomy)
    return taxonomy


def _check_unique_ids(path: Path, data: CommentedMap, taxonomy: Taxonomy) -> None:
    seen: set[str] = set()
    for index, topic in enumerate(taxonomy.topics):
        if topic.id in seen:
            loc = ("topics", index, "id")
            raise InputError(
                path, f"{_dotted(loc)}: duplicate id '{topic.id}'", line=_line_of(data, loc)
            )
        seen.add(topic.id)


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _dotted(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _line_of(node: Any, loc: tuple) -> int | None:
    """1-based line of the deepest part of `loc` that exists in the YAML tree."""
    line = None
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
        else:
            break
    return line


def match_item(
    title: str,
    text: str,
    taxonomy: Taxonomy,
    subject_codes: Sequence[str] = (),
    titles: dict[str, list[Assignment]] | None = None,
) -> list[Assignment]:
    """The topics of one item or sub-item: from its title, else from its text, each explained.

    A text match also needs the record to carry one of the topic's subject codes when the
    record has any (a brief's mention of "drugs" in a visa item is not a drugs item).
    `titles` keeps each title's matches across calls with the same taxonomy: a series of
    meetings repeats its item titles, and matching a title costs more than looking it up.
    """
    if titles is None:
        by_title = match_title(title, taxonomy)
    elif (by_title := titles.get(title)) is None:
        by_title = titles[title] = match_title(title, taxonomy)
    if by_title:
        return list(by_title)
    return _match_text(text, taxonomy, subject_codes)


def match_title(title: str, taxonomy: Taxonomy) -> list[Assignment]:
    """Exact aliases and patterns; fuzzy aliases only for a title with no exact hit at all.

    (Fuzzy matching costs ten times an exact pass, and a title that names one topic
    exactly rarely misspells another.)
    """
    norm = normalise(title)
    exact = {t.id: found for t in taxonomy.topics if (found := _first_exact(t, norm))}
    fuzzy = {} if exact else _fuzzy(norm, taxonomy)
    out: list[Assignment] = []
    for topic in taxonomy.topics:
        found = exact.get(topic.id) or fuzzy.get(topic.id)
        if found is not None:
            method, matched, phrase, score = found
            out.append(Assignment(topic.id, "title", method, matched, phrase, score))
    return out


def mentioned_topics(text: str, taxonomy: Taxonomy) -> list[str]:
    """Ids of the topics whose aliases or patterns occur in `text` (exact matches only)."""
    norm = normalise(text)
    return [t.id for t in taxonomy.topics if _first_exact(t, norm) is not None]


def _first_exact(topic: Topic, norm: str) -> tuple[str, str, str, float] | None:
    # the longest alias found explains the match best ("border management" over "borders")
    hits = topic._alias_regex.findall(norm)
    if hits:
        alias = max(hits, key=len)
        return "alias", alias, alias, 100.0
    for pattern, regex in topic._pattern_regexes:
        hit = regex.search(norm)
        if hit:
            return "pattern", pattern, hit.group(0), 100.0
    return None


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
        phrase = norm[alignment.dest_start : alignment.dest_end]
        best[topic_id] = ("fuzzy", alias, phrase, round(score, 1))
    return best


def _match_text(text: str, taxonomy: Taxonomy, subject_codes: Sequence[str]) -> list[Assignment]:
    norm = normalise(text)
    prefixes = {code.split()[0].upper() for code in subject_codes if code.strip()}
    out: list[Assignment] = []
    for topic in taxonomy.topics:
        if prefixes and topic.subject_codes and not prefixes & set(topic.subject_codes):
            continue
        counts: dict[str, int] = {}
        for phrase in topic._alias_regex.findall(norm):
            counts[phrase] = counts.get(phrase, 0) + 1
        first_phrase = {alias: alias for alias in counts}
        for pattern, regex in topic._pattern_regexes:
            hits = [m.group(0) for m in regex.finditer(norm)]
            if hits:
                counts[pattern] = len(hits)
                first_phrase[pattern] = hits[0]
        total = sum(counts.values())
        if total >= TEXT_MIN_HITS:
            top = max(counts, key=lambda a: counts[a])
            method = "pattern" if top in topic.patterns else "alias"
            out.append(Assignment(topic.id, "text", method, top, first_phrase[top], 100.0, total))
    return out
