"""Extract: reader Blocks of an outcome of proceedings in, one OutcomeRecord out.

The header block (place and date, number, marking, subject codes, From / To /
Subject / Summary) is read over a stream of lines, so it does not matter whether
a reader gave it as one block, one block per line or tab-separated table rows.
The body (participants, numbered items, sub-items, annex) is read over paragraphs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from packgen import marking
from packgen.blocks import SourceBlock
from packgen.errors import InputError, NotAnOutcomeError
from packgen.eudates import DateLine, parse_date, read_date_line
from packgen.readers.docx import roman_numeral
from packgen.records import Annex, Item, OutcomeRecord, ReportedMeeting, SubItem

# ---------------------------------------------------------------- patterns

_NUMBER_CORE = r"\d{1,6}/(?:\d{1,2}/)?\d{2}(?:\s+(?:REV|ADD|COR|EXT)\.?\s*\d{1,3})*"
# the register's own forms too: "ST 9278/18 INIT", "doc. 9278/18 REV.1"
_NUMBER = re.compile(
    rf"^(?:doc\.?\s*|ST\s+)?({_NUMBER_CORE})(?:\s+INIT)?(?:\s*\(([a-z]{{2}})\))?$", re.IGNORECASE
)
#: a version level of a number ("REV 1", "rev.1", "ADD 2"): kind, then level (packgen.corpus
#: takes numbers apart with it too)
NUMBER_LEVEL = re.compile(r"\b(REV|ADD|COR|EXT)\.?\s*(\d{1,3})\b", re.IGNORECASE)
_NUMBER_IN_TEXT = re.compile(rf"(?<![\d/])({_NUMBER_CORE})(?![\d/])")
_NUMBER_SUFFIX = re.compile(r"^(?:(?:REV|ADD|COR|EXT)\.?\s*\d{1,3}\s*)+$", re.IGNORECASE)
_LANGUAGE = re.compile(r"\(\s*OR\.\s*([A-Za-z]{2})\b[^)]*\)")
#: "(14.6)", "(07.06)": the registration stamp printed after (or under) the date.
_REGISTRATION = re.compile(r"^\(\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\)$")
#: "2018/0108 (COD)": the procedure number of an Interinstitutional File line.
_PROCEDURE = re.compile(
    r"^(?:interinstitutional\s+files?\s*:\s*)?\d{4}/\d{4}\s*\([A-Z]{3}\)$", re.I
)
_CODE = r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\s\d{1,5}"
_CODES_LINE = re.compile(rf"^{_CODE}(?:[\s,;]+{_CODE})*$")
_CODE_IN_LINE = re.compile(_CODE)
_UPPER = "A-ZÀ-ÖØ-Þ"
_DOC_TYPE = re.compile(rf"^[{_UPPER}][{_UPPER}/&'’ -]{{2,60}}[{_UPPER}]$")
_DOC_TYPE_AND_LABEL = re.compile(r"^([A-Z][A-Z/ -]{2,40}[A-Z])\s+((?:from|to)\s*:.*)$")
_FOOTNOTE_MARKS = re.compile(r"[\d¹²³⁴⁵⁶⁷⁸⁹⁰*]+$")
_LABEL = re.compile(
    r"^(?P<label>from|to|of|on|dated|subject|summary|no\.?\s*prev\.?\s*docs?\.?|prev\.?\s*docs?\.?"
    r"|no\.?\s*cion\s*docs?\.?|no\.?\s*ciondocs?\.?|interinstitutional\s+files?"
    # the French labels of the same header block
    # ("de :" and "à :" in the older template, "Origine :" and "Destinataire :" in the newer)
    r"|origine|destinataires?|de|à|objet|r[ée]sum[ée]|n[°o]\.?\s*doc\.?\s*pr[ée]c\.?)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_INSTITUTION_AND_MORE = re.compile(
    r"^(Council of the(?: European Union)?|European Union|COUNCIL OF THE EUROPEAN UNION"
    r"|Conseil de(?: l['’]Union européenne)?|l['’]Union européenne)\s+(\S.*)$"
)
_MORE_AND_MARKING = re.compile(rf"^({_NUMBER_CORE})\s+(LIMITE|PUBLIC)$")
# The words of a meeting's results: a Presidency's account may be typed so ("MAIN RESULTS",
# "PRINCIPAUX RÉSULTATS") or head its summary so ("Main results")
_RESULTS_FR = r"principaux\s+r[ée]sultats|principales\s+conclusions"
_RESULTS = rf"(?:main|key)\s+(?:results|outcomes?|conclusions)|{_RESULTS_FR}"
_RESULTS_TYPE = re.compile(rf"^(?:{_RESULTS})$", re.IGNORECASE)
_BARE_SUMMARY = re.compile(
    rf"^(?:summary|r[ée]sum[ée]|{_RESULTS}"
    r"|summary\s+of\s+(?:the\s+)?(?:main\s+)?(?:results|outcomes?|conclusions))\s*:?$",
    re.IGNORECASE,
)
_INSTITUTION = {
    "council of the",
    "european union",
    "council of the european union",
    "council of the european",  # wrapped in a narrow cell: "COUNCIL OF THE EUROPEAN" / "UNION"
    "union",
    "council of",
    "the european union",
    "conseil de l'union européenne",
    "conseil de l'union",
    "conseil de",
    "l'union européenne",
    "union européenne",
}
_PUBLIC_STAMP = re.compile(
    r"^(?:PUBLIC(?:\s*\(\d{1,2}\.\d{1,2}\.\d{2,4}\))?"
    r"|DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC\b.*)$",
    re.IGNORECASE,
)
#: The first line of a release stamp wrapped over two lines ("... TO THE" / "PUBLIC (date)").
_STAMP_START = re.compile(r"^DOCUMENT(?: PARTIALLY)?(?: ACCESSIBLE)?(?: TO)?(?: THE)?$", re.I)
#: Marking lines of the header block; what they mean is packgen.marking's to say.
_MARKING_LINE = re.compile(
    r"^(?:LIMITE|PUBLIC|DOCUMENT PARTIALLY ACCESSIBLE\b.*|TO THE PUBLIC\b.*"
    r"|\(\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*\))$",  # a stamp, wrapped, or its date alone
    re.IGNORECASE,
)
# Page furniture: "9278/18 MC/mj 3", "JAI.1 LIMITE EN", "DG D 2C EN", a bare page number.
# Drafters' initials come in every shape: "MC/mj", "WvdR/kve", "lby/GBK/mm".
_INITIALS = r"[A-Za-z][A-Za-z.]{0,5}(?:/[A-Za-z][A-Za-z.]{0,5}){1,3}"
_FOOTER_NUMBER = re.compile(
    rf"^{_NUMBER_CORE}\s+(?:{_INITIALS}\s+)?\d{{1,3}}(?:/\d{{1,3}})?(?:\s.*)?$"
)
#: The drafter's initials on a footer line of their own (a footer box set apart).
_FOOTER_INITIALS = re.compile(rf"^{_INITIALS}$")
_FOOTER_DIRECTORATE = re.compile(
    r"^(?:ANNEX\s+)?(?:DG\s?[A-Z]{1,2}(?:\s?\d[A-Z]?)?|DGD\s?\d[A-Z]?|[A-Z]{2,5}\.\d[A-Z]?)"
    r"(?:\s+(?:LIMITE|PUBLIC))?\s+[A-Z]{2}$"
)
_PAGE_NUMBER = re.compile(r"^(?:\d{1,3}|-\s?\d{1,3}\s?-|www\.parlament\.gv\.at)$")

_ITEM = re.compile(r"^(\d{1,2})\s?[.)]\s+(\S.*)$")
_LETTERED = re.compile(r"^\(?([a-z])\)\s+(\S.*)$")
_ANNEX_HEADING = re.compile(r"^ANNEX(?:\s+(?:[IVX]{1,5}|\d{1,2}))?$", re.IGNORECASE)
_BODY_PLACE_DATE = re.compile(
    r"^[^\W\d_][\w'. -]{1,40},\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?\s+[^\W\d_]{3,12}\s+\d{4}$"
)
# a sentence ends at ". X", but not after an initial or abbreviation ("EU-U.S. Justice", "No. 5")
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Za-z])(?<!\bNo)(?<!\bMr)(?<!\bDr)[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])"
)
_ANNEXED_TEXT_WORDS = re.compile(
    r"\b(?:statement|declaration|communiqu|conclusions|letter|joint)", re.IGNORECASE
)
_MENTIONS_ANNEX = re.compile(r"\bannex\b", re.IGNORECASE)

_DASH = r"\s*(?:[-–—‑]|to|and|&|et|au|und|bis|y|e)\s*"
_MONTH_WORD = r"[^\W\d_]{3,12}\.?"
# "13th (dinner)": an ordinal day, and what happened on it
_DAY = r"\d{1,2}(?:st|nd|rd|th|er)?\.?(?:\s*\([^\W\d_][^()\d]{0,20}\))?"
# the place a Subject names after the dates, "in" or "à" before it ("... on 19 June 2018 in
# Brussels")
_PLACE_AFTER_DATE = r"[A-Z][\w.'’ -]{1,40}?"
_DATE_RANGE = re.compile(
    rf"(?<![\d\w])(?P<d1>{_DAY})(?:\s+(?:de\s+)?(?P<m1>{_MONTH_WORD})(?:\s+(?P<y1>\d{{4}}))?)?"
    rf"(?:{_DASH}(?P<d2>{_DAY}))?\s+(?:de\s+)?(?P<m2>{_MONTH_WORD})\s+(?:de\s+)?(?P<y2>\d{{4}})"
    # ... and the place after them: "on 19 June 2018 in Brussels", "du 10 mai 2022 à Bruxelles"
    rf"(?:,?\s+(?:in|à)\s+(?P<after>{_PLACE_AFTER_DATE})"
    # ... or in brackets after them: "Working Party of 25 June 2013 (Brussels)"
    rf"|\s+\((?P<bracketed>[^\W\d_][\w.'’ -]{{0,40}})\)"
    # ... or after a comma, the Working Parties' order: "JAIEX, 18 October 2016, Brussels"
    rf"|,\s+(?P<comma_after>[^\W\d_][\w.'’ -]{{0,40}}?))?\s*\)?\s*[.;]?\s*$"
)
# ... and what a Subject may say the meeting was for, after its place and dates ("JAIEX,
# Brussels, 22 November 2022: preparation of the EU-US Ministerial", "(Bruxelles, 16 avril
# 2024) - préparation de la réunion ministérielle"): lower case after a colon or a dash
_PURPOSE_AFTER_DATES = re.compile(
    r"(?<=\d{4})(?P<close>\s*\))?\s*(?::|\s[-–—])\s+(?=[a-zà-ÿ])[^()]{3,}$"
)
# The words a Subject may open (or close) with to name the document, not the meeting:
# "Outcome of proceedings", "Record", "Account", "Main results", "Compte rendu", "Relevé".
_DOC_NOUN_EN = (
    r"(?:outcome|(?:main\s+)?results?|summary\s+record|summary|record|account"
    # a Presidency's "Flash report:" or "Read-out:" of a meeting
    r"|(?:flash\s+)?report|read[\s-]?out|debrief(?:ing)?|note)"
)
_DOC_NOUN_FR = (
    rf"(?:r[ée]sultats?(?:\s+des\s+travaux)?|{_RESULTS_FR}"
    r"|compte[\s-]rendu|relev[ée](?:\s+des\s+conclusions)?"
    r"|proc[èe]s[\s-]verbal)"
)
_DE_FR = r"(?:de\s+la\s+|du\s+|de\s+l['’]\s*|des\s+|de\s+)"
# "the meeting of" goes with the document's words only when the rest still names a meeting
# ("... of the meeting of the EU-US Ministerial Troika"); of a body ("the meeting of the
# Subcommittee", "la réunion des hauts fonctionnaires") it is the meeting's own name.
_MEETING_NOUNS = (
    r"meeting|forum|dialogue|consultations|conference|summit|troika|ministerial"
    r"|r[ée]union|conf[ée]rence|sommet|tro[ïi]ka"
)
_MEETING_OF = (
    rf"(?:meeting\s+of\s+(?:the\s+)?|r[ée]union\s+{_DE_FR})(?=[^()]*\b(?:{_MEETING_NOUNS})\b)"
)
_SUBJECT_PREFIX = re.compile(
    r"^(?:outcome\s+of\s+(?:the\s+)?proceedings\s*(?:of|from|at|:)?\s*(?:the\s+)?"
    # (or a dash: "Résultats des travaux - Réunion des hauts fonctionnaires ...")
    rf"|{_DOC_NOUN_EN}(?:\s+(?:of|on|from)\b|\s*:|\s+[-–—](?=\s))\s*(?:the\s+)?"
    rf"|{_DOC_NOUN_FR}\s*(?:[-–—]\s+|{_DE_FR}|:\s*))"
    rf"(?:{_MEETING_OF})?",
    re.IGNORECASE,
)
#: What a Subject may add after the meeting's place and dates: "(Washington, 4-5 November
#: 2025): outcome", "...: account of the discussions", "(Bruxelles, 3 mars 2020) : résultats".
#: Only after a date or a bracket: elsewhere such words may be part of the meeting's name.
# (the author may come first: "- Presidency account of the discussions", "- Chair's summary")
_DOC_AUTHOR = r"(?:(?:presidency|chair|co-?chairs|secretariat|commission)(?:['’]s?)?\s+)?"
_QUALIFIER_HEAD = rf"\s*(?:[:;]|\s[-–—])\s*(?:{_DOC_AUTHOR}{_DOC_NOUN_EN}|{_DOC_NOUN_FR})"
_SUBJECT_QUALIFIER = re.compile(rf"(?<=[\d)]){_QUALIFIER_HEAD}\b[^():]{{0,60}}$", re.IGNORECASE)
#: ... or after the place that follows the dates ("réunion du 28 avril 2015 à Bruxelles:
#: résultats des travaux", "meeting of 28 April 2015 in Brussels - outcome", "JAIEX,
#: 18 October 2016, Brussels - Outcome of proceedings")
_QUALIFIER_AFTER_PLACE = re.compile(
    rf"(?P<meeting>\d{{4}}(?:\s+(?:in|à)|,)\s+{_PLACE_AFTER_DATE}){_QUALIFIER_HEAD}\b[^():]{{0,60}}$",
    re.IGNORECASE,
)
#: ... and those words wrapped onto a line of their own ("- Outcome of proceedings"): the same
#: qualifier, with nothing before it
_QUALIFIER_LINE = re.compile(rf"^{_QUALIFIER_HEAD}\b[^():]{{0,60}}$", re.IGNORECASE)

#: ... and the words that can finish one wrapped after "Outcome of" or "Résultats": never
#: the first item's heading ("1. Information from the Presidency") of an outcome with no
#: summary, whose Subject already ends with its whole qualifier
_QUALIFIER_TAIL = re.compile(
    r"^(?:(?:of|on|the|proceedings|meeting|discussions?|deliberations|des|de|la|du|travaux"
    r"|réunion|discussions|délibérations|conclusions)\s*)+[.]?$",
    re.IGNORECASE,
)

#: ... and the same words closing the meeting's name before its place and dates: "CATS:
#: outcome of the meeting (Brussels, 10 November 2016)", "... - compte rendu".
_TITLE_QUALIFIER = re.compile(
    rf"{_QUALIFIER_HEAD}(?:\s+(?:of|on)\s+(?:the\s+)?(?:meeting|proceedings|discussions?|deliberations)"
    r"|\s+(?:de\s+la\s+réunion|des\s+travaux|des\s+discussions|des\s+délibérations))?\s*$",
    re.IGNORECASE,
)
#: A subject or a document type that says the document is an outcome of proceedings.
_SAYS_OUTCOME = re.compile(
    r"\boutcome\s+of\b|\bsummary\s+record\b|\br[ée]sultats?\s+des\s+travaux\b"
    # ... or a Subject closing on the word alone ("..., Washington, 12 December 2011 - Outcome")
    r"|[-–—:]\s*outcome\s*$"
    # ... or a Presidency's "MAIN RESULTS" of the meeting ("PRINCIPAUX RÉSULTATS")
    rf"|\b(?:{_RESULTS})\b",
    re.IGNORECASE,
)
#: Document types that only cover what the Subject says (the pre-2010 "NOTE" of an outcome).
_COVER_TYPES = {"NOTE", "COVER NOTE"}
_SPACED_DASH = re.compile(r"\b([A-Z][A-Z.]*[A-Z.])\s+[-–—]\s+([A-Z][A-Z.]*)\b")

#: Sub-item and item titles longer than this are paragraphs, not headings.
_MAX_TITLE_CHARS = 200


# ---------------------------------------------------------------- public API


def read_outcome(path: Path, ocr: bool | None = None) -> OutcomeRecord:
    """Read an outcome file (.txt, .md, .docx, .pdf) into an OutcomeRecord.

    `ocr` reads a scanned PDF through OCR (None: as PACKGEN_OCR says).
    """
    from packgen.readers import read_source

    path = Path(path)
    blocks, lines = read_source(path, ocr)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror}") from None
    return extract_outcome(blocks, str(path), digest, lines)


def extract_outcome(
    blocks: list[SourceBlock], source: str, sha256: str, lines: list[marking.Line] | None = None
) -> OutcomeRecord:
    """Turn the blocks of one outcome of proceedings into a record; no file access.

    `lines` are every line of the file as the marking scan must see it (running lines,
    header parts, metadata); without them the blocks' own lines are scanned.
    """
    if lines is None:
        lines = marking.text_lines("\n".join(b.text.replace("\t", " ") for b in blocks))
    scan = marking.scan(lines)
    marking.refuse_classified(scan, source)  # before any of the file's text is used
    blocks = [_without_furniture(b) for b in blocks]
    blocks = [b for b in blocks if b.kind == "rule" or b.text.strip()]
    header, body_blocks = _read_header(blocks)
    warnings: list[str] = []
    _require_outcome(header, source, warnings)

    body = _body_paragraphs(body_blocks)
    mentions_annex = any(_MENTIONS_ANNEX.search(p.text) for p in body[:4]) or bool(
        header.summary and _MENTIONS_ANNEX.search(header.summary)
    )
    item_starts = _item_starts(body)  # only numbered headings are items
    indexes = [start.index for start in item_starts]
    annex_start = _annex_start(body, indexes, mentions_annex)
    item_starts = [start for start in item_starts if start.index < annex_start]
    first_item = item_starts[0].index if item_starts else annex_start
    summary, participants = _summary_bullets(header.summary, [p.text for p in body[:first_item]])
    items = _items(body, item_starts, annex_start)
    annex = _annex(body[annex_start:]) if annex_start < len(body) else None
    meeting = parse_meeting(header.subject) if header.subject else None

    record = OutcomeRecord(
        source=source,
        sha256=sha256,
        number=header.number,
        date=header.date,
        place=header.place,
        language=header.language,
        marking=scan.marking,
        marking_found=scan.where,
        subject_codes=header.codes,
        doc_type=header.doc_type,
        from_=header.from_,
        to=header.to,
        prev_docs=header.prev_docs,
        subject=header.subject,
        summary=summary,
        participants=participants,
        meeting=meeting,
        items=items,
        annex=annex,
    )
    record.warnings = warnings + header.warnings + _missing_fields(record)
    return record


def parse_meeting(subject: str) -> ReportedMeeting | None:
    """The meeting named in a Subject line: title without "Outcome of ...", place and dates."""
    text = _without_qualifier(subject)
    place: str | None = None
    start = end = None
    dates = _DATE_RANGE.search(text)
    purpose = None if dates else _PURPOSE_AFTER_DATES.search(text)
    if purpose:  # "..., Brussels, 22 November 2022: preparation of the Ministerial Meeting"
        text = text[: purpose.start()] + (purpose["close"] or "")
        dates = _DATE_RANGE.search(text)
    if dates:
        start, end = _range_dates(dates)
        before = text[: dates.start()].rstrip(" ,;:(")
        # ("... Working Party on Drugs held on 20 September 2017 in Brussels": the participle too)
        before = re.sub(r"(?:\s+(?:held|tenue?s?))?\s+(?:on|from|of|du|le|les|am|vom)$", "", before)
        # ("Groupe JAIEX, réunion du 28 avril 2015": the body is the meeting's name)
        before = re.sub(r",\s*(?:r[ée]union|meeting)$", "", before, flags=re.IGNORECASE)
        text, place = _split_place(before)
        # "meeting on 13th (dinner) and 14th January 2005 in Luxembourg", "... 2013 (Brussels)"
        after = dates.group("after") or dates.group("bracketed") or dates.group("comma_after")
        if after:
            place = _place_or_none(after) or place
    title = _clean_title(text)
    if not title:
        return None
    return ReportedMeeting(title=title, place=place, start=start, end=end)


def _without_qualifier(subject: str) -> str:
    """The Subject on one line, without a document-type qualifier after its dates (": outcome")."""
    text = _SUBJECT_QUALIFIER.sub("", " ".join(subject.split()))
    return _QUALIFIER_AFTER_PLACE.sub(r"\g<meeting>", text)


def parse_date_range(text: str) -> tuple[dt.date, dt.date] | None:
    """Dates of "5 December 2019", "22-23 May 2018", "30 June-1 July 2019" and the like."""
    match = _DATE_RANGE.search(" ".join(text.split()))
    if not match or match.start() != 0:
        return None
    start, end = _range_dates(match)
    return (start, end) if start and end else None


def parse_council_date(day: str, month: str, year: str) -> dt.date | None:
    """A date from its printed parts ("31", "May", "2018"); None when it is not a real date.

    The month may be in any official EU language ("mai", "juni", "czerwca").
    """
    day = re.sub(r"\s*\(.*\)$", "", day)  # "13th (dinner)"
    return parse_date(day, month, year, f"{day} {month} {year}")


# ---------------------------------------------------------------- header


@dataclass
class _Header:
    number: str | None = None
    date: dt.date | None = None
    place: str | None = None
    language: str | None = None
    codes: list[str] = field(default_factory=list)
    doc_type: str | None = None
    from_: str | None = None
    to: str | None = None
    prev_docs: list[str] = field(default_factory=list)
    subject: str | None = None
    summary: str | None = None
    found: int = 0  # how many header lines were recognised
    warnings: list[str] = field(default_factory=list)


def _read_header(blocks: list[SourceBlock]) -> tuple[_Header, list[SourceBlock]]:
    """Read header lines from the top; returns the header and the body's blocks."""
    blocks = list(blocks)
    header = _Header()
    pending: str | None = None  # a label whose value is in the next block ("Summary", "From:")
    skipped = 0
    subject_open = False  # the previous block ended inside the Subject
    open_label: str | None = None  # the label the previous block ended in ("To: ...")
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind == "rule":
            index += 1
            continue
        if pending is not None and not _LABEL.match(block.text.strip()):
            _set_label(header, pending, " ".join(block.text.split()))
            index += 1
            if pending == "summary":
                break
            pending = None
            continue
        pending = None
        rest: list[str] = []
        outcome, last_label = _read_header_block(header, _header_lines(block), rest)
        if rest:  # the block ran on from the header into the body: split it there
            blocks.insert(index + 1, SourceBlock(text="\n".join(rest)))
        if outcome == "none":
            if subject_open and (
                _continues_subject(header, block)
                or _is_wrapped_qualifier(block.text, header.subject)
            ):
                header.subject = f"{header.subject} {' '.join(block.text.split())}"
                subject_open = False
                index += 1
                continue
            if label := _addressee_continued(open_label, block, blocks[index + 1 : index + 2]):
                _extend_label(header, label, " ".join(block.text.split()))
                index += 1
                continue
            # a few short lines of letterhead noise may precede the header proper
            if header.found == 0 and skipped < 3 and len(block.text) <= 80:
                skipped += 1
                index += 1
                continue
            break
        index += 1
        subject_open = last_label == "subject"
        open_label = last_label
        if outcome == "summary":
            break
        if outcome == "pending":
            pending = last_label
    return header, blocks[index:]


