"""No invented values at first sight: pages of our own with the traps that made the reader invent.

Every blind batch so far showed facts the page does not state about its model at first sight: an
official price taken from the next row, column or card, a price with no tier read beside tier
rows of the same kind, a date of another sentence, a size from a comparison, a percentage that is
no CometAPI discount. The pages below were written for this module in new wordings, markups and
languages (picked at random, with and without a vocabulary file), none copied from a blind page;
each case asserts the exact values a careful person records, and nothing more: when the page
leaves a fact in doubt, the record leaves it empty.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from catalog.run.normalized_page import read_and_normalize
from tests.blind_score import _slug, _tier

TODAY = date(2026, 11, 28)


class Trap(NamedTuple):
    """One page of our own: where it is, what it shows, and what a careful person records."""

    name: str
    url: str
    html: str
    #: (kind, unit, usd, official_usd, tier) of every price the page states about this model
    prices: list[tuple]
    context_window: int | None = None
    max_output_tokens: int | None = None
    discount_pct: float | None = None
    status_date: str | None = None
    replacements: tuple[str, ...] = ()
    #: why the reader does not read it yet (the case is then an expected failure, strict)
    left: str | None = None


def page(lang: str, title: str, header: str, body: str = "", more: str = "") -> str:
    """A model page as the site lays one out: the heading and its price lines, the body, and a
    section of other models' cards."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} – CometAPI</title></head><body>
