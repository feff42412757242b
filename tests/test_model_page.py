"""A model's page on Datasette: the static site's page of the model (same template, same
reading code), titled by the model's name; human units in every HTML cell while JSON and CSV
keep raw numbers; "data as of" the last complete run; the catalog file swapped by a rebuild
is the one served. In-process through ds.client on the demo catalog and the hand-made one."""

from __future__ import annotations

import html
import re
import shutil
import sqlite3

from catalog.publish import serve
from catalog.publish.site import build_site
from catalog.publish.swap import swap_into_place
from catalog.storage.connection import connect

GEMINI = "/catalog/models/google~2Fgemini-2-5-flash"


async def get(ds, path: str) -> str:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    return response.text


def sections(page: str) -> list[str]:
    body = page.split('<div class="model-page">')[1]
    return re.findall(r'<h2 id="([^"]+)"', body)


def text_of(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


async def test_the_model_page_is_titled_by_the_model_and_shows_the_static_sections(
        hand_db, tmp_path):
    ds = serve.build_datasette(hand_db)
    page = await get(ds, "/catalog/models/openai~2Fgpt-4-0314")
    assert re.search(r"<title>GPT-4 0314 · CometAPI model catalog</title>", page)
    build_site(hand_db, tmp_path / "site")
    static = (tmp_path / "site" / "models/openai/gpt-4-0314.html").read_text()
    assert sections(page) == sections(static) == [
        "prices", "replacements", "price-history", "lifecycle", "locales", "findings",
        "sources"]
    words = text_of(page)
    assert "retired, shut down on 2026-03-26" in words  # the date is when it shut down
    assert "$24 /1M tokens" in words and "$30 /1M tokens" in words
    assert "8K (8,192) tokens" in words
    # the raw row is one click away
    assert 'href="/catalog/models/openai~2Fgpt-4-0314.json"' in page
    assert 'href="/catalog/models?id=openai/gpt-4-0314"' in page


async def test_a_deprecated_model_says_when_it_shuts_down_and_how_far_that_is(hand_db):
    from tests.publish_fixtures import OPUS_SHUTDOWN
    ds = serve.build_datasette(hand_db)
    words = text_of(await get(ds, "/catalog/models/anthropic~2Fclaude-3-opus"))
    assert f"deprecated, shuts down on {OPUS_SHUTDOWN} in 30 days" in words


async def test_html_cells_carry_units_and_json_keeps_raw_numbers(hand_db):
    ds = serve.build_datasette(hand_db)
    prices = await get(ds, "/catalog/prices?model_id=google/gemini-2-5-flash")
    cells = {c: html.unescape(v).strip() for c, v in re.findall(
        r'<td class="col-(usd|official_usd|discount_pct) [^"]*">([^<]*)</td>', prices)}
    assert cells == {"usd": "$2 /1M tokens", "official_usd": "$2.5 /1M tokens",
                     "discount_pct": "20 %"}
    raw = (await ds.client.get(
        "/catalog/prices.json?_shape=array&model_id=google/gemini-2-5-flash")).json()
    assert {r["usd"] for r in raw} == {0.24, 2.0}  # JSON: raw numbers
    models = await get(ds, "/catalog/models?_wide=1&id=google/gemini-2-5-flash")
    assert "1M (1,048,576)" in html.unescape(models)
    assert re.search(r'<td class="col-commercial_use [^"]*">yes</td>', models)
    csv = (await ds.client.get("/catalog/models.csv?id=google/gemini-2-5-flash")).text
    assert ",1048576," in csv  # CSV: raw numbers


async def test_views_and_queries_link_model_ids_to_the_model_page(hand_db):
    ds = serve.build_datasette(hand_db)
    page = await get(ds, "/catalog/price_comparison?model_id=openai/gpt-5")
    assert '<a href="/catalog/models/openai~2Fgpt-5">openai/gpt-5</a>' in page


async def test_models_search_finds_card_only_models_and_never_returns_everything(demo_db):
    ds = serve.build_datasette(demo_db)

    async def found(q: str) -> list[str]:
        rows = (await ds.client.get(
            f"/catalog/models.json?_shape=array&_search={q}")).json()
        return [r["id"] for r in rows]

    assert await found("opus") == ["anthropic/claude-opus-4-6"]  # known from a card
    assert await found("nano banana") == ["google/nano-banana-2"]
    assert await found("GPT-5.4") == ["openai/gpt-5-4-mini", "openai/gpt-5-4-nano"]
    assert await found("no such model") == []
    page = await get(ds, "/catalog/models?_search=opus")
    assert 'name="_search"' in page and "opus" in page


async def test_every_page_says_which_run_its_data_is_from(demo_db):
    ds = serve.build_datasette(demo_db)
    with connect(demo_db, read_only=True) as conn:
        (finished,) = conn.execute(
            "SELECT max(finished_at) FROM runs WHERE status = 'complete'").fetchone()
    for path in ["/", "/catalog/models", GEMINI, "/deprecations", "/charts",
                 "/catalog/claims_vs_references"]:
        page = await get(ds, path)
        assert f'Data as of <time datetime="{finished}">' in page, path


async def test_the_home_page_links_no_download_that_answers_403(demo_db):
    ds = serve.build_datasette(demo_db)
    page = await get(ds, "/")
    for href in set(re.findall(r'href="(/[^"#]*)"', page)):
        response = await ds.client.get(html.unescape(href))
        assert response.status_code == 200, href
    assert 'href="/catalog.db"' not in page


async def test_a_catalog_renamed_into_place_is_served_not_the_deleted_one(demo_db, tmp_path):
    """`make demo-db` builds aside and renames over the served file: the running server must
    read the new file on its next request, never the unlinked one."""
    served = tmp_path / "catalog.db"
    shutil.copy(demo_db, served)
    ds = serve.build_datasette(served)
    sql = "/catalog.json?_shape=array&sql=select+count(*)+as+n+from+models"
    before = (await ds.client.get(sql)).json()[0]["n"]
    rebuilt = tmp_path / "build" / "catalog.db"
    rebuilt.parent.mkdir()
    shutil.copy(demo_db, rebuilt)
    with sqlite3.connect(rebuilt) as conn:
        conn.execute("DELETE FROM models WHERE provider = 'openai'")
    conn.close()
    swap_into_place(rebuilt, served)
    assert not rebuilt.exists()
    for _ in range(4):  # every worker thread, not only the first to notice
        response = await ds.client.get(sql)
        assert response.status_code == 200, response.text[:300]
        assert response.json()[0]["n"] < before
