"""api/v1: the catalog as three JSON files on the static site, for tools that want files, not SQL.

- ``api/v1/models.json``: one entry per model (ids, kind, status, dates, replacements, sizes,
  current prices with their units next to the official prices);
- ``api/v1/prices.json``: every current price, one entry per model, kind, unit and tier;
- ``api/v1/history.json``: every price and lifecycle period ever observed.

Each has a JSON Schema beside it (``api/v1/schema/<name>.json``, copied from
site/api/v1/schema/), which tests/test_site_api.py validates the files against. Once published,
v1 never changes shape: a field added, renamed or retyped is v2, written beside it.

Why the files leave out ``last_seen`` and the runs: a scrape that finds nothing new still
touches them, and the files must be byte-identical when the catalog's facts did not change (a
static host then uploads nothing, and a tool polling the files sees no change). Keys are in a
fixed order, rows sorted, floats as SQLite holds them.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from catalog.publish.serve import site_dir

VERSION = 1
API_DIR = f"api/v{VERSION}"
NAMES = ("models", "prices", "history")
CURRENCY = "USD"
LICENSE = "CC BY 4.0 (prices as published by CometAPI)"


def schema_dir() -> Path:
    """Where the JSON Schemas of this version are kept (site/api/v1/schema/)."""
    return site_dir() / "api" / f"v{VERSION}" / "schema"


def _rows(conn: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    cursor = conn.execute(sql)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def _has(conn: sqlite3.Connection, name: str) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return found is not None


def _price(row: dict[str, Any]) -> dict[str, Any]:
    """One price as every file writes it: what is charged, per what, CometAPI's and the official."""
    return {
        "kind": row["kind"],
        "unit": row["unit"],
        "tier": row["tier"],
        "currency": CURRENCY,
        "usd": row["usd"],
        "official_usd": row["official_usd"],
        "discount_pct": row["discount_pct"],
    }


def _envelope(name: str, key: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "api_version": VERSION,
        "schema": f"schema/{name}.json",
        "license": LICENSE,
        "count": len(items),
        key: items,
    }


def models_document(conn: sqlite3.Connection) -> dict[str, Any]:
    prices: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _rows(conn, "SELECT * FROM prices ORDER BY model_id, kind, unit, tier"):
        prices[row["model_id"]].append(_price(row))
    replacements: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _rows(conn, "SELECT model_id, replacement_id, replacement_model_id"
                           " FROM replacements ORDER BY model_id, replacement_id"):
        replacements[row["model_id"]].append(
            {"name": row["replacement_id"], "model_id": row["replacement_model_id"]})
    api_ids: dict[str, str | None] = {}
    if _has(conn, "model_prices_wide"):
        api_ids = {r["model_id"]: r["api_model_id"] for r in _rows(
            conn, "SELECT model_id, api_model_id FROM model_prices_wide")}
    models = []
    for m in _rows(conn, "SELECT * FROM models ORDER BY id"):
        models.append({
            "id": m["id"],
            "provider": m["provider"],
            "slug": m["slug"],
            "api_model_id": api_ids.get(m["id"]),
            "name": m["name"],
            "kind": m["kind"],
            "status": m["status"],
            "status_date": m["status_date"],
            "first_seen": m["first_seen"],
            "last_changed": m["last_changed"],
            "missing_since": m["missing_since"],
            "context_window": m["context_window"],
            "max_output_tokens": m["max_output_tokens"],
            "commercial_use": None if m["commercial_use"] is None else bool(m["commercial_use"]),
            "replacements": replacements.get(m["id"], []),
            "prices": prices.get(m["id"], []),
            "source_url": m["source_url"],
        })
    return _envelope("models", "models", models)


def prices_document(conn: sqlite3.Connection) -> dict[str, Any]:
    items = [
        {"model_id": row["model_id"], **_price(row), "usd_text": row["usd_text"],
         "official_text": row["official_text"], "observed_at": row["observed_at"],
         "source_url": row["source_url"]}
        for row in _rows(conn, "SELECT * FROM prices ORDER BY model_id, kind, unit, tier")
    ]
    return _envelope("prices", "prices", items)


def history_document(conn: sqlite3.Connection) -> dict[str, Any]:
    prices = [
        {"model_id": r["model_id"], "kind": r["kind"], "unit": r["unit"], "tier": r["tier"],
         "currency": CURRENCY, "usd": r["usd"], "official_usd": r["official_usd"],
         "valid_from": r["valid_from"], "valid_to": r["valid_to"]}
        for r in _rows(conn, "SELECT * FROM price_history"
                             " ORDER BY model_id, kind, unit, tier, valid_from, id")
    ]
    lifecycle = [
        {"model_id": r["model_id"], "status": r["status"], "status_date": r["status_date"],
         "replacements": _json_list(r["replacements"]),
         "valid_from": r["valid_from"], "valid_to": r["valid_to"]}
        for r in _rows(conn, "SELECT * FROM lifecycle_history ORDER BY model_id, valid_from, id")
    ]
    return {
        "api_version": VERSION,
        "schema": "schema/history.json",
        "license": LICENSE,
        "prices": prices,
        "lifecycle": lifecycle,
    }


def _json_list(text: Any) -> list[str]:
    """A lifecycle row's replacements (a JSON array of names as the page wrote them)."""
    try:
        value = json.loads(text) if text else []
    except (TypeError, ValueError):
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def encode(document: dict[str, Any]) -> bytes:
    """The file's bytes: compact JSON, keys in the order written, UTF-8, one final newline."""
    return (json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
            + "\n").encode("utf-8")


def api_files(conn: sqlite3.Connection) -> Iterable[tuple[str, bytes]]:
    """(path from the site root, bytes) of every file of api/v1, schemas included."""
    builders = {"models": models_document, "prices": prices_document,
                "history": history_document}
    for name in NAMES:
        yield f"{API_DIR}/{name}.json", encode(builders[name](conn))
    for schema in sorted(schema_dir().glob("*.json")):
        yield f"{API_DIR}/schema/{schema.name}", schema.read_bytes()
