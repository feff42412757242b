"""``catalog export --format csv``: ``model_prices_wide`` as CSV a spreadsheet cannot run.

Every cell goes through ``catalog.publish.spreadsheet.safe_cell`` (a model named ``=HYPERLINK(…)``
comes out as text); prices are written as their exact decimals; a byte-order mark comes
first unless ``--no-bom``.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

from catalog.publish.formats.rows import decimal_text
from catalog.publish.spreadsheet import safe_cell

__all__ = ["catalog_csv"]


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return safe_cell(decimal_text(value))
    return safe_cell(value)


def catalog_csv(rows: list[dict[str, Any]], columns: list[str], *, bom: bool = True) -> str:
    """The CSV text; ``bom`` puts a byte-order mark first (Excel reads a file without one,
    opened by double-click, in the system's code page: ``ModÃ¨le``)."""
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([safe_cell(c) for c in columns])
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()
