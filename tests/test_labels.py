"""Label lookups of the CometAPI reader (scrapers/reading/labels.py): the words of every
language's vocabulary file, found by meaning."""

from __future__ import annotations

import pytest

from scrapers.reading import labels


@pytest.mark.parametrize(("label", "meaning"), [
    ("Input", "input"), ("입력", "input"), ("Entrée", "input"), ("  INPUT ", "input"),
    ("Per Second", "per_second"), ("Context", "context"), ("Kontextfenster", "context"),
    ("Commercial Use", "commercial_use"), ("Official Price", "official_price"),
    ("blah", None), ("", None),
])
def test_a_label_means_what_its_vocabulary_says(label, meaning):
    assert labels.meaning_of(label) == meaning


def test_a_sentence_is_never_looked_up_as_a_label():
    assert labels.meaning_of("Input " * 200) is None


@pytest.mark.parametrize(("header", "meaning"), [
    ("Comet Price (USD / M Tokens)", "seller_price"), ("Official Price", "official_price"),
    ("Discount vs official price", "discount"), ("Model", None),
])
def test_a_pricing_table_header_is_read_by_the_longest_phrase_it_holds(header, meaning):
    assert labels.column_meaning(header) == meaning


def test_unit_words_of_any_language():
    assert labels.unit_word("tokens") and labels.unit_word("토큰")
    assert not labels.unit_word("rocket")


def test_word_lists_are_longest_first_so_a_longer_phrase_wins():
    for words in (labels.label_words(), labels.prose_label_words(), labels.unit_words()):
        lengths = [len(word) for word, _ in words]
        assert lengths == sorted(lengths, reverse=True)
    assert {m for _, m in labels.prose_label_words()} == {"input", "output"}
    for first, words in labels.unit_words_by_first().items():
        assert all(word.startswith(first) for word, _ in words)
