"""The merge policy (catalog/model/merge.py) on plain readings: no database, no scrape.

English first; each fact from the first page that states it; prices per (kind, unit, tier)
with an official figure filled from any page; the one discount rule; the record's one JSON
form round-trips what the merge reads.
"""

from __future__ import annotations

import json
from decimal import Decimal

from catalog.model import merge
from catalog.model.records import Card, Finding, ModelRecord, Price, discount_of


def reading(locale: str, **facts) -> dict:
    record = ModelRecord(url=f"https://x.test/{locale}/models/acme/rocket/", locale=locale,
                         provider="acme", model="rocket")
    data = record.to_json()
    data.update(facts)
    return data


def price(kind: str, usd, official=None, **extra) -> dict:
    return {"kind": kind, "unit": "1M tokens", "usd": usd, "official_usd": official,
            "label": kind, "usd_text": None, "official_text": None, "tier": None, **extra}


def test_english_comes_first_whatever_order_the_pages_arrive_in():
    pages = [reading("ko"), reading("en"), reading("de")]
    assert [r["locale"] for r in merge.english_first(pages)] == ["en", "de", "ko"]


def test_english_facts_win_and_other_languages_fill_what_english_leaves_unknown():
    merged = merge.merge_model("acme/rocket", [
        reading("fr", name="Fusée", context_window=64000, summary="Résumé"),
        reading("en", name="Rocket", context_window=None, summary=""),
    ])
    assert merged is not None
    assert merged.row["name"] == "Rocket"               # English states it: English wins
    assert merged.row["context_window"] == 64000        # English silent: French fills it
    assert merged.row["summary"] == "Résumé"            # "" is unknown, not a value
    assert merged.row["source_url"].endswith("/en/models/acme/rocket/")
    assert json.loads(merged.row["locales"]) == ["en", "fr"]


def test_the_lifecycle_is_taken_whole_from_the_english_page():
    merged = merge.merge_model("acme/rocket", [
        reading("en", status="deprecated", status_date=None),
        reading("de", status="retired", status_date="2026-03-26"),
    ])
    assert merged is not None
    assert (merged.row["status"], merged.row["status_date"]) == ("deprecated", None)
    merged = merge.merge_model("acme/rocket", [
        reading("en", status=None, status_date=None),
        reading("de", status="retired", status_date="2026-03-26"),
    ])
    assert merged is not None
    assert (merged.row["status"], merged.row["status_date"]) == (None, None)


def test_flags_are_stored_as_one_zero_or_null():
    merged = merge.merge_model("acme/rocket", [reading("en", commercial_use=True, is_new=None)])
    assert merged is not None
    assert (merged.row["commercial_use"], merged.row["is_new"]) == (1, None)


def test_prices_merge_per_kind_unit_and_tier_with_official_figures_from_any_page():
    merged = merge.merge_prices(merge.english_first([
        reading("ja", prices=[price("input", 2.5, 3.125), price("output", 10, 12.5)]),
        reading("en", prices=[price("input", 2.4), price("input", 5, tier="hd")]),
    ]))
    by_key = {(p["kind"], p["tier"]): p for p in merged}
    assert set(by_key) == {("input", ""), ("input", "hd"), ("output", "")}
    assert by_key["input", ""]["usd"] == 2.4                    # English's price
    assert by_key["input", ""]["official_usd"] == 3.125         # filled from Japanese
    assert by_key["input", ""]["locale"] == "en"
    assert by_key["input", ""]["usd_text"] == "$2.4"            # no text on the page: made
    assert by_key["output", ""]["locale"] == "ja"               # only Japanese has it


def test_no_readings_merge_to_nothing():
    assert merge.merge_model("acme/rocket", []) is None


def test_one_discount_rule_for_pages_and_stored_prices():
    assert discount_of(Decimal("8"), Decimal("10")) == Decimal("20.00")
    assert discount_of(Decimal("1"), Decimal("0")) is None      # a free official price
    assert discount_of(None, Decimal("10")) is None
    assert Price("input", "1M tokens", Decimal("2.4"), Decimal("3")).discount_pct == Decimal(
        "20.00")
    assert merge.stored_discount(2.4, 3) == 20.0
    assert merge.stored_discount(1.0, 3.0) == 66.67
    assert merge.stored_discount(None, 3.0) is None


def test_the_record_json_form_round_trips():
    record = ModelRecord(
        url="https://x.test/models/acme/rocket/", locale="en", provider="acme", model="rocket",
        provider_name="Acme", name="Rocket",
        prices=[Price("input", "1M tokens", Decimal("2.4"), Decimal("3"), "Input", "$2.4/M",
                      "$3/M", "hd")],
        discount_pct=Decimal("20"), context_window=128000, max_output_tokens=8192,
        status="deprecated", status_date="2026-03-26", replacements=["acme/rocket-2"],
        commercial_use=True, is_new=False, summary="Fast.",
        specs={"output_modalities": "text"},
        cards=[Card("https://x.test/models/acme/mini/", "acme", "mini", "Mini",
                    (Price("output", "1M tokens", Decimal("1")),), False)],
        findings=[Finding("conflict", "two sizes")],
        evidence={"context_window": ["128K context"]})
    assert ModelRecord.from_json(json.loads(json.dumps(record.to_json()))) == record
