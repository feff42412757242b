"""A time limit for every request, whatever it runs: past it the visitor gets a 503, at once.

Why: Datasette's ``sql_time_limit_ms`` interrupts one SQL statement between virtual-machine
steps. A request may run several statements, wait for one of Datasette's three SQL threads
behind other requests, and render a page; without a limit per request, three searches at
once over a catalog of large pages make a 28 ms page take 70 s, and of 190 requests 152 have
no answer in 120 s.

Each HTTP request gets ``sql_time_limit_ms`` + ``MARGIN_MS`` from its arrival until its response
starts (1.3 s in the public profile). At most ``ACTIVE`` requests are worked on at once; up to
``WAITING`` others wait for a turn within their own time, and one that arrives when as many
are waiting is answered 503 at once (a burst of 200 requests costs the server 30 of them, not
200 held open to their time limit). A request whose response has not started when
its time is up is cancelled (its statements still queued for a SQL thread are dropped; one
already running ends at its own SQL time limit) and answered ``503 Service Unavailable`` with
``Retry-After``. A response that has started (a CSV being streamed) gets ``STREAM_SECONDS``
more.
"""

from __future__ import annotations

import asyncio
import weakref

from datasette import hookimpl
from datasette.utils.asgi import Response

#: time a request may take beyond Datasette's SQL time limit before its response starts
MARGIN_MS = 300
#: requests worked on at once (the rest wait for a turn, within their time)
ACTIVE = 6
#: requests that may wait for a turn; more are answered 503 at once
WAITING = 24
#: time a started response may take to finish sending
STREAM_SECONDS = 60.0
LATE = (b"The server is busy or this page asks for too much: it was not ready within its "
        b"time limit. Try again in a moment, or ask for fewer rows.\n")
FULL = b"The server is busy: too many requests are waiting. Try again in a moment.\n"
SHORT = (b"This page needs more memory than SQLite may take now (its heap limit). Try again in "
         b"a moment, or ask for less.\n")


class Turns:
    """Turns to be worked on: ACTIVE at once, WAITING in line at most."""

    def __init__(self) -> None:
        self.slots = asyncio.Semaphore(ACTIVE)
        self.waiting = 0

    def full(self) -> bool:
        return self.slots.locked() and self.waiting >= WAITING


_turns: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # event loop → Turns


def _line() -> Turns:
    loop = asyncio.get_running_loop()
    if loop not in _turns:
        _turns[loop] = Turns()
    return _turns[loop]


async def _busy(send, text: bytes) -> None:
    await send({"type": "http.response.start", "status": 503, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), (b"retry-after", b"2"),
        (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": text})


@hookimpl
def handle_exception(datasette, request, exception):
    """SQLite out of its heap limit (catalog/publish/bounds.py, Python's MemoryError): the
    server is short of memory for now, so 503 and try again, not a 500."""
    if isinstance(exception, MemoryError):
        return Response.text(SHORT.decode(), status=503, headers={"retry-after": "2"})
    return None


def time_limit_s(datasette) -> float:
    """The time a request of this server may take before its response starts."""
    return (datasette.setting("sql_time_limit_ms") + MARGIN_MS) / 1000


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def limited_app(scope, receive, send):
            if scope.get("type") != "http":
                await app(scope, receive, send)
                return
            line = _line()
            if line.full():
                await _busy(send, FULL)
                return
            loop = asyncio.get_running_loop()
            started = False
            try:
                async with asyncio.timeout(time_limit_s(datasette)) as limit:

                    async def send_marking_start(message):
                        nonlocal started
                        if message["type"] == "http.response.start" and not started:
                            started = True
                            limit.reschedule(loop.time() + STREAM_SECONDS)
                        await send(message)

                    line.waiting += 1
                    try:
                        await line.slots.acquire()
                    finally:
                        line.waiting -= 1
                    try:
                        await app(scope, receive, send_marking_start)
                    finally:
                        line.slots.release()
            except TimeoutError:
                if not limit.expired():
                    raise  # not ours
                if started:
                    return  # a stream past STREAM_SECONDS: it ends where it is
                await _busy(send, LATE)

        return limited_app

    return wrap
