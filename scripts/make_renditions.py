"""Outcome .txt files in, DOCX and PDF renditions out, laid out like Council register documents.

The renditions exercise the DOCX and PDF readers: a header block (a borderless
table in DOCX), italic run-ins, and a running footer on every page (document
number, drafter's initials, page number, directorate code, marking, language)
that lands in the middle of paragraphs broken across pages.

    python scripts/make_renditions.py [TXT...] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import random
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from docx import Document as new_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from packgen.atomic import write_atomic  # noqa: E402
from packgen.blocks import SourceBlock  # noqa: E402
from packgen.errors import InputError  # noqa: E402
from packgen.readers import read_blocks  # noqa: E402

DEFAULT_SOURCES = ROOT / "seeds" / "outcomes"

#: The footer of a Council document; every key can be overridden per rendition.
DEFAULT_FOOTER: dict[str, object] = {
    "number": None,  # None: the document number found in the header block
    "initials": "ACA/mr",
    "directorate": "JAI.1",
    "marking": "LIMITE",
    "language": "EN",
    "pages": "n",  # "n" prints "3"; "n/N" prints "3/7"
    "lines": 2,  # 2: number/initials/page over directorate/marking/language; 1: all on one line
    "header": None,  # a running page header ("ANNEX"), PDF only
    "stamp": None,  # a release stamp printed up the left margin of every page, PDF only
    # Layout of the rendition (the register's variety):
    "header_layout": "rows",  # "rows": a label/value table; "two-column": institution and
    # number on the left, date, marking and codes on the right (suffix under the number);
    # "tight": label rows with no air, the summary paragraph right under the table
    "headings": "bold",  # "bold" or "plain" numbered and lettered heading lines
    "tight_headings": False,  # no space between a heading line and its text (PDF)
    "break_after": None,  # the text of a block the page breaks after (a heading at a page foot)
    "split": None,  # (paragraph text, offset): the page breaks inside it at a sentence end
}

_NUMBER = re.compile(r"^\d{1,6}/(?:\d+/)?\d{2}(?: (?:REV|ADD|COR) \d+)*$")
_LABEL_LINE = re.compile(
    r"^(From|To|No\. prev\. doc\.|No\. Cion doc\.|Subject|Summary|Interinstitutional File"
    r"|Origine|Destinataire|N° doc\. préc\.|Objet|Résumé)\s*:[ \t]*(.*)$"
)
_SUBJECT_LINE = re.compile(r"^(?:Subject|Objet)\s*:|^Subject\b", re.MULTILINE)
_INSTITUTION_LINE = re.compile(r"^(?:Council of|COUNCIL OF|Conseil de|CONSEIL DE)")
_DOC_TYPE_LINE = re.compile(r"^(?!LIMITE$|PUBLIC$)[A-ZÉ][A-ZÉ /]{3,40}$")
_SUFFIX_LINE = re.compile(r"^(?:REV|ADD|COR) \d+(?: (?:REV|ADD|COR) \d+)*$")
_NUMBERED = re.compile(r"^(?:\d{1,2}\.|[a-z]\))\s")


def write_docx_rendition(txt: Path, out: Path, footer: dict | None = None) -> Path:
    """Render the blocks of `txt` as a Council-looking DOCX at `out`."""
    blocks = read_blocks(Path(txt))
    settings = _footer_settings(blocks, footer)
    header, body = _split_header(blocks)
    doc = new_docx()
    _set_page(doc)
    if header:
        _docx_header_table(doc, header, settings)
    for block in body:
        _docx_block(doc, block, settings)
    _docx_footer(doc, settings)
    doc.core_properties.author = "packgen renditions"
    doc.core_properties.title = settings["number"] or Path(txt).stem
    data = io.BytesIO()
    doc.save(data)
    write_atomic(Path(out), data.getvalue())
    return Path(out)


def write_pdf_rendition(txt: Path, out: Path, footer: dict | None = None) -> Path:
    """Render the blocks of `txt` as a Council-looking PDF at `out` (WeasyPrint)."""
    with warnings.catch_warnings():
        # Some system builds lack libharfbuzz-subset; WeasyPrint 70 only warns about it.
        warnings.filterwarnings("ignore", "HarfBuzz-Subset", DeprecationWarning)
        from weasyprint import HTML

    blocks = read_blocks(Path(txt))
    settings = _footer_settings(blocks, footer)
    header, body = _split_header(blocks)
    if settings["split"]:
        settings["split"] = _fitting_split(header, body, settings)
    page = _html_page(header, body, settings)
    document = HTML(string=page, url_fetcher=_refuse_urls)
    write_atomic(Path(out), document.write_pdf())
    return Path(out)


def _fitting_split(
    header: list[SourceBlock], body: list[SourceBlock], settings: dict
) -> tuple | None:
    """The first sentence end, of those offered, where a page break looks like one inside a
    paragraph: the line before it full (70 characters or more), as a justified line is."""

    import pdfplumber
    from weasyprint import HTML

    text, offsets = settings["split"]
    for offset in [offsets] if isinstance(offsets, int) else offsets[:6]:
        trial = dict(settings, split=(text, offset))
        data = HTML(string=_html_page(header, body, trial), url_fetcher=_refuse_urls).write_pdf()
        head, last = text[offset:].split()[:8], text[:offset].split()[-1]
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [
                [line for line in page.extract_text_lines() if line["top"] < 0.9 * page.height]
                for page in pdf.pages
            ]
        for before, after in zip(pages, pages[1:], strict=False):
            # a full line (70 characters or more) has no gap wider than a word
            if (
                before
                and after
                and after[0]["text"].split()[:8] == head[: len(after[0]["text"].split())]
                and before[-1]["text"].endswith(last)
                and len(before[-1]["text"]) >= 70
            ):
                return (text, offset)
    return None


def _refuse_urls(url: str, *args: object, **kwargs: object) -> dict:
    # The page is built from escaped text only: nothing may be fetched.
    raise ValueError(f"renditions fetch nothing ({url})")


def _footer_settings(blocks: list[SourceBlock], footer: dict | None) -> dict:
    settings = dict(DEFAULT_FOOTER)
    settings.update(footer or {})
    if not settings["number"]:
        settings["number"] = next(
            (t for b in blocks[:15] if _NUMBER.match(t := " ".join(b.text.split()))), "0000/00"
        )
    return settings


def _split_header(blocks: list[SourceBlock]) -> tuple[list[SourceBlock], list[SourceBlock]]:
    """The header block runs to the Subject line (and a rule right after it)."""
    for index, block in enumerate(blocks[:20]):
        if _SUBJECT_LINE.search(block.text):
            end = index + 1
            if end < len(blocks) and blocks[end].kind == "rule":
                end += 1
            return blocks[:end], blocks[end:]
    return [], blocks


def _header_rows(header: list[SourceBlock]) -> Iterator[tuple[list[str], bool]]:
    """(cells, bold) per table row: label lines split into two cells, other blocks whole."""
    for block in header:
        if block.kind == "rule":
            continue
        lines = block.text.split("\n")
        matches = [_LABEL_LINE.match(line) for line in lines]
        if all(matches):
            for match in matches:
                yield [match.group(1) + ":", match.group(2).strip()], False
        else:
            yield [block.text], block.bold


def _italic_pieces(block: SourceBlock) -> list[tuple[str, bool]]:
    """The block text cut into (text, italic) pieces, finding the italic spans in order."""
    pieces: list[tuple[str, bool]] = []
    rest = block.text
    for span in block.italic:
        at = rest.find(span)
        if at < 0:
            continue
        if at:
            pieces.append((rest[:at], False))
        pieces.append((span, True))
        rest = rest[at + len(span) :]
    if rest:
        pieces.append((rest, False))
    return pieces


def _is_bold(block: SourceBlock) -> bool:
    return block.bold or (
        bool(_NUMBERED.match(block.text)) and len(block.text) < 160 and "\n" not in block.text
    )


def _two_column_rows(header: list[SourceBlock]) -> list[tuple[list[str], bool]] | None:
    """The register's two-column top: institution | date, number (suffix below) | marking, codes.

    None when the header lacks a number or a date block to lay out that way."""
    blocks = [b for b in header if b.kind != "rule"]
    number = next((b for b in blocks if _NUMBER.match(" ".join(b.text.split()))), None)
    date = next((b for b in blocks if "(OR." in b.text), None)
    if number is None or date is None:
        return None
    institution = next((b for b in blocks if _INSTITUTION_LINE.match(b.text)), None)
    first_label = next(
        (i for i, b in enumerate(blocks) if any(_LABEL_LINE.match(x) for x in b.text.split("\n"))),
        len(blocks),
    )
    right = [b for b in blocks[:first_label] if b not in (number, date, institution)]
    doc_type = [b for b in right if _DOC_TYPE_LINE.match(b.text)][-1:]
    right = [b for b in right if b not in doc_type]
    parts = number.text.split()
    number_cell = parts[0] + ("\n" + " ".join(parts[1:]) if len(parts) > 1 else "")
    rows = [
        ([institution.text if institution else "", date.text], False),
        ([number_cell, "\n".join(b.text for b in right)], False),
    ]
    rows += [([b.text], b.bold) for b in doc_type]
    rows += list(_header_rows(blocks[first_label:]))
    return rows


# ---------------------------------------------------------------- DOCX


def _set_page(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(3)
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    style.paragraph_format.space_after = Pt(6)


def _docx_header_table(doc, header: list[SourceBlock], settings: dict | None = None) -> None:
    rows = _layout_rows(header, settings) if settings else list(_header_rows(header))
    table = doc.add_table(rows=len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _no_borders(table)
    for row, (cells, bold) in zip(table.rows, rows, strict=True):
        row.cells[0].width, row.cells[1].width = Cm(4), Cm(12)
        if len(cells) == 1:
            row.cells[0].merge(row.cells[1])
        for cell, text in zip(row.cells, cells, strict=False):
            _add_lines(cell.paragraphs[0], text, bold=bold or text == "LIMITE", italic=False)
    doc.add_paragraph()  # Council documents leave air under the header block


def _no_borders(table) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _docx_block(doc, block: SourceBlock, settings: dict) -> None:
    if block.kind == "rule":
        _bottom_border(doc.add_paragraph())
        return
    if block.kind == "heading":
        paragraph = doc.add_heading(level=min(max(block.level, 1), 9))
    else:
        paragraph = doc.add_paragraph()
    bold = _is_bold(block) and (settings["headings"] != "plain" or block.bold)
    for text, italic in _italic_pieces(block):
        _add_lines(paragraph, text, bold=bold, italic=italic)


def _add_lines(paragraph: Paragraph, text: str, bold: bool, italic: bool) -> None:
    """Runs for `text`, its "\n" becoming Word line breaks inside the paragraph."""
    for number, line in enumerate(text.split("\n")):
        if number:
            paragraph.add_run().add_break()
        run = paragraph.add_run(line)
        run.italic = italic or None
        run.bold = bold or None


def _bottom_border(paragraph: Paragraph) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "auto")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _docx_footer(doc, settings: dict) -> None:
    footer = doc.sections[0].footer
    footer.is_linked_to_previous = False
    first = footer.paragraphs[0]
    _tab_stops(first)
    first.add_run(f"{settings['number']}\t{settings['initials']}\t")
    _page_field(first, "PAGE")
    if settings["pages"] == "n/N":
        first.add_run("/")
        _page_field(first, "NUMPAGES")
    second_line = f"{settings['directorate']}\t{settings['marking']}\t{settings['language']}"
    if settings["lines"] == 1:
        first.add_run("\t" + second_line)
    else:
        second = footer.add_paragraph(second_line)
        _tab_stops(second)


def _tab_stops(paragraph: Paragraph) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT

    stops = paragraph.paragraph_format.tab_stops
    stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.CENTER)
    stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)


def _page_field(paragraph: Paragraph, name: str) -> None:
    # python-docx has no field API: write the OOXML begin/instr/separate/end runs.
    for kind, text in (("begin", None), ("instr", f" {name} "), ("separate", None), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        if kind == "separate":
            paragraph.add_run("1")


# ---------------------------------------------------------------- PDF

_CSS = """
@page {
  size: A4; margin: 2.5cm 2.5cm 3cm 2.5cm;
  @bottom-left { content: %(left)s; white-space: pre; font: 9pt "Liberation Serif"; }
  @bottom-center { content: %(center)s; white-space: pre; font: 9pt "Liberation Serif"; }
  @bottom-right { content: %(right)s; white-space: pre; font: 9pt "Liberation Serif"; }
  @top-center { content: %(top)s; font: bold 12pt "Liberation Serif"; }
}
body { font: 12pt/1.3 "Liberation Serif"; text-align: justify; }
p { margin: 0 0 7pt 0; }
h1, h2, h3, h4, h5, h6 { font-size: 12pt; margin: 10pt 0 7pt 0; break-after: avoid; }
table.header { border-collapse: collapse; margin-bottom: 14pt; width: 100%%; }
table.header td { padding: 0 6pt 7pt 0; vertical-align: top; text-align: left; }
table.header td.label { width: 3.5cm; }
table.header td.wide { width: 7cm; }
table.header.tight { margin-bottom: 0; }
table.header.tight td { padding: 0 6pt 0 0; }
p.continued { margin-bottom: 0; text-align-last: justify; }
%(tight)s
hr { border: 0; border-top: 0.75pt solid black; margin: 7pt 0; }
.stamp { position: fixed; left: -1.6cm; top: 12cm; width: 16cm; margin-left: -8cm;
  transform: rotate(-90deg); font: bold 10pt "Liberation Sans"; text-align: center; }
