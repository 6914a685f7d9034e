"""Evidence of the topic matcher, set by set: hand-labelled outcomes in, scores per kind of
evidence and leave-one-set-out figures of evidence thresholds out.

Five labelled sets (the bundled outcomes with tests/fixtures/history/truth.yaml, and
tests/fixtures/history/{heldout,blind2,blind3,blind4}) are scored exactly as
tests/test_history_truth.py scores them (its functions are imported). Every assignment is
then described by its evidence: where the topic matched (title, text, parent title), by
what (an alias or only mentions), in how many sentences, and its share of the unit's topic
phrases. The script prints

- precision, recall and micro-F1 per set;
- the precision of each kind of evidence over all sets (which kinds cost precision);
- for each family of evidence threshold ("drop a topic the text names in one sentence only,
  with less than x of the unit's topic phrases", and others), and for the clause rule of
  packgen/topics.py (on or off), the value chosen on four sets (best micro-F1 there; no
  threshold, or the rule off, on a tie) and the figures it gives on the fifth, for each set
  in turn.

    python benchmarks/history_loso.py
    python benchmarks/history_loso.py --json
    python benchmarks/history_loso.py --criterion precision   # P first, F1 kept >= 0.97
    python benchmarks/history_loso.py --code /tmp/old   # an older matcher, on today's sets

With --code, packgen is imported from that directory (e.g. `git archive edbdfa7 packgen seeds
| tar -x -C /tmp/old`): the matcher as it stood when a set arrived, scored on that set.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))
if "--code" in sys.argv[:-1]:  # an older matcher: imported before this checkout's packgen
    sys.path.insert(0, str(Path(sys.argv[sys.argv.index("--code") + 1]).resolve()))

from ruamel.yaml import YAML  # noqa: E402

from packgen import topics  # noqa: E402
from packgen.corpus import load_corpus  # noqa: E402
from packgen.history import (  # noqa: E402
    assign_topics,
    meeting_date,
    meeting_partner,
    meeting_title,
)
from packgen.topics import DEFAULT_TOPICS, load_topics, text_evidence  # noqa: E402
from tests.test_history_truth import labelled, scores  # noqa: E402

HISTORY = ROOT / "tests" / "fixtures" / "history"
SETS = {
    "bundled": (HISTORY / "truth.yaml", ROOT / "seeds" / "outcomes"),
    **{
        s: (HISTORY / s / "truth.yaml", HISTORY / s / "outcomes")
        for s in ("heldout", "blind2", "blind3", "blind4")
    },
}


@dataclass(frozen=True)
class Row:
    """One assignment of the matcher and its evidence."""

    set: str
    number: str
    ref: str
    topic: str
    correct: bool
    where: str  # title, text, parent title
    method: str  # alias, mention, pattern, fuzzy (of the phrase that explains the match)
    sentences: int  # sentences of the text that name the topic
    share: float  # the topic's phrases / all topic phrases of the unit's text

    @property
    def kind(self) -> str:
        if self.where != "text":
            return f"{self.where}{' and text' if self.sentences else ' only'}"
        if self.method == "mention":
            return "text, mentions only"
        return "text, one sentence" if self.sentences == 1 else "text, two sentences or more"


def _no_clause_rule(sentence: str, hits: list, taxonomy: object, scope: object) -> tuple:
    return hits, []


def rows_and_labels(clause_rule: bool = True) -> tuple[list[Row], dict[str, int]]:
    """Every assignment of the five sets; `clause_rule=False`: as if a topic named only in a
    clause hung on another topic's sentence counted like any other (the rule switched off)."""
    kept = getattr(topics, "_main_clause_topics", None)
    if not clause_rule and kept is not None:
        topics._main_clause_topics = _no_clause_rule
    try:
        return _rows_and_labels()
    finally:
        if kept is not None:
            topics._main_clause_topics = kept


def _rows_and_labels() -> tuple[list[Row], dict[str, int]]:
    taxonomy = load_topics(DEFAULT_TOPICS)
    rows: list[Row] = []
    labels: dict[str, int] = {}
    for name, (truth_file, outcomes) in SETS.items():
        truth = YAML(typ="safe").load(truth_file.read_text(encoding="utf-8"))["documents"]
        wanted = labelled(truth, None)
        labels[name] = len(wanted)
        with tempfile.TemporaryDirectory() as cache:
            corpus = load_corpus(outcomes, cache_dir=Path(cache))
        for unit in assign_topics(corpus, taxonomy).units:
            number = unit.record.number or ""
            if number not in truth:
                continue
            meeting = meeting_title(unit.record) if meeting_partner(unit.record) else None
            if hasattr(topics, "meeting_scope"):
                scope = topics.meeting_scope(taxonomy, meeting, meeting_date(unit.record))
                evidence = text_evidence(unit.text, taxonomy, scope)
            else:  # a matcher older than the meeting scope (before blind3)
                evidence = text_evidence(unit.text, taxonomy)
            phrases = sum(e.hits for e in evidence.values())
            for a in unit.assignments:
                found = evidence.get(a.topic)
                rows.append(
                    Row(
                        name,
                        number,
                        unit.ref,
                        a.topic,
                        (number, unit.ref, a.topic) in wanted,
                        a.where,
                        a.method,
                        len(found.sentences) if found else 0,
                        round(found.hits / phrases, 3) if found and phrases else 0.0,
                    )
                )
    return rows, labels


Rule = Callable[[Row], bool]  # True: the assignment is kept


