"""Benchmark: `packgen serve` of the bundled brief in, save-to-refresh, first-preview, load and memory figures out.

A copy of the bundled Stockholm brief is served from a temporary folder by a real
`python -m packgen serve` process on 127.0.0.1; Debian's Chromium, driven by
Playwright, shows it. Figures:

- cold start, median of --cold-runs: from starting `packgen serve` on the brief (a new
  process, a new folder; the user's corpus cache as a drafter has it) to (a) the first
  look: the brief's pages laid out in the page (the draft, all its pages laid out by
  Paged.js, or the PDF's pages, whichever comes first) with the first agenda item's title
  in them, and (b) the PDF's own pages with that title; and the server process's CPU
  seconds at (a), which the load of other processes on the machine does not stretch;
- first preview in a running server: from opening the brief in a server that has just
  served another spec of the folder to its first look, and to its PDF pages (the process warm; the server builds
  a folder's other specs ahead once the first is shown, and the brief may be among them);
- save -> refreshed page (warm): the spec is saved with a new sentence, the clock
  stops when that sentence is visible in the browser's page: in the draft's pages once
  Paged.js has laid them all out and they replaced the pages shown (a frame still laying
  out off-screen does not count), or in the PDF's pages; median of --saves. The time to
  the PDF's own pages is reported beside it, and each save waits for them;
- load: --clients concurrent requests of the page and of its preview, all must be 200;
- memory: the server's resident memory after --warmup rebuilds and after --rebuilds,
  each rebuild a new save; flat means within 10%.

Run: python benchmarks/bench_serve.py [--saves 15] [--rebuilds 200] [--cold-runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "seeds" / "briefs" / "2023-06-21_eu-us-jha-ministerial-stockholm.yaml"
CHROMIUM = os.environ.get("PACKGEN_CHROMIUM", "/usr/bin/chromium")
ANCHOR = "      Both sides will review their joint work against terrorism and violent extremism,\n"


def save_with(spec: Path, original: str, marker: str) -> None:
    """Save the spec with `marker` as a new first sentence of the first agenda item."""
    text = original.replace(ANCHOR, f"      {marker}.\n{ANCHOR}", 1)
    temp = spec.with_name(f".{spec.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, spec)  # as editors save: a new file renamed over the old one


def start_server(target: Path) -> tuple[subprocess.Popen, str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "packgen", "serve", str(target), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=target if target.is_dir() else target.parent,
    )
    url = process.stdout.readline().strip()
    if not url.startswith("http://127.0.0.1:"):
        process.kill()
        raise SystemExit(f"server did not start: {url!r}")
    return process, url, started


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait_text(page, marker: str, timeout_ms: int = 20000) -> None:
    page.wait_for_function(
        "m => [...document.querySelectorAll('.page .text span')]"
        ".some(s => s.textContent.includes(m))",
        arg=marker,
        timeout=timeout_ms,
        polling="raf",
    )


#: the text is on screen: in the pages the browser laid out (the shown draft frame, not one
#: still laying out off-screen) or in the PDF's pages, whichever the page shows
VISIBLE = """m => {
  const frame = document.getElementById('draft');
  const draft = frame && !frame.classList.contains('laying') && document.body.dataset.draft
    && frame.contentDocument.body.innerText.includes(m);
  const pages = document.getElementById('pages');
  return draft || (!pages.hidden && [...pages.querySelectorAll('.page .text span')]
    .some(s => s.textContent.includes(m)));
}"""


def wait_visible(page, marker: str, timeout_ms: int = 20000) -> None:
    page.wait_for_function(VISIBLE, arg=marker, timeout=timeout_ms, polling="raf")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far: what the load around it does not stretch."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cold_start(browser, original: str, marker: str) -> tuple[float, float, bool, float]:
    """Seconds from process start to the first look and to the PDF's pages; draft seen?;
    the server's CPU seconds when the first look showed."""
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "brief.yaml"
        spec.write_text(original, encoding="utf-8")
        process, url, started = start_server(spec)
        try:
            page = browser.new_page()
            while True:  # the page is requested as soon as the server listens
                try:
                    page.goto(url, wait_until="commit")
                    break
                except Exception:
                    time.sleep(0.02)
            wait_visible(page, marker, 30000)
            first = time.perf_counter() - started
            cpu = cpu_seconds(process.pid)
            drafted = page.evaluate("() => document.body.dataset.draft !== undefined")
            wait_text(page, marker, 30000)
            pages = time.perf_counter() - started
            page.close()
        finally:
            stop_server(process)
    return first, pages, bool(drafted), cpu


