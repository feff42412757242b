"""``make bench``: generate a synthetic site, serve it with nginx, measure, print the table.

    python -m bench.run [--models 500] [--locales 20] [--scales 1000,10000] [--quick]
                        [--concurrency 4] [--no-scrapy] [--write | --no-write] [--workdir DIR]

Each scale is a page count (models = pages / locales). For each: reading speed of the catalog's
reader (read_page + normalize, one process = one core; read cold, then again warm) beside
BeautifulSoup + lxml on the same pages; a full scrape into SQLite through the real pipeline
(wall time, pages/s, peak RSS of the scrape's own process); an unchanged re-run and a re-run
after 1% of the pages changed; the same fetch and reading by a minimal Scrapy spider at the
same concurrency; Datasette latencies on the database the scrape built. The figures go to
stdout and, unless --no-write, into bench/RESULTS.md between the ``figures`` markers; a --quick
run writes them only with --write.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from multiprocessing import Pool
from pathlib import Path

from bench import sitegen
from bench.common import empty_text_caches

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


# ---------------------------------------------------------------- set-up and generation


def ensure_setup() -> None:
    try:
        import bs4  # noqa: F401
        import scrapy  # noqa: F401

        from bench.servers import nginx_binary
        if nginx_binary():
            return
    except ImportError:
        pass
    subprocess.run(["bash", str(ROOT / "bench" / "setup.sh")], check=False,
                   env={**os.environ, "PY": sys.executable})


def _write_models(args: tuple[str, list[int], list[str], int]) -> int:
    root, indexes, locales, n_models = args
    for index in indexes:
        m = sitegen.model(index)
        for locale in locales:
            path = Path(root) / sitegen.page_path(m, locale).strip("/") / "index.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(sitegen.render(index, locale, n_models), encoding="utf-8")
    return len(indexes)


def generate(root: Path, n_models: int, n_locales: int, workers: int) -> sitegen.Site:
    """``sitegen.generate`` on every core."""
    locales = list(sitegen.LOCALES)[:n_locales]
    chunks = [list(range(k, n_models, workers * 4)) for k in range(workers * 4)]
    with Pool(workers) as pool:
        pool.map(_write_models, [(str(root), c, locales, n_models) for c in chunks if c])
    site = sitegen.Site(root, n_models, locales, {})
    sitegen.write_sitemaps(site)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /console/\n\n"
                                     f"Sitemap: {sitegen.SITE_URL}/sitemap.xml\n")
    return site


# ---------------------------------------------------------------- measurements


def _sample(site: sitegen.Site, n: int) -> list[tuple[str, bytes, int, str]]:
    pages = []
    step = max(1, site.pages // n)
    for k in range(0, site.pages, step):
        index, locale = k % site.n_models, site.locales[k // site.n_models]
        m = sitegen.model(index)
        body = (site.root / sitegen.page_path(m, locale).strip("/") / "index.html").read_bytes()
        pages.append((sitegen.SITE_URL + sitegen.page_path(m, locale), body, index, locale))
    return pages[:n]


def _warm_speed(pages: list[tuple[str, bytes, int, str]]) -> float:
    """Pages per second on one core of the same pages read again by the same process, its
    one-time loads done (imports, regex compiles, CLDR data, automata) and the caches keyed by
    page texts emptied first (``bench.common.empty_text_caches``): what a long-lived reader
    process reads at. ``ours_pps`` (the first pass) also pays the one-time loads, about half a
    second a process."""
    from catalog.run.normalized_page import read_and_normalize

    empty_text_caches()
    start = time.perf_counter()
    for url, body, _index, _locale in pages:
        read_and_normalize(body, url, date(2026, 11, 21), "text/html").record.to_json()
    return len(pages) / (time.perf_counter() - start)


def reading_speed(site: sitegen.Site, n: int) -> dict:
    """Pages per second on one core: the catalog's reader, and BeautifulSoup + lxml. Ours gets
    the page as fetched (bytes, with nginx's Content-Type), as a scrape hands it over;
    BeautifulSoup gets it decoded, as it would be in a user's script."""
    from catalog.run.normalized_page import read_and_normalize

    pages = _sample(site, n)
    size = sum(len(body) for _, body, _, _ in pages) / len(pages)
    correct = 0
    start, cpu = time.perf_counter(), time.process_time()
    for url, body, index, locale in pages:
        outcome = read_and_normalize(body, url, date(2026, 11, 21), "text/html")
        record = outcome.record.to_json()
        expected = site.expected(index, locale)
        correct += [(p["kind"], p["usd"], p["official_usd"]) for p in record["prices"]] == [
            (p["kind"], p["usd"], p["official_usd"]) for p in expected["prices"]]
    ours = len(pages) / (time.perf_counter() - start)
    # the same pass by this process's CPU time: what a shared machine's load disturbs least
    ours_cpu = len(pages) / (time.process_time() - cpu)
    out = {"pages": len(pages), "avg_kb": round(size / 1024), "ours_pps": round(ours, 1),
           "ours_correct": correct, "ours_pps_cpu": round(ours_cpu, 1),
           "ours_pps_warm": round(_warm_speed(pages), 1)}
    try:
        from bench import soup_reader
    except ImportError:
        return out
    soup_pages = pages[: max(10, len(pages) // 3)]
    agree = 0
    start = time.perf_counter()
    for _url, body, index, locale in soup_pages:
        # decoded first, as `BeautifulSoup(response.text, "lxml")` would be: handed bytes,
        # BeautifulSoup sniffs the encoding itself, which halves its speed
        got = soup_reader.read(body.decode("utf-8"))
        expected = site.expected(index, locale)
        agree += got["name"] == expected["name"] and got["prices"] == {
            p["kind"]: [p["usd"], p["official_usd"]] for p in expected["prices"]}
    soup = len(soup_pages) / (time.perf_counter() - start)
    out.update(soup_pps=round(soup, 1), soup_correct=agree, soup_pages=len(soup_pages),
               ratio=round(ours / soup, 2))
    return out


def _tree_pids(pid: int) -> list[int]:
    """``pid`` and all its descendants (a scrape's forkserver and reader processes)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return found


def _status_kb(pid: int, path: str, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree_memory_mb(pid: int) -> tuple[float, float]:
    """(RSS sum, PSS sum) of ``pid`` and all its descendants. The RSS sum counts the pages the
    processes share (the forkserver's, which every reader was forked from) once per process;
    the PSS sum, what the tree takes on the machine, counts a page shared by n processes 1/n
    in each."""
    pids = _tree_pids(pid)
    return (sum(_status_kb(p, "status", "VmRSS:") for p in pids) / 1024,
            sum(_status_kb(p, "smaps_rollup", "Pss:") for p in pids) / 1024)


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, each process's RSS added up."""
    return _tree_memory_mb(pid)[0]


def _cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` so far (all its threads)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        fields = stat[stat.rindex(")") + 2:].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def nginx_cpu_s() -> float:
    """CPU seconds of the nginx processes this bench started (children of this process)."""
    total = 0.0
    for pid in _tree_pids(os.getpid()):
        try:
            if Path(f"/proc/{pid}/comm").read_text().strip() == "nginx":
                total += _cpu_s(pid) or 0.0
        except OSError:
            continue
    return total


class _TreePeak:
    """Samples a process tree every 50 ms: ``peak_mb`` is the largest RSS sum seen and
    ``peak_pss_mb`` the largest PSS sum (so a scrape's reader processes count, not only its
    main process); ``cpu`` holds each process's CPU seconds as last seen (a reader's last
    50 ms before it is stopped go uncounted)."""

    def __init__(self, pid: int) -> None:
        import threading

        self.pid, self.peak_mb, self.peak_pss_mb = pid, 0.0, 0.0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            pids = _tree_pids(self.pid)
            rss = sum(_status_kb(p, "status", "VmRSS:") for p in pids) / 1024
            pss = sum(_status_kb(p, "smaps_rollup", "Pss:") for p in pids) / 1024
            self.peak_mb, self.peak_pss_mb = max(self.peak_mb, rss), max(self.peak_pss_mb, pss)
            for p in pids:
                seconds = _cpu_s(p)
                if seconds is not None:
                    self.cpu[p] = seconds

    def others_cpu_s(self) -> float:
        """CPU seconds of the tree's processes other than its root (forkserver, readers)."""
        return sum(seconds for pid, seconds in self.cpu.items() if pid != self.pid)

    def stop(self) -> tuple[int, int]:
        self._stop.set()
        self._thread.join()
        return round(self.peak_mb), round(self.peak_pss_mb)


def _run_wait4(argv: list[str], cwd: Path = ROOT
               ) -> tuple[float, tuple[int, int], str, str, dict[str, float]]:
    """Run ``argv`` in ``cwd`` to its end: (wall seconds, (peak RSS sum, peak PSS sum) of its
    tree, its stdout, its stderr, CPU seconds of its children and of nginx meanwhile)."""
    start = time.perf_counter()
    nginx_before = nginx_cpu_s()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, stdout=out, stderr=err, cwd=cwd)
        sampler = _TreePeak(proc.pid)
        _, status, _usage = os.wait4(proc.pid, 0)
        tree_mb = sampler.stop()
        cpu = {"children_cpu_s": round(sampler.others_cpu_s(), 2),
               "nginx_cpu_s": round(nginx_cpu_s() - nginx_before, 2)}
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{argv[:4]} failed ({proc.returncode}): {stderr[-2000:]}")
    return wall, tree_mb, stdout, stderr, cpu


def scrape(base_url: str, db: Path, concurrency: int, full: bool = False) -> dict:
    argv = [sys.executable, "-m", "bench.scrape_once", base_url, str(db), str(concurrency)]
    wall, (tree_mb, tree_pss), stdout, _, cpu = _run_wait4(argv + (["--full"] if full else []))
    counts = json.loads(stdout.strip().splitlines()[-1])
    return {"wall_s": round(wall, 2), "rss_mb": counts.pop("vmhwm_mb", 0),
            "tree_rss_mb": tree_mb, "tree_pss_mb": tree_pss, **counts,
            "readers_cpu_s": cpu["children_cpu_s"], "nginx_cpu_s": cpu["nginx_cpu_s"]}


def scrapy_crawl(base_url: str, out: Path, concurrency: int) -> dict:
    argv = [sys.executable, "-m", "bench.scrapy_spider", base_url, str(out), str(concurrency)]
    wall, (tree_mb, _pss), stdout, _, cpu = _run_wait4(argv)
    last = json.loads(stdout.strip().splitlines()[-1]) if stdout else {}
    items = sum(1 for _ in out.open()) if out.exists() else 0
    return {"wall_s": round(wall, 2), "rss_mb": last.get("vmhwm_mb", 0), "tree_rss_mb": tree_mb,
            "items": items, "cpu_s": last.get("cpu_s"), "nginx_cpu_s": cpu["nginx_cpu_s"]}


def datasette_latency(db: Path, repeat: int) -> dict[str, dict[str, float]]:
    """Median and p95 (ms) of every page the docs name, in-process (bench/serving.py)."""
    from bench import serving

    return serving.measure(db, repeat)


# ---------------------------------------------------------------- one scale


def _cores() -> int:
    """The cores this process may run on (the reader pool's default size)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


def measure_scale(pages: int, n_locales: int, args, workdir: Path) -> dict:
    from bench.servers import serve

    n_models = max(1, pages // n_locales)
    root = workdir / f"site-{pages}"
    shutil.rmtree(root, ignore_errors=True)
    t = time.perf_counter()
    site = generate(root, n_models, n_locales, workers=os.cpu_count() or 1)
    result: dict = {"pages": site.pages, "models": n_models, "locales": n_locales,
                    "cores": _cores(),
                    "generate_s": round(time.perf_counter() - t, 1)}
    print(f"[{pages}] generated {site.pages} pages in {result['generate_s']} s", flush=True)
    result["read"] = reading_speed(site, min(args.read_sample, site.pages))
    print(f"[{pages}] reading: {result['read']}", flush=True)
    if args.read_only:
        return result
    db = workdir / f"catalog-{pages}.db"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with serve(root, prefer_nginx=not args.python_server) as (base_url, server):
        result["server"] = server
        result["full"] = scrape(base_url, db, args.concurrency)
        print(f"[{pages}] full scrape: {result['full']}", flush=True)
        result["unchanged"] = scrape(base_url, db, args.concurrency)
        print(f"[{pages}] unchanged re-run: {result['unchanged']}", flush=True)
        sitegen.change(site, 0.01)
        result["changed_1pct"] = scrape(base_url, db, args.concurrency)
        print(f"[{pages}] 1% changed re-run: {result['changed_1pct']}", flush=True)
        if not args.no_scrapy:
            try:
                import scrapy  # noqa: F401
                result["scrapy"] = scrapy_crawl(base_url, workdir / f"scrapy-{pages}.jsonl",
                                                args.concurrency)
                print(f"[{pages}] scrapy: {result['scrapy']}", flush=True)
            except ImportError:
                print("scrapy is not installed: bash bench/setup.sh", flush=True)
    result["datasette"] = datasette_latency(db, args.repeat)
    print(f"[{pages}] datasette: {json.dumps(result['datasette'])}", flush=True)
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    return result


# ---------------------------------------------------------------- the table


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    except OSError:
        mem = 0
    return (f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GB RAM; {platform.platform()}; "
            f"Python {platform.python_version()}")


def table(results: list[dict], concurrency: int) -> str:
    rows = ["| figure | " + " | ".join(f"{r['pages']:,} pages" for r in results) + " |",
            "|---|" + "---|" * len(results)]

    def row(label: str, fn) -> None:
        cells = []
        for r in results:
            try:
                cells.append(fn(r))
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("not measured")
        rows.append(f"| {label} | " + " | ".join(cells) + " |")

    row("models × locales", lambda r: f"{r['models']} × {r['locales']}")
    row("average page size", lambda r: f"{r['read']['avg_kb']} KB")
    row("read + normalize, pages/s per core",
        lambda r: f"{r['read']['ours_pps']} ({r['read']['ours_correct']}/"
                  f"{r['read']['pages']} exact)")
    row("the same, by the process's CPU time (a shared machine's load disturbs it least)",
        lambda r: f"{r['read']['ours_pps_cpu']}")
    row("read + normalize, pages/s per core, warm (the same pages again, one-time loads done)",
        lambda r: f"{r['read']['ours_pps_warm']}")
    row("BeautifulSoup + lxml, pages/s per core",
        lambda r: f"{r['read']['soup_pps']} ({r['read']['soup_correct']}/"
                  f"{r['read']['soup_pages']} exact)")
    row("reader ÷ BeautifulSoup", lambda r: f"{r['read']['ratio']}×")
    row(f"full scrape (concurrency {concurrency}): wall",
        lambda r: f"{r['full']['wall_s']} s")
    row("full scrape: pages/s",
        lambda r: f"{r['full']['pages_ok'] / r['full']['wall_s']:.1f}")
    row("full scrape: peak RSS, scrape process", lambda r: f"{r['full']['rss_mb']} MB")
    row("full scrape: peak memory with its reader processes, PSS sum (RSS sum)",
        lambda r: f"{r['full']['tree_pss_mb']} MB ({r['full']['tree_rss_mb']} MB)")
    row("full scrape: CPU of the scrape process (event loop)",
        lambda r: f"{r['full']['main_cpu_s']} s")
    row("full scrape: event loop CPU per page",
        lambda r: f"{r['full']['main_cpu_s'] / r['full']['pages_ok'] * 1000:.2f} ms")
    row("full scrape: scrape process CPU per page, crawling / merge and commit / search indexes",
        lambda r: " / ".join(f"{r['full']['phases'][phase]['cpu_s'] / r['full']['pages_ok'] * 1000:.2f}"  # noqa: E501
                             for phase in ("crawl", "finish", "search_index")) + " ms")
    row("full scrape: end of run (merge and commit, search indexes beside the WAL copy): wall",
        lambda r: f"{r['full']['phases']['finish']['wall_s']:.2f} + "
                  f"{r['full']['phases']['search_index']['wall_s']:.2f} s")
    row("full scrape: CPU per page, readers / scrape process / nginx",
        lambda r: f"{r['full']['readers_cpu_s'] / r['full']['pages_ok'] * 1000:.2f} / "
                  f"{r['full']['main_cpu_s'] / r['full']['pages_ok'] * 1000:.2f} / "
                  f"{r['full']['nginx_cpu_s'] / r['full']['pages_ok'] * 1000:.2f} ms")
    row("full scrape: cores busy (all CPU ÷ wall × cores)",
        lambda r: f"{(r['full']['readers_cpu_s'] + r['full']['main_cpu_s'] + r['full']['nginx_cpu_s']) / (r['full']['wall_s'] * r['cores']):.0%}")  # noqa: E501
    row("full scrape ÷ (reader pages/s × cores)",
        lambda r: f"{(r['full']['pages_ok'] / r['full']['wall_s']) / (r['read']['ours_pps'] * r['cores']):.0%}")  # noqa: E501
    row("Scrapy (same pages, same reader, JSON lines): wall",
        lambda r: f"{r['scrapy']['wall_s']} s ({r['scrapy']['items']} items)")
    row("Scrapy: pages/s", lambda r: f"{r['scrapy']['items'] / r['scrapy']['wall_s']:.1f}")
    row("Scrapy: peak RSS", lambda r: f"{r['scrapy']['rss_mb']} MB")
    row("Scrapy: CPU per page, Scrapy / nginx",
        lambda r: f"{r['scrapy']['cpu_s'] / r['scrapy']['items'] * 1000:.2f} / "
                  f"{r['scrapy']['nginx_cpu_s'] / r['scrapy']['items'] * 1000:.2f} ms")
    row("catalog ÷ Scrapy, pages/s",
        lambda r: f"{(r['full']['pages_ok'] / r['full']['wall_s']) / (r['scrapy']['items'] / r['scrapy']['wall_s']):.2f}×")  # noqa: E501
    row("unchanged re-run: wall (full ÷ re-run)",
        lambda r: f"{r['unchanged']['wall_s']} s ({r['full']['wall_s'] / r['unchanged']['wall_s']:.1f}×)")  # noqa: E501
    row("1% changed re-run: wall (full ÷ re-run)",
        lambda r: f"{r['changed_1pct']['wall_s']} s ({r['full']['wall_s'] / r['changed_1pct']['wall_s']:.1f}×, {r['changed_1pct']['pages_ok']} read)")  # noqa: E501
    labels = list(next((r["datasette"] for r in results if "datasette" in r), {}))
    for label in labels:
        row(f"Datasette {label}: median / p95",
            lambda r, label=label: f"{r['datasette'][label]['median_ms']} / "
                                   f"{r['datasette'][label]['p95_ms']} ms")
    return "\n".join(rows)


def write_results(text: str) -> None:
    start, end = "<!-- figures -->", "<!-- /figures -->"
    empty = f"# Benchmark results\n\n{start}\n{end}\n"
    current = RESULTS.read_text() if RESULTS.exists() else empty
    if start not in current:
        current += f"\n{start}\n{end}\n"
    head, rest = current.split(start, 1)
    tail = rest.split(end, 1)[1]
    RESULTS.write_text(f"{head}{start}\n{text}\n{end}{tail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run")
    parser.add_argument("--models", type=int, default=500)
    parser.add_argument("--locales", type=int, default=20)
    parser.add_argument("--scales", default=None,
                        help="comma-separated page counts (default: 1000 and models × locales)")
    parser.add_argument("--quick", action="store_true", help="a small site (20 × 5)")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--read-sample", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=40, help="Datasette requests per path")
    parser.add_argument("--read-only", action="store_true", help="only the reading figures")
    parser.add_argument("--no-scrapy", action="store_true")
    parser.add_argument("--python-server", action="store_true", help="do not use nginx")
    parser.add_argument("--write", action="store_true",
                        help="update RESULTS.md (a full run does unless --no-write; --quick "
                             "never does without this flag)")
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    parser.add_argument("--keep", action="store_true", help="keep the generated sites")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--include", type=Path, default=None,
                        help="results.json of an earlier run whose scales join the table "
                             "(e.g. the 100,000-page scale measured on its own)")
    parser.add_argument("--no-setup", action="store_true",
                        help="do not run bench/setup.sh when nginx or Scrapy is missing")
    args = parser.parse_args(argv)
    if args.quick:
        args.models, args.locales = 20, 5
        args.scales = args.scales or "100"
        args.read_sample, args.repeat = min(args.read_sample, 100), min(args.repeat, 10)
    scales = ([int(x) for x in args.scales.split(",")] if args.scales
              else sorted({1000, args.models * args.locales}))
    if not args.no_setup:
        ensure_setup()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="comet-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}\nworkdir: {workdir}", flush=True)
    results = json.loads(args.include.read_text()) if args.include else []
    results = [r for r in results if r["pages"] not in scales]
    for pages in scales:
        results.append(measure_scale(pages, args.locales, args, workdir))
        results.sort(key=lambda r: r["pages"])
        # each scale is kept as soon as it is measured: a 100,000-page run takes an hour
        (workdir / "results.json").write_text(json.dumps(results, indent=1))
    text = (f"Measured {time.strftime('%Y-%m-%d')} on: {machine()}. Static server: "
            f"{results[-1].get('server', 'none')}.\n\n{table(results, args.concurrency)}\n\n"
            f"```json\n{json.dumps(results, indent=1)}\n```")
    print()
    print(table(results, args.concurrency))
    # a quick run's figures are not the figures of record: RESULTS.md only when asked
    if args.write or not (args.no_write or args.quick):
        write_results(text)
        print(f"\nfigures written to {RESULTS}")
    if args.workdir is None and not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
