"""Lifecycle words and month names read by their cognates, for a page in a language no
vocabulary file and no lexicon entry has words for.

Such languages are rarely without relatives: Crimean Tatar *hızmetten çıqardı* is Azerbaijani
*xidmətdən çıxarıldı*, Kashubian *wëłączony* is Polish *wyłączony*, Ladino *desaktivado* is
Spanish *desactivado*, Tetum *Janeiru* is Portuguese *janeiro*. A word is compared with every
vocabulary file's and every lexicon entry's lifecycle words (and with every CLDR locale's month
names) on a folded form where the sounds cognates keep apart are few:

* written in Latin letters (``cognates.latin_letters``: ``anyascii``, diacritics dropped, but
  ``ç``/``č`` kept as ``ch`` and ``ş``/``š`` as ``sh``, the sounds Cyrillic ``ч``, ``ш`` spell);
* the spellings of one sound merged: ``ch``/``cz``/``ts`` one affricate, ``sh``/``sz``/``sch``
  with ``s``, ``kh`` and ``x`` one ``h``, ``c`` and ``q`` a ``k``, ``w`` a ``v``;
* a consonant's voice dropped (``b`` as ``p``, ``d`` as ``t``, ``g`` as ``k``, ``z`` as
  ``s``): cognates keep a consonant's place and manner more than its voice (Dolgopolsky's sound
  classes, 1964), and every vowel and glide one ``a`` (vowels are what related languages change
  first: ``wyłączony``/``wëłączony``);
* doubled letters written once.

Two folded words are kin when their edit distance is small for their length (``kin``): edits
cost one, but two in the first three letters, where prefixes that change the meaning stand
(Polish *wyłączony*, switched off, beside *włączony*, switched on; *de-* beside *re-*).
How close is close enough was measured on a table of true cognate pairs and of look-alikes
with another meaning, built from dictionaries (``tests/test_kinship.py``), and on the blind
pages in languages without words (how many words it finds outside their lifecycle sentences):
at most one edit per ``_LETTERS_PER_EDIT`` folded letters, none below ``_SHORTEST`` letters
(short stems are kin of anything), a stem's ending ``_ENDING`` letters at most, the first two
letters the same (Dolgopolsky's own test of cognacy starts there), and words of alphabets only.

This reads nothing on its own: ``catalog.meaning.lifecycle`` asks it only on a page whose
language has no words of its own, and reads what it finds as it reads a verb borrowed from
Latin: only in a sentence that names this model, and only with a date.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from scrapers.reading.cldr_tables import load_table
from scrapers.reading.cognates import latin_letters

#: letters whose Latin spelling ``anyascii`` writes without their sound (ç, č: ch; ş, š: sh)
_SOUNDED = str.maketrans({"ç": "ч", "č": "ч", "ć": "ч", "ĉ": "ч", "ş": "ш", "š": "ш", "ŝ": "ш",
                          "ž": "ж", "ż": "ж", "Ç": "ч", "Č": "ч", "Ć": "ч", "Ş": "ш", "Š": "ш",
                          "Ž": "ж", "Ż": "ж"})
#: the spellings of one sound, merged (longest first): the affricate ch (Cyrillic ч, Polish
#: cz), the sibilant sh (ш, sz, sch) with s, zh (ж) with z, kh (х) and x with h, gh with g,
#: th with t, ph with f
_DIGRAPHS = (("shch", "S"), ("sch", "S"), ("tsh", "C"), ("sh", "S"), ("sz", "S"), ("zh", "Z"),
             ("ch", "C"), ("cz", "C"), ("ts", "C"), ("tz", "C"), ("kh", "H"), ("gh", "g"),
             ("th", "t"), ("ph", "f"))
_DIGRAPH = re.compile("|".join(d for d, _ in _DIGRAPHS))
_DIGRAPH_CLASS = dict(_DIGRAPHS)
#: then Dolgopolsky's observation that cognates keep a consonant's place and manner, not its
#: voice, and hardly their vowels: a voiced stop or sibilant as its voiceless pair (b p, d t,
#: g k, z s, zh sh, dzh ch), every vowel and glide one ``a``; and single letters of one sound:
#: c and q as k (Latin and Romance c), x as kh, w as v
_CONSONANTS = {"c": "k", "q": "k", "x": "h", "w": "v", "b": "p", "d": "t", "g": "k", "z": "s",
               "C": "c", "S": "s", "Z": "s", "H": "h"}
_ONE_SOUND = str.maketrans(_CONSONANTS | dict.fromkeys("yeiouj", "a"))
#: the same merges with the vowels kept (y as i, j as i): month names, short and many, are told
#: apart by their vowels too ("juni", "juli"; "marts", "maret")
_ONE_SOUND_VOWELS = str.maketrans(_CONSONANTS | {"y": "i", "j": "i"})
_REPEATS = re.compile(r"(.)\1+")
#: at most one edit per this many folded letters: measured on the table of kin and look-alikes
_LETTERS_PER_EDIT = 8
#: a folded word shorter than this is kin of too many words to tell
_SHORTEST = 7
#: a successor cue is read only inside a lifecycle statement's window and with a model's name
#: after it: a shorter word is enough ("орнуна", Kazakh "орнына", in its place)
_SHORTEST_CUE = 6
#: the most letters an ending adds to a stem (folded: "velaconi" of "wyłączon")
_ENDING = 4
#: an edit in the first letters, where meaning-changing prefixes stand, costs this
_START = 3
_START_COST = 2


#: the alphabets, whose letters ``anyascii`` writes one sound each: Latin, Greek, Cyrillic,
#: Armenian, Georgian (an abugida's inherent vowels and a logograph's syllables are written
#: as each script's table guesses them: 关停 folds like "kontekst")
_ALPHABETIC = re.compile(r"[^\W\d_\u0250-\u036f\u0370-\u058f\u10a0-\u10ff\u1c90-\u1cbf"
                         r"\u1e00-\u1fff\u0000-\u024f]")


def alphabetic(word: str) -> bool:
    """Is ``word`` written in an alphabet (no letter of another script in it)?"""
    return _ALPHABETIC.search(word) is None


@cache
def fold(word: str, vowels: bool = False) -> str:
    """A word of any script as the sound classes its cognates share (see the docstring);
    with ``vowels``, its vowels kept apart."""
    latin = latin_letters(word.translate(_SOUNDED))
    latin = _DIGRAPH.sub(lambda m: _DIGRAPH_CLASS[m.group()], latin)
    return _REPEATS.sub(r"\1", latin.translate(_ONE_SOUND_VOWELS if vowels else _ONE_SOUND))


def distance(stem: str, word: str, whole: bool = True) -> int:
    """The edit distance between two folded forms, an edit in the first ``_START`` letters of
    ``stem`` costing ``_START_COST``; with ``whole`` False, ``stem`` is a stem and whatever
    follows it in ``word`` (an ending) is free."""
    previous = [min(j, _START) * _START_COST + max(0, j - _START) for j in range(len(word) + 1)]
    for i, a in enumerate(stem, start=1):
        cost = _START_COST if i <= _START else 1
        current = [previous[0] + cost]
        for j, b in enumerate(word, start=1):
            current.append(min(previous[j] + cost, current[j - 1] + cost,
                               previous[j - 1] + (0 if a == b else cost)))
        previous = current
    return previous[-1] if whole else min(previous)


def kin(stem: str, word: str, whole: bool = True, shortest: int = _SHORTEST) -> bool:
    """Are two folded forms kin: long enough, the same first two letters, few edits apart for
    their length, and a stem's word no longer than the stem and an ending (``_ENDING``)?"""
    if len(stem) < shortest or stem[:2] != word[:2] or len(word) < len(stem) - (
            1 if whole else 0) or len(word) > len(stem) + _ENDING:
        return False
    return distance(stem, word, whole) <= len(stem) // _LETTERS_PER_EDIT


