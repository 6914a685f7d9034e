"""A listening socket in, a running uvicorn server out, until Ctrl-C or SIGTERM."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from pathlib import Path

import uvicorn

from packgen.serve.app import create_app
from packgen.serve.hub import Hub

#: open event streams are ended at once on shutdown; this only bounds a stuck request
GRACEFUL_SECONDS = 2


class _Server(uvicorn.Server):
    """uvicorn's server, ending the event streams as soon as a stop is asked for."""

    def __init__(self, config: uvicorn.Config, hub: Hub, on_ready: Callable[[], None] | None):
        super().__init__(config)
        self.hub = hub
        self.on_ready = on_ready
        self.loop: asyncio.AbstractEventLoop | None = None

    async def startup(self, sockets=None) -> None:
        self.loop = asyncio.get_running_loop()
        await super().startup(sockets=sockets)
        if self.on_ready is not None and self.started:
            self.on_ready()

    def handle_exit(self, sig, frame) -> None:
        if self.loop is not None:
            self.loop.call_soon_threadsafe(self.hub.shutdown_streams)
        super().handle_exit(sig, frame)


def run(
    root: Path,
    selected: Path | None,
    sock: socket.socket,
    host: str,
    cache_dir: Path | None = None,
    out_dir: Path | None = None,
    on_ready: Callable[[], None] | None = None,
) -> None:
    """Serve `root` on `sock` until interrupted; the hub's temporary files are removed after."""
    hub = Hub(root, selected, cache_dir=cache_dir, out_dir=out_dir)
    config = uvicorn.Config(
        create_app(hub, host),
        log_level="warning",
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=GRACEFUL_SECONDS,
        server_header=False,
    )
    try:
        _Server(config, hub, on_ready).run(sockets=[sock])
    finally:
        sock.close()