#: a line that opens with a bullet: a summary's points, or the text under a glued heading
_BULLET_LINE = re.compile(r"^\s*[-–—•●▪*]\s")
#: a paragraph numbered within its item ("1.1 The Presidency welcomed ..."), as the General
#: Secretariat numbers them: the text under a glued heading too
_SUBNUMBERED_LINE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s")


def _summary_bullets(summary: str | None, opening: list[str]) -> tuple[str | None, list[str]]:
    """(summary, participants): a Summary written as bullets keeps all of them, however the
    file breaks them into paragraphs (a DOCX or PDF gives one paragraph a bullet, a text
    file may run them into one); the paragraphs after the last bullet are the opening's."""
    if summary is None or not _BULLET_LINE.match(summary):
        return summary, opening
    more = 0
    while more < len(opening) and _BULLET_LINE.match(opening[more]):
        more += 1
    return " ".join([summary, *opening[:more]]), opening[more:]


def _subject_complete(subject: str | None) -> bool:
    """A Subject that ends with the meeting's dates ("... (Sofia, 22-23 May 2018)") is whole."""
    return subject is not None and _DATE_RANGE.search(_without_qualifier(subject)) is not None


def _addressee_continued(
    label: str | None, block: SourceBlock, after: list[SourceBlock]
) -> str | None:
    """The label ("from_" or "to") a block continues, or None: a second sender or addressee in
    a block of its own ("JHA-RELEX Working Party (JAIEX)" under "To: Horizontal Working Party
    on Cyber Issues"), a short line between a From or To and the next label of the header, so
    it cannot be the body's first paragraph."""
    text = " ".join(block.text.split())
    continued = (
        label in {"from_", "to"}
        and 0 < len(text) <= 120
        and "\n" not in block.text.strip()
        and bool(after)
        and _LABEL.match(after[0].text.strip().split("\n")[0]) is not None
    )
    return label if continued else None


