"""The static "Claims vs references" page in a real headless Chromium: filtering by verdict and
source works from file:// (tests/test_browser.py owns the browser fixtures)."""

from __future__ import annotations

import shutil
import threading

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.publish.site import build_site
from tests.conftest import ROOT
from tests.test_browser import shot

pytestmark = pytest.mark.browser
REFS = ROOT / "tests" / "fixtures" / "references"


def test_claims_page_filters_by_verdict_and_source(page, scraped_db, tmp_path):
    db = tmp_path / "catalog.db"
    shutil.copy(scraped_db, db)
    args = ["crosscheck", "--db", str(db)]
    for name, file in (("cometapi", "cometapi_models.json"), ("litellm", "litellm.json"),
                       ("models.dev", "models_dev.json"), ("genai-prices", "genai_prices.json"),
                       ("openrouter", "openrouter.json")):
        args += ["--source", f"{name}={REFS / file}"]
    # Playwright's sync API runs an event loop in this thread; the crosscheck runs its own
    results = []
    worker = threading.Thread(target=lambda: results.append(CliRunner().invoke(cli, args)))
    worker.start()
    worker.join()
    assert results[0].exit_code == 0, results[0].output
    site = tmp_path / "_site"
    build_site(db, site)
    page.goto((site / "claims.html").as_uri())
    visible = "#claims tbody tr:not([hidden])"
    assert page.locator(visible).count() == 136
    page.select_option("form.table-filter select[data-filter=verdict]", "differs")
    assert page.locator(visible).count() == 14
    page.select_option("form.table-filter select[data-filter=source]", "openrouter")
    assert page.locator(visible).count() == 8
    assert page.locator("form.table-filter output").inner_text() == "8 of 136 rows"
    shot(page, "13-static-claims-filtered")
    page.locator(f"{visible} a", has_text="gpt-4-0314").first.click()
    page.wait_for_load_state()
    assert "openrouter (price): differs -20 %" in page.inner_text("#prices ~ .table-wrap")
