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
