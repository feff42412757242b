"""What a reader process does for a large scrape: fetch one page and read it, in one go.

Why the fetch happens here and not on the event loop: on a 200 KB page httpx spends about as
much CPU as the reader does, and handing the body across a pipe costs about as much again. With
both on the event loop, the loop's one core was the scrape's ceiling however many reader
processes there were. Here each reader process fetches with its own connection and returns
only what the store needs (the HTTP facts, a digest and the normalized record), so the event
loop keeps just the parts that must be serial: the schedule, the rate limit, robots.txt and
SQLite.

Manners stay with the parent. Before a page is handed over, the parent's ``PoliteClient``
checks robots.txt and takes the page's slot from the per-host rate limiter
(``PoliteClient.take_turn``). The process's own client adds no rate limit of its own, keeps
the same size caps, timeouts, same-host redirect rule and retries (which honour
``Retry-After``: a process that is told to wait, waits, and so takes no new page meanwhile),
and fetches robots.txt once itself, so a redirect is checked against it too. It is the
blocking driver of the same plan (``scrapers.fetch.blocking``): a process that fetches one
page at a time has no use for an event loop, which cost more CPU per page than the fetch.
"""

from __future__ import annotations

import hashlib
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from catalog.run.reading import PageOutcome, for_the_store, read_and_normalize
from scrapers.fetch.blocking import BlockingClient
from scrapers.fetch.http import FetchResult
from scrapers.sources.registry import DEFAULT_SOURCE, source_named
from scrapers.sources.source import Source, load_source

# the one client of this process, made by ``start`` (the pool's initializer)
_client: BlockingClient | None = None
_source: Source | None = None  # the source whose pages this reader reads
_host_aliases: tuple[str, ...] = ()  # the run's alias hosts, for the links' one spelling


@dataclass
class FetchedPage:
    """A fetch (``fetch``: its ``FetchResult`` without the body, which does not cross the
    pipe), the body's digest, and the reading when one was needed (None when the fetch failed,
    the body is not text, or its digest is unchanged)."""

    fetch: FetchResult
    is_text: bool = False  # the body was readable text (``FetchResult.is_text`` before dropping it)
    digest: str | None = None
    outcome: PageOutcome | None = None
    stats: dict[str, int] = field(default_factory=dict)
    body: bytes | None = None  # only when fetched in the scrape's own process, to read there

    @classmethod
    def of(cls, result: FetchResult, keep_body: bool = False) -> FetchedPage:
        """The facts of ``result``, with its body's SHA-256 when it is readable text."""
        page = cls(fetch=replace(result, body=None), is_text=result.is_text)
        if result.ok and result.is_text and result.body is not None:
            page.digest = hashlib.sha256(result.body).hexdigest()
            if keep_body:
                page.body = result.body
        return page

    @classmethod
    def refused(cls, url: str, reason: str) -> FetchedPage:
        """A request never sent (robots.txt, another host): its reason as the fetch's error."""
        return cls(fetch=FetchResult(url=url, final_url=url, error=reason))


def start(client_options: dict[str, Any], source_module: str | None = None,
          host_aliases: tuple[str, ...] = ()) -> None:
    """Pool initializer: one client (one keep-alive connection) for the life of the process,
    the source (by its module: only strings cross the pipe) whose pages it reads, and the
    run's alias hosts (links found on a page leave in their canonical spelling)."""
    global _client, _source, _host_aliases
    _source = load_source(source_module) if source_module else source_named(DEFAULT_SOURCE)
    _host_aliases = tuple(host_aliases)
    _client = BlockingClient(**{**client_options, "requests_per_second": 0}).__enter__()


def fetch_and_read(fetch_url: str, url: str, etag: str | None, last_modified: str | None,
                   known_digest: str | None, today: date | None,
                   on_reading: Callable[[], None] | None = None) -> FetchedPage:
    """Fetch ``fetch_url`` (conditionally, given ``etag``/``last_modified``) and read it as
    the page ``url``, unless its body hashes to ``known_digest``. ``on_reading`` is called
    between the two, when a reading follows (the parent then times the reading apart)."""
    if _client is None:
        raise RuntimeError("reader_process.start() has not run in this process")
    before = dict(_client.stats)
    result = _client.fetch(fetch_url, etag=etag, last_modified=last_modified)
    page = FetchedPage.of(result)
    page.stats = {k: v - before.get(k, 0) for k, v in _client.stats.items()}
    if page.digest is not None and page.digest != known_digest:
        if on_reading is not None:
            on_reading()
        page.outcome = _read(result.body or b"", url, today, result.content_type)
    return page


def _read(body: bytes, url: str, today: date | None, content_type: str | None) -> PageOutcome:
    """Read a page, as the scrape wants it back (``reading.for_the_store``)."""
    outcome = read_and_normalize(body, url, today, content_type, source=_source)
    assert _source is not None, "reader_process.start() has not run in this process"
    return for_the_store(outcome, _source, _host_aliases)


#: the slots of the clock a reader shares with the parent (``reader_pool``): the job it works
#: on, and when it started reading that job's page (0.0 while it fetches)
CLOCK_JOB, CLOCK_READING = 0, 1


def serve(conn: Any, client_options: dict[str, Any], source_module: str | None = None,
          host_aliases: tuple[str, ...] = (), clock: Any = None) -> None:
    """A reader's life (``catalog.run.reader_pool``): take work from the pipe, answer, repeat,
    until the pipe closes. The next job may already wait in the pipe while this one runs; the
    shared ``clock`` says which job is being worked on and since when it is being read, so the
    parent holds each to its own budget. Ctrl-C is the parent's to handle: the terminal sends
    it to the whole process group, and the parent kills its readers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    start(client_options, source_module, host_aliases)
    clock = clock if clock is not None else [0.0, 0.0]

    def reading_starts() -> None:
        clock[CLOCK_READING] = time.monotonic()

    while True:
        try:
            seq, op, args = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        clock[CLOCK_READING] = 0.0  # first, so the parent never sees the last job's time
        clock[CLOCK_JOB] = seq
        try:
            if op == "fetch_and_read":
                answer = fetch_and_read(*args, on_reading=reading_starts)
            else:
                answer = _read(*args)
        except Exception as exc:  # a reader bug on one page fails that page, not the run
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
            continue
        conn.send(("done", answer))
