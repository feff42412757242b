"""Sources behind one interface: CometAPI through ``Source``, and a second source that is only
its own folder (tests/sources/example/) plus one registration line, scraped end to end."""

from __future__ import annotations

import dataclasses
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from catalog.model.records import ModelRecord
from catalog.run import pipeline
from catalog.run.reading import read_and_normalize
from scrapers.fetch.localserver import serve_directory
from scrapers.sources import registry
from scrapers.sources.cometapi.urls import parse_model_url
from scrapers.sources.source import PageRef, Source, load_source
from tests.conftest import run_scrape
from tests.sources.example.source import SOURCE as EXAMPLE

EXAMPLE_SITE = Path(__file__).parent / "sources" / "example" / "site"


@pytest.fixture
def example_registered():
    registry.register(EXAMPLE)  # the one registration line a new source needs
    yield EXAMPLE
    registry.SOURCES.pop(EXAMPLE.name, None)


def test_cometapi_is_the_default_source_and_keeps_its_url_rules():
    source = registry.source_named(registry.DEFAULT_SOURCE)
    assert source.name == "cometapi"
    assert "www.cometapi.com" in source.hosts
    url = "https://www.cometapi.com/ko/models/openai/gpt-4o/"
    assert source.parse_model_url(url) == parse_model_url(url)
    assert source.parse_model_url("https://www.cometapi.com/blog/") is None


def test_a_reader_process_finds_a_source_again_by_its_module():
    assert load_source(EXAMPLE.module) is EXAMPLE
    with pytest.raises(AttributeError):
        load_source("scrapers.sources.source")  # a module without a SOURCE


def test_an_unknown_source_name_names_the_known_ones():
    with pytest.raises(KeyError, match="cometapi"):
        registry.source_named("nowhere")


def test_a_second_name_for_another_source_is_refused(example_registered):
    other = Source(**{**EXAMPLE.__dict__, "module": "elsewhere"})
    with pytest.raises(ValueError, match="already registered"):
        registry.register(other)


def test_a_second_id_namespace_or_a_malformed_one_is_refused(example_registered):
    other = dataclasses.replace(EXAMPLE, name="example2")
    with pytest.raises(ValueError, match="id_prefix 'example:' is already source 'example'"):
        registry.register(other)
    with pytest.raises(ValueError, match="neither empty nor a lower-case word ending in ':'"):
        dataclasses.replace(EXAMPLE, name="slashed", id_prefix="ex/")


def test_a_source_forms_the_model_ids_of_its_urls_in_its_namespace():
    url = "https://prices.example/m/openai/gpt-4-0314/"
    assert EXAMPLE.page_ref(url) == PageRef("en", "openai", "gpt-4-0314", "example:")
    assert EXAMPLE.page_ref(url).model_id == "example:openai/gpt-4-0314"
    cometapi = registry.source_named(registry.DEFAULT_SOURCE)
    assert cometapi.page_ref("https://www.cometapi.com/ko/models/openai/gpt-4-0314/"
                             ).model_id == "openai/gpt-4-0314"
    assert EXAMPLE.page_ref("https://prices.example/about/") is None


def test_the_example_page_is_read_and_normalized_by_its_own_reader():
    html = (EXAMPLE_SITE / "m" / "acme" / "rocket-1" / "index.html").read_text()
    outcome = read_and_normalize(html, "https://prices.example/m/acme/rocket-1/",
                                 source=EXAMPLE)
    assert outcome.record is not None
    assert (outcome.record.provider, outcome.record.model, outcome.record.name) == (
        "acme", "rocket-1", "Rocket 1")
    assert outcome.record.model_id == "example:acme/rocket-1"
    assert {p.kind: p.usd for p in outcome.record.prices} == {
        "input": Decimal("1.25"), "output": Decimal("5")}
    stored = outcome.record.to_json()
    assert (stored["provider"], stored["model_id"]) == ("acme", "example:acme/rocket-1")
    again = ModelRecord.from_json(stored)
    assert (again.id_prefix, again.model_id) == ("example:", "example:acme/rocket-1")


@pytest.mark.parametrize("workers", [0, 1])
def test_the_pipeline_scrapes_a_second_source_end_to_end(tmp_path, example_registered, workers):
    """The whole run (discovery, reader processes, storage) with nothing CometAPI's in it."""
    db = tmp_path / "catalog.db"
    with serve_directory(EXAMPLE_SITE) as url:
        result = run_scrape(url, db, source=EXAMPLE, host_aliases=EXAMPLE.hosts,
                            workers=workers)
    assert result.status == "complete", result.reason
    with sqlite3.connect(db) as conn:
        models = conn.execute("SELECT id, name FROM models").fetchall()
        prices = dict(conn.execute("SELECT kind, usd_text FROM prices WHERE model_id = "
                                   "'example:acme/rocket-1' ORDER BY kind").fetchall())
        sources = conn.execute("SELECT source_name, count(*) FROM pages GROUP BY 1").fetchall()
    assert models == [("example:acme/rocket-1", "Rocket 1"),
                      ("example:openai/gpt-4-0314", "GPT-4 0314 (example)")]
    assert prices == {"input": "$1.25/M", "output": "$5/M"}
    assert sources == [("example", 2)]
    assert result.counts["pages_skipped"] == 1  # /about/: not a model page by its URL rules