def _continues_subject(header: _Header, block: SourceBlock) -> bool:
    """A subject wrapped into a block of its own: "(Sofia, 22-23 May 2018)" after the Subject."""
    text = " ".join(block.text.split())
    return (
        header.subject is not None
        and not _subject_complete(header.subject)
        and len(text) <= 120
        and _DATE_RANGE.search(_without_qualifier(text)) is not None
    )


def _is_wrapped_qualifier(text: str, subject: str | None = None) -> bool:
    """A line or block that holds only the Subject's qualifier ("- Outcome of proceedings"),
    or the rest of one the Subject's last line began ("... 2026 - Outcome of" / "proceedings")."""
    line = " ".join(text.split())
    if _QUALIFIER_LINE.match(f" {line}") is not None:
        return True
    if not subject or len(line) > 40 or not _QUALIFIER_TAIL.match(line):
        return False
    whole = _SUBJECT_QUALIFIER.search(f"{subject} {line}")
    return whole is not None and whole.start() < len(subject)


def _header_lines(block: SourceBlock) -> list[str]:
    """The block's lines, table cells split apart but "Label:" cells kept with their value."""
    lines: list[str] = []
    for raw in block.text.split("\n"):
        cells = [" ".join(cell.split()) for cell in raw.split("\t")]
        cells = [cell for cell in cells if cell]
        while cells:
            cell = cells.pop(0)
            if cell.endswith(":") and cells:
                cell = f"{cell} {cells.pop(0)}"
            lines.extend(_unglue(cell))
    return _join_wrapped_stamps(lines)


