"""Discovery from every list a site publishes, and completeness that follows it.

Sites are served by the fault-injecting server of ``tests/faultserver.py`` on 127.0.0.1. A run
is ``complete`` only when every enabled seed (the sitemaps, the models listing, the source's
model catalog, the pages' hreflang alternates) was read in full: one sitemap that answers 503,
is a gzip bomb, is malformed, is over the child limit or times out makes the run ``partial``
(exit 1), names the sitemap, and marks no model missing (issue 21, item 1). A site with no
sitemap, or one that lists only posts, is found through its listing and its catalog; a catalog
entry whose page sits at another slug is matched to it, its 404 recorded once (issue 26).
"""

from __future__ import annotations

import asyncio
import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog import exit_codes
from catalog.cli.commands import cli
from tests.conftest import db_rows, run_scrape
from tests.faultserver import Fault, FaultServer, fault_server

__all__ = ["fault_server"]

# generous per-request time (two cores shared with other work): only the timeout case is short
FAST = dict(timeout=5.0, max_retries=1, backoff_base=0.01, follow_links=False,
            host_aliases=())


def model_page(name: str, usd: float, alternates: dict[str, str] | None = None) -> bytes:
    """A small model page the real reader reads: a heading and two price lines; its
    ``alternates`` (locale → path) in the head as hreflang links."""
    head = "".join(f'<link rel="alternate" hreflang="{locale}" href="{path}">'
                   for locale, path in (alternates or {}).items())
    return (f'<!doctype html><html lang="en"><head><title>{name} | Acme</title>{head}</head>'
            f'<body><main><h1>{name}</h1><p>Input:${usd}/M</p><p>Output:${usd * 2}/M</p>'
            '</main></body></html>').encode()


def listing_page(*links: str) -> bytes:
    cards = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
    return (f'<!doctype html><html><head><title>Models</title></head><body><h1>All models'
            f'</h1><ul>{cards}</ul></body></html>').encode()


def urlset(server: FaultServer, *paths: str) -> bytes:
    urls = "".join(f"<url><loc>{server.url(p)}</loc></url>" for p in paths)
    return (b'<?xml version="1.0" encoding="UTF-8"?><urlset '
            b'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + urls.encode()
            + b"</urlset>")


def index(server: FaultServer, *paths: str) -> bytes:
    items = "".join(f"<sitemap><loc>{server.url(p)}</loc></sitemap>" for p in paths)
    return (b'<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
            b'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + items.encode()
            + b"</sitemapindex>")


def catalog(*entries: tuple[str, str]) -> Fault:
    data = {"success": True, "total": len(entries), "data": [
        {"id": ref_id, "provider": provider, "model_type": "llm", "features": ["chat"],
         "pricing": {"input": 1, "output": 2}} for ref_id, provider in entries]}
    return Fault(body=json.dumps(data).encode(), content_type="application/json")


def reroute(server: FaultServer, path: str, *faults: Fault) -> None:
    """The next answers for ``path`` (answers already given are padded)."""
    server.route(path, *([faults[0]] * server.count(path)), *faults)


# ------------------------------------------------------------------ a sitemap not read


A_PAGES = ("/models/acme/a1/", "/models/acme/a2/")
B_PAGES = ("/models/acme/b1/", "/models/acme/b2/")


def two_sitemaps(server: FaultServer) -> None:
    """An index of sm-a and sm-b, two model pages each."""
    server.route("/sitemap.xml", Fault.xml(index(server, "/sm-a.xml", "/sm-b.xml")))
    server.route("/sm-a.xml", Fault.xml(urlset(server, *A_PAGES)))
    server.route("/sm-b.xml", Fault.xml(urlset(server, *B_PAGES)))
    for n, path in enumerate(A_PAGES + B_PAGES):
        server.route(path, Fault.page(model_page(f"Model {path.split('/')[-2]}", n + 1)))


def gzip_bomb() -> Fault:
    # 61 MB of zeros in a 60 KB gzip: past the sitemap protocol's 50 MB (and our 60 MB cap)
    return Fault(body=gzip.compress(b"\0" * 61_000_000, compresslevel=9),
                 content_type="application/gzip")


