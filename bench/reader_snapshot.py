"""What the reader makes of every page we have, one JSON line per page, to compare two versions.

    python -m bench.reader_snapshot OUT.jsonl            # write the snapshot
    python -m bench.reader_snapshot OUT.jsonl --against BEFORE.jsonl   # and compare
    python -m bench.reader_snapshot --time [--repeat 3]   # CPU time per bench page
    python -m bench.reader_snapshot --pipe [--repeat 3]   # what a reader's answer costs the pipe

Why: a rewrite of the reader for readability (or speed) must not change what it reads. The
snapshot covers every ``*.html`` under ``tests/fixtures/`` (each read under the URL its
``expected*.json`` gives, else a CometAPI model URL made from its file name), the 600 pages
``bench.run --read-only`` reads at each of its two default scales (rendered by
``bench.sitegen`` exactly as ``bench.run`` writes them, without writing a site), and a few
model pages whose description is ``bench.large_pages`` prose of 100-400 KB (spaced and
unspaced), which stress the line walker. Each page goes through
``catalog.run.normalized_page.read_and_normalize`` as a scrape hands it over (bytes, ``text/html``),
on a fixed day, and its line holds the record, the skip reason, the unreadable reason, the
links and the seed links. ``--against`` prints the pages whose lines differ and exits 1 if any
do.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TODAY = date(2026, 11, 28)
#: the bench's default scales (1,000 pages and 500 models x 20 locales) and its read sample
SCALES = ((1000, 20), (10_000, 20))
READ_SAMPLE = 600


def fixture_pages() -> Iterator[tuple[str, str, bytes]]:
    """(name, url, body) of every HTML fixture, under the URL its expected file names."""
    urls: dict[Path, str] = {}
    for expected in sorted(FIXTURES.rglob("expected*.json")):
        for name, case in json.loads(expected.read_text(encoding="utf-8")).items():
            if isinstance(case, dict) and "url" in case:
                urls[expected.parent / name] = case["url"]
    for path in sorted(FIXTURES.rglob("*.html")):
        url = urls.get(path) or f"https://www.cometapi.com/models/test/{path.stem.lower()}/"
        yield str(path.relative_to(ROOT)), url, path.read_bytes()


def bench_pages() -> Iterator[tuple[str, str, bytes]]:
    """The pages ``bench.run.reading_speed`` reads at each default scale (see ``_sample``)."""
    from bench import sitegen

    for pages, n_locales in SCALES:
        n_models = max(1, pages // n_locales)
        locales = list(sitegen.LOCALES)[:n_locales]
        total = n_models * len(locales)
        step = max(1, total // READ_SAMPLE)
        for k in list(range(0, total, step))[:READ_SAMPLE]:
            index, locale = k % n_models, locales[k // n_models]
            m = sitegen.model(index)
            url = sitegen.SITE_URL + sitegen.page_path(m, locale)
            yield (f"sitegen/{pages}/{index}/{locale}", url,
                   sitegen.render(index, locale, n_models).encode("utf-8"))


def large_pages() -> Iterator[tuple[str, str, bytes]]:
    """Model pages whose overview holds ``bench.large_pages.prose`` of 100-400 KB."""
    from bench import sitegen
    from bench.large_pages import prose

    for k, (size, unspaced) in enumerate(((100_000, False), (400_000, False),
                                          (100_000, True), (250_000, True))):
        m = sitegen.model(k)
        html = sitegen.render(k, "en", 50)
        text = prose(size, seed=k, unspaced=unspaced).replace("\n", "</p><p>")
        html = html.replace('<section id="features">',
                            f'<section id="long"><p>{text}</p></section><section id="features">', 1)
        yield (f"large/{k}", sitegen.SITE_URL + sitegen.page_path(m, "en"), html.encode("utf-8"))


def snapshot_line(name: str, url: str, body: bytes) -> str:
    """One page's reading as a JSON line."""
    from catalog.run.normalized_page import read_and_normalize

    outcome = read_and_normalize(body, url, TODAY, "text/html")
    return json.dumps({
        "page": name,
        "record": outcome.record.to_json() if outcome.record is not None else None,
        "skip_reason": outcome.skip_reason,
        "unreadable": outcome.unreadable,
        "links": outcome.links,
        "seed_links": outcome.seed_links,
    }, ensure_ascii=False, sort_keys=True, default=str)


