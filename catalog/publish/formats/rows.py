"""The rows every export starts from: ``model_prices_wide``, prices as exact decimals."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

from catalog.storage.connection import connect
from catalog.storage.identity import check_catalog

__all__ = ["PRICE_COLUMNS", "decimal_text", "model_facts", "wide_rows"]

PRICE_COLUMNS = tuple(f"{kind}_{side}" for kind in (
    "input", "output", "per_second", "per_request", "per_image", "per_minute", "per_character")
    for side in ("usd", "official_usd"))


def _exact(value: Any) -> Decimal | None:
    """The decimal the page wrote: SQLite holds the float nearest it, whose shortest repr is
    that decimal again (1.752 reads back as 1.752)."""
    return None if value is None else Decimal(repr(float(value)))


def decimal_text(value: Decimal) -> str:
    """Plain notation, no exponent, no trailing zeros: 0.0000024, 30, 0.08."""
    return format(value.normalize(), "f")


def wide_rows(db_path: str | Path) -> list[dict[str, Any]]:
    check_catalog(db_path, may_create=False)
    conn = connect(db_path, read_only=True)
    conn.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in conn.execute("SELECT * FROM model_prices_wide ORDER BY model_id")]
    finally:
        conn.close()
    for row in rows:
        for column in (*PRICE_COLUMNS, "discount_pct"):
            row[column] = _exact(row[column])
    return rows


def model_facts(db_path: str | Path) -> dict[str, dict[str, Any]]:
    """Model id → what models.dev's schema asks beyond prices that the catalog may know:
    ``knowledge_cutoff``, ``input_modalities``, ``output_modalities`` as the page wrote them,
    and ``features``, the list the model's own source's catalog gives it (CometAPI's
    ``/api/models`` for cometapi; empty when the last crosscheck stored none)."""
    conn = connect(db_path, read_only=True)
    conn.row_factory = sqlite3.Row
    try:
        facts = {r["id"]: {**dict(r), "features": []} for r in conn.execute(
            "SELECT id, knowledge_cutoff, input_modalities, output_modalities FROM models")}
        for r in conn.execute("SELECT r.model_id, r.exact_json FROM reference_models r "
                              "JOIN models m ON m.id = r.model_id "
                              "AND r.source = m.source_name"):
            if r["model_id"] in facts:
                facts[r["model_id"]]["features"] = json.loads(
                    r["exact_json"] or "{}").get("features", [])
    finally:
        conn.close()
    return facts
