"""Compose: spec + hand-made histories -> Document (wording, order, Markdown, footnotes, safety)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from packgen.compose import (
    PresidencyNames,
    compose,
    date_span,
    markdown_blocks,
    subject_codes,
)
from packgen.document import Heading, ListBlock, Paragraph, Run
from packgen.history_model import Citation, FollowUp, HistoryEntry, ItemHistory
from packgen.i18n import join_and, number_words
from packgen.spec import load_spec

SPEC = """\
kind: {kind}
classification: {classification}
header:
  number: 10512/23
  date: 2023-06-19
  subject_codes: {codes}
  initials: JV/ml
  directorate: JAI.1
meeting:
  title: EU-US Justice and Home Affairs Ministerial Meeting
  place: Stockholm
  dates: 21 June 2023
  chairs: [the Swedish Presidency, the European Commission]
  start_time: "09:30"
  press_conference: +/- 13.30
agenda:
  - title: Counter-terrorism
    group: Home affairs
    topic: counter-terrorism
    body: Review of **joint work**.[^pnr]
  - title: Visa reciprocity
    group: Home affairs
    topics: [visa-reciprocity]
    links:
      - title: Visa policy
        url: https://www.consilium.europa.eu/en/policies/visa-policy/
  - title: Electronic evidence
    group: Justice
    topics: [cybercrime-e-evidence]
    history:
      include: false
footnotes:
  pnr: Passenger name record data.
questions:
  - How should the *next* steps look?
