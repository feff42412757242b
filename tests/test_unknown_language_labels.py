"""Header labels in languages no vocabulary file has: read by where they sit (a label element
beside a value element), by CLDR's unit names for the page's locale, and by the roots languages
share (``scrapers.reading.cognates``). A page in such a language gives its prices, its context
window and its commercial-use badge; what no rule can place stays unplaced."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from catalog.run.reading import read_and_normalize
from scrapers.reading.cldr import time_unit_in
from scrapers.reading.cognates import meaning_by_root, skeleton
from scrapers.reading.vocabulary import vocabulary

TODAY = date(2026, 11, 28)


def _no_file_for(locale: str) -> None:
    assert vocabulary().language(locale) is None, f"{locale} has a vocabulary file now"


@pytest.mark.parametrize(("label", "meaning"), [
    ("Комерцијална употреба", "commercial_use"),      # Macedonian
    ("Камерцыйнае выкарыстанне", "commercial_use"),   # Belarusian
    ("Pangkomersyal na Paggamit", "commercial_use"),  # Filipino: a prefix before the root
    ("Përdorim komercial", "commercial_use"),         # Albanian
    ("Erabilera komertziala", "commercial_use"),      # Basque
    ("Kommerziell Notzung", "commercial_use"),        # Luxembourgish
    ("වාණිජ භාවිතය", "commercial_use"),               # Sinhala: Sanskrit vāṇija
    ("ವಾಣಿಜ್ಯ ಬಳಕೆ", "commercial_use"),                # Kannada
    ("Tijorat maqsadida foydalanish", "commercial_use"),  # Uzbek: Arabic tijāra
    # the Slavic and Albanian market word, Sanskrit vyāpāra, Persian saudāgar
    ("Trgovačka upotreba", "commercial_use"),         # Bosnian
    ("Търговска употреба", "commercial_use"),         # Bulgarian
    ("Tregtare", "commercial_use"),                   # Albanian
    ("व्यापारिक उपयोग", "commercial_use"),              # Hindi
    ("ව්‍යාපාරික භාවිතය", "commercial_use"),           # Sinhala
    ("سوداگری استفاده", "commercial_use"),             # Persian
    ("Track usage", None),
    ("Кантэкст", "context"),
    ("Konteksto", "context"),
    ("컨텍스트", "context"),
    ("સંદર્ભ", "context"),                              # Gujarati: Sanskrit sandarbha
    # negated, or no shared root: not read
    ("Nekomerční použití", None),
    ("Non-commercial", None),
    ("Not for commercial use", None),
    ("Uso no comercial", None),
    ("Kamera", None),
    ("Kommentar", None),
    ("Playground", None),
    ("Context window of 128K tokens explained here", None),  # more than a label's four words
])
def test_a_label_is_read_by_a_root_languages_share(label, meaning):
    assert meaning_by_root(label) == meaning


def test_skeletons_are_the_same_in_every_script():
    assert skeleton("Kontekst") == skeleton("Контекст") == skeleton("コンテキスト") == "kntkst"
    assert skeleton("संदर्भ") == skeleton("සන්දර්භ") == "sndrbh"


@pytest.mark.parametrize(("label", "locale", "unit"), [
    ("Á sekúndu", "is", "second"),
    ("ഓരോ സെക്കൻഡിനും", "ml", "second"),     # suffixed: the virama of സെക്കൻഡ് gives way
    ("මිනිත්තුවකට", "si", "minute"),
    ("በሰከንድ", "am", "second"),               # prefixed
    ("Kada segundo", "fil", "second"),        # "kada" is in both units' patterns: a per word
    ("За хвіліну", "be", "minute"),
    ("Kada", "fil", None),
    ("Hyrje", "sq", None),
    ("Á sekúndu", None, None),
])
def test_a_time_unit_is_read_by_cldr_names_of_the_locale(label, locale, unit):
    assert time_unit_in(label, locale) == unit


def _page(locale: str, header: str, body: str = "") -> str:
    return (f'<html lang="{locale}"><body><nav>CometAPI</nav><h1>Test Model</h1>{header}'
            f"<h2>—</h2><p>{body}</p></body></html>")


def test_a_macedonian_header_without_colons_gives_prices_context_and_badge():
    _no_file_for("mk")
    header = ("<div><span>Влез</span><span>$2/M</span></div>"
              "<div><span>Излез</span><span>$8/M</span></div>"
              "<div><span>Контекст</span><span>128K</span></div>"
              "<div><span>Комерцијална употреба</span></div>")
    url = "https://www.cometapi.com/mk/models/openai/test-model/"
    outcome = read_and_normalize(_page("mk", header), url, today=TODAY)
    record = outcome.record
    assert [(p.kind, p.usd) for p in record.prices] == [
        ("input", Decimal(2)), ("output", Decimal(8))]
    assert record.context_window == 128_000
    assert record.commercial_use is True


def test_an_icelandic_per_second_price_is_per_second():
    _no_file_for("is")
    header = "<div><span>Á sekúndu</span><span>$0.05</span></div>"
    outcome = read_and_normalize(_page("is", header),
                                 "https://www.cometapi.com/is/models/runway/gen-x/", today=TODAY)
    assert [(p.kind, p.unit, p.usd) for p in outcome.record.prices] == [
        ("per_second", "second", Decimal("0.05"))]
    assert outcome.record.commercial_use is None  # no badge, no guess


def test_an_unknown_label_that_no_rule_places_stays_unplaced():
    _no_file_for("sq")
    header = "<div><span>Çmimi</span><span>$0.03</span></div>"  # "price": no unit, no root
    outcome = read_and_normalize(_page("sq", header),
                                 "https://www.cometapi.com/sq/models/qwen/qwen-image/", today=TODAY)
    assert [(p.kind, p.usd) for p in outcome.record.prices] == [("unknown", Decimal("0.03"))]


def test_cldr_time_units_agree_with_every_vocabulary_file():
    """The vocabulary files are a check CLDR's unit names never saw: every label they give a
    meaning other than per second or per minute must not read as a time unit, and most of
    their per-second and per-minute labels read as the right one from CLDR alone."""
    wrong, right, time_labels = [], 0, 0
    for code, language in vocabulary().languages.items():
        for meaning, words in language.labels.items():
            for word in words:
                unit = time_unit_in(word, code)
                if meaning in ("per_second", "per_minute"):
                    time_labels += 1
                    right += unit == meaning.removeprefix("per_")
                elif unit is not None:
                    wrong.append((code, meaning, word, unit))
    assert wrong == []
    assert right / time_labels > 0.7  # 493 of 658 when written


def _prose_record(locale: str, sentence: str, model: str = "glm-4-6"):
    page = (f'<html lang="{locale}"><body><h1>GLM-4.6</h1>'
            "<div><span>Input</span><span>$0.48/M</span></div><h2>GLM-4.6</h2>"
            f"<p>{sentence}</p></body></html>")
    url = f"https://www.cometapi.com/{locale}/models/zhipu/{model}/"
    return read_and_normalize(page, url, today=TODAY).record


def test_a_context_sentence_in_a_language_without_a_file_is_read_by_its_root():
    _no_file_for("sq")
    record = _prose_record("sq", "Dritarja e kontekstit të GLM-4.6 është 200 mijë tokena.")
    assert record.context_window == 200_000


def test_a_model_name_with_a_version_between_word_and_figure_ends_no_sentence():
    record = _prose_record("en", "The context window of GLM-4.6 is 200K tokens.")
    assert record.context_window == 200_000
    # a real full stop still separates them: the figure is another sentence's
    record = _prose_record("en", "GLM-4.6 has a long context window. Its 200K tokens of training")
    assert record.context_window is None
