"""The catalog database: schema, page writes, the merged model rows (merged by the policy of
``catalog.model.merge``; written here) and history.

A run writes inside one transaction that commits at its end, so a crash or a failed run leaves
the previous state whole (SQLite rolls an uncommitted transaction back on the next open).
History tables are append-only; nothing is ever deleted. A page whose content did not change
is not written at all, so a second run over an unchanged site adds its ``runs`` row and nothing
else.

Rows are written with sqlite-utils (``self.db``), except a read page's (``save_rows``): that
is the scrape's hot path, where sqlite-utils cost the event loop about twice the CPU.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.model import merge
from catalog.model.records import Card, Finding, ModelRecord
from catalog.storage.connection import connect, database, trust_verified_schema
from catalog.storage.identity import APPLICATION_ID, check_catalog
from catalog.storage.migrations import migrate, statements
from catalog.storage.page_rows import (
    CARD_COLUMNS,
    PAGE_COLUMNS,
    PRICE_COLUMNS,
    PageRows,
    page_rows,
)
from catalog.storage.schema_check import SchemaReport
from catalog.storage.summaries import refresh_summaries
from catalog.storage.value_checks import refuse_invalid
from scrapers.reading.names import slug_of
from scrapers.sources.registry import DEFAULT_SOURCE

SQL_DIR = Path(__file__).parent / "sql"
# a stored page: the columns its reading fills, then those of the fetch and the run
_PAGE_WRITE = (*PAGE_COLUMNS, "http_status", "status", "reason", "fetched_at",
               "sitemap_lastmod", "etag", "last_modified", "content_hash", "first_seen",
               "last_seen", "source_name")
# a page seen before keeps its first_seen: one statement, no SELECT of it first
_SAVE_PAGE = (f"INSERT INTO pages ({', '.join(_PAGE_WRITE)}) "
              f"VALUES ({', '.join('?' * len(_PAGE_WRITE))}) ON CONFLICT (url) DO UPDATE SET "
              + ", ".join(f"{c} = excluded.{c}" for c in _PAGE_WRITE
                          if c not in ("url", "first_seen")))
_READINGS = ("SELECT reading FROM pages WHERE model_id = ? AND status = 'ok' AND reading IS NOT "
             "NULL ORDER BY locale != 'en', locale")
_INSERT_PRICES = (f"INSERT OR REPLACE INTO page_prices ({', '.join(PRICE_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(PRICE_COLUMNS))})")
_INSERT_CARDS = (f"INSERT OR REPLACE INTO cards ({', '.join(CARD_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * len(CARD_COLUMNS))})")


@dataclass(frozen=True)
class PageState:
    """What the catalog remembers of a page, for conditional and incremental fetching."""

    etag: str | None
    last_modified: str | None
    content_hash: str | None
    sitemap_lastmod: str | None
    status: str | None


@contextmanager
def checkpoint_beside(path: str | Path) -> Iterator[None]:
    """Copy the WAL into the database file on another thread while the block runs, then copy
    what the block itself wrote. SQLite lets a checkpoint run beside a writer and leaves the
    GIL while it copies, so the copy and the block's work share two cores instead of waiting
    for each other. Both checkpoints are PASSIVE (they never wait for a reader such as a
    Datasette serving the file); a checkpoint that cannot run is left to SQLite's next one."""
    conn = connect(path, isolation_level=None, check_same_thread=False)

    def copy() -> None:
        with suppress(sqlite3.Error):  # only a copy made sooner: the next checkpoint makes it
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    thread = threading.Thread(target=copy, name="wal-checkpoint", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()
        copy()
        conn.close()


class Store:
    """One catalog database file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # before anything is written to it or run in it: the schema must be ours
        report = check_catalog(self.path, may_create=True, upgrade=True)
        conn = connect(self.path, isolation_level=None, timeout=30)
        self.db = database(conn)
        self.conn = conn
        _drop_stale(conn, report)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        trust_verified_schema(conn)  # the search index's own triggers write FTS5 tables
        migrate(conn)  # numbered migrations, by PRAGMA user_version (catalog/migrations.py)
        conn.execute("PRAGMA foreign_keys=ON")
        _ensure_views(conn)
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def close(self) -> None:
        self.conn.close()

    def defer_checkpoint(self) -> None:
        """Let this connection's commits leave the WAL as it is (``checkpoint_beside`` copies
        it). A run writes its whole catalog in one transaction, so its commit's automatic
        checkpoint copies every page it wrote (300 MB at 10,000 pages, a second of one core)
        while the rest of the machine waits for it."""
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")

    # ------------------------------------------------------------ runs

    def start_run(self, started_at: str, base_url: str, options: dict[str, Any],
                  version: str, *, source_name: str) -> int:
        """Insert the run's row (committed at once, so even a killed run leaves a trace);
        ``source_name`` is the source it scrapes (``Source.name``)."""
        self.conn.execute(
            "UPDATE runs SET status = 'failed', reason = coalesce(reason, "
            "'interrupted: the process ended before the run finished') WHERE status = 'running'"
        )
        cur = self.conn.execute(
            "INSERT INTO runs (started_at, status, base_url, options, scraper_version, "
            "source_name) VALUES (?, 'running', ?, ?, ?, ?)",
            (started_at, base_url, json.dumps(options, sort_keys=True), version, source_name),
        )
        return int(cur.lastrowid or 0)

    def begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        """Commit the run, its summary tables rebuilt first so they show exactly this run."""
        refresh_summaries(self.conn)
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def finish_run(self, run_id: int, finished_at: str, status: str, reason: str | None,
                   counts: dict[str, int | float]) -> None:
        columns = ", ".join(f"{k} = ?" for k in counts)
        self.conn.execute(
            f"UPDATE runs SET finished_at = ?, status = ?, reason = ?{', ' if columns else ''}"
            f"{columns} WHERE id = ?",
            (finished_at, status, reason, *counts.values(), run_id),
        )

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", [limit]))

    # ------------------------------------------------------------ pages

    def page_state(self, url: str) -> PageState | None:
        row = self.conn.execute(
            "SELECT etag, last_modified, content_hash, sitemap_lastmod, status FROM pages "
            "WHERE url = ?", (url,)).fetchone()
        return PageState(*row) if row else None

    def save_page(self, record: ModelRecord, *, run_id: int, now: str, http_status: int,
                  etag: str | None, last_modified: str | None, content_hash: str,
                  sitemap_lastmod: str | None, source_name: str) -> int:
        """Write one page's reading, as read by the source ``source_name``; returns how many
        findings were new."""
        return self.save_rows(page_rows(record), run_id=run_id, now=now,
                              http_status=http_status, etag=etag, last_modified=last_modified,
                              content_hash=content_hash, sitemap_lastmod=sitemap_lastmod,
                              source_name=source_name)

    def save_rows(self, rows: PageRows, *, run_id: int, now: str, http_status: int,
                  etag: str | None, last_modified: str | None, content_hash: str,
                  sitemap_lastmod: str | None, source_name: str) -> int:
        """``save_page`` for rows made already (``catalog.storage.page_rows``, in a reader
        process); returns how many findings were new."""
        # Plain SQL, not sqlite-utils: every page a scrape reads is stored here, on the one
        # core of the event loop. Written with sqlite-utils' upsert and insert_all (each call
        # looks the table's columns and keys up again), the loop's CPU over the crawl was
        # 1.8 to 2.2 times as much: 5.6 → 9.9 s at 10,000 pages, about 0.43 ms a page
        # (bench/RESULTS.md, "sqlite-utils on the hot path").
        url = rows.url
        self.conn.execute(_SAVE_PAGE, (
            *rows.page, http_status, "ok", None, now, sitemap_lastmod, etag, last_modified,
            content_hash, now, now, source_name))
        self.conn.execute("DELETE FROM page_prices WHERE url = ?", (url,))
        if rows.prices:
            self.conn.executemany(_INSERT_PRICES, rows.prices)
        self.conn.execute("DELETE FROM cards WHERE page_url = ?", (url,))
        if rows.cards:
            self.conn.executemany(_INSERT_CARDS, rows.cards)
        return self.set_findings(url, rows.model_id, rows.locale, rows.findings,
                                 run_id=run_id, now=now, resolve_others=True)

    def mark_page(self, url: str, *, model_id: str | None, locale: str | None, status: str,
                  reason: str, http_status: int, now: str, source_name: str) -> bool:
        """Record a page that could not be read (404, not a model page). A page that was good
        before keeps its content: only pages never read get a row. Returns True if written."""
        row = self.conn.execute("SELECT status, reason FROM pages WHERE url = ?",
                                (url,)).fetchone()
        if row is not None and (row[0] == "ok" or tuple(row) == (status, reason)):
            return False
        self.db.table("pages").upsert({
            "url": url, "model_id": model_id, "locale": locale, "status": status,
            "reason": reason, "http_status": http_status, "first_seen": now, "last_seen": now,
            "source_name": source_name,
        }, pk="url")
        return True

    def set_findings(self, url: str | None, model_id: str | None, locale: str | None,
                     findings: Iterable[Finding], *, run_id: int, now: str,
                     resolve_others: bool = False) -> int:
        """Insert findings not already recorded; mark earlier ones the page no longer shows."""
        added = 0
        current: set[tuple[str, str]] = set()
        for f in findings:
            current.add((f.kind, f.detail))
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO findings (run_id, url, model_id, locale, kind, detail, "
                "first_seen) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (run_id, url, model_id, locale, f.kind, f.detail, now))
            added += cur.rowcount
            self.conn.execute(
                "UPDATE findings SET resolved_at = NULL WHERE url IS ? AND kind = ? AND detail = ?"
                " AND resolved_at IS NOT NULL", (url, f.kind, f.detail))
        if resolve_others:
            rows = self.conn.execute(
                "SELECT id, kind, detail FROM findings WHERE url IS ? AND resolved_at IS NULL",
                (url,)).fetchall()
            for fid, kind, detail in rows:
                if (kind, detail) not in current:
                    self.conn.execute("UPDATE findings SET resolved_at = ? WHERE id = ?",
                                      (now, fid))
        return added

    def readings(self, model_id: str) -> list[dict[str, Any]]:
        """Every stored reading of a model's pages, English first, then by locale."""
        rows = self.conn.execute(_READINGS, (model_id,)).fetchall()
        return [json.loads(r[0]) for r in rows]

    def first_reading(self, model_id: str) -> dict[str, Any] | None:
        """The first of ``readings(model_id)`` (the English page's, when there is one)."""
        row = self.conn.execute(_READINGS + " LIMIT 1", (model_id,)).fetchone()
        return json.loads(row[0]) if row else None

    # ------------------------------------------------------------ models

    def merge_model(self, model_id: str, *, run_id: int, now: str, source_name: str,
                    readings: list[dict[str, Any]] | None = None) -> tuple[bool, int]:
        """Write a model's row as the merge policy (``catalog.model.merge``) makes it from all
        its pages (``readings``, as ``readings()`` gives them, when the caller has them
        already); append history for what changed. ``source_name`` is the source whose pages
        they are (a model id is in one source's namespace, so all its pages are that
        source's).

        Returns (model row changed, number of prices changed).
        """
        if readings is None:
            readings = self.readings(model_id)
        merged = merge.merge_model(model_id, readings)
        if merged is None:
            return False, 0
        row, replacements, prices = merged.row, merged.replacements, merged.prices
        row["source_name"] = source_name
        refused = refuse_invalid(row, prices)
        if refused:
            self.set_findings(merged.primary_url, model_id, None, refused, run_id=run_id,
                              now=now)
        self._ensure_provider(row["provider"], merged.provider_name, now, source_name)
        changed = self._write_model(row, now)
        lifecycle_changed = self._lifecycle(model_id, row, replacements, run_id, now)
        self._write_replacements(model_id, replacements, merged.primary_url)
        self._write_evidence(model_id, row, replacements, prices,
                             merge.english_first(readings))
        price_changes = self._write_prices(model_id, prices, run_id, now)
        if changed or lifecycle_changed or price_changes:
            self.conn.execute("UPDATE models SET last_seen = ?, last_changed = ? WHERE id = ?",
                              (now, now, model_id))
        return bool(changed or lifecycle_changed or price_changes), price_changes

    def card(self, page_url: str, target_id: str, id_prefix: str = "") -> Card | None:
        """The card for ``target_id`` that the page ``page_url`` shows, as stored (the run
        keeps only where each model's card was, not the card: 5,000 models' cards were a
        quarter of the scrape's memory at 100,000 pages)."""
        row = self.conn.execute(
            "SELECT target_url, name, prices, coming_soon FROM cards WHERE page_url = ? AND "
            "target_id = ?", (page_url, target_id)).fetchone()
        if row is None:
            return None
        return Card.from_json({"url": row[0], "model_id": target_id, "name": row[1],
                               "prices": json.loads(row[2] or "[]"),
                               "coming_soon": bool(row[3])}, id_prefix)

    def merge_card_model(self, card: Card, page_url: str, *, run_id: int, now: str,
                         source_name: str) -> bool:
        """Store a model known only from another page's card (never over a page-read model);
        the card was on a page of the source ``source_name``."""
        existing = self.conn.execute("SELECT source FROM models WHERE id = ?",
                                     (card.model_id,)).fetchone()
        if existing is not None and existing[0] == "page":
            return False
        self._ensure_provider(card.provider, None, now, source_name)
        row = {
            "id": card.model_id, "provider": card.provider, "slug": card.model,
            "name": card.name, "status": "coming_soon" if card.coming_soon else None,
            "source": "card", "source_url": page_url, "source_name": source_name,
            "kind": None,  # a card does not say what the model makes
        }
        if existing is not None:  # the same card seen on another page is not a change
            row["source_url"] = self.conn.execute(
                "SELECT source_url FROM models WHERE id = ?", (card.model_id,)).fetchone()[0]
        changed = self._write_model(row, now)
        prices = [{"kind": p.kind, "unit": p.unit or "", "usd": p.to_json()["usd"],
                   "official_usd": None, "usd_text": p.usd_text, "official_text": None,
                   "label": p.label, "locale": None, "source_url": page_url, "tier": ""}
                  for p in card.prices]
        refused = refuse_invalid(row, prices)
        if refused:
            self.set_findings(page_url, card.model_id, None, refused, run_id=run_id, now=now)
        price_changes = self._write_prices(card.model_id, prices, run_id, now)
        return bool(changed or price_changes)

    def _ensure_provider(self, slug: str, name: str | None, now: str, source_name: str) -> None:
        """A provider is one row per plain slug, shared by every source. Its name is the
        default source's (CometAPI's) when it gives one: another source's spelling fills
        only a name not known yet, so a second source never renames CometAPI's providers
        (the example source would make "OpenAI" "Openai")."""
        row = self.conn.execute("SELECT name FROM providers WHERE slug = ?", (slug,)).fetchone()
        if row is None:
            self.db.table("providers").insert({"slug": slug, "name": name, "first_seen": now,
                                               "last_seen": now})
        elif name and row[0] != name and (source_name == DEFAULT_SOURCE or row[0] is None):
            self.db.table("providers").update(slug, {"name": name, "last_seen": now})

    def _write_model(self, row: dict[str, Any], now: str) -> bool | None:
        """Upsert; True when something changed, False when identical."""
        current = self.conn.execute("SELECT * FROM models WHERE id = ?", (row["id"],)).fetchone()
        if current is not None:
            names = [d[1] for d in self.conn.execute("PRAGMA table_info(models)")]
            old = dict(zip(names, current, strict=True))
            if all(old.get(k) == v for k, v in row.items()):
                return False
            self.db.table("models").update(row["id"], {**row, "last_seen": now,
                                                       "last_changed": now})
            return True
        self.db.table("models").insert({**row, "first_seen": now, "last_seen": now,
                                         "last_changed": now})
        return True

    def _lifecycle(self, model_id: str, row: dict[str, Any], replacements: list[str],
                   run_id: int, now: str) -> bool:
        state = (row["status"], row["status_date"], json.dumps(replacements))
        last = self.conn.execute(
            "SELECT id, status, status_date, replacements FROM lifecycle_history "
            "WHERE model_id = ? AND valid_to IS NULL ORDER BY id DESC LIMIT 1",
            (model_id,)).fetchone()
        if last is not None and (last[1], last[2]) == state[:2] and \
                sorted(json.loads(last[3] or "[]")) == sorted(replacements):
            return False  # the order a page lists replacements in is not a change
        history = self.db.table("lifecycle_history")
        if last is not None:
            history.update(last[0], {"valid_to": now})
        history.insert({"model_id": model_id, "status": state[0], "status_date": state[1],
                        "replacements": state[2], "valid_from": now, "run_id": run_id,
                        "source_url": row["source_url"]})
        return True

    def _write_replacements(self, model_id: str, replacements: list[str], url: str) -> None:
        self.db.table("replacements").insert_all(
            ({"model_id": model_id, "replacement_id": rid, "source_url": url}
             for rid in replacements), ignore=True)

    def _write_evidence(self, model_id: str, row: dict[str, Any], replacements: list[str],
                        prices: list[dict[str, Any]], readings: list[dict[str, Any]]) -> None:
        """The sentences behind the model's current facts, from the page that supplied each."""
        self.conn.execute("DELETE FROM evidence WHERE model_id = ?", (model_id,))
        values: dict[str, Any] = {k: row.get(k) for k in (
            "context_window", "max_output_tokens", "status", "status_date", "discount_pct")}
        values["replacements"] = ", ".join(replacements) or None
        rows: list[dict[str, Any]] = []
        for p in prices:
            values[f"price.{p['kind']}"] = p["usd_text"]
            values[f"official.{p['kind']}"] = p["official_text"]
        for key, value in values.items():
            if value is None:
                continue
            for r in readings:
                texts = (r.get("evidence") or {}).get(key)
                if texts:
                    if isinstance(texts, str):
                        texts = [texts]
                    rows.extend({"model_id": model_id, "field": key, "value": str(value),
                                 "url": r["url"], "locale": r["locale"], "text": t}
                                for t in texts)
                    break
        self.db.table("evidence").insert_all(rows)

    def link_replacements(self) -> int:
        """Link each replacement's text to the catalog model it names (``gpt-4.1`` →
        ``openai/gpt-4-1``), the deprecated model's own provider first. Returns how many."""
        # a page names replacements among its own source's models: keyed by source too
        slugs: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for model_id, slug, provider, source_name in self.conn.execute(
                "SELECT id, slug, provider, source_name FROM models"):
            slugs.setdefault((source_name, slug_of(slug)), []).append((model_id, provider))
        linked = 0
        rows = self.conn.execute(
            "SELECT r.model_id, r.replacement_id, r.replacement_model_id, m.provider, "
            "m.source_name FROM replacements r JOIN models m ON m.id = r.model_id").fetchall()
        for model_id, text, current, provider, source_name in rows:
            candidates = slugs.get((source_name, slug_of(text)), [])
            same = [c for c, p in candidates if p == provider]
            target = (same or [c for c, _ in candidates] or [None])[0]
            if target != current:
                self.conn.execute(
                    "UPDATE replacements SET replacement_model_id = ? WHERE model_id = ? AND "
                    "replacement_id = ?", (target, model_id, text))
            linked += target is not None
        return linked

    def _write_prices(self, model_id: str, prices: list[dict[str, Any]], run_id: int,
                      now: str) -> int:
        changes = 0
        for p in prices:
            key = (model_id, p["kind"], p["unit"], p.get("tier") or "")
            current = self.conn.execute(
                "SELECT usd, official_usd, usd_text, official_text, label, locale, source_url "
                "FROM prices WHERE model_id = ? AND kind = ? AND unit = ? AND tier = ?",
                key).fetchone()
            figures_changed = current is None or (current[0], current[1]) != (
                p["usd"], p["official_usd"])
            discount = merge.stored_discount(p["usd"], p["official_usd"])
            if figures_changed:
                changes += 1
                self.conn.execute(
                    "UPDATE price_history SET valid_to = ? WHERE model_id = ? AND kind = ? AND "
                    "unit = ? AND tier = ? AND valid_to IS NULL", (now, *key))
                self.db.table("price_history").insert({
                    "model_id": model_id, "kind": key[1], "unit": key[2], "tier": key[3],
                    "usd": p["usd"], "official_usd": p["official_usd"], "valid_from": now,
                    "run_id": run_id, "source_url": p["source_url"]})
                self.db.table("prices").upsert({
                    "model_id": model_id, **p, "tier": key[3], "discount_pct": discount,
                    "observed_at": now,
                }, pk=("model_id", "kind", "unit", "tier"))
            elif tuple(current[2:]) != (p["usd_text"], p["official_text"], p["label"],
                                        p["locale"], p["source_url"]):
                self.db.table("prices").update(key, {
                    k: p[k] for k in ("usd_text", "official_text", "label", "locale",
                                      "source_url")})
        return changes

    # ------------------------------------------------------------ whole-catalog passes

    def mark_seen(self, model_ids: Iterable[str], now: str) -> int:
        """Move ``last_seen`` of every model this run saw (a page read or found unchanged),
        of the card-only models those pages show, and of their providers: one UPDATE per
        table per run, since unchanged pages are otherwise never written. Returns how many
        models."""
        ids = json.dumps(sorted(set(model_ids)))
        cur = self.conn.execute(
            "UPDATE models SET last_seen = :now WHERE last_seen IS NOT :now AND ("
            "id IN (SELECT value FROM json_each(:ids)) OR (source = 'card' AND id IN ("
            "SELECT c.target_id FROM cards c JOIN pages p ON p.url = c.page_url "
            "WHERE p.model_id IN (SELECT value FROM json_each(:ids)))))",
            {"now": now, "ids": ids})
        self.conn.execute(
            "UPDATE providers SET last_seen = :now WHERE last_seen IS NOT :now AND slug IN "
            "(SELECT provider FROM models WHERE last_seen = :now)", {"now": now})
        return cur.rowcount

    def resolve_findings(self, kind: str, model_ids: Iterable[str], now: str) -> int:
        """Close the open findings of ``kind`` of these models (a model seen again is no
        longer kept only because discovery was incomplete); returns how many."""
        seen = set(model_ids)
        # one scan for the open findings of the kind (few), not one per model (thousands)
        open_ids = [fid for fid, model_id in self.conn.execute(
            "SELECT id, model_id FROM findings WHERE kind = ? AND resolved_at IS NULL",
            (kind,)) if model_id in seen]
        self.conn.executemany("UPDATE findings SET resolved_at = ? WHERE id = ?",
                              [(now, fid) for fid in open_ids])
        return len(open_ids)

    def unseen_models(self, seen_model_ids: set[str], *,
                      source_name: str) -> list[tuple[str, str | None]]:
        """The models of ``source_name`` that ``mark_missing`` would mark, each with the URL
        of one of its pages (the first): what a run whose discovery was incomplete keeps."""
        rows = self.conn.execute(
            "SELECT m.id, (SELECT min(p.url) FROM pages p WHERE p.model_id = m.id) FROM models m "
            "WHERE m.source = 'page' AND m.missing_since IS NULL AND m.source_name = ?",
            (source_name,)).fetchall()
        return [(model_id, url) for model_id, url in rows if model_id not in seen_model_ids]

    def mark_missing(self, seen_model_ids: set[str], now: str, *, source_name: str) -> int:
        """After a complete full run of the source ``source_name``: its models no page of
        which was found get ``missing_since`` (another source's models were not looked for)."""
        rows = self.conn.execute(
            "SELECT id FROM models WHERE source = 'page' AND missing_since IS NULL AND "
            "source_name = ?", (source_name,)).fetchall()
        missing = [r[0] for r in rows if r[0] not in seen_model_ids]
        for model_id in missing:
            self.conn.execute("UPDATE models SET missing_since = ? WHERE id = ?", (now, model_id))
        return len(missing)