def _join_wrapped_stamps(lines: list[str]) -> list[str]:
    """ "DOCUMENT PARTIALLY ACCESSIBLE TO THE" + "PUBLIC (12.10.2018)": one overstamp line,
    even when a two-column header put a line of the other column ("REV 1") in between."""
    joined: list[str] = []
    open_at: int | None = None  # index in `joined` of a stamp still waiting for its end
    for line in lines:
        if open_at is not None:
            both = f"{joined[open_at]} {line}"
            if _PUBLIC_STAMP.match(both) or _STAMP_START.match(both):
                joined[open_at] = both
                open_at = None if _PUBLIC_STAMP.match(both) else open_at
                continue
        joined.append(line)
        if _STAMP_START.match(line) and len(line.split()) > 1:
            open_at = len(joined) - 1
    return joined


def _unglue(line: str) -> list[str]:
    """Split header lines that a two-column PDF layout glued together."""
    for pattern in (_DOC_TYPE_AND_LABEL, _INSTITUTION_AND_MORE, _MORE_AND_MARKING):
        match = pattern.match(line)
        if match:
            return [match.group(1), *_unglue(match.group(2))]
    return [line]


def _read_header_block(
    header: _Header, lines: list[str], rest: list[str]
) -> tuple[str, str | None]:
    """Record what the lines say; returns "none", "seen", "summary" or "pending", and the
    label the block ends in (None when its last line was no label or label value).

    Lines after a Subject that already ends with its meeting dates are not the
    Subject's: they go to `rest` (a header table with the text right under it)."""
    recognised = False
    label: str | None = None
    for position, line in enumerate(lines):
        kind, name = _read_header_line(header, line)
        if kind == "label":
            recognised = True
            label = name
        elif kind is None and label == "subject" and _subject_complete(header.subject):
            if _is_wrapped_qualifier(line, header.subject):
                _extend_label(header, label, line)
                continue
            rest.extend(lines[position:])
            break
        elif kind is None and label is not None:
            # a wrapped value: "Subject: ... Meeting" then "(Sofia, 22-23 May 2018)"
            _extend_label(header, label, line)
        elif kind is not None:
            recognised = True
            label = None
    if not recognised:
        return "none", None
    if header.summary is not None:
        return "summary", label
    if label is not None and _label_value(header, label) in (None, "", []):
        return "pending", label
    return "seen", label


