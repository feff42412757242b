"""Read and normalize one page, as a plain function a reader process can run.

Reading is CPU work that would stall the event loop, and a hostile page could make it run
long; so it runs in a reader process (``catalog.run.reader_pool``) that can be stopped. This
function takes only strings and returns only picklable values for that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from catalog.model.records import ModelRecord
from catalog.storage.page_rows import PageRows, page_rows
from scrapers.fetch.http import text_codec
from scrapers.fetch.seedlinks import hreflang_alternates, listing_links
from scrapers.fetch.urlnorm import page_url
from scrapers.sources.registry import DEFAULT_SOURCE, source_named
from scrapers.sources.source import Source


@dataclass
class PageOutcome:
    """What the pipeline needs from a page: its record, or why it is not a model page."""

    links: list[str]
    record: ModelRecord | None
    skip_reason: str | None
    unreadable: str | None = None  # why the page could not be read at all: a failed page
    #: the record as the rows storing it writes (``for_the_store``; then ``record`` is None)
    rows: PageRows | None = None
    #: what the page offers discovery besides its reader's links (``scrapers.fetch.seedlinks``):
    #: its hreflang alternates, and on a listing page its every link
    seed_links: list[str] = field(default_factory=list)


def for_the_store(outcome: PageOutcome, source: Source,
                  host_aliases: tuple[str, ...] = ()) -> PageOutcome:
    """``outcome`` as a reader process hands it back to the scrape: links already in their one
    spelling (refused ones dropped) and the record as its rows. Both are work the scrape's
    single event loop would otherwise do for every page, and tuples cross the pipe several
    times faster than the record."""
    normalize, aliases = source.normalize_url, tuple(host_aliases)
    links = [u for u in (page_url(link, normalize, aliases) for link in outcome.links) if u]
    seeds = [u for u in (page_url(link, normalize, aliases) for link in outcome.seed_links)
             if u]
    if outcome.record is None:
        return PageOutcome(links, None, outcome.skip_reason, outcome.unreadable,
                           seed_links=seeds)
    return PageOutcome(links, None, None, rows=page_rows(outcome.record), seed_links=seeds)


def read_and_normalize(page: str | bytes, url: str, today: date | None = None,
                       content_type: str | None = "text/html",
                       source: Source | None = None) -> PageOutcome:
    """``page`` is the decoded HTML, or the body as fetched with its Content-Type. A UTF-8
    body goes to the HTML parser as bytes: decoding it here only for the parser to encode it
    back would cost more than a third of the parse. ``source`` reads the page (default:
    CometAPI)."""
    html: str | bytes = page
    if isinstance(page, bytes):
        codec = text_codec(page, content_type)
        if codec != "utf-8-sig":
            html = page.decode(codec or "utf-8", errors="replace")
    source = source or source_named(DEFAULT_SOURCE)
    reading = source.read_page(html, url)
    if reading.unreadable is not None:
        return PageOutcome([], None, reading.skip_reason, reading.unreadable)
    seeds = hreflang_alternates(html, url)
    if source.is_listing_url is not None and source.is_listing_url(url):
        seeds += listing_links(html, url)
    if not reading.is_model_page or reading.ref is None:
        return PageOutcome(reading.links, None, reading.skip_reason or "not a model page",
                           seed_links=seeds)
    # imported here, not above: the scrape's process imports this module for its types and
    # never reads a page itself (see scrapers.sources.cometapi.source.read_page)
    from catalog.meaning.normalize import normalize

    record = normalize(reading, today=today, id_prefix=source.id_prefix)
    return PageOutcome(reading.links, record, None, seed_links=seeds)
