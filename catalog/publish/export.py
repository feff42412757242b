"""Sorted, pretty JSON of the catalog, for git scraping: a commit only when something changed.

Only facts go in (no run times, no fetch times), sorted by id, so an unchanged site gives a
byte-identical file and a changed price gives a one-line diff.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from catalog.publish.site_output import write_if_changed
from catalog.storage.connection import connect
from catalog.storage.identity import check_catalog

_MODEL_COLUMNS = ("id", "provider", "name", "kind", "status", "status_date", "context_window",
                  "max_output_tokens", "commercial_use", "source", "missing_since")


def catalog_json(db_path: str | Path) -> list[dict[str, Any]]:
    check_catalog(db_path, may_create=False)
    conn = connect(db_path, read_only=True)
    conn.row_factory = sqlite3.Row
    try:
        models = [dict(r) for r in conn.execute(
            f"SELECT {', '.join(_MODEL_COLUMNS)} FROM models ORDER BY id")]
        prices: dict[str, list[dict[str, Any]]] = {}
        for r in conn.execute("SELECT model_id, kind, unit, usd, official_usd, discount_pct "
                              "FROM prices ORDER BY model_id, kind, unit"):
            prices.setdefault(r["model_id"], []).append(
                {k: r[k] for k in ("kind", "unit", "usd", "official_usd", "discount_pct")})
        replacements: dict[str, list[str]] = {}
        for r in conn.execute("SELECT model_id, replacement_id FROM replacements "
                              "ORDER BY model_id, replacement_id"):
            replacements.setdefault(r["model_id"], []).append(r["replacement_id"])
    finally:
        conn.close()
    for m in models:
        m["prices"] = prices.get(m["id"], [])
        m["replacements"] = replacements.get(m["id"], [])
    return models


def export_text(db_path: str | Path) -> str:
    """The export as text: what ``--out FILE`` holds and ``--out -`` prints."""
    return json.dumps(catalog_json(db_path), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_export(db_path: str | Path, out: str | Path) -> bool:
    """Write the export; returns True when the file changed."""
    return write_if_changed(Path(out), export_text(db_path).encode())


def format_text(db_path: str | Path, fmt: str) -> str:
    """``--format litellm`` or ``csv`` as text (``catalog.publish.formats``)."""
    from catalog.publish.formats.csvfile import catalog_csv
    from catalog.publish.formats.litellm import litellm_json
    from catalog.publish.formats.rows import wide_rows

    rows = wide_rows(db_path)
    if fmt == "litellm":
        return litellm_json(rows)
    columns = list(rows[0]) if rows else ["model_id"]
    return catalog_csv(rows, columns)


def write_format(db_path: str | Path, fmt: str, out: str | Path) -> bool:
    """Write ``--format litellm|models.dev|csv`` (``catalog.publish.formats``); True when it
    changed."""
    if fmt == "models.dev":
        from catalog.publish.formats.modelsdev import write_models_dev
        from catalog.publish.formats.rows import wide_rows

        return write_models_dev(wide_rows(db_path), out)
    return write_if_changed(Path(out), format_text(db_path, fmt).encode())
