"""Sizes, round 6 of issue 20: what governs a token count (a price tier's bound is no size; a
paragraph that states the context states the limits beside it). Every sentence here is our own
wording, each read as a scrape reads it."""

from __future__ import annotations

from tests.test_real_page_wordings import page, read

_CY = "https://www.cometapi.com/cy/models/acme/alpha-coder-2/"
_MAI = "https://www.cometapi.com/mai/models/acme/alpha-coder-2/"


def test_a_count_after_a_comparison_sign_is_a_tiers_bound_not_a_size():
    # "≤ 128K tocyn" heads a price tier: a threshold of the prompt's length, not the output
    doc = page(["Prisiau yn ôl hyd y cais:", "≤ 128K tocyn", "Mewnbwn $2/M", "Allbwn $8/M",
                "> 128K tocyn", "Mewnbwn $4/M", "Allbwn $12/M"],
               ["Mewnbwn:$2/M", "Allbwn:$8/M", "Cyd-destun:1M"], name="Alpha Coder 2")
    record = read(doc, _CY)
    assert (record.context_window, record.max_output_tokens) == (1_000_000, None)


def test_a_limit_like_output_figure_after_the_paragraphs_context_is_the_limit():
    # no bound word the reader knows ("धरि"): the paragraph states the model's two limits
    doc = page(["Alpha Coder 2 क कॉन्टेक्स्ट २,००,००० टोकन धरि अछि। एक बेर मे ई ३२,००० टोकन धरि "
                "आउटपुट दऽ सकैत अछि।"],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, _MAI)
    assert (record.context_window, record.max_output_tokens) == (200_000, 32_000)
    assert record.evidence["max_output_tokens"] == [
        "एक बेर मे ई ३२,००० टोकन धरि आउटपुट दऽ सकैत अछि।"]


def test_a_counted_output_figure_after_the_paragraphs_context_is_no_limit():
    # 1,056 tokens an image is a use, counted, not a limit set
    doc = page(["Alpha Coder 2 क कॉन्टेक्स्ट २,००,००० टोकन धरि अछि। एक चित्र लगभग १,०५६ टोकन "
                "आउटपुट लैत अछि।"],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, _MAI)
    assert (record.context_window, record.max_output_tokens) == (200_000, None)


_LB = "https://www.cometapi.com/lb/models/acme/alpha-coder-2/"


