"""Extract: reader blocks of the three real outcomes in, exact OutcomeRecord field values out."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packgen.blocks import SourceBlock
from packgen.errors import ClassifiedSourceError, InputError, NotAnOutcomeError
from packgen.extract import extract_outcome, parse_date_range, parse_meeting, read_outcome
from packgen.readers import read_blocks
from packgen.readers.text import read_text
from packgen.records import OutcomeRecord
from tests.conftest import BUNDLED_OUTCOMES, shared_seed
from tests.extract_fixtures import EXTRACT_FIXTURES, differences, digest, dumps, expected_form

D = dt.date
ROOT = Path(__file__).resolve().parent.parent

# Meeting names of the reference outcomes; the subject lines are built from them.
MINISTERIAL = "EU-US Justice and Home Affairs Ministerial Meeting"
SENIOR_OFFICIALS = "EU-US Senior Officials Meeting on Justice and Home Affairs"
SUBJECT_002 = f"Outcome of proceedings of the {MINISTERIAL} (Sofia, 22-23 May 2018)"
SUBJECT_003 = f"Outcome of the {MINISTERIAL.replace('EU-US', 'EU – US')}, Valletta, 15-16 June 2017"
SUBJECT_004 = f"Outcome of proceedings of the {SENIOR_OFFICIALS} (Stockholm, 16-17 March 2023)"


# ---------------------------------------------------------------- expected records

# Each outcome's expected record is a fixture file (tests/fixtures/extract/): the bundled
# outcomes by name, the reference documents of ../shared/seeds by their number prefix.
# PACKGEN_ACCEPT=1 rewrites them from the extractor; check every changed value against
# the source document before committing, as a wrong value would be frozen.
BUNDLED = sorted(p.name for p in BUNDLED_OUTCOMES.glob("*.txt"))
SHARED = ["002", "003", "004"]
ACCEPT = os.environ.get("PACKGEN_ACCEPT") == "1"


def _fixture_case(name: str) -> tuple[Path, Path]:
    """(the outcome file, its fixture); a reference document that is absent skips."""
    if name in SHARED:
        return shared_seed(name), EXTRACT_FIXTURES / "shared" / f"{name}.json"
    return BUNDLED_OUTCOMES / name, EXTRACT_FIXTURES / f"{Path(name).stem}.json"


@pytest.mark.parametrize("name", BUNDLED + SHARED)
def test_record_matches_its_fixture(name: str) -> None:
    source, fixture = _fixture_case(name)
    record = read_outcome(source)
    assert record.source == str(source)
    assert re.fullmatch(r"[0-9a-f]{64}", record.sha256)
    got = expected_form(record)
    if ACCEPT:
        fixture.write_text(dumps(got), encoding="utf-8")
    found = differences(json.loads(fixture.read_text(encoding="utf-8")), got)
    assert not found, f"{name} differs from {fixture.name} in:\n" + "\n".join(found)


def test_every_bundled_outcome_has_a_fixture_and_no_fixture_is_orphaned() -> None:
    assert sorted(p.stem for p in EXTRACT_FIXTURES.glob("*.json")) == [
        Path(n).stem for n in BUNDLED
    ]
    assert sorted(p.stem for p in (EXTRACT_FIXTURES / "shared").glob("*.json")) == SHARED


def test_a_changed_value_is_named_with_its_path() -> None:
    left = {"items": [{"title": "A", "text": "x"}], "date": "2018-05-31"}
    right = {"items": [{"title": "A", "text": "y"}], "date": "2018-05-31"}
    assert differences(left, right) == ["items[0].text: expected='x' got='y'"]
    assert differences({"codes": [1, 2]}, {"codes": [1]}) == ["codes: expected=[1, 2] got=[1]"]
    assert digest("One two three four five.\n\nSix seven.")["paragraphs"] == 2


# ---------------------------------------------------------------- not outcomes


def test_background_brief_is_not_an_outcome(shared_seeds_dir: Path) -> None:
    path = next(shared_seeds_dir.glob("000_*.txt"))
    with pytest.raises(NotAnOutcomeError, match=r"not an outcome of proceedings \(a background"):
        read_outcome(path)


def test_speaking_note_is_not_an_outcome(shared_seeds_dir: Path) -> None:
    path = next(shared_seeds_dir.glob("001_*.txt"))
    with pytest.raises(NotAnOutcomeError, match="no Council header block"):
        read_outcome(path)


def test_text_without_header_block_is_not_an_outcome() -> None:
    blocks = [
        SourceBlock("1. Migration"),
        SourceBlock("Ministers talked about the pact at some length."),
    ]
    with pytest.raises(NotAnOutcomeError) as error:
        extract_outcome(blocks, "notes.txt", "0" * 64)
    assert str(error.value) == "notes.txt: not an outcome of proceedings (no Council header block)"


# ---------------------------------------------------------------- synthetic headers


def _outcome(
    *header: str,
    subject: str = "Outcome of proceedings of the Cyber Dialogue (Brussels, 2 April 2019)",
) -> list[SourceBlock]:
    """A small outcome in our own words: the given header lines, then a stock body."""
    blocks = [SourceBlock(line) for line in header]
    blocks += [
        SourceBlock("OUTCOME OF PROCEEDINGS"),
        SourceBlock("From: General Secretariat of the Council"),
        SourceBlock("To: Delegations"),
        SourceBlock(f"Subject: {subject}"),
        SourceBlock("Summary: Both sides compared notes on ransomware."),
        SourceBlock("1. Ransomware"),
        SourceBlock("Experts listed recent attacks on hospitals."),
    ]
    return blocks


@pytest.mark.parametrize(
    ("lines", "number"),
    [
        (["14220/6/16 REV 6"], "14220/6/16 REV 6"),
        (["7725/23 ADD 1"], "7725/23 ADD 1"),
        (["7725/23 COR 1"], "7725/23 COR 1"),
        (["7725/23 ADD 1 COR 1"], "7725/23 ADD 1 COR 1"),
        (["7725/23", "ADD 1"], "7725/23 ADD 1"),
        (["9278/18"], "9278/18"),
        # the register's own spellings, written one way so that versions compare
        (["ST 9278/18 INIT"], "9278/18"),
        (["9278/18 REV.1"], "9278/18 REV 1"),
        (["9278/1/18", "rev.1"], "9278/1/18 REV 1"),
        (["doc. 7725/23 add 1"], "7725/23 ADD 1"),
    ],
)
def test_number_shapes(lines: list[str], number: str) -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", *lines, "LIMITE", "CYBER 12")
    record = extract_outcome(blocks, "x.txt", "0" * 64)
    assert record.number == number
    assert record.subject_codes == ["CYBER 12"]


@pytest.mark.parametrize(
    "stamp", ["PUBLIC", "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (12.07.2018)"]
)
def test_public_overstamp_reads_as_release(stamp: str) -> None:
    blocks = _outcome(stamp, "Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")
    assert extract_outcome(blocks, "x.txt", "0" * 64).marking == "PUBLIC"


def test_no_marking_is_none_with_a_warning() -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "CYBER 12")
    record = extract_outcome(blocks, "x.txt", "0" * 64)
    assert record.marking is None
    assert record.warnings == ["no marking found (LIMITE or PUBLIC): treated as LIMITE"]


@pytest.mark.parametrize(
    ("line", "canonical"),
    [
        ("RESTREINT UE/EU RESTRICTED", "RESTREINT UE/EU RESTRICTED"),
        ("CONFIDENTIEL UE / EU CONFIDENTIAL", "CONFIDENTIEL UE/EU CONFIDENTIAL"),
        ("SECRET UE/EU SECRET", "SECRET UE/EU SECRET"),
        ("TRES SECRET UE/EU TOP SECRET", "TRÈS SECRET UE/EU TOP SECRET"),
        ("EU RESTRICTED", "RESTREINT UE/EU RESTRICTED"),
    ],
)
def test_classified_marking_is_refused(line: str, canonical: str) -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", line, "CYBER 12")
    with pytest.raises(ClassifiedSourceError) as error:
        extract_outcome(blocks, "x.txt", "0" * 64)
    assert str(error.value) == (
        f"x.txt: classified marking '{canonical}' (line 4): "
        "packgen does not process classified documents"
    )


def test_older_note_layout() -> None:
    blocks = [
        SourceBlock("COUNCIL OF\nTHE EUROPEAN UNION"),
        SourceBlock("Brussels, 5 June 2012 (07.06)\n(OR. en)"),
        SourceBlock("10544/12"),
        SourceBlock("LIMITE"),
        SourceBlock("JAIEX 33\nUSA 12"),
        SourceBlock("NOTE from : General Secretariat\nto : Delegations\nNo. prev. doc. : 9876/12"),
        SourceBlock(
            "Subject : Outcome of proceedings of the EU-US JHA Ministerial Meeting\n"
            "(Copenhagen, 20 and 21 June 2012)"
        ),
        SourceBlock("1. Data protection"),
        SourceBlock("Talks on the umbrella agreement went on."),
    ]
    record = extract_outcome(blocks, "old.txt", "0" * 64)
    assert (record.number, record.date, record.language) == ("10544/12", D(2012, 6, 5), "en")
    assert record.doc_type == "NOTE"
    assert (record.from_, record.to, record.prev_docs) == (
        "General Secretariat",
        "Delegations",
        ["9876/12"],
    )
    assert record.meeting is not None
    assert record.meeting.model_dump() == {
        "title": "EU-US JHA Ministerial Meeting",
        "place": "Copenhagen",
        "start": D(2012, 6, 20),
        "end": D(2012, 6, 21),
    }
    assert record.summary is None
    assert record.warnings == []


def test_explicit_annex_heading_and_page_furniture() -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")
    blocks += [
        SourceBlock("8123/19 AB/cd 2\nJAI.1 LIMITE EN"),
        SourceBlock("2. Next meeting"),
        SourceBlock("The next round will be in autumn."),
        SourceBlock("", kind="rule"),
        SourceBlock("ANNEX", kind="heading", level=1),
        SourceBlock("List of participants"),
        SourceBlock("Experts of both sides."),
        SourceBlock("8123/19 AB/cd 3"),
        SourceBlock("ANNEX JAI.1 LIMITE EN"),
    ]
    record = extract_outcome(blocks, "x.txt", "0" * 64)
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Ransomware", "Experts listed recent attacks on hospitals."),
        ("2", "Next meeting", "The next round will be in autumn."),
    ]
    assert record.annex is not None
    assert (record.annex.title, record.annex.text) == (
        "List of participants",
        "Experts of both sides.",
    )


def test_lettered_list_inside_a_paragraph_item_is_not_a_sub_item() -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")
    blocks += [
        SourceBlock("2. Follow-up"),
        SourceBlock("b) The experts will meet again next year to review the list."),
        SourceBlock("a) Threat assessment"),
        SourceBlock("Both sides shared figures."),
    ]
    item = extract_outcome(blocks, "x.txt", "0" * 64).items[1]
    assert [(s.label, s.title, s.text) for s in item.subitems] == [
        ("a", "Threat assessment", "Both sides shared figures.")
    ]


@pytest.mark.parametrize(
    "under",
    [
        # a sub-item's heading right under its item's title, no blank line between (blind145)
        "2. Security cooperation\n(a) Passenger name records\nThe US welcomed the Directive.\n"
        "(b) Terrorist Finance Tracking Program\nBoth sides agreed to hold the next review.",
        "2. Security cooperation\na) Passenger name records\nThe US welcomed the Directive.\n"
        "b) Terrorist Finance Tracking Program\nBoth sides agreed to hold the next review.",
    ],
)
def test_a_sub_item_heading_right_under_its_item_title_is_a_sub_item(under: str) -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")
    blocks += [SourceBlock(under)]
    item = extract_outcome(blocks, "x.txt", "0" * 64).items[1]
    assert (item.number, item.title) == ("2", "Security cooperation")
    assert [(s.label, s.title, s.text) for s in item.subitems] == [
        ("a", "Passenger name records", "The US welcomed the Directive."),
        ("b", "Terrorist Finance Tracking Program", "Both sides agreed to hold the next review."),
    ]


@pytest.mark.parametrize(
    ("body", "items"),
    [
        # items numbered "Item 3 -", "Agenda item 3:", sub-items "2.1" and "(ii)", as some
        # Presidencies number them (blind151)
        (
            [
                "Item 1 - Opening",
                "The agenda was adopted.",
                "Item 2 - Security cooperation",
                "2.1 Passenger name records",
                "The US welcomed the Directive.",
                "2.2 Terrorist Finance Tracking Program",
                "The joint review was presented.",
            ],
            [
                ("1", "Opening", []),
                (
                    "2",
                    "Security cooperation",
                    ["Passenger name records", "Terrorist Finance Tracking Program"],
                ),
            ],
        ),
        (
            [
                "Agenda item 1: Opening",
                "The agenda was adopted.",
                "Agenda item 2: Justice",
                "(i) Electronic evidence",
                "The Commission presented its proposals.",
                "(ii) Extradition",
                "Both sides reviewed the Agreement.",
            ],
            [("1", "Opening", []), ("2", "Justice", ["Electronic evidence", "Extradition"])],
        ),
        # ... a ninth lettered sub-item "(i)" stays a letter
        (
            ["1. Opening", "The agenda was adopted.", "2. Security"]
            + [f"({letter}) Point {letter}\nText." for letter in "abcdefghi"],
            [("1", "Opening", []), ("2", "Security", [f"Point {x}" for x in "abcdefghi"])],
        ),
        # ... a numbered paragraph of running text keeps its number, and so does a "7.1"
        # under another item
        (
            [
                "1. Opening",
                "The agenda was adopted.",
                "2. Other business",
                "2.1 The Presidency drew attention to the conference held in Riga in March.",
                "7.1 Noted",
            ],
            [("1", "Opening", []), ("2", "Other business", [])],
        ),
    ],
)
def test_items_and_sub_items_numbered_in_other_ways(body: list[str], items: list) -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")
    blocks = blocks[:-2] + [SourceBlock(line) for line in body]
    record = extract_outcome(blocks, "x.txt", "0" * 64)
    assert [(i.number, i.title, [s.title for s in i.subitems]) for i in record.items] == items


@pytest.mark.parametrize(
    "wrapped",
    [
        # the qualifier on a line of the Subject's block, or in a block of its own (blind37)
        [SourceBlock("Subject: EU-US JHA Senior Officials Meeting, videoconference, "
                     "16 December 2025\n- Outcome of proceedings\nSummary: Officials met.")],
        [SourceBlock("Subject: EU-US JHA Senior Officials Meeting, videoconference, "
                     "16 December 2025"),
         SourceBlock("- Outcome of proceedings"),
         SourceBlock("Summary: Officials met.")],
        [SourceBlock("Objet : Réunion UE-Canada JAI, Ottawa, 16 décembre 2025"),
         SourceBlock("– Résultats des travaux"),
         SourceBlock("Résumé : Officials met.")],
        # ... or split inside, the Subject's line ending on its first words (blind45)
        [SourceBlock("Subject: EU-US JHA Senior Officials Meeting, videoconference, "
                     "16 December 2025 - Outcome of"),
         SourceBlock("proceedings"),
         SourceBlock("Summary: Officials met.")],
        [SourceBlock("Subject: EU-US JHA Senior Officials Meeting, videoconference, "
                     "16 December 2025 - Outcome of\nproceedings\nSummary: Officials met.")],
        [SourceBlock("Objet : Réunion UE-Canada JAI, Ottawa, 16 décembre 2025 - Résultats"),
         SourceBlock("des travaux"),
         SourceBlock("Résumé : Officials met.")],
    ],
)  # fmt: skip
def test_a_qualifier_wrapped_under_the_subject_keeps_the_summary(
    wrapped: list[SourceBlock],
) -> None:
    blocks = [
        SourceBlock("Council of the European Union Brussels, 22 December 2025 (OR. en)"),
        SourceBlock("16737/25 LIMITE"),
        SourceBlock("OUTCOME OF PROCEEDINGS"),
        SourceBlock("From: General Secretariat of the Council\nTo: Delegations"),
        *wrapped,
        SourceBlock("1. Drugs\nBoth sides discussed synthetic drugs."),
    ]
    record = extract_outcome(blocks, "x.pdf", "0" * 64)
    assert record.meeting is not None and record.meeting.start == D(2025, 12, 16)
    assert record.meeting.title in {"EU-US JHA Senior Officials Meeting", "Réunion UE-Canada JAI"}
    assert record.summary == "Officials met."
    assert record.participants == []
    assert "no summary found" not in record.warnings


@pytest.mark.parametrize(
    ("label", "first", "second", "field"),
    [
        ("To", "Horizontal Working Party on Cyber Issues", "JHA-RELEX Working Party (JAIEX)", "to"),
        ("From", "Presidency", "Commission services", "from_"),
        ("Destinataire", "Comité des représentants permanents", "Groupe JAIEX", "to"),
    ],
)
@pytest.mark.parametrize("apart", [True, False])
def test_a_second_addressee_on_a_line_of_its_own_keeps_the_subject(
    label: str, first: str, second: str, field: str, apart: bool
) -> None:
    # a PDF or DOCX gives the second line of "To:" a paragraph of its own; it was read as
    # the body's first paragraph, and the Subject and Summary after it were lost (blind123)
    head = f"{label}: {first}"
    other = "From: General Secretariat of the Council" if field == "to" else "To: Delegations"
    lines = [SourceBlock(other), SourceBlock(head), SourceBlock(second)]
    if not apart:
        lines = [SourceBlock(other), SourceBlock(f"{head}\n{second}")]
    blocks = [
        SourceBlock("Council of the European Union Brussels, 21 November 2019 (OR. en)"),
        SourceBlock("14999/19 LIMITE"),
        SourceBlock("JAIEX 171\nUSA 88"),
        SourceBlock("OUTCOME OF PROCEEDINGS"),
        *lines,
        SourceBlock("Subject: EU-US Working Group on Cybercrime (The Hague, 12-13 November 2019)"),
        SourceBlock("Summary: The Working Group met at Europol."),
        SourceBlock("1. Ransomware\nBoth sides discussed ransomware."),
    ]
    record = extract_outcome(blocks, "x.pdf", "0" * 64)
    assert getattr(record, field) == f"{first} {second}"
    assert record.meeting is not None and record.meeting.start == D(2019, 11, 12)
    assert record.summary == "The Working Group met at Europol."
    assert record.participants == []
    assert record.warnings == []


# the header of a Senior Officials Meeting's outcome, for the item layouts below
_ATHENS_HEAD = [
    SourceBlock("Council of the European Union Brussels, 2 May 2014 (OR. en)"),
    SourceBlock("9999/14 LIMITE"),
    SourceBlock("JAIEX 31\nUSA 22"),
    SourceBlock("OUTCOME OF PROCEEDINGS"),
    SourceBlock(
        "From: Presidency\nTo: Delegations\nSubject: EU-US JHA Senior Officials "
        "Meeting (Athens, 22-23 April 2014)"
    ),
]


@pytest.mark.parametrize("bold", [False, True])
def test_roman_headings_over_paragraphs_numbered_through_are_the_items(bold: bool) -> None:
    # a summary record: sections "I.", "II." ..., the paragraphs under them numbered 1, 2, 3 ...
    # through the whole text; the paragraphs are sentences, not titles, so no item was found
    body = [
        ("I. DATA PROTECTION", True),
        ("1. The Commission reported on the negotiations on the Umbrella Agreement.", False),
        ("2. The US side described the bill on judicial redress.", False),
        ("II. Migration", True),
        ("3. Both sides discussed the situation in the Mediterranean.", False),
        ("III. Any other business", True),
        ("4. The Presidency announced the next meeting.", False),
    ]
    blocks = [*_ATHENS_HEAD, *(SourceBlock(text, bold=bold and title) for text, title in body)]
    record = extract_outcome(blocks, "x.docx", "0" * 64)
    assert [(i.number, i.title) for i in record.items] == [
        ("I", "DATA PROTECTION"),
        ("II", "Migration"),
        ("III", "Any other business"),
    ]
    assert record.items[0].text == (
        "1. The Commission reported on the negotiations on the Umbrella Agreement.\n\n"
        "2. The US side described the bill on judicial redress."
    )
    assert record.items[2].text == "4. The Presidency announced the next meeting."
    assert "no numbered items found" not in record.warnings


def test_roman_headings_give_way_to_numbered_item_titles() -> None:
    # group headings in Roman numerals over items "1. Title", "2. Title": the items stay
    blocks = [
        *_ATHENS_HEAD,
        SourceBlock("I. HOME AFFAIRS"),
        SourceBlock("1. Migration\nBoth sides discussed the Mediterranean."),
        SourceBlock("II. JUSTICE"),
        SourceBlock("2. Data protection\nThe Commission reported on the Umbrella Agreement."),
    ]
    record = extract_outcome(blocks, "x.txt", "0" * 64)
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Migration"),
        ("2", "Data protection"),
    ]


def test_a_first_paragraph_after_the_header_stays_in_the_body() -> None:
    # a short paragraph under "To:" that no label follows is the body's, not the addressee's
    blocks = [
        SourceBlock("Council of the European Union Brussels, 21 November 2019 (OR. en)"),
        SourceBlock("14999/19 LIMITE"),
        SourceBlock("OUTCOME OF PROCEEDINGS"),
        SourceBlock(
            "From: Presidency\nSubject: EU-US Working Group on Cybercrime (The Hague, "
            "12-13 November 2019)\nTo: Delegations"
        ),
        SourceBlock("The Working Group met at Europol."),
        SourceBlock("1. Ransomware\nBoth sides discussed ransomware."),
    ]
    record = extract_outcome(blocks, "x.pdf", "0" * 64)
    assert record.to == "Delegations"
    assert record.participants == ["The Working Group met at Europol."]


def test_a_summary_of_bullets_keeps_every_bullet_whatever_breaks_them() -> None:
    # a DOCX or PDF gives each bullet a paragraph of its own; a text file may run them into
    # one: the record is the same (blind108)
    head = [
        SourceBlock("Council of the European Union Brussels, 22 October 2024 (OR. en)"),
        SourceBlock("13999/24 LIMITE"),
        SourceBlock("OUTCOME OF PROCEEDINGS"),
        SourceBlock(
            "From: Presidency\nTo: Delegations\nSubject: EU-US JHA Senior Officials Meeting, "
            "Brussels, 16 October 2024"
        ),
        SourceBlock("Summary"),
    ]
    bullets = [
        "– Officials took stock of the Data Privacy Framework review.",
        "– They discussed ransomware and synthetic drugs.",
        "– The Presidency will send the draft agenda by 25 October.",
    ]
    tail = [
        SourceBlock("The US delegation was led by the Department of Justice."),
        SourceBlock("1. Drugs\nBoth sides discussed synthetic drugs."),
    ]
    apart = extract_outcome([*head, *map(SourceBlock, bullets), *tail], "x.docx", "0" * 64)
    together = extract_outcome([*head, SourceBlock("\n".join(bullets)), *tail], "x.txt", "0" * 64)
    assert apart.summary == " ".join(bullets)
    assert " ".join(together.summary.split()) == apart.summary
    assert (
        apart.participants
        == together.participants
        == ["The US delegation was led by the Department of Justice."]
    )


@pytest.mark.parametrize(
    ("doc_type", "subject", "meeting"),
    [
        # a Presidency's account typed "MAIN RESULTS" where "OUTCOME OF PROCEEDINGS" stands
        # (blind355): the type, not the heading of a summary, and the header goes on
        (
            "MAIN RESULTS",
            "EU-US Justice and Home Affairs Ministerial Meeting (Baltimore, 9-10 December "
            "2014): main results",
            ("Baltimore", dt.date(2014, 12, 9), dt.date(2014, 12, 10)),
        ),
        # ... in French, the words closing the Subject after the meeting's place and dates
        (
            "PRINCIPAUX RÉSULTATS",
            "Réunion ministérielle UE-États-Unis (Constanța, 18-19 juin 2019) - Principaux "
            "résultats",
            ("Constanța", dt.date(2019, 6, 18), dt.date(2019, 6, 19)),
        ),
    ],
)
def test_main_results_as_the_document_type(
    doc_type: str, subject: str, meeting: tuple[str, dt.date, dt.date]
) -> None:
    blocks = [
        SourceBlock("Council of the European Union"),
        SourceBlock("Brussels, 24 December 2014 (OR. en)"),
        SourceBlock("16999/14 LIMITE"),
        SourceBlock("JAIEX 103\nUSA 48"),
        SourceBlock(doc_type),
        SourceBlock(
            f"From: General Secretariat of the Council\nTo: Delegations\nSubject: {subject}"
        ),
        SourceBlock("1. Session I: Security\nBoth sides discussed foreign terrorist fighters."),
    ]
    outcome = extract_outcome(blocks, "x.txt", "0" * 64)
    assert outcome.doc_type == doc_type
    assert (outcome.from_, outcome.to) == ("General Secretariat of the Council", "Delegations")
    assert outcome.summary is None
    assert outcome.meeting is not None
    assert (outcome.meeting.place, outcome.meeting.start, outcome.meeting.end) == meeting
    assert outcome.warnings == []
    assert [item.title for item in outcome.items] == ["Session I: Security"]


@pytest.mark.parametrize("heading", ["Main results", "Key outcomes:", "Principaux résultats"])
def test_a_summary_headed_main_results_is_the_summary(heading: str) -> None:
    # a Presidency may head its summary "Main results" (blind151): it is no participants' list
    blocks = [
        SourceBlock("Council of the European Union Brussels, 2 February 2012 (OR. en)"),
        SourceBlock("5999/12 LIMITE"),
        SourceBlock("OUTCOME OF PROCEEDINGS"),
        SourceBlock(
            "From: Danish Presidency\nTo: Delegations\nSubject: Outcome of proceedings of the "
            "EU-US JHA Senior Officials Meeting (Washington, 24-25 January 2012)"
        ),
        SourceBlock(heading),
        SourceBlock(
            "The meeting prepared the Ministerial Meeting. Its main results were:\n- the US "
            "will comment on the data protection proposals by the end of March;\n- the visa "
            "question was discussed at length."
        ),
        SourceBlock("1. Introduction\nThe Presidency welcomed the participants."),
    ]
    outcome = extract_outcome(blocks, "x.txt", "0" * 64)
    assert outcome.summary is not None
    assert outcome.summary.startswith("The meeting prepared the Ministerial Meeting.")
    assert outcome.summary.endswith("the visa question was discussed at length.")
    assert outcome.participants == []
    assert [item.title for item in outcome.items] == ["Introduction"]


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        # the whole qualifier already on the Subject's line (blind78, blind79)
        ("EU-US Expert Meeting on AI, Madrid, 12 December 2023: outcome of proceedings",
         "EU-US Expert Meeting on AI"),
        ("EU-Ukraine Subcommittee (Kyiv, 15 March 2016) - outcome of proceedings",
         "EU-Ukraine Subcommittee"),
        # ... or a document type before the meeting ("Flash report:", "Read-out:")
        ("Flash report: EU-US Expert Meeting on Foreign Terrorist Fighters (Rome, 21 October 2014)",
         "EU-US Expert Meeting on Foreign Terrorist Fighters"),
        ("Read-out: EU-US Expert Meeting on Firearms, The Hague, 16 November 2016",
         "EU-US Expert Meeting on Firearms"),
    ],
)  # fmt: skip
def test_without_a_summary_the_first_item_is_never_read_into_the_subject(
    subject: str, title: str
) -> None:
    blocks = [
        SourceBlock("Council of the European Union Brussels, 19 December 2023 (OR. en)"),
        SourceBlock("16779/23 LIMITE"),
        SourceBlock("JAIEX 119 USA 71"),
        SourceBlock("OUTCOME OF PROCEEDINGS"),
        SourceBlock("From: Presidency\nTo: Delegations"),
        SourceBlock(f"Subject: {subject}"),
        SourceBlock("1. Information from the Presidency"),
        SourceBlock("The Presidency debriefed on the AI Act."),
        SourceBlock("2. US developments"),
        SourceBlock("The US presented its executive order."),
    ]
    record = extract_outcome(blocks, "x.txt", "0" * 64)
    assert record.subject == subject
    assert record.meeting is not None and record.meeting.title == title
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Information from the Presidency"),
        ("2", "US developments"),
    ]
    assert record.participants == []
    assert record.warnings == []


def test_two_column_pdf_header_and_wrapped_subject() -> None:
    blocks = [
        SourceBlock("Council of the Brussels, 3 April 2019\nEuropean Union (OR. fr)"),
        SourceBlock("8123/19 LIMITE"),
        SourceBlock("CYBER 12 JAIEX 7\nUSA 3"),
        SourceBlock("OUTCOME OF PROCEEDINGS"),
        SourceBlock("From: General Secretariat of the Council\nTo: Delegations"),
        SourceBlock("Subject: Outcome of proceedings of the EU-Canada Cyber Dialogue"),
        SourceBlock("(Ottawa, 1-2 April 2019)"),
        SourceBlock("1) Ransomware\nExperts listed recent attacks on hospitals."),
        SourceBlock("2. The experts agreed to meet again next spring and to\nexchange lists."),
    ]
    record = extract_outcome(blocks, "x.pdf", "0" * 64)
    assert (record.number, record.marking, record.date, record.language) == (
        "8123/19",
        "LIMITE",
        D(2019, 4, 3),
        "fr",
    )
    assert record.subject_codes == ["CYBER 12", "JAIEX 7", "USA 3"]
    assert record.meeting is not None
    assert (record.meeting.title, record.meeting.place, record.meeting.end) == (
        "EU-Canada Cyber Dialogue",
        "Ottawa",
        D(2019, 4, 2),
    )
    assert record.participants == []
    # a wrapped numbered paragraph is running text, not item 2
    assert [(i.number, i.title) for i in record.items] == [("1", "Ransomware")]
    assert record.items[0].text.endswith("to exchange lists.")
    assert record.warnings == []


def test_only_numbered_headings_are_items() -> None:
    """Headings without a number (Markdown "##", Word headings) are text, never items."""
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")
    blocks = blocks[:-2] + [
        SourceBlock("Ransomware", kind="heading", level=2),
        SourceBlock("Experts listed recent attacks on hospitals."),
        SourceBlock("Next meeting", kind="heading", level=2),
        SourceBlock("Autumn, in Ottawa."),
    ]
    record = extract_outcome(blocks, "x.docx", "0" * 64)
    assert record.items == []
    assert record.participants == [
        "Ransomware",
        "Experts listed recent attacks on hospitals.",
        "Next meeting",
        "Autumn, in Ottawa.",
    ]
    assert record.warnings == ["no numbered items found"]


def test_twenty_subject_codes_in_any_column_shape() -> None:
    codes = [f"CODE{n} {n * 7}" for n in range(1, 21)]
    column = [SourceBlock("\n".join(codes[:8])), *(SourceBlock(c) for c in codes[8:14])]
    column.append(SourceBlock(" ".join(codes[14:])))  # a PDF line with several codes
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE")
    blocks[4:4] = column
    assert extract_outcome(blocks, "x.txt", "0" * 64).subject_codes == codes


def _with_closing_title(mention: str) -> list[SourceBlock]:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")
    blocks[-2:-2] = [SourceBlock(f"The heads of delegation met in a closed session {mention}.")]
    return blocks + [
        SourceBlock("Joint statement on ransomware"),
        SourceBlock("Both sides will keep exchanging samples."),
    ]


def test_annex_announced_in_the_summary_part() -> None:
    record = extract_outcome(_with_closing_title("(see Annex)"), "x.txt", "0" * 64)
    assert record.participants == ["The heads of delegation met in a closed session (see Annex)."]
    assert record.items[-1].text == "Experts listed recent attacks on hospitals."
    assert record.annex is not None
    assert (record.annex.title, record.annex.text) == (
        "Joint statement on ransomware",
        "Both sides will keep exchanging samples.",
    )


def test_title_line_without_annex_signal_stays_in_the_item() -> None:
    record = extract_outcome(_with_closing_title("in the morning"), "x.txt", "0" * 64)
    assert record.annex is None
    assert record.items[-1].text.split("\n\n") == [
        "Experts listed recent attacks on hospitals.",
        "Joint statement on ransomware",
        "Both sides will keep exchanging samples.",
    ]


# ---------------------------------------------------------------- other block shapes


def _split_header_lines(blocks: list[SourceBlock], header_size: int) -> list[SourceBlock]:
    """Every header line its own block, as a DOCX reader may give them."""
    out: list[SourceBlock] = []
    for block in blocks[:header_size]:
        out.extend(replace(block, text=line) for line in block.text.split("\n") if line.strip())
    return out + blocks[header_size:]


def _as_rows(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """ "Label: value" lines as tab-separated table rows."""
    out = []
    for block in blocks:
        lines = []
        for line in block.text.split("\n"):
            label, sep, value = line.partition(": ")
            if sep and label in {"From", "To", "Subject", "No. prev. doc."}:
                line = f"{label}:\t{value}"
            lines.append(line)
        text = "\n".join(lines)
        out.append(replace(block, text=text, kind="row" if "\t" in text else block.kind))
    return out


def _label_cells_apart(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """Label and value in two blocks ("From:" then "General Secretariat ...")."""
    out: list[SourceBlock] = []
    for block in blocks:
        label, sep, value = block.text.partition(":\t")
        if sep and "\n" not in block.text:
            out += [SourceBlock(f"{label}:"), SourceBlock(value)]
        else:
            out.append(block)
    return out


def _headings_for_items(blocks: list[SourceBlock]) -> list[SourceBlock]:
    return [
        replace(b, kind="heading", bold=True, level=2)
        if re.match(r"^\d\. ", b.text) and len(b.text) < 120
        else b
        for b in blocks
    ]


def _date_and_language_on_one_line(blocks: list[SourceBlock]) -> list[SourceBlock]:
    return [replace(b, text=b.text.replace("\n(OR. en)", " (OR. en)")) for b in blocks]


def _with_page_furniture(blocks: list[SourceBlock]) -> list[SourceBlock]:
    out: list[SourceBlock] = []
    for index, block in enumerate(blocks):
        out.append(block)
        if index and index % 9 == 0 and index > 12:
            out += [SourceBlock(f"9278/18 MC/mj {index // 9}"), SourceBlock("JAI.1 LIMITE EN")]
    return out


@pytest.mark.parametrize(
    "reshape",
    [
        lambda b: _split_header_lines(b, 12),
        lambda b: _as_rows(_split_header_lines(b, 12)),
        lambda b: _label_cells_apart(_as_rows(_split_header_lines(b, 12))),
        _headings_for_items,
        _date_and_language_on_one_line,
        _with_page_furniture,
    ],
    ids=["lines", "rows", "label-cells", "headings", "date-language", "furniture"],
)
@pytest.mark.parametrize("seed", ["seed_002", "seed_003", "seed_004"])
def test_block_boundaries_do_not_change_the_record(
    seed: str, reshape, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(seed)
    blocks = read_blocks(path)
    # where the marking was found depends on the block layout; the marking itself does not
    expected = extract_outcome(blocks, "x", "0").model_dump(exclude={"marking_found"})
    reshaped = extract_outcome(reshape(blocks), "x", "0")
    assert reshaped.model_dump(exclude={"marking_found"}) == expected


def _write_council_docx(blocks: list[SourceBlock], out: Path) -> None:
    """A DOCX laid out like a Council document: header tables, heading items, italic run-ins."""
    import docx

    document = docx.Document()
    summary_at = next(i for i, b in enumerate(blocks) if b.text.startswith(("Summary", "Résumé")))
    lines = [line for b in blocks[:summary_at] for line in b.text.split("\n") if line]
    letterhead = document.add_table(rows=0, cols=2)
    labels = document.add_table(rows=0, cols=2)
    left: list[str] = []
    for line in lines:
        label = re.match(
            r"^(From|To|Subject|No\. prev\. doc\.|Origine|Destinataire|Objet|N° doc\. préc\.):\s*(.*)$",
            line.replace("\t", " "),
        )
        if label:
            cells = labels.add_row().cells
            cells[0].text, cells[1].text = f"{label.group(1)}:", label.group(2)
        elif line in {"Council of the", "European Union", "Conseil de", "l'Union européenne"}:
            left.append(line)
        else:
            cells = letterhead.add_row().cells
            cells[0].text, cells[1].text = "\n".join(left), line
            left = []
    for block in blocks[summary_at:]:
        if block.kind == "rule":
            continue
        if re.match(r"^\d\. ", block.text):
            document.add_heading(block.text, level=2)
            continue
        paragraph = document.add_paragraph()
        position = 0
        for span in block.italic:
            found = block.text.find(span, position)
            paragraph.add_run(block.text[position:found])
            paragraph.add_run(span).italic = True
            position = found + len(span)
        paragraph.add_run(block.text[position:]).bold = bool(re.match(r"^[a-z]\) ", block.text))
    document.save(str(out))


def test_same_record_from_a_council_docx(tmp_path: Path) -> None:
    bundled = ROOT / "seeds" / "outcomes"
    sources = sorted(bundled.glob("*.txt")) if bundled.is_dir() else []
    if not sources:
        pytest.skip("bundled outcomes not available")
    for source in sources:
        out = tmp_path / f"{source.stem}.docx"
        _write_council_docx(read_blocks(source), out)
        ignored = {"source", "sha256", "marking_found"}  # a line number in one, a part in the other
        expected = read_outcome(source).model_dump(exclude=ignored)
        assert read_outcome(out).model_dump(exclude=ignored) == expected
        assert read_blocks(out)[0].kind == "row"  # the header really came as table rows


# ---------------------------------------------------------------- meeting subjects


@pytest.mark.parametrize(
    ("subject", "title", "place", "start", "end"),
    [
        (SUBJECT_002, MINISTERIAL, "Sofia", D(2018, 5, 22), D(2018, 5, 23)),
        (SUBJECT_003, MINISTERIAL, "Valletta", D(2017, 6, 15), D(2017, 6, 16)),
        (
            SUBJECT_004.replace("16-17", "16–17"),  # en dash
            SENIOR_OFFICIALS,
            "Stockholm",
            D(2023, 3, 16),
            D(2023, 3, 17),
        ),
        (
            "Outcome of proceedings of the EU-Japan Cyber Dialogue (Brussels, 5 December 2019)",
            "EU-Japan Cyber Dialogue",
            "Brussels",
            D(2019, 12, 5),
            D(2019, 12, 5),
        ),
        (
            "Outcome of proceedings of the EU-US Senior Officials Meeting"
            " (Helsinki, 30 June-1 July 2019)",
            "EU-US Senior Officials Meeting",
            "Helsinki",
            D(2019, 6, 30),
            D(2019, 7, 1),
        ),
        (
            "Outcome of the EU-US Ministerial Meeting (Zagreb, 31 December 2019 – 1 January 2020)",
            "EU-US Ministerial Meeting",
            "Zagreb",
            D(2019, 12, 31),
            D(2020, 1, 1),
        ),
        (
            "Outcome of proceedings of the Working Party on Terrorism (22 May 2018)",
            "Working Party on Terrorism",
            None,
            D(2018, 5, 22),
            D(2018, 5, 22),
        ),
        (
            "Outcome of proceedings of the Working Party on Terrorism",
            "Working Party on Terrorism",
            None,
            None,
            None,
        ),
        (
            # a meeting held online names its format where the place stands, in lower case
            "Outcome of the EU-US JHA Ministerial Meeting (videoconference, 28 May 2020)",
            "EU-US JHA Ministerial Meeting",
            "videoconference",
            D(2020, 5, 28),
            D(2020, 5, 28),
        ),
        (
            "Outcome of proceedings of the EU-Western Balkans Forum (Videoconference, 22 October 2020)",
            "EU-Western Balkans Forum",
            "videoconference",
            D(2020, 10, 22),
            D(2020, 10, 22),
        ),
        (
            "Outcome of the EU-US Senior Officials Meeting (by video conference, 3-4 June 2021)",
            "EU-US Senior Officials Meeting",
            "video conference",
            D(2021, 6, 3),
            D(2021, 6, 4),
        ),
        (
            # ... or after the title, "held by" before it (blind84)
            "Outcome of the EU-US meeting of senior officials held by videoconference on "
            "23 February 2021",
            "EU-US meeting of senior officials",
            "videoconference",
            D(2021, 2, 23),
            D(2021, 2, 23),
        ),
        (
            # a qualifier after the place that follows the date; the body names the meeting
            # (blind88)
            "Groupe « JAI-RELEX » (JAIEX), réunion du 28 avril 2015 à Bruxelles: résultats des "
            "travaux",
            "Groupe « JAI-RELEX » (JAIEX)",
            "Bruxelles",
            D(2015, 4, 28),
            D(2015, 4, 28),
        ),
        (
            "JAIEX Working Party meeting of 28 April 2015 in Brussels - outcome",
            "JAIEX Working Party meeting",
            "Brussels",
            D(2015, 4, 28),
            D(2015, 4, 28),
        ),
        (
            "Réunion UE-Canada JAI tenue par visioconférence le 4 mars 2021",
            "Réunion UE-Canada JAI",
            "visioconférence",
            D(2021, 3, 4),
            D(2021, 3, 4),
        ),
        (
            "Résultats des travaux de la réunion UE-Ukraine (visioconférence, 11 mars 2021)",
            "réunion UE-Ukraine",
            "visioconférence",
            D(2021, 3, 11),
            D(2021, 3, 11),
        ),
        (
            "Réunion UE-Canada JAI (vidéoconférence, 4 mars 2021) - Résultats des travaux",
            "Réunion UE-Canada JAI",
            "vidéoconférence",
            D(2021, 3, 4),
            D(2021, 3, 4),
        ),
        (
            "Réunion UE-Japon (en vidéoconférence, 5 mai 2021)",
            "Réunion UE-Japon",
            "vidéoconférence",
            D(2021, 5, 5),
            D(2021, 5, 5),
        ),
        (
            "EU-Canada JHA Dialogue, videoconference, 2 February 2021",
            "EU-Canada JHA Dialogue",
            "videoconference",
            D(2021, 2, 2),
            D(2021, 2, 2),
        ),
        (
            # a lower-case word that is no format is still no place
            "Outcome of the Cyber Dialogue (informal, 2 February 2021)",
            "Cyber Dialogue",
            None,
            D(2021, 2, 2),
            D(2021, 2, 2),
        ),
        (
            # a body's acronym in brackets before the place (blind38)
            "Working Party on JHA-RELEX (JAIEX), Brussels, 23 May 2023 - Outcome of proceedings",
            "Working Party on JHA-RELEX (JAIEX)",
            "Brussels",
            D(2023, 5, 23),
            D(2023, 5, 23),
        ),
        (
            "Comité permanent de coopération opérationnelle (COSI), Bruxelles, 4 mars 2024",
            "Comité permanent de coopération opérationnelle (COSI)",
            "Bruxelles",
            D(2024, 3, 4),
            D(2024, 3, 4),
        ),
        (
            # the place after the date, in French as in English (blind76)
            "Résultats des travaux du groupe « JAI-RELEX » (JAIEX) du 10 mai 2022 à Bruxelles",
            "groupe « JAI-RELEX » (JAIEX)",
            "Bruxelles",
            D(2022, 5, 10),
            D(2022, 5, 10),
        ),
        (
            "Outcome of the meeting of COSI on 19 June 2018 in Brussels",
            "meeting of COSI",
            "Brussels",
            D(2018, 6, 19),
            D(2018, 6, 19),
        ),
        (
            # the place after a spaced dash (blind77); never a name that is not a place
            "Senior Officials Meeting EU-US (JHA) - Luxembourg, 24 and 25 November 2015",
            "Senior Officials Meeting EU-US (JHA)",
            "Luxembourg",
            D(2015, 11, 24),
            D(2015, 11, 25),
        ),
        (
            "EU-US Meeting - Justice and Home Affairs, 5 May 2015",
            "EU-US Meeting - Justice and Home Affairs",
            None,
            D(2015, 5, 5),
            D(2015, 5, 5),
        ),
        (
            "EU-Canada JHA Dialogue, Ottawa, 30 February 2019",
            "EU-Canada JHA Dialogue",
            "Ottawa",
            None,
            None,
        ),
        # what the meeting was for, after its place and dates (blind115)
        (
            "Working Party on JHA-RELEX (JAIEX), Brussels, 22 November 2022: preparation of the "
            "EU-US JHA Ministerial Meeting",
            "Working Party on JHA-RELEX (JAIEX)",
            "Brussels",
            D(2022, 11, 22),
            D(2022, 11, 22),
        ),
        (
            "Réunion du groupe « JAI-RELEX » (JAIEX) (Bruxelles, 16 avril 2024) - préparation de "
            "la réunion ministérielle UE-États-Unis de juin",
            "Réunion du groupe « JAI-RELEX » (JAIEX)",
            "Bruxelles",
            D(2024, 4, 16),
            D(2024, 4, 16),
        ),
        (
            "COSI Support Group, Brussels, 3 and 4 March 2025 - follow-up of the Warsaw actions",
            "COSI Support Group",
            "Brussels",
            D(2025, 3, 3),
            D(2025, 3, 4),
        ),
    ],
)
def test_parse_meeting(
    subject: str, title: str, place: str | None, start: D | None, end: D | None
) -> None:
    meeting = parse_meeting(subject)
    assert meeting is not None
    assert (meeting.title, meeting.place, meeting.start, meeting.end) == (title, place, start, end)


# Document-type words before the meeting's name name the document, not the meeting.
@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Record of the EU-US JHA Senior Officials Meeting", "EU-US JHA Senior Officials Meeting"),
        ("Account of the EU-US JHA Ministerial Meeting", "EU-US JHA Ministerial Meeting"),
        ("Summary of the meeting of the EU-US Cyber Dialogue", "EU-US Cyber Dialogue"),
        ("Main results of the EU-Japan Cyber Dialogue", "EU-Japan Cyber Dialogue"),
        ("Results of the EU-Canada JHA Dialogue", "EU-Canada JHA Dialogue"),
        ("Report from the EU-Western Balkans Forum", "EU-Western Balkans Forum"),
        ("Note on the EU-US JHA Ministerial Meeting", "EU-US JHA Ministerial Meeting"),
        (
            "Compte rendu du Forum ministériel UE-Balkans occidentaux",
            "Forum ministériel UE-Balkans occidentaux",
        ),
        (
            "Compte rendu de la réunion du sous-comité UE-Géorgie « Justice, liberté et sécurité »",
            "réunion du sous-comité UE-Géorgie « Justice, liberté et sécurité »",
        ),
        (
            # only the document's words go: "réunion des hauts fonctionnaires" is the meeting
            "Résultats de la réunion des hauts fonctionnaires UE-États-Unis",
            "réunion des hauts fonctionnaires UE-États-Unis",
        ),
        ("Résultats de la réunion du Dialogue UE-Canada", "Dialogue UE-Canada"),
        (
            "Procès-verbal de la réunion du groupe « Terrorisme »",
            "réunion du groupe « Terrorisme »",
        ),
        (
            "Relevé des conclusions de la réunion ministérielle UE-Ukraine",
            "réunion ministérielle UE-Ukraine",
        ),
    ],
)
@pytest.mark.parametrize("where", [" (Prague, 27-28 January 2009)", " (Paris, 3 mars 2020)", ""])
def test_document_type_words_are_not_the_meeting_title(
    subject: str, title: str, where: str
) -> None:
    meeting = parse_meeting(subject + where)
    assert meeting is not None and meeting.title == title


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        # "meeting of" a body stays: the Committee is no meeting name of its own
        (
            "Outcome of the meeting of the EU-UK Specialised Committee on Law Enforcement",
            "meeting of the EU-UK Specialised Committee on Law Enforcement",
        ),
        (
            "Outcome of the ministerial meeting of the EU Support Hub in Moldova",
            "ministerial meeting of the EU Support Hub in Moldova",
        ),
        (
            "Outcome of the High-Level Meeting of the EU-CELAC Mechanism",
            "High-Level Meeting of the EU-CELAC Mechanism",
        ),
        ("Résultats des travaux du groupe « JAI-RELEX » (JAIEX)", "groupe « JAI-RELEX » (JAIEX)"),
        ("Réunion du sous-comité UE-Géorgie", "Réunion du sous-comité UE-Géorgie"),
        # the document's words and a dash before the meeting's name (blind107)
        (
            "Résultats des travaux - Réunion des hauts fonctionnaires UE-États-Unis JAI",
            "Réunion des hauts fonctionnaires UE-États-Unis JAI",
        ),
        ("Outcome - EU-US JHA Senior Officials Meeting", "EU-US JHA Senior Officials Meeting"),
    ],
)
def test_the_meeting_s_own_name_is_kept(subject: str, title: str) -> None:
    meeting = parse_meeting(f"{subject} (Brussels, 4 June 2025)")
    assert meeting is not None and meeting.title == title


# A qualifier after the place and dates says what the document is; the meeting is before it.
@pytest.mark.parametrize(
    ("subject", "title", "place", "start", "end"),
    [
        (
            "EU-US Justice and Home Affairs Senior Officials Meeting (Washington, 4-5 November 2025)"
            ": outcome",
            "EU-US Justice and Home Affairs Senior Officials Meeting",
            "Washington",
            D(2025, 11, 4),
            D(2025, 11, 5),
        ),
        (
            "EU-US Justice and Home Affairs Ministerial Meeting (Washington, 8-9 November 2018)"
            ": account of the discussions",
            "EU-US Justice and Home Affairs Ministerial Meeting",
            "Washington",
            D(2018, 11, 8),
            D(2018, 11, 9),
        ),
        (
            "EU-Japan Cyber Dialogue, Tokyo, 3 May 2019 – outcome of proceedings",
            "EU-Japan Cyber Dialogue",
            "Tokyo",
            D(2019, 5, 3),
            D(2019, 5, 3),
        ),
        (
            "Réunion des hauts fonctionnaires UE-États-Unis (Bruxelles, 3 mars 2020) : résultats",
            "Réunion des hauts fonctionnaires UE-États-Unis",
            "Bruxelles",
            D(2020, 3, 3),
            D(2020, 3, 3),
        ),
        (
            "Dialogue UE-Canada (Ottawa, 4 novembre 2021) : compte rendu des discussions",
            "Dialogue UE-Canada",
            "Ottawa",
            D(2021, 11, 4),
            D(2021, 11, 4),
        ),
        (
            "EU-US JHA Senior Officials meeting held in Brussels on 24 November 2015"
            ": outcome of proceedings",
            "EU-US JHA Senior Officials meeting",
            "Brussels",
            D(2015, 11, 24),
            D(2015, 11, 24),
        ),
        (
            "Réunion des hauts fonctionnaires UE-États-Unis tenue à Bruxelles le 24 novembre 2015"
            " : résultats des travaux",
            "Réunion des hauts fonctionnaires UE-États-Unis",
            "Bruxelles",
            D(2015, 11, 24),
            D(2015, 11, 24),
        ),
        (
            "Réunion des hauts fonctionnaires UE-États-Unis tenue à Bruxelles le 24 novembre 2015",
            "Réunion des hauts fonctionnaires UE-États-Unis",
            "Bruxelles",
            D(2015, 11, 24),
            D(2015, 11, 24),
        ),
        # a comma inside the body's name, the place after a spaced dash (blind97)
        (
            "EU-Ukraine Subcommittee on Justice, Freedom and Security – Kyiv, 14 May 2024",
            "EU-Ukraine Subcommittee on Justice, Freedom and Security",
            "Kyiv",
            D(2024, 5, 14),
            D(2024, 5, 14),
        ),
        # ... or before "held in" (blind110)
        (
            "Meeting of the EU-Ukraine Subcommittee on Justice, Freedom and Security held in Lviv "
            "on 17 March 2026",
            "Meeting of the EU-Ukraine Subcommittee on Justice, Freedom and Security",
            "Lviv",
            D(2026, 3, 17),
            D(2026, 3, 17),
        ),
        # ... and "held on" before the date goes with the date (blind111)
        (
            "Meeting of the Horizontal Working Party on Drugs held on 20 September 2017 in "
            "Brussels",
            "Meeting of the Horizontal Working Party on Drugs",
            "Brussels",
            D(2017, 9, 20),
            D(2017, 9, 20),
        ),
        # the place in brackets after the dates (blind99)
        (
            "Outcome of the meeting of the JAIEX Working Party of 25 June 2013 (Brussels)",
            "meeting of the JAIEX Working Party",
            "Brussels",
            D(2013, 6, 25),
            D(2013, 6, 25),
        ),
        (
            "EU-US JHA SOM of 3 May 2021 (videoconference)",
            "EU-US JHA SOM",
            "videoconference",
            D(2021, 5, 3),
            D(2021, 5, 3),
        ),
        # the author before the document's words (blind106)
        (
            "Informal meeting of Home Affairs Ministers, Riga, 29-30 January 2015 - Presidency "
            "account of the discussions",
            "Informal meeting of Home Affairs Ministers",
            "Riga",
            D(2015, 1, 29),
            D(2015, 1, 30),
        ),
        (
            "EU-Japan JHA Dialogue, Tokyo, 12 March 2019: Chair's summary",
            "EU-Japan JHA Dialogue",
            "Tokyo",
            D(2019, 3, 12),
            D(2019, 3, 12),
        ),
        # ... and what is no place stays out of the meeting's
        (
            "EU-US JHA SOM of 3 May 2013 (dinner)",
            "EU-US JHA SOM",
            None,
            D(2013, 5, 3),
            D(2013, 5, 3),
        ),
    ],
)
def test_qualifier_after_the_dates(
    subject: str, title: str, place: str | None, start: D, end: D
) -> None:
    meeting = parse_meeting(subject)
    assert meeting is not None
    assert (meeting.title, meeting.place, meeting.start, meeting.end) == (title, place, start, end)


# ... and the same words before the place and dates
@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("CATS: outcome of the meeting (Brussels, 10 November 2016)", "CATS"),
        (
            "Working Party on Terrorism (TWP): summary of discussions (Brussels, 24 November 2015)",
            "Working Party on Terrorism (TWP)",
        ),
        (
            "EU-US Senior Officials Meeting: outcome of the discussions (videoconference, 21 "
            "October 2025)",
            "EU-US Senior Officials Meeting",
        ),
        (
            "Réunion des hauts fonctionnaires UE-États-Unis - compte rendu (Washington, 17-18 "
            "octobre 2023)",
            "Réunion des hauts fonctionnaires UE-États-Unis",
        ),
        # a name that goes on after its colon keeps it
        ("EU-US Ministerial: Justice and Home Affairs (Sofia, 22 May 2018)",
         "EU-US Ministerial: Justice and Home Affairs"),
    ],
)  # fmt: skip
def test_document_words_closing_the_meeting_s_name(subject: str, title: str) -> None:
    meeting = parse_meeting(subject)
    assert meeting is not None and meeting.title == title


@pytest.mark.parametrize(
    "subject",
    [
        "Cyber Dialogue (Ottawa, 1-2 April 2019): outcome",
        "Dialogue cyber (Ottawa, 1er-2 avril 2019) : résultats",
    ],
)
def test_text_under_a_subject_with_a_qualifier_is_not_the_subject(subject: str) -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")
    blocks[5:10] = [
        SourceBlock(
            "OUTCOME OF PROCEEDINGS\nFrom: Presidency\nTo: Delegations\n"
            f"Subject: {subject}\nThe delegations of both sides met for the fifth time."
        )
    ]
    record = extract_outcome(blocks, "x.pdf", "0" * 64)
    assert record.subject == subject
    assert record.participants == ["The delegations of both sides met for the fifth time."]
    assert record.meeting is not None and record.meeting.start == D(2019, 4, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 December 2019", (D(2019, 12, 5), D(2019, 12, 5))),
        ("22 - 23 May 2018", (D(2018, 5, 22), D(2018, 5, 23))),
        ("11 mars 2021", (D(2021, 3, 11), D(2021, 3, 11))),
        ("23-22 May 2018", None),
        ("May 2018", None),
    ],
)
def test_parse_date_range(text: str, expected: tuple[D, D] | None) -> None:
    assert parse_date_range(text) == expected


# ---------------------------------------------------------------- CLI


def _packgen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packgen", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_cli_parse_json_contract(seed_002: Path) -> None:
    result = _packgen("parse", str(seed_002), "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    contract = {
        "number", "date", "place", "language", "marking", "subject_codes", "doc_type", "from",
        "to", "prev_docs", "subject", "summary", "meeting", "items", "annex",
    }  # fmt: skip
    assert contract <= set(payload)
    # the values themselves: tests/fixtures/extract/shared/002.json
    assert set(payload["items"][0]) == {"number", "title", "text", "subitems"}
    assert set(payload["items"][0]["subitems"][0]) == {"label", "title", "text"}
    assert payload["annex"]["title"].startswith("Joint EU-U.S. statement")
    assert OutcomeRecord.model_validate(payload) == read_outcome(seed_002)


def test_cli_parse_three_files_prints_a_list(
    seed_002: Path, seed_003: Path, seed_004: Path
) -> None:
    result = _packgen("parse", str(seed_002), str(seed_003), str(seed_004), "--json")
    assert result.returncode == 0, result.stderr
    assert [r["number"] for r in json.loads(result.stdout)] == ["9278/18", "10483/17", "7725/23"]


def test_cli_parse_text_without_header_exits_2(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Minutes\n\nPeople met and talked about migration for an hour.\n")
    result = _packgen("parse", str(notes), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"packgen: {notes}: not an outcome of proceedings (no Council header block)"
    ]


def test_cli_parse_classified_source_exits_2(tmp_path: Path) -> None:
    source = tmp_path / "restricted.txt"
    source.write_text("Brussels, 3 April 2019\n\n8123/19\n\nRESTREINT UE/EU RESTRICTED\n")
    result = _packgen("parse", str(source))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"packgen: {source}: classified marking 'RESTREINT UE/EU RESTRICTED' (line 5):"
        " packgen does not process classified documents"
    ]


# ---------------------------------------------------------------- robustness


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_arbitrary_text_raises_only_input_errors(text: str) -> None:
    header = "Brussels, 3 April 2019\n(OR. en)\n\n8123/19\n\nLIMITE\n\nCYBER 12\n\n"
    for source in (text, header + text):
        with contextlib.suppress(InputError):
            extract_outcome(read_text(source.encode("utf-8"), Path("x.txt")), "x.txt", "0" * 64)


_LINE = st.sampled_from(
    [
        "Council of the",
        "European Union",
        "LIMITE",
        "Brussels, 31 May 2018",
        "PUBLIC",
        "9278/18",
        "(OR. en)",
        "JAIEX 54",
        "OUTCOME OF PROCEEDINGS",
        "From:\tPresidency",
        "Subject: Outcome of the EU-US meeting (Sofia, 30 June-1 July 2019)",
        "Summary",
        "Summary: short",
        "1. Migration",
        "2) Visas",
        "a) Borders",
        "ANNEX",
        "Oslo, 2 May 2020",
        "Joint statement",
        "No. prev. doc.:",
    ]
) | st.text(max_size=40)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.builds(
            SourceBlock,
            text=st.lists(_LINE, min_size=1, max_size=4).map("\n".join),
            kind=st.sampled_from(["paragraph", "heading", "rule", "row"]),
            italic=st.lists(st.text(max_size=12), max_size=2).map(tuple),
            bold=st.booleans(),
        ),
        max_size=25,
    )
)
def test_arbitrary_blocks_raise_only_input_errors(blocks: list[SourceBlock]) -> None:
    with contextlib.suppress(InputError):
        extract_outcome(blocks, "x.txt", "0" * 64)


# ---------------------------------------------------------------- the register's variety (issue 12)

EU_DATE_LINES = [
    ("Bryssel den 9 juni 2011", "Bryssel", D(2011, 6, 9)),
    ("Bruxelles, le 1er juin 2011", "Bruxelles", D(2011, 6, 1)),
    ("Brüssel, den 9. Juni 2011", "Brüssel", D(2011, 6, 9)),
    ("Bruselas, 9 de junio de 2011", "Bruselas", D(2011, 6, 9)),
    ("Bruxelas, 9 de junho de 2011", "Bruxelas", D(2011, 6, 9)),
    ("Brussels, 9th June 2011 (14.6)", "Brussels", D(2011, 6, 9)),
    ("Brussels, 22nd May 2018", "Brussels", D(2018, 5, 22)),
    ("Brüsszel, 2011. június 9.", "Brüsszel", D(2011, 6, 9)),
    ("Briuselis, 2011 m. birželio 9 d.", "Briuselis", D(2011, 6, 9)),
    ("Briselē, 2011. gada 9. jūnijs", "Briselē", D(2011, 6, 9)),
    ("Brussel, 9 ta' Ġunju 2011", "Brussel", D(2011, 6, 9)),
    ("An Bhruiséil, 9 Meitheamh 2011", "An Bhruiséil", D(2011, 6, 9)),
    ("An Bhruiséil, 7 Meán Fómhair 2021", "An Bhruiséil", D(2021, 9, 7)),  # a two-word month
    ("Βρυξέλλες, 9 Ιουνίου 2011", "Βρυξέλλες", D(2011, 6, 9)),
    ("Брюксел, 9 юни 2011 г.", "Брюксел", D(2011, 6, 9)),
    # "listopad" is November in Polish and Czech, October in Croatian: the line decides
    ("Bruksela, 9 listopada 2011 r.", "Bruksela", D(2011, 11, 9)),
    ("Bruxelles, 9. listopada 2011.", "Bruxelles", D(2011, 10, 9)),
]


@pytest.mark.parametrize(("line", "place", "date"), EU_DATE_LINES)
def test_date_lines_of_the_language_versions(line: str, place: str, date: D) -> None:
    record = extract_outcome(_outcome(line, "(OR. en)", "8123/19", "LIMITE"), "x", "0" * 64)
    assert (record.place, record.date, record.language) == (place, date, "en")
    assert record.warnings == ["no subject codes found"]


def test_every_official_language_through_babel() -> None:
    from babel.dates import format_date

    from packgen.eudates import EU_LOCALES

    for locale in EU_LOCALES:
        for day in (D(2011, 6, 9), D(2024, 2, 29), D(2019, 11, 30)):
            line = f"Brussels, {format_date(day, 'long', locale=locale)}"
            header = _outcome(line, "(OR. fr)", "8123/19", "LIMITE", "CYBER 1")
            record = extract_outcome(header, "x", "0" * 64)
            assert (record.date, record.place) == (day, "Brussels"), (locale, line)


@pytest.mark.parametrize(
    ("word", "month"),
    [("June", 6), ("juin", 6), ("Juni", 6), ("décembre", 12), ("May", 5), ("Set", None),
     ("Out", None), ("Mar", None), ("listopad", None), ("Ministers", None)],
)  # fmt: skip
def test_month_names_in_running_text(word: str, month: int | None) -> None:
    # full names only: an abbreviation ("Set", "Out") is a word in prose, and "listopad" is
    # October in Croatian but November in Czech and Polish
    from packgen.eudates import prose_month

    assert prose_month(word) == month


def test_language_glued_to_a_foreign_date_line() -> None:
    blocks = _outcome("Council of the\tBryssel den 9 juni 2011 (OR. sv)", "8123/19", "LIMITE")
    record = extract_outcome(blocks, "x.pdf", "0" * 64)
    assert (record.date, record.language) == (D(2011, 6, 9), "sv")


def test_unreadable_date_is_a_warning_not_a_refusal() -> None:
    blocks = _outcome("Brussels, 31 Febtober 2018", "(OR. en)", "8123/18", "LIMITE", "CYBER 1")
    record = extract_outcome(blocks, "x.txt", "0" * 64)
    assert (record.place, record.date, record.number) == ("Brussels", None, "8123/18")
    assert record.warnings == ["unreadable date '31 Febtober 2018'", "no date found"]
    assert [i.title for i in record.items] == ["Ransomware"]


def test_suffix_under_the_number_in_a_two_column_header() -> None:
    blocks = [
        SourceBlock("Council of the\tBrussels, 5 June 2018\nEuropean Union\t(OR. en)", kind="row"),
        SourceBlock("9278/1/18\tJAIEX 54\nREV 1\tRELEX 448\nADD 2\tUSA 18", kind="row"),
        *_outcome()[:-2],
        SourceBlock("1. Ransomware"),
        SourceBlock("Experts listed recent attacks on hospitals."),
    ]
    record = extract_outcome(blocks, "x.pdf", "0" * 64)
    assert record.number == "9278/1/18 REV 1 ADD 2"
    assert record.subject_codes == ["JAIEX 54", "RELEX 448", "USA 18"]


def test_interinstitutional_file_before_limite() -> None:
    for layout in (
        ["Interinstitutional File:", "2018/0108 (COD)", "LIMITE"],
        ["Interinstitutional File:\n2018/0108 (COD)\nLIMITE"],
        ["Interinstitutional File: 2018/0108(COD)", "LIMITE"],
    ):
        blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", *layout, "CYBER 12")
        record = extract_outcome(blocks, "x.txt", "0" * 64)
        assert (record.marking, record.subject_codes, record.doc_type) == (
            "LIMITE",
            ["CYBER 12"],
            "OUTCOME OF PROCEEDINGS",
        ), layout
        assert record.from_ == "General Secretariat of the Council"
        assert record.warnings == []


@pytest.mark.parametrize(
    "stamp",
    [
        ["DOCUMENT PARTIALLY ACCESSIBLE TO THE\nPUBLIC (12.10.2018)"],
        ["DOCUMENT PARTIALLY ACCESSIBLE TO THE", "PUBLIC (12.10.2018)"],
        ["DOCUMENT PARTIALLY\nACCESSIBLE TO\nTHE PUBLIC (12.10.2018)"],
    ],
)
def test_wrapped_overstamp_keeps_the_rest_of_the_header(stamp: list[str]) -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", *stamp, "LIMITE", "CYBER 1")
    record = extract_outcome(blocks, "x.txt", "0" * 64)
    assert record.marking == "PUBLIC"
    assert record.doc_type == "OUTCOME OF PROCEEDINGS"
    assert (record.from_, record.to) == ("General Secretariat of the Council", "Delegations")
    assert record.subject is not None and record.warnings == []


def test_old_subject_over_a_month_end() -> None:
    meeting = parse_meeting(
        "Outcome of proceedings of the EU-Canada Cyber Dialogue meeting on 30th (dinner) "
        "and 1st July 2010 in Valletta"
    )
    assert meeting is not None
    assert (meeting.place, meeting.start, meeting.end) == (
        "Valletta",
        D(2010, 6, 30),
        D(2010, 7, 1),
    )


def test_text_right_under_a_header_table_is_not_the_subject() -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")
    blocks[5:10] = [
        SourceBlock(
            "OUTCOME OF PROCEEDINGS\nFrom: Presidency\nTo: Delegations\n"
            "Subject: Outcome of proceedings of the Cyber Dialogue\n(Ottawa, 1-2 April 2019)\n"
            "The delegations of both sides met for the fifth time."
        )
    ]
    record = extract_outcome(blocks, "x.pdf", "0" * 64)
    assert record.subject == "Outcome of proceedings of the Cyber Dialogue (Ottawa, 1-2 April 2019)"
    assert record.participants == ["The delegations of both sides met for the fifth time."]
    assert [i.title for i in record.items] == ["Ransomware"]


def test_old_subject_with_ordinals_and_dinner() -> None:
    meeting = parse_meeting(
        "Outcome of proceedings of the EU-US JHA Ministerial Troika meeting on 13th (dinner) "
        "and 14th January 2005 in Luxembourg"
    )
    assert meeting is not None
    assert meeting.model_dump() == {
        "title": "EU-US JHA Ministerial Troika meeting",
        "place": "Luxembourg",
        "start": D(2005, 1, 13),
        "end": D(2005, 1, 14),
    }


@pytest.mark.parametrize(
    ("doc_type", "subject", "what"),
    [
        ("NOTE", "Speaking note for the Presidency on visa reciprocity", "a note"),
        (
            "BACKGROUND BRIEF",
            "EU-US Ministerial Meeting (Stockholm, 21 June 2023)",
            "a background brief",
        ),
        ("I/A ITEM NOTE", "Outcome of proceedings of the Cyber Dialogue", "an i/a item note"),
    ],
)
def test_non_outcome_is_decided_by_the_document_type(
    doc_type: str, subject: str, what: str
) -> None:
    blocks = [
        SourceBlock("Brussels, 3 April 2019\n(OR. en)"),
        SourceBlock("8123/19"),
        SourceBlock("LIMITE"),
        SourceBlock(doc_type),
        SourceBlock(f"From: Presidency\nTo: Delegations\nSubject: {subject}"),
        SourceBlock("Introduction", kind="heading", level=2),
        SourceBlock("1. Opening remarks"),
        SourceBlock("The Presidency will open the meeting."),
    ]
    with pytest.raises(NotAnOutcomeError) as caught:
        extract_outcome(blocks, "note.txt", "0" * 64)
    assert str(caught.value) == f"note.txt: not an outcome of proceedings ({what})"


def test_a_note_whose_subject_closes_on_outcome_is_an_outcome() -> None:
    # the pre-2010 "NOTE" with "... , Washington, 12 December 2011 - Outcome" (blind88)
    blocks = [
        SourceBlock("Brussels, 21 December 2011\n(OR. en)"),
        SourceBlock("18788/11"),
        SourceBlock("LIMITE"),
        SourceBlock("NOTE"),
        SourceBlock(
            "From: Presidency\nTo: Delegations\nSubject: EU-US Justice and Home Affairs "
            "Ministerial Meeting, Washington, 12 December 2011 - Outcome"
        ),
        SourceBlock("1. Opening"),
        SourceBlock("The Presidency opened the meeting."),
    ]
    record = extract_outcome(blocks, "note.txt", "0" * 64)
    assert record.meeting is not None
    assert (record.meeting.title, record.meeting.place) == (
        "EU-US Justice and Home Affairs Ministerial Meeting",
        "Washington",
    )
    assert record.meeting.start == D(2011, 12, 12)
    assert [i.title for i in record.items] == ["Opening"]


def test_one_page_footers_with_any_initials_are_dropped() -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")
    for footer in (
        "8123/19\tWvdR/kve\t1\nJAI.1\tLIMITE\tEN",
        "8123/19 lby/GBK/mm 1 DG D 2C LIMITE FR",
        "8123/19 REV 1 ptr/LM/hb 1/1 DGD 1C EN",
        "8123/19 REV 1\t1/1\nACA/mr\nJAI.1\tEN",  # no marking: the initials box sits apart
    ):
        record = extract_outcome([*blocks, SourceBlock(footer)], "x.pdf", "0" * 64)
        assert record.items[0].text == "Experts listed recent attacks on hospitals.", footer
    words = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")
    record = extract_outcome(
        [*words, SourceBlock("and/or"), SourceBlock("EU/US")], "x.txt", "0" * 64
    )
    assert record.items[0].text.endswith("hospitals.\n\nand/or\n\nEU/US")


def test_headings_glued_to_the_lines_around_them() -> None:
    blocks = _outcome("Brussels, 3 April 2019", "(OR. en)", "8123/19", "LIMITE", "CYBER 12")[:-2]
    blocks += [
        SourceBlock("The Presidency opened the meeting."),
        SourceBlock("HOME AFFAIRS\n1. Counter-terrorism\nThreats were reviewed."),
        SourceBlock("The experts will meet again next autumn.\n2. Next meeting"),
        SourceBlock("In Ottawa, in the spring."),
    ]
    record = extract_outcome(blocks, "x.pdf", "0" * 64)
    assert record.participants == ["The Presidency opened the meeting.", "HOME AFFAIRS"]
    assert [(i.number, i.title, i.text) for i in record.items] == [
        (
            "1",
            "Counter-terrorism",
            "Threats were reviewed.\n\nThe experts will meet again next autumn.",
        ),
        ("2", "Next meeting", "In Ottawa, in the spring."),
    ]


def test_a_heading_right_above_its_bullets_is_a_heading() -> None:
    # notes' style: an item's and a sub-item's title with its bullets under it, no blank line
    # between (blind181)
    blocks = _outcome("Brussels, 8 March 2013", "(OR. en)", "6123/13", "LIMITE", "CYBER 5")[:-2]
    blocks += [
        SourceBlock("1. Cybercrime"),
        SourceBlock(
            "(a) Cybersecurity strategies\n- COM: the EU strategy of 7 February.\n- US: no law yet."
        ),
        SourceBlock("(b) EC3\n• EC3 open since 11 January."),
        SourceBlock("2. AOB\n- Next SOM: Dublin, 9-10 April."),
    ]
    record = extract_outcome(blocks, "x.txt", "0" * 64)
    assert [(i.number, i.title) for i in record.items] == [("1", "Cybercrime"), ("2", "AOB")]
    assert [(s.label, s.title, s.text) for s in record.items[0].subitems] == [
        (
            "a",
            "Cybersecurity strategies",
            "- COM: the EU strategy of 7 February. - US: no law yet.",
        ),
        ("b", "EC3", "• EC3 open since 11 January."),
    ]
    assert record.items[1].text == "- Next SOM: Dublin, 9-10 April."


def test_a_heading_right_above_its_first_numbered_paragraph_is_a_heading() -> None:
    # the General Secretariat's numbered paragraphs: "1. Title" over "1.1 ...", no blank line
    # between (blind208's drafts read with no item at all before)
    blocks = _outcome("Brussels, 28 May 2013", "(OR. en)", "9123/13", "LIMITE", "JAIEX 40")[:-2]
    blocks += [
        SourceBlock(
            "1. Opening\n1.1 The Presidency welcomed the US delegation.\n1.2 Agenda adopted."
        ),
        SourceBlock("2. Cybercrime\n2.1 Both sides reviewed the Budapest Convention."),
    ]
    record = extract_outcome(blocks, "x.txt", "0" * 64)
    assert [(i.number, i.title) for i in record.items] == [("1", "Opening"), ("2", "Cybercrime")]
    assert record.items[0].text == (
        "1.1 The Presidency welcomed the US delegation. 1.2 Agenda adopted."
    )
    assert record.items[1].text == "2.1 Both sides reviewed the Budapest Convention."
    assert record.warnings == []


def test_history_cites_english_and_french_outcomes(tmp_path: Path) -> None:
    """A corpus may mix languages: the bundled topics' French aliases bring the French outcome in."""
    done = subprocess.run(
        [sys.executable, "-m", "packgen", "history", "visa-reciprocity", "--json"]
        + ["--cache", str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=120,
    )
    cited = {entry["number"]: entry for entry in json.loads(done.stdout)}
    assert "9278/18" in cited and "11010/23" in cited


def test_the_older_french_header_labels_de_and_a() -> None:
    # the older French template labels the header "de :" / "à :" where the newer one has
    # "Origine :" / "Destinataire :" (blind99)
    blocks = [
        SourceBlock("Bruxelles, le 27 janvier 2010\n(OR. fr)"),
        SourceBlock("5799/10"),
        SourceBlock("LIMITE"),
        SourceBlock("JAIEX 6\nUSA 3"),
        SourceBlock("NOTE"),
        SourceBlock(
            "de : Présidence\nà : Délégations\n"
            "Objet : Groupe JAIEX (Bruxelles, 19 janvier 2010) - résultats des travaux"
        ),
        SourceBlock("1. Programme de la présidence"),
        SourceBlock("La présidence a exposé ses priorités."),
    ]
    record = extract_outcome(blocks, "note-fr.txt", "0" * 64)
    assert (record.from_, record.to) == ("Présidence", "Délégations")
    assert record.meeting is not None
    assert (record.meeting.place, record.meeting.start) == ("Bruxelles", D(2010, 1, 19))
    assert record.warnings == []


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        (
            "EU-US JHA Senior Officials Meeting (Berlin, by videoconference, 1 December 2020)",
            "Berlin",
        ),
        (
            "EU-US JHA Senior Officials Meeting, Lisbon (by videoconference), 13 April 2021",
            "Lisbon",
        ),
        ("Réunion UE-États-Unis JAI (Lisbonne, par visioconférence, 4 février 2021)", "Lisbonne"),
        (
            "EU-US JHA Senior Officials Meeting (videoconference, 1 December 2020)",
            "videoconference",
        ),
        ("EU-US JHA Senior Officials Meeting (Berlin, 1 December 2020)", "Berlin"),
    ],
)
def test_a_meeting_held_online_is_placed_where_it_was_chaired_from(
    subject: str, place: str
) -> None:
    # "(Berlin, by videoconference, ...)" was read with the place "Berlin, by videoconference"
    # (blind127)
    meeting = parse_meeting(subject)
    assert meeting is not None and meeting.place == place


