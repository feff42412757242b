"""The benchmark cannot rot: a tiny synthetic site (5 models × 2 locales) is generated, served
over real HTTP (nginx when installed, else Python's server) and scraped by the real pipeline;
every page must read with its exact expected values. Correctness only, no timing."""

from __future__ import annotations

import ast
import json
import sqlite3
from pathlib import Path

import pytest

from bench import run as bench_run
from bench import sitegen
from bench.servers import serve
from scrapers.reading import labels
from tests.conftest import run_scrape


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory):
    return sitegen.generate(tmp_path_factory.mktemp("bench-site"), n_models=5, n_locales=2)


@pytest.mark.parametrize("locale", sorted(sitegen.LOCALES))
def test_the_reader_knows_every_word_of_the_bench_s_own_list(locale):
    """The bench writes its pages from its own word list, not the reader's vocabulary; the
    reader must still read each of its labels as what it stands for (two lists that agree)."""
    w = sitegen.LOCALES[locale]
    for word, meaning in ((w.input, "input"), (w.output, "output"),
                          (w.per_second, "per_second"), (w.context, "context"),
                          (w.max_output, "max_output"), (w.commercial, "commercial_use"),
                          (w.new, "new")):
        assert labels.meaning_of(word) == meaning, f"{locale}: {word!r}"


def test_the_bench_does_not_borrow_the_reader_s_words():
    tree = ast.parse(Path(sitegen.__file__).read_text())
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.split(".")[0] in ("scrapers", "catalog")}


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


@pytest.mark.slow
def test_bench_quick_run_prints_the_table(tmp_path, capsys):
    """``python -m bench.run --quick`` end to end (without Scrapy, which may be absent), and
    without touching the committed bench/RESULTS.md (no ``--write``)."""
    before = bench_run.RESULTS.read_bytes()
    code = bench_run.main(["--quick", "--scales", "40", "--no-scrapy",
                           "--no-setup", "--read-sample", "10", "--repeat", "2", "--workdir",
                           str(tmp_path), "--python-server"])
    assert code == 0
    assert bench_run.RESULTS.read_bytes() == before  # --quick writes RESULTS.md only if asked
    out = capsys.readouterr().out
    assert "read + normalize, pages/s per core" in out
    assert "Datasette models facet page" in out
    results = json.loads((tmp_path / "results.json").read_text())
    assert results[0]["full"]["pages_ok"] == 40
    assert results[0]["read"]["ours_correct"] == results[0]["read"]["pages"]
    assert results[0]["read"]["ours_pps_warm"] > 0  # the warm figure beside the cold one
    assert results[0]["read"]["ours_pps_cpu"] > 0  # and the cold one by CPU time
    assert "by the process's CPU time" in out
    assert "pages/s per core, warm" in out


def test_emptying_the_text_caches_keeps_the_one_time_loads():
    """``bench.common.empty_text_caches`` empties the caches keyed by page texts (bounded
    ``lru_cache``) and keeps what a reader process loads once (unbounded ``cache``): the warm
    figure of ``bench.run`` reads pages that no cache has seen, in a process that has loaded."""
    from bench.common import empty_text_caches
    from catalog.meaning import prose
    from scrapers.reading import grammar

    grammar.may_start_size("Context 128K")
    prose.has_word("context_words", "a 128K context window")
    loaded = prose._ascii_words.cache_info().currsize
    assert grammar.may_start_size.cache_info().currsize > 0
    assert empty_text_caches() > 10
    assert grammar.may_start_size.cache_info().currsize == 0
    assert prose._scan.cache_info().currsize == 0
    assert prose._ascii_words.cache_info().currsize == loaded > 0


def test_the_serving_load_bench_runs_on_a_catalog_of_large_pages(tmp_path):
    """`bench.large_pages` writes its catalog through the store, and `bench.serve_load` serves
    it with a real `catalog serve --public`, sends every path it knows, and stops it with
    SIGTERM. Correctness only: every request has an answer and the server ends."""
    from bench import large_pages, serve_load

    db = large_pages.build(tmp_path / "catalog.db", pages=3, size=200_000, unspaced=1)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), max(length(description)) FROM pages").fetchone(
            ) == (3, 200_000)
    result = serve_load.measure(db, requests=len(serve_load.PATHS), public=True, timeout=60,
                                clients=4)
    assert "None" not in result["statuses"]  # "None": a request without an answer
    assert set(result["paths"]) == set(serve_load.PATHS)
    assert result["paths"]["/catalog/pages.json?_size=max"]["statuses"] == ["400"]
    assert result["search_after_load"][0] == 200
    assert result["sigterm_exit_s"] is not None and result["rss_peak_mb"] > 0
