"""Sizes, lifecycle and commercial use stated in prose, in wordings of our own, each read as a
scrape reads it (issue 20, round 3): whose sentence it is, exact figures after rounded ones, and
CLDR's long number words."""

from __future__ import annotations

import pytest

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


def test_an_exact_figure_restating_a_bounded_rounded_one_is_the_limit():
    # the bound ("höchstens") stands before the rounding, not before the exact figure
    doc = page(["Eine Antwort umfasst höchstens rund 16 Tausend Token, genau gesagt 16.384 Token."],
               ["Eingabe:$2/M", "Ausgabe:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/de/models/acme/alpha-coder-2/")
    assert record.max_output_tokens == 16_384


def test_an_exact_figure_after_a_semicolon_restates_the_rounded_one():
    doc = page(["The context window is about 1M tokens; to be precise, 1,048,576 tokens."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    assert read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/").context_window \
        == 1_048_576


def test_a_danda_ends_the_sentence_between_a_figure_and_a_later_output_word():
    # "…exactly 10,48,576 tokens। In one answer at most 32,768" (Hindi): the danda is a stop
    doc = page(["इसकी संदर्भ विंडो लगभग 10 लाख टोकन की है; ठीक-ठीक 10,48,576 टोकन। "
                "एक उत्तर में अधिकतम 32,768 टोकन।"],
               ["इनपुट:$2/M", "आउटपुट:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/hi/models/acme/alpha-coder-2/")
    assert record.context_window == 1_048_576


def test_an_inflected_long_number_word_is_the_number():
    # Mongolian writes "мянга" (thousand) as "мянган" before the noun it counts
    doc = page(["Энэ загварын контекстийн цонх 32 мянган токен."],
               ["Оролт:$2/M", "Гаралт:$8/M"], name="Alpha Coder 2")
    assert read(doc, "https://www.cometapi.com/mn/models/acme/alpha-coder-2/").context_window \
        == 32_000


def test_a_short_number_word_with_letters_run_on_is_another_word():
    from scrapers.reading.grammar import find_sizes

    assert find_sizes("We shipped 128 milk cartons.", "pt") == []


def test_a_context_root_written_with_vowel_signs_is_found_in_prose():
    # Gujarati (no vocabulary file): સંદર્ભ (context) is letters and vowel signs, one word
    doc = page(["મોટા મોડેલ કરતાં નાનું, Alpha Coder 2 ની સંદર્ભ વિન્ડો 64,000 ટોકન છે."],
               ["ઇનપુટ:$2/M", "આઉટપુટ:$8/M"], name="Alpha Coder 2")
    assert read(doc, "https://www.cometapi.com/gu/models/acme/alpha-coder-2/").context_window \
        == 64_000


def test_the_lines_under_another_models_name_are_that_models():
    # a card that links nowhere, under a heading no vocabulary knows: its size is Beta Writer's
    doc = page(["Alpha Coder 2 writes code.</p><section><h2>Aner</h2><div><h3>Beta Writer</h3>"
                "<div>Eingang:$1/M</div><div>Kontext:1M</div><p>Schreibt Romane.</p></div>"
                "</section><p>"], ["Eingang:$2/M", "Ausgang:$8/M"], name="Alpha Coder 2")
    assert read(doc, "https://www.cometapi.com/lb/models/acme/alpha-coder-2/").context_window \
        is None


def test_a_thai_word_written_with_sara_am_is_found():
    # คำตอบ (answer) is written with the one character ำ; NFKC splits it in two
    doc = page(["โมเดลนี้ตอบได้ยาวที่สุด 4,096 โทเค็นในคำตอบเดียว"], ["อินพุต:$2/M", "เอาต์พุต:$8/M"],
               name="Alpha Coder 2")
    assert read(doc, "https://www.cometapi.com/th/models/acme/alpha-coder-2/").max_output_tokens \
        == 4_096


def test_the_models_name_without_its_family_word_is_this_model():
    doc = page(["Acme Writer 3.5 is our long-form model.",
                "Writer 3.5 can return as many as 16,000 tokens in one reply."],
               ["Input:$2/M", "Output:$8/M"], name="Acme Writer 3.5")
    assert read(doc, "https://www.cometapi.com/models/acme/acme-writer-3-5/").max_output_tokens \
        == 16_000


def test_a_bare_version_is_not_this_models_name():
    from catalog.meaning.prose import mentions

    # "V7" may be any generation's: it stays another model's name
    assert [m[2] for m in mentions("Prompts will be served by V7.", {"acme-paint-v7"})] == [False]


def test_an_exact_power_of_two_in_an_output_sentence_is_the_limit():
    doc = page(["Each reply it writes can be 16,384 tokens long."], ["Input:$2/M", "Output:$8/M"],
               name="Alpha Coder 2")
    assert read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/").max_output_tokens \
        == 16_384


def test_a_bound_before_the_output_word_makes_a_limit():
    doc = page(["The longest single completion it hands you is 6,000 tokens."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    assert read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/").max_output_tokens \
        == 6_000


def test_an_image_side_is_no_output_limit():
    doc = page(["In a single call it draws one picture, 1024×1024 or 2048 x 2048."],
               ["Per image:$0.04"], name="Alpha Paint 2")
    assert read(doc, "https://www.cometapi.com/models/acme/alpha-paint-2/").max_output_tokens \
        is None


def test_a_ukrainian_reach_verb_bounds_an_output():
    # "може сягати" (may reach): a bound, as "може досягати" is
    doc = page(["Одна відповідь може сягати 20 тис. токенів."], ["Вхід:$2/M", "Вихід:$8/M"],
               name="Alpha Coder 2")
    assert read(doc, "https://www.cometapi.com/uk/models/acme/alpha-coder-2/").max_output_tokens \
        == 20_000


def test_output_borrowed_in_another_script_names_the_output():
    # Gujarati (no vocabulary file) writes "output" as આઉટપુટ; 16,384 is an exact power of two
    doc = page(["એક જવાબમાં મોડેલ વધુમાં વધુ 16,384 ટોકન સુધીનો આઉટપુટ આપે છે."],
               ["ઇનપુટ:$2/M", "આઉટપુટ:$8/M"], name="Alpha Coder 2")
    assert read(doc, "https://www.cometapi.com/gu/models/acme/alpha-coder-2/").max_output_tokens \
        == 16_384


def test_the_english_word_output_on_such_a_page_is_the_english_vocabularys():
    doc = page(["It returns a matching set of outputs at up to 4K resolution."],
               ["ઇનપુટ:$2/M", "આઉટપુટ:$8/M"], name="Alpha Paint 2")
    assert read(doc, "https://www.cometapi.com/gu/models/acme/alpha-paint-2/").max_output_tokens \
        is None


def test_a_family_word_and_capitalized_words_name_another_model_in_a_coordinated_clause():
    # "Vega Draft Mini" has no digit, yet it is the subject of the clause holding the figure
    doc = page(["For long briefs Vega 7 Max reads 1,000,000 tokens at once, and Grok Scribe "
                "Mini returns at most 12,000 output tokens in a single reply."],
               ["Input:$2/M", "Output:$8/M"], name="Grok 7")
    record = read(doc, "https://www.cometapi.com/models/x-ai/grok-7/")
    assert record.max_output_tokens is None
    assert record.context_window is None


def test_a_family_word_and_the_start_of_this_models_name_is_this_model():
    doc = page(["Grok Scribe returns at most 12,000 output tokens in a single reply."],
               ["Input:$2/M", "Output:$8/M"], name="Grok Scribe 2")
    record = read(doc, "https://www.cometapi.com/models/x-ai/grok-scribe-2/")
    assert record.max_output_tokens == 12_000


# An exact figure found by its value: a size the page states only rounded, given exactly in
# a sentence whose words no vocabulary knows (here Welsh, which has no vocabulary file).
_WELSH = "https://www.cometapi.com/cy/models/acme/alpha-coder-2/"
_ROUNDED_HEADER = ["Input:$2/M", "Output:$8/M", "Context:128K", "Max Output:8K"]


def test_an_exact_figure_in_any_language_refines_the_rounded_size_it_restates():
    doc = page(["Mae Alpha Coder 2 yn darllen hyd at 131,072 o unedau mewn un cais.",
                "Gall ysgrifennu 8,192 o unedau mewn un ateb."], _ROUNDED_HEADER,
               name="Alpha Coder 2")
    record = read(doc, _WELSH)
    assert (record.context_window, record.max_output_tokens) == (131_072, 8_192)
    assert "Mae Alpha Coder 2 yn darllen hyd at 131,072 o unedau mewn un cais." in \
        record.evidence["context_window"]


def test_two_different_exact_figures_for_one_rounded_size_refine_nothing():
    doc = page(["Mae Alpha Coder 2 yn darllen 131,072 o unedau.", "Weithiau 126,000 o unedau."],
               _ROUNDED_HEADER, name="Alpha Coder 2")
    assert read(doc, _WELSH).context_window == 128_000


def test_an_exact_figure_another_model_states_refines_nothing():
    doc = page(["Mae Omega 3.1 yn darllen 131,072 o unedau."], _ROUNDED_HEADER,
               name="Alpha Coder 2")
    assert read(doc, _WELSH).context_window == 128_000


def test_a_figure_as_near_the_pages_other_size_refines_neither():
    # a 128K context beside a 128K output: which one 131,072 makes exact, nothing says
    header = ["Input:$2/M", "Output:$8/M", "Context:128K", "Max Output:128K"]
    record = read(page(["Mae'n darllen 131,072 o unedau."], header, name="Alpha Coder 2"),
                  _WELSH)
    assert (record.context_window, record.max_output_tokens) == (128_000, 128_000)


# Header sizes under labels no vocabulary places, read by the word the page's own header puts
# over the output price (Welsh "Allbwn"): "Allbwn uchaf" (highest output) is the output limit.
def test_a_size_label_holding_the_pages_own_output_word_is_the_output_limit():
    header = ["Mewnbwn:$2/M", "Allbwn:$8/M", "Cyd-destun:200K", "Allbwn uchaf:100K"]
    record = read(page([], header, name="Alpha Coder 2"), _WELSH)
    assert (record.context_window, record.max_output_tokens) == (200_000, 100_000)


def test_the_other_size_is_the_context_only_when_larger_than_the_output_limit():
    header = ["Mewnbwn:$2/M", "Allbwn:$8/M", "Cyfradd:8K", "Allbwn uchaf:100K"]
    record = read(page([], header, name="Alpha Coder 2"), _WELSH)
    assert (record.context_window, record.max_output_tokens) == (None, 100_000)


def test_two_output_words_in_size_labels_teach_nothing():
    header = ["Mewnbwn:$2/M", "Allbwn:$8/M", "Allbwn hir:200K", "Allbwn uchaf:100K"]
    record = read(page([], header, name="Alpha Coder 2"), _WELSH)
    assert (record.context_window, record.max_output_tokens) == (None, None)


def test_an_exact_limit_restating_an_unbounded_rounded_output_figure_is_the_limit():
    # the rounded figure is no limit by itself (nothing bounds "about 8 thousand"); the exact
    # power of two restating it after the semicolon is
    doc = page(["В одном ответе модель пишет около 8 тысяч токенов; точный предел — 8 192."],
               ["Ввод:$2/M", "Вывод:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/ru/models/acme/alpha-coder-2/")
    assert record.max_output_tokens == 8192


def test_an_exact_use_restating_an_unbounded_rounded_output_figure_is_no_limit():
    doc = page(["В одном ответе на картинку уходит около 1 тысячи токенов; точнее, 1 056."],
               ["Ввод:$2/M", "Вывод:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/ru/models/acme/alpha-coder-2/")
    assert record.max_output_tokens is None


@pytest.mark.parametrize("verb", ["отвечает", "ответит"])
def test_the_verb_of_answering_bounds_an_output_figure_in_russian(verb):
    # the sentence says output with the verb of "ответ" (answer), not the noun
    doc = page(["Контекст Alpha Coder 2 составляет 131 072 токена. "
                f"На любой вопрос модель {verb} текстом до 16 тысяч токенов."],
               ["Ввод:$2/M", "Вывод:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/ru/models/acme/alpha-coder-2/")
    assert (record.context_window, record.max_output_tokens) == (131_072, 16_000)


# The header's order places what no word does: token prices, then the context window, then
# the output limit (Welsh labels the vocabulary does not have).
def test_the_one_size_after_a_headers_token_prices_is_the_context_window():
    header = ["Mewnbwn:$2/M", "Allbwn:$8/M", "Cyd-destun:128K"]
    record = read(page([], header, name="Alpha Coder 2"), _WELSH)
    assert (record.context_window, record.max_output_tokens) == (128_000, None)


def test_two_sizes_after_the_prices_are_context_then_output_when_the_larger_comes_first():
    header = ["Mewnbwn:$2/M", "Allbwn:$8/M", "Cyd-destun:200K", "Terfyn ateb:100K"]
    record = read(page([], header, name="Alpha Coder 2"), _WELSH)
    assert (record.context_window, record.max_output_tokens) == (200_000, 100_000)


def test_two_sizes_with_the_smaller_first_say_nothing_by_order():
    header = ["Mewnbwn:$2/M", "Allbwn:$8/M", "Terfyn ateb:100K", "Cyd-destun:200K"]
    record = read(page([], header, name="Alpha Coder 2"), _WELSH)
    assert (record.context_window, record.max_output_tokens) == (None, None)


def test_a_resolution_on_a_page_priced_per_second_is_no_context():
    header = ["Yr eiliad:$0.08", "Cydraniad:4K"]
    record = read(page([], header, name="Alpha Coder 2"), _WELSH)
    assert record.context_window is None


def test_a_smaller_size_after_a_known_context_is_the_output_limit():
    header = ["Mewnbwn:$2/M", "Allbwn:$8/M", "Context:200K", "Terfyn ateb:64K"]
    record = read(page([], header, name="Alpha Coder 2"), _WELSH)
    assert (record.context_window, record.max_output_tokens) == (200_000, 64_000)


def test_another_subject_in_a_coordinated_clause_leaves_the_first_clauses_size_alone():
    # "beta" speaks of what follows ", whereas": the 128K before it is this model's
    doc = page(["It keeps a 128K-token window, whereas Omega 2 was offered with a 1M-token "
                "context in beta."], ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    assert read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/").context_window \
        == 128_000


def test_a_rate_after_the_prices_is_no_context():
    header = ["Mewnbwn:$2/M", "Allbwn:$8/M", "Cyfradd:100K RPM"]
    assert read(page([], header, name="Alpha Coder 2"), _WELSH).context_window is None
def _commercial(body: list[str], header: tuple[str, ...] = ("Per image:$0.03",)):
    doc = page(["<h2>About</h2>", *body], list(header), name="Pixel Forge 2")
    return read(doc, "https://www.cometapi.com/is/models/acme/pixel-forge-2/")


def test_commercial_use_said_in_an_english_sentence_is_read_with_its_polarity():
    assert _commercial(["Pictures made with Pixel Forge 2 may be used in commercial "
                        "products and adverts."]).commercial_use is True
    assert _commercial(["Its weights are licensed for commercial deployments."]
                       ).commercial_use is True
    assert _commercial(["Outputs cannot be used commercially."]).commercial_use is False
    assert _commercial(["The model may be used for non-commercial research."]
                       ).commercial_use is False


def test_an_english_question_about_commercial_use_is_answered_by_the_next_sentence():
    yes = _commercial(["Is Pixel Forge 2 allowed in commercial work?", "Yes, with no extra fee."])
    assert yes.commercial_use is True
    no = _commercial(["May I use its pictures commercially?", "No. They are for testing only."])
    assert no.commercial_use is False
    unanswered = _commercial(["Can I use it commercially?", "Ask the provider's sales team."])
    assert unanswered.commercial_use is None


def test_commercial_without_a_word_of_use_states_nothing():
    record = _commercial(["Pixel Forge 2 is popular with commercial photographers."])
    assert record.commercial_use is None
    # "commercial" qualifying what is written, not what is used
    record = _commercial(["Use it to write commercial jingles and scripts."])
    assert record.commercial_use is None


def test_a_commercial_use_label_with_a_negated_value_is_no_badge():
    record = _commercial([], header=("Per image:$0.03", "Uso comercial: non permitido"))
    assert record.commercial_use is False
    record = _commercial([], header=("Per image:$0.03", "Uso comercial"))
    assert record.commercial_use is True
    for mark, allowed in (("✓", True), ("✗", False), ("❌", False)):
        record = _commercial([], header=("Per image:$0.03", f"Commercial use: {mark}"))
        assert record.commercial_use is allowed, mark
        # no colon, the mark in an element of its own
        record = _commercial([], header=("Per image:$0.03",
                                         f"<span>Commercial use</span><span>{mark}</span>"))
        assert record.commercial_use is allowed, mark


def test_commercial_use_of_another_model_is_not_this_ones():
    record = _commercial(["Commercial use of Pixel Forge 1 outputs is not allowed."])
    assert record.commercial_use is None
    record = _commercial(["Commercial use of this model is allowed under the Forge 1 licence."])
    assert record.commercial_use is True


def test_commercial_and_non_commercial_use_together_allow_it():
    assert _commercial(["Licensed for commercial and non-commercial use."]).commercial_use is True
    assert _commercial(["Licensed for non-commercial use only."]).commercial_use is False


def test_commercial_use_that_depends_on_something_is_neither_yes_nor_no():
    for said in ("Commercial use requires a separate enterprise agreement.",
                 "Commercial use is subject to the provider's own terms.",
                 "You must obtain a paid licence for commercial use."):
        assert _commercial([said]).commercial_use is None, said
    assert _commercial(["You must not use it commercially."]).commercial_use is False


def test_a_family_model_shortened_in_a_sentence_is_the_model_its_title_names():
    # "Omega Medium 3" stands alone on a line (a card that links nowhere): "Medium 3" in the
    # sentence is that model, and its list price no official price of Omega Large 2
    doc = page(["Omega lists Medium 3 at $0.40 per million input tokens and $2 per million "
                "output tokens, so Large is the pricier choice.", "Omega Medium 3"],
               ["Input:$1.6/M", "Output:$4.8/M"], name="Omega Large 2")
    record = read(doc, "https://www.cometapi.com/models/omega/omega-large-2/")
    assert [(p.kind, p.official_usd) for p in record.prices] == [("input", None),
                                                                 ("output", None)]


def test_a_tier_row_read_also_as_a_header_line_is_one_price():
    # a grid of divs right under the heading: its rows are header lines ("Basic · 480p" and
    # "$0.04") and the rows of a table whose column says per second; one price each
    doc = ("<html><body><h1>Alpha Video 2</h1><div><div><div>Mode</div><div>Price per second"
           "</div></div><div><div>Basic · 480p</div><div>$0.04</div></div><div><div>Plus · "
           "1080p</div><div>$0.12</div></div></div><p>Alpha Video 2 turns prompts into clips."
           "</p></body></html>")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-video-2/")
    assert [(p.kind, str(p.usd), p.tier) for p in record.prices] == [
        ("per_second", "0.04", "Basic · 480p"), ("per_second", "0.12", "Plus · 1080p")]


def test_a_model_described_by_a_word_of_its_name_is_that_model():
    """"… cheaper than vela-4-deep. The deep variant also has a 512K context": the description
    names vela-4-deep by a word of its name, so the size is that model's; "The Fast version" on
    Vela 4 Fast's own page is this model."""
    other = page(["Vela 4 costs a third less than vela-4-deep, billed at $1/$4 per million tokens. "
                  "The deep variant also has a 512K context and writes up to 64K tokens."],
                 ["Input:$0.6/M", "Output:$2.4/M"], name="Vela 4")
    record = read(other, "https://www.cometapi.com/models/acme/vela-4/")
    assert (record.context_window, record.max_output_tokens) == (None, None)
    ours = page(["Vela 4 Fast is quicker than vela-4. The Fast version has a 128K context window."],
                ["Input:$0.6/M", "Output:$2.4/M"], name="Vela 4 Fast")
    assert read(ours, "https://www.cometapi.com/models/acme/vela-4-fast/").context_window \
        == 128_000


@pytest.mark.parametrize(("sentence", "output"), [
    ("Alpha Coder 2 reads a 200K context and can return up to 32,768 tokens.", 32_768),
    ("In one reply Alpha Coder 2 emits up to 16,384 tokens.", 16_384),
    ("Alpha Coder 2 writes up to 8,192 tokens per turn.", 8_192),
    # traps: a count that is no token count, and another model's output
    ("Alpha Coder 2 can return up to 50 search results.", None),
    ("Its predecessor Alpha Coder 1 could output up to 4,096 tokens.", None),
])
def test_a_verb_of_producing_bounds_the_output(sentence, output):
    """The English verbs of producing (generate, produce, return, emit, write, output) with a
    bound after them state the output limit, as "generates up to" does."""
    doc = page([sentence], ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    assert read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/").max_output_tokens \
        == output
