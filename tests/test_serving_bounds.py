"""Serving degrades, never stalls (issue 21, items 2, 3 and 8): over a catalog of pages of
megabytes, search reads a bounded excerpt, every request is answered within its time limit or
refused, responses and statements are bounded, and SIGTERM ends the server at once.

A real Datasette (``datasette.client``) or a real ``catalog serve`` process on 127.0.0.1,
over catalogs written through the store (``bench/large_pages.py``); memory is read from the
server's /proc."""

from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from datasette.utils import tilde_encode

from bench.large_pages import NOW, build
from catalog.model.records import ModelRecord, Price
from catalog.publish import serve
from catalog.publish.bounds import CELL_BYTES
from catalog.storage.search import SEARCHED_CHARS
from catalog.storage.search_index import ensure_search_index
from catalog.storage.store import Store
from tests.conftest import ROOT, free_port, wait_until_answers

BIG = 1_000_000
FAR_URL = "https://www.cometapi.com/models/acme/far-word/"


def add_page(db: Path, description: str) -> None:
    """One more page, stored as a scrape stores it."""
    store = Store(db)
    try:
        run = store.start_run(NOW, "https://www.cometapi.com", {}, "test", source_name="cometapi")
        store.begin()
        store.save_page(ModelRecord(url=FAR_URL, locale="en", provider="acme", model="far-word",
                                    name="Far word", description=description,
                                    prices=[Price("input", "1M tokens", Decimal("1"))]),
                        run_id=run, now=NOW, http_status=200, etag=None, last_modified=None,
                        content_hash="far", sitemap_lastmod=None, source_name="cometapi")
        store.merge_model("acme/far-word", run_id=run, now=NOW, source_name="cometapi")
        store.commit()
        store.finish_run(run, NOW, "complete", None, {})
    finally:
        store.close()
    ensure_search_index(db)


@pytest.fixture(scope="module")
def large_db(tmp_path_factory) -> Path:
    """Four pages of 1 MB prose (one in Chinese), and a page whose word "quetzal" stands
    after its first 200 KB and "ocelot" at its start."""
    db = build(tmp_path_factory.mktemp("large") / "catalog.db", pages=4, size=BIG, unspaced=1)
    add_page(db, "ocelot " + "lorem ipsum dolor " * 12_000 + "quetzal " + "sit amet " * 100)
    return db


@pytest.fixture
def served(tmp_path) -> Iterator:
    """Start `catalog serve` (local profile) on a catalog; yields a function (db) → base URL,
    process."""
    processes: list[subprocess.Popen] = []

    def start(db: Path) -> tuple[str, subprocess.Popen]:
        port = free_port()
        log_path = tmp_path / f"serve-{port}.log"
        process = subprocess.Popen(
            [sys.executable, "-m", "catalog.cli", "serve", "--db", str(db), "--port", str(port)],
            cwd=ROOT, stdout=log_path.open("w"), stderr=subprocess.STDOUT)
        processes.append(process)
        base = f"http://127.0.0.1:{port}"
        wait_until_answers(process, f"{base}/-/static/app.css", log_path, timeout=60)
        return base, process

    yield start
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait()


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


# ------------------------------------------------------------------ item 2: search, time limit


async def test_search_reads_a_bounded_excerpt_of_each_page(large_db):
    """A word in the first 64 KB of a description is found, with its snippet; one 200 KB in is
    not (the index, the snippets and the short-text scan read the first 64 KB only), and the
    Chinese page's unspaced copy is bounded too."""
    ds = serve.build_datasette(large_db, public=True)
    found = (await ds.client.get("/catalog/search.json?q=ocelot&_shape=array")).json()
    assert [row["url"] for row in found] == [FAR_URL]
    assert "\ue000ocelot\ue001" in found[0]["snippet"]
    assert (await ds.client.get("/catalog/search.json?q=quetzal&_shape=array")).json() == []
    chinese = (await ds.client.get("/catalog/search.json?q=模型&_shape=array")).json()
    assert len(chinese) == 1 and "\ue000模型\ue001" in chinese[0]["snippet"]
    conn = sqlite3.connect(large_db)
    lengths = conn.execute("SELECT max(length(description)) FROM pages_searched").fetchone()
    unspaced, stored = conn.execute("SELECT max(length(description_unspaced)), "
                                    "max(length(description)) FROM pages").fetchone()
    assert lengths[0] == unspaced == SEARCHED_CHARS and stored == BIG


