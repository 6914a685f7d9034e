"""Where first-run precision is lost: every assignment of each blind set, at its first run.

Each blind set's README names, under "## First run", the commit whose matcher first read it.
This script checks each such commit out in a temporary git worktree, matches the set's
outcomes with that commit's packgen and bundled topics, joins every assignment with the set's
labels and reports right and wrong assignments by where the topic was found (title, text,
parent title), how (alias, mention, pattern, close match) and, for text alone, by the number
of mentions. Slow (one matcher run per set, a worktree per commit): about two minutes on two
cores for seventy sets.

    python3 benchmarks/history_first_runs.py [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "fixtures" / "history"
_COMMIT = re.compile(r"`([0-9a-f]{7,40})`")

# Run inside the worktree of one commit: that commit's packgen, this checkout's fixtures.
_MATCH = """
import json, sys, tempfile
from pathlib import Path
from ruamel.yaml import YAML
from packgen.corpus import load_corpus
from packgen.history import assign_topics
from packgen.topics import DEFAULT_TOPICS, load_topics
folder = Path(sys.argv[1])
truth = YAML(typ="safe").load((folder / "truth.yaml").read_text(encoding="utf-8"))["documents"]
labels = {(n, r, t) for n, d in truth.items() for r, ts in d["units"].items() for t in ts}
with tempfile.TemporaryDirectory() as cache:
    corpus = load_corpus(folder / "outcomes", cache_dir=Path(cache))
found = set()
for unit in assign_topics(corpus, load_topics(DEFAULT_TOPICS)).units:
    number = unit.record.number or ""
    if number not in truth:
        continue
    for a in unit.assignments:
        found.add((number, unit.ref, a.topic))
        print(json.dumps({"right": (number, unit.ref, a.topic) in labels, "where": a.where,
                          "method": a.method, "hits": a.hits}))
print(json.dumps({"missed": len(labels - found)}))
"""


def first_run_commits() -> dict[str, str]:
    """Each blind set with the commit its README names first under "## First run"."""
    commits = {}
    for readme in sorted(SETS.glob("blind*/README.md")):
        # (the heading at the start of a line: a README may quote it in its text)
        parts = re.split(
            r"^## First run", readme.read_text(encoding="utf-8"), maxsplit=1, flags=re.M
        )
        found = _COMMIT.search(parts[1]) if len(parts) == 2 else None
        if found:
            commits[readme.parent.name] = found.group(1)
    return commits


def rows_at(commit: str, sets: list[str]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tree:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", tree, commit], check=True
        )
        try:
            rows = []
            for name in sets:
                out = subprocess.run(
                    [sys.executable, "-c", _MATCH, str(SETS / name)],
                    cwd=tree,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                rows += [json.loads(line) for line in out.splitlines() if line.startswith("{")]
            return rows
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", tree], check=True
            )


def measure() -> dict:
    by_commit: dict[str, list[str]] = collections.defaultdict(list)
    commits = first_run_commits()
    for name, commit in commits.items():
        by_commit[commit].append(name)
    rows = [row for commit, sets in by_commit.items() for row in rows_at(commit, sets)]
    assigned = [r for r in rows if "right" in r]
    classes: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for r in assigned:
        what = f"{r['where']} {r['method']}"
        if r["where"] == "text":
            what += f", {min(r['hits'], 3)}{'+' if r['hits'] >= 3 else ''} mention(s)"
        classes[what][0 if r["right"] else 1] += 1
    return {
        "sets": len(commits),
        "right": sum(r["right"] for r in assigned),
        "wrong": sum(not r["right"] for r in assigned),
        "missed": sum(r.get("missed", 0) for r in rows),
        "classes": {k: {"right": v[0], "wrong": v[1]} for k, v in sorted(classes.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    result = measure()
    if parser.parse_args().json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{result['sets']} sets at their first-run commit: {result['right']} right, "
        f"{result['wrong']} wrong, {result['missed']} missed"
    )
    for what, counts in result["classes"].items():
        total = counts["right"] + counts["wrong"]
        print(
            f"  {what:<40} right {counts['right']:>5}  wrong {counts['wrong']:>4}"
            f"  wrong rate {counts['wrong'] / total:.2f}"
        )


if __name__ == "__main__":
    main()
