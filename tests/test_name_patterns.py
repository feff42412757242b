"""``NamePattern.spans`` finds exactly what its regex finds (it skips compiling one)."""

from __future__ import annotations

import random

from catalog.meaning.prose import NamePattern, own_name_patterns

NAMES = ["gpt-4o", "gpt-4-1", "o3", "claude-3-5-sonnet", "nova-5-ultra", "qwen-flash", "a",
         "gpt-4.1", "x_y", "a-b", "kimi-k2-5", "model[1]", "é-1", "gpt-4o-mini", "4o", "1-2-3"]
PIECES = ["gpt", "4o", "4", "-", ".", "_", " ", "  ", "·", "[", "]", "\u00a0", "\t", "o3", "a",
          "b", "x", "y", "1", "2", "3", "-4", ".5", "mini", "claude", "sonnet", "nova", "ultra",
          "5", "qwen", "flash", "kimi", "k2", "é", "model", "(", ")", ",", "/", "é1", "\u2009"]


def test_spans_agree_with_the_regex():
    rng = random.Random(7)
    texts = ["", "gpt-4o", "use gpt-4o-mini or gpt - 4o", "xgpt-4o", "a.gpt-4o", "gpt-4o.5",
             "gpt-4o-", "gpt-4o-a", "-gpt-4o", "o3 o3-o3", "1-2-3-4", "1 2 3", "nova 5·ultra"]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))) for _ in range(4000)]
    separators = ["", "-", " ", ".", "_", "·", "[", "]", "--", " - ", "\u00a0", "-.", "/", "x"]
    for name in NAMES:
        parts = [part for part in name.split("-") if part]
        pattern = NamePattern(parts)
        spelled = ["".join(rng.choice(PIECES[:20]) for _ in range(rng.randint(0, 2)))
                   + "".join(part + rng.choice(separators) for part in parts)
                   + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 3)))
                   for _ in range(400)]
        assert any(pattern.spans(text) for text in spelled), name
        for text in texts + spelled:
            assert pattern.spans(text) == [(m.start(), m.end())
                                           for m in pattern.regex().finditer(text)], (name, text)


def test_own_name_patterns_keeps_only_names_the_text_can_hold():
    patterns = own_name_patterns({"gpt-4o", "claude-3"}, "GPT-4o is here")
    assert [p.spans("gpt-4o is here") for p in patterns] == [[(0, 6)]]
