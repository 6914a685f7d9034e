"""Writers' fixtures: a hand-built Document shaped like a real LIMITE background brief."""

from __future__ import annotations

import datetime as dt

import pytest

from packgen.document import (
    Document,
    Footer,
    Footnote,
    HeaderBlock,
    Heading,
    ListBlock,
    Metadata,
    Paragraph,
    Run,
    Table,
)

PRESS_OFFICE_LINE = "This note was drawn up under the responsibility of the Council press office."
# Filing codes of the kind a JHA brief carries (numbers invented for the test).
SUBJECT_CODES = [
    "JAIEX 25",
    "MIGR 40",
    "ASIM 18",
    "RELEX 210",
    "COMIX 130",
    "FRONT 95",
    "VISA 41",
    "CYBER 70",
    "CRIMORG 30",
    "COTER 21",
    "DATAPROTECT 60",
    "EUROJUST 12",
]
CREATED = dt.datetime(2021, 3, 11, 9, 30, tzinfo=dt.timezone.utc)

# Filler written for these tests (not taken from any Council document): enough
# prose to push the brief over three A4 pages.
_FILLER = [
    "Delegations will compare how return cooperation works in practice with the main countries "
    "of origin and which incentives have produced measurable results since the last review.",
    "The secretariat has collected figures from national administrations on readmission "
    "requests, acceptance rates and the average time between a request and an actual return.",
    "Several member states have asked for a shorter list of priorities so that ministers can "
    "give clear guidance before the spring round of high-level dialogues begins.",
    "A short exchange on funding is also planned, looking at how existing programmes can be "
    "combined without creating new administrative layers for the partner countries concerned.",
]


def _filler(n: int) -> list[Paragraph]:
    return [Paragraph(runs=[Run(text=_FILLER[i % len(_FILLER)])]) for i in range(n)]


def build_background_brief() -> Document:
    """A Document resembling a press-office background brief with a LIMITE header block."""
    blocks = [
        Paragraph(
            style="title",
            runs=[Run(text="BACKGROUND BRIEF"), Run(text="1", footnote="1")],
        ),
        Paragraph(style="centered", runs=[Run(text="Brussels, 11 March 2021")]),
        Paragraph(
            style="subtitle",
            runs=[
                Run(text="Informal videoconference of foreign and home affairs ministers, "),
                Run(text="15 March 2021"),
            ],
        ),
        Paragraph(
            runs=[
                Run(text="The meeting is co-chaired by "),
                Run(text="Josep Borrell", bold=True),
                Run(text=" and "),
                Run(text="Eduardo Cabrita", bold=True),
                Run(text=". It starts at "),
                Run(text="14.00", bold=True),
                Run(text=" and the main item is the "),
                Run(text="external dimension of migration", italic=True),
                Run(text="."),
            ]
        ),
        Paragraph(runs=[Run(text="Press conference: +/- 17.15, online.")]),
        Paragraph(style="separator", runs=[Run(text="* * *")]),
        Paragraph(
            runs=[
                Run(text="Meeting page", href="https://www.consilium.europa.eu/en/meetings/"),
                Run(text=" and "),
                Run(text="press office", href="mailto:press.office@consilium.europa.eu"),
                Run(text=" and "),
                Run(text="a script link", href="javascript:alert(1)"),
            ]
        ),
        Heading(level=1, runs=[Run(text="Home affairs")]),
        Heading(level=2, runs=[Run(text="External dimension of migration")]),
        Paragraph(runs=[Run(text="Ministers will look at two questions:")]),
        ListBlock(
            ordered=True,
            items=[
                [Run(text="cooperation with partner countries of origin and transit")],
                [Run(text="coordination among EU actors and member states")],
            ],
        ),
        *_filler(8),
        Paragraph(runs=[Run(text="Points raised so far by delegations:")]),
        ListBlock(
            ordered=False,
            items=[
                [Run(text="readmission and return")],
                [Run(text="legal pathways", italic=True)],
                [Run(text="border management capacity")],
            ],
        ),
        *_filler(8),
        Heading(level=2, runs=[Run(text="Justice and home affairs dialogue with North Africa")]),
        Paragraph(runs=[Run(text="Earlier meetings of the series:")]),
        Table(
            header=[[Run(text="Date")], [Run(text="Place")], [Run(text="Document")]],
            rows=[
                [[Run(text="22-23 May 2018")], [Run(text="Sofia")], [Run(text="9278/18")]],
                [[Run(text="15-16 June 2017")], [Run(text="Valletta")], [Run(text="10483/17")]],
                [[Run(text="16-17 March 2023")], [Run(text="Stockholm")], [Run(text="7725/23")]],
            ],
        ),
        ListBlock(
            ordered=True,
            start=1,
            items=[[Run(text="operational cooperation")], [Run(text="judicial training")]],
        ),
        Heading(level=1, runs=[Run(text="Justice")]),
        Heading(level=2, runs=[Run(text="Electronic evidence")]),
        *_filler(10),
        Paragraph(runs=[Run(text="End of the brief.")]),
    ]
    return Document(
        kind="background-brief",
        metadata=Metadata(
            title="Background brief: informal videoconference of home affairs ministers",
            subject="External dimension of migration",
            keywords=SUBJECT_CODES,
            created=CREATED,
        ),
        header=HeaderBlock(
            place="Brussels",
            date=dt.date(2021, 3, 11),
            date_text="11 March 2021",
            number="6917/21",
            marking="LIMITE",
            subject_codes=SUBJECT_CODES,
            doc_type="NOTE",
            from_="Council press office",
            to="Delegations",
            prev_docs=["9278/18"],
            subject="Informal videoconference of home affairs ministers, 15 March 2021",
        ),
        footer=Footer(number="6917/21", initials="ACA/mr", directorate="JAI.1", marking="LIMITE"),
        blocks=blocks,
        footnotes=[Footnote(id="1", runs=[Run(text=PRESS_OFFICE_LINE)])],
    )


@pytest.fixture(scope="session")
def brief() -> Document:
    return build_background_brief()


@pytest.fixture(scope="session")
def brief_pdf(brief: Document) -> bytes:
    """The fixture brief rendered once per session (WeasyPrint takes about a second)."""
    from packgen.writers.pdf import write_pdf

    return write_pdf(brief)


@pytest.fixture(scope="session")
def brief_docx(brief: Document) -> bytes:
    from packgen.writers.docx import write_docx

    return write_docx(brief)


def normalise(text: str) -> str:
    """Whitespace collapsed to single spaces: layout differences aside, text must match."""
    return " ".join(text.split())


def pdf_page_texts(pdf_bytes: bytes, footer_mm: float = 0) -> list[str]:
    """The text of each page; with footer_mm, the bottom margin (page furniture) is cut off."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        texts = []
        for page in pdf.pages:
            if footer_mm:
                bottom = page.height - footer_mm * 72 / 25.4
                page = page.crop((0, 0, page.width, bottom))
            texts.append(page.extract_text() or "")
        return texts


def docx_body_paragraphs(docx_bytes: bytes) -> list[str]:
    """The normalised texts of the body's top-level paragraphs (tables aside), empty ones dropped."""
    import io

    import docx

    document = docx.Document(io.BytesIO(docx_bytes))
    return [normalise(p.text) for p in document.paragraphs if p.text.strip()]


def assert_in_order(paragraphs: list[str], text: str) -> None:
    """Every paragraph occurs in `text`, each after the previous one."""
    position = 0
    for paragraph in paragraphs:
        found = text.find(paragraph, position)
        assert found >= 0, f"not found after position {position}: {paragraph!r}"
        position = found + len(paragraph)
