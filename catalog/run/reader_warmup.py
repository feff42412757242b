"""What every reader shares: each installed source's small warm-up page read before the first
reader is forked (``warm``, called by ``catalog.run.forkserver_preload`` in the reader pool's
forkserver; importing this module does nothing).

Why: the reader's vocabulary, its Aho-Corasick automata and its compiled patterns are built on
the first page a process reads (0.4 s here), its client's CA bundle when the client is made and
the HTTP stack's modules on its first request.
Built once in the forkserver, they sit in pages every reader shares with it (copy-on-write)
instead of one private copy per reader, and a new reader (the first ones, or one that replaces a
reader killed over its budget) reads its first page at full speed, within its read budget.
``gc.freeze()`` then moves every object made so far out of the collector's reach: a collection
would otherwise touch them, and touching a shared page copies it.
"""

from __future__ import annotations

import gc
import importlib
from datetime import date

import anyio

from catalog.run.normalized_page import read_and_normalize
from catalog.run.reader_process import PageVisit
from scrapers.fetch.http import FetchResult, tls_context
from scrapers.sources.registry import all_sources


def warm() -> None:
    """Read each installed source's warm-up page (``Source.warmup_page``), as a reader would,
    and load what a reader's client loads (the CA bundle of its TLS context, a few MB); then
    freeze what the process holds."""
    for source in all_sources():
        if source.warmup_page is None:
            continue
        url, html = source.warmup_page
        try:
            page = read_and_normalize(html.encode(), url, date(2026, 1, 1), "text/html",
                                      source=source)
            PageVisit(FetchResult(url=url, final_url=url)).keep_reading(page, source)
        except Exception:  # another package's reader: its own pages will say why
            continue
    tls_context()
    # what the client's first request loads: httpx's transport imports httpcore, and httpcore's
    # asyncio backend comes from anyio (a third of a second of imports in every reader else)
    importlib.import_module("httpcore")
    anyio.run(anyio.sleep, 0)
    gc.collect()
    gc.freeze()
