"""A model's name is found however the page spells its separators, never inside a longer name
or word (``catalog.meaning.prose.name_spans``), and the loop that finds a slug's parts finds
what the name's regex finds."""

from __future__ import annotations

import random

from catalog.meaning.prose import _name_regex, name_spans, names_in

NAMES = ["gpt-4o", "gpt-4-1", "o3", "claude-3-5-sonnet", "nova-5-ultra", "qwen-flash", "a",
         "gpt-4.1", "x_y", "a-b", "kimi-k2-5", "model[1]", "é-1", "gpt-4o-mini", "4o", "1-2-3"]
PIECES = ["gpt", "4o", "4", "-", ".", "_", " ", "  ", "·", "[", "]", "\u00a0", "\t", "o3", "a",
          "b", "x", "y", "1", "2", "3", "-4", ".5", "mini", "claude", "sonnet", "nova", "ultra",
          "5", "qwen", "flash", "kimi", "k2", "é", "model", "(", ")", ",", "/", "é1", "\u2009"]


def test_any_run_of_separators_joins_the_parts():
    for text in ("gpt-4o", "gpt 4o", "gpt.4o", "gpt_4o", "gpt - 4o", "gpt·4o", "gpt\u00a04o",
                 "gpt4o"):
        assert name_spans("gpt-4o", text) == [(0, len(text))], text


def test_a_name_inside_a_longer_name_or_word_is_not_found():
    for text in ("gpt-4o-mini", "xgpt-4o", "a.gpt-4o", "gpt-4o.5"):
        assert name_spans("gpt-4o", text) == [], text
    assert name_spans("o3", "o3 and o3-pro, o3.") == [(0, 2), (15, 17)]
    assert name_spans("nova-5-ultra", "use nova 5·ultra now") == [(4, 16)]


def test_the_loop_finds_what_the_regex_finds():
    rng = random.Random(7)
    texts = ["", "gpt-4o", "use gpt-4o-mini or gpt - 4o", "xgpt-4o", "a.gpt-4o", "gpt-4o.5",
             "gpt-4o-", "gpt-4o-a", "-gpt-4o", "o3 o3-o3", "1-2-3-4", "1 2 3", "nova 5·ultra"]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))) for _ in range(4000)]
    separators = ["", "-", " ", ".", "_", "·", "[", "]", "--", " - ", "\u00a0", "-.", "/", "x"]
    for name in NAMES:
        parts = [part for part in name.split("-") if part]
        regex = _name_regex(tuple(parts))
        spelled = ["".join(rng.choice(PIECES[:20]) for _ in range(rng.randint(0, 2)))
                   + "".join(part + rng.choice(separators) for part in parts)
                   + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 3)))
                   for _ in range(400)]
        assert any(name_spans(name, text) for text in spelled), name
        for text in texts + spelled:
            assert name_spans(name, text) == [m.span() for m in regex.finditer(text)], (name, text)


def test_names_in_keeps_only_names_the_text_can_hold():
    assert names_in({"gpt-4o", "claude-3"}, "GPT-4o is here") == ["gpt-4o"]


def test_a_variant_after_a_bracketed_tier_names_another_model():
    """"FLUX 1.1 [pro] Ultra" is a sibling of FLUX 1.1 [pro], even when the page links to it
    nowhere: its figure is not this model's."""
    from catalog.meaning.prose import whose

    sentence = "The lab lists its sibling, FLUX 1.1 [pro] Ultra, at $0.06 per image."
    assert whose(sentence, sentence.index("$"), {"flux-1-1-pro"}) is False
    assert whose("FLUX 1.1 [pro] costs $0.04.", 21, {"flux-1-1-pro"}) is True
