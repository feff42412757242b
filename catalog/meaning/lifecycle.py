"""Deprecation and retirement statements, in any language → status, date and successors.

Pages state a model's lifecycle in prose, in many wordings and languages: "has been retired",
"will be shut down on 28 July 2027", "sera retiré le 3 février 2027", "已于2026年3月26日停用",
"2026년 3월 26일에 지원 종료", "is deprecated", "was scheduled for shutdown on July 15, 2025".
The words come from the vocabulary files (``retire_words``, ``deprecate_words``,
``successor_words``…); the rules are the same for every language:

- A sentence counts only when it is about *this* model: the model named nearest before the
  lifecycle word is its subject, else the first named after it; with no model named, "this
  model" or no name at all counts, unless the sentence speaks of a different product (a
  preview, an app, older endpoints) or negates the statement ("remains available").
- A dated statement is ``deprecated`` while the date is in the future and ``retired`` once it
  has passed, whatever the tense ("was scheduled for shutdown on <past date>" is retired).
  Undated, the tense decides.
- Successors are the models named in the clause of a successor cue ("replaced by", "use …
  instead", "en remplacement", "改用", "대신"), in the same sentence or the next one.
- A numeric date whose day and month could be swapped is reported, not guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick

from catalog.meaning.dates import FoundDate, find_dates
from catalog.meaning.prose import (
    COORDINATION,
    ENGLISH_TRIGGERS,
    MODEL_FAMILY,
    PHRASAL_PARTICLES,
    STILL_SERVED_PHRASES,
    TRIGGER_PARTICLE,
    TRIGGER_PHRASAL,
    Hit,
    adjacent_split_words,
    asides,
    find_words,
    has_word,
    lexicon_hits,
    lists_in,
    mentions,
    name_extent,
    names_another,
    sentences,
    shaped_names,
    slug_form,
    split_words,
    whose,
)
from scrapers.reading.cognates import latin_letters
from scrapers.reading.kinship import Found, kin_words
from scrapers.reading.names import snapshot_of
from scrapers.reading.vocabulary import lexicon_words, vocabulary

# clause boundaries for the successor cue's reach
# relative pronouns that open a clause after a comma ("…, which is its successor"); Hindi and
# Urdu put theirs after the comma too ("…, जिसे OpenAI ने … बंद कर दिया था": which OpenAI shut
# down), their vowel signs ending the word where ``\b`` sees none
_RELATIVES = (r"(?:which|who|qui|que|das|die|der|welche)\b"
              r"|(?:जो|जिसे|जिसको|जिसका|जिसकी|जिसके|जिन्हें|जिनका|जिनकी|जिनके|جو|جسے|جس)(?=\s|$)")
_CLAUSE = re.compile(rf",\s*(?:{_RELATIVES}|(?:but|while|whereas|and\s+it|et\s+qui)\b)"
                     r"|[;；:：。]|\s[–—]\s|\(|\)|，但|，而")


@dataclass(frozen=True)
class Lifecycle:
    """Where a model stands: status, the date it refers to, what replaces it, and the
    sentence(s) each was read from."""

    status: str | None = None
    status_date: str | None = None
    replacements: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    date_evidence: tuple[str, ...] = ()
    replacement_evidence: tuple[str, ...] = ()
    ambiguous_dates: tuple[str, ...] = ()
    #: sentences that say this model is NOT ending ("gpt-4o remains available"): the evidence
    #: for an active status
    still_served: tuple[str, ...] = ()
    #: sentences in a language with no vocabulary file that name this model with a date ahead,
    #: on a page where nothing was read: what they say of it a person must read (``unread_date``)
    unread_dates: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class _Statement:
    status: str
    date: str | None
    replacements: tuple[str, ...]
    sentence: str
    replacement_sentence: str | None
    ambiguous_date: str | None
    dated_ending: bool = False  # a retirement word with a date: the date gave the status
    passage: int = -1  # the passage it was read in: one story's statements share it


def model_names(model_slug: str, model_name: str | None) -> set[str]:
    names = {slug_form(model_slug)}
    if model_name:
        names.add(slug_form(model_name))
    return {n for n in names if n}


def read_lifecycle(passages: list[str] | str | None, model_slug: str, model_name: str | None,
                   today: date | None = None, locale: str | None = None,
                   known: frozenset[str] = frozenset()) -> Lifecycle:
    """The lifecycle the page's text states for this model; ``Lifecycle()`` if none."""
    if not passages:
        return Lifecycle()
    if isinstance(passages, str):
        passages = passages.split("\n")
    today = today or date.today()
    names = model_names(model_slug, model_name)
    statements: list[_Statement] = []
    still_served: list[str] = []
    going_on: list[str] = []  # passages that may say this model goes on (``_said_to_go_on``)
    no_file = without_file(locale)
    for number, passage in enumerate(passages):
        words = lists_in(_PASSAGE_KEYS, passage)
        if words & _GOING_ON:
            going_on.append(passage)
        if not _may_end(passage, words, no_file, locale) and not (
                no_file and _lexicon_endings(passage, locale)):
            continue
        parts = sentences(passage, locale)
        # the window may run on into the next paragraphs ("… will be retired." ¶ "Use X.")
        after = [s for later in passages[number + 1:number + 1 + _WINDOW]
                 for s in sentences(later, locale)][:_WINDOW]
        subjects = _subjects([*parts, *after], names, known, no_file, locale)
        window = [*parts, *after]
        for index, sentence in enumerate(parts):
            if sentence.rstrip().endswith(("?", "？", "؟")):
                continue  # a question ("When will this model be retired?") states nothing
            if subjects[index] is False and (
                    not any(m[2] for m in mentions(sentence, names, known)
                            if m[0] < _opening_clause_end(sentence, _main_clause(sentence)))
                    or _latter_first(sentence, names, known)):
                # "Its last day was …" after a sentence about another model, even when a later
                # clause names this one ("…, and Veo 3 is the suggested path"); "Quest'ultimo è
                # stato ritirato …, le sue richieste vanno a Opus 4.1": the latter is its subject
                continue
            following = []  # the sentences after it, until one is about another model
            for later, about in zip(window[index + 1:index + 1 + _WINDOW],
                                    subjects[index + 1:index + 1 + _WINDOW], strict=True):
                if about is False:
                    # what it says before naming the other model is still this story's: "Az
                    # utolsó üzemnap 2026. december 15., utána a DeepSeek-V3.2 veszi át …"
                    head = _before_other_model(later, names, known)
                    if head:
                        following.append(head)
                    break
                following.append(later)
            statement = _statement(sentence, following, names, today, locale, known,
                                   carried=subjects[index] is True)
            if statement is not None:
                statements.append(replace(statement, passage=number))
            elif _still_served(sentence, subjects[index] is True, names, known):
                still_served.append(sentence)
    if statements and all(_by_snapshot_only(s.sentence, names, known) for s in statements) \
            and not _snapshot_is_its_id(passages, names):
        statements = []
    if not statements and not still_served:
        shaped = _notice_by_shape(passages, names, today, locale, known)
        if shaped is not None:
            statements.append(shaped)
    if not statements:
        if not still_served:
            still_served = _said_to_go_on(going_on, names, locale, known)
        unread = () if still_served or not no_file else \
            _unread_dates(passages, names, today, locale, known)
        return Lifecycle(still_served=tuple(still_served), unread_dates=unread)
    if not any(s.replacements for s in statements):
        statements.extend(_successor_rows(passages, names, known))
    rank = {"retired": 2, "deprecated": 1}
    # a date decides the status whatever the tense, across sentences too: "announced that it
    # will end" (past tense: retired) then "the end date is 2027-05-12" is deprecated
    # of two dated endings, the more exact date (a day over a month: "told developers in April
    # 2025 that it would be wound down" then "was switched off on July 14, 2025")
    best = max(statements, key=lambda s: (s.dated_ending, rank[s.status], s.date is not None,
                                          len(s.date or "")))
    replacements: list[str] = []
    replacement_evidence: list[str] = []
    for s in [best, *statements]:
        for written in s.replacements:
            r = _whole_name(written, model_slug, model_name)
            if r is None:
                continue
            known_forms = {slug_form(x) for x in replacements} | names
            if slug_form(r) not in known_forms:
                replacements.append(r)
                if s.replacement_sentence and s.replacement_sentence not in replacement_evidence:
                    replacement_evidence.append(s.replacement_sentence)
    conflicts = tuple(sorted({
        f"{s.status} {s.date}: {s.sentence}" for s in statements
        if s.date and best.date and s.date != best.date and s.status == best.status
    }))
    ambiguous = tuple(s.ambiguous_date for s in statements if s.ambiguous_date)
    return Lifecycle(
        status=best.status, status_date=best.date, replacements=tuple(replacements),
        evidence=tuple(dict.fromkeys(
            [best.sentence, *(s.sentence for s in statements if s.status == best.status
                              or _same_story(s, best))])),
        date_evidence=tuple(dict.fromkeys(
            [best.sentence, *(s.sentence for s in statements if s.date == best.date)])),
        replacement_evidence=tuple(replacement_evidence),
        ambiguous_dates=ambiguous, conflicts=conflicts,
    )


def _same_story(statement: _Statement, dated: _Statement) -> bool:
    """Is ``statement`` an undated ending told in the same passage as the ``dated`` one that
    decides the status ("Google stellt Gemini 2.0 Flash ein. Abgeschaltet wird das Modell am
    18.02.2027.")? Its tense alone gave it another status; the story's date decides it, and
    the sentence is evidence of that status too."""
    return (statement.date is None and dated.date is not None and statement.passage >= 0
            and statement.passage == dated.passage)


#: a successor named by its version alone ("v5", "V3.2"): the family's word left out
_BARE_VERSION = re.compile(r"v?\d+(?:-\d+)*")


def _whole_name(written: str, model_slug: str, model_name: str | None) -> str | None:
    """A successor as a person names it: a bare version ("start on v5", "use V3.2") is that
    version of this model's family ("Suno v5" on Suno v4.5's page, "DeepSeek V3.2" on
    DeepSeek-R1's); None when this model's name has no family word to lend. Any other name
    is kept as written."""
    if not _BARE_VERSION.fullmatch(slug_form(written)):
        return written
    family = model_slug.partition("-")[0]
    if not family.isalpha() or family == model_slug:
        return None
    shown = (model_name or "").replace("-", " ").split()
    word = shown[0] if shown and shown[0].casefold() == family else family
    return f"{word} {written}"


_DIGITS = re.compile(r"\d{4}")  # any script's digits: a year may be there


def _unread_dates(passages: list[str], names: set[str], today: date, locale: str | None,
                  known: frozenset[str]) -> tuple[str, ...]:
    """The sentences of a page in a language with no vocabulary file that name this model and
    a date ahead (not inside a model's name). The reader has no words there for an ending, a
    launch or a price change, so it states no fact; a date ahead said of this model is what a
    retirement notice holds, and a person should read it."""
    found: list[str] = []
    for number, passage in enumerate(passages):
        if _DIGITS.search(passage) is None and (
                number + 1 == len(passages) or _DIGITS.search(passages[number + 1]) is None):
            continue
        parts = sentences(passage, locale)
        if number + 1 < len(passages):
            parts += sentences(passages[number + 1], locale)[:1]
        for index, sentence in enumerate(parts):
            if not any(m[2] for m in mentions(sentence, names, known)):
                continue
            # the sentence, and the next one up to a model it names that is not this one
            story = [sentence]
            if index + 1 < len(parts):
                head = parts[index + 1] if not names_another(parts[index + 1], names, known) \
                    else _before_other_model(parts[index + 1], names, known)
                story += [head] if head else []
            for text in story:
                dates = _lifecycle_dates(text, locale, names, known)
                if any(d.iso is not None and d.as_date > today
                       and _nearest_before(text, d.start, names, known) is not False
                       for d in dates):
                    found.append(" ".join(story).strip())
                    break
    return tuple(dict.fromkeys(found))[:3]


#: a line that heads a section: a few words and no sentence's end ("Deprecation", "Stádas")
_HEADING_WORDS = 6


def _ending_heading(line: str, locale: str | None) -> bool:
    """Is ``line`` the heading of the page's own section for a lifecycle: a few words with no
    sentence's end, holding an ending word of the page's file, of English's or of the
    lexicon ("Deprecation", "Abkündigung", "Retirement schedule")? Under it, a sentence that
    names this model and a date ahead is the section's notice, whatever its verb."""
    words = line.split(None, _HEADING_WORDS)  # a heading's few words: the rest need no split
    if not words or len(words) > _HEADING_WORDS or line.rstrip()[-1:] in ".!?;。！？":
        return False
    return bool(find_words("retire_words", line) or find_words("deprecate_words", line)
                or _lexicon_endings(line, locale))


def _notice_by_shape(passages: list[str], names: set[str], today: date, locale: str | None,
                     known: frozenset[str]) -> _Statement | None:
    """A retirement notice read by its parts when no word of it ends a service: under the
    page's own lifecycle section (``_ending_heading``: "Deprecation", "Abkündigung"), a
    sentence whose only model before the date is this one (by name, or "this model" of the
    lexicon or kin to a file's), with a date ahead (never a release), no negation ("remains
    available"), no other fact (``_another_fact``: a price, a size), and either a label's
    shape ("Claude 3 Opus: 5 January 2027": no verb of its own to tell another event) or a
    successor named after a cue in the story that moves users away from this model (not this
    model as the cue's subject: "arrives … as the successor of Nova 1").

    Why a section and not the parts alone: this model, a date ahead and a successor cue also
    make a future feature followed by a recommendation ("… will read PDF files from 5 January
    2027. For images, Claude Sonnet 4 is recommended."), in any language; the heading is the
    page's own word that the date is a lifecycle's."""
    for number, passage in enumerate(passages):
        # the heading first: a passage of a few words is rare, a four-digit run common
        if number == 0 or not _ending_heading(passages[number - 1], locale) \
                or _DIGITS.search(passage) is None:
            continue
        parts = sentences(passage, locale)
        after = [s for later in passages[number + 1:number + 1 + _WINDOW]
                 for s in sentences(later, locale)][:_WINDOW]
        for index, sentence in enumerate(parts):
            if not _named_here(sentence, names, known, locale):
                continue
            named = mentions(sentence, names, known)
            dates = [d for d in _lifecycle_dates(sentence, locale, names, known, today)
                     if d.iso is not None and not d.ambiguous and d.as_date > today
                     and all(m[2] for m in named if m[0] < d.start)]
            if not dates or (named and not named[0][2]) or _another_fact(sentence, dates,
                                                                      named):
                continue
            if (has_word("negation_words", sentence)
                    or lexicon_hits("negation_words", sentence, locale)
                    or _kin_hits(sentence, locale, _KIN_NEGATION)):
                continue
            story = [sentence]
            for later in [*parts[index + 1:], *after][:_WINDOW]:
                if names_another(later, names, known) and not _cue_words(later, locale, names,
                                                                         known):
                    break
                story.append(later)
            replacements, replacement_sentence = _story_successors(story, names, known, locale)
            if not replacements and not _label_shaped(sentence, dates, named):
                continue
            return _Statement("deprecated", dates[0].iso, tuple(replacements), sentence,
                              replacement_sentence, None, dated_ending=True, passage=number)
    return None


#: what ends the clause before a successor cue: a comma, a semicolon, a colon, a dash
_CLAUSE_MARK = re.compile(r"[,;:，；：、—–]")


def _story_successors(story: list[str], names: set[str], known: frozenset[str],
                      locale: str | None) -> tuple[list[str], str | None]:
    """The successors the first cue of ``story`` names, with its sentence: never one whose
    clause names this model before the cue (this model is then the successor: "Nova 2 arrives
    … as the successor of Nova 1"), nor a cue that sends users to this model."""
    for text in story:
        cues = _cue_words(text, locale, names, known)
        cues = [c for c in cues if not any(
            m[2] and m[0] < c.start for m in mentions(_clause_before(text, c.start), names,
                                                        known))]
        if not cues or _moves_to_this(text, cues, names, known):
            continue
        found = [r for r in _successors(text, cues, names, known) if slug_form(r) not in names]
        if without_file(locale):
            found = _without_sentence_capital(found, text)
        if found:
            return found, text
    return [], None


