"""sql.html and calculator.html in a real headless Chromium, on the demo's built site served over
HTTP on 127.0.0.1 (sql.js downloads the database with fetch(), which a file:// page cannot).

- every example of sql.html (the canned queries that need no server) gives the same rows in the
  browser as Datasette gives for the same query and parameters on the same catalog;
- a user's query from the URL runs, its columns carry units, it sorts and exports as CSV;
- a typo in SQL gives a message; a write is refused (the database is opened read-only);
- sql.js loaded from another URL (``catalog site --sqljs-url``) works the same;
- the calculator's inputs in the URL give, for a model, the cost computed here from the db;
- no page logs a console error.
"""

from __future__ import annotations

import asyncio
import csv
import functools
import io
import json
import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlencode

import pytest

from catalog.publish import serve, site_calculator, site_sql
from catalog.publish.serve import canned_queries
from catalog.publish.site import build_site
from scrapers.fetch.localserver import serving

pytestmark = pytest.mark.browser

SQLJS_DIST = serve.site_dir() / "vendor" / "node_modules" / "sql.js" / "dist"


class _Handler(SimpleHTTPRequestHandler):
    """A static host: files with their types (WebAssembly included), CORS for the sql.js
    folder (a CDN sends it too), and no log lines."""

    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm",
        ".db": "application/vnd.sqlite3"}
    cors = False

    def end_headers(self) -> None:
        if self.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def do_GET(self) -> None:
        if self.path == "/favicon.ico":  # the browser asks for it on its own; the site has none
            self.send_response(204)
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, *args) -> None:
        pass


@contextmanager
def served(root: Path, cors: bool = False) -> Iterator[str]:
    handler = functools.partial(type("H", (_Handler,), {"cors": cors}), directory=str(root))
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), handler)) as url:
        yield url


@pytest.fixture(scope="module")
def site(demo_db, tmp_path_factory) -> Path:
    if not site_sql.sqljs_files(serve.site_dir()):
        pytest.skip("sql.js is not installed: run make install (npm ci in site/vendor)")
    out = tmp_path_factory.mktemp("sql-site") / "_site"
    build_site(demo_db, out)
    return out


@pytest.fixture(scope="module")
def base(site) -> Iterator[str]:
    with served(site) as url:
        yield url


def open_sql(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-sql-ready]", timeout=30_000)


def shown(page) -> tuple[list[str], list[list]]:
    """The result table as shown: its columns and each row's raw values, in order."""
    columns = page.locator("#sql-result thead th").evaluate_all(
        "ths => ths.map(th => th.dataset.column)")
    rows = page.locator("#sql-result tbody tr").evaluate_all(
        "trs => trs.map(tr => Array.from(tr.cells, td => JSON.parse(td.dataset.value)))")
    return columns, rows


def datasette_rows(db: Path, queries: list[tuple[str, dict[str, str]]]
                   ) -> dict[str, tuple[list[str], list[list]]]:
    """Each canned query as Datasette answers it (datasette.client on the catalog's own
    set-up), run in a thread of its own: Playwright's loop runs in this one."""
    ds = serve.build_datasette(db)

    async def fetch_all():
        answers = {}
        for name, params in queries:
            response = await ds.client.get(f"/catalog/{name}.json?{urlencode(params)}")
            assert response.status_code == 200, response.text
            answer = response.json()
            answers[name] = (answer["columns"], [list(row) for row in answer["rows"]])
        return answers

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, fetch_all()).result()


def test_every_example_gives_datasettes_rows(page, base, site, demo_db):
    queries = canned_queries()
    examples = site_sql.examples(site / "catalog-lite.db", queries)
    names = [e.name for e in examples]
    # the canned queries a browser cannot run are those over page text or with our functions
    assert {"search", "coverage", "cheapest_with_context"}.isdisjoint(names)
    assert {"models_overview", "discounts", "deprecation_list", "claims_vs_references",
            "model_claims", "price_changes_since"} <= set(names)
    expected = datasette_rows(demo_db, [(e.name, e.params) for e in examples])
    open_sql(page, f"{base}/sql.html")
    compared = 0
    for example in examples:
        page.click(f"a.sql-example[data-example='{example.name}']")
        page.wait_for_function(
            "sql => document.getElementById('sql-text').value === sql", arg=example.sql)
        columns, rows = shown(page)
        expected_columns, expected_rows = expected[example.name]
        assert columns == expected_columns, example.name
        assert rows == expected_rows, example.name
        assert page.locator("#sql-error").is_hidden(), example.name
        compared += bool(rows)
    assert compared >= len(examples) - 2  # nearly every example has rows to compare


def test_a_users_query_from_the_url_sorts_shows_units_and_exports(page, base, site):
    sql = ("select model_id, kind, context_window, input_usd, output_usd from model_prices_wide"
           " where context_window >= :min_context and output_usd is not null"
           " order by output_usd, model_id")
    open_sql(page, f"{base}/sql.html?" + urlencode({"sql": sql, "p.min_context": "100000"}))
    page.wait_for_selector("#sql-result tbody tr")
    columns, rows = shown(page)
    lite = sqlite3.connect(site / "catalog-lite.db")
    expected = [list(r) for r in lite.execute(sql, {"min_context": "100000"})]
    assert columns == ["model_id", "kind", "context_window", "input_usd", "output_usd"]
    assert rows == expected and len(rows) >= 2
    # units: a price per 1M tokens, a context in tokens
    header = page.locator("#sql-result thead th[data-column=output_usd]").inner_text()
    assert "$ /1M tokens" in header
    first = page.locator("#sql-result tbody tr").first
    assert first.locator("td").nth(4).inner_text().startswith("$")
    assert first.locator("td").nth(4).inner_text().endswith("/1M tokens")
    # sort by input price, descending: click twice
    button = page.locator("#sql-result thead th[data-column=input_usd] button")
    button.click()
    button.click()
    _, sorted_rows = shown(page)
    prices = [r[3] for r in sorted_rows if r[3] is not None]
    assert prices == sorted(prices, reverse=True) and sorted_rows != rows
    # CSV of what is shown, in the order shown
    with page.expect_download() as download:
        page.click("#sql-csv")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == columns
    assert [row[0] for row in table[1:]] == [r[0] for r in sorted_rows]
    # the URL keeps the query: a new run of another query rewrites it
    page.fill("#sql-text", "select count(*) as n from models")
    page.click("#sql-run")
    page.wait_for_function("() => location.search.includes('count')")
    assert "select+count" in page.url or "select%20count" in page.url
    assert shown(page)[1] == [[lite.execute("select count(*) from models").fetchone()[0]]]