"""


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ") + '"'


def _footer_css(settings: dict) -> dict[str, str]:
    page = 'counter(page) "/" counter(pages)' if settings["pages"] == "n/N" else "counter(page)"
    top = _css_string(str(settings["header"])) if settings["header"] else "none"
    # Word's "space after 0" on headings: the text sits right under a heading line
    tight = "p.heading { margin-bottom: 0; }" if settings["tight_headings"] else ""
    if settings["lines"] == 1:
        return {
            "tight": tight,
            "top": top,
            "left": _css_string(f"{settings['number']}    {settings['initials']}"),
            "center": page,
            "right": _css_string(
                f"{settings['directorate']}    {settings['marking']}    {settings['language']}"
            ),
        }
    return {
        "tight": tight,
        "top": top,
        "left": _css_string(f"{settings['number']}\n{settings['directorate']}"),
        "center": _css_string(f"{settings['initials']}\n{settings['marking']}"),
        "right": f'{page} "\\A {_css_string(str(settings["language"]))[1:]}',
    }


def _html_inline(block: SourceBlock, settings: dict | None = None) -> str:
    parts = []
    for text, italic in _italic_pieces(block):
        escaped = html.escape(text).replace("\n", "<br>")
        parts.append(f"<i>{escaped}</i>" if italic else escaped)
    inline = "".join(parts)
    plain = settings is not None and settings["headings"] == "plain" and not block.bold
    return f"<b>{inline}</b>" if _is_bold(block) and not plain else inline


def _split_paragraph(block: SourceBlock, offset: int, style: str) -> list[str]:
    """One paragraph over a page break: the first part's last line justified like any other."""
    first, second = block.text[:offset].rstrip(), block.text[offset:].lstrip()
    return [
        f'<p class="continued"{style}>{html.escape(first)}</p>',
        f'<p style="break-before: page">{html.escape(second)}</p>',
    ]


