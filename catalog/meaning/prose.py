"""Prose, in any language: sentences, vocabulary words in them, and the models they name.

The fact readers (``catalog.meaning.lifecycle``, ``catalog.meaning.sizes``) work a sentence at a
time and need
the same three things: where a sentence ends (``.``, ``。``, ``؟``… but not ``e.g.``, ``Mio.``
or ``26. März``), whether a word of a vocabulary list occurs (a stem at a word start in
scripts with spaces, anywhere in Chinese, Japanese or Thai), and which models are named.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick, Implementation

from scrapers.reading.names import slug_of, snapshot_of
from scrapers.reading.vocabulary import (
    PROSE_KEYS,
    language_files,
    lexicon,
    lexicon_code,
    lexicon_words,
    load_language,
    vocabulary,
    vocabulary_for,
)

_TRAILING_WORD = re.compile(r"(?<![\w-])[^\W\d_][\w.]*\.$")
_ORDINAL = re.compile(r"\d{1,2}\.")
_DOTTED_YEAR = re.compile(r"(?:19|20)\d\d\.")
_INITIAL = re.compile(r"[a-z]\.")
#: letters each with a dot, in any script (an era before its year: Thai "พ.ศ. 2570", Lao
#: "ພ.ສ. 2570", Amharic "(ከ)እ.ኤ.አ. ሴፕቴምበር 2026"); a preposition may be joined to the first
_INITIALISM = re.compile(r"(?:[^\W\d_]{1,2}\.)?(?:[^\W\d_]\.)+")
#: full stops of scripts that do not use "." (Devanagari danda, Armenian, Khmer, Burmese,
#: Ethiopic, CJK)
_ENDERS = "。！？!?؟।॥։។။።"
# a sentence ends after . ! ? followed by a space, or after a CJK ender with or without one
#: a figure and a short word's abbreviation ending a text ("1 εκατ.", "256 тыс."): a number
#: word abbreviated, which ends no sentence when a small letter follows
_FIGURE_AND_ABBREVIATION = re.compile(r"\d[\s\u00a0\u202f]*[^\W\d_]{1,6}\.$")
_SPLIT = re.compile(r"(?<=[.!?؟।॥։።])\s+|(?<=[。！？។။])\s*")
# model identifiers as written: gpt-4.1*, deepseek-chat-v2, o3, GPT-5, claude-3-5-sonnet-20241022
MODEL_ID = re.compile(
    # not inside another id; a hyphen joins a prefix of another script ("ל-gpt-5-mini")
    r"(?<![A-Za-z0-9_/.@])(?<![A-Za-z0-9_/.@]-)(?=[A-Za-z0-9.*-]*\d)"
    r"(?:[A-Za-z][A-Za-z0-9]*(?:[-._][A-Za-z0-9]+)+\*?|[oO]\d(?:-[A-Za-z0-9]+)*\*?)"
    r"(?:\s?\[[a-z]+\])?"
    r"(?![A-Za-z0-9_]|[-.][A-Za-z0-9])"
)
_VARIANT = (r"(?:[\s-](?:Pro|Flash|Mini|Nano|Lite|Turbo|Max|Plus|Opus|Sonnet|Haiku|Ultra|Instruct|"
            r"Preview|Master|Omni|Vision|Reasoner|Fast|Thinking|Coder|Chat|"
            r"mini|nano|pro|flash|lite|turbo|max|plus|fast))*")
# display names: "Claude Sonnet 4", "Gemini 2.5 Pro", "Kling 2.1", "Llama 3.3 70B", and a
# variant after a bracketed tier ("FLUX 1.1 [pro] Ultra" is not FLUX 1.1 [pro])
DISPLAY_NAME = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)*\s+){0,3}?"
    # "Gemini 2.5", "Suno v4.5": a version in ASCII digits, as every model's name writes it
    # ("API ١٥ی حوزەیران", a word before a date in Arabic-Indic digits, names no model)
    r"(?:[A-Z][A-Za-z]*[- ]?|(?<=\s)v)[0-9]+(?:\.[0-9]+)*"
    # a size or a letter after the version ("70B", "4o"); across a space, never a lone small
    # letter (Polish "z", Czech "v": a word of the sentence) nor the space alone
    r"(?:\s(?![a-z](?!\w))(?:[A-Za-z][0-9]*[BbKk]?|[0-9]+[BbKk]?)\b|[A-Za-z]?[0-9]*[BbKk]?\b)?"
    rf"{_VARIANT}(?:\s?\[[a-z]+\]{_VARIANT})?(?![A-Za-z0-9])"
)
#: an English month name, whole or abbreviated ("Nova" and "Marin" are no months)
_MONTH_EN = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
             r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTHS_EN = re.compile(rf"^{_MONTH_EN}\.?\s", re.I)
_MONEY_CODE = re.compile(r"(?:USD|US|EUR|GBP|CNY|RMB|JPY|INR|KRW)\s?\d")  # "USD 0.40": money
#: a figure and its magnitude ("256K", "1.5M", "70B"): a size, never a model's name alone
_FIGURE = re.compile(r"[0-9][0-9.,]*\s?[KkMmBbTt]")
#: a word and a number of one or two digits ("Step 1", "Gemini 3"); a longer number is a
#: model's release code ("Codestral 2508"), or a year, which ``_YEAR_ONLY`` tells apart
_WORD_AND_NUMBER = re.compile(r"[A-Z][a-z]+ \d{1,2}")
#: a month and a day closing a name-like run of words ("After February 28"): a date
_MONTH_AND_DAY = re.compile(rf"(?<![A-Za-z]){_MONTH_EN}\.?\s\d{{1,2}}$", re.I)
#: a word and a figure in groups of three ("Tua 8 000" starting a sentence): no model's name
_WORD_AND_FIGURE = re.compile(r"[^\W\d_]+\s\d{1,3}(?:\s\d{3})+")
#: words and a year or a date, and nothing else: "In May 2026", "API 18.07.2026" (unless the
#: page links to it)
_YEAR_ONLY = re.compile(r"(?:[^\W\d]\w*\s+)+(?:\d{1,2}[./-]){0,2}(?:19|20)\d\d")
#: the model families' words, also for the readers that tell a name's first word from a
#: sentence's
MODEL_FAMILY = re.compile(
    r"(?:GPT|Claude|Gemini|Llama|Kling|Qwen|Grok|Sora|Veo|Flux|Mistral|Imagen|"
    r"DeepSeek|Doubao|Hunyuan|Wan|Seedance|Suno|Udio|Runway|Gen|Midjourney|Phi|"
    r"Command|Nova|Titan|Jamba|Yi|GLM|Kimi|MiniMax|Hailuo|Pika|Luma|Ideogram|"
    r"Recraft|Stable|Whisper|Dall|DALL|Tongyi|Ernie|ERNIE|Spark|Baichuan)")


_FAMILY_NAME = re.compile(rf"(?<![A-Za-z0-9]){MODEL_FAMILY.pattern}(?:[ ][A-Z][a-z]+){{1,3}}"
                          r"(?![A-Za-z0-9])")
# capitalized words that start a sentence or name a company, not a model ("Use GPT-5",
# "Google Gemini 2.5 Pro" names Gemini 2.5 Pro)
_NOT_NAME_WORDS = frozenset("""use try switch migrate move please consider choose select call
model modell modelo modèle modello modelu modelem modellen das die der dem den le la el il lo het
the a an and or its their our your this that new newer older with for from to via by see
openai google anthropic meta xai alibaba kuaishou bytedance moonshot zhipu baidu tencent
amazon microsoft nvidia cohere elevenlabs black forest labs stability""".split())


#: a word a model's name goes on with after its version, by its shape: a capitalized word
#: ("Maverick", "Scout") or another version with a dot, a letter or a "v" ("4.5", "17B", "v2")
_NAME_GOES_ON = re.compile(r"[ ](?:[A-Z][a-z]{2,}|v[0-9]+(?:\.[0-9]+)*|[0-9]+(?:\.[0-9]+)+"
                           r"|[0-9]+[A-Za-z])(?![\w-]|\.\w)")
#: a name by its shape alone: capitalized words and a version ("Devstral 2", "Nova Lite 3.1")
_SHAPED_NAME = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*[ -]v?[0-9]{1,3}"
                          r"(?:\.[0-9]+)*(?![\w-]|\.\d)")
#: a variant's word standing alone, capitalized, as a name: "the Mini", "The Pro variant"
_VARIANT_ALONE = re.compile(r"(?<![\w-])(?:Pro|Flash|Mini|Nano|Lite|Turbo|Max|Plus|Ultra|Opus|"
                            r"Sonnet|Haiku|Omni|Thinking|Reasoner)(?![\w-]|\.\w)")
#: a parameter count standing alone ("the 405B model", "Qwen3's 235B-A22B"): a model's size
_PARAMETERS = re.compile(r"(?<![\w.,$€£¥-])[0-9]{1,4}(?:\.[0-9])?B(?:-A[0-9]{1,3}B)?(?![\w-])")
#: a word after a parameter count that makes it a description, not a name ("671B parameters")
_COUNTED = re.compile(r"\s*(?:param|tok|ток|توک|टोक)", re.IGNORECASE)
#: a word after a name that makes it a group of models, not one ("the Claude 4 Series")
_GROUP_WORDS = frozenset({"family", "series", "line", "lineup", "models", "family's"})


def name_extent(sentence: str, end: int) -> int:
    """Where a model's name read up to ``end`` really ends: over the words that go on with a
    name by their shape, capitalized words and versions, up to a word in lower case, a
    punctuation mark or a word that names no model ("Llama 4 Maverick" whole, of which the
    display pattern knows "Llama 4"; "Gemini 2.5 Pro, which …" stops at the comma)."""
    while True:
        m = _NAME_GOES_ON.match(sentence, end)
        if m is None:
            return end
        word = m.group(0).strip().casefold()
        if word in _NOT_NAME_WORDS or word in _GROUP_WORDS or _MONTHS_EN.match(word + " "):
            return end
        end = m.end()


def shaped_names(text: str) -> list[Hit]:
    """Names by their shape alone, capitalized words and a small version ("Devstral 2"), not a
    month and its day: a reader trusts one only where a successor cue names it right by."""
    found = []
    for m in _SHAPED_NAME.finditer(text):
        if m.group(0).split()[0].casefold() in _NOT_NAME_WORDS or _MONTH_AND_DAY.search(
                m.group(0)):
            continue
        end = name_extent(text, m.end())
        found.append(Hit(m.start(), end, text[m.start():end]))
    return found


class Hit(NamedTuple):
    """A piece of a text found in it: a vocabulary word, a model's name."""

    start: int
    end: int
    text: str


