"""A model's pages per language on the static site: where each locale's text lives, which
locale the model's own page speaks, and how much of a description a page carries.

Why: a page that held every locale's description inline weighed ≈ 350 KB at 20 locales, and
a reader downloaded every language to read one. So the model's own page
(``models/<provider>/<slug>.html``, the URL people already link to) carries the facts and one
locale's text (English when the model has an English page, else its first locale), and every
other locale's text is a small page of its own beside it
(``models/<provider>/<slug>/<locale>.html``). All of them name each other with
``<link rel="alternate" hreflang>`` (the model's own page is also ``x-default``) and link to
each other in a language switcher made of plain links, so it works without JavaScript.

Why a description is cut: at 5,000 models × 20 locales the scraped descriptions alone are
≈ 1.6 GB of distinct text, more than a static host takes (GitHub Pages: 1 GB). A page carries
the first ``DESCRIPTION_BYTES`` of its locale's description, cut at a sentence or word end,
and links to the source page that has the whole text; the catalog database keeps it whole.
"""

from __future__ import annotations

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
    "Switcher",
    "Variant",
    "alternates_html",
    "excerpt",
    "language_name",
    "variants",
]

#: UTF-8 bytes of a description a page carries (the rest is on the source page)
DESCRIPTION_BYTES = 1200
#: the locale of a model's own page when the model has a page in it
DEFAULT_LOCALE = "en"
#: a language tag hreflang accepts (BCP 47 shape: "en", "zh-CN", "sr-Latn-RS")
_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Variant:
    """One locale's page of a model: its locale, its path from the site root and the
    ``pages`` row whose text it shows."""

    locale: str
    path: str
    page: dict[str, Any]
    #: of the model's own page: ``<model>/<locale>.html``, a redirect to it
    alias: str | None = None
    #: the locale as an hreflang value, None when it is not a language tag (a page whose
    #: locale is not one still gets its page, named by no alternate)
    hreflang: str | None = None


def _file_name(locale: str) -> str:
    return (_UNSAFE.sub("-", locale).strip("-") or "_")[:40]


def variants(model_path: str, pages: list[dict[str, Any]]) -> list[Variant]:
    """The model's locale pages, the one at ``model_path`` first: one per locale read
    (status "ok"; the first such page of a locale when it has several), English first when
    there is one, then by locale. The others live in a folder named after the model's page
    (``gpt-5.html`` → ``gpt-5/ko.html``)."""
    first: dict[str, dict[str, Any]] = {}
    for page in pages:
        locale = page.get("locale") or ""
        if page.get("status") == "ok" and locale and locale not in first:
            first[locale] = page
    order = sorted(first, key=lambda lo: (lo != DEFAULT_LOCALE, lo))
    folder = model_path.removesuffix(".html")
    found: list[Variant] = []
    taken: set[str] = set()
    for n, locale in enumerate(order):
        name, k = _file_name(locale), 2
        candidate = name
        while candidate.lower() in taken:  # "zh-cn" and "zh-CN" on a case-blind disk
            candidate, k = f"{name}-{k}", k + 1
        taken.add(candidate.lower())
        path = f"{folder}/{candidate}.html"
        tag = locale if _TAG.fullmatch(locale) else None
        found.append(Variant(locale, model_path, first[locale], alias=path, hreflang=tag)
                     if n == 0 else Variant(locale, path, first[locale], hreflang=tag))
    return found


# The alternates and the switcher are the same on every page of a model but for the page
# each one marks as current: written here once per model, escaped, rather than by a Jinja
# loop on each of its 20 pages (at 100,000 pages that loop was most of the build's time).


def alternates_html(found: list[Variant], hrefs: dict[str, str]) -> Markup:
    """``<link rel="alternate" hreflang>`` of every locale's page, and x-default (the model's
    own page); nothing for a model with one page."""
    if len(found) < 2:
        return Markup("")
    lines = [f'<link rel="alternate" hreflang="{v.hreflang}" href="{escape(hrefs[v.locale])}">'
             for v in found if v.hreflang]
    lines.append(f'<link rel="alternate" hreflang="x-default" '
                 f'href="{escape(hrefs[found[0].locale])}">')
    return Markup("\n".join(lines) + "\n")


_CURRENT = ' aria-current="page"'


class Switcher:
    """The language switcher of a model's pages: plain links (no script), the current page's
    marked ``aria-current``."""

    def __init__(self, found: list[Variant], hrefs: dict[str, str]) -> None:
        self.items = [(v.locale, f'<a href="{escape(hrefs[v.locale])}" lang="{escape(v.locale)}"',
                       f'>{escape(language_name(v.locale))}</a>') for v in found]

    def html(self, current: str) -> Markup:
        """The switcher as shown on the page of locale ``current``."""
        if len(self.items) < 2:
            return Markup("")
        entries = "\n".join(
            f"<li>{head}{_CURRENT if locale == current else ''}{tail}</li>"
            for locale, head, tail in self.items)
        return Markup('<nav class="languages" aria-label="Languages" lang="en">'
                      f"<span>Read in</span>\n<ul>\n{entries}\n</ul></nav>\n")


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
