"""Prices stated in prose in any word order and unit, and per-clip rows: pages of our own.

Issue 20, round 10. Head-final languages put the kind before a postposition and the figure
last ("इनपुट के लिए $२"), or the figure before its label; a price may be per character, per
second, per minute, per image or per request in any language; a video model's rows by clip
length are tiers. Each set was written before the reader was changed for it and scored at
first sight (``FIRST``: seed 1010, 7/16 at first sight; ``SECOND``: seed 2020, written
after the rules, 13/16 at first sight; ``UNITS_AROUND`` and ``CLIP_CARDS`` test the rules
that came of the first set). The
traps: a sibling's price, a price valid until a date, a discount figure, a tier row. A case
the reader does not read yet is a strict expected failure with the reason.
"""

from __future__ import annotations

import pytest

from tests.test_no_invention import Trap, expected, page, reading, url

M = "1M tokens"
C = "1M characters"


def header(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def cards(*cards: tuple[str, str]) -> str:
    """A "more models" section: each card a name and its price line."""
    inner = "".join(f'<a class="card" href="#"><h4>{name}</h4><p>{line}</p></a>'
                    for name, line in cards)
    return f"<section><h2>More</h2><div>{inner}</div></section>"


FIRST: list[Trap] = [
    # ---- 1. word order: [official] [kind] [figure] in head-final languages ---------------
    Trap("my_label_postposition_figure_burmese_digits",
         url("my", "openai", "gpt-4-1"),
         page("my", "GPT-4.1", header("ထည့်သွင်းမှု:$1.6/M", "ထွက်ရှိမှု:$6.4/M"),
              "<h2>စျေးနှုန်း</h2><p>OpenAI ၏ တရားဝင်စျေးနှုန်းမှာ ထည့်သွင်းမှုအတွက် $၂ နှင့် "
              "ထွက်ရှိမှုအတွက် $၈ ဖြစ်ပြီး တိုကင် ၁ သန်းလျှင် ဖြစ်သည်။</p>",
              cards(("GPT-4.1 mini", "ထည့်သွင်းမှု:$0.32/M"))),
         [("input", M, 1.6, 2, None), ("output", M, 6.4, 8, None)]),
    Trap("te_figure_before_its_label",
         url("te", "openai", "o3"),
         page("te", "o3", header("ఇన్‌పుట్:$1.6/M", "అవుట్‌పుట్:$6.4/M"),
              "<p>OpenAI అధికారిక ధరలు 10 లక్షల టోకెన్లకు $2 ఇన్‌పుట్, $8 అవుట్‌పుట్.</p>"),
         [("input", M, 1.6, 2, None), ("output", M, 6.4, 8, None)]),
    Trap("ne_postpositions_devanagari_digits_and_a_sibling_trap",
         url("ne", "anthropic", "claude-sonnet-4-5"),
         page("ne", "Claude Sonnet 4.5", header("इनपुट:$2.4/M", "आउटपुट:$12/M"),
              "<p>Anthropic को आधिकारिक मूल्य प्रति १० लाख टोकन इनपुटका लागि $३ र "
              "आउटपुटका लागि $१५ हो।</p><p>तुलनाका लागि, Claude Opus 4.1 को आधिकारिक मूल्य "
              "इनपुटका लागि $१५ र आउटपुटका लागि $७५ हो।</p>"),
         [("input", M, 2.4, 3, None), ("output", M, 12, 15, None)]),
    Trap("ta_kind_dative_then_figure",
         url("ta", "google", "gemini-2-5-pro"),
         page("ta", "Gemini 2.5 Pro", header("உள்ளீடு:$1/M", "வெளியீடு:$8/M"),
              "<p>Google இன் அதிகாரப்பூர்வ விலை: உள்ளீட்டுக்கு $1.25, வெளியீட்டுக்கு $10 "
              "(10 லட்சம் டோக்கன்களுக்கு).</p>"),
         [("input", M, 1, 1.25, None), ("output", M, 8, 10, None)]),
    Trap("gu_no_file_provider_cue_gujarati_digits",
         url("gu", "openai", "gpt-4-1"),
         page("gu", "GPT-4.1", header("ઇનપુટ:$1.6/M", "આઉટપુટ:$6.4/M"),
              "<p>OpenAI ની કિંમત ઇનપુટ માટે $૨ અને આઉટપુટ માટે $૮ પ્રતિ 10 લાખ ટોકન છે.</p>"),
         [("input", M, 1.6, 2, None), ("output", M, 6.4, 8, None)]),
    Trap("uz_no_file_uchun_postposition",
         url("uz", "openai", "gpt-4-1"),
         page("uz", "GPT-4.1", header("Kirish:$1.6/M", "Chiqish:$6.4/M"),
              "<p>OpenAI'ning rasmiy narxi: kirish uchun $2, chiqish uchun $8 (1 mln token "
              "uchun).</p>"),
         [("input", M, 1.6, 2, None), ("output", M, 6.4, 8, None)]),
    Trap("ug_no_file_arabic_script_postposition",
         url("ug", "openai", "gpt-4-1"),
         page("ug", "GPT-4.1", header("كىرگۈزۈش:$1.6/M", "چىقىرىش:$6.4/M"),
              "<p>OpenAI نىڭ رەسمىي باھاسى كىرگۈزۈش ئۈچۈن $2، چىقىرىش ئۈچۈن $8.</p>"),
         [("input", M, 1.6, 2, None), ("output", M, 6.4, 8, None)]),
    # ---- 2. units in prose ----------------------------------------------------------------
    Trap("cs_per_million_characters_and_a_saving_figure",
         url("cs", "openai", "tts-1"),
         page("cs", "TTS-1", header("Cena:$12"),
              "<p>Oficiální cena OpenAI je 15 $ za 1 milion znaků. U CometAPI ušetříte 3 $ "
              "na každém milionu.</p>"),
         [("per_character", C, 12, 15, None)]),
    Trap("pl_per_second_and_a_sibling_trap",
         url("pl", "google", "veo-3-1"),
         page("pl", "Veo 3.1", header("Za sekundę:$0.32"),
              "<p>Oficjalna cena Google to 0,40 USD za sekundę wygenerowanego wideo. Veo 3.1 "
              "Fast kosztuje oficjalnie 0,15 USD za sekundę.</p>"),
         [("per_second", "second", 0.32, 0.40, None)]),
    Trap("it_per_image_and_a_price_valid_until_a_date",
         url("it", "black-forest-labs", "flux-1-1-pro"),
         page("it", "FLUX 1.1 [pro]", header("Per immagine:$0.032"),
              "<p>Il prezzo ufficiale di Black Forest Labs è di 0,04 $ per immagine. Fino al "
              "31 marzo 2026 CometAPI applica 0,03 $ per immagine.</p>"),
         [("per_image", "image", 0.032, 0.04, None)]),
    Trap("mn_no_file_per_minute",
         url("mn", "openai", "whisper-1"),
         page("mn", "Whisper", header("Минут тутам:$0.0048"),
              "<p>OpenAI-ийн албан ёсны үнэ нэг минут тутамд $0.006 байна.</p>"),
         [("per_minute", "minute", 0.0048, 0.006, None)]),
    Trap("ig_no_file_per_request",
         url("ig", "midjourney", "midjourney-imagine"),
         page("ig", "Midjourney Imagine", header("Kwa request:$0.08"),
              "<p>Ọnụahịa Midjourney n'onwe ya bụ $0.10 kwa request.</p>"),
         [("per_request", "request", 0.08, 0.10, None)]),
    Trap("sq_no_file_per_million_characters",
         url("sq", "openai", "tts-1-hd"),
         page("sq", "TTS-1 HD", header("Çmimi:$24"),
              "<p>Çmimi zyrtar i OpenAI është $30 për 1 milion karaktere.</p>"),
         [("per_character", C, 24, 30, None)],
         left="'për' is no vocabulary's per word and not CLDR's (its pattern says 'në')"),
    # ---- 3. per-clip rows are tiers ----------------------------------------------------------
    Trap("xh_no_file_clip_length_cards",
         url("xh", "kling", "kling-v2-5-turbo"),
         page("xh", "Kling V2.5 Turbo", "",
              "<h2>Amaxabiso</h2><div class='grid'><div><span>Ividiyo yemizuzwana emi-5</span>"
              "<span>5 s</span><span>$0.35</span></div><div><span>Ividiyo yemizuzwana eli-10</span>"
              "<span>10 s</span><span>$0.70</span></div></div>"),
         # the spans are inline: the row's tier is the whole line a reader sees
         [("per_request", "request", 0.35, None, "Ividiyo yemizuzwana emi-5 5 s"),
          ("per_request", "request", 0.70, None, "Ividiyo yemizuzwana eli-10 10 s")]),
    Trap("lb_no_file_length_table",
         url("lb", "minimax", "hailuo-02"),
         page("lb", "Hailuo 02", "",
              "<table><tr><th>Dauer</th><th>Präis</th></tr><tr><td>6 Sekonnen</td><td>$0.28"
              "</td></tr><tr><td>10 Sekonnen</td><td>$0.56</td></tr></table>"),
         [("per_request", "request", 0.28, None, "6 Sekonnen"),
          ("per_request", "request", 0.56, None, "10 Sekonnen")]),
    Trap("nl_clip_rows_with_a_per_second_header_sibling_in_prose",
         url("nl", "google", "veo-3-fast"),
         page("nl", "Veo 3 Fast", header("Per seconde:$0.12"),
              "<table><tr><td>Clip van 4 s</td><td>$0.48</td></tr><tr><td>Clip van 8 s</td>"
              "<td>$0.96</td></tr></table><p>Veo 3 kost officieel $0.40 per seconde.</p>"),
         [("per_second", "second", 0.12, None, None),
          ("per_request", "request", 0.48, None, "Clip van 4 s"),
          ("per_request", "request", 0.96, None, "Clip van 8 s")]),
]

#: the unit stated around an official figure in prose, before it or after it with CLDR's own
#: "per" word (``normalize._with_unit_around``), teaching a bare header figure its unit; the
#: traps: a count before a figure that is no rate, an adjective after a count
UNITS_AROUND: list[Trap] = [
    Trap("tr_unit_before_the_figure_teaches_a_bare_price",
         url("tr", "google", "veo-3-1"),
         page("tr", "Veo 3.1", header("Fiyat:$0.32"),
              "<h2>Fiyat</h2><p>Google'ın resmi fiyatı saniye başına $0.40 olarak "
              "listeleniyor.</p>"),
         [("per_second", "second", 0.32, 0.40, None)]),
    Trap("ko_count_and_unit_before_the_figure",
         url("ko", "openai", "tts-1-hd"),
         page("ko", "TTS-1 HD", header("가격:$24"),
              "<h2>가격</h2><p>OpenAI 공식 가격은 100만 자당 $30입니다.</p>"),
         [("per_character", C, 24, 30, None)]),
    Trap("sq_cldr_per_word_after_the_figure",
         url("sq", "openai", "tts-1"),
         page("sq", "TTS-1", header("Çmimi:$12"),
              "<h2>Çmimi</h2><p>Çmimi zyrtar i OpenAI është $15 në 1 milion karaktere.</p>"),
         [("per_character", C, 12, 15, None)]),
    Trap("en_a_clip_length_before_a_figure_is_no_rate",
         url("en", "google", "veo-3-1"),
         page("en", "Veo 3.1", header("Price:$0.32"),
              "<h2>Pricing</h2><p>At Google's official rate a 5 second clip costs $0.40.</p>"),
         [("unknown", None, 0.32, None, None)]),
    Trap("ru_an_adjective_after_a_count_is_no_unit",
         url("ru", "openai", "gpt-4-1"),
         page("ru", "GPT-4.1", header("Ввод:$1.6/M", "Вывод:$6.4/M"),
              "<h2>Цены</h2><p>Официальная цена OpenAI за 1M входных — $2, за 1M выходных — "
              "$8.</p>"),
         [("input", M, 1.6, 2, None), ("output", M, 6.4, 8, None)]),
]

#: cards of one tier each, the unit repeated in a cell of its own between the tier and the
#: figure (``tables._unit_cells_as_header``); the trap: tiers that are resolutions, not lengths
CLIP_CARDS: list[Trap] = [
    Trap("fy_clip_cards_with_a_unit_cell",
         url("fy", "minimax", "hailuo-02"),
         page("fy", "Hailuo 02", "<p>Fideo út tekst of in byld.</p>",
              "<h2>Prizen</h2><div class='g'><div><div>Fideo fan 6 sekonden</div>"
              "<div>Per Request</div><div>$0.30</div></div><div><div>Fideo fan 10 sekonden"
              "</div><div>Per Request</div><div>$0.50</div></div></div>"),
         [("per_request", "request", 0.30, None, "Fideo fan 6 sekonden"),
          ("per_request", "request", 0.50, None, "Fideo fan 10 sekonden")]),
    Trap("fy_resolution_cards_stay_rates",
         url("fy", "google", "veo-3-1"),
         page("fy", "Veo 3.1", "<p>Fideo mei lûd fan Google.</p>",
              "<h2>Prizen</h2><div class='g'><div><div>720p</div><div>Per Second</div>"
              "<div>$0.10</div></div><div><div>1080p</div><div>Per Second</div>"
              "<div>$0.15</div></div></div>"),
         [("per_second", "second", 0.10, None, "720p"),
          ("per_second", "second", 0.15, None, "1080p")]),
]

#: two coordinated lists, the kinds then the figures or the other way round, pair in order
#: (``normalize._kinds_by_order``); the trap: the lists of another model
LISTS: list[Trap] = [
    Trap("en_kinds_then_figures_respectively",
         url("en", "openai", "gpt-4-1"),
         page("en", "GPT-4.1", header("Input:$1.6/M", "Output:$6.4/M"),
              "<h2>Pricing</h2><p>OpenAI's official prices: input and output cost $2 and $8 "
              "per 1M tokens.</p>"),
         [("input", M, 1.6, 2, None), ("output", M, 6.4, 8, None)]),
    Trap("es_kinds_then_figures",
         url("es", "openai", "gpt-4-1"),
         page("es", "GPT-4.1", header("Entrada:$1.6/M", "Salida:$6.4/M"),
              "<h2>Precios</h2><p>Los precios oficiales de OpenAI para entrada y salida son "
              "$2 y $8 por millón de tokens.</p>"),
         [("input", M, 1.6, 2, None), ("output", M, 6.4, 8, None)]),
    Trap("ru_figures_then_kinds",
         url("ru", "openai", "gpt-4-1"),
         page("ru", "GPT-4.1", header("Ввод:$1.6/M", "Вывод:$6.4/M"),
              "<h2>Цены</h2><p>У OpenAI официально $2 и $8 за ввод и вывод соответственно.</p>"),
         [("input", M, 1.6, 2, None), ("output", M, 6.4, 8, None)]),
    Trap("en_lists_of_a_sibling",
         url("en", "openai", "gpt-4-1"),
         page("en", "GPT-4.1", header("Input:$1.6/M", "Output:$6.4/M"),
              "<h2>Pricing</h2><p>For GPT-4.1 mini, OpenAI's official input and output prices "
              "are $0.40 and $1.60.</p>"),
         [("input", M, 1.6, None, None), ("output", M, 6.4, None, None)]),
]

#: the seller's own prices stated only in prose (no price line), in the sentence's order
SELLER_IN_PROSE: list[Trap] = [
    Trap("es_seller_lists_kinds_then_figures",
         url("es", "openai", "gpt-4-1"),
         page("es", "GPT-4.1", "<p>Modelo de OpenAI.</p>",
              "<h2>Precios</h2><p>CometAPI cobra por entrada y salida $1.6 y $6.4 por millón "
              "de tokens.</p>"),
         [("input", M, 1.6, None, None), ("output", M, 6.4, None, None)]),
    Trap("hi_seller_postpositions",
         url("hi", "openai", "gpt-4-1"),
         page("hi", "GPT-4.1", "<p>OpenAI मॉडल।</p>",
              "<h2>कीमत</h2><p>CometAPI पर इनपुट के लिए $१.६ और आउटपुट के लिए $६.४ प्रति 10 "
              "लाख टोकन है।</p>"),
         [("input", M, 1.6, None, None), ("output", M, 6.4, None, None)]),
]

#: found while writing the units' tests: a sentence right under the heading (no section
#: heading between) is read by the header's label reader, which takes a known label out of it
LEFT: list[Trap] = [
    Trap("ko_an_official_sentence_in_the_header_is_no_price_line",
         url("ko", "openai", "tts-1-hd"),
         page("ko", "TTS-1 HD", header("가격:$24", "OpenAI 공식 가격은 100만 자당 $30입니다.")),
         [("per_character", C, 24, 30, None)],
         left="the header's label reader takes '자당 $30' from the sentence as a price line, "
              "per character without its count (fields.py, page.py: not this round's files)"),
]

SECOND: list[Trap] = [
    # ---- 1. word order ----------------------------------------------------------------------
    Trap("te_figures_first_then_labels_with_a_dash",
         url("te", "anthropic", "claude-haiku-4-5"),
         page("te", "Claude Haiku 4.5", header("ఇన్‌పుట్:$0.8/M", "అవుట్‌పుట్:$4/M"),
              "<h2>ధర</h2><p>Anthropic అధికారికంగా $1 — ఇన్‌పుట్‌కు, $5 — అవుట్‌పుట్‌కు "
              "వసూలు చేస్తుంది (10 లక్షల టోకెన్లకు).</p>"),
         [("input", M, 0.8, 1, None), ("output", M, 4, 5, None)]),
    Trap("az_official_last_and_a_sibling_in_the_next_sentence",
         url("az", "openai", "gpt-5"),
         page("az", "GPT-5", header("Giriş:$1/M", "Çıxış:$8/M"),
              "<h2>Qiymət</h2><p>Giriş üçün $1.25, çıxış üçün $10 — bu, OpenAI-nin rəsmi "
              "qiymətidir.</p><p>GPT-5 mini isə rəsmi olaraq giriş üçün $0.25, çıxış üçün $2 "
              "tələb edir.</p>"),
         [("input", M, 1, 1.25, None), ("output", M, 8, 10, None)]),
    Trap("mr_marathi_digits_per_count_before_each",
         url("mr", "google", "gemini-2-5-flash"),
         page("mr", "Gemini 2.5 Flash", header("इनपुट:$0.24/M", "आउटपुट:$2/M"),
              "<h2>किंमत</h2><p>Google ची अधिकृत किंमत: इनपुटसाठी $०.३० आणि आउटपुटसाठी "
              "$२.५० प्रति १० लाख टोकन.</p>"),
         [("input", M, 0.24, 0.30, None), ("output", M, 2, 2.5, None)]),
    Trap("tr_discount_figure_is_no_official_price",
         url("tr", "deepseek", "deepseek-v3"),
         page("tr", "DeepSeek V3", header("Girdi:$0.22/M", "Çıktı:$0.88/M"),
              "<h2>Fiyat</h2><p>DeepSeek'in resmi fiyatı girdi için $0.27, çıktı için "
              "$1.10'dur. CometAPI'de girdi başına $0.05 tasarruf edersiniz.</p>"),
         [("input", M, 0.22, 0.27, None), ("output", M, 0.88, 1.10, None)]),
    Trap("am_no_file_ethiopic_postposition",
         url("am", "openai", "gpt-4o"),
         page("am", "GPT-4o", header("ግቤት:$2/M", "ውጤት:$8/M"),
              "<h2>ዋጋ</h2><p>የOpenAI ዋጋ ለግቤት $2.50 ለውጤት ደግሞ $10 ነው።</p>"),
         [("input", M, 2, 2.5, None), ("output", M, 8, 10, None)]),
    Trap("ps_no_file_arabic_indic_digits",
         url("ps", "openai", "gpt-4-1"),
         page("ps", "GPT-4.1", header("ننوتنه:$1.6/M", "وتنه:$6.4/M"),
              "<h2>بیه</h2><p>د OpenAI رسمي بیه د ننوتنې لپاره $۲ او د وتنې لپاره $۸ ده.</p>"),
         [("input", M, 1.6, 2, None), ("output", M, 6.4, 8, None)]),
    Trap("ky_no_file_price_valid_until_a_date",
         url("ky", "openai", "o4-mini"),
         page("ky", "o4-mini", header("Кириш:$0.88/M", "Чыгыш:$3.52/M"),
              "<h2>Баасы</h2><p>OpenAI расмий баасы: кириш үчүн $1.10, чыгыш үчүн $4.40. "
              "2026-жылдын 31-мартына чейин CometAPI кириш үчүн $0.70 алат.</p>"),
         [("input", M, 0.88, 1.10, None), ("output", M, 3.52, 4.40, None)]),
    # ---- 2. units ------------------------------------------------------------------------------
    Trap("cs_per_minute_written_before_the_figure",
         url("cs", "openai", "whisper-1"),
         page("cs", "Whisper", header("Za minutu:$0.0048"),
              "<h2>Cena</h2><p>OpenAI uvádí oficiálně za minutu zvuku $0.006.</p>"),
         [("per_minute", "minute", 0.0048, 0.006, None)]),
    Trap("nl_per_image_and_a_sibling_price",
         url("nl", "black-forest-labs", "flux-1-1-pro"),
         page("nl", "FLUX 1.1 [pro]", header("Per afbeelding:$0.032"),
              "<h2>Prijs</h2><p>Black Forest Labs rekent officieel $0.04 per gegenereerde "
              "afbeelding; FLUX 1.1 [pro] Ultra kost officieel $0.06 per afbeelding.</p>"),
         [("per_image", "image", 0.032, 0.04, None)]),
    Trap("pl_per_thousand_characters_in_prose",
         url("pl", "openai", "tts-1"),
         page("pl", "TTS-1", header("Za 1M znaków:$12"),
              "<h2>Cena</h2><p>Oficjalnie OpenAI pobiera 0,015 USD za 1000 znaków.</p>"),
         [("per_character", C, 12, 15, None)]),
    Trap("as_no_file_per_second_bengali_script_digits",
         url("as", "google", "veo-3-1"),
         page("as", "Veo 3.1", header("প্ৰতি ছেকেণ্ড:$0.32"),
              "<h2>মূল্য</h2><p>Google ৰ মূল্য প্ৰতি ছেকেণ্ডত $০.৪০।</p>"),
         [("per_second", "second", 0.32, 0.40, None)]),
    Trap("mt_no_file_per_request",
         url("mt", "midjourney", "midjourney-imagine"),
         page("mt", "Midjourney Imagine", header("Għal kull talba:$0.08"),
              "<h2>Prezz</h2><p>Il-prezz uffiċjali ta' Midjourney huwa $0.10 għal kull "
              "talba.</p>"),
         [("per_request", "request", 0.08, 0.10, None)]),
    Trap("st_no_file_per_million_characters_unit_before",
         url("st", "openai", "tts-1-hd"),
         page("st", "TTS-1 HD", header("Theko:$24"),
              "<h2>Theko</h2><p>Theko ya semmuso ya OpenAI ke $30 bakeng sa dihlaku tse "
              "milione.</p>"),
         [("per_character", C, 24, 30, None)],
         left="'bakeng sa' and 'dihlaku' are in no vocabulary and Sesotho has no CLDR per "
              "pattern: the unit of the figure is not read"),
    # ---- 3. tiers ------------------------------------------------------------------------------
    Trap("mi_no_file_clip_rows_with_seconds_words",
         url("mi", "kling", "kling-v2-1"),
         page("mi", "Kling V2.1", "<p>He tauira ataata.</p>",
              "<h2>Utu</h2><table><tr><th>Roa</th><th>Utu</th></tr><tr><td>5 hēkona</td>"
              "<td>$0.28</td></tr><tr><td>10 hēkona</td><td>$0.56</td></tr></table>"),
         [("per_request", "request", 0.28, None, "5 hēkona"),
          ("per_request", "request", 0.56, None, "10 hēkona")]),
    Trap("hu_clip_cards_beside_a_per_second_header",
         url("hu", "google", "veo-3-fast"),
         page("hu", "Veo 3 Fast", header("Másodpercenként:$0.12"),
              "<h2>Árak</h2><div class='g'><div><div>4 mp-es videó</div><div>$0.48</div></div>"
              "<div><div>8 mp-es videó</div><div>$0.96</div></div></div>"),
         [("per_second", "second", 0.12, None, None),
          ("per_request", "request", 0.48, None, "4 mp-es videó"),
          ("per_request", "request", 0.96, None, "8 mp-es videó")]),
    Trap("cs_length_tiers_are_never_the_official_price",
         url("cs", "minimax", "hailuo-02"),
         page("cs", "Hailuo 02", "<p>Video z textu.</p>",
              "<h2>Ceny</h2><table><tr><th>Délka</th><th>CometAPI</th><th>Oficiální cena</th>"
              "</tr><tr><td>6 sekund</td><td>$0.23</td><td>$0.28</td></tr><tr><td>10 sekund"
              "</td><td>$0.45</td><td>$0.56</td></tr></table>"),
         [("per_request", "request", 0.23, 0.28, "6 sekund"),
          ("per_request", "request", 0.45, 0.56, "10 sekund")]),
]


@pytest.mark.parametrize("case", [
    pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=t.left)) if t.left else t
    for t in FIRST + UNITS_AROUND + CLIP_CARDS + LISTS + SELLER_IN_PROSE + LEFT + SECOND],
    ids=[t.name for t in FIRST + UNITS_AROUND + CLIP_CARDS + LISTS + SELLER_IN_PROSE + LEFT
         + SECOND])
def test_a_price_in_prose_is_read_in_any_order_and_unit(case: Trap) -> None:
    assert reading(case)["prices"] == expected(case)["prices"]
