"""Reading the catalog's claims, and writing one reference's entries and checks.

Each reference is written in one transaction: its entries and checks replace its previous
ones, a ``reference_fetches`` row is appended, and every ``differs`` becomes a
``reference_mismatch`` finding (``url`` is ``reference:<source>``); findings of that source no
longer contradicted are resolved. A reference that fails is never written, so its previous
rows stand.
"""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

from catalog.crosscheck.checks import CatalogFacts, CheckRow, fmt
from catalog.crosscheck.matching import CatalogModel
from catalog.crosscheck.references import RefModel
from catalog.storage.connection import connect
from catalog.storage.store import Store
from scrapers.sources.registry import DEFAULT_SOURCE

__all__ = ["load_facts", "stored_api_ids", "stored_reference", "write_source"]


def _ro(db_path: str | Path) -> sqlite3.Connection:
    conn = connect(db_path, read_only=True)
    conn.row_factory = sqlite3.Row
    return conn


def load_facts(db_path: str | Path) -> tuple[CatalogFacts, list[CatalogModel]]:
    """CometAPI's models and prices, the claims the references are checked against: another
    source's model of the same name (``example:openai/gpt-4-0314``) is not a CometAPI claim,
    and would make a reference entry fit two models (so match neither). A catalog from before
    ``source_name`` (migration 6) holds CometAPI's models only."""
    conn = _ro(db_path)
    try:
        named = any(r[1] == "source_name" for r in conn.execute("PRAGMA table_info(models)"))
        models = {r["id"]: dict(r) for r in conn.execute(
            "SELECT id, provider, slug, name, kind, status, status_date, context_window, "
            "max_output_tokens, discount_pct, source FROM models"
            + (" WHERE source_name = ?" if named else ""), (DEFAULT_SOURCE,) if named else ())}
        prices: dict[str, dict[str, dict[str, Any]]] = {}
        for r in conn.execute("SELECT model_id, kind, usd, official_usd, discount_pct "
                              "FROM prices WHERE tier = ''"):
            prices.setdefault(r["model_id"], {})[r["kind"]] = dict(r)
        page_prices: dict[str, list[dict[str, Any]]] = {}
        for r in conn.execute("SELECT model_id, locale, kind, usd FROM page_prices "
                              "WHERE tier = '' ORDER BY url"):
            page_prices.setdefault(r["model_id"], []).append(dict(r))
    finally:
        conn.close()
    return CatalogFacts(models, prices, page_prices), [
        CatalogModel(m["id"], m["provider"], m["slug"], m["name"]) for m in models.values()]


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() \
        is not None


def stored_api_ids(db_path: str | Path) -> dict[str, str]:
    """Catalog model → the API id CometAPI's catalog gave it in the last stored fetch."""
    conn = _ro(db_path)
    try:
        if not _has_table(conn, "reference_models"):
            return {}
        return {r["model_id"]: r["ref_id"] for r in conn.execute(
            "SELECT model_id, ref_id FROM reference_models WHERE source = 'cometapi' "
            "AND model_id IS NOT NULL")}
    finally:
        conn.close()


