"""Schema migrations: a catalog written by the schema before numbered migrations (a real scrape
of the bundled snapshot, committed as tests/fixtures/catalog_before_migrations.db.gz) is
upgraded with every row intact; the new constraints hold; Datasette still serves it."""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from catalog.storage import migrations
from catalog.storage.identity import APPLICATION_ID, NotACatalogError
from catalog.storage.migrations import (
    MIGRATIONS,
    Migration,
    MigrationError,
    database,
    latest_version,
    transform_table,
)
from catalog.storage.search_index import ensure_search_index
from catalog.storage.store import Store
from scrapers.reading.grammar import UNIT_BY_KEY
from scrapers.reading.labels import PRICE_KINDS

TABLES = ("providers", "models", "prices", "price_history", "lifecycle_history", "pages",
          "page_prices", "cards", "replacements", "evidence", "findings", "runs")


def snapshot_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, by the columns the old table had (rowid first)."""
    with sqlite3.connect(path) as conn:
        out = {}
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            out[table] = sorted(conn.execute(
                f"SELECT rowid, {', '.join(columns)} FROM {table}").fetchall(), key=repr)
        return out


def assert_rows_kept(conn: sqlite3.Connection, before: dict[str, list[tuple]],
                     new_column: str | tuple[str, ...]) -> None:
    """Every row ``snapshot_rows`` took is still there with the same values, by every column
    but the ones a migration added."""
    added = (new_column,) if isinstance(new_column, str) else new_column
    for table, rows in before.items():
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        kept = [c for c in columns if c not in added]
        after = sorted(conn.execute(
            f"SELECT rowid, {', '.join(kept)} FROM {table}").fetchall(), key=repr)
        assert after == rows, table


def test_the_fixture_is_a_catalog_of_the_old_schema(old_db):
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM models").fetchone() == (11,)
        assert conn.execute("SELECT count(*) FROM price_history").fetchone() == (21,)
        columns = {r[1] for r in conn.execute("PRAGMA table_info(models)")}
        assert "last_changed" not in columns


def test_an_old_catalog_is_upgraded_with_every_row_intact(old_db):
    before = snapshot_rows(old_db)
    old_last_seen = dict(sqlite3.connect(old_db).execute("SELECT id, last_seen FROM models"))
    Store(old_db).close()
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (latest_version(),)
        assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, rows in before.items():
            width = len(rows[0]) if rows else 0
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")][:width - 1]
            after = sorted(conn.execute(
                f"SELECT rowid, {', '.join(columns)} FROM {table}").fetchall(), key=repr)
            assert after == rows, table
        # an old catalog's "last_seen" (the last run that changed the model) is last_changed
        assert dict(conn.execute("SELECT id, last_changed FROM models")) == old_last_seen
        # the search index still finds pages (rowids kept, so its entries still match)
        assert conn.execute("SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'gemini'"
                            ).fetchone()[0] >= 1


def test_migration_6_names_cometapi_the_source_of_every_existing_row(old_db, monkeypatch):
    """A catalog at version 5 (the fixture brought there by the earlier migrations only)
    gains ``source_name`` on pages, models and runs: every row kept as it was, every row
    CometAPI's, since no other source existed before."""
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:5])
    Store(old_db).close()
    monkeypatch.undo()
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (5,)
        assert "source_name" not in {r[1] for r in conn.execute("PRAGMA table_info(models)")}
    before = snapshot_rows(old_db)
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:6])
    with sqlite3.connect(old_db) as conn:
        assert migrations.migrate(conn) == [6]
        assert conn.execute("PRAGMA user_version").fetchone() == (6,)
        assert_rows_kept(conn, before, new_column="source_name")
        for table, count in (("pages", 41), ("models", 11), ("runs", 1)):
            assert conn.execute(f"SELECT source_name, count(*) FROM {table} "
                                "GROUP BY source_name").fetchall() == [("cometapi", count)]


