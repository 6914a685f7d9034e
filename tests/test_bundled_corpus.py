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
    assert record.place == "Brussels"
    assert record.language == "en"
    assert record.marking == "LIMITE"
    assert record.doc_type == "OUTCOME OF PROCEEDINGS"
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
