"""Lifecycle statements by the shape of their clauses, in languages with a vocabulary file
(issue 20, round 10).

Round 9 gave every file the words of the lifecycle concepts; what batch K still missed there was
a shape of sentence, not a word: the end stated as a noun with a date ("the last day of service
is <date>", "available until <date>"), the provider as the subject of a verb of stopping with
this model (or the verbal noun of serving it) as object ("Acme will stop offering Orion 5"), and
a notice spread over three sentences (status, then the date, then "use X").

``FIRST`` holds our own sentences, written before this round's rules, for 15 of the 53 file
languages drawn by lot (``random.Random(20270).sample(langs, 15)``): per language the three
shapes (1. an end-date noun or "available until", 2. the provider stops the model, 3. the notice
over three sentences) and three traps (4. a price valid until, or a knowledge cut-off; 5. the
provider stops a FEATURE of this model; 6. another model's end, in the same shapes, that this
model replaces). First sight (the reader at the start of round 10): 66 of 90 right, 3 traps
invented (a feature stopped: ar, kk, zh-TW). ``FIRST_MISSED`` is what the round's rules leave.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

import pytest

from catalog.meaning.lifecycle import read_lifecycle

TODAY = date(2026, 11, 28)
AHEAD = "2027-03-15"
SEED = 20270


class Case(NamedTuple):
    """One text and what it states of Orion 5."""

    text: str
    status: str | None
    when: str | None = None
    replacements: tuple[str, ...] = ()


#: what each language's six texts state, in the module docstring's order
EXPECTED = [("deprecated", AHEAD, ()), ("deprecated", AHEAD, ()),
            ("deprecated", AHEAD, ("Orion 6",)), (None, None, ()), (None, None, ()),
            (None, None, ())]


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def reads_right(lang: str, case: Case) -> bool:
    lc = read_lifecycle(case.text, "orion-5", "Orion 5", today=TODAY, locale=lang)
    return ((lc.status, lc.status_date) == (case.status, case.when)
            and {_key(r) for r in lc.replacements} == {_key(r) for r in case.replacements})


FIRST_TEXTS: dict[str, list[str]] = {
    'hr': [
        'Posljednji dan usluge za Orion 5 je 15. ožujka 2027.',
        'Acme će prestati pružati Orion 5 15. ožujka 2027.',
        'Orion 5 se postupno ukida. Krajnji datum je 15. ožujka 2027. Koristite Orion 6.',
        'Uvodna cijena za Orion 5 vrijedi do 15. ožujka 2027.',
        'Acme će prestati nuditi način slike u Orion 5 od 15. ožujka 2027.',
        'Posljednji dan usluge za Orion 4 je 15. ožujka 2027. Orion 5 ga zamjenjuje.',
    ],
    'ka': [
        'Orion 5-ის მხარდაჭერის დასრულების თარიღია 2027 წლის 15 მარტი.',
        'Acme შეწყვეტს Orion 5-ის მომსახურებას 2027 წლის 15 მარტს.',
        'Orion 5 ეტაპობრივად გამოდის ხმარებიდან. '
        'ბოლო თარიღია 2027 წლის 15 მარტი. '
        'გამოიყენეთ Orion 6.',
        'Orion 5-ის სასწავლო მონაცემები მოიცავს 2026 წლის 3 მაისამდე.',
        'Acme შეწყვეტს Orion 5-ის სურათის რეჟიმის მხარდაჭერას 2027 წლის 15 მარტს.',
        'Orion 4 ეტაპობრივად გამოდის ხმარებიდან. '
        'ბოლო თარიღია 2027 წლის 15 მარტი. '
        'გამოიყენეთ Orion 5.',
    ],
    'ur': [
        'Orion 5 کی سروس کا آخری دن 15 مارچ 2027 ہے۔',
        'Acme 15 مارچ 2027 کو Orion 5 کی فراہمی بند کر دے گا۔',
        'Orion 5 کو مرحلہ وار ختم کیا جا رہا ہے۔ آخری تاریخ 15 مارچ 2027 ہے۔ Orion 6 استعمال کریں۔',
        'Orion 5 کی تعارفی قیمت 15 مارچ 2027 تک درست ہے۔',
        'Acme 15 مارچ 2027 کو Orion 5 کا تصویری موڈ بند کر دے گا۔',
        'Orion 4 کو مرحلہ وار ختم کیا جا رہا ہے۔ آخری تاریخ 15 مارچ 2027 ہے۔ Orion 5 استعمال کریں۔',
    ],
    'de': [
        'Der letzte Betriebstag von Orion 5 ist der 15. März 2027.',
        'Acme stellt den Betrieb von Orion 5 am 15. März 2027 ein.',
        'Orion 5 läuft aus. Stichtag ist der 15. März 2027. Nutzen Sie Orion 6.',
        'Der Wissensstand von Orion 5 reicht bis zum 3. Mai 2026.',
        'Acme stellt den Bildmodus von Orion 5 am 15. März 2027 ein.',
        'Der letzte Betriebstag von Orion 4 ist der 15. März 2027. Orion 5 tritt an seine Stelle.',
    ],
    'ms': [
        'Tarikh akhir perkhidmatan Orion 5 ialah 15 Mac 2027.',
        'Acme akan berhenti menawarkan Orion 5 pada 15 Mac 2027.',
        'Orion 5 sedang dihentikan secara berperingkat. '
        'Tarikh akhir ialah 15 Mac 2027. '
        'Gunakan Orion 6.',
        'Harga promosi Orion 5 sah sehingga 15 Mac 2027.',
        'Acme akan berhenti menawarkan mod imej Orion 5 pada 15 Mac 2027.',
        'Orion 4 sedang dihentikan secara berperingkat. '
        'Tarikh akhir ialah 15 Mac 2027. '
        'Gunakan Orion 5.',
    ],
    'sk': [
        'Orion 5 je dostupný do 15. marca 2027.',
        'Acme prestane poskytovať Orion 5 15. marca 2027.',
        'Orion 5 sa postupne vyraďuje. Posledný deň je 15. marca 2027. Použite Orion 6.',
        'Trénovacie dáta modelu Orion 5 siahajú do 3. mája 2026.',
        'Acme prestane podporovať obrazový režim Orion 5 od 15. marca 2027.',
        'Orion 4 je dostupný do 15. marca 2027. Orion 5 ho nahrádza.',
    ],
    'ar': [
        'آخر يوم لخدمة Orion 5 هو 15 مارس 2027.',
        'ستتوقف Acme عن تقديم Orion 5 في 15 مارس 2027.',
        'يتم إيقاف Orion 5 تدريجيًا. الموعد النهائي هو 15 مارس 2027. استخدم Orion 6.',
        'السعر الترويجي لـ Orion 5 صالح حتى 15 مارس 2027.',
        'ستتوقف Acme عن دعم وضع الصور في Orion 5 في 15 مارس 2027.',
        'يتم إيقاف Orion 4 تدريجيًا. الموعد النهائي هو 15 مارس 2027. استخدم Orion 5.',
    ],
    'da': [
        'Sidste driftsdag for Orion 5 er den 15. marts 2027.',
        'Acme stopper med at tilbyde Orion 5 den 15. marts 2027.',
        'Orion 5 udfases. Slutdatoen er den 15. marts 2027. Brug Orion 6.',
        'Introduktionsprisen for Orion 5 gælder indtil den 15. marts 2027.',
        'Acme stopper med at tilbyde billedtilstanden i Orion 5 den 15. marts 2027.',
        'Orion 4 udfases. Slutdatoen er den 15. marts 2027. Brug Orion 5.',
    ],
    'kk': [
        'Orion 5 қызметінің соңғы күні — 2027 жылғы 15 наурыз.',
        'Acme 2027 жылғы 15 наурызда Orion 5-ті ұсынуды тоқтатады.',
        'Orion 5 кезең-кезеңімен тоқтатылуда. '
        'Соңғы мерзім — 2027 жылғы 15 наурыз. '
        'Orion 6 пайдаланыңыз.',
        'Orion 5 оқу деректері 2026 жылғы 3 мамырға дейін қамтиды.',
        'Acme 2027 жылғы 15 наурызда Orion 5 сурет режимін қолдауды тоқтатады.',
        'Orion 4 қызметінің соңғы күні — 2027 жылғы 15 наурыз. Оның орнына Orion 5 келеді.',
    ],
    'zh-TW': [
        'Orion 5 的服務終止日期為 2027年3月15日。',
        'Acme 將於 2027年3月15日停止提供 Orion 5。',
        'Orion 5 正在逐步淘汰。最後日期為 2027年3月15日。請改用 Orion 6。',
        'Orion 5 的優惠價格有效至 2027年3月15日。',
        'Acme 將於 2027年3月15日停止提供 Orion 5 的圖像模式。',
        'Orion 4 正在逐步淘汰。最後日期為 2027年3月15日。請改用 Orion 5。',
    ],
    'az': [
        'Orion 5 üçün xidmətin son günü 15 mart 2027-dir.',
        'Acme 15 mart 2027-ci ildə Orion 5-in təqdim edilməsini dayandıracaq.',
        'Orion 5 mərhələli şəkildə dayandırılır. '
        'Son tarix 15 mart 2027-dir. '
        'Orion 6 istifadə edin.',
        'Orion 5-in tanıtım qiyməti 15 mart 2027-yə qədər qüvvədədir.',
        'Acme 15 mart 2027-ci ildə Orion 5-in şəkil rejimini dayandıracaq.',
        'Orion 4 mərhələli şəkildə dayandırılır. '
        'Son tarix 15 mart 2027-dir. '
        'Orion 5 istifadə edin.',
    ],
    'es': [
        'Orion 5 estará disponible hasta el 15 de marzo de 2027.',
        'Acme dejará de ofrecer Orion 5 el 15 de marzo de 2027.',
        'Orion 5 está en proceso de retirada. '
        'La fecha límite es el 15 de marzo de 2027. '
        'Utilice Orion 6.',
        'Los datos de entrenamiento de Orion 5 llegan hasta el 3 de mayo de 2026.',
        'Acme dejará de ofrecer el modo de imagen de Orion 5 el 15 de marzo de 2027.',
        'Orion 4 estará disponible hasta el 15 de marzo de 2027. Orion 5 lo sustituye.',
    ],
    'pt': [
        'O fim do suporte ao Orion 5 será em 15 de março de 2027.',
        'A Acme vai parar de oferecer o Orion 5 em 15 de março de 2027.',
        'O Orion 5 está sendo descontinuado gradualmente. '
        'A data final é 15 de março de 2027. '
        'Use o Orion 6.',
        'O preço promocional do Orion 5 é válido até 15 de março de 2027.',
        'A Acme vai parar de oferecer o modo de imagem do Orion 5 em 15 de março de 2027.',
        'O Orion 4 está sendo descontinuado gradualmente. '
        'A data final é 15 de março de 2027. '
        'Use o Orion 5.',
    ],
    'fa': [
        'آخرین روز ارائه خدمات Orion 5، ۱۵ مارس ۲۰۲۷ است.',
        'Acme ارائه Orion 5 را در ۱۵ مارس ۲۰۲۷ متوقف خواهد کرد.',
        'Orion 5 به\u200cتدریج کنار گذاشته می\u200cشود. '
        'تاریخ پایان ۱۵ مارس ۲۰۲۷ است. '
        'از Orion 6 استفاده کنید.',
        'داده\u200cهای آموزشی Orion 5 تا ۳ مه ۲۰۲۶ را پوشش می\u200cدهد.',
        'Acme پشتیبانی از حالت تصویر Orion 5 را در ۱۵ مارس ۲۰۲۷ متوقف خواهد کرد.',
        'آخرین روز ارائه خدمات Orion 4، ۱۵ مارس ۲۰۲۷ است. Orion 5 جایگزین آن می\u200cشود.',
    ],
    'hy': [
        'Orion 5-ի սպասարկման վերջին օրը 2027 թվականի մարտի 15-ն է։',
        'Acme-ը կդադարեցնի Orion 5-ի տրամադրումը 2027 թվականի մարտի 15-ին։',
        'Orion 5-ը աստիճանաբար դուրս է բերվում շահագործումից։ '
        'Վերջնաժամկետը 2027 թվականի մարտի 15-ն է։ '
        'Օգտագործեք Orion 6։',
        'Orion 5-ի ակցիոն գինը գործում է մինչև 2027 թվականի մարտի 15-ը։',
        'Acme-ը կդադարեցնի Orion 5-ի պատկերային ռեժիմի աջակցությունը 2027 թվականի մարտի 15-ին։',
        'Orion 4-ը աստիճանաբար դուրս է բերվում շահագործումից։ '
        'Վերջնաժամկետը 2027 թվականի մարտի 15-ն է։ '
        'Օգտագործեք Orion 5։',
    ],
}

FIRST = [(lang, n, Case(text, *EXPECTED[n - 1]))
         for lang, texts in FIRST_TEXTS.items() for n, text in enumerate(texts, 1)]
#: what the first set still misses after the round's rules
FIRST_MISSED: frozenset[tuple[str, int]] = frozenset({
    ("az", 2),  # "Orion 5-in": a hyphened case ending makes another name
    ("hy", 3),  # "վերջնաժամկետ" (deadline) is no file's word: deadlines are knowledge cut-offs too
})


@pytest.mark.parametrize("lang, number, case", [
    pytest.param(lang, n, case, id=f"{lang}-{n}",
                 marks=[pytest.mark.xfail(strict=True, reason="missed")]
                 if (lang, n) in FIRST_MISSED else [])
    for lang, n, case in FIRST])
def test_a_lifecycle_clause_of_the_first_set_reads(lang, number, case):
    assert reads_right(lang, case)


#: The second set, written after the round's rules for 8 file languages drawn again
#: (``random.Random(20271).sample(langs, 8)``), the same six shapes in new wordings, for Lumen 3
#: (successor Lumen 4, another model Lumen 2), the end on 30 June 2027. First sight (the reader
#: after the round's rules): 42 of 48, 0 traps invented; the round's start reader: 35 of 48,
#: 0 invented. ``SECOND_MISSED`` is what it misses: "can be used until" (a verb of use, not the
#: adjective "usable"), Bulgarian's definite "последният ден", and "се извежда от употреба".
SECOND_AHEAD = "2027-06-30"
SECOND_EXPECTED = [("deprecated", SECOND_AHEAD, ()), ("deprecated", SECOND_AHEAD, ()),
                   ("deprecated", SECOND_AHEAD, ("Lumen 4",)), (None, None, ()),
                   (None, None, ()), (None, None, ())]
SECOND_TEXTS: dict[str, list[str]] = {
    'es': [
        'Lumen 3 podrá utilizarse hasta el 30 de junio de 2027.',
        'La empresa Acme dejará de dar soporte a Lumen 3 el 30 de junio de 2027.',
        'Lumen 3 quedará obsoleto. El servicio termina el 30 de junio de 2027. Migre a Lumen 4.',
        'Los datos de entrenamiento de Lumen 3 abarcan hasta el 30 de junio de 2025.',
        'Acme dejará de ofrecer la función de búsqueda de Lumen 3 el 30 de junio de 2027.',
        'Lumen 2 quedará obsoleto. El servicio termina el 30 de junio de 2027. Migre a Lumen 3.',
    ],
    'sl': [
        'Zadnji dan delovanja modela Lumen 3 bo 30. junija 2027.',
        'Acme bo prenehal ponujati Lumen 3 30. junija 2027.',
        'Lumen 3 se postopoma ukinja. Storitev se konča 30. junija 2027. Uporabite Lumen 4.',
        'Akcijska cena za Lumen 3 velja do 30. junija 2027.',
        'Acme bo prenehal podpirati način iskanja v Lumen 3 30. junija 2027.',
        'Lumen 2 se postopoma ukinja. Storitev se konča 30. junija 2027. Uporabite Lumen 3.',
    ],
    'ur': [
        'Lumen 3 کی دستیابی کا آخری دن 30 جون 2027 ہے۔',
        'Acme 30 جون 2027 سے Lumen 3 کی سروس فراہم کرنا بند کر دے گا۔',
        'Lumen 3 متروک ہو رہا ہے۔ '
        'سروس 30 جون 2027 کو ختم ہو جائے گی۔ '
        'اس کی جگہ Lumen 4 استعمال کریں۔',
        'Lumen 3 کی رعایتی قیمت 30 جون 2027 تک نافذ ہے۔',
        'Acme 30 جون 2027 کو Lumen 3 کا سرچ فیچر بند کر دے گا۔',
        'Lumen 2 متروک ہو رہا ہے۔ '
        'سروس 30 جون 2027 کو ختم ہو جائے گی۔ '
        'اس کی جگہ Lumen 3 استعمال کریں۔',
    ],
    'no': [
        'Lumen 3 kan brukes frem til 30. juni 2027.',
        'Acme slutter å levere Lumen 3 30. juni 2027.',
        'Lumen 3 fases ut. Tjenesten avsluttes 30. juni 2027. Bytt til Lumen 4.',
        'Treningsdataene til Lumen 3 går frem til 30. juni 2025.',
        'Acme slutter å tilby søkefunksjonen i Lumen 3 30. juni 2027.',
        'Lumen 2 fases ut. Tjenesten avsluttes 30. juni 2027. Bytt til Lumen 3.',
    ],
    'ko': [
        'Lumen 3의 서비스 종료일은 2027년 6월 30일입니다.',
        'Acme는 2027년 6월 30일에 Lumen 3 제공을 중단합니다.',
        'Lumen 3은 단계적으로 폐지됩니다. '
        '마지막 사용일은 2027년 6월 30일입니다. '
        'Lumen 4를 사용하세요.',
        'Lumen 3의 프로모션 가격은 2027년 6월 30일까지 유효합니다.',
        'Acme는 2027년 6월 30일에 Lumen 3의 검색 기능 제공을 중단합니다.',
        'Lumen 2는 단계적으로 폐지됩니다. '
        '마지막 사용일은 2027년 6월 30일입니다. '
        'Lumen 3을 사용하세요.',
    ],
    'id': [
        'Lumen 3 dapat digunakan sampai 30 Juni 2027.',
        'Acme berhenti mendukung Lumen 3 pada 30 Juni 2027.',
        'Lumen 3 sudah usang. Layanan berakhir pada 30 Juni 2027. Beralihlah ke Lumen 4.',
        'Data pelatihan Lumen 3 mencakup hingga 30 Juni 2025.',
        'Acme berhenti menyediakan fitur pencarian Lumen 3 pada 30 Juni 2027.',
        'Lumen 2 sudah usang. Layanan berakhir pada 30 Juni 2027. Beralihlah ke Lumen 3.',
    ],
    'bg': [
        'Последният ден на услугата за Lumen 3 е 30 юни 2027 г.',
        'Acme ще спре да предлага Lumen 3 на 30 юни 2027 г.',
        'Lumen 3 се извежда от употреба. Услугата приключва на 30 юни 2027 г. Използвайте Lumen 4.',
        'Промоционалната цена на Lumen 3 е валидна до 30 юни 2027 г.',
        'Acme ще спре да предлага функцията за търсене в Lumen 3 на 30 юни 2027 г.',
        'Lumen 2 се извежда от употреба. Услугата приключва на 30 юни 2027 г. Използвайте Lumen 3.',
    ],
    'pt': [
        'O Lumen 3 poderá ser usado até 30 de junho de 2027.',
        'A Acme deixará de oferecer suporte ao Lumen 3 em 30 de junho de 2027.',
        'O Lumen 3 será descontinuado. '
        'O serviço termina em 30 de junho de 2027. '
        'Migre para o Lumen 4.',
        'Os dados de treinamento do Lumen 3 vão até 30 de junho de 2025.',
        'A Acme deixará de oferecer a função de pesquisa do Lumen 3 em 30 de junho de 2027.',
        'O Lumen 2 será descontinuado. '
        'O serviço termina em 30 de junho de 2027. '
        'Migre para o Lumen 3.',
    ],
}
SECOND = [(lang, n, Case(text, *SECOND_EXPECTED[n - 1]))
          for lang, texts in SECOND_TEXTS.items() for n, text in enumerate(texts, 1)]
#: none since "can be used until" (``until_words``) and bg's definite and "withdrawn from use"
#: forms were added after this first sight (fitted: 48 of 48)
SECOND_MISSED: frozenset[tuple[str, int]] = frozenset()


def reads_lumen(lang: str, case: Case) -> bool:
    lc = read_lifecycle(case.text, "lumen-3", "Lumen 3", today=TODAY, locale=lang)
    return ((lc.status, lc.status_date) == (case.status, case.when)
            and {_key(r) for r in lc.replacements} == {_key(r) for r in case.replacements})


@pytest.mark.parametrize("lang, number, case", [
    pytest.param(lang, n, case, id=f"second-{lang}-{n}",
                 marks=[pytest.mark.xfail(strict=True, reason="missed")]
                 if (lang, n) in SECOND_MISSED else [])
    for lang, n, case in SECOND])
def test_a_lifecycle_clause_of_the_second_set_reads(lang, number, case):
    assert reads_lumen(lang, case)


def score(cases: list[tuple[str, int, Case]]) -> tuple[int, int, list[str]]:
    """(right, total, the missed texts): a set's first-sight record."""
    read = reads_lumen if cases is SECOND else reads_right
    missed = [f"{lang}-{n} {case.text}" for lang, n, case in cases if not read(lang, case)]
    return len(cases) - len(missed), len(cases), missed