def test_migration_9_adds_what_discovery_found_and_keeps_every_row(old_db, monkeypatch):
    """A catalog at version 8 gains ``runs.seeds``, ``runs.coverage`` (empty for the runs
    before it) and the ``catalog_entries`` table; every row of every table as it was."""
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:8])
    Store(old_db).close()
    monkeypatch.undo()
    before = snapshot_rows(old_db)
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:9])
    with sqlite3.connect(old_db) as conn:
        assert migrations.migrate(conn) == [9]
        assert_rows_kept(conn, before, new_column=("seeds", "coverage"))
        assert conn.execute("SELECT count(*), count(seeds), count(coverage) FROM runs"
                            ).fetchone() == (1, 0, 0)
        assert conn.execute("SELECT count(*) FROM catalog_entries").fetchone() == (0,)


def test_migration_10_bounds_the_unspaced_copy_of_a_long_description(old_db, monkeypatch):
    """A catalog at version 9 whose Chinese page stored 3.6 M characters of description twice
    (the text and its unspaced lines, whole) keeps the text, its first 64 KB as the excerpt
    search reads, and an unspaced copy of that excerpt only; the search index then finds its
    words there."""
    from catalog.storage.search import SEARCHED_CHARS

    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:9])
    Store(old_db).close()
    monkeypatch.undo()
    url = "https://www.cometapi.com/zh-CN/models/openai/gpt-4-0314/"
    long_text = "\n".join(["提升性能的模型说明" * 20] * 20_000)  # 3.6 M characters
    with sqlite3.connect(old_db) as conn:
        conn.execute("UPDATE pages SET description = ?, description_unspaced = ? WHERE url = ?",
                     (long_text, long_text, url))
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:10])
    with sqlite3.connect(old_db) as conn:
        assert migrations.migrate(conn) == [10]
        stored, unspaced, excerpt = conn.execute(
            "SELECT description, length(description_unspaced), description_excerpt "
            "FROM pages WHERE url = ?", (url,)).fetchone()
        others = conn.execute("SELECT count(*), count(description_excerpt) FROM pages WHERE "
                              "description_unspaced IS NOT NULL AND url != ?",
                              (url,)).fetchone()
    assert stored == long_text and 0 < unspaced <= SEARCHED_CHARS
    assert excerpt == long_text[:SEARCHED_CHARS]
    assert others[0] > 0 and others[1] == 0  # short descriptions: no excerpt, copies kept
    ensure_search_index(old_db)
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("SELECT rowid FROM pages_fts_trigram WHERE pages_fts_trigram "
                            "MATCH '\"能的模型\"'").fetchall()


def test_migration_7_keeps_of_each_description_its_lines_in_unspaced_scripts(
        old_db, monkeypatch):
    """A catalog at version 6 gains ``pages.description_unspaced``: for each page, the lines
    of its description written in a script without spaces, and nothing for an English one;
    every other column of every row as it was. The search index is made again from it."""
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:6])
    Store(old_db).close()
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:7])
    before = snapshot_rows(old_db)
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:7])
    with sqlite3.connect(old_db) as conn:
        assert migrations.migrate(conn) == [7]
        assert_rows_kept(conn, before, new_column="description_unspaced")
        filled = dict(conn.execute(
            "SELECT url, description_unspaced FROM pages WHERE description_unspaced IS NOT "
            "NULL").fetchall())
        english = conn.execute(
            "SELECT description_unspaced FROM pages WHERE url = "
            "'https://www.cometapi.com/models/openai/gpt-4-0314/'").fetchone()
    assert english == (None,)
    zh = filled["https://www.cometapi.com/zh-CN/models/openai/gpt-4-0314/"]
    assert "提升性能" in zh and "Technical Specifications" not in zh
    assert all(re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]", line)
               for text in filled.values() for line in text.split("\n"))
    monkeypatch.undo()
    Store(old_db).close()  # the later migrations, which the search index needs
    assert ensure_search_index(old_db) is True  # the trigram index is made again
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("SELECT count(*) FROM pages_fts_trigram WHERE pages_fts_trigram "
                            "MATCH 'description : \"提升性能\"'").fetchone() == (1,)


