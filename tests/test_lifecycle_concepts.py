"""Lifecycle by concept, in languages that have a vocabulary file (issue 20, round 9).

Each language file held the lifecycle words earlier pages used, so every fresh batch missed a
new way of saying the same thing ("aus dem Angebot genommen", "vai desligar", "вече не се
предлага"). These sentences are our own, written before the files were completed by concept:
for 16 of the 53 vocabulary-file languages drawn by lot (``random.Random(20269).sample(langs,
16)``), six statements of a model's end, each a concept in a different grammatical shape, and
four traps, each a sentence that states no end of this model.

The concepts and shapes, in the order of each language's list:

1. retired, past passive, dated ("Nova 2 was retired on 3 May 2026")
2. switched off / shut down, future with the model as object, dated ("Acme is going to shut
   down Nova 2 on 15 March 2027")
3. no longer offered or available, present negated ("Nova 2 is no longer offered")
4. withdrawn from sale, perfect passive, undated ("Nova 2 has been withdrawn from sale")
5. deprecated / obsolete, with an imperative successor ("… is deprecated. Use Nova 3 instead")
6. discontinued, future passive, dated, with "Nova 3 replaces it"

and the traps: 7. a feature of this model switched off, 8. another model retired (this one
replaces it), 9. "no longer than" two seconds, 10. a release date.

First sight (the reader at the start of round 9): 119 of 160 read right, 5 traps invented (a
feature switched off in ar, de, fr, pt, vi; my: another model retired). ``MISSED`` lists what
the reader still misses: 156 of 160 after the round's rules.

A second set (``SECOND_SENTENCES``), written after those rules for 8 other file languages drawn
by lot, is the rules' own first sight: 42 of 48 right, 3 traps invented (a feature's option
switched off in az, fi, ne; the start reader: 38 of 48, 2 invented, id-5 and ta-6); 45 after
three more rules (a Finnish case ending's colon ends no clause, a feature in a clause naming no
model, a genitive postposition of its own).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from catalog.meaning.lifecycle import read_lifecycle

TODAY = date(2026, 11, 28)
PAST = "2026-05-03"
AHEAD = "2027-03-15"
SEED = 20269


class Case(NamedTuple):
    """One sentence and what the page states of Nova 2 by it."""

    text: str
    status: str | None
    when: str | None = None
    replacements: tuple[str, ...] = ()


def _cases(*texts: str) -> list[Case]:
    """The ten sentences of a language, in the concept order of the module's docstring."""
    expected = [("retired", PAST, ()), ("deprecated", AHEAD, ()), ("retired", None, ()),
                ("retired", None, ()), ("deprecated", None, ("Nova 3",)),
                ("deprecated", AHEAD, ("Nova 3",)),
                (None, None, ()), (None, None, ()), (None, None, ()), (None, None, ())]
    assert len(texts) == len(expected)
    return [Case(t, *e) for t, e in zip(texts, expected, strict=True)]


