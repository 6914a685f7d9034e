"""PDF reader: renditions of the reference outcomes read back into the same blocks as the .txt."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import warnings
from pathlib import Path

import pdfplumber
import pytest

from packgen.errors import InputError
from packgen.extract import read_outcome
from packgen.readers import pdf as pdf_reader
from packgen.readers import read_blocks
from tests.readers.helpers import comparable, load_renditions

SEEDS = ["002", "003", "004"]
OTHER_FOOTER = {
    "initials": "GG/ik",
    "directorate": "DG D 2C",
    "marking": "PUBLIC",
    "language": "FR",
    "pages": "n/N",
    "lines": 1,
}
TWO_LINE_FOOTER = {"initials": "JV/kp", "directorate": "DGD 1C", "pages": "n/N", "lines": 2}


renditions = load_renditions()
_made: dict[tuple[str, str], Path] = {}


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdf_renditions")


def rendition(seed: Path, out_dir: Path, footer: dict | None = None) -> Path:
    """A PDF rendition of `seed`, made once per footer style per test module."""
    key = (seed.name, repr(footer))
    if key not in _made:
        target = out_dir / f"{seed.stem}-{len(_made)}.pdf"
        _made[key] = renditions.write_pdf_rendition(seed, target, footer)
    return _made[key]


@pytest.mark.parametrize("prefix", SEEDS)
def test_pdf_blocks_match_the_text(prefix: str, request, out_dir: Path) -> None:
    seed = request.getfixturevalue(f"seed_{prefix}")
    expected_header, expected_body = comparable(read_blocks(seed))
    header, body = comparable(read_blocks(rendition(seed, out_dir)))
    assert header == expected_header
    assert body == expected_body


@pytest.mark.parametrize("prefix", SEEDS)
def test_footer_lands_mid_sentence_and_is_dropped(prefix: str, request, out_dir: Path) -> None:
    seed = request.getfixturevalue(f"seed_{prefix}")
    path = rendition(seed, out_dir)
    with pdfplumber.open(path) as pdf:
        pages = [page.extract_text().split("\n") for page in pdf.pages]
    assert len(pages) >= 3
    assert all(lines[-2].split()[1] == "ACA/mr" for lines in pages)  # the footer is there...
    assert all(lines[-1].split() == ["JAI.1", "LIMITE", "EN"] for lines in pages)
    last_body_lines = [lines[-3] for lines in pages[:-1]]
    assert any(not re.search(r"[.:;!?]$", line) for line in last_body_lines)  # ...mid-sentence
    for block in read_blocks(path):  # ...and never read as text
        assert "ACA/mr" not in block.text
        assert "JAI.1" not in block.text
        assert block.text not in {"EN", "LIMITE\tEN", "1", "2", "3"}


@pytest.mark.parametrize("footer", [OTHER_FOOTER, TWO_LINE_FOOTER], ids=["one-line", "two-line"])
def test_other_footer_styles_are_dropped_too(footer: dict, seed_002: Path, out_dir: Path) -> None:
    expected = [b.text for b in read_blocks(rendition(seed_002, out_dir))]
    path = rendition(seed_002, out_dir, footer)
    with pdfplumber.open(path) as pdf:
        page_two = pdf.pages[1].extract_text().split("\n")
        page_count = len(pdf.pages)
    footer_lines = page_two[-footer["lines"] :]
    assert footer["initials"] in footer_lines[0]
    assert footer_lines[0].split()[-1] == f"2/{page_count}" or footer["lines"] == 1
    blocks = [b.text for b in read_blocks(path)]
    assert blocks == expected
    assert not any(footer["initials"] in text or footer["directorate"] in text for text in blocks)


def test_italic_run_ins_of_004(seed_004: Path, out_dir: Path) -> None:
    expected = [b.italic for b in read_blocks(seed_004) if b.italic]
    found = [b.italic for b in read_blocks(rendition(seed_004, out_dir)) if b.italic]
    assert found == expected
    assert found[0] == ("Security threats stemming from the war",)
    assert len(found) == 7


def test_header_rows_and_bold_items_of_003(seed_003: Path, out_dir: Path) -> None:
    blocks = read_blocks(rendition(seed_003, out_dir))
    rows = [b.text for b in blocks if b.kind == "row"]
    assert rows[:3] == [
        "From:\tGeneral Secretariat of the Council",
        "To:\tDelegations",
        "No. prev. doc.:\t10084/17",
    ]
    assert blocks[0].text == "Council of the\nEuropean Union"
    assert [b.text for b in blocks if b.bold][:2] == ["LIMITE", blocks[4].text]
    assert blocks[4].text.split("\n")[-1] == "USA 37"
    items = [b.text for b in blocks if b.bold and re.match(r"\d\. ", b.text)]
    assert items[0] == "1. Counter-terrorism" and len(items) == 5


@pytest.mark.parametrize(
    "joined",
    [
        ["EU-US", "counter-terrorism", "e-evidence", "cross-border"],
        # a line may also break after a slash; no space comes back between the parts (blind125)
        ["Entry/Exit", "and/or", "EU/US", "Europol/Eurojust"],
    ],
)
def test_hyphenated_compounds_survive_line_ends(tmp_path: Path, joined: list[str]) -> None:
    paragraph = varied_prose(400, joined)
    source = tmp_path / "joined.txt"
    source.write_text(f"1234/20\n\n{paragraph}\n\nClosing line.\n", encoding="utf-8")
    path = renditions.write_pdf_rendition(source, tmp_path / "joined.pdf")
    blocks = read_blocks(path)
    assert [b.text for b in blocks] == ["1234/20", paragraph, "Closing line."]


def test_page_limit_and_timeout(seed_002: Path, out_dir: Path, monkeypatch) -> None:
    path = rendition(seed_002, out_dir)
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 2)
    with pytest.raises(InputError, match=r"PDF has \d pages, over the 2-page limit"):
        read_blocks(path)
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 500)
    monkeypatch.setattr(pdf_reader, "EXTRACTION_TIMEOUT_S", -1.0)
    with pytest.raises(InputError, match=r"took over -1 s \(stopped at page 1 of \d\)"):
        read_blocks(path)


def varied_prose(words: int, extra: list[str]) -> str:
    """Deterministic but unrepetitive words, so no two page-top lines look alike."""
    vocabulary = extra + [
        "the",
        "delegations",
        "discussed",
        "cooperation",
        "on",
        "borders",
        "visas",
        "data",
        "drugs",
        "firearms",
        "networks",
        "ministers",
        "agreed",
        "reviewed",
        "several",
        "priorities",
        "security",
        "evidence",
        "presidency",
        "meeting",
        "partners",
        "exchange",
        "information",
        "agencies",
        "operational",
    ]
    pick = random.Random(words)
    return " ".join(pick.choice(vocabulary) for _ in range(words)) + "."


def _long_annex(tmp_path: Path) -> Path:
    text = varied_prose(1500, [])
    source = tmp_path / "annex.txt"
    source.write_text(f"4321/19\n\n{text}\n", encoding="utf-8")
    return source


def test_running_page_header_is_dropped(tmp_path: Path) -> None:
    source = _long_annex(tmp_path)
    path = renditions.write_pdf_rendition(source, tmp_path / "a.pdf", {"header": "EU-US JHA"})
    assert [b.text for b in read_blocks(path)] == [b.text for b in read_blocks(source)]


def test_repeated_annex_header_is_kept_once(tmp_path: Path) -> None:
    source = _long_annex(tmp_path)
    path = renditions.write_pdf_rendition(source, tmp_path / "b.pdf", {"header": "ANNEX"})
    assert [b.text for b in read_blocks(path)] == ["ANNEX"] + [b.text for b in read_blocks(source)]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_pdf_made_by_libreoffice_from_the_docx_reads_the_same(
    seed_004: Path, tmp_path: Path
) -> None:
    """Another producer, another footer mechanism (Word tab stops), ragged-right text."""
    docx_path = renditions.write_docx_rendition(seed_004, tmp_path / "lo.docx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
        + ["--outdir", str(tmp_path), str(docx_path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    blocks = read_blocks(tmp_path / "lo.pdf")
    assert comparable(blocks) == comparable(read_blocks(seed_004))
    assert [b.italic for b in blocks if b.italic] == [
        b.italic for b in read_blocks(seed_004) if b.italic
    ]
    assert not any("ACA/mr" in b.text for b in blocks)


BUNDLED = sorted((Path(__file__).resolve().parents[2] / "seeds" / "outcomes").glob("*.txt"))


@pytest.mark.parametrize("source", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_bundled_outcome_gives_the_same_record(source: Path, out_dir: Path) -> None:
    """The goal of the readers: one extractor, one record, whatever the format."""
    path = rendition(source, out_dir)
    assert comparable(read_blocks(path)) == comparable(read_blocks(source))
    record = read_outcome(path).to_json_dict()
    expected = read_outcome(source).to_json_dict()
    for key in ("source", "sha256", "marking_found"):  # where differs by format
        record.pop(key, None)
        expected.pop(key, None)
    assert record == expected
    assert record["items"] and record["number"]


def test_a_release_stamp_up_the_margin_is_read_once(seed_003: Path, out_dir: Path) -> None:
    stamp = "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (12.10.2018)"
    expected = [b.text for b in read_blocks(rendition(seed_003, out_dir))]
    path = rendition(seed_003, out_dir, {"stamp": stamp})
    with pdfplumber.open(path) as pdf:
        stamped_pages = sum(any(not c["upright"] for c in page.chars) for page in pdf.pages)
        assert stamped_pages == len(pdf.pages) >= 2
    assert [b.text for b in read_blocks(path)] == [stamp] + expected


def _write_pdf(page: str, path: Path) -> None:
    """WeasyPrint's PDF of an HTML page (its font subsetter warns on import; warnings fail)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "HarfBuzz-Subset", DeprecationWarning)
        from weasyprint import HTML

    HTML(string=page).write_pdf(path)


