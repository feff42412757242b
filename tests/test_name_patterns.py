"""A model's name is found however the page spells its separators, and never inside a longer
name or word (``catalog.meaning.prose.own_name_patterns``)."""

from __future__ import annotations

from catalog.meaning.prose import own_name_patterns


def spans(name: str, text: str) -> list[tuple[int, int]]:
    (pattern,) = own_name_patterns({name})
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def test_any_run_of_separators_joins_the_parts():
    for text in ("gpt-4o", "gpt 4o", "gpt.4o", "gpt_4o", "gpt - 4o", "gpt·4o", "gpt[4o]",
                 "gpt\u00a04o", "gpt4o"):
        assert spans("gpt-4o", text) == [(0, len(text.rstrip("]")))], text


def test_a_name_inside_a_longer_name_or_word_is_not_found():
    assert spans("gpt-4o", "gpt-4o-mini") == []
    assert spans("gpt-4o", "xgpt-4o") == []
    assert spans("gpt-4o", "a.gpt-4o") == []
    assert spans("gpt-4o", "gpt-4o.5") == []
    assert spans("o3", "o3 and o3-pro, o3.") == [(0, 2), (15, 17)]
    assert spans("nova-5-ultra", "use nova 5·ultra now") == [(4, 16)]


def test_own_name_patterns_keeps_only_names_the_text_can_hold():
    patterns = own_name_patterns({"gpt-4o", "claude-3"}, "GPT-4o is here")
    assert [[m.span() for m in p.finditer("gpt-4o is here")] for p in patterns] == [[(0, 6)]]
