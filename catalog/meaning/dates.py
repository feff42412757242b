"""Dates as pages write them, in any language → ISO 8601 (``YYYY-MM-DD``, or ``YYYY-MM``).

Month names come from the vocabulary files (``March``, ``mars``, ``März``, ``марта``,
``lutego``, ``มีนาคม``, ``مارس``…); the forms are the ones languages use: ``2026-03-26``,
``26 March 2026``, ``March 26, 2026``, ``3 février 2026``, ``26. März 2026``, ``3 de febrero de
2027``, ``26 марта 2026 г.``, ``2026年3月26日``, ``2026년 3월 26일``, ``ngày 26 tháng 3 năm 2026``,
Thai Buddhist-era years (``2569`` = 2026), and month-only forms (``July 2025``, ``2025年7月``).
Before those, the locale's own shapes of a date, built from CLDR's date patterns
(``cldr.date_patterns``: "2027 оны гуравдугаар сарын 15", "15-mart, 2027").
A numeric date whose day and month could be swapped (``03/04/2026``) is *ambiguous*: found,
but with no ISO value, so the caller can report it instead of guessing. Languages that write
numeric dates day-first by convention (``03.04.2026`` in German) are read day-first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from scrapers.reading.cldr import cldr_language, date_patterns, month_patterns
from scrapers.reading.grammar import ascii_digits
from scrapers.reading.kinship import kin_month
from scrapers.reading.vocabulary import Vocabulary, vocabulary, vocabulary_for

_YEAR = r"(?P<year>(?:19|20)\d{2}|25\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|\.|º)?"
_ERA = r"(?:พ\.\s?ศ\.|ค\.\s?ศ\.)\s*"  # Thai: Buddhist or Common era, before the year
#: a letter of a word in any script, its vowel signs and viramas too (Indic, Thai, Lao, Burmese,
#: Khmer: ``\w`` leaves a combining mark out)
_WORD = r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff])"
_NOT_LETTER_BEFORE = r"(?<![A-Za-z\u00c0-\u024f\u0400-\u04ff])"
_NOT_LETTER_AFTER = r"(?![A-Za-z\u00c0-\u024f\u0400-\u04ff])"


@dataclass(frozen=True)
class FoundDate:
    """A date in a text: its ISO form (``None`` when ambiguous) and where it was written."""

    iso: str | None
    start: int
    end: int
    text: str = ""

    @property
    def ambiguous(self) -> bool:
        return self.iso is None

    @property
    def as_date(self) -> date:
        parts = [int(x) for x in (self.iso or "1-1-1").split("-")]
        return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)


@cache
def _patterns(month_words: frozenset[str]) -> list[re.Pattern[str] | None]:
    """The date patterns in order of precision, with ``month_words`` as the month names; a
    pattern that needs no month name is None when ``month_words`` is empty."""
    months = sorted(month_words, key=len, reverse=True)
    month = ("(?P<month>" + "|".join(re.escape(m) for m in months if m) + r")\.?")
    month = f"{_NOT_LETTER_BEFORE}{month}{_NOT_LETTER_AFTER}"
    flags = re.IGNORECASE
    patterns = [
        re.compile(rf"(?<!\d){_YEAR}[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)"),
        re.compile(rf"{_YEAR}\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?:(?P<d>[0-3]?\d)\s*[日일])?"),
        re.compile(rf"(?:ngày\s+)?(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)(?:\s*,|\s+năm)?\s+{_YEAR}",
                   flags),
        re.compile(rf"tháng\s+(?P<m>[01]?\d)(?:\s*/\s*|\s+năm\s+|\s*,\s*)\s*{_YEAR}", flags),
        # Hebrew writes "in" as a letter joined to the month: "15 ביולי 2026"
        re.compile(rf"(?<!\d){_DAY}\s*(?:de\s+|of\s+|[בל]-?)?{month},?\s*"
                   rf"(?:de\s+|del\s+|{_ERA}|[^\s\d]{{1,8}}\s*)?{_YEAR}", flags),
        re.compile(rf"{month}\s+{_DAY},?\s+{_YEAR}", flags),
        re.compile(rf"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep){_YEAR}(?!\d)"),
        re.compile(rf"{_YEAR}\s*(?:ж\.|жылғы|жылы|г\.|год[а]?|년|yılı?|r\.)?\s+{_DAY}\s*{month}",
                   flags),  # Kazakh, Turkish…: "2026 жылғы 26 наурызда"
        re.compile(rf"{_YEAR}\.?\s*{month}\s+{_DAY}(?!\d)", flags),  # "2026. március 15."
        # a year, a word for "year" ("gada", "m.", "წლის", "թ.", "թվականի"), then day and month or
        # month and day: "2027. gada 26. martā", "2027 m. kovo 26 d.", "2027 წლის 26 მარტს"
        # (Burmese "2026 ခုနှစ် မေလ 3 ရက်": the word's vowel signs are letters of it)
        re.compile(rf"{_YEAR}\.?\s*{_WORD}{{1,8}}\.?\s+{_DAY}\s*{month}", flags),
        re.compile(rf"{_YEAR}\.?\s*{_WORD}{{1,8}}\.?\s+{month}\s+{_DAY}(?!\d)", flags),
        re.compile(rf"{month},?\s*(?:de\s+|del\s+|of\s+)?{_YEAR}", flags),
    ]
    if not month_words:
        return [None if "(?P<month>" in p.pattern else p for p in patterns]
    return patterns


@cache
def _locale_patterns(vocab: Vocabulary) -> list[tuple[re.Pattern[str], ...]]:
    """For each date pattern, in order: the one with every language file's month names
    (compiled once), then, if the locale's CLDR months add names, one with just those. A
    locale's patterns cost a small regex, not the whole alternation again."""
    base = frozenset(vocabulary().month_index)
    extra = frozenset(vocab.month_index) - base
    everyone = _patterns(base)
    mine = _patterns(extra) if extra else [None] * len(everyone)
    return [tuple(p for p in (common, own) if p is not None and (own is None or p is common
                                                                   or "(?P<month>" in p.pattern))
            for common, own in zip(everyone, mine, strict=True)]


