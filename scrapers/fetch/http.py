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
import contextvars
import email.utils
import functools
import random
import re
import ssl
import time
import urllib.parse
import zlib
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


# a per-call size cap, visible to the helpers that read the response in the same task
_CALL_MAX_BYTES: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "call_max_bytes", default=None)


class HostRateLimiter:
    """Spaces request *starts* per host by a minimum interval.

    Reservations are handed out in order without a lock: the read-modify-write of the next
    free slot has no ``await`` in it, so asyncio tasks cannot interleave there.
    """

    def __init__(self, requests_per_second: float) -> None:
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
        until = time.monotonic() + seconds
        self._next_start[host] = max(self._next_start.get(host, 0.0), until)

    async def wait(self, host: str) -> None:
        now = time.monotonic()
        start = max(now, self._next_start.get(host, now))
        self._next_start[host] = start + self.interval(host)
        if start > now:
            await asyncio.sleep(start - now)


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
    return _BROWSER_CODECS.get(name, name)


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
def _tls_context() -> ssl.SSLContext:
    """One verifying TLS context per process: building one loads the CA bundle (~70 ms),
    which adds up when many short-lived clients are made (tests, one client per run)."""
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
class _Exchange:
    """The outcome of one HTTP request/response, before retry and redirect decisions."""

    status: int = 0
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: bytes | None = None
    error: str | None = None
    retryable: bool = False
    retry_after: float | None = None
    location: str | None = None


# --------------------------------------------------------------------------- the client


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