@contextlib.asynccontextmanager
async def _sql_threads_held(db) -> AsyncIterator[None]:
    """Datasette database ``db``'s one SQL thread held by a statement that waits until the
    block exits (released after 30 s, whatever happens)."""
    release = threading.Event()
    safety = threading.Timer(30, release.set)
    safety.start()
    holder = asyncio.ensure_future(db.execute_fn(lambda conn: release.wait()))
    try:
        yield
    finally:
        release.set()
        safety.cancel()
        await holder


async def test_a_request_past_its_time_limit_is_answered_503_at_once(hand_db):
    """Every SQL thread busy (held here by the test): a page cannot run its SQL, and the
    visitor gets 503 with Retry-After when the request's time is up, not an answer after the
    threads free up (released after 30 s here, whatever happens)."""
    ds = serve.build_datasette(hand_db, public=True, settings={"num_sql_threads": 1})
    db = ds.get_database("catalog")
    await ds.client.get("/catalog/models.json")  # warm: schemas read
    async with _sql_threads_held(db):
        response = await ds.client.get("/catalog/models.json")
        assert response.status_code == 503
        assert response.headers["retry-after"] == "2"
        assert "time limit" in response.text
    assert (await ds.client.get("/catalog/models.json")).status_code == 200


async def test_a_request_that_finds_the_line_full_is_answered_503_without_waiting(hand_db):
    """Every SQL thread held: the first ACTIVE requests are worked on and WAITING more wait
    for a turn (503 at their time limit); the five after them are refused at once."""
    from datasette.plugins import pm

    ds = serve.build_datasette(hand_db, public=True, settings={"num_sql_threads": 1})
    plugin = next(p for p in pm.get_plugins() if getattr(p, "__name__", "") == "deadline.py")
    ACTIVE, WAITING, FULL, LATE = plugin.ACTIVE, plugin.WAITING, plugin.FULL, plugin.LATE
    db = ds.get_database("catalog")
    await ds.client.get("/catalog/models.json")
    async with _sql_threads_held(db):
        responses = await asyncio.gather(*(ds.client.get("/catalog/models.json")
                                           for _ in range(ACTIVE + WAITING + 5)))
    assert {r.status_code for r in responses} == {503}
    texts = [r.content for r in responses]
    assert texts.count(FULL) == 5 and texts.count(LATE) == ACTIVE + WAITING


@pytest.mark.slow
def test_sigterm_ends_the_server_while_requests_are_running(served, scraped_db):
    """Twelve statements that each run to the local profile's 3 s SQL time limit, on three
    SQL threads, would hold a server that waits for its requests for 12 s; SIGTERM ends it
    anyway (within its 0.9 s; waited for up to 5 s here)."""
    base, process = served(scraped_db)
    endless = "with recursive r(n) as (select 1 union all select n + 1 from r) " \
              "select count(*) from r"

    def ask() -> None:
        with contextlib.suppress(httpx.HTTPError):  # the server went away, as asked
            httpx.get(f"{base}/catalog.json", params={"sql": endless}, timeout=60)

    askers = [threading.Thread(target=ask, daemon=True) for _ in range(12)]
    for asker in askers:
        asker.start()
    time.sleep(1)  # the statements are running or queued
    assert process.poll() is None
    process.terminate()
    process.wait(timeout=5)


# ------------------------------------------------------------------ item 3: bounded responses


