"""PDF reader: PDF bytes in, Blocks out (lines and paragraphs rebuilt, running footers dropped)."""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
import time
import warnings
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz

from packgen.blocks import SourceBlock, italic_spans
from packgen.errors import InputError

#: PDFs with more pages are refused (a Council outcome has a handful).
MAX_PDF_PAGES = 500
#: A page with more characters than this is refused (a dense A4 page holds about 5,000).
MAX_PAGE_GLYPHS = 100_000
#: Text extraction stops with an InputError after this many seconds (checked between pages).
EXTRACTION_TIMEOUT_S = 60.0
#: Running headers/footers are looked for in this top and bottom fraction of each page...
RUNNING_BAND = 0.15
#: ...among this many lines from the top and from the bottom of the page.
RUNNING_LINES = 4
#: A band line recurs on another page when their digit-normalised texts are this similar.
RUNNING_SIMILARITY = 80
#: ...at the same height on those pages, give or take this fraction of the page.
RUNNING_DRIFT = 0.02
#: What the refusal of a scan tells the user to do.
OCR_REMEDY = "OCR it first: packgen parse --ocr, or PACKGEN_OCR=1 (needs OCRmyPDF and Tesseract)"
#: Margin lines with more words than this (and no table cells) are prose, never running lines.
RUNNING_WORDS = 10
#: A horizontal gap wider than this many font sizes separates table cells ("\t").
CELL_GAP_EM = 2.0

_ITALIC_FONT = re.compile(r"(?i:italic|oblique|inclined|kursiv)|[-,]\w*It(?:MT)?$")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|[-,]Bd", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–]?\s*(\d{1,4})\s*[-–]?(?:\s*(?:/|of)\s*(\d{1,4}))?$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
_ANNEX_TITLE = re.compile(r"^ANNEX\b")
_HYPHENATION_MARKS = {"\u00ad", "\u2010"}  # soft hyphen, and the hyphen typesetters insert
_LIST_LABEL = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4})[.)]\s")
_LABEL_LINE = re.compile(r"^(?:\d{1,2}[.)]|\(?[a-z]\))\s")  # "1. Title", "a) Title"


@dataclass
class _Line:
    """One rebuilt line of text with per-character style flags."""

    text: str
    italic: list[bool]
    bold: list[bool]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    first_word_width: float
    space_width: float
    last_cell_x0: float | None = None  # where the last table cell starts, when there are cells


def read_pdf(
    data: bytes,
    path: Path,
    ocr: bool = False,
    seen: list | None = None,
    rotated: list | None = None,
) -> list[SourceBlock]:
    """Rebuild paragraphs from character positions; drop lines repeated in the page margins.

    A PDF without a text layer (a scan) is refused, or with `ocr` given a text
    layer by OCRmyPDF first. `seen` receives (page, top, text) of every line before
    running lines are dropped, and `rotated` the first page's width and its rotated
    characters, for the marking scan (packgen.readers.lines), which so need not parse the
    file a second time.
    """
    pages, stamps = _extract_lines(data, path, rotated)
    if not any(pages) and not stamps:
        if not ocr:
            raise InputError(path, f"PDF has no text layer (scanned image?); {OCR_REMEDY}")
        from packgen.readers.ocr import add_text_layer

        pages, stamps = _extract_lines(add_text_layer(data, path), path)
        if not any(pages) and not stamps:
            raise InputError(path, "PDF has no text layer, and OCR found no text in it")
    if seen is not None:  # after OCR, so that a scanned marking is seen too
        seen.extend((line.page, line.top, line.text) for lines in pages for line in lines)
    try:
        return [SourceBlock(text=stamp) for stamp in stamps] + _blocks(_drop_running_lines(pages))
    except Exception as exc:  # odd geometry must not surface as a traceback
        raise InputError(path, f"PDF text could not be laid out ({type(exc).__name__})") from None


# ---------------------------------------------------------------- extraction