def test_opening_a_current_catalog_writes_nothing(old_db):
    Store(old_db).close()
    data_version = old_db.stat().st_mtime_ns, old_db.read_bytes()
    Store(old_db).close()
    assert (old_db.stat().st_mtime_ns, old_db.read_bytes()) == data_version


def _store_conn(path: Path) -> sqlite3.Connection:
    store = Store(path)
    return store.conn


def test_enums_are_checked_with_the_value_sets_of_the_code(tmp_path):
    conn = _store_conn(tmp_path / "c.db")
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    conn.execute("INSERT INTO providers (slug) VALUES ('p')")
    for i, kind in enumerate([None, "text", "image", "video", "audio"]):
        for status in (None, "active", "deprecated", "retired", "coming_soon"):
            conn.execute("INSERT INTO models (id, provider, slug, kind, status, source) "
                         "VALUES (?, 'p', 's', ?, ?, 'page')", (f"p/{i}-{status}", kind, status))
    for bad in ({"kind": "chat"}, {"status": "sunset"}, {"source": "guess"}):
        values = {"kind": None, "status": None, "source": "page", **bad}
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            conn.execute("INSERT INTO models (id, provider, slug, kind, status, source) VALUES "
                         "('p/bad', 'p', 's', :kind, :status, :source)", values)
    units = [*UNIT_BY_KEY.values(), ""]
    for kind in (*PRICE_KINDS, "unknown"):
        for unit in units:
            conn.execute("INSERT INTO prices (model_id, kind, unit, usd) VALUES "
                         "('p/1-None', ?, ?, 1)", (kind, unit))
    assert conn.execute("SELECT count(*) FROM prices").fetchone() == (
        (len(PRICE_KINDS) + 1) * len(units),)
    for kind, unit in (("cached_input", "1M tokens"), ("input", "1K tokens")):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            conn.execute("INSERT INTO price_history (model_id, kind, unit, valid_from) "
                         "VALUES ('p/1-None', ?, ?, 'now')", (kind, unit))
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        conn.execute("INSERT INTO lifecycle_history (model_id, status, valid_from) "
                     "VALUES ('p/1-None', 'gone', 'now')")
    conn.close()


def test_foreign_keys_are_enforced_at_commit(tmp_path):
    conn = _store_conn(tmp_path / "c.db")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO prices (model_id, kind, unit, usd) VALUES "
                 "('nobody/none', 'input', '1M tokens', 1)")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY constraint failed"):
        conn.execute("COMMIT")
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM prices").fetchone() == (0,)
    conn.close()


def test_one_open_history_row_per_key(tmp_path):
    conn = _store_conn(tmp_path / "c.db")
    conn.execute("INSERT INTO providers (slug) VALUES ('p')")
    conn.execute("INSERT INTO models (id, provider, slug, source) VALUES ('p/m', 'p', 'm', 'page')")
    insert = ("INSERT INTO price_history (model_id, kind, unit, tier, usd, valid_from, valid_to)"
              " VALUES ('p/m', 'input', '1M tokens', ?, ?, ?, ?)")
    conn.execute(insert, ("", 1, "t1", "t2"))  # closed
    conn.execute(insert, ("", 2, "t2", None))  # open
    conn.execute(insert, ("hd", 3, "t2", None))  # open, another tier: another key
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed"):
        conn.execute(insert, ("", 4, "t3", None))
    conn.execute("INSERT INTO lifecycle_history (model_id, status, valid_from) "
                 "VALUES ('p/m', 'active', 't1')")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed"):
        conn.execute("INSERT INTO lifecycle_history (model_id, status, valid_from) "
                     "VALUES ('p/m', 'retired', 't2')")
    conn.close()


