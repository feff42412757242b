"""Make a catalog N times larger by copying its rows under new model ids.

    python -m bench.amplify SRC.db DST.db --times 10

Why: scraping 100,000 generated pages takes over a quarter of an hour on this machine, and the
serving benchmark only needs a catalog of that size with the same shapes. So the 100,000-page
catalog is the 10,000-page one scraped for real, then each model (with its pages, prices,
history, evidence, findings, cards and replacements) copied 9 more times as
``<id>-x<k>``. The copies keep every value, so the distribution of prices, statuses, locales and
text is the scraped one; page search indexes are kept current by their triggers as rows go in.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
from pathlib import Path

#: columns that hold a model id, a slug or a URL: suffixed in each copy
SUFFIXED = {"id", "model_id", "slug", "url", "page_url", "target_id", "target_url",
            "source_url", "replacement_model_id"}
TABLES = ["models", "prices", "price_history", "lifecycle_history", "pages", "page_prices",
          "cards", "replacements", "evidence", "findings"]


def copy_rows(conn: sqlite3.Connection, table: str, k: int) -> None:
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    integer_id = table in {"price_history", "lifecycle_history", "findings"}
    values = []
    for column in columns:
        if column == "id" and integer_id:
            values.append("NULL")
        elif column in SUFFIXED:
            values.append(f"CASE WHEN {column} IS NULL THEN NULL "
                          f"ELSE rtrim({column}, '/') || '-x{k}' END")
        else:
            values.append(f'"{column}"')
    key = "model_id" if "model_id" in columns else ("id" if table == "models" else "page_url")
    conn.execute(f"INSERT INTO {table} ({', '.join(chr(34) + c + chr(34) for c in columns)}) "
                 f"SELECT {', '.join(values)} FROM {table} WHERE {key} NOT LIKE '%-x%'")


def amplify(src: Path, dst: Path, times: int) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(src, dst)
    from catalog.storage.summaries import refresh_summaries

    conn = sqlite3.connect(dst)
    with conn:
        for k in range(1, times):
            for table in TABLES:
                copy_rows(conn, table, k)
        # the copies' summary rows (replacement links, overview): without them the first
        # refresh after amplifying (a bench's "1 % changed") changed every deprecated copy
        refresh_summaries(conn)
    conn.execute("ANALYZE")
    conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.amplify")
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args(argv)
    amplify(args.src, args.dst, args.times)
    return 0


if __name__ == "__main__":
    sys.exit(main())
