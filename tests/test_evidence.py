"""Evidence, text as written and replacement links, end to end: from a real scrape of the
bundled snapshot into SQLite, through Datasette's model and deprecation pages and the static
site. Every stored fact can be traced to its page and sentence."""

from __future__ import annotations

import html

from catalog.publish import serve
from catalog.publish.site import build_site, model_path
from catalog.storage.store import Store
from tests.conftest import db_rows


def test_prices_keep_the_text_as_written(scraped_db):
    rows = dict(((kind, (usd, text, official)) for kind, usd, text, official in db_rows(
        scraped_db, "SELECT kind, usd, usd_text, official_text FROM prices "
                    "WHERE model_id = 'openai/gpt-4-0314'")))
    assert rows == {"input": (24, "$24/M", "$30/M"), "output": (48, "$48/M", "$60/M")}
    # Spanish page: a dot in a dollar figure is a decimal point, and the text stays as written
    assert db_rows(scraped_db, "SELECT usd, usd_text FROM prices WHERE model_id = "
                             "'deepseek/deepseek-r' AND kind = 'output'") == [(1.752, "$1.752/M")]


def test_every_fact_has_its_sentence(scraped_db):
    said = {}
    for field, value, text, url, locale in db_rows(
            scraped_db, "SELECT field, value, text, url, locale FROM evidence "
                        "WHERE model_id = 'openai/gpt-4-0314' ORDER BY rowid"):
        said.setdefault(field, []).append((value, text, url, locale))
    assert {"status", "status_date", "replacements", "context_window", "price.input",
            "price.output", "official.input", "official.output", "discount_pct"} <= set(said)
    value, text, url, locale = said["status"][0]
    assert value == "retired" and "has been retired" in text
    assert url == "https://www.cometapi.com/models/openai/gpt-4-0314/" and locale == "en"
    assert said["status_date"][0][0] == "2026-03-26"
    assert any("8,192" in t for _v, t, _u, _l in said["context_window"])
    assert said["price.input"][0][:2] == ("$24/M", "Input:$24/M")


def test_models_known_only_from_a_card_have_no_invented_kind(scraped_db):
    kinds = db_rows(scraped_db, "SELECT DISTINCT kind FROM models WHERE source = 'card'")
    assert kinds == [(None,)]


def test_replacements_keep_their_text_and_link_to_catalog_models(fresh_copy):
    store = Store(fresh_copy)
    try:
        assert store.link_replacements() == 0  # gpt-5 and gpt-4.1 are not in the snapshot
        store.conn.execute(
            "INSERT INTO models (id, provider, slug, name, status, source) "
            "VALUES ('openai/gpt-4-1', 'openai', 'gpt-4-1', 'GPT-4.1', 'active', 'page')")
        store.conn.execute(
            "INSERT INTO prices (model_id, kind, unit, usd, usd_text) "
            "VALUES ('openai/gpt-4-1', 'input', '1M tokens', 1.6, '$1.6/M')")
        assert store.link_replacements() == 1
    finally:
        store.close()
    links = dict(db_rows(fresh_copy, "SELECT replacement_id, replacement_model_id FROM "
                                   "replacements WHERE model_id = 'openai/gpt-4-0314'"))
    assert links == {"gpt-5": None, "gpt-4.1*": "openai/gpt-4-1"}
    (row,) = db_rows(fresh_copy, "SELECT replacements, replacement_ids, replacement_prices, "
                               "status_evidence FROM deprecations "
                               "WHERE model_id = 'openai/gpt-4-0314'")
    assert row[0] == "gpt-4.1*, gpt-5"
    assert row[1] == "openai/gpt-4-1"
    assert row[2] == "openai/gpt-4-1 input $1.6/1M tokens"
    assert "has been retired" in row[3]


async def test_datasette_model_page_shows_each_fact_beside_its_sentence(scraped_db):
    ds = serve.build_datasette(scraped_db)
    response = await ds.client.get("/catalog/models/openai~2Fgpt-4-0314")
    assert response.status_code == 200
    page = html.unescape(response.text)
    status = page.split("<dt>Status</dt>")[1].split("</dd>")[0]
    assert "because the page says:" in status and "has been retired" in status
    assert "8,192" in page
    assert 'href="/catalog/model_evidence?id=openai/gpt-4-0314"' in page  # every fact
    card_only = html.unescape((await ds.client.get("/catalog/models/openai~2Fgpt-5-4-mini")).text)
    assert "known only from a card" in card_only and "because the page says" not in card_only


async def test_datasette_deprecations_page_says_why(scraped_db):
    ds = serve.build_datasette(scraped_db)
    page = html.unescape((await ds.client.get("/deprecations")).text)
    assert "because the page says" in page and "has been retired" in page


def test_static_site_says_why(scraped_db, tmp_path):
    out = tmp_path / "_site"
    build_site(scraped_db, out)
    model = html.unescape((out / model_path("openai/gpt-4-0314")).read_text(encoding="utf-8"))
    assert 'retired, shut down on <time datetime="2026-03-26">2026-03-26</time>' in model
    assert "because the page says:" in model and "has been retired" in model
    deprecations = html.unescape((out / "deprecations.html").read_text(encoding="utf-8"))
    assert "because the page says" in deprecations


def test_two_languages_that_disagree_on_a_size_leave_a_conflict():
    from catalog.meaning.quality import fact_conflicts
    from catalog.model.records import ModelRecord

    en = ModelRecord(url="https://x/models/a/b/", locale="en", provider="a", model="b",
                     context_window=128_000, max_output_tokens=8192, status_date="2027-03")
    fr = ModelRecord(url="https://x/fr/models/a/b/", locale="fr", provider="a", model="b",
                     context_window=200_000, max_output_tokens=8000, status_date="2027-03-31")
    found = fact_conflicts([en, fr])
    assert [(page.locale, f.kind, f.detail.split(" on ")[0]) for page, f in found] == [
        ("fr", "conflict", "context_window 200000")]
