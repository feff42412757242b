"""Every page the README and docs/ name, in a real Chromium at 1,400 px and at 375 px (a phone):
nothing wider than the screen, no console error, no cell showing a bare number where its
column has a unit, the charts drawn, and no serious or critical accessibility violation
(axe-core from the npm registry: site/vendor/package.json, fetched by `make install`).

A real `datasette` server runs the demo catalog (the two bundled snapshots, as `make demo`
builds it) with the static site mounted at /site/. Screenshots of every page at both widths
go to tests/artifacts/fit/ (git-ignored) for a person to look at after `make test`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from catalog.publish.site import build_site
from catalog.publish.units import COLUMN_UNITS
from tests.browser_support import chromium
from tests.conftest import served_datasette
from tests.publish_fixtures import REPO
from tests.test_readme_examples import readme_paths

pytestmark = pytest.mark.browser

ARTIFACTS = REPO / "tests" / "artifacts" / "fit"
AXE = REPO / "site" / "vendor" / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = (1400, 375)

#: the pages the docs' tour and sections name, beyond the example URLs they list
#: (tests/test_readme_examples.readme_paths), and the static site's pages
PAGES = [
    "/", "/catalog", "/catalog/models", "/catalog/models/google~2Fgemini-2-5-flash",
    "/catalog/models/openai~2Fsora-2", "/catalog/models/openai~2Fgpt-4-0314",
    "/catalog/models?_search=opus", "/deprecations", "/charts", "/about",
    "/catalog/prices", "/catalog/price_comparison", "/catalog/price_history",
    "/catalog/changes", "/catalog/crosschecks", "/catalog/runs", "/catalog/findings",
    "/catalog/pages?_search=modele",
    "/site/index.html", "/site/prices.html", "/site/claims.html", "/site/deprecations.html",
    "/site/providers/index.html", "/site/models/openai/sora-2.html",
    "/site/models/google/gemini-2-5-flash.html",
]


def named_pages() -> list[str]:
    """Every HTML page to look at: the list above and the docs' examples (feeds and JSON
    are not pages)."""
    from_readme = [p for p in readme_paths()
                   if not re.search(r"\.(atom|json|csv)(\?|$)", p.split("?")[0] + "?")]
    return list(dict.fromkeys(PAGES + from_readme))


@pytest.fixture(scope="module")
def server(demo_db, tmp_path_factory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("fit") / "_site"
    build_site(demo_db, site)
    with served_datasette(demo_db, site.parent / "datasette.log", static_site=site) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: `make install` fetches it from the npm registry")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        yield browser


#: elements whose right edge passes the viewport, and bare numbers in a column with a unit
MEASURE = """(unitColumns) => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 1) {
      wide.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.right)}px`);
    }
  }
  const raw = [];
  for (const td of document.querySelectorAll('td[class*="col-"]')) {
    const column = [...td.classList].find(c => c.startsWith('col-')).slice(4);
    const text = td.textContent.trim();
    if (unitColumns.includes(column) && /^-?\\d+(\\.\\d+)?$/.test(text)) {
      raw.push(`${column}: ${text}`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, wide, raw,
          charts: document.querySelectorAll('.vl-chart').length,
          drawn: document.querySelectorAll('.vl-chart[data-drawn] svg').length};
}"""

AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' '))
                                           .join(' | ')}`);
}"""


def _shot_name(width: int, path: str) -> str:
    return f"{width}-" + (re.sub(r"[^A-Za-z0-9._-]+", "_", path).strip("_") or "home") + ".jpg"


@pytest.fixture(scope="module")
def axe_script() -> str:
    return AXE.read_text()


@pytest.mark.slow
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", named_pages())
def test_every_named_page_fits_has_units_and_passes_axe(browser, server, axe_script, width,
                                                         path):
    """One page at one width (a test each, so pytest-xdist spreads them over the cores and a
    failure names its page). The page is looked at once it has loaded and every chart on it
    is drawn: what it shows then is what is measured, photographed and checked by axe."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    problems: list[str] = []
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        response = page.goto(server + path, wait_until="load")
        if page.locator(".vl-chart").count():
            page.wait_for_function(
                "document.querySelectorAll('.vl-chart').length =="
                " document.querySelectorAll('.vl-chart[data-drawn]').length")
        found = page.evaluate(MEASURE, sorted(COLUMN_UNITS))
        page.screenshot(path=str(ARTIFACTS / _shot_name(width, path)), full_page=True,
                        type="jpeg", quality=70)
        page.add_script_tag(content=axe_script)
        violations = page.evaluate(AXE_RUN)
        if response is None or response.status != 200:
            problems.append(f"{path}: HTTP {response.status if response else '?'}")
        if found["scrollWidth"] > width or found["wide"]:
            problems.append(f"{path}: wider than {width} px: {found['wide'][:3]}")
        if found["raw"]:
            problems.append(f"{path}: bare numbers in columns with a unit: {found['raw'][:3]}")
        if found["drawn"] != found["charts"]:
            problems.append(f"{path}: {found['drawn']} of {found['charts']} charts drawn")
        if errors:
            problems.append(f"{path}: console errors {errors[:2]}")
        if violations:
            problems.append(f"{path}: accessibility {violations}")
    finally:
        context.close()
    assert problems == [], "\n".join(problems)


def test_the_pages_checked_include_the_readme_tour_and_examples():
    pages = named_pages()
    assert len(pages) >= 30
    for path in ("/catalog/models", "/catalog/models/google~2Fgemini-2-5-flash", "/charts",
                 "/catalog/search?q=多模态", "/catalog/claims_vs_references?verdict=differs"):
        assert path in pages, path
