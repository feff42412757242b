"""The reader on every fixture page: exact extracted values.

``tests/fixtures/pages/expected.json`` was written from the figures put into each page, by a
different hand than the parser's, so these comparisons are against an independent oracle.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from catalog.meaning.normalize import normalize
from scrapers.sources.cometapi.page import read_page
from tests.conftest import FIXTURE_PAGES, SNAPSHOT

TODAY = date(2026, 11, 21)
EXPECTED = json.loads((FIXTURE_PAGES / "expected.json").read_text())
SNAPSHOT_EXPECTED = json.loads((SNAPSHOT / "expected.json").read_text())
PRICE_KEYS = ("kind", "unit", "usd", "official_usd", "label")


def parsed(path, url):
    reading = read_page(path.read_bytes(), url)
    record = normalize(reading, today=TODAY) if reading.is_model_page else None
    return reading, record


def check_expected(directory, name: str, case: dict) -> None:
    """The page ``name`` of ``directory`` read as ``case["url"]`` gives ``case["expect"]``."""
    expect = case["expect"]
    reading, record = parsed(directory / name, case["url"])
    assert reading.is_model_page == expect.get("is_model_page", True)
    if record is None:
        return
    got = record.to_json()
    for key, value in expect.items():
        if key == "is_model_page":
            continue
        if key == "prices":
            assert [{k: p[k] for k in PRICE_KEYS} for p in got["prices"]] == value
        elif key == "finding_kinds":
            assert sorted({f["kind"] for f in got["findings"]}) == value
        else:
            assert got[key] == value, key


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_page(name):
    check_expected(FIXTURE_PAGES, name, EXPECTED[name])


@pytest.mark.parametrize("name", sorted(SNAPSHOT_EXPECTED))
def test_snapshot_page(name):
    """The bundled snapshot's own oracle, data/snapshot/expected.json (written with it)."""
    check_expected(SNAPSHOT, name, SNAPSHOT_EXPECTED[name])


#: what data/snapshot/expected.json does not hold: exact finding details, the replacements as
#: written (the family wildcard ``gpt-4.1*`` included), and facts it leaves unasserted
SNAPSHOT_EXTRA = {
    "models/openai/gpt-4-0314": dict(
        replacements=["gpt-5", "gpt-4.1*"], summary=None, findings=set()),
    "ko/models/openai/gpt-4-0314": dict(
        replacements=["gpt-5", "gpt-4.1*"],
        findings={("untranslated_placeholder", "[모델 이름]"),
                  ("untranslated_placeholder", "[모델명]")}),
    "models/google/gemini-2-5-flash": dict(is_new=True, kind="text", findings=set()),
    "fr/models/anthropic/claude-sonnet-4-5": dict(is_new=True),
    "models/openai/sora-2": dict(kind="video", findings=set()),
    "es/models/deepseek/deepseek-r": dict(
        context_window=128_000, max_output_tokens=64_000, findings=set()),
}


@pytest.mark.parametrize("path", sorted(SNAPSHOT_EXTRA))
def test_snapshot_page_beyond_its_oracle(path):
    expect = dict(SNAPSHOT_EXTRA[path])
    _, record = parsed(SNAPSHOT / path / "index.html", f"https://www.cometapi.com/{path}/")
    got = record.to_json()
    findings = expect.pop("findings", None)
    if findings is not None:
        assert {(f["kind"], f["detail"]) for f in got["findings"]} == findings
    for key, value in expect.items():
        assert got[key] == value, key


def test_cards_are_read_apart_from_the_page():
    _, record = parsed(SNAPSHOT / "ko/models/openai/gpt-4-0314/index.html",
                       "https://www.cometapi.com/ko/models/openai/gpt-4-0314/")
    cards = {c.model_id: c for c in record.cards}
    assert sorted(cards) == ["anthropic/claude-mythos-preview", "anthropic/claude-opus-4-6",
                             "anthropic/claude-sonnet-4-6", "google/nano-banana-2",
                             "openai/gpt-5-4-mini", "openai/gpt-5-4-nano"]
    mythos = cards["anthropic/claude-mythos-preview"]
    assert mythos.name == "Claude Mythos Preview"
    assert mythos.coming_soon is True
    assert [(p.kind, str(p.usd)) for p in mythos.prices] == [("input", "60"), ("output", "240")]
    assert cards["google/nano-banana-2"].coming_soon is False
    assert [str(p.usd) for p in cards["openai/gpt-5-4-nano"].prices] == ["0.16", "1"]


