"""What every bench script measures of its own process, read the same way in each so that
their figures in bench/RESULTS.md compare."""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_mb() -> int:
    """This process's peak resident set (VmHWM), in MB. Not ru_maxrss: on Linux a child's
    ru_maxrss starts at its parent's resident size at fork, which would charge the bench's own
    memory."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024)
    return 0


def cpu_s() -> float:
    """CPU seconds of this process so far (user + system): on a shared machine a steadier
    measure of its own work than its wall time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def empty_text_caches(prefixes: tuple[str, ...] = ("scrapers.", "catalog.")) -> int:
    """Empty the reader's bounded caches (``functools.lru_cache`` with a ``maxsize``: the
    ones keyed by a page's texts), keep its unbounded ones (``functools.cache``: automata,
    patterns, CLDR data, loaded once per process). What a long-lived reader process holds
    before a page it has never read: its one-time loads, none of that page's texts. Returns
    how many caches were emptied."""
    import sys

    emptied = 0
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(prefixes):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is not None and callable(info) and info().maxsize is not None:
                value.cache_clear()
                emptied += 1
    return emptied
