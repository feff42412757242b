"""Header labels in languages no vocabulary file has: read by where they sit (a label element
beside a value element), by CLDR's unit names for the page's locale, and by the roots languages
share (``scrapers.reading.cognates``). A page in such a language gives its prices, its context
window and its commercial-use badge; what no rule can place stays unplaced."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from catalog.run.normalized_page import read_and_normalize
from scrapers.reading.cldr import time_unit_in
from scrapers.reading.cognates import meaning_by_root, price_kind_by_root, skeleton
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
    # Sanskrit vyavasāya (business), and the b the Bengali script and Odia write for v
    ("व्यावसायिक प्रयोग", "commercial_use"),           # Hindi
    ("ವ್ಯಾವಸಾಯಿಕ ಬಳಕೆ", "commercial_use"),             # Kannada
    ("বাণিজ্যিক ব্যৱহাৰ", "commercial_use"),            # Assamese: vāṇijya written b
    ("ବ୍ୟବସାୟିକ ବ୍ୟବହାର", "commercial_use"),            # Odia: vyavasāya written b
    ("অবাণিজ্যিক ব্যবহার", None),                      # the privative a-: non-commercial
    ("गैर व्यावसायिक", None),                          # ghair: non-
    ("সন্দর্ভ", "context"),                             # bh is a letter of its own
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
    ("व्यावसायिक नहीं", None),                          # a negation after the word
    ("Ticari değil", None),
    # scripts read by what their letters stand for: Yiddish writes e with the Hebrew ayin
    # (commercium), Dhivehi made Sanskrit p an f (vyāpāra), Uyghur writes Turkic sawdā in the
    # Arabic script; Tibetan's own tshong; each negated by its language's "not"
    ("קאָמערציעלע נוצונג", "commercial_use"),          # Yiddish
    ("ניט קאָמערציעל", None),
    ("ވިޔަފާރީ ގޮތުން", "commercial_use"),              # Dhivehi
    ("ވިޔަފާރީ ބޭނުމެއް ނޫން", None),
    ("سودا مەقسىتىدە", "commercial_use"),             # Uyghur
    ("سودا ئەمەس", None),
    ("Сауҙа маҡсатында", "commercial_use"),           # Bashkir: ҙ is a th
    ("Сӕудӕджерадон", "commercial_use"),              # Ossetian: Persian saudāgar
    ("ཚོང་དོན་བེད་སྤྱོད", "commercial_use"),             # Tibetan
    ("ཚོང་ལས་མ་ཡིན", None),
    # the word for trade of a language that borrowed no shared root, from a dictionary
    ("Эргиэн сыала", "commercial_use"),               # Sakha
    ("Эргиэн суох", None),
    ("Til vinnuligt endamál", "commercial_use"),      # Faroese
    ("Ikki vinnuligt", None),
    ("Ngir njaay", "commercial_use"),                 # Wolof
    ("Eby'obusuubuzi", "commercial_use"),             # Luganda
    ("Hoʻohana kālepa", "commercial_use"),            # Hawaiian
    ("Whakamahinga arumoni", "commercial_use"),       # Māori
    ("Niuernermut atugassaq", "commercial_use"),      # Greenlandic
    ("Gávpálaš geavaheapmi", "commercial_use"),       # Northern Sami
    ("Суту-илӳ тӗллевӗпе", "commercial_use"),         # Chuvash
    ("Fa'aaogaina fa'apisinisi", "commercial_use"),   # Samoan: English "business"
    ("Ngaue fakapisinisi", "commercial_use"),         # Tongan
    ("Bisnis", None),                                 # Indonesian: a plan, a site's section
    ("Наймааны зорилгоор", "commercial_use"),          # Mongolian
    ("ᓂᐅᕕᕐᓂᕐᒧᑦ", "commercial_use"),                   # Inuktitut
    ("Mabindzu", "commercial_use"),                   # Tsonga
    ("Adwadie mu", "commercial_use"),                 # Twi
    ("Саўда мақсетинде", "commercial_use"),           # Karakalpak: Turkic sawdā
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
    # Ethiopic letters are syllables: ደቒቓ (minute) inflected with its last vowel changed
    ("ንደቒቕ", "ti", "minute"),
    ("ብሰከንድ", "ti", "second"),               # ሰከንድ (Amharic's spelling) for ሴኮንድ, prefixed
    # in an alphabet a word's letters decide: umzuzwana (a second, which CLDR's Zulu does not
    # write) is not umzuzu (a minute) with its last vowel changed
    ("Umzuzwana ngamunye", "zu", None),
    # no unit patterns of its own in CLDR: the words the languages that have them use
    ("Isaky ny minitra", "mg", "minute"),     # Malagasy, from French minute
    ("Ku isegonda", "rw", "second"),          # Kinyarwanda
    ("Pa sekondi", "sn", "second"),           # Shona
    ("Isaky ny andro", "mg", None),           # a day
])
def test_a_time_unit_is_read_by_cldr_names_of_the_locale(label, locale, unit):
    assert time_unit_in(label, locale) == unit


def test_reading_cldr_without_inheritance_leaves_babels_locales_whole():
    """The borrowed unit words are read from every language's own data file; Babel's cached
    locales keep what they inherit (Malagasy's decimal symbol comes from CLDR's root)."""
    from babel import Locale

    from scrapers.reading.cldr import _borrowed_time_units, has_own_units

    assert not has_own_units("mg") and _borrowed_time_units()
    assert Locale.parse("mg").number_symbols["latn"]["decimal"] == "."


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


def test_rows_by_image_size_are_priced_per_image_whatever_the_column_says():
    """A width-by-height row label is what a picture is priced by: the column's word ("Verð á
    mynd", unknown here; or a column word such as "Our price (USD)") need not say it."""
    _no_file_for("is")
    table = ("<table><tr><th>Stærð</th><th>Verð á mynd</th></tr>"
             "<tr><td>512×512</td><td>$0.02</td></tr>"
             "<tr><td>2048 x 2048</td><td>$0.09</td></tr></table>")
    outcome = read_and_normalize(_page("is", "<p>Myndlíkan.</p>").replace("<p></p>", table),
                                 "https://www.cometapi.com/is/models/test/pic-gen/", today=TODAY)
    assert [(p.kind, p.unit, p.usd, p.tier) for p in outcome.record.prices] == [
        ("per_image", "image", Decimal("0.02"), "512×512"),
        ("per_image", "image", Decimal("0.09"), "2048 x 2048")]