def _card_page(lang: str, section: str) -> str:
    return f"""<html lang="{lang}"><body><main><div><h1>Orion 3</h1>
      <div>Input:$1/M</div><div>Output:$4/M</div>
      <p>Orion 3 ist ein Modell von Acme.</p></div>{section}</main></body></html>"""


def test_a_linked_card_with_no_price_keeps_its_badge_and_date_to_itself():
    """A card of another model shows its name and a badge ("Deprecated · 2027-01-31"), no
    price: it is a card all the same, and its date is never this model's."""
    html = _card_page("yo", "<section><h2>Awọn miiran</h2><div class='c'>"
                      "<a href='/yo/models/acme/orion-2/'><h4>Orion 2</h4></a>"
                      "<p>Deprecated · 2027-01-31</p></div>"
                      "<div class='c'><a href='/yo/models/acme/orion-4/'><h4>Orion 4</h4></a>"
                      "<span>New</span></div></section>")
    reading = read_page(html, "https://www.cometapi.com/yo/models/acme/orion-3/")
    record = normalize(reading, today=TODAY)
    assert [c.ref.model for c in reading.cards] == ["orion-2", "orion-4"]
    assert (record.status, record.status_date) == ("active", None)


def test_a_lifecycle_list_that_links_the_successor_stays_the_pages_own():
    html = _card_page("yo", "<section><h2>Lifecycle</h2><ul><li>Deprecated: 2027-01-31</li>"
                      "<li>Replacement: <a href='/yo/models/acme/orion-4/'>Orion 4</a></li>"
                      "</ul></section>"
                      "<p><a href='/yo/models/acme/orion-5/'>Orion 5</a> ń bọ̀ ní ọdún tó ń bọ̀, "
                      "ó tóbi jù Orion 3 lọ.</p>")
    reading = read_page(html, "https://www.cometapi.com/yo/models/acme/orion-3/")
    assert reading.cards == []
    assert any("Deprecated: 2027-01-31" in p for p in reading.passages)


def test_inline_scripts_and_hidden_text_are_never_read():
    _, record = parsed(SNAPSHOT / "models/google/gemini-2-5-flash/index.html",
                       "https://www.cometapi.com/models/google/gemini-2-5-flash/")
    text = json.dumps(record.to_json()) + (record.description or "")
    assert "9.99" not in text and "__next_f" not in text


def test_a_page_markup_has_never_seen_with_unknown_words_still_gives_token_prices():
    html = """<html><body><main><h1>Zeta 9</h1>
      <p><b>Kuingiza</b> : <i>$3/M</i></p><p><b>Kutoa</b> : <i>$15/M</i></p>
      <p>Neno:$0.5</p></main></body></html>"""
    reading = read_page(html, "https://www.cometapi.com/xx/models/zeta/zeta-9/")
    record = normalize(reading, today=TODAY)
    assert [(p.kind, p.unit, str(p.usd), p.label) for p in record.prices] == [
        ("input", "1M tokens", "3", "Kuingiza"), ("output", "1M tokens", "15", "Kutoa"),
        ("unknown", None, "0.5", "Neno")]
    assert record.locale == "xx"
    assert {f.kind for f in record.findings} == {"unknown_label"}


@pytest.mark.parametrize("html", [
    "", "<", "<html><body><h1>", "\x00\x00", "<table><tr><td>Input:$1/M" * 50,
    "<div>" * 5000 + "Input:$1/M", "<h1>x</h1><p>Input:$</p><p>Output:$$/M</p>",
])
def test_malformed_html_never_raises(html):
    reading = read_page(html, "https://www.cometapi.com/models/a/b/")
    if reading.is_model_page:
        normalize(reading, today=TODAY)


