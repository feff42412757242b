"""The one way a price is shown: on Datasette's pages, on the static site and in SQL.

Every place renders the same catalog; a price written ``$1752.5`` on one and ``$1,752.5`` on
the other, or ``2.4e-06`` by SQLite's ``printf('%g')``, would read as different figures.
Datasette's templates get it as the ``catalog_usd`` filter (site/plugins/catalog_pages.py),
the static site as ``usd`` (catalog/publish/site.py), and SQL as the function
``catalog_money(usd)`` (``register``), which canned queries and the summary tables call.

Views cannot call it: with ``trusted_schema=OFF`` (catalog/storage/connection.py) SQLite lets
no application function run inside a view, and a view must work in any SQLite client. The
``deprecations`` view spells the same rule in plain SQL (catalog/storage/sql/views.sql);
tests/test_money.py holds the two to the same text.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

#: the SQL name of ``format_usd``; ``catalog_usd(:param)`` (catalog/publish/query_params.py)
#: is the other way round: it reads a typed parameter into a number
SQL_FUNCTION = "catalog_money"


def format_usd(value: Any) -> str | None:
    """``$1.752``, ``$24``, ``$0.08``, ``$1,752.5``, ``$0.0000024`` (ten significant digits,
    never an exponent); two decimals from a million up. None when the value is not a number
    (each page shows an unknown price its own way)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if abs(value) >= 1e6:
        return f"${value:,.2f}"
    return f"${Decimal(format(value, '.10g')):,f}"


def register(conn: sqlite3.Connection) -> None:
    """Give ``conn`` the SQL function ``catalog_money(usd)``: ``format_usd``, NULL for NULL."""
    conn.create_function(SQL_FUNCTION, 1, format_usd, deterministic=True)
