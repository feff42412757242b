"""A model's name is found however the page spells its separators, never inside a longer name
or word (``catalog.meaning.prose.name_spans``)."""

from __future__ import annotations

import random

from catalog.meaning.prose import name_spans, names_in

NAMES = ["gpt-4o", "gpt-4-1", "o3", "claude-3-5-sonnet", "nova-5-ultra", "qwen-flash", "a",
         "gpt-4.1", "x_y", "a-b", "kimi-k2-5", "model[1]", "é-1", "gpt-4o-mini", "4o", "1-2-3"]
#: runs a page may write between a name's parts
SEPARATORS = ["", "-", " ", ".", "_", "·", "[", "]", "--", " - ", "\u00a0", "\t", "-.", " ·  ["]
#: what may stand before or after a name without making it part of a longer one
OUTSIDE = ["", " ", "(", ")", ",", "/", "é", "-", ".", " use ", "«"]


def test_any_run_of_separators_joins_the_parts():
    for text in ("gpt-4o", "gpt 4o", "gpt.4o", "gpt_4o", "gpt - 4o", "gpt·4o", "gpt\u00a04o",
                 "gpt4o"):
        assert name_spans("gpt-4o", text) == [(0, len(text))], text


def test_a_name_inside_a_longer_name_or_word_is_not_found():
    for text in ("gpt-4o-mini", "xgpt-4o", "a.gpt-4o", "gpt-4o.5", "gpt-4o-a", "1gpt-4o"):
        assert name_spans("gpt-4o", text) == [], text
    assert name_spans("o3", "o3 and o3-pro, o3.") == [(0, 2), (15, 17)]
    assert name_spans("nova-5-ultra", "use nova 5·ultra now") == [(4, 16)]
    assert name_spans("gpt-4.1", "gpt 4.1 and gpt-4.10") == [(0, 7)]


def test_a_name_without_parts_names_nothing():
    assert name_spans("", "any text") == []
    assert name_spans("--", "a -- b") == []


def test_every_spelling_of_a_name_is_found_where_it_stands():
    rng = random.Random(7)
    for name in NAMES:
        parts = [part for part in name.split("-") if part]
        for _ in range(300):
            core = "".join(part + rng.choice(SEPARATORS) for part in parts[:-1]) + parts[-1]
            before = rng.choice(OUTSIDE)
            if before.endswith(("-", ".")):
                before = rng.choice([" ", "("]) + before  # "-gpt-4o" is no longer name's tail
            after = rng.choice(OUTSIDE)
            text = before + core + after
            assert name_spans(name, text) == [(len(before), len(before) + len(core))], (name,
                                                                                       text)


def test_names_in_keeps_only_names_the_text_can_hold():
    assert names_in({"gpt-4o", "claude-3"}, "GPT-4o is here") == ["gpt-4o"]


def test_a_variant_after_a_bracketed_tier_names_another_model():
    """"FLUX 1.1 [pro] Ultra" is a sibling of FLUX 1.1 [pro], even when the page links to it
    nowhere: its figure is not this model's."""
    from catalog.meaning.prose import whose

    sentence = "The lab lists its sibling, FLUX 1.1 [pro] Ultra, at $0.06 per image."
    assert whose(sentence, sentence.index("$"), {"flux-1-1-pro"}) is False
    assert whose("FLUX 1.1 [pro] costs $0.04.", 21, {"flux-1-1-pro"}) is True


def test_the_end_of_this_models_name_with_its_version_names_it():
    """"the 3.1 Ultra model" on Vega 3.1 Ultra's page is this model; "Vega 3.1 Ultra Max" and
    a family's word alone are not."""
    from catalog.meaning.prose import mentions

    names = {"vega-3-1-ultra"}
    assert mentions("Acme said the 3.1 Ultra model ends.", names) == [
        (14, 23, True, "3.1 Ultra")]
    assert [m[2] for m in mentions("Use Vega 3.1 Ultra Max now.", names)] == [False]
    assert mentions("The Ultra model ends.", names) == []


def test_a_date_is_never_a_models_name():
    """"From 20.04.2027" is a capitalized word and figures, as "Gemini 2.5" is: with the word
    cut off as no part of a name, figures alone name no model."""
    from catalog.meaning.prose import mentions

    assert mentions("From 20.04.2027 requests are refused.", {"vega-2"}) == []


def test_a_name_read_without_its_pattern_is_found_where_the_pattern_finds_it():
    """``name_spans`` reads most names by hand (``_name_end``) instead of compiling their
    pattern: on random names and texts made of their parts, separators of every kind (Unicode
    spaces among them), letters and digits, it finds what the pattern finds."""
    from catalog.meaning.prose import _pattern_spans

    rng = random.Random(20)
    pieces = ["gpt", "4o", "4", "o", "1", "a", "pro", "4.1", "x_y", "é", "[1]", "ß"]
    glue = ["", "-", " ", ".", "_", "·", "[", "]", "\u00a0", "\u2009", "\t", "\n", "\x1c", "a",
            "1", "-a", ".1", "(", "é"]
    names = [*NAMES, ".net-4", "a-.b", "x-_y", "k-[2]", "m- 3"]
    for _ in range(300):
        names.append("-".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))))
    for name in names:
        parts = [part for part in name.split("-") if part]
        if not parts:
            continue
        for _ in range(40):
            text = "".join(rng.choice(pieces + glue + parts * 2) for _ in range(rng.randint(1, 12)))
            assert name_spans(name, text) == _pattern_spans(name, text, parts[0]), (name, text)
