"""Human units: how a number of the catalog is written wherever a person reads it.

Datasette's HTML cells (site/plugins/catalog_pages.py: ``render_cell``), its templates and the
static site (catalog/publish/site.py) all call these functions, so `$0.24 /1M tokens`,
`128K (131,072)` and `20 %` read the same everywhere. JSON, CSV and SQL never pass through
here: they keep the raw numbers a program wants.

Every function takes what SQLite gives (int, float, str or None) and returns text, or None
when the value is not what the column promises (the caller then shows it as it is).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from catalog.publish.money import format_usd

__all__ = [
    "COLUMN_UNITS",
    "format_cell",
    "jinja_filters",
    "number",
    "percent",
    "points",
    "price",
    "price_label",
    "relative_days",
    "tokens",
    "yes_no",
]


def number(value: Any) -> float | int | None:
    """The number in ``value`` (a REAL, an INTEGER or the text of one), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return int(text)
        except ValueError:
            pass
        try:
            return float(text)
        except ValueError:
            return None
    return None


#: the unit a price of each kind is per, when the row does not say (views that name the kind
#: in the column: input_usd, per_second_usd…)
KIND_UNITS = {
    "input": "1M tokens",
    "output": "1M tokens",
    "per_second": "second",
    "per_minute": "minute",
    "per_request": "request",
    "per_image": "image",
    "per_character": "character",
}


def price(value: Any, unit: Any = None) -> str | None:
    """``$0.24 /1M tokens``, ``$0.04 /image``; ``$24`` when the unit is unknown."""
    figure = format_usd(number(value))
    if figure is None:
        return None
    return f"{figure} /{unit}" if unit else figure


def price_label(kind: Any, unit: Any) -> str:
    """ "input per 1M tokens", "per second": a per_* kind already names its unit."""
    kind_text = str(kind or "unknown").replace("_", " ")
    if str(kind or "").startswith("per_"):
        return kind_text
    return f"{kind_text} per {unit}" if unit else kind_text


def tokens(value: Any) -> str | None:
    """``128K (131,072)``, ``1M (1,048,576)``, ``400K (400,000)``, ``8,192`` … exact figure in
    brackets whenever the short form rounds. A context window is written both ways by the
    pages themselves (128K and 131072 are the same window), so both are shown."""
    n = number(value)
    if n is None or n != int(n):
        return None
    n = int(n)
    if abs(n) < 1000:
        return f"{n:,}"
    for base in (1024, 1000):
        for size, suffix in ((base * base, "M"), (base, "K")):
            if n % size == 0:
                return f"{n // size}{suffix} ({n:,})"
    short = f"{n / 1e6:.3g}M" if abs(n) >= 1_000_000 else f"{n / 1e3:.3g}K"
    return f"≈{short} ({n:,})"


def percent(value: Any, signed: bool = False) -> str | None:
    """``20 %``; ``+12.5 %`` when ``signed`` (a difference)."""
    n = number(value)
    if n is None:
        return None
    return f"{n:+g} %" if signed else f"{n:g} %"


def points(value: Any) -> str | None:
    """A difference of two percentages: ``+3 pts`` (percentage points, not percent)."""
    n = number(value)
    return None if n is None else f"{n:+g} pts"


def yes_no(value: Any) -> str | None:
    n = number(value)
    return {1: "yes", 0: "no"}.get(n) if n is not None else None  # type: ignore[call-overload]


def count(value: Any) -> str | None:
    n = number(value)
    return f"{n:,}" if isinstance(n, int) else None


def seconds(value: Any) -> str | None:
    n = number(value)
    return None if n is None else f"{n:,.1f} s"


def relative_days(when: Any, today: date | None = None) -> str | None:
    """``in 30 days``, ``today``, ``12 days ago`` for a full ISO date (YYYY-MM-DD…), else None."""
    if not isinstance(when, str) or len(when) < 10:
        return None
    try:
        day = date.fromisoformat(when[:10])
    except ValueError:
        return None
    days = (day - (today or date.today())).days
    if days == 0:
        return "today"
    plural = "" if abs(days) == 1 else "s"
    return f"in {days} day{plural}" if days > 0 else f"{-days} day{plural} ago"


