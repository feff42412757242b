"""Read and normalize one page, as a plain function a reader process can run.

Reading is CPU work that would stall the event loop, and a hostile page could make it run
long; so it runs in a reader process (``catalog.run.reader_pool``) that can be stopped. This
function takes only strings and returns only picklable values for that. ``catalog parse``,
the bench and the tests call it too: it is the one way a body becomes a record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from catalog.model.records import ModelRecord
from scrapers.fetch.http import text_codec
from scrapers.fetch.seedlinks import hreflang_alternates, listing_links
from scrapers.sources.registry import DEFAULT_SOURCE, source_named
from scrapers.sources.source import Source


@dataclass
class NormalizedPage:
    """One page read and normalized: its model record, or why it has none, and the links it
    offers discovery, as the page writes them. A reader process hands the scrape this as a
    ``reader_process.PageVisit`` (the record as its rows, the links in their one spelling)."""

    links: list[str]
    record: ModelRecord | None
    skip_reason: str | None
    unreadable: str | None = None  # why the page could not be read at all: a failed page
    #: what the page offers discovery besides its reader's links (``scrapers.fetch.seedlinks``):
    #: its hreflang alternates, and on a listing page its every link
    seed_links: list[str] = field(default_factory=list)


def read_and_normalize(page: str | bytes, url: str, today: date | None = None,
                       content_type: str | None = "text/html",
                       source: Source | None = None) -> NormalizedPage:
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
        return NormalizedPage([], None, reading.skip_reason, reading.unreadable)
    seeds = hreflang_alternates(html, url)
    if source.is_listing_url is not None and source.is_listing_url(url):
        seeds += listing_links(html, url)
    if not reading.is_model_page or reading.ref is None:
        return NormalizedPage(reading.links, None,
                              reading.skip_reason or "not a model page", seed_links=seeds)
    # imported here, not above: the scrape's process imports this module (through
    # ``reader_process``) and never reads a page itself
    # (see scrapers.sources.cometapi.source.read_page)
    from catalog.meaning.normalize import normalize

    record = normalize(reading, today=today, id_prefix=source.id_prefix)
    return NormalizedPage(reading.links, record, None, seed_links=seeds)
