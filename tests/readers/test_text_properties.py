"""Text reader properties: any bytes give clean blocks or an InputError, never another exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from packgen.blocks import SourceBlock
from packgen.errors import InputError
from packgen.readers.text import read_text

FUZZ = Path("fuzz.txt")

# Text that looks like an outcome file: markdown noise, tabs, blank lines, odd spaces.
outcome_like = st.lists(
    st.sampled_from(
        [
            "Council of the",
            "**LIMITE**",
            "#### **OUTCOME OF PROCEEDINGS**",
            "---",
            "From:\tGeneral Secretariat",
            "1. Counter-terrorism",
            "a) Visa reciprocity",
            "On *Information sharing*, both sides agreed.",
            "*",
            "**",
            "#",
            "",
            " ",
            "\t",
            "\u00a0",
            "\r",
            "<u>underlined</u>",
        ]
    )
    | st.text(max_size=40),
    max_size=30,
).map("\n".join)


def check_blocks(blocks: list[SourceBlock]) -> None:
    assert isinstance(blocks, list)
    for block in blocks:
        assert isinstance(block, SourceBlock)
        assert block.kind in {"paragraph", "heading", "rule", "row"}
        assert "\r" not in block.text
        assert block.text == block.text.strip()
        if block.kind == "rule":
            assert block.text == ""
        else:
            assert block.text
            assert "\n\n" not in block.text  # no empty line inside a paragraph
        assert all(isinstance(span, str) and span for span in block.italic)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
@example(b"\x00")
@example(b"\xff\xfe\xfd" * 50)
@example("**LIMITE**\r\n\r\n---\r\n".encode("utf-16"))
def test_any_bytes_give_blocks_or_an_input_error(data: bytes) -> None:
    try:
        blocks = read_text(data, FUZZ)
    except InputError as error:
        assert str(error).startswith("fuzz.txt: ")
        assert "\n" not in str(error)
        return
    check_blocks(blocks)


@settings(max_examples=300, deadline=None)
@given(outcome_like)
@example("**JAIEX 45  \nUSA 37**\n\n## **1. Counter-terrorism**")
def test_outcome_like_text_gives_clean_blocks(text: str) -> None:
    try:
        blocks = read_text(text.encode("utf-8", errors="surrogatepass"), FUZZ)
    except InputError as error:
        # only NUL bytes (binary) or undecodable input may be refused
        assert "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text), error
        return
    check_blocks(blocks)
    for block in blocks:
        assert "**" not in block.text  # bold markers never reach the text


def test_a_markup_only_line_leaves_no_empty_line() -> None:
    blocks = read_text(b"Council of the\n**\nEuropean Union", FUZZ)
    assert [b.text for b in blocks] == ["Council of the\nEuropean Union"]
