"""Bundled corpus: seeds/outcomes/*.txt in, the expected facts out, identical from .docx and .pdf."""

from __future__ import annotations

import datetime as dt
import importlib.util
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pytest

from packgen.extract import read_outcome
from packgen.records import OutcomeRecord

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_OUTCOMES = ROOT / "seeds" / "outcomes"
RENDITIONS_SCRIPT = ROOT / "scripts" / "make_renditions.py"

#: Fields that name the file rather than its content: they differ by design between formats.
FILE_FIELDS = ("source", "sha256", "marking_found")  # where differs by format


@dataclass(frozen=True)
class Expected:
    """The facts one bundled outcome must yield, taken from the register document it retells."""

    number: str
    date: dt.date
    codes: int
    prev_docs: list[str]
    meeting: tuple[str, dt.date, dt.date]
    titles: list[str]
    subitems: dict[str, list[str]] = field(default_factory=dict)  # item number -> sub-titles
    annex_title: str | None = None
    #: (item number, phrase): follow-up commitments the history feature must be able to find
    commitments: list[tuple[str, str]] = field(default_factory=list)
    #: the language version: a French outcome reads into the same record, in its own words
    place: str = "Brussels"
    language: str = "en"
    #: documents before about 2015 are "NOTE"s from the General Secretariat
    doc_type: str = "OUTCOME OF PROCEEDINGS"


