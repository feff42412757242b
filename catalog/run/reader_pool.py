"""Reader processes the scrape can kill: every page is read within a wall-clock budget.

Why not ``concurrent.futures.ProcessPoolExecutor``: a future that runs too long cannot be
stopped there, only abandoned, and its process keeps burning a core (a page of 990,000 nested
elements once took the parser 50 minutes). Here each reader is a process of our own with a pipe;
the event loop waits for its answer with a timeout, and a reader over budget is killed
(SIGKILL) and replaced, the page recorded as failed with the budget it overran, and the run goes
on. The same holds when a reader dies (out of memory, a crash in C): the page fails, a new
reader takes its place.

Two kinds of work:

- ``fetch_and_read`` (large runs): the reader fetches the page with its own client and reads
  it. When it starts reading it writes the time into a clock it shares with the parent (one
  ``double`` of shared memory, not a message: a message per page woke the event loop once
  more for every page), so the fetch is bounded by the client's own page budget (plus a
  margin) and the reading by ``read_budget``, each named when overrun.
- ``read`` (small runs, where the pages are fetched on the event loop): the body is sent over
  the pipe and read within ``read_budget``.

Readers start when first needed (an unchanged re-run starts none) from the forkserver, which
has the reader's modules imported already, so a replacement costs milliseconds, not an import.
Ctrl-C and deadlines cancel the waiting task; the reader working for it is killed at once.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import time
from dataclasses import dataclass
from typing import Any

from catalog.run import reader_process
from catalog.run.reader_process import FetchedPage
from catalog.run.reading import PageOutcome

#: seconds a reader may take beyond the client's page budget before the parent gives up on it
FETCH_MARGIN = 10.0


class ReaderFailed(Exception):
    """A page a reader could not finish: over budget, or the reader died. ``str`` is the
    reason recorded for the page (``read_budget: ...``, ``reader_died: ...``)."""


@dataclass(eq=False)
class _Reader:
    process: Any
    conn: multiprocessing.connection.Connection
    #: ``time.monotonic()`` when the reader started reading its page, 0.0 while it fetches
    #: (shared memory; CLOCK_MONOTONIC is one clock for every process of the machine)
    reading_since: Any

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class ReaderPool:
    """``size`` reader processes, each with a client configured by ``client_options``."""

    def __init__(self, size: int, client_options: dict[str, Any], *, read_budget: float,
                 fetch_budget: float | None, source_module: str | None = None,
                 host_aliases: tuple[str, ...] = ()) -> None:
        self.size = max(1, size)
        self.client_options = client_options
        self.source_module = source_module  # the source a reader imports (only strings cross)
        self.host_aliases = host_aliases  # a page's links come back in their one spelling
        self.read_budget = read_budget
        self.fetch_budget = fetch_budget
        self.replaced = 0  # readers killed or lost and replaced: a figure for the run's counts
        self._context = multiprocessing.get_context("forkserver")
        # reader_warmup first: it makes the forkserver deaf to Ctrl-C before anything else
        self._context.set_forkserver_preload(["catalog.run.reader_warmup"])
        self._idle: asyncio.Queue[_Reader | None] = asyncio.Queue()
        self._started = False
        self._readers: set[_Reader] = set()

    def _ensure_started(self) -> None:
        if not self._started:
            self._started = True
            for _ in range(self.size):
                self._idle.put_nowait(None)  # a slot: the reader starts on first use

    def _spawn(self) -> _Reader:
        parent_end, child_end = self._context.Pipe()
        reading_since = self._context.RawValue("d", 0.0)
        process = self._context.Process(target=reader_process.serve,
                                        args=(child_end, self.client_options, self.source_module,
                                              self.host_aliases, reading_since),
                                        name="catalog-reader", daemon=True)
        process.start()
        child_end.close()
        reader = _Reader(process, parent_end, reading_since)
        self._readers.add(reader)
        return reader

    def _discard(self, reader: _Reader) -> None:
        self._readers.discard(reader)
        reader.kill()

    async def fetch_and_read(self, *args: Any) -> FetchedPage:
        """``reader_process.fetch_and_read(*args)`` in a reader, within the budgets."""
        fetch_wait = None if self.fetch_budget is None else self.fetch_budget + FETCH_MARGIN
        return await self._call("fetch_and_read", args, first_wait=fetch_wait)

    async def read(self, body: bytes, url: str, today: Any,
                   content_type: str | None) -> PageOutcome:
        """``read_and_normalize`` of a body fetched elsewhere, within the read budget."""
        return await self._call("read", (body, url, today, content_type),
                                first_wait=self.read_budget)

    async def _call(self, op: str, args: tuple, first_wait: float | None) -> Any:
        self._ensure_started()
        reader = await self._idle.get()
        try:
            if reader is None:
                reader = self._spawn()
            reader.reading_since.value = 0.0
            reader.conn.send((op, args))
            overrun = await self._overrun(reader, op, first_wait)
            if overrun is not None:
                self._lose(reader)
                reader = None
                raise ReaderFailed(overrun)
            try:
                kind, payload = reader.conn.recv()
            except (EOFError, OSError) as exc:
                code = reader.process.exitcode
                self._lose(reader)
                reader = None
                raise ReaderFailed(f"reader_died: exit {code} while reading "
                                   f"({type(exc).__name__})") from None
        except BaseException:
            # cancelled (Ctrl-C, the run's deadline) or failed mid-answer: the reader may be
            # half way through this page, so it cannot serve another
            if reader is not None:
                self._lose(reader)
                reader = None
            raise
        finally:
            self._idle.put_nowait(reader)
        # let a page waiting for a reader go to this one before this page's answer is stored:
        # storing it holds the event loop for a while, and the reader would wait idle
        await asyncio.sleep(0)
        if kind == "error":  # the reader caught an exception of its own: it is still sound
            raise ReaderFailed(f"reader_error: {payload}")
        return payload

    async def _overrun(self, reader: _Reader, op: str, first_wait: float | None) -> str | None:
        """Wait for the reader's answer within the budget of what it is doing: ``first_wait``
        from now for a fetch, ``read_budget`` from when its reading started (the shared clock)
        for a reading. None when the answer came; else the budget it overran, as the page's
        failure reason."""
        start = time.monotonic()
        fetching = op == "fetch_and_read"
        while True:
            since = reader.reading_since.value if fetching else start
            if since:
                budget, phase, deadline = self.read_budget, "read", since + self.read_budget
            elif first_wait is None:
                budget, phase, deadline = None, "fetch", None
            else:
                budget, phase, deadline = first_wait, "fetch", start + first_wait
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return f"{phase}_budget: not done within {budget:g}s; the reader was stopped"
            if phase == "fetch":
                # while it fetches, look at its clock again at least once a read budget, so a
                # reading that starts is held to its own budget
                left = self.read_budget if left is None else min(left, self.read_budget)
            if await _readable(reader.conn, left):
                return None

    def _lose(self, reader: _Reader) -> None:
        self._discard(reader)
        self.replaced += 1

    def close(self) -> None:
        """Stop every reader now (they hold no state worth waiting for)."""
        for reader in list(self._readers):
            self._discard(reader)


async def _readable(conn: multiprocessing.connection.Connection, timeout: float | None) -> bool:
    """Wait, without blocking the event loop, until ``conn`` has data (or is closed): True, or
    False after ``timeout`` seconds.

    Not ``asyncio.wait_for``: in Python 3.11 it returns the result instead of raising when the
    task is cancelled just as the awaited future completes, so a Ctrl-C that came as a reader
    answered was swallowed and the scrape went on reading (a fresh clone's test saw it still
    running 10 s after SIGINT). A plain ``await`` of the future lets cancellation win."""
    if conn.poll():
        return True
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[bool] = loop.create_future()
    fd = conn.fileno()
    loop.add_reader(fd, _settle, ready, True)
    timer = loop.call_later(timeout, _settle, ready, False) if timeout is not None else None
    try:
        return await ready
    finally:
        loop.remove_reader(fd)
        if timer is not None:
            timer.cancel()


def _settle(future: asyncio.Future[bool], value: bool) -> None:
    if not future.done():
        future.set_result(value)
