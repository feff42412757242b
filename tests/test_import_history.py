"""``catalog import-history``: a catalog's history rebuilt from the commits of its JSON export.

The repository is real: a git repository made in a temporary folder whose commits hold the
exports ``catalog export`` wrote after scraping each bundled snapshot (served on 127.0.0.1),
committed at fixed dates.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.publish.export import export_text
from catalog.storage.git_history import file_commits, file_contents
from catalog.storage.history_import import import_history, replay_commits
from scrapers.fetch.localserver import serve_directory
from tests.conftest import ROOT, SNAPSHOT, run_scrape

LATER = ROOT / "data" / "snapshot-2026-11"
DATES = ("2026-11-01T10:00:00+00:00", "2026-11-05T10:00:00+00:00")
HISTORY_TABLES = ("runs", "models", "providers", "prices", "price_history",
                  "lifecycle_history", "replacements")


def git(repo: Path, *args: str, date: str | None = None) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True,
                          text=True).stdout


def commit_export(repo: Path, db: Path, date: str) -> None:
    """What the scheduled job does after a run: export, commit the file."""
    done = catalog("export", "--db", str(db), "--out", str(repo / "data" / "catalog.json"))
    assert done.returncode == 0, done.stderr
    git(repo, "add", "data/catalog.json")
    git(repo, "commit", "--quiet", "-m", f"Latest prices: {date}", date=date)


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> tuple[Path, Path]:
    """(a repository whose two commits hold the exports after each snapshot, the scraped
    catalog that made them)."""
    tmp = tmp_path_factory.mktemp("history")
    repo, db = tmp / "repo", tmp / "scraped.db"
    git(tmp, "init", "--quiet", "-b", "main", str(repo))
    for snapshot, date in zip((SNAPSHOT, LATER), DATES, strict=True):
        with serve_directory(snapshot) as url:
            assert run_scrape(url, db).status == "complete"
        commit_export(repo, db, date)
    return repo, db


def rows(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in HISTORY_TABLES}


def catalog(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "catalog.cli", *args], capture_output=True,
                          text=True, timeout=120)


def test_the_commits_become_history_with_their_dates(exports, tmp_path):
    repo, _ = exports
    db = tmp_path / "catalog.db"
    done = catalog("import-history", "--db", str(db), "--from-git", str(repo))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("data/catalog.json: 2 versions, 2 replayed")
    with sqlite3.connect(db) as conn:
        sora = conn.execute("SELECT usd, valid_from, valid_to FROM price_history WHERE model_id"
                            " = 'openai/sora-2' AND kind = 'per_second' ORDER BY id").fetchall()
        gemini = conn.execute("SELECT status, status_date, replacements, valid_from, valid_to "
                              "FROM lifecycle_history WHERE model_id = "
                              "'google/gemini-2-5-flash' ORDER BY id").fetchall()
        kimi = conn.execute("SELECT first_seen FROM models WHERE id = 'moonshot/kimi-k2-5'"
                            ).fetchone()
        changes = conn.execute("SELECT model_id, change_kind, changed_at FROM changes "
                               "ORDER BY model_id").fetchall()
        seen = conn.execute("SELECT DISTINCT last_seen FROM models UNION "
                            "SELECT DISTINCT last_seen FROM providers").fetchall()
    assert sora == [(0.08, DATES[0], DATES[1]), (0.07, DATES[1], None)]
    assert gemini == [("active", None, "[]", DATES[0], DATES[1]),
                      ("deprecated", "2027-06-17", '["gemini-3-flash"]', DATES[1], None)]
    assert kimi == (DATES[1],)
    assert seen == [(DATES[1],)]  # every model and provider is in the last version
    assert changes == [("google/gemini-2-5-flash", "lifecycle", DATES[1]),
                       ("openai/sora-2", "price", DATES[1])]
    # the rebuilt catalog exports what the last commit holds, byte for byte
    assert export_text(db) == git(repo, "show", "HEAD:data/catalog.json")


def test_a_second_import_changes_nothing(exports, tmp_path):
    repo, _ = exports
    db = tmp_path / "catalog.db"
    import_history(db, repo, "data/catalog.json")
    before = rows(db)
    again = import_history(db, repo, "data/catalog.json")
    assert (again.replayed, again.skipped, again.exit_code) == (0, 2, 0)
    assert rows(db) == before


def test_a_scrape_after_the_import_continues_the_history(exports, tmp_path):
    """No history row is opened again: the export's sorted replacements are the same
    lifecycle as the page's order (gpt-4-0314 names gpt-5 before gpt-4.1*)."""
    repo, _ = exports
    db = tmp_path / "catalog.db"
    import_history(db, repo, "data/catalog.json")
    before = rows(db)
    with serve_directory(LATER) as url:
        assert run_scrape(url, db).status == "complete"
    after = rows(db)
    assert after["price_history"] == before["price_history"]
    assert after["lifecycle_history"] == before["lifecycle_history"]
    assert export_text(db) == git(repo, "show", "HEAD:data/catalog.json")


