"""Read and normalize one page, as a plain function a reader process can run.

Reading is CPU work that would stall the event loop, and a hostile page could make it run
long; so it runs in a reader process (``catalog.run.reader_pool``) that can be stopped. This
function takes only strings and returns only picklable values for that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from catalog.meaning.normalize import normalize
from catalog.model.records import ModelRecord
from scrapers.fetch.http import text_codec
from scrapers.sources.registry import DEFAULT_SOURCE, source_named
from scrapers.sources.source import Source


@dataclass
class PageOutcome:
    """What the pipeline needs from a page: its record, or why it is not a model page."""

    links: list[str]
    record: ModelRecord | None
    skip_reason: str | None
    unreadable: str | None = None  # why the page could not be read at all: a failed page


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
    if not reading.is_model_page or reading.ref is None:
        return PageOutcome(reading.links, None, reading.skip_reason or "not a model page")
    record = normalize(reading, today=today, id_prefix=source.id_prefix)
    return PageOutcome(reading.links, record, None)
