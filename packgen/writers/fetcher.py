"""URL in, resource out, for WeasyPrint: only data: URLs and files inside the allowed folders."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from packgen.writers.confine import ConfinementError, confined_file, layers

with warnings.catch_warnings():
    # WeasyPrint warns at import when the system lacks libharfbuzz-subset (it then
    # subsets fonts with fontTools): a packaging notice, not a problem of the document.
    warnings.filterwarnings("ignore", message="HarfBuzz-Subset", category=DeprecationWarning)
    from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse


class RefusedURLError(FatalURLFetchingError):
    """A URL the safe fetcher will not open; fatal so that the rendering stops."""


class SafeURLFetcher(URLFetcher):
    """Opens data: URLs, and file: URLs under `allowed_dirs`; refuses everything else.

    No network, no redirects, and a refused or missing resource stops the
    rendering instead of silently leaving a hole in the PDF.
    """

    def __init__(self, allowed_dirs: Iterable[Path]) -> None:
        super().__init__(
            timeout=5,
            allowed_protocols=("data", "file"),
            allow_redirects=False,
            fail_on_errors=True,
        )
        self.layers = layers(allowed_dirs)  # each confined to its own real location

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = self.allowed_path(url)
            return URLFetcherResponse(url, body=path.read_bytes())
        raise RefusedURLError(f"refused URL (only data: and template files allowed): {url}")

    def allowed_path(self, url: str) -> Path:
        """The local file a file: URL names, when it lies inside an allowed folder."""
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise RefusedURLError(f"refused remote file URL: {url}")
        try:
            path = confined_file(Path(url2pathname(unquote(parts.path))), self.layers)
        except ConfinementError:  # outside every layer, or a link out of its own
            raise RefusedURLError(
                f"refused file outside the template and style folders: {url}"
            ) from None
        if not path.is_file():
            raise RefusedURLError(f"file not found: {url}")
        return path
