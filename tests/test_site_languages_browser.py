"""The language switcher in a real browser: headless Chromium (Playwright) on the built site
served over HTTP on 127.0.0.1. With JavaScript off, the switcher's plain links reach the other
locale's text and back; with it on, the pages raise no console error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog.publish.site import build_site, model_path
from scrapers.fetch.localserver import serve_directory
from tests.site_fixtures import rows, scraped_catalog
from tests.test_browser import CHROMIUM_ARGS, chromium_path


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("languages")
    _site, db = scraped_catalog(root, n_models=3, n_locales=4)  # en, ko, nl, zh-CN
    out = root / "_site"
    build_site(db, out)
    return db, out


@pytest.fixture(scope="module")
def served(built) -> Iterator[str]:
    with serve_directory(built[1]) as url:
        yield url


@pytest.fixture(scope="module")
def playwright():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        yield p


def _browser(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), headless=True,
                                      args=CHROMIUM_ARGS)


@pytest.mark.parametrize("javascript", [False, True], ids=["no-script", "script"])
def test_the_switcher_reaches_the_other_locale_s_text(built, served, playwright, javascript):
    db, _out = built
    model_id = rows(db, "SELECT min(model_id) FROM pages")[0][0]
    texts = dict(rows(db, "SELECT locale, summary FROM pages WHERE model_id = ?", (model_id,)))
    browser = _browser(playwright)
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    try:
        page.goto(f"{served}/{model_path(model_id)}")
        assert page.locator("#prices").count() == 1  # the facts are on the model's own page
        assert texts["en"] in page.locator("main").inner_text()
        assert texts["ko"] not in page.content()
        page.locator("nav.languages a[lang=ko]").click()
        page.wait_for_url("**/ko.html")
        assert page.locator("html").get_attribute("lang") == "ko"
        assert page.locator("nav.languages a[aria-current=page]").inner_text() == "한국어"
        assert texts["ko"] in page.locator("main").inner_text()
        assert texts["en"] not in page.content()
        page.locator("nav.languages a[lang=zh-CN]").click()
        page.wait_for_url("**/zh-CN.html")
        assert texts["zh-CN"] in page.locator("main").inner_text()
        page.locator("nav.languages a[lang=en]").click()
        page.wait_for_url(f"**/{model_path(model_id)}")
        assert page.locator("#prices").count() == 1
        # the URL of the own page's locale redirects to it by a static refresh
        page.goto(f"{served}/{model_path(model_id).removesuffix('.html')}/en.html")
        page.wait_for_url(f"**/{model_path(model_id)}")
        assert page.locator("#prices").count() == 1
    finally:
        context.close()
        browser.close()
    assert errors == [], errors
