"""What CLDR knows of a locale's numbers and dates, through Babel, as a vocabulary ``Language``.

Pages are written in more languages than the vocabulary files cover, and the conventions a
reader needs for numbers and dates are not ours to type: CLDR (the Unicode consortium's locale
data, ~700 locales, shipped by Babel) has them. For a page's locale this module derives:

- the decimal symbol (``,`` in German and Russian: ``2,5`` is two and a half);
- the order of a numeric date (``dd.MM.y`` is day first, ``y/MM/dd`` year first);
- compact-number words with the power of ten they stand for, from CLDR's compact decimal
  patterns: ``0 тыс.`` (10³), ``00 млн`` (10⁶), ``0万`` (10⁴), ``0 लाख`` (10⁵), ``‏0 מיליון`` (10⁶).
  A pattern ``00 млн`` at magnitude 10⁷ has two zeros: its word is worth 10⁷⁻¹ = 10⁶;
- month names, wide and abbreviated, in their format (genitive: ``марта``) and stand-alone
  forms;
- the shapes of a written date, from the locale's long and medium date patterns
  (``y 'оны' MMMM'ын' d``, ``d-MMMM, y``, ``y('e')'ko' MMMM'ren' d('a')``): see
  ``date_patterns``.

What is read of a locale comes from Babel through ``record_from_babel`` (``LocaleData``), and
in a reader from the files ``cldr_tables`` generates with it from the installed Babel.

Digits of every script are read by their Unicode value (``grammar.ascii_digits``), not here.
The vocabulary files keep only what CLDR does not have: labels, units, lifecycle words.
"""

from __future__ import annotations

import pickle
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from babel import Locale, UnknownLocaleError, localedata
from babel.dates import tokenize_pattern

from scrapers.reading.cldr_tables import LocaleData, load_table, locale_record
from scrapers.reading.cognates import latin_letters, skeleton
from scrapers.reading.vocabulary import PROSE_KEYS, Language

#: marks CLDR puts in patterns for layout, not for reading: bidi marks, no-break spaces
_LAYOUT = str.maketrans({"\u200f": None, "\u200e": None, "\u061c": None, "\u00a0": " ",
                         "\u202f": " "})
_ZEROS = re.compile(r"0+")


