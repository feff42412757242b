"""The reader pool on its own: real reader processes fetching from the fault server on
127.0.0.1, two pages in a reader's pipe at once, and what happens to the page queued behind one
that overruns its budget or whose reader dies."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from catalog.run.reader_pool import PIPELINE, ReaderFailed, ReaderPool
from catalog.run.reader_process import PageJob
from tests.conftest import SNAPSHOT
from tests.faultserver import Fault, FaultServer, fault_server, slow_page

__all__ = ["fault_server"]

GOOD = (SNAPSHOT / "models/openai/gpt-4-0314/index.html").read_bytes()
TODAY = date(2026, 11, 21)


def _pool(server: FaultServer, size: int, read_budget: float = 20.0) -> ReaderPool:
    options = {"base_url": server.base_url, "timeout": 5.0, "max_retries": 0,
               "backoff_base": 0.01, "page_budget": 10.0}
    return ReaderPool(size, options, read_budget=read_budget, fetch_budget=10.0)


def _fetch(pool: ReaderPool, server: FaultServer, path: str):
    url = server.url(path)
    return pool.fetch_and_read(PageJob(url, f"https://www.cometapi.com{path}", None, None, None,
                                       TODAY))


def _read_ok(page) -> str:
    assert page.fetch.ok, page.fetch.error
    assert page.read and page.rows is not None
    return page.rows.model_id


def _one_reader_behind_a_slow_fetch(server: FaultServer, delay: float) -> ReaderPool:
    """A pool of one reader; the server answers sora-2's page after ``delay`` seconds and
    gpt-4-0314's at once."""
    server.route("/models/openai/sora-2/", Fault.page(GOOD, delay=delay))
    server.route("/models/openai/gpt-4-0314/", Fault.page(GOOD))
    return _pool(server, size=1)


async def _one_behind_another(pool: ReaderPool, server: FaultServer, first_path: str,
                              second_path: str = "/models/openai/gpt-4-0314/"):
    """The pages at ``first_path`` and ``second_path`` sent in that order: with one reader, the
    second waits in its pipe behind the first. Returns their two futures."""
    first = asyncio.ensure_future(_fetch(pool, server, first_path))
    await asyncio.sleep(0)  # the first page is first in the reader's pipe
    second = asyncio.ensure_future(_fetch(pool, server, second_path))
    return first, second


async def _gather(*calls):
    return await asyncio.gather(*calls, return_exceptions=True)


def test_one_reader_works_through_more_pages_than_its_pipe_holds(fault_server):
    """Five pages, one reader: two in its pipe at a time, the rest wait their turn; every page
    is read and each answer goes to the page that asked."""
    paths = [f"/models/openai/gpt-4-{n}/" for n in range(PIPELINE + 3)]
    for path in paths:
        fault_server.route(path, Fault.page(GOOD.replace(b"gpt-4-0314", path.split("/")[3]
                                                         .encode())))
    pool = _pool(fault_server, size=1)

    async def run():
        try:
            return await _gather(*(_fetch(pool, fault_server, p) for p in paths))
        finally:
            pool.close()

    pages = asyncio.run(run())
    assert [_read_ok(page) for page in pages] == [f"openai/{p.split('/')[3]}" for p in paths]
    assert pool.replaced == 0


def test_the_page_behind_one_over_its_read_budget_goes_to_a_new_reader(fault_server):
    """A reader is killed for the slow page in front; the good page waiting in its pipe is
    read by the reader that replaces it, not failed with the slow one."""
    fault_server.route("/models/evil/slow/", Fault.page(slow_page()))
    fault_server.route("/models/openai/gpt-4-0314/", Fault.page(GOOD))
    pool = _pool(fault_server, size=1, read_budget=1.0)

    async def run():
        try:
            slow, good = await _one_behind_another(pool, fault_server, "/models/evil/slow/")
            return await _gather(slow, good)
        finally:
            pool.close()

    slow, good = asyncio.run(run())
    assert isinstance(slow, ReaderFailed)
    assert str(slow) == "read_budget: not done within 1s; the reader was stopped"
    assert _read_ok(good) == "openai/gpt-4-0314"
    assert pool.replaced == 1
    assert fault_server.count("/models/openai/gpt-4-0314/") == 1  # sent again, fetched once


