"""Benchmark: `packgen build` of the bundled brief (cold processes) in, timings and a ratio out.

Compares a cold `packgen build` (DOCX + PDF) with the bare baseline: a Python
process that only imports WeasyPrint and renders the very HTML (CSS inlined)
packgen produced, and saves a python-docx document of the same paragraphs.
The commands run in turns (packgen, baseline, packgen without its PDF process,
DOCX only, then again), so that load from other jobs falls on all of them alike;
each figure is the median of --runs, wall clock and CPU (user + system, children
included). Run: python benchmarks/bench_build.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEM = "2023-06-21_eu-us-jha-ministerial-stockholm"

BASELINE = """\
import sys
from pathlib import Path
import docx
import weasyprint
html_path, paragraphs_path, out = map(Path, sys.argv[1:4])
weasyprint.HTML(string=html_path.read_text("utf-8"), base_url=str(html_path.parent)).write_pdf(
    out / "baseline.pdf"
)
document = docx.Document()
for line in paragraphs_path.read_text("utf-8").splitlines():
    document.add_paragraph(line)
document.save(str(out / "baseline.docx"))
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its children) of one cold run."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu


def interleaved(runs: int, commands: dict[str, tuple[list[str], dict[str, str]]]) -> dict:
    """Each command once per round, round after round: {name: (median wall, median CPU)}."""
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, env) in commands.items():
            wall, cpu = timed(command, env)
            walls[name].append(wall)
            cpus[name].append(cpu)
    return {
        name: (statistics.median(walls[name]), statistics.median(cpus[name])) for name in commands
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(work / "cache")}
        build = [sys.executable, "-m", "packgen", "build", "--out", str(work / "out"), "--force"]
        # first run fills the corpus cache and gives the HTML and paragraphs for the baseline
        subprocess.run(
            [*build, "--format", "docx,pdf,html"],
            env=env,
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        html_path = work / "out" / f"{STEM}.html"
        paragraphs = work / "paragraphs.txt"
        paragraphs.write_text(_docx_paragraphs(work / "out" / f"{STEM}.docx"), encoding="utf-8")
        (work / "baseline.py").write_text(BASELINE, encoding="utf-8")

        baseline_cmd = [sys.executable, str(work / "baseline.py"), str(html_path), str(paragraphs)]
        one_process = {**env, "PACKGEN_PDF_PROCESS": "0"}
        figures = interleaved(
            args.runs,
            {
                "packgen": ([*build, "--format", "docx,pdf"], env),
                "baseline": ([*baseline_cmd, str(work)], env),
                "packgen_one_process": ([*build, "--format", "docx,pdf"], one_process),
                "docx_only": ([*build, "--format", "docx"], env),
            },
        )
        weasyprint_in_docx_only = _imports_weasyprint([*build, "--format", "docx"], env)
        pages = _page_count(work / "out" / f"{STEM}.pdf")
    (packgen_s, packgen_cpu), (baseline_s, baseline_cpu) = figures["packgen"], figures["baseline"]
    one_s, one_cpu = figures["packgen_one_process"]
    report = {
        "runs": args.runs,
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "packgen_build_docx_pdf_s": round(packgen_s, 3),
        "baseline_weasyprint_docx_s": round(baseline_s, 3),
        "ratio": round(packgen_s / baseline_s, 2),
        "packgen_cpu_s": round(packgen_cpu, 3),
        "baseline_cpu_s": round(baseline_cpu, 3),
        "cpu_ratio": round(packgen_cpu / baseline_cpu, 2),
        "packgen_one_process_s": round(one_s, 3),
        "one_process_ratio": round(one_s / baseline_s, 2),
        "packgen_one_process_cpu_s": round(one_cpu, 3),
        "packgen_build_docx_only_s": round(figures["docx_only"][0], 3),
        "docx_only_imports_weasyprint": weasyprint_in_docx_only,
        "pdf_pages": pages,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(report, indent=2))


def _imports_weasyprint(command: list[str], env: dict[str, str]) -> bool:
    """Whether a run imports WeasyPrint, from `python -X importtime`."""
    traced = [command[0], "-X", "importtime", *command[1:]]
    done = subprocess.run(traced, env=env, check=True, capture_output=True, text=True, cwd=ROOT)
    return any(line.rstrip().endswith("| weasyprint") for line in done.stderr.splitlines())


def _docx_paragraphs(path: Path) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _page_count(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(path).pages)


if __name__ == "__main__":
    main()