def days(value: Any) -> str | None:
    """A number of days from today: ``in 30 days`` / ``12 days ago``."""
    n = number(value)
    if n is None or n != int(n):
        return None
    n = int(n)
    if n == 0:
        return "today"
    plural = "" if abs(n) == 1 else "s"
    return f"in {n} day{plural}" if n > 0 else f"{-n} day{plural} ago"


def dated(value: Any, today: date | None = None) -> str | None:
    """``2027-06-17 (in 192 days)``: a date a person plans around (a shutdown)."""
    relative = relative_days(value, today)
    return f"{value} ({relative})" if relative else None


# ---------------------------------------------------------------------------------------------
# Columns: which unit a column of the catalog (tables, views, canned queries) is in.

_PRICE_KIND_COLUMNS = {f"{kind}_usd": unit for kind, unit in KIND_UNITS.items()}
_PRICE_KIND_COLUMNS.update({f"{kind}_official_usd": unit for kind, unit in KIND_UNITS.items()})

#: column name -> unit. "price" takes its unit from the row's `unit` column.
COLUMN_UNITS: dict[str, str] = {
    "usd": "price",
    "official_usd": "price",
    "previous_usd": "price",
    "savings_usd": "price",
    **{name: "price:" + unit for name, unit in _PRICE_KIND_COLUMNS.items()},
    "context_window": "tokens",
    "max_output_tokens": "tokens",
    "discount_pct": "percent",
    "avg_discount_pct": "percent",
    "min_discount_pct": "percent",
    "max_discount_pct": "percent",
    "differs_pct": "signed_percent",
    "diff_pct": "signed_percent",
    "discount_diff_points": "points",
    "commercial_use": "yes_no",
    "is_new": "yes_no",
    "coming_soon": "yes_no",
    "not_modified": "yes_no",
    "days_from_today": "days",
    "duration_s": "seconds",
    "catalog_value": "check",
    "reference_value": "check",
}


def _check_value(value: Any, row: Mapping[str, Any]) -> str | None:
    """A cross-check's value in the unit of its check (price.input → $ /1M tokens…)."""
    check = str(_get(row, "check") or "")
    family, _, kind = check.partition(".")
    if family in ("price", "official"):
        return price(value, KIND_UNITS.get(kind))
    if family == "discount":
        return percent(value)
    if check in ("context_window", "max_output_tokens"):
        return tokens(value)
    return None


def _get(row: Mapping[str, Any] | Any, key: str) -> Any:
    try:
        return row[key]
    except (KeyError, IndexError, TypeError):
        return None


def format_cell(column: str, value: Any, row: Mapping[str, Any] | Any = None) -> str | None:
    """The text a person reads for ``value`` in ``column`` (``row`` gives a price its unit
    and a cross-check its kind); None when the column has no unit or the value is empty or
    not a number, so the caller shows it unchanged."""
    unit = COLUMN_UNITS.get(column)
    if unit is None or value is None or value == "":
        return None
    if unit == "price":
        return price(value, _get(row, "unit"))
    if unit.startswith("price:"):
        return price(value, unit.removeprefix("price:"))
    if unit == "check":
        return _check_value(value, row)
    return _FORMATTERS[unit](value)


_FORMATTERS = {
    "tokens": tokens,
    "percent": percent,
    "signed_percent": lambda value: percent(value, signed=True),
    "points": points,
    "yes_no": yes_no,
    "days": days,
    "seconds": seconds,
}


def jinja_filters() -> dict[str, Any]:
    """The same formatters as Jinja filters, for Datasette's templates and the static site's
    (``{{ p.usd|price(p.unit) }}``); an unknown value is an em dash."""

    def dash(fn):
        return lambda value, *args: fn(value, *args) or "—"

    return {
        "price": dash(price),
        "tokens": dash(tokens),
        "percent": dash(percent),
        "points": dash(points),
        "yes_no": lambda value: yes_no(value) or "not stated",
        "relative_days": lambda value: relative_days(value) or "",
    }