def _extract_lines(
    data: bytes, path: Path, rotated: list | None = None
) -> tuple[list[list[_Line]], list[str]]:
    """Horizontal lines per page, and the distinct vertical stamps ("PUBLIC") in order.

    `rotated` receives (width, rotated characters) of the first page.
    """
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # pdfminer logs every oddity
    started = time.monotonic()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            pdf = pdfplumber.open(io.BytesIO(data))
            page_count = len(pdf.pages)
        except Exception as exc:
            # pdfplumber wraps pdfminer's errors: look at what it wraps too
            causes = (exc, *getattr(exc, "args", ()))
            if any(isinstance(cause, PDFPasswordIncorrect) for cause in causes):
                raise InputError(
                    path, "PDF is password-protected; remove the password first"
                ) from None
            raise InputError(path, "not a valid PDF file") from None
        with pdf:
            if page_count == 0:
                raise InputError(path, "not a valid PDF file (no pages)")
            if page_count > MAX_PDF_PAGES:
                raise InputError(
                    path, f"PDF has {page_count} pages, over the {MAX_PDF_PAGES}-page limit"
                )
            pages = []
            stamps: list[str] = []
            for number, page in enumerate(pdf.pages):
                if time.monotonic() - started > EXTRACTION_TIMEOUT_S:
                    raise InputError(
                        path,
                        f"PDF text extraction took over {EXTRACTION_TIMEOUT_S:g} s "
                        f"(stopped at page {number + 1} of {page_count})",
                    )
                try:
                    chars = [c for c in page.chars if c.get("text")]
                    height = float(page.height)
                except MemoryError:  # over the reading limit: packgen.readers.bounded says so
                    raise
                except Exception:
                    raise InputError(
                        path, f"not a valid PDF file (page {number + 1} cannot be read)"
                    ) from None
                if len(chars) > MAX_PAGE_GLYPHS:
                    raise InputError(
                        path,
                        f"PDF page {number + 1} has {len(chars):,} characters, over the "
                        f"{MAX_PAGE_GLYPHS:,} limit per page",
                    )
                upright = [c for c in chars if c.get("upright", True)]
                if number == 0 and rotated is not None:
                    width = float(page.width)
                    rotated.append((width, [c for c in chars if not c.get("upright", True)]))
                pages.append(_page_lines(upright, number, height))
                for stamp in _vertical_texts([c for c in chars if not c.get("upright", True)]):
                    if stamp not in stamps:
                        stamps.append(stamp)
                page.close()
    return pages, stamps


def _page_lines(chars: list[dict], page: int, height: float) -> list[_Line]:
    """Group characters into lines by their vertical position, left to right."""
    lines: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        if lines and abs(char["top"] - lines[-1][0]["top"]) <= max(2.0, 0.3 * char["size"]):
            lines[-1].append(char)
        else:
            lines.append([char])
    rebuilt = [_line(sorted(group, key=lambda c: c["x0"]), page) for group in lines]
    rebuilt = _label_cells_rejoined([line for line in rebuilt if line.text.strip()])
    for line in rebuilt:
        line.top, line.bottom = line.top / height, line.bottom / height  # fractions of the page
    return rebuilt


# A table row whose label cell ("Subject:") is centred beside a value of several lines lands
# between the value's lines, or on its second one: read by height alone, the value's first
# line comes before its label. The label is put back in front of it.
_CELL_LABEL = re.compile(r"^([^\W\d_]+(?: [^\W\d_]+){0,2}):(?:[ \t]+|$)")
_VALUE_RUN_MAX = 3


def _label_cells_rejoined(lines: list[_Line]) -> list[_Line]:
    """The lines, each label cell joined to the start of the value it was centred on."""
    out: list[_Line] = []
    for index, line in enumerate(lines):
        label = _CELL_LABEL.match(line.text)
        run = _value_run(out, line) if label else []
        after = lines[index + 1] if index + 1 < len(lines) else None
        # (centred, the label has value lines below it too: a label under a value that ended
        # is a new row, or a paragraph "Summary: ..." after the table)
        in_column = bool(run) and after is not None and abs(after.x0 - run[0].x0) <= 2.0
        if label and in_column:
            del out[-len(run) :]
            out.extend(_joined_cell(line, label, run))
        else:
            out.append(line)
    return out


def _value_run(out: list[_Line], label_line: _Line) -> list[_Line]:
    """The lines just above a label line that stand in one column to its right, close above it."""
    run: list[_Line] = []
    below = label_line
    for line in reversed(out[-_VALUE_RUN_MAX:]):
        if (
            line.page != label_line.page
            or line.x0 < label_line.x0 + 2 * label_line.size
            or (run and abs(line.x0 - run[0].x0) > 2.0)
            or below.top - line.top > 1.6 * max(line.size, below.size)
            or _CELL_LABEL.match(line.text)
            or "\t" in line.text
        ):
            break
        run.insert(0, line)
        below = line
    return run


