"""Context window and maximum output, from every place a page states them, in any language.

Candidates come, in order of trust, from the specification table (``Context window | 200,000
tokens``, ``Fenêtre de contexte | 128 000 jetons``), the header (``Context:1M``,
``Kontext:128.000``) and the prose of the whole page, summary included ("a 128K context
window", "上下文窗口为 128K", "200K 토큰 컨텍스트", "Kontextfenster von 1 Mio. Token"). In prose a
figure belongs to the nearest context or output word of its sentence (from the vocabulary
files); a figure nearer an output word is the output limit.

The first candidate wins, except that a rounded figure gives way to an exact one within 5%
(8K and 8,192 → 8192). Candidates that disagree otherwise are a ``conflict``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick

from catalog.meaning.prose import (
    COORDINATION,
    _lower,
    find_words,
    has_word,
    mentions,
    name_spans,
    names_in,
    only_others_after,
    sentences,
    slug_form,
    whose,
)
from scrapers.reading import labels
from scrapers.reading.cognates import (
    is_token_word,
    latin_letters,
    root_spans,
    skeleton,
    word_at,
    words_of,
)
from scrapers.reading.grammar import (
    COMPARISON_SIGNS,
    Size,
    best_size,
    find_sizes,
    has_digit,
    has_money_marker,
    may_hold_size,
    may_start_size,
    same_size,
)
from scrapers.reading.vocabulary import vocabulary

#: a figure that is one side of an image size: "1024×1792", "1792 x 1024"
_DIMENSION = re.compile(r"\d\s?[×xX]\s?\d")
_REACH = 48  # characters between a figure and its word, at most
#: what ends a sentence or clause between a word and its figure: the full stops of every
#: script (the Devanagari danda, Armenian, Ethiopic, CJK…) and semicolons
_STOPS = frozenset(".;。；！？!?؟।॥։។။።")
#: the commas of every script: what separates clauses inside a sentence
_COMMAS = frozenset(",،、，՝")
#: a model's name with its version ("GLM-4.6", "gpt-4o", "Claude-3.5"): between a size word and
#: its figure, its dot ends no sentence and its digits are no figure
_NAME_WITH_DIGITS = re.compile(r"(?<![\w.])[^\W\d_]\w*(?:[-.]\w+)*[-.]?\d\w*(?:[-.]\w+)*")


@dataclass(frozen=True)
class SizeStatement:
    """A size a page states, with what it measures and the text it was read from."""

    field: str          # "context" or "max_output"
    size: Size
    evidence: str
    where: str          # "specification", "header", "prose"


@dataclass
class ProseScan:
    """What ``prose_sizes`` saw, for ``token_counts`` to read on without a second pass: the
    passages that are not another model's card and hold a digit a figure can start at, and
    (passage, start) of every figure a size word claimed, taken or not."""

    own: list[str] = field(default_factory=list)
    claimed: set[tuple[str, int]] = field(default_factory=set)

    @staticmethod
    def for_page(locale: str | None) -> ProseScan | None:
        """A scan for a page in a language no vocabulary file has, else None: where a
        vocabulary knows the language, its words say what a figure measures (and whether an
        output figure is a limit or a use); where none does, the figure's unit ("token",
        borrowed in any script) is what the reader has."""
        return ProseScan() if _without_vocabulary(locale) else None


def prose_sizes(passages: list[str], locale: str | None, names: set[str] | None = None,
                known: frozenset[str] = frozenset(),
                scan: ProseScan | None = None) -> list[SizeStatement]:
    """Every context or output size stated in the passages (what was seen, into ``scan``)."""
    found: list[SizeStatement] = []
    claimed = scan.claimed if scan is not None else None
    for index, passage in _own_passages(passages, names or set(), known):
        startable = may_start_size(passage) or bool(_concord_starts(passage))  # asked once
        following = passages[index + 1] if index + 1 < len(passages) else ""
        if not (may_hold_size(passage, locale, startable)
                or (len(passage) <= 48 and has_digit(following[:24]))):
            continue  # no figure here, nor a label whose value is next: no word need be sought
        sized = (has_word("context_words", passage) or has_word("max_output_words", passage)
                 or bool(_root_words(passage, locale)) or bool(_input_words(passage))
                 or bool(_output_label_words(passage, locale)))
        if not (sized or scan is not None):
            continue  # most of a page's text names no size: one scan, no sentence splitting
        if scan is not None and startable:
            scan.own.append(passage)
        if not sized:
            continue
        sizes = _after_own_names(passage, _sizes_near_words(passage, locale, startable),
                                 names or set(), locale)
        if not sizes:
            if len(passage) <= 48 and has_digit(following[:24]):
                # a label and its value in separate elements: "Контекстное окно" / "128 000"
                joined = f"{passage} {following}"
                found.extend(_in_passage(joined, _no_tier_bounds(joined, "", find_sizes(
                    joined, locale)), names or set(), locale, known))
            continue
        # a figure no context holds ("The 8B model reads up to 128K"): a parameter count
        sizes = [size for size in _no_tier_bounds(passage, following, sizes)
                 if size.tokens <= _CONTEXT_MOST]
        found.extend(_in_passage(passage, sizes, names or set(), locale, known, claimed))
    return found


#: how many short passages under another model's name are that model's (a card: its prices,
#: its context, a line of description), and how long such a line is at most
_UNDER_TITLE = 4
_CARD_LINE = 120


def _own_passages(passages: list[str], names: set[str],
                  known: frozenset[str]) -> Iterator[tuple[int, str]]:
    """The passages (with their index) that are not another model's card: a title naming
    another model, and the short lines right under it, state that model's sizes."""
    under_other = 0  # short passages still to come under another model's title
    for index, passage in enumerate(passages):
        following = passages[index + 1] if index + 1 < len(passages) else ""
        if _is_other_title(passage, following, names, known):
            under_other = _UNDER_TITLE
            continue
        if under_other:
            under_other -= 1
            if len(passage) <= _CARD_LINE and not any(
                    ours for _s, _e, ours, _t in mentions(passage, names, known)):
                continue  # a card's line: "Devstral Medium" / "Kontekst:128K" is Devstral's
            under_other = 0
        yield index, passage


def others_card_lines(passages: list[str], lines: set[str], names: set[str],
                      known: frozenset[str] = frozenset()) -> frozenset[str]:
    """Which of ``lines`` (a header's) are only another model's card's (under its title,
    ``_own_passages``) and nowhere this model's: a header pair read from one ("Claude Opus
    4.1" / "Контекст: 200K" right under the summary, no section heading between) is that
    model's size. Only the passages up to the last of ``lines`` are walked: the header's. So
    is a cell of a row whose first cell is another model's name alone (a definition list,
    "GPT-4.1 | Context: 1M tokens | Max output: 32K tokens")."""
    last = max((i for i, passage in enumerate(passages) if passage in lines), default=-1)
    head = passages[:last + 1]
    own = {passage for _index, passage in _own_passages(head, names, known)}
    found = {passage for passage in head if passage in lines and passage not in own}
    for passage in passages:
        if " | " not in passage:
            continue
        first, *cells = passage.split(" | ")
        if any(cell in lines for cell in cells) and _is_other_title(first, "", names, known):
            found.update(cell for cell in cells if cell in lines)
    return frozenset(found)


