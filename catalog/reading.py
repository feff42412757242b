"""Read and normalize one page, as a plain function a worker process can run.

The pipeline's event loop fetches and stores; reading a 200 KB page is CPU work that would
stall it. This function takes only strings and returns only picklable values, so a process
pool can run it on the other cores while the loop keeps fetching.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from catalog.normalize import normalize
from catalog.records import ModelRecord
from scrapers.cometapi.page import read_page
from scrapers.http import text_codec


@dataclass
class PageOutcome:
    """What the pipeline needs from a page: its record, or why it is not a model page."""

    links: list[str]
    record: ModelRecord | None
    skip_reason: str | None


def read_and_normalize(page: str | bytes, url: str, today: date | None = None,
                       content_type: str | None = "text/html") -> PageOutcome:
    """``page`` is the decoded HTML, or the body as fetched with its Content-Type. A UTF-8
    body goes to the HTML parser as bytes: decoding it here only for the parser to encode it
    back would cost more than a third of the parse."""
    html: str | bytes = page
    if isinstance(page, bytes):
        codec = text_codec(page, content_type)
        if codec != "utf-8-sig":
            html = page.decode(codec or "utf-8", errors="replace")
    reading = read_page(html, url)
    if not reading.is_model_page or reading.ref is None:
        return PageOutcome(reading.links, None, reading.skip_reason or "not a model page")
    record = normalize(reading, today=today)
    return PageOutcome(reading.links, record, None)