def _babel_locale(locale: str) -> Locale | None:
    """Babel's locale for a page locale (``zh-CN``, ``pt-BR``, ``he``), or None if CLDR has
    none. A region Babel lacks falls back to the language."""
    for candidate in (locale.replace("-", "_"), locale.split("-")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return None


@cache
def _cldr_data(locale: str | None) -> LocaleData | None:
    """What the reader takes from CLDR for a page locale, or None if CLDR has none: from the
    generated table (``cldr_tables.locale_record``: a fraction of a millisecond, and none of
    Babel's whole locale data held in the process, 1.2 MB a locale) when it was made from the
    installed Babel, else from Babel (``record_from_babel``)."""
    found = _babel_locale(locale) if locale else None
    if found is None:
        return None
    record = locale_record(str(found))
    return LocaleData(**(record if record is not None else record_from_babel(found)))


def record_from_babel(babel_locale: Locale) -> dict:
    """Every field of ``LocaleData`` read from Babel, in the order and shapes Babel gives
    them (the generated table holds these records)."""
    formats = babel_locale.compact_decimal_formats
    compact = {width: {form: {magnitude: getattr(pattern, "pattern", str(pattern))
                              for magnitude, pattern in by_magnitude.items()}
                       for form, by_magnitude in (formats.get(width) or {}).items()}
               for width in ("short", "long")}
    months = {context: {width: [[number, name] for number, name in (
        (babel_locale.months.get(context) or {}).get(width) or {}).items()]
        for width in ("wide", "abbreviated")} for context in ("format", "stand-alone")}
    symbols = babel_locale.number_symbols
    latn = symbols.get("latn") if hasattr(symbols, "get") else None
    unit_patterns = babel_locale._data.get("unit_patterns", {})
    own = _own_unit_patterns(str(babel_locale.language))
    plurals = babel_locale._data.get("currency_names_plural", {})
    per = babel_locale._data.get("compound_unit_patterns", {}).get("per", {})
    return {
        "language": str(babel_locale.language),
        "compact": compact,
        "months": months,
        "dates": {width: babel_locale.date_formats[width].pattern
                  for width in ("short", "long", "full", "medium")},
        "skeletons": {key: babel_locale.datetime_skeletons[key].pattern for key in _SKELETONS
                      if key in babel_locale.datetime_skeletons},
        "decimal": (latn or {}).get("decimal", "."),
        "units": {unit: _text_patterns(unit_patterns.get(unit, {}))
                  for unit in (*_TIME_UNITS, *_OTHER_UNITS)},
        "own_units": {unit: _text_patterns(own.get(unit, {})) for unit in _TIME_UNITS},
        "currency_symbol": babel_locale.currency_symbols.get("USD"),
        "currency_names": {code: babel_locale.currencies.get(code) for code in _DOLLARS},
        "currency_plurals": {code: dict(plurals.get(code) or {}) for code in _DOLLARS},
        "per": {length: by_form["compound"] for length, by_form in per.items()
                if hasattr(by_form, "get") and isinstance(by_form.get("compound"), str)},
    }


def _text_patterns(by_length: dict) -> dict[str, dict[str, str]]:
    """A unit's patterns by length and form, the written ones only (CLDR lists some forms
    with no pattern, and Babel gives some as other objects)."""
    return {length: {form: pattern for form, pattern in patterns.items()
                     if isinstance(pattern, str)} for length, patterns in by_length.items()}


class _CompactPattern(NamedTuple):
    """One CLDR compact-number pattern: what its word multiplies by, and the text before and
    after its run of zeros (``"00\xa0млн"`` at 10⁷: 10⁶, "", " млн")."""

    factor: int
    before: str
    after: str


def _compact_patterns(data: LocaleData) -> Iterator[_CompactPattern]:
    """The locale's short and long compact decimal patterns, every plural form, read from their
    positive half with CLDR's quotes (which escape a literal ``.``) and layout marks removed. A
    pattern ``00 млн`` at magnitude 10⁷ has two zeros: its word is worth 10⁷⁻¹ = 10⁶."""
    for width in ("short", "long"):
        for by_magnitude in data.compact[width].values():  # one per plural form
            for magnitude, pattern in by_magnitude.items():
                text = pattern.split(";")[0]
                text = text.translate(_LAYOUT).replace("'", "")
                zeros = _ZEROS.search(text)
                if zeros is not None:
                    factor = int(magnitude) // 10 ** (len(zeros.group(0)) - 1)
                    yield _CompactPattern(factor, text[:zeros.start()], text[zeros.end():])


def _one_factor(found: dict[str, set[int]]) -> dict[str, int]:
    """The words CLDR gives one value of a thousand or more in the locale."""
    return {word: next(iter(factors)) for word, factors in found.items()
            if len(factors) == 1 and next(iter(factors)) >= 1000}


def compact_words(data: LocaleData) -> dict[str, int]:
    """Compact-number word → what it multiplies by, from CLDR's short and long compact
    decimal patterns, wherever the word stands; a word CLDR gives two values in one locale is
    left out."""
    found: dict[str, set[int]] = {}
    for pattern in _compact_patterns(data):
        word = (pattern.before + pattern.after).strip()
        if word and not any(ch.isdigit() for ch in word):
            found.setdefault(unicodedata.normalize("NFKC", word).casefold(),
                             set()).add(pattern.factor)
    return _one_factor(found)


@cache
def prefix_compact_words(locale: str | None) -> dict[str, int]:
    """The compact-number words a locale writes BEFORE the number ("milioni 2" in Swahili,
    "kuma 128" in Oromo, "Dubu 128" in Hausa), lower case, with what they multiply by: the
    CLDR patterns with a word before their zeros and nothing after. A single letter is no
    word ("ද128")."""
    found = _cldr_data(locale)
    if found is None:
        return {}
    before: dict[str, set[int]] = {}
    for pattern in _compact_patterns(found):
        if pattern.before.strip() and not pattern.after.strip():
            word = unicodedata.normalize("NFKC", pattern.before.strip()).casefold()
            before.setdefault(word, set()).add(pattern.factor)
    return {word: factor for word, factor in _one_factor(before).items()
            if len(word) >= (3 if word.isascii() else 2)}


def month_names(data: LocaleData) -> tuple[tuple[str, ...], ...]:
    """Twelve tuples of the names a month is written with (wide and abbreviated, format and
    stand-alone, lower case, a trailing dot dropped)."""
    months: list[list[str]] = [[] for _ in range(12)]
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in data.months[context][width]:
                word = unicodedata.normalize("NFKC", name).casefold().strip().rstrip(".")
                if word and not word.isdigit() and word not in months[number - 1]:
                    months[number - 1].append(word)
    return tuple(tuple(m) for m in months)


def date_order(data: LocaleData) -> str:
    """``dmy``, ``mdy`` or ``ymd`` from the locale's short date pattern."""
    pattern = data.dates["short"]
    order = "".join(dict.fromkeys(ch for ch in pattern.lower() if ch in "dmy"))
    return order if order in ("dmy", "mdy", "ymd") else "ambiguous"


def decimal_comma(data: LocaleData) -> bool:
    """Does the locale write a decimal comma (in its Latin digits, as pages do)?"""
    return data.decimal in (",", "٫")


@cache
def language_alias(code: str) -> str:
    """The language a retired code names, by CLDR's language aliases: ``tl`` → ``fil``,
    ``iw`` → ``he``, ``in`` → ``id``, ``jw`` → ``jv``, ``mo`` → ``ro``; the code itself
    otherwise. Only a code CLDR still gives likely subtags for (a spelling of the same language
    it replaced), never a member of a macrolanguage folded into it (``als`` → ``sq``, ``tw`` →
    ``ak``, ``pes`` → ``fa``): such codes are used by other lists for other languages (``als``
    is Alemannic on Wikipedia, Tosk Albanian to CLDR). Nor a related language: Bokmål's ``nb``
    is no alias of ``no`` (CLDR makes ``no`` its parent locale)."""
    from babel.core import get_global

    code = code.lower()
    alias = get_global("language_aliases").get(code)
    if alias is None or code not in get_global("likely_subtags"):
        return code
    return alias.split("_")[0]


def cldr_language(locale: str | None) -> Language | None:
    """The vocabulary ``Language`` CLDR gives for ``locale``, or None when CLDR has none."""
    found = _cldr_data(locale)
    if found is None:
        return None
    multipliers: dict[int, list[str]] = {}
    for word, factor in compact_words(found).items():
        multipliers.setdefault(factor, []).append(word)
    months = month_names(found)
    # an abbreviation written with a dot does not end a sentence ("12 тыс. токенов", "3 févr.")
    dotted = {f"{w}." for words in months for w in words if len(w) <= 6}
    dotted |= {w for words in multipliers.values() for w in words if w.endswith(".")}
    return Language(
        code=f"cldr:{locale}", decimal_comma=decimal_comma(found), date_order=date_order(found),
        labels={}, units={}, per_words=(),
        multipliers={f: tuple(sorted(ws)) for f, ws in multipliers.items()},
        numbers={}, months=months, prose={k: () for k in PROSE_KEYS},
        abbreviations=tuple(sorted(dotted)),
    )


#: CLDR's unit ids for the time units prices are stated per
_TIME_UNITS = {"duration-second": "second", "duration-minute": "minute"}
#: the periods a subscription is billed by, never a usage price's unit ("$10 per month")
_PERIODS = {"duration-day": "day", "duration-week": "week", "duration-month": "month",
            "duration-year": "year"}
#: other units, whose patterns show which words are not a unit's own: a word in the patterns
#: of two units is a "per" word or a preposition (प्रति, setiap, kada), not a unit name
_OTHER_UNITS = ("duration-hour", *_PERIODS, "length-meter", "mass-kilogram", "volume-liter")


def _unit_pattern_words(data: LocaleData, unit: str) -> set[str]:
    """The words of every pattern CLDR writes a unit with (``{0} sekúnda``, ``{0} á sekúndu``,
    ``තත්පරයට {0}``), lower case: long, short and narrow, each plural form and "per" form."""
    words: set[str] = set()
    for patterns in data.units[unit].values():
        for pattern in patterns.values():
            text = unicodedata.normalize("NFKC", pattern.replace("{0}", " ")).casefold()
            words.update(w for w in text.translate(_LAYOUT).replace("/", " ").split() if w)
    return words


@cache
def time_unit_words(locale: str | None) -> dict[str, str]:
    """Word → ``second`` or ``minute`` for the locale, from CLDR's unit patterns."""
    return _unit_words(locale, _TIME_UNITS)


@cache
def period_words(locale: str | None) -> dict[str, str]:
    """Word → ``day``, ``week``, ``month`` or ``year`` for the locale, from CLDR's unit
    patterns."""
    return _unit_words(locale, _PERIODS)


def _unit_words(locale: str | None, units: dict[str, str]) -> dict[str, str]:
    """Word → unit key for ``units`` in the locale. A word the patterns of two units share is
    their "per" word (``kada segundo`` / ``kada minuto``), not a unit, and abbreviations under
    three letters (``s``, ``m``) are too short to trust."""
    found = _cldr_data(locale)
    if found is None:
        return {}
    by_unit = {key: {w.rstrip(".") for w in _unit_pattern_words(found, unit)}
               for unit, key in units.items()}
    seen: dict[str, int] = {}
    for unit in (*_TIME_UNITS, *_OTHER_UNITS):
        for word in {w.rstrip(".") for w in _unit_pattern_words(found, unit)}:
            seen[word] = seen.get(word, 0) + 1
    return {word: key for key, words in by_unit.items() for word in words
            if seen[word] == 1 and len(word) >= 3 and not word.isdigit()}


@cache
def per_words(locale: str | None) -> tuple[str, ...]:
    """The locale's own words for "per" in CLDR's compound "per" pattern (``{0} në {1}``,
    ``{1} тутамд {0}``, ``{1}당 {0}``, ``{0} kwa kila {1}``), lower case, longest first; none
    where CLDR writes a slash (``{0}/{1}``) or has no such locale."""
    found = _cldr_data(locale)
    if found is None:
        return ()
    words: set[str] = set()
    for pattern in found.per.values():
        text = unicodedata.normalize("NFKC", pattern).casefold().translate(_LAYOUT)
        for part in re.split(r"\{[01]\}", text):
            words.update(w.strip("-") for w in part.replace("/", " ").split() if w.strip("-"))
    return tuple(sorted(words, key=len, reverse=True))


def billing_period_after(text: str, locale: str | None) -> str | None:
    """The period a figure is billed by when ``text`` (what follows the figure) names one in
    its first three words: "$10 per month", "9 € / Monat", "$96 a year" → ``month``, ``year``.
    English counts on every page (pages mix languages). A subscription's price is no price of
    a model's use."""
    words = [w.strip(".,;:()") for w in unicodedata.normalize("NFKC", text).casefold()
             .replace("/", " ").split()[:3]]
    for source in (period_words(locale), period_words("en")):
        for word in words:
            for period_word, key in source.items():
                if word == period_word or (len(period_word) >= 4
                                           and word.startswith(period_word)):
                    return key
    return None


def _stem(word: str) -> str:
    """A unit word without the marks that end it (a virama: ``സെക്കൻഡ്`` is written
    ``സെക്കൻഡിനും`` when a suffix follows), so an inflected form starts with it."""
    return word.rstrip("".join(ch for ch in word if unicodedata.category(ch) == "Mn")) or word


def time_unit_in(label: str, locale: str | None) -> str | None:
    """The time unit a label names in the page's language (``Á sekúndu``, ``ഓരോ സെക്കൻഡിനും``,
    ``මිනිත්තුවකට``, ``በሰከንድ``, ``ብደቒቕ``): a word of the label that is, or holds, one of
    CLDR's words for a second or a minute in that locale (inflected forms add suffixes and
    prefixes). A locale CLDR has no unit patterns for (Malagasy, Luganda, Wolof…) is read by
    the words the languages that have them use (``_borrowed_time_units``): "second" and
    "minute" travel between languages with their sound (``segondra``, ``sikonde``). None when
    no word is, or when words of both units are."""
    if not label or not locale:
        return None
    if not has_own_units(locale):
        return _borrowed_time_unit_in(label)
    words = time_unit_words(locale)
    forms = _time_unit_forms(locale)
    found: set[str] = set()
    for word in unicodedata.normalize("NFKC", label).casefold().split():
        word = word.strip(".,:;()[]")
        if word in words:
            found.add(words[word])
            continue
        for unit_word, key, stem, _bones, latin_stem in forms:
            # a suffix (സെക്കൻഡിനും) or a prefix (በሰከንድ: "per second") on the unit word
            if len(stem) >= 4 and (word.startswith(stem) or word.endswith(unit_word)):
                found.add(key)
            elif latin_stem and _holds_syllables(latin_letters(word), latin_stem):
                found.add(key)  # ብደቒቕ, "bdekik": ደቒቓ, "dekika", its last vowel changed
        if not found:  # a spelling CLDR does not use: સેકન્ડ for સેકંડ, both "sknd"; in a
            # syllabary with a one-syllable prefix too: ብሰከንድ ("bsknd") for ሴኮንድ ("sknd")
            bones = skeleton(word)
            found.update(key for _unit_word, key, _unit_stem, unit_bones, latin in forms
                         if len(unit_bones) >= 4 and (bones == unit_bones or (
                             latin and bones.endswith(unit_bones)
                             and len(bones) == len(unit_bones) + 1)))
    return found.pop() if len(found) == 1 else None


_FINAL_VOWELS = re.compile(r"[aeiouy]+$")


def _holds_syllables(word: str, stem: str) -> bool:
    """Does a word's Latin spelling hold a unit word's stem (its Latin letters without a final
    vowel) at its start, or at its end after a prefix of a letter or two? In a script whose
    letters are syllables (Ethiopic: ቓ is "ka", ቕ is "k") a word shorter than four characters
    is six letters long, and an inflection changes the last syllable's vowel, not a letter
    after it, so the comparison is made on the letters."""
    return word.startswith(stem) or (word.endswith(stem) and len(word) - len(stem) <= 2)


@cache
def has_own_units(locale: str | None) -> bool:
    """Does CLDR write the time units in the locale's own words (not only in its root's
    ``min``), with at least one pattern for each?"""
    found = _cldr_data(locale)
    if found is None:
        return False
    # a unit CLDR lists with no pattern in it (Dogri's {'long': {}, 'short': {}}) is not written
    return all(any(by_length for by_length in found.own_units[unit].values())
               for unit in _TIME_UNITS)


def _own_unit_patterns(language: str) -> dict:
    """The unit patterns CLDR writes for a language itself, without what it inherits from its
    root. Read from Babel's data file: ``localedata.load(…, merge_inherited=False)`` would
    leave the unmerged data in Babel's cache, for every later ``Locale`` of the language."""
    with open(localedata.resolve_locale_filename(language), "rb") as data:
        return pickle.load(data).get("unit_patterns", {})


@cache
def _borrowed_time_units() -> dict[str, str]:
    """Consonant skeleton → ``second`` or ``minute`` (``borrowed_time_units_from_babel``), from
    the generated table (``cldr_tables``) when it was made from the installed Babel: reading
    every language's unit patterns from Babel takes about 190 ms."""
    table = load_table("borrowed_time_units")
    return table if table is not None else borrowed_time_units_from_babel()


def borrowed_time_units_from_babel() -> dict[str, str]:
    """Consonant skeleton → ``second`` or ``minute``, over the unit patterns of every language
    CLDR has them for: the words of a second (``sknd``: sekunde, segundu, секунд, ሰከንድ) and a
    minute (``mnts``: minutes, minutos, minuts) as languages borrowed them. A skeleton of four
    letters at least, that no other unit's word has in any language (``mnth`` is a minute and
    a month), so a word no locale of the page's defines is read by its sound."""
    by_skeleton: dict[str, set[str]] = {}
    for word, unit in _every_languages_unit_words():
        bones = skeleton(word)
        if len(bones) >= 4:
            by_skeleton.setdefault(bones, set()).add(unit)
    return _named_by_one_time_unit(by_skeleton)


def _every_languages_unit_words() -> Iterator[tuple[str, str]]:
    """(folded word, unit) for every word of every unit pattern CLDR has for the time units
    (``second``, ``minute``) and for the other units a word might be confused with (their
    CLDR key): each language once, long, short and narrow forms, "{0}" and "/" taken out."""
    units = {**_TIME_UNITS, **dict.fromkeys(_OTHER_UNITS, "")}
    for language in localedata.locale_identifiers():
        if "_" in language:
            continue
        patterns = _own_unit_patterns(language)
        for unit, key in units.items():
            for by_length in patterns.get(unit, {}).values():
                for pattern in by_length.values():
                    if not isinstance(pattern, str):
                        continue
                    text = unicodedata.normalize("NFKC", pattern.replace("{0}", " ")).casefold()
                    for word in text.translate(_LAYOUT).replace("/", " ").split():
                        yield word.strip("."), key or unit


def _named_by_one_time_unit(by_form: dict[str, set[str]]) -> dict[str, str]:
    """The forms only one unit is written with in any language, when that unit is a time's."""
    return {form: next(iter(units)) for form, units in by_form.items()
            if len(units) == 1 and next(iter(units)) in _TIME_UNITS.values()}


def _borrowed_time_unit_in(label: str) -> str | None:
    """The time unit a short label names by a word whose skeleton is a second's or a minute's
    in the languages CLDR has unit patterns for (``Isaky ny segondra``: ``skndr``)."""
    words = unicodedata.normalize("NFKC", label).casefold().split()
    if not words or len(words) > 4:
        return None
    table = _borrowed_time_units()
    found = {table[bones] for word in words if (bones := skeleton(word.strip(".,:;()[]")))
             in table}
    return found.pop() if len(found) == 1 else None


@cache
def _time_unit_forms(locale: str | None) -> tuple[tuple[str, str, str, str, str], ...]:
    """(word, unit, stem, skeleton, Latin stem) of each of the locale's time-unit words, worked
    out once per locale rather than for every word of every label ``time_unit_in`` reads."""
    return tuple((word, key, _stem(word), skeleton(word), _syllables_stem(word))
                 for word, key in time_unit_words(locale).items())


#: scripts whose letters are syllables, a consonant with its vowel: Ethiopic, Cherokee,
#: Canadian syllabics, Yi, Vai
_SYLLABARY = re.compile(r"[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f\u13a0-\u167f"
                        r"\ua000-\ua48f\ua500-\ua63f]")


def _syllables_stem(word: str) -> str:
    """A unit word of a syllabary in Latin letters without its last vowel (ደቒቓ, "dekika":
    "dekik"), when that is five letters at least; else "" (in an alphabet a word's own
    letters decide: Zulu umzuzwana, a second, begins with umzuz- of umzuzu, a minute)."""
    if not _SYLLABARY.search(word):
        return ""
    stem = _FINAL_VOWELS.sub("", latin_letters(word))
    return stem if len(stem) >= 5 else ""


# ---------------------------------------------------------------- date patterns

#: CLDR's forms of a month and year, and of a date with the month's name
_SKELETONS = ("yMMMM", "yMMMMd", "yMMMd")
_WEEKDAY = frozenset("Eec")
_YEAR_FIELD = r"(?<!\d)(?P<year>(?:19|20)\d{2}|25\d{2})(?!\d)"  # 25xx: the Thai Buddhist era
_DAY_FIELD = r"(?<![\d.,])(?P<{name}>[0-3]?\d)(?!\d)"
_MONTH_NUMBER = r"(?<!\d)(?P<m>[01]?\d)(?!\d)"
_LETTERS = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"\s+")


