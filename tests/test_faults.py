"""Faults and bad input, end to end: a good run, then a site that misbehaves, then a check that
the earlier good data is intact and that the run's outcome says what happened.

The site is served by the fault-injecting server of ``tests/faultserver.py`` on 127.0.0.1;
the pages are the bundled snapshot's.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.conftest import SNAPSHOT, run_scrape
from tests.faultserver import Fault, FaultServer, fault_server
from tests.test_pipeline import dump

__all__ = ["fault_server"]

PAGES = {
    "/models/openai/gpt-4-0314/": SNAPSHOT / "models/openai/gpt-4-0314/index.html",
    "/models/google/gemini-2-5-flash/": SNAPSHOT / "models/google/gemini-2-5-flash/index.html",
    "/models/openai/sora-2/": SNAPSHOT / "models/openai/sora-2/index.html",
}
VICTIM = "/models/google/gemini-2-5-flash/"
FAST = dict(timeout=0.5, max_retries=1, backoff_base=0.01, follow_links=False)


def sitemap(server: FaultServer, paths=tuple(PAGES)) -> bytes:
    urls = "".join(f"<url><loc>{server.url(p)}</loc></url>" for p in paths)
    return (b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + urls.encode() + b"</urlset>")


def reroute(server: FaultServer, path: str, *faults: Fault) -> None:
    """Script the next answers for ``path`` (the server numbers answers from its first
    request, so the ones already given are padded)."""
    server.route(path, *([faults[0]] * server.count(path)), *faults)


def serve_site(server: FaultServer) -> None:
    server.route("/sitemap.xml", Fault.xml(sitemap(server)))
    for path, file in PAGES.items():
        server.route(path, Fault.page(file.read_bytes()))


@pytest.fixture
def good(fault_server: FaultServer, tmp_path: Path):
    """A site whose first scrape succeeded: (server, db, dump of the good data)."""
    serve_site(fault_server)
    db = tmp_path / "catalog.db"
    result = run_scrape(fault_server.base_url, db, **FAST)
    assert result.status == "complete", result.reason
    assert result.counts["pages_ok"] == 3
    return fault_server, db, dump(db)


def last_run(db: Path) -> tuple:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status, reason, pages_ok, pages_unchanged, pages_failed, "
                            "pages_skipped FROM runs ORDER BY id DESC LIMIT 1").fetchone()


def victim_prices(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT kind, usd, official_usd FROM prices WHERE model_id = "
                            "'google/gemini-2-5-flash' ORDER BY kind").fetchall()


GEMINI_PRICES = [("input", 0.24, 0.3), ("output", 2.0, 2.5)]


def test_unchanged_pages_are_answered_304_and_not_parsed(good):
    server, db, before = good
    result = run_scrape(server.base_url, db, **FAST)
    assert result.status == "complete"
    assert result.counts["pages_unchanged"] == 3 and result.counts["pages_ok"] == 0
    last = server.seen(VICTIM)[-1]
    assert last.headers.get("if-none-match") == Fault.page(
        PAGES[VICTIM].read_bytes()).effective_etag
    assert "comet-catalog/" in last.headers["user-agent"]
    assert dump(db) == before


def test_429_with_retry_after_is_waited_out(good):
    server, db, before = good
    body = PAGES[VICTIM].read_bytes()
    reroute(server, VICTIM, Fault.error(429, retry_after="1"), Fault.page(body, validators=False))
    started = time.monotonic()
    result = run_scrape(server.base_url, db, **FAST)
    assert time.monotonic() - started >= 1.0
    assert result.status == "complete"
    assert dump(db)["prices"] == before["prices"]


@pytest.mark.parametrize("status", [500, 503])
def test_5xx_then_recovery_is_retried(good, status):
    server, db, before = good
    body = PAGES[VICTIM].read_bytes()
    reroute(server, VICTIM, Fault.error(status), Fault.page(body, validators=False))
    count = server.count(VICTIM)
    result = run_scrape(server.base_url, db, **FAST)
    assert result.status == "complete"
    assert server.count(VICTIM) - count == 2
    assert dump(db)["prices"] == before["prices"]


@pytest.mark.parametrize(("fault", "reason"), [
    (Fault.error(500), "http_status: 500"),
    (Fault.error(503, retry_after="0"), "http_status: 503"),
    (Fault(delay=3.0), "timeout"),
    (Fault(action="reset_headers"), "connection_error"),
    (Fault(action="reset_body"), "truncated"),
    (Fault(action="truncate", content_length=500_000), "truncated"),
    (Fault(action="endless_chunked"), "too_large"),
    (Fault(body=b"x" * 6_000_000, validators=False), "too_large"),
    (Fault(body=b"\x89PNG\r\n", content_type="image/png", validators=False),
     "wrong_content_type"),
    (Fault.redirect("http://evil.example/models/google/gemini-2-5-flash/"), "offsite_redirect"),
])
def test_a_failing_page_keeps_its_data_and_the_run_is_partial(good, fault, reason):
    server, db, before = good
    reroute(server, VICTIM, fault)
    result = run_scrape(server.base_url, db, **FAST)
    assert result.status == "partial" and result.exit_code == 1
    assert result.counts["pages_failed"] == 1 and result.counts["pages_unchanged"] == 2
    assert reason in result.reason and VICTIM in result.reason
    assert last_run(db)[0:1] == ("partial",)
    assert victim_prices(db) == GEMINI_PRICES
    after = dump(db)
    for table in ("models", "prices", "price_history", "pages", "page_prices", "providers"):
        assert after[table] == before[table], table
    with sqlite3.connect(db) as conn:
        kinds = conn.execute("SELECT kind FROM findings WHERE url LIKE ?",
                             (f"%{VICTIM}",)).fetchall()
    assert ("fetch_failed",) in kinds


def test_redirect_to_another_host_is_never_followed(good):
    server, db, _ = good
    with FaultServer() as other:
        other.route(VICTIM, Fault.page(PAGES[VICTIM].read_bytes()))
        reroute(server, VICTIM, Fault.redirect(other.url(VICTIM)))
        result = run_scrape(server.base_url, db, **FAST)
        assert other.seen() == []
    assert result.status == "partial" and "offsite_redirect" in result.reason


def test_links_to_other_hosts_are_never_fetched(fault_server, tmp_path):
    with FaultServer() as other:
        other.route("/models/openai/gpt-5/", Fault.page(PAGES[VICTIM].read_bytes()))
        page = PAGES[VICTIM].read_text().replace(
            "</main>", f'<a href="{other.url("/models/openai/gpt-5/")}">GPT-5 elsewhere</a>'
                       "</main>", 1)
        reroute(fault_server, "/sitemap.xml", Fault.xml(sitemap(fault_server, [VICTIM])))
        reroute(fault_server, VICTIM, Fault.page(page))
        result = run_scrape(fault_server.base_url, tmp_path / "c.db", timeout=0.5)
        assert other.seen() == []
    assert result.counts["pages_ok"] == 1


def test_too_many_failures_commit_nothing(good):
    server, db, before = good
    for path in PAGES:
        reroute(server, path, Fault.error(500))
    result = run_scrape(server.base_url, db, max_failures=1, **FAST)
    assert result.status == "failed" and result.exit_code == 2
    assert "3 pages failed (more than --max-failures 1)" in result.reason
    assert dump(db) == before
    assert last_run(db)[0] == "failed"


def test_robots_disallow_skips_the_page_and_keeps_its_data(good):
    server, db, before = good
    reroute(server, "/robots.txt", Fault.robots("User-agent: *\nDisallow: /models/google/\n"))
    count = server.count(VICTIM)
    result = run_scrape(server.base_url, db, **FAST)
    assert server.count(VICTIM) == count  # never requested
    assert result.status == "complete"
    assert "1 robots_disallowed" in result.reason
    assert dump(db) == before


@pytest.mark.parametrize(("encoding", "declare"), [
    ("windows-1252", "header"), ("windows-1252", "meta"), ("utf-16", "header")])
def test_non_utf8_pages_are_decoded(fault_server, tmp_path, encoding, declare):
    french = (SNAPSHOT / "fr/models/anthropic/claude-sonnet-4-5/index.html").read_text()
    french = french.replace("’", "'").replace("…", "...").replace("—", "-").replace("–", "-")
    french = french.encode("windows-1252", errors="ignore").decode("windows-1252")
    if declare == "meta":
        french = french.replace("<head>", f'<head><meta charset="{encoding}">', 1)
    path = "/fr/models/anthropic/claude-sonnet-4-5/"
    reroute(fault_server, "/sitemap.xml", Fault.xml(sitemap(fault_server, [path])))
    reroute(fault_server, path, Fault.encoded(french, encoding, declare=declare))
    db = tmp_path / "c.db"
    result = run_scrape(fault_server.base_url, db, timeout=0.5, follow_links=False)
    assert result.status == "complete", result.reason
    with sqlite3.connect(db) as conn:
        labels = conn.execute("SELECT label, usd FROM page_prices ORDER BY kind").fetchall()
    assert labels == [("Entrée", 2.4), ("Sortie", 12.0)]


def test_shift_jis_page_is_decoded(fault_server, tmp_path):
    html = ("<html><head><title>x</title></head><body><h1>テストモデル</h1>"
            "<p>入力:$1/M</p><p>出力:$2/M</p><p>商用利用</p></body></html>")
    path = "/ja/models/acme/test-model/"
    reroute(fault_server, "/sitemap.xml", Fault.xml(sitemap(fault_server, [path])))
    reroute(fault_server, path, Fault.encoded(html, "shift_jis"))
    db = tmp_path / "c.db"
    assert run_scrape(fault_server.base_url, db, timeout=0.5).status == "complete"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name, commercial_use FROM models").fetchall() == [
            ("テストモデル", 1)]
        assert conn.execute("SELECT kind, label, usd FROM prices ORDER BY kind").fetchall() == [
            ("input", "入力", 1.0), ("output", "出力", 2.0)]


@pytest.mark.parametrize(("body", "why"), [
    (b"<urlset><url><loc>http://x/</loc>", "malformed sitemap"),
    (b"", "empty sitemap"),
    (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>',
     "empty sitemap"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><urlset>&a;</urlset>',
     "malformed sitemap"),
])
def test_a_bad_sitemap_fails_the_run_and_keeps_the_catalog(good, body, why):
    server, db, before = good
    reroute(server, "/sitemap.xml", Fault.xml(body))
    result = run_scrape(server.base_url, db, **FAST)
    assert result.status == "failed" and result.exit_code == 2
    assert why in result.reason
    assert dump(db) == before


def test_gzipped_sitemap_is_read(fault_server, tmp_path):
    reroute(fault_server, "/sitemap.xml", Fault.xml(sitemap(fault_server), gzipped=True))
    for path, file in PAGES.items():
        reroute(fault_server, path, Fault.page(file.read_bytes()))
    result = run_scrape(fault_server.base_url, tmp_path / "c.db", **FAST)
    assert result.status == "complete" and result.counts["pages_ok"] == 3


def test_a_model_gone_from_the_site_is_marked_never_deleted(good):
    server, db, _ = good
    reroute(server, "/sitemap.xml", Fault.xml(sitemap(server, [p for p in PAGES if p != VICTIM])))
    reroute(server, VICTIM, Fault.error(404))
    assert run_scrape(server.base_url, db, **FAST).status == "complete"
    with sqlite3.connect(db) as conn:
        missing = conn.execute("SELECT id, missing_since IS NOT NULL FROM models WHERE "
                               "source = 'page' ORDER BY id").fetchall()
    assert missing == [("google/gemini-2-5-flash", 1), ("openai/gpt-4-0314", 0),
                       ("openai/sora-2", 0)]
    assert victim_prices(db) == GEMINI_PRICES
    # it comes back: the mark is cleared, the data kept
    serve_site(server)
    assert run_scrape(server.base_url, db, full=True, **FAST).status == "complete"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT missing_since FROM models WHERE id = "
                            "'google/gemini-2-5-flash'").fetchone() == (None,)


def test_a_page_that_turns_into_a_soft_404_keeps_its_data(good):
    server, db, before = good
    reroute(server, VICTIM, Fault.page(b"<html><head><title>Page Not Found</title></head>"
                                    b"<body><h1>404 - Page Not Found</h1></body></html>"))
    result = run_scrape(server.base_url, db, **FAST)
    assert result.status == "complete"
    assert "1 not a model page" in result.reason
    assert victim_prices(db) == GEMINI_PRICES
    assert dump(db)["models"] == before["models"]


def test_a_sitemap_larger_than_the_page_cap_is_read(fault_server, tmp_path):
    """Sitemaps may lawfully reach 50 MB; the 5 MB cap is for pages."""
    body = sitemap(fault_server).replace(b"<url>", b"<!--" + b" " * 6_000_000 + b"--><url>", 1)
    reroute(fault_server, "/sitemap.xml", Fault.xml(body))
    for path, file in PAGES.items():
        reroute(fault_server, path, Fault.page(file.read_bytes()))
    result = run_scrape(fault_server.base_url, tmp_path / "c.db", **FAST)
    assert result.status == "complete" and result.counts["pages_ok"] == 3


def test_a_run_of_three_pages_is_fetched_by_a_reader_process(fault_server, tmp_path):
    """One path whatever the run's size: three pages are fetched by the reader process, not
    by the scrape's event loop. The reader's client reads robots.txt for itself, so the site
    is asked for it twice: once by the scrape's process (sitemaps, each page's turn), once by
    the one reader."""
    serve_site(fault_server)
    result = run_scrape(fault_server.base_url, tmp_path / "catalog.db", **FAST, workers=1)
    assert result.status == "complete", result.reason
    assert result.counts["pages_ok"] == 3
    assert fault_server.count("/robots.txt") == 2
