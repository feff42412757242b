"""The page search index is built once and then kept current by triggers, page by page."""

from __future__ import annotations

import sqlite3

from catalog.storage.search_index import ensure_search_index
from scrapers.fetch.localserver import serve_directory
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


def test_trigram_index_holds_only_the_unspaced_lines_of_descriptions(scraped_db):
    # an English description's words are found by the word index, not by the trigram index,
    # on every page: the zh-CN page of openai/gpt-4-0314 keeps the English description too
    english = "migrate"  # in the English description of openai/gpt-4-0314
    assert {"https://www.cometapi.com/models/openai/gpt-4-0314/",
            "https://www.cometapi.com/zh-CN/models/openai/gpt-4-0314/"} <= set(hits(
        scraped_db, "pages_fts", english))
    assert hits(scraped_db, "pages_fts_trigram", f'description : "{english}"') == []
    # a Chinese description is in the trigram index: substrings of running prose match
    assert hits(scraped_db, "pages_fts_trigram", 'description : "提升性能"') == [
        "https://www.cometapi.com/zh-CN/models/openai/gpt-4-0314/"]
    assert hits(scraped_db, "pages_fts", 'description : "提升性能"') == []


def test_an_index_made_by_an_older_version_is_made_again(scraped_db, tmp_path):
    import shutil

    db = tmp_path / "c.db"
    shutil.copy(scraped_db, db)
    with sqlite3.connect(db) as conn:  # the earlier layout: trigrams of every description
        for suffix in ("ai", "ad", "au"):
            conn.execute(f"DROP TRIGGER pages_fts_trigram_{suffix}")
        conn.execute("DROP TABLE pages_fts_trigram")
        conn.execute("CREATE VIRTUAL TABLE pages_fts_trigram USING fts5(name, summary, "
                     "description, content='pages', content_rowid='rowid', tokenize='trigram')")
        conn.execute("INSERT INTO pages_fts_trigram(pages_fts_trigram) VALUES ('rebuild')")
    english = "https://www.cometapi.com/models/openai/gpt-4-0314/"
    assert english in hits(db, "pages_fts_trigram", 'description : "migrate"')
    assert ensure_search_index(db) is True
    assert english not in hits(db, "pages_fts_trigram", 'description : "migrate"')
    assert ensure_search_index(db) is False


def test_unspaced_lines_keep_whole_lines_in_any_script_without_spaces():
    from catalog.storage.search import unspaced_lines

    assert unspaced_lines(None) is None
    assert unspaced_lines("An English description.\nWith two lines, café and naïve.") is None
    assert unspaced_lines("Intro in English.\n我们的GPT-4模型提升性能。\nMore English.\n"
                          "한국어 설명입니다\nภาษาไทย\nカタカナ") == (
        "我们的GPT-4模型提升性能。\n한국어 설명입니다\nภาษาไทย\nカタカナ")
