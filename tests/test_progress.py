"""The progress line of `catalog scrape`: a count and a spinner while the sitemaps are read,
then a bar against the pages found; never 0/0, never 100 % while pages are still coming.
The clock is injected: no sleeping, no timing assertions."""

from __future__ import annotations

import io

from catalog.cli.progress import ScrapeProgress


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_count_and_a_spinner_until_the_sitemaps_are_read():
    clock = FakeClock()
    line = ScrapeProgress(io.StringIO(), clock=clock)
    assert "0/0" not in line.line() and "%" not in line.line()
    line.discovered(120)
    line.advanced("u", "read")
    assert line.line().endswith("1 pages visited, 120 found so far (still reading the sitemaps)")
    assert "[" not in line.line()  # no bar against a total that is still growing


def test_a_bar_once_the_total_is_known_with_an_estimate_from_the_pace_since():
    clock = FakeClock()
    line = ScrapeProgress(io.StringIO(), clock=clock)
    for _ in range(10):
        line.advanced("u", "read")
    clock.now = 100.0  # a slow start while the sitemaps were read must not skew the estimate
    line.discovery_done(110)
    clock.now = 110.0
    for _ in range(50):
        line.advanced("u", "read")
    text = line.line()
    assert "60/110 found" in text and " 55%" in text
    assert "about 10s left" in text  # 50 pages in 10 s; 50 left


def test_pages_named_by_pages_read_grow_the_total_instead_of_passing_100_percent():
    line = ScrapeProgress(io.StringIO(), clock=FakeClock())
    line.discovery_done(2)
    for _ in range(3):
        line.advanced("u", "read")
    assert "3/3 found 100%" in line.line()
    line.discovered(8)  # a page read named its other locales
    assert "3/8 found" in line.line() and "100%" not in line.line()


def test_redraws_are_throttled_and_the_line_ends_with_a_newline():
    clock = FakeClock()
    out = io.StringIO()
    line = ScrapeProgress(out, clock=clock)
    for _ in range(1000):
        line.advanced("u", "read")  # the clock does not move: one redraw
    assert out.getvalue().count("\r") == 1
    line.finish()
    assert out.getvalue().endswith("\n") and "1,000 pages visited" in out.getvalue()
