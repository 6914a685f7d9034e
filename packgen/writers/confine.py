"""Confined layers: a template or style folder and a name in, a file inside that folder out.

Every layer (the spec's folder, a Presidency set, the base set) is read through
this module: Jinja2's include/import/extends through ConfinedLoader, WeasyPrint's
url(), @import and attachments through the fetcher, stylesheets through
`confined_file`. A path counts as inside a layer only if its real location,
symlinks followed, is inside the layer's real location; a layer folder that is
itself a link out of its parent folder is refused. No WeasyPrint import here: a
DOCX-only build uses it too.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from jinja2 import BaseLoader, Environment, TemplateNotFound
from jinja2.loaders import split_template_path

from packgen.errors import InputError


class ConfinementError(InputError):
    """A template, style or resource whose real location is outside its layer."""


@dataclass(frozen=True)
class Layer:
    """A folder as named (absolute, links kept) and its real location."""

    path: Path
    real: Path


def layer(folder: Path) -> Layer:
    """The layer of `folder`; refused when the folder itself links out of its parent."""
    path = Path(os.path.abspath(folder))
    real = path.resolve()
    parent = path.parent.resolve()
    if path.is_symlink() and not real.is_relative_to(parent):
        raise ConfinementError(path, f"folder is a link to {real}, outside {parent}; refused")
    return Layer(path, real)


def layers(folders: Iterable[Path]) -> list[Layer]:
    out: list[Layer] = []
    for folder in folders:
        found = layer(folder)
        if found not in out:
            out.append(found)
    return out


def confined_file(candidate: Path, within: Iterable[Layer]) -> Path:
    """The real path of `candidate`, which must lie (links followed) in the layer naming it."""
    lexical = Path(os.path.abspath(candidate))
    real = lexical.resolve()
    for found in within:
        if lexical.is_relative_to(found.path) or lexical.is_relative_to(found.real):
            if real.is_relative_to(found.real):
                return real
            raise ConfinementError(
                candidate, f"leads to {real}, outside its folder {found.path}; refused"
            )
    raise ConfinementError(candidate, "outside the template and style folders; refused")


class ConfinedLoader(BaseLoader):
    """Jinja2 templates from layers, most specific first, each confined to its layer.

    `{% include %}`, `{% import %}` and `{% extends %}` all load through here, so a link
    inside a template folder can never pull a local file into the document.
    """

    def __init__(self, folders: Iterable[Path]) -> None:
        self.layers = layers(folders)

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)  # refuses ".." and absolute names
        for found in self.layers:
            candidate = found.path.joinpath(*pieces)
            if not os.path.lexists(candidate):
                continue
            real = confined_file(candidate, [found])
            if not real.is_file():
                continue
            try:
                source = real.read_text(encoding="utf-8")
                mtime = real.stat().st_mtime
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(candidate, f"cannot read template: {exc}") from None
            return source, str(candidate), functools.partial(_unchanged, real, mtime)
        raise TemplateNotFound(template)

    def list_templates(self) -> list[str]:
        names: set[str] = set()
        for found in self.layers:
            for path in found.real.rglob("*"):
                if path.is_file():
                    names.add(path.relative_to(found.real).as_posix())
        return sorted(names)


def _unchanged(path: Path, mtime: float) -> bool:
    try:
        return path.stat().st_mtime == mtime
    except OSError:
        return False
