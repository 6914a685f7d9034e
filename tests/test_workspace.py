"""Workspaces (issue 15): found by walking up, named by --workspace or PACKGEN_WORKSPACE,
created by `packgen init`, and the defaults they give builds, histories and caches."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from packgen import bundled, workspace
from packgen.errors import InputError
from packgen.scaffold import CONFIG_TEXT, EXAMPLE_BRIEF, init_workspace
from packgen.spec import load_spec
from packgen.workspace import (
    WorkspaceConfig,
    current,
    find_root,
    list_specs,
    load_workspace,
)
from tests.conftest import ROOT

STOCKHOLM = f"briefs/{EXAMPLE_BRIEF}"


@pytest.fixture(autouse=True)
def no_selected_workspace(monkeypatch: pytest.MonkeyPatch):
    """Each test starts with no workspace selected and none named by the environment."""
    monkeypatch.delenv("PACKGEN_WORKSPACE", raising=False)
    workspace.select(None)
    yield
    workspace.select(None)


def packgen(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("PACKGEN_WORKSPACE", "PACKGEN_CACHE")}
    return subprocess.run(
        [sys.executable, "-m", "packgen", *args],
        cwd=cwd,
        env={**base, "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        timeout=180,
    )


def make_workspace(root: Path, config: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "packgen.yaml").write_text(config, encoding="utf-8")
    return root


# --- finding and reading packgen.yaml ------------------------------------------------------


@pytest.mark.parametrize("depth", [0, 1, 3])
def test_the_nearest_packgen_yaml_is_found_walking_up(tmp_path: Path, depth: int):
    root = make_workspace(tmp_path / "ws")
    start = root.joinpath(*["sub"] * depth)
    start.mkdir(parents=True, exist_ok=True)
    assert find_root(start) == root.resolve()
    found = current(start)
    assert found is not None and found.root == root.resolve()


def test_the_nearest_of_two_nested_workspaces_wins(tmp_path: Path):
    outer = make_workspace(tmp_path / "outer", "output: outer-out\n")
    inner = make_workspace(outer / "team", "output: team-out\n")
    assert current(inner / ".").output_dir == inner.resolve() / "team-out"
    assert current(outer).output_dir == outer.resolve() / "outer-out"


def test_outside_a_workspace_there_is_none(tmp_path: Path):
    assert find_root(tmp_path) is None and current(tmp_path) is None


@pytest.mark.parametrize("how", ["select", "env"])
def test_an_explicit_workspace_wins_over_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
):
    named = make_workspace(tmp_path / "named", "output: named-out\n")
    here = make_workspace(tmp_path / "here")
    if how == "select":
        workspace.select(named)
    else:
        monkeypatch.setenv("PACKGEN_WORKSPACE", str(named))
    assert current(here).root == named.resolve()


@pytest.mark.parametrize("how", ["select", "env"])
def test_an_explicit_folder_without_packgen_yaml_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
):
    if how == "select":
        workspace.select(tmp_path)
    else:
        monkeypatch.setenv("PACKGEN_WORKSPACE", str(tmp_path))
    with pytest.raises(InputError) as caught:
        current(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path.resolve()}: not a packgen workspace (no packgen.yaml); "
        "create one with `packgen init`"
    )


def test_an_empty_packgen_yaml_means_every_default(tmp_path: Path):
    found = load_workspace(make_workspace(tmp_path))
    assert found.config == WorkspaceConfig()
    root = tmp_path.resolve()
    assert found.corpus_patterns() == [root / "corpus"]
    assert (found.topics_file, found.briefs_dir) == (root / "topics.yaml", root / "briefs")
    assert (found.output_dir, found.cache_dir) == (root / "output", root / ".cache")
    assert found.presidencies_dir == root / "presidencies"
    assert (found.templates_dir, found.styles_dir) == (root / "templates", root / "styles")


def test_the_generated_packgen_yaml_spells_out_the_defaults(tmp_path: Path):
    (tmp_path / "packgen.yaml").write_text(CONFIG_TEXT, encoding="utf-8")
    assert load_workspace(tmp_path).config == WorkspaceConfig()


def test_settings_are_relative_to_the_workspace(tmp_path: Path):
    config = "corpus: [outcomes/2023, ../shared/*.txt]\noutput: out\ncache: null\nlanguage: fr\n"
    found = load_workspace(make_workspace(tmp_path / "ws", config))
    root = (tmp_path / "ws").resolve()
    assert found.corpus_patterns() == [
        root / "outcomes" / "2023",
        tmp_path.resolve() / "shared" / "*.txt",
    ]
    assert (found.output_dir, found.cache_dir, found.config.language) == (root / "out", None, "fr")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("output: out\nouptut: x\n", "packgen.yaml:2: ouptut: unknown field"),
        ("language: xx-nowhere\n", "packgen.yaml:1: language: unknown language 'xx-nowhere'"),
        ("corpus: corpus\n", "packgen.yaml:1: corpus: Input should be a valid list"),
        ("- corpus\n", "packgen.yaml:1: packgen.yaml is a YAML mapping"),
        ("output: a\noutput: b\n", "packgen.yaml:2: duplicate key 'output'"),
        ("output: [unclosed\n", "packgen.yaml:2:"),
    ],
)
def test_a_bad_packgen_yaml_is_one_line_with_its_line(tmp_path: Path, text: str, message: str):
    make_workspace(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_workspace(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path.resolve()}/{message}")


def test_a_bad_packgen_yaml_stops_a_command_with_exit_2(tmp_path: Path):
    make_workspace(tmp_path, "output: out\nouptut: x\n")
    result = packgen(tmp_path, "build", "--format", "docx")
    assert result.returncode == 2
    assert result.stderr == f"packgen: {tmp_path}/packgen.yaml:2: ouptut: unknown field\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packgen.yaml"]


def test_list_specs_gives_the_yaml_files_of_the_briefs_folder(tmp_path: Path):
    found = load_workspace(make_workspace(tmp_path, "briefs: specs\n"))
    assert list_specs(found) == []
    specs = tmp_path / "specs"
    (specs / "drafts").mkdir(parents=True)
    for name in ("b.yaml", "a.yml", "notes.txt", "drafts/c.yaml", "README.md"):
        (specs / name).write_text("kind: x\n", encoding="utf-8")
    assert [p.name for p in list_specs(found)] == ["a.yml", "b.yaml"]


# --- packgen init ----------------------------------------------------------------------------


def test_init_creates_the_workspace(tmp_path: Path):
    report = init_workspace(tmp_path / "new")
    root = tmp_path / "new"
    outcomes = sorted(p.name for p in bundled.outcomes_dir().glob("*.txt"))
    assert sorted(report.created) == sorted(
        [
            ".gitignore",
            "brief.schema.json",
            STOCKHOLM,
            "packgen.yaml",
            "styles/README.md",
            "templates/README.md",
            "topics.yaml",
            *(f"corpus/{name}" for name in outcomes),
        ]
    )
    assert report.kept == []
    assert (root / "topics.yaml").read_bytes() == bundled.topics_file().read_bytes()
    example = (root / STOCKHOLM).read_text(encoding="utf-8")
    assert example.splitlines()[0] == "# yaml-language-server: $schema=../brief.schema.json"
    assert load_workspace(root).config == WorkspaceConfig()
    assert list(root.rglob("*.tmp")) == []


def test_init_never_overwrites_a_file(tmp_path: Path):
    init_workspace(tmp_path)
    mine = {
        "packgen.yaml": "output: elsewhere\n",
        "topics.yaml": "topics: []\n",
        STOCKHOLM: "kind: steering-note\n",
        "templates/README.md": "our notes\n",
    }
    for relative, text in mine.items():
        (tmp_path / relative).write_text(text, encoding="utf-8")
    report = init_workspace(tmp_path)
    assert report.created == []
    assert set(mine) <= set(report.kept)
    for relative, text in mine.items():
        assert (tmp_path / relative).read_text(encoding="utf-8") == text


def test_init_fills_in_only_what_is_missing(tmp_path: Path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "packgen.yaml").write_text("language: de\n", encoding="utf-8")
    report = init_workspace(tmp_path)
    assert report.kept == ["packgen.yaml"] and "topics.yaml" in report.created
    assert load_workspace(tmp_path).config.language == "de"


def test_init_from_the_cli_writes_the_schema_packgen_schema_prints(tmp_path: Path):
    result = packgen(tmp_path, "init", "ws")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "created packgen.yaml"
    assert result.stdout.splitlines()[-1] == (
        f"workspace ready in {tmp_path / 'ws'}; next: cd there and run `packgen build`"
    )
    schema = packgen(tmp_path, "schema").stdout
    assert (tmp_path / "ws" / "brief.schema.json").read_text(encoding="utf-8") == schema
    again = packgen(tmp_path, "init", "ws")
    assert "created" not in again.stdout and "kept existing packgen.yaml" in again.stdout


def test_init_into_a_file_is_refused(tmp_path: Path):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    result = packgen(tmp_path, "init", "taken")
    assert result.returncode == 2
    assert result.stderr == "packgen: taken: exists and is not a folder\n"


# --- the defaults a workspace gives ---------------------------------------------------------


def test_a_spec_in_a_workspace_takes_its_corpus_topics_and_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    root = make_workspace(tmp_path, "corpus: [outcomes]\ntopics: taxonomy.yaml\nlanguage: fr\n")
    spec = root / "briefs" / "b.yaml"
    spec.parent.mkdir()
    body = "kind: background-brief\nheader: {date: 2023-06-19}\n"
    body += "meeting: {title: M, dates: 2023-06-21}\nagenda: [{title: A}]\n"
    spec.write_text(body, encoding="utf-8")
    monkeypatch.chdir(spec.parent)
    loaded = load_spec(spec)
    assert loaded.corpus_patterns() == [root.resolve() / "outcomes"]
    assert loaded.topics_path() == root.resolve() / "taxonomy.yaml"
    assert loaded.spec.language == "fr"
    # what the spec says wins
    spec.write_text(body + "language: de\ncorpus: [x/]\ntopics: t.yaml\n", encoding="utf-8")
    loaded = load_spec(spec)
    assert loaded.spec.language == "de"
    assert loaded.corpus_patterns() == [(spec.parent / "x").resolve()]
    assert loaded.topics_path() == (spec.parent / "t.yaml").resolve()
    # outside the workspace: the bundled ones
    monkeypatch.chdir(tmp_path.parent)
    outside = load_spec(root / "briefs" / "b.yaml")
    assert outside.spec.language == "de"


def test_outside_a_workspace_the_bundled_corpus_and_topics_serve(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    spec = tmp_path / "b.yaml"
    spec.write_text(
        "kind: background-brief\nheader: {date: 2023-06-19}\n"
        "meeting: {title: M, dates: 2023-06-21}\nagenda: [{title: A}]\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    loaded = load_spec(spec)
    assert loaded.corpus_patterns() == [bundled.outcomes_dir() / "*"]
    assert loaded.topics_path() == bundled.topics_file()
    assert loaded.spec.language == "en"


@pytest.fixture(scope="module")
def built_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`packgen init` in French, then `packgen build` (DOCX only) from a sub-folder."""
    root = tmp_path_factory.mktemp("ws")
    assert packgen(root, "init").returncode == 0
    config = root / "packgen.yaml"
    config.write_text(config.read_text().replace("language: en", "language: fr"), "utf-8")
    (root / "briefs" / "drafts").mkdir()
    result = packgen(root / "briefs" / "drafts", "build", "--format", "docx")
    assert result.returncode == 0, result.stderr
    return root