async def concurrent_requests(url: str, clients: int) -> tuple[int, int, float]:
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        started = time.perf_counter()
        preview = "/api/preview?id=brief.yaml"
        targets = ["/", preview] * (clients // 2) + ["/"] * (clients % 2)
        responses = await asyncio.gather(*(client.get(t) for t in targets), return_exceptions=True)
        seconds = time.perf_counter() - started
    ok = sum(1 for r in responses if not isinstance(r, Exception) and r.status_code == 200)
    return ok, len(responses), seconds


def rebuild_until(url: str, spec: Path, original: str, count: int, start: int) -> None:
    """`count` saves, each waited for until the server's preview carries it."""

    with httpx.Client(base_url=url, timeout=60) as client:
        for n in range(start, start + count):
            marker = f"Rebuild number {n} marker"
            save_with(spec, original, marker)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                runs = json.dumps(
                    client.get("/api/preview", params={"id": "brief.yaml"}).json()["pages"]
                )
                if marker in runs:
                    break
                time.sleep(0.02)
            else:
                raise SystemExit(f"rebuild {n} never showed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=15)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rebuilds", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--cold-runs", type=int, default=5)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    # the machine may be shared: the load around the run says how far the figures can be trusted
    results: dict[str, object] = {"loadavg_start": [round(v, 2) for v in os.getloadavg()]}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        folder = Path(tmp)
        spec = folder / "brief.yaml"
        # the copy reads the bundled outcomes where they are
        original = EXAMPLE.read_text(encoding="utf-8").replace(
            "../outcomes/", f"{EXAMPLE.parent.parent}/outcomes/"
        )
        spec.write_text(original, encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        note = EXAMPLE.parent / "2021-03-15_external-dimension-migration-steering-note.yaml"
        (folder / "a-note.yaml").write_text(
            note.read_text(encoding="utf-8").replace(
                "../outcomes/", f"{EXAMPLE.parent.parent}/outcomes/"
            ),
            encoding="utf-8",
        )
        # cold: a new server process on the brief itself, the browser waiting for its pages
        firsts, pdfs, drafts, cpus = [], [], 0, []
        for _ in range(args.cold_runs):
            first, pages, drafted, cpu = cold_start(browser, original, "Counter-terrorism")
            cpus.append(cpu)
            firsts.append(first)
            pdfs.append(pages)
            drafts += drafted
        results["cold_first_look_median_s"] = round(statistics.median(firsts), 3)
        results["cold_first_look_runs_s"] = [round(v, 2) for v in firsts]
        results["cold_first_look_was_draft"] = f"{drafts}/{args.cold_runs}"
        # the server's own work until then, in CPU seconds (the browser's comes on top)
        results["cold_server_cpu_at_first_look_median_s"] = round(statistics.median(cpus), 3)
        results["cold_pdf_pages_median_s"] = round(statistics.median(pdfs), 3)
        results["cold_pdf_pages_runs_s"] = [round(v, 2) for v in pdfs]
        results["loadavg_after_cold"] = [round(v, 2) for v in os.getloadavg()]
        print(json.dumps(results), file=sys.stderr)
        process = None
        try:
            # warm process, new spec: the server has built another spec; the brief is opened
            process, url, started = start_server(folder)
            httpx.get(
                url + "api/preview", params={"id": "a-note.yaml", "complete": "1"}, timeout=120
            )
            page = browser.new_page()
            requested = time.perf_counter()
            page.goto(url + "?id=brief.yaml")
            wait_visible(page, "Counter-terrorism")
            results["first_preview_running_server_s"] = round(time.perf_counter() - requested, 3)
            wait_text(page, "Counter-terrorism")
            results["first_pdf_pages_running_server_s"] = round(time.perf_counter() - requested, 3)

            times = []
            stages: dict[str, list[float]] = {}
            pdf_times = []
            drafted_saves = 0
            for n in range(args.saves + 2):
                marker = f"Saved sentence number {n} here"
                saved = time.perf_counter()
                save_with(spec, original, marker)
                wait_visible(page, marker)
                seen = time.perf_counter() - saved
                drafted = page.evaluate("() => document.body.dataset.draft !== undefined")
                # then the PDF's own pages (each save waits for them: saves do not overlap)
                wait_text(page, marker)
                if n >= 2:  # the first two saves warm the caches of an edited spec
                    times.append(seen)
                    pdf_times.append(time.perf_counter() - saved)
                    drafted_saves += drafted
                    shown = json.loads(page.evaluate("JSON.stringify(window.lastPreview)"))
                    for name, value in {"build": shown["seconds"], **shown["stages"]}.items():
                        stages.setdefault(name, []).append(value)
                time.sleep(0.2)
            results["save_to_refresh_median_s"] = round(statistics.median(times), 3)
            results["save_to_refresh_max_s"] = round(max(times), 3)
            results["save_to_refresh_runs"] = len(times)
            results["save_to_refresh_was_draft"] = f"{drafted_saves}/{len(times)}"
            results["save_to_pdf_pages_median_s"] = round(statistics.median(pdf_times), 3)
            for name, values in stages.items():
                results[f"server_{name}_median_s"] = round(statistics.median(values), 3)
            print(json.dumps(results), file=sys.stderr)

            # Playwright's sync API holds this thread's event loop: the clients get their own
            with ThreadPoolExecutor(1) as pool:
                ok, total, seconds = pool.submit(
                    asyncio.run, concurrent_requests(url, args.clients)
                ).result()
            results["concurrent_requests_ok"] = f"{ok}/{total}"
            results["concurrent_requests_s"] = round(seconds, 3)
            page.close()

            rebuild_until(url, spec, original, args.warmup, 0)
            before = rss_mb(process.pid)
            rebuild_until(url, spec, original, args.rebuilds - args.warmup, args.warmup)
            after = rss_mb(process.pid)
            results["rss_after_warmup_mb"] = round(before, 1)
            results[f"rss_after_{args.rebuilds}_rebuilds_mb"] = round(after, 1)
            results["rss_growth_pct"] = round(100 * (after - before) / before, 1)
        finally:
            if process is not None:
                stop_server(process)
            browser.close()
    results["loadavg_end"] = [round(v, 2) for v in os.getloadavg()]
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