def _clause_before(text: str, position: int) -> str:
    """The text of ``text`` before ``position`` from the last clause mark on, blanked before it
    (offsets kept)."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, position)]
    start = marks[-1] if marks else 0
    return " " * start + text[start:position]


#: words a label line may hold besides the model's names and its date ("Claude 3 Opus: 5
#: January 2027", "Nova 2 — 1 March 2027 (UTC)")
_LABEL_WORDS = 2


def _label_shaped(sentence: str, dates: list[FoundDate],
                  named: list[tuple[int, int, bool, str]]) -> bool:
    """Is ``sentence`` a label and its value, the model's name and a date with at most a word
    or two more: no verb of its own, so under a lifecycle heading the date is the section's."""
    spans = sorted([(d.start, d.end) for d in dates] + [(m[0], m[1]) for m in named])
    rest, at = [], 0
    for a, b in spans:
        if a >= at:
            rest.append(sentence[at:a])
            at = b
    rest.append(sentence[at:])
    return len(_WORD.findall(" ".join(rest))) <= _LABEL_WORDS


#: the words of a sentence that tell another fact than a lifecycle: a size, a price or its
#: change ("gets a larger context on …", "costs less from …", "the official price")
_OTHER_FACT_KEYS = ("context_words", "max_output_words", "saving_words", "official_words")
_FIGURE = re.compile(r"\d")


def _another_fact(sentence: str, dates: list[FoundDate],
                  named: list[tuple[int, int, bool, str]]) -> bool:
    """Does the sentence of a date tell another fact: a figure besides the date and the names
    (a price, a size, a percentage), or a size or price word of any file? Its date is then
    that fact's (a price change, a larger window), not a notice's."""
    spans = [(d.start, d.end) for d in dates] + [(m[0], m[1]) for m in named]
    for m in _FIGURE.finditer(sentence):
        if not any(a <= m.start() < b for a, b in spans):
            return True
    return any(has_word(key, sentence) for key in _OTHER_FACT_KEYS)


def _cue_words(text: str, locale: str | None, names: set[str],
               known: frozenset[str]) -> list[Hit]:
    """The successor cues of ``text``: its file's and the lexicon's, else (a language with no
    file) those borrowed from Latin or English or kin to another language's."""
    cues = _with_lexicon_cues(successor_cues(text, names, known), text, locale)
    if not cues and without_file(locale):
        cues = _borrowed_cues(text, locale)
    return cues


def _nearest_before(text: str, position: int, names: set[str],
                    known: frozenset[str]) -> bool | None:
    """Is the model named nearest before ``position`` this one (True), another (False), or is
    none named before it (None)? A date right after another model's name is that model's
    ("… Midjourney V6.1 sa Enero 2027, at ang V7 …"), in any language."""
    before = [m for m in mentions(text, names, known) if m[1] <= position]
    return before[-1][2] if before else None


#: sentences after a lifecycle statement that may complete it ("… is being phased out.
#: Requests keep working until January 5, 2027. After that, use Claude Opus 4.5.")
_WINDOW = 2


def _before_other_model(sentence: str, names: set[str], known: frozenset[str]) -> str:
    """The words of a sentence before the first model it names that is not this one (no
    model is their subject but the story's), or "" when they are too few to state anything."""
    others = [m[0] for m in mentions(sentence, names, known) if not m[2]]
    head = sentence[:others[0]] if others else sentence
    return head if len(head.split()) >= 3 else ""


def _until(sentence: str, dates: list[FoundDate], today: date, locale: str | None) -> bool:
    """Does a "remains available" name the day it ends ("restera disponible jusqu'au 12 mai
    2027", "bleibt bis 31.03.2027 verfügbar")? An end date ahead turns the negation into the
    notice it is."""
    if not _tense_word("future_words", sentence, locale):
        return False
    # the date of the negation's own clause: "will not be retired; only the preview ends on
    # 30 June 2027" names the preview's day, not this model's
    negations = find_words("negation_words", sentence)
    first = negations[0].start if negations else 0
    stop = _COORDINATE_STOP.search(sentence, first)
    end = stop.start() if stop else len(sentence)
    return any(d.iso is not None and d.as_date > today and d.start < end for d in dates)


_COORDINATE_STOP = re.compile(r"[;；]")


def _distance(sentence: str, found: FoundDate, word: Hit) -> int:
    """How far a date stands from a lifecycle word: the characters between them, and more
    than any sentence when a semicolon parts their clauses."""
    if found.start >= word.end:
        between = sentence[word.end:found.start]
    else:
        between = sentence[found.end:word.start]
    return len(between) + (10_000 if _COORDINATE_STOP.search(between) else 0)


def _subjects(parts: list[str], names: set[str], known: frozenset[str],
              borrowed: bool = False, locale: str | None = None) -> list[bool | None]:
    """Whose story each sentence of a passage tells: the first model it names (this model's
    names and "this model" are this one), else the previous sentence's subject, carried on
    by a pronoun ("Its last day was …"); None until a model is named. A model named after a
    successor cue is the object of a move, not the subject ("Switch to Claude Opus 4.6");
    ``borrowed``: in a language with no file, a cue borrowed from Latin too, and the
    lexicon's cues of the ``locale``'s language."""
    out: list[bool | None] = []
    current: bool | None = None
    last_named: bool | None = None  # the model named last in the previous sentence
    for sentence in parts:
        cues = _with_lexicon_cues(successor_cues(sentence, names, known), sentence, locale) or (
            _borrowed_cues(sentence, locale) if borrowed else [])
        moved_to = {slug_form(x) for x in _successors(sentence, cues, names, known)} \
            if cues else set()
        found = mentions(sentence, names, known)
        named = [(m[0], m[2]) for m in _extended(sentence, found)
                 if not _is_moved_to(m[3], moved_to)]
        named += [(h.start, True) for h in find_words("this_model_words", sentence)]
        named += [(m.start(), True) for m in _THIS_SERVICE.finditer(sentence)]
        named += [(h.start, True) for h in lexicon_hits("this_model_words", sentence, locale)]
        named += [(h.start, True) for h in _kin_hits(sentence, locale, _KIN_THIS_MODEL)]
        # "the latter" ("quest'ultimo", "ce dernier") is the model named last before it
        named += [(h.start, last_named) for h in find_words("latter_words", sentence)
                  if last_named is not None]
        # "That first model was switched off": a distal demonstrative opening the sentence
        # points back to the model named last, as "this model" points to the page's own
        named += [(m.start(), last_named) for m in _THAT_SERVICE.finditer(sentence)
                  if last_named is not None]
        if named:
            main = _main_clause(sentence)  # "Now that V3.2 is out, this endpoint …"
            opening = [n for n in named if main <= n[0] < _opening_clause_end(sentence, main)]
            if opening or current is None:
                current = min([n for n in named if n[0] >= main] or named)[1]
            # else the opening clause names no model ("Its last day is 2027-01-10, and Veo 3
            # is the suggested path"): its subject is a pronoun carrying the story on, and
            # the model a later clause names is that clause's subject only
        if found:
            last_named = max(found)[2]
        out.append(current)
        current = _last_clause_subject(sentence, named, cues, current)
    return out


#: an English sentence opened by a subordinate clause ("Now that the stable V3.2 is out, …",
#: "Since Nova 3 shipped, …"): its subject is the main clause's, after the comma
_SUBORDINATE = re.compile(r"(?:now\s+that|since|as|because|once|after|when|while|although|"
                          r"though|with)\s(?:[^,;:.!?]|\.(?=\S)){1,80}?,\s", re.IGNORECASE)


def _main_clause(sentence: str) -> int:
    """Where the main clause starts after an opening subordinate clause, else 0."""
    m = _SUBORDINATE.match(sentence)
    return m.end() if m else 0


def _opening_clause_end(sentence: str, main: int = 0) -> int:
    """Where the sentence's first independent clause (from ``main``) ends: at a semicolon or
    a comma and a coordinating conjunction (``COORDINATION``), else the sentence's end."""
    clause = COORDINATION.search(sentence, main)
    return clause.start() if clause else len(sentence)


def _last_clause_subject(sentence: str, named: list[tuple[int, bool | None]], cues: list[Hit],
                         current: bool | None) -> bool | None:
    """The subject the next sentence continues: a coordinated clause's own subject when the
    sentence ends with one ("OpenAI is winding down the tts-1 family, and tts-1-hd is part of
    that plan. The final day is …": the story goes on about tts-1-hd), else the sentence's.
    Not when that clause moves users to a model or is negated ("…, and Nova 2 replaces it",
    "…, and Nova 2 is not affected"): its subject is then no longer the story's."""
    clauses = [m.end() for m in COORDINATION.finditer(sentence)]
    if not clauses:
        return current
    start = clauses[-1]
    in_clause = [(at, about) for at, about in named if at >= start]
    if not in_clause or any(c.start >= start for c in cues) \
            or has_word("negation_words", sentence[start:]):
        return current
    subject = min(in_clause)[1]
    return current if subject is None else subject


def _latter_first(sentence: str, names: set[str], known: frozenset[str]) -> bool:
    """Does "the latter" ("quest'ultimo", "ce dernier") stand before any model the sentence
    names? Then it is the sentence's subject."""
    latter = find_words("latter_words", sentence)
    if not latter:
        return False
    first_name = min((m[0] for m in mentions(sentence, names, known)), default=len(sentence))
    return latter[0].start < first_name


def _statement(sentence: str, following: list[str], names: set[str], today: date,
               locale: str | None, known: frozenset[str],
               carried: bool = False) -> _Statement | None:
    """The lifecycle one sentence states of this model, completed by the ``following``
    sentences of its story (a date, a successor); ``carried``: the sentence continues a story
    about this model (its subject may be a pronoun: "OpenAI is switching it off.")."""
    endings = _ending_words(sentence, locale, names, known)
    if not endings:
        return None
    retire, deprecate = endings.retire, endings.deprecate
    if endings.borrowed and not any(m[2] for m in mentions(sentence, names, known)) and not (
            endings.kin and _named_here(sentence, names, known, locale)):
        # a borrowed verb alone is read only with this model's name beside it, a word kin to
        # an ending with its name or a phrase kin to "this model" ("bu modelni": bu model)
        return None
    if endings.named_only and not _named_here(sentence, names, known, locale):
        return None  # so is a lexicon verb, or with the lexicon's "this model"
    cues = _with_lexicon_cues(successor_cues(sentence, names, known), sentence, locale)
    # the ending words about this model: "Unlike o4-mini, which retires on 1 March 2027, GPT-5
    # mini will be retired on 1 June 2028" has two, and only the second is this model's
    about = [hit for hit in sorted([*retire, *deprecate], key=lambda hit: hit.start)
             if _is_about(sentence, hit.start, hit.end, min(
                 (c.start for c in cues if c.start > hit.end), default=len(sentence)),
                 names, known)]
    if not about:
        return None
    keyword = about[0]
    if len(about) < len(retire) + len(deprecate):
        retire = [hit for hit in retire if hit in about]
        deprecate = [hit for hit in deprecate if hit in about]
    if _moves_to_this(sentence, [*cues, *_arrows(sentence)], names, known) \
            and _relative_antecedent(
            sentence, _clause_start(sentence, keyword.start), names, known) is not True:
        # "Users of the retired Nova 1 should move to Nova 2" on Nova 2's page; but "Nova 3
        # sustituye a Nova 2, que fue retirado …" ends Nova 2, the relative clause's antecedent
        return None
    dates = _lifecycle_dates(sentence, locale, names, known, today)
    if ((has_word("negation_words", sentence) or lexicon_hits("negation_words", sentence, locale)
         or _kin_hits(sentence, locale, _KIN_NEGATION))
            and not _until(sentence, dates, today, locale)) or (
            _CONTINUING.search(sentence) and not dates):
        return None  # "gpt-4o remains available", not "remains available until 12 May 2027"
    if not dates and " | " not in sentence and not has_word("this_model_words", sentence) \
            and not _THIS_SERVICE.search(sentence) \
            and not _named_here(sentence, names, known, locale) \
            and not (carried and _anaphoric_object(sentence)):
        return None  # a notice's title ("지원 종료 안내", "Retirement notice") states nothing
    if sentence.count(" | ") >= 2 and not any(ch.isdigit() for ch in sentence) \
            and not mentions(sentence, names, known):
        return None  # a table's header row ("Model | Retirement date | Replacement") labels
        # its columns: it states nothing of any model (a spec row, "Status | Retired", does)
    # the date of the ending itself when the sentence has one ("deprecated on 1 October 2026;
    # it will be shut down on 30 June 2027": the shutdown's date), else of the announcement
    anchors = retire or [keyword]
    chosen: FoundDate | None = (min(dates, key=lambda d: min(_distance(sentence, d, a)
                                                             for a in anchors))
                                if dates else None)
    date_sentence = sentence
    # an ending told in the future by a language's own tense words: a file's, or in a
    # language without one the lexicon's ("OpenAI sal GPT-4o uitfaseer"), whose absence tells
    # nothing (the verb may mark the tense) but whose presence does
    told_ahead = _future(sentence, locale) or _future_by_verb(sentence, [*retire, *deprecate],
                                                              locale)
    told_past = _marked_past(sentence, locale)
    if chosen is None:  # "… is being phased out. Requests keep working until 5 January 2027."
        for later in following:
            ending = _ending_words(later, locale, names, known)
            if ending and not (ending.named_only
                               and not _named_here(later, names, known, locale)) and (
                    _statement(later, [], names, today, locale, known) is not None
                    or _another_models_ending(later, ending, names, known)):
                # another statement of its own (a lexicon verb needs this model's name), or
                # one about another model; an end named by its date alone ("Tarehe ya mwisho
                # ni 20 Januari 2027", the last day is …) that states nothing by itself is
                # this story's date
                break
            # a date in a clause about another model is that model's ("Claude Haiku 4.5
            # arrives on 15 January 2027 as its successor")
            later_dates = [d for d in _lifecycle_dates(later, locale, names, known, today)
                           if whose(later, d.start, names, known) is not False]
            if later_dates and told_ahead and _of_the_past(later, later_dates[0], locale, today):
                break  # "… will retire X. The notice went out on 3 November 2026."
            if later_dates and not told_past and _another_event(later, later_dates[0], today):
                break  # "Google stellt Veo 3 Fast ein. Seit dem 1. Oktober 2026 kostet …"
            if later_dates:
                chosen, date_sentence = later_dates[0], later
                break
    if endings.kin and chosen is None:
        return None  # a word kin to an ending reads as one only with the ending's date
    ambiguous = chosen.text if chosen is not None and chosen.ambiguous else None
    if chosen is not None and chosen.ambiguous:
        chosen = None
    if chosen is not None and retire:
        status = "deprecated" if chosen.as_date > today else "retired"
    elif chosen is not None:
        status = "deprecated"  # "was deprecated on June 13, 2023": announced, not ended
    elif retire:
        future = told_ahead or _future(sentence, locale, endings.named_only) \
            or _in_progress(sentence, keyword) or _announced_only(retire, deprecate) \
            or endings.borrowed
        status = "deprecated" if future else "retired"
    else:
        status = "deprecated"
    replacements = _successors(sentence, cues, names, known)
    replacement_sentence = sentence if replacements else None
    if not replacements and without_file(locale):
        # no file's words: a cue borrowed from Latin or English ("rekomandohet", "migrasi")
        replacements = _without_sentence_capital(
            _successors(sentence, _borrowed_cues(sentence, locale), names, known), sentence)
        replacement_sentence = sentence if replacements else None
    for later in following:
        if replacements:
            break
        next_cues = _with_lexicon_cues(successor_cues(later, names, known), later, locale) or (
            _borrowed_cues(later, locale) if without_file(locale) else [])
        if next_cues and not (has_word("retire_words", later)
                              and not _is_about_text(later, names)
                              and not _end_by_its_date(later, names, known, locale)):
            replacements = _successors(later, next_cues, names, known)
            if without_file(locale):
                replacements = _without_sentence_capital(replacements, later)
            replacement_sentence = f"{sentence} {later}" if replacements else None
    if date_sentence is not sentence and chosen is not None:
        sentence = f"{sentence} {date_sentence}"
    return _Statement(status, chosen.iso if chosen else None, tuple(replacements), sentence,
                      replacement_sentence, ambiguous, dated_ending=bool(chosen and retire))


