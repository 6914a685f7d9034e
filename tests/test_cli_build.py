"""`packgen build`, `check` and `schema` as a user runs them: exit codes, one-line errors, files."""

from __future__ import annotations

import html
import json
import re
import zipfile
from pathlib import Path

import pytest

from tests.safety.helpers import packgen

ROOT = Path(__file__).resolve().parent.parent
STOCKHOLM_STEM = "2023-06-21_eu-us-jha-ministerial-stockholm"

VALID = """\
kind: background-brief
header:
  number: 10512/23
  date: 2023-06-19
meeting:
  title: EU-US Justice and Home Affairs Ministerial Meeting
  dates: 21 June 2023
agenda:
  - title: Visa reciprocity
    topics: [visa-reciprocity]
"""


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


BAD_SPECS = {
    "unknown-key": (
        VALID.replace("  dates: 21 June 2023\n", "  dates: 21 June 2023\n  venue: Stockholm\n"),
        "brief.yaml:8: meeting.venue: unknown field",
    ),
    "duplicate-key": (
        VALID.replace("  number: 10512/23\n", "  number: 10512/23\n  number: 10513/23\n"),
        "brief.yaml:4: duplicate key 'number'",
    ),
    "bad-date": (
        VALID.replace("date: 2023-06-19", "date: 2023-19-06"),
        "brief.yaml:4: header.date: not a date: '2023-19-06' (write 2023-06-21 or 21 June 2023)",
    ),
    "unknown-topic": (
        VALID.replace("topics: [visa-reciprocity]", "topics: [visas]"),
        "brief.yaml:10: agenda[0].topics[0]: unknown topic 'visas'"
        " (did you mean 'visa-reciprocity'?)",
    ),
    "unknown-single-topic": (
        VALID.replace("topics: [visa-reciprocity]", "topic: counter-terorism"),
        "brief.yaml:10: agenda[0].topic: unknown topic 'counter-terorism'"
        " (did you mean 'counter-terrorism'?)",
    ),
    "yaml-tag": (
        VALID.replace("kind: background-brief", "kind: !!python/name:os.system background-brief"),
        "brief.yaml:1: YAML tags are not allowed (!!python/name:os.system)",
    ),
    "empty-corpus-glob": (
        VALID + "corpus: [outcomes/*.txt]\n",
        "brief.yaml:11: corpus[0]: 'outcomes/*.txt' matches no outcome file",
    ),
    "missing-corpus-folder": (
        VALID + "corpus:\n  - ../outcomes-2019/\n",
        "brief.yaml:12: corpus[0]: '../outcomes-2019/' matches no outcome file",
    ),
    "image-without-alt-text": (
        VALID + "    body: |\n      Returns by quarter:\n\n      ![](chart.png)\n",
        "brief.yaml:14: agenda[0].body: image 'chart.png' has no alt text "
        "(write ![what it shows](file))",
    ),
    "malformed": (
        VALID.replace("    topics: [visa-reciprocity]", "    topics: [visa-reciprocity"),
        "brief.yaml:11: invalid YAML: expected ',' or ']', but got '<stream end>'",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_SPECS))