def test_rows_by_video_size_keep_the_unit_their_figures_state():
    table = ("<table><tr><th>Size</th><th>Price</th></tr>"
             "<tr><td>1280×720</td><td>$0.10/sec</td></tr>"
             "<tr><td>1920×1080</td><td>$0.15/sec</td></tr></table>")
    outcome = read_and_normalize(_page("en", "<p>A video model.</p>").replace("<p></p>", table),
                                 "https://www.cometapi.com/models/test/clip-gen/", today=TODAY)
    assert {(p.kind, p.unit) for p in outcome.record.prices} == {("per_second", "second")}


def test_a_count_and_a_word_in_the_label_are_what_the_price_is_for():
    """"Fyrir 1M stafi:$15" is per a million of something that is no token: characters; the
    count is the label's, not a size of the model."""
    _no_file_for("is")
    outcome = read_and_normalize(_page("is", "<p>Fyrir 1M stafi:$15</p>"),
                                 "https://www.cometapi.com/is/models/test/voice-x/", today=TODAY)
    assert [(p.kind, p.unit, p.usd) for p in outcome.record.prices] == [
        ("per_character", "1M characters", Decimal(15))]
    assert outcome.record.context_window is None


def test_a_pricing_cell_uses_the_labels_the_header_taught():
    """The header placed "Inntak" and "Úttak" (no vocabulary file: by position); a table cell
    "Inntak $1/M Úttak $4/M" under a price column uses the same words as labels, without a
    colon, so the official column's figures are matched to them."""
    _no_file_for("is")
    header = ("<div><span>Inntak</span><span>$1/M</span></div>"
              "<div><span>Úttak</span><span>$4/M</span></div>")
    table = ("<table><tr><th>CometAPI</th><th>Official price</th></tr>"
             "<tr><td>Inntak $1/M<br>Úttak $4/M</td><td>Inntak $1.25/M<br>Úttak $5/M</td></tr>"
             "</table>")
    outcome = read_and_normalize(_page("is", header).replace("<p></p>", table),
                                 "https://www.cometapi.com/is/models/test/chat-x/", today=TODAY)
    assert [(p.kind, p.usd, p.official_usd) for p in outcome.record.prices] == [
        ("input", Decimal(1), Decimal("1.25")), ("output", Decimal(4), Decimal(5))]


@pytest.mark.parametrize(("body", "kind"), [
    ("You pay once per request, whatever the prompt.", "per_request"),
    ("Billing: each request is counted once.", "per_request"),
    ("Wird pro Bild abgerechnet.", "per_image"),
    # the per word hyphened to its unit, a modifier of the noun after it
    ("The per-request fee above stays on past invoices.", "per_request"),
    ("Billing is per-image, whatever the size.", "per_image"),
    # the prose names two ways of billing: it does not tell which the figure is
    ("One fee per request; longer clips cost more per second.", "unknown"),
    # said of another model only
    ("Unlike this one, Zeta 3 Pro is billed per image.", "unknown"),
    ("A fast model for short prompts.", "unknown"),
])
def test_an_unknown_label_takes_the_billing_unit_the_prose_states(body, kind):
    _no_file_for("is")
    header = "<div><span>Fyrir hvert skipti</span><span>$0.05</span></div>"  # "each time"
    outcome = read_and_normalize(_page("is", header, body),
                                 "https://www.cometapi.com/is/models/test/gen-y/", today=TODAY)
    assert [p.kind for p in outcome.record.prices] == [kind]


@pytest.mark.parametrize("linked", [True, False])
def test_a_label_is_taught_by_a_card_whose_figure_the_prose_states_with_its_unit(linked):
    """The card's "Á ljósmynd:$0.06" and "Zeta Ultra 2 costs $0.06 per image" in prose: "Á
    ljósmynd" is this page's word for per image, so the header's "Á ljósmynd:$0.04" is too,
    whether the card links to its model or is text."""
    _no_file_for("is")
    header = "<div><span>Á ljósmynd</span><span>$0.04</span></div>"
    body = "Its bigger sibling Zeta Ultra 2 costs $0.06 per image."
    name = ('<a href="/is/models/test/zeta-ultra-2/"><h3>Zeta Ultra 2</h3></a>' if linked
            else "<h3>Zeta Ultra 2</h3>")
    card = f"<div>{name}<p>Á ljósmynd:$0.06</p></div>"
    html = _page("is", header, body).replace("</body>", f"{card}</body>")
    outcome = read_and_normalize(html, "https://www.cometapi.com/is/models/test/zeta-2/",
                                 today=TODAY)
    assert [(p.kind, p.unit, p.usd, p.official_usd) for p in outcome.record.prices] == [
        ("per_image", "image", Decimal("0.04"), None)]


@pytest.mark.parametrize(("label", "kind"), [
    ("Për imazh", "per_image"),          # Albanian: Latin imago
    ("Por imaxe", "per_image"),          # Galician
    ("Per imatge", "per_image"),         # Catalan
    ("प्रति चित्र", "per_image"),           # Hindi: Sanskrit citra
    ("ಪ್ರತಿ ಚಿತ್ರ", "per_image"),           # Kannada
    ("هر تصویر", "per_image"),            # Persian tasvir
    ("Har bir tasvir", "per_image"),     # Uzbek
    ("Sak imaz", "per_image"),           # a French creole: imaz, the word's end
    ("Pre imagin", "per_image"),         # Latin's oblique stem imagin- (Leonese, Extremaduran)
    ("Per imagini", "per_image"),        # its plural
    ("Imagine", None),                   # the verb, Midjourney's command
    ("Imazighen", None),                 # imaz not at the word's end: another word
    ("Imagine fast", None),              # Midjourney's command, not an image
    ("Imagen 4", None),                  # a model's name holds a digit
    ("Bildpreis", None),
])
def test_a_price_label_holding_a_word_for_image_is_per_image(label, kind):
    from scrapers.reading.cognates import price_kind_by_root

    assert price_kind_by_root(label) == kind


@pytest.mark.parametrize(("label", "kind"), [
    ("Kada request", "per_request"),     # English borrowed as written
    ("Isang requests", "per_request"),
    ("За реквест", "per_request"),       # its sound in Cyrillic
    ("प्रति रिक्वेस्ट", "per_request"),      # in Devanagari
    ("リクエスト毎", "per_request"),       # in katakana, "per" after it
    ("Requisitos", None),                # a requirement
    ("Rekvisit", None),                  # stage props
    ("Rest", None),
])
def test_a_price_label_holding_the_borrowed_word_request_is_per_request(label, kind):
    from scrapers.reading.cognates import price_kind_by_root

    assert price_kind_by_root(label) == kind