#: the list of "this model" phrases, read by their demonstrative and their noun
THIS_MODEL = "this_model_words"


class Entry(NamedTuple):
    """One lifecycle word or phrase of a vocabulary list, folded word by word."""

    kind: str
    words: tuple[str, ...]
    #: written with a trailing space: a whole word, no ending after it
    whole: bool


#: a word of any script (letters, vowel signs, viramas), as the page writes it
_PAGE_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u1000-\u109f])*")


class Found(NamedTuple):
    """Words of a text kin to a vocabulary entry: where they stand and what they mean."""

    start: int
    end: int
    text: str
    kind: str


@cache
def _index(kinds: tuple[str, ...]) -> dict[str, tuple[Entry, ...]]:
    """Every file's and every lexicon language's words of ``kinds``, folded, by the first two
    folded letters of their first word (kin share them)."""
    from scrapers.reading.vocabulary import lexicon, vocabulary

    lists = [lang.prose for lang in vocabulary().languages.values()]
    lists += list(lexicon().values())
    index: dict[str, dict[Entry, None]] = {}
    for prose in lists:
        for kind in kinds:
            for written in prose.get(kind, ()):
                if not alphabetic(written):
                    continue
                words = tuple(fold(w) for w in written.split())
                words = tuple(w for w in words if w)
                shortest = _SHORTEST_CUE if kind == "successor_words" else _SHORTEST
                if kind == THIS_MODEL:
                    # "bu model", "ten model", "este modelo": a demonstrative and a noun
                    if len(words) != 2 or len(words[1]) < 4:
                        continue
                elif not words or (len(words) == 1 and len(words[0]) < shortest) or (
                        len(words) > 1 and (sum(map(len, words)) <= _SHORTEST
                                            or min(map(len, words)) < 3)
                        and not _verb_and_particle(kind, words)):
                    continue
                entry = Entry(kind, words, written.endswith(" "))
                index.setdefault(words[0][:2], {})[entry] = None
    return {key: tuple(entries) for key, entries in index.items()}


