"""Never lose work: SIGTERM mid-build, failed writes and a corrupt corpus cache leave files whole."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.safety.helpers import STOCKHOLM, files_in, packgen, pdf_pages

STEM = STOCKHOLM.stem
NAMES = [f"{STEM}.docx", f"{STEM}.manifest.json", f"{STEM}.pdf"]
ARGS = ("build", str(STOCKHOLM), "--out", "out", "--force", "--format", "docx,pdf")


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


def earlier_outputs(folder: Path) -> dict[str, bytes]:
    """Stand-ins for an earlier build: files the user must never lose half of."""
    out = folder / "out"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    old = {name: f"earlier {name} ".encode() * 500 for name in NAMES}
    for name, data in old.items():
        (out / name).write_bytes(data)
    return old


@pytest.fixture(scope="module")
def reference(tmp_path_factory, cache) -> dict[str, bytes]:
    """A complete build over earlier files, from a folder laid out like the killed runs'."""
    folder = tmp_path_factory.mktemp("reference")
    earlier_outputs(folder)
    result = packgen(folder, cache, *ARGS)
    assert result.returncode == 0, result.stderr
    return {name: (folder / "out" / name).read_bytes() for name in NAMES}


def start_build(folder: Path, cache: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(cache)}
    return subprocess.Popen(
        [sys.executable, "-m", "packgen", *ARGS],
        cwd=folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_each_output_old_or_complete(out: Path, old: dict, reference: dict) -> list[str]:
    """No temporary left, and every output either untouched or the reference bytes."""
    assert files_in(out) == sorted(NAMES)
    states = []
    for name in NAMES:
        data = (out / name).read_bytes()
        assert data in (old[name], reference[name]), f"{name}: partial or foreign content"
        states.append("old" if data == old[name] else "new")
    return states


def wait_for_first_write(out: Path, old: dict, process: subprocess.Popen) -> None:
    """Poll until a temporary file appears or an output changes (the write phase has begun)."""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        names = [p.name for p in out.iterdir()]
        if any(n.endswith(".tmp") for n in names):
            return
        if any((out / n).read_bytes() != old[n] for n in NAMES if n in names):
            return
        time.sleep(0.0005)


def test_sigterm_at_many_moments_never_leaves_a_partial_output(tmp_path, cache, reference):
    rng = random.Random(20230621)  # fixed: the same moments every run
    # moments spread over start-up, rendering and writing, plus runs killed at the first write
    delays: list[float | None] = [0.0, 0.3, 0.8, *(rng.uniform(0.5, 3.0) for _ in range(5))]
    delays += [None, None, None]
    seen_states = set()
    leftovers: list[str] = []
    for delay in delays:
        old = earlier_outputs(tmp_path)
        out = tmp_path / "out"
        process = start_build(tmp_path, cache)
        if delay is None:
            wait_for_first_write(out, old, process)
        else:
            time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            _, stderr = process.communicate(timeout=300)
        except subprocess.TimeoutExpired:
            process.kill()
            _, stderr = process.communicate()
            pytest.fail(f"build still running 300 s after SIGTERM (delay {delay}): {stderr}")
        leftovers += [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
        for name in leftovers:
            (out / name).unlink(missing_ok=True)
        states = assert_each_output_old_or_complete(out, old, reference)
        seen_states.add(tuple(states))
        if process.returncode == 0:
            assert states == ["new", "new", "new"], stderr
        else:
            assert process.returncode != 0
    # the test did kill some builds before they had written anything
    assert ("old", "old", "old") in seen_states
    assert not leftovers, f"temporary files left by SIGTERM: {leftovers}"


def test_sigterm_right_after_the_temporary_file_is_created_leaves_nothing(tmp_path, cache):
    old = earlier_outputs(tmp_path)
    code = (
        "import os, signal, tempfile\n"
        "real = tempfile.mkstemp\n"
        "def mkstemp(*args, **kwargs):\n"
        "    made = real(*args, **kwargs)\n"
        "    os.kill(os.getpid(), signal.SIGTERM)  # as if it came just before mkstemp returned\n"
        "    return made\n"
        "tempfile.mkstemp = mkstemp\n"
        "from packgen.cli import main\n"
        f"main({list(ARGS)!r})\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(cache)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert files_in(tmp_path / "out") == sorted(NAMES)
    assert all((tmp_path / "out" / n).read_bytes() == old[n] for n in NAMES)


def test_sigterm_during_a_write_through_the_cli(tmp_path, cache, reference):
    # deterministic: the second fsync of the build (the PDF's) sends SIGTERM to the process
    old = earlier_outputs(tmp_path)
    code = (
        "import os, signal, sys\n"
        "import packgen.build as b\n"
        "calls = []\n"
        "real = os.fsync\n"
        "def fsync(fd):\n"
        "    calls.append(fd)\n"
        "    if len(calls) == 2:\n"
        "        os.kill(os.getpid(), signal.SIGTERM)\n"
        "    return real(fd)\n"
        "b.os.fsync = fsync\n"
        "from packgen.cli import main\n"
        f"main({list(ARGS)!r})\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(cache)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    states = assert_each_output_old_or_complete(tmp_path / "out", old, reference)
    # all or nothing: the DOCX was staged beside its target, but no file of the set replaced
    assert states == ["old", "old", "old"]
    assert not [n for n in files_in(tmp_path / "out") if n.endswith(".tmp")]


def test_sigterm_during_a_write_gives_one_line_not_a_traceback(tmp_path, cache):
    earlier_outputs(tmp_path)
    code = (
        "import os, signal\n"
        "import packgen.build as b\n"
        "b.os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGTERM)\n"
        "from packgen.cli import main\n"
        f"main({list(ARGS)!r})\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(cache)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.returncode in (130, 143)


def test_without_force_nothing_is_replaced_and_nothing_written(tmp_path, cache):
    old = earlier_outputs(tmp_path)
    (tmp_path / "out" / NAMES[0]).unlink()  # even a missing docx is not written alone
    result = packgen(tmp_path, cache, *[a for a in ARGS if a != "--force"])
    assert result.returncode == 2
    assert result.stderr == f"packgen: out/{NAMES[2]} exists (use --force to replace it)\n"
    assert files_in(tmp_path / "out") == sorted(NAMES[1:])
    assert all((tmp_path / "out" / n).read_bytes() == old[n] for n in NAMES[1:])


def test_a_corrupt_cache_is_rebuilt_and_the_brief_still_builds(tmp_path, reference):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache_file = cache / "corpus.sqlite3"
    cache_file.write_bytes(b"\x00not a database\xff" * 4096)
    earlier_outputs(tmp_path)
    result = packgen(tmp_path, cache, *ARGS)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    out = tmp_path / "out"
    # the same bytes as a build from a healthy cache: nothing was lost with the cache
    assert {n: (out / n).read_bytes() for n in NAMES} == reference
    assert cache_file.read_bytes()[:16] == b"SQLite format 3\x00"
    # and again from the rebuilt cache
    again = packgen(tmp_path, cache, *ARGS)
    assert again.returncode == 0, again.stderr
    assert (out / NAMES[2]).read_bytes() == reference[NAMES[2]]


def test_a_deleted_cache_changes_nothing(tmp_path, cache, reference):
    earlier_outputs(tmp_path)
    fresh = tmp_path / "fresh-cache"  # does not exist yet
    result = packgen(tmp_path, fresh, *ARGS)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / NAMES[2]).read_bytes() == reference[NAMES[2]]
    assert len(pdf_pages(tmp_path / "out" / NAMES[2])) >= 3


def test_a_corrupt_cache_is_reported_as_a_warning(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "corpus.sqlite3").write_bytes(b"\x00not a database\xff" * 4096)
    earlier_outputs(tmp_path)
    result = packgen(tmp_path, cache, *ARGS)
    assert result.returncode == 0
    assert "cache unreadable" in result.stderr
