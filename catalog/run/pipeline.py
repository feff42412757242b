"""One scrape run: discover → fetch → read → normalize → store, with a ``runs`` row.

Exit semantics for scheduled jobs: ``complete`` (0), ``partial`` (1: some pages failed, no more
than ``max_failures``, the run's ``deadline`` came first, or discovery was incomplete: a seed of
``catalog.run.seeds`` not read in full, and then no model is marked missing), ``failed`` (2:
nothing committed; the previous catalog stands), ``interrupted`` (130: Ctrl-C or SIGTERM;
nothing committed). The whole run is one transaction, so a crash leaves either the old
catalog or the new one.

Every page, whatever the run's size, is fetched and read by a reader process
(``catalog.run.reader_process``), within ``page_budget`` seconds for the fetch and
``read_budget`` for the reading (``catalog.run.reader_pool``): a page over either is a failed
page with its reason, and the run goes on.

Work is incremental: a page whose sitemap ``lastmod`` did not move is not fetched; a page that
answers 304 or whose bytes hash the same is not parsed; a model none of whose pages changed is
not rewritten. Each page is stored as soon as it is read; what the run keeps grows only by a
hash per queued URL and, per model, where its card is and which models were seen.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
import urllib.parse
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from catalog import __version__, exit_codes
from catalog.meaning.quality import (
    OwnPrices,
    card_mismatches,
    fact_conflicts,
    price_mismatches,
)
from catalog.model.records import Finding, ModelRecord
from catalog.run.reader_pool import ReaderFailed, ReaderPool
from catalog.run.reader_process import PageJob, PageVisit
from catalog.run.seeds import LINKS, SEEDS, Discovery
from catalog.storage import coverage
from catalog.storage.page_rows import CARD_TARGET
from catalog.storage.search_index import ensure_search_index
from catalog.storage.store import PageState, Store, checkpoint_beside
from scrapers.fetch.http import PoliteClient, url_origin
from scrapers.fetch.sitemap import Rebaser, SitemapEntry, iter_entries
from scrapers.fetch.urlnorm import page_url
from scrapers.sources.registry import DEFAULT_SOURCE, source_named
from scrapers.sources.source import PageRef, Source

# discovery waits while this many pages are queued, until the workers bring it down to LOW
QUEUE_HIGH = 2000
QUEUE_LOW = 500
#: pages the listing and alternates found that wait for the sitemaps at most (then queued)
HELD_MAX = 50_000
#: failure reasons that are about reading a page, not fetching it
READ_FAILURES = ("read_budget", "reader_died", "reader_error", "too_deep")
#: the finding of a model a run whose discovery was incomplete did not mark missing
KEPT = "kept_not_missing"
#: what a source's catalog may answer as, and at most how many bytes
CATALOG_TYPES = ("application/json", "text/json", "text/plain", "application/octet-stream")
MAX_CATALOG_BYTES = 5_000_000


@dataclass
class ScrapeOptions:
    """Everything a run needs to know; also stored, as JSON, on its ``runs`` row."""

    base_url: str
    db_path: Path
    locales: tuple[str, ...] = ()
    concurrency: int = 4
    limit: int | None = None
    full: bool = False
    max_failures: int = 50
    requests_per_second: float = 8.0
    timeout: float = 20.0
    max_retries: int = 3
    backoff_base: float = 0.5
    follow_links: bool = True
    # hosts whose URLs are fetched from base_url: only a snapshot's own hosts (``catalog
    # scrape --snapshot``), never for a live --base-url, whose sitemap could otherwise store
    # pages under another site's name
    host_aliases: tuple[str, ...] = ()
    sitemap_url: str | None = None
    max_sitemaps: int = 200             # sitemaps read at most; the rest leave the run partial
    today: date | None = None
    workers: int | None = None          # reader processes; None: one per core; 0: one
    page_budget: float | None = 60.0    # seconds for all attempts at one page
    read_budget: float = 20.0           # seconds a reader may spend on one page
    deadline: float | None = None       # seconds for the whole run; then commit as partial
    # the site read: its URL rules and page reader (scrapers/sources/)
    source: Source = field(default_factory=lambda: source_named(DEFAULT_SOURCE))
    # the lists discovery starts from (catalog.run.seeds): any of sitemap, listing, catalog,
    # alternates
    seeds: tuple[str, ...] = SEEDS
    # where the source's own catalog of models is read (``--catalog-url``); None: the
    # source's, and only when scraping the source's own site (never for another address)
    catalog_url: str | None = None

    def catalog_location(self) -> str | None:
        """The catalog to read, or None: a run of another address (a test server, a mirror)
        reads only a catalog it is given, never the live one."""
        if self.catalog_url is not None:
            return self.catalog_url
        if self.source.catalog_url and not self.host_aliases and (
                url_origin(self.base_url) == url_origin(self.source.base_url)):
            return self.source.catalog_url
        return None

    @property
    def reader_processes(self) -> int:
        """How many reader processes fetch and read the pages: ``workers``, else one per
        core this process may run on; at least one."""
        if self.workers is not None:
            return max(1, self.workers)
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
            os.cpu_count() or 1)
        return max(1, cores)

    def to_json(self) -> dict[str, Any]:
        return {"locales": list(self.locales), "concurrency": self.concurrency,
                "workers": self.reader_processes,
                "limit": self.limit, "full": self.full, "max_failures": self.max_failures,
                "follow_links": self.follow_links, "page_budget": self.page_budget,
                "read_budget": self.read_budget, "deadline": self.deadline,
                "seeds": list(self.seeds)}


@dataclass
class RunResult:
    run_id: int
    status: str
    reason: str | None
    counts: dict[str, int | float] = field(default_factory=dict)
    #: the run failed because of how it was called (a --locale the sitemap does not list)
    bad_usage: bool = False
    #: where the run's time went, by phase in order ("crawl", "finish": merging the models and
    #: committing, "search_index": building it while the WAL is copied into the file), each
    #: that ended: wall seconds and this process's CPU seconds (the readers' are not in it)
    phases: dict[str, dict[str, float]] = field(default_factory=dict)
    #: what each seed contributed and whether it was read (``Discovery.to_json``)
    seeds: dict[str, Any] = field(default_factory=dict)
    #: the coverage report's counts (``catalog.storage.coverage.report``)
    coverage: dict[str, Any] = field(default_factory=dict)
    #: ``Discovery.summary``: pages each seed queued first
    seed_note: str | None = None

    @property
    def exit_code(self) -> int:
        return exit_codes.USAGE if self.bad_usage else exit_codes.BY_RUN_STATUS[self.status]

    def summary(self) -> str:
        c = self.counts
        return (f"run {self.run_id} {self.status}: {c.get('pages_discovered', 0)} pages found, "
                f"{c.get('pages_ok', 0)} read, {c.get('pages_unchanged', 0)} unchanged, "
                f"{c.get('pages_missing', 0)} missing, {c.get('pages_failed', 0)} failed, "
                f"{c.get('pages_skipped', 0)} skipped; {c.get('models_changed', 0)} models and "
                f"{c.get('prices_changed', 0)} prices changed, {c.get('findings_added', 0)} new "
                f"findings in {c.get('duration_s', 0)} s"
                + "".join(f"; {part}" for part in (self.seed_note and f"seeds: {self.seed_note}",
                                                   coverage.summary(self.coverage)) if part)
                + (f" ({self.reason})" if self.reason else ""))


class Visit(StrEnum):
    """What became of one visit to a model page. Each value is the word the progress line,
    the run's counts and the tests use, and a member compares equal to its word."""

    READ = "read"            # read and stored
    UNCHANGED = "unchanged"  # 304, same bytes, or a page whose stored reading stands
    FAILED = "failed"        # a fetch or read failure: the page keeps its earlier data
    SKIPPED = "skipped"      # not a model page, off-host, or a catalog URL without a page
    MISSING = "missing"      # 404/410: marked missing, never deleted