def _another_models_ending(sentence: str, ending: _Endings, names: set[str],
                           known: frozenset[str]) -> bool:
    """Is the ending of ``sentence`` another model's: a model not this one named before its
    first ending word ("Orion 4 is being phased out")? A model named after it, as the object
    of a cue ("…, and users should move to Orion 6"), is not its subject."""
    first = min(hit.start for hit in [*ending.retire, *ending.deprecate])
    return any(not m[2] and m[0] < first for m in mentions(sentence, names, known))


def _end_by_its_date(sentence: str, names: set[str], known: frozenset[str],
                     locale: str | None) -> bool:
    """Does ``sentence`` give an end by its date alone, of no other model ("The last day is
    20 January 2027, and users should move to X"): a story's date, not a notice of its own?"""
    ending = _ending_words(sentence, locale, names, known)
    return bool(ending) and bool(find_dates(sentence, locale)) \
        and not _another_models_ending(sentence, ending, names, known)


def _named_here(sentence: str, names: set[str], known: frozenset[str],
                locale: str | None) -> bool:
    """Does ``sentence`` name this model: by one of its names, or by the lexicon's "this model"
    of the page's language ("stu mudellu", "wannan samfurin")?"""
    return any(m[2] for m in mentions(sentence, names, known)) or bool(
        lexicon_hits("this_model_words", sentence, locale)) or bool(
        _kin_hits(sentence, locale, _KIN_THIS_MODEL))


def _lexicon_endings(text: str, locale: str | None) -> list[tuple[Hit, str]]:
    """The ending and announcing words of ``text`` from the lifecycle lexicon of its page's
    language, when that language has no vocabulary file (``vocabulary.lexicon``)."""
    return sorted([*((h, "retire_words") for h in lexicon_hits("retire_words", text, locale)),
                   *((h, "deprecate_words")
                     for h in lexicon_hits("deprecate_words", text, locale))])


def _with_lexicon_cues(cues: list[Hit], text: str, locale: str | None) -> list[Hit]:
    """``cues`` and the lexicon's successor words of ``text`` that overlap none of them."""
    more = [h for h in lexicon_hits("successor_words", text, locale)
            if not any(c.start < h.end and h.start < c.end for c in cues)]
    return sorted(cues + more) if more else cues


@cache
def _own_tense_words(key: str, locale: str | None) -> frozenset[str] | None:
    """The tense words of ``key`` (``past_words``, ``future_words``) a page in ``locale`` may
    use: its own language's file's (every file of that language: ``zh-CN`` and ``zh-TW``) and
    English's (pages put English bodies under localized headers); ``None`` (every file's) for
    a page with no locale or no file. A tense word is a word of one language: Dutch past
    "werden" is German future "werden", so a German page read with Dutch tense words turns
    "Die Betreiber werden X vom Markt nehmen" into the past."""
    vocab = vocabulary()
    own = vocab.language(locale)
    if own is None:
        return None
    base = own.code.split("-")[0]
    return frozenset(_word_form(word) for code, language in vocab.languages.items()
                     if code.split("-")[0] in (base, "en")
                     for word in language.prose.get(key, ()))


def _word_form(word: str) -> str:
    """A list's word as compared with a hit's text (tense words, ``dated_end_words``,
    ``until_words``, ``stop_words``): case-folded, without the zero-width non-joiner the scan reads
    through (Persian "می‌شود" is written with it or without) and without the space a list's
    word ends with to be matched whole ("vai ", found as "vai")."""
    return word.casefold().replace("\u200c", "").strip()


def _tense_word(key: str, text: str, locale: str | None) -> bool:
    """Does ``text`` hold a tense word of ``key`` of the page's own language
    (``_own_tense_words``), or of its lexicon in a language with no file?"""
    own = _own_tense_words(key, locale)
    if own is None:
        return has_word(key, text) or bool(lexicon_hits(key, text, locale))
    return any(_word_form(hit.text) in own for hit in find_words(key, text))


def _future(sentence: str, locale: str | None, lexical: bool = False) -> bool:
    """Does an undated ending speak of the future: a future word and no past word? An ending
    read by the lexicon's words only (``lexical``: a language with no file) is in a language
    whose verbs mark the tense themselves ("izomiswa": will be stopped) and whose tense words
    here are few: without a past word the end is stated, not that it came (as with a borrowed
    verb)."""
    future = _tense_word("future_words", sentence, locale)
    past = _tense_word("past_words", sentence, locale)
    if lexical:
        return future or not past
    return future and not past


def _of_the_past(sentence: str, found: FoundDate, locale: str | None, today: date) -> bool:
    """Does a sentence after an ending told in the future tell of something already done: its date
    before today, or its tense past (a past word and no future word)? Such a date is of
    another event (a notice sent, a price changed, a document revised), never the date of an
    ending still to come."""
    if found.iso is not None and found.iso < today.isoformat()[:len(found.iso)]:
        return True
    if without_file(locale):
        # a lexicon's few past words mark a state reached ("तय भइल बा": has been fixed) as
        # often as an event done: only a date tells
        return False
    return _tense_word("past_words", sentence, locale) and not _tense_word(
        "future_words", sentence, locale)


def _marked_past(sentence: str, locale: str | None) -> bool:
    """Does a sentence mark its own tense as past by a word of its file or of the lexicon
    ("bereits", "a été", "since")?"""
    return _tense_word("past_words", sentence, locale)


def _another_event(later: str, found: FoundDate, today: date) -> bool:
    """Is a later sentence's past date another event's, for an ending whose own sentence marks
    no past: a price change (a file's words for "less, cheaper": "Seit dem 1. Oktober 2026
    kostet jede Sekunde weniger") or a release (a release word)? An ending not told in the
    past did not end on the day that sentence gives to something else."""
    if found.iso is None or found.iso >= today.isoformat()[:len(found.iso)]:
        return False
    return has_word("saving_words", later) or has_word("release_words", later)


#: the future of Romance verbs, in the verb itself (French "retirera", Spanish "retirará",
#: Italian "ritirerà", Portuguese "desativará", Catalan "retirarà"): the infinitive's "r" and
#: the future's ending, at the end of the word that holds an ending word's stem
_ROMANCE_FUTURE = {
    "fr": re.compile(r"r(?:ai|as|a|ons|ez|ont)$"),
    "es": re.compile(r"r(?:é|ás|á|emos|éis|án)$"),
    "pt": re.compile(r"r(?:ei|ás|á|emos|eis|ão)$"),
    "it": re.compile(r"r(?:ò|ai|à|emo|ete|anno)$"),
    "ca": re.compile(r"r(?:é|às|à|em|eu|an)$"),
}
_WORD_REST = re.compile(r"[^\W\d_]*")


def _future_by_verb(sentence: str, hits: list[Hit], locale: str | None) -> bool:
    """Is an ending word of ``hits`` a Romance verb in the future by its own ending (the
    file's tense words being separate words: "sera", "va")?"""
    pattern = _ROMANCE_FUTURE.get((locale or "").split("-")[0].casefold())
    if pattern is None:
        return False
    for hit in hits:
        end = _WORD_REST.match(sentence, hit.end).end()
        start = hit.start
        while start > 0 and sentence[start - 1].isalpha():
            start -= 1
        if pattern.search(sentence[start:end].casefold()):
            return True
    return False


@lru_cache(maxsize=64)  # asked of every passage, answered once per locale
def without_file(locale: str | None) -> bool:
    """Is the page in a language no vocabulary file has (a locale known, no file for it)?"""
    return bool(locale) and vocabulary().language(locale) is None


_ENDING_KEYS = ("retire_words", "deprecate_words", "retire_split_words",
                "retire_object_split_words", "end_of_words")
#: the lists every passage is looked up in, once (one scan, shared with the size readers):
#: ending words, the English constructions' trigger words, "remains available" phrases
_PASSAGE_KEYS = (*_ENDING_KEYS, *ENGLISH_TRIGGERS, TRIGGER_PHRASAL, STILL_SERVED_PHRASES)
_ENDINGS = frozenset(_ENDING_KEYS)
#: the triggers of the English service and phrasal patterns (the particle's has its own test)
_TRIGGERS = frozenset((*ENGLISH_TRIGGERS, TRIGGER_PHRASAL)) - {TRIGGER_PARTICLE}
_GOING_ON = frozenset({STILL_SERVED_PHRASES, "trigger_goes_on"})


def _may_end(text: str, words: frozenset[str], no_file: bool,
             locale: str | None = None) -> bool:
    """Can ``text`` hold an ending (``_ending_words``)? Asked of every passage, with the lists
    ``words`` it holds (``_PASSAGE_KEYS``): the English patterns run only where their trigger
    words are, and the borrowed verbs only on a page whose language has no file."""
    if words & _ENDINGS:
        return True
    if words & _TRIGGERS and (_service_ended(text) or _phrasal_matches(text)):
        return True
    if TRIGGER_PARTICLE in words and _particle_endings(text):
        return True
    return no_file and bool(_borrowed_verbs(text) or _kin_hits(text, locale, _KIN_ENDINGS))


class _Endings(NamedTuple):
    """The words of a text that end a model's service, and those that announce its end."""

    retire: list[Hit]
    deprecate: list[Hit]
    #: found only as verbs borrowed from Latin, on a page whose language has no file
    borrowed: bool = False
    #: found only as words kin to another language's (``kinship``): read only with a date
    kin: bool = False
    #: found only as the lifecycle lexicon's words (``vocabulary.lexicon``): a language with
    #: no words for "this model" or "that earlier model", so the sentence must name this one
    named_only: bool = False

    def __bool__(self) -> bool:
        return bool(self.retire or self.deprecate)


def _ending_words(text: str, locale: str | None, names: set[str],
                  known: frozenset[str]) -> _Endings:
    """The words of ``text`` that end a model's service (retire) and that announce its end
    (deprecate): the vocabulary's, a separable verb around its object ("stellt … ein"), an
    English phrasal verb around its object ("phasing DALL·E 3 out"), English service verbs
    ended ("will no longer be available", "stops accepting requests"), "the end of" a model
    ("a annoncé la fin de DALL·E 3"), and in a language with no vocabulary file a verb
    borrowed from Latin by its root ("erretiratu")."""
    retire = [hit for hit in find_words("retire_words", text) if not _feature_support(text, hit)
              and not (hit.text.rsplit(None, 1)[-1].casefold() in _PARTICLES
                       and _another_object(text, hit.end))
              and not _of_a_feature(text, hit, names, known) and not _mid_syllable(text, hit)
              and not (_dated_end(hit) and not find_dates(text, locale))
              and not (_until_word(hit) and not _date_beside(text, hit, locale))
              and not (_stop_word(hit) and not _stops_this_model(text, hit, names, known, locale))]
    retire += [h for h in _particle_endings(text)
               if not any(r.start < h.end and h.start < r.end for r in retire)
               and not _of_a_feature(text, h, names, known)]
    # a split verb's hit runs from its stem to its particle: the object is read after the stem
    retire += [h for h in split_words("retire_split_words", text)
               if not _of_a_feature(text, Hit(h.start, h.start + len(h.text.split()[0]),
                                              h.text.split()[0]), names, known)]
    # a transitive verb split around its object ("Acme wird Orion 5 … abschalten"): this model
    # ends only as that object, named between the parts; named before them it is the verb's
    # subject ("Orion 5 wird die Länge der Antwort einstellen": adjusts, ends nothing)
    retire += [h for h in split_words("retire_object_split_words", text)
               if _object_between(text, h, names, known) and not _of_a_feature(
                   text, Hit(h.start, h.start + len(h.text.split()[0]), h.text.split()[0]),
                   names, known)]
    # the same verbs with their particle right after them: the model must be their object,
    # named next ("OpenAI faser ut DALL·E 3"; not "stellt ein neues Modell vor")
    retire += [h for h in adjacent_split_words("retire_split_words", text)
               if _object_next(text, h, names, known)
               and not any(r.start < h.end and h.start < r.end for r in retire)]
    retire += [*_service_ended(text), *_end_of_a_model(text, names, known)]
    deprecate = [hit for hit in _without_doc_mentions(text, find_words("deprecate_words", text))
                 if not _of_a_feature(text, hit, names, known) and not _mid_syllable(text, hit)]
    for hit, kind in _phrasal_verbs(text):
        (retire if kind == "retire_words" else deprecate).append(hit)
    # a page in a language with no file: its lexicon's, a borrowed or a kin verb of ending
    # takes the model, not a feature, as any file's verb does (the files' feature words, as
    # related languages share them: Galician "o modo … do Nova 2")
    lexical = [(hit, kind) for hit, kind in _lexicon_endings(text, locale)
               if not _of_a_feature(text, hit, names, known)]
    if lexical and not (retire or deprecate):
        for hit, kind in lexical:
            (retire if kind == "retire_words" else deprecate).append(hit)
        return _Endings(retire, deprecate, named_only=True)
    if without_file(locale) and not (retire or deprecate):
        for hit, kind in _borrowed_verbs(text):
            if not _of_a_feature(text, hit, names, known):
                (retire if kind == "retire_words" else deprecate).append(hit)
        if retire or deprecate:
            return _Endings(retire, deprecate, borrowed=True)
        for found in _kin_hits(text, locale, _KIN_ENDINGS):
            hit = Hit(found.start, found.end, found.text)
            if not _of_a_feature(text, hit, names, known):
                (retire if found.kind == "retire_words" else deprecate).append(hit)
        return _Endings(retire, deprecate, borrowed=True, kin=True)
    return _Endings(retire, deprecate)


@cache
def _dated_end_forms() -> frozenset[str]:
    """Every file's ``dated_end_words``, as ``_word_form`` gives them."""
    return frozenset(_word_form(word) for word in vocabulary().prose.get("dated_end_words", ()))


def _dated_end(hit: Hit) -> bool:
    """Is an ending word, whole, one that states an end by its date: a noun of the end's day
    ("the last day of service", "Enddatum", "آخر يوم") or "available until" ("disponible
    hasta", "まで利用可能"), a file's ``dated_end_words`` (also among its ``retire_words``)?
    Without a date it states nothing ("no end date has been announced")."""
    return _word_form(hit.text) in _dated_end_forms()


@cache
def _until_forms() -> frozenset[str]:
    """Every file's "can be used until" (``until_words``), as ``_word_form`` gives them."""
    return frozenset(_word_form(word) for word in vocabulary().prose.get("until_words", ()))


def _until_word(hit: Hit) -> bool:
    """Is an ending word, whole, a verb of use before "until" ("utilizarse hasta", "brukes frem
    til", "digunakan sampai": a file's ``until_words``, also among its ``retire_words``)? Its
    "until" is "up to" before a count ("puede utilizarse hasta 5 veces"): an end only with a
    date right beside it."""
    return _word_form(hit.text) in _until_forms()


#: how near its date a verb of use before "until" stands: the date's first figure or month
#: right after it ("hasta el 30 de junio"), or its last just before ("30 Haziran 2027'ye kadar")
_UNTIL_GAP = 6


def _date_beside(text: str, hit: Hit, locale: str | None) -> bool:
    """Does a date start right after ``hit``, or end right before it (``_UNTIL_GAP``)?"""
    after = find_dates(text[hit.end:hit.end + 40], locale)
    if after and after[0].start <= _UNTIL_GAP:
        return True
    start = max(0, hit.start - 40)
    before = find_dates(text[start:hit.start], locale)
    return bool(before) and hit.start - (before[-1].end + start) <= _UNTIL_GAP


