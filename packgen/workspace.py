"""Workspace: a folder's packgen.yaml in, the user's corpus, outputs, cache, topics and layers out.

A workspace is the user's own folder of briefs, outcomes, topics, Presidency
sets and template overrides, marked by a `packgen.yaml` at its top. Commands
find it as git and MkDocs do, by walking up from the current folder; the
`--workspace DIR` option and the `PACKGEN_WORKSPACE` variable name it
explicitly. Outside a workspace the bundled defaults serve, so `packgen build`
still builds the bundled example. Nothing here writes: `packgen init` does
(packgen.init_workspace).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from packgen.errors import InputError
from packgen.eudates import known_language

WORKSPACE_FILE = "packgen.yaml"
ENV_VAR = "PACKGEN_WORKSPACE"
SPEC_SUFFIXES = (".yaml", ".yml")


class WorkspaceConfig(BaseModel):
    """The fields of packgen.yaml; every path is relative to the workspace folder."""

    model_config = ConfigDict(extra="forbid")

    corpus: list[str] = Field(
        default_factory=lambda: ["corpus"],
        description="folders, files or globs of outcome files a brief draws on when it names none",
    )
    topics: str = Field(default="topics.yaml", description="the topic taxonomy briefs use")
    briefs: str = Field(default="briefs", description="the brief specs `packgen build` builds")
    output: str = Field(default="output", description="where builds write (unless --out)")
    language: str = Field(default="en", description="language of a brief that names none")
    cache: str | None = Field(
        default=".cache",
        description="corpus parse cache (null: the user cache folder; PACKGEN_CACHE and "
        "--cache take precedence)",
    )
    presidencies: str = Field(
        default="presidencies",
        description="the Presidency sets, one folder per set (`packgen presidency new`)",
    )
    templates: str = Field(default="templates", description="template overrides")
    styles: str = Field(default="styles", description="style overrides (brief.css, reference.docx)")

    @field_validator("language")
    @classmethod
    def known_language(cls, value: str) -> str:
        return known_language(value)


@dataclass(frozen=True)
class Workspace:
    """A found workspace: its folder and its validated packgen.yaml."""

    root: Path
    config: WorkspaceConfig

    def path(self, relative: str) -> Path:
        return (self.root / relative).resolve()

    @property
    def config_file(self) -> Path:
        return self.root / WORKSPACE_FILE

    def corpus_patterns(self) -> list[Path]:
        return [self.path(p) for p in self.config.corpus]

    @property
    def topics_file(self) -> Path:
        return self.path(self.config.topics)

    @property
    def briefs_dir(self) -> Path:
        return self.path(self.config.briefs)

    @property
    def output_dir(self) -> Path:
        return self.path(self.config.output)

    @property
    def cache_dir(self) -> Path | None:
        return self.path(self.config.cache) if self.config.cache is not None else None

    @property
    def presidencies_dir(self) -> Path:
        return self.path(self.config.presidencies)

    @property
    def templates_dir(self) -> Path:
        return self.path(self.config.templates)

    @property
    def styles_dir(self) -> Path:
        return self.path(self.config.styles)


def load_workspace(root: Path) -> Workspace:
    """The workspace whose packgen.yaml is in `root`; a bad file is one InputError with its line."""
    root = Path(root).resolve()
    config_file = root / WORKSPACE_FILE
    if not config_file.is_file():
        raise InputError(
            root, f"not a packgen workspace (no {WORKSPACE_FILE}); create one with `packgen init`"
        )
    stat = config_file.stat()
    return _load(root, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load(root: Path, mtime_ns: int, size: int) -> Workspace:
    """One read per version of packgen.yaml (a build asks for the workspace several times)."""
    # imported here: every command selects a workspace, few of them read one
    from packgen.yamlload import load_yaml, validate_mapping

    loaded = load_yaml(root / WORKSPACE_FILE)
    if loaded.data is None:  # an empty packgen.yaml: every default
        return Workspace(root, WorkspaceConfig())
    shape = "packgen.yaml is a YAML mapping (corpus: ..., output: ...)"
    return Workspace(root, validate_mapping(loaded, WorkspaceConfig, shape))


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` holding a packgen.yaml, or None."""
    start = Path(start).resolve()
    for folder in [start, *start.parents]:
        if (folder / WORKSPACE_FILE).is_file():
            return folder
    return None


_selected: Path | None = None


def select(root: Path | None) -> None:
    """Use the workspace in `root` from now on (the CLI's --workspace); None forgets it."""
    global _selected
    _selected = Path(root).resolve() if root is not None else None


def current(cwd: Path | None = None) -> Workspace | None:
    """The workspace in effect: --workspace, else $PACKGEN_WORKSPACE, else the nearest packgen.yaml.

    A workspace named explicitly must exist (a typo must not fall back to the
    defaults); None when no workspace is in effect.
    """
    explicit = _selected or (Path(os.environ[ENV_VAR]) if os.environ.get(ENV_VAR) else None)
    if explicit is not None:
        return load_workspace(explicit)
    found = find_root(cwd if cwd is not None else Path.cwd())
    return load_workspace(found) if found is not None else None


def elsewhere(spec: Path) -> str | None:
    """A warning when `spec` lies in a workspace other than the one in effect, else None.

    The workspace comes from the current folder (or --workspace), not from the spec:
    building ~/team/briefs/x.yaml from another folder would quietly use other
    defaults (corpus, topics, Presidency sets).
    """
    own = find_root(Path(spec).parent)
    if own is None:
        return None
    in_effect = current()
    if in_effect is not None and in_effect.root == own:
        return None
    used = f"the workspace {in_effect.root}" if in_effect else "no workspace (bundled defaults)"
    return (
        f"{spec}: lies in the workspace {own} but packgen runs in {used}, so the corpus, "
        f"topics and Presidency sets of {own} do not apply; run packgen there or pass "
        f"--workspace {own}"
    )


def list_specs(workspace: Workspace) -> list[Path]:
    """The brief and pack specs of a workspace: the YAML files directly in its briefs folder.

    Sorted by name; for tools that show or watch a workspace (e.g. `packgen serve`).
    """
    folder = workspace.briefs_dir
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in SPEC_SUFFIXES and p.is_file())