SITEMAP_FAILURES = {
    "5xx": (lambda: Fault.error(503), {}, "http_status: 503"),
    "gzip bomb": (gzip_bomb, {}, "exceeds"),
    "malformed XML": (lambda: Fault.xml(b"<urlset><url><loc>http://x/</loc></url"), {},
                      "malformed"),
    "over the child limit": (None, {"max_sitemaps": 2}, "over the limit of 2 sitemaps"),
    "timeout": (lambda: Fault(body=b"<urlset/>", content_type="application/xml", delay=3.0),
                {"timeout": 0.5, "max_retries": 0}, "timeout"),
}


@pytest.mark.parametrize("kind", list(SITEMAP_FAILURES))
def test_a_child_sitemap_not_read_makes_the_run_partial_and_marks_no_model_missing(
        fault_server, tmp_path, kind):
    """Run 1 reads both sitemaps; in run 2 sm-b is not read (503, a gzip bomb, malformed XML,
    past the child limit, or too slow): exit 1, the runs row partial and naming sm-b, no
    model marked missing, and each of sm-b's models carries a finding saying why."""
    two_sitemaps(fault_server)
    db = tmp_path / "catalog.db"
    first = run_scrape(fault_server.base_url, db, **FAST)
    assert (first.status, first.exit_code) == ("complete", 0), first.reason
    make, options, why = SITEMAP_FAILURES[kind]
    if make is not None:
        reroute(fault_server, "/sm-b.xml", make())
    second = run_scrape(fault_server.base_url, db, **{**FAST, **options})

    assert second.exit_code == exit_codes.PARTIAL == 1
    assert second.status == "partial"
    status, reason, seeds = db_rows(db, "SELECT status, reason, seeds FROM runs WHERE id = ?",
                                    second.run_id)[0]
    assert status == "partial"
    assert fault_server.url("/sm-b.xml") in reason and why in reason, reason
    assert "no model marked missing" in reason
    sitemap = json.loads(seeds)["sitemap"]
    assert sitemap["state"] == "failed" and sitemap["unread_count"] == 1
    assert db_rows(db, "SELECT count(*) FROM models WHERE missing_since IS NOT NULL") == [(0,)]
    assert db_rows(db, "SELECT count(*) FROM models WHERE source = 'page'") == [(4,)]
    kept = db_rows(db, "SELECT model_id, detail FROM findings WHERE kind = 'kept_not_missing' "
                   "ORDER BY model_id")
    assert [model for model, _ in kept] == ["acme/b1", "acme/b2"]
    assert all("sitemap not read in full" in detail for _, detail in kept)