ProgressCallback = Callable[[str, Visit], None]


class PhaseClock:
    """Wall and process CPU time of a run's phases. The crawl runs on all cores while the
    phases after it (merging every model, the commit, the search indexes) run on one, so a
    run's CPU per page alone does not say which of them to make cheaper."""

    def __init__(self) -> None:
        self.phases: dict[str, dict[str, float]] = {}
        self.started = self._wall = time.monotonic()
        self._cpu = time.process_time()

    def elapsed(self) -> float:
        """Wall seconds since the run started, to the millisecond (its ``duration_s``)."""
        return round(time.monotonic() - self.started, 3)

    def mark(self, phase: str) -> None:
        """End ``phase`` now; the next phase starts here."""
        wall, cpu = time.monotonic(), time.process_time()
        self.phases[phase] = {"wall_s": round(wall - self._wall, 3),
                              "cpu_s": round(cpu - self._cpu, 3)}
        self._wall, self._cpu = wall, cpu


def absent(status: int) -> bool:
    """A list nothing named (the listing's first page, the catalog) answering this status is
    one the site does not publish (404, 410, 403 of a server with no such page), not one that
    failed: any 4xx but a timeout (408) or a rate limit (429)."""
    return 400 <= status < 500 and status not in (408, 429)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(slots=True)
class _Task:
    url: str                  # canonical URL (as the sitemap or link names it)
    ref: PageRef | None       # what the URL names (read once, when queued); None: a listing page
    lastmod: str | None = None
    referrer: str | None = None
    seed: str = "sitemap"     # the seed that queued it first (catalog.run.seeds)


