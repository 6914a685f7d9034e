"""EU-language date words in, dates out: month names of the 24 official languages from Babel.

Council documents print their date line in the language of the version
("Bryssel den 9 juni 2011", "Bruxelles, le 9 juin 2011", "2011. június 9.",
"9th June 2011"). Month names come from Babel's CLDR data, never from a
hand-made table; the few names two languages share with different months
("listopad": November in Czech and Polish, October in Croatian) are settled by
the rest of the line, again through Babel's own long date format.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

#: The official languages of the European Union (Babel locale codes).
EU_LOCALES = [
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fi",
    "fr",
    "ga",
    "hr",
    "hu",
    "it",
    "lt",
    "lv",
    "mt",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
]

_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|re|e|\.|º|ª|-?[a-zа-я]{1,3}\.?)?$", re.IGNORECASE)
_YEAR = re.compile(r"^((?:19|20)\d{2})(?:\.|,)?$")
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|[’'. -])*$")  # "juni", "ta'", "Meán Fómhair"
#: Words of a date line that are neither day, month nor year: "le", "den", "de", "ta'", "gada", "m.".
_MAX_CONNECTOR_CHARS = 5


@dataclass(frozen=True)
class DateLine:
    """What a place-and-date line says: the place as printed, the date (None: unreadable)."""

    place: str
    date: dt.date | None
    printed: str  # the date as printed, for warnings
    rest: str  # what follows the date: "(14.6)", "(OR. en)"


@lru_cache(maxsize=2)
def month_table(
    widths: tuple[str, ...] = ("wide", "abbreviated"),
) -> dict[str, dict[int, frozenset[str]]]:
    """Lower-case month name (of `widths`, both contexts) -> month -> locales."""
    from babel.dates import get_month_names

    table: dict[str, dict[int, set[str]]] = {}
    for locale in EU_LOCALES:
        for context in ("format", "stand-alone"):
            for width in widths:
                for number, name in get_month_names(width, context, locale=locale).items():
                    key = _key(name)
                    table.setdefault(key, {}).setdefault(number, set()).add(locale)
    return {name: {n: frozenset(ls) for n, ls in months.items()} for name, months in table.items()}


def month_number(word: str, context: str = "") -> int | None:
    """The month a word names in any EU language; a shared name is settled by `context`."""
    months = month_table().get(_key(word))
    if not months:
        return None
    if len(months) == 1:
        return next(iter(months))
    return _settle(months, context)


def prose_month(word: str) -> int | None:
    """The month a full month name gives in running text, in any EU language ("June", "juin").

    Abbreviations are left out: in prose "Set", "Mar" or "Out" are words, not months; so
    is a name two languages read as different months ("listopad").
    """
    months = month_table(("wide",)).get(_key(word))
    return next(iter(months)) if months and len(months) == 1 else None


def parse_date(day: str, month: str, year: str, context: str = "") -> dt.date | None:
    """A date from its printed parts ("9th", "juin", "2011"); None when it is no real date."""
    day_match, year_match = _DAY.match(day.strip()), _YEAR.match(year.strip())
    number = month_number(month, context)
    if not (day_match and year_match and number):
        return None
    try:
        return dt.date(int(year_match.group(1)), number, int(day_match.group(1)))
    except ValueError:
        return None


def read_date_line(line: str) -> DateLine | None:
    """ "Place, day month year (rest)" in any EU language and word order; None if no date line.

    A line with a place, a day, a year and one month-like word is a date line even
    when the word is no month we know: its date is then None (the caller warns).
    """
    text = " ".join(line.replace("\t", " ").split())
    head, paren, tail = text.partition("(")
    rest = (paren + tail).strip()
    tokens = head.replace(",", " , ").split()
    place_words: list[str] = []
    while tokens and not tokens[0][:1].isdigit() and not _is_connector(tokens[0]):
        if tokens[0] == ",":
            tokens.pop(0)
            break
        place_words.append(tokens.pop(0))
    place = " ".join(place_words).strip(" ,")
    # "Bryssel den 9 juni 2011": a place is capitalised words, not "The delegations met on"
    if not place or len(place) > 40 or not all(word[0].isupper() for word in place_words):
        return None
    date_tokens = _join_two_word_months([t for t in tokens if t != ","])
    return _date_of(place, date_tokens, rest)


def _join_two_word_months(tokens: list[str]) -> list[str]:
    """Irish months are two words ("Meán Fómhair"): keep them together as one token."""
    joined: list[str] = []
    for token in tokens:
        if joined and month_number(f"{joined[-1]} {token}") and not month_number(token):
            joined[-1] = f"{joined[-1]} {token}"
        else:
            joined.append(token)
    return joined


def _date_of(place: str, tokens: list[str], rest: str) -> DateLine | None:
    if not 3 <= len(tokens) <= 7:
        return None
    days = [t for t in tokens if _DAY.match(t) and not _YEAR.match(t)]
    years = [t for t in tokens if _YEAR.match(t)]
    words = [t for t in tokens if t not in days and t not in years]
    if len(days) != 1 or len(years) != 1 or not words:
        return None
    if not all(_WORD.match(w) for w in words):
        return None
    printed = " ".join(tokens)
    months = [w for w in words if month_number(w, printed) is not None]
    if not months:
        months = [w for w in words if _is_month_like(w, printed)]
    others = [w for w in words if w not in months]
    if len(months) != 1 or not all(_is_connector(w) for w in others):
        return None
    date = parse_date(days[0], months[0], years[0], printed)
    return DateLine(place=place, date=date, printed=printed, rest=rest)


def _is_month_like(word: str, printed: str) -> bool:
    """A word in the month's place that is no month we know ("Febtober"): an unreadable date."""
    return not _is_connector(word) or month_number(word, printed) is not None


def _is_connector(token: str) -> bool:
    """ "le", "den", "am", "el", "on": lower-case words between a place and its date."""
    return token[:1].islower() and len(token) <= _MAX_CONNECTOR_CHARS


def _settle(months: dict[int, frozenset[str]], context: str) -> int | None:
    """Pick the month whose language prints a long date the way `context` does."""
    from babel.dates import format_date

    found = re.search(r"(?<!\d)(\d{1,2})(?!\d)", context)
    year = re.search(r"(?:19|20)\d{2}", context)
    if found and year:
        flat = _key(context)
        for number, locales in sorted(months.items()):
            try:
                date = dt.date(int(year.group()), number, int(found.group(1)))
            except ValueError:
                continue
            for locale in sorted(locales):
                if _key(format_date(date, "long", locale=locale)) in flat:
                    return number
    return None  # a name two languages read differently, with nothing to decide by


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split()).strip(".")


def known_language(value: str) -> str:
    """`value` when Babel knows it as a language ("en", "fr", "de"); ValueError otherwise.

    The one check behind every `language` field (brief specs, packgen.yaml)."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(value)
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"unknown language '{value}' (e.g. en, fr, de)") from None
    return value
