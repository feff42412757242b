"""Template helpers for the catalog's custom pages (/deprecations, /charts, the index).

Why a plugin of our own instead of datasette-template-sql: templates may only run the canned
queries of site/metadata.yml, by name, so every page shows exactly what the matching canned
query (and the static site, which runs the same SQL) shows, and no SQL lives in a template.
It only reads: the database is opened read-only and nothing here writes.
"""

from __future__ import annotations

import json
from typing import Any

from datasette import hookimpl
from datasette.utils import tilde_encode

from catalog.publish.canned import canned_values
from catalog.publish.money import format_usd

DATABASE = "catalog"


@hookimpl
def prepare_jinja2_environment(env):
    """Prices shown as the static site shows them (``catalog_usd``: catalog/publish/money.py)."""
    env.filters["catalog_usd"] = format_usd


@hookimpl
def extra_template_vars(datasette, request):
    """Expose `canned`, `canned_queries`, `model_url`, `from_json` and `site_metadata`."""

    async def canned(name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the canned query `name` with TEXT parameters (missing ones are "")."""
        query = await datasette.get_canned_query(DATABASE, name, None)
        if query is None:
            raise KeyError(f"no canned query called {name!r}")
        db = datasette.get_database(DATABASE)
        results = await db.execute(query["sql"], canned_values(query, params))
        return [dict(row) for row in results.rows]

    async def canned_queries() -> list[dict[str, Any]]:
        """The canned queries in metadata order: name, title, description, params."""
        queries = await datasette.get_canned_queries(DATABASE, None)
        return list(queries.values())

    def model_url(model_id: str) -> str:
        """The Datasette row page of a model (ids contain "/", which must be tilde-encoded)."""
        return datasette.urls.row(DATABASE, "models", tilde_encode(model_id))

    def from_json(text: str | None) -> Any:
        """Parse a JSON column (e.g. replacement_links); empty or invalid text gives []."""
        try:
            return json.loads(text) if text else []
        except ValueError:
            return []

    return {
        "canned": canned,
        "canned_queries": canned_queries,
        "model_url": model_url,
        "from_json": from_json,
        "catalog_db": DATABASE,
        "site_metadata": datasette.metadata(),
    }
