"""Preview rules that need no server: which last good pages may stay, which images are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from packgen.errors import ClassifiedSourceError, InputError
from packgen.serve.preview import ImageCache, PageView, Preview, keeps_last_good
from packgen.serve.roots import Entry
from tests.serve.conftest import example_text, save


def shown(classification: str) -> Preview:
    entry = Entry("brief.yaml", Path("brief.yaml"), "brief")
    page = PageView("0" * 32, 794.0, 1123.0, [(0.0, 0.0, 10.0, 10.0, "text")])
    return Preview(entry=entry, pages=[page], classification=classification)


@pytest.mark.parametrize(
    ("classification_now", "shown_under", "error", "keeps"),
    [
        # a typo while drafting: the pages made a moment ago stay, greyed
        (
            "LIMITE",
            "LIMITE",
            InputError("brief.yaml", "agenda[0].topics[0]: unknown topic", 28),
            True,
        ),
        (
            "PUBLIC",
            "PUBLIC",
            InputError("brief.yaml", "agenda[0].topics[0]: unknown topic", 28),
            True,
        ),
        ("LIMITE", "PUBLIC", InputError("brief.yaml", "header.date: not a date", 8), True),
        # the spec now asks for less than the pages were made under
        (
            "PUBLIC",
            "LIMITE",
            InputError("brief.yaml", "agenda[0].topics[0]: unknown topic", 28),
            False,
        ),
        # refusals of the marking rules never keep pages
        (
            "PUBLIC",
            "PUBLIC",
            InputError(
                "brief.yaml",
                "classification: a PUBLIC brief cannot cite LIMITE sources: 9278/18",
                2,
            ),
            False,
        ),
        (
            "LIMITE",
            "LIMITE",
            ClassifiedSourceError("x.txt", "classified marking RESTREINT UE"),
            False,
        ),
        ("LIMITE", "LIMITE", InputError("x.txt", "marking could not be determined"), False),
    ],
)
def test_last_good_pages_stay_only_when_no_marking_rule_is_at_stake(
    tmp_path, classification_now, shown_under, error, keeps
):
    text = example_text().replace("classification: LIMITE", f"classification: {classification_now}")
    save(tmp_path / "brief.yaml", text)
    last = shown(shown_under)
    entry = Entry("brief.yaml", tmp_path / "brief.yaml", "brief")
    assert keeps_last_good(error, entry, last) is keeps


def test_an_unreadable_spec_keeps_the_pages_the_drafter_just_saw(tmp_path):
    save(tmp_path / "brief.yaml", "kind: [unclosed\n")
    entry = Entry("brief.yaml", tmp_path / "brief.yaml", "brief")
    error = InputError(tmp_path / "brief.yaml", "invalid YAML", 1)
    assert keeps_last_good(error, entry, shown("LIMITE")) is True
    assert keeps_last_good(error, entry, Preview(entry=entry)) is False  # nothing to keep


def test_images_kept_are_those_shown_and_the_most_recent_spares():
    cache = ImageCache(spare=2)
    for key in ("a", "b", "c", "d", "e"):
        cache.put(key, key.encode())
    assert cache.get("a") == b"a"  # used again: now the most recent
    cache.keep({"b"})
    assert [k for k in "abcde" if k in cache] == ["a", "b", "e"]
    assert len(cache) == 3
