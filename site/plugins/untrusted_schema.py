"""Every connection Datasette opens to the catalog runs with ``PRAGMA trusted_schema=OFF``
(``catalog.storage.connection``): a view of the served file can call no application function
and use no virtual table, whoever wrote it. ``catalog serve`` has checked the schema first
(``catalog.storage.schema_check``); this holds even for a file changed after that."""

from __future__ import annotations

from datasette import hookimpl

from catalog.storage.connection import untrust


@hookimpl
def prepare_connection(conn):
    untrust(conn)
