"""Corpus benchmark: synthetic outcome files in, timings (cold/warm index, query, memory) out.

    python benchmarks/bench_corpus.py                    # 100, 1,000 and 10,000 documents
    python benchmarks/bench_corpus.py --sizes 100,1000 --runs 3 --renditions 0

Every figure is the median of --runs runs. Targets (2 cores): cold index of 1,000
<= 5 s, warm re-run <= 0.5 s, one history query on 10,000 < 50 ms, peak memory for
10,000 < 500 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from packgen.corpus import load_corpus  # noqa: E402
from packgen.history import assign_topics, topic_history  # noqa: E402
from packgen.topics import DEFAULT_TOPICS, load_topics  # noqa: E402

MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
PLACES = [
    "Brussels",
    "Luxembourg",
    "Washington",
    "Sofia",
    "Valletta",
    "Stockholm",
    "Riga",
    "Vienna",
]
PRESIDENCIES = ["Estonian", "Austrian", "Spanish", "Polish", "Danish", "Cypriot", "Irish"]

# (title, subject code, sentences): every sentence written for this benchmark
TOPICS: list[tuple[str, str, list[str]]] = [
    (
        "Counter-terrorism",
        "COTER",
        [
            "The delegations compared their threat assessments for the coming months.",
            "Both sides agreed to step up the exchange of data on returning fighters.",
            "The US side described new screening tools used at its airports.",
            "The EU side presented its work on online propaganda with service providers.",
        ],
    ),
    (
        "Access to electronic evidence",
        "CYBER",
        [
            "The Commission reported on the state of the negotiations on an agreement.",
            "The next round will take place in the autumn in Washington.",
            "Both sides wish to keep their rules compatible with the Budapest Convention.",
        ],
    ),
    (
        "Visa reciprocity",
        "VISA",
        [
            "The remaining Member States reported progress towards the programme criteria.",
            "The US side committed to share the technical requirements in writing.",
            "A tripartite meeting will review the situation before the summer.",
        ],
    ),
    (
        "Border management and migration",
        "FRONT",
        [
            "The EU side described the new rules on the screening of arrivals.",
            "Both sides concurred that smuggling networks adapt quickly to controls.",
        ],
    ),
    (
        "Transnational organised crime",
        "CRIMORG",
        [
            "Synthetic drugs remained the first concern of the US delegation.",
            "The parties agreed to hold an expert meeting on precursors.",
            "Europol gave figures on joint operations against cocaine routes.",
        ],
    ),
    (
        "Data protection",
        "DATAPROTECT",
        [
            "The delegations took stock of the review of the data exchange framework.",
            "Both sides welcomed the smooth functioning of the redress mechanism.",
        ],
    ),
    (
        "EU-US MLA and extradition agreements",
        "COPEN",
        [
            "The experts reported on the review of the agreements.",
            "The parties agreed to hold the next workshop after the summer break.",
        ],
    ),
    (
        "Going dark: encryption and lawful access",
        "ENFOPOL",
        [
            "The EU side reported on the work of the expert group on access to data.",
            "Both sides underlined that investigators need lawful access by design.",
        ],
    ),
    (
        "Response to the war against Ukraine",
        "COEST",
        [
            "The delegations reviewed support to the Ukrainian authorities.",
            "Both sides welcomed progress on the collection of evidence of war crimes.",
        ],
    ),
]
FILLER = [
    "Discussions were held in a constructive atmosphere.",
    "The chair thanked the delegations for their contributions.",
    "Several delegations asked for further details in writing.",
    "The item was followed by a short exchange of views.",
]


def synthetic_outcome(index: int, rng: random.Random) -> str:
    """One outcome of proceedings in Council text format, with 3 to 8 items."""
    year = 2005 + index % 20
    month = rng.randrange(12)
    day = rng.randint(1, 26)
    place = rng.choice(PLACES)
    chosen = rng.sample(TOPICS, rng.randint(2, 7))
    codes = [f"JAIEX {rng.randint(1, 99)}"] + [
        f"{code} {rng.randint(1, 300)}" for _, code, _ in chosen
    ]
    lines = [
        "Council of the",
        "European Union",
        "",
        f"Brussels, {day + 2} {MONTHS[month]} {year}",
        "(OR. en)",
        "",
        f"{1000 + index}/{year % 100:02}",
        "",
        "LIMITE",
        "",
        "\n".join(codes),
        "",
        "OUTCOME OF PROCEEDINGS",
        "",
        "From: Presidency",
        "To: Delegations",
        "Subject: Outcome of proceedings of the EU-US JHA Ministerial Meeting "
        f"({place}, {day}-{day + 1} {MONTHS[month]} {year})",
        "",
        "Summary: The two sides reviewed their cooperation on justice and home affairs.",
        "",
    ]
    for number, (title, _, sentences) in enumerate(chosen, start=1):
        lines += [f"{number}. {title}", ""]
        for _ in range(rng.randint(1, 4)):
            picked = rng.sample(sentences, rng.randint(1, len(sentences))) + rng.sample(FILLER, 2)
            lines += [" ".join(picked), ""]
    presidency = rng.choice(PRESIDENCIES)
    lines += [
        f"{len(chosen) + 1}. Priorities of the incoming {presidency} Presidency",
        "",
        f"The incoming {presidency} Presidency presented its priorities for the next semester.",
        "",
    ]
    return "\n".join(lines)


def generate(folder: Path, count: int, renditions: int, seed: int = 7) -> None:
    """Write `count` documents; the first `renditions` also as DOCX and PDF instead of text."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        (folder / f"outcome_{index:05}.txt").write_text(synthetic_outcome(index, rng))
    if renditions:
        _renditions(folder, renditions)


