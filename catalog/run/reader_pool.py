"""Reader processes the scrape can kill: every page is read within a wall-clock budget.

Why not ``concurrent.futures.ProcessPoolExecutor``: a future that runs too long cannot be
stopped there, only abandoned, and its process keeps burning a core (a page of 990,000 nested
elements takes the parser 50 minutes). Here each reader is a process of our own with a pipe;
the event loop watches each reader's answer against a timer, and a reader over budget is killed
(SIGKILL) and replaced, the page recorded as failed with the budget it overran, and the run goes
on. The same holds when a reader dies (out of memory, a crash in C): the page fails, a new
reader takes its place.

Each reader fetches a page and reads it (``reader_process``: one path for every page of every
run). When it starts reading it writes the time into a clock it shares with the parent (shared
memory, not a message: a message per page woke the event loop once more for every page), so the
fetch is bounded by the client's own page budget (plus a margin) and the reading by
``read_budget``, each named when overrun.

A reader holds up to ``PIPELINE`` pages: the next one waits in its pipe while it works on the
current one, so it never sits idle while the event loop, busy storing the page it just
answered, gets round to handing it another. A page queued behind one whose reader is killed or
dies is not failed with it: it goes to another reader.

Readers start when first needed (an unchanged re-run starts none) from the forkserver, which
has read a page already (``catalog.run.forkserver_preload``, ``catalog.run.reader_warmup``), so
a replacement costs a fork, not an import and a warm-up.
Ctrl-C and deadlines cancel the waiting task; the reader working for it is killed at once.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from catalog.run import reader_process
from catalog.run.reader_process import CLOCK_JOB, CLOCK_READING, PageJob, PageVisit

#: seconds a reader may take beyond the client's page budget before the parent gives up on it
FETCH_MARGIN = 10.0
#: pages a reader holds at once: the one it works on and the next
PIPELINE = 2


class ReaderFailed(Exception):
    """A page a reader could not finish: over budget, or the reader died. ``str`` is the
    reason recorded for the page (``read_budget: ...``, ``reader_died: ...``)."""


@dataclass(eq=False)
class _Job:
    """One page's work for a reader, and the future its caller awaits."""

    seq: int
    page: PageJob
    future: asyncio.Future
    started: float = 0.0  # when it became its reader's current job (0.0: not yet)


