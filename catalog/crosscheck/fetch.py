"""Getting a reference's bytes: a URL through the polite client, or a local file.

A URL goes through ``scrapers.fetch.http.PoliteClient`` like every page: robots.txt, a size cap on
the decoded body, retries with backoff, redirects only on the same host, and a conditional GET
with the ETag of the last stored fetch (a 304 reuses the stored entries). CometAPI's
``/api/models`` is paged (``page``, ``page_size``, ``total``): the further pages are fetched
from the same host until ``total`` entries are in, at most ``MAX_PAGES``.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import urllib.parse
from dataclasses import dataclass
from typing import Any

from scrapers.fetch.http import PoliteClient

__all__ = ["DEFAULT_MAX_BYTES", "Fetched", "fetch_reference", "is_url"]

DEFAULT_MAX_BYTES = 30_000_000  # LiteLLM's file is about 1.5 MB, models.dev's about 3 MB
MAX_PAGES = 50
_ACCEPT = ("application/json", "text/plain", "text/json", "application/octet-stream")


@dataclass
class Fetched:
    """One reference's body (None on 304 or error), with what identifies its version."""

    location: str
    body: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    error: str | None = None

    @property
    def version(self) -> str | None:
        if self.etag or self.last_modified:
            return self.etag or self.last_modified
        if self.body is not None:
            return "sha256:" + hashlib.sha256(self.body).hexdigest()[:16]
        return None


def is_url(location: str) -> bool:
    return urllib.parse.urlsplit(location).scheme in ("http", "https")


def _read_file(location: str, max_bytes: int) -> Fetched:
    """A local reference: a regular file only, opened without waiting (``O_NONBLOCK``: a
    FIFO put there after the command line was checked is refused, not waited on)."""
    try:
        fd = os.open(location, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return Fetched(location, error=f"cannot read {location}: {exc.strerror}")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return Fetched(location, error=f"{location} is not a regular file")
        if info.st_size > max_bytes:
            return Fetched(location, error=f"too_large: {info.st_size} bytes exceeds {max_bytes}")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return Fetched(location, body=handle.read(max_bytes + 1))
    except OSError as exc:
        return Fetched(location, error=f"cannot read {location}: {exc.strerror}")
    finally:
        os.close(fd)


def _page_url(url: str, page: int) -> str:
    parts = urllib.parse.urlsplit(url)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "page"]
    query.append(("page", str(page)))
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def _further_pages_needed(body: bytes) -> tuple[list[Any], int] | None:
    """(entries of page 1, total) when a CometAPI-style response says more pages exist."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        return None
    total = data.get("total")
    if not isinstance(total, int) or isinstance(total, bool) or total <= len(data["data"]):
        return None
    return data["data"], total


async def _fetch_url(location: str, *, etag: str | None, max_bytes: int, timeout: float,
                     paged: bool) -> Fetched:
    try:
        client = PoliteClient(location, concurrency=1, requests_per_second=2.0,
                              timeout=timeout, max_bytes=max_bytes, accept_types=_ACCEPT,
                              max_retries=2)
    except ValueError as exc:
        return Fetched(location, error=str(exc))
    async with client:
        first = await client.fetch(location, etag=etag)
        if first.error is not None:
            return Fetched(location, error=first.error)
        result = Fetched(location, body=first.body, etag=first.etag,
                         last_modified=first.last_modified, not_modified=first.not_modified)
        more = _further_pages_needed(first.body) if paged and first.body else None
        if more is None:
            return result
        entries, total = more
        size = len(first.body or b"")
        for page in range(2, MAX_PAGES + 1):
            if len(entries) >= total:
                break
            got = await client.fetch(_page_url(location, page))
            if got.error is not None or got.body is None:
                return Fetched(location, error=f"page {page}: {got.error or 'no body'}")
            size += len(got.body)
            if size > max_bytes:
                return Fetched(location, error=f"too_large: pages exceed {max_bytes} bytes")
            try:
                batch = json.loads(got.body).get("data")
            except (ValueError, AttributeError, RecursionError):
                return Fetched(location, error=f"page {page}: not JSON")
            if not isinstance(batch, list) or not batch:
                break
            entries.extend(batch)
        result.body = json.dumps({"success": True, "total": total, "data": entries}).encode()
        return result


async def fetch_reference(location: str, *, etag: str | None = None,
                          max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = 30.0,
                          paged: bool = False) -> Fetched:
    """The reference's bytes; never raises for network or file trouble (``error`` says)."""
    if is_url(location):
        return await _fetch_url(location, etag=etag, max_bytes=max_bytes, timeout=timeout,
                                paged=paged)
    return _read_file(location, max_bytes)