def _verb_and_particle(kind: str, words: tuple[str, ...]) -> bool:
    """Is a successor cue a verb and its particle ("pasar a", "passare a", "migrer vers"): a
    verb of ``_SHORTEST_VERB`` folded letters or more, then one word of one or two letters?
    The verb carries the meaning and the particle, matched exactly (no edit is allowed in a
    phrase this short), ties it to the model named after it."""
    return (kind == "successor_words" and len(words) == 2 and len(words[0]) >= _SHORTEST_VERB
            and len(words[1]) <= 2)


#: the shortest verb of a successor cue written with a one- or two-letter particle
_SHORTEST_VERB = 5


def kin_words(text: str, kinds: tuple[str, ...]) -> list[Found]:
    """The words of ``text`` kin to a lifecycle word of ``kinds`` in any language that has
    words (a file's or the lexicon's), phrases word by word (the page's words next to each
    other, a space between): each within the distance its entry allows, the last one read as
    a stem unless the entry is a whole word; of the entries a word is kin to, the nearest for
    its length. A part of a model's name is no word (``_name_part``)."""
    index = _index(kinds)
    page = [(m.start(), m.end(), fold(m.group())) for m in _PAGE_WORD.finditer(text)
            if alphabetic(m.group()) and not _name_part(text, m.start(), m.end())]
    found: list[Found] = []
    taken = -1
    for i, (start, _, folded) in enumerate(page):
        if start < taken or len(folded) < 2:
            continue
        best: tuple[float, int, str] | None = None
        for entry in index.get(folded[:2], ()):
            n = len(entry.words)
            if i + n > len(page) or not _adjacent(text, page[i:i + n]):
                continue
            edits = _phrase_edits(entry, [w for _, _, w in page[i:i + n]])
            if edits is None:
                continue
            score = edits / sum(map(len, entry.words))
            if best is None or score < best[0]:
                best = (score, page[i + n - 1][1], entry.kind)
        if best is not None:
            found.append(Found(start, best[1], text[start:best[1]], best[2]))
            taken = best[1]
    return found


