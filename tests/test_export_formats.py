"""``catalog export --format litellm|models.dev|csv``: each checked against the shape its
target documents, with prices exact (no float noise), from a real scraped catalog."""

from __future__ import annotations

import csv
import json
import sqlite3
import tomllib
from decimal import Decimal

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.publish.formats.litellm import LITELLM_KEYS, LITELLM_MODES
from tests.conftest import ROOT

#: the demo's CometAPI /api/models fixture: an API id for every model of the snapshots
DEMO_COMETAPI = ROOT / "data" / "references" / "cometapi_models.json"


def _export(db, fmt, out):
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", fmt,
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    return result.output


def _with_api_ids(db):
    result = CliRunner().invoke(cli, ["crosscheck", "--db", str(db), "--source",
                                      f"cometapi={DEMO_COMETAPI}"])
    assert result.exit_code == 0, result.output


def test_litellm_export_has_the_documented_shape_and_exact_prices(fresh_copy, tmp_path):
    _with_api_ids(fresh_copy)
    out = tmp_path / "litellm.json"
    assert _export(fresh_copy, "litellm", out) == (
        f"{out}: changed; 11 models written (0 under their page slug: no API id known), "
        "0 left out (no price)\n")
    text = out.read_text()
    assert "e-0" not in text and "0000000001" not in text
    data = json.loads(text, parse_float=Decimal)
    # every key is the id a CometAPI user sends (gpt-5.4-nano, not the page's gpt-5-4-nano)
    assert sorted(data) == [
        "cometapi/claude-mythos-preview", "cometapi/claude-opus-4-6",
        "cometapi/claude-sonnet-4-5-20250929", "cometapi/claude-sonnet-4-6",
        "cometapi/deepseek-r", "cometapi/gemini-2.5-flash", "cometapi/gpt-4-0314",
        "cometapi/gpt-5.4-mini", "cometapi/gpt-5.4-nano", "cometapi/nano-banana-2",
        "cometapi/sora-2"]
    for entry in data.values():
        assert set(entry) <= LITELLM_KEYS and entry["litellm_provider"] == "cometapi"
        assert entry.get("mode", "chat") in LITELLM_MODES
    assert data["cometapi/gpt-4-0314"] == {
        "input_cost_per_token": Decimal("0.000024"), "output_cost_per_token": Decimal("0.000048"),
        "litellm_provider": "cometapi", "mode": "chat", "max_input_tokens": 8192,
        "deprecation_date": "2026-03-26"}
    assert data["cometapi/deepseek-r"]["output_cost_per_token"] == Decimal("0.000001752")
    assert data["cometapi/sora-2"] == {"output_cost_per_video_per_second": Decimal("0.08"),
                                       "litellm_provider": "cometapi",
                                       "mode": "video_generation"}
    # a second export of an unchanged catalog leaves the file as it was
    assert _export(fresh_copy, "litellm", out).startswith(f"{out}: unchanged; 11 models")


def test_a_model_without_an_api_id_goes_under_its_slug_and_is_counted(fresh_copy, tmp_path):
    out = tmp_path / "litellm.json"
    assert "; 11 models written (11 under their page slug: no API id known)" in _export(
        fresh_copy, "litellm", out)
    assert "cometapi/gpt-5-4-nano" in json.loads(out.read_text())


def test_models_dev_export_leaves_out_what_it_cannot_fill_and_says_why(fresh_copy, tmp_path):
    """models.dev requires release_date, last_updated and open_weights, which no page of the
    snapshot states: every model is left out, none is written with a guess, the closing line
    counts them and left_out.tsv lists each with its missing fields."""
    _with_api_ids(fresh_copy)
    line = _export(fresh_copy, "models.dev", tmp_path)
    assert line.startswith(f"{tmp_path}: changed; 0 models written (0 under their page slug: "
                           "no API id known), 11 left out (")
    assert "release_date unknown for 11" in line and "open_weights unknown for 11" in line
    assert line.rstrip().endswith(f"the list: {tmp_path / 'left_out.tsv'})")
    root = tmp_path / "providers" / "cometapi"
    provider = tomllib.loads((root / "provider.toml").read_text())
    assert provider["name"] == "CometAPI" and provider["env"] == ["COMETAPI_KEY"]
    assert not (root / "models").exists()
    with (tmp_path / "left_out.tsv").open(newline="") as handle:
        listed = {r["model_id"]: r for r in csv.DictReader(handle, delimiter="\t")}
    assert len(listed) == 11
    assert listed["google/gemini-2-5-flash"]["key"] == "gemini-2.5-flash"
    # the flash page states its modalities and both limits: those are not missing
    assert listed["google/gemini-2-5-flash"]["missing"] == (
        "attachment, reasoning, tool_call, release_date, last_updated, open_weights")


