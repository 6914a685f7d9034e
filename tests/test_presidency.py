"""The Presidency calendar: dates in, the Presidency in office, the incoming one and the trio out."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from packgen.errors import InputError
from packgen.presidency import (
    calendar_span,
    find_presidency,
    get_presidency,
    incoming_after,
    load_calendar,
    normalise_id,
    presidency_on,
    trio_of,
)


@pytest.mark.parametrize(
    ("day", "code", "country", "adjective", "incoming_code"),
    [
        (date(2017, 6, 15), "MT", "Malta", "Maltese", "EE"),
        (date(2018, 5, 31), "BG", "Bulgaria", "Bulgarian", "AT"),
        (date(2021, 3, 15), "PT", "Portugal", "Portuguese", "SI"),
        (date(2023, 3, 24), "SE", "Sweden", "Swedish", "ES"),
        (date(2027, 1, 1), "LT", "Lithuania", "Lithuanian", "EL"),
    ],
)
def test_presidency_on_known_dates(day, code, country, adjective, incoming_code):
    current = presidency_on(day)
    assert (current.code, current.country, current.adjective) == (code, country, adjective)
    assert incoming_after(current).code == incoming_code


@pytest.mark.parametrize(
    ("day", "expected_id"),
    [
        (date(2019, 6, 30), "2019-1-RO"),
        (date(2019, 7, 1), "2019-2-FI"),
        (date(2019, 12, 31), "2019-2-FI"),
        (date(2020, 1, 1), "2020-1-HR"),
        (date(2026, 6, 30), "2026-1-CY"),
        (date(2026, 7, 1), "2026-2-IE"),
        (date(2016, 1, 1), "2016-1-NL"),
        (date(2030, 12, 31), "2030-2-MT"),
    ],
)
def test_semester_boundaries_are_exact(day, expected_id):
    assert presidency_on(day).id == expected_id


def test_after_2030_the_incoming_presidency_is_unknown():
    last = presidency_on(date(2030, 7, 1))
    assert (last.code, last.country, last.start, last.end) == (
        "MT",
        "Malta",
        date(2030, 7, 1),
        date(2030, 12, 31),
    )
    assert incoming_after(last) is None


def test_dates_outside_the_calendar_are_input_errors():
    with pytest.raises(InputError, match="2031-01-01: no Presidency in the calendar"):
        presidency_on(date(2031, 1, 1))
    with pytest.raises(InputError, match="2006-12-31"):
        presidency_on(date(2006, 12, 31))
    assert calendar_span() == (date(2007, 1, 1), date(2030, 12, 31))
    # past Presidencies are in it, so that an outcome of 2011 knows its chair
    assert presidency_on(date(2011, 2, 1)).adjective == "Hungarian"


def test_the_order_set_by_decision_2016_1316():
    order = [p.code for p in load_calendar() if p.start.year >= 2017]
    assert order == (
        [
            "MT",
            "EE",
            "BG",
            "AT",
            "RO",
            "FI",
            "HR",
            "DE",
            "PT",
            "SI",
            "FR",
            "CZ",
            "SE",
            "ES",
            "BE",
            "HU",
            "PL",
            "DK",
            "CY",
            "IE",
            "LT",
            "EL",
            "IT",
            "LV",
            "LU",
            "NL",
            "SK",
            "MT",
        ]
    )


def test_calendar_semesters_follow_each_other_without_gaps():
    calendar = load_calendar()
    assert len(calendar) == 48  # 2007 to 2030, two a year
    for before, after in pairwise(calendar):
        assert (after.start - before.end).days == 1
        assert before.semester != after.semester


def test_greece_uses_the_council_code_el():
    greece = presidency_on(date(2027, 9, 1))
    assert (greece.code, greece.country, greece.adjective, greece.id) == (
        "EL",
        "Greece",
        "Greek",
        "2027-2-EL",
    )


def test_trio_of_poland_is_poland_denmark_cyprus():
    poland = presidency_on(date(2025, 2, 1))
    assert [p.code for p in trio_of(poland)] == ["PL", "DK", "CY"]
    assert [p.id for p in trio_of(presidency_on(date(2026, 2, 1)))] == [
        "2025-1-PL",
        "2025-2-DK",
        "2026-1-CY",
    ]


def test_malta_appears_twice_each_in_its_own_trio():
    assert [p.id for p in trio_of(get_presidency("2017-1-MT"))] == [
        "2016-1-NL",
        "2016-2-SK",
        "2017-1-MT",
    ]
    assert [p.id for p in trio_of(get_presidency("2030-2-MT"))] == [
        "2029-2-NL",
        "2030-1-SK",
        "2030-2-MT",
    ]


def test_every_trio_is_three_consecutive_semesters_of_its_listed_members():
    calendar = load_calendar()
    for presidency in calendar:
        trio = trio_of(presidency)
        assert [p.code for p in trio] == presidency.trio
        assert presidency in trio
        first = calendar.index(trio[0])
        assert trio == calendar[first : first + 3]


def test_presidency_ids_and_labels():
    lithuania = get_presidency("2027-1-lt")
    assert lithuania.id == "2027-1-LT"
    assert lithuania.capital == "Vilnius"
    assert lithuania.semester_label == "January-June 2027"
    assert get_presidency("2026-2-IE").semester_label == "July-December 2026"
    assert find_presidency("2027-1-XX") is None


def test_bad_and_unknown_ids_are_input_errors():
    with pytest.raises(InputError, match="YEAR-SEMESTER-CODE"):
        normalise_id("Lithuania")
    with pytest.raises(InputError, match="unknown Presidency '2031-1-XX'.*2007-1-DE to 2030-2-MT"):
        get_presidency("2031-1-XX")
