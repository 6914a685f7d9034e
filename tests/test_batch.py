"""Batch builds: many specs in parallel processes, one broken spec reported, the others built."""

from __future__ import annotations

from pathlib import Path

import pypdf

from packgen.batch import build_many, default_jobs, summary_rows
from packgen.build import DEFAULT_EXAMPLE

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pack"


def test_a_broken_spec_does_not_stop_the_others(tmp_path):
    broken = FIXTURES / "broken_brief.yaml"
    out = tmp_path / "out"
    results = build_many([broken, DEFAULT_EXAMPLE], out, jobs=2, cache_dir=tmp_path / "cache")
    bad, good = results
    assert (bad.spec, bad.ok, bad.outputs, bad.pages) == (broken, False, [], None)
    assert bad.error.startswith(f"{broken}:10: agenda[0].topic: unknown topic 'visas'")
    assert good.ok and good.error is None
    assert sorted(p.name for p in good.outputs) == sorted(
        f"{DEFAULT_EXAMPLE.stem}.{ext}" for ext in ("docx", "pdf", "manifest.json")
    )
    pdf = out / f"{DEFAULT_EXAMPLE.stem}.pdf"
    assert good.pages == len(pypdf.PdfReader(pdf).pages) > 1
    assert good.seconds > 0
    rows = summary_rows(results)
    assert [row[:3] for row in rows] == [
        (str(broken), "FAILED", ""),
        (str(DEFAULT_EXAMPLE), "ok", str(good.pages)),
    ]
    assert rows[0][4] == bad.error


def test_one_job_runs_in_process_and_reports_existing_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{DEFAULT_EXAMPLE.stem}.docx").write_bytes(b"not ours")
    [result] = build_many(
        [DEFAULT_EXAMPLE], out, formats=("docx",), jobs=1, cache_dir=tmp_path / "cache"
    )
    assert not result.ok
    assert result.error == f"{out / DEFAULT_EXAMPLE.stem}.docx exists (use --force to replace it)"
    assert (out / f"{DEFAULT_EXAMPLE.stem}.docx").read_bytes() == b"not ours"


def test_default_jobs_is_at_least_one():
    assert default_jobs() >= 1