def test_non_model_urls_are_skipped_with_a_reason():
    reading = read_page("<h1>o3 API</h1><p>Input:$2/M</p>", "https://www.cometapi.com/o3-api/")
    assert not reading.is_model_page
    assert reading.skip_reason == "not a model URL"


def test_cards_of_the_newer_layout_give_names_and_units():
    _, record = parsed(FIXTURE_PAGES / "newer_gpt4o.html",
                       "https://www.cometapi.com/models/openai/gpt-4o/")
    assert [(c.model_id, c.name, [(p.kind, str(p.usd), p.label) for p in c.prices])
            for c in record.cards] == [
        ("openai/gpt-image-2", "GPT Image 2",
         [("input", "4", "Input"), ("output", "24", "Output")]),
        ("bytedance/doubao-seedance-2-0", "Doubao-Seedance-2-0",
         [("per_second", "0.063", "Per Second")]),
        ("anthropic/claude-opus-4-8", "Claude Opus 4.8",
         [("input", "4", "Input"), ("output", "20", "Output")]),
    ]


def test_provider_label_above_the_heading_without_a_link():
    html = ("<body><header><a href='/'>Home</a></header><div>Moonshot AI</div><h1>Kimi K2</h1>"
            "<p><span>Input:</span><span>$0.48/M</span></p></body>")
    reading = read_page(html, "https://www.cometapi.com/models/moonshotai/kimi-k2/")
    assert (reading.provider_name, reading.name) == ("Moonshot AI", "Kimi K2")


def test_label_run_together_with_the_text_before_it():
    html = "<body><h1>Veo 3</h1><div><span>Google</span>Per Second:$0.4</div></body>"
    record = normalize(read_page(html, "https://www.cometapi.com/models/google/veo-3/"),
                       today=TODAY)
    assert [(p.kind, p.unit, str(p.usd), p.label) for p in record.prices] == [
        ("per_second", "second", "0.4", "Per Second")]


@pytest.mark.parametrize("cells", [
    ("Input:$0.32/M; Output:$1.92/M", "Input:$0.4/M; Output:$2.4/M"),
    ("Input:$0.32/MOutput:$1.92/M", "Input:$0.4/MOutput:$2.4/M"),
    ("Input:$0.32/M<br>Output:$1.92/M", "Input:$0.4/M<br>Output:$2.4/M"),
])
def test_pricing_table_cell_styles_seen_on_real_pages(cells):
    comet, official = cells
    html = (f"<body><h1>Qwen3.5 Plus</h1><p>Input:$0.32/M</p><p>Output:$1.92/M</p>"
            f"<h2>Pricing for Qwen3.5 Plus</h2><table><tr><th>Comet Price (USD / M Tokens)</th>"
            f"<th>Official Price (USD / M Tokens)</th><th>Discount</th></tr>"
            f"<tr><td>{comet}</td><td>{official}</td><td>-20%</td></tr></table></body>")
    record = normalize(read_page(html, "https://www.cometapi.com/models/qwen/qwen3-5-plus/"),
                       today=TODAY)
    assert [(p.kind, str(p.usd), str(p.official_usd)) for p in record.prices] == [
        ("input", "0.32", "0.4"), ("output", "1.92", "2.4")]
    assert record.discount_pct == 20
    assert not record.findings


def test_a_menu_of_models_in_the_navigation_is_not_read_as_cards():
    html = ("<body><nav><a href='/models/openai/'>View all OpenAI models</a><ul><li>"
            "<a href='/models/openai/gpt-5/'>GPT-5 <span>Input:$1/M</span></a></li></ul></nav>"
            "<div><a href='/models/'>Models</a> / <a href='/models/openai/'>OpenAI</a></div>"
            "<h1>GPT-4o</h1><p>Input:$2/M</p><p>Output:$8/M</p><h2>More models</h2>"
            "<a href='/models/openai/o3/'><b>o3</b><span>Input:$1.6/M</span></a></body>")
    reading = read_page(html, "https://www.cometapi.com/models/openai/gpt-4o/")
    assert reading.provider_name == "OpenAI"
    assert [c.ref.model_id for c in reading.cards] == ["openai/o3"]
    assert sorted(reading.links) == ["https://www.cometapi.com/models/openai/gpt-5/",
                                     "https://www.cometapi.com/models/openai/o3/"]


