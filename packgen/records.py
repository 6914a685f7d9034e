"""The extract stage's output: one OutcomeRecord per outcome-of-proceedings document."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class SubItem(BaseModel):
    """A lettered sub-item ("a) Information sharing ...") or an italic run-in heading."""

    label: str = Field(description='"a", "b", ... in document order')
    title: str
    text: str


class Item(BaseModel):
    """A numbered agenda item of the outcome ("1. Counterterrorism")."""

    number: str = Field(description='"1", "2", ... as printed')
    title: str
    text: str = Field(
        description="the item's own paragraphs, sub-items included, joined by blank lines"
    )
    subitems: list[SubItem] = Field(default_factory=list)


class Annex(BaseModel):
    title: str
    text: str


class ReportedMeeting(BaseModel):
    """The meeting the outcome reports on, parsed from the Subject line."""

    title: str
    place: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


class OutcomeRecord(BaseModel):
    """Everything packgen knows about one outcome of proceedings."""

    model_config = ConfigDict(populate_by_name=True)

    source: str = Field(description="path of the file the record was read from")
    sha256: str = Field(description="sha256 of the file's bytes")
    number: str | None = Field(
        default=None, description='document number, e.g. "9278/18" or "7725/23 ADD 1"'
    )
    date: dt.date | None = None
    place: str | None = None
    language: str | None = Field(
        default=None, description='original language, "en" from "(OR. en)"'
    )
    marking: str | None = Field(
        default=None,
        description='"LIMITE", "PUBLIC" (released), or None when undetermined (ranked as LIMITE)',
    )
    marking_found: str | None = Field(
        default=None,
        description='where the marking was found, e.g. "page 2, line 40 (page footer)"',
    )
    subject_codes: list[str] = Field(default_factory=list)
    doc_type: str | None = None
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    prev_docs: list[str] = Field(default_factory=list)
    subject: str | None = None
    summary: str | None = None
    participants: list[str] = Field(default_factory=list)
    meeting: ReportedMeeting | None = None
    items: list[Item] = Field(default_factory=list)
    annex: Annex | None = None
    warnings: list[str] = Field(default_factory=list, description="fields that could not be found")

    def to_json_dict(self) -> dict:
        """The `packgen parse --json` shape: ISO dates, "from" spelled as in the document."""
        return self.model_dump(mode="json", by_alias=True)
