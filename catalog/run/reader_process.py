"""What a reader process does for the scrape: fetch a page and read it, one page after another.

Every page of every run takes this one path, whatever the run's size. Why the fetch happens
here and not on the scrape's event loop: the scrape's process runs on one core, and fetching a
200 KB page there and handing its body across a pipe doubles what that process spends a page
(about 1.5 → 2.9 ms: bench/RESULTS.md, docs/fetching.md), which would cap a scrape at about 345
pages/s however many readers there were. Here each reader fetches with its own connection and
returns only what the store needs (a ``PageVisit``: the HTTP facts, a digest, the page's rows
and links), so the event
loop keeps just the parts that must be serial: the schedule, the rate limit, robots.txt and
SQLite.

Manners stay with the parent. Before a page is handed over, the parent's ``PoliteClient``
checks robots.txt and takes the page's slot from the per-host rate limiter
(``PoliteClient.take_turn``). The reader's own client is the same ``PoliteClient`` with no
rate limit of its own: the same size caps, timeouts, page budget, same-host redirect rule and
retries (which honour ``Retry-After``: a reader that is told to wait, waits, and so takes no
new page meanwhile); it fetches robots.txt once itself, so a redirect is checked against it too.
"""

from __future__ import annotations

import asyncio
import hashlib
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, NamedTuple

from catalog.run.normalized_page import NormalizedPage, read_and_normalize
from catalog.storage.page_rows import PageRows, page_rows
from scrapers.fetch.http import FetchResult, PoliteClient
from scrapers.fetch.urlnorm import page_url
from scrapers.sources.registry import DEFAULT_SOURCE, source_named
from scrapers.sources.source import Source, load_source


class PageJob(NamedTuple):
    """One page for a reader: where to fetch it, the URL it is read and stored as, what the
    store knows of it (validators for a conditional GET, the digest of its last body) and the
    day its dates are read against."""

    fetch_url: str
    url: str
    etag: str | None
    last_modified: str | None
    known_digest: str | None
    today: date | None


@dataclass(slots=True)
class PageVisit:
    """One page's visit, as a reader hands it back across the pipe: what the fetch found,
    and what reading the body gave the run when it was read.

    ``fetch`` is the ``FetchResult`` without its body (which does not cross the pipe),
    ``digest`` the body's SHA-256 when it is text, ``stats`` the client's counters for this
    page. ``read`` is False when the fetch failed, the body is not text or its digest is
    unchanged; when True, the reading's links and seed links are in their one spelling
    (refused ones dropped), and ``rows`` holds what storing the page's record writes, or is
    None with ``skip_reason`` (not a model page) or ``unreadable`` (a failed reading) saying
    why. Rows and canonical links are work the scrape's single event loop would otherwise do
    for every page, and tuples cross the pipe several times faster than a record."""

    fetch: FetchResult
    is_text: bool = False  # the body was readable text (``FetchResult.is_text`` before dropping it)
    digest: str | None = None
    stats: dict[str, int] = field(default_factory=dict)
    read: bool = False
    rows: PageRows | None = None
    skip_reason: str | None = None
    unreadable: str | None = None
    links: list[str] = field(default_factory=list)
    seed_links: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, result: FetchResult) -> PageVisit:
        """The facts of ``result``, with its body's SHA-256 when it is readable text."""
        visit = cls(fetch=replace(result, body=None), is_text=result.is_text)
        if result.ok and result.is_text and result.body is not None:
            visit.digest = hashlib.sha256(result.body).hexdigest()
        return visit

    @classmethod
    def refused(cls, url: str, reason: str) -> PageVisit:
        """A request never sent (robots.txt, another host): its reason as the fetch's error."""
        return cls(fetch=FetchResult(url=url, final_url=url, error=reason))

    def keep_reading(self, page: NormalizedPage, source: Source,
                     host_aliases: tuple[str, ...] = ()) -> None:
        """Keep what reading the body gave (``page``) as the scrape stores it: its links in
        their one spelling, its record as its rows."""
        normalize, aliases = source.normalize_url, tuple(host_aliases)
        self.read = True
        self.links = [u for u in (page_url(link, normalize, aliases) for link in page.links)
                      if u]
        self.seed_links = [u for u in (page_url(link, normalize, aliases)
                                       for link in page.seed_links) if u]
        self.skip_reason, self.unreadable = page.skip_reason, page.unreadable
        if page.record is not None:
            self.rows = page_rows(page.record)


async def fetch_and_read(client: PoliteClient, source: Source, host_aliases: tuple[str, ...],
                         job: PageJob,
                         on_reading: Callable[[], None] | None = None) -> PageVisit:
    """Fetch ``job.fetch_url`` (conditionally, given its validators) and read it as the page
    ``job.url``, unless its body hashes to ``job.known_digest``. ``on_reading`` is called
    between the two, when a reading follows (the parent then times the reading apart)."""
    before = dict(client.stats)
    result = await client.fetch(job.fetch_url, etag=job.etag, last_modified=job.last_modified)
    visit = PageVisit.of(result)
    visit.stats = {k: v - before.get(k, 0) for k, v in client.stats.items()}
    if visit.digest is not None and visit.digest != job.known_digest:
        if on_reading is not None:
            on_reading()
        visit.keep_reading(read_and_normalize(result.body or b"", job.url, job.today,
                                              result.content_type, source=source),
                           source, host_aliases)
    return visit


#: the slots of the clock a reader shares with the parent (``reader_pool``): the job it works
#: on, and when it started reading that job's page (0.0 while it fetches)
CLOCK_JOB, CLOCK_READING = 0, 1


def serve(conn: Any, client_options: dict[str, Any], source_module: str | None = None,
          host_aliases: tuple[str, ...] = (), clock: Any = None) -> None:
    """A reader's life (``catalog.run.reader_pool``): take a page from the pipe, answer,
    repeat, until the pipe closes. The next page may already wait in the pipe while this one
    runs; the shared ``clock`` says which job is being worked
    on and since when it is being read, so the parent holds each to its own budget. The
    source comes by its module name (only strings cross the pipe). Ctrl-C is the parent's to
    handle: the terminal sends it to the whole process group, and the parent kills its
    readers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    source = load_source(source_module) if source_module else source_named(DEFAULT_SOURCE)
    asyncio.run(_serve(conn, client_options, source, tuple(host_aliases),
                       clock if clock is not None else [0.0, 0.0]))


async def _serve(conn: Any, client_options: dict[str, Any], source: Source,
                 host_aliases: tuple[str, ...], clock: Any) -> None:
    """``serve`` on the reader's event loop: one client (one keep-alive connection) for the
    life of the process. The wait for the next page blocks the loop, which has nothing else
    to do meanwhile: a reader works on one page at a time."""

    def reading_starts() -> None:
        clock[CLOCK_READING] = time.monotonic()

    options = {**client_options, "requests_per_second": 0, "concurrency": 1}
    async with PoliteClient(**options) as client:
        while True:
            try:
                seq, job = conn.recv()
            except (EOFError, OSError, KeyboardInterrupt):
                return
            clock[CLOCK_READING] = 0.0  # first, so the parent never sees the last job's time
            clock[CLOCK_JOB] = seq
            try:
                answer = await fetch_and_read(client, source, host_aliases, job,
                                              on_reading=reading_starts)
            except Exception as exc:  # a reader bug on one page fails that page, not the run
                conn.send(("error", f"{type(exc).__name__}: {exc}"))
                continue
            conn.send(("done", answer))
