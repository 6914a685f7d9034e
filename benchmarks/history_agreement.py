"""Labeller agreement: two hand labellings of the same blind sets in, how far they agree out.

A blind set's `truth.yaml` was labelled by the writer of its outcomes. Some sets also hold
`second_labels.yaml`: the same units labelled again by a second labeller who read the
outcomes, the topic descriptions and the labelling rules, but not the first labels. This
script scores, over the units both labelled:

- the second labeller against the first (how far two careful readers agree: the ceiling
  any matcher can be measured against);
- the matcher's first run (rebuilt from the "## First run" block of the set's README:
  the labels, less its misses, plus its false positives) against each labeller;
- the matcher of this checkout against each labeller;

then lists every triple the two labellers disagree on, with what the first run said.

    python benchmarks/history_agreement.py               # every set with second labels
    python benchmarks/history_agreement.py --dir tests/fixtures/history/blind32
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from ruamel.yaml import YAML  # noqa: E402

from packgen.corpus import load_corpus  # noqa: E402
from packgen.topics import DEFAULT_TOPICS, load_topics  # noqa: E402
from tests.test_history_truth import predicted, scores  # noqa: E402

SETS = ROOT / "tests" / "fixtures" / "history"
SECOND = "second_labels.yaml"
Triple = tuple[str, str, str]
#: "  10732/16 item 2(b): counter-terrorism" in a README's first-run block
_LISTED = re.compile(r"^ {2}(.+?) (item \S+): (\S+)$")


def _documents(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))["documents"]


def _units(documents: dict) -> set[tuple[str, str]]:
    return {(str(n), u) for n, d in documents.items() for u in (d.get("units") or {})}


def _triples(documents: dict, units: set[tuple[str, str]]) -> set[Triple]:
    return {
        (str(n), u, t)
        for n, d in documents.items()
        for u, topics in (d.get("units") or {}).items()
        for t in topics or []
        if (str(n), u) in units
    }


def first_run(folder: Path, labels: set[Triple]) -> set[Triple] | None:
    """The first run's predictions: the labels less its misses, plus its false positives."""
    readme = (folder / "README.md").read_text(encoding="utf-8")
    if "## First run" not in readme:
        return None
    block = readme.split("## First run", 1)[1].split("```")[1]
    listed: dict[str, set[Triple]] = {"misses": set(), "false positives": set()}
    current: set[Triple] | None = None
    for line in block.splitlines():
        heading = next((k for k in listed if line.startswith(k)), None)
        if heading or not line.startswith("  "):
            current = listed[heading] if heading else None
        elif current is not None and (found := _LISTED.match(line)):
            current.add((found[1], found[2], found[3]))
    return (labels - listed["misses"]) | listed["false positives"]


def measure(folder: Path) -> dict:
    first, second = _documents(folder / "truth.yaml"), _documents(folder / SECOND)
    units = _units(first) & _units(second)
    one, two = _triples(first, units), _triples(second, units)
    with tempfile.TemporaryDirectory() as cache:
        corpus = load_corpus(folder / "outcomes", cache_dir=Path(cache))
    now = {p for p in predicted(corpus, load_topics(DEFAULT_TOPICS)) if p[:2] in units}
    rebuilt = first_run(folder, _triples(first, _units(first)))
    return {
        "set": folder.name,
        "units": len(units),
        "first": one,
        "second": two,
        "first_run": {p for p in rebuilt if p[:2] in units} if rebuilt is not None else None,
        "now": now,
    }


def _line(name: str, gold: set, found: set) -> str:
    precision, recall, f1 = scores(found, gold)
    agreed = len(gold & found)
    return (
        f"  {name:<28} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"
        f"  ({len(gold)} against {len(found)}, {agreed} shared)"
    )


def report(results: list[dict]) -> str:
    pooled: dict[str, set] = {"first": set(), "second": set(), "first_run": set(), "now": set()}
    lines = []
    for r in results:
        tag = {k: {(r["set"], *t) for t in r[k] or ()} for k in pooled}
        for k in pooled:
            pooled[k] |= tag[k]
        lines.append(f"{r['set']}: {r['units']} units labelled by both")
        lines.append(_line("second labeller vs first", r["first"], r["second"]))
        if r["first_run"] is not None:
            lines.append(_line("first run vs first", r["first"], r["first_run"]))
            lines.append(_line("first run vs second", r["second"], r["first_run"]))
        lines.append(_line("this checkout vs first", r["first"], r["now"]))
        lines.append(_line("this checkout vs second", r["second"], r["now"]))
        for triple in sorted(r["first"] ^ r["second"]):
            said = (
                ""
                if r["first_run"] is None
                else f", first run {'+' if triple in r['first_run'] else '-'}"
            )
            by = "first" if triple in r["first"] else "second"
            lines.append(f"    only the {by} labeller: {' '.join(triple)}{said}")
    if len(results) > 1:
        lines.append(f"pooled over {len(results)} sets")
        lines.append(_line("second labeller vs first", pooled["first"], pooled["second"]))
        rebuilt = [r for r in results if r["first_run"] is not None]
        if len(rebuilt) == len(results):
            lines.append(_line("first run vs first", pooled["first"], pooled["first_run"]))
            lines.append(_line("first run vs second", pooled["second"], pooled["first_run"]))
        lines.append(_line("this checkout vs first", pooled["first"], pooled["now"]))
        lines.append(_line("this checkout vs second", pooled["second"], pooled["now"]))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dir", type=Path, action="append", help=f"a set with truth.yaml and {SECOND}"
    )
    args = parser.parse_args()
    folders = args.dir or sorted(p.parent for p in SETS.glob(f"*/{SECOND}"))
    print(report([measure(folder) for folder in folders]))


if __name__ == "__main__":
    main()