def _renditions(folder: Path, count: int) -> None:
    script = ROOT / "scripts" / "make_renditions.py"
    if not script.exists():
        return
    sys.path.insert(0, str(script.parent))
    try:
        import make_renditions
    except ImportError as exc:
        print(f"renditions skipped: {exc}", file=sys.stderr)
        return
    for index in range(count):
        txt = folder / f"outcome_{index:05}.txt"
        if index % 2 == 0:
            make_renditions.write_docx_rendition(txt, txt.with_suffix(".docx"))
        else:
            make_renditions.write_pdf_rendition(txt, txt.with_suffix(".pdf"))
        txt.unlink()  # the rendition replaces the text, so no document is counted twice


def median_time(action, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        result = None  # free the previous result before the clock starts
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def bench_size(size: int, runs: int, renditions: int, work: Path) -> dict:
    folder = work / f"corpus_{size}"
    generate(folder, size, renditions if size >= 100 else 0)
    caches = iter(range(10_000))

    def cold():
        cache = work / f"cache_{size}_{next(caches)}"
        corpus = load_corpus(folder, cache_dir=cache, progress=False)
        return corpus, cache

    cold_s, (corpus, cache) = median_time(cold, runs)
    warm_s, warm = median_time(lambda: load_corpus(folder, cache_dir=cache, progress=False), runs)
    assert warm.parsed_count == 0, "warm run parsed files"
    taxonomy = load_topics(DEFAULT_TOPICS)
    assign_times, first_times = [], []
    for _ in range(runs):  # topics matched on a freshly loaded corpus, the load not counted
        fresh = load_corpus(folder, cache_dir=cache)
        assign_times.append(median_time(lambda c=fresh: assign_topics(c, taxonomy), 1)[0])
        # the first query of a process also sorts the topic's timeline
        first = median_time(lambda c=fresh: topic_history(c, taxonomy, "visa-reciprocity"), 1)
        first_times.append(first[0])
        del first
    assign_s = statistics.median(assign_times)
    first_s = statistics.median(first_times)
    del fresh
    assign_topics(warm, taxonomy)
    query_s, entries = median_time(lambda: topic_history(warm, taxonomy, "visa-reciprocity"), runs)
    limited_s, _ = median_time(
        lambda: topic_history(warm, taxonomy, "visa-reciprocity", limit=5), runs
    )
    return {
        "size": size,
        "records": len(corpus.records),
        "skipped": len(corpus.skipped),
        "cold_s": cold_s,
        "warm_s": warm_s,
        "assign_s": assign_s,
        "query_s": query_s,
        "query_first_s": first_s,
        "query_limit5_s": limited_s,
        "entries": len(entries),
    }


_MEMORY_PROBE = """
import json, resource, sys, tracemalloc
from pathlib import Path
from packgen.corpus import load_corpus
from packgen.history import topic_history
from packgen.topics import DEFAULT_TOPICS, load_topics
folder, cache, trace = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "1"
if trace:
    tracemalloc.start()
corpus = load_corpus(folder, cache_dir=cache, progress=False)
topic_history(corpus, load_topics(DEFAULT_TOPICS), "visa-reciprocity")
scale = 1 if sys.platform == "darwin" else 1024
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20
try:  # ru_maxrss keeps the parent's peak across fork+exec on Linux; VmHWM is this process's own
    status = Path("/proc/self/status").read_text()
    rss_mb = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    pass
print(json.dumps({
    "parsed": corpus.parsed_count,
    "traced_mb": tracemalloc.get_traced_memory()[1] / 2**20 if trace else None,
    "rss_mb": rss_mb,
    "workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 2**20,
}))
"""


def peak_memory(size: int, work: Path) -> dict:
    """Peak memory of a fresh process: a cold index (with its workers), then a warm load + query.

    The query lists every entry of the topic (about half the corpus), not just the latest few.
    """
    folder = work / f"corpus_{size}"
    cache = work / f"cache_{size}_memory"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def probe(trace: bool) -> dict:
        argv = [sys.executable, "-c", _MEMORY_PROBE, str(folder), str(cache), "1" if trace else "0"]
        done = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
        return json.loads(done.stdout)

    cold = probe(trace=False)
    warm = probe(trace=False)
    traced = probe(trace=True)
    return {"cold": cold, "warm": warm, "traced_mb": traced["traced_mb"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--renditions", type=int, default=4, help="DOCX/PDF documents per corpus")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.keep or Path(tempfile.mkdtemp(prefix="packgen-bench-"))
    print(f"cores: {os.cpu_count()}, runs: {args.runs}, renditions: {args.renditions}, in {work}")
    print(
        f"{'size':>6} {'records':>7} {'cold s':>7} {'warm s':>7} {'assign s':>8} "
        f"{'1st q ms':>8} {'query ms':>8} {'q(5) ms':>7} {'entries':>7}"
    )
    try:
        for size in sizes:
            r = bench_size(size, args.runs, args.renditions, work)
            print(
                f"{r['size']:>6} {r['records']:>7} {r['cold_s']:>7.2f} {r['warm_s']:>7.3f} "
                f"{r['assign_s']:>8.2f} {r['query_first_s'] * 1000:>8.1f} "
                f"{r['query_s'] * 1000:>8.1f} "
                f"{r['query_limit5_s'] * 1000:>7.2f} {r['entries']:>7}",
                flush=True,
            )
        memory = peak_memory(max(sizes), work)
        cold, warm = memory["cold"], memory["warm"]
        print(
            f"memory at {max(sizes)} (fresh process): cold index max RSS {cold['rss_mb']:.0f} MB "
            f"+ each worker {cold['workers_mb']:.0f} MB; warm load + query max RSS "
            f"{warm['rss_mb']:.0f} MB, Python allocations peak {memory['traced_mb']:.0f} MB"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