def test_build_with_no_spec_builds_the_workspace_briefs_into_its_output(built_workspace: Path):
    root = built_workspace
    name = EXAMPLE_BRIEF.removesuffix(".yaml")
    assert sorted(p.name for p in (root / "output").iterdir()) == [
        f"{name}.docx",
        f"{name}.manifest.json",
    ]
    assert not (root / "briefs" / "drafts" / "output").exists()
    manifest = json.loads((root / "output" / f"{name}.manifest.json").read_text())
    # manifest paths are relative to the manifest's folder (no local absolute path leaks)
    folder = root / "output"
    sources = sorted((folder / s["path"]).resolve().parent for s in manifest["sources"])
    assert sources and set(sources) == {(root / "corpus").resolve()}
    # the workspace's cache (PACKGEN_CACHE unset), not the user's
    assert any((root / ".cache").iterdir())


def test_the_workspace_language_dates_the_brief(built_workspace: Path):
    name = EXAMPLE_BRIEF.removesuffix(".yaml")
    with zipfile.ZipFile(built_workspace / "output" / f"{name}.docx") as docx:
        document = docx.read("word/document.xml").decode("utf-8")
    assert "19 juin 2023" in document and "19 June 2023" not in document


def test_out_and_packgen_cache_override_the_workspace(built_workspace: Path, tmp_path: Path):
    spec = built_workspace / STOCKHOLM
    cache = tmp_path / "cache"
    result = packgen(
        built_workspace,
        "build",
        str(spec),
        "--format",
        "docx",
        "--out",
        str(tmp_path / "out"),
        env={"PACKGEN_CACHE": str(cache)},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / spec.with_suffix(".docx").name).is_file()
    assert any(cache.iterdir())


