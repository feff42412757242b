"""A catalog of pages with multi-megabyte prose, written through the project's own store.

    python -m bench.large_pages DB [--pages 60] [--mb 4.4] [--unspaced 6]

Why: a hostile or broken site can publish pages of megabytes of text, and the reader stores
their description as it reads it. The server must stay responsive over such a catalog
(60 pages of 4.4 MB, unbounded, stall `catalog serve --public` for minutes). Writing
through ``Store.save_page`` and ``Store.merge_model`` stores each page exactly as a scrape
would (pages, prices, evidence, summaries and both search indexes), in seconds instead of the
minutes the reader needs for 264 MB of prose. ``--unspaced`` of the pages are in Chinese, so
the substring index and ``pages.description_unspaced`` hold their text too.
"""

from __future__ import annotations

import argparse
import random
import sys
from decimal import Decimal
from pathlib import Path

from catalog.model.records import ModelRecord, Price
from catalog.storage.search_index import ensure_search_index
from catalog.storage.store import Store

WORDS = ("the quick brown fox jumps over a lazy dog while models answer prompts with tokens "
         "context window pricing output input latency provider release notes describe how "
         "each model reasons writes code reads images and summarises long documents for "
         "teams that build agents").split()
HANZI = "模型上下文窗口价格输入输出延迟提供商发布说明描述每个推理编写代码读取图像总结长文档团队构建"
NOW = "2026-11-21T06:00:00+00:00"


def prose(size: int, seed: int, *, unspaced: bool = False) -> str:
    """About ``size`` characters of lines of words (or of Chinese characters), seeded."""
    rng = random.Random(seed)
    lines: list[str] = []
    total = 0
    while total < size:
        if unspaced:
            line = "".join(rng.choices(HANZI, k=120)) + "。"
        else:
            line = " ".join(rng.choices(WORDS, k=24)).capitalize() + "."
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)[:size]


def build(db: Path, *, pages: int = 60, size: int = 4_400_000, unspaced: int = 6) -> Path:
    """Write ``pages`` model pages of ``size`` characters of description each into ``db`` (a new
    catalog, or one to add them to), as one complete run; returns ``db``."""
    store = Store(db)
    try:
        run = store.start_run(NOW, "https://www.cometapi.com", {"bench": "large_pages"},
                              "bench", source_name="cometapi")
        store.begin()
        for i in range(pages):
            cjk = i < unspaced
            locale = "zh-CN" if cjk else "en"
            prefix = "/zh-CN" if cjk else ""
            record = ModelRecord(
                url=f"https://www.cometapi.com{prefix}/models/acme/big-{i:03d}/",
                locale=locale, provider="acme", model=f"big-{i:03d}",
                provider_name="Acme", name=f"Big {i}",
                prices=[Price("input", "1M tokens", Decimal("2")),
                        Price("output", "1M tokens", Decimal("8"))],
                status="active", summary=f"A model whose page holds {size:,} characters.",
                description=prose(size, i, unspaced=cjk))
            store.save_page(record, run_id=run, now=NOW, http_status=200, etag=None,
                            last_modified=None, content_hash=f"big-{i}", sitemap_lastmod=None,
                            source_name="cometapi")
            store.merge_model(record.model_id, run_id=run, now=NOW, source_name="cometapi")
        store.commit()
        store.finish_run(run, NOW, "complete", None, {})
    except BaseException:
        store.rollback()
        raise
    finally:
        store.close()
    ensure_search_index(db)
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.large_pages")
    parser.add_argument("db", type=Path)
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--mb", type=float, default=4.4)
    parser.add_argument("--unspaced", type=int, default=6)
    args = parser.parse_args(argv)
    build(args.db, pages=args.pages, size=int(args.mb * 1_000_000), unspaced=args.unspaced)
    print(f"{args.db}: {args.db.stat().st_size / 1e6:.0f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
