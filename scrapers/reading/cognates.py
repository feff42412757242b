"""Labels read by the roots languages share, for pages in a language no vocabulary file has.

Words for a few of a page's labels travel between languages with their sound: "commercial" is
*komercial* in Albanian, *Pangkomersyal* in Filipino, *Камерцыйнае* in Belarusian, *kommerziell*
in Luxembourgish; "context" is *Kontekst*, *Кантэкст*, *Konteksto*, *コンテキスト*, *컨텍스트*; the
Indic languages share Sanskrit's *vāṇijya* (trade) and *sandarbha* (context). Written in any
script, a word is brought to Latin letters (``anyascii``) and reduced to its consonant skeleton
(vowels dropped, letters that spell one sound merged: ``c``/``k``/``q``/``g``, ``m``/``n``
before a consonant), where those shared roots are the same few letters whatever the script:

    Комерцијална → Komertsijalna → kmrtsjln      (root kmr + t/s/z/k)
    සන්දර්භය      → sndrbhy      → sndrbh       (root sndrbh)
    컨텍스트       → KeonTegSeuTeu → kntkst       (root kntks)

A root is a fact of language history, not a word list grown page by page: six roots read the
commercial-use badge of every language that borrowed or inherited one of six words for trade
(see ``_ROOTS``), two read "context". It is asked only when the vocabulary does not know a
label, and only of a short label (a badge or a header label, four words at most); in prose only
for the context window (``root_spans``). A word whose root follows a negating prefix
(*Nekomerční*, *non-commercial*, "non commercial") is not read, nor a label holding a word the
vocabulary knows negates, wherever it stands ("व्यावसायिक नहीं"). Three shorter roots are read
where a word begins, on its Latin letters with their vowels: "image" in a price label and
"official" or "discount" over a price column (``price_kind_by_root``, ``column_by_root``).

Languages whose word for trade is their own (Icelandic *viðskipti*, Hausa *kasuwanci*, the
Bantu *-hweba*, Amharic *ንግድ*, Lao *ການຄ້າ*…) are read by a dictionary of that one word
(``_TRADE_WORDS``), negated by their own negating words and prefixes (``_TRADE_NEGATORS``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from anyascii import anyascii

_VOWELS = re.compile(r"[aeiouy]+")
_NOT_LETTERS = re.compile(r"[^a-z]+")
_NASAL_BEFORE_CONSONANT = re.compile(r"m(?=[^aeiouy])")
_SAME_SOUND = str.maketrans({"c": "k", "q": "k", "g": "k", "x": "ks", "w": "v", "z": "s"})
_REPEATS = re.compile(r"(.)\1+")

#: (meaning, its roots' skeletons): a root sits anywhere in a word after a prefix that does not
#: negate (Pangkomersyal), the short roots only at its start
_ROOTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Latin commercium; Sanskrit vāṇijya (trade); Arabic tijāra (Persian, Urdu, Uzbek
    # tijorat); the Slavic and Albanian market, tъrgъ (търговски, trgovinski, торговый,
    # tregtar); Sanskrit vyāpāra (व्यापारिक, ਵਪਾਰਕ, ව්‍යාපාරික, వ్యాపార); Persian saudāgar
    # (سوداگری, Pashto سوداګریز, Ossetian сӕудӕджер with its g made dzh)
    ("commercial_use", re.compile(r"kmr[kts]|^vnj|^tjr|^trk[vt]|^vpr|^sv?d(?:k|sh)r")),
    ("context", re.compile(r"kntks|sndrbh")),
)
#: Sanskrit's prefix vi- alone before a p (विपरीत, viparīta "contrary"; vipatti, vipula): the
#: skeleton "vpr" of vyāpāra (vi-ā-pāra, whose vy- or long a is always heard) without its ā
_VI_BEFORE_P = re.compile(r"^[vb]ip")


class OwnWord(NamedTuple):
    """A language's own word for a concept (trade, image, request), as a dictionary gives it,
    not a page's phrase: where its sounds stand in a word, and what the word as written must
    hold when its sounds alone do not decide: its script (ንግድ, ການຄ້າ) or its tones (Yoruba
    òwò, trade, beside owó, money)."""

    sounds: re.Pattern[str]
    written: re.Pattern[str] | None = None


_INDIC = re.compile(r"[\u0900-\u0dff]")  # Devanagari to Sinhala
#: a word in Latin letters, the okina and apostrophe of Polynesian spelling among them (fa'a-):
#: the creoles' and the Polynesian languages' (코멧, Comet, is "komes")
_LATIN_WORD = re.compile(r"^[A-Za-z\u00c0-\u024f'\u2019\u02bb]+$")
#: roots read on a word's sounds with their vowels, where the word begins (a skeleton would be
#: too short to tell), each in the scripts its sound change happened in:
#: - Sanskrit vyavasāya (business: व्यावसायिक, વ્યાવસાયિક, ব্যবসায়িক, ବ୍ୟବସାୟିକ, ವ್ಯಾವಸಾಯಿಕ),
#:   whose "vya" no other word of a label begins with;
#: - Sanskrit vyāpāra with the b the eastern and rustic Indo-Aryan languages say for Sanskrit
#:   v (Hindi dialects' बेपार, Chhattisgarhi बैपारिक, Dogri ब्यापार; as they say बिबाह for
#:   vivāha), in the Indic scripts only: a Latin "Bepreisung" is no vyāpāra;
#: - Latin commercium as the French creoles say it, their r lost before a consonant as in
#:   pòt (porte) and fèt (fête): Haitian komès, komèsyal, Louisiana Creole komès; and as the
#:   Polynesian languages, which have no r, say it, after their adjective-forming prefix
#:   (Proto-Polynesian *faka-: Tongan and Niuean faka-, Samoan fa'a-, Fijian vaka-, as in
#:   ``_TRADE_WORDS``' fakapisinisi): Tongan fakakomēsiale
_SOUND_ROOTS: tuple[tuple[str, OwnWord], ...] = (
    ("commercial_use", OwnWord(re.compile(r"vya?va?sa?y"))),
    ("commercial_use", OwnWord(re.compile(r"b(?:y?a|e|ai)par"), _INDIC)),
    ("commercial_use", OwnWord(re.compile(r"(?:faa|faka|vaka)?komes(?:[iy]a?l[a-z]*)?$"),
                               _LATIN_WORD)),
)
#: words for business borrowed from English "business" (Tok Pisin and Bislama bisnis, Krio
#: biznɛs, Russian бизнес, Chichewa bizinesi, Shona bhizinesi with its breathy bh, Luganda
#: bizinensi with a nasal before its s) and Spanish and Portuguese "negocio", "negócio"
#: (Tagalog, Cebuano and Chamorro negosyo, negosio, Kapampangan negosyu, Tetum negósiu), read
#: on a word's sounds, after a prefix too (Shona kwe-bhizinesi: of business). A word for a
#: business names the use only as its purpose, after another word ("Yusim long bisnis", "Para
#: sa negosyo", "Untuk bisnis"); first in a label it may be a name ("Business plan", "Bisnis
#: Pro"), and alone it says nothing of use. So does Malay and Indonesian "usaha" (an
#: enterprise, Sanskrit utsāha), the word for a business of the languages around them
#: (Javanese, Sundanese, Minangkabau): "untuk usaha", for a business
_BUSINESS = re.compile(r"bh?[iu]?[sz]+i?n[eiy]?n?[sz]|negos[iy]?[ou]|negoci|^usaha")


#: the words for trade (commerce, business, market) of the languages that did not borrow
#: one of the shared roots above, read on a word's sounds: a dictionary of one concept in
#: many languages, like the vocabulary files' words. "^" marks a word that begins there (a
#: prefix before it may negate: Irish *neamh*-); the others follow noun-class or case
#: prefixes (Zulu *kwezo*-hwebo, Amharic *le*-ngd) or sit in a script written without spaces
_TRADE_WORDS: tuple[OwnWord, ...] = (
    OwnWord(re.compile(r"^(?:vidskipt|atvinnusk)")),  # Icelandic viðskipti, í atvinnuskyni
    OwnWord(re.compile(r"^tracht")),                  # Irish tráchtáil
    OwnWord(re.compile(r"^malairt")),                 # Scottish Gaelic malairt
    OwnWord(re.compile(r"^masnach")),                 # Welsh masnach
    OwnWord(re.compile(r"^kenwer(?:zh|th)")),         # Breton kenwerzh, Cornish kenwerth
    OwnWord(re.compile(r"^kasuwa")),                  # Hausa kasuwa, kasuwanci
    OwnWord(re.compile(r"^ganacs")),                  # Somali ganacsi
    OwnWord(re.compile(r"^(?:isowo|okowo)")),         # Yoruba ìṣòwò, òkòwò
    # Yoruba òwò, known by its tones from owó (money)
    OwnWord(re.compile(r"^owo$"), re.compile(r"^òwò$", re.IGNORECASE)),
    OwnWord(re.compile(r"^azumahia")),                # Igbo azụmahịa
    OwnWord(re.compile(r"(?:h|rh|kg)web")),           # Bantu -hweba: Zulu, Xhosa, Sotho, Tswana
    OwnWord(re.compile(r"th?eng[ei]s[ae][lr]")),      # Bantu -thengisela, Shona -tengesera
    OwnWord(re.compile(r"curuz")),                    # Kinyarwanda, Kirundi ubucuruzi
    OwnWord(re.compile(r"^malonda")),                 # Chichewa malonda
    OwnWord(re.compile(r"^(?:ara)?[vb]arotra")),      # Malagasy varotra, ara-barotra
    OwnWord(re.compile(r"^daldal")),                  # Oromo daldala
    OwnWord(re.compile(r"^(?:arilzh|khudald)")),      # Mongolian арилжаа, худалдаа
    # Turkic sawdā (not saúde): Kazakh сауда, Uzbek savdo, Turkmen söwda, Kyrgyz соода,
    # Bashkir сауҙа (its ҙ, a th, is Latin z); in the Arabic script (Uyghur سودا) with its
    # vowels unwritten in Latin letters
    OwnWord(re.compile(r"^(?:sau[dz]a|sawda|savdo|sowda|sooda)")),
    OwnWord(re.compile(r"^swd"), re.compile(r"[\u0600-\u06ff]")),
    OwnWord(re.compile(r"^bazi?rgan")),               # Kurdish bazirganî
    OwnWord(re.compile(r"^bzrgn"), re.compile(r"[\u0600-\u06ff]")),  # Sorani بازرگانی
    OwnWord(re.compile(r"kalakal")),                  # Tagalog kalakal, pangkalakalan
    OwnWord(re.compile(r"^(?:per)?dagang")),          # Malay, Javanese, Sundanese dagang
    # the Malayic languages' niaga (Sanskrit vāṇijya): Malay and Indonesian niaga,
    # perniagaan, Minangkabau niago (its final a an o); not Niagara
    OwnWord(re.compile(r"^(?:per)?niag[ao](?:an)?$")),
    OwnWord(re.compile(r"ngd"), re.compile(r"[\u1200-\u137f]")),  # Amharic ንግድ, Tigrinya ንግዲ
    OwnWord(re.compile(r"kankha"), re.compile(r"[\u0e00-\u0eff]")),  # Lao ການຄ້າ, Thai การค้า
    # Sanskrit vāṇijya as Thai, Lao and Khmer write it, with p: พาณิชย์, ພານິດ, ពាណិជ្ជ
    OwnWord(re.compile(r"ph?an[ie](?:ch|j|d)"), re.compile(r"[\u0e00-\u0eff\u1780-\u17ff]")),
    OwnWord(re.compile(r"^ticar")),                   # Turkish, Azerbaijani ticari: c is j
    OwnWord(re.compile(r"^kau(?:pall|bandu)")),       # Finnish kaupallinen, Estonian kaubandus
    OwnWord(re.compile(r"^cipva"), re.compile(r"[\u1000-\u109f]")),  # Burmese စီးပွား
    # Tibetan, Dzongkha, Ladakhi tshong (ཚོང), a syllable of its own between tshegs
    OwnWord(re.compile(r"tshong"), re.compile("(?:^|\u0f0b)ཚོང")),
    OwnWord(re.compile(r"^ergien")),                  # Sakha эргиэн
    OwnWord(re.compile(r"^sutuil")),                  # Chuvash суту-илӳ
    OwnWord(re.compile(r"^vinnul")),                  # Faroese vinnuligur
    OwnWord(re.compile(r"^n?jaay")),                  # Wolof njaay, jaay
    OwnWord(re.compile(r"suubu[lz]")),                # Luganda, Lusoga -suubula, obusuubuzi
    OwnWord(re.compile(r"^kalepa")),                  # Hawaiian kālepa
    OwnWord(re.compile(r"^(?:arumoni|tauhokohoko)")),  # Māori
    OwnWord(re.compile(r"^niu?(?:e|o?[fv]i)r")),      # Greenlandic niuerneq, Inuktitut ᓂᐅᕕᕐᓂᖅ
    OwnWord(re.compile(r"^naymaa")),                  # Mongolian, Buryat наймаа
    OwnWord(re.compile(r"^adwadi")),                  # Twi adwadie
    OwnWord(re.compile(r"^asitsa")),                  # Ewe asitsatsa
    OwnWord(re.compile(r"bind(?:zu|udz)")),           # Tsonga mabindzu, Venda vhubindudzi
    # English "business" as Polynesian and Melanesian languages took it, p for b and a vowel
    # after each consonant: Samoan fa'apisinisi, Tongan fakapisinisi, Fijian bisinisi (not
    # Indonesian bisnis, a business that may be a plan's or a site's section)
    OwnWord(re.compile(r"^(?:faa|faka|vaka)?[pb]isinisi$")),
    OwnWord(re.compile(r"^gavp")),                    # Northern Sami gávpi, gávpálaš
    # Swahili biashara, from Arabic bayʿ wa-širāʾ (selling and buying), and the East African
    # languages that took it from Swahili (Kikuyu, Kamba, Meru, Chaga), after a noun-class
    # prefix (kibiashara)
    OwnWord(re.compile(r"bia?shara")),
    # the Berber languages' root z-n-z, to sell (Kabyle zenz, Tashelhit znz, uznzu, Tamazight
    # ⴰⵏⵎⵣⵏⵣⵉ, a trader, Tuareg ezzenzi), its vowels a, e or u: not the Slavic zniżka, знижка
    # (a discount), whose i sits there, nor Zanzibar
    OwnWord(re.compile(r"z+[aeu]?n+[aeu]?z(?!ib)")),
)
#: the sounds of those languages' words that negate a label, wherever they stand (Mongolian
#: бус and Amharic ያልሆነ follow the word): ekki, ba, aan, kì, abụghị, hhayi, bus, biš,
#: ayidelem, yalhone, hindi, tidak, bukan, tsy, heb, ddim; and the prefixes that negate inside
#: a word (Lao ບໍ່, Amharic ያል-, Zulu -nge-)
_TRADE_NEGATORS = frozenset({"ekki", "ba", "aan", "ki", "kii", "abughi", "hhayi", "akusiyo",
                             "olmayan", "degil", "deyil", "ei", "ikki", "emes", "iemes",
                             "suokh", "noon",
                             "bus", "bish", "aydelem", "yalhone", "hindi", "tidak", "bukan",
                             "tsy", "heb", "ddim", "sio", "not", "non", "no", "nicht",
                             "ghyr", "nyst",  # Persian, Kurdish غیر, نیست
                             "si", "siyo", "hapana", "ti", "dili", "indi", "saan", "bukon",
                             "pa", "ur",
                             "indak", "ndak", "tak", "kada", "ora", "teu", "henteu"})
# (and Faroese ikki, Turkic emes, Sakha суох, Dhivehi ނޫން; Swahili si, siyo, hapana, Kikuyu
# ti; Cebuano dili, Hiligaynon indi, Ilocano saan, Bikol bukon; Haitian pa; Berber ur; the
# Malayic languages whose dagang, niaga, usaha are read: Minangkabau indak, Betawi ndak, Malay
# tak, Banjar kada, Javanese ora, Sundanese teu, henteu)
_NEGATING_INSIDE = re.compile(r"bo|yal|ng[ae]")
#: the negating words of the scripts written without spaces, as written: Thai ไม่, Lao ບໍ່,
#: Khmer មិន, Tibetan མ་ཡིན (is not) and མེད (without)
_NEGATING_WRITTEN = re.compile("ไม่|ບໍ່|មិន|མ་ཡིན|མེད")


def _trade_word_in(words: list[str]) -> bool:
    """Does a short label hold a language's word for trade, not negated?"""
    heard = [sounds(w) for w in words]
    if any(h in _TRADE_NEGATORS for h in heard):
        return False
    for word, sound in zip(words, heard, strict=True):
        for trade in _TRADE_WORDS:
            at = trade.sounds.search(sound)
            if at is None or (trade.written is not None and not trade.written.search(
                    unicodedata.normalize("NFC", word))):
                continue
            if not (_NEGATING_INSIDE.search(sound, 0, at.start())
                    or _NEGATING_WRITTEN.search(word)):
                return True
    return False
