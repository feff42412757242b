"""Time every Datasette page the docs name, on one catalog file, for one version of the code.

    python -m bench.serving DB [--code DIR] [--repeat 40] [--json OUT]

Why a module of its own: the serving targets (p95 < 100 ms at 10,000 pages, < 200 ms at
100,000) must be measured before and after a change on the *same* database, side by side.
``--code DIR`` puts another checkout (e.g. the main branch) first on ``sys.path`` before
``catalog`` is imported, so the same command times the old code and the new one; its
``site/`` (metadata, templates, plugins) comes with it. Requests go in-process
(``ds.client.get``, no network), one warm-up then ``--repeat`` timed ones per path.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path


def paths(db: Path, query_names: list[str]) -> dict[str, str]:
    """Every page the docs name, with typical parameters, by label."""
    from datasette.utils import tilde_encode

    from catalog.storage.connection import connect

    conn = connect(db, read_only=True)
    model_id = conn.execute("SELECT id FROM models WHERE source = 'page' ORDER BY id "
                            "LIMIT 1").fetchone()[0]
    conn.close()
    params = {"search": "q=nova", "cheapest_with_context": "kind=text&min_context=128k",
              "compare_models": f"ids={model_id}", "price_changes_since": "since=2026-01-01",
              "deprecation_list": "status=retired", "model_evidence": f"id={model_id}",
              "model_claims": f"id={model_id}", "largest_disagreements": "source=",
              "claims_vs_references": "verdict=&source=", "models_wide": "kind=text"}
    out = {"page /": "/", "models facet page": "/catalog/models",
           "models search ?_search": "/catalog/models?_search=nova",
           "model row page": f"/catalog/models/{tilde_encode(model_id)}",
           "table search pages?_search": "/catalog/pages?_search=modele"}
    for name in query_names:
        query = params.get(name)
        out[f"query {name}"] = f"/catalog/{name}" + (f"?{query}" if query else "")
    out["feed price_changes_feed.atom"] = "/catalog/price_changes_feed.atom"
    out["feed lifecycle_changes_feed.atom"] = "/catalog/lifecycle_changes_feed.atom"
    out["page /deprecations"] = "/deprecations"
    out["page /charts"] = "/charts"
    out["JSON models_overview.json"] = "/catalog/models_overview.json?_shape=array"
    return out


def measure(db: Path, repeat: int) -> dict[str, dict[str, float]]:
    """Median and p95 in ms of each page, with its size and HTTP status (a canned query over
    Datasette's SQL time limit answers 400 after spending the limit: it is timed too)."""
    from catalog.publish.serve import build_datasette, canned_queries

    ds = build_datasette(db)
    targets = paths(db, list(canned_queries()))

    async def run() -> dict[str, dict[str, float]]:
        await ds.invoke_startup()
        out = {}
        for label, path in targets.items():
            response = await ds.client.get(path)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                response = await ds.client.get(path)
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            out[label] = {"median_ms": round(statistics.median(times), 1),
                          "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1),
                          "kb": round(len(response.content) / 1024),
                          "status": response.status_code}  # 400: over the SQL time limit
            print(f"{label:42} {out[label]['median_ms']:8} {out[label]['p95_ms']:8} ms "
                  f"{out[label]['kb']:6} KB  HTTP {response.status_code}", file=sys.stderr,
                  flush=True)
        return out

    return asyncio.run(run())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.serving")
    parser.add_argument("db", type=Path)
    parser.add_argument("--code", type=Path, default=None,
                        help="a checkout whose catalog/ and site/ are measured instead")
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.code:
        sys.path.insert(0, str(args.code.resolve()))
        for name in [m for m in sys.modules if m == "catalog" or m.startswith("catalog.")]:
            del sys.modules[name]
    result = measure(args.db, args.repeat)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
