"""Findings across a page's text and across the pages of one model (catalog/meaning/quality.py)."""

from __future__ import annotations

from decimal import Decimal

from catalog.meaning.quality import (
    OwnPrices,
    card_mismatches,
    fact_conflicts,
    price_mismatches,
    text_findings,
)
from catalog.model.records import Card, ModelRecord, Price


def page(locale: str, model: str = "rocket", **facts) -> ModelRecord:
    return ModelRecord(url=f"https://x.test/{locale}/models/acme/{model}/", locale=locale,
                       provider="acme", model=model, **facts)


def token(kind: str, usd: str, official: str | None = None) -> Price:
    return Price(kind, "1M tokens", Decimal(usd), Decimal(official) if official else None)


def test_text_findings_name_what_a_reader_would_see_as_broken():
    found = {(f.kind, f.detail) for f in text_findings([
        "Use [모델명] here, {{model_name}} there.",
        "It is ==fast== and cheap (example.com).",
        "Costs 3 XNUMX per call.",
        None,
    ], leaked_reasoning=["I should translate this as"])}
    assert ("untranslated_placeholder", "[모델명]") in found
    assert ("untranslated_placeholder", "{{model_name}}") in found
    assert ("markup_artifact", "highlight marker ==fast==") in found
    assert ("markup_artifact", "stray citation (example.com)") in found
    assert any(kind == "broken_number" for kind, _ in found)
    assert ("leaked_reasoning", "I should translate this as") in found


def test_clean_text_and_links_are_not_findings():
    assert text_findings(["See [the docs](https://x.test) for $2/M input; [1] and [42]."]) == []


def test_a_finding_is_reported_once_per_page():
    assert len(text_findings(["[모델명]", "again [모델명]"])) == 1


def test_a_price_that_differs_from_the_english_page_is_a_finding_on_the_other_page():
    en = page("en", prices=[token("input", "2", "2.5")])
    fr = page("fr", prices=[token("input", "2.2", "2.5")])
    same = page("de", prices=[token("input", "2", "2.5")])
    found = price_mismatches([fr, en, same])
    assert [(p.locale, f.kind) for p, f in found] == [("fr", "price_mismatch")]
    assert "$2.2" in found[0][1].detail and en.url in found[0][1].detail


def test_sizes_that_differ_beyond_rounding_conflict_and_a_rounding_does_not():
    en = page("en", context_window=128000, status_date="2026-03-26")
    rounded = page("ko", context_window=131072)       # 128K written the other way: 2.4 % apart
    other = page("ja", context_window=200000, status_date="2026-04-01")
    found = fact_conflicts([en, rounded, other])
    assert {(p.locale, f.detail.split()[0]) for p, f in found} == {
        ("ja", "context_window"), ("ja", "status_date")}
    assert fact_conflicts([en]) == []


def test_a_card_advertising_another_price_than_the_model_page_is_a_finding():
    own = page("en", model="mini", prices=[token("input", "1")])
    card = Card("https://x.test/models/acme/mini/", "acme", "mini", "Mini",
                (token("input", "1.5"),), False)
    honest = Card("https://x.test/models/acme/mini/", "acme", "mini", "Mini",
                  (token("input", "1"),), False)
    found = card_mismatches(page("en", cards=[card]), lambda _: OwnPrices.of(own))
    assert [f.kind for f in found] == ["price_mismatch"]
    assert "card for acme/mini" in found[0].detail
    assert card_mismatches(page("en", cards=[honest]), lambda _: OwnPrices.of(own)) == []
    assert card_mismatches(page("en", cards=[card]), lambda _: None) == []
