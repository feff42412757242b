"""Lifecycle notes read by their shape, where the page's words say too little.

A page in a language with no vocabulary file states its lifecycle in words the reader mostly
does not have; what it can read there is structure, and only what structure states without a
guess (a miss is better than an invention):

- an arrow from a note to a model's id ("Deprecated · 2027-03-31 → gpt-4.1", in any
  language): what the note says is this model's, read as if the arrow and its id were not
  there, and the id the arrow points to is its successor. An arrow to this model ("gpt-4-turbo
  retired → gpt-4.1" on GPT-4.1's page) says nothing of this one;
- a successor by the story's shape: after an ending read for this model, in a language with
  no file, a newer model of this model's own family (a higher version, or the same version
  without this one's qualifier) named by a clause of one or two words at the end of a
  sentence ("Lena gemini-2.5-flash.", "eployîz gpt-4o-mini": the imperative every notice ends
  with, "use X"), or alone in a short sentence of the story with no other figure ("ओकर बाद
  Qwen3-Max पर चलि जाउ।"), is the successor. An older sibling, a model of another family,
  more than one model, a longer sentence, or a sentence after one about another model is not.

Called from ``normalize`` on what ``lifecycle.read_lifecycle`` found: these rules only add to a
reading, and only where it lacks the fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from catalog.meaning.lifecycle import ARROW, ARROW_MARK, Lifecycle, model_names, without_file
from catalog.meaning.prose import mentions, sentences, slug_form

#: an arrow of any script's typography, or one typed with ASCII ("->", "=>")
#: the clause a successor by shape stands in: after a sentence's start, a semicolon or a colon
_CLAUSE_START = re.compile(r"[;；:：]\s*|,\s+")
#: words before the successor's name in an imperative clause ("Lena", "usa el")
_IMPERATIVE_WORDS = 2
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_TRAILING = re.compile(r"[\s.!。)）]*")

#: ``lifecycle.read_lifecycle``, passed in: the notes without their arrows are read again by it
Reader = Callable[..., Lifecycle]


def shaped(found: Lifecycle, read: Reader, passages: list[str], model_slug: str,
           model_name: str | None, today: date, locale: str | None,
           known: frozenset[str] = frozenset()) -> Lifecycle:
    """``found`` with what the shape of the page's lifecycle notes adds: a note with an arrow
    to a successor when nothing was read, a successor by the shape of the story's last clause
    when an ending was read without one (see the module's docstring). ``read`` is the
    lifecycle reader, asked again of the notes without their arrows."""
    if not passages:
        return found
    names = model_names(model_slug, model_name)
    if found.status is None:
        found = _arrow_note(found, read, passages, names, model_slug, model_name, today,
                            locale, known)
    elif not found.replacements:
        found = _arrow_from_the_statement(found, passages, names, known)
    if found.status and not found.replacements and without_file(locale):
        found = _successor_by_shape(found, passages, names, model_slug, locale, known)
    return found


def _arrow_note(found: Lifecycle, read: Reader, passages: list[str], names: set[str],
                model_slug: str, model_name: str | None, today: date, locale: str | None,
                known: frozenset[str]) -> Lifecycle:
    """The lifecycle of notes that point with an arrow to another model's id: each such note
    read without its arrow and id, the id its successor."""
    heads = _arrow_heads(passages, names, known)
    if not heads:
        return found
    cut = [heads[n][0] if n in heads else p for n, p in enumerate(passages)]
    again = read(cut, model_slug, model_name, today=today, locale=locale, known=known)
    if again.status is None:
        return found
    from_head = {heads[n][0]: passages[n] for n in heads}
    noted = [from_head[s] for s in again.evidence if s in from_head]
    if not noted:
        return found  # the ending was read elsewhere than a note with an arrow
    successor = next(heads[n][1] for n in heads if passages[n] == noted[0])
    if slug_form(successor) in {slug_form(r) for r in again.replacements}:
        return again
    return replace(again, replacements=(*again.replacements, successor),
                   replacement_evidence=(*again.replacement_evidence, noted[0]),
                   evidence=tuple(from_head.get(s, s) for s in again.evidence),
                   date_evidence=tuple(from_head.get(s, s) for s in again.date_evidence))


def _arrow_from_the_statement(found: Lifecycle, passages: list[str], names: set[str],
                              known: frozenset[str]) -> Lifecycle:
    """An ending read with no successor from a note whose arrow points to another model's id
    ("GPT-4o (deprecated 2027-01-01) → gpt-4.1"): the id is its successor."""
    for number, (_head, successor) in _arrow_heads(passages, names, known).items():
        if any(said in passages[number] for said in found.evidence):
            return replace(found, replacements=(successor,),
                           replacement_evidence=(passages[number],))
    return found


def _arrow_heads(passages: list[str], names: set[str],
                 known: frozenset[str]) -> dict[int, tuple[str, str]]:
    """The passages that end with an arrow to one other model's name, nothing after it: their
    number → (the text before the arrow, the name)."""
    heads: dict[int, tuple[str, str]] = {}
    for number, passage in enumerate(passages):
        if ARROW_MARK.search(passage) is None:
            continue  # the cheap test first: most passages hold no arrow
        arrows = list(ARROW.finditer(passage))
        if not arrows or arrows[-1].start() == 0:
            continue
        arrow = arrows[-1]  # the last arrow: what follows it is the note's target
        target = passage[arrow.end():]
        named = mentions(target, names, known)
        if len(named) != 1 or named[0][2] or named[0][0] != 0 \
                or not _TRAILING.fullmatch(target[named[0][1]:]):
            continue  # not one other model's name and nothing after it
        heads[number] = (passage[:arrow.start()].rstrip(" ·-–—:|"), named[0][3])
    return heads


def _successor_by_shape(found: Lifecycle, passages: list[str], names: set[str],
                        model_slug: str, locale: str | None,
                        known: frozenset[str]) -> Lifecycle:
    """The successor a notice in a language with no file names by its shape, in the status's
    sentence or the two after it (in its passage or the next): a newer model of this model's
    family named by a last clause of one or two words, or alone in a short sentence of the
    story (no other model, no figure but its name's). The story ends at a sentence that names
    any other model."""
    if _version(model_slug) is None:
        return found
    for number, passage in enumerate(passages):
        parts = sentences(passage, locale)
        # the evidence may join the story's sentences: its last one is where the story goes on
        told = [i for i, s in enumerate(parts) if any(s in said for said in found.evidence)]
        if not told:
            continue
        at = told[-1]
        later = [s for p in passages[number + 1:number + 2] for s in sentences(p, locale)]
        for index, sentence in enumerate([*parts[at:at + 3], *later][:3]):
            named = _imperative_object(sentence, names, known)
            if named is None and index > 0:
                named = _named_alone(sentence, names, known)
            if named is not None and _newer_sibling(slug_form(named), model_slug):
                return replace(found, replacements=(named,),
                               replacement_evidence=(sentence,))
            if any(not m[2] for m in mentions(sentence, names, known)):
                return found  # a sentence about another model ends the story
        return found
    return found


def _imperative_object(sentence: str, names: set[str], known: frozenset[str]) -> str | None:
    """The one other model a sentence names, in its last clause, after one or two words and
    before nothing but its end ("…; eployîz gpt-4o-mini."), else ``None``."""
    named = mentions(sentence, names, known)
    if not named or named[-1][2] or not _TRAILING.fullmatch(sentence[named[-1][1]:]):
        return None
    start = 0
    for clause in _CLAUSE_START.finditer(sentence, 0, named[-1][0]):
        start = clause.end()
    if any(not m[2] for m in named[:-1]):
        return None  # another model before it: the sentence is not this story's end
    words = _WORD.findall(sentence[start:named[-1][0]])
    if not 1 <= len(words) <= _IMPERATIVE_WORDS or any(ch.isdigit() for w in words for ch in w):
        return None
    return named[-1][3]


#: a sentence that names only the successor is a short one ("ओकर बाद Qwen3-Max पर चलि जाउ।")
_ALONE_WORDS = 10


def _named_alone(sentence: str, names: set[str], known: frozenset[str]) -> str | None:
    """The one model a short sentence names after a word or more ("ओकर बाद Qwen3-Max पर चलि
    जाउ।"), when it names no other, holds no figure but its name's and asks nothing; else
    ``None``. A sentence that opens with the name is about that model ("Gemini 2.5 Pro is
    stronger"), not a pointer to it."""
    named = mentions(sentence, names, known)
    if len(named) != 1 or named[0][2] or sentence.rstrip().endswith(("?", "？", "؟")):
        return None
    if not _WORD.search(sentence, 0, named[0][0]):
        return None  # the sentence opens with it: it is that model's ("X is faster"), no pointer
    rest = sentence[:named[0][0]] + " " + sentence[named[0][1]:]
    if any(ch.isdigit() for ch in rest) or len(rest.split()) > _ALONE_WORDS:
        return None
    return named[0][3]


#: a family's name: two letters or more, or one letter with its version right after it (the
#: o-series: o1, o3-mini, o4-mini), never a lone letter before a hyphen ("x-model")
_FAMILY = re.compile(r"[a-z]{2,}|[a-z](?=\d)")
_VERSION = re.compile(r"\d+(?:-\d+)*")


def _version(slug: str) -> tuple[str, tuple[int, ...]] | None:
    """A model's family and version from its id: ("gemini", (2, 5)) of gemini-2-5-flash,
    ("qwen", ()) of qwen-max, ("claude", (4, 1)) of claude-opus-4-1, ("o", (4,)) of o4-mini."""
    family = _FAMILY.match(slug)
    if family is None:
        return None
    number = _VERSION.search(slug, family.end())
    return family.group(), tuple(int(n) for n in number.group().split("-")) if number else ()


def _newer_sibling(other: str, model_slug: str) -> bool:
    """Is ``other`` (a slug) a newer model of this one's family: a higher version ("gemini-2-5-
    flash" after gemini-2-0-flash, "qwen3-max" after qwen-max), or the same version without
    this one's qualifier (deepseek-v3-2 after deepseek-v3-2-exp)? A successor is newer; an
    older sibling named beside a notice is history, never its successor."""
    this, that = _version(model_slug), _version(other)
    if this is None or that is None or this[0] != that[0] or other == model_slug:
        return False
    return that[1] > this[1] or (that[1] == this[1] and model_slug.startswith(other + "-"))