<header><nav><a href="/{lang}/models/">Models</a> <a href="/{lang}/blog/">Blog</a></nav></header>
<main><div class="head"><h1>{title}</h1>
{header}
</div>
{body}
{more}
</main><footer>© 2026 CometAPI <a href="/{lang}/terms/">Terms</a></footer></body></html>"""


def url(lang: str, provider: str, model: str) -> str:
    return f"https://www.cometapi.com/{lang}/models/{provider}/{model}/"


M = "1M tokens"

TRAPS: list[Trap] = [
    # ---- an official price from the next row, column or card -------------------------------
    Trap(
        "fo_two_labels_in_one_table_row",
        url("fo", "openai", "gpt-4-1-mini"),
        page("fo", "GPT-4.1 mini",
             "<table><tr><td>Inntak</td><td>$0.32/M</td><td>Úttak</td><td>$1.28/M</td></tr></table>"
             "<p>GPT-4.1 mini er ein skjótur og bíligur myndil frá OpenAI til tekst og kodu.</p>",
             "<h2>Um myndilin</h2><p>Hann er góður til stuttar uppgávur.</p>"),
        [("input", M, 0.32, None, None), ("output", M, 1.28, None, None)]),
    Trap(
        "mt_labels_over_values_then_a_card_of_another_model",
        url("mt", "anthropic", "claude-haiku-4-5"),
        page("mt", "Claude Haiku 4.5",
             "<div class='g'><div><span>Dħul</span><span>Ħruġ</span></div>"
             "<div><span>$0.80/M</span><span>$4/M</span></div></div>"
             "<p>Claude Haiku 4.5 huwa l-iżgħar mudell ta' Anthropic, mgħaġġel u irħis.</p>",
             "<h2>Dettalji</h2><p>Tajjeb għal chat u għal aġenti żgħar.</p>",
             "<section><h2>Mudelli oħra</h2><div class='c'><b>Claude Sonnet 4.5</b>"
             "<span>Dħul $2.40/M</span><span>Ħruġ $12/M</span></div>"
             "<div class='c'><b>Claude Opus 4.1</b><span>Dħul $12/M</span>"
             "<span>Ħruġ $60/M</span></div></section>"),
        [("input", M, 0.8, None, None), ("output", M, 4.0, None, None)]),
    Trap(
        "sc_second_column_is_a_batch_price_not_the_official_one",
        url("sc", "openai", "gpt-5-mini"),
        page("sc", "GPT-5 mini",
             "<p>GPT-5 mini est unu modellu lestru de OpenAI pro testu e pro còdighe.</p>",
             "<h2>Prètziu</h2><table><tr><th>Tipu</th><th>Prètziu</th>"
             "<th>Prètziu in batch</th></tr>"
             "<tr><td>Intrada</td><td>$0.20/M</td><td>$0.10/M</td></tr>"
             "<tr><td>Essida</td><td>$1.60/M</td><td>$0.80/M</td></tr></table>"),
        [("input", M, 0.2, None, None), ("output", M, 1.6, None, None)],
        left='a miss: a pricing table of words no file has and no header price gives no price'),
    Trap(
        "en_a_bracketed_second_figure_with_no_mark",
        url("en", "xai", "grok-3-mini"),
        page("en", "Grok 3 Mini",
             "<div>Input: $0.24/M <small>($0.30/M)</small></div>"
             "<div>Output: $0.40/M <small>($0.50/M)</small></div>"
             "<p>Grok 3 Mini is xAI's small reasoning model for quick answers.</p>"),
        [("input", M, 0.24, None, None), ("output", M, 0.4, None, None)]),
    Trap(
        "ha_a_price_of_the_bigger_sibling_in_prose",
        url("ha", "google", "gemini-2-5-flash-lite"),
        page("ha", "Gemini 2.5 Flash-Lite",
             "<div>Shigarwa: $0.08/M</div><div>Fitarwa: $0.32/M</div>"
             "<p>Gemini 2.5 Flash-Lite shi ne ƙaramin samfurin Google mai sauri.</p>",
             "<h2>Farashi</h2><p>Google yana cajin $0.30 akan kowane miliyan tokens na shigarwa "
             "don Gemini 2.5 Flash, babban ɗan'uwansa.</p>"),
        [("input", M, 0.08, None, None), ("output", M, 0.32, None, None)]),
    Trap(
        "de_a_comparison_table_of_several_models",
        url("de", "mistral", "mistral-small-3-2"),
        page("de", "Mistral Small 3.2",
             "<div>Eingabe: $0.08/M</div><div>Ausgabe: $0.24/M</div>"
             "<p>Mistral Small 3.2 ist ein kleines, schnelles Modell von Mistral AI.</p>",
             "<h2>Im Vergleich</h2><table><tr><th>Modell</th><th>Eingabe</th><th>Ausgabe</th></tr>"
             "<tr><td>Mistral Small 3.2</td><td>$0.08/M</td><td>$0.24/M</td></tr>"
             "<tr><td>Mistral Medium 3</td><td>$0.32/M</td><td>$1.60/M</td></tr></table>"),
        [("input", M, 0.08, None, None), ("output", M, 0.24, None, None)]),
    Trap(
        "qu_header_price_lines_each_with_a_second_figure_after_a_bar",
        url("qu", "deepseek", "deepseek-v3-1"),
        page("qu", "DeepSeek V3.1",
             "<p class='l'>Yaykuy | $0.44/M | $0.56/M</p>"
             "<p class='l'>Lluqsiy | $1.32/M | $1.68/M</p>"
             "<p>DeepSeek V3.1 nisqaqa DeepSeek-pa hatun rimay modelonmi.</p>"),
        [("input", M, 0.44, None, None), ("output", M, 1.32, None, None)]),
    Trap(
        "id_official_price_lines_named_by_a_bracket_are_kept",
        url("id", "moonshot", "kimi-k2"),
        page("id", "Kimi K2",
             "<div>Input (CometAPI) – $0.48/M</div><div>Output (CometAPI) – $1.92/M</div>"
             "<div>Input (harga resmi) – $0.60/M</div><div>Output (harga resmi) – $2.40/M</div>"
             "<p>Kimi K2 adalah model bahasa besar dari Moonshot AI.</p>"),
        [("input", M, 0.48, 0.6, None), ("output", M, 1.92, 2.4, None)]),
    # ---- a price with no tier beside tier rows of the same kind -------------------------------
    Trap(
        "wo_header_per_second_equal_to_a_resolution_row",
        url("wo", "kling", "kling-v2-1"),
        page("wo", "Kling V2.1",
             "<div>Ci saa bu nekk: $0.12</div>"
             "<p>Kling V2.1 mooy modèl bu def widewo ci nataal walla ci mbind.</p>",
             "<h2>Njëg</h2><ul><li>720p — $0.12 / s</li><li>1080p — $0.20 / s</li></ul>"),
        [("per_second", "second", 0.12, None, "720p"),
         ("per_second", "second", 0.2, None, "1080p")]),
    Trap(
        "cv_image_sizes_table_and_a_header_figure_of_the_smallest",
        url("cv", "openai", "dall-e-3"),
        page("cv", "DALL·E 3",
             "<dl><dt>Ӳкерчĕкшĕн</dt><dd>$0.032</dd></dl>"
             "<p>DALL·E 3 — OpenAI ӳкерчĕк тăвакан модель.</p>",
             "<h2>Хаклăх</h2><table><tr><th>Виҫе</th><th>Хак</th></tr>"
             "<tr><td>1024×1024</td><td>$0.032</td></tr><tr><td>1024×1792</td><td>$0.064</td></tr>"
             "</table>"),
        [("per_image", "image", 0.032, None, "1024×1024"),
         ("per_image", "image", 0.064, None, "1024×1792")]),
    Trap(
        "es_context_tiers_and_the_header_summary",
        url("es", "google", "gemini-2-5-pro"),
        page("es", "Gemini 2.5 Pro",
             "<div>Entrada: $1/M</div><div>Salida: $8/M</div>"
             "<p>Gemini 2.5 Pro es el modelo de razonamiento más capaz de Google.</p>",
             "<h2>Precios por tramo</h2><table><tr><th>Contexto</th><th>Entrada</th><th>Salida</th>"
             "</tr><tr><td>≤ 200K tokens</td><td>$1/M</td><td>$8/M</td></tr>"
             "<tr><td>&gt; 200K tokens</td><td>$2/M</td><td>$12/M</td></tr></table>"),
        # the header's prices are the page's base prices, kept beside the tiers (the
        # convention of every blind batch's expectations)
        [("input", M, 1.0, None, None), ("output", M, 8.0, None, None),
         ("input", M, 1.0, None, "≤200ktokens"), ("output", M, 8.0, None, "≤200ktokens"),
         ("input", M, 2.0, None, ">200ktokens"), ("output", M, 12.0, None, ">200ktokens")]),
    Trap(
        "om_video_tiers_and_a_card_of_another_model_with_the_same_figure",
        url("om", "runway", "gen4-turbo"),
        page("om", "Gen-4 Turbo",
             "<p>Gen-4 Turbo moodeela viidiyoo saffisaa Runway ti.</p>",
             "<h2>Gatii sekondii tokkoon</h2>"
             "<div class='r'><span>720p</span><span>$0.05</span></div>"
             "<div class='r'><span>1080p</span><span>$0.08</span></div>",
             "<section><h2>Moodeelota biroo</h2><div class='card'><h3>Veo 3 Fast</h3>"
             "<p>Sekondii tokkoon $0.05</p></div></section>"),
        [("per_second", "second", 0.05, None, "720p"),
         ("per_second", "second", 0.08, None, "1080p")]),
    # ---- a date of another sentence ---------------------------------------------------------
    Trap(
        "en_the_announcement_date_is_not_the_ending",
        url("en", "openai", "gpt-4o-mini-tts"),
        page("en", "GPT-4o mini TTS", "<div>Per minute: $0.012</div>"
             "<p>GPT-4o mini TTS turns text into natural speech.</p>",
             "<h2>Lifecycle</h2><p>OpenAI will retire GPT-4o mini TTS from its API. The notice "
             "went out on 3 November 2026 to every account that used it.</p>"),
        [("per_minute", "minute", 0.012, None, None)]),
    Trap(
        "de_a_price_change_date_after_the_ending",
        url("de", "google", "veo-3-fast"),
        page("de", "Veo 3 Fast", "<div>Pro Sekunde: $0.32</div>"
             "<p>Veo 3 Fast erzeugt kurze Videos mit Ton.</p>",
             "<h2>Hinweis</h2><p>Google stellt Veo 3 Fast ein. Seit dem 1. Oktober 2026 kostet "
             "jede Sekunde weniger als zuvor.</p>"),
        [("per_second", "second", 0.32, None, None)]),
    Trap(
        "ja_a_revision_date_in_the_next_sentence",
        url("ja", "anthropic", "claude-3-7-sonnet"),
        page("ja", "Claude 3.7 Sonnet", "<div>入力:$2.4/M</div><div>出力:$12/M</div>"
             "<p>Claude 3.7 Sonnet は Anthropic の推論モデルです。</p>",
             "<h2>お知らせ</h2><p>このモデルは提供終了予定です。なお、2026年12月1日にドキュメントを"
             "改訂しました。</p>"),
        [("input", M, 2.4, None, None), ("output", M, 12.0, None, None)]),
    Trap(
        "ru_the_date_of_another_model_in_the_same_paragraph",
        url("ru", "openai", "o4-mini"),
        page("ru", "o4-mini", "<div>Ввод: $0.88/M</div><div>Вывод: $3.52/M</div>"
             "<p>o4-mini — компактная модель рассуждений от OpenAI.</p>",
             "<h2>Статус</h2><p>OpenAI планирует отключить o4-mini. Модель o3-mini была отключена "
             "15.01.2027.</p>"),
        [("input", M, 0.88, None, None), ("output", M, 3.52, None, None)]),
    Trap(
        "fo_a_coordinated_clause_about_a_new_api_version",
        url("fo", "openai", "gpt-4-1-nano"),
        page("fo", "GPT-4.1 nano", "<div>Inntak: $0.08/M</div><div>Úttak: $0.32/M</div>"
             "<p>GPT-4.1 nano er minsti myndilin í GPT-4.1 røðini.</p>",
             "<h2>Støða</h2><p>OpenAI fer at taka GPT-4.1 nano úr umferð. Skjølini vórðu "
             "dagførd 2. februar 2027.</p>"),
        [("input", M, 0.08, None, None), ("output", M, 0.32, None, None)]),
    # ---- a size from a comparison ------------------------------------------------------------
    Trap(
        "en_another_models_context_first_then_this_ones",
        url("en", "xai", "grok-4"),
        page("en", "Grok 4", "<div>Input: $2.4/M</div><div>Output: $12/M</div>"
             "<p>Grok 4 is xAI's flagship reasoning model.</p>",
             "<h2>Context</h2><p>Grok 4 Fast reads up to 2,000,000 tokens; Grok 4 itself holds "
             "256,000.</p>"),
        [("input", M, 2.4, None, None), ("output", M, 12.0, None, None)],
        context_window=256000,
        left="a miss: 'Grok 4 itself holds 256,000' names no context word"),
    Trap(
        "vi_a_context_of_another_model_after_while",
        url("vi", "anthropic", "claude-sonnet-4-5"),
        page("vi", "Claude Sonnet 4.5", "<div>Đầu vào: $2.4/M</div><div>Đầu ra: $12/M</div>"
             "<p>Claude Sonnet 4.5 là mô hình mạnh của Anthropic cho lập trình.</p>",
             "<h2>Thông số</h2><p>Cửa sổ ngữ cảnh của Claude Sonnet 4.5 là 200.000 token, trong "
             "khi Gemini 2.5 Pro nhận tới 1.048.576 token.</p>"),
        [("input", M, 2.4, None, None), ("output", M, 12.0, None, None)],
        context_window=200000),
    Trap(
        "tk_the_output_limit_of_another_model_after_a_semicolon",
        url("tk", "mistral", "codestral-2501"),
        page("tk", "Codestral 2501", "<div>Giriş: $0.24/M</div><div>Çykyş: $0.72/M</div>"
             "<p>Codestral 2501 Mistral AI-niň kod ýazmak üçin modelidir.</p>",
             "<h2>Aýratynlyklar</h2><p>Codestral 2501 bir jogapda iň köp 8 192 token ýazyp "
             "bilýär; Mistral Large 2 bolsa iň köp 32 768 token.</p>"),
        [("input", M, 0.24, None, None), ("output", M, 0.72, None, None)],
        max_output_tokens=8192,
        left='a miss: Turkmen has no file and its output words are not read'),
    # ---- a percentage that is no CometAPI discount -------------------------------------------
    Trap(
        "en_a_batch_saving_is_no_discount",
        url("en", "openai", "gpt-4o"),
        page("en", "GPT-4o", "<div>Input: $2/M</div><div>Output: $8/M</div>"
             "<p>GPT-4o is OpenAI's multimodal model.</p>",
             "<h2>Batch</h2><p>Requests sent through the Batch API cost 50% less and return "
             "within a day.</p>"),
        [("input", M, 2.0, None, None), ("output", M, 8.0, None, None)]),
    Trap(
        "nl_a_first_top_up_promotion_is_no_discount",
        url("nl", "deepseek", "deepseek-r1"),
        page("nl", "DeepSeek R1", "<div>Invoer: $0.44/M</div><div>Uitvoer: $1.76/M</div>"
             "<p>DeepSeek R1 is een open redeneermodel van DeepSeek.</p>",
             "<h2>Aanbieding</h2><p>Nieuwe klanten krijgen 10% korting op hun eerste "
             "opwaardering.</p>"),
        [("input", M, 0.44, None, None), ("output", M, 1.76, None, None)]),
    # ---- written after the rules, to see that they carry over ----------------------------
    Trap(
        "en_rows_of_two_figures_under_no_header_and_no_discount",
        url("en", "meta", "llama-4-scout"),
        page("en", "Llama 4 Scout", "<div>Input: $0.12/M</div><div>Output: $0.45/M</div>"
             "<p>Llama 4 Scout is Meta's efficient multimodal model.</p>",
             "<h2>Pricing</h2><table><tr><td>Input</td><td>$0.12/M</td><td>$0.18/M</td></tr>"
             "<tr><td>Output</td><td>$0.45/M</td><td>$0.60/M</td></tr></table>"),
        [("input", M, 0.12, None, None), ("output", M, 0.45, None, None)]),
    Trap(
        "en_rows_of_two_figures_that_the_stated_discount_confirms",
        url("en", "meta", "llama-4-maverick"),
        page("en", "Llama 4 Maverick", "<div>Input: $0.40/M</div><div>Output: $1.60/M</div>"
             "<p>Llama 4 Maverick is Meta's larger mixture-of-experts model.</p>",
             "<h2>Pricing</h2><table><tr><td>Input</td><td>$0.40/M</td><td>$0.50/M</td></tr>"
             "<tr><td>Output</td><td>$1.60/M</td><td>$2/M</td></tr>"
             "<tr><td>Discount</td><td>-20%</td></tr></table>"),
        [("input", M, 0.4, 0.5, None), ("output", M, 1.6, 2.0, None)], discount_pct=20.0),
    Trap(
        "pt_a_notice_date_after_a_future_ending",
        url("pt", "openai", "o3-mini"),
        page("pt", "o3-mini", "<div>Entrada: $0.88/M</div><div>Saída: $3.52/M</div>"
             "<p>O o3-mini é um modelo de raciocínio compacto da OpenAI.</p>",
             "<h2>Aviso</h2><p>A OpenAI vai desativar o o3-mini. O comunicado foi enviado em 2 de "
             "novembro de 2026 a todos os clientes.</p>"),
        [("input", M, 0.88, None, None), ("output", M, 3.52, None, None)]),
    Trap(
        "fr_a_price_cut_date_after_a_future_ending",
        url("fr", "mistral", "magistral-medium"),
        page("fr", "Magistral Medium", "<div>Entrée : $1.6/M</div><div>Sortie : $4/M</div>"
             "<p>Magistral Medium est le modèle de raisonnement de Mistral AI.</p>",
             "<h2>Cycle de vie</h2><p>Mistral AI retirera Magistral Medium. Le tarif a déjà "
             "baissé le 1er octobre 2026.</p>"),
        [("input", M, 1.6, None, None), ("output", M, 4.0, None, None)]),
    Trap(
        "en_a_future_ending_completed_by_its_date_in_the_next_sentence",
        url("en", "openai", "gpt-4-5-preview"),
        page("en", "GPT-4.5 Preview", "<div>Input: $60/M</div><div>Output: $120/M</div>"
             "<p>GPT-4.5 Preview is OpenAI's research preview model.</p>",
             "<h2>Lifecycle</h2><p>OpenAI will retire GPT-4.5 Preview. Requests keep working until "
             "14 July 2027.</p>"),
        [("input", M, 60.0, None, None), ("output", M, 120.0, None, None)],
        status_date="2027-07-14"),
    Trap(
        "es_a_first_top_up_offer_is_no_discount",
        url("es", "qwen", "qwen-turbo"),
        page("es", "Qwen Turbo", "<div>Entrada: $0.04/M</div><div>Salida: $0.16/M</div>"
             "<p>Qwen Turbo es el modelo más rápido de la serie Qwen.</p>",
             "<h2>Oferta</h2><p>Los nuevos usuarios ahorran un 15% en su primera recarga.</p>"),
        [("input", M, 0.04, None, None), ("output", M, 0.16, None, None)]),
    Trap(
        "fr_a_discount_against_the_official_price_is_kept",
        url("fr", "qwen", "qwen-plus"),
        page("fr", "Qwen Plus", "<div>Entrée : $0.32/M</div><div>Sortie : $0.96/M</div>"
             "<p>Qwen Plus est un modèle équilibré d'Alibaba.</p>",
             "<h2>Tarifs</h2><p>Sur CometAPI, ce modèle coûte 20 % de moins que le prix "
             "officiel.</p>"),
        [("input", M, 0.32, None, None), ("output", M, 0.96, None, None)], discount_pct=20.0),
    Trap(
        "sm_an_unread_header_word_over_image_size_rows",
        url("sm", "openai", "gpt-image-1"),
        page("sm", "GPT Image 1", "<div><span>Ata taʻitasi</span><span>$0.04</span></div>"
             "<p>O le GPT Image 1 o le faʻataʻitaʻiga ata a OpenAI.</p>",
             "<h2>Tau</h2><table><tr><th>Lapoa</th><th>Tau</th></tr>"
             "<tr><td>1024×1024</td><td>$0.04</td></tr><tr><td>1536×1024</td><td>$0.06</td></tr>"
             "</table>"),
        [("per_image", "image", 0.04, None, "1024×1024"),
         ("per_image", "image", 0.06, None, "1536×1024")]),
    # ---- a third set, written after the rules above --------------------------------------
    Trap(
        "en_a_price_of_an_unnamed_sibling_on_the_providers_api",
        url("en", "google", "gemini-2-5-flash-lite"),
        page("en", "Gemini 2.5 Flash-Lite", "<div>Input: $0.08/M</div><div>Output: $0.32/M</div>"
             "<p>Gemini 2.5 Flash-Lite is Google's fastest small model.</p>",
             "<h2>Pricing</h2><p>Its bigger sibling lists at $0.30 per million input tokens on "
             "Google's own API.</p>"),
        [("input", M, 0.08, None, None), ("output", M, 0.32, None, None)]),
    Trap(
        "en_a_priority_tier_of_the_provider_is_no_list_price",
        url("en", "openai", "gpt-4-1"),
        page("en", "GPT-4.1", "<div>Input: $1.60/M</div><div>Output: $6.40/M</div>"
             "<p>GPT-4.1 is OpenAI's model for coding and long documents.</p>",
             "<h2>Priority</h2><p>OpenAI's priority processing tier costs $3.50 per million input "
             "tokens.</p>"),
        [("input", M, 1.6, None, None), ("output", M, 6.4, None, None)]),
    Trap(
        "en_a_transposed_table_whose_second_row_is_batch",
        url("en", "openai", "gpt-4o-mini"),
        page("en", "GPT-4o mini", "<div>Input: $0.12/M</div><div>Output: $0.48/M</div>"
             "<p>GPT-4o mini is OpenAI's small multimodal model.</p>",
             "<h2>Pricing</h2><table><tr><th></th><th>Input</th><th>Output</th></tr>"
             "<tr><td>CometAPI</td><td>$0.12/M</td><td>$0.48/M</td></tr>"
             "<tr><td>Batch</td><td>$0.06/M</td><td>$0.24/M</td></tr></table>"),
        [("input", M, 0.12, None, None), ("output", M, 0.48, None, None)]),
    Trap(
        "kk_official_prices_named_in_a_line_are_kept",
        url("kk", "openai", "gpt-5"),
        page("kk", "GPT-5", "<div>Кіріс: $1/M</div><div>Шығыс: $8/M</div>"
             "<p>GPT-5 — OpenAI компаниясының флагмандық моделі.</p>",
             "<h2>Баға</h2><table><tr><th>Түрі</th><th>CometAPI бағасы</th><th>Ресми баға</th></tr>"
             "<tr><td>Кіріс</td><td>$1/M</td><td>$1.25/M</td></tr>"
             "<tr><td>Шығыс</td><td>$8/M</td><td>$10/M</td></tr></table>"),
        [("input", M, 1.0, 1.25, None), ("output", M, 8.0, 10.0, None)]),
    Trap(
        "lg_a_card_of_another_model_with_a_struck_price",
        url("lg", "anthropic", "claude-sonnet-4"),
        page("lg", "Claude Sonnet 4",
             "<div>Ebiyingizibwa: $2.4/M</div><div>Ebifulumizibwa: $12/M</div>"
             "<p>Claude Sonnet 4 ye model ya Anthropic ey'amaanyi.</p>", "",
             "<section><h2>Model endala</h2><div class='card'><h3>Claude Opus 4</h3>"
             "<p>Ebiyingizibwa <s>$15/M</s> $12/M</p><p>Ebifulumizibwa <s>$75/M</s> $60/M</p>"
             "</div></section>"),
        [("input", M, 2.4, None, None), ("output", M, 12.0, None, None)]),
    Trap(
        "gl_header_figure_beside_resolution_rows_and_a_unit",
        url("gl", "bytedance", "seedance-1-0-lite"),
        page("gl", "Seedance 1.0 Lite", "<div>Por segundo: $0.018</div>"
             "<p>Seedance 1.0 Lite é un modelo de vídeo lixeiro de ByteDance.</p>",
             "<h2>Prezos por resolución</h2><table><tr><th>Resolución</th><th>Prezo / segundo</th>"
             "</tr><tr><td>480p</td><td>$0.018</td></tr><tr><td>720p</td><td>$0.036</td></tr>"
             "<tr><td>1080p</td><td>$0.09</td></tr></table>"),
        [("per_second", "second", 0.018, None, None),
         ("per_second", "second", 0.018, None, "480p"),
         ("per_second", "second", 0.036, None, "720p"),
         ("per_second", "second", 0.09, None, "1080p")]),
    Trap(
        "en_a_date_of_another_model_in_the_window",
        url("en", "anthropic", "claude-3-5-haiku"),
        page("en", "Claude 3.5 Haiku", "<div>Input: $0.64/M</div><div>Output: $3.20/M</div>"
             "<p>Claude 3.5 Haiku is Anthropic's fast small model.</p>",
             "<h2>Lifecycle</h2><p>Anthropic will retire Claude 3.5 Haiku. Claude Haiku 4.5 "
             "arrives on 15 January 2027 as its successor.</p>"),
        [("input", M, 0.64, None, None), ("output", M, 3.2, None, None)],
        replacements=("claude-haiku-4-5",)),
    # ---- a fourth set: sizes, successors and plans -----------------------------------------
    Trap(
        "hr_only_another_models_context_for_comparison",
        url("hr", "meta", "llama-4-scout"),
        page("hr", "Llama 4 Scout", "<div>Ulaz: $0.12/M</div><div>Izlaz: $0.45/M</div>"
             "<p>Llama 4 Scout je Metin učinkoviti multimodalni model.</p>",
             "<h2>Usporedba</h2><p>Za usporedbu, Llama 4 Maverick prima do 1 000 000 tokena "
             "konteksta.</p>"),
        [("input", M, 0.12, None, None), ("output", M, 0.45, None, None)]),
    Trap(
        "sw_users_of_an_older_model_moved_here",
        url("sw", "openai", "gpt-4o"),
        page("sw", "GPT-4o", "<div>Ingizo: $2/M</div><div>Tokeo: $8/M</div>"
             "<p>GPT-4o ni modeli ya OpenAI inayoelewa maandishi, picha na sauti.</p>",
             "<h2>Historia</h2><p>Watumiaji wengi wa GPT-4 Turbo walihamia GPT-4o mwaka "
             "2024.</p>"),
        [("input", M, 2.0, None, None), ("output", M, 8.0, None, None)]),
    Trap(
        "eu_another_models_output_limit",
        url("eu", "mistral", "mistral-small-3-2"),
        page("eu", "Mistral Small 3.2", "<div>Sarrera: $0.08/M</div><div>Irteera: $0.24/M</div>"
             "<p>Mistral Small 3.2 Mistral AI-ren eredu txiki eta azkarra da.</p>",
             "<h2>Konparazioa</h2><p>Mistral Large 2-k gehienez 32.768 token idatz ditzake "
             "erantzun bakoitzean.</p>"),
        [("input", M, 0.08, None, None), ("output", M, 0.24, None, None)]),
    Trap(
        "en_older_models_cap_is_not_this_ones",
        url("en", "openai", "gpt-4-1"),
        page("en", "GPT-4.1", "<div>Input: $1.60/M</div><div>Output: $6.40/M</div>"
             "<p>GPT-4.1 is OpenAI's model for coding and long documents.</p>",
             "<h2>Output</h2><p>Older models were capped at 4,096 output tokens per reply.</p>"),
        [("input", M, 1.6, None, None), ("output", M, 6.4, None, None)]),
    Trap(
        "ms_a_yearly_plan_saving_is_no_discount",
        url("ms", "deepseek", "deepseek-v3-2"),
        page("ms", "DeepSeek V3.2", "<div>Input: $0.22/M</div><div>Output: $0.34/M</div>"
             "<p>DeepSeek V3.2 ialah model bahasa terbuka daripada DeepSeek.</p>",
             "<h2>Pelan</h2><p>Jimat 30% dengan pelan tahunan.</p>"),
        [("input", M, 0.22, None, None), ("output", M, 0.34, None, None)]),
    Trap(
        "en_a_suggestion_is_no_successor",
        url("en", "google", "gemini-2-5-flash"),
        page("en", "Gemini 2.5 Flash", "<div>Input: $0.24/M</div><div>Output: $2/M</div>"
             "<p>Gemini 2.5 Flash is Google's fast hybrid reasoning model.</p>",
             "<h2>Alternatives</h2><p>If you need deeper reasoning, try Gemini 2.5 Pro "
             "instead.</p>"),
        [("input", M, 0.24, None, None), ("output", M, 2.0, None, None)]),
    # ---- a fifth set: an official figure of another kind or one of two ---------------------
    Trap(
        "en_the_providers_price_of_audio_input_is_not_text_inputs",
        url("en", "openai", "gpt-4o-mini-audio"),
        page("en", "GPT-4o mini Audio", "<div>Input: $0.48/M</div><div>Output: $1.92/M</div>"
             "<p>GPT-4o mini Audio takes and gives speech as well as text.</p>",
             "<h2>Pricing</h2><p>OpenAI lists audio input at $0.80 per million tokens.</p>"),
        [("input", M, 0.48, None, None), ("output", M, 1.92, None, None)],
        left="invents: 'audio input' is read as the input the header prices"),
    Trap(
        "en_two_provider_figures_for_one_price",
        url("en", "google", "veo-3-fast"),
        page("en", "Veo 3 Fast", "<div>Per second: $0.12</div>"
             "<p>Veo 3 Fast makes short videos from text or an image.</p>",
             "<h2>Pricing</h2><p>Google's own price is $0.15 per second with audio and $0.13 "
             "without.</p>"),
        [("per_second", "second", 0.12, None, None)],
        left="invents: the second figure ('$0.13 without') states no unit: only the first pairs"),
    Trap(
        "en_two_provider_figures_each_with_its_unit",
        url("en", "google", "veo-3"),
        page("en", "Veo 3", "<div>Per second: $0.32</div>"
             "<p>Veo 3 makes videos with sound from text.</p>",
             "<h2>Pricing</h2><p>Google's own rate is $0.40 per second with audio and $0.36 per "
             "second without it.</p>"),
        [("per_second", "second", 0.32, None, None)]),
    Trap(
        "de_the_providers_price_for_cached_input",
        url("de", "anthropic", "claude-sonnet-4-5"),
        page("de", "Claude Sonnet 4.5", "<div>Eingabe: $2.40/M</div><div>Ausgabe: $12/M</div>"
             "<p>Claude Sonnet 4.5 ist Anthropics Modell für Code und Agenten.</p>",
             "<h2>Preise</h2><p>Anthropic berechnet für das Schreiben in den Cache 3,75 $ pro "
             "Million Eingabe-Token.</p>"),
        [("input", M, 2.4, None, None), ("output", M, 12.0, None, None)],
        left="invents: 'Schreiben in den Cache … Eingabe-Token' is read as the input price"),
    # ---- a sixth set: officials of a tier, discounts and dates of others --------------------
    Trap("tn_official_in_prose_of_another_unit", url("tn", "openai", "whisper-1"),
         page("tn", "Whisper", "<div>Ka motsotso: $0.0048</div>"
              "<p>Whisper ke sekao sa OpenAI se se fetolelang puo go nna mokwalo.</p>",
              "<h2>Tlhwatlhwa</h2><p>OpenAI e lefisa $0.36 ka ura nngwe le nngwe ya "
              "modumo.</p>"),
         [("per_minute", "minute", 0.0048, None, None)],
         left="a miss: 'Ka motsotso', a label no word reads, leaves the price of no kind"),
    Trap("is_a_table_of_two_models_official_columns", url("is", "openai", "gpt-5-nano"),
         page("is", "GPT-5 nano", "<div>Inntak: $0.04/M</div><div>Úttak: $0.32/M</div>"
              "<p>GPT-5 nano er minnsta líkan OpenAI.</p>",
              "<h2>Samanburður</h2><table><tr><th>Líkan</th><th>Opinbert verð inntak</th>"
              "<th>Opinbert verð úttak</th></tr><tr><td>GPT-5 mini</td><td>$0.25/M</td>"
              "<td>$2/M</td></tr></table>"),
         [("input", M, 0.04, None, None), ("output", M, 0.32, None, None)]),
    Trap("af_a_release_date_and_a_future_ending", url("af", "openai", "gpt-4o"),
         page("af", "GPT-4o", "<div>Invoer: $2/M</div><div>Uitvoer: $8/M</div>"
              "<p>GPT-4o is OpenAI se multimodale model.</p>",
              "<h2>Status</h2><p>OpenAI sal GPT-4o uitfaseer. Die model is op 13 Mei 2024 "
              "vrygestel.</p>"),
         [("input", M, 2.0, None, None), ("output", M, 8.0, None, None)]),
    Trap("yo_the_ending_of_the_preview", url("yo", "google", "gemini-2-5-pro"),
         page("yo", "Gemini 2.5 Pro", "<div>Ìtẹ̀wọlé: $1/M</div><div>Ìjáde: $8/M</div>"
              "<p>Gemini 2.5 Pro jẹ́ àwòṣe ìrònú Google.</p>",
              "<h2>Ìkéde</h2><p>Google yóò pa gemini-2.5-pro-preview-05-06 rẹ́ ní 30 Oṣù "
              "Kẹfà 2027.</p>"),
         [("input", M, 1.0, None, None), ("output", M, 8.0, None, None)]),
    Trap("en_the_discount_of_another_model", url("en", "xai", "grok-3"),
         page("en", "Grok 3", "<div>Input: $2.4/M</div><div>Output: $12/M</div>"
              "<p>Grok 3 is xAI's earlier flagship.</p>",
              "<h2>Offers</h2><p>Grok 4 Fast is 30% below the official price on CometAPI this "
              "month.</p>"),
         [("input", M, 2.4, None, None), ("output", M, 12.0, None, None)]),
    Trap("pl_max_output_of_the_thinking_variant", url("pl", "moonshot", "kimi-k2"),
         page("pl", "Kimi K2", "<div>Wejście: $0.48/M</div><div>Wyjście: $1.92/M</div>"
              "<p>Kimi K2 to model językowy Moonshot AI.</p>",
              "<h2>Parametry</h2><p>Wariant Thinking generuje do 32 768 tokenów odpowiedzi.</p>"),
         [("input", M, 0.48, None, None), ("output", M, 1.92, None, None)]),
    Trap("en_official_for_a_bigger_resolution", url("en", "kling", "kling-v2-1"),
         page("en", "Kling V2.1", "<div>Per second: $0.05</div>"
              "<p>Kling V2.1 makes 720p videos from images.</p>",
              "<h2>Pricing</h2><p>Kuaishou's official price for 1080p output is $0.098 per "
              "second.</p>"),
         [("per_second", "second", 0.05, None, None)]),
]


def _record(trap: Trap) -> dict:
    outcome = read_and_normalize(trap.html, trap.url, today=TODAY)
    assert outcome.record is not None, outcome.skip_reason
    return outcome.record.to_json()


def price_rows(prices: list[dict]) -> list[tuple]:
    """A record's prices as the cases state them: (kind, unit, usd, official_usd, tier)."""
    return stated_price_rows([(p["kind"], p["unit"], p["usd"], p["official_usd"], p["tier"])
                              for p in prices])


