"""Safe YAML loading: a file in, plain Python data plus the line of every key and item out."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.tokens import (
    AliasToken,
    AnchorToken,
    BlockEndToken,
    BlockMappingStartToken,
    BlockSequenceStartToken,
    FlowMappingEndToken,
    FlowMappingStartToken,
    FlowSequenceEndToken,
    FlowSequenceStartToken,
    KeyToken,
    ScalarToken,
    TagToken,
)

from packgen import cachedir
from packgen.errors import InputError

MAX_BYTES = 1_000_000
MAX_DEPTH = 20

Loc = tuple[str | int, ...]

_OPENERS = (
    BlockMappingStartToken,
    BlockSequenceStartToken,
    FlowMappingStartToken,
    FlowSequenceStartToken,
)
_CLOSERS = (BlockEndToken, FlowMappingEndToken, FlowSequenceEndToken)


class _TextDatesConstructor(RoundTripConstructor):
    """Round-trip constructor that leaves timestamps as text for the schema to parse.

    ruamel would build `2023-19-06` into a date and fail with a bare ValueError and
    no line; as text it reaches the date validator, which names field and line.
    """


_TextDatesConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda constructor, node: constructor.construct_scalar(node)
)


@dataclass
class LoadedYaml:
    """YAML data as plain dicts, lists and scalars, with 1-based lines by location."""

    path: Path
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Loc) -> int | None:
        """The line of `loc` or of its nearest enclosing key or item."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get(())


def load_yaml(path: Path) -> LoadedYaml:
    """Read `path` as YAML with no tags, anchors or aliases, within size and depth limits."""
    return parse_yaml(read_text(path), path)


def parse_yaml(text: str, path: Path) -> LoadedYaml:
    """`text` (read from `path`, which errors name) parsed under the rules of `load_yaml`.

    What a text parses to is remembered (see ParseMemo): the same text is parsed once.
    """
    kept = MEMO.recall("yaml", path, text, _yaml_salt())
    if kept is not None:
        try:
            lines = {tuple(loc): line for *loc, line in kept["lines"]}
            return LoadedYaml(path=path, data=kept["data"], lines=lines)
        except (KeyError, TypeError, ValueError):
            pass  # not what this code keeps: parsed again
    loaded = _parse(path, text)
    lines_kept = [[*loc, line] for loc, line in loaded.lines.items()]
    MEMO.keep("yaml", path, text, _yaml_salt(), {"data": loaded.data, "lines": lines_kept})
    return loaded


def _parse(path: Path, text: str) -> LoadedYaml:
    yaml = YAML(typ="rt")
    yaml.Constructor = _TextDatesConstructor
    yaml.allow_duplicate_keys = False
    try:
        _refuse_unsafe_tokens(yaml, text, path)
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        raise _marked_error(path, exc) from None
    except YAMLError as exc:
        raise InputError(path, f"invalid YAML: {exc}") from None
    lines: dict[Loc, int] = {(): 1}
    return LoadedYaml(path=path, data=_plain(data, (), lines), lines=lines)


