"""The store: a catalog made by an earlier version opens and gains the new columns without
losing a row, and price tiers are kept apart through merge, history and the page table."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from catalog.model.records import ModelRecord, Price
from catalog.storage.store import SQL_DIR, Store

OLD_SCHEMA = """
DROP TABLE prices; DROP TABLE price_history; DROP TABLE page_prices; DROP TABLE replacements;
CREATE TABLE prices (
    model_id TEXT NOT NULL, kind TEXT NOT NULL, unit TEXT NOT NULL, usd REAL,
    official_usd REAL, discount_pct REAL, usd_text TEXT, official_text TEXT, label TEXT,
    locale TEXT, source_url TEXT, observed_at TEXT, PRIMARY KEY (model_id, kind, unit));
CREATE TABLE price_history (
    id INTEGER PRIMARY KEY, model_id TEXT NOT NULL, kind TEXT NOT NULL, unit TEXT NOT NULL,
    usd REAL, official_usd REAL, valid_from TEXT NOT NULL, valid_to TEXT, run_id INTEGER,
    source_url TEXT);
CREATE TABLE page_prices (
    url TEXT NOT NULL, model_id TEXT NOT NULL, locale TEXT, kind TEXT NOT NULL,
    unit TEXT NOT NULL, usd REAL, official_usd REAL, label TEXT, PRIMARY KEY (url, kind, unit));
CREATE TABLE replacements (
    model_id TEXT NOT NULL, replacement_id TEXT NOT NULL, source_url TEXT,
    PRIMARY KEY (model_id, replacement_id));
INSERT INTO providers (slug, name) VALUES ('a', 'A');
INSERT INTO models (id, provider, slug, source, last_seen) VALUES ('a/b', 'a', 'b', 'page', 't1');
INSERT INTO prices (model_id, kind, unit, usd, usd_text)
    VALUES ('a/b', 'input', '1M tokens', 2, '$2');
INSERT INTO price_history (model_id, kind, unit, usd, valid_from)
    VALUES ('a/b', 'input', '1M tokens', 2, 'then');