def _layout_rows(header: list[SourceBlock], settings: dict) -> list[tuple[list[str], bool]]:
    if settings["header_layout"] == "two-column":
        rows = _two_column_rows(header)
        if rows is not None:
            return rows
    return list(_header_rows(header))


def _html_page(header: list[SourceBlock], body: list[SourceBlock], settings: dict) -> str:
    rows = []
    two_column = settings["header_layout"] == "two-column"
    for cells, bold in _layout_rows(header, settings):
        texts = [html.escape(cell).replace("\n", "<br>") for cell in cells]
        texts = [f"<b>{text}</b>" if bold or text == "LIMITE" else text for text in texts]
        if len(texts) == 1:
            rows.append(f'<tr><td colspan="2">{texts[0]}</td></tr>')
        else:
            label = "wide" if two_column and not texts[0].endswith(":") else "label"
            rows.append(f'<tr><td class="{label}">{texts[0]}</td><td>{texts[1]}</td></tr>')
    table_class = "header tight" if settings["header_layout"] == "tight" else "header"
    parts = [f'<table class="{table_class}">{"".join(rows)}</table>'] if rows else []
    if settings["stamp"]:
        # position: fixed repeats the element on every page, like a stamp on each sheet.
        parts.insert(0, f'<div class="stamp">{html.escape(str(settings["stamp"]))}</div>')
    break_next = False
    for block in body:
        style = ' style="break-before: page"' if break_next else ""
        break_next = block.text == settings["break_after"]
        if block.kind == "rule":
            parts.append("<hr>")
        elif block.kind == "heading":
            level = min(max(block.level, 1), 6)
            parts.append(f"<h{level}{style}>{_html_inline(block, settings)}</h{level}>")
        elif settings["split"] and block.text == settings["split"][0]:
            parts.extend(_split_paragraph(block, settings["split"][1], style))
        else:
            kind = ' class="heading"' if _is_bold(block) and _NUMBERED.match(block.text) else ""
            parts.append(f"<p{kind}{style}>{_html_inline(block, settings)}</p>")
    css = _CSS % _footer_css(settings)
    title = html.escape(str(settings["number"]))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{css}</style></head><body>{''.join(parts)}</body></html>"
    )


