"""Lifecycle statements in wordings no vocabulary lists: pages of our own, written before the
rules of round 8 were (their first-sight reading is in CHANGELOG.md), with traps.

A lifecycle told with a verb no file has ("is pulling", "vom Netz nehmen", "débranchera") is
still recognisable by its shape: this model, a date, a successor, the page's own section for
it. The traps hold the same parts for another event: a release, a price change, this model
replacing an older one, another model's ending, a future feature.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from catalog.run.normalized_page import read_and_normalize
from tests.blind_score import _slug
from tests.test_no_invention import page, url

TODAY = date(2026, 11, 28)


class Case(NamedTuple):
    """One page and the lifecycle a careful person records from it."""

    name: str
    url: str
    html: str
    status: str = "active"
    status_date: str | None = None
    replacements: tuple[str, ...] = ()
    #: why the reader does not read it yet (the case is then an expected failure, strict)
    left: str | None = None


def _head(price: str = "<div>Input: $1/M</div><div>Output: $4/M</div>") -> str:
    return price


CASES: list[Case] = [
    # ---- English: phrasal verbs and verbs no list names ------------------------------------
    Case("en_is_pulling_with_a_date_and_move_to", url("en", "openai", "gpt-4-1-nano"),
         page("en", "GPT-4.1 nano", _head(), "<p>GPT-4.1 nano is OpenAI's smallest model.</p>",
              "<h2>Notice</h2><p>OpenAI is pulling GPT-4.1 nano from its API on 15 January "
              "2027. Move to GPT-5 nano.</p>"),
         "deprecated", "2027-01-15", ("gpt-5-nano",)),
    Case("en_taking_offline_and_takes_its_place", url("en", "anthropic", "claude-3-haiku"),
         page("en", "Claude 3 Haiku", _head(), "<p>Claude 3 Haiku is a fast model.</p>",
              "<h2>Heads-up</h2><p>Anthropic will be taking Claude 3 Haiku offline on March 3, "
              "2027; Claude Haiku 4.5 takes its place.</p>"),
         "deprecated", "2027-03-03", ("claude-haiku-4-5",)),
    Case("en_a_deprecation_section_a_name_and_a_date", url("en", "anthropic", "claude-3-opus"),
         page("en", "Claude 3 Opus", _head(), "<p>Claude 3 Opus is Anthropic's large model.</p>",
              "<h2>Deprecation</h2><p>Claude 3 Opus: 5 January 2027. Recommended replacement: "
              "Claude Opus 4.1.</p>"),
         "deprecated", "2027-01-05", ("claude-opus-4-1",)),
    Case("en_being_switched_off_past", url("en", "openai", "gpt-4-5-preview"),
         page("en", "GPT-4.5 Preview", _head(), "<p>GPT-4.5 Preview was a research preview.</p>",
              "<h2>Status</h2><p>GPT-4.5 Preview got switched off on 14 July 2025.</p>"),
         "retired", "2025-07-14"),
    # traps
    Case("en_trap_release_and_replacing_in_a_lifecycle_section", url("en", "openai", "gpt-4o"),
         page("en", "GPT-4o", _head(), "<p>GPT-4o is OpenAI's omni model.</p>",
              "<h2>Lifecycle</h2><p>GPT-4o came out on 13 May 2024 and took over from GPT-4 "
              "Turbo.</p>")),
    Case("en_trap_another_model_switched_off", url("en", "mistral", "codestral-25-08"),
         page("en", "Codestral 25.08", _head(), "<p>Codestral 25.08 writes code.</p>",
              "<h2>Deprecation</h2><p>Mistral is shutting off Codestral 22B on 1 February 2027."
              " Codestral 25.08 stays.</p>")),
    Case("en_trap_a_future_feature_in_a_status_section", url("en", "anthropic",
                                                             "claude-sonnet-4-5"),
         page("en", "Claude Sonnet 4.5", _head(), "<p>Claude Sonnet 4.5 is a coding model.</p>",
              "<h2>Status</h2><p>Starting February 2, 2027, Claude Sonnet 4.5 will be able to "
              "read spreadsheets.</p>")),
    Case("en_trap_a_price_cut_in_a_deprecation_section", url("en", "openai", "o3"),
         page("en", "o3", _head(), "<p>o3 is OpenAI's reasoning model.</p>",
              "<h2>Deprecations</h2><p>o3 is not affected. Its price drops on 1 March 2027.</p>")),
    # ---- languages with a file ---------------------------------------------------------------
    Case("de_vom_netz_nehmen", url("de", "anthropic", "claude-3-5-haiku"),
         page("de", "Claude 3.5 Haiku", "<div>Eingabe: $0.8/M</div><div>Ausgabe: $4/M</div>",
              "<p>Claude 3.5 Haiku ist ein schnelles Modell.</p>",
              "<h2>Hinweis</h2><p>Anthropic nimmt Claude 3.5 Haiku am 19.02.2027 vom Netz. Wer "
              "wechseln will, greift zu Claude Haiku 4.5.</p>"),
         "deprecated", "2027-02-19", ("claude-haiku-4-5",),
         left="a miss: 'greift zu', a successor cue no file lists"),
    Case("de_trap_a_price_change", url("de", "google", "gemini-2-5-flash"),
         page("de", "Gemini 2.5 Flash", "<div>Eingabe: $0.3/M</div><div>Ausgabe: $2.5/M</div>",
              "<p>Gemini 2.5 Flash ist schnell.</p>",
              "<h2>Status</h2><p>Ab dem 1. Januar 2027 senkt Google den Preis von Gemini 2.5 "
              "Flash.</p>")),
    Case("es_dejara_de_ofrecer", url("es", "google", "gemini-2-0-flash"),
         page("es", "Gemini 2.0 Flash", "<div>Entrada: $0.1/M</div><div>Salida: $0.4/M</div>",
              "<p>Gemini 2.0 Flash es un modelo rápido.</p>",
              "<h2>Aviso</h2><p>Google dejará de ofrecer Gemini 2.0 Flash el 3 de marzo de 2027."
              " Se aconseja migrar a Gemini 2.5 Flash.</p>"),
         "deprecated", "2027-03-03", ("gemini-2-5-flash",)),
    Case("fr_debranchera", url("fr", "openai", "o1-mini"),
         page("fr", "o1-mini", "<div>Entrée : $1.1/M</div><div>Sortie : $4.4/M</div>",
              "<p>o1-mini est un modèle de raisonnement.</p>",
              "<h2>Annonce</h2><p>OpenAI débranchera o1-mini le 14 février 2027 ; passez à "
              "o4-mini.</p>"),
         "deprecated", "2027-02-14", ("o4-mini",)),
    Case("it_spento_in_the_past", url("it", "anthropic", "claude-3-sonnet"),
         page("it", "Claude 3 Sonnet", "<div>Input: $3/M</div><div>Output: $15/M</div>",
              "<p>Claude 3 Sonnet è un modello di Anthropic.</p>",
              "<h2>Stato</h2><p>Il modello Claude 3 Sonnet è stato spento il 21 luglio 2025. In "
              "sostituzione: Claude Sonnet 4.</p>"),
         "retired", "2025-07-21", ("claude-sonnet-4",)),
    Case("pt_tirar_do_ar", url("pt", "meta", "llama-3-1-405b"),
         page("pt", "Llama 3.1 405B", "<div>Entrada: $3/M</div><div>Saída: $3/M</div>",
              "<p>Llama 3.1 405B é o maior modelo aberto da Meta.</p>",
              "<h2>Aviso</h2><p>A Meta vai tirar o Llama 3.1 405B do ar em 30 de abril de 2027."
              "</p>"),
         "deprecated", "2027-04-30"),
    Case("nl_haalt_offline", url("nl", "openai", "gpt-4-turbo"),
         page("nl", "GPT-4 Turbo", "<div>Invoer: $10/M</div><div>Uitvoer: $30/M</div>",
              "<p>GPT-4 Turbo is een ouder model van OpenAI.</p>",
              "<h2>Let op</h2><p>OpenAI haalt GPT-4 Turbo op 6 februari 2027 offline. Stap over "
              "op GPT-4.1.</p>"),
         "deprecated", "2027-02-06", ("gpt-4-1",)),
    Case("pl_wygaszony", url("pl", "deepseek", "deepseek-v3"),
         page("pl", "DeepSeek V3", "<div>Wejście: $0.27/M</div><div>Wyjście: $1.1/M</div>",
              "<p>DeepSeek V3 to duży model językowy.</p>",
              "<h2>Komunikat</h2><p>Dostęp do DeepSeek V3 zostanie wygaszony 12 stycznia 2027 r."
              " Zalecamy przejście na DeepSeek V3.2.</p>"),
         "deprecated", "2027-01-12", ("deepseek-v3-2",)),
    Case("ru_trap_release_and_replacing", url("ru", "openai", "o3"),
         page("ru", "o3", "<div>Ввод: $2/M</div><div>Вывод: $8/M</div>",
              "<p>o3 — модель рассуждений OpenAI.</p>",
              "<h2>Статус</h2><p>Модель o3 вышла 16 апреля 2025 года и заменила o1.</p>")),
    Case("tr_erisime_kapatacak", url("tr", "openai", "gpt-4o-realtime-preview"),
         page("tr", "GPT-4o Realtime Preview", "<div>Girdi: $5/M</div><div>Çıktı: $20/M</div>",
              "<p>GPT-4o Realtime Preview sesli bir modeldir.</p>",
              "<h2>Duyuru</h2><p>OpenAI, GPT-4o Realtime Preview modelini 10 Mart 2027 tarihinde "
              "erişime kapatacak.</p>"),
         "deprecated", "2027-03-10"),
    # ---- languages without a file ------------------------------------------------------------
    Case("ga_cuirfear_deireadh_le", url("ga", "google", "gemini-1-5-pro"),
         page("ga", "Gemini 1.5 Pro", "<div>Ionchur: $1.25/M</div><div>Aschur: $5/M</div>",
              "<p>Is samhail de chuid Google é Gemini 1.5 Pro.</p>",
              "<h2>Stádas</h2><p>Cuirfear deireadh le Gemini 1.5 Pro ar 24 Meán Fómhair 2027. "
              "Úsáid Gemini 2.5 Pro ina áit.</p>"),
         "deprecated", "2027-09-24", ("gemini-2-5-pro",)),  # a newer sibling alone in a short
    # sentence of the story (lifecycle_shape): "Úsáid Gemini 2.5 Pro ina áit."
    Case("cy_diffodd", url("cy", "anthropic", "claude-2-1"),
         page("cy", "Claude 2.1", "<div>Mewnbwn: $8/M</div><div>Allbwn: $24/M</div>",
              "<p>Mae Claude 2.1 yn fodel gan Anthropic.</p>",
              "<h2>Hysbysiad</h2><p>Bydd Claude 2.1 yn cael ei ddiffodd ar 5 Ionawr 2027.</p>"),
         "deprecated", "2027-01-05"),
    Case("sq_do_ta_fike", url("sq", "openai", "dall-e-2"),
         page("sq", "DALL·E 2", "<div>Për imazh: $0.02</div>",
              "<p>DALL·E 2 krijon imazhe nga teksti.</p>",
              "<h2>Statusi</h2><p>OpenAI do ta fikë DALL·E 2 më 12 maj 2027. Kaloni te GPT Image"
              " 1.</p>"),
         "deprecated", "2027-05-12", ("gpt-image-1",),
         left="a miss: 'do ta fikë' and 'Kaloni te': forms the lexicon lacks"),
    Case("is_trap_a_price_change", url("is", "openai", "gpt-5-mini"),
         page("is", "GPT-5 mini", "<div>Inntak: $0.25/M</div><div>Úttak: $2/M</div>",
              "<p>GPT-5 mini er lítið líkan frá OpenAI.</p>",
              "<h2>Staða</h2><p>Verð á GPT-5 mini lækkar 1. janúar 2027.</p>")),
    Case("eu_trap_another_models_ending", url("eu", "qwen", "qwen3-max"),
         page("eu", "Qwen3-Max", "<div>Sarrera: $1.2/M</div><div>Irteera: $6/M</div>",
              "<p>Qwen3-Max Alibabaren eredu handiena da.</p>",
              "<h2>Egoera</h2><p>Qwen2.5-Max 2027ko urtarrilaren 15ean itzaliko da; Qwen3-Max da "
              "haren ordezkoa.</p>")),
]


def reading(case: Case) -> dict:
    """The lifecycle of ``case`` the reader records, in the form the case states it."""
    outcome = read_and_normalize(case.html, case.url, today=TODAY)
    assert outcome.record is not None, outcome.skip_reason
    got = outcome.record.to_json()
    return {"status": got["status"], "status_date": got["status_date"],
            "replacements": tuple(_slug(r) for r in got["replacements"] or ())}


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c.left)) if c.left else c
    for c in CASES], ids=lambda c: c.name)
def test_a_lifecycle_by_its_shape(case: Case) -> None:
    assert reading(case) == {"status": case.status, "status_date": case.status_date,
                             "replacements": case.replacements}
