"""The size of catalog-lite.db (what sql.html downloads) at the real site's scale.

    python -m bench.lite_size [--models 500] [--locales 20] [--workdir DIR]

A generated site of N models in L locales (bench/sitegen.py) is scraped for real, then again
after 5% of its pages changed (so price history has rows), then cross-checked against a
LiteLLM-format reference written here: every catalog model at 1.25 × its price, plus 2,500
models the catalog does not sell (LiteLLM lists about that many). Prints one JSON line: the
catalog's size, the lite copy's, its largest tables (dbstat), and the lite size with the
cross-check rows counted five times (the five references of `make demo`), an upper bound.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from bench import sitegen
from bench.run import generate, scrape
from bench.servers import serve
from catalog.crosscheck.run import crosscheck, parse_source
from catalog.publish.site_lite import lite_bytes

UNSOLD = 2500


def litellm_reference(db: Path, out: Path) -> None:
    """A LiteLLM model_prices file: the catalog's token-priced models and UNSOLD others."""
    conn = sqlite3.connect(db)
    entries: dict[str, dict] = {}
    for slug, provider, context, usd_in, usd_out in conn.execute(
            "SELECT m.slug, m.provider, m.context_window, i.usd, o.usd FROM models m"
            " JOIN prices i ON i.model_id = m.id AND i.kind = 'input'"
            " LEFT JOIN prices o ON o.model_id = m.id AND o.kind = 'output'"):
        entries[slug] = {"litellm_provider": provider, "mode": "chat",
                         "max_input_tokens": context,
                         "input_cost_per_token": usd_in * 1.25 / 1e6,
                         "output_cost_per_token": (usd_out or usd_in) * 1.25 / 1e6}
    conn.close()
    for k in range(UNSOLD):
        entries[f"other-vendor/model-{k}"] = {
            "litellm_provider": "other", "mode": "chat", "max_input_tokens": 32768,
            "input_cost_per_token": (k % 50 + 1) / 1e7, "output_cost_per_token": (k % 50 + 1) / 5e6}
    out.write_text(json.dumps(entries))


def table_sizes(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"
                                 " ORDER BY 2 DESC"))
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lite_size")
    parser.add_argument("--models", type=int, default=500)
    parser.add_argument("--locales", type=int, default=20)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-lite-"))
    root, db = work / "web", work / "catalog.db"
    site = generate(root, args.models, args.locales, workers=os.cpu_count() or 1)
    with serve(root) as (url, _server):
        first = scrape(url, db, 16)
        sitegen.change(site, 0.05, version=1)
        second = scrape(url, db, 16)
    reference = work / "litellm.json"
    litellm_reference(db, reference)
    checked = crosscheck(db, [parse_source(f"litellm={reference}")])
    lite = work / "catalog-lite.db"
    lite.write_bytes(lite_bytes(db))
    sizes = table_sizes(lite)
    crosscheck_bytes = sum(v for k, v in sizes.items() if "crosschecks" in k)
    conn = sqlite3.connect(lite)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("models", "prices", "price_history", "page_prices", "crosschecks",
                        "reference_models", "evidence", "findings")}
    conn.close()
    print(json.dumps({
        "models": args.models, "locales": args.locales,
        "scrapes": [first.get("status"), second.get("status")],
        "crosscheck_exit": checked.exit_code,
        "catalog_mb": round(db.stat().st_size / 1e6, 2),
        "lite_mb": round(lite.stat().st_size / 1e6, 2),
        "lite_mb_with_five_references": round((lite.stat().st_size + 4 * crosscheck_bytes) / 1e6,
                                              2),
        "rows": counts,
        "largest_kb": {k: round(v / 1024) for k, v in list(sizes.items())[:8]},
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