def test_the_cli_exits_1_when_a_child_sitemap_fails(fault_server, tmp_path):
    """The same through ``catalog scrape``: exit status 1 and a summary line that says why."""
    two_sitemaps(fault_server)
    db = tmp_path / "catalog.db"
    args = ["scrape", "--base-url", fault_server.base_url, "--db", str(db), "--no-progress",
            "--timeout", "2", "--rate", "500"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    reroute(fault_server, "/sm-b.xml", Fault.error(503))
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert "partial" in result.output and "sm-b.xml" in result.output
    assert db_rows(db, "SELECT count(*) FROM models WHERE missing_since IS NOT NULL") == [(0,)]


def test_a_model_gone_from_a_fully_read_sitemap_is_still_marked_missing(fault_server, tmp_path):
    """The rule takes nothing away: when every sitemap was read, a model none lists is
    marked missing as before."""
    two_sitemaps(fault_server)
    db = tmp_path / "catalog.db"
    assert run_scrape(fault_server.base_url, db, **FAST).status == "complete"
    reroute(fault_server, "/sm-b.xml", Fault.xml(urlset(fault_server, B_PAGES[0])))
    second = run_scrape(fault_server.base_url, db, **FAST)
    assert second.status == "complete"
    assert db_rows(db, "SELECT id FROM models WHERE missing_since IS NOT NULL") == [("acme/b2",)]


# ------------------------------------------------------------------ the other seeds


def test_a_site_without_a_sitemap_is_found_through_its_listing_and_catalog(
        fault_server, tmp_path):
    fault_server.route("/models/", Fault.page(listing_page("/models/acme/a1/")))
    fault_server.route("/api/models", catalog(("b1", "Acme")))
    fault_server.route("/models/acme/a1/", Fault.page(model_page("Model A1", 1)))
    fault_server.route("/models/acme/b1/", Fault.page(model_page("Model B1", 2)))
    db = tmp_path / "catalog.db"
    result = run_scrape(fault_server.base_url, db, **FAST,
                        catalog_url=fault_server.url("/api/models"))
    assert (result.status, result.exit_code) == ("complete", 0), result.reason
    assert db_rows(db, "SELECT id FROM models WHERE source = 'page' ORDER BY id") == [
        ("acme/a1",), ("acme/b1",)]
    seeds = result.seeds
    assert seeds["sitemap"]["state"] == "absent"
    assert (seeds["listing"]["state"], seeds["listing"]["pages"]) == ("read", 1)
    assert (seeds["catalog"]["state"], seeds["catalog"]["pages"]) == ("read", 1)
    assert "seeds: sitemap 0 (absent), listing 1, catalog 1" in result.summary()
    assert "1 models in the catalog, 1 with a page, 0 without" in result.summary()


def test_a_sitemap_of_posts_only_is_no_failure_when_the_listing_has_the_models(
        fault_server, tmp_path):
    fault_server.route("/sitemap.xml", Fault.xml(urlset(fault_server, "/blog/a-post/")))
    fault_server.route("/models/", Fault.page(listing_page("/models/acme/a1/",
                                                           "/models/acme/a2/")))
    fault_server.route("/models/acme/a1/", Fault.page(model_page("Model A1", 1)))
    fault_server.route("/models/acme/a2/", Fault.page(model_page("Model A2", 2)))
    db = tmp_path / "catalog.db"
    result = run_scrape(fault_server.base_url, db, **FAST)
    assert result.status == "complete", result.reason
    assert result.counts["pages_ok"] == 2
    assert result.seeds["sitemap"]["pages"] == 0 and result.seeds["listing"]["pages"] == 2
    assert fault_server.count("/blog/a-post/") == 0  # not a model page: never fetched


def test_a_sitemap_of_posts_only_and_no_other_seed_fails_as_before(fault_server, tmp_path):
    fault_server.route("/sitemap.xml", Fault.xml(urlset(fault_server, "/blog/a-post/")))
    db = tmp_path / "catalog.db"
    result = run_scrape(fault_server.base_url, db, **FAST, seeds=("sitemap",))
    assert (result.status, result.exit_code) == ("failed", 2)
    assert "the sitemap lists no model pages" in result.reason


def test_a_catalog_entry_whose_page_is_at_another_slug(fault_server, tmp_path):
    """The catalog's ``widget-2.0-20250101`` builds /models/acme/widget-2-0-20250101/, which
    answers 404; the listing links the real page, /models/acme/widget-2-0/. The entry is
    matched to that page's model, the 404 is one finding (not a failure, not a missing page),
    and a second run records it no second time."""
    fault_server.route("/models/", Fault.page(listing_page("/models/acme/widget-2-0/")))
    fault_server.route("/api/models", catalog(("widget-2.0-20250101", "Acme"),
                                              ("gadget", "Acme")))
    fault_server.route("/models/acme/widget-2-0/", Fault.page(model_page("Widget 2.0", 3)))
    db = tmp_path / "catalog.db"
    options = dict(FAST, catalog_url=fault_server.url("/api/models"))
    for _ in range(2):
        result = run_scrape(fault_server.base_url, db, **options)
        assert (result.status, result.counts["pages_failed"],
                result.counts["pages_missing"]) == ("complete", 0, 0), result.reason
    assert fault_server.count("/models/acme/widget-2-0-20250101/") == 2
    assert db_rows(db, "SELECT ref_id, page_status, model_id, match_rule FROM catalog_entries "
                   "ORDER BY ref_id") == [
        ("gadget", 404, None, None),
        ("widget-2.0-20250101", 404, "acme/widget-2-0", "dated")]
    found = db_rows(db, "SELECT url, detail FROM findings WHERE kind = 'catalog_page_not_found' "
                    "ORDER BY url")
    assert len(found) == 2
    assert found[1][0].endswith("/models/acme/widget-2-0-20250101/")
    assert "widget-2.0-20250101" in found[1][1]
    assert db_rows(db, "SELECT count(*) FROM pages WHERE url LIKE '%20250101%'") == [(0,)]
    assert result.coverage["catalog_models"] == 2
    assert (result.coverage["with_page"], result.coverage["without_page"]) == (1, 1)


def test_a_listing_of_three_pages_is_read_to_its_end(fault_server, tmp_path):
    fault_server.route("/models/", Fault.page(listing_page("/models/acme/p1/",
                                                           "/models/page/2/")))
    fault_server.route("/models/page/2/", Fault.page(listing_page("/models/acme/p2/",
                                                                  "/models/?page=3")))
    fault_server.route("/models/?page=3", Fault.page(listing_page("/models/acme/p3/",
                                                                  "/models/")))
    for n in (1, 2, 3):
        fault_server.route(f"/models/acme/p{n}/", Fault.page(model_page(f"P{n}", n)))
    db = tmp_path / "catalog.db"
    result = run_scrape(fault_server.base_url, db, **FAST)
    assert result.status == "complete", result.reason
    assert db_rows(db, "SELECT id FROM models ORDER BY id") == [
        ("acme/p1",), ("acme/p2",), ("acme/p3",)]
    assert (result.seeds["listing"]["read"], result.seeds["listing"]["pages"]) == (3, 3)
    # page 3 links back to page 1: it is fetched once
    assert [r.target for r in fault_server.seen("/models/")] == ["/models/", "/models/?page=3"]


def test_a_listing_page_that_fails_makes_the_run_partial(fault_server, tmp_path):
    fault_server.route("/models/", Fault.page(listing_page("/models/acme/p1/",
                                                           "/models/page/2/")))
    fault_server.route("/models/page/2/", Fault.error(503))
    fault_server.route("/models/acme/p1/", Fault.page(model_page("P1", 1)))
    db = tmp_path / "catalog.db"
    result = run_scrape(fault_server.base_url, db, **FAST)
    assert (result.status, result.exit_code) == ("partial", 1)
    assert "listing: 1 not read" in result.reason and "/models/page/2/" in result.reason


def test_alternates_add_the_locales_the_sitemap_did_not_list(fault_server, tmp_path):
    """The sitemap lists only the English page; its head names the Korean and Dutch ones."""
    alternates = {"en": "/models/acme/w/", "ko": "/ko/models/acme/w/",
                  "nl": "/nl/models/acme/w/", "x-default": "/models/acme/w/"}
    fault_server.route("/sitemap.xml", Fault.xml(urlset(fault_server, "/models/acme/w/")))
    fault_server.route("/models/acme/w/", Fault.page(model_page("W", 1, alternates)))
    fault_server.route("/ko/models/acme/w/", Fault.page(model_page("W", 1, alternates)))
    fault_server.route("/nl/models/acme/w/", Fault.page(model_page("W", 1, alternates)))
    db = tmp_path / "catalog.db"
    result = run_scrape(fault_server.base_url, db, **FAST)
    assert result.status == "complete", result.reason
    assert db_rows(db, "SELECT locale FROM pages WHERE status = 'ok' ORDER BY locale") == [
        ("en",), ("ko",), ("nl",)]
    assert result.seeds["alternates"]["pages"] == 2

    off = tmp_path / "off.db"
    result = run_scrape(fault_server.base_url, off, **FAST, seeds=("sitemap",))
    assert db_rows(off, "SELECT locale FROM pages WHERE status = 'ok'") == [("en",)]
    assert result.seeds["alternates"]["state"] == "off"


def test_a_catalog_that_is_not_json_makes_the_run_partial(fault_server, tmp_path):
    fault_server.route("/sitemap.xml", Fault.xml(urlset(fault_server, "/models/acme/a1/")))
    fault_server.route("/models/acme/a1/", Fault.page(model_page("A1", 1)))
    fault_server.route("/api/models", Fault(body=b'{"data": [', content_type="application/json"))
    db = tmp_path / "catalog.db"
    result = run_scrape(fault_server.base_url, db, **FAST,
                        catalog_url=fault_server.url("/api/models"))
    assert (result.status, result.exit_code) == ("partial", 1)
    assert "catalog: 1 not read" in result.reason and "not JSON" in result.reason


def test_a_catalog_number_too_long_is_refused_before_it_is_parsed():
    from scrapers.sources.cometapi.catalog import CatalogError, read_catalog

    with pytest.raises(CatalogError, match="characters long"):
        read_catalog(b'{"data": [{"id": "x", "pricing": {"input": 1' + b"0" * 100 + b'}}]}')
    with pytest.raises(CatalogError, match="out of range"):
        read_catalog(b'{"data": [{"id": "x", "pricing": {"input": 1e100000000}}]}')
    assert read_catalog(b'{"data": [{"id": "gpt-4.1", "provider": "OpenAI"}]}')[0].path == \
        "/models/openai/gpt-4-1/"


def test_seeds_are_chosen_on_the_command_line(fault_server, tmp_path):
    fault_server.route("/models/", Fault.page(listing_page("/models/acme/a1/")))
    fault_server.route("/models/acme/a1/", Fault.page(model_page("A1", 1)))
    db = tmp_path / "catalog.db"
    base = ["scrape", "--base-url", fault_server.base_url, "--db", str(db), "--no-progress",
            "--rate", "500"]
    bad = CliRunner().invoke(cli, [*base, "--seeds", "sitemap,feeds"])
    assert bad.exit_code == 64 and "feeds is not a seed" in bad.output
    only_sitemap = CliRunner().invoke(cli, [*base, "--seeds", "sitemap"])
    assert only_sitemap.exit_code == 2, only_sitemap.output
    both = CliRunner().invoke(cli, [*base, "--seeds", "sitemap,listing"])
    assert both.exit_code == 0, both.output
    runs = CliRunner().invoke(cli, ["runs", "--db", str(db), "--json"])
    last = json.loads(runs.output.splitlines()[0])
    assert last["seeds"]["listing"]["pages"] == 1 and last["seeds"]["catalog"]["state"] == "off"
    assert json.loads(last["options"])["seeds"] == ["sitemap", "listing"]


# ------------------------------------------------------------------ the coverage report


def coverage_rows(db: Path) -> list[tuple]:
    """The canned query ``coverage`` as a real Datasette answers it."""
    from catalog.publish import serve

    async def get() -> list[dict]:
        response = await serve.build_datasette(db).client.get(
            "/catalog/coverage.json?_shape=array")
        assert response.status_code == 200, response.text[:300]
        return response.json()

    return [(r["issue"], r["model_id"] or r["name"], r["url"].rsplit(":", 1)[-1] if r["url"]
             else None) for r in asyncio.run(get())]


def test_the_coverage_report_says_what_was_not_found(fault_server, tmp_path):
    """a1 and a2 in three locales, a3 in one; the sitemap also lists a9, which answers 404;
    the catalog lists a1, a2 and zz (no page anywhere), not a3."""
    locales = ("", "/ko", "/nl")
    paths = [f"{loc}/models/acme/{m}/" for m in ("a1", "a2") for loc in locales]
    paths += ["/models/acme/a3/", "/models/acme/a9/"]
    fault_server.route("/sitemap.xml", Fault.xml(urlset(fault_server, *paths)))
    for n, path in enumerate(paths[:-1]):
        fault_server.route(path, Fault.page(model_page(path.split("/")[-2].upper(), n + 1)))
    fault_server.route("/api/models", catalog(("a1", "Acme"), ("a2", "Acme"), ("zz", "Acme")))
    db = tmp_path / "catalog.db"
    result = run_scrape(fault_server.base_url, db, **FAST,
                        catalog_url=fault_server.url("/api/models"))
    assert result.status == "complete", result.reason
    assert result.coverage == {"catalog_models": 3, "with_page": 2, "without_page": 1,
                               "pages_without_entry": 1, "few_locales": 1, "sitemap_404": 1}
    assert "3 models in the catalog, 2 with a page, 1 without" in result.summary()
    stored = json.loads(db_rows(db, "SELECT coverage FROM runs WHERE id = ?", result.run_id)[0][0])
    assert stored == result.coverage
    port = fault_server.base_url.rsplit(":", 1)[-1]
    assert coverage_rows(db) == [
        ("fewer locales than most", "acme/a3", f"{port}/models/acme/a3/"),
        ("in the catalog, no page found", "zz", f"{port}/models/acme/zz/"),
        ("listed by the sitemap, answers 404", "acme/a9", f"{port}/models/acme/a9/"),
        ("page without a catalog entry", "acme/a3", f"{port}/models/acme/a3/"),
    ]


def test_the_demo_catalog_has_a_coverage_report(demo_db):
    """``make demo``: the snapshots' catalog lists six models of the first snapshot and Kimi
    K2.5 of the second; Claude Sonnet 4.5 and DeepSeek-Reasoner are found at other slugs than
    their catalog ids build, qwen3-coder-plus has no page."""
    assert db_rows(demo_db, "SELECT ref_id, model_id, match_rule FROM catalog_entries "
                   "ORDER BY ref_id") == [
        ("claude-sonnet-4-5-20250929", "anthropic/claude-sonnet-4-5", "dated"),
        ("deepseek-reasoner", "deepseek/deepseek-r", "exact"),
        ("gemini-2.5-flash", "google/gemini-2-5-flash", "url"),
        ("gpt-4-0314", "openai/gpt-4-0314", "url"),
        ("kimi-k2.5", "moonshot/kimi-k2-5", "url"),
        ("qwen3-coder-plus", None, None),
        ("sora-2", "openai/sora-2", "url")]
    assert coverage_rows(demo_db) == [
        ("in the catalog, no page found", "qwen3-coder-plus",
         "//www.cometapi.com/models/qwen/qwen3-coder-plus/")]


def test_a_kept_model_seen_again_has_its_finding_resolved(fault_server, tmp_path):
    two_sitemaps(fault_server)
    db = tmp_path / "catalog.db"
    assert run_scrape(fault_server.base_url, db, **FAST).status == "complete"
    # 503 for run 2 (its request and its one retry), good again for run 3
    reroute(fault_server, "/sm-b.xml", Fault.error(503), Fault.error(503),
            Fault.xml(urlset(fault_server, *B_PAGES)))
    assert run_scrape(fault_server.base_url, db, **FAST).status == "partial"
    assert run_scrape(fault_server.base_url, db, **FAST).status == "complete"
    assert db_rows(db, "SELECT model_id, resolved_at IS NOT NULL FROM findings WHERE kind = "
                   "'kept_not_missing' ORDER BY model_id") == [("acme/b1", 1), ("acme/b2", 1)]


def test_the_listing_finds_pages_in_a_locale_the_sitemap_does_not_list(fault_server, tmp_path):
    """``--locale ko``: the sitemap lists English pages only; /ko/models/ lists the Korean one."""
    fault_server.route("/sitemap.xml", Fault.xml(urlset(fault_server, "/models/acme/a1/")))
    fault_server.route("/models/acme/a1/", Fault.page(model_page("A1", 1)))
    fault_server.route("/ko/models/", Fault.page(listing_page("/ko/models/acme/a1/")))
    fault_server.route("/ko/models/acme/a1/", Fault.page(model_page("A1", 1)))
    db = tmp_path / "catalog.db"
    result = run_scrape(fault_server.base_url, db, **FAST, locales=("ko",))
    assert (result.status, result.bad_usage) == ("complete", False), result.reason
    assert db_rows(db, "SELECT url FROM pages") == [(fault_server.url("/ko/models/acme/a1/"),)]


def test_hreflang_alternates_are_read_from_the_head_only():
    from scrapers.fetch.seedlinks import hreflang_alternates, listing_links

    page = ('<!doctype html><HTML><HEAD><link rel=stylesheet href="/a.css">'
            "<LINK REL='alternate' HREFLANG='ko' HREF='/ko/models/acme/w/'>"
            '<link hreflang="nl" rel="alternate" href="https://x.test/nl/models/acme/w/?a=1&amp;b=2">'
            '<link rel="canonical" href="/models/acme/w/"></HEAD><body>'
            '<link rel="alternate" hreflang="fr" href="/fr/models/acme/w/"></body></HTML>')
    expected = ["https://x.test/ko/models/acme/w/", "https://x.test/nl/models/acme/w/?a=1&b=2"]
    assert hreflang_alternates(page, "https://x.test/models/acme/w/") == expected
    assert hreflang_alternates(page.encode(), "https://x.test/models/acme/w/") == expected
    assert listing_links('<a href="?page=2">2</a><a href="#top">top</a>',
                         "https://x.test/models/") == ["https://x.test/models/?page=2"]


def test_a_page_the_listing_finds_waits_for_the_sitemap_and_its_lastmod(fault_server, tmp_path):
    """The listing is read while a slow child sitemap is still on its way; the Korean page it
    links is queued only once that sitemap gave its ``lastmod``, so the second run, with the
    page unchanged, does not fetch it at all (queued at once it would cost a request)."""
    def dated(*paths: str) -> bytes:
        urls = "".join(f"<url><loc>{fault_server.url(p)}</loc><lastmod>2026-01-01</lastmod>"
                       "</url>" for p in paths)
        return (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                b'sitemap/0.9">' + urls.encode() + b"</urlset>")

    korean = "/ko/models/acme/a1/"
    fault_server.route("/sitemap.xml", Fault.xml(index(fault_server, "/sm-a.xml", "/sm-b.xml")))
    fault_server.route("/sm-a.xml", Fault.xml(dated("/models/acme/a1/")))
    fault_server.route("/sm-b.xml", Fault(body=dated(korean), content_type="application/xml",
                                          delay=1.0))
    fault_server.route("/models/", Fault.page(listing_page(korean)))
    fault_server.route("/models/acme/a1/", Fault.page(model_page("A1", 1)))
    fault_server.route(korean, Fault.page(model_page("A1", 1)))
    db = tmp_path / "catalog.db"
    for _ in range(2):
        result = run_scrape(fault_server.base_url, db, **FAST, workers=1)
        assert result.status == "complete", result.reason
    assert fault_server.count(korean) == 1  # the first run only
    assert result.counts["pages_unchanged"] == 2
    assert result.seeds["sitemap"]["pages"] == 2 and result.seeds["listing"]["pages"] == 0


def test_catalog_entries_listed_again_keep_their_first_listing_and_what_runs_learnt(tmp_path):
    """``coverage.save_entries`` (one sqlite-utils ``upsert_all``): a second listing updates
    what the catalog gives and ``last_listed``, and keeps ``first_listed`` and the page status
    and match a run wrote since."""
    from types import SimpleNamespace

    from catalog.storage import coverage
    from catalog.storage.store import Store

    def entry(provider: str) -> SimpleNamespace:
        return SimpleNamespace(ref_id="gpt-x", provider=provider, kind="llm",
                               features=("tools",), pricing={"input": "1.5"},
                               api_doc_url=None)

    store = Store(tmp_path / "c.db")
    try:
        for now, provider in (("2026-01-01T00:00:00+00:00", "OpenAI"),
                              ("2026-02-01T00:00:00+00:00", "OpenAI Inc")):
            run_id = store.start_run(now, "http://127.0.0.1/", {}, "test", source_name="cometapi")
            store.begin()
            assert coverage.save_entries(store.conn, [(entry(provider), "http://x/gpt-x/")],
                                         source_name="cometapi", run_id=run_id, now=now) == 1
            if provider == "OpenAI":  # the first run learns the page's status
                coverage.set_page_status(store.conn, "cometapi", "http://x/gpt-x/", 200)
            store.conn.execute("COMMIT")
        row = store.conn.execute(
            "SELECT provider, first_listed, last_listed, page_status, features, pricing, run_id "
            "FROM catalog_entries").fetchall()
    finally:
        store.close()
    assert row == [("OpenAI Inc", "2026-01-01T00:00:00+00:00", "2026-02-01T00:00:00+00:00", 200,
                    '["tools"]', '{"input": "1.5"}', 2)]
