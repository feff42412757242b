"""The checks: each claim of the catalog beside what one reference says, with a verdict.

What is checked depends on what the reference is:

* ``cometapi`` (CometAPI's own ``/api/models``): each page price, in every locale, against
  the price CometAPI's catalog states (``price.<kind>``), and the kind of model;
* upstream catalogs (``litellm``, ``models.dev``, ``genai-prices``): the page's "official"
  price against the upstream list price (``official.<kind>``), the stated discount against
  the one the reference implies (``discount.<kind>``), context window, max output, lifecycle;
* ``openrouter`` (another aggregator): CometAPI's price against OpenRouter's for the same
  model (``price.<kind>``), context window, max output, lifecycle.

Verdicts: ``agrees`` (prices within 0.5 %, discounts within 0.5 percentage points, token
limits within 2.5 %: 128K read as 128,000 or 131,072), ``differs`` (``differs_pct`` is
``100 × (catalog − reference) / reference``; for discounts, the difference in points),
``not_in_reference`` (a ``match`` row: the reference has no entry for the model), or
``matched`` (a ``match`` row: it has one, but states no figure the catalog has, so the pages
can still show that the model was found).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from catalog.crosscheck.references import RefModel

__all__ = ["ROLES", "CatalogFacts", "CheckRow", "check_source", "fmt"]

ROLES = {"cometapi": "self", "openrouter": "aggregator", "litellm": "upstream",
         "models.dev": "upstream", "genai-prices": "upstream"}
PRICE_TOLERANCE_PCT = Decimal("0.5")
DISCOUNT_TOLERANCE_POINTS = Decimal("0.5")
LIMIT_TOLERANCE_PCT = Decimal("2.5")
_HUNDRED = Decimal(100)
_UNITS = {"input": "/M", "output": "/M", "per_second": "/s", "per_request": "/request",
          "per_image": "/image"}


@dataclass
class CheckRow:
    source: str
    model_id: str
    check: str
    verdict: str
    locale: str = ""
    catalog_value: str | None = None
    reference_value: str | None = None
    reference_id: str | None = None
    differs_pct: float | None = None
    detail: str | None = None


@dataclass
class CatalogFacts:
    """What the catalog states, read once: models, current prices, each locale's prices."""

    models: dict[str, dict[str, Any]]
    prices: dict[str, dict[str, dict[str, Any]]]            # model → kind → row (tier '')
    page_prices: dict[str, list[dict[str, Any]]]            # model → rows (tier '')


def fmt(value: Decimal | int | float | None) -> str | None:
    if value is None:
        return None
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    return format(number.normalize(), "f")


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _pct(ours: Decimal, theirs: Decimal) -> Decimal | None:
    if theirs == 0:
        return None
    return ((ours - theirs) / theirs * _HUNDRED).quantize(Decimal("0.01"))


def _compare(row: CheckRow, ours: Decimal, theirs: Decimal, tolerance: Decimal,
             what: str) -> CheckRow:
    pct = _pct(ours, theirs)
    agrees = ours == 0 if theirs == 0 else pct is not None and abs(pct) <= tolerance
    row.catalog_value, row.reference_value = fmt(ours), fmt(theirs)
    row.differs_pct = None if pct is None else float(pct)
    row.verdict = "agrees" if agrees else "differs"
    row.detail = (f"{what}: catalog {fmt(ours)}, {row.source} {fmt(theirs)}"
                  + ("" if agrees or pct is None else f": differs by {pct:+}%"))
    return row


def _price_rows(source: str, model_id: str, ref: RefModel, kind: str, ours: Decimal,
                check: str, locale: str = "") -> CheckRow:
    row = CheckRow(source, model_id, check, "", locale=locale, reference_id=ref.ref_id)
    unit = _UNITS.get(kind, "")
    row = _compare(row, ours, ref.prices[kind], PRICE_TOLERANCE_PCT, f"{kind} USD{unit}")
    tiers = ref.tiers.get(kind)
    if tiers:  # the base is compared; the tiers above it are shown as the reference has them
        row.detail = (f"{row.detail} (tiered: base {fmt(ref.prices[kind])}; "
                      + "; ".join(f"from {start:,} tokens {fmt(price)}" for start, price in tiers)
                      + ")")
    return row


def _limit(source: str, model_id: str, ref: RefModel, check: str, ours: Any,
           theirs: int | None) -> list[CheckRow]:
    if ours is None or theirs is None:
        return []
    row = CheckRow(source, model_id, check, "", reference_id=ref.ref_id)
    return [_compare(row, Decimal(int(ours)), Decimal(theirs), LIMIT_TOLERANCE_PCT,
                     check.replace("_", " "))]


