"""The vocabulary files: one per language, each with the shape every reader relies on, and
each language actually read: its labels, months, number words and lifecycle words."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from catalog.meaning.dates import find_dates
from catalog.meaning.lifecycle import read_lifecycle
from scrapers.reading import labels
from scrapers.reading.grammar import parse_size
from scrapers.reading.vocabulary import (
    LABEL_MEANINGS,
    LEXICON_FILE,
    LEXICON_KEYS,
    PROSE_KEYS,
    language_files,
    lexicon,
    lexicon_words,
    load_language,
    vocabulary,
    vocabulary_for,
)

#: the locales www.cometapi.com publishes (shared/corpus) and the ones the blind corpus uses
SITE_LOCALES = ("en", "da", "de", "es", "fr", "id", "kk", "ko", "ms", "nl", "no", "pl", "pt",
                "ru", "th", "vi", "zh-CN", "zh-TW", "ja", "ar", "it", "tr")
FILES = language_files()


def test_every_site_locale_has_a_file():
    have = {path.stem for path in FILES}
    assert set(SITE_LOCALES) <= have
    assert len(have) >= 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_language_file_shape(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    lang = load_language(path)
    assert set(data["labels"]) <= set(LABEL_MEANINGS)
    for meaning in ("input", "output", "context", "commercial_use", "more_models"):
        assert lang.labels.get(meaning), f"{path.stem}: no {meaning} label"
    assert len(lang.months) in (0, 12)  # CLDR names the months; a file adds only other forms
    for key in ("context_words", "retire_words", "successor_words"):
        assert lang.prose[key], f"{path.stem}: no {key}"
    known = {"language", "name", "labels", "units", "per_words", "multipliers", "numbers",
             "months", "date_order", "decimal", "abbreviations", "verb_prefixes", *PROSE_KEYS}
    assert set(data) - known == set()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_language_reads_its_own_header_labels(path):
    lang = load_language(path)
    for meaning in ("input", "output", "context"):
        word = lang.labels[meaning][0]
        assert labels.meaning_of(word.title()) == meaning, (path.stem, word)


@pytest.mark.parametrize("path", [p for p in FILES if any(load_language(p).months)],
                         ids=lambda p: p.stem)
def test_each_language_writes_its_month_names(path):
    lang = load_language(path)
    march = lang.months[2][0]
    found = find_dates(f"26 {march} 2027", path.stem)
    assert [d.iso for d in found] == ["2027-03-26"], (path.stem, march)


def test_no_label_means_two_things_across_languages():
    """A clash would make a page's meaning depend on which file loaded first."""
    seen: dict[str, str] = {}
    clashes = []
    for path in FILES:
        for meaning, words in load_language(path).labels.items():
            for word in words:
                other = seen.setdefault(word, meaning)
                if other != meaning and {other, meaning} != {"seller_price", "official_price"}:
                    clashes.append((path.stem, word, other, meaning))
    assert clashes == []


@pytest.mark.parametrize(("locale", "text", "tokens"), [
    ("de", "1 Mio. Token", 1_000_000), ("es", "128 mil tokens", 128_000),
    ("pt", "128 mil tokens", 128_000), ("ru", "200 тыс. токенов", 200_000),
    ("zh-CN", "12.8万", 128_000), ("ko", "20만 토큰", 200_000), ("pl", "200 tys. tokenów", 200_000),
])
def test_number_words_per_language(locale, text, tokens):
    assert parse_size(text, locale).tokens == tokens


@pytest.mark.parametrize(("locale", "sentence", "status", "when"), [
    ("fr", "x-model sera retiré le 3 février 2027.", "deprecated", "2027-02-03"),
    ("de", "x-model wurde am 26. März 2026 abgeschaltet.", "retired", "2026-03-26"),
    ("zh-CN", "x-model 已于2026年3月26日停用。", "retired", "2026-03-26"),
    ("ja", "x-model は 2027年4月 に提供終了予定です。", "deprecated", "2027-04"),
    ("ko", "x-model은 2026년 3월 26일에 서비스가 종료되었습니다.", "retired", "2026-03-26"),
    ("ru", "Модель x-model будет отключена 30 сентября 2027 г.", "deprecated", "2027-09-30"),
    ("es", "x-model fue retirado el 3 de febrero de 2026.", "retired", "2026-02-03"),
])
def test_lifecycle_in_each_language(locale, sentence, status, when):
    found = read_lifecycle([sentence], "x-model", "X Model", today=date(2026, 11, 28),
                           locale=locale)
    assert (found.status, found.status_date) == (status, when)
    assert found.evidence == (sentence,)