def _joined_cell(line: _Line, label: re.Match[str], run: list[_Line]) -> list[_Line]:
    """The label before the value's first lines, then what the label's own line holds of the
    value (the line of the value it was centred on), each at its height."""
    end = len(label[1]) + 1  # the label and its colon
    text, italic, bold = (
        line.text[:end] + "\t",
        line.italic[:end] + [False],
        line.bold[:end] + [False],
    )
    for number, value in enumerate(run):
        space = " " if number else ""  # styled as the value line it opens
        text += space + value.text
        italic += [value.italic[0]] * len(space) + value.italic
        bold += [value.bold[0]] * len(space) + value.bold
    head = replace(
        line,
        text=text,
        italic=italic,
        bold=bold,
        x1=max(value.x1 for value in run),
        top=run[0].top,
        bottom=run[-1].bottom,
        last_cell_x0=run[0].x0,
    )
    rest = label.end()
    if rest >= len(line.text):
        return [head]
    words = line.text[rest:].split()
    return [
        head,
        replace(
            line,
            text=line.text[rest:],
            italic=line.italic[rest:],
            bold=line.bold[rest:],
            x0=run[0].x0,
            # (the glyphs' widths are gone with the merge: an average glyph is half an em)
            first_word_width=len(words[0]) * 0.5 * line.size if words else 0.0,
            last_cell_x0=None,
        ),
    ]


def _vertical_texts(chars: list[dict]) -> list[str]:
    """Text set up or down a margin (release stamps), one string per column of characters."""
    columns: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: c["x0"]):
        if columns and abs(char["x0"] - columns[-1][0]["x0"]) <= 2.0:
            columns[-1].append(char)
        else:
            columns.append([char])
    texts = []
    for column in columns:
        upward = column[0].get("matrix", (0, 1))[1] > 0
        ordered = sorted(column, key=lambda c: -c["bottom"] if upward else c["top"])
        text, previous = "", None
        for char in ordered:
            if previous is not None:
                gap = (
                    (previous["top"] - char["bottom"])
                    if upward
                    else (char["top"] - previous["bottom"])
                )
                if gap > 0.15 * max(char["x1"] - char["x0"], 1.0) and not text.endswith(" "):
                    text += " "
            text += char["text"]
            previous = char
        text = " ".join(text.split())
        if len(text) > 1:
            texts.append(text)
    return texts


def _line(chars: list[dict], page: int) -> _Line:
    text: list[str] = []
    italic: list[bool] = []
    bold: list[bool] = []
    previous: dict | None = None
    pending_space = False
    last_cell_x0 = None
    for char in chars:
        if previous is not None and _duplicate(char, previous):
            continue  # fake bold: the same glyph printed twice
        if char["text"].isspace():
            pending_space = True
            continue
        if previous is not None:
            gap = char["x0"] - previous["x1"]
            if gap > CELL_GAP_EM * char["size"]:
                _append(text, italic, bold, "\t", False, False)
                last_cell_x0 = char["x0"]
            elif pending_space or gap > 0.15 * char["size"]:
                _append(text, italic, bold, " ", *_style(previous))
        _append(text, italic, bold, char["text"], *_style(char))
        previous, pending_space = char, False
    words = "".join(text).split()
    visible = [c for c in chars if not c["text"].isspace()]
    first_word_chars = visible[: len(words[0])] if words else []
    size = statistics.median(c["size"] for c in visible) if visible else 0.0
    return _Line(
        text="".join(text),
        italic=italic,
        bold=bold,
        x0=visible[0]["x0"] if visible else 0.0,
        x1=max((c["x1"] for c in visible), default=0.0),
        top=min((c["top"] for c in visible), default=0.0),
        bottom=max((c["bottom"] for c in visible), default=0.0),
        size=size,
        page=page,
        first_word_width=sum(c["x1"] - c["x0"] for c in first_word_chars),
        space_width=0.25 * size,
        last_cell_x0=last_cell_x0,
    )


def _duplicate(char: dict, previous: dict) -> bool:
    return char["text"] == previous["text"] and abs(char["x0"] - previous["x0"]) < 0.5


def _style(char: dict) -> tuple[bool, bool]:
    font = str(char.get("fontname", "")).split("+")[-1]
    return bool(_ITALIC_FONT.search(font)), bool(_BOLD_FONT.search(font))


def _append(text: list[str], italic: list[bool], bold: list[bool], s: str, i: bool, b: bool):
    for ch in s:
        text.append(ch)
        italic.append(i)
        bold.append(b)


# ---------------------------------------------------------------- running headers and footers


