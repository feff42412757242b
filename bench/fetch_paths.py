"""How a page is fetched, measured: the ways the scrape can fetch and read a page, in
alternating runs on the same synthetic site, with medians.

    python -m bench.fetch_paths [--pages 1000] [--small 10,63] [--rounds 3]
                                [--variants NAME,...] [--before DIR] [--drivers 300]
                                [--no-scrapy]

``--variants`` names ways of running the scrape (``VARIANTS``); ``before:NAME`` runs the
variant NAME of the code in ``--before DIR`` (a checkout of an earlier commit with this file
in its bench/). Each round runs every variant once, in turn, then Scrapy, so that a slow
minute of a shared machine falls on all of them alike. ``--drivers N`` fetches N pages one at
a time with each HTTP client of ``scrapers.fetch`` and prints the CPU each costs a page.
Prints JSON lines, then medians.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from bench import run as bench_run
from bench import sitegen

#: name → ScrapeOptions fields of a way to run the scrape (given to ``--one``)
VARIANTS: dict[str, dict[str, Any]] = {
    "default": {},
    # a reader holds one page at a time, not the next one in its pipe as well
    "pipeline-1": {"_pipeline": 1},
}


def one(variant: str, base_url: str, db: str) -> None:
    """Run one full scrape of ``variant`` in this process; print its counts as JSON."""
    from bench.common import cpu_s
    from catalog.run.pipeline import ScrapeOptions, scrape
    from scrapers.sources.registry import SOURCES

    extra = dict(VARIANTS[variant])
    if "_pipeline" in extra:
        from catalog.run import reader_pool

        reader_pool.PIPELINE = extra.pop("_pipeline")
    started = time.perf_counter()
    result = asyncio.run(scrape(ScrapeOptions(
        base_url=base_url, db_path=Path(db), concurrency=4, requests_per_second=100000.0,
        timeout=30.0, backoff_base=0.05, full=True, max_failures=0,
        today=date(2026, 11, 21), host_aliases=SOURCES["cometapi"].hosts, **extra)))
    print(json.dumps({"status": result.status, "pages_ok": result.counts["pages_ok"],
                      "wall_s": round(time.perf_counter() - started, 3),
                      "main_cpu_s": round(cpu_s(), 3)}))


def _run(variant: str, base_url: str, db: Path, before: Path | None) -> dict[str, Any]:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cwd = bench_run.ROOT
    if variant.startswith("before:"):
        assert before is not None, "before:NAME needs --before DIR"
        variant, cwd = variant.removeprefix("before:"), before
    argv = [sys.executable, "-m", "bench.fetch_paths", "--one", variant, base_url, str(db)]
    wall, (_rss, pss), stdout, _err, cpu = bench_run._run_wait4(argv, cwd=cwd)
    out = json.loads(stdout.strip().splitlines()[-1])
    pages = max(1, out["pages_ok"])
    out.update(process_wall_s=round(wall, 3), tree_pss_mb=pss,
               readers_cpu_s=cpu["children_cpu_s"],
               nginx_cpu_s=cpu["nginx_cpu_s"], pps=round(pages / out["wall_s"], 1),
               cpu_ms_per_page=round(1000 * (out["main_cpu_s"] + cpu["children_cpu_s"])
                                     / pages, 2))
    return out


def site(workdir: Path, pages: int) -> tuple[Path, sitegen.Site]:
    """A generated site of about ``pages`` pages (20 locales, or fewer for a small one)."""
    locales = 20 if pages >= 200 else (2 if pages <= 10 else 3)
    models = max(1, pages // locales)
    root = workdir / f"site-{pages}"
    shutil.rmtree(root, ignore_errors=True)
    return root, bench_run.generate(root, models, locales, workers=2)


def compare(pages: int, variants: list[str], rounds: int, scrapy: bool,
            workdir: Path, before: Path | None = None) -> dict[str, Any]:
    from bench.servers import serve

    root, generated = site(workdir, pages)
    count = generated.pages
    runs: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
    if scrapy:
        runs["scrapy"] = []
    with serve(root) as (base_url, _server):
        for n in range(rounds):
            for variant in variants:
                got = _run(variant, base_url, workdir / "catalog.db", before)
                runs[variant].append(got)
                print(json.dumps({"pages": count, "round": n, "variant": variant, **got}),
                      flush=True)
            if scrapy:
                out = workdir / "scrapy.jsonl"
                out.unlink(missing_ok=True)
                got = bench_run.scrapy_crawl(base_url, out, 4)
                got["pps"] = round(got["items"] / got["wall_s"], 1)
                runs["scrapy"].append(got)
                print(json.dumps({"pages": count, "round": n, "variant": "scrapy", **got}),
                      flush=True)
    summary: dict[str, Any] = {"pages": count}
    for name, got in runs.items():
        summary[name] = {
            "wall_s": statistics.median(g["wall_s"] for g in got),
            "pps": statistics.median(g["pps"] for g in got),
            "pps_range": [min(g["pps"] for g in got), max(g["pps"] for g in got)],
            **({"cpu_ms_per_page": statistics.median(g["cpu_ms_per_page"] for g in got),
                "cpu_ms_range": [min(g["cpu_ms_per_page"] for g in got),
                                 max(g["cpu_ms_per_page"] for g in got)],
                "tree_pss_mb": statistics.median(g["tree_pss_mb"] for g in got)}
               if name != "scrapy" else {})}
    if scrapy:
        for variant in variants:
            ratios = [a["pps"] / s["pps"] for a, s in zip(runs[variant], runs["scrapy"],
                                                          strict=True)]
            summary[variant]["scrapy_ratio"] = round(statistics.median(ratios), 2)
            summary[variant]["scrapy_ratio_range"] = [round(min(ratios), 2),
                                                      round(max(ratios), 2)]
    return summary


def drivers(pages: int, rounds: int, workdir: Path) -> dict[str, Any]:
    """CPU seconds a page of each HTTP client of ``scrapers.fetch``, fetching one page at a
    time from nginx (as a reader process does)."""
    from bench.servers import serve

    root, generated = site(workdir, max(pages, 200))
    urls = [sitegen.page_path(sitegen.model(i % generated.n_models),
                              generated.locales[i // generated.n_models])
            for i in range(generated.pages)][:pages]
    out: dict[str, list[float]] = {}
    with serve(root) as (base_url, _server):
        for _ in range(rounds):
            for name, fetch_all in _drivers().items():
                cpu = time.process_time()
                fetched = fetch_all(base_url, urls)
                assert fetched == len(urls), (name, fetched)
                out.setdefault(name, []).append(1000 * (time.process_time() - cpu) / len(urls))
    return {name: {"cpu_ms_per_page": round(statistics.median(v), 3),
                   "range": [round(min(v), 3), round(max(v), 3)]} for name, v in out.items()}


def _drivers() -> dict[str, Any]:
    found: dict[str, Any] = {}
    try:
        from scrapers.fetch.http import PoliteClient
    except ImportError:
        PoliteClient = None
    if PoliteClient is not None:
        def polite(base_url: str, urls: list[str]) -> int:
            async def go() -> int:
                async with PoliteClient(base_url, requests_per_second=0,
                                        concurrency=1) as client:
                    return sum([(await client.fetch(base_url + u)).ok for u in urls])
            return asyncio.run(go())
        found["PoliteClient (event loop)"] = polite
    try:
        from scrapers.fetch.blocking import BlockingClient
    except ImportError:
        return found

    def blocking(base_url: str, urls: list[str]) -> int:
        with BlockingClient(base_url, requests_per_second=0) as client:
            return sum(client.fetch(base_url + u).ok for u in urls)
    found["BlockingClient"] = blocking
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", nargs=3, metavar=("VARIANT", "BASE_URL", "DB"))
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--small", default="10,63", help="small runs' page counts ('' none)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--before", type=Path, help="the earlier code's checkout")
    parser.add_argument("--drivers", type=int, default=0, metavar="N")
    parser.add_argument("--no-scrapy", action="store_true")
    args = parser.parse_args(argv)
    if args.one:
        one(*args.one)
        return 0
    variants = [v for v in args.variants.split(",") if v]
    workdir = Path(tempfile.mkdtemp(prefix="comet-fetch-paths-"))
    try:
        print(f"machine: {bench_run.machine()}", flush=True)
        results = []
        if args.drivers:
            results.append({"drivers": drivers(args.drivers, args.rounds, workdir)})
            print(json.dumps(results[-1]), flush=True)
        if args.pages:
            results.append(compare(args.pages, variants, args.rounds, not args.no_scrapy,
                                   workdir, args.before))
            print(json.dumps(results[-1]), flush=True)
        for small in [int(s) for s in args.small.split(",") if s]:
            results.append(compare(small, variants, args.rounds, False, workdir, args.before))
            print(json.dumps(results[-1]), flush=True)
        print("\nmedians:")
        for r in results:
            print(json.dumps(r))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
