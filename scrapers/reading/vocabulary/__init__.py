"""The words of every language model pages are written in, loaded from one data file each.

Each ``<language>.json`` beside this module holds what a reader needs to know of a language:
its header labels (``입력`` = input), the units and "per" words written after a price, number
suffixes (``Mio.``, ``万``, ``тыс.``), month names, whether it writes decimals with a comma, and
the words prose uses for context windows, output limits, retirements, successors and "this
model". Adding a language is adding a file (see docs/reading.md); no code changes.

Nothing here depends on the page's declared language: pages mix languages (English bodies under
localized headers, half-translated sentences), so every reader matches the union of all
languages. The locale only decides what is ambiguous otherwise: whether ``2,500`` is two and a
half or two thousand five hundred, and whether ``03.04.2027`` is day-first.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent
#: the meanings a header or table label can have
LABEL_MEANINGS = ("input", "output", "per_second", "per_minute", "per_request", "per_image",
                  "per_character", "context", "max_output", "commercial_use", "new",
                  "coming_soon", "playground", "popular", "seller_price", "official_price",
                  "discount", "more_models")
PROSE_KEYS = ("context_words", "max_output_words", "retire_words", "deprecate_words",
              "future_words", "past_words", "successor_words", "this_model_words",
              "other_subject_words", "negation_words", "bound_words", "official_words",
              "saving_words", "not_allowed_words", "other_unit_words", "release_words",
              "retire_split_words", "retire_object_split_words", "end_of_words", "latter_words",
              "feature_words", "dated_end_words", "stop_words",
              "serve_words", "until_words")
UNIT_KEYS = ("tokens", "characters", "second", "minute", "image", "request")
#: the entry-point group through which an installed source adds label words of its own (its
#: name in its price column's header: "CometAPI price"), each a mapping meaning → words
LABEL_WORDS_GROUP = "comet_catalog.label_words"
#: a dictionary of the lifecycle concepts in every language with no file of its own (CLDR's
#: base languages, see ``lexicon``): not a language file, so ``vocabulary`` leaves it out
LEXICON_FILE = DATA_DIR / "lifecycle_lexicon.json"
#: the prose lists the lexicon gives a language: ending, announcing, successor, "goes on",
#: tense words, and "this model" (a sentence that names this model without its name)
LEXICON_KEYS = ("retire_words", "deprecate_words", "successor_words", "negation_words",
                "past_words", "future_words", "this_model_words")


class VocabularyError(ValueError):
    """A language file that does not have the shape every reader relies on."""


_TRAILING_COLONS = re.compile(r"[:：\s]+$")
_WHITESPACE = re.compile(r"\s+")


def normalize_label(text: str) -> str:
    """Case-, width- and punctuation-insensitive form of a label, for dictionary lookup."""
    # casefold turns Turkish "İ" into "i" and a combining dot: the dot is dropped
    text = unicodedata.normalize("NFKC", text).casefold().replace("\u0307", "")
    text = _TRAILING_COLONS.sub("", text.strip())
    return _WHITESPACE.sub(" ", text)


@dataclass(frozen=True)
class Language:
    """One language file, as loaded and checked."""

    code: str
    decimal_comma: bool | None                        # None: not said (CLDR tells)
    date_order: str | None                # "dmy", "ymd", "mdy", "ambiguous"; None: CLDR tells
    labels: dict[str, tuple[str, ...]]
    units: dict[str, tuple[str, ...]]
    per_words: tuple[str, ...]
    multipliers: dict[int, tuple[str, ...]]
    numbers: dict[int, tuple[str, ...]]
    months: tuple[tuple[str, ...], ...]
    prose: dict[str, tuple[str, ...]]
    abbreviations: tuple[str, ...]


@dataclass(frozen=True, eq=False)  # hashed by identity: one per process
class Vocabulary:
    """Every language merged, with the lookups the readers use."""

    languages: dict[str, Language]
    label_index: dict[str, str] = field(default_factory=dict)
    unit_index: dict[str, str] = field(default_factory=dict)
    per_words: tuple[str, ...] = ()
    multiplier_index: dict[str, int] = field(default_factory=dict)
    number_index: dict[str, int] = field(default_factory=dict)
    month_index: dict[str, int] = field(default_factory=dict)
    prose: dict[str, tuple[str, ...]] = field(default_factory=dict)
    abbreviations: tuple[str, ...] = ()

    def language(self, locale: str | None) -> Language | None:
        """The file for a locale: ``zh-CN`` exactly, else its language (``pt-BR`` → ``pt``)."""
        if not locale:
            return None
        if locale in self.languages:
            return self.languages[locale]
        return self.languages.get(locale.split("-")[0].lower())

    def decimal_comma(self, locale: str | None) -> bool:
        lang = self.language(locale)
        return bool(lang and lang.decimal_comma)

    def date_order(self, locale: str | None) -> str:
        lang = self.language(locale)
        return (lang.date_order if lang else None) or "ambiguous"

    def multiplier(self, word: str, locale: str | None) -> int | None:
        """What a number suffix multiplies by; the page's own language first (``mil`` is a
        thousand in Spanish and Portuguese)."""
        key = normalize_label(word).rstrip(".")
        lang = self.language(locale)
        if lang is not None:
            for factor, words in lang.multipliers.items():
                if key in (w.rstrip(".") for w in words):
                    return factor
        return self.multiplier_index.get(key)


def _strings(value: object, where: str, whole_words: bool = False) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise VocabularyError(f"{where}: expected a list of strings")
    # a trailing space is kept: it marks a whole word ("not " must not match "notice")
    words = (_sara_am(unicodedata.normalize("NFKC", x).casefold()) for x in value if x.strip())
    return tuple(w.lstrip() if whole_words else w.strip() for w in words)


def _sara_am(word: str) -> str:
    """NFKC splits Thai and Lao sara am (ำ, ຳ) into nikhahit and sara aa; pages write the one
    character, and the prose scan compares page text unnormalized: the words keep it whole."""
    return word.replace("\u0e4d\u0e32", "\u0e33").replace("\u0ecd\u0eb2", "\u0eb3")


def _with_prefixes(words: tuple[str, ...], prefixes: tuple[str, ...]) -> tuple[str, ...]:
    """A language that inflects a verb at its start (Swahili "i-li-staafu": it-PAST-retire)
    writes the stem once with a leading ``~`` and its file's ``verb_prefixes`` (each subject and
    tense marker it takes, "ili", "ita", "ame"): the stem is read after each."""
    if not any(w.startswith("~") for w in words):
        return words
    out: list[str] = []
    for word in words:
        if word.startswith("~"):
            out.extend(prefix + word[1:] for prefix in prefixes)
        else:
            out.append(word)
    return tuple(dict.fromkeys(out))


def load_language(path: Path) -> Language:
    """Read and check one language file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise VocabularyError(f"{path.name}: {exc}") from None
    name = path.stem
    labels = {k: _strings(v, f"{name}.labels.{k}") for k, v in data.get("labels", {}).items()
              if k in LABEL_MEANINGS}
    units = {k: _strings(v, f"{name}.units.{k}") for k, v in data.get("units", {}).items()
             if k in UNIT_KEYS}
    multipliers = {int(k): _strings(v, f"{name}.multipliers.{k}")
                   for k, v in data.get("multipliers", {}).items()}
    numbers = {int(k): _strings(v, f"{name}.numbers.{k}")
               for k, v in data.get("numbers", {}).items()}
    months = tuple(_strings(m, f"{name}.months") for m in data.get("months", []))
    if months and len(months) != 12:
        raise VocabularyError(f"{name}.months: expected 12 lists, got {len(months)}")
    prefixes = _strings(data.get("verb_prefixes", []), f"{name}.verb_prefixes")
    prose = {k: _with_prefixes(_strings(data.get(k, []), f"{name}.{k}", whole_words=True),
                               prefixes) for k in PROSE_KEYS}
    order = data.get("date_order")
    if order not in (None, "dmy", "ymd", "mdy", "ambiguous"):
        raise VocabularyError(f"{name}.date_order: {order!r}")
    return Language(
        code=name, decimal_comma=data["decimal"] == "," if "decimal" in data else None,
        date_order=order,
        labels=labels, units=units, per_words=_strings(data.get("per_words", []), name),
        multipliers=multipliers, numbers=numbers, months=months, prose=prose,
        abbreviations=_strings(data.get("abbreviations", []), f"{name}.abbreviations"),
    )


