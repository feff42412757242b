"""The polite fetcher as a plain blocking call, for a process that fetches one page at a time.

Why: a reader process (``catalog.run.reader_process``) fetches a page and then reads it, one
page after the other. Running ``PoliteClient`` there meant an event loop turn, a task, a
semaphore and an ``asyncio.timeout`` for every page, on top of ``httpx.AsyncClient``: 2.5 ms
of CPU to fetch a 200 KB page from nginx on loopback, more than a quarter of reading it. The
same plan (``PoliteCore``: robots.txt, retries and their backoff, same-host redirects, the
page budget, size caps, decoding) driven by blocking calls on httpx's sync transport costs
about a third of that.

The only difference in behaviour is how a response that never finishes is stopped. The event
loop cancels it at ``total_timeout`` wherever it is. Here each read is bounded by the read
timeout (no more than what is left of the exchange's time), and the exchange's deadline is
checked between body chunks, so a server that stalls or drips its body is cut as before; a
server that drips its *headers* a byte at a time is stopped by the caller instead (the reader
pool kills a reader over its fetch budget).
"""

from __future__ import annotations

import time
from typing import Any, TypeVar

import httpx

from scrapers.fetch.http import Exchange, FetchResult, Plan, PoliteCore, Send, Sleep, url_origin
from scrapers.fetch.robots import RobotsPolicy

_T = TypeVar("_T")


class BlockingClient(PoliteCore):
    """``PoliteCore``'s plans run with blocking calls on one keep-alive connection (use it as a
    context manager). Same options and ``stats`` as ``PoliteClient``; ``concurrency`` is 1 by
    nature, and the rate limit, if any, is slept out."""

    def __init__(self, base_url: str, **options: Any) -> None:
        super().__init__(base_url, **{**options, "concurrency": 1})
        self._transport: httpx.HTTPTransport | None = None

    def __enter__(self) -> BlockingClient:
        self._transport = httpx.HTTPTransport(verify=self.tls_context(), trust_env=False,
                                              limits=self._limits())
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._transport is not None:
            self._transport.close()
            self._transport = None

    def robots(self, url: str | None = None) -> RobotsPolicy:
        """The robots policy of the base host, fetched on first use."""
        if url_origin(url or self.base_url) != self._origin:
            raise ValueError(f"not the base host: {url!r}")
        if self._host not in self._robots:
            self._keep_robots(self._run(self._plan_robots()))
        return self._robots[self._host]

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: tuple[str, ...] | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """``PoliteClient.fetch``, blocking."""
        self._require_transport()
        started = time.monotonic()
        accept, max_bytes = self._fetch_args(accept, max_bytes)
        result = self._run(self._plan_fetch(url, etag, last_modified, accept, max_bytes))
        return self._record(result, started)

    # ------------------------------------------------------------------ the driver

    def _require_transport(self) -> httpx.HTTPTransport:
        if self._transport is None:
            raise RuntimeError("BlockingClient must be used as 'with BlockingClient(...)'")
        return self._transport

    def _run(self, plan: Plan[_T]) -> _T:
        """Run a plan to its end, doing each step it asks for."""
        reply: Any = None
        while True:
            try:
                step = plan.send(reply)
            except StopIteration as done:
                return done.value
            if type(step) is Send:
                reply = self._exchange(step)
            elif type(step) is Sleep:
                time.sleep(step.seconds)
                reply = None
            else:
                reply = self.robots()

    def _exchange(self, send: Send) -> Exchange:
        """One request; its deadline checked between the body's chunks."""
        transport = self._require_transport()
        exchange = Exchange()
        delay = self._limiter.reserve(self._host)
        if delay > 0:
            time.sleep(delay)
        limit = self._begin(send)
        deadline = time.monotonic() + limit
        try:
            if limit <= 0:
                raise TimeoutError
            response = transport.handle_request(
                self._request(send, read_timeout=min(self.timeout, limit)))
            try:
                self._answered(exchange, response)
                if self._classify_head(exchange, send):
                    body = self._body_reader(exchange, send)
                    if body.wanted:
                        for raw in response.stream:
                            if not body.feed(raw):
                                break
                            if time.monotonic() > deadline:
                                raise TimeoutError
                        else:
                            body.finish()
            finally:
                response.close()
        except Exception as exc:
            if isinstance(exc, httpx.TimeoutException) and time.monotonic() >= deadline:
                # the read was cut short to end at the deadline: the deadline is what ran out
                exc = TimeoutError()
            self._failed(exchange, exc, limit, send)
        if exchange.error is not None:
            exchange.body = None
        return exchange
