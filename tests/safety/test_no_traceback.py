"""Class 6 of issue 10: what used to end in a traceback is one line naming the file, exit 2,
and a build's outputs are all or nothing."""

from __future__ import annotations

import errno
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import docx
import pytest

import packgen.build as building
from packgen.corpus import CACHE_FILE, load_corpus
from packgen.errors import InputError
from tests.conftest import ROOT
from tests.safety.helpers import BUNDLED_CORPUS, brief, docx_parts, files_in, packgen
from tests.safety.hostile import docx_bytes

LONG_SUBJECT = (
    "EU-US Justice and Home Affairs Ministerial Meeting on visa reciprocity, "
    "counter-terrorism, e-evidence, drugs, migration and the external dimension, "
    "with the incoming Presidency's priorities and a long list of follow-ups "
    "that a careful desk officer wrote out in full (Stockholm, 21 June 2023)"
)


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


def assert_one_line(result, *words: str) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    for word in words:
        assert word in line, line
    return line


def write_brief(folder: Path, extra: str = "", **replace: str) -> Path:
    text = brief("LIMITE", extra)
    for old, new in replace.items():
        text = text.replace(old, new)
    path = folder / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- Word's property limits


def test_class_6_a_long_subject_fits_word_properties_and_stays_whole_in_the_body(tmp_path, cache):
    assert len(LONG_SUBJECT) > 255
    write_brief(
        tmp_path, **{"  directorate: JAI.1\n": f"  directorate: JAI.1\n  subject: {LONG_SUBJECT}\n"}
    )
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--out", "out", "--format", "docx")
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(tmp_path / "out" / "brief.docx"))
    subject = document.core_properties.subject
    assert len(subject) <= 255 and subject.endswith("…")
    assert LONG_SUBJECT.startswith(subject[:-1])
    body = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    body += "\n".join(p.text for p in document.paragraphs)
    assert LONG_SUBJECT in " ".join(body.split())


# ---------------------------------------------------------------- the corpus cache


def test_class_6_one_damaged_row_in_the_cache_is_read_again(tmp_path):
    cache = tmp_path / "cache"
    first = load_corpus(BUNDLED_CORPUS, cache_dir=cache, progress=False)
    with sqlite3.connect(cache / CACHE_FILE) as db:
        db.execute("UPDATE files SET payload = '{\"broken' WHERE rowid = 1")
    again = load_corpus(BUNDLED_CORPUS, cache_dir=cache, progress=False)
    assert [r.number for r in again.records] == [r.number for r in first.records]
    assert again.parsed_count == 1
    assert any("1 damaged cache row" in w for w in again.warnings)


@pytest.mark.parametrize(
    "damage",
    ["not a database", "a folder", "a file instead of the cache folder", "unwritable"],
)
def test_class_6_a_foreign_or_unusable_cache_gives_a_warning_not_a_traceback(
    tmp_path, monkeypatch, damage
):
    cache = tmp_path / "cache"
    cache.mkdir()
    if damage == "not a database":
        (cache / CACHE_FILE).write_bytes(b"written by someone else\n" * 100)
    elif damage == "a folder":
        (cache / CACHE_FILE).mkdir()
    elif damage == "a file instead of the cache folder":
        cache.rmdir()
        cache.write_text("not a folder")
    else:  # root ignores file modes: make every write fail as a read-only file would

        def read_only(self, results, records):
            raise sqlite3.OperationalError("attempt to write a readonly database")

        monkeypatch.setattr("packgen.corpus._Cache._store", read_only)
    corpus = load_corpus(BUNDLED_CORPUS, cache_dir=cache, progress=False)
    assert [r.number for r in corpus.records] == ["10483/17", "9278/18", "7725/23"]
    assert corpus.warnings


# ---------------------------------------------------------------- odd input files


def _zip_with(data: bytes, offset_in_header: int, value: bytes, signature: bytes) -> bytes:
    """`data` with a field of every zip header of `signature` overwritten."""
    out = bytearray(data)
    start = 0
    while (found := out.find(signature, start)) >= 0:
        out[found + offset_in_header : found + offset_in_header + len(value)] = value
        start = found + 4
    return bytes(out)


UNSUPPORTED_ZIPS = {
    # "needs version 9.9 to extract" in the central directory
    "version": lambda d: _zip_with(d, 6, (99).to_bytes(2, "little"), b"PK\x01\x02"),
    # compression method 99 (AES) in both headers
    "method": lambda d: _zip_with(
        _zip_with(d, 10, (99).to_bytes(2, "little"), b"PK\x01\x02"),
        8,
        (99).to_bytes(2, "little"),
        b"PK\x03\x04",
    ),
    "encrypted": lambda d: _zip_with(d, 8, (1).to_bytes(2, "little"), b"PK\x01\x02"),
}


@pytest.mark.parametrize("kind", UNSUPPORTED_ZIPS, ids=UNSUPPORTED_ZIPS.keys())
def test_class_6_a_docx_zip_packgen_cannot_open_is_one_line(tmp_path, cache, kind):
    source = (ROOT / "seeds" / "outcomes" / "2018-05-31_9278-18.txt").read_text("utf-8")
    data = UNSUPPORTED_ZIPS[kind](docx_bytes(source))
    path = tmp_path / "2018-05-31_9278-18.docx"
    path.write_bytes(data)
    broken = (zipfile.BadZipFile, NotImplementedError, RuntimeError)
    with pytest.raises(broken), zipfile.ZipFile(io.BytesIO(data)) as archive:  # truly broken
        archive.read("word/document.xml")
    result = packgen(tmp_path, cache, "parse", str(path))
    assert_one_line(result, str(path), "not a valid DOCX file")


