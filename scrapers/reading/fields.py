"""``Label:value`` pairs as pages write them, and the meaning of each label.

A pair is a figure (a price or a size, as ``scrapers.reading.grammar`` reads them) with the words
before it: ``Input:$24/M``, ``Input $0.32/M``, ``Input – $2/M``, ``Entrée:$2,50/M``,
``Contexte:200K``, several per line (``Input:$0.2/MOutput:$1.2/M``), or a label and its value in
separate elements. A label without a colon counts only when the vocabulary knows it, so prose
such as "it costs $2" is never a field.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from scrapers.reading import labels
from scrapers.reading.cognates import column_by_root
from scrapers.reading.grammar import (
    KIND_BY_UNIT,
    UNIT_TOKENS,
    Size,
    find_money,
    find_sizes,
    has_digit,
    has_money_marker,
    unit_of_label,
)
from scrapers.reading.page_reading import Field
from scrapers.reading.text import Line

_SEPARATORS = " \t:：፡፥፦-–—|·•;,/"
_HAS_LETTER = re.compile(r"[^\W\d_]")
#: the colons of the scripts: the Ethiopic colon and preface colon (፥ ፦), and the wordspace
#: (፡) that looks like one and is written as one between a label and its figure ("ዋጋ፡$0.06")
_COLONS = (":", "：", "፡", "፥", "፦")





def _figures(text: str, locale: str | None) -> tuple[tuple[int, int, str], ...]:
    """Prices and sizes in a line, in order, as (start, end, kind), never overlapping. A short
    line's are cached: ``value_only`` and ``pairs_in`` ask of the same labels, values and
    cells, on a page and on the next pages of its site."""
    if len(text) <= _SHORT:
        return _figures_cached(text, locale)
    return _read_figures(text, locale)


_SHORT = 200  # lines this short recur (labels, values, cells): their figures are cached


@lru_cache(maxsize=2048)
def _figures_cached(text: str, locale: str | None) -> tuple[tuple[int, int, str], ...]:
    return _read_figures(text, locale)


def _read_figures(text: str, locale: str | None) -> tuple[tuple[int, int, str], ...]:
    spans: list[tuple[int, int, str]] = []
    if has_money_marker(text, locale):
        spans.extend((m.start, m.end, "money") for m in find_money(text, locale))
    if has_digit(text):
        for size in find_sizes(text, locale):
            if any(s < size.end and size.start < e for s, e, _ in spans):
                continue
            if _counts_other_unit(text, size.end) or _labels_a_price(text, size):
                continue  # "Pro 1K Zeichen: $0,064": the 1K belongs to the label
            spans.append((size.start, size.end, "size"))
    return tuple(sorted(spans))


def _counts_other_unit(text: str, end: int) -> bool:
    following = text[end:end + 24].lstrip(" -\u00a0").casefold()
    for word, key in labels.unit_words_by_first().get(following[:1], ()):
        if key != "tokens" and following.startswith(word) and (
                len(following) == len(word) or not following[len(word)].isalpha()):
            return True
    return False


def _labels_a_price(text: str, size: Size) -> bool:
    """"100만 자당:$80", "Halkii 1M xaraf:$24": the figure is part of a price label, the count
    of what the price is for. So is a count of a thousand or a million followed by a word or
    two and the colon of a price, or by the colon itself after a word ("Ŋmalɛi 1M:$24"),
    whatever the words' language (a tier is a bound, "≤ 200K")."""
    end = size.end
    colon = min((text.find(c, end) for c in _COLONS if text.find(c, end) != -1), default=-1)
    if colon == -1 or colon - end > 16:
        return False
    words = text[end:colon].strip()
    if labels.meaning_of(words) in labels.PRICE_KINDS:
        return True
    if size.tokens not in (1000, 1_000_000) or not has_money_marker(text[colon + 1:colon + 4]):
        return False
    if not words:  # "Ŋmalɛi 1M:$24": the count ends a label that a word begins
        return _HAS_LETTER.search(text[:size.start]) is not None
    return len(words.split()) <= 2 and _HAS_LETTER.search(words) is not None


