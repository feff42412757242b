"""Replacing a table by a new definition with every row kept: SQLite's own recipe for the
changes ALTER TABLE cannot make (a CHECK, a foreign key).

Why by hand and not ``sqlite_utils``' ``Table.transform()``: migrations 2 and 8 give tables
CHECK constraints and foreign keys written as SQL, and ``transform()`` (sqlite-utils 4.2)
takes no CHECK to add; and a migration that has shipped must make byte for byte the schema it
made before, since ``schema_check`` compares a catalog's ``CREATE TABLE`` text with the one the
migrations make. A later migration that renames, retypes or drops a column can use
``transform()``.
"""

from __future__ import annotations

import sqlite3


class MigrationError(RuntimeError):
    """A migration could not be applied; the catalog is left at its previous version."""


def rebuild_table(conn: sqlite3.Connection, table: str, create: str) -> None:
    """Replace ``table`` by the one ``create`` defines, keeping every row (and rowid), its
    indexes and triggers: SQLite's own recipe for changes ALTER TABLE cannot make (a CHECK, a
    foreign key). Columns the new table lacks would be lost, so they are refused."""
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
