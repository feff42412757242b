"""Is a catalog's schema the one our migrations made? Asked before anything runs on it.

Why: a catalog is a file that may come from anyone. Its tables can carry triggers that fire on
our writes (rows sent to an attacker's table, prices rewritten, a recursive trigger that never
ends) and its views run whatever SQL they hold when a page or export reads them (an endless
``deprecations`` view hung ``catalog site``). So every object of the file (table, index,
trigger, view) must be one this version makes, with the very SQL text it makes it with.

What "this version makes" is not written down twice: it is computed by running the migrations
on an in-memory database (``MIGRATIONS[:version]``, so a catalog at an older version is
compared with what the migrations up to its version create, and a migration added later, a
CHECK constraint or a column, is part of the comparison without a change here), then the
views (``sql/views.sql``) and the search indexes (``catalog.storage.search``: the FTS tables,
their triggers and the view ``pages_searched`` the word index reads).

Two kinds of objects are ours by name but follow the code rather than a migration, and so
may be an older release's: the views (``pages_searched`` among them), and the triggers of the
search index. Such a *stale*
object is never run: a writing open (``Store``) drops it before anything else (dropping a
view or a trigger runs neither) and makes this version's; a read-only command refuses a
stale view (it would run it) and ignores a stale trigger (a read fires none).

Reading ``sqlite_master`` runs no trigger and no view, so the check itself is safe.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from catalog.storage import migrations
from catalog.storage.connection import untrust
from catalog.storage.search import search_index_statements

#: objects SQLite itself makes (ANALYZE's statistics, AUTOINCREMENT's counters)
_SQLITE_OWN = ("sqlite_stat1", "sqlite_stat4", "sqlite_sequence")
#: a schema larger than this is not one of ours (ours has about 60 objects); read no further
MAX_OBJECTS = 1000

Key = tuple[str, str]  # (type, name)
Objects = dict[Key, tuple[str, str | None]]  # → (tbl_name, sql)


@dataclass(frozen=True)
class SchemaReport:
    """What the check found: ``differences`` (each one line) refuse the file; ``stale_views``
    and ``stale_triggers`` are ours by name but another release's, for a writer to replace."""

    differences: list[str] = field(default_factory=list)
    stale_views: list[str] = field(default_factory=list)
    stale_triggers: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Expected:
    migrated: Objects  # what MIGRATIONS[:version] create
    latest: Objects  # what every migration creates (made ahead of a migration: summaries)
    views: Objects
    search: Objects  # the FTS tables, their shadow tables and triggers