def _band_lines(lines: list[_Line]) -> list[_Line]:
    top = [line for line in lines[:RUNNING_LINES] if line.bottom < RUNNING_BAND]
    bottom = [line for line in lines[-RUNNING_LINES:] if line.top > 1 - RUNNING_BAND]
    band = top + [line for line in bottom if line not in top]
    # a running line is a few words or table cells, never a full line of prose (whose
    # wording may well recur near the same height on other pages)
    return [
        line
        for line in band
        if "\t" in line.text
        or (len(line.text.split()) <= RUNNING_WORDS and not _sentence_tail(line.text))
    ]


def _sentence_tail(text: str) -> bool:
    """ "end of the year.", "concerned.": the last words of a sentence, not page furniture
    (initials such as "lby/GBK/mm" start in lower case too, but are one word, unpunctuated)."""
    text = text.strip()
    return text[:1].islower() and (" " in text or bool(_SENTENCE_END.search(text)))


def _running_key(text: str) -> str:
    return " ".join(re.sub(r"\d+", "#", text).split())


def _is_page_number(text: str, page_count: int) -> bool:
    """ "3", "- 3 -", "Page 3", "3/7", "3 of 7"; not a document number such as "1234/20"."""
    match = _PAGE_NUMBER.match(text.strip())
    if not match:
        return False
    page, total = int(match.group(1)), match.group(2)
    if total is not None:
        return page <= int(total) == page_count
    return page <= page_count + 50  # numbering may start after a cover


def _drop_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop margin lines that recur (digits aside) on most pages, and bare page numbers."""
    band = [[(line, _running_key(line.text)) for line in _band_lines(lines)] for lines in pages]
    needed = max(2, math.ceil(len(pages) / 2))
    running: set[int] = set()
    for page_lines in band:
        for line, key in page_lines:
            if _is_page_number(line.text, len(pages)):
                running.add(id(line))
                continue
            if len(pages) < 2:
                continue
            recurs = sum(
                any(
                    abs(line.top - other.top) <= RUNNING_DRIFT
                    and fuzz.ratio(key, other_key) >= RUNNING_SIMILARITY
                    for other, other_key in others
                )
                for others in band
            )
            if recurs >= needed:
                running.add(id(line))
    kept_annex_title = False
    result = []
    for lines in pages:
        kept = []
        for line in lines:
            if id(line) in running:
                # A recurring "ANNEX" page header still marks where the annex starts: keep it once.
                if _ANNEX_TITLE.match(line.text) and line.top < 0.5 and not kept_annex_title:
                    kept_annex_title = True
                    kept.append(line)
                continue
            kept.append(line)
        result.append(kept)
    return result


# ---------------------------------------------------------------- paragraphs


def _blocks(pages: list[list[_Line]]) -> list[SourceBlock]:
    lines = [line for page in pages for line in page]
    if not lines:
        return []
    pitch = _typical_pitch(pages)
    document_edge = _right_edge(lines) or max(line.x1 for line in lines)
    by_page = _by_page(lines)
    right_edges = {
        page: _right_edge(lines_) or max(document_edge, *(line.x1 for line in lines_))
        for page, lines_ in by_page
    }
    left_edges = {page: min(line.x0 for line in lines_) for page, lines_ in by_page}
    justified = _justified(lines, right_edges)
    body_size = statistics.median(line.size for line in lines)
    paragraphs: list[list[_Line]] = [[lines[0]]]
    for line in lines[1:]:
        previous = paragraphs[-1][-1]
        right_edge = right_edges[previous.page]
        if (
            _continues(previous, line, pitch, right_edge)
            and not _leaves_cell(paragraphs[-1], line)
            and not _set_right(paragraphs[-1], left_edges[previous.page], right_edge)
            and not (justified and _heading_line(paragraphs[-1], line, right_edge))
        ):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    heading_sizes = sorted(
        {round(p[0].size, 1) for p in paragraphs if p[0].size > 1.15 * body_size}, reverse=True
    )
    return [_block(p, right_edges, heading_sizes) for p in paragraphs]


def _set_right(paragraph: list[_Line], left_edge: float, right_edge: float) -> bool:
    """A line set flush right, starting well past the middle of the text ("7999/23" under
    "Brussels, 20 March 2023 (OR. en)", then "LIMITE", then the subject codes on the left):
    a line of its own, whatever the pitch; a paragraph's lines start at its left edge, and a
    table cell's at its column ("Subject:" and a value that wraps in the right half)."""
    last = paragraph[-1]
    if last.x0 <= left_edge + 0.6 * (right_edge - left_edge):
        return False  # (most lines: the paragraph is not scanned for its cells)
    return not any(
        line.last_cell_x0 is not None and abs(line.last_cell_x0 - last.x0) <= 2.0
        for line in paragraph
    )


