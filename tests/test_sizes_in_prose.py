"""Sizes, lifecycle and commercial use stated in prose, in wordings of our own, each read as a
scrape reads it (issue 20, round 3): whose sentence it is, exact figures after rounded ones, and
CLDR's long number words."""

from __future__ import annotations

from tests.test_real_page_wordings import page, read


def test_an_article_starting_the_sentence_is_no_part_of_the_models_name():
    doc = page(["O Alpha Coder 2 trabalha com uma janela de contexto de 256 mil tokens."],
               ["Entrada:$2/M", "Saída:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/pt/models/acme/alpha-coder-2/")
    assert record.context_window == 256_000


def test_a_models_name_between_the_context_word_and_its_figure_does_not_hide_it():
    # the version's digits in "Alpha Coder 2" are no figure standing between word and size
    doc = page(["Das Kontextfenster von Alpha Coder 2 umfasst 256 Tausend Token."],
               ["Eingabe:$2/M", "Ausgabe:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/de/models/acme/alpha-coder-2/")
    assert record.context_window == 256_000


def test_a_figure_inside_another_models_name_is_no_size():
    # the name is blanked for what stands between word and figure, and "70B" is in it
    doc = page(["The long context window of Alpha Coder 2 was distilled from Omega 3.1 70B."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
    assert record.context_window is None