#: a maker's product named with a possessive: "Mistral's Devstral Medium", "OpenAI's Sora"
_POSSESSED = re.compile(r"\b[A-Z][\w-]*['’]s\s+([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})")


def _possessed_names(sentence: str) -> list[Hit]:
    """Names a maker's possessive introduces, which may have no digit ("Devstral Medium")."""
    return [Hit(m.start(1), m.end(1), m.group(1)) for m in _POSSESSED.finditer(sentence)]


def _display_names(sentence: str) -> list[Hit]:
    """Display names, with the words before them that name no model cut off ("Use GPT-5")."""
    out = []
    for m in DISPLAY_NAME.finditer(sentence):
        start, text = m.start(), m.group(0)
        while " " in text and text.split(" ", 1)[0].casefold() in _NOT_NAME_WORDS:
            head, text = text.split(" ", 1)
            start += len(head) + 1
        end = m.end()
        day = _LAST_NUMBER.search(text)
        if day is not None and int(day.group(1)) <= 31 and _DAY_MONTH_YEAR.match(sentence, end) \
                and any(ch.isdigit() for ch in text[:day.start()]):
            # "wyłączy Nova 2 15 marca 2027": the number after the name is the date's day
            text = text[:day.start()]
            end = start + len(text)
        out.append(Hit(start, end, text))
    return out


_LAST_NUMBER = re.compile(r"\s(\d{1,2})$")
#: what follows a day in a day-month-year date, in any language and script: the month's word
#: (letters and vowel signs) and a year ("15 marca 2027", "15. ožujka 2027", "3 মে 2026")
_DAY_MONTH_YEAR = re.compile(r"\.?\s+[^\s\d.,;:!?()]+\.?\s+(?:19|20)\d\d(?!\d)")
@lru_cache(maxsize=256)
def _parts_of_names(names: frozenset[str]) -> frozenset[str]:
    """The parts of this model's names ("gpt", "4o", "mini" of "gpt-4o-mini")."""
    return frozenset(part for name in names for part in name.split("-"))


def _variants_alone(sentence: str, names: frozenset[str]) -> list[Hit]:
    """A variant's word written alone as a name, inside a sentence ("Молодша версія, Mini,
    підтримує …", "The Pro variant can return …"): a sibling named by its variant, another
    model unless the word is one of this model's names' ("the Mini" on GPT-4o mini's page is
    this one: no mention, as before). Not a sentence's first word ("Pro tip", "Plus, …"), nor
    one that opens a size's words or precedes a figure ("Max output: 32K", "Max 8K tokens"):
    there it is an adjective, no name. Only a name found around it (``_mentions``: "Gemini
    2.5 Pro" ends with it) can take it back."""
    found = []
    for m in _VARIANT_ALONE.finditer(sentence):
        own = _parts_of_names(names)
        word = m.group(0)
        if word.casefold() in own or not sentence[:m.start()].strip(" \"'“‘«(["):
            continue
        rest = sentence[m.start():m.start() + 40]
        after = rest[len(word):].lstrip(" \u00a0")
        if after[:1].isdigit() or any(hit.start == 0 for key in ("max_output_words",
                                                                  "context_words")
                                      for hit in find_words(key, rest)):
            continue
        found.append(Hit(m.start(), m.end(), word))
    return found


def _sizes_as_names(sentence: str, names: frozenset[str]) -> list[Hit]:
    """A parameter count written alone ("The 405B model can write …" on Llama 3.1 8B's page):
    a sibling named by its size, another model unless the count is in this model's name ("The
    8B model" there is this one: no mention). Not a count followed by the word for parameters
    or tokens ("671B parameters", "2B tokens of training data"): that describes, it names no
    model."""
    found = []
    for m in _PARAMETERS.finditer(sentence):
        own = _parts_of_names(names)
        if m.group(0).casefold().split("-")[0] in own or _COUNTED.match(sentence, m.end()):
            continue
        found.append(Hit(m.start(), m.end(), m.group(0)))
    return found


def _model_ids(sentence: str) -> list[Hit]:
    return [Hit(m.start(), m.end(), m.group(0)) for m in MODEL_ID.finditer(sentence)]


def slug_form(text: str) -> str:
    """Comparable form of a model name: ``Gemini 2.5 Flash`` → ``gemini-2-5-flash``."""
    return slug_of(text)


@cache
def _abbreviations(locale: str | None = None) -> tuple[str, ...]:
    """Abbreviations as they end a text: a whole word (" ca." ends "approx. ca." but not
    "Africa."); with a locale, CLDR's dotted month and number abbreviations of it too
    ("256 хил. токена")."""
    return tuple(f" {a}" for a in vocabulary_for(locale).abbreviations if a.endswith("."))


def sentences(text: str, locale: str | None = None) -> list[str]:
    """Split a passage into sentences; abbreviations (of every language file, and CLDR's of
    ``locale``), initials and ordinal days (``26. März``) do not end one."""
    pieces = [p for p in _SPLIT.split(text.strip()) if p]
    out: list[str] = []
    for piece in pieces:
        if out and _continues(out[-1], piece, locale):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return [s.strip() for s in out if s.strip()]


