"""The vocabulary's words are found by one automaton per word list, in ASCII, in other scripts
and in text that mixes them (``catalog.meaning.prose.find_words``, ``has_word``;
``scrapers.reading.grammar.may_hold_size`` and ``find_sizes`` for number words)."""

from __future__ import annotations

from catalog.meaning.prose import find_words, has_word
from scrapers.reading.grammar import find_sizes, may_hold_size


def spans(key: str, text: str) -> list[tuple[int, int, str]]:
    return [(hit.start, hit.end, hit.text) for hit in find_words(key, text)]


def test_words_of_every_script_are_found_where_they_stand():
    assert spans("context_words", "The context window is 128K.") == [(4, 18, "context window")]
    assert spans("context_words", "上下文长度为128K") == [(0, 5, "上下文长度")]
    # one text, two scripts: the automaton holds the words of every language
    assert spans("context_words", "The 컨텍스트 window and the context length") == [
        (4, 8, "컨텍스트"), (9, 15, "window"), (24, 38, "context length")]
    assert spans("context_words", "Das Kontextfenster: 1 Mio. Token; context window") == [
        (4, 18, "Kontextfenster"), (34, 48, "context window")]


def test_a_word_of_a_spaced_script_starts_a_word_and_the_longest_of_overlapping_words_wins():
    assert spans("context_words", "Precontext window") == [(11, 17, "window")]
    assert spans("max_output_words", "maximum output tokens and max output") == [
        (0, 14, "maximum output"), (26, 36, "max output")]


def test_has_word_agrees_with_find_words():
    for text in ("The context window is 128K.", "上下文长度为128K", "Precontext", "no size here"):
        for key in ("context_words", "max_output_words", "this_model_words"):
            assert has_word(key, text) == bool(find_words(key, text)), (key, text)


def test_number_words_of_every_script():
    assert may_hold_size("one million tokens") and may_hold_size("一百万")
    assert not may_hold_size("no figure here") and not may_hold_size("gpt-4o only")
    assert [s.tokens for s in find_sizes("un million de jetons")] == [1_000_000]
    assert [(s.tokens, s.text) for s in find_sizes("上下文 一百万 tokens")] == [
        (1_000_000, "一百万")]
