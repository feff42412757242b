"""catalog-lite.db: the slim copy of the catalog that sql.html downloads and queries in the browser.

Why a copy and not the catalog itself: the catalog carries every page's text in every locale
(pages, their search indexes, cards, the scraper's bookkeeping), tens of MB at the real site's
size; an analyst's price question reads none of it. The lite copy keeps the tables a price
comparison reads (models, providers, current and official prices, price and lifecycle history,
replacements, cross-checks, findings and the summary tables the canned queries use) with the
indexes and views over them, so the canned SQL of site/metadata.yml runs on it unchanged.

Why deterministic bytes: the static site is published by syncing a folder, and the file is
rewritten only when its bytes change (catalog/publish/site_output.py). The copy is made by the
same statements in the same order each time (tables and rows in a fixed order, then
``VACUUM INTO`` a new file), so the same catalog gives the same file.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from catalog.storage.connection import connect

#: the tables copied, in this order (one missing from an older catalog is left out)
LITE_TABLES = (
    "providers",
    "models",
    "prices",
    "price_history",
    "lifecycle_history",
    "replacements",
    "evidence",
    "findings",
    "page_prices",
    "crosschecks",
    "reference_models",
    "reference_fetches",
    "model_overview",
    "price_disagreements",
    "replacement_links",
    "runs",
)

#: rows kept of a copied table (`t` is the source table), when not all of them: of a
#: reference's entries (thousands, most of them models CometAPI does not sell), those matched
#: to a catalog model or compared in a cross-check: what every view and canned query joins
#: Of the prices each locale's page states (20 a price at the real site: 60% of the copy's
#: bytes at 500 models), those where the locales disagree: what locale_price_mismatches shows.
#: Each filter names the tables it reads; without them the table is left out.
ROW_FILTERS: dict[str, tuple[str, tuple[str, ...]]] = {
    # (an IN list is made once; a correlated EXISTS scanned crosschecks per entry: 1.7 s)
    "reference_models": ("t.model_id IS NOT NULL OR (t.source, t.ref_id) IN"
                         " (SELECT source, reference_id FROM src.crosschecks)",
                         ("crosschecks",)),
    "page_prices": ("(t.model_id, t.kind, t.unit) IN"
                    " (SELECT model_id, kind, unit FROM src.price_disagreements)",
                    ("price_disagreements",)),
}

FILE_NAME = "catalog-lite.db"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _schema(conn: sqlite3.Connection, kind: str) -> list[tuple[str, str, str]]:
    """(name, table it belongs to, SQL) of every object of `kind` in the source catalog, in
    name order (sqlite_master's own order depends on the catalog's migration history)."""
    return conn.execute(
        "SELECT name, tbl_name, sql FROM src.sqlite_master WHERE type = ? AND sql IS NOT NULL"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name", (kind,)).fetchall()


def _order_by(conn: sqlite3.Connection, table: str) -> str:
    """A total order for the rows of `table`: its rowid, or its primary key when it has none."""
    without_rowid = conn.execute(
        "SELECT sql FROM src.sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    if "WITHOUT ROWID" not in without_rowid.upper():
        return "t.rowid"
    keys = [row[1] for row in conn.execute(f"PRAGMA src.table_info({_quote(table)})")
            if row[5]]
    return ", ".join("t." + _quote(k) for k in keys)


def lite_bytes(db_path: str | Path) -> bytes:
    """The bytes of catalog-lite.db for the catalog at `db_path` (opened read-only)."""
    db_path = Path(db_path).resolve()
    with tempfile.TemporaryDirectory(prefix="catalog-lite-") as tmp:
        staging, final = Path(tmp) / "staging.db", Path(tmp) / FILE_NAME
        conn = connect(staging, uri=True)  # the schema untrusted, as every connection
        try:
            conn.execute("ATTACH DATABASE ? AS src", (f"{db_path.as_uri()}?mode=ro",))
            views = _schema(conn, "view")
            _copy(conn)
            conn.commit()
            # views are made once the source is detached: their names then resolve to the copy
            conn.execute("DETACH DATABASE src")
            _copy_views(conn, views)
            conn.commit()
            conn.execute("VACUUM INTO ?", (str(final),))
        finally:
            conn.close()
        return final.read_bytes()


def _copy(conn: sqlite3.Connection) -> None:
    present = {name for name, _, _ in _schema(conn, "table")}
    copied = [t for t in LITE_TABLES if t in present
              and set(ROW_FILTERS.get(t, ("", ()))[1]) <= present]
    tables = {name: sql for name, _, sql in _schema(conn, "table")}
    for table in copied:
        conn.execute(tables[table])
        columns = ", ".join(
            _quote(row[1]) for row in conn.execute(f"PRAGMA src.table_info({_quote(table)})"))
        where = f" WHERE {ROW_FILTERS[table][0]}" if table in ROW_FILTERS else ""
        conn.execute(
            f"INSERT INTO main.{_quote(table)} ({columns}) SELECT {columns}"
            f" FROM src.{_quote(table)} AS t{where} ORDER BY {_order_by(conn, table)}")
    for _, table, sql in _schema(conn, "index"):
        if table in copied:
            conn.execute(sql)
    version = int(conn.execute("PRAGMA src.user_version").fetchone()[0])
    conn.execute(f"PRAGMA main.user_version = {version}")  # the catalog's schema version


def _copy_views(conn: sqlite3.Connection, views: list[tuple[str, str, str]]) -> None:
    """Every view of the catalog whose tables (and views) the copy has: a view over a table left
    out (pages, cards) is left out too. Views over views are created once theirs exist."""
    pending = {name: sql for name, _, sql in views}
    while pending:
        made = []
        for name, sql in sorted(pending.items()):
            try:
                conn.execute(sql)
                conn.execute(f"SELECT * FROM {_quote(name)} LIMIT 0")
            except sqlite3.OperationalError:
                conn.execute(f"DROP VIEW IF EXISTS {_quote(name)}")
                continue
            made.append(name)
        if not made:
            return
        for name in made:
            del pending[name]