if __name__ == "__main__":  # python -m tests.test_lifecycle_clauses: the scores
    for label, cases in (("first", FIRST), ("second", SECOND)):
        right, total, missed = score(cases)
        print(f"{label}: {right}/{total}")
        print("\n".join(missed))


#: An end stated by its date ("the last day of service is …", "available until …": a file's
#: ``dated_end_words``) states nothing without one. Our own sentences, written after the first
#: set: the traps are a negated end noun, "available until further notice", and a deadline
#: word of another language on a knowledge cut-off's row.
DATED_ENDS = [
    ("es", Case("El último día de servicio de Orion 5 será el 15 de marzo de 2027.", "deprecated",
                AHEAD)),
    ("pl", Case("Orion 5 jest dostępny do 15 marca 2027 r.", "deprecated", AHEAD)),
    ("ru", Case("Последний день работы Orion 5 — 15 марта 2027 года.", "deprecated", AHEAD)),
    ("de", Case("Orion 5 läuft aus. Letzter Betriebstag ist der 15. März 2027, danach "
                "übernimmt Orion 6.", "deprecated", AHEAD, ("Orion 6",))),
    ("nl", Case("Voor Orion 5 is nog geen einddatum aangekondigd.", None)),
    ("es", Case("Orion 5 estará disponible hasta nuevo aviso.", None)),
    ("it", Case("Data limite delle conoscenze di Orion 5: 1 giugno 2024.", None)),
    ("fr", Case("Le dernier jour de la promotion sur Orion 5 est le 15 mars 2027.", None)),
]


