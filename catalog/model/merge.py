"""How the pages of one model become its one catalog row: the merge policy, and nothing else.

A model has a page in each language. Their readings (``ModelRecord.to_json`` as stored in
``pages.reading``) are merged here by one rule, written once: **English first**, and each fact
from the first page that states it (a fact another language adds where English is silent is
kept; a fact English states is never overridden). Prices merge per (kind, unit, tier) by the
same rule, an official figure filled from any page. The exception is the lifecycle (status,
its date): one statement, taken whole from the primary page. Pure functions of their input, so the
policy is unit-tested without a database or a scrape (tests/test_merge.py); the store only
writes what this returns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from catalog.model.records import discount_of

#: values that say nothing: a page that leaves a fact unknown does not hide another's
UNKNOWN: tuple[Any, ...] = (None, "", [], {})


def english_first(readings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The order the policy reads pages in: English, then the others by locale."""
    return sorted(readings, key=lambda r: (r["locale"] != "en", r["locale"]))


def first_known(readings: list[dict[str, Any]], key: str) -> Any:
    """``key`` from the first reading that states it (``readings`` in ``english_first``
    order), or None when no page does."""
    for reading in readings:
        if reading.get(key) not in UNKNOWN:
            return reading[key]
    return None


@dataclass
class MergedModel:
    """One model as the catalog stores it: its ``models`` row and what hangs off it."""

    row: dict[str, Any]
    provider_name: str | None
    replacements: list[str]
    prices: list[dict[str, Any]]
    primary_url: str


def merge_model(model_id: str, readings: list[dict[str, Any]]) -> MergedModel | None:
    """The merged model of its page readings; None when it has none."""
    if not readings:
        return None
    readings = english_first(readings)
    primary = readings[0]

    def first(key: str) -> Any:
        return first_known(readings, key)

    status = primary.get("status")
    specs = first("specs") or {}
    row = {
        "id": model_id, "provider": primary["provider"], "slug": primary["model"],
        "name": first("name"), "kind": first("kind"), "status": status,
        # the lifecycle is one statement, not merged fact by fact: the status and its date
        # both come from the primary page (another page's differing date is a finding)
        "status_date": primary.get("status_date"),
        "context_window": first("context_window"),
        "max_output_tokens": first("max_output_tokens"),
        "commercial_use": as_flag(first("commercial_use")),
        "is_new": as_flag(primary.get("is_new")),
        "knowledge_cutoff": specs.get("knowledge_cutoff"),
        "input_modalities": specs.get("input_modalities"),
        "output_modalities": specs.get("output_modalities"),
        "discount_pct": first("discount_pct"),
        "summary": first("summary"), "source": "page", "source_url": primary["url"],
        "locales": json.dumps(sorted({r["locale"] for r in readings})),
        "missing_since": None,
    }
    return MergedModel(row=row, provider_name=first("provider_name"),
                       replacements=first("replacements") or [],
                       prices=merge_prices(readings), primary_url=primary["url"])


def merge_prices(readings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One price per (kind, unit, tier): the first page's (``english_first`` order); its
    official figure, when that page has none, from the first page that states one."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in readings:
        for p in r.get("prices", []):
            key = (p["kind"], p["unit"] or "", p.get("tier") or "")
            if key not in merged:
                merged[key] = {
                    "kind": p["kind"], "unit": p["unit"] or "", "tier": key[2], "usd": p["usd"],
                    "official_usd": p["official_usd"],
                    "usd_text": p.get("usd_text") or money_text(p["usd"]),
                    "official_text": p.get("official_text") or money_text(p["official_usd"]),
                    "label": p["label"],
                    "locale": r["locale"], "source_url": r["url"],
                }
            elif merged[key]["official_usd"] is None and p["official_usd"] is not None:
                merged[key]["official_usd"] = p["official_usd"]
                merged[key]["official_text"] = (p.get("official_text")
                                                or money_text(p["official_usd"]))
    return list(merged.values())


def stored_discount(usd: float | None, official: float | None) -> float | None:
    """The ``discount_pct`` column of a stored price: the one discount rule
    (``records.discount_of``) on the stored JSON numbers."""
    if usd is None or official is None:
        return None
    discount = discount_of(Decimal(str(usd)), Decimal(str(official)))
    return None if discount is None else float(discount)


def money_text(value: float | int | None) -> str | None:
    """A price as text when the page gave none to keep: ``$24``."""
    return None if value is None else f"${value}"


def as_flag(value: Any) -> int | None:
    """A yes/no fact as SQLite stores it: 1, 0 or NULL (unknown)."""
    return None if value is None else int(bool(value))
