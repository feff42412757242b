"""One spelling per URL, decided once, before a URL is fetched, compared or stored.

Why: URLs come from sitemaps and pages anyone can write, and the places that use them (httpx,
a browser following a stored link, the ``pages`` table's key) do not read them alike.
``http://www.cometapi.com\\@evil.example/`` is fetched from one host by httpx and opened on
another by a browser; ``https://user:pw@host/`` would put credentials in the catalog;
``/models/a/%62/`` and ``/models/a/b/`` are one page stored twice. So a URL is either made
canonical here or refused:

- only ``http`` and ``https``, with a host; the scheme and host lower-cased, default ports
  dropped, a trailing dot on the host dropped;
- refused outright: backslashes, userinfo (``user@``), control characters and spaces in the
  host, ports that are not numbers;
- path: dot segments removed (RFC 3986 5.2.4); percent-escapes of unreserved characters
  decoded (``%7E`` → ``~``), other escapes upper-cased, characters that must be escaped
  escaped (UTF-8); empty path → ``/``;
- query kept, with the same escaping rules; fragment dropped (never sent to a server).

Every spelling of a URL lives here: ``clean_url`` (the rules above), ``canonical_url`` (and on
the first alias host, so ``http://cometapi.com/x`` and ``https://www.cometapi.com/x`` are one
page) and ``page_url`` (then the source's own rule: the key a page is stored under).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# characters allowed as they are in a path or query (RFC 3986 pchar plus "/" and "?")
_SAFE_PATH = _UNRESERVED | frozenset("!$&'()*+,;=:@/")
_SAFE_QUERY = _SAFE_PATH | frozenset("?")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_BAD_HOST = re.compile(r"[\x00-\x20\x7f%/\\?#@]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# what a path or query may hold as it is; anything else (or a "%") needs the slow walk below
_PLAIN_PATH = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@/]*")
_PLAIN_QUERY = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*")


def clean_url(url: str, base: str | None = None) -> str | None:
    """The canonical form of ``url`` (resolved against ``base`` when relative), or None when
    it is not a plain http(s) URL a browser and httpx would both read as the same place."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or "\\" in url or _CONTROL.search(url):
        return None
    try:
        if base is not None:
            if "\\" in base:
                return None
            url = urljoin(base, url)
        return _canonical(urlsplit(url))
    except ValueError:  # a port that is not a number, an unbalanced IPv6 bracket
        return None


def canonical_url(url: str, host_aliases: tuple[str, ...] = ()) -> str | None:
    """The URL a page is known by: ``clean_url``'s spelling, and on the first alias host over
    https when its host is any of ``host_aliases`` (``http://cometapi.com/x`` and
    ``https://www.cometapi.com:443/x`` are one page, fetched once and stored once)."""
    cleaned = clean_url(url)
    if cleaned is None or not host_aliases:
        return cleaned
    parts = urlsplit(cleaned)
    if not on_alias_host(parts, host_aliases):
        return cleaned
    return urlunsplit(("https", host_aliases[0].strip().lower(), parts.path,
                                    parts.query, ""))


def on_alias_host(parts: SplitResult, host_aliases: tuple[str, ...]) -> bool:
    """True when the URL ``parts`` is on one of ``host_aliases`` (a host name, or host:port)."""
    aliases = {alias.strip().lower() for alias in host_aliases}
    return (parts.hostname or "") in aliases or parts.netloc in aliases


def page_url(url: str, normalize: Callable[[str], str | None],
             host_aliases: Iterable[str] = ()) -> str | None:
    """The one spelling a page is fetched, compared and stored under (None: refused): the
    canonical URL on the alias host (``canonical_url``), then the source's own rule
    (``Source.normalize_url``, passed as ``normalize``). Kept for the last 8,192 links: a
    site's navigation, footer and "More models" links recur on page after page, and both
    spellings are pure functions of the link."""
    return _page_url(url, normalize, tuple(host_aliases))


@lru_cache(maxsize=8192)
def _page_url(url: str, normalize: Callable[[str], str | None],
              host_aliases: tuple[str, ...]) -> str | None:
    spelled = canonical_url(url, host_aliases)
    return normalize(spelled) if spelled is not None else None


def _canonical(parts: SplitResult) -> str | None:
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.netloc:
        return None
    if "@" in parts.netloc:
        return None  # userinfo: never fetched, stored or shown
    host = (parts.hostname or "").rstrip(".")
    if not host or _BAD_HOST.search(host):
        return None
    port = parts.port  # ValueError when not a number
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _escape(_remove_dot_segments(parts.path or "/"), _SAFE_PATH, _PLAIN_PATH) or "/"
    query = _escape(parts.query, _SAFE_QUERY, _PLAIN_QUERY)
    return urlunsplit((scheme, netloc, path, query, ""))


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4, on segments: ``/a/./b/../c`` → ``/a/c``; never above the root."""
    if "." not in path:
        return path
    out: list[str] = []
    segments = path.split("/")
    for i, segment in enumerate(segments):
        if segment == ".":
            if i == len(segments) - 1:
                out.append("")
            continue
        if segment == "..":
            if len(out) > 1:
                out.pop()
            if i == len(segments) - 1:
                out.append("")
            continue
        out.append(segment)
    result = "/".join(out)
    return result if result.startswith("/") else "/" + result


def _escape(text: str, safe: frozenset[str], plain: re.Pattern[str]) -> str:
    """Escapes in one spelling: unreserved ones decoded, the rest upper-case, and every
    character that may not appear as it is (spaces, non-ASCII, a lone ``%``) escaped. Nearly
    every URL has nothing to change: ``plain`` (the characters of ``safe``) tells so in C."""
    if not text or plain.fullmatch(text):
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and _ESCAPE.match(text, i):
            byte = int(text[i + 1:i + 3], 16)
            decoded = chr(byte)
            out.append(decoded if decoded in _UNRESERVED else f"%{byte:02X}")
            i += 3
            continue
        if ch in safe:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
        i += 1
    return "".join(out)
