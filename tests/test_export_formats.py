"""``catalog export --format litellm|models.dev|csv``: each checked against the shape its
target documents, with prices exact (no float noise), from a real scraped catalog."""

from __future__ import annotations

import csv
import json
import sqlite3
import tomllib
from decimal import Decimal

from click.testing import CliRunner

from catalog.cli import cli
from tests.conftest import ROOT

REFS = ROOT / "tests" / "fixtures" / "references"

# LiteLLM's documented keys (its sample_spec and the keys this export may write)
LITELLM_KEYS = {"input_cost_per_token", "output_cost_per_token", "output_cost_per_second",
                "input_cost_per_request", "output_cost_per_image", "litellm_provider", "mode",
                "max_input_tokens", "max_output_tokens", "deprecation_date"}
LITELLM_MODES = {"chat", "embedding", "completion", "image_generation", "audio_transcription",
                 "audio_speech", "moderation", "rerank", "video_generation"}


def _export(db, fmt, out):
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", fmt,
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    return result.output


def _with_api_ids(db):
    result = CliRunner().invoke(cli, ["crosscheck", "--db", str(db), "--source",
                                      f"cometapi={REFS / 'cometapi_models.json'}"])
    assert result.exit_code == 0, result.output


def test_litellm_export_has_the_documented_shape_and_exact_prices(fresh_copy, tmp_path):
    _with_api_ids(fresh_copy)
    out = tmp_path / "litellm.json"
    assert _export(fresh_copy, "litellm", out) == f"{out}: changed\n"
    text = out.read_text()
    assert "e-0" not in text and "0000000001" not in text
    data = json.loads(text, parse_float=Decimal)
    assert sorted(data) == [
        "cometapi/claude-mythos-preview", "cometapi/claude-opus-4-6",
        "cometapi/claude-sonnet-4-5-20250929", "cometapi/claude-sonnet-4-6",
        "cometapi/deepseek-r", "cometapi/gemini-2.5-flash", "cometapi/gpt-4-0314",
        "cometapi/gpt-5-4-nano", "cometapi/gpt-5.4-mini", "cometapi/nano-banana-2",
        "cometapi/sora-2"]
    for entry in data.values():
        assert set(entry) <= LITELLM_KEYS and entry["litellm_provider"] == "cometapi"
        assert entry.get("mode", "chat") in LITELLM_MODES
    assert data["cometapi/gpt-4-0314"] == {
        "input_cost_per_token": Decimal("0.000024"), "output_cost_per_token": Decimal("0.000048"),
        "litellm_provider": "cometapi", "mode": "chat", "max_input_tokens": 8192,
        "deprecation_date": "2026-03-26"}
    assert data["cometapi/deepseek-r"]["output_cost_per_token"] == Decimal("0.000001752")
    assert data["cometapi/sora-2"] == {"output_cost_per_second": Decimal("0.08"),
                                       "litellm_provider": "cometapi",
                                       "mode": "video_generation"}
    # a second export of an unchanged catalog leaves the file as it was
    assert _export(fresh_copy, "litellm", out) == f"{out}: unchanged\n"


def test_models_dev_export_is_a_provider_tree_of_toml(fresh_copy, tmp_path):
    _with_api_ids(fresh_copy)
    _export(fresh_copy, "models.dev", tmp_path)
    root = tmp_path / "providers" / "cometapi"
    provider = tomllib.loads((root / "provider.toml").read_text())
    assert provider["name"] == "CometAPI" and provider["env"] == ["COMETAPI_KEY"]
    files = sorted(p.name for p in (root / "models").iterdir())
    assert len(files) == 10 and "sora-2.toml" not in files  # no token price: not a models.dev model
    model = tomllib.loads((root / "models" / "gpt-4-0314.toml").read_text(),
                          parse_float=Decimal)
    assert model == {"name": "gpt-4-0314", "status": "deprecated",
                     "cost": {"input": 24, "output": 48}, "limit": {"context": 8192}}
    flash = tomllib.loads((root / "models" / "gemini-2.5-flash.toml").read_text(),
                          parse_float=Decimal)
    assert flash["cost"] == {"input": Decimal("0.24"), "output": 2}
    assert flash["limit"] == {"context": 1048576, "output": 65536}
    for path in (root / "models").iterdir():
        data = tomllib.loads(path.read_text())
        assert set(data) <= {"name", "status", "cost", "limit"}
        assert set(data["cost"]) <= {"input", "output"}


def test_csv_export_is_the_wide_view_and_safe_in_a_spreadsheet(fresh_copy, tmp_path):
    conn = sqlite3.connect(fresh_copy)
    conn.execute("UPDATE models SET name = '=HYPERLINK(\"http://evil/\",\"x\")' "
                 "WHERE id = 'openai/sora-2'")
    conn.commit()
    conn.close()
    out = tmp_path / "catalog.csv"
    _export(fresh_copy, "csv", out)
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 11
    by_id = {r["model_id"]: r for r in rows}
    assert by_id["openai/sora-2"]["name"] == "'=HYPERLINK(\"http://evil/\",\"x\")"
    assert (by_id["deepseek/deepseek-r"]["output_usd"],
            by_id["deepseek/deepseek-r"]["output_official_usd"]) == ("1.752", "2.19")
    assert by_id["openai/sora-2"]["per_second_usd"] == "0.08"
