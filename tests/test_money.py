"""One price format (catalog/publish/money.py) on Datasette's pages and the static site."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.publish.money import SQL_FUNCTION, format_usd
from catalog.publish.site import fmt_usd
from catalog.storage.connection import connect


@pytest.mark.parametrize(("value", "text"), [
    (24, "$24"), (1.752, "$1.752"), (0.08, "$0.08"), (0, "$0"), (1752.5, "$1,752.5"),
    (0.0000015, "$0.0000015"), (0.0000024, "$0.0000024"), (2_500_000, "$2,500,000.00"),
    (123_456.78912345, "$123,456.7891"), (999_999.999999999, "$1,000,000"),
])
def test_a_price_reads_the_same_everywhere(value, text):
    assert format_usd(value) == text
    assert fmt_usd(value) == text


@pytest.mark.parametrize("value", [None, "", "24", True])
def test_an_unknown_price_is_no_text_and_the_static_site_shows_a_dash(value):
    assert format_usd(value) is None
    assert fmt_usd(value) == "—"


async def test_datasette_pages_format_prices_with_the_same_function(ds):
    response = await ds.client.get("/deprecations")
    assert response.status_code == 200
    html = response.text
    assert "$" in html
    await ds.invoke_startup()
    rendered = await ds.jinja_env.from_string(
        '{% import "_macros.html" as fmt %}{{ fmt.usd(1752.5) }}|{{ fmt.usd(None) }}'
    ).render_async()
    assert rendered == '$1,752.5|<span class="none">—</span>'


#: the values the SQL spellings are held to: tiny per-token prices, thousands, millions
EDGES = [0.0000024, 0.0000015, 1e-10, 0, 0.08, 0.3, 1.752, 24, 1752.5, 123_456.78912345,
         999_999.999999999, 2_500_000, 1_999_999.999, 0.1 + 0.2, 0.000123456789012]


@pytest.mark.parametrize("value", EDGES)
def test_sql_function_is_the_pages_formatter(value):
    """``catalog_money(usd)`` on a connection the project opens prints what the pages print;
    SQLite's own ``printf('%g')`` prints 2.4e-06."""
    conn = connect(":memory:")
    assert conn.execute(f"SELECT {SQL_FUNCTION}(?)", (value,)).fetchone()[0] == format_usd(value)
    assert conn.execute(f"SELECT {SQL_FUNCTION}(NULL)").fetchone()[0] is None


def test_price_of_0_0000024_in_sql_as_on_the_pages():
    conn = connect(":memory:")
    assert conn.execute(f"SELECT {SQL_FUNCTION}(0.0000024)").fetchone()[0] == "$0.0000024"
    assert conn.execute("SELECT printf('%g', 0.0000024)").fetchone()[0] == "2.4e-06"


@pytest.fixture(scope="module")
def view_db(tmp_path_factory, hand_db):
    """The hand-made catalog with one deprecated model left with one price."""
    path = tmp_path_factory.mktemp("money") / "catalog.db"
    shutil.copy(hand_db, path)
    conn = sqlite3.connect(path)
    model_id = conn.execute("SELECT model_id FROM deprecations WHERE model_id IN "
                            "(SELECT model_id FROM prices) LIMIT 1").fetchone()[0]
    keep = conn.execute("SELECT min(rowid) FROM prices WHERE model_id = ?",
                        (model_id,)).fetchone()[0]
    conn.execute("DELETE FROM prices WHERE model_id = ? AND rowid != ?", (model_id, keep))
    conn.commit()
    conn.close()
    return path, model_id, keep


def _view_text(view_db, value) -> str:
    """``deprecations.prices`` for a price of ``value``, read by a plain SQLite connection
    that has no application function at all."""
    path, model_id, rowid = view_db
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE prices SET usd = ? WHERE rowid = ?", (value, rowid))
        kind, unit = conn.execute("SELECT kind, unit FROM prices WHERE rowid = ?",
                                  (rowid,)).fetchone()
        (text,) = conn.execute("SELECT prices FROM deprecations WHERE model_id = ?",
                               (model_id,)).fetchone()
        conn.rollback()
        return text, f"{kind} {format_usd(value)}/{unit}"
    finally:
        conn.close()


@pytest.mark.parametrize("value", EDGES)
def test_the_view_spells_a_price_as_the_pages_do(view_db, value):
    text, expected = _view_text(view_db, value)
    assert text == expected


def test_deprecations_spells_its_replacements_prices_with_price_money(view_db):
    """``replacement_prices`` spells a price by the same view (``price_money``) as
    ``prices``: a replacement's price of 2.4e-06 reads $0.0000024, never an exponent."""
    path, model_id, rowid = view_db
    conn = sqlite3.connect(path)
    try:
        kind, unit = conn.execute("SELECT kind, unit FROM prices WHERE rowid = ?",
                                  (rowid,)).fetchone()
        conn.execute("UPDATE prices SET usd = 2.4e-06 WHERE rowid = ?", (rowid,))
        conn.execute("INSERT OR REPLACE INTO replacements (model_id, replacement_id, "
                     "replacement_model_id) VALUES (?, 'itself', ?)", (model_id, model_id))
        (text,) = conn.execute("SELECT replacement_prices FROM deprecations WHERE model_id = ?",
                               (model_id,)).fetchone()
        assert text == f"{model_id} {kind} $0.0000024/{unit}"
        conn.rollback()
    finally:
        conn.close()


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=0, max_value=5e6, allow_nan=False, allow_infinity=False)
       | st.decimals(min_value=0, max_value=100, places=8).map(float))
def test_the_view_and_the_function_agree_on_any_price(view_db, value):
    text, expected = _view_text(view_db, value)
    assert text == expected


def test_summary_and_canned_sql_use_the_function():
    """No ``printf('%g')`` of a price is left in the SQL the project runs."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for path in [root / "site" / "metadata.yml", root / "catalog/storage/summaries.py"]:
        text = path.read_text(encoding="utf-8")
        assert "printf('%.10g'" not in text and "printf('%g'" not in text, path


def test_the_sql_page_formats_a_price_as_the_pages_do():
    """sql.html registers catalog_money in the browser's SQLite (sql.js): its JavaScript
    gives the Python formatter's text for the same values, including ones that print with an
    exponent in either language (0.0000024) and from a million up."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = (Path(__file__).parent.parent / "site/static_site/assets/sql-page.js").read_text()
    start = script.index("  function catalogMoney(")
    body = script[start:script.index("  function run(", start)]
    values = [24, 0.08, 1752.5, 0.0000024, 1234567.891, 0.1 + 0.2, 2.5, 0, -5, 100000,
              999999.5, 0.00048, 1e-10, 123456.7891234, 3.3e-5, 12.000000001, 15.5e6]
    values += [random.Random(seed).uniform(0, 10 ** random.Random(seed).randint(-7, 7))
               for seed in range(200)]
    program = body + f"\nconsole.log(JSON.stringify({json.dumps(values)}.map(catalogMoney)));"
    out = subprocess.run([node, "-e", program], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [format_usd(v) for v in values]
