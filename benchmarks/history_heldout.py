"""Held-out accuracy: hand-labelled outcomes in, topic and commitment scores out.

tests/fixtures/history/heldout/ holds eight outcomes of proceedings written for this
measurement and a truth file labelled by hand before packgen's matcher ran on them. This
script scores the matcher and the commitment finder on them exactly as
tests/test_history_truth.py scores the bundled outcomes (its functions are imported, not
copied): precision, recall and micro-F1 over (document, unit, topic) triples, commitment
recall over the labelled fragments, commitment precision over the sentences found; then it
lists every miss and false positive, and every sentence found that holds no labelled
commitment.

    python benchmarks/history_heldout.py            # the bundled held-out set
    python benchmarks/history_heldout.py --json     # the figures as JSON
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from ruamel.yaml import YAML  # noqa: E402

from packgen.corpus import Corpus, load_corpus  # noqa: E402
from packgen.topics import DEFAULT_TOPICS, Taxonomy, load_topics  # noqa: E402
from tests.test_history_truth import (  # noqa: E402
    commitment_precision,
    commitment_recall,
    labelled,
    predicted,
    scores,
)

HELDOUT = ROOT / "tests" / "fixtures" / "history" / "heldout"


def missed_commitments(corpus: Corpus, taxonomy: Taxonomy, truth: dict) -> list[tuple[str, str]]:
    # one fragment at a time through the test's own scorer, so "found" means the same here
    missed = []
    for number, doc in truth.items():
        for fragment in doc.get("commitments", []):
            one = {number: {"split": doc["split"], "commitments": [fragment]}}
            if commitment_recall(corpus, taxonomy, one, None) < 1.0:
                missed.append((number, fragment))
    return missed


def measure(folder: Path) -> dict:
    truth = YAML(typ="safe").load((folder / "truth.yaml").read_text(encoding="utf-8"))["documents"]
    taxonomy = load_topics(DEFAULT_TOPICS)
    with tempfile.TemporaryDirectory() as cache:
        corpus = load_corpus(folder / "outcomes", cache_dir=Path(cache))
    numbers = set(truth)
    found = {p for p in predicted(corpus, taxonomy) if p[0] in numbers}
    wanted = labelled(truth, None)
    precision, recall, f1 = scores(found, wanted)
    committing, sentences, unlabelled = commitment_precision(corpus, taxonomy, truth, None)
    return {
        "documents": len(truth),
        "labels": len(wanted),
        "predicted": len(found),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "commitments": sum(len(d.get("commitments", [])) for d in truth.values()),
        "commitment_recall": round(commitment_recall(corpus, taxonomy, truth, None), 3),
        "commitments_found": sentences,
        "commitment_precision": round(committing, 3),
        "misses": sorted(wanted - found),
        "false_positives": sorted(found - wanted),
        "missed_commitments": missed_commitments(corpus, taxonomy, truth),
        "unlabelled_commitments": unlabelled,
    }


def report(result: dict) -> str:
    lines = [
        f"documents {result['documents']}, labels {result['labels']}, "
        f"predicted {result['predicted']}",
        f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
        f"micro-F1 {result['f1']:.3f}",
        f"commitment recall {result['commitment_recall']:.3f} ({result['commitments']} labelled)  "
        f"commitment precision {result['commitment_precision']:.3f} "
        f"({result['commitments_found']} sentences found)",
        f"misses ({len(result['misses'])}):",
        *(f"  {n} {ref}: {topic}" for n, ref, topic in result["misses"]),
        f"false positives ({len(result['false_positives'])}):",
        *(f"  {n} {ref}: {topic}" for n, ref, topic in result["false_positives"]),
        f"missed commitments ({len(result['missed_commitments'])}):",
        *(f"  {n}: {fragment}" for n, fragment in result["missed_commitments"]),
        f"commitments found that hold no labelled fragment ({len(result['unlabelled_commitments'])}):",
        *(f"  {n}: {sentence}" for n, sentence in result["unlabelled_commitments"]),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=HELDOUT, help="truth.yaml + outcomes/")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    result = measure(args.dir)
    print(json.dumps(result, indent=2) if args.json else report(result))


if __name__ == "__main__":
    main()
