"""Every exit status of ``catalog``, from a real process, as a scheduler sees it: 0 complete,
1 partial, 2 failed, 3 locked, 64 bad usage, 70 internal error; each error one line on stderr,
the traceback only with ``--debug``.

The site is the fault-injecting server of tests/faultserver.py (or the bundled snapshot); the
internal error is a real one: the scrape runs with a file-size limit (``RLIMIT_FSIZE``), so
SQLite's writes fail in the middle of the run as they would on a full disk.
"""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from catalog import exit_codes
from tests.conftest import ROOT, SNAPSHOT
from tests.faultserver import Fault, FaultServer, fault_server
from tests.test_pipeline import dump

__all__ = ["fault_server"]

PAGES = {
    "/models/openai/gpt-4-0314/": SNAPSHOT / "models/openai/gpt-4-0314/index.html",
    "/models/google/gemini-2-5-flash/": SNAPSHOT / "models/google/gemini-2-5-flash/index.html",
}


def catalog(*args: str, preexec_fn=None) -> subprocess.CompletedProcess:
    """``catalog ARGS`` as a scheduler runs it: a process of its own."""
    return subprocess.run([sys.executable, "-m", "catalog.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False,
                          preexec_fn=preexec_fn)


def serve_site(server: FaultServer, broken: str | None = None) -> None:
    urls = "".join(f"<url><loc>{server.url(p)}</loc></url>" for p in PAGES)
    server.route("/sitemap.xml", Fault.xml(
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + urls.encode()
        + b"</urlset>"))
    for path, file in PAGES.items():
        if path == broken:  # an image where a page should be: failed at once, not retried
            server.route(path, Fault(body=b"\x89PNG\r\n", content_type="image/png",
                                     validators=False))
        else:
            server.route(path, Fault.page(file.read_bytes()))


def scrape(server: FaultServer, db: Path, *extra: str) -> subprocess.CompletedProcess:
    return catalog("scrape", "--base-url", server.base_url, "--db", str(db), "--no-progress",
                   *extra)


def runs(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status, reason FROM runs ORDER BY id").fetchall()


def test_0_complete(fault_server, tmp_path):
    serve_site(fault_server)
    result = scrape(fault_server, tmp_path / "c.db")
    assert result.returncode == exit_codes.COMPLETE == 0, result.stderr
    assert result.stdout.startswith("run 1 complete:")
    assert result.stderr == ""


def test_1_partial_commits_what_was_read(fault_server, tmp_path):
    serve_site(fault_server, broken="/models/google/gemini-2-5-flash/")
    db = tmp_path / "c.db"
    result = scrape(fault_server, db)
    assert result.returncode == exit_codes.PARTIAL == 1, result.stderr
    assert result.stdout.startswith("run 1 partial:")
    assert runs(db)[0][0] == "partial"
    with sqlite3.connect(db) as conn:  # the page that was read is committed
        assert conn.execute("SELECT id FROM models WHERE source = 'page'").fetchall() == [
            ("openai/gpt-4-0314",)]


def test_2_failed_commits_nothing(fault_server, tmp_path):
    serve_site(fault_server)
    db = tmp_path / "c.db"
    assert scrape(fault_server, db).returncode == 0
    before = dump(db)
    fault_server.route("/sitemap.xml", Fault.xml(b"<urlset><url><loc>http://x/</loc>"))
    result = scrape(fault_server, db)
    assert result.returncode == exit_codes.FAILED == 2, result.stderr
    assert result.stdout.startswith("run 2 failed:") and "malformed sitemap" in result.stdout
    assert dump(db) == before


def test_3_locked_names_the_process_that_holds_the_lock(tmp_path):
    db = tmp_path / "c.db"
    # an earlier run's pid left in the file, and another process holding the lock now
    stale = subprocess.Popen(["true"])
    stale.wait()
    (tmp_path / "c.db.lock").write_text(str(stale.pid))
    holder = subprocess.Popen(["flock", str(tmp_path / "c.db.lock"), "sleep", "30"])
    try:
        for _ in range(100):
            if Path("/proc/locks").read_text().count(f" {holder.pid} "):
                break
            time.sleep(0.05)
        result = catalog("scrape", "--snapshot", str(SNAPSHOT), "--db", str(db),
                         "--no-progress")
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == exit_codes.LOCKED == 3
    assert result.stderr.strip() == (f"catalog scrape: another scrape holds {db}.lock "
                                      f"(pid {holder.pid}); not starting a second run")
    assert f"pid {stale.pid})" not in result.stderr
    assert not db.exists()


def test_a_finished_run_leaves_no_pid_in_the_lock_file(tmp_path):
    db = tmp_path / "c.db"
    assert catalog("scrape", "--snapshot", str(SNAPSHOT), "--db", str(db),
                   "--no-progress").returncode == 0
    assert (tmp_path / "c.db.lock").read_text() == ""


@pytest.mark.parametrize(("args", "says"), [
    (["scrape", "--rate", "-1"], "Invalid value for '--rate': '-1' must be a number above 0"),
    (["scrape", "--bogus"], "No such option '--bogus'"),
    (["status", "--max-age", "-5h"], "'-5h' is not a duration"),
    (["nosuchcommand"], "No such command 'nosuchcommand'"),
    (["export", "--db", "missing.db"], "no catalog at missing.db"),
])
def test_64_bad_usage_is_one_line(args, says, tmp_path):
    result = catalog(*args)
    assert result.returncode == exit_codes.USAGE == 64
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr


def _small_files() -> None:
    """In the child: files may not grow past 128 KB, and going past is an error (EFBIG), not
    a signal: a full disk, as SQLite sees it."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (128 * 1024, 128 * 1024))


@pytest.mark.parametrize("debug", [False, True], ids=["one line", "--debug"])
def test_70_an_internal_error_inside_a_run(fresh_copy, debug):
    """A write that fails in the middle of a run: exit 70 (not 1, which schedulers accept as
    partial), one line without --debug, the run recorded as failed, the catalog as it was."""
    before = dump(fresh_copy)
    result = catalog(*(["--debug"] if debug else []), "scrape", "--snapshot", str(SNAPSHOT),
                     "--db", str(fresh_copy), "--no-progress", "--full",
                     preexec_fn=_small_files)
    assert result.returncode == exit_codes.INTERNAL == 70, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("catalog scrape: internal error: OperationalError: ")
    assert "`catalog --debug scrape …` shows the traceback" in lines[-1]
    if debug:
        assert "Traceback (most recent call last)" in result.stderr
    else:
        assert "Traceback" not in result.stderr
        assert all(line.startswith("serving snapshot") for line in lines[:-1])
    status, reason = runs(fresh_copy)[-1]
    assert len(runs(fresh_copy)) == 2 and status == "failed"
    assert reason.startswith("OperationalError: ")
    with sqlite3.connect(fresh_copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    after = dump(fresh_copy)
    assert {t: rows for t, rows in after.items() if t != "runs"} == {
        t: rows for t, rows in before.items() if t != "runs"}
