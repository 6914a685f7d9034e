"""Language code in, the fixed wording of that language out: gettext catalogs read with Babel.

Every word packgen prints on its own account (the institution, the date line, the header
labels, the document types, section headings, lead-ins, follow-up labels, the footer's
page numbering) is a message of the `packgen` gettext domain. The catalogs are the .po
files under packgen/locale/<language>/LC_MESSAGES/, extracted from the Python sources and
the Jinja2 templates with `pybabel extract` (babel.cfg) into packgen/locale/packgen.pot.
They are read at run time through babel.messages, so an installed wheel needs no compile
step; a language without a catalog prints the English wording (and Babel's dates).

Compose and the writers ask this module, never a table of their own.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from functools import cache
from gettext import NullTranslations

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from packgen import bundled

LOCALE_DIR = bundled.locale_dir()
DOMAIN = "packgen"
#: the languages whose catalogs ship with packgen (English is the source language): adding
#: a language is adding its packgen/locale/<language>/LC_MESSAGES/packgen.po
CATALOG_LANGUAGES = tuple(
    sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
)


def N_(message: str) -> str:
    """Marks a message for extraction where it is defined; translated where it is printed."""
    return message


def NP_(context: str, message: str) -> str:
    """N_ with a context, for a word that means two things ("Luxembourg": seat, adjective)."""
    return message


@cache
def translations(language: str) -> NullTranslations:
    """The catalog of `language` (English and languages without a catalog: none)."""
    po = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if language == "en" or not po.is_file():
        return NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out: an unchecked guess is not printed
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def gettext(language: str, message: str) -> str:
    return translations(language).gettext(message)


def ngettext(language: str, singular: str, plural: str, n: int) -> str:
    return translations(language).ngettext(singular, plural, n)


# --- dates ----------------------------------------------------------------------------------

#: Babel pattern of a date in running text; French, German... say it in their catalogs
DATE_PATTERN = N_("d MMMM y")
DATE_PATTERN_NO_YEAR = N_("d MMMM")


def long_date(day: dt.date, language: str = "en", year: bool = True) -> str:
    """'21 June 2023', '1er juillet 2023', '21. Juni 2023': Babel's month names."""
    pattern = gettext(language, DATE_PATTERN if year else DATE_PATTERN_NO_YEAR)
    text = format_date(day, pattern, locale=language)
    if language == "fr" and day.day == 1:
        # French writes the first day of a month as an ordinal ("1er juillet")
        text = re.sub(r"^1(?!\d)", "1er", text)
    return text


def in_context(language: str, context: str, message: str) -> str:
    """gettext's pgettext: `message` as meant in `context`."""
    return translations(language).pgettext(context, message)


#: the date after the place in the header ("Brussels, 21 June 2023": "le 21 juin 2023")
DATE_LINE = ("header date line", NP_("header date line", "%(date)s"))


def date_line(day: dt.date, language: str = "en") -> str:
    """The date of the header's place-and-date line: '21 June 2023', 'le 21 juin 2023'."""
    return in_context(language, *DATE_LINE) % {"date": long_date(day, language)}


#: the Council's seats, printed in the brief's language ("Bruxelles"); other places as written
SEATS = (N_("Brussels"), N_("Luxembourg"), N_("Strasbourg"))


def place(name: str, language: str = "en") -> str:
    return gettext(language, name) if name in SEATS else name


#: the calendar's Presidency adjectives (packgen/data/presidencies.yaml), as the catalogs say them
ADJECTIVE_CONTEXT = "presidency adjective"
PRESIDENCY_ADJECTIVES = (
    NP_("presidency adjective", "Austrian"),
    NP_("presidency adjective", "Belgian"),
    NP_("presidency adjective", "Bulgarian"),
    NP_("presidency adjective", "Croatian"),
    NP_("presidency adjective", "Cypriot"),
    NP_("presidency adjective", "Czech"),
    NP_("presidency adjective", "Danish"),
    NP_("presidency adjective", "Dutch"),
    NP_("presidency adjective", "Estonian"),
    NP_("presidency adjective", "Finnish"),
    NP_("presidency adjective", "French"),
    NP_("presidency adjective", "German"),
    NP_("presidency adjective", "Greek"),
    NP_("presidency adjective", "Hungarian"),
    NP_("presidency adjective", "Irish"),
    NP_("presidency adjective", "Italian"),
    NP_("presidency adjective", "Latvian"),
    NP_("presidency adjective", "Lithuanian"),
    NP_("presidency adjective", "Luxembourg"),
    NP_("presidency adjective", "Maltese"),
    NP_("presidency adjective", "Polish"),
    NP_("presidency adjective", "Portuguese"),
    NP_("presidency adjective", "Romanian"),
    NP_("presidency adjective", "Slovak"),
    NP_("presidency adjective", "Slovenian"),
    NP_("presidency adjective", "Spanish"),
    NP_("presidency adjective", "Swedish"),
)


