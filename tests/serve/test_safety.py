"""What the server will serve: generated previews and the folder's own assets, on loopback only."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from packgen.cli.serve import bind_host, is_loopback
from packgen.errors import InputError
from packgen.serve.assets import asset_path
from tests.serve.conftest import ROOT, example_text, live_server, save

PNG = b"\x89PNG\r\n\x1a\n" + b"logo of the served folder"
SECRET = b"\x89PNG\r\n\x1a\n" + b"a file outside the served folder"


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("traversal")
    served, outside = base / "served", base / "outside"
    (served / "img").mkdir(parents=True)
    outside.mkdir()
    save(served / "brief.yaml", example_text())
    (served / "img" / "logo.png").write_bytes(PNG)
    (served / ".hidden.png").write_bytes(PNG)
    (outside / "secret.png").write_bytes(SECRET)
    (served / "img" / "inside-link.png").symlink_to(served / "img" / "logo.png")
    (served / "img" / "outside-link.png").symlink_to(outside / "secret.png")
    (served / "out").symlink_to(outside, target_is_directory=True)
    return served, outside


def raw_get(url: str, target: str, host: str | None = None) -> tuple[int, bytes]:
    """One GET with the request target sent byte for byte (no client normalises `..`)."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as conn:
        request = (
            f"GET {target} HTTP/1.1\r\nHost: {host or parts.netloc}\r\nConnection: close\r\n\r\n"
        )
        conn.sendall(request.encode("latin-1"))
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


TRAVERSALS = [
    "/assets/../outside/secret.png",
    "/assets/../../outside/secret.png",
    "/assets/%2e%2e/outside/secret.png",
    "/assets/%2E%2E/%2E%2E/outside/secret.png",
    "/assets/..%2foutside%2fsecret.png",
    "/assets/..%2Foutside%2Fsecret.png",
    "/assets/%2e%2e%2foutside%2fsecret.png",
    "/assets/%252e%252e/outside/secret.png",
    "/assets/..%5coutside%5csecret.png",
    "/assets/img/..%00/secret.png",
    "/assets//etc/passwd",
    "/assets/%2fetc%2fpasswd",
    "/assets/img/outside-link.png",
    "/assets/out/secret.png",
    "/assets/.hidden.png",
    "/assets/brief.yaml",
    "/../outside/secret.png",
    "/static/../../outside/secret.png",
    "/static/%2e%2e%2fapp.py",
    "/page/../../outside/secret.png",
    "/page/..%2f..%2foutside%2fsecret.png",
    "/download?id=../outside/secret.png&format=pdf",
    "/download?id=%2Fetc%2Fpasswd&format=pdf",
    "/api/preview?id=../outside/secret.png",
    "/api/preview?id=/etc/passwd",
    "/etc/passwd",
]


@pytest.fixture(scope="module")
def server(folders, cache):
    served, _ = folders
    with live_server(served, cache=cache) as running:
        yield running


def test_the_folders_own_assets_are_served(server):
    assert raw_get(server.url, "/assets/img/logo.png") == (200, PNG)
    assert raw_get(server.url, "/assets/img/inside-link.png") == (200, PNG)


@pytest.mark.parametrize("target", TRAVERSALS)
def test_traversal_attempts_are_404(server, target):
    status, body = raw_get(server.url, target)
    assert status == 404, (target, status)
    assert b"outside the served folder" not in body and b"root:" not in body


def test_absolute_path_and_unsafe_names_never_resolve(folders):
    served, outside = folders
    assert asset_path(served, "img/logo.png") == (served / "img" / "logo.png").resolve()
    for name in [
        str(outside / "secret.png"),
        "/etc/passwd",
        "img/../../outside/secret.png",
        "img/./logo.png",
        "img//logo.png",
        "img\\logo.png",
        "C:/Windows/win.ini",
        "img/logo.png\x00.png",
        "img/outside-link.png",
        "out/secret.png",
        ".hidden.png",
        "brief.yaml",
        "",
    ]:
        assert asset_path(served, name) is None, name


def test_requests_for_another_host_name_are_refused(server):
    # a page elsewhere reaching this server through DNS rebinding names its own host
    status, _ = raw_get(server.url, "/api/preview", host="attacker.example:8000")
    assert status == 400
    status, _ = raw_get(server.url, "/api/entries", host="localhost")
    assert status == 200


def test_preview_responses_carry_a_strict_content_policy(server):
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as conn:
        conn.sendall(
            f"GET / HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n\r\n".encode()
        )
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head = data.partition(b"\r\n\r\n")[0].decode().lower()
    assert "content-security-policy: default-src 'none'; script-src 'self'" in head
    assert "x-content-type-options: nosniff" in head


def test_default_bind_is_loopback_and_other_addresses_need_an_explicit_host():
    assert bind_host(None, explicit=False) == "127.0.0.1"
    assert bind_host("127.0.0.1", explicit=False) == "127.0.0.1"
    assert bind_host("::1", explicit=False) == "::1"
    assert bind_host("localhost", explicit=False) == "localhost"
    for address in ("0.0.0.0", "192.0.2.10", "::", "example.org"):
        with pytest.raises(InputError, match="not a loopback address"):
            bind_host(address, explicit=False)
        assert bind_host(address, explicit=True) == address
    assert is_loopback("127.8.9.10") and not is_loopback("10.0.0.1")


def test_a_non_loopback_host_from_the_environment_is_refused(tmp_path):
    save(tmp_path / "brief.yaml", example_text())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKGEN_SERVE_HOST": "0.0.0.0"}
    result = subprocess.run(
        [sys.executable, "-m", "packgen", "serve", str(tmp_path), "--port", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "packgen: refusing to serve on 0.0.0.0: not a loopback address "
        "(give --host on the command line to serve beyond this machine)\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.yaml"], "missing.yaml: no such file or folder"),
        (["notes.txt"], "notes.txt: not a YAML spec (serve a .yaml brief, a pack or a folder)"),
    ],
)
def test_bad_targets_are_one_line_errors(tmp_path, args, message):
    (tmp_path / "notes.txt").write_text("not a spec", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "packgen", "serve", *args, "--port", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr == f"packgen: {message}\n"
