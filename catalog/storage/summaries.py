"""Summary tables the served pages read instead of recomputing aggregates on every request.

Why: Datasette runs a canned query on every request, and at 100,000 pages the ones that
aggregated (every model's prices, prices that differ between locales, replacements resolved by
scanning every model) took 0.2-0.6 s each. These tables hold those results; they are rebuilt in
the run's own transaction just before it commits (``Store.commit``), so a served catalog always
shows one consistent run and a rolled-back run leaves them as they were. Rebuilding costs well
under a second at 100,000 pages. The DDL is ``catalog/storage/sql/summaries.sql``, schema
migration 5.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from catalog.publish import money
from catalog.storage.connection import connect

SQL = Path(__file__).resolve().parent / "sql" / "summaries.sql"
TABLES = ("model_overview", "price_disagreements", "replacement_links")

_MODEL_OVERVIEW = """
INSERT INTO model_overview
SELECT
  m.id, m.name, m.provider, coalesce(pr.name, m.provider), m.kind, m.status, m.status_date,
  m.context_window, m.max_output_tokens, m.commercial_use,
  (SELECT usd FROM prices p
    WHERE p.model_id = m.id AND p.kind = 'input' AND p.unit = '1M tokens'),
  (SELECT usd FROM prices p
    WHERE p.model_id = m.id AND p.kind = 'output' AND p.unit = '1M tokens'),
  (SELECT group_concat(x.kind || ' ' || catalog_money(x.usd) || '/' || x.unit, '; ')
    FROM (SELECT kind, usd, unit FROM prices p
          WHERE p.model_id = m.id AND p.unit != '1M tokens' AND p.usd IS NOT NULL
          ORDER BY kind, unit) x),
  (SELECT max(discount_pct) FROM prices p WHERE p.model_id = m.id),
  m.source,
  lower(m.name)
FROM models m
LEFT JOIN providers pr ON pr.slug = m.provider
"""

_PRICE_DISAGREEMENTS = """
INSERT INTO price_disagreements
SELECT model_id, kind, unit
FROM page_prices
GROUP BY model_id, kind, unit
HAVING count(DISTINCT usd) > 1 OR count(DISTINCT official_usd) > 1
"""

# Each replacement as written, with the catalog models it may name: the exact id, the linked
# id, a slug or display name of the same provider, or a family ("gpt-4.1*") by prefix.
_REPLACEMENT_LINKS = """
INSERT INTO replacement_links
SELECT d.id, (SELECT json_group_array(json_object(
    'name', r.replacement_id,
    'ids', json((SELECT json_group_array(m2.id) FROM models m2
      WHERE m2.id = r.replacement_id
         OR m2.id = r.replacement_model_id
         OR (m2.provider = d.provider
             AND (m2.slug = r.replacement_id OR lower(m2.name) = lower(r.replacement_id)))
         OR (r.replacement_id LIKE '%*' AND m2.provider = d.provider
             AND (m2.slug LIKE replace(rtrim(r.replacement_id, '*'), '.', '-') || '%'
                  OR lower(m2.name) LIKE lower(rtrim(r.replacement_id, '*')) || '%'))))))
  FROM (SELECT replacement_id, replacement_model_id FROM replacements
        WHERE model_id = d.id ORDER BY replacement_id) r)
FROM models d
WHERE d.status IN ('deprecated', 'retired')
"""


def ensure_summary_schema(conn: sqlite3.Connection) -> None:
    """Create the summary tables and the serving indexes if they are missing, in the caller's
    transaction (schema migration 5, ``catalog/storage/migrations.py``)."""
    statement = ""
    for line in SQL.read_text(encoding="utf-8").splitlines(keepends=True):
        if not statement and line.lstrip().startswith("--"):
            continue  # comments between statements (executescript would commit the caller's)
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""


def refresh_summaries(conn: sqlite3.Connection) -> None:
    """Rebuild every summary table from the catalog's tables, in the caller's transaction.
    Prices are written by ``catalog_money`` (catalog/publish/money.py), given to ``conn`` here
    whoever opened it."""
    money.register(conn)
    for table in TABLES:
        conn.execute(f"DELETE FROM {table}")
    conn.execute(_MODEL_OVERVIEW)
    conn.execute(_PRICE_DISAGREEMENTS)
    conn.execute(_REPLACEMENT_LINKS)


def has_summaries(conn: sqlite3.Connection) -> bool:
    """True when every summary table exists (a catalog written by this version)."""
    names = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?, ?)", TABLES)}
    return names == set(TABLES)


def ensure_summaries(db_path: str | Path) -> bool:
    """Create and fill the summary tables of a catalog an earlier version wrote (it is about
    to be served read-only, the last moment it can be written); True when it did."""
    conn = connect(db_path, isolation_level=None)
    try:
        if has_summaries(conn):
            return False
        conn.execute("BEGIN IMMEDIATE")
        try:
            ensure_summary_schema(conn)  # CREATE … IF NOT EXISTS: migration 5 will agree
            refresh_summaries(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return True
    finally:
        conn.close()
