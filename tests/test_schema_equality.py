"""One schema, however a catalog got it: a catalog made today and one migrated from the
catalog written before numbered migrations (``tests/fixtures/catalog_before_migrations.db.gz``)
hold the same ``sqlite_master``, and the shipped migrations still make, to the byte, the
tables and indexes they made when they shipped (``tests/fixtures/schema_version_10.json``,
dumped from a fresh catalog by the release that shipped migration 10).

Why to the byte: ``schema_check`` compares a catalog's SQL text with what the migrations make,
so a shipped migration that made other text (a CHECK written elsewhere, a quoted name) would
have every catalog in the field refused."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from catalog.storage import migrations
from catalog.storage.identity import APPLICATION_ID
from catalog.storage.search_index import ensure_search_index
from catalog.storage.store import Store

SHIPPED = Path(__file__).parent / "fixtures" / "schema_version_10.json"

Objects = set[tuple[str, str, str, str | None]]


def master(path_or_conn: Path | sqlite3.Connection) -> Objects:
    """Every object of the schema: (type, name, table, SQL), the page numbers left out."""
    conn = (path_or_conn if isinstance(path_or_conn, sqlite3.Connection)
            else sqlite3.connect(path_or_conn))
    return {tuple(r) for r in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")}


def made_by_migrations(steps: list[migrations.Migration]) -> Objects:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    original = migrations.MIGRATIONS
    migrations.MIGRATIONS = steps
    try:
        migrations.migrate(conn)
    finally:
        migrations.MIGRATIONS = original
    return master(conn)


def test_a_fresh_catalog_and_a_migrated_old_one_have_the_same_sqlite_master(old_db, tmp_path):
    fresh = tmp_path / "fresh.db"
    for path in (old_db, fresh):
        Store(path).close()
        ensure_search_index(path)  # the old catalog's index is another release's: made again
    old, new = master(old_db), master(fresh)
    assert len(new) > 60
    assert old == new, sorted(old ^ new)
    for path in (old_db, fresh):
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone() == (
                migrations.latest_version(),)
            assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)


def test_the_shipped_migrations_make_the_text_they_made_when_they_shipped():
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    version = shipped["user_version"]
    want = {tuple(o) for o in shipped["objects"]}
    got = made_by_migrations(migrations.MIGRATIONS[:version])
    assert {o[:2] for o in got} == {o[:2] for o in want}
    for obj in sorted(want):
        assert obj in got, f"{obj[0]} {obj[1]} is not made as it was shipped"


def test_the_old_catalog_migrated_to_the_shipped_version_holds_the_shipped_text(
        old_db, monkeypatch):
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:shipped["user_version"]])
    Store(old_db).close()
    assert {tuple(o) for o in shipped["objects"]} <= master(old_db)
