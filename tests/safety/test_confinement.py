"""Class 5 of issue 10: a spec folder's own templates and styles cannot read local files.

Every layer is read through a loader and a fetcher confined to its real location:
Jinja2 include/import/extends, the stylesheet itself, CSS url() and @import and
attachments. A link inside the layer that leads out of it, or a layer folder that is
itself such a link, stops the build with one line and exit 2; sandbox escapes too.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from packgen import bundled
from tests.safety.helpers import brief, files_in, packgen

SECRET = "CONFINEMENT-CANARY-7f3a"
BASE_TEMPLATE = (bundled.templates_dir() / "html" / "document.html.j2").read_text(encoding="utf-8")
BASE_CSS = (bundled.styles_dir() / "brief.css").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


def spec_folder(tmp_path: Path) -> Path:
    """A LIMITE brief over the bundled corpus, and a secret file outside its folder."""
    folder = tmp_path / "spec"
    (folder / "templates" / "html").mkdir(parents=True)
    (folder / "styles").mkdir()
    (folder / "brief.yaml").write_text(brief("LIMITE"), encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.html").write_text(f"<p>{SECRET}</p>", encoding="utf-8")
    (outside / "secret.css").write_text(f'body::after {{ content: "{SECRET}" }}', encoding="utf-8")
    (outside / "macros.j2").write_text(f"{{% macro x() %}}{SECRET}{{% endmacro %}}", "utf-8")
    return folder


def with_template(folder: Path, statement: str) -> None:
    """The base HTML skeleton with `statement` right after <body>."""
    text = BASE_TEMPLATE.replace(
        '<body class="{{ doc.kind }}">', f'<body class="{{{{ doc.kind }}}}">{statement}', 1
    )
    (folder / "templates" / "html" / "document.html.j2").write_text(text, encoding="utf-8")


def build(folder: Path, cache: Path, formats: str = "pdf"):
    return packgen(folder, cache, "build", "brief.yaml", "--out", "out", "--format", formats)


def assert_refused_in_one_line(result, folder: Path, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("packgen: ")
    for word in words:
        assert word in line, line
    assert files_in(folder / "out") == []


TEMPLATE_ESCAPES = {
    "include": ('{% include "leak.html" %}', "leak.html", "secret.html"),
    "import": ('{% import "leak.j2" as m %}{{ m.x() }}', "leak.j2", "macros.j2"),
    "from-import": ('{% from "leak.j2" import x %}{{ x() }}', "leak.j2", "macros.j2"),
    "nested-folder": ('{% include "parts/leak.html" %}', "parts/leak.html", "secret.html"),
}


@pytest.mark.parametrize("case", TEMPLATE_ESCAPES.values(), ids=TEMPLATE_ESCAPES.keys())
def test_class_5_a_link_in_the_template_folder_is_never_followed_out(tmp_path, cache, case):
    statement, link, target = case
    folder = spec_folder(tmp_path)
    with_template(folder, statement)
    (folder / "templates" / link).parent.mkdir(parents=True, exist_ok=True)
    (folder / "templates" / link).symlink_to(tmp_path / "outside" / target)
    result = build(folder, cache, "html")
    assert_refused_in_one_line(result, folder, "outside its folder", link.rsplit("/", 1)[-1])


def test_class_5_an_extends_through_a_link_is_refused(tmp_path, cache):
    folder = spec_folder(tmp_path)
    (folder / "templates" / "html" / "document.html.j2").write_text(
        '{% extends "html/base.j2" %}', encoding="utf-8"
    )
    (folder / "templates" / "html" / "base.j2").symlink_to(tmp_path / "outside" / "secret.html")
    assert_refused_in_one_line(build(folder, cache, "html"), folder, "outside its folder")


def test_class_5_a_template_folder_that_is_a_link_out_is_refused(tmp_path, cache):
    folder = spec_folder(tmp_path)
    (folder / "templates" / "html").rmdir()
    (folder / "templates").rmdir()
    (folder / "templates").symlink_to(tmp_path / "outside")
    result = build(folder, cache, "html")
    assert_refused_in_one_line(result, folder, "folder is a link")


STYLE_ESCAPES = {
    "stylesheet is a link": (None, "brief.css", "secret.css"),
    "@import": ('@import "{styles}/more.css";\n', "more.css", "secret.css"),
    "url() image": ("body {{ background: url({styles}/bg.png) }}\n", "bg.png", "secret.html"),
    "font": (
        "@font-face {{ font-family: x; src: url({styles}/f.ttf) }} p {{ font-family: x }}\n",
        "f.ttf",
        "secret.css",
    ),
}


@pytest.mark.parametrize("case", STYLE_ESCAPES.values(), ids=STYLE_ESCAPES.keys())
def test_class_5_styles_reach_no_file_outside_their_folder(tmp_path, cache, case):
    css, link, target = case
    folder = spec_folder(tmp_path)
    (folder / "templates" / "html").rmdir()
    if css is not None:
        styles = f"file://{folder / 'styles'}"  # the styles layer's own URL: allowed as such
        (folder / "styles" / "brief.css").write_text(
            css.format(styles=styles) + BASE_CSS, encoding="utf-8"
        )
    (folder / "styles" / link).symlink_to(tmp_path / "outside" / target)
    result = build(folder, cache)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert "outside" in result.stderr
    assert files_in(folder / "out") == []


def test_class_5_an_attachment_through_a_link_is_refused(tmp_path, cache):
    folder = spec_folder(tmp_path)
    with_template(folder, '<a rel="attachment" href="notes.txt">notes</a>')
    (folder / "templates" / "notes.txt").symlink_to(tmp_path / "outside" / "secret.html")
    result = build(folder, cache)
    assert result.returncode == 2, result.stderr
    assert "refused file outside the template and style folders" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert files_in(folder / "out") == []


def test_class_5_a_file_inside_the_layer_still_works(tmp_path, cache):
    folder = spec_folder(tmp_path)
    (folder / "templates" / "note.html").write_text("<p>Desk note kept in the layer</p>", "utf-8")
    with_template(folder, '{% include "note.html" %}')
    result = build(folder, cache)
    assert result.returncode == 0, result.stderr
    with pikepdf.open(folder / "out" / "brief.pdf") as pdf:
        assert len(pdf.pages) >= 1
    html = packgen(folder, cache, "build", "brief.yaml", "--out", "html", "--format", "html")
    assert "Desk note kept in the layer" in (folder / "html" / "brief.html").read_text()
    assert html.returncode == 0


SANDBOX_ESCAPES = [
    "{{ doc.__class__.__mro__[1].__subclasses__() }}",
    "{{ ''.__class__.__base__.__subclasses__() }}",
    "{{ doc.model_config.__init__.__globals__ }}",
    "{{ safe_href.__globals__ }}",
]


@pytest.mark.parametrize("statement", SANDBOX_ESCAPES)
def test_class_5_sandbox_escapes_are_one_line_exit_2(tmp_path, cache, statement):
    folder = spec_folder(tmp_path)
    with_template(folder, statement)
    result = build(folder, cache, "html")
    assert_refused_in_one_line(result, folder, "template refused")