def create_schema(conn: sqlite3.Connection) -> None:
    """Bring ``conn``'s database to the current schema and views (what opening a ``Store``
    does, for code that writes rows of its own, such as test fixtures)."""
    level = conn.isolation_level
    conn.isolation_level = None
    try:
        migrate(conn)
        _ensure_views(conn)
    finally:
        conn.isolation_level = level


def _drop_stale(conn: sqlite3.Connection, report: SchemaReport) -> None:
    """Drop the views and search triggers of another release (``schema_check``) before any
    statement could run them; the views are made again below, the triggers by
    ``ensure_search_index`` at the end of the next scrape (or by ``catalog serve``)."""
    if not (report.stale_views or report.stale_triggers):
        return
    conn.execute("BEGIN IMMEDIATE")
    for name in report.stale_views:
        conn.execute(f'DROP VIEW IF EXISTS "{name}"')
    for name in report.stale_triggers:
        conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    conn.execute("COMMIT")


def _ensure_views(conn: sqlite3.Connection) -> None:
    """(Re)create the views when ``views.sql`` says something else than the catalog holds:
    views hold no rows, so they follow the code without a migration, and an unchanged
    catalog is not written on open."""
    wanted = {create.split()[2]: create for create in statements(
        (SQL_DIR / "views.sql").read_text()) if create.upper().startswith("CREATE VIEW")}
    stored = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'"))
    if all(stored.get(name) == create.rstrip(";").strip() for name, create in wanted.items()):
        return
    conn.execute("BEGIN IMMEDIATE")
    for name, create in wanted.items():
        conn.execute(f'DROP VIEW IF EXISTS "{name}"')
        conn.execute(create)
    conn.execute("COMMIT")
