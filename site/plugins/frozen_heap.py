"""Freeze the heap Datasette has built once it is warm.

Why: what Datasette loads at start-up and on its first requests (Datasette itself, Jinja and
its compiled templates, SQLite wrappers, this site's metadata) lives as long as the server,
yet every full garbage collection walks it again. Rendering the models table page allocates
enough to trigger collections on most requests; on the 10,000-page catalog, freezing took the
page from 85 to 50 ms median and 114 to 69 ms p95 in one quiet measurement (later ones on this
shared two-core machine were too noisy to separate the effect; bench/RESULTS.md).
``gc.freeze()`` moves the objects alive now into a permanent generation the collector skips;
objects made later are collected as usual. It runs at start-up and again after the 1st, 10th
and 100th response, once templates and caches exist.
"""

from __future__ import annotations

import gc

from datasette import hookimpl

FREEZE_AFTER = frozenset({1, 10, 100})


def freeze() -> None:
    gc.collect()
    gc.freeze()


@hookimpl
def startup(datasette):
    async def at_startup() -> None:
        freeze()

    return at_startup


@hookimpl
def asgi_wrapper(datasette):
    served = 0

    def wrap(app):
        async def counting_app(scope, receive, send):
            nonlocal served
            await app(scope, receive, send)
            if scope.get("type") == "http":
                served += 1
                if served in FREEZE_AFTER:
                    freeze()

        return counting_app

    return wrap
