"""Datasette's ``.csv`` pages with no cell a spreadsheet would run as a formula.

Model names, descriptions and URLs come from pages anyone can write, and Datasette writes CSV
cells as they are stored. This wrapper passes every CSV response through
``catalog.publish.spreadsheet.CsvFormulaGuard`` as it streams (a cell ``=HYPERLINK(...)`` becomes
``'=HYPERLINK(...)``); the stored data and the JSON and HTML pages are unchanged.
"""

from __future__ import annotations

from datasette import hookimpl

from catalog.publish.spreadsheet import CsvFormulaGuard


def _is_csv_request(scope) -> bool:
    if scope.get("type") != "http":
        return False
    query = scope.get("query_string", b"")
    return scope.get("path", "").endswith(".csv") or b"_format=csv" in query


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def guarded_app(scope, receive, send):
            if not _is_csv_request(scope):
                await app(scope, receive, send)
                return
            guard: CsvFormulaGuard | None = None

            async def guarded_send(message):
                nonlocal guard
                if message["type"] == "http.response.start":
                    headers = dict((k.lower(), v) for k, v in message.get("headers", []))
                    content_type = headers.get(b"content-type", b"")
                    if content_type.startswith((b"text/csv", b"text/plain")):
                        guard = CsvFormulaGuard()
                        message = {**message, "headers": [
                            (k, v) for k, v in message.get("headers", [])
                            if k.lower() != b"content-length"]}
                elif message["type"] == "http.response.body" and guard is not None:
                    body = guard.feed(message.get("body", b""))
                    if not message.get("more_body", False):
                        body += guard.close()
                    message = {**message, "body": body}
                await send(message)

            await app(scope, receive, guarded_send)

        return guarded_app

    return wrap
