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
