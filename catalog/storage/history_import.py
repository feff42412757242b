"""Rebuild a catalog's history from the committed versions of its JSON export.

A scheduled job that keeps only ``data/catalog.json`` in git (and loses its database) still
has the catalog's history: every commit of the file is the catalog as one run left it. This
module replays those versions, oldest first, into a catalog: each version becomes one
``runs`` row (``status`` complete, ``base_url`` ``git:<path>``, the commit in ``options``)
dated by its commit time, and what changed from the version before is appended to
``price_history`` and ``lifecycle_history`` as a scrape would have appended it. Models get
``first_seen`` and ``last_changed`` from the commits; a model never disappears (a version
that lacks a model changes nothing of it, as a scrape never deletes).

Replaying is idempotent: a version already imported (its commit is on a ``runs`` row), or not
newer than the catalog's last good run, or identical to what the catalog already holds, is
skipped, so the command can run again, or after scrapes, without doubling a row. What the
JSON does not hold (page text, evidence, etags, the figures as written) stays empty until the
next scrape reads the pages.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from catalog import __version__, exit_codes
from catalog.publish.export import catalog_json
from catalog.storage.git_history import Commit, file_commits, file_contents
from catalog.storage.store import Store
from scrapers.sources.registry import DEFAULT_SOURCE, all_sources

__all__ = ["ImportResult", "Reader", "import_history", "replay_commits"]

#: the file's bytes at each of the commits given, in order (None: deleted there)
Reader = Callable[[Sequence[Commit]], Iterable[bytes | None]]

_MODEL_FIELDS = ("provider", "slug", "name", "kind", "status", "status_date", "context_window",
                 "max_output_tokens", "commercial_use", "source", "missing_since",
                 "source_name")


@dataclass
class ImportResult:
    """What one import did: counts for its summary line, and the versions it could not use."""

    versions: int = 0
    replayed: int = 0
    skipped: int = 0  # imported before, not newer than the catalog, or the same as it
    models_changed: int = 0
    prices_changed: int = 0
    lifecycle_changed: int = 0
    refused: list[str] = field(default_factory=list)  # "<commit>: <why>", per version or entry

    @property
    def exit_code(self) -> int:
        """0 every version used; 1 some version or entry refused (the rest imported)."""
        return exit_codes.PARTIAL if self.refused else exit_codes.COMPLETE

    def summary(self, path: str) -> str:
        line = (f"{path}: {self.versions} versions, {self.replayed} replayed, {self.skipped} "
                f"already in the catalog; {self.models_changed} model, {self.prices_changed} "
                f"price and {self.lifecycle_changed} lifecycle changes")
        if self.refused:
            line += f"; {len(self.refused)} refused (first: {self.refused[0]})"
        return line


def import_history(db_path: str | Path, repo: str | Path, path: str) -> ImportResult:
    """Replay every committed version of ``path`` in the git repository ``repo`` into the
    catalog at ``db_path`` (created when absent). Raises ``GitHistoryError`` when git cannot
    give the history; then nothing is written."""
    commits = file_commits(repo, path)  # before the catalog is opened: a bad repo writes nothing
    return replay_commits(db_path, commits, lambda todo: file_contents(repo, path, todo), path)


def replay_commits(db_path: str | Path, commits: Sequence[Commit], read: Reader,
                   path: str = "data/catalog.json") -> ImportResult:
    """Replay the versions of the file ``path`` at ``commits`` (oldest first) in one
    transaction: all of them or, on an error nothing expected, none. ``read`` gives the
    file's bytes at the commits it is given (``git_history.file_contents``); only the
    commits the catalog lacks are read, so a catalog that has them all costs one query."""
    result = ImportResult(versions=len(commits))
    store = Store(db_path)
    try:
        imported, latest = _imported_commits(store.conn), _last_good_run(store.conn)
        todo = [c for c in commits if c.sha not in imported
                and (latest is None or _time(c.committed_at) > latest)]
        result.skipped = len(commits) - len(todo)
        if not todo:
            return result
        previous = _current_export(db_path) if latest is not None else None
        last_seen: tuple[list[Any], str] | None = None
        store.begin()
        try:
            for commit, data in zip(todo, read(todo), strict=True):
                models = _parse(commit, data, result)
                if models is None:
                    continue
                if models == previous:
                    result.skipped += 1
                    continue
                _replay(store.db, commit, path, models, _by_id(previous or []), result)
                result.replayed += 1
                previous = models
                last_seen = (models, commit.committed_at)
            if last_seen is not None:
                _mark_seen(store.conn, *last_seen)
            store.link_replacements()
            store.commit()
        except BaseException:
            store.rollback()
            raise
    finally:
        store.close()
    return result


def _time(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _imported_commits(conn: sqlite3.Connection) -> set[str]:
    commits = set()
    for (options,) in conn.execute("SELECT options FROM runs WHERE base_url LIKE 'git:%'"):
        try:
            commits.add(json.loads(options)["import_history"]["commit"])
        except (TypeError, ValueError, KeyError):
            continue
    return commits


def _last_good_run(conn: sqlite3.Connection) -> datetime | None:
    row = conn.execute("SELECT max(coalesce(finished_at, started_at)) FROM runs "
                       "WHERE status IN ('complete', 'partial')").fetchone()
    return _time(row[0]) if row and row[0] else None


def _current_export(db_path: str | Path) -> list[dict[str, Any]]:
    """The catalog as its JSON export shows it, through a JSON round trip (as a version reads)."""
    return json.loads(json.dumps(catalog_json(db_path)))


def _parse(commit: Commit, data: bytes | None,
           result: ImportResult) -> list[dict[str, Any]] | None:
    where = commit.sha[:12]
    if data is None:
        return None  # the commit deleted the file: a catalog never deletes, so no change
    try:
        models = json.loads(data)
    except (UnicodeDecodeError, ValueError) as exc:
        result.refused.append(f"{where}: not JSON ({exc})")
        return None
    if not isinstance(models, list):
        result.refused.append(f"{where}: not a list of models")
        return None
    return models


def _by_id(models: list[Any]) -> dict[str, Any]:
    return {m["id"]: m for m in models if isinstance(m, dict) and isinstance(m.get("id"), str)}


def _mark_seen(conn: sqlite3.Connection, models: list[Any], at: str) -> None:
    """``last_seen`` of the models the last replayed version lists (and not as missing), and
    of their providers: once at the end, not a write per model per version."""
    ids = json.dumps(sorted(i for i, m in _by_id(models).items() if not m.get("missing_since")))
    conn.execute("UPDATE models SET last_seen = :at WHERE last_seen IS NOT :at AND "
                 "missing_since IS NULL AND id IN (SELECT value FROM json_each(:ids))",
                 {"at": at, "ids": ids})
    conn.execute("UPDATE providers SET last_seen = :at WHERE last_seen IS NOT :at AND slug IN "
                 "(SELECT provider FROM models WHERE last_seen = :at)", {"at": at})


def _replay(db: sqlite_utils.Database, commit: Commit, path: str, models: list[Any],
            before: dict[str, Any], result: ImportResult) -> None:
    """One version: a ``runs`` row, and the models whose entry differs from the version
    before (``before``, by id) written; a version mostly like the last costs its changes.
    Rows are written with sqlite-utils (``db``, the store's, in the import's transaction);
    an UPDATE that closes a history row by a condition stays SQL."""
    at, conn = commit.committed_at, db.conn
    run_id = int(db.table("runs").insert({
        "started_at": at, "finished_at": at, "status": "complete",
        "reason": f"imported from commit {commit.sha[:12]}", "base_url": f"git:{path}",
        "options": json.dumps({"import_history": {"commit": commit.sha, "path": path}}),
        "scraper_version": __version__, "duration_s": 0}).last_pk)
    counts = [0, 0]
    for entry in models:
        if isinstance(entry, dict) and before.get(entry.get("id")) == entry:
            continue
        conn.execute("SAVEPOINT entry")
        try:
            changed, prices, lifecycle = _replay_model(db, entry, at, run_id)
        except (ValueError, TypeError, KeyError, sqlite3.IntegrityError) as exc:
            conn.execute("ROLLBACK TO entry")
            name = entry.get("id") if isinstance(entry, dict) else None
            result.refused.append(f"{commit.sha[:12]}: model {name!r}: {exc}")
        else:
            counts[0] += changed
            counts[1] += prices
            result.lifecycle_changed += lifecycle
        conn.execute("RELEASE entry")
    result.models_changed += counts[0]
    result.prices_changed += counts[1]
    conn.execute("UPDATE runs SET models_changed = ?, prices_changed = ? WHERE id = ?",
                 (*counts, run_id))


def _source_name(model_id: str) -> str:
    """The source whose id namespace ``model_id`` is in (``example:openai/x`` → example)."""
    head = model_id.split("/", 1)[0]
    prefix = head[:head.index(":") + 1] if ":" in head else ""
    for source in all_sources():
        if source.id_prefix == prefix:
            return source.name
    return prefix.rstrip(":") or DEFAULT_SOURCE


def _model_row(entry: Any) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise TypeError("not an object")
    model_id = entry["id"]
    if not isinstance(model_id, str) or "/" not in model_id:
        raise ValueError("an id is <provider>/<model>")
    row = {k: entry.get(k) for k in _MODEL_FIELDS}
    row["slug"] = model_id.split("/", 1)[1]
    row["source"] = row["source"] or "page"
    row["source_name"] = _source_name(model_id)
    if not isinstance(row["provider"], str) or not row["provider"]:
        raise ValueError("no provider")
    return {"id": model_id, **row}


def _replay_model(db: sqlite_utils.Database, entry: Any, at: str,
                  run_id: int) -> tuple[bool, int, bool]:
    """Write one model of a version; returns (model row changed, prices changed, lifecycle
    changed)."""
    row = _model_row(entry)
    model_id = row["id"]
    db.table("providers").insert({"slug": row["provider"], "first_seen": at, "last_seen": at},
                                 ignore=True)
    names = ", ".join(_MODEL_FIELDS)
    current = db.execute(f"SELECT {names} FROM models WHERE id = ?", (model_id,)).fetchone()
    seen = {"last_seen": at} if row["missing_since"] is None else {}
    models = db.table("models")
    if current is None:
        models.insert({**row, "first_seen": at, "last_changed": at, "last_seen": at})
        changed = True
    else:
        changed = tuple(current) != tuple(row[k] for k in _MODEL_FIELDS)
        models.update(model_id, {**{k: row[k] for k in _MODEL_FIELDS}, **seen,
                                 **({"last_changed": at} if changed else {})})
    replacements = [r for r in entry.get("replacements") or [] if isinstance(r, str)]
    db.table("replacements").insert_all(
        ({"model_id": model_id, "replacement_id": r} for r in replacements), ignore=True)
    lifecycle = row["source"] == "page" and _lifecycle(db, row, replacements, at, run_id)
    prices = _prices(db, model_id, entry.get("prices") or [], at, run_id)
    if (lifecycle or prices) and not changed:
        models.update(model_id, {"last_changed": at})
    return changed, prices, lifecycle


def _lifecycle(db: sqlite_utils.Database, row: dict[str, Any], replacements: list[str],
               at: str, run_id: int) -> bool:
    """Append a lifecycle row when the status, its date or the set of replacements moved (the
    export sorts replacements; their order is not a change, as in ``Store._lifecycle``)."""
    history = db.table("lifecycle_history")
    last = db.execute(
        "SELECT id, status, status_date, replacements FROM lifecycle_history "
        "WHERE model_id = ? AND valid_to IS NULL ORDER BY id DESC LIMIT 1",
        (row["id"],)).fetchone()
    if last is not None and (last[1], last[2]) == (row["status"], row["status_date"]) and \
            sorted(json.loads(last[3] or "[]")) == sorted(replacements):
        return False
    if last is not None:
        history.update(last[0], {"valid_to": at})
    history.insert({"model_id": row["id"], "status": row["status"],
                    "status_date": row["status_date"], "replacements": json.dumps(replacements),
                    "valid_from": at, "run_id": run_id})
    return True


def _usd(value: Any, *, signed: bool = False) -> float | None:
    """A price (or, ``signed``, a discount) as the export writes it: a JSON number, or a
    decimal string."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(f"price {value!r} is not a number")
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")) or (number < 0 and not signed):
        raise ValueError(f"price {value!r} is not a finite amount")
    return number


