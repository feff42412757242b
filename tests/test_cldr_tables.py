"""The generated CLDR table (scrapers/reading/cldr_tables.json) is what Babel gives, and the
reader takes its cross-locale indexes from it only when it was made from the installed Babel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrapers.reading import cldr, cldr_tables, kinship


@pytest.fixture(scope="module")
def built() -> dict:
    return cldr_tables.build()


def test_the_committed_table_is_what_the_installed_babel_gives(built: dict) -> None:
    # run `python -m scrapers.reading.cldr_tables` (make cldr-tables) when this fails
    assert cldr_tables.TABLE_FILE.read_text(encoding="utf-8") == cldr_tables.dumps(built)


def test_the_reader_reads_the_same_indexes_from_the_table_as_from_babel(built: dict) -> None:
    assert cldr_tables.load_table("babel") == cldr_tables.babel_version()
    assert cldr._any_locale_time_units() == cldr.any_locale_time_units_from_babel()
    assert cldr._borrowed_time_units() == cldr.borrowed_time_units_from_babel()
    assert kinship._cldr_months() == kinship.cldr_months_from_babel()
    assert cldr._any_locale_time_units()["sekundi"] == "second"


def test_a_table_made_from_another_babel_or_unreadable_is_not_read(tmp_path: Path) -> None:
    good = {"babel": cldr_tables.babel_version(), "borrowed_time_units": {"sknd": "second"}}
    path = tmp_path / "same.json"
    path.write_text(json.dumps(good), encoding="utf-8")
    assert cldr_tables.load_table("borrowed_time_units", path) == {"sknd": "second"}
    other = tmp_path / "other.json"
    other.write_text(json.dumps({**good, "babel": "0.1"}), encoding="utf-8")
    assert cldr_tables.load_table("borrowed_time_units", other) is None
    broken = tmp_path / "broken.json"
    broken.write_text('{"babel": ', encoding="utf-8")
    assert cldr_tables.load_table("borrowed_time_units", broken) is None
    assert cldr_tables.load_table("borrowed_time_units", tmp_path / "missing.json") is None


def test_check_fails_on_a_table_that_differs_and_passes_on_a_new_one(tmp_path: Path,
                                                                      capsys) -> None:
    out = tmp_path / "cldr_tables.json"
    out.write_text(cldr_tables.TABLE_FILE.read_text(encoding="utf-8").replace(
        '"second"', '"minute"', 1), encoding="utf-8")
    assert cldr_tables.main(["--check", "--out", str(out)]) == 1
    assert "differs" in capsys.readouterr().err
    assert cldr_tables.main(["--out", str(out)]) == 0
    assert cldr_tables.main(["--check", "--out", str(out)]) == 0
