"""The localized vocabulary of CometAPI pages, as data.

Keys are what a label *means*; values are the words pages use for it, in every language seen
(en da de es fr id kk ko ms nl no pl pt ru th vi zh-CN zh-TW) and a few likely next ones.
The reader never needs a word to be here to read a price (``$x/M`` figures are placed by
position), but a word found here is placed with certainty, and one that is not is reported.
"""

from __future__ import annotations

from functools import lru_cache

from scrapers.vocabulary import normalize_label, vocabulary

VOCABULARY: dict[str, tuple[str, ...]] = {
    "input": (
        "input", "input price", "prompt", "inputs", "input tokens",
        "입력", "invoer", "输入", "輸入", "entrée", "entree", "entrada", "eingabe", "inndata",
        "inndata", "wejście", "вход", "ввод", "входные данные", "อินพุต", "đầu vào", "masukan",
        "input", "енгізу", "kirish", "入力", "ingresso", "girdi", "giriş", "إدخال", "الإدخال",
        "इनपुट", "вхід", "vstup", "indata", "syöte", "inngang", "indgang",
    ),
    "output": (
        "output", "output price", "completion", "outputs", "output tokens",
        "출력", "uitvoer", "输出", "輸出", "sortie", "salida", "saída", "saida", "ausgabe",
        "utdata", "wyjście", "выход", "вывод", "выходные данные", "เอาต์พุต", "đầu ra",
        "keluaran", "шығыс", "шығару", "出力", "uscita", "çıktı", "إخراج", "الإخراج", "आउटपुट",
        "вихід", "výstup", "utdata", "tuloste", "udgang", "uddata",
    ),
    "per_second": (
        "per second", "per sec", "/second", "초당", "per seconde", "每秒", "每秒钟",
        "par seconde", "por segundo", "pro sekunde", "je sekunde", "per sekund", "na sekundę",
        "za sekundę", "в секунду", "за секунду", "ต่อวินาที", "mỗi giây", "per detik",
        "sesaat", "секундына", "1秒あたり", "秒あたり", "al secondo", "saniye başına",
        "لكل ثانية", "प्रति सेकंड", "за секунду", "za sekundu", "per sekunti", "pr. sekund",
    ),
    "per_request": (
        "per request", "per call", "요청당", "per verzoek", "per aanvraag", "每次请求", "每次請求",
        "每次调用", "par requête", "por solicitud", "por petición", "por requisição",
        "por solicitação", "pro anfrage", "je anfrage", "per forespørsel", "per forespørgsel",
        "na żądanie", "за запрос", "ต่อคำขอ", "mỗi yêu cầu", "per permintaan", "сұрау үшін",
        "リクエストごと", "1リクエストあたり", "per richiesta", "istek başına", "لكل طلب",
        "प्रति अनुरोध", "за запит", "za požadavek", "per pyyntö", "per begäran",
    ),
    "per_image": (
        "per image", "이미지당", "per afbeelding", "每张图片", "每張圖片", "每张图", "par image",
        "por imagen", "por imagem", "pro bild", "je bild", "per bilde", "per billede",
        "na obraz", "za obraz", "за изображение", "ต่อภาพ", "mỗi hình ảnh", "mỗi ảnh",
        "per gambar", "сурет үшін", "画像ごと", "1画像あたり", "per immagine", "görsel başına",
        "لكل صورة", "प्रति छवि", "за зображення", "za obrázek", "per kuva", "per bild",
    ),
    "context": (
        "context", "context window", "context length", "컨텍스트", "문맥", "context-venster",
        "contextvenster", "上下文", "上下文窗口", "上下文長度", "上下文长度", "contexte",
        "contexto",
        "kontext", "kontekst", "контекст", "บริบท", "ngữ cảnh", "konteks", "контекст",
        "コンテキスト", "contesto", "bağlam", "السياق", "संदर्भ", "kontext", "konteksti",
    ),
    "max_output": (
        "max output", "max output tokens", "maximum output", "최대 출력", "max. uitvoer",
        "maximale uitvoer", "最大输出", "最大輸出", "sortie maximale", "sortie max",
        "salida máxima", "salida max", "saída máxima", "max. ausgabe", "maximale ausgabe",
        "maks utdata", "maks. utdata", "maksymalne wyjście", "макс. вывод", "максимальный вывод",
        "макс. выход", "เอาต์พุตสูงสุด", "đầu ra tối đa", "keluaran maksimum", "output maksimum",
        "максималды шығыс", "最大出力", "output massimo", "uscita massima", "maksimum çıktı",
        "الحد الأقصى للإخراج", "अधिकतम आउटपुट", "макс. вихід", "maximální výstup",
        "maks. output", "max utdata", "enimmäistuloste",
    ),
    "commercial_use": (
        "commercial use", "상업적 사용", "상업용", "commercieel gebruik", "商用", "商业用途",
        "商業用途", "usage commercial", "utilisation commerciale", "uso comercial",
        "kommerzielle nutzung", "gewerbliche nutzung", "kommersiell bruk", "kommerciel brug",
        "użytek komercyjny", "komercyjne użycie", "коммерческое использование",
        "ใช้งานเชิงพาณิชย์", "ใช้เชิงพาณิชย์", "sử dụng thương mại", "penggunaan komersial",
        "kegunaan komersial", "коммерциялық пайдалану", "商用利用", "uso commerciale",
        "ticari kullanım", "الاستخدام التجاري", "व्यावसायिक उपयोग", "комерційне використання",
        "komerční použití", "kommersiell användning", "kaupallinen käyttö",
    ),
    "new": (
        "new", "신규", "새로운", "nieuw", "新", "新品", "最新", "nouveau", "nuevo", "novo", "neu",
        "ny", "nyt", "nowy", "новый", "новинка", "ใหม่", "mới", "baru", "жаңа", "nuovo", "yeni",
        "جديد", "नया", "новий", "nový", "uusi",
    ),
    "coming_soon": (
        "coming soon", "곧 출시 예정", "출시 예정", "binnenkort beschikbaar", "binnenkort",
        "即将推出", "即将上线", "即將推出", "即將上線", "bientôt disponible", "prochainement",
        "próximamente", "em breve", "demnächst verfügbar", "demnächst", "kommer snart",
        "wkrótce", "скоро", "скоро будет", "เร็วๆ นี้", "sắp ra mắt", "segera hadir", "akan datang",
        "жақында", "近日公開", "まもなく公開", "近日登場", "prossimamente", "in arrivo",
        "çok yakında", "yakında", "قريباً", "قريبا", "जल्द आ रहा है", "незабаром", "již brzy",
        "tulossa pian", "kommer snart",
    ),
    "playground": ("playground", "플레이그라운드", "演练场", "测试场", "試驗場"),
    "popular": ("popular", "인기", "populair", "热门", "熱門", "populaire", "beliebt",
                "популярный"),
    "comet_price": (
        "comet price", "cometapi price", "코멧 가격", "comet prijs", "comet 价格", "comet價格",
        "comet 價格", "prix comet", "precio comet", "preço comet", "comet-preis", "comet preis",
    ),
    "official_price": (
        "official price", "공식 가격", "officiële prijs", "官方价格", "官方價格", "prix officiel",
        "precio oficial", "preço oficial", "offizieller preis", "offisiell pris", "officiel pris",
        "oficjalna cena", "официальная цена", "ราคาอย่างเป็นทางการ", "giá chính thức",
        "harga resmi", "ресми баға", "公式価格", "prezzo ufficiale", "resmi fiyat",
    ),
    "discount": (
        "discount", "할인", "korting", "折扣", "折扣率", "remise", "réduction", "descuento",
        "desconto", "rabatt", "rabat", "zniżka", "скидка", "ส่วนลด", "giảm giá", "diskon",
        "potongan", "жеңілдік", "割引", "sconto", "indirim", "خصم", "छूट", "знижка", "sleva",
        "alennus",
    ),
}

