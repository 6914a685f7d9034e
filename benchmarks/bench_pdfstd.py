"""Benchmark: the bundled example and pack in, the cost of tagged archival PDFs and copy sizes out.

1. Build time: cold `packgen build` of the bundled example (DOCX and PDF) as shipped,
   against the same command with the archival steps switched off in a wrapper (WeasyPrint's
   plain untagged output, no finishing, no embedded files), interleaved round after round.
   Target (issue 14): tagged <= 1.15 x untagged.
2. PDF render alone, warm, in one process: write_pdf against the untagged render.
3. Sizes: the bundled pack's PDF and one numbered copy of it. Target: copy <= 1.3 x pack.
Run: python benchmarks/bench_pdfstd.py [--runs 7]
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

#: `python -m packgen` with the archival steps replaced by WeasyPrint's plain output.
UNTAGGED = """\
import sys
import packgen.writers.pdf as pdf

def plain(rendered, identifier, created, attachments=()):
    return rendered.write_pdf(pdf_identifier=identifier)

pdf.archival_pdf = plain
import packgen.build as build
build.spec_attachments = lambda prepared: []
from packgen.cli import main
main(sys.argv[1:])
"""


def cold(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def build_times(runs: int, work: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(work / "cache")}
    (work / "untagged.py").write_text(UNTAGGED, encoding="utf-8")
    args = ["build", "--out", str(work / "out"), "--force", "--format", "docx,pdf"]
    commands = {
        "tagged": [sys.executable, "-m", "packgen", *args],
        "untagged": [sys.executable, str(work / "untagged.py"), *args],
    }
    cold(commands["tagged"], env)  # fills the corpus cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(cold(command, env))
    return {name: statistics.median(values) for name, values in times.items()}


def render_times(runs: int) -> dict[str, float]:
    import weasyprint

    from packgen.build import DEFAULT_EXAMPLE, prepare
    from packgen.writers.fetcher import SafeURLFetcher
    from packgen.writers.html import write_html
    from packgen.writers.pdf import allowed_folders, write_pdf

    prepared = prepare(DEFAULT_EXAMPLE)
    doc = prepared.document
    html = write_html(doc, prepared.style_dirs, prepared.template_dirs)
    fetcher = SafeURLFetcher(allowed_folders(doc, prepared.style_dirs, prepared.template_dirs))

    def untagged() -> bytes:
        return weasyprint.HTML(string=html, url_fetcher=fetcher).render().write_pdf()

    def tagged() -> bytes:
        return write_pdf(doc, prepared.style_dirs, prepared.template_dirs)

    tagged(), untagged()  # warm: fonts, imports
    times: dict[str, list[float]] = {"tagged": [], "untagged": []}
    for _ in range(runs):
        for name, job in (("tagged", tagged), ("untagged", untagged)):
            start = time.perf_counter()
            job()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def sizes() -> dict[str, int]:
    from packgen.distribute import Recipient, stamped_copy
    from packgen.pack import DEFAULT_PACK, prepare_pack, render_pack

    pack = render_pack(prepare_pack(DEFAULT_PACK), ("pdf",))["pdf"]
    copy = stamped_copy(pack, Recipient(name="Delegation of Sweden", category="delegation"), 1, 27)
    return {"pack_pdf_bytes": len(pack), "copy_pdf_bytes": len(copy)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        builds = build_times(args.runs, Path(folder))
    renders = render_times(args.runs)
    size = sizes()
    report = {
        "runs": args.runs,
        "build_tagged_s": round(builds["tagged"], 3),
        "build_untagged_s": round(builds["untagged"], 3),
        "build_ratio": round(builds["tagged"] / builds["untagged"], 2),
        "render_tagged_s": round(renders["tagged"], 3),
        "render_untagged_s": round(renders["untagged"], 3),
        "render_ratio": round(renders["tagged"] / renders["untagged"], 2),
        **size,
        "copy_ratio": round(size["copy_pdf_bytes"] / size["pack_pdf_bytes"], 2),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
