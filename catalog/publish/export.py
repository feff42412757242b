"""Sorted, pretty JSON of the catalog, for git scraping: a commit only when something changed.

Only facts go in (no run times, no fetch times), sorted by id, so an unchanged site gives a
byte-identical file and a changed price gives a one-line diff.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from catalog.publish.site_output import write_if_changed
from catalog.storage.connection import connect, database
from catalog.storage.identity import check_catalog

_MODEL_COLUMNS = ("id", "provider", "name", "kind", "status", "status_date", "context_window",
                  "max_output_tokens", "commercial_use", "source", "missing_since",
                  "source_name")


def catalog_json(db_path: str | Path) -> list[dict[str, Any]]:
    """Every model with its prices, replacements and API id, as dicts (sqlite-utils' rows)."""
    check_catalog(db_path, may_create=False)
    db = database(connect(db_path, read_only=True))
    try:
        models = list(db.table("models").rows_where(select=", ".join(_MODEL_COLUMNS),
                                                     order_by="id"))
        prices: dict[str, list[dict[str, Any]]] = {}
        for r in db.table("prices").rows_where(
                select="model_id, kind, unit, usd, official_usd, discount_pct",
                order_by="model_id, kind, unit"):
            prices.setdefault(r.pop("model_id"), []).append(r)
        api_ids: dict[str, str] = {}
        if db.table("reference_models").exists():
            api_ids = {r["model_id"]: r["ref_id"] for r in db.query(
                # from the catalog of the model's own source
                "SELECT r.model_id, r.ref_id FROM reference_models r JOIN models m "
                "ON m.id = r.model_id AND r.source = m.source_name")}
        replacements: dict[str, list[str]] = {}
        for r in db.table("replacements").rows_where(select="model_id, replacement_id",
                                                     order_by="model_id, replacement_id"):
            replacements.setdefault(r["model_id"], []).append(r["replacement_id"])
    finally:
        db.close()
    for m in models:
        m["api_model_id"] = api_ids.get(m["id"])  # the id the source's users send, when known
        m["prices"] = prices.get(m["id"], [])
        m["replacements"] = replacements.get(m["id"], [])
    return models


def export_text(db_path: str | Path) -> str:
    """The export as text: what ``--out FILE`` holds and ``--out -`` prints."""
    return json.dumps(catalog_json(db_path), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_export(db_path: str | Path, out: str | Path) -> bool:
    """Write the export; returns True when the file changed."""
    return write_if_changed(Path(out), export_text(db_path).encode())


def format_text(db_path: str | Path, fmt: str, *, bom: bool = True) -> tuple[str, str]:
    """``--format litellm`` or ``csv`` as text, and the closing line that counts what it
    holds (``catalog.publish.formats``). ``bom``: the CSV starts with a byte-order mark, so
    a spreadsheet opened by double-click reads it as UTF-8."""
    from catalog.publish.formats.csvfile import catalog_csv
    from catalog.publish.formats.litellm import litellm_entries, litellm_json
    from catalog.publish.formats.rows import wide_rows

    rows = wide_rows(db_path)
    if fmt == "litellm":
        export = litellm_entries(rows)
        return litellm_json(export), export.summary()
    columns = list(rows[0]) if rows else ["model_id"]
    without = sum(1 for r in rows if not r.get("api_model_id"))
    return (catalog_csv(rows, columns, bom=bom),
            f"{len(rows)} models written ({without} without a known API id)")


def write_format(db_path: str | Path, fmt: str, out: str | Path, *, bom: bool = True
                 ) -> tuple[bool, str]:
    """Write ``--format litellm|models.dev|csv`` (``catalog.publish.formats``); returns
    whether it changed and the closing line."""
    if fmt == "models.dev":
        from catalog.publish.formats.modelsdev import write_models_dev
        from catalog.publish.formats.rows import model_facts, wide_rows

        export = write_models_dev(wide_rows(db_path), model_facts(db_path), out)
        return export.changed, export.summary(Path(out) / "left_out.tsv")
    text, summary = format_text(db_path, fmt, bom=bom)
    return write_if_changed(Path(out), text.encode()), summary
