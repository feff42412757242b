"""Sitemap parsing, URL rebasing for the mirror, and discovery against real local servers."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.fetch.http import PoliteClient
from scrapers.fetch.localserver import serve_directory
from scrapers.fetch.sitemap import (
    Rebaser,
    SitemapEntry,
    SitemapError,
    iter_entries,
    parse_sitemap,
    rebase_url,
)
from scrapers.fetch.urlnorm import canonical_url
from tests.faultserver import Fault, FaultServer, fault_server

__all__ = ["fault_server"]  # the fixture is used by name

CANON = "https://www.cometapi.com"
ALIASES = ("www.cometapi.com", "cometapi.com")
FAST: dict[str, Any] = {"timeout": 0.5, "backoff_base": 0.01, "max_backoff": 0.05,
                        "max_retries": 1, "requests_per_second": 1000.0}
SNAPSHOT = Path(__file__).resolve().parent.parent / "data" / "snapshot"


def urlset(*urls: str, ns: bool = True) -> bytes:
    xmlns = (' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
             ' xmlns:xhtml="http://www.w3.org/1999/xhtml"') if ns else ""
    body = "".join(urls)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset{xmlns}>{body}</urlset>'.encode()


def url(loc: str, lastmod: str | None = None, links: tuple[tuple[str, str], ...] = ()) -> str:
    parts = [f"<loc>{loc}</loc>"]
    if lastmod:
        parts.append(f"<lastmod>{lastmod}</lastmod>")
    parts += [f'<xhtml:link rel="alternate" hreflang="{h}" href="{href}"/>' for h, href in links]
    return "<url>" + "".join(parts) + "</url>"


def index(*locs: str) -> bytes:
    items = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return ('<?xml version="1.0"?><sitemapindex '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>').encode()


def xml_page(data: bytes, content_type: str = "application/xml") -> Fault:
    return Fault.page(data, content_type=content_type)


# --------------------------------------------------------------------------- parse_sitemap


def test_urlset_with_lastmod_and_alternates_parsed_exactly() -> None:
    data = urlset(
        url(f"{CANON}/models/openai/gpt-4-0314/", "2026-03-26",
            (("en", f"{CANON}/models/openai/gpt-4-0314/"),
             ("ko", f"{CANON}/ko/models/openai/gpt-4-0314/"),
             ("x-default", f"{CANON}/models/openai/gpt-4-0314/"))),
        url(f"  {CANON}/ko/models/openai/gpt-4-0314/\n ", "2026-03-26T09:00:00+09:00"),
    )
    kind, entries = parse_sitemap(data)
    assert kind == "urlset"
    assert entries == [
        SitemapEntry(
            url=f"{CANON}/models/openai/gpt-4-0314/",
            lastmod="2026-03-26",
            alternates=(("en", f"{CANON}/models/openai/gpt-4-0314/"),
                        ("ko", f"{CANON}/ko/models/openai/gpt-4-0314/"),
                        ("x-default", f"{CANON}/models/openai/gpt-4-0314/")),
        ),
        SitemapEntry(url=f"{CANON}/ko/models/openai/gpt-4-0314/",
                     lastmod="2026-03-26T09:00:00+09:00", alternates=()),
    ]


def test_urlset_without_namespaces() -> None:
    kind, entries = parse_sitemap(b"<urlset><url><loc>http://a/x</loc></url></urlset>")
    assert (kind, entries) == ("urlset", [SitemapEntry("http://a/x", None, ())])


def test_sitemap_index() -> None:
    kind, entries = parse_sitemap(index(f"{CANON}/a.xml", f"{CANON}/b.xml.gz"))
    assert kind == "index"
    assert [e.url for e in entries] == [f"{CANON}/a.xml", f"{CANON}/b.xml.gz"]


def test_gzip_bom_and_whitespace() -> None:
    data = b"\n\t  " + urlset(url("http://a/x", "2025-01-01")) + b"\n\n"
    assert parse_sitemap(gzip.compress(b"\xef\xbb\xbf" + data.strip()))[1][0].lastmod == (
        "2025-01-01"
    )
    assert parse_sitemap(data)[1][0].url == "http://a/x"


def test_non_utf8_declared_encoding() -> None:
    data = ('<?xml version="1.0" encoding="ISO-8859-1"?>'
            "<urlset><url><loc>http://a/caf\u00e9</loc></url></urlset>").encode("latin-1")
    assert parse_sitemap(data)[1][0].url == "http://a/café"


def test_urls_without_loc_are_skipped_and_other_elements_ignored() -> None:
    data = urlset("<url><lastmod>2025-01-01</lastmod></url>", url("http://a/ok"),
                  "<url><loc>   </loc></url>", "<comment>x</comment>")
    assert [e.url for e in parse_sitemap(data)[1]] == ["http://a/ok"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty document"),
        (b"   \n ", "empty document"),
        (b"<urlset><url><loc>http://a/x</loc></url>", "not well-formed XML"),
        (b"<html><body>Not a sitemap</body></html>", "unexpected root element <html>"),
        (b"\x1f\x8bnot really gzip", "bad gzip data"),
        (gzip.compress(b"<urlset></urlset>", mtime=0)[:-12], "truncated gzip data"),
    ],
)
def test_malformed_sitemaps_raise_sitemap_error(data: bytes, reason: str) -> None:
    with pytest.raises(SitemapError, match=reason):
        parse_sitemap(data)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<urlset><url><loc>&lol3;</loc></url></urlset>"""


