"""Sources behind one interface: CometAPI through ``Source``, and a second source that is a
package of its own (tests/sources/example/), found by its entry point once installed and
scraped end to end (tests/test_source_plugin.py does it from a virtualenv, by the CLI)."""

from __future__ import annotations

import dataclasses
import sqlite3
from decimal import Decimal
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

import pytest

from catalog.model.records import ModelRecord
from catalog.run import pipeline
from catalog.run.normalized_page import read_and_normalize
from scrapers.fetch.localserver import serve_directory
from scrapers.sources import registry
from scrapers.sources.cometapi.source import SOURCE as COMETAPI
from scrapers.sources.cometapi.urls import parse_model_url
from scrapers.sources.source import PageRef, load_source
from tests.conftest import EXAMPLE_MODULE, EXAMPLE_SITE, run_scrape

#: sources the entry-point tests below point at (``tests.test_sources:<name>``)
SECOND_COMETAPI = dataclasses.replace(COMETAPI, name="second", id_prefix="second:")
SAME_PREFIX = dataclasses.replace(COMETAPI, name="same-prefix")
NOT_A_SOURCE = "a string"


def _points(*pairs: tuple[str, str]) -> list[EntryPoint]:
    return [EntryPoint(name, value, registry.ENTRY_POINT_GROUP) for name, value in pairs]


def test_cometapi_is_the_default_source_and_keeps_its_url_rules():
    source = registry.source_named(registry.DEFAULT_SOURCE)
    assert source.name == "cometapi"
    assert "www.cometapi.com" in source.hosts
    url = "https://www.cometapi.com/ko/models/openai/gpt-4o/"
    assert source.parse_model_url(url) == parse_model_url(url)
    assert source.parse_model_url("https://www.cometapi.com/blog/") is None


def test_cometapi_is_installed_through_its_entry_point():
    """The project's own pyproject.toml registers CometAPI in the group, as any package would."""
    points = entry_points(group=registry.ENTRY_POINT_GROUP)
    assert [p.value for p in points if p.name == "cometapi"] == [
        "scrapers.sources.cometapi.source:SOURCE"]
    assert registry.source_named("cometapi") is COMETAPI
    assert "example" not in registry.source_names()  # installed only by the fixture below


def test_the_example_source_is_found_by_its_entry_point_once_installed(example_installed):
    assert registry.source_names() == ["cometapi", "example"]
    assert example_installed.name == "example"
    assert example_installed.module == EXAMPLE_MODULE
    assert registry.source_named("cometapi") is COMETAPI


def test_a_reader_process_finds_a_source_again_by_its_module(example_installed):
    assert load_source(example_installed.module) is example_installed
    with pytest.raises(AttributeError):
        load_source("scrapers.sources.source")  # a module without a SOURCE


def test_an_unknown_source_name_names_the_installed_ones():
    with pytest.raises(registry.SourceError, match=r"no source named 'nowhere' is installed "
                                                   r"\(installed sources: cometapi;"):
        registry.source_named("nowhere")


def test_two_sources_of_one_name_or_one_id_namespace_are_refused_by_name():
    """Neither is used (which would win is the order packages were installed), the other
    sources still are, and asking for the refused one says why in one line."""
    installed = registry.load_sources(_points(
        ("cometapi", "scrapers.sources.cometapi.source:SOURCE"),
        ("second", "tests.test_sources:SECOND_COMETAPI"),
        ("same-prefix", "tests.test_sources:SAME_PREFIX"),
        ("twice", "tests.test_sources:SECOND_COMETAPI"),
        ("broken", "tests.no_such_module:SOURCE"),
        ("string", "tests.test_sources:NOT_A_SOURCE")))
    assert sorted(installed.sources) == ["cometapi", "second"]
    assert installed.problems == {
        "same-prefix": "its id_prefix '' is already source 'cometapi''s",
        "twice": "tests.test_sources:SECOND_COMETAPI is the source 'second', registered "
                 "under 'twice'",
        "broken": "its package failed to load (tests.no_such_module:SOURCE: "
                  "ModuleNotFoundError: No module named 'tests.no_such_module')",
        "string": "tests.test_sources:NOT_A_SOURCE is not a Source"}
    assert installed.names() == ["broken", "cometapi", "same-prefix", "second", "string",
                                 "twice"]
    with pytest.raises(ValueError, match="neither empty nor a lower-case word ending in ':'"):
        dataclasses.replace(COMETAPI, name="slashed", id_prefix="ex/")


