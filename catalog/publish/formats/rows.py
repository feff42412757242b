"""The rows every export starts from: ``model_prices_wide``, prices as exact decimals."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from catalog.storage.connection import connect, database
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
    """``model_prices_wide``, one dict a model (sqlite-utils' rows), prices exact."""
    check_catalog(db_path, may_create=False)
    db = database(connect(db_path, read_only=True))
    try:
        rows = list(db.view("model_prices_wide").rows_where(order_by="model_id"))
    finally:
        db.close()
    for row in rows:
        for column in (*PRICE_COLUMNS, "discount_pct"):
            row[column] = _exact(row[column])
    return rows


def model_facts(db_path: str | Path) -> dict[str, dict[str, Any]]:
    """Model id → what models.dev's schema asks beyond prices that the catalog may know:
    ``knowledge_cutoff``, ``input_modalities``, ``output_modalities`` as the page wrote them,
    and ``features``, the list the model's own source's catalog gives it (CometAPI's
    ``/api/models`` for cometapi; empty when the last crosscheck stored none)."""
    db = database(connect(db_path, read_only=True))
    try:
        facts = {r["id"]: {**r, "features": []} for r in db.table("models").rows_where(
            select="id, knowledge_cutoff, input_modalities, output_modalities")}
        for r in db.query("SELECT r.model_id, r.exact_json FROM reference_models r "
                          "JOIN models m ON m.id = r.model_id AND r.source = m.source_name"):
            if r["model_id"] in facts:
                facts[r["model_id"]]["features"] = json.loads(
                    r["exact_json"] or "{}").get("features", [])
    finally:
        db.close()
    return facts