def _read_header_line(header: _Header, line: str) -> tuple[str | None, str | None]:
    """Classify one header line and store its value; returns its kind (None: not header) and label."""
    kind = _header_line_kind(header, line)
    if kind is not None and kind.startswith("label:"):
        return "label", kind.removeprefix("label:")
    return kind, None


def _header_line_kind(header: _Header, line: str) -> str | None:
    if line.lower().replace("’", "'").rstrip(" .") in _INSTITUTION:
        header.found += 1
        return "institution"
    if _PROCEDURE.match(line) or _REGISTRATION.match(line):
        return "reference"  # "2018/0108 (COD)" under "Interinstitutional File:", "(14.6)"
    label = _LABEL.match(line)
    # ("MAIN RESULTS" in capitals where the document type stands, before From/To/Subject: the
    # type of a Presidency's account, read as any type below, not the heading of its summary)
    if label or (_BARE_SUMMARY.match(line) and not _heads_the_document(header, line)):
        name = _label_name(label.group("label")) if label else "summary"
        value = label.group("value").strip() if label else ""
        header.found += 1
        if value:
            _set_label(header, name, value)
        return f"label:{name}"
    place_date = read_date_line(line) if header.place is None else None
    if place_date is not None:
        _read_place_date(header, place_date)
        header.found += 1
        return "date"
    language = _LANGUAGE.search(line)
    if language and line.startswith("("):
        header.language = header.language or language.group(1).lower()
        header.found += 1
        return "language"
    number = _NUMBER.match(line)
    if number:
        if header.number is None:
            header.number = _plain_number(number.group(1))
        header.found += 1
        return "number"
    if _NUMBER_SUFFIX.match(line) and header.number and _new_suffix(header.number, line):
        # "REV 1" under "9278/1/18" (a two-column header): the number's, never a subject code
        header.number = _plain_number(f"{header.number} {line}")
        return "number"
    if _MARKING_LINE.match(line) or (
        len(line) <= 60 and (marking.says_limite(line) or marking.is_release_stamp(line))
    ):
        header.found += 1
        return "marking"
    if len(line.split()) > 1 and _STAMP_START.match(line):
        return "marking"  # a stamp wrapped into the next block: never a document type
    if _CODES_LINE.match(line):
        header.codes.extend(" ".join(code.split()) for code in _CODE_IN_LINE.findall(line))
        header.found += 1
        return "codes"
    doc_type = _FOOTNOTE_MARKS.sub("", line[:64]).strip()
    if len(line) <= 64 and _DOC_TYPE.match(doc_type):
        if header.doc_type is None:
            header.doc_type = doc_type
            header.found += 1
            return "doc_type"
        if _is_known_type(doc_type) and not _is_known_type(header.doc_type):
            # an upper-case line above the real type ("PUBLIC HEALTH", a heading) is not it
            header.doc_type = doc_type
            return "doc_type"
    return None


def _heads_the_document(header: _Header, line: str) -> bool:
    """Whether a summary's bare heading is written as the document's type: in capitals, with
    no type, sender or subject read yet."""
    return (
        bool(_RESULTS_TYPE.match(line))
        and line.isupper()
        and header.doc_type is None
        and header.from_ is None
        and header.subject is None
    )


def _is_known_type(doc_type: str) -> bool:
    return bool(_SAYS_OUTCOME.search(doc_type)) or doc_type.upper() in _COVER_TYPES


_LABEL_NAMES = {
    "from": "from_",
    "origine": "from_",
    "de": "from_",
    "to": "to",
    "destinataire": "to",
    "destinataires": "to",
    "à": "to",
    "subject": "subject",
    "objet": "subject",
    "summary": "summary",
    "résumé": "summary",
    "resume": "summary",
}


def _label_name(raw: str) -> str:
    word = raw.lower().replace(" ", "")
    if "prev" in word or "préc" in word or "prec" in word:
        return "prev_docs"
    if "cion" in word:
        return "cion_docs"
    return _LABEL_NAMES.get(word, "other")


def _plain_number(text: str) -> str:
    """ "9278/18  rev.1" -> "9278/18 REV 1": one spelling, so that versions compare."""
    return NUMBER_LEVEL.sub(lambda m: f"{m[1].upper()} {m[2]}", " ".join(text.split()))


def _new_suffix(number: str, line: str) -> bool:
    """True when `line` ("REV 1", "ADD 2 COR 1") adds a kind of suffix the number lacks."""
    kinds = re.findall(r"[A-Z]{3}", line.upper())
    return not any(re.search(rf"\b{kind}\b", number) for kind in kinds)


def _set_label(header: _Header, name: str, value: str) -> None:
    if name == "prev_docs":
        header.prev_docs.extend(" ".join(n.split()) for n in _NUMBER_IN_TEXT.findall(value))
    elif name in {"from_", "to", "subject", "summary"}:
        setattr(header, name, value or None)


def _extend_label(header: _Header, name: str, line: str) -> None:
    if name == "prev_docs":
        _set_label(header, name, line)
    elif name in {"from_", "to", "subject", "summary"}:
        current = getattr(header, name)
        setattr(header, name, f"{current} {line}" if current else line)


