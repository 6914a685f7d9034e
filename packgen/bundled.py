"""Package data in, paths out: the defaults packgen ships (templates, styles, sample seeds).

Everything packgen needs to `init` a workspace and `build` the bundled example
is package data, found with importlib.resources, so an installed wheel works
with no checkout. In a checkout, `packgen/seeds` is a link to the repository's
`seeds/` folder (where the sample corpus is authored); the wheel holds a copy.
These folders are read, never written.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from packgen.errors import InputError


@cache
def package_dir() -> Path:
    """The installed `packgen` folder (a real folder: templates must be readable as files)."""
    root = resources.files("packgen")
    if not isinstance(root, Path):  # e.g. imported from a zip file
        raise InputError(None, f"packgen must be installed as files, not from {root}")
    return root


def templates_dir() -> Path:
    """The default Jinja2 templates (the last layer of every template search)."""
    return package_dir() / "templates"


def styles_dir() -> Path:
    """The default CSS and reference.docx (the last layer of every style search)."""
    return package_dir() / "styles"


def locale_dir() -> Path:
    """The gettext catalogs, one folder per language (packgen.i18n reads them)."""
    return package_dir() / "locale"


def calendar_file() -> Path:
    """The Presidency calendar (packgen.presidency reads it)."""
    return package_dir() / "data" / "presidencies.yaml"


def static_dir() -> Path:
    """The live preview's page, script and stylesheet."""
    return package_dir() / "serve" / "static"


def seeds_dir() -> Path:
    """The sample corpus, topics, example briefs and pack (in a checkout: the real seeds/)."""
    return (package_dir() / "seeds").resolve()


def outcomes_dir() -> Path:
    return seeds_dir() / "outcomes"


def topics_file() -> Path:
    return seeds_dir() / "topics.yaml"


def examples_dir() -> Path:
    return seeds_dir() / "briefs"


def packs_dir() -> Path:
    return seeds_dir() / "packs"


def inside_package(path: Path) -> bool:
    """True when `path` lies in the installed package (or, in a checkout, its seeds)."""
    resolved = Path(path).resolve()
    return any(resolved.is_relative_to(p.resolve()) for p in (package_dir(), seeds_dir()))
