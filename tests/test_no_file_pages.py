"""Round 10 of issue 20, pages in languages with NO vocabulary file: pages of our own, written
BEFORE any rule of the round, to measure what the reader does at first sight on a language it
has no words for (lifecycle notes above all: K's misses without a file were lifecycle
statements).

The languages were drawn by lot, not picked: ``random.Random(2026120810).sample(pool, 10)``
over Babel's languages with no vocabulary file plus 70 Wikipedia languages CLDR does not know
(starred), less every language a blind batch or an earlier own page used (109 left):
av* bar* bas bew cch ccp ebu smj twq zea*. Our knowledge of most of them is thin: short
plain sentences, CLDR's month names where the language has them, the markup real pages have
(header price lines, a notice box, an arrow note); four are traps (another model's end date,
a release date and a "new" badge, this model replacing an old one, a newer sibling's launch)
where a careful reader records no lifecycle.

``FIRST_SIGHT`` names the pages the reader at the round's start read fully right (8/10; 9/10
after the round's rules). ``SECOND`` is a second set of eight, languages drawn again, written
after the rules and scored at first sight (7/8, ``SECOND_FIRST_SIGHT``). A page still missed is
a strict xfail that names what is left: both misses are a successor named first in its
sentence with the verb after it, which the reader leaves unread on purpose (a sentence that
opens with a model's name is about that model as often as it points to it: "o4-mini behtar",
better, or "o4-mini use", and in a language with no words nobody tells the two apart)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from catalog.meaning.lifecycle import read_lifecycle
from catalog.run.normalized_page import read_and_normalize
from scrapers.reading.cldr import language_alias
from scrapers.reading.vocabulary import lexicon_code, vocabulary
from tests.test_no_file_first_sight import Own, expected, reading
from tests.test_no_invention import page, url

M = "1M tokens"
TODAY = date(2026, 11, 28)

OWN: list[Own] = [
    Own("bar_bavarian_notice_future_end_and_take_instead", url("bar", "anthropic", "claude-3-opus"),
        page("bar", "Claude 3 Opus",
             "<div>Eingob:$12/M</div><div>Ausgob:$60/M</div>"
             "<p>Claude 3 Opus is a großs Modell vo Anthropic.</p>",
             "<h2>Hinweis</h2><p>Claude 3 Opus werd am 30. Juni 2027 eigstellt. "
             "Nimm stattdessn claude-opus-4-1.</p>"),
        [("input", M, 12.0, None, None), ("output", M, 60.0, None, None)],
        status="deprecated", status_date="2027-06-30", replacements=("claude-opus-4-1",)),
    Own("zea_trap_an_older_snapshots_end_date", url("zea", "openai", "gpt-4o"),
        page("zea", "GPT-4o",
             "<div>Invoer:$2/M</div><div>Uutvoer:$8/M</div>"
             "<p>GPT-4o is 't model van OpenAI voe tekst en plaetjes.</p>",
             "<h2>Opmerkieng</h2><p>GPT-4o blift gewoon beschikbaer. 't Ouwere model "
             "gpt-4o-2024-05-13 stopt op 1 meie 2027.</p>"),
        [("input", M, 2.0, None, None), ("output", M, 8.0, None, None)]),
    Own("av_cyrillic_deprecated_loanword_and_a_use_clause", url("av", "openai", "gpt-4-1-mini"),
        page("av", "GPT-4.1 mini",
             "<div>Жаниб:$0.32/M</div><div>Къватӏиб:$1.28/M</div>"
             "<p>GPT-4.1 mini — OpenAI-ялъул гьитӏинаб модель.</p>",
             "<h2>Баян</h2><p>GPT-4.1 mini deprecated буго. Ахирияб къо: 2027-03-31. "
             "GPT-5 mini хӀалтӀизабе.</p>"),
        [("input", M, 0.32, None, None), ("output", M, 1.28, None, None)],
        status="deprecated", status_date="2027-03-31", replacements=("gpt-5-mini",),
        left="a successor named first in its sentence, the verb after it (SOV), is not read"),
    Own("bas_trap_a_release_date_and_a_new_badge", url("bas", "google", "gemini-2-5-flash"),
        page("bas", "Gemini 2.5 Flash",
             "<span class='badge'>New</span>"
             "<div>Njel:$0.24/M</div><div>Mpam:$2/M</div>",
             "<p>Gemini 2.5 Flash a bi pam 17 Hìlòndɛ̀ 2025. I yé model i Google.</p>"),
        [("input", M, 0.24, None, None), ("output", M, 2.0, None, None)]),
    Own("bew_betawi_retired_with_a_cldr_month_and_use", url("bew", "openai", "o1-mini"),
        page("bew", "o1-mini",
             "<div>Masuk:$0.88/M</div><div>Keluar:$3.52/M</div>"
             "<p>o1-mini entu model kecil dari OpenAI.</p>",
             "<h2>Kabar</h2><p>o1-mini udeh retired dari 27 Oktober 2025, kagak bisa dipake "
             "lagi. Pake o4-mini aje.</p>"),
        [("input", M, 0.88, None, None), ("output", M, 3.52, None, None)],
        status="retired", status_date="2025-10-27", replacements=("o4-mini",)),
    Own("cch_trap_this_model_replaces_an_old_one", url("cch", "openai", "gpt-5"),
        page("cch", "GPT-5",
             "<div>Input:$1/M</div><div>Output:$8/M</div>"
             "<p>GPT-5 a model OpenAI.</p>",
             "<h2>Labari</h2><p>GPT-5 ka replace gpt-4o. gpt-4o deprecated, Pen Achirim "
             "30, 2027.</p>"),
        [("input", M, 1.0, None, None), ("output", M, 8.0, None, None)]),
    Own("ccp_notice_box_eol_with_an_arrow", url("ccp", "anthropic", "claude-3-5-haiku"),
        page("ccp", "Claude 3.5 Haiku",
             "<div>𑄃𑄨𑄚𑄴𑄛𑄪𑄑𑄴:$0.64/M</div><div>𑄃𑄃𑄪𑄑𑄴𑄛𑄪𑄑𑄴:$3.20/M</div>"
             "<p>Claude 3.5 Haiku 𑄃𑄳𑄠𑄚𑄴𑄗𑄳𑄢𑄮𑄛𑄨𑄇𑄴 𑄟𑄧𑄓𑄬𑄣𑄴।</p>",
             "<div class='notice'><b>EOL</b> 2027-02-19 → claude-haiku-4-5</div>"),
        [("input", M, 0.64, None, None), ("output", M, 3.2, None, None)],
        status="deprecated", status_date="2027-02-19", replacements=("claude-haiku-4-5",)),
    Own("ebu_sizes_with_token_loanwords", url("ebu", "alibaba", "qwen3-max"),
        page("ebu", "Qwen3 Max",
             "<div>Input:$1.20/M</div><div>Output:$6/M</div>",
             "<p>Qwen3 Max nĩ model ya Alibaba. Nĩ ĩroragia context ya 262,144 tokens, "
             "na output ya 65,536 tokens.</p>"),
        [("input", M, 1.2, None, None), ("output", M, 6.0, None, None)],
        context_window=262_144, max_output_tokens=65_536),
    Own("smj_lule_sami_deprecated_and_a_successor_clause", url("smj", "google", "gemini-2-0-flash"),
        page("smj", "Gemini 2.0 Flash",
             "<div>Sisa:$0.08/M</div><div>Olggo:$0.32/M</div>"
             "<p>Gemini 2.0 Flash l Google modella.</p>",
             "<h2>Diededis</h2><p>Gemini 2.0 Flash l deprecated. Maŋemus biejvve: "
             "25.02.2027. Ano gemini-2.5-flash.</p>"),
        [("input", M, 0.08, None, None), ("output", M, 0.32, None, None)],
        status="deprecated", status_date="2027-02-25", replacements=("gemini-2-5-flash",)),
    Own("twq_trap_a_newer_siblings_launch", url("twq", "black-forest-labs", "flux-1-1-pro"),
        page("twq", "FLUX 1.1 Pro",
             "<div>Foto:$0.04</div>"
             "<p>FLUX 1.1 Pro ga ti Black Forest Labs foto model.</p>",
             "<p>FLUX 2 Pro kaa 1 Sektanbur 2026. FLUX 1.1 Pro ga goro.</p>"),
        [("per_image", "image", 0.04, None, None)]),
]

#: the pages the reader at the round's start (2d4ec57) read fully right
FIRST_SIGHT: frozenset[str] = frozenset({
    "bar_bavarian_notice_future_end_and_take_instead",
    "zea_trap_an_older_snapshots_end_date",
    "bas_trap_a_release_date_and_a_new_badge",
    "cch_trap_this_model_replaces_an_old_one",
    "ccp_notice_box_eol_with_an_arrow",
    "ebu_sizes_with_token_loanwords",
    "smj_lule_sami_deprecated_and_a_successor_clause",
    "twq_trap_a_newer_siblings_launch",
})


def test_ten_pages_in_languages_drawn_by_lot():
    assert len({o.name for o in OWN}) == len(OWN) == 10
    assert {o.name for o in OWN} >= FIRST_SIGHT


@pytest.mark.parametrize("own", [
    pytest.param(o, marks=pytest.mark.xfail(strict=True, reason=o.left)) if o.left else o
    for o in OWN], ids=[o.name for o in OWN])
def test_own_no_file_pages_round_10(own: Own) -> None:
    assert reading(own) == expected(own)


# ---- a language under another code: CLDR's language aliases -----------------------------------
class Said(NamedTuple):
    """A lifecycle note of our own under a locale code that CLDR aliases to a language the
    reader has words for, and what a careful person records (``None``: no ending)."""

    locale: str
    model: str
    name: str
    text: str
    status: str | None
    status_date: str | None = None
    replacements: tuple[str, ...] = ()


ALIASED: list[Said] = [
    # tl is Tagalog, which CLDR files as Filipino (fil): the lifecycle lexicon's fil words
    Said("tl", "gpt-4o-mini", "GPT-4o mini", "Ititigil na ng OpenAI ang GPT-4o mini.",
         "deprecated"),
    Said("tl", "gpt-4o-mini", "GPT-4o mini",
         "Ang GPT-4o mini ay hindi na magagamit mula Marso 3, 2026.", "retired", "2026-03-03"),
    Said("tl", "gpt-4o-mini", "GPT-4o mini",
         "Unti-unting ihihinto ng OpenAI ang GPT-4o mini. Lumipat sa gpt-5-mini.",
         "deprecated", None, ("gpt-5-mini",)),
    # traps: another model's ending, this model replacing one, a sibling no longer offered
    Said("tl", "gpt-5", "GPT-5", "Ititigil na ng OpenAI ang gpt-4o; gamitin ang GPT-5.", None),
    Said("tl", "gpt-5", "GPT-5", "Pinalitan ng GPT-5 ang gpt-4o, na hindi na magagamit.", None),
    Said("tl", "claude-sonnet-4-5", "Claude Sonnet 4.5",
         "Ang Claude 3.5 Sonnet ay hindi na magagamit mula Oktubre 22, 2025.", None),
]


@pytest.mark.parametrize("said", ALIASED, ids=[f"{s.locale}_{s.model}" for s in ALIASED])
def test_a_locale_code_cldr_aliases_reads_with_that_languages_words(said: Said) -> None:
    found = read_lifecycle([said.text], said.model, said.name, today=TODAY, locale=said.locale)
    assert (found.status, found.status_date, found.replacements) == (
        said.status, said.status_date, said.replacements)


def test_an_alias_names_the_same_language_never_a_related_one():
    assert (language_alias("tl"), language_alias("iw"), language_alias("jw")) == (
        "fil", "he", "jv")
    assert language_alias("nb") == "nb"  # Bokmål: "no" is its parent locale, not its alias
    # a member of a macrolanguage is no retired spelling: "als" is Alemannic on Wikipedia
    assert (language_alias("als"), language_alias("tw"), language_alias("pes")) == (
        "als", "tw", "pes")
    assert lexicon_code("tl") == "fil" and lexicon_code("gsw") == "gsw"
    assert vocabulary().language("nb") is None and vocabulary().language("tl") is None


def test_an_alemannic_page_under_wikipedias_code_reads_as_a_page_with_no_file():
    html = page("als", "GPT-4o", "<div>Iigab:$2/M</div><div>Usgab:$8/M</div>",
                "<p>GPT-4o wird am 1. Juni 2027 abgschaltet. Nimm gpt-5.</p>")
    outcome = read_and_normalize(html, url("als", "openai", "gpt-4o"), today=TODAY)
    got = outcome.record.to_json()
    assert (got["status"], got["status_date"], got["replacements"]) == (
        "deprecated", "2027-06-01", ["gpt-5"])


# ---- a successor by the story's shape in the o-series (one letter before the version) ---------
#: languages drawn by lot from the same pool less the ten above (random.Random(2026120811),
#: 4 of 99): arn ksf mhn wal
O_SERIES: list[Own] = [
    Own("arn_o_series_successor_in_a_last_clause", url("arn", "openai", "o3"),
        page("arn", "o3", "<div>Input:$1.60/M</div><div>Output:$6.40/M</div>",
             "<p>o3 deprecated, 2027-06-01 afküleay. Ka, küdawnge o4-mini.</p>"),
        [("input", M, 1.6, None, None), ("output", M, 6.4, None, None)],
        status="deprecated", status_date="2027-06-01", replacements=("o4-mini",)),
    Own("ksf_o_series_successor_alone_in_a_short_sentence", url("ksf", "openai", "o1-mini"),
        page("ksf", "o1-mini", "<div>Input:$0.88/M</div><div>Output:$3.52/M</div>",
             "<p>o1-mini retired 2025-10-27. Sal o3-mini ne.</p>"),
        [("input", M, 0.88, None, None), ("output", M, 3.52, None, None)],
        status="retired", status_date="2025-10-27", replacements=("o3-mini",)),
    # traps: an older sibling, a variant of the same version
    Own("mhn_trap_an_older_o_series_sibling", url("mhn", "openai", "o3-mini"),
        page("mhn", "o3-mini", "<div>Input:$0.88/M</div><div>Output:$3.52/M</div>",
             "<p>o3-mini deprecated 2027-01-01. Nimm o1-mini.</p>"),
        [("input", M, 0.88, None, None), ("output", M, 3.52, None, None)],
        status="deprecated", status_date="2027-01-01"),
    Own("wal_trap_a_variant_of_the_same_version", url("wal", "openai", "o4-mini"),
        page("wal", "o4-mini", "<div>Input:$0.88/M</div><div>Output:$3.52/M</div>",
             "<p>o4-mini deprecated 2027-02-01። ሃሳባ o4-mini-high።</p>"),
        [("input", M, 0.88, None, None), ("output", M, 3.52, None, None)],
        status="deprecated", status_date="2027-02-01"),
    # traps: this model replacing an older o-model, a release date, a newer one's launch
    Own("arn_trap_this_o_model_replaces_an_older_one", url("arn", "openai", "o4-mini"),
        page("arn", "o4-mini", "<div>Input:$0.88/M</div><div>Output:$3.52/M</div>",
             "<p>o4-mini replace o3-mini. o3-mini deprecated 2026-12-01. Küdawnge o4-mini.</p>"),
        [("input", M, 0.88, None, None), ("output", M, 3.52, None, None)]),
    Own("ksf_trap_a_release_date_and_a_new_badge", url("ksf", "openai", "o3"),
        page("ksf", "o3", "<span class='badge'>New</span>"
             "<div>Input:$1.60/M</div><div>Output:$6.40/M</div>",
             "<p>o3 released 2025-04-16. Sal o4-mini ne.</p>"),
        [("input", M, 1.6, None, None), ("output", M, 6.4, None, None)]),
]


@pytest.mark.parametrize("own", O_SERIES, ids=[o.name for o in O_SERIES])
def test_an_o_series_successor_reads_by_the_storys_shape(own: Own) -> None:
    assert reading(own) == expected(own)


# ---- the second set, written after the round's rules, measured at first sight ---------------
#: languages drawn by lot from the same pool less the fourteen above
#: (``random.Random(2026120812).sample(pool, 8)``, 95 left): brh cho dje kek ken mer rhg wbp
SECOND: list[Own] = [
    Own("brh_arabic_script_notice_with_a_cldr_month", url("brh", "openai", "gpt-4o-mini"),
        page("brh", "GPT-4o mini",
             "<div>داخل:$0.12/M</div><div>پیشن:$0.48/M</div>"
             "<p>GPT-4o mini OpenAI نا چنکا ماڈل ءِ.</p>",
             "<h2>خبر</h2><p>GPT-4o mini deprecated مریک. 31 مارچ 2027 آن پد بند مریک. "
             "gpt-5-mini اٹ کار بنف.</p>"),
        [("input", M, 0.12, None, None), ("output", M, 0.48, None, None)],
        status="deprecated", status_date="2027-03-31", replacements=("gpt-5-mini",),
        left="a successor named first in its sentence, the verb after it (SOV), is not read"),
    Own("cho_trap_the_older_siblings_retirement", url("cho", "anthropic", "claude-sonnet-4-5"),
        page("cho", "Claude Sonnet 4.5",
             "<div>Input:$2.40/M</div><div>Output:$12/M</div>"
             "<p>Claude Sonnet 4.5 ak Anthropic im model.</p>",
             "<p>Claude Sonnet 4 ash retired 2026-05-14. Claude Sonnet 4.5 ash falammi.</p>"),
        [("input", M, 2.4, None, None), ("output", M, 12.0, None, None)]),
    Own("dje_sizes_in_prose_with_token_loanwords", url("dje", "openai", "o4-mini"),
        page("dje", "o4-mini",
             "<div>Input:$0.88/M</div><div>Output:$3.52/M</div>",
             "<p>o4-mini ga context 200,000 tokens ta. A ga hin ka hantum output "
             "100,000 tokens hala jaŋ.</p>"),
        [("input", M, 0.88, None, None), ("output", M, 3.52, None, None)],
        context_window=200_000, max_output_tokens=100_000),
    Own("kek_retired_with_a_cldr_month_and_a_successor", url("kek", "google", "gemini-1-5-flash"),
        page("kek", "Gemini 1.5 Flash",
             "<div>Input:$0.06/M</div><div>Output:$0.24/M</div>"
             "<p>Gemini 1.5 Flash jun model re Google.</p>",
             "<h2>Esilal</h2><p>Gemini 1.5 Flash retired chalen 24 Xbʼelee Po 2025. "
             "Tatoksi gemini-2.5-flash.</p>"),
        [("input", M, 0.06, None, None), ("output", M, 0.24, None, None)],
        status="retired", status_date="2025-09-24", replacements=("gemini-2-5-flash",)),
    Own("ken_trap_a_new_badge_and_a_release_date", url("ken", "openai", "gpt-5"),
        page("ken", "GPT-5", "<span class='badge'>New</span>"
             "<div>Input:$1/M</div><div>Output:$8/M</div>",
             "<p>GPT-5 a bɔ 2025-08-07. Nde model OpenAI.</p>"),
        [("input", M, 1.0, None, None), ("output", M, 8.0, None, None)]),
    Own("mer_deprecated_with_a_cldr_month_and_use", url("mer", "anthropic", "claude-3-7-sonnet"),
        page("mer", "Claude 3.7 Sonnet",
             "<div>Input:$2.40/M</div><div>Output:$12/M</div>"
             "<p>Claude 3.7 Sonnet nĩ model ya Anthropic.</p>",
             "<h2>Ũmenyithia</h2><p>Claude 3.7 Sonnet nĩ deprecated. Ntuku ya mũthia nĩ "
             "19 Njuni 2027. Tũmĩra claude-sonnet-4-5.</p>"),
        [("input", M, 2.4, None, None), ("output", M, 12.0, None, None)],
        status="deprecated", status_date="2027-06-19", replacements=("claude-sonnet-4-5",)),
    Own("rhg_trap_an_older_o_models_end", url("rhg", "openai", "o3"),
        page("rhg", "o3", "<div>Input:$1.60/M</div><div>Output:$6.40/M</div>",
             "<p>o1 deprecated 2026-07-01. o3 ase, kam goron.</p>"),
        [("input", M, 1.6, None, None), ("output", M, 6.4, None, None)]),
    Own("wbp_list_item_with_an_arrow_and_a_dot_date", url("wbp", "alibaba", "qwen-max"),
        page("wbp", "Qwen Max",
             "<div>Input:$1.60/M</div><div>Output:$6.40/M</div>"
             "<p>Qwen Max ka Alibaba-kurlu model.</p>",
             "<ul><li>Qwen Max: deprecated · 31.01.2027 → qwen3-max</li></ul>"),
        [("input", M, 1.6, None, None), ("output", M, 6.4, None, None)],
        status="deprecated", status_date="2027-01-31", replacements=("qwen3-max",)),
]


#: the second set's pages the reader read fully right at first sight (d7ec880): 7/8
SECOND_FIRST_SIGHT: frozenset[str] = frozenset(o.name for o in SECOND) - {
    "brh_arabic_script_notice_with_a_cldr_month"}


@pytest.mark.parametrize("own", [
    pytest.param(o, marks=pytest.mark.xfail(strict=True, reason=o.left)) if o.left else o
    for o in SECOND], ids=[o.name for o in SECOND])
def test_own_no_file_pages_round_10_second_set(own: Own) -> None:
    assert reading(own) == expected(own)
