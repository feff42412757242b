"""Prose, in any language: sentences, vocabulary words in them, and the models they name.

The fact readers (``catalog.lifecycle``, ``catalog.sizes``) work a sentence at a time and need
the same three things: where a sentence ends (``.``, ``。``, ``؟``… but not ``e.g.``, ``Mio.``
or ``26. März``), whether a word of a vocabulary list occurs (a stem at a word start in
scripts with spaces, anywhere in Chinese, Japanese or Thai), and which models are named.
"""

from __future__ import annotations

import re
from functools import cache

from scrapers.vocabulary import vocabulary

_ENDERS = "。！？!?؟।"
# a sentence ends after . ! ? followed by a space, or after a CJK ender with or without one
_SPLIT = re.compile(r"(?<=[.!?؟।])\s+|(?<=[。！？])\s*")
# model identifiers as written: gpt-4.1*, deepseek-chat-v2, o3, GPT-5, claude-3-5-sonnet-20241022
MODEL_ID = re.compile(
    r"(?<![A-Za-z0-9_/.@-])(?=[A-Za-z0-9.*-]*\d)"
    r"(?:[A-Za-z][A-Za-z0-9]*(?:[-._][A-Za-z0-9]+)+\*?|[oO]\d(?:-[A-Za-z0-9]+)*\*?)"
    r"(?:\s?\[[a-z]+\])?"
    r"(?![A-Za-z0-9_]|[-.][A-Za-z0-9])"
)
# display names: "Claude Sonnet 4", "Gemini 2.5 Pro", "Kling 2.1", "Llama 3.3 70B"
DISPLAY_NAME = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)*\s+){0,3}?[A-Z][A-Za-z]*[- ]?\d+(?:\.\d+)*"
    r"(?:\s?[A-Za-z]?\d*[BbKk]?\b)?"
    r"(?:[\s-](?:Pro|Flash|Mini|Nano|Lite|Turbo|Max|Plus|Opus|Sonnet|Haiku|Ultra|Instruct|"
    r"Preview|Master|Omni|Vision|Reasoner|mini|nano|pro|flash|lite|turbo|max|plus))*"
    r"(?:\s?\[[a-z]+\])?(?![A-Za-z0-9])"
)
_MONTHS_EN = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s", re.I)
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")


# capitalized words that start a sentence or name a company, not a model ("Use GPT-5",
# "Google Gemini 2.5 Pro" names Gemini 2.5 Pro)
_NOT_NAME_WORDS = frozenset("""use try switch migrate move please consider choose select call
the a an and or its their our your this that new newer older with for from to via by see
openai google anthropic meta xai alibaba kuaishou bytedance moonshot zhipu baidu tencent
amazon microsoft nvidia cohere elevenlabs black forest labs stability""".split())


