"""Live preview: a served folder in, a local web page of paged previews that follows saved files out.

roots (what is served) -> preview (spec -> PDF pages as images + text) -> hub (warm state,
watcher, events) -> app (Starlette routes) -> server (uvicorn on a loopback socket).
"""
