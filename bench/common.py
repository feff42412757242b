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