def pairs_in(text: str, locale: str | None = None) -> list[tuple[str, str]]:
    """``(label, value)`` pairs in one line of text."""
    if not has_digit(text):
        return []
    if len(text) > 80 and ":" not in text and "：" not in text and not has_money_marker(
            text, locale):
        return []  # prose: a size pair in a long line has a colon ("Context: 128K")
    if len(text) <= 200:  # short lines recur (labels, cards, table cells): cached
        return list(_pairs_cached(text, locale))
    return _pairs(text, locale)


@lru_cache(maxsize=2048)  # 0.14 instead of 0.20 ms a bench page (replayed calls)
def _pairs_cached(text: str, locale: str | None) -> tuple[tuple[str, str], ...]:
    return tuple(_pairs(text, locale))


def _pairs(text: str, locale: str | None) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    previous_end = 0
    for start, end, _kind in _figures(text, locale):
        before = text[previous_end:start]
        previous_end = end
        stripped = before.rstrip()
        colon = stripped.endswith(_COLONS)
        label = stripped.rstrip(_SEPARATORS).lstrip(_SEPARATORS).strip()
        if not label or len(label) > 48:
            if label and colon:  # a long run before the colon: the label is its tail
                label = known_tail(label)
                if labels.meaning_of(label) is None:
                    continue
            else:
                continue
        if not _HAS_LETTER.search(label):
            continue
        known = labels.meaning_of(known_tail(bare(label))) is not None
        if not (colon or known):
            continue
        if len(label.split()) > 5 and not known:
            continue
        pairs.append((label, text[start:end].strip()))
    return pairs


_QUALIFIER = re.compile(r"\s*[(（][^()（）]{1,30}[)）]\s*")


def bare(label: str) -> str:
    """A label without its parenthetical qualifier: "Input (CometAPI)" → "Input"."""
    bare = _QUALIFIER.sub(" ", label).strip()
    return bare or label


def has_pair(text: str, locale: str | None = None) -> bool:
    return bool(pairs_in(text, locale))


def value_only(text: str, locale: str | None = None) -> bool:
    """Is the text nothing but one price or one size (``$2/M``, ``1M``, ``128,000 tokens``)?"""
    if len(text) > 60 or not has_digit(text):
        return False
    text = text.strip().strip(":：").strip()
    if not text:
        return False
    figures = _figures(text, locale)
    if len(figures) != 1:
        return False
    start, end, _ = figures[0]
    rest = (text[:start] + text[end:]).strip().casefold()
    return rest in ("", "tokens", "token") or labels.unit_word(rest) or (
        not text[:start].strip() and labels.meaning_of(rest) is None and (
            (_counted(text[start:end]) and _ONE_WORD.fullmatch(rest) is not None)
            or slash_word_after(text, end) != ""))  # "$0.024/prenki": its unit's own word


#: one word of letters: what a counted figure counts ("$0.0002 / 1K ĵetonoj", "128 mil
#: ĵetonoj"), in the page's own word for it
_ONE_WORD = re.compile(r"[^\W\d_]+")
#: a figure that ends in a count, a figure's or a number word's ("/ 1K", "128K", "128 mil")
_COUNT_AT_END = re.compile(r"\d\s?[^\W\d_]{1,8}\.?$")


def _counted(figure: str) -> bool:
    return _COUNT_AT_END.search(figure) is not None


def known_tail(label: str) -> str:
    """A label run together with the text before it ("Doubao-Seedance-2-0 Per Second",
    "GooglePer Second") is the longest known price or size phrase at its end, starting at a
    word or case boundary; an unknown label is kept whole."""
    if labels.meaning_of(label) is not None:
        return label
    for start in range(1, len(label) - 1):
        before, first = label[start - 1], label[start]
        if not (before.isspace() or not before.isalnum() or (before.islower() and first.isupper())):
            continue
        tail = label[start:].strip()
        if len(tail) >= 2 and labels.meaning_of(tail) in (*labels.PRICE_KINDS, *labels.SIZE_KINDS):
            return tail
    return label