def test_two_open_rows_left_by_an_older_version_are_closed_not_deleted(old_db):
    with sqlite3.connect(old_db) as conn:
        conn.execute("INSERT INTO lifecycle_history (model_id, status, valid_from, run_id) "
                     "VALUES ('openai/sora-2', 'deprecated', '2026-12-01T00:00:00+00:00', 1)")
    Store(old_db).close()
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("SELECT status, valid_to FROM lifecycle_history WHERE model_id = "
                            "'openai/sora-2' ORDER BY id").fetchall() == [
            ("active", "2026-12-01T00:00:00+00:00"), ("deprecated", None)]


def test_a_migration_is_one_new_entry_applied_once(old_db, monkeypatch):
    Store(old_db).close()
    calls = []

    def add_table(conn: sqlite3.Connection) -> None:
        # the schema check also runs every migration on an empty in-memory database (what
        # this version makes): only those applied to the catalog's file are counted
        if conn.execute("PRAGMA database_list").fetchone()[2]:
            calls.append(1)
        conn.execute("CREATE TABLE cross_checks (model_id TEXT REFERENCES models(id))")

    monkeypatch.setattr(migrations, "MIGRATIONS", [
        *MIGRATIONS, Migration(latest_version() + 1, "cross-check tables", add_table)])
    Store(old_db).close()
    Store(old_db).close()
    assert calls == [1]
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (len(MIGRATIONS) + 1,)
        assert conn.execute("SELECT count(*) FROM cross_checks").fetchone() == (0,)


def _notes(conn: sqlite3.Connection) -> None:
    """A migration as docs/maintaining.md says to write one: a table, a column and a column
    renamed, by sqlite-utils."""
    db = database(conn)
    db.create_table("notes", {"id": int, "model_id": str, "text": str}, pk="id",
                    foreign_keys=[("model_id", "models", "id")])
    db.table("runs").add_column("note", str)
    transform_table(conn, "runs", rename={"options": "run_options"})


def test_a_migration_made_with_sqlite_utils_gives_old_and_fresh_catalogs_one_schema(
        old_db, tmp_path, monkeypatch):
    from tests.test_schema_equality import master

    Store(old_db).close()
    runs = sqlite3.connect(old_db).execute("SELECT id, started_at, options FROM runs").fetchall()
    version = latest_version() + 1
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        [*MIGRATIONS, Migration(version, "notes", _notes)])
    fresh = tmp_path / "fresh.db"
    for path in (old_db, fresh):
        Store(path).close()
        ensure_search_index(path)  # the old catalog's index is another release's
        Store(path).close()  # opened again: the schema check takes the migrated file as ours
    assert master(old_db) == master(fresh)
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (version,)
        assert conn.execute("SELECT id, started_at, run_options FROM runs").fetchall() == runs
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert "note" in {r[1] for r in conn.execute("PRAGMA table_info(runs)")}
        # price_history.run_id still names runs(id), and stays deferred
        assert "REFERENCES runs(id) DEFERRABLE INITIALLY DEFERRED" in conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'price_history'").fetchone()[0]


def test_transform_is_refused_where_it_would_make_deferred_foreign_keys_immediate(
        old_db, monkeypatch):
    Store(old_db).close()
    before = snapshot_rows(old_db)
    version = latest_version()
    monkeypatch.setattr(migrations, "MIGRATIONS", [
        *MIGRATIONS, Migration(version + 1, "a price column renamed",
                               lambda conn: transform_table(conn, "prices",
                                                            rename={"label": "text"}))])
    with pytest.raises(MigrationError, match=rf"schema migration {version + 1} .* deferred "
                                             r"foreign keys of prices immediate"):
        Store(old_db)
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (version,)
    assert snapshot_rows(old_db) == before