@cache
def _stop_forms() -> frozenset[str]:
    """Every file's verbs of stopping (``stop_words``), as ``_word_form`` gives them."""
    return frozenset(_word_form(word) for word in vocabulary().prose.get("stop_words", ()))


def _stop_word(hit: Hit) -> bool:
    """Is an ending word, whole, a verb of stopping ("prestati", "berhenti", "parar de",
    "dayandıracaq": a file's ``stop_words``, also among its ``retire_words``)? It ends a model
    only with the model, or the verbal noun of serving it, for its object."""
    return _word_form(hit.text) in _stop_forms()


#: what may stand between a verb of stopping and its object besides the verbal noun of serving
#: ("stopper med at tilbyde Orion 5", "parar de oferecer o Orion 5"): small words (articles,
#: prepositions, infinitive markers) of at most three letters, three at most
_SMALL_WORD = 3
_SMALL_WORDS = 3
_GAP_MARK = re.compile(r"[,;:.!?，；：。、]")


def _stops_this_model(text: str, hit: Hit, names: set[str], known: frozenset[str],
                      locale: str | None) -> bool:
    """Does a verb of stopping take this model as its object: the model named after it ("Acme
    će prestati pružati Orion 5", "vai parar de oferecer o Orion 5") or before it with the
    verbal noun of serving it or a case ending between ("Orion 5-in təqdim edilməsini
    dayandıracaq", "Orion 5-i dayandıracaq"), nothing between them but the file's verbal nouns
    of serving (``serve_words``), a date ("Orion 5'i sunmayı 15 Mart 2027'de durduracak") and
    small words? Before it without either, the model is the verb's subject ("Orion 5 berhenti
    menjawab": stops answering, a behaviour)."""
    serving = find_words("serve_words", text)
    dated = [Hit(d.start, d.end, d.text) for d in find_dates(text, locale)]
    for start, end, ours, _ in mentions(text, names, known):
        if not ours:
            continue
        if start >= hit.end:
            gap_start, gap_end = hit.end, start
        elif end <= hit.start:
            gap_start, gap_end = end, hit.start
        else:
            continue
        served = [h for h in serving if gap_start <= h.start and h.end <= gap_end]
        between = sorted([*served, *(d for d in dated
                                     if gap_start <= d.start and d.end <= gap_end)])
        rest = text[gap_start:gap_end]
        for h in reversed(between):
            rest = rest[:h.start - gap_start] + " " + rest[h.end - gap_start:]
        words = rest.split()
        if _GAP_MARK.search(rest) or len(words) > _SMALL_WORDS or any(
                len([ch for ch in w if ch.isalpha()]) > _SMALL_WORD for w in words):
            continue
        if start >= hit.end or served or not text[end:end + 1].isspace():
            return True
    return False


#: scripts whose words a feature word may begin inside: Hebrew and Arabic join prepositions
#: and articles to a word, Thai, Lao, Myanmar, Khmer and CJK write no spaces
_JOINED_SCRIPTS = ((0x0590, 0x0700), (0x0E00, 0x0F00), (0x1000, 0x10A0), (0x1780, 0x1800),
                   (0x3040, 0xA000), (0xAC00, 0xD7B0))
#: a clause's bounds for a feature's verb: a Latin comma, colon or semicolon before a space (not
#: Finnish's case ending after a colon, "Orion 5:n", nor a figure's "1,000"), or a mark of its own
_FEATURE_CLAUSE_MARK = re.compile(r"[,;:](?=\s|$)|[，；：、—–]")
#: feature words apart in a possessive phrase: "Nova 2-এর যুক্তি মোড", "Denkmodus von Nova 2"
_POSSESSIVE_GAP = 2


def _joined(word: str) -> bool:
    return any(low <= ord(word[0]) < high for low, high in _JOINED_SCRIPTS)


class _FeatureWords(NamedTuple):
    """Every file's feature words in one automaton, and for each word how it is bounded."""

    automaton: AhoCorasick
    #: by word index: (must start a word, must end one)
    bounds: tuple[tuple[bool, bool], ...]


@cache
def _feature_words() -> _FeatureWords | None:
    """Every language's words for a feature of a model (``feature_words``: mode, option,
    function, setting, filter…), as the files write them: a stem, a whole word with a trailing
    space, or with a leading ``-`` the last part of a compound ("-modus": "Denkmodus"); in a
    script that joins words or writes no spaces a word may begin anywhere. One automaton: a
    text is scanned once, whatever the number of words."""
    entries: dict[str, tuple[bool, bool]] = {}
    for word in vocabulary().prose.get("feature_words", ()):
        whole = word.endswith(" ")
        stem = word.strip()
        compound = stem.startswith("-")
        stem = stem.lstrip("-")
        if stem:
            entries.setdefault(stem, (not compound and not _joined(stem), whole))
    if not entries:
        return None
    return _FeatureWords(AhoCorasick(list(entries)), tuple(entries.values()))