def merge_split_pairs(lines: list[Line], locale: str | None = None) -> list[str]:
    """Join a label and its value written in separate elements (``<p>Context</p><p>1M</p>``)."""
    texts = [_parts_as_pairs(ln, locale) or ln.text
             for ln in _columns_as_pairs(lines, locale) if not ln.code]
    merged: list[str] = []
    i = 0
    while i < len(texts):
        text = texts[i]
        nxt = texts[i + 1] if i + 1 < len(texts) else None
        if nxt is not None and text in _COLONS:  # a colon in an element of its own
            if merged and value_only(nxt, locale) and not has_pair(merged[-1], locale):
                merged[-1] = f"{merged[-1]}:{nxt.strip()}"
                i += 2
                continue
            if merged:
                merged[-1] += ":"
            i += 1
            continue
        # the cheap tests first: most lines are no label, and a figure is costly to read
        if (nxt is not None and len(text) <= 48 and _HAS_LETTER.search(text)
                and (text.endswith(_COLONS) or labels.meaning_of(text) is not None
                     or nxt.lstrip().startswith(("$", ":", "："))
                     or nxt.lstrip()[:1].isdigit())
                and value_only(nxt, locale)
                and not has_pair(text, locale) and not value_only(text, locale)):
            merged.append(f"{text.rstrip(':： ')}:{nxt.lstrip(':： ')}")
            i += 2
            continue
        merged.append(text)
        i += 1
    return merged


def _columns_as_pairs(lines: list[Line], locale: str | None) -> list[Line]:
    """A table row of labels over a row of values (``Input | Output | Context`` over ``$0.48/M
    | $1.76/M | 200K``): each label goes with the value under it, column by column, as a person
    reads the grid, not with the value that follows it in reading order."""
    if not any(ln.table is not None for ln in lines):
        return lines
    rows: dict[int, list[Line]] = {}
    for ln in lines:
        if ln.row is not None and ln.col is not None:
            rows.setdefault(ln.row, []).append(ln)
    order = list(rows)
    paired: dict[int, Line] = {}  # the first line of a label row → its pairs
    dropped: set[int] = set()
    for upper, lower in pairwise(order):
        heads, values = rows[upper], rows[lower]
        if (len(heads) < 2 or [h.col for h in heads] != [v.col for v in values]
                or heads[0].table != values[0].table
                or not all(_HAS_LETTER.search(h.text) and not value_only(h.text, locale)
                           for h in heads)
                or not all(value_only(v.text, locale) for v in values)):
            continue
        text = " ".join(f"{h.text.rstrip(':： ')}:{v.text.strip()}" for h, v in zip(
            heads, values, strict=True))
        paired[id(heads[0])] = heads[0]._replace(text=text, parts=())
        dropped.update(id(ln) for ln in (*heads[1:], *values))
    if not paired:
        return lines
    return [paired.get(id(ln), ln) for ln in lines if id(ln) not in dropped]


def _parts_as_pairs(line: Line, locale: str | None) -> str | None:
    """A line made of a label element and a value element, in turn (``<span>Hyrje</span>
    <span>$0.48/M</span>``), as ``Hyrje:$0.48/M``: the elements' boundary is the colon the page
    did not write. The label need not be a known word, so a page in a language no vocabulary
    file has still gives its header prices. A label may hold two figures (``Hyrje | $2/M |
    $2.50/M``): the second stays beside the first, for the normalizer to weigh as an official
    price against the page's discount."""
    parts = [p.strip() for p in line.parts if p.strip()]
    if len(parts) < 2 or len(parts) > 9:
        return None
    pairs: list[str] = []
    at = 0
    while at < len(parts):
        label = parts[at]
        if (len(label) > 48 or not _HAS_LETTER.search(label) or label.endswith(_COLONS)
                or has_money_marker(label) or value_only(label, locale)):
            return None
        values = []
        at += 1
        while at < len(parts) and len(values) < 2 and value_only(parts[at], locale):
            values.append(parts[at])
            at += 1
        if not values or (len(values) == 2 and not all(
                find_money(v, locale) for v in values)):
            return None
        pairs.append(f"{label}:{' '.join(values)}")
    return " ".join(pairs)