def exact_restatements(passages: list[str], rounded: Size, locale: str | None,
                       names: set[str], known: frozenset[str] = frozenset(),
                       other_sizes: tuple[int, ...] = ()) -> list[tuple[Size, str]]:
    """The exact figure the page gives elsewhere for a size it stated rounded, found by its
    value, in any language: "Context:1M" in the header and "10,48,576" in a Malayalam
    sentence, "128K" and "131,072" in an Irish one. A figure within rounding of the rounded
    size (``same_size``) is that size made exact; no word of the sentence need be known. The
    same value written in full ("128K" and "128,000 tokens") is the size's sentence when the
    prose makes it no more exact.

    Each figure comes with its sentence. Nothing is returned when the prose holds two
    different such figures (which one is meant?) or when a figure is as near another size of
    the page (``other_sizes``: a 128K context beside a 128K output); a figure that ``whose``
    gives another model is that model's (a comparison: "GLM-4.5 reads 131,072")."""
    found: list[tuple[Size, str]] = []
    written_out: list[tuple[Size, str]] = []  # the same value written in full: "128,000"
    for _index, passage in _own_passages(passages, names, known):
        if not may_start_size(passage):
            continue
        for size in find_sizes(passage, locale):
            if not (size.exact and same_size(size.tokens, rounded.tokens)):
                continue
            if any(same_size(size.tokens, other) for other in other_sizes):
                return []
            if _counts_something_else(passage, size.end) or _DIMENSION.search(
                    passage[max(0, size.start - 3):size.end + 3]):
                continue
            sentence, local = _in_sentence(_sentence_spans(passage, locale), passage, size)
            if not _another_models(sentence, local, names, known) or _size_word_clause(
                    sentence, local, names, known, locale):
                (found if size.tokens != rounded.tokens else written_out).append(
                    (size, sentence))
    found = found or written_out
    if len({size.tokens for size, _sentence in found}) != 1:
        return []
    return found


#: what opens a clause of its own inside a sentence: a colon, a semicolon, a dash
_OWN_CLAUSE_OPENERS = ":：;；—–"
#: the words before a sentence's subject at most ("The new Beta Coder 1 …"): a model named
#: there is what the whole sentence, its later clauses' pronouns included, is about
_SUBJECT_OPENING = 2


def _size_word_clause(sentence: str, size: Size, names: set[str], known: frozenset[str],
                      locale: str | None) -> bool:
    """Is the figure in a clause of its own whose subject is the size itself ("… doubles the
    context of the original K2: the window now holds 262,144 tokens"): after a colon,
    semicolon or dash, words before the figure, among them a context word, and no model named
    in it? Such a clause states the page's own size whatever model the clause before it
    named; a label's colon right before the figure ("GLM-4.5: 131,072") opens none."""
    start = max(sentence.rfind(ch, 0, size.start) for ch in _OWN_CLAUSE_OPENERS) + 1
    clause = sentence[start:size.start]
    if start == 0 or len(clause.split()) < 2:
        return False
    named = mentions(sentence, names, known)
    if any(start <= m[0] < size.end for m in named):
        return False
    if any(not ours and len(sentence[:at].split()) <= _SUBJECT_OPENING
           for at, _end, ours, _text in named):
        return False  # "Beta Coder 1 doubles that: its window takes …": the sentence's subject
    return has_word("context_words", clause) or bool(root_spans(clause, "context")) or any(
        kind == "context" for _s, _e, kind in _cognate_words(clause))


class TokenCount(NamedTuple):
    """A count of tokens the prose states of this model that no size word claims, with its
    sentence: "Yn ien antwurd … op syn heechst 32.768 tokens", "16 ሺህ ቶከን ነው"."""

    size: Size
    sentence: str


def token_counts(scan: ProseScan, locale: str | None, names: set[str], known: frozenset[str],
                 stated: tuple[int, ...], tiers: tuple[int, ...] = ()) -> list[TokenCount]:
    """The counts of tokens the prose states of this model that no size word claimed, in page
    order: what a number IS follows from its unit, whatever the sentence's other words.

    A figure counts tokens when the word after it is the borrowed "token" (by its skeleton,
    any script: ``is_token_word``), a vocabulary's word for tokens, or a word glossed so in
    brackets ("200,000 àmì (token)"); or the page's own word for them, which the page teaches
    by writing it after a figure a size word claimed or one equal to a size it states
    (``stated``: "Samhengi:1M" and "1.047.576 tóka" make "tóka" this page's word). A count in
    a sentence naming another model is that model's unless ``whose`` gives it this one.

    No count is a size in a line that states a price (a tier's bound, "Керү, 128 мең токенга
    кадәр $2.4/M"), nor one equal to a bound of the page's price tiers (``tiers``: "when a
    request exceeds 128K tokens" beside a "> 128K" row), nor one thousand (the quantity
    prices are stated for: "fiyatlar 1K token başınadır"), nor more than any context holds
    (trillions of training tokens)."""
    claimed = scan.claimed
    seen: list[tuple[str, Size, str, bool]] = []  # passage, figure, its word, said as tokens
    taught: set[str] = set()
    for passage in scan.own:
        for size, word, said in _figures_and_units(passage, locale, stated):
            seen.append((passage, size, word, said))
            if said or (passage, size.start) in claimed or any(
                    same_size(size.tokens, other) for other in stated):
                taught.add(_stem(word))
    found: list[TokenCount] = []
    for passage, size, word, said in seen:
        if (passage, size.start) in claimed or not (said or _stem(word) in taught):
            continue
        if (size.tokens == 1000 or size.tokens > _CONTEXT_MOST
                or any(same_size(size.tokens, tier) for tier in tiers)):
            continue
        sentence, local = _in_sentence(_sentence_spans(passage, locale), passage, size)
        if _about_this_model(sentence, local, names, known, _capitalized(word)):
            found.append(TokenCount(size, sentence))
    return found


@lru_cache(maxsize=2048)  # a page's lines recur across its locales and its neighbours
def _figures_and_units(passage: str, locale: str | None, stated: tuple[int, ...] = ()
                       ) -> tuple[tuple[Size, str, bool], ...]:
    """The figures of a passage with the word after each, and whether that word names tokens
    (``_names_tokens``); none in a line that states a price (its counts are a tier's or the
    price's quantity), nor figures counting words, pixels, or one side of an image size."""
    if has_money_marker(passage):
        return ()
    found = []
    sizes = find_sizes(passage, locale)
    if _concord_starts(passage):
        sizes = sorted([*sizes, *_concord_figures(passage, locale)], key=lambda size: size.start)
    scaled = [size for size in _scaled_by_unknown_words(passage, stated)
              if not any(size.start < f.end and f.start < size.end for f in sizes)]
    for size in sorted([*sizes, *scaled], key=lambda size: size.start) if scaled else sizes:
        if _after_a_comparison(passage, size):
            continue  # "≤ 200K tokens", "> 128K": a price tier's bound, a threshold, no size
        word, glossed = _unit_after(passage, size.end)
        if not (glossed or (word is not None and _names_tokens(word))):
            before = _token_word_before(passage, size.start)
            if before is not None and not _counts_something_else(passage, size.end) \
                    and not _DIMENSION.search(passage[max(0, size.start - 3):size.end + 3]) \
                    and not _is_rate(passage[size.end:]):
                found.append((size, before, True))
                continue
        if word is None or _counts_something_else(passage, size.end) or _DIMENSION.search(
                passage[max(0, size.start - 3):size.end + 3]) or _is_rate(
                    passage[passage.find(word, size.end) + len(word):]):
            continue
        found.append((size, word, glossed or _names_tokens(word)))
    return tuple(found)


#: the word right before a figure, only spaces between, or the concord of a language whose
#: numerals agree with their noun: a short particle written apart ("dithokheni tše 65 536") or
#: a prefix hyphened to the figure ("amathokheni angama-65,536"); a concord is a few letters
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \u00a0\u202f]+"
                          r"(?:[^\W\d_]{1,3}[ \u00a0\u202f]+|[^\W\d_]{1,8}-)?\Z")


#: a hyphen before a digit, what any concord figure holds ("angama-65,536", "gpt-4o"); a
#: literal first, which the regex engine finds fast
_HYPHEN_DIGIT = re.compile(r"-\d")
#: a word, then a numeral's concord ending at a hyphen ("amathokheni angama"), read back from it
_CONCORD_BEFORE_HYPHEN = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+)[ \u00a0\u202f]+[^\W\d_]{1,8}\Z")


#: the most letters a numeral's concord has ("angama", "langema")
_CONCORD_MOST = 8