SENTENCES: dict[str, list[Case]] = {
    "ar": _cases(
        "أُحيل Nova 2 إلى التقاعد في 3 مايو 2026.",
        "ستقوم Acme بإيقاف تشغيل Nova 2 في 15 مارس 2027.",
        "لم يعد Nova 2 معروضًا.",
        "تم سحب Nova 2 من البيع.",
        "Nova 2 متقادم. استخدم Nova 3 بدلاً منه.",
        "سيتم إيقاف Nova 2 في 15 مارس 2027، وسيحل محله Nova 3.",
        "ستقوم Acme بإيقاف وضع الاستدلال في Nova 2 في 15 مارس 2027.",
        "يحل Nova 2 محل Nova 1 الذي أُوقف في 3 مايو 2026.",
        "يجيب Nova 2 في مدة لا تزيد عن ثانيتين.",
        "تم إطلاق Nova 2 في 3 مايو 2026.",
    ),
    "bn": _cases(
        "Nova 2 3 মে 2026 তারিখে অবসরে পাঠানো হয়েছে।",
        "Acme 15 মার্চ 2027 তারিখে Nova 2 বন্ধ করে দেবে।",
        "Nova 2 আর দেওয়া হয় না।",
        "Nova 2 বিক্রি থেকে প্রত্যাহার করা হয়েছে।",
        "Nova 2 অপ্রচলিত। এর পরিবর্তে Nova 3 ব্যবহার করুন।",
        "Nova 2 15 মার্চ 2027 তারিখে বন্ধ করা হবে; Nova 3 এটির স্থলাভিষিক্ত হবে।",
        "Acme 15 মার্চ 2027 তারিখে Nova 2-এর যুক্তি মোড বন্ধ করে দেবে।",
        "Nova 2, Nova 1-এর স্থান নিয়েছে, যা 3 মে 2026 তারিখে বন্ধ করা হয়েছিল।",
        "Nova 2 দুই সেকেন্ডের বেশি সময় নেয় না।",
        "Nova 2 3 মে 2026 তারিখে প্রকাশিত হয়েছে।",
    ),
    "cs": _cases(
        "Nova 2 byl vyřazen z provozu 3. května 2026.",
        "Acme Nova 2 vypne 15. března 2027.",
        "Nova 2 se již nenabízí.",
        "Nova 2 byl stažen z prodeje.",
        "Nova 2 je zastaralý. Místo něj použijte Nova 3.",
        "Nova 2 bude ukončen 15. března 2027; nahradí ho Nova 3.",
        "Acme vypne režim uvažování modelu Nova 2 15. března 2027.",
        "Nova 2 nahrazuje Nova 1, který byl vyřazen 3. května 2026.",
        "Nova 2 odpoví za ne déle než dvě sekundy.",
        "Nova 2 byl vydán 3. května 2026.",
    ),
    "da": _cases(
        "Nova 2 blev taget ud af drift den 3. maj 2026.",
        "Acme kommer til at lukke Nova 2 den 15. marts 2027.",
        "Nova 2 tilbydes ikke længere.",
        "Nova 2 er blevet trukket tilbage fra salg.",
        "Nova 2 er forældet. Brug Nova 3 i stedet.",
        "Nova 2 vil blive udfaset den 15. marts 2027; Nova 3 erstatter den.",
        "Acme vil slå ræsonneringstilstanden i Nova 2 fra den 15. marts 2027.",
        "Nova 2 erstatter Nova 1, som blev taget ud af drift den 3. maj 2026.",
        "Nova 2 svarer på ikke længere end to sekunder.",
        "Nova 2 blev udgivet den 3. maj 2026.",
    ),
    "de": _cases(
        "Nova 2 wurde am 3. Mai 2026 außer Betrieb genommen.",
        "Acme wird Nova 2 am 15. März 2027 abschalten.",
        "Nova 2 wird nicht mehr angeboten.",
        "Nova 2 wurde aus dem Sortiment genommen.",
        "Nova 2 ist veraltet. Verwenden Sie stattdessen Nova 3.",
        "Nova 2 wird am 15. März 2027 eingestellt; Nova 3 ersetzt es.",
        "Acme wird den Denkmodus von Nova 2 am 15. März 2027 abschalten.",
        "Nova 2 ersetzt Nova 1, das am 3. Mai 2026 eingestellt wurde.",
        "Nova 2 antwortet in nicht länger als zwei Sekunden.",
        "Nova 2 wurde am 3. Mai 2026 veröffentlicht.",
    ),
    "fr": _cases(
        "Nova 2 a été mis hors service le 3 mai 2026.",
        "Acme va arrêter Nova 2 le 15 mars 2027.",
        "Nova 2 n'est plus proposé.",
        "Nova 2 a été retiré de la vente.",
        "Nova 2 est obsolète. Utilisez plutôt Nova 3.",
        "Nova 2 sera abandonné le 15 mars 2027 ; Nova 3 le remplace.",
        "Acme désactivera le mode de raisonnement de Nova 2 le 15 mars 2027.",
        "Nova 2 remplace Nova 1, qui a été retiré le 3 mai 2026.",
        "Nova 2 ne met pas plus de deux secondes à répondre.",
        "Nova 2 a été lancé le 3 mai 2026.",
    ),
    "he": _cases(
        "Nova 2 הוצא משימוש ב-3 במאי 2026.",
        "Acme תכבה את Nova 2 ב-15 במרץ 2027.",
        "Nova 2 כבר לא מוצע.",
        "Nova 2 הוסר מהמכירה.",
        "Nova 2 מיושן. השתמשו ב-Nova 3 במקום.",
        "Nova 2 יופסק ב-15 במרץ 2027, ו-Nova 3 יחליף אותו.",
        "Acme תכבה את מצב החשיבה של Nova 2 ב-15 במרץ 2027.",
        "Nova 2 מחליף את Nova 1, שהוצא משימוש ב-3 במאי 2026.",
        "Nova 2 עונה תוך לא יותר משתי שניות.",
        "Nova 2 שוחרר ב-3 במאי 2026.",
    ),
    "hr": _cases(
        "Nova 2 povučen je iz upotrebe 3. svibnja 2026.",
        "Acme će isključiti Nova 2 15. ožujka 2027.",
        "Nova 2 se više ne nudi.",
        "Nova 2 povučen je iz prodaje.",
        "Nova 2 je zastario. Umjesto njega koristite Nova 3.",
        "Nova 2 bit će ukinut 15. ožujka 2027. Zamijenit će ga Nova 3.",
        "Acme će isključiti način razmišljanja modela Nova 2 15. ožujka 2027.",
        "Nova 2 zamjenjuje Nova 1, koji je povučen 3. svibnja 2026.",
        "Nova 2 odgovara za ne duže od dvije sekunde.",
        "Nova 2 objavljen je 3. svibnja 2026.",
    ),
    "my": _cases(
        "Nova 2 ကို 2026 ခုနှစ် မေလ 3 ရက်နေ့တွင် ရပ်ဆိုင်းခဲ့သည်။",
        "Acme သည် Nova 2 ကို 2027 ခုနှစ် မတ်လ 15 ရက်နေ့တွင် ပိတ်မည်။",
        "Nova 2 ကို မပေးတော့ပါ။",
        "Nova 2 ကို ရောင်းချမှုမှ ရုပ်သိမ်းလိုက်ပြီ။",
        "Nova 2 သည် ခေတ်မမီတော့ပါ။ ၎င်းအစား Nova 3 ကို အသုံးပြုပါ။",
        "Nova 2 ကို 2027 ခုနှစ် မတ်လ 15 ရက်နေ့တွင် ရပ်ဆိုင်းမည်။ Nova 3 က အစားထိုးမည်။",
        "Acme သည် Nova 2 ၏ ဆင်ခြင်မုဒ်ကို 2027 ခုနှစ် မတ်လ 15 ရက်နေ့တွင် ပိတ်မည်။",
        "Nova 2 သည် 2026 ခုနှစ် မေလ 3 ရက်နေ့တွင် ရပ်ဆိုင်းခဲ့သော Nova 1 ကို အစားထိုးသည်။",
        "Nova 2 သည် နှစ်စက္ကန့်ထက် မပိုဘဲ တုံ့ပြန်သည်။",
        "Nova 2 ကို 2026 ခုနှစ် မေလ 3 ရက်နေ့တွင် ထုတ်ပြန်ခဲ့သည်။",
    ),
    "pl": _cases(
        "Nova 2 został wycofany z użytku 3 maja 2026.",
        "Acme zamierza wyłączyć Nova 2 15 marca 2027.",
        "Nova 2 nie jest już oferowany.",
        "Nova 2 został wycofany ze sprzedaży.",
        "Nova 2 jest przestarzały. Zamiast niego użyj Nova 3.",
        "Nova 2 zostanie wycofany 15 marca 2027; zastąpi go Nova 3.",
        "Acme wyłączy tryb rozumowania modelu Nova 2 15 marca 2027.",
        "Nova 2 zastępuje Nova 1, który został wycofany 3 maja 2026.",
        "Nova 2 odpowiada w nie dłużej niż dwie sekundy.",
        "Nova 2 został wydany 3 maja 2026.",
    ),
    "pt": _cases(
        "O Nova 2 foi aposentado em 3 de maio de 2026.",
        "A Acme vai desligar o Nova 2 em 15 de março de 2027.",
        "O Nova 2 já não é oferecido.",
        "O Nova 2 deixou de ser comercializado.",
        "O Nova 2 está obsoleto. Use o Nova 3 em vez disso.",
        "O Nova 2 será descontinuado em 15 de março de 2027; o Nova 3 o substitui.",
        "A Acme desligará o modo de raciocínio do Nova 2 em 15 de março de 2027.",
        "O Nova 2 substitui o Nova 1, que foi aposentado em 3 de maio de 2026.",
        "O Nova 2 responde em não mais que dois segundos.",
        "O Nova 2 foi lançado em 3 de maio de 2026.",
    ),
    "sk": _cases(
        "Nova 2 bol vyradený z prevádzky 3. mája 2026.",
        "Acme vypne Nova 2 15. marca 2027.",
        "Nova 2 sa už neponúka.",
        "Nova 2 bol stiahnutý z predaja.",
        "Nova 2 je zastaraný. Namiesto neho použite Nova 3.",
        "Nova 2 bude ukončený 15. marca 2027; nahradí ho Nova 3.",
        "Acme vypne režim uvažovania modelu Nova 2 15. marca 2027.",
        "Nova 2 nahrádza Nova 1, ktorý bol vyradený 3. mája 2026.",
        "Nova 2 odpovie za nie dlhšie ako dve sekundy.",
        "Nova 2 bol vydaný 3. mája 2026.",
    ),
    "sr": _cases(
        "Nova 2 је повучен из употребе 3. маја 2026.",
        "Acme ће угасити Nova 2 15. марта 2027.",
        "Nova 2 се више не нуди.",
        "Nova 2 је уклоњен из понуде.",
        "Nova 2 је застарео. Уместо њега користите Nova 3.",
        "Nova 2 ће бити укинут 15. марта 2027. Замениће га Nova 3.",
        "Acme ће искључити режим резоновања модела Nova 2 15. марта 2027.",
        "Nova 2 замењује Nova 1, који је повучен 3. маја 2026.",
        "Nova 2 одговара за не дуже од две секунде.",
        "Nova 2 је објављен 3. маја 2026.",
    ),
    "sw": _cases(
        "Nova 2 ilistaafu tarehe 3 Mei 2026.",
        "Acme itazima Nova 2 tarehe 15 Machi 2027.",
        "Nova 2 haitolewi tena.",
        "Nova 2 imeondolewa sokoni.",
        "Nova 2 imepitwa na wakati. Tumia Nova 3 badala yake.",
        "Nova 2 itasitishwa tarehe 15 Machi 2027; Nova 3 itachukua nafasi yake.",
        "Acme itazima hali ya kufikiri ya Nova 2 tarehe 15 Machi 2027.",
        "Nova 2 inachukua nafasi ya Nova 1, iliyostaafu tarehe 3 Mei 2026.",
        "Nova 2 hujibu ndani ya sekunde zisizozidi mbili.",
        "Nova 2 ilizinduliwa tarehe 3 Mei 2026.",
    ),
    "th": _cases(
        "Nova 2 ถูกปลดระวางเมื่อวันที่ 3 พฤษภาคม 2026",
        "Acme จะปิด Nova 2 ในวันที่ 15 มีนาคม 2027",
        "Nova 2 ไม่มีให้บริการอีกต่อไป",
        "Nova 2 ถูกถอนออกจากการจำหน่ายแล้ว",
        "Nova 2 ล้าสมัยแล้ว โปรดใช้ Nova 3 แทน",
        "Nova 2 จะถูกยกเลิกในวันที่ 15 มีนาคม 2027 และ Nova 3 จะเข้ามาแทนที่",
        "Acme จะปิดโหมดการให้เหตุผลของ Nova 2 ในวันที่ 15 มีนาคม 2027",
        "Nova 2 มาแทนที่ Nova 1 ซึ่งถูกปลดระวางเมื่อวันที่ 3 พฤษภาคม 2026",
        "Nova 2 ตอบกลับในเวลาไม่เกินสองวินาที",
        "Nova 2 เปิดตัวเมื่อวันที่ 3 พฤษภาคม 2026",
    ),
    "vi": _cases(
        "Nova 2 đã bị ngừng hoạt động vào ngày 3 tháng 5 năm 2026.",
        "Acme sẽ tắt Nova 2 vào ngày 15 tháng 3 năm 2027.",
        "Nova 2 không còn được cung cấp nữa.",
        "Nova 2 đã bị rút khỏi thị trường.",
        "Nova 2 đã lỗi thời. Hãy dùng Nova 3 thay thế.",
        "Nova 2 sẽ bị ngừng vào ngày 15 tháng 3 năm 2027; Nova 3 thay thế nó.",
        "Acme sẽ tắt chế độ suy luận của Nova 2 vào ngày 15 tháng 3 năm 2027.",
        "Nova 2 thay thế Nova 1, mô hình đã bị ngừng hoạt động vào ngày 3 tháng 5 năm 2026.",
        "Nova 2 trả lời trong không quá hai giây.",
        "Nova 2 được phát hành vào ngày 3 tháng 5 năm 2026.",
    ),
}