INSERT INTO replacements (model_id, replacement_id) VALUES ('a/b', 'c-1');
"""


def _pk(conn: sqlite3.Connection, table: str) -> list[str]:
    rows = conn.execute(f"PRAGMA table_info({table})").fetchall()
    return [r[1] for r in sorted((r for r in rows if r[5]), key=lambda r: r[5])]


def test_an_older_catalog_gains_the_new_columns_and_keeps_its_rows(tmp_path):
    path = tmp_path / "catalog.db"
    conn = sqlite3.connect(path)
    conn.executescript((SQL_DIR / "schema.sql").read_text())  # today's tables, then the
    conn.executescript(OLD_SCHEMA)  # four that changed, as an earlier version made them
    conn.close()
    Store(path).close()
    Store(path).close()  # a second open finds nothing left to do
    conn = sqlite3.connect(path)
    assert _pk(conn, "prices") == ["model_id", "kind", "unit", "tier"]
    assert _pk(conn, "page_prices") == ["url", "kind", "unit", "tier"]
    assert conn.execute("SELECT model_id, kind, usd, usd_text, tier FROM prices").fetchall() == [
        ("a/b", "input", 2, "$2", "")]
    assert conn.execute("SELECT usd, valid_from, tier FROM price_history").fetchall() == [
        (2, "then", "")]
    assert conn.execute("SELECT replacement_id, replacement_model_id FROM replacements"
                        ).fetchall() == [("c-1", None)]
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _record(url: str, locale: str, prices: list[Price]) -> ModelRecord:
    return ModelRecord(url=url, locale=locale, provider="openai", model="dall-e-3",
                       name="DALL·E 3", prices=prices, status="active")


def test_price_tiers_are_stored_apart(tmp_path):
    store = Store(tmp_path / "catalog.db")
    tiers = [Price("per_image", "image", Decimal("0.032"), Decimal("0.04"), "Por imagem",
                   "$0.032", "$0.04", tier="standard"),
             Price("per_image", "image", Decimal("0.064"), Decimal("0.08"), "hd", "$0.064",
                   "$0.08", tier="hd")]
    url = "https://www.cometapi.com/pt/models/openai/dall-e-3/"
    try:
        run = store.start_run("now", "https://www.cometapi.com", {}, "test",
                              source_name="cometapi")
        store.save_page(_record(url, "pt", tiers), run_id=run, now="now", http_status=200,
                        etag=None, last_modified=None, content_hash="x", sitemap_lastmod=None,
                        source_name="cometapi")
        changed, prices = store.merge_model("openai/dall-e-3", run_id=run, now="now",
                                            source_name="cometapi")
    finally:
        store.close()
    assert changed and prices == 2
    conn = sqlite3.connect(tmp_path / "catalog.db")
    assert conn.execute("SELECT tier, usd, official_usd, usd_text, discount_pct FROM prices "
                        "ORDER BY usd").fetchall() == [
        ("standard", 0.032, 0.04, "$0.032", 20.0), ("hd", 0.064, 0.08, "$0.064", 20.0)]
    assert conn.execute("SELECT tier FROM page_prices ORDER BY usd").fetchall() == [
        ("standard",), ("hd",)]
    assert conn.execute("SELECT count(*) FROM price_history WHERE valid_to IS NULL"
                        ).fetchone() == (2,)


def test_a_page_read_again_keeps_when_it_was_first_seen(tmp_path):
    """Storing a page is one upsert: a page read again gets its new fetch facts and last_seen,
    and keeps the first_seen of its first reading."""
    url = "https://www.cometapi.com/pt/models/openai/dall-e-3/"
    store = Store(tmp_path / "catalog.db")
    try:
        for when, etag, usd in (("2026-11-01", "a", "0.04"), ("2026-11-28", "b", "0.05")):
            run = store.start_run(when, "https://www.cometapi.com", {}, "test",
                                  source_name="cometapi")
            store.save_page(_record(url, "pt", [Price("per_image", "image", Decimal(usd))]),
                            run_id=run, now=when, http_status=200, etag=etag,
                            last_modified=None, content_hash=etag, sitemap_lastmod=None,
                            source_name="cometapi")
    finally:
        store.close()
    conn = sqlite3.connect(tmp_path / "catalog.db")
    assert conn.execute("SELECT first_seen, last_seen, fetched_at, etag FROM pages").fetchall(
        ) == [("2026-11-01", "2026-11-28", "2026-11-28", "b")]
    assert conn.execute("SELECT usd FROM page_prices").fetchall() == [(0.05,)]


def _rows_in_the_file(path) -> int:
    """Rows of `runs` in the database file itself, the WAL not read (``immutable=1``): what a
    checkpoint has copied there."""
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM runs").fetchone()[0]
    finally:
        conn.close()


def test_checkpoint_beside_copies_the_wal_while_a_reader_keeps_the_file_open(tmp_path):
    from catalog.storage.store import checkpoint_beside

    path = tmp_path / "catalog.db"
    Store(path).close()
    reader = sqlite3.connect(path)  # a Datasette serving the file: closing is never the last
    reader.execute("SELECT count(*) FROM runs").fetchone()
    store = Store(path)
    store.defer_checkpoint()
    for n in range(3):
        store.start_run(f"2026-12-0{n + 1}T00:00:00+00:00", "http://x", {}, "0", source_name="")
    assert _rows_in_the_file(path) == 0  # written to the WAL only
    with checkpoint_beside(path):
        store.close()
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("PRAGMA wal_autocheckpoint = 0")  # what the block writes, copied after
        writer.execute("INSERT INTO runs (started_at, status) VALUES ('later', 'complete')")
        writer.close()
    assert _rows_in_the_file(path) == 4
    assert reader.execute("SELECT count(*) FROM runs").fetchone()[0] == 4
    reader.close()
