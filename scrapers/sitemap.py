"""Sitemap discovery: which pages exist, when they changed, and their language versions.

The sitemap is the site's own list of model pages, so discovery starts there instead of
crawling links.  Sitemaps are untrusted input: they may be gzipped, namespaced or not, carry
a BOM, be malformed or empty, point at other hosts, loop through index files, or try the
billion-laughs entity trick.  None of that may stop a scrape, so everything short of a
programming error ends up in ``Discovery.problems``.

Sitemaps of a mirrored site keep the canonical host (``https://www.cometapi.com/...``) in their
URLs; ``host_aliases`` lets discovery fetch those from the mirror while reporting canonical URLs.
"""

from __future__ import annotations

import asyncio
import re
import urllib.parse
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from scrapers.http import PoliteClient, url_origin

__all__ = [
    "SITEMAP_ACCEPT_TYPES",
    "Discovery",
    "SitemapEntry",
    "SitemapError",
    "discover",
    "parse_sitemap",
    "rebase_url",
]

SITEMAP_ACCEPT_TYPES: tuple[str, ...] = (
    "application/xml",
    "text/xml",
    "application/gzip",
    "application/x-gzip",
    "application/octet-stream",
    "text/plain",
)
# The sitemap protocol caps a file at 50 MB uncompressed; a little slack, then refuse, so a
# gzip bomb cannot take the machine's memory.
MAX_SITEMAP_BYTES = 60_000_000
_GZIP_MAGIC = b"\x1f\x8b"
_DTD_MARKUP = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class SitemapError(ValueError):
    """A sitemap that cannot be read: not gzip when it says so, malformed XML, DTDs, etc."""


@dataclass(frozen=True)
class SitemapEntry:
    """One ``<url>`` (or, inside an index, one ``<sitemap>``), with values as written."""

    url: str
    lastmod: str | None = None
    alternates: tuple[tuple[str, str], ...] = ()  # (hreflang, href) from xhtml:link