def _second(*texts: str) -> list[Case]:
    """Six sentences of a language for Orion 5 (successor Orion 6, predecessor Orion 4)."""
    expected = [("retired", PAST, ()), ("deprecated", AHEAD, ()), ("retired", None, ("Orion 6",)),
                ("retired", None, ()), (None, None, ()), (None, None, ())]
    assert len(texts) == len(expected)
    return [Case(t, *e) for t, e in zip(texts, expected, strict=True)]


#: written after this round's rules, for 8 other file languages drawn by lot
#: (``random.Random(20270).sample`` of the 37 left): switched off (past passive, dated), stop
#: offering (future, dated), no longer available with "use X instead", discontinued (perfect),
#: and two traps (a feature's option switched off, another model shut down)
SECOND_SENTENCES: dict[str, list[Case]] = {
    "az": _second(
        "Orion 5 3 may 2026 tarixində söndürüldü.",
        "Acme 15 mart 2027 tarixində Orion 5-i təklif etməyi dayandıracaq.",
        "Orion 5 artıq mövcud deyil; bunun əvəzinə Orion 6-dan istifadə edin.",
        "Orion 5 dayandırılıb.",
        "Acme 15 mart 2027 tarixində Orion 5-in şəkil seçimini söndürəcək.",
        "Orion 5 3 may 2026 tarixində dayandırılan Orion 4-ü əvəz edir.",
    ),
    "et": _second(
        "Orion 5 lülitati välja 3. mail 2026.",
        "Acme lõpetab Orion 5 pakkumise 15. märtsil 2027.",
        "Orion 5 pole enam saadaval; kasutage selle asemel Orion 6.",
        "Orion 5 on kasutusest kõrvaldatud.",
        "Acme lülitab Orion 5 pildivaliku välja 15. märtsil 2027.",
        "Orion 5 asendab Orion 4, mis suleti 3. mail 2026.",
    ),
    "fa": _second(
        "Orion 5 در 3 مه 2026 خاموش شد.",
        "Acme ارائه Orion 5 را در 15 مارس 2027 متوقف خواهد کرد.",
        "Orion 5 دیگر در دسترس نیست؛ به جای آن از Orion 6 استفاده کنید.",
        "Orion 5 بازنشسته شده است.",
        "Acme گزینه تصویر Orion 5 را در 15 مارس 2027 خاموش خواهد کرد.",
        "Orion 5 جایگزین Orion 4 می‌شود که در 3 مه 2026 خاموش شد.",
    ),
    "fi": _second(
        "Orion 5 sammutettiin 3. toukokuuta 2026.",
        "Acme lopettaa Orion 5:n tarjoamisen 15. maaliskuuta 2027.",
        "Orion 5 ei ole enää saatavilla; käytä sen sijaan Orion 6:ta.",
        "Orion 5 on lakkautettu.",
        "Acme sammuttaa Orion 5:n kuva-asetuksen 15. maaliskuuta 2027.",
        "Orion 5 korvaa Orion 4:n, joka suljettiin 3. toukokuuta 2026.",
    ),
    "id": _second(
        "Orion 5 dimatikan pada 3 Mei 2026.",
        "Acme akan berhenti menawarkan Orion 5 pada 15 Maret 2027.",
        "Orion 5 tidak lagi tersedia; gunakan Orion 6 sebagai gantinya.",
        "Orion 5 telah dihentikan.",
        "Acme akan mematikan opsi gambar Orion 5 pada 15 Maret 2027.",
        "Orion 5 menggantikan Orion 4, yang dimatikan pada 3 Mei 2026.",
    ),
    "km": _second(
        "Orion 5 ត្រូវបានបិទនៅថ្ងៃទី 3 ខែឧសភា ឆ្នាំ 2026។",
        "Acme នឹងឈប់ផ្តល់ Orion 5 នៅថ្ងៃទី 15 ខែមីនា ឆ្នាំ 2027។",
        "Orion 5 លែងមានទៀតហើយ។ សូមប្រើ Orion 6 ជំនួសវិញ។",
        "Orion 5 ត្រូវបានបញ្ឈប់។",
        "Acme នឹងបិទជម្រើសរូបភាពរបស់ Orion 5 នៅថ្ងៃទី 15 ខែមីនា ឆ្នាំ 2027។",
        "Orion 5 ជំនួស Orion 4 ដែលត្រូវបានបិទនៅថ្ងៃទី 3 ខែឧសភា ឆ្នាំ 2026។",
    ),
    "ne": _second(
        "Orion 5 3 मे 2026 मा बन्द गरियो।",
        "Acme ले 15 मार्च 2027 मा Orion 5 प्रस्ताव गर्न बन्द गर्नेछ।",
        "Orion 5 अब उपलब्ध छैन; यसको सट्टा Orion 6 प्रयोग गर्नुहोस्।",
        "Orion 5 बन्द गरिएको छ।",
        "Acme ले 15 मार्च 2027 मा Orion 5 को छवि विकल्प बन्द गर्नेछ।",
        "Orion 5 ले Orion 4 लाई प्रतिस्थापन गर्छ, जुन 3 मे 2026 मा बन्द गरियो।",
    ),
    "ta": _second(
        "Orion 5 3 மே 2026 அன்று நிறுத்தப்பட்டது.",
        "Acme 15 மார்ச் 2027 அன்று Orion 5 வழங்குவதை நிறுத்தும்.",
        "Orion 5 இனி கிடைக்காது; அதற்குப் பதிலாக Orion 6 ஐப் பயன்படுத்தவும்.",
        "Orion 5 நிறுத்தப்பட்டுவிட்டது.",
        "Acme 15 மார்ச் 2027 அன்று Orion 5 இன் பட விருப்பத்தை அணைக்கும்.",
        "Orion 5, 3 மே 2026 அன்று நிறுத்தப்பட்ட Orion 4 ஐ மாற்றுகிறது.",
    ),
}

