"""Expected records as fixture files: an OutcomeRecord in, the JSON a fixture holds out.

A fixture is the record as `packgen parse --json` gives it, less what names the file
(source, sha256), with every running text (summary, participants, item, sub-item and
annex texts) and every other string or list of strings of QUOTE_LIMIT words or more (a
long subject, title or subject-code list) stood for by its digest: length, paragraphs,
first and last words and a hash.
The hash makes the comparison exact; the words make a failure readable; and no run of
QUOTE_LIMIT words of a reference document is copied into the repository.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from packgen.records import OutcomeRecord

EXTRACT_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
#: fields that name the file, not its content
FILE_FIELDS = ("source", "sha256")
#: a string this many words long or longer is kept as its digest, never quoted
QUOTE_LIMIT = 12


def digest(text: str) -> dict[str, Any]:
    """A running text as its length, paragraph count, first four and last three words, hash."""
    words = text.split()
    return {
        "chars": len(text),
        "paragraphs": len(text.split("\n\n")) if text else 0,
        "starts": " ".join(words[:4]),
        "ends": " ".join(words[-3:]),
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
    }


def expected_form(record: OutcomeRecord) -> dict[str, Any]:
    """What a fixture file holds for `record`."""
    data = record.model_dump(mode="json", by_alias=True, exclude=set(FILE_FIELDS))
    if data["summary"] is not None:
        data["summary"] = digest(data["summary"])
    data["participants"] = [digest(p) for p in data["participants"]]
    for item in data["items"]:
        item["text"] = digest(item["text"])
        for sub in item["subitems"]:
            sub["text"] = digest(sub["text"])
    if data["annex"] is not None:
        data["annex"]["text"] = digest(data["annex"]["text"])
    return _unquoted(data)


def _unquoted(value: Any) -> Any:
    if isinstance(value, str) and len(value.split()) >= QUOTE_LIMIT:
        return digest(value)
    if isinstance(value, dict):
        return {key: _unquoted(v) for key, v in value.items()}
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        # short strings run together too: a long subject-code list is a run of the source
        joined = "\n".join(value)
        return digest(joined) if len(joined.split()) >= QUOTE_LIMIT else value
    if isinstance(value, list):
        return [_unquoted(v) for v in value]
    return value


#: the fields a fixture line holds together (the rest of the record: a line each, items one a line)
_LINES = [
    ("number", "date", "place", "language", "marking", "marking_found"),
    ("doc_type", "from", "to", "prev_docs", "subject"),
    ("annex", "warnings"),
]


def dumps(data: dict[str, Any]) -> str:
    """A few related fields a line, one item a line: a fixture diff shows what changed."""
    lines: list[str] = []
    done: set[str] = set()
    for key in data:
        if key in done:
            continue
        group = next((g for g in _LINES if key in g), (key,))
        done.update(group)
        if key == "items" and data[key]:
            rows = ",\n    ".join(_json(item) for item in data[key])
            lines.append(f'"items": [{rows}]')
        else:
            lines.append(", ".join(f"{_json(k)}: {_json(data[k])}" for k in group))
    return "{" + ",\n ".join(lines) + "}\n"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def differences(left: object, right: object, path: str = "") -> list[str]:
    """Paths where two JSON-like values differ, each with both values, shortened."""
    if isinstance(left, dict) and isinstance(right, dict):
        found = []
        for key in sorted(set(left) | set(right), key=str):
            found += differences(left.get(key), right.get(key), f"{path}.{key}" if path else key)
        return found
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        found = []
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            found += differences(a, b, f"{path}[{index}]")
        return found
    if left == right:
        return []
    return [f"{path}: expected={_short(left)} got={_short(right)}"]


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 160 else f"{text[:100]} ... {text[-50:]}"
