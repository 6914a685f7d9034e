"""packgen.gated: a long pattern searched branch by branch gives what the whole pattern gives."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import packgen.duedates as duedates
import packgen.followups as followups
import packgen.topics as topics
from packgen.gated import _UNMAPPED, GatedPattern, _parse, _plain, lowered, needed_words
from packgen.topics import DEFAULT_TOPICS, load_topics
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
GATED = {
    f"{module.__name__}.{name}": value
    for module in (topics, followups)
    for name, value in vars(module).items()
    if isinstance(value, GatedPattern)
}
#: patterns searched whole behind their words: the taxonomy's own and the time phrases
WORD_GATED = [
    regex
    for topic in load_topics(DEFAULT_TOPICS)._has_patterns
    for _, regex in topic._pattern_regexes
] + [pattern for patterns, _ in duedates._TIMES for pattern in patterns]


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


@cache
def _strings() -> list[str]:
    """Every line and sentence of the bundled outcomes and of two measurement sets."""
    files = sorted((ROOT / "seeds" / "outcomes").glob("*.txt"))
    for number in (559, 560):
        files += sorted((FIXTURES / "history" / f"blind{number}" / "outcomes").glob("*.txt"))
    out: list[str] = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            out += [line, *re.split(r"(?<=[.;:])\s+", line)]
    return [s for s in dict.fromkeys(out) if s.strip()]


def test_the_matchers_long_patterns_are_gated() -> None:
    names = {"_IN_PASSING", "_NOT_DISCUSSED", "_ITEM_NOT_DISCUSSED"}
    assert {f"packgen.topics.{name}" for name in names} <= GATED.keys()
    assert {"packgen.followups._COMMITMENT", "packgen.followups._NOT_UNDERTAKEN"} <= GATED.keys()
    # the largest is cut into its branches, each behind the words it needs
    passing = GATED["packgen.topics._IN_PASSING"]
    passing.search("")
    assert len(passing._branches) > 300 and passing._always == []
    # the commitment phrasings too, though a word boundary opens them all: two of its ninety
    # branches need no word ("La Présidence : d'ici juin", "elle présentera")
    committing = GATED["packgen.followups._COMMITMENT"]
    committing.search("")
    assert len(committing._branches) > 90 and len(committing._always) == 2


@pytest.mark.parametrize("name", sorted(GATED))
def test_a_gated_pattern_finds_what_the_whole_pattern_finds(name: str) -> None:
    gated = GATED[name]
    strings = _strings()
    assert len(strings) > 1000
    for string in strings:
        assert _span(gated.search(string)) == _span(gated.whole.search(string)), string
        assert _span(gated.match(string)) == _span(gated.whole.match(string)), string


def test_the_leftmost_match_wins_whatever_the_branch_order() -> None:
    gated = GatedPattern(re.compile(r"\bzeta\b|\balpha\b", re.IGNORECASE))
    assert gated.search("Alpha, then zeta").span() == (0, 5)
    assert gated.search("nothing here") is None


def test_at_one_place_the_earlier_branch_wins_as_in_the_whole_pattern() -> None:
    short_first = GatedPattern(re.compile(r"\bexample\b|\bexample\s+given\b"))
    long_first = GatedPattern(re.compile(r"\bexample\s+given\b|\bexample\b"))
    assert short_first.search("an example given").span() == (3, 10)
    assert long_first.search("an example given").span() == (3, 16)
    assert long_first.match("example given").span() == (0, 13)


def test_letters_str_lower_does_not_map_are_searched_with_the_whole_pattern() -> None:
    # IGNORECASE matches "ı" to "i" and "ſ" to "s"; str.lower() does not
    gated = GatedPattern(re.compile(r"\bmentioned\b|\bbriefly\s+raised\b", re.IGNORECASE))
    for string in ("was MENTıONED", "was mentioned", "briefly raiſed", "İt was briefly raised"):
        assert _span(gated.search(string)) == _span(gated.whole.search(string)) is not None


def test_a_pattern_with_groups_is_not_cut_and_keeps_its_groups() -> None:
    gated = GatedPattern(re.compile(r"\b(raised)\s+by\s+(\w+)|\b(noted)\b"))
    found = gated.search("it was raised by Europol")
    assert found is not None and found.group(2) == "Europol"
    assert len(gated._branches) == 1


def test_a_zero_width_lead_the_parser_factors_out_goes_with_every_branch() -> None:
    # "\b" opens every branch: the parser takes it out, and each branch gets it back
    gated = GatedPattern(re.compile(r"\bfoo\w*|\bbar\w*"))
    assert gated.search("a barrel").span() == (2, 8)
    assert gated.search("crowbar sofoo") is None
    assert len(gated._branches) == 2 and gated._by_word.keys() == {"foo", "bar"}
    behind = GatedPattern(re.compile(r"(?<!not )(?:noted|welcomed)"))
    assert behind.search("not noted, then welcomed").span() == (16, 24)
    assert len(behind._branches) == 2


def test_a_lead_that_takes_characters_is_not_cut() -> None:
    # "ab|ac" is "a[bc]" to the parser, "x(?:a|b)" keeps its "x": searched whole
    for pattern in (r"\bxfoo|\bxbar", r"x(?:alpha|beta)"):
        gated = GatedPattern(re.compile(pattern))
        gated.search("")
        assert gated._branches == [gated.whole]


@pytest.mark.parametrize("pattern", range(len(WORD_GATED)), ids=lambda n: f"pattern{n}")
def test_a_word_gate_passes_every_string_the_pattern_finds_something_in(pattern: int) -> None:
    # (the gate is all that differs from the whole pattern: a string it passes over must be
    # one the whole pattern finds nothing in)
    gate = WORD_GATED[pattern]
    for string in _strings():
        if not gate.may_match(string, lowered(string)):
            assert gate.whole.search(string) is None, string


def test_a_word_gate_reads_the_words_a_pattern_needs() -> None:
    gate = GatedPattern(re.compile(r"\b(?:before|by)\s+(?P<feast>christmas|noël)\b", re.I))
    assert not gate.may_match("by the end of June")
    assert gate.may_match("BY CHRISTMAS") and gate.may_match("avant Noël")
    assert list(gate.finditer("by the end of June")) == []
    assert gate.sub("~", "before Christmas and by Noël") == "~ and ~"
    # a letter IGNORECASE matches but str.lower() does not map: passed, searched whole
    assert lowered("before Chrıstmas") is None
    assert gate.may_match("before Chrıstmas")
    # a pattern that needs no word of three letters is never passed over
    assert GatedPattern(re.compile(r"\d+ (?:to|at)")).may_match("nothing")


def test_the_words_a_pattern_needs() -> None:
    assert needed_words(_parse.parse(r"\b(?:was|were)\s+briefly\s+mentioned\b")) == {"mentioned"}
    assert needed_words(_parse.parse(r"(?:touched|Referred)\s+(?:up)?on")) == {
        "touched",
        "referred",
    }
    # nothing is needed of an optional part, and a word of two letters gates too little
    assert needed_words(_parse.parse(r"(?:tribute\s+)?to|at")) is None
    assert needed_words(_parse.parse(r"[dD]iscussed")) == {"iscussed"}


def test_only_the_unmapped_letters_escape_str_lower() -> None:
    # every character IGNORECASE matches to a gating letter is one str.lower() maps to it, or
    # one of the few the gate sends to the whole pattern
    targets = {chr(c).lower() for c in range(0x110000) if _plain(chr(c))}
    letters = "".join(sorted(t for t in targets if t.isalpha()))
    any_target = re.compile(f"[{re.escape(letters)}]", re.IGNORECASE)
    escaped = {
        chr(c)
        for c in range(0x110000)
        if not 0xD800 <= c < 0xE000
        and any_target.fullmatch(chr(c))
        and chr(c).lower() not in targets
    }
    assert escaped == {"\u0130", "\u0131", "\u017f"}
    assert all(_UNMAPPED.search(char) for char in escaped)


_WORDS = [
    "was",
    "mentioned",
    "briefly",
    "raised",
    "touched",
    "on",
    "only",
    "in",
    "passing",
    "the",
    "PNR",
    "minute",
    "of",
    "silence",
    "tribute",
    "to",
    "for",
    "his",
    "work",
    "thanked",
    "example",
    "as",
    "an",
    "illustration",
    "MENTIONED",
    "ı",
    "Also",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + [".", ";", ",", "(", ")"]), max_size=14))
def test_made_up_sentences_give_the_same_match(words: list[str]) -> None:
    string = " ".join(words)
    for gated in GATED.values():
        assert _span(gated.search(string)) == _span(gated.whole.search(string))
        assert _span(gated.match(string)) == _span(gated.whole.match(string))
