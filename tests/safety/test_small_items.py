"""Class 9 of issue 10: leftovers of killed runs, early SIGTERM, dangling links at the
target, glob loops, and local paths in what goes out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.safety.helpers import BUNDLED_CORPUS, brief, files_in, packgen


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


def dead_pid() -> int:
    """A process id no process has now."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


def test_class_9_temporaries_of_a_killed_run_are_cleaned_and_live_ones_kept(tmp_path, cache):
    (tmp_path / "brief.yaml").write_text(brief(), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f".brief.docx.{dead_pid()}.k9x2ab7q.tmp"
    stale.write_bytes(b"half a docx from a run killed with -9")
    live = out / f".brief.docx.{os.getpid()}.live0001.tmp"  # this test process is alive
    live.write_bytes(b"someone is writing this right now")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--out", "out", "--format", "docx")
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert live.exists()
    assert files_in(out) == sorted([live.name, "brief.docx", "brief.manifest.json"])


@pytest.mark.parametrize("moment", ["packgen.build.prepare", "packgen.build.render"])
def test_class_9_sigterm_before_the_write_phase_is_one_line_and_exit_143(tmp_path, cache, moment):
    (tmp_path / "brief.yaml").write_text(brief(), encoding="utf-8")
    module, name = moment.rsplit(".", 1)
    code = (
        "import os, signal, importlib\n"
        f"m = importlib.import_module({module!r})\n"
        f"real = m.{name}\n"
        "def early(*args, **kwargs):\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    return real(*args, **kwargs)\n"
        f"m.{name} = early\n"
        "from packgen.cli import main\n"
        "main(['build', 'brief.yaml', '--out', 'out'])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(cache)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 143
    assert result.stderr.splitlines() == [
        "packgen: terminated; files written so far are complete, the rest untouched"
    ]
    assert files_in(tmp_path / "out") == []


def test_class_9_a_dangling_link_at_the_target_needs_force(tmp_path, cache):
    (tmp_path / "brief.yaml").write_text(brief(), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "brief.docx").symlink_to(tmp_path / "nowhere" / "brief.docx")
    args = ("build", "brief.yaml", "--out", "out", "--format", "docx")
    refused = packgen(tmp_path, cache, *args)
    assert refused.returncode == 2
    assert refused.stderr == "packgen: out/brief.docx exists (use --force to replace it)\n"
    assert (out / "brief.docx").is_symlink()
    forced = packgen(tmp_path, cache, *args, "--force")
    assert forced.returncode == 0, forced.stderr
    assert not (out / "brief.docx").is_symlink() and (out / "brief.docx").is_file()
    assert not (tmp_path / "nowhere").exists()  # the link was replaced, not followed


def test_class_9_a_glob_through_a_link_loop_ends(tmp_path, cache):
    corpus = tmp_path / "corpus"
    (corpus / "a" / "b").mkdir(parents=True)
    for source in BUNDLED_CORPUS.glob("*.txt"):
        (corpus / "a" / "b" / source.name).write_bytes(source.read_bytes())
    (corpus / "a" / "up").symlink_to("..")
    (corpus / "a" / "b" / "upup").symlink_to("../..")
    (corpus / "a" / "b" / "side").symlink_to("../../a")
    (tmp_path / "brief.yaml").write_text(brief("LIMITE", "corpus: ['corpus/**/*.txt']\n"), "utf-8")
    result = packgen(
        tmp_path, cache, "build", "brief.yaml", "--out", "out", "--format", "docx", timeout=120
    )
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "brief.manifest.json").read_text())
    assert [s["number"] for s in manifest["sources"]] == ["10483/17", "9278/18", "7725/23"]


def test_class_9_the_manifest_holds_no_local_absolute_path(tmp_path, cache):
    (tmp_path / "brief.yaml").write_text(brief(), encoding="utf-8")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--out", "out", "--format", "docx")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out" / "brief.manifest.json").read_text()
    assert str(tmp_path) not in text and str(ROOT) not in text
    manifest = json.loads(text)
    assert manifest["spec"] == "../brief.yaml"
    names = ["2017-06-29_10483-17.txt", "2018-05-31_9278-18.txt", "2023-03-24_7725-23.txt"]
    out = (tmp_path / "out").resolve()
    corpus = BUNDLED_CORPUS.resolve()
    if Path(os.path.commonpath([out, corpus])) == Path(out.anchor):
        # the outcomes share no folder with this output but the root: named alone
        expected = names
    else:
        # a checkout under the same top folder as the output (both in /tmp): relative
        expected = [os.path.relpath(corpus / name, out) for name in names]
    assert [s["path"] for s in manifest["sources"]] == expected