def _lifecycle(source: str, model_id: str, model: dict[str, Any], ref: RefModel
               ) -> list[CheckRow]:
    ours, theirs = model.get("status"), ref.status
    if ours not in ("active", "deprecated", "retired", "coming_soon") or theirs is None:
        return []
    ours_date, theirs_date = model.get("status_date"), ref.deprecation_date
    same_date = not ours_date or not theirs_date or ours_date[:10] == theirs_date[:10]
    # "coming soon" on a page agrees with a reference that serves the model, and contradicts
    # one that has it retired or dated
    agrees = (theirs == "active") if ours == "coming_soon" else (ours == theirs and same_date)
    shown_ours = ours + (f" {ours_date}" if ours_date else "")
    shown_theirs = theirs + (f" {theirs_date}" if theirs_date else "")
    return [CheckRow(source, model_id, "lifecycle", "agrees" if agrees else "differs",
                     catalog_value=shown_ours, reference_value=shown_theirs,
                     reference_id=ref.ref_id,
                     detail=f"lifecycle: catalog {shown_ours}, {source} {shown_theirs}")]


def _discounts(source: str, model_id: str, facts: CatalogFacts, ref: RefModel
               ) -> list[CheckRow]:
    rows = []
    model = facts.models[model_id]
    for kind, price in sorted(facts.prices.get(model_id, {}).items()):
        usd, theirs = _dec(price.get("usd")), ref.prices.get(kind)
        stated = _dec(price.get("discount_pct"))
        if stated is None:
            stated = _dec(model.get("discount_pct"))
        if usd is None or theirs is None or theirs == 0 or stated is None:
            continue
        implied = ((1 - usd / theirs) * _HUNDRED).quantize(Decimal("0.01"))
        points = (stated - implied).quantize(Decimal("0.01"))
        agrees = abs(points) <= DISCOUNT_TOLERANCE_POINTS
        rows.append(CheckRow(
            source, model_id, f"discount.{kind}", "agrees" if agrees else "differs",
            catalog_value=fmt(stated), reference_value=fmt(implied), reference_id=ref.ref_id,
            differs_pct=float(points),
            detail=(f"discount on {kind}: stated {fmt(stated)}%, {fmt(implied)}% from "
                    f"{source}'s list price {fmt(theirs)}"
                    + ("" if agrees else f": differs by {points:+} points"))))
    return rows


def check_source(source: str, facts: CatalogFacts, by_model: dict[str, tuple[RefModel, str]],
                 unmatched_models: dict[str, str]) -> list[CheckRow]:
    """Every check of one reference against the catalog, in a stable order."""
    role = ROLES.get(source, "upstream")
    rows: list[CheckRow] = []
    for model_id in sorted(facts.models):
        model = facts.models[model_id]
        if model_id not in by_model:
            rows.append(CheckRow(source, model_id, "match", "not_in_reference",
                                 detail=f"{source}: {unmatched_models.get(model_id, 'no entry')}"))
            continue
        ref, rule = by_model[model_id]
        first = len(rows)
        rows.extend(_model_checks(source, role, model_id, model, facts, ref))
        if len(rows) == first:  # found, with nothing both state: still shown as found
            rows.append(CheckRow(source, model_id, "match", "matched", reference_id=ref.ref_id,
                                 detail=f"{source}: matched {ref.ref_id} ({rule}); no figure "
                                        "both state"))
    return rows


def _model_checks(source: str, role: str, model_id: str, model: dict[str, Any],
                  facts: CatalogFacts, ref: RefModel) -> list[CheckRow]:
    """The checks of one matched model against its reference entry."""
    rows: list[CheckRow] = []
    prices = facts.prices.get(model_id, {})
    if role == "self":
        page_rows = facts.page_prices.get(model_id) or [
            {"locale": "", "kind": k, "usd": p.get("usd")} for k, p in prices.items()]
        for page in sorted(page_rows, key=lambda r: (r["kind"], r["locale"] or "")):
            usd = _dec(page.get("usd"))
            if usd is not None and page["kind"] in ref.prices:
                rows.append(_price_rows(source, model_id, ref, page["kind"], usd,
                                        f"price.{page['kind']}", page["locale"] or ""))
        if model.get("kind") and ref.kind:
            agrees = model["kind"] == ref.kind
            rows.append(CheckRow(source, model_id, "kind", "agrees" if agrees else "differs",
                                 catalog_value=model["kind"], reference_value=ref.kind,
                                 reference_id=ref.ref_id,
                                 detail=f"kind: catalog {model['kind']}, {source} "
                                        f"{ref.kind}"))
        return rows
    for kind, price in sorted(prices.items()):
        column = "usd" if role == "aggregator" else "official_usd"
        ours = _dec(price.get(column))
        if ours is not None and kind in ref.prices:
            check = f"price.{kind}" if role == "aggregator" else f"official.{kind}"
            rows.append(_price_rows(source, model_id, ref, kind, ours, check))
    if role == "upstream":
        rows.extend(_discounts(source, model_id, facts, ref))
    rows.extend(_limit(source, model_id, ref, "context_window", model.get("context_window"),
                       ref.context_window))
    rows.extend(_limit(source, model_id, ref, "max_output_tokens",
                       model.get("max_output_tokens"), ref.max_output_tokens))
    rows.extend(_lifecycle(source, model_id, model, ref))
    return rows