@lru_cache(maxsize=2048)  # a page's passages are asked again by the size readers
def _concord_starts(passage: str) -> tuple[int, ...]:
    """Where the figures start that a numeral's concord is hyphened to after the word "token",
    as Bantu languages write a count ("ngamathokheni ayi-1,048,576"): figures
    ``may_start_size`` does not see, as a figure joined to letters is otherwise a name's part
    ("gpt-4"). Read back from each letter-hyphen-digit, few in a passage."""
    starts = []
    if "-" not in passage:
        return ()
    for m in _HYPHEN_DIGIT.finditer(passage):
        words = passage[max(0, m.start() - 48):m.start()].split()
        if len(words) < 2 or not (words[-1].isalpha() and len(words[-1]) <= _CONCORD_MOST):
            continue  # "gpt-4o", "Llama-3": a name's parts, no concord alone before the hyphen
        if words[-2].isalpha() and is_token_word(words[-2]) and _CONCORD_BEFORE_HYPHEN.search(
                passage, max(0, m.start() - 48), m.start()):
            starts.append(m.start() + 1)
    return tuple(starts)


def _concord_figures(passage: str, locale: str | None) -> list[Size]:
    """The figures of ``_concord_starts``, each as ``find_sizes`` reads it."""
    found = []
    for at in _concord_starts(passage):
        size = next((f for f in find_sizes(f" {passage[at:at + 24]}", locale) if f.start == 1),
                    None)
        if size is not None:
            found.append(Size(size.tokens, size.exact, size.text, at + size.start - 1,
                              at + size.end - 1))
    return found


def _token_word_before(passage: str, start: int) -> str | None:
    """The borrowed "token" written right before a figure, as languages whose numerals follow
    their noun write a count ("token 200,000", "ma token 128,000", "tokens 16,384"): that word
    is the figure's unit. Not a label's word before a colon, nor the unit of a figure before
    it ("128K tokens 200,000": two figures, no order to read)."""
    found = _WORD_BEFORE.search(passage, max(0, start - 40), start)
    if found is None or not is_token_word(found.group(1)):
        return None
    if _has_figure(passage[max(0, found.start() - 6):found.start()]):
        return None
    return found.group(1)


def place_token_counts(counts: list[TokenCount], context: Size | None, output: Size | None
                       ) -> tuple[list[SizeStatement], list[TokenCount]]:
    """The sizes the counts state, placed by what the page states itself, and the counts no
    rule places (a ``unplaced_size`` finding: when two readings remain, no fact).

    A count equal to the page's context or output (8K and 8,192 are one fact) restates it. Of
    the rest, a rounded count and the exact one restating it are one fact. Then: beside a known
    context, one smaller fact set as limits are (``_limit_like``) is the output limit; beside
    a known output, one larger fact is the context (an output is part of its context and cannot
    exceed it); with neither known, two facts with the larger first are the context and the
    limit, the order in which pages state them (as the header's sizes are placed)."""
    placed: list[SizeStatement] = []
    facts: list[list[TokenCount]] = []
    for count in counts:
        for kind, size in (("context", context), ("max_output", output)):
            if size is not None and same_size(count.size.tokens, size.tokens):
                placed.append(SizeStatement(kind, count.size, count.sentence, "prose"))
                break
        else:
            fact = next((f for f in facts if same_size(f[0].size.tokens, count.size.tokens)),
                        None)
            if fact is None:
                facts.append([count])
            else:
                fact.append(count)
    for fact in facts:  # "about 8 000, exactly 8 192": a whole thousand is the rounding
        fact.sort(key=lambda c: (not c.size.exact, c.size.tokens % 1000 == 0))
    values = [fact[0].size for fact in facts]
    fields: list[str] = []
    if context is not None and output is None and len(values) == 1:
        if values[0].tokens < context.tokens and _limit_like(values[0]):
            fields = ["max_output"]
    elif output is not None and context is None and len(values) == 1:
        if output.tokens < values[0].tokens <= _CONTEXT_MOST:
            fields = ["context"]
    elif context is None and output is None and len(values) == 2:
        if (values[0].tokens > values[1].tokens and values[0].tokens <= _CONTEXT_MOST
                and _limit_like(values[1])):
            fields = ["context", "max_output"]
    elif context is not None and output is not None:
        return placed, []  # both stated: another count is a use, not a size
    if not fields:
        return placed, [fact[0] for fact in facts]
    for kind, fact in zip(fields, facts, strict=True):
        placed.extend(SizeStatement(kind, c.size, c.sentence, "prose") for c in fact)
    return placed, []


#: the largest context window a count of tokens is read as (trillions of training tokens are
#: no context)
_CONTEXT_MOST = 20_000_000


def _limit_like(size: Size) -> bool:
    """Is the figure one a limit is set at: rounded as written ("16 ሺህ"), a power of two
    (8,192) or whole thousands (64,000)? A use is counted ("about 1,056 tokens an image")."""
    return (not size.exact or size.tokens % 1000 == 0
            or (size.tokens >= 1024 and size.tokens & (size.tokens - 1) == 0))


#: a comparison sign right before a figure ("≤ 200K", "> 128K", "<= 32K"): the figure bounds a
#: range (a price tier's rows are written so), it is no size of the model
_COMPARED = re.compile(rf"[{COMPARISON_SIGNS}]=?[\s\u00a0\u202f]*\Z")


def _no_tier_bounds(passage: str, following: str, sizes: list[Size]) -> list[Size]:
    """The figures of a passage but a price tier's bounds: in a passage that states a price or
    heads one ("Context length | Input | Output ≤ 200K tokens | $3/M"; "Context ≤ 128K
    tokens" over "Input $3/M"), a figure after a comparison sign is where a tier ends, a
    threshold of the prompt's length, no size of the model."""
    if not sizes or not (has_money_marker(passage) or has_money_marker(following)):
        return sizes
    return [size for size in sizes if not _after_a_comparison(passage, size)]


def bounds_a_range(line: str, value: str) -> bool:
    """Does a comparison sign stand right before a header line's value ("Context ≤ 128K
    tokens", read as the label "Context ≤" and the value "128K")? The value is then a price
    tier's bound, no size of the model."""
    at = line.find(value)
    return at > 0 and _COMPARED.search(line[max(0, at - 4):at]) is not None


def _after_a_comparison(passage: str, size: Size) -> bool:
    """Does a comparison sign stand right before the figure ("≤ 200K", "> 128K")?"""
    return _COMPARED.search(passage[max(0, size.start - 4):size.start]) is not None


#: what may stand between a figure and its unit word: spaces, an opening bracket
_BEFORE_UNIT = " \u00a0\u202f\u2009(（"


#: the longest word taken for a count word (a classifier: "টা", "টি"; "of") between a figure
#: and its unit
_COUNT_WORD = 2


def _unit_after(passage: str, end: int) -> tuple[str | None, bool]:
    """The word after a figure, and whether the word after it in brackets is the borrowed
    "token" (a page glossing its own word: "200,000 àmì (token)"). A word of one or two letters
    followed by a word for tokens is a count word (the classifier of Bengali, Assamese and
    other languages that count with one: "৬৫,৫৩৬ টা টোকেন"); the unit is the word after it."""
    at = end
    if 0 < end < len(passage) and passage[end - 1].isalpha():
        at += len(word_at(passage, end) or "")  # the number word's ending: "16 ሺ|ህ ቶከን"
    start = at
    while at < len(passage) and passage[at] in _BEFORE_UNIT and at - start < 3:
        at += 1
    word = word_at(passage, at)
    if word is None:
        return None, False
    if len(word) <= _COUNT_WORD and not _names_tokens(word):
        # a count word between the figure and its unit ("৬৫,৫৩৬ টা টোকেন", "128K of tokens"):
        # the unit is the word after it
        after = at + len(word)
        while after < len(passage) and passage[after] in _BEFORE_UNIT and after - at < 6:
            after += 1
        unit = word_at(passage, after)
        if unit is not None and _names_tokens(unit):
            at, word = after, unit
    rest = passage[at + len(word):at + len(word) + 3]
    gloss_at = at + len(word) + len(rest) - len(rest.lstrip(_BEFORE_UNIT))
    gloss = word_at(passage, gloss_at) if "(" in rest or "（" in rest else None
    return word, gloss is not None and _names_tokens(gloss)


