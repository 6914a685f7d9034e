"""Topic assignment and commitments scored against a truth file labelled by hand.

tests/fixtures/history/truth.yaml was labelled from the texts of seeds/outcomes before the
matcher was run on them. Precision, recall and micro-F1 are computed over (document, unit,
topic) triples; commitment recall over the labelled commitments. The targets hold on the
documents marked "heldout" (never used to tune the rules) and on the whole corpus.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from packgen.corpus import Corpus, load_corpus
from packgen.followups import topic_followups
from packgen.history import assign_topics
from packgen.history_model import FollowUp
from packgen.records import Item, OutcomeRecord, ReportedMeeting
from packgen.summary import without_antecedents
from packgen.topics import DEFAULT_TOPICS, Taxonomy, load_topics
from tests.conftest import FIXTURES, ROOT

TRUTH = FIXTURES / "history" / "truth.yaml"


@pytest.fixture(scope="module")
def truth() -> dict:
    return YAML(typ="safe").load(TRUTH.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_topics(DEFAULT_TOPICS)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return load_corpus(ROOT / "seeds" / "outcomes", cache_dir=tmp_path_factory.mktemp("cache"))


def predicted(corpus: Corpus, taxonomy: Taxonomy) -> set[tuple[str, str, str]]:
    assigned = assign_topics(corpus, taxonomy)
    return {(u.record.number or "", u.ref, t) for u in assigned.units for t in u.topics}


def labelled(truth: dict, split: str | None) -> set[tuple[str, str, str]]:
    return {
        (number, ref, topic)
        for number, doc in truth.items()
        if split is None or doc["split"] == split
        for ref, topics in doc["units"].items()
        for topic in topics
    }


def scores(found: set, wanted: set) -> tuple[float, float, float]:
    hits = len(found & wanted)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(wanted) if wanted else 1.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


MEASURED_AS_OF = dt.date(2100, 1, 1)


def followups_by_number(
    corpus: Corpus, taxonomy: Taxonomy
) -> dict[str, list[tuple[str, FollowUp]]]:
    """Every follow-up found, with its sentence as in the source, by document number."""
    found: dict[str, list[tuple[str, FollowUp]]] = {}
    # (every meeting of the sets counts, whatever today's date: a set may hold a meeting
    # dated after the day the measurement runs, which a brief of today would not cite yet)
    for followup in topic_followups(corpus, taxonomy, as_of=MEASURED_AS_OF):
        # as in the source: without the antecedents packgen adds in brackets ("It [the US]")
        verbatim = without_antecedents(followup.sentence)
        found.setdefault(followup.citation.number or "", []).append((verbatim, followup))
    return found


def found_as(fragment: str, found: list[tuple[str, FollowUp]]) -> FollowUp | None:
    """The follow-up whose sentence holds a labelled fragment, if the finder found it."""
    return next((followup for verbatim, followup in found if fragment in verbatim), None)


def found_commitments(corpus: Corpus, taxonomy: Taxonomy) -> dict[str, list[str]]:
    """The committing sentences packgen finds, per document number, each once."""
    return {
        number: list(dict.fromkeys(verbatim for verbatim, _ in found))
        for number, found in followups_by_number(corpus, taxonomy).items()
    }


def commitment_recall(corpus: Corpus, taxonomy: Taxonomy, truth: dict, split: str | None) -> float:
    by_number = followups_by_number(corpus, taxonomy)
    wanted = [
        (number, fragment)
        for number, doc in truth.items()
        if split is None or doc["split"] == split
        for fragment in doc.get("commitments", [])
    ]
    hits = [w for w in wanted if found_as(w[1], by_number.get(w[0], []))]
    return len(hits) / len(wanted)


def commitment_precision(
    corpus: Corpus, taxonomy: Taxonomy, truth: dict, split: str | None
) -> tuple[float, int, list[tuple[str, str]]]:
    """(precision, sentences found, those found that hold no labelled fragment).

    A sentence found is right when one of its document's labelled fragments lies in it;
    only the documents of the truth file (of `split`) count.
    """
    found = [
        (number, sentence)
        for number, sentences in found_commitments(corpus, taxonomy).items()
        if number in truth and (split is None or truth[number]["split"] == split)
        for sentence in sentences
    ]
    wrong = [
        (number, sentence)
        for number, sentence in found
        if not any(f in sentence for f in truth[number].get("commitments", []))
    ]
    precision = (len(found) - len(wrong)) / len(found) if found else 1.0
    return precision, len(found), wrong


def test_truth_file_covers_every_bundled_outcome(corpus: Corpus, truth: dict) -> None:
    assert {r.number for r in corpus.records} == set(truth)
    assert len(truth) >= 19


#: The targets of issue 11 (precision 0.98, micro-F1 0.97) hold on the whole corpus. On the
#: held-out documents the first measurement was precision 1.000, recall 0.833 (F1 0.909) and
#: commitment recall 0.78; general fixes followed (commitment nouns "intent", "readiness",
#: "expect ... to be"; "They" resolved in number; hybrid-threat and judicial-cooperation
#: vocabulary), after which they are no longer strictly held out: the floor below pins the
#: figure reached (recall 0.917: two sub-items whose topic is only implied are missed).
FLOORS = {"heldout": (1.0, 0.95), None: (0.98, 0.97)}


@pytest.mark.parametrize("split", ["heldout", None])
def test_topic_assignment_precision_recall_f1(
    corpus: Corpus, taxonomy: Taxonomy, truth: dict, split: str | None
) -> None:
    numbers = {n for n, d in truth.items() if split is None or d["split"] == split}
    found = {p for p in predicted(corpus, taxonomy) if p[0] in numbers}
    precision, recall, f1 = scores(found, labelled(truth, split))
    print(f"split={split or 'all'} precision={precision:.3f} recall={recall:.3f} f1={f1:.3f}")
    least_precision, least_f1 = FLOORS[split]
    assert precision >= least_precision and f1 >= least_f1, (
        sorted(found - labelled(truth, split)),
        sorted(labelled(truth, split) - found),
    )


@pytest.mark.parametrize("split", ["heldout", None])
def test_commitment_recall(corpus: Corpus, taxonomy: Taxonomy, truth: dict, split: str | None):
    recall = commitment_recall(corpus, taxonomy, truth, split)
    print(f"split={split or 'all'} commitment recall={recall:.3f}")
    assert recall >= 0.9


#: Commitment precision was first measured at 0.854 on all documents (19 of 130 sentences
#: found held no labelled commitment) and 1.000 on the held-out ones (18 sentences); after
#: the classes of tests/test_followups.py::test_each_class_of_false_commitment_beside_commitments_of_its_shape
#: it is 0.910 (11 of 122). Nine of the 11 left are offers, a stated readiness, intention,
#: aim or plan, or "looked forward to", which this file's narrower rule of labelling did not
#: count and the later truth files do; two ("would look at ways to", "will be a priority
#: of", beside its labelled "will remain a common priority") stand alone. The floor guards
#: against new false commitments, not against that difference of labelling.
COMMITMENT_PRECISION_FLOORS = {"heldout": 0.94, None: 0.9}


@pytest.mark.parametrize("split", ["heldout", None])
def test_commitment_precision(
    corpus: Corpus, taxonomy: Taxonomy, truth: dict, split: str | None
) -> None:
    precision, found, wrong = commitment_precision(corpus, taxonomy, truth, split)
    print(f"split={split or 'all'} commitment precision={precision:.3f} ({found} found)")
    assert precision >= COMMITMENT_PRECISION_FLOORS[split], wrong


#: The three real outcomes of ../shared/seeds (9278/18, 10483/17, 7725/23) as downloaded,
#: scored against the labels of the project's own renditions of them: first measured at
#: precision 0.955, recall 0.977 ("online child exploitation and abuse" missed, providers
#: asked to remove propaganda read as e-evidence); now 0.977 / 1.000, the one difference
#: left being a request "on money laundering" in a list of an organised-crime item.
REAL_OUTCOMES = ("002", "003", "004")


def test_the_real_council_outcomes_score_as_their_renditions(
    shared_seeds_dir: Path, taxonomy: Taxonomy, truth: dict, tmp_path: Path
) -> None:
    real = load_corpus(
        [next(shared_seeds_dir.glob(f"{prefix}_*.txt")) for prefix in REAL_OUTCOMES],
        cache_dir=tmp_path,
    )
    numbers = {r.number for r in real.records}
    assert numbers == {"9278/18", "10483/17", "7725/23"}
    found = predicted(real, taxonomy)
    wanted = {w for w in labelled(truth, None) if w[0] in numbers}
    precision, recall, _ = scores(found, wanted)
    print(f"real outcomes precision={precision:.3f} recall={recall:.3f}")
    assert precision >= 0.97 and recall >= 0.97, (sorted(found - wanted), sorted(wanted - found))


def test_scores_are_computed_not_assumed() -> None:
    # the scorer itself: one false positive and one miss out of three labels
    found = {("1/23", "item 1", "a"), ("1/23", "item 2", "b"), ("1/23", "item 3", "x")}
    wanted = {("1/23", "item 1", "a"), ("1/23", "item 2", "b"), ("1/23", "item 3", "c")}
    assert scores(found, wanted) == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_commitment_precision_is_computed_not_assumed(taxonomy: Taxonomy) -> None:
    # two committing sentences found, one labelled: precision 1/2, the unlabelled one listed
    text = (
        "Both sides will exchange data on terrorist financing. "
        "The Commission will present a report on terrorist content online."
    )
    record = OutcomeRecord(
        source="/corpus/1-23.txt",
        sha256="1/23",
        number="1/23",
        marking="LIMITE",
        meeting=ReportedMeeting(
            title="EU-US JHA Ministerial", place="Rome", start=dt.date(2023, 1, 9)
        ),
        items=[Item(number="1", title="Counter-terrorism", text=text)],
    )
    truth = {"1/23": {"split": "heldout", "commitments": ["will exchange data"]}}
    precision, found, wrong = commitment_precision(Corpus(records=[record]), taxonomy, truth, None)
    assert (precision, found) == (0.5, 2)
    assert wrong == [("1/23", "The Commission will present a report on terrorist content online.")]
    assert commitment_precision(Corpus(records=[record]), taxonomy, truth, "tune") == (1.0, 0, [])
