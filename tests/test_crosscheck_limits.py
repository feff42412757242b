"""References parsed within limits (issue 21, item 5): hostile numbers in a reference file are
refused, each with a finding, never an exit 70 or a pinned core; a source that fails leaves the
others to run; ``--source`` reads only regular files and http(s) URLs."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.crosscheck.references import (
    ReferenceFormatError,
    load_json,
    parse_reference,
    read_reference,
)
from tests.conftest import ROOT

REFS = ROOT / "tests" / "fixtures" / "references"


def litellm_with(tmp_path: Path, name: str, **raw: str) -> Path:
    """The LiteLLM fixture with the entry gpt-4-0314's fields set to ``raw`` JSON literals
    (as written: ``1e100000000`` is no float Python could dump)."""
    data = json.loads((REFS / "litellm.json").read_text())
    for key in raw:
        data["gpt-4-0314"][key] = f"@@{key}@@"
    text = json.dumps(data)
    for key, literal in raw.items():
        text = text.replace(f'"@@{key}@@"', literal)
    path = tmp_path / name
    path.write_text(text)
    return path


def crosscheck(db: Path, *sources: str):
    args = ["crosscheck", "--db", str(db)]
    for source in sources:
        args += ["--source", source]
    return CliRunner().invoke(cli, args)


def refused(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT model_id, detail FROM findings WHERE kind = "
                            "'reference_value_refused' AND resolved_at IS NULL ORDER BY detail"
                            ).fetchall()
    conn.close()
    return rows


def test_a_size_of_a_hundred_million_digits_is_refused_not_computed(fresh_copy, tmp_path):
    """``{"max_input_tokens": 1e100000000}`` (130 bytes of JSON) read as it
    comes is a 100-million-digit integer: over two minutes of one core."""
    path = litellm_with(tmp_path, "big.json", max_input_tokens="1e100000000")
    result = crosscheck(fresh_copy, f"litellm={path}")
    assert result.exit_code == 0, result.output
    assert "1 values refused (findings)" in result.output
    assert refused(fresh_copy) == [
        ("openai/gpt-4-0314", "gpt-4-0314: context_window: 1E+100000000 tokens is over "
                              "1,000,000,000")]
    with sqlite3.connect(fresh_copy) as conn:
        assert conn.execute("SELECT context_window, input_usd FROM reference_models WHERE "
                            "ref_id = 'gpt-4-0314'").fetchone() == (None, 30.0)
    conn.close()


@pytest.mark.parametrize("field, literal, why", [
    ("input_cost_per_token", "1e999", "input price: 1E+999 USD per token is over 1,000,000 "
                                      "per 1M tokens"),
    ("input_cost_per_token", "1e-999", "input price: 1E-999 USD per token is under 1E-12 per "
                                       "1M tokens"),
    ("input_cost_per_token", "-3e-05", "input price: -0.00003 is negative"),
    ("input_cost_per_token", "Infinity", "input price: Infinity is not a finite number"),
    ("output_cost_per_token", "NaN", "output price: NaN is not a finite number"),
    ("input_cost_per_token", "2", "input price: 2 USD per token is over 1,000,000 per 1M "
                                  "tokens"),
    ("output_cost_per_image", "1000001", "per_image price: 1000001 USD is over 1,000,000 per "
                                          "unit"),
    ("max_output_tokens", "1000000001", "max_output_tokens: 1000000001 tokens is over "
                                        "1,000,000,000"),
    ("max_output_tokens", "1e999", "max_output_tokens: 1E+999 tokens is over 1,000,000,000"),
])
def test_absurd_values_are_refused_with_a_finding(fresh_copy, tmp_path, field, literal, why):
    """Each, read as it comes, is stored as Inf, exits 70 (OverflowError, InvalidOperation)
    or is silently dropped: here the value is unknown, the rest of the entry and the source
    are stored, and a finding names it."""
    path = litellm_with(tmp_path, "odd.json", **{field: literal})
    result = crosscheck(fresh_copy, f"litellm={path}")
    assert result.exit_code == 0, result.output
    assert refused(fresh_copy) == [("openai/gpt-4-0314", f"gpt-4-0314: {why}")]
    with sqlite3.connect(fresh_copy) as conn:
        values = conn.execute("SELECT input_usd, output_usd, per_image_usd FROM "
                              "reference_models WHERE ref_id = 'gpt-4-0314'").fetchone()
    conn.close()
    assert all(v is None or 0 < v <= 1_000_000 for v in values)
    # a later run without the odd value resolves the finding
    assert crosscheck(fresh_copy, f"litellm={REFS / 'litellm.json'}").exit_code == 0
    assert refused(fresh_copy) == []


def test_a_long_number_literal_refuses_its_source_and_the_others_still_run(fresh_copy,
                                                                           tmp_path):
    path = litellm_with(tmp_path, "long.json", max_input_tokens="1" * 5000)
    result = crosscheck(fresh_copy, f"litellm={path}",
                        f"models.dev={REFS / 'models_dev.json'}")
    assert result.exit_code == 1, result.output
    assert ("litellm: not stored: a number of 5000 characters (over 40): refused before "
            "parsing; its earlier rows are kept") in result.output
    assert "models.dev: " in result.output and "crosscheck: 1 of 2 sources stored" in (
        result.output)
    assert "Traceback" not in result.output


def test_number_literals_are_bounded_before_they_are_parsed():
    assert load_json(b'{"a": 1.5, "b": 12}') == {"a": Decimal("1.5"), "b": 12}
    for body in (b'{"a": ' + b"9" * 41 + b"}", b'{"a": 0.' + b"1" * 40 + b"}"):
        with pytest.raises(ReferenceFormatError, match="over 40"):
            load_json(body)


def test_reading_stops_past_its_time_budget():
    data = json.loads((REFS / "litellm.json").read_text())
    assert read_reference("litellm", data, date(2026, 12, 1))  # within the default budget
    with pytest.raises(ReferenceFormatError, match="took longer than"):
        read_reference("litellm", data, date(2026, 12, 1), budget=-1)


def test_parse_reference_screens_every_format():
    body = json.dumps({"data": [{"id": "a/b", "pricing": {"prompt": "-1", "completion":
                                                          "0.00001"}}]}).encode()
    (ref,) = parse_reference("openrouter", body)
    assert ref.prices == {"output": Decimal(10)} and ref.refused == [
        "input price: -1 is negative"]


def test_a_fifo_source_is_refused_in_one_line(fresh_copy, tmp_path):
    fifo = tmp_path / "ref.json"
    os.mkfifo(fifo)
    for source in (f"litellm={fifo}", str(fifo), f"litellm={tmp_path}",
                   "litellm=ftp://127.0.0.1/x.json"):
        result = subprocess.run(
            [sys.executable, "-m", "catalog.cli", "crosscheck", "--db", str(fresh_copy),
             "--source", source], capture_output=True, text=True, timeout=60)
        assert result.returncode == 64, (source, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "--source" in lines[0], (source, lines)
