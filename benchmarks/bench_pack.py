"""Benchmark: batch builds and the bundled pack in, median timings and ratios out.

1. Twenty briefs: twenty sequential cold `packgen build SPEC` processes versus one
   process running packgen.batch.build_many(jobs=2). Target: ratio <= 0.45.
2. The bundled pack: one cold process building the whole pack (each document's
   DOCX and PDF, the pack PDF and DOCX) versus the sum of cold single builds of
   its documents; and, in one warm process, the pack PDF render alone versus the
   sum of the documents' PDF renders. Target: ratio <= 1.3.
Run: python benchmarks/bench_pack.py [--runs 3] [--briefs 20] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRIEFS = sorted((ROOT / "seeds" / "briefs").glob("*.yaml"))
PACK = ROOT / "seeds" / "packs" / "2023-06-21_eu-us-jha-stockholm-pack.yaml"

BATCH = """\
import sys
from pathlib import Path
from packgen.batch import build_many
out, jobs, *specs = sys.argv[1:]
results = build_many([Path(s) for s in specs], Path(out), force=True, jobs=int(jobs))
assert all(r.ok for r in results), [r.error for r in results if not r.ok]
"""

PACK_BUILD = """\
import sys
from pathlib import Path
from packgen.pack import build_pack
build_pack(Path(sys.argv[1]), Path(sys.argv[2]), force=True)
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def make_specs(work: Path, count: int) -> list[Path]:
    """`count` copies of the bundled briefs, each with its own stem (hence output name)."""
    folder = work / "briefs"
    folder.mkdir()
    # the steering note reads ../outcomes/...: give the copies the same neighbour
    (work / "outcomes").symlink_to(ROOT / "seeds" / "outcomes")
    specs = []
    for index in range(count):
        source = BRIEFS[index % len(BRIEFS)]
        target = folder / f"brief-{index + 1:02d}.yaml"
        shutil.copy(source, target)
        specs.append(target)
    return specs


def write_note_spec(work: Path) -> Path:
    """The pack's inline steering note as a spec file of its own (defaults merged)."""
    from ruamel.yaml import YAML

    from packgen.pack import document_specs, load_pack, merged_spec_data

    loaded = load_pack(PACK)
    inline = loaded.pack.documents[1].inline
    data = merged_spec_data(loaded, dict(inline or {}))
    target = work / "briefs" / "note.yaml"
    target.parent.mkdir(exist_ok=True)
    with target.open("w", encoding="utf-8") as handle:
        YAML().dump(data, handle)
    assert len(document_specs(loaded)) == 2
    return target


def bench_batch(work: Path, env: dict[str, str], runs: int, count: int, jobs: int) -> dict:
    specs = make_specs(work, count)
    single = [sys.executable, "-m", "packgen", "build", "--force", "--out", str(work / "seq")]
    subprocess.run([*single, str(specs[0])], env=env, check=True, cwd=ROOT)  # fill the cache
    sequential, parallel = [], []
    for _ in range(runs):
        sequential.append(sum(timed([*single, str(s)], env) for s in specs))
        batch = [sys.executable, "-c", BATCH, str(work / "par"), str(jobs), *map(str, specs)]
        parallel.append(timed(batch, env))
    seq, par = statistics.median(sequential), statistics.median(parallel)
    return {
        "briefs": count,
        "jobs": jobs,
        "sequential_s": round(seq, 2),
        "build_many_s": round(par, 2),
        "ratio": round(par / seq, 3),
        "target": 0.45,
    }


def bench_pack(work: Path, env: dict[str, str], runs: int) -> dict:
    from packgen.build import DEFAULT_EXAMPLE

    note = write_note_spec(work)
    single = [sys.executable, "-m", "packgen", "build", "--force", "--out", str(work / "single")]
    pack = [sys.executable, "-c", PACK_BUILD, str(PACK), str(work / "pack")]
    subprocess.run(pack, env=env, check=True, cwd=ROOT)  # warm the corpus cache
    singles, packs = [], []
    for _ in range(runs):
        singles.append(sum(timed([*single, str(s)], env) for s in (DEFAULT_EXAMPLE, note)))
        packs.append(timed(pack, env))
    single_s, pack_s = statistics.median(singles), statistics.median(packs)
    render = warm_render_ratio(runs, Path(env["PACKGEN_CACHE"]))
    return {
        "documents_single_builds_s": round(single_s, 2),
        "pack_build_s": round(pack_s, 2),
        "ratio": round(pack_s / single_s, 3),
        **render,
        "target": 1.3,
    }


def warm_render_ratio(runs: int, cache: Path) -> dict:
    """In one process: the pack PDF render versus the sum of its documents' PDF renders."""
    from packgen.build import render
    from packgen.pack import prepare_pack, render_pack

    prepared = prepare_pack(PACK, cache_dir=cache)
    render_pack(prepared, ("pdf",))  # fonts and WeasyPrint warmed once
    docs, whole = [], []
    for _ in range(runs):
        start = time.perf_counter()
        for part in prepared.parts:
            render(part, ("pdf",))
        docs.append(time.perf_counter() - start)
        start = time.perf_counter()
        render_pack(prepared, ("pdf",))
        whole.append(time.perf_counter() - start)
    # the same pack without its generated annexes: cover, contents and the documents only
    annexes, prepared.loaded.pack.annexes = prepared.loaded.pack.annexes, []
    bare = []
    for _ in range(runs):
        start = time.perf_counter()
        render_pack(prepared, ("pdf",))
        bare.append(time.perf_counter() - start)
    prepared.loaded.pack.annexes = annexes
    d, w, b = statistics.median(docs), statistics.median(whole), statistics.median(bare)
    return {
        "documents_pdf_render_s": round(d, 2),
        "pack_pdf_render_s": round(w, 2),
        "render_ratio": round(w / d, 3),
        "pack_pdf_without_annexes_render_s": round(b, 2),
        "render_ratio_without_annexes": round(b / d, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--briefs", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", choices=("batch", "pack"), default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_CACHE": str(work / "cache")}
        report = {"cores": os.cpu_count(), "runs": args.runs}
        if args.only in (None, "batch"):
            report["batch"] = bench_batch(work, env, args.runs, args.briefs, args.jobs)
        if args.only in (None, "pack"):
            report["pack"] = bench_pack(work, env, args.runs)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