@dataclass(eq=False)
class _Reader:
    process: Any
    conn: multiprocessing.connection.Connection
    #: shared with the reader: [the job it works on, ``time.monotonic()`` when it started
    #: reading it or 0.0 while it fetches] (CLOCK_MONOTONIC is one clock for every process)
    clock: Any
    jobs: deque[_Job] = field(default_factory=deque)  # sent, answered in order
    timer: asyncio.TimerHandle | None = None


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
        # the forkserver's warm-up: every reader is forked from a process that has read a
        # page already (``catalog.run.forkserver_preload``)
        self._context.set_forkserver_preload(["catalog.run.forkserver_preload"])
        self._readers: list[_Reader] = []
        self._waiting: deque[_Job] = deque()  # jobs no reader has room for yet
        self._seq = 0
        self._loop: asyncio.AbstractEventLoop | None = None

    # ------------------------------------------------------------------ the callers' side

    async def fetch_and_read(self, page: PageJob) -> PageVisit:
        """``reader_process.fetch_and_read`` of ``page`` in a reader, within the budgets."""
        self._loop = asyncio.get_running_loop()
        self._seq += 1
        job = _Job(self._seq, page, self._loop.create_future())
        self._waiting.append(job)
        self._pump()
        try:
            kind, payload = await job.future
        except asyncio.CancelledError:
            self._abandon(job)
            raise
        if kind == "error":  # the reader caught an exception of its own: it is still sound
            raise ReaderFailed(f"reader_error: {payload}")
        return payload

    def _abandon(self, job: _Job) -> None:
        """The caller of ``job`` was cancelled (Ctrl-C, the run's deadline). A reader in the
        middle of it cannot serve another page and is stopped; a job still queued is dropped
        (a queued one a reader holds is done and its answer thrown away)."""
        if job in self._waiting:
            self._waiting.remove(job)
            return
        for reader in self._readers:
            if reader.jobs and reader.jobs[0] is job:
                self._lose(reader, None)
                self._pump()  # what waited behind it goes to a new reader
                return

    # ------------------------------------------------------------------ handing out work

    def _pump(self) -> None:
        """Give waiting jobs, oldest first, to readers with room: an idle reader, else a new
        one while there are fewer than ``size``, else one with room in its pipe."""
        while self._waiting:
            job = self._waiting[0]
            if job.future.done():
                self._waiting.popleft()
                continue
            reader = self._reader_for()
            if reader is None:
                return
            self._waiting.popleft()
            self._send(reader, job)

    def _reader_for(self) -> _Reader | None:
        idle = next((r for r in self._readers if not r.jobs), None)
        if idle is not None:
            return idle
        if len(self._readers) < self.size:
            return self._spawn()
        return next((r for r in self._readers if len(r.jobs) < PIPELINE), None)

    def _send(self, reader: _Reader, job: _Job) -> None:
        try:
            reader.conn.send((job.seq, job.page))
        except OSError as exc:  # the reader is gone: this page fails, a new reader follows
            self._settle(job, ReaderFailed(f"reader_died: exit {reader.process.exitcode} "
                                           f"before reading ({type(exc).__name__})"))
            self._lose(reader, self._death_note(reader, exc))
            return
        reader.jobs.append(job)
        if len(reader.jobs) == 1:
            self._start(reader)

    def _spawn(self) -> _Reader:
        parent_end, child_end = self._context.Pipe()
        clock = self._context.RawArray("d", 2)
        process = self._context.Process(target=reader_process.serve,
                                        args=(child_end, self.client_options, self.source_module,
                                              self.host_aliases, clock),
                                        name="catalog-reader", daemon=True)
        process.start()
        child_end.close()
        reader = _Reader(process, parent_end, clock)
        self._readers.append(reader)
        assert self._loop is not None
        self._loop.add_reader(parent_end.fileno(), self._on_answer, reader)
        return reader

    # ------------------------------------------------------------------ answers and budgets

    def _on_answer(self, reader: _Reader) -> None:
        """The reader's pipe is readable: take every answer it holds, in order."""
        try:
            while reader.jobs and reader.conn.poll():
                answer = reader.conn.recv()
                job = reader.jobs.popleft()
                self._settle(job, answer)
                if reader.jobs:
                    self._start(reader)
                elif reader.timer is not None:
                    reader.timer.cancel()
                    reader.timer = None
            if not reader.jobs and reader.conn.poll():
                reader.conn.recv()  # an answer nobody waits for, or the end of the pipe
        except (EOFError, OSError) as exc:
            self._lose(reader, self._death_note(reader, exc))
        self._pump()

    def _start(self, reader: _Reader) -> None:
        """The reader's first job is now the one it works on: its budget starts."""
        reader.jobs[0].started = time.monotonic()
        self._watch(reader)

    def _watch(self, reader: _Reader) -> None:
        """Stop the reader if its current job overran its budget; else look again when it
        would (while it fetches, at least every quarter of a read budget, so that a reading
        that starts is held to its own budget). A reader has one timer at a time: each job's
        start replaces the last one's."""
        if reader.timer is not None:
            reader.timer.cancel()  # harmless when it is the timer calling us
            reader.timer = None
        if not reader.jobs:
            return
        job = reader.jobs[0]
        now = time.monotonic()
        on, reading_since = reader.clock[CLOCK_JOB], reader.clock[CLOCK_READING]
        if on == job.seq and reading_since:
            phase, budget, deadline = "read", self.read_budget, reading_since + self.read_budget
        elif on > job.seq:
            # done, and on to the next: its answer is in the pipe, not read yet
            phase, budget, deadline = "fetch", None, None
        else:
            budget = None if self.fetch_budget is None else self.fetch_budget + FETCH_MARGIN
            phase, deadline = "fetch", None if budget is None else job.started + budget
        if deadline is not None and now >= deadline:
            self._lose(reader, f"{phase}_budget: not done within {budget:g}s; the reader was "
                               "stopped")
            self._pump()
            return
        wait = max(0.05, self.read_budget / 4) if phase == "fetch" else deadline - now
        if deadline is not None:
            wait = min(wait, deadline - now)
        assert self._loop is not None
        reader.timer = self._loop.call_later(wait, self._watch, reader)

    @staticmethod
    def _settle(job: _Job, outcome: Any) -> None:
        if job.future.done():
            return  # its caller was cancelled
        if isinstance(outcome, BaseException):
            job.future.set_exception(outcome)
        else:
            job.future.set_result(outcome)

    @staticmethod
    def _death_note(reader: _Reader, exc: BaseException) -> str:
        reader.process.join(timeout=1)
        return (f"reader_died: exit {reader.process.exitcode} while reading "
                f"({type(exc).__name__})")

    def _lose(self, reader: _Reader, reason: str | None) -> None:
        """Stop ``reader``: its current job fails with ``reason`` (None: it was abandoned),
        the jobs queued behind it go back to the front of the line for another reader."""
        self._discard(reader)
        self.replaced += 1
        if reader.jobs:
            current = reader.jobs.popleft()
            if reason is not None:
                self._settle(current, ReaderFailed(reason))
            self._waiting.extendleft(reversed(reader.jobs))
            reader.jobs.clear()

    def _discard(self, reader: _Reader) -> None:
        if reader in self._readers:
            self._readers.remove(reader)
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_reader(reader.conn.fileno())
        if reader.timer is not None:
            reader.timer.cancel()
            reader.timer = None
        if reader.process.is_alive():
            reader.process.kill()
        reader.process.join(timeout=5)
        reader.conn.close()

    def close(self) -> None:
        """Stop every reader now (they hold no state worth waiting for)."""
        for reader in list(self._readers):
            self._discard(reader)
        for job in self._waiting:
            job.future.cancel()
        self._waiting.clear()