def stated_price_rows(prices: list[tuple]) -> list[tuple]:
    """(kind, unit, usd, official_usd, tier) rows, figures rounded, tiers normalized, sorted."""
    rows = [(k, u, round(float(usd), 9), None if off is None else round(float(off), 9),
             _tier(tier)) for k, u, usd, off, tier in prices]
    return sorted(rows, key=lambda r: tuple(str(x) for x in r))


def reading(trap: Trap) -> dict:
    """The facts of ``trap`` the reader records, in the form the case states them."""
    got = _record(trap)
    return {"prices": price_rows(got["prices"]), "context_window": got["context_window"],
            "max_output_tokens": got["max_output_tokens"], "discount_pct": got["discount_pct"],
            "status_date": got["status_date"],
            "replacements": tuple(_slug(r) for r in got["replacements"] or ())}


def expected(trap: Trap) -> dict:
    """What a careful person records from ``trap``."""
    return {"prices": stated_price_rows(trap.prices),
            "context_window": trap.context_window, "max_output_tokens": trap.max_output_tokens,
            "discount_pct": trap.discount_pct, "status_date": trap.status_date,
            "replacements": trap.replacements}


@pytest.mark.parametrize("trap", [
    pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=t.left)) if t.left else t
    for t in TRAPS], ids=[t.name for t in TRAPS])
def test_the_reader_records_only_what_the_page_states_about_this_model(trap: Trap) -> None:
    assert reading(trap) == expected(trap)
