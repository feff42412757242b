"""The indexes the reader builds over EVERY CLDR locale, generated from Babel into one file.

Three lookups read all of CLDR, not the page's locale: the words a second or a minute is
written with in any language (``cldr.any_locale_time_units_from_babel``), their consonant
skeletons (``cldr.borrowed_time_units_from_babel``) and every locale's month names folded
(``kinship.cldr_months_from_babel``). Built from Babel they cost a reader process about 1.2 s
the first time a page needs one (Babel's data file of each of 1,000 locales unpickled and
merged); read from ``cldr_tables.json`` a few milliseconds.

Babel stays the source of truth: the file is made by ``python -m scrapers.reading.cldr_tables``
(``make cldr-tables``) with the functions that compute the indexes from Babel, it records the
Babel version it was made from, and ``load_table`` gives nothing when the installed Babel is
another version (the reader then builds the index from Babel, as without the file).
``tests/test_cldr_tables.py`` builds it again and checks it equals the committed file.

    python -m scrapers.reading.cldr_tables           write the file
    python -m scrapers.reading.cldr_tables --check   exit 1 if it differs from a new build
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

TABLE_FILE = Path(__file__).parent / "cldr_tables.json"


def babel_version() -> str:
    """The installed Babel's version: the file is valid for that version only."""
    from babel import __version__

    return __version__


def build() -> dict[str, Any]:
    """Every index, computed from the installed Babel, as the file holds it (JSON: a month's
    numbers as a sorted list)."""
    from scrapers.reading.cldr import (
        any_locale_time_units_from_babel,
        borrowed_time_units_from_babel,
    )
    from scrapers.reading.kinship import cldr_months_from_babel

    months = cldr_months_from_babel()
    return {
        "babel": babel_version(),
        "any_locale_time_units": any_locale_time_units_from_babel(),
        "borrowed_time_units": borrowed_time_units_from_babel(),
        "month_names": {key: {name: sorted(numbers) for name, numbers in names.items()}
                        for key, names in months.items()},
    }


def dumps(table: dict[str, Any]) -> str:
    """The file's text: keys sorted, one entry a line, so a new Babel's changes read as a
    diff."""
    return json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


@cache
def _table(path: Path) -> dict[str, Any] | None:
    """The file's indexes, or None when it is missing, unreadable or made from another
    Babel."""
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(table, dict) or table.get("babel") != babel_version():
        return None
    return table


def load_table(name: str, path: Path = TABLE_FILE) -> Any | None:
    """One index of the file (``any_locale_time_units``, ``borrowed_time_units``,
    ``month_names``), or None when the caller must compute it from Babel (see ``_table``)."""
    table = _table(path)
    return None if table is None else table.get(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scrapers.reading.cldr_tables",
                                     description="Write (or --check) scrapers/reading/"
                                                 "cldr_tables.json from the installed Babel.")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the file differs from a new build")
    parser.add_argument("--out", type=Path, default=TABLE_FILE)
    args = parser.parse_args(argv)
    text = dumps(build())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} differs from what Babel {babel_version()} gives: run "
                  "python -m scrapers.reading.cldr_tables", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
