"""Yes and no as any page writes them: the marks every language shares and the words each
language answers a question with.

A header may state commercial use as a label and its value ("Commercial use | ✗", a ``dt``
"Përdorim komercial" and its ``dd`` "Jo"): the label alone is no badge, its value says yes or
no. The marks are the same in every language (✓ ✔ ✅ ☑ for yes, ✗ ✘ ❌ ✕ for no). The words
are a language's own, and neither Babel nor CLDR's current data has them: glibc's locale data
does (``LC_MESSAGES``: ``yesstr`` and ``nostr``, 186 locales), read once into
``yes_no.json`` by ``python -m scrapers.reading.yes_no /usr/share/i18n/locales`` (the files
carry no copyright claim). English's words are read on every page: half the pages in a
language with no vocabulary file have English bodies.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("yes_no.json")

_YES_MARKS = re.compile("[\u2713\u2714\u2705\u2611\U0001f5f8]")
#: the crosses that say no in every language ("Commercial use ✗", "Commercial use: ❌")
NO_MARKS = re.compile("[\u2717\u2718\u274c\u2715\u2716\u274e\u2612]")
_ESCAPED = re.compile(r"<U([0-9A-Fa-f]{4,6})>")
_ENTRY = re.compile(r'^(yesstr|nostr)\s+"([^"]*)"', re.MULTILINE)
_WORD_EDGES = " \t.!,;:()[]\"'«»“”"


def build(locales: Path) -> dict[str, dict[str, list[str]]]:
    """Every language's yes and no words from glibc's locale source files: {language: {"yes":
    [...], "no": [...]}}, a language's locales joined (``sw_KE`` and ``sw_TZ`` are ``sw``)."""
    found: dict[str, dict[str, set[str]]] = {}
    for path in sorted(locales.iterdir()):
        language = re.split(r"[_@.]", path.name)[0]
        if not path.is_file() or not language.isalpha() or not language.islower():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for key, raw in _ENTRY.findall(text):
            word = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), raw)
            word = unicodedata.normalize("NFC", word).strip().casefold()
            if word:
                found.setdefault(language, {"yes": set(), "no": set()})[
                    "yes" if key == "yesstr" else "no"].add(word)
    return {lang: {k: sorted(v) for k, v in words.items()} for lang, words in sorted(found.items())}


@cache
def _words() -> dict[str, dict[str, frozenset[str]]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return {lang: {k: frozenset(v) for k, v in words.items()} for lang, words in data.items()}


def answer(text: str, locale: str | None) -> bool | None:
    """Does a short value say yes (``True``) or no (``False``): a mark, or the whole value a
    yes or no word of the page's language or of English; ``None`` when it says neither (an
    unknown word stays unread)."""
    if NO_MARKS.search(text):
        return False
    if _YES_MARKS.search(text):
        return True
    value = unicodedata.normalize("NFC", text).strip(_WORD_EDGES).casefold()
    words = _words()
    languages = ["en"] if locale is None else [re.split(r"[-_]", locale)[0].lower(), "en"]
    for language in languages:
        said = words.get(language)
        if said is None:
            continue
        if value in said["no"]:
            return False
        if value in said["yes"]:
            return True
    return None


def main(argv: list[str]) -> int:
    """Write ``yes_no.json`` from a directory of glibc locale sources."""
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python -m scrapers.reading.yes_no LOCALES_DIR", file=sys.stderr)
        return 64
    data = build(Path(argv[0]))
    DATA.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data)} languages written to {DATA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