@pytest.mark.parametrize("lang, case", DATED_ENDS,
                         ids=lambda v: v if isinstance(v, str) else v.text[:30])
def test_an_end_stated_by_its_date_reads_only_with_one(lang, case):
    assert reads_right(lang, case)


#: A verb of stopping ends this model only with the model, or the verbal noun of serving it, for
#: its object (a file's ``stop_words`` and ``serve_words``). Our own sentences, written after the
#: first set; the traps: this model as the verb's subject (stops answering), a discount or a
#: trial as its object, and another model as its object.
STOPPING = [
    ("id", Case("Acme akan berhenti menyediakan Orion 5 mulai 15 Maret 2027.", "deprecated",
                AHEAD)),
    ("cs", Case("Acme přestane poskytovat Orion 5 dne 15. března 2027.", "deprecated", AHEAD)),
    ("nl", Case("Acme stopt met het aanbieden van Orion 5 op 15 maart 2027.", "deprecated",
                AHEAD)),
    ("tr", Case("Acme, Orion 5'i sunmayı 15 Mart 2027'de durduracak.", "deprecated", AHEAD)),
    ("es", Case("Acme dejó de ofrecer Orion 5 el 3 de mayo de 2026.", "retired", "2026-05-03")),
    ("id", Case("Orion 5 berhenti menjawab setelah 30 detik.", None)),
    ("cs", Case("Acme přestane nabízet slevu na Orion 5 dne 15. března 2027.", None)),
    ("pt", Case("A Acme vai parar de oferecer testes gratuitos do Orion 5 em 15 de março de "
                "2027.", None)),
    ("hr", Case("Acme će prestati pružati Orion 4 15. ožujka 2027., a Orion 5 ostaje.", None)),
]


