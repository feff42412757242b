"""How CometAPI's pages name CometAPI, the seller whose prices they state.

``SELLER_NAMES`` go on every ``PageReading`` CometAPI's reader returns: the normalizer takes a
figure nearest one of them ("Through CometAPI you pay $12/M") for CometAPI's own price and a
figure nearest an official word or the provider's name for the official one. Case-folded and
found inside words, so "comet" covers "CometAPI" and "cometapi.com".

``LABEL_WORDS`` are the header words of CometAPI's own price column in each language ("Comet
Price", "cometapi 가격", "preis bei comet"): the shared vocabulary holds only the words any
seller's page may use ("our price", "unser Preis"), and this project's pyproject.toml adds
these to it through the entry-point group ``comet_catalog.label_words``
(``scrapers/reading/vocabulary``).
"""

from __future__ import annotations

SELLER_NAMES = ("comet",)

#: CometAPI's name in its price column's header, by the language file they came from
_SELLER_PRICE_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "ar": ("سعر comet", "سعر cometapi", "سعر كوميت", "comet price"),
    "az": ("comet qiyməti", "comet qiymeti", "cometapi qiyməti", "cometapi qiymeti", "cometapi"),
    "bg": ("цена на comet", "цена comet", "цена cometapi"),
    "bn": ("comet মূল্য", "cometapi মূল্য", "comet দাম"),
    "ca": ("preu comet", "preu cometapi", "preu de comet", "preu de cometapi"),
    "cs": ("cena comet", "cena cometapi", "cena u comet", "cometapi"),
    "da": ("comet-pris", "comet pris", "cometpris", "cometapi-pris", "cometapi pris", "cometapi"),
    "de": ("comet-preis", "comet preis", "cometapi-preis", "cometapi preis", "preis bei comet",
           "cometapi"),
    "el": ("τιμή comet", "τιμη comet", "τιμή cometapi", "τιμη cometapi"),
    "en": ("comet price", "cometapi price", "cometapi", "comet"),
    "es": ("precio comet", "precio cometapi", "precio de comet", "precio de cometapi", "cometapi"),
    "et": ("comet hind", "cometapi hind", "comet'i hind", "cometapi"),
    "fa": ("قیمت comet", "قیمت cometapi", "قیمت کامت"),
    "fi": ("comet-hinta", "comet hinta", "cometapi-hinta", "cometapi hinta", "cometapi"),
    "fr": ("prix comet", "prix cometapi", "tarif comet", "tarif cometapi", "cometapi"),
    "he": ("מחיר comet", "מחיר cometapi", "מחיר קומט", "מחיר ב-comet"),
    "hi": ("comet मूल्य", "comet कीमत", "cometapi मूल्य", "cometapi कीमत", "कॉमेट मूल्य",
           "comet का मूल्य", "comet price"),
    "hr": ("cijena comet", "comet cijena", "cijena cometapi", "cometapi cijena", "cometapi"),
    "hu": ("comet ár", "cometapi ár", "comet-ár", "cometapi-ár"),
    "hy": ("comet գին", "comet-ի գին", "cometapi գին", "cometapi-ի գին", "cometapi"),
    "id": ("harga comet", "harga cometapi", "harga di comet", "comet price"),
    "it": ("prezzo comet", "prezzo cometapi", "prezzo di comet", "prezzo di cometapi", "cometapi"),
    "ja": ("comet価格", "comet 価格", "cometapi価格", "cometapi 価格", "comet料金", "comet 料金",
           "comet price"),
    "ka": ("comet-ის ფასი", "comet ფასი", "cometapi-ის ფასი", "cometapi ფასი", "cometapi"),
    "kk": ("comet бағасы", "cometapi бағасы", "comet баға", "comet price"),
    "km": ("តម្លៃ comet", "តម្លៃ cometapi", "cometapi"),
    "ko": ("코멧 가격", "comet 가격", "comet가격", "cometapi 가격", "cometapi가격", "코멧api 가격",
           "comet price"),
    "lt": ("comet kaina", "cometapi kaina", "kaina comet", "kaina cometapi", "cometapi"),
    "lv": ("comet cena", "cometapi cena", "cena comet", "cometapi"),
    "mr": ("comet किंमत", "cometapi किंमत"),
    "ms": ("harga comet", "harga cometapi", "comet price"),
    "my": ("comet စျေးနှုန်း", "comet ဈေးနှုန်း", "cometapi စျေးနှုန်း", "cometapi ဈေးနှုန်း",
           "cometapi"),
    "ne": ("comet मूल्य", "comet को मूल्य", "cometapi मूल्य", "cometapi"),
    "nl": ("comet prijs", "comet-prijs", "cometprijs", "cometapi prijs", "cometapi-prijs",
           "prijs comet", "cometapi"),
    "no": ("comet-pris", "comet pris", "cometpris", "cometapi-pris", "cometapi pris", "cometapi"),
    "pl": ("cena comet", "cena cometapi", "cena w comet", "cena w cometapi", "cometapi"),
    "pt": ("preço comet", "preco comet", "preço cometapi", "preco cometapi", "preço da comet",
           "preco da comet", "preço da cometapi", "preco da cometapi", "cometapi"),
    "ro": ("preț comet", "pret comet", "preț cometapi", "pret cometapi"),
    "ru": ("цена comet", "цена cometapi", "цена в comet", "цена в cometapi", "стоимость comet",
           "comet цена", "comet price"),
    "sk": ("cena comet", "cena cometapi", "cena v cometapi", "cometapi"),
    "sl": ("cena comet", "comet cena", "cena cometapi", "cometapi cena", "cometapi"),
    "sr": ("цена comet", "cena comet", "cijena comet", "цена cometapi", "cena cometapi"),
    "sv": ("comet-pris", "comet pris", "cometpris", "cometapi-pris", "cometapi pris", "cometapi"),
    "sw": ("bei ya comet", "bei ya cometapi"),
    "ta": ("comet விலை", "cometapi விலை"),
    "te": ("comet ధర", "cometapi ధర", "cometapi"),
    "th": ("ราคา comet", "ราคา cometapi", "ราคาของ comet", "ราคาcomet", "comet price"),
    "tr": ("comet fiyatı", "comet fiyati", "cometapi fiyatı", "cometapi fiyati", "comet fiyat",
           "cometapi"),
    "uk": ("ціна comet", "ціна cometapi", "ціна в comet", "cometapi"),
    "ur": ("comet قیمت", "cometapi قیمت", "comet کی قیمت"),
    "vi": ("giá comet", "gia comet", "giá cometapi", "gia cometapi", "giá của comet",
           "gia cua comet", "comet price"),
    "zh-CN": ("comet 价格", "comet价格", "cometapi 价格", "cometapi价格", "comet 定价", "comet价",
              "comet price", "comet 價格", "comet價格"),
    "zh-TW": ("comet 價格", "comet價格", "cometapi 價格", "cometapi價格", "comet 定價",
              "comet price", "comet 价格", "comet价格"),
}

#: label meaning → words, as ``comet_catalog.label_words`` entry points give them
LABEL_WORDS: dict[str, tuple[str, ...]] = {
    "seller_price": tuple(dict.fromkeys(
        word for words in _SELLER_PRICE_BY_LANGUAGE.values() for word in words)),
}
