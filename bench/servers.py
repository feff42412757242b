"""A static web server for the synthetic site: Debian's nginx when present, else Python's.

nginx serves the files with sendfile, ETags and Last-Modified, so the server is never what a
scrape waits for. Without nginx (a machine where the bench's set-up could not install it, the
smoke test) ``scrapers.fetch.localserver.serve_directory`` serves the same files.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from scrapers.fetch.localserver import serve_directory


def nginx_binary() -> str | None:
    found = shutil.which("nginx")
    if found:
        return found
    return "/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_CONF = """\
{user}worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type application/octet-stream;
    types {{ text/html html; application/xml xml; text/plain txt; application/gzip gz; }}
    charset utf-8;
    charset_types text/html application/xml text/plain;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    absolute_redirect off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        index index.html;
        location / {{ try_files $uri $uri/ =404; }}
    }}
}}
"""


@contextmanager
def serve_nginx(root: Path) -> Iterator[str]:
    binary = nginx_binary()
    if binary is None:
        raise RuntimeError("nginx is not installed (bash bench/setup.sh installs it)")
    tmp = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    port = _free_port()
    user = "user root;\n" if os.geteuid() == 0 else ""
    (tmp / "nginx.conf").write_text(_CONF.format(user=user, tmp=tmp, port=port,
                                                 root=root.resolve()))
    proc = subprocess.Popen([binary, "-p", str(tmp), "-c", str(tmp / "nginx.conf"),
                             "-e", str(tmp / "error.log")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if proc.poll() is not None:
                raise RuntimeError(f"nginx did not start: {proc.stderr.read().decode()}")
            try:
                httpx.get(url + "/robots.txt", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def serve(root: Path, prefer_nginx: bool = True) -> Iterator[tuple[str, str]]:
    """(base URL, server name) of a static server of ``root`` on 127.0.0.1."""
    if prefer_nginx and nginx_binary():
        with serve_nginx(root) as url:
            yield url, "nginx"
    else:
        with serve_directory(root) as url:
            yield url, "python-threading"
