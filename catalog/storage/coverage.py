"""Coverage: what a run could not find, and why, from the rows it left.

A catalog that lists 301 models and pages for 287 of them should say so, and name the 14: a
model CometAPI sells with no page found, a page no catalog entry names, a model with far fewer
locales than most (20 on most models, 3 on this one), a page the sitemap lists that answers
404. The run writes the catalog's entries (``catalog_entries``), matches each to the catalog
model that has a page (by the URL the source's rule builds, else by name through the
cross-check's rules, for a page at another slug), and keeps the counts on its ``runs`` row;
the canned query ``coverage`` lists the rows behind them (``site/metadata.yml``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from catalog.crosscheck.matching import CatalogModel, match_models
from catalog.crosscheck.references import RefModel
from catalog.storage.connection import database

#: a model with fewer locales than this share of the most common count is worth a look
FEW_LOCALES_SHARE = 0.5
#: the finding a page the sitemap lists and that answers 404 leaves (its url is the page)
SITEMAP_404 = "sitemap_page_not_found"
#: the finding of a catalog entry whose built URL answers 404
CATALOG_404 = "catalog_page_not_found"


def save_entries(conn: sqlite3.Connection, entries: Iterable[tuple[Any, str | None]], *,
                 source_name: str, run_id: int, now: str) -> int:
    """Write the catalog's entries as read now: pairs of a ``CatalogEntry``-like object and
    the URL of its page in its one spelling (None when none can be built); returns how many.
    One bulk upsert (sqlite-utils' ``upsert_all``, in the run's transaction); an entry listed
    before keeps its ``first_listed``, and what a run learns of it later (``page_status``,
    ``model_id``, ``match_rule``) is left to ``set_page_status`` and ``match_entries``."""
    first = dict(conn.execute("SELECT ref_id, first_listed FROM catalog_entries WHERE "
                              "source_name = ?", (source_name,)))
    rows = [{"source_name": source_name, "ref_id": entry.ref_id, "provider": entry.provider,
             "page_url": url, "kind": entry.kind, "features": json.dumps(list(entry.features)),
             "pricing": json.dumps(entry.pricing, default=str), "api_doc_url": entry.api_doc_url,
             "first_listed": first.get(entry.ref_id, now), "last_listed": now, "run_id": run_id}
            for entry, url in entries]
    database(conn).table("catalog_entries").upsert_all(rows, pk=("source_name", "ref_id"))
    return len(rows)


def set_page_status(conn: sqlite3.Connection, source_name: str, url: str, status: int) -> None:
    """What the built URL ``url`` answered (200, 404, or 0 when the fetch failed)."""
    conn.execute("UPDATE catalog_entries SET page_status = ? WHERE source_name = ? AND "
                 "page_url = ?", (status, source_name, url))


def match_entries(conn: sqlite3.Connection, source_name: str, run_id: int) -> None:
    """Give each entry listed in run ``run_id`` the catalog model with a page it is: the model
    of the page at its built URL, else the one the cross-check's name rules pick (exact, or
    the name without a date: ``claude-sonnet-4-5-20250929`` → ``claude-sonnet-4-5``)."""
    with_pages = {row[0]: row for row in conn.execute(
        "SELECT m.id, m.provider, m.slug, m.name, NULL FROM models m WHERE "
        "m.source_name = ? AND EXISTS (SELECT 1 FROM pages p WHERE p.model_id = m.id AND "
        "p.status = 'ok')", (source_name,))}
    entries = conn.execute("SELECT ref_id, provider, page_url FROM catalog_entries WHERE "
                           "source_name = ? AND run_id = ?", (source_name, run_id)).fetchall()
    found: dict[str, tuple[str | None, str | None]] = {}
    rest = []
    for ref_id, provider, url in entries:
        # one lookup by the page's key per entry, not every page's URL in memory
        row = conn.execute("SELECT model_id FROM pages WHERE url = ? AND status = 'ok' AND "
                           "source_name = ?", (url, source_name)).fetchone() if url else None
        model_id = row[0] if row else None
        if model_id is not None:
            found[ref_id] = (model_id, "url")
        else:
            rest.append(RefModel(ref_id=ref_id, provider=provider))
    taken = {model_id for model_id, _ in found.values()}
    models = [CatalogModel(id=row[0], provider=row[1], slug=row[2], name=row[3], api_id=row[4])
              for model_id, row in with_pages.items() if model_id not in taken]
    match = match_models(models, rest)
    for model_id, (ref, rule) in match.by_model.items():
        found[ref.ref_id] = (model_id, rule)
    for ref_id, _provider, _url in entries:
        model_id, rule = found.get(ref_id, (None, None))
        conn.execute("UPDATE catalog_entries SET model_id = ?, match_rule = ? WHERE "
                     "source_name = ? AND ref_id = ?", (model_id, rule, source_name, ref_id))


def report(conn: sqlite3.Connection, source_name: str, run_id: int,
           catalog_read: bool) -> dict[str, int | None]:
    """The run's coverage counts. The catalog's are None when the run did not read it."""
    out: dict[str, int | None] = {"catalog_models": None, "with_page": None,
                                  "without_page": None, "pages_without_entry": None}
    if catalog_read:
        listed, with_page = conn.execute(
            "SELECT count(*), count(model_id) FROM catalog_entries WHERE source_name = ? AND "
            "run_id = ?", (source_name, run_id)).fetchone()
        out.update(catalog_models=listed, with_page=with_page, without_page=listed - with_page)
        out["pages_without_entry"] = conn.execute(
            "SELECT count(*) FROM models m WHERE m.source_name = ? AND m.source = 'page' AND "
            "m.missing_since IS NULL AND NOT EXISTS (SELECT 1 FROM catalog_entries c WHERE "
            "c.model_id = m.id AND c.run_id = ?)", (source_name, run_id)).fetchone()[0]
    out["few_locales"] = len(few_locales(conn, source_name))
    out["sitemap_404"] = conn.execute(
        "SELECT count(*) FROM findings WHERE kind = ? AND resolved_at IS NULL",
        (SITEMAP_404,)).fetchone()[0]
    return out


def few_locales(conn: sqlite3.Connection, source_name: str) -> list[tuple[str, int, int]]:
    """(model, its locales, the most common count) for each model whose pages are in fewer
    than half as many locales as most models'."""
    counts = conn.execute(
        "SELECT model_id, count(DISTINCT locale) FROM pages WHERE status = 'ok' AND "
        "model_id IS NOT NULL AND source_name = ? GROUP BY model_id",
        (source_name,)).fetchall()
    if not counts:
        return []
    tally: dict[int, int] = {}
    for _model, n in counts:
        tally[n] = tally.get(n, 0) + 1
    usual = max(tally, key=lambda n: (tally[n], n))
    return [(model, n, usual) for model, n in sorted(counts) if n < usual * FEW_LOCALES_SHARE]


def summary(counts: dict[str, Any] | None) -> str | None:
    """``301 models in the catalog, 287 with a page, 14 without``: for the run's summary line
    (None when the run did not read the catalog)."""
    if not counts or counts.get("catalog_models") is None:
        return None
    return (f"{counts['catalog_models']} models in the catalog, {counts['with_page']} with a "
            f"page, {counts['without_page']} without")