class ParseMemo:
    """What a file's text was parsed into, as JSON, by file, in memory and on disk.

    The round-trip parser that keeps every line is slow: a few tenths of a second for
    topics.yaml and the Presidency calendar at every start of a process, before a first
    preview can be shown. Only what passed every check is kept, one entry per file and
    kind (a spec saved again replaces its entry); the digest covers the text and a salt
    naming the code that parsed it (its source, the parser's version), so a change of any
    of them parses again. An entry that cannot be read or does not match is ignored,
    never trusted.
    """

    #: entries kept on disk: past it, the least recently written go (every temporary spec
    #: a test or a drafter parsed leaves one)
    LIMIT = 256

    def __init__(self, folder: Path | None = None, limit: int = LIMIT) -> None:
        self._folder = folder
        self.limit = limit
        self._memory: dict[str, tuple[str, str]] = {}

    def folder(self) -> Path:
        if self._folder is not None:
            return self._folder
        from packgen.cachedir import user_cache_dir

        return user_cache_dir() / "parsed"

    def _entry(self, kind: str, path: Path) -> Path:
        name = hashlib.blake2b(f"{kind}:{Path(path).absolute()}".encode(), digest_size=16)
        return self.folder() / f"{name.hexdigest()}.json"

    @staticmethod
    def _digest(salt: bytes, text: str) -> str:
        return hashlib.blake2b(salt + b"\0" + text.encode("utf-8"), digest_size=20).hexdigest()

    def recall(self, kind: str, path: Path, text: str, salt: bytes) -> Any | None:
        """The payload kept for this text of `path`, or None (a new copy at each call)."""
        digest = self._digest(salt, text)
        entry = self._entry(kind, path)
        kept = self._memory.get(str(entry))
        if kept is None or kept[0] != digest:
            try:
                kept = (digest, entry.read_text(encoding="utf-8"))
            except OSError:
                return None
        try:
            stored = json.loads(kept[1])
            if stored["digest"] != digest:
                return None
            payload = stored["payload"]
        except (ValueError, KeyError, TypeError):
            return None
        self._memory[str(entry)] = kept
        return payload

    def keep(self, kind: str, path: Path, text: str, salt: bytes, payload: Any) -> None:
        """Remember `payload` (plain JSON data) for this text of `path`."""
        digest = self._digest(salt, text)
        try:
            saved = json.dumps({"digest": digest, "payload": payload})
            if json.loads(saved)["payload"] != payload:
                return  # not plain JSON data (NaN): parsed again next time
        except (TypeError, ValueError):
            return
        entry = self._entry(kind, path)
        self._memory[str(entry)] = (digest, saved)
        if cachedir.keep(entry, saved.encode("utf-8")):
            self._prune(entry)

    def _prune(self, written: Path) -> None:
        """Down to 3/4 of the limit when past it: the oldest go, never the entry just written."""
        if sum(1 for _ in written.parent.glob("*.json")) > self.limit:
            cachedir.prune(written.parent, self.limit * 3 // 4, spare=written)


def code_salt(module_file: str, *versions: str) -> bytes:
    """A module's own source and the versions of what it parses with: a memo's salt."""
    return Path(module_file).read_bytes() + "\0".join(versions).encode()


@cache
def _yaml_salt() -> bytes:
    import ruamel.yaml

    return code_salt(__file__, ruamel.yaml.__version__)


MEMO = ParseMemo()


def read_text(path: Path) -> str:
    """The UTF-8 text of `path`, within the size limit; anything else is an InputError."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_BYTES:
        raise InputError(path, f"file too large ({len(raw)} bytes, limit {MAX_BYTES})")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(path, "not UTF-8 text", line=line) from None


def _refuse_unsafe_tokens(yaml: YAML, text: str, path: Path) -> None:
    # Tags could name constructors and aliases can blow up in size: refuse both before loading.
    depth = 0
    previous = None
    for token in yaml.scan(text):
        line = token.start_mark.line + 1
        # a merge key copies another mapping in, as an alias does (and hides its lines)
        if isinstance(previous, KeyToken) and _is_merge_key(token):
            raise InputError(path, "YAML merge keys (<<) are not allowed", line=line)
        previous = token
        if isinstance(token, TagToken):
            handle, suffix = token.value
            raise InputError(path, f"YAML tags are not allowed ({handle or ''}{suffix})", line=line)
        if isinstance(token, AnchorToken | AliasToken):
            raise InputError(path, "YAML anchors and aliases are not allowed", line=line)
        if isinstance(token, _OPENERS):
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(path, f"nested deeper than {MAX_DEPTH} levels", line=line)
        elif isinstance(token, _CLOSERS):
            depth -= 1


def _is_merge_key(token: object) -> bool:
    return isinstance(token, ScalarToken) and token.plain and token.value == "<<"


def _marked_error(path: Path, exc: MarkedYAMLError) -> InputError:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    problem = exc.problem or exc.context or "invalid YAML"
    if "duplicate key" in problem:
        key = problem.split('"')[1] if '"' in problem else ""
        return InputError(path, f"duplicate key '{key}'", line=line)
    return InputError(path, f"invalid YAML: {problem}", line=line)


def _plain(node: Any, loc: Loc, lines: dict[Loc, int]) -> Any:
    if isinstance(node, CommentedMap):
        out = {}
        for key in node:
            lines[(*loc, str(key))] = node.lc.key(key)[0] + 1
            out[str(key)] = _plain(node[key], (*loc, str(key)), lines)
        return out
    if isinstance(node, CommentedSeq):
        out_list = []
        for index, item in enumerate(node):
            lines[(*loc, index)] = node.lc.item(index)[0] + 1
            out_list.append(_plain(item, (*loc, index), lines))
        return out_list
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, str):
        return str(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    return node


# Validation against a pydantic model: every YAML file becomes a model here, with one
# rule for naming the file, line and field of the first error.
M = TypeVar("M", bound=BaseModel)


def format_loc(loc: Loc) -> str:
    """('agenda', 2, 'topics', 0) -> 'agenda[2].topics[0]'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_model(path: Path, model: type[M], shape: str) -> M:
    """`path` loaded by `load_yaml` and validated as `model` (see `validate_mapping`)."""
    return validate_mapping(load_yaml(path), model, shape)


def validate_mapping(loaded: LoadedYaml, model: type[M], shape: str) -> M:
    """`loaded` validated as `model`; not a mapping, or the first invalid field, is an InputError.

    `shape` says what the file should look like, for a file that is not a mapping at all.
    """
    if not isinstance(loaded.data, dict):
        raise InputError(loaded.path, shape, line=1)
    try:
        return model.model_validate(loaded.data)
    except ValidationError as exc:
        raise _first_error(loaded, exc) from None


def _first_error(loaded: LoadedYaml, exc: ValidationError) -> InputError:
    errors = exc.errors()
    error = min(errors, key=lambda e: loaded.line_of(_data_loc(e["loc"], loaded.data)) or 0)
    loc = _data_loc(error["loc"], loaded.data)
    message = _message(error)
    where = format_loc(loc)
    return InputError(
        loaded.path, f"{where}: {message}" if where else message, line=loaded.line_of(loc)
    )


def _data_loc(loc: tuple, data: Any) -> Loc:
    # pydantic adds union branch and validator names ("list[str]", "function-before[...]").
    parts = [p for p in loc if isinstance(p, int) or not re.search(r"[\[\]-]", str(p))]
    # A scalar the model expands ("dates: 21 June 2023" -> dates.start) is named as written.
    node = data
    for depth, part in enumerate(parts):
        if not isinstance(node, dict | list):
            return tuple(parts[:depth])
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    return tuple(parts)


def _message(error: dict) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "missing":
        return "required field missing"
    message = str(error["msg"])
    message = message.removeprefix("Value error, ")
    if kind == "literal_error":
        return f"{message}, got '{error.get('input')}'"
    return message
