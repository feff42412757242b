"""What a model's page shows, read for one model: the context of site/templates/_model_body.html.

Datasette's page of a model (site/templates/row-catalog-models.html, through the
``model_page`` template function of site/plugins/catalog_pages.py) calls ``load_model`` per
request; the static site (catalog/publish/site.py) reads every model at once and builds the
same keys with ``model_context``. Both render the one template, so the two pages show the same
sections in the same order from the same rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

__all__ = ["CLAIMS_SQL", "found_in", "load_model", "model_context", "price_verdicts"]


def _rows(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, tuple(params))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return found is not None


def from_json(text: Any) -> Any:
    try:
        return json.loads(text) if text else []
    except (TypeError, ValueError):
        return []


def price_verdicts(claims: Iterable[dict[str, Any]], model_id: str
                   ) -> dict[str, list[dict[str, Any]]]:
    """A model's price checks by price kind (``input``…), for the verdict beside each price."""
    verdicts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in claims:
        check = row.get("check") or ""
        if row["model_id"] == model_id and check.split(".")[0] in ("price", "official"):
            verdicts[check.split(".", 1)[1]].append(row)
    for rows in verdicts.values():  # disagreements first, as on every cross-check page
        rows.sort(key=lambda r: (r["verdict"] == "agrees", r["source"], r["check"],
                                 r.get("locale") or ""))
    return dict(verdicts)


def found_in(claims: Iterable[dict[str, Any]], model_id: str) -> list[str]:
    """The references that list the model: every source with a check of the model other than
    ``not_in_reference`` (a ``matched`` row included, so a reference that states no figure
    the catalog has still shows)."""
    return sorted({row["source"] for row in claims
                   if row["model_id"] == model_id and row.get("verdict") != "not_in_reference"})


def model_context(
    *,
    model: dict[str, Any],
    provider: dict[str, Any] | None,
    prices: list[dict[str, Any]],
    history: list[dict[str, Any]],
    lifecycle: list[dict[str, Any]],
    pages: list[dict[str, Any]],
    replacement_links: list[dict[str, Any]] | None,
    replacements: list[dict[str, Any]],
    replaces: Iterable[str],
    findings: list[dict[str, Any]],
    evidence: list[dict[str, Any]],
    verdicts: dict[str, list[dict[str, Any]]],
    listed_by: list[str],
) -> dict[str, Any]:
    """The template context of a model's page, whoever read the rows."""
    by_field: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in evidence:
        by_field[row["field"]].append(row)
    return {
        "model": model,
        "provider": provider,
        "prices": prices,
        "history": history,
        "lifecycle": lifecycle,
        "pages": pages,
        "replacement_links": replacement_links,
        "replacements": replacements,
        "replaces": sorted(set(replaces)),
        "findings": findings,
        "evidence": dict(by_field),
        "verdicts": verdicts,
        "found_in": listed_by,
    }


#: the cross-checks a model's page shows (price_verdicts picks the price checks, found_in the
#: references that list the model)
CLAIMS_SQL = ('SELECT model_id, source, "check", locale, catalog_value, reference_value,'
              " reference_id, verdict, differs_pct, detail FROM crosschecks"
              " WHERE verdict != 'not_in_reference'")

PAGE_COLUMNS = ("url, model_id, locale, name, summary, description, status, reason, http_status,"
                " fetched_at")


def load_model(conn: sqlite3.Connection, model_id: str, *,
               description_chars: int | None = None) -> dict[str, Any] | None:
    """Everything the page of ``model_id`` shows, read with indexed queries (a few ms); None
    when the catalog has no such model. ``description_chars``, when given, reads only the
    start of each page's description (the static site shows an excerpt: reading 20 whole
    descriptions a model was most of its build time)."""
    found = _rows(conn, "SELECT * FROM models WHERE id = ?", (model_id,))
    if not found:
        return None
    model = found[0]
    provider = _rows(conn, "SELECT * FROM providers WHERE slug = ?", (model["provider"],))
    links = None
    if _has_table(conn, "replacement_links") and model.get("status") in ("deprecated", "retired"):
        row = conn.execute("SELECT links FROM replacement_links WHERE model_id = ?",
                           (model_id,)).fetchone()
        links = from_json(row[0]) if row else []
    page_columns = PAGE_COLUMNS if description_chars is None else PAGE_COLUMNS.replace(
        " description,", f" substr(description, 1, {int(description_chars)}) AS description,")
    claims: list[dict[str, Any]] = []
    if _has_table(conn, "crosschecks"):
        claims = _rows(conn, CLAIMS_SQL + " AND model_id = ?", (model_id,))
    return model_context(
        model=model,
        provider=provider[0] if provider else None,
        prices=_rows(conn, "SELECT * FROM prices WHERE model_id = ? ORDER BY kind, unit",
                     (model_id,)),
        history=_rows(conn, "SELECT * FROM price_history WHERE model_id = ?"
                            " ORDER BY kind, unit, valid_from DESC, id DESC", (model_id,)),
        lifecycle=_rows(conn, "SELECT * FROM lifecycle_history WHERE model_id = ?"
                              " ORDER BY valid_from DESC, id DESC", (model_id,)),
        pages=_rows(conn, f"SELECT {page_columns} FROM pages WHERE model_id = ?"
                          " ORDER BY locale = 'en' DESC, locale, url", (model_id,)),
        replacement_links=links,
        replacements=_rows(conn, "SELECT * FROM replacements WHERE model_id = ?"
                                 " ORDER BY replacement_id", (model_id,)),
        replaces=[r[0] for r in conn.execute(
            "SELECT l.model_id FROM replacement_links l, json_each(l.links) r,"
            " json_each(r.value, '$.ids') i WHERE json_valid(l.links) AND i.value = ?",
            (model_id,))] if _has_table(conn, "replacement_links") else [],
        findings=_rows(conn, "SELECT * FROM findings WHERE model_id = ?"
                             " ORDER BY resolved_at IS NOT NULL, kind, locale, id", (model_id,)),
        evidence=_rows(conn, "SELECT * FROM evidence WHERE model_id = ? ORDER BY field, rowid",
                       (model_id,)),
        verdicts=price_verdicts(claims, model_id),
        listed_by=found_in(claims, model_id),
    )