#: a capitalized word inside a sentence ("Codestral", "Mistral's"): a name, perhaps another
#: model's; an acronym ("JSON", "API") is none
_CAPITALIZED = re.compile(r"(?<=\s)[A-ZÀ-ÞА-ЯΑ-Ω][a-zß-ÿа-яα-ω]")


def is_a_sentence(line: str) -> bool:
    """Is a header line a sentence ("Mae delwedd yn costio tua 1,290 tocyn."): five words or
    more and a full stop at its end? Its figure is no header size placed by the header's order
    (a label is a word or a few, "Kontext:1 Mio." ends in an abbreviation's dot). A script
    written without spaces has no words to count: there a full stop no abbreviation uses
    ("。", "।") ending a line longer than a label says it ("…3万2千トークンまでです。")."""
    text = line.rstrip()
    if text[-1:] not in _STOPS:
        return False
    return len(text.split()) >= 5 or (text[-1] != "." and len(text) >= _CARD_LINE // 4)


def header_sentence_of_another(line: str, value: str, names: set[str],
                               known: frozenset[str], locale: str | None,
                               meaning: str | None = None) -> bool:
    """Is a header pair's line a sentence whose figure is another model's or another
    subject's ("GPT-5 has a context window of 400K tokens." on GPT-5 mini's page, "The
    predecessor had a context window of 128K", right under the summary with no section
    heading between)? A sentence is prose wherever it stands: whose figure it is, and what it
    measures, follow the rules of the prose (``_in_passage``), not the header's label-and-value
    order: where the prose reads a size in the sentence, the prose states the sentence's sizes
    and the pair is no header size ("… 200,000 token ci context, output bi 65,536 token": the
    sentence's first size word, which a label reader takes, is not that figure's)."""
    if not is_a_sentence(line):
        return False
    at = line.find(value)
    sizes = find_sizes(line, locale)
    size = next((f for f in sizes if f.start <= at < f.end or f.start == at), None)
    if at == -1 or size is None:
        return False
    if meaning is not None and _in_passage(line, sizes, names, locale, known):
        return True
    sentence, local = _in_sentence(_sentence_spans(line, locale), line, size)
    before = line[:size.start - local.start]
    # the subject before the figure decides; a word after it ("…, o Beta Max – 1 000 000")
    # may be another clause's
    return (_another_models(sentence, local, names, known)
            or _described_by_its_name(before, sentence, names, known)
            or _other_subject_before(sentence, local, names, known))


def counts_a_rate(line: str, end: int) -> bool:
    """Is the figure ending at ``end`` a rate ("400,000 tokens per minute", "2M tokens/min"):
    its unit, when a word for tokens, then a per word or a "/"? A header line stating one
    ("Rate limit: 400,000 tokens per minute") states no size."""
    unit, _glossed = _unit_after(line, end)
    if unit is not None and _names_tokens(unit):
        at = line.find(unit, end)
        return _is_rate(line[at + len(unit):])
    return _is_rate(line[end:])


def _is_rate(following: str) -> bool:
    """Does the text after a count's unit make it a rate or a price's quantity ("tokens per
    minute", "tokens/s", "токенов за минуту"): a "/" or a per word of any language next?"""
    rest = following.lstrip(" \u00a0\u202f").casefold()
    if rest.startswith(("/", "／")):
        return True
    word = word_at(rest, 0)
    return word is not None and word in _per_words()


def _stem(word: str) -> str:
    """A word without its ending, for a page's inflections of it ("tóka", "tóki")."""
    low = word.casefold()
    return low[:max(3, len(low) - 2)]


@cache
def _unit_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every vocabulary's words of four letters or more for tokens, in Latin letters
    ("jeton" for "ĵetonojn"), and its words for other units ("tekens": characters)."""
    tokens, others = [], []
    for word, unit in vocabulary().unit_index.items():
        if len(word) >= 4 and word.isalpha():
            (tokens if unit == "tokens" else others).append(word)
    return tuple(latin_letters(w) for w in tokens), tuple(others)


@lru_cache(maxsize=1024)
def _names_tokens(word: str) -> bool:
    """Does the word name tokens: a vocabulary's word for them, or the borrowed "token" that
    no vocabulary knows as another unit ("tekens" are characters in Dutch)?"""
    low = word.casefold()
    tokens, others = _unit_words()
    if any(low.startswith(other) for other in others):
        return False
    latin = latin_letters(low)
    return is_token_word(word) or any(latin.startswith(t) for t in tokens if t)


def _capitalized(word: str) -> bool:
    """Is a word written with a capital and then small letters ("Tokens", "Antwoort")?"""
    return word[:1].isupper() and word[1:2].islower()


def _about_this_model(sentence: str, local: Size, names: set[str],
                      known: frozenset[str], nouns_capitalized: bool = False) -> bool:
    """Is a figure no size word claims said of this model: ``whose`` gives it this one, or its
    sentence names no other model, not even by a capitalized name without a version
    ("Codestral, Mistral's coding model, reads 256K tokens"); and no other subject ("larger
    models") is the figure's clause's?

    ``nouns_capitalized``: the sentence writes its word for tokens, a common noun, with a
    capital inside it ("… op hühstens 4096 Tokens"), as German and its neighbours write every
    noun; there a capital marks a noun, no name ("En einer Antwoot"), and only the names the
    reader knows (``mentions``, ``whose``) make the count another model's."""
    who = whose(sentence, local.start, names, known)
    found = mentions(sentence, names, known)
    others = [m for m in found if not m[2] and not _only_the_figure(sentence, m, local)]
    ours = [(m[0], m[1]) for m in found if m[2]]
    if who is False or (who is None and (others or (not nouns_capitalized and any(
            not any(start <= c.start() < end for start, end in ours)
            for c in _CAPITALIZED.finditer(sentence, 1))))):
        return False  # a capitalized word of this model's own name names no other model
    if any(_near(local, m) for m in others):
        return False
    return not (has_word("other_subject_words", _rest_of_clause(sentence, local.end))
                or _other_subject_before(sentence, local, names, known))


def _only_the_figure(sentence: str, mention: tuple[int, int, bool, str], size: Size) -> bool:
    """Is a "name" the figure and a word before it ("E 2 miriona tohu": the Māori particle and
    the figure look like a name and its version): every digit of it is the figure's?"""
    start, end = mention[0], mention[1]
    return any(ch.isdigit() for ch in sentence[start:end]) and all(
        size.start <= at < size.end for at in range(start, end) if sentence[at].isdigit())


def _is_other_title(passage: str, following: str, names: set[str],
                    known: frozenset[str]) -> bool:
    """Is the passage nothing but another model's name ("Gemini 2.5 Flash"; "Devstral Medium"
    with its prices right under it): the title of a card or section about that model, so the
    short lines under it state its sizes, not this model's? A one-letter avatar before the
    name ("M Mistral Small 3.2") is part of no sentence; a label and its size ("Kontekst
    200K") is no name."""
    text = passage.strip()
    if not text or len(text) > 60 or any(ch in text for ch in ":：$|"):
        return False  # a label and its value, a price, a table row
    if any(ch.isdigit() for ch in text):
        avatar, _space, rest = text.partition(" ")
        if not (rest if len(avatar) == 1 else text)[:1].isalpha():
            return False  # "2026 CometAPI.", "≤ 200K tokens": a name starts with a letter
        found = mentions(text, names, known)
        if len(found) != 1 or found[0][2]:
            return False
        start, end = found[0][0], found[0][1]
        if len(text[:start].strip()) > 1 or text[end:].strip():
            return False
    else:  # a name without a digit: two to five capitalized words, a price right under them
        words = text.split()
        if words and len(words[0]) == 1:
            words = words[1:]  # the avatar
        if not (2 <= len(words) <= 5 and "$" in following
                and all(w[:1].isupper() for w in words)
                and not any(ch in text for ch in ":.?!")):
            return False
        if any(m[2] for m in mentions(text, names, known)):
            return False
    return not (has_word("context_words", text) or has_word("max_output_words", text)
                or root_spans(text, "context"))


def _sizes_near_words(passage: str, locale: str | None, startable: bool) -> list[Size]:
    """The figures of a passage that a size word could claim: only the stretches within reach
    of a context or output word are read (a long description holds many other numbers).

    A passage that cannot hold a figure (``may_hold_size``) has no window that can: a window
    starts at the passage's start or after a space, so a digit that starts a figure in the
    window starts one in the passage, and its case-folded text is part of the passage's."""
    if not may_hold_size(passage, locale, startable):
        return []
    hits = [(h.start, h.end) for h in (*find_words("context_words", passage),
                                       *find_words("max_output_words", passage))]
    hits += [(s, e) for s, e, _ in (*_root_words(passage, locale),
                                    *_output_label_words(passage, locale))]
    hits += _input_words(passage)
    spans: list[list[int]] = []
    for hit_start, hit_end in sorted(hits):
        start = max(0, hit_start - _REACH - 24)
        end = min(len(passage), hit_end + _REACH + 24)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    found: list[Size] = []
    for start, end in spans:
        while start > 0 and not passage[start - 1].isspace():
            start -= 1  # never cut a figure in two
        while end < len(passage) and not passage[end].isspace():
            end += 1
        window = passage[start:end]
        # no ``may_hold_size`` test again here: ``find_sizes`` makes the same two tests itself
        for size in find_sizes(window, locale):
            found.append(Size(size.tokens, size.exact, size.text, size.start + start,
                              size.end + start))
    if _without_vocabulary(locale):
        scaled = [size for size in _scaled_by_unknown_words(passage)
                  if any(start <= size.start and size.end <= end for start, end in spans)
                  and not any(size.start < f.end and f.start < size.end for f in found)]
        if scaled:
            found = sorted([*found, *scaled], key=lambda size: size.start)
    return found


def _after_own_names(passage: str, sizes: list[Size], names: set[str],
                     locale: str | None) -> list[Size]:
    """The figures with none read across the end of this model's own name: in "Alpha Coder 2
    200,000 token" (languages that put the figure right after the subject) the name's last
    digit is no group of the figure, which starts where the name ends. The page's own names
    are known exactly, so where one ends is certain; the figure is read again from there."""
    if not names or not any(" " in size.text or "\u00a0" in size.text for size in sizes):
        return sizes  # a figure read across a name's end holds the space after the name
    ends = [end for name in names_in(names, passage)
            for _start, end in name_spans(name, _lower(passage))]
    if not any(size.start < end < size.end for end in ends for size in sizes):
        return sizes
    found: list[Size] = []
    for size in sizes:
        end = next((end for end in ends if size.start < end < size.end), None)
        if end is None:
            found.append(size)
            continue
        rest = passage[end:size.end + 24]
        found.extend(Size(again.tokens, again.exact, again.text, end + again.start,
                          end + again.end)
                     for again in find_sizes(rest, locale)[:1]
                     if again.start + end < size.end)
    return found


def _without_vocabulary(locale: str | None) -> bool:
    """Is the page in a language no vocabulary file has?"""
    return not locale or vocabulary().language(locale) is None


#: a figure of one to three digits (any script's) and a space, a word after it: "400 טויזנט"
_SMALL_FIGURE = re.compile(r"(?<![\d.,٫٬])(\d{1,3})[ \u00a0\u202f]+(?=\w)")
#: the scripts whose languages count large numbers in powers of a thousand (thousand, million);
#: Indic scripts count in lakhs and crores, East and Southeast Asian ones in myriads
_THOUSANDS_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "GEORGIAN",
                                "ARMENIAN"})