@dataclass
class Discovery:
    entries: list[SitemapEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- parsing


class _RefuseDoctype(ET.TreeBuilder):
    """Tree builder that aborts on any DOCTYPE, before entities declared there can expand."""

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        raise SitemapError("DOCTYPE/ENTITY declarations are refused")


def _gunzip(data: bytes) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, MAX_SITEMAP_BYTES + 1)
    except zlib.error as exc:
        raise SitemapError(f"bad gzip data: {exc}") from exc
    if len(out) > MAX_SITEMAP_BYTES:
        raise SitemapError(f"decompressed sitemap exceeds {MAX_SITEMAP_BYTES} bytes")
    if not decompressor.eof:
        raise SitemapError("truncated gzip data")
    return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(element: ET.Element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            text = (child.text or "").strip()
            return text or None
    return None


def _alternates(element: ET.Element) -> tuple[tuple[str, str], ...]:
    found = []
    for child in element:
        if _local(child.tag) != "link":
            continue
        rel = child.get("rel", "alternate").strip().lower()
        hreflang, href = child.get("hreflang"), child.get("href")
        if rel == "alternate" and hreflang and href:
            found.append((hreflang.strip(), href.strip()))
    return tuple(found)


def parse_sitemap(data: bytes) -> tuple[str, list[SitemapEntry]]:
    """Parse a sitemap or sitemap index; returns ("urlset" | "index", entries).

    Raises SitemapError for anything that is not a well-formed sitemap document.
    """
    if data[:2] == _GZIP_MAGIC:
        data = _gunzip(data)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.strip()
    if not data:
        raise SitemapError("empty document")
    if _DTD_MARKUP.search(data):
        raise SitemapError("DOCTYPE/ENTITY declarations are refused")
    parser = ET.XMLParser(target=_RefuseDoctype())
    try:
        parser.feed(data)
        root = parser.close()
    except ET.ParseError as exc:
        raise SitemapError(f"not well-formed XML: {exc}") from exc
    kind = _local(root.tag)
    if kind == "urlset":
        item_tag, result_kind = "url", "urlset"
    elif kind == "sitemapindex":
        item_tag, result_kind = "sitemap", "index"
    else:
        raise SitemapError(f"unexpected root element <{kind}>")
    entries = []
    for item in root:
        if _local(item.tag) != item_tag:
            continue
        loc = _child_text(item, "loc")
        if loc is None:
            continue
        alternates = _alternates(item) if result_kind == "urlset" else ()
        entries.append(SitemapEntry(url=loc, lastmod=_child_text(item, "lastmod"),
                                    alternates=alternates))
    return result_kind, entries


# --------------------------------------------------------------------------- rebasing


def rebase_url(url: str, base_url: str, host_aliases: tuple[str, ...] = ()) -> str | None:
    """The URL to fetch for ``url``: itself on the base host, moved onto the base host when
    its host is one of ``host_aliases`` (canonical hosts of a mirror), else None.

    Fragments are dropped (never sent anyway); a path prefix of ``base_url`` is kept.
    """
    url = url.strip()
    try:
        parts = urllib.parse.urlsplit(url)
        base = urllib.parse.urlsplit(base_url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if url_origin(url) == url_origin(base_url):
        return urllib.parse.urlunsplit(parts._replace(fragment=""))
    aliases = {alias.strip().lower() for alias in host_aliases}
    netloc = parts.netloc.rsplit("@", 1)[-1].lower()
    if parts.hostname.lower() not in aliases and netloc not in aliases:
        return None
    path = base.path.rstrip("/") + (parts.path or "/")
    return urllib.parse.urlunsplit((base.scheme, base.netloc, path, parts.query, ""))


# --------------------------------------------------------------------------- discovery


def _lastmod_key(lastmod: str | None) -> tuple[int, datetime]:
    """Sort key for W3C datetimes of mixed precision; unparsable or missing sorts first."""
    floor = datetime.min.replace(tzinfo=UTC)
    if not lastmod:
        return (0, floor)
    try:
        when = datetime.fromisoformat(lastmod.strip())
    except ValueError:
        return (0, floor)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (1, when)


def _merge(old: SitemapEntry, new: SitemapEntry) -> SitemapEntry:
    """Keep the entry with the latest lastmod; alternates from both, winner's first."""
    winner, loser = (new, old) if _lastmod_key(new.lastmod) > _lastmod_key(old.lastmod) else (
        old, new
    )
    alternates = winner.alternates + tuple(
        pair for pair in loser.alternates if pair not in winner.alternates
    )
    return SitemapEntry(url=winner.url, lastmod=winner.lastmod, alternates=alternates)


async def _start_urls(
    client: PoliteClient, base_url: str, host_aliases: tuple[str, ...], problems: list[str]
) -> list[str]:
    """Sitemaps named in robots.txt (on-host or alias), else ``<base>/sitemap.xml``."""
    policy = await client.robots()
    if policy.problem:
        problems.append(f"robots.txt problem: {policy.problem}")
    starts = []
    for url in policy.sitemaps:
        if rebase_url(url, base_url, host_aliases) is None:
            problems.append(f"offsite sitemap skipped {url}")
        else:
            starts.append(url)
    return starts or [base_url.rstrip("/") + "/sitemap.xml"]


async def discover(
    client: PoliteClient,
    base_url: str,
    *,
    sitemap_url: str | None = None,
    host_aliases: tuple[str, ...] = (),
    max_sitemaps: int = 200,
    keep_alternates: bool = True,
    max_bytes: int = 50_000_000,
) -> Discovery:
    """Walk the sitemap tree breadth-first and collect page entries (canonical URLs).

    Each sitemap is fetched at most once (loops in index files are harmless) and at most
    ``max_sitemaps`` are fetched.  Entries keep the URLs as the sitemap wrote them; callers
    use ``rebase_url`` to fetch them.  ``keep_alternates=False`` drops the hreflang links, which
    are most of an entry's memory on a site in twenty languages.  A sitemap may be up to
    ``max_bytes`` (the protocol allows 50 MB uncompressed).
    """
    found = Discovery()
    problems = found.problems
    if sitemap_url is not None:
        queue = [sitemap_url]
    else:
        queue = await _start_urls(client, base_url, host_aliases, problems)
    by_url: dict[str, SitemapEntry] = {}
    seen: set[str] = set()
    over_limit: list[str] = []
    while queue:
        batch: list[tuple[str, str]] = []
        for canonical in queue:
            fetch_url = rebase_url(canonical, base_url, host_aliases)
            if fetch_url is None:
                problems.append(f"offsite sitemap skipped {canonical}")
            elif fetch_url in seen:
                continue
            elif len(seen) >= max_sitemaps:
                over_limit.append(canonical)
            else:
                seen.add(fetch_url)
                batch.append((canonical, fetch_url))
        queue = []
        results = await asyncio.gather(
            *(client.fetch(fetch_url, accept=SITEMAP_ACCEPT_TYPES, max_bytes=max_bytes)
              for _, fetch_url in batch)
        )
        for (canonical, _), result in zip(batch, results, strict=True):
            if not result.ok or result.body is None:
                problems.append(f"fetch failed {canonical}: {result.error}")
                continue
            if not result.body.strip():
                problems.append(f"empty sitemap {canonical}: no content")
                continue
            try:
                kind, items = parse_sitemap(result.body)
            except SitemapError as exc:
                problems.append(f"malformed sitemap {canonical}: {exc}")
                continue
            if not items:
                problems.append(f"empty sitemap {canonical}: no entries")
            elif kind == "index":
                queue.extend(urllib.parse.urljoin(canonical, item.url) for item in items)
            else:
                for item in items:
                    url = urllib.parse.urljoin(canonical, item.url)
                    entry = SitemapEntry(url=url, lastmod=item.lastmod,
                                         alternates=item.alternates if keep_alternates else ())
                    by_url[url] = _merge(by_url[url], entry) if url in by_url else entry
    if over_limit:
        problems.append(
            f"sitemap limit reached: {max_sitemaps} fetched, {len(over_limit)} not fetched "
            f"(first: {over_limit[0]})"
        )
    found.entries = list(by_url.values())
    return found