def test_several_workspace_briefs_are_built_as_a_batch(built_workspace: Path, tmp_path: Path):
    second = built_workspace / "briefs" / "second.yaml"
    second.write_text((built_workspace / STOCKHOLM).read_text(), encoding="utf-8")
    try:
        result = packgen(built_workspace, "build", "--format", "docx", "--out", str(tmp_path))
    finally:
        second.unlink()
    assert result.returncode == 0, result.stderr
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".docx", ".docx", ".json", ".json"]
    assert "second" in result.stderr  # the batch summary table


def test_an_empty_briefs_folder_is_reported(tmp_path: Path):
    make_workspace(tmp_path)
    (tmp_path / "briefs").mkdir()
    result = packgen(tmp_path, "build")
    assert result.returncode == 2
    assert result.stderr == f"packgen: {tmp_path}/briefs: no brief spec (.yaml) to build here\n"


def test_outside_a_workspace_build_makes_the_bundled_example_in_output(tmp_path: Path):
    result = packgen(
        tmp_path, "build", "--format", "docx", env={"PACKGEN_CACHE": str(tmp_path / "c")}
    )
    assert result.returncode == 0, result.stderr
    name = EXAMPLE_BRIEF.removesuffix(".yaml")
    assert result.stdout.splitlines()[0] == f"output/{name}.docx"


