"""Numbers and dates of any locale, from CLDR (Babel) and Unicode digit values.

The reader has vocabulary files for 27 languages; pages come in more. What a locale writes for
its decimal symbol, its compact numbers (тыс., 万, लाख, מיליון) and its month names comes from
CLDR, and a digit of any script is read by its Unicode value. These tests use locales that have
no vocabulary file (he, el, fa, bn, hu, hr, ka) beside ones that do.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from catalog.meaning.dates import find_dates
from scrapers.reading.cldr import cldr_language, compact_words
from scrapers.reading.grammar import ascii_digits, find_money, find_sizes
from scrapers.reading.vocabulary import vocabulary, vocabulary_for


@pytest.mark.parametrize("text, locale, tokens", [
    ("128 אלף טוקנים", "he", 128_000),
    ("1 מיליון טוקנים", "he", 1_000_000),
    ("128 χιλιάδες tokens", "el", 128_000),
    ("2 εκατομμύρια tokens", "el", 2_000_000),
    ("۱۲۸ هزار توکن", "fa", 128_000),
    ("১২৮ হাজার টোকেন", "bn", 128_000),
    ("10 লাখ টোকেন", "bn", 1_000_000),
    ("1,28,000 टोकन", "hi", 128_000),
    ("10,00,000 tokens", "en", 1_000_000),
    ("２５６，０００トークン", "ja", 256_000),
    ("١٢٨٬٠٠٠ رمز", "ar", 128_000),
    ("128\u202f000 tokens", "fr", 128_000),
    ("1,5 Mio. Token", "de", 1_500_000),
    ("100万トークン", "ja", 1_000_000),
    ("1億トークン", "ja", 100_000_000),
    ("2 млн токенов", "ru", 2_000_000),
])
def test_sizes_in_locales_with_and_without_a_vocabulary_file(text, locale, tokens):
    assert [s.tokens for s in find_sizes(text, locale)] == [tokens]


@pytest.mark.parametrize("text, locale, usd, per, written", [
    ("＄２．５／Ｍ", "ja", Decimal("2.5"), "1M tokens", "＄２．５／Ｍ"),
    ("$٢٫٥/M", "ar", Decimal("2.5"), "1M tokens", "$٢٫٥/M"),
    ("$0.002/1K tokens", "en", Decimal("2"), "1M tokens", "$0.002/1K tokens"),
    ("$2,50/M", "hr", Decimal("2.50"), "1M tokens", "$2,50/M"),
])
def test_money_in_any_script(text, locale, usd, per, written):
    money = find_money(text, locale)
    assert [(m.usd, m.per, m.text) for m in money] == [(usd, per, written)]


@pytest.mark.parametrize("text, locale, iso", [
    ("2026. március 15.", "hu", "2026-03-15"),
    ("15 ივლისი 2026", "ka", "2026-07-15"),
    ("15 Ιουλίου 2026", "el", "2026-07-15"),
    ("15 ביולי 2026", "he", "2026-07-15"),  # "in July": the preposition joined to the month
    ("15 listopada 2026", "hr", "2026-10-15"),  # October in Croatian
    ("15 listopada 2026", "pl", "2026-11-15"),  # November in Polish
    ("۱۵ ژوئیه ۲۰۲۶", "fa", "2026-07-15"),
    ("๑๕ กรกฎาคม พ.ศ. ๒๕๖๙", "th", "2026-07-15"),
    ("15.07.2026", "sk", "2026-07-15"),
    ("２０２６年７月１５日", "ja", "2026-07-15"),
])
def test_dates_in_any_locale(text, locale, iso):
    found = [d.iso for d in find_dates(text, locale)]
    assert found == ([iso] if iso else [])


def test_compact_words_carry_their_power_of_ten():
    """A pattern ``00 млн`` at 10⁷ has two zeros: its word is worth 10⁶; a lakh is 10⁵."""
    from babel import Locale

    from scrapers.reading.cldr import LocaleData, _cldr_data, record_from_babel

    for locale, word, value in (("ru", "млн", 1_000_000), ("hi", "लाख", 100_000),
                                ("ja", "万", 10_000)):
        assert compact_words(_cldr_data(locale))[word] == value  # the generated table's
        assert compact_words(LocaleData(**record_from_babel(Locale.parse(locale))))[
            word] == value  # Babel's


def test_a_locale_without_a_file_gets_cldr_conventions():
    language = vocabulary_for("is").language("is")  # Icelandic: no file of its own
    assert language is not None and language.decimal_comma and language.date_order == "dmy"
    assert cldr_language("xx-unknown") is None
    assert vocabulary_for("xx-unknown") is vocabulary()


def test_digits_of_every_script_keep_their_positions():
    text = "٣ ۳ ३ ৩ ๓ ３ ༣ ៣"
    assert ascii_digits(text) == "3 3 3 3 3 3 3 3"
    assert len(ascii_digits("＄２．５")) == len("＄２．５")


#: locales whose CLDR long or medium date is not read back, and why: a numeric date written
#: with slashes is ambiguous by our rule (ar); the month written as a Tibetan numeral (bo, dz);
#: CLDR's "(e)"/"(a)" placeholders for a suffix a writer resolves (eu: "2026ko abenduaren 15ean"
#: is read, below)
_DATES_NOT_READ_BACK = {"ar", "bo", "dz", "eu"}


def test_every_cldr_locales_own_long_and_medium_date_is_read():
    from babel import Locale, localedata
    from babel.dates import format_date

    unread = []
    for locale in (code for code in localedata.locale_identifiers() if "_" not in code):
        if locale in _DATES_NOT_READ_BACK or locale == "root":
            continue
        for width in ("long", "medium"):
            text = format_date(date(2027, 3, 15), format=width, locale=Locale.parse(locale))
            if "2027-03-15" not in [d.iso for d in find_dates(f"Le {text}.", locale)]:
                unread.append((locale, width, text))
    assert unread == []


@pytest.mark.parametrize(("text", "locale", "iso"), [
    ("Zerbitzua 2026ko abenduaren 15ean amaituko da", "eu", "2026-12-15"),
    ("2027 оны гуравдугаар сарын 15-нд хаагдана", "mn", "2027-03-15"),
    ("Xizmat 15-mart, 2027 kuni to'xtaydi", "uz", "2027-03-15"),
    ("l'ultimu ghjornu hè u 15 di marzu di u 2027", "co", "2027-03-15"),
])
def test_dates_as_writers_resolve_cldrs_small_words(text, locale, iso):
    assert [d.iso for d in find_dates(text, locale)] == [iso]


def test_a_version_number_before_a_year_is_no_numeric_date():
    # Czech writes "15. 3. 2027": a pattern with the month as a number keeps its dots exactly
    assert find_dates("GPT 4.1 2025 a Claude 3. 5 2026", "cs") == []


#: CLDR numbers not read back, and why: the Arabic comma as a group separator (bgn, ks, nqo);
#: Turkish "B" (bin, thousand), which the Turkish vocabulary keeps as the English billion pages
#: write ("70B"); a one-letter number word (si "ද5"); Toki Pona; and Babel's own compact
#: formatting of sw ("elfu 50" for 5,000) and ne ("2 करोड" for 2,000,000), which the reader
#: reads as the words say (50,000; 20,000,000)
_NUMBERS_NOT_READ_BACK = {"bgn", "ks", "nqo", "tr", "si", "tok", "sw", "ne"}


def test_every_cldr_locales_own_numbers_are_read():
    from babel import Locale, localedata
    from babel.numbers import format_compact_decimal, format_decimal

    unread = []
    for locale in (code for code in localedata.locale_identifiers() if "_" not in code):
        if locale in _NUMBERS_NOT_READ_BACK or locale == "root":
            continue
        babel_locale = Locale.parse(locale)
        for numbering in dict.fromkeys(["latn", babel_locale.default_numbering_system]):
            cases = [(format_decimal(131_072, locale=babel_locale, numbering_system=numbering),
                      131_072)]
            cases += [(format_compact_decimal(value, format_type=width, locale=babel_locale,
                                              numbering_system=numbering), value)
                      for value in (5_000, 2_000_000) for width in ("long", "short")]
            for text, value in cases:
                if [s.tokens for s in find_sizes(f"— {text} —", locale)] != [value]:
                    unread.append((locale, text, value))
    assert unread == []


@pytest.mark.parametrize(("text", "locale", "tokens"), [
    ("dirisha la muktadha la tokeni milioni 1", "sw", 1_000_000),
    ("foddaa kuma 128 tookenii", "om", 128_000),
    ("taga Dubu 128", "ha", 128_000),
])
def test_a_number_word_cldr_writes_before_the_figure(text, locale, tokens):
    assert [s.tokens for s in find_sizes(text, locale)] == [tokens]