def _read_page(body: list[str], header: list[str], url: str):
    """A model page of header lines and body paragraphs, read and normalized."""
    html = ("<html><body><nav>Home/Models</nav><h1>Test Model</h1>"
            + "".join(f"<p>{h}</p>" for h in header)
            + "".join(f"<p>{b}</p>" for b in body) + "</body></html>")
    reading = read_page(html.encode(), url)
    return normalize(reading, today=TODAY)


def test_an_official_price_per_thousand_tokens_is_scaled_to_the_million():
    record = _read_page(["Acme charges per 1K input tokens $0.0009, and per 1K output tokens "
                         "$0.0036, on its own platform."], ["Input:$0.72/M", "Output:$2.88/M"],
                        "https://www.cometapi.com/models/acme/test-model/")
    assert [(p.kind, p.official_usd, p.official_text) for p in record.prices] == [
        ("input", Decimal("0.9"), "$0.0009"), ("output", Decimal("3.6"), "$0.0036")]
    assert not [f for f in record.findings if f.kind == "official_price_refused"]


@pytest.mark.parametrize(("sentence", "why"), [
    ("Acme's official price is $0.0009 for input.", "thousandth"),   # no "per 1K" said
    ("Acme's official price is $900 per 1M input tokens.", "hundred times"),
    ("Acme's official price is $0.50 per 1M input tokens.", "below"),
    ("Acme's official price is $1.20 per 1M input tokens; CometAPI saves you 20%.",
     "discount"),  # $1.20 less 20% is $0.96, not $0.72
])
def test_an_official_price_that_cannot_be_the_list_price_is_refused(sentence, why):
    record = _read_page([sentence], ["Input:$0.72/M"],
                        "https://www.cometapi.com/models/acme/test-model/")
    assert [(p.kind, p.usd, p.official_usd) for p in record.prices] == [
        ("input", Decimal("0.72"), None)]
    refused = [f.detail for f in record.findings if f.kind == "official_price_refused"]
    assert len(refused) == 1 and why in refused[0]


@pytest.mark.parametrize(("sentence", "discount"), [
    ("Trwy CometAPI rydych chi'n talu 20% yn llai.", 20),        # the seller named
    ("Mae hynny 20 % yn rhatach nag Acme.", 20),                  # the provider named
    ("Trwy CometAPI mae'r model 35% yn gyflymach.", None),        # not what the prices say
    ("Mae Gemini 2.5 Pro 20% yn rhatach drwy CometAPI.", None),  # another model's
    ("Mae'r model yn ateb yn gyflym iawn.", None),                # no percentage: none stated
])
def test_a_percentage_in_words_no_vocabulary_has_is_the_discount_the_prices_show(
        sentence, discount):
    record = _read_page(["Acme's official price is $1 per 1M input tokens and $4 per 1M "
                         "output tokens.", sentence], ["Input:$0.8/M", "Output:$3.2/M"],
                        "https://www.cometapi.com/cy/models/acme/test-model/")
    assert [p.official_usd for p in record.prices] == [1, 4]
    assert record.discount_pct == discount
    assert record.evidence.get("discount_pct", []) == ([sentence] if discount else [])