def date_patterns(locale: str | None) -> tuple[re.Pattern[str], ...]:
    """The locale's whole dates (with a day), from CLDR: see ``_cldr_date_patterns``."""
    return _cldr_date_patterns(locale)[0]


def month_patterns(locale: str | None) -> tuple[re.Pattern[str], ...]:
    """The locale's month-and-year forms ("marzu 2027"), read only where no whole date is."""
    return _cldr_date_patterns(locale)[1]


@cache
def _cldr_date_patterns(locale: str | None
                        ) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """The locale's own ways of writing a date, as patterns built from CLDR's long, full and
    medium date formats and its month-year skeletons (whole dates first, month-year forms
    second): the order of day, month and year and the month's written forms come
    from CLDR, so "2027 оны гуравдугаар сарын 15" (Mongolian), "15-mart, 2027" (Uzbek),
    "15ی ئازاری 2027" (Sorani) and "2027ko martxoaren 15ean" (Basque) are read in locales no
    vocabulary file has. Groups: ``year`` with ``m``/``d`` (month by number) or
    ``month``/``day`` (month by name).

    CLDR's literal words ("оны", "ta’", "di", "(e)ko") stand for the small words a writer puts
    between the fields and may inflect ("15(a)" is written "15ean"): a literal word matches up
    to three letters more or fewer of any letters; its punctuation is optional where the
    month is a name. A pattern with the month as a number keeps its punctuation exactly
    ("d. M. y", never "4.1 2025"), and one written with slashes is left to ``dates``' own
    rule (a slash date may be a US date carried over by translation)."""
    found = _cldr_data(locale)
    if found is None:
        return (), ()
    names = sorted({name for forms in month_names(found) for name in forms}, key=len,
                   reverse=True)
    forms = [found.dates[width] for width in ("long", "full", "medium")]
    forms += [found.skeletons[key] for key in _SKELETONS if key in found.skeletons]
    days: list[re.Pattern[str]] = []
    months: list[re.Pattern[str]] = []
    for form in dict.fromkeys(forms):
        source = _date_regex(form.translate(_LAYOUT), names)
        if source is None:
            continue
        out = days if "(?P<day>" in source or "(?P<d>" in source else months
        if source not in (p.pattern for p in out):
            out.append(re.compile(source, re.IGNORECASE))
    return tuple(days), tuple(months)


