"""History titles of "incoming Presidency" items carry the semester, from the calendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from packgen.corpus import load_corpus
from packgen.history import topic_history, with_semester
from packgen.topics import load_topics


def test_semester_added_when_the_calendar_agrees() -> None:
    title = "Priorities of the incoming Spanish Presidency"
    assert with_semester(title, dt.date(2023, 3, 16)) == f"{title} (July-December 2023)"


def test_title_left_alone_when_the_calendar_disagrees_or_is_silent() -> None:
    # in March 2023 the incoming Presidency is Spanish, not Belgian
    title = "Priorities of the incoming Belgian Presidency"
    assert with_semester(title, dt.date(2023, 3, 16)) == title
    assert with_semester("Visa reciprocity", dt.date(2023, 3, 16)) == "Visa reciprocity"
    late = "Priorities of the incoming Irish Presidency"
    assert with_semester(late, dt.date(2031, 3, 1)) == late  # order not decided after 2030


def test_incoming_presidency_history_of_the_reference_outcomes(
    shared_seeds_dir: Path, tmp_path: Path
) -> None:
    corpus = load_corpus(shared_seeds_dir, cache_dir=tmp_path, progress=False)
    titles = [e.title for e in topic_history(corpus, load_topics(), "incoming-presidency")]
    assert titles == [
        "Priorities of the incoming Estonian Presidency (July-December 2017)",
        "Priorities of the incoming Austrian Presidency (July-December 2018)",
        "Priorities of the incoming Spanish Presidency (July-December 2023)",
    ]
