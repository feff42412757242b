"""Typed canned-query parameters: ``min_context=128k`` is 128000, ``min_context=abc`` is refused
with a message, never read as 0.

The canned SQL reads such parameters through ``catalog_size(:name)`` or ``catalog_usd(:name)``
(``catalog/publish/query_params.py``: the project's own number grammar, NULL when the text is not a
figure, so a bad value matches no row). This plugin registers those functions on every
connection and says what was wrong: on the HTML page as an error message above the (empty)
results, and as HTTP 400 with Datasette's JSON error shape for ``.json`` and ``.csv``.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, unquote

from datasette import hookimpl

from catalog.publish.query_params import bad_values, register

DATABASE = "catalog"


@hookimpl
def prepare_connection(conn):
    register(conn)


async def _problems(datasette, name: str, values: dict[str, str]) -> list[str]:
    query = await datasette.get_canned_query(DATABASE, name, None)
    if query is None:
        return []
    return bad_values(query["sql"], values)


@hookimpl
def extra_template_vars(datasette, request, database, view_name):
    async def inner():
        if request is None or database != DATABASE:
            return {}
        name = request.url_vars.get("table")
        if not name:
            return {}
        values = {key: request.args.get(key) for key in request.args.keys()}  # noqa: SIM118
        for problem in await _problems(datasette, name, values):
            datasette.add_message(request, problem, datasette.ERROR)
        return {}

    return inner


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def typed_params_app(scope, receive, send):
            if scope.get("type") == "http":
                parts = scope.get("path", "").strip("/").split("/")
                if len(parts) == 2 and parts[0] == DATABASE and "." in parts[1]:
                    name, _, extension = unquote(parts[1]).rpartition(".")
                    if extension in ("json", "csv"):
                        values = dict(parse_qsl(scope.get("query_string", b"").decode(
                            "utf-8", "replace"), keep_blank_values=True))
                        problems = await _problems(datasette, name, values)
                        if problems:
                            await _send_400(send, "; ".join(problems))
                            return
            await app(scope, receive, send)

        return typed_params_app

    return wrap


async def _send_400(send, message: str) -> None:
    body = json.dumps({"ok": False, "error": message, "status": 400,
                       "title": "Invalid parameter"}).encode()
    await send({"type": "http.response.start", "status": 400,
                "headers": [(b"content-type", b"application/json; charset=utf-8")]})
    await send({"type": "http.response.body", "body": body})