def test_a_source_forms_the_model_ids_of_its_urls_in_its_namespace(example_installed):
    EXAMPLE = example_installed
    url = "https://prices.example/m/openai/gpt-4-0314/"
    assert EXAMPLE.page_ref(url) == PageRef("en", "openai", "gpt-4-0314", "example:")
    assert EXAMPLE.page_ref(url).model_id == "example:openai/gpt-4-0314"
    cometapi = registry.source_named(registry.DEFAULT_SOURCE)
    assert cometapi.page_ref("https://www.cometapi.com/ko/models/openai/gpt-4-0314/"
                             ).model_id == "openai/gpt-4-0314"
    assert EXAMPLE.page_ref("https://prices.example/about/") is None


def test_the_example_page_is_read_and_normalized_by_its_own_reader(example_installed):
    EXAMPLE = example_installed
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


def test_the_pipeline_scrapes_a_second_source_end_to_end(tmp_path, example_installed):
    """The whole run (discovery, reading, storage) with nothing CometAPI's in it. Reader
    processes import the source in a process of their own: tests/test_source_plugin.py runs
    them from a virtualenv the package is installed in."""
    EXAMPLE = example_installed
    db = tmp_path / "catalog.db"
    with serve_directory(EXAMPLE_SITE) as url:
        result = run_scrape(url, db, source=EXAMPLE, host_aliases=EXAMPLE.hosts)
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
        tmp_path, example_installed, snapshot_url, monkeypatch):
    """CometAPI's snapshot and the example site, which also has a page for
    openai/gpt-4-0314, scraped into one catalog: two models apart, each with its own prices
    and source, and CometAPI's rows exactly what a CometAPI-only scrape writes."""
    clock = {"now": "2026-11-21T10:00:00+00:00"}
    monkeypatch.setattr(pipeline, "_now", lambda: clock["now"])
    alone, both = tmp_path / "alone" / "catalog.db", tmp_path / "both" / "catalog.db"
    for db in (alone, both):
        assert run_scrape(snapshot_url, db).status == "complete"
    EXAMPLE = example_installed
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


def test_cometapi_warm_up_page_is_its_own_and_reads_as_a_model_page():
    """The page reader processes read before they fork (catalog/run/reader_warmup.py) is the
    source's, and exercises prices, limits and lifecycle: a reader of it finds them all."""
    url, html = COMETAPI.warmup_page
    assert COMETAPI.page_ref(url) is not None
    outcome = read_and_normalize(html.encode(), url, source=COMETAPI)
    assert outcome.record is not None
    prices = {p.kind: p.usd for p in outcome.record.prices}
    assert (prices["input"], prices["output"]) == (Decimal("2"), Decimal("8"))
    assert (outcome.record.context_window, outcome.record.max_output_tokens) == (128000, 16384)
    assert outcome.record.status == "deprecated"