# ---------------------------------------------------------------- generated outcomes
#
# Randomised outcomes that combine the header variants met in the register, each with
# the record the reader must give back. Sentences are assembled from this project's own
# fragments; facts are invented (numbers, dates, codes), so nothing is fitted to a file.

_CODE_FAMILIES = [
    "JAIEX",
    "RELEX",
    "FRONT",
    "VISA",
    "CYBER",
    "DATAPROTECT",
    "CRIMORG",
    "COTER",
    "EUROJUST",
    "ASIM",
    "USA",
    "CORDROGUE",
    "ENFOPOL",
    "COPEN",
    "IXIM",
    "COSI",
    "CT",
    "JAI",
    "COEST",
    "COTRA",
    "EJUSTICE",
    "MIGR",
    "GENVAL",
    "CATS",
]
_MEETINGS = (  # (English title, French title, French article)
    (
        "EU-US Justice and Home Affairs Ministerial Meeting",
        "réunion ministérielle UE-États-Unis",
        "de la ",
    ),
    (
        "EU-US Senior Officials Meeting on Justice and Home Affairs",
        "réunion des hauts fonctionnaires UE-États-Unis",
        "de la ",
    ),
    ("EU-Canada Cyber Dialogue", "dialogue UE-Canada sur le cyberespace", "du "),
    (
        "EU-Western Balkans Ministerial Forum on Justice and Home Affairs",
        "forum ministériel UE-Balkans occidentaux",
        "du ",
    ),
    ("EU-US JHA Ministerial Troika", "troïka ministérielle JAI UE-États-Unis", "de la "),
)
_PLACES = (
    "Sofia",
    "Valletta",
    "Stockholm",
    "Washington",
    "Luxembourg",
    "Vienna",
    "Tallinn",
    "Lisbon",
)
#: How "Brussels" is printed on the date line of each language version.
_BRUSSELS = {
    "bg": "Брюксел",
    "cs": "Brusel",
    "da": "Bruxelles",
    "de": "Brüssel",
    "el": "Βρυξέλλες",
    "en": "Brussels",
    "es": "Bruselas",
    "et": "Brüssel",
    "fi": "Bryssel",
    "fr": "Bruxelles",
    "ga": "An Bhruiséil",
    "hr": "Bruxelles",
    "hu": "Brüsszel",
    "it": "Bruxelles",
    "lt": "Briuselis",
    "lv": "Briselē",
    "mt": "Brussell",
    "nl": "Brussel",
    "pl": "Bruksela",
    "pt": "Bruxelas",
    "ro": "Bruxelles",
    "sk": "Brusel",
    "sl": "Bruselj",
    "sv": "Bryssel",
}
_TOPICS = (
    ("Counter-terrorism", "the exchange of information on foreign fighters"),
    ("Security and judicial cooperation in cyberspace", "access to electronic evidence"),
    ("Migration, border management and visa policy", "the management of the external borders"),
    ("Transnational organised crime", "the disruption of trafficking networks"),
    ("Visa reciprocity", "full reciprocity of visa-free travel"),
    ("Data protection", "the implementation of the framework agreement"),
    ("Drugs policy", "synthetic drugs and their precursors"),
    ("Firearms trafficking", "the tracing of weapons across borders"),
    ("Priorities of the incoming Presidency", "the work programme for the next semester"),
    ("Next meeting", "the date and place of the next round"),
    (
        "Cooperation between law enforcement agencies, including the posting of liaison officers",
        "joint operational work",
    ),
    (
        "Prevention of radicalisation and of the spread of terrorist content online",
        "voluntary action by platforms",
    ),
)
_FR_TOPICS = (
    ("Lutte contre le terrorisme", "l'échange d'informations sur les combattants étrangers"),
    ("Coopération dans le cyberespace", "l'accès aux preuves électroniques"),
    ("Migration et gestion des frontières", "la gestion des frontières extérieures"),
    ("Criminalité organisée", "le démantèlement des réseaux de trafiquants"),
    ("Réciprocité en matière de visas", "la pleine réciprocité en matière de visas"),
    ("Protection des données", "la mise en œuvre de l'accord-cadre"),
    ("Prochaine réunion", "la date de la prochaine réunion"),
)
_SUBS = (
    "Information sharing and aviation security",
    "Cross-border access to electronic evidence and related questions",
    "Migrant smuggling",
    "Money laundering and terrorist financing",
    "Cybercrime",
    "Return and readmission",
    "Chemical, biological, radiological and nuclear threats",
)
_ACTORS = (
    "The EU side",
    "The US delegation",
    "Both sides",
    "The Presidency",
    "The Commission",
    "Several delegations",
    "The partners",
)
_VERBS = (
    "reported on",
    "welcomed progress on",
    "called for more work on",
    "outlined its view of",
    "stressed the value of",
    "agreed to review",
    "took stock of",
    "asked for figures on",
)
_TAILS = (
    "",
    " at technical level",
    " before the end of the year",
    " in the coming months",
    " with the agencies concerned",
    ", in line with earlier commitments",
)
_FR_SENTENCES = (
    "Les deux parties ont fait le point sur {o}.",
    "La présidence a présenté ses travaux sur {o}.",
    "La Commission a rappelé l'importance de {o}.",
    "Les délégations sont convenues de revenir sur {o} lors de la prochaine réunion.",
)
_INITIALS = ("ACA/mr", "WvdR/kve", "lby/GBK/mm", "MC/mj", "JV/kp", "RS/ek", "GG/ik", "ptr/LM/hb")
_DIRECTORATES = ("JAI.1", "DG D 2C", "DGD 1C", "DG H 2B", "RELEX.2")


