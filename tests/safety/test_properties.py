"""Property tests: any spec text or data, any outcome bytes end in a result or an InputError."""

from __future__ import annotations

import importlib.util
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from packgen.errors import InputError
from packgen.extract import read_outcome
from packgen.records import OutcomeRecord
from packgen.spec import LoadedSpec, load_spec
from tests.conftest import ROOT
from tests.safety.helpers import BUNDLED_CORPUS, brief

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
VALID_SPEC = brief("LIMITE")
OUTCOME = BUNDLED_CORPUS / "2018-05-31_9278-18.txt"


def load_spec_or_input_error(path: Path) -> LoadedSpec | None:
    """Only two ways out: a valid spec, or an InputError naming the file on one line."""
    try:
        loaded = load_spec(path)
    except InputError as exc:
        assert exc.path == str(path)
        assert "\n" not in str(exc) and str(exc).startswith(str(path))
        return None
    assert loaded.spec.agenda and loaded.spec.kind in ("background-brief", "steering-note")
    return loaded


# --- spec loader: YAML-ish text --------------------------------------------------------------

yaml_pieces = st.sampled_from(
    [
        "kind: background-brief",
        "kind: steering-note",
        "classification: PUBLIC",
        "header:",
        "  number: 10512/23",
        "  date: 2023-06-19",
        "  date: 2023-19-06",
        "  date: 21 June 2023",
        "meeting:",
        "  title: x",
        "  dates: {start: 2023-06-21, end: 2023-06-20}",
        "  start_time: '25:00'",
        "agenda:",
        "  - title: Visa reciprocity",
        "    topics: [visa-reciprocity]",
        "    history: {limit: 0}",
        "releases: [{number: 9278/18}]",
        "kind: !!python/object/apply:os.system ['true']",
        "a: &x [1, 2]",
        "b: *x",
        "key: 1",
        "key: 2",
        "[[[[[[[[[[[[[[[[[[[[[[[[[",
        "{{ 7*7 }}",
        "- -",
        "? complex",
        ": value",
        "%YAML 1.2",
        "---",
        "...",
        "'unterminated",
        "\t",
        "\x00",
        "\ufeff",
        "language: xx-INVALID",
        "output: ../../etc/passwd",
    ]
)
yaml_ish = st.lists(yaml_pieces | st.text(max_size=30), max_size=25).map("\n".join)


@SETTINGS
@given(text=yaml_ish)
@example(text=VALID_SPEC)
@example(text="a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 40)))
@example(text="[" * 200)
@example(text="key: 1\nkey: 2\n")
def test_spec_loader_on_yaml_ish_text(tmp_path: Path, text: str):
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    load_spec_or_input_error(path)


@SETTINGS
@given(raw=st.binary(max_size=500))
@example(raw=b"\xff\xfe" + VALID_SPEC.encode("utf-16-le"))
@example(raw=b"x" * 1_000_001)
def test_spec_loader_on_arbitrary_bytes(tmp_path: Path, raw: bytes):
    path = tmp_path / "brief.yaml"
    path.write_bytes(raw)
    load_spec_or_input_error(path)


# --- spec loader: arbitrary data dumped to YAML ----------------------------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(["2023-06-21", "21 June 2023", "14:00", "LIMITE", "visa-reciprocity"])
)
data = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.text(max_size=10) | st.sampled_from(["title", "topics"]), children, max_size=4
        )
    ),
    max_leaves=30,
)


def dump(value) -> str:
    yaml = YAML(typ="safe", pure=True)
    buffer = io.StringIO()
    yaml.dump(value, buffer)
    return buffer.getvalue()


def valid_spec_data() -> dict:
    return YAML(typ="safe", pure=True).load(VALID_SPEC)


FIELDS = [
    ("kind",),
    ("classification",),
    ("header",),
    ("header", "date"),
    ("header", "subject_codes"),
    ("meeting",),
    ("meeting", "dates"),
    ("meeting", "start_time"),
    ("agenda",),
    ("agenda", 0),
    ("agenda", 0, "topics"),
    ("agenda", 0, "history"),
    ("agenda", 2, "history", "limit"),
    ("releases",),
    ("footnotes",),
    ("output",),
    ("language",),
    ("corpus",),
]


