"""The Presidency calendar: packgen/data/presidencies.yaml in, Presidency records by date or id out."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from itertools import pairwise

from pydantic import BaseModel, ConfigDict, Field

from packgen import bundled, style
from packgen.errors import InputError
from packgen.yamlload import load_yaml, validate_mapping

CALENDAR_FILE = "presidencies.yaml"
_ID_PATTERN = re.compile(r"^(\d{4})-([12])-([A-Za-z]{2})$")


class Presidency(BaseModel):
    """One semester's Presidency of the Council of the European Union."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(description='Council code of the Member State ("LT"; "EL" for Greece)')
    country: str = Field(description='short name of the Member State ("Lithuania")')
    adjective: str = Field(description='as in "the Lithuanian Presidency"')
    start: dt.date = Field(description="first day in office (1 January or 1 July)")
    end: dt.date = Field(description="last day in office (30 June or 31 December)")
    trio: list[str] = Field(description="codes of the trio, in order")
    capital: str

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def semester(self) -> int:
        """1 for January-June, 2 for July-December."""
        return 1 if self.start.month <= 6 else 2

    @property
    def id(self) -> str:
        """The set name used on disk and in specs, e.g. "2027-1-LT"."""
        return f"{self.year}-{self.semester}-{self.code}"

    @property
    def semester_label(self) -> str:
        """ "January-June 2027" or "July-December 2027"."""
        months = "January-June" if self.semester == 1 else "July-December"
        return f"{months} {self.year}"

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def summary(self) -> dict[str, object]:
        """The JSON-friendly fields other tools rely on."""
        return {
            "id": self.id,
            "code": self.code,
            "country": self.country,
            "adjective": self.adjective,
            "capital": self.capital,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "trio": list(self.trio),
        }


class _CalendarFile(BaseModel):
    """The shape of presidencies.yaml."""

    model_config = ConfigDict(extra="forbid")

    presidencies: list[Presidency]
    accents: dict[str, str] = Field(default_factory=dict)


@cache
def _calendar_file() -> _CalendarFile:
    # a broken package install is reported like any bad file, by the one YAML loader
    loaded = load_yaml(bundled.calendar_file())
    shape = "expected a mapping with a 'presidencies' list"
    return validate_mapping(loaded, _CalendarFile, shape)


@cache
def _calendar() -> tuple[Presidency, ...]:
    calendar = tuple(_calendar_file().presidencies)
    _check_contiguous(calendar)
    return calendar


def _check_contiguous(calendar: tuple[Presidency, ...]) -> None:
    """Semesters must follow each other without gap or overlap, or date look-ups lie."""
    for before, after in pairwise(calendar):
        if after.start != before.end + dt.timedelta(days=1):
            raise InputError(CALENDAR_FILE, f"{after.id} does not follow {before.id}")


def load_calendar() -> list[Presidency]:
    """Every Presidency in the calendar, oldest first."""
    return list(_calendar())


def calendar_span() -> tuple[dt.date, dt.date]:
    """First and last day the calendar covers."""
    calendar = _calendar()
    return calendar[0].start, calendar[-1].end


def calendar_gap(day: dt.date) -> str | None:
    """Why the calendar has no Presidency on `day` ("it ends 2030-12-31; ..."), None if it has."""
    first, last = calendar_span()
    if day > last:
        return f"it ends {last.isoformat()}; the order from 2031 is not decided yet"
    if day < first:
        return f"it starts {first.isoformat()}"
    return None


def default_accent(code: str) -> str:
    """The accent colour a generated template set starts with for this Member State."""
    return _calendar_file().accents.get(code, style.ACCENT)


def presidency_on(day: dt.date) -> Presidency:
    """The Presidency in office on `day`; InputError outside the calendar."""
    for presidency in _calendar():
        if presidency.covers(day):
            return presidency
    first, last = calendar_span()
    raise InputError(
        None,
        f"{day.isoformat()}: no Presidency in the calendar for this date "
        f"(it covers {first.isoformat()} to {last.isoformat()}; "
        "the order from 2031 is not decided yet)",
    )


def incoming_after(presidency: Presidency) -> Presidency | None:
    """The next Presidency, or None when the order is not decided (after 31 December 2030)."""
    calendar = _calendar()
    index = _index_of(presidency)
    return calendar[index + 1] if index + 1 < len(calendar) else None


def trio_of(presidency: Presidency) -> list[Presidency]:
    """The three Presidencies of `presidency`'s trio, in order.

    A country can appear twice in the calendar (Malta 2017 and 2030), so the trio
    is the window of three consecutive semesters around it whose codes match.
    """
    calendar = _calendar()
    index = _index_of(presidency)
    for first in range(max(0, index - 2), index + 1):
        window = calendar[first : first + 3]
        if [p.code for p in window] == list(presidency.trio):
            return list(window)
    # the calendar does not hold the whole trio: give what it has, in order
    return [p for p in calendar[max(0, index - 2) : index + 3] if p.code in presidency.trio][:3]


def _index_of(presidency: Presidency) -> int:
    for index, candidate in enumerate(_calendar()):
        if candidate.id == presidency.id:
            return index
    raise InputError(None, f"{presidency.id}: not in the Presidency calendar")


def normalise_id(presidency_id: str) -> str:
    """ "2027-1-lt" -> "2027-1-LT"; InputError when it is not YEAR-SEMESTER-CODE."""
    match = _ID_PATTERN.match(presidency_id.strip())
    if not match:
        raise InputError(
            None,
            f"'{presidency_id}': a Presidency id is YEAR-SEMESTER-CODE, e.g. 2027-1-LT",
        )
    year, semester, code = match.groups()
    return f"{year}-{semester}-{code.upper()}"


def semester_dates(presidency_id: str) -> tuple[dt.date, dt.date]:
    """First and last day of the semester an id names: "2031-1-XX" -> 1 January, 30 June 2031."""
    year, semester, _ = normalise_id(presidency_id).split("-")
    if semester == "1":
        return dt.date(int(year), 1, 1), dt.date(int(year), 6, 30)
    return dt.date(int(year), 7, 1), dt.date(int(year), 12, 31)


def find_presidency(presidency_id: str) -> Presidency | None:
    """The calendar's Presidency with this id ("2027-1-LT"), or None when there is none."""
    wanted = normalise_id(presidency_id)
    return next((p for p in _calendar() if p.id == wanted), None)


def get_presidency(presidency_id: str) -> Presidency:
    """Like find_presidency, but an unknown id is an InputError naming the calendar's range."""
    presidency = find_presidency(presidency_id)
    if presidency is None:
        first, last = _calendar()[0], _calendar()[-1]
        raise InputError(
            None,
            f"unknown Presidency '{presidency_id}': the calendar runs from {first.id} "
            f"to {last.id} (see `packgen presidency show DATE`)",
        )
    return presidency