def test_a_price_per_thousand_of_a_word_no_vocabulary_has_is_a_header_price():
    """"$0.0005 / 1K tákn" under a label no file knows: the word after the count is what the
    count counts, in the page's own word; the figure is a value all the same."""
    html = ("<html><body><h1>Test Model</h1><dl><dt>Inntak</dt><dd>$0.0005 / 1K tákn</dd>"
            "<dt>Úttak</dt><dd>$0.0015 / 1K tákn</dd><dt>Samhengi</dt><dd>64 þúsund tákn</dd>"
            "</dl></body></html>")
    record = normalize(read_page(html.encode(), "https://www.cometapi.com/is/models/acme/"
                                 "test-model/"), today=TODAY)
    assert [(p.kind, p.unit, p.usd, p.usd_text) for p in record.prices] == [
        ("input", "1M tokens", Decimal("0.5"), "$0.0005 / 1K tákn"),
        ("output", "1M tokens", Decimal("1.5"), "$0.0015 / 1K tákn")]


@pytest.mark.parametrize(("sentence", "locale", "official"), [
    ("Нархи расмӣ барои як тасвир $0.04 аст.", "tg", Decimal("0.04")),     # Arabic rasmī
    ("ഒരു ചിത്രത്തിന് ഔദ്യോഗിക വില $0.04 ആണ്.", "ml", Decimal("0.04")),  # Sanskrit audyogika
    ("Prezioa ofiziala $0.04 da irudi bakoitzeko.", "eu", Decimal("0.04")),  # officialis
    ("Расм кашидан $0.04 арзиш дорад.", "tg", None),                       # rasm: a drawing
])
def test_official_said_by_a_root_languages_share(sentence, locale, official):
    record = _read_page([sentence], ["Per image:$0.032"],
                        f"https://www.cometapi.com/{locale}/models/acme/test-model/")
    assert [(p.kind, p.official_usd) for p in record.prices] == [("per_image", official)]


def test_a_percentage_away_from_the_prices_is_no_discount():
    """The same 20% two paragraphs from any price speaks of something else ("20% fewer
    errors"), though the prices are 20% below their official ones."""
    record = _read_page(["Acme's official price is $1 per 1M input tokens.",
                         "Mae'r model yn ateb yn gyflym iawn.",
                         "Mae CometAPI yn gweld 20% yn llai o wallau."], ["Input:$0.8/M"],
                        "https://www.cometapi.com/cy/models/acme/test-model/")
    assert [p.official_usd for p in record.prices] == [1]
    assert record.discount_pct is None


@pytest.mark.parametrize(("sentence", "official"), [
    ("Anthropic bills $3 per 1M input tokens for Claude Sonnet 4.5, the larger sibling.", None),
    ("Anthropic bills $1 per 1M input tokens for Claude Haiku 4.5 itself.", Decimal(1)),
])
def test_an_official_price_named_after_the_figure_is_that_models(sentence, official):
    html = ("<html><body><h1>Claude Haiku 4.5</h1><p>Input:$0.8/M</p>"
            f"<p>{sentence}</p></body></html>")
    record = normalize(read_page(html.encode(), "https://www.cometapi.com/models/anthropic/"
                                 "claude-haiku-4-5/"), today=TODAY)
    assert [(p.kind, p.official_usd) for p in record.prices] == [("input", official)]


def test_an_official_figure_takes_the_kind_of_the_header_label_written_beside_it():
    """The header teaches the page's words: "Putanga" is over the output price, so the figure
    a sentence writes beside "putanga" is the output's official price."""
    record = _read_page(["Ko te utu mana a Acme mō te putanga he $0.40."],
                        ["Tāuru:$0.08/M", "Putanga:$0.32/M"],
                        "https://www.cometapi.com/mi/models/acme/test-model/")
    assert [(p.kind, p.official_usd) for p in record.prices] == [
        ("input", None), ("output", Decimal("0.4"))]


def test_a_provider_named_inside_the_sellers_name_is_no_cue():
    """"meta" is inside "cometapi": CometAPI's own figures are no official price of Meta's."""
    record = _read_page(["CometAPI orqali: kirish $0.18/M, chiqish $0.72/M."],
                        ["Kirish:$0.18/M", "Chiqish:$0.72/M"],
                        "https://www.cometapi.com/uz/models/meta/test-model/")
    assert [p.official_usd for p in record.prices] == [None, None]
    assert not [f for f in record.findings if f.kind == "official_price_refused"]


