"""Brief spec loading: exact FILE:LINE: field: message errors, dates, times, defaults, schema."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from packgen.errors import InputError
from packgen.spec import format_loc, json_schema, load_spec, parse_date, parse_time
from packgen.yamlload import MAX_DEPTH, load_yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "seeds" / "briefs").glob("*.yaml"))

MINIMAL = """\
kind: background-brief
header:
  number: 10512/23
  date: 2023-06-19
meeting:
  title: EU-US Justice and Home Affairs Ministerial Meeting
  dates: 21 June 2023
agenda:
  - title: Visa reciprocity
    topic: visa-reciprocity
"""


def write(tmp_path: Path, text: str, name: str = "brief.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> str:
    with pytest.raises(InputError) as info:
        load_spec(write(tmp_path, text))
    message = str(info.value)
    assert "\n" not in message
    return message.replace(str(tmp_path) + "/", "")


def test_minimal_spec_defaults(tmp_path):
    loaded = load_spec(write(tmp_path, MINIMAL))
    spec = loaded.spec
    assert spec.classification == "LIMITE"
    assert spec.language == "en"
    assert spec.header.place == "Brussels"
    assert spec.header.subject_codes == "auto"
    assert spec.meeting.dates.start == dt.date(2023, 6, 21)
    assert spec.meeting.dates.end is None
    assert spec.agenda[0].topics == ["visa-reciprocity"]
    assert spec.agenda[0].history.include is True
    assert loaded.name == "brief"
    assert loaded.corpus_patterns() == [ROOT / "seeds" / "outcomes" / "*"]
    assert loaded.topics_path() == ROOT / "seeds" / "topics.yaml"


def test_corpus_paths_are_relative_to_the_spec(tmp_path):
    (tmp_path / "briefs").mkdir()
    path = write(tmp_path, MINIMAL + "corpus: [../outcomes/*.txt]\n", "briefs/b.yaml")
    assert load_spec(path).corpus_patterns() == [tmp_path / "outcomes" / "*.txt"]


def test_unknown_key_names_line_and_field(tmp_path):
    text = MINIMAL.replace("  dates: 21 June 2023\n", "  dates: 21 June 2023\n  chair: x\n")
    assert error_of(tmp_path, text) == "brief.yaml:8: meeting.chair: unknown field"


def test_unknown_key_in_agenda_item(tmp_path):
    text = MINIMAL + "  - title: Drugs\n    topics: [organised-crime-drugs]\n    bodyy: text\n"
    assert error_of(tmp_path, text) == "brief.yaml:13: agenda[1].bodyy: unknown field"


def test_duplicate_key(tmp_path):
    text = MINIMAL.replace("  date: 2023-06-19\n", "  date: 2023-06-19\n  date: 2023-06-20\n")
    assert error_of(tmp_path, text) == "brief.yaml:5: duplicate key 'date'"


def test_bad_date(tmp_path):
    text = MINIMAL.replace("dates: 21 June 2023", "dates: 31 June 2023")
    assert error_of(tmp_path, text) == (
        "brief.yaml:7: meeting.dates: not a date: '31 June 2023' (write 2023-06-21 or 21 June 2023)"
    )


def test_missing_required_field(tmp_path):
    text = MINIMAL.replace("  title: EU-US Justice and Home Affairs Ministerial Meeting\n", "")
    assert error_of(tmp_path, text) == "brief.yaml:5: meeting.title: required field missing"


def test_bad_kind(tmp_path):
    text = MINIMAL.replace("kind: background-brief", "kind: speech")
    assert error_of(tmp_path, text) == (
        "brief.yaml:1: kind: Input should be 'background-brief' or 'steering-note', got 'speech'"
    )


def test_yaml_tag_is_refused(tmp_path):
    text = MINIMAL.replace("number: 10512/23", "number: !!python/object:os.system 10512/23")
    assert error_of(tmp_path, text) == (
        "brief.yaml:3: YAML tags are not allowed (!!python/object:os.system)"
    )


def test_custom_tag_is_refused(tmp_path):
    text = MINIMAL.replace("number: 10512/23", "number: !env NUMBER")
    assert error_of(tmp_path, text) == "brief.yaml:3: YAML tags are not allowed (!env)"


def test_malformed_yaml(tmp_path):
    text = MINIMAL.replace("  dates: 21 June 2023\n", "  dates: [21 June 2023\n")
    message = error_of(tmp_path, text)
    assert message.startswith("brief.yaml:8: invalid YAML: ")


def test_nesting_limit(tmp_path):
    deep = "x: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n"
    with pytest.raises(InputError, match=f"nested deeper than {MAX_DEPTH} levels"):
        load_yaml(write(tmp_path, deep))


def test_size_limit(tmp_path):
    path = write(tmp_path, "# " + "x" * 1_000_001 + "\n")
    with pytest.raises(InputError, match="file too large"):
        load_yaml(path)


def test_not_a_mapping(tmp_path):
    assert error_of(tmp_path, "- a\n- b\n") == (
        "brief.yaml:1: a brief spec is a YAML mapping (kind: ..., header: ...)"
    )


def test_line_numbers_of_nested_items(tmp_path):
    loaded = load_yaml(write(tmp_path, MINIMAL))
    assert loaded.lines[("agenda", 0)] == 9
    assert loaded.lines[("agenda", 0, "topic")] == 10
    assert loaded.line_of(("agenda", 0, "topics", 3)) == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-06-21", dt.date(2023, 6, 21)),
        ("21 June 2023", dt.date(2023, 6, 21)),
        ("1  March   2021", dt.date(2021, 3, 1)),
        ("15 Mar 2021", dt.date(2021, 3, 15)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [("14:00", "14.00"), ("9.30", "09.30"), (17.15, "17.15"), (9, "09.00")]
)
def test_parse_time(value, expected):
    assert parse_time(value) == expected


def test_bad_time(tmp_path):
    text = MINIMAL.replace(
        "  dates: 21 June 2023\n", "  dates: 21 June 2023\n  start_time: 25:00\n"
    )
    assert error_of(tmp_path, text) == (
        "brief.yaml:8: meeting.start_time: not a time: '25:00' (write 14:00 or 14.00)"
    )


def test_date_range_end_before_start(tmp_path):
    text = MINIMAL.replace(
        "  dates: 21 June 2023\n", "  dates:\n    start: 2023-06-21\n    end: 2023-06-20\n"
    )
    assert error_of(tmp_path, text) == "brief.yaml:7: meeting.dates: end is before start"


def test_unknown_language(tmp_path):
    text = "language: xx\n" + MINIMAL
    assert error_of(tmp_path, text) == (
        "brief.yaml:1: language: unknown language 'xx' (e.g. en, fr, de)"
    )


def test_output_name_cannot_leave_the_output_folder(tmp_path):
    message = error_of(tmp_path, MINIMAL + "output: ../escape\n")
    assert message.startswith("brief.yaml:11: output: String should match pattern")


def test_format_loc():
    assert format_loc(("agenda", 2, "topics", 0)) == "agenda[2].topics[0]"
    assert format_loc(("header", "from")) == "header.from"


def test_schema_documents_every_field():
    schema = json_schema()
    assert schema["title"] == "packgen brief specification"
    assert "from" in schema["$defs"]["Header"]["properties"]
    for name, definition in [("Spec", schema), *schema["$defs"].items()]:
        for field_name, prop in definition.get("properties", {}).items():
            assert prop.get("description"), f"{name}.{field_name} has no description"
    json.dumps(schema)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_bundled_examples_are_valid(path):
    loaded = load_spec(path)
    assert loaded.spec.agenda


# --- images in Markdown bodies ----------------------------------------------------------------

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010800000000"
    "3a7e9b550000000a49444154789c63600000000200015f2e8a1a0000000049454e44ae426082"
)


def image_spec(tmp_path: Path, markdown: str) -> Path:
    body = "\n".join(f"      {line}" for line in markdown.splitlines())
    return write(tmp_path, MINIMAL + f"    body: |\n      Some text.\n\n{body}\n")


def image_error(tmp_path: Path, markdown: str) -> str:
    with pytest.raises(InputError) as info:
        load_spec(image_spec(tmp_path, markdown))
    message = str(info.value)
    assert "\n" not in message
    return message.replace(str(tmp_path) + "/", "")


def test_image_in_the_spec_folder_is_resolved(tmp_path):
    (tmp_path / "figures").mkdir()
    (tmp_path / "figures" / "chart.png").write_bytes(PNG_1PX)
    loaded = load_spec(image_spec(tmp_path, "![Returns by quarter](figures/chart.png)"))
    assert loaded.image_paths() == {"figures/chart.png": tmp_path / "figures" / "chart.png"}


def test_image_without_alt_text_names_file_and_line(tmp_path):
    (tmp_path / "chart.png").write_bytes(PNG_1PX)
    # MINIMAL has 10 lines; "body: |" is line 11, "Some text." 12, the image line 14
    assert image_error(tmp_path, "![](chart.png)") == (
        "brief.yaml:14: agenda[0].body: image 'chart.png' has no alt text "
        "(write ![what it shows](file))"
    )


@pytest.mark.parametrize(
    ("src", "reason"),
    [
        ("../outside.png", "is outside the spec's folder"),
        ("/etc/hostname.png", "name a file in the spec's folder"),
        ("data:image/png;base64,iVBORw0KGgo=", "name a file in the spec's folder"),
        ("https://example.org/x.png", "name a file in the spec's folder"),
        ("missing.png", "not found"),
        ("notes.txt", "use a PNG, JPEG or GIF file"),
        ("fake.png", "is not a PNG image"),
        ("linked.png", "is outside the spec's folder"),
    ],
)
def test_images_come_from_the_spec_folder_only(tmp_path, src, reason):
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    (tmp_path / "outside.png").write_bytes(PNG_1PX)
    (spec_dir / "fake.png").write_text("not an image", encoding="utf-8")
    (spec_dir / "notes.txt").write_text("text", encoding="utf-8")
    (spec_dir / "linked.png").symlink_to(tmp_path / "outside.png")  # a link leading out
    message = image_error(spec_dir, f"![A chart]({src})")
    assert message == f"brief.yaml:14: agenda[0].body: image '{src}' {reason}".replace(
        f"'{src}' name", f"'{src}': name"
    ).replace(f"'{src}' use", f"'{src}': use")


def test_a_file_url_image_stays_text(tmp_path):
    """markdown-it refuses file: targets, so no image is looked for at all."""
    loaded = load_spec(image_spec(tmp_path, "![A chart](file:///etc/hostname)"))
    assert loaded.image_paths() == {}