def build(languages: dict[str, Language], first: str | None = None,
          source_labels: dict[str, tuple[str, ...]] | None = None) -> Vocabulary:
    """Merge languages into one vocabulary: ``first`` (a page's own language) wins a clash of
    meanings, then English (``listopad`` is November in Polish and October in Croatian);
    ``source_labels``, the installed sources' own label words, come after every language."""
    ordered = sorted(languages.values(),
                     key=lambda lang: (lang.code != first, lang.code != "en", lang.code))
    label_index: dict[str, str] = {}
    unit_index: dict[str, str] = {}
    multiplier_index: dict[str, int] = {}
    number_index: dict[str, int] = {}
    month_index: dict[str, int] = {}
    # ordered sets (a dict's keys): each word once, where its first language put it
    prose: dict[str, dict[str, None]] = {k: {} for k in PROSE_KEYS}
    per_words: dict[str, None] = {}
    abbreviations: dict[str, None] = {}
    for lang in ordered:
        for meaning, words in lang.labels.items():
            for word in words:
                label_index.setdefault(normalize_label(word), meaning)
        for unit, words in lang.units.items():
            for word in words:
                unit_index.setdefault(word, unit)
        for factor, words in lang.multipliers.items():
            for word in words:
                multiplier_index.setdefault(word.rstrip("."), factor)
        for value, words in lang.numbers.items():
            for word in words:
                number_index.setdefault(word, value)
        for number, words in enumerate(lang.months, start=1):
            for word in words:
                month_index.setdefault(word.rstrip("."), number)
        for key in PROSE_KEYS:
            prose[key].update(dict.fromkeys(lang.prose[key]))
        per_words.update(dict.fromkeys(lang.per_words))
        abbreviations.update(dict.fromkeys(lang.abbreviations))
    for meaning, words in (source_labels or {}).items():
        for word in words:
            label_index.setdefault(normalize_label(word), meaning)
    return Vocabulary(
        languages=languages, label_index=label_index, unit_index=unit_index,
        per_words=tuple(per_words), multiplier_index=multiplier_index,
        number_index=number_index, month_index=month_index,
        prose={k: tuple(v) for k, v in prose.items()}, abbreviations=tuple(abbreviations),
    )