def test_an_official_label_no_vocabulary_has_is_read_by_its_root():
    """"Prezio ofiziala" (Latin officialis) after each price line is that line's official
    price, never a price placed by its position (it made $2.50 the output price)."""
    record = _read_page([], ["Sarrera:$2/M", "Prezio ofiziala:$2.50/M", "Irteera:$8/M",
                             "Prezio ofiziala:$10/M"],
                        "https://www.cometapi.com/eu/models/acme/test-model/")
    assert [(p.kind, p.usd, p.official_usd) for p in record.prices] == [
        ("input", Decimal(2), Decimal("2.5")), ("output", Decimal(8), Decimal(10))]


@pytest.mark.parametrize(("line", "locale", "written"), [
    ("هر ثانیه:۰٫۳۲ دلار", "fa", "۰٫۳۲ دلار"),
    ("Por segundo:0,32 dólares", "es", "0,32 dólares"),
])
def test_a_header_price_in_the_locales_currency_word(line, locale, written):
    record = _read_page([], [line], f"https://www.cometapi.com/{locale}/models/acme/test-model/")
    assert [(p.kind, p.usd, p.usd_text) for p in record.prices] == [
        ("per_second", Decimal("0.32"), written)]


def test_a_tables_official_price_off_the_stated_discount_stays_with_a_finding():
    """The pricing table's own official column is the page's statement: a price that its
    stated discount does not lead to is a mismatch to report, not a figure to drop."""
    html = ("<html><body><h1>Test Model</h1><p>Input:$0.40/M</p><table>"
            "<tr><th></th><th>CometAPI</th><th>Official price</th><th>Discount</th></tr>"
            "<tr><td>Input</td><td>$0.40/M</td><td>$0.55/M</td><td>-20%</td></tr>"
            "</table></body></html>")
    record = normalize(read_page(html.encode(), "https://www.cometapi.com/models/acme/"
                                 "test-model/"), today=TODAY)
    assert [(p.kind, p.official_usd) for p in record.prices] == [("input", Decimal("0.55"))]
    assert [f.kind for f in record.findings if "0.55" in f.detail] == ["price_mismatch"]


@pytest.mark.parametrize(("sentence", "discount"), [
    ("Deskontua: % 20 CometAPI bidez.", 20),              # Basque, the seller named
    ("Дисконт от 20% при CometAPI.", 20),                  # Macedonian
    ("Lo sviluppo fu discontinuato al 20% da CometAPI.", None),  # not a discount's root
    ("Deskontua % 20 da.", None),                         # neither the seller nor official
])
def test_a_discount_said_by_the_root_languages_share(sentence, discount):
    record = _read_page([sentence], ["Per image:$0.032"],
                        "https://www.cometapi.com/eu/models/acme/test-model/")
    assert record.discount_pct == discount


@pytest.mark.parametrize("cards", [
    # two cards under a heading no vocabulary knows, the names then the page's own labels
    ["<div>Orion 7 Lite · Vhod:$0.10/M · Izhod:$0.40/M</div>",
     "<div>Zephyr Coder — Vhod:$0.90/M Izhod:$2.50/M</div>"],
    # a letter avatar before the name; the header's labels without a colon; the provider's
    # name inside another model's id ("acme-max"), which is no official cue
    ["<div><b>O</b> Orion 7 Lite <span>Vhod $0.10/M</span> <span>Izhod $0.40/M</span></div>",
     "<div><b>A</b> acme-max <span>Vhod $0.90/M</span> <span>Izhod $2.50/M</span></div>"],
])
def test_cards_of_other_models_without_links_give_no_price_of_this_one(cards):
    """A price belongs to the model named right before it: lines that each name another model
    before the page's own price labels are those models' cards, never this model's official
    price, whatever the language and however the cards are drawn."""
    html = ("<html><body><h1>Test Model</h1><div>Vhod:$0.40/M</div><div>Izhod:$1.60/M</div>"
            "<p>A model for reading long reports.</p><h2>Druge stvari</h2>"
            + "".join(cards) + "</body></html>")
    record = normalize(read_page(html.encode(), "https://www.cometapi.com/xx/models/acme/"
                                 "test-model/"), today=TODAY)
    assert [(p.kind, p.usd, p.official_usd) for p in record.prices] == [
        ("input", Decimal("0.40"), None), ("output", Decimal("1.60"), None)]



