"""The polite async fetcher every scraper goes through.

One place owns the manners towards the site (identifying User-Agent, robots.txt, a per-host
rate limit, bounded concurrency, backoff that listens to ``Retry-After``) and the defences
against it (size caps, truncated bodies, redirects that try to take us to another host).
``fetch`` never raises for network or HTTP trouble: a scrape of thousands of pages must be
able to record a failure and move on, so every problem becomes a ``FetchResult.error``.
"""

from __future__ import annotations

import asyncio
import codecs
import email.utils
import functools
import random
import re
import ssl
import time
import urllib.parse
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from scrapers.fetch.robots import RobotsPolicy

__all__ = [
    "DEFAULT_ACCEPT_TYPES",
    "DEFAULT_USER_AGENT",
    "MAX_REDIRECTS",
    "FetchResult",
    "HostRateLimiter",
    "PoliteClient",
    "decode_text",
    "tls_context",
    "url_origin",
]

DEFAULT_USER_AGENT = (
    "comet-catalog/0.1 (+https://github.com/comet-catalog/comet-catalog; open price catalog bot)"
)
DEFAULT_ACCEPT_TYPES: tuple[str, ...] = (
    "text/html",
    "application/xhtml+xml",
    "application/xml",
    "text/xml",
    "application/gzip",
    "application/x-gzip",
    "text/plain",
    "application/octet-stream",
)
MAX_REDIRECTS = 5
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass
class FetchResult:
    """Everything one ``fetch`` learned; ``error`` is None exactly when it succeeded.

    ``status`` is the last HTTP status received (0 when no response came back at all, or when
    the request was refused before sending: offsite URL/redirect, robots).  ``body``/``text``
    are None on any failure and on 304.
    """

    url: str
    final_url: str
    status: int = 0
    body: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    error: str | None = None
    attempts: int = 0
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def is_text(self) -> bool:
        """A body of a text media type (HTML, XML, plain text): something a reader can read."""
        return self.body is not None and _is_text(_media_type(self.content_type))

    @property
    def text(self) -> str | None:
        """The body decoded as a browser would (see ``decode_text``), None when not text.

        Decoded on each access rather than on arrival: the scrape pipeline hands the raw
        bytes to a reader process, which decodes there, so the event loop never pays for it.
        """
        return decode_text(self.body, self.content_type) if self.body is not None else None


# --------------------------------------------------------------------------- rate limiting


class HostRateLimiter:
    """Spaces request *starts* per host by a minimum interval.

    Reservations are handed out in order without a lock: the read-modify-write of the next
    free slot has no ``await`` in it, so asyncio tasks cannot interleave there.
    """

    def __init__(self, requests_per_second: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """``clock``: seconds on a monotonic clock (a test passes its own, so spacing is
        checked without sleeping)."""
        self._clock = clock
        self._default_interval = 1.0 / requests_per_second if requests_per_second > 0 else 0.0
        self._intervals: dict[str, float] = {}
        self._next_start: dict[str, float] = {}

    def interval(self, host: str) -> float:
        return self._intervals.get(host, self._default_interval)

    def set_min_interval(self, host: str, seconds: float) -> None:
        """Slow one host down further (robots.txt Crawl-delay); never speeds it up."""
        self._intervals[host] = max(self._default_interval, seconds)

    def defer(self, host: str, seconds: float) -> None:
        """Push the host's next slot out, e.g. after a 429 with Retry-After, for all tasks."""
        until = self._clock() + seconds
        self._next_start[host] = max(self._next_start.get(host, 0.0), until)

    def reserve(self, host: str) -> float:
        """Take the host's next slot: the seconds to wait before sending (0.0: now)."""
        now = self._clock()
        start = max(now, self._next_start.get(host, now))
        self._next_start[host] = start + self.interval(host)
        return start - now

    async def wait(self, host: str) -> None:
        delay = self.reserve(host)
        if delay > 0:
            await asyncio.sleep(delay)


# --------------------------------------------------------------------------- decoding

# WHATWG Encoding Standard: browsers decode these labels with a superset codec, and pages
# written for browsers rely on it (curly quotes declared as iso-8859-1, NEC symbols in SJIS).
_BROWSER_CODECS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "shift_jis": "cp932",
    "gb2312": "gbk",
    "euc_kr": "cp949",
    "tis-620": "cp874",
}
_TEXT_TYPES = ("application/xhtml+xml", "application/xml", "application/json",
               "application/javascript", "application/rss+xml", "application/atom+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""")
