"""Every connection to a catalog is opened here, with ``PRAGMA trusted_schema=OFF``.

Why: a catalog is a file; whoever wrote it chose its views, triggers, CHECK constraints and
defaults. With the schema untrusted, SQLite refuses to let any of them call an application
function or use a virtual table (SQLite's "defense against dark arts"), so even a view that
reached us past ``catalog.storage.schema_check`` could run nothing but built-in SQL.

``database(conn)`` puts sqlite-utils over such a connection.

One exception, named where it is made: ``trust_verified_schema`` turns the setting back on for a
connection that writes pages, after the schema check found every trigger to be one of ours.
The search index's triggers write its FTS5 tables, and SQLite 3.40's FTS5 is not marked
innocuous, so with the schema untrusted those triggers (ours) could not run.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlite_utils

from catalog.publish import money


def connect(path: str | Path, *, read_only: bool = False, nolock: bool = False,
            **kwargs: Any) -> sqlite3.Connection:
    """``sqlite3.connect`` with the schema untrusted and the project's SQL functions
    (``catalog_money``); ``read_only`` opens with ``mode=ro`` (nothing this connection runs
    can write the file; ``nolock`` as Datasette's ``--nolock``)."""
    if read_only:
        conn = sqlite3.connect(read_only_uri(path, nolock=nolock), uri=True, **kwargs)
    else:
        conn = sqlite3.connect(str(path), **kwargs)
    untrust(conn)
    money.register(conn)
    return conn


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over a connection opened here (the schema stays untrusted), with no
    plugin hook run on it. Inside a transaction of the caller's, sqlite-utils writes in
    savepoints and commits nothing. Recursive triggers are on (sqlite-utils' default), so a
    REPLACE of a page fires the search index's delete trigger."""
    return sqlite_utils.Database(conn, execute_plugins=False)


def read_only_uri(path: str | Path, *, nolock: bool = False) -> str:
    """The ``file:`` URI that opens ``path`` read-only. The path is percent-encoded: in a URI a
    ``?`` or ``#`` would end it and a ``%`` would start an escape, so ``cat?.db`` would open
    ``cat`` (another file, or a new empty one)."""
    return f"file:{quote(str(Path(path).resolve()))}?mode=ro" + ("&nolock=1" if nolock else "")


def untrust(conn: sqlite3.Connection) -> None:
    """Set ``trusted_schema=OFF`` on a connection opened elsewhere (Datasette's)."""
    conn.execute("PRAGMA trusted_schema = OFF")


def trust_verified_schema(conn: sqlite3.Connection) -> None:
    """Let our own search-index triggers write their FTS5 tables on ``conn``. Call only after
    ``schema_check.verify`` passed on this file: every trigger it holds is then one this
    version makes."""
    conn.execute("PRAGMA trusted_schema = ON")