def _feature_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` holds a feature word (``_feature_words``)."""
    words = _feature_words()
    if words is None:
        return []
    low = text[start:end].lower()
    if len(low) != end - start:
        return []  # a letter whose lower case is longer: offsets would not hold
    found = []
    for index, s, e in words.automaton.find_matches_as_indexes(low, overlapping=True):
        bounded, whole = words.bounds[index]
        if bounded and s > 0 and _letter(low[s - 1]):
            continue
        if whole and e < len(low) and _letter(low[e]):
            continue
        found.append((start + s, start + e))
    return found


def _letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


#: Thai and Lao vowels written before the consonant they follow (เ แ โ ใ ไ, ເ ແ ໂ ໃ ໄ): a
#: word never starts after one, so a hit there is inside another word ("ปิด", close, in "เปิด",
#: open: "เปิดให้บริการ" is a launch, not "ปิดให้บริการ")
_PREPOSED_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")


def _mid_syllable(text: str, hit: Hit) -> bool:
    return hit.start > 0 and text[hit.start - 1] in _PREPOSED_VOWELS


def _latin_only(word: str) -> bool:
    """Is every letter of ``word`` a Latin one?"""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in word)


def _possessor(text: str, end: int) -> bool:
    """Is the name ending at ``end`` marked as a possessor: a case ending or particle joined to
    it ("Nova 2-এর", "Nova 2's", "Nova 2の", "Nova 2'nin") or a genitive sign of its own
    ("Nova 2 ၏")? "Nova 2 samt Suchfunktion", "Nova 2 et son mode" name two things ended."""
    rest = text[end:end + 3]
    if rest[:1] and not rest[:1].isspace():
        return True
    token = text[end:].split(None, 1)[:1]
    if not token:
        return False
    if _joined(token[0]) and not _joined(text[end - 1]):
        # a script written without spaces after a name in Latin letters: its particle is the
        # first letter of the phrase that follows ("Orion 5 的圖像模式", "Orion 5 の画像モード")
        return True
    if len(token[0]) == 1 and not token[0].isalnum():
        return True
    # a postposition of its own in a script that is not Latin (Nepali "को", Hindi "का", Urdu
    # "کا"): one or two letters with their vowel signs
    letters = [ch for ch in token[0] if ch.isalpha()]
    return 0 < len(letters) <= 2 and all(ch.isalpha() or unicodedata.category(ch)[0] == "M"
                                          for ch in token[0]) and not _latin_only(token[0])


def _of_a_feature(text: str, hit: Hit, names: set[str], known: frozenset[str]) -> bool:
    """Is the ending word ``hit`` said of a feature of this model, not of the model: "desligará
    o modo de raciocínio do Nova 2", "désactivera le mode … de Nova 2", "den Denkmodus von Nova
    2 … abschalten", "Nova 2-এর যুক্তি মোড বন্ধ করে দেবে"? In any language a verb of switching
    off takes the model, or nothing, as its object: a feature word (``feature_words``) between
    the verb and this model's name in its clause is the object instead, and so is one joined
    to the name as its possessor just before the verb: after the name's possessive ending,
    or before the name with at most a preposition between ("mode of Nova 2")."""
    marks = [m.end() for m in _FEATURE_CLAUSE_MARK.finditer(text, 0, hit.start)]
    start = marks[-1] if marks else 0
    after = _FEATURE_CLAUSE_MARK.search(text, hit.end)
    end = after.start() if after is not None else len(text)
    features = _feature_spans(text, start, end)
    if not features:
        return False
    named = [m for m in mentions(text, names, known) if start <= m[0] and m[1] <= end]
    if not named:
        return True  # "the reasoning mode will be switched off": no model there to end
    ours = [m for m in named if m[2]]
    for f_start, f_end in features:
        for m_start, m_end, _, _ in ours:
            if hit.end <= f_start and f_end <= m_start:
                return True  # verb … feature … name
            if hit.end <= m_start and m_end <= f_start and _possessor(text, m_end) and len(
                    text[m_end:f_start].split()) <= _POSSESSIVE_GAP:
                return True  # verb … name's feature ("sammuttaa Orion 5:n kuva-asetuksen")
            if m_end <= f_start and f_end <= hit.start and len(
                    text[m_end:f_start].split()) <= _POSSESSIVE_GAP:
                # name's feature … verb: where the verb comes last the name before the
                # feature is its possessor, marked or not (Kazakh "Orion 5 сурет режимін …
                # тоқтатады": the model's image mode)
                return True
            if f_end <= m_start and m_end <= hit.start and len(
                    text[f_end:m_start].split()) <= _POSSESSIVE_GAP:
                return True  # feature of name … verb
    return False


#: English says a service ends by "no longer" before its state ("will no longer be available")
#: and by a verb of stopping before the serving verb and what it serves ("stops accepting
#: DALL·E 3 requests", "will no longer process new calls"); a feature dropped ("no longer
#: accepts audio input") names no requests
_SERVICE_ENDED = re.compile(
    r"\bno\s+longer\s+(?:be\s+)?(?:available|served|offered|accessible|reachable)\b"
    r"|\b(?:will\s+be(?:come)?|becomes?|became)\s+unavailable\b"
    r"|\b(?:no\s+longer|stop|stops|stopped|stopping|cease|ceases|ceased|ceasing)\s+"
    r"(?:accept|serv|respond|process|answer|handl|tak)\w*\s+(?:to\s+)?(?:[^\s,.;:!?]+\s+){0,3}?"
    r"(?:requests|calls|traffic|jobs|prompts|queries)\b"
    # "ceases to be available", "stopped being offered", "will cease operations"
    r"|\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|ceasing)\s+(?:to\s+be|being)\s+"
    r"(?:available|served|offered|accessible|supported)\b"
    r"|\b(?:cease|ceases|ceased|ceasing)\s+(?:operations?|service)\b", re.IGNORECASE)
#: a transitive verb of ending and its object: "Acme will withdraw Nova 2", "stopped offering
#: it", "is pulling the endpoint", "will end access to Nova 2"; the object must be the model
#: (``_is_object``): "deactivate the safety filter", "withdraw a tool call", "stopped offering
#: free trials" end something else
_TAKES_AWAY = re.compile(
    r"\b(?P<verb>(?:stop|stops|stopped|stopping|cease|ceases|ceased|ceasing)\s+"
    r"(?:offering|providing|serving|selling)|withdraw|withdraws|withdrawing|withdrew|deactivate|"
    r"deactivates|deactivating|pull|pulls|pulling|end(?:s|ing)?\s+access\s+to)\s+"
    r"(?P<object>[^\s,.;:!?()]+(?:\s+[^\s,.;:!?()]+){0,3})", re.IGNORECASE)


def _takes_away(text: str) -> list[Hit]:
    """The transitive verbs of ending whose object is a model (``_TAKES_AWAY``), not after a
    modal ("you can deactivate it" is an option)."""
    found = []
    for m in _TAKES_AWAY.finditer(text):
        words = []
        for word in m.group("object").split():
            if word.casefold() in _NOT_OBJECT:
                break
            words.append(word)
        if words and _is_object(" ".join(words)) and not _MODAL.search(text, 0, m.start()):
            found.append(Hit(m.start("verb"), m.end("verb"), m.group("verb")))
    return found


#: the service named as a noun, then its verb of ending: "Support for Nova 2 ends on …",
#: "Access to the model will end in June 2027" (the hit is the verb: the model named before it,
#: in the noun's phrase, is its subject)
_SERVICE_NOUN_ENDS = re.compile(
    r"\b(?:support|service|access|availability)(?:\s+(?:for|of|to)\s+(?P<whose>[^,.;:!?]{1,40}?))?"
    r"\s+(?P<verb>ends|ended|will\s+end|is\s+ending|is\s+set\s+to\s+end)\b", re.IGNORECASE)


_TRIGGER_KEYS = (*ENGLISH_TRIGGERS, TRIGGER_PHRASAL)


@lru_cache(maxsize=1024)  # each ending reader asks it of the same passage
def _english_triggers(text: str) -> frozenset[str]:
    """The kinds of English ending construction ``text`` may hold ("goes_on", "stop", "end",
    "phrasal"): the words they cannot be without (``prose.ENGLISH_TRIGGERS``), found by the
    one scan every passage gets; the patterns run only where one is (most passages: none)."""
    return frozenset(key.removeprefix("trigger_") for key in lists_in(_TRIGGER_KEYS, text))


_PLACE = re.compile(r"\s+(?:in|on|through|via|under|within)\s+(?P<rest>.{0,40})", re.IGNORECASE)


def _somewhere_else(text: str, end: int) -> bool:
    """Does "no longer available" go on with where ("in the EU", "on the free plan") rather
    than when ("in June 2027", "on 30 June 2027")? The model is withdrawn from a place or a
    plan, not ended."""
    m = _PLACE.match(text, end)
    if m is None:
        return False
    rest = m.group("rest")
    return not rest[:1].isdigit() and not any(d.start == 0 for d in find_dates(rest))


#: English states a service's last day by its being served "until" a date: "remains available
#: until", "stays callable until", "will be accessible to existing users until" (the date,
#: ahead, makes it a notice; ``_until`` reads it past the negation "remains")
_SERVED_UNTIL = re.compile(
    r"\b(?:remains?|remained|stays?|stayed|is|are|was|were|will\s+(?:remain|stay|be))\s+"
    r"(?:still\s+)?(?:available|accessible|callable|usable|online|served|supported|operational)"
    r"(?:\s+[^\s,.;:!?]+){0,3}?\s+until\b", re.IGNORECASE)
#: the work sent to a model failing from a date on: "After 15 January 2027 calls to Nova 2 will
#: fail", "requests sent to it … will be rejected": the work is the model's ("to" it), the
#: failure unconditional, and a date must stand in the sentence ("requests will fail if you
#: exceed the limit", "requests over the limit will fail" are no ending)
_WORK_FAILS = re.compile(
    r"\b(?:requests|calls|traffic|jobs|prompts|queries)\s+(?:\w+\s+)?(?:to|for)\s+"
    r"(?:[^\s,.;:!?]+\s+){1,4}?(?:will|would)\s+(?:fail|be\s+(?:rejected|refused))\b"
    r"(?!\s+(?:if|unless|when|once|whenever)\b)", re.IGNORECASE)


def _service_ended(text: str) -> list[Hit]:
    """English service verbs ended (``_SERVICE_ENDED``), a service noun's end
    (``_SERVICE_NOUN_ENDS``) whose "for …" names a model, "it" or the service ("Support for
    image input ends" is a feature's end), a service served until a date (``_SERVED_UNTIL``)
    and work failing from a date on (``_WORK_FAILS``)."""
    triggers = _english_triggers(text)
    found = []
    if "until" in triggers:
        # the model served, not its work ("Requests are served until …" is the next
        # sentence's date for a notice before it)
        found += [Hit(m.start(), m.end(), m.group(0)) for m in _SERVED_UNTIL.finditer(text)
                  if any(d.start <= 2 for d in find_dates(text[m.end():m.end() + 40]))
                  and not _WORK.search(text, max(0, m.start() - 60), m.start())]
    if "takes" in triggers:
        found += _takes_away(text)
    if "fail" in triggers:
        fails = [Hit(m.start(), m.end(), m.group(0)) for m in _WORK_FAILS.finditer(text)]
        if fails and find_dates(text):
            found += fails
    if "stop" in triggers:
        found += [Hit(m.start(), m.end(), m.group(0)) for m in _SERVICE_ENDED.finditer(text)
                  if not _somewhere_else(text, m.end())]
    if "end" not in triggers:
        return found
    for m in _SERVICE_NOUN_ENDS.finditer(text):
        whose_phrase = m.group("whose")
        if whose_phrase is None or _is_object(whose_phrase.strip()):
            found.append(Hit(m.start("verb"), m.end("verb"), m.group("verb")))
    return found


_SUPPORT_FOR = re.compile(r"\s+for\s+(?P<what>[^,.;:!?]{1,40}?)(?=\s+(?:on|in|from|by|after|"
                          r"as\s+of|starting|effective|until)\b|[,.;:!?]|$)", re.IGNORECASE)


def _feature_support(text: str, hit: Hit) -> bool:
    """Is a word of ending support ("ends support") followed by what it is for, a feature and
    not a model ("ends support for the legacy JSON mode")? Then it ends the feature."""
    if "support" not in hit.text.casefold():
        return False
    m = _SUPPORT_FOR.match(text, hit.end)
    return m is not None and not _is_object(m.group("what").strip())


def _end_of_a_model(text: str, names: set[str], known: frozenset[str]) -> list[Hit]:
    """"The end of" (``end_of_words``) followed right by a model's name or "this model": the
    end of that model ("OpenAI a annoncé la fin de DALL·E 3"); before anything else it is the
    end of a year or a text ("à la fin de 2026"), no lifecycle."""
    ends = find_words("end_of_words", text)
    if not ends:
        return []
    starts = [m[0] for m in mentions(text, names, known)]
    starts += [h.start for h in find_words("this_model_words", text)]
    return [hit for hit in ends
            if any(0 <= start - hit.end <= 2 for start in starts)]


#: English particles a lifecycle verb takes ("phase out", "shut down", "switch off", "take
#: offline"), which follow the verb's object when there is one ("phasing DALL·E 3 out")
_PARTICLES = PHRASAL_PARTICLES
#: words that cannot be (in) the object between a verb and its particle: prepositions,
#: conjunctions and subject pronouns start another phrase ("phase 2 of the rollout out" is
#: no object)
_NOT_OBJECT = frozenset("""of in on at to for from with by and or but as into onto over than
when while after before until we you they he she i is are was were will be been has have
had""".split())
_PRONOUNS = frozenset({"it", "them"})
#: the first word of an object: a pronoun or a determiner; else a name (capital or digit)
_OBJECT_START = frozenset("""it them this that these those the its their our his her a an
all both every each""".split())
_OBJECT_WORDS_MAX = 4


class _Phrasal(NamedTuple):
    """A verb, its object and its particle, as a text writes them ("phasing DALL·E 3 out")."""

    verb: Hit
    object: str
    particle: str


@cache
def _phrasal_pattern() -> tuple[re.Pattern[str], dict[tuple[str, str], str]] | None:
    """The vocabulary's verb-and-particle lifecycle words as a pattern that finds the verb and
    its object in the words before a particle (``verb object`` at the end of that text), and
    the list each pair comes from."""
    kinds: dict[tuple[str, str], str] = {}
    for key in ("retire_words", "deprecate_words"):
        for entry in vocabulary().prose.get(key, ()):
            words = entry.split()
            if len(words) == 2 and words[1] in _PARTICLES and words[0].isalpha():
                kinds.setdefault((words[0], words[1]), key)
    if not kinds:
        return None
    verbs = "|".join(sorted({re.escape(v) for v, _ in kinds}, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w-])(?P<verb>{verbs})\s+(?P<object>[^\s,;:!?()]+(?:\s+[^\s,;:!?()]+){{0,"
        rf"{_OBJECT_WORDS_MAX - 1}}}?)\s+$", re.IGNORECASE)
    return pattern, kinds


#: particles as prose writes them, lower-case (a case-blind search costs twice as much)
_PARTICLE = re.compile(rf"\s(?P<particle>{'|'.join(_PARTICLES)})(?![\w-])")
#: how far before its particle a verb and its object may start
_PHRASAL_REACH = 80


@lru_cache(maxsize=512)
def _phrasal_matches(text: str) -> tuple[tuple[_Phrasal, str], ...]:
    """Every ``verb object particle`` of the vocabulary's phrasal lifecycle verbs in ``text``,
    with its list; looked for only before a particle (few in a text, and none in most)."""
    built = _phrasal_pattern()
    if built is None or "phrasal" not in _english_triggers(text):
        return ()
    pattern, kinds = built
    found = []
    for particle in _PARTICLE.finditer(text):
        offset = max(0, particle.start() - _PHRASAL_REACH)
        m = pattern.search(text, offset, particle.start() + 1)
        if m is None:
            continue
        kind = kinds.get((m.group("verb").casefold(), particle.group("particle").casefold()))
        if kind is not None:
            verb = Hit(m.start("verb"), m.end("verb"), m.group("verb"))
            found.append((_Phrasal(verb, m.group("object"), particle.group("particle")), kind))
    return tuple(found)


#: English verbs of stopping or removing and the particles that make them end a service
#: ("close down", "power off", "spin down", "take offline"); their forms come from English
#: inflection (``_inflections``), so every tense and voice is read ("is closing down", "was
#: powered off", "will be taken offline"). A verb that ends only with some particles takes
#: only those ("take off" also flies, "turn down" also refuses, "roll out" begins).
_PARTICLE_VERBS: dict[str, tuple[str, ...]] = {
    "shut": ("down", "off"), "close": ("down",), "wind": ("down",), "switch": ("off",),
    "turn": ("off",), "power": ("down", "off"), "phase": ("out",), "take": ("down", "offline"),
    "spin": ("down",), "ramp": ("down",), "pull": ("offline",), "knock": ("offline",),
    "bring": ("offline",), "ease": ("out",),
}
#: the past forms English does not make by "-ed"
_IRREGULAR_PAST = {"shut": ("shut",), "wind": ("wound",), "take": ("took", "taken"),
                   "spin": ("spun",), "bring": ("brought",)}


def _inflections(verb: str) -> tuple[str, ...]:
    """The forms of an English verb: the base, "-s", "-ing" and the past (a final "e"
    dropped before "-ing" and "-ed", a single final consonant after a single vowel doubled in
    a word of one syllable: "spinning", "shutting")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    if (len(verb) <= 4 and verb[-1] not in "aeiouwy" and verb[-2] in "aeiou"
            and verb[-3] not in "aeiou"):
        stem = verb + verb[-1]
    third = verb + ("es" if verb.endswith(("sh", "ch", "s", "x")) else "s")
    past = _IRREGULAR_PAST.get(verb) or (stem + "ed" if not verb.endswith("e") else verb + "d",)
    return (verb, third, stem + "ing", *past)


#: "taken off" and "pulled off" end a service in the passive only ("Nova 2 will be taken off
#: the API"); active, "take off" flies
_PASSIVE_OFF = r"(?:be|been|being|is|are|was|were|gets?|got)\s+(?:taken|pulled)\s+off"


def _particle_pattern() -> re.Pattern[str]:
    pairs = sorted({f"{form} {particle}" for verb, particles in _PARTICLE_VERBS.items()
                    for form in _inflections(verb) for particle in particles},
                   key=len, reverse=True)
    alternatives = "|".join([_PASSIVE_OFF, *(re.escape(p) for p in pairs)])
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_PARTICLE_ENDINGS = _particle_pattern()
#: what may follow an ending phrasal verb as its object's head when that is the service's use
#: ("shut off access to Nova 2", "wind down support for it")
_SERVICE_USE = frozenset({"access", "support", "service", "traffic", "requests", "calls"})
#: words that open an adverbial, not an object, after a particle ("wound down across the API")
_ADVERBIALS = frozenset("""across throughout through via within under during per after before
since starting effective today tomorrow soon later now next worldwide everywhere entirely
once""".split())
_USE_OF = re.compile(r"\s+(?:for|to|of)\s+(?P<what>[^,.;:!?]{1,40}?)(?=\s+(?:on|in|from|by|"
                     r"after|as\s+of|starting|effective|until)\b|[,.;:!?]|$)", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s+(?P<np>[^\s,.;:!?()]+(?:\s+[^\s,.;:!?()]+){0,4})")


def _particle_endings(text: str) -> list[Hit]:
    """English verbs of stopping with a particle of ending (``_PARTICLE_VERBS``), contiguous
    ("Acme is closing down Nova 2", "Nova 2 will be powered off"), whose object, when one
    follows, is the model (``_another_object``)."""
    if _PARTICLE.search(text) is None:
        return []
    return [Hit(m.start(), m.end(), m.group(0)) for m in _PARTICLE_ENDINGS.finditer(text)
            if not _another_object(text, m.end())
            and not _MODAL.search(text, 0, m.start())]


def _another_object(text: str, end: int) -> bool:
    """Does a phrasal verb of ending ending at ``end`` take an object that is not a model: "will
    switch off its safety filter", "phases out support for JSON mode", "turns off streaming"?
    No object (a preposition, a date or the sentence's end next: "shuts down on 1 March") or a
    model, a pronoun, the service itself, or its use for a model ("shut off access to Nova 2")
    is this verb ending a model."""
    m = _OBJECT_AFTER.match(text, end)
    if m is None:
        return False
    words: list[str] = []
    for word in m.group("np").split():
        bare = word.casefold().strip(".'’")
        if bare in _NOT_OBJECT or bare in _ADVERBIALS or bare.endswith("ly"):
            break
        words.append(word)
    if not words or find_dates(" ".join(words))[:1] or any(c.isdigit() for c in words[0]):
        return False  # nothing, a date, or an id ("switched off codestral-2508")
    if len(words) == 1 and words[0].casefold() in _SERVICE_USE:
        # the use of what: a model ("access to Nova 2", "support for it"), not a feature
        use = _USE_OF.match(text, m.start("np") + len(words[0]))
        what = use.group("what").strip() if use is not None else ""
        return not (what and _is_object(what) and (any(c.isdigit() for c in what)
                                          or what.split()[-1].casefold() in _SERVICE_NOUNS
                                          or what.casefold() in _PRONOUNS))
    return not _is_object(" ".join(words))


#: head nouns that name the model itself, the service it is ("the endpoint", "this API")
_SERVICE_NOUNS = frozenset({"model", "endpoint", "api", "service", "snapshot", "version"})
_MODAL = re.compile(r"\b(?:can|could|may|might)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _phrasal_verbs(text: str) -> list[tuple[Hit, str]]:
    """English phrasal verbs with their object between verb and particle, as English puts a
    pronoun and may put any object: "OpenAI is phasing DALL·E 3 out", "winding the endpoint
    down", "switching it off". The object is a noun phrase: it starts with a pronoun, a
    determiner or a name, and holds no preposition, conjunction or verb of its own. The hit
    is the verb alone, so the object is read as the model named after it."""
    found = []
    other = False  # an object already named another version: a pronoun after it is that one
    for phrasal, kind in _phrasal_matches(text):
        if _another_version(phrasal.object):
            other = True  # "phasing that original version out … and switched it off"
            continue
        if other and phrasal.object.casefold() in _PRONOUNS:
            continue
        if not _is_object(phrasal.object) or _MODAL.search(text, 0, phrasal.verb.start):
            continue  # "You can switch it off in the dashboard": an option, not an event
        found.append((phrasal.verb, kind))
    return found


#: words that make a noun another version than the page's model ("that original version",
#: "the old endpoint", "the previous model")
_OTHER_VERSION = frozenset("""original old older previous first earlier legacy prior former
predecessor""".split())


def _another_version(phrase: str) -> bool:
    return any(word.casefold() in _OTHER_VERSION for word in phrase.split())


def _is_object(phrase: str) -> bool:
    """Can ``phrase`` be the model a phrasal verb ends: a noun phrase (no preposition,
    conjunction or verb inside) that is a pronoun, a name (a capital or a digit first), or a
    determiner and a noun for the service itself ("the endpoint"); "the conversation", "the
    free tier" are other things a verb may shut or phase."""
    words = phrase.split()
    if any(w.casefold().strip(".'’") in _NOT_OBJECT for w in words):
        return False
    first = words[0].casefold()
    if len(words) == 1 and first in _PRONOUNS:
        return True
    if first in _OBJECT_START:
        return words[-1].casefold() in _SERVICE_NOUNS
    return words[0][:1].isupper() or words[0][:1].isdigit()


_DEFINITE = frozenset({"the", "this", "that"})


def _anaphoric_object(sentence: str) -> bool:
    """Does a phrasal lifecycle verb of the sentence take for its object a pronoun or a
    definite noun ("OpenAI is switching it off", "winding the endpoint down")? Either points
    back to the story's model: such a sentence states the lifecycle of the model the sentences
    before it were about ("the legacy endpoint", "older endpoints" name other products)."""
    for phrasal, _kind in _phrasal_matches(sentence):
        if _another_version(phrasal.object):
            return False  # "that original version", and the "it" that follows it
        words = phrasal.object.casefold().split()
        if (len(words) == 1 and words[0] in _PRONOUNS) or (
                len(words) == 2 and words[0] in _DEFINITE and words[1] in _SERVICE_NOUNS):
            return True
    return False


#: verbs languages borrowed from Latin or English for a service's end, by the start of the
#: word in Latin letters (``anyascii``, which writes no inherent vowel): Basque "erretiratu",
#: Spanish "retirado", Italian "ritirato", Tagalog "iretiro", and English "retire" as Hindi
#: "रिटायर" (ritayr), Kannada "ರಿಟೈರ್" (ritair), Amharic "ሪታየር" (ritayer); "deprecado",
#: Bengali "ডিপ্রিকেটেড" (depriketed); "descontinuado", "ডিসকন্টিনিউ" (diskntiniu);
#: "dekomisioniran"; English "shutdown" as "शटडाउन" (stdaun) and "sunset" as "सनसेट" (snset),
#: "サンセット" (sansetto), the whole word ("sensitive" is none); and the "pension" of retirement
#: (Latin "pensio", as Italian "in pensione", Danish "pensioneret", Indonesian "pensiun") behind
#: a verb's prefix (Javanese "dipunpènsiun"), never inside "suspension"
_BORROWED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("retire_words", re.compile(r"(?:e|er|i)?r[eiy]t+(?:[iy]|a[iy]|y)e?r")),
    ("retire_words", re.compile(r"[a-z]{0,5}?(?<![sx])pen[sz]i[oyu]+n")),
    ("retire_words", re.compile(r"s[aeu]?ns[eiy]?t+[aeo]?$")),
    ("retire_words", re.compile(r"d[eiy]s[ck]o?nt[iy]n")),
    ("retire_words", re.compile(r"de[ck]om+is")),
    ("retire_words", re.compile(r"sh?[ae]?tda[uw]n")),
    ("deprecate_words", re.compile(r"d[eiy]pr[eiy][ck]")),
)
#: a word of any script, its vowel signs and viramas included (they are no ``\w``)
_WORD = re.compile(r"[^\s\d.,;:!?()\[\]{}\"'«»“”‘’/|—–-]+")


@lru_cache(maxsize=512)
def _borrowed_verbs(text: str) -> list[tuple[Hit, str]]:
    """Lifecycle verbs borrowed from Latin, found by their root in a language with no
    vocabulary file (see ``_BORROWED``). Such a page has no words for "this model", for a
    pronoun or a tense: the verb counts only in a sentence that names this model ("Aurreko
    eredu hori … erretiratu zuten", "that earlier model was retired", names none)."""
    found = []
    if _english(text):
        return found  # English is read by its own words: "writes pension reports" ends nothing
    for m in _WORD.finditer(text):
        if not _borrowed_word(m.group()):
            continue
        letters = latin_letters(m.group())
        for kind, root in _BORROWED:
            if root.match(letters):
                found.append((Hit(m.start(), m.end(), m.group()), kind))
                break
    return found


#: successor cues borrowed from Latin or English, by their root in Latin letters, in a
#: language with no vocabulary file: "recommend" (Albanian "rekomandohet", Tagalog
#: "inirerekomenda", "recomienda"), "migrate" ("migrasi", "migrojnë"), "alternative"
#: ("alternativë"), "replacement" as "substitute" ("zëvendëson" is none: not borrowed)
_BORROWED_CUES = re.compile(r"[a-z]{0,6}?(?:r[eiy][ck]+o?m+[ae]nd|m[iy]gr[ae]|alt[ae]rn[ae]t[iy]v"
                            r"|su[bp]st[iy]t[uw])")


#: English words no other language writes so, three of them making a text English
_ENGLISH_WORDS = re.compile(r"\b(?:the|is|are|was|were|will|be|been|has|have|and|of|for|with|"
                            r"from|this|that|which|its|their|should|after|before)\b",
                            re.IGNORECASE)


#: the English spellings of the borrowed roots: written so, a word is English (the English
#: vocabulary reads it where it is a lifecycle word; "pension reports" is none)
_ENGLISH_FORMS = ("pension", "sunset", "recommend", "migrat", "alternativ", "substitut",
                  "retir", "discontinu", "deprecat", "decommission", "shut")


def _borrowed_word(word: str) -> bool:
    return len(word) >= 5 and not word.casefold().startswith(_ENGLISH_FORMS)


def _english(text: str) -> bool:
    """Is ``text`` English (a page in a language with no file may be written in English)?
    Then a word borrowed from English is that English word, read by the English vocabulary
    or not at all: "pension", "recommended", "alternative" there are no lifecycle words."""
    return len({m.group(0).casefold() for m in _ENGLISH_WORDS.finditer(text)}) >= 3


#: a model family's word, or a word with a letter and a figure (an id: "Qwen3-Max")
_NAME_START = re.compile(rf"(?:{MODEL_FAMILY.pattern})\b|[^\W\d_]+\d|\d+[^\W\d_]")


def _without_sentence_capital(successors: list[str], sentence: str) -> list[str]:
    """A successor read in a language with no words, whose first word begins the sentence, is
    no family's word and has no figure, while the next word begins a name ("Gunoan Qwen3-Max",
    "Sadila Llama 4 Maverick": a verb, use, capitalized as a sentence's first word) is the name
    after that word."""
    out = []
    start = sentence.lstrip()
    for written in successors:
        first, _, rest = written.partition(" ")
        if (rest and start.startswith(written) and not any(ch.isdigit() for ch in first)
                and not MODEL_FAMILY.fullmatch(first) and _NAME_START.match(rest)):
            written = rest
        out.append(written)
    return out


def _borrowed_cues(text: str, locale: str | None = None) -> list[Hit]:
    """The successor cues of a text in a language with no vocabulary file, found by a root
    borrowed from Latin or English (``_BORROWED_CUES``), or by their cognates in the languages
    that have words (``_kin_cues``); none in an English text."""
    found: list[Hit] = []
    if _english(text):
        return found
    for m in _WORD.finditer(text):
        if _borrowed_word(m.group()) and _BORROWED_CUES.match(latin_letters(m.group())):
            found.append(Hit(m.start(), m.end(), m.group()))
    for kin in _kin_cues(text, locale):
        if not any(h.start < kin.end and kin.start < h.end for h in found):
            found.append(Hit(kin.start, kin.end, kin.text))
    return sorted(found)


#: the lists read by their cognates (``scrapers.reading.kinship``) on a page whose language
#: has no words of its own: endings, successor cues, "remains available"; a word is read as
#: the list of the entry nearest to it, all lists at once ("dihantikan" is kin to Indonesian
#: "dihentikan", an ending, before a stem of "remains")
_KIN_KINDS = ("retire_words", "deprecate_words", "successor_words", "negation_words",
              "this_model_words")
_KIN_ENDINGS = frozenset({"retire_words", "deprecate_words"})
_KIN_CUES = frozenset({"successor_words"})
_KIN_NEGATION = frozenset({"negation_words"})
_KIN_THIS_MODEL = frozenset({"this_model_words"})


@lru_cache(maxsize=64)
def _without_words(locale: str | None) -> bool:
    """Is the page in a language with no words of its own: no vocabulary file, and no word in
    the lifecycle lexicon (a language CLDR does not know, or one the lexicon has none for)?"""
    return without_file(locale) and not any(lexicon_words(locale).values())


def _kin_hits(text: str, locale: str | None, kinds: frozenset[str]) -> list[Found]:
    """The words of ``text`` kin to the lifecycle words of ``kinds`` in the languages that
    have words (``kinship.kin_words``), on a page whose language has none (``_without_words``);
    none in an English text (English is read by its own words)."""
    if not _without_words(locale):
        return []
    return [found for found in _kin_scan(text) if found.kind in kinds]


def _kin_cues(text: str, locale: str | None) -> list[Found]:
    """The successor cues of ``text`` kin to those of the languages that have words, on a page
    with no vocabulary file, its lexicon entry or not: the lexicon holds a few cues of each
    language, and a related language's form is often the page's own ("mwimukire", migrate, of
    Kinyarwanda on a Kirundi page whose entry has "kwimukira"). Asked only where the page's
    own words found no cue (``_borrowed_cues`` is the last resort); a cue still counts only
    beside a model's name in a lifecycle statement's window."""
    if not without_file(locale):
        return []
    return [found for found in _kin_scan(text) if found.kind in _KIN_CUES]


@lru_cache(maxsize=1024)
def _kin_scan(text: str) -> tuple[Found, ...]:
    return () if _english(text) else tuple(kin_words(text, _KIN_KINDS))


_PROGRESSIVE = re.compile(r"(?:\bis|\bare|\bam|['’]s)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def _in_progress(sentence: str, keyword: Hit) -> bool:
    """An ending in the present progressive has not happened yet: "OpenAI is phasing it out",
    "the endpoint is winding down" are notices (deprecated), not retirements."""
    first = keyword.text.split()[0] if keyword.text.split() else ""
    return first.casefold().endswith("ing") and bool(
        _PROGRESSIVE.search(sentence[max(0, keyword.start - 40):keyword.start]))


#: English states a model is still served by a verb of continuing and the state it continues
#: in ("keeps running as before", "continues to be served", "is still available"), or by
#: denying it an end ("no end date has been announced", "no plans to retire it")
_CONTINUING = re.compile(
    r"\b(?:keeps?|kept|keeping|continues?|continued|continuing|remains?|stays?|is\s+still|"
    r"are\s+still)\s+(?:to\s+)?(?:be\s+)?(?:running|working|served|available|operational|"
    r"online|supported|in\s+service|live|active|as\s+before|unchanged)\b"
    r"|\bno\s+(?:\w+\s+){0,2}?(?:end|shutdown|shut-down|retirement|deprecation|sunset|removal|"
    r"end-of-life)\s+(?:date|plans?)\b", re.IGNORECASE)


def _said_to_go_on(passages: list[str], names: set[str], locale: str | None,
                   known: frozenset[str]) -> list[str]:
    """The sentences of a page with no lifecycle statement that say this model goes on, in a
    passage of their own ("Vega 2 remains fully available."): the list's phrases ("remains
    available", "bleibt verfügbar"), not a bare negator ("not", "pas"), and English continuing
    verbs, each of this model. ``passages``: those holding such a phrase or verb's trigger."""
    found = []
    for passage in passages:
        phrases = find_words(STILL_SERVED_PHRASES, passage)
        for sentence in sentences(passage, locale):
            if _still_served(sentence, False, names, known) and (
                    _CONTINUING.search(sentence) or any(
                        h.text.strip() in sentence for h in phrases)):
                found.append(sentence)
    return found


def _still_served(sentence: str, about_this: bool, names: set[str],
                  known: frozenset[str]) -> bool:
    """Does the sentence say THIS model goes on? The vocabulary's words in a sentence about it;
    a continuing verb whose subject is this model ("mj_fast_imagine itself keeps running as
    before"), not another product ("so older integrations keep working")."""
    if has_word("negation_words", sentence):
        return about_this or any(m[2] for m in mentions(sentence, names, known))
    for m in _CONTINUING.finditer(sentence):
        clause = sentence[_clause_start(sentence, m.start()):m.start()]
        if whose(sentence, m.start(), names, known) is True and not has_word(
                "other_subject_words", clause):
            return True
    return False


def _announced_only(retire: list[Hit], deprecate: list[Hit]) -> bool:
    """Is every retirement word part of a longer deprecation word ("終了" of "段階的に終了",
    ending gradually)? The longer words are the meaning: an end under way, not one reached."""
    return bool(deprecate) and all(any(d.start <= r.start and r.end <= d.end for d in deprecate)
                                   for r in retire)


#: words an object may hold between a verb and its particle: "move [your traffic] to",
#: "pointed [its users] to", "migrer [vos applications] vers"
_OBJECT_WORDS = 4


@cache
def _split_cues() -> re.Pattern[str] | None:
    """The successor cues written verb and particle ("move to", "point to", "passer à"), with
    room for the verb's object between them: a phrasal verb takes its object inside. Each verb
    is tied to its own particles, so a nearer word that is another verb's particle ("replaced
    it with": "it") does not hide the right one."""
    particles: dict[str, set[str]] = {}
    for entry in vocabulary().prose.get("successor_words", ()):
        words = entry.split()
        if len(words) == 2 and 2 <= len(words[1]) <= 4 and len(words[0]) >= 4:
            particles.setdefault(words[0], set()).add(words[1])
    if not particles:
        return None
    # the verb in any of its forms ("moved to", "replaced it with"), its object between or none
    branches = [rf"{re.escape(verb)}\w*(?:\s+[^\s,.;:!?]+){{0,{_OBJECT_WORDS}}}?\s+"
                rf"(?:{'|'.join(re.escape(p) for p in sorted(ends, key=len, reverse=True))})"
                for verb, ends in sorted(particles.items(), key=lambda item: -len(item[0]))]
    return re.compile(rf"(?<!\w)(?:{'|'.join(branches)})(?!\w)", re.IGNORECASE)


#: English active voice of replacing, its object this model (a pronoun or "this model"): the
#: subject is the successor ("Nova 3 will replace it", "Nova 3 took its place"). The object
#: is never the successor: "It replaces Nova 1" says this model is Nova 1's. "Acme replaced it
#: with Nova 3" names the successor after "with" (the split cue "replace … with").
_ACTIVE_REPLACING = re.compile(
    r"\b(?:replaces?|replaced|replacing|supersedes?|superseded|superseding|succeeds?|"
    r"succeeded|succeeding)\s+"
    r"(?:it|them|this\s+model|this\s+endpoint)\b(?!\s+(?:with|by)\b)"
    r"|\b(?:takes?|took|taken|taking)\s+(?:over\s+from\s+it|its\s+place)\b"
    # the ended model's work done by the subject: "Kling V2.6 now handles these requests",
    # "X takes over its traffic" ("X handles its requests" is X's own work)
    r"|\b(?:(?:handles?|handled|serves?|served|answers?|answered|processes|processed)\s+"
    r"(?:these|those)|(?:takes?|took)\s+over\s+(?:its|their|these|those))\s+"
    r"(?:requests|calls|traffic|queries|jobs|workloads|prompts)\b", re.IGNORECASE)


#: an English verb of replacing in the active voice, before its object
_REPLACING = re.compile(r"\b(?:replaces|replaced|supersedes|superseded|succeeds|succeeded)\s+"
                        r"(?!by\b)", re.IGNORECASE)


def _active_replacing(sentence: str, names: set[str] = frozenset(),
                      known: frozenset[str] = frozenset()) -> list[Hit]:
    """English active replacing whose object is this model: a pronoun or "this model"
    (``_ACTIVE_REPLACING``), or this model's name ("Nova 3 replaces Nova 2" on Nova 2's
    page); its subject is the successor."""
    found = [Hit(m.start(), m.end(), m.group(0)) for m in _ACTIVE_REPLACING.finditer(sentence)]
    if names and _REPLACING.search(sentence):
        ours = [m for m in mentions(sentence, names, known) if m[2]]
        for m in _REPLACING.finditer(sentence):
            if any(o[0] == m.end() for o in ours) and not any(
                    h.start <= m.start() < h.end for h in found):
                found.append(Hit(m.start(), m.end(), m.group(0)))
    return sorted(found)


#: English moves a service's work to another model by a verb of routing and "to", or of
#: serving and "by", with the work for its subject: "requests should be sent to X", "calls
#: are routed to X", "its requests now go to X", "prompts … will be served by X"
_ROUTED = re.compile(
    r"\b(?:(?:sent|routed|rerouted|redirected|forwarded|directed|passed|go|goes|went|going|"
    r"flow|flows|move|moves)\s+(?:on\s+)?(?:to|towards?)"
    r"|(?:served|handled|answered|processed|fulfilled|picked\s+up)\s+by)\b", re.IGNORECASE)
#: the work a service does, the subject of a routing verb: it stands a few words before
_WORK = re.compile(r"\b(?:requests?|calls?|prompts?|traffic|jobs?|queries|query|workloads?|"
                   r"generations?|tasks?)\b(?:\s+[^\s,.;:!?]+){0,6}\s+$", re.IGNORECASE)


#: the same verbs in the active voice, the work their object and "to" where it goes:
#: "CometAPI forwards calls for this id to X", "we will route your requests to X"
_ROUTES_WORK = re.compile(
    r"\b(?:forward|rout|rerout|redirect|send|sent|direct|mov)\w*\s+(?:[^\s,.;:!?]+\s+){0,2}?"
    r"(?:requests?|calls?|prompts?|traffic|jobs?|queries|workloads?)\b"
    r"(?:\s+[^\s,.;:!?]+){0,4}?\s+to\b", re.IGNORECASE)


def _routed(sentence: str) -> list[Hit]:
    """The routing verbs of a sentence whose subject is the work a model does (``_ROUTED``,
    ``_WORK``), or whose object it is (``_ROUTES_WORK``): where that work goes is the
    successor. "Go to the dashboard" has no such subject, "send feedback to" no such object."""
    found = []
    for m in _ROUTED.finditer(sentence):
        if _WORK.search(sentence, max(0, m.start() - 60), m.start()):
            found.append(Hit(m.start(), m.end(), m.group(0)))
    found += [Hit(m.start(), m.end(), m.group(0)) for m in _ROUTES_WORK.finditer(sentence)
              if not any(h.start < m.end() and m.start() < h.end for h in found)]
    return sorted(found)


def successor_cues(sentence: str, names: set[str] = frozenset(),
                   known: frozenset[str] = frozenset()) -> list[Hit]:
    """The successor cues of a sentence: the vocabulary's ("replaced by", "use … instead"), its
    verb-and-particle cues with the verb's object between ("move your traffic to",
    "o4-mini is the model to move existing integrations to"), and English active replacing
    with this model for its object ("Nova 3 will replace it", ``_active_replacing``)."""
    active = _active_replacing(sentence, names, known)
    cues = [c for c in find_words("successor_words", sentence)
            if not any(a.start <= c.start < a.end for a in active)] + active
    cues += [r for r in _routed(sentence) if not any(c.start < r.end and r.start < c.end
                                                     for c in cues)]
    pattern = _split_cues()
    if pattern is None:
        return cues
    for m in pattern.finditer(sentence):
        if not any(c.start < m.end() and m.start() < c.end for c in cues):
            cues.append(Hit(m.start(), m.end(), m.group(0)))
    return sorted(cues)


# a lower-case id without a digit (qwen-flash, deepseek-chat): trusted only next to a cue
_PLAIN_ID = re.compile(
    r"(?<![A-Za-z0-9_.-])[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?![A-Za-z0-9]|[-._][a-z0-9])")
def _next_to(sentence: str, cue: Hit, start: int, end: int) -> bool:
    """Is the id at ``start:end`` the cue's own object, with nothing but spacing, quotes or a
    particle between ("改用 qwen-flash", "switch to `deepseek-chat`", "qwen-flash로 대체")?
    A hyphenated word a phrase away ("a legacy-access path rather than a net-new choice") is
    English, not a model."""
    gap = sentence[cue.end:start] if start >= cue.end else sentence[end:cue.start]
    gap = gap.strip(" \t\u00a0\"'`“”‘’«»「」:：,，-–—")  # an apposition's comma too
    return not gap or (len(gap) <= 2 and not _LATIN_LETTER.search(gap))


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: English's copula between a successor noun and the name it is ("The suggested successor is
#: Devstral 2", "Devstral 2 is the recommended replacement"): the name is the cue's, whichever
#: comes first; a preposition ("the successor to X", "of X") makes X another thing
_COPULA_AFTER = re.compile(r"\s+(?:is|will\s+be|was|becomes)\s+", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"\s+(?:is|will\s+be|was|becomes)\s+(?:the|its|a|an)\s+"
                            r"(?:[a-z]+\s+){0,2}", re.IGNORECASE)


