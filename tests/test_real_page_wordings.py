"""Wordings of the live CometAPI pages that a reader can get wrong, each read as a scrape reads
it. The sentences are the live site's own (stored copies of www.cometapi.com model pages); the
seeds are the two whole pages of ``../shared/seeds`` (text as a browser shows it), copied into
``tests/fixtures/seeds``."""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from catalog.run.normalized_page import read_and_normalize
from scrapers.fetch.http import text_codec
from scrapers.sources.cometapi.urls import parse_model_url

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
TODAY = date(2026, 11, 28)


def page(body: list[str], header: list[str], name: str = "Test Model") -> str:
    """A model page: breadcrumb, heading, header lines, then body paragraphs."""
    return ("<html><body><nav>Home/Models</nav><h1>" + html.escape(name) + "</h1>"
            + "".join(f"<p>{h}</p>" for h in header)
            + "".join(f"<p>{b}</p>" for b in body) + "</body></html>")


def read(doc: str | bytes, url: str):
    outcome = read_and_normalize(doc, url, today=TODAY)
    assert outcome.record is not None, outcome.skip_reason
    return outcome.record


def seed_page(locale: str) -> str:
    """A seed's text as a page: its heading as <h1>, every other line a paragraph."""
    lines = (SEEDS / f"gpt-4-0314.{locale}.txt").read_text(encoding="utf-8").split("\n")
    body, heading = [], False
    for line in lines:
        if line.strip() == "gpt-4-0314" and not heading:
            body.append(f"<h1>{html.escape(line)}</h1>")
            heading = True
        else:
            body.append(f"<p>{html.escape(line)}</p>")
    return "<html><body>" + "\n".join(body) + "</body></html>"


@pytest.mark.parametrize("locale", ["ko", "nl"])
def test_the_seed_pages_read_exactly(locale):
    record = read(seed_page(locale), f"https://www.cometapi.com/{locale}/models/openai/gpt-4-0314/")
    assert [(p.kind, p.usd, p.official_usd) for p in record.prices] == [
        ("input", Decimal(24), Decimal(30)), ("output", Decimal(48), Decimal(60))]
    assert record.discount_pct == 20
    assert record.context_window == 8192
    assert (record.status, record.status_date) == ("retired", "2026-03-26")
    # "a compatibility or legacy-access path rather than a net-new primary deployment choice"
    # names no model
    assert record.replacements == ["gpt-5", "gpt-4.1*"]
    assert record.commercial_use is True
    placeholders = [f.detail for f in record.findings if f.kind == "untranslated_placeholder"]
    assert placeholders == (["[모델 이름]", "[모델명]"] if locale == "ko" else [])
    assert ("leaked_reasoning" in {f.kind for f in record.findings}) == (locale == "nl")


def test_a_model_hosted_under_another_provider_is_a_model_page():
    ref = parse_model_url("https://www.cometapi.com/models/replicate/black-forest-labs/flux-2-flex/")
    assert (ref.provider, ref.model) == ("replicate", "black-forest-labs/flux-2-flex")


def test_a_non_breaking_hyphen_does_not_hide_the_output_limit():
    doc = page(["It writes up to 64K output\u2011tokens per reply."], ["Input:$2/M", "Output:$8/M"])
    record = read(doc, "https://www.cometapi.com/da/models/openai/test-model/")
    assert record.max_output_tokens == 64_000
    assert not [f for f in record.findings if f.kind == "conflict"]


def test_a_feminine_maximum_is_an_output_limit():
    doc = page(["La salida máxima = 128K tokens."], ["Entrada:$2/M", "Salida:$8/M"])
    assert read(doc, "https://www.cometapi.com/es/models/openai/test-model/").max_output_tokens \
        == 128_000


def test_official_prices_in_prose():
    tts = page(["<table><tr><td>Pricing</td><td>OpenAI lists tts-1 at $15 per 1M tokens for "
                "speech generation.</td></tr></table>"], ["Input:$12/M", "Output:$12/M"], "tts-1")
    record = read(tts, "https://www.cometapi.com/models/openai/tts-1/")
    assert [(p.kind, p.official_usd) for p in record.prices] == [
        ("input", Decimal(15)), ("output", Decimal(15))]
    flux = page(["FLUX 1.1 Pro is listed as $0.08 per image by Black Forest Labs."],
                ["Per Image:$0.064"], "FLUX 1.1 Pro")
    record = read(flux, "https://www.cometapi.com/models/black-forest-labs/flux-1-1-pro/")
    assert [(p.kind, p.usd, p.official_usd) for p in record.prices] == [
        ("per_image", Decimal("0.064"), Decimal("0.08"))]


def test_no_placeholder_in_an_api_path_or_a_product_variant():
    doc = page(["Poll GET /mj/task/{id}/fetch until it is done.",
                "FLUX.1 Kontext [max] edits images from a prompt."], ["Per Request:$0.08"])
    record = read(doc, "https://www.cometapi.com/models/midjourney/test-model/")
    assert not [f for f in record.findings if f.kind == "untranslated_placeholder"]


