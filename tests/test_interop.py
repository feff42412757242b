"""Each export read by its real consumer (the ``interop`` extra; ``make test`` installs it and
LibreOffice): LiteLLM's own cost functions price every exported entry at the catalog's
price; the models.dev tree validates against models.dev's schema; LibreOffice reads the CSV's
accented names and numbers. Versions checked: docs/exports.md."""

from __future__ import annotations

import csv
import importlib
import json
import os
import shutil
import sqlite3
import subprocess
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.publish.formats.modelsdev import model_document, model_toml
from tests.conftest import ROOT

DEMO_COMETAPI = ROOT / "data" / "references" / "cometapi_models.json"
#: in CI (``make test`` installed them) a missing consumer is a failure, not a skip
IN_CI = bool(os.environ.get("CI"))


def _require(module: str):
    if IN_CI:
        return importlib.import_module(module)
    return pytest.importorskip(module)
SCHEMA = ROOT / "tests" / "fixtures" / "models_dev" / "schema.json"
MILLION = Decimal(1_000_000)


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def every_kind(fresh_copy) -> Path:
    """The scraped catalog with the API ids of CometAPI's /api/models, plus one model of each
    way of pricing the snapshot lacks (per image, per request, per minute, per character),
    as a page would have them stored."""
    _run("crosscheck", "--db", str(fresh_copy), "--source", f"cometapi={DEMO_COMETAPI}")
    conn = sqlite3.connect(fresh_copy)
    conn.executemany(
        "INSERT INTO models (id, provider, slug, name, kind, source) VALUES (?, ?, ?, ?, ?, "
        "'page')", [("openai/dall-e-3", "openai", "dall-e-3", "DALL·E 3", "image"),
                    ("midjourney/mj-fast-imagine", "midjourney", "mj-fast-imagine",
                     "Midjourney Imagine", "image"),
                    ("openai/whisper-1", "openai", "whisper-1", "Whisper", "text"),
                    ("openai/tts-1", "openai", "tts-1", "TTS 1", "audio")])
    conn.executemany(
        "INSERT INTO prices (model_id, kind, unit, usd) VALUES (?, ?, ?, ?)",
        [("openai/dall-e-3", "per_image", "image", 0.032),
         ("midjourney/mj-fast-imagine", "per_request", "request", 0.056),
         ("openai/whisper-1", "per_minute", "minute", 0.0048),
         ("openai/tts-1", "per_character", "1M characters", 12)])
    conn.commit()
    conn.close()
    return fresh_copy


@pytest.fixture(scope="module")
def litellm():
    os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"  # its bundled map: no network
    return _require("litellm")


def _catalog_prices(db: Path) -> dict[str, dict[str, Decimal]]:
    conn = sqlite3.connect(db)
    out: dict[str, dict[str, Decimal]] = {}
    for _model_id, api_id, kind, usd in conn.execute(
            "SELECT p.model_id, coalesce(r.ref_id, m.slug), p.kind, p.usd FROM prices p "
            "JOIN models m ON m.id = p.model_id LEFT JOIN reference_models r ON "
            "r.source = 'cometapi' AND r.model_id = p.model_id WHERE p.tier = '' "
            "AND p.usd IS NOT NULL"):
        out.setdefault(f"cometapi/{api_id}", {})[kind] = Decimal(repr(usd))
    conn.close()
    return out


def _close(cost: float, expected: Decimal) -> bool:
    return abs(Decimal(repr(cost)) - expected) <= expected * Decimal("1e-9")


def test_litellm_prices_every_exported_entry_at_the_catalogs_price(every_kind, tmp_path,
                                                                   litellm):
    from litellm.types.utils import ImageResponse
    from litellm.types.videos.main import VideoObject

    out = tmp_path / "litellm.json"
    _run("export", "--db", str(every_kind), "--format", "litellm", "--out", str(out))
    exported = json.loads(out.read_text())
    litellm.register_model(exported)
    catalog = _catalog_prices(every_kind)
    assert set(exported) == set(catalog)  # every priced model, under its API id
    checked = 0
    for key, prices in catalog.items():
        if "input" in prices or "output" in prices:
            ins, outs = litellm.cost_per_token(model=key, prompt_tokens=1_000_000,
                                               completion_tokens=1_000_000)
            assert _close(ins, prices.get("input", Decimal(0))), key
            assert _close(outs, prices.get("output", Decimal(0))), key
            checked += 1
        if "per_image" in prices:
            cost = litellm.completion_cost(
                completion_response=ImageResponse(data=[{"url": "a"}, {"url": "b"}]),
                model=key, call_type="image_generation")
            assert _close(cost, 2 * prices["per_image"]), key
            checked += 1
        if "per_second" in prices:
            video = VideoObject(id="v", object="video", status="completed", created_at=0,
                                model=key, usage={"duration_seconds": 10})
            cost = litellm.completion_cost(completion_response=video, model=key,
                                           call_type="create_video")
            assert _close(cost, 10 * prices["per_second"]), key
            checked += 1
        if "per_minute" in prices:
            ins, _outs = litellm.cost_per_token(model=key, call_type="transcription",
                                                audio_transcription_file_duration=120)
            assert _close(ins, 2 * prices["per_minute"]), key
            checked += 1
        if "per_character" in prices:
            cost = litellm.completion_cost(model=key, prompt="a" * 1000, call_type="speech")
            assert _close(cost, 1000 * prices["per_character"] / MILLION), key
            checked += 1
        if "per_request" in prices:
            # LiteLLM's map has the key; its cost functions (1.110) apply no per-request price
            assert Decimal(repr(litellm.model_cost[key]["input_cost_per_request"])) == \
                prices["per_request"]
            checked += 1
    assert checked == len(catalog) == 15


