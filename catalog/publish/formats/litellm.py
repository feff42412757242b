"""``catalog export --format litellm``: entries for LiteLLM's ``model_cost`` map.

Keys are ``<source>/<API id>``: the model's source (``models.source_name``, which is also
its ``litellm_provider``) and the id that source's users send (for ``cometapi/…`` from
CometAPI's ``/api/models``, stored by ``catalog crosscheck``); a model without a known API id
goes under its page slug and is counted. Each price is written under the key LiteLLM's own cost
functions read for it (checked with litellm 1.110, ``tests/test_interop_litellm.py``):

* per 1M tokens → ``input_cost_per_token`` / ``output_cost_per_token`` (÷ 10⁶);
* per image → ``output_cost_per_image`` (``completion_cost(call_type="image_generation")``);
* per second of video → ``output_cost_per_video_per_second`` (``create_video``); per second
  of anything else → ``output_cost_per_second``;
* per minute of audio → ``input_cost_per_second`` (÷ 60; ``transcription``);
* per 1M characters → ``input_cost_per_character`` (÷ 10⁶; ``speech``);
* per request → ``input_cost_per_request`` (the key of LiteLLM's map; its cost functions do
  not apply it).

``mode`` follows how the model is billed: an image model priced only per token is ``chat``,
since LiteLLM's CometAPI image path counts images and would price its tokens at 0.
Every entry is checked against these rules before anything is written
(``ExportInvalid``). What the catalog does not know is left out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from catalog.publish.formats.rows import decimal_text
from scrapers.sources.registry import DEFAULT_SOURCE

__all__ = ["LITELLM_KEYS", "LITELLM_MODES", "ExportInvalid", "LitellmExport", "litellm_entries",
           "litellm_json", "model_key", "validate_litellm"]

MILLION = Decimal(1_000_000)
SIXTY = Decimal(60)
#: (wide-view column, LiteLLM key, divisor to LiteLLM's unit)
_TOKEN_KEYS = (("input_usd", "input_cost_per_token", MILLION),
               ("output_usd", "output_cost_per_token", MILLION))
_PRICE_KEYS = ("input_cost_per_token", "output_cost_per_token", "output_cost_per_second",
               "output_cost_per_video_per_second", "input_cost_per_second",
               "input_cost_per_character", "input_cost_per_request", "output_cost_per_image")
LITELLM_KEYS = frozenset({*_PRICE_KEYS, "litellm_provider", "mode", "max_input_tokens",
                          "max_output_tokens", "deprecation_date"})
LITELLM_MODES = frozenset({"chat", "embedding", "completion", "image_generation",
                           "audio_transcription", "audio_speech", "moderation", "rerank",
                           "video_generation"})
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")


class ExportInvalid(RuntimeError):
    """An export broke its consumer's rules; nothing was written (the message is one line)."""


def model_key(row: dict[str, Any]) -> str:
    """The id the source's users send for the model, else its page slug."""
    return row.get("api_model_id") or row["model_id"].split("/", 1)[-1]


def source_of(row: dict[str, Any]) -> str:
    """The source a row of ``model_prices_wide`` was read from (CometAPI for a row without)."""
    return row.get("source_name") or DEFAULT_SOURCE


def bare_id(row: dict[str, Any]) -> str:
    """The model id without its source's namespace (``example:openai/x`` → ``openai/x``)."""
    head, _, rest = row["model_id"].partition("/")
    return f"{head.rpartition(':')[2]}/{rest}"


