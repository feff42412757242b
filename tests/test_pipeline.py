"""The whole pipeline against the bundled snapshot served over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from catalog.run import pipeline
from tests.conftest import db_rows, run_scrape

DATA_TABLES = ("providers", "models", "prices", "price_history", "lifecycle_history", "pages",
               "page_prices", "cards", "replacements", "findings")


def dump(db: Path, *, without: tuple[str, ...] = ("last_seen",)) -> dict[str, list[tuple]]:
    """Every row of the data tables, less the columns named in ``without``: by default
    ``last_seen``, which every run that sees a model moves by design (tested on its own)."""
    out = {}
    for t in DATA_TABLES:
        names = [r[1] for r in db_rows(db, f"PRAGMA table_info({t})") if r[1] not in without]
        out[t] = db_rows(db, f"SELECT {', '.join(names)} FROM {t} ORDER BY 1, 2")
    return out


def test_one_row_per_model_across_locales(scraped_db):
    assert db_rows(scraped_db, "SELECT id, name, status, status_date, context_window,"
                   " commercial_use, source, locales FROM models WHERE source = 'page'"
                   " ORDER BY id") == [
        ("anthropic/claude-sonnet-4-5", "Claude Sonnet 4.5", "active", None, 200000, 1, "page",
         '["fr"]'),
        ("deepseek/deepseek-r", "DeepSeek-Reasoner", "active", None, 128000, 1, "page", '["es"]'),
        ("google/gemini-2-5-flash", "Gemini 2.5 Flash", "active", None, 1048576, 1, "page",
         '["en"]'),
        ("openai/gpt-4-0314", "gpt-4-0314", "retired", "2026-03-26", 8192, 1, "page",
         '["en", "ko", "nl", "zh-CN"]'),
        ("openai/sora-2", "Sora 2", "active", None, None, 1, "page", '["en"]'),
    ]
    assert db_rows(scraped_db, "SELECT slug, name FROM providers ORDER BY slug") == [
        ("anthropic", "Anthropic"), ("deepseek", "DeepSeek"), ("google", "Google"),
        ("openai", "OpenAI")]


def test_prices_exact_with_official_and_discount(scraped_db):
    assert db_rows(scraped_db, "SELECT kind, unit, usd, official_usd, discount_pct FROM prices "
                   "WHERE model_id = 'deepseek/deepseek-r' ORDER BY kind") == [
        ("input", "1M tokens", 0.44, 0.55, 20.0), ("output", "1M tokens", 1.752, 2.19, 20.0)]
    assert db_rows(scraped_db, "SELECT kind, unit, usd, official_usd FROM prices "
                   "WHERE model_id = 'openai/sora-2'") == [("per_second", "second", 0.08, 0.1)]
    # one history row per price, still open
    assert db_rows(scraped_db, "SELECT count(*), count(valid_to) FROM price_history "
                   "WHERE model_id = 'openai/gpt-4-0314'") == [(2, 0)]


def test_per_locale_pages_and_text(scraped_db):
    assert db_rows(scraped_db, "SELECT locale, status FROM pages WHERE model_id = "
                   "'openai/gpt-4-0314' ORDER BY locale") == [
        ("en", "ok"), ("ko", "ok"), ("nl", "ok"), ("zh-CN", "ok")]
    (description,) = db_rows(scraped_db, "SELECT description FROM pages WHERE url LIKE '%/nl/%'")[0]
    assert "<think>" not in description and "用户" not in description


def test_deprecations_view_and_replacements(scraped_db):
    assert db_rows(scraped_db, "SELECT model_id, status, status_date, replacements, input_usd, "
                   "output_usd FROM deprecations") == [
        ("openai/gpt-4-0314", "retired", "2026-03-26", "gpt-4.1*, gpt-5", 24.0, 48.0)]


def test_card_only_models_are_stored_from_cards_and_missing_pages_are_findings(scraped_db):
    assert db_rows(scraped_db, "SELECT id, name, status, source FROM models WHERE source = 'card' "
                   "ORDER BY id") == [
        ("anthropic/claude-mythos-preview", "Claude Mythos Preview", "coming_soon", "card"),
        ("anthropic/claude-opus-4-6", "Claude Opus 4.6", None, "card"),
        ("anthropic/claude-sonnet-4-6", "Claude Sonnet 4.6", None, "card"),
        ("google/nano-banana-2", "Nano Banana 2", None, "card"),
        ("openai/gpt-5-4-mini", "GPT-5.4 mini", None, "card"),
        ("openai/gpt-5-4-nano", "GPT-5.4 nano", None, "card"),
    ]
    assert db_rows(scraped_db, "SELECT usd FROM prices WHERE model_id = "
                   "'anthropic/claude-mythos-preview' ORDER BY kind") == [(60.0,), (240.0,)]
    missing = db_rows(scraped_db, "SELECT url, detail FROM findings WHERE kind = 'missing_page'"
                      " AND url = 'https://www.cometapi.com/ko/models/openai/gpt-4-0314/'"
                      " ORDER BY 2")
    assert len(missing) == 6
    assert missing[0][1] == ("links to https://www.cometapi.com/ko/models/anthropic/"
                             "claude-mythos-preview/, which answers HTTP 404")


def test_findings_recorded_with_page_and_locale(scraped_db):
    found = db_rows(scraped_db, "SELECT locale, kind, detail FROM findings WHERE kind IN"
                    " ('untranslated_placeholder', 'leaked_reasoning')"
                    " ORDER BY locale, kind, detail")
    assert [(loc, kind) for loc, kind, _ in found] == [
        ("ko", "untranslated_placeholder"), ("ko", "untranslated_placeholder"),
        ("nl", "leaked_reasoning"), ("zh-CN", "leaked_reasoning"),
        ("zh-CN", "untranslated_placeholder")]
    assert found[0][2] == "[모델 이름]"


def test_not_model_pages_are_skipped_with_reason(scraped_db):
    assert db_rows(scraped_db, "SELECT count(*) FROM runs WHERE pages_skipped >= 2") == [(1,)]
    (reading,) = db_rows(scraped_db, "SELECT reading FROM pages WHERE url = "
                         "'https://www.cometapi.com/fr/models/anthropic/claude-sonnet-4-5/'")[0]
    assert json.loads(reading)["prices"][0]["label"] == "Entrée"


def test_second_run_over_unchanged_site_changes_no_data(fresh_copy, snapshot_url):
    earlier = "2000-01-01T00:00:00+00:00"  # as if the first run were long ago
    with sqlite3.connect(fresh_copy) as conn:
        conn.execute("UPDATE models SET last_seen = ?, last_changed = ?", (earlier, earlier))
        conn.execute("UPDATE providers SET last_seen = ?", (earlier,))
    before = dump(fresh_copy, without=("last_seen",))
    result = run_scrape(snapshot_url, fresh_copy)
    assert result.status == "complete"
    assert result.counts["pages_ok"] == 0
    assert result.counts["pages_unchanged"] == 8
    # only last_seen moves (one UPDATE per table): every model and provider was seen again,
    # and none changed
    assert dump(fresh_copy, without=("last_seen",)) == before
    (seen,) = db_rows(fresh_copy, "SELECT DISTINCT last_seen FROM models")
    assert seen[0] > earlier
    assert db_rows(fresh_copy, "SELECT DISTINCT last_seen FROM providers") == [seen]
    assert db_rows(fresh_copy, "SELECT DISTINCT last_changed FROM models") == [(earlier,)]
    assert db_rows(fresh_copy, "SELECT count(*) FROM runs") == [(2,)]


def test_a_changed_price_is_appended_to_history(tmp_path, site_copy):
    from scrapers.fetch.localserver import serve_directory

    db = tmp_path / "c.db"
    with serve_directory(site_copy) as url:
        assert run_scrape(url, db).status == "complete"
        page = site_copy / "es/models/deepseek/deepseek-r/index.html"
        page.write_text(page.read_text().replace("$0.44/M", "$0.40/M"))
        # the sitemap still says the page did not change: an incremental run trusts it
        assert run_scrape(url, db).counts["pages_ok"] == 0
        sitemap = site_copy / "sitemap-models.xml"
        sitemap.write_text(sitemap.read_text().replace(
            "<lastmod>2026-08-01T00:00:00-07:00</lastmod>",
            "<lastmod>2026-11-20T00:00:00-07:00</lastmod>"))
        result = run_scrape(url, db)
    assert result.status == "complete"
    assert result.counts["pages_ok"] == 1 and result.counts["prices_changed"] == 1
    history = db_rows(db, "SELECT usd, valid_to IS NULL FROM price_history WHERE model_id = "
                      "'deepseek/deepseek-r' AND kind = 'input' ORDER BY id")
    assert history == [(0.44, 0), (0.4, 1)]
    assert db_rows(db, "SELECT usd, discount_pct FROM prices WHERE model_id = "
                   "'deepseek/deepseek-r' AND kind = 'input'") == [(0.4, 27.27)]


def test_price_differing_between_locales_is_a_finding(tmp_path, site_copy):
    from scrapers.fetch.localserver import serve_directory

    page = site_copy / "nl/models/openai/gpt-4-0314/index.html"
    page.write_text(page.read_text().replace("Invoer:$24/M", "Invoer:$25/M", 1))
    db = tmp_path / "c.db"
    with serve_directory(site_copy) as url:
        assert run_scrape(url, db).status == "complete"
    details = db_rows(db, "SELECT locale, detail FROM findings WHERE kind = 'price_mismatch' "
                      "AND model_id = 'openai/gpt-4-0314'")
    assert ("nl", "input usd $25 per 1M tokens on nl page, $24 on en page "
            "https://www.cometapi.com/models/openai/gpt-4-0314/") in details
    # the English page wins for the model's price
    assert db_rows(db, "SELECT usd FROM prices WHERE model_id = 'openai/gpt-4-0314' AND "
                   "kind = 'input'") == [(24.0,)]


def test_locale_filter_and_limit(tmp_path, snapshot_url):
    db = tmp_path / "c.db"
    result = run_scrape(snapshot_url, db, locales=("ko",), follow_links=False)
    assert result.status == "complete"
    assert db_rows(db, "SELECT DISTINCT locale FROM pages") == [("ko",)]
    db2 = tmp_path / "d.db"
    result = run_scrape(snapshot_url, db2, limit=2, follow_links=False)
    assert result.counts["pages_discovered"] == 2


def test_failed_run_keeps_the_good_catalog(fresh_copy, tmp_path):
    """A site that is down: the run fails (exit 2), commits nothing, and the data stays."""
    before = dump(fresh_copy)
    result = run_scrape("http://127.0.0.1:9", fresh_copy, max_retries=0, timeout=0.5)
    assert result.status == "failed" and result.exit_code == 2
    assert "nothing to scrape" in result.reason
    assert dump(fresh_copy) == before
    assert db_rows(fresh_copy, "SELECT status FROM runs ORDER BY id DESC LIMIT 1") == [("failed",)]


def test_full_rereads_every_page(fresh_copy, snapshot_url):
    before = dump(fresh_copy)
    result = run_scrape(snapshot_url, fresh_copy, full=True)
    assert result.counts["pages_ok"] == 8 and result.counts["pages_unchanged"] == 0
    assert result.counts["models_changed"] == 0 and result.counts["prices_changed"] == 0
    after = dump(fresh_copy)
    assert after["prices"] == before["prices"]
    assert after["price_history"] == before["price_history"]


def test_lifecycle_change_is_appended_and_listed_in_changes(tmp_path, site_copy):
    from scrapers.fetch.localserver import serve_directory

    db = tmp_path / "c.db"
    with serve_directory(site_copy) as url:
        assert run_scrape(url, db).status == "complete"
        page = site_copy / "models/openai/sora-2/index.html"
        page.write_text(page.read_text().replace(
            "<p>It is built for short-form content:",
            "<p>OpenAI says Sora 2 will be shut down on 1 May 2027; developers should migrate "
            "to sora-3.</p><p>It is built for short-form content:", 1))
        assert run_scrape(url, db, full=True).counts["models_changed"] == 1
    assert db_rows(db, "SELECT status, status_date, replacements, valid_to IS NULL FROM "
                   "lifecycle_history WHERE model_id = 'openai/sora-2' ORDER BY id") == [
        ("active", None, "[]", 0), ("deprecated", "2027-05-01", '["sora-3"]', 1)]
    assert db_rows(db, "SELECT model_id, change_kind, summary, previous FROM changes WHERE "
                   "change_kind = 'lifecycle' AND model_id = 'openai/sora-2' "
                   "AND previous IS NOT NULL") == [
        ("openai/sora-2", "lifecycle",
         "deprecated, shuts down on 2027-05-01; replacements named: sora-3", "active")]
    assert db_rows(db, "SELECT model_id, status_date FROM deprecations WHERE status = "
                   "'deprecated'") == [("openai/sora-2", "2027-05-01")]


def test_a_card_priced_unlike_its_model_page_is_a_finding(tmp_path, site_copy):
    from scrapers.fetch.localserver import serve_directory

    page = site_copy / "models/google/gemini-2-5-flash/index.html"
    text = page.read_text()
    card = text.index('href="/models/deepseek/deepseek-r/"')
    page.write_text(text[:card] + text[card:].replace("$0.44/M", "$0.5/M", 1))
    db = tmp_path / "c.db"
    with serve_directory(site_copy) as url:
        assert run_scrape(url, db).status == "complete"
    assert db_rows(db, "SELECT url, detail FROM findings WHERE kind = 'price_mismatch'") == [
        ("https://www.cometapi.com/models/google/gemini-2-5-flash/",
         "card for deepseek/deepseek-r shows input $0.5 per 1M tokens; its page "
         "https://www.cometapi.com/es/models/deepseek/deepseek-r/ states $0.44")]


def assert_same_catalog(db: Path, reference: Path) -> None:
    ours, theirs = dump(db), dump(reference)
    for table in ("models", "prices", "replacements", "page_prices", "cards"):
        strip = (lambda r: r) if table in ("replacements", "page_prices", "cards") else (
            lambda r: tuple(v for v in r if not (isinstance(v, str) and v.startswith("2026-"))))
        assert [strip(r) for r in ours[table]] == [strip(r) for r in theirs[table]], table


def test_reader_processes_give_the_same_catalog(tmp_path, snapshot_url, scraped_db):
    db = tmp_path / "c.db"
    result = run_scrape(snapshot_url, db, workers=2)
    assert result.status == "complete"
    with sqlite3.connect(db) as conn:
        assert json.loads(conn.execute("SELECT options FROM runs").fetchone()[0])["workers"] == 2
    assert_same_catalog(db, scraped_db)


@pytest.mark.parametrize("workers", [1, 2])
def test_discovery_waits_for_the_workers_when_the_queue_is_full(
        tmp_path, snapshot_url, scraped_db, monkeypatch, workers):
    # the queue may hold 3 pages: discovery of the snapshot's sitemap stops and resumes
    # several times, and the catalog comes out the same (links not followed and the sitemap
    # the only seed, so that every page queued comes from the sitemap's discovery: hreflang
    # alternates and listing pages are queued by the workers)
    monkeypatch.setattr(pipeline, "QUEUE_HIGH", 3)
    monkeypatch.setattr(pipeline, "QUEUE_LOW", 1)
    sizes: list[int] = []
    real_discover = pipeline._Run.discover

    async def watched(self, entries, until=None, on_discovered=None):
        sizes.append(-1)
        done = await real_discover(self, entries, until, on_discovered)
        sizes.append(self.queue.qsize())
        return done

    monkeypatch.setattr(pipeline._Run, "discover", watched)
    original_enqueue = pipeline._Run.enqueue

    def enqueue(self, task):
        original_enqueue(self, task)
        sizes.append(self.queue.qsize())

    monkeypatch.setattr(pipeline._Run, "enqueue", enqueue)
    db = tmp_path / "c.db"
    result = run_scrape(snapshot_url, db, workers=workers, follow_links=False,
                        seeds=("sitemap",))
    assert result.status == "complete", result.reason
    assert result.counts["pages_discovered"] > 3 * 2
    assert max(sizes) == 3
    assert sizes.count(3) >= 2  # it filled up more than once
    assert_same_catalog(db, scraped_db)


def test_the_scrape_process_imports_no_reader(tmp_path, snapshot_url):
    """The scrape's own process schedules and stores; its reader processes read. A run in a
    fresh interpreter leaves the reader's modules (its vocabulary is built on import, a third
    of a second) unimported there, and still reads every page."""
    import subprocess
    import sys

    from tests.conftest import CANONICAL_HOSTS, ROOT, TODAY

    script = (
        "import asyncio, sys\n"
        "from pathlib import Path\n"
        "from datetime import date\n"
        "from catalog.run.pipeline import ScrapeOptions, scrape\n"
        f"r = asyncio.run(scrape(ScrapeOptions(base_url={snapshot_url!r}, "
        f"db_path=Path({str(tmp_path / 'c.db')!r}), host_aliases={tuple(CANONICAL_HOSTS)!r}, "
        f"requests_per_second=500.0, today=date.fromisoformat({TODAY.isoformat()!r}))))\n"
        "heavy = [m for m in ('catalog.meaning.normalize', 'scrapers.reading.labels',\n"
        "         'scrapers.sources.cometapi.page') if m in sys.modules]\n"
        "print(r.status, r.counts['pages_ok'], heavy)\n")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    status, pages_ok, heavy = out.stdout.strip().split(" ", 2)
    assert status == "complete" and int(pages_ok) > 0
    assert heavy == "[]"


def test_a_run_says_where_its_time_went_and_leaves_its_rows_in_the_file(tmp_path, snapshot_url):
    db = tmp_path / "catalog.db"
    from catalog.storage.store import Store

    Store(db).close()
    served = sqlite3.connect(db)  # Datasette serving the file through the run
    served.execute("SELECT count(*) FROM pages").fetchone()
    result = run_scrape(snapshot_url, db)
    assert result.status == "complete"
    assert list(result.phases) == ["crawl", "finish", "search_index"]
    assert all(p["wall_s"] >= 0 and p["cpu_s"] >= 0 for p in result.phases.values())
    before_index = result.phases["crawl"]["wall_s"] + result.phases["finish"]["wall_s"]
    assert before_index <= result.counts["duration_s"] + 0.01
    # the run's commit copies nothing into the file; the copy made beside the search index
    # build does, though a reader holds the file open (its close is not the last)
    pages = served.execute("SELECT count(*) FROM pages").fetchone()[0]
    assert pages > 8  # model pages and the pages that are not
    immutable = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    assert immutable.execute("SELECT count(*) FROM pages").fetchone()[0] == pages
    assert immutable.execute("SELECT count(*) FROM pages_fts_docsize").fetchone()[0] == pages
    immutable.close()
    served.close()


def test_a_run_that_fails_in_its_crawl_reports_no_phase(tmp_path):
    from tests.conftest import serve_directory

    empty = tmp_path / "site"
    empty.mkdir()
    (empty / "sitemap.xml").write_text('<?xml version="1.0"?><urlset '
                                      'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>')
    with serve_directory(empty) as url:
        result = run_scrape(url, tmp_path / "catalog.db")
    assert result.status == "failed"
    assert result.phases == {}  # only phases that ended are reported