def test_bad_spec_is_one_line_exit_2_and_writes_nothing(tmp_path, cache, case):
    text, message = BAD_SPECS[case]
    (tmp_path / "brief.yaml").write_text(text, encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--format", "docx")
    assert result.returncode == 2
    assert result.stderr == f"packgen: {message}\n"
    assert result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.yaml"]


def test_empty_corpus_is_refused_by_check_too(tmp_path, cache):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README.txt").write_text("not an outcome", encoding="utf-8")
    (tmp_path / "brief.yaml").write_text(VALID + "corpus: [notes/]\n", encoding="utf-8")
    result = packgen(tmp_path, cache, "check", "brief.yaml")
    assert (result.returncode, result.stderr) == (
        2,
        "packgen: brief.yaml:11: corpus[0]: 'notes/' matches no outcome file\n",
    )


def test_brief_without_any_history_warns(tmp_path, cache):
    (tmp_path / "outcomes").mkdir()
    source = ROOT / "seeds" / "outcomes" / "2018-05-31_9278-18.txt"
    (tmp_path / "outcomes" / source.name).write_bytes(source.read_bytes())
    text = VALID.replace("[visa-reciprocity]", "[environmental-crime]")
    (tmp_path / "brief.yaml").write_text(text + "corpus: [outcomes/]\n", encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--format", "docx")
    assert result.returncode == 0
    assert (
        "packgen: warning: brief.yaml: no agenda item found any history in the corpus"
        " (1 outcomes)" in result.stderr
    )


def test_check_reports_invalid_spec_with_exit_2(tmp_path, cache):
    text, message = BAD_SPECS["bad-date"]
    (tmp_path / "brief.yaml").write_text(text, encoding="utf-8")
    result = packgen(tmp_path, cache, "check", "brief.yaml")
    assert (result.returncode, result.stderr) == (2, f"packgen: {message}\n")


# meeting fields a steering note does not print: its format, press conference, page, groups
NOT_IN_STEERING_NOTES = {"format", "press_conference", "page", "group"}


def template_texts(kind: str) -> tuple[str, list[str]]:
    """A spec whose every text field holds Jinja syntax (each one different)."""
    used: list[str] = []
    count = iter(range(100))

    def mark(field: str = "") -> str:
        value = f"{{{{ 7*7 }}}} {{% if x %}}{kind}-{next(count)}{{% endif %}}"
        if not (kind == "steering-note" and field in NOT_IN_STEERING_NOTES):
            used.append(value)
        return json.dumps(value)

    body = mark()
    if kind == "background-brief":  # a footnote referenced from the body
        body = body[:-1] + ' [^a]"'
    spec = f"""\
kind: {kind}
header:
  number: {mark()}
  date: 2023-06-19
  subject_codes: [{mark()}]
  from: {mark()}
  to: {mark()}
  prev_docs: [{mark()}]
  subject: {mark()}
  summary: {mark()}
  initials: {mark()}
  directorate: {mark()}
meeting:
  title: {mark()}
  place: {mark()}
  dates: 21 June 2023
  format: {mark("format")}
  chairs: [{mark()}, {mark()}]
  start_time: "09:30"
  press_conference: {mark("press_conference")}
  page: {{title: {mark("page")}, url: "https://www.consilium.europa.eu/"}}
agenda:
  - title: {mark()}
    group: {mark("group")}
    topics: [visa-reciprocity]
    body: {body}
    links: [{{title: {mark()}, url: "https://www.consilium.europa.eu/"}}]
"""
    if kind == "steering-note":
        spec += f"questions: [{mark()}]\nintroduction: {mark()}\nconclusion: {mark()}\n"
    else:
        spec += f"footnotes: {{a: {mark()}}}\n"
    return spec, used


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        parts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("word/")]
    return html.unescape(
        "".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in parts)
    )