_PRESCAN_BYTES = 4096


def _codec(label: str | None) -> str | None:
    """Map a charset label to a Python codec name, or None if Python does not know it."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    name = _BROWSER_CODECS.get(name, name)
    return name if name in _WHATWG_CODECS else None


#: the encodings of the WHATWG Encoding Standard, as Python names their codecs: a label for any
#: other (utf-7, utf-32, hz, EBCDIC) is ignored, as a browser ignores it, so a page cannot hide
#: text a browser would never show
_WHATWG_CODECS = frozenset({
    "utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp866", "koi8-r", "koi8-u", "mac-roman",
    "mac-cyrillic", "cp874", "gbk", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp",
    "cp932", "cp949", *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
    *(f"cp125{n}" for n in range(9)),
})


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _header_charset(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip()
    return None


def _is_text(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type in _TEXT_TYPES or media_type.endswith(
        "+xml"
    )


def decode_text(body: bytes, content_type: str | None) -> str | None:
    """Decode a body the way a browser would; None when the media type is not text.

    Undecodable bytes become U+FFFD rather than an error, since a page with one bad byte still
    carries prices worth reading.
    """
    codec = text_codec(body, content_type)
    return None if codec is None else body.decode(codec, errors="replace")


def text_codec(body: bytes, content_type: str | None) -> str | None:
    """The codec a browser would decode this body with (``utf-8-sig`` for UTF-8, so a BOM is
    dropped); None when the media type is not text.

    Order: byte-order mark (unambiguous), Content-Type charset, ``<meta charset>`` (HTML) or
    the XML declaration, then UTF-8.
    """
    media_type = _media_type(content_type)
    if not _is_text(media_type):
        return None
    codec: str | None = None
    if body.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    elif body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16"
    codec = codec or _codec(_header_charset(content_type))
    if codec is None:
        head = body[:_PRESCAN_BYTES]
        match = _XML_ENCODING.match(head) if "xml" in media_type else None
        match = match or _META_CHARSET.search(head)
        if match:
            codec = _codec(match.group(1).decode("ascii"))
            # An ASCII-compatible prescan found the label, so the page cannot be UTF-16.
            if codec and codec.startswith("utf-16"):
                codec = "utf-8"
    if codec in (None, "utf-8"):
        codec = "utf-8-sig"
    return codec


# --------------------------------------------------------------------------- helpers


def url_origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) with default ports filled in; None for unusable URLs."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname.lower(), port or _DEFAULT_PORTS[scheme]


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One verifying TLS context per process: building one loads the CA bundle (~70 ms),
    which adds up when many short-lived clients are made (tests, one client per run, a
    reader forked from a process that built it already)."""
    return httpx.create_ssl_context(trust_env=False)


def _host_key(origin: tuple[str, str, int]) -> str:
    return f"{origin[0]}://{origin[1]}:{origin[2]}"


