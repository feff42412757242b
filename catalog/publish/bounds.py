"""What one SQL statement may hand the server, whatever it reads or builds.

Why: Datasette fetches every row of a page into Python before it renders anything, and SQLite's
length limit bounds one value, not rows × cells. ``/catalog/pages.json?_size=max`` over 60
pages of 4.4 MB prose was a 259 MB response that took the server from 58 MB to 1.24 GB; a
recursive CTE of ``randomblob(8000000)`` rows took it to 1.69 GB. Here every connection to the
catalog gets:

- a budget per statement: the characters and bytes of the values its rows hold (``BUDGET``,
  counted row by row as they are fetched, with 8 bytes for every other value). Over it the
  statement fails with an error that says how to ask for less, before the next row is read;
- in the public profile, text cells over ``CELL_BYTES`` served cut (``TruncatedText``: the
  first 16 KB and a note of the whole size; the HTML pages link to the full value), so a page
  of 50 rows is at most a few MB whatever the pages hold;
- SQLite's own bounds on what a query builds: ``randomblob``/``zeroblob`` of at most
  ``MAX_BUILT`` bytes, temporary tables in memory, and in ``catalog serve`` a heap limit for
  SQLite's allocations (``HEAP_LIMIT``, ``limit_sqlite_heap``: process-wide, SQLite has no
  per-connection one), so a recursive CTE that piles blobs into a ``UNION`` fails with "out
  of memory" instead of filling the disk or RAM.

``printf``/``format`` widths are bounded by ``SQLITE_LIMIT_LENGTH`` (``VALUE_LIMIT``, 16 MB a
value, ``site/plugins/limits.py``) and then by the budget.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from typing import Any

from catalog.storage.connection import connect

#: SQLite's length limit for one value (``SQLITE_LIMIT_LENGTH``, site/plugins/limits.py)
VALUE_LIMIT = 16 * 1024 * 1024
#: characters (text) or bytes (blobs) of values one statement may return, by profile
BUDGET = {"public": 4_000_000, "local": 32_000_000}
#: bytes of one text cell served whole in the public profile; longer ones are cut
CELL_BYTES = 16_384
#: the largest blob ``randomblob(N)``/``zeroblob(N)`` may build
MAX_BUILT = 1_000_000
#: SQLite's own heap, all connections of the process together (``PRAGMA hard_heap_limit``)
HEAP_LIMIT = 128 * 1024 * 1024
#: what each value that is not text or a blob counts for
OTHER_VALUE = 8


class TruncatedText(str):
    """A text cell served cut: its first ``CELL_BYTES`` (whole characters) and a note of the
    full size; ``full_bytes`` is the size of the stored value."""

    full_bytes: int

    @classmethod
    def cut(cls, raw: bytes) -> TruncatedText:
        head = raw[:CELL_BYTES].decode("utf-8", "ignore")  # a character cut in two is dropped
        text = cls(f"{head}… [cut: {len(raw):,} bytes in all]")
        text.full_bytes = len(raw)
        return text

    @property
    def excerpt(self) -> str:
        """The text without the note."""
        return self[: self.rindex("… [cut: ")]


class ResponseTooLarge(sqlite3.OperationalError):
    """A statement's rows would hold more than its budget (Datasette answers 400 with this)."""


class StatementBudget:
    """Counts what the current statement's rows hold, charged by the row factory.

    A statement is known by its cursor (Datasette runs each on a cursor of its own): the
    first row of another cursor starts a new count. The last cursor is held so that a new one
    cannot take its id. (Not SQLite's trace callback: statements FTS5 runs inside a
    statement, for ``snippet()``, would reset the count on every row.)"""

    def __init__(self, limit: int, *, cut_text: bool) -> None:
        self.limit = limit
        self.cut_text = cut_text
        self.used = 0
        self.cursor: sqlite3.Cursor | None = None

    def text(self, raw: bytes) -> str:
        """The text factory: a value as Datasette decodes it ("replace"), cut when long."""
        if self.cut_text and len(raw) > CELL_BYTES:
            return TruncatedText.cut(raw)
        return str(raw, "utf-8", "replace")

    def row(self, cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> sqlite3.Row:
        """The row factory: charge the row, refuse it over the budget, else a ``sqlite3.Row``
        (what Datasette's own row factory gives)."""
        if cursor is not self.cursor:
            self.cursor, self.used = cursor, 0
        used = self.used
        for value in values:
            used += len(value) if isinstance(value, (str, bytes)) else OTHER_VALUE
        self.used = used
        if used > self.limit:
            raise ResponseTooLarge(
                f"this page would hold more than {self.limit // 1_000_000} MB of values: ask "
                "for fewer rows (_size=10) or fewer columns (_col=…)")
        return sqlite3.Row(cursor, values)


def _capped(name: str, build: Callable[[int], bytes]) -> Callable[[Any], bytes]:
    """``name`` as SQLite has it, for at most MAX_BUILT bytes. Over that it gives SQLite a
    value one byte over its length limit, which SQLite refuses ("string or blob too big")
    before copying it: calloc'd zeros, so no memory is touched, and the visitor sees SQLite's
    own message (an exception raised here would be "user-defined function raised exception",
    its traceback in the server's log)."""
    def function(n: Any) -> bytes:
        try:
            size = int(n)
        except (TypeError, ValueError):
            size = 0
        if size > MAX_BUILT:
            return bytes(VALUE_LIMIT + 1)
        return build(max(size, 1 if name == "randomblob" else 0))

    return function


def install(conn: sqlite3.Connection, *, public: bool) -> StatementBudget:
    """Give ``conn`` the bounds above (after Datasette's own row and text factories)."""
    budget = StatementBudget(BUDGET["public" if public else "local"], cut_text=public)
    conn.text_factory = budget.text
    conn.row_factory = budget.row
    conn.create_function("randomblob", 1, _capped("randomblob", os.urandom))
    conn.create_function("zeroblob", 1, _capped("zeroblob", bytes), deterministic=True)
    conn.execute("PRAGMA temp_store = MEMORY")
    return budget


def limit_sqlite_heap() -> None:
    """Cap SQLite's heap at HEAP_LIMIT for this whole process: call it only in a process that
    does nothing but serve (``catalog serve``). A test or bench process that also scrapes
    would have its own writes fail with "out of memory" (a 3.6 M-character page indexed in
    one transaction needs more)."""
    conn = connect(":memory:")  # the limit is the process's; any connection sets it
    try:
        conn.execute(f"PRAGMA hard_heap_limit = {HEAP_LIMIT}")
    finally:
        conn.close()