#: the skeletons of negating prefixes and words before the root (ne-, non-, un-, in-, bez-,
#: ghair-, gayri-; "non", "not", "nicht", "no", Yiddish ניט, נישט)
_NEGATING = frozenset({"n", "nn", "nt", "nst", "nkht", "bs", "khr", "kr"})
_MAX_WORDS = 4
#: a badge may say its concept with a language's grammar words around it ("Aseqdec n tsɣa d
#: uznuzu", "वेपार में काम लेवण री छूट"): words of one or two letters (particles, postpositions,
#: case markers) do not count against ``_MAX_WORDS``, up to this many words in all (the
#: commercial-use badge only: a context label is a word or two)
_MAX_WITH_PARTICLES = 8


def _short_label(words: list[str]) -> bool:
    """Is a label short enough to be a badge or a header label: at most ``_MAX_WORDS`` words
    of three letters or more (a mark on a letter, an Indic vowel sign, is none), at most
    ``_MAX_WITH_PARTICLES`` in all?"""
    if len(words) <= _MAX_WORDS:
        return bool(words)
    return len(words) <= _MAX_WITH_PARTICLES and sum(
        1 for w in words if sum(ch.isalpha() for ch in w) >= 3) <= _MAX_WORDS


#: the Hebrew script's ayin, which Yiddish writes for the vowel e and modern Hebrew does not
#: pronounce: never a consonant a shared root holds (קאָמערציעל is "kamertsyel", root kmr, not
#: "kamrtsyl", whose m the rule for a nasal before a consonant would make n)
_AYIN_AS_E = str.maketrans({"\u05e2": "e"})