ALL = [(lang, n, case) for lang, cases in SENTENCES.items() for n, case in enumerate(cases, 1)]


def _key(name: str) -> str:
    return name.casefold().replace(" ", "-")


def reads_right(lang: str, case: Case) -> bool:
    """Does the reader read ``case`` as the page states it: status, date, and successors?"""
    lc = read_lifecycle(case.text, "nova-2", "Nova 2", today=TODAY, locale=lang)
    if (lc.status, lc.status_date) != (case.status, case.when):
        return False
    return {_key(r) for r in lc.replacements} == {_key(r) for r in case.replacements}


#: (language, number) of the sentences the reader still misses: strict xfails below
MISSED: frozenset[tuple[str, int]] = frozenset({
    ("de", 3), ("my", 2), ("th", 2),
})


@pytest.mark.parametrize("lang, number, case", [
    pytest.param(lang, n, case, id=f"{lang}-{n}",
                 marks=[pytest.mark.xfail(strict=True, reason="missed")]
                 if (lang, n) in MISSED else [])
    for lang, n, case in ALL])
def test_a_lifecycle_concept_reads_in_its_language(lang, number, case):
    assert reads_right(lang, case)


SECOND = [(lang, n, case) for lang, cases in SECOND_SENTENCES.items()
          for n, case in enumerate(cases, 1)]