def test_no_vocabulary_label_of_another_meaning_holds_an_image_root():
    from scrapers.reading.cognates import price_kind_by_root

    wrong = [(w, m) for w, m in vocabulary().label_index.items()
             if price_kind_by_root(w) not in (None, m)]
    assert wrong == []


def test_a_header_grid_of_labels_over_values_pairs_them_by_column():
    """"Inntak | Úttak" over "$0.0005/1K | $0.002/1K": each label is the value's under it, not
    the one that follows it in reading order."""
    _no_file_for("is")
    header = ("<table><tr><td>Inntak</td><td>Úttak</td><td>Samhengi</td></tr>"
              "<tr><td>$0.0005/1K</td><td>$0.002/1K</td><td>64K</td></tr></table>")
    outcome = read_and_normalize(_page("is", header),
                                 "https://www.cometapi.com/is/models/test/chat-z/", today=TODAY)
    assert [(p.kind, p.usd, p.usd_text) for p in outcome.record.prices] == [
        ("input", Decimal("0.5"), "$0.0005/1K"), ("output", Decimal(2), "$0.002/1K")]


def test_header_prices_that_differ_by_a_resolution_are_tiers():
    header = ("<div><span>720p á sekúndu</span><span>$0.05</span></div>"
              "<div><span>1080p á sekúndu</span><span>$0.09</span></div>")
    outcome = read_and_normalize(_page("is", header),
                                 "https://www.cometapi.com/is/models/test/clip-y/", today=TODAY)
    assert [(p.kind, p.usd, p.tier) for p in outcome.record.prices] == [
        ("per_second", Decimal("0.05"), "720p"), ("per_second", Decimal("0.09"), "1080p")]


