"""Sizes in prose, round 5 of issue 20: a count of tokens said of this model is a size even in
a sentence whose words the reader does not know, placed by what the page itself states. Every
sentence here is our own wording, each read as a scrape reads it."""

from __future__ import annotations

from tests.test_real_page_wordings import page, read


def test_a_rounded_figure_after_a_capitalized_word_is_no_models_name():
    # "The 256K" read as a model's name made the exact figure after it that model's
    doc = page(["The 256K shown at the top of this page is a rounded figure: the exact context length "
                "is 262,144 tokens."],
               ["Input:$2/M", "Output:$8/M", "Context:256K"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
    assert record.context_window == 262_144


def test_a_word_of_the_figures_own_clause_claims_it_before_one_across_a_comma():
    # "Antwort" after the comma is nearer the first figure than "Kontextfenster", but it is the
    # next clause's word
    doc = page(["Das Kontextfenster von Alpha Coder 2 beträgt 200 Tausend Token, und eine Antwort "
                "kann bis zu 64 Tausend Token lang sein."],
               ["Eingabe:$2/M", "Ausgabe:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/de/models/acme/alpha-coder-2/")
    assert (record.context_window, record.max_output_tokens) == (200_000, 64_000)


def test_an_output_figure_in_the_sentence_stating_the_context_is_the_limit():
    # no bound word: the sentence states the model's two limits side by side
    doc = page(["The context window of Alpha Coder 2 is 200,000 tokens, and one answer holds "
                "100 thousand tokens."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
    assert (record.context_window, record.max_output_tokens) == (200_000, 100_000)


def test_a_thousand_after_a_per_word_beside_a_price_is_no_size():
    # in the sentence stating the context, "1K output tokens" would be an output limit
    doc = page(["Alpha Coder 2 reads a 128K context window and is billed at $0.002 per 1K "
                "output tokens."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
    assert (record.context_window, record.max_output_tokens) == (128_000, None)
