"""A catalog is trusted only if it is one (issue 21, item 4): every command refuses, in one line
and exit 64, a file whose tables, views, triggers or indexes are not those our migrations make,
before any trigger or view of it can run, and writes nothing. An older catalog of ours is still
upgraded; every connection runs with ``trusted_schema=OFF``."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.storage import migrations
from catalog.storage.connection import connect
from catalog.storage.identity import NotACatalogError, check_catalog
from catalog.storage.migrations import MIGRATIONS, Migration, latest_version, rebuild_table
from catalog.storage.store import Store

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"


def catalog(args: list[str], timeout: float = 60) -> subprocess.CompletedProcess:
    """The real CLI in a process of its own: a command that ran a planted endless trigger or
    view would hang, and the timeout makes that a failure."""
    return subprocess.run([sys.executable, "-m", "catalog.cli", *args], capture_output=True,
                          text=True, timeout=timeout)


def files(db: Path) -> dict[str, bytes]:
    """The catalog and what its WAL holds, as bytes: what "nothing written" compares (a
    read-only open of a WAL catalog leaves an empty WAL and an index file, no data)."""
    wal = db.with_name(db.name + "-wal")
    return {"db": db.read_bytes(), "wal": wal.read_bytes() if wal.exists() else b""}


def plant(db: Path, *statements: str) -> dict[str, bytes]:
    with sqlite3.connect(db) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()
    return files(db)


@pytest.fixture
def db(fresh_copy) -> Path:
    return fresh_copy


def assert_refused(result: subprocess.CompletedProcess, command: str, db: Path,
                   before: dict[str, bytes], words: str) -> None:
    assert result.returncode == 64, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"catalog {command}: {db}"), lines
    assert words in lines[0]
    assert "Traceback" not in result.stderr
    assert files(db) == before


@pytest.mark.slow
def test_a_planted_trigger_is_refused_by_every_command_and_never_fires(db, tmp_path):
    (tmp_path / "ref.json").write_text("{}")
    before = plant(
        db, "CREATE TABLE loot (id INTEGER)",
        "CREATE TRIGGER steal AFTER INSERT ON runs BEGIN INSERT INTO loot VALUES (new.id); "
        "UPDATE prices SET usd = 0; END")
    for command, extra in (("scrape", ["--base-url", "http://127.0.0.1:9"]), ("runs", []),
                           ("status", []), ("export", ["--out", str(tmp_path / "x.json")]),
                           ("site", ["--out", str(tmp_path / "site")]),
                           ("serve", ["--get", "/catalog/models.json"]),
                           ("crosscheck", ["--source", f"litellm={tmp_path / 'ref.json'}"])):
        result = catalog([command, "--db", str(db), *extra])
        assert_refused(result, command, db, before, "trigger steal on runs is not one of")
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "site").exists()


def test_an_endless_recursive_trigger_is_refused_before_the_scrape_writes(db):
    before = plant(db, f"CREATE TRIGGER forever AFTER INSERT ON runs BEGIN {ENDLESS}; END")
    result = catalog(["scrape", "--db", str(db), "--base-url", "http://127.0.0.1:9"])
    assert_refused(result, "scrape", db, before, "trigger forever on runs")


def test_our_trigger_name_with_another_body_is_refused(db):
    """A trigger named as a migration would name it is still compared by its SQL."""
    before = plant(db, "CREATE TRIGGER pages_fts_x AFTER INSERT ON models BEGIN "
                       "UPDATE prices SET usd = 0; END")
    assert_refused(catalog(["runs", "--db", str(db)]), "runs", db, before, "pages_fts_x")


def test_an_endless_view_is_refused_by_site_and_export(db, tmp_path):
    before = plant(db, f"CREATE VIEW endless AS {ENDLESS}")
    result = catalog(["site", "--db", str(db), "--out", str(tmp_path / "site")])
    assert_refused(result, "site", db, before, "view endless is not one of the catalog's")
    result = catalog(["export", "--db", str(db), "--out", str(tmp_path / "x.json")])
    assert_refused(result, "export", db, before, "view endless")
    assert not (tmp_path / "site").exists() and not (tmp_path / "x.json").exists()


def test_an_endless_deprecations_view_is_never_run(db, tmp_path):
    """Our view's name with another body: `catalog site` (which reads it) refuses it; a
    writing command replaces it with this version's without running it."""
    before = plant(db, "DROP VIEW deprecations",
                   f"CREATE VIEW deprecations AS SELECT * FROM ({ENDLESS}) AS model_id")
    result = catalog(["site", "--db", str(db), "--out", str(tmp_path / "site")])
    assert_refused(result, "site", db, before, "holds views of another release (deprecations)")
    result = catalog(["status", "--db", str(db), "--max-age", "100000d"])
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as conn:
        text = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'deprecations'"
                            ).fetchone()[0]
    assert "RECURSIVE" not in text and "m.status IN ('deprecated', 'retired')" in text
    result = catalog(["site", "--db", str(db), "--out", str(tmp_path / "site")])
    assert result.returncode == 0, result.stderr


