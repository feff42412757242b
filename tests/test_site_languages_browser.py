"""The language switcher in a real browser: headless Chromium (Playwright) on the built site
served over HTTP on 127.0.0.1. With JavaScript, a click reads the model's texts file and swaps
the text in place (en → ko → zh-CN → en), with its lang attribute and the choice in the URL
(``#lang=ko``, which a shared link opens at); with JavaScript off, the links are plain links
to each locale's source page. No console error either way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from catalog.publish.model_locales import language_name
from catalog.publish.site import build_site, model_path
from scrapers.fetch.localserver import serve_directory
from tests.browser_support import chromium
from tests.conftest import db_rows
from tests.site_fixtures import scraped_catalog


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
def browser():
    with chromium() as browser:
        yield browser


def _texts(db: Path, model_id: str) -> dict[str, tuple[str, str]]:
    """locale -> (summary, source page URL) of the model's first page in that locale."""
    found: dict[str, tuple[str, str]] = {}
    for locale, summary, url in db_rows(db, "SELECT locale, summary, url FROM pages WHERE"
                                        " model_id = ? AND status = 'ok' ORDER BY locale, url",
                                        model_id):
        found.setdefault(locale, (summary, url))
    return found


@pytest.fixture(scope="module")
def model(built) -> tuple[str, dict[str, tuple[str, str]]]:
    """The first model of the catalog and its texts by locale."""
    db = built[0]
    model_id = db_rows(db, "SELECT min(model_id) FROM pages")[0][0]
    return model_id, _texts(db, model_id)


@contextmanager
def _opened(browser, javascript: bool) -> Iterator[object]:
    """A page of a fresh browser context with JavaScript on or off, kept on 127.0.0.1; once the
    block is done, it fails on a console error, a script error or an HTTP error."""
    context = browser.new_context(java_script_enabled=javascript)
    # the source pages are on cometapi.com: a test never leaves 127.0.0.1
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith("http://127.0.0.1") else route.abort())
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    try:
        yield page
    finally:
        context.close()
    assert errors == [], errors


def test_the_switcher_swaps_the_text_in_place_with_javascript(model, served, browser):
    model_id, texts = model
    url = f"{served}/{model_path(model_id)}"
    with _opened(browser, javascript=True) as page:
        text = page.locator(".own-text")
        page.goto(url)
        assert page.locator("#prices").count() == 1  # the facts are on the model's own page
        # the English summary is the model's own, shown once at the top of the page
        assert texts["en"][0] in page.locator("main").inner_text()
        assert text.get_attribute("lang") == "en"
        assert texts["ko"][0] not in page.content()
        for locale in ("ko", "zh-CN", "en"):
            page.locator(f"nav.languages a[data-lang='{locale}']").click()
            page.wait_for_function(
                f"document.querySelector('.own-text').getAttribute('lang') === '{locale}'")
            if locale != "en":
                assert texts[locale][0] in text.inner_text()
            others = [s for lo, (s, _u) in texts.items() if lo != locale]
            assert not [s for s in others if s in text.inner_text()], locale
            current = page.locator("nav.languages a[aria-current]")
            assert current.inner_text() == language_name(locale)
            assert page.locator("#locales").inner_text() == f"In {language_name(locale)}"
            assert page.locator("p.source a").get_attribute("href") == texts[locale][1]
            assert page.url == (url if locale == "en" else f"{url}#lang={locale}")
            assert page.locator("#prices").count() == 1  # still the same page
        # a link that carries the choice opens in that language
        page.goto(f"{url}#lang=ko")
        page.reload()
        page.wait_for_function("document.querySelector('.own-text').getAttribute('lang') === 'ko'")
        assert texts["ko"][0] in text.inner_text()


def test_without_javascript_the_switcher_links_to_the_source_pages(model, served, browser):
    model_id, texts = model
    with _opened(browser, javascript=False) as page:
        page.goto(f"{served}/{model_path(model_id)}")
        links = page.locator("nav.languages a")
        hrefs = {links.nth(n).get_attribute("lang"): links.nth(n).get_attribute("href")
                 for n in range(links.count())}
        assert hrefs == {locale: url for locale, (_s, url) in texts.items()}
        with page.expect_request(texts["ko"][1]):  # a plain link: the browser follows it
            page.locator("nav.languages a[lang=ko]").click(no_wait_after=True)
