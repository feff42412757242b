"""The reader's shortcuts for speed answer exactly what the long way answers.

Each shortcut (an index, a cache, a reuse) is checked against the plain computation it
replaces, on the real vocabulary and real pages, and by counts, never by time.
"""

from __future__ import annotations

import re

import pytest
from ahocorasick_rs import AhoCorasick

from scrapers.reading import grammar, labels
from scrapers.reading.text import lines_of, parse_html
from scrapers.reading.vocabulary import vocabulary_for
from scrapers.sources.cometapi.page import read_page

LOCALES = ("en", "de", "fr", "ru", "zh-CN", "ja", "ko", "sw", "hi", "ar")


def _by_first_character(words) -> dict[str, list[str]]:
    """The plain index the word index replaces: every word under its first character."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[:1], []).append(word)
    return by_first


@pytest.mark.parametrize("locale", LOCALES)
def test_the_word_index_finds_what_trying_every_word_finds(locale: str) -> None:
    vocab = vocabulary_for(locale)
    for words, index in (({*vocab.multiplier_index, "m", "k"}, grammar._multiplier_words(vocab)),
                         (set(vocab.unit_index), grammar._unit_words(vocab))):
        plain = _by_first_character(words)
        texts = {"", "m", "mi", "mini", "Max 1", "million tokens", "mil millones", *words}
        texts |= {w[:-1] for w in words} | {f"{w}x" for w in words} | {f"a {w}" for w in words}
        for text in texts:
            for offset in range(len(text) + 1):
                expected = [w for w in plain.get(text[offset:offset + 1], ())
                            if text.startswith(w, offset)]
                assert grammar._words_at(text, offset, index) == expected, (text, offset)


def test_a_label_s_unit_is_worked_out_once_and_answers_the_same() -> None:
    grammar._unit_of_label_cached.cache_clear()
    labels = ["Per 1K characters", "Pro 1K Zeichen", "每百万字符", "Per Second", "Input",
              "Official Price (USD / M Tokens)"]
    first = [grammar.unit_of_label(label, "de") for label in labels]
    again = [grammar.unit_of_label(label, "de") for label in labels]
    assert first == again == [grammar._unit_of_label(label, "de") for label in labels]
    assert first[0] == ("1M characters", 1000) and first[3] == ("second", 1)
    info = grammar._unit_of_label_cached.cache_info()
    assert (info.misses, info.hits) == (len(labels), len(labels))
    long_label = "Per 1K characters " + "x" * 300  # a long text is read, not kept
    assert grammar.unit_of_label(long_label, "de") == grammar._unit_of_label(long_label, "de")
    assert grammar._unit_of_label_cached.cache_info().currsize == len(labels)


def test_hidden_elements_are_left_out_whatever_hides_them() -> None:
    html = ('<body><p>seen</p><p hidden="">gone 1</p><p aria-hidden="true">gone 2</p>'
            '<p style="display: none">gone 3</p><p class="x" style="color:red">kept</p></body>')
    texts = [ln.text for ln in lines_of(parse_html(html).body)]
    assert texts == ["seen", "kept"]


def test_the_prose_is_the_description_without_its_code() -> None:
    url = "https://www.cometapi.com/models/openai/gpt-x/"
    head = "<html><body><h1>GPT X</h1><p>Input:$2/M</p><h2>About</h2><p>Fast model.</p>"
    plain = read_page(head + "<p>Second line.</p></body></html>", url)
    assert plain.prose == plain.description == "About\nFast model.\nSecond line."
    coded = read_page(head + "<pre><code>curl https://x</code></pre><p>End.</p></body></html>",
                      url)
    assert coded.description == "About\nFast model.\ncurl https://x\nEnd."
    assert coded.prose == "About\nFast model.\nEnd."


_EVERY_DIGIT = re.compile(r"\d")
_SIZE_START = re.compile(rf"\d(?<![{grammar._WORD_BEFORE}.,$/\-٫٬]\d)")


def test_the_ascii_digit_tests_answer_as_the_unicode_ones() -> None:
    pieces = ["gpt-4o", "8K", "x8", "$5", "a.5", "1", "", "_1", "-1", "/1", ",1", "a 1", "é1",
              "ж1", "(1)", "v1.5 128K", "٣", "a٣", "１２８K", "nova-5-ultra", "a٫5"]
    for text in [*pieces, *(f"{a} {b}" for a in pieces for b in pieces),
                 *(f"{a}{b}" for a in pieces for b in pieces)]:
        assert grammar.has_digit(text) == (_EVERY_DIGIT.search(text) is not None), text
        assert grammar.may_start_size(text) == (_SIZE_START.search(text) is not None), text
    assert grammar.may_start_size("nova-5-ultra") is False
    assert grammar.may_start_size("nova-5-ultra holds 128K") is True


#: the bench's locales, locales whose dollar is words apart ("dola ya Marekani"), and others
MARKER_LOCALES = (None, "en", "de", "fr", "es", "pt-BR", "it", "nl", "ru", "uk", "pl", "tr", "ja",
                  "ko", "zh-CN", "zh-TW", "vi", "id", "th", "ar", "hi", "sw", "om", "su", "ki",
                  "bez", "nd", "fil", "eo", "ha", "yo", "zu", "mt", "ga", "cy")


@pytest.mark.parametrize("locale", MARKER_LOCALES)
def test_plain_money_markers_answer_as_the_pattern(locale: str | None) -> None:
    markers, words = grammar._marker_forms(locale)
    pattern = grammar._money_marker(locale)
    probes = ["", "x", "US dollar", "us  dollars", "USD 5", "5 dollars", "DOLLARS", "Dolares",
              "dolar", "1 DOLAR", "Dollar", "dollari", "US$", "usd", "dola ya Marekani",
              "dola\tya Marekani", "Dola"]
    probes += [w.rstrip("*") for w in words] + list(markers)
    probes += [p[:-1] for p in probes if p] + [p[1:] for p in probes if p]
    probes += [f"a {p} b" for p in probes] + [p.replace(" ", "\t") for p in probes]
    probes += [f"é {p}" for p in probes] + [p.replace(" ", "\u00a0") for p in probes]
    for probe in probes:
        assert grammar.has_money_marker(probe, locale) == (
            pattern.search(probe) is not None), probe
    assert grammar.has_money_marker("Input: 2 dollars", locale)
    assert not grammar.has_money_marker("Context: 128K tokens", locale)


@pytest.mark.parametrize("locale", ("en", "de", "ru", "zh-CN", "ja", "sw"))
def test_the_dfa_automata_find_what_the_default_ones_find(locale: str) -> None:
    automaton, words = grammar._multiplier_automaton(vocabulary_for(locale))
    column_words = [word for word, _meaning in labels._COLUMN_WORDS]
    texts = [" ".join(words), " ".join(column_words), "a family of similar retrieval trials",
             "1 million tokens, 128 mil jetons, 12万, 1,5 млн, official price, 官方价格"]
    for found, plain in ((automaton, AhoCorasick(words)),
                         (labels._column_automaton(), AhoCorasick(column_words))):
        for text in texts:
            for overlapping in (False, True):
                assert found.find_matches_as_indexes(text, overlapping=overlapping) == (
                    plain.find_matches_as_indexes(text, overlapping=overlapping))
    assert automaton.find_matches_as_indexes("one million")


def test_plain_figures_read_as_the_full_reading_reads_them() -> None:
    from decimal import Decimal

    read = grammar.read_number
    assert read("0.084", kind="money") == Decimal("0.084")
    assert read("1.752", kind="money", decimal_comma=True) == Decimal("1.752")  # a point is USD's
    assert read("128", kind="count") == read("128", kind="scaled") == Decimal(128)
    assert read("128.000", kind="count") == Decimal(128000)  # a point in a count groups
    assert read("1.5", kind="scaled") == Decimal("1.5")
    assert read("1.5", kind="count") is None
    assert read("１２８", kind="count") == Decimal(128)  # full-width digits: the full reading
    assert read("²", kind="count") is None
    with pytest.raises(grammar.Ambiguous):
        read("1,752", kind="money", decimal_comma=True)


def test_a_text_asked_again_is_answered_from_the_cache_with_the_same_answer() -> None:
    texts = ["Input: 2 dollars", "Context: 128K tokens", "nova-5-ultra holds 128K", "gpt-4o",
             "prix 5 USD", "x" * 300 + " 12"]
    grammar._marker_without_sign.cache_clear()
    grammar.may_start_size.cache_clear()
    first = [(grammar.has_money_marker(t, "en"), grammar.may_start_size(t)) for t in texts]
    again = [(grammar.has_money_marker(t, "en"), grammar.may_start_size(t)) for t in texts]
    assert first == again
    assert [a for a, _b in first] == [True, False, False, False, True, False]
    assert [b for _a, b in first] == [True, True, True, False, True, True]
    for cached in (grammar._marker_without_sign, grammar.may_start_size):
        info = cached.cache_info()
        assert (info.misses, info.hits) == (len(texts), len(texts))
    # the dollar sign is answered before the cache: it keeps no text that holds one
    grammar.has_money_marker("Input:$2/M", "en")
    assert grammar._marker_without_sign.cache_info().currsize == len(texts)


def test_the_letters_a_case_blind_pattern_matches_to_ascii_ones_are_all_known() -> None:
    from catalog.meaning.sizes import _ASCII_CASE_KIN

    ascii_class = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    assert {chr(c) for c in range(0x80, 0x110000)
            if ascii_class.fullmatch(chr(c))} == set(_ASCII_CASE_KIN)


@pytest.mark.parametrize("locale", ("en", "de", "fr", "ru", "zh-CN", "ja", "ko", "tr", "lt",
                                    "pt", "es", "sw", None))
def test_output_label_words_skip_an_ascii_passage_only_where_no_word_can_be(
        locale: str | None) -> None:
    from catalog.meaning import sizes

    pattern, in_ascii = sizes._output_label_pattern(locale)
    passages = ["Max output 8,192 tokens", "CIKIS: 8 192 token", "Cikis 4096 tokens",
                "Išvestis: 8 192 žetonai", "Didžiausia išvestis: 8 192 žetonai",
                "最大出力トークン 8192", "출력 8192 토큰", "вывод 8192 токенов"]
    for passage in passages:
        expected = [] if pattern is None or sizes.has_money_marker(passage) else [
            (m.start(), m.end(), "max_output") for m in pattern.finditer(passage)]
        assert sizes._output_label_words(passage, locale) == expected, passage
    if locale == "tr":  # "cıkıs" (dotless i) matches "CIKIS" case-blind: ASCII is scanned
        assert in_ascii and sizes._output_label_words("CIKIS: 8 192 token", "tr")
    if locale == "ru":
        assert pattern is not None and not in_ascii


def test_a_header_cell_asked_again_is_answered_from_the_cache() -> None:
    headers = ["Comet Price (USD / M Tokens)", "Official Price (USD / M Tokens)",
               "Discount vs official price", "官方价格", "Model", "Input"]
    labels.column_meaning.cache_clear()
    first = [labels.column_meaning(h) for h in headers]
    again = [labels.column_meaning(h) for h in headers]
    assert first == again == [labels.column_meaning.__wrapped__(h) for h in headers]
    assert first[:4] == ["seller_price", "official_price", "discount", "official_price"]
    info = labels.column_meaning.cache_info()
    assert (info.misses, info.hits) == (len(headers), len(headers))


def test_an_ascii_passage_is_scanned_for_what_the_whole_vocabulary_finds() -> None:
    from catalog.meaning import prose

    for group in (0, 1):
        whole, ascii_only = prose._words(group), prose._ascii_words(group)
        assert 0 < len(ascii_only.entries) < len(whole.entries)  # words of other scripts left out
        ascii_words = [w for w in prose._word_entries(group) if w.isascii()]
        texts = [" ".join(ascii_words), "the context window is 128k; it will be retired soon",
                 "no longer available after june, deprecated, phase out, shut down",
                 "respons response responses contexto kontext"]
        for text in texts:
            found = [(whole.entries[i], start, end) for i, start, end in
                     whole.automaton.find_matches_as_indexes(text, overlapping=True)]
            assert found == [(ascii_only.entries[i], start, end) for i, start, end in
                             ascii_only.automaton.find_matches_as_indexes(text, overlapping=True)]
            assert found or text != texts[0]  # every word of the group is in the first text
    assert prose.has_word("context_words", "Context window: 128K")
    assert prose.has_word("context_words", "Контекстное окно: 128K")  # not ASCII: the whole NFA


def test_an_ascii_text_is_lowered_as_any_text_is() -> None:
    from catalog.meaning import prose

    def plain(text: str) -> str:  # the general way, every odd space of every script
        low = text.lower()
        return low.translate(prose._SPACES) if any(s in low for s in prose._ODD_SPACES) else low

    for text in ("Context Window", "A\tB\nC\rD\fE\vF", "x  y", "", "128K TOKENS.\n"):
        assert prose._lower(text) == plain(text)
    assert prose._lower("Ende\u00a0März") == "ende märz"  # not ASCII: the general way


def test_reasoning_left_in_a_page_is_found_by_its_tag_and_taken_out() -> None:
    page = ("<html><body><h1>Nova 1 Pro</h1><p>Input:$2/M</p>"
            "<THINK>I should translate this</THINK><div><think>as <b>so</b></think></div>"
            "<p>Output:$8/M</p></body></html>")
    reading = read_page(page, "https://www.cometapi.com/models/nova/nova-1-pro/")
    assert reading.leaked_reasoning == ["I should translate this", "as so"]
    assert [f.value for f in reading.fields] == ["$2/M", "$8/M"]  # the reasoning is not read
    plain = read_page(page.replace("think", "span").replace("THINK", "span"),
                      "https://www.cometapi.com/models/nova/nova-1-pro/")
    assert plain.leaked_reasoning == []