@pytest.mark.parametrize(
    ("subject", "title", "place", "start"),
    [
        (
            "JHA-RELEX Working Party, 18 October 2016, Brussels - Outcome of proceedings",
            "JHA-RELEX Working Party",
            "Brussels",
            D(2016, 10, 18),
        ),
        (
            "Groupe JAIEX, 7 mars 2019, Bruxelles : résultats des travaux",
            "Groupe JAIEX",
            "Bruxelles",
            D(2019, 3, 7),
        ),
        (
            "EU-US JHA Senior Officials Meeting, 3-4 June 2021, by videoconference",
            "EU-US JHA Senior Officials Meeting",
            "videoconference",
            D(2021, 6, 3),
        ),
        (
            "JAIEX Working Party, 5 March 2019, outcome of proceedings",
            "JAIEX Working Party",
            None,
            D(2019, 3, 5),
        ),
    ],
)
def test_a_working_party_may_give_its_date_before_its_place(
    subject: str, title: str, place: str | None, start: D
) -> None:
    # "Working Party, 18 October 2016, Brussels - Outcome" gave no meeting at all: the dates
    # were looked for only at the end of the Subject or before "in Place" / "(Place)"
    meeting = parse_meeting(subject)
    assert meeting is not None
    assert (meeting.title, meeting.place, meeting.start) == (title, place, start)


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        (
            "Videoconference of EU and US Senior Officials on Justice and Home Affairs,"
            " 17 December 2024: outcome of proceedings",
            "videoconference",
        ),
        (
            "Informal videoconference of the home affairs ministers, 28 April 2020",
            "videoconference",
        ),
        ("Visioconférence informelle des ministres de la justice (4 juin 2020)", "visioconférence"),
        ("Videoconference of the EU-US Senior Officials (Zagreb, 5 May 2020)", "Zagreb"),
    ],
)
def test_a_meeting_named_as_a_videoconference_is_held_online(subject: str, place: str) -> None:
    # "Videoconference of EU and US Senior Officials ..., 17 December 2024" had no place and
    # warned "no meeting place and dates found in the subject" (blind131)
    meeting = parse_meeting(subject)
    assert meeting is not None and meeting.place == place