@cache
def _loose_month_year(locale: str | None) -> tuple[re.Pattern[str], ...]:
    """A month and its year written loosely, with the locale's own month names only: CLDR's
    in a language no vocabulary file has, else those CLDR adds to the files' (a month name
    that is also a word of a vocabulary language, "May be 2048 tokens", is left to the exact
    patterns there): a preposition joined before the month ("ngoJanuwari 2027"), a case ending
    or ezafe after it ("январи", "کانوونی دووەمی"), one small word between it and its year
    ("Maris na 2027", "марти соли 2027"), or the year first with its own word ("2027-yil
    martida"). Names of four letters or more: an abbreviation read so is too often a word."""
    if not locale:
        return ()
    cldr = cldr_language(locale)
    if vocabulary().language(locale) is None and cldr is not None:
        own = frozenset(w.rstrip(".").casefold() for forms in cldr.months for w in forms)
    else:
        own = frozenset(vocabulary_for(locale).month_index) - frozenset(vocabulary().month_index)
    # whole names only: an abbreviation read loosely is too often a word ("may be 2048")
    own = frozenset(m for m in own if len(m) >= 4)
    if not own:
        return ()
    months = "|".join(re.escape(m) for m in sorted(own, key=len, reverse=True))
    month = (rf"(?<![^\W\d_])(?:[^\W\d_]{{1,3}}(?=[^\W\d_]{{4}}))?(?P<month>{months})"
             rf"[^\W\d_]{{0,3}}(?![^\W\d_])")
    return (re.compile(rf"{month}\s+(?:[^\W\d_]{{1,4}}\s+)?{_YEAR}(?!\d)", re.IGNORECASE),
            re.compile(rf"(?<!\d){_YEAR}(?:-?[^\W\d_]{{1,4}}\.?)?\s+{month}", re.IGNORECASE))