@lru_cache(maxsize=1024)
def _scaled_by_unknown_words(passage: str, stated: tuple[int, ...] = ()) -> tuple[Size, ...]:
    """Figures scaled by a number word no data has ("400 טויזנט טאָקענס", "۱۲۸ هەزار تۆکن"),
    read by how numbers work: a word between a figure of at most three digits and a word for
    tokens, in a script whose languages count in powers of a thousand, multiplies it by one of
    them; a model's size lies between 1,000 and 20M tokens, so a figure over 20 before it
    makes the word a thousand (400 million tokens is no model's size), and then every figure
    before the same word in the passage is thousands. A figure of 20 or less before a word
    that never follows a larger one (2 thousand, or 2 million?) is no size, no rule chooses;
    unless one of the two is a size the page states (``stated``: "Context:2M" in its header),
    which the figure then restates: its evidence, never a new value.
    The word is no word for tokens, nor a label's word ("input"), nor a root of context or
    output; the figure one grouped with no digit before it ("1 400" is one number)."""
    uses: dict[str, list[tuple[int, int, int]]] = {}  # word → (figure, start, end)
    for match in _SMALL_FIGURE.finditer(passage):
        start = match.start(1)
        if start >= 2 and passage[start - 1] in " \u00a0\u202f" and passage[start - 2].isdigit():
            continue  # "1 400 …": the end of a grouped number
        at = match.end()
        word = word_at(passage, at)
        if word is None or len(word) < 3 or not _in_thousands_script(word) or _names_tokens(word):
            continue
        end = at + len(word)
        unit, glossed = _unit_after(passage, end)
        if unit is None or not (glossed or _names_tokens(unit)):
            continue  # the unit: a word for tokens, or one glossed so ("tohu (tokens)")
        if labels.meaning_of(word) is not None or root_spans(word, "context") or root_spans(
                word, "output"):
            continue  # "128 input tokens": what the tokens are, not how many
        uses.setdefault(word.casefold(), []).append((int(match.group(1)), start, end))
    found: list[Size] = []
    for figures in uses.values():
        if any(figure * 1_000_000 > _CONTEXT_MOST for figure, _s, _e in figures):
            found.extend(Size(figure * 1000, False, passage[start:end], start, end)
                         for figure, start, end in figures)
            continue
        for figure, start, end in figures:
            restated = [tokens for tokens in (figure * 1000, figure * 1_000_000)
                        if any(same_size(tokens, size) for size in stated)]
            if len(restated) == 1:
                found.append(Size(restated[0], False, passage[start:end], start, end))
    return tuple(sorted(found, key=lambda size: size.start))


def _in_thousands_script(word: str) -> bool:
    """Is the word written in a script of ``_THOUSANDS_SCRIPTS`` (by its first letter)?"""
    name = unicodedata.name(word[0], "")
    return name.split(" ", 1)[0] in _THOUSANDS_SCRIPTS


