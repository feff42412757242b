"""Making the page search indexes of a catalog file, and asking whether they are there.

The indexes, their triggers and what they hold are defined in ``catalog/storage/search.py``;
this module applies them to a file, after ``check_catalog`` said it is a catalog (triggers
are never added to another program's database).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from catalog.storage.connection import connect
from catalog.storage.identity import check_catalog
from catalog.storage.search import (
    INDEXES,
    SEARCHED_COLUMNS,
    SEARCHED_VIEW,
    VIEW_SQL,
    index_sql,
    indexed_values,
    search_trigger_names,
    trigger_sql,
)


def _rebuild(conn: sqlite3.Connection, name: str) -> None:
    if INDEXES[name] != "trigram":
        conn.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
        return
    conn.execute(f"INSERT INTO {name}({name}) VALUES ('delete-all')")
    columns = ", ".join(SEARCHED_COLUMNS)
    conn.execute(f"INSERT INTO {name}(rowid, {columns}) "
                 f"SELECT rowid, {indexed_values(name, 'pages')} FROM pages")


def ensure_search_index(db_path: str | Path, *, rebuild: bool = False) -> bool:
    """Create the page search indexes (and the triggers that keep them current) if they are
    missing or out of date, filling them from `pages`; returns True when it (re)built.

    Cheap when the indexes are there: the triggers have already indexed every page a scrape
    wrote, so nothing is rebuilt. ``rebuild=True`` forces a full rebuild.
    """
    check_catalog(db_path, may_create=False)  # never add triggers to another program's file
    conn = connect(db_path)
    built = False
    try:
        with conn:
            view = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?",
                                (SEARCHED_VIEW,)).fetchone()
            if view is None or view[0] != VIEW_SQL:
                conn.execute(f"DROP VIEW IF EXISTS {SEARCHED_VIEW}")
                conn.execute(VIEW_SQL)
            for name, tokenizer in INDEXES.items():
                wanted = index_sql(name, tokenizer)
                row = conn.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
                ).fetchone()
                triggers = trigger_sql(name)
                stored = {r[0] for r in conn.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'pages'"
                    " AND name IN (?, ?, ?)", tuple(f"{name}_{x}" for x in ("ai", "ad", "au")))}
                fresh = (row is None or row[0] != wanted or stored != {
                    t.replace(" IF NOT EXISTS", "") for t in triggers})
                if fresh:  # missing, or made by an older version: made again
                    for suffix in ("ai", "ad", "au"):
                        conn.execute(f"DROP TRIGGER IF EXISTS {name}_{suffix}")
                    conn.execute(f"DROP TABLE IF EXISTS {name}")
                    conn.execute(wanted)
                for statement in triggers:
                    conn.execute(statement)
                if fresh or rebuild:
                    _rebuild(conn, name)
                    built = True
    finally:
        conn.close()
    return built


def has_search_index(db_path: str | Path) -> bool:
    """True when every page search index, its triggers and the view the word index reads
    exist (a scrape that ran `ensure_search_index`, and no open since that dropped another
    release's triggers or views; a migration drops views)."""
    conn = connect(db_path, read_only=True)
    try:
        names = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'view')")}
    finally:
        conn.close()
    return names >= set(INDEXES) | search_trigger_names() | {SEARCHED_VIEW}
