"""``catalog crosscheck`` against the scraped snapshot and our own reference files, each served
over real HTTP on 127.0.0.1 (tests/faultserver.py), into a real SQLite catalog."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.crosscheck.matching import CatalogModel, match_models, normalize_name
from catalog.crosscheck.references import RefModel, parse_reference
from catalog.run.lock import run_lock
from scrapers.fetch.localserver import serve_directory
from tests.conftest import EXAMPLE_SITE, ROOT, db_rows, run_scrape
from tests.faultserver import Fault, FaultServer

REFS = ROOT / "tests" / "fixtures" / "references"
FILES = {"cometapi": "cometapi_models.json", "litellm": "litellm.json",
         "models.dev": "models_dev.json", "genai-prices": "genai_prices.json",
         "openrouter": "openrouter.json"}
PATHS = {"cometapi": "/api/models",
         "litellm": "/BerriAI/litellm/main/model_prices_and_context_window.json",
         "models.dev": "/api.json", "genai-prices": "/pydantic/genai-prices/main/prices/data.json",
         "openrouter": "/api/v1/models"}


def _json_fault(body: bytes, **kwargs) -> Fault:
    return Fault(body=body, content_type="application/json; charset=utf-8", **kwargs)


@pytest.fixture
def refserver():
    with FaultServer() as server:
        for name, file in FILES.items():
            server.route(PATHS[name], _json_fault((REFS / file).read_bytes()))
        yield server


def _invoke(db: Path, *sources: str):
    args = ["crosscheck", "--db", str(db), "--timeout", "5"]
    for source in sources:
        args += ["--source", source]
    return CliRunner().invoke(cli, args)


def _all(server: FaultServer, names=tuple(FILES)) -> list[str]:
    return [f"{name}={server.url(PATHS[name])}" for name in names]


def _dump(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, to prove a failed crosscheck changed nothing."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
            "ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1, 2').fetchall() for t in tables}
    finally:
        conn.close()


#: docs/crosschecks.md's table of the fixture references against the bundled snapshot
DOCUMENTED_COUNTS = {
    "cometapi": {"agrees": 20, "differs": 1, "not_in_reference": 5, "matched": 6},
    "litellm": {"agrees": 28, "differs": 2, "not_in_reference": 5, "matched": 6},
    "models.dev": {"agrees": 19, "differs": 2, "not_in_reference": 8, "matched": 3},
    "genai-prices": {"agrees": 14, "differs": 1, "not_in_reference": 8, "matched": 3},
    "openrouter": {"agrees": 6, "differs": 8, "not_in_reference": 8, "matched": 3},
}


def _counts(db: Path) -> dict[str, dict[str, int]]:
    counts = {}
    for source in FILES:
        counts[source] = dict(db_rows(
            db, "SELECT verdict, count(*) FROM crosschecks WHERE source = ? "
            "GROUP BY verdict", source))
        counts[source]["matched"] = db_rows(
            db, "SELECT count(*) FROM reference_models WHERE source = ? AND model_id "
            "IS NOT NULL", source)[0][0]
    return counts


def test_fixtures_give_the_documented_counts(fresh_copy, refserver):
    result = _invoke(fresh_copy, *_all(refserver))
    assert result.exit_code == 0, result.output
    assert _counts(fresh_copy) == DOCUMENTED_COUNTS
    assert "crosscheck: 5 of 5 sources stored" in result.output
    etag = Fault(body=(REFS / FILES["cometapi"]).read_bytes()).effective_etag
    assert (f"cometapi: 9 entries (version {etag}), " in result.output
            and "6 matched (5 exact, 1 dated), 3 not in the catalog" in result.output)
    # claude-opus-4-6 (a card: no official price, no limits) is in LiteLLM's file: still found
    assert ("checks: 28 agree, 2 differ, 5 not in reference, 1 found with nothing to compare"
            in result.output)
    assert db_rows(fresh_copy, "SELECT model_id, verdict, reference_id FROM crosschecks WHERE "
                   "\"check\" = 'match' AND source = 'litellm' AND verdict = 'matched'") == [
        ("anthropic/claude-opus-4-6", "matched", "claude-opus-4-6")]


def test_another_source_model_of_the_same_name_changes_no_verdict(fresh_copy, refserver,
                                                                  example_installed):
    """The references check CometAPI's claims: the example source's page of
    openai/gpt-4-0314 (its own row, example:openai/gpt-4-0314) is not one, and must not make
    the entries for gpt-4-0314 fit two models, which would match neither."""
    with serve_directory(EXAMPLE_SITE) as url:
        result = run_scrape(url, fresh_copy, source=example_installed,
                            host_aliases=example_installed.hosts)
    assert result.status == "complete", result.reason
    assert _invoke(fresh_copy, *_all(refserver)).exit_code == 0
    assert _counts(fresh_copy) == DOCUMENTED_COUNTS
    assert db_rows(fresh_copy, "SELECT count(*) FROM crosschecks WHERE model_id LIKE "
                   "'example:%'") == [(0,)]


def test_cometapi_prices_are_checked_per_locale_and_fill_the_api_id(fresh_copy, refserver):
    assert _invoke(fresh_copy, *_all(refserver, ("cometapi",))).exit_code == 0
    rows = db_rows(fresh_copy, 'SELECT "check", locale, catalog_value, reference_value, verdict '
                   "FROM crosschecks WHERE source = 'cometapi' AND model_id = 'openai/gpt-4-0314' "
                   "ORDER BY 1, 2")
    assert rows == [("kind", "", "text", "text", "agrees")] + [
        ("price.input", loc, "24", "24", "agrees") for loc in ("en", "ko", "nl", "zh-CN")] + [
        ("price.output", loc, "48", "48", "agrees") for loc in ("en", "ko", "nl", "zh-CN")]
    assert db_rows(fresh_copy, "SELECT catalog_value, reference_value, differs_pct, verdict FROM "
                   "crosschecks WHERE source = 'cometapi' AND model_id = 'google/gemini-2-5-flash' "
                   "AND \"check\" = 'price.output'") == [("2", "2.5", -20.0, "differs")]
    # where the page is silent, CometAPI's catalog speaks: API id and kind in the wide view
    assert db_rows(fresh_copy, "SELECT model_id, api_model_id, kind FROM model_prices_wide WHERE "
                   "model_id IN ('anthropic/claude-sonnet-4-5', 'google/nano-banana-2') "
                   "ORDER BY 1") == [
        ("anthropic/claude-sonnet-4-5", "claude-sonnet-4-5-20250929", "text"),
        ("google/nano-banana-2", "nano-banana-2", "image")]
    # both sides' unmatched entries stay visible, each with its reason
    assert db_rows(fresh_copy, "SELECT ref_id, match_rule FROM reference_models WHERE source = "
                   "'cometapi' AND model_id IS NULL ORDER BY 1") == [
        ("gpt-4.1", "no catalog model of that name"),
        ("gpt-4o-mini-tts", "no catalog model of that name"),
        ("qwen3-max", "no catalog model of that name")]
    assert [r[0] for r in db_rows(fresh_copy, "SELECT model_id FROM crosschecks WHERE source = "
                                  "'cometapi' AND verdict = 'not_in_reference' ORDER BY 1")] == [
        "anthropic/claude-mythos-preview", "anthropic/claude-opus-4-6",
        "anthropic/claude-sonnet-4-6", "deepseek/deepseek-r", "openai/gpt-5-4-nano"]


def test_upstream_checks_official_price_discount_limits_and_lifecycle(fresh_copy, refserver):
    assert _invoke(fresh_copy, *_all(refserver, ("cometapi", "litellm", "models.dev"))
                   ).exit_code == 0
    got = {(r[0], r[1], r[2]): r[3:] for r in db_rows(
        fresh_copy, 'SELECT source, model_id, "check", catalog_value, reference_value, verdict,'
        " differs_pct FROM crosschecks WHERE verdict != 'not_in_reference'")}
    # LiteLLM's 3e-05 per token is exactly 30 per 1M: the page's official $30 agrees
    assert got["litellm", "openai/gpt-4-0314", "official.input"] == ("30", "30", "agrees", 0.0)
    assert got["litellm", "openai/gpt-4-0314", "lifecycle"] == (
        "retired 2026-03-26", "retired 2026-03-26", "agrees", None)
    assert got["litellm", "google/gemini-2-5-flash", "lifecycle"] == (
        "active", "deprecated 2027-06-17", "differs", None)
    assert got["litellm", "deepseek/deepseek-r", "max_output_tokens"] == (
        "64000", "8192", "differs", 681.25)
    assert got["litellm", "openai/sora-2", "official.per_second"] == (
        "0.1", "0.1", "agrees", 0.0)
    assert got["models.dev", "deepseek/deepseek-r", "official.input"] == (
        "0.55", "0.56", "differs", -1.79)
    # the stated 20% discount against the 21.43% the reference's list price implies
    assert got["models.dev", "deepseek/deepseek-r", "discount.input"] == (
        "20", "21.43", "differs", -1.43)
    # every contradiction is also a finding
    assert ("deepseek/deepseek-r", "discount.input: discount on input: stated 20%, 21.43% from "
            "models.dev's list price 0.56: differs by -1.43 points") in db_rows(
        fresh_copy, "SELECT model_id, detail FROM findings WHERE kind = 'reference_mismatch' "
        "AND url = 'reference:models.dev'")


def test_aggregator_prices_compare_cometapi_with_openrouter(fresh_copy, refserver):
    assert _invoke(fresh_copy, *_all(refserver, ("openrouter",))).exit_code == 0
    assert db_rows(fresh_copy, 'SELECT "check", catalog_value, reference_value, differs_pct FROM '
                   "crosschecks WHERE source = 'openrouter' AND model_id = 'openai/gpt-4-0314' "
                   "AND \"check\" LIKE 'price.%' ORDER BY 1") == [
        ("price.input", "24", "30", -20.0), ("price.output", "48", "60", -20.0)]
    assert db_rows(fresh_copy, "SELECT match_rule FROM reference_models WHERE source = "
                   "'openrouter' AND ref_id = 'openrouter/auto'") == [
        ("no catalog model of that name",)]


def test_a_second_run_sends_the_etag_and_reuses_the_entries_on_304(fresh_copy, refserver):
    sources = _all(refserver, ("litellm",))
    assert _invoke(fresh_copy, *sources).exit_code == 0
    before = db_rows(fresh_copy, "SELECT * FROM crosschecks ORDER BY 1, 2, 3, 4")
    result = _invoke(fresh_copy, *sources)
    assert result.exit_code == 0 and "304, reused" in result.output
    second = refserver.seen(PATHS["litellm"])[-1]
    assert second.headers.get("if-none-match") == Fault(
        body=(REFS / FILES["litellm"]).read_bytes()).effective_etag
    assert [r[:-1] for r in db_rows(fresh_copy, "SELECT * FROM crosschecks ORDER BY 1, 2, 3, 4")
            ] == [r[:-1] for r in before]
    assert db_rows(fresh_copy, "SELECT not_modified, entries, matched FROM reference_fetches "
                   "ORDER BY id") == [(0, 9, 6), (1, 9, 6)]


def test_cometapi_pages_are_followed(fresh_copy):
    data = json.loads((REFS / FILES["cometapi"]).read_text())
    first = dict(data, page_size=5, data=data["data"][:5])
    second = dict(data, page=2, page_size=5, data=data["data"][5:])
    with FaultServer() as server:
        server.route("/api/models", _json_fault(json.dumps(first).encode()))
        server.route("/api/models?page=2", _json_fault(json.dumps(second).encode()))
        result = _invoke(fresh_copy, f"cometapi={server.url('/api/models')}")
    assert result.exit_code == 0, result.output
    assert db_rows(fresh_copy, "SELECT count(*) FROM reference_models WHERE source = 'cometapi'"
                   ) == [(9,)]


@pytest.mark.parametrize("fault, reason", [
    (_json_fault(b'{"gpt-4": {"input_cost_per_token": 3e-05,'), "not JSON"),
    (_json_fault(b'{"data": []}'), "not a LiteLLM model_prices_and_context_window.json"),
    (_json_fault(b'{"gpt-9": {"litellm_provider": "openai", "input_cost_per_token": 1e-06}}'),
     "none of its 1 models matches a catalog model"),
    (_json_fault(b"[" * 100_000 + b"]" * 100_000), "not JSON"),
    (_json_fault(b" " * 3_000_000), "too_large"),
    (Fault(body=gzip.compress(b" " * 5_000_000), content_type="application/json",
           headers={"Content-Encoding": "gzip"}), "too_large"),
    (Fault.error(404), "http_status: 404"),
    (Fault(action="close"), "fetch failed"),
])
def test_bad_references_end_with_one_line_and_change_nothing(fresh_copy, refserver, fault,
                                                              reason):
    assert _invoke(fresh_copy, *_all(refserver, ("litellm",))).exit_code == 0
    before = _dump(fresh_copy)
    with FaultServer() as bad:
        bad.route("/bad.json", fault)
        result = CliRunner().invoke(cli, [
            "crosscheck", "--db", str(fresh_copy), "--timeout", "2", "--max-bytes", "2000000",
            "--source", f"litellm={bad.url('/bad.json')}"])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("litellm: not stored: ") and reason in lines[0]
    assert lines[0].endswith("its earlier rows are kept")
    assert lines[1] == ("crosscheck: 0 of 1 sources stored; the failed ones changed nothing "
                        "in the catalog")
    assert "Traceback" not in result.output
    assert _dump(fresh_copy) == before


def test_an_unreachable_reference_fails_alone(fresh_copy, refserver):
    with FaultServer() as gone:
        dead = gone.url("/api.json")
    result = _invoke(fresh_copy, f"models.dev={dead}", *_all(refserver, ("openrouter",)))
    assert result.exit_code == 1
    assert "models.dev: not stored: fetch failed (connection_error" in result.output
    assert db_rows(fresh_copy, "SELECT DISTINCT source FROM crosschecks") == [("openrouter",)]


def test_a_file_source_is_read_and_its_format_detected(fresh_copy):
    result = _invoke(fresh_copy, str(REFS / FILES["genai-prices"]))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("genai-prices: 5 entries")
    bad = CliRunner().invoke(cli, ["crosscheck", "--db", str(fresh_copy), "--source",
                                   "nosuch"])
    assert bad.exit_code == 64 and "'nosuch': give one of cometapi" in bad.output


def test_a_catalog_that_is_not_one_is_refused(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    result = _invoke(other, str(REFS / FILES["litellm"]))
    assert result.exit_code == 64 and "is not a comet-catalog database" in result.output


@pytest.mark.parametrize("left, right", [
    ("openai/gpt-4-0314", "gpt-4-0314"), ("gemini-2.5-flash", "gemini-2-5-flash"),
    ("gpt-4.1", "gpt-4-1"), ("Claude Sonnet 4.5", "claude-sonnet-4-5")])
def test_names_are_normalized_alike(left, right):
    assert normalize_name(left) == normalize_name(right)


def test_matching_rules_never_guess():
    models = [CatalogModel("anthropic/claude-sonnet-4-5", "anthropic", "claude-sonnet-4-5"),
              CatalogModel("openai/gpt-4-0314", "openai", "gpt-4-0314"),
              CatalogModel("openai/gpt-4", "openai", "gpt-4")]
    refs = [RefModel("claude-sonnet-4-5-20250929", "anthropic"),
            RefModel("gpt-4-0613", "openai"),  # a four-digit suffix is another model
            RefModel("bedrock/gpt-4-0314", "bedrock"),
            RefModel("gpt-4", "openai", prices={"input": 30}),
            RefModel("openai/gpt-4", "openai", prices={"input": 60})]
    match = match_models(models, refs)
    assert {k: (v[0].ref_id, v[1]) for k, v in match.by_model.items()} == {
        "anthropic/claude-sonnet-4-5": ("claude-sonnet-4-5-20250929", "dated")}
    assert match.unmatched_refs["gpt-4-0613"] == "no catalog model of that name"
    assert match.unmatched_refs["bedrock/gpt-4-0314"].startswith("provider bedrock is not")
    assert match.unmatched_models["openai/gpt-4"].startswith(
        "ambiguous: entries with different figures: gpt-4, openai/gpt-4")


def test_litellm_per_token_prices_are_exact_decimals():
    refs = {r.ref_id: r for r in parse_reference(
        "litellm", (REFS / FILES["litellm"]).read_bytes())}
    assert str(refs["gemini/gemini-2.5-flash"].prices["input"]) == "0.3"
    assert str(refs["deepseek/deepseek-reasoner"].prices["output"]) == "2.19"


def test_a_held_lock_stops_the_crosscheck_before_it_writes(fresh_copy):
    before = _dump(fresh_copy)
    with run_lock(fresh_copy):
        result = _invoke(fresh_copy, str(REFS / FILES["litellm"]))
    assert result.exit_code == 3 and "not starting" in result.output
    assert _dump(fresh_copy) == before


def test_a_source_is_written_whole_or_not_at_all(tmp_path, hand_db):
    """``write_source`` writes its entries and checks with sqlite-utils' ``insert_all`` inside
    one transaction: a check the catalog refuses (a verdict no code writes) fails the write
    and leaves the first write's rows as they were."""
    import shutil
    from decimal import Decimal

    from catalog.crosscheck.checks import CheckRow
    from catalog.crosscheck.references import RefModel
    from catalog.crosscheck.storage import write_source

    db = tmp_path / "catalog.db"
    shutil.copy(hand_db, db)
    (model_id,) = sqlite3.connect(db).execute("SELECT id FROM models LIMIT 1").fetchone()

    def write(verdict: str, price: str) -> None:
        write_source(db, source="test", location="x", version=None, etag=None,
                     last_modified=None, not_modified=False, now="2026-12-07T00:00:00+00:00",
                     refs=[RefModel("m-1", prices={"input": Decimal(price)})],
                     matched={"m-1": (model_id, "exact")}, unmatched={},
                     checks=[CheckRow("test", model_id, "price.input", verdict)])

    def db_rows() -> tuple[list, list]:
        with sqlite3.connect(db) as conn:
            return (conn.execute("SELECT ref_id, input_usd FROM reference_models "
                                 "WHERE source = 'test'").fetchall(),
                    conn.execute("SELECT model_id, verdict FROM crosschecks "
                                 "WHERE source = 'test'").fetchall())

    write("agrees", "2")
    first = db_rows()
    assert first == ([("m-1", 2.0)], [(model_id, "agrees")])
    with pytest.raises(sqlite3.IntegrityError):
        write("bogus", "3")
    assert db_rows() == first