def _parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _describe(exc: BaseException) -> str:
    """``Type: reason``.  httpx wraps the OS error (reset, refused) and leaves its own message
    empty, so the reason comes from the first OSError, else the first non-empty message, down
    the exception chain."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    texts = [str(e).strip() for e in chain]
    os_texts = [t for e, t in zip(chain, texts, strict=True) if isinstance(e, OSError) and t]
    reason = next(iter(os_texts + [t for t in texts if t]), "")
    return f"{type(exc).__name__}: {reason}" if reason else type(exc).__name__


class _Budget:
    """The seconds one ``fetch`` may take, all attempts, waits and redirects together; the
    clock starts when the first request is sent (time spent queued for the rate limiter is
    not the page's fault)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.ends: float | None = None

    def start(self) -> None:
        if self.seconds is not None and self.ends is None:
            self.ends = time.monotonic() + self.seconds

    def left(self) -> float | None:
        return None if self.ends is None else self.ends - time.monotonic()


@dataclass
class Exchange:
    """The outcome of one HTTP request/response, before retry and redirect decisions."""

    status: int = 0
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: bytes | None = None
    error: str | None = None
    retryable: bool = False
    retry_after: float | None = None
    location: str | None = None


# --------------------------------------------------------------------------- bodies


class _DecodeError(Exception):
    """A body that its declared content encoding does not decode."""


class _Decoder:
    """One content-encoding layer (gzip or deflate) undone with an output budget: a call never
    produces more than the budget allows plus one byte, however small the input."""

    def __init__(self, encoding: str | None) -> None:
        self.encoding = encoding
        self._zlib = None
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj()
        self._raw_deflate_tried = False

    @classmethod
    def for_header(cls, header: str) -> _Decoder:
        layers = [e.strip().lower() for e in header.split(",") if e.strip()]
        layers = [e for e in layers if e != "identity"]
        if len(layers) > 1:
            raise ValueError(f"stacked content encodings refused ({', '.join(layers)})")
        if layers and layers[0] not in ("gzip", "x-gzip", "deflate"):
            raise ValueError(f"content encoding {layers[0]!r} not accepted")
        return cls(layers[0] if layers else None)

    def decode(self, data: bytes, budget: int) -> bytes:
        if self._zlib is None:
            return data
        try:
            out = self._zlib.decompress(data, max(budget, 0) + 1)
            parts = [out]
            produced = len(out)
            while self._zlib.unconsumed_tail and produced <= budget:
                more = self._zlib.decompress(self._zlib.unconsumed_tail, budget - produced + 1)
                parts.append(more)
                produced += len(more)
            return b"".join(parts)
        except zlib.error as exc:
            if self.encoding == "deflate" and not self._raw_deflate_tried:
                # servers send raw deflate under "deflate" as often as zlib-wrapped deflate
                self._raw_deflate_tried = True
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.decode(data, budget)
            raise _DecodeError(str(exc)) from None

    def flush(self) -> bytes:
        """What is left once the input ended (decode() has already produced nearly all)."""
        if self._zlib is None:
            return b""
        try:
            return self._zlib.flush()
        except zlib.error as exc:
            raise _DecodeError(str(exc)) from None


class BodyReader:
    """Collects one response body, decoded here rather than by httpx: the size cap counts
    decoded bytes as they are produced, so a 2 KB gzip of a gigabyte of zeros stops at the cap,
    and stacked encodings ("gzip, gzip") are refused outright. ``PoliteClient`` feeds it the
    raw chunks as they arrive and stops when ``feed`` says so; problems land in ``exchange``."""

    __slots__ = ("_chunks", "_decoder", "_exchange", "_limit", "_size", "_stats")

    def __init__(self, exchange: Exchange, limit: int, stats: dict[str, int]) -> None:
        self._exchange, self._limit, self._stats = exchange, limit, stats
        self._chunks: list[bytes] = []
        self._size = 0
        self._decoder: _Decoder | None = None
        try:
            self._decoder = _Decoder.for_header(exchange.headers.get("content-encoding", ""))
        except ValueError as exc:
            exchange.error = f"unsupported_encoding: {exc}"

    @property
    def wanted(self) -> bool:
        """Whether the body is worth reading at all (its encoding is one we undo)."""
        return self._decoder is not None

    def feed(self, raw: bytes) -> bool:
        """Take one raw chunk; False when reading should stop (the body is refused)."""
        assert self._decoder is not None
        self._stats["bytes"] += len(raw)
        try:
            chunk = self._decoder.decode(raw, self._limit - self._size)
        except _DecodeError as exc:
            self._exchange.error = f"bad_encoding: {exc}"
            return False
        self._size += len(chunk)
        if self._size > self._limit:
            self._exchange.error = f"too_large: body exceeds {self._limit} bytes"
            return False
        self._chunks.append(chunk)
        return True

    def finish(self) -> None:
        """The raw body ended: undo what the decoder still holds and hand the body over."""
        assert self._decoder is not None
        try:
            tail = self._decoder.flush()
        except _DecodeError as exc:
            self._exchange.error = f"bad_encoding: {exc}"
            return
        if self._size + len(tail) > self._limit:
            self._exchange.error = f"too_large: body exceeds {self._limit} bytes"
            return
        self._chunks.append(tail)
        self._exchange.body = b"".join(self._chunks)


# --------------------------------------------------------------------------- the client


@dataclass(slots=True)
class _Get:
    """One GET to send (each attempt of a fetch sends it again): where, with which headers,
    the page's budget it counts against and the size cap of its body."""

    url: str
    headers: dict[str, str]
    accept: tuple[str, ...] | None  # None: any content type (robots.txt)
    budget: _Budget
    max_bytes: int


class PoliteClient:
    """The site's client: the manners towards the site and the defences against it, on an
    event loop, ``concurrency`` requests at a time, each start spaced by the per-host rate
    limit. The scrape's own process uses one for robots.txt, sitemaps and catalogs; each
    reader process uses one for the pages it fetches (``catalog.run.reader_process``). It
    drives httpx's async transport itself, not ``httpx.AsyncClient``: the client's cookie jar,
    URL merging and auth and redirect flows, none of which a scraper of one site uses, cost
    half a millisecond of CPU a request.

    ``timeout`` bounds each network operation (connect, each read); ``total_timeout`` (default
    four times ``timeout``) bounds a whole request so a server trickling bytes cannot hold a
    worker forever.  ``max_retries`` counts retries, so a request is tried at most
    ``max_retries + 1`` times, and ``page_budget`` bounds a whole ``fetch`` in seconds (every
    attempt, retry wait and redirect): a page trickling one byte a second costs that, not
    ``(max_retries + 1) × total_timeout``.  robots.txt Crawl-delay, when larger than
    ``1 / requests_per_second``, slows the host further (capped at ``max_backoff``);
    ``requests_per_second`` 0 sets no limit.  ``max_bytes`` caps the decoded body (so a gzip
    bomb is cut too); a declared Content-Length above it is refused before reading.

    ``stats``: ``requests`` HTTP requests sent (robots.txt and redirects included), ``retries``,
    ``bytes`` body bytes received, ``not_modified`` 304 answers, ``failures`` fetches that
    ended with an error.
    """

    def __init__(
        self,
        base_url: str,
        *,
        concurrency: int = 4,
        requests_per_second: float = 8.0,
        max_retries: int = 3,
        backoff_base: float = 0.5,
        max_backoff: float = 30.0,
        timeout: float = 20.0,
        total_timeout: float | None = None,
        page_budget: float | None = 60.0,
        max_bytes: int = 5_000_000,
        user_agent: str = DEFAULT_USER_AGENT,
        respect_robots: bool = True,
        accept_types: tuple[str, ...] = DEFAULT_ACCEPT_TYPES,
    ) -> None:
        origin = url_origin(base_url)
        if origin is None:
            raise ValueError(f"base_url must be an absolute http(s) URL: {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self._origin = origin
        self._host = _host_key(origin)
        scheme, host, port = origin
        self._origin_slash = (f"{scheme}://{host}/" if port == _DEFAULT_PORTS[scheme]
                              else f"{scheme}://{host}:{port}/")
        self.concurrency = max(1, concurrency)
        self.max_retries = max(0, max_retries)
        self.backoff_base = backoff_base
        self.max_backoff = max_backoff
        self.timeout = timeout
        self.total_timeout = total_timeout if total_timeout is not None else 4 * timeout
        self.page_budget = page_budget
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self.respect_robots = respect_robots
        self.accept_types = tuple(t.lower() for t in accept_types)
        self.stats: dict[str, int] = {
            "requests": 0, "retries": 0, "bytes": 0, "not_modified": 0, "failures": 0,
        }
        self._limiter = HostRateLimiter(requests_per_second)
        self._robots: dict[str, RobotsPolicy] = {}
        # only the encodings BodyReader undoes, one layer, within the body's byte budget
        self._headers = {"User-Agent": self.user_agent, "Accept": "*/*",
                         "Accept-Encoding": "gzip, deflate"}
        self._semaphore = asyncio.Semaphore(self.concurrency)
        self._robots_lock = asyncio.Lock()
        self._transport: httpx.AsyncHTTPTransport | None = None

    async def __aenter__(self) -> PoliteClient:
        # trust_env=False: no proxy or CA bundle from the environment may see or reroute
        # our traffic; redirects are checked hop by hop by ``_fetch``
        self._transport = httpx.AsyncHTTPTransport(
            verify=tls_context(), trust_env=False,
            limits=httpx.Limits(max_connections=self.concurrency,
                                max_keepalive_connections=self.concurrency))
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._transport is not None:
            await self._transport.aclose()
            self._transport = None

    # ------------------------------------------------------------------ public API

    def is_allowed_host(self, url: str) -> bool:
        """True only for the base URL's scheme, host and port (default ports normalised)."""
        # a URL spelled as the origin is, then a path: no parse needed (nearly every one)
        return url.startswith(self._origin_slash) or url_origin(url) == self._origin

    async def robots(self, url: str | None = None) -> RobotsPolicy:
        """The robots policy of the base host, fetched once and shared by concurrent callers.

        Fetched even when ``respect_robots`` is False, because sitemap discovery reads its
        Sitemap lines; respecting the rules is a separate decision made in ``fetch``.
        """
        origin = url_origin(url or self.base_url)
        if origin != self._origin:
            raise ValueError(f"not the base host: {url!r}")
        if self._host in self._robots:
            return self._robots[self._host]
        async with self._robots_lock:
            if self._host not in self._robots:
                self._keep_robots(await self._read_robots())
        return self._robots[self._host]

    async def take_turn(self, url: str) -> str | None:
        """Everything ``fetch`` does before sending, for a request another process will send:
        the host check, robots.txt and the rate limiter's next slot. Returns the refusal
        (``offsite_url``, ``robots_disallowed``) or None once it is this request's turn."""
        if not self.is_allowed_host(url):
            return "offsite_url"
        if self.respect_robots and not (await self.robots()).allows(url):
            return "robots_disallowed"
        await self._limiter.wait(self._host)
        return None

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: tuple[str, ...] | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """GET ``url`` with retries, same-host redirects and every safety check.

        ``etag``/``last_modified`` make it a conditional GET (a 304 gives ``not_modified``);
        ``accept`` overrides the client's accepted media types for this call, ``max_bytes`` its
        size cap (sitemaps may lawfully reach 50 MB, pages should not).
        """
        self._require_transport()
        started = time.monotonic()
        result = await self._fetch(url, etag, last_modified, accept or self.accept_types,
                                   max_bytes or self.max_bytes)
        result.elapsed_s = time.monotonic() - started
        if result.error is not None:
            self.stats["failures"] += 1
        elif result.not_modified:
            self.stats["not_modified"] += 1
        return result

    # ------------------------------------------------------------------ a fetch

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None,
                     accept: tuple[str, ...], max_bytes: int) -> FetchResult:
        """One page: robots.txt, then each redirect hop on the same host, each hop retried
        as its answers allow, all within the page's budget."""
        result = FetchResult(url=url, final_url=url)
        if not self.is_allowed_host(url):
            result.error = "offsite_url"
            return result
        policy = await self.robots() if self.respect_robots else None
        headers = {"Accept": ", ".join(accept)}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        budget = _Budget(self.page_budget)
        for _hop in range(MAX_REDIRECTS + 1):
            result.final_url = current
            if policy is not None and not policy.allows(current):
                result.error = "robots_disallowed"
                return result
            exchange, attempts = await self._attempts(
                _Get(current, headers, accept, budget, max_bytes))
            result.attempts += attempts
            result.status = exchange.status
            if exchange.location is None:
                return self._finish(result, exchange)
            target = urllib.parse.urljoin(current, exchange.location)
            if not self.is_allowed_host(target):
                result.status = 0
                result.error = f"offsite_redirect: {target}"
                return result
            current = target
        result.status = 0
        result.error = f"too_many_redirects: more than {MAX_REDIRECTS}"
        return result

    async def _attempts(self, get: _Get) -> tuple[Exchange, int]:
        """One request, retried as the answers allow: (last exchange, attempts)."""
        attempts = 0
        while True:
            attempts += 1
            exchange = await self._exchange(get)
            if not exchange.retryable or attempts > self.max_retries:
                return exchange, attempts
            delay = self._retry_delay(attempts, exchange.retry_after)
            left = get.budget.left()
            if left is not None and delay >= left:
                exchange.error = (f"page_budget: {get.budget.seconds:g}s spent after "
                                  f"{attempts} attempts; last: "
                                  f"{exchange.error or exchange.status}")
                return exchange, attempts
            if exchange.retry_after is not None:
                # The server asked the whole host to slow down, not just this request.
                self._limiter.defer(self._host, delay)
            self.stats["retries"] += 1
            await asyncio.sleep(delay)

    async def _read_robots(self) -> RobotsPolicy:
        """Fetch the base host's /robots.txt (same-host redirects only) and make it a policy."""
        base = urllib.parse.urlsplit(self.base_url)
        url = urllib.parse.urlunsplit((base.scheme, base.netloc, "/robots.txt", "", ""))
        exchange = Exchange()
        for _hop in range(MAX_REDIRECTS + 1):
            exchange, _attempts = await self._attempts(
                _Get(url, {}, None, _Budget(self.page_budget), self.max_bytes))
            if exchange.location is None:
                break
            url = urllib.parse.urljoin(url, exchange.location)
            if not self.is_allowed_host(url):
                return RobotsPolicy.allow_all(self.user_agent, problem=f"offsite_redirect: {url}")
        if exchange.error is None and exchange.body is not None and exchange.status < 300:
            text = exchange.body.decode("utf-8", errors="replace")
            return RobotsPolicy.from_text(text, self.user_agent)
        if 400 <= exchange.status < 500 and exchange.status != 429:
            return RobotsPolicy.allow_all(self.user_agent)  # RFC 9309: unavailable, crawl all
        reason = exchange.error or f"http_status: {exchange.status}"
        return RobotsPolicy.allow_all(self.user_agent, problem=f"robots.txt unreadable: {reason}")

    def _keep_robots(self, policy: RobotsPolicy) -> RobotsPolicy:
        self._robots[self._host] = policy
        if policy.crawl_delay:
            self._limiter.set_min_interval(self._host, min(policy.crawl_delay, self.max_backoff))
        return policy

    def _retry_delay(self, attempt: int, retry_after: float | None) -> float:
        """Retry-After when given (capped), else exponential backoff with equal jitter."""
        if retry_after is not None:
            return min(self.max_backoff, retry_after)
        ceiling = min(self.max_backoff, self.backoff_base * 2 ** (attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    # ------------------------------------------------------------------ one exchange

    def _require_transport(self) -> httpx.AsyncHTTPTransport:
        if self._transport is None:
            raise RuntimeError("PoliteClient must be used as 'async with PoliteClient(...)'")
        return self._transport

    async def _exchange(self, get: _Get) -> Exchange:
        """One request, bounded as a whole by ``asyncio.timeout``."""
        transport = self._require_transport()
        exchange = Exchange()
        async with self._semaphore:
            await self._limiter.wait(self._host)
            limit = self._begin(get)
            try:
                async with asyncio.timeout(limit):
                    response = await transport.handle_async_request(self._request(get))
                    try:
                        exchange.status = response.status_code
                        exchange.headers = response.headers
                        if self._classify_head(exchange, get):
                            body = BodyReader(exchange, get.max_bytes, self.stats)
                            if body.wanted:
                                async for raw in response.stream:
                                    if not body.feed(raw):
                                        break
                                else:
                                    body.finish()
                    finally:
                        await response.aclose()
            except Exception as exc:
                self._failed(exchange, exc, limit, get)
        if exchange.error is not None:
            exchange.body = None
        return exchange

    def _begin(self, get: _Get) -> float:
        """A request is being sent: count it and start the page's budget; the seconds the
        whole exchange may take (``total_timeout``, or less when the budget is nearly
        spent)."""
        self.stats["requests"] += 1
        limit = self.total_timeout
        get.budget.start()
        left = get.budget.left()
        if left is not None and left < limit:
            limit = max(0.0, left)
        return limit

    def _request(self, get: _Get) -> httpx.Request:
        return httpx.Request(
            "GET", get.url, headers={**self._headers, **get.headers},
            extensions={"timeout": {"connect": self.timeout, "read": self.timeout,
                                    "write": self.timeout, "pool": self.timeout}})

    def _classify_head(self, exchange: Exchange, get: _Get) -> bool:
        """Decide from status and headers alone; True when the body should be read."""
        status, headers = exchange.status, exchange.headers
        if status == 304:
            return False
        if status in _REDIRECT_STATUSES and headers.get("location"):
            exchange.location = headers["location"]
            return False
        if status == 429 or status >= 500:
            exchange.error = f"http_status: {status}"
            exchange.retryable = True
            exchange.retry_after = _parse_retry_after(headers.get("retry-after"))
            return False
        if not 200 <= status < 300:
            exchange.error = f"http_status: {status}"
            return False
        media_type = _media_type(headers.get("content-type")) or "application/octet-stream"
        if get.accept is not None and media_type not in get.accept:
            exchange.error = f"wrong_content_type: {media_type}"
            return False
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > get.max_bytes:
            exchange.error = (
                f"too_large: Content-Length {declared} exceeds {get.max_bytes} bytes"
            )
            return False
        return True

    def _failed(self, exchange: Exchange, exc: Exception, limit: float, get: _Get) -> None:
        """What went wrong in one exchange, as its error (and whether a retry may help).
        Anything that is not a network or HTTP trouble is re-raised: it is a bug."""
        if isinstance(exc, httpx.TimeoutException):
            exchange.error = f"timeout: {type(exc).__name__} (no progress for {self.timeout}s)"
            exchange.retryable = True
        elif isinstance(exc, TimeoutError):
            if limit < self.total_timeout:
                exchange.error = (f"page_budget: no complete answer within "
                                  f"{get.budget.seconds:g}s")
            else:
                exchange.error = (f"timeout: response not complete within "
                                  f"{self.total_timeout}s")
                exchange.retryable = True
        elif isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
            exchange.status = 0
            exchange.error = f"invalid_url: {_describe(exc)}"
        elif isinstance(exc, httpx.DecodingError):
            exchange.error = f"decoding_error: {_describe(exc)}"
        elif isinstance(exc, httpx.TransportError):
            # Once the status line is in, losing the connection means the body is cut.
            kind = "truncated" if exchange.status else "connection_error"
            exchange.error = f"{kind}: {_describe(exc)}"
            exchange.retryable = True
        else:
            raise exc

    @staticmethod
    def _finish(result: FetchResult, exchange: Exchange) -> FetchResult:
        headers = exchange.headers
        result.content_type = headers.get("content-type")
        result.etag = headers.get("etag")
        result.last_modified = headers.get("last-modified")
        if exchange.error is not None:
            result.error = exchange.error
            return result
        if exchange.status == 304:
            result.not_modified = True
            return result
        result.body = exchange.body
        return result