def test_a_capitalized_noun_is_no_name_where_the_sentence_capitalizes_its_token_word():
    # "Äntwert" is capitalized as every noun of the sentence is ("Tokens" too): no other
    # model's name, so the count is this model's and, beside its context, the output limit
    doc = page(["Alpha Coder 2 liest e Kontext vu 128.000 Tokens.",
                "An enger Äntwert schreift et héchstens 8.192 Tokens."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, _LB)
    assert (record.context_window, record.max_output_tokens) == (128_000, 8_192)


def test_a_capitalized_name_beside_a_lowercase_token_word_is_another_models():
    # the sentence writes "tokens" in lower case: "Betacoder" is a name, the count its
    doc = page(["Alpha Coder 2 liest e Kontext vu 128.000 tokens.",
                "Betacoder, dat klengt Modell, schreift 8.192 tokens."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, _LB)
    assert (record.context_window, record.max_output_tokens) == (128_000, None)


_AS = "https://www.cometapi.com/as/models/acme/alpha-coder-2/"


def test_a_count_word_between_a_figure_and_its_token_word_keeps_it_a_count_of_tokens():
    # "টা" counts the tokens ("৮,১৯২ টা টোকেন", eight thousand … of tokens), as 個 or 개 do
    doc = page(["Alpha Coder 2 ৰ কনটেক্সট ১,২৮,০০০ টোকেন। এবাৰত ই ৮,১৯২ টা টোকেন লিখিব পাৰে।"],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, _AS)
    assert (record.context_window, record.max_output_tokens) == (128_000, 8_192)



_OS = "https://www.cometapi.com/os/models/acme/alpha-coder-2/"


def test_a_word_no_data_knows_between_a_figure_and_tokens_is_a_thousand_when_only_that_fits():
    # "256 мин токены": a power of a thousand, and 256 million tokens is no model's size
    doc = page(["Alpha Coder 2-йы контекст у 256 мин токены. Иу дзуаппы йæ фылдæр – 32 мин "
                "токены."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, _OS)
    assert (record.context_window, record.max_output_tokens) == (256_000, 32_000)
    assert record.evidence["context_window"] == ["Alpha Coder 2-йы контекст у 256 мин токены."]


def test_a_small_figure_before_a_word_no_data_knows_is_no_size():
    # "2 мин": two thousand or two million? both are sizes a model may have: no fact
    doc = page(["Alpha Coder 2-йы контекст у 2 мин токены."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, _OS)
    assert (record.context_window, record.max_output_tokens) == (None, None)


_EN = "https://www.cometapi.com/models/acme/alpha-coder-2/"
_DE = "https://www.cometapi.com/de/models/acme/alpha-coder-2/"


def test_an_input_bounded_in_tokens_is_the_context_window():
    # the input a model takes at most is its context, as "input limit" or "maximum input" says
    doc = page(["Alpha Coder 2 takes inputs of up to 300,000 tokens and writes replies capped at "
                "8,192 tokens."], ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, _EN)
    assert (record.context_window, record.max_output_tokens) == (300_000, 8_192)


def test_an_input_bounded_in_another_language_is_the_context_window():
    doc = page(["Alpha Coder 2 verarbeitet Eingaben mit höchstens 300.000 Token auf einmal."],
               ["Eingabe:$2/M", "Ausgabe:$8/M"], name="Alpha Coder 2")
    record = read(doc, _DE)
    assert record.context_window == 300_000


def test_a_priced_input_bound_is_no_context():
    # a price for prompts up to a length: a tier's bound, not the model's window
    doc = page(["Prompts of up to 200,000 tokens are billed at $2 per million."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, _EN)
    assert record.context_window is None


def test_a_small_figure_before_a_word_no_data_knows_restates_the_size_it_equals():
    # "2 милуан": two thousand or two million; the header's 2M context is one of them, so the
    # sentence restates it (its evidence); no new value comes of it
    doc = page(["Alpha Coder 2 æмбары 2 милуан токены иу хатт."],
               ["Input:$2/M", "Output:$8/M", "Context:2M"], name="Alpha Coder 2")
    record = read(doc, _OS)
    assert (record.context_window, record.max_output_tokens) == (2_000_000, None)
    assert record.evidence["context_window"] == [
        "Context:2M", "Alpha Coder 2 æмбары 2 милуан токены иу хатт."]



def test_a_glossed_unit_and_a_one_letter_word_before_the_figure_keep_the_restatement():
    # "O 2" looks like a name and its version, but its only digit is the figure's; "tokha" is
    # glossed as tokens
    doc = page(["O 2 miluni tokha (tokens) ema sta iu hatt."],
               ["Input:$2/M", "Output:$8/M", "Context:2M"], name="Alpha Coder 2")
    record = read(doc, _OS)
    assert record.evidence["context_window"] == [
        "Context:2M", "O 2 miluni tokha (tokens) ema sta iu hatt."]


def test_this_models_own_capitalized_name_is_no_other_model():
    # "Alpha Coder 2" is capitalized as names are, and it is this model's
    doc = page(["Ю 2 милуан тохæ (tokens) æмбары Alpha Coder 2 иу хатт."],
               ["Input:$2/M", "Output:$8/M", "Context:2M"], name="Alpha Coder 2")
    record = read(doc, _OS)
    assert record.evidence["context_window"] == [
        "Context:2M", "Ю 2 милуан тохæ (tokens) æмбары Alpha Coder 2 иу хатт."]


def test_a_small_round_output_figure_after_the_paragraphs_context_is_no_limit():
    # "about 2,000 tokens an answer" with no bound word: a use the page counts, not a limit
    doc = page(["Alpha Coder 2 क कॉन्टेक्स्ट २,००,००० टोकन धरि अछि। एक सामान्य उत्तर मे करीब २,००० टोकन "
                "आउटपुट होइत अछि।"],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, _MAI)
    assert (record.context_window, record.max_output_tokens) == (200_000, None)


def test_a_context_bound_in_a_price_tiers_table_is_no_context():
    # "≤ 200K tokens" under "Context length" is where a price tier ends, not the model's window
    doc = page(["Pricing by prompt length",
                "<table><tr><th>Context length</th><th>Input</th><th>Output</th></tr>"
                "<tr><td>≤ 200K tokens</td><td>$3/M</td><td>$15/M</td></tr>"
                "<tr><td>&gt; 200K tokens</td><td>$6/M</td><td>$22.5/M</td></tr></table>"],
               ["Input:$3/M", "Output:$15/M"], name="Alpha Coder 2")
    record = read(doc, _EN)
    assert record.context_window is None


def test_a_context_bound_heading_its_prices_is_no_context():
    doc = page(["Context ≤ 128K tokens", "Input $3/M", "Output $15/M",
                "Context > 128K tokens", "Input $6/M", "Output $22.5/M"],
               ["Input:$3/M", "Output:$15/M"], name="Alpha Coder 2")
    record = read(doc, _EN)
    assert record.context_window is None


def test_a_context_up_to_a_figure_with_no_price_is_the_context():
    doc = page(["Context window up to 200K tokens."], ["Input:$3/M", "Output:$15/M"],
               name="Alpha Coder 2")
    record = read(doc, _EN)
    assert record.context_window == 200_000


def test_another_subject_opening_the_figures_clause_makes_it_that_subjects():
    doc = page(["The previous release supported 8K tokens of context; Alpha Coder 2 reads more."],
               ["Input:$3/M", "Output:$15/M"], name="Alpha Coder 2")
    assert read(doc, _EN).context_window is None
    doc = page(["Bigger models of the family offer a 2M context window."],
               ["Input:$3/M", "Output:$15/M"], name="Alpha Coder 2")
    assert read(doc, _EN).context_window is None


def test_a_word_of_this_models_own_name_is_no_other_subject():
    # "Preview" is part of this model's name, not an earlier release
    doc = page(["Alpha Coder 2 Preview supports a 256K context window."],
               ["Input:$3/M", "Output:$15/M"], name="Alpha Coder 2 Preview")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2-preview/")
    assert record.context_window == 256_000


def test_a_header_rate_in_tokens_per_minute_is_no_context():
    doc = page([], ["Input:$3/M", "Output:$15/M", "Throughput: 400,000 tokens per minute"],
               name="Alpha Coder 2")
    assert read(doc, _EN).context_window is None


def test_a_sentence_read_as_a_header_line_is_placed_by_no_order():
    # "Mae delwedd yn costio tua 1,290 tocyn." (an image costs about 1,290 tokens) is a sentence,
    # not the output limit's header line after the context's
    doc = page(["Mae delwedd yn costio tua 1,290 tocyn."],
               ["Mewnbwn:$2/M", "Allbwn:$8/M", "Cyd-destun:1M"], name="Alpha Coder 2")
    record = read(doc, _CY)
    assert (record.context_window, record.max_output_tokens) == (1_000_000, None)


_EN = "https://www.cometapi.com/models/acme/alpha-coder-2/"


def test_a_pronoun_after_a_clause_about_another_model_continues_that_model():
    # "it" takes the subject of the clause before the colon: alpha-coder-2-long's window
    doc = page(["In the Alpha line, alpha-coder-2-long is the option for big inputs: it reads "
                "4,000,000 tokens at once."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    assert read(doc, _EN).context_window is None
    doc = page(["Alpha Coder 2 answers quickly, and alpha-coder-2-long is slower, and it reads "
                "4,000,000 tokens."], ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    assert read(doc, _EN).context_window is None


def test_a_pronoun_after_a_phrase_naming_another_model_is_this_models():
    # a comma-set phrase is no clause of its own, and a name inside a phrase is no subject
    doc = page(["Unlike alpha-coder-1 with its short memory for long files, it reads a full "
                "400,000 tokens of context."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    assert read(doc, _EN).context_window == 400_000
    doc = page(["A quick member of the Alpha Coder 1 line: it reads 400,000 tokens of context."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    assert read(doc, _EN).context_window == 400_000


_LT = "https://www.cometapi.com/lt/models/acme/alpha-coder-2/"


def _spec_list(line: str) -> str:
    """A page whose header states prices only, its sizes in a list under a heading."""
    return ("<html><body><nav>Home/Models</nav><h1>Alpha Coder 2</h1><div>Įvestis:$2/M</div>"
            "<div>Išvestis:$8/M</div><p>Alpha Coder 2 rašo kodą.</p><h2>Specifikacijos</h2>"
            f"<ul><li>Konteksto langas: 131 072 žetonų</li><li>{line}</li></ul></body></html>")


def test_the_languages_output_label_claims_a_count_of_tokens():
    # "Ilgiausia išvestis" (longest output) is no phrase the vocabulary has; the output's own
    # label word claims the figure, a power of two, so a limit
    assert read(_spec_list("Ilgiausia išvestis: 16 384 žetonai"), _LT).max_output_tokens == 16_384


def test_an_output_label_before_a_counted_use_is_no_limit():
    # about 1,500 tokens on average: a use, neither bounded nor a power of two
    assert read(_spec_list("Vidutinė išvestis: apie 1 500 žetonų"), _LT).max_output_tokens is None


_EL = "https://www.cometapi.com/el/models/acme/alpha-coder-2/"


def test_a_number_word_written_longer_than_its_abbreviation_is_one_word():
    # "εκατ." for CLDR's "εκ." (million): its rest and dot stand between no size word and it
    doc = page(["Προδιαγραφές.", "Το Alpha Coder 2 δέχεται έως 2 εκατ. tokens εισόδου σε ένα "
                "αίτημα."], ["Είσοδος:2 $/M", "Έξοδος:8 $/M"], name="Alpha Coder 2")
    assert read(doc, _EL).context_window == 2_000_000


_BN = "https://www.cometapi.com/bn/models/acme/alpha-coder-2/"


def test_a_bounded_count_beside_the_limit_larger_than_it_is_the_context():
    # "প্রসঙ্গ" alone is no context word the vocabulary has; the sentence states the limit, and
    # the bounded count beside it, larger, is the context (an output cannot exceed it)
    doc = page(["বিবরণ।", "এই মডেল ২,০০,০০০ টোকেন পর্যন্ত প্রসঙ্গ মনে রাখে, এবং প্রতি উত্তরে সর্বোচ্চ "
                "১৬,৩৮৪ টোকেন দেয়।"], ["ইনপুট:$2/M", "আউটপুট:$8/M"], name="Alpha Coder 2")
    record = read(doc, _BN)
    assert (record.context_window, record.max_output_tokens) == (200_000, 16_384)


def test_an_unbounded_count_beside_the_limit_is_no_context():
    doc = page(["বিবরণ।", "এই মডেল গতকাল ২,০০,০০০ টোকেন পড়েছে, এবং প্রতি উত্তরে সর্বোচ্চ ১৬,৩৮৪ "
                "টোকেন দেয়।"], ["ইনপুট:$2/M", "আউটপুট:$8/M"], name="Alpha Coder 2")
    record = read(doc, _BN)
    assert (record.context_window, record.max_output_tokens) == (None, 16_384)