def test_an_exact_context_in_prose_that_disagrees_with_the_header_is_a_conflict():
    doc = page(["The model supports a maximum context length of 65,536 tokens."],
               ["Input:$2/M", "Output:$8/M", "Context:1M"])
    record = read(doc, "https://www.cometapi.com/models/openai/test-model/")
    assert record.context_window == 1_000_000
    assert [f.kind for f in record.findings if "65,536" in f.detail] == ["conflict"]


def test_a_context_offered_on_larger_models_is_not_this_ones():
    doc = page(["It offers a 200K context window (with 1M context options available on larger "
                "models)."], ["Inndata:$2/M", "Utdata:$8/M"])
    record = read(doc, "https://www.cometapi.com/no/models/anthropic/test-model/")
    assert record.context_window == 200_000
    assert not [f for f in record.findings if f.kind == "conflict"]


def test_a_mirror_page_is_never_stored_as_cometapis():
    doc = page([], ["Input:$1/M", "Output:$4/M"])
    for url in ("https://dev.gocometapi.com/models/openai/test-model/",
                "http://203.0.113.9:8080/models/openai/test-model/"):
        outcome = read_and_normalize(doc, url, today=TODAY)
        assert outcome.record is None and "mirror" in outcome.skip_reason
    assert read_and_normalize(doc, "http://127.0.0.1:8000/models/openai/test-model/",
                              today=TODAY).record is not None


def test_invisible_characters_inside_a_price_are_read_as_shown_and_reported():
    doc = page([], ["Input:$2&#8203;4/M", "Output:$\u200d8/M"])
    record = read(doc.encode(), "https://www.cometapi.com/models/openai/test-model/")
    assert [(p.kind, p.usd) for p in record.prices] == [("input", 24), ("output", 8)]
    assert {f.kind for f in record.findings} >= {"invisible_characters"}


def test_a_zero_width_non_joiner_inside_a_word_is_its_spelling():
    """Persian writes "می‌شود" with a zero-width non-joiner: the page's text (and so the
    evidence a person quotes) keeps it, the lifecycle words are read through it, and one
    inside a figure is still hidden there."""
    sentence = "OpenAI اعلام کرد که Test Model به‌تدریج کنار گذاشته می‌شود."
    doc = page([sentence, "تاریخ خاموشی ۲۰ مارس ۲۰۲۷ است."], ["ورودی:$2‌4/M"])
    record = read(doc.encode(), "https://www.cometapi.com/fa/models/openai/test-model/")
    assert [p.usd for p in record.prices] == [24]
    assert (record.status, record.status_date) == ("deprecated", "2027-03-20")
    assert any("به‌تدریج کنار گذاشته می‌شود" in t for t in record.evidence["status"])


def test_encodings_no_browser_decodes_are_ignored():
    body = b"<html><body><h1>X</h1><p>Input:+ACQ-24/M</p></body></html>"
    assert text_codec(body, "text/html; charset=utf-7") == "utf-8-sig"
    record = read_and_normalize(body, "https://www.cometapi.com/models/openai/x/", today=TODAY,
                                content_type="text/html; charset=utf-7").record
    assert record is None or not record.prices


@pytest.mark.parametrize("sentence", [
    "For comparison, Midjourney's own Basic subscription starts at $10 per month.",
    "Midjourney sells its Standard plan at $30/month.",
    "Midjourney's annual plan costs $96 a year.",
])
def test_a_subscription_price_is_no_official_price(sentence):
    record = read(page([sentence], ["Per request:$0.04"], "mj_fast_imagine"),
                  "https://www.cometapi.com/models/midjourney/mj-fast-imagine/")
    assert [(p.kind, p.usd, p.official_usd) for p in record.prices] == [
        ("per_request", Decimal("0.04"), None)]


def test_a_price_per_request_beside_its_official_price_is_still_read():
    sentence = "Midjourney lists the same call at $0.05 per request."
    record = read(page([sentence], ["Per request:$0.04"], "mj_fast_imagine"),
                  "https://www.cometapi.com/models/midjourney/mj-fast-imagine/")
    assert [(p.kind, p.usd, p.official_usd) for p in record.prices] == [
        ("per_request", Decimal("0.04"), Decimal("0.05"))]


@pytest.mark.parametrize(("sentence", "locale"), [
    ("The provider's list price is higher; through CometAPI you pay 25% less.", "en"),
    ("Der Listenpreis ist höher; über CometAPI zahlen Sie 25 % weniger.", "de"),
    ("De catalogusprijs is hoger; via CometAPI betaal je 25% minder.", "nl"),
])
def test_a_percentage_less_than_the_official_price_is_the_discount(sentence, locale):
    record = read(page([sentence], ["Per image:$0.03"]),
                  f"https://www.cometapi.com/{locale}/models/test/pic-z/")
    assert record.discount_pct == 25
