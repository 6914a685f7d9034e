"""Benchmark: `packgen build` of the bundled brief (cold processes) in, timings and a ratio out.

Compares a cold `packgen build` (DOCX + PDF) with the bare baseline: a Python
process that only imports WeasyPrint and renders the very HTML (CSS inlined)
packgen produced, and saves a python-docx document of the same paragraphs.
Run: python benchmarks/bench_build.py [--runs 5]
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


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def median_of(runs: int, command: list[str], env: dict[str, str]) -> float:
    return statistics.median(timed(command, env) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(work / "cache")}
        build = [sys.executable, "-m", "packgen", "build", "--out", str(work / "out"), "--force"]
        # first run fills the corpus cache and gives the HTML and paragraphs for the baseline
        subprocess.run([*build, "--format", "docx,pdf,html"], env=env, check=True, cwd=ROOT)
        html_path = work / "out" / f"{STEM}.html"
        paragraphs = work / "paragraphs.txt"
        paragraphs.write_text(_docx_paragraphs(work / "out" / f"{STEM}.docx"), encoding="utf-8")
        (work / "baseline.py").write_text(BASELINE, encoding="utf-8")

        packgen_s = median_of(args.runs, [*build, "--format", "docx,pdf"], env)
        docx_only_s = median_of(args.runs, [*build, "--format", "docx"], env)
        baseline_cmd = [sys.executable, str(work / "baseline.py"), str(html_path), str(paragraphs)]
        baseline_s = median_of(args.runs, [*baseline_cmd, str(work)], env)
        pages = _page_count(work / "out" / f"{STEM}.pdf")
    report = {
        "runs": args.runs,
        "packgen_build_docx_pdf_s": round(packgen_s, 3),
        "baseline_weasyprint_docx_s": round(baseline_s, 3),
        "ratio": round(packgen_s / baseline_s, 2),
        "packgen_build_docx_only_s": round(docx_only_s, 3),
        "pdf_pages": pages,
    }
    print(json.dumps(report, indent=2))


def _docx_paragraphs(path: Path) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _page_count(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(path).pages)


if __name__ == "__main__":
    main()