def presidency_adjective(adjective: str | None, language: str = "en") -> str | None:
    """'Swedish' -> 'suédoise': a workspace's own adjective (not in the calendar) as written."""
    if adjective is None:
        return None
    return in_context(language, ADJECTIVE_CONTEXT, adjective)


def join_and(parts: list[str], language: str = "en") -> str:
    """'A and B', 'A, B and C' in the brief's language."""
    parts = [str(p) for p in parts]
    if len(parts) < 2:
        return "".join(parts)
    text = gettext(language, N_("%(rest)s and %(last)s"))
    return text % {"rest": ", ".join(parts[:-1]), "last": parts[-1]}


#: numbers one to nine in words, 10 and up in figures (Council style)
NUMBER_WORDS = (
    N_("zero"),
    N_("one"),
    N_("two"),
    N_("three"),
    N_("four"),
    N_("five"),
    N_("six"),
    N_("seven"),
    N_("eight"),
    N_("nine"),
)


def number_words(n: int, language: str = "en") -> str:
    return gettext(language, NUMBER_WORDS[n]) if 0 <= n < 10 else str(n)


#: the EU's own country codes that ISO 3166 spells otherwise
_ISO_CODES = {"EL": "GR", "UK": "GB"}


def country(code: str, name: str, language: str = "en") -> str:
    """A Member State's name in `language` from Babel's CLDR data ('ES' -> 'Espagne')."""
    if language == "en":
        return name
    from babel import Locale

    territories = Locale.parse(language).territories
    return territories.get(_ISO_CODES.get(code, code), name)


# --- the header block and the footer --------------------------------------------------------

INSTITUTION = (N_("Council of the"), N_("European Union"))


def institution(language: str = "en") -> str:
    return " ".join(gettext(language, part) for part in INSTITUTION)


def institution_tails() -> list[str]:
    """The second line of the institution in every catalog ('European Union', "l'Union européenne")."""
    tails = [gettext(lang, INSTITUTION[1]) for lang in ("en", *CATALOG_LANGUAGES)]
    return list(dict.fromkeys(tails + [tail.upper() for tail in tails]))


#: the header grid's labels, in the order the Council prints them
HEADER_LABELS = {
    "from": N_("From:"),
    "to": N_("To:"),
    "prev_docs": N_("No. prev. doc.:"),
    "subject": N_("Subject:"),
    "summary": N_("Summary:"),
}


def header_label(field: str, language: str = "en") -> str:
    return gettext(language, HEADER_LABELS[field])


PAGE_OF = N_("page %(page)s of %(pages)s")


def page_of(language: str = "en") -> tuple[str, str, str]:
    """The footer's 'page X of Y' cut around its two numbers: ('page ', ' of ', '')."""
    text = gettext(language, PAGE_OF)
    before, _, rest = text.partition("%(page)s")
    between, _, after = rest.partition("%(pages)s")
    return before, between, after


# --- French typography ----------------------------------------------------------------------

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space

_SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]+([;:!?»])")
_SPACE_AFTER_GUILLEMET = re.compile(r"(«)[ \u00a0\u202f]+")
# a mark glued to a word and followed by a space or the end: never a URL's "?" or a time's ":"
_BARE_BEFORE = re.compile(r"(?<=\w)([;:!?»])(?=\s|$|[»)\]])")
_BARE_AFTER_GUILLEMET = re.compile(r"«(?=\S)")


def typography(text: str, language: str, convention: str = "eu") -> str:
    """Spacing around ; : ! ? and guillemets in French text, by one of two conventions.

    "eu": the Interinstitutional Style Guide (section 6.4, "Espacement des signes de
    ponctuation") that Council documents follow: no space before ; : ! ? and none inside
    « », "Objet: ...". "national": the French national code, a no-break space before them
    (narrow before ; ! ? », full before :) and after «, so that none starts a line.
    Other languages are returned unchanged.
    """
    if language != "fr" or not text:
        return text
    if convention == "eu":
        text = _SPACE_BEFORE.sub(r"\1", text)
        return _SPACE_AFTER_GUILLEMET.sub(r"\1", text)

    def before(match: re.Match) -> str:
        mark = match[1]
        return (NBSP if mark == ":" else NNBSP) + mark

    text = _SPACE_BEFORE.sub(before, text)
    text = _BARE_BEFORE.sub(before, text)
    text = _SPACE_AFTER_GUILLEMET.sub("«" + NNBSP, text)
    return _BARE_AFTER_GUILLEMET.sub("«" + NNBSP, text)


TYPOGRAPHY_CONVENTIONS = ("eu", "national")
