"""Killing a real scraper process mid-run (SIGKILL) leaves a sound database holding the old
state, and the next run completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT, SNAPSHOT, run_scrape
from tests.test_pipeline import dump


def _slow_scrape(db: Path) -> subprocess.Popen:
    """A real `catalog scrape` process, slowed to 2 requests a second so it can be caught."""
    return subprocess.Popen(
        [sys.executable, "-m", "catalog.cli", "scrape", "--snapshot", str(SNAPSHOT),
         "--db", str(db),
         "--no-progress", "--rate", "2", "--full"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_sigkill_mid_run_keeps_old_state_and_next_run_completes(fresh_copy, snapshot_url):
    before = dump(fresh_copy)
    process = _slow_scrape(fresh_copy)
    deadline = time.monotonic() + 20
    # wait until the run is under way (its runs row exists and pages are being read)
    while time.monotonic() < deadline:
        with sqlite3.connect(fresh_copy, timeout=5) as conn:
            running = conn.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone()
        if running[0]:
            break
        time.sleep(0.05)
    time.sleep(1.5)
    assert process.poll() is None, "the scrape finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    with sqlite3.connect(fresh_copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert dump(fresh_copy) == before  # the killed run's uncommitted work is gone

    result = run_scrape(snapshot_url, fresh_copy)
    assert result.status == "complete"
    with sqlite3.connect(fresh_copy) as conn:
        statuses = [r[0] for r in conn.execute("SELECT status FROM runs ORDER BY id")]
        reason = conn.execute("SELECT reason FROM runs WHERE id = 2").fetchone()[0]
    assert statuses == ["complete", "failed", "complete"]
    assert reason.startswith("interrupted")
    assert dump(fresh_copy) == before