def _date_regex(pattern: str, month_names_: list[str]) -> str | None:
    """A CLDR date pattern as a regular expression (see ``date_patterns``), or None when it
    has a field a written date does not need (a weekday, an era) or no day, month and year."""
    tokens = tokenize_pattern(pattern)
    while tokens and tokens[-1][0] == "chars":
        tokens.pop()  # the words after the last field belong to the sentence
    while tokens and (tokens[0][0] == "chars" or tokens[0][1][0] in _WEEKDAY):
        tokens.pop(0)  # and so do a weekday and the words before the first field
    fields = {value[0] for kind, value in tokens if kind == "field"}
    by_name = any(kind == "field" and value[0] in "ML" and value[1] >= 3
                  for kind, value in tokens)
    if fields - {"y", "d", "M", "L", *_WEEKDAY} or not ("y" in fields and fields & {"M", "L"}):
        return None
    if "d" not in fields and not by_name:
        return None  # a month and year by number ("3/2027") is no date to read
    literal = "".join(value for kind, value in tokens if kind == "chars")
    if not by_name and "/" in literal:
        return None
    if by_name and not month_names_:
        return None
    parts: list[str] = []
    previous = ""  # the literal text right before a field ("ܒ" in Syriac's "d ܒMMMM y")
    for kind, value in tokens:
        if kind == "field" and value[0] in "ML" and value[1] >= 3:
            # a case ending may be joined to the month ("martxoaren", "мартында", "ജനുവരിയിൽ");
            # a letter before it only where CLDR writes one (a preposition joined to it)
            names = "|".join(re.escape(name) for name in month_names_)
            joined = previous[-1:].isalpha()
            parts.append(("" if joined else r"(?<![^\W\d_])")
                         + rf"(?P<month>{names})\.?[^\W\d_]{{0,8}}")
            previous = ""
            continue
        previous = value if kind == "chars" else ""
        if kind == "chars":
            parts.append(_literal(value, loose=by_name))
        elif value[0] == "y":
            parts.append(_YEAR_FIELD)
        elif value[0] == "d":
            parts.append(_DAY_FIELD.format(name="day" if by_name else "d"))
        elif value[0] in _WEEKDAY:
            parts.append(r"(?:[^\W\d_]+\.?)?")  # a weekday inside a date: any word
        else:
            parts.append(_MONTH_NUMBER)
    return "".join(parts)