def _justified(lines: list[_Line], right_edges: dict[int, float]) -> bool:
    """Justified text: many lines end exactly at the margin (ragged text has a few by chance)."""
    stretched = sum(_stretched(line, right_edges[line.page]) for line in lines)
    return stretched >= max(3, 0.2 * len(lines))


def _heading_line(paragraph: list[_Line], line: _Line, right_edge: float) -> bool:
    """In justified text, a lone "2. Title" line that stops short of the margin is a heading,
    even a long one with its text right under it."""
    first = paragraph[0]
    return (
        len(paragraph) == 1
        and bool(_LABEL_LINE.match(first.text.lstrip()))
        and not _stretched(first, right_edge)
        and not _lowercase_continuation(line)
        # a bold title wrapped onto a bold line ("... the conclusions of the" / "European
        # Council of 28-29 June") goes on: the next word would not have fitted
        and not (_all_bold(first) and _all_bold(line) and _soft_wrap(first, line, right_edge))
    )


def _leaves_cell(paragraph: list[_Line], line: _Line) -> bool:
    """A line left of the table cell the paragraph's last lines wrap in is no longer the cell's:
    the summary under a header table whose Subject wrapped onto a second line."""
    rows = [index for index, p in enumerate(paragraph) if p.last_cell_x0 is not None]
    if not rows or "\t" in line.text:
        return False
    cell_x0 = paragraph[rows[-1]].last_cell_x0
    wrapped = paragraph[rows[-1] + 1 :]
    in_cell = all(abs(p.x0 - cell_x0) < 2 for p in wrapped)
    return in_cell and line.x0 < cell_x0 - 2