EXPECTED: dict[str, Expected] = {
    "2017-06-29_10483-17.txt": Expected(
        number="10483/17",
        date=dt.date(2017, 6, 29),
        codes=13,
        prev_docs=["10084/17"],
        meeting=("Valletta", dt.date(2017, 6, 15), dt.date(2017, 6, 16)),
        titles=[
            "Counter-terrorism",
            "Cyberspace - jurisdiction, cooperation and protection of personal data",
            "Transnational organised crime",
            "Border management, migration and visa reciprocity",
            "Priorities of the incoming Estonian Presidency",
        ],
        commitments=[
            ("1", "agreed to continue discussing aviation security at technical level"),
            ("1", "on 26 July 2017"),
            ("4", "agreed to keep working jointly towards full visa reciprocity"),
        ],
    ),
    "2018-05-31_9278-18.txt": Expected(
        number="9278/18",
        date=dt.date(2018, 5, 31),
        codes=11,
        prev_docs=[],
        meeting=("Sofia", dt.date(2018, 5, 22), dt.date(2018, 5, 23)),
        titles=[
            "Counterterrorism",
            "Security and judicial cooperation in cyberspace",
            "Migration, border management and visa policy",
            "Transnational organised crime",
            "Priorities of the incoming Austrian Presidency",
        ],
        subitems={
            "1": [
                "Information sharing, including battlefield information, PNR and aviation security",
                "Prevention of radicalisation and terrorist use of the Internet",
                "Further cooperation on CBRN in view of evolving chemical threats",
            ],
            "2": [
                "Cross-border access to electronic evidence and related issues",
                "Cooperation on cybersecurity/cybercrime",
            ],
            "3": [
                "Latest developments on migration policy and border management",
                "Tackling migrant smuggling and trafficking of human beings",
                "Visa reciprocity",
            ],
            "4": [
                "Latest developments and cooperation on counter narcotics efforts",
                "Anti-money laundering/Terrorist financing",
            ],
        },
        annex_title="Joint EU-U.S. statement following the EU-U.S. JHA Ministerial Meeting",
        commitments=[
            ("1", "Both sides agreed to return to PNR at future meetings"),
            ("2", "agreed to look into this at technical level"),
        ],
    ),
    "2023-03-24_7725-23.txt": Expected(
        number="7725/23",
        date=dt.date(2023, 3, 24),
        codes=15,
        prev_docs=[],
        meeting=("Stockholm", dt.date(2023, 3, 16), dt.date(2023, 3, 17)),
        titles=[
            "Joint response to Russia's war of aggression against Ukraine",
            "Counter-Terrorism and Information Sharing",
            "Access to electronic evidence",
            "\u201cGoing dark\u201d: challenges for crime fighting in the digital era",
            "Countering serious organised crime, including arms and drugs trafficking and"
            " resulting violence",
            "EU-US MLA and extradition agreements",
            "Update on progress towards Visa Reciprocity",
            "Priorities of the incoming Spanish Presidency",
        ],
        subitems={
            "1": [
                "Security threats stemming from the war",
                "Support to people fleeing the war in Ukraine",
                "Enforcement of sanctions and confiscation of assets",
                "Accountability and the collection of evidence of core international crimes",
                "Environmental crime",
            ],
            "2": ["Violent extremism", "Information sharing"],
        },
        commitments=[
            ("3", "The next round of negotiations will take place in June 2023 in Washington, DC"),
            ("5", "EMCDDA report on synthetic drugs will be ready before the EU-US Ministerial"),
            ("6", "agreed to meet next on MLA and extradition once the summer break is over"),
            ("7", "The next tripartite meeting is planned in Washington, DC, on 7 June"),
        ],
    ),
    # the meetings added for the history of issue 11 (facts in tests/fixtures/history/truth.yaml)
    "2009-11-06_15487-09.txt": Expected(
        number="15487/09",
        date=dt.date(2009, 11, 6),
        codes=6,
        prev_docs=[],
        meeting=("Washington", dt.date(2009, 10, 28), dt.date(2009, 10, 28)),
        doc_type="NOTE",
        titles=[
            "Washington Statement on enhancing transatlantic cooperation in justice, freedom and security",
            "Terrorist Finance Tracking Programme (TFTP)",
            "Data protection",
            "Mobility, migration and borders",
            "Priorities of the incoming Spanish Presidency",
        ],
        subitems={
            "4": [
                "Visa Waiver Program",
                "Border security and travel documents",
                "Asylum and resettlement",
            ]
        },
    ),
    "2010-12-17_17920-10.txt": Expected(
        number="17920/10",
        date=dt.date(2010, 12, 17),
        codes=7,
        prev_docs=[],
        meeting=("Washington", dt.date(2010, 12, 9), dt.date(2010, 12, 10)),
        doc_type="NOTE",
        titles=[
            "Data protection agreement",
            "Counter-terrorism",
            "Cybercrime and cybersecurity",
            "Transnational organised crime and drugs",
            "Priorities of the incoming Hungarian Presidency",
        ],
        subitems={"2": ["TFTP Agreement", "Aviation security"]},
    ),
    "2012-06-29_11820-12.txt": Expected(
        number="11820/12",
        date=dt.date(2012, 6, 29),
        codes=7,
        prev_docs=[],
        meeting=("Copenhagen", dt.date(2012, 6, 20), dt.date(2012, 6, 21)),
        doc_type="NOTE",
        titles=[
            "Data protection",
            "Judicial cooperation in criminal matters",
            "Global Alliance against child sexual abuse online",
            "Cybersecurity",
            "Priorities of the incoming Cypriot Presidency",
        ],
        subitems={
            "2": [
                "Mutual legal assistance and extradition agreements",
                "Procedural rights and victims of crime",
            ]
        },
    ),
    "2013-06-24_11231-13.txt": Expected(
        number="11231/13",
        date=dt.date(2013, 6, 24),
        codes=6,
        prev_docs=[],
        meeting=("Dublin", dt.date(2013, 6, 13), dt.date(2013, 6, 14)),
        doc_type="NOTE",
        titles=[
            "Data protection",
            "Rights of victims of crime",
            "Judicial cooperation in civil matters",
            "Judicial cooperation in criminal matters",
        ],
        subitems={
            "1": [
                "Negotiations on a data protection agreement for law enforcement",
                "Reports on US surveillance programmes",
            ]
        },
    ),
    "2013-11-29_17034-13.txt": Expected(
        number="17034/13",
        date=dt.date(2013, 11, 29),
        codes=7,
        prev_docs=[],
        meeting=("Washington", dt.date(2013, 11, 18), dt.date(2013, 11, 18)),
        doc_type="NOTE",
        titles=[
            "Data protection",
            "Mobility, migration and borders",
            "Counter-terrorism and security",
            "Cybersecurity and cybercrime",
            "Priorities of the incoming Greek Presidency",
        ],
        subitems={
            "1": [
                "Umbrella agreement on data protection for law enforcement purposes",
                "The ad hoc EU-US working group",
                "Legislative processes in the EU and in the US",
            ]
        },
    ),
    "2014-07-04_11516-14.txt": Expected(
        number="11516/14",
        date=dt.date(2014, 7, 4),
        codes=7,
        prev_docs=[],
        meeting=("Athens", dt.date(2014, 6, 24), dt.date(2014, 6, 25)),
        doc_type="NOTE",
        titles=[
            "Foreign terrorist fighters",
            "Data protection: the Umbrella Agreement",
            "Migration and mobility",
            "Organised crime",
            "Priorities of the incoming Italian Presidency",
        ],
    ),
    "2017-10-20_13402-17.txt": Expected(
        number="13402/17",
        date=dt.date(2017, 10, 20),
        codes=5,
        prev_docs=[],
        meeting=("Ottawa", dt.date(2017, 10, 10), dt.date(2017, 10, 10)),
        titles=[
            "EU-Canada PNR Agreement",
            "Counter-terrorism",
            "Migration and refugees",
            "Child sexual abuse online",
            "Cybercrime",
            "Next meeting",
        ],
    ),
    "2017-11-24_14822-17.txt": Expected(
        number="14822/17",
        date=dt.date(2017, 11, 24),
        codes=8,
        prev_docs=[],
        meeting=("Washington", dt.date(2017, 11, 17), dt.date(2017, 11, 17)),
        titles=[
            "Counter-terrorism",
            "Electronic evidence",
            "Visa reciprocity",
            "Drugs",
            "Priorities of the incoming Bulgarian Presidency",
        ],
        subitems={
            "1": [
                "Information sharing and passenger data",
                "Terrorist financing and online propaganda",
            ]
        },
    ),
    "2018-11-23_14490-18.txt": Expected(
        number="14490/18",
        date=dt.date(2018, 11, 23),
        codes=9,
        prev_docs=[],
        meeting=("Washington", dt.date(2018, 11, 8), dt.date(2018, 11, 9)),
        titles=[
            "Counter-terrorism",
            "E-evidence and cybersecurity",
            "Migration and visa reciprocity",
            "Opioids and synthetic drugs",
            "Priorities of the incoming Romanian Presidency",
        ],
        subitems={
            "2": ["Cross-border access to electronic evidence", "Resilience of electoral processes"]
        },
    ),
    "2022-07-01_10790-22.txt": Expected(
        number="10790/22",
        date=dt.date(2022, 7, 1),
        codes=7,
        prev_docs=[],
        meeting=("Paris", dt.date(2022, 6, 23), dt.date(2022, 6, 23)),
        titles=[
            "Russia's war against Ukraine",
            "Cybercrime and child sexual abuse online",
            "Drugs",
        ],
        subitems={
            "1": [
                "Accountability for international crimes",
                "People fleeing the war",
                "Sanctions and firearms",
            ]
        },
    ),
    "2022-12-22_16201-22.txt": Expected(
        number="16201/22",
        date=dt.date(2022, 12, 22),
        codes=8,
        prev_docs=[],
        meeting=("Washington", dt.date(2022, 12, 15), dt.date(2022, 12, 15)),
        titles=[
            "Joint response to the war against Ukraine",
            "Electronic evidence",
            "Synthetic drugs",
            "Counter-terrorism",
            "Priorities of the incoming Swedish Presidency",
        ],
    ),
    "2023-11-10_15102-23.txt": Expected(
        number="15102/23",
        date=dt.date(2023, 11, 10),
        codes=5,
        prev_docs=[],
        meeting=("Brussels", dt.date(2023, 10, 26), dt.date(2023, 10, 26)),
        titles=[
            "Rule of law and judicial reform",
            "Organised crime and firearms",
            "Displaced persons and humanitarian protection",
            "Cyber security and hybrid threats",
            "Accountability for international crimes",
        ],
    ),
    "2025-05-30_9350-25.txt": Expected(
        number="9350/25",
        date=dt.date(2025, 5, 30),
        codes=7,
        prev_docs=[],
        meeting=("Warsaw", dt.date(2025, 5, 20), dt.date(2025, 5, 21)),
        titles=[
            "Drug trafficking and organised crime",
            "Migration and border security",
            "Counter-terrorism and violent extremism",
            "Child sexual abuse and artificial intelligence",
            "Environmental crime",
            "Priorities of the incoming Danish Presidency",
        ],
    ),
    "2021-07-02_10388-21.txt": Expected(
        number="10388/21",
        date=dt.date(2021, 7, 2),
        codes=6,
        prev_docs=[],
        meeting=("Lisbon", dt.date(2021, 6, 22), dt.date(2021, 6, 22)),
        titles=[
            "Renewing the transatlantic partnership",
            "Cybercrime",
            "Violent extremism and counter-terrorism",
            "Migration and the Western Hemisphere",
            "Electronic evidence",
            "Synthetic drugs",
        ],
        subitems={"2": ["Ransomware", "Child sexual abuse online"]},
    ),
    "2021-12-22_15290-21.txt": Expected(
        number="15290/21",
        date=dt.date(2021, 12, 22),
        codes=6,
        prev_docs=[],
        meeting=("Washington", dt.date(2021, 12, 16), dt.date(2021, 12, 16)),
        titles=[
            "Cybercrime",
            "Counter-terrorism and information exchange",
            "Instrumentalisation of migrants at the external border",
            "Priorities of the incoming French Presidency",
        ],
        subitems={
            "1": [
                "The Budapest Convention and the UN negotiations",
                "Ransomware and child sexual abuse",
            ]
        },
    ),
    "2024-06-28_11590-24.txt": Expected(
        number="11590/24",
        date=dt.date(2024, 6, 28),
        codes=6,
        prev_docs=[],
        meeting=("Brussels", dt.date(2024, 6, 20), dt.date(2024, 6, 21)),
        titles=[
            "Drug trafficking through ports and logistical hubs",
            "Support to Ukraine",
            "Irregular migration",
            "Counter-terrorism",
        ],
    ),
    "2023-06-28_11010-23-fr.txt": Expected(
        number="11010/23",
        date=dt.date(2023, 6, 28),
        codes=6,
        prev_docs=["7725/23"],
        meeting=("Stockholm", dt.date(2023, 6, 21), dt.date(2023, 6, 21)),
        titles=[
            "Conséquences de la guerre d'agression menée par la Russie contre l'Ukraine",
            "Lutte contre le terrorisme",
            "Cybercriminalité et accès aux preuves électroniques",
            "Réciprocité en matière de visas",
            "Priorités de la future présidence espagnole",
        ],
        subitems={"2": ["Échange d'informations", "Contenus terroristes en ligne"]},
        commitments=[("3", "ont prévu de reprendre la discussion")],
        place="Bruxelles",
        language="fr",
        doc_type="RÉSULTATS DES TRAVAUX",
    ),
}