#: a word of four letters or more in a date's place, read as a month by its cognates
#: (``kinship.kin_month``) on a page whose language has no month names of its own: a day and
#: a year beside it, a short word between ("15 Janeiru 2027", "12 de nobembre de 2025",
#: "Marso 15, 2027", "2027 джылны 15 мартда")
_KIN_WORD = r"(?<![^\W\d_])(?P<word>[^\W\d_]{4,})(?![^\W\d_])"
_SMALL = r"(?:[^\W\d_]{1,3}\s+)?"
_KIN_DATES = (
    re.compile(rf"(?<![\d.]){_DAY}\s+{_SMALL}{_KIN_WORD},?\s+{_SMALL}{_YEAR}(?!\d)"),
    re.compile(rf"{_KIN_WORD}\s+{_DAY},?\s+{_YEAR}(?!\d)"),
    re.compile(rf"(?<!\d){_YEAR}\s+(?:[^\W\d_]+\s+)?{_DAY}\s+{_KIN_WORD}"),
)


@cache
def _without_months(locale: str | None) -> bool:
    """Has the page's language no month names of its own: no vocabulary file, no CLDR data?"""
    return bool(locale) and vocabulary().language(locale) is None and cldr_language(
        locale) is None


def _kin_dates(text: str, ascii_text: str, taken: list[tuple[int, int]]) -> list[FoundDate]:
    """The dates of ``text`` whose month is a word kin to CLDR's name of one month in every
    locale that has one (``_KIN_DATES``), where no other date was read."""
    found = []
    for pattern in _KIN_DATES:
        for m in pattern.finditer(ascii_text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            number = kin_month(m.group("word"))
            iso = _iso(int(m.group("year")), number, int(m.group("day"))) if number else None
            if iso is None:
                continue
            found.append(FoundDate(iso, m.start(), m.end(), text[m.start():m.end()]))
            taken.append((m.start(), m.end()))
    return found


def _iso(year: int, month: int, day: int | None) -> str | None:
    if year >= 2400:
        year -= 543  # Thai Buddhist era
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def find_dates(text: str, locale: str | None = None) -> list[FoundDate]:
    """Every date in ``text``, in order, each once (the most precise reading wins)."""
    vocab = vocabulary_for(locale)
    order = vocab.date_order(locale)
    ascii_text = ascii_digits(text)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    # the locale's own date shapes (CLDR) first: they know its order and its small words
    # and its month-and-year forms last, where no whole date was read
    patterns = (*date_patterns(locale), *(p for group in _locale_patterns(vocab) for p in group),
                *month_patterns(locale), *_loose_month_year(locale))
    for pattern in patterns:
        for m in pattern.finditer(ascii_text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = m.groupdict()
            year = int(groups["year"])
            iso: str | None
            if groups.get("m"):
                day = groups.get("d")
                iso = _iso(year, int(groups["m"]), int(day) if day else None)
            elif groups.get("a"):
                iso = _numeric(year, int(groups["a"]), int(groups["b"]), groups["sep"], order)
                if iso == "":
                    continue
            else:
                number = vocab.month_index.get(groups["month"].casefold().rstrip("."))
                if number is None:
                    continue
                day = groups.get("day")
                iso = _iso(year, number, int(day) if day else None)
                if iso is None:
                    continue
            found.append(FoundDate(iso, m.start(), m.end(), text[m.start():m.end()]))
            taken.append((m.start(), m.end()))
    if _without_months(locale):
        found += _kin_dates(text, ascii_text, taken)
    return sorted(found, key=lambda d: d.start)


def _numeric(year: int, a: int, b: int, sep: str, order: str) -> str | None:
    """``a/b/year``: day-first where the language says so (or a dot is used in a day-first
    language); decided by the figures when one cannot be a month; else ambiguous (None).
    Returns "" when neither reading is a date."""
    if a > 12 >= b:
        return _iso(year, b, a) or ""
    if b > 12 >= a:
        return _iso(year, a, b) or ""
    if a > 12 and b > 12:
        return ""
    if a == b:
        return _iso(year, a, a) or ""
    if order == "dmy" and sep == ".":
        # 03.04.2027 is day-first where the language writes dates so; a slash date may be a
        # US date carried over by the translation, so it stays ambiguous everywhere
        return _iso(year, b, a) or ""
    if order == "mdy":
        return _iso(year, a, b) or ""
    return None


def parse_date(text: str, locale: str | None = None) -> str | None:
    """The first unambiguous date in ``text`` as ISO, or ``None``."""
    for found in find_dates(text, locale):
        if found.iso:
            return found.iso
    return None
