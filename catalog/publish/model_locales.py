"""A model's text in every language on the static site: which locale the model's own page
speaks, the one file per model that holds every locale's text, and how much of a description
a page carries.

Why: a page that held every locale's description inline weighed ≈ 350 KB at 20 locales, and
a reader downloaded every language to read one; a page per locale (with hreflang on each)
made 100,000 files and 616 MB at 5,000 models × 20 locales. So the model's own page
(``models/<provider>/<slug>.html``, the URL people already link to) carries the facts and one
locale's text (English when the model has an English page, else its first locale), and every
locale's text is in one small JSON file beside it (``<slug>.texts.json``), read only when a
reader picks another language. The language switcher is plain links to each locale's source
page on cometapi.com (the page the text was read from), so it works without JavaScript;
``assets/languages.js`` turns a click into an in-place swap from the texts file.

Why a description is cut: at 5,000 models × 20 locales the scraped descriptions alone are
≈ 1.6 GB of distinct text, more than a static host takes (GitHub Pages: 1 GB). A page and the
texts file carry the first ``DESCRIPTION_BYTES`` of each locale's description, cut at a
sentence or word end, and link to the source page that has the whole text; the catalog
database keeps it whole.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from markupsafe import Markup, escape

__all__ = [
    "DEFAULT_LOCALE",
    "DESCRIPTION_BYTES",
    "Excerpt",
    "Variant",
    "excerpt",
    "language_name",
    "switcher_html",
    "texts_json",
    "texts_path",
    "variants",
]

#: UTF-8 bytes of a description a page carries (the rest is on the source page)
DESCRIPTION_BYTES = 1200
#: the locale of a model's own page when the model has a page in it
DEFAULT_LOCALE = "en"
#: what the texts file of a model page is called, beside it: ``gpt-5.html`` → ``gpt-5.texts.json``
TEXTS_SUFFIX = ".texts.json"


@dataclass(frozen=True)
class Variant:
    """One locale's text of a model: its locale and the ``pages`` row it comes from."""

    locale: str
    page: dict[str, Any]


def variants(pages: list[dict[str, Any]]) -> list[Variant]:
    """The model's locales, the own page's first: one per locale read (status "ok"; the first
    such page of a locale when it has several), English first when there is one, then by
    locale."""
    first: dict[str, dict[str, Any]] = {}
    for page in pages:
        locale = page.get("locale") or ""
        if page.get("status") == "ok" and locale and locale not in first:
            first[locale] = page
    order = sorted(first, key=lambda lo: (lo != DEFAULT_LOCALE, lo))
    return [Variant(locale, first[locale]) for locale in order]


def texts_path(model_path: str) -> str:
    """The texts file of the model page at ``model_path`` (a ``.html`` path)."""
    return model_path.removesuffix(".html") + TEXTS_SUFFIX


def texts_json(model: dict[str, Any], found: list[Variant]) -> bytes:
    """Every locale's text of a model as the page shows it: name and summary when they differ
    from the model's own, the description's excerpt and whether it was cut, the source page.
    UTF-8, not ``\\u`` escapes (a CJK character is 3 bytes, not 6), no date: the file changes
    only when a text does."""
    texts = {}
    for variant in found:
        page = variant.page
        cut = excerpt(page.get("description"))
        entry: dict[str, Any] = {"url": page.get("url") or ""}
        if page.get("name") and page["name"] != (model.get("name") or model.get("id")):
            entry["name"] = page["name"]
        if page.get("summary") and page["summary"] != model.get("summary"):
            entry["summary"] = page["summary"]
        if cut.text:
            entry["description"] = cut.text
        if cut.cut:
            entry["cut"] = True
        texts[variant.locale] = entry
    document = {"model": model.get("id"), "texts": texts}
    return (json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def switcher_html(found: list[Variant], current: str, texts_href: str) -> Markup:
    """The language switcher of a model's page: a plain link to each locale's source page
    (no script needed), the current one marked ``aria-current``; ``data-texts`` names the
    texts file that ``assets/languages.js`` reads to swap the text in place. Nothing for a
    model read in one locale."""
    if len(found) < 2:
        return Markup("")
    entries = "\n".join(
        f'<li><a href="{escape(v.page.get("url") or "")}" lang="{escape(v.locale)}"'
        f' hreflang="{escape(v.locale)}" data-lang="{escape(v.locale)}" rel="nofollow"'
        f'{_CURRENT if v.locale == current else ""}>{escape(language_name(v.locale))}</a></li>'
        for v in found)
    return Markup(f'<nav class="languages" aria-label="Languages" lang="en"'
                  f' data-texts="{escape(texts_href)}"><span>Read in</span>\n'
                  f"<ul>\n{entries}\n</ul></nav>\n")


_CURRENT = ' aria-current="true"'


@lru_cache(maxsize=256)
def language_name(locale: str) -> str:
    """The locale's name in its own language ("한국어", "Deutsch"), from CLDR through Babel;
    the tag itself when CLDR does not know it."""
    try:
        name = Locale.parse(locale, sep="-").get_display_name()
    except (UnknownLocaleError, ValueError, TypeError):
        return locale
    return name[:1].upper() + name[1:] if name else locale


@dataclass(frozen=True)
class Excerpt:
    """The part of a description a page shows; ``cut`` when the text goes on."""

    text: str
    cut: bool


#: a sentence ends at ". " (Latin scripts) or at a full-width stop, which no space follows
_SENTENCE_END = re.compile(r"[.!?]\s|[。！？]|\n")


def excerpt(text: str | None, limit: int = DESCRIPTION_BYTES) -> Excerpt:
    """The start of ``text`` in at most ``limit`` UTF-8 bytes, ended at the last sentence
    end (or else the last space) in its second half, so a cut never splits a word or a
    character."""
    if not text:
        return Excerpt("", False)
    if len(text) * 4 <= limit or len(text.encode("utf-8", "surrogatepass")) <= limit:
        return Excerpt(text, False)
    head = text.encode("utf-8", "surrogatepass")[:limit].decode("utf-8", "ignore")
    half = len(head) // 2
    cut = -1
    for match in _SENTENCE_END.finditer(head, half + 1):  # the last end past half way
        cut = match.end()
    if cut < 0:
        space = head.rfind(" ")
        cut = space if space > half else len(head)
    return Excerpt(head[:cut].rstrip(), True)