def stored_reference(db_path: str | Path, source: str, location: str
                     ) -> tuple[str | None, list[RefModel]]:
    """The ETag of the last stored fetch of ``source`` from ``location``, and its entries."""
    conn = _ro(db_path)
    try:
        if not _has_table(conn, "reference_fetches"):
            return None, []
        row = conn.execute("SELECT etag FROM reference_fetches WHERE source = ? AND location = ?"
                           " ORDER BY id DESC LIMIT 1", (source, location)).fetchone()
        refs = []
        for r in conn.execute("SELECT * FROM reference_models WHERE source = ? ORDER BY ref_id",
                              (source,)):
            exact = json.loads(r["exact_json"] or "{}")
            refs.append(RefModel(
                ref_id=r["ref_id"], provider=r["provider"], name=r["name"],
                prices={k: Decimal(v) for k, v in exact.get("prices", {}).items()},
                context_window=r["context_window"], max_output_tokens=r["max_output_tokens"],
                status=r["status"], deprecation_date=r["deprecation_date"], kind=r["kind"],
                aliases=tuple(exact.get("aliases", [])), api_doc_url=r["api_doc_url"],
                features=tuple(exact.get("features", [])),
                tiers={k: [(int(start), Decimal(price)) for start, price in tiers]
                       for k, tiers in exact.get("tiers", {}).items()}))
    finally:
        conn.close()
    return (row["etag"] if row else None), refs


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def write_source(db_path: str | Path, *, source: str, location: str, version: str | None,
                 etag: str | None, last_modified: str | None, not_modified: bool, now: str,
                 refs: list[RefModel], matched: dict[str, tuple[str, str]],
                 unmatched: dict[str, str], checks: list[CheckRow]) -> None:
    """Replace ``source``'s entries and checks in one transaction (``matched``: ref_id →
    (model id, rule); ``unmatched``: ref_id → why)."""
    store = Store(db_path)
    conn = store.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM reference_models WHERE source = ?", (source,))
        entries = []
        for ref in refs:
            model_id, rule = matched.get(ref.ref_id, (None, unmatched.get(ref.ref_id)))
            exact = {"prices": {k: fmt(v) for k, v in sorted(ref.prices.items())}}
            if ref.aliases:
                exact["aliases"] = list(ref.aliases)
            if ref.features:
                exact["features"] = list(ref.features)
            if ref.tiers:
                exact["tiers"] = {k: [[start, fmt(price)] for start, price in tiers]
                                  for k, tiers in sorted(ref.tiers.items())}
            entries.append({
                "source": source, "ref_id": ref.ref_id, "provider": ref.provider,
                "name": ref.name, "model_id": model_id, "match_rule": rule, "kind": ref.kind,
                **{f"{k}_usd": _float(ref.prices.get(k)) for k in
                   ("input", "output", "per_second", "per_request", "per_image")},
                "exact_json": json.dumps(exact, sort_keys=True),
                "context_window": ref.context_window, "max_output_tokens": ref.max_output_tokens,
                "status": ref.status, "deprecation_date": ref.deprecation_date,
                "api_doc_url": ref.api_doc_url, "fetched_at": now})
        # sqlite-utils' bulk insert: inside this transaction it works in a savepoint
        store.db["reference_models"].insert_all(entries, replace=True)
        conn.execute("DELETE FROM crosschecks WHERE source = ?", (source,))
        store.db["crosschecks"].insert_all(
            ({"source": c.source, "model_id": c.model_id, "check": c.check, "locale": c.locale,
              "catalog_value": c.catalog_value, "reference_value": c.reference_value,
              "reference_id": c.reference_id, "verdict": c.verdict,
              "differs_pct": c.differs_pct, "detail": c.detail, "checked_at": now}
             for c in checks), replace=True)
        conn.execute(
            "INSERT INTO reference_fetches (source, location, version, etag, last_modified, "
            "fetched_at, not_modified, entries, matched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (source, location, version, etag, last_modified, now, int(not_modified),
             len(refs), len(matched)))
        _write_findings(conn, source, checks, now, refs, matched)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        store.close()


def _write_findings(conn: sqlite3.Connection, source: str, checks: list[CheckRow],
                    now: str, refs: list[RefModel] | None = None,
                    matched: dict[str, tuple[str, str]] | None = None) -> None:
    """A ``reference_mismatch`` finding per check that differs, and a
    ``reference_value_refused`` one per value the reference gave that no figure can be
    (``references.screen``); findings of either kind this run no longer has are resolved."""
    url = f"reference:{source}"
    found: dict[str, list[tuple[str | None, str | None, str]]] = {
        "reference_mismatch": [], "reference_value_refused": []}
    for c in checks:
        if c.verdict == "differs":
            found["reference_mismatch"].append((
                c.model_id, c.locale or None,
                f"{c.check}{' [' + c.locale + ']' if c.locale else ''}: {c.detail}"))
    for ref in refs or []:
        model_id = (matched or {}).get(ref.ref_id, (None, ""))[0]
        for why in ref.refused:
            found["reference_value_refused"].append((model_id, None, f"{ref.ref_id}: {why}"))
    for kind, rows in found.items():
        current = set()
        for model_id, locale, detail in rows:
            current.add(detail)
            conn.execute("INSERT OR IGNORE INTO findings (url, model_id, locale, kind, detail, "
                         "first_seen) VALUES (?, ?, ?, ?, ?, ?)",
                         (url, model_id, locale, kind, detail, now))
            conn.execute("UPDATE findings SET resolved_at = NULL WHERE url = ? AND "
                         "kind = ? AND detail = ?", (url, kind, detail))
        for fid, detail in conn.execute(
                "SELECT id, detail FROM findings WHERE url = ? AND kind = ? "
                "AND resolved_at IS NULL", (url, kind)).fetchall():
            if detail not in current:
                conn.execute("UPDATE findings SET resolved_at = ? WHERE id = ?", (now, fid))
