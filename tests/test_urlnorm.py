"""One spelling per URL (scrapers.fetch.urlnorm.clean_url), and what the scrape does with it."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.fetch.sitemap import rebase_url
from scrapers.fetch.urlnorm import canonical_url, clean_url
from scrapers.sources.cometapi.urls import CANONICAL_HOSTS, normalize_url
from tests.conftest import run_scrape
from tests.faultserver import Fault, FaultServer, fault_server

__all__ = ["fault_server"]


@pytest.mark.parametrize("url, expected", [
    ("HTTPS://WWW.CometAPI.com:443/models/a/b/#top", "https://www.cometapi.com/models/a/b/"),
    ("http://www.cometapi.com:80/x", "http://www.cometapi.com/x"),
    ("http://127.0.0.1:8080/x", "http://127.0.0.1:8080/x"),
    ("https://www.cometapi.com./x", "https://www.cometapi.com/x"),
    ("https://h/models/a/%62%7e/", "https://h/models/a/b~/"),
    ("https://h/a%2fb/%e2%82%ac", "https://h/a%2Fb/%E2%82%AC"),
    ("https://h/ä b/?q=x y", "https://h/%C3%A4%20b/?q=x%20y"),
    ("https://h/a/./b/../c/", "https://h/a/c/"),
    ("https://h/../../etc/passwd", "https://h/etc/passwd"),
    ("https://h", "https://h/"),
    ("https://h/100%", "https://h/100%25"),
    ("http://[::1]:8000/x", "http://[::1]:8000/x"),
])
def test_one_spelling(url, expected):
    assert clean_url(url) == expected


@pytest.mark.parametrize("url", [
    "http://www.cometapi.com\\@evil.example/models/a/b/",   # a browser goes to cometapi.com
    "http://user:pw@www.cometapi.com/models/a/b/",          # credentials are never kept
    "http://www.cometapi.com@evil.example/models/a/b/",
    "javascript://www.cometapi.com/%0Aalert(1)",
    "ftp://www.cometapi.com/x", "mailto:a@b", "//evil.example/x", "/relative/only",
    "http://h:99999/x", "http://h:port/x", "http://[::1/x", "http://h\t/x", "http:///x", "",
])
def test_refused(url):
    assert clean_url(url) is None


def test_relative_links_resolve_against_the_page():
    page = "https://www.cometapi.com/ko/models/openai/gpt-4o/"
    assert normalize_url("../gpt-5", page) == "https://www.cometapi.com/ko/models/openai/gpt-5/"
    assert normalize_url("/models/x/y", page) == "https://www.cometapi.com/models/x/y/"
    assert normalize_url("http://a\\@b/models/x/y/", page) is None


def test_alias_hosts_are_one_page_and_only_aliases_are_rebased():
    forms = ["http://cometapi.com/models/a/b/", "https://www.cometapi.com:443/models/a/b/",
             "HTTPS://COMETAPI.COM/models/a/%62/"]
    assert {canonical_url(u, CANONICAL_HOSTS) for u in forms} == {
        "https://www.cometapi.com/models/a/b/"}
    base = "http://127.0.0.1:9/mirror"
    assert rebase_url("https://cometapi.com/models/a/b/", base, CANONICAL_HOSTS) == (
        "http://127.0.0.1:9/mirror/models/a/b/")
    # no aliases (a live --base-url): another host's URL is not fetched from the base host
    assert rebase_url("https://www.cometapi.com/models/a/b/", base) is None
    assert rebase_url("http://127.0.0.1:9\\@evil/models/a/b/", "http://127.0.0.1:9") is None


def test_the_scrape_fetches_and_stores_one_spelling(fault_server: FaultServer, tmp_path):
    """A sitemap naming one page four ways, a userinfo URL and a backslash URL: the page is
    fetched once and stored once, under its one spelling; the others are refused."""
    page = ("<html><body><h1>Model B</h1><p>Input:$1/M</p><p>Output:$2/M</p>"
            '<a href="http://user:pw@HOST/models/p/c/">c</a>'
            '<a href="http://HOST\\@evil.example/models/p/d/">d</a></body></html>')
    base = fault_server.base_url
    host = base.split("//")[1]
    locs = [f"{base}/models/p/b/", f"{base}/models/p/b", f"{base}/models/p/%62/",
            f"http://{host.upper()}/models/p/./b/#x", f"http://user:pw@{host}/models/p/e/",
            f"http://{host}\\@evil.example/models/p/f/"]
    fault_server.route("/sitemap.xml", Fault.xml(
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{u}</loc></url>" for u in locs).encode() + b"</urlset>"))
    fault_server.route("/models/p/b/", Fault.page(page.replace("HOST", host)))
    db = tmp_path / "catalog.db"
    result = run_scrape(base, db, host_aliases=())
    assert result.status == "complete", result.reason
    assert result.counts["pages_ok"] == 1
    assert fault_server.count("/models/p/b/") == 1
    assert not [r for r in fault_server.seen() if r.path.startswith("/models/p/") and
                r.path != "/models/p/b/"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT url FROM pages").fetchall() == [(f"{base}/models/p/b/",)]
        stored = " ".join(str(v) for row in conn.execute("SELECT * FROM models") for v in row)
    assert "user:pw" not in stored and "evil.example" not in stored
    assert "2 refused URL" in result.reason


_URL_CHARS = "abcXYZ019-._~!$&'()*+,;=:@/?%# äé€\\\x00\x7f"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_URL_CHARS, max_size=24), st.text(alphabet=_URL_CHARS, max_size=12))
def test_fast_path_spells_urls_as_the_character_walk_does(path: str, query: str) -> None:
    """The regex fast paths (no control character; nothing to escape) give the spelling the
    character-by-character rules give."""
    from scrapers.fetch import urlnorm

    for text, safe in ((path, urlnorm._SAFE_PATH), (query, urlnorm._SAFE_QUERY)):
        if all(ch in safe for ch in text):  # the walk keeps every character as it is
            plain = urlnorm._PLAIN_PATH if safe is urlnorm._SAFE_PATH else urlnorm._PLAIN_QUERY
            assert plain.fullmatch(text)
    url = f"https://h/{path}?{query}"
    controls = any(ord(c) < 0x20 or ord(c) == 0x7f for c in url.strip())
    assert (urlnorm._CONTROL.search(url.strip()) is not None) == controls
    if controls:
        assert clean_url(url) is None