@pytest.mark.parametrize("lang, case", STOPPING,
                         ids=lambda v: v if isinstance(v, str) else v.text[:30])
def test_a_verb_of_stopping_ends_the_model_it_takes_as_object(lang, case):
    assert reads_right(lang, case)


#: A feature as the object of a verb of stopping is the feature's end, in the orders the first
#: set's traps used: a feature after the name in a script without spaces ("Orion 5 的圖像模式"),
#: the name before its feature with the verb last and no genitive mark (Kazakh, Turkish), and
#: Arabic's "وضع" (mode). Our own sentences; the last two are the model's own end.
FEATURES = [
    ("ja", Case("Acme は 2027年3月15日に Orion 5 の画像モードの提供を終了します。", None)),
    ("zh-CN", Case("Acme 将于 2027年3月15日停止提供 Orion 5 的搜索功能。", None)),
    ("tr", Case("Acme, 15 Mart 2027'de Orion 5 görsel modunu kapatacak.", None)),
    ("ar", Case("ستوقف Acme وضع التفكير في Orion 5 في 15 مارس 2027.", None)),
    ("zh-CN", Case("Acme 将于 2027年3月15日停止提供 Orion 5。", "deprecated", AHEAD)),
    ("tr", Case("Acme, Orion 5'i 15 Mart 2027'de kapatacak.", "deprecated", AHEAD)),
]


