"""Every locale's text of a model on the static site: the model's own page carries one
locale's text, and one texts file per model (``<slug>.texts.json`` beside its page) holds
every locale read, as valid JSON; the language switcher is plain links to each locale's
source page, so it works without JavaScript; the URL people linked to before
(``models/<provider>/<slug>.html``) still exists, and no page per locale, hreflang set or
redirect is written."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from catalog.publish.model_locales import excerpt, texts_path
from catalog.publish.site import Paths, _write_sitemap, build_site, model_path
from catalog.publish.site_output import OutputFolder
from tests.conftest import db_rows
from tests.site_fixtures import head, scraped_catalog

BASE = "https://example.org/catalog/"


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> Path:
    _site, db = scraped_catalog(tmp_path_factory.mktemp("texts"), n_models=4, n_locales=6)
    return db


@pytest.fixture(scope="module")
def built(catalog, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("texts-site") / "_site"
    build_site(catalog, out, base_url=BASE)
    return out


def _read(catalog: Path, model_id: str) -> dict[str, tuple]:
    """locale -> (url, name, summary, description) of the model's pages read."""
    found: dict[str, tuple] = {}
    for locale, *rest in db_rows(catalog, "SELECT locale, url, name, summary, description"
                                 " FROM pages WHERE model_id = ? AND status = 'ok'"
                                 " ORDER BY locale, url", model_id):
        found.setdefault(locale, tuple(rest))
    return found


def test_every_locale_read_is_in_the_model_s_texts_file(catalog, built):
    models = [m for (m,) in db_rows(catalog, "SELECT id FROM models")]
    assert len(models) == 4
    for model_id in models:
        read = _read(catalog, model_id)
        assert len(read) == 6
        file = built / texts_path(model_path(model_id))
        document = json.loads(file.read_text(encoding="utf-8"))  # valid JSON, UTF-8
        assert document["model"] == model_id
        assert sorted(document["texts"]) == sorted(read)
        for locale, (url, _name, summary, description) in read.items():
            entry = document["texts"][locale]
            assert entry["url"] == url
            cut = excerpt(description)
            assert entry.get("description") == cut.text and entry.get("cut", False) == cut.cut
            assert len(entry["description"].encode()) <= 1200
            if locale != "en":
                assert entry.get("summary") == summary
        # CJK is written as UTF-8, not \u escapes (half the bytes)
        assert "\\u" not in file.read_text(encoding="utf-8")


def test_the_switcher_links_to_the_source_pages_and_names_the_texts_file(catalog, built):
    for model_id, in db_rows(catalog, "SELECT id FROM models"):
        page = built / model_path(model_id)
        parsed = head(page)
        read = _read(catalog, model_id)
        assert {lang: href for href, lang, _now in parsed.switcher} == {
            locale: url for locale, (url, *_rest) in read.items()}
        assert all(href.startswith("https://www.cometapi.com/") for href, *_ in parsed.switcher)
        assert [lang for _href, lang, now in parsed.switcher if now] == ["en"]
        assert (page.parent / parsed.texts).resolve() == (
            built / texts_path(model_path(model_id))).resolve()
        assert parsed.lang == "en" and parsed.alternates == {} and parsed.refresh is None


def test_no_page_per_locale_and_the_old_urls_still_exist(catalog, built):
    models = [m for (m,) in db_rows(catalog, "SELECT id FROM models")]
    files = {p.relative_to(built).as_posix() for p in (built / "models").rglob("*")
             if p.is_file()}
    expected = {model_path(m) for m in models} | {texts_path(model_path(m)) for m in models}
    assert files == expected  # no <model>/<locale>.html, no redirect
    sitemap = (built / "sitemap.xml").read_text()
    assert ".texts.json" not in sitemap and "hreflang" not in sitemap
    # index, deprecations, prices, claims, calculator, sql; the providers index, each provider;
    # each model
    assert sitemap.count("<loc>") == 6 + 1 + len(db_rows(catalog, "SELECT slug FROM providers")) \
        + len(models)


def test_a_model_read_in_one_locale_has_no_switcher_and_no_texts_file(fresh_copy, tmp_path):
    conn = sqlite3.connect(fresh_copy)
    with conn:
        model_id = conn.execute("SELECT model_id FROM pages WHERE status = 'ok'"
                                " GROUP BY model_id HAVING count(DISTINCT locale) > 1"
                                " LIMIT 1").fetchone()[0]
        conn.execute("UPDATE pages SET status = 'failed' WHERE model_id = ? AND locale != 'en'",
                     (model_id,))
    conn.close()
    out = tmp_path / "_site"
    build_site(fresh_copy, out)
    page = out / model_path(model_id)
    assert head(page).switcher == [] and not (out / texts_path(model_path(model_id))).exists()
    assert "languages.js" not in page.read_text(encoding="utf-8")


def test_a_sitemap_of_more_urls_than_a_file_may_hold_becomes_an_index(tmp_path):
    folder = OutputFolder(tmp_path)
    parts = _write_sitemap(folder, BASE, [f"models/p/m{n}.html" for n in range(25)], per_file=10)
    assert [p.name for p in parts] == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]
    index = (tmp_path / "sitemap.xml").read_text()
    assert "<sitemapindex" in index and index.count("<loc>") == 3
    assert sum((tmp_path / p.name).read_text().count("<loc>") for p in parts) == 25


def test_no_texts_file_is_named_like_another_model_s_page():
    """``p/foo``'s texts are ``models/p/foo.texts.json``; a model ``p/foo.texts`` has its page
    at ``models/p/foo.texts.html``, and two models never share a stem."""
    paths = Paths.build(["p/foo", "p/foo.texts", "p/foo.html"], [])
    files = set(paths.models.values())
    texts = {texts_path(f) for f in files}
    assert len(files) == 3 and len(texts) == 3 and not files & texts