def test_the_vocabulary_is_loaded_once():
    assert vocabulary() is vocabulary()


#: lexicon languages written without spaces: a stem there may be two characters
UNSPACED = {"lo", "bo", "dz", "yue", "ii"}


def _without_a_file() -> set[str]:
    from babel import localedata

    have = {path.stem.split("-")[0] for path in FILES}
    return {code.split("_")[0] for code in localedata.locale_identifiers()} - have - {"root"}


def test_the_lexicon_has_every_cldr_language_without_a_file():
    """The lifecycle lexicon's languages are set by CLDR, not chosen: every base language Babel
    has data for and no vocabulary file has (the blind batches' languages CLDR knows among them),
    and nothing else; most with words for ending and for a successor."""
    data = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    assert "dictionary" in data["_about"]
    languages = lexicon()
    assert set(languages) == _without_a_file()
    assert all(set(entry) == set(LEXICON_KEYS) for entry in languages.values())
    worded = [c for c, e in languages.items() if e["retire_words"] and e["successor_words"]]
    assert len(worded) >= 120
    blind = set()
    for path in (Path(__file__).parent / "fixtures").glob("blind*/expected*.json"):
        for case in json.loads(path.read_text(encoding="utf-8")).values():
            blind.add(case["expect"]["locale"].split("-")[0].lower())
    assert len(blind) > 100
    # a batch's language that CLDR does not know (H has eleven, I twelve) has no entry: nothing
    # but CLDR's list decides which languages the lexicon holds
    without = blind - {path.stem.split("-")[0] for path in FILES}
    assert without & _without_a_file() <= set(languages)
    assert (without - _without_a_file()).isdisjoint(languages)


def test_no_lexicon_stem_is_under_the_length_floor():
    """A stem (a word without the trailing space of a whole word) has at least five letters,
    two characters in a script without spaces: a shorter one is found inside other words."""
    for code, entry in lexicon().items():
        floor = 2 if code in UNSPACED else 5
        for key, words in entry.items():
            for word in words:
                assert word.endswith(" ") or len(word) >= floor, (code, key, word)


def test_a_locale_without_a_file_gets_its_lexicon_words_and_one_with_a_file_none():
    """``vocabulary_for`` gives a page in a language with no file its lexicon words (Welsh);
    a language with a file keeps its own (French), and the merged vocabulary every page
    shares has no lexicon word in it."""
    welsh = vocabulary_for("cy").language("cy")
    assert "diffodd" in welsh.prose["retire_words"]
    assert lexicon_words("cy-GB")["successor_words"] == lexicon()["cy"]["successor_words"]
    assert lexicon_words("fr") == {} and lexicon_words(None) == {}
    assert "diffodd" not in vocabulary().prose["retire_words"]


def test_a_stem_marked_for_verb_prefixes_is_read_after_each_of_them(tmp_path):
    path = tmp_path / "xx.json"
    path.write_text(json.dumps({"verb_prefixes": ["ili", "ita"], "retire_words": ["~staafu",
                                                                                  "mwisho"]}),
                    encoding="utf-8")
    lang = load_language(path)
    assert lang.prose["retire_words"] == ("ilistaafu", "itastaafu", "mwisho")


@pytest.mark.parametrize("text, status, when", [
    ("Acme itazima Nova 2 tarehe 15 Machi 2027.", "deprecated", "2027-03-15"),
    ("Nova 2 ilistaafu tarehe 3 Mei 2026.", "retired", "2026-05-03"),
])
def test_swahili_verbs_of_ending_read_with_every_subject_and_tense(text, status, when):
    from datetime import date

    from catalog.meaning.lifecycle import read_lifecycle
    lc = read_lifecycle(text, "nova-2", "Nova 2", today=date(2026, 11, 28), locale="sw")
    assert (lc.status, lc.status_date) == (status, when)