def test_automatic_hyphenation_is_undone(tmp_path: Path) -> None:
    paragraph = varied_prose(300, ["internationalisation", "interoperability", "responsibilities"])
    style = "width: 9cm; text-align: justify; hyphens: auto; font: 12pt 'Liberation Serif'"
    page = f'<html lang="en"><p style="{style}">{paragraph}</p></html>'
    path = tmp_path / "hyphenated.pdf"
    _write_pdf(page, path)
    with pdfplumber.open(path) as pdf:
        assert "\u2010" in "".join(c["text"] for c in pdf.pages[0].chars)  # it did hyphenate
    assert [b.text for b in read_blocks(path)] == [paragraph]


def test_larger_type_becomes_headings_by_size(tmp_path: Path) -> None:
    body = "<p>" + varied_prose(60, []) + "</p>"
    page = (
        "<body style=\"font: 12pt 'Liberation Serif'\">"
        "<h1 style='font-size: 20pt'>BACKGROUND</h1>"
        + body
        + "<h2 style='font-size: 15pt'>Home affairs</h2>"
        + body
        + body
        + "</body>"
    )
    path = tmp_path / "headings.pdf"
    _write_pdf(page, path)
    found = [(b.kind, b.level, b.text[:12]) for b in read_blocks(path)]
    assert found == [
        ("heading", 1, "BACKGROUND"),
        ("paragraph", 0, varied_prose(60, [])[:12]),
        ("heading", 2, "Home affairs"),
        ("paragraph", 0, varied_prose(60, [])[:12]),
        ("paragraph", 0, varied_prose(60, [])[:12]),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Migration: the Central Mediterranean and the conclusions of the European Council of 28-29 June",
        "Counter-terrorism: the follow-up to the attacks and the work of the EU Internet Forum",
        "Data protection: the joint review of the Umbrella Agreement held in Washington in October",
    ],
)
def test_a_bold_title_wrapped_onto_a_capitalised_word_stays_one_title(
    title: str, tmp_path: Path
) -> None:
    prose = varied_prose(120, [])
    style = "width: 13cm; text-align: justify; font: 12pt 'Liberation Serif'"
    page = (
        f'<html lang="en"><body style="{style}">'
        f"<p>{prose}</p><p style='text-align: left'><b>7. {title}</b></p>"
        "<p>Not discussed for lack of time.</p>"
        f"<p style='text-align: left'><b>8. Next meeting</b></p><p>{prose}</p></body></html>"
    )
    path = tmp_path / "wrapped-title.pdf"
    _write_pdf(page, path)
    with pdfplumber.open(path) as pdf:
        lines = pdf.pages[0].extract_text().splitlines()
    assert f"7. {title}" not in lines  # the title did wrap
    texts = [b.text for b in read_blocks(path)]
    # the wrapped title, set ragged in justified text, is one block; the one-line title above
    # capitalised text stays apart
    assert f"7. {title}" in texts
    assert "Not discussed for lack of time." in texts and "8. Next meeting" in texts