class _Run:
    """The state of one run; lives only as long as the run."""

    def __init__(self, options: ScrapeOptions, store: Store, run_id: int,
                 progress: ProgressCallback | None):
        self.options = options
        self.store = store
        self.run_id = run_id
        self.progress = progress or (lambda url, outcome: None)
        self.now = _now()
        self.counts: dict[str, int] = {k: 0 for k in (
            "pages_discovered", "pages_ok", "pages_unchanged", "pages_failed", "pages_missing",
            "pages_skipped", "models_changed", "prices_changed", "findings_added")}
        # hashes of the URLs queued so far (8 bytes each, not the URL: flat memory per page)
        self.queued: set[int] = set()
        self.room = asyncio.Event()  # set while the queue has room for more discovered pages
        self.queue: asyncio.Queue[_Task | None] = asyncio.Queue()
        self.touched: set[str] = set()
        self.seen_models: set[str] = set()
        self.seen_ok: set[str] = set()  # models a page of which was read or found unchanged
        # model → (page url, locale) of the card that stands for it: only where it is, the
        # card itself is read back from the `cards` table when the run ends
        self.cards: dict[str, tuple[str, str]] = {}
        self.failures: list[str] = []
        self.skips: dict[str, int] = {}
        # --locale matched in any case (zh-cn is zh-CN); the locales the sitemap lists, to
        # name them when a requested one is not among them
        self.locales = {locale.lower() for locale in options.locales}
        self.listed_locales: set[str] = set()
        self.pool: ReaderPool | None = None
        self.rebase = Rebaser(options.base_url, options.host_aliases)  # the URL to fetch
        self.discovery_finished = False
        self.visited = 0
        self.discovery = Discovery(options.seeds)
        self.sitemap_problems: list[str] = []
        # the page URLs the catalog's entries build, with the entry's id: a 404 there is the
        # entry without a page (a finding), not a missing page
        self.catalog_urls: dict[str, str] = {}
        self.listing_roots: set[str] = set()
        # model pages the listing and alternates found while the sitemaps were still read
        self.held: dict[str, _Task] = {}
        self.sitemap_404 = 0  # pages the sitemap lists that answered 404 or 410
        self.coverage: dict[str, Any] = {}  # the coverage report, once the crawl is over
        # the site's own origin, as stored URLs name it (the first alias host for a snapshot)
        self.site = (f"https://{options.host_aliases[0].strip().lower()}/"
                     if options.host_aliases else options.base_url)

    def skip(self, why: str) -> Visit:
        self.counts["pages_skipped"] += 1
        self.skips[why] = self.skips.get(why, 0) + 1
        return Visit.SKIPPED

    def skip_note(self) -> str | None:
        if not self.skips:
            return None
        return "skipped: " + ", ".join(f"{n} {why}" for why, n in sorted(self.skips.items()))

    def canonical(self, url: str) -> str | None:
        """The one spelling a page is fetched, compared and stored under (None: refused)."""
        return page_url(url, self.options.source.normalize_url, self.options.host_aliases)

    def nothing_found(self) -> str:
        """Why discovery found no model page: what the sitemaps' reading said, then each
        other enabled seed's first words."""
        parts = []
        if self.discovery.enabled("sitemap"):
            parts.append("; ".join(self.sitemap_problems) or "the sitemap lists no model pages")
        for name in ("listing", "catalog"):
            ledger = self.discovery[name]
            if ledger.enabled and (ledger.unread or ledger.notes):
                parts.append(f"{name}: {'; '.join(ledger.unread[:2] or ledger.notes[:2])}")
        return "; ".join(parts) or "no seed found a model page"

    def deadline_note(self) -> str:
        """Why a run that met its deadline is partial, and what it left."""
        left = self.counts["pages_discovered"] - self.visited
        return (f"deadline of {self.options.deadline:g}s reached: {self.visited} of "
                f"{self.counts['pages_discovered']} pages visited, {left} left"
                + ("" if self.discovery_finished else ", the sitemaps not all read")
                + " (pages not visited keep their earlier data)")

    def wants_ref(self, ref: PageRef | None) -> bool:
        return ref is not None and (not self.locales or ref.locale.lower() in self.locales)

    def unlisted_locales(self) -> str | None:
        """Once discovery is over: why the run cannot do what ``--locale`` asked (a locale the
        sitemap does not list), with the list it does, or None."""
        missing = sorted(self.locales - {locale.lower() for locale in self.listed_locales})
        if not missing:
            return None
        return (f"--locale {', '.join(missing)}: the sitemap lists no model page in "
                f"{'that locale' if len(missing) == 1 else 'those locales'}; it lists "
                + (", ".join(sorted(self.listed_locales)) or "no model pages at all"))

    def drop_queued(self) -> None:
        """Take the pages still waiting off the queue (those being fetched finish)."""
        while not self.queue.empty():
            self.queue.get_nowait()
            self.queue.task_done()

    def enqueue(self, task: _Task) -> None:
        """Queue ``task`` unless its URL was queued before (by this seed or another)."""
        key = hash(task.url)
        if key in self.queued:
            return
        if task.ref is not None:
            if (self.options.limit is not None
                    and self.counts["pages_discovered"] >= self.options.limit):
                return
            self.counts["pages_discovered"] += 1
            self.discovery[task.seed].pages += 1
        self.queued.add(key)
        self.queue.put_nowait(task)

    def enqueue_found(self, task: _Task) -> None:
        """Queue a model page the listing or an alternate found, once the sitemaps are read:
        until then it waits (up to ``HELD_MAX`` pages), so that a page the sitemap lists too
        is queued with its ``lastmod`` and, unchanged, not fetched at all."""
        if self.discovery_finished or len(self.held) >= HELD_MAX:
            self.enqueue(task)
        elif hash(task.url) not in self.queued:
            self.held.setdefault(task.url, task)

    def release_held(self) -> None:
        """Discovery is over: queue the pages found meanwhile that no sitemap listed."""
        held, self.held = self.held, {}
        for task in held.values():
            self.enqueue(task)

    def seed_listing(self) -> None:
        """Queue where the models listing starts; its pages queue the next ones."""
        ledger, source = self.discovery["listing"], self.options.source
        if not ledger.enabled:
            return
        if source.listing_paths is None:
            ledger.notes.append(f"the source {source.name} has no listing")
            return
        for path in source.listing_paths(self.options.locales):
            url = self.canonical(urllib.parse.urljoin(self.site, path))
            if url is not None:
                self.listing_roots.add(url)
                self.enqueue(_Task(url, None, seed="listing"))

    async def seed_entries(self, client: PoliteClient,
                           client_options: dict[str, Any]) -> AsyncIterator[
                               tuple[SitemapEntry, str]]:
        """The entries of the seeds read before the crawl, as ``(entry, seed)``: the sitemaps'
        pages, then the page URLs of the source's catalog."""
        options = self.options
        ledger = self.discovery["sitemap"]
        if ledger.enabled:
            read: list[str] = []
            async for entry in iter_entries(client, options.base_url, self.sitemap_problems,
                                            sitemap_url=options.sitemap_url,
                                            host_aliases=options.host_aliases,
                                            keep_alternates=False, unread=ledger.unread,
                                            max_sitemaps=options.max_sitemaps,
                                            read=read):
                ledger.entries += 1
                yield entry, "sitemap"
            ledger.read = len(read)
            if not read and not ledger.unread:
                ledger.notes.extend(self.sitemap_problems or ["no sitemap"])
        if self.discovery.enabled("catalog"):
            async for entry in self.catalog_entries(client, client_options):
                yield entry, "catalog"

    async def catalog_entries(self, client: PoliteClient,
                              client_options: dict[str, Any]) -> AsyncIterator[SitemapEntry]:
        """Read the source's catalog of models (with the site's manners, from its own host),
        keep its entries (``catalog_entries``) and give the page URL each should have."""
        ledger, source = self.discovery["catalog"], self.options.source
        location = self.options.catalog_location()
        if location is None or source.read_catalog is None:
            ledger.notes.append("no catalog for this site" if source.read_catalog else
                                f"the source {source.name} has no catalog")
            return
        if url_origin(location) == url_origin(self.options.base_url):
            result = await client.fetch(location, accept=CATALOG_TYPES,
                                        max_bytes=MAX_CATALOG_BYTES)
        else:
            parts = urllib.parse.urlsplit(location)
            origin = f"{parts.scheme}://{parts.netloc}/"
            async with PoliteClient(**{**client_options, "base_url": origin}) as own:
                result = await own.fetch(location, accept=CATALOG_TYPES,
                                         max_bytes=MAX_CATALOG_BYTES)
        if result.error is not None or result.body is None:
            if absent(result.status):
                ledger.notes.append(f"no catalog at {location} (HTTP {result.status})")
            else:
                ledger.unread.append(f"{location}: {result.error}")
            return
        try:
            entries = source.read_catalog(result.body)
        except ValueError as exc:
            ledger.unread.append(f"{location}: {exc}")
            return
        ledger.read, ledger.entries = 1, len(entries)
        located = []
        for entry in entries:
            url = self.canonical(urllib.parse.urljoin(self.site, entry.path)) \
                if entry.path else None
            located.append((entry, url))
            if url is not None:
                self.catalog_urls.setdefault(url, entry.ref_id)
        coverage.save_entries(self.store.conn, located, source_name=source.name,
                              run_id=self.run_id, now=self.now)
        for _entry, url in located:
            if url is not None:
                yield SitemapEntry(url=url)

    def follow_seed_links(self, task: _Task, links: list[str]) -> None:
        """Queue what a page offers discovery: on a listing page every model page and next
        listing page it links; on a model page its hreflang alternates."""
        source = self.options.source
        if task.ref is None:
            for url in links:
                if hash(url) in self.queued:
                    continue
                ref = source.page_ref(url)
                if ref is not None:
                    self.listed_locales.add(ref.locale)
                    self.discovery["listing"].entries += 1
                    if self.wants_ref(ref):
                        self.enqueue_found(_Task(url, ref, referrer=task.url, seed="listing"))
                elif source.is_listing_url is not None and source.is_listing_url(url) \
                        and self.rebase(url) is not None:
                    self.enqueue(_Task(url, None, referrer=task.url, seed="listing"))
        elif self.discovery.enabled("alternates"):
            # the page's other locales on its own host: an alternate on another host (a
            # mirror, a regional domain, the snapshot's canonical name for a page fetched
            # under its local one) is not this site's page
            host = urllib.parse.urlsplit(task.url).netloc
            for url in links:
                if hash(url) in self.queued or urllib.parse.urlsplit(url).netloc != host:
                    continue
                ref = source.page_ref(url)
                if (ref is not None and ref.model_id == task.ref.model_id
                        and ref.locale != task.ref.locale):
                    self.listed_locales.add(ref.locale)
                    self.discovery["alternates"].entries += 1
                    if self.wants_ref(ref) and self.rebase(url) is not None:
                        self.enqueue_found(_Task(url, ref, referrer=task.url,
                                                 seed="alternates"))

    async def discover(self, entries: AsyncIterator[tuple[SitemapEntry, str]],
                       until: int | None = None,
                       on_discovered: Callable[[int], None] | None = None) -> bool:
        """Queue the model pages of ``entries`` until ``until`` pages are queued (all when
        None); True when the sitemaps are exhausted. Once the workers run (``until`` None),
        discovery waits while the queue holds ``QUEUE_HIGH`` pages: a site's size never sits
        in memory."""
        since_turn = 0
        async for entry, seed in entries:
            since_turn += 1
            if since_turn == 256:  # yield to the loop: a sitemap's thousand entries in a row
                since_turn = 0     # would hold it while every reader waits for its next page
                await asyncio.sleep(0)
            url = self.canonical(entry.url)
            ref = self.options.source.page_ref(url) if url is not None else None
            if ref is not None and (seed != "catalog" or self.wants_ref(ref)):
                self.listed_locales.add(ref.locale)
            if url is None:
                self.skip("refused URL")
            elif self.wants_ref(ref):
                self.enqueue(_Task(url, ref, lastmod=entry.lastmod, seed=seed))
            elif ref is not None:
                # the catalog names models, not pages: its URL in a locale not asked for is
                # no page of the site skipped
                if seed != "catalog":
                    self.skip("in another locale")
            else:
                self.skip("not a model page")
            if until is None and self.queue.qsize() >= QUEUE_HIGH:
                if on_discovered:
                    on_discovered(self.counts["pages_discovered"])
                self.room.clear()
                await self.room.wait()
            if until is not None and self.counts["pages_discovered"] >= until:
                return False
        return True

    async def worker(self, client: PoliteClient) -> None:
        while True:
            task = await self.queue.get()
            if self.queue.qsize() <= QUEUE_LOW:
                self.room.set()
            try:
                if task is None:
                    return
                if task.ref is None:
                    await self.visit_listing(client, task)
                    continue
                outcome = await self.visit(client, task)
                self.visited += 1
                if outcome in (Visit.READ, Visit.UNCHANGED):
                    self.seen_ok.add(task.ref.model_id)
                self.progress(task.url, outcome)
            finally:
                self.queue.task_done()

    async def visit_listing(self, client: PoliteClient, task: _Task) -> None:
        """Fetch and read a page of the models listing (in full, every run: its links are
        what it is for) and queue what it links; one that cannot be read leaves the listing
        seed unread. The listing's first page answering 404 means the site has none."""
        ledger = self.discovery["listing"]
        fetch_url = self.rebase(task.url)
        if fetch_url is None:
            return
        try:
            page = await self.fetch_in_reader(client, fetch_url, task.url, None)
        except ReaderFailed as exc:
            ledger.unread.append(f"{task.url}: {exc}")
            return
        fetch = page.fetch
        if absent(fetch.status) and task.url in self.listing_roots:
            ledger.notes.append(f"no listing at {task.url} (HTTP {fetch.status})")
            return
        if fetch.error is not None and fetch.error.startswith(("robots_disallowed",
                                                               "offsite_url")):
            # a polite refusal, as for a model page: noted, not a list that failed
            ledger.notes.append(f"{task.url}: {fetch.error.split(':')[0]}")
            return
        if fetch.error is not None or not page.read:
            ledger.unread.append(f"{task.url}: {fetch.error or 'not a readable page'}")
            return
        if page.unreadable is not None:
            ledger.unread.append(f"{task.url}: {page.unreadable}")
            return
        ledger.read += 1
        self.follow_seed_links(task, [*page.links, *page.seed_links])

    async def visit(self, client: PoliteClient, task: _Task) -> Visit:
        assert task.ref is not None
        self.seen_models.add(task.ref.model_id)
        fetch_url = self.rebase(task.url)
        if fetch_url is None:
            return self.skip("off-host URL")
        state = self.store.page_state(task.url)
        usable = state is not None and state.status == "ok" and not self.options.full
        if usable and task.lastmod and state.sitemap_lastmod == task.lastmod:
            self.counts["pages_unchanged"] += 1
            return Visit.UNCHANGED
        known = state if usable else None
        try:
            page = await self.fetch_in_reader(client, fetch_url, task.url, known)
        except ReaderFailed as exc:
            return self.fail(task, str(exc))
        fetch = page.fetch
        if fetch.not_modified:
            self.counts["pages_unchanged"] += 1
            return Visit.UNCHANGED
        if task.url in self.catalog_urls:
            coverage.set_page_status(self.store.conn, self.options.source.name, task.url,
                                     fetch.status)
        if fetch.status in (404, 410):
            if task.seed == "catalog":
                return self.catalog_without_page(task, fetch.status)
            return self.missing(task, fetch.status)
        if fetch.error is not None or not page.is_text:
            reason = fetch.error or f"http_status: {fetch.status}"
            if reason.startswith(("robots_disallowed", "offsite_url")):
                # a polite refusal, not a failure: the page's earlier data stays as it was
                return self.skip(reason.split(":")[0])
            return self.fail(task, reason)
        if known is not None and known.content_hash == page.digest:
            self.counts["pages_unchanged"] += 1
            return Visit.UNCHANGED
        assert page.read  # a text body whose digest moved is always read
        if page.unreadable is not None:
            return self.fail(task, page.unreadable)
        return self.read(task, page)

    def fail(self, task: _Task, reason: str) -> Visit:
        """A page that could not be fetched or read: counted, its reason kept for the run and
        as a finding; its earlier data stays as it was."""
        self.counts["pages_failed"] += 1
        self.failures.append(f"{task.url}: {reason}")
        kind = "read_failed" if reason.startswith(READ_FAILURES) else "fetch_failed"
        self.counts["findings_added"] += self.store.set_findings(
            task.url, task.ref.model_id, task.ref.locale, [Finding(kind, reason.split(":")[0])],
            run_id=self.run_id, now=self.now)
        return Visit.FAILED

    async def fetch_in_reader(self, client: PoliteClient, fetch_url: str, url: str,
                              known: PageState | None) -> PageVisit:
        """Take the request's turn here (robots.txt, rate limit), then let a reader process
        fetch and read the page (see catalog.run.reader_process for why)."""
        refusal = await client.take_turn(fetch_url)
        if refusal is not None:
            return PageVisit.refused(fetch_url, refusal)
        assert self.pool is not None
        page = await self.pool.fetch_and_read(PageJob(
            fetch_url, url, known.etag if known else None,
            known.last_modified if known else None, known.content_hash if known else None,
            self.options.today))
        for key, value in page.stats.items():
            client.stats[key] = client.stats.get(key, 0) + value
        return page

    def catalog_without_page(self, task: _Task, status: int) -> Visit:
        """The page a catalog entry's URL should be answers 404: no failure, no missing page
        (it never was one); a finding, once, names the entry. The coverage report says
        whether its page was found elsewhere (the listing, another slug)."""
        ref_id = self.catalog_urls.get(task.url, "?")
        self.counts["findings_added"] += self.store.set_findings(
            task.url, None, None, [Finding(coverage.CATALOG_404,
                                           f"the catalog lists {ref_id}; its page {task.url} "
                                           f"answers HTTP {status}")],
            run_id=self.run_id, now=self.now)
        return self.skip("catalog URL without a page")

    def missing(self, task: _Task, status: int) -> Visit:
        assert task.ref is not None
        self.counts["pages_missing"] += 1
        self.store.mark_page(task.url, model_id=task.ref.model_id,
                             locale=task.ref.locale, status="missing",
                             reason=f"HTTP {status}", http_status=status, now=self.now,
                             source_name=self.options.source.name)
        if task.referrer:
            self.counts["findings_added"] += self.store.set_findings(
                task.referrer, None, None,
                [Finding("missing_page", f"links to {task.url}, which answers HTTP {status}")],
                run_id=self.run_id, now=self.now)
        elif task.seed == "sitemap":
            self.sitemap_404 += 1
            self.counts["findings_added"] += self.store.set_findings(
                task.url, task.ref.model_id, task.ref.locale,
                [Finding(coverage.SITEMAP_404, f"the sitemap lists it; it answers HTTP {status}")],
                run_id=self.run_id, now=self.now)
        return Visit.MISSING

    def read(self, task: _Task, page: PageVisit) -> Visit:
        """Store a page a reader read (``PageVisit.keep_reading``: its links are canonical
        already, its record comes as the rows to write)."""
        assert page.read and task.ref is not None
        if page.seed_links:
            self.follow_seed_links(task, page.seed_links)
        if self.options.follow_links:
            for url in page.links:
                if hash(url) in self.queued:
                    continue  # nearly every link: a card for a page the sitemap listed
                ref = self.options.source.page_ref(url)
                if ref is not None and self.wants_ref(ref):
                    self.enqueue(_Task(url, ref, referrer=task.url, seed=LINKS))
        rows = page.rows
        if rows is None:
            self.skip("not a model page")
            self.store.mark_page(task.url, model_id=None, locale=None, status="skipped",
                                 reason=page.skip_reason or "not a model page",
                                 http_status=page.fetch.status, now=self.now,
                                 source_name=self.options.source.name)
            return Visit.SKIPPED
        self.counts["findings_added"] += self.store.save_rows(
            rows, run_id=self.run_id, now=self.now, http_status=page.fetch.status,
            etag=page.fetch.etag, last_modified=page.fetch.last_modified,
            content_hash=page.digest or "", sitemap_lastmod=task.lastmod,
            source_name=self.options.source.name)
        self.touched.add(rows.model_id)
        for card in rows.cards:
            # the English page's card wins, then the first URL: never the order pages finished
            target = card[CARD_TARGET]
            seen = self.cards.get(target)
            if seen is None or (rows.locale != "en", rows.url) < (seen[1] != "en", seen[0]):
                self.cards[target] = (rows.url, rows.locale)
        self.counts["pages_ok"] += 1
        return Visit.READ

    def note_kept_models(self) -> None:
        """Discovery was incomplete: the models of this source no page of which was seen keep
        their state (none is marked missing), and each gets a finding that says why."""
        detail = (f"not seen in this run and not marked missing: discovery was incomplete "
                  f"({self.discovery.unread_names()} not read in full)")
        for model_id, url in self.store.unseen_models(self.seen_models,
                                                      source_name=self.options.source.name):
            self.counts["findings_added"] += self.store.set_findings(
                url, model_id, None, [Finding(KEPT, detail)],
                run_id=self.run_id, now=self.now)

    def cover(self) -> dict[str, Any]:
        """The run's coverage report (``catalog.storage.coverage``), its catalog entries
        matched to the models that have pages first."""
        conn, name = self.store.conn, self.options.source.name
        catalog_read = self.discovery["catalog"].read > 0
        if catalog_read:
            coverage.match_entries(conn, name, self.run_id)
        report = coverage.report(conn, name, self.run_id, catalog_read)
        report["sitemap_404"] = self.sitemap_404
        return report

    def finish_models(self) -> None:
        """Merge every model a page of which changed and compare its pages; then store the
        card-only models. Model by model: memory holds one model's pages at a time."""
        # one reference page per model, its URL and prices only: full records (a 16 KB
        # description each) of 5,000 models were half the scrape's memory at 100,000 pages
        own: dict[str, OwnPrices | None] = {}

        def own_page(model_id: str) -> OwnPrices | None:
            if model_id not in own:
                first = self.store.first_reading(model_id)  # not all its pages: one
                own[model_id] = OwnPrices.of(ModelRecord.from_json(first)) if first else None
            return own[model_id]

        for model_id in sorted(self.touched):
            readings = self.store.readings(model_id)  # read once: merged, then compared
            changed, prices = self.store.merge_model(model_id, run_id=self.run_id, now=self.now,
                                                     readings=readings,
                                                     source_name=self.options.source.name)
            self.counts["models_changed"] += int(changed)
            self.counts["prices_changed"] += prices
            records = [ModelRecord.from_json(r) for r in readings]
            own.setdefault(model_id, OwnPrices.of(records[0]) if records else None)
            found = price_mismatches(records) + fact_conflicts(records)
            found += [(r, f) for r in records for f in card_mismatches(r, own_page)]
            for record, finding in found:
                self.counts["findings_added"] += self.store.set_findings(
                    record.url, record.model_id, record.locale, [finding],
                    run_id=self.run_id, now=self.now)
        for model_id, (card_page, _locale) in sorted(self.cards.items()):
            card = self.store.card(card_page, model_id, self.options.source.id_prefix)
            if card is not None and self.store.merge_card_model(
                    card, card_page, run_id=self.run_id, now=self.now,
                    source_name=self.options.source.name):
                self.counts["models_changed"] += 1