def test_a_tier_row_the_header_also_read_is_that_tier_not_a_base_price():
    """A grid of tiers by the day's hours right under the heading: the header reads one of its
    rows as a price line too; that line is the tier's row, whatever kind its figure gives it,
    never a base price beside the tiers."""
    html = ("<html><body><h1>Test Model</h1><p>Ein Videomodell, nach Sekunden berechnet.</p>"
            "<div><div><div>Tagsüber (07:00–19:00 UTC)</div><div>$0.30 / s</div></div>"
            "<div><div>Nachts (19:00–07:00 UTC)</div><div>$0.20 / s</div></div></div>"
            "<h2>Mehr</h2><p>Clips von fünf Sekunden.</p></body></html>")
    record = normalize(read_page(html.encode(), "https://www.cometapi.com/xx/models/acme/"
                                 "test-model/"), today=TODAY)
    assert sorted((p.kind, p.usd, p.tier) for p in record.prices) == [
        ("per_second", Decimal("0.20"), "Nachts (19:00–07:00 UTC)"),
        ("per_second", Decimal("0.30"), "Tagsüber (07:00–19:00 UTC)")]


def test_one_resolution_written_two_ways_is_one_tier():
    """A grid of resolutions right under the heading is read as header lines ("hasta 480p",
    marked "480p") and as a table of tiers ("hasta 480p"): one tier written two ways, its price
    once."""
    html = ("<html><body><h1>Test Model</h1><p>Ein Videomodell.</p>"
            "<div><div><div>Auflösung</div><div>Preis</div></div>"
            "<div><div>hasta 480p</div><div>$0.03 per second</div></div>"
            "<div><div>720p</div><div>$0.06 per second</div></div></div>"
            "<h2>Mehr</h2><p>Clips von fünf Sekunden.</p></body></html>")
    record = normalize(read_page(html.encode(), "https://www.cometapi.com/xx/models/acme/"
                                 "test-model/"), today=TODAY)
    assert sorted((p.kind, p.usd) for p in record.prices) == [
        ("per_second", Decimal("0.03")), ("per_second", Decimal("0.06"))]


def test_an_official_label_in_west_slavic_words_is_the_official_price():
    """"Úřední cena" (Czech, the adjective of the word for an office) under a price line is
    its official price, never a price of unknown kind beside it."""
    record = _read_page([], ["Za sekundu:$0,08", "Úřední cena:$0,10"],
                        "https://www.cometapi.com/cs/models/acme/test-model/")
    assert [(p.kind, p.usd, p.official_usd) for p in record.prices] == [
        ("per_second", Decimal("0.08"), Decimal("0.10"))]


@pytest.mark.parametrize(("sentence", "official"), [
    # this model's name going on by a name's shape, a capitalized word: another model
    ("Acme lists Nova 3 Titan, its largest sibling, at $9 per million input tokens.", None),
    ("Nova 3 Titan costs $9/M input at Acme; plain Nova 3 is the lighter pick.", None),
    # the name alone, a word of the sentence after it: this model's figure
    ("Acme lists Nova 3 at $9 per million input tokens.", Decimal(9)),
])
def test_a_longer_name_holding_this_ones_states_another_models_price(sentence, official):
    record = _read_page([sentence], ["Input:$7.2/M", "Output:$20/M"],
                        "https://www.cometapi.com/models/acme/nova-3/")
    assert [p.official_usd for p in record.prices if p.kind == "input"] == [official]


