"""A person's path through the catalog, in a real headless Chromium (Debian's, via Playwright).

A real `datasette` server runs in a subprocess on a free 127.0.0.1 port with the exact command
line of catalog.publish.serve.datasette_argv; the static site is opened from file://.
Screenshots go to
tests/artifacts/ (git-ignored) for a human to look at.

Run with `pytest -m browser`; `.ci/install-browser` installs Chromium. The tests skip, saying
why, only when no Chromium can be found.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog.publish.site import build_site
from tests.conftest import served_datasette
from tests.publish_fixtures import REPO, SCRIPT, build_indexed_db

pytestmark = pytest.mark.browser

ARTIFACTS = REPO / "tests" / "artifacts"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("browser")
    db = build_indexed_db(root / "catalog.db")
    site = root / "_site"
    build_site(db, site)
    return db, site


@pytest.fixture(scope="module")
def server(built) -> Iterator[str]:
    db, site = built
    with served_datasette(db, db.parent / "datasette.log", static_site=site) as base:
        yield base


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_models_table_facet_and_model(page, server):
    page.goto(f"{server}/")
    assert page.title().startswith("CometAPI model catalog")
    shot(page, "01-index")
    page.click("text=Models >> nth=0")
    page.wait_for_url("**/catalog/models")
    assert page.locator("table.rows-and-columns tbody tr").count() == 12
    shot(page, "02-models")
    page.locator("#facet-provider a", has_text="OpenAI").first.click()
    page.wait_for_url("**provider=openai**")
    assert page.locator("table.rows-and-columns tbody tr").count() == 6
    shot(page, "03-models-openai")
    page.locator("tr[data-model='openai/gpt-4-0314'] a", has_text="GPT-4 0314").click()
    page.wait_for_load_state()
    assert page.title().startswith("GPT-4 0314")  # the tab names the model
    assert "2026-03-26" in page.content()
    shot(page, "04-model-row")


def test_deprecations_page(page, server):
    page.goto(f"{server}/")
    page.locator(".catalog-nav a", has_text="Deprecations").click()
    page.wait_for_url("**/deprecations")
    rows = page.locator("tr[data-model]")
    assert rows.evaluate_all("rows => rows.map(r => r.dataset.model)") == [
        "anthropic/claude-3-opus",
        "google/gemini-1-5-pro",
        "openai/gpt-4-0314",
        "openai/dall-e-2",
    ]
    shot(page, "05-deprecations")
    page.select_option("select[name=status]", "retired")
    page.click("form.filters button")
    page.wait_for_url("**status=retired**")
    assert rows.evaluate_all("rows => rows.map(r => r.dataset.model)") == [
        "openai/gpt-4-0314",
        "openai/dall-e-2",
    ]
    page.locator("a.replacement", has_text="openai/gpt-5").click()
    page.wait_for_load_state()
    assert "GPT-5" in page.content()


def test_charts_page(page, server):
    page.goto(f"{server}/charts")
    page.wait_for_selector(".vl-chart[data-drawn] svg >> nth=2")
    assert page.locator(".vl-chart[data-drawn] svg").count() == 3  # Vega-Lite drew them
    bars = page.locator("#discount-by-provider g.mark-rect.role-mark path")
    points = page.locator("#price-vs-context g.mark-symbol.role-mark path")
    assert bars.count() == 4 and points.count() == 9  # a bar per provider, a point per model
    shot(page, "06-charts")


def test_search_in_korean(page, server):
    page.goto(f"{server}/")
    page.fill("#q", "모델")
    page.click("form.search button")
    page.wait_for_url("**/catalog/search**")
    body = page.content()
    assert "제미나이 2.5 플래시" in body and "https://www.cometapi.com/ko/models/" in body
    shot(page, "07-search-korean")


def test_script_never_runs(page, server):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server}/catalog/pages?_search=prompt")
    assert SCRIPT in page.inner_text("table.rows-and-columns")  # shown as text
    assert dialogs == []


def test_static_site_from_file_url(page, built):
    _, site = built
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto((site / "index.html").as_uri())
    table = page.locator("#models")
    visible = "#models tbody tr:not([hidden])"
    assert page.locator(visible).count() == 12
    assert page.locator("form.table-filter[data-table=models]").is_visible()  # JS ran
    shot(page, "08-static-index")

    def first_model() -> str:
        return page.locator(f"{visible} small.id").first.inner_text()

    table.locator("th button", has_text="Input / 1M tokens").click()
    assert first_model() == "google/gemini-2-5-flash"  # $0.24, the cheapest
    table.locator("th button", has_text="Input / 1M tokens").click()
    assert first_model() == "openai/gpt-4-0314"  # $24
    assert table.locator("th[aria-sort=descending]").count() == 1

    page.fill("form.table-filter input[type=search]", "gemini")
    assert page.locator(visible).count() == 2
    page.fill("form.table-filter input[type=search]", "")
    page.select_option("form.table-filter select[data-filter=provider]", "openai")
    assert page.locator(visible).count() == 6
    assert page.locator("form.table-filter output").inner_text() == "6 of 12 rows"
    shot(page, "09-static-index-filtered")

    page.select_option("form.table-filter select[data-filter=provider]", "")
    page.locator("#models a", has_text="Gemini 2.5 Flash").click()
    page.wait_for_load_state()
    assert page.url.endswith("/models/google/gemini-2-5-flash.html")
    shot(page, "10-static-model")
    # from file:// (no fetch) the switcher is plain links to the source pages; served over
    # HTTP it swaps the text in place (tests/test_site_languages_browser.py)
    assert "双子座 2.5 闪电" not in page.content()
    zh = page.locator("nav.languages a[lang=zh-CN]").get_attribute("href")
    assert zh.startswith("https://www.cometapi.com/zh-CN/models/")

    page.goto((site / "models/openai/sora-2.html").as_uri())
    assert SCRIPT in page.inner_text(".own-text")
    page.goto((site / "deprecations.html").as_uri())
    shot(page, "11-static-deprecations")
    page.goto((site / "prices.html").as_uri())
    shot(page, "12-static-prices")
    assert dialogs == []
