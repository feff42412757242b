"""What the rest of the project may know about a source of model pages: one small object.

A source is a site (CometAPI is the first) read into ``PageReading``s. The run needs only its
hosts, its URL rules and its page reader; everything else about the site (its labels, its
pricing tables, its words in each language) stays inside the source's own folder. Adding a
source is a folder under ``scrapers/sources/`` with a ``SOURCE`` of this type, and one line in
``scrapers/sources/registry.py``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


class ModelPageRef(Protocol):
    """Where a model page sits, as a source's URL rules tell it."""

    locale: str
    provider: str
    model: str

    @property
    def model_id(self) -> str: ...


@dataclass(frozen=True)
class Source:
    """One source of model pages, behind the only interface the run and the CLI use."""

    name: str
    #: the module that defines this object as ``SOURCE``: a reader process, which gets only
    #: strings through its pipe, imports the source again from it (``load_source``)
    module: str
    #: the site's default address (``catalog scrape --base-url`` when none is given)
    base_url: str
    #: the hosts the site's own sitemap names; a snapshot fetches their URLs from itself
    hosts: tuple[str, ...]
    #: URL → the model page it names, or None when it is not a model page
    parse_model_url: Callable[[str], ModelPageRef | None]
    #: the one spelling a page is fetched, compared and stored under (None: refused)
    normalize_url: Callable[[str], str | None]
    #: (HTML as text or UTF-8 bytes, its URL) → a ``PageReading`` (what the page says)
    read_page: Callable[[str | bytes, str], Any]


def load_source(module: str) -> Source:
    """The ``SOURCE`` of ``module``: how a reader process finds the source of the page it reads."""
    source = importlib.import_module(module).SOURCE
    if not isinstance(source, Source):
        raise TypeError(f"{module}.SOURCE is not a Source")
    return source
