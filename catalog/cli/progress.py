"""The progress line of `catalog scrape` on a terminal.

Why not click's progress bar alone: the number of pages is not known when a run starts;
discovery reads the sitemaps while pages are already being fetched, so a bar started at 0/0
showed 100 % for most of a run as the total kept growing, with an ETA computed against a
moving total. Here the line is a count and a spinner until discovery has read every sitemap
(``discovery_done``), then a bar against the pages found (a page read may still name a few
more: its other locales), with an estimate from the pace since the sitemaps were read.

The clock is injected, so the rendering is tested without sleeping (tests/test_progress.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
BAR_WIDTH = 28
#: at most this many redraws a second (a 10,000-page run would otherwise write 10,000 lines)
REDRAW_EVERY_S = 0.1


class ScrapeProgress:
    """Counts pages visited and discovered; draws one line on ``stream``."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.done = 0
        self.found = 0
        self.total: int | None = None  # known once discovery has read every sitemap
        self._known_at: tuple[float, int] | None = None  # (time, pages done) when known
        self._frame = 0
        self._drawn_at: float | None = None
        self._width = 0

    # callbacks of catalog.run.pipeline.scrape
    def discovered(self, count: int) -> None:
        self.found = count
        if self.total is not None:  # pages read name more pages (other locales, cards)
            self.total = max(count, self.done)
        self._draw()

    def discovery_done(self, count: int) -> None:
        self.found = count
        self.total = max(count, self.done)
        self._known_at = (self.clock(), self.done)
        self._draw(force=True)

    def advanced(self, url: str, outcome: str) -> None:
        self.done += 1
        if self.total is not None and self.done > self.total:
            self.total = self.done
        self._draw()

    def line(self) -> str:
        """The text of the progress line as it stands."""
        if self.total is None:
            spin = SPINNER[self._frame % len(SPINNER)]
            found = f", {self.found:,} found so far" if self.found else ""
            return f"{spin} {self.done:,} pages visited{found} (still reading the sitemaps)"
        total = max(self.total, 1)
        filled = round(BAR_WIDTH * self.done / total)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        percent = 100 * self.done / total
        return (f"pages [{bar}] {self.done:,}/{self.total:,} found {percent:3.0f}%"
                f"{self._eta()}")

    def _eta(self) -> str:
        if self._known_at is None or self.total is None:
            return ""
        since, done_then = self._known_at
        elapsed, done = self.clock() - since, self.done - done_then
        if done <= 0 or elapsed <= 0 or self.done >= self.total:
            return ""
        seconds = round((self.total - self.done) * elapsed / done)
        minutes, seconds = divmod(seconds, 60)
        return f"  about {minutes}m{seconds:02d}s left" if minutes else f"  about {seconds}s left"

    def _draw(self, force: bool = False) -> None:
        now = self.clock()
        if not force and self._drawn_at is not None and now - self._drawn_at < REDRAW_EVERY_S:
            return
        self._drawn_at = now
        self._frame += 1
        text = self.line()
        pad = " " * max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write("\r" + text + pad)
        self.stream.flush()

    def finish(self) -> None:
        """Draw the last state and end the line."""
        self._draw(force=True)
        self.stream.write("\n")
        self.stream.flush()
