"""The catalog's charts as Vega-Lite specifications, drawn in the browser by vega-embed.

Why Vega-Lite: a maintained charting library draws axes, log scales, legends, tooltips and
accessible SVG that hand-made SVG bars did not; a chart is a JSON document, so Python builds it
once from canned-query rows and Datasette's /charts page, a model's page and the static site
embed the same document (``data-spec`` on a ``.vl-chart`` element; site/static/charts.js draws
it). The data travels inside the spec, so a chart works from file:// with no request.

The libraries come from the npm registry at install time (site/vendor/package.json, into the
git-ignored site/vendor/node_modules/; see ``vendor_files``); without them a chart is replaced
by a sentence and its link to the query behind it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from catalog.publish.units import KIND_UNITS

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"

#: The browser files each page with a chart loads, in order, from the npm packages.
VENDOR_FILES = (
    ("vega", "build/vega.min.js"),
    ("vega-lite", "build/vega-lite.min.js"),
    ("vega-embed", "build/vega-embed.min.js"),
)


def vendor_dir(site: Path) -> Path:
    """Where `make install` puts the npm packages (git-ignored)."""
    return site / "vendor" / "node_modules"


def vendor_files(site: Path) -> list[Path]:
    """The chart library's files, or [] when `npm ci` has not fetched them."""
    files = [vendor_dir(site) / package / path for package, path in VENDOR_FILES]
    return files if all(f.is_file() for f in files) else []


def _base(description: str) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "description": description,
        "width": "container",
        "height": 320,
        "autosize": {"type": "fit", "contains": "padding"},
        "config": {"legend": {"orient": "bottom", "columns": 3, "labelLimit": 160},
                   "axis": {"labelFontSize": 11, "titleFontSize": 12}},
    }


def _values(rows: Iterable[Mapping[str, Any]], keys: Iterable[str]) -> list[dict[str, Any]]:
    keys = list(keys)
    return [{k: row.get(k) for k in keys} for row in rows]


def price_vs_context(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Input price against context window, both on log scales, one colour per provider."""
    spec = _base("Input price per 1M tokens against context window, one point per model, "
                 "coloured by provider; both axes are logarithmic.")
    spec.update(
        data={"values": _values(rows, ("model_id", "name", "provider", "context_window",
                                       "input_usd", "output_usd"))},
        mark={"type": "point", "filled": True, "size": 70, "tooltip": True},
        encoding={
            "x": {"field": "context_window", "type": "quantitative",
                  "scale": {"type": "log"}, "title": "Context window (tokens, log scale)",
                  "axis": {"format": "~s"}},
            "y": {"field": "input_usd", "type": "quantitative", "scale": {"type": "log"},
                  "title": "Input $ /1M tokens (log scale)"},
            "color": {"field": "provider", "type": "nominal", "title": "Provider"},
            "shape": {"field": "provider", "type": "nominal", "title": "Provider"},
            "tooltip": [
                {"field": "name", "title": "Model"},
                {"field": "provider", "title": "Provider"},
                {"field": "context_window", "title": "Context (tokens)", "format": ","},
                {"field": "input_usd", "title": "Input $ /1M tokens"},
                {"field": "output_usd", "title": "Output $ /1M tokens"},
            ],
        },
    )
    return spec


def price_history(rows: Iterable[Mapping[str, Any]], title_unit: str | None = None
                  ) -> dict[str, Any]:
    """Each model's price over time: a step line per model and kind. Without ``title_unit``
    the rows may be in several units (per 1M tokens, per second…): the y axis is then
    logarithmic and each line names its unit."""
    unit_text = f"$ /{title_unit}" if title_unit else "$ per unit (log scale)"
    spec = _base(f"Price in {unit_text} over time, one line per model and kind of price.")
    values = [
        {**_values([row], ("model_id", "name", "kind", "unit", "usd", "valid_from"))[0],
         "series": f"{row.get('name') or row.get('model_id')} "
                   f"({str(row.get('kind')).replace('_', ' ')}, $ /{row.get('unit')})"}
        for row in rows
    ]
    spec.update(
        data={"values": values},
        mark={"type": "line", "interpolate": "step-after", "point": True, "tooltip": True},
        encoding={
            "x": {"field": "valid_from", "type": "temporal", "title": "Observed from",
                  "axis": {"format": "%Y-%m-%d %H:%M", "labelAngle": -30,
                           "labelOverlap": True}},
            "y": {"field": "usd", "type": "quantitative", "title": unit_text,
                  **({} if title_unit else {"scale": {"type": "log"}})},
            "color": {"field": "series", "type": "nominal", "title": "Model (price)"},
            "tooltip": [
                {"field": "name", "title": "Model"},
                {"field": "kind", "title": "Price"},
                {"field": "usd", "title": "$"},
                {"field": "unit", "title": "per"},
                {"field": "valid_from", "title": "From", "type": "temporal"},
            ],
        },
    )
    return spec


def model_history(history: list[Mapping[str, Any]], name: str) -> dict[str, Any] | None:
    """One model's price history (the unit most of its rows are in); None unless a price of
    that unit was observed twice (a single point says nothing over time)."""
    by_unit: dict[str, list[Mapping[str, Any]]] = {}
    for row in history:
        if row.get("usd") is not None:
            by_unit.setdefault(str(row.get("unit") or ""), []).append(row)
    if not by_unit:
        return None
    unit, rows = max(by_unit.items(), key=lambda item: (len(item[1]), item[0] == "1M tokens"))
    kinds = [str(row.get("kind")) for row in rows]
    if all(kinds.count(kind) < 2 for kind in kinds):
        return None
    return price_history([{**row, "name": name} for row in rows], title_unit=unit)


def discount_by_provider(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The mean discount per provider, as horizontal bars with the range as a rule."""
    spec = _base("Average discount of CometAPI's price against the official price, by "
                 "provider, with the smallest and largest discount as a line.")
    spec["height"] = {"step": 26}
    spec.update(
        data={"values": _values(rows, ("provider", "provider_name", "prices_compared",
                                       "avg_discount_pct", "min_discount_pct",
                                       "max_discount_pct"))},
        encoding={"y": {"field": "provider_name", "type": "nominal", "sort": "-x",
                        "title": None}},
        layer=[
            {"mark": {"type": "bar", "tooltip": True, "color": "#3b6ea5"},
             "encoding": {
                 "x": {"field": "avg_discount_pct", "type": "quantitative",
                       "title": "Discount against the official price (%)"},
                 "tooltip": [
                     {"field": "provider_name", "title": "Provider"},
                     {"field": "avg_discount_pct", "title": "Mean discount %"},
                     {"field": "min_discount_pct", "title": "Smallest %"},
                     {"field": "max_discount_pct", "title": "Largest %"},
                     {"field": "prices_compared", "title": "Prices compared"}]}},
            {"mark": {"type": "rule", "color": "#1f2328"},
             "encoding": {"x": {"field": "min_discount_pct", "type": "quantitative"},
                          "x2": {"field": "max_discount_pct"}}},
        ],
    )
    return spec


def to_attribute(spec: Mapping[str, Any] | None) -> str:
    """The spec as the text of a ``data-spec`` attribute (Jinja escapes it)."""
    return json.dumps(spec, separators=(",", ":"), sort_keys=True, default=str) if spec else ""


__all__ = [
    "KIND_UNITS",
    "VENDOR_FILES",
    "discount_by_provider",
    "model_history",
    "price_history",
    "price_vs_context",
    "to_attribute",
    "vendor_files",
]