def _in_passage(passage: str, sizes: list[Size], names: set[str], locale: str | None = None,
                known: frozenset[str] = frozenset(),
                claimed: set[tuple[str, int]] | None = None) -> list[SizeStatement]:
    """The sizes of one passage: each figure belongs to the nearest size word that no full
    stop, semicolon or other figure separates from it; its evidence is its sentence."""
    if not sizes:
        return []
    words = [(h.start, h.end, "max_output") for h in find_words("max_output_words", passage)]
    taken = [(s, e) for s, e, _ in words]
    words += [(h.start, h.end, "context") for h in find_words("context_words", passage)
              if not any(h.start < e and s < h.end for s, e in taken)]
    words += [w for w in _root_words(passage, locale)
              if not any(w[0] < e and s < w[1] for s, e, _ in words)]
    words += [w for w in _output_label_words(passage, locale)
              if not any(w[0] < e and s < w[1] for s, e, _ in words)]
    inputs = [(s, e) for s, e in _input_words(passage)
              if not any(s < we and ws < e for ws, we, _ in words)]
    if not words and not inputs:
        return []
    spans: list[tuple[int, int, str]] | None = None
    # the passage with every model's name blanked, for what stands between a word and its
    # figure: "Kontextfënster vu Grok 4 ëmfaasst 256 Dausend", "חלון ההקשר של Claude Haiku 4.5
    # מכיל 200 אלף": a name's digits are no figure and its dot ends no sentence (whose figure
    # it is, the name decides below)
    masked = _without_names(passage, sizes, names, known)
    out: list[SizeStatement] = []
    unclaimed: list[Size] = []  # figures no word took as a size (``_beside_the_limit``)
    last: tuple[Size, str] | None = None  # the previous figure a word claimed, and its kind
    last_taken = False  # was it taken as a size (an unbounded output figure is not)
    for size in sizes:
        if masked[size.start:size.end].isspace():
            continue  # a figure inside a model's name ("Llama 3.3 70B") is no size
        if _counts_something_else(passage, size.end) or _DIMENSION.search(
                passage[max(0, size.start - 3):size.end + 3]):
            continue  # "roughly 150,000 words", "1,024 pixels", "1024×1792": no token count
        if _priced_per(passage, size):
            continue  # "প্রতি 1K ইনপুট টোকেনে $0.00055": what a price is for, no size
        restated = last is not None and _restates(passage, last[0], size)
        # "8K tokens, exactly 8,192", "128K (131,072 to be exact)": the same figure made
        # exact, whatever word it stands nearest
        best: tuple[int, str] | None = (0, last[1]) if restated and last else None
        for start, end, kind in ([] if best is not None else words):
            if end <= size.start:
                gap = size.start - end
                between = masked[end:size.start]
            elif start >= size.end:
                gap = start - size.end + 2  # a word before the figure is its label first
                between = masked[_word_end(passage, size):start]
            else:
                continue
            between = _NAME_WITH_DIGITS.sub(" ", between)  # "kontekstit të GLM-4.6 është"
            if gap > _REACH or any(ch in _STOPS for ch in between) or _has_figure(between):
                continue
            if any(ch in _COMMAS for ch in between):
                gap += _REACH  # "חלון ההקשר … הוא 200 אלף טוקנים, ותשובה …": a word of the
                # figure's own clause claims it before one across a comma
            if best is None or gap < best[0]:
                best = (gap, kind)
        if inputs and not restated:
            bounded = _bounded_input(passage, masked, size, inputs)
            if bounded is not None and (best is None or bounded[0] < best[0]):
                best = bounded
        if best is None and last is not None and _restates(passage, last[0], size, loose=True):
            # "…करिब १० लाख टोकनको छ; ठ्याक्कै भन्नुपर्दा १०,४८,५७६ टोकन": a figure no word claims,
            # made exact after a semicolon or in the next sentence
            restated, best = True, (0, last[1])
        if best is None:
            unclaimed.append(size)
            continue
        if claimed is not None:
            claimed.add((passage, size.start))
        if spans is None:
            spans = _sentence_spans(passage, locale)
        sentence, local = _in_sentence(spans, passage, size)
        first = size.start - local.start
        if _another_models(sentence, local, names, known):
            continue  # "Its sibling, Llama 4 Scout, has a 10M context", "… than GPT-4's 8K"
        if _described_by_its_name(passage[:first], sentence, names, known):
            continue  # "… than kimi-k2-thinking. The thinking variant also has a 256K context"
        if has_word("other_subject_words", sentence) and (has_word(
                "other_subject_words", _rest_of_clause(sentence, local.end))
                or _other_subject_before(sentence, local, names, known)):
            continue  # "(with 1M context options available on larger models)"
        local_words = [(s - first, e - first, k) for s, e, k in words]
        if best[1] == "max_output" and not (restated and last_taken) and not _bounded(
                sentence, local, local_words) and not _beside_the_context(out, sentence, size):
            # a restated figure is the limit its rounding was ("at most about 8K tokens,
            # precisely 8,192"); the exact figure restating an unbounded rounding is one when
            # bounded itself ("about 8 thousand tokens in one answer; the exact limit is 8,192");
            # a paragraph stating this model's context states its limits (``_beside_the_context``)
            last, last_taken = (size, best[1]), False
            unclaimed.append(size)
            continue  # "an image costs about 1,056 output tokens" is a use, not a limit
        out.append(SizeStatement(best[1], size, sentence, "prose"))
        last, last_taken = (size, best[1]), True
    if unclaimed and not any(o.field == "context" for o in out):
        out.extend(_beside_the_limit(passage, unclaimed, out, names, locale, known))
    return out


def _beside_the_limit(passage: str, unclaimed: list[Size], out: list[SizeStatement],
                      names: set[str], locale: str | None,
                      known: frozenset[str]) -> list[SizeStatement]:
    """A sentence stating this model's output limit states its context too, as one stating
    its context states its limits (``_beside_the_context``): a count of tokens no size word
    took (none claimed it, or an output word across a comma did, unbounded), bounded
    ("১,২৮,০০০ টোকেন পর্যন্ত প্রসঙ্গ", up to 1,28,000 tokens of a context word no vocabulary
    has), larger than the limit (an output cannot exceed its context) and a model's size (up
    to 20M), said of this model, is the context window. One such count only: two leave the
    sentence unread."""
    spans = _sentence_spans(passage, locale)
    found = []
    for size in unclaimed:
        sentence, local = _in_sentence(spans, passage, size)
        limits = [o for o in out if o.field == "max_output" and o.evidence == sentence]
        if not limits or not limits[0].size.tokens < size.tokens <= _CONTEXT_MOST:
            continue
        unit, _glossed = _unit_after(sentence, local.end)
        if unit is None or not _names_tokens(unit) or counts_a_rate(sentence, local.end):
            continue
        after = sentence.find(unit, local.end) + len(unit)
        bound_after = re.match(r"[^,;:.،、，।\d]{0,24}", sentence[after:]).group(0)
        if not (has_word("bound_words", sentence[max(0, local.start - 30):local.start])
                or has_word("bound_words", bound_after)):
            continue
        if _after_a_comparison(sentence, local) or _another_models(sentence, local, names,
                                                                     known):
            continue
        found.append(SizeStatement("context", size, sentence, "prose"))
    return found if len(found) == 1 else []


@cache
def _input_automaton() -> AhoCorasick:
    """Every language's header words for input ("input", "prompt", "eingabe", "קלט")."""
    return AhoCorasick(sorted({w for w, meaning in labels.label_words() if meaning == "input"}))


@lru_cache(maxsize=1024)  # asked of a passage by prose_sizes, _sizes_near_words, _in_passage
def _input_words(passage: str) -> tuple[tuple[int, int], ...]:
    """Where the passage names the input, at a word's start, in a passage holding a bound
    word ("up to", "höchstens") and no price: only a bounded input can state the context
    window, and only with a figure after it."""
    low = passage.lower()
    if len(low) != len(passage):
        return ()
    hits = tuple((start, end) for _index, start, end
                 in _input_automaton().find_matches_as_indexes(low)
                 if (start == 0 or not low[start - 1].isalnum())
                 and has_digit(passage[end:end + _REACH]))
    if not hits or has_money_marker(passage) or not has_word("bound_words", passage):
        return ()  # no figure after it, or a price's passage (``_bounded_input``)
    return hits


def _bounded_input(passage: str, masked: str, size: Size,
                   inputs: list[tuple[int, int]]) -> tuple[int, str] | None:
    """The input a model takes at most is its context window, as "input limit" and "maximum
    input" say in the vocabularies: a figure no size word claims is the context when an input
    word stands before it in its clause, a bound between them ("takes inputs of up to 300,000
    tokens", "Eingaben mit höchstens 300.000 Token"), a word for tokens after it, and no price
    in the passage (a price for prompts up to a length is a tier's: ``_input_words``)."""
    word, _glossed = _unit_after(passage, size.end)
    if word is None or not _names_tokens(word):
        return None
    for _start, end in reversed(inputs):
        between = masked[end:size.start]
        if (end <= size.start and size.start - end <= _REACH
                and not any(ch in _STOPS for ch in between)
                and not _has_figure(_NAME_WITH_DIGITS.sub(" ", between))
                and has_word("bound_words", between)):
            return size.start - end, "context"
    return None


def _beside_the_context(out: list[SizeStatement], sentence: str, size: Size) -> bool:
    """Is an output figure stated beside this model's context, so a limit as the context is?
    When the figure is set as limits are (``_limit_like``): in the sentence stating the context
    ("a 200K window, and one answer 100 thousand", a bound Georgian writes as the number's
    suffix, ათასამდე), or after it in the same paragraph when no smaller than the smallest output
    limits models have (4,096) and smaller than the context ("… context of 10,00,000 tokens. One
    answer writes up to 64,000 tokens", with a bound word no vocabulary has): a use is counted
    (about 1,056 tokens an image) and often small ("an answer runs about 2,000 tokens"), a limit
    is set."""
    return _limit_like(size) and any(o.field == "context" and (o.evidence == sentence or (
        _SMALLEST_LIMIT <= size.tokens < o.size.tokens)) for o in out)


