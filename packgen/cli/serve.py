"""`packgen serve`: a SPEC or folder in, a live preview on a loopback web server out."""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
from pathlib import Path

import click

from packgen.cli.options import cache_option
from packgen.errors import InputError

DEFAULT_HOST = "127.0.0.1"
HOST_ENV = "PACKGEN_SERVE_HOST"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind_host(host: str | None, explicit: bool) -> str:
    """The address to bind: loopback unless a non-loopback one was asked for with --host.

    A host from anywhere else (the environment) must be loopback: the previews carry
    LIMITE text, and a server reachable from the network is a decision made by hand.
    """
    if host is None:
        return DEFAULT_HOST
    if not is_loopback(host) and not explicit:
        raise InputError(
            None,
            f"refusing to serve on {host}: not a loopback address "
            "(give --host on the command line to serve beyond this machine)",
        )
    return host


def open_socket(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: any free port), or a one-line InputError."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise InputError(None, f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


@click.command()
@click.argument("target", required=False, type=click.Path(path_type=Path))
@click.option(
    "--host",
    envvar=HOST_ENV,
    default=None,
    help=f"Address to listen on (default {DEFAULT_HOST}); a non-loopback address only "
    "when given here on the command line.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on (0: any free port).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the preview in the browser.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the DOCX and PDF downloads (default: a temporary folder removed on exit).",
)
@cache_option
@click.pass_context
def serve(
    ctx: click.Context,
    target: Path | None,
    host: str | None,
    port: int,
    open_browser: bool,
    out_dir: Path | None,
    cache_dir: Path | None,
) -> None:
    """Serve a live preview of a brief SPEC, a pack, or every spec in a folder.

    With no TARGET, the current folder when it holds specs, else the bundled example.
    The page shows the pages exactly as the PDF prints them, lists the specs and packs
    of the folder, and offers the DOCX and PDF for download. Saving the spec, a
    template, a style, topics.yaml or a corpus file rebuilds what depends on it and
    reloads the browser. Stop with Ctrl-C.
    """
    from packgen.serve.roots import served_root

    explicit = ctx.get_parameter_source("host") == click.core.ParameterSource.COMMANDLINE
    chosen = bind_host(host, explicit)
    root, selected = served_root(target)
    sock = open_socket(chosen, port)
    # a forked PDF renderer would copy a multi-threaded server: render in this process
    os.environ.setdefault("PACKGEN_PDF_PROCESS", "0")
    actual = sock.getsockname()[1]
    shown = f"[{chosen.strip('[]')}]" if ":" in chosen else chosen
    url = f"http://{shown}:{actual}/"
    if not is_loopback(chosen):
        click.echo(f"packgen: warning: {url} is reachable beyond this machine", err=True)
    click.echo(url)
    sys.stdout.flush()
    click.echo(f"packgen: serving {root} at {url} (Ctrl-C to stop)", err=True)
    from packgen.serve.server import run

    run(root, selected, sock, chosen, cache_dir, out_dir, on_ready=_opener(url, open_browser))


def _opener(url: str, open_browser: bool):
    if not open_browser:
        return None

    def open_page() -> None:
        import webbrowser

        webbrowser.open(url)

    return open_page