class Variant(NamedTuple):
    """A generated outcome: its register text, the fields a reader must find, its layout."""

    text: str
    expected: dict
    layout: dict


def _sentence(pick: random.Random, obj: str) -> str:
    return f"{pick.choice(_ACTORS)} {pick.choice(_VERBS)} {obj}{pick.choice(_TAILS)}."


def _paragraph(pick: random.Random, obj: str, french: bool, sentences: int) -> str:
    if french:
        return " ".join(pick.choice(_FR_SENTENCES).format(o=obj) for _ in range(sentences))
    return " ".join(_sentence(pick, obj) for _ in range(sentences))


def _date_line(pick: random.Random, date: dt.date, locale: str) -> str:
    from babel.dates import format_date

    place = _BRUSSELS[locale]
    if locale == "en":
        day = f"{date.day}{_ordinal(date.day)}" if pick.random() < 0.25 else str(date.day)
        return f"{place}, {day} {format_date(date, 'MMMM', locale='en')} {date.year}"
    printed = format_date(date, "long", locale=locale)
    joiner = {"fr": ", le ", "de": ", den ", "sv": " den ", "da": ", den "}.get(locale, ", ")
    if locale in {"fr", "de", "sv", "da"} and pick.random() < 0.5:
        joiner = ", "
    return f"{place}{joiner}{printed}"


def _wrapped(pick: random.Random, subject: str) -> str:
    """A subject whose "(Place, dates)" went to a line of its own, as in older text exports."""
    if subject.endswith(")") and " (" in subject and pick.random() < 0.3:
        head, _, tail = subject.rpartition(" (")
        return f"{head}\n({tail}"
    return subject


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _meeting_dates(pick: random.Random, issued: dt.date) -> tuple[dt.date, dt.date]:
    end = issued - dt.timedelta(days=pick.randint(3, 20))
    start = end - dt.timedelta(days=pick.choice((0, 1, 1, 1)))
    return start, end