def test_litellm_image_model_priced_per_token_is_not_zero(every_kind, tmp_path, litellm):
    """nano-banana-2 is an image model priced per token: exported as mode chat, LiteLLM's
    completion_cost of a chat call prices its tokens (its image path, mode image_generation,
    would count images only and price them at 0.0)."""
    out = tmp_path / "litellm.json"
    _run("export", "--db", str(every_kind), "--format", "litellm", "--out", str(out))
    entry = json.loads(out.read_text())["cometapi/nano-banana-2"]
    assert entry["mode"] == "chat"
    litellm.register_model({"cometapi/nano-banana-2": entry})
    cost = litellm.completion_cost(model="cometapi/nano-banana-2", prompt="a",
                                   completion="b", call_type="completion")
    assert cost > 0


def _schema():
    jsonschema = _require("jsonschema")
    return jsonschema, json.loads(SCHEMA.read_text())


def _tree(root: Path) -> dict:
    provider = tomllib.loads((root / "provider.toml").read_text())
    models = {}
    for path in sorted((root / "models").glob("*.toml")) if (root / "models").is_dir() else ():
        models[path.stem] = {"id": path.stem, **tomllib.loads(path.read_text())}
    return {"id": root.name, **provider, "models": models}


def test_models_dev_tree_validates_against_its_schema(every_kind, tmp_path):
    jsonschema, schema = _schema()
    _run("export", "--db", str(every_kind), "--format", "models.dev", "--out", str(tmp_path))
    jsonschema.validate(_tree(tmp_path / "providers" / "cometapi"), schema)


def test_a_complete_models_dev_file_validates_and_an_incomplete_one_would_not(tmp_path):
    """When the catalog knows every required field the file written is one models.dev
    accepts; the same model without release_date fails models.dev's schema, which is why
    such a model is left out."""
    jsonschema, schema = _schema()
    row = {"model_id": "google/gemini-2-5-flash", "api_model_id": "gemini-2.5-flash",
           "name": "Gemini 2.5 Flash", "input_usd": Decimal("0.24"),
           "output_usd": Decimal("2"), "context_window": 1048576, "max_output_tokens": 65536,
           "status": "deprecated"}
    facts = {"knowledge_cutoff": "January 2025", "input_modalities": "Text, image, video, audio",
             "output_modalities": "Text", "features": ["chat", "tools", "reasoning", "files"],
             "release_date": "2025-06-17", "last_updated": "2025-06-17", "open_weights": False}
    doc, missing = model_document(row, facts)
    assert missing == []
    parsed = {"id": "gemini-2.5-flash", **tomllib.loads(model_toml(doc))}
    assert parsed["knowledge"] == "2025-01" and parsed["cost"] == {"input": 0.24, "output": 2}
    provider = {"id": "cometapi", "name": "CometAPI", "env": ["COMETAPI_KEY"],
                "npm": "@ai-sdk/openai-compatible", "api": "https://api.cometapi.com/v1",
                "doc": "https://www.cometapi.com/models/", "models": {parsed["id"]: parsed}}
    jsonschema.validate(provider, schema)
    # zod's refinement: no reasoning price on a model that does not reason
    refined = {**parsed, "reasoning": False, "cost": {**parsed["cost"], "reasoning": 1}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**provider, "models": {"x": refined}}, schema)
    del facts["release_date"]
    doc, missing = model_document(row, facts)
    assert missing == ["release_date"]
    del parsed["release_date"]
    with pytest.raises(jsonschema.ValidationError, match="release_date"):
        jsonschema.validate(provider, schema)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None and not IN_CI,
                    reason="LibreOffice (soffice) absent: make interop-setup installs it")
def test_libreoffice_reads_accented_names_and_numbers(fresh_copy, tmp_path):
    """LibreOffice (headless, ``--convert-to html``) opening the CSV as UTF-8: the accented
    name as written, the header without the byte-order mark, prices as numbers."""
    conn = sqlite3.connect(fresh_copy)
    conn.execute("UPDATE models SET name = 'Modèle déjà vu' WHERE id = 'deepseek/deepseek-r'")
    conn.commit()
    conn.close()
    csv_path = tmp_path / "catalog.csv"
    _run("export", "--db", str(fresh_copy), "--format", "csv", "--out", str(csv_path))
    subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to",
                    "html", "--outdir", str(tmp_path / "out"), str(csv_path)],
                   check=True, capture_output=True, timeout=120,
                   env={**os.environ, "HOME": str(tmp_path)})
    html = (tmp_path / "out" / "catalog.html").read_text(encoding="utf-8")
    assert "Modèle déjà vu" in html
    assert ">model_id<" in html.replace("\n", "") and "\ufeff" not in html
    assert 'sdval="1.752"' in html  # the output price, read as a number
    # and Python's csv reads the same file alike
    with csv_path.open(newline="", encoding="utf-8-sig") as handle:
        names = {r["model_id"]: r["name"] for r in csv.DictReader(handle)}
    assert names["deepseek/deepseek-r"] == "Modèle déjà vu"
