"""`packgen init`: a folder in, a new workspace's files out (existing files are never touched).

The workspace gets packgen.yaml, the brief JSON Schema, one example brief whose
first line points editors at that schema, the sample outcomes as a starting
corpus, a copy of the bundled topics.yaml to edit, and empty template and
style override folders with a README. Everything is planned in memory first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from packgen import bundled
from packgen.workspace import WORKSPACE_FILE

SCHEMA_FILE = "brief.schema.json"
EXAMPLE_BRIEF = "2023-06-21_eu-us-jha-ministerial-stockholm.yaml"

CONFIG_TEXT = """\
# packgen workspace: every packgen command run in this folder or below uses it.
# Paths are relative to this file. Written by `packgen init`; edit freely.
corpus:                      # outcome files a brief draws on when it names no `corpus:`
  - corpus
topics: topics.yaml          # topic taxonomy (a copy of the bundled one)
briefs: briefs               # `packgen build` with no SPEC builds every spec here
output: output               # where builds write, unless --out
language: en                 # language of a brief that names none
cache: .cache                # corpus parse cache (null: the user cache folder)
presidencies: presidencies   # Presidency sets, from `packgen presidency new`
templates: templates         # template overrides (see templates/README.md)
styles: styles               # style overrides (see styles/README.md)
"""

TEMPLATES_README = """\
# Template overrides

Put a template here under the name packgen uses to override it for every brief
of this workspace, e.g. `steering-note/document.j2` or `html/document.html.j2`.
Start from a copy of the bundled one: `python -c "import packgen.bundled as b;
print(b.templates_dir())"` prints where they are installed.

Templates are searched in layers, the first layer that has the file wins: the
spec's own folder (`<spec folder>/templates/`), the Presidency set of the brief's
semester (`presidencies/<id>/`), this folder, then packgen's own templates.
"""

STYLES_README = """\
# Style overrides

`brief.css` here is added after packgen's own stylesheet, so it needs only the
rules it changes. A `reference.docx` here replaces packgen's Word styles for
every brief of this workspace (keep the style names; see packgen's
`styles/README.md`).

Styles are searched in layers, the first layer that has the file wins: the
spec's own folder (`<spec folder>/styles/`), the Presidency set of the brief's
semester (`presidencies/<id>/`), this folder, then packgen's own styles.
"""

GITIGNORE = "/output/\n/.cache/\n"


@dataclass
class InitReport:
    """What `init_workspace` did: files created, existing files left as they were."""

    root: Path
    created: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def schema_text() -> str:
    """What `packgen schema` prints, as written into the workspace."""
    from packgen.spec import json_schema

    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def example_brief_text() -> str:
    """The bundled Stockholm brief, led by the yaml-language-server line for editors."""
    text = (bundled.examples_dir() / EXAMPLE_BRIEF).read_text(encoding="utf-8")
    body = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))
    # the bundled brief names its corpus beside it; in a workspace the outcomes are in corpus/
    body = body.replace("../outcomes/", "../corpus/")
    return (
        f"# yaml-language-server: $schema=../{SCHEMA_FILE}\n"
        "# An example background brief; `packgen build` builds every spec in this folder.\n"
        "# `packgen check` lints a spec; `packgen schema` documents every field.\n" + body
    )


def planned_files() -> dict[str, bytes]:
    """Every file of a new workspace (path relative to it -> bytes)."""
    files = {
        WORKSPACE_FILE: CONFIG_TEXT.encode(),
        SCHEMA_FILE: schema_text().encode(),
        f"briefs/{EXAMPLE_BRIEF}": example_brief_text().encode(),
        "topics.yaml": bundled.topics_file().read_bytes(),
        "templates/README.md": TEMPLATES_README.encode(),
        "styles/README.md": STYLES_README.encode(),
        ".gitignore": GITIGNORE.encode(),
    }
    for outcome in sorted(bundled.outcomes_dir().glob("*.txt")):
        files[f"corpus/{outcome.name}"] = outcome.read_bytes()
    return files


def init_workspace(root: Path) -> InitReport:
    """Create the workspace in `root` (made if missing); files that exist are kept as they are."""
    from packgen.atomic import write_atomic

    root = Path(root)
    report = InitReport(root.resolve())
    for relative, data in planned_files().items():
        target = root / relative
        if target.exists():
            report.kept.append(relative)
            continue
        write_atomic(target, data)
        report.created.append(relative)
    return report
