"""Gated patterns: the matcher's long patterns searched whole and branch by branch, timed.

    python benchmarks/bench_gated.py                 # blind500-519, 5 runs
    python benchmarks/bench_gated.py --sets 20 --runs 3

In: measurement sets under tests/fixtures/history/ (parsed once, before any timing). Out: the
median time of each gated pattern over every sentence of those sets, searched whole (the
baseline: the compiled pattern itself) and through packgen.gated; then the median time of the
follow-up finder (topic_followups, which reads each committing sentence for its topics) on the
same sets, with the gated patterns and with the whole patterns put back. Both give the same
matches (tests/test_gated.py); only the time differs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

import packgen.followups as followups_module  # noqa: E402
import packgen.topics as topics  # noqa: E402
from packgen.corpus import Corpus, load_corpus  # noqa: E402
from packgen.followups import topic_followups  # noqa: E402
from packgen.gated import GatedPattern  # noqa: E402

HISTORY = ROOT / "tests" / "fixtures" / "history"
AS_OF = dt.date(2100, 1, 1)


def _median(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _sentences(corpora: list[Corpus]) -> list[str]:
    out = []
    for corpus in corpora:
        for record in corpus.records:
            for item in record.items:
                out.append(item.title)
                out += [s for s in re.split(r"(?<=[.;:])\s+", item.text) if s]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=500, help="first set: blindN (500)")
    parser.add_argument("--sets", type=int, default=20, help="how many sets (20)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure; the median (5)")
    args = parser.parse_args()
    folders = [HISTORY / f"blind{n}" for n in range(args.first, args.first + args.sets)]
    with tempfile.TemporaryDirectory() as cache:
        corpora = [load_corpus(f / "outcomes", cache_dir=Path(cache)) for f in folders]
    taxonomy = topics.load_topics(topics.DEFAULT_TOPICS)
    # (the module-level patterns: the taxonomy's own and the time phrases are searched whole
    # behind their words, so there is nothing to put back; compare with an earlier checkout)
    gated = {
        (module, name): value
        for module in (topics, followups_module)
        for name, value in vars(module).items()
        if isinstance(value, GatedPattern)
    }
    strings = _sentences(corpora)
    for pattern in gated.values():
        pattern.search("")  # its branches compiled before the timing
    print(f"{len(folders)} sets, {len(strings)} sentences and titles, median of {args.runs} runs")
    print(f"{'pattern':24} {'whole':>9} {'gated':>9} {'ratio':>6}")
    for (_, name), pattern in sorted(gated.items(), key=lambda kv: kv[0][1]):
        whole = _median(args.runs, lambda p=pattern: [p.whole.search(s) for s in strings])
        fast = _median(args.runs, lambda p=pattern: [p.search(s) for s in strings])
        print(f"{name:24} {whole:8.3f}s {fast:8.3f}s {whole / fast:5.1f}x")

    def followups() -> None:
        for corpus in corpora:
            list(topic_followups(corpus, taxonomy, as_of=AS_OF))

    followups()  # warm: the first call compiles what later calls reuse
    fast = _median(args.runs, followups)
    for (module, name), pattern in gated.items():
        setattr(module, name, pattern.whole)
    try:
        whole = _median(args.runs, followups)
    finally:
        for (module, name), pattern in gated.items():
            setattr(module, name, pattern)
    print(f"{'topic_followups':24} {whole:8.3f}s {fast:8.3f}s {whole / fast:5.1f}x")


if __name__ == "__main__":
    main()
