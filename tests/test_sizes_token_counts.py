"""Sizes in prose, round 5 of issue 20: a count of tokens said of this model is a size even in
a sentence whose words the reader does not know, placed by what the page itself states. Every
sentence here is our own wording, each read as a scrape reads it."""

from __future__ import annotations

from tests.test_real_page_wordings import page, read


def test_a_rounded_figure_after_a_capitalized_word_is_no_models_name():
    # "The 256K" read as a model's name made the exact figure after it that model's
    doc = page(["The 256K shown at the top of this page is a rounded figure: the exact context "
                "length is 262,144 tokens."],
               ["Input:$2/M", "Output:$8/M", "Context:256K"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
    assert record.context_window == 262_144


def test_a_word_of_the_figures_own_clause_claims_it_before_one_across_a_comma():
    # "Antwort" after the comma is nearer the first figure than "Kontextfenster", but it is the
    # next clause's word
    doc = page(["Das Kontextfenster von Alpha Coder 2 beträgt 200 Tausend Token, und eine Antwort "
                "kann bis zu 64 Tausend Token lang sein."],
               ["Eingabe:$2/M", "Ausgabe:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/de/models/acme/alpha-coder-2/")
    assert (record.context_window, record.max_output_tokens) == (200_000, 64_000)


def test_an_output_figure_in_the_sentence_stating_the_context_is_the_limit():
    # no bound word: the sentence states the model's two limits side by side
    doc = page(["The context window of Alpha Coder 2 is 200,000 tokens, and one answer holds "
                "100 thousand tokens."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
    assert (record.context_window, record.max_output_tokens) == (200_000, 100_000)


def test_a_thousand_after_a_per_word_beside_a_price_is_no_size():
    # in the sentence stating the context, "1K output tokens" would be an output limit
    doc = page(["Alpha Coder 2 reads a 128K context window and is billed at $0.002 per 1K "
                "output tokens."],
               ["Input:$2/M", "Output:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
    assert (record.context_window, record.max_output_tokens) == (128_000, None)


# ---- a count of tokens no size word claims (languages with no vocabulary file: Welsh, Latin,
# Amharic), placed by what the page states

_CY = "https://www.cometapi.com/cy/models/acme/alpha-coder-2/"
_CY_PRICES = ["Mewnbwn:$2/M", "Allbwn:$8/M"]


def test_a_smaller_count_of_tokens_beside_a_known_context_is_the_output_limit():
    # "tocyn" is the borrowed token (skeleton tkn); no word of the sentence says "output"
    doc = page(["Mewn un ateb gall Alpha Coder 2 ysgrifennu hyd at 16,384 tocyn."],
               [*_CY_PRICES, "Cyd-destun:128K"], name="Alpha Coder 2")
    record = read(doc, _CY)
    assert (record.context_window, record.max_output_tokens) == (128_000, 16_384)
    assert record.evidence["max_output_tokens"] == [
        "Mewn un ateb gall Alpha Coder 2 ysgrifennu hyd at 16,384 tocyn."]


def test_two_counts_with_the_larger_first_are_the_context_then_the_output():
    doc = page(["Mae Alpha Coder 2 yn darllen 200,000 tocyn ar y tro. Gall un ateb gynnwys "
                "8,192 tocyn."], _CY_PRICES, name="Alpha Coder 2")
    record = read(doc, _CY)
    assert (record.context_window, record.max_output_tokens) == (200_000, 8_192)


def test_two_counts_with_the_smaller_first_are_no_fact_and_a_finding():
    doc = page(["Gall un ateb gynnwys 8,192 tocyn. Mae Alpha Coder 2 yn darllen 200,000 tocyn "
                "ar y tro."], _CY_PRICES, name="Alpha Coder 2")
    record = read(doc, _CY)
    assert (record.context_window, record.max_output_tokens) == (None, None)
    assert [f.kind for f in record.findings].count("unplaced_size") == 2


def test_one_count_alone_is_no_fact_and_a_finding():
    doc = page(["Mae Alpha Coder 2 yn darllen 128,000 tocyn."], _CY_PRICES, name="Alpha Coder 2")
    record = read(doc, _CY)
    assert (record.context_window, record.max_output_tokens) == (None, None)
    assert "unplaced_size" in [f.kind for f in record.findings]


def test_another_models_count_of_tokens_is_not_this_ones():
    doc = page(["Mae Omega Max 3 yn ysgrifennu 16,384 tocyn mewn un ateb."],
               [*_CY_PRICES, "Cyd-destun:128K"], name="Alpha Coder 2")
    record = read(doc, _CY)
    assert record.max_output_tokens is None


def test_a_count_in_a_price_line_is_a_tier_not_a_size():
    doc = page(["Hyd at 32K tocyn: $2/M; dros 32K tocyn: $4/M."],
               [*_CY_PRICES, "Cyd-destun:128K"], name="Alpha Coder 2")
    record = read(doc, _CY)
    assert record.max_output_tokens is None


def test_of_a_round_thousand_and_a_figure_near_it_the_other_is_exact():
    doc = page(["Tua 8 000 tocyn, yn union 8 192 tocyn, yw hyd un ateb."],
               [*_CY_PRICES, "Cyd-destun:128K"], name="Alpha Coder 2")
    assert read(doc, _CY).max_output_tokens == 8_192


_LA = "https://www.cometapi.com/la/models/acme/alpha-coder-2/"


def test_a_word_glossed_as_token_counts_tokens_on_the_whole_page():
    doc = page(["Alpha Coder 2 simul legit 200,000 signa (token). Semel scribit 16,384 signa."],
               ["Ingressus:$2/M", "Egressus:$8/M"], name="Alpha Coder 2")
    record = read(doc, _LA)
    assert (record.context_window, record.max_output_tokens) == (200_000, 16_384)


def test_the_word_after_a_figure_equal_to_the_headers_size_is_the_pages_word_for_tokens():
    doc = page(["Alpha Coder 2 simul legit 200,000 signa. Semel scribit 16,384 signa."],
               ["Ingressus:$2/M", "Egressus:$8/M", "Contextus:200K"], name="Alpha Coder 2")
    record = read(doc, _LA)
    assert (record.context_window, record.max_output_tokens) == (200_000, 16_384)
    assert "Alpha Coder 2 simul legit 200,000 signa." in record.evidence["context_window"]


def test_the_unit_after_a_number_words_ending_is_read():
    # CLDR's Amharic thousand is "ሺ"; the page writes "ሺህ" and its unit after it
    doc = page(["Alpha Coder 2 እስከ 200 ሺህ ቶከን ያነባል። አንድ መልስ 16 ሺህ ቶከን ይጽፋል።"],
               ["ግብዓት:$2/M", "ውጤት:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/am/models/acme/alpha-coder-2/")
    assert (record.context_window, record.max_output_tokens) == (200_000, 16_000)


def test_in_a_language_a_vocabulary_knows_its_words_say_what_a_count_is():
    # no size word claims the count: in English that makes it no size (a use, a file's length)
    doc = page(["Alpha Coder 2 handles source files of 16,384 tokens with ease."],
               ["Input:$2/M", "Output:$8/M", "Context:128K"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/models/acme/alpha-coder-2/")
    assert record.max_output_tokens is None
    assert "unplaced_size" not in [f.kind for f in record.findings]


def test_a_count_of_tokens_per_minute_is_a_rate_not_a_size():
    doc = page(["Gall Alpha Coder 2 brosesu 30,000 tocyn/munud ar bob cyfrif."],
               [*_CY_PRICES, "Cyd-destun:128K"], name="Alpha Coder 2")
    assert read(doc, _CY).max_output_tokens is None


def test_a_count_in_a_sentence_naming_a_model_without_a_version_is_not_this_ones():
    # "Ceffyl" names another model of the maker without a digit: the count is that model's
    doc = page(["Gall Ceffyl, model arall y cwmni, ysgrifennu 16,384 tocyn mewn un ateb."],
               [*_CY_PRICES, "Cyd-destun:128K"], name="Alpha Coder 2")
    assert read(doc, _CY).max_output_tokens is None


def test_lakh_and_crore_are_read_in_every_indic_script():
    # CLDR gives Kannada and Odia "million" words; their pages write lakh and crore
    from scrapers.reading.grammar import find_sizes

    assert [s.tokens for s in find_sizes("ಸುಮಾರು 2 ಲಕ್ಷ ಟೋಕನ್", "kn")] == [200_000]
    assert [s.tokens for s in find_sizes("୧ କୋଟି ଟୋକେନ୍", "or")] == [10_000_000]
    assert [s.tokens for s in find_sizes("5 लेख", "hi")] == []  # "5 articles"


def test_a_context_in_lakh_and_a_count_after_it_are_context_and_output():
    doc = page(["ಈ ಮಾದರಿಯ ಸಂದರ್ಭ ವಿಂಡೋ 2 ಲಕ್ಷ ಟೋಕನ್‌ಗಳು. ಒಂದು ಉತ್ತರದಲ್ಲಿ ಇದು 16,384 ಟೋಕನ್‌ಗಳನ್ನು "
                "ಬರೆಯಬಹುದು."], ["ಇನ್‌ಪುಟ್:$2/M", "ಔಟ್‌ಪುಟ್:$8/M"], name="Alpha Coder 2")
    record = read(doc, "https://www.cometapi.com/kn/models/acme/alpha-coder-2/")
    assert (record.context_window, record.max_output_tokens) == (200_000, 16_384)


# ---- the borrowed "token" before its figure, as languages whose numerals follow their noun
# write a count (Shona, our own sentences)

_SN = "https://www.cometapi.com/sn/models/acme/alpha-coder-2/"
_SN_PRICES = ["Zvinopinda:$2/M", "Zvinobuda:$8/M"]


def test_a_token_word_before_its_figure_is_the_figures_unit():
    doc = page(["Alpha Coder 2 inoverenga ma-token 200,000 panguva imwe. Mhinduro imwe inogona "
                "kusvika ma-token 8,192."], _SN_PRICES, name="Alpha Coder 2")
    record = read(doc, _SN)
    assert (record.context_window, record.max_output_tokens) == (200_000, 8_192)


def test_a_token_word_that_is_a_figures_unit_is_not_the_next_figures_too():
    # "128K tokens 200,000": "tokens" is 128K's unit; 200,000 has none, so one count alone
    doc = page(["Alpha Coder 2 inoverenga 128K tokens 200,000 panguva imwe."], _SN_PRICES,
               name="Alpha Coder 2")
    record = read(doc, _SN)
    assert (record.context_window, record.max_output_tokens) == (None, None)


def test_a_label_before_a_colon_is_no_unit_before_a_figure():
    doc = page(["Tokens: 200,000. Mhinduro imwe: 8,192."], _SN_PRICES, name="Alpha Coder 2")
    record = read(doc, _SN)
    assert (record.context_window, record.max_output_tokens) == (None, None)


def test_the_same_value_written_in_full_is_the_rounded_sizes_sentence():
    # the header states both sizes rounded; the prose writes the context in full
    doc = page(["Mae Alpha Coder 2 yn darllen 128,000 tocyn ar y tro."],
               [*_CY_PRICES, "Cyd-destun:128K", "Allbwn mwyaf:8K"], name="Alpha Coder 2")
    record = read(doc, _CY)
    assert record.context_window == 128_000
    assert "Mae Alpha Coder 2 yn darllen 128,000 tocyn ar y tro." in record.evidence[
        "context_window"]


# ---- "token" as the Bantu languages borrow it: a noun class's prefix on the loan, and the
# numeral's concord between the noun and its figure (Tswana, our own sentences)

_TN = "https://www.cometapi.com/tn/models/acme/alpha-coder-2/"
_TN_PRICES = ["Tsenyo:$2/M", "Ntsho:$8/M"]


def test_a_token_loan_with_a_noun_class_prefix_and_a_concord_before_its_figure():
    doc = page(["Alpha Coder 2 e bala ditokene tse 200 000 ka nako e le nngwe. Karabo e le nngwe "
                "e ka fitlha go ditokene tse 8 192."], _TN_PRICES, name="Alpha Coder 2")
    record = read(doc, _TN)
    assert (record.context_window, record.max_output_tokens) == (200_000, 8_192)


def test_a_word_that_only_ends_like_the_loan_names_no_tokens():
    # "dikene" has a prefix and a final vowel, but no "tok" of the loan
    doc = page(["Alpha Coder 2 e bala dikene tse 200 000 ka nako e le nngwe."], _TN_PRICES,
               name="Alpha Coder 2")
    record = read(doc, _TN)
    assert (record.context_window, record.max_output_tokens) == (None, None)


_SS = "https://www.cometapi.com/ss/models/acme/alpha-coder-2/"


def test_a_figure_a_concord_is_hyphened_to_after_the_token_loan_is_a_count():
    doc = page(["Alpha Coder 2 ifundza emathokheni langu-200,000 ngesikhatsi sinye. Imphendvulo "
                "yinye ingafika kumathokheni langema-8,192."], ["Lokungenako:$2/M",
                                                               "Lokuphumako:$8/M"],
               name="Alpha Coder 2")
    record = read(doc, _SS)
    assert (record.context_window, record.max_output_tokens) == (200_000, 8_192)


def test_a_figure_hyphened_to_letters_after_no_token_word_is_no_count():
    # "gpt-4" and "modeli yi-128000": a hyphened figure is a name's part unless tokens precede
    doc = page(["Alpha Coder 2 ifundza emamodeli langu-200,000 ngesikhatsi sinye."],
               ["Lokungenako:$2/M", "Lokuphumako:$8/M"], name="Alpha Coder 2")
    record = read(doc, _SS)
    assert (record.context_window, record.max_output_tokens) == (None, None)
