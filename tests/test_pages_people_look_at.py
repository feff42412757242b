"""The pages people look at, on the demo catalog (both snapshots): short query titles, search
results with the match highlighted in every language, a compact models table that fits a
1280 px screen, dates that are absolute in the HTML and relative in the reader's browser, and
controls that work or hide without JavaScript. Datasette in-process for the HTML, and a real
`datasette` server with Debian's Chromium (via Playwright) for what a browser shows."""

from __future__ import annotations

import html
import importlib.util
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from catalog.publish import serve
from catalog.publish.site import build_site
from tests import browser_support
from tests.conftest import served_datasette
from tests.publish_fixtures import OPUS_SHUTDOWN, REPO, SCRIPT


def _plugin(name: str):
    """A plugin file of site/plugins (Datasette loads them by path: they are no package)."""
    spec = importlib.util.spec_from_file_location(name, REPO / "site" / "plugins" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


highlight = _plugin("highlight").highlight

QUERIES = yaml.safe_load((REPO / "site" / "metadata.yml").read_text())["databases"]["catalog"][
    "queries"]


async def get(ds, path: str) -> str:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    return response.text


def title_of(page: str) -> str:
    return html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1).strip())


# --- titles --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(QUERIES))
async def test_a_canned_query_page_is_titled_by_its_title_not_its_sql(demo_db, name):
    ds = serve.build_datasette(demo_db)
    page = await get(ds, f"/catalog/{name}")
    assert title_of(page) == f"{QUERIES[name]['title']} · catalog"
    assert "select" not in title_of(page).lower()


async def test_an_arbitrary_query_title_is_cut_short(demo_db):
    ds = serve.build_datasette(demo_db)
    sql = "select id, name, provider, kind, status from models where kind = 'text' order by id"
    title = title_of(await get(ds, f"/catalog?sql={sql}"))
    assert title == "SQL query · catalog: select id, name, provider, kind, status from models " \
                    "where k…"  # the first 60 characters


# --- search snippets -----------------------------------------------------------------------------


@pytest.mark.parametrize(("q", "locale", "marked"), [
    ("flash", "en", "Flash"),  # a word, case ignored
    ("modele", "fr", "modèle"),  # accents ignored: the word index's own snippet
    ("多模态", "zh-CN", "多模态"),  # a substring of running Chinese (trigram index)
    ("모델", "ko", "모델"),  # Korean, two characters: the plain-substring path
])
async def test_search_results_show_the_matching_text_highlighted(demo_db, q, locale, marked):
    ds = serve.build_datasette(demo_db)
    page = await get(ds, f"/catalog/search?q={q}")
    cells = re.findall(r'<td class="col-snippet[^"]*">(.*?)</td>', page, re.S)
    locales = re.findall(r'<td class="col-locale[^"]*">(.*?)</td>', page, re.S)
    assert locale in locales
    snippet = cells[locales.index(locale)]
    assert f"<mark>{marked}</mark>" in snippet, snippet
    assert "\ue000" not in page and "\ue001" not in page


async def test_a_snippet_of_scraped_markup_stays_text(hand_db):
    ds = serve.build_datasette(hand_db)
    page = await get(ds, "/catalog/search?q=prompt")
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<mark>prompt</mark>" in page


def test_highlight_escapes_first_and_closes_a_cut_match():
    assert str(highlight("a <b> \ue000x\ue001 & \ue000y")) == (
        "a &lt;b&gt; <mark>x</mark> &amp; <mark>y</mark>")


# --- the compact models table --------------------------------------------------------------------


async def test_the_models_table_shows_prices_and_the_row_page_everything(demo_db):
    """The default browse: kind, status, context, current input and output price, official
    price and discount, in human units; every column one link away (?_wide=1)."""
    ds = serve.build_datasette(demo_db)
    page = await get(ds, "/catalog/models")
    headers = re.findall(r'<th scope="col" class="col-([^"]+)"', page)
    assert headers == ["name", "provider", "kind", "status", "context_window", "input",
                       "output", "official", "discount_pct"]
    sonnet = page.split('data-model="anthropic/claude-sonnet-4-5"')[1].split("</tr>")[0]
    cells = [html.unescape(re.sub(r"<[^>]+>", " ", c)).split() for c in
             re.findall(r"<td [^>]*>(.*?)</td>", sonnet, re.S)]
    assert cells[4:] == [["200K", "(200,000)"], ["$2.4", "/1M", "tokens"],
                         ["$12", "/1M", "tokens"],
                         ["$3", "/1M", "tokens", "$15", "/1M", "tokens"], ["20", "%"]]
    wide = await get(ds, "/catalog/models?_wide=1")
    assert len(re.findall(r'<th [^>]*data-column="', wide)) == 24
    chosen = await get(ds, "/catalog/models?_col=source_url")
    assert 'data-column="source_url"' in chosen  # a choice of columns is honoured
    row = await get(ds, "/catalog/models/google~2Fgemini-2-5-flash")
    summary = "Gemini 2.5 Flash is Google’s fast, inexpensive hybrid reasoning model"
    assert summary in html.unescape(row)


