"""Hostile outcome files: one project outcome (9278/18) with its marking moved, disguised,
hidden in page furniture, parts or metadata, or faked as a release stamp.

Every attack is an `Attack`: a file name, a function that writes it, and what packgen
must conclude: "classified" (refused outright), "limite" (LIMITE found), "undetermined"
(no marking: ranked as LIMITE) or "public" (a genuine release stamp). Shared by
tests/safety/test_markings.py and benchmarks/bench_attacks.py.
"""

from __future__ import annotations

import importlib.util
import io
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "seeds" / "outcomes" / "2018-05-31_9278-18.txt"
NUMBER = "9278/18"

#: EU classified markings as they are written, misspelt and disguised.
CLASSIFIED_SPELLINGS = (
    "RESTREINT UE/EU RESTRICTED",
    "RESTREINT UE - EU RESTRICTED",
    "RESTREINT-UE/EU-RESTRICTED",
    "EU RESTRICTED",
    "RESTREINT UE",
    "Classification: RESTREINT UE",
    "[RESTREINT UE/EU RESTRICTED]",
    "(EU RESTRICTED)",
    "RESTREINT\u200bUE/EU\u200bRESTRICTED",
    "restreint ue / eu restricted",
    "R E S T R E I N T   U E",
    "ＲＥＳＴＲＥＩＮＴ ＵＥ",
    "CONFIDENTIEL UE/EU CONFIDENTIAL",
    "EU CONFIDENTIAL",
    "SECRET UE/EU SECRET",
    "TRÈS SECRET UE/EU TOP SECRET",
    "Tres Secret UE",
    "EU TOP SECRET",
    "Security classification: CONFIDENTIAL",
)

#: LIMITE as careless or hostile hands write it, in the header block's marking slot.
LIMITE_SPELLINGS = (
    "LIMITE.",
    "L I M I T E",
    "L.I.M.I.T.E",
    "LIM\u200bITE",
    "LIMI\u00adTE",
    "L\u2060IMITE",
    "LІMІTE",  # Cyrillic І
    "ＬＩＭＩＴＥ",
    "[limite]",
    "Classification: LIMITE",
    "- LIMITE -",
)


@dataclass(frozen=True)
class Attack:
    name: str
    kind: int  # the class (1: furniture and parts, 2: unknown, 3: stamps, 4: classified)
    suffix: str
    expect: str  # "classified", "limite", "undetermined" or "public"
    make: Callable[[], bytes]

    @property
    def filename(self) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")[:60]
        return f"2018-05-31_{slug}{self.suffix}"


# ---------------------------------------------------------------- text variants


def base_text() -> str:
    return SOURCE.read_text(encoding="utf-8")


def without_marking(text: str | None = None) -> str:
    """The outcome with its LIMITE line taken out: nothing in the header says LIMITE."""
    text = base_text() if text is None else text
    out = re.sub(r"^\**LIMITE\**\n\n?", "", text, count=1, flags=re.MULTILINE)
    assert out != text
    return out


def with_marking(marking: str) -> str:
    return re.sub(r"^\**LIMITE\**$", lambda _: marking, base_text(), count=1, flags=re.MULTILINE)


def on_date_line(marking: str) -> str:
    return without_marking().replace("Brussels, 31 May 2018", f"Brussels, 31 May 2018 {marking}")


def beside_code(marking: str) -> str:
    return without_marking().replace("JAIEX 54", f"JAIEX 54 {marking}", 1)


def at_the_end(marking: str) -> str:
    """After the last paragraph, far beyond the header block (past the 40th block)."""
    return without_marking().rstrip("\n") + f"\n\n9278/18 ACA/mr 9\nJAI.1 {marking} EN\n"


def with_top_line(line: str) -> str:
    return f"{line}\n\n{base_text()}"


def in_body(line: str) -> str:
    """A paragraph of its own in the middle of item 2, nowhere near the stamp zone."""
    text = base_text()
    anchor = text.index("\n2. ")
    return f"{text[:anchor]}\n\n{line}\n{text[anchor:]}"