def write(out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for source in (fixture_pages, bench_pages, large_pages):
            for name, url, body in source():
                f.write(snapshot_line(name, url, body) + "\n")
                n += 1
    return n


def compare(now: Path, before: Path) -> list[str]:
    """The names of the pages whose lines differ (or are in one file only)."""
    def lines(path: Path) -> dict[str, str]:
        return {json.loads(line)["page"]: line for line in path.read_text("utf-8").splitlines()}
    a, b = lines(before), lines(now)
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


def timing(repeat: int) -> dict[str, float]:
    """The reader's speed on the bench's pages (rendered first, then read ``repeat`` times):
    process time per page, which a loaded machine disturbs less than the wall clock, and
    pages per wall-clock second, as ``bench.run`` reports them."""
    from catalog.run.normalized_page import read_and_normalize

    pages = list(bench_pages())
    read_and_normalize(pages[0][2], pages[0][1], TODAY, "text/html")  # vocabularies loaded
    cpu = wall = 0.0
    for _ in range(repeat):
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for _name, url, body in pages:
            read_and_normalize(body, url, TODAY, "text/html")
        cpu += time.process_time() - cpu0
        wall += time.perf_counter() - wall0
    n = len(pages) * repeat
    return {"pages": n, "cpu_ms_per_page": round(1000 * cpu / n, 3),
            "pages_per_s": round(n / wall, 1)}


def pipe(repeat: int) -> dict[str, float]:
    """What crosses a reader's pipe for each bench page: the ``PageVisit`` a reader hands
    back (a 200 answer with its ETag, the page's rows and canonical links), pickled as
    ``multiprocessing`` pickles it: bytes a page, and process time to pickle and unpickle it
    (the best of ``repeat`` passes)."""
    import pickle

    from catalog.run.normalized_page import read_and_normalize
    from catalog.run.reader_process import PageVisit
    from scrapers.fetch.http import FetchResult
    from scrapers.sources.registry import DEFAULT_SOURCE, source_named

    source = source_named(DEFAULT_SOURCE)
    visits = []
    for _name, url, body in bench_pages():
        visit = PageVisit.of(FetchResult(url=url, final_url=url, status=200, body=body,
                                         content_type="text/html", etag='"e"', attempts=1))
        visit.keep_reading(read_and_normalize(body, url, TODAY, "text/html", source=source),
                           source, source.hosts)
        visits.append(visit)
    wire = [pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL) for v in visits]
    best = float("inf")
    for _ in range(repeat):
        cpu0 = time.process_time()
        for visit in visits:
            pickle.loads(pickle.dumps(visit, protocol=pickle.HIGHEST_PROTOCOL))
        best = min(best, time.process_time() - cpu0)
    return {"pages": len(visits), "bytes_per_page": round(sum(map(len, wire)) / len(wire)),
            "pickle_unpickle_us_per_page": round(1e6 * best / len(visits), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reader_snapshot")
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--time", action="store_true",
                        help="only time the reader on the bench's pages")
    parser.add_argument("--pipe", action="store_true",
                        help="only measure what a reader's answer costs the pipe")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--against", type=Path, default=None,
                        help="an earlier snapshot: list the pages that differ")
    args = parser.parse_args(argv)
    if args.time:
        print(json.dumps(timing(args.repeat)))
        return 0
    if args.pipe:
        print(json.dumps(pipe(args.repeat)))
        return 0
    if args.out is None:
        parser.error("OUT is required unless --time or --pipe")
    n = write(args.out)
    print(f"{n} pages read into {args.out}")
    if args.against is None:
        return 0
    differ = compare(args.out, args.against)
    for name in differ[:50]:
        print(f"differs: {name}")
    print(f"{len(differ)} pages differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
