"""Human units (catalog/publish/units.py): one way to write a figure on Datasette's pages and
on the static site."""

from __future__ import annotations

from datetime import date

import pytest

from catalog.publish import units


@pytest.mark.parametrize(("value", "unit", "text"), [
    (0.24, "1M tokens", "$0.24 /1M tokens"),
    (0.04, "image", "$0.04 /image"),
    (24.0, "1M tokens", "$24 /1M tokens"),
    (1752.5, None, "$1,752.5"),
    ("2.5", "1M tokens", "$2.5 /1M tokens"),  # a cross-check's value is TEXT
    (None, "1M tokens", None),
    ("n/a", "image", None),
    (True, "image", None),
])
def test_price(value, unit, text):
    assert units.price(value, unit) == text


@pytest.mark.parametrize(("value", "text"), [
    (131072, "128K (131,072)"),
    (1048576, "1M (1,048,576)"),
    (400000, "400K (400,000)"),
    (2000000, "2M (2,000,000)"),
    (1047576, "≈1.05M (1,047,576)"),
    (8192, "8K (8,192)"),
    (64000, "64K (64,000)"),
    (512, "512"),
    (24.0, "24"),
    (1.5, None),
    ("abc", None),
])
def test_tokens(value, text):
    assert units.tokens(value) == text


def test_percent_points_yes_no_and_days():
    assert units.percent(20.0) == "20 %"
    assert units.percent(-12.5, signed=True) == "-12.5 %"
    assert units.points(3) == "+3 pts"
    assert (units.yes_no(1), units.yes_no(0), units.yes_no(None)) == ("yes", "no", None)
    today = date(2027, 5, 18)
    assert units.relative_days("2027-06-17", today) == "in 30 days"
    assert units.relative_days("2027-05-17", today) == "1 day ago"
    assert units.relative_days("2027-05", today) is None  # a month is not a day
    assert units.days(0) == "today" and units.days(-3) == "3 days ago"


def test_format_cell_takes_the_unit_from_the_row_or_the_column():
    assert units.format_cell("usd", 0.24, {"unit": "1M tokens"}) == "$0.24 /1M tokens"
    assert units.format_cell("per_image_usd", 0.04, {}) == "$0.04 /image"
    assert units.format_cell("context_window", 131072, {}) == "128K (131,072)"
    assert units.format_cell("commercial_use", 1, {}) == "yes"
    assert units.format_cell("discount_diff_points", -2.5, {}) == "-2.5 pts"
    assert units.format_cell("diff_pct", 681.25, {}) == "+681.25 %"
    check = {"check": "price.input"}
    assert units.format_cell("catalog_value", "2.4", check) == "$2.4 /1M tokens"
    assert units.format_cell("reference_value", "200000",
                             {"check": "context_window"}) == "200K (200,000)"
    assert units.format_cell("catalog_value", "retired", {"check": "lifecycle"}) is None
    assert units.format_cell("name", "GPT-5", {}) is None  # no unit: shown as it is
    assert units.format_cell("usd", None, {}) is None
