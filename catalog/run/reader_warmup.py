"""Imported by the reader pool's forkserver only, before it forks any reader (it makes the
process ignore Ctrl-C: never import it elsewhere): reads each installed source's small
warm-up page and loads the TLS context.

Why: the reader's vocabulary, its Aho-Corasick automata and its compiled patterns are built on
the first page a process reads, and its client's CA bundle when the client is made. Built once
here, before the fork, they sit in pages every reader shares with the forkserver
(copy-on-write) instead of one private copy per reader, and a new reader (the first ones, or
one that replaces a reader killed over its budget) reads its first page at full speed.
``gc.freeze()`` then moves every object made so far out of the collector's reach: a collection
would otherwise touch them, and touching a shared page copies it.
"""

from __future__ import annotations

import signal

# First, before the imports and the reading (half a second): the terminal's Ctrl-C goes to the
# whole process group, and the forkserver ignores it only once its preloading is over. Killed
# in the middle of it, it would leave the scrape waiting for readers that never come; the
# scrape stops its readers itself.
signal.signal(signal.SIGINT, signal.SIG_IGN)

import gc  # noqa: E402
from datetime import date  # noqa: E402

from catalog.run.reading import for_the_store, read_and_normalize  # noqa: E402
from scrapers.fetch.blocking import BlockingClient  # noqa: E402
from scrapers.sources.registry import all_sources  # noqa: E402


def warm() -> None:
    """Read each installed source's warm-up page (``Source.warmup_page``), as a reader would,
    and load what a reader's client loads (the CA bundle of its TLS context, a few MB); then
    freeze what the process holds."""
    for source in all_sources():
        if source.warmup_page is None:
            continue
        url, html = source.warmup_page
        try:
            for_the_store(read_and_normalize(html.encode(), url, date(2026, 1, 1), "text/html",
                                             source=source), source)
        except Exception:  # another package's reader: its own pages will say why
            continue
    BlockingClient.tls_context()
    gc.collect()
    gc.freeze()


warm()
