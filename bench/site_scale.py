"""Time ``catalog site`` on a large catalog, then again after 1% of its models changed.

    python -m bench.site_scale DB OUT [--fraction 0.01]

Why: the static site's build must stay cheap at scale, and a rebuild must touch only what
changed. The first build writes
every page; the second, after ``fraction`` of the models got a new input price and a new
``last_changed`` (what a run that changed them writes), must rewrite only their pages and the
lists that show them. Prints one JSON line: times, files, size, files rewritten.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
from pathlib import Path


def _size_mb(root: Path) -> float:
    return round(sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / 1e6, 1)


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
    start = time.perf_counter()
    pages = build_site(work, args.out)
    first = time.perf_counter() - start
    files = sum(1 for p in args.out.rglob("*") if p.is_file())
    result = {"models": len([p for p in pages if "/models/" in p.as_posix()]),
              "pages": len(pages), "files": files, "size_mb": _size_mb(args.out),
              "first_build_s": round(first, 1)}
    rewritten: list[Path] = []
    start = time.perf_counter()
    build_site(work, args.out, rewritten=rewritten)
    result["unchanged_rebuild_s"] = round(time.perf_counter() - start, 1)
    result["unchanged_rewritten"] = len(rewritten)
    result["models_changed"] = change_models(work, args.fraction)
    rewritten = []
    start = time.perf_counter()
    build_site(work, args.out, rewritten=rewritten)
    result["changed_rebuild_s"] = round(time.perf_counter() - start, 1)
    result["changed_rewritten"] = len(rewritten)
    result["changed_rewritten_model_pages"] = len(
        [p for p in rewritten if "/models/" in p.as_posix()])
    print(json.dumps(result))
    work.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
