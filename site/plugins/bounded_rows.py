"""Bounded rows on every catalog connection, and the full value of a text served cut.

Why: see ``catalog/publish/bounds.py`` (a budget per statement in every profile; long text
cells cut in the public profile). Here the bounds are installed on each connection Datasette
opens to the catalog; a cut cell shows its excerpt and links to
``/catalog/<table>/<row>/-/text/<column>``, which serves the whole stored value as plain text,
two at a time (each may be up to SQLite's 16 MB value limit).
"""

from __future__ import annotations

import asyncio
import sqlite3
import weakref

from datasette import hookimpl
from datasette.utils import escape_sqlite, path_from_row_pks, urlsafe_components
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from catalog.publish.bounds import TruncatedText, install

DATABASE = "catalog"
#: characters of a cut value shown in an HTML cell (Datasette shows 2,048 of a long one)
SHOWN = 2_048
#: full values read and sent at once
FULL_AT_ONCE = 2
_slots: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # event loop → Semaphore


def _full_value_slots() -> asyncio.Semaphore:
    loop = asyncio.get_running_loop()
    if loop not in _slots:
        _slots[loop] = asyncio.Semaphore(FULL_AT_ONCE)
    return _slots[loop]


def _public(datasette) -> bool:
    return bool((datasette.plugin_config("catalog-public") or {}).get("public"))


@hookimpl
def prepare_connection(conn, database, datasette):
    if database == DATABASE:
        install(conn, public=_public(datasette))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if not isinstance(value, TruncatedText):
        return None

    async def cell() -> Markup:
        shown = escape(value.excerpt[:SHOWN])
        note = f"{value.full_bytes / 1e6:.1f} MB" if value.full_bytes >= 1e6 else \
            f"{value.full_bytes / 1e3:.0f} KB"
        if table is None:
            return Markup(f"{shown}… <em>(cut: {note} in all)</em>")
        db = datasette.get_database(database)
        pks = await db.primary_keys(table)
        try:
            key = path_from_row_pks(row, pks, not pks)
        except (IndexError, KeyError):  # a row without its key columns (_col=…)
            return Markup(f"{shown}… <em>(cut: {note} in all)</em>")
        href = f"{datasette.urls.table(database, table)}/{key}/-/text/{escape(column)}"
        return Markup(f'{shown}… <a href="{href}">full text ({note})</a>')

    return cell


async def full_text(datasette, request) -> Response:
    """The whole stored value of one text cell, as text/plain."""
    table, column = request.url_vars["table"], request.url_vars["column"]
    db = datasette.get_database(DATABASE)
    await datasette.ensure_permissions(request.actor, [
        ("view-table", (DATABASE, table)), ("view-database", DATABASE), "view-instance"])
    if not await db.table_exists(table) or column not in await db.table_columns(table):
        return Response.text("no such table or column", status=404)
    pks = await db.primary_keys(table) or ["rowid"]
    values = urlsafe_components(request.url_vars["pks"])
    if len(values) != len(pks):
        return Response.text("no such row", status=404)
    where = " and ".join(f"{escape_sqlite(pk)} = ?" for pk in pks)
    sql = f"select {escape_sqlite(column)} from {escape_sqlite(table)} where {where}"

    def read(conn: sqlite3.Connection):
        factories = conn.text_factory, conn.row_factory
        conn.text_factory, conn.row_factory = bytes, None  # whole, and outside the budget
        try:
            return conn.execute(sql, values).fetchone()
        finally:
            conn.text_factory, conn.row_factory = factories

    async with _full_value_slots():
        row = await db.execute_fn(read)
    if row is None or not isinstance(row[0], bytes):
        return Response.text("no such row, or not a text value", status=404)
    # plain text, never sniffed as HTML: scraped text may hold markup
    return Response(row[0], content_type="text/plain; charset=utf-8",
                    headers={"cache-control": "max-age=60", "x-content-type-options": "nosniff"})


@hookimpl
def register_routes():
    return [(r"^/(?P<database>catalog)/(?P<table>[^/.]+)/(?P<pks>[^/.]+)/-/text/"
             r"(?P<column>[^/.]+)$", full_text)]