PRICE_KINDS = ("input", "output", "per_second", "per_minute", "per_request", "per_image",
               "per_character")
SIZE_KINDS = ("context", "max_output")
BADGE_KINDS = ("commercial_use", "new", "coming_soon", "playground", "popular")
COLUMN_KINDS = ("comet_price", "official_price", "discount")


def _index() -> dict[str, str]:
    index = dict(vocabulary().label_index)
    for meaning, words in VOCABULARY.items():
        for word in words:
            index.setdefault(normalize_label(word), meaning)
    return index


_INDEX = _index()
# NFKC can shorten a text a little (composed accents), never to a quarter
_LONGEST_LABEL = 4 * max(len(k) for k in _INDEX) + 16


def meaning_of(label: str) -> str | None:
    """What a label means, or ``None`` when the vocabulary does not know the word."""
    if len(label) > _LONGEST_LABEL:
        return None  # a sentence, not a label: never looked up, never cached
    return _meaning_of_short(label)


@lru_cache(maxsize=16384)
def _meaning_of_short(label: str) -> str | None:
    # cached: the same labels recur on every page; only short texts enter, so the cache stays
    # small (long description lines once filled it with megabytes per reader process)
    return _INDEX.get(normalize_label(label))


def unit_word(text: str) -> bool:
    """Is ``text`` a unit word of some language (``tokens``, ``토큰``, ``jetons``)?"""
    return normalize_label(text) in vocabulary().unit_index


@lru_cache(maxsize=4096)
def column_meaning(header: str) -> str | None:
    """What a pricing-table header cell names: CometAPI's price, the official price or the
    discount. Header cells carry more words ("Comet Price (USD / M Tokens)"), so the longest
    known phrase they contain decides."""
    text = normalize_label(header)
    best: tuple[int, str] | None = None
    for word, meaning in _INDEX.items():
        if meaning not in COLUMN_KINDS or len(word) < 3:
            continue
        at = text.find(word)
        if at == -1:
            continue
        if word.isascii() and word[0].isalpha() and at > 0 and text[at - 1].isalpha():
            continue
        if meaning == "discount":
            return meaning  # "Discount vs official price" is the discount column
        if best is None or len(word) > best[0]:
            best = (len(word), meaning)
    return best[1] if best else None


@lru_cache(maxsize=1)
def prose_label_words() -> tuple[tuple[str, str], ...]:
    """(word, meaning) for every input/output label word, longest first, to find in prose."""
    words = [(w, m) for w, m in _INDEX.items() if m in ("input", "output") and len(w) >= 2]
    return tuple(sorted(words, key=lambda wm: -len(wm[0])))
