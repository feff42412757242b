"""What every reader shares: one small page read before the first reader is forked (``warm``,
called by ``catalog.run.forkserver_preload`` in the reader pool's forkserver; importing this
module does nothing).

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

from catalog.run.reading import for_the_store, read_and_normalize
from scrapers.fetch.http import tls_context
from scrapers.sources.registry import DEFAULT_SOURCE, source_named

_URL = "https://www.cometapi.com/models/openai/warmup-1/"
_PAGE = """<!doctype html><html lang="en"><head><title>Warmup 1 API</title></head><body>
<nav><a href="/models/">Models</a></nav><main><h1>Warmup 1</h1>
<p>Provider: OpenAI</p><p>Input: $2.00 / M tokens</p><p>Output: $8.00 / M tokens</p>
<p>Official price: Input $2.50 / M tokens, Output $10 / M tokens. Discount: 20%</p>
<p>Context window: 128K tokens. Max output: 16,384 tokens.</p>
<table><tr><th>Model</th><th>Input</th><th>Output</th></tr>
<tr><td>warmup-1</td><td>$2.00</td><td>$8.00</td></tr></table>
<h2>Description</h2><p>Warmup 1 offers a 128,000-token context window and up to 16,384
output tokens. It will be deprecated on 2027-01-31 and replaced by warmup-2. Commercial use is
allowed.</p>
<h2>More models</h2><a href="/models/openai/warmup-2/">Warmup 2 Input: $1/M Output: $4/M</a>
</main><footer>© CometAPI</footer></body></html>"""


def warm() -> None:
    """Read the page above, as a reader would, and load what a reader's client loads (the
    CA bundle of its TLS context, a few MB); then freeze what the process holds."""
    source = source_named(DEFAULT_SOURCE)
    for_the_store(read_and_normalize(_PAGE.encode(), _URL, date(2026, 1, 1), "text/html",
                                     source=source), source)
    tls_context()
    # what the client's first request loads: httpx's transport imports httpcore, and httpcore's
    # asyncio backend comes from anyio (a third of a second of imports in every reader else)
    importlib.import_module("httpcore")
    anyio.run(anyio.sleep, 0)
    gc.collect()
    gc.freeze()