def _literal(text: str, loose: bool) -> str:
    """The pattern for a pattern's literal text: spaces flexible; words matched loosely
    (inflections, small words a translator writes otherwise); punctuation exact unless
    ``loose``; brackets (CLDR's "(e)", "(a)" for a suffix that depends on the number) none."""
    parts: list[str] = []
    at = 0
    text = text.replace("(", "").replace(")", "")
    while at < len(text):
        letters = _LETTERS.match(text, at)
        spaces = _SPACES.match(text, at)
        if letters:
            size = len(letters.group(0))
            if loose:  # a year's word with its case ending: "ж" written "жылдын"
                parts.append(rf"[^\W\d_]{{0,{max(8, size + 3)}}}")
            else:
                parts.append(rf"[^\W\d_]{{{max(0, size - 3)},{size + 3}}}")
            at = letters.end()
        elif spaces:
            parts.append(r"\s*")
            at = spaces.end()
        else:
            char = re.escape(text[at])
            parts.append(r"[^\w\s]?" if loose else char)
            at += 1
    return "".join(parts)


# ---------------------------------------------------------------- currency

#: currencies named "dollar" in most locales: the words their CLDR names share are the
#: locale's word for a dollar ("دلار" of "دلار آمریکا" and "دلار کانادا"), which prose writes
#: alone ("۰٫۴۰ دلار"); the full name ("dólares americanos") is written too
_DOLLARS = ("USD", "CAD", "AUD", "NZD", "HKD", "SGD")
#: what separates the words of a currency's name ("US-Dollar", "đô la Mỹ")
_NAME_WORDS = re.compile(r"[\s\-\u200b]+")
#: the fewest letters a currency word has: shorter shared words are connectors ("ya" of
#: Swahili "dola ya Marekani", "ng" of Filipino "dolyar ng US"), never a currency
_SHORTEST_WORD = 3


