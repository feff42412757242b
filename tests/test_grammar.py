"""The one grammar of money, numbers, sizes and units (``scrapers.reading.grammar``), in every
locale."""

from decimal import Decimal

import pytest

from scrapers.reading.grammar import (
    Size,
    best_size,
    parse_money,
    parse_percent,
    parse_size,
    unit_of_label,
)


@pytest.mark.parametrize(("text", "usd", "per"), [
    ("$24/M", "24", "1M tokens"),
    ("$1.752/M", "1.752", "1M tokens"),
    ("$0.08", "0.08", None),
    ("$0", "0", None),
    ("US$ 2 / 1M tokens", "2", "1M tokens"),
    ("$0.002/1K tokens", "2", "1M tokens"),
    ("$3 per million tokens", "3", "1M tokens"),
    ("$0.04 / image", "0.04", "image"),
    ("$0.1/sec", "0.1", "second"),
    ("$1,200.50/M", "1200.50", "1M tokens"),
])
def test_money(text, usd, per):
    money = parse_money(text)
    assert money is not None
    assert money.usd == Decimal(usd)
    assert money.per == per


def test_money_exact_decimal_and_zero_is_a_price():
    assert str(parse_money("$1.752/M").usd) == "1.752"
    assert parse_money("$0").usd == 0
    assert parse_money("free") is None
    assert parse_money("") is None


@pytest.mark.parametrize(("text", "tokens", "exact"), [
    ("8K", 8000, False), ("1M", 1_000_000, False), ("65.5k", 65_500, False),
    ("200,000 tokens", 200_000, True), ("8,192-token", 8192, True),
    ("1 million tokens", 1_000_000, False), ("1,048,576", 1_048_576, True),
    ("262 144 tokens", 262_144, True), ("128k", 128_000, False),
])
def test_sizes(text, tokens, exact):
    size = parse_size(text)
    assert (size.tokens, size.exact) == (tokens, exact)


def test_broken_translation_number_is_not_read():
    assert parse_size("200 XNUMX token") is None
    assert parse_size("no figure") is None


def _best(sizes):
    best = best_size(sizes)
    return None if best is None else best.tokens


def test_exact_figure_beats_its_rounding():
    assert _best([Size(8000, False), Size(8192, True)]) == 8192
    assert _best([Size(1_000_000, False), Size(1_048_576, True)]) == 1_048_576
    assert _best([Size(65_000, False), Size(65_536, True)]) == 65_536
    # an exact figure far from the rounded one is another number, not its precise form
    assert _best([Size(8000, False), Size(128_000, True)]) == 8000
    assert _best([Size(200_000, True), Size(262_144, True)]) == 200_000
    assert _best([]) is None


def test_percent():
    assert parse_percent("-20%") == 20
    assert parse_percent("−12.5 %") == Decimal("12.5")
    assert parse_percent("none") is None


@pytest.mark.parametrize(("text", "locale", "usd", "per", "written"), [
    ("Entrée:$2,50/M", "fr", "2.5", "1M tokens", "$2,50/M"),
    ("0,8 $/M", "de", "0.8", "1M tokens", "0,8 $/M"),
    ("$1.752/M", "es", "1.752", "1M tokens", "$1.752/M"),   # USD is written with a point
    ("$1,752/M", "en", "1752", "1M tokens", "$1,752/M"),
    ("$15/1M characters", "en", "15", "1M characters", "$15/1M characters"),
    ("$0.015/1K characters", "en", "15", "1M characters", "$0.015/1K characters"),
    ("$0.006/min", "en", "0.006", "minute", "$0.006/min"),
    ("$0.002/1K tokens", "en", "2", "1M tokens", "$0.002/1K tokens"),
    ("$3/MTok", "en", "3", "1M tokens", "$3/MTok"),
    ("$0.08 ต่อวินาที", "th", "0.08", "second", "$0.08"),  # a unit in words is not the figure
    ("US$ 1,200.50 / 1M tokens", "en", "1200.5", "1M tokens", "US$ 1,200.50 / 1M tokens"),
])
def test_money_in_every_locale(text, locale, usd, per, written):
    money = parse_money(text, locale)
    assert (money.usd, money.per, money.text) == (Decimal(usd), per, written)


def test_a_comma_and_three_digits_in_a_decimal_comma_language_is_ambiguous():
    money = parse_money("$1,752/M", "fr")
    assert money.usd is None and money.ambiguous and money.text == "$1,752/M"


def test_labels_run_together_after_a_unit():
    from scrapers.reading.grammar import find_money
    found = find_money("Input:$0.2/MOutput:$1.2/M", "en")
    assert [(str(m.usd), m.text) for m in found] == [("0.2", "$0.2/M"), ("1.2", "$1.2/M")]