def _printed_range(start: dt.date, end: dt.date, french: bool, pick: random.Random) -> str:
    from babel.dates import format_date

    locale = "fr" if french else "en"

    def month(d: dt.date) -> str:
        return format_date(d, "MMMM", locale=locale)

    if start == end:
        return f"{end.day} {month(end)} {end.year}"
    if start.month != end.month:
        return f"{start.day} {month(start)}-{end.day} {month(end)} {end.year}"
    joiner = pick.choice(("-", " and ") if not french else ("-", " et "))
    return f"{start.day}{joiner}{end.day} {month(end)} {end.year}"


def make_variant(seed: int, body: Path | None = None) -> Variant:
    """One generated outcome; the same seed gives the same text, record and layout.

    With `body` (an outcome .txt), the generated header block sits on that file's own
    body (participants, items, annex): real prose under the register's header variants.
    """
    pick = random.Random(seed)
    french = pick.random() < 0.15
    old = not french and pick.random() < 0.2
    year = pick.randint(2005, 2026) if old else pick.randint(2010, 2026)
    issued = dt.date(year, pick.randint(1, 12), pick.randint(1, 28))
    start, end = _meeting_dates(pick, issued)
    original = "fr" if french else pick.choice(("en", "en", "en", "fr", "de"))
    version = "fr" if french else ("en" if pick.random() < 0.5 else pick.choice(sorted(_BRUSSELS)))
    running = pick.randint(1000, 17999)
    yy = f"{year % 100:02d}"
    suffix_kind = pick.choice(("", "", "", "REV", "ADD", "COR"))
    if suffix_kind == "REV":
        k = pick.randint(1, 4)
        number = f"{running}/{k}/{yy} REV {k}"
    elif suffix_kind:
        number = f"{running}/{yy} {suffix_kind} {pick.randint(1, 3)}"
    else:
        number = f"{running}/{yy}"
    codes = [
        f"{family} {pick.randint(1, 600)}"
        for family in pick.sample(_CODE_FAMILIES, pick.randint(1, 20))
    ]
    marking_kind = pick.choice(("LIMITE",) * 6 + ("none", "PUBLIC", "partial"))
    title, title_fr, article = pick.choice(_MEETINGS)
    place = pick.choice(_PLACES)
    registration = old and pick.random() < 0.6

    blocks: list[str] = []
    if french:
        blocks.append("Conseil de\nl'Union européenne")
    elif old:
        blocks.append(
            pick.choice(("COUNCIL OF\nTHE EUROPEAN UNION", "COUNCIL OF THE EUROPEAN UNION"))
        )
    elif pick.random() < 0.85:
        blocks.append("Council of the\nEuropean Union")
    date_line = _date_line(pick, issued, version)
    if registration:  # the registration stamp, after the date or under it
        date_line += pick.choice((" ", "\n")) + f"({issued.day}.{issued.month})"
    or_line = f"(OR. {original})"
    blocks.append(f"{date_line} {or_line}" if pick.random() < 0.3 else f"{date_line}\n{or_line}")
    blocks.append(number)
    if pick.random() < 0.12:
        blocks.append(f"Interinstitutional File:\n{year}/{pick.randint(1, 400):04d} (COD)")
    if marking_kind == "PUBLIC":
        blocks.append("PUBLIC")
        blocks.append("LIMITE")
    elif marking_kind == "partial":
        stamp_date = issued + dt.timedelta(days=pick.randint(30, 400))
        blocks.append(f"DOCUMENT PARTIALLY ACCESSIBLE TO THE\nPUBLIC ({stamp_date:%d.%m.%Y})")
        blocks.append("LIMITE")
    elif marking_kind == "LIMITE":
        blocks.append("LIMITE")
    blocks.append("\n".join(codes))

    prev = [f"{pick.randint(1000, 17999)}/{yy}" for _ in range(pick.choice((0, 0, 1, 2)))]
    dates = _printed_range(start, end, french, pick)
    if french:
        doc_type = "RÉSULTATS DES TRAVAUX"
        sender, receiver = "Secrétariat général du Conseil", "Délégations"
        subject = f"Résultats des travaux {article}{title_fr} ({place}, {dates})"
        meeting_title = title_fr
        labels = [f"Origine:\t{sender}", f"Destinataire:\t{receiver}"]
        if prev:
            labels.append(f"N° doc. préc.:\t{', '.join(prev)}")
        labels.append(f"Objet:\t{subject}")
        blocks.append(doc_type)
        blocks.append("\n".join(labels))
    elif old:
        doc_type = "NOTE"
        sender = "General Secretariat"
        receiver = pick.choice(("Delegations", "Permanent Representatives Committee"))
        if pick.random() < 0.5 and start != end:
            dinner = f"{start.day}{_ordinal(start.day)} (dinner) and {end.day}{_ordinal(end.day)}"
            month = end.strftime("%B")
            subject = f"Outcome of proceedings of the {title} meeting on {dinner} {month} {end.year} in {place}"
            meeting_title = f"{title} meeting"
        else:
            subject = f"Outcome of proceedings of the {title} ({place}, {dates})"
            meeting_title = title
        lines = [f"NOTE from : {sender}", f"to : {receiver}"]
        if pick.random() < 0.5:  # "NOTE" on a line of its own, the labels under it
            lines = ["NOTE", f"from : {sender}", f"to : {receiver}"]
        if prev:
            lines.append(f"No. prev. doc. : {', '.join(prev)}")
        blocks.append("\n".join(lines))
        blocks.append(f"Subject : {_wrapped(pick, subject)}")
    else:
        doc_type = "OUTCOME OF PROCEEDINGS"
        sender = pick.choice(
            ("General Secretariat of the Council", "General Secretariat", "Presidency")
        )
        receiver = pick.choice(
            ("Delegations", "Permanent Representatives Committee", "Delegations")
        )
        form = pick.randrange(3)
        if form == 0:
            subject = f"Outcome of proceedings of the {title} ({place}, {dates})"
        elif form == 1:
            subject = f"Outcome of the {title}, {place}, {dates}"
        else:
            subject = f"Outcome of proceedings of the {title} held in {place} on {dates}"
        meeting_title = title
        labels = [f"From:\t{sender}", f"To:\t{receiver}"]
        if prev:
            labels.append(f"No. prev. doc.:\t{', '.join(prev)}")
        labels.append(f"Subject:\t{_wrapped(pick, subject)}")
        blocks.append(doc_type)
        blocks.append("\n".join(labels))

    summary = None
    summary_text = _paragraph(
        pick, "les résultats" if french else "the results of the meeting", french, 2
    )
    summary_form = pick.choice(("line", "block", "none")) if not old else "none"
    if summary_form == "line":
        blocks.append(f"{'Résumé' if french else 'Summary'}: {summary_text}")
        summary = summary_text
    elif summary_form == "block" and not french:
        blocks.append("Summary")
        blocks.append(summary_text)
        summary = summary_text

    header_blocks = len(blocks)
    participants = [
        _paragraph(
            pick, "la composition des délégations" if french else "the delegations", french, 2
        )
    ]
    one_page = pick.random() < 0.15
    if not one_page and pick.random() < 0.5:
        participants.append(
            _paragraph(pick, "l'ordre du jour" if french else "the agenda of the day", french, 1)
        )
    if not french and pick.random() < 0.15:
        participants.append("HOME AFFAIRS")
    blocks.extend(participants)

    items = []
    topics = pick.sample(_TOPICS, 1 if one_page else pick.randint(2, 6))
    for position, (topic, obj) in enumerate(topics, 1):
        if french:
            topic, obj = _FR_TOPICS[_TOPICS.index((topic, obj)) % len(_FR_TOPICS)]
        blocks.append(f"{position}. {topic}")
        paragraphs: list[str] = []
        subitems = []
        if not one_page and pick.random() < 0.4:
            intro = _paragraph(pick, obj, french, 1)
            paragraphs.append(intro)
            blocks.append(intro)
            for order, sub in enumerate(pick.sample(_SUBS, pick.randint(2, 3))):
                label = "abc"[order]
                texts = [
                    _paragraph(pick, obj, french, pick.randint(1, 4))
                    for _ in range(pick.randint(1, 2))
                ]
                blocks.append(f"{label}) {sub}")
                blocks.extend(texts)
                paragraphs.append(f"{label}) {sub}")
                paragraphs.extend(texts)
                subitems.append({"label": label, "title": sub, "text": "\n\n".join(texts)})
        else:
            count = 1 if one_page else pick.randint(1, 3)
            texts = [_paragraph(pick, obj, french, pick.randint(2, 6)) for _ in range(count)]
            blocks.extend(texts)
            paragraphs.extend(texts)
        items.append(
            {
                "number": str(position),
                "title": topic,
                "text": "\n\n".join(paragraphs),
                "subitems": subitems,
            }
        )

    annex = None
    if not one_page and not french and pick.random() < 0.3:
        annex_title = f"Joint statement following the {title}"
        annex_text = _paragraph(pick, "the shared priorities of both sides", False, 4)
        if pick.random() < 0.5:
            blocks += ["ANNEX", annex_title, annex_text]
        else:  # no "ANNEX" heading: a statement title, then its place and date line
            dateline = f"{place}, {end.day} {end.strftime('%B')} {end.year}"
            blocks += [annex_title, dateline, annex_text]
            annex_text = f"{dateline}\n\n{annex_text}"
        annex = {"title": annex_title, "text": annex_text}

    expected = {
        "number": number,
        "date": issued.isoformat(),
        "place": _BRUSSELS[version],
        "language": original,
        "marking": {"LIMITE": "LIMITE", "none": None}.get(marking_kind, "PUBLIC"),
        "subject_codes": codes,
        "doc_type": doc_type,
        "from": sender,
        "to": receiver,
        "prev_docs": prev,
        "subject": subject,
        "summary": summary,
        "participants": participants,
        "meeting": {
            "title": meeting_title,
            "place": place,
            "start": start.isoformat(),
            "end": end.isoformat(),
        },
        "items": items,
        "annex": annex,
    }
    if body is not None:
        paragraphs, record = _bundled_body(body)
        blocks = blocks[:header_blocks] + paragraphs
        expected.update({key: record[key] for key in ("participants", "items", "annex")})
        items, one_page = record["items"], False
    layout = _variant_layout(pick, number, blocks, items, marking_kind, one_page)
    return Variant(text="\n\n".join(blocks) + "\n", expected=expected, layout=layout)