@pytest.mark.parametrize("kind", ["background-brief", "steering-note"])
def test_yaml_text_appears_literally_in_html_and_docx(tmp_path, cache, kind):
    spec, used = template_texts(kind)
    (tmp_path / "brief.yaml").write_text(spec, encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--format", "html,docx")
    assert result.returncode == 0, result.stderr
    page = html.unescape((tmp_path / "output" / "brief.html").read_text(encoding="utf-8"))
    words = docx_text(tmp_path / "output" / "brief.docx")
    for value in used:
        assert value in page, value
        assert value in words, value
    assert "49" not in re.sub(r"\d{2,}", "", page)  # never evaluated


def test_default_build_then_no_overwrite_then_force(tmp_path, cache):
    first = packgen(tmp_path, cache, "build", "--format", "docx")
    assert first.returncode == 0, first.stderr
    docx_path = tmp_path / "output" / f"{STOCKHOLM_STEM}.docx"
    assert first.stdout.splitlines() == [
        f"output/{STOCKHOLM_STEM}.docx",
        f"output/{STOCKHOLM_STEM}.manifest.json",
    ]
    before = docx_path.read_bytes()

    second = packgen(tmp_path, cache, "build", "--format", "docx")
    assert second.returncode == 2
    assert second.stderr == (
        f"packgen: output/{STOCKHOLM_STEM}.docx exists (use --force to replace it)\n"
    )
    assert docx_path.read_bytes() == before

    third = packgen(tmp_path, cache, "build", "--format", "docx", "--force", "--verbose")
    assert third.returncode == 0, third.stderr
    assert f"replaced output/{STOCKHOLM_STEM}.docx" in third.stderr
    manifest = json.loads((tmp_path / "output" / f"{STOCKHOLM_STEM}.manifest.json").read_text())
    assert manifest["replaced"] == [f"{STOCKHOLM_STEM}.docx"]  # relative to the manifest
    assert docx_path.read_bytes() == before  # same spec, same corpus: same bytes
    assert sorted(p.name for p in (tmp_path / "output").iterdir()) == [
        f"{STOCKHOLM_STEM}.docx",
        f"{STOCKHOLM_STEM}.manifest.json",
    ]


def test_public_brief_refused_by_the_cli(tmp_path, cache):
    spec = VALID.replace("kind: background-brief", "kind: background-brief\nclassification: PUBLIC")
    (tmp_path / "brief.yaml").write_text(spec, encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--format", "docx")
    assert result.returncode == 2
    assert result.stderr.startswith(
        "packgen: brief.yaml:2: classification: a PUBLIC brief cannot cite LIMITE sources: "
        "15487/09 (pulled in by agenda[0] 'Visa reciprocity'); 17034/13"
    )
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "output").exists()


def test_check_clean_examples(cache):
    result = packgen(
        ROOT, cache, "check", *sorted(str(p) for p in (ROOT / "seeds/briefs").glob("*.yaml"))
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.endswith(": ok\n")


def test_check_lists_problems_with_exit_1(tmp_path, cache):
    spec = VALID.replace("  dates: 21 June 2023", "  dates: 1 March 2023") + (
        "  - title: Data protection\n"
        "    topics: [visas]\n"
        "    links:\n"
        "      - url: https://www.consilium.europa.eu/\n"
        "  - title: Other business\n"
    )
    (tmp_path / "brief.yaml").write_text(spec, encoding="utf-8")
    result = packgen(tmp_path, cache, "check", "brief.yaml")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "brief.yaml:12: agenda[1].topics[0]: unknown topic 'visas' (did you mean 'visa-reciprocity'?)",
        "brief.yaml:12: agenda[1].topics: no earlier meeting in the corpus",
        "brief.yaml:14: agenda[1].links[0]: link has no title",
        "brief.yaml:15: agenda[2]: no topics: no history drawn",
        "brief.yaml:7: meeting.dates: the meeting is before the newest source in the corpus"
        " (2025-05-20); later sources are left out",
    ]
    assert result.stderr == "packgen: 5 problems found\n"


def test_schema(cache, tmp_path):
    result = packgen(tmp_path, cache, "schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["kind"]["enum"] == ["background-brief", "steering-note"]
    assert "agenda" in schema["required"]


def test_all_examples(tmp_path, cache):
    result = packgen(tmp_path, cache, "build", "--all-examples", "--format", "docx")
    assert result.returncode == 0, result.stderr
    assert sorted(result.stdout.splitlines()) == sorted(
        f"output/{spec.stem}.{suffix}"
        for spec in (ROOT / "seeds" / "briefs").glob("*.yaml")
        for suffix in ("docx", "manifest.json")
    )


# --- tables, images and DRAFT in a built brief -------------------------------------------------

BODY_WITH_TABLE_AND_IMAGE = """\
    body: |
      The partners and the year each dialogue began:

      | Partner | Since |
      |---|---|
      | Morocco | 2019 |
      | Tunisia | 2021 |

      ![Bar chart of readmission requests by quarter](figures/chart.png)
"""


def test_draft_table_and_image_in_both_formats(tmp_path, cache):
    import docx
    import pdfplumber

    from tests.writers.test_structure import png

    (tmp_path / "figures").mkdir()
    png(tmp_path / "figures" / "chart.png", 400, 200)
    (tmp_path / "brief.yaml").write_text(VALID + BODY_WITH_TABLE_AND_IMAGE, encoding="utf-8")
    result = packgen(tmp_path, cache, "check", "brief.yaml")
    # the one lint problem is the brief's date before the newest sample outcome, not the image
    assert result.returncode == 1 and "image" not in result.stdout + result.stderr
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--draft", "--out", "out")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "brief.manifest.json").read_text())
    assert manifest["draft"] is True
    with pdfplumber.open(tmp_path / "out" / "brief.pdf") as pdf:
        marks = ["".join(c["text"] for c in page.chars if c["size"] > 50) for page in pdf.pages]
        text = "\n".join(page.extract_text() for page in pdf.pages)
        images = [image for page in pdf.pages for image in page.images]
    assert marks == ["DRAFT"] * len(marks)
    assert "Partner Since\nMorocco 2019\nTunisia 2021" in text
    assert "|" not in text and len(images) == 1
    document = docx.Document(str(tmp_path / "out" / "brief.docx"))
    table = document.tables[-1]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Partner", "Since"],
        ["Morocco", "2019"],
        ["Tunisia", "2021"],
    ]
    assert "w:tblHeader" in table.rows[0]._tr.xml
    shape = document.inline_shapes[0]
    assert shape._inline.docPr.get("descr") == "Bar chart of readmission requests by quarter"
    assert 'string="DRAFT"' in document.sections[0].header._element.xml
    # without --draft or `draft: true`, no mark and the manifest says so
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--out", "final", "--format", "docx")
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "final" / "brief.manifest.json").read_text())["draft"] is False
    final = docx.Document(str(tmp_path / "final" / "brief.docx"))
    assert "DRAFT" not in final.sections[0].header._element.xml


def test_draft_true_in_the_spec(tmp_path, cache):
    (tmp_path / "brief.yaml").write_text("draft: true\n" + VALID, encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--out", "out", "--format", "docx")
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "out" / "brief.manifest.json").read_text())["draft"] is True
