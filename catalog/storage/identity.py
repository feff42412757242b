"""Is a file a catalog? Asked before any command writes to it, and answered without writing.

A catalog carries its own mark (``PRAGMA application_id``), set when the store first opens
it. A database from an earlier version has no mark but has the catalog's tables; anything else
(another program's database, a text file) is refused before anything touches it: serving or
scraping it would leave search triggers in it and switch it to WAL.

A file with the mark is a catalog only if its schema is one our migrations made
(``catalog.storage.schema_check``): the mark is two bytes anyone can write, and a catalog made
by someone else ran its own triggers during a scrape and its own views during ``catalog site``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from catalog.storage.connection import connect
from catalog.storage.migrations import latest_version
from catalog.storage.schema_check import SchemaReport, check_schema, summary

#: "CMCT": the mark every catalog carries in its header
APPLICATION_ID = 0x434D4354
_CORE_TABLES = {"runs", "models", "pages", "prices"}


class NotACatalogError(RuntimeError):
    """The file exists and is not a catalog (or not a SQLite database at all)."""


def check_catalog(path: str | Path, *, may_create: bool,
                  upgrade: bool = False) -> SchemaReport:
    """Raise ``NotACatalogError`` unless ``path`` is a catalog whose schema is ours (or, with
    ``may_create``, does not exist yet or is an empty file). Opens the file read-only and runs
    no trigger or view. ``upgrade``: the caller opens it with ``Store``, which replaces our
    views and search triggers of another release before anything runs; without it a stale
    view is refused (a read would run it). Returns what the schema check found."""
    path = Path(path)
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        if may_create:
            return SchemaReport()
        raise NotACatalogError(f"no catalog at {path}: run `catalog scrape` first")
    if not path.is_file():
        raise NotACatalogError(f"{path} is not a file")
    try:
        conn = connect(path, read_only=True)
        try:
            mark = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            empty = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
            ours = mark == APPLICATION_ID or (mark == 0 and tables >= _CORE_TABLES)
            report = check_schema(conn) if ours and version <= latest_version() else None
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise NotACatalogError(f"{path} is not a SQLite database: refusing to use it") from None
    if mark == APPLICATION_ID and version > latest_version():
        raise NotACatalogError(f"{path} is a catalog of schema version {version}, newer than "
                               f"this program knows ({latest_version()}): upgrade comet-catalog")
    if report is not None:  # a catalog, or one made before catalogs were marked
        if report.differences:
            raise NotACatalogError(f"{path} has a schema this version's migrations do not make "
                                   f"({summary(report)}): refusing to use it")
        if report.stale_views and not upgrade:
            raise NotACatalogError(
                f"{path} holds views of another release ({', '.join(report.stale_views)}): "
                "`catalog status --db` brings them to this version's")
        return report
    if mark == 0 and empty and may_create:
        return SchemaReport()  # an empty database: it becomes a catalog
    raise NotACatalogError(f"{path} is not a comet-catalog database (it holds another "
                           "program's tables): refusing to write to it")