def _bundled_body(path: Path) -> tuple[list[str], dict]:
    """The paragraphs of an outcome file after its header and summary, and its record."""
    from packgen.extract import read_outcome

    record = read_outcome(path).to_json_dict()
    raw = path.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", raw) if p.strip()]
    anchor = (record["summary"] or record["subject"] or "")[:30]
    plain = [p.replace("**", "") for p in paragraphs]
    start = next(i for i, p in enumerate(plain) if anchor and anchor in " ".join(p.split()))
    body = [p for p in paragraphs[start + 1 :] if not re.fullmatch(r"-{3,}", p)]
    return body, record


def _variant_layout(
    pick: random.Random,
    number: str,
    blocks: list[str],
    items: list[dict],
    marking: str,
    one_page: bool,
) -> dict:
    layout: dict = {
        "initials": pick.choice(_INITIALS),
        "directorate": pick.choice(_DIRECTORATES),
        "marking": "" if marking == "none" else "LIMITE",
        "language": pick.choice(("EN", "EN", "FR", "DE")),
        "pages": pick.choice(("n", "n/N")),
        "lines": pick.choice((1, 2)),
        "header_layout": pick.choice(("rows", "two-column", "tight")),
        "headings": pick.choice(("bold", "bold", "plain")),
        "tight_headings": pick.random() < 0.3,
    }
    subs = [f"{s['label']}) {s['title']}" for item in items for s in item["subitems"]]
    if subs and not one_page and pick.random() < 0.5:
        layout["break_after"] = pick.choice(subs)
    long_paragraphs = [
        b
        for b in blocks
        if len(b) > 300
        and b.count(". ") >= 2
        and not b.startswith(("Summary", "Résumé"))
        and not re.search(r"[*#_\n]", b)  # as the text reader gives it back
    ]
    if long_paragraphs and not one_page and pick.random() < 0.5:
        paragraph = pick.choice(long_paragraphs)
        ends = [m.end() for m in re.finditer(r"\. ", paragraph)]
        pick.shuffle(ends)
        layout["split"] = (paragraph, ends)
    return layout