#: the smallest output limit models have (GPT-3.5, Claude 3): a smaller figure beside the
#: context, with no bound word, is more likely a use than a limit
_SMALLEST_LIMIT = 4096


#: the rest of a number word the figure's parse stopped inside, and its abbreviation's dot
_REST_OF_NUMBER_WORD = re.compile(r"[^\W\d_]*\.?")


def _word_end(passage: str, size: Size) -> int:
    """Where the figure's number word ends: a figure read with a shorter form of its word
    ("1 εκ" of "1 εκατ.", CLDR's "εκ." for million written longer) goes on over the word's
    letters and its abbreviation's dot, which ends no sentence ("έως 1 εκατ. tokens
    εισόδου": the size word after it claims the figure)."""
    if not size.text[-1:].isalpha() or not passage[size.end:size.end + 1].isalpha():
        return size.end
    return _REST_OF_NUMBER_WORD.match(passage, size.end).end()


def _in_sentence(spans: list[tuple[int, int, str]], passage: str,
                 size: Size) -> tuple[str, Size]:
    """The sentence of ``passage`` a figure stands in, and the figure placed in it."""
    first, _last, sentence = next(
        (sp for sp in spans if sp[0] <= size.start < sp[1]), (0, len(passage), passage))
    return sentence, Size(size.tokens, size.exact, size.text, size.start - first,
                          size.end - first)


#: a sentence that opens with a definite description of a model: "The thinking variant",
#: "the Pro version", "The Scout model"
_DESCRIBED = re.compile(r"\s*the\s+([^\W\d_]+)\s+(?:variant|version|model|sibling|one)\b",
                        re.IGNORECASE)


def _described_by_its_name(before: str, sentence: str, names: set[str],
                           known: frozenset[str]) -> bool:
    """Does the sentence open by describing another model with a word of its name, a model the
    text before it names ("… 30 % less than kimi-k2-thinking. The thinking variant also has a
    256K context")? Then its figures are that model's. A word of this model's own names
    ("The Pro version" on Gemini 2.5 Pro's page) describes this one."""
    opening = _DESCRIBED.match(sentence)
    if opening is None:
        return False
    word = opening.group(1).casefold()
    if any(word in name.split("-") for name in names):
        return False
    return any(not ours and word in slug_form(text).split("-")
               for _s, _e, ours, text in mentions(before, names, known))


def _another_models(sentence: str, local: Size, names: set[str],
                    known: frozenset[str]) -> bool:
    """Is the figure another model's: one named right beside it, or the subject ``whose``
    gives it; or may it be (no model before it, only others after it: ``only_others_after``)?"""
    others = [m for m in mentions(sentence, names, known) if not m[2]]
    if not others:
        return False
    if any(_near(local, m) for m in others):
        return True
    who = whose(sentence, local.start, names, known)
    return who is False or (who is None
                            and only_others_after(sentence, local.start, names, known))


def _without_names(passage: str, sizes: list[Size], names: set[str],
                   known: frozenset[str]) -> str:
    """``passage`` with the models it names written as spaces, positions kept. A "name" whose
    only digits are a size figure ("Kontekstvindue 200.000", capitalized as a label is) is the
    figure and its word, not a model. A figure that ends a name and is followed by the word for
    tokens ("Alpha Coder 2 200K токен") is a count after the name, not its part: it is kept."""
    masked = passage
    for start, end, _ours, _text in mentions(passage, names, known):
        rest = list(passage[start:end])
        for size in sizes:
            for at in range(max(size.start, start), min(size.end, end)):
                rest[at - start] = " "
        if any(ch.isdigit() for ch in rest):
            masked = f"{masked[:start]}{' ' * (end - start)}{masked[end:]}"
            for size in sizes:
                if start < size.start < end <= size.end and _counted_in_tokens(passage, size):
                    masked = f"{masked[:size.start]}{passage[size.start:size.end]}" \
                             f"{masked[size.end:]}"
    return masked


def _counted_in_tokens(passage: str, size: Size) -> bool:
    """Is the word after a figure the word for tokens (its unit)?"""
    word, glossed = _unit_after(passage, size.end)
    return glossed or (word is not None and _names_tokens(word))


def _root_words(passage: str, locale: str | None) -> list[tuple[int, int, str]]:
    """On a page in a language no vocabulary file has, the words that name the context window
    or the output by a root languages share (``kontekstit``, ``konteksvenster``, ``സന്ദർഭ``,
    ``આઉટપુટ``): its sentences have no other size word the reader could know. The English word
    "output" itself names the output here only when the figure it is followed by is counted in
    tokens ("output ukax 4,096 token", "output 16K токенге"): what a number is follows from
    its unit, and "outputs at up to 4K resolution" counts no tokens; a borrowing written in
    another script counts whatever follows. An output figure is still a limit only when
    bounded (an exact power of two, in such a language)."""
    if not locale or vocabulary().language(locale) is not None:
        return []
    found = [*((start, end, "context") for start, end in root_spans(passage, "context")),
             *((start, end, "max_output") for start, end in root_spans(passage, "output")
               if not passage[start:end].isascii()
               or _tokens_counted_after(passage, end, locale))]
    for start, end, kind in _cognate_words(passage):
        if not any(start < e and s < end for s, e, _k in found):
            found.append((start, end, kind))
    return sorted(found)


def _tokens_counted_after(passage: str, end: int, locale: str | None) -> bool:
    """Is the first figure within reach after ``end``, in the same clause, followed by the word
    for tokens (``_counted_in_tokens``), in a sentence that states no price ("Output 1,000
    tokens costs $0.008": the quantity a price is for)?"""
    window = passage[end:end + _REACH + 24]
    stop = next((at for at, ch in enumerate(window) if ch in _STOPS), len(window))
    if has_money_marker(passage[:end]) or has_money_marker(passage[end:end + stop + 40]):
        return False
    sizes = find_sizes(window, locale)
    if not sizes or any(ch in _STOPS or ch in _COMMAS for ch in window[:sizes[0].start]):
        return False
    return sizes[0].start <= _REACH and _counted_in_tokens(window, sizes[0])


#: the shortest skeleton a file's size word is compared by: shorter ones ("km", "pt") are
#: half the words of any language
_COGNATE_LEAST = 5


@cache
def _cognate_skeletons() -> dict[str, str]:
    """The consonant skeletons (``cognates.skeleton``) of every vocabulary file's one-word
    header labels for the context window and for the output limit (the concept's own noun:
    "Kontext", "contesto", "Kontextfenster", "išvestis"), each with its kind: a language no
    file has names them by a word it shares with one that has (Emilian "cuntèst" is Italian's
    "contesto", both ``kntst``). A skeleton any other label's word also has says no kind
    (the vowels it drops tell Polish "wyjściowe", output, from "wejściowe", input), nor does
    Latin *maximus* (a bound of either size), the borrowed "token" (``is_token_word``), or a
    skeleton shorter than ``_COGNATE_LEAST`` consonants."""
    kinds: dict[str, set[str]] = {}
    for label, meaning in labels.label_words():
        words = label.split()
        for word in words:
            if not word.isalpha() or is_token_word(word):
                continue
            bones = skeleton(word)
            if len(bones) < _COGNATE_LEAST or bones.startswith(_MAXIMUS):
                continue
            if meaning not in ("context", "max_output"):
                kinds.setdefault(bones, set()).add("")  # another label's word
            elif len(words) == 1:
                kinds.setdefault(bones, set()).add(meaning)
    return {bones: next(iter(k)) for bones, k in kinds.items() if len(k) == 1 and "" not in k}


#: Latin *maximus* by its skeleton (maximal, maksimalni, maksymalny): a bound of either size
_MAXIMUS = "mks"