def test_migrations_are_numbered_in_order():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_a_failing_migration_leaves_the_catalog_at_its_version(old_db):
    with sqlite3.connect(old_db) as conn:  # a price of a model the catalog does not have
        conn.execute("INSERT INTO prices (model_id, kind, unit, usd) VALUES "
                     "('ghost/model', 'input', '1M tokens', 1)")
    before = snapshot_rows(old_db)
    with pytest.raises(MigrationError, match=r"schema migration 2 .* failed: 1 rows refer to "
                       r"rows that do not exist \(first: prices"):
        Store(old_db)
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    assert snapshot_rows(old_db) == before


def test_a_catalog_of_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "c.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    with pytest.raises(NotACatalogError, match="newer than this program knows"):
        Store(path)  # refused by the read-only check, before anything is written
    conn = sqlite3.connect(path, isolation_level=None)  # and by migrate() itself
    with pytest.raises(MigrationError, match="newer than this program knows"):
        migrations.migrate(conn)
    conn.close()


def test_the_cli_refuses_a_newer_catalog_in_one_line(tmp_path):
    from click.testing import CliRunner

    from catalog.cli import cli

    path = tmp_path / "c.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    before = path.read_bytes()
    result = CliRunner().invoke(cli, ["runs", "--db", str(path)])
    assert result.exit_code == 64
    assert result.output.strip().splitlines() == [
        f"catalog runs: {path} is a catalog of schema version {latest_version() + 1}, newer "
        f"than this program knows ({latest_version()}): upgrade comet-catalog"]
    assert path.read_bytes() == before


async def test_datasette_serves_an_upgraded_catalog(old_db):
    from catalog.publish import serve
    Store(old_db).close()
    ds = serve.build_datasette(old_db)
    response = await ds.client.get("/catalog/models.json?_shape=array&_col=last_changed")
    assert response.status_code == 200
    assert len(response.json()) == 11
    response = await ds.client.get("/catalog/changes.json?_shape=array")
    assert response.status_code == 200 and response.json() == []  # first observations only


def test_serve_migrates_a_catalog_of_the_version_before_and_search_works(old_db, monkeypatch):
    """`catalog serve` on a catalog of schema 7 (no `pages.description_excerpt`, which the
    search index's view reads) brings it to this version first: search finds its pages."""
    from click.testing import CliRunner

    from catalog.cli import cli

    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:7])
    Store(old_db).close()
    monkeypatch.undo()
    result = CliRunner().invoke(cli, ["serve", "--db", str(old_db), "--get",
                                      "/catalog/search.json?q=GPT-4&_shape=array"])
    assert result.exit_code == 0, result.output
    assert '"model_id": "openai/gpt-4-0314"' in result.output
    with sqlite3.connect(old_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (latest_version(),)


def test_two_connections_opening_an_old_catalog_at_once_migrate_it_once(old_db, monkeypatch):
    """The second reads version 0 while the first is migrating; once it holds the write lock
    it reads the version again and applies nothing twice."""
    applied: list[int] = []
    started = threading.Event()

    def counted(migration: Migration) -> Migration:
        def apply(conn: sqlite3.Connection) -> None:
            applied.append(migration.version)
            if migration.version == 1:
                started.set()
                time.sleep(0.5)  # hold the write lock while the other connection starts
            migration.apply(conn)
        return Migration(migration.version, migration.name, apply)

    monkeypatch.setattr(migrations, "MIGRATIONS", [counted(m) for m in MIGRATIONS])
    first = sqlite3.connect(old_db, isolation_level=None, timeout=30, check_same_thread=False)
    second = sqlite3.connect(old_db, isolation_level=None, timeout=30)
    results: list[list[int]] = []
    worker = threading.Thread(target=lambda: results.append(migrations.migrate(first)))
    worker.start()
    assert started.wait(10)
    assert second.execute("PRAGMA user_version").fetchone() == (0,)  # not committed yet
    results.append(migrations.migrate(second))
    worker.join()
    assert sorted(applied) == [m.version for m in MIGRATIONS]  # each exactly once
    assert sorted(v for r in results for v in r) == [m.version for m in MIGRATIONS]
    assert second.execute("PRAGMA user_version").fetchone() == (latest_version(),)
    first.close()
    second.close()