async def test_public_pages_of_large_text_are_bounded(large_db):
    """`_size=max`, a page of over 100 rows and `_stream` are refused on `pages`; a page of it
    holds each long text cut at 16 KB with a note of its size, in JSON and CSV."""
    ds = serve.build_datasette(large_db, public=True)
    for path in ("/catalog/pages.json?_size=max", "/catalog/pages.json?_size=101",
                 "/catalog/pages.csv?_stream=on", "/catalog/pages?_size=max"):
        response = await ds.client.get(path)
        assert response.status_code == 400, path
        assert "at most 100" in response.text or "not streamed" in response.text
    response = await ds.client.get("/catalog/pages.json?_shape=array&_size=100")
    assert response.status_code == 200
    rows = response.json()
    assert len(rows) == 5 and len(response.content) < 300_000  # 5 MB of descriptions
    notes = [re.search(r"… \[cut: ([\d,]+) bytes in all\]$", r["description"]) for r in rows]
    assert all(notes)
    english = [n for r, n in zip(rows, notes, strict=True) if "big-00" in r["url"]
               and r["locale"] == "en"]
    assert len(english) == 3 and all(n[1] == f"{BIG:,}" for n in english)
    assert all(len(r["description"].encode()) <= CELL_BYTES + 40 for r in rows)
    csv = await ds.client.get("/catalog/pages.csv")
    assert csv.status_code == 200 and len(csv.content) < 300_000
    # the local profile serves them whole
    local = serve.build_datasette(large_db)
    rows = (await local.client.get("/catalog/pages.json?_shape=array&_col=description")).json()
    assert max(len(r["description"]) for r in rows) == BIG


async def test_a_cut_value_links_to_the_whole_value(large_db):
    ds = serve.build_datasette(large_db, public=True)
    page = tilde_encode("https://www.cometapi.com/models/acme/big-002/")
    html = (await ds.client.get(f"/catalog/pages/{page}")).text
    link = f"/catalog/pages/{page}/-/text/description"
    assert f'href="{link}"' in html and "full text (1.0 MB)" in html
    whole = await ds.client.get(link)
    assert whole.status_code == 200
    assert whole.headers["content-type"].startswith("text/plain")
    assert whole.headers["x-content-type-options"] == "nosniff"
    stored = sqlite3.connect(large_db).execute(
        "SELECT description FROM pages WHERE url = ?",
        ("https://www.cometapi.com/models/acme/big-002/",)).fetchone()[0]
    assert whole.text == stored
    for missing in (f"/catalog/pages/{page}/-/text/nope", "/catalog/pages/x/-/text/description",
                    f"/catalog/nope/{page}/-/text/description"):
        assert (await ds.client.get(missing)).status_code == 404, missing


# ------------------------------------------------------------------ item 8: the local profile


def cte(size: int, *, union: str = "union all", select: str = "n, b") -> str:
    return (f"with recursive r(n, b) as (select 1, randomblob({size}) {union} select n + 1, "
            f"randomblob({size}) from r where n < 100000) select {select} from r")


async def test_a_statement_over_its_budget_is_refused_in_every_profile(hand_db):
    ds = serve.build_datasette(hand_db)
    response = await ds.client.get(f"/catalog.json?sql={quote(cte(1_000_000))}")
    assert response.status_code == 400
    assert "more than 32 MB" in response.text and "fewer rows" in response.text


@pytest.mark.slow
def test_blobs_a_query_builds_keep_the_local_server_small(served, scraped_db):
    """The recursive CTE of `randomblob(8000000)` rows that took the server to 1.69 GB (six
    at once: 2.56 GB): refused, as are 1 MB blobs past the statement's 32 MB and a UNION
    that keeps them all (SQLite's heap limit, temporary tables in memory); six of each at
    once leave the server under 400 MB at its peak."""
    base, process = served(scraped_db)
    queries = [cte(8_000_000), cte(1_000_000), cte(1_000_000, union="union",
                                                   select="count(*)")]

    async def fire() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=base, timeout=60) as client:
            return await asyncio.gather(*(client.get("/catalog.json", params={"sql": q})
                                          for q in queries for _ in range(6)))

    responses = asyncio.run(fire())
    assert all(r.status_code in (400, 503) for r in responses), [r.status_code for r in
                                                                 responses]
    assert peak_rss_mb(process.pid) < 400
    assert httpx.get(f"{base}/catalog/models.json").status_code == 200