@pytest.mark.parametrize("lang, case", FEATURES,
                         ids=lambda v: v if isinstance(v, str) else v.text[:30])
def test_a_feature_stopped_is_no_end_of_the_model(lang, case):
    assert reads_right(lang, case)


#: A notice over three sentences beside another model's (before it, after it, or between this
#: one's sentences): the window of two sentences after a statement stops at a sentence about
#: another model, and a date noun's sentence naming none is the story's. Our own sentences,
#: written during the round; all read at the round's start too (K's Urdu page missed its date
#: noun, not the window), kept so the window's whose-rule stays as it is.
WINDOW = [
    ('de', Case('Orion 4 läuft aus. Letzter Betriebstag ist der 1.'
          ' Februar 2027. Orion 5 läuft ebenfalls aus.'
          ' Letzter Betriebstag ist der 15. März 2027.'
          ' Nutzen Sie Orion 6.',
               'deprecated', '2027-03-15', ('Orion 6',))),
    ('de', Case('Orion 5 läuft aus. Letzter Betriebstag ist der 15.'
          ' März 2027. Nutzen Sie Orion 6. Orion 4 wurde bereits am 3.'
          ' Mai 2026 abgeschaltet.',
               'deprecated', '2027-03-15', ('Orion 6',))),
    ('es', Case('Orion 5 quedará obsoleto.'
          ' Orion 4 se retiró el 3 de mayo de 2026. Utilice Orion 6.',
               'deprecated', None, ())),
    ('fr', Case('Orion 5 est en fin de vie.'
          ' La date de fin est le 15 mars 2027. Passez à Orion 6.',
               'deprecated', '2027-03-15', ('Orion 6',))),
    ('ru', Case('Orion 5 выводится из эксплуатации.'
          ' Последний день работы — 15 марта 2027 года.'
          ' Используйте Orion 6.',
               'deprecated', '2027-03-15', ('Orion 6',))),
    ('tr', Case('Orion 5 kullanımdan kaldırılıyor. Son tarih 15 Mart 2027.'
          ' Bunun yerine Orion 6 kullanın.',
               'deprecated', '2027-03-15', ('Orion 6',))),
    ('ja', Case('Orion 5 は廃止予定です。最終日は 2027年3月15日です。Orion 6 をご利用ください。',
               'deprecated', '2027-03-15', ('Orion 6',))),
    ('it', Case("Orion 4 sarà ritirato. L'ultimo giorno è il 15 marzo 2027."
          ' Usate Orion 5.',
               None, None, ())),
    ('pl', Case('Orion 5 zostanie wycofany. Ostatni dzień to 15 marca 2027.'
          ' Orion 4 został wycofany 3 maja 2026. Użyj Orion 6.',
               'deprecated', '2027-03-15', ())),
    ('vi', Case('Orion 5 sẽ bị ngừng. Ngày kết thúc là 15 tháng 3 năm 2027.'
          ' Hãy dùng Orion 6.',
               'deprecated', '2027-03-15', ('Orion 6',))),
    ('he', Case('Orion 5 יוצא משימוש. היום האחרון הוא 15 במרץ 2027.'
          ' השתמשו ב-Orion 6.',
               'deprecated', '2027-03-15', ('Orion 6',))),
    ('hi', Case('Orion 5 को बंद किया जा रहा है। अंतिम तिथि 15 मार्च 2027 है।'
          ' Orion 6 का उपयोग करें।',
               'deprecated', '2027-03-15', ('Orion 6',))),
]


