"""Bounds on what a visitor's SQL may cost, and the public profile (``catalog serve --public``).

Every connection Datasette opens gets SQLite's own limits: no string or blob over 16 MB and no
statement over 100 KB of SQL text (``select length(hex(randomblob(150000000)))`` once took the
server from 87 MB to 819 MB in a second). The catalog's longest text is a description of some
tens of KB, so nothing real comes near them.

In the public profile (metadata ``plugins.catalog-public.public: true``, set by
``catalog.publish.serve.build_datasette(public=True)``) arbitrary SQL is off (metadata
``allow_sql``)
and Datasette's introspection pages under ``/-/`` (databases with their absolute paths,
settings, plugins, versions, threads, actor, permissions) answer 404; its static files, the
canned queries and every page stay as they are.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl

MAX_LENGTH = 16 * 1024 * 1024
MAX_SQL_LENGTH = 100_000
#: introspection endpoints hidden in the public profile (static files under /-/static stay)
HIDDEN = ("/-/databases", "/-/settings", "/-/config", "/-/plugins", "/-/versions", "/-/threads",
          "/-/actor", "/-/permissions", "/-/messages", "/-/allow-debug", "/-/metadata",
          "/-/patterns", "/-/auth-token", "/-/create-token")


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
                await send({"type": "http.response.start", "status": 404,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
                await send({"type": "http.response.body", "body": b"Not found"})
                return
            await app(scope, receive, send)

        return public_app

    return wrap
