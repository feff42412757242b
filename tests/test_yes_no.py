"""Yes and no on a page whatever its language: a badge's word whose value beside it says no
(a cross, the language's no-word, a word the vocabulary knows negates) is no badge; one whose
value says yes (a check mark, the language's yes-word) is. An unknown value says nothing."""

from __future__ import annotations

from datetime import date

import pytest

from catalog.run.normalized_page import read_and_normalize
from scrapers.reading.yes_no import answer, build

TODAY = date(2026, 11, 28)


def _commercial_use(locale: str, header: str) -> bool | None:
    page = (f'<html lang="{locale}"><body><nav>CometAPI</nav><h1>Test Model</h1>{header}'
            "<h2>—</h2><p>Text.</p></body></html>")
    url = f"https://www.cometapi.com/{locale}/models/openai/test-model/"
    return read_and_normalize(page, url, today=TODAY).record.commercial_use


@pytest.mark.parametrize(("text", "locale", "said"), [
    ("✓", None, True), ("✔", "xx", True), ("✅", "sq", True),
    ("✗", None, False), ("❌", "sw", False),
    ("Po", "sq", True), ("Jo", "sq", False),          # Albanian, from glibc's sq_AL
    ("Ndiyo", "sw", True), ("Hapana", "sw-KE", False),
    ("Bai", "eu", True), ("Ez", "eu", False),
    ("Yes.", "ki", True), ("No", "tpi", False),       # English on any page
    ("Jo", "de", None),                               # Albanian's no is no German word
    ("Aw", "lus", None),                              # a language glibc has no file for
    ("Sumdawnna", None, None),
])
def test_a_value_says_yes_or_no_by_a_mark_or_its_languages_word(text, locale, said):
    assert answer(text, locale) is said


def test_the_yes_and_no_words_are_read_from_glibcs_locale_sources(tmp_path):
    (tmp_path / "sq_AL").write_text('LC_MESSAGES\nyesstr  "po"\nnostr   "jo"\nEND LC_MESSAGES\n')
    (tmp_path / "mi_NZ").write_text('yesstr  "<U0101>e"\nnostr   "k<U0101>ore"\n')
    built = build(tmp_path)
    assert built["sq"] == {"yes": ["po"], "no": ["jo"]}
    assert built["mi"] == {"yes": ["āe"], "no": ["kāore"]}


@pytest.mark.parametrize(("locale", "header", "allowed"), [
    # a label and its value in a dl or a table row: the value decides, in any language
    ("en", "<dl><dt>Commercial use</dt><dd>No</dd></dl>", False),
    ("en", "<dl><dt>Commercial use</dt><dd>✗</dd></dl>", False),
    ("en", "<table><tr><td>Commercial use</td><td>No</td></tr></table>", False),
    ("es", "<dl><dt>Uso comercial</dt><dd>No</dd></dl>", False),
    ("es", "<div><span>Uso comercial</span><span>No permitido</span></div>", False),
    ("en", "<dl><dt>Commercial use</dt><dd>Yes</dd></dl>", True),
    ("sq", "<dl><dt>Përdorim komercial</dt><dd>Po</dd></dl>", True),
    # a no the reader cannot turn into a "no" by itself stays unread, never a "yes"
    ("sq", "<dl><dt>Përdorim komercial</dt><dd>Jo</dd></dl>", None),
    ("sq", "<div><span>Përdorim komercial</span><span>Jo</span></div>", None),
    ("sq", "<dl><dt>Përdorim komercial</dt><dd>Ndoshta</dd></dl>", None),  # "maybe"
    # "label: value" with a yes: the label is the badge
    ("eu", "<p>Erabilera komertziala: Bai</p>", True),
    ("ki", "<div><span>Kũhũthĩra wa biashara</span><span>✔</span></div>", True),
    # a figure beside the word makes it a price's label: a commercial price, a business price
    ("sq", "<div><span>Çmimi komercial</span><span>$0.03</span></div>", None),
    ("tpi", "<div><span>Pe bilong bisnis</span><span>$0.03</span></div>", None),
    # a row of badges is no label and value
    ("en", "<dl><dt>New</dt><dd>Commercial use</dd></dl>", True),
    ("sq", "<div><span>I ri</span><span>Përdorim komercial</span></div>", True),
    # the next badge's own "not" ("tidak lama lagi": coming soon) negates nothing
    ("id", "<div><span>Penggunaan komersial</span><span>Tidak lama lagi</span></div>", True),
])
def test_a_badges_value_beside_it_says_whether_it_is_one(locale, header, allowed):
    assert _commercial_use(locale, header) is allowed


def _faq(locale: str, body: str) -> bool | None:
    page = (f'<html lang="{locale}"><body><nav>CometAPI</nav><h1>GLM-4.6</h1>'
            "<div><span>Input</span><span>$0.48/M</span></div><h2>GLM-4.6</h2>"
            f"{body}</body></html>")
    url = f"https://www.cometapi.com/{locale}/models/zhipu/glm-4-6/"
    return read_and_normalize(page, url, today=TODAY).record.commercial_use


@pytest.mark.parametrize(("locale", "body", "allowed"), [
    # a question naming commercial use and asking by a root of permission, answered by the
    # page language's yes or no in the next element (Albanian: no file)
    ("sq", "<details><summary>A lejohet përdorimi komercial i këtij modeli?</summary>"
           "<p>Po. Licenca e lejon.</p></details>", True),
    ("sq", "<details><summary>A lejohet përdorimi komercial i këtij modeli?</summary>"
           "<p>Jo. Vetëm për kërkime.</p></details>", False),
    ("sq", "<details><summary>A lejohet përdorimi komercial i këtij modeli?</summary>"
           "<p>Varet nga licenca.</p></details>", None),     # "it depends": no answer
    ("sq", "<details><summary>A duhet licencë për përdorim komercial?</summary>"
           "<p>Po.</p></details>", None),                    # asks no permission
    # a question in a vocabulary's words is no statement either: its answer decides
    ("mk", "<p>Дали е дозволена комерцијална употреба? Не.</p>", False),
    ("mk", "<p>Дали е дозволена комерцијална употреба? Да.</p>", True),
])
def test_a_question_about_commercial_use_is_answered_by_the_next_sentences_yes_or_no(
        locale, body, allowed):
    assert _faq(locale, body) is allowed