def features(variant: Variant) -> set[str]:
    """The classes of register variety a variant exercises (what the reader tests must cover)."""
    text, layout, expected = variant.text, variant.layout, variant.expected
    found = set()
    if layout["header_layout"] == "two-column" and " " in expected["number"]:
        found.add("suffix-under-number")
    if layout["header_layout"] == "tight" and expected["summary"] is None:
        found.add("header-table-then-text")
    if layout.get("break_after"):
        found.add("sub-heading-at-page-foot")
    if layout.get("split"):
        found.add("page-break-in-paragraph")
    if layout["tight_headings"] and "\n\nHOME AFFAIRS\n\n" in text:
        found.add("group-heading-over-item")
    if layout["tight_headings"] and any(len(item["title"]) > 80 for item in expected["items"]):
        found.add("full-width-heading")
    if expected["place"] not in {"Brussels", "Bruxelles"}:
        found.add("date-line-other-language")
    if re.search(r"^Brussels, \d+(?:st|nd|rd|th) ", text, re.MULTILINE):
        found.add("ordinal-date-line")
    if re.search(r"\d{4} \(\d{1,2}\.\d{1,2}\)", text):
        found.add("registration-stamp")
    if len(expected["items"]) == 1 and "/" in layout["initials"][2:]:
        found.add("one-page-odd-initials")
    if "Interinstitutional File" in text:
        found.add("interinstitutional-file")
    if "DOCUMENT PARTIALLY ACCESSIBLE TO THE\nPUBLIC" in text:
        found.add("wrapped-overstamp")
    if expected["doc_type"] == "RÉSULTATS DES TRAVAUX":
        found.add("french-outcome")
    if "(dinner)" in text:
        found.add("old-subject-with-dinner")
    return found


def write_variant(variant: Variant, stem: Path) -> dict[str, Path]:
    """The variant as .txt, .docx and .pdf beside `stem`; returns the paths by format."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    txt = stem.with_suffix(".txt")
    txt.write_text(variant.text, encoding="utf-8")
    return {
        "txt": txt,
        "docx": write_docx_rendition(txt, stem.with_suffix(".docx"), variant.layout),
        "pdf": write_pdf_rendition(txt, stem.with_suffix(".pdf"), variant.layout),
    }


# ---------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, help="outcome .txt files")
    parser.add_argument("--out", type=Path, help="folder for the renditions (default: beside)")
    args = parser.parse_args(argv)
    sources = args.sources or sorted(DEFAULT_SOURCES.glob("*.txt"))
    if not sources:
        print(f"make_renditions: no .txt files given or in {DEFAULT_SOURCES}", file=sys.stderr)
        return 2
    try:
        for source in sources:
            folder = args.out or source.parent
            for suffix, write in ((".docx", write_docx_rendition), (".pdf", write_pdf_rendition)):
                target = folder / (source.stem + suffix)
                write(source, target)
                print(target)
    except InputError as error:
        print(f"make_renditions: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
