"""Sitemap discovery: which pages exist, when they changed, and their language versions.

The sitemap is the site's own list of model pages, so discovery starts there instead of
crawling links.  Sitemaps are untrusted input: they may be gzipped, namespaced or not, carry
a BOM, be malformed or empty, point at other hosts, loop through index files, or try the
billion-laughs entity trick.  None of that may stop a scrape, so everything short of a
programming error ends up in the ``problems`` list ``iter_entries`` is given.

Sitemaps of a mirrored site keep the canonical host (``https://www.cometapi.com/...``) in their
URLs; ``host_aliases`` lets discovery fetch those from the mirror while reporting canonical URLs.
"""

from __future__ import annotations

import asyncio
import re
import urllib.parse
import xml.etree.ElementTree as ET
import zlib
from collections import deque
from collections.abc import AsyncIterator, Generator
from dataclasses import dataclass

from scrapers.fetch.http import PoliteClient, url_origin
from scrapers.fetch.urlnorm import clean_url, on_alias_host

__all__ = [
    "SITEMAP_ACCEPT_TYPES",
    "Rebaser",
    "SitemapEntry",
    "SitemapError",
    "iter_entries",
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


# --------------------------------------------------------------------------- parsing


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


class _SitemapReader:
    """An expat target that turns sitemap XML into entries as it goes, without building a
    tree: a 50 MB sitemap in twenty languages is millions of elements, and a tree of them
    took more memory than the rest of a scrape. Refuses any DOCTYPE, before entities declared
    there can expand."""

    def __init__(self, keep_alternates: bool) -> None:
        self.keep_alternates = keep_alternates
        self.kind: str | None = None          # "urlset" | "index" once the root is seen
        self.entries: list[SitemapEntry] = []  # finished since the caller last took them
        self._item_tag: str | None = None
        self._depth = 0
        self._fields: dict[str, str] = {}
        self._alternates: list[tuple[str, str]] = []
        self._text: list[str] | None = None

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        raise SitemapError("DOCTYPE/ENTITY declarations are refused")

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self._depth += 1
        name = _local(tag)
        if self._depth == 1:
            if name == "urlset":
                self.kind, self._item_tag = "urlset", "url"
            elif name == "sitemapindex":
                self.kind, self._item_tag = "index", "sitemap"
            else:
                raise SitemapError(f"unexpected root element <{name}>")
        elif self._depth == 2 and name == self._item_tag:
            self._fields, self._alternates = {}, []
        elif self._depth == 3 and name in ("loc", "lastmod") and name not in self._fields:
            self._text = []
        elif (self._depth == 3 and name == "link" and self.kind == "urlset"
              and self.keep_alternates):
            rel = attrib.get("rel", "alternate").strip().lower()
            hreflang, href = attrib.get("hreflang"), attrib.get("href")
            if rel == "alternate" and hreflang and href:
                self._alternates.append((hreflang.strip(), href.strip()))

    def data(self, text: str) -> None:
        if self._text is not None:
            self._text.append(text)

    def end(self, tag: str) -> None:
        name = _local(tag)
        if self._depth == 3 and self._text is not None:
            self._fields[name] = "".join(self._text).strip()
            self._text = None
        elif self._depth == 2 and name == self._item_tag:
            loc = self._fields.get("loc")
            if loc:
                lastmod = self._fields.get("lastmod") or None
                self.entries.append(SitemapEntry(url=loc, lastmod=lastmod,
                                                 alternates=tuple(self._alternates)))
        self._depth -= 1

    def close(self) -> str | None:
        return self.kind


def _prepare(data: bytes) -> bytes:
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
    return data


def parse_sitemap(data: bytes, keep_alternates: bool = True) -> tuple[str, list[SitemapEntry]]:
    """Parse a sitemap or sitemap index; returns ("urlset" | "index", entries).

    Raises SitemapError for anything that is not a well-formed sitemap document: a malformed
    file gives no entries at all, rather than the ones before the damage.
    """
    steps = _parse_in_steps(data, keep_alternates)
    while (parsed := _step(steps)) is None:
        pass
    return parsed


async def _parse_between_turns(data: bytes,
                               keep_alternates: bool) -> tuple[str, list[SitemapEntry]]:
    """``parse_sitemap``, giving the event loop a turn after each step: a 2 MB sitemap is a
    tenth of a second of parsing, long enough for every reader to finish its pages and wait."""
    steps = _parse_in_steps(data, keep_alternates)
    while (parsed := _step(steps)) is None:
        await asyncio.sleep(0)
    return parsed


def _step(steps: Generator[None, None, tuple[str, list[SitemapEntry]]]
          ) -> tuple[str, list[SitemapEntry]] | None:
    """Feed the parser one more step of ``steps``: the parse's result once it is done, None
    while there is more to feed."""
    try:
        next(steps)
    except StopIteration as done:
        return done.value
    return None


#: bytes fed to the XML parser at a time (about 10 ms of parsing)
PARSE_STEP = 1 << 18


def _parse_in_steps(data: bytes,
                    keep_alternates: bool) -> Generator[None, None, tuple[str, list[SitemapEntry]]]:
    data = _prepare(data)
    reader = _SitemapReader(keep_alternates)
    parser = ET.XMLParser(target=reader)
    try:
        for start in range(0, len(data), PARSE_STEP):
            parser.feed(data[start:start + PARSE_STEP])
            yield
        kind = parser.close()
    except ET.ParseError as exc:
        raise SitemapError(f"not well-formed XML: {exc}") from exc
    if kind is None:
        raise SitemapError("no root element")
    return kind, reader.entries


# --------------------------------------------------------------------------- rebasing


def rebase_url(url: str, base_url: str, host_aliases: tuple[str, ...] = ()) -> str | None:
    """The URL to fetch for ``url``: itself (in its one spelling, ``clean_url``) on the base
    host, moved onto the base host when its host is one of ``host_aliases`` (the canonical
    hosts of a snapshot being served locally), else None.

    A path prefix of ``base_url`` is kept.
    """
    cleaned = clean_url(url)
    if cleaned is None:
        return None
    if url_origin(cleaned) == url_origin(base_url):
        return cleaned
    parts = urllib.parse.urlsplit(cleaned)
    if not on_alias_host(parts, host_aliases):
        return None
    base = urllib.parse.urlsplit(base_url)
    path = base.path.rstrip("/") + (parts.path or "/")
    return urllib.parse.urlunsplit((base.scheme, base.netloc, path, parts.query, ""))


class Rebaser:
    """``rebase_url`` for one run's base URL and alias hosts, quick for the URLs a run queues.

    Every page a run fetches is queued under its canonical URL (``canonical_url``: on the
    first alias host over https, or on the base host), and for those the answer is a matter
    of prefixes: the URL itself on the base host, or the base URL's origin and path before
    the alias URL's path. ``rebase_url`` parsed the URL up to five times to find that out, for
    every page, on the event loop. Any other URL goes to ``rebase_url``."""

    def __init__(self, base_url: str, host_aliases: tuple[str, ...] = ()) -> None:
        self.base_url, self.host_aliases = base_url, host_aliases
        base = urllib.parse.urlsplit(base_url)
        cleaned_base = clean_url(base_url)
        origin = url_origin(base_url)
        # canonical URLs on the base host start with this (clean_url's spelling of its origin)
        self._on_base = (urllib.parse.urlunsplit((*urllib.parse.urlsplit(cleaned_base)[:2],
                                                  "/", "", "")) if cleaned_base else None)
        self._alias: str | None = None
        if host_aliases:
            alias = f"https://{host_aliases[0].strip().lower()}"
            if url_origin(alias + "/") != origin:  # else rebase_url keeps the URL as it is
                self._alias = alias + "/"
                self._onto = f"{base.scheme}://{base.netloc}{base.path.rstrip('/')}/"

    def __call__(self, url: str) -> str | None:
        """``rebase_url(url, base_url, host_aliases)``."""
        if _looks_canonical(url):
            if self._alias is not None and url.startswith(self._alias):
                return self._onto + url[len(self._alias):]
            if self._on_base is not None and url.startswith(self._on_base):
                return url
        return rebase_url(url, self.base_url, self.host_aliases)


# what a URL in clean_url's spelling may hold after its origin: only characters that need no
# escaping (so no escape to normalise), no fragment; dot segments are looked for apart
_CANONICAL_REST = re.compile(r"/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*"
                             r"(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?]+)?")
_ORIGIN = re.compile(r"https?://[a-z0-9.\-]+(?::[0-9]+)?(?=/)")


def _looks_canonical(url: str) -> bool:
    """True when ``url`` is plainly in ``clean_url``'s spelling (a lower-case host name, then
    a path and query of characters that need no escaping and no dot segment), so that
    ``clean_url(url) == url``. False only means "not sure"."""
    origin = _ORIGIN.match(url)
    if origin is None or _CANONICAL_REST.fullmatch(url, origin.end()) is None:
        return False
    path = url[origin.end():].split("?", 1)[0]
    return "/./" not in path and "/../" not in path and not path.endswith(("/.", "/.."))


# --------------------------------------------------------------------------- discovery


async def _start_urls(
    client: PoliteClient, base_url: str, host_aliases: tuple[str, ...], problems: list[str]
) -> tuple[list[str], bool]:
    """Sitemaps named in robots.txt (on-host or alias), else ``<base>/sitemap.xml``; and
    whether that one is a guess (robots.txt names none: a 404 there means no sitemap)."""
    policy = await client.robots()
    if policy.problem:
        problems.append(f"robots.txt problem: {policy.problem}")
    starts = []
    for url in policy.sitemaps:
        if rebase_url(url, base_url, host_aliases) is None:
            problems.append(f"offsite sitemap skipped {url}")
        else:
            starts.append(url)
    if starts:
        return starts, False
    return [base_url.rstrip("/") + "/sitemap.xml"], True


async def iter_entries(
    client: PoliteClient,
    base_url: str,
    problems: list[str],
    *,
    sitemap_url: str | None = None,
    host_aliases: tuple[str, ...] = (),
    max_sitemaps: int = 200,
    keep_alternates: bool = True,
    max_bytes: int = 50_000_000,
    unread: list[str] | None = None,
    read: list[str] | None = None,
) -> AsyncIterator[SitemapEntry]:
    """Walk the sitemap tree breadth-first, one sitemap at a time, yielding page entries
    (canonical URLs) as each sitemap is read; what goes wrong is appended to ``problems``.

    One at a time, so that at most one sitemap's body and entries are in memory and a scrape
    can start on the first pages while later sitemaps are still to come. Each sitemap is
    fetched at most once (loops in index files are harmless) and at most ``max_sitemaps`` are
    fetched. Entries keep the URLs as the sitemap wrote them; callers use ``rebase_url`` to
    fetch them. ``keep_alternates=False`` drops the hreflang links, which are most of an
    entry's memory on a site in twenty languages. A sitemap may be up to ``max_bytes`` (the
    protocol allows 50 MB uncompressed). The same URL may come more than once.

    ``unread`` receives each sitemap that exists (robots.txt or an index names it, or it was
    asked for) and was not read: it failed (an HTTP error, a timeout, a body over the cap or a
    gzip bomb), was malformed or empty, or was cut (past ``max_sitemaps``), as
    ``"<url>: <why>"``. Its pages went unseen, so the run's discovery was incomplete. Only the
    guessed ``<base>/sitemap.xml`` answering a 4xx (not 408 or 429) is no failure: the site
    has no sitemap there.
    A sitemap on another host is skipped by rule and goes only to ``problems``. ``read``
    receives each sitemap read in full.
    """
    unread = unread if unread is not None else []
    guessed = False
    if sitemap_url is not None:
        queue = deque([sitemap_url])
    else:
        starts, guessed = await _start_urls(client, base_url, host_aliases, problems)
        queue = deque(starts)
    first = queue[0] if guessed else None
    seen: set[str] = set()
    over_limit: list[str] = []
    while queue:
        canonical = queue.popleft()
        fetch_url = rebase_url(canonical, base_url, host_aliases)
        if fetch_url is None:
            problems.append(f"offsite sitemap skipped {canonical}")
            continue
        if fetch_url in seen:
            continue
        if len(seen) >= max_sitemaps:
            over_limit.append(canonical)
            continue
        seen.add(fetch_url)
        result = await client.fetch(fetch_url, accept=SITEMAP_ACCEPT_TYPES, max_bytes=max_bytes)
        if not result.ok or result.body is None:
            problems.append(f"fetch failed {canonical}: {result.error}")
            # the guessed /sitemap.xml refused (404, 410, 403…): the site has no sitemap there
            if not (canonical == first and 400 <= result.status < 500
                    and result.status not in (408, 429)):
                unread.append(f"{canonical}: {result.error}")
            continue
        if not result.body.strip():
            problems.append(f"empty sitemap {canonical}: no content")
            unread.append(f"{canonical}: empty document")
            continue
        try:
            kind, items = await _parse_between_turns(result.body, keep_alternates)
        except SitemapError as exc:
            problems.append(f"malformed sitemap {canonical}: {exc}")
            unread.append(f"{canonical}: malformed: {exc}")
            continue
        finally:
            del result
        if read is not None:
            read.append(canonical)
        if not items:
            problems.append(f"empty sitemap {canonical}: no entries")
        elif kind == "index":
            queue.extend(urllib.parse.urljoin(canonical, item.url) for item in items)
        else:
            for item in items:
                yield SitemapEntry(url=urllib.parse.urljoin(canonical, item.url),
                                   lastmod=item.lastmod, alternates=item.alternates)
    unread.extend(f"{url}: over the limit of {max_sitemaps} sitemaps, not fetched"
                  for url in over_limit)
    if over_limit:
        problems.append(
            f"sitemap limit reached: {max_sitemaps} fetched, {len(over_limit)} not fetched "
            f"(first: {over_limit[0]})"
        )
