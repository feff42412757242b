"""Every canned query of site/metadata.yml: exact results on the hand-made database.

The same SQL also feeds the static site (catalog.publish.site.run_canned), so the last tests
check that
Datasette and run_canned return identical rows for the same TEXT parameters.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from urllib.parse import urlencode

import pytest

from catalog.publish import serve
from catalog.publish.site import run_canned
from tests.publish_fixtures import (
    GEMINI_PRO_SHUTDOWN,
    OPUS_SHUTDOWN,
)


async def canned(ds, name: str, **params: str) -> list[dict]:
    query = urlencode({"_shape": "array", **params})
    response = await ds.client.get(f"/catalog/{name}.json?{query}")
    assert response.status_code == 200, response.text[:500]
    return response.json()


def ids(rows: list[dict], key: str = "model_id") -> list[str]:
    return [row[key] for row in rows]


def test_every_query_is_tested_here():
    tested = {
        "search", "models_overview", "cheapest_with_context", "discounts", "compare_models",
        "price_changes_since", "locale_price_mismatches", "deprecation_list",
        "discount_by_provider", "price_distribution", "price_changes_feed",
        "lifecycle_changes_feed", "model_evidence",
        "largest_disagreements", "claims_vs_references", "models_wide", "model_claims",  # in
        # tests/test_crosscheck_publish.py
        "price_vs_context", "price_history_chart",
        "coverage",  # in tests/test_discovery.py
    }  # fmt: skip
    assert set(serve.canned_queries()) == tested


async def test_cheapest_with_context(ds):
    rows = await canned(ds, "cheapest_with_context", kind="text", min_context="100000")
    assert ids(rows) == [
        "google/gemini-2-5-flash",
        "openai/gpt-4-1-mini",
        "google/gemini-1-5-pro",
        "openai/gpt-5",
        "openai/gpt-4-1",
        "anthropic/claude-sonnet-4-5",
        "anthropic/claude-3-opus",
    ]  # retired GPT-4 0314 and DeepSeek R (64K context) are left out
    assert rows[0] == {
        "model_id": "google/gemini-2-5-flash",
        "name": "Gemini 2.5 Flash",
        "provider": "google",
        "kind": "text",
        "status": "active",
        "context_window": 1048576,
        "max_output_tokens": 65536,
        "input_usd": 0.24,
        "output_usd": 2.0,
        "official_input_usd": 0.3,
        "input_discount_pct": 20.0,
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": "text", "min_context": "1000000"},
         ["google/gemini-2-5-flash", "openai/gpt-4-1-mini", "google/gemini-1-5-pro",
          "openai/gpt-4-1"]),
        ({"kind": "", "min_context": ""},
         ["google/gemini-2-5-flash", "openai/gpt-4-1-mini", "deepseek/deepseek-r",
          "google/gemini-1-5-pro", "openai/gpt-5", "openai/gpt-4-1",
          "anthropic/claude-sonnet-4-5", "anthropic/claude-3-opus"]),
        ({"kind": " text ", "min_context": " 400000 "},
         ["google/gemini-2-5-flash", "openai/gpt-4-1-mini", "google/gemini-1-5-pro",
          "openai/gpt-5", "openai/gpt-4-1"]),
        ({"kind": "video", "min_context": "0"}, []),  # Sora has no token price
        ({"kind": "text", "min_context": "99999999"}, []),
    ],
)  # fmt: skip
async def test_cheapest_with_context_parameters(ds, params, expected):
    assert ids(await canned(ds, "cheapest_with_context", **params)) == expected


async def test_discounts(ds):
    rows = await canned(ds, "discounts")
    assert [(r["model_id"], r["kind"]) for r in rows] == [
        ("anthropic/claude-3-opus", "output"),  # 40 %, saves $30
        ("anthropic/claude-3-opus", "input"),  # 40 %, saves $6
        ("google/gemini-1-5-pro", "output"),  # 30 %
        ("google/gemini-1-5-pro", "input"),
        ("openai/gpt-4-0314", "output"),  # 20 %, ranked by savings
        ("openai/gpt-4-0314", "input"),
        ("anthropic/claude-sonnet-4-5", "output"),
        ("openai/gpt-5", "output"),
        ("openai/gpt-4-1", "output"),
        ("anthropic/claude-sonnet-4-5", "input"),
        ("google/gemini-2-5-flash", "output"),
        ("deepseek/deepseek-r", "output"),
        ("openai/gpt-4-1", "input"),
        ("openai/gpt-4-1-mini", "output"),
        ("openai/gpt-5", "input"),
        ("deepseek/deepseek-r", "input"),
        ("openai/gpt-4-1-mini", "input"),
        ("google/gemini-2-5-flash", "input"),
        ("openai/sora-2", "per_second"),
        ("openai/dall-e-2", "per_image"),  # 10 %
    ]
    assert rows[0] == {
        "model_id": "anthropic/claude-3-opus",
        "name": "Claude 3 Opus",
        "provider": "anthropic",
        "status": "deprecated",
        "kind": "output",
        "unit": "1M tokens",
        "usd": 45.0,
        "official_usd": 75.0,
        "discount_pct": 40.0,
        "savings_usd": 30.0,
        "source_url": "https://www.cometapi.com/models/anthropic/claude-3-opus/",
    }
    deepseek = next(
        r for r in rows if r["model_id"] == "deepseek/deepseek-r" and r["kind"] == "output"
    )
    assert (deepseek["usd"], deepseek["official_usd"]) == (1.752, 2.19)


async def test_compare_models(ds):
    rows = await canned(
        ds, "compare_models", ids="openai/gpt-5, gemini-2-5-flash,deepseek/deepseek-r"
    )
    assert ids(rows) == ["openai/gpt-5", "google/gemini-2-5-flash", "deepseek/deepseek-r"]
    assert rows[2] == {
        "model_id": "deepseek/deepseek-r",
        "name": "DeepSeek R",
        "provider": "deepseek",
        "kind": "text",
        "status": "active",
        "status_date": None,
        "context_window": 64000,
        "max_output_tokens": 8192,
        "commercial_use": None,
        "input_usd": 0.44,
        "official_input_usd": 0.55,
        "output_usd": 1.752,
        "official_output_usd": 2.19,
        "other_prices": None,
        "max_discount_pct": 20.0,
        "replacements": None,
    }
    sora, old = await canned(ds, "compare_models", ids="sora-2,openai/gpt-4-0314")
    assert sora["other_prices"] == "per_second $0.08/second"
    assert old["replacements"] == "gpt-4.1*, gpt-5"
    assert await canned(ds, "compare_models", ids="") == []
    assert await canned(ds, "compare_models", ids="no-such-model") == []


async def test_price_changes_since(ds):
    expected = [
        {
            "changed_at": "2026-10-15T06:23:00+00:00",
            "model_id": "deepseek/deepseek-r",
            "name": "DeepSeek R",
            "provider": "deepseek",
            "kind": "input",
            "unit": "1M tokens",
            "previous_usd": 0.5,
            "usd": 0.44,
            "change_pct": -12.0,
            "previous_official_usd": 0.55,
            "official_usd": 0.55,
            "source_url": "https://www.cometapi.com/models/deepseek/deepseek-r/",
        }
    ]
    assert await canned(ds, "price_changes_since", since="") == expected
    assert await canned(ds, "price_changes_since", since="2026-10-15") == expected
    assert await canned(ds, "price_changes_since", since="2026-10-16") == []


async def test_locale_price_mismatches(ds):
    rows = await canned(ds, "locale_price_mismatches")
    assert [(r["locale"], r["usd"], r["differs_from_catalog"]) for r in rows] == [
        ("en", 0.24, 0),
        ("ko", 0.24, 0),
        ("nl", 0.3, 1),
        ("zh-CN", 0.24, 0),
    ]
    assert {(r["model_id"], r["kind"], r["unit"]) for r in rows} == {
        ("google/gemini-2-5-flash", "input", "1M tokens")
    }
    assert rows[2]["label"] == "Invoer"
    assert rows[2]["url"] == "https://www.cometapi.com/nl/models/google/gemini-2-5-flash/"


async def test_deprecation_list(ds):
    rows = await canned(ds, "deprecation_list")
    assert [(r["model_id"], r["timing"], r["status_date"]) for r in rows] == [
        ("anthropic/claude-3-opus", "upcoming", OPUS_SHUTDOWN),
        ("google/gemini-1-5-pro", "upcoming", GEMINI_PRO_SHUTDOWN),
        ("openai/gpt-4-0314", "past", "2026-03-26"),
        ("openai/dall-e-2", "past", "2025-11-01"),
    ]
    assert [r["days_from_today"] for r in rows[:2]] == [30, 120]
    assert rows[2]["days_from_today"] == (date(2026, 3, 26) - date.today()).days
    old = rows[2]
    assert old["replacements"] == "gpt-4.1*, gpt-5"
    assert old["replacement_links"] == (
        '[{"name":"gpt-4.1*","ids":["openai/gpt-4-1","openai/gpt-4-1-mini"]},'
        '{"name":"gpt-5","ids":["openai/gpt-5"]}]'
    )
    assert (old["input_usd"], old["output_usd"]) == (24.0, 48.0)
    assert rows[1]["replacement_links"] == '[{"name":"gemini-2-5-pro","ids":[]}]'
    assert rows[3]["prices"] == "per_image $0.018/image"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "retired"}, ["openai/gpt-4-0314", "openai/dall-e-2"]),
        ({"status": "deprecated", "provider": "google"}, ["google/gemini-1-5-pro"]),
        ({"provider": "openai"}, ["openai/gpt-4-0314", "openai/dall-e-2"]),
        ({"provider": "nobody"}, []),
    ],
)
async def test_deprecation_list_filters(ds, params, expected):
    assert ids(await canned(ds, "deprecation_list", **params)) == expected


async def test_discount_by_provider(ds):
    assert await canned(ds, "discount_by_provider") == [
        {"provider": "anthropic", "provider_name": "Anthropic", "prices_compared": 4,
         "avg_discount_pct": 30.0, "min_discount_pct": 20.0, "max_discount_pct": 40.0},
        {"provider": "google", "provider_name": "Google", "prices_compared": 4,
         "avg_discount_pct": 25.0, "min_discount_pct": 20.0, "max_discount_pct": 30.0},
        {"provider": "deepseek", "provider_name": "DeepSeek", "prices_compared": 2,
         "avg_discount_pct": 20.0, "min_discount_pct": 20.0, "max_discount_pct": 20.0},
        {"provider": "openai", "provider_name": "OpenAI", "prices_compared": 10,
         "avg_discount_pct": 19.0, "min_discount_pct": 10.0, "max_discount_pct": 20.0},
    ]  # fmt: skip


async def test_search_finds_every_model_by_name_id_or_card(ds):
    """A model known only from a card, and names typed with other punctuation, are found:
    "gpt-4.1" finds GPT-4.1 and GPT-4.1 mini, "kimi" the card-only Kimi K2."""
    async def found(q: str) -> list[str]:
        return [r["model_id"] for r in await canned(ds, "search", q=q) if r["locale"] == ""]

    assert await found("kimi") == ["moonshot/kimi-k2"]
    assert await found("gpt-4.1") == ["openai/gpt-4-1", "openai/gpt-4-1-mini"]
    assert await found("GPT 4 1 mini") == ["openai/gpt-4-1-mini"]
    assert await found("gemini-2-5") == ["google/gemini-2-5-flash"]  # the id
    assert await found("no such model") == []
    kimi = (await canned(ds, "search", q="kimi"))[0]
    assert kimi["snippet"] == "model: \ue000Kimi\ue001 K2 (moonshot/kimi-k2, known from a card)"


async def test_price_vs_context(ds):
    rows = await canned(ds, "price_vs_context")
    assert len(rows) == 9 and all(r["context_window"] > 0 and r["input_usd"] > 0 for r in rows)
    assert rows[0] == {"model_id": "anthropic/claude-3-opus", "name": "Claude 3 Opus",
                       "provider": "anthropic", "context_window": 200000, "input_usd": 9.0,
                       "output_usd": 45.0}


async def test_price_history_chart_holds_the_models_whose_price_changed(ds):
    rows = await canned(ds, "price_history_chart")
    assert [(r["model_id"], r["kind"], r["usd"], r["valid_from"]) for r in rows] == [
        ("deepseek/deepseek-r", "input", 0.5, "2026-09-01T06:23:00+00:00"),
        ("deepseek/deepseek-r", "input", 0.44, "2026-10-15T06:23:00+00:00"),
    ]


async def test_price_distribution(ds):
    rows = await canned(ds, "price_distribution")
    assert [(r["kind"], r["band"], r["prices"]) for r in rows] == [
        ("input", "under $0.50", 3),
        ("input", "$0.50 to $2", 3),
        ("input", "$2 to $10", 2),
        ("input", "$10 to $50", 1),
        ("input", "$50 and over", 0),
        ("output", "under $0.50", 0),
        ("output", "$0.50 to $2", 2),
        ("output", "$2 to $10", 4),
        ("output", "$10 to $50", 3),
        ("output", "$50 and over", 0),
    ]


async def test_models_overview(ds):
    rows = await canned(ds, "models_overview")
    assert ids(rows) == [
        "anthropic/claude-3-opus",
        "anthropic/claude-sonnet-4-5",
        "deepseek/deepseek-r",
        "google/gemini-1-5-pro",
        "google/gemini-2-5-flash",
        "moonshot/kimi-k2",
        "openai/dall-e-2",
        "openai/gpt-4-0314",
        "openai/gpt-4-1",
        "openai/gpt-4-1-mini",
        "openai/gpt-5",
        "openai/sora-2",
    ]
    kimi = rows[5]
    assert (kimi["source"], kimi["input_usd"], kimi["provider_name"]) == (
        "card",
        None,
        "Moonshot AI",
    )
    assert rows[6]["other_prices"] == "per_image $0.018/image"


async def test_search(ds):
    rows = await canned(ds, "search", q="flash")
    assert [(r["model_id"], r["locale"]) for r in rows] == [
        ("google/gemini-2-5-flash", ""),  # the model itself first, then its pages
        ("google/gemini-2-5-flash", "en"),
        ("google/gemini-2-5-flash", "nl"),
    ]
    assert set(rows[0]) == {"model_id", "locale", "name", "snippet", "status", "url"}
    assert rows[0]["snippet"].count("\ue000") >= 1  # the match is marked


# --- one copy of the SQL: Datasette and the static site agree -----------------------------------

PARAMS = {
    "search": {"q": "모델"},
    "cheapest_with_context": {"kind": "text", "min_context": "100000"},
    "compare_models": {"ids": "openai/gpt-5,gemini-2-5-flash"},
    "price_changes_since": {"since": "2026-01-01"},
    "deprecation_list": {"status": "retired"},
}


async def test_static_site_runner_matches_datasette(ds, hand_db):
    conn = sqlite3.connect(hand_db)
    queries = serve.canned_queries()
    for name in queries:
        params = PARAMS.get(name, {})
        assert run_canned(conn, name, queries, **params) == await canned(ds, name, **params), name


async def test_model_evidence(real_db):
    """One model's facts with their sentences, status first (tests/test_evidence.py covers the
    pages that show them)."""
    ds = serve.build_datasette(real_db)
    rows = await canned(ds, "model_evidence", id=" openai/gpt-4-0314 ")
    assert [r["field"] for r in rows][:3] == ["status", "status_date", "replacements"]
    assert rows[0]["value"] == "retired" and "has been retired" in rows[0]["text"]
    assert {r["locale"] for r in rows} == {"en"}
    assert await canned(ds, "model_evidence", id="no/such-model") == []


async def test_real_scrape_queries_agree(real_db):
    real = real_db
    ds = serve.build_datasette(real)
    conn = sqlite3.connect(real)
    queries = serve.canned_queries()
    for name in queries:
        params = PARAMS.get(name, {})
        assert run_canned(conn, name, queries, **params) == await canned(ds, name, **params), name
    overview = await canned(ds, "models_overview")
    assert len(overview) == conn.execute("SELECT count(*) FROM models").fetchone()[0]