@pytest.mark.parametrize(("rows", "tiers"), [
    ([("Hægt", "$0.03"), ("Hratt", "$0.07")], ["Hægt", "Hratt"]),
    # a label with a digit may name a model: not modes of this one's price
    ([("Vega 2", "$0.03"), ("Vega 3", "$0.07")], []),
])
def test_rows_labelled_by_a_word_under_one_kind_of_price_are_its_modes(rows, tiers):
    table = ("<table><tr><th>Mode</th><th>Per request</th></tr>"
             + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>")
    outcome = read_and_normalize(_page("is", "<p>Myndlíkan.</p>").replace("<p></p>", table),
                                 "https://www.cometapi.com/is/models/test/vega-1/", today=TODAY)
    assert [p.tier for p in outcome.record.prices if p.kind == "per_request"] == tiers


@pytest.mark.parametrize(("header", "role"), [
    ("Prezio ofiziala", "official_price"),     # Basque: Latin officialis
    ("Официјална цена", "official_price"),     # Macedonian
    ("Cena urzędowa", "official_price"),       # Polish: West Slavic urząd's adjective
    ("Úřední cena", "official_price"),         # Czech
    ("Úradná cena", "official_price"),         # Slovak
    ("Urząd skarbowy", None),                  # the noun: an office, no price column
    ("Deskontua", "discount"),                 # Basque: discomputare
    ("Descontinuado", None),                   # "discontinued", not a discount
    ("Offline", None),
])
def test_a_column_header_is_read_by_a_root_languages_share(header, role):
    from scrapers.reading.labels import column_meaning

    assert column_meaning(header) == role


def test_a_div_grid_of_bare_figures_under_column_words_gives_the_official_price():
    """"Comet verð | Prezio ofiziala | Deskontua" as plain divs over "$0.03 / zorb | $0.04 /
    zorb | -25%": no label column, one row of figures, read by the column words."""
    body = ("<div>Comet verð</div><div>Prezio ofiziala</div><div>Deskontua</div>"
            "<div>$0.03 / zorb</div><div>$0.04 / zorb</div><div>-25%</div>")
    html = _page("is", "<div><span>Zorbið</span><span>$0.03</span></div>").replace(
        "<p></p>", body)
    outcome = read_and_normalize(html, "https://www.cometapi.com/is/models/test/zorb-1/",
                                 today=TODAY)
    assert [(p.usd, p.official_usd) for p in outcome.record.prices] == [
        (Decimal("0.03"), Decimal("0.04"))]
    assert outcome.record.discount_pct == 25


def test_no_vocabulary_label_of_another_meaning_holds_a_column_root():
    from scrapers.reading.cognates import column_by_root

    wrong = [(w, m) for w, m in vocabulary().label_index.items()
             if column_by_root(w) not in (None, m)]
    assert wrong == []


def test_two_token_rows_of_a_pricing_table_under_unknown_words_are_input_then_output():
    """No header price, a table "Tegund | CometAPI | Official price" over rows labelled in a
    language no file has: the first per-token row is input, the second output, as header lines
    are placed."""
    table = ("<table><tr><th>Tegund</th><th>CometAPI</th><th>Official price</th></tr>"
             "<tr><td>Inntak</td><td>$2/M</td><td>$2.50/M</td></tr>"
             "<tr><td>Úttak</td><td>$8/M</td><td>$10/M</td></tr></table>")
    outcome = read_and_normalize(_page("is", "<p>Spjalllíkan.</p>").replace("<p></p>", table),
                                 "https://www.cometapi.com/is/models/test/chat-w/", today=TODAY)
    assert [(p.kind, p.usd, p.official_usd) for p in outcome.record.prices] == [
        ("input", Decimal(2), Decimal("2.5")), ("output", Decimal(8), Decimal(10))]


@pytest.mark.parametrize(("second", "note", "official", "discount"), [
    ("$2.50/M", "-20%", Decimal("2.5"), 20),    # 20 % below: the official price
    ("$4/M", "-20%", None, None),               # another figure (a long-context price?)
    ("$2.50/M", "", None, None),                # no discount stated: whose is it?
])
def test_a_second_figure_beside_a_price_is_official_when_the_stated_discount_fits(
        second, note, official, discount):
    _no_file_for("is")
    header = (f"<div><span>Inntak</span><span>$2/M</span><span>{second}</span></div>"
              f"<p>{note}</p>")
    outcome = read_and_normalize(_page("is", header),
                                 "https://www.cometapi.com/is/models/test/chat-v/", today=TODAY)
    record = outcome.record
    assert [(p.usd, p.official_usd) for p in record.prices] == [(Decimal(2), official)]
    assert record.discount_pct == discount


@pytest.mark.parametrize("columns", [
    "<th>Tegund</th><th>Verð (USD / 1K tokens)</th>",
    "<th>Tegund</th><th>CometAPI (USD / 1K tokens)</th>",
])
def test_bare_figures_take_the_unit_their_column_header_states(columns):
    """"$0.0004" under "Verð (USD / 1K tokens)" is $0.40 per million tokens: the header says
    what the figures are per."""
    table = (f"<table><tr>{columns}</tr>"
             "<tr><td>Inntak</td><td>$0.0004</td></tr>"
             "<tr><td>Úttak</td><td>$0.0016</td></tr></table>")
    outcome = read_and_normalize(_page("is", "<p>Spjalllíkan.</p>").replace("<p></p>", table),
                                 "https://www.cometapi.com/is/models/test/chat-u/", today=TODAY)
    assert [(p.kind, p.unit, p.usd, p.usd_text) for p in outcome.record.prices] == [
        ("input", "1M tokens", Decimal("0.4"), "$0.0004"),
        ("output", "1M tokens", Decimal("1.6"), "$0.0016")]


def test_header_tiers_in_brackets_are_the_table_rows_of_the_same_tiers():
    # the header writes the tier in brackets after the label; the table repeats both rows
    header = "<p>Á sekúndu (720p):$0.05</p><p>Á sekúndu (1080p):$0.09</p>"
    table = ("Myndskeið úr texta.</p><h2>Verð</h2><table><tr><th>Upplausn</th><th>Á sekúndu</th>"
             "</tr><tr><td>720p</td><td>$0.05</td></tr><tr><td>1080p</td><td>$0.09</td></tr>"
             "</table><p>")
    outcome = read_and_normalize(_page("is", header, table),
                                 "https://www.cometapi.com/is/models/test/clip-y/", today=TODAY)
    assert [(p.kind, p.usd, p.tier) for p in outcome.record.prices] == [
        ("per_second", Decimal("0.05"), "720p"), ("per_second", Decimal("0.09"), "1080p")]


def test_badges_set_in_a_nav_inside_the_models_header_are_read():
    """A ``<nav>`` of the site (links) is chrome; one inside the model's header that holds
    badges and links nowhere is the page's own words: its commercial-use badge is read."""
    header = ('<p>Per image:$0.04</p><nav class="tags"><span>Nowy</span>'
              "<span>Komerzieller Gebrauch</span></nav>")
    url = "https://www.cometapi.com/lb/models/acme/pic-one/"
    assert read_and_normalize(_page("lb", header), url, today=TODAY).record.commercial_use
    linked = ('<p>Per image:$0.04</p><nav><a href="/lb/models/">Komerzieller Gebrauch</a></nav>')
    assert read_and_normalize(_page("lb", linked), url, today=TODAY).record.commercial_use is None


def _priced(body: str) -> list[tuple[str, Decimal]]:
    _no_file_for("sq")
    header = "<div><span>Çdo herë</span><span>$0.05</span></div>"  # no word, no root, no unit
    outcome = read_and_normalize(_page("sq", header, body),
                                 "https://www.cometapi.com/sq/models/acme/pixel-forge-2/",
                                 today=TODAY)
    return [(p.kind, p.usd) for p in outcome.record.prices]


def test_a_header_price_takes_the_unit_the_prose_gives_its_own_figure():
    """Two kinds in the prose, but one of them is this figure's: the header price is that;
    the same figure given to another model with a unit says nothing of this one's label."""
    body = ("Pixel Forge 2 costs $0.05 per image. Upscaling a result is billed at $0.01 per "
            "second of processing.")
    assert _priced(body) == [("per_image", Decimal("0.05"))]
    # the same figure with a unit, said of another model, teaches nothing
    other = "Pixel Forge 1 was sold at $0.05 per second. This one draws sharper hands."
    assert _priced(other) == [("unknown", Decimal("0.05"))]


def test_a_word_qualifying_the_unit_after_each_still_says_the_unit():
    assert _priced("Each generated image costs $0.05.") == [("per_image", Decimal("0.05"))]
    assert _priced("Each generated clip costs $0.05.") == [("unknown", Decimal("0.05"))]


@pytest.mark.parametrize(("label", "meaning"), [
    ("Til viðskiptanota", "commercial_use"),             # Icelandic
    ("Le haghaidh tráchtála", "commercial_use"),         # Irish
    ("At ddefnydd masnachol", "commercial_use"),         # Welsh
    ("Don kasuwanci", "commercial_use"),                 # Hausa
    ("Ujeeddo ganacsi", "commercial_use"),               # Somali
    ("Fún ìṣòwò", "commercial_use"),                     # Yoruba
    ("Fún Òwò", "commercial_use"),                       # Yoruba òwò, by its tones
    ("Maka azụmahịa", "commercial_use"),                 # Igbo
    ("Ukusetyenziswa kwezorhwebo", "commercial_use"),    # Xhosa: after a class prefix
    ("Tšebeliso ea kgwebo", "commercial_use"),           # Sesotho
    ("Kushandiswa kwekutengeserana", "commercial_use"),  # Shona
    ("Gukoresha mu bucuruzi", "commercial_use"),         # Kinyarwanda
    ("የንግድ አጠቃቀም", "commercial_use"),                   # Amharic
    ("ໃຊ້ເພື່ອການຄ້າ", "commercial_use"),                 # Lao: no spaces
    ("Худалдааны зориулалт", "commercial_use"),          # Mongolian
    ("Соода максатында", "commercial_use"),              # Kyrgyz: the Turkic sawdā
    ("စီးပွားဖြစ်သုံးရန်", "commercial_use"),                # Burmese
    ("Ampiasaina ara-barotra", "commercial_use"),        # Malagasy
    ("Para sa kalakalan", "commercial_use"),             # Tagalog
    ("ใช้เชิงพาณิชย์ได้", "commercial_use"),                # Thai: Sanskrit vāṇijya with p
    ("ពាណិជ្ជកម្ម", "commercial_use"),                    # Khmer
    ("Ticari istifadə", "commercial_use"),               # Azerbaijani: Turkish c is j
    ("Kaupallinen", "commercial_use"),                   # Finnish
    ("ไม่ใช่เชิงพาณิชย์", None),                          # Thai ไม่: not
    ("Ticari olmayan kullanım", None),                   # Turkish olmayan: non-
    ("Kaupunki", None),                                  # a city
    ("Saúde", None),                                     # Portuguese health, not sawdā
    ("بازرگانی", "commercial_use"),                      # Sorani, Persian bāzargāni
    ("غیر بازرگانی", None),                               # ghair: non-
    # negated by those languages' own words and prefixes, before or after the word
    ("Арилжааны бус", None),
    ("ບໍ່ແມ່ນເພື່ອການຄ້າ", None),
    ("Ba don kasuwanci ba", None),
    ("Ekki til viðskipta", None),
    ("Neamhthráchtála", None),
    ("Hindi pangkalakalan", None),
    # not those words: Yoruba owó (money), a Latin "ngd", the word "soda"
    ("Iye owó", None),
    ("Langdon", None),
    ("Soda", None),
])
def test_a_badge_is_read_by_a_languages_own_word_for_trade(label, meaning):
    assert meaning_by_root(label) == meaning


def test_no_vocabulary_label_of_another_meaning_holds_a_word_for_trade():
    from scrapers.reading.cognates import _trade_word_in

    wrong = [(w, m) for w, m in vocabulary().label_index.items()
             if m != "commercial_use" and _trade_word_in(w.split())]
    assert wrong == []


@pytest.mark.parametrize(("label", "kind"), [
    ("Eskaera bakoitzeko", "per_request"),       # Basque
    ("Par demande", "per_request"),              # French: Romance demandare, the noun
    ("Kada demanda", "per_request"),             # Ladino
    ("Demandado", None),                         # a defendant, no request
    ("ⵉ ⴽⵓ ⵜⴰⵡⵍⴰⴼⵜ", "per_image"),                # Tamazight tawlaft, in Tifinagh
    ("Awlaf", None),                             # the word in Latin letters: too short a root
    ("Á beiðni", "per_request"),                 # Icelandic
    ("In aghaidh an iarratais", "per_request"),  # Irish
    ("Ngesicelo", "per_request"),                # Zulu: after a prefix
    ("Kowane buƙata", "per_request"),            # Hausa
    ("Codsi kasta", "per_request"),              # Somali
    ("Arịrịọ ọ bụla", "per_request"),            # Igbo
    ("хүсэлт бүрт", "per_request"),              # Mongolian
    ("Har bir so‘rov", "per_request"),           # Uzbek
    ("Isaky ny fangatahana", "per_request"),     # Malagasy
    ("એક વિનંતી દીઠ", "per_request"),              # Gujarati: Sanskrit vinati
    ("በጥያቄ", "per_request"),                     # Amharic
    ("တောင်းဆိုမှုတစ်ခုလျှင်", "per_request"),       # Burmese: no spaces
    ("Fesul delwedd", "per_image"),              # Welsh
    ("Á mynd", "per_image"),                     # Icelandic
    ("In aghaidh na híomhá", "per_image"),       # Irish: the h- a mutation puts before it
    ("Isaky ny sary", "per_image"),              # Malagasy
    ("Sawir kasta", "per_image"),                # Somali
    ("Сүрөт үчүн", "per_image"),                 # Kyrgyz: Arabic ṣūra
    ("ຕໍ່ຮູບ", "per_image"),                       # Lao: Sanskrit rūpa, its r written h
    ("ក្នុងមួយរូប", "per_image"),                    # Khmer
    ("රූපයකට", "per_image"),                     # Sinhala
    ("Për kërkesë", "per_request"),              # Albanian
    ("По барање", "per_request"),                # Macedonian
    ("За запыт", "per_request"),                 # Belarusian
    ("Por solicitude", "per_request"),           # Galician
    ("Per versoek", "per_request"),              # Afrikaans
    ("Għal kull talba", "per_request"),          # Maltese
    ("په هره غوښتنه", "per_request"),              # Pashto
    ("По слика", "per_image"),                   # Macedonian
    ("За выяву", "per_image"),                   # Belarusian
    ("Għal kull immaġni", "per_image"),          # Maltese: Latin imago
    ("પ્રતિ છબી", "per_image"),                    # Gujarati: Sanskrit chavi
    ("Maka foto ọ bụla", "per_image"),           # Igbo: Greek phōs
    ("Har bir rasm", "per_image"),               # Uzbek: Arabic rasm
    ("ପ୍ରତି ଅନୁରୋଧ", "per_request"),                 # Odia: Sanskrit anurodha
    ("Kwimfanekiso nganye", "per_image"),        # Xhosa
    ("Ka setshwantsho", "per_image"),            # Sotho
    ("Mō ia whakaahua", "per_image"),            # Māori
    ("Һәр рәсем өчен", "per_image"),             # Tatar: Arabic rasm
    ("Rasmiy narx", None),                       # Uzbek: "official price"
    ("Slični modeli", None),                     # "similar models"
    # not those words: the rupee (रुपया, රුපියල), a video (Icelandic myndband), a caisson
    ("रुपया", None),
    ("රුපියල", None),
    ("Á myndband", None),
    ("Caisson", None),
    ("Illimité", None),                          # not Sinhala ඉල්ලීම: its script decides
    ("Hotel", None),
])
def test_a_price_label_is_read_by_a_languages_word_for_image_or_request(label, kind):
    assert price_kind_by_root(label) == kind


def test_no_vocabulary_label_of_another_meaning_holds_a_word_for_image_or_request():
    from scrapers.reading.cognates import _price_words_in

    wrong = [(w, m) for w, m in vocabulary().label_index.items()
             if _price_words_in(w) - {m}]
    assert wrong == []


def _grid_page(official: str) -> list[tuple[Decimal | None, Decimal | None]]:
    _no_file_for("sq")
    header = "<div><span>Çdo herë</span><span>$0.05</span></div>"
    grid = ('<div class="g"><div><div>Çmimi ynë</div><div>$0.05</div></div>'
            f"<div><div>Çmimi i listës</div><div>{official}</div></div>"
            "<div><div>Ulja</div><div>-50%</div></div></div>")
    outcome = read_and_normalize(_page("sq", header).replace("<p></p>", grid),
                                 "https://www.cometapi.com/sq/models/acme/pixel-forge-2/",
                                 today=TODAY)
    record = outcome.record
    return [(p.usd, p.official_usd) for p in record.prices], record.discount_pct


def test_a_grid_of_lone_figures_gives_the_official_price_the_discount_fits():
    """The page's price, a larger figure and a bare discount, each alone in a cell under words
    no rule reads: the larger figure is the official price when the discount takes it to the
    price; one it does not fit is no official price."""
    assert _grid_page("$0.10") == ([(Decimal("0.05"), Decimal("0.10"))], 50)
    assert _grid_page("$0.12") == ([(Decimal("0.05"), None)], None)


def test_a_table_column_naming_the_kind_teaches_the_header_price_of_the_same_figure():
    """"Çdo herë:$0.05" over a table "Mode | Per image" with "Standard | $0.05": one price
    per image (the column's word), not the header's and the row's side by side."""
    _no_file_for("sq")
    header = "<div><span>Çdo herë</span><span>$0.05</span></div>"
    table = ("<table><tr><th>Mode</th><th>Per image</th></tr>"
             "<tr><td>Standard</td><td>$0.05</td></tr></table>")
    outcome = read_and_normalize(_page("sq", header).replace("<p></p>", table),
                                 "https://www.cometapi.com/sq/models/acme/pixel-forge-2/",
                                 today=TODAY)
    assert [(p.kind, p.usd) for p in outcome.record.prices] == [("per_image", Decimal("0.05"))]


def test_a_table_stating_the_unit_of_a_figure_the_header_placed_by_order_is_that_price():
    """"Velu 1K tamo:$0.08" (no word read: first, so taken as input) over a table whose
    columns say "USD / 1K characters" with "$0.08 | $0.10 | -20%": one price per character,
    the table's, not an input price beside it."""
    _no_file_for("sq")
    header = "<div><span>Velu 1K tamo</span><span>$0.08</span></div>"
    table = ("<table><tr><th>Comet (USD / 1K characters)</th>"
             "<th>Official (USD / 1K characters)</th><th>Discount</th></tr>"
             "<tr><td>$0.08</td><td>$0.10</td><td>-20%</td></tr></table>")
    outcome = read_and_normalize(_page("sq", header).replace("<p></p>", table),
                                 "https://www.cometapi.com/sq/models/acme/voice-9/",
                                 today=TODAY)
    assert [(p.kind, p.unit, p.usd, p.official_usd) for p in outcome.record.prices] == [
        ("per_character", "1M characters", Decimal("80"), Decimal("100"))]


def test_a_header_figure_keeps_the_count_its_unit_states_as_written():
    """"$0,0002 per 1K tokens" is $0.20 per million; its text keeps "per 1K tokens", or the
    figure would read as per million."""
    header = "<div><span>Invoer</span><span>$0,0002 per 1K tokens</span></div>"
    outcome = read_and_normalize(_page("af", header),
                                 "https://www.cometapi.com/af/models/acme/coder-x/", today=TODAY)
    assert [(p.kind, p.usd, p.usd_text) for p in outcome.record.prices] == [
        ("input", Decimal("0.2"), "$0,0002 per 1K tokens")]


@pytest.mark.parametrize("header", [
    "<p>Myndinntak: $10/M</p><p>Myndúttak: $40/M</p>",      # Icelandic "image input/output"
    "<p>Imazh hyrës: $10/M</p><p>Imazh dalës: $40/M</p>",   # Albanian
    "<p>Input: $10/M</p><p>Image output: $40/M</p>",
])
def test_a_word_for_image_over_a_per_token_figure_is_no_per_image_price(header):
    """An image model's token prices ("image output: $40/M") name what the tokens are: the
    figure's unit says the price is per token, so the words place nothing and the two token
    prices are input, then output."""
    outcome = read_and_normalize(_page("is", header),
                                 "https://www.cometapi.com/is/models/openai/pic-tokens/",
                                 today=TODAY)
    assert [(p.kind, p.usd) for p in outcome.record.prices] == [
        ("input", Decimal(10)), ("output", Decimal(40))]


def test_no_commercial_use_label_of_the_vocabulary_reads_as_negated():
    from scrapers.reading.cognates import says_not

    assert [w for w, m in vocabulary().label_index.items()
            if m == "commercial_use" and says_not(w)] == []


@pytest.mark.parametrize(("locale", "sentence", "allowed"), [
    ("mk", "Комерцијалната употреба на сликите е дозволена.", True),
    ("mk", "Комерцијалната употреба на сликите не е дозволена.", None),  # negated: not read
    ("sq", "Përdorimi komercial i imazheve lejohet.", True),
    ("sq", "Përdorimi komercial i imazheve nuk lejohet.", None),
    ("sq", "Përdorimi komercial kërkon një licencë të veçantë.", None),   # no permission word
    # a language's own word for trade (Amharic ንግድ) and the Ethiopic verb of permitting, f-q-d
    ("am", "የዚህ ሞዴል ፈቃድ ለንግድ ዓላማ መጠቀምን ይፈቅዳል።", True),
    ("am", "የዚህ ሞዴል ፈቃድ ለንግድ ዓላማ መጠቀምን አይፈቅድም።", None),  # ay-…-m: does not permit
    ("am", "ለንግድ ዓላማ የተለየ ፈቃድ ያስፈልጋል።", None),         # a licence is needed: no verb
])
def test_commercial_use_granted_in_a_language_without_a_file(locale, sentence, allowed):
    """A shared root names commercial use and one of permission grants it: yes; a word that
    may negate leaves it unknown, never a guessed yes or no."""
    _no_file_for(locale)
    header = "<div><span>Çdo herë</span><span>$0.05</span></div>"
    outcome = read_and_normalize(_page(locale, header, sentence),
                                 f"https://www.cometapi.com/{locale}/models/acme/pic-gen/",
                                 today=TODAY)
    assert outcome.record.commercial_use is allowed


def test_a_word_after_a_prices_count_names_what_it_counts_in_any_language():
    """"$0.0005 / 1K tesserae": the count states the unit, the word after it (Latin, which no
    file has) only names what is counted; the value is a price, kept as written."""
    header = ("<dl><dt>Ingressus</dt><dd>$0.0005 / 1K tesserae</dd>"
              "<dt>Egressus</dt><dd>$0.002 / 1K tesserae</dd></dl>")
    outcome = read_and_normalize(_page("la", header),
                                 "https://www.cometapi.com/la/models/acme/chat-l/", today=TODAY)
    assert [(p.kind, p.usd, p.usd_text) for p in outcome.record.prices] == [
        ("input", Decimal("0.5"), "$0.0005 / 1K tesserae"),
        ("output", Decimal(2), "$0.002 / 1K tesserae")]


@pytest.mark.parametrize(("locale", "sentence"), [
    ("tr", "Ticaret için izin gerekir."),                 # a trade permit is required
    ("ms", "Izin perdagangan diperlukan untuk model ini."),
])
def test_a_languages_own_trade_word_grants_nothing_where_its_vocabulary_decides(
        locale, sentence):
    """In a language with a vocabulary file, its own words for commercial use decide; its word
    for trade beside a permit ("izin") is no grant."""
    assert vocabulary().language(locale) is not None
    header = "<div><span>Input</span><span>$0.48/M</span></div>"
    outcome = read_and_normalize(_page(locale, header, sentence),
                                 f"https://www.cometapi.com/{locale}/models/acme/chat-m/",
                                 today=TODAY)
    assert outcome.record.commercial_use is None


def test_an_official_figure_restated_under_the_prices_own_label_is_no_second_price():
    """"Intrada $0.08/M", "Surtìa $0.32/M", then a list of the provider's prices under the same
    labels ("Intrada $0.10/M, Surtìa $0.40/M"): $0.40 is the output's official price, not a
    price of unknown kind beside it."""
    html = ('<html lang="pms"><body><nav>CometAPI</nav><h1>Vela 4</h1>'
            "<dl><dt>Intrada</dt><dd>$0.08/M</dd><dt>Surtìa</dt><dd>$0.32/M</dd></dl>"
            "<dl><dt>Pressi ufissiaj ëd Google</dt><dd>Intrada $0.10/M, Surtìa $0.40/M</dd></dl>"
            "<p>Vela 4 a l'é un model lest.</p></body></html>")
    record = read_and_normalize(html, "https://www.cometapi.com/pms/models/google/vela-4/",
                                today=TODAY).record
    assert [(p.kind, p.usd, p.official_usd) for p in record.prices] == [
        ("input", Decimal("0.08"), Decimal("0.1")), ("output", Decimal("0.32"), Decimal("0.4"))]


def test_a_per_word_in_another_figures_label_says_nothing_of_how_this_model_is_billed():
    """"Zuva rimwe:$0.05" in the header (a label no vocabulary knows) and, lower down under a
    heading no vocabulary knows, another model's "Per image:$0.05": that "per" is the label of
    its own figure, not prose saying how this model is billed, so the price stays unknown."""
    html = ('<html lang="sn"><body><nav>CometAPI</nav><h1>Toni 2</h1>'
            "<div><span>Zuva rimwe:</span><span>$0.05</span></div>"
            "<p>Toni 2 inogadzira nziyo.</p><h2>Mamwe</h2>"
            "<div><h4>Pixo 1</h4><div>Per image:$0.05</div></div></body></html>")
    record = read_and_normalize(html, "https://www.cometapi.com/sn/models/acme/toni-2/",
                                today=TODAY).record
    assert [(p.kind, p.usd) for p in record.prices] == [("unknown", Decimal("0.05"))]


def test_prices_of_one_kind_under_labels_no_vocabulary_knows_are_tiers():
    """Two cards "Mangwanani | $0.06 | per request" and "Manheru | $0.03 | per request": both
    per request by the unit the page states, under labels no vocabulary knows. One thing has
    one price, so the labels set them apart: each is its price's tier."""
    html = ('<html lang="sn"><body><nav>CometAPI</nav><h1>Toni 4</h1><div>'
            "<div><div>Mangwanani</div><div>$0.06</div><small>per request</small></div>"
            "<div><div>Manheru</div><div>$0.03</div><small>per request</small></div></div>"
            "<p>Toni 4 inogadzira mifananidzo.</p></body></html>")
    record = read_and_normalize(html, "https://www.cometapi.com/sn/models/acme/toni-4/",
                                today=TODAY).record
    assert sorted((p.kind, p.usd, p.tier) for p in record.prices) == [
        ("per_request", Decimal("0.03"), "Manheru"),
        ("per_request", Decimal("0.06"), "Mangwanani")]


def test_a_locale_whose_cldr_units_are_empty_reads_time_units_by_their_sound():
    """CLDR lists Dogri's second and minute with no pattern in them: Dogri writes no unit of
    its own there, so a label is read by the words other languages borrowed ("सेकिंड", the
    skeleton of "second"), as for a locale CLDR has no units for at all."""
    assert time_unit_in("इक सेकिंड", "doi") == "second"
    assert time_unit_in("Á sekúndu", "is") == "second"  # a locale with its own patterns


@pytest.mark.parametrize("line", [
    "Harfler 1M:$18 / 1M chars",      # the count right before the colon, a word before it
    "Harfler 1M: $18 / 1M chars",
])
def test_a_count_right_before_a_price_labels_colon_is_the_labels(line):
    """A million after the label's word and right before its colon counts what the price is
    for: the line is a price, never a size labelled "Harfler" and a price of no label."""
    url = "https://www.cometapi.com/xx/models/openai/test-model/"
    outcome = read_and_normalize(_page("xx", f"<div>{line}</div>"), url, today=TODAY)
    assert [(p.kind, p.usd) for p in outcome.record.prices] == [("per_character", Decimal(18))]


@pytest.mark.parametrize(("label", "meaning"), [
    # Sanskrit vyāpāra with the b of the eastern and rustic Indo-Aryan languages
    ("बेपार खातिर", "commercial_use"),                # Bhojpuri: for trade
    ("ब्यापारक बरतून", "commercial_use"),              # Dogri
    ("विपरीत", None),                                  # vi- before p: viparīta, contrary
    ("Bepreisung", None),                              # a Latin b-p-r is no vyāpāra
    ("Beprogramozott", None),
    # Latin commercium as the French creoles say it, r lost before a consonant
    ("Itilizasyon komèsyal", "commercial_use"),        # Haitian
    ("Pa pou itilizasyon komèsyal", None),             # Haitian pa: not
    ("코멧 가격", None),                                # Korean "Comet" sounds komes
    # Swahili biashara (Arabic bayʿ wa-širāʾ), in the languages that took it from Swahili
    ("Kũtũmĩa kwa biashara", "commercial_use"),        # Kamba
    ("Matumizi ya kibiashara", "commercial_use"),      # Swahili, after a class prefix
    ("Si kwa biashara", None),
    # the Berber root z-n-z (to sell), not the Slavic zniżka (a discount)
    ("Aseqdec n uznzu", "commercial_use"),             # Tashelhit-like: use of selling
    ("Ur i usqdec n uznzu", None),                     # Berber ur: not
    ("Zniżka", None),
    # English "business" and Spanish "negocio" borrowed, as the use's purpose
    ("Yusum blong bisnis", "commercial_use"),          # Bislama
    ("Yuz fɔ biznɛs", "commercial_use"),               # Krio
    ("Gebroiki gi bisnis", "commercial_use"),          # Sranan
    ("Para sa negosyo", "commercial_use"),             # Cebuano
    ("Para iti negosio", "commercial_use"),            # Ilocano
    ("Dili para sa negosyo", None),                    # Cebuano dili: not
    ("Para king negosyu", "commercial_use"),           # Kapampangan
    ("Kushandiswa kwebhizinesi", "commercial_use"),    # Shona: bh, after kwe- (of)
    ("Okukozesa mu bizinensi", "commercial_use"),      # Luganda: a nasal before s
    ("Para sa negosasyon", None),                      # negotiation, not business
    ("No ken yusim long bisnis", None),                # Tok Pisin no: not
    ("Dipakai untuk usaha", "commercial_use"),         # Indonesian: used for a business
    ("Dienggo kanggo usaha", "commercial_use"),        # Javanese: used for a business
    ("Tidak untuk usaha", None),                       # Indonesian tidak: not
    ("Usaha", None),                                   # alone: an enterprise, not its use
    ("Bisnis", None),                                  # alone: a business, not its use
    ("Bisnis Pro", None),                              # first: a name
    ("Business plan", None),
])
def test_a_badge_is_read_by_how_its_trade_word_travelled(label, meaning):
    """Roots widened by sound change and borrowing, not by a page's words: written before the
    rules, in languages no file has (Bhojpuri, Dogri, Haitian, Kamba, Bislama, Krio, Sranan,
    Cebuano, Ilocano), with their false friends."""
    assert meaning_by_root(label) == meaning


def test_no_vocabulary_label_of_another_meaning_reads_as_commercial_use():
    """Every label the vocabulary files give another meaning, read by the roots alone: none is
    commercial use, but three the skeletons of older roots cannot tell (Indonesian "terkait"
    is the Slavic tъrgъ's t-r-k, Swahili "uwanja" vāṇijya's v-n-j, Urdu "tajrubati" tijāra's
    t-j-r), which the vocabulary reads first."""
    wrong = {w for w, m in vocabulary().label_index.items()
             if m != "commercial_use" and meaning_by_root(w) == "commercial_use"}
    assert wrong <= {"model terkait", "uwanja wa majaribio", "تجرباتی ماحول"}


@pytest.mark.parametrize(("label", "kind"), [
    ("ਪ੍ਰਤੀ ਅੱਖਰ", "per_character"),          # Punjabi: Sanskrit akṣara, kṣ a kh
    ("প্ৰতি আখৰ", "per_character"),            # Assamese
    ("ಪ್ರತಿ ಅಕ್ಷರಕ್ಕೆ", "per_character"),        # Kannada, inflected
    ("ప్రతి అక్షరానికి", "per_character"),       # Telugu
    ("Per aksara", None),                       # Latin letters: Indonesian aksara is a script
])
def test_a_price_label_naming_a_letter_by_sanskrit_aksara_is_per_character(label, kind):
    assert price_kind_by_root(label) == kind


@pytest.mark.parametrize("line", ["ਪ੍ਰਤੀ 10 ਲੱਖ ਅੱਖਰ:$15", "প্ৰতি ১০ লাখ আখৰ:$15",
                                  "ಪ್ರತಿ 1M ಅಕ್ಷರಗಳು:$15"])
def test_a_price_counted_in_aksara_is_no_token_price(line):
    """A count of letters before a price's colon in Punjabi, Assamese, Kannada (no file for
    any): the price is per character, not an input price by its position, and the label's
    count (10 lakh, 1M) counts its letters, not tokens."""
    outcome = read_and_normalize(_page("pa", f"<p>{line}</p>"),
                                 "https://www.cometapi.com/pa/models/openai/voice-x/", today=TODAY)
    assert [(p.kind, p.unit, p.usd) for p in outcome.record.prices] == [
        ("per_character", "1M characters", Decimal(15))]


@pytest.mark.parametrize(("header", "kinds"), [
    ("<p>Ŋmalɛi (per image):$0.04</p>", ["per_image"]),           # Ga, glossed in English
    ("<p>Pe (per minute):$0.006</p>", ["per_minute"]),             # Tok Pisin
    ("<p>Ngbonga (08:00–20:00 UTC):$0.2</p>", ["unknown"]),        # a tier, no gloss
    ("<p>Luhna (CometAPI):$0.04</p>", ["unknown"]),                # the seller, not a kind
])
def test_a_label_no_rule_reads_is_read_by_its_gloss_in_brackets(header, kinds):
    outcome = read_and_normalize(_page("gaa", header),
                                 "https://www.cometapi.com/gaa/models/openai/test-x/", today=TODAY)
    assert [p.kind for p in outcome.record.prices] == kinds


@pytest.mark.parametrize(("label", "meaning"), [
    ("Thar (New)", "new"),                                  # Mizo
    ("Sumdawnna (Commercial use)", "commercial_use"),
    ("Ekki (commercial use)", None),                        # a negating word outside
    ("Tuffɣa (Max output)", "max_output"),
])
def test_a_badge_or_size_label_is_read_by_its_gloss(label, meaning):
    from scrapers.reading.labels import meaning_of

    assert meaning_of(label) == meaning


def test_the_berber_root_of_selling_is_no_zanzibar_in_prose():
    from scrapers.reading.cognates import names_trade

    assert names_trade("Aseqdec n uznzu yettusireg.")
    assert not names_trade("Model-a yettusireg deg Zanzibar.")


@pytest.mark.parametrize("line", [
    "Suäm $0.032", "Suäm — $0.032", "Suäm = $0.032", "Suäm ― 0,032 USD", "Suäm ≈ $0.032",
])
def test_a_header_label_then_a_figure_with_no_colon_keeps_its_price(line):
    """A header line that is a label no file glosses, then a dash, an equals sign or nothing,
    then one figure: a price line by the header's structure, its kind unknown, never lost."""
    html = (f"<html lang='vo'><body><main><h1>Zeta 9</h1><div>{line}</div>"
            "<p>Zeta 9 binon magabükamodel.</p></main></body></html>")
    record = read_and_normalize(html, "https://www.cometapi.com/vo/models/acme/zeta-9/",
                                today=date(2026, 11, 28)).record
    assert [(p.kind, p.usd, p.label) for p in record.prices] == [
        ("unknown", Decimal("0.032"), "Suäm")]


@pytest.mark.parametrize("line", [
    "Suäm ($0.032)",                       # a figure in brackets: a former or an official one
    "Suäm $0.032 $0.04",                   # two figures: which is the price is not said
    "Zeta 9 nolüs magabükön pö $0.032 a magot",  # a sentence, not a label
])
def test_a_header_line_that_is_not_a_label_and_one_figure_gives_no_price(line):
    html = (f"<html lang='vo'><body><main><h1>Zeta 9</h1><div>{line}</div>"
            "<p>Zeta 9 binon magabükamodel.</p></main></body></html>")
    record = read_and_normalize(html, "https://www.cometapi.com/vo/models/acme/zeta-9/",
                                today=date(2026, 11, 28)).record
    assert [(p.kind, p.usd) for p in record.prices] == []