_COMPLEMENT = re.compile(r"\w*(?:\s+[a-z]+){0,2}?\s+(?:to|of)\s+", re.IGNORECASE)


def _cue_predicates(sentence: str, cue: Hit, start: int, end: int, names: set[str]) -> bool:
    """Is the name at ``start:end`` joined to a successor noun by a copula ("the suggested
    successor is Devstral 2", "Devstral 2 is the suggested successor")? Not when the noun has
    a complement naming another model ("the successor to Devstral 1"): only one naming this
    model, or none, makes the name this model's successor."""
    if start >= cue.end:
        return _COPULA_AFTER.fullmatch(sentence, cue.end, start) is not None
    if _COPULA_BEFORE.fullmatch(sentence, end, cue.start) is None:
        return False
    complement = _COMPLEMENT.match(sentence, cue.end)
    return complement is None or any(
        m[2] and m[0] == complement.end()
        for m in mentions(sentence[:complement.end() + 80], names))


def _successor_rows(passages: list[str], names: set[str],
                    known: frozenset[str]) -> list[_Statement]:
    """A lifecycle table's "Replacement model | GPT-4.1" row (a label with a successor cue and
    a model as its value), when the statements name no successor themselves."""
    found: list[_Statement] = []
    for passage in passages:
        label, sep, value = passage.partition(" | ")
        if not sep or len(label) > 40 or "|" in value or not has_word("successor_words", label):
            continue
        named = [m[3] for m in mentions(value, names, known) if not m[2]]
        if named:
            found.append(_Statement("deprecated", None, tuple(named), passage, passage, None))
    return found


