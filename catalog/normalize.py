"""``PageReading`` (what the page says) → ``ModelRecord`` (what it means).

The reader has already placed each label; here figures become numbers, sizes are reconciled
(an exact 8,192 beats a rounded 8K), the lifecycle is read from the prose, and everything the
page gets wrong is reported as a finding. Nothing is invented: a price, size, date or status the
page does not state stays ``None``.
"""

from __future__ import annotations

import re
from datetime import date

from catalog.lifecycle import read_lifecycle
from catalog.prescan import keyword_windows
from catalog.quality import text_findings
from catalog.records import Card, Finding, ModelRecord, Price
from catalog.units import UNIT_TOKENS, Size, best_size, parse_money, parse_percent, parse_size
from scrapers.cometapi.page import Field, PageReading

_UNITS = {"input": UNIT_TOKENS, "output": UNIT_TOKENS, "per_second": "second",
          "per_request": "request", "per_image": "image"}
_CONTEXT_PROSE = re.compile(
    r"(?P<size>\d[\d,.]*\s*(?:[KkMm]\b|million\b)?)[\s-]*(?:tokens?[\s-]*)?"
    r"(?:context(?:\s+(?:window|length))?|token\s+context)"
    r"|context(?:\s+(?:window|length))?\s+(?:of|up\s+to|is|:)\s+(?:up\s+to\s+)?"
    r"(?P<size2>\d[\d,.]*\s*(?:[KkMm]\b|million\b)?)",
    re.I,
)
_OUTPUT_PROSE = re.compile(
    r"(?:max(?:imum)?\s+output\s+(?:of\s+)?(?:up\s+to\s+)?|up\s+to\s+)"
    r"(?P<size>\d[\d,.]*\s*(?:[KkMm]\b)?)\s*(?:output\s+)?tokens?(?:\s+of\s+output|\s+output)?"
    r"|(?P<size2>\d[\d,.]*\s*(?:[KkMm]\b)?)\s*(?:output|completion)\s+tokens",
    re.I,
)
# a word every match of the pattern contains: the pattern runs only near it (see prescan)
_PROSE_KEYWORDS = {_CONTEXT_PROSE: ("context",), _OUTPUT_PROSE: ("token",)}


def normalize(reading: PageReading, today: date | None = None) -> ModelRecord:
    """The normalized record of a model page (``reading.ref`` must be set)."""
    ref = reading.ref
    assert ref is not None, "normalize() needs a model page"
    record = ModelRecord(
        url=reading.url, locale=ref.locale, provider=ref.provider, model=ref.model,
        provider_name=reading.provider_name, name=reading.name, summary=reading.summary,
        description=reading.description, specs=dict(reading.specs),
    )
    findings: list[Finding] = []
    record.prices = _prices(reading, findings)
    record.discount_pct = parse_percent(reading.discount) if reading.discount else None
    record.context_window = _size(reading, "context", _CONTEXT_PROSE, findings)
    record.max_output_tokens = _size(reading, "max_output", _OUTPUT_PROSE, findings)
    lifecycle = read_lifecycle(reading.description, ref.model, reading.name, today=today)
    record.status, record.status_date = lifecycle.status, lifecycle.status_date
    record.replacements = list(lifecycle.replacements)
    if record.status is None:
        record.status = "coming_soon" if "coming_soon" in reading.badges else "active"
    record.commercial_use = True if "commercial_use" in reading.badges else None
    record.is_new = "new" in reading.badges
    record.cards = [_card(c) for c in reading.cards]
    if not record.prices:
        findings.append(Finding("missing_price", "the page states no price"))
    findings.extend(text_findings(
        [reading.name, reading.summary, reading.prose], reading.leaked_reasoning))
    record.findings = _unique(findings)
    return record


def _unique(findings: list[Finding]) -> list[Finding]:
    seen: set[Finding] = set()
    out: list[Finding] = []
    for f in findings:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


def _price_from(field: Field, findings: list[Finding], where: str) -> Price | None:
    money = parse_money(field.value)
    if money is None:
        return None
    kind = field.meaning if field.meaning in _UNITS else "unknown"
    if field.placed_by is None or field.placed_by == "position":
        how = "kept as unknown" if kind == "unknown" else f"placed as {kind} by its position"
        findings.append(Finding("unknown_label", f"{where} label {field.label!r} ({field.value}) "
                                                 f"not in the vocabulary: {how}"))
    unit = money.per if kind == "unknown" else _UNITS[kind]
    if kind in ("input", "output") and money.per not in (None, UNIT_TOKENS):
        unit = money.per
    return Price(kind=kind, unit=unit, usd=money.usd, label=field.label, usd_text=money.text)


def _prices(reading: PageReading, findings: list[Finding]) -> list[Price]:
    """Header prices, completed with the official figures of the pricing table."""
    prices: list[Price] = []
    for field in reading.fields:
        if field.meaning in ("context", "max_output") or not field.value.startswith(("$", "US")):
            if field.meaning is None:
                findings.append(Finding("unknown_label", f"header label {field.label!r} "
                                                         f"({field.value}) not understood"))
            continue
        price = _price_from(field, findings, "header")
        if price is not None and all((p.kind, p.unit) != (price.kind, price.unit) or
                                     price.kind == "unknown" for p in prices):
            prices.append(price)
    for row in reading.price_rows:
        comet = parse_money(row.comet or "")
        official = parse_money(row.official or "") if row.official else None
        kind = row.meaning if row.meaning in _UNITS else None
        match = next((i for i, p in enumerate(prices) if kind and p.kind == kind), None)
        if match is None and kind is None:
            same_label = [i for i, p in enumerate(prices) if p.label == row.label]
            match = same_label[0] if same_label else None
        if match is not None:
            p = prices[match]
            if comet is not None and p.usd is not None and comet.usd != p.usd:
                findings.append(Finding("price_mismatch", (
                    f"{p.kind}: header says {p.usd_text}, pricing table says {comet.text}")))
            prices[match] = Price(p.kind, p.unit, p.usd, official.usd if official else None,
                                  p.label, p.usd_text, official.text if official else None)
        elif comet is not None and kind is not None:
            prices.append(Price(kind, _UNITS[kind], comet.usd,
                                official.usd if official else None, row.label, comet.text,
                                official.text if official else None))
    return prices


def _size(reading: PageReading, meaning: str, prose: re.Pattern[str],
          findings: list[Finding]) -> int | None:
    """Specification table, then header line, then the prose; exact figures refine rounded."""
    candidates: list[Size] = []
    spec = reading.specs.get(meaning)
    if spec:
        size = parse_size(spec)
        if size is None and "XNUMX" in spec:
            findings.append(Finding("broken_number", f"specification {meaning}: {spec}"))
        if size:
            candidates.append(size)
    for field in reading.fields:
        if field.meaning == meaning:
            size = parse_size(field.value)
            if size:
                candidates.append(size)
    for text in (reading.summary, reading.description):
        for window in keyword_windows(text or "", _PROSE_KEYWORDS[prose]):
            for m in prose.finditer(window):
                size = parse_size(m.group("size") or m.group("size2") or "")
                if size and size.tokens >= 1000:
                    candidates.append(size)
    return best_size(candidates)


def _card(card) -> Card:
    prices = tuple(p for p in (_price_from(f, [], "card") for f in card.fields) if p)
    return Card(url=card.url, provider=card.ref.provider, model=card.ref.model, name=card.name,
                prices=prices, coming_soon=card.coming_soon)
