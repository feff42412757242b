"""Sizes in prose, round 8 of issue 20: a language no vocabulary file has names the context or
the output by a word it shares with one that has (the word's consonant skeleton, as
``scrapers.reading.cognates`` folds it). Every sentence is our own wording."""

from __future__ import annotations

from scrapers.reading.vocabulary import vocabulary
from tests.test_real_page_wordings import page, read

_PRICES = ["Input:$2/M", "Output:$8/M"]


def _url(locale: str) -> str:
    assert vocabulary().language(locale) is None, f"{locale} has a vocabulary file now"
    return f"https://www.cometapi.com/{locale}/models/acme/alpha-coder-2/"


def test_a_cognate_of_a_files_context_word_names_the_context():
    # Sardinian "cuntestu" is Italian's "contesto" (both kntst); no root of cognates.py holds it
    doc = page(["Su cuntestu de Alpha Coder 2 est de 200.000 token."], _PRICES,
               name="Alpha Coder 2")
    record = read(doc, _url("sc"))
    assert record.context_window == 200_000
    assert "cuntestu" in record.evidence["context_window"][0]


def test_a_word_no_file_shares_gives_no_kind():
    # "Finestra" is a window, but the sentence counts the tokens a minute of audio costs:
    # the count is a use, and a word that is no file's size word places nothing
    doc = page(["Unu minutu de àudio costat a Alpha Coder 2 unos 1.500 token."], _PRICES,
               name="Alpha Coder 2")
    record = read(doc, _url("sc"))
    assert (record.context_window, record.max_output_tokens) == (None, None)


# ---- an exact figure restating the header's rounded one, in a clause of its own


def test_an_exact_figure_in_a_clause_whose_subject_is_the_window_is_this_models():
    # the clause before the colon names the predecessor; the clause after it is the window's
    doc = page(["Alpha Coder 2 doubles what Beta Coder 1 offered: the context window now takes "
                "131,072 tokens."], [*_PRICES, "Context:128K"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
    assert record.context_window == 131_072
    assert "131,072" in record.evidence["context_window"][0]


def test_a_label_colon_before_another_models_exact_figure_opens_no_clause():
    doc = page(["For comparison, Beta Coder 1: 131,072 tokens."], [*_PRICES, "Context:128K"],
               name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
    assert record.context_window == 128_000


def test_a_clause_naming_another_model_after_the_colon_keeps_its_figure():
    doc = page(["Two windows differ here: Beta Coder 1's context window takes 131,072 tokens."],
               [*_PRICES, "Context:128K"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
    assert record.context_window == 128_000


def test_a_clause_after_the_colon_of_a_sentence_about_another_model_is_that_models():
    # "its window" is Beta Coder 1's: the sentence opens with it as its subject
    for sentence in ("Beta Coder 1 doubles that: its context window takes 131,072 tokens.",
                     "The new Beta Coder 1 goes further: its window takes 131,072 tokens."):
        doc = page([sentence], [*_PRICES, "Context:128K"], name="Alpha Coder 2")
        record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
        assert record.context_window == 128_000, sentence
