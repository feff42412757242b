"""CometAPI as a ``Source``: www.cometapi.com's URL rules and its page reader."""

from __future__ import annotations

from scrapers.sources.cometapi.page import read_page
from scrapers.sources.cometapi.urls import CANONICAL_HOSTS, normalize_url, parse_model_url
from scrapers.sources.source import Source

SOURCE = Source(
    name="cometapi",
    module=__name__,
    base_url="https://www.cometapi.com",
    hosts=CANONICAL_HOSTS,
    parse_model_url=parse_model_url,
    normalize_url=normalize_url,
    read_page=read_page,
)
