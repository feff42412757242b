"""One run of the catalog's real scrape, in its own process so that its peak memory can be
read. ``python -m bench.scrape_once BASE_URL DB CONCURRENCY [--full]`` prints the run's counts
as JSON on its last line."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import date
from pathlib import Path

from bench.common import cpu_s, peak_rss_mb
from catalog.run.pipeline import ScrapeOptions, scrape
from scrapers.sources.registry import DEFAULT_SOURCE, source_named


def main() -> None:
    base_url, db, concurrency = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    result = asyncio.run(scrape(ScrapeOptions(
        base_url=base_url, db_path=db, concurrency=concurrency, requests_per_second=100000.0,
        timeout=30.0, backoff_base=0.05, full="--full" in sys.argv, max_failures=0,
        today=date(2026, 11, 21), host_aliases=source_named(DEFAULT_SOURCE).hosts)))
    print(json.dumps({"status": result.status, "reason": result.reason, **result.counts,
                      "vmhwm_mb": peak_rss_mb(), "phases": result.phases,
                      "main_cpu_s": round(cpu_s(), 2)}))


if __name__ == "__main__":
    main()