@cache
def vocabulary() -> Vocabulary:
    """All language files beside this module and the installed sources' label words, loaded
    once per process."""
    return build({p.stem: load_language(p) for p in language_files()},
                 source_labels=source_label_words())


def language_files() -> list[Path]:
    """The language files beside this module (every ``*.json`` but the lexicon)."""
    return [p for p in sorted(DATA_DIR.glob("*.json")) if p != LEXICON_FILE]


@cache
def lexicon() -> dict[str, dict[str, tuple[str, ...]]]:
    """The lifecycle lexicon: for each language with no file (a CLDR base language code, or
    a language of an earlier blind batch CLDR lacks), its dictionary's words for five concepts
    (retire, deprecate, successor, "remains available", and past/future where a separate
    word marks the tense), each list as the language files write theirs (stems, case-folded,
    a trailing space for a whole word). A language without a word for a key has none."""
    try:
        data = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise VocabularyError(f"{LEXICON_FILE.name}: {exc}") from None
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for code, entry in data["languages"].items():
        unknown = set(entry) - set(LEXICON_KEYS)
        if unknown:
            raise VocabularyError(f"{LEXICON_FILE.name}.{code}: unknown keys {sorted(unknown)}")
        out[code] = {k: _strings(entry.get(k, []), f"{LEXICON_FILE.name}.{code}.{k}",
                                 whole_words=True) for k in LEXICON_KEYS}
    return out


def lexicon_words(locale: str | None) -> dict[str, tuple[str, ...]]:
    """The lifecycle words a page in ``locale`` reads beside the files' words: its language's
    lexicon entry when no file has the language, else none (a file's words are complete)."""
    if not locale or vocabulary().language(locale) is not None:
        return {}
    return lexicon().get(lexicon_code(locale), {})


