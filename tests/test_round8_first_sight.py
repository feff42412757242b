"""Round 8 of issue 20, sizes, commercial use and evidence: pages of our own, written BEFORE any
rule of the round (languages picked at random, with and without a vocabulary file, a third of
them traps), to measure what the reader does at first sight on wordings nobody fitted it to.

Each page states its expected reading; ``FIRST_SIGHT`` records what the reader at the round's
start got right, so the report can say before/after. A page still missed is a strict xfail
that names what is left."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.test_real_page_wordings import page, read

NAME = "Alpha Coder 2"


def _url(locale: str) -> str:
    prefix = "" if locale == "en" else f"{locale}/"
    return f"https://www.cometapi.com/{prefix}models/acme/alpha-coder-2/"


class Own(NamedTuple):
    """One page of ours: its locale, header lines, body paragraphs and the expected reading
    (``None`` where a careful reader finds no fact); ``evidence`` pairs a field with a
    fragment its evidence must hold."""

    name: str
    locale: str
    header: list[str]
    body: list[str]
    context: int | None = None
    output: int | None = None
    commercial: bool | None = None
    evidence: tuple[tuple[str, str], ...] = ()
    left: str | None = None


_PRICES = ["Input:$2/M", "Output:$8/M"]
_DESC = "Alpha Coder 2 is a coding model."

OWN: list[Own] = [
    # ---- sizes: the counted noun before the figure, native words, exact beats rounded
    Own("so_token_before_figure_no_file", "so", _PRICES,
        ["Kontekstiga Alpha Coder 2 waa token 128,000."], context=128_000),
    Own("ky_token_before_figure_cyrillic", "ky", _PRICES,
        ["Alpha Coder 2 моделинин контексттик терезеси: токен 131 072."], context=131_072),
    Own("yi_token_before_figure_hebrew_script", "yi", _PRICES,
        ["דער קאָנטעקסט פֿון Alpha Coder 2 איז טאָקענס 200,000."], context=200_000),
    Own("en_tokens_colon_figure", "en", _PRICES,
        ["The context of Alpha Coder 2, counted in tokens: 204,800."], context=204_800),
    Own("ja_token_count_word_before_figure", "ja", _PRICES,
        ["Alpha Coder 2 のコンテキストウィンドウはトークン数 200,000 です。"], context=200_000),
    Own("uz_maximum_cognate_output_no_file", "uz", _PRICES,
        ["Alpha Coder 2 konteksti 128 000 token, bir javobda maksimal 16 384 token."],
        context=128_000, output=16_384),
    Own("es_exact_prose_beats_rounded_header", "es", [*_PRICES, "Contexto:128 mil"],
        ["En realidad la ventana de Alpha Coder 2 admite exactamente 131.072 tokens."],
        context=131_072, evidence=(("context_window", "131.072 tokens"),)),
    Own("lt_other_models_figure_after_comma_trap", "lt", _PRICES,
        ["Alpha Coder 2 konteksto langas – tokenų 128 000, o Beta Max – tokenų 1 000 000."],
        context=128_000),
    Own("sw_a_rate_of_tokens_is_no_size_trap", "sw", _PRICES,
        ["Alpha Coder 2 huchakata tokeni 5,000 kwa sekunde."]),
    Own("en_training_tokens_before_figure_trap", "en", _PRICES,
        ["Alpha Coder 2 was trained on tokens 9,000,000,000,000 of code."]),
    # ---- commercial use: badges and sentences by rule
    Own("en_badge_control", "en", [*_PRICES, _DESC, "Commercial Use"], [], commercial=True),
    Own("ha_badge_with_yes_mark_no_file", "ha", [*_PRICES, _DESC, "✓ Kasuwanci"], [],
        commercial=True),
    Own("tl_sentence_komersyo_no_file", "tl", _PRICES,
        ["Maaaring gamitin ang Alpha Coder 2 sa komersyo at negosyo."], commercial=True,
        left="a miss: Tagalog's own 'maaari' (may) is no permission root the reader has"),
    Own("tg_sentence_tijorat_no_file", "tg", _PRICES,
        ["Alpha Coder 2 барои истифодаи тиҷоратӣ иҷозат дода шудааст."], commercial=True,
        left="a miss: Arabic ijāza (permission) is not read: Persian and Turkic negate it by a"
             " verb's affix (намешавад, berilmagan) the reader cannot see"),
    Own("hne_long_badge_vyapar_no_file", "hne", [*_PRICES, _DESC,
                                                  "ब्यापार म काम मं लाए के छूट हे"], [],
        commercial=True),
    Own("min_usaha_niaga_sentence_no_file", "min", _PRICES,
        ["Alpha Coder 2 buliah dipakai untuak usaho niago."], commercial=True,
        left="a miss: a sentence needs a permission root, and Malayic 'boleh' (buliah) is"
             " not one: its negators are many and partly unknown"),
    Own("en_businesses_as_topic_trap", "en", _PRICES,
        ["Alpha Coder 2 helps small businesses write their invoices."]),
    Own("ha_yes_mark_on_another_badge_trap", "ha", [*_PRICES, _DESC, "✓ Multimodal"], []),
    Own("tl_not_for_commerce_trap", "tl", [*_PRICES, _DESC, "Hindi pangkomersyal"], []),
    # ---- evidence: the statement that decides the value
    Own("en_status_evidence_is_the_ending_sentence", "en", _PRICES,
        ["Alpha Coder 2's preview endpoint is being phased out.",
         "The last day for requests is 15 March 2027."],
        evidence=(("status", "being phased out"),),
        left="a miss: 'Alpha Coder 2's preview endpoint' is not read as this model's subject"
             " (lifecycle's subject rule); the date line is cited alone"),
]

#: the pages the reader at the round's start (main c9c8055) read right at first sight: 15 of 20
#: (the four commercial-use sentences and badges in languages no file has, and the status
#: evidence, were missed); after the round 16 of 20 (the Chhattisgarhi badge of eight words is
#: read; the Tagalog, Tajik and Minangkabau sentences and the evidence remain)
FIRST_SIGHT = frozenset({
    "so_token_before_figure_no_file", "ky_token_before_figure_cyrillic",
    "yi_token_before_figure_hebrew_script", "en_tokens_colon_figure",
    "ja_token_count_word_before_figure", "uz_maximum_cognate_output_no_file",
    "es_exact_prose_beats_rounded_header", "lt_other_models_figure_after_comma_trap",
    "sw_a_rate_of_tokens_is_no_size_trap", "en_training_tokens_before_figure_trap",
    "en_badge_control", "ha_badge_with_yes_mark_no_file", "en_businesses_as_topic_trap",
    "ha_yes_mark_on_another_badge_trap", "tl_not_for_commerce_trap"})


def _reading(own: Own) -> dict:
    record = read(page(own.body, own.header, name=NAME), _url(own.locale))
    got = {"context": record.context_window, "output": record.max_output_tokens,
           "commercial": record.commercial_use}
    for field, fragment in own.evidence:
        got[f"evidence.{field}"] = any(fragment in e for e in record.evidence.get(field, []))
    return got


def _expected(own: Own) -> dict:
    want = {"context": own.context, "output": own.output, "commercial": own.commercial}
    for field, _fragment in own.evidence:
        want[f"evidence.{field}"] = True
    return want


def test_the_first_sight_record_names_own_pages():
    assert {o.name for o in OWN} >= FIRST_SIGHT


@pytest.mark.parametrize("own", [
    pytest.param(o, marks=pytest.mark.xfail(strict=True, reason=o.left)) if o.left else o
    for o in OWN], ids=[o.name for o in OWN])
def test_own_pages_read_as_a_person_reads_them(own: Own) -> None:
    assert _reading(own) == _expected(own)