def _cognate_words(passage: str) -> list[tuple[int, int, str]]:
    """The words of a passage whose skeleton is a file's word for the context or the output
    (``_cognate_skeletons``): the kind the cognate has in the file."""
    table = _cognate_skeletons()
    found = []
    for start, end, word in words_of(passage):
        if len(word) < _COGNATE_LEAST:
            continue
        kind = table.get(skeleton(word))
        if kind is not None:
            found.append((start, end, kind))
    return found


def _output_label_words(passage: str, locale: str | None) -> list[tuple[int, int, str]]:
    """The page's own language's word for the output price, as a label states it
    ("Išvestis:$0.32/M"), before a count of tokens ("Didžiausia išvestis: 8 192 žetonai"): the
    output, as the header says it, claims the figure as the size words do; an output figure is
    still a limit only when bounded (a bound word, a power of two, a label and its value).
    Not in a passage that states a price: there the word labels the price, and a count
    beside it is a tier's. Whole words of the language's own letters: English's "output" is
    the English vocabulary's business ("outputs at up to 4K resolution" is no size), as in
    ``_root_words``."""
    pattern, in_ascii = _output_label_pattern(locale)
    if pattern is None or (not in_ascii and passage.isascii()) or has_money_marker(passage):
        return []  # a price line ("Išvestis:$0.32/M", a tier row "Saída até 32 mil | US$ 6/M")
    return [(m.start(), m.end(), "max_output") for m in pattern.finditer(passage)]


#: the letters beyond ASCII that a case-blind pattern matches to an ASCII one (Python's ``re``
#: documents these four for ``[a-z]`` with IGNORECASE): Turkish "cıkıs" finds "CIKIS"
_ASCII_CASE_KIN = frozenset("\u0130\u0131\u017f\u212a")


@lru_cache(maxsize=64)
def _output_label_pattern(locale: str | None) -> tuple[re.Pattern[str] | None, bool]:
    """The pattern of the locale's own words for the output (none in ASCII letters alone),
    and whether one of them can match in an ASCII text (case-blind, ``_ASCII_CASE_KIN``): most
    passages are ASCII, and a pattern none of whose words can be there need not scan them."""
    language = vocabulary().language(locale) if locale else None
    if language is None:
        return None, False
    words = sorted({w for w in language.labels.get("output", ())
                    if " " not in w.strip() and not w.isascii()}, key=len, reverse=True)
    if not words:
        return None, False
    in_ascii = any(all(ch.isascii() or ch in _ASCII_CASE_KIN for ch in word) for word in words)
    # a word's start, its end open: an inflection may follow the stem ("çıktıya", "kimenettel"),
    # and a script written without spaces runs on into its particle ("出力は")
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, words))})",
                      re.IGNORECASE), in_ascii


#: what opens a clause before a figure: a semicolon, a dash, a comma, a bracket
_CLAUSE_OPENERS = ";；—–,،、，(（"


def _other_subject_before(sentence: str, size: Size, names: set[str],
                          known: frozenset[str]) -> bool:
    """Does the figure's clause name another subject before it ("Its predecessor supported 8K
    tokens of context; …", "Larger models in the family offer a 2M context; …")? Its figure
    is that subject's. The words of this model's own name ("… Preview") are none."""
    start = max(sentence.rfind(ch, 0, size.start) for ch in _CLAUSE_OPENERS) + 1
    clause = sentence[start:size.start]
    for m_start, m_end, ours, _text in mentions(sentence, names, known):
        if ours and m_end > start and m_start < size.start:
            a, b = max(m_start, start) - start, min(m_end, size.start) - start
            clause = f"{clause[:a]}{' ' * (b - a)}{clause[b:]}"
    return has_word("other_subject_words", clause)


def _rest_of_clause(sentence: str, start: int) -> str:
    """The text from ``start`` to the end of its clause: a semicolon or dash, a coordinated
    clause (", whereas Claude Sonnet 4 was offered … in beta"), the closing bracket when
    ``start`` is inside brackets, else the next opening one."""
    inside = sentence.count("(", 0, start) > sentence.count(")", 0, start)
    ends = [i for i in (sentence.find(ch, start) for ch in (")" if inside else "(") + ";；—–")
            if i != -1]
    coordinated = COORDINATION.search(sentence, start)
    if coordinated is not None:
        ends.append(coordinated.start())
    return sentence[start:min(ends, default=len(sentence))]


def _restates(passage: str, rounded: Size, size: Size, loose: bool = False) -> bool:
    """Does ``size`` restate the rounded figure just before it exactly, in the same sentence
    ("up to 8K tokens, or 8,192 to be precise")? ``loose``: or after a semicolon or a full
    stop, in the next 80 characters (for a figure no size word claims)."""
    between = passage[rounded.end:size.start]
    stops = "" if loose else _STOPS
    return (not rounded.exact and size.exact and len(between) <= (80 if loose else 60)
            and not any(ch in between for ch in stops) and not _has_figure(between)
            and same_size(rounded.tokens, size.tokens))


def _sentence_spans(passage: str, locale: str | None) -> list[tuple[int, int, str]]:
    """Each sentence of a passage with where it starts and ends in it."""
    spans = []
    at = 0
    for sentence in sentences(passage, locale):
        start = passage.find(sentence[:20], at)
        if start == -1:
            start = at
        end = start + len(sentence)
        spans.append((start, end, sentence))
        at = end
    return spans


def _counts_something_else(sentence: str, end: int) -> bool:
    """"roughly 150,000 words", "1,024 pixels": the figure counts something other than tokens
    (``other_unit_words`` in the vocabulary)."""
    following = sentence[end:end + 16].lstrip(" -\u00a0")
    return any(hit.start == 0 for hit in find_words("other_unit_words", following))


def _bounded(sentence: str, size: Size, words: list[tuple[int, int, str]]) -> bool:
    """An output size is a limit when its words say so ("max output", "最大输出", "the longest
    single completion"), a bound comes just before the figure ("up to 32,768 output tokens",
    "höchstens 4.096 Token"), or the figure is an exact power of two: limits are set so
    (8,192; 65,536), while "an image costs about 1,056 output tokens" counts a use."""
    if size.exact and size.tokens >= 1024 and size.tokens & (size.tokens - 1) == 0:
        return True  # 8,192, 32,768: a limit is set in a power of two, a use is counted
    for start, end, kind in words:
        if kind == "max_output" and has_word("bound_words", sentence[max(0, start - 24):end]):
            return True  # "max output", "最大输出", "the longest single completion"
        if kind == "max_output" and end <= size.start and not sentence[end:size.start].strip(
                " :：|-–—=≈\u00a0"):
            return True  # a label and its value: "Output token limit 32,768 tokens"
    return has_word("bound_words", sentence[max(0, size.start - 30):size.start])


def _priced_per(passage: str, size: Size) -> bool:
    """Is the figure one unit of a thousand or a million after a per word ("per 1K",
    "প্রতি 1M") in a passage that states a price: the quantity the price is for, not a size?"""
    if size.exact or size.tokens not in (1000, 1_000_000) or not has_money_marker(passage):
        return False
    before = passage[max(0, size.start - 24):size.start].rstrip().casefold()
    return before.endswith("/") or any(
        before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalpha())
        for word in _per_words())


@cache
def _per_words() -> tuple[str, ...]:
    """Every language's words for "per" of three letters or more ("per", "pro", "প্রতি")."""
    return tuple(w.casefold() for w in vocabulary().per_words if len(w) >= 3)


def _has_figure(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _near(size: Size, mention: tuple[int, int, bool, str]) -> bool:
    """Another model named right before a figure (its possessive or "with"), or right after
    it ("… than GPT-4's")."""
    start, end = mention[0], mention[1]
    return 0 <= size.start - end <= 12 or 0 <= start - size.end <= 6


def choose(statements: list[SizeStatement]) -> tuple[SizeStatement | None, list[SizeStatement]]:
    """The size the page means, and the statements that contradict it."""
    if not statements:
        return None, []
    chosen_size = best_size([s.size for s in statements])
    chosen = next(s for s in statements if s.size is chosen_size)
    conflicts = [s for s in statements if not same_size(s.size.tokens, chosen.size.tokens)]
    return chosen, conflicts