@pytest.mark.parametrize("lang, case", WINDOW,
                         ids=lambda v: v if isinstance(v, str) else v.text[:30])
def test_a_notice_over_three_sentences_is_read_beside_another_models(lang, case):
    assert reads_right(lang, case)


#: "Can be used until" (a file's ``until_words``) is an end only with a date right beside it: its
#: "until" is "up to" before a count. Our own sentences, written after the second set's first
#: sight; the traps give a count after it and a date elsewhere in the sentence.
USE_UNTIL = [
    ("de", Case("Orion 5 kann noch genutzt werden bis zum 15. März 2027.", "deprecated", AHEAD)),
    ("ru", Case("Orion 5 можно использовать до 15 марта 2027 года.", "deprecated", AHEAD)),
    ("es", Case("A partir del 15 de marzo de 2027, Orion 5 puede utilizarse hasta 10 veces por "
                "minuto.", None)),
    ("id", Case("Sejak 15 Maret 2027, Orion 5 dapat digunakan hingga 10 kali per menit.", None)),
]


@pytest.mark.parametrize("lang, case", USE_UNTIL,
                         ids=lambda v: v if isinstance(v, str) else v.text[:30])
def test_can_be_used_until_is_an_end_only_before_a_date(lang, case):
    assert reads_right(lang, case)


