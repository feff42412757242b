"""CometAPI's lists of its models besides the sitemap: its public model catalog
(``GET https://api.cometapi.com/api/models``, no key) and the models listing (``/models/``).

The catalog names each model by its API id and provider (``{"id": "gemini-2.5-flash",
"provider": "Google", …}``); the site's page of it is ``/models/<provider>/<slug>/``, both
parts in the site's URL spelling: lower case, and runs of ``.``, ``_``, ``:``, ``@``, ``/``
and spaces as one ``-`` (``gemini-2.5-flash`` → ``gemini-2-5-flash``). That is a rule, not a
promise: some pages sit at another slug (``claude-sonnet-4-5-20250929`` is at
``claude-sonnet-4-5``), so a built URL that answers 404 is the catalog's entry without a page
found, never a failure, and the listing usually finds the real page.

The answer is untrusted: read within a size cap by the fetcher, number literals bounded in
length before they are parsed, and entries without an id skipped.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from scrapers.sources.cometapi.urls import _LOCALE

#: the catalog's address; ``catalog scrape --catalog-url`` (and a snapshot) give another
CATALOG_URL = "https://api.cometapi.com/api/models"
#: the catalog answers at most this many bytes (301 models are about 120 KB)
MAX_CATALOG_BYTES = 5_000_000
#: a number literal longer than this is refused before it is parsed (``1e100000000``)
MAX_NUMBER_CHARS = 40

_SEPARATORS = re.compile(r"[\s._:@/+]+")
_UNSAFE = re.compile(r"[^a-z0-9-]")
_LISTING_PATH = re.compile(rf"^/(?:(?:{_LOCALE})/)?models(?:/page/[0-9]{{1,4}})?/?$")


class CatalogError(ValueError):
    """The catalog's answer is not the catalog (not JSON, no ``data`` list, a number too long)."""


@dataclass(frozen=True)
class CatalogEntry:
    """One model as CometAPI's catalog lists it, and the page the site should have for it."""

    ref_id: str
    provider: str | None
    path: str | None                   # /models/<provider>/<slug>/, None when not buildable
    kind: str | None = None            # model_type as written (llm, image, video, …)
    features: tuple[str, ...] = ()
    pricing: dict[str, Any] = field(default_factory=dict)
    api_doc_url: str | None = None


def url_slug(text: str) -> str:
    """A catalog name in the site's URL spelling: ``Gemini 2.5_Flash`` → ``gemini-2-5-flash``."""
    return _UNSAFE.sub("", _SEPARATORS.sub("-", text.strip().lower())).strip("-")


def page_path(provider: str | None, ref_id: str) -> str | None:
    """The path of the page a catalog entry should have; None when either part is empty. An
    id may carry its provider (``openai/gpt-4``): the last part is the model."""
    model = url_slug(ref_id.rsplit("/", 1)[-1])
    owner = url_slug(provider or (ref_id.split("/", 1)[0] if "/" in ref_id else ""))
    if not model or not owner:
        return None
    return f"/models/{owner}/{model}/"


def _bounded_number(literal: str) -> float | int:
    if len(literal) > MAX_NUMBER_CHARS:
        raise CatalogError(f"a number {len(literal)} characters long")
    value = float(literal) if any(c in literal for c in ".eE") else int(literal)
    if not math.isfinite(value):
        raise CatalogError(f"a number out of range ({literal})")
    return value


def read_catalog(body: bytes) -> list[CatalogEntry]:
    """The entries of a catalog answer; CatalogError when it is not one."""
    try:
        data = json.loads(body, parse_float=_bounded_number, parse_int=_bounded_number,
                          parse_constant=lambda name: None)
    except CatalogError:
        raise
    except (ValueError, RecursionError) as exc:
        raise CatalogError(f"not JSON: {str(exc)[:120]}") from exc
    items = data.get("data") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise CatalogError("no list of models (a \"data\" array)")
    entries: list[CatalogEntry] = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        ref_id = item["id"].strip()[:200]
        provider = item.get("provider") if isinstance(item.get("provider"), str) else None
        features = item.get("features")
        pricing = item.get("pricing")
        entries.append(CatalogEntry(
            ref_id=ref_id, provider=provider, path=page_path(provider, ref_id),
            kind=item.get("model_type") if isinstance(item.get("model_type"), str) else None,
            features=tuple(f for f in features if isinstance(f, str))
            if isinstance(features, list) else (),
            pricing=pricing if isinstance(pricing, dict) else {},
            api_doc_url=item.get("api_doc_url")
            if isinstance(item.get("api_doc_url"), str) else None))
    return entries


def listing_paths(locales: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Where the models listing starts: ``/models/``, and ``/<locale>/models/`` for each
    locale asked for (its other locales are found from its own hreflang alternates)."""
    return ("/models/", *(f"/{locale}/models/" for locale in locales if locale != "en"))


def is_listing_url(url: str) -> bool:
    """True for a page of the models listing in any locale (``/models/``, ``/ko/models/``,
    ``/models/page/2/``, ``/models/?page=2``)."""
    parts = urlsplit(url)
    return bool(_LISTING_PATH.match(parts.path)) and (
        not parts.query or re.fullmatch(r"page=[0-9]{1,4}", parts.query) is not None)
