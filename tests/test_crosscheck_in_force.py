"""The reference readers and checks at what each reference means (issue 23): genai-prices at
the price in force (a passed ``start_date``, the standard rate of a time-of-day price, tiers
kept as tiers), its lifecycle only where stated; LiteLLM's per-second video key; "coming
soon" against a reference's retirement; a match with nothing comparable still a row.

The genai-prices entries are the shapes of its ``prices/data.json`` (o3's price change of
2025-06-10, DeepSeek's off-peak hours, Claude's tiers above 200K tokens)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from catalog.crosscheck.checks import CatalogFacts, check_source
from catalog.crosscheck.references import parse_reference

TODAY = date(2026, 11, 21)
GENAI = [
    {"id": "openai", "models": [
        {"id": "o3", "match": {"equals": "o3"}, "context_window": 200000,
         "prices": [
             {"prices": {"input_mtok": 10, "cache_read_mtok": 0.5, "output_mtok": 40}},
             {"constraint": {"start_date": "2025-06-10"},
              "prices": {"input_mtok": 2, "cache_read_mtok": 0.5, "output_mtok": 8}}]},
        {"id": "gpt-4-0314", "match": {"equals": "gpt-4-0314"}, "deprecated": True,
         "prices": {"input_mtok": 30, "output_mtok": 60}},
        {"id": "gpt-4o", "match": {"equals": "gpt-4o"}, "deprecated": False,
         "prices": {"input_mtok": 2.5, "output_mtok": 10}},
        {"id": "gpt-5", "match": {"equals": "gpt-5"},
         "prices": [{"prices": {"input_mtok": 1.25, "output_mtok": 10}},
                    {"constraint": {"start_date": "2027-01-01"},
                     "prices": {"input_mtok": 1.5, "output_mtok": 12}}]}]},
    {"id": "deepseek", "models": [
        {"id": "deepseek-reasoner", "match": {"equals": "deepseek-reasoner"},
         "prices": [
             {"prices": {"input_mtok": 0.135, "cache_read_mtok": 0.035, "output_mtok": 0.55}},
             {"constraint": {"start_time": "00:30:00Z", "end_time": "16:30:00Z"},
              "prices": {"input_mtok": 0.55, "cache_read_mtok": 0.14, "output_mtok": 2.19}}]},
        {"id": "deepseek-offpeak-last", "match": {"equals": "deepseek-offpeak-last"},
         "prices": [
             {"prices": {"input_mtok": 0.27, "output_mtok": 1.1}},
             {"constraint": {"start_time": "16:30:00Z", "end_time": "00:30:00Z"},
              "prices": {"input_mtok": 0.135, "output_mtok": 0.55}}]}]},
    {"id": "anthropic", "models": [
        {"id": "claude-opus-4-6", "match": {"equals": "claude-opus-4-6"},
         "prices": {"input_mtok": {"base": 5, "tiers": [{"start": 200000, "price": 10}]},
                    "output_mtok": {"base": 25, "tiers": [{"start": 200000, "price": 37.5}]}}}]},
]


def _genai(today: date = TODAY) -> dict:
    return {m.ref_id: m for m in parse_reference("genai-prices", json.dumps(GENAI).encode(),
                                                  today)}


def test_genai_prices_a_price_change_whose_start_date_has_passed_is_the_one_compared():
    refs = _genai()
    assert refs["openai/o3"].prices == {"input": 2, "output": 8}
    # before the change, the price of the time
    assert _genai(date(2025, 6, 9))["openai/o3"].prices == {"input": 10, "output": 40}
    # a change announced for later is not in force yet
    assert refs["openai/gpt-5"].prices == {"input": Decimal("1.25"), "output": 10}


def test_genai_prices_a_time_of_day_price_is_compared_at_its_standard_rate():
    refs = _genai()
    assert refs["deepseek/deepseek-reasoner"].prices == {
        "input": Decimal("0.55"), "output": Decimal("2.19")}
    # the off-peak window listed last (8 hours) is not the standard rate either
    assert refs["deepseek/deepseek-offpeak-last"].prices == {
        "input": Decimal("0.27"), "output": Decimal("1.1")}


def test_genai_prices_tiers_are_kept_as_tiers_beside_the_base():
    opus = _genai()["anthropic/claude-opus-4-6"]
    assert opus.prices == {"input": 5, "output": 25}
    assert opus.tiers == {"input": [(200000, 10)], "output": [(200000, Decimal("37.5"))]}


def test_genai_prices_lifecycle_only_where_the_entry_states_it():
    refs = _genai()
    assert refs["openai/gpt-4-0314"].status == "deprecated"
    assert refs["openai/gpt-4o"].status == "active"
    assert refs["openai/o3"].status is None  # no `deprecated`: not a claim


def test_litellm_video_price_per_second_is_read():
    body = json.dumps({"openai/sora-2": {"litellm_provider": "openai", "mode": "video_generation",
                                         "output_cost_per_video_per_second": 0.1}}).encode()
    (sora,) = parse_reference("litellm", body, TODAY)
    assert sora.prices == {"per_second": Decimal("0.1")}


def _facts(model: dict, prices: dict | None = None) -> CatalogFacts:
    return CatalogFacts({model["id"]: model}, {model["id"]: prices or {}}, {})


def test_the_price_in_force_is_what_a_page_is_checked_against():
    """o3 at $2 / $8 on the page agrees with genai-prices at its price in force, not at the
    $10 / $40 it lists as o3's first price."""
    facts = _facts({"id": "openai/o3", "status": "active", "context_window": 200000},
                   {"input": {"usd": 1.6, "official_usd": 2.0, "discount_pct": 20},
                    "output": {"usd": 6.4, "official_usd": 8.0, "discount_pct": 20}})
    rows = check_source("genai-prices", facts, {"openai/o3": (_genai()["openai/o3"], "exact")},
                        {})
    verdicts = {r.check: (r.verdict, r.reference_value) for r in rows}
    assert verdicts["official.input"] == ("agrees", "2")
    assert verdicts["official.output"] == ("agrees", "8")
    assert verdicts["discount.input"][0] == "agrees"
    assert "lifecycle" not in verdicts  # genai-prices does not state o3's


