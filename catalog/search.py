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
rebuilds both indexes from scratch, idempotently, and the scrape calls it last.
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


def ensure_search_index(db_path: str | Path) -> None:
    """Create (or re-create) and fill the page search indexes in the database at `db_path`.

    Safe to call after every scrape: the indexes are dropped and rebuilt from `pages`, so they can
    never drift from the rows Datasette serves. A table whose definition changed is replaced.
    """
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            for name, tokenizer in INDEXES.items():
                wanted = _create_sql(name, tokenizer)
                row = conn.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
                ).fetchone()
                if row is None or row[0] != wanted:
                    conn.execute(f"DROP TABLE IF EXISTS {name}")
                    conn.execute(wanted)
                conn.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
    finally:
        conn.close()


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
