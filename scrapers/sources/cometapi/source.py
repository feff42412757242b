"""CometAPI as a ``Source``: www.cometapi.com's URL rules and its page reader."""

from __future__ import annotations

from typing import Any

from scrapers.sources.cometapi import warmup
from scrapers.sources.cometapi.catalog import (
    CATALOG_URL,
    is_listing_url,
    listing_paths,
    read_catalog,
)
from scrapers.sources.cometapi.urls import CANONICAL_HOSTS, normalize_url, parse_model_url
from scrapers.sources.source import Source


def read_page(html: str | bytes, url: str) -> Any:
    """``scrapers.sources.cometapi.page.read_page``, imported on first use: the scrape's own
    process only schedules and stores (its reader processes read), and the reader's modules,
    its vocabulary built on import, were a third of a second of every run's start."""
    from scrapers.sources.cometapi.page import read_page as read

    return read(html, url)


#: CometAPI as a provider of models.dev (its OpenAI-compatible API and where its models are)
MODELS_DEV_PROVIDER = """name = "CometAPI"
env = ["COMETAPI_KEY"]
npm = "@ai-sdk/openai-compatible"
api = "https://api.cometapi.com/v1"
doc = "https://www.cometapi.com/models/"
"""

SOURCE = Source(
    name="cometapi",
    module=__name__,
    base_url="https://www.cometapi.com",
    hosts=CANONICAL_HOSTS,
    parse_model_url=parse_model_url,
    normalize_url=normalize_url,
    read_page=read_page,
    catalog_url=CATALOG_URL,
    read_catalog=read_catalog,
    listing_paths=listing_paths,
    is_listing_url=is_listing_url,
    models_dev_provider=MODELS_DEV_PROVIDER,
    warmup_page=(warmup.URL, warmup.PAGE),
)
