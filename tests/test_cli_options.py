"""Validated options, everywhere: one set of option types (catalog/cli_options.py), a value
refused in one line with exit 64 and nothing written, and the options that took odd input
silently (``--rate 0``, ``--max-age -5h``, ``--locale zh-cn``, ``export --out -``, ``serve --get
catalog/models.json``, ``site --out`` a folder of the user's) doing what they say."""

from __future__ import annotations

import json
import socket
import sqlite3
from datetime import timedelta

import click
import pytest
from click.testing import CliRunner

from catalog import exit_codes
from catalog.cli import cli
from catalog.cli.options import Duration, HttpUrl, PositiveFloat
from tests.conftest import SNAPSHOT


def invoke(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


def refused(result, *says: str) -> None:
    """One line on stderr, exit 64, and the words expected."""
    assert result.exit_code == exit_codes.USAGE, result.output
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    for words in says:
        assert words in result.stderr, result.stderr


# --- the types ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("90s", timedelta(seconds=90)), ("20m", timedelta(minutes=20)), ("6h", timedelta(hours=6)),
    ("7d", timedelta(days=7)), ("1h30m", timedelta(minutes=90)), ("1.5H", timedelta(hours=1.5)),
])
def test_duration_reads_units(text, expected):
    assert Duration().convert(text, None, None) == expected


@pytest.mark.parametrize("text", ["-5h", "0h", "0s", "26", "abc", "5 hours", "h", ""])
def test_duration_refuses_what_is_not_a_positive_duration(text):
    with pytest.raises(click.BadParameter):
        Duration().convert(text, None, None)


def test_duration_with_a_bare_unit_reads_plain_numbers():
    assert Duration(bare_unit="s").convert("20", None, None) == timedelta(seconds=20)
    assert Duration(bare_unit="s").convert("0.5", None, None) == timedelta(seconds=0.5)
    assert Duration(bare_unit="s").convert("2m", None, None) == timedelta(minutes=2)
    with pytest.raises(click.BadParameter):
        Duration(bare_unit="s").convert("0", None, None)


@pytest.mark.parametrize("text", ["0", "-1", "nan", "inf", "fast", ""])
def test_positive_float_refuses(text):
    with pytest.raises(click.BadParameter):
        PositiveFloat().convert(text, None, None)


@pytest.mark.parametrize("text", ["not-a-url", "ftp://example.org", "http://", "example.org",
                                  "http://example.org:99999", "http://exa mple.org"])
def test_url_refuses(text):
    with pytest.raises(click.BadParameter):
        HttpUrl().convert(text, None, None)


def test_url_keeps_a_good_url():
    assert HttpUrl().convert(" https://www.cometapi.com ", None, None) == (
        "https://www.cometapi.com")


def test_db_is_declared_once_for_every_command():
    """Eight commands, one --db: the same default and help everywhere."""
    seen = {}
    for name, command in cli.commands.items():
        for param in command.params:
            if param.name == "db_path":
                seen[name] = (tuple(param.opts), str(param.default), param.help)
    assert set(seen) == {"scrape", "runs", "status", "export", "crosscheck", "serve", "site",
                         "import-history"}
    assert len(set(seen.values())) == 1, seen


# --- the commands -------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "says"), [
    (["scrape", "--rate", "0"], "'--rate': '0' must be a number above 0"),
    (["scrape", "--rate", "-1"], "'--rate': '-1' must be a number above 0"),
    (["scrape", "--timeout", "0"], "'--timeout': '0' must be longer than 0"),
    (["scrape", "--base-url", "not-a-url"], "'not-a-url' is not an http(s) URL"),
    (["scrape", "--locale", "ko nl"], "'ko nl' is not a locale"),
    (["scrape", "--base-url", "http://x", "--snapshot", str(SNAPSHOT)], "not both"),
    (["status", "--max-age", "-5h"], "'-5h' is not a duration"),
    (["runs", "--limit", "0"], "'--limit'"),
    (["serve", "--port", "99999"], "'--port': 99999 is not in the range 1<=x<=65535"),
    (["serve", "--port", "0"], "'--port': 0 is not in the range"),
    (["site", "--base-url", "example.org/catalog"], "is not an http(s) URL"),
])
def test_bad_values_are_refused_in_one_line(args, says, tmp_path):
    db = tmp_path / "c.db"
    refused(invoke(*args, "--db", str(db)), says, f"catalog {args[0]}:")
    assert not db.exists()