@pytest.mark.parametrize(("text", "locale", "tokens", "exact"), [
    ("Kontext:128.000", "de", 128_000, True),
    ("Kontextfenster von 1 Mio. Token", "de", 1_000_000, False),
    ("上下文窗口为 128K", "zh-CN", 128_000, False),
    ("200K 토큰 컨텍스트", "ko", 200_000, False),
    ("fenêtre de contexte de 128 000 jetons", "fr", 128_000, True),
    ("12.8万", "zh-CN", 128_000, False),
    ("128 mil tokens", "es", 128_000, False),
    ("1 млн токенов", "ru", 1_000_000, False),
    ("200 тыс. токенов", "ru", 200_000, False),
    ("١٬٠٤٧٬٥٧٦ رمز", "ar", 1_047_576, True),
])
def test_sizes_in_every_locale(text, locale, tokens, exact):
    size = parse_size(text, locale)
    assert (size.tokens, size.exact) == (tokens, exact)


def test_years_and_prices_are_not_sizes():
    from scrapers.reading.grammar import find_sizes
    assert find_sizes("released in 2025 for $1,000", "en") == []


def test_digits_of_any_script_count_and_a_size_starts_only_outside_a_word():
    from scrapers.reading.grammar import has_digit, may_start_size

    assert [has_digit(t) for t in ("no digits", "gpt-4o", "٣ tokens", "１２８", "上下文")] == [
        False, True, True, True, False]
    assert [may_start_size(t) for t in ("gpt-4o", "nova-0-core", "x٬1", "128K", "上下文128K",
                                        "(1)", "$2/M")] == [
        False, False, False, True, True, True, False]


def test_read_number_reads_ascii_and_arabic_indic_digits_alike():
    import itertools

    from scrapers.reading.grammar import read_number

    indic = str.maketrans("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667"
                                        "\u0668\u0669")
    tokens = ["0", "7", "24", "128", "1000", "0.5", "9.576", "0.080", "128.000", "00.123",
              "1.2345", "12.", ".5", "1.2.3", "1,5", "1,752", "1 234", "2.50"]
    tokens += ["".join(p) for p in itertools.product("05.", repeat=4)]
    for token, kind, comma in itertools.product(tokens, ("money", "scaled", "count"),
                                                (False, True)):
        assert (_call(read_number, token, kind, comma)
                == _call(read_number, token.translate(indic), kind, comma)), (token, kind)


def _call(read, token, kind, comma):
    try:
        return read(token, kind=kind, decimal_comma=comma)
    except Exception as error:  # Ambiguous, compared by type
        return type(error)


@pytest.mark.parametrize(("text", "per", "written"), [
    ("$15/1M stafi", "1M characters", "$15/1M stafi"),     # Icelandic: not a token word
    ("$15/1M tokenów", "1M tokens", "$15/1M tokenów"),    # "token" borrowed, in any script
    ("$15/1M توکن", "1M tokens", "$15/1M توکن"),
    ("$15/1M output", "1M tokens", "$15/1M"),              # a label word, not a unit
    ("$15/1M Hyrje:$3/M", "1M tokens", "$15/1M"),          # the next label: a colon follows
    ("$15/1M words", "1M tokens", "$15/1M"),               # a count the vocabulary names
    ("$15/M stafi", "1M tokens", "$15/M"),                 # no written count: CometAPI's /M
    ("$15 / 1M karaktere", "1M characters", "$15 / 1M karaktere"),  # a vocabulary word, declined
])
def test_a_price_per_a_written_million_of_a_word_that_is_no_token_is_per_character(
        text, per, written):
    money = parse_money(text)
    assert (money.per, money.text) == (per, written)


@pytest.mark.parametrize(("text", "written", "per"), [
    ("0,032 $ / image", "0,032 $", "image"),   # set apart by a space: not the figure's
    ("$0.04 / zorb", "$0.04", None),
    ("US$ 2 / 1M tokens", "US$ 2 / 1M tokens", "1M tokens"),  # the slash gives a count
    ("$0.08/sec", "$0.08/sec", "second"),      # attached: part of it
    ("0,40 $/M", "0,40 $/M", "1M tokens"),
])
def test_the_text_as_written_keeps_a_unit_only_when_attached(text, written, per):
    money = parse_money(text, "fr")
    assert (money.text, money.per) == (written, per)


def test_a_vietnamese_word_after_a_slash_is_no_per_million():
    """"Mỗi" begins with M, but its next letter (ỗ, Latin Extended Additional) is a Latin
    letter: the M is a word's first letter, not "/M" (per million tokens)."""
    assert parse_money("$0.5 / Mức cao", "vi").per is None
    assert parse_money("$0.5 /M", "vi").per == "1M tokens"


@pytest.mark.parametrize(("text", "locale", "usd", "written"), [
    ("هزینه ۱٫۲۵ دلار است", "fa", "1.25", "۱٫۲۵ دلار"),       # the word CLDR's dollars share
    ("стоит 0,5 долларов", "ru", "0.5", "0,5 долларов"),       # a plural form
    ("giá 2 đô la mỗi giây", "vi", "2", "2 đô la"),            # a word of two parts
    ("3 ドル", "ja", "3", "3 ドル"),                            # the end the names share
    ("custa 7 dólares americanos", "pt", "7", "7 dólares americanos"),  # the full name
    ("precio: 4 $US", "fr", "4", "4 $US"),                    # the locale's symbol
    ("цена 9 щ.д.", "bg", "9", "9 щ.д."),
    ("it costs 6 dollars", "sw", "6", "6 dollars"),           # English words on every page
])
def test_a_currency_is_read_in_the_words_and_symbols_cldr_gives_the_locale(
        text, locale, usd, written):
    money = parse_money(text, locale)
    assert money is not None and (money.usd, money.text) == (Decimal(usd), written)


