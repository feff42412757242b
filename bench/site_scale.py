"""Time ``catalog site`` on a large catalog, then again after 1% of its models changed.

    python -m bench.site_scale DB OUT [--fraction 0.01]

Why: the static site must fit where static sites are published (issue 25: ≤ 300 MB, ≤ 60 KB
for any model page, peak memory ≤ 500 MB at 5,000 models × 20 locales) and a rebuild must
rewrite only what changed (issue 14). The first build writes every page; the second, after
``fraction`` of the models got a new input price and a new ``last_changed`` (what a run that
changed them writes), must rewrite only their pages and the lists that show them. Prints one
JSON line: times, files, size, the largest model page, the peak resident memory of this
process (VmHWM, bench/common.py: the builds run in it), files rewritten.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from bench.common import cpu_s, peak_rss_mb


def _size_mb(root: Path) -> float:
    return round(sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / 1e6, 1)


def _largest(root: Path, pattern: str = "*.html") -> tuple[int, str]:
    """Bytes and path of the largest file matching ``pattern`` under models/ (a model's page,
    or with ``*.texts.json`` a model's texts file)."""
    best = max(((p.stat().st_size, p) for p in (root / "models").rglob(pattern)),
               default=(0, root))
    return best[0], best[1].relative_to(root).as_posix() if best[0] else ""


def change_models(db: Path, fraction: float) -> int:
    """Give `fraction` of the models a new input price, as a run that read them would."""
    from catalog.storage.summaries import refresh_summaries

    conn = sqlite3.connect(db)
    with conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM models ORDER BY id")]
        step = max(1, round(1 / fraction))
        chosen = ids[::step]
        for mid in chosen:
            conn.execute("UPDATE prices SET usd = usd * 0.9 WHERE model_id = ? "
                         "AND kind = 'input'", (mid,))
            conn.execute("UPDATE models SET last_changed = '2026-11-28T12:00:00+00:00' "
                         "WHERE id = ?", (mid,))
        refresh_summaries(conn)
    conn.close()
    return len(chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.site_scale")
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--fraction", type=float, default=0.01)
    args = parser.parse_args(argv)
    from catalog.publish.site import build_site

    work = args.out.parent / (args.db.stem + "-site-bench.db")
    shutil.copyfile(args.db, work)
    shutil.rmtree(args.out, ignore_errors=True)
    start, cpu = time.perf_counter(), cpu_s()
    pages = build_site(work, args.out)
    first = time.perf_counter() - start
    first_cpu = cpu_s() - cpu
    peak = peak_rss_mb()
    files = sum(1 for p in args.out.rglob("*") if p.is_file())
    largest, largest_path = _largest(args.out)
    result = {"models": sqlite3.connect(work).execute("SELECT count(*) FROM models").fetchone()[0],
              "pages": len(pages), "files": files, "size_mb": _size_mb(args.out),
              "largest_model_page_kb": round(largest / 1000, 1),
              "largest_model_page": largest_path,
              "largest_texts_file_kb": round(_largest(args.out, "*.texts.json")[0] / 1000, 1),
              "first_build_s": round(first, 1), "first_build_cpu_s": round(first_cpu, 1),
              "first_build_peak_rss_mb": peak}
    rewritten: list[Path] = []
    start, cpu = time.perf_counter(), cpu_s()
    build_site(work, args.out, rewritten=rewritten)
    result["unchanged_rebuild_s"] = round(time.perf_counter() - start, 1)
    result["unchanged_rebuild_cpu_s"] = round(cpu_s() - cpu, 1)
    result["unchanged_rewritten"] = len(rewritten)
    result["models_changed"] = change_models(work, args.fraction)
    rewritten = []
    start, cpu = time.perf_counter(), cpu_s()
    build_site(work, args.out, rewritten=rewritten)
    result["changed_rebuild_s"] = round(time.perf_counter() - start, 1)
    result["changed_rebuild_cpu_s"] = round(cpu_s() - cpu, 1)
    result["changed_rewritten"] = len(rewritten)
    result["changed_rewritten_model_pages"] = len(
        [p for p in rewritten if "/models/" in p.as_posix()])
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))
    work.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
