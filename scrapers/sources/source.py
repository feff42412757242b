"""What the rest of the project may know about a source of model pages: one small object.

A source is a site (CometAPI is the first) read into ``PageReading``s. The run needs only its
hosts, its URL rules and its page reader; everything else about the site (its labels, its
pricing tables, its words in each language) stays inside the source's own package. Adding a
source is a package with a ``Source`` of this type named by an entry point of the group
``comet_catalog.sources`` (``scrapers/sources/registry.py``, ``docs/sources.md``): no file of
this project changes.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

#: what an ``id_prefix`` may be: empty (CometAPI's bare ids) or a lower-case word and a colon,
#: which no provider slug contains, so a prefixed id can never equal a bare one
_ID_PREFIX = re.compile(r"(?:[a-z0-9-]+:)?")


def model_id_of(provider: str, model: str, id_prefix: str = "") -> str:
    """The one formula of a catalog model id: ``<prefix><provider>/<model>``. Every id (a
    page's, a card's, a record's) is formed here, so two sources' pages of the same model
    (``openai/gpt-4-0314``, ``example:openai/gpt-4-0314``) can never share a row."""
    return f"{id_prefix}{provider}/{model}"


class ModelPageRef(Protocol):
    """Where a model page sits, as a source's URL rules tell it. The catalog id is not the
    source's to form: ``Source.page_ref`` adds the source's namespace."""

    locale: str
    provider: str
    model: str


@dataclass(frozen=True)
class PageRef:
    """A model page as the run knows it: the source's ref with the source's id namespace."""

    locale: str
    provider: str
    model: str
    id_prefix: str = ""

    @property
    def model_id(self) -> str:
        return model_id_of(self.provider, self.model, self.id_prefix)


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
    #: the namespace of this source's model ids (``"example:"`` → ``example:openai/gpt-4``),
    #: so that its rows never land on another source's; CometAPI's is ``""``: its ids (every
    #: catalog written before sources had one) stay bare
    id_prefix: str = ""
    #: the source's own catalog of its models (an API answer), or None when it has none
    catalog_url: str | None = None
    #: the catalog answer's bytes → its entries, each with the ``path`` of the page it should
    #: have on the site (``scrapers/sources/cometapi/catalog.py``); raises ValueError
    read_catalog: Callable[[bytes], list[Any]] | None = None
    #: the locales asked for → the paths where the site's models listing starts; None: no listing
    listing_paths: Callable[[tuple[str, ...]], tuple[str, ...]] | None = None
    #: URL → is it a page of the models listing (its next pages, its other languages)?
    is_listing_url: Callable[[str], bool] | None = None
    #: models.dev's ``provider.toml`` for this source (``catalog export --format models.dev``
    #: writes ``providers/<name>/``); None: a file with only the source's name
    models_dev_provider: str | None = None
    #: (URL, HTML) of a small page of the site that a reader process reads before it forks
    #: readers (``catalog/run/reader_warmup.py``), so what the page reader builds on first use
    #: is built once and shared; None: nothing to warm
    warmup_page: tuple[str, str] | None = None

    def __post_init__(self) -> None:
        if not _ID_PREFIX.fullmatch(self.id_prefix):
            raise ValueError(f"source {self.name!r}: id_prefix {self.id_prefix!r} is neither "
                             "empty nor a lower-case word ending in ':'")

    def page_ref(self, url: str) -> PageRef | None:
        """The model page ``url`` names, its id in this source's namespace; None when it is
        not a model page. The run takes every model id of a URL from here."""
        ref = self.parse_model_url(url)
        return None if ref is None else PageRef(ref.locale, ref.provider, ref.model,
                                                self.id_prefix)


def load_source(module: str) -> Source:
    """The ``SOURCE`` of ``module``: how a reader process finds the source of the page it reads."""
    source = importlib.import_module(module).SOURCE
    if not isinstance(source, Source):
        raise TypeError(f"{module}.SOURCE is not a Source")
    return source