def test_the_sellers_name_in_prose_is_the_sources_own_not_cometapis():
    """Which figure of a sentence is the seller's own price is told by the names the source's
    reader gives (``PageReading.seller_names``), not by the word "comet" in the normalizer."""
    from catalog.meaning.normalize import normalize
    from scrapers.reading.page_reading import PageReading

    ref = PageRef("en", "acme", "rocket-1", "acme:")
    sentence = ("Through Acme Cloud you pay $2 per million input tokens and $8 per million "
                "output tokens.")

    def prices(seller_names: tuple[str, ...], text: str = sentence) -> dict[str, Decimal]:
        reading = PageReading(url="https://acme.example/m/acme/rocket-1/", ref=ref,
                              is_model_page=True, name="Rocket 1", passages=[text],
                              seller_names=seller_names)
        return {p.kind: p.usd for p in normalize(reading, id_prefix="acme:").prices}

    assert prices(("acme",)) == {"input": Decimal("2"), "output": Decimal("8")}
    assert prices(()) == {}  # a page whose seller has no name: no price taken from prose
    assert prices(("acme",), sentence.replace("Acme Cloud", "CometAPI")) == {}


def test_the_shared_vocabulary_names_no_seller_and_cometapi_adds_its_own_words():
    """CometAPI's name in its price column's header ("Comet Price", "cometapi 가격") is its
    package's (scrapers/sources/cometapi/seller.py), added through the entry-point group
    comet_catalog.label_words; the language files keep only words any seller may use."""
    from scrapers.reading import labels
    from scrapers.reading.vocabulary import (
        DATA_DIR,
        LABEL_WORDS_GROUP,
        build,
        load_language,
        normalize_label,
        source_label_words,
    )

    brand = ("comet", "코멧", "كوميت", "کامت", "कॉमेट", "קומט")
    for path in sorted(DATA_DIR.glob("*.json")):
        text = path.read_text(encoding="utf-8").casefold()
        assert not any(word in text for word in brand), path.name
    points = entry_points(group=LABEL_WORDS_GROUP)
    assert [p.value for p in points if p.name == "cometapi"] == [
        "scrapers.sources.cometapi.seller:LABEL_WORDS"]
    added = source_label_words()
    assert {"comet price", "cometapi 가격", "preis bei comet"} <= set(added["seller_price"])
    shared = build({p.stem: load_language(p) for p in DATA_DIR.glob("*.json")})
    assert shared.label_index.get(normalize_label("Comet Price")) is None
    assert shared.label_index[normalize_label("Our price")] == "seller_price"
    assert labels.column_meaning("Comet Price (USD / M Tokens)") == "seller_price"
    assert labels.meaning_of("CometAPI 가격") == "seller_price"


def test_catalog_scrape_and_parse_take_an_installed_source_by_name(example_installed, tmp_path):
    """``--source`` names an installed source; another name is one line and exit 64 (bad
    usage), before any catalog is opened."""
    from click.testing import CliRunner

    from catalog.cli import cli

    page = EXAMPLE_SITE / "m" / "acme" / "rocket-1" / "index.html"
    parsed = CliRunner().invoke(cli, ["parse", "--source", "example", "--url",
                                      "https://prices.example/m/acme/rocket-1/", str(page)])
    assert parsed.exit_code == 0, parsed.output
    assert '"model_id": "example:acme/rocket-1"' in parsed.output
    for command in (["scrape", "--db", str(tmp_path / "catalog.db")],
                    ["parse", "--url", "https://prices.example/m/acme/rocket-1/", str(page)]):
        refused = CliRunner().invoke(cli, [*command, "--source", "nowhere"])
        assert refused.exit_code == 64, refused.output
        assert refused.output.count("\n") == 1
        assert ("no source named 'nowhere' is installed (installed sources: cometapi, "
                "example;") in refused.output
    assert not (tmp_path / "catalog.db").exists()


def test_without_the_projects_own_entry_point_the_error_says_to_reinstall(monkeypatch):
    """A checkout whose installed metadata predates the entry points finds no cometapi: the
    line says what to do rather than only that it is missing."""
    monkeypatch.setattr(registry, "installed", lambda: registry.load_sources([]))
    with pytest.raises(registry.SourceError, match=r"entry points are missing; reinstall it "
                                                   r"\(make install or pip install -e \.\)"):
        registry.source_named("cometapi")
