"""Markings: every text line of a source (with where it was found) in, its marking decision out.

The one place for the marking rule. Markings are recognised anywhere in a file
(header block, running headers and footers, DOCX header/footer parts, text boxes,
tables, metadata), after normalising case, spacing, letter-spacing, invisible and
look-alike characters, punctuation, separators and prefixes ("Classification:").
Ranking fails closed: PUBLIC < LIMITE, and a source whose marking cannot be
determined ranks as LIMITE. EU classified markings (RESTREINT UE/EU RESTRICTED and
above, in either language, any spelling) refuse the file outright. Only the
recognised overstamp ("PUBLIC", "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC
(date)") in the stamp zone of the first page releases a document.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from packgen.errors import ClassifiedSourceError

PUBLIC = "PUBLIC"
LIMITE = "LIMITE"
#: What a brief may be marked (the spec's `classification`).
CLASSIFICATIONS = (LIMITE, PUBLIC)
#: Rank of a marking; anything not known (None: undetermined) ranks as LIMITE.
_RANK = {PUBLIC: 0, LIMITE: 1}
UNDETERMINED_TEXT = "undetermined (treated as LIMITE)"

#: A line with more words than this is prose: a marking there must be in capitals.
_MARKING_LINE_WORDS = 12
#: Runs of at least this many one-letter words are letter-spaced words ("L I M I T E").
_LETTER_RUN = 3

# Invisible characters that are not format characters (Cf) but render as nothing.
_INVISIBLE = dict.fromkeys(map(ord, "\u115f\u1160\u3164\uffa0\u2800\u180e"), None)
# Cyrillic and Greek capitals that look like Latin ones ("LІMІTE" with Ukrainian I).
_LOOK_ALIKES = str.maketrans(
    "АВЕКМНОРСТХІЅЈУаеорсхіјѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧıſ",
    "ABEKMHOPCTXISJYaeopcxijsABEZHIKMNOPTYXis",
)

#: The EU classification levels, each in French and English (Council Decision 2013/488/EU).
LEVELS = (
    ("TRES SECRET UE", "EU TOP SECRET", "TRÈS SECRET UE/EU TOP SECRET"),
    ("SECRET UE", "EU SECRET", "SECRET UE/EU SECRET"),
    ("CONFIDENTIEL UE", "EU CONFIDENTIAL", "CONFIDENTIEL UE/EU CONFIDENTIAL"),
    ("RESTREINT UE", "EU RESTRICTED", "RESTREINT UE/EU RESTRICTED"),
)
_SPACED_LEVELS = [
    (re.compile(r"(?<![A-Z0-9])" + form + r"(?![A-Z0-9])"), name)
    for french, english, name in LEVELS
    for form in (french, english, french.replace(" UE", " EU"), english.replace("EU ", "UE "))
]
# the same without spaces, for "RESTREINTUE" (a zero-width space taken out) or letter-spacing
_COMPACT_LEVELS = [
    (form.replace(" ", ""), name)
    for french, english, name in LEVELS
    for form in (french, english, french.replace(" UE", " EU"))
]
# other classification systems a Council file may carry: refused just the same
_OTHER_CLASSIFIED = re.compile(
    r"(?<![A-Z0-9])(?:NATO\s(?:UNCLASSIFIED(?!\s)|RESTRICTED|CONFIDENTIAL|SECRET)|COSMIC\sTOP\sSECRET)"
    r"(?![A-Z0-9])"
)
# a line that is nothing but a level word, alone or after a prefix, is a marking too
_PREFIX = (
    r"(?:(?:SECURITY\s)?CLASSIFICATION(?:\sLEVEL)?|CLASSIFIED|MARKING|MARKED|PROTECTIVE\sMARKING)"
)
_BARE_LEVEL = re.compile(
    rf"^(?:{_PREFIX}\s)?(?:TOP\sSECRET|TRES\sSECRET|SECRET|CONFIDENTIAL|CONFIDENTIEL"
    r"|RESTRICTED|RESTREINT)$"
)
_LIMITE_WORD = re.compile(r"(?<![A-Z0-9])LIMITE(?![A-Z0-9])")
_DATE = r"(?:\d{1,2}\s\d{1,2}\s\d{2,4}|\d{4}\s\d{1,2}\s\d{1,2}|\d{1,2}\s[A-Z]{3,12}\s\d{4})"
_RELEASE = re.compile(
    rf"^(?:PUBLIC(?:\s{_DATE})?|DOCUMENT\sPARTIALLY\sACCESSIBLE\sTO\sTHE\sPUBLIC\s{_DATE})$"
)


@dataclass(frozen=True)
class Line:
    """One line of text in a source, where it was found, and whether it lies in the stamp zone."""

    text: str
    where: str
    stamp_zone: bool = False


@dataclass(frozen=True)
class Finding:
    """A marking seen in a source: its printed form, where, and the line as found."""

    marking: str
    where: str
    text: str


@dataclass(frozen=True)
class Scan:
    """What a source's lines say about its marking."""

    classified: Finding | None = None
    limite: Finding | None = None
    release: Finding | None = None

    @property
    def marking(self) -> str | None:
        """PUBLIC (released), LIMITE, or None when undetermined (ranked as LIMITE)."""
        if self.release is not None:
            return PUBLIC
        return LIMITE if self.limite is not None else None

    @property
    def where(self) -> str | None:
        """Where the deciding marking was found."""
        finding = self.release or self.limite
        return finding.where if finding else None


