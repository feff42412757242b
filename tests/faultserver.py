"""A misbehaving HTTP server on 127.0.0.1 for testing the polite client.

It speaks HTTP/1.1 by hand over asyncio streams so it can fail the way real servers and
networks do: stall, reset the TCP connection (SO_LINGER 0) mid-headers or mid-body, promise a
Content-Length it never delivers, stream forever.  It runs its own event loop in a daemon
thread, so it serves sync and async tests alike and a busy client loop cannot slow it.

Each path has a script of ``Fault`` answers: the n-th request to the path gets the n-th
fault, and the last one repeats.  Every request is recorded (method, path, headers) so tests
can assert what the server saw, and the server tracks how many requests were in flight at
once.  Unknown paths answer 404.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import socket
import struct
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

__all__ = ["Fault", "FaultServer", "SeenRequest", "fault_server"]

LAST_MODIFIED = "Wed, 01 Jan 2025 00:00:00 GMT"
# Bounds on the endless responses, so a client bug cannot make a test server run away.
_ENDLESS_MAX_BYTES = 64_000_000
_ENDLESS_MAX_SECONDS = 10.0
_HOST = "127.0.0.1"
DEFAULT_BODY = b"<!doctype html><html><body><p>ok</p></body></html>"


def slow_page(paragraphs: int = 25_000) -> bytes:
    """3.5 MB of size and price sentences: seconds of reading (about 9 s on this machine),
    for a page that overruns its reader's budget."""
    para = "".join(f"<p>The model supports a context window of {i} tokens and costs $ "
                   f"{i % 9}.5 per million input tokens, output $ {i % 5}/M.</p>"
                   for i in range(paragraphs))
    return f"<html><body><h1>Slow</h1><p>Input:$2/M</p>{para}</body></html>".encode()


@dataclass
class Fault:
    """One scripted answer.  ``action`` picks the misbehaviour:

    respond          a normal response (optionally after ``delay`` seconds, optionally chunked)
    close            close the connection without answering
    reset_headers    send half a status line/headers, then reset (RST) the connection
    reset_body       send headers and half the body, then reset the connection
    truncate         declare ``Content-Length`` larger than the body, send the body, close
    endless_chunked  chunked body that never ends (bounded by size/time caps)
    trickle          chunked body, one small chunk every ``trickle_interval`` seconds, forever
    """

    status: int = 200
    body: bytes = DEFAULT_BODY
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    validators: bool = True  # send ETag/Last-Modified and answer 304 to matching conditionals
    etag: str | None = None  # default: derived from the body
    last_modified: str = LAST_MODIFIED
    delay: float = 0.0
    action: str = "respond"
    chunked: bool = False
    content_length: int | None = None  # override the declared length (truncate)
    trickle_interval: float = 0.05

    @property
    def effective_etag(self) -> str:
        return self.etag or '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'

    @classmethod
    def page(cls, body: bytes | str = DEFAULT_BODY, **kwargs: object) -> Fault:
        data = body.encode() if isinstance(body, str) else body
        return cls(body=data, **kwargs)  # type: ignore[arg-type]

    @classmethod
    def error(cls, status: int, retry_after: str | None = None) -> Fault:
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        return cls(status=status, body=f"error {status}".encode(), validators=False,
                   content_type="text/plain", headers=headers)

    @classmethod
    def robots(cls, text: str) -> Fault:
        return cls(body=text.encode(), content_type="text/plain; charset=utf-8")

    @classmethod
    def xml(cls, data: bytes, *, gzipped: bool = False) -> Fault:
        """A sitemap; ``gzipped`` compresses it and serves it as application/gzip."""
        if gzipped:
            return cls(body=gzip.compress(data), content_type="application/gzip")
        return cls(body=data, content_type="application/xml")

    @classmethod
    def encoded(cls, html: str, encoding: str, *, declare: str = "header") -> Fault:
        """An HTML page in a legacy encoding, declared in the header or only in the body."""
        content_type = f"text/html; charset={encoding}" if declare == "header" else "text/html"
        return cls(body=html.encode(encoding), content_type=content_type)

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Fault:
        return cls(status=status, body=b"", validators=False, content_type=None,
                   headers={"Location": location})


@dataclass
class SeenRequest:
    method: str
    target: str
    path: str
    headers: dict[str, str]  # lower-cased names
    at: float  # time.monotonic() when the request head was read


