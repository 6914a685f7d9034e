"""Tests for packgen.history: topic assignment, per-topic histories and follow-ups with citations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from packgen.corpus import Corpus, load_corpus
from packgen.errors import InputError
from packgen.followups import topic_followups
from packgen.history import (
    assign_topics,
    partner_of,
    series_of,
    topic_history,
)
from packgen.records import Item, OutcomeRecord, ReportedMeeting, SubItem
from packgen.summary import is_lead_in, split_sentences, summarise
from packgen.topics import DEFAULT_TOPICS, Taxonomy, load_topics
from tests.conftest import FIXTURES

# The topics of every unit of the three reference outcomes: an item without sub-items, or a
# sub-item (an item whose lead only announces its sub-items speaks through them).
EXPECTED_UNIT_TOPICS = {
    ("10483/17", "item 1"): {"counter-terrorism", "money-laundering"},  # the AML Directive
    ("10483/17", "item 2"): {"cybercrime-e-evidence", "data-protection"},
    ("10483/17", "item 3"): {"organised-crime-drugs"},
    ("10483/17", "item 4"): {"migration-borders", "visa-reciprocity"},
    ("10483/17", "item 5"): {"incoming-presidency"},
    ("9278/18", "item 1(a)"): {"counter-terrorism"},
    # providers asked to remove terrorist propaganda: no e-evidence
    ("9278/18", "item 1(b)"): {"counter-terrorism"},
    ("9278/18", "item 1(c)"): {"counter-terrorism"},
    ("9278/18", "item 2(a)"): {"cybercrime-e-evidence", "data-protection"},  # the GDPR paragraph
    ("9278/18", "item 2(b)"): {"cybercrime-e-evidence", "electoral-resilience-hybrid"},
    ("9278/18", "item 3(a)"): {"migration-borders"},
    ("9278/18", "item 3(b)"): {"migration-borders"},
    ("9278/18", "item 3(c)"): {"visa-reciprocity"},
    ("9278/18", "item 4(a)"): {"organised-crime-drugs"},
    ("9278/18", "item 4(b)"): {"money-laundering"},
    ("9278/18", "item 5"): {"incoming-presidency"},
    ("7725/23", "item 1(a)"): {"ukraine", "firearms", "electoral-resilience-hybrid"},
    ("7725/23", "item 1(b)"): {"ukraine", "humanitarian-protection"},  # people fleeing the war
    ("7725/23", "item 1(c)"): {"ukraine", "money-laundering"},
    ("7725/23", "item 1(d)"): {"ukraine", "rule-of-law-judicial"},
    ("7725/23", "item 1(e)"): {"ukraine", "environmental-crime"},
    ("7725/23", "item 2(a)"): {"counter-terrorism"},
    ("7725/23", "item 2(b)"): {"counter-terrorism"},
    ("7725/23", "item 3"): {"cybercrime-e-evidence", "data-protection"},
    ("7725/23", "item 4"): {"going-dark", "child-sexual-abuse"},  # "child exploitation and abuse"
    ("7725/23", "item 5"): {"organised-crime-drugs", "firearms", "money-laundering"},
    ("7725/23", "item 6"): {"mla-extradition"},
    ("7725/23", "item 7"): {"visa-reciprocity"},
    ("7725/23", "item 8"): {"incoming-presidency"},
}


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_topics(DEFAULT_TOPICS)


@pytest.fixture(scope="module")
def seeds_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    from tests.conftest import SHARED_SEEDS

    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"reference documents not available ({SHARED_SEEDS})")
    return load_corpus(SHARED_SEEDS, cache_dir=tmp_path_factory.mktemp("cache"))


def _history(corpus: Corpus, taxonomy: Taxonomy, topic: str) -> list[tuple[str, str, str]]:
    return [
        (e.citation.number, e.citation.item, e.date.isoformat())
        for e in topic_history(corpus, taxonomy, topic)
    ]


def test_seeds_corpus_skips_brief_and_note(seeds_corpus: Corpus) -> None:
    assert [Path(p).name[:3] for p, _ in seeds_corpus.skipped] == ["000", "001"]
    assert [r.number for r in seeds_corpus.records] == ["10483/17", "9278/18", "7725/23"]


def test_every_unit_of_the_three_outcomes(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    assigned = assign_topics(seeds_corpus, taxonomy)
    actual = {(u.record.number, u.ref): set(u.topics) for u in assigned.units if u.topics}
    assert actual == EXPECTED_UNIT_TOPICS  # nothing missing, nothing extra
    assert assigned.unmatched == []
    # the items whose lead only announces sub-items ("Two questions were taken up.") say nothing
    silent = {(u.record.number, u.ref) for u in assigned.units if not u.topics}
    assert ("9278/18", "item 2") in silent and ("7725/23", "item 1") in silent


def test_assignments_explain_themselves(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    assigned = assign_topics(seeds_corpus, taxonomy)
    [unit] = [u for u in assigned.units if u.record.number == "10483/17" and u.ref == "item 5"]
    [assignment] = unit.assignments
    assert assignment.explain() == (
        "title pattern '\\\\b(?:priorities|(?:work )?programme|plans|agenda) of the incoming "
        "(?:[a-z]+ ){0,2}presidency\\\\b' matched "
        "'priorities of the incoming estonian presidency' (score 1.00)"
    )
    [unit] = [u for u in assigned.units if u.record.number == "9278/18" and u.ref == "item 2(a)"]
    [dp] = [a for a in unit.assignments if a.topic == "data-protection"]
    assert (dp.where, dp.matched, dp.codes) == (
        "text",
        "general data protection regulation",
        ("DATAPROTECT",),
    )


def test_visa_reciprocity_one_entry_per_unit(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    assert _history(seeds_corpus, taxonomy, "visa-reciprocity") == [
        ("10483/17", "item 4", "2017-06-15"),
        ("9278/18", "item 3(c)", "2018-05-22"),
        ("7725/23", "item 7", "2023-03-16"),
    ]


def test_sub_item_entry_carries_its_own_title_and_text(
    seeds_corpus: Corpus, taxonomy: Taxonomy
) -> None:
    entry = topic_history(seeds_corpus, taxonomy, "visa-reciprocity")[1]
    assert entry.title == "Visa reciprocity"
    assert entry.place == "Sofia"
    assert entry.end == dt.date(2018, 5, 23)
    assert entry.citation.marking == "LIMITE"
    assert "VISA 123" in entry.citation.subject_codes
    assert entry.summary in " ".join(entry.text.split())
    assert "Visa Waiver Programme" in entry.text
    assert entry.assignment and "visa reciprocity" in entry.assignment


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        (
            "counter-terrorism",
            [
                ("10483/17", "item 1", "2017-06-15"),
                ("9278/18", "item 1(a)", "2018-05-22"),
                ("9278/18", "item 1(b)", "2018-05-22"),
                ("9278/18", "item 1(c)", "2018-05-22"),
                ("7725/23", "item 2(a)", "2023-03-16"),
                ("7725/23", "item 2(b)", "2023-03-16"),
            ],
        ),
        (
            "incoming-presidency",
            [
                ("10483/17", "item 5", "2017-06-15"),
                ("9278/18", "item 5", "2018-05-22"),
                ("7725/23", "item 8", "2023-03-16"),
            ],
        ),
        (
            "ukraine",
            [("7725/23", f"item 1({letter})", "2023-03-16") for letter in "abcde"],
        ),
        (
            "migration-borders",
            [
                ("10483/17", "item 4", "2017-06-15"),
                ("9278/18", "item 3(a)", "2018-05-22"),
                ("9278/18", "item 3(b)", "2018-05-22"),
            ],
        ),
        ("humanitarian-protection", [("7725/23", "item 1(b)", "2023-03-16")]),
    ],
)
def test_topic_histories(
    seeds_corpus: Corpus, taxonomy: Taxonomy, topic: str, expected: list
) -> None:
    assert _history(seeds_corpus, taxonomy, topic) == expected


def test_titles_are_quoted_as_in_the_source(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    titles = [e.title for e in topic_history(seeds_corpus, taxonomy, "incoming-presidency")]
    assert titles == [
        "Priorities of the incoming Estonian Presidency",
        "Priorities of the incoming Austrian Presidency",
        "Priorities of the incoming Spanish Presidency",
    ]
    for entry in topic_history(seeds_corpus, taxonomy, "counter-terrorism"):
        record = next(r for r in seeds_corpus.records if r.number == entry.citation.number)
        printed = [i.title for i in record.items] + [
            s.title for i in record.items for s in i.subitems
        ]
        assert entry.title in printed


def test_since_and_limit_count_meetings(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    since = topic_history(seeds_corpus, taxonomy, "visa-reciprocity", since=dt.date(2018, 1, 1))
    assert [e.citation.number for e in since] == ["9278/18", "7725/23"]
    latest = topic_history(seeds_corpus, taxonomy, "visa-reciprocity", limit=1)
    assert [e.citation.number for e in latest] == ["7725/23"]
    # limit keeps whole meetings: the latest two counter-terrorism meetings have four entries
    two = topic_history(seeds_corpus, taxonomy, "counter-terrorism", limit=2)
    assert [e.citation.item for e in two] == ["item 1(a)", "item 1(b)", "item 1(c)"] + [
        "item 2(a)",
        "item 2(b)",
    ]


def test_unknown_topic_suggests(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    with pytest.raises(
        InputError, match=r"unknown topic 'visa' \(did you mean 'visa-reciprocity'\?\)"
    ):
        topic_history(seeds_corpus, taxonomy, "visa")


def test_followups_include_the_washington_ministerial_and_tripartite_meeting(
    seeds_corpus: Corpus, taxonomy: Taxonomy
) -> None:
    found = topic_followups(seeds_corpus, taxonomy, as_of=dt.date(2023, 6, 19))
    washington = [
        f for f in found if f.citation.number == "9278/18" and "second half of 2018" in f.sentence
    ]
    assert {f.citation.item for f in washington} == {"annex"}
    assert any("Washington" in f.sentence for f in washington)
    [pnr] = [f for f in washington if "PNR" in f.sentence]  # one sentence despite "EU-U.S."
    assert pnr.sentence.endswith("in the second half of 2018.")
    assert (pnr.topics, pnr.due) == (["counter-terrorism"], dt.date(2018, 12, 31))
    # PNR came back at the 2023 meeting under counter-terrorism: taken up, citing that item
    assert (pnr.status, pnr.taken_up.number, pnr.taken_up.item) == (
        "taken-up",
        "7725/23",
        "item 2(a)",
    )
    [session] = [f for f in found if "next session" in f.sentence]
    # the e-evidence item also names data protection: the session is e-evidence's alone
    assert (session.citation.item, session.topics) == ("item 3", ["cybercrime-e-evidence"])
    assert (session.status, session.due) == ("open", dt.date(2023, 6, 30))


def test_followups_by_topic(seeds_corpus: Corpus, taxonomy: Taxonomy) -> None:
    visa = topic_followups(seeds_corpus, taxonomy, "visa-reciprocity", as_of=dt.date(2023, 6, 19))
    assert [(f.citation.number, f.citation.item, f.status) for f in visa] == [
        # a pledge reported as a noun: "signalled their commitment to pursue consultations"
        ("10483/17", "summary", "taken-up"),
        ("10483/17", "item 4", "taken-up"),
        ("9278/18", "item 3(c)", "taken-up"),
        ("7725/23", "item 7", "open"),
        ("7725/23", "item 7", "overdue"),  # the tripartite meeting "on 7 June": passed by 19 June
    ]
    assert visa[-1].due == dt.date(2023, 6, 7) and "7 June" in visa[-1].sentence
    later = topic_followups(seeds_corpus, taxonomy, "visa-reciprocity", after=dt.date(2020, 1, 1))
    assert len(later) == 2
    general = topic_followups(seeds_corpus, taxonomy, "general", as_of=dt.date(2023, 6, 19))
    assert [(f.citation.item, f.status) for f in general] == [
        ("annex", "taken-up"),
        ("summary", "open"),
    ]


# --- hand-built records: behaviour that does not depend on the reference documents ---------


def _record(
    number: str,
    start: dt.date,
    items: list[Item],
    codes: list[str] | None = None,
    meeting: str = "EU-US JHA Ministerial Meeting",
) -> OutcomeRecord:
    return OutcomeRecord(
        source=f"/corpus/{number.replace('/', '-')}.txt",
        sha256=number,
        number=number,
        marking="LIMITE",
        subject_codes=codes or [],
        meeting=ReportedMeeting(title=meeting, place="Valletta", start=start),
        items=items,
    )


def test_every_unit_that_names_the_topic_is_an_entry() -> None:
    taxonomy = load_topics(FIXTURES / "history" / "topics_small.yaml")
    record = _record(
        "1/20",
        dt.date(2020, 1, 10),
        [
            Item(
                number="1",
                title="Counter-terrorism",
                text="Two points were discussed.",
                subitems=[
                    SubItem(label="a", title="Terrorist financing", text="They spoke."),
                    SubItem(label="b", title="Prisons", text="They spoke of prisons."),
                ],
            ),
            Item(number="2", title="Any other business", text="Nothing was said."),
            Item(number="3", title="Drugs", text="A terrorist group sells drugs. Terrorism grows."),
        ],
    )
    corpus = Corpus(records=[record])
    entries = topic_history(corpus, taxonomy, "counter-terrorism")
    # the bare lead-in of item 1 is no entry; its sub-items are, and item 3's text is too
    assert [e.citation.item for e in entries] == ["item 1(a)", "item 1(b)", "item 3"]
    assert [u.ref for u in assign_topics(corpus, taxonomy).unmatched] == ["item 2"]


@pytest.mark.parametrize(
    ("title", "lead", "lead_topics"),
    [
        # one sentence naming the areas its sub-items take up: it only announces them
        ("Digital questions", "The discussion covered e-evidence and end-to-end encryption.", []),
        ("Digital questions", "Talks turned to lawful access to encrypted data and to the CLOUD Act.",
         []),
        # ... or saying only who brought them, or who else was there: the title is no topic
        ("Electronic evidence", "The Commission introduced both points.", []),
        ("Electronic evidence",
         "The item was introduced by the EU Counter-Terrorism Coordinator and the Commission, in "
         "the presence of the EEAS and of Europol, Frontex and EASO.", []),
        # ... or naming what the item held: its sub-items say what was said of each (blind64)
        ("Security cooperation",
         "The terrorist threat, aviation security and the PNR review were on the agenda of "
         "this item.", []),
        # a lead that discusses one topic, or says more than one sentence, is a unit
        ("Digital questions", "The US described the negotiations on e-evidence in detail.",
         ["cybercrime-e-evidence"]),
        ("Digital questions",
         "The discussion covered e-evidence and end-to-end encryption. The US restated its "
         "position on the CLOUD Act.",
         ["cybercrime-e-evidence", "going-dark"]),
    ],
)  # fmt: skip
def test_a_lead_naming_only_its_sub_items_areas_is_no_unit(
    taxonomy: Taxonomy, title: str, lead: str, lead_topics: list[str]
) -> None:
    record = _record(
        "2/19",
        dt.date(2019, 12, 11),
        [
            Item(
                number="2",
                title=title,
                text=lead,
                subitems=[
                    SubItem(label="a", title="E-evidence", text="Talks on e-evidence resumed."),
                    SubItem(label="b", title="Encryption", text="Lawful access was discussed."),
                ],
            )
        ],
    )
    units = assign_topics(Corpus(records=[record]), taxonomy).units
    assert [(u.ref, u.topics) for u in units] == [
        ("item 2", lead_topics),
        ("item 2(a)", ["cybercrime-e-evidence"]),
        ("item 2(b)", ["going-dark"]),
    ]


def test_records_without_any_date_are_left_out() -> None:
    taxonomy = load_topics(FIXTURES / "history" / "topics_small.yaml")
    undated = OutcomeRecord(
        source="x.txt", sha256="x", items=[Item(number="1", title="Visa waiver", text="Talks.")]
    )
    assert topic_history(Corpus(records=[undated]), taxonomy, "visa-reciprocity") == []


def test_split_sentences_keeps_abbreviations_together() -> None:
    text = (
        "The delegations met in Washington, D.C. on Monday. They agreed, e.g. on data.\n\n"
        "The next EU-U.S. Ministerial will meet. J. Smith chaired it (Art. 5).\n\n"
        "b) A heading without a stop\n\nThe next meeting will be in June 2019."
    )
    assert split_sentences(text) == [
        "The delegations met in Washington, D.C. on Monday.",
        "They agreed, e.g. on data.",
        "The next EU-U.S. Ministerial will meet.",
        "J. Smith chaired it (Art. 5).",
        "The next meeting will be in June 2019.",
    ]
    # ... and one opening on a name in lower case starts a sentence (blind299)
    text = "The Parliament will vote in March. eu-LISA is due to present a timetable."
    assert split_sentences(text) == [
        "The Parliament will vote in March.",
        "eu-LISA is due to present a timetable.",
    ]
    # ... and notes' "MS." (the Member States) ends a sentence where "Ms." does not (blind332)
    text = (
        "Cases of recruitment were seen in MS. Europol to send an officer by May. Ms. Reding spoke."
    )
    assert split_sentences(text) == [
        "Cases of recruitment were seen in MS.",
        "Europol to send an officer by May.",
        "Ms. Reding spoke.",
    ]


def test_split_sentences_parts_a_list_run_into_one_paragraph() -> None:
    # a flash report's actions, one bullet a line, read back as one paragraph (blind79)
    text = (
        "Follow-up: - PRES to circulate the work plan within two weeks; - RCMP to send the "
        "report by end-January; - COM to report by the next SOM. Next SOM in Ottawa."
    )
    assert split_sentences(text) == [
        "Follow-up:",
        "- PRES to circulate the work plan within two weeks;",
        "- RCMP to send the report by end-January;",
        "- COM to report by the next SOM.",
        "Next SOM in Ottawa.",
    ]
    # ... or one bullet a paragraph, each ending on its semicolon
    text = "Follow-up:\n\n- PRES to send the elements by 4 June;\n\n- COM to confirm the date;"
    assert split_sentences(text) == [
        "Follow-up:",
        "- PRES to send the elements by 4 June;",
        "- COM to confirm the date;",
    ]
    # ... or bullets that each end on a full stop, and a sentence opening on an accented
    # capital (blind100)
    text = (
        "– La Commission entend conclure d'ici la fin de janvier 2016. – Le Sénat examine le "
        "texte depuis le 20 octobre. États membres et Commission en ont pris note."
    )
    assert split_sentences(text) == [
        "– La Commission entend conclure d'ici la fin de janvier 2016.",
        "– Le Sénat examine le texte depuis le 20 octobre.",
        "États membres et Commission en ont pris note.",
    ]


def test_summary_prefers_agreements_and_next_steps() -> None:
    text = (
        "The chair opened the item. Delegations exchanged views at length. "
        "Both sides agreed to meet again in Lisbon. The room was warm. "
        "A report will follow in May 2020."
    )
    assert summarise(text) == (
        "Both sides agreed to meet again in Lisbon. A report will follow in May 2020."
    )
    # with no cue at all, the first sentence that says more than who opened the item
    assert summarise("The chair opened the item. Views were exchanged.") == (
        "Views were exchanged."
    )
    assert summarise("Views were exchanged. The room was warm.") == "Views were exchanged."


@pytest.mark.parametrize(
    "lead_in",
    [
        "Two points were discussed.",
        "Three questions were taken up.",
        "The exchange covered three strands.",
        "Several issues were addressed.",
        "Two sets of measures were examined.",
        "The exchange fell under three headings.",
        "Discussion focused on the following:",
        "The following topics were raised.",
        # ... or say only who opened the item
        "The EU Counter-Terrorism Coordinator introduced the item.",
        "The Presidency opened the discussion.",
        "Le coordinateur a introduit le point.",
        # ... or who took part in it
        "Europol and EUAM Ukraine contributed to this item.",
        "Eurojust took part in the discussion of this item.",
        "Frontex et Europol ont contribué à ce point.",
        "The item was introduced by the Commission and the EEAS.",
        # French outcomes announce their sub-items too
        "Deux questions ont été abordées.",
        "Trois points ont été examinés.",
        "Plusieurs sujets ont été évoqués.",
        # ... from angles, perspectives, in parts and stages
        "Le point a été abordé sous trois angles.",
        "La discussion s'est articulée autour de deux axes.",
        "The item was taken from three angles.",
        "The debate had two dimensions.",
        "The exchange went through four stages.",
        "Ce point comportait deux parties.",
        # ... both of them, whoever brought them, whatever they were taken against
        "The Commission introduced both points.",
        "Both points were presented by the Commission.",
        "Both sub-items were taken together, in the light of the court rulings of early February.",
        "Both files were discussed against the background of the attacks in Brussels.",
        # ... or who else was there
        "The item was introduced by the EU Counter-Terrorism Coordinator and the Commission, in "
        "the presence of the EEAS and of Europol, Frontex and EASO.",
        "Ce point a été présenté par la Commission, en présence d'Europol et de Frontex.",
        # ... however long the names of who introduced it (blind53)
        "The item was introduced by the Belgian Presidency and the Department of State.",
        "Le point a été présenté par la présidence belge et par le département d'État.",
        # ... or that only recalls what was said before (blind58)
        "The Presidency opened the item by recalling what Ministers had decided in Riga.",
        "La présidence a introduit le point en rappelant ce que les ministres avaient décidé.",
        # ... or that names only what the item held, however many things (blind64)
        "The terrorist threat, aviation security and the PNR review were on the agenda of this "
        "item.",
        "The GDPR, the Privacy Shield and the misuse of Facebook data were the three strands of "
        "this item.",
        "Fentanyl, cocaine and firearms trafficking were listed under this item.",
        "Le PNR et le TFTP ont été abordés sous ce point.",
        "Both sides reported.",
        "Senior officials reviewed the two negotiations under way.",
    ],
)
def test_a_bare_lead_in_is_never_a_summary(lead_in: str) -> None:
    assert summarise(lead_in) == ""
    text = f"{lead_in}\n\nThe EU presented its new rules. Both sides agreed to meet in May."
    assert lead_in not in summarise(text)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "The EU asked again. The two sides agreed to continue discussing this matter.",
            "Visa reciprocity",
            "The two sides agreed to continue discussing this matter [Visa reciprocity].",
        ),
        (
            "On this long-standing issue, both sides agreed to work together.",
            "“Going dark”: challenges",
            "On this long-standing issue [“Going dark”: challenges], both sides agreed to work"
            " together.",
        ),
        (
            "Cyber threats were raised. Both sides agreed to look into this at technical level.",
            "Cooperation on cybersecurity",
            "Both sides agreed to look into this [Cooperation on cybersecurity] at technical level.",
        ),
        (
            "On drugs, the US now stresses prevention. It agreed to back a coalition in 2023.",
            "Drugs",
            "It [the US] agreed to back a coalition in 2023.",
        ),
    ],
)
def test_an_anaphor_carries_its_antecedent(text: str, title: str, expected: str) -> None:
    from packgen.summary import dangling_anaphors

    summary = summarise(text, title=title)
    assert summary == expected
    assert dangling_anaphors(summary) == []
    if not expected.startswith("It ["):  # a pronoun is resolved from the sentence before
        assert dangling_anaphors(summarise(text)) != []  # without a title it would dangle


def test_an_anaphor_after_its_antecedent_sentence_is_left_alone() -> None:
    text = "Both sides agreed on visa reciprocity. They agreed to discuss this matter in May 2024."
    assert summarise(text, title="Visa") == text


@pytest.mark.parametrize(("year", "war"), [(2022, True), (2013, False)])
def test_the_war_in_a_working_partys_item_titled_by_the_partner_at_war(
    taxonomy: Taxonomy, year: int, war: bool
) -> None:
    fled = "More than four million people fleeing the war registered for temporary protection."
    record = _record(
        f"1{year}/{year % 100}",
        dt.date(year, 9, 20),
        meeting="Working Party on JHA Information Exchange (JAIEX)",
        items=[
            Item(number="1", title="Ukraine", text="", subitems=[
                SubItem(label="a", title="Temporary protection", text=fled),
            ]),
        ],
    )  # fmt: skip
    [unit] = [
        u for u in assign_topics(Corpus(records=[record]), taxonomy).units if u.ref == "item 1(a)"
    ]
    assert ("ukraine" in unit.topics) is war
    assert "humanitarian-protection" in unit.topics


@pytest.mark.parametrize(
    "sentence",
    [
        "Ce point a porté sur deux mesures.",
        "Ministers examined three proposals.",
        # any things counted and only said to have been dealt with (blind46)
        "Both arrangements were examined in turn.",
        "Two instruments have been reviewed.",
        "Deux accords ont été passés en revue.",
        # ... or the presentations given under it (blind489)
        "Two presentations were given under this item.",
        "Delegations heard three briefings.",
        "Deux exposés ont été présentés.",
        # ... or the exchanges held under it, or the two sides' initiatives taken in turn
        # (blind522)
        "Three exchanges took place under this item.",
        "Deux échanges ont eu lieu sous ce point.",
        "Under this item the Ministers took the two sides' proposals in turn.",
    ],
)
def test_a_sentence_counting_the_measures_that_follow_is_a_lead_in(sentence: str) -> None:
    assert is_lead_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Three suspects were arrested.",
        # (an exchange of something, not counted)
        "An exchange of watch lists with Europol took place under this item.",
        "Two arrangements were reviewed and both were extended.",
        "Two presentations were given: Europol's on the threat from synthetic opioids shipped by post, and the DEA's.",
        # who introduced it, then what they said
        "The item was introduced by the Commission, which set out the new rules on data.",
        # what an opener recalls, when it says what, is said (guard of blind58's lead-in)
        "The Presidency introduced the item by recalling that the TFTP Agreement expires in 2015.",
    ],
)
def test_things_counted_that_something_happened_to_are_no_lead_in(sentence: str) -> None:
    assert not is_lead_in(sentence)


def test_both_sides_and_what_follows_a_setting_are_no_lead_in() -> None:
    assert not is_lead_in("Both sides agreed to meet again in Washington in May.")
    assert not is_lead_in("Both sides reported on the joint review of the PNR Agreement.")
    assert not is_lead_in("The PNR review was discussed under this item for the first time.")
    assert not is_lead_in(
        "In the light of the court rulings, both sides agreed to revise the two points of the "
        "Order that concern dual nationals and refugees."
    )


def test_a_french_sentence_on_questions_is_no_lead_in() -> None:
    assert not is_lead_in("Les questions de migration ont été discutées en détail.")
    assert not is_lead_in(
        "Les ministres ont examiné deux questions de fond sur la réforme des juges."
    )


@pytest.mark.parametrize(
    ("title", "partner"),
    [
        ("EU-US JHA Ministerial Meeting", "US"),
        ("EU – Canada Senior Officials Meeting", "Canada"),
        ("EU Troika - Moldova Ministerial Meeting on Justice", "Moldova"),
        ("Georgia-EU Justice and Home Affairs dialogue", "Georgia"),
        ("Ministerial meeting between the EU and the United States", "US"),
        ("Réunion entre la troïka de l'Union européenne et l'Ukraine", "Ukraine"),
        # accented names are names too, and the United States in French is the US
        ("Réunion du sous-comité UE-Géorgie « Justice, liberté et sécurité »", "Géorgie"),
        ("Réunion ministérielle UE-États-Unis (Stockholm, 21 juin 2023)", "US"),
        ("Réunion des hauts fonctionnaires UE-Etats-Unis", "US"),
        ("Dialogue Équateur-UE sur les drogues", "Équateur"),
        ("Meeting of the EU and its Member States", None),
        ("Informal meeting of Justice and Home Affairs Ministers", None),
    ],
)
def test_the_dialogue_partner_however_the_title_names_the_pair(
    title: str, partner: str | None
) -> None:
    assert partner_of(title) == partner


@pytest.mark.parametrize(
    ("meeting", "series"),
    [
        # a group of partners meeting the Union is a series, named with the pair or without
        # (blind110)
        ("Eastern Partnership Ministerial Meeting on Justice and Home Affairs", "Eastern"),
        ("EU-Eastern Partnership Senior Officials Meeting on Justice and Home Affairs", "Eastern"),
        ("Western Balkans Ministerial Forum on Justice and Home Affairs", "Western"),
        ("EU-Western Balkans JHA Ministerial Forum", "Western"),
        ("EU-US JHA Ministerial Meeting", "US"),
        ("Informal meeting of Justice and Home Affairs Ministers", None),
    ],
)
def test_the_series_of_a_meeting_with_a_partner_or_a_group_of_partners(
    meeting: str, series: str | None
) -> None:
    assert series_of(meeting) == series


def test_an_item_titled_by_a_group_and_a_partner_names_no_series() -> None:
    # (a working party's item "Western Balkans and Ukraine: ..." names both partners, each
    # read by the matcher; only a meeting's title makes a series of a group)
    assert partner_of("Western Balkans and Ukraine: cyber capacity building") is None


def test_a_working_partys_item_titled_by_a_partner_is_that_partners_dialogue(
    taxonomy: Taxonomy,
) -> None:
    def sub(label: str, title: str, text: str) -> SubItem:
        return SubItem(label=label, title=title, text=text)

    visa = "The Commission reported that alignment with the EU visa policy remains incomplete."
    record = _record(
        "9000/25",
        dt.date(2025, 5, 6),
        meeting="Working Party on JHA Information Exchange (JAIEX)",
        items=[
            Item(number="1", title="EU-US: preparation of the Ministerial", text="", subitems=[
                sub("a", "Visa waiver", "The Commission reported on the visa waiver talks."),
            ]),
            Item(number="2", title="Western Balkans", text="", subitems=[
                sub("a", "Visa policy", visa),
                sub("b", "Visa-free travel", "Serbia discussed visa-free travel of Indians."),
            ]),
            Item(number="3", title="Republic of Moldova: Subcommittee", text="", subitems=[
                sub("a", "Visa-free travel", "Moldova reported on visa-free travel abuse."),
            ]),
            Item(number="4", title="Visa reciprocity", text="Five Member States wait."),
            # a sub-item titled by a partner, under an item that names none
            Item(number="5", title="Internal security cooperation", text="", subitems=[
                sub("a", "Moldova", "Irregular stays stayed low after visa-free travel began."),
            ]),
        ],
    )  # fmt: skip
    units = assign_topics(Corpus(records=[record]), taxonomy).units
    topics = {u.ref: sorted(u.topics) for u in units}
    assert topics["item 1(a)"] == ["visa-reciprocity"]  # an "EU-US" item: the US dialogue
    # a Western Balkans or Moldova item is no US dialogue: visa questions are migration
    assert "visa-reciprocity" not in topics["item 2(a)"] + topics["item 2(b)"]
    assert "visa-reciprocity" not in topics["item 3(a)"]
    assert topics["item 4"] == ["visa-reciprocity"]  # an item titled by no partner
    assert "visa-reciprocity" not in topics["item 5(a)"]


def test_at_a_body_naming_no_partner_visa_words_are_reciprocity_only_beside_the_us(
    taxonomy: Taxonomy,
) -> None:
    record = _record(
        "9001/24",
        dt.date(2024, 10, 9),
        meeting="Visa Working Party",
        items=[
            Item(number="1", title="Gulf countries: visa arrangements",
                 text="Delegations found that the cascade of multiple-entry visas worked well."),
            Item(number="2", title="Visa policy", text="", subitems=[
                SubItem(label="a", title="Visa Code",
                        text="The revised Visa Code links visas to cooperation on readmission."),
                SubItem(label="b", title="Visa waiver",
                        text="The US has still not admitted Bulgaria to the Visa Waiver Program."),
            ]),
        ],
    )  # fmt: skip
    units = assign_topics(Corpus(records=[record]), taxonomy).units
    topics = {u.ref: sorted(u.topics) for u in units}
    assert topics["item 1"] == ["migration-borders"]
    assert topics["item 2(a)"] == ["migration-borders"]
    assert topics["item 2(b)"] == ["visa-reciprocity"]


def test_the_lead_of_an_item_titled_by_several_topics_keeps_those_its_text_names(
    taxonomy: Taxonomy,
) -> None:
    record = _record(
        "9002/26",
        dt.date(2026, 5, 26),
        [
            Item(number="1", title="Electronic evidence and data protection",
                 text="The Commission recalled when the e-evidence Regulation will apply.",
                 subitems=[
                     SubItem(label="a", title="Electronic evidence agreement",
                             text="The negotiators met twice."),
                     SubItem(label="b", title="Data Privacy Framework",
                             text="The second review is planned."),
                 ]),
            # ... an item titled by one topic is that topic in its lead too
            Item(number="2", title="Counter-terrorism",
                 text="The US described the threat from lone actors.",
                 subitems=[
                     SubItem(label="a", title="Foreign terrorist fighters",
                             text="Returns were discussed."),
                 ]),
            # ... and so is an item titled by one thing of two topics: the TFTP is
            # counter-terrorism and money laundering at once, in its lead and every sub-item
            # (blind66)
            Item(number="3", title="Terrorist Finance Tracking Program",
                 text="The US Treasury recalled that the Programme had passed thousands of leads.",
                 subitems=[
                     SubItem(label="a", title="Follow-up to the first joint review",
                             text="Europol explained how it now verifies each request."),
                     SubItem(label="b", title="An EU terrorist finance tracking system",
                             text="The Commission presented three options."),
                     # ... even where its text names one of the two (blind87)
                     SubItem(label="c", title="The vote in the Parliament",
                             text="Leads that helped to trace the funding of terrorist groups "
                                  "are no longer available."),
                 ]),
            # ... but an item titled by two things, one of them of two topics, shares them
            # out: the PNR sub-item is no TFTP, so no money laundering (blind291)
            Item(number="4", title="PNR and TFTP",
                 text="",
                 subitems=[
                     SubItem(label="a", title="PNR Agreement",
                             text="The first joint review is due next year."),
                     SubItem(label="b", title="TFTP",
                             text="Europol described how it verifies each request."),
                 ]),
            # ... and one titled by two things of one topic is that topic in each sub-item
            Item(number="5", title="Migration and asylum",
                 text="",
                 subitems=[
                     SubItem(label="a", title="Returns",
                             text="The Commission presented its figures for the year."),
                     SubItem(label="b", title="Asylum procedures",
                             text="The US described its backlog of cases."),
                 ]),
        ],
    )  # fmt: skip
    topics = {
        u.ref: sorted(u.topics) for u in assign_topics(Corpus(records=[record]), taxonomy).units
    }
    assert topics["item 1"] == ["cybercrime-e-evidence"]
    assert topics["item 1(b)"] == ["data-protection"]
    assert topics["item 2"] == ["counter-terrorism"]
    both = ["counter-terrorism", "money-laundering"]
    assert [topics[f"item 3{sub}"] for sub in ("", "(a)", "(b)", "(c)")] == [both] * 4
    assert topics["item 4(a)"] == ["counter-terrorism"]
    assert topics["item 4(b)"] == both
    assert topics["item 5(a)"] == topics["item 5(b)"] == ["migration-borders"]


def test_each_sub_item_of_an_item_titled_by_one_agreement_is_a_strand_of_it(
    taxonomy: Taxonomy,
) -> None:
    # a sub-item titled by a part of the agreement's working takes the agreement's topic
    # beside its own (blind296, and blind58, blind187, blind196 before it)
    record = _record(
        "9003/26",
        dt.date(2012, 4, 4),
        [
            Item(number="1", title="The EU-US PNR Agreement",
                 text="",
                 subitems=[
                     SubItem(label="a", title="Sensitive data",
                             text="Delegations asked how the US would filter out sensitive "
                                  "data and how long the masked records would be kept."),
                     SubItem(label="b", title="Next steps",
                             text="The Council will decide on the conclusion in May."),
                 ]),
            # ... not an item titled by a field: its sub-items are files of their own
            Item(number="2", title="Data protection",
                 text="",
                 subitems=[
                     SubItem(label="a", title="Passenger data",
                             text="The Commission described the PNR Directive."),
                 ]),
        ],
    )  # fmt: skip
    topics = {
        u.ref: sorted(u.topics) for u in assign_topics(Corpus(records=[record]), taxonomy).units
    }
    assert topics["item 1(a)"] == ["counter-terrorism", "data-protection"]
    assert topics["item 1(b)"] == ["counter-terrorism"]
    assert topics["item 2(a)"] == ["counter-terrorism"]


def test_an_item_titled_by_a_partner_names_the_war_beside_a_word_of_it(
    taxonomy: Taxonomy,
) -> None:
    # in a working party's item titled by Ukraine, "Ukrainian" is the partner, as in a
    # dialogue with it (blind78, blind82); a word of the war, its crimes or the people it
    # displaced name the war (blind24, blind27, blind32, blind42)
    record = _record(
        "9/17",
        dt.date(2017, 9, 12),
        [
            Item(number="1", title="Ukraine and Georgia: visa-free travel",
                 text="Many Ukrainian citizens have used the new regime. Georgian asylum "
                      "applications have risen."),
            # ... and so it is where the title names it second (blind86)
            Item(number="3", title="Georgia and Ukraine: visa-free travel",
                 text="Ukrainian citizens will travel visa-free from 11 June. The suspension "
                      "mechanism applies to Ukrainian and Georgian citizens alike."),
            Item(number="2", title="Ukraine",
                 text="Two points.",
                 subitems=[
                     SubItem(label="a", title="Accountability",
                             text="Eurojust supports the team that investigates core "
                                  "international crimes committed in Ukraine."),
                     SubItem(label="b", title="Reforms",
                             text="Ukraine presented its new anti-corruption court."),
                     SubItem(label="c", title="Temporary protection",
                             text="Delegations discussed how to help displaced Ukrainians "
                                  "into other statuses."),
                     SubItem(label="d", title="Retours",
                             text="Les retours vers l'Ukraine attendront la fin des frappes "
                                  "russes."),
                     SubItem(label="e", title="Situation",
                             text="The EEAS described the Russian military intervention and "
                                  "what it means for the work with Ukraine. Lithuania reported "
                                  "no rise in arrivals from Ukraine after the military "
                                  "intervention."),
                 ]),
        ],
        meeting="Working Party on JHA-RELEX (JAIEX)",
    )  # fmt: skip
    topics = {
        u.ref: sorted(u.topics) for u in assign_topics(Corpus(records=[record]), taxonomy).units
    }
    assert topics.get("item 1", []) == ["migration-borders"]
    assert topics.get("item 3", []) == ["migration-borders"]
    assert topics["item 2(a)"] == ["rule-of-law-judicial", "ukraine"]
    assert topics.get("item 2(b)", []) == ["rule-of-law-judicial"]
    assert topics["item 2(c)"] == ["humanitarian-protection", "ukraine"]
    assert "ukraine" in topics["item 2(d)"]
    assert "ukraine" in topics["item 2(e)"]


@pytest.mark.parametrize(
    ("meeting", "expected"),
    [
        # a meeting of experts on one file, or the joint review of one agreement: its items that
        # name no file are strands of that file (blind150, blind167), not its opening, other
        # business or next steps
        (
            "EU-US expert meeting on the implementation of the TFTP Agreement",
            {
                "item 1": set(),
                "item 2": {"counter-terrorism", "money-laundering"},
                "item 3": {"counter-terrorism", "money-laundering"},
                "item 3(a)": {"counter-terrorism", "money-laundering"},
                "item 4": {"firearms"},
                "item 5": set(),
                "item 6": set(),
                "item 7": set(),
                "item 8": set(),
            },
        ),
        (
            "Réunion d'experts UE-États-Unis sur la cybercriminalité",
            {
                "item 1": set(),
                "item 2": {"cybercrime-e-evidence"},
                "item 3": {"cybercrime-e-evidence"},
                "item 3(a)": {"cybercrime-e-evidence"},
                "item 4": {"firearms"},
                "item 5": set(),
                "item 6": set(),
                "item 7": set(),
                "item 8": set(),
            },
        ),
        # ... not a meeting of senior officials, which holds many files
        (
            "EU-US JHA Senior Officials Meeting",
            {
                "item 1": set(),
                "item 2": set(),
                "item 3": set(),
                "item 3(a)": set(),
                "item 4": {"firearms"},
                "item 5": set(),
                "item 6": set(),
                "item 7": set(),
                "item 8": set(),
            },
        ),
    ],
)
def test_the_items_of_a_meeting_on_one_file_that_name_none_are_its_strands(
    meeting: str, expected: dict[str, set[str]]
) -> None:
    record = _record(
        "13999/10",
        dt.date(2010, 9, 15),
        [
            Item(number="1", title="Opening", text="The Presidency welcomed the participants."),
            Item(
                number="2",
                title="Verification of requests",
                text="Four requests received since August, each verified within the agreed time.",
            ),
            Item(
                number="3",
                title="Leads",
                text="Leads passed spontaneously to the Member States were presented.",
                subitems=[
                    SubItem(
                        label="a",
                        title="Contact points",
                        text="A single contact point will be designated before the end of October.",
                    )
                ],
            ),
            Item(
                number="4",
                title="Firearms",
                text="Both sides compared the tracing of firearms seized at borders.",
            ),
            Item(
                number="5",
                title="Next steps",
                text="The next meeting will be held in the spring.",
            ),
            Item(
                number="6",
                title="Any other business",
                text="The Presidency announced a conference in November.",
            ),
            # ... nor an item put off, or given with no discussion (blind224)
            Item(
                number="7",
                title="Evaluation report",
                text="Ce point a été reporté à la prochaine réunion, faute de temps.",
            ),
            Item(
                number="8",
                title="Negotiating directives",
                text="The Commission said that its recommendation was before the Council. "
                "There was no discussion.",
            ),
            # ... nor one whose text goes on to say it was not discussed (blind288)
            Item(
                number="9",
                title="Press reports",
                text="Delegations referred to the press reports of the weekend; the point was "
                "raised under any other business and not discussed.",
            ),
            Item(
                number="10",
                title="Calendrier",
                text="La présidence a rappelé le calendrier. Ce dossier n'a pas fait l'objet "
                "d'un débat.",
            ),
            # ... nor a miscellany of the other files (blind336)
            Item(
                number="11",
                title="Other files",
                text="The delegations took note of the calendar of the Ministerial.",
            ),
            Item(
                number="12", title="Autres dossiers", text="La présidence a rappelé le calendrier."
            ),
            # ... nor the context it opens with (blind340)
            Item(
                number="13",
                title="Contexte",
                text="Dans le contexte des attaques du mois de mai, la présidence a ouvert la réunion.",
            ),
            # ... nor one that closes by saying its point was put off (blind328)
            Item(
                number="14",
                title="Scope of the review",
                text="The Commission recalled its questionnaire. The point was postponed to the "
                "next meeting.",
            ),
            # ... nor what ministers told the press or wish to look at later (blind354, blind355)
            Item(
                number="15",
                title="Press conference",
                text="Ministers told the press that the work would go on.",
            ),
            Item(
                number="16",
                title="Future cooperation",
                text="The experts would like to meet again in the autumn.",
            ),
            # ... nor a later meeting named by its title, or its preparation (blind409)
            Item(
                number="17",
                title="Ministerial Meeting in Lisbon",
                text="The Presidency listed the topics of the Ministerial: counter-terrorism and "
                "visa reciprocity.",
            ),
            Item(
                number="18",
                title="Preparation of the Ministerial",
                text="The Presidency will circulate the draft joint statement in May.",
            ),
            # ... nor one that says no other discussion took place under it (blind401)
            Item(
                number="19",
                title="Timetable",
                text="The US asked when the evaluation would be published. No other discussion "
                "took place under this item.",
            ),
        ],
        meeting=meeting,
    )
    assigned = assign_topics(Corpus(records=[record]), load_topics())
    assert {u.ref: set(u.topics) for u in assigned.units} == expected | {
        "item 17": set(),
        "item 18": set(),
        "item 19": set(),
        "item 9": set(),
        "item 10": set(),
        "item 11": set(),
        "item 12": set(),
        "item 13": set(),
        "item 14": set(),
        "item 15": set(),
        "item 16": set(),
    }


@pytest.mark.parametrize(
    ("meeting", "expected"),
    [
        # a review of one agreement speaks of it in every item, whatever else the item names
        # (the safeguards the PNR Agreement sets: blind150, blind187)
        (
            "EU-US Joint Review of the PNR Agreement",
            {
                "item 1": set(),
                "item 2": {"counter-terrorism", "data-protection"},
                "item 3": {"counter-terrorism"},
                "item 4": set(),
            },
        ),
        # ... and so does an annual or periodic review of one framework, in French too
        (
            "Premier réexamen annuel du bouclier de protection des données UE-États-Unis",
            {
                "item 1": set(),
                "item 2": {"data-protection"},
                "item 3": {"data-protection"},
                "item 4": set(),
            },
        ),
    ],
)
def test_every_item_of_a_review_of_one_agreement_is_that_agreements(
    meeting: str, expected: dict[str, set[str]]
) -> None:
    record = _record(
        "12999/13",
        dt.date(2013, 7, 9),
        [
            Item(number="1", title="Opening", text="The co-chairs opened the review."),
            Item(
                number="2",
                title="Sensitive data",
                text="Data revealing racial or ethnic origin or health were filtered out.",
            ),
            Item(
                number="3",
                title="Certification",
                text="Twelve cases of false claims of participation were referred.",
            ),
            Item(number="4", title="Next steps", text="The next review will be held in 2015."),
        ],
        meeting=meeting,
    )
    assigned = assign_topics(Corpus(records=[record]), load_topics())
    assert {u.ref: set(u.topics) for u in assigned.units} == expected


@pytest.mark.parametrize(
    "meeting",
    [
        # blind361: "Fourth session of the Ad Hoc Committee on a UN cybercrime convention"
        "Fifth session of the Ad Hoc Committee on a UN cybercrime convention",
        "EU-US negotiating round on an agreement on access to electronic evidence",
        "Réunion UE-États-Unis de négociation sur l'accès aux preuves électroniques",
    ],
)
def test_a_chapter_of_a_negotiating_round_that_names_no_file_is_the_instruments(
    meeting: str,
) -> None:
    # (a chapter that names a file of its own is that file alone as often as both: blind214
    # and blind354 label "Data protection" so, blind361 both; the opening frames the round)
    record = _record(
        "12998/23",
        dt.date(2023, 4, 20),
        [
            Item(
                number="1",
                title="Organisation of the meeting",
                text="The Commission led the EU delegation; the agenda was adopted.",
            ),
            Item(
                number="2",
                title="Data protection",
                text="The EU asked that personal data be passed on only where they are protected.",
            ),
            Item(
                number="3",
                title="Scope of the offences",
                text="Several states wanted offences on insulting religion; the EU did not.",
            ),
            Item(number="4", title="Next steps", text="The next session will be held in August."),
        ],
        meeting=meeting,
    )
    assigned = assign_topics(Corpus(records=[record]), load_topics())
    assert {u.ref: set(u.topics) for u in assigned.units} == {
        "item 1": set(),
        "item 2": {"data-protection"},
        "item 3": {"cybercrime-e-evidence"},
        "item 4": set(),
    }


def test_next_steps_go_on_with_the_file_before_and_a_lead_stating_a_fact_speaks() -> None:
    record = _record(
        "8999/17",
        dt.date(2017, 4, 4),
        [
            # a "Next steps" sub-item that names no file goes on with the one before (blind427)
            Item(
                number="1",
                title="Travel information systems",
                text="",
                subitems=[
                    SubItem(
                        label="a",
                        title="State of play",
                        text="The Commission presented its proposal for a European Travel "
                        "Information and Authorisation System.",
                    ),
                    SubItem(
                        label="b",
                        title="Next steps",
                        text="The Commission will share the screening rules once they are drafted.",
                    ),
                ],
            ),
            # ... but not one after a sub-item on no file, nor another title
            Item(
                number="2",
                title="Calendar",
                text="",
                subitems=[
                    SubItem(label="a", title="Dates", text="The dates were confirmed."),
                    SubItem(
                        label="b",
                        title="Next steps",
                        text="The Presidency will circulate them in writing.",
                    ),
                    SubItem(
                        label="c",
                        title="Other points",
                        text="The Presidency will send the list of participants.",
                    ),
                ],
            ),
            # a one-sentence lead that states a fact is a unit, even when its sub-items take up
            # the topics it names (blind427) ...
            Item(
                number="3",
                title="Temporary protection and humanitarian parole",
                text="The Presidency recalled that temporary protection for people fleeing "
                "Ukraine had been extended until 4 March 2024.",
                subitems=[
                    SubItem(
                        label="a",
                        title="Temporary protection",
                        text="The Commission described the registrations of people fleeing "
                        "the war in Ukraine under temporary protection.",
                    ),
                ],
            ),
            # ... where one that lays them out only announces them
            Item(
                number="4",
                title="Justice and security",
                text="The discussion covered electronic evidence and the protection of personal "
                "data.",
                subitems=[
                    SubItem(
                        label="a",
                        title="Electronic evidence",
                        text="The Commission reported on the e-evidence negotiations.",
                    ),
                    SubItem(
                        label="b",
                        title="Data protection",
                        text="The US described the Privacy Act amendments.",
                    ),
                ],
            ),
        ],
        meeting="EU-US JHA Senior Officials Meeting",
    )
    assigned = assign_topics(Corpus(records=[record]), load_topics())
    got = {u.ref: set(u.topics) for u in assigned.units}
    assert got["item 1(a)"] == {"migration-borders"}
    assert got["item 1(b)"] == {"migration-borders"}
    assert got["item 2(b)"] == set()
    assert got["item 2(c)"] == set()
    assert got["item 3"] == {"humanitarian-protection", "ukraine"}
    assert got["item 4"] == set()
    assert got["item 4(a)"] == {"cybercrime-e-evidence"}
