"""A served target (SPEC file, folder, or nothing) in, the served root and its specs and packs out.

`served_root` is the one place that decides which folder `packgen serve` serves; when
workspaces (`packgen.yaml`) exist it is the function to ask the workspace module.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from packgen.errors import InputError

#: folders under the root that never hold specs (generated output, template sets, caches)
SKIPPED_DIRS = frozenset(
    {"output", "templates", "styles", "presidencies", "corpus", "node_modules", "__pycache__"}
)
MAX_DEPTH = 3
MAX_ENTRIES = 200


@dataclass(frozen=True)
class Entry:
    """One spec or pack the server can preview; `id` is its path relative to the root."""

    id: str
    path: Path
    kind: str  # "brief" or "pack"


def served_root(target: Path | None) -> tuple[Path, Path | None]:
    """The folder to serve and the spec to open first.

    A file: its folder, and that file. A folder: itself. Nothing: the workspace in effect
    (packgen.yaml found upwards, --workspace or PACKGEN_WORKSPACE), else the current folder
    when it holds specs, otherwise the bundled examples (as `packgen build` with no SPEC).
    """
    if target is None:
        from packgen import workspace

        found = workspace.current()
        if found is not None:
            return found.root.resolve(), None
        cwd = Path.cwd()
        if list_entries(cwd):
            return cwd.resolve(), None
        from packgen.build import DEFAULT_EXAMPLE

        return DEFAULT_EXAMPLE.parent.resolve(), DEFAULT_EXAMPLE.resolve()
    if target.is_file():
        if target.suffix.lower() not in (".yaml", ".yml"):
            raise InputError(target, "not a YAML spec (serve a .yaml brief, a pack or a folder)")
        return target.resolve().parent, target.resolve()
    if target.is_dir():
        return target.resolve(), None
    raise InputError(target, "no such file or folder")


def entry_kind(path: Path) -> str | None:
    """'pack' for a pack YAML, 'brief' for a brief spec, None for any other YAML."""
    from packgen.yamlload import load_yaml

    try:
        data = load_yaml(path).data
    except InputError:
        # a spec being edited may be broken right now: still list it as what its name says
        return "brief"
    if not isinstance(data, dict):
        return "brief"
    if "pack" in data:
        return "pack"
    return "brief" if "kind" in data or "agenda" in data else None


def list_entries(root: Path) -> list[Entry]:
    """Specs and packs under `root` (a few levels deep, hidden and generated folders skipped)."""
    root = root.resolve()
    found: list[Entry] = []
    for path in _yaml_files(root, 0):
        kind = entry_kind(path)
        if kind is not None:
            found.append(Entry(path.relative_to(root).as_posix(), path, kind))
        if len(found) >= MAX_ENTRIES:
            break
    return found


def _yaml_files(folder: Path, depth: int) -> list[Path]:
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return []
    out: list[Path] = []
    for child in children:
        if child.name.startswith("."):
            continue
        # a symlink may lead out of the served folder: only real files and folders inside count
        if child.is_symlink():
            continue
        if child.is_file() and child.suffix.lower() in (".yaml", ".yml"):
            out.append(child)
        elif child.is_dir() and depth < MAX_DEPTH and child.name not in SKIPPED_DIRS:
            out += _yaml_files(child, depth + 1)
    return out