class Currency(NamedTuple):
    """How a locale writes a US dollar amount, from CLDR: the symbols (``US$``, ``$US``,
    ``щ.д.``) and the words (``دلار``, ``dólares``, ``доллара``, ``đô la``, ``ドル``, the full
    names ``dólar americano``), lower case."""

    symbols: tuple[str, ...]
    words: tuple[str, ...]


def _name_forms(data: LocaleData, code: str) -> list[str]:
    """A currency's display name and its plural forms in the locale, lower case."""
    names = [data.currency_names.get(code) or ""]
    names += data.currency_plurals[code].values()
    return [unicodedata.normalize("NFKC", n).casefold().replace("\u200b", "")
            for n in dict.fromkeys(names) if n]


def _shared_runs(usd: list[str], others: list[list[str]]) -> set[str]:
    """The runs of words of the US dollar's names that every other dollar's names hold too
    ("đô la" of "đô la mỹ" and "đô la canada"), without the short connectors at their ends
    ("dola ya" → "dola")."""
    shared: set[str] | None = None
    for forms in others:
        words = {w for form in forms for w in _NAME_WORDS.split(form) if w}
        shared = words if shared is None else shared & words
    found: set[str] = set()
    for form in usd:
        run: list[str] = []
        for word in [*_NAME_WORDS.split(form), ""]:
            if word and shared and word in shared:
                run.append(word)
                continue
            for end in (-1, 0):  # a connector at either end, unless the run is all such
                while len(run) > 1 and len(run[end]) < _SHORTEST_WORD and _letters(
                        run[:end] if end else run[1:]) >= _SHORTEST_WORD:
                    run.pop(end)
            if _letters(run) >= _SHORTEST_WORD:
                found.add(" ".join(run))
            run = []
    return found


