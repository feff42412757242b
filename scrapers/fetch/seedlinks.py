"""Links a page offers discovery beyond what its reader reads: its ``hreflang`` alternates
(the same page in other languages) and, on a listing page, every link (its next pages).

The page reader (``scrapers/sources/*/page.py``) reads a model page for its facts and its links
to *other* models; a page's versions in other languages are the same model, announced in the
document's head as ``<link rel="alternate" hreflang="ko" href="…">``. One page of a model in
any locale then finds the others even when the sitemap lists only a few. Only the head is
decoded and scanned (up to ``HEAD_BYTES``): about 60 µs on the snapshot's 130 KB Gemini page,
against 13 ms for reading it; and only plain ``<link>`` tags are looked at. The hrefs are
resolved against the page and returned as written, for the run to give them their one
spelling and keep those on the site's host.
"""

from __future__ import annotations

import html as html_lib
import re
from urllib.parse import urljoin

__all__ = ["HEAD_BYTES", "hreflang_alternates", "listing_links"]

#: how much of the document's start is searched for its head's alternates
HEAD_BYTES = 65_536
#: links taken from one listing page at most (a hostile page cannot queue a million)
MAX_LISTING_LINKS = 5_000

_LINK_TAG = re.compile(r"<link\b[^>]{0,2000}>", re.IGNORECASE)
_A_TAG = re.compile(r"<a\b[^>]{0,2000}>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_HEAD_END = re.compile(r"</head\s*>|<body\b", re.IGNORECASE)
_HEAD_END_BYTES = re.compile(rb"</head\s*>|<body\b", re.IGNORECASE)


def _text(page: str | bytes, limit: int | None) -> str:
    chunk = page[:limit] if limit is not None else page
    return chunk.decode("utf-8", "replace") if isinstance(chunk, bytes) else chunk


def _attributes(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or m.group(4) or "")
            for m in _ATTR.finditer(tag)}


def _head(page: str | bytes) -> str:
    """The document up to its ``</head>`` or ``<body>`` (within ``HEAD_BYTES``), as text: the
    end is found in the bytes, so only the head is decoded."""
    chunk = page[:HEAD_BYTES]
    if isinstance(chunk, bytes):
        end = _HEAD_END_BYTES.search(chunk)
        return (chunk[:end.start()] if end else chunk).decode("utf-8", "replace")
    end = _HEAD_END.search(chunk)
    return chunk[:end.start()] if end else chunk


def hreflang_alternates(page: str | bytes, url: str) -> list[str]:
    """The absolute URLs of ``<link rel="alternate" hreflang=…>`` in the page's head, in
    document order, each once (``x-default`` included: it is one of the versions)."""
    found: dict[str, None] = {}
    for tag in _LINK_TAG.findall(_head(page)):
        if "hreflang" not in tag.lower():
            continue  # stylesheets, preloads, icons: most of a head's links
        attrs = _attributes(tag)
        if ("alternate" in attrs.get("rel", "").lower().split() and attrs.get("hreflang")
                and attrs.get("href")):
            found.setdefault(urljoin(url, attrs["href"].strip()), None)
    return list(found)


def listing_links(page: str | bytes, url: str) -> list[str]:
    """Every ``<a href>`` and ``<link href>`` of a listing page, absolute: the run keeps the
    listing pages (next pages, other languages) and model pages among them."""
    text = _text(page, None)
    found: dict[str, None] = {}
    for tag in (*_LINK_TAG.findall(text), *_A_TAG.findall(text)):
        href = _attributes(tag).get("href", "").strip()
        if href and not href.startswith(("#", "javascript:", "mailto:")):
            found.setdefault(urljoin(url, href), None)
            if len(found) >= MAX_LISTING_LINKS:
                break
    return list(found)