def _label_value(header: _Header, name: str) -> object:
    return getattr(header, name, None) if name != "other" else "other"


def _read_place_date(header: _Header, line: DateLine) -> None:
    header.place = line.place
    header.date = line.date
    if header.date is None:
        # an outcome is never refused for its date line: say so and read on
        header.warnings.append(f"unreadable date '{line.printed}'")
    language = _LANGUAGE.search(line.rest)
    if language:
        header.language = language.group(1).lower()


def _require_outcome(header: _Header, source: str, warnings: list[str]) -> None:
    """Refuse what is not an outcome of proceedings; the document type line decides.

    "OUTCOME OF PROCEEDINGS" (or "RÉSULTATS DES TRAVAUX") is an outcome; a plain
    "NOTE" is one only when its Subject says so (the pre-2010 format); any other
    type (a speaking note, a background brief) is not, whatever its body holds.
    """
    doc_type = header.doc_type.upper() if header.doc_type else None
    subject_says = bool(header.subject and _SAYS_OUTCOME.search(header.subject))
    if header.found == 0:
        raise NotAnOutcomeError(source, "not an outcome of proceedings (no Council header block)")
    if header.number is None and header.date is None:
        raise NotAnOutcomeError(
            source, "not an outcome of proceedings (no document number and no date in the header)"
        )
    if doc_type is not None and not _SAYS_OUTCOME.search(doc_type):
        if doc_type not in _COVER_TYPES or not subject_says:
            article = "an" if doc_type[0] in "AEIOU" else "a"
            raise NotAnOutcomeError(
                source, f"not an outcome of proceedings ({article} {header.doc_type.lower()})"
            )
        return
    says_outcome = bool(doc_type) or subject_says
    if header.number is None and not says_outcome:
        raise NotAnOutcomeError(
            source,
            "not an outcome of proceedings (no 'OUTCOME OF PROCEEDINGS', no document number)",
        )
    if not says_outcome:
        warnings.append("neither the document type nor the subject says 'outcome of proceedings'")


def _missing_fields(record: OutcomeRecord) -> list[str]:
    # (no Summary is no gap: working-party outcomes and many older ones have none)
    checks = [
        (record.number, "no document number found"),
        (record.date, "no date found"),
        (record.place, "no place found"),
        (record.language, "no original language '(OR. xx)' found"),
        (record.marking, "no marking found (LIMITE or PUBLIC): treated as LIMITE"),
        (record.subject_codes, "no subject codes found"),
        (record.doc_type, "no document type found"),
        (record.from_, "no 'From:' found"),
        (record.to, "no 'To:' found"),
        (record.subject, "no 'Subject:' found"),
        (record.meeting, "no meeting found in the subject"),
        (record.items, "no numbered items found"),
    ]
    warnings = [message for value, message in checks if not value]
    meeting = record.meeting
    if meeting is not None and (meeting.place is None or meeting.start is None):
        warnings.append("no meeting place and dates found in the subject")
    return warnings


# ---------------------------------------------------------------- body


@dataclass(frozen=True)
class _Para:
    text: str
    italic: tuple[str, ...] = ()
    emphasised: bool = False  # a heading or a bold block
    heading: bool = False


def _body_paragraphs(blocks: list[SourceBlock]) -> list[_Para]:
    """Body blocks as paragraphs; a heading line glued to its text is split off."""
    paras: list[_Para] = []
    state = ("", "")  # the item and the sub-item letter read last, across blocks
    for block in blocks:
        if block.kind == "rule":
            continue
        heading = block.kind == "heading"
        emphasised = heading or block.bold
        lines = [" ".join(line.split()) for line in block.text.split("\n")]
        lines, state = _numbered_as_usual([line for line in lines if line], state)
        for group in _split_at_headings(lines):
            paras.extend(_group_paragraphs(group, block.italic, emphasised, heading))
    return paras


# Item and sub-item headings some Presidencies number their own way: "Item 3 - Migration",
# "Agenda item 3: Migration"; "2.1 Passenger data" or "(ii) Passenger data" under item 2
_ITEM_WORD = re.compile(r"^(?:agenda\s+)?(?:item|point)\s+(\d{1,2})\s*[.):–-]?\s+(?=\S)", re.I)
_DECIMAL_SUB = re.compile(r"^\(?(\d{1,2})\.(\d{1,2})\.?\)?\s*[-–]?\s+(\S.*)$")
_ROMAN_SUB = re.compile(r"^\(?([ivx]{1,4})\)\s+(\S.*)$")
#: "ii" -> 2, for the sub-items numbered (i) to (xx)
_ROMAN_VALUES = {roman_numeral(n).lower(): n for n in range(1, 21)}


def _numbered_as_usual(
    lines: list[str], state: tuple[str, str]
) -> tuple[list[str], tuple[str, str]]:
    """(lines, state): the lines with such headings written as the reader reads items ("3.
    Migration") and sub-items ("(a) Passenger data"), `state` being the number of the item
    and the letter of the sub-item read before them; a numbered paragraph of running text
    ("7.1 The Presidency drew attention to ...") keeps its number, since it is no heading,
    and so does a "2.1" under any item but the second."""
    out = []
    item, last = state
    for line in lines:
        line = _ITEM_WORD.sub(r"\1. ", line)
        if numbered := _ITEM.match(line):
            item = numbered[1]
        decimal = _DECIMAL_SUB.match(line)
        roman = _ROMAN_SUB.match(line)
        if decimal and decimal[1] == item and 0 < int(decimal[2]) <= 26 and _a_heading(decimal[3]):
            line = f"({_letter_label(int(decimal[2]) - 1)}) {decimal[3]}"
        elif (
            roman
            # ("(i)" after "(h)" is a letter: only a Roman run from "(i)" on is renumbered)
            and _ROMAN_VALUES.get(roman[1]) == (ord(last) - 96 if last else 0) + 1
            and _a_heading(roman[2])
        ):
            line = f"({_letter_label(_ROMAN_VALUES[roman[1]] - 1)}) {roman[2]}"
        if numbered:
            last = ""
        elif lettered := _LETTERED.match(line):
            last = lettered[1]
        out.append(line)
    return out, (item, last)


def _a_heading(text: str) -> bool:
    """A title with no full stop: "Passenger name records", not "Noted."."""
    return _is_title(text) and not text.rstrip().endswith(".")


def _group_paragraphs(
    lines: list[str], italic: tuple[str, ...], emphasised: bool, heading: bool
) -> list[_Para]:
    if len(lines) > 1 and _is_glued_heading(lines[0], lines[1]):
        rest = _Para(" ".join(lines[1:]), italic=italic)
        return [_Para(lines[0], emphasised=emphasised, heading=heading), rest]
    return [_Para(" ".join(lines), italic=italic, emphasised=emphasised, heading=heading)]