@dataclass
class LitellmExport:
    """The entries, and what the closing line counts."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    under_slug: list[str] = field(default_factory=list)   # model ids without a known API id
    left_out: list[str] = field(default_factory=list)     # model ids with no price

    def summary(self) -> str:
        return (f"{len(self.entries)} models written ({len(self.under_slug)} under their page "
                f"slug: no API id known), {len(self.left_out)} left out (no price)")


def _prices(row: dict[str, Any]) -> dict[str, Decimal]:
    entry: dict[str, Decimal] = {}
    for column, key, divisor in _TOKEN_KEYS:
        if row.get(column) is not None:
            entry[key] = row[column] / divisor
    if row.get("per_second_usd") is not None:
        key = ("output_cost_per_video_per_second" if row.get("kind") == "video"
               else "output_cost_per_second")
        entry[key] = row["per_second_usd"]
    if row.get("per_minute_usd") is not None:
        entry["input_cost_per_second"] = row["per_minute_usd"] / SIXTY
    if row.get("per_character_usd") is not None:
        entry["input_cost_per_character"] = row["per_character_usd"] / MILLION
    if row.get("per_request_usd") is not None:
        entry["input_cost_per_request"] = row["per_request_usd"]
    if row.get("per_image_usd") is not None:
        entry["output_cost_per_image"] = row["per_image_usd"]
    return entry


def _mode(row: dict[str, Any], prices: dict[str, Decimal]) -> str | None:
    """The LiteLLM mode whose cost path reads the prices the model has."""
    if "input_cost_per_character" in prices:
        return "audio_speech"
    if "input_cost_per_second" in prices:
        return "audio_transcription"
    if "output_cost_per_video_per_second" in prices:
        return "video_generation"
    if "output_cost_per_image" in prices:
        return "image_generation"
    kind = row.get("kind")
    if kind == "embedding":
        return "embedding"
    if kind in ("text", "image") and ("input_cost_per_token" in prices
                                      or "output_cost_per_token" in prices):
        return "chat"
    return {"video": "video_generation", "audio": "audio_speech"}.get(kind or "")


def litellm_entries(rows: list[dict[str, Any]]) -> LitellmExport:
    """Key → entry, prices as Decimal in LiteLLM's units; models without a price left out."""
    export = LitellmExport()
    for row in rows:
        entry: dict[str, Any] = dict(_prices(row))
        if not entry:
            export.left_out.append(row["model_id"])
            continue
        source = source_of(row)
        entry["litellm_provider"] = source
        mode = _mode(row, entry)
        if mode:
            entry["mode"] = mode
        if row.get("context_window"):
            entry["max_input_tokens"] = row["context_window"]
        if row.get("max_output_tokens"):
            entry["max_output_tokens"] = row["max_output_tokens"]
        date = row.get("status_date") or ""
        if row.get("status") in ("deprecated", "retired") and _FULL_DATE.match(date):
            entry["deprecation_date"] = date
        if not row.get("api_model_id"):
            export.under_slug.append(row["model_id"])
        key = f"{source}/{model_key(row)}"
        export.entries[key if key not in export.entries
                       else f"{source}/{bare_id(row)}"] = entry
    validate_litellm(export.entries)
    return export


def validate_litellm(entries: dict[str, dict[str, Any]]) -> None:
    """LiteLLM's rules for a ``model_cost`` entry, as its cost functions read them: known
    keys only, each price a finite number >= 0, a known mode, whole positive token limits."""
    for key, entry in entries.items():
        source, _, model = key.partition("/")
        if not source or not model or entry.get("litellm_provider", source) != source:
            raise ExportInvalid(f"litellm: {key!r} is not a <litellm_provider>/<model> key")
        unknown = set(entry) - LITELLM_KEYS
        if unknown:
            raise ExportInvalid(f"litellm: {key}: keys LiteLLM does not read: {sorted(unknown)}")
        for name in _PRICE_KEYS:
            value = entry.get(name)
            if value is not None and not (isinstance(value, Decimal) and value.is_finite()
                                          and value >= 0):
                raise ExportInvalid(f"litellm: {key}: {name} {value!r} is not a price >= 0")
        if "mode" in entry and entry["mode"] not in LITELLM_MODES:
            raise ExportInvalid(f"litellm: {key}: mode {entry['mode']!r} is not LiteLLM's")
        for name in ("max_input_tokens", "max_output_tokens"):
            value = entry.get(name)
            if value is not None and not (isinstance(value, int) and value > 0):
                raise ExportInvalid(f"litellm: {key}: {name} {value!r} is not a token count")


def _number(value: Decimal) -> str:
    """A price as JSON: its exact decimal, or 20 significant digits for a quotient that does
    not end (÷ 60)."""
    text = decimal_text(value)
    if len(text.replace("0.", "").lstrip("0")) > 20:
        text = decimal_text(Decimal(format(value, ".20g")))
    return text


def litellm_json(export: LitellmExport) -> str:
    """Sorted, pretty JSON with every price written as its exact decimal."""
    placeholders: dict[str, str] = {}

    def encode(value: Any) -> Any:
        if isinstance(value, Decimal):
            token = f"@@decimal{len(placeholders)}@@"
            placeholders[token] = _number(value)
            return token
        if isinstance(value, dict):
            return {k: encode(v) for k, v in value.items()}
        return value

    text = json.dumps(encode(export.entries), indent=2, sort_keys=True, ensure_ascii=False)
    return re.sub(r'"(@@decimal\d+@@)"', lambda m: placeholders[m.group(1)], text) + "\n"