# ---------------------------------------------------------------- normalising


def normalise(text: str, keep_case: bool = False) -> str:
    """Words of `text` in capitals, single-spaced: no accents, invisible or look-alike letters,
    punctuation or letter-spacing ("L I M I T E", "L.I.M.I.T.E" and "LIM\u200bITE" give LIMITE)."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = unicodedata.normalize("NFKD", text.translate(_LOOK_ALIKES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if not keep_case:
        text = text.upper()
    words = re.sub(r"[^0-9A-Za-z]+", " ", text).split()
    return " ".join(_join_letter_runs(words))


def _join_letter_runs(words: list[str]) -> list[str]:
    """ "L I M I T E" -> "LIMITE": runs of one-letter words are one letter-spaced word."""
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        out.extend(["".join(run)] if len(run) >= _LETTER_RUN else run)
        run = []
        if word:
            out.append(word)
    return out


def classified_level(text: str) -> str | None:
    """The printed EU (or NATO) classification `text` carries, or None."""
    words = normalise(text)
    if not words:
        return None
    prose = words.count(" ") >= _MARKING_LINE_WORDS
    # in running prose only capitals count ("the EU restricted access" is no marking)
    haystack = _capital_words(text) if prose else words
    for pattern, name in _SPACED_LEVELS:
        if pattern.search(haystack):
            return name
    for word in haystack.split():
        for compact, name in _COMPACT_LEVELS:
            if compact in word:
                return name
    other = _OTHER_CLASSIFIED.search(haystack)
    if other:
        return other.group(0)
    if not prose and _BARE_LEVEL.match(words):
        return words.split()[-1] if "TOP" not in words and "TRES" not in words else "TOP SECRET"
    return None


def _capital_words(text: str) -> str:
    """The normalised words of `text`, lower-case words blanked out (keeps word boundaries)."""
    words = normalise(text, keep_case=True).split()
    return " ".join(w if w.upper() == w else "_" for w in words)


def says_limite(text: str) -> bool:
    """Whether `text` carries the LIMITE marking (any spelling; in prose only in capitals)."""
    words = normalise(text)
    if "LIMITE" not in words:
        return False
    if words.count(" ") >= _MARKING_LINE_WORDS:
        words = _capital_words(text)
    return bool(_LIMITE_WORD.search(words)) or any(
        "LIMITE" in w and len(w) <= 8 for w in words.split()
    )


def is_release_stamp(text: str) -> bool:
    """ "PUBLIC" or "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (15.06.2023)", the whole text."""
    return bool(_RELEASE.match(normalise(text)))


# ---------------------------------------------------------------- scanning


def scan(lines: Iterable[Line]) -> Scan:
    """The first classified marking, the first LIMITE and the release stamp among `lines`.

    A release counts only in the stamp zone, alone on its line or wrapped over up to
    three consecutive stamp-zone lines (a narrow stamp box wraps it further).
    """
    classified = limite = release = None
    recent: list[Line] = []  # the stamp-zone lines just before this one, at most two
    for line in lines:
        if classified is None and (level := classified_level(line.text)):
            classified = Finding(level, line.where, _shown(line.text))
        if limite is None and says_limite(line.text):
            limite = Finding(LIMITE, line.where, _shown(line.text))
        if release is None and line.stamp_zone:
            for start in range(len(recent) + 1):
                window = [*recent[start:], line]
                joined = " ".join(part.text for part in window)
                if is_release_stamp(joined):
                    release = Finding(PUBLIC, window[0].where, _shown(joined))
                    break
        recent = [*recent, line][-2:] if line.stamp_zone else []
    return Scan(classified, limite, release)


def _shown(text: str) -> str:
    return " ".join(text.split())[:120]


def refuse_classified(result: Scan, source: str) -> None:
    """EU classified documents are out of scope: refuse before any of their text is used."""
    if result.classified is not None:
        found = result.classified
        raise ClassifiedSourceError(
            source,
            f"classified marking '{found.marking}' ({found.where}): "
            "packgen does not process classified documents",
        )


def text_lines(text: str, first: int = 1, part: str | None = None) -> list[Line]:
    """Lines of plain text numbered from `first`; the top of the text up to the
    From/To/Subject labels (at most 15 lines) is the stamp zone."""
    lines: list[Line] = []
    zone = True
    count = 0
    for number, raw in enumerate(text.split("\n"), first):
        if not raw.strip():
            continue
        count += 1
        if zone and (count > 15 or LABEL_LINE.match(raw.strip().lstrip("*#_ "))):
            zone = False
        where = f"{part}, line {number}" if part else f"line {number}"
        lines.append(Line(raw, where, zone))
    return lines


#: The header block's labels end the stamp zone ("TO THE PUBLIC" is no label: a colon is needed).
LABEL_LINE = re.compile(
    r"^(?:from|to|subject|summary|origine|destinataire|objet|résumé)\s*:", re.IGNORECASE
)


# ---------------------------------------------------------------- ranking and printing


def rank(marking: str | None) -> int:
    """0 for PUBLIC; 1 for LIMITE and for anything undetermined (fail closed)."""
    return _RANK.get(marking or "", 1)


def may_cite(classification: str, source_marking: str | None) -> bool:
    """Whether a document of `classification` may carry text from a source so marked."""
    return rank(source_marking) <= rank(classification)


def highest(markings: Sequence[str | None]) -> str:
    """The most restrictive of the markings; undetermined counts as LIMITE."""
    return LIMITE if any(rank(m) > 0 for m in markings) else PUBLIC


def printed(classification: str | None) -> str | None:
    """What the header block and footers print for a classification (None: nothing, PUBLIC)."""
    return None if rank(classification) == 0 else LIMITE


def described(marking: str | None) -> str:
    """A source's marking as a person reads it: PUBLIC, LIMITE or undetermined."""
    return marking if marking in _RANK else UNDETERMINED_TEXT


def is_public(classification: str | None) -> bool:
    return rank(classification) == 0


__all__ = [
    "CLASSIFICATIONS",
    "LIMITE",
    "PUBLIC",
    "Finding",
    "Line",
    "Scan",
    "classified_level",
    "described",
    "highest",
    "is_public",
    "is_release_stamp",
    "may_cite",
    "normalise",
    "printed",
    "rank",
    "refuse_classified",
    "says_limite",
    "scan",
    "text_lines",
]