def _letters(words: list[str]) -> int:
    return sum(ch.isalpha() for word in words for ch in word)


def _shared_ends(usd: list[str], others: list[list[str]]) -> set[str]:
    """The start or end every dollar's name shares, for scripts that write a name without
    spaces ("ドル" of "米ドル" and "カナダドル", "ดอลลาร์" of "ดอลลาร์สหรัฐ"): two characters
    at least ("元" of "美元" and "加拿大元" is any currency's)."""
    names = [n.replace(" ", "") for forms in (usd, *others) for n in forms[:1]]
    found = set()
    for take in (lambda n, i: n[:i], lambda n, i: n[len(n) - i:]):
        size = min(len(n) for n in names)
        while size >= 2 and len({take(n, size) for n in names}) > 1:
            size -= 1
        if size >= 2:
            found.add(take(names[0], size))
    return found


@cache
def currency(locale: str | None) -> Currency:
    """The symbols and words ``locale`` writes a US dollar amount with, from CLDR's currency
    symbols and names (every plural form); empty when CLDR has no such locale."""
    found = _cldr_data(locale)
    if found is None:
        return Currency((), ())
    symbol = unicodedata.normalize("NFKC", found.currency_symbol or "").strip()
    usd = _name_forms(found, "USD")
    others = [forms for forms in (_name_forms(found, c) for c in _DOLLARS[1:]) if forms]
    words = set(usd)
    if usd and others:
        shared = _shared_runs(usd, others)
        words |= shared or _shared_ends(usd, others)
    return Currency((symbol,) if symbol else (), tuple(sorted(words, key=len, reverse=True)))


