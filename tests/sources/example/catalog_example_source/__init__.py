"""The example source: a made-up price list at ``https://prices.example/m/<provider>/<model>/``.

Each page is an ``<h1>`` with the model's name and a ``<dl>`` of ``<dt>label</dt><dd>price</dd>``
pairs (``Input`` / ``Output``). Everything the source knows sits in this package: its URL
rules, its reader, its two words and its id namespace (``example:``, so its page of a model
CometAPI also sells is a row of its own). The catalog finds it by the entry point in
``../pyproject.toml`` (group ``comet_catalog.sources``) once the package is installed, and
reaches it only through ``SOURCE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from scrapers.fetch.urlnorm import clean_url
from scrapers.reading.page_reading import Field, PageReading
from scrapers.sources.source import Source

HOSTS = ("prices.example",)
_MODEL_PATH = re.compile(r"^/m/(?P<provider>[a-z0-9-]+)/(?P<model>[a-z0-9.-]+)/$")
#: this source's whole vocabulary: the label of each price kind
MEANINGS = {"input": "input", "output": "output"}


@dataclass(frozen=True)
class ExampleRef:
    """A page of this source is always English."""

    provider: str
    model: str
    locale: str = "en"


def parse_model_url(url: str) -> ExampleRef | None:
    match = _MODEL_PATH.match(urlsplit(url).path)
    return ExampleRef(match["provider"], match["model"]) if match else None


def normalize_url(url: str) -> str | None:
    return clean_url(url)


def read_page(html: str | bytes, url: str) -> PageReading:
    """What an example page says: its name and its labelled prices, each with its line."""
    ref = parse_model_url(url)
    if ref is None:
        return PageReading(url=url, ref=None, is_model_page=False, skip_reason="not a model page")
    tree = LexborHTMLParser(html)
    heading = tree.css_first("h1")
    fields = []
    for term, definition in zip(tree.css("dl dt"), tree.css("dl dd"), strict=False):
        label, value = term.text(strip=True), definition.text(strip=True)
        fields.append(Field(label=label, value=value, meaning=MEANINGS.get(label.casefold()),
                            placed_by="vocabulary", line=f"{label}: {value}"))
    return PageReading(url=url, ref=ref, is_model_page=True, provider_name=ref.provider.title(),
                       name=heading.text(strip=True) if heading else None, fields=fields)


SOURCE = Source(name="example", module=__name__, base_url="https://prices.example",
                hosts=HOSTS, parse_model_url=parse_model_url, normalize_url=normalize_url,
                read_page=read_page, id_prefix="example:")
