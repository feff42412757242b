"""Whose a fact is, where batch J's first sight invented one (round 8 of issue 20): a clause that
names no model shares its sentence's subject, and a demonstrative points back to the model named
last. Every sentence is our own wording; each reading failed before its rule."""

from __future__ import annotations

from datetime import date

import pytest

from catalog.meaning.lifecycle import read_lifecycle
from catalog.meaning.prose import whose
from tests.test_real_page_wordings import page, read

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize("sentence, figure, expected", [
    # another model opens the sentence: its coordinated clause with no subject is still its
    ("Its bigger sibling Nova Max covers whole books, and can write up to 32K tokens at once.",
     "32K", False),
    ("Nova Max, the flagship, holds 1M tokens and, unlike the rest, can emit 64K.", "64K", False),
    # this model opens it: nothing changes (None: the callers read it as the page's own)
    ("Nova 2 reads long files, and can write up to 16K tokens.", "16K", None),
    # a name deep in the first clause is no subject: nothing is known
    ("Compared with what the older Nova Max offered, the window is wider, and holds 256K.",
     "256K", None),
    ("The window is 128K, and the output reaches 8K.", "8K", None),
])
def test_a_coordinated_clause_without_a_subject_shares_the_sentences(sentence, figure, expected):
    assert whose(sentence, sentence.index(figure), {"nova-2"}) is expected


def test_another_models_output_in_an_elided_clause_is_not_this_models():
    doc = page(["Nova 2 answers quickly. Its larger sibling Nova Max handles whole repositories,"
                " and can return up to 32,000 tokens in one reply."],
               ["Input:$1/M", "Output:$4/M"], name="Nova 2")
    record = read(doc, "https://www.cometapi.com/models/acme/nova-2/")
    assert record.max_output_tokens is None


@pytest.mark.parametrize("text, locale, status, when", [
    # "that … model" opening a sentence is the model named last, not the page's
    ("Nova 2 follows the original Nova 1. That first model was shut down on 3 May 2026.", "en",
     None, None),
    ("Nova 2 builds on Nova 1. That older model will be retired on 9 March 2027.", "en",
     None, None),
    # when the model named last is this one, "that model" is this one
    ("Acme has announced the end of Nova 1 for 2025. Nova 2 is next: that model will be "
     "retired on 9 March 2027.", "en", "deprecated", "2027-03-09"),
    # a clause opened by "that" points at nothing
    ("Acme says that the model will be retired on 9 March 2027.", "en", "deprecated",
     "2027-03-09"),
    # Czech, Slovak, Polish: the pronoun "ten" with its verb is the last-named model
    ("Nova 2 nahrazuje Nova 1. Ten byl vypnut 3. května 2026.", "cs", None, None),
    ("Nova 2 nahrádza Nova 1. Ten bol vypnutý 3. mája 2026.", "sk", None, None),
    ("Nova 2 zastępuje Nova 1. Ten został wyłączony 3 maja 2026.", "pl", None, None),
])
def test_a_demonstrative_points_back_to_the_model_named_last(text, locale, status, when):
    lc = read_lifecycle(text, "nova-2", "Nova 2", today=TODAY, locale=locale)
    assert (lc.status, lc.status_date) == (status, when)



def test_switching_off_a_feature_of_this_model_ends_nothing_in_portuguese():
    lc = read_lifecycle("A Acme desligará o modo de raciocínio do Nova 2 em 15 de março de 2027.",
                        "nova-2", "Nova 2", today=TODAY, locale="pt")
    assert (lc.status, lc.status_date) == (None, None)
