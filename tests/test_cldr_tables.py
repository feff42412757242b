"""The generated CLDR tables (scrapers/reading/cldr_tables.json, cldr_locales.jsonl) are what
Babel gives, and the reader reads them only when they were made from the installed Babel."""

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


def test_the_committed_locales_file_is_what_the_installed_babel_gives() -> None:
    # every locale's record, each the fields the reader reads of it from Babel
    assert cldr_tables.LOCALES_FILE.read_text(encoding="utf-8") == cldr_tables.build_locales()


def test_a_locale_reads_the_same_from_the_locales_file_as_from_babel() -> None:
    from babel import Locale

    for locale in ("en", "zh-CN", "pt-BR", "he", "mn", "eu", "sr-Latn", "am"):
        found = cldr._babel_locale(locale)
        assert found is not None
        from_file = cldr_tables.locale_record(str(found))
        assert from_file is not None and from_file == cldr.record_from_babel(found)
        assert cldr._cldr_data(locale) == cldr.LocaleData(**cldr.record_from_babel(found))
    assert cldr_tables.locale_record(str(Locale.parse("zh_CN"))) is not None
    assert cldr_tables.locale_record("xx_Nowhere") is None
    assert cldr._cldr_data("xx") is None


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
    head = cldr_tables.LOCALES_FILE.read_text(encoding="utf-8").split("\n", 1)
    older = tmp_path / "older.jsonl"
    older.write_text(head[0].replace(cldr_tables.babel_version(), "0.1", 1) + "\n" + head[1],
                     encoding="utf-8")
    same = tmp_path / "same.jsonl"
    same.write_text("\n".join(head), encoding="utf-8")
    assert cldr_tables.locale_record("ru", same) is not None
    assert cldr_tables.locale_record("ru", older) is None
    broken = tmp_path / "broken.json"
    broken.write_text('{"babel": ', encoding="utf-8")
    assert cldr_tables.load_table("borrowed_time_units", broken) is None
    assert cldr_tables.load_table("borrowed_time_units", tmp_path / "missing.json") is None


def test_check_fails_on_a_table_that_differs_and_passes_on_a_new_one(tmp_path: Path,
                                                                      capsys) -> None:
    out, locales = tmp_path / "cldr_tables.json", tmp_path / "cldr_locales.jsonl"
    paths = ["--out", str(out), "--locales-out", str(locales)]
    out.write_text(cldr_tables.TABLE_FILE.read_text(encoding="utf-8").replace(
        '"second"', '"minute"', 1), encoding="utf-8")
    assert cldr_tables.main(["--check", *paths]) == 1
    assert "differs" in capsys.readouterr().err
    assert cldr_tables.main(paths) == 0
    assert cldr_tables.main(["--check", *paths]) == 0
    assert locales.read_text(encoding="utf-8") == cldr_tables.LOCALES_FILE.read_text("utf-8")
