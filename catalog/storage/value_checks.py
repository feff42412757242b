"""Values checked at the door: a price is a number >= 0 and finite, a token limit a whole
number > 0, a status or verdict one of the values the code writes.

Why here and in SQL both: the CHECK constraints of migration 8 (``sql/value_checks.sql``)
make SQLite refuse a bad value whoever writes it (a run, a hand-made UPDATE), and the
functions below let the store and the exports test a value first, so a page that states a
negative price gives an ``invalid_value`` finding and a NULL, not an aborted run, and an
export never carries such a value.
"""

from __future__ import annotations

import math
import sqlite3
from decimal import Decimal
from typing import Any

from catalog.model.records import Finding
from catalog.storage.migrations import SQL_DIR, rebuild_table, statements

__all__ = ["FINDING_KIND", "apply_value_checks", "refuse_invalid", "valid_price", "valid_size"]

FINDING_KIND = "invalid_value"

#: (table, column, test) for every column migration 8 checks; ``price`` and ``size`` are the
#: tests below, written in SQL
_PRICE_SQL = ("({c} IS NOT NULL AND NOT (typeof({c}) IN ('integer', 'real') AND {c} >= 0 "
              "AND {c} < 9e999))")
_SIZE_SQL = "({c} IS NOT NULL AND NOT (typeof({c}) = 'integer' AND {c} > 0))"
_CHECKED: tuple[tuple[str, str, str], ...] = (
    *((t, c, _PRICE_SQL) for t in ("prices", "page_prices", "price_history")
      for c in ("usd", "official_usd")),
    *(("reference_models", c, _PRICE_SQL) for c in (
        "input_usd", "output_usd", "per_second_usd", "per_request_usd", "per_image_usd")),
    *((t, c, _SIZE_SQL) for t in ("models", "reference_models")
      for c in ("context_window", "max_output_tokens")),
    ("reference_models", "status",
     "(status IS NOT NULL AND status NOT IN ('active', 'deprecated', 'retired'))"),
)


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


def apply_value_checks(conn: sqlite3.Connection) -> None:
    """Migration 8: set each value that would fail its CHECK to NULL, recording it as an
    ``invalid_value`` finding (its table, row and the value, so nothing is lost), drop
    cross-check rows with a verdict the code does not write (they are made again by the next
    ``catalog crosscheck``), then rebuild the tables with their constraints."""
    for table, column, test in _CHECKED:
        bad = conn.execute(
            f'SELECT rowid, {"model_id" if table != "models" else "id"}, "{column}" '
            f"FROM {table} WHERE {test.format(c=column)}").fetchall()
        for rowid, model_id, value in bad:
            conn.execute(
                "INSERT INTO findings (model_id, kind, detail, first_seen) "
                "VALUES (?, ?, ?, datetime('now'))",
                (model_id, FINDING_KIND, f"{table}.{column} = {value!r} (rowid {rowid}) is "
                 "not a value the catalog holds; set to NULL by migration 8"))
            conn.execute(f'UPDATE {table} SET "{column}" = NULL WHERE rowid = ?', (rowid,))
    conn.execute("DELETE FROM crosschecks WHERE verdict NOT IN "
                 "('agrees', 'differs', 'not_in_reference', 'matched')")
    for create in statements((SQL_DIR / "value_checks.sql").read_text()):
        if create.upper().startswith("CREATE TABLE"):
            rebuild_table(conn, create.split()[2], create)
