"""Values checked at the door: a price is a number >= 0 and finite, a token limit a whole
number > 0, a status or verdict one of the values the code writes.

Why here and in SQL both: the CHECK constraints of migration 8 make SQLite refuse a bad value
whoever writes it (a run, a hand-made UPDATE), and the functions below let the store and the
exports test a value first, so a page that states a negative price gives an ``invalid_value``
finding and a NULL, not an aborted run, and an export never carries such a value.

Migration 8 adds each CHECK to the column's definition in the table's current ``CREATE
TABLE`` (``with_checks``), so the columns other migrations added are kept as they are.
"""

from __future__ import annotations

import math
import re
import sqlite3
from decimal import Decimal
from typing import Any

from catalog.model.records import Finding
from catalog.storage.table_rebuild import MigrationError, rebuild_table

__all__ = ["COLUMN_CHECKS", "FINDING_KIND", "apply_value_checks", "refuse_invalid",
           "valid_price", "valid_size", "with_checks"]

FINDING_KIND = "invalid_value"
#: a price: a number >= 0 and finite (9e999 is SQLite's infinity; NaN is stored as NULL)
_PRICE = "{c} IS NULL OR (typeof({c}) IN ('integer', 'real') AND {c} >= 0 AND {c} < 9e999)"
#: a token limit: a whole number > 0
_SIZE = "{c} IS NULL OR (typeof({c}) = 'integer' AND {c} > 0)"
_PRICES = {"usd": _PRICE, "official_usd": _PRICE}
#: table → column → the CHECK migration 8 gives it
COLUMN_CHECKS: dict[str, dict[str, str]] = {
    "models": {"context_window": _SIZE, "max_output_tokens": _SIZE},
    "prices": _PRICES,
    "page_prices": _PRICES,
    "price_history": _PRICES,
    "reference_models": {
        **{c: _PRICE for c in ("input_usd", "output_usd", "per_second_usd", "per_request_usd",
                               "per_image_usd")},
        "context_window": _SIZE, "max_output_tokens": _SIZE,
        "status": "{c} IN ('active', 'deprecated', 'retired')"},
    "crosschecks": {
        "verdict": "{c} IN ('agrees', 'differs', 'not_in_reference', 'matched')"},
}


def valid_price(value: Any) -> bool:
    """A price the catalog may hold: None (not stated) or a finite number >= 0."""
    if value is None:
        return True
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return False
    if isinstance(value, Decimal):
        return value.is_finite() and value >= 0
    return math.isfinite(value) and value >= 0


def valid_size(value: Any) -> bool:
    """A token limit the catalog may hold: None or a whole number > 0."""
    if value is None:
        return True
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def refuse_invalid(row: dict[str, Any], prices: list[dict[str, Any]]) -> list[Finding]:
    """Set each value of a model ``row`` and its ``prices`` that the catalog may not hold to
    None, in place; one ``invalid_value`` finding for each, naming the value."""
    findings = []
    for column in ("context_window", "max_output_tokens"):
        if not valid_size(row.get(column)):
            findings.append(Finding(FINDING_KIND, f"{column} {row[column]!r} is not a whole "
                                                  "number of tokens > 0: not stored"))
            row[column] = None
    for price in prices:
        for column in ("usd", "official_usd"):
            if not valid_price(price.get(column)):
                findings.append(Finding(FINDING_KIND, f"{price['kind']} {column} "
                                                      f"{price[column]!r} is not a price >= 0:"
                                                      " not stored"))
                price[column] = None
    return findings


def with_checks(create: str, checks: dict[str, str]) -> str:
    """``create`` (a table's ``CREATE TABLE``) with each column of ``checks`` given its CHECK,
    right after the column's name and type (``usd REAL`` → ``usd REAL CHECK (…)``)."""
    for column, check in checks.items():
        pattern = re.compile(rf'(^\s*|[(,]\s*)("?{column}"?\s+(?:REAL|INTEGER|TEXT)'
                             rf'(?:\s+NOT\s+NULL)?)(?=\s*(?:,|\)|--|CHECK))', re.M | re.I)
        found = pattern.findall(create)
        if len(found) != 1:
            raise MigrationError(f"cannot find the column {column} once in: {create[:60]}…")
        clause = f" CHECK ({check.format(c=column)})"
        create = pattern.sub(lambda m, clause=clause: m.group(1) + m.group(2) + clause, create,
                             count=1)
    return create


def apply_value_checks(conn: sqlite3.Connection) -> None:
    """Migration 8: set each value that would fail its CHECK to NULL, recording it as an
    ``invalid_value`` finding (its table, row and the value, so nothing is lost), drop
    cross-check rows with a verdict the code does not write (the next ``catalog crosscheck``
    makes them again), then rebuild each table with its constraints, rows kept."""
    for table, checks in COLUMN_CHECKS.items():
        key = "id" if table == "models" else "model_id"
        for column, check in checks.items():
            if column == "verdict":
                conn.execute(f"DELETE FROM {table} WHERE NOT ({check.format(c=column)})")
                continue
            bad = conn.execute(f'SELECT rowid, {key}, "{column}" FROM {table} WHERE '
                               f'"{column}" IS NOT NULL AND NOT ({check.format(c=column)})'
                               ).fetchall()
            for rowid, model_id, value in bad:
                conn.execute(
                    "INSERT INTO findings (model_id, kind, detail, first_seen) "
                    "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'))",
                    (model_id, FINDING_KIND, f"{table}.{column} = {value!r} (rowid {rowid}) "
                     "is not a value the catalog holds; set to NULL by migration 8"))
                conn.execute(f'UPDATE {table} SET "{column}" = NULL WHERE rowid = ?', (rowid,))
        (create,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                                 "name = ?", (table,)).fetchone()
        create = re.sub(r'^CREATE TABLE\s+(?:IF NOT EXISTS\s+)?"?(\w+)"?', r"CREATE TABLE \1",
                        create)
        rebuild_table(conn, table, with_checks(create, checks))