@lru_cache(maxsize=8192)  # words recur on every page of a language, and anyascii is slow
def latin_letters(word: str) -> str:
    """A word of any script in lower-case Latin letters, nothing else ("Për" → "per")."""
    if "\u05e2" in word:
        word = word.translate(_AYIN_AS_E)
    return _NOT_LETTERS.sub("", anyascii(word).casefold())


#: the Bengali script (Bengali, Assamese) and Odia have one letter for Sanskrit's b and v
#: (ব, ବ), which transliterates as "b": Sanskrit vāṇijya is বাণিজ্যিক, "banijyik"; their bh
#: (ভ, ଭ) is a letter of its own
_B_FOR_V_SCRIPTS = re.compile(r"[\u0980-\u09ff\u0b00-\u0b7f]")
_PLAIN_B = re.compile(r"b(?!h)")
#: Dhivehi (the Thaana script) made Sanskrit and Prakrit p an f, a regular sound change (fas,
#: five, of pañca): its f is read as the p a shared root holds (ވިޔަފާރި, viyafaari, is
#: Sanskrit vyāpāra)
_THAANA = re.compile(r"[\u0780-\u07bf]")


@lru_cache(maxsize=8192)
def sounds(word: str) -> str:
    """A word's Latin letters as the sounds they stand for: ``latin_letters``, with the b of
    the scripts that write Sanskrit v as b read as v (ব্যবসায়িক → "vyvsayik"), and Dhivehi's f
    as the p it was (``_THAANA``)."""
    latin = latin_letters(word)
    if "b" in latin and _B_FOR_V_SCRIPTS.search(word):
        return _PLAIN_B.sub("v", latin)
    if "f" in latin and _THAANA.search(word):
        return latin.replace("f", "p")
    return latin


@lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """A word's consonant skeleton in Latin letters (see the module's docstring)."""
    latin = _REPEATS.sub(r"\1", sounds(word))
    latin = _NASAL_BEFORE_CONSONANT.sub("n", latin)
    return _REPEATS.sub(r"\1", _VOWELS.sub("", latin.translate(_SAME_SOUND)))


@lru_cache(maxsize=4096)
def meaning_by_root(label: str) -> str | None:
    """``commercial_use`` or ``context`` when a short label holds one of their shared roots,
    else None."""
    words = label.split()
    if not _short_label(words) or any(ch.isdigit() for ch in label):
        return None
    found: set[str] = set()
    negated = False  # a negating word anywhere before the root ("Not for commercial use")
    for word in words:
        bones = skeleton(word)
        for meaning, root in _ROOTS:
            at = root.search(bones)
            if at is None or negated or bones[:at.start()] in _NEGATING:
                continue
            if at.start() == 0 and sounds(word).startswith("a"):
                continue  # the privative a- the skeleton drops: अवाणिज्यिक, অবাণিজ্যিক
            if at.start() == 0 and _VI_BEFORE_P.match(sounds(word)):
                continue  # vi- before p is not vyāpāra's vy-ā-: विपरीत
            found.add(meaning)
        if not negated:
            found.update(meaning for meaning, root in _SOUND_ROOTS if root.sounds.match(
                sounds(word)) and (root.written is None or root.written.search(word)))
        negated = negated or bones in _NEGATING
    if not found and _trade_word_in(words):  # its own negators: Hausa "na" is "of"
        found.add("commercial_use")
    if not found and not negated and any(_BUSINESS.search(sounds(w)) for w in words[1:]):
        found.add("commercial_use")  # "Yusim long bisnis": a business as the use's purpose
    if len(words) > _MAX_WORDS:
        found &= {"commercial_use"}  # only a badge is said with particles around its word:
        # "context and writes up to" is a sentence's piece, no label
    if "commercial_use" in found and (says_not(label) or any(
            sounds(w) in _TRADE_NEGATORS for w in words)):
        return None  # "व्यावसायिक नहीं", "Ticari değil", "ވިޔަފާރީ … ނޫން": a negation after it
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _not_allowed() -> tuple[frozenset[str], tuple[str, ...]]:
    """The vocabulary's words that negate commercial use, in every language: (whole words,
    pieces found inside a label)."""
    from scrapers.reading.vocabulary import vocabulary

    words = vocabulary().prose["not_allowed_words"]
    return (frozenset(w.strip() for w in words if w.endswith(" ")),
            tuple(w for w in words if not w.endswith(" ")))


