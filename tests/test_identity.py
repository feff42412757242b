"""Every command refuses a ``--db`` that is not a catalog: one line, exit 64, and the file is
left exactly as it was (another program's database, a text file). A catalog made by an earlier
version (no mark, the catalog's tables) is still opened, and gains the mark."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.storage.identity import APPLICATION_ID
from tests.conftest import SNAPSHOT


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def foreign_db(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE pages (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO pages (body) VALUES ('their data')")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def text_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("this is not a database\n" * 10)
    return path


COMMANDS = [
    ["scrape", "--snapshot", str(SNAPSHOT), "--no-progress", "--db"],
    ["runs", "--db"], ["status", "--db"], ["export", "--out", "/dev/null", "--db"],
    ["serve", "--get", "/catalog.json", "--db"], ["site", "--out", "SITE", "--db"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("kind", ["foreign_db", "text_file"])
def test_a_file_that_is_not_a_catalog_is_refused_and_left_alone(command, kind, request,
                                                                  tmp_path):
    path = request.getfixturevalue(kind)
    before = _digest(path)
    args = [str(tmp_path / "site") if a == "SITE" else a for a in command] + [str(path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 64, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "not a" in result.output and result.output.count("\n") <= 2
    assert _digest(path) == before
    assert not (tmp_path / f"{path.name}-wal").exists()


def test_a_catalog_from_an_earlier_version_is_opened_and_marked(fresh_copy):
    conn = sqlite3.connect(fresh_copy)
    conn.execute("PRAGMA application_id = 0")  # as every catalog was before the mark
    conn.commit()
    conn.close()
    result = CliRunner().invoke(cli, ["runs", "--db", str(fresh_copy)])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(fresh_copy)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()
