"""Serve a directory (an offline snapshot of the site) over real HTTP on the loopback.

Scraping a snapshot through a real server, rather than reading files, exercises the same
client code (robots, conditional GET, redirects, decoding) as a live scrape, so the offline
pipeline and tests prove what the online one will do.  The server mimics what the real site
accepts: ``/a/b/`` and ``/a/b`` both answer with ``a/b/index.html``.
"""

from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import Message
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer
from pathlib import Path

__all__ = ["serve_directory", "serving"]

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".gz": "application/gzip",
}


def _content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _TYPES:
        return _TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


class _Forbidden(Exception):
    """The request path tries to leave the served directory."""


def _resolve(root: Path, raw_path: str) -> Path | None:
    """Map a URL path to a file under ``root``; None when missing, _Forbidden on traversal."""
    path = urllib.parse.unquote(urllib.parse.urlsplit(raw_path).path)
    segments = [s for s in path.split("/") if s]
    if any(s in ("..", ".") or "\\" in s or "\x00" in s for s in segments):
        raise _Forbidden(path)
    candidate = root.joinpath(*segments)
    try:  # a name too long for the file system is a missing page, not a dropped connection
        if candidate.is_dir():
            candidate = candidate / "index.html"
        resolved = candidate.resolve()
        if root not in resolved.parents:
            raise _Forbidden(path)  # a symlink pointing outside the snapshot
        return resolved if resolved.is_file() else None
    except (OSError, RuntimeError):
        return None


def _not_modified(headers: Message, etag: str, mtime: int) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since (weak comparison for GET/HEAD)."""
    inm = headers.get("If-None-Match")
    if inm is not None:
        tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
        return "*" in tags or etag in tags
    ims = headers.get("If-Modified-Since")
    if ims:
        try:
            since = email.utils.parsedate_to_datetime(ims)
        except (TypeError, ValueError, IndexError):
            return False
        return mtime <= since.timestamp()
    return False


class _SnapshotHandler(BaseHTTPRequestHandler):
    root: Path  # set on the per-server subclass
    protocol_version = "HTTP/1.1"
    timeout = 30  # idle keep-alive connections must not pin threads forever
    server_version = "comet-catalog-snapshot/0.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests and scrapes would otherwise print a line per request."""

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def _plain(self, status: HTTPStatus, send_body: bool) -> None:
        body = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _serve(self, send_body: bool) -> None:
        try:
            path = _resolve(self.root, self.path)
        except _Forbidden:
            self._plain(HTTPStatus.FORBIDDEN, send_body)
            return
        if path is None:
            self._plain(HTTPStatus.NOT_FOUND, send_body)
            return
        data = path.read_bytes()
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        mtime = int(path.stat().st_mtime)
        last_modified = email.utils.formatdate(mtime, usegmt=True)
        if _not_modified(self.headers, etag, mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", last_modified)
            self.end_headers()
            return
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", _content_type(path))
        self.send_header("Content-Length", str(len(data)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", last_modified)
        self.end_headers()
        if send_body:
            self.wfile.write(data)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up mid-response is normal for a crawler; anything else is not."""
        if isinstance(sys.exception(), ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve_directory(root: Path, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``root`` until the block exits; yields the base URL ``http://HOST:PORT``."""
    handler = type("SnapshotHandler", (_SnapshotHandler,), {"root": Path(root).resolve()})
    with serving(_QuietServer((host, port), handler), name="snapshot-server") as url:
        yield url


@contextmanager
def serving(server: HTTPServer, name: str = "local-server") -> Iterator[str]:
    """Run ``server`` on a thread called ``name`` until the block exits, then close it; yields
    its base URL ``http://HOST:PORT``. The snapshot server and the tests' own servers (another
    handler on the same loop) start and stop the same way."""
    # A short poll interval makes shutdown() (and so every test using this) return quickly.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              name=name, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
