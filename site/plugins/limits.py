"""Bounds on what a visitor's SQL may cost, and the public profile (``catalog serve --public``).

Every connection Datasette opens gets SQLite's own limits: no string or blob over 16 MB and no
statement over 100 KB of SQL text (without them, ``select length(hex(randomblob(150000000)))``
takes the server from 87 MB to 819 MB in a second). The catalog's longest text is a
description of some tens of KB, so nothing real comes near them.

In the public profile (metadata ``plugins.catalog-public.public: true``, set by
``catalog.publish.serve.build_datasette(public=True)``) arbitrary SQL is off (metadata
``allow_sql``)
and Datasette's introspection pages under ``/-/`` (databases with their absolute paths,
settings, plugins, versions, threads, actor, permissions) answer 404; its static files, the
canned queries and every page stay as they are. Tables whose rows hold page text
(``LARGE_TEXT_TABLES``) answer 400 to ``_size=max``, to a ``_size`` over ``LARGE_TEXT_ROWS``
and to ``_stream`` (every row in one CSV): their rows may be megabytes each (see also
``catalog/publish/bounds.py``, which bounds every statement).
"""

from __future__ import annotations

import sqlite3
from urllib.parse import parse_qsl

from datasette import hookimpl

from catalog.publish.bounds import VALUE_LIMIT

MAX_LENGTH = VALUE_LIMIT
MAX_SQL_LENGTH = 100_000
#: introspection endpoints hidden in the public profile (static files under /-/static stay)
HIDDEN = ("/-/databases", "/-/settings", "/-/config", "/-/plugins", "/-/versions", "/-/threads",
          "/-/actor", "/-/permissions", "/-/messages", "/-/allow-debug", "/-/metadata",
          "/-/patterns", "/-/auth-token", "/-/create-token")


#: tables whose rows hold a page's text (descriptions of up to megabytes)
LARGE_TEXT_TABLES = ("pages",)
#: the most rows a page of such a table may ask for in the public profile
LARGE_TEXT_ROWS = 100


def refusal(path: str, query_string: str) -> str | None:
    """Why the public profile refuses this request for a page of a large-text table, or
    None: ``_size=max``, a ``_size`` over LARGE_TEXT_ROWS, or ``_stream``."""
    parts = path.strip("/").split("/")
    if len(parts) != 2 or parts[0] != "catalog":
        return None
    table = parts[1].rsplit(".", 1)[0] if "." in parts[1] else parts[1]
    if table not in LARGE_TEXT_TABLES:
        return None
    for key, value in parse_qsl(query_string, keep_blank_values=True):
        if key == "_stream" and value not in ("", "0", "off"):
            return (f"{table}: rows hold page text, so they are not streamed all at once; "
                    f"page through them with _size={LARGE_TEXT_ROWS} or fewer")
        if key == "_size" and (value == "max" or (value.isdigit()
                                                  and int(value) > LARGE_TEXT_ROWS)):
            return (f"{table}: rows hold page text, so a page holds at most "
                    f"{LARGE_TEXT_ROWS} of them (_size={LARGE_TEXT_ROWS} or fewer)")
    return None


@hookimpl
def prepare_connection(conn):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_LENGTH)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_LENGTH)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def public_app(scope, receive, send):
            public = (datasette.plugin_config("catalog-public") or {}).get("public")
            path = scope.get("path", "") if scope.get("type") == "http" else ""
            if public and path.startswith(HIDDEN):
                await _text(send, 404, "Not found")
                return
            refused = public and refusal(path, scope.get("query_string", b"").decode("latin-1"))
            if refused:
                await _text(send, 400, refused)
                return
            await app(scope, receive, send)

        return public_app

    return wrap


async def _text(send, status: int, text: str) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
    await send({"type": "http.response.body", "body": text.encode("utf-8")})
