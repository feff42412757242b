"""Hostile input: arbitrary and mutated HTML never makes the reader raise."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.meaning.normalize import normalize
from scrapers.sources.cometapi.page import read_page
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


def test_many_cards_are_read_in_one_pass():
    """A page of 5,000 "More models" cards: every card read apart (the card finder walks up
    from each link a few levels instead of searching the whole list from every ancestor,
    which took minutes at 10,000 cards)."""
    cards = "".join(
        f'<div><a href="/models/p/m-{i}/"><b>Model {i}</b></a><p>Input:${i % 7 + 1}/M</p></div>'
        for i in range(5000))
    html = (f"<html><body><h1>GPT-4o</h1><p>Input:$2/M</p><p>Output:$8/M</p>"
            f"<section><h2>More models</h2>{cards}</section></body></html>")
    reading = read_page(html, "https://www.cometapi.com/models/openai/gpt-4o/")
    assert len(reading.cards) == 5000
    assert reading.cards[4999].name == "Model 4999"
    assert [(f.meaning, f.value) for f in reading.fields] == [("input", "$2/M"),
                                                                ("output", "$8/M")]


def test_a_page_nested_too_deep_is_refused_before_parsing():
    """200,000 nested divs (a 1.4 MB page) would take the parser minutes: the page is skipped
    with its reason, in the time a byte scan takes."""
    html = "<html><body><h1>X</h1>" + "<div>" * 200_000 + "Input:$1/M" + "</div>" * 200_000
    reading = read_page(html, URL)
    assert not reading.is_model_page
    assert reading.skip_reason == "elements nested deeper than 4096: not read"
    # many flat elements are fine: 20,000 list items and table cells
    flat = "<html><body><h1>X</h1><ul>" + "<li>item" * 20_000 + "</ul><p>Input:$1/M</p>"
    assert read_page(flat, URL).is_model_page


def test_only_plain_links_to_the_page_host_name_models():
    """A "javascript:" URL, a user name before the host or a backslash never becomes a card,
    a model or a link to follow, even when its host part looks like the site's."""
    hrefs = ["javascript://www.cometapi.com/models/evil/js/",
             "http://user@www.cometapi.com/models/evil/userinfo/",
             "http://www.cometapi.com\\@evil.example/models/evil/backslash/",
             "/models/good/plain/"]
    cards = "".join(f'<div><a href="{h}"><b>M</b></a><p>Input:$1/M</p></div>' for h in hrefs)
    html = f"<html><body><h1>GPT-4o</h1><p>Input:$2/M</p>{cards}</body></html>"
    reading = read_page(html, "https://www.cometapi.com/models/openai/gpt-4o/")
    assert [c.ref.model_id for c in reading.cards] == ["good/plain"]
    assert reading.links == ["https://www.cometapi.com/models/good/plain/"]
