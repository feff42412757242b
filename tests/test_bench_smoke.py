"""The benchmark cannot rot: a tiny synthetic site (5 models × 2 locales) is generated, served
over real HTTP (nginx when installed, else Python's server) and scraped by the real pipeline;
every page must read with its exact expected values. Correctness only, no timing."""

from __future__ import annotations

import json
import random
import sqlite3

import pytest

from bench import run as bench_run
from bench import sitegen
from bench.servers import serve
from scrapers.cometapi.page import _PAIR, _pair_matches
from tests.conftest import run_scrape


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory):
    return sitegen.generate(tmp_path_factory.mktemp("bench-site"), n_models=5, n_locales=2)


def test_generated_pages_are_real_page_sized(tiny_site):
    sizes = [p.stat().st_size for p in tiny_site.root.rglob("index.html")]
    assert len(sizes) == 10
    assert all(100_000 <= s <= 310_000 for s in sizes), sizes


@pytest.mark.parametrize("nginx", [True, False])
def test_scrape_of_generated_site_reads_every_page_exactly(tmp_path, tiny_site, nginx):
    if nginx and not bench_run_nginx():
        pytest.skip("nginx is not installed (bash bench/setup.sh)")
    db = tmp_path / "catalog.db"
    with serve(tiny_site.root, prefer_nginx=nginx) as (url, _server):
        first = run_scrape(url, db)
        assert first.status == "complete", first.reason
        assert first.counts["pages_ok"] == tiny_site.pages
        again = run_scrape(url, db)
        assert again.counts["pages_unchanged"] == tiny_site.pages
        changed = sitegen.change(tiny_site, 0.1, version=1)
        third = run_scrape(url, db)
        assert third.counts["pages_ok"] == len(changed)
    conn = sqlite3.connect(db)
    for index in range(tiny_site.n_models):
        for locale in tiny_site.locales:
            expected = tiny_site.expected(index, locale)
            reading = json.loads(conn.execute("SELECT reading FROM pages WHERE url = ?",
                                              (expected["url"],)).fetchone()[0])
            assert {k: reading[k] for k in expected if k != "prices"} == {
                k: v for k, v in expected.items() if k != "prices"}
            assert [{k: p[k] for k in ("kind", "unit", "usd", "official_usd")}
                    for p in reading["prices"]] == expected["prices"]
    for index, locale in changed:  # restore, so the other parametrization sees version 0
        tiny_site.versions.pop((index, locale))
        path = tiny_site.root / sitegen.page_path(sitegen.model(index), locale).strip("/")
        (path / "index.html").write_text(sitegen.render(index, locale, tiny_site.n_models))
    sitegen.write_sitemaps(tiny_site)


def bench_run_nginx() -> bool:
    from bench.servers import nginx_binary
    return nginx_binary() is not None


def test_bench_quick_run_prints_the_table(tmp_path, capsys):
    """``python -m bench.run --quick`` end to end (without Scrapy, which may be absent)."""
    code = bench_run.main(["--quick", "--scales", "40", "--no-scrapy", "--no-write",
                           "--no-setup", "--read-sample", "10", "--repeat", "2", "--workdir",
                           str(tmp_path), "--python-server"])
    assert code == 0
    out = capsys.readouterr().out
    assert "read + normalize, pages/s per core" in out
    assert "Datasette models facet page" in out
    results = json.loads((tmp_path / "results.json").read_text())
    assert results[0]["full"]["pages_ok"] == 40
    assert results[0]["read"]["ours_correct"] == results[0]["read"]["pages"]


def test_fast_pair_scan_is_the_regex_scan():
    """The reader's linear-time pair scan finds exactly what ``_PAIR.finditer`` finds."""
    rng = random.Random(5)
    atoms = ["Input", "Output", ":", "：", "$", "US$", "US", "1", "24", "0.5", "/M", "K", " ",
             "  ", "\n", "|", "tokens", "word", "Context", "1,048,576", "-", "é", "\u00a0",
             "million", "/sec", ".", "8K", ";", "Ab"]
    for _ in range(20000):
        text = "".join(rng.choice(atoms) for _ in range(rng.choice([3, 10, 40, 120])))
        if rng.random() < 0.3:
            text = "lorem ipsum dolor " * rng.randint(1, 20) + text + " sit amet" * 3
        expected = [(m.span(), m.group("label"), m.group("value")) for m in _PAIR.finditer(text)]
        assert [(m.span(), m.group("label"), m.group("value"))
                for m in _pair_matches(text)] == expected, text
