"""Canned-query parameters read with the project's number grammar (catalog/query_params.py,
site/plugins/query_params.py): ``min_context=128k`` is 128000, ``abc`` is refused with a
message on the page (400 for JSON), never read as 0 or 128. Datasette in-process over the
hand-made catalog of tests/publish_fixtures.py."""

from __future__ import annotations

import html
import re
import sqlite3
from urllib.parse import urlencode

import pytest

from catalog.publish import serve
from catalog.publish.query_params import register, size_value, usd_value
from catalog.publish.site import run_canned


async def rows(ds, name: str, **params: str) -> list[dict]:
    response = await ds.client.get(f"/catalog/{name}.json?"
                                   + urlencode({"_shape": "array", **params}))
    assert response.status_code == 200, response.text
    return response.json()


def ids(found: list[dict]) -> list[str]:
    return [row["model_id"] for row in found]


@pytest.mark.parametrize(("text", "tokens"), [
    ("500", 500), ("128000", 128000), ("128k", 128000), ("128K", 128000), ("128 000", 128000),
    ("128,000", 128000), ("1M", 1000000), ("1 Mio.", 1000000), ("1.5M", 1500000),
    ("200K tokens", 200000),
])
def test_sizes(text, tokens):
    assert size_value(text) == tokens


@pytest.mark.parametrize(("text", "usd"), [
    ("2", 2.0), ("0.5", 0.5), ("$2", 2.0), ("$2/M", 2.0), ("$0.002/1K tokens", 2.0),
])
def test_prices(text, usd):
    assert usd_value(text) == usd


@pytest.mark.parametrize("text", ["abc", "-5", "12x", "128k 5"])
def test_what_is_not_a_size(text):
    with pytest.raises(ValueError, match="is not a number of tokens"):
        size_value(text)


@pytest.mark.parametrize("text", ["abc", "-1", "$0.08/sec"])
def test_what_is_not_a_price_per_million_tokens(text):
    with pytest.raises(ValueError, match="is not a price per 1M tokens"):
        usd_value(text)


async def test_128k_is_128000(ds):
    plain = await rows(ds, "cheapest_with_context", kind="text", min_context="128000")
    assert plain, "the hand-made catalog has text models with 128,000 tokens or more"
    assert await rows(ds, "cheapest_with_context", kind="text", min_context="128k") == plain
    # not 128, which every text model has
    everything = await rows(ds, "cheapest_with_context", kind="text", min_context="")
    assert len(everything) > len(plain)
    assert all(row["context_window"] >= 128000 for row in plain)
    million = await rows(ds, "cheapest_with_context", kind="text", min_context="1M")
    assert ids(million) == [r["model_id"] for r in everything if r["context_window"] >= 1000000]


async def test_max_input_reads_a_price(ds):
    everything = await rows(ds, "cheapest_with_context", kind="text", min_context="")
    limit = sorted(r["input_usd"] for r in everything)[len(everything) // 2]
    cheap = await rows(ds, "cheapest_with_context", kind="text", max_input=f"${limit}/M")
    assert ids(cheap) == [r["model_id"] for r in everything if r["input_usd"] <= limit]
    assert 0 < len(cheap) < len(everything)


@pytest.mark.parametrize(("params", "message"), [
    ({"min_context": "abc"}, "min_context: 'abc' is not a number of tokens (write 128000, 128k "
                             "or 1M)"),
    ({"max_input": "cheap"}, "max_input: 'cheap' is not a price per 1M tokens (write 2, $2 or "
                             "$2/M)"),
])
async def test_a_bad_value_is_refused_with_a_message(ds, params, message):
    query = urlencode({"kind": "text", **params})
    page = await ds.client.get(f"/catalog/cheapest_with_context?{query}")
    assert page.status_code == 200
    shown = [html.unescape(m) for m in re.findall(r'class="message-error">\s*(.*?)\s*<',
                                                  page.text, re.S)]
    assert shown == [message]
    assert "<td" not in page.text  # no rows, rather than rows for 0
    data = await ds.client.get(f"/catalog/cheapest_with_context.json?{query}")
    assert data.status_code == 400
    assert data.json() == {"ok": False, "error": message, "status": 400,
                           "title": "Invalid parameter"}
    csv = await ds.client.get(f"/catalog/cheapest_with_context.csv?{query}")
    assert csv.status_code == 400


async def test_the_functions_work_in_any_sql(ds):
    response = await ds.client.get("/catalog.json?" + urlencode({
        "sql": "select catalog_size('128k') as size, catalog_usd('$0.002/1K tokens') as usd, "
               "catalog_size('abc') as bad", "_shape": "array"}))
    assert response.json() == [{"size": 128000, "usd": 2.0, "bad": None}]


def test_the_static_site_runner_reads_them_too(hand_db):
    conn = sqlite3.connect(hand_db)
    queries = serve.canned_queries()
    with_k = run_canned(conn, "cheapest_with_context", queries, kind="text", min_context="128k")
    plain = run_canned(conn, "cheapest_with_context", queries, kind="text",
                       min_context="128000")
    assert with_k == plain and with_k
    assert run_canned(conn, "cheapest_with_context", queries, min_context="abc") == []
    register(conn)  # registering twice is harmless
    assert conn.execute("select catalog_size('1 Mio.')").fetchone() == (1000000,)