"""

SOFIA = Citation(
    number="9278/18",
    marking="LIMITE",
    source="seeds/outcomes/2018-05-31_9278-18.txt",
    item="item 3(c)",
    subject_codes=["JAIEX 54", "VISA 123", "USA 18"],
)
VALLETTA = Citation(
    number="10483/17",
    marking="LIMITE",
    source="seeds/outcomes/2017-06-29_10483-17.txt",
    item="item 4",
    subject_codes=["JAIEX 52", "VISA 239", "USA 12"],
)


def entry(citation: Citation, day: dt.date, end: dt.date, place: str, summary: str) -> HistoryEntry:
    return HistoryEntry(
        topic="visa-reciprocity",
        date=day,
        end=end,
        meeting="EU-US Justice and Home Affairs Ministerial Meeting",
        place=place,
        title="Visa reciprocity",
        summary=summary,
        text=summary,
        citation=citation,
    )


VISA_HISTORY = ItemHistory(
    entries=[
        entry(SOFIA, dt.date(2018, 5, 22), dt.date(2018, 5, 23), "Sofia", "Progress was reviewed."),
        entry(VALLETTA, dt.date(2017, 6, 15), dt.date(2017, 6, 16), "Valletta", "Work continues."),
    ],
    followups=[
        FollowUp(
            topic="visa-reciprocity",
            date=dt.date(2018, 5, 22),
            meeting="EU-US Justice and Home Affairs Ministerial Meeting",
            sentence="Both sides agreed to return to the matter.",
            citation=SOFIA.model_copy(update={"item": "annex"}),
        )
    ],
)


def load(tmp_path: Path, kind="background-brief", classification="LIMITE", codes="auto", extra=""):
    path = tmp_path / "brief.yaml"
    path.write_text(
        SPEC.format(kind=kind, classification=classification, codes=codes) + extra, "utf-8"
    )
    return load_spec(path).spec


def histories():
    return [ItemHistory(), VISA_HISTORY, ItemHistory()]


def texts(blocks) -> list[str]:
    out = []
    for block in blocks:
        if isinstance(block, ListBlock):
            out.extend("- " + "".join(r.text for r in item) for item in block.items)
        elif isinstance(block, Heading):
            out.append(
                f"{'#' * block.level} {block.numbering or ''}".rstrip() + " " + plain(block.runs)
            )
        elif isinstance(block, Paragraph):
            out.append((block.number + " " if block.number else "") + plain(block.runs))
    return out


def plain(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)


def test_background_brief_order_and_wording(tmp_path):
    press = "drawn_up_by: press-office\n"
    doc = compose(load(tmp_path, extra=press), histories(), PresidencyNames("Swedish", "Spanish"))
    assert texts(doc.blocks) == [
        "BACKGROUND1",
        "Brussels, 19 June 2023",
        "EU-US Justice and Home Affairs Ministerial Meeting",
        "Stockholm, 21 June 2023",
        "The meeting will be co-chaired by the Swedish Presidency and the European Commission."
        " It will begin at 09.30.",
        "Ministers will discuss three items: counter-terrorism, visa reciprocity and electronic"
        " evidence.",
        "The incoming Spanish Presidency will also take part.",
        "Press conference: +/- 13.30",
        "* * *",
        "# Home affairs",
        "## Counter-terrorism",
        "Review of joint work.2",
        "### Background",
        "No earlier meeting in the corpus discussed this topic.",
        "## Visa reciprocity",
        "### Background",
        "The topic was discussed at two earlier meetings:",
        "15-16 June 2017, EU-US Justice and Home Affairs Ministerial Meeting, Valletta (10483/17)",
        "- Item 4, “Visa reciprocity”: Work continues.",
        "22-23 May 2018, EU-US Justice and Home Affairs Ministerial Meeting, Sofia (9278/18)",
        "- Item 3(c), “Visa reciprocity”: Progress was reviewed.",
        "### Follow-up from earlier meetings",
        "Commitments of earlier meetings that no later meeting in the corpus has taken up:",
        "- Open: Both sides agreed to return to the matter. (9278/18, annex)",
        "Related links:",
        "- Visa policy",
        "# Justice",
        "## Electronic evidence",
    ]
    assert [plain(f.runs) for f in doc.footnotes] == [
        "This note was drawn up under the responsibility of the Council press office.",
        "Passenger name record data.",
    ]
    title = doc.blocks[0]
    assert title.style == "title" and title.runs[1] == Run(text="1", footnote="1")


def test_header_footer_and_metadata(tmp_path):
    doc = compose(load(tmp_path), histories(), PresidencyNames("Swedish", "Spanish"))
    header = doc.header
    assert header.doc_type == "BACKGROUND BRIEF"
    assert header.date_text == "19 June 2023"
    assert header.marking == "LIMITE"
    assert header.number == "10512/23"
    assert header.from_ is None
    # auto codes: the families of the agenda's topics (none in these hand-made histories)
    assert header.subject_codes == []
    assert doc.footer.model_dump() == {
        "number": "10512/23",
        "initials": "JV/ml",
        "directorate": "JAI.1",
        "marking": "LIMITE",
        "language": "EN",
        "extra": None,
    }
    assert doc.metadata.created == dt.datetime(2023, 6, 19, tzinfo=dt.timezone.utc)
    assert doc.metadata.keywords == header.subject_codes
    assert (
        doc.metadata.title == "Background brief: EU-US Justice and Home Affairs Ministerial Meeting"
    )


def test_public_brief_has_no_marking(tmp_path):
    doc = compose(load(tmp_path, classification="PUBLIC"), histories())
    assert doc.header.marking is None
    assert doc.footer.marking is None


def test_explicit_subject_codes_are_printed_exactly(tmp_path):
    spec = load(tmp_path, codes="[JAIEX 14, USA 24]")
    families = [ItemHistory(code_families=["COTER"]), VISA_HISTORY, ItemHistory()]
    assert subject_codes(spec, families) == ["JAIEX 14", "USA 24"]


def test_auto_subject_codes_are_the_families_of_the_agenda_topics(tmp_path):
    spec = load(tmp_path)
    visa = ItemHistory(
        entries=VISA_HISTORY.entries, followups=VISA_HISTORY.followups, code_families=["VISA"]
    )
    with_families = [
        ItemHistory(code_families=["COTER", "CT"]),
        visa,
        ItemHistory(code_families=["CYBER", "COTER"]),
    ]
    codes = subject_codes(spec, with_families)
    # never a running number of a cited source (VISA 123 of 9278/18), each family once
    assert codes == ["COTER", "CT", "VISA", "CYBER"]


def test_press_office_footnote_only_for_press_briefs(tmp_path):
    plain_brief = compose(load(tmp_path), histories())
    assert plain_brief.footnotes[0].runs[0].text == "Passenger name record data."
    assert plain(plain_brief.blocks[0].runs) == "BACKGROUND"
    press = compose(load(tmp_path, extra="drawn_up_by: press-office\n"), histories())
    assert "press office" in plain(press.footnotes[0].runs)


@pytest.mark.parametrize(
    ("title", "extra", "sentence"),
    [
        ("EU-US Senior Officials Meeting on JHA", "", "Senior officials will discuss three items"),
        ("EU-US JHA Ministerial Meeting", "", "Ministers will discuss three items"),
        ("JHA Counsellors", "  level: working-party\n", "Delegates will discuss three items"),
        (
            "Informal meeting of home affairs ministers",
            "  format: videoconference\n",
            "Participants will discuss three items",
        ),
    ],
)
def test_meeting_level_chooses_the_wording(tmp_path, title, extra, sentence):
    text = SPEC.format(kind="background-brief", classification="LIMITE", codes="auto")
    text = text.replace(
        "  title: EU-US Justice and Home Affairs Ministerial Meeting\n",
        (f"  title: {title}\n{extra}"),
    )
    path = tmp_path / "brief.yaml"
    path.write_text(text, "utf-8")
    lines = texts(compose(load_spec(path).spec, histories()).blocks)
    assert any(line.startswith(sentence) for line in lines), lines
    if "videoconference" in extra:
        assert any(line.startswith("The videoconference will be co-chaired") for line in lines)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Visa reciprocity", "visa reciprocity"),
        ("Justice and Home Affairs Council", "Justice and Home Affairs Council"),
        ("EU-US dialogue", "EU-US dialogue"),
        ("Organised crime and drugs", "organised crime and drugs"),
    ],
)
def test_lower_first_keeps_names(title, expected):
    from packgen.compose import lower_first

    assert lower_first(title) == expected


def test_related_links_stay_out_of_the_body_list(tmp_path):
    text = SPEC.format(kind="background-brief", classification="LIMITE", codes="auto")
    text = text.replace(
        "    topics: [visa-reciprocity]\n",
        "    topics: [visa-reciprocity]\n    body: '- one\n\n- two'\n",
    )
    path = tmp_path / "brief.yaml"
    path.write_text(text, "utf-8")
    blocks = compose(load_spec(path).spec, histories()).blocks
    lists = [b for b in blocks if isinstance(b, ListBlock)]
    body = next(b for b in lists if plain(b.items[0]) == "one")
    assert [plain(i) for i in body.items] == ["one", "two"]  # the link is not a third bullet


def test_steering_note(tmp_path):
    extra = "introduction: Ministers meet to give guidance.\nconclusion: Views will be used.\n"
    doc = compose(
        load(tmp_path, kind="steering-note", extra=extra),
        histories(),
        PresidencyNames("Portuguese", "Slovenian"),
    )
    assert doc.header.doc_type == "NOTE"
    assert doc.header.from_ == "Portuguese Presidency"
    assert doc.header.to == "Delegations"
    assert texts(doc.blocks) == [
        "## Introduction",
        "1. The EU-US Justice and Home Affairs Ministerial Meeting will take place on 21 June 2023"
        " in Stockholm, co-chaired by the Swedish Presidency and the European Commission.",
        "2. Ministers meet to give guidance.",
        "## A. Counter-terrorism",
        "3. Review of joint work.1",
        "## B. Visa reciprocity",
        "4. Two earlier meetings discussed the topic:",
        "- 15-16 June 2017, EU-US Justice and Home Affairs Ministerial Meeting, Valletta,"
        " “Visa reciprocity”: Work continues. (10483/17, item 4)",
        "- 22-23 May 2018, EU-US Justice and Home Affairs Ministerial Meeting, Sofia,"
        " “Visa reciprocity”: Progress was reviewed. (9278/18, item 3(c))",
        "5. Commitments made at earlier meetings that no later meeting has taken up:",
        "- Both sides agreed to return to the matter. (9278/18, annex; open)",
        "Related links:",
        "- Visa policy",
        "## C. Electronic evidence",
        "## Questions for ministers",
        "In the light of the above, the Presidency invites ministers to address the following"
        " question:",
        "- How should the next steps look?",
        "## Conclusion",
        "6. Views will be used.",
    ]
    questions = [b for b in doc.blocks if isinstance(b, ListBlock) and b.ordered]
    assert questions[0].items[0][1] == Run(text="next", italic=True)


def test_steering_note_without_calendar_says_presidency(tmp_path):
    doc = compose(load(tmp_path, kind="steering-note"), histories())
    assert doc.header.from_ == "Presidency"


TEMPLATE_TEXTS = ["{{ 7*7 }}", "{% if true %}x{% endif %}", "@h1 injected", "**not bold**"]


@pytest.mark.parametrize("value", TEMPLATE_TEXTS)
def test_yaml_text_is_never_template_source(tmp_path, value):
    quoted = '"' + value.replace('"', '\\"') + '"'
    spec_text = (
        SPEC.format(kind="background-brief", classification="LIMITE", codes="auto")
        .replace("EU-US Justice and Home Affairs Ministerial Meeting", quoted)
        .replace("title: Counter-terrorism", f"title: {quoted}")
        .replace("+/- 13.30", quoted)
    )
    path = tmp_path / "brief.yaml"
    path.write_text(spec_text, "utf-8")
    doc = compose(load_spec(path).spec, histories())
    lines = texts(doc.blocks)
    assert lines[2] == value  # meeting title as the subtitle
    assert f"## {value}" in lines
    assert f"Press conference: {value}" in lines
    assert "# injected" not in lines


def test_markdown_links_keep_only_safe_schemes():
    blocks = markdown_blocks(
        "[a](https://example.org) [b](javascript:alert(1)) [c](mailto:x@example.org)"
        " [d](file:///etc/passwd) [e](/relative)"
    )
    runs = blocks[0].runs
    assert [(r.text, r.href) for r in runs if r.href] == [
        ("a", "https://example.org"),
        ("c", "mailto:x@example.org"),
    ]
    # markdown-it leaves javascript: and file: links as their literal text
    assert plain(runs) == ("a [b](javascript:alert(1)) c [d](file:///etc/passwd) e")


def test_markdown_raw_html_is_text():
    blocks = markdown_blocks('<script>alert(1)</script>\n\nA <b onclick="x">b</b>')
    assert [plain(b.runs) for b in blocks] == [
        "<script>alert(1)</script>",
        'A <b onclick="x">b</b>',
    ]


def test_markdown_lists_and_headings():
    blocks = markdown_blocks("# Title\n\n1. one\n2. *two*\n\n- a\n  - nested\n\n> quoted")
    assert isinstance(blocks[0], Heading) and blocks[0].level == 2
    assert blocks[1].ordered and [plain(i) for i in blocks[1].items] == ["one", "two"]
    assert [plain(i) for i in blocks[2].items] == ["a", "nested"]
    assert blocks[3].style == "note"


@pytest.mark.parametrize(
    ("n", "word"), [(0, "zero"), (1, "one"), (9, "nine"), (10, "10"), (24, "24")]
)
def test_number_words(n, word):
    assert number_words(n) == word


def test_date_span():
    assert date_span(dt.date(2018, 5, 22), dt.date(2018, 5, 23)) == "22-23 May 2018"
    assert date_span(dt.date(2018, 6, 30), dt.date(2018, 7, 1)) == "30 June-1 July 2018"
    assert date_span(dt.date(2023, 6, 21), None) == "21 June 2023"
    assert date_span(dt.date(2021, 3, 11), None, "fr") == "11 mars 2021"


def test_join_and():
    assert join_and(["a"]) == "a"
    assert join_and(["a", "b"]) == "a and b"
    assert join_and(["a", "b", "c"]) == "a, b and c"


def test_one_history_per_item(tmp_path):
    with pytest.raises(ValueError, match="one ItemHistory per agenda item"):
        compose(load(tmp_path), [ItemHistory()])


def test_markdown_table_becomes_a_table_block_with_its_header_row():
    from packgen.compose import markdown_blocks
    from packgen.document import Table

    blocks = markdown_blocks("| Partner | **Since** |\n|---|---|\n| Morocco | 2019 |\n")
    assert len(blocks) == 1 and isinstance(blocks[0], Table)
    table = blocks[0]
    assert [[r.text for r in cell] for cell in table.header] == [["Partner"], ["Since"]]
    assert table.header[1][0].bold
    assert [[[r.text for r in cell] for cell in row] for row in table.rows] == [
        [["Morocco"], ["2019"]]
    ]


def test_markdown_image_becomes_an_image_block_after_its_paragraph_text():
    from packgen.compose import markdown_blocks
    from packgen.document import Image, Paragraph

    blocks = markdown_blocks(
        "Returns by quarter: ![Bar chart of returns](fig/r.png)\n\n- ![in a list](x.png)"
    )
    assert (
        isinstance(blocks[0], Paragraph) and blocks[0].runs[0].text.strip() == "Returns by quarter:"
    )
    assert blocks[1] == Image(src="fig/r.png", alt="Bar chart of returns")
    # inside a list item the picture would break the list: its alt text prints instead
    assert blocks[2].kind == "list" and blocks[2].items[0][0].text == "in a list"
