"""SafeURLFetcher: data: URLs and files inside the allowed folders only; everything else fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from packgen.writers.fetcher import RefusedURLError, SafeURLFetcher


@pytest.fixture
def fetcher(tmp_path: Path) -> SafeURLFetcher:
    (tmp_path / "logo.svg").write_text("<svg/>")
    return SafeURLFetcher([tmp_path])


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://example.com/logo.png",
        "https://example.com/logo.png",
        "ftp://example.com/x",
        "file://remote.host/share/x.css",
    ],
)
def test_refuses(fetcher: SafeURLFetcher, url: str):
    with pytest.raises(RefusedURLError):
        fetcher.fetch(url)


def test_refuses_escape_by_dot_dot(fetcher: SafeURLFetcher, tmp_path: Path):
    with pytest.raises(RefusedURLError, match="outside"):
        fetcher.fetch(f"file://{tmp_path}/../../etc/passwd")


def test_refuses_missing_file_inside(fetcher: SafeURLFetcher, tmp_path: Path):
    with pytest.raises(RefusedURLError, match="not found"):
        fetcher.fetch(f"file://{tmp_path}/missing.css")


def test_allows_data_url(fetcher: SafeURLFetcher):
    response = fetcher.fetch("data:text/plain;base64,SGVsbG8=")
    assert response.read() == b"Hello"


def test_allows_file_inside(fetcher: SafeURLFetcher, tmp_path: Path):
    assert fetcher.fetch(f"file://{tmp_path}/logo.svg").read() == b"<svg/>"


def test_refusal_is_fatal_for_weasyprint():
    from weasyprint.urls import FatalURLFetchingError

    assert issubclass(RefusedURLError, FatalURLFetchingError)