@pytest.mark.parametrize(
    "data",
    [
        BILLION_LAUGHS,
        gzip.compress(BILLION_LAUGHS),
        b'<?xml version="1.0"?><!DOCTYPE urlset SYSTEM "http://127.0.0.1:9/x.dtd"><urlset/>',
        b"<!doctype urlset><urlset/>",
    ],
)
def test_dtd_and_entity_declarations_are_refused(data: bytes) -> None:
    with pytest.raises(SitemapError, match="DOCTYPE/ENTITY"):
        parse_sitemap(data)


def test_doctype_is_refused_by_the_parser_hook_too() -> None:
    # UTF-16 hides the markup from the byte-level pre-check; the tree builder still refuses.
    data = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]>'
            "<urlset/>").encode("utf-16")
    with pytest.raises(SitemapError, match="DOCTYPE/ENTITY"):
        parse_sitemap(data)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
def test_parse_sitemap_only_ever_raises_sitemap_error(data: bytes) -> None:
    try:
        kind, entries = parse_sitemap(data)
    except SitemapError:
        return
    assert kind in ("urlset", "index")
    assert all(isinstance(e, SitemapEntry) for e in entries)


# --------------------------------------------------------------------------- rebase_url

BASE = "http://127.0.0.1:8123"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"{CANON}/models/x/", f"{BASE}/models/x/"),
        ("https://cometapi.com/ko/models/x/?a=1#frag", f"{BASE}/ko/models/x/?a=1"),
        ("http://WWW.CometAPI.com", f"{BASE}/"),
        (f"{BASE}/sitemap.xml", f"{BASE}/sitemap.xml"),
        (f"{BASE}/a#b", f"{BASE}/a"),
        ("https://evil.example/models/x/", None),
        ("https://www.cometapi.com.evil.example/x", None),
        ("http://127.0.0.1:9999/x", None),
        ("ftp://www.cometapi.com/x", None),
        ("/relative/path", None),
        ("not a url", None),
    ],
)
def test_rebase_url(url: str, expected: str | None) -> None:
    assert rebase_url(url, BASE, ALIASES) == expected


def test_rebase_url_without_aliases_and_with_base_path() -> None:
    assert rebase_url(f"{CANON}/x", BASE, ()) is None
    assert rebase_url(f"{CANON}/x", f"{BASE}/mirror/", ALIASES) == f"{BASE}/mirror/x"


# --------------------------------------------------------------------------- discover