#: a parenthesis that ends its line: "(1K символ ючюн)" after "$0.08"
_ASIDE = re.compile(r"\s*[(（]([^()（）]{1,40})[)）]\s*$")


def unit_aside(value: str, line: str) -> str:
    """What a parenthesis right after a figure says when it ends the line ("Багъасы:$0.08
    (1K символ ючюн)"): a figure's unit set in an element of its own, a count and its word,
    whatever the language; "" when the figure is not followed by one alone."""
    at = line.rfind(value) if value and line else -1
    aside = _ASIDE.match(line, at + len(value)) if at != -1 else None
    return aside.group(1) if aside else ""


#: a slash and one word of letters, nothing after: "/prenki" of "$0.024/prenki"
_SLASH_WORD = re.compile(r"\s?/\s?[^\W\d_]+\.?\s*")


def slash_word_after(text: str, end: int) -> str:
    """The slash and word that end a figure's line after its end ("$0.024/prenki",
    "$0.06/ሰከንድ"): the figure's unit in the page's own word, part of the figure as written
    though no vocabulary reads it; "" when anything else follows."""
    return text[end:].rstrip() if _SLASH_WORD.fullmatch(text, end) else ""


#: the price kinds a unit names: a per-token figure under one of their words is not of it
_PER_UNIT_KINDS = frozenset(k for k in labels.PRICE_KINDS if k not in ("input", "output"))


def place_fields(pairs: list[tuple[str, ...]], locale: str | None = None,
                 line: str = "") -> list[Field]:
    """Give each ``Label:value`` its meaning: by vocabulary, by the unit it states, by position."""
    fields: list[Field] = []
    token_prices_seen = 0
    for pair in pairs:
        raw_label, value = pair[0], pair[1]
        source = pair[2] if len(pair) > 2 else line
        label = known_tail(bare(raw_label))
        # "Ŋmalɛi (per image)": what its brackets gloss when the label alone is unknown
        meaning = labels.meaning_of(label) or (labels.meaning_of(raw_label)
                                               if raw_label != label else None)
        placed_by = "vocabulary" if meaning else None
        money = find_money(value, locale)
        if meaning is None and money and column_by_root(label) == "official_price":
            # "Prezio ofiziala:$2.50/M" after "Sarrera:$2/M": the price line's official
            # figure (Latin officialis), never a price of its own nor placed by its position
            fields.append(Field(label, value, "official_price", "root",
                                source or f"{raw_label}: {value}", raw_label))
            continue
        is_price = bool(money)
        per = money[0].per if money else None
        if per == UNIT_TOKENS and meaning in _PER_UNIT_KINDS:
            # "Image output: $40/M", "Myndinntak: $10/M": a word for an image (or a request)
            # over a per-token figure names what the tokens are, not the unit it is priced by
            meaning, placed_by = None, None
        if is_price and per is None and meaning not in labels.PRICE_KINDS:
            stated = unit_of_label(raw_label, locale)  # "Per 1K characters: $0.015"
            aside = unit_aside(value, source) if stated is None else ""
            if aside:  # "Багъасы:$0.08 (1K символ ючюн)"
                stated = unit_of_label(aside, locale)
            per = stated[0] if stated else None
        if is_price and meaning not in labels.PRICE_KINDS:
            by_unit = KIND_BY_UNIT.get(per or "")
            if by_unit is not None:
                meaning, placed_by = by_unit, "unit"
            elif per == UNIT_TOKENS and meaning is None:
                meaning = ("input", "output")[token_prices_seen] if token_prices_seen < 2 else None
                placed_by = "position" if meaning else None
        elif not is_price and meaning in labels.PRICE_KINDS:
            meaning, placed_by = None, None  # a size under a price word: do not guess
        if is_price and per == UNIT_TOKENS:
            token_prices_seen += 1
        fields.append(Field(label, value, meaning, placed_by, source or f"{raw_label}: {value}",
                            raw_label))
    return fields
