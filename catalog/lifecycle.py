"""Deprecation and retirement sentences → status, date and replacement models.

Pages state a model's lifecycle in English prose, in many wordings: "has been retired",
"will be shut down on 28 July 2027", "sunset … in July 2025", "is deprecated", "scheduled for
shutdown". A sentence counts only when it is about *this* model: it names the model (by slug or
display name) outside its replacement clause, or speaks of "this/the model" without naming
another one. "DeepSeek's older deepseek-chat-v2 endpoint was retired" does not retire
deepseek-r, and "Preview endpoints were scheduled for shutdown" does not retire the GA model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from catalog.dates import find_dates
from catalog.prescan import mentions_any
from catalog.records import Lifecycle

_RETIRE = re.compile(
    r"\b(?:retir(?:ed|es|ing|ement)|retire|sunset(?:s|ted|ting)?|shut\s*(?:s\s*)?down|shutdown|"
    r"shutting\s+down|discontinu(?:ed|es|ing|ation)|decommission(?:ed|ing)?|"
    r"end[- ]of[- ]life|EOL|no\s+longer\s+(?:available|served|supported|accessible)|"
    r"removed\s+from\s+(?:service|the\s+api)|turned\s+off)\b",
    re.I,
)
_DEPRECATE = re.compile(r"\bdeprecat(?:ed|es|ing|ion)\b|\bdeprecate\b", re.I)
_DEPRECATIONS_DOC = re.compile(r"\bdeprecations?\s+(?:documentation|page|docs|notice|list)", re.I)
_FUTURE = re.compile(
    r"\b(?:will|shall|scheduled|planned|plans?\s+to|is\s+set\s+to|are\s+set\s+to|is\s+going\s+to|"
    r"upcoming|by\s+(?=[A-Z0-9])|until|on\s+or\s+after|starting|effective)\b",
    re.I,
)
_PAST = re.compile(r"\b(?:has\s+been|have\s+been|was|were|is\s+now|is\s+no\s+longer|"
                   r"already|since)\b", re.I)
_THIS_MODEL = re.compile(
    r"\b(?:this|the)\s+(?:(?:original|upstream|underlying|current|legacy|older|same)\s+)*"
    r"(?:model|snapshot|version)\b",
    re.I,
)
_REPLACEMENT_CUE = re.compile(
    r"\b(?:replacements?(?:\s+(?:such\s+as|like|including|is|are|model(?:s)?))?|replaced\s+by|"
    r"successors?(?:\s+(?:is|are|model))?|succeeded\s+by|migrat(?:e|ing|ion)\s+to|"
    r"switch(?:ing)?\s+to|mov(?:e|ing)\s+to|upgrad(?:e|ing)\s+to|toward(?:s)?|in\s+favou?r\s+of|"
    r"transition(?:ing)?\s+to|recommend(?:s|ed)?(?:\s+using)?|use\s+(?=\S+\s+instead))\b",
    re.I,
)
# model identifiers as written: gpt-4.1*, deepseek-chat-v2, o3, claude-3-5-sonnet-20241022
_MODEL_ID = re.compile(
    r"(?<![\w/.-])(?=[a-z0-9.*-]*\d)(?:[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+\*?|o\d(?:-[a-z0-9]+)*\*?)"
    r"(?![\w-])"
)
# display names: "Claude Sonnet 4", "GPT-5", "Gemini 2.5 Pro"
_DISPLAY_NAME = re.compile(
    r"\b(?:[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)*\s+){0,3}?[A-Z][A-Za-z]*[- ]?\d+(?:\.\d+)*"
    r"(?:\s+(?:Pro|Flash|Mini|Nano|Lite|Turbo|Max|Plus|Opus|Sonnet|Haiku|mini|nano|pro|flash))?\b"
)
_CONNECTORS = {"or", "and", ",", "either", "the", "newer", "new", "its", "a", "an", "/", "later",
               "model", "models", "such", "as", "like", "e.g.", "including", "to",
               "replacement", "replacements", "successor", "successors", "options",
               "alternatives", "versions", "use", "using"}
# a sentence ends at . ! ? and a space, except after abbreviations and initials
_SENTENCE_END = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\betc\.)(?<!\b[A-Z]\.)"
                           r"(?<=[.!?])\s+")
# every _RETIRE or _DEPRECATE match contains one of these (lowercased): the sentences without
# one cannot state a lifecycle and are never split or matched (see catalog.prescan)
_LIFECYCLE_WORDS = ("retir", "sunset", "shut", "discontinu", "decommission", "life", "eol",
                    "longer", "removed", "turned", "deprecat")
_MONTH_WORDS = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


@dataclass(frozen=True)
class _Statement:
    status: str
    date: str | None
    replacements: tuple[str, ...]
    sentence: str


def slug_form(text: str) -> str:
    """Comparable form of a model name: ``Gemini 2.5 Flash`` → ``gemini-2-5-flash``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping list items and lines apart."""
    parts: list[str] = []
    for block in re.split(r"\n+", text):
        parts.extend(s.strip() for s in _SENTENCE_END.split(block))
    return [p for p in parts if p]


def read_lifecycle(text: str | None, model_slug: str, model_name: str | None,
                   today: date | None = None) -> Lifecycle:
    """The lifecycle the prose states for this model; ``Lifecycle()`` (all unknown) if none."""
    if not text or not mentions_any(text, _LIFECYCLE_WORDS):
        return Lifecycle()  # most pages say nothing of a lifecycle: skip splitting sentences
    # only the lines that mention a lifecycle word can hold a statement (sentences never
    # span lines), so only those are split into sentences and matched
    text = "\n".join(line for line in text.split("\n") if mentions_any(line, _LIFECYCLE_WORDS))
    today = today or date.today()
    names = {slug_form(model_slug)}
    if model_name:
        names.add(slug_form(model_name))
    statements = [s for s in (_statement(x, names, today) for x in sentences(text)) if s]
    if not statements:
        return Lifecycle()
    rank = {"retired": 2, "deprecated": 1}
    best = max(statements, key=lambda s: (rank[s.status], s.date is not None))
    dated = [s for s in statements if s.status == best.status and s.date]
    replacements: list[str] = []
    for s in statements:
        replacements.extend(r for r in s.replacements if r not in replacements)
    return Lifecycle(
        status=best.status,
        status_date=best.date or (dated[0].date if dated else None),
        replacements=tuple(r for r in replacements if slug_form(r) not in names),
        evidence=best.sentence,
    )


def _statement(sentence: str, names: set[str], today: date) -> _Statement | None:
    retire = _RETIRE.search(sentence)
    deprecate = _DEPRECATE.search(_DEPRECATIONS_DOC.sub(" ", sentence))
    if not (retire or deprecate):
        return None
    keyword = min((m for m in (retire, deprecate) if m), key=lambda m: m.start())
    cue = _REPLACEMENT_CUE.search(sentence, keyword.end())
    if not _is_about(sentence, keyword.start(), keyword.end(),
                     cue.start() if cue else len(sentence), names):
        return None
    dates = find_dates(sentence)
    chosen = min(dates, key=lambda d: abs(d.start - keyword.start())) if dates else None
    if retire:
        # a dated shutdown is retired once the date has passed, whatever the tense; undated,
        # the tense decides ("will be shut down" announces, "has been retired" reports)
        if chosen is not None:
            status = "deprecated" if chosen.as_date > today else "retired"
        else:
            future = bool(_FUTURE.search(sentence)) and not _PAST.search(sentence)
            status = "deprecated" if future else "retired"
    else:
        status = "deprecated"
    replacements: list[str] = []
    for each_cue in _REPLACEMENT_CUE.finditer(sentence):
        replacements.extend(r for r in _replacements(sentence[each_cue.start():])
                            if r not in replacements)
    return _Statement(status, chosen.iso if chosen else None, tuple(replacements), sentence)


def _mentions(sentence: str, names: set[str]) -> list[tuple[int, bool]]:
    """Where models are named in a sentence: (position, is it this model)."""
    ours: list[tuple[int, int]] = []
    for name in names:
        pattern = r"[\s._-]*".join(re.escape(part) for part in name.split("-") if part)
        for m in re.finditer(rf"(?<![A-Za-z0-9]){pattern}(?![A-Za-z0-9])", sentence, re.I):
            ours.append((m.start(), m.end()))
    found = [(start, True) for start, _ in ours]
    for m in [*_MODEL_ID.finditer(sentence), *_DISPLAY_NAME.finditer(sentence)]:
        if _MONTH_WORDS.match(m.group(0)) or slug_form(m.group(0)) in names:
            continue
        if any(m.start() < e and s < m.end() for s, e in ours):
            continue
        found.append((m.start(), False))
    return sorted(found)


def _is_about(sentence: str, key_start: int, key_end: int, cue_start: int,
              names: set[str]) -> bool:
    """Is the lifecycle keyword about this model? The model named nearest before the keyword
    is its subject ("GPT-4 Turbo was retired"); failing that, the first named after it and
    before any replacement cue ("Anthropic sunset Claude 2.1"); failing that, an unnamed
    "this model"."""
    mentions = _mentions(sentence, names)
    before = [ours for pos, ours in mentions if pos < key_start]
    if before:
        return before[-1]
    after = [ours for pos, ours in mentions if key_end <= pos < cue_start]
    if after:
        return after[0]
    return bool(_THIS_MODEL.search(sentence[:cue_start]))


def _replacements(clause: str) -> tuple[str, ...]:
    """Model ids named right after a replacement cue, up to the first word that is not a model
    or a connector ("replacements such as gpt-5 or gpt-4.1*, which is…" → gpt-5, gpt-4.1*)."""
    cue = _REPLACEMENT_CUE.match(clause)
    rest = clause[cue.end():] if cue else clause
    found: list[str] = []
    tokens = re.finditer(
        rf"{_MODEL_ID.pattern}|{_DISPLAY_NAME.pattern}|[^\s,;:()]+|[,;:()]", rest
    )
    for token in tokens:
        word = token.group(0)
        if _MODEL_ID.fullmatch(word):
            found.append(word)
        elif _DISPLAY_NAME.fullmatch(word) and not _MONTH_WORDS.match(word):
            found.append(slug_form(word))
        elif word.lower().rstrip(".") in _CONNECTORS:
            continue
        else:
            break
    return tuple(found)