_DOCS = re.compile(r"\bdeprecations?\s+(?:documentation|page|docs|notice|list)", re.I)


def _without_doc_mentions(sentence: str, hits: list[Hit]) -> list[Hit]:
    """The deprecation words of ``hits`` not in a page's name: "OpenAI's deprecations
    documentation" names a page, not a deprecation; a model put "on its deprecation list" is
    deprecated (``_ONTO_A_LIST``)."""
    if not hits or "eprecation" not in sentence:
        return hits
    pages = [m.span() for m in _DOCS.finditer(sentence)
             if not (m.group().casefold().endswith("list")
                     and _ONTO_A_LIST.search(sentence, 0, m.start()))]
    return [h for h in hits if not any(a <= h.start < b for a, b in pages)]


#: "on"/"to" a list, its owner or article between: a model placed "on its deprecation list" is
#: deprecated (a list holds what it lists; a page or notice only tells of it)
_ONTO_A_LIST = re.compile(r"\b(?:on|onto|to)\s+(?:(?:its|their|the|a)\s+|[\w.-]+['’]s\s+)?\Z",
                          re.IGNORECASE)


def _lifecycle_dates(sentence: str, locale: str | None, names: set[str],
                     known: frozenset[str], today: date | None = None) -> list[FoundDate]:
    """The dates of a sentence that may be a lifecycle's: not a release date, and not part of
    a model's name (the snapshot date of ``gpt-4o-2024-05-13`` is no shutdown date). With
    ``today``, a date ahead is never a release date (see ``_is_release_date``)."""
    named = [(m[0], m[1]) for m in mentions(sentence, names, known)]
    found = []
    for d in find_dates(sentence, locale):
        # a date read from a name's last figure on ("Nova 2 en marzo de 2026" read as the
        # 2nd of March): the figure is the name's, the date is what follows it
        cut = next((end for start, end in named if start < d.start < end < d.end), None)
        if cut is not None:
            rest = find_dates(sentence[cut:], locale)
            if not rest or rest[0].start > d.end - cut:
                continue
            d = FoundDate(rest[0].iso, rest[0].start + cut, rest[0].end + cut, rest[0].text)
        if (_is_release_date(sentence, d)
                and (today is None or d.iso is None or d.as_date <= today)):
            continue
        if _names_a_build(sentence, d):
            continue
        if not any(start < d.start and d.end <= end for start, end in named):
            found.append(d)
    return found


#: an English article or determiner right before a date: the date then modifies the noun after
#: it ("The July 2025 build of Kimi K2", "the 2024-08-06 snapshot") instead of dating an event
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:the|this|that|its|their|an?)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")


def _names_a_build(sentence: str, found: FoundDate) -> bool:
    """Is the date an attribute naming a build or version ("The July 2025 build of Kimi K2 is
    being sunset"), not the date of an event? An article before it and a noun after it that is
    no ending of its own ("the 15 January 2027 shutdown" dates the shutdown)."""
    if not _DETERMINER_BEFORE.search(sentence[max(0, found.start - 8):found.start]):
        return False
    noun = _WORD_AFTER.match(sentence, found.end)
    return noun is not None and not (has_word("retire_words", noun.group(1))
                                     or has_word("deprecate_words", noun.group(1)))


def _is_release_date(sentence: str, found: FoundDate) -> bool:
    """A date introduced as a release or cut-off date ("released on …") is not the lifecycle's;
    unless a future word stands between the cue and the date, or (``_lifecycle_dates``) the
    date is ahead: a release or a knowledge cut-off is a past fact, so "The cut-off is
    planned for June 2027" and, after a notice, "The cut-off is the end of June 2027" are the
    service's."""
    before = sentence[max(0, found.start - 30):found.start]
    this = find_words("this_model_words", before)
    # "هذا الإصدار" is "this version", not a release: a word inside "this model" is no cue
    release = [h for h in find_words("release_words", before)
               if not any(t.start <= h.start and h.end <= t.end for t in this)]
    if release and has_word("future_words", before[release[-1].end:]):
        return False
    return bool(release) and not has_word("retire_words", before)


def _is_about(sentence: str, key_start: int, key_end: int, cue_start: int,
              names: set[str], known: frozenset[str] = frozenset()) -> bool:
    """Is the lifecycle word about this model? The model named nearest before it is its
    subject ("GPT-4 Turbo was retired"); failing that, the first named after it and before
    any successor cue ("Anthropic sunset Claude 2.1"); failing that, no model at all, unless
    the sentence's subject is a different product (preview, app, endpoints)."""
    named = mentions(sentence, names, known)
    # an aside after a name ("Nova 2 (the successor of Nova 1) …") describes that name: no
    # model in it, nor a word of another product, is the verb's subject (``prose.asides``)
    aside = asides(sentence, 0, key_start, named)
    before = [m for m in named if m[0] < key_start and not any(a <= m[0] < b for a, b in aside)]
    clause_start = _clause_start(sentence, key_start)
    subject_span = sentence[clause_start:key_start]
    antecedent = _relative_antecedent(sentence, clause_start, names, known)
    relative = _RELATIVE.search(sentence, max(0, clause_start - 16), clause_start)
    close = max(sentence.rfind(ch, clause_start, key_start) for ch in _COMMAS)
    if relative is not None and relative.end() == clause_start and close != -1:
        # the relative clause closed before the word: a subject the main clause names is the
        # verb's ("Unlike o4-mini, which retires on 1 March, GPT-5 mini will be retired on
        # …"); with none named there, the antecedent is ("The legacy Batch API, which Nova 2
        # supported, shuts down …"), and one that names no model is none of this model's
        own = mentions(sentence[close:key_start], names, known) or has_word(
            "this_model_words", sentence[close:key_start])
        antecedent = None if own else bool(antecedent)
    if antecedent is not None:
        return antecedent  # "the original Sora research preview, which OpenAI has wound down"
    if _modifies_next_name(sentence, key_end, named):
        return False  # "提供終了した Nova Pro 1 の後継", "the retired GPT-4 Turbo"
    if before:
        nearest = _subject_outside_insertion(sentence, before, key_start)
        shared = _shared_subject(sentence, before, nearest, key_start)
        if shared is not None:
            nearest = shared  # "Nova 2 has been superseded by Nova 3 and will go offline"
        if nearest[2]:
            span = "".join(" " if any(a <= i < b for a, b in aside) else ch
                           for i, ch in enumerate(sentence[:key_start]))
            return not _other_subject(span[max(clause_start, 0):], nearest)
        this = _this_model_between(sentence, max(nearest[1], clause_start), key_start)
        if this is not None:
            # "Now that the stable V3.2 is out, this experimental endpoint will be wound down":
            # the page's "this" is nearer the verb than the other model, and its subject
            return not _other_product(sentence[this:key_start], names)
        return False
    clause_end = _CLAUSE.search(sentence, key_end)
    # a coordinated clause has a subject of its own ("… will stop serving it on 30 June 2027,
    # and new projects should start on Speech-2.6-HD instead")
    coordinated = COORDINATION.search(sentence, key_end)
    limit = min(cue_start, clause_end.start() if clause_end else len(sentence),
                coordinated.start() if coordinated else len(sentence))
    cues = successor_cues(sentence, names, known)
    moved_to = {slug_form(x) for x in _successors(sentence, cues, names, known)} if cues else set()
    # a model the sentence moves users to is its object, not its subject ("… خاموش شد و Grok
    # 4.1 Fast به‌عنوان جایگزین آن معرفی شده است": Grok 4.1 Fast is introduced as the successor)
    after = [m for m in _extended(sentence, named)
             if key_end <= m[0] < limit and not _is_moved_to(m[3], moved_to)]
    # "will sunset this snapshot …, and encourages customers to adopt X": "this model" as the
    # verb's object, right after it, is the model it ends
    after += [(h.start, h.end, True, h.text) for h in find_words("this_model_words", sentence)
              if 0 <= h.start - key_end <= 2]
    after.sort()
    if _other_product(subject_span, names):
        return False  # "the old Relax mode was switched off", "Preview endpoints were…"
    if _family_without_version(subject_span, names):
        return False  # "The original Sora is being wound down" on Sora 2 Pro's page
    if _names_another_model(sentence[clause_start:limit], names):
        return False  # "the first-generation Sora model was shut down" on Sora 2's page
    if after:
        first = after[0]
        return first[2] and not _other_subject(sentence[key_end:first[1] + 20], first)
    return not _other_product(sentence[key_start:limit], names)


#: English "this" before a noun of the service itself, an adjective or two between ("this
#: experimental endpoint", "this older snapshot")
_THIS_SERVICE = re.compile(r"\bthis\s+(?:[\w-]+\s+){0,2}?(?:model|endpoint|snapshot|version|api|"
                           r"service)\b", re.IGNORECASE)
#: an English sentence opened by "that" and its model noun, one or two describing words between
#: ("That first model …", "That older endpoint …"); not a determiner between ("That the model
#: …" opens a clause, it points at nothing)
_THAT_SERVICE = re.compile(r"^\W*that\s+(?:(?!(?:the|a|an|this|its|our|their)\s)[\w-]+\s+){0,2}?"
                           r"(?:model|endpoint|snapshot|version|api|service)\b", re.IGNORECASE)


def _this_model_between(sentence: str, start: int, end: int) -> int | None:
    """Where a phrase for this model ("this model", a file's "this endpoint", "this
    experimental endpoint") starts between ``start`` and ``end``, if one does."""
    found = [h.start for h in find_words("this_model_words", sentence) if start <= h.start < end]
    found += [m.start() for m in _THIS_SERVICE.finditer(sentence, start, end)]
    return min(found) if found else None


def _other_product(span: str, names: set[str]) -> bool:
    """Does ``span`` name a product other than this model ("the preview endpoint", "the
    app")? A word of this model's own name is this model ("the preview endpoint" on Veo 3.1
    Preview's page, "the beta" on a beta's): a page calls its model by that word once its
    name is known, and only another model's page sets a preview apart from the model."""
    own = _name_words(frozenset(names))
    return any(not _own_word(w.text.casefold().strip(), own)
               for w in find_words("other_subject_words", span))


def _own_word(word: str, own: frozenset[str]) -> bool:
    """Is ``word`` one of this model's name words, or written short in it: a name word of
    three letters or more that begins it is its abbreviation ("Exp" of "experimental" in
    DeepSeek-V3.2-Exp, "Prev" of "preview")."""
    return word in own or any(len(part) >= 3 and word.startswith(part) for part in own)


@lru_cache(maxsize=256)
def _name_words(names: frozenset[str]) -> frozenset[str]:
    return frozenset(part for name in names for part in name.split("-") if part.isalpha())


#: the rest of an ending word before the name it is an attribute of: letters and vowel signs
#: (Burmese "ရပ်ဆိုင်းခဲ့သော", stopped-PAST-REL, six code points after the verb), then a space
_ATTRIBUTIVE_GAP = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u1000-\u109f\u0e00-\u0eff"
                              r"\u1780-\u17ff]){0,6}\s?")


def _modifies_next_name(sentence: str, key_end: int,
                        named: list[tuple[int, int, bool, str]]) -> bool:
    """Is the ending word an attribute of the model named right after it, another model? A
    participle before its noun ("the retired GPT-4 Turbo", Turkish "kaldırılan Nova 1'in") and a
    relative clause before its noun in the languages that put it there (Japanese "提供終了した
    Nova 1 の", Korean "종료된 Nova 1의") end that model, whoever the sentence's subject is. Only
    letters of the word's own ending and a space may stand between."""
    after = [m for m in named if m[0] >= key_end]
    if not after or after[0][2]:
        return False
    gap = _ATTRIBUTIVE_GAP.fullmatch(sentence, key_end, after[0][0])
    if gap is None:
        return False
    # Korean marks an attribute by a final ㄴ or ㄹ ("종료된", "종료될"); "종료되며" (ends, and)
    # joins a second predicate, whose subject is the sentence's
    last = sentence[key_end:after[0][0]].rstrip()[-1:] or sentence[key_end - 1]
    if "\uac00" <= last <= "\ud7a3":
        return (ord(last) - 0xAC00) % 28 in _ATTRIBUTIVE_FINALS
    return True


#: Hangul final consonants ㄴ and ㄹ (their index in a syllable's code): an attributive ending
_ATTRIBUTIVE_FINALS = frozenset({4, 8})


#: English coordinates two predicates of one subject with "and" and no subject of its own
#: before the second verb: "X has been superseded by Y and will go offline" (X goes offline),
#: the first predicate perhaps ending in a phrase of time ("… by Y in March 2026 and is …")
_SECOND_PREDICATE = re.compile(
    r"(?:\s+(?:in|on|since|from|as\s+of|at|by|after|before|during)\s+[^,;.:!?]{1,30}?)?"
    r"\s*,?\s*and\s+(?:(?:will|would|is|are|was|were|has|have|had|be|been|being|to)\b)",
    re.IGNORECASE)


def _shared_subject(sentence: str, before: list[tuple[int, int, bool, str]],
                    nearest: tuple[int, int, bool, str],
                    key_start: int) -> tuple[int, int, bool, str] | None:
    """The subject of a second predicate joined by "and" with no subject of its own: the first
    model of the sentence, when the model named nearest before the ending word is the first
    predicate's object (see ``_SECOND_PREDICATE``); else None."""
    if nearest is before[0]:
        return None
    joined = _SECOND_PREDICATE.match(sentence, nearest[1])
    return before[0] if joined is not None and joined.start() < key_start else None


