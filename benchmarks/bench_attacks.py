"""Benchmark: a generated attack set in, counts out (issue 10: markings fail closed).

Every attack runs through the real CLI in its own folder with its own cache:
- marking attacks (tests/safety/hostile.py: furniture, parts, metadata, disguised
  LIMITE, fake stamps, classified spellings): `packgen parse FILE --json`, then a
  PUBLIC brief over a corpus holding only that file (`packgen build --format docx`);
- template and style escapes (links out of a spec folder's layers, sandbox escapes):
  `packgen build --format html,pdf`, then every output searched for the canary;
- damaged files (unsupported zips, a 300-character output name, a folder at the
  target), unbounded work (a page of 1.5 million glyphs, a flate bomb of 2.5 GB);
- fuzzed files: random byte edits of the DOCX and PDF renditions of 9278/18.

An attack is *refused cleanly* when packgen exits 2 with one line and writes nothing;
a *leak* is a PUBLIC brief built over a LIMITE, undetermined or classified source, a
classified file parsed, or the canary in an output; a *traceback* is any Python
traceback or an exit code other than 0, 1 and 2. Genuine releases must build (else
they count as *wrong*).

    python benchmarks/bench_attacks.py [--fuzz 60] [--jobs 2] [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from packgen import bundled  # noqa: E402
from tests.safety import hostile  # noqa: E402
from tests.safety.helpers import brief, packgen  # noqa: E402

CANARY = "ATTACK-CANARY-51c9"


@dataclass
class Outcome:
    name: str
    group: str
    refused: bool = False
    leak: bool = False
    traceback: bool = False
    wrong: bool = False
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def run(folder: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """`packgen ARGS` in `folder` as the safety tests run it; a time-out is a result, not a crash."""
    try:
        return packgen(folder, folder / ".cache", *args, timeout=timeout)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(args, -9, "", f"timed out after {timeout} s")


def broke(result: subprocess.CompletedProcess) -> bool:
    return "Traceback" in result.stderr or result.returncode not in (0, 1, 2)


def clean_refusal(result: subprocess.CompletedProcess, out: Path | None = None) -> bool:
    one_line = len(result.stderr.strip().splitlines()) == 1
    nothing = out is None or not out.exists() or not any(out.iterdir())
    return result.returncode == 2 and one_line and not broke(result) and nothing


# ---------------------------------------------------------------- marking attacks


def marking_attack(attack: hostile.Attack, folder: Path) -> Outcome:
    outcome = Outcome(attack.name, f"class {attack.kind}")
    corpus = folder / "corpus"
    corpus.mkdir(parents=True)
    path = corpus / attack.filename
    path.write_bytes(attack.make())
    (folder / "public.yaml").write_text(brief("PUBLIC", "corpus: [corpus/]\n"), "utf-8")
    parsed = run(folder, "parse", str(path), "--json")
    built = run(folder, "build", "public.yaml", "--out", "out", "--format", "docx")
    outcome.traceback = broke(parsed) or broke(built)
    if attack.expect == "classified":
        outcome.leak = parsed.returncode == 0 or built.returncode == 0
        outcome.refused = clean_refusal(parsed) and clean_refusal(built, folder / "out")
    elif attack.expect == "public":
        outcome.wrong = built.returncode != 0
        outcome.refused = False
    else:
        outcome.leak = built.returncode == 0
        refusal = [line for line in built.stderr.splitlines() if "warning:" not in line]
        outcome.refused = built.returncode == 2 and len(refusal) == 1 and not broke(built)
        marking = json.loads(parsed.stdout).get("marking") if parsed.returncode == 0 else "?"
        outcome.wrong = marking == "PUBLIC"
    return outcome


# ---------------------------------------------------------------- template and style escapes


def escape_attacks() -> list[tuple[str, Callable[[Path], None]]]:
    base = (bundled.templates_dir() / "html" / "document.html.j2").read_text(encoding="utf-8")
    css = (bundled.styles_dir() / "brief.css").read_text(encoding="utf-8")

    def template(statement: str, link: str | None = None, target: str = "secret.html"):
        def make(folder: Path) -> None:
            text = base.replace(
                '<body class="{{ doc.kind }}">', f'<body class="{{{{ doc.kind }}}}">{statement}', 1
            )
            (folder / "templates" / "html").mkdir(parents=True, exist_ok=True)
            (folder / "templates" / "html" / "document.html.j2").write_text(text, "utf-8")
            if link:
                (folder / "templates" / link).parent.mkdir(parents=True, exist_ok=True)
                (folder / "templates" / link).symlink_to(folder.parent / "outside" / target)

        return make

    def style(rule: str, link: str, target: str = "secret.css"):
        def make(folder: Path) -> None:
            (folder / "styles").mkdir(parents=True, exist_ok=True)
            url = f"file://{folder / 'styles'}"
            (folder / "styles" / "brief.css").write_text(rule.format(styles=url) + css, "utf-8")
            (folder / "styles" / link).symlink_to(folder.parent / "outside" / target)

        return make

    def linked_layer(kind: str):
        def make(folder: Path) -> None:
            (folder / kind).symlink_to(folder.parent / "outside")

        return make

    return [
        ("include through a link", template('{% include "leak.html" %}', "leak.html")),
        (
            "import through a link",
            template('{% import "m.j2" as m %}{{ m.x() }}', "m.j2", "macros.j2"),
        ),
        ("include in a subfolder", template('{% include "a/b.html" %}', "a/b.html")),
        ("extends through a link", extends_attack),
        ("attachment through a link", template('<a rel="attachment" href="n.txt">n</a>', "n.txt")),
        ("image through a link", template('<img src="p.png">', "p.png")),
        ("stylesheet @import", style('@import "{styles}/x.css";\n', "x.css")),
        (
            "stylesheet url()",
            style("body {{ background: url({styles}/y.png) }}\n", "y.png", "secret.html"),
        ),
        ("stylesheet is a link", linked_stylesheet),
        ("style folder is a link", linked_layer("styles")),
        ("template folder is a link", linked_layer("templates")),
        ("sandbox: subclasses", template("{{ ''.__class__.__base__.__subclasses__() }}")),
        ("sandbox: globals", template("{{ safe_href.__globals__ }}")),
        ("sandbox: mro", template("{{ doc.__class__.__mro__[1].__subclasses__() }}")),
        ("file URL image", template('<img src="file:///etc/hostname">')),
        ("network image", template('<img src="http://127.0.0.1:9/x.png">')),
    ]


def linked_stylesheet(folder: Path) -> None:
    (folder / "styles").mkdir(parents=True, exist_ok=True)
    (folder / "styles" / "brief.css").symlink_to(folder.parent / "outside" / "brief.css")


def extends_attack(folder: Path) -> None:
    (folder / "templates" / "html").mkdir(parents=True, exist_ok=True)
    (folder / "templates" / "html" / "document.html.j2").write_text(
        '{% extends "html/base.j2" %}', "utf-8"
    )
    (folder / "templates" / "html" / "base.j2").symlink_to(
        folder.parent / "outside" / "secret.html"
    )


def escape_attack(name: str, make: Callable[[Path], None], root: Path) -> Outcome:
    outcome = Outcome(name, "class 5")
    outside = root / "outside"
    outside.mkdir(parents=True)
    (outside / "secret.html").write_text(f"<p>{CANARY}</p>", "utf-8")
    (outside / "secret.css").write_text(f'body::after {{ content: "{CANARY}" }}', "utf-8")
    (outside / "macros.j2").write_text(f"{{% macro x() %}}{CANARY}{{% endmacro %}}", "utf-8")
    (outside / "brief.css").write_text(f'body::after {{ content: "{CANARY}" }}', "utf-8")
    (outside / "html").mkdir()
    (outside / "html" / "document.html.j2").write_text(f"<p>{CANARY}</p>", "utf-8")
    folder = root / "spec"
    folder.mkdir()
    (folder / "brief.yaml").write_text(brief("LIMITE"), "utf-8")
    make(folder)
    built = run(folder, "build", "brief.yaml", "--out", "out", "--format", "html,pdf")
    outcome.traceback = broke(built)
    outcome.leak = any(_holds_canary(p) for p in (folder / "out").glob("*") if p.is_file())
    outcome.refused = clean_refusal(built, folder / "out")
    return outcome


def _holds_canary(path: Path) -> bool:
    data = path.read_bytes()
    if CANARY.encode() in data:
        return True
    if path.suffix == ".pdf":
        import pypdf

        text = "".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)
        return CANARY in text
    return False


# ---------------------------------------------------------------- damaged files, unbounded work


def file_attacks(quick: bool) -> list[tuple[str, str, Callable[[], bytes]]]:
    from tests.safety.test_no_traceback import UNSUPPORTED_ZIPS

    source = hostile.base_text()
    attacks = [
        (f"zip: {kind}", ".docx", lambda damage=damage: damage(hostile.docx_bytes(source)))
        for kind, damage in UNSUPPORTED_ZIPS.items()
    ]
    attacks += [
        ("glyph flood 1.5 million", ".pdf", lambda: hostile.glyph_flood_pdf(1_500_000)),
        ("glyph flood 300,000", ".pdf", lambda: hostile.glyph_flood_pdf(300_000)),
        ("flate bomb", ".pdf", lambda: hostile.flate_bomb_pdf(400 if quick else 2500)),
        ("empty zip named .docx", ".docx", lambda: b"PK\x05\x06" + b"\x00" * 18),
        ("pdf header only", ".pdf", lambda: b"%PDF-1.7\n%%EOF\n"),
    ]
    return attacks


def file_attack(name: str, suffix: str, make: Callable[[], bytes], folder: Path) -> Outcome:
    outcome = Outcome(name, "classes 6-7")
    folder.mkdir(parents=True)
    path = folder / f"attack{suffix}"
    path.write_bytes(make())
    started = time.monotonic()
    parsed = run(folder, "parse", str(path), timeout=120)
    outcome.seconds = time.monotonic() - started
    outcome.traceback = broke(parsed)
    outcome.refused = clean_refusal(parsed) and outcome.seconds < 60
    if outcome.seconds >= 60:
        outcome.notes.append(f"took {outcome.seconds:.0f} s")
    return outcome


def output_attacks(folder: Path) -> list[Outcome]:
    out: list[Outcome] = []
    long_name = folder / "long"
    long_name.mkdir(parents=True)
    (long_name / "brief.yaml").write_text(brief("LIMITE", f"output: {'n' * 300}\n"), "utf-8")
    result = run(long_name, "build", "brief.yaml", "--out", "out")
    out.append(
        Outcome(
            "300-character output name",
            "class 6",
            clean_refusal(result, long_name / "out"),
            traceback=broke(result),
        )
    )
    at_folder = folder / "folder-at-target"
    (at_folder / "out" / "brief.pdf").mkdir(parents=True)
    (at_folder / "brief.yaml").write_text(brief("LIMITE"), "utf-8")
    result = run(at_folder, "build", "brief.yaml", "--out", "out", "--force")
    partial = sorted(p.name for p in (at_folder / "out").iterdir()) != ["brief.pdf"]
    out.append(
        Outcome(
            "folder at the target with --force",
            "class 6",
            clean_refusal(result) and not partial,
            traceback=broke(result),
        )
    )
    return out


# ---------------------------------------------------------------- fuzzing


def fuzzed(count: int, seed: int) -> list[tuple[str, str, Callable[[], bytes]]]:
    rng = random.Random(seed)
    source = hostile.base_text()
    originals = {".docx": hostile.docx_bytes(source), ".pdf": hostile.pdf_bytes(source)}
    attacks = []
    for number in range(count):
        suffix = rng.choice(sorted(originals))
        data = bytearray(originals[suffix])
        for _ in range(rng.randint(1, 12)):
            at = rng.randrange(len(data))
            if rng.random() < 0.7:
                data[at] = rng.randrange(256)
            else:
                del data[at : at + rng.randint(1, 64)]
        frozen = bytes(data)
        attacks.append((f"fuzz {number} {suffix}", suffix, lambda frozen=frozen: frozen))
    return attacks


def fuzz_attack(name: str, suffix: str, make: Callable[[], bytes], folder: Path) -> Outcome:
    """A fuzzed outcome may still read (exit 0) or be refused (exit 2): never a traceback,
    and never read as PUBLIC (its marking LIMITE sits in the header and every footer)."""
    outcome = Outcome(name, "fuzz")
    folder.mkdir(parents=True)
    path = folder / f"fuzz{suffix}"
    path.write_bytes(make())
    parsed = run(folder, "parse", str(path), "--json")
    outcome.traceback = broke(parsed)
    outcome.refused = parsed.returncode == 2 and clean_refusal(parsed)
    if parsed.returncode == 0:
        outcome.leak = json.loads(parsed.stdout).get("marking") == "PUBLIC"
    return outcome


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fuzz", type=int, default=60, help="fuzzed DOCX/PDF files (default 60)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="a 400 MB bomb instead of 2.5 GB")
    parser.add_argument("--json", type=Path, help="also write every outcome here")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="packgen-attacks-") as tmp:
        root = Path(tmp)
        jobs: list[Callable[[], Outcome]] = []
        for n, attack in enumerate(hostile.attacks()):
            jobs.append(lambda a=attack, n=n: marking_attack(a, root / f"m{n}"))
        for n, (name, make) in enumerate(escape_attacks()):
            jobs.append(lambda name=name, make=make, n=n: escape_attack(name, make, root / f"e{n}"))
        for n, (name, suffix, make) in enumerate(file_attacks(args.quick)):
            jobs.append(lambda a=(name, suffix, make), n=n: file_attack(*a, root / f"f{n}"))
        for n, (name, suffix, make) in enumerate(fuzzed(args.fuzz, args.seed)):
            jobs.append(lambda a=(name, suffix, make), n=n: fuzz_attack(*a, root / f"z{n}"))
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outcomes = list(pool.map(lambda job: job(), jobs))
        outcomes += output_attacks(root / "outputs")
    report(outcomes, time.monotonic() - started)
    if args.json:
        args.json.write_text(json.dumps([o.__dict__ for o in outcomes], indent=2) + "\n")
    bad = sum(o.leak or o.traceback or o.wrong for o in outcomes)
    return 1 if bad else 0


def report(outcomes: list[Outcome], seconds: float) -> None:
    groups = sorted({o.group for o in outcomes})
    print(
        f"{'group':<12} {'tried':>6} {'refused cleanly':>16} {'tracebacks':>11} {'leaks':>6} {'wrong':>6}"
    )
    for group in [*groups, "all"]:
        chosen = [o for o in outcomes if group in ("all", o.group)]
        print(
            f"{group:<12} {len(chosen):>6} {sum(o.refused for o in chosen):>16} "
            f"{sum(o.traceback for o in chosen):>11} {sum(o.leak for o in chosen):>6} "
            f"{sum(o.wrong for o in chosen):>6}"
        )
    for o in outcomes:
        if o.leak or o.traceback or o.wrong:
            print(
                f"  FAILED {o.group}: {o.name} (leak={o.leak}, traceback={o.traceback}, wrong={o.wrong}) {o.notes}"
            )
    slowest = max((o for o in outcomes if o.seconds), key=lambda o: o.seconds, default=None)
    if slowest:
        print(f"slowest refused file: {slowest.name}, {slowest.seconds:.1f} s")
    print(
        f"attacks tried: {len(outcomes)}; refused cleanly: {sum(o.refused for o in outcomes)}; "
        f"tracebacks: {sum(o.traceback for o in outcomes)}; leaks: {sum(o.leak for o in outcomes)}; "
        f"wrong results: {sum(o.wrong for o in outcomes)} ({seconds:.0f} s)"
    )


if __name__ == "__main__":
    sys.exit(main())