def test_the_page_behind_one_whose_reader_dies_is_read_by_another(fault_server):
    """The reader dies (killed from outside, as the OOM killer would) while it fetches a page
    that takes its time; that page fails as ``reader_died``, the next one is read."""
    pool = _one_reader_behind_a_slow_fetch(fault_server, delay=3.0)

    async def run():
        try:
            first, second = await _one_behind_another(pool, fault_server,
                                                       "/models/openai/sora-2/")
            while fault_server.count("/models/openai/sora-2/") == 0:
                await asyncio.sleep(0.02)
            [reader] = pool._readers
            os.kill(reader.process.pid, signal.SIGKILL)
            return await _gather(first, second)
        finally:
            pool.close()

    first, second = asyncio.run(run())
    assert isinstance(first, ReaderFailed)
    assert str(first).startswith("reader_died: exit -9 while reading")
    assert _read_ok(second) == "openai/gpt-4-0314"
    assert pool.replaced == 1


@pytest.mark.parametrize("queued", [False, True])
def test_a_cancelled_page_stops_its_reader_only_if_the_reader_is_on_it(fault_server, queued):
    """Ctrl-C or the deadline cancels a page's caller. A reader working on that page is
    killed at once; a page still waiting behind another costs its reader nothing."""
    pool = _one_reader_behind_a_slow_fetch(fault_server, delay=2.0)

    async def run():
        try:
            first, second = await _one_behind_another(pool, fault_server,
                                                       "/models/openai/sora-2/")
            await asyncio.sleep(0.3)
            (second if queued else first).cancel()
            return await _gather(first, second), list(pool._readers)
        finally:
            pool.close()

    (first, second), readers = asyncio.run(run())
    if queued:
        assert _read_ok(first) == "openai/sora-2"
        assert isinstance(second, asyncio.CancelledError)
        assert pool.replaced == 0 and len(readers) == 1
    else:
        assert isinstance(first, asyncio.CancelledError)
        assert _read_ok(second) == "openai/gpt-4-0314"
        assert pool.replaced == 1


def test_a_reader_keeps_one_budget_timer_however_many_pages_it_reads(fault_server):
    """Each page's start re-arms its reader's budget timer instead of adding one: a timer per
    page, each re-arming itself while the reader is busy, would grow the scrape process by
    tens of MB and its CPU by a tenth at 100,000 pages."""
    paths = [f"/models/openai/gpt-4-{n}/" for n in range(12)]
    for path in paths:
        fault_server.route(path, Fault.page(GOOD))
    pool = _pool(fault_server, size=1)

    async def run():
        try:
            pages = await _gather(*(_fetch(pool, fault_server, p) for p in paths))
            loop = asyncio.get_running_loop()
            # asyncio's heap of timers (CPython's BaseEventLoop): cancelled ones are dropped
            # lazily, so count the live ones
            live = [h for h in loop._scheduled if not h.cancelled()]
            return pages, live
        finally:
            pool.close()

    pages, live = asyncio.run(run())
    assert all(_read_ok(page) for page in pages)
    assert len(live) <= 1


def test_importing_the_reader_modules_leaves_the_process_as_it_was():
    """Only the forkserver's preload module (``catalog.run.forkserver_preload``) warms up and
    ignores Ctrl-C; importing the pool, the reader's modules or the warm-up's function does
    neither: Ctrl-C is handled as before, no object is frozen, no page has been read."""
    code = ("import gc, signal, sys\n"
            "before = signal.getsignal(signal.SIGINT)\n"
            "import catalog.run.reader_pool, catalog.run.reader_process\n"
            "import catalog.run.reader_warmup\n"
            "print(signal.getsignal(signal.SIGINT) == before, gc.get_freeze_count(),\n"
            "      'scrapers.sources.cometapi.page' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parent.parent,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "0", "False"]