def negated(label: str) -> bool:
    """Does a short label hold a word that negates, of the vocabulary or of a language no file
    has (``_TRADE_NEGATORS``)?"""
    return says_not(label) or any(sounds(w) in _TRADE_NEGATORS for w in label.split())


def says_not(label: str) -> bool:
    """Does a short label hold a word the vocabulary knows negates, wherever it stands?"""
    whole, pieces = _not_allowed()
    low = unicodedata.normalize("NFKC", label).casefold()
    return any(w in whole for w in low.split()) or any(p in low for p in pieces)


def names_trade(text: str) -> bool:
    """Does a text (a sentence) hold a word for trade, by a shared root or a language's own
    word (``_TRADE_WORDS``), not negated inside the word: "ለንግድ አገልግሎት" (for commercial
    service), "dozvoljena za komercijalnu upotrebu"?"""
    if root_spans(text, "commercial_use"):
        return True
    return any(_trade_word_in([m.group()]) for m in _WORD.finditer(text) if len(m.group()) >= 3)


def _marks() -> str:
    """Every combining mark of the Basic Multilingual Plane, as a character class's body: the
    vowel signs and viramas of the Indic scripts (``સંદર્ભ`` is five letters and marks) are
    no ``\\w`` to Python's ``re``, yet they are inside a word."""
    return "".join(re.escape(chr(c)) for c in range(0x300, 0x10000)
                   if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me"))


#: a word of any script: letters with the marks written on them
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_marks()}])*")