#: what the second set still misses: Azerbaijani's hyphened case ending makes "Orion 5-i"
#: another name ("stop offering" reads since round 10's verbs of stopping with this model as
#: their object: ``tests/test_lifecycle_clauses.py``)
SECOND_MISSED: frozenset[tuple[str, int]] = frozenset({("az", 2)})


@pytest.mark.parametrize("lang, number, case", [
    pytest.param(lang, n, case, id=f"second-{lang}-{n}",
                 marks=[pytest.mark.xfail(strict=True, reason="missed")]
                 if (lang, n) in SECOND_MISSED else [])
    for lang, n, case in SECOND])
def test_a_lifecycle_concept_of_the_second_set_reads(lang, number, case):
    lc = read_lifecycle(case.text, "orion-5", "Orion 5", today=TODAY, locale=lang)
    assert (lc.status, lc.status_date) == (case.status, case.when)
    assert {_key(r) for r in lc.replacements} == {_key(r) for r in case.replacements}


def score() -> tuple[int, int, list[str]]:
    """(right, total, the missed sentences) over every language: the first-sight record."""
    missed = [f"{lang}-{n} {case.text}" for lang, n, case in ALL if not reads_right(lang, case)]
    return len(ALL) - len(missed), len(ALL), missed


if __name__ == "__main__":  # python -m tests.test_lifecycle_concepts: the score
    right, total, missed = score()
    print(f"{right}/{total}")
    print("\n".join(missed))


