"""Sources behind one interface: CometAPI through ``Source``, and a second source that is only
its own folder (tests/sources/example/) plus one registration line, scraped end to end."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from catalog.run.reading import read_and_normalize
from scrapers.fetch.localserver import serve_directory
from scrapers.sources import registry
from scrapers.sources.cometapi.urls import parse_model_url
from scrapers.sources.source import Source, load_source
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


def test_the_example_page_is_read_and_normalized_by_its_own_reader():
    html = (EXAMPLE_SITE / "m" / "acme" / "rocket-1" / "index.html").read_text()
    outcome = read_and_normalize(html, "https://prices.example/m/acme/rocket-1/",
                                 source=EXAMPLE)
    assert outcome.record is not None
    assert (outcome.record.provider, outcome.record.model, outcome.record.name) == (
        "acme", "rocket-1", "Rocket 1")
    assert {p.kind: p.usd for p in outcome.record.prices} == {
        "input": Decimal("1.25"), "output": Decimal("5")}


@pytest.mark.parametrize("workers", [0, 1])
def test_the_pipeline_scrapes_a_second_source_end_to_end(tmp_path, example_registered, workers):
    """The whole run (discovery, reader processes, storage) with nothing CometAPI's in it."""
    db = tmp_path / "catalog.db"
    with serve_directory(EXAMPLE_SITE) as url:
        result = run_scrape(url, db, source=EXAMPLE, host_aliases=EXAMPLE.hosts,
                            workers=workers, parallel_from=1 if workers else 64)
    assert result.status == "complete", result.reason
    with sqlite3.connect(db) as conn:
        models = conn.execute("SELECT id, name FROM models").fetchall()
        prices = dict(conn.execute("SELECT kind, usd_text FROM prices ORDER BY kind").fetchall())
    assert models == [("acme/rocket-1", "Rocket 1")]
    assert prices == {"input": "$1.25/M", "output": "$5/M"}
    assert result.counts["pages_skipped"] == 1  # /about/: not a model page by its URL rules
