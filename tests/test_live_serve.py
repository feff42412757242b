"""A live catalog: ``catalog serve`` shows the newest committed run without a restart, and never
writes. A real ``catalog serve`` process on a port, a real ``catalog scrape`` of the snapshot
(served on 127.0.0.1) while it serves, and the new run and price read back over HTTP."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from catalog.publish import serve
from tests.conftest import ROOT, free_port, wait_until_answers

GPT4_EN = "models/openai/gpt-4-0314/index.html"


def catalog(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "catalog.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def served(site_copy: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A catalog scraped once from a copy of the snapshot, and `catalog serve` running on it:
    (base URL, database)."""
    db = tmp_path / "catalog.db"
    first = catalog("scrape", "--snapshot", str(site_copy), "--db", str(db), "--no-progress")
    assert first.returncode == 0, first.stderr
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "catalog.cli", "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(process, f"{base}/catalog.json", tmp_path / "serve.log")
        yield base, db
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def runs(base: str) -> list[tuple[int, str]]:
    data = httpx.get(f"{base}/catalog/runs.json?_shape=array&_sort=id&_col=status").json()
    return [(row["id"], row["status"]) for row in data]


def input_price(base: str) -> float:
    rows = httpx.get(f"{base}/catalog/prices.json", params={
        "_shape": "array", "model_id": "openai/gpt-4-0314", "kind": "input"}).json()
    return rows[0]["usd"]


@pytest.mark.slow
def test_a_new_run_shows_without_a_restart(served, site_copy):
    base, db = served
    assert runs(base) == [(1, "complete")]
    assert input_price(base) == 24
    page = site_copy / GPT4_EN
    page.write_text(page.read_text().replace("Input:$24/M", "Input:$18/M"))

    second = catalog("scrape", "--snapshot", str(site_copy), "--db", str(db), "--no-progress",
                     "--full")
    assert second.returncode == 0, second.stderr
    assert "1 prices changed" in second.stdout

    assert runs(base) == [(1, "complete"), (2, "complete")]
    assert input_price(base) == 18
    history = httpx.get(f"{base}/catalog/price_history.json", params={
        "_shape": "array", "model_id": "openai/gpt-4-0314", "kind": "input",
        "_sort": "valid_from"}).json()
    assert [(row["usd"], row["run_id"]) for row in history] == [(24, 1), (18, 2)]
    # the response says how long it may be cached: a minute, not the ten minutes it was
    response = httpx.get(f"{base}/catalog/runs")
    assert response.headers["cache-control"] == "max-age=60"


@pytest.mark.slow
def test_serving_never_writes(served):
    base, db = served
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for path in ["/", "/catalog", "/catalog/models", "/deprecations", "/charts",
                 "/catalog/search?q=model", "/catalog/runs.json"]:
        assert httpx.get(base + path).status_code == 200, path
    refused = httpx.get(f"{base}/catalog.json", params={"sql": "delete from runs"})
    assert refused.status_code == 400
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert runs(base) == [(1, "complete")]


async def test_the_served_database_has_no_write_path(fresh_copy):
    ds = serve.build_datasette(fresh_copy)
    database = ds.get_database("catalog")
    assert database.is_mutable  # read at each request, not frozen at start
    with pytest.raises(PermissionError, match="served read-only"):
        await database.execute_write("delete from runs")
    with pytest.raises(PermissionError, match="served read-only"):
        database.connect(write=True)
    rows = (await database.execute("select count(*) from runs")).rows
    assert rows[0][0] == 1
