"""Generated outcomes in, the reader's field accuracy out (per format and per field).

Each variant is a randomised combination of the register's header and layout
variants (scripts/make_renditions.py: make_variant), written as .txt, .docx and
.pdf; every file is read back with `read_outcome` and compared field by field
with the record the generator knows to be right. A refused file scores zero on
every field. Seeds differ from the tests' seeds by default, so the figure is
measured on renditions that are not in the repository.

    python benchmarks/reader_accuracy.py --count 60 --seed 1000 [--bodies bundled] [--show]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from packgen.errors import InputError  # noqa: E402
from packgen.extract import read_outcome  # noqa: E402

FORMATS = ("txt", "docx", "pdf")
BUNDLED = sorted((ROOT / "seeds" / "outcomes").glob("*.txt"))
FIELDS = [
    "number",
    "date",
    "place",
    "language",
    "marking",
    "subject_codes",
    "doc_type",
    "from",
    "to",
    "prev_docs",
    "subject",
    "summary",
    "participants",
    "meeting.title",
    "meeting.place",
    "meeting.start",
    "meeting.end",
    "items",
    "item_texts",
    "subitems",
    "subitem_texts",
    "annex",
]


def load_renditions():
    spec = importlib.util.spec_from_file_location(
        "make_renditions", ROOT / "scripts" / "make_renditions.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fields_of(record: dict) -> dict[str, object]:
    """The compared values of a `packgen parse --json` record (or of a generator's truth)."""
    meeting = record.get("meeting") or {}
    items = record.get("items") or []
    annex = record.get("annex")
    values = {name: record.get(name) for name in FIELDS if name in record}
    values.update(
        {
            "meeting.title": meeting.get("title"),
            "meeting.place": meeting.get("place"),
            "meeting.start": meeting.get("start"),
            "meeting.end": meeting.get("end"),
            "items": [(i["number"], i["title"]) for i in items],
            "item_texts": [i["text"] for i in items],
            "subitems": [[(s["label"], s["title"]) for s in i["subitems"]] for i in items],
            "subitem_texts": [[s["text"] for s in i["subitems"]] for i in items],
            "annex": (annex["title"], annex["text"]) if annex else None,
        }
    )
    return values


def score(count: int, seed: int, keep: Path | None, show: bool, bodies: str = "generated") -> dict:
    renditions = load_renditions()
    right: dict[tuple[str, str], int] = defaultdict(int)
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        for n in range(seed, seed + count):
            body = BUNDLED[n % len(BUNDLED)] if bodies == "bundled" else None
            variant = renditions.make_variant(n, body)
            paths = renditions.write_variant(variant, folder / f"variant-{n}")
            truth = fields_of(variant.expected)
            for fmt in FORMATS:
                try:
                    found = fields_of(read_outcome(paths[fmt]).to_json_dict())
                except InputError as error:
                    found = {}
                    failures.append(f"{n} {fmt}: refused: {error}")
                for name in FIELDS:
                    if found.get(name) == truth[name] and name in found:
                        right[(fmt, name)] += 1
                    elif found:
                        failures.append(
                            f"{n} {fmt} {name}: got {found.get(name)!r:.160} "
                            f"want {truth[name]!r:.160}"
                        )
    if show:
        print("\n".join(failures), file=sys.stderr)
    return {"count": count, "right": right}


def report(result: dict) -> str:
    count, right = result["count"], result["right"]
    lines = [f"{'field':<16}" + "".join(f"{fmt:>8}" for fmt in FORMATS)]
    for name in FIELDS:
        cells = "".join(f"{100 * right[(fmt, name)] / count:>7.1f}%" for fmt in FORMATS)
        lines.append(f"{name:<16}{cells}")
    totals = []
    for fmt in FORMATS:
        total = sum(right[(fmt, name)] for name in FIELDS)
        totals.append(f"{100 * total / (count * len(FIELDS)):>7.2f}%")
    lines.append(f"{'all fields':<16}" + "".join(totals))
    everything = sum(right.values()) / (count * len(FIELDS) * len(FORMATS))
    lines.append(f"overall {100 * everything:.2f}% of {count * len(FIELDS) * len(FORMATS)} fields")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=60, help="variants to generate")
    parser.add_argument("--seed", type=int, default=1000, help="first seed")
    parser.add_argument("--keep", type=Path, help="keep the renditions in this folder")
    parser.add_argument("--show", action="store_true", help="list every wrong field on stderr")
    parser.add_argument(
        "--bodies",
        choices=("generated", "bundled"),
        default="generated",
        help="generated prose, or the bodies of the bundled outcomes under generated headers",
    )
    args = parser.parse_args(argv)
    result = score(args.count, args.seed, args.keep, args.show, args.bodies)
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