#: Tense words are a language's own: Dutch past "werden" is German future "werden". Our own
#: sentences; the Dutch ones keep their past.
TENSE_OF_ITS_LANGUAGE = [
    ("de", Case("Die Betreiber werden Orion 5 vom Markt nehmen.", "deprecated")),
    ("de", Case("Die Anbieter werden Orion 5 außer Betrieb nehmen.", "deprecated")),
    ("nl", Case("De beheerders werden Orion 5 uit de handel genomen.", "retired")),
    ("de", Case("Orion 5 wurde vom Markt genommen.", "retired")),
]


@pytest.mark.parametrize("lang, case", TENSE_OF_ITS_LANGUAGE,
                         ids=lambda v: v if isinstance(v, str) else v.text[:30])
def test_a_tense_word_counts_only_in_its_own_language(lang, case):
    lc = read_lifecycle(case.text, "orion-5", "Orion 5", today=TODAY, locale=lang)
    assert (lc.status, lc.status_date) == (case.status, case.when)


@pytest.mark.parametrize(("text", "locale", "status", "when"), [
    # the opening clause's pronoun carries another model's story on; this model is named only
    # by a later clause, as where that story leads (traps: nothing is this model's)
    ("Orion 4 is being retired. Its final day is 2027-03-15, and Orion 5 is the recommended "
     "route.", "en", None, None),
    ("Orion 4 wird eingestellt. Sein letzter Tag ist der 15.03.2027, und Orion 5 ist der "
     "empfohlene Weg.", "de", None, None),
    ("Orion 4 se retirará. Su último día es el 15/03/2027, y Orion 5 es la opción "
     "recomendada.", "es", None, None),
    # the same shapes about this model are read as before
    ("Orion 5 is being retired. Its final day is 2027-03-15, and Orion 6 is the recommended "
     "route.", "en", "deprecated", AHEAD),
    ("Orion 4 is being retired. Orion 5's final day is 2027-03-15, and Orion 6 is the "
     "recommended route.", "en", "deprecated", AHEAD),
])
def test_a_sentence_is_whose_its_opening_clause_names(text, locale, status, when):
    """Whose story a sentence tells is decided by its opening clause: a pronoun there ("Its
    final day …") carries on the previous sentence's model, whatever a later coordinated
    clause names."""
    lc = read_lifecycle(text, "orion-5", "Orion 5", today=TODAY, locale=locale)
    assert (lc.status, lc.status_date) == (status, when)