def _prices(db: sqlite_utils.Database, model_id: str, prices: list[Any], at: str,
            run_id: int) -> int:
    """Append a history row for each price whose figures moved; returns how many did. A
    price absent from a version keeps its row, as a scrape keeps it."""
    changes = 0
    done: set[tuple[str, str, str]] = set()
    for p in prices:
        if not isinstance(p, dict):
            raise TypeError("a price is not an object")
        key = (p["kind"], p["unit"], p.get("tier") or "")
        if key in done:
            continue  # the export without tiers lists two tiers of one kind alike: first wins
        done.add(key)
        usd, official = _usd(p.get("usd")), _usd(p.get("official_usd"))
        current = db.execute(
            "SELECT usd, official_usd FROM prices WHERE model_id = ? AND kind = ? AND unit = ? "
            "AND tier = ?", (model_id, *key)).fetchone()
        if current is not None and tuple(current) == (usd, official):
            continue
        changes += 1
        db.execute("UPDATE price_history SET valid_to = ? WHERE model_id = ? AND kind = ? AND "
                   "unit = ? AND tier = ? AND valid_to IS NULL", (at, model_id, *key))
        figures = dict(zip(("kind", "unit", "tier"), key, strict=True))
        db.table("price_history").insert({"model_id": model_id, **figures, "usd": usd,
                                          "official_usd": official, "valid_from": at,
                                          "run_id": run_id})
        # an upsert sets only the columns it is given: the figures as written stay
        db.table("prices").upsert({"model_id": model_id, **figures, "usd": usd,
                                   "official_usd": official,
                                   "discount_pct": _usd(p.get("discount_pct"), signed=True),
                                   "observed_at": at}, pk=("model_id", "kind", "unit", "tier"))
    return changes
