"""A catalog of generated models in many locales, scraped for real, for the static site's
tests of size, languages and rebuilds (tests/test_site_*.py).

Why scraped rather than written into SQLite: the descriptions, names and summaries a page of
the site shows are the ones the reader took from pages like CometAPI's (bench/sitegen.py
writes 100-300 KB pages whose descriptions run to ≈ 16 KB in every locale).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from bench import sitegen
from scrapers.fetch.localserver import serve_directory
from tests.conftest import run_scrape


def scraped_catalog(root: Path, n_models: int, n_locales: int) -> tuple[sitegen.Site, Path]:
    """(the generated site, the catalog its scrape wrote) under ``root``."""
    site = sitegen.generate(root / "web", n_models=n_models, n_locales=n_locales)
    db = root / "catalog.db"
    with serve_directory(site.root) as url:
        result = run_scrape(url, db)
    assert result.status == "complete", result.reason
    return site, db


class Head(HTMLParser):
    """The parts of a page the language tests look at: <html lang>, the hreflang alternates,
    the canonical link, a refresh, and the language switcher's links and texts file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.alternates: dict[str, str] = {}
        self.canonical: str | None = None
        self.refresh: str | None = None
        self.switcher: list[tuple[str, str, bool]] = []  # (href, lang, current)
        self.texts: str | None = None  # the switcher's data-texts
        self._in_switcher = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "link" and a.get("rel") == "alternate" and a.get("hreflang"):
            assert a["hreflang"] not in self.alternates, f"two alternates for {a['hreflang']}"
            self.alternates[a["hreflang"]] = a["href"] or ""
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "meta" and a.get("http-equiv") == "refresh":
            self.refresh = a.get("content")
        elif tag == "nav" and "languages" in (a.get("class") or ""):
            self._in_switcher = True
            self.texts = a.get("data-texts")
        elif tag == "a" and self._in_switcher:
            self.switcher.append((a["href"] or "", a.get("lang") or "",
                                  a.get("aria-current") in ("page", "true")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self._in_switcher = False


def head(page: Path) -> Head:
    parser = Head()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser
