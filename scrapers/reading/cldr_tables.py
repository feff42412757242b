"""What the reader takes from CLDR, generated from Babel into two files of the package.

``cldr_locales.jsonl``: for each of Babel's 1,147 locales, the fields the reader reads of it
(``LocaleData``: compact-number patterns, month names, date patterns, decimal symbol, unit
patterns, the dollar's symbol and names), one line a locale (locales with the same data share
a line), found by the byte offsets its first line lists. Babel loads a locale by unpickling
and merging its data files with their parents': about 4.5 ms a locale, and about 1.2 MB a
locale held in the process; a line of the file is read and parsed in a fraction of a
millisecond.

``cldr_tables.json``: three lookups that read all of CLDR, not the page's locale: the words a
second or a minute is written with in any language (``cldr.any_locale_time_units_from_babel``),
their consonant skeletons (``cldr.borrowed_time_units_from_babel``) and every locale's month
names folded (``kinship.cldr_months_from_babel``). Built from Babel they cost a reader process
about 1.2 s the first time a page needs one (the data files of 1,147 locales unpickled and
merged); read from the file, 2 ms.

Babel stays the source of truth: the files are made by ``python -m scrapers.reading.cldr_tables``
(``make cldr-tables``) with the functions that read them from Babel (``cldr.record_from_babel``,
``cldr.any_locale_time_units_from_babel``...), each records the Babel version it was made from,
and ``load_table`` and ``locale_record`` give nothing when the installed Babel is another
version (the reader then reads Babel, as without the files). ``tests/test_cldr_tables.py``
builds them again and checks they equal the committed files.

    python -m scrapers.reading.cldr_tables           write the files
    python -m scrapers.reading.cldr_tables --check   exit 1 if one differs from a new build
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

TABLE_FILE = Path(__file__).parent / "cldr_tables.json"
LOCALES_FILE = Path(__file__).parent / "cldr_locales.jsonl"


class LocaleData(NamedTuple):
    """What the reader takes from CLDR for one locale, as Babel gives it (``cldr`` reads its
    numbers, months, dates, units and currency words from these)."""

    language: str                                  # the locale's language ("zh" of zh_Hans_CN)
    compact: dict[str, dict[str, dict[str, str]]]  # short/long → plural form → 10ⁿ → pattern
    months: dict[str, dict[str, list[list]]]       # format/stand-alone → wide/abbr. → [n, name]
    dates: dict[str, str]                          # short/long/full/medium → date pattern
    skeletons: dict[str, str]                      # yMMMM, yMMMMd, yMMMd → pattern
    decimal: str                                   # the decimal symbol of the Latin digits
    units: dict[str, dict[str, dict[str, str]]]    # unit → long/short/narrow → form → pattern
    own_units: dict[str, dict[str, dict[str, str]]]  # the same, the language's own, time units
    currency_symbol: str | None                    # the US dollar's symbol
    currency_names: dict[str, str | None]          # a dollar's code → its name
    currency_plurals: dict[str, dict[str, str]]    # a dollar's code → plural form → name
    per: dict[str, str]                            # long/short/narrow → the "per" pattern


def babel_version() -> str:
    """The installed Babel's version: the file is valid for that version only."""
    from babel import __version__

    return __version__


def build_locales() -> str:
    """``cldr_locales.jsonl``'s text, from the installed Babel: a first line with the Babel
    version and, for each locale, the byte offset and length of its line after the first;
    then one line a distinct record (``cldr.record_from_babel``)."""
    from babel import Locale, localedata

    from scrapers.reading.cldr import record_from_babel

    lines: dict[str, int] = {}  # a record's JSON → its line
    where: dict[str, int] = {}
    for identifier in localedata.locale_identifiers():
        found = Locale.parse(identifier)
        line = json.dumps(record_from_babel(found), ensure_ascii=False,
                          separators=(",", ":")).encode()
        where[str(found)] = lines.setdefault(line.decode(), len(lines))
    offsets, at = [], 0
    for line in lines:
        size = len(line.encode()) + 1
        offsets.append((at, size))
        at += size
    head = {"babel": babel_version(), "locales": {name: offsets[line]
                                                 for name, line in sorted(where.items())}}
    return "\n".join([json.dumps(head, ensure_ascii=False, separators=(",", ":")),
                      *lines]) + "\n"


@cache
def _locale_index(path: Path) -> tuple[dict[str, list[int]], int] | None:
    """The locales file's offsets and the length of its first line, or None when it is
    missing, unreadable or made from another Babel."""
    try:
        with path.open("rb") as data:
            first = data.readline()
        head = json.loads(first)
    except (OSError, ValueError):
        return None
    if not isinstance(head, dict) or head.get("babel") != babel_version():
        return None
    return head["locales"], len(first)


def locale_record(name: str, path: Path = LOCALES_FILE) -> dict[str, Any] | None:
    """The fields of ``LocaleData`` for a Babel locale (``zh_Hans_CN``, as ``str`` of its
    ``Locale``) from the locales file, or None when the caller must read Babel."""
    index = _locale_index(path)
    if index is None or name not in index[0]:
        return None
    (start, size), first = index[0][name], index[1]
    try:
        with path.open("rb") as data:
            data.seek(first + start)
            return json.loads(data.read(size))
    except (OSError, ValueError):
        return None


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
                                                 "cldr_tables.json and cldr_locales.jsonl "
                                                 "from the installed Babel.")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the file differs from a new build")
    parser.add_argument("--out", type=Path, default=TABLE_FILE)
    parser.add_argument("--locales-out", type=Path, default=LOCALES_FILE)
    args = parser.parse_args(argv)
    files = {args.out: dumps(build()), args.locales_out: build_locales()}
    if args.check:
        differ = [path for path, text in files.items()
                  if (path.read_text(encoding="utf-8") if path.exists() else "") != text]
        for path in differ:
            print(f"{path} differs from what Babel {babel_version()} gives: run "
                  "python -m scrapers.reading.cldr_tables", file=sys.stderr)
        return 1 if differ else 0
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