@SETTINGS
@given(value=data)
def test_spec_loader_on_arbitrary_nested_data(tmp_path: Path, value):
    path = tmp_path / "brief.yaml"
    path.write_text(dump(value), encoding="utf-8")
    load_spec_or_input_error(path)


@SETTINGS
@given(field=st.sampled_from(FIELDS), value=data)
def test_spec_loader_on_a_valid_spec_with_one_field_replaced(tmp_path: Path, field, value):
    spec = valid_spec_data()
    node = spec
    for part in field[:-1]:
        node = node[part]
    node[field[-1]] = value
    path = tmp_path / "brief.yaml"
    path.write_text(dump(spec), encoding="utf-8")
    load_spec_or_input_error(path)


# --- outcome reader ---------------------------------------------------------------------------


def read_outcome_or_input_error(path: Path) -> OutcomeRecord | None:
    try:
        record = read_outcome(path)
    except InputError as exc:
        assert "\n" not in str(exc)
        return None
    json.loads(record.model_dump_json())  # a record that serialises, as the corpus cache needs
    return record


def _renditions():
    script = ROOT / "scripts" / "make_renditions.py"
    spec = importlib.util.spec_from_file_location("make_renditions_safety", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def valid_files(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("renditions")
    renditions = _renditions()
    docx_path = renditions.write_docx_rendition(OUTCOME, folder / "outcome.docx")
    pdf_path = renditions.write_pdf_rendition(OUTCOME, folder / "outcome.pdf")
    return {
        ".txt": OUTCOME.read_bytes(),
        ".docx": docx_path.read_bytes(),
        ".pdf": pdf_path.read_bytes(),
    }


@SETTINGS
@given(suffix=st.sampled_from([".txt", ".md", ".docx", ".pdf"]), raw=st.binary(max_size=3000))
def test_outcome_reader_on_arbitrary_bytes(tmp_path: Path, suffix: str, raw: bytes):
    path = tmp_path / f"outcome{suffix}"
    path.write_bytes(raw)
    read_outcome_or_input_error(path)


@st.composite
def mutations(draw, size: int) -> list[tuple[str, int, bytes]]:
    kinds = st.sampled_from(["overwrite", "insert", "delete", "truncate"])
    return draw(
        st.lists(
            st.tuples(kinds, st.integers(0, size - 1), st.binary(min_size=1, max_size=16)),
            min_size=1,
            max_size=4,
        )
    )


def mutate(raw: bytes, steps: list[tuple[str, int, bytes]]) -> bytes:
    for kind, at, chunk in steps:
        at = min(at, len(raw))
        if kind == "overwrite":
            raw = raw[:at] + chunk + raw[at + len(chunk) :]
        elif kind == "insert":
            raw = raw[:at] + chunk + raw[at:]
        elif kind == "delete":
            raw = raw[:at] + raw[at + len(chunk) :]
        else:
            raw = raw[:at]
    return raw


@SETTINGS
@given(suffix=st.sampled_from([".txt", ".pdf"]), steps=mutations(size=40_000))
def test_outcome_reader_on_damaged_real_files(tmp_path: Path, valid_files, suffix, steps):
    path = tmp_path / f"outcome{suffix}"
    path.write_bytes(mutate(valid_files[suffix], steps))
    read_outcome_or_input_error(path)


@SETTINGS
@given(steps=mutations(size=40_000))
def test_outcome_reader_on_docx_with_damaged_xml(tmp_path: Path, valid_files, steps):
    # byte damage to a zip only breaks its checksums: damage the XML inside and zip it again
    source = zipfile.ZipFile(io.BytesIO(valid_files[".docx"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, mutate(data, steps) if name == "word/document.xml" else data)
    path = tmp_path / "outcome.docx"
    path.write_bytes(buffer.getvalue())
    read_outcome_or_input_error(path)


def test_the_undamaged_renditions_read_as_9278_18(tmp_path: Path, valid_files):
    for suffix, raw in valid_files.items():
        path = tmp_path / f"outcome{suffix}"
        path.write_bytes(raw)
        record = read_outcome(path)
        assert (record.number, record.marking, len(record.items)) == ("9278/18", "LIMITE", 5)