NAMES = sorted(EXPECTED)


def test_every_bundled_outcome_has_expectations() -> None:
    assert sorted(p.name for p in BUNDLED_OUTCOMES.glob("*.txt")) == NAMES


@pytest.fixture(scope="module")
def txt_records() -> dict[str, OutcomeRecord]:
    return {name: read_outcome(BUNDLED_OUTCOMES / name) for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_header_facts(name: str, txt_records: dict[str, OutcomeRecord]) -> None:
    record, expected = txt_records[name], EXPECTED[name]
    assert record.number == expected.number
    assert record.date == expected.date
    assert record.place == expected.place
    assert record.language == expected.language
    assert record.marking == "LIMITE"
    assert record.doc_type == expected.doc_type
    assert len(record.subject_codes) == expected.codes
    assert record.subject_codes[0].startswith("JAIEX ")
    assert record.prev_docs == expected.prev_docs
    assert record.warnings == []


@pytest.mark.parametrize("name", NAMES)
def test_meeting(name: str, txt_records: dict[str, OutcomeRecord]) -> None:
    meeting = txt_records[name].meeting
    assert meeting is not None
    assert (meeting.place, meeting.start, meeting.end) == EXPECTED[name].meeting


@pytest.mark.parametrize("name", NAMES)
def test_items_and_subitems(name: str, txt_records: dict[str, OutcomeRecord]) -> None:
    record, expected = txt_records[name], EXPECTED[name]
    assert [item.title for item in record.items] == expected.titles
    assert [item.number for item in record.items] == [
        str(n) for n in range(1, len(expected.titles) + 1)
    ]
    for item in record.items:
        wanted = expected.subitems.get(item.number, [])
        assert [sub.title for sub in item.subitems] == wanted, f"item {item.number}"
        assert [sub.label for sub in item.subitems] == list("abcdefgh"[: len(wanted)])
        assert all(sub.text for sub in item.subitems), f"item {item.number}: empty sub-item"


@pytest.mark.parametrize("name", NAMES)
def test_annex(name: str, txt_records: dict[str, OutcomeRecord]) -> None:
    annex, title = txt_records[name].annex, EXPECTED[name].annex_title
    if title is None:
        assert annex is None
    else:
        assert annex is not None and annex.title == title
        assert "in the second half of 2018" in annex.text
        # the annex is not swallowed by the last item
        assert "Sofia" not in txt_records[name].items[-1].text


@pytest.mark.parametrize("name", NAMES)
def test_commitments_are_in_their_items(name: str, txt_records: dict[str, OutcomeRecord]) -> None:
    items = {item.number: item.text for item in txt_records[name].items}
    for number, phrase in EXPECTED[name].commitments:
        assert phrase in items[number], f"item {number} lacks {phrase!r}"


# ---------------------------------------------------------------- DOCX and PDF renditions


@pytest.fixture(scope="module")
def renditions_module() -> ModuleType:
    if not RENDITIONS_SCRIPT.is_file():
        pytest.skip(f"{RENDITIONS_SCRIPT} not there yet")
    spec = importlib.util.spec_from_file_location("make_renditions", RENDITIONS_SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def renditions(
    renditions_module: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Path]:
    """Every bundled outcome rendered once as .docx and .pdf: (name, suffix) -> path."""
    with warnings.catch_warnings():
        # WeasyPrint warns at import when the system lacks libharfbuzz-subset: not our concern here
        warnings.filterwarnings("ignore", "HarfBuzz-Subset", DeprecationWarning)
        import weasyprint  # noqa: F401
    folder = tmp_path_factory.mktemp("renditions")
    writers = {
        ".docx": renditions_module.write_docx_rendition,
        ".pdf": renditions_module.write_pdf_rendition,
    }
    out: dict[tuple[str, str], Path] = {}
    for name in NAMES:
        for suffix, write in writers.items():
            target = folder / (Path(name).stem + suffix)
            write(BUNDLED_OUTCOMES / name, target)
            out[(name, suffix)] = target
    return out


def content_of(record: OutcomeRecord) -> dict:
    data = record.model_dump(mode="json")
    for key in FILE_FIELDS:
        data.pop(key)
    return data


def differences(left: object, right: object, path: str = "") -> list[str]:
    """Paths where two JSON-like values differ, each with both values, shortened."""
    if isinstance(left, dict) and isinstance(right, dict):
        found = []
        for key in sorted(set(left) | set(right), key=str):
            found += differences(left.get(key), right.get(key), f"{path}.{key}" if path else key)
        return found
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        found = []
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            found += differences(a, b, f"{path}[{index}]")
        return found
    if left == right:
        return []
    return [f"{path}: txt={_short(left)} other={_short(right)}"]


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 160 else f"{text[:100]} ... {text[-50:]}"


def test_differences_names_the_field() -> None:
    left = {"items": [{"title": "A", "text": "x"}], "date": "2018-05-31"}
    right = {"items": [{"title": "A", "text": "y"}], "date": "2018-05-31"}
    assert differences(left, right) == ["items[0].text: txt='x' other='y'"]
    assert differences({"codes": [1, 2]}, {"codes": [1]}) == ["codes: txt=[1, 2] other=[1]"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize("name", NAMES)
def test_rendition_reads_like_the_text(
    name: str,
    suffix: str,
    txt_records: dict[str, OutcomeRecord],
    renditions: dict[tuple[str, str], Path],
) -> None:
    record = read_outcome(renditions[(name, suffix)])
    assert record.source.endswith(suffix)
    found = differences(content_of(txt_records[name]), content_of(record))
    assert not found, f"{name} as {suffix} differs from .txt in:\n" + "\n".join(found)