def _family_without_version(span: str, names: set[str]) -> bool:
    """Does ``span`` name this model's family without its version, qualified ("The original
    Sora" on Sora 2 Pro's page)? A family name so is another generation, not this model."""
    for name in names:
        parts = name.split("-")
        if len(parts) < 2 or not parts[0].isalpha() or len(parts[0]) < 3:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(parts[0])}(?![\w-])", span, re.IGNORECASE):
            rest = span[m.end():].lstrip(" -")
            before = span[:m.start()].split()
            # qualified by a word before it ("the original Sora", "l'ancien Sora", in a
            # script with no capitals "पहली पीढ़ी के Sora"); a bare family name starting the
            # clause, or after a capitalized name, is the maker acting ("Mistral AI stellt … ein")
            if (not rest.casefold().startswith(parts[1]) and span[m.start()].isupper()
                    and before and before[-1][:1].isalpha() and not before[-1][:1].isupper()):
                return True
    return False


_PROPER_NAME = re.compile(r"(?<![\w-])[A-Z][\w.]*(?:[ -][A-Z0-9][\w.]*)*")
#: a case ending joined to a Latin name: a hyphen or apostrophe, then a letter of another script
#: (Georgian "CometAPI-ზე", on CometAPI) or a lower-case one after an apostrophe (Turkish
#: "CometAPI'de"). An apposition agrees in case with its noun: a name after "this model" with a
#: case of its own is another part of the sentence (where, to whom), not the model's name
_CASE_SUFFIX = re.compile(r"(?:[-'’](?![A-Za-z0-9])[^\W\d_]|['’][a-zçğıöşü])")


def _names_another_model(span: str, names: set[str]) -> bool:
    """Does "model" stand right after or before a name that is not this model's ("the Sora
    model", "Sora মডেলটি", "le modèle Sora")? Then the words name that model: a family name
    without this model's version is another generation, not this one."""
    for hit in find_words("this_model_words", span):
        before = _PROPER_NAME.findall(span[max(0, hit.start - 24):hit.start].rstrip())
        after = _PROPER_NAME.match(span, hit.end + 1) if hit.end < len(span) else None
        touching = []
        # a phrase of its own words ("this model", "هذا النموذج") takes no name before it:
        # "أوقفت Google هذا النموذج" is Google stopping this model
        if before and " " not in hit.text.strip() and \
                span[:hit.start].rstrip().endswith(before[-1]):
            touching.append(before[-1])
        if after is not None and span[hit.end:after.start()].strip() == "" \
                and not _CASE_SUFFIX.match(span, after.end()):
            touching.append(after.group(0))
        if any(not _names_this(name, names) for name in touching):
            return True
    return False


def _names_this(name: str, names: set[str]) -> bool:
    """Is ``name`` this model's name, or its end ("Master" of "Kling 2.1 Master": "the
    Master model" on its page is this one; its family's word alone is not)?"""
    slug = slug_form(name)
    return bool(slug) and any(n == slug or n.endswith(f"-{slug}") for n in names)


def _relative_antecedent(sentence: str, clause_start: int, names: set[str],
                         known: frozenset[str]) -> bool | None:
    """In a relative clause (", which OpenAI has wound down") the lifecycle word is about the
    noun phrase before the comma, its antecedent: this model when it ends with this model's
    name or "this model"; not this model when it names another model or another product
    ("the original Sora research preview", "older endpoints"); None when the antecedent says
    neither (the sentence's other rules decide)."""
    boundary = _RELATIVE.search(sentence, max(0, clause_start - 16), clause_start)
    if boundary is None or boundary.end() != clause_start:
        return None
    head = sentence[_clause_start(sentence, boundary.start()):boundary.start()]
    # the antecedent is the last noun phrase: after the verb that governs it, if any
    named = mentions(head, names, known)
    if named and len(head) - named[-1][1] <= 2:
        return named[-1][2]
    phrase = head[named[-1][1]:] if named else head
    if has_word("other_subject_words", phrase) or _family_without_version(phrase, names):
        return False
    if named and not named[-1][2] and len(head) - named[-1][1] <= 40:
        return False  # "GPT-4's preview edition, which …"
    this = find_words("this_model_words", head)
    if this and len(head) - this[-1].end <= 2:
        return True
    return None


_COMMAS = ",，،、"


def _subject_outside_insertion(sentence: str, before: list[tuple[int, int, bool, str]],
                               key_start: int) -> tuple[int, int, bool, str]:
    """The model nearest before a lifecycle word, unless it sits in a clause set off by commas
    between an earlier model and the word: "GPT-4o mini, which GPT-4.1 mini is replacing, will
    be switched off" is about GPT-4o mini. Commas of any script."""
    nearest = before[-1]
    opening = max(sentence.rfind(c, 0, nearest[0]) for c in _COMMAS)
    closing = max(sentence.rfind(c, 0, key_start) for c in _COMMAS)
    if opening == -1 or closing < nearest[1]:
        return nearest
    outside = [m for m in before if m[1] <= opening]
    return outside[-1] if outside else nearest


def _other_subject(span: str, mention: tuple[int, int, bool, str]) -> bool:
    """A qualifier that makes the subject another product: "the preview of gpt-4o", "the
    ChatGPT app version of GPT-4o", "older gpt-4o endpoints"."""
    words = find_words("other_subject_words", span)
    return any(w.text.casefold() not in mention[3].casefold() for w in words)


def _clause_start(sentence: str, position: int) -> int:
    starts = [m.end() for m in _CLAUSE.finditer(sentence, 0, position)]
    return starts[-1] if starts else 0


def _is_about_text(sentence: str, names: set[str]) -> bool:
    return any(m[2] for m in mentions(sentence, names))


def _moves_to_this(sentence: str, cues: list[Hit], names: set[str],
                   known: frozenset[str]) -> bool:
    """Is this model the object of a successor cue ("should move to Nova 2", "replaced by
    Nova 2")? The sentence then sends users to this model: the ending it states is another's."""
    active = _active_replacing(sentence, names, known)
    named = mentions(sentence, names, known)
    return any(cue not in active and _this_model_next(named, cue.end, names, gap=3)
               for cue in cues)


def _object_next(text: str, hit: Hit, names: set[str], known: frozenset[str]) -> bool:
    """Is this model the first thing named after ``hit``, with at most an article or a
    determiner's few letters before it: the object of the verb ``hit`` ends?"""
    return _this_model_next(mentions(text, names, known), hit.end, names, gap=4)


def _this_model_next(named: list, position: int, names: set[str], gap: int) -> bool:
    """Is the first model named from ``position`` on this one, by its own id (no dated
    snapshot of it), at most ``gap`` characters on?"""
    after = [m for m in named if m[0] >= position]
    return bool(after) and after[0][2] and after[0][0] - position <= gap \
        and not _another_snapshot(after[0][3], names)


def _object_between(text: str, hit: Hit, names: set[str], known: frozenset[str]) -> bool:
    """Is this model named between a split verb's parts, its object's place: by a name of it
    or by a "this model" word?"""
    inside = text[hit.start:hit.end]
    return any(hit.start < m[0] < hit.end and m[2] for m in mentions(text, names, known)) or \
        bool(find_words("this_model_words", inside))


#: an arrow from a note to a model ("gpt-4o-2024-05-13 deprecated 2027-01-15 → gpt-4o"): in
#: any language it sends the reader from what the note ends to the model it points at
ARROW = re.compile(r"\s*(?:[→⇒➔➜➝➞⟶⟹]|-+>|=+>)\s*")
#: a character every arrow holds: the cheap test before ``ARROW``
ARROW_MARK = re.compile(r"[→⇒➔➜➝➞⟶⟹>]")


def _arrows(sentence: str) -> list[Hit]:
    """The arrows of ``sentence`` as successor cues: an arrow to this model says the ending
    before it is another's (a dated snapshot's, moved to this model's alias)."""
    if ARROW_MARK.search(sentence) is None:
        return []
    return [Hit(m.start(), m.end(), m.group(0)) for m in ARROW.finditer(sentence)]


_MODEL_FIELD = re.compile(r"""["']model["']\s*:\s*["']([^"']+)["']""")


def _snapshot_is_its_id(passages: list[str], names: set[str]) -> bool:
    """Does the page give a dated snapshot id as this model's API id: a line of its own (an id
    under the name, a table cell) or a request's ``"model": "…"``? Then the snapshot is the
    model the page sells, not one of several."""
    for passage in passages:
        for cell in passage.split(" | "):  # a line, or a table row's cells
            text = cell.strip()
            if text and not any(ch.isspace() for ch in text) and _another_snapshot(text, names):
                return True
        if ('"model' in passage or "'model" in passage) and any(
                _another_snapshot(m.group(1), names) for m in _MODEL_FIELD.finditer(passage)):
            return True
    return False


def _by_snapshot_only(sentence: str, names: set[str], known: frozenset[str]) -> bool:
    """Does ``sentence`` name this model only by a dated snapshot id ("gpt-4o-2024-05-13 was
    retired" on GPT-4o's page)? A snapshot may end while its model goes on under a newer one:
    what such a sentence says completes a story this model's own name tells ("Grok 4 is being
    phased out … will switch off the grok-4-0709 endpoint behind it on 31.01.2027"), alone it
    tells nothing of this model."""
    ours = [m for m in mentions(sentence, names, known) if m[2]]
    return bool(ours) and all(_another_snapshot(m[3], names)
                              and not _PINNED.search(slug_form(m[3])) for m in ours)


#: a compact date after the id ("claude-3-5-haiku-20241022"): the one pinned id its maker gives
#: the model, which its undated name always meant, so read as this model alone too
_PINNED = re.compile(r"-\d{8}$")


def _another_snapshot(text: str, names: set[str]) -> bool:
    """Is ``text``, a name read as this model's, a dated snapshot of it (``names.snapshot_of``:
    "grok-4-0709" on Grok 4's page)? In a successor's place it is a later release the page
    names as replacing this one ("replaced by DeepSeek-R1-0528"), not this model."""
    slug = slug_form(text)
    return slug not in names and snapshot_of(slug, names)


def _successors(sentence: str, cues: list[Hit], names: set[str],
                known: frozenset[str] = frozenset()) -> list[str]:
    """The models a successor cue names: those after it in its clause ("replaced by gpt-5",
    "改用 GPT-5"), else those before it ("use gpt-5 instead", "GPT-5로 대체")."""
    found: list[str] = []
    active = _active_replacing(sentence, names, known)
    # a cue in an aside that describes this model ("Nova 2 (the successor to Nova 1) …",
    # "Nova 2, efterfølgeren til Nova 1, …") may name its predecessor as well as its
    # successor: the aside does not say which, so it names none
    described = asides(sentence, 0, len(sentence), mentions(sentence, names, known), True)
    for cue in cues:
        if any(a <= cue.start < b for a, b in described):
            continue
        if cue in active:
            # "Nova 3 will replace it": the subject replaces this model, the object
            start = _clause_start(sentence, cue.start)
            named = [m for m in mentions(sentence[start:cue.start], names, known)]
            if named and (not named[-1][2] or _another_snapshot(named[-1][3], names)) \
                    and slug_form(named[-1][3]) not in {slug_form(x) for x in found}:
                found.append(named[-1][3])
            continue
        start = _clause_start(sentence, cue.start)
        after = _CLAUSE.search(sentence, cue.end)
        if after is not None and after.start() - cue.end <= 2 and after.group(0).strip() in (
                "—", "–", ":", "："):
            after = _CLAUSE.search(sentence, after.end())  # "Рекомендуемая замена — X"
        end = after.start() if after else len(sentence)
        named = [m for m in mentions(sentence[start:end], names, known)
                 if not m[2] or _another_snapshot(m[3], names)]
        if not named:  # "改用 qwen-flash": an id without a digit, named right by the cue
            named = [(m.start(), m.end(), False, m.group(0))
                     for m in _PLAIN_ID.finditer(sentence[start:end])
                     if _next_to(sentence, cue, start + m.start(), start + m.end())]
        if not named:  # "Its successor, Devstral 2, …": a name by its shape, by the cue
            named = [(h.start, h.end, False, h.text) for h in shaped_names(sentence[start:end])
                     if (_next_to(sentence, cue, start + h.start, start + h.end)
                         or _cue_predicates(sentence, cue, start + h.start, start + h.end,
                                            names))
                     and slug_form(h.text) not in names]
        # "Llama 4 Maverick": a name goes on over the words that are a name's by their shape
        named = _extended(sentence[start:end], named)
        if not named:  # "… to gpt-5-mini, which is its successor": the relative pronoun's
            named = _antecedent(sentence, start, names, known)  # noun is the model before it
        named = [_without_cue(m, start, cues, sentence) for m in named
                 if not _GROUP_NOUN.match(sentence, start + m[1])]
        later = [m for m in named if m[0] + start >= cue.end]
        chosen = later or [m for m in named if m[1] + start <= cue.start]
        for _s, _e, _ours, text in chosen:
            if slug_form(text) not in {slug_form(x) for x in found}:
                found.append(text)
    return found


def _extended(clause: str, named: list[tuple[int, int, bool, str]]
              ) -> list[tuple[int, int, bool, str]]:
    """The other models ``named`` in ``clause``, each over the words that go on with its name
    by their shape ("Llama 4 Maverick", "Llama 4 Scout 17B" of which the name patterns read
    "Llama 4" and "Scout 17B"); a name inside another's so extended is that one's part."""
    out: list[tuple[int, int, bool, str]] = []
    for start, end, ours, text in named:
        if out and start < out[-1][1]:
            continue
        if not ours:
            end = name_extent(clause, end)
            text = clause[start:end]
        out.append((start, end, ours, text))
    return out


_REST_OF_WORD = re.compile(r"[^\W\d_]*\s*")


def _is_moved_to(name: str, moved_to: set[str]) -> bool:
    """Is ``name`` one of the successors a sentence names, read with or without the cue word
    before it ("Gunakan Nova 3" is Nova 3)?"""
    slug = slug_form(name)
    return any(slug == m or slug.endswith(f"-{m}") for m in moved_to)


def _without_cue(mention: tuple[int, int, bool, str], offset: int, cues: list[Hit],
                 sentence: str) -> tuple[int, int, bool, str]:
    """A name read with a capitalized cue word before it ("Gunakan Nova 3" of Indonesian
    "use", "Yerine Nova 3" of Turkish "instead") is the name after the cue: a cue word is no
    part of the successor's name. ``mention`` is placed at ``offset`` in ``sentence``."""
    start, end, ours, _text = mention
    for cue in cues:
        if cue.start <= offset + start < cue.end < offset + end:
            rest = sentence[cue.end:offset + end]
            # the rest of the cue's word goes too ("Halefi" of the cue "halef")
            cut = _REST_OF_WORD.match(rest).end()
            return (cue.end + cut - offset, end, ours, rest[cut:].strip())
    return mention


_RELATIVE = re.compile(rf",\s*(?:{_RELATIVES})")
#: a name followed by one of these names a group of models, no one model to move to ("in
#: favour of its GPT Image family", "la famille", "der Familie", "the Claude 4 series")
_GROUP_NOUN = re.compile(r"\s*(?:famil\w*|series|line(?:up)?|models)\b", re.IGNORECASE)


def _antecedent(sentence: str, clause_start: int, names: set[str],
                known: frozenset[str]) -> list[tuple[int, int, bool, str]]:
    """The model a relative clause starting at ``clause_start`` is about: the one named right
    before its comma ("gpt-5-mini, que es su sucesor designado"), with positions relative to
    ``clause_start`` like the clause's own mentions (so it counts as named before the cue)."""
    boundary = _RELATIVE.search(sentence, max(0, clause_start - 16), clause_start)
    if boundary is None or boundary.end() != clause_start:
        return []
    before = [m for m in mentions(sentence[:boundary.start()], names, known) if not m[2]]
    if not before or boundary.start() - before[-1][1] > 2:
        return []
    start, end, ours, text = before[-1]
    return [(start - clause_start, end - clause_start, ours, text)]
