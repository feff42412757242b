"""The page search index is built once and then kept current by triggers, page by page."""

from __future__ import annotations

import sqlite3

from catalog.search import ensure_search_index
from scrapers.localserver import serve_directory
from tests.conftest import run_scrape


def hits(db, table: str, query: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute(
            f"SELECT p.url FROM {table} f JOIN pages p ON p.rowid = f.rowid "
            f"WHERE {table} MATCH ? ORDER BY p.url", (query,))]


def test_index_follows_changed_pages_without_a_rebuild(tmp_path, site_copy):
    db = tmp_path / "c.db"
    with serve_directory(site_copy) as url:
        assert run_scrape(url, db).status == "complete"
        assert ensure_search_index(db) is False  # already there: nothing rebuilt
        assert hits(db, "pages_fts", "zanzibarite") == []
        page = site_copy / "es/models/deepseek/deepseek-r/index.html"
        page.write_text(page.read_text().replace(
            "<h2", "<p>Probado con el corpus Zanzibarite y 模型评测集.</p><h2", 1))
        assert run_scrape(url, db, full=True).counts["pages_ok"] == 8
    assert ensure_search_index(db) is False
    assert hits(db, "pages_fts", "zanzibarite") == [
        "https://www.cometapi.com/es/models/deepseek/deepseek-r/"]
    assert hits(db, "pages_fts_trigram", '"模型评测"') == [
        "https://www.cometapi.com/es/models/deepseek/deepseek-r/"]
    with sqlite3.connect(db) as conn:  # the index agrees with a rebuild from scratch
        assert conn.execute(
            "INSERT INTO pages_fts(pages_fts, rank) VALUES ('integrity-check', 1)") is not None


def test_forced_rebuild(scraped_db, tmp_path):
    import shutil

    db = tmp_path / "c.db"
    shutil.copy(scraped_db, db)
    assert ensure_search_index(db, rebuild=True) is True
    assert hits(db, "pages_fts", "snapshot") != []
