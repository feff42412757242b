"""A model's pages in every locale name each other: ``<link rel="alternate" hreflang>`` on
every variant, reciprocal, x-default on the model's own page, each pointing to a file the site
holds; the URL people linked to before (``models/<provider>/<slug>.html``) still exists, and
``<model>/<locale>.html`` exists for every locale read (a redirect for the own page's)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from catalog.publish.site import Paths, _write_sitemap, build_site, model_path
from catalog.publish.site_output import OutputFolder
from tests.site_fixtures import head, rows, scraped_catalog

BASE = "https://example.org/catalog/"


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> Path:
    _site, db = scraped_catalog(tmp_path_factory.mktemp("hreflang"), n_models=4, n_locales=6)
    return db


def _variants(out: Path) -> list[Path]:
    """Every model page but the redirects."""
    return [p for p in (out / "models").rglob("*.html") if head(p).refresh is None]


def _resolve(out: Path, page: Path, href: str) -> Path:
    """The file an href of ``page`` names (relative, or absolute under BASE)."""
    if href.startswith(BASE):
        return (out / href[len(BASE):]).resolve()
    assert not urlsplit(href).scheme, href
    return (page.parent / href).resolve()


@pytest.mark.parametrize("base_url", [None, BASE])
def test_alternates_are_reciprocal_and_point_to_files(catalog, tmp_path, base_url):
    out = tmp_path / "_site"
    build_site(catalog, out, base_url=base_url)
    pages = _variants(out)
    locales = sorted(lo for (lo,) in rows(catalog, "SELECT DISTINCT locale FROM pages"))
    assert len(locales) == 6 and len(pages) == 4 * 6
    groups: dict[Path, dict[str, Path]] = {}
    for page in pages:
        alternates = head(page).alternates
        assert sorted(alternates) == sorted([*locales, "x-default"]), page
        resolved = {lang: _resolve(out, page, href) for lang, href in alternates.items()}
        for lang, target in resolved.items():
            assert target.is_file(), (page, lang, target)
            if base_url:
                assert alternates[lang].startswith(BASE)  # absolute, as search engines ask
        # the page names itself under its own locale: the set is the same from every member
        assert resolved[head(page).lang] == page.resolve(), page
        groups[page.resolve()] = resolved
    for page, resolved in groups.items():
        for target in resolved.values():
            assert groups[target] == resolved, (page, target)  # reciprocal
    for model_id, in rows(catalog, "SELECT id FROM models"):
        own = (out / model_path(model_id)).resolve()
        assert groups[own]["x-default"] == own and groups[own]["en"] == own


def test_every_page_marks_its_language_and_the_switcher_reaches_every_other(catalog, tmp_path):
    out = tmp_path / "_site"
    build_site(catalog, out)
    for page in _variants(out):
        parsed = head(page)
        current = [(href, lang) for href, lang, now in parsed.switcher if now]
        assert len(current) == 1 and (page.parent / current[0][0]).resolve() == page.resolve()
        targets = {(page.parent / href).resolve() for href, _lang, _now in parsed.switcher}
        assert targets == set(map(lambda h: _resolve(out, page, h),
                                  [v for k, v in parsed.alternates.items() if k != "x-default"]))
        if page.parent.name != "models" and page.parent.parent.name != "models":
            assert parsed.lang == current[0][1]  # a locale page is in its locale


def test_old_urls_still_exist_and_every_locale_has_its_url(catalog, tmp_path):
    out = tmp_path / "_site"
    build_site(catalog, out, base_url=BASE)
    for model_id, locale in rows(catalog, "SELECT model_id, locale FROM pages"):
        own = out / model_path(model_id)
        assert own.is_file()  # the URL of a model's page is what it was
        at = own.with_suffix("") / f"{locale}.html"
        assert at.is_file(), at
        if locale == "en":  # the own page's locale: a static redirect to it, with canonical
            parsed = head(at)
            assert parsed.refresh == f"0; url=../{own.name}"
            assert parsed.canonical == urljoin(BASE, model_path(model_id))
    sitemap = (out / "sitemap.xml").read_text()
    assert "/en.html" not in sitemap  # a redirect is no page of its own
    assert sitemap.count("<loc>") == 4 * 6 + 5 + len(rows(catalog, "SELECT slug FROM providers"))


def test_a_sitemap_of_more_urls_than_a_file_may_hold_becomes_an_index(tmp_path):
    folder = OutputFolder(tmp_path)
    parts = _write_sitemap(folder, BASE, [f"models/p/m{n}.html" for n in range(25)], per_file=10)
    assert [p.name for p in parts] == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]
    index = (tmp_path / "sitemap.xml").read_text()
    assert "<sitemapindex" in index and index.count("<loc>") == 3
    assert sum((tmp_path / p.name).read_text().count("<loc>") for p in parts) == 25


def test_no_page_is_named_like_another_model_s_folder(fresh_copy, tmp_path):
    """``p/foo``'s locale pages live in ``models/p/foo/``; a model ``p/foo.html`` would have
    had its page at ``models/p/foo.html.html`` and its folder at ``models/p/foo.html``."""
    paths = Paths.build(["p/foo", "p/foo.html"], [])
    files = set(paths.models.values())
    folders = {f.removesuffix(".html") for f in files}
    assert len(files) == 2 and not files & folders
    conn = sqlite3.connect(fresh_copy)
    with conn:
        source = conn.execute("SELECT model_id FROM pages WHERE locale = 'ko'"
                              " AND status = 'ok' LIMIT 1").fetchone()[0]
        provider, slug = source.split("/")
        conn.execute("INSERT INTO models (id, provider, slug, name, source) VALUES (?, ?, ?,"
                     " 'Clash', 'card')", (f"{provider}/{slug}.html", provider, f"{slug}.html"))
    conn.close()
    out = tmp_path / "_site"
    build_site(fresh_copy, out)
    assert (out / model_path(source)).with_suffix("").joinpath("ko.html").is_file()
