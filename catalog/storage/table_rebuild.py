"""Changing a table in a migration, every row kept: sqlite-utils' ``Table.transform()`` where it
can make the change, SQLite's own rebuild recipe by hand where it cannot.

A migration that renames, retypes or drops a column, or changes a primary key, a NOT NULL or
a default, calls ``transform_table`` (sqlite-utils 4.2's ``transform()``: it keeps the rows,
the rowids, the indexes and the CHECK constraints already there). What ``transform()`` lacks,
checked on sqlite-utils 4.2.1:

- it adds no CHECK constraint (it keeps those a table has; it takes no new one);
- it writes every foreign key without ``DEFERRABLE INITIALLY DEFERRED``, so a run, which
  writes a model's history before the model in one transaction, would fail at the first
  price; ``transform_table`` refuses such a table rather than lose that;
- it writes its own ``CREATE TABLE`` text (quoted names, its own layout), while a shipped
  migration must make to the byte the text it made (``schema_check`` compares a catalog's SQL
  with what the migrations make; ``tests/test_schema_equality.py``).

So migrations 2 and 8, which add CHECK constraints and deferred foreign keys and have shipped,
rebuild by hand: ``rebuild_table`` takes the new ``CREATE TABLE`` as SQL.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from sqlite_utils.db import AlterError, TransformError

from catalog.storage.connection import database

__all__ = ["MigrationError", "database", "rebuild_table", "transform_table"]


class MigrationError(RuntimeError):
    """A migration could not be applied; the catalog is left at its previous version."""


_DEFERRED = re.compile(r"\bDEFERRABLE\s+INITIALLY\s+DEFERRED\b", re.I)


def transform_table(conn: sqlite3.Connection, table: str, **changes: Any) -> None:
    """``Table.transform(**changes)`` of sqlite-utils on ``table``, inside the migration's
    transaction. Refused, the table untouched, when the change would lose what sqlite-utils
    cannot write (deferred foreign keys) or cannot make (a partial index on a column renamed
    or dropped): ``rebuild_table`` with the new definition written out does those."""
    target = database(conn).table(table)
    try:
        new = target.transform_sql(**changes, tmp_suffix="transform")[0]
        if _DEFERRED.search(target.schema) and not _DEFERRED.search(new):
            raise MigrationError(
                f"transform() would make the deferred foreign keys of {table} immediate "
                "(sqlite-utils writes no DEFERRABLE): rebuild it with rebuild_table")
        target.transform(**changes)
    except (TransformError, AlterError) as exc:
        raise MigrationError(f"transform() of {table}: {exc}") from None


def rebuild_table(conn: sqlite3.Connection, table: str, create: str) -> None:
    """Replace ``table`` by the one ``create`` defines, keeping every row (and rowid), its
    indexes and triggers: SQLite's own recipe for changes ALTER TABLE and ``transform()``
    cannot make (a CHECK, a deferred foreign key, a definition written to the byte). Columns
    the new table lacks would be lost, so they are refused."""
    old = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    temp = f"_new_{table}"
    conn.execute(create.replace(f"CREATE TABLE {table}", f'CREATE TABLE "{temp}"', 1)
                 .replace(f"CREATE TABLE IF NOT EXISTS {table}", f'CREATE TABLE "{temp}"', 1))
    info = conn.execute(f'PRAGMA table_info("{temp}")').fetchall()
    new = [r[1] for r in info]
    lost = [c for c in old if c not in new]
    if lost:
        raise MigrationError(f"rebuilding {table} would drop its columns {lost}")
    if not old:  # the table did not exist: the new one is simply created
        conn.execute(f'ALTER TABLE "{temp}" RENAME TO "{table}"')
        return
    keep = conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL", (table,)).fetchall()
    integer_key = [r for r in info if r[5] and r[2].upper() == "INTEGER"]
    rowid = "" if integer_key else "rowid, "
    names = ", ".join(f'"{c}"' for c in old)
    conn.execute(f'INSERT INTO "{temp}" ({rowid}{names}) SELECT {rowid}{names} FROM "{table}"')
    conn.execute(f'DROP TABLE "{table}"')
    conn.execute(f'ALTER TABLE "{temp}" RENAME TO "{table}"')
    for (statement,) in keep:
        conn.execute(statement)
