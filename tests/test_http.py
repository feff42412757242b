"""PoliteClient against real misbehaving servers on 127.0.0.1: the one HTTP client of the
scrape's process and of every reader process."""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import http.client
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scrapers.fetch.http import (
    DEFAULT_USER_AGENT,
    FetchResult,
    HostRateLimiter,
    PoliteClient,
    decode_text,
)
from scrapers.fetch.localserver import serve_directory
from tests.faultserver import LAST_MODIFIED, Fault, FaultServer

FAST: dict[str, Any] = {
    "timeout": 0.5,
    "backoff_base": 0.01,
    "max_backoff": 0.05,
    "max_retries": 2,
    "requests_per_second": 1000.0,
}


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A started FaultServer on 127.0.0.1."""
    with FaultServer() as server:
        yield server


def client_for(server: FaultServer, **overrides: Any) -> PoliteClient:
    return PoliteClient(server.base_url, **{**FAST, **overrides})


async def fetch_one(server: FaultServer, path: str, **overrides: Any) -> FetchResult:
    async with client_for(server, **overrides) as client:
        return await client.fetch(server.url(path))


def assert_failed(result: FetchResult, prefix: str) -> None:
    assert result.error is not None and result.error.startswith(prefix), result.error
    assert not result.ok
    assert result.body is None
    assert result.text is None


# --------------------------------------------------------------------------- happy path


async def test_plain_page(fault_server: FaultServer) -> None:
    fault_server.route("/m/gpt-4/", Fault.page("<html><p>héllo</p></html>"))
    result = await fetch_one(fault_server, "/m/gpt-4/")
    assert result.ok
    assert result.status == 200
    assert result.body == "<html><p>héllo</p></html>".encode()
    assert result.text == "<html><p>héllo</p></html>"
    assert result.content_type == "text/html; charset=utf-8"
    assert result.etag and result.etag.startswith('"')
    assert result.last_modified == LAST_MODIFIED
    assert result.attempts == 1
    assert result.not_modified is False
    assert result.final_url == result.url == fault_server.url("/m/gpt-4/")
    assert result.elapsed_s > 0


async def test_identifying_user_agent_and_accept_are_sent(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.page())
    await fetch_one(fault_server, "/p")
    [seen] = fault_server.seen("/p")
    assert seen.headers["user-agent"] == DEFAULT_USER_AGENT
    assert seen.headers["user-agent"].startswith("comet-catalog/0.1 (+https://")
    assert "text/html" in seen.headers["accept"]
    # robots.txt was asked for with the same identity
    [robots] = fault_server.seen("/robots.txt")
    assert robots.headers["user-agent"] == DEFAULT_USER_AGENT


async def test_stats_are_counted(fault_server: FaultServer) -> None:
    fault_server.route("/a", Fault.page(b"x" * 100))
    fault_server.route("/b", Fault.error(503), Fault.page(b"y" * 50))
    async with client_for(fault_server) as client:
        await client.fetch(fault_server.url("/a"))
        await client.fetch(fault_server.url("/b"))
        await client.fetch(fault_server.url("/missing"))
        stats = client.stats
    assert stats == {
        "requests": 5,  # robots.txt, /a, /b twice, /missing
        "retries": 1,
        "bytes": 150,  # bodies of error answers are not read
        "not_modified": 0,
        "failures": 1,
    }


# --------------------------------------------------------------------------- conditional GET


async def test_if_none_match_gives_not_modified(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.page("<p>same</p>"))
    async with client_for(fault_server) as client:
        first = await client.fetch(fault_server.url("/p"))
        second = await client.fetch(fault_server.url("/p"), etag=first.etag)
        assert client.stats["not_modified"] == 1
    assert first.ok and first.etag
    assert second.ok
    assert second.status == 304
    assert second.not_modified is True
    assert second.body is None and second.text is None
    assert second.etag == first.etag
    assert fault_server.seen("/p")[1].headers["if-none-match"] == first.etag
    assert "if-none-match" not in fault_server.seen("/p")[0].headers


async def test_if_modified_since_gives_not_modified(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.page("<p>same</p>"))
    async with client_for(fault_server) as client:
        result = await client.fetch(fault_server.url("/p"), last_modified=LAST_MODIFIED)
    assert result.not_modified and result.status == 304 and result.body is None
    assert fault_server.seen("/p")[0].headers["if-modified-since"] == LAST_MODIFIED


async def test_changed_page_answers_200_to_a_stale_etag(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.page("<p>new</p>"))
    async with client_for(fault_server) as client:
        result = await client.fetch(fault_server.url("/p"), etag='"stale"')
    assert result.ok and result.status == 200 and not result.not_modified
    assert result.text == "<p>new</p>"


# --------------------------------------------------------------------------- retries


async def test_429_retry_after_seconds_is_honoured(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.error(429, retry_after="1"), Fault.page())
    result = await fetch_one(fault_server, "/p", max_backoff=5.0)
    assert result.ok and result.status == 200 and result.attempts == 2
    first, second = fault_server.seen("/p")
    assert second.at - first.at >= 1.0


async def test_503_retry_after_http_date_is_honoured(fault_server: FaultServer) -> None:
    when = email.utils.formatdate(time.time() + 2, usegmt=True)
    fault_server.route("/p", Fault.error(503, retry_after=when), Fault.page())
    result = await fetch_one(fault_server, "/p", max_backoff=5.0)
    assert result.ok and result.attempts == 2
    first, second = fault_server.seen("/p")
    # HTTP-dates have one-second resolution: at least one second must have been waited.
    assert second.at - first.at >= 0.95


async def test_retry_after_is_capped_by_max_backoff(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.error(429, retry_after="3600"), Fault.page())
    result = await fetch_one(fault_server, "/p", max_backoff=0.2)
    assert result.ok and result.attempts == 2
    first, second = fault_server.seen("/p")
    assert second.at - first.at >= 0.2  # waited; a lower bound a loaded machine cannot break


async def test_429_exhausts_retries(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.error(429, retry_after="0"))
    result = await fetch_one(fault_server, "/p", max_retries=3)
    assert_failed(result, "http_status: 429")
    assert result.status == 429 and result.attempts == 4
    assert fault_server.count("/p") == 4


async def test_503_twice_then_success(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.error(503), Fault.error(503), Fault.page("<p>up</p>"))
    async with client_for(fault_server) as client:
        result = await client.fetch(fault_server.url("/p"))
        assert client.stats["retries"] == 2
    assert result.ok and result.attempts == 3 and result.text == "<p>up</p>"
    assert fault_server.count("/p") == 3


async def test_500_always_fails_after_max_retries(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.error(500))
    result = await fetch_one(fault_server, "/p", max_retries=2)
    assert_failed(result, "http_status: 500")
    assert result.error == "http_status: 500"
    assert result.status == 500 and result.attempts == 3
    assert fault_server.count("/p") == 3


@pytest.mark.parametrize("status", [400, 403, 404, 410])
async def test_other_4xx_are_not_retried(fault_server: FaultServer, status: int) -> None:
    fault_server.route("/p", Fault.error(status))
    result = await fetch_one(fault_server, "/p")
    assert_failed(result, f"http_status: {status}")
    assert result.status == status and result.attempts == 1
    assert fault_server.count("/p") == 1


async def test_max_retries_zero_means_one_attempt(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.error(503))
    result = await fetch_one(fault_server, "/p", max_retries=0)
    assert result.attempts == 1 and fault_server.count("/p") == 1


# --------------------------------------------------------------------------- network faults


async def test_timeout_is_retried_then_reported(fault_server: FaultServer) -> None:
    fault_server.route("/slow", Fault.page(delay=3.0))
    result = await fetch_one(fault_server, "/slow", timeout=0.2, max_retries=1)
    assert_failed(result, "timeout: ")
    assert result.status == 0 and result.attempts == 2
    assert fault_server.count("/slow") == 2


async def test_timeout_then_success(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.page(delay=3.0), Fault.page("<p>ok</p>"))
    result = await fetch_one(fault_server, "/p", timeout=0.2)
    assert result.ok and result.attempts == 2 and result.text == "<p>ok</p>"


async def test_trickling_body_hits_total_timeout(fault_server: FaultServer) -> None:
    # Every read succeeds within `timeout`, but the response never finishes.
    fault_server.route("/drip", Fault(action="trickle", trickle_interval=0.05))
    result = await fetch_one(fault_server, "/drip", timeout=0.5, total_timeout=0.4,
                             max_retries=0)
    assert_failed(result, "timeout: ")
    assert result.attempts == 1


async def test_reset_mid_headers(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault(action="reset_headers"))
    result = await fetch_one(fault_server, "/p", max_retries=1)
    assert_failed(result, "connection_error: ")
    assert result.status == 0 and result.attempts == 2
    assert fault_server.count("/p") == 2


async def test_close_without_answer(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault(action="close"), Fault.page())
    result = await fetch_one(fault_server, "/p")
    assert result.ok and result.attempts == 2


async def test_reset_mid_body(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.page(b"<p>" + b"x" * 20_000 + b"</p>", action="reset_body"))
    result = await fetch_one(fault_server, "/p", max_retries=1)
    assert_failed(result, "truncated: ")
    assert result.status == 200 and result.attempts == 2
    assert fault_server.count("/p") == 2


async def test_truncated_content_length_is_detected_and_retried(
    fault_server: FaultServer,
) -> None:
    fault_server.route("/p", Fault.page("<p>short</p>", action="truncate"),
                       Fault.page("<p>complete</p>"))
    async with client_for(fault_server) as client:
        result = await client.fetch(fault_server.url("/p"))
        assert client.stats["retries"] == 1
    assert result.ok and result.attempts == 2 and result.text == "<p>complete</p>"


async def test_truncated_always(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.page("<p>short</p>", action="truncate"))
    result = await fetch_one(fault_server, "/p", max_retries=1)
    assert_failed(result, "truncated: ")
    assert "expected" in (result.error or "")
    assert result.attempts == 2


async def test_connection_refused() -> None:
    with socket.socket() as sock:  # find a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    async with PoliteClient(base, **{**FAST, "max_retries": 1}) as client:
        result = await client.fetch(f"{base}/p")
        policy = await client.robots()
    assert_failed(result, "connection_error: ")
    assert result.status == 0 and result.attempts == 2
    assert policy.problem and policy.problem.startswith("robots.txt unreadable: connection_error")


# --------------------------------------------------------------------------- size caps


async def test_endless_chunked_body_is_cut_at_max_bytes(fault_server: FaultServer) -> None:
    fault_server.route("/endless", Fault(action="endless_chunked"))
    async with client_for(fault_server, max_bytes=200_000) as client:
        result = await client.fetch(fault_server.url("/endless"))
        received = client.stats["bytes"]
    assert_failed(result, "too_large: ")
    assert result.error == "too_large: body exceeds 200000 bytes"
    assert result.status == 200 and result.attempts == 1
    assert 200_000 < received < 200_000 + 2 * 65_536 + 1024
    assert fault_server.count("/endless") == 1


async def test_declared_oversize_is_rejected_before_reading(fault_server: FaultServer) -> None:
    fault_server.route("/big", Fault.page(b"x" * 300_000))
    async with client_for(fault_server, max_bytes=100_000) as client:
        result = await client.fetch(fault_server.url("/big"))
        assert client.stats["bytes"] == 0
    assert_failed(result, "too_large: Content-Length 300000")
    assert result.attempts == 1


async def test_undeclared_oversize_is_cut(fault_server: FaultServer) -> None:
    fault_server.route("/big", Fault.page(b"x" * 300_000, chunked=True))
    result = await fetch_one(fault_server, "/big", max_bytes=100_000)
    assert_failed(result, "too_large: body exceeds 100000 bytes")
    assert result.attempts == 1


async def test_body_of_exactly_max_bytes_is_fine(fault_server: FaultServer) -> None:
    fault_server.route("/edge", Fault.page(b"x" * 1000, chunked=True))
    result = await fetch_one(fault_server, "/edge", max_bytes=1000)
    assert result.ok and result.body == b"x" * 1000


# --------------------------------------------------------------------------- redirects


async def test_same_host_redirects_are_followed(fault_server: FaultServer) -> None:
    fault_server.route("/old", Fault.redirect("/mid", status=301))
    fault_server.route("/mid", Fault.redirect(fault_server.url("/new"), status=308))
    fault_server.route("/new", Fault.page("<p>moved</p>"))
    result = await fetch_one(fault_server, "/old")
    assert result.ok and result.text == "<p>moved</p>"
    assert result.url == fault_server.url("/old")
    assert result.final_url == fault_server.url("/new")
    assert result.attempts == 3


async def test_redirect_loop_is_capped(fault_server: FaultServer) -> None:
    fault_server.route("/loop", Fault.redirect("/loop"))
    result = await fetch_one(fault_server, "/loop")
    assert_failed(result, "too_many_redirects")
    assert result.status == 0
    assert fault_server.count("/loop") == 6  # the request plus five redirects


async def test_redirect_to_another_local_server_is_not_followed(
    fault_server: FaultServer,
) -> None:
    with FaultServer() as other:
        other.route("/landing", Fault.page())
        fault_server.route("/p", Fault.redirect(other.url("/landing")))
        result = await fetch_one(fault_server, "/p")
        assert other.seen() == []  # not one byte reached the other host
    assert_failed(result, "offsite_redirect: ")
    assert result.error == f"offsite_redirect: {other.url('/landing')}"
    assert result.status == 0 and result.attempts == 1


@pytest.mark.parametrize(
    "location",
    ["http://127.0.0.2:1/steal", "http://evil.example/phish", "https://127.0.0.1/x",
     "//evil.example/protocol-relative"],
)
async def test_offsite_redirects_are_refused(fault_server: FaultServer, location: str) -> None:
    fault_server.route("/p", Fault.redirect(location))
    async with client_for(fault_server) as client:
        result = await client.fetch(fault_server.url("/p"))
        assert client.stats["requests"] == 2  # robots.txt and /p, nothing else
    assert_failed(result, "offsite_redirect: ")
    assert result.status == 0


async def test_robots_disallowed_redirect_target_is_not_fetched(
    fault_server: FaultServer,
) -> None:
    fault_server.route("/robots.txt", Fault.robots("User-agent: *\nDisallow: /private\n"))
    fault_server.route("/p", Fault.redirect("/private/x"))
    result = await fetch_one(fault_server, "/p")
    assert result.error == "robots_disallowed"
    assert fault_server.count("/private/x") == 0


# --------------------------------------------------------------------------- host checks


async def test_offsite_url_is_refused_without_traffic(fault_server: FaultServer) -> None:
    async with client_for(fault_server) as client:
        for url in ("http://evil.example/x", "http://127.0.0.2:1/x",
                    f"https://127.0.0.1:{fault_server.port}/x", "ftp://127.0.0.1/x", "/x"):
            result = await client.fetch(url)
            assert result.error == "offsite_url", url
            assert result.status == 0 and result.attempts == 0 and result.body is None
        assert client.stats["requests"] == 0
    assert fault_server.seen() == []  # not even robots.txt


def test_is_allowed_host_normalises_scheme_case_and_default_port() -> None:
    client = PoliteClient("https://www.CometAPI.com")
    assert client.is_allowed_host("https://www.cometapi.com/models/")
    assert client.is_allowed_host("HTTPS://WWW.COMETAPI.COM:443/x")
    assert not client.is_allowed_host("http://www.cometapi.com/x")
    assert not client.is_allowed_host("https://cometapi.com/x")
    assert not client.is_allowed_host("https://www.cometapi.com:8443/x")
    assert not client.is_allowed_host("https://www.cometapi.com.evil.example/x")
    assert not client.is_allowed_host("https://www.cometapi.com:bad/x")
    assert not client.is_allowed_host("mailto:x@www.cometapi.com")


async def test_fetch_outside_context_manager_is_a_programming_error() -> None:
    client = PoliteClient("http://127.0.0.1:9")
    with pytest.raises(RuntimeError):
        await client.fetch("http://127.0.0.1:9/x")


# --------------------------------------------------------------------------- content types


async def test_wrong_content_type_is_not_retried(fault_server: FaultServer) -> None:
    fault_server.route("/logo", Fault.page(b"\x89PNG\r\n\x1a\n", content_type="image/png"))
    async with client_for(fault_server) as client:
        result = await client.fetch(fault_server.url("/logo"))
        assert client.stats["bytes"] == 0
    assert_failed(result, "wrong_content_type: image/png")
    assert result.status == 200 and result.attempts == 1
    assert result.content_type == "image/png"


async def test_accept_override_per_call(fault_server: FaultServer) -> None:
    fault_server.route("/logo", Fault.page(b"\x89PNG", content_type="image/png"))
    fault_server.route("/page", Fault.page())
    async with client_for(fault_server) as client:
        logo = await client.fetch(fault_server.url("/logo"), accept=("image/png",))
        page = await client.fetch(fault_server.url("/page"), accept=("application/xml",))
    assert logo.ok and logo.body == b"\x89PNG" and logo.text is None
    assert page.error == "wrong_content_type: text/html"
    assert fault_server.seen("/logo")[0].headers["accept"] == "image/png"


async def test_gzip_file_is_bytes_not_text(fault_server: FaultServer) -> None:
    gz = Fault.page(b"\x1f\x8b\x08\x00", content_type="application/gzip")
    fault_server.route("/s.xml.gz", gz)
    result = await fetch_one(fault_server, "/s.xml.gz")
    assert result.ok and result.body == b"\x1f\x8b\x08\x00" and result.text is None


# --------------------------------------------------------------------------- decoding

CP1252_TEXT = "Preis: 5 € – “günstig” café"
SJIS_TEXT = "価格：１００万トークンあたり ￥５"


async def test_windows_1252_declared_in_header(fault_server: FaultServer) -> None:
    html = f"<html><p>{CP1252_TEXT}</p></html>"
    fault_server.route("/p", Fault.encoded(html, "windows-1252"))
    result = await fetch_one(fault_server, "/p")
    assert result.ok and result.text == f"<html><p>{CP1252_TEXT}</p></html>"


async def test_iso_8859_1_label_decodes_as_windows_1252(fault_server: FaultServer) -> None:
    body = f"<p>{CP1252_TEXT}</p>".encode("cp1252")
    fault_server.route("/p", Fault.page(body, content_type="text/html; charset=ISO-8859-1"))
    result = await fetch_one(fault_server, "/p")
    assert result.text == f"<p>{CP1252_TEXT}</p>"


async def test_shift_jis_declared_in_meta(fault_server: FaultServer) -> None:
    html = f'<html><head><meta charset="Shift_JIS"></head><body>{SJIS_TEXT}</body></html>'
    fault_server.route("/ja", Fault.encoded(html, "shift_jis", declare="meta"))
    result = await fetch_one(fault_server, "/ja")
    assert result.ok and result.text == html
    assert fault_server.seen("/ja")[0].path == "/ja"


async def test_shift_jis_declared_in_http_equiv_meta(fault_server: FaultServer) -> None:
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'
            f"</head><body>{SJIS_TEXT}</body></html>")
    fault_server.route("/ja", Fault.page(html.encode("shift_jis"), content_type="text/html"))
    result = await fetch_one(fault_server, "/ja")
    assert result.text == html


async def test_header_charset_beats_meta(fault_server: FaultServer) -> None:
    html = f'<meta charset="utf-8"><p>{SJIS_TEXT}</p>'
    fault_server.route("/ja", Fault.page(html.encode("shift_jis"),
                                         content_type="text/html; charset=Shift_JIS"))
    result = await fetch_one(fault_server, "/ja")
    assert result.text == html


def test_decode_text_rules() -> None:
    assert decode_text("ü".encode(), "text/html") == "ü"  # default utf-8
    assert decode_text(b"caf\xe9", "text/html") == "caf\ufffd"  # bad utf-8 is replaced
    assert decode_text(b"\xef\xbb\xbfhi", "text/html; charset=utf-8") == "hi"  # BOM dropped
    assert decode_text("ü".encode("utf-16"), "text/html; charset=cp1252") == "ü"  # BOM wins
    assert decode_text(b"x", "image/png") is None
    assert decode_text(b"x", None) is None
    assert decode_text("é".encode("cp1252"), "text/plain; charset=nonsense-42") == "\ufffd"
    assert decode_text("é".encode("cp1252"), 'text/plain; charset="windows-1252"') == "é"
    xml = '<?xml version="1.0" encoding="windows-1252"?><a>é</a>'
    assert decode_text(xml.encode("cp1252"), "application/xml") == xml
    assert decode_text(b"{}", "application/json") == "{}"
    assert decode_text(b"<feed/>", "application/atom+xml") == "<feed/>"


# --------------------------------------------------------------------------- robots.txt

ROBOTS = "User-agent: *\nDisallow: /private\n"


async def test_robots_disallowed_path_is_never_requested(fault_server: FaultServer) -> None:
    fault_server.route("/robots.txt", Fault.robots(ROBOTS))
    fault_server.route("/private/secret", Fault.page())
    fault_server.route("/public", Fault.page())
    async with client_for(fault_server) as client:
        results = await asyncio.gather(
            *(client.fetch(fault_server.url(p)) for p in ["/private/secret", "/public"] * 4)
        )
    for blocked in results[0::2]:
        assert blocked.error == "robots_disallowed"
        assert blocked.status == 0 and blocked.attempts == 0 and blocked.body is None
    assert all(r.ok for r in results[1::2])
    assert fault_server.count("/private/secret") == 0
    assert fault_server.count("/public") == 4
    assert fault_server.count("/robots.txt") == 1  # once, even with concurrent first fetches


async def test_respect_robots_false_ignores_rules(fault_server: FaultServer) -> None:
    fault_server.route("/robots.txt", Fault.robots(ROBOTS))
    fault_server.route("/private/x", Fault.page())
    result = await fetch_one(fault_server, "/private/x", respect_robots=False)
    assert result.ok
    assert fault_server.count("/robots.txt") == 0


async def test_missing_robots_allows_all(fault_server: FaultServer) -> None:
    fault_server.route("/p", Fault.page())
    async with client_for(fault_server) as client:
        result = await client.fetch(fault_server.url("/p"))
        policy = await client.robots()
    assert result.ok and policy.problem is None
    assert fault_server.count("/robots.txt") == 1


async def test_broken_robots_allows_all_but_records_problem(fault_server: FaultServer) -> None:
    fault_server.route("/robots.txt", Fault.error(503))
    fault_server.route("/private/x", Fault.page())
    async with client_for(fault_server, max_retries=1) as client:
        result = await client.fetch(fault_server.url("/private/x"))
        policy = await client.robots()
    assert result.ok
    assert policy.problem == "robots.txt unreadable: http_status: 503"
    assert fault_server.count("/robots.txt") == 2  # retried like any 5xx, then given up


async def test_robots_served_as_html_is_still_read(fault_server: FaultServer) -> None:
    fault_server.route("/robots.txt", Fault.page(ROBOTS, content_type="text/html"))
    result = await fetch_one(fault_server, "/private/x")
    assert result.error == "robots_disallowed"


async def test_crawl_delay_slows_the_host(fault_server: FaultServer) -> None:
    robots = "User-agent: *\nCrawl-delay: 5\n"
    fault_server.route("/robots.txt", Fault.robots(robots))
    for i in range(3):
        fault_server.route(f"/p{i}", Fault.page())
    # Crawl-delay 5 s is honoured but capped at max_backoff to keep this test fast.
    async with client_for(fault_server, max_backoff=0.3) as client:
        await asyncio.gather(*(client.fetch(fault_server.url(f"/p{i}")) for i in range(3)))
    starts = sorted(fault_server.seen(f"/p{i}")[0].at for i in range(3))
    assert starts[2] - starts[0] >= 0.45  # 2 x 0.3 s, loosely


# --------------------------------------------------------------------------- politeness


async def test_concurrency_is_bounded(fault_server: FaultServer) -> None:
    for i in range(12):
        fault_server.route(f"/p{i}", Fault.page(delay=0.15))
    async with client_for(fault_server, concurrency=3) as client:
        results = await asyncio.gather(*(client.fetch(fault_server.url(f"/p{i}"))
                                         for i in range(12)))
    assert all(r.ok for r in results)
    assert fault_server.max_in_flight == 3


async def test_rate_limit_spaces_request_starts(fault_server: FaultServer) -> None:
    n, rps = 6, 10.0
    for i in range(n):
        fault_server.route(f"/p{i}", Fault.page())
    async with client_for(fault_server, concurrency=n, requests_per_second=rps) as client:
        results = await asyncio.gather(*(client.fetch(fault_server.url(f"/p{i}"))
                                         for i in range(n)))
    assert all(r.ok for r in results)
    # Server-side read times can bunch up when the server thread is starved, so only the
    # overall spread is checked there, loosely.
    starts = sorted(fault_server.seen(f"/p{i}")[0].at for i in range(n))
    assert starts[-1] - starts[0] >= 0.7 * (n - 1) / rps


async def test_retry_after_defers_the_whole_host(fault_server: FaultServer) -> None:
    fault_server.route("/limited", Fault.error(429, retry_after="1"), Fault.page())
    fault_server.route("/other", Fault.page(delay=0.0))
    async with client_for(fault_server, max_backoff=5.0) as client:
        limited = asyncio.create_task(client.fetch(fault_server.url("/limited")))
        while fault_server.count("/limited") == 0:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)  # the 429 has been answered by now
        other = await client.fetch(fault_server.url("/other"))
        await limited
    assert other.ok
    first_limited = fault_server.seen("/limited")[0].at
    assert fault_server.seen("/other")[0].at - first_limited >= 0.9


def test_host_rate_limiter_unit() -> None:
    """Spacing read off an injected clock: no sleeping, nothing a loaded machine can slow."""
    now = [100.0]
    limiter = HostRateLimiter(requests_per_second=20.0, clock=lambda: now[0])
    assert [round(limiter.reserve("h"), 9) for _ in range(5)] == [0.0, 0.05, 0.1, 0.15, 0.2]
    assert limiter.reserve("other") == 0.0  # each host has its own slots
    now[0] += 10.0  # long after: the next request goes at once, then the spacing again
    assert [round(limiter.reserve("h"), 9) for _ in range(2)] == [0.0, 0.05]
    limiter.defer("h", 3.0)  # a 429 with Retry-After: 3 for every task on the host
    assert round(limiter.reserve("h"), 9) == 3.0
    limiter.set_min_interval("h", 1.0)  # Crawl-delay: 1, from the slot after the next
    assert [round(limiter.reserve("h"), 9) for _ in range(2)] == [3.05, 4.05]
    fast = HostRateLimiter(requests_per_second=0, clock=lambda: now[0])  # 0: no limit
    assert {fast.reserve("h") for _ in range(50)} == {0.0}


# --------------------------------------------------------------------------- localserver


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "models" / "gpt-4").mkdir(parents=True)
    (root / "models" / "gpt-4" / "index.html").write_text("<h1>GPT-4 €</h1>", encoding="utf-8")
    (root / "sitemap.xml").write_bytes(b"<urlset/>")
    (root / "sitemap-posts.xml.gz").write_bytes(b"\x1f\x8b\x08\x00")
    (root / "index.html").write_text("<h1>home</h1>", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    return root


def raw_get(base: str, path: str, method: str = "GET",
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """http.client sends the path byte for byte (no dot-segment normalisation)."""
    parts = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


@pytest.mark.parametrize("path", ["/models/gpt-4/", "/models/gpt-4", "/models/gpt-4/?q=1"])
def test_localserver_serves_index_for_both_slash_forms(site: Path, path: str) -> None:
    with serve_directory(site) as base:
        assert base.startswith("http://127.0.0.1:")
        status, headers, body = raw_get(base, path)
    assert status == 200
    assert body == "<h1>GPT-4 €</h1>".encode()
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Content-Length"] == str(len(body))


@pytest.mark.parametrize(
    ("path", "content_type"),
    [("/", "text/html; charset=utf-8"), ("/sitemap.xml", "application/xml; charset=utf-8"),
     ("/sitemap-posts.xml.gz", "application/gzip")],
)
def test_localserver_content_types(site: Path, path: str, content_type: str) -> None:
    with serve_directory(site) as base:
        status, headers, _ = raw_get(base, path)
    assert status == 200 and headers["Content-Type"] == content_type


def test_localserver_etag_and_last_modified_give_304(site: Path) -> None:
    with serve_directory(site) as base:
        _, first, _ = raw_get(base, "/models/gpt-4/")
        etag, last_modified = first["ETag"], first["Last-Modified"]
        assert etag.startswith('"') and not etag.startswith("W/")
        by_etag = raw_get(base, "/models/gpt-4/", headers={"If-None-Match": etag})
        by_date = raw_get(base, "/models/gpt-4/", headers={"If-Modified-Since": last_modified})
        stale = raw_get(base, "/models/gpt-4/", headers={"If-None-Match": '"other"',
                                                        "If-Modified-Since": last_modified})
    assert by_etag[0] == 304 and by_etag[2] == b"" and by_etag[1]["ETag"] == etag
    assert by_date[0] == 304
    assert stale[0] == 200  # If-None-Match wins over If-Modified-Since


def test_localserver_404_and_head(site: Path) -> None:
    with serve_directory(site) as base:
        missing = raw_get(base, "/models/nope/")
        head = raw_get(base, "/models/gpt-4/", method="HEAD")
    assert missing[0] == 404
    assert head[0] == 200 and head[2] == b""
    assert head[1]["Content-Length"] == str(len("<h1>GPT-4 €</h1>".encode()))


def test_localserver_answers_404_for_a_name_too_long_for_the_file_system(site: Path) -> None:
    """A 300-character slug (or a 5,000-character path) is a missing page, not a dropped
    connection."""
    with serve_directory(site) as base:
        assert raw_get(base, "/models/x/" + "a" * 300 + "/")[0] == 404
        assert raw_get(base, "/" + "a" * 5000)[0] == 404


@pytest.mark.parametrize(
    "path",
    ["/../secret.txt", "/%2e%2e/secret.txt", "/models/..%2f..%2f..%2fsecret.txt",
     "/models/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt", "/link/secret.txt"],
)
def test_localserver_refuses_traversal(site: Path, path: str) -> None:
    (site / "link").symlink_to(site.parent)
    with serve_directory(site) as base:
        status, _, body = raw_get(base, path)
    assert status in (403, 404)
    assert b"TOP SECRET" not in body


def test_localserver_stops_on_exit(site: Path) -> None:
    def servers() -> int:  # other tests (session fixtures) may have their own running
        return sum(t.name == "snapshot-server" for t in threading.enumerate())

    before = servers()
    with serve_directory(site) as base:
        assert raw_get(base, "/")[0] == 200
        assert servers() == before + 1
    assert servers() == before
    with pytest.raises(OSError):
        raw_get(base, "/")


async def test_polite_client_against_localserver(site: Path) -> None:
    with serve_directory(site) as base:
        async with PoliteClient(base, **FAST) as client:
            first = await client.fetch(f"{base}/models/gpt-4")
            again = await client.fetch(f"{base}/models/gpt-4", etag=first.etag)
            dated = await client.fetch(f"{base}/models/gpt-4/",
                                       last_modified=first.last_modified)
    assert first.ok and first.text == "<h1>GPT-4 €</h1>"
    assert again.not_modified and again.status == 304 and again.body is None
    assert dated.not_modified


# --------------------------------------------------------------------------- content encodings


async def test_gzip_page_is_decoded(fault_server: FaultServer) -> None:
    html = "<html><h1>GPT-4 €</h1>" + "<p>Input:$2/M</p>" * 100 + "</html>"
    fault_server.route("/p", Fault.page(gzip.compress(html.encode()),
                                        headers={"Content-Encoding": "gzip"}))
    result = await fetch_one(fault_server, "/p")
    assert result.ok and result.text == html
    assert fault_server.seen("/p")[0].headers["accept-encoding"] == "gzip, deflate"


async def test_gzip_bomb_stops_at_the_cap(fault_server: FaultServer) -> None:
    """200 MB of zeros in a 200 KB gzip: decoding stops at the 5 MB cap, not after 200 MB."""
    bomb = gzip.compress(b"\0" * 200_000_000, compresslevel=9)
    fault_server.route("/bomb", Fault.page(bomb, headers={"Content-Encoding": "gzip"}))
    result = await fetch_one(fault_server, "/bomb")
    assert result.error == "too_large: body exceeds 5000000 bytes"
    assert result.body is None


async def test_stacked_encodings_are_refused(fault_server: FaultServer) -> None:
    """A gzip of a gzip (a 1,861-byte response that decodes to gigabytes) is refused
    outright."""
    stacked = gzip.compress(gzip.compress(b"\0" * 10_000_000))
    fault_server.route("/stack", Fault.page(stacked, headers={"Content-Encoding": "gzip, gzip"}))
    result = await fetch_one(fault_server, "/stack")
    assert result.error == "unsupported_encoding: stacked content encodings refused (gzip, gzip)"


async def test_a_body_its_encoding_does_not_decode_is_an_error(fault_server: FaultServer) -> None:
    fault_server.route("/bad", Fault.page(b"not gzip at all", headers={"Content-Encoding": "gzip"}))
    result = await fetch_one(fault_server, "/bad")
    assert result.error is not None and result.error.startswith("bad_encoding")


# --------------------------------------------------------------------------- page budget


async def test_a_trickling_page_costs_its_budget_not_every_attempt(
        fault_server: FaultServer) -> None:
    """4 attempts × 1 s of trickle would be 4 s; the page budget of 1.5 s ends it, with the
    budget named in the error."""
    fault_server.route("/drip", Fault(action="trickle", trickle_interval=0.05))
    result = await fetch_one(fault_server, "/drip", timeout=0.5, total_timeout=1.0,
                             max_retries=3, page_budget=1.5)
    assert_failed(result, "page_budget: ")
    assert result.error.endswith("within 1.5s")
    assert result.attempts == 2  # the second attempt is cut short by the budget
    assert fault_server.count("/drip") == 2


async def test_retries_stop_when_the_wait_would_overrun_the_budget(
        fault_server: FaultServer) -> None:
    """503 with Retry-After: 1 forever; a 1.5 s budget allows one wait, not three."""
    fault_server.route("/busy", Fault.error(503, retry_after="1"))
    result = await fetch_one(fault_server, "/busy", max_retries=3, page_budget=1.5,
                             max_backoff=5.0)
    assert result.error == "page_budget: 1.5s spent after 2 attempts; last: http_status: 503"
    assert fault_server.count("/busy") == 2