#: German separable and phrasal verbs of ending in the active future ("wird X einstellen"):
#: the auxiliary, the object, then the whole infinitive (``retire_object_split_words``). Our own
#: sentences, written after batch K's first sight (its de page had this shape); the last two
#: are traps: "einstellen" also means "to adjust", and then this model is the verb's subject.
GERMAN_ACTIVE_FUTURE = [
    Case("Acme wird Orion 5 zum 15. März 2027 abschalten; danach übernimmt Orion 6.",
         "deprecated", AHEAD, ("orion-6",)),
    Case("Der Anbieter wird Orion 5 am 15. März 2027 einstellen.", "deprecated", AHEAD),
    Case("Acme wird dieses Modell am 15. März 2027 stilllegen.", "deprecated", AHEAD),
    Case("Orion 5 wird die Länge der Antwort selbst einstellen.", None),
    Case("Acme wird Orion 4 am 15. März 2027 abschalten; Orion 5 bleibt.", None),
]


@pytest.mark.parametrize("case", GERMAN_ACTIVE_FUTURE, ids=lambda c: c.text[:30])
def test_a_german_verb_in_the_active_future_ends_the_model_it_takes_as_object(case):
    lc = read_lifecycle(case.text, "orion-5", "Orion 5", today=TODAY, locale="de")
    assert (lc.status, lc.status_date) == (case.status, case.when)
    assert {_key(r) for r in lc.replacements} == {_key(r) for r in case.replacements}