def _objects(conn: sqlite3.Connection) -> Objects:
    return {(t, n): (tbl, sql) for t, n, tbl, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master")}


def _apply(conn: sqlite3.Connection, steps: tuple[migrations.Migration, ...]) -> None:
    """The migrations, one transaction each, as ``migrations.migrate`` applies them."""
    conn.execute("PRAGMA foreign_keys = OFF")
    for step in steps:
        conn.execute("BEGIN")
        for (view,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'"
                                    ).fetchall():
            conn.execute(f'DROP VIEW "{view}"')
        try:
            step.apply(conn)
        except Exception as exc:  # said as migrate says it: a migration that cannot run
            raise migrations.failure(step, exc) from (
                None if isinstance(exc, migrations.MigrationError) else exc)
        conn.execute("COMMIT")


@lru_cache(maxsize=16)
def _made_by(steps: tuple[migrations.Migration, ...]) -> Objects:
    """Every object the migrations ``steps`` create on an empty database."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        _apply(conn, steps)
        return _objects(conn)
    finally:
        conn.close()


@lru_cache(maxsize=4)
def _views_and_search(steps: tuple[migrations.Migration, ...]) -> tuple[Objects, Objects]:
    """The views and the search index objects, made over the latest tables."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        _apply(conn, steps)
        before = _objects(conn)
        for statement in migrations.statements((migrations.SQL_DIR / "views.sql").read_text()):
            if statement.upper().startswith("CREATE VIEW"):
                conn.execute(statement)
        views = {k: v for k, v in _objects(conn).items() if k not in before}
        before = _objects(conn)
        for statement in search_index_statements():
            conn.execute(statement)
        search = {k: v for k, v in _objects(conn).items() if k not in before}
        return views, search
    finally:
        conn.close()


@lru_cache(maxsize=4)
def _baseline_columns(step: migrations.Migration) -> dict[str, set[tuple[Any, ...]]]:
    """The columns of each table migration 1 (the baseline) makes: (name, type, not null,
    default, hidden) of ``PRAGMA table_xinfo``."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        _apply(conn, (step,))
        return {table: _columns(conn, table) for table, in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> set[tuple[Any, ...]]:
    return {(r[1], r[2].upper(), r[3], r[4], r[6])
            for r in conn.execute(f'PRAGMA table_xinfo("{table}")')}


_CODE_FREE = re.compile(r"--[^\n]*|/\*.*?\*/|'(?:[^']|'')*'", re.S)


def _older_layout_ok(conn: sqlite3.Connection, kind: str, name: str, text: str | None,
                     baseline: dict[str, set[tuple[Any, ...]]]) -> bool:
    """For a catalog made before numbered migrations (version 0, or 1: migration 1 keeps the
    tables it finds), whose tables older releases made with fewer columns (before price
    tiers, say): a table of the baseline's
    with a subset of its columns, as the baseline defines them, and no CHECK (a default,
    being the baseline's, is a constant); an index on plain columns of such a table, with no
    expression and no WHERE. Migration 2 then makes those tables whole."""
    if kind == "table":
        if name not in baseline or not text or not _columns(conn, name) <= baseline[name]:
            return False
        return re.search(r"\bCHECK\b", _CODE_FREE.sub("", text), re.I) is None
    if kind == "index":
        table = conn.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND "
                             "name = ?", (name,)).fetchone()
        if table is None or table[0] not in baseline or not text:
            return False
        keys = conn.execute(f'PRAGMA index_info("{name}")').fetchall()
        partial = [r for r in conn.execute(f'PRAGMA index_list("{table[0]}")')
                   if r[1] == name and r[4]]
        return bool(keys) and all(r[1] >= 0 for r in keys) and not partial
    return False


_FTS5 = re.compile(r"CREATE VIRTUAL TABLE (\w+) USING fts5\(([^()]*)\)")
_FTS5_OPTION = re.compile(r"\w+|content=''|content='pages'|content_rowid='rowid'|"
                          r"tokenize='(?:trigram|unicode61(?: remove_diacritics [012])?|"
                          r"porter unicode61|ascii)'")


@lru_cache(maxsize=16)
def _older_fts(name: str, text: str) -> Objects | None:
    """A search index table as another release declared it (``search.INDEXES`` name, FTS5
    over ``pages`` or contentless, a built-in tokenizer): the objects SQLite makes for that
    declaration, its shadow tables included; None when it is anything else. Such a table only
    answers MATCH queries from its own index; ``ensure_search_index`` makes it again."""
    match = _FTS5.fullmatch(text)
    if match is None or match[1] != name:
        return None
    if not all(_FTS5_OPTION.fullmatch(o.strip()) for o in match[2].split(",")):
        return None
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("CREATE TABLE pages (name, summary, description, description_unspaced, "
                     "locale)")
        before = _objects(conn)
        conn.execute(text)
        return {k: v for k, v in _objects(conn).items() if k not in before}
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def expected(version: int) -> _Expected:
    """What this version's code makes of a catalog at schema ``version`` (0: made before
    numbered migrations, whose tables are migration 1's baseline)."""
    every = tuple(migrations.MIGRATIONS)
    views, search = _views_and_search(every)
    return _Expected(migrated=_made_by(every[:max(version, 1)]), latest=_made_by(every),
                     views=views, search=search)


def check_schema(conn: sqlite3.Connection) -> SchemaReport:
    """Compare the schema of the database ``conn`` has open with what this version makes.
    Runs nothing but reads of ``sqlite_master`` and two pragmas."""
    untrust(conn)
    count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if count > MAX_OBJECTS:
        return SchemaReport(differences=[f"{count} schema objects, more than any catalog has"])
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    want = expected(version)
    found = _objects(conn)
    report = SchemaReport()
    accepted_tables: set[str] = set()
    older_fts: Objects = {}  # search tables of another release and their shadow tables
    for (kind, name), (_, text) in found.items():
        if (kind, name) in want.search and kind == "table" and text and (
                want.search[(kind, name)][1] != text):
            older_fts.update(_older_fts(name, text) or {})
    for (kind, name), (table, text) in sorted(found.items()):
        key = (kind, name)
        if kind == "table" and (name in _SQLITE_OWN):
            continue
        if kind == "index" and name.startswith("sqlite_autoindex_"):
            continue  # made by its table's own definition, compared below with the table
        if any(source.get(key) == (table, text)
               for source in (want.migrated, want.latest, want.search, want.views,
                              older_fts)) or (
                version <= 1 and key in want.migrated and _older_layout_ok(
                    conn, kind, name, text, _baseline_columns(migrations.MIGRATIONS[0]))):
            if kind == "table":
                accepted_tables.add(name)
            continue
        if kind == "view" and (key in want.views or key in want.search):
            report.stale_views.append(name)
        elif kind == "trigger" and key in want.search and table == "pages":
            report.stale_triggers.append(name)
        else:
            report.differences.append(_describe(kind, name, table, key, want))
    for (kind, name), (table, _) in found.items():
        if (kind == "index" and name.startswith("sqlite_autoindex_")
                and table not in accepted_tables):
            report.differences.append(f"index {name} belongs to a table that is not ours")
    if version >= 2:  # a catalog made by the migrations has every object they make
        for kind, name in sorted(set(want.migrated) - set(found)):
            report.differences.append(f"{kind} {name} is missing")
    return report


def _describe(kind: str, name: str, table: str, key: Key, want: _Expected) -> str:
    known = any(key in source for source in (want.migrated, want.latest, want.search,
                                               want.views))
    where = f" on {table}" if kind in ("trigger", "index") else ""
    if known:
        return f"{kind} {name}{where} is not defined as this version defines it"
    return f"{kind} {name}{where} is not one of the catalog's"


def summary(report: SchemaReport) -> str:
    """The differences as one line: the first few, and how many in all."""
    shown = "; ".join(report.differences[:3])
    more = len(report.differences) - 3
    return shown + (f" (and {more} more)" if more > 0 else "")