def test_a_bad_port_in_the_environment_is_refused_too(scraped_db):
    refused(invoke("serve", "--db", str(scraped_db), "--get", "/", env={"PORT": "http"}),
            "'--port': 'http' is not a valid integer")


def test_max_age_reads_a_duration(fresh_copy):
    with sqlite3.connect(fresh_copy) as conn:
        conn.execute("UPDATE runs SET finished_at = datetime('now', '-100 minutes') || '+00:00'")
    fresh = invoke("status", "--db", str(fresh_copy), "--max-age", "1h45m")
    assert fresh.exit_code == 0 and fresh.output.startswith("fresh:"), fresh.output
    assert "(max 105 minutes)" in fresh.output
    stale = invoke("status", "--db", str(fresh_copy), "--max-age", "90m")
    assert stale.exit_code == 1 and stale.output.startswith("stale:")


def test_locale_is_matched_in_any_case(tmp_path):
    db = tmp_path / "c.db"
    result = invoke("scrape", "--snapshot", str(SNAPSHOT), "--db", str(db), "--no-progress",
                    "--locale", "zh-cn")
    assert result.exit_code == 0, result.output
    # the other locales' pages are skipped as such, not as "not a model page"
    assert "skipped: 7 in another locale, 2 not a model page" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT url FROM pages WHERE status = 'ok'").fetchall() == [
            ("https://www.cometapi.com/zh-CN/models/openai/gpt-4-0314/",)]


def test_a_locale_the_sitemap_does_not_list_names_those_it_does(fresh_copy):
    with sqlite3.connect(fresh_copy) as conn:
        before = conn.execute("SELECT count(*) FROM pages").fetchone()
    result = invoke("scrape", "--snapshot", str(SNAPSHOT), "--db", str(fresh_copy),
                    "--no-progress", "--locale", "ko", "--locale", "xx")
    assert result.exit_code == exit_codes.USAGE
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        "catalog scrape: --locale xx: the sitemap lists no model page in that locale; it lists "
        "en, es, fr, ko, nl, zh-CN (run 2 recorded as failed; nothing committed)")
    with sqlite3.connect(fresh_copy) as conn:
        assert conn.execute("SELECT status FROM runs WHERE id = 2").fetchone() == ("failed",)
        assert conn.execute("SELECT count(*) FROM pages").fetchone() == before


def test_export_to_standard_output(scraped_db, tmp_path):
    out = tmp_path / "catalog.json"
    assert invoke("export", "--db", str(scraped_db), "--out", str(out)).exit_code == 0
    result = invoke("export", "--db", str(scraped_db), "--out", "-")
    assert result.exit_code == 0
    assert result.stdout == out.read_text()
    assert json.loads(result.stdout)[0]["id"] == "anthropic/claude-mythos-preview"
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("path", ["catalog/runs.json?_shape=array",
                                  "/catalog/runs.json?_shape=array",
                                  "http://127.0.0.1:8001/catalog/runs.json?_shape=array"])
def test_serve_get_takes_a_path_with_or_without_its_slash(scraped_db, path):
    result = invoke("serve", "--db", str(scraped_db), "--get", path)
    assert result.exit_code == 0, result.output
    assert [row["status"] for row in json.loads(result.stdout)] == ["complete"]


def test_site_refuses_a_folder_it_did_not_make_and_leaves_it_alone(scraped_db, tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("years of work")
    refused(invoke("site", "--db", str(scraped_db), "--out", str(folder)),
            "is not empty and was not made by `catalog site`")
    assert [p.name for p in folder.iterdir()] == ["thesis.txt"]
    assert (folder / "thesis.txt").read_text() == "years of work"
    # a site it built before is replaced
    site = tmp_path / "_site"
    assert invoke("site", "--db", str(scraped_db), "--out", str(site)).exit_code == 0
    (site / "stale.html").write_text("old")
    again = invoke("site", "--db", str(scraped_db), "--out", str(site))
    assert again.exit_code == 0 and not (site / "stale.html").exists()


def test_serve_on_a_port_in_use_says_so_in_one_line(scraped_db):
    """uvicorn would log it and exit 3, which a scheduler reads as "locked"."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        refused(invoke("serve", "--db", str(scraped_db), "--port", str(port)),
                f"catalog serve: cannot listen on 127.0.0.1:{port}: Address already in use")