def test_class_6_a_logo_that_is_not_an_image_is_refused_with_its_line(tmp_path, cache):
    created = packgen(tmp_path, cache, "init", str(tmp_path))
    assert created.returncode == 0, created.stderr
    result = packgen(tmp_path, cache, "presidency", "new", "--date", "2027-01-01")
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "presidencies"
    set_dir = folder / "2027-1-LT"
    (set_dir / "logo.png").write_text("this is a text file, not an image")
    settings = set_dir / "presidency.yaml"
    settings.write_text(settings.read_text().replace("# logo: logo.png", "logo: logo.png #"))
    line = next(
        n for n, t in enumerate(settings.read_text().splitlines(), 1) if t.startswith("logo")
    )
    assert f"{settings}:{line}: logo: 'logo.png': not a PNG, JPEG, GIF, BMP or TIFF image" in (
        _load_error(folder)
    )


def _load_error(sets: Path) -> str:
    from packgen.templateset import load_settings

    with pytest.raises(InputError) as caught:
        load_settings("2027-1-LT", sets)
    return str(caught.value)


def test_class_6_an_output_name_of_300_characters_is_one_line(tmp_path, cache):
    write_brief(tmp_path, f"output: {'n' * 300}\n")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--out", "out")
    assert_one_line(result, "output file name", "bytes, over the")
    assert files_in(tmp_path / "out") == []


# ---------------------------------------------------------------- all or nothing


@pytest.fixture(scope="module")
def prepared_stockholm(cache):
    spec = ROOT / "seeds" / "briefs" / "2023-06-21_eu-us-jha-ministerial-stockholm.yaml"
    prepared = building.prepare(spec, cache_dir=cache)
    return prepared, building.render(prepared, ("docx", "html"))


def planned(prepared_stockholm, out: Path, force: bool = False):
    prepared, rendered = prepared_stockholm
    return building.plan_outputs(prepared, rendered, out, force)


def earlier(out: Path, plan) -> dict[str, bytes]:
    out.mkdir(exist_ok=True)
    old = {}
    for output in plan:
        output.path.write_bytes(b"earlier " + output.path.name.encode())
        old[output.path.name] = output.path.read_bytes()
    return old


@pytest.mark.parametrize("failing_call", [1, 2, 3])
def test_class_6_disk_full_leaves_every_output_as_it_was(
    tmp_path, prepared_stockholm, monkeypatch, failing_call
):
    out = tmp_path / "out"
    old = earlier(out, planned(prepared_stockholm, out))
    plan = planned(prepared_stockholm, out, force=True)
    calls = []
    real = building.os.fsync

    def full(fd):
        calls.append(fd)
        if len(calls) == failing_call:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd)

    monkeypatch.setattr(building.os, "fsync", full)
    with pytest.raises(InputError, match="No space left on device; nothing written"):
        building.write_outputs(plan, None)
    assert {p: (out / p).read_bytes() for p in old} == old
    assert files_in(out) == sorted(old)  # no temporary file either


def test_class_6_a_failed_rename_rolls_back_the_files_already_replaced(
    tmp_path, prepared_stockholm, monkeypatch
):
    out = tmp_path / "out"
    old = earlier(out, planned(prepared_stockholm, out))
    plan = planned(prepared_stockholm, out, force=True)
    real = building.os.replace
    calls = []

    def read_only_late(src, dst):
        calls.append(dst)
        if len(calls) == 2:  # the second target's folder turned read-only
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        return real(src, dst)

    monkeypatch.setattr(building.os, "replace", read_only_late)
    with pytest.raises(InputError, match="Permission denied; nothing written"):
        building.write_outputs(plan, None)
    assert {p: (out / p).read_bytes() for p in old} == old
    assert files_in(out) == sorted(old)


def test_class_6_a_folder_at_an_output_path_is_refused_even_with_force(tmp_path, cache):
    write_brief(tmp_path)
    out = tmp_path / "out"
    (out / "brief.pdf").mkdir(parents=True)
    (out / "brief.docx").write_bytes(b"earlier")
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--out", "out", "--force")
    assert_one_line(result, "brief.pdf", "is a folder")
    assert (out / "brief.docx").read_bytes() == b"earlier"
    assert files_in(out) == ["brief.docx"]


def test_class_6_an_out_folder_that_cannot_be_made_is_one_line(tmp_path, cache):
    write_brief(tmp_path)
    (tmp_path / "taken").write_text("a file where the folder should go")
    result = packgen(
        tmp_path, cache, "build", "brief.yaml", "--out", "taken/out", "--format", "docx"
    )
    assert_one_line(result, "cannot write", "nothing written")


def test_class_6_the_manifest_of_a_good_build_still_lists_every_output(tmp_path, cache):
    write_brief(tmp_path)
    result = packgen(tmp_path, cache, "build", "brief.yaml", "--out", "out", "--format", "docx")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "brief.manifest.json").read_text())
    assert [o["path"] for o in manifest["outputs"]] == ["brief.docx"]
    assert "word/document.xml" in docx_parts(tmp_path / "out" / "brief.docx")
