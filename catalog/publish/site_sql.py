"""sql.html: read-only SQL on catalog-lite.db in the browser, with SQLite compiled to WebAssembly.

Why sql.js: it is SQLite itself (the same SQL dialect, functions and query planner as the
catalog and Datasette), kept up on the npm registry. Its two files are fetched by `make
install` (site/vendor/package.json, git-ignored) and copied into the site at build time, or
loaded from a URL given to ``catalog site --sqljs-url``; they are never in this repository.

The one-click examples are the canned queries of site/metadata.yml that need no server: each
is run here on the lite copy by plain SQLite, with no function of ours registered, and kept when
it runs (a query over page text, or one that reads a parameter through ``catalog_size()``, needs
Datasette). Their parameters get the values Datasette gets when none is given ("") except an id
parameter, which gets a model of the catalog, so the example shows rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.publish import units
from catalog.publish.canned import canned_values
from catalog.publish.charts import vendor_dir
from catalog.storage.connection import connect

#: the npm package's files the page loads: the loader, then the WebAssembly it fetches itself
SQLJS_FILES = ("sql-wasm.js", "sql-wasm.wasm")
SQLJS_PACKAGE = "sql.js"
#: where the page finds them in the built site when they are copied in
SQLJS_SITE_DIR = "assets/vendor/sqljs/"
#: rows the page shows (and exports) at most for one query
MAX_ROWS = 5000


def sqljs_files(site: Path) -> list[Path]:
    """sql.js's files under site/vendor/node_modules, or [] when `npm ci` has not fetched them."""
    files = [vendor_dir(site) / SQLJS_PACKAGE / "dist" / name for name in SQLJS_FILES]
    return files if all(f.is_file() for f in files) else []


@dataclass(frozen=True)
class Example:
    """A canned query the page offers as one click."""

    name: str
    title: str
    description: str
    sql: str
    params: dict[str, str]

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "description": self.description,
                "sql": self.sql, "params": self.params}


def _example_params(conn: sqlite3.Connection, query: Mapping[str, Any]) -> dict[str, str]:
    """The example's parameter values: Datasette's ("") for each, a catalog model for `id` and
    two for `ids` (the models with the most prices, so the example has rows to show)."""
    values = canned_values(query, {})
    busiest = [row[0] for row in conn.execute(
        "SELECT model_id FROM prices GROUP BY model_id ORDER BY count(*) DESC, model_id LIMIT 2")]
    if "id" in values and busiest:
        values["id"] = busiest[0]
    if "ids" in values and busiest:
        values["ids"] = ",".join(busiest)
    return dict(sorted(values.items()))


def examples(lite_db: Path, queries: Mapping[str, Mapping[str, Any]]) -> list[Example]:
    """The canned queries that run on the lite copy with no server, in metadata order."""
    conn = connect(lite_db, read_only=True)
    try:
        found = []
        for name, query in queries.items():
            params = _example_params(conn, query)
            try:
                conn.execute(query["sql"], params).fetchmany(1)
            except sqlite3.Error:
                continue  # needs a table left out of the copy or a function of Datasette's
            found.append(Example(name, str(query.get("title") or name),
                                 " ".join(str(query.get("description") or "").split()),
                                 query["sql"], params))
        return found
    finally:
        conn.close()


def needs_server(lite_db: Path, queries: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The names of the canned queries the page cannot run (the docs list them)."""
    offered = {e.name for e in examples(lite_db, queries)}
    return [name for name in queries if name not in offered]


def page_context(lite_db: Path, queries: Mapping[str, Mapping[str, Any]],
                 sqljs_url: str | None, sqljs_copied: bool) -> dict[str, Any]:
    """What sql.html's template needs: the examples, the units of columns, where sql.js is."""
    if sqljs_url:
        base = sqljs_url if sqljs_url.endswith("/") else sqljs_url + "/"
    else:
        base = SQLJS_SITE_DIR if sqljs_copied else ""
    config = {
        "database": lite_db.name,
        "sqljs": base,  # "" : not available, the page says how to get it
        "sqljs_absolute": bool(sqljs_url),
        "max_rows": MAX_ROWS,
        "column_units": units.COLUMN_UNITS,
        "kind_units": units.KIND_UNITS,
        "examples": [e.as_json() for e in examples(lite_db, queries)],
    }
    return {
        "examples": config["examples"],
        "sql_config": json.dumps(config, ensure_ascii=False, sort_keys=True),
        "sqljs_ready": bool(base),
        "max_rows": MAX_ROWS,
    }