def _continues(previous: str, following: str, locale: str | None = None) -> bool:
    """Does the sentence break after ``previous`` fall inside a sentence?"""
    abbreviations = _abbreviations(locale)
    if previous.endswith(tuple(_ENDERS)):
        return False
    low = " " + previous.casefold()
    tail = _TRAILING_WORD.search(low)
    if low.endswith(abbreviations) or (
            tail and len(tail.group(0)) > 3 and f" {tail.group(0)}" in abbreviations):
        return True  # "z. B.", "US$/Mio." (a word abbreviation after a slash too, not "$2/M.")
    last = low.rsplit(None, 1)[-1] if low.split() else low
    first = following.split(None, 1)[0].casefold().rstrip(".,") if following.split() else ""
    if _ORDINAL.fullmatch(last):  # "26. März", "3. února", but "Medium 3. Fino…"
        return first in vocabulary_for(locale).month_index or following[:1].islower()
    if _DOTTED_YEAR.fullmatch(last):  # Hungarian writes its years with a dot: "2027. február"
        return first in vocabulary_for(locale).month_index
    if _INITIALISM.fullmatch(last) and (first[:1].isdigit()
                                         or first in vocabulary_for(locale).month_index):
        return True  # an era's letters before the year or month it dates
    if _FIGURE_AND_ABBREVIATION.search(previous) and following[:1].islower():
        return True  # "έως 1 εκατ. tokens": a number word's abbreviation, the sentence goes on
    return bool(_INITIAL.fullmatch(last))  # an initial


#: scripts that write words apart, whose vocabulary words must start a word: Latin, Greek,
#: Cyrillic, Armenian, Georgian and the Indic scripts (Devanagari to Malayalam, vowel signs
#: included). Hebrew and Arabic join prepositions and articles to the word (ב־, ال), and
#: Chinese, Japanese, Thai, Khmer and Burmese write no spaces: their words match anywhere.
_SPACED_SCRIPTS = ((0x00C0, 0x0250), (0x0370, 0x0400), (0x0400, 0x0530), (0x0530, 0x0590),
                   (0x10A0, 0x1100), (0x0900, 0x0D80))