def _one_sentence_share(x: float) -> Rule:
    return lambda r: r.where != "text" or r.sentences != 1 or r.share >= x


def _mentions_share(x: float) -> Rule:
    return lambda r: r.where != "text" or r.method != "mention" or r.share >= x


def _text_share(x: float) -> Rule:
    return lambda r: r.where != "text" or r.share >= x


#: families of evidence threshold, each with the values tried (0: no threshold)
FAMILIES: dict[str, tuple[Callable[[float], Rule], list[float]]] = {
    "a text-only topic named in one sentence, with less than x of the unit's topic phrases": (
        _one_sentence_share,
        [0, 0.1, 0.13, 0.15, 0.18, 0.21, 0.26, 0.34, 0.5],
    ),
    "a text-only topic named by mentions only, with less than x of the phrases": (
        _mentions_share,
        [0, 0.2, 0.3, 0.4, 0.5, 0.67],
    ),
    "a text-only topic with less than x of the unit's topic phrases": (
        _text_share,
        [0, 0.1, 0.15, 0.2, 0.26, 0.34, 0.5],
    ),
}


def figures(
    rows: list[Row], labels: dict[str, int], sets: list[str], keep: Rule
) -> tuple[float, float, float]:
    found = {(r.set, r.number, r.ref, r.topic) for r in rows if r.set in sets and keep(r)}
    right = {
        (r.set, r.number, r.ref, r.topic) for r in rows if r.set in sets and keep(r) and r.correct
    }
    # scores() wants two sets whose intersection is the hits: pad the labels with the misses
    wanted = right | {
        ("miss", str(i), "", "") for i in range(sum(labels[s] for s in sets) - len(right))
    }
    return scores(found, wanted)


def _all(row: Row) -> bool:
    return True


#: how a value is chosen on the training sets: "f1" (best micro-F1), or "precision" (the
#: issue's order: best precision among the values that keep micro-F1 at FLOOR_F1 or more)
CRITERION = "f1"
FLOOR_F1 = 0.97


def _merit(found: tuple[float, float, float], x: float) -> tuple:
    precision, _recall, f1 = found
    if CRITERION == "precision":
        return (f1 >= FLOOR_F1, round(precision, 4), round(f1, 4), -x)
    return (round(f1, 4), -x)  # on a tie, the weaker threshold


def measure() -> dict:
    rows, labels = rows_and_labels()
    names = list(SETS)
    per_set = {s: figures(rows, labels, [s], _all) for s in names}
    kinds: dict[str, list[int]] = {}
    for r in rows:
        kinds.setdefault(r.kind, [0, 0])[0 if r.correct else 1] += 1
    loso = {}
    for family, (make, values) in FAMILIES.items():
        runs = []
        for held in names:
            train = [s for s in names if s != held]
            # best micro-F1 on the four other sets; on a tie the weaker threshold
            chosen = max(values, key=lambda x: _merit(figures(rows, labels, train, make(x)), x))
            runs.append(
                {
                    "held_out": held,
                    "chosen": chosen,
                    "before": per_set[held],
                    "after": figures(rows, labels, [held], make(chosen)),
                }
            )
        loso[f"drop {family}"] = runs
    # the clause rule (topics._main_clause_topics) as a switch: 1 on, 0 off
    if hasattr(topics, "_main_clause_topics"):
        switch = {0: rows_and_labels(clause_rule=False)[0], 1: rows}
        runs = []
        for held in names:
            train = [s for s in names if s != held]
            chosen = max(switch, key=lambda x: _merit(figures(switch[x], labels, train, _all), x))
            runs.append(
                {
                    "held_out": held,
                    "chosen": chosen,
                    "before": figures(switch[0], labels, [held], _all),
                    "after": figures(switch[chosen], labels, [held], _all),
                }
            )
        loso["the clause rule (x=1) or not (x=0); 'before': without it"] = runs
    return {
        "per_set": {s: [round(v, 3) for v in f] for s, f in per_set.items()},
        "kinds": {k: {"right": v[0], "wrong": v[1]} for k, v in sorted(kinds.items())},
        "leave_one_set_out": loso,
        "false_positives": [asdict(r) for r in rows if not r.correct],
    }


def report(result: dict) -> str:
    lines = ["set        precision recall micro-F1"]
    lines += [f"{s:10} {p:.3f}     {r:.3f}  {f:.3f}" for s, (p, r, f) in result["per_set"].items()]
    lines += ["", "evidence                        right wrong precision"]
    for kind, v in result["kinds"].items():
        total = v["right"] + v["wrong"]
        lines.append(f"{kind:31} {v['right']:5} {v['wrong']:5} {v['right'] / total:.3f}")
    for family, runs in result["leave_one_set_out"].items():
        lines += ["", f"leave one set out: {family}"]
        for run in runs:
            b, a = run["before"], run["after"]
            lines.append(
                f"  {run['held_out']:8} x={run['chosen']:<5} P/R/F1 {b[0]:.3f}/{b[1]:.3f}/{b[2]:.3f}"
                f" -> {a[0]:.3f}/{a[1]:.3f}/{a[2]:.3f}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--code", type=Path, help="import packgen from this directory")
    parser.add_argument(
        "--criterion",
        choices=["f1", "precision"],
        default="f1",
        help=f"choose on the four sets by micro-F1, or by precision keeping F1 >= {FLOOR_F1}",
    )
    args = parser.parse_args()
    global CRITERION
    CRITERION = args.criterion
    result = measure()
    print(json.dumps(result, indent=2) if args.json else report(result))


if __name__ == "__main__":
    main()
