"""One grammar for the numbers pages write: money with its unit, token sizes, percentages.

Used by the page reader (to find where a figure is) and by the normalizer (to know what it
is worth), so the two can never disagree. Pure functions over text, no I/O.

Numbers are read the way a person of the page's language reads them:

- ``128.000``, ``128 000``, ``1,048,576`` are thousands groupings in a token count; ``2,50`` and
  ``0,8`` are decimal commas; ``1,5 Mio.`` and ``12.8万`` have a decimal before the suffix.
- Prices are in US dollars, which CometAPI writes the US way in every language (``$1.752/M``
  on a Spanish page is one dollar seventy-five): a dot in a price is a decimal point. A comma
  followed by three digits in a price on a page whose language writes decimal commas
  (``$1,752/M`` on a French page) could be either: that is *ambiguous*, never guessed.
- Suffixes and units come from the vocabulary files (``K``, ``Mio.``, ``万``, ``тыс.``; ``/M``,
  ``/1K tokens``, ``/1M characters``, ``/秒``, ``/min``, ``/image``, ``/request``).

Token and character prices are normalized to per million (``$0.002/1K tokens`` → 2 per 1M
tokens); the text as written is always kept beside the value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick, Implementation

from scrapers.reading.cldr import currency, prefix_compact_words, time_unit_in
from scrapers.reading.vocabulary import Vocabulary, vocabulary_for

UNIT_TOKENS = "1M tokens"
UNIT_CHARACTERS = "1M characters"
UNIT_BY_KEY = {"tokens": UNIT_TOKENS, "characters": UNIT_CHARACTERS, "second": "second",
               "minute": "minute", "image": "image", "request": "request"}
#: the price kind a unit implies when the label does not say input or output
KIND_BY_UNIT = {"second": "per_second", "minute": "per_minute", "image": "per_image",
                "request": "per_request", UNIT_CHARACTERS: "per_character"}
MILLION = Decimal(1_000_000)



def _digit_table() -> dict[int, str]:
    """Every script's decimal digits as ASCII by their Unicode value (Arabic-Indic ٣, Persian
    ۳, Devanagari ३, Bengali ৩, Thai ๓, full-width ３…), and the marks written around
    figures in full width or in Arabic (＄ ． ， ％ ／ ： ٫ ٬ ٪) as their ASCII forms: one
    character for one, so positions in the text still hold."""
    # str.isdecimal is Unicode's Numeric_Type=Decimal, which is category Nd: a third of the
    # time of asking each character's category
    table = {ord(ch): str(unicodedata.decimal(ch)) for ch in map(chr, range(0x80, 0x10000))
             if ch.isdecimal()}
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})  # full width
    table.update({ord("٫"): ".", ord("٬"): ",", ord("٪"): "%", ord("⁄"): "/"})
    return table


_DIGITS = _digit_table()
_GROUP_SPACES = " \u00a0\u202f\u2009"
# a number as written: digits with inner separators (a spaced group is exactly three digits)
_NUM = r"\d+(?:[.,'’]\d+|[ \u00a0\u202f\u2009]\d{3}(?!\d))*"
#: the dollar as every page may write it, whatever its language: the sign and the ISO code
#: (``ascii_digits`` makes a full-width "＄" one); the locale's own symbols and words, and
#: English's (pages mix English in), come from CLDR (``cldr.currency``)
_SIGNS = ("US$", "$", "USD")


@cache
def _money_pattern(locale: str | None) -> re.Pattern[str]:
    """An amount with the currency before it (``$2``, ``US$ 100``, ``USD 0.40``) or after it
    (``0,032 $``, ``۰٫۴۰ دلار``, ``100 dólares``, ``5 ドル``), in the symbols and words CLDR
    gives the page's locale and English for a US dollar. A word must stand whole
    ("dolaro" is no "dolar" and a letter)."""
    symbols, words = _currency_forms(locale)
    # the locale's symbols first: "$US" is more than "$"
    before = "|".join([*(re.escape(s) for s in symbols), r"US\s?\$", r"\$", r"USD\s?"])
    after = "|".join([*(re.escape(s) for s in symbols), r"US\$", r"\$", r"USD\b"])
    # the words in one group behind one word boundary, so the pattern tries the words only
    # where a word starts, not at every character
    named = "|".join(_spaced(w) for w in words)
    return re.compile(rf"(?:(?:{before}|(?<![^\W\d_])(?:{named}))\s?(?P<a>{_NUM}|[.,]\d+)"
                      rf"|(?<![\w.,])(?P<b>{_NUM})\s?(?:{after}|(?:{named})(?![^\W\d_])))")


@cache
def _marker_forms(locale: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a text that holds a price holds: a dollar sign, "USD", a currency symbol (the
    first tuple), or a currency word of the locale or of English (the second, as
    ``_currency_forms`` writes them; a word that holds another is left to it: "dollar" finds
    "dollars")."""
    symbols, words = _currency_forms(locale)
    low = {w.casefold() for w in words}
    shortest = tuple(w for w in words
                     if not any(o != w.casefold() and o in w.casefold() for o in low))
    return ("$", "USD", "＄", "ＵＳＤ", "﹩", *symbols), shortest


@cache
def _money_marker(locale: str | None) -> re.Pattern[str]:
    """The markers of ``_marker_forms`` as one pattern."""
    markers, words = _marker_forms(locale)
    return re.compile("|".join([*(re.escape(m) for m in markers),
                                *(_spaced(w) for w in words)]))


