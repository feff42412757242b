"""Serving at scale: listing canned queries come 100 rows a page, and the summary tables they
read (catalog/storage/summaries.py) hold exactly what the same SQL computes per request,
after a real scrape and after a later run changes a price."""

from __future__ import annotations

import shutil
import sqlite3
from urllib.parse import urlencode

from catalog.publish import serve
from catalog.publish.serve import canned_queries
from catalog.publish.site import run_canned
from catalog.storage.connection import connect
from catalog.storage.summaries import refresh_summaries
from tests.conftest import db_rows
from tests.publish_fixtures import build_indexed_db

#: the SQL models_overview ran per request before the summary table: the reference
OLD_MODELS_OVERVIEW = """
select m.id as model_id, m.name, m.provider, coalesce(pr.name, m.provider) as provider_name,
  m.kind, m.status, m.status_date, m.context_window, m.max_output_tokens, m.commercial_use,
  (select usd from prices p
    where p.model_id = m.id and p.kind = 'input' and p.unit = '1M tokens') as input_usd,
  (select usd from prices p
    where p.model_id = m.id and p.kind = 'output' and p.unit = '1M tokens') as output_usd,
  (select group_concat(x.kind || ' $' || printf('%.10g', x.usd) || '/' || x.unit, '; ')
    from (select kind, usd, unit from prices p
          where p.model_id = m.id and p.unit != '1M tokens' and p.usd is not null
          order by kind, unit) x) as other_prices,
  (select max(discount_pct) from prices p where p.model_id = m.id) as max_discount_pct,
  m.source
from models m left join providers pr on pr.slug = m.provider
order by m.provider, lower(m.name), m.id
"""

OLD_DISAGREEMENTS = """
select model_id, kind, unit from page_prices group by model_id, kind, unit
having count(distinct usd) > 1 or count(distinct official_usd) > 1 order by 1, 2, 3
"""


def _big_catalog(tmp_path, extra: int = 250):
    """The hand-made catalog plus `extra` models with prices, summaries rebuilt as a run does."""
    db = build_indexed_db(tmp_path / "catalog.db")
    conn = sqlite3.connect(db)
    with conn:
        for k in range(extra):
            mid = f"acme/model-{k:04d}"
            conn.execute("INSERT INTO models (id, provider, slug, name, kind, source) "
                         "VALUES (?, 'acme', ?, ?, 'text', 'page')", (mid, mid[5:], f"Model {k}"))
            conn.execute("INSERT INTO prices (model_id, kind, unit, usd, official_usd, "
                         "discount_pct) VALUES (?, 'input', '1M tokens', ?, ?, 20)",
                         (mid, 1 + k / 100, (1 + k / 100) * 1.25))
        refresh_summaries(conn)
    conn.close()
    return db


async def _json(ds, name: str, **params: str) -> list[dict]:
    response = await ds.client.get(f"/catalog/{name}.json?"
                                   + urlencode({"_shape": "array", **params}))
    assert response.status_code == 200, response.text[:300]
    return response.json()


async def test_listing_queries_come_a_hundred_rows_a_page(tmp_path):
    db = _big_catalog(tmp_path)
    ds = serve.build_datasette(db)
    everything = await _json(ds, "models_overview", page="all")
    assert len(everything) > 250
    first = await _json(ds, "models_overview")
    assert len(first) == 100 and first == everything[:100]
    pages = []
    for number in range(1, 5):
        pages += await _json(ds, "models_overview", page=str(number))
    assert pages == everything  # the pages, one after the other, are every row once
    assert await _json(ds, "models_overview", page="abc") == first
    html = (await ds.client.get("/catalog/models_overview")).text
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert body.count("<tr") == 100  # the HTML page is capped too, not only the JSON
    assert len(await _json(ds, "discounts")) == 100


async def test_the_static_site_still_gets_every_row(tmp_path):
    db = _big_catalog(tmp_path)
    conn = connect(db, read_only=True)
    try:
        rows = run_canned(conn, "models_overview", canned_queries())
    finally:
        conn.close()
    ds = serve.build_datasette(db)
    assert rows == await _json(ds, "models_overview", page="all")
    assert len(rows) == len(db_rows(db, "select id from models"))


def test_every_listing_query_with_many_rows_has_a_page_parameter():
    for name, query in canned_queries().items():
        sql = query["sql"].lower()
        if "limit" not in sql and "group by" not in sql and ":id" not in sql \
                and ":ids" not in sql and name != "price_distribution":
            raise AssertionError(f"{name} lists rows without a page or a limit")
        if "page" in (query.get("params") or []):
            assert ":page" in query["sql"], name


def test_summaries_match_the_per_request_sql_after_a_real_scrape(real_db):
    assert db_rows(real_db, "select model_id, name, provider, provider_name, kind, status, "
                          "status_date, context_window, max_output_tokens, commercial_use, "
                          "input_usd, output_usd, other_prices, max_discount_pct, source "
                          "from model_overview order by provider, sort_name, model_id") \
        == db_rows(real_db, OLD_MODELS_OVERVIEW)
    assert db_rows(real_db, "select * from price_disagreements order by 1, 2, 3") \
        == db_rows(real_db, OLD_DISAGREEMENTS)
    assert db_rows(real_db, "select count(*) from model_overview")[0][0] > 5


def test_a_later_run_keeps_the_summaries_current(tmp_path, scraped_db, snapshot_url):
    from tests.conftest import run_scrape

    db = tmp_path / "catalog.db"
    shutil.copy(scraped_db, db)
    conn = sqlite3.connect(db)
    with conn:  # a run rolled back would leave stale rows; the next run must rebuild them
        conn.execute("DELETE FROM model_overview")
        conn.execute("UPDATE prices SET usd = 123.5 WHERE kind = 'input'")
    conn.close()
    result = run_scrape(snapshot_url, db)
    assert result.status == "complete"
    inputs = {row[0] for row in db_rows(db, "select input_usd from model_overview")}
    assert 123.5 in inputs  # the changed price, as the models table now has it
    assert db_rows(db, "select count(*) from model_overview") == db_rows(
        db, "select count(*) from models")