# what follows the header block of the outcomes these tests set in tables and flush right
_OUTCOME_BODY = (
    "<p style='margin-top: 2em'><b>Summary</b></p><p>The meeting covered drugs.</p>"
    "<p style='margin-top: 2em'><b>1. Synthetic drugs</b></p>"
    "<p>The US described the fentanyl crisis.</p>"
)
_SUBJECT = (
    "EU-US Justice and Home Affairs Senior Officials Meeting, Stockholm, 14-15 March 2023 - "
    "Outcome of proceedings"
)


@pytest.mark.parametrize(
    ("table_style", "cell_style"),
    [
        # the label cell centred on a two-line subject (the table default)
        ("width: 100%", ""),
        # ... in a ruled table with padded cells
        ("width: 100%; border-collapse: collapse", "border: 1px solid black; padding: 6pt"),
        # ... on the second line of a three-line subject, in a narrow table
        ("width: 60%", ""),
    ],
)
def test_a_label_cell_centred_on_a_subject_of_several_lines_heads_it(
    table_style: str, cell_style: str, tmp_path: Path
) -> None:
    rows = "".join(
        f'<tr><td style="{cell_style}">{label}</td><td style="{cell_style}">{value}</td></tr>'
        for label, value in (
            ("From:", "General Secretariat"),
            ("To:", "Delegations"),
            ("Subject:", _SUBJECT),
        )
    )
    page = (
        "<body style=\"font: 12pt 'Liberation Serif'\">"
        "<p style='text-align: right'>Brussels, 20 March 2023 (OR. en)</p>"
        "<p style='text-align: right; margin-top: 2em'>7999/23</p>"
        "<p style='text-align: right'>LIMITE</p><p style='margin-top: 2em'>JAI 301</p>"
        "<p><b>OUTCOME OF PROCEEDINGS</b></p>"
        f'<table style="{table_style}">{rows}</table>'
        f"{_OUTCOME_BODY}</body>"
    )
    path = tmp_path / "2023-03-20_7999-23.pdf"
    _write_pdf(page, path)
    record = read_outcome(path)
    assert record.subject == _SUBJECT
    assert record.meeting is not None
    assert (record.meeting.place, str(record.meeting.start), str(record.meeting.end)) == (
        "Stockholm",
        "2023-03-14",
        "2023-03-15",
    )


