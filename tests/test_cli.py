"""The ``catalog`` command line, run as a user runs it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.run.lock import run_lock
from tests.conftest import FIXTURE_PAGES, ROOT, SNAPSHOT


def test_parse_prints_the_contract():
    result = CliRunner().invoke(cli, [
        "parse", str(SNAPSHOT / "ko/models/openai/gpt-4-0314/index.html"),
        "--url", "https://www.cometapi.com/ko/models/openai/gpt-4-0314/"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {k: data[k] for k in (
        "url", "locale", "provider", "provider_name", "model", "model_id", "name", "prices",
        "discount_pct", "context_window", "max_output_tokens", "status", "status_date",
        "replacements", "commercial_use", "summary")} == {
        "url": "https://www.cometapi.com/ko/models/openai/gpt-4-0314/", "locale": "ko",
        "provider": "openai", "provider_name": "OpenAI", "model": "gpt-4-0314",
        "model_id": "openai/gpt-4-0314", "name": "gpt-4-0314",
        "prices": [
            {"kind": "input", "unit": "1M tokens", "usd": 24, "official_usd": 30, "label": "입력",
             "usd_text": "$24/M", "official_text": "$30/M", "tier": None},
            {"kind": "output", "unit": "1M tokens", "usd": 48, "official_usd": 60,
             "label": "출력", "usd_text": "$48/M", "official_text": "$60/M", "tier": None}],
        "discount_pct": 20, "context_window": 8192, "max_output_tokens": None,
        "status": "retired", "status_date": "2026-03-26", "replacements": ["gpt-5", "gpt-4.1*"],
        "commercial_use": True, "summary": None}
    assert {"kind": "untranslated_placeholder", "detail": "[모델 이름]"} in data["findings"]
    # every fact keeps the sentence it was read from
    assert any("has been retired" in text for text in data["evidence"]["status"])
    assert any("8K" in text or "8,192" in text for text in data["evidence"]["context_window"])
    assert data["evidence"]["price.input"] == ["입력:$24/M"]


def test_parse_unprefixed_url_is_english_and_free_price_is_zero():
    result = CliRunner().invoke(cli, [
        "parse", str(FIXTURE_PAGES / "per_request_free.html"),
        "--url", "https://www.cometapi.com/ja/models/midjourney/mj-turbo-pic-reader/"])
    data = json.loads(result.output)
    assert data["prices"][0]["usd"] == 0 and data["prices"][0]["kind"] == "per_request"


def test_parse_refuses_a_page_that_is_not_a_model_page():
    result = CliRunner().invoke(cli, ["parse", str(FIXTURE_PAGES / "soft_404.html"),
                                      "--url", "https://www.cometapi.com/models/openai/o3/"])
    assert result.exit_code == 1
    assert json.loads(result.output)["error"] == "not a model page"


def test_scrape_snapshot_then_runs_and_status(tmp_path):
    db = tmp_path / "c.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["scrape", "--snapshot", str(SNAPSHOT), "--db", str(db),
                                 "--no-progress"])
    assert result.exit_code == 0, result.output
    # 41 pages, and 3 page URLs the snapshot's model catalog builds that answer 404
    assert "run 1 complete: 44 pages found, 8 read" in result.output
    assert "; 6 models in the catalog, 5 with a page, 1 without" in result.output
    result = runner.invoke(cli, ["runs", "--db", str(db), "--json"])
    assert json.loads(result.output.splitlines()[0])["status"] == "complete"
    assert runner.invoke(cli, ["status", "--db", str(db), "--max-age", "1h"]).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE runs SET finished_at = '2020-01-01T00:00:00+00:00'")
    stale = runner.invoke(cli, ["status", "--db", str(db), "--max-age", "1h"])
    assert stale.exit_code == 1 and stale.output.startswith("stale")


def test_second_scrape_while_locked_says_so_and_exits(tmp_path):
    db = tmp_path / "c.db"
    with run_lock(db):
        result = CliRunner().invoke(cli, ["scrape", "--snapshot", str(SNAPSHOT), "--db",
                                          str(db), "--no-progress"])
    assert result.exit_code == 3
    assert "another scrape holds" in result.output


def test_a_lock_file_that_is_a_symlink_is_never_written_through(tmp_path):
    """A symbolic link at catalog.db.lock would have had the pid written into its target."""
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    db = tmp_path / "c.db"
    (tmp_path / "c.db.lock").symlink_to(target)
    result = CliRunner().invoke(cli, ["scrape", "--snapshot", str(SNAPSHOT), "--db", str(db),
                                      "--no-progress"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "symbolic link" in result.output
    assert target.read_text() == "keep me"
    assert not db.exists()


@pytest.mark.slow
def test_scrape_of_a_dead_site_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["scrape", "--base-url", "http://127.0.0.1:9", "--db",
                                      str(tmp_path / "c.db"), "--no-progress", "--timeout",
                                      "0.5"])
    assert result.exit_code == 2
    assert "failed" in result.output


def test_console_script_is_installed():
    result = subprocess.run([sys.executable, "-m", "catalog.cli", "--help"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "scrape" in result.stdout


def test_export_is_sorted_and_stable(tmp_path, scraped_db):
    out = tmp_path / "catalog.json"
    runner = CliRunner()
    first = runner.invoke(cli, ["export", "--db", str(scraped_db), "--out", str(out)])
    assert first.output.strip().endswith("changed")
    text = out.read_text()
    again = runner.invoke(cli, ["export", "--db", str(scraped_db), "--out", str(out)])
    assert again.output.strip().endswith("unchanged") and out.read_text() == text
    data = json.loads(text)
    assert [m["id"] for m in data] == sorted(m["id"] for m in data)
    gpt4 = next(m for m in data if m["id"] == "openai/gpt-4-0314")
    assert gpt4["replacements"] == ["gpt-4.1*", "gpt-5"]
    assert [(p["kind"], p["usd"], p["official_usd"]) for p in gpt4["prices"]] == [
        ("input", 24.0, 30.0), ("output", 48.0, 60.0)]


def test_parse_decodes_a_saved_page_as_a_scrape_decodes_its_body(tmp_path):
    """A page saved in EUC-KR (``<meta charset="euc-kr">``) reads as its UTF-8 original: the
    same charset detection as a scrape's (``text_codec``), not bytes taken for UTF-8, which
    garbled the labels (입력) and lost the output price."""
    original = SNAPSHOT / "ko/models/openai/gpt-4-0314/index.html"
    html = original.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in html
    saved = tmp_path / "page.html"
    saved.write_bytes(html.replace('<meta charset="utf-8">', '<meta charset="euc-kr">')
                      .encode("euc-kr", errors="xmlcharrefreplace"))
    url = "https://www.cometapi.com/ko/models/openai/gpt-4-0314/"
    runs = [CliRunner().invoke(cli, ["parse", str(path), "--url", url])
            for path in (original, saved)]
    assert [r.exit_code for r in runs] == [0, 0]
    utf8, euc_kr = (json.loads(r.output) for r in runs)
    assert euc_kr == utf8
    assert [p["label"] for p in euc_kr["prices"]] == ["입력", "출력"]