def lexicon_code(locale: str) -> str:
    """The lexicon's key for ``locale``'s language: its code, or the language CLDR names by
    that code's alias when the lexicon has no entry under it (``tl`` → ``fil``:
    ``cldr.language_alias``). The lexicon's only: a page whose language has no file keeps the
    readings of a page with none."""
    code = locale.split("-")[0].lower()
    if code in lexicon() or not code.isalpha():
        return code
    from scrapers.reading.cldr import language_alias

    return language_alias(code)


def source_label_words() -> dict[str, tuple[str, ...]]:
    """The label words installed sources add (entry points of ``LABEL_WORDS_GROUP``): words
    only one seller's pages use, such as its own name in a price column's header, which the
    language files leave out. Every page is read with all of them, as with all languages. A
    package whose words cannot be loaded adds none; its source's own pages will say why."""
    from importlib.metadata import entry_points

    found: dict[str, list[str]] = {}
    for point in sorted(entry_points(group=LABEL_WORDS_GROUP), key=lambda p: p.name):
        try:
            mapping = dict(point.load())
        except Exception:  # another package's words: never the reader's failure
            continue
        for meaning, words in mapping.items():
            if meaning in LABEL_MEANINGS:
                found.setdefault(meaning, []).extend(
                    _strings(list(words), f"{point.name}.{meaning}"))
    return {meaning: tuple(dict.fromkeys(words)) for meaning, words in found.items()}


def _with_cldr(own: Language, cldr: Language) -> Language:
    """A language file completed with what CLDR knows of its locale: compact-number words and
    month forms the file lacks (a CLDR word the file gives another value is left out)."""
    known = {w.rstrip("."): f for f, words in own.multipliers.items() for w in words}
    multipliers = {f: list(words) for f, words in own.multipliers.items()}
    for factor, words in cldr.multipliers.items():
        for word in words:
            if known.setdefault(word.rstrip("."), factor) == factor and word not in multipliers.get(
                    factor, []):
                multipliers.setdefault(factor, []).append(word)
    months = tuple(tuple(dict.fromkeys([*mine, *theirs])) for mine, theirs in zip(
        own.months or ((),) * 12, cldr.months, strict=True))
    return replace(own, multipliers={f: tuple(w) for f, w in multipliers.items()},
                   months=months,
                   decimal_comma=cldr.decimal_comma if own.decimal_comma is None
                   else own.decimal_comma,
                   date_order=own.date_order or cldr.date_order,
                   abbreviations=tuple(dict.fromkeys([*own.abbreviations, *cldr.abbreviations])))


@cache
def vocabulary_for(locale: str | None) -> Vocabulary:
    """The vocabulary for a page in ``locale``: every language file, with what CLDR knows of
    the locale (``scrapers.reading.cldr``) merged in and the locale's own words first. A
    locale with no file of its own still gets its decimal symbol, date order, compact-number
    words and month names, and its language's lifecycle words from the lexicon (``lexicon``) as
    its prose lists (the merged ``prose`` every page shares stays the files' alone)."""
    base = vocabulary()
    if not locale:
        return base
    from scrapers.reading.cldr import cldr_language

    cldr = cldr_language(locale)
    if cldr is None:
        return base
    own = base.language(locale)
    language = _with_cldr(own, cldr) if own is not None else replace(
        cldr, code=locale.split("-")[0].lower(),
        prose={**cldr.prose, **lexicon_words(locale)})
    return _with_locale(base, language)


def _with_locale(base: Vocabulary, language: Language) -> Vocabulary:
    """``base`` with one language's numbers, months and abbreviations first: what ``build``
    gives with that language first for the lookups a locale changes, made from ``base`` in a
    few milliseconds (labels, units and prose words are the same on every page)."""
    multiplier_index = dict(base.multiplier_index)
    for factor, words in language.multipliers.items():
        multiplier_index.update((word.rstrip("."), factor) for word in words)
    month_index = dict(base.month_index)
    for number, words in enumerate(language.months, start=1):
        month_index.update((word.rstrip("."), number) for word in words)
    number_index = dict(base.number_index)
    for value, words in language.numbers.items():
        number_index.update((word, value) for word in words)
    return replace(base, languages={**base.languages, language.code: language},
                   multiplier_index=multiplier_index, month_index=month_index,
                   number_index=number_index, abbreviations=tuple(dict.fromkeys(
                       [*base.abbreviations, *language.abbreviations])))
