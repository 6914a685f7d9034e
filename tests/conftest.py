"""Shared fixtures: the reference documents in ../shared/seeds and the bundled corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
BUNDLED_OUTCOMES = ROOT / "seeds" / "outcomes"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


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