def _split_at_headings(lines: list[str]) -> list[list[str]]:
    """A numbered heading after a line that ended on purpose starts a paragraph of its own:
    "HOME AFFAIRS" over "1. Counter-terrorism", "... next autumn." over "5. Next meeting";
    so does a lettered one right under its item's title ("2. Security cooperation" over "(a)
    Passenger name records", with no blank line between)."""
    groups: list[list[str]] = []
    for line in lines:
        numbered = _ITEM.match(line) or _LETTERED.match(line)
        if (
            groups
            and numbered
            and _is_title(numbered.group(2))
            and (_ends_on_purpose(groups[-1][-1]) or _under_an_item_title(line, groups[-1]))
        ):
            groups.append([line])
        elif groups:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _under_an_item_title(line: str, group: list[str]) -> bool:
    """A lettered heading whose group so far is its numbered item's title alone."""
    item = _ITEM.match(group[0])
    return (
        len(group) == 1
        and bool(_LETTERED.match(line))
        and item is not None
        and _is_title(item.group(2))
    )


def _ends_on_purpose(line: str) -> bool:
    """A sentence end, or a whole line in capitals (a group heading such as "HOME AFFAIRS")."""
    letters = [ch for ch in line if ch.isalpha()]
    return line.endswith((".", "!", "?")) or (bool(letters) and all(ch.isupper() for ch in letters))


def _is_glued_heading(first: str, second: str) -> bool:
    """ "1. Counterterrorism" above its text, not the first line of a wrapped numbered paragraph;
    the text may open with a bullet ("(a) Cybersecurity strategies" over "- COM: ...") or with
    its first numbered paragraph ("1. Opening of the meeting" over "1.1 The Presidency ...")."""
    numbered = _ITEM.match(first) or _LETTERED.match(first)
    return bool(numbered) and (
        second[:1].isupper()
        or bool(_LETTERED.match(second))
        or bool(_BULLET_LINE.match(second))
        or bool(_SUBNUMBERED_LINE.match(second))
    )


def _without_furniture(block: SourceBlock) -> SourceBlock:
    lines = block.text.split("\n")
    kept = [line for line in lines if not _is_furniture(" ".join(line.split()))]
    if len(kept) == len(lines):
        return block
    return SourceBlock(
        text="\n".join(kept),
        kind=block.kind,
        italic=block.italic,
        bold=block.bold,
        level=block.level,
    )


def _is_furniture(line: str) -> bool:
    return bool(
        _FOOTER_NUMBER.match(line)
        or _FOOTER_DIRECTORATE.match(line)
        or _PAGE_NUMBER.match(line)
        # initials mix cases ("ACA/mr", "lby/GBK/mm"); "and/or" or "EU/US" are words
        or (_FOOTER_INITIALS.match(line) and not line.islower() and not line.isupper())
    )


@dataclass(frozen=True)
class _ItemStart:
    index: int
    number: str
    title: str


def _item_starts(body: list[_Para]) -> list[_ItemStart]:
    """Numbered item headings, numbered 1, 2, 3 ... in order; in a document with none, its
    headings numbered I, II, III ... (the paragraphs under them numbered through the text)."""
    starts: list[_ItemStart] = []
    expected = 1
    for index, para in enumerate(body):
        match = _ITEM.match(para.text)
        if not match or not _is_title(match.group(2), para.emphasised):
            continue
        number = int(match.group(1))
        if number == expected or (para.emphasised and number > expected):
            starts.append(_ItemStart(index, match.group(1), match.group(2).strip()))
            expected = number + 1
    return starts or _roman_item_starts(body)


_ROMAN_ITEM = re.compile(r"^([IVXL]{1,7})\s?[.)]\s+(\S.*)$")


def _roman_item_starts(body: list[_Para]) -> list[_ItemStart]:
    """Headings numbered I, II, III ... in order, each a title ("II. MIGRATION")."""
    starts: list[_ItemStart] = []
    for index, para in enumerate(body):
        match = _ROMAN_ITEM.match(para.text)
        if (
            match
            and match.group(1) == roman_numeral(len(starts) + 1)
            and _is_title(match.group(2), para.emphasised)
        ):
            starts.append(_ItemStart(index, match.group(1), match.group(2).strip()))
    return starts


def _is_title(text: str, emphasised: bool = False) -> bool:
    """A heading line rather than a numbered or lettered paragraph of running text."""
    if len(text) > _MAX_TITLE_CHARS:
        return False
    if emphasised:
        return True
    if _SENTENCE_END.search(text):
        return False
    return not (text.endswith(".") and len(text.split()) > 8) and not text.endswith((";", ","))


def _annex_start(body: list[_Para], item_starts: list[int], mentions_annex: bool) -> int:
    """Where the annex begins (len(body) when there is none), looking after the first item."""
    first = item_starts[0] + 1 if item_starts else 0
    for index in range(first, len(body)):
        text = body[index].text
        if _ANNEX_HEADING.match(text):
            return index
        if not item_starts or not _is_annex_title(body[index]):
            continue
        following = body[index + 1].text if index + 1 < len(body) else ""
        if _BODY_PLACE_DATE.match(following):
            return index
        if mentions_annex and index > item_starts[-1] and _ANNEXED_TEXT_WORDS.search(text):
            return index
    return len(body)


def _is_annex_title(para: _Para) -> bool:
    text = para.text
    return (
        not _ITEM.match(text)
        and not _LETTERED.match(text)
        and len(text) <= _MAX_TITLE_CHARS
        and not text.endswith((".", ";", ",", ":"))
        and not _SENTENCE_END.search(text)
    )


def _items(body: list[_Para], starts: list[_ItemStart], annex_start: int) -> list[Item]:
    items: list[Item] = []
    for position, start in enumerate(starts):
        stop = starts[position + 1].index if position + 1 < len(starts) else annex_start
        paras = body[start.index + 1 : stop]
        items.append(
            Item(
                number=start.number,
                title=start.title,
                text="\n\n".join(p.text for p in paras),
                subitems=_lettered_subitems(paras) or _run_in_subitems(paras),
            )
        )
    return items


def _lettered_subitems(paras: list[_Para]) -> list[SubItem]:
    starts: list[tuple[int, str, str]] = []
    expected = "a"
    for index, para in enumerate(paras):
        match = _LETTERED.match(para.text)
        if match and match.group(1) == expected and _is_title(match.group(2), para.emphasised):
            starts.append((index, match.group(1), match.group(2).strip()))
            expected = chr(ord(expected) + 1)
    subitems = []
    for position, (start, label, title) in enumerate(starts):
        stop = starts[position + 1][0] if position + 1 < len(starts) else len(paras)
        text = "\n\n".join(p.text for p in paras[start + 1 : stop])
        subitems.append(SubItem(label=label, title=title, text=text))
    return subitems


def _run_in_subitems(paras: list[_Para]) -> list[SubItem]:
    """Italic run-in headings ("... exchange on *Security threats*. ...") as sub-items a, b, ..."""
    starts = [(index, title) for index, p in enumerate(paras) if (title := _run_in_title(p))]
    subitems = []
    for position, (start, title) in enumerate(starts):
        stop = starts[position + 1][0] if position + 1 < len(starts) else len(paras)
        subitems.append(
            SubItem(
                label=_letter_label(position),
                title=title,
                text="\n\n".join(p.text for p in paras[start:stop]),
            )
        )
    return subitems


