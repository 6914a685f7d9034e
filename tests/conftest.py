"""Shared fixtures: the reference documents in ../shared/seeds, the bundled corpus, one parse cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
BUNDLED_OUTCOMES = ROOT / "seeds" / "outcomes"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def round_cases(folder: Path) -> list:
    """Every case of the round files `folder/*.yaml` (one per round of blind sets), one
    pytest param each, named by file and position; each case says `why` it is there."""
    from ruamel.yaml import YAML

    params = []
    for path in sorted(folder.glob("*.yaml")):
        loaded = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        for number, case in enumerate(loaded["cases"], 1):
            assert case.get("why"), f"{path.name}: case {number} gives no reason"
            params.append(pytest.param(case, id=f"{path.stem}-{number}"))
    return params


def shared_seed(prefix: str) -> Path:
    """The reference document whose name starts with `prefix` ("002"); skip when absent."""
    matches = sorted(SHARED_SEEDS.glob(f"{prefix}_*.txt")) if SHARED_SEEDS.is_dir() else []
    if not matches:
        pytest.skip(f"reference documents not available ({SHARED_SEEDS})")
    return matches[0]


@pytest.fixture
def seed_002() -> Path:
    return shared_seed("002")


@pytest.fixture
def seed_003() -> Path:
    return shared_seed("003")


@pytest.fixture
def seed_004() -> Path:
    return shared_seed("004")


@pytest.fixture
def shared_seeds_dir() -> Path:
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"reference documents not available ({SHARED_SEEDS})")
    return SHARED_SEEDS


@pytest.fixture(scope="session")
def history_parse_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One parse cache for the session: the measurement sets are read once, not once per test file.

    A cached read returns what a fresh parse gives (tests/test_corpus.py checks the cache), so
    the second test file to load a set checks the same records in a fraction of the time.
    Under pytest-xdist the workers share it (the cache is an SQLite file made for concurrent
    readers and writers): a set whose tests land on two workers is still parsed once.
    """
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        return tmp_path_factory.mktemp("history-parse-cache")
    # the workers' base folders share one parent, made for this run alone
    shared = tmp_path_factory.getbasetemp().parent / "history-parse-cache"
    shared.mkdir(exist_ok=True)
    return shared
