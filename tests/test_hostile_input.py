"""Hostile input: arbitrary and mutated HTML never makes the reader raise."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.normalize import normalize
from scrapers.cometapi.page import read_page
from tests.conftest import SNAPSHOT

SEED_PAGE = (SNAPSHOT / "ko/models/openai/gpt-4-0314/index.html").read_text()
URL = "https://www.cometapi.com/ko/models/openai/gpt-4-0314/"
FRAGMENTS = ["<h1>", "</h1>", "<table>", "<tr>", "<td>", "</td>", "<a href='/models/x/y/'>",
             "</a>", "Input:", "$", "$24/M", "Output:$", ":", "<think>", "</think>", "<br>",
             "<dl><dt>", "<dd>", "-20%", "8,192", "1M", "<script>", "</script>", "&lt;", "\x00",
             "[모델 이름]", "retired on 2026-03-26", "<div role='row'>", "<nav>", "</nav>"]


def _read(html: str) -> None:
    reading = read_page(html, URL)
    if reading.is_model_page:
        normalize(reading, today=date(2026, 11, 21))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text):
    _read(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=20), max_size=200))
def test_tag_soup_never_raises(parts):
    _read("".join(parts))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_page_never_raises(data):
    html = SEED_PAGE
    for _ in range(data.draw(st.integers(1, 8))):
        start = data.draw(st.integers(0, len(html)))
        end = data.draw(st.integers(start, min(len(html), start + 400)))
        insert = data.draw(st.sampled_from(FRAGMENTS) | st.text(max_size=30))
        html = html[:start] + insert + html[end:]
    _read(html)
