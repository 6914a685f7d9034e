"""Every measurement set under tests/fixtures/history/ is well formed (its scores are in benchmarks/).

Each set (heldout, blind2, blind3, ...) is measured by benchmarks/history_heldout.py --dir; these
checks keep its inputs honest, one parametrised test per check and set: every outcome (TXT, DOCX
or PDF) is read with the number, date, language, meeting and item counts its records.json
gives, every label is a topic of the taxonomy on a real unit, and every commitment fragment is
verbatim in the text packgen reads from its document. A new set needs only its folder.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from packgen.corpus import load_corpus
from packgen.records import OutcomeRecord, ReportedMeeting
from packgen.topics import DEFAULT_TOPICS, load_topics
from tests.conftest import FIXTURES

SETS = sorted(p.name for p in (FIXTURES / "history").iterdir() if (p / "records.json").exists())


@pytest.fixture(scope="module", params=SETS)
def measured(request: pytest.FixtureRequest, history_parse_cache: Path):
    folder = FIXTURES / "history" / request.param
    truth = YAML(typ="safe").load((folder / "truth.yaml").read_text(encoding="utf-8"))
    corpus = load_corpus(folder / "outcomes", cache_dir=history_parse_cache)
    expected = json.loads((folder / "records.json").read_text(encoding="utf-8"))
    return truth["documents"], corpus, expected


def _iso(date: dt.date | None) -> str | None:
    # a record may lack a date (a meeting named without its dates): a difference, not a crash
    return date.isoformat() if date else None


def _record(record: OutcomeRecord) -> dict:
    meeting = record.meeting
    return {
        "number": record.number,
        "date": _iso(record.date),
        "place": record.place,
        "language": record.language,
        "meeting": [_iso(meeting.start), _iso(meeting.end), meeting.place] if meeting else None,
        "items": len(record.items),
        "subitems": sum(len(item.subitems) for item in record.items),
        "warnings": record.warnings,
    }


def _text(record: OutcomeRecord) -> str:
    # the opening paragraphs before the first item (the record's "participants") hold
    # commitments too ("The US offered to host the next Ministerial ...")
    parts = [record.summary or "", *record.participants]
    parts += [f"{i.title} {i.text}" for i in record.items]
    parts += [s.text for i in record.items for s in i.subitems]
    return " ".join(" ".join(parts).split())


def _unit_refs(record: OutcomeRecord) -> set[str]:
    """ "item 3" for every item and "item 3(a)" for every sub-item of the record."""
    return {f"item {i.number}" for i in record.items} | {
        f"item {i.number}({s.label})" for i in record.items for s in i.subitems
    }


def test_a_meeting_without_dates_is_compared_not_a_crash() -> None:
    # "Working Party on Terrorism" named without its dates: null dates in the compared form
    record = OutcomeRecord(
        source="2018-05-31_9278-18.txt",
        sha256="0" * 64,
        number="9278/18",
        date=dt.date(2018, 5, 31),
        meeting=ReportedMeeting(title="Working Party on Terrorism", place="Sofia"),
    )
    assert _record(record)["meeting"] == [None, None, "Sofia"]
    assert _record(record.model_copy(update={"date": None}))["date"] is None


def test_sets_are_found() -> None:
    assert {"heldout", "blind2", "blind3", "blind4", "blind5", "blind6"} <= set(SETS)


def test_each_recent_set_names_the_commit_of_its_first_run() -> None:
    # benchmarks/history_first_runs.py re-runs each set with the matcher its README names
    from benchmarks.history_first_runs import first_run_commits

    commits = first_run_commits()
    # (there is no blind388: the round after blind384 was numbered 385-387 and 389; nor
    # blind460: the round after blind457 was numbered 458, 459, 461 and 462)
    assert {f"blind{n}" for n in range(36, 673) if n not in (388, 460)} <= commits.keys()
    assert commits["blind97"] == commits["blind100"] == "bb0ec03"
    assert commits["blind101"] == commits["blind104"] == "a2704ea"
    assert commits["blind105"] == commits["blind108"] == "6d49437"
    assert commits["blind107"] == "9b326b5"
    assert commits["blind109"] == commits["blind112"] == "759b1de"
    assert commits["blind113"] == commits["blind116"] == "c577190"
    assert commits["blind117"] == commits["blind120"] == "e518d57"
    assert commits["blind121"] == commits["blind124"] == "658419c"
    assert commits["blind125"] == commits["blind128"] == "d7345ae"
    assert commits["blind129"] == commits["blind132"] == "cf2b156"
    assert commits["blind133"] == commits["blind136"] == "2512598"
    assert commits["blind137"] == commits["blind140"] == "69b0020"
    assert commits["blind141"] == commits["blind144"] == "e5c4dbd"
    assert commits["blind145"] == commits["blind148"] == "ea46eb3"
    assert commits["blind149"] == commits["blind152"] == "94117db"
    assert commits["blind153"] == commits["blind156"] == "51c4b8a"
    assert commits["blind157"] == commits["blind160"] == "3a2e854"
    assert commits["blind161"] == commits["blind164"] == "4774619"
    assert commits["blind165"] == commits["blind168"] == "f0ea950"
    assert commits["blind169"] == commits["blind172"] == "edfee6a"
    assert commits["blind173"] == commits["blind176"] == "8ad507c"
    assert commits["blind177"] == commits["blind180"] == "5a354b5"
    assert commits["blind181"] == commits["blind184"] == "31b7b67"
    assert commits["blind185"] == commits["blind188"] == "0882946"
    assert commits["blind189"] == commits["blind192"] == "d9e3156"
    assert commits["blind193"] == commits["blind196"] == "0abe122"
    assert commits["blind197"] == commits["blind200"] == "7ca7d6f"
    assert commits["blind201"] == commits["blind204"] == "0b4dca0"
    assert commits["blind205"] == commits["blind208"] == "13a9fa1"
    assert commits["blind209"] == commits["blind212"] == "e696211"
    assert commits["blind213"] == commits["blind216"] == "01ce3f7"
    assert commits["blind217"] == commits["blind220"] == "7e4ca8a"
    assert commits["blind221"] == commits["blind224"] == "e4752e5"
    assert commits["blind225"] == commits["blind228"] == "a03e238"
    assert commits["blind229"] == commits["blind232"] == "473ab97"
    assert commits["blind233"] == commits["blind236"] == "c12ba86"
    assert commits["blind237"] == commits["blind240"] == "440259e"
    assert commits["blind241"] == commits["blind244"] == "70b0213"
    assert commits["blind245"] == commits["blind248"] == "78d7612"
    assert commits["blind249"] == commits["blind252"] == "6e0601d"
    assert commits["blind253"] == commits["blind256"] == "b265f1d"
    assert commits["blind257"] == commits["blind260"] == "ac682c1"
    assert commits["blind261"] == commits["blind264"] == "6dcfb46"
    assert commits["blind265"] == commits["blind268"] == "790f444"
    assert commits["blind269"] == commits["blind272"] == "6f1d799"
    assert commits["blind273"] == commits["blind276"] == "96b1bb3"
    assert commits["blind277"] == commits["blind280"] == "e07b74c"
    assert commits["blind281"] == commits["blind284"] == "1ee9f57"
    assert commits["blind285"] == commits["blind288"] == "6bce8b2"
    assert commits["blind289"] == commits["blind292"] == "21ba9fa"
    assert commits["blind293"] == commits["blind296"] == "a54841a"
    assert commits["blind297"] == commits["blind300"] == "1be28d9"
    assert commits["blind301"] == commits["blind304"] == "0a34ba1"
    assert commits["blind305"] == commits["blind308"] == "c6b1601"
    assert commits["blind309"] == commits["blind312"] == "44353b6"
    assert commits["blind313"] == commits["blind316"] == "e2653b0"
    assert commits["blind317"] == commits["blind320"] == "2c0aca1"
    assert commits["blind321"] == commits["blind324"] == "249142b"
    assert commits["blind325"] == commits["blind328"] == "de8f7dc"
    assert commits["blind329"] == commits["blind332"] == "85e0da7"
    assert commits["blind333"] == commits["blind336"] == "adca044"
    assert commits["blind337"] == commits["blind340"] == "fcf1d6d"
    assert commits["blind341"] == commits["blind344"] == "1ea28d5"
    assert commits["blind345"] == commits["blind348"] == "bfd2488"
    assert commits["blind349"] == commits["blind352"] == "f85f402"
    assert commits["blind353"] == commits["blind356"] == "61bbacd"
    assert commits["blind357"] == commits["blind360"] == "15ac328"
    assert commits["blind361"] == commits["blind364"] == "d828eee"
    assert commits["blind365"] == commits["blind368"] == "4a24bd0"
    assert commits["blind369"] == commits["blind372"] == "6d64d37"
    assert commits["blind373"] == commits["blind376"] == "5c6e69d"
    assert commits["blind377"] == commits["blind380"] == "9b4669b"
    assert commits["blind381"] == commits["blind384"] == "d4b278c"
    assert commits["blind385"] == commits["blind389"] == "a60c58b"
    assert commits["blind390"] == commits["blind393"] == "1a8fe88"
    assert commits["blind394"] == commits["blind397"] == "35a248f"
    assert commits["blind398"] == commits["blind401"] == "e43877f"
    assert commits["blind402"] == commits["blind405"] == "ff0f773"
    assert commits["blind406"] == commits["blind409"] == "89fb603"
    assert commits["blind410"] == commits["blind413"] == "e5147e6"
    assert commits["blind414"] == commits["blind417"] == "dae62fd"
    assert commits["blind418"] == commits["blind421"] == "2179a28"
    assert commits["blind422"] == commits["blind425"] == "a86705d"
    assert commits["blind426"] == commits["blind429"] == "eca8607"
    assert commits["blind430"] == commits["blind433"] == "9fd1c7e"
    assert commits["blind434"] == commits["blind437"] == "b30fbd1"
    assert commits["blind438"] == commits["blind441"] == "bb994cd"
    assert commits["blind442"] == commits["blind445"] == "36415a7"
    assert commits["blind446"] == commits["blind449"] == "8f6c16b"
    assert commits["blind450"] == commits["blind462"] == "abe8d1f"
    assert commits["blind463"] == commits["blind466"] == "f34c52a"
    assert commits["blind467"] == commits["blind470"] == "3f3532a"
    assert commits["blind471"] == commits["blind474"] == "4d8d37e"
    assert commits["blind475"] == commits["blind478"] == "e020183"
    assert commits["blind479"] == commits["blind482"] == "5205b7d"
    assert commits["blind483"] == commits["blind486"] == "dbffcde"
    assert commits["blind487"] == commits["blind490"] == "1e6a8a1"
    assert commits["blind491"] == commits["blind494"] == "4284ca7"
    assert commits["blind495"] == commits["blind498"] == "26f8c54"
    assert commits["blind499"] == commits["blind501"] == "f39d431"
    assert commits["blind502"] == commits["blind504"] == "a379bb4"
    assert commits["blind505"] == commits["blind508"] == "d4d0cc3"
    assert commits["blind509"] == commits["blind512"] == "91f5abd"
    assert commits["blind513"] == commits["blind516"] == "bda98b3"
    assert commits["blind517"] == commits["blind520"] == "0eed1e3"
    assert commits["blind521"] == commits["blind524"] == "3ea4dad"
    assert commits["blind525"] == commits["blind528"] == "a24fcc3"
    assert commits["blind529"] == commits["blind532"] == "0dbcf12"
    assert commits["blind533"] == commits["blind536"] == "39c5e4e"
    assert commits["blind537"] == commits["blind540"] == "c1ecc10"
    assert commits["blind541"] == commits["blind544"] == "a04bcaf"
    assert commits["blind545"] == commits["blind548"] == "49f86ae"
    assert commits["blind549"] == commits["blind552"] == "ab4910c"
    assert commits["blind553"] == commits["blind556"] == "7fb41aa"
    assert commits["blind557"] == commits["blind560"] == "3376150"
    assert commits["blind561"] == commits["blind564"] == "372233f"
    assert commits["blind565"] == commits["blind568"] == "6e9940d"
    assert commits["blind569"] == commits["blind572"] == "ae9d5e1"
    assert commits["blind573"] == commits["blind576"] == "a5ead6d"
    assert commits["blind577"] == commits["blind580"] == "1f86d8c"
    assert commits["blind581"] == commits["blind584"] == "f9e2715"
    assert commits["blind585"] == commits["blind588"] == "6eb5a25"
    assert commits["blind589"] == commits["blind592"] == "e1c70b6"
    assert commits["blind593"] == commits["blind596"] == "052341c"
    assert commits["blind597"] == commits["blind600"] == "3cc36d8"
    assert commits["blind601"] == commits["blind604"] == "e6c447d"
    assert commits["blind605"] == commits["blind608"] == "184c93c"
    assert commits["blind609"] == commits["blind612"] == "59b68a5"
    assert commits["blind613"] == commits["blind616"] == "f4392fa"
    assert commits["blind617"] == commits["blind620"] == "9a866df"
    assert commits["blind621"] == commits["blind624"] == "1cfb286"
    assert commits["blind625"] == commits["blind628"] == "a2aded6"
    assert commits["blind629"] == commits["blind632"] == "5440ede"
    assert commits["blind633"] == commits["blind636"] == "63e7d8d"
    assert commits["blind637"] == commits["blind640"] == "3efc197"
    assert commits["blind641"] == commits["blind644"] == "576d6c9"
    assert commits["blind645"] == commits["blind648"] == "8a51a07"
    assert commits["blind649"] == commits["blind652"] == "2f9d22f"
    assert commits["blind653"] == commits["blind656"] == "add7934"
    assert commits["blind657"] == commits["blind660"] == "42c906c"
    assert commits["blind661"] == commits["blind664"] == "d6c5db0"
    assert commits["blind665"] == commits["blind668"] == "fc7fe9b"
    assert commits["blind669"] == commits["blind672"] == "b38d187"
    assert all(len(c) >= 7 and int(c, 16) >= 0 for c in commits.values())


def test_every_outcome_is_read_as_its_records_file_says(measured) -> None:
    truth, corpus, expected = measured
    assert corpus.refused == [] and corpus.skipped == []
    actual = {Path(r.source).name: _record(r) for r in corpus.records}
    assert actual == expected
    assert sorted(r.number for r in corpus.records) == sorted(truth)
    for record in corpus.records:
        date, number = Path(record.source).stem.split("_")[:2]
        number = number.removesuffix("-fr").replace("-", "/")  # 10823-09-fr: a French text
        assert (record.number, _iso(record.date)) == (number, date)
        end = record.meeting.end if record.meeting else None
        assert end is None or end < record.date, (record.number, end)
        assert truth[record.number]["split"] == "heldout"


def test_every_label_is_a_known_topic_on_a_real_unit(measured) -> None:
    truth, corpus, _ = measured
    topics = {t.id for t in load_topics(DEFAULT_TOPICS).topics}
    for record in corpus.records:
        refs = _unit_refs(record)
        for ref, labels in truth[record.number]["units"].items():
            assert ref in refs, (record.number, ref)
            assert set(labels) <= topics, (record.number, ref, labels)


SECOND_LABELLED = [s for s in SETS if (FIXTURES / "history" / s / "second_labels.yaml").exists()]


@pytest.mark.parametrize("name", SECOND_LABELLED)
def test_second_labels_name_known_topics_on_real_units_of_cited_documents(
    name: str, history_parse_cache: Path
) -> None:
    # benchmarks/history_agreement.py scores a second labeller against truth.yaml
    folder = FIXTURES / "history" / name
    load = YAML(typ="safe").load
    truth = load((folder / "truth.yaml").read_text(encoding="utf-8"))["documents"]
    second = load((folder / "second_labels.yaml").read_text(encoding="utf-8"))["documents"]
    outcomes = folder / "outcomes"
    records = {r.number: r for r in load_corpus(outcomes, cache_dir=history_parse_cache).records}
    topics = {t.id for t in load_topics(DEFAULT_TOPICS).topics}
    assert set(map(str, second)) == set(truth)
    for number, doc in second.items():
        record = records[str(number)]
        refs = _unit_refs(record)
        for ref, labels in doc["units"].items():
            assert ref in refs, (number, ref)
            assert set(labels or []) <= topics, (number, ref, labels)


def test_sets_with_second_labels_are_found() -> None:
    assert {"blind25", "blind27", "blind30", "blind31", "blind32", "blind33", "blind36"} <= set(
        SECOND_LABELLED
    )


def test_every_commitment_fragment_is_verbatim_in_its_document(measured) -> None:
    truth, corpus, _ = measured
    for record in corpus.records:
        text = _text(record)
        for fragment in truth[record.number]["commitments"]:
            assert fragment in text, (record.number, fragment)


def test_every_due_label_is_a_date_of_a_labelled_commitment(measured) -> None:
    # benchmarks/history_due.py scores FollowUp.due against these labels
    truth, corpus, _ = measured
    for record in corpus.records:
        doc = truth[record.number]
        for fragment, due in (doc.get("due") or {}).items():
            assert fragment in doc["commitments"], (record.number, fragment)
            assert isinstance(due, dt.date), (record.number, fragment, due)
            start = record.meeting.start if record.meeting else None
            assert start is None or due >= start, (record.number, due)