def _by_page(lines: list[_Line]) -> list[tuple[int, list[_Line]]]:
    pages: dict[int, list[_Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    return list(pages.items())


def _typical_pitch(pages: list[list[_Line]]) -> float:
    """The line pitch inside paragraphs (as a fraction of the page).

    Steps are counted to a thousandth of the page (under a point), and the smallest
    step that is common wins: with many one-line paragraphs the gap between
    paragraphs may be the single most common step, and must not be taken for the pitch.
    """
    steps = Counter(
        round(b.top - a.top, 3)
        for lines in pages
        for a, b in zip(lines, lines[1:], strict=False)
        if b.top > a.top
    )
    if not steps:
        return 0.02
    most = max(steps.values())
    return min(step for step, count in steps.items() if count >= 0.3 * most)


def _right_edge(lines: list[_Line]) -> float | None:
    """Where justified lines end: the commonest line end near the widest one (None when
    no three lines share it, as on a page that holds a heading only).

    A footer set in wider margin boxes, kept on a one-page document, must not move it."""
    widest = max(line.x1 for line in lines)
    ends = Counter(round(line.x1) for line in lines if line.x1 >= 0.8 * widest)
    end, count = max(ends.items(), key=lambda pair: (pair[1], pair[0]))
    if count < 3:
        return None
    return max(line.x1 for line in lines if abs(line.x1 - end) <= 1.0)


def _soft_wrap(previous: _Line, line: _Line, right_edge: float) -> bool:
    """True when the next line's first word would not have fitted at the end of this one."""
    room = right_edge - previous.x1
    # after a hyphen ("EU-" / "Canada") or a slash ("Entry/" / "Exit") no space would have
    # come between the two parts
    space = 0.0 if previous.text.endswith(("-", "/", "\u00ad", "\u2010")) else previous.space_width
    return room < line.first_word_width + space + 1.0


def _continues(previous: _Line, line: _Line, pitch: float, right_edge: float) -> bool:
    if line.page != previous.page:
        return _continues_on_next_page(previous, line, right_edge)
    if line.top - previous.top > 1.25 * pitch or line.top <= previous.top:
        return False
    if abs(line.size - previous.size) > 0.15 * max(line.size, previous.size):
        return False
    if _all_bold(previous) and not _all_bold(line):
        # a bold heading that runs to the margin, then its text: two paragraphs
        return _lowercase_continuation(line)
    both_styles_differ = _all_bold(previous) != _all_bold(line)
    return not (both_styles_differ and not _soft_wrap(previous, line, right_edge))


def _continues_on_next_page(previous: _Line, line: _Line, right_edge: float) -> bool:
    """No gap to go by across a page break: read the line ends instead.

    A justified line stretched to the margin is inside its paragraph, even when a
    sentence ends there; a lone "a) Title" line at the foot of a page is a heading;
    a bold line over plain text is a heading.
    """
    if _all_bold(previous) != _all_bold(line) or _LABEL_LINE.match(line.text.lstrip()):
        return False
    if _LABEL_LINE.match(previous.text.lstrip()) and not _stretched(previous, right_edge):
        return False
    if _stretched(previous, right_edge) and not previous.text.rstrip().endswith(":"):
        return True
    return not _SENTENCE_END.search(previous.text.rstrip()) and (
        _soft_wrap(previous, line, right_edge) or _lowercase_continuation(line)
    )


def _stretched(line: _Line, right_edge: float) -> bool:
    """The line reaches the right margin with several words: justified, not a last line."""
    return right_edge - line.x1 < 0.3 * line.space_width and " " in line.text.strip()


def _lowercase_continuation(line: _Line) -> bool:
    text = line.text.lstrip()
    return text[:1].islower() and not _LIST_LABEL.match(text)


def _all_bold(line: _Line) -> bool:
    visible = [bold for ch, bold in zip(line.text, line.bold, strict=True) if not ch.isspace()]
    return bool(visible) and all(visible)


def _block(
    lines: list[_Line], right_edges: dict[int, float], heading_sizes: list[float]
) -> SourceBlock:
    text: list[str] = []
    italic: list[bool] = []
    bold: list[bool] = []
    cell_x0: float | None = None  # where the table cell the previous line ended in starts
    for index, line in enumerate(lines):
        if index:
            previous = lines[index - 1]
            joiner, drop_last = _joiner(previous, line, right_edges[previous.page], text, cell_x0)
            if drop_last:
                del text[-1], italic[-1], bold[-1]
            _append(text, italic, bold, joiner, italic[-1] and line.italic[0], False)
        text.extend(line.text)
        italic.extend(line.italic)
        bold.extend(line.bold)
        if line.last_cell_x0 is not None:
            cell_x0 = line.last_cell_x0
        elif cell_x0 is not None and abs(line.x0 - cell_x0) >= 2:
            cell_x0 = None  # the cell's value ended: back at the left margin
    joined = "".join(text)
    visible_bold = [b for ch, b in zip(joined, bold, strict=True) if not ch.isspace()]
    size = round(lines[0].size, 1)
    kind = "row" if "\t" in joined else "paragraph"
    level = 0
    if size in heading_sizes:
        kind, level = "heading", heading_sizes.index(size) + 1
    return SourceBlock(
        text=_clean(joined),
        kind=kind,  # type: ignore[arg-type]
        italic=italic_spans(zip(joined, italic, strict=True)),
        bold=bool(visible_bold) and all(visible_bold),
        level=level,
    )


def _joiner(
    previous: _Line, line: _Line, right_edge: float, text: list[str], cell_x0: float | None
) -> tuple[str, bool]:
    """What joins two lines of a paragraph, and whether the last character goes.

    `cell_x0` is where the table cell `previous` ends in starts (None: not in a table)."""
    # A line in a table's last cell is wrapped when it fills most of the cell (whose right
    # edge may stop short of the margin): "Subject:" over two lines, not "LIMITE" over codes.
    if cell_x0 is not None and line.x0 < cell_x0 - 2:
        return "\n", False  # the next line of a table, starting in an earlier column
    in_last_cell = cell_x0 is not None and abs(line.x0 - cell_x0) < 2
    fills_cell = in_last_cell and previous.x1 - cell_x0 >= 0.75 * (right_edge - cell_x0)
    if not fills_cell and not _soft_wrap(previous, line, right_edge):
        return "\n", False  # the next word would have fitted: the line was broken on purpose
    if len(text) > 1 and text[-1] in _HYPHENATION_MARKS:
        return "", True  # automatic hyphenation only shows where a word was split
    if len(text) > 1 and text[-1] in "-/" and text[-2].isalnum():
        return "", False  # keep the hyphen or slash: "EU-US", "counter-terrorism", "Entry/Exit"
    return " ", False


def _clean(text: str) -> str:
    parts = []
    for part in text.split("\n"):
        if "\t" in part:
            cells = [" ".join(cell.split()) for cell in part.split("\t")]
            parts.append("\t".join(cell for cell in cells if cell))
        else:
            parts.append(" ".join(part.split()))
    return "\n".join(part for part in parts if part).strip()