def test_a_changed_table_or_an_extra_index_is_refused(db):
    check_catalog(db, may_create=False)
    before = plant(db, "CREATE INDEX slow ON prices (length(zeroblob(100000000)))")
    with pytest.raises(NotACatalogError, match="index slow on prices is not one of"):
        check_catalog(db, may_create=False)
    plant(db, "DROP INDEX slow")
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")  # a CHECK that runs on every write, in a table of ours
    rebuild_table(conn, "providers", "CREATE TABLE providers (slug TEXT PRIMARY KEY, name TEXT, "
                  "first_seen TEXT, last_seen TEXT, CHECK (length(zeroblob(1000000000))))")
    conn.execute("COMMIT")
    conn.close()
    before = files(db)
    with pytest.raises(NotACatalogError, match="table providers is not defined as this version"):
        Store(db)
    assert files(db) == before


def test_the_schema_check_compares_the_migrations_this_version_has(tmp_path, monkeypatch):
    """A later migration (one that adds a CHECK by rebuilding a table) is part of what is
    compared, with nothing to change in the check: a catalog at the older version is checked
    against the older migrations, then migrated, then matches the newer ones."""
    path = tmp_path / "catalog.db"
    Store(path).close()

    def add_check(conn: sqlite3.Connection) -> None:
        rebuild_table(conn, "providers", "CREATE TABLE providers (slug TEXT PRIMARY KEY, "
                      "name TEXT, first_seen TEXT, last_seen TEXT, CHECK (slug != ''))")

    monkeypatch.setattr(migrations, "MIGRATIONS", [
        *MIGRATIONS, Migration(latest_version() + 1, "a CHECK on providers", add_check)])
    check_catalog(path, may_create=False)  # older, ours: accepted
    Store(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (len(MIGRATIONS) + 1,)
    assert check_catalog(path, may_create=False).differences == []
    monkeypatch.undo()  # this version does not make that CHECK: the newer file is refused
    with pytest.raises(NotACatalogError, match="newer than this program knows"):
        check_catalog(path, may_create=False)


def test_a_catalog_from_before_migrations_is_ours_and_upgraded(old_db):
    report = check_catalog(old_db, may_create=False, upgrade=True)
    assert report.differences == []
    # an older release's views: replaced, never run
    assert report.stale_views == ["changes", "deprecations"]
    Store(old_db).close()
    report = check_catalog(old_db, may_create=False)
    assert (report.differences, report.stale_views, report.stale_triggers) == ([], [], [])


def test_a_catalog_from_before_migrations_with_a_planted_trigger_is_refused(old_db):
    before = plant(old_db, "CREATE TRIGGER steal AFTER UPDATE ON models BEGIN "
                           "UPDATE prices SET usd = 0; END")
    with pytest.raises(NotACatalogError, match="trigger steal on models"):
        Store(old_db)
    assert files(old_db) == before


def test_old_layout_tables_may_lack_columns_but_never_carry_a_check(old_db):
    plant(old_db, "ALTER TABLE runs RENAME TO runs_old",
          "CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at TEXT, "
          "CHECK (length(zeroblob(1000000000))))", "DROP TABLE runs_old")
    with pytest.raises(NotACatalogError, match="table runs is not defined as this version"):
        check_catalog(old_db, may_create=False)


def test_search_triggers_of_another_release_are_dropped_before_a_write(db):
    """A trigger named as the search index's, on pages, with a body of its own: a writer
    drops it before anything could fire it; the next scrape (or serve) makes ours again."""
    plant(db, "DROP TRIGGER pages_fts_au",
          "CREATE TRIGGER pages_fts_au AFTER UPDATE ON pages BEGIN "
          "UPDATE prices SET usd = 0; END")
    report = check_catalog(db, may_create=False)
    assert report.stale_triggers == ["pages_fts_au"] and report.differences == []
    store = Store(db)
    try:
        store.conn.execute("UPDATE pages SET name = name")
        assert store.conn.execute("SELECT count(*) FROM prices WHERE usd = 0").fetchone() == (0,)
    finally:
        store.close()


def test_every_connection_runs_with_the_schema_untrusted(db):
    conn = connect(db, read_only=True)
    assert conn.execute("PRAGMA trusted_schema").fetchone() == (0,)
    conn.close()
    source = Path(__file__).parents[1]
    direct = [str(p.relative_to(source)) for folder in ("catalog", "scrapers", "site")
              for p in (source / folder).rglob("*.py")
              if "sqlite3.connect(" in p.read_text() and p.name not in (
                  "connection.py", "schema_check.py")]  # the check's own in-memory databases
    assert direct == []


async def test_datasette_connections_run_with_the_schema_untrusted(db):
    from catalog.publish import serve

    ds = serve.build_datasette(db)
    result = await ds.databases["catalog"].execute("PRAGMA trusted_schema")
    assert result.rows[0][0] == 0


def test_a_catalog_left_at_version_1_by_a_failed_migration_is_still_ours(tmp_path):
    """Migration 1 keeps the tables it finds (``CREATE TABLE IF NOT EXISTS``): a catalog that
    stopped there (migration 2 failed on a row) may have an older release's tables (prices
    before tiers), and is still checked as one made before migrations, so once repaired it
    opens and is upgraded."""
    from tests.test_store import OLD_SCHEMA

    path = tmp_path / "catalog.db"
    conn = sqlite3.connect(path)
    conn.executescript((migrations.SQL_DIR / "schema.sql").read_text())
    conn.executescript(OLD_SCHEMA)
    conn.execute("INSERT INTO prices (model_id, kind, unit, usd) VALUES "
                 "('ghost/model', 'input', '1M tokens', 1)")
    conn.commit()
    conn.close()
    with pytest.raises(migrations.MigrationError):
        Store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)
        conn.execute("DELETE FROM prices WHERE model_id = 'ghost/model'")
    conn.close()
    assert check_catalog(path, may_create=False, upgrade=True).differences == []
    Store(path).close()
    assert check_catalog(path, may_create=False).differences == []


