"""One price format (catalog/publish/money.py) on Datasette's pages and the static site."""

from __future__ import annotations

import pytest

from catalog.publish.money import format_usd
from catalog.publish.site import fmt_usd


@pytest.mark.parametrize(("value", "text"), [
    (24, "$24"), (1.752, "$1.752"), (0.08, "$0.08"), (0, "$0"), (1752.5, "$1,752.5"),
    (0.0000015, "$1.5e-06"), (2_500_000, "$2,500,000.00"),
])
def test_a_price_reads_the_same_everywhere(value, text):
    assert format_usd(value) == text
    assert fmt_usd(value) == text


@pytest.mark.parametrize("value", [None, "", "24", True])
def test_an_unknown_price_is_no_text_and_the_static_site_shows_a_dash(value):
    assert format_usd(value) is None
    assert fmt_usd(value) == "—"


async def test_datasette_pages_format_prices_with_the_same_function(ds):
    response = await ds.client.get("/deprecations")
    assert response.status_code == 200
    html = response.text
    assert "$" in html
    await ds.invoke_startup()
    rendered = await ds.jinja_env.from_string(
        '{% import "_macros.html" as fmt %}{{ fmt.usd(1752.5) }}|{{ fmt.usd(None) }}'
    ).render_async()
    assert rendered == '$1,752.5|<span class="none">—</span>'