_LETTERS = frozenset([*"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      *(chr(c) for low, high in _SPACED_SCRIPTS for c in range(low, high))])
_ODD_SPACES = "\t\n\r\f\v\u00a0\u2009\u202f"
_SPACES = str.maketrans({c: " " for c in _ODD_SPACES})
_ASCII_ODD_SPACES = "\t\n\r\f\v"


#: the phrases of ``negation_words`` that say a model goes on ("remains available", "bleibt
#: verfügbar"): several words, not a bare negator ("not", "pas"); a list derived here, read
#: with the lifecycle words in the one scan every passage gets
STILL_SERVED_PHRASES = "still_served_phrases"


#: the particles of English phrasal verbs of ending ("phase out", "shut down", "switch off")
PHRASAL_PARTICLES = ("out", "down", "off", "offline")
#: the trigger list of the particles themselves (``ENGLISH_TRIGGERS``)
TRIGGER_PARTICLE = "trigger_particle"
#: English words an ending construction of ``catalog.meaning.lifecycle`` cannot be without,
#: by construction (its patterns run only where one is): continuing ("keeps running"),
#: stopping ("no longer", "stops accepting"), ending ("Support for X ends"), served until a
#: date ("remains available until"), work failing after one ("calls … will fail"); and, derived from
#: the vocabulary, the verbs of phrasal verbs ("phasing" of "phasing out")
ENGLISH_TRIGGERS = {
    "trigger_goes_on": ("keep", "kept", "continu", "remain", "stay", "still", "no end",
                        "no shutdown", "no retirement", "no deprecation", "no sunset",
                        "no removal"),
    "trigger_stop": ("no longer", "stop", "ceas", "unavailable"),
    "trigger_end": ("ends ", "ended ", "will end ", "ending ", "set to end "),
    "trigger_until": ("until ",),
    "trigger_fail": ("fail", "rejected", "refused"),
    "trigger_takes": ("withdr", "deactivat", "pull", "offering", "providing", "selling",
                      "end access", "ends access", "ending access"),
    # the particle a phrasal verb of ending cannot be without ("wound down", "switched off"),
    # a whole word (the trailing space: "off", not "offer")
    TRIGGER_PARTICLE: tuple(f"{particle} " for particle in PHRASAL_PARTICLES),
}
TRIGGER_PHRASAL = "trigger_phrasal"


def _list(key: str) -> tuple[str, ...]:
    """A prose list of the vocabulary, or one derived here (``STILL_SERVED_PHRASES``, the
    ``ENGLISH_TRIGGERS``, ``TRIGGER_PHRASAL``)."""
    if key == STILL_SERVED_PHRASES:
        return tuple(w for w in vocabulary().prose.get("negation_words", ())
                     if " " in w.strip() or len(w.strip()) >= 8)
    if key in ENGLISH_TRIGGERS:
        return ENGLISH_TRIGGERS[key]
    if key == TRIGGER_PHRASAL:
        verbs = set()
        for list_key in ("retire_words", "deprecate_words"):
            for entry in vocabulary().prose.get(list_key, ()):
                words = entry.split()
                if len(words) == 2 and words[1] in PHRASAL_PARTICLES and words[0].isalpha():
                    verbs.add(f"{words[0]} ")  # the whole word
        return tuple(sorted(verbs))
    return vocabulary().prose.get(key, ())


#: lists scanned together: the size words and the lifecycle keywords (every passage is
#: checked for these, in one pass), and the words only a lifecycle sentence is checked for
_GROUPS = (("context_words", "max_output_words", "retire_words", "deprecate_words",
            "retire_split_words", "retire_object_split_words", "end_of_words",
            STILL_SERVED_PHRASES, *ENGLISH_TRIGGERS,
            TRIGGER_PHRASAL),)
_GROUP_OF = {key: i for i, keys in enumerate(_GROUPS) for key in keys}
#: lists a reader scans with an automaton of its own, asked rarely (a feature's words, only
#: beside an ending word: ``lifecycle._feature_words``): in no group's
_SCANNED_ELSEWHERE = frozenset({"feature_words"})


class _Words(NamedTuple):
    """The words of a group of lists in one automaton, and what each word is to the lists."""

    automaton: AhoCorasick
    #: by the automaton's word index: (list, must start a word, must end one) for each list
    #: that holds the word
    entries: tuple[tuple[tuple[str, bool, bool], ...], ...]


@cache
def _words(group: int) -> _Words:
    """The prose words of one group of lists, every language, in one Aho-Corasick automaton: a
    text is scanned once for all of them, in time linear in the text (a regex alternation of
    a thousand words tried them at every character)."""
    entries = _word_entries(group)
    return _Words(AhoCorasick(entries), tuple(tuple(found) for found in entries.values()))


@cache
def _ascii_words(group: int) -> _Words:
    """``_words`` of the group's ASCII words alone, as a DFA: an ASCII text (most passages
    of most pages) can hold no other word, and this automaton of 3,000 words of the 7,500
    builds in 12 ms as a DFA (the whole group's would take 90) and scans a quarter faster
    than the whole group's NFA."""
    entries = {word: found for word, found in _word_entries(group).items() if word.isascii()}
    return _Words(AhoCorasick(entries, implementation=Implementation.DFA),
                  tuple(tuple(found) for found in entries.values()))


@cache  # read by both automata of a group (not changed by either)
def _word_entries(group: int) -> dict[str, list[tuple[str, bool, bool]]]:
    """Each word of a group's lists (every form of it) → (list, must start a word, must end
    one) for each list that holds it."""
    keys = _GROUPS[group] if group < len(_GROUPS) else tuple(
        k for k in PROSE_KEYS if k not in _GROUP_OF and k not in _SCANNED_ELSEWHERE)
    entries: dict[str, list[tuple[str, bool, bool]]] = {}
    for key in keys:
        for word in _list(key):
            # a verb split around its object ("stell … ein"): its stem is looked for here,
            # its particle by ``split_words``
            # a zero-width non-joiner is spelling the scan does not read (see ``_scan``)
            text = " ".join(word.partition("...")[0].replace(_ZWNJ, "").split())
            if text:
                bounded = text[:1] in _LETTERS
                for form in sharp_s_forms(text):
                    entries.setdefault(form, []).append((key, bounded, word.endswith(" ")))
    return entries


def sharp_s_forms(word: str) -> tuple[str, ...]:
    """A case-folded word as a text lowered may write it: case folding makes German "ß"
    "ss" ("außer Betrieb" is "ausser betrieb" in the vocabulary), lowering keeps it, so a
    word with "ss" is also looked for with "ß" there (every "ss", and each one alone)."""
    count = word.count("ss")
    if not count:
        return (word,)
    forms = [word, word.replace("ss", "ß")]
    if count > 1:
        at = -1
        for _ in range(count):
            at = word.find("ss", at + 1)
            forms.append(f"{word[:at]}ß{word[at + 2:]}")
    return tuple(dict.fromkeys(forms))


def _lower(text: str) -> str:
    """Lower-cased text of the same length (positions stay valid), spaces made plain."""
    if text.isascii():  # most passages: no other length, no sigma, five odd spaces of nine
        low = text.lower()
        for space in _ASCII_ODD_SPACES:  # a loop, not any() over a generator (its cost)
            if space in low:
                return low.translate(_SPACES)
        return low
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[:1] or ch for ch in text)
    if "ς" in low:  # the vocabulary is case-folded, and folding makes a final sigma σ
        low = low.replace("ς", "σ")
    if any(space in low for space in _ODD_SPACES):  # translating costs more than lowering
        low = low.translate(_SPACES)
    return low


# a page's passages are scanned by several fact readers: 0.36 instead of 1.68 ms a bench page
_ZWNJ = "\u200c"


@lru_cache(maxsize=512)
def _scan(text: str, group: int) -> dict[str, tuple[Hit, ...]]:
    """The words of each list of one group in ``text`` (``retire_words``…), in order; of
    overlapping words of a list, the longest. A zero-width non-joiner (Persian "می‌شود") is
    read as if it were not there: pages write such a word with it, with a space or with
    neither, and the word is the same."""
    if _ZWNJ in text:
        return _scan_without_zwnj(text, group)
    low = _lower(text)
    words = _ascii_words(group) if low.isascii() else _words(group)
    entries, length = words.entries, len(low)
    found: dict[str, list[Hit]] = {}
    # a passage meets a few words of the group, each word one to three lists: the loop runs
    # for every match of every passage (170 a bench page), so its names are bound once and a
    # word's hit is made once for all its lists
    for index, start, end in words.automaton.find_matches_as_indexes(low, overlapping=True):
        before_ok = start == 0 or low[start - 1] not in _LETTERS
        after_ok = end == length or low[end] not in _LETTERS
        hit = None
        for key, bounded, whole in entries[index]:
            if (bounded and not before_ok) or (whole and not after_ok):
                continue
            if hit is None:
                hit = Hit(start, end, text[start:end])
            if key in found:
                found[key].append(hit)
            else:
                found[key] = [hit]
    return {key: _longest(hits) for key, hits in found.items()}


def _scan_without_zwnj(text: str, group: int) -> dict[str, tuple[Hit, ...]]:
    """``_scan`` of ``text`` with its zero-width non-joiners taken out, the hits placed back
    on ``text`` (each hit spans the same letters, joiners inside included)."""
    kept = [i for i, ch in enumerate(text) if ch != _ZWNJ]  # plain text's index → text's
    plain = "".join(text[i] for i in kept)
    found: dict[str, tuple[Hit, ...]] = {}
    for key, hits in _scan(plain, group).items():
        placed = []
        for hit in hits:
            start, end = kept[hit.start], kept[hit.end - 1] + 1
            placed.append(Hit(start, end, text[start:end]))
        found[key] = tuple(placed)
    return found


def _longest(hits: list[Hit]) -> tuple[Hit, ...]:
    """Of words that overlap, the one that starts first, and of those the longest."""
    if len(hits) == 1:  # most lists meet one word in a passage: nothing to sort
        return (hits[0],)
    out: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return tuple(out)


def find_words(key: str, text: str) -> list[Hit]:
    """The words of one vocabulary list in ``text``; of overlapping ones, the longest."""
    return list(_scan(text, _GROUP_OF.get(key, len(_GROUPS))).get(key, ()))


def has_word(key: str, text: str) -> bool:
    return key in _scan(text, _GROUP_OF.get(key, len(_GROUPS)))


#: lexicon languages written without spaces between words (their words match anywhere)
_UNSPACED_LANGUAGES = frozenset({"lo", "bo", "dz", "yue", "ii"})
#: scripts that join prepositions and articles to the word (Arabic, Hebrew): matched anywhere
_JOINING = ((0x0590, 0x0900), (0xFB1D, 0xFE00), (0xFE70, 0xFF00))


def _word_letter(ch: str) -> bool:
    """A letter or a vowel sign or virama of any script: what a word is made of."""
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


def _joining(ch: str) -> bool:
    return any(low <= ord(ch) < high for low, high in _JOINING)


@cache
def _lexicon_automaton(language: str) -> _Words | None:
    """One language's lifecycle lexicon words (``vocabulary.lexicon``) in one automaton, each
    bounded as a word in any script with spaces (Ethiopic, Sinhala, Latin with ``ɛ``…), but
    for its start in one that joins prepositions to the word (Arabic, Hebrew), and matched
    anywhere in one without spaces."""
    entries: dict[str, list[tuple[str, bool, bool]]] = {}
    spaced = language not in _UNSPACED_LANGUAGES
    for key, words in lexicon().get(language, {}).items():
        for word in words:
            text = " ".join(word.replace(_ZWNJ, "").split())
            if text:
                # a joined preposition may stand before the word, never a letter after it
                bounded = spaced and _word_letter(text[0]) and not _joining(text[0])
                entries.setdefault(text, []).append((key, bounded,
                                                     spaced and word.endswith(" ")))
    if not entries:
        return None
    return _Words(AhoCorasick(entries), tuple(tuple(found) for found in entries.values()))


@lru_cache(maxsize=512)
def _lexicon_scan(text: str, language: str) -> dict[str, tuple[Hit, ...]]:
    """The lexicon words of one language in ``text``, by list; of overlapping words of a list,
    the longest. A zero-width non-joiner is read as if it were not there (as ``_scan``)."""
    words = _lexicon_automaton(language)
    if words is None:
        return {}
    kept = [i for i, ch in enumerate(text) if ch != _ZWNJ]
    plain = "".join(text[i] for i in kept) if len(kept) != len(text) else text
    low = _lower(plain)
    found: dict[str, list[Hit]] = {}
    for index, start, end in words.automaton.find_matches_as_indexes(low, overlapping=True):
        before_ok = start == 0 or not _word_letter(low[start - 1])
        after_ok = end == len(low) or not _word_letter(low[end])
        for key, bounded, whole in words.entries[index]:
            if (bounded and not before_ok) or (whole and not after_ok):
                continue
            first, last = kept[start], kept[end - 1] + 1
            found.setdefault(key, []).append(Hit(first, last, text[first:last]))
    return {key: _longest(hits) for key, hits in found.items()}


def lexicon_hits(key: str, text: str, locale: str | None) -> list[Hit]:
    """The words of one lifecycle list in ``text`` from the lexicon of ``locale``'s language,
    on a page whose language has no vocabulary file (``vocabulary.lexicon_words``); none
    otherwise. A page is read with its own language's lexicon only: ten-thousand words of
    three hundred languages on every page would find stems of one language in another."""
    if not lexicon_words(locale):
        return []
    return list(_lexicon_scan(text, lexicon_code(locale)).get(key, ()))


def lists_in(keys: tuple[str, ...], text: str) -> frozenset[str]:
    """Which of ``keys`` (lists scanned together, ``_GROUPS``) have a word in ``text``. Asked
    of every passage: the scan's lists met with the keys as a set."""
    return _key_set(keys).intersection(_scan(text, _GROUP_OF[keys[0]]))


@cache
def _key_set(keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(keys)


def has_any_word(keys: tuple[str, ...], text: str) -> bool:
    """Does ``text`` hold a word of any of ``keys``, lists scanned together (``_GROUPS``)?"""
    found = _scan(text, _GROUP_OF[keys[0]])
    return any(key in found for key in keys)


def names_in(names: set[str] | frozenset[str], text: str) -> list[str]:
    """The names (slug forms) whose first part occurs in ``text``: the only ones worth
    looking for there."""
    low = text.lower()
    return [name for name in names if name.split("-", 1)[0] in low]


def name_spans(name: str, low: str) -> list[tuple[int, int]]:
    """(start, end) of every place lower-cased text names a model, left to right
    (``_name_pattern``)."""
    parts, by_pattern = _name_parts(name)
    if not parts:
        return []
    if by_pattern:
        return _pattern_spans(name, low, parts[0])
    # every match starts with the name's first part, found by ``str.find``; the rest is read
    # by ``_name_end``, which answers as the name's pattern does without compiling it (a
    # pattern costs 40-240 µs to compile, and a site of 500 models meets a new name on most
    # pages it reads first)
    first = parts[0]
    spans = []
    at = low.find(first)
    while at != -1:
        end = _name_end(low, at, parts)
        if end is not None:
            spans.append((at, end))
            at = low.find(first, end)
        else:
            at = low.find(first, at + 1)
    return spans


@lru_cache(maxsize=1024)  # asked for every passage that holds a name's first part
def _name_parts(name: str) -> tuple[tuple[str, ...], bool]:
    """A name's parts, and whether one after the first begins like a separator (such a name
    is read by its pattern: ``_name_end`` does not try the ways it could be matched)."""
    parts = tuple(part for part in name.split("-") if part)
    return parts, any(_is_name_separator(part[0]) for part in parts[1:])


#: ASCII letters and digits: what may not stand right before or after a name (``_name_pattern``)
_NAME_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
#: what may stand between a name's parts besides spaces (``_name_pattern``'s ``[\s._·\[\]-]``)
_NAME_SEPARATORS = frozenset("._·[]-")


def _is_name_separator(ch: str) -> bool:
    return ch in _NAME_SEPARATORS or ch.isspace()  # ``\s`` is ``str.isspace`` for str patterns


def _name_end(low: str, at: int, parts: tuple[str, ...]) -> int | None:
    """Where the name whose first part stands at ``at`` ends, or None when the name does not
    stand there: ``_name_pattern(name).match(low, at)``, for a name none of whose later parts
    begins like a separator. Then the run of separators before each part is all of the run
    (a part cannot begin inside it), so there is one way to match, and no other to try when
    the name runs on into a longer one."""
    chars = _NAME_CHARACTERS
    if at and (low[at - 1] in chars or (at > 1 and low[at - 1] in "-." and low[at - 2] in chars)):
        return None  # inside a longer name or word: "xgpt-4o", "a.gpt-4o"
    end, length = at + len(parts[0]), len(low)
    for part in parts[1:]:
        while end < length and _is_name_separator(low[end]):
            end += 1
        if not low.startswith(part, end):
            return None
        end += len(part)
    if end < length and (low[end] in chars or (
            low[end] in "-." and end + 1 < length and low[end + 1] in chars)):
        return None  # it runs on: "gpt-4o-mini", "gpt-4o.5"
    return end


def _pattern_spans(name: str, low: str, first: str) -> list[tuple[int, int]]:
    """``name_spans`` by the name's pattern, tried only where ``str.find`` meets its first
    part (with lookbehinds first, ``finditer`` cannot skip ahead to a literal and would try
    every position of the text)."""
    pattern = _name_pattern(name)
    spans = []
    at = low.find(first)
    while at != -1:
        found = pattern.match(low, at)
        if found:
            spans.append(found.span())
            at = low.find(first, found.end())
        else:
            at = low.find(first, at + 1)
    return spans


@lru_cache(maxsize=1024)  # compiled once per name (40-240 µs), for the few that need it
def _name_pattern(name: str) -> re.Pattern[str]:
    r"""A model's name (a slug form) as lower-cased text writes it: the parts of the name in
    order, separated by any run of ``[\s._·\[\]-]`` or none ("gpt-4o", "GPT 4o", "gpt4o"),
    not inside a longer name or word (not in "gpt-4o-mini", "xgpt-4o" or "a.gpt-4o")."""
    parts = r"[\s._·\[\]-]*".join(re.escape(part) for part in name.split("-") if part)
    return re.compile(rf"(?<![a-z0-9])(?<![a-z0-9][-.]){parts}(?![a-z0-9]|[-.][a-z0-9])")


def mentions(sentence: str, names: set[str] | frozenset[str],
             known: frozenset[str] = frozenset()) -> list[tuple[int, int, bool, str]]:
    """Models named in a sentence: (start, end, is it this model, text), in order. ``known``
    are slugs of other models the page links to: they are found even without a digit
    (``qwen-flash``), which a bare pattern could not tell from a hyphenated word. Cached: the
    fact readers ask of the same sentences."""
    return list(_mentions(sentence, frozenset(names), known))


@lru_cache(maxsize=2048)  # the fact readers ask of the same sentences: 0.035 ms a bench page
def _mentions(sentence: str, names: frozenset[str],
              known: frozenset[str]) -> tuple[tuple[int, int, bool, str], ...]:
    ours: list[tuple[int, int]] = []
    low = _lower(sentence)
    present = names_in(names, sentence)
    for name in present:
        ours.extend(name_spans(name, low))
    # (priority, name): a model the page links to comes first among names ending together
    candidates: list[tuple[int, Hit]] = [(1, _sentence_start_cut(hit, names))
                                         for hit in (*_display_names(sentence),
                                                     *_model_ids(sentence),
                                                     *_possessed_names(sentence),
                                                     *_extended_names(sentence, low, present),
                                                     *_sibling_ids(sentence, names),
                                                     *_family_names(sentence, names),
                                                     *_variants_alone(sentence, names))]
    # "the 405B model": a figure, yet a name (``_FIGURE`` below does not refuse it)
    sized = _sizes_as_names(sentence, names)
    candidates.extend((1, hit) for hit in sized)
    if known:
        for name in names_in(known - names, sentence):
            spans = name_spans(name, low)
            candidates.extend((0, Hit(start, end, sentence[start:end])) for start, end in spans)
            # "Grok 4 Fast" is another model the page links to, not "Grok 4" and a word
            ours = [(s, e) for s, e in ours
                    if not any(a <= s and e <= b and (b - a) > (e - s) for a, b in spans)]
        # "Medium 3" for Mistral Medium 3 on Mistral Large's page: another model of this
        # model's family named without the family's word, as writers shorten within a family
        for tail in _family_tails(known - names, names):
            if tail.split("-", 1)[0] in low:
                candidates.extend((0, Hit(start, end, sentence[start:end]))
                                  for start, end in name_spans(tail, low))
    # "Sonnet 4.5" on Claude Sonnet 4.5's page: this model's name without its family's word
    ours += [(hit.start, hit.end) for priority, hit in candidates
             if priority and _is_tail_of(slug_form(hit.text), names)
             and not any(s < hit.end and hit.start < e for s, e in ours)]
    # "the 2.1 Master model" on Kling 2.1 Master's page: the end of its name, a version in it
    for tail in _name_tails(names):
        if tail.split("-", 1)[0] in low:
            ours += [(s, e) for s, e in name_spans(tail, low)
                     if not any(a < e and s < b for a, b in ours)]
    # "Grok 4 Fast", "GPT-4o mini": a longer name that holds this model's is another model
    longer = [(hit.start, hit.end) for _priority, hit in candidates
              if slug_form(hit.text) not in names]
    ours = [(s, e) for s, e in ours
            if not any(a <= s and e <= b and (b - a) > (e - s) for a, b in longer)]
    found = [(s, e, True, sentence[s:e]) for s, e in dict.fromkeys(ours)]
    # of two overlapping names the one reaching further wins ("Gunakan Qwen3" < "Qwen3-VL-Plus",
    # "V2.5" < "Kling V2.5 Turbo"); of two ending together, a model the page links to
    # ("Hersteller Claude Haiku 4.5" names Claude Haiku 4.5), else the longer
    candidates.sort(key=lambda pair: (-pair[1].end, pair[0], pair[1].start))
    for _priority, hit in candidates:
        text = hit.text.strip()
        if (_MONTHS_EN.match(text + " ") or _MONTH_AND_DAY.search(text)
                or slug_form(text) in names or _MONEY_CODE.match(text)):
            continue
        if any(hit.start < e and s < hit.end for s, e, *_ in found):
            continue
        if (not any(ch.isalpha() for ch in text) or _FIGURE.fullmatch(text)
                or _WORD_AND_FIGURE.fullmatch(text)) and hit not in sized:
            continue  # "15.03.2027" or "256K" after "From", "The": a date, a size, no name
        if _priority and _WORD_AND_NUMBER.fullmatch(text) and not MODEL_FAMILY.match(text) \
                and text.split()[0].casefold() not in _families(names):
            continue  # "Step 1", "Version 2": a capitalized word and a number is not a model
            # (unless it is a model the page links to: "Medium 3", or this model's family's
            # word with another version: "Orion 1" on Orion 2's page)
        if _YEAR_ONLY.fullmatch(text) and _priority:
            continue  # "In May 2026", "Since 2025": the number is a year, not a version
        # "Claude Opus 4 (claude-opus-4-20250514)": an id in brackets right after this model's
        # name is the same model's API id, and so is this model's slug with a date appended
        # ("claude-3-5-haiku-20241022") unless the page links to that dated id as a model
        alias = any(0 <= hit.start - e <= 2 and "(" in sentence[e:hit.start + 1]
                    for s, e, is_ours, _t in found if is_ours) or (
            snapshot_of(slug_form(text), names) and slug_form(text) not in known)
        found.append((hit.start, hit.end, alias, text))
    return tuple(sorted(found))


@lru_cache(maxsize=256)
def _families(names: frozenset[str]) -> frozenset[str]:
    """The first words of this model's names ("orion" of "orion-2"), its family's word."""
    return frozenset(name.split("-", 1)[0] for name in names if "-" in name)


@lru_cache(maxsize=256)
def _family_tails(others: frozenset[str], names: frozenset[str]) -> tuple[str, ...]:
    """The names of ``others`` (slugs of models the page links to) without their first word,
    where that word is this model's family's ("mistral-medium-3" → "medium-3" on
    mistral-large-2411's page) and what is left holds a version (a digit): "Large" alone names
    no model."""
    families = {name.replace(" ", "-").split("-", 1)[0] for name in names}
    tails = []
    for slug in sorted(others):
        family, _, tail = slug.partition("-")
        if family in families and any(ch.isdigit() for ch in tail) and "-" in tail:
            tails.append(tail)
    return tuple(tails)


_HYPHENATED_TAIL = re.compile(r"(?:-[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)+")


def _extended_names(sentence: str, low: str, present: list[str]) -> list[Hit]:
    """This model's name (of ``present``, the names the sentence may hold) with more
    hyphenated parts written on ("Qwen-Image-Plus" on Qwen-Image's page): another model's
    name, digit or not."""
    found = []
    for name in present:
        parts = [part for part in name.split("-") if part]
        if len(parts) < 2:
            continue
        at = low.find(parts[0])
        while at != -1:
            end = at + len("-".join(parts))
            if low[at:end] == "-".join(parts) and (at == 0 or not low[at - 1].isalnum()):
                tail = _HYPHENATED_TAIL.match(sentence, end)
                if tail is not None:
                    found.append(Hit(at, tail.end(), sentence[at:tail.end()]))
            at = low.find(parts[0], at + 1)
    return found


def _family_names(sentence: str, names: frozenset[str]) -> list[Hit]:
    """A model family's word and capitalized words, no digit ("Grok Code Fast", "Claude
    Opus"): a model's name, another model's unless it is the start of this one's ("Claude
    Sonnet" on claude-sonnet-4-5's page names this model by its shorter name)."""
    found = []
    for m in _FAMILY_NAME.finditer(sentence):
        words = m.group(0).split()
        while len(words) > 1 and words[-1].casefold() in _NOT_NAME_WORDS:
            words.pop()
        if len(words) < 2:
            continue
        slug = slug_form(" ".join(words))
        if not any(name == slug or name.startswith(f"{slug}-") for name in names):
            found.append(Hit(m.start(), m.start() + len(" ".join(words)), " ".join(words)))
    return found


def _sibling_ids(sentence: str, names: frozenset[str]) -> list[Hit]:
    """Identifiers written the way this model's is, lower-case parts joined by "_" or "-",
    that begin with its first part and are not its name ("mj_relax_imagine" on
    mj_fast_imagine's page): a sibling model, with or without a digit."""
    found = []
    for first in {name.split("-", 1)[0] for name in names if "-" in name}:
        for m in _sibling_pattern(first).finditer(sentence):
            if slug_form(m.group(0)) not in names:
                found.append(Hit(m.start(), m.end(), m.group(0)))
    return found


@lru_cache(maxsize=256)  # one pattern per model family seen, not one per sentence
def _sibling_pattern(first: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(first)}(?:[-_][a-z0-9]+)+(?![\w-])")


@lru_cache(maxsize=256)
def _name_tails(names: frozenset[str]) -> tuple[str, ...]:
    """The ends of this model's names that still say which model it is: two parts or more, a
    version and a word of three letters among them ("2-1-master" of "kling-2-1-master",
    "4o-mini" of "gpt-4o-mini"). A page calls its model so once the family is clear ("the
    2.1 Master model"); a longer name written around one ("Llama 3 70B Instruct" on Llama
    3.3 70B Instruct's page) is another model's, as for the whole name."""
    tails = set()
    for name in names:
        parts = name.split("-")
        for first in range(1, len(parts) - 1):
            tail = parts[first:]
            if (any(ch.isdigit() for ch in "".join(tail))
                    and any(part.isalpha() and len(part) >= 3 for part in tail)):
                tails.add("-".join(tail))
    return tuple(sorted(tails - set(names), key=len, reverse=True))


def _is_tail_of(slug: str, names: frozenset[str]) -> bool:
    """Is ``slug`` one of this model's names with its first part(s) left off, a word and a
    version still in it ("sonnet-4-5" of "claude-sonnet-4-5")? A page shortens its model's
    name so once it has said it whole. A bare version ("V7") may be any generation's, but
    not when it is all of this model's name after its family's word ("v4.5" on Suno v4.5's
    page, "R1" on DeepSeek-R1's): that version of this family is this model."""
    if not any(ch.isdigit() for ch in slug):
        return False
    if any(part.isalpha() and len(part) >= 3 for part in slug.split("-")):
        return any(name.endswith(f"-{slug}") for name in names)
    return any(name.partition("-")[0].isalpha() and name.partition("-")[2] == slug
               for name in names)


def _sentence_start_cut(hit: Hit, names: frozenset[str]) -> Hit:
    """A sentence's first word is capitalized by the sentence, not because it is part of a
    name: when the words after it are exactly this model's name, it names no model of its own
    ("O Mistral Medium 3.1 trabalha …", "Il Mistral Large …": the article is no part of the
    name, and the sentence is about this model, not a longer-named other one)."""
    if hit.start != 0 or " " not in hit.text:
        return hit
    head, rest = hit.text.split(" ", 1)
    if head.isalpha() and slug_form(rest) in names:
        return Hit(hit.start + len(head) + 1, hit.end, rest)
    return hit


#: where a coordinated clause begins: a semicolon, or a comma and a coordinating conjunction
COORDINATION = re.compile(
    r"[;；]|,\s*(?:and|but|while|whereas|y|pero|e|ma|et|mais|und|aber|en|maar|og|men|och|"
    r"и|а|но|ve|ama|dan|tapi|và|nhưng)\s", re.IGNORECASE)


def whose(sentence: str, position: int, names: set[str],
          known: frozenset[str] = frozenset()) -> bool | None:
    """Whose fact is stated at ``position`` of ``sentence``: this model's (True), another
    model's (False), or no model's in particular (None).

    The one rule the fact readers ask (official prices and prices in prose, sizes; lifecycle
    applies it sentence by sentence): a figure or statement belongs to the model named nearest
    before it in its clause; "this model" (``this_model_words``) names this one. "Grok 4 Fast
    costs $0.20/M" gives Grok 4 Fast the figure, not the page's model; "Unlike GPT-4's 8K, this
    model reads 128K" gives 128K to this model. A clause naming no model before the figure says
    nothing about whose it is (None): the callers then read it as the page's own."""
    # a coordinated clause starts over ("…, frente a los 64K de R1, y puede generar hasta
    # 64K": the second figure's subject is the page's model again)
    begin = max((m.end() for m in COORDINATION.finditer(sentence, 0, position)), default=0)
    found = mentions(sentence, names, known)
    aside = asides(sentence, begin, position, found)
    named = [(end, ours) for start, end, ours, _text in found
             if begin <= start and end <= position
             and not any(a <= start < b for a, b in aside)]
    for hit in find_words("this_model_words", sentence[begin:position]):
        if any(a <= begin + hit.start < b for a, b in aside) or _qualified_as_other(
                sentence, begin + hit.end):
            continue
        named.append((begin + hit.end,
                      not _continues_another(sentence, begin + hit.start, hit.text, names, known)))
    if not named:
        elided = _elided_subject(sentence, begin, found)
        if elided is None and _other_subject_opens(sentence, begin, position, found):
            return False
        return elided
    return max(named)[1]


def _qualified_as_other(sentence: str, at: int) -> bool:
    """Does the word right after a "this model" phrase ending at ``at`` make it another
    subject ("el modelo anterior", "o modelo antigo": the adjective after its noun, a word of
    ``other_subject_words``)? Then it is the previous or older model, not this one."""
    rest = sentence[at:at + 40]
    word = rest.lstrip()
    if not word or len(rest) == len(word):
        return False
    offset = len(rest) - len(word)
    return any(hit.start == offset and not rest[hit.end:hit.end + 1].isalpha()
               for hit in find_words("other_subject_words", rest))


#: what opens a phrase before a figure: a semicolon, a dash, a comma, a bracket
_PHRASE_OPENERS = ";；—–,،、，(（"


def _other_subject_opens(sentence: str, begin: int, position: int,
                         found: list[tuple[int, int, bool, str]]) -> bool:
    """Does the figure's phrase (from its clause's start ``begin``, or the last comma, bracket
    or dash) name, before it, a subject other than this model by a noun instead of a name
    ("the previous model's official output price dropped to $8/M", "Larger models in the
    family offer …": ``other_subject_words``, each a whole word: "app" of "applies" is none)?
    The figure is that subject's. Words inside this model's own name ("… Preview") are none."""
    start = max(begin, max(sentence.rfind(ch, 0, position) for ch in _PHRASE_OPENERS) + 1)
    phrase = sentence[start:position]
    for m_start, m_end, ours, _text in found:
        if ours and m_end > start and m_start < position:
            a, b = max(m_start, start) - start, min(m_end, position) - start
            phrase = f"{phrase[:a]}{' ' * (b - a)}{phrase[b:]}"
    return any(not phrase[hit.end:hit.end + 1].isalpha()
               for hit in find_words("other_subject_words", phrase))


#: what opens an aside right after a name, and what closes it: brackets of any script, or a
#: comma (one followed by a space, not a figure's "1,047,576") up to the next such comma
_BRACKETS = {"(": ")", "（": "）", "[": "]"}
_ASIDE_COMMA = re.compile(r"[,،](?=\s)|[，、]")


def asides(sentence: str, begin: int, position: int,
           found: list[tuple[int, int, bool, str]] | tuple = (),
           after_ours: bool = False) -> list[tuple[int, int]]:
    """The asides of the clause from ``begin`` that close before ``position``: a phrase in
    brackets or between two commas set right after a model's name ("Claude Sonnet 4 (the
    successor of Claude 3.7 Sonnet) is retired …", "GPT-4o, GPT-4.1's predecessor, will stop
    …", "Gemini 2.5 Pro, unlike Gemini 2.5 Flash, is listed at …"). An aside describes the
    name before it; the sentence goes on about that name, so no model named inside it is the
    subject of what follows. A comma phrase that opens with a name is the next item of a list
    ("GPT-4o, GPT-4.1, OpenAI's …"), no aside; one that goes on after the name is ("GPT-4o,
    GPT-4.1 को पूर्ववर्ती, …": GPT-4.1's predecessor). ``found``: the sentence's ``mentions``;
    ``after_ours``: only the asides that describe this model (set after one of its names)."""
    spans: list[tuple[int, int]] = []
    for start, end, ours, _text in found:
        if start < begin or end >= position or (after_ours and not ours):
            continue
        at = end
        while at < position and sentence[at] == " ":
            at += 1
        if at >= position:
            continue
        mark = sentence[at]
        if mark in _BRACKETS:
            close = sentence.find(_BRACKETS[mark], at + 1, position)
            if close != -1:
                spans.append((at, close + 1))
        elif _ASIDE_COMMA.match(sentence, at):
            close = _ASIDE_COMMA.search(sentence, at + 1, position)
            inner = sentence[at + 1:close.start()] if close else ""
            if close is None or not inner.strip() or any(ch in inner for ch in ";；:："):
                continue
            first = inner.strip()
            opening = at + 1 + len(inner) - len(inner.lstrip())
            if any(s == opening and e - s == len(first) for s, e, *_rest in found):
                continue  # the next item of a list (a name and nothing else), not an aside
            spans.append((at, close.end()))
    return spans


#: what parts a figure from a name after it: a mark that ends a phrase or a clause
_PHRASE_MARK = re.compile(r"[,;:()（）\[\]，；：、،—–]")


def only_others_after(sentence: str, position: int, names: set[str],
                      known: frozenset[str] = frozenset()) -> bool:
    """Is the first model named after ``position`` another one, in the same phrase (no comma,
    bracket or clause mark between them), in a sentence that names this model nowhere (not
    by a name, nor by "this model" or a pronoun)? Where ``whose`` finds no model before a
    figure (None), such a sentence may state it of the model named after it: a relative
    clause goes before its noun in many languages ("1M tokens context ഉള്ള Llama 4 Maverick
    …", "128K 컨텍스트를 지원하는 GPT-4o는 …"), and nothing tells the order apart in a language
    the reader has no grammar of. A fact reader then abstains (the figure is not this
    model's) rather than guess. A name across a comma is a comparison's or another clause's
    ("Offers 128K tokens, twice the first version of R1"): the figure stays the page's."""
    found = mentions(sentence, names, known)
    if any(ours for _s, _e, ours, _t in found) or has_word("this_model_words", sentence):
        return False
    after = [start for start, _e, _ours, _t in found if start >= position]
    return bool(after) and _PHRASE_MARK.search(sentence, position, min(after)) is None


def _elided_subject(sentence: str, begin: int,
                    found: list[tuple[int, int, bool, str]]) -> bool | None:
    """Whose a coordinated clause is when it names no model (``begin``: where it starts): a
    clause with no subject of its own shares the sentence's ("Its sibling Scout has a 10M
    window, and can emit up to 16K": Scout emits). Only another model opening the sentence
    as its subject (three words before its name at most) decides it; otherwise nothing is
    known (None), as for a clause that names no model. ``found``: the sentence's ``mentions``."""
    if begin == 0:
        return None
    first = min(((start, ours) for start, _end, ours, _text in found if start < begin),
                default=None)
    if first is None or first[1] or len(sentence[:first[0]].split()) > 3:
        return None
    return False


@cache
def pronoun_entries() -> frozenset[str]:
    """The entries of each language's ``this_model_words`` that are a personal pronoun and a
    verb ("it accepts", "es ist", "se on"), told from the demonstratives ("this model", "the
    model", "cet endpoint") by the lists' own shape: a short first word (three letters at
    most) that begins two entries or more, every one of them that word and one more, none of
    those second words a noun. A noun is a word that ends an entry beginning with another
    word, in any language, or is a whole entry ("this model", "the model"; "النموذج"); of a
    word of four letters or more its first four letters are compared (case endings differ:
    "ამ მოდელის", "ეს მოდელი"), a shorter one ("is") only in its own language ("het is" is
    Dutch's pronoun). A pronoun's verbs end only its own entries."""
    lists = [[tuple(entry.casefold().split())
              for entry in load_language(path).prose.get("this_model_words", ())]
             for path in language_files()]
    endings: dict[str, set[str]] = {}
    for entries in lists:
        for words in entries:
            if words:
                endings.setdefault(words[-1][:4], set()).add(words[0] if len(words) > 1 else "")

    def is_noun(word: str, first: str, entries: list[tuple[str, ...]]) -> bool:
        if len(word) >= 4:
            return bool(endings.get(word[:4], set()) - {first})
        return any(words[-1] == word and (len(words) == 1 or words[0] != first)
                   for words in entries if words)

    found: set[str] = set()
    for entries in lists:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in entries:
            if words:
                by_first.setdefault(words[0], []).append(words)
        for first, group in by_first.items():
            if len(first) > 3 or not first.isalpha() or len(group) < 2:
                continue
            if is_noun(first, "", entries):
                continue  # "مدل اصلی": the noun first, its adjective after
            if all(len(words) == 2 and not is_noun(words[1], first, entries)
                   for words in group):
                found.update(" ".join(words) for words in group)
    return frozenset(found)


#: what ends an independent clause inside a sentence: a colon, a semicolon, or a comma and a
#: coordinating conjunction (``COORDINATION``)
_CLAUSE_BREAK = re.compile(rf"[:：]\s|{COORDINATION.pattern}", re.IGNORECASE)


def _continues_another(sentence: str, at: int, text: str, names: set[str],
                       known: frozenset[str]) -> bool:
    """Is a "this model" phrase at ``at`` a pronoun ("it accepts") whose antecedent is another
    model: the model named nearest before it in the sentence is another, the subject of its
    clause (at the clause's start), and that independent clause ends between them
    ("grok-4-fast is the long-context option: it accepts 2,000,000 tokens", "…, and it reads
    …")? A pronoun continues the subject of the clause before it; a
    phrase set off by a comma alone ("Unlike GPT-4's 8K, it reads 128K") is no clause of its
    own, so there the pronoun is the page's model, as a demonstrative ("this model") always is."""
    if " ".join(text.split()).casefold() not in pronoun_entries():
        return False
    before = [(end, start, ours) for start, end, ours, _text in mentions(sentence, names, known)
              if end <= at]
    if not before:
        return False
    end, start, ours = max(before)
    if ours or _CLAUSE_BREAK.search(sentence, end, at) is None:
        return False
    # the antecedent is its clause's subject, at the clause's start (an article before it at
    # most: "The grok-4-fast …"), not a name inside a phrase ("a member of the GPT-4.1 family")
    opening = max(sentence.rfind(ch, 0, start) for ch in ",;:，；：(") + 1
    return len(sentence[opening:start].split()) <= 1


def names_another(sentence: str, names: set[str], known: frozenset[str] = frozenset()) -> bool:
    """Does the sentence name a model other than this one?"""
    return any(not ours for _s, _e, ours, _t in mentions(sentence, names, known))


#: where a clause ends, for a particle that must end it: a comma-like mark, a dot before a
#: space (not an ordinal day's dot, "am 1. Februar", a number of one or two digits standing
#: alone) or a dash between spaces
_CLAUSE_END = re.compile(r"[,;:!?。，；：]|(?<!(?<![\d.])\d)(?<!(?<![\d.])\d\d)\.(?:\s|$)"
                         r"|\s[–—]\s|$")


def _is_when(rest: str, following: str) -> bool:
    """Is ``rest`` (the words after a verb's particle, up to where a dot cut the clause) the
    start of a date whose year ``following`` (the text after the particle) holds ("den 1." of
    "den 1. marts 2027")?"""
    words = rest.split()
    if (0 < len(words) <= 2 and any(w.rstrip(".").isdigit() for w in words)
            and re.search(r"\b(?:19|20)\d\d\b", following[:40]) is not None):
        return True
    # a Romance verb's complement goes before the date: "tirar o modelo do ar em 30 de abril
    # de 2027" (a preposition, the day, its month and year, and nothing else)
    return (0 < len(words) <= 6 and len(words[0]) <= 3 and words[1:2] != []
            and words[1].rstrip(".").isdigit() and _YEAR_LAST.search(rest) is not None)


_YEAR_LAST = re.compile(r"\b(?:19|20)\d\d\W*$")


@cache
def _split_entries(key: str) -> tuple[tuple[str, str], ...]:
    """(stem, particle) of each ``stem … particle`` word of a list (the files write "…";
    loading normalizes it, NFKC, to "...")."""
    entries = []
    for entry in vocabulary().prose.get(key, ()):
        stem, _, particle = (part.strip() for part in entry.partition("..."))
        if stem and particle:
            entries.append((stem, particle))
    return tuple(entries)


def _split_stems(key: str, stems: list[Hit], low: str) -> Iterator[tuple[Hit, str]]:
    """(the stem's hit, its particle) of each ``stem … particle`` entry of a list whose stem
    is one of ``stems`` (the list's words found in a text, ``low`` its lower case)."""
    for hit in stems:
        for stem, particle in _split_entries(key):
            if low[hit.start:hit.end] == stem:
                yield hit, particle


def adjacent_split_words(key: str, text: str) -> list[Hit]:
    """Verbs of a list written ``stem … particle`` found with their parts side by side, as the
    Scandinavian languages put a particle verb's particle right after it, before its
    object ("OpenAI faser ut DALL·E 3", "Vi lukker ned modellen"). A hit spans stem and
    particle; whose object follows is the caller's question (German "stellt ein neues Modell
    vor" has the article "ein" there)."""
    stems = find_words(key, text)  # the stems, found by the one automaton pass
    if not stems:
        return []
    found: list[Hit] = []
    low = _lower(text)
    for hit, particle in _split_stems(key, stems, low):
        for form in sharp_s_forms(particle):
            end = hit.end + 1 + len(form)
            if low[hit.end:end] == f" {form}" and (end == len(low) or not low[end].isalnum()):
                found.append(Hit(hit.start, end, text[hit.start:end]))
    return sorted(set(found))


def split_words(key: str, text: str) -> list[Hit]:
    """Verbs of a list written ``stem … particle`` found split around their object, as German,
    Dutch and the Scandinavian languages put a separable verb's particle at the end of its
    clause: "Mistral stellt Mistral Small 3.2 ein" (einstellen), "OpenAI schakelt het model
    uit", "Vi lukker modellen ned". The particle counts only as the clause's last word (so the
    article "ein" of "stellt ein neues Modell vor" does not). A hit spans stem to particle."""
    stems = find_words(key, text)  # the stems, found by the one automaton pass
    if not stems:
        return []
    found: list[Hit] = []
    low = _lower(text)
    for hit, particle in _split_stems(key, stems, low):
        end = _CLAUSE_END.search(low, hit.end).start()
        clause = low[hit.end:end].rstrip()
        places = [(clause.rfind(f" {form}"), form) for form in sharp_s_forms(particle)]
        place, particle = max(places)
        if place == -1:
            continue
        rest = clause[place + len(particle) + 1:]
        # last in its clause, or followed only by when ("lukker modellen ned den 1.
        # marts 2027", where the date's own dot ended the clause)
        after = hit.end + place + len(particle) + 1
        if not rest.strip() or _is_when(rest, text[after:]):
            found.append(Hit(hit.start, end, text[hit.start:end]))
    return sorted(found)
