import pytest

from catalog.meaning.dates import find_dates, parse_date


@pytest.mark.parametrize(("text", "iso"), [
    ("As of March 26, 2026, it", "2026-03-26"),
    ("on 28 July 2027;", "2027-07-28"),
    ("Sept. 3rd, 2025", "2025-09-03"),
    ("2025-09-05", "2025-09-05"),
    ("2024/01/04", "2024-01-04"),
    ("26/03/2026", "2026-03-26"),
    ("03/26/2026", "2026-03-26"),
    ("in July 2025 and", "2025-07"),
    ("the 1st of June 2024", "2024-06-01"),
])
def test_formats(text, iso):
    assert parse_date(text) == iso


def test_ambiguous_and_impossible_dates_are_not_guessed():
    assert parse_date("03/04/2026") is None
    assert parse_date("February 30, 2026") is None
    assert parse_date("version 2.5") is None


def test_all_dates_in_order():
    found = find_dates("Released May 1, 2024; retired on 2026-01-15.")
    assert [d.iso for d in found] == ["2024-05-01", "2026-01-15"]


@pytest.mark.parametrize(("locale", "text", "iso"), [
    # CLDR's own forms of languages with no vocabulary file, case endings joined to the words
    ("eu", "Zerbitzua 2027ko martxoaren 9an amaituko da.", "2027-03-09"),  # y'ko' MMMM'ren' d
    ("mn", "2027 оны 3-р сарын 9-нөөс эхлэн.", "2027-03-09"),  # y 'оны' MMM'ын' d
    ("ky", "2027-жылдын 9-мартында.", "2027-03-09"),  # y-'ж'. d-MMMM
])
def test_a_date_in_a_cldr_form_of_a_language_without_a_file(locale, text, iso):
    assert [d.iso for d in find_dates(text, locale)] == [iso]


@pytest.mark.parametrize(("locale", "text", "iso"), [
    # a month of the locale's CLDR names and its year with a small word between ("of")
    ("ha", "Za a rufe shi a watan Afirilu na 2027.", ["2027-04"]),
    # a preposition joined before it, a case ending or ezafe after it, the year first
    ("zu", "Lo msebenzi uzophela ngoMashi 2027.", ["2027-03"]),
    ("tg", "Хизмат дар моҳи марти соли 2027 қатъ мешавад.", ["2027-03"]),
    ("uz", "Xizmat 2027-yil martida to'xtatiladi.", ["2027-03"]),
    # a month name that is also an English word keeps to the exact patterns
    ("ha", "The output may be 2048 tokens.", []),
])
def test_a_cldr_month_and_its_year_with_a_small_word_between(locale, text, iso):
    assert [d.iso for d in find_dates(text, locale)] == iso


@pytest.mark.parametrize(("locale", "text", "iso"), [
    # languages with no month names of their own (no file, no CLDR data): the month by its
    # cognates in every CLDR locale's names, with a day and a year beside it
    ("ilo", "Marso 15, 2027", "2027-03-15"),        # Ilocano (Tagalog Marso)
    ("mwl", "12 de nobembre de 2025", "2025-11-12"),  # Mirandese (Catalan novembre)
    ("krc", "2027 джылны 15 мартда", "2027-03-15"),   # Karachay-Balkar, a case ending
    ("gag", "30 oktäbri 2026", "2026-10-30"),         # Gagauz
])
def test_a_month_read_by_its_cognates(locale, text, iso):
    assert [d.iso for d in find_dates(text, locale)] == [iso]


def test_a_month_by_cognates_only_where_the_language_has_no_months():
    assert find_dates("15 nobembre 2027", "fr") == []      # French has its own months
    assert find_dates("15 tokens 2027", "ilo") == []       # no month near "tokens"


@pytest.mark.parametrize("text, locale, iso", [
    # a year, its word ("year") with vowel signs, month and day: Burmese
    ("2026 ခုနှစ် မေလ 3 ရက်နေ့တွင်", "my", "2026-05-03"),
    ("၂၀၂၇ ခုနှစ် မတ်လ ၁၅ ရက်", "my", "2027-03-15"),
])
def test_a_years_word_may_hold_vowel_signs(text, locale, iso):
    assert [d.iso for d in find_dates(text, locale)] == [iso]
