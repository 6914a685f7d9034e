"""HTTP requests in, previews, page images, downloads and reload events out (a Starlette app).

Routes are a closed list: the page shell and its script, the list of entries, a
preview's JSON, page images by content hash, downloads of the previewed DOCX/PDF,
the event stream, and asset files of the served folder (see assets.asset_path).
Everything else is a 404. Requests must name this machine in their Host header, so a
web page elsewhere cannot read previews through DNS rebinding.
"""

from __future__ import annotations

import contextlib
import re

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route

from packgen import bundled
from packgen.errors import InputError
from packgen.serve.assets import asset_path
from packgen.serve.hub import Hub

STATIC = {
    "preview.js": "text/javascript; charset=utf-8",
    "preview.css": "text/css; charset=utf-8",
    "draft.html": "text/html; charset=utf-8",
    "draft.js": "text/javascript; charset=utf-8",
    "draft.css": "text/css; charset=utf-8",
    "paged.min.js": "text/javascript; charset=utf-8",
}
DOWNLOAD_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_PAGE_KEY = re.compile(r"[0-9a-f]{32}")
#: the page runs only its own script and styles, and talks only to this server
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
#: the frame where Paged.js lays out the first look: Paged.js writes the brief's print CSS
#: into <style> elements, and only the preview page itself may frame it
DRAFT_HEADERS = {
    **SECURITY_HEADERS,
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
    ),
}
LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1", "[::1]"]


def _static(name: str) -> bytes:
    return (bundled.static_dir() / name).read_bytes()


def not_found() -> Response:
    return PlainTextResponse("not found", status_code=404, headers=SECURITY_HEADERS)


def create_app(hub: Hub, host: str = "127.0.0.1") -> Starlette:
    """The application serving `hub`'s previews; `host` is the address the server binds."""

    async def index(request: Request) -> Response:
        return Response(_static("index.html"), media_type="text/html", headers=SECURITY_HEADERS)

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return not_found()
        headers = DRAFT_HEADERS if name == "draft.html" else SECURITY_HEADERS
        return Response(_static(name), media_type=STATIC[name], headers=headers)

    async def entries(request: Request) -> Response:
        listed = [{"id": e.id, "kind": e.kind} for e in hub.entries.values()]
        body = {"root": hub.root.name, "entries": listed, "selected": hub.default_id()}
        return JSONResponse(body, headers=SECURITY_HEADERS)

    async def preview(request: Request) -> Response:
        entry_id = request.query_params.get("id") or hub.default_id()
        if entry_id not in hub.entries:
            return not_found()
        # complete=1: the page shows the first look and waits for the PDF's own pages
        complete = request.query_params.get("complete") == "1"
        shown = await hub.preview(entry_id, viewed=True, complete=complete)
        return JSONResponse(shown.as_json(), headers=SECURITY_HEADERS)

    async def page(request: Request) -> Response:
        key = request.path_params["key"]
        data = hub.previewer.images.get(key) if _PAGE_KEY.fullmatch(key) else None
        if data is None:
            return not_found()
        headers = {**SECURITY_HEADERS, "Cache-Control": "private, max-age=31536000, immutable"}
        return Response(data, media_type="image/png", headers=headers)

    async def download(request: Request) -> Response:
        entry_id = request.query_params.get("id", "")
        fmt = request.query_params.get("format", "")
        if entry_id not in hub.entries or fmt not in DOWNLOAD_TYPES:
            return not_found()
        try:
            path = await hub.download(entry_id, fmt)
        except InputError as exc:
            return PlainTextResponse(str(exc), status_code=409, headers=SECURITY_HEADERS)
        return FileResponse(
            path, media_type=DOWNLOAD_TYPES[fmt], filename=path.name, headers=SECURITY_HEADERS
        )

    async def events(request: Request) -> Response:
        headers = {**SECURITY_HEADERS, "X-Accel-Buffering": "no"}
        return StreamingResponse(hub.stream(), media_type="text/event-stream", headers=headers)

    async def asset(request: Request) -> Response:
        path = asset_path(hub.root, request.path_params["path"])
        if path is None:
            return not_found()
        return FileResponse(path, headers=SECURITY_HEADERS)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        await hub.start()
        try:
            yield
        finally:
            await hub.stop()

    routes = [
        Route("/", index),
        Route("/static/{name}", static),
        Route("/api/entries", entries),
        Route("/api/preview", preview),
        Route("/page/{key}.png", page),
        Route("/download", download),
        Route("/events", events),
        Route("/assets/{path:path}", asset),
    ]
    allowed = list(dict.fromkeys([*LOOPBACK_NAMES, host]))
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=allowed)]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)

    async def missing(request: Request, exc: Exception) -> Response:
        return not_found()

    app.add_exception_handler(404, missing)
    return app