#: CometAPI's rows in every table a scrape writes: its pages and models by their source, and
#: what hangs off them by their model or page (a row the example source took over would
#: change its source_name and be missing here)
COMETAPI_ROWS = {
    "models": "source_name = 'cometapi'",
    "pages": "source_name = 'cometapi'",
    **{table: "model_id IN (SELECT id FROM models WHERE source_name = 'cometapi')" for table in (
        "prices", "price_history", "lifecycle_history", "evidence", "replacements",
        "page_prices", "model_overview", "price_disagreements", "replacement_links")},
    "cards": "page_url IN (SELECT url FROM pages WHERE source_name = 'cometapi')",
    "findings": "url IN (SELECT url FROM pages WHERE source_name = 'cometapi') OR "
                "model_id IN (SELECT id FROM models WHERE source_name = 'cometapi')",
}


def cometapi_rows(db: Path, *, row_ids: bool = True) -> dict[str, list[tuple]]:
    """Every column of CometAPI's rows; without ``row_ids``, not what depends on the order in
    which concurrent fetches finished, so two scrapes of one site may differ in it: the ``id``
    counters of the append-only tables (findings, history), and which of the pages linking to
    a missing page a ``missing_page`` finding is recorded on (the one read first)."""
    out = {}
    with sqlite3.connect(db) as conn:
        for table, where in COMETAPI_ROWS.items():
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                       if row_ids or table == "models" or r[1] != "id"]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {where}"
                                ).fetchall()
            if table == "findings" and not row_ids:
                url, kind = columns.index("url"), columns.index("kind")
                rows = [tuple("a page linking to it" if i == url and row[kind] == "missing_page"
                              else value for i, value in enumerate(row)) for row in rows]
            out[table] = sorted(rows, key=repr)
    return out


def test_a_second_source_page_of_a_cometapi_model_is_a_row_of_its_own(
        tmp_path, example_registered, snapshot_url, monkeypatch):
    """CometAPI's snapshot and the example site, which also has a page for
    openai/gpt-4-0314, scraped into one catalog: two models apart, each with its own prices
    and source, and CometAPI's rows exactly what a CometAPI-only scrape writes."""
    clock = {"now": "2026-11-21T10:00:00+00:00"}
    monkeypatch.setattr(pipeline, "_now", lambda: clock["now"])
    alone, both = tmp_path / "alone" / "catalog.db", tmp_path / "both" / "catalog.db"
    for db in (alone, both):
        assert run_scrape(snapshot_url, db).status == "complete"
    before = cometapi_rows(both)
    clock["now"] = "2026-11-22T10:00:00+00:00"  # a later run, so a row it rewrote would show
    with serve_directory(EXAMPLE_SITE) as url:
        result = run_scrape(url, both, source=EXAMPLE, host_aliases=EXAMPLE.hosts)
    assert result.status == "complete", result.reason

    assert cometapi_rows(both) == before  # byte for byte, row counters too
    expected = cometapi_rows(alone, row_ids=False)
    assert len(expected["models"]) == 11 and len(expected["findings"]) == 42
    assert cometapi_rows(both, row_ids=False) == expected
    with sqlite3.connect(both) as conn:
        models = conn.execute(
            "SELECT id, provider, slug, name, source, source_name, missing_since FROM models "
            "WHERE slug = 'gpt-4-0314' ORDER BY id").fetchall()
        prices = conn.execute(
            "SELECT model_id, kind, usd, usd_text FROM prices WHERE model_id LIKE "
            "'%openai/gpt-4-0314' ORDER BY model_id, kind").fetchall()
        runs = conn.execute("SELECT id, source_name, status FROM runs ORDER BY id").fetchall()
        provider = conn.execute("SELECT name FROM providers WHERE slug = 'openai'").fetchone()
        example_pages = conn.execute("SELECT url, model_id FROM pages WHERE source_name = "
                                     "'example' ORDER BY url").fetchall()
    assert models == [
        ("example:openai/gpt-4-0314", "openai", "gpt-4-0314", "GPT-4 0314 (example)", "page",
         "example", None),
        ("openai/gpt-4-0314", "openai", "gpt-4-0314", "gpt-4-0314", "page", "cometapi", None)]
    assert prices == [("example:openai/gpt-4-0314", "input", 27, "$27/M"),
                      ("example:openai/gpt-4-0314", "output", 54, "$54/M"),
                      ("openai/gpt-4-0314", "input", 24, "$24/M"),
                      ("openai/gpt-4-0314", "output", 48, "$48/M")]
    assert runs == [(1, "cometapi", "complete"), (2, "example", "complete")]
    assert provider == ("OpenAI",)  # the example's "Openai" does not rename CometAPI's
    assert example_pages == [  # /about/ is skipped by its URL, never stored
        ("https://prices.example/m/acme/rocket-1/", "example:acme/rocket-1"),
        ("https://prices.example/m/openai/gpt-4-0314/", "example:openai/gpt-4-0314")]