class PoliteClient:
    """An httpx.AsyncClient that only talks to one site, and politely.

    ``timeout`` bounds each network operation (connect, each read); ``total_timeout`` (default
    four times ``timeout``) bounds a whole request so a server trickling bytes cannot hold a
    worker forever.  ``max_retries`` counts retries, so a request is tried at most
    ``max_retries + 1`` times, and ``page_budget`` bounds a whole ``fetch`` in seconds (every
    attempt, retry wait and redirect): a page trickling one byte a second costs that, not
    ``(max_retries + 1) × total_timeout`` (once 4 × 80 s).  robots.txt Crawl-delay, when
    larger than ``1 / requests_per_second``, slows the host further (capped at
    ``max_backoff``).  ``max_bytes`` caps the decoded body (so a gzip bomb is cut too); a
    declared Content-Length above it is refused before reading.

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
        self._semaphore = asyncio.Semaphore(self.concurrency)
        self._limiter = HostRateLimiter(requests_per_second)
        self._robots: dict[str, RobotsPolicy] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._client: httpx.AsyncClient | None = None

    @staticmethod
    def tls_context() -> ssl.SSLContext:
        """The TLS context every client of this process verifies with (made on first use)."""
        return _tls_context()

    async def __aenter__(self) -> PoliteClient:
        self._client = httpx.AsyncClient(
            # only the encodings _Decoder undoes, one layer, within the body's byte budget
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(self.timeout),
            limits=httpx.Limits(max_connections=self.concurrency,
                                max_keepalive_connections=self.concurrency),
            follow_redirects=False,  # redirects are checked hop by hop in fetch()
            trust_env=False,  # no proxy from the environment may see or reroute our traffic
            verify=_tls_context(),
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # ------------------------------------------------------------------ public API

    def is_allowed_host(self, url: str) -> bool:
        """True only for the base URL's scheme, host and port (default ports normalised)."""
        return url_origin(url) == self._origin

    async def robots(self, url: str | None = None) -> RobotsPolicy:
        """The robots policy of the base host, fetched once and shared by concurrent callers.

        Fetched even when ``respect_robots`` is False, because sitemap discovery reads its
        Sitemap lines; respecting the rules is a separate decision made in ``fetch``.
        """
        origin = url_origin(url or self.base_url)
        if origin != self._origin:
            raise ValueError(f"not the base host: {url!r}")
        key = _host_key(self._origin)
        if key in self._robots:
            return self._robots[key]
        lock = self._robots_locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key not in self._robots:
                self._robots[key] = await self._load_robots()
                delay = self._robots[key].crawl_delay
                if delay:
                    self._limiter.set_min_interval(key, min(delay, self.max_backoff))
        return self._robots[key]

    async def take_turn(self, url: str) -> str | None:
        """Everything ``fetch`` does before sending, for a request another process will send:
        the host check, robots.txt and the rate limiter's next slot. Returns the refusal
        (``offsite_url``, ``robots_disallowed``) or None once it is this request's turn."""
        if not self.is_allowed_host(url):
            return "offsite_url"
        if self.respect_robots and not (await self.robots()).allows(url):
            return "robots_disallowed"
        await self._limiter.wait(_host_key(self._origin))
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
        started = time.monotonic()
        token = _CALL_MAX_BYTES.set(max_bytes)
        try:
            result = await self._fetch(url, etag, last_modified, accept or self.accept_types)
        finally:
            _CALL_MAX_BYTES.reset(token)
        result.elapsed_s = time.monotonic() - started
        if result.error is not None:
            self.stats["failures"] += 1
        elif result.not_modified:
            self.stats["not_modified"] += 1
        return result

    # ------------------------------------------------------------------ internals

    def _require_client(self) -> httpx.AsyncClient:
        if self._client is None:
            raise RuntimeError("PoliteClient must be used as 'async with PoliteClient(...)'")
        return self._client

    async def _fetch(
        self, url: str, etag: str | None, last_modified: str | None, accept: tuple[str, ...]
    ) -> FetchResult:
        self._require_client()
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
            exchange, attempts = await self._exchange_with_retries(current, headers, accept,
                                                                   budget)
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

    def _finish(self, result: FetchResult, exchange: _Exchange) -> FetchResult:
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

    async def _exchange_with_retries(
        self, url: str, headers: dict[str, str], accept: tuple[str, ...], budget: _Budget
    ) -> tuple[_Exchange, int]:
        attempts = 0
        while True:
            attempts += 1
            exchange = await self._exchange(url, headers, accept, budget)
            if not exchange.retryable or attempts > self.max_retries:
                return exchange, attempts
            delay = self._retry_delay(attempts, exchange.retry_after)
            left = budget.left()
            if left is not None and delay >= left:
                exchange.error = (f"page_budget: {budget.seconds:g}s spent after {attempts} "
                                  f"attempts; last: {exchange.error or exchange.status}")
                return exchange, attempts
            if exchange.retry_after is not None:
                # The server asked the whole host to slow down, not just this request.
                self._limiter.defer(_host_key(self._origin), delay)
            self.stats["retries"] += 1
            await asyncio.sleep(delay)

    def _retry_delay(self, attempt: int, retry_after: float | None) -> float:
        """Retry-After when given (capped), else exponential backoff with equal jitter."""
        if retry_after is not None:
            return min(self.max_backoff, retry_after)
        ceiling = min(self.max_backoff, self.backoff_base * 2 ** (attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    async def _exchange(
        self, url: str, headers: dict[str, str], accept: tuple[str, ...] | None,
        budget: _Budget | None = None,
    ) -> _Exchange:
        """One request.  ``accept=None`` skips the content-type check (robots.txt)."""
        client = self._require_client()
        exchange = _Exchange()
        async with self._semaphore:
            await self._limiter.wait(_host_key(self._origin))
            self.stats["requests"] += 1
            limit = self.total_timeout
            if budget is not None:
                budget.start()
                left = budget.left()
                if left is not None and left < limit:
                    limit = max(0.0, left)
            try:
                async with asyncio.timeout(limit):
                    async with client.stream("GET", url, headers=headers) as response:
                        exchange.status = response.status_code
                        exchange.headers = response.headers
                        if self._classify_head(exchange, accept):
                            await self._read_body(response, exchange)
            except httpx.TimeoutException as exc:
                exchange.error = f"timeout: {type(exc).__name__} (no progress for {self.timeout}s)"
                exchange.retryable = True
            except TimeoutError:
                if limit < self.total_timeout:
                    assert budget is not None
                    exchange.error = (f"page_budget: no complete answer within "
                                      f"{budget.seconds:g}s")
                else:
                    exchange.error = (f"timeout: response not complete within "
                                      f"{self.total_timeout}s")
                    exchange.retryable = True
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                exchange.status = 0
                exchange.error = f"invalid_url: {_describe(exc)}"
            except httpx.DecodingError as exc:
                exchange.error = f"decoding_error: {_describe(exc)}"
            except httpx.TransportError as exc:
                # Once the status line is in, losing the connection means the body is cut.
                kind = "truncated" if exchange.status else "connection_error"
                exchange.error = f"{kind}: {_describe(exc)}"
                exchange.retryable = True
        if exchange.error is not None:
            exchange.body = None
        return exchange

    def _classify_head(self, exchange: _Exchange, accept: tuple[str, ...] | None) -> bool:
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
        if accept is not None and media_type not in accept:
            exchange.error = f"wrong_content_type: {media_type}"
            return False
        declared = headers.get("content-length", "")
        limit = _CALL_MAX_BYTES.get() or self.max_bytes
        if declared.isdigit() and int(declared) > limit:
            exchange.error = (
                f"too_large: Content-Length {declared} exceeds {limit} bytes"
            )
            return False
        return True

    async def _read_body(self, response: httpx.Response, exchange: _Exchange) -> None:
        """The body, decoded here rather than by httpx: the size cap counts decoded bytes as
        they are produced, so a 2 KB gzip of a gigabyte of zeros stops at the cap, and stacked
        encodings ("gzip, gzip") are refused outright."""
        limit = _CALL_MAX_BYTES.get() or self.max_bytes
        try:
            decoder = _Decoder.for_header(response.headers.get("content-encoding", ""))
        except ValueError as exc:
            exchange.error = f"unsupported_encoding: {exc}"
            return
        chunks: list[bytes] = []
        size = 0
        try:
            async for raw in response.aiter_raw():
                self.stats["bytes"] += len(raw)
                chunk = decoder.decode(raw, limit - size)
                size += len(chunk)
                if size > limit:
                    exchange.error = f"too_large: body exceeds {limit} bytes"
                    return
                chunks.append(chunk)
            chunks.append(decoder.flush())
        except _DecodeError as exc:
            exchange.error = f"bad_encoding: {exc}"
            return
        if size + len(chunks[-1]) > limit:
            exchange.error = f"too_large: body exceeds {limit} bytes"
            return
        exchange.body = b"".join(chunks)

    async def _load_robots(self) -> RobotsPolicy:
        """Fetch the base host's /robots.txt (same-host redirects only) and make it a policy."""
        base = urllib.parse.urlsplit(self.base_url)
        url = urllib.parse.urlunsplit((base.scheme, base.netloc, "/robots.txt", "", ""))
        exchange = _Exchange()
        for _hop in range(MAX_REDIRECTS + 1):
            exchange, _attempts = await self._exchange_with_retries(url, {}, None,
                                                                   _Budget(self.page_budget))
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
