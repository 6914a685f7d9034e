"""Class 8 of issue 10: the cache version comes from the code that shapes a record.

The version hashes the source of every packgen module reachable by import from the
corpus, extract, readers, summary and history modules (lazy imports included), so a fix in
any reader reaches files already cached; no list of files is kept by hand.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import packgen
from packgen import corpus
from tests.safety.helpers import BUNDLED_CORPUS

PACKAGE = Path(packgen.__file__).parent

#: Modules that shape a record or its cached summaries, and must each move the version.
SHAPING = [
    "readers/pdf.py",
    "readers/docx.py",
    "readers/text.py",
    "readers/__init__.py",
    "readers/lines.py",
    "extract.py",
    "marking.py",
    "records.py",
    "topics.py",
    "history.py",
    "summary.py",
    "blocks.py",
]


@pytest.fixture()
def package_copy(tmp_path) -> Path:
    copy = tmp_path / "packgen"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_class_8_the_record_modules_are_found_from_the_code_itself():
    found = {p.relative_to(PACKAGE).as_posix() for p in corpus.record_modules(PACKAGE).values()}
    assert set(SHAPING) <= found
    # and nothing that only renders: a template change does not throw the cache away
    assert not {"writers/docx.py", "writers/pdf.py", "compose.py", "build.py"} & found


@pytest.mark.parametrize("module", SHAPING)
def test_class_8_changing_any_shaping_module_changes_the_version(package_copy, module):
    before = corpus.code_version(package_copy)
    path = package_copy / module
    path.write_text(path.read_text(encoding="utf-8") + "\n# a fix\n", encoding="utf-8")
    assert corpus.code_version(package_copy) != before


def test_class_8_a_new_reader_module_counts_without_being_listed(package_copy):
    before = corpus.code_version(package_copy)
    (package_copy / "readers" / "odt.py").write_text('"""A new reader."""\n', encoding="utf-8")
    assert corpus.code_version(package_copy) != before


def test_class_8_a_changed_reader_rebuilds_the_cache(tmp_path, package_copy, monkeypatch):
    cache = tmp_path / "cache"
    first = corpus.load_corpus(BUNDLED_CORPUS, cache_dir=cache, progress=False)
    assert first.parsed_count == 3
    assert corpus.load_corpus(BUNDLED_CORPUS, cache_dir=cache, progress=False).parsed_count == 0
    reader = package_copy / "readers" / "pdf.py"
    reader.write_text(reader.read_text(encoding="utf-8") + "\n# a reader fix\n", "utf-8")
    # the running code is now that of the changed copy
    monkeypatch.setattr(corpus, "_code_version", lambda *_: corpus.code_version(package_copy))
    rebuilt = corpus.load_corpus(BUNDLED_CORPUS, cache_dir=cache, progress=False)
    assert rebuilt.parsed_count == 3
    assert [r.number for r in rebuilt.records] == [r.number for r in first.records]
    again = corpus.load_corpus(BUNDLED_CORPUS, cache_dir=cache, progress=False)
    assert again.parsed_count == 0


def test_the_remembered_version_follows_any_change_of_a_module(tmp_path, package_copy, monkeypatch):
    memo = tmp_path / "cache" / corpus.CODE_VERSION_MEMO
    computed = []
    real = corpus.code_version
    monkeypatch.setattr(corpus, "code_version", lambda p: computed.append(p) or real(p))
    first = corpus.remembered_code_version(package_copy, memo)
    assert first == real(package_copy) and len(computed) == 1
    # unchanged sources: the memo answers, nothing is parsed again
    assert corpus.remembered_code_version(package_copy, memo) == first
    assert len(computed) == 1
    reader = package_copy / "readers" / "text.py"
    reader.write_text(reader.read_text(encoding="utf-8") + "\n# a fix\n", encoding="utf-8")
    second = corpus.remembered_code_version(package_copy, memo)
    assert second != first and second == real(package_copy) and len(computed) == 2
    # a memo that is not ours is computed again, not trusted
    memo.write_text('{"stamp": [], "version": 3}', encoding="utf-8")
    assert corpus.remembered_code_version(package_copy, memo) == second
