"""``catalog export --format litellm``: entries for LiteLLM's ``model_cost`` map.

Keys are ``cometapi/<model>`` (the API id CometAPI's catalog gives the model when known, else
the page slug); prices are USD per token (per second, request, image for those kinds),
``litellm_provider`` is ``cometapi``, ``mode`` follows the model's kind, limits are
``max_input_tokens``/``max_output_tokens``, and ``deprecation_date`` is the date a deprecated
or retired model stops (or stopped) being served. What the catalog does not know is left out.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from catalog.publish.formats.rows import decimal_text

__all__ = ["litellm_entries", "litellm_json"]

MILLION = Decimal(1_000_000)
_MODES = {"text": "chat", "image": "image_generation", "video": "video_generation",
          "audio": "audio_speech", "embedding": "embedding"}
_PRICE_KEYS = (("input_usd", "input_cost_per_token", True),
               ("output_usd", "output_cost_per_token", True),
               ("per_second_usd", "output_cost_per_second", False),
               ("per_request_usd", "input_cost_per_request", False),
               ("per_image_usd", "output_cost_per_image", False))
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")


def model_key(row: dict[str, Any]) -> str:
    return row.get("api_model_id") or row["model_id"].split("/", 1)[-1]


def litellm_entries(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Key → entry, prices as Decimal (per token); models without any price are left out."""
    entries: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry: dict[str, Any] = {}
        for column, key, per_token in _PRICE_KEYS:
            if row.get(column) is not None:
                entry[key] = row[column] / MILLION if per_token else row[column]
        if not entry:
            continue
        entry["litellm_provider"] = "cometapi"
        if row.get("kind") in _MODES:
            entry["mode"] = _MODES[row["kind"]]
        if row.get("context_window"):
            entry["max_input_tokens"] = row["context_window"]
        if row.get("max_output_tokens"):
            entry["max_output_tokens"] = row["max_output_tokens"]
        date = row.get("status_date") or ""
        if row.get("status") in ("deprecated", "retired") and _FULL_DATE.match(date):
            entry["deprecation_date"] = date
        key = f"cometapi/{model_key(row)}"
        entries[key if key not in entries else f"cometapi/{row['model_id']}"] = entry
    return entries


def litellm_json(rows: list[dict[str, Any]]) -> str:
    """Sorted, pretty JSON with every price written as its exact decimal."""
    placeholders: dict[str, str] = {}

    def encode(value: Any) -> Any:
        if isinstance(value, Decimal):
            token = f"@@decimal{len(placeholders)}@@"
            placeholders[token] = decimal_text(value)
            return token
        if isinstance(value, dict):
            return {k: encode(v) for k, v in value.items()}
        return value

    text = json.dumps(encode(litellm_entries(rows)), indent=2, sort_keys=True,
                      ensure_ascii=False)
    return re.sub(r'"(@@decimal\d+@@)"', lambda m: placeholders[m.group(1)], text) + "\n"