class FaultServer:
    """Start with ``start()`` (or as a context manager); ``base_url`` is ``http://127.0.0.1:P``."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Fault]] = {}
        self.requests: list[SeenRequest] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fault-server",
                                        daemon=True)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    # ------------------------------------------------------------------ control

    @property
    def base_url(self) -> str:
        return f"http://{_HOST}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def route(self, path: str, *faults: Fault) -> None:
        """Script the answers for ``path`` (exact target, or path without query)."""
        self.routes[path] = list(faults) or [Fault()]

    def seen(self, path: str | None = None) -> list[SeenRequest]:
        with self._lock:
            return [r for r in self.requests if path is None or r.path == path]

    def count(self, path: str) -> int:
        return len(self.seen(path))

    def start(self) -> FaultServer:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, _HOST, 0), self._loop
        )
        self._server = future.result(timeout=5)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ serving

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            request = await self._read_request(reader)
            if request is None:
                return
            fault = self._pick(request)
            with self._lock:
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                await self._answer(fault, request, writer)
            finally:
                with self._lock:
                    self.in_flight -= 1
        except (ConnectionError, ValueError, asyncio.IncompleteReadError,
                asyncio.LimitOverrunError):
            pass  # the client went away, or sent something that is not HTTP
        except asyncio.CancelledError:
            # Shutdown.  Finishing normally keeps asyncio's stream callback (3.11) from
            # logging the cancellation as an unhandled error.
            writer.transport.abort()
        finally:
            self._tasks.discard(task)
            if not writer.transport.is_closing():
                writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _read_request(self, reader: asyncio.StreamReader) -> SeenRequest | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        request = SeenRequest(method=method, target=target,
                              path=urllib.parse.urlsplit(target).path,
                              headers=headers, at=time.monotonic())
        with self._lock:
            self.requests.append(request)
        return request

    def _pick(self, request: SeenRequest) -> Fault:
        key = request.target if request.target in self.routes else request.path
        script = self.routes.get(key)
        if script is None:
            return Fault(status=404, body=b"not found", content_type="text/plain",
                         validators=False)
        index = sum(1 for r in self.seen() if (r.target == key or r.path == key)) - 1
        return script[min(index, len(script) - 1)]

    async def _answer(self, fault: Fault, request: SeenRequest, writer: asyncio.StreamWriter
                      ) -> None:
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if fault.action == "close":
            return
        if fault.action == "reset_headers":
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Ty")
            await writer.drain()
            await asyncio.sleep(0.05)
            _reset(writer)
            return
        status, body, headers = self._status_body_headers(fault, request)
        if fault.action in ("endless_chunked", "trickle") or fault.chunked:
            headers["Transfer-Encoding"] = "chunked"
        elif fault.action == "truncate":
            headers["Content-Length"] = str(fault.content_length or len(body) + 1000)
        else:
            headers["Content-Length"] = str(
                fault.content_length if fault.content_length is not None else len(body)
            )
        writer.write(_head(status, headers))
        if request.method == "HEAD" or status == 304:
            await writer.drain()
            return
        if fault.action == "reset_body":
            writer.write(body[: len(body) // 2])
            await writer.drain()
            await asyncio.sleep(0.1)  # let the client read headers before the RST
            _reset(writer)
        elif fault.action == "endless_chunked":
            await _stream_chunks(writer, b"x" * 65536, interval=0.0)
        elif fault.action == "trickle":
            await _stream_chunks(writer, b"<!-- trickle -->", interval=fault.trickle_interval)
        elif fault.chunked:
            for start in range(0, len(body), 1024):
                writer.write(_chunk(body[start:start + 1024]))
            writer.write(b"0\r\n\r\n")
        else:
            writer.write(body)
        await writer.drain()

    def _status_body_headers(self, fault: Fault, request: SeenRequest
                             ) -> tuple[int, bytes, dict[str, str]]:
        headers: dict[str, str] = {"Connection": "close", "Server": "faultserver"}
        if fault.content_type is not None:
            headers["Content-Type"] = fault.content_type
        status, body = fault.status, fault.body
        if fault.validators and status == 200:
            etag = fault.effective_etag
            headers["ETag"] = etag
            headers["Last-Modified"] = fault.last_modified
            inm = request.headers.get("if-none-match")
            ims = request.headers.get("if-modified-since")
            if (inm is not None and etag in [t.strip() for t in inm.split(",")]) or (
                inm is None and ims == fault.last_modified
            ):
                status, body = 304, b""
                headers.pop("Content-Type", None)
        headers.update(fault.headers)
        return status, body, headers


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} Status"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


async def _stream_chunks(writer: asyncio.StreamWriter, data: bytes, interval: float) -> None:
    """Write chunks until the client goes away or the safety caps are reached."""
    sent, started = 0, time.monotonic()
    while sent < _ENDLESS_MAX_BYTES and time.monotonic() - started < _ENDLESS_MAX_SECONDS:
        writer.write(_chunk(data))
        await writer.drain()
        sent += len(data)
        if writer.transport.is_closing():
            return
        await asyncio.sleep(interval)


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with SO_LINGER 0, so the peer gets a TCP RST instead of a clean FIN."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A started FaultServer, stopped after the test."""
    with FaultServer() as server:
        yield server