def test_a_typo_gives_a_message(page, base):
    open_sql(page, f"{base}/sql.html")
    page.fill("#sql-text", "selec * from models")
    page.click("#sql-run")
    error = page.locator("#sql-error")
    error.wait_for(state="visible")
    assert "SQL error" in error.inner_text() and "syntax error" in error.inner_text()
    assert page.locator("#sql-result").is_hidden()


@pytest.mark.parametrize("statement", [
    "delete from models",
    "update prices set usd = 0",
    "create table mine (x)",
    "pragma query_only = 0; delete from models",
])
def test_a_write_is_refused(page, base, site, statement):
    total = sqlite3.connect(site / "catalog-lite.db").execute(
        "select count(*) from models").fetchone()[0]
    open_sql(page, f"{base}/sql.html")
    page.fill("#sql-text", f"{statement}; select count(*) as n from models")
    page.click("#sql-run")
    error = page.locator("#sql-error")
    error.wait_for(state="visible")
    assert error.inner_text().startswith("Refused: the catalog is opened read-only")
    page.fill("#sql-text", "select count(*) as n from models")
    page.click("#sql-run")
    page.wait_for_selector("#sql-result tbody tr")
    assert shown(page)[1] == [[total]]


def test_sqljs_from_a_url(page, demo_db, tmp_path):
    if not site_sql.sqljs_files(serve.site_dir()):
        pytest.skip("sql.js is not installed: run make install")
    with served(SQLJS_DIST, cors=True) as cdn:
        out = tmp_path / "_site"
        build_site(demo_db, out, sqljs_url=f"{cdn}/")
        assert not (out / "assets" / "vendor" / "sqljs").exists()  # nothing copied
        with served(out) as base:
            open_sql(page, f"{base}/sql.html?" + urlencode({"sql": "select 40 + 2 as n"}))
            page.wait_for_selector("#sql-result tbody tr")
            assert shown(page) == (["n"], [[42]])


def test_calculator_inputs_in_the_url_give_the_cost_computed_from_the_db(page, base, demo_db):
    conn = sqlite3.connect(demo_db)
    conn.row_factory = sqlite3.Row
    job = {"input": 2_000_000.0, "output": 500_000.0}
    models = site_calculator.rows(conn)
    priced = [m for m in models if site_calculator.job_cost(m, job) is not None]
    assert priced, "the demo has token-priced models"
    model = max(priced, key=lambda m: site_calculator.job_cost(m, job))
    # computed here directly from the prices table, not through the module's own helper
    prices = {r["kind"]: r["usd"] for r in conn.execute(
        "select kind, usd from prices where model_id = ? and tier = ''", (model["model_id"],))}
    expected = 2 * prices["input"] + 0.5 * prices["output"]
    page.goto(f"{base}/calculator.html?input=2000000&output=500000&sort=5.desc")
    page.wait_for_selector("body[data-calculator-ready]")
    row = page.locator(f"tr[data-model='{model['model_id']}']")
    value = float(row.locator("td.cost").get_attribute("data-value"))
    assert value == pytest.approx(expected, rel=1e-12)
    assert row.locator("td.cost").inner_text().startswith("$")
    # sorted by cost, most expensive first, as the URL asked
    visible = page.locator("#calc-table tbody tr:not([hidden])")
    assert visible.first.get_attribute("data-model") == model["model_id"]
    assert visible.count() == len(priced)
    # a filter by kind hides the others and goes into the URL
    kinds = {m["kind"] for m in priced if m["kind"]}
    kind = sorted(kinds)[0]
    page.select_option("select[name=kind]", kind)
    page.wait_for_function("k => location.search.includes('kind=' + k)", arg=kind)
    shown_kinds = visible.evaluate_all("rows => rows.map(r => r.dataset.kind)")
    assert shown_kinds and set(shown_kinds) == {kind}
    # a minimum context, written as people write it, hides the smaller windows
    page.select_option("select[name=kind]", "")
    page.fill("input[name=context]", "1M")
    page.wait_for_function("() => location.search.includes('context=1M')")
    contexts = visible.evaluate_all("rows => rows.map(r => Number(r.dataset.context))")
    assert contexts and min(contexts) >= 1_000_000
    assert len(contexts) < len(priced)
    page.fill("input[name=context]", "lots")
    assert "128k" in page.locator("#calc-error").inner_text()
    page.fill("input[name=context]", "")
    page.select_option("select[name=kind]", kind)
    # the URL as it now stands gives the same page
    url = page.url
    page.goto(url)
    page.wait_for_selector("body[data-calculator-ready]")
    assert page.locator("select[name=kind]").input_value() == kind
    assert json.loads(json.dumps(visible.count())) == len(shown_kinds)