@cache
def _plain_markers(locale: str | None, ascii_only: bool) -> tuple[str, ...] | None:
    """The markers of ``_marker_forms`` besides the dollar sign as plain strings ("USD",
    "dolla" of "dolla*", whose ending may be no letter; only those an ASCII text can hold
    when ``ascii_only``), for ``in`` tests that cost less than half the pattern's search;
    ``None`` when one is words apart ("dola ya Marekani", "đô la": any space may part them)
    and no plain one is inside its words."""
    markers, words = _marker_forms(locale)
    plain = [m for m in markers if m.isascii() or not ascii_only]
    spaced = []
    for word in words:
        stem = word[:-1] if word.endswith(_ANY_ENDING) else word
        if ascii_only and not stem.isascii():
            continue  # an ASCII text cannot hold it
        (spaced if " " in stem else plain).append(stem)
    # a marker holding a plain one is found by it ("dollar" by "dolla")
    plain = [m for m in plain if not any(o != m and o in m for o in plain)]
    if any(not any(o in part for o in plain for part in word.split(" ")) for word in spaced):
        return None
    return tuple(m for m in plain if m != "$")  # the sign is looked for first


def _currency_forms(locale: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The symbols and words of a US dollar in ``locale`` and in English, the words as pages
    case them (``dólares``, ``Dólares``, ``DÓLARES``; a case-blind pattern is several times
    slower on every line), longest first, the signs every page writes left out."""
    own, english = currency(locale), currency("en")
    symbols = {s for s in (*own.symbols, *english.symbols) if s not in _SIGNS}
    forms = {*own.words, *english.words}
    forms |= {f"{_stem(w)}{_ANY_ENDING}" for w in forms if _stem(w) != w}
    words = {cased for w in forms
             for cased in (w, w[:1].upper() + w[1:], w.title(), w.upper())}
    return (tuple(sorted(symbols, key=len, reverse=True)),
            tuple(sorted(words, key=len, reverse=True)))


#: a currency word's ending as a pattern mark (``_spaced``): what an inflection may write
_ANY_ENDING = "*"
#: the fewest letters a currency word's stem keeps, and the most an inflection changes
_STEM, _ENDING = 5, 2


def _stem(word: str) -> str:
    """A one-word currency name of six letters or more without its last letters, five kept:
    CLDR writes one form ("доллары", Tatar's possessive; "dolaroj", "dólares"), prose
    declines it ("0,10 доллар", "10 dolarojn", "1 dólar"). A word of a script written without
    spaces ("ドル") or a shorter one ("دلار", "dolar") is kept whole."""
    if " " in word or len(word) < _STEM + 1 or not word.isalpha() or any(
            unicodedata.east_asian_width(ch) in "WF" for ch in word):
        return word
    return word[:max(_STEM, len(word) - _ENDING)]


def _spaced(word: str) -> str:
    """A currency word as a pattern: its spaces any space ("đô la", "dólares americanos"), a
    stem's ending (``_ANY_ENDING``) up to three letters."""
    if word.endswith(_ANY_ENDING):
        return re.escape(word[:-1]) + r"[^\W\d_]{0,3}"
    return r"\s".join(re.escape(part) for part in word.split(" "))


#: the signs a bound is written with, ASCII, full-width and mathematical ("≤ 200K", "> 128K",
#: "<= 32K"): a figure after one bounds a price tier, it is no amount of its own
COMPARISON_SIGNS = "<>≤≥＜＞⩽⩾"
_GROUP_MARKS = re.compile(r"[.,' ]")
_COUNT = re.compile(rf"({_NUM})\s*")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff]")


_ANY_DIGIT = re.compile(r"\d")
#: the ASCII digits alone: an ASCII text (nine lines in ten) holds no other, and the regex
#: engine tests a character against ten faster than against every script's digits
_ASCII_DIGIT = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """Does ``text`` hold a digit of any script?"""
    return (_ASCII_DIGIT if text.isascii() else _ANY_DIGIT).search(text) is not None


def ascii_digits(text: str) -> str:
    """Digits of any script, and full-width or Arabic separators, as ASCII (the same length:
    positions still hold)."""
    if text.isascii():  # nothing to translate: translating ASCII costs 5 µs a line
        return text
    return text.translate(_DIGITS)


class Ambiguous(Exception):
    """A number a person could read two ways (``$1,752`` on a French page)."""


@dataclass(frozen=True)
class Money:
    """A price as written: its USD value (``None`` when ambiguous), what it is per, the text."""

    usd: Decimal | None
    per: str | None          # "1M tokens", "1M characters", "second", "minute", "image", "request"
    text: str
    start: int = 0
    end: int = 0
    ambiguous: bool = False


@dataclass(frozen=True)
class Size:
    """A token count and whether the page wrote it in full (8,192) or rounded (8K, 1 Mio.)."""

    tokens: int
    exact: bool
    text: str = ""
    start: int = 0
    end: int = 0


def plain(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent form: 20.0 → 20, 0.080 → 0.08."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


# ---------------------------------------------------------------- numbers


def read_number(token: str, *, kind: str, decimal_comma: bool = False) -> Decimal | None:
    """A written number as a Decimal. ``kind`` is ``money``, ``scaled`` (a suffix follows:
    1,5 Mio.), or ``count`` (a whole number of tokens). Raises ``Ambiguous``; ``None`` when
    the text is not a number of that kind."""
    if token.isascii() and token.replace(".", "", 1).isdigit() and (
            kind == "money" or "." not in token):
        # ASCII digits with a decimal point at most in a price, or none (most figures): what
        # the reading below makes of them, without its look at every mark
        return _decimal(token)
    digits = ascii_digits(token).replace("’", "'")
    for space in _GROUP_SPACES:
        digits = digits.replace(space, " ")
    marks = [ch for ch in digits if ch in ".,' "]
    if not marks:
        return _decimal(digits)
    groupers = {m for m in marks if m in "' "}
    points = [m for m in marks if m in ".,"]
    if len(set(points)) == 2:  # 1.234,56 or 1,234.56: the last mark is the decimal one
        decimal = points[-1]
        return _grouped(digits, decimal=decimal)
    if not points:
        return _grouped(digits, decimal=None)
    mark = points[0]
    if len(points) > 1:  # 1,048,576 or 128.000.000: thousands
        return _grouped(digits, decimal=None)
    whole, _, frac = digits.replace(" ", "").replace("'", "").partition(mark)
    if groupers:  # "1 234,5": spaces group, the one mark is decimal
        return _decimal(f"{whole}.{frac}")
    if kind == "scaled" or len(frac) != 3 or whole in ("", "0"):
        if kind == "count":
            return None if len(frac) != 3 else _decimal(whole + frac)
        return _decimal(f"{whole}.{frac}")
    # one mark and exactly three digits after it: 128.000, 1,752, 1.752
    if kind == "count":
        return _decimal(whole + frac)
    if mark == ".":
        return _decimal(f"{whole}.{frac}")  # USD is written with a decimal point everywhere
    if decimal_comma:
        raise Ambiguous(token)
    return _decimal(whole + frac)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _grouped(digits: str, decimal: str | None) -> Decimal | None:
    """Digits whose thousands are grouped: every group after the first has three digits."""
    body, frac = digits, ""
    if decimal is not None:
        body, _, frac = digits.rpartition(decimal)
    groups = _GROUP_MARKS.split(body)
    if not groups[0] or any(not g for g in groups):
        return None
    western = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
    # Indian grouping: the last three digits, then pairs (1,00,000 is a lakh; 10,00,000)
    indian = (len(groups) > 2 and len(groups[-1]) == 3 and len(groups[0]) <= 2
              and all(len(g) == 2 for g in groups[1:-1]))
    if not (western or indian):
        return None
    return _decimal("".join(groups) + (f".{frac}" if frac else ""))


# ---------------------------------------------------------------- money


class _WordIndex(NamedTuple):
    """Words by how they start, longest first, so that the words a text holds at a place are
    found by trying the few that start with its next three characters: an index by the first
    character alone leaves 79 words under "m" to try after every figure before "Max" or
    "Mini", and 67 of them start "mi"."""

    by_three: dict[str, list[str]]  # words of three characters or more, by their first three
    by_two: dict[str, list[str]]    # words of two characters
    by_one: dict[str, list[str]]    # words of one character ("m", "k", "s", "万")


@cache
def _unit_words(vocab: Vocabulary) -> _WordIndex:
    """The unit words ("seconds", "s", "tokens"), longest first."""
    return _word_index(vocab.unit_index)


@cache
def _multiplier_words(vocab: Vocabulary) -> _WordIndex:
    """The number words ("mio", "k", "万"), longest first."""
    return _word_index({*vocab.multiplier_index, "m", "k"})


def _word_index(words: Iterable[str]) -> _WordIndex:
    index = _WordIndex({}, {}, {})
    by_length = (index.by_one, index.by_one, index.by_two, index.by_three)
    for word in sorted(words, key=len, reverse=True):
        by_length[min(len(word), 3)].setdefault(word[:3], []).append(word)
    return index


def _words_at(text: str, offset: int, index: _WordIndex) -> list[str]:
    """The words of ``index`` that ``text`` holds at ``offset``, longest first."""
    found = [word for word in index.by_three.get(text[offset:offset + 3], ())
             if text.startswith(word, offset)]
    found += index.by_two.get(text[offset:offset + 2], ())
    found += index.by_one.get(text[offset:offset + 1], ())
    return found


_ONE = Decimal(1)


@cache
def _per_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    words = sorted(vocab.per_words, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    # a Latin per-word stands apart ("per second"); Thai and CJK ones join ("ต่อวินาที", "每秒")
    return re.compile(rf"\s*(?:/|(?:{alternatives})(?=[\s\d])|(?:{alternatives})(?=[^\x00-\x7f])"
                      rf"|／)\s*", re.I)


def _ends_word(text: str, pos: int, word: str) -> bool:
    """A Latin or Cyrillic word must not run on into more letters (``min`` ≠ ``minimum``)."""
    if pos >= len(text) or not _LATIN.match(word[-1:] or " "):
        return True
    return not _LATIN.match(text[pos])


def _match_word(text: str, pos: int, index: _WordIndex) -> str | None:
    """The longest word of ``index`` at ``pos`` that ends a word there."""
    low = text[pos:pos + 40].casefold()
    for word in _words_at(low, 0, index):
        if _ends_word(text, pos + len(word), word):
            return word
    return None


#: letters an inflection may add to a number word: a case ending ("мянга" → "мянган", "тисяча"
#: → "тисячі") or a plural ("Million" → "Millionen" is CLDR's own), never a word of its own
_INFLECTION = 2


def _inflected_number_word(text: str, pos: int, vocab: Vocabulary) -> tuple[str | None, int]:
    """A number word of four letters or more (CLDR's long compact words: ``мянга``,
    ``тисяча``, ``Dausend``) at ``pos`` with an inflection of one or two letters run on
    ("262 мянган токен": the attributive form), and how many letters the inflection has.
    Shorter words ("mil", "k") are too short to be told from another word so."""
    low = text[pos:pos + 40].casefold()
    for word in _words_at(low, 0, _multiplier_words(vocab)):
        if len(word) < 4 or not word[-1].isalpha():
            continue
        run = len(word)
        while run < len(low) and low[run].isalpha():
            run += 1
        if 0 < run - len(word) <= _INFLECTION:
            return word, run - len(word)
    return None, 0


@lru_cache(maxsize=2048)  # the reader is ~7 % slower on the bench's pages without it
def _unit_tail_cached(tail: str, locale: str | None) -> tuple[int, str | None, Decimal]:
    """``_unit_tail`` of the text right after a figure (the same few tails recur on every
    page: "/M", "/M Output:", " per second"), with the locale's compact-number words from
    CLDR as well as the vocabulary's ("por 1 mi de caracteres", "প্রতি হাজার টোকেন")."""
    return _unit_tail(tail, 0, vocabulary_for(locale))


def _unit_tail(text: str, pos: int, vocab: Vocabulary) -> tuple[int, str | None, Decimal]:
    """After a price: ``/M``, ``/1K tokens``, `` per 1M characters``, ``/秒``, `` / image``.
    Returns (end, unit, how many units the price is for)."""
    m = _per_pattern(vocab).match(text, pos)
    if not m:
        return pos, None, _ONE
    at = m.end()
    count = _ONE
    number = _COUNT.match(ascii_digits(text[at:at + 16]))
    if number:
        try:  # "/1K tokens", "je 1.000 Zeichen", "per 1,000 characters"
            count = read_number(number.group(1), kind="count") or _ONE
        except Ambiguous:
            count = _ONE
        at += number.end()
    best: tuple[int, str | None, Decimal] | None = None
    low = text[at:at + 48].casefold()
    # the multiplier words "low" starts with, longest first, then none ("MTok" is M + tok)
    for mult in [*_words_at(low, 0, _multiplier_words(vocab)), None]:
        offset = 0
        factor = _ONE
        if mult is not None:
            offset = len(mult)
            factor = Decimal(vocab.multiplier_index.get(mult.rstrip("."), 0)
                             or (1_000_000 if mult == "m" else 1000))
            if mult in ("m", "k") and not number:
                # "/M", "/K" with no count: the price notation's million and thousand, in every
                # locale (Latin's compact "0M" is a thousand after a number, not a unit)
                factor = MILLION if mult == "m" else Decimal(1000)
        while offset < len(low) and low[offset] in " .":
            offset += 1
        unit_word = _unit_word_at(text, low, at, offset, vocab)
        if unit_word is None and mult is not None and (len(mult.rstrip(".")) >= 2 or number):
            # "por millón de caracteres", "per milione di", "por 1M de caracteres" (a count's
            # compact letter: the count says it is no label's first letter)
            link = _LINK.match(text, at + offset)
            if link is not None and link.group().strip().islower() and not _per_pattern(
                    vocab).fullmatch(link.group()):
                unit_word = _unit_word_at(text, low, at, link.end() - at, vocab)
                offset = link.end() - at if unit_word is not None else offset
        if unit_word is None and mult is None:
            continue
        if unit_word is None:
            after_mult = at + len(mult or "")
            if mult is not None and not _ends_word(text, after_mult, mult) and not (
                    text[after_mult - 1].isupper() and text[after_mult].isupper()):
                continue  # "/MOutput": a label run on after the unit starts a new word
            if mult is not None and _runs_on(text, after_mult, mult):
                continue  # "මි" of "මිනිත්තුවකට" (a minute): a compact word is a whole word
            end, key = after_mult, "tokens"
            if number and factor == MILLION:  # "/1M belgi": a word that is no token's
                other = _not_a_token_word(text, at + offset, vocab)
                if other is not None:
                    end, key = other, "characters"
        else:
            end, key = at + offset + len(unit_word[0]), unit_word[1]
            if mult is None and key in ("tokens", "characters"):
                factor = _ONE
                if not number:  # "kwa tokeni milioni": the count after the noun it counts
                    end, factor = _count_after(text, end, vocab)
        if best is None or end > best[0]:
            best = (end, key, count * factor)
    if best is None:
        return pos, None, _ONE
    return best


#: a word of one to three letters between a count's word and the unit it counts: the
#: partitive of the Romance languages and English ("millón de caracteres", "1 mi de
#: caracteres", "milione di token", "million of characters"), in lower case and no "per"
#: word ("/M Pro Bild" is a price per million, then a label)
_LINK = re.compile(r"[^\W\d_]{1,3}'?\s+")


def _count_after(text: str, end: int, vocab: Vocabulary) -> tuple[int, Decimal]:
    """A number word of three letters or more right after a unit word, as languages that put
    the numeral after the noun write a count ("kwa tokeni milioni", Swahili: per million
    tokens): where it ends and its value; else ``end`` and one."""
    word = _WORD_AFTER_SPACE.match(text, end)
    if word is None:
        return end, _ONE
    factor = vocab.multiplier_index.get(word.group(1).casefold().rstrip("."))
    if factor is None or factor < 1000 or len(word.group(1)) < 3:
        return end, _ONE
    return word.end(), Decimal(factor)


_WORD_AFTER_SPACE = re.compile(r"\s([^\W\d_]+)(?![^\W\d_])")


def _runs_on(text: str, pos: int, word: str) -> bool:
    """Does a number word of a script that writes words apart (not Latin, whose case rules
    ``_ends_word`` reads; not Chinese or Japanese, which write no spaces: "百万トークン") run
    on into more letters at ``pos``?"""
    if pos >= len(text) or word.isascii() or unicodedata.east_asian_width(word[-1]) in "WF":
        return False
    return unicodedata.category(text[pos])[0] in "LM"


def _unit_word_at(text: str, low: str, at: int, offset: int,
                  vocab: Vocabulary) -> tuple[str, str] | None:
    """The vocabulary's unit word (and its unit) that ``low`` holds at ``offset``, whole."""
    for word in _words_at(low, offset, _unit_words(vocab)):
        if _ends_word(text, at + offset + len(word), word):
            return word, vocab.unit_index[word]
    return None


_WORD_AFTER = re.compile(r"[^\W\d_]{4,}")
#: the skeleton of "token" as languages borrow it (tokens, токенов, 토큰, توکن, โทเค็น)
_TOKEN_ROOT = re.compile(r"th?v?kh?n")


@cache
def _character_words(vocab: Vocabulary) -> tuple[str, ...]:
    """The vocabulary's words for characters of four letters or more (stems of declined
    forms)."""
    return tuple(w for w, unit in vocab.unit_index.items()
                 if unit == "characters" and len(w) >= 4 and w.isalpha())


def _not_a_token_word(text: str, pos: int, vocab: Vocabulary) -> int | None:
    """Where a word after a written count of a million ends ("$24/1M belgi", "per 1M xaraf")
    when that word is a unit and not "token" in any script: no vocabulary word, not the
    borrowed "token" (by its consonant skeleton), and not a label that a colon or a figure
    follows. A price per million of something that is not a token is one per million
    characters, the one other unit CometAPI prices by the million."""
    from scrapers.reading.cognates import skeleton
    from scrapers.reading.vocabulary import normalize_label

    word = _WORD_AFTER.match(text, pos)
    if word is None:
        return None
    low = word.group().casefold()
    following = text[word.end():word.end() + 3].lstrip()
    if following[:1] in (":", "：", "$", "＄") or following[:1].isdigit():
        return None  # the next label
    if any(low.startswith(w) for w in _character_words(vocab)):
        return word.end()  # a declined form of a vocabulary's word ("karaktere", "символов")
    if (low in vocab.unit_index or normalize_label(low) in vocab.label_index
            or low in vocab.multiplier_index or _TOKEN_ROOT.search(skeleton(low))
            or any(low.startswith(w.strip()) for w in vocab.prose.get("other_unit_words", ()))):
        return None  # "$5/1M words", "1M pixels": a count the page names, not characters
    return word.end()


def has_money_marker(text: str, locale: str | None = None) -> bool:
    """Can ``text`` hold a price at all ("$", "USD", "dollars", and the currency words CLDR
    gives ``locale``: "دلار", "ドル")? A cheap test: the sign first, which most prices
    write."""
    if "$" in text:
        return True
    return _marker_without_sign(text, locale)


# the readers of a page ask of the same lines again and again (the table finders each of every
# line, then the pairs, the sizes and the prices of the same ones): 236 asks of 96 texts on a
# bench page. A few pages' texts are kept, not a site's
@lru_cache(maxsize=512)
def _marker_without_sign(text: str, locale: str | None) -> bool:
    plain = _plain_markers(locale, text.isascii())
    if plain is not None:  # nearly every text: asked of every line by several readers
        # a loop, not any() over a generator, which costs as much as the tests themselves
        for marker in plain:  # noqa: SIM110
            if marker in text:
                return True
        return False
    return _money_marker(locale).search(text) is not None


_SHORT = 200  # lines this short recur (labels, cards, tables): their prices are cached


def find_money(text: str, locale: str | None = None) -> list[Money]:
    """Every price in ``text``, in order, with what it is per when the text says it."""
    if not has_money_marker(text, locale):
        return []
    if len(text) <= _SHORT:
        return list(_find_money_cached(text, locale))
    return _find_money(text, locale)


@lru_cache(maxsize=2048)  # 0.24 instead of 0.90 ms a bench page (replayed calls)
def _find_money_cached(text: str, locale: str | None) -> tuple[Money, ...]:
    return tuple(_find_money(text, locale))


def _find_money(text: str, locale: str | None) -> list[Money]:
    vocab = vocabulary_for(locale)
    decimal_comma = vocab.decimal_comma(locale)
    found: list[Money] = []
    for m in _money_pattern(locale).finditer(ascii_digits(text)):
        token = m.group("a") or m.group("b")
        try:
            if token.startswith((".", ",")):
                token = "0" + token
            amount = read_number(token, kind="money", decimal_comma=decimal_comma)
            ambiguous = False
        except Ambiguous:
            amount, ambiguous = None, True
        if amount is None and not ambiguous:
            continue
        offset, key, quantity = _unit_tail_cached(ascii_digits(text[m.end():m.end() + 48]),
                                                  locale)
        end = m.end() + offset
        per = UNIT_BY_KEY.get(key) if key else None
        if amount is not None and per in (UNIT_TOKENS, UNIT_CHARACTERS) and quantity:
            amount = amount * MILLION / quantity
        # the text as written: the figure with its currency, and its unit when attached to it
        # ("$24/M", "$0.08/秒") or when a slash gives the count it is for ("US$ 2 / 1M
        # tokens"); a unit set apart ("$0.006 za minutę", "0,032 $ / image") is not the figure's
        tail = text[m.end():end]
        attached = bool(tail[:1]) and not tail[:1].isspace()
        counted = tail.lstrip()[:1] in ("/", "／") and has_digit(tail)
        written_end = end if attached or counted else m.end()
        found.append(Money(
            usd=plain(amount) if amount is not None else None, per=per,
            text=text[m.start():written_end].strip(), start=m.start(), end=end,
            ambiguous=ambiguous,
        ))
    return found


def comma_decimals(texts: list[str]) -> bool:
    """Does a page write its prices with decimal commas (``$0,44/M``)? Then its ``$1,752/M``
    is 1.752 too: the page's own habit settles what one figure alone cannot."""
    return any(_COMMA_DECIMAL.search(ascii_digits(t)) for t in texts)


_COMMA_DECIMAL = re.compile(r"(?:\$\s?\d+,(?:\d{1,2}|\d{4,})(?!\d)"
                            r"|(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})"
                            r"\s?(?:US)?\$)")


def resolve_comma(money: Money) -> Money:
    """An ambiguous ``$1,752`` on a page that writes decimal commas: 1.752 (read again with a
    decimal point, so a unit such as ``/1K`` scales it as usual)."""
    if not money.ambiguous:
        return money
    again = find_money(money.text.replace(",", "."))
    if not again or again[0].usd is None:
        return money
    return Money(again[0].usd, again[0].per, money.text, money.start, money.end, False)


def unit_of_label(label: str, locale: str | None = None) -> tuple[str, Decimal] | None:
    """The unit a label states ("Per 1K characters", "Pro 1K Zeichen", "每百万字符"): (unit,
    how many of it the price is for), or ``None``."""
    if len(label) <= _SHORT:
        return _unit_of_label_cached(label, locale)
    return _unit_of_label(label, locale)


# a pricing table's column headers and unit cells ("Official Price (USD / M Tokens)", "Per
# Second") are asked of on every page of a site, several times a page: on the bench, 3.5 asks
# a page of 48 labels in all, each three money readings and a time-unit search when unanswered
@lru_cache(maxsize=1024)
def _unit_of_label_cached(label: str, locale: str | None) -> tuple[str, Decimal] | None:
    return _unit_of_label(label, locale)


def _unit_of_label(label: str, locale: str | None) -> tuple[str, Decimal] | None:
    probe = find_money(f"$1 / {label.strip()}", locale)
    if not probe or probe[0].per is None:
        probe = find_money(f"$1 {label.strip()}", locale)
    count_at = _ANY_DIGIT.search(label)
    if (not probe or probe[0].per is None) and count_at is not None:
        # "Halkii 1M xaraf": a per word no vocabulary knows before the count and its unit
        probe = find_money(f"$1 / {label[count_at.start():].strip()}", locale)
    if not probe or probe[0].per is None or probe[0].usd is None:
        unit = time_unit_in(label, locale)
        return (unit, Decimal(1)) if unit else None
    # find_money normalized $1 to per 1M: the quantity is what $1 became, inverted
    return probe[0].per, MILLION / probe[0].usd if probe[0].per in (
        UNIT_TOKENS, UNIT_CHARACTERS) else Decimal(1)


def parse_money(text: str, locale: str | None = None) -> Money | None:
    """The first price in ``text``, or ``None``."""
    found = find_money(text or "", locale)
    return found[0] if found else None


# ---------------------------------------------------------------- sizes

#: what East-Asian numbers write after a myriad unit: "8千" of 12万8千, "6384" of 1萬6384
_MYRIAD_REST = re.compile(r"\s?(\d{1,4})([千仟百佰천백]?)(?!\d)")
#: a letter a figure cannot follow ("gpt-4", "v3"): Latin, Greek, Cyrillic; a CJK character may
#: ("输出1萬6384", "コンテキスト128K"), as those scripts write no space before a number
_WORD_BEFORE = r"A-Za-z0-9_\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
_SIZE_NUM = re.compile(rf"(?<![{_WORD_BEFORE}.,$/-])(?:{_NUM})(?![.,]?\d)")


def find_sizes(text: str, locale: str | None = None) -> list[Size]:
    """Every token count in ``text``: ``8K``, ``1 Mio.``, ``12.8万``, ``128 000``, ``1,048,576``.
    Plain numbers under 1,000 and years are not sizes; a mangled ``200 XNUMX`` is skipped."""
    vocab = vocabulary_for(locale)
    words = _word_sizes(text, locale, vocab)
    if words:
        digits = _digit_sizes(text, locale, vocab)
        return sorted([*words, *(d for d in digits if not any(
            d.start < w.end and w.start < d.end for w in words))], key=lambda s: s.start)
    return _digit_sizes(text, locale, vocab)


def _digit_sizes(text: str, locale: str | None, vocab: Vocabulary) -> list[Size]:
    if not may_start_size(text):
        return []  # digits only inside words ("nova-0-core"): no figure to try
    ascii_text = ascii_digits(text)
    found: list[Size] = []
    for m in _SIZE_NUM.finditer(ascii_text):
        token = m.group(0)
        start, end = m.start(), m.end()
        if found and start < found[-1].end:
            continue  # the "8천" of "12만 8천", already read with it
        if start and ascii_text[start - 1] in "$＄":
            continue
        at = end + (1 if ascii_text[end:end + 1] in (" ", "\u00a0", "\u202f") else 0)
        suffix = _match_word(ascii_text, at, _multiplier_words(vocab))
        inflection = 0
        if suffix is None:
            suffix, inflection = _inflected_number_word(ascii_text, at, vocab)
        if (suffix is not None and ascii_text[at + len(suffix):at + len(suffix) + 1] == "."
                and not inflection and f"{suffix}." in _dotted_multipliers(vocab)):
            suffix += "."  # "Mio" written "Mio.", "хил.": the dot belongs to it
        if suffix is None:
            indian = _indian_number_word(ascii_text, at)
            if indian is not None:  # "୧୦ ଲକ୍ଷ", "10 ಲಕ್ಷ": 10 lakh
                try:
                    number = read_number(token, kind="scaled")
                except Ambiguous:
                    continue
                if number is not None:
                    found.append(Size(int(number * indian[1]), False, text[start:indian[0]],
                                      start, indian[0]))
                continue
            before = _prefix_word(ascii_text, start, locale)
            if before is not None:  # "milioni 2", "kuma 128": the word comes first
                word_start, factor = before
                try:
                    number = read_number(token, kind="scaled")
                except Ambiguous:
                    continue
                if number is not None:
                    found.append(Size(int(number * factor), False, text[word_start:end],
                                      word_start, end))
                continue
        if suffix is not None:
            factor = vocab.multiplier(suffix, locale) or (
                1_000_000 if suffix == "m" else 1000 if suffix == "k" else None)
            if factor is None:
                continue
            try:
                number = read_number(token, kind="scaled")
            except Ambiguous:
                continue
            if number is None:
                continue
            size_end = at + len(suffix) + inflection
            tokens, exact = int(number * factor), False
            rest = _MYRIAD_REST.match(ascii_text, size_end) if (
                factor >= 10_000 and not suffix.isascii()) else None
            if rest is not None:  # 12万8千 is 128,000; 1萬6384 is 16,384
                unit = rest.group(2)
                more = int(rest.group(1)) * (1000 if unit in "千仟천" and unit else
                                             100 if unit else 1)
                if more < factor:
                    tokens, exact, size_end = tokens + more, not unit, rest.end()
            found.append(Size(tokens, exact, text[start:size_end], start, size_end))
            continue
        if ascii_text[end:end + 6].lstrip().upper().startswith("XNUMX"):
            continue
        if ascii_text[end:end + 1].isascii() and ascii_text[end:end + 1].isalpha():
            continue  # "1080p", "4096px": a Latin letter run on is a unit, not a token count
        if ascii_text[end:end + 1] in ("%", "$") or ascii_text[end:end + 2] in (" %", " $"):
            continue
        try:
            number = read_number(token, kind="count")
        except Ambiguous:
            continue
        if number is None or number < 1000:
            continue
        if _YEAR_TOKEN.fullmatch(token) or (
                end < len(ascii_text) and ascii_text[end] in "年년"):
            continue  # a year, not a size
        found.append(Size(int(number), True, token, start, end))
    return found


#: the Indian numbering system's words, which CLDR gives Hindi, Gujarati or Bengali but not
#: every language writing an Indic script (Odia ଲକ୍ଷ, Kannada ಲಕ್ಷ, Telugu లక్ష, Tamil லட்சம்):
#: lakh (Sanskrit lakṣa, 100,000) and crore (koṭi, 10,000,000), read by their sounds
_INDIAN_NUMBER_WORDS = ((re.compile(r"lakhs?|lks|lksm|ltcm"), 100_000),
                        (re.compile(r"koti|krod|kror|karod"), 10_000_000))
_INDIC_WORD = re.compile(r"[\u0900-\u0dff]+")  # Devanagari to Malayalam, signs included


def _indian_number_word(text: str, pos: int) -> tuple[int, int] | None:
    """Where a lakh or crore word in an Indic script at ``pos`` ends, and its factor."""
    word = _INDIC_WORD.match(text, pos)
    if word is None:
        return None  # nearly every figure: asked of each one without a suffix word
    # imported here (cognates imports this module), and only past the test above: an import
    # statement costs a lookup on every call
    from scrapers.reading.cognates import latin_letters

    sounds = latin_letters(word.group())
    return next(((word.end(), factor) for pattern, factor in _INDIAN_NUMBER_WORDS
                 if pattern.fullmatch(sounds)), None)


def _prefix_word(text: str, start: int, locale: str | None) -> tuple[int, int] | None:
    """Where a number word written before the figure at ``start`` begins, and its factor:
    the words CLDR's patterns put first in the page's locale ("milioni 2" in Swahili, "kuma
    128" in Oromo), one space or none between."""
    words = prefix_compact_words(locale)
    if not words or not start:
        return None
    end = start - 1 if text[start - 1] in (" ", "\u00a0", "\u202f") else start
    head = text[max(0, end - 24):end].casefold()
    for word, factor in words.items():
        if head.endswith(word) and not (len(head) > len(word) and head[-len(word) - 1].isalpha()):
            return end - len(word), factor
    return None


@cache
def _dotted_multipliers(vocab: Vocabulary) -> frozenset[str]:
    """Number words written with a dot ("mio.", "тыс.", CLDR's "хил."), lower-cased."""
    return frozenset({"mio.", "mln.", "tys.", "тыс.", "млн.", "mrd.", "tsd."} | {
        word for language in vocab.languages.values()
        for words in language.multipliers.values() for word in words if word.endswith(".")})


@cache
def _multiplier_automaton(vocab: Vocabulary) -> tuple[AhoCorasick, tuple[str, ...]]:
    """The suffix words ("million", "mio", "百万", "миллион") in one Aho-Corasick automaton
    (and the words, by the automaton's index): a text is checked for a size written in words
    in one pass."""
    words = tuple(word for word in vocab.multiplier_index
                  if len(word) >= (3 if word.isascii() else 2))
    # a DFA finds the same matches as the default automaton in half the time (a few hundred
    # short words: its table is small), and every passage of a page is searched
    return AhoCorasick(words, implementation=Implementation.DFA), words


def may_hold_size(text: str, locale: str | None = None, startable: bool | None = None) -> bool:
    """Can ``find_sizes`` find anything in ``text``: a digit that can start a figure, or a
    number word's suffix ("million")? A cheap test first: most prose holds digits only inside
    words ("gpt-4o", "nova-0-core"), which no size starts with. ``startable``: that test's
    answer when the caller has it already (``may_start_size``)."""
    if startable if startable is not None else may_start_size(text):
        return True
    automaton, _words = _multiplier_automaton(vocabulary_for(locale))
    return bool(automaton.find_matches_as_indexes(text.casefold()))


# a digit that ``_SIZE_NUM`` could start at: not after a letter, digit, mark or sign (``٫`` and
# ``٬`` are the marks ``ascii_digits`` turns into "." and ",")
_SIZE_DIGIT = re.compile(rf"\d(?<![{_WORD_BEFORE}.,$/\-٫٬]\d)")


# a page's passages are asked by the size reader, then again by ``exact_restatements`` and by
# ``find_sizes`` (88 asks of 57 texts on a bench page); a few pages' texts are kept
@lru_cache(maxsize=512)
def may_start_size(text: str) -> bool:
    """Does ``text`` hold a digit a size can start at (not one inside a word: "gpt-4o")?"""
    if text.isascii():
        return _ascii_digit_starts(text)
    return _SIZE_DIGIT.search(text) is not None


#: what stands before a digit inside a word or a figure in an ASCII text (``_SIZE_DIGIT``'s
#: lookbehind, its letters and digits ASCII ones)
_INSIDE_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.,$/-")


def _ascii_digit_starts(text: str) -> bool:
    """``_SIZE_DIGIT.search(text) is not None`` for an ASCII text, by ``str.find`` of each
    digit: a passage holds few digits, most inside a name ("nova-2-plus"), where a regex tests
    every character against its class."""
    for digit in "0123456789":
        at = text.find(digit)
        while at != -1:
            if at == 0 or text[at - 1] not in _INSIDE_BEFORE:
                return True
            at = text.find(digit, at + 1)
    return False


def _word_sizes(text: str, locale: str | None, vocab: Vocabulary) -> list[Size]:
    """Sizes written with a number word before a suffix word: "one million tokens",
    "un million de jetons", "一百万" (always rounded)."""
    found = []
    low = text.casefold()
    if len(low) != len(text):
        return found
    automaton, words = _multiplier_automaton(vocab)
    for index, start, end in automaton.find_matches_as_indexes(low, overlapping=True):
        word = words[index]
        if end < len(low) and low[end].isalpha() and word.isascii():
            continue  # "millionth", "milestone"
        before = low[max(0, start - 8):start]
        number = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
        if not number and start and not low[start - 1].isspace():
            number = low[start - 1]  # "一百万": no space in CJK
        if number.endswith("一") or number.endswith("壹"):
            number = "一"
        value = vocab.number_index.get(number)
        factor = vocab.multiplier(word, locale)
        if value is None or not factor or factor < 1000:
            continue
        begin = low.rfind(number, 0, start)
        found.append(Size(value * factor, False, text[begin:end], begin, end))
    return found


def parse_size(text: str, locale: str | None = None) -> Size | None:
    """The first token count in ``text``; a bare ``8`` or ``128`` in a size cell too (a spec
    row "Context | 128" is not this module's business to doubt), ``None`` if none."""
    if not text or "XNUMX" in text.upper():
        return None
    sizes = find_sizes(text, locale)
    if sizes:
        return sizes[0]
    return None


def best_size(candidates: list[Size]) -> Size | None:
    """The size a page means from what it says, in order of trust: the first candidate wins,
    except that a rounded figure (8K) gives way to a stated exact figure within 5% of it
    (8,192): the page rounded for display."""
    if not candidates:
        return None
    first = candidates[0]
    if first.exact:
        return first
    for other in candidates[1:]:
        if other.exact and abs(other.tokens - first.tokens) <= 0.05 * first.tokens:
            return other
    return first


_WORD = re.compile(r"[^\W\d_]+\.?")


def unit_counts(text: str, locale: str | None = None) -> list[tuple[int, int]]:
    """Where ``text`` states a count of a thousand or a million that a price may be per
    ("per 1K input tokens", "প্রতি 1K", "per 1,000", "je tausend", "por millón"): (position,
    count), in order. A count is a figure of exactly 1,000 or 1,000,000 (``1K``, ``1 Mio.``,
    ``1,000``) or a number word alone, the vocabulary's or the locale's CLDR compact word,
    three letters at least ("k" and "m" alone are letters)."""
    vocab = vocabulary_for(locale)
    found = [(size.start, size.tokens) for size in find_sizes(text, locale)
             if size.tokens in (1000, 1_000_000)]
    for word in _WORD.finditer(text.casefold()):
        if len(word.group().rstrip(".")) < 3 or any(a <= word.start() < a + 12 for a, _c in found):
            continue
        factor = vocab.multiplier(word.group(), locale)
        if factor in (1000, 1_000_000):
            found.append((word.start(), factor))
    return sorted(found)


def same_size(a: int, b: int) -> bool:
    """Two statements of one size agree when one is the other rounded (8K and 8,192)."""
    return abs(a - b) <= 0.05 * max(a, b)


# ---------------------------------------------------------------- percentages

_PERCENT = re.compile(r"([-−–]?)\s*(\d+(?:[.,]\d+)?)\s*(?:[%٪％]|(?:percent|per cent|pour cent|"
                      r"prozent|por ciento|por cento|per cento|procent|procentów|процент)"
                      r"(?![^\W\d_]))", re.IGNORECASE)


_PERCENT_FIRST = re.compile(r"(?<![\d.,])[%٪]\s?(\d+(?:[.,]\d+)?)")


def parse_percent(text: str) -> Decimal | None:
    """``-20%`` → 20 (a discount is stored as a positive percentage off); ``20 %``,
    ``-12,5 %``, and the sign first as Turkish writes it (``%20``)."""
    ascii_text = ascii_digits(text or "")
    match = _PERCENT.search(ascii_text)
    if match:
        return plain(Decimal(match.group(2).replace(",", ".")))
    first = _PERCENT_FIRST.search(ascii_text)
    return plain(Decimal(first.group(1).replace(",", "."))) if first else None


def find_percents(text: str) -> list[tuple[int, Decimal]]:
    """Every percentage in ``text`` as (position, value), in order: ``20 %``, ``-12,5%``,
    ``۲۰٪``, ``%20``."""
    ascii_text = ascii_digits(text or "")
    found = [(m.start(), plain(Decimal(m.group(2).replace(",", "."))))
             for m in _PERCENT.finditer(ascii_text)]
    found += [(m.start(), plain(Decimal(m.group(1).replace(",", "."))))
              for m in _PERCENT_FIRST.finditer(ascii_text)
              if not any(at <= m.start() < at + 12 for at, _v in found)]
    return sorted(found)
