"""Numbered schema migrations, applied in order and recorded in ``PRAGMA user_version``.

Why: the catalog is a public SQL interface that lives for years in files we do not control
(a cron job's ``data/catalog.db``). ``CREATE TABLE IF NOT EXISTS`` on every open could add a
table but never change one, so an older catalog silently kept an older shape. Here each change
is one entry of ``MIGRATIONS``; a catalog at version N runs N+1…, each in its own transaction
that also sets ``user_version``, so a crash mid-way leaves the catalog at a whole version.

Adding a migration is appending one entry; a new table, column or table change is made with
sqlite-utils (``database(conn)``: inside the migration's transaction), a table change by
``transform_table`` (``Table.transform()``, refused where it would lose a deferred foreign key):

    def add_notes(conn):
        db = database(conn)
        db.create_table("notes", {"id": int, "model_id": str, "text": str}, pk="id")
        db.table("runs").add_column("note", str)
        transform_table(conn, "runs", rename={"options": "run_options"})

    Migration(11, "notes", add_notes)

Never edit a migration that has shipped: a catalog that ran it will not run it again, and the
schema check compares each catalog's SQL with the text the migrations make. The shipped ones
are SQL files and hand-written rebuilds (``table_rebuild.py`` says what sqlite-utils lacks).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from catalog.storage import value_checks
from catalog.storage.search import SEARCHED_CHARS, description_excerpt, unspaced_lines
from catalog.storage.summaries import ensure_summary_schema, refresh_summaries
from catalog.storage.table_rebuild import (
    MigrationError,
    database,
    rebuild_table,
    transform_table,
)

__all__ = ["MIGRATIONS", "Migration", "MigrationError", "database", "failure", "latest_version",
           "migrate", "rebuild_table", "run_script", "sql", "statements", "transform_table"]

SQL_DIR = Path(__file__).parent / "sql"


def create_summaries(conn: sqlite3.Connection) -> None:
    """Migration 5: ``sql/summaries.sql``, filled at once (``catalog/summaries.py``)."""
    ensure_summary_schema(conn)
    refresh_summaries(conn)


def add_source_names(conn: sqlite3.Connection) -> None:
    """Migration 6: which source (``Source.name``) read each page and model, and which one a
    run scraped. Every row written before sources had names is CometAPI's, hence the default;
    a second source's rows are kept apart by their ids (``Source.id_prefix``), and this column
    says whose they are (a complete run marks only its own source's models missing)."""
    for table in ("pages", "models", "runs"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN source_name TEXT NOT NULL "
                     "DEFAULT 'cometapi'")


def apply_value_checks(conn: sqlite3.Connection) -> None:
    """Migration 8: CHECK constraints on values, added to each table's current definition
    (``catalog/storage/value_checks.py``)."""
    value_checks.apply_value_checks(conn)


def add_unspaced_descriptions(conn: sqlite3.Connection) -> None:
    """Migration 7: ``pages.description_unspaced``, the lines of a description written in a
    script without spaces (``search.unspaced_lines``): what the trigram search index holds of
    a description. Filled for every stored page; the index is made again from it the next
    time ``ensure_search_index`` runs (its triggers changed)."""
    conn.execute("ALTER TABLE pages ADD COLUMN description_unspaced TEXT")
    last = 0
    while True:  # in batches: 100,000 descriptions are 1.6 GB
        rows = conn.execute("SELECT rowid, description FROM pages WHERE rowid > ? AND "
                            "description IS NOT NULL ORDER BY rowid LIMIT 500",
                            (last,)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        conn.executemany("UPDATE pages SET description_unspaced = ? WHERE rowid = ?",
                         [(text, rowid) for rowid, text in
                          ((rowid, unspaced_lines(d)) for rowid, d in rows) if text])


def bound_search_text(conn: sqlite3.Connection) -> None:
    """Migration 10: what search reads of a page is bounded (``search.SEARCHED_CHARS``, 64 KB).
    ``pages.description_excerpt`` holds the beginning of each longer description (NULL for
    the others, read whole), and ``pages.description_unspaced`` is made again from that
    beginning, so a long Chinese, Japanese or Korean description is stored whole only once
    (catalogs before this migration hold a second whole copy: 4.3 MB for such a page). Only
    pages with a description over the bound are rewritten; the search index is made again
    the next time ``ensure_search_index`` runs."""
    conn.execute("ALTER TABLE pages ADD COLUMN description_excerpt TEXT")
    rows = conn.execute("SELECT rowid FROM pages WHERE length(description) > ?",
                        (SEARCHED_CHARS,)).fetchall()
    for (rowid,) in rows:  # one at a time: each description may be megabytes
        (description,) = conn.execute("SELECT description FROM pages WHERE rowid = ?",
                                      (rowid,)).fetchone()
        conn.execute("UPDATE pages SET description_excerpt = ?, description_unspaced = ? "
                     "WHERE rowid = ?", (description_excerpt(description),
                                         unspaced_lines(description), rowid))


@dataclass(frozen=True)
class Migration:
    """One step of the schema: ``version`` is what ``user_version`` says once it ran."""

    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def statements(script: str) -> list[str]:
    """Split an SQL script into statements (``executescript`` would commit our transaction)."""
    out: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if not current.strip() and line.lstrip().startswith("--"):
            continue  # a comment between statements belongs to none of them
        current += line
        if sqlite3.complete_statement(current):
            if current.strip().rstrip(";").strip():
                out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute every statement of ``script`` inside the caller's transaction."""
    for statement in statements(script):
        conn.execute(statement)


def sql(filename: str) -> Callable[[sqlite3.Connection], None]:
    """A migration that runs ``catalog/sql/<filename>``."""

    def apply(conn: sqlite3.Connection) -> None:
        run_script(conn, (SQL_DIR / filename).read_text())

    apply.__doc__ = f"runs catalog/sql/{filename}"
    return apply


# ------------------------------------------------------------------ migration 1: the baseline


def _baseline(conn: sqlite3.Connection) -> None:
    """The tables as every catalog before numbered migrations had them (``schema.sql``, frozen:
    ``CREATE TABLE IF NOT EXISTS``, so an older catalog keeps what it has). Columns those
    versions added later (``tier``, ``replacement_model_id``) come with migration 2, which
    rebuilds those tables whole."""
    run_script(conn, (SQL_DIR / "schema.sql").read_text())


# ------------------------------------------------------------------ migration 2: constraints


#: The price kinds and units migration 2 checks in ``prices``, ``price_history`` and
#: ``page_prices``: written once, put after each table's ``kind TEXT NOT NULL`` and ``unit TEXT
#: NOT NULL`` by ``value_checks.with_checks``, to the byte as the schema holds them (line
#: breaks included: ``tests/test_schema_equality.py``). The value sets are the code's own:
#: ``scrapers/reading/labels.py`` PRICE_KINDS plus 'unknown', ``scrapers/reading/grammar.py``
#: UNIT_BY_KEY plus ''.
PRICE_ENUMS = {
    "kind": "{c} IN ('input', 'output', 'per_second', 'per_minute',\n"
            "        'per_request', 'per_image', 'per_character', 'unknown')",
    "unit": "{c} IN ('1M tokens', '1M characters', 'second', 'minute',\n"
            "        'request', 'image', '')",
}
PRICE_TABLES = ("prices", "price_history", "page_prices")


def _constraints(conn: sqlite3.Connection) -> None:
    """CHECK constraints on enums, foreign keys, one open history row per key, and
    ``models.last_changed`` apart from ``last_seen`` (see ``sql/constraints.sql``)."""
    tables = statements((SQL_DIR / "constraints.sql").read_text())
    for create in tables:
        if create.upper().startswith("CREATE TABLE"):
            table = create.split()[2]
            if table in PRICE_TABLES:
                create = value_checks.with_checks(create, PRICE_ENUMS)
            rebuild_table(conn, table, create)
    # page_prices gains only the enums: its baseline definition, checked
    (baseline,) = [s for s in statements((SQL_DIR / "schema.sql").read_text())
                   if s.startswith("CREATE TABLE IF NOT EXISTS page_prices ")]
    rebuild_table(conn, "page_prices", value_checks.with_checks(
        baseline.replace(" IF NOT EXISTS", "", 1), PRICE_ENUMS))
    # until now last_seen meant "the last run that wrote a change": that is last_changed
    conn.execute("UPDATE models SET last_changed = last_seen WHERE last_changed IS NULL")
    # older versions could leave two open rows for one key: close all but the newest, at the
    # time the next one opened (no row is deleted)
    for table, key in (("price_history", "model_id, kind, unit, tier"),
                       ("lifecycle_history", "model_id")):
        conn.execute(
            f"UPDATE {table} AS h SET valid_to = (SELECT min(n.valid_from) FROM {table} n "
            f"WHERE ({', '.join('n.' + k for k in key.split(', '))}) = "
            f"({', '.join('h.' + k for k in key.split(', '))}) AND n.id > h.id) "
            f"WHERE h.valid_to IS NULL AND EXISTS (SELECT 1 FROM {table} n WHERE "
            f"({', '.join('n.' + k for k in key.split(', '))}) = "
            f"({', '.join('h.' + k for k in key.split(', '))}) AND n.id > h.id "
            "AND n.valid_to IS NULL)")
    for statement in tables:
        if not statement.upper().startswith("CREATE TABLE"):
            conn.execute(statement)
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        first = problems[0]
        raise MigrationError(f"{len(problems)} rows refer to rows that do not exist (first: "
                             f"{first[0]} row {first[1]} → {first[2]})")


#: The schema, in order. Append; never edit or reorder an entry that has shipped.
MIGRATIONS: list[Migration] = [
    Migration(1, "baseline: the tables of catalogs made before numbered migrations", _baseline),
    Migration(2, "CHECK constraints on enums, foreign keys, one open history row per key, "
                 "models.last_changed", _constraints),
    Migration(3, "cross-check tables: reference_fetches, reference_models, crosschecks",
              sql("crosscheck.sql")),
    Migration(4, "runs.readers_replaced: reader processes stopped over a budget or lost",
              lambda conn: conn.execute(
                  "ALTER TABLE runs ADD COLUMN readers_replaced INTEGER NOT NULL DEFAULT 0")),
    Migration(5, "summary tables the served pages read (model_overview, "
                 "price_disagreements, replacement_links) and serving indexes",
              lambda conn: create_summaries(conn)),
    Migration(6, "source_name on pages, models and runs: the source each fact was read from",
              lambda conn: add_source_names(conn)),
    Migration(7, "pages.description_unspaced: what the trigram index holds of a description",
              lambda conn: add_unspaced_descriptions(conn)),
    Migration(8, "CHECK constraints on values: prices >= 0 and finite, token limits > 0, "
                 "reference statuses and cross-check verdicts",
              lambda conn: apply_value_checks(conn)),
    Migration(9, "runs.seeds and runs.coverage, catalog_entries: what discovery found and "
                 "what it could not", sql("discovery.sql")),
    Migration(10, "pages.description_excerpt, and description_unspaced bounded: what search "
                  "reads of a page is at most 64 KB", lambda conn: bound_search_text(conn)),
]


def failure(migration: Migration, exc: Exception) -> MigrationError:
    """The one line that says which migration failed and why."""
    why = str(exc) if isinstance(exc, MigrationError) else f"{type(exc).__name__}: {exc}"
    return MigrationError(f"schema migration {migration.version} ({migration.name}) failed: "
                          f"{why}")


def latest_version() -> int:
    return MIGRATIONS[-1].version


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every migration newer than the catalog's ``user_version``; returns the versions
    applied. ``conn`` must be in autocommit mode (``isolation_level=None``) with no open
    transaction; foreign keys are off while tables are rebuilt, and checked before commit."""
    versions = [m.version for m in MIGRATIONS]
    if versions != list(range(1, len(versions) + 1)):
        raise MigrationError(f"migrations must be numbered 1, 2, 3… in order, not {versions}")
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > latest_version():
        raise MigrationError(f"the catalog is at schema version {current}, newer than this "
                             f"program knows ({latest_version()}): upgrade comet-catalog")
    pending = [m for m in MIGRATIONS if m.version > current]
    if not pending:
        return []
    conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: set before
    applied: list[int] = []
    for migration in pending:
        conn.execute("BEGIN IMMEDIATE")
        # another process may have migrated while this one waited for the write lock
        if conn.execute("PRAGMA user_version").fetchone()[0] >= migration.version:
            conn.execute("COMMIT")
            continue
        try:
            views = conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall()
            for (view,) in views:  # views name tables being rebuilt; the store makes them again
                conn.execute(f'DROP VIEW "{view}"')
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except Exception as exc:
            conn.execute("ROLLBACK")
            raise failure(migration, exc) from (None if isinstance(exc, MigrationError)
                                                else exc)
        applied.append(migration.version)
    return applied