# --- in a real browser ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_server(demo_db, tmp_path_factory) -> Iterator[str]:
    log_path = tmp_path_factory.mktemp("log") / "datasette.log"
    with served_datasette(demo_db, log_path) as base:
        yield base


@pytest.fixture(scope="module")
def chromium():
    with browser_support.chromium() as browser:
        yield browser


def new_page(chromium, *, javascript: bool = True):
    context = chromium.new_context(viewport=browser_support.VIEWPORT,
                                   java_script_enabled=javascript)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return context, page, errors


@pytest.mark.browser
def test_the_models_table_does_not_scroll_sideways_at_1280_px(chromium, demo_server):
    context, page, errors = new_page(chromium)
    page.goto(f"{demo_server}/catalog/models")
    sizes = page.evaluate("""() => {
        const wrap = document.querySelector('.table-wrapper');
        return {page: document.documentElement.scrollWidth, wrap: wrap.scrollWidth,
                room: wrap.clientWidth, rows: document.querySelectorAll('tbody tr').length,
                broken: [...document.querySelectorAll('td.col-provider, td.col-kind, th')]
                    .filter(e => {
                        const text = e.textContent.trim();
                        if (!text || text.includes(' ')) return false;
                        // a word on two lines has two line boxes (its text only, not
                        // the column menu Datasette adds to a header)
                        const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
                        const lines = new Set();
                        while (walker.nextNode()) {
                            const range = document.createRange();
                            range.selectNodeContents(walker.currentNode);
                            for (const r of range.getClientRects())
                                if (r.width > 0) lines.add(Math.round(r.top));
                        }
                        return lines.size > 1;
                    })
                    .map(e => e.textContent.trim())};
    }""")
    assert sizes["rows"] == 12
    assert sizes["page"] <= 1280 and sizes["wrap"] <= sizes["room"], sizes
    assert sizes["broken"] == [], sizes  # one-word cells stay on one line ("Anthropi c")
    page.goto(f"{demo_server}/catalog/models?_wide=1")  # every column: may scroll, inside
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280  # its wrapper only
    context.close()
    assert errors == []


@pytest.mark.browser
def test_search_marks_the_match_in_chinese(chromium, demo_server):
    context, page, errors = new_page(chromium)
    page.goto(f"{demo_server}/catalog/search?q=多模态")
    assert page.locator("td.col-snippet mark").all_inner_texts() == ["多模态"]
    assert page.title() == "Search models and pages in every language · catalog"
    context.close()
    assert errors == []


@pytest.fixture(scope="module")
def static_sites(tmp_path_factory, demo_db, hand_db) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("static")
    build_site(demo_db, root / "demo")
    build_site(hand_db, root / "hand")
    return root / "demo", root / "hand"


@pytest.mark.browser
def test_relative_dates_are_the_readers_not_the_builds(chromium, static_sites):
    _, hand = static_sites
    context, page, errors = new_page(chromium)
    page.goto((hand / "deprecations.html").as_uri())
    relative = page.locator(f'[data-relative="{OPUS_SHUTDOWN}"]').first
    days = (date.fromisoformat(OPUS_SHUTDOWN) - date.today()).days
    assert relative.inner_text() == f"in {days} days"
    past = page.locator('[data-relative="2026-03-26"]').first
    expected = (date.today() - date(2026, 3, 26)).days
    assert past.inner_text() == f"{expected} days ago"
    assert page.locator(f'time[datetime="{OPUS_SHUTDOWN}"]').first.inner_text() == OPUS_SHUTDOWN
    context.close()
    assert errors == []
    assert days == 30 and date.fromisoformat(OPUS_SHUTDOWN) == date.today() + timedelta(days=30)


@pytest.mark.browser
def test_without_javascript_the_filter_bar_hides_and_dates_stay_absolute(chromium,
                                                                          static_sites):
    demo, hand = static_sites
    context, page, _ = new_page(chromium, javascript=False)
    page.goto((demo / "index.html").as_uri())
    assert not page.locator("form.table-filter").is_visible()  # no control that does nothing
    assert page.locator("#models tbody tr").count() == 12  # the table is whole
    page.goto((hand / "deprecations.html").as_uri())
    assert page.locator(f'[data-relative="{OPUS_SHUTDOWN}"]').first.inner_text() == ""
    assert page.locator(f'time[datetime="{OPUS_SHUTDOWN}"]').first.is_visible()
    context.close()


@pytest.mark.browser
def test_the_status_filter_has_an_unknown_option_that_works(chromium, static_sites):
    demo, _ = static_sites
    context, page, errors = new_page(chromium)
    page.goto((demo / "index.html").as_uri())
    status = page.locator("form.table-filter select[data-filter=status]")
    assert status.locator("option").all_inner_texts() == [
        "any", "active", "coming soon", "deprecated", "retired", "unknown"]
    status.select_option("unknown")
    visible = page.locator("#models tbody tr:not([hidden]) small.id").all_inner_texts()
    assert visible == ["anthropic/claude-opus-4-6", "anthropic/claude-sonnet-4-6",
                       "google/nano-banana-2", "openai/gpt-5-4-mini", "openai/gpt-5-4-nano"]
    assert page.locator("form.table-filter output").inner_text() == "5 of 12 rows"
    context.close()
    assert errors == []
