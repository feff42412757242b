"""calculator.html: what one job costs on every model, CometAPI's price beside the official one.

The rows are model_prices_wide (the view behind Datasette's "one row per model" and the
models_wide canned query): each model's price per kind for its untiered price, the same figures
every other page shows. The page is plain HTML with one row per model; assets/calculator.js
reads the job from the form (tokens in and out, images, seconds, minutes, requests,
characters), keeps it in the URL, and fills in each row's cost, sorts and filters.

A job's cost on a model is the sum, over what the job uses, of quantity × price (tokens and
characters are priced per million). A model with no price for something the job uses cannot
price it: its cost is left empty (not zero), and such rows go last.
"""

from __future__ import annotations

import sqlite3
from typing import Any

#: the job's quantities: (URL parameter, label, price kind, quantity per priced unit)
QUANTITIES: tuple[tuple[str, str, str, int], ...] = (
    ("input", "Input tokens", "input", 1_000_000),
    ("output", "Output tokens", "output", 1_000_000),
    ("images", "Images", "per_image", 1),
    ("seconds", "Seconds (video, audio)", "per_second", 1),
    ("minutes", "Minutes (audio)", "per_minute", 1),
    ("requests", "Requests", "per_request", 1),
    ("characters", "Characters (speech)", "per_character", 1_000_000),
)

ROWS_SQL = "SELECT * FROM model_prices_wide ORDER BY model_id"


def rows(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """One row per model: ids, kind, status, context, and for each kind the pair
    (CometAPI, official) in ``prices``."""
    cursor = conn.execute(ROWS_SQL)
    columns = [d[0] for d in cursor.description]
    out = []
    for values in cursor:
        row = dict(zip(columns, values, strict=True))
        prices = {
            kind: [row.get(f"{kind}_usd"), row.get(f"{kind}_official_usd")]
            for _, _, kind, _ in QUANTITIES
            if row.get(f"{kind}_usd") is not None or row.get(f"{kind}_official_usd") is not None
        }
        out.append({**{k: row[k] for k in ("model_id", "name", "provider", "kind", "status",
                                           "context_window")}, "prices": prices})
    return out


def job_cost(row: dict[str, Any], job: dict[str, float], which: int = 0) -> float | None:
    """The job's cost on `row` in USD (``which`` 0: CometAPI's price, 1: the official), None
    when the model has no such price for something the job uses (or the job uses nothing)."""
    total, used = 0.0, False
    for param, _, kind, per in QUANTITIES:
        quantity = job.get(param) or 0
        if quantity <= 0:
            continue
        used = True
        price = (row["prices"].get(kind) or [None, None])[which]
        if price is None:
            return None
        total += quantity / per * price
    return total if used else None


def page_context(conn: sqlite3.Connection) -> dict[str, Any]:
    models = rows(conn)
    return {
        "models": models,
        "quantities": QUANTITIES,
        "kinds": sorted({m["kind"] for m in models if m["kind"]}),
    }