def test_a_currency_word_is_a_whole_word_of_the_page_locale():
    assert parse_money("هزینه ۱٫۲۵ دلارها", "fa") is None   # a longer word
    assert parse_money("۱٫۲۵ دلار", "ja") is None           # Persian on a Japanese page
    assert parse_money("2 đô la", "en") is None              # not a word English writes
    from scrapers.reading.cldr import currency
    assert "dola" in currency("sw").words and "ya" not in currency("sw").words  # a connector
    assert currency("zh").words == ("美元",)                  # 元 alone is any currency's


@pytest.mark.parametrize(("text", "locale", "usd", "per"), [
    ("$0.002 / 1 milioi token", "eu", "0.002", "1M tokens"),     # CLDR's Basque million
    ("$2 / 1 mil tokens", "cy", "2000", "1M tokens"),             # CLDR's Welsh thousand
    ("$30 por millón de caracteres", "es", "30", "1M characters"),  # the partitive "de"
    ("$0.5 per milione di caratteri", "it", "0.5", "1M characters"),
    ("$4 per million of characters", "en", "4", "1M characters"),
    ("$32/M Pro Bild", "de", "32", "1M tokens"),                  # a label after the unit
    ("$32/M pro Bild", "de", "32", "1M tokens"),                  # "pro" is a per word
    ("$0.0048 මිනිත්තුවකට", "si", "0.0048", None),  # "මි" begins a word
])
def test_a_count_word_of_the_locale_and_a_partitive_before_the_unit(text, locale, usd, per):
    money = parse_money(text, locale)
    assert (money.usd, money.per) == (Decimal(usd), per)


@pytest.mark.parametrize(("text", "locale", "written"), [
    ("бәясе 0,10 доллар", "tt", "0,10 доллар"),     # CLDR writes the possessive "доллары"
    ("kostas 10 dolarojn", "eo", "10 dolarojn"),    # CLDR "dolaroj", here accusative
    ("cuesta 1 dólar", "es", "1 dólar"),
])
def test_a_currency_word_is_read_declined(text, locale, written):
    money = parse_money(text, locale)
    assert money is not None and money.text == written
    assert parse_money("5 dollarbird", "en") is None  # more than an ending: another word


def test_a_count_written_after_the_noun_it_counts():
    """Swahili puts the numeral after the noun: "kwa tokeni milioni" is per million tokens."""
    money = parse_money("$0.10 kwa tokeni milioni moja", "sw")
    assert (money.usd, money.per) == (Decimal("0.1"), "1M tokens")
    assert parse_money("$0.5 kwa tokeni elfu", "sw").usd == Decimal(500)


@pytest.mark.parametrize("locale", ["la", "quc", "en"])
def test_a_bare_slash_m_is_per_million_whatever_the_locales_compact_m(locale):
    """"$3/M" is three dollars a million tokens on a page in any locale: CLDR's Latin and K'iche'
    write a thousand "0M" after a number, but a bare "/M" with no count is the price
    notation's million, and "/K" its thousand."""
    assert parse_money("$3/M", locale).usd == Decimal(3)
    assert parse_money("$3/K", locale).usd == Decimal(3000)


@pytest.mark.parametrize(("label", "locale", "unit"), [
    ("Por 1M de caracteres", "es", "1M characters"),
    ("Per 1M di caratteri", "it", "1M characters"),
    ("Pour 1M de caractères", "fr", "1M characters"),
    ("Por 1M de tokens", "pt", "1M tokens"),
    ("/1M Pro Bild", "de", "1M tokens"),  # a capitalized word after the count: a label's
])
def test_a_counts_compact_letter_then_a_link_word_then_its_unit(label, locale, unit):
    """"1M de caracteres": the count's compact letter, then the partitive, then the unit (the
    count shows the letter is a million, not a label's first letter)."""
    assert unit_of_label(label, locale) == (unit, Decimal(1_000_000))


def test_the_digit_table_holds_every_decimal_digit_of_the_bmp_by_its_category() -> None:
    # the table is built with str.isdecimal (faster); Unicode's category Nd is the definition
    import unicodedata

    from scrapers.reading.grammar import _DIGITS

    by_category = {code: str(unicodedata.decimal(chr(code))) for code in range(0x80, 0x10000)
                   if unicodedata.category(chr(code)) == "Nd"}
    assert {code: _DIGITS[code] for code in by_category} == by_category
    assert len(by_category) > 300 and _DIGITS[ord("٣")] == "3" and _DIGITS[ord("๓")] == "3"
    others = {code for code in _DIGITS if code not in by_category}
    assert all(0xFF01 <= code < 0xFF5F or chr(code) in "٫٬٪⁄" for code in others)