#: The search index as the release before migration 10 made it: the word index over ``pages``
#: itself, every trigger reading whole values (``git show reader:catalog/storage/search.py``).
_WHOLE = "{row}.name, {row}.summary, {row}.description"
_WHOLE_UNSPACED = "{row}.name, {row}.summary, {row}.description_unspaced"
PREVIOUS_SEARCH_INDEX = [
    "CREATE VIRTUAL TABLE pages_fts USING fts5(name, summary, description, content='pages', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE pages_fts_trigram USING fts5(name, summary, description, "
    "content='', tokenize='trigram')",
    *(statement
      for name, values in (("pages_fts", _WHOLE), ("pages_fts_trigram", _WHOLE_UNSPACED))
      for statement in (
          f"CREATE TRIGGER {name}_ai AFTER INSERT ON pages BEGIN INSERT INTO {name}(rowid, "
          f"name, summary, description) VALUES (new.rowid, {values.format(row='new')}); END",
          f"CREATE TRIGGER {name}_ad AFTER DELETE ON pages BEGIN INSERT INTO {name}({name}, "
          f"rowid, name, summary, description) VALUES ('delete', old.rowid, "
          f"{values.format(row='old')}); END",
          f"CREATE TRIGGER {name}_au AFTER UPDATE ON pages BEGIN INSERT INTO {name}({name}, "
          f"rowid, name, summary, description) VALUES ('delete', old.rowid, "
          f"{values.format(row='old')}); INSERT INTO {name}(rowid, name, summary, description) "
          f"VALUES (new.rowid, {values.format(row='new')}); END")),
]


