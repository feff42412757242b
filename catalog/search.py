"""Full-text search over the pages of every locale, built once at the end of each scrape.

Why two FTS5 indexes over the same `pages` rows (SQLite 3.40):

- `pages_fts` uses `unicode61 remove_diacritics 2`: word search that ignores accents and case
  ("modele" finds "Modèle"). It backs Datasette's `?_search=` on the `pages` table.
- `pages_fts_trigram` uses `trigram`: substring search, which is what Chinese, Japanese and Korean
  need (no spaces between words, particles glued to nouns: "모델" inside "모델입니다"). It cannot
  ignore accents before SQLite 3.45 and matches nothing for queries under three characters,
  which is why the word index stays and the canned `search` query falls back to LIKE for short
  queries.

Both are external-content tables (`content='pages'`), so the text is stored once. Datasette
opens the database immutable, so nothing may be built at request time: `ensure_search_index`
creates both indexes with triggers on `pages` (so later scrapes index only the pages they write),
and the scrape calls it last.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: Columns of `pages` that are searched, in every language.
SEARCHED_COLUMNS = ("name", "summary", "description")

#: FTS table name -> tokenizer.
INDEXES = {
    "pages_fts": "unicode61 remove_diacritics 2",
    "pages_fts_trigram": "trigram",
}


def _create_sql(name: str, tokenizer: str) -> str:
    columns = ", ".join(SEARCHED_COLUMNS)
    return (
        f"CREATE VIRTUAL TABLE {name} USING fts5({columns}, content='pages',"
        f" content_rowid='rowid', tokenize='{tokenizer}')"
    )


def _trigger_sql(name: str) -> list[str]:
    """Triggers that keep an external-content index in step with `pages`, row by row, inside
    the scrape's own transaction: a run that changes 1% of pages reindexes 1% of pages."""
    columns = ", ".join(SEARCHED_COLUMNS)
    new = ", ".join(f"new.{c}" for c in SEARCHED_COLUMNS)
    old = ", ".join(f"old.{c}" for c in SEARCHED_COLUMNS)
    delete = (f"INSERT INTO {name}({name}, rowid, {columns}) "
              f"VALUES ('delete', old.rowid, {old});")
    insert = f"INSERT INTO {name}(rowid, {columns}) VALUES (new.rowid, {new});"
    return [
        f"CREATE TRIGGER IF NOT EXISTS {name}_ai AFTER INSERT ON pages BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {name}_ad AFTER DELETE ON pages BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {name}_au AFTER UPDATE ON pages BEGIN {delete} {insert} END",
    ]


def ensure_search_index(db_path: str | Path, *, rebuild: bool = False) -> bool:
    """Create the page search indexes (and the triggers that keep them current) if they are
    missing or out of date, filling them from `pages`; returns True when it (re)built.

    Cheap when the indexes are there: the triggers have already indexed every page a scrape
    wrote, so nothing is rebuilt. ``rebuild=True`` forces a full rebuild.
    """
    conn = sqlite3.connect(db_path)
    built = False
    try:
        with conn:
            for name, tokenizer in INDEXES.items():
                wanted = _create_sql(name, tokenizer)
                row = conn.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
                ).fetchone()
                fresh = row is None or row[0] != wanted
                if fresh:
                    for suffix in ("ai", "ad", "au"):
                        conn.execute(f"DROP TRIGGER IF EXISTS {name}_{suffix}")
                    conn.execute(f"DROP TABLE IF EXISTS {name}")
                    conn.execute(wanted)
                for statement in _trigger_sql(name):
                    conn.execute(statement)
                if fresh or rebuild:
                    conn.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
                    built = True
    finally:
        conn.close()
    return built


def has_search_index(db_path: str | Path) -> bool:
    """True when every page search index exists (a scrape that ran `ensure_search_index`)."""
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    try:
        names = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)",
                tuple(INDEXES),
            )
        }
    finally:
        conn.close()
    return names == set(INDEXES)