def test_a_catalog_that_holds_the_runs_already_is_not_doubled(exports, tmp_path):
    """The commits are older than the catalog's runs here (fixed 2026-11 dates); a commit
    newer than the last run but equal to the catalog's export is skipped too."""
    repo, scraped = exports
    db = tmp_path / "catalog.db"
    shutil.copy(scraped, db)
    before = rows(db)
    assert import_history(db, repo, "data/catalog.json").replayed == 0
    late = tmp_path / "late"
    git(tmp_path, "clone", "--quiet", str(repo), str(late))
    # the catalog's own export, committed after its last run (the scheduled job's order)
    (late / "data" / "catalog.json").write_text(export_text(db) + " ")
    git(late, "commit", "--quiet", "-am", "a newer version, the same JSON",
        date="2099-01-02T00:00:00+00:00")
    result = import_history(db, late, "data/catalog.json")
    assert (result.replayed, result.skipped) == (0, 3)
    assert rows(db) == before


def test_versions_the_catalog_lacks_are_added_to_it(exports, tmp_path):
    """A catalog restored from an older cache gets the commits made after it, and only
    those are read from git."""
    repo, _ = exports
    db, fresh = tmp_path / "catalog.db", tmp_path / "fresh.db"
    commits = file_commits(repo, "data/catalog.json")
    read: list[str] = []

    def reader(todo):
        read.extend(c.sha for c in todo)
        return file_contents(repo, "data/catalog.json", todo)

    assert replay_commits(db, commits[:1], reader).replayed == 1
    result = replay_commits(db, commits, reader)
    assert (result.replayed, result.skipped) == (1, 1)
    assert read == [commits[0].sha, commits[1].sha]  # each version read once
    assert replay_commits(db, commits, reader).replayed == 0
    assert len(read) == 2  # nothing left to replay: nothing read
    import_history(fresh, repo, "data/catalog.json")
    assert rows(db)["price_history"] == rows(fresh)["price_history"]


def test_a_version_that_is_not_json_is_named_and_the_others_imported(exports, tmp_path):
    repo, _ = exports
    broken = tmp_path / "broken"
    git(tmp_path, "clone", "--quiet", str(repo), str(broken))
    good = (broken / "data" / "catalog.json").read_text()
    (broken / "data" / "catalog.json").write_text(good[:100])
    git(broken, "commit", "--quiet", "-am", "half a file", date="2026-11-06T10:00:00+00:00")
    git(broken, "rm", "--quiet", "data/catalog.json")  # a deletion is no change: nothing is
    git(broken, "commit", "--quiet", "-m", "gone", date="2026-11-06T11:00:00+00:00")  # deleted
    models = json.loads(good)
    models[0]["status"] = "resting"  # not a status: the CHECK refuses this model only
    (broken / "data").mkdir(exist_ok=True)
    (broken / "data" / "catalog.json").write_text(json.dumps(models))
    git(broken, "add", "data/catalog.json")
    git(broken, "commit", "--quiet", "-m", "a bad status", date="2026-11-07T10:00:00+00:00")
    db = tmp_path / "catalog.db"
    done = catalog("import-history", "--db", str(db), "--from-git", str(broken))
    assert done.returncode == 1, done.stderr  # partial: the rest is imported
    assert "5 versions, 3 replayed" in done.stdout and "not JSON" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM runs").fetchone() == (3,)
        assert conn.execute("SELECT status FROM models WHERE id = ?",
                            (models[0]["id"],)).fetchone()[0] != "resting"


@pytest.mark.parametrize("case", ["not a repository", "never committed", "shallow clone"])
def test_a_history_git_cannot_give_is_one_line_exit_2_nothing_written(exports, tmp_path, case):
    repo, _ = exports
    target, path = repo, "data/catalog.json"
    if case == "not a repository":
        target = tmp_path / "plain"
        target.mkdir()
    elif case == "never committed":
        path = "data/other.json"
    else:
        target = tmp_path / "shallow"
        git(tmp_path, "clone", "--quiet", "--depth", "1", f"file://{repo}", str(target))
    db = tmp_path / "catalog.db"
    done = catalog("import-history", "--db", str(db), "--from-git", str(target), "--path", path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("catalog import-history: ")
    assert "nothing was written" in lines[0]
    assert not db.exists()


def test_a_db_that_is_not_a_catalog_is_refused(exports, tmp_path):
    repo, _ = exports
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE notes (x)").connection.commit()
    before = other.read_bytes()
    done = catalog("import-history", "--db", str(other), "--from-git", str(repo))
    assert done.returncode == 64 and len(done.stderr.strip().splitlines()) == 1
    assert other.read_bytes() == before
