"""Cross-checks published: Datasette's table page with facets, the canned queries, and the
static site's "Claims vs references" page and verdicts beside each model's prices."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.publish import serve
from catalog.publish.site import build_site, run_canned
from tests.conftest import ROOT

REFS = ROOT / "tests" / "fixtures" / "references"
SOURCES = {"cometapi": "cometapi_models.json", "litellm": "litellm.json",
           "models.dev": "models_dev.json", "genai-prices": "genai_prices.json",
           "openrouter": "openrouter.json"}


@pytest.fixture(scope="module")
def checked_db(tmp_path_factory, scraped_db) -> Path:
    db = tmp_path_factory.mktemp("checked") / "catalog.db"
    shutil.copy(scraped_db, db)
    args = ["crosscheck", "--db", str(db)]
    for name, file in SOURCES.items():
        args += ["--source", f"{name}={REFS / file}"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return db


async def test_largest_disagreements_come_first(checked_db):
    ds = serve.build_datasette(checked_db)
    response = await ds.client.get("/catalog/largest_disagreements.json?_shape=array&source=")
    assert response.status_code == 200
    rows = response.json()
    assert len(rows) == 14
    assert [(r["source"], r["model_id"], r["check"], r["diff_pct"]) for r in rows[:3]] == [
        ("litellm", "deepseek/deepseek-r", "max_output_tokens", 681.25),
        ("genai-prices", "anthropic/claude-sonnet-4-5", "context_window", -80.0),
        ("openrouter", "anthropic/claude-sonnet-4-5", "context_window", -80.0)]
    only = (await ds.client.get(
        "/catalog/largest_disagreements.json?_shape=array&source=cometapi")).json()
    assert [(r["model_id"], r["check"], r["locale"], r["catalog_value"], r["reference_value"])
            for r in only] == [("google/gemini-2-5-flash", "price.output", "en", "2", "2.5")]


async def test_the_table_page_is_faceted_by_verdict_and_source(checked_db):
    ds = serve.build_datasette(checked_db)
    data = (await ds.client.get("/catalog/crosschecks.json")).json()
    facets = data["facet_results"]
    verdicts = {f["value"]: f["count"] for f in facets["verdict"]["results"]}
    assert verdicts == {"agrees": 87, "differs": 14, "not_in_reference": 34, "matched": 1}
    sources = {f["value"]: f["count"] for f in facets["source"]["results"]}
    assert sources == {"cometapi": 26, "litellm": 36, "models.dev": 29, "genai-prices": 23,
                       "openrouter": 22}
    html = (await ds.client.get("/catalog/crosschecks")).text
    assert "Claims vs references" in html


async def test_datasette_and_the_static_site_run_the_same_claims_sql(checked_db):
    import sqlite3

    ds = serve.build_datasette(checked_db)
    via_datasette = (await ds.client.get(
        "/catalog/claims_vs_references.json?_shape=array&verdict=differs&source=")).json()
    conn = sqlite3.connect(checked_db)
    conn.row_factory = sqlite3.Row
    try:
        via_site = run_canned(conn, "claims_vs_references", serve.canned_queries(),
                              verdict="differs", source="")
    finally:
        conn.close()
    assert via_datasette == via_site and len(via_site) == 14


def test_static_site_has_the_claims_page_and_verdicts_beside_prices(checked_db, tmp_path):
    out = tmp_path / "site"
    build_site(checked_db, out)
    claims = (out / "claims.html").read_text()
    assert claims.count("<tr data-verdict=") == 136
    assert claims.count('<tr data-verdict="differs"') == 14
    assert '<option value="not_in_reference">not in reference</option>' in claims
    assert '<option value="openrouter">openrouter</option>' in claims
    assert 'href="claims.html"' in (out / "index.html").read_text()
    page = next((out / "models").rglob("gpt-4-0314*.html")).read_text()
    assert "litellm (official): agrees" in page
    assert "openrouter (price): differs -20 %" in page
    assert "cometapi [ko] (price): agrees" in page
    # found by a reference that states no figure the catalog has: the page still says so
    opus = next((out / "models").rglob("claude-opus-4-6*.html")).read_text()
    assert "Listed by litellm: <a" in opus


async def test_models_wide_is_one_row_per_model_cheapest_first(checked_db):
    ds = serve.build_datasette(checked_db)
    rows = (await ds.client.get("/catalog/models_wide.json?_shape=array&kind=text")).json()
    assert [(r["model_id"], r["input_usd"], r["input_official_usd"], r["api_model_id"])
            for r in rows] == [
        ("google/gemini-2-5-flash", 0.24, 0.3, "gemini-2.5-flash"),
        ("deepseek/deepseek-r", 0.44, 0.55, None),
        ("openai/gpt-5-4-mini", 0.6, None, "gpt-5.4-mini"),
        ("anthropic/claude-sonnet-4-5", 2.4, 3.0, "claude-sonnet-4-5-20250929"),
        ("openai/gpt-4-0314", 24.0, 30.0, "gpt-4-0314")]
    every = (await ds.client.get("/catalog/models_wide.json?_shape=array&kind=")).json()
    assert len(every) == len({r["model_id"] for r in every}) == 11


async def test_the_datasette_model_page_shows_verdicts_beside_prices(checked_db):
    ds = serve.build_datasette(checked_db)
    rows = (await ds.client.get(
        "/catalog/model_claims.json?_shape=array&id=google/gemini-2-5-flash")).json()
    assert [(r["kind"], r["usd"], r["official_usd"]) for r in rows] == [
        ("input", 0.24, 0.3), ("output", 2.0, 2.5)]
    assert rows[1]["verdicts"] == (
        "cometapi [en] (price): differs -20%; genai-prices (official): agrees; "
        "litellm (official): agrees; models.dev (official): agrees; "
        "openrouter (price): differs -20%")
    html = (await ds.client.get("/catalog/models/google~2Fgemini-2-5-flash")).text
    prices = html.split('id="prices"')[1].split('id="price-history"')[0]
    assert "References" in prices
    assert "cometapi [en] (price): differs -20 %" in prices  # disagreements first
    assert prices.index("differs -20 %") < prices.index("genai-prices (official): agrees")


async def test_both_model_pages_say_which_references_list_the_model(checked_db, tmp_path):
    """One template draws Datasette's and the static site's model page: both name the
    references that list claude-opus-4-6 (litellm's row is ``matched``: no figure to compare),
    each linking its own list of claims."""
    ds = serve.build_datasette(checked_db)
    html = (await ds.client.get("/catalog/models/anthropic~2Fclaude-opus-4-6")).text
    assert ('Listed by litellm: <a href="/catalog/crosschecks?model_id='
            'anthropic%2Fclaude-opus-4-6">claims vs references</a>') in html
    build_site(checked_db, tmp_path / "site")
    page = next((tmp_path / "site" / "models").rglob("claude-opus-4-6*.html")).read_text()
    assert 'Listed by litellm: <a href="../../claims.html">claims vs references</a>' in page
