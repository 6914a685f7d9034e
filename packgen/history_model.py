"""Shared shapes of the history stage's output: HistoryEntry and FollowUp (used by compose)."""

from __future__ import annotations

import datetime as dt

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
    text: str = Field(description="the item's full text")
    citation: Citation

    @property
    def number(self) -> str | None:
        return self.citation.number


class FollowUp(BaseModel):
    """A commitment made at an earlier meeting ("agreed to meet again in ...")."""

    topic: str
    date: dt.date = Field(description="date of the meeting where it was made")
    meeting: str
    sentence: str = Field(description="the commitment, verbatim")
    citation: Citation
