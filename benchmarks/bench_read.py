"""Reading benchmark: the DOCX and PDF outcomes of the measurement sets in, seconds per file out.

Each DOCX and PDF is read in a forked child under time and memory limits
(packgen.readers.bounded). This script times `read_source` on the binary outcomes of the first
--sets sets of tests/fixtures/history (no parse cache), --runs times, in a fresh interpreter
for each run, and prints the median total and the median seconds per file. With --against
DIR it runs the same measurement on the checkout in DIR (a git worktree of the baseline) and
prints the ratio.

    python benchmarks/bench_read.py --sets 30 --runs 5
    python benchmarks/bench_read.py --sets 30 --runs 5 --against /work/baseline
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "fixtures" / "history"

# run in a fresh interpreter whose first path entry is the checkout measured
_ONE_RUN = """
import json, sys, time
from pathlib import Path
from packgen.readers import read_source
files = [Path(p) for p in json.loads(sys.argv[1])]
start = time.perf_counter()
for path in files:
    read_source(path)
print(json.dumps(time.perf_counter() - start))
"""


def binary_outcomes(sets: int) -> list[Path]:
    folders = sorted(p for p in SETS.iterdir() if (p / "outcomes").is_dir())[:sets]
    return [
        f
        for folder in folders
        for f in sorted((folder / "outcomes").iterdir())
        if f.suffix in {".docx", ".pdf"}
    ]


def one_run(checkout: Path, files: list[Path]) -> float:
    env_path = f"import sys; sys.path.insert(0, {str(checkout)!r})\n"
    out = subprocess.run(
        [sys.executable, "-c", env_path + _ONE_RUN, json.dumps([str(f) for f in files])],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout)


def measure(checkout: Path, files: list[Path], runs: int) -> float:
    return statistics.median(one_run(checkout, files) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=30, help="how many sets (default 30)")
    parser.add_argument("--runs", type=int, default=5, help="runs; the median is quoted")
    parser.add_argument("--against", type=Path, help="a baseline checkout to compare with")
    args = parser.parse_args()
    files = binary_outcomes(args.sets)
    head = measure(ROOT, files, args.runs)
    print(f"{len(files)} files, median of {args.runs} runs")
    print(f"this checkout: {head:.2f} s ({head / len(files) * 1000:.0f} ms a file)")
    if args.against:
        base = measure(args.against.resolve(), files, args.runs)
        print(f"baseline {args.against}: {base:.2f} s ({base / len(files) * 1000:.0f} ms a file)")
        print(f"ratio (this / baseline): {head / base:.2f}")


if __name__ == "__main__":
    main()
