"""What `catalog site` writes beside its pages: catalog-lite.db and api/v1 (catalog/publish/
site_extras.py), on the demo catalog (two snapshots and the five references, as `make demo`).

The browser side of sql.html and calculator.html is tests/test_site_sql_browser.py.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from catalog.publish import site_api, site_calculator, site_lite, site_sql
from catalog.publish.serve import canned_queries
from catalog.publish.site import build_site


@pytest.fixture(scope="module")
def site(demo_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("extras") / "_site"
    build_site(demo_db, out)
    return out


def tables(db: Path) -> dict[str, set[str]]:
    conn = sqlite3.connect(db)
    try:
        found: dict[str, set[str]] = {}
        for kind, name in conn.execute("SELECT type, name FROM sqlite_master"):
            found.setdefault(kind, set()).add(name)
        return found
    finally:
        conn.close()


# ------------------------------------------------------------------ catalog-lite.db

def test_the_lite_catalog_has_the_price_tables_and_no_page_text(site, demo_db):
    lite = site / "catalog-lite.db"
    found = tables(lite)
    assert {"models", "providers", "prices", "price_history", "lifecycle_history",
            "replacements", "crosschecks", "reference_models", "findings",
            "model_overview"} <= found["table"]
    assert {"deprecations", "price_comparison", "changes", "model_prices_wide"} <= found["view"]
    # no page bodies, no search index, no cards: what makes the catalog large
    assert not {"pages", "pages_fts", "pages_fts_trigram", "pages_searched", "cards",
                "catalog_entries"} & (found["table"] | found.get("view", set()))
    assert not found.get("trigger")
    # every row of the copied tables, as in the catalog
    full, slim = sqlite3.connect(demo_db), sqlite3.connect(lite)
    for table in ("models", "prices", "price_history", "lifecycle_history", "crosschecks"):
        assert (slim.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
                == full.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()), table
    assert lite.stat().st_size < demo_db.stat().st_size
    # a reference's entries: those matched to a model or compared, not the rest of its list
    kept = ("SELECT count(*) FROM reference_models t WHERE t.model_id IS NOT NULL OR EXISTS"
            " (SELECT 1 FROM crosschecks c WHERE c.source = t.source"
            " AND c.reference_id = t.ref_id)")
    total = "SELECT count(*) FROM reference_models"
    # of each locale's prices, those where the locales disagree (the demo has two such rows)
    disagreeing = ("SELECT * FROM page_prices t WHERE EXISTS (SELECT 1 FROM price_disagreements"
                   " d WHERE d.model_id = t.model_id AND d.kind = t.kind AND d.unit = t.unit)"
                   " ORDER BY rowid")
    assert (slim.execute("SELECT * FROM page_prices ORDER BY rowid").fetchall()
            == full.execute(disagreeing).fetchall())
    assert 0 < len(slim.execute(disagreeing).fetchall()) < full.execute(
        "SELECT count(*) FROM page_prices").fetchone()[0]
    assert (slim.execute(total).fetchone() == slim.execute(kept).fetchone()
            == full.execute(kept).fetchone() < full.execute(total).fetchone())


def test_the_lite_catalog_is_the_same_bytes_for_the_same_catalog(demo_db, tmp_path):
    copy = tmp_path / "catalog.db"
    shutil.copy(demo_db, copy)
    first = site_lite.lite_bytes(demo_db)
    assert site_lite.lite_bytes(copy) == first  # another file, same content: same bytes
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE prices SET usd = usd + 1 WHERE rowid = (SELECT min(rowid) FROM prices)")
    conn.commit()
    conn.close()
    assert site_lite.lite_bytes(copy) != first


def test_examples_are_the_canned_queries_that_need_no_server(site):
    queries = canned_queries()
    lite = site / "catalog-lite.db"
    offered = [e.name for e in site_sql.examples(lite, queries)]
    # over page text (search, coverage) or through a Python function (catalog_size)
    assert site_sql.needs_server(lite, queries) == ["search", "cheapest_with_context", "coverage"]
    assert offered == [name for name in queries if name in offered]  # metadata's order
    assert len(offered) == len(queries) - 3
    by_name = {e.name: e for e in site_sql.examples(lite, queries)}
    # an id parameter gets a model that has prices, so the example shows rows
    conn = sqlite3.connect(lite)
    assert conn.execute(by_name["model_claims"].sql, by_name["model_claims"].params).fetchall()
    assert by_name["models_overview"].params == {"page": ""}  # as Datasette binds an unset one


# ------------------------------------------------------------------ api/v1

@pytest.mark.parametrize("name", site_api.NAMES)
def test_each_api_file_is_valid_under_its_schema(site, name):
    document = json.loads((site / "api" / "v1" / f"{name}.json").read_text(encoding="utf-8"))
    schema = json.loads((site / "api" / "v1" / "schema" / f"{name}.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(document)
    assert document["schema"] == f"schema/{name}.json" and document["api_version"] == 1


def test_the_schemas_fix_the_shape(site):
    """v1 never changes shape: a field added to an entry, or a price given as text, fails."""
    document = json.loads((site / "api" / "v1" / "models.json").read_text())
    schema = json.loads((site / "api" / "v1" / "schema" / "models.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    added = json.loads(json.dumps(document))
    added["models"][0]["new_field"] = 1
    assert list(validator.iter_errors(added))
    retyped = json.loads(json.dumps(document))
    priced = next(m for m in retyped["models"] if m["prices"])
    priced["prices"][0]["usd"] = "$1"
    assert list(validator.iter_errors(retyped))


def test_models_json_has_every_model_with_its_prices(site, demo_db):
    document = json.loads((site / "api" / "v1" / "models.json").read_text())
    conn = sqlite3.connect(demo_db)
    ids = [row[0] for row in conn.execute("SELECT id FROM models ORDER BY id")]
    assert [m["id"] for m in document["models"]] == ids and document["count"] == len(ids)
    model_id, kind, unit, usd, official = conn.execute(
        "SELECT model_id, kind, unit, usd, official_usd FROM prices"
        " WHERE official_usd IS NOT NULL ORDER BY model_id LIMIT 1").fetchone()
    entry = next(m for m in document["models"] if m["id"] == model_id)
    price = next(p for p in entry["prices"] if p["kind"] == kind and p["unit"] == unit)
    assert (price["usd"], price["official_usd"], price["currency"]) == (usd, official, "USD")
    deprecated = conn.execute(
        "SELECT model_id, replacement_id FROM replacements LIMIT 1").fetchone()
    entry = next(m for m in document["models"] if m["id"] == deprecated[0])
    assert deprecated[1] in [r["name"] for r in entry["replacements"]]
    history = json.loads((site / "api" / "v1" / "history.json").read_text())
    periods = conn.execute("SELECT count(*) FROM price_history").fetchone()[0]
    assert len(history["prices"]) == periods
    assert any(p["valid_to"] for p in history["prices"])  # the demo's price change


def test_a_second_build_rewrites_nothing_and_gives_the_same_bytes(demo_db, tmp_path):
    out = tmp_path / "_site"
    build_site(demo_db, out)
    files = ["catalog-lite.db", "sql.html", "calculator.html",
             *(f"api/v1/{n}.json" for n in site_api.NAMES),
             *(f"api/v1/schema/{n}.json" for n in site_api.NAMES)]
    before = {name: (out / name).read_bytes() for name in files}
    rewritten: list[Path] = []
    build_site(demo_db, out, rewritten=rewritten)
    assert rewritten == []
    assert {name: (out / name).read_bytes() for name in files} == before
    # and a build into another folder gives the same bytes
    other = tmp_path / "other"
    build_site(demo_db, other)
    assert {name: (other / name).read_bytes() for name in files} == before


def test_the_api_leaves_out_what_every_scrape_touches(demo_db, tmp_path):
    """last_seen and the runs change on every scrape, even one that finds nothing new: the
    API files do not carry them, so they stay the same bytes."""
    copy = tmp_path / "catalog.db"
    shutil.copy(demo_db, copy)
    before = dict(site_api.api_files(sqlite3.connect(copy)))
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE models SET last_seen = '2099-01-01T00:00:00+00:00'")
    conn.commit()
    assert dict(site_api.api_files(conn)) == before


# ------------------------------------------------------------------ calculator, CLI

def test_a_jobs_cost_needs_a_price_for_everything_it_uses():
    row = {"prices": {"input": [2.0, 4.0], "output": [10.0, None], "per_image": [0.04, 0.05]}}
    assert site_calculator.job_cost(row, {"input": 1_000_000, "output": 500_000}) == 7.0
    assert site_calculator.job_cost(row, {"input": 1_000_000}, which=1) == 4.0
    assert site_calculator.job_cost(row, {"output": 1}, which=1) is None  # no official price
    assert site_calculator.job_cost(row, {"seconds": 5}) is None  # not priced per second
    assert site_calculator.job_cost(row, {"images": 3}) == pytest.approx(0.12)
    assert site_calculator.job_cost(row, {}) is None


def test_cli_sqljs_url(demo_db, tmp_path):
    from catalog.cli import cli

    runner = CliRunner()
    bad = runner.invoke(cli, ["site", "--db", str(demo_db), "--out", str(tmp_path / "a"),
                              "--sqljs-url", "not a url"])
    assert bad.exit_code == 64 and "not an http(s) URL" in bad.output
    assert not (tmp_path / "a").exists()
    good = runner.invoke(cli, ["site", "--db", str(demo_db), "--out", str(tmp_path / "b"),
                               "--sqljs-url", "https://cdn.example.org/sql.js/1.16.0/dist"])
    assert good.exit_code == 0, good.output
    page = (tmp_path / "b" / "sql.html").read_text()
    assert "https://cdn.example.org/sql.js/1.16.0/dist/" in page
    assert not (tmp_path / "b" / "assets" / "vendor" / "sqljs").exists()