def _run_in_title(para: _Para) -> str | None:
    for span in para.italic:
        title = " ".join(span.split()).strip(" ,.:;")
        if len(title) < 3 or not (title[0].isupper() or title[0] in "“\"‘'"):
            continue
        position = para.text.find(title)
        sentence_end = _SENTENCE_END.search(para.text)
        limit = sentence_end.start() + 1 if sentence_end else len(para.text)
        if 0 <= position < limit and len(title.split()) <= 20:
            return title
        return None  # only an italic span in the first sentence is a run-in heading
    return None


def _letter_label(position: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[position] if position < 26 else f"a{letters[position % 26]}"


def _annex(paras: list[_Para]) -> Annex:
    paras = [p for p in paras if p.text.upper() != "ANNEX" or p is paras[0]]
    if _ANNEX_HEADING.match(paras[0].text):
        rest = paras[1:]
        if rest and _is_annex_title(rest[0]):
            return Annex(title=rest[0].text, text="\n\n".join(p.text for p in rest[1:]))
        return Annex(title=paras[0].text, text="\n\n".join(p.text for p in rest))
    return Annex(title=paras[0].text, text="\n\n".join(p.text for p in paras[1:]))


# ---------------------------------------------------------------- dates and meetings


def _range_dates(match: re.Match[str]) -> tuple[dt.date | None, dt.date | None]:
    m2, y2 = match.group("m2"), match.group("y2")
    d1, m1, y1, d2 = match.group("d1"), match.group("m1"), match.group("y1"), match.group("d2")
    if m1 and not d2:
        return None, None  # "5 December 6 January 2020" is no date we know
    end = parse_council_date(d2 or d1, m2, y2)
    start = parse_council_date(d1, m1 or m2, y1 or y2)
    if end is not None and d2 and not m1 and (start is None or start > end):
        start = _in_month_before(d1, end)  # "30th (dinner) and 1st July": 30 June
        if start is not None and (end - start).days > 7:
            start = None  # "23-22 May" is a typing error, not a month-long meeting
    if start is None or end is None or start > end:
        return None, None
    return start, end


def _in_month_before(day: str, end: dt.date) -> dt.date | None:
    """Day `day` of the month before `end`'s (a range over a month end printing one month)."""
    first = end.replace(day=1) - dt.timedelta(days=1)
    number = re.match(r"\d{1,2}", day)
    try:
        return first.replace(day=int(number.group())) if number else None
    except ValueError:
        return None


def _split_place(before: str) -> tuple[str, str | None]:
    """Split "Meeting (Sofia" / "Meeting, Valletta" / "Meeting in Oslo" / "Réunion tenue à Paris"
    into title and place."""
    title, bracket, place = before.rpartition("(")
    if bracket and ")" not in place:  # "(JAIEX), Brussels": a closed bracket is the body's acronym
        return title, _place_or_none(place)
    if "," in before:
        title, _, place = before.rpartition(",")
        # ("Subcommittee on Justice, Freedom and Security – Kyiv": the comma is the name's, and
        # so it is before "held in Lviv")
        if _place_or_none(place) and not re.search(
            r"\s[-–—]\s|\b(?:held\s+in|tenue?s?\s+à)\s", place
        ):
            return title, _place_or_none(place)
    # "Senior Officials Meeting EU-US (JHA) - Luxembourg": a spaced dash before a place name
    # (capitalised words, not all capitals: never the "US" of "EU - US" nor "- Justice and
    # Home Affairs")
    dashed = re.match(r"^(.*\S)\s+[-–—]\s+((?:[A-ZÀ-ÖØ-Þ][\w.'-]*(?:\s+|$)){1,3})$", before)
    if dashed and re.search(r"[a-zà-ÿ]", dashed.group(2)) and _place_or_none(dashed.group(2)):
        return dashed.group(1), _place_or_none(dashed.group(2))
    # "... on justice and home affairs held by videoconference": the format is the place
    remote = _HELD_REMOTELY.match(before)
    if remote:
        return remote.group(1), _place_or_none(remote.group(2))
    held_in = re.match(
        r"^(.*?)(?:,\s*|\s+)(?:(?:held\s+)?in|(?:tenue?s?\s+)?à)\s+([A-ZÀ-ÖØ-Þ][\w.' -]{1,40})$",
        before,
    )
    if held_in:
        return held_in.group(1), _place_or_none(held_in.group(2))
    # "Videoconference of EU and US Senior Officials ...": the name itself gives the format
    named_online = _NAMED_ONLINE.match(before)
    if named_online:
        return before, named_online.group("format").lower()
    return before, None


# A meeting held online names its format where the place stands, often in lower case, as the
# Council writes it: "(videoconference, 28 May 2020)", "(by video conference, ...)".
_VIDEOCONFERENCE = r"vid[eé]o[\s-]?conf[eé]rence|visio[\s-]?conf[ée]rence"
_REMOTE = re.compile(
    rf"(?:(?:held\s+)?(?:by|via|through|par|per|en)\s+)?(?P<format>{_VIDEOCONFERENCE}|"
    r"videokonferenz|videoconferencia|videoconferenza|video\s+call|online|remotely)",
    re.IGNORECASE,
)


# ... and said after the title, "held by" or "by" before it (a title may end on the word alone)
_HELD_REMOTELY = re.compile(
    rf"^(.*?\S),?\s+(?:(?:held|tenue?s?)\s+)?((?:by|via|par)\s+(?:{_VIDEOCONFERENCE}|video\s+call))$",
    re.IGNORECASE,
)


# ... or open the meeting's name: "(Informal) videoconference of the justice ministers"
_NAMED_ONLINE = re.compile(
    rf"^(?:informal\s+)?(?P<format>{_VIDEOCONFERENCE})(?:\s+informelle)?\s+(?:of|on|des|de|du)\b",
    re.IGNORECASE,
)


# ... or after the place it was chaired from ("Berlin, by videoconference", "Lisbonne (par
# visioconférence)")
_CHAIRED_FROM = re.compile(
    rf"^(?P<place>[^,()]+?)\s*(?:,\s*|\(\s*){_REMOTE.pattern}\s*\)?$", re.IGNORECASE
)


def _place_or_none(text: str) -> str | None:
    """The place of a subject's "(Place, date)": a capitalised name, or the format of a meeting
    held online ("videoconference") in lower case, as the source spells it."""
    place = " ".join(text.split()).strip(" ,;:")
    remote = _REMOTE.fullmatch(place)
    if remote:
        return remote.group("format").lower()
    chaired_from = _CHAIRED_FROM.match(place)
    if chaired_from:  # "(Berlin, by videoconference, 1 December 2020)": chaired from Berlin
        place = chaired_from.group("place")
    if not place or len(place) > 60 or not place[0].isupper():
        return None
    return place


def _clean_title(text: str) -> str:
    title = _SUBJECT_PREFIX.sub("", " ".join(text.split()))
    title = _TITLE_QUALIFIER.sub("", title)
    title = _SPACED_DASH.sub(r"\1-\2", title)
    return title.strip(" ,;:-–—(")