def test_a_tiered_price_check_names_its_tiers():
    facts = _facts({"id": "anthropic/claude-opus-4-6"},
                   {"input": {"usd": 4.0, "official_usd": 5.0}})
    (row, *_rest) = check_source(
        "genai-prices", facts,
        {"anthropic/claude-opus-4-6": (_genai()["anthropic/claude-opus-4-6"], "exact")}, {})
    assert row.verdict == "agrees"
    assert "from 200,000 tokens 10" in row.detail


def test_coming_soon_is_compared_with_a_references_lifecycle():
    body = json.dumps({
        "gpt-old": {"litellm_provider": "openai", "deprecation_date": "2026-01-01"},
        "gpt-new": {"litellm_provider": "openai"}}).encode()
    refs = {m.ref_id: m for m in parse_reference("litellm", body, TODAY)}
    for ref_id, verdict in (("gpt-old", "differs"), ("gpt-new", "agrees")):
        facts = _facts({"id": "openai/x", "status": "coming_soon"})
        (row,) = check_source("litellm", facts, {"openai/x": (refs[ref_id], "exact")}, {})
        assert (row.check, row.verdict) == ("lifecycle", verdict), row
        assert row.catalog_value == "coming_soon"


def test_a_match_with_nothing_comparable_still_leaves_a_match_row():
    body = json.dumps({"gpt-x": {"litellm_provider": "openai", "mode": "chat"}}).encode()
    (ref,) = parse_reference("litellm", body, TODAY)
    ref.status = None
    facts = _facts({"id": "openai/gpt-x", "status": None}, {})
    (row,) = check_source("litellm", facts, {"openai/gpt-x": (ref, "exact")}, {})
    assert (row.check, row.verdict, row.reference_id) == ("match", "matched", "gpt-x")
    assert "matched gpt-x (exact)" in row.detail