async def scrape(options: ScrapeOptions, progress: ProgressCallback | None = None,
                 on_discovered: Callable[[int], None] | None = None,
                 on_discovery_done: Callable[[int], None] | None = None) -> RunResult:
    """Run one scrape into ``options.db_path`` and return how it went (never raises for a bad
    site: failures become the run's status and reason). Cancelled (Ctrl-C, SIGTERM), it
    records the run as ``interrupted``, commits nothing, stops its readers and re-raises.
    ``on_discovered`` hears the count of pages found as discovery goes; ``on_discovery_done``
    the total, once every sitemap is read (a progress bar needs a total that stays put)."""
    clock = PhaseClock()
    store = Store(options.db_path)
    run_id = store.start_run(_now(), options.base_url, options.to_json(), __version__,
                             source_name=options.source.name)
    discovered = _discovery_callback(lambda: run, on_discovered, on_discovery_done)
    run = _Run(options, store, run_id, _visit_callback(lambda: run, progress, discovered))
    status, reason, bad_usage = "failed", None, False
    store.defer_checkpoint()
    store.begin()
    try:
        client_options = {
            "base_url": options.base_url, "concurrency": options.concurrency,
            "requests_per_second": options.requests_per_second, "timeout": options.timeout,
            "max_retries": options.max_retries, "backoff_base": options.backoff_base,
            "page_budget": options.page_budget}
        async with PoliteClient(**client_options) as client:
            finished = await _fetch_all(run, client, client_options, discovered)
        clock.mark("crawl")
        failed = run.counts["pages_failed"]
        if failed > options.max_failures:
            raise _RunFailed(f"{failed} pages failed (more than --max-failures "
                             f"{options.max_failures}); first: {run.failures[0]}")
        if run.counts["pages_ok"] + run.counts["pages_unchanged"] == 0:
            if failed:
                raise _RunFailed(f"every page failed; first: {run.failures[0]}")
            if finished is None:
                raise _RunFailed(f"the deadline ({options.deadline:g}s) came before any page "
                                 "was read")
        run.finish_models()
        store.mark_seen(run.seen_ok | run.touched, run.now)
        store.link_replacements()
        discovered_all = run.discovery.complete
        complete = failed == 0 and finished is not None and discovered_all
        if complete and options.limit is None and not options.locales:
            store.mark_missing(run.seen_models, run.now, source_name=options.source.name)
        elif not discovered_all:
            run.note_kept_models()
        store.resolve_findings(KEPT, run.seen_ok | run.touched, run.now)
        run.coverage = run.cover()
        status = "complete" if complete else "partial"
        reasons = []
        if not discovered_all:
            reasons.append(run.discovery.incomplete_note() or "")
        if finished is None:
            reasons.append(run.deadline_note())
        if failed:
            reasons.append(f"{failed} pages failed; first: {run.failures[0]}")
        reason = "; ".join(reasons) or "every page read, unchanged or accounted for"
        if run.skip_note():
            reason = "; ".join(filter(None, [reason, run.skip_note()]))
        store.commit()
        clock.mark("finish")
    except _RunFailed as exc:
        store.rollback()
        status, reason, bad_usage = "failed", str(exc), exc.bad_usage
    except BaseException as exc:
        store.rollback()
        if isinstance(exc, KeyboardInterrupt | asyncio.CancelledError):
            status, reason = "interrupted", ("interrupted (Ctrl-C or SIGTERM): nothing "
                                             "committed, the catalog is as it was")
        else:
            status, reason = "failed", f"{type(exc).__name__}: {exc}"
        store.finish_run(run_id, _now(), status, reason, {
            **run.counts, "duration_s": clock.elapsed(),
            "seeds": json.dumps(run.discovery.to_json())})
        store.close()
        raise
    finally:
        if run.pool is not None:
            run.pool.close()
    counts: dict[str, int | float] = {**run.counts,
                                      "duration_s": clock.elapsed()}
    if run.pool is not None and run.pool.replaced:
        counts["readers_replaced"] = run.pool.replaced
    seeds = run.discovery.to_json()
    store.finish_run(run_id, _now(), status, reason, {
        **counts, "seeds": json.dumps(seeds),
        "coverage": json.dumps(run.coverage) if run.coverage else None})
    if status == "failed":
        store.close()
    else:
        # opened before the store closes, so that closing it is not the last connection
        # (which would copy the WAL itself, on this thread)
        with checkpoint_beside(options.db_path):
            store.close()
            # Datasette serves the file read-only: the index must exist now. Once it does, its
            # triggers have indexed this run's pages already and this costs nothing.
            ensure_search_index(options.db_path)
        clock.mark("search_index")
    return RunResult(run_id, status, reason, counts, bad_usage=bad_usage, phases=clock.phases,
                     seeds=seeds, coverage=run.coverage, seed_note=run.discovery.summary())