def test_history_reads_the_workspace_corpus(tmp_path: Path):
    assert packgen(tmp_path, "init").returncode == 0
    for outcome in (tmp_path / "corpus").glob("*.txt"):
        if "9278-18" not in outcome.name:
            outcome.unlink()
    result = packgen(tmp_path, "history", "visa-reciprocity", "--json")
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert entries and {e["number"] for e in entries} == {"9278/18"}
    assert {Path(e["source"]).parent for e in entries} == {(tmp_path / "corpus").resolve()}


# --- shell completion -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [
        ("packgen pres", "1", ["plain,presidency"]),
        ("packgen in", "1", ["plain,init"]),
        ("packgen presidency n", "2", ["plain,new"]),
    ],
)
def test_click_completes_commands(tmp_path: Path, words: str, cword: str, expected: list[str]):
    env = {"_PACKGEN_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": cword}
    result = packgen(tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == expected


def test_check_with_no_spec_lints_the_workspace_briefs(built_workspace: Path):
    result = packgen(built_workspace / "briefs", "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{(built_workspace / STOCKHOLM).resolve()}: ok\n"


@pytest.mark.parametrize("cwd_kind", ["none", "other"])
def test_a_spec_of_another_workspace_is_built_with_a_warning(
    built_workspace: Path, tmp_path: Path, cwd_kind: str
):
    cwd = tmp_path if cwd_kind == "none" else make_workspace(tmp_path / "other")
    if cwd_kind == "other":  # a workspace of its own topics and (empty) corpus
        (cwd / "topics.yaml").write_bytes(bundled.topics_file().read_bytes())
        (cwd / "corpus").mkdir()
    spec = built_workspace / STOCKHOLM
    out = tmp_path / "out"
    result = packgen(cwd, "build", str(spec), "--format", "docx", "--out", str(out))
    assert result.returncode == 0, result.stderr
    used = "no workspace (bundled defaults)" if cwd_kind == "none" else f"the workspace {cwd}"
    assert result.stderr.splitlines()[0] == (
        f"packgen: warning: {spec}: lies in the workspace {built_workspace} but packgen runs in "
        f"{used}, so the corpus, topics and Presidency sets of {built_workspace} do not apply; "
        f"run packgen there or pass --workspace {built_workspace}"
    )
    named = packgen(
        cwd,
        "--workspace",
        str(built_workspace),
        "build",
        str(spec),
        "--format",
        "docx",
        "--out",
        str(out),
        "--force",
    )
    assert named.returncode == 0 and "warning" not in named.stderr


CUSTOM = """\
corpus: [sources/**/*.txt]
topics: taxonomy/topics.yaml
presidencies: team/sets
templates: look/templates
styles: look/styles
output: out/html
"""


def test_a_custom_layout_is_honoured_by_presidency_new_and_build(tmp_path: Path):
    root = make_workspace(tmp_path / "my ws", CUSTOM)
    (root / "taxonomy").mkdir()
    (root / "taxonomy" / "topics.yaml").write_bytes(bundled.topics_file().read_bytes())
    (root / "sources" / "2018").mkdir(parents=True)
    outcome = next(bundled.outcomes_dir().glob("2018-*.txt"))
    (root / "sources" / "2018" / outcome.name).write_bytes(outcome.read_bytes())
    (root / "look" / "styles").mkdir(parents=True)
    (root / "look" / "styles" / "brief.css").write_text(".hb-marking { font-size: 31pt }\n")
    made = packgen(root, "presidency", "new", "2027-1-LT")
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[0] == "created team/sets/2027-1-LT/presidency.yaml"
    settings = root / "team" / "sets" / "2027-1-LT" / "presidency.yaml"
    settings.write_text(settings.read_text().replace('"#006A44"', '"#123456"'), "utf-8")
    spec = root / "briefs" / "note.yaml"
    spec.parent.mkdir()
    template = (ROOT / "tests" / "fixtures" / "presidency" / "steering_note.yaml.in").read_text()
    spec.write_text(
        template.format(date="2027-03-10", yy="27", corpus="../sources/2018/*.txt").replace(
            "corpus:\n  - ../sources/2018/*.txt\n", ""
        ),
        encoding="utf-8",
    )
    result = packgen(
        root / "briefs", "build", "--format", "html", env={"PACKGEN_CACHE": str(tmp_path / "c")}
    )
    assert result.returncode == 0, result.stderr
    html = (root / "out" / "html" / "note.html").read_text(encoding="utf-8")
    assert "font-size: 31pt" in html  # the workspace's style override
    assert "--accent: #123456" in html and "Lithuania 2027" in html  # the edited set
    assert "9278/18" in html  # the history, from the workspace's corpus glob


@pytest.mark.parametrize("inside", ["output", "templates/out", "../seeds/outcomes"])
def test_outputs_are_never_written_into_the_package(tmp_path: Path, inside: str):
    target = bundled.package_dir() / inside
    before = sorted(p.name for p in target.parent.iterdir())
    result = packgen(
        tmp_path,
        "build",
        "--format",
        "docx",
        "--out",
        str(target),
        env={"PACKGEN_CACHE": str(tmp_path / "c")},
    )
    assert result.returncode == 2
    assert result.stderr == (
        f"packgen: {target}: is inside the installed packgen package: write elsewhere "
        "(--out DIR, or a workspace's output folder)\n"
    )
    assert sorted(p.name for p in target.parent.iterdir()) == before
