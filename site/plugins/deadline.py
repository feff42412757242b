"""A time limit for every request, whatever it runs: past it the visitor gets a 503, at once.

Why: Datasette's ``sql_time_limit_ms`` interrupts one SQL statement between virtual-machine
steps. A request may run several statements, wait for one of Datasette's three SQL threads
behind other requests, and render a page; over a catalog of large pages, three searches at
once made a 28 ms page take 70 s, and of 190 requests 152 had no answer in 120 s.

Each HTTP request gets ``sql_time_limit_ms`` + ``MARGIN_MS`` from its arrival until its response
starts (1.3 s in the public profile). At most ``ACTIVE`` requests are worked on at once; the
others wait for a turn within their own time. A request whose response has not started when
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
#: time a started response may take to finish sending
STREAM_SECONDS = 60.0
BUSY = (b"The server is busy or this page asks for too much: it was not ready within its "
        b"time limit. Try again in a moment, or ask for fewer rows.\n")

_turns: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # event loop → Semaphore


def _turn() -> asyncio.Semaphore:
    loop = asyncio.get_running_loop()
    if loop not in _turns:
        _turns[loop] = asyncio.Semaphore(ACTIVE)
    return _turns[loop]


@hookimpl
def handle_exception(datasette, request, exception):
    """SQLite out of its heap limit (catalog/publish/bounds.py, Python's MemoryError): the
    server is short of memory for now, so 503 and try again, not a 500."""
    if isinstance(exception, MemoryError):
        return Response.text(BUSY.decode(), status=503, headers={"retry-after": "2"})
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

                    async with _turn():
                        await app(scope, receive, send_marking_start)
            except TimeoutError:
                if not limit.expired():
                    raise  # not ours
                if started:
                    return  # a stream past STREAM_SECONDS: it ends where it is
                await send({"type": "http.response.start", "status": 503, "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"), (b"retry-after", b"2"),
                    (b"cache-control", b"no-store")]})
                await send({"type": "http.response.body", "body": BUSY})

        return limited_app

    return wrap