@pytest.mark.parametrize(("text", "status", "when"), [
    # a date between an article and a noun names a build: the event's date is elsewhere
    ("The March 2025 build of Orion 5 is being retired. Acme switches it off in June 2027.",
     "deprecated", "2027-06"),
    ("The 2025-03-04 snapshot of Orion 5 was switched off.", "retired", None),
    # a date before a noun of ending dates that ending
    ("The 15 March 2027 shutdown of Orion 5 was announced today.", "deprecated", AHEAD),
    ("Orion 5 will be retired. The 15 March 2027 retirement is final.", "deprecated", AHEAD),
])
def test_a_date_between_an_article_and_a_noun_names_a_build(text, status, when):
    """"The March 2025 build of Orion 5": an English article before a date makes it an
    attribute of the noun after it, a build's name, unless that noun is an ending itself."""
    lc = read_lifecycle(text, "orion-5", "Orion 5", today=TODAY, locale="en")
    assert (lc.status, lc.status_date) == (status, when)


@pytest.mark.parametrize(("text", "replacements"), [
    ("Orion 5 was retired on 3 March 2026. Clients now have to target Orion 6.", ("Orion 6",)),
    ("Orion 5 was retired on 3 March 2026. Scripts must retarget Orion 6.", ("Orion 6",)),
    ("Orion 5 was retired on 3 March 2026. It was built to target enterprise workloads.", ()),
])
def test_the_verb_target_names_where_requests_go(text, replacements):
    """English "target" (to target, retarget) sends requests to the model it takes as object,
    as "point to" does; a purpose ("built to target enterprise workloads") names no model."""
    lc = read_lifecycle(text, "orion-5", "Orion 5", today=TODAY, locale="en")
    assert lc.replacements == replacements


@pytest.mark.parametrize(("text", "locale", "status"), [
    # a name with a case ending of its own after "this model" is where, not which model
    ("ეს მოდელი CometAPI-ზე გაითიშა 2026 წლის 10 აგვისტოს.", "ka", "retired"),
    ("Bu model CometAPI'de 10 Ağustos 2026 tarihinde kapatıldı.", "tr", "retired"),
    # traps: a name in apposition, with no ending of its own, is the model meant
    ("ეს მოდელი Nova გაითიშა 2026 წლის 10 აგვისტოს.", "ka", None),
    ("Le modèle Nova a été retiré le 10 août 2026.", "fr", None),
])
def test_a_name_with_a_case_ending_of_its_own_is_no_apposition(text, locale, status):
    """An apposition agrees in case with its noun: "this model" followed by a name carrying a
    case ending ("CometAPI-ზე", on CometAPI) is not "the model Nova"."""
    lc = read_lifecycle(text, "orion-5", "Orion 5", today=TODAY, locale=locale)
    assert lc.status == status