def _adjacent(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Do the page's words stand next to each other, only a space between?"""
    return all(text[a[1]:b[0]].isspace() for a, b in pairwise(words))


def _name_part(text: str, start: int, end: int) -> bool:
    """Is a word part of a model's name or id: joined to a hyphen, a dot or a figure
    ("o1-preview", "DeepSeek-V3"), written with a capital inside ("DeepSeek"), or capitalized
    with a version after it ("Gemini 2.0")?"""
    word = text[start:end]
    if any(ch.isupper() for ch in word[1:]):
        return True
    if word[:1].isupper() and _INSIDE_SENTENCE.search(text, 0, start):
        return True  # a capital inside a sentence begins a name ("Anthropic", "Forest")
    before = text[start - 1:start]
    after = text[end:end + 1]
    if before and (before in "-._/" or before.isdigit()):
        return True
    if after and (after in "-_/" or after.isdigit()):
        return True
    if after == "." and text[end + 1:end + 2].isalnum():
        return True
    return word[:1].isupper() and bool(_VERSION_AFTER.match(text, end))


#: a word's place inside a sentence: a letter or comma, then spaces, right before it
_INSIDE_SENTENCE = re.compile(r"[^\W\d_],?\s+$")
_VERSION_AFTER = re.compile(r"\s+v?\d")


def _phrase_edits(entry: Entry, words: list[str]) -> int | None:
    """The edits between a page's consecutive folded words and an entry's, or None when they
    are not kin: a single word as ``kin`` says; a phrase's words each begin alike, the last
    as long as its stem at least, the edits of all its words within what the phrase's length
    allows. "This model" is a demonstrative the same in folded form (a short word: *bu*,
    *ten* and *to*, *este* and *esti* lie an edit apart) and its noun kin with any ending."""
    if entry.kind == THIS_MODEL:
        if entry.words[0] != words[0] or len(words[1]) < len(entry.words[1]):
            return None
        edits = distance(entry.words[1], words[1], whole=False)
        return edits if edits <= len(entry.words[1]) // _LETTERS_PER_EDIT else None
    if len(entry.words) == 1:
        stem, word = entry.words[0], words[0]
        shortest = _SHORTEST_CUE if entry.kind == "successor_words" else _SHORTEST
        return distance(stem, word, entry.whole) if kin(stem, word, entry.whole,
                                                        shortest) else None
    total = 0
    for number, (stem, word) in enumerate(zip(entry.words, words, strict=True)):
        last = number == len(entry.words) - 1
        if not word or stem[:1] != word[:1] or (last and len(word) < len(stem)):
            return None
        total += distance(stem, word, whole=entry.whole or not last)
    return total if total <= sum(map(len, entry.words)) // _LETTERS_PER_EDIT else None


#: a month name's case ending: at most this many letters after it ("мартда", "Tîrmeha")
_CASE_ENDING = 3


@cache
def _cldr_months() -> dict[str, dict[str, frozenset[int]]]:
    """``cldr_months_from_babel``, from the generated table (``cldr_tables``) when it was made
    from the installed Babel: parsing every CLDR locale takes most of a second."""
    table = load_table("month_names")
    if table is None:
        return cldr_months_from_babel()
    return {key: {name: frozenset(numbers) for name, numbers in names.items()}
            for key, names in table.items()}


def cldr_months_from_babel() -> dict[str, dict[str, frozenset[int]]]:
    """Every CLDR locale's wide month names (format and stand-alone), folded with their
    vowels, by their first two folded letters: the month numbers each folded name is."""
    from babel import Locale, localedata

    months: dict[str, dict[str, set[int]]] = {}
    for identifier in localedata.locale_identifiers():
        try:
            names = Locale.parse(identifier).months
        except (ValueError, KeyError, TypeError):
            continue
        for context in ("format", "stand-alone"):
            for number, name in names.get(context, {}).get("wide", {}).items():
                for word in name.split():
                    folded = fold(word, vowels=True)
                    if len(folded) >= 4:
                        months.setdefault(folded[:2], {}).setdefault(folded, set()).add(number)
    return {key: {name: frozenset(numbers) for name, numbers in names.items()}
            for key, names in months.items()}


@cache
def kin_month(word: str) -> int | None:
    """The month a word names by its cognates in CLDR's month names of every locale: a name
    whose folded form (vowels kept) is at most one edit per ``_LETTERS_PER_EDIT`` letters
    away, none for a name shorter than that, a case ending after it free; and the same month
    for every name so near (none when two months are)."""
    folded = fold(word, vowels=True)
    if len(folded) < 4:
        return None
    best: tuple[int, set[int]] = (len(folded), set())
    for name, numbers in _cldr_months().get(folded[:2], {}).items():
        allowed = len(name) // _LETTERS_PER_EDIT
        if not len(name) - 1 <= len(folded) <= len(name) + _CASE_ENDING + allowed:
            continue
        d = min(distance(name, folded[:n]) for n in range(len(name) - 1, min(
            len(folded), len(name) + _CASE_ENDING) + 1))
        if d > allowed:
            continue
        if d < best[0]:
            best = (d, set(numbers))
        elif d == best[0]:
            best[1].update(numbers)
    return next(iter(best[1])) if len(best[1]) == 1 else None
