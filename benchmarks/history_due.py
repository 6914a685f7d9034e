"""Due-date accuracy: the date each found commitment names, against dates labelled by hand.

A follow-up is overdue when the date it names has passed by the brief's date, so its status
is only as right as packgen's reading of that date. The sets under tests/fixtures/history/
(blind3 ... blind10) carry a `due:` mapping per document, labelled by reading before the
reader ran on them (the convention is in each truth.yaml's header). For every labelled
commitment the finder finds (matched to its sentence as tests/test_history_truth.py's
commitment recall does; its functions are imported, not copied), FollowUp.due is compared
with the label:

- exact: the same date, or no date on either side;
- wrong date: both have a date, not the same;
- missed date: a label, no date found;
- invented date: no label, a date found.

Accuracy is the share of exact ones among the found commitments; every error is listed.

    python benchmarks/history_due.py --dir tests/fixtures/history/blind3 ...   # one or more sets
    python benchmarks/history_due.py --json                                    # every set, as JSON
    python benchmarks/history_due.py --jobs 2 --known > tests/fixtures/due_dates/known.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from ruamel.yaml import YAML  # noqa: E402

from packgen.corpus import Corpus, load_corpus  # noqa: E402
from packgen.topics import DEFAULT_TOPICS, load_topics  # noqa: E402
from tests.test_history_truth import followups_by_number, found_as  # noqa: E402

HISTORY = ROOT / "tests" / "fixtures" / "history"
KINDS = ("exact", "wrong date", "missed date", "invented date")


def labelled_sets() -> list[Path]:
    """Every set whose truth file labels due dates."""
    labelled = [
        p
        for p in HISTORY.iterdir()
        if (p / "truth.yaml").exists()
        and re.search(r"^ +due:", (p / "truth.yaml").read_text("utf-8"), re.MULTILINE)
    ]
    return sorted(labelled, key=lambda p: (len(p.name), p.name))  # blind9 before blind10


def kind(label: dt.date | None, found: dt.date | None) -> str:
    if label == found:
        return "exact"
    if label is None:
        return "invented date"
    return "missed date" if found is None else "wrong date"


def compare(folder: Path, cache_dir: Path | None = None) -> list[dict]:
    """One row per labelled commitment the finder finds: label, date found, kind.

    `cache_dir` is the parse cache to use; by default a fresh one, so every file is parsed.
    """
    with tempfile.TemporaryDirectory() if cache_dir is None else nullcontext(cache_dir) as cache:
        corpus = load_corpus(folder / "outcomes", cache_dir=Path(cache))
    return compare_corpus(folder.name, truth_documents(folder), corpus)


def truth_documents(folder: Path) -> dict:
    return YAML(typ="safe").load((folder / "truth.yaml").read_text(encoding="utf-8"))["documents"]


def compare_corpus(name: str, truth: dict, corpus: Corpus) -> list[dict]:
    """compare() on a set already read: `truth` is its truth.yaml's documents."""
    by_number = followups_by_number(corpus, load_topics(DEFAULT_TOPICS))
    rows = []
    for number, doc in truth.items():
        due = doc.get("due") or {}
        for fragment in doc.get("commitments", []):
            followup = found_as(fragment, by_number.get(number, []))
            if followup is None:
                continue
            label, found = due.get(fragment), followup.due
            rows.append(
                {
                    "set": name,
                    "number": number,
                    "fragment": fragment,
                    "label": label.isoformat() if label else None,
                    "found": found.isoformat() if found else None,
                    "kind": kind(label, found),
                }
            )
    return rows


def measure(folders: list[Path], cache_dir: Path | None = None, jobs: int = 1) -> dict:
    by_set = _compare_each(folders, cache_dir, jobs)
    rows = [row for set_rows in by_set for row in set_rows]
    counts = {k: sum(row["kind"] == k for row in rows) for k in KINDS}
    return {
        "sets": [f.name for f in folders],
        "exact_by_set": {
            f.name: sum(row["kind"] == "exact" for row in set_rows)
            for f, set_rows in zip(folders, by_set, strict=True)
        },
        "found": len(rows),
        "labelled": sum(row["label"] is not None for row in rows),
        **counts,
        "accuracy": round(counts["exact"] / len(rows), 3) if rows else 1.0,
        "errors": [row for row in rows if row["kind"] != "exact"],
    }


def _compare_each(folders: list[Path], cache_dir: Path | None, jobs: int) -> list[list[dict]]:
    if jobs <= 1:
        return [compare(folder, cache_dir) for folder in folders]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(compare, folders, [cache_dir] * len(folders)))


def known(result: dict) -> dict:
    """Per set, its exact count and its errors: tests/fixtures/due_dates/known.json.

    tests/test_due_dates.py checks each set against it (no new error, no fewer exact), so the
    pooled accuracy can only be what this file gives or better; its floor is checked on it.
    """
    sets = {name: {"exact": exact, "errors": []} for name, exact in result["exact_by_set"].items()}
    for error in result["errors"]:
        sets[error["set"]]["errors"].append(error_key(error))
    return sets


def known_json(sets: dict) -> str:
    """known() as JSON with one line per error, so a change shows as a line of a diff."""

    def line(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    blocks = [
        f'{line(name)}: {{"exact": {entry["exact"]}, "errors": ['
        + ",".join(f"\n   {line(error)}" for error in entry["errors"])
        + ("\n  ]}" if entry["errors"] else "]}")
        for name, entry in sets.items()
    ]
    return "{\n " + ",\n ".join(blocks) + "\n}"


def error_key(row: dict) -> list[str | None]:
    return [row["number"], row["fragment"], row["label"], row["found"]]


def report(result: dict) -> str:
    lines = [
        f"sets {', '.join(result['sets'])}: {result['found']} commitments found, "
        f"{result['labelled']} of them with a labelled date",
        "  ".join(f"{k} {result[k]}" for k in KINDS),
        f"accuracy {result['accuracy']:.3f}",
        f"errors ({len(result['errors'])}):",
        *(
            f"  {e['kind']}: {e['number']} label {e['label']} found {e['found']}: {e['fragment']}"
            for e in result["errors"]
        ),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dir",
        type=Path,
        nargs="+",
        default=None,
        metavar="SET",
        help="truth.yaml (with due:) + outcomes/; default: every labelled set",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--known",
        action="store_true",
        help="print each set's exact count and errors as JSON (tests/fixtures/due_dates/known.json)",
    )
    parser.add_argument("--jobs", type=int, default=1, help="sets read side by side (default 1)")
    args = parser.parse_args()
    result = measure(args.dir or labelled_sets(), jobs=args.jobs)
    if args.known:
        print(known_json(known(result)))
    else:
        print(json.dumps(result, indent=2) if args.json else report(result))


if __name__ == "__main__":
    main()
