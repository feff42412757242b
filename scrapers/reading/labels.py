"""What a label on a CometAPI page means: lookups over the vocabulary files.

The words themselves live in ``scrapers/reading/vocabulary/<language>.json`` (one file a
language). The reader never needs a word to be there to read a price (``$x/M`` figures are
placed by position), but a word found there is placed with certainty, and one that is not is
reported.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ahocorasick_rs import AhoCorasick, Implementation

from scrapers.reading.cognates import (
    column_by_root,
    meaning_by_root,
    negated,
    price_kind_by_root,
)
from scrapers.reading.vocabulary import normalize_label, vocabulary

PRICE_KINDS = ("input", "output", "per_second", "per_minute", "per_request", "per_image",
               "per_character")
SIZE_KINDS = ("context", "max_output")
BADGE_KINDS = ("commercial_use", "new", "coming_soon", "playground", "popular")
COLUMN_KINDS = ("seller_price", "official_price", "discount")


_INDEX = vocabulary().label_index
# NFKC can shorten a text a little (composed accents), never to a quarter
_LONGEST_LABEL = 4 * max(len(k) for k in _INDEX) + 16


# a column word is 3 letters at least in alphabetic scripts, 2 in CJK ("官方", "공식")
_COLUMN_WORDS = tuple((w, m) for w, m in _INDEX.items()
                      if m in COLUMN_KINDS and len(w) >= (3 if w.isascii() else 2))


@cache
def _column_automaton() -> AhoCorasick:
    """The column words (``_COLUMN_WORDS``, by index) in one Aho-Corasick automaton: every
    short line of a page is asked whether it heads a price column, so the test must not try
    each word in turn."""
    # a DFA: the same matches as the default automaton, found in half the time
    return AhoCorasick((word for word, _meaning in _COLUMN_WORDS),
                       implementation=Implementation.DFA)


def meaning_of(label: str) -> str | None:
    """What a label means: by the vocabulary, else by a root languages share
    (``scrapers.reading.cognates``); ``None`` when neither knows it."""
    if len(label) > _LONGEST_LABEL:
        return None  # a sentence, not a label: never looked up, never cached
    return _meaning_of_short(label)


@lru_cache(maxsize=4096)  # 0.09 instead of 0.21 ms a bench page (replayed calls)
def _meaning_of_short(label: str) -> str | None:
    # the same labels recur on every page; only short texts enter, so the cache stays small
    known = _INDEX.get(normalize_label(label))
    if known is not None:
        return known
    return meaning_by_root(label) or price_kind_by_root(label) or _meaning_of_gloss(label)


_GLOSSED_KINDS = frozenset((*PRICE_KINDS, *SIZE_KINDS, *BADGE_KINDS))
#: a label and, in brackets after it, its gloss in another language ("Ŋmalɛi (per image)",
#: "Thar (New)")
_GLOSSED = re.compile(r"^(?P<own>[^()（）]+?)\s*[(（](?P<gloss>[^()（）]+)[)）]\s*$")


def _meaning_of_gloss(label: str) -> str | None:
    """What a label no rule reads means by the words in brackets after it, when the vocabulary
    knows them (an English gloss, usually): a page in a language no file has may say what its
    label is in a language every reader has. A badge's gloss is not read beside a word that
    negates ("Ekki (commercial use)")."""
    glossed = _GLOSSED.match(label)
    if glossed is None:
        return None
    meaning = _INDEX.get(normalize_label(glossed["gloss"]))
    if meaning not in _GLOSSED_KINDS or (meaning in BADGE_KINDS and negated(glossed["own"])):
        return None  # "Luhna (CometAPI)" names the seller, not what the label is
    return meaning


def unit_word(text: str) -> bool:
    """Is ``text`` a unit word of some language (``tokens``, ``토큰``, ``jetons``)?"""
    return normalize_label(text) in vocabulary().unit_index


# a page's header cells are asked by each grid finder of the tables reader (13.8 asks of 7.2
# texts on a bench page), and the same few headers recur on every page of a site
@lru_cache(maxsize=512)
def column_meaning(header: str) -> str | None:
    """What a pricing-table header cell names: CometAPI's price, the official price or the
    discount. Header cells carry more words ("Comet Price (USD / M Tokens)"), so the longest
    known phrase they contain decides."""
    text = normalize_label(header)
    best: tuple[int, str] | None = None
    for index, at, _end in _column_automaton().find_matches_as_indexes(text, overlapping=True):
        word, meaning = _COLUMN_WORDS[index]
        if word.isascii() and word[0].isalpha() and at > 0 and text[at - 1].isalpha():
            continue
        if meaning == "discount":
            return meaning  # "Discount vs official price" is the discount column
        if best is None or len(word) > best[0]:
            best = (len(word), meaning)
    return best[1] if best else column_by_root(header)


@cache
def prose_label_words() -> tuple[tuple[str, str], ...]:
    """(word, meaning) for every input/output label word, longest first, to find in prose."""
    words = [(w, m) for w, m in _INDEX.items() if m in ("input", "output") and len(w) >= 2]
    return tuple(sorted(words, key=lambda wm: -len(wm[0])))


@cache
def label_words() -> tuple[tuple[str, str], ...]:
    """(word, meaning) for every label word, longest first, to find inside longer text."""
    return tuple(sorted(_INDEX.items(), key=lambda wm: -len(wm[0])))


@cache
def unit_words() -> tuple[tuple[str, str], ...]:
    """(word, unit) for every unit word of every language, longest first."""
    return tuple(sorted(vocabulary().unit_index.items(), key=lambda wu: -len(wu[0])))


@cache
def unit_words_by_first() -> dict[str, tuple[tuple[str, str], ...]]:
    """``unit_words`` grouped by first character, for scanning text after a figure."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for word, unit in unit_words():
        groups.setdefault(word[:1], []).append((word, unit))
    return {k: tuple(v) for k, v in groups.items()}