@dataclass
class Discovery:
    entries: list[SitemapEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


async def discover(client: PoliteClient, base_url: str, **kwargs: Any) -> Discovery:
    """Every entry ``iter_entries`` yields, as the pipeline takes them: a URL listed twice is
    taken from its first listing."""
    found = Discovery()
    seen: set[str] = set()
    async for entry in iter_entries(client, base_url, found.problems, **kwargs):
        if entry.url not in seen:
            seen.add(entry.url)
            found.entries.append(entry)
    return found


async def run_discover(server: FaultServer, **kwargs: Any) -> Discovery:
    async with PoliteClient(server.base_url, **FAST) as client:
        return await discover(client, server.base_url, host_aliases=ALIASES, **kwargs)


async def test_discover_follows_index_with_aliases_and_gzip(fault_server: FaultServer) -> None:
    fault_server.route("/sitemap.xml", xml_page(index(f"{CANON}/sm-models.xml",
                                                      f"{CANON}/sm-posts.xml.gz")))
    fault_server.route("/sm-models.xml", xml_page(urlset(
        url(f"{CANON}/models/a/", "2026-01-01", (("en", f"{CANON}/models/a/"),
                                                   ("ko", f"{CANON}/ko/models/a/"))),
        url(f"{CANON}/ko/models/a/", "2026-01-02"),
    )))
    posts = urlset(url(f"{CANON}/blog/post/", "2026-02-01"), ns=False)
    fault_server.route("/sm-posts.xml.gz", Fault.xml(posts, gzipped=True))
    found = await run_discover(fault_server)
    assert found.problems == []
    assert found.entries == [
        SitemapEntry(f"{CANON}/models/a/", "2026-01-01",
                     (("en", f"{CANON}/models/a/"), ("ko", f"{CANON}/ko/models/a/"))),
        SitemapEntry(f"{CANON}/ko/models/a/", "2026-01-02", ()),
        SitemapEntry(f"{CANON}/blog/post/", "2026-02-01", ()),
    ]
    for path in ("/sitemap.xml", "/sm-models.xml", "/sm-posts.xml.gz"):
        assert fault_server.count(path) == 1


async def test_discover_uses_robots_sitemap_lines(fault_server: FaultServer) -> None:
    robots = (f"User-agent: *\nDisallow: /console/\n\nSitemap: {CANON}/custom-map.xml\n"
              "Sitemap: https://evil.example/steal.xml\n")
    fault_server.route("/robots.txt", Fault.robots(robots))
    fault_server.route("/custom-map.xml", xml_page(urlset(url(f"{CANON}/m/"))))
    fault_server.route("/sitemap.xml", xml_page(urlset(url(f"{CANON}/not-used/"))))
    found = await run_discover(fault_server)
    assert [e.url for e in found.entries] == [f"{CANON}/m/"]
    assert found.problems == ["offsite sitemap skipped https://evil.example/steal.xml"]
    assert fault_server.count("/sitemap.xml") == 0


async def test_explicit_sitemap_url(fault_server: FaultServer) -> None:
    fault_server.route("/other.xml", xml_page(urlset(url(f"{CANON}/x/"))))
    found = await run_discover(fault_server, sitemap_url=fault_server.url("/other.xml"))
    assert [e.url for e in found.entries] == [f"{CANON}/x/"]
    assert fault_server.count("/robots.txt") == 1  # fetched for the rules, not the lines


async def test_offsite_child_sitemap_is_skipped_and_never_fetched(
    fault_server: FaultServer,
) -> None:
    with FaultServer() as other:
        other.route("/sm.xml", xml_page(urlset(url("http://elsewhere/x"))))
        fault_server.route("/sitemap.xml", xml_page(index(other.url("/sm.xml"),
                                                          f"{CANON}/ok.xml")))
        fault_server.route("/ok.xml", xml_page(urlset(url(f"{CANON}/ok/"))))
        found = await run_discover(fault_server)
        assert other.seen() == []
    assert [e.url for e in found.entries] == [f"{CANON}/ok/"]
    assert found.problems == [f"offsite sitemap skipped {other.url('/sm.xml')}"]


async def test_malformed_empty_and_failed_sitemaps_become_problems(
    fault_server: FaultServer,
) -> None:
    fault_server.route("/sitemap.xml", xml_page(index(
        f"{CANON}/bad.xml", f"{CANON}/empty.xml", f"{CANON}/blank.xml", f"{CANON}/gone.xml",
        f"{CANON}/bomb.xml", f"{CANON}/good.xml", f"{CANON}/png.xml",
    )))
    fault_server.route("/bad.xml", xml_page(b"<urlset><url><loc>x</url>"))
    fault_server.route("/empty.xml", xml_page(urlset()))
    fault_server.route("/blank.xml", xml_page(b""))
    fault_server.route("/bomb.xml", xml_page(BILLION_LAUGHS))
    fault_server.route("/good.xml", xml_page(urlset(url(f"{CANON}/good/"))))
    fault_server.route("/png.xml", xml_page(b"\x89PNG", content_type="image/png"))
    found = await run_discover(fault_server)
    assert [e.url for e in found.entries] == [f"{CANON}/good/"]
    problems = found.problems
    assert len(problems) == 6, problems
    assert problems[0].startswith(f"malformed sitemap {CANON}/bad.xml: not well-formed XML")
    assert problems[1] == f"empty sitemap {CANON}/empty.xml: no entries"
    assert problems[2] == f"empty sitemap {CANON}/blank.xml: no content"
    assert problems[3] == f"fetch failed {CANON}/gone.xml: http_status: 404"
    assert problems[4] == (f"malformed sitemap {CANON}/bomb.xml: "
                           "DOCTYPE/ENTITY declarations are refused")
    assert problems[5] == f"fetch failed {CANON}/png.xml: wrong_content_type: image/png"


async def test_missing_root_sitemap_is_a_problem(fault_server: FaultServer) -> None:
    found = await run_discover(fault_server)
    assert found.entries == []
    assert found.problems == [f"fetch failed {fault_server.url('/sitemap.xml')}: "
                              "http_status: 404"]


async def test_broken_robots_is_reported(fault_server: FaultServer) -> None:
    fault_server.route("/robots.txt", Fault.error(500))
    fault_server.route("/sitemap.xml", xml_page(urlset(url(f"{CANON}/m/"))))
    found = await run_discover(fault_server)
    assert [e.url for e in found.entries] == [f"{CANON}/m/"]
    assert found.problems == ["robots.txt problem: robots.txt unreadable: http_status: 500"]


async def test_index_loops_are_fetched_once(fault_server: FaultServer) -> None:
    fault_server.route("/sitemap.xml", xml_page(index(f"{CANON}/a.xml")))
    fault_server.route("/a.xml", xml_page(index(f"{CANON}/b.xml", f"{CANON}/sitemap.xml")))
    fault_server.route("/b.xml", xml_page(index(f"{CANON}/a.xml", "/c.xml")))
    fault_server.route("/c.xml", xml_page(urlset(url(f"{CANON}/leaf/"))))
    found = await run_discover(fault_server)
    assert [e.url for e in found.entries] == [f"{CANON}/leaf/"]
    assert found.problems == []
    for path in ("/sitemap.xml", "/a.xml", "/b.xml", "/c.xml"):
        assert fault_server.count(path) == 1


async def test_max_sitemaps_caps_fetches(fault_server: FaultServer) -> None:
    children = [f"{CANON}/s{i}.xml" for i in range(10)]
    fault_server.route("/sitemap.xml", xml_page(index(*children)))
    for i in range(10):
        fault_server.route(f"/s{i}.xml", xml_page(urlset(url(f"{CANON}/p{i}/"))))
    found = await run_discover(fault_server, max_sitemaps=4)
    assert [e.url for e in found.entries] == [f"{CANON}/p{i}/" for i in range(3)]
    assert found.problems == [f"sitemap limit reached: 4 fetched, 7 not fetched "
                              f"(first: {CANON}/s3.xml)"]
    assert sum(fault_server.count(f"/s{i}.xml") for i in range(10)) == 3


async def test_a_url_listed_twice_is_taken_from_its_first_listing(
    fault_server: FaultServer,
) -> None:
    """As the pipeline takes it (docs/scraping.md: "A URL listed in two sitemaps is taken from the
    first one"): sitemaps are streamed, so a later listing cannot be waited for."""
    fault_server.route("/sitemap.xml", xml_page(index(f"{CANON}/a.xml", f"{CANON}/b.xml")))
    fault_server.route("/a.xml", xml_page(urlset(
        url(f"{CANON}/x/", "2026-03-01", (("en", f"{CANON}/x/"),)),
        url(f"{CANON}/z/"),
    )))
    fault_server.route("/b.xml", xml_page(urlset(
        url(f"{CANON}/x/", "2026-03-01T10:00:00Z", (("ko", f"{CANON}/ko/x/"),)),
        url(f"{CANON}/z/", "2020-01-01"),
    )))
    found = await run_discover(fault_server)
    assert found.entries == [
        SitemapEntry(f"{CANON}/x/", "2026-03-01", (("en", f"{CANON}/x/"),)),
        SitemapEntry(f"{CANON}/z/", None, ()),
    ]


# --------------------------------------------------------------------------- with localserver


def make_mirror(root: Path) -> None:
    (root / "models" / "a").mkdir(parents=True)
    (root / "models" / "a" / "index.html").write_text("<h1>A</h1>", encoding="utf-8")
    (root / "robots.txt").write_text(f"User-agent: *\nSitemap: {CANON}/sitemap.xml\n")
    (root / "sitemap.xml").write_bytes(index(f"{CANON}/pages.xml.gz"))
    (root / "pages.xml.gz").write_bytes(gzip.compress(urlset(
        url(f"{CANON}/models/a", "2026-01-01", (("en", f"{CANON}/models/a"),))
    )))


async def test_discover_and_fetch_a_mirror_served_by_localserver(tmp_path: Path) -> None:
    make_mirror(tmp_path)
    with serve_directory(tmp_path) as base:
        async with PoliteClient(base, **FAST) as client:
            found = await discover(client, base, host_aliases=ALIASES)
            assert found.problems == []
            assert found.entries == [
                SitemapEntry(f"{CANON}/models/a", "2026-01-01", (("en", f"{CANON}/models/a"),))
            ]
            fetch_url = rebase_url(found.entries[0].url, base, ALIASES)
            assert fetch_url == f"{base}/models/a"
            page = await client.fetch(fetch_url)
    assert page.ok and page.text == "<h1>A</h1>"


@pytest.mark.skipif(not (SNAPSHOT / "sitemap.xml").exists(), reason="no bundled snapshot")
async def test_bundled_snapshot_discovers_cleanly() -> None:
    with serve_directory(SNAPSHOT) as base:
        async with PoliteClient(base, **FAST) as client:
            found = await discover(client, base, host_aliases=ALIASES)
            pages = [await client.fetch(rebase_url(e.url, base, ALIASES) or "")
                     for e in found.entries]
    assert found.problems == []
    assert found.entries
    assert all(e.url.startswith(f"{CANON}/") for e in found.entries)
    assert all(p.ok and p.text for p in pages), [(p.url, p.error) for p in pages if not p.ok]


# --------------------------------------------------------------------------- Rebaser

_BASES = ["http://127.0.0.1:8001", "http://127.0.0.1:8001/snap/", "https://www.cometapi.com",
          "https://WWW.CometAPI.com:443", "http://[::1]:9000"]
_ALIASES = [(), ("www.cometapi.com", "cometapi.com"), ("CometAPI.com",), ("127.0.0.1:8001",)]
_URL_PARTS = st.sampled_from([
    "https://www.cometapi.com", "http://cometapi.com", "https://www.cometapi.com:443",
    "https://WWW.cometapi.com.", "http://127.0.0.1:8001", "https://evil.example", "ftp://x",
    "https://cometapi.com", "http://[::1]:9000", "https://user@www.cometapi.com"])
_PATHS = st.lists(st.sampled_from(["models", "openai", "gpt-4.1", ".", "..", "%7Emini", "a b",
                                   "zh-CN", "%e4%b8%ad", "x;y", "", "模型", ".well-known"]),
                  max_size=5).map(lambda parts: "/" + "/".join(parts))
_QUERIES = st.sampled_from(["", "?", "?a=1", "?q=%2F", "?x#frag", "#frag", "?k=v&w=é"])


@settings(max_examples=400, deadline=None)
@given(base=st.sampled_from(_BASES), aliases=st.sampled_from(_ALIASES), origin=_URL_PARTS,
       path=_PATHS, query=_QUERIES)
def test_the_rebaser_answers_as_rebase_url(base, aliases, origin, path, query):
    """For any URL, and above all for the canonical ones a run queues, ``Rebaser`` gives what
    ``rebase_url`` gives."""
    rebase = Rebaser(base, aliases)
    for url in (origin + path + query, canonical_url(origin + path + query, aliases)):
        if url is not None:
            assert rebase(url) == rebase_url(url, base, aliases), url


def test_the_rebaser_takes_its_quick_path_for_queued_urls(monkeypatch):
    """The canonical URL of a page on the alias host, or on the base host, is rebased without
    calling ``rebase_url`` (the point of the class: no URL parse a page)."""
    from scrapers.fetch import sitemap

    rebase = Rebaser("http://127.0.0.1:8001/snap", ("www.cometapi.com", "cometapi.com"))
    live = Rebaser("https://www.cometapi.com")
    monkeypatch.setattr(sitemap, "rebase_url", lambda *a: pytest.fail(f"slow path for {a}"))
    assert rebase("https://www.cometapi.com/zh-CN/models/openai/gpt-4.1/") == (
        "http://127.0.0.1:8001/snap/zh-CN/models/openai/gpt-4.1/")
    assert live("https://www.cometapi.com/models/openai/gpt-4.1/?x=1") == (
        "https://www.cometapi.com/models/openai/gpt-4.1/?x=1")