#: Particle verbs with the particle right after the verb and the model as object after both
#: (Scandinavian word order: "Acme stenger ned Orion 5"), the same files' ``stem … particle``
#: entries read side by side. Our own sentences, written after batch K's first sight (its nb
#: page had "faser ut"); the traps: another model as the object, a feature of this model, and
#: German "stellt ein" followed by an article, not by this model.
ADJACENT_PARTICLES = [
    ("no", Case("Acme stenger ned Orion 5 den 15. mars 2027.", "deprecated", AHEAD)),
    ("sv", Case("Acme stänger av Orion 5 den 15 mars 2027.", "deprecated", AHEAD)),
    ("da", Case("Acme lukker ned Orion 5 den 15. marts 2027.", "deprecated", AHEAD)),
    ("no", Case("Acme stenger ned Orion 4 den 15. mars 2027, og Orion 5 tar over.", None)),
    ("sv", Case("Acme stänger av bildläget i Orion 5 den 15 mars 2027.", None)),
    ("de", Case("Acme stellt ein neues Modell vor, das Orion 5 ergänzt.", None)),
]


@pytest.mark.parametrize("lang, case", ADJACENT_PARTICLES,
                         ids=lambda v: v if isinstance(v, str) else v.text[:30])
def test_a_particle_verb_with_its_particle_next_to_it_ends_the_model_after_it(lang, case):
    lc = read_lifecycle(case.text, "orion-5", "Orion 5", today=TODAY, locale=lang)
    assert (lc.status, lc.status_date) == (case.status, case.when)