def txt(text: str) -> Callable[[], bytes]:
    return lambda: text.encode("utf-8")


# ---------------------------------------------------------------- DOCX and PDF variants


@lru_cache(maxsize=1)
def renditions():
    script = ROOT / "scripts" / "make_renditions.py"
    spec = importlib.util.spec_from_file_location("make_renditions_hostile", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _blocks(text: str):
    import tempfile

    from packgen.readers import read_blocks

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "outcome.txt"
        path.write_text(text, encoding="utf-8")
        return read_blocks(path)


def docx_bytes(
    text: str,
    footer: str | None = "LIMITE",
    header_text: str | None = None,
    textbox: str | None = None,
    keywords: str | None = None,
    custom: str | None = None,
    last_cell: str | None = None,
) -> bytes:
    """A Council-looking DOCX of `text` with the marking put where the attack wants it."""
    module = renditions()
    blocks = _blocks(text)
    settings = module._footer_settings(blocks, {"marking": footer or ""})
    head, body = module._split_header(blocks)
    from docx import Document

    doc = Document()
    module._set_page(doc)
    module._docx_header_table(doc, head, settings)
    for block in body:
        module._docx_block(doc, block, settings)
    module._docx_footer(doc, settings)
    if header_text is not None:
        doc.sections[0].header.paragraphs[0].text = header_text
    if textbox is not None:
        _add_textbox(doc.paragraphs[-1], textbox)
    if last_cell is not None:
        table = doc.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Annex reference"
        table.cell(0, 1).text = last_cell
    doc.core_properties.author = "packgen hostile"
    doc.core_properties.title = NUMBER
    if keywords is not None:
        doc.core_properties.keywords = keywords
        doc.core_properties.subject = keywords
    out = io.BytesIO()
    doc.save(out)
    data = out.getvalue()
    return _with_custom_property(data, custom) if custom is not None else data


def _add_textbox(paragraph, text: str) -> None:
    """A VML text box anchored in `paragraph`: floating text outside the reading order."""
    from docx.oxml import parse_xml

    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:120pt;height:30pt">'
        f"<v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def _with_custom_property(data: bytes, value: str) -> bytes:
    """Add docProps/custom.xml holding a "Classification" property."""
    import zipfile

    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Classification">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property></Properties>"
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        target.writestr("docProps/custom.xml", custom)
    return out.getvalue()


def pdf_bytes(
    text: str,
    footer: dict | None = None,
    extra_html: str = "",
    head_html: str = "",
    css: str = "",
    replace: tuple[str, str] | None = None,
    xmp: str | None = None,
) -> bytes:
    """A Council-looking PDF of `text` (WeasyPrint), with hostile HTML, CSS or metadata."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "HarfBuzz-Subset", DeprecationWarning)
        from weasyprint import HTML

    module = renditions()
    blocks = _blocks(text)
    settings = module._footer_settings(blocks, footer)
    head, body = module._split_header(blocks)
    page = module._html_page(head, body, settings)
    if replace is not None:
        assert replace[0] in page, replace[0]
        page = page.replace(replace[0], replace[1], 1)
    page = page.replace("</style>", f"{css}</style>{head_html}", 1)
    page = page.replace("</body>", f"{extra_html}</body>", 1)
    data = HTML(string=page, url_fetcher=module._refuse_urls).write_pdf()
    return _with_xmp(data, xmp) if xmp is not None else data


def _with_xmp(data: bytes, value: str) -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:rights"] = value
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


ROTATED = "display: inline-block; transform: rotate(-90deg); font: bold 10pt 'Liberation Sans';"
MARGIN_STAMP = (
    "position: absolute; left: -1.6cm; top: 12cm; width: 16cm; margin-left: -8cm;"
    "transform: rotate(-90deg); font: bold 10pt 'Liberation Sans'; text-align: center;"
)
STAMP = "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (20.07.2018)"


def rotated_cell(word: str) -> str:
    return (
        '<table style="margin-top: 1cm"><tr><td>Annex table</td>'
        f'<td style="height: 3cm"><span style="{ROTATED}">{word}</span></td></tr></table>'
    )


def annex_page(html: str) -> str:
    return f'<div style="break-before: page"><h2>ANNEX</h2><p>Tables of the annex.</p>{html}</div>'


# ---------------------------------------------------------------- the attack set


def attacks() -> list[Attack]:
    out: list[Attack] = []
    add = out.append
    no_marking = without_marking()
    # class 1: the marking only in page furniture, header/footer parts, text boxes, metadata
    add(
        Attack(
            "docx LIMITE in footer part only", 1, ".docx", "limite", lambda: docx_bytes(no_marking)
        )
    )
    add(
        Attack(
            "docx LIMITE in header part only",
            1,
            ".docx",
            "limite",
            lambda: docx_bytes(no_marking, footer=None, header_text="JAI.1 LIMITE EN"),
        )
    )
    add(
        Attack(
            "docx LIMITE in a text box only",
            1,
            ".docx",
            "limite",
            lambda: docx_bytes(no_marking, footer=None, textbox="LIMITE"),
        )
    )
    add(
        Attack(
            "docx LIMITE in core properties only",
            1,
            ".docx",
            "limite",
            lambda: docx_bytes(no_marking, footer=None, keywords="LIMITE"),
        )
    )
    add(
        Attack(
            "docx LIMITE in a custom property only",
            1,
            ".docx",
            "limite",
            lambda: docx_bytes(no_marking, footer=None, custom="LIMITE"),
        )
    )
    add(
        Attack(
            "docx LIMITE in a last table cell only",
            1,
            ".docx",
            "limite",
            lambda: docx_bytes(no_marking, footer=None, last_cell="L I M I T E"),
        )
    )
    add(
        Attack(
            "pdf LIMITE in running footer only", 1, ".pdf", "limite", lambda: pdf_bytes(no_marking)
        )
    )
    add(
        Attack(
            "pdf LIMITE in running header only",
            1,
            ".pdf",
            "limite",
            lambda: pdf_bytes(no_marking, footer={"marking": "", "header": "LIMITE"}),
        )
    )
    add(
        Attack(
            "pdf LIMITE in metadata keywords only",
            1,
            ".pdf",
            "limite",
            lambda: pdf_bytes(
                no_marking,
                footer={"marking": ""},
                head_html='<meta name="keywords" content="LIMITE">',
            ),
        )
    )
    add(
        Attack(
            "pdf LIMITE in XMP only",
            1,
            ".pdf",
            "limite",
            lambda: pdf_bytes(no_marking, footer={"marking": ""}, xmp="LIMITE"),
        )
    )
    # class 2: a marking that is missed, or none at all, must rank as LIMITE
    add(Attack("txt no marking at all", 2, ".txt", "undetermined", txt(no_marking)))
    for spelling in LIMITE_SPELLINGS:
        add(Attack(f"txt marking {spelling!r}", 2, ".txt", "limite", txt(with_marking(spelling))))
    add(Attack("txt LIMITE on the date line", 2, ".txt", "limite", txt(on_date_line("LIMITE"))))
    add(Attack("txt LIMITE beside a subject code", 2, ".txt", "limite", txt(beside_code("LIMITE"))))
    add(
        Attack("txt LIMITE in the last footer only", 2, ".txt", "limite", txt(at_the_end("LIMITE")))
    )
    add(
        Attack(
            "pdf LIMITE letter-spaced 2pt",
            2,
            ".pdf",
            "limite",
            lambda: pdf_bytes(
                no_marking,
                footer={"marking": ""},
                replace=(
                    '<td colspan="2">JAIEX 54',
                    '<td colspan="2"><span style="letter-spacing: 2pt">LIMITE</span><br>JAIEX 54',
                ),
            ),
        )
    )
    add(
        Attack(
            "pdf no marking anywhere",
            2,
            ".pdf",
            "undetermined",
            lambda: pdf_bytes(no_marking, footer={"marking": ""}),
        )
    )
    add(
        Attack(
            "docx no marking anywhere",
            2,
            ".docx",
            "undetermined",
            lambda: docx_bytes(no_marking, footer=None),
        )
    )
    # class 3: only the overstamp formula, on the first page's stamp zone, releases
    add(
        Attack(
            "pdf rotated Public in an annex table cell",
            3,
            ".pdf",
            "limite",
            lambda: pdf_bytes(base_text(), extra_html=annex_page(rotated_cell("Public"))),
        )
    )
    add(
        Attack(
            "pdf rotated PUBLIC in a table cell of page 1",
            3,
            ".pdf",
            "limite",
            lambda: pdf_bytes(base_text(), replace=("<p>", rotated_cell("PUBLIC") + "<p>")),
        )
    )
    add(
        Attack(
            "pdf rotated stamp on page 2 margin",
            3,
            ".pdf",
            "limite",
            lambda: pdf_bytes(
                base_text(), extra_html=annex_page(f'<div style="{MARGIN_STAMP}">{STAMP}</div>')
            ),
        )
    )
    add(
        Attack(
            "pdf margin stamp without its date",
            3,
            ".pdf",
            "limite",
            lambda: pdf_bytes(
                base_text(), footer={"stamp": "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC"}
            ),
        )
    )
    add(
        Attack(
            "pdf horizontal PUBLIC in page 2 text",
            3,
            ".pdf",
            "limite",
            lambda: pdf_bytes(base_text(), extra_html=annex_page("<p>PUBLIC</p>")),
        )
    )
    add(Attack("txt PUBLIC paragraph inside an item", 3, ".txt", "limite", txt(in_body("PUBLIC"))))
    add(
        Attack(
            "txt stamp without date on top",
            3,
            ".txt",
            "limite",
            txt(with_top_line("DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC")),
        )
    )
    add(
        Attack("txt PUBLIC HEALTH on top", 3, ".txt", "limite", txt(with_top_line("PUBLIC HEALTH")))
    )
    add(
        Attack(
            "txt PUBLIC stamp at the very end",
            3,
            ".txt",
            "limite",
            txt(base_text().rstrip("\n") + f"\n\n{STAMP}\n"),
        )
    )
    add(
        Attack(
            "docx rotated-free PUBLIC in a table cell",
            3,
            ".docx",
            "limite",
            lambda: docx_bytes(base_text(), last_cell="PUBLIC"),
        )
    )
    add(
        Attack(
            "pdf genuine margin stamp",
            3,
            ".pdf",
            "public",
            lambda: pdf_bytes(base_text(), footer={"stamp": STAMP}),
        )
    )
    add(
        Attack(
            "pdf genuine stamp wrapped over two columns",
            3,
            ".pdf",
            "public",
            lambda: pdf_bytes(
                base_text(),
                footer={"stamp": "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC\n(20.07.2018)"},
                css=".stamp { white-space: pre-line; width: 9cm; margin-left: -4.5cm; }",
            ),
        )
    )
    add(Attack("txt genuine stamp on top", 3, ".txt", "public", txt(with_top_line(STAMP))))
    add(
        Attack(
            "txt genuine stamp wrapped on top",
            3,
            ".txt",
            "public",
            txt(with_top_line("DOCUMENT PARTIALLY ACCESSIBLE\nTO THE PUBLIC (20.07.2018)")),
        )
    )
    add(Attack("txt PUBLIC in the marking slot", 3, ".txt", "public", txt(with_marking("PUBLIC"))))
    # class 4: classified spellings, anywhere
    for spelling in CLASSIFIED_SPELLINGS:
        add(
            Attack(
                f"txt classified {spelling!r}", 4, ".txt", "classified", txt(with_marking(spelling))
            )
        )
    for position, place in (
        ("date line", on_date_line),
        ("subject code", beside_code),
        ("end", at_the_end),
    ):
        add(
            Attack(
                f"txt RESTREINT UE on the {position}",
                4,
                ".txt",
                "classified",
                txt(place("RESTREINT UE/EU RESTRICTED")),
            )
        )
    add(
        Attack(
            "txt EU RESTRICTED after a release stamp",
            4,
            ".txt",
            "classified",
            txt(with_top_line(STAMP).replace("\nLIMITE\n", "\nEU RESTRICTED\n", 1)),
        )
    )
    add(
        Attack(
            "docx classified footer part",
            4,
            ".docx",
            "classified",
            lambda: docx_bytes(no_marking, footer="RESTREINT UE/EU RESTRICTED"),
        )
    )
    add(
        Attack(
            "docx classified header part",
            4,
            ".docx",
            "classified",
            lambda: docx_bytes(base_text(), header_text="CONFIDENTIEL UE/EU CONFIDENTIAL"),
        )
    )
    add(
        Attack(
            "docx classified text box",
            4,
            ".docx",
            "classified",
            lambda: docx_bytes(base_text(), textbox="SECRET UE/EU SECRET"),
        )
    )
    add(
        Attack(
            "docx classified core subject",
            4,
            ".docx",
            "classified",
            lambda: docx_bytes(base_text(), keywords="EU RESTRICTED"),
        )
    )
    add(
        Attack(
            "pdf classified running footer",
            4,
            ".pdf",
            "classified",
            lambda: pdf_bytes(no_marking, footer={"marking": "RESTREINT UE/EU RESTRICTED"}),
        )
    )
    add(
        Attack(
            "pdf classified metadata",
            4,
            ".pdf",
            "classified",
            lambda: pdf_bytes(
                base_text(), head_html='<meta name="keywords" content="EU RESTRICTED">'
            ),
        )
    )
    add(
        Attack(
            "pdf classified XMP",
            4,
            ".pdf",
            "classified",
            lambda: pdf_bytes(base_text(), xmp="RESTREINT UE"),
        )
    )
    add(
        Attack(
            "pdf classified letter-spaced in a table cell",
            4,
            ".pdf",
            "classified",
            lambda: pdf_bytes(
                base_text(),
                extra_html=annex_page(
                    '<p style="letter-spacing: 3pt">TRÈS SECRET UE/EU TOP SECRET</p>'
                ),
            ),
        )
    )
    return out


# ---------------------------------------------------------------- unbounded work (class 7)


def _one_page_pdf(content: bytes) -> bytes:
    """A one-page PDF drawing `content` (a raw content stream) in Helvetica."""
    import pikepdf

    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
    )
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, 595, 842],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
        Contents=pdf.make_stream(content),
    )
    pdf.pages.append(pikepdf.Page(page))
    out = io.BytesIO()
    pdf.save(out, compress_streams=True)
    return out.getvalue()


def glyph_flood_pdf(glyphs: int) -> bytes:
    """One page carrying `glyphs` characters of 1-point text (a few hundred kB compressed)."""
    line = b"(" + b"x" * 1000 + b") Tj 0 -1 Td\n"
    body = line * (glyphs // 1000)
    return _one_page_pdf(b"BT /F1 1 Tf 10 800 Td\n" + body + b"ET\n")


def flate_bomb_pdf(megabytes: int) -> bytes:
    """One page whose content stream inflates to `megabytes` MB of blanks from a few hundred kB."""
    import zlib

    import pikepdf

    squeeze = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    packed = b"".join(squeeze.compress(chunk) for _ in range(megabytes)) + squeeze.flush()
    pdf = pikepdf.new()
    stream = pikepdf.Stream(pdf, packed)
    stream.Filter = pikepdf.Name.FlateDecode
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, 595, 842],
        Resources=pikepdf.Dictionary(),
        Contents=stream,
    )
    pdf.pages.append(pikepdf.Page(page))
    out = io.BytesIO()
    pdf.save(out, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()