def _discovery_callback(current: Callable[[], _Run],
                        on_discovered: Callable[[int], None] | None,
                        on_discovery_done: Callable[[int], None] | None
                        ) -> Callable[[int], None] | None:
    """One callback for _fetch_all that also tells ``on_discovery_done``, once, when the run
    has read every sitemap (``run.discovery_finished`` is set before each call)."""
    if on_discovered is None and on_discovery_done is None:
        return None
    told = False

    def discovered(count: int) -> None:
        nonlocal told
        if on_discovered:
            on_discovered(count)
        if on_discovery_done and current().discovery_finished and not told:
            told = True
            on_discovery_done(count)

    return discovered


def _visit_callback(current: Callable[[], _Run], progress: ProgressCallback | None,
                    discovered: Callable[[int], None] | None) -> ProgressCallback | None:
    """``progress`` per page visited, then the count of pages found when it grew: a page
    read may name pages no sitemap listed (its other locales, its cards)."""
    if progress is None and discovered is None:
        return None
    last = -1

    def visited(url: str, outcome: str) -> None:
        nonlocal last
        if progress:
            progress(url, outcome)
        count = current().counts["pages_discovered"]
        if discovered and count != last:
            last = count
            discovered(count)

    return visited


async def _fetch_all(run: _Run, client: PoliteClient, client_options: dict[str, Any],
                     on_discovered: Callable[[int], None] | None) -> bool | None:
    """Discover and visit every page, within the run's deadline. True when discovery went
    through every sitemap, False when ``--limit`` stopped it, None when the deadline did."""
    options = run.options
    sitemap_problems = run.sitemap_problems
    entries = run.seed_entries(client, client_options)
    run.seed_listing()
    workers: list[asyncio.Task[None]] = []
    deadline = asyncio.timeout(options.deadline)
    try:
        async with deadline:
            # discovery streams into the queue while the workers fetch; first, the first page
            # (or the end of the sitemaps), to know whether there is anything to scrape
            exhausted = await run.discover(entries, until=1)
            run.discovery_finished = exhausted
            if exhausted:
                run.release_held()
            if on_discovered:
                on_discovered(run.counts["pages_discovered"])
            # the listing may still name pages in the locales asked for: then only at the end
            if (exhausted and run.unlisted_locales() and not sitemap_problems
                    and not run.discovery.enabled("listing")):
                raise _RunFailed(run.unlisted_locales() or "", bad_usage=True)
            if not run.queued:
                raise _RunFailed(f"nothing to scrape: {run.nothing_found()}")
            run.pool = ReaderPool(options.reader_processes, client_options,
                                  read_budget=options.read_budget,
                                  fetch_budget=options.page_budget,
                                  source_module=options.source.module,
                                  host_aliases=options.host_aliases)
            workers = [asyncio.create_task(run.worker(client))
                       for _ in range(max(1, options.concurrency))]
            if not exhausted:
                run.discovery_finished = await run.discover(entries, on_discovered=on_discovered)
                if on_discovered:
                    on_discovered(run.counts["pages_discovered"])
                run.release_held()
                if (run.unlisted_locales() and not sitemap_problems
                        and not run.discovery.enabled("listing")):
                    run.drop_queued()  # the run will commit nothing: fetch no more
            await _drained(run.queue, workers)
            for _ in workers:
                run.queue.put_nowait(None)
            await asyncio.gather(*workers)
            if run.unlisted_locales() and not sitemap_problems:
                raise _RunFailed(run.unlisted_locales() or "", bad_usage=True)
            if run.counts["pages_discovered"] == 0:
                raise _RunFailed(f"nothing to scrape: {run.nothing_found()}")
            return True
    except TimeoutError:
        if not deadline.expired():
            raise
        return None
    finally:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)


async def _drained(queue: asyncio.Queue, workers: list[asyncio.Task[None]]) -> None:
    """Wait until every queued page is done; a worker that dies (a bug) ends the wait with
    its exception instead of leaving the queue waiting forever for it."""
    joined = asyncio.ensure_future(queue.join())
    try:
        while not joined.done():
            done, _ = await asyncio.wait([joined, *workers],
                                         return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if task is not joined:
                    task.result()  # raises what killed the worker
                    raise RuntimeError("a worker stopped before the queue was done")
    finally:
        joined.cancel()


class _RunFailed(Exception):
    """The run cannot commit anything useful; its reason goes on the ``runs`` row."""

    def __init__(self, reason: str, *, bad_usage: bool = False) -> None:
        super().__init__(reason)
        self.bad_usage = bad_usage