# ---------------------------------------------------------------- every locale's time units

#: the words a unit name must not be: "per" words, prepositions and numerals that CLDR writes
#: inside some patterns are shared by the patterns of two units and drop out by that rule; a
#: word shorter than this is an abbreviation ("s", "min", "mn") some other word also spells
_NAME_LENGTH = 4


@cache
def _any_locale_time_units() -> dict[str, str]:
    """Folded word → ``second`` or ``minute`` (``any_locale_time_units_from_babel``), from the
    generated table (``cldr_tables``) when it was made from the installed Babel: reading every
    language's unit patterns from Babel takes about 170 ms."""
    table = load_table("any_locale_time_units")
    return table if table is not None else any_locale_time_units_from_babel()


def any_locale_time_units_from_babel() -> dict[str, str]:
    """Folded word → ``second`` or ``minute``: every word CLDR writes a second or a minute with
    in any language it has unit patterns for (long, short and narrow forms, singular, plural
    and "per" forms: ``sekundi``, ``мүнөт``, ``вайрկյան``), four letters at least, and named by
    no other unit in any language (``minuto`` stays, ``mins`` is a minute everywhere it is;
    ``time`` is an hour in Norwegian and never enters). One index, built once, for a unit word
    written in a language other than the page's, or in a language CLDR has no units for whose
    word one of its kin shares ("sekund", "minut")."""
    by_word: dict[str, set[str]] = {}
    for word, unit in _every_languages_unit_words():
        if len(word) >= _NAME_LENGTH and not any(c.isdigit() for c in word):
            by_word.setdefault(word, set()).add(unit)
    return _named_by_one_time_unit(by_word)


def time_unit_named(word: str) -> str | None:
    """The time unit (``second``, ``minute``) a word names in any language CLDR writes units
    for, the word whole (``sekundi``, ``մինուտ``): what a price's unit after its figure ("$0.006
    / мүнөт") or a column's header says, in whichever language it is written."""
    folded = unicodedata.normalize("NFKC", word).casefold().strip(".,:;()[]")
    if len(folded) < _NAME_LENGTH:
        return None
    return _any_locale_time_units().get(folded)
