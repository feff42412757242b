"""The reader's one-time costs in a fresh process: what a reader process pays once before it
reads at its steady speed (imports, the vocabulary's automata, regex compiles, CLDR data).

    python -m bench.startup [--runs 5] [--locales 12]

The bench's pages are rendered once into files (``bench.sitegen``, untimed); each run is a
new interpreter (``python -m bench.startup --child DIR``) that times, in process CPU and wall
clock:

- ``import``: importing the reader (``catalog.run.normalized_page``);
- ``first``: the first page (model 0 in the first locale);
- ``locales``: the first page of each of the next locales (model 0 in each), one-time work
  for a locale included;
- ``again``: the same pages again, caches keyed by page texts emptied first
  (``bench.common.empty_text_caches``): what those pages cost once the one-time work is done;
- ``rss_mb``: the process's resident set after reading the 600 pages ``bench.run`` samples
  of its first scale (1,000 pages: 50 models in 20 locales), and ``rss_reader_mb`` what it
  grew by from before the reader's import (the pages are rendered into files first, by the
  parent, and read one at a time).

``one_time`` = import + first + locales - again: the work a process pays once. A second fresh
process a run (``--cold DIR``) reads ``bench.run``'s passes (first scale cold, warm; second scale
cold, warm) and gives their pages a second of CPU time, which the machine's load disturbs less
than ``bench.run``'s wall clock. Medians of the
runs are printed (the machine is shared: single runs are noisy). Another checkout is timed with
a copy of this file: ``cp bench/startup.py /tmp/x/startup_copy.py; cd OTHER;
PYTHONPATH=OTHER:/tmp/x OTHER/.venv/bin/python -m startup_copy``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench import sitegen

DAY = date(2026, 11, 21)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _clock() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    cpu, wall = _clock()
    return round((cpu - start[0]) * 1000, 1), round((wall - start[1]) * 1000, 1)


def render(folder: Path, n_locales: int, n_models: int, sample: int) -> None:
    """The pages a child reads, written once into ``folder``: ``first-NN`` (model 0 in each
    locale) and ``sample-NNN`` (the pages ``bench.run`` samples at its first scale). A child
    reads each from disk when it reads it, so its resident memory is the reader's."""
    locales = list(sitegen.LOCALES)[:20]
    for k, loc in enumerate(locales[:n_locales]):
        (folder / f"first-{k:02d}").write_text(
            sitegen.SITE_URL + sitegen.page_path(sitegen.model(0), loc) + "\n"
            + sitegen.render(0, loc, n_models), encoding="utf-8")
    for prefix, models in (("sample", n_models), ("second", 500)):
        total = models * len(locales)
        step = max(1, total // sample)
        for n, k in enumerate(list(range(0, total, step))[:sample]):
            index, loc = k % models, locales[k // models]
            (folder / f"{prefix}-{n:03d}").write_text(
                sitegen.SITE_URL + sitegen.page_path(sitegen.model(index), loc) + "\n"
                + sitegen.render(index, loc, models), encoding="utf-8")


def cold(folder: Path) -> dict:
    """``bench.run``'s reading passes in a fresh process, timed by its CPU: the first scale's
    600 pages (the reader imported first, untimed, as there), then again with the text caches
    emptied; then the second scale's (500 models in 20 locales) the same way. Pages a second
    of CPU."""
    from bench.common import empty_text_caches
    from catalog.run.normalized_page import read_and_normalize

    out = {}
    for prefix in ("sample", "second"):
        pages = [path.read_bytes().partition(b"\n") for path in sorted(
            folder.glob(f"{prefix}-*"))]
        for label in ("cold", "warm"):
            if label == "warm":
                empty_text_caches()
            start = time.process_time()
            for url, _, body in pages:
                read_and_normalize(body, url.decode(), DAY, "text/html").record.to_json()
            out[f"{prefix}_{label}_pps_cpu"] = round(len(pages) / (time.process_time() - start),
                                                     1)
    return out


def child(folder: Path) -> dict:
    """One fresh process's figures (milliseconds, CPU then wall; MB)."""
    def pages(prefix: str) -> list[Path]:
        return sorted(folder.glob(f"{prefix}-*"))

    def page(path: Path) -> tuple[str, bytes]:
        url, _, body = path.read_bytes().partition(b"\n")
        return url.decode(), body

    rss_before = _rss_mb()
    out: dict = {}
    start = _clock()
    from catalog.run.normalized_page import read_and_normalize
    out["import"] = _since(start)

    def read(paths: list[Path]) -> None:
        for path in paths:
            url, body = page(path)
            read_and_normalize(body, url, DAY, "text/html").record.to_json()

    firsts = pages("first")
    start = _clock()
    read(firsts[:1])
    out["first"] = _since(start)
    start = _clock()
    read(firsts[1:])
    out["locales"] = _since(start)
    from bench.common import empty_text_caches

    empty_text_caches()
    start = _clock()
    read(firsts)
    out["again"] = _since(start)
    out["one_time"] = tuple(round(out["import"][i] + out["first"][i] + out["locales"][i]
                                  - out["again"][i], 1) for i in (0, 1))
    read(pages("sample"))
    out["rss_mb"] = _rss_mb()
    out["rss_reader_mb"] = round(out["rss_mb"] - rss_before, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--locales", type=int, default=12)
    parser.add_argument("--models", type=int, default=50, help="bench.run's first scale: 50")
    parser.add_argument("--sample", type=int, default=600)
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--cold", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print every run as JSON")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    if args.cold:
        print(json.dumps(cold(args.cold)))
        return 0
    runs = []
    with tempfile.TemporaryDirectory(prefix="comet-startup-") as folder:
        render(Path(folder), args.locales, args.models, args.sample)
        for _ in range(args.runs):
            # this module again, by the name it runs under (a copy times another checkout)
            run = {}
            for mode in ("--child", "--cold"):
                done = subprocess.run([sys.executable, "-m", __spec__.name, mode, folder],
                                      capture_output=True, text=True, check=True)
                run.update(json.loads(done.stdout.strip().splitlines()[-1]))
            runs.append(run)
            if args.json:
                print(json.dumps(runs[-1]), flush=True)
    print(f"medians of {len(runs)} fresh processes, ms (CPU / wall):")
    for key in ("import", "first", "locales", "again", "one_time"):
        cpu = statistics.median(r[key][0] for r in runs)
        wall = statistics.median(r[key][1] for r in runs)
        print(f"  {key:9} {cpu:8.1f} / {wall:8.1f}")
    for key in ("rss_mb", "rss_reader_mb"):
        print(f"  {key:13} {statistics.median(r[key] for r in runs):8.1f} MB")
    print("bench.run's reading passes by CPU time, pages/s (first scale, second scale):")
    for label in ("cold", "warm"):
        print(f"  {label}  " + " / ".join(
            f"{statistics.median(r[f'{prefix}_{label}_pps_cpu'] for r in runs):.1f}"
            for prefix in ("sample", "second")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