def test_a_catalog_of_the_release_before_the_bounded_search_is_ours_and_upgraded(
        tmp_path, monkeypatch):
    """A catalog at version 9 whose search index the previous release built (the word index
    over ``pages``, triggers reading whole values, no ``pages_searched``): accepted (its
    triggers are stale, never a difference), migrated to 10 by a writer, its index made again
    over the view; then every object is this version's and search finds its pages."""
    from catalog.storage.search_index import ensure_search_index, has_search_index

    path = tmp_path / "catalog.db"
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:9])
    Store(path).close()
    monkeypatch.undo()
    with sqlite3.connect(path) as conn:
        for statement in PREVIOUS_SEARCH_INDEX:
            conn.execute(statement)
        conn.execute("INSERT INTO pages (url, model_id, locale, name, summary, description, "
                     "description_unspaced) VALUES ('https://example.test/zh/m', 'openai/m', "
                     "'zh-CN', 'Modèle M', 'résumé', 'a description\n提升性能的模型', "
                     "'提升性能的模型')")
    conn.close()
    report = check_catalog(path, may_create=False, upgrade=True)
    assert report.differences == [] and report.stale_views == []
    assert report.stale_triggers == sorted(f"{n}_{s}" for n in ("pages_fts", "pages_fts_trigram")
                                           for s in ("ad", "ai", "au"))
    assert check_catalog(path, may_create=False).differences == []  # a read runs no trigger
    assert not has_search_index(path)
    Store(path).close()
    assert ensure_search_index(path)
    report = check_catalog(path, may_create=False)
    assert (report.differences, report.stale_views, report.stale_triggers) == ([], [], [])
    assert has_search_index(path)
    with connect(path, read_only=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (latest_version(),)
        # the word index reads its text back through the view: its snippet quotes the page
        assert conn.execute("SELECT rowid, snippet(pages_fts, 0, '[', ']', '…', 4) FROM "
                            "pages_fts WHERE pages_fts MATCH 'modele'"
                            ).fetchall() == [(1, "[Modèle] M")]
        assert conn.execute("SELECT rowid FROM pages_fts_trigram WHERE pages_fts_trigram "
                            "MATCH '\"能的模型\"'").fetchall() == [(1,)]


def test_a_pages_searched_view_of_another_release_is_replaced_never_run(db, tmp_path):
    """``pages_searched`` follows the code like the other views: one with other SQL (here an
    endless one) is refused by a read-only command, dropped unrun by a writer and made again
    by ``ensure_search_index``."""
    from catalog.storage.search_index import ensure_search_index, has_search_index

    plant(db, "DROP VIEW pages_searched",
          f"CREATE VIEW pages_searched AS SELECT rowid AS page_rowid, name, summary, "
          f"description FROM pages WHERE ({ENDLESS}) > 0")
    with pytest.raises(NotACatalogError, match=r"views of another release \(pages_searched\)"):
        check_catalog(db, may_create=False)
    assert check_catalog(db, may_create=False, upgrade=True).stale_views == ["pages_searched"]
    Store(db).close()
    assert not has_search_index(db)
    ensure_search_index(db)
    report = check_catalog(db, may_create=False)
    assert (report.differences, report.stale_views, report.stale_triggers) == ([], [], [])
    with connect(db, read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'gpt'"
                            ).fetchone()[0] > 0