#: roots read in prose only, never as a label: English "output" borrowed whole (આઉટપુટ,
#: आउटपुट, アウトプット, ಔಟ್‌ಪುಟ್ are all "tpt"); a header label "Output" is the output price's,
#: so it stays a label the vocabulary or the price's position places
_PROSE_ROOTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("output", re.compile(r"^tpts?$")),
)


#: the skeleton "token" has in the languages that borrowed it (tòcan, токенаў, טאָקענס, ቶከን)
_TOKEN = re.compile(r"th?v?kh?n")

#: "token" as the Bantu languages borrow a noun: the loan ends in a vowel (thokheni, tokeni,
#: ditokene) and takes its noun class's prefix, a syllable or two of consonant and vowel
#: (ama-, di-, ma-, zi-), with a preposition's or a copula's before it (nga-, ku-, ya-):
#: "ngamathokheni", "kumathokheni", "dithokheni"; read on the word's letters, vowels kept
_PREFIXED_TOKEN = re.compile(r"(?:[aeiu]?(?:ng|[bdgklmnswyz])[aeiou]){1,3}th?o[kg]h?en[aeiou]")


def words_of(text: str) -> list[tuple[int, int, str]]:
    """The words of any script in ``text`` (letters with their marks), with where each is."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def word_at(text: str, pos: int) -> str | None:
    """The word of any script (letters with their marks) starting at ``pos``, if one does."""
    found = _WORD.match(text, pos)
    return found.group() if found else None


def is_token_word(word: str) -> bool:
    """Is ``word`` the borrowed "token", in any script and inflection ("tokenekoa", ଟୋକେନ୍)?"""
    if _TOKEN.match(skeleton(word)) is not None:
        return True
    low = word.lower()  # the Bantu languages write Latin letters: no script to read first
    return "ok" in low and _PREFIXED_TOKEN.fullmatch(low) is not None


def root_spans(text: str, meaning: str) -> list[tuple[int, int]]:
    """Where the words of ``text`` that hold one of ``meaning``'s roots are (``kontekstit`` in
    "Dritarja e kontekstit është 200 mijë"): how a sentence in a language without a vocabulary
    file names the context window (``context``) or its output (``output``). Negation is not
    asked: a size word is not negated the way a badge is."""
    roots = [root for name, root in (*_ROOTS, *_PROSE_ROOTS) if name == meaning]
    return [(m.start(), m.end()) for m in _WORD.finditer(text)
            if len(m.group()) >= 5 and any(r.search(skeleton(m.group())) for r in roots)]


#: roots a word BEGINS with, read on its Latin letters with their vowels (a skeleton would
#: merge too much in so short a root), only in a short label no vocabulary knows:
#: - the words for "image": Latin *imago* (image, imagen, imagem, imatge, imaxe, imazh, imaj,
#:   the French creoles' imaz, and its oblique stem *imagin-* as in Extremaduran or Leonese
#:   imagin; not the verb "imagine", which is Midjourney's command),
#:   Sanskrit *citra* (चित्र, ಚಿತ್ರ, ചിത്രം, చిత్రం, ਚਿੱਤਰ, චිත්‍ර), Persian *tasvir* (تصویر, təsvir, tasvir);
#: - price columns: Latin *officialis* (official, oficial, officiel, offiziell, oficjalny,
#:   ofiziala, официјална), and West Slavic's own word for it, the adjective of *urząd*
#:   "office" (Polish urzędowa, Kashubian ùrzãdowô, Czech úřední, Slovak úradná: an
#:   adjective only, never the noun, which is any office); *discomputare* (discount,
#:   descuento, desconto, Diskont, dyskont, diskon, deskontua; not "discontinued")
_IMAGE_ROOTS = (("per_image", re.compile(
    r"i+m+a(?:ge|gn|gin(?!e)|x|zh|z$|tg|j)|cit+r|t[ae]?s[vw][iy]?r")),)
#: English "request", borrowed with its sound in any script ("request", "реквест", "रिक्वेस्ट",
#: "リクエスト", "rikwes"): r, a vowel, k (qu, kw, kv), a vowel, s, then t or the word's end
#: (not "requisito", a requirement, nor "rekvisit")
_REQUEST_ROOTS = (("per_request", re.compile(r"r[eiy](?:qu|k[uvw]?)[eiy]s(?:u?t|$)")),)
_COLUMN_ROOTS = (
    ("official_price", re.compile(r"[ou]f+i[ctsz]+[iy]?j?[ae]l|u(?:rz[ae]dow|r[ae]dn)")),
    ("discount", re.compile(r"d[eiy]s[ck](?:ou|ue|o|u)n(?!t?i?n)")),
)


def _starting_roots(label: str, roots: tuple[tuple[str, re.Pattern[str]], ...]) -> set[str]:
    """The meanings of ``roots`` a word of a short label begins with."""
    words = label.split()
    if not words or len(words) > _MAX_WORDS:
        return set()
    return {meaning for word in words for meaning, root in roots
            if root.match(latin_letters(word))}


_SPACELESS = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")  # Thai, Lao, Burmese, Khmer
_ETHIOPIC = re.compile(r"[\u1200-\u137f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_TIFINAGH = re.compile(r"[\u2d30-\u2d7f]")
#: the words for "image" and "request" of languages with no vocabulary file that borrowed no
#: shared root, as a dictionary gives them ("^": where a word begins; the others follow a
#: prefix or sit in a script written without spaces)
_PRICE_WORDS: tuple[tuple[str, OwnWord], ...] = (
    # Sanskrit rūpa (form, picture): Sinhala රූප, Thai รูป, Khmer រូប, Burmese ရုပ်, and Lao
    # ຮູບ, which writes Sanskrit r as h; not the rupee (rūpya: रुपया, รูปี)
    ("per_image", OwnWord(re.compile(r"^rupa?(?!i)"), re.compile(r"[\u0d80-\u0dff]"))),
    ("per_image", OwnWord(re.compile(r"(?:ro?u|hou)[pb](?![iy])"), _SPACELESS)),
    # Basque irudi, Welsh delwedd, Icelandic mynd (not myndband, a video), Irish íomhá (h-
    # after a mutation), Yoruba àwòrán, Igbo onyonyo, Hausa hoto, Somali sawir, Mongolian
    # зураг, Filipino larawan, Malagasy sary, Arabic ṣūra (surat, сүрөт, სურათი)
    ("per_image", OwnWord(re.compile(
        r"^(?:irudi|delwedd|mynd(?!band|skei)|h?iomh|aworan|onyonyo|hoto|sawir"
        r"|zurag|larawan|sary|s[uo]w?r[aoe]t)"))),
    # South Slavic slika, Belarusian выява, Sanskrit chavi (છબી, छवि, ছবি), Greek phōs (foto,
    # photo, фото), Arabic rasm (Uzbek, Tajik)
    ("per_image", OwnWord(re.compile(
        r"^(?:slik|slic[ei]$|vyyav|chh?[bv]i|(?:ph|f)oto|rasm(?!iy?))"))),  # not rasmiy: official
    ("per_image", OwnWord(re.compile(r"^ndzwr"), _ARABIC)),  # Pashto انځور
    ("per_image", OwnWord(re.compile(r"thombe"))),          # Zulu, Xhosa isithombe
    # Xhosa umfanekiso, Tsonga xifaniso, Venda tshifanyiso; Sotho and Tswana setshwantsho;
    # Māori whakaahua, Kurmanji wêne, Twi mfonini; Arabic rasm and ṣūra as Tatar and Bashkir
    # (рәсем) and Chechen (сурт) write them
    ("per_image", OwnWord(re.compile(
        r"fan(?:eki|yi|i)so|tshwantsho|^(?:whakaahua|wene$|mfonini|rasem|surt)"))),
    ("per_image", OwnWord(re.compile(r"msl"), _ETHIOPIC)),  # Amharic ምስል
    # Tamazight awlaf, tawlaft (ⴰⵡⵍⴰⴼ, ⵓⵡⵍⴰⴼ after a preposition), in the Tifinagh script
    ("per_image", OwnWord(re.compile(r"^t?[aiu]wlaf"), _TIFINAGH)),
    # Basque eskaera, Welsh cais, Irish iarratas, Icelandic beiðni, Yoruba ìbéèrè, Igbo arịrịọ,
    # Hausa buƙata, Somali codsi, Filipino kahilingan, Mongolian хүсэлт, Georgian მოთხოვნა,
    # Uzbek so'rov, Tajik дархост, Malagasy fangatahana, Sinhala ඉල්ලීම, Sanskrit vinati
    # (વિનંતી, ವಿನಂತಿ, ਬੇਨਤੀ) and abhyarthana (അഭ്യർത്ഥന)
    ("per_request", OwnWord(re.compile(
        r"^(?:eskaer|cais$|h?iarrat|beidni|ibeere|ariri|bukata|codsi|(?:ka)?hiling|khuselt"
        r"|motkhovn|sorov|darkhost|fangatah)"))),
    # Albanian kërkesë, South Slavic барање, Belarusian запыт, Romance sollicitare (Galician
    # solicitude), Afrikaans versoek, Maltese talba, Luxembourgish Ufro, Turkmen haýyş,
    # Kyrgyz суроо
    ("per_request", OwnWord(re.compile(
        r"^(?:kerkes|baranj|zap[yi]t|solicit|ver[sz]oek|talb[ai]|ufro|hayys|suroo)"))),
    ("per_request", OwnWord(re.compile(r"^ghwsht"), _ARABIC)),  # Pashto غوښتنه
    ("per_request", OwnWord(re.compile(r"^(?:illim|vin[mn]ti|benti|abhy?a?rt+h|anurodh)"),
                              _INDIC)),  # Sanskrit anurodha too (ଅନୁରୋଧ); not "illimité"
    ("per_request", OwnWord(re.compile(r"sicelo"))),        # Zulu, Xhosa isicelo
    # Romance demandare, the noun alone: Ladino and Old Spanish demanda, French demande (not
    # "demandado", a defendant, nor a verb's other forms)
    ("per_request", OwnWord(re.compile(r"^demand[ae]$"))),
    ("per_request", OwnWord(re.compile(r"tyake"), _ETHIOPIC)),  # Amharic ጥያቄ
    # Lao ຄຳຮ້ອງ, Burmese တောင်းဆို
    ("per_request", OwnWord(re.compile(r"khamh|teanchiu"), _SPACELESS)),
    # Sanskrit akṣara (a letter, a written character), which every Indic language kept or
    # borrowed, its kṣ a kh or an s in most (Hindi अक्षर, Rajasthani and Assamese आखर/আখৰ,
    # Punjabi ਅੱਖਰ, Kannada ಅಕ್ಷರ, Telugu అక్షరం, Sinhala අක්ෂර), in an Indic script (Indonesian
    # aksara is the script, not a character)
    ("per_character", OwnWord(re.compile(r"^ak+(?:h|sh?)r"), _INDIC)),
)


def _price_words_in(label: str) -> set[str]:
    """The kinds the words of a short label name by ``_PRICE_WORDS``."""
    found: set[str] = set()
    for word in label.split():
        heard = sounds(word)
        for kind, said in _PRICE_WORDS:
            if said.sounds.search(heard) and (said.written is None or said.written.search(word)):
                found.add(kind)
    return found


@lru_cache(maxsize=4096)
def price_kind_by_root(label: str) -> str | None:
    """``per_image`` when a short price label no vocabulary knows holds a word for "image" that
    languages share ("Për imazh", "Por imaxe", "ಪ್ರತಿ ಚಿತ್ರ"): a price labelled by a picture is a
    price per picture; ``per_request`` when it holds English "request" as borrowed ("Kada
    request", "За реквест"). A word is read from its start (``i-m-a-g`` inside "Bildimage" is
    not).
    Else the word for "image" or "request" of a language with no vocabulary file
    (``_PRICE_WORDS``: "Irudi bakoitzeko", "Bawat kahilingan"), when it names one kind."""
    if any(ch.isdigit() for ch in label) or len(label.split()) > _MAX_WORDS:
        return None
    if _starting_roots(label, _IMAGE_ROOTS):
        return "per_image"
    if _starting_roots(label, _REQUEST_ROOTS):
        return "per_request"
    kinds = _price_words_in(label)
    return kinds.pop() if len(kinds) == 1 else None


@lru_cache(maxsize=4096)
def column_by_root(header: str) -> str | None:
    """A short column header no vocabulary word is in, read by a root languages share
    ("Prezio ofiziala", "Deskontua"): its one root's column, else ``None``."""
    found = _starting_roots(header, _COLUMN_ROOTS)
    return found.pop() if len(found) == 1 else None