def test_a_models_dev_file_of_an_earlier_export_is_removed_when_its_model_is_left_out(
        fresh_copy, tmp_path):
    stale = tmp_path / "providers" / "cometapi" / "models" / "gpt-4-0314.toml"
    stale.parent.mkdir(parents=True)
    stale.write_text('name = "gpt-4-0314"\n')
    _export(fresh_copy, "models.dev", tmp_path)
    assert not stale.exists()


def test_csv_export_is_the_wide_view_and_safe_in_a_spreadsheet(fresh_copy, tmp_path):
    conn = sqlite3.connect(fresh_copy)
    conn.execute("UPDATE models SET name = '=HYPERLINK(\"http://evil/\",\"x\")' "
                 "WHERE id = 'openai/sora-2'")
    conn.commit()
    conn.close()
    out = tmp_path / "catalog.csv"
    _export(fresh_copy, "csv", out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfmodel_id,")  # a UTF-8 byte-order mark
    with out.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 11
    by_id = {r["model_id"]: r for r in rows}
    assert by_id["openai/sora-2"]["name"] == "'=HYPERLINK(\"http://evil/\",\"x\")"
    assert (by_id["deepseek/deepseek-r"]["output_usd"],
            by_id["deepseek/deepseek-r"]["output_official_usd"]) == ("1.752", "2.19")
    assert by_id["openai/sora-2"]["per_second_usd"] == "0.08"


def test_csv_no_bom_drops_the_byte_order_mark(fresh_copy, tmp_path):
    out = tmp_path / "catalog.csv"
    result = CliRunner().invoke(cli, ["export", "--db", str(fresh_copy), "--format", "csv",
                                      "--no-bom", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"model_id,")


def test_csv_has_per_minute_and_per_character_prices(fresh_copy, tmp_path):
    """whisper-1 (per minute) and tts-1 (per 1M characters) are priced in the CSV and the
    LiteLLM export, in LiteLLM's units."""
    conn = sqlite3.connect(fresh_copy)
    conn.execute("INSERT INTO models (id, provider, slug, name, kind, source) VALUES "
                 "('openai/whisper-1', 'openai', 'whisper-1', 'Whisper', 'text', 'page'), "
                 "('openai/tts-1', 'openai', 'tts-1', 'TTS 1', 'audio', 'page')")
    conn.execute("INSERT INTO prices (model_id, kind, unit, usd, official_usd) VALUES "
                 "('openai/whisper-1', 'per_minute', 'minute', 0.0048, 0.006), "
                 "('openai/tts-1', 'per_character', '1M characters', 12, 15)")
    conn.commit()
    conn.close()
    out = tmp_path / "catalog.csv"
    _export(fresh_copy, "csv", out)
    with out.open(newline="", encoding="utf-8-sig") as handle:
        by_id = {r["model_id"]: r for r in csv.DictReader(handle)}
    assert (by_id["openai/whisper-1"]["per_minute_usd"],
            by_id["openai/whisper-1"]["per_minute_official_usd"]) == ("0.0048", "0.006")
    assert by_id["openai/tts-1"]["per_character_usd"] == "12"
    _export(fresh_copy, "litellm", tmp_path / "litellm.json")
    data = json.loads((tmp_path / "litellm.json").read_text(), parse_float=Decimal)
    assert data["cometapi/whisper-1"] == {"input_cost_per_second": Decimal("0.00008"),
                                          "litellm_provider": "cometapi",
                                          "mode": "audio_transcription"}
    assert data["cometapi/tts-1"] == {"input_cost_per_character": Decimal("0.000012"),
                                      "litellm_provider": "cometapi", "mode": "audio_speech"}


def test_json_export_names_each_models_api_id(fresh_copy, tmp_path):
    out = tmp_path / "catalog.json"
    result = CliRunner().invoke(cli, ["export", "--db", str(fresh_copy), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert {m["id"]: m["api_model_id"] for m in json.loads(out.read_text())}[
        "openai/gpt-5-4-nano"] is None
    _with_api_ids(fresh_copy)
    CliRunner().invoke(cli, ["export", "--db", str(fresh_copy), "--out", str(out)])
    assert {m["id"]: m["api_model_id"] for m in json.loads(out.read_text())}[
        "openai/gpt-5-4-nano"] == "gpt-5.4-nano"


def test_an_export_that_breaks_its_consumers_rules_writes_nothing():
    from catalog.publish.formats.litellm import ExportInvalid, validate_litellm
    from catalog.publish.formats.modelsdev import validate_model

    with pytest.raises(ExportInvalid, match="not a price"):
        validate_litellm({"cometapi/x": {"input_cost_per_token": Decimal("-0.000005"),
                                         "litellm_provider": "cometapi"}})
    with pytest.raises(ExportInvalid, match="keys LiteLLM does not read"):
        validate_litellm({"cometapi/x": {"cost": Decimal(1)}})
    with pytest.raises(ExportInvalid, match="mode"):
        validate_litellm({"cometapi/x": {"mode": "image"}})
    with pytest.raises(ExportInvalid, match="release_date missing"):
        validate_model({"name": "x", "attachment": False, "reasoning": False,
                        "tool_call": False, "last_updated": "2025-01",
                        "modalities": {"input": ["text"], "output": ["text"]},
                        "open_weights": False, "limit": {"context": 1, "output": 1}})


def test_export_says_in_one_line_when_the_consumers_rules_are_broken(fresh_copy, tmp_path,
                                                                    monkeypatch):
    """An entry the checks refuse (here a mode LiteLLM lacks, as a code change could make
    one) ends the command with one line and exit 70, and no file."""
    from catalog.publish.formats import litellm

    monkeypatch.setattr(litellm, "_mode", lambda row, prices: "image")
    out = tmp_path / "litellm.json"
    result = CliRunner().invoke(cli, ["export", "--db", str(fresh_copy), "--format", "litellm",
                                      "--out", str(out)])
    assert result.exit_code == 70
    assert result.output.strip().splitlines() == [
        "catalog export: nothing written: litellm: cometapi/claude-mythos-preview: mode "
        "'image' is not LiteLLM's"]
    assert not out.exists()


def test_each_export_names_the_source_each_model_was_read_from(fresh_copy, tmp_path,
                                                                example_installed):
    """The example source's pages scraped into CometAPI's catalog: every export keys and files
    a model under its own source (models.source_name), never under cometapi/ for all."""
    from scrapers.fetch.localserver import serve_directory
    from tests.conftest import EXAMPLE_SITE, run_scrape

    _with_api_ids(fresh_copy)
    with serve_directory(EXAMPLE_SITE) as url:
        result = run_scrape(url, fresh_copy, source=example_installed,
                            host_aliases=example_installed.hosts)
    assert result.status == "complete", result.reason

    with sqlite3.connect(fresh_copy) as conn:
        wide = conn.execute("SELECT model_id, source_name, api_model_id FROM model_prices_wide "
                            "WHERE model_id LIKE '%gpt-4-0314' ORDER BY model_id").fetchall()
    assert wide == [("example:openai/gpt-4-0314", "example", None),
                    ("openai/gpt-4-0314", "cometapi", "gpt-4-0314")]

    _export(fresh_copy, "litellm", tmp_path / "litellm.json")
    data = json.loads((tmp_path / "litellm.json").read_text(), parse_float=Decimal)
    assert data["example/gpt-4-0314"] == {
        "input_cost_per_token": Decimal("0.000027"), "output_cost_per_token": Decimal("0.000054"),
        "litellm_provider": "example", "mode": "chat"}
    assert data["example/rocket-1"]["litellm_provider"] == "example"
    assert data["cometapi/gpt-4-0314"]["input_cost_per_token"] == Decimal("0.000024")
    assert sum(key.startswith("cometapi/") for key in data) == 11

    _export(fresh_copy, "models.dev", tmp_path / "dev")
    providers = tmp_path / "dev" / "providers"
    assert sorted(p.name for p in providers.iterdir()) == ["cometapi", "example"]
    assert tomllib.loads((providers / "cometapi" / "provider.toml").read_text())[
        "name"] == "CometAPI"
    assert tomllib.loads((providers / "example" / "provider.toml").read_text()) == {
        "name": "example"}

    _export(fresh_copy, "csv", tmp_path / "catalog.csv")
    with (tmp_path / "catalog.csv").open(newline="", encoding="utf-8-sig") as handle:
        sources = {r["model_id"]: r["source_name"] for r in csv.DictReader(handle)}
    assert sources["example:acme/rocket-1"] == "example"
    assert sources["openai/gpt-4-0314"] == "cometapi"

    _export(fresh_copy, "json", tmp_path / "catalog.json")
    models = {m["id"]: m for m in json.loads((tmp_path / "catalog.json").read_text())}
    assert (models["example:openai/gpt-4-0314"]["source_name"],
            models["example:openai/gpt-4-0314"]["api_model_id"]) == ("example", None)
    assert models["openai/gpt-4-0314"]["source_name"] == "cometapi"