class _Trimmed:
    """A display-name match with leading non-name words cut off (a Match-like pair)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def group(self, _index: int = 0) -> str:
        return self._text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _display_names(sentence: str) -> list[_Trimmed]:
    out = []
    for m in DISPLAY_NAME.finditer(sentence):
        start, text = m.start(), m.group(0)
        while " " in text and text.split(" ", 1)[0].casefold() in _NOT_NAME_WORDS:
            head, text = text.split(" ", 1)
            start += len(head) + 1
        out.append(_Trimmed(text, start, m.end()))
    return out


def slug_form(text: str) -> str:
    """Comparable form of a model name: ``Gemini 2.5 Flash`` → ``gemini-2-5-flash``."""
    return re.sub(r"[^a-z0-9*]+", "-", text.lower()).strip("-").rstrip("*").rstrip("-")


@cache
def _abbreviations() -> tuple[str, ...]:
    """Abbreviations as they end a text: a whole word (" ca." ends "approx. ca." but not
    "Africa.")."""
    return tuple(f" {a}" for a in vocabulary().abbreviations if a.endswith("."))


def sentences(text: str) -> list[str]:
    """Split a passage into sentences; abbreviations, initials and ordinal days
    (``26. März``) do not end one."""
    pieces = [p for p in _SPLIT.split(text.strip()) if p]
    out: list[str] = []
    for piece in pieces:
        if out and _continues(out[-1], piece):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return [s.strip() for s in out if s.strip()]


def _continues(previous: str, following: str) -> bool:
    """Does the sentence break after ``previous`` fall inside a sentence?"""
    if previous.endswith(tuple(_ENDERS)):
        return False
    low = " " + previous.casefold()
    if low.endswith(_abbreviations()):
        return True
    last = low.rsplit(None, 1)[-1] if low.split() else low
    if re.fullmatch(r"\d{1,2}\.", last):  # "26. März", "3. února", but "Medium 3. Fino…"
        first = following.split(None, 1)[0].casefold().rstrip(".,") if following.split() else ""
        return first in vocabulary().month_index or following[:1].islower()
    return bool(re.fullmatch(r"[a-z]\.", last) and len(last) == 2)  # an initial


def _trie_regex(words: list[str]) -> str:
    """One regex for many literal words, shaped as a trie (``re(?:tir|mov)``): the regex
    engine then tries one branch per character instead of every word at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [_char(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie)


def _char(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


_LETTER_CLASS = r"A-Za-z\u00c0-\u024f\u0400-\u04ff"


@cache
def word_pattern(key: str) -> re.Pattern[str]:
    """One pattern for every word of one prose list of the vocabulary (``retire_words``…),
    matched against lower-cased text. Latin and Cyrillic words start at a word boundary;
    a word written with a trailing space is a whole word (``not `` ≠ ``notice``)."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for word in vocabulary().prose.get(key, ()):
        bounded = bool(_LATIN_OR_CYRILLIC.match(word[:1]))
        whole = word.endswith(" ")
        groups.setdefault((bounded, whole), []).append(word.strip())
    parts = []
    for (bounded, whole), words in groups.items():
        body = _trie_regex(words)
        if bounded:
            body = f"(?<![{_LETTER_CLASS}]){body}"
        if whole:
            body = f"{body}(?![{_LETTER_CLASS}])"
        parts.append(body)
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(f"(?:{p})" for p in parts))


def _lower(text: str) -> str:
    """Lower-cased text of the same length (positions stay valid), for the word patterns."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(ch.lower()[:1] or ch for ch in text)


def find_words(key: str, text: str) -> list[re.Match[str]]:
    return list(word_pattern(key).finditer(_lower(text)))


def has_word(key: str, text: str) -> bool:
    return word_pattern(key).search(_lower(text)) is not None


def own_name_patterns(names: set[str]) -> list[re.Pattern[str]]:
    """Patterns for this model's names (slug forms), tolerant of ``.``, ``-``, ``_``, spaces."""
    out = []
    for name in names:
        parts = [re.escape(part) for part in name.split("-") if part]
        if not parts:
            continue
        pattern = r"[\s._\[\]-]*".join(parts)
        out.append(re.compile(
            rf"(?<![A-Za-z0-9])(?<![A-Za-z0-9][-.]){pattern}(?![A-Za-z0-9]|[-.][A-Za-z0-9])",
            re.I))
    return out


def mentions(sentence: str, names: set[str],
             known: frozenset[str] = frozenset()) -> list[tuple[int, int, bool, str]]:
    """Models named in a sentence: (start, end, is it this model, text), in order. ``known``
    are slugs of other models the page links to: they are found even without a digit
    (``qwen-flash``), which a bare pattern could not tell from a hyphenated word."""
    ours: list[tuple[int, int]] = []
    for pattern in own_name_patterns(names):
        ours.extend((m.start(), m.end()) for m in pattern.finditer(sentence))
    found = [(s, e, True, sentence[s:e]) for s, e in ours]
    candidates: list = [*_display_names(sentence), *MODEL_ID.finditer(sentence)]
    if known:
        for pattern in own_name_patterns(set(known) - names):
            candidates.extend(pattern.finditer(sentence))
    # of two overlapping names the one reaching further wins ("Gunakan Qwen3" < "Qwen3-VL-Plus",
    # "V2.5" < "Kling V2.5 Turbo"), and of two ending together the shorter ("Use GPT-5")
    candidates.sort(key=lambda m: (-m.end(), m.start()))
    for m in candidates:
        text = m.group(0).strip()
        if _MONTHS_EN.match(text + " ") or slug_form(text) in names:
            continue
        if any(m.start() < e and s < m.end() for s, e, *_ in found):
            continue
        if re.fullmatch(r"[A-Z][a-z]+ \d{1,4}", text) and not re.match(
                r"(?:GPT|Claude|Gemini|Llama|Kling|Qwen|Grok|Sora|Veo|Flux|Mistral|Imagen|"
                r"DeepSeek|Doubao|Hunyuan|Wan|Seedance|Suno|Udio|Runway|Gen|Midjourney|Phi|"
                r"Command|Nova|Titan|Jamba|Yi|GLM|Kimi|MiniMax|Hailuo|Pika|Luma|Ideogram|"
                r"Recraft|Stable|Whisper|Dall|DALL|Tongyi|Ernie|ERNIE|Spark|Baichuan)", text):
            continue  # "Step 1", "Version 2": a capitalized word and a number is not a model
        # "Claude Opus 4 (claude-opus-4-20250514)": an id in brackets right after this model's
        # name is the same model's API id
        alias = any(0 <= m.start() - e <= 2 and "(" in sentence[e:m.start() + 1]
                    for s, e, is_ours, _t in found if is_ours)
        found.append((m.start(), m.end(), alias, text))
    return sorted(found)
