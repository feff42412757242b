"""Values checked at the door (migration 8, ``catalog/storage/value_checks.py``): a price is
>= 0 and finite, a token limit > 0, a reference status and a verdict one the code writes. A
catalog holding such a value by hand is migrated with the value set to NULL and kept in an
``invalid_value`` finding; SQLite refuses a new one; a page stating one gives a finding and
the run completes; no export carries it."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.storage import migrations
from catalog.storage.migrations import MIGRATIONS, latest_version
from catalog.storage.store import Store
from catalog.storage.value_checks import refuse_invalid, valid_price, valid_size, with_checks


def test_the_door_tests_prices_and_sizes():
    assert valid_price(0) and valid_price(2.4) and valid_price(None)
    assert not valid_price(-0.000005) and not valid_price(float("inf"))
    assert not valid_price(float("nan")) and not valid_price("3") and not valid_price(True)
    assert valid_size(128000) and valid_size(None)
    assert not valid_size(0) and not valid_size(-1) and not valid_size(1.5)
    row = {"context_window": 0, "max_output_tokens": 4096}
    prices = [{"kind": "input", "usd": -1.0, "official_usd": 2.0}]
    findings = refuse_invalid(row, prices)
    assert row == {"context_window": None, "max_output_tokens": 4096}
    assert prices == [{"kind": "input", "usd": None, "official_usd": 2.0}]
    assert [f.kind for f in findings] == ["invalid_value", "invalid_value"]
    assert "-1.0" in findings[1].detail


def _at_version(path, version, monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:version])
    Store(path).close()
    monkeypatch.undo()


def test_migration_8_sets_bad_values_to_null_and_keeps_them_in_findings(tmp_path, monkeypatch):
    """A catalog at version 7 whose prices and sizes were edited by hand: each bad value is
    NULL after the migration, named in a finding, and every other column is as it was."""
    path = tmp_path / "v7.db"
    _at_version(path, 7, monkeypatch)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO providers (slug) VALUES ('openai')")
        conn.execute("INSERT INTO models (id, provider, slug, source, context_window, "
                     "max_output_tokens) VALUES ('openai/x', 'openai', 'x', 'page', 0, 4096)")
        conn.execute("INSERT INTO prices (model_id, kind, unit, usd, official_usd) VALUES "
                     "('openai/x', 'input', '1M tokens', -0.000005, 3)")
        conn.execute("INSERT INTO prices (model_id, kind, unit, usd) VALUES "
                     "('openai/x', 'output', '1M tokens', 9e999)")
        conn.execute("INSERT INTO price_history (model_id, kind, unit, usd, valid_from) VALUES "
                     "('openai/x', 'input', '1M tokens', -0.000005, '2026-01-01')")
        conn.execute("INSERT INTO reference_models (source, ref_id, status, input_usd) VALUES "
                     "('genai-prices', 'x', 'unknown', -2)")
    with sqlite3.connect(path) as conn:
        conn.isolation_level = None
        assert migrations.migrate(conn) == [8, 9]
        assert conn.execute("PRAGMA user_version").fetchone() == (latest_version(),)
        assert conn.execute("SELECT context_window, max_output_tokens FROM models").fetchone() \
            == (None, 4096)
        assert conn.execute("SELECT kind, usd, official_usd FROM prices ORDER BY kind"
                            ).fetchall() == [("input", None, 3.0), ("output", None, None)]
        assert conn.execute("SELECT usd FROM price_history").fetchone() == (None,)
        assert conn.execute("SELECT status, input_usd FROM reference_models").fetchone() == (
            None, None)
        details = [d for (d,) in conn.execute(
            "SELECT detail FROM findings WHERE kind = 'invalid_value' ORDER BY id")]
        assert len(details) == 6
        assert any("prices.usd = -5e-06" in d for d in details)
        assert any("prices.usd = inf" in d for d in details)
        assert any("models.context_window = 0" in d for d in details)


@pytest.mark.parametrize("statement", [
    "UPDATE prices SET usd = -0.000005",
    "UPDATE prices SET usd = 9e999",
    "UPDATE prices SET official_usd = -1",
    "UPDATE prices SET usd = 'free'",
    "UPDATE page_prices SET usd = -1",
    "UPDATE price_history SET usd = -1",
    "UPDATE models SET context_window = 0",
    "UPDATE models SET max_output_tokens = -5",
    "UPDATE models SET status = 'gone'",
    "UPDATE reference_models SET status = 'unknown'",
    "UPDATE crosschecks SET verdict = 'maybe'",
])
def test_sqlite_refuses_a_bad_value_written_by_hand(fresh_copy, statement):
    result = CliRunner().invoke(cli, ["crosscheck", "--db", str(fresh_copy), "--source",
                                      "cometapi=data/references/cometapi_models.json"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(fresh_copy)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        conn.execute(statement)
    conn.close()


def test_a_bad_value_from_a_page_is_a_finding_and_the_run_completes(tmp_path):
    """What a reading states goes through the store's door: a negative price and a zero
    context are not stored, each is an ``invalid_value`` finding, the model and its other
    prices are."""
    from catalog.model.records import ModelRecord, Price

    store = Store(tmp_path / "catalog.db")
    try:
        record = ModelRecord(url="https://www.cometapi.com/models/openai/x/", locale="en",
                             provider="openai", model="x", name="X", context_window=0,
                             prices=[Price(kind="input", unit="1M tokens", usd=Decimal(-5),
                                           usd_text="$-5/M"),
                                     Price(kind="output", unit="1M tokens", usd=Decimal(8),
                                           usd_text="$8/M")])
        run_id = store.start_run("2026-12-07T00:00:00", "http://127.0.0.1", {}, "test",
                                 source_name="cometapi")
        store.begin()
        store.save_page(record, run_id=run_id, now="2026-12-07T00:00:00", http_status=200,
                        etag=None, last_modified=None, content_hash="h", sitemap_lastmod=None,
                        source_name="cometapi")
        store.merge_model("openai/x", run_id=run_id, now="2026-12-07T00:00:00",
                          source_name="cometapi")
        store.commit()
        conn = store.conn
        assert conn.execute("SELECT context_window FROM models").fetchone() == (None,)
        assert conn.execute("SELECT kind, usd FROM prices ORDER BY kind").fetchall() == [
            ("input", None), ("output", 8.0)]
        assert conn.execute("SELECT usd FROM page_prices WHERE kind = 'input'").fetchone() \
            == (None,)
        kinds = [r[0] for r in conn.execute(
            "SELECT detail FROM findings WHERE kind = 'invalid_value' ORDER BY detail")]
        assert len(kinds) == 2 and "context_window 0" in kinds[0]
    finally:
        store.close()


def test_migration_8_keeps_columns_another_migration_added(tmp_path, monkeypatch):
    """The CHECKs are added to each table's current definition: a column some other migration
    added before this one (here ``models.extra``) is kept with its values."""
    path = tmp_path / "v7.db"
    _at_version(path, 7, monkeypatch)
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE models ADD COLUMN extra TEXT")
        conn.execute("INSERT INTO providers (slug) VALUES ('openai')")
        conn.execute("INSERT INTO models (id, provider, slug, source, extra) VALUES "
                     "('openai/x', 'openai', 'x', 'page', 'kept')")
    with sqlite3.connect(path) as conn:
        conn.isolation_level = None
        assert migrations.migrate(conn) == [8, 9]
        assert conn.execute("SELECT extra FROM models").fetchone() == ("kept",)
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            conn.execute("UPDATE models SET context_window = 0")


def test_with_checks_puts_each_check_after_its_columns_type():
    create = ('CREATE TABLE t (\n    usd REAL,\n    official_usd REAL,  -- a comment\n'
              '    n INTEGER NOT NULL\n, late TEXT)')
    out = with_checks(create, {"usd": "{c} >= 0", "official_usd": "{c} >= 0", "n": "{c} > 0",
                               "late": "{c} IN ('a')"})
    assert "    usd REAL CHECK (usd >= 0),\n" in out
    assert "    official_usd REAL CHECK (official_usd >= 0),  -- a comment" in out
    assert "n INTEGER NOT NULL CHECK (n > 0)" in out and ", late TEXT CHECK (late IN ('a')))" in out
    with pytest.raises(migrations.MigrationError, match="cannot find the column gone"):
        with_checks(create, {"gone": "{c} > 0"})
