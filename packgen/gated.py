"""Long regular expressions searched quickly, with the same result.

In: a compiled pattern (most often an alternation of hundreds of branches). Out: a
`GatedPattern` whose `search` and `match` give the match the pattern gives, span for span, and
whose `finditer` and `sub` give what the whole pattern gives, passing over a string that holds
none of the words every match needs (the taxonomy's patterns and the time phrases, each tried on
every sentence of a corpus).

Python's engine tries every branch of an alternation at every place of a string: the
matcher's "named in passing" pattern, some 300 branches, cost about a millisecond a
sentence, most of the follow-up finder's time. Every branch needs one of a few words to match
("mentioned", "touched", "hommage" ...), read from the pattern itself: a branch is tried only
on a string that holds one of its words, and a string that holds none is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

try:  # Python 3.11+
    from re import _compiler  # type: ignore[attr-defined]
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _parse  # type: ignore[no-redef]

_compile = _compiler.compile

#: Letters that IGNORECASE matches to a Latin letter but str.lower() does not map to it
#: ("ı" to "i", "ſ" to "s", and "İ", whose lower case is two characters): a string holding
#: one is searched with the whole pattern.
_UNMAPPED = re.compile("[\u0130\u0131\u017f]")
_TYPOGRAPHIC = "’‘“”–—…"
#: words shorter than this say too little to gate a branch
_SHORTEST_WORD = 3
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}


def needed_words(parsed: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """Lower-case words one of which every match of a parsed pattern holds; None if unknown."""
    choices: list[frozenset[str]] = []
    run = ""
    for op, arg in parsed:
        if op is _sre.LITERAL and _plain(chr(arg)):
            run += chr(arg).lower()
            continue
        if op in _ZERO_WIDTH:
            continue  # "\b", "$" and lookarounds take no characters: the run goes on
        if run:
            choices.append(frozenset([run]))
        run = ""
        choice = _needed_by_part(op, arg)
        if choice:
            choices.append(choice)
    if run:
        choices.append(frozenset([run]))
    usable = [c for c in choices if min(map(len, c)) >= _SHORTEST_WORD]
    # the choice whose shortest word is longest gates best (fewest strings pass it)
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _plain(char: str) -> bool:
    """A character matched, with or without IGNORECASE, only by what str.lower() maps to it.

    Latin-1 and typographic punctuation; other letters (Greek, "µ", "ß" ...) have
    equivalents the engine matches that str.lower() does not give, so they gate nothing.
    (tests/test_gated.py checks the claim on every Unicode character.)
    """
    lower = char.lower()
    return len(lower) == 1 and (ord(lower) < 0x100 and lower not in "µßÿ" or lower in _TYPOGRAPHIC)


def _needed_by_part(op: Any, arg: Any) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, parsed = arg
        return None if add_flags or del_flags else needed_words(parsed)
    if op is _sre.BRANCH:
        branches = [needed_words(branch) for branch in arg[1]]
        if any(words is None for words in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS and arg[0] >= 1:
        return needed_words(arg[2])
    return None


class GatedPattern:
    """A compiled pattern searched branch by branch, each behind the words it needs.

    The branches are compiled at the first search (a fifth of a second for the largest
    pattern), so a process that never searches with it does not pay for them.
    """

    def __init__(self, whole: re.Pattern[str]) -> None:
        self.whole = whole
        self.pattern = whole.pattern
        self.flags = whole.flags
        self._branches: list[re.Pattern[str]] = []
        self._by_word: dict[str, list[int]] = {}
        self._always: list[int] = []
        self._words: frozenset[str] | None = None
        self._words_read = False

    def may_match(self, string: str, lower: str | None = None) -> bool:
        """False only when `string` holds none of the words every match of the pattern needs.

        Reads the words alone (no branch is compiled), for a pattern searched whole. `lower`
        is `lowered(string)` when the caller has it: a topic's patterns are each tried on
        every sentence of a corpus, and most sentences hold none of their words.
        """
        if not self._words_read:
            self._words = needed_words(_parse.parse(self.pattern, self.flags))
            self._words_read = True
        if self._words is None:
            return True
        lower = lowered(string) if lower is None else lower
        return lower is None or any(word in lower for word in self._words)

    def finditer(self, string: str, lower: str | None = None) -> Iterator[re.Match[str]]:
        """Every match the whole pattern finds; none, without searching, when it cannot match."""
        return self.whole.finditer(string) if self.may_match(string, lower) else iter(())

    def sub(self, repl: str, string: str) -> str:
        """`string` with every match replaced, as the whole pattern replaces them."""
        return self.whole.sub(repl, string) if self.may_match(string) else string

    def _build(self) -> None:
        branches = _top_branches(self.whole)
        for number, branch in enumerate(branches):
            # (compiled from the parse itself, so a branch is exactly what the pattern holds)
            self._branches.append(_compile(branch, self.flags) if len(branches) > 1 else self.whole)
            words = needed_words(branch)
            if words is None:
                self._always.append(number)
            for word in words or ():
                self._by_word.setdefault(word, []).append(number)

    def _candidates(self, string: str) -> list[int] | None:
        """The branches that may match `string`, in order; None: search the whole pattern."""
        if not self._branches:
            self._build()
        lower = lowered(string)
        if lower is None:
            return None
        numbers = set(self._always)
        for word, branches in self._by_word.items():
            if word in lower:
                numbers.update(branches)
        return sorted(numbers)

    def search(self, string: str) -> re.Match[str] | None:
        """The leftmost match, the earliest branch at that place, as the whole pattern finds it."""
        candidates = self._candidates(string)
        if candidates is None or (len(self._branches) == 1 and candidates):
            return self.whole.search(string)
        best: re.Match[str] | None = None
        for number in candidates:
            found = self._branches[number].search(string)
            if found and (best is None or found.start() < best.start()):
                best = found
        return best

    def match(self, string: str) -> re.Match[str] | None:
        """A match at the start of `string`: the first branch that matches there."""
        candidates = self._candidates(string)
        if candidates is None or (len(self._branches) == 1 and candidates):
            return self.whole.match(string)
        for number in candidates:
            if found := self._branches[number].match(string):
                return found
        return None


def _top_branches(pattern: re.Pattern[str]) -> list[Any]:
    """The pattern's top-level branches, parsed; the whole pattern alone if it has groups (a
    branch compiled apart would number them anew) or is no alternation."""
    parsed = _parse.parse(pattern.pattern, pattern.flags)
    items = list(parsed)
    if pattern.groups or not items or items[-1][0] is not _sre.BRANCH:
        return [parsed]
    lead = items[:-1]
    if any(op not in _ZERO_WIDTH for op, _ in lead):
        return [parsed]
    # "\b(?:A|B)" is "\bA|\bB": a zero-width lead (a word boundary, a lookbehind) goes
    # with every branch
    return [_parse.SubPattern(parsed.state, lead + list(branch)) for branch in items[-1][1][1]]


def lowered(string: str) -> str | None:
    """`string` as the gates read it (lower case); None when it holds a letter that
    IGNORECASE matches but str.lower() does not map, which no gate may pass over."""
    return None if _UNMAPPED.search(string) else string.lower()


def gated(pattern: re.Pattern[str]) -> GatedPattern:
    return GatedPattern(pattern)
