"""Shared shapes of the history stage's output: HistoryEntry, FollowUp and ItemHistory (used by compose)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field


class Citation(BaseModel):
    """Where a line of history comes from: an outcome's number, marking and item reference."""

    number: str | None = Field(description='document number, "9278/18"')
    marking: str | None = Field(description='"LIMITE" or None')
    source: str = Field(description="path of the outcome file")
    item: str = Field(description='"item 3(c)" or "item 5"')
    subject_codes: list[str] = Field(
        default_factory=list, description="the outcome's subject codes"
    )


class HistoryEntry(BaseModel):
    """What one earlier meeting said about a topic."""

    topic: str
    date: dt.date = Field(description="meeting start date")
    end: dt.date | None = Field(
        default=None, description="meeting end date when it ran over several days"
    )
    meeting: str = Field(description="meeting title")
    place: str | None = None
    title: str = Field(description="the item (or sub-item) title")
    summary: str = Field(description="one to three sentences taken verbatim from the item's text")
    text: str = Field(description="the item's (or sub-item's) own text")
    citation: Citation
    assignment: str | None = Field(
        default=None, description="why the unit has the topic: alias, place, score"
    )

    @property
    def number(self) -> str | None:
        return self.citation.number


Status = Literal["taken-up", "open", "overdue"]


class FollowUp(BaseModel):
    """A commitment made at an earlier meeting ("agreed to meet again in ..."), with its status."""

    topic: str
    date: dt.date = Field(description="date of the meeting where it was made")
    meeting: str
    sentence: str = Field(
        description="the commitment, verbatim; a pointer back carries its antecedent in brackets"
    )
    citation: Citation
    topics: list[str] = Field(default_factory=list, description="every topic it concerns")
    status: Status = Field(
        default="open",
        description="taken-up: a later meeting took the topic up; overdue: the date it names "
        "has passed; open: neither",
    )
    due: dt.date | None = Field(default=None, description="last day of the period it names")
    taken_up: Citation | None = Field(default=None, description="the later item that took it up")
    taken_up_date: dt.date | None = Field(default=None, description="date of that later meeting")


@dataclass
class ItemHistory:
    """What the history stage found for one agenda item."""

    entries: list[HistoryEntry] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)
    #: subject-code families of the item's topics (topics.yaml), for `subject_codes: auto`
    code_families: list[str] = field(default_factory=list)
