"""build_reference_docx: the named styles, deterministic bytes, and the committed copy is current."""

from __future__ import annotations

from pathlib import Path

import docx

from packgen import bundled
from packgen.writers.reference import (
    PARAGRAPH_STYLES,
    build_reference_docx,
    main,
    reference_docx_bytes,
)


def test_committed_reference_is_regenerated():
    committed = bundled.styles_dir() / "reference.docx"
    assert committed.read_bytes() == reference_docx_bytes()


def test_styles_and_properties(tmp_path: Path):
    out = build_reference_docx(tmp_path / "ref.docx", accent="#123456", font="DejaVu Serif")
    document = docx.Document(str(out))
    names = {s.name for s in document.styles}
    assert set(PARAGRAPH_STYLES) <= names
    assert document.styles["Normal"].font.name == "DejaVu Serif"
    assert str(document.styles["Council Letterhead"].font.color.rgb) == "123456"
    assert document.styles["Council Marking"].font.bold is True
    for level in (1, 2, 3, 4):  # the stock template's blue, theme-font headings are gone
        heading = document.styles[f"Heading {level}"]
        assert (heading.font.name, str(heading.font.color.rgb)) == ("DejaVu Serif", "000000")
    assert document.paragraphs == []
    assert document.core_properties.author == "packgen"


def test_cli_writes_the_file(tmp_path: Path, capsys):
    assert main([str(tmp_path / "r.docx")]) == 0
    assert (tmp_path / "r.docx").read_bytes() == reference_docx_bytes()
    assert capsys.readouterr().out.strip() == str(tmp_path / "r.docx")
