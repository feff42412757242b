"""Canned-query parameters read with the project's own number grammar, in SQL.

Why: a query parameter arrives as text, and ``cast(:min_context as integer)`` reads ``128k``
as 128 and ``abc`` as 0, silently. The canned SQL says ``catalog_size(:min_context)``: the
figure as the reader reads a page (``128k``, ``128 000``, ``1 Mio.`` → 128000 / 1000000, by
``scrapers/reading/grammar.py``), or NULL (no rows) when it is not a figure, and the page says why
(``site/plugins/query_params.py`` shows ``bad_values`` as a message; JSON answers 400).
Registered on every Datasette connection and on the static site's, so one SQL text works in
both.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Mapping

from scrapers.reading.grammar import UNIT_TOKENS, parse_money, parse_size

_PLAIN_INTEGER = re.compile(r"\d+")
_PLAIN_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def size_value(text: str) -> int:
    """A token count: ``500``, ``128000``, ``128k``, ``128,000``, ``1M``, ``1 Mio.``, ``200K
    tokens``. Raises ``ValueError`` with what to write instead."""
    clean = " ".join(str(text).split())
    if _PLAIN_INTEGER.fullmatch(clean):
        return int(clean)
    size = parse_size(clean)
    if size is None or size.start != 0 or re.search(r"\d", clean[size.end:]):
        raise ValueError(f"{text!r} is not a number of tokens (write 128000, 128k or 1M)")
    return size.tokens


def usd_value(text: str) -> float:
    """A price in US dollars per million tokens: ``2``, ``0.5``, ``$2``, ``$2/M``, ``$0.002/1K
    tokens`` (= 2). Raises ``ValueError`` with what to write instead."""
    clean = " ".join(str(text).split())
    if _PLAIN_DECIMAL.fullmatch(clean):
        return float(clean)
    money = parse_money(clean)
    if (money is None or money.usd is None or money.start != 0
            or money.per not in (None, UNIT_TOKENS) or clean[money.end:].strip()):
        raise ValueError(f"{text!r} is not a price per 1M tokens (write 2, $2 or $2/M)")
    return float(money.usd)


#: SQL function name → parser; the name is what canned SQL writes around a parameter
PARSERS: dict[str, Callable[[str], int | float]] = {
    "catalog_size": size_value,
    "catalog_usd": usd_value,
}


def _or_null(parse: Callable[[str], int | float]) -> Callable[[object], int | float | None]:
    def function(value: object) -> int | float | None:
        if value is None or not str(value).strip():
            return None
        try:
            return parse(str(value))
        except ValueError:
            return None

    return function


def register(conn: sqlite3.Connection) -> None:
    """Give ``conn`` the SQL functions ``catalog_size(text)`` and ``catalog_usd(text)``."""
    for name, parse in PARSERS.items():
        conn.create_function(name, 1, _or_null(parse), deterministic=True)


_TYPED_PARAM = re.compile(r"\b(" + "|".join(PARSERS) + r")\(\s*:(\w+)\s*\)")


def bad_values(sql: str, values: Mapping[str, str]) -> list[str]:
    """What is wrong with the given parameter values of a query, one message each: the
    parameters the SQL reads through ``catalog_size``/``catalog_usd`` that do not parse."""
    problems = []
    seen = set()
    for function, name in _TYPED_PARAM.findall(sql):
        value = values.get(name)
        if name in seen or value is None or not str(value).strip():
            continue
        seen.add(name)
        try:
            PARSERS[function](str(value))
        except ValueError as error:
            problems.append(f"{name}: {error}")
    return problems
