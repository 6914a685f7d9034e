"""Text reader: markdown noise stripped, paragraphs and tab-separated header lines kept."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packgen.errors import InputError
from packgen.readers import read_blocks
from packgen.readers.text import read_text


def test_header_block_of_003(seed_003: Path) -> None:
    blocks = read_blocks(seed_003)
    assert blocks[0].text == "Council of the\nEuropean Union"
    assert blocks[1].text == "Brussels, 29 June 2017\n(OR. en)"
    assert blocks[2].text == "10483/17"
    assert blocks[3].text == "LIMITE" and blocks[3].bold
    assert blocks[4].text.split("\n")[:2] == ["JAIEX 45", "RELEX 558"]
    assert blocks[5].kind == "heading" and blocks[5].text == "OUTCOME OF PROCEEDINGS"
    assert blocks[6].kind == "rule"
    assert blocks[7].text.split("\n")[2] == "No. prev. doc.:\t10084/17"


def test_italic_run_in_headings_of_004(seed_004: Path) -> None:
    italics = [b.italic[0] for b in read_blocks(seed_004) if b.italic]
    assert italics[:3] == [
        "Security threats stemming from the war",
        "Support to people fleeing the war in Ukraine",
        "Enforcement of sanctions and confiscation of assets",
    ]


def test_no_markdown_noise_left(seed_002: Path) -> None:
    for block in read_blocks(seed_002):
        assert "**" not in block.text
        assert not block.text.startswith("#")


def test_binary_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="binary"):
        read_blocks(path)


def test_empty_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_blocks(path)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_never_crashes(text: str) -> None:
    with contextlib.suppress(InputError):
        read_text(text.encode("utf-8", errors="surrogatepass"), Path("fuzz.txt"))