def test_header_lines_set_flush_right_at_the_body_pitch_stay_apart(tmp_path: Path) -> None:
    # place and date, number and marking flush right with no space between them, as a
    # drafter's template may set them: each is a line of its own
    flush_right = "text-align: right; margin: 0"
    page = (
        "<body style=\"font: 12pt 'Liberation Serif'\">"
        f"<p style='{flush_right}'>Brussels, 20 March 2023 (OR. en)</p>"
        f"<p style='{flush_right}'>7999/23</p><p style='{flush_right}'>LIMITE</p>"
        "<p style='margin: 0'>JAI 301</p><p style='margin: 0'>USA 21</p>"
        "<p><b>OUTCOME OF PROCEEDINGS</b></p>"
        "<p style='margin: 0'>From: General Secretariat</p><p style='margin: 0'>To: Delegations</p>"
        f"<p style='margin: 0'>Subject: {_SUBJECT}</p>"
        f"{_OUTCOME_BODY}</body>"
    )
    path = tmp_path / "2023-03-20_7999-23.pdf"
    _write_pdf(page, path)
    texts = [block.text for block in read_blocks(path)]
    assert texts[:3] == ["Brussels, 20 March 2023 (OR. en)", "7999/23", "LIMITE"]
    record = read_outcome(path)
    assert (record.number, record.subject) == ("7999/23", _SUBJECT)