@pytest.mark.parametrize(("heading", "name"), [
    ('<span class="pic">Q</span>Orion 7 Lite', "Orion 7 Lite"),  # an avatar's letter
    ("<b>X</b>-Ray 2", "X-Ray 2"),                                # a letter of the name
    ("Orion <span>7 Lite</span>", "Orion 7 Lite"),
])
def test_an_avatar_letter_in_the_heading_is_no_part_of_the_name(heading, name):
    html = f"<html><body><h1>{heading}</h1><p>Input:$1/M</p></body></html>"
    reading = read_page(html.encode(), "https://www.cometapi.com/models/acme/orion-7-lite/")
    assert reading.name == name


def test_a_unit_in_a_parenthesis_after_the_figure_is_the_figures_unit():
    """"Хакы:<b>$0.015</b> <small>(1K символ өчен)</small>": the count and the word in the
    parenthesis that ends the line are what the figure is for, set in an element of its own;
    the label no vocabulary knows takes the kind that unit says."""
    html = ("<html><body><h1>Test Voice</h1><div>Хакы:<b>$0.015</b> <small>(1K символ өчен)"
            "</small></div><p>Test Voice сөйли.</p></body></html>")
    record = normalize(read_page(html.encode(), "https://www.cometapi.com/tt/models/acme/"
                                 "test-voice/"), today=TODAY)
    assert [(p.kind, p.unit, p.usd, p.usd_text) for p in record.prices] == [
        ("per_character", "1M characters", Decimal("15"), "$0.015")]


def test_an_ethiopic_colon_sets_a_label_apart_and_a_slash_word_stays_in_the_figure():
    """"ዋጋ፡$0.05/ደቂቃ": the Ethiopic wordspace written as a colon between a label and its
    figure makes a pair as ":" does; the slash and word after the figure are kept as written,
    and the prose's "per second" gives the kind."""
    html = ("<html><body><h1>Test Clip</h1><div><p>ዋጋ፡$0.05/ሰከንድ</p></div>"
            "<p>Test Clip makes short videos.</p><p>Billing is per second of video.</p>"
            "</body></html>")
    record = normalize(read_page(html.encode(), "https://www.cometapi.com/am/models/acme/"
                                 "test-clip/"), today=TODAY)
    assert [(p.kind, p.unit, p.usd, p.usd_text) for p in record.prices] == [
        ("per_second", "second", Decimal("0.05"), "$0.05/ሰከንድ")]


@pytest.mark.parametrize(("sentence", "discount"), [
    ("Gostyngiad: -20% o'r pris swyddogol.", 20),   # signed, and every tier agrees
    ("Gostyngiad: -35% o'r pris swyddogol.", None),  # what no tier's prices say
    ("Mae'r model 20% yn gyflymach.", None),         # unsigned, in no text about prices
])
def test_a_signed_percentage_is_the_discount_every_tier_shows(sentence, discount):
    """A page that prices only by tiers: a percentage written as a reduction ("-20%") in words
    no vocabulary has is its discount when every tier's price is that much below its
    official price."""
    table = ("<table><tr><th>Hyd</th><th>Input (CometAPI)</th><th>Output (CometAPI)</th>"
             "<th>Input (official)</th><th>Output (official)</th></tr>"
             "<tr><td>≤ 128K tokens</td><td>$2/M</td><td>$8/M</td><td>$2.5/M</td><td>$10/M</td>"
             "</tr><tr><td>&gt; 128K tokens</td><td>$4/M</td><td>$16/M</td><td>$5/M</td>"
             "<td>$20/M</td></tr></table>")
    html = (f"<html><body><h1>Test Model</h1><p>Model sgwrsio.</p><h2>Pris</h2>"
            f"<p>Mae'r pris yn dibynnu ar hyd y cais. {sentence}</p>{table}</body></html>")
    record = normalize(read_page(html.encode(), "https://www.cometapi.com/cy/models/acme/"
                                 "test-model/"), today=TODAY)
    assert sorted((p.usd, p.official_usd) for p in record.prices)[0] == (2, Decimal("2.5"))
    assert record.discount_pct == discount
