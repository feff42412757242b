"""Findings: what is wrong or doubtful on pages, recorded instead of crashed on.

Two kinds of check: on one page's text (template placeholders left unfilled, a translator's
``<think>`` reasoning leaked into the page, highlight markers and stray citations, numbers a
translation mangled) and across pages (the same model priced differently in two locales, or on
a card and on its own page).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from catalog.meaning.prose import DISPLAY_NAME, MODEL_ID
from catalog.model.records import Finding, ModelRecord

# "[모델 이름]", "[Model Name]", "{model_name}", "{{model}}", "%MODEL%": text left for a template
_BRACKET_PLACEHOLDER = re.compile(r"\[([^\[\]\d\n\"'{}<>=]{2,30})\](?!\()")
# two patterns, not one alternation: a pattern that starts with one character is searched for
# that character first, an alternation is tried at every position (no match can hold the other)
_CURLY_PLACEHOLDER = re.compile(r"\{\{?\s*([A-Za-z_][\w ]{0,30})\s*\}?\}")
_PERCENT_PLACEHOLDER = re.compile(r"%([A-Z_]{3,30})%")
_HIGHLIGHT = re.compile(r"==[^=\n]{1,80}==")
_CITATION = re.compile(r"\((?:[a-z0-9-]+\.)+(?:com|org|net|ai|io)\)", re.I)
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_BROKEN_NUMBER = re.compile(r"\b\d+\s+XNUMX\b|\bXNUMX\b")
_THINK_TAG = re.compile(r"</?think>", re.I)


def _excerpt(text: str, start: int, end: int, width: int = 40) -> str:
    left = max(0, start - width)
    return re.sub(r"\s+", " ", text[left:end + width]).strip()


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A bracketed word that ends a product's name ("FLUX.1 Kontext [max]", "FLUX.1 [dev]") is
    the name's variant, not a template's blank: a model name runs into the brackets."""
    before = text[max(0, start - 60):end]
    if any(m.end() == len(before) for m in (*MODEL_ID.finditer(before),
                                             *DISPLAY_NAME.finditer(before))):
        return True
    # a lower-case word in brackets after a capitalised or numbered word: "Kontext [max]"
    word = text[start + 1:end - 1]
    previous = text[:start].rstrip().rsplit(None, 1)[-1] if text[:start].strip() else ""
    return (word.isascii() and word.isalpha() and word.islower() and len(word) <= 12
            and any(ch.isupper() or ch.isdigit() for ch in previous))


def _in_a_path(text: str, start: int, end: int) -> bool:
    """``/mj/task/{id}/fetch``: a parameter of an API path, not a template's blank."""
    return text[start - 1:start] == "/" or text[end:end + 1] == "/"


def text_findings(texts: Iterable[str | None],
                  leaked_reasoning: Iterable[str] = ()) -> list[Finding]:
    """Findings in the visible text of one page (code blocks excluded by the caller)."""
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, detail: str) -> None:
        if (kind, detail) not in seen:
            seen.add((kind, detail))
            findings.append(Finding(kind, detail))

    # each pattern runs only when a character it cannot match without occurs at all: a
    # substring test is ~50 times faster than the regex engine walking 20 KB of prose
    for text in filter(None, texts):
        if "[" in text:
            for m in _BRACKET_PLACEHOLDER.finditer(text):
                if not _in_a_name(text, m.start(), m.end()):
                    add("untranslated_placeholder", m.group(0))
        placeholders = [m for m in _CURLY_PLACEHOLDER.finditer(text)
                        if not _in_a_path(text, m.start(), m.end())] if "{" in text else []
        if "%" in text:
            placeholders += _PERCENT_PLACEHOLDER.finditer(text)
        for m in sorted(placeholders, key=lambda m: m.start()):
            add("untranslated_placeholder", m.group(0))
        if "==" in text:
            for m in _HIGHLIGHT.finditer(text):
                add("markup_artifact", f"highlight marker {m.group(0)}")
        if "(" in text:
            for m in _CITATION.finditer(text):
                add("markup_artifact", f"stray citation {m.group(0)}")
            if m := _EMPTY_PARENS.search(text):
                add("markup_artifact",
                    f"empty parentheses: {_excerpt(text, m.start(), m.end())}")
        if "XNUMX" in text:
            for m in _BROKEN_NUMBER.finditer(text):
                add("broken_number", _excerpt(text, m.start(), m.end()))
        if "<" in text and _THINK_TAG.search(text):
            add("leaked_reasoning", "unbalanced <think> tag in text")
    for leak in leaked_reasoning:
        add("leaked_reasoning", leak[:200] + ("…" if len(leak) > 200 else ""))
    return findings


def _money(value: Decimal | None) -> str:
    return "unknown" if value is None else f"${value}"


def price_mismatches(records: list[ModelRecord]) -> list[tuple[ModelRecord, Finding]]:
    """Pages of one model that disagree on a price: each disagreeing page gets a finding that
    names the page it disagrees with (the English page when there is one)."""
    by_model: dict[str, list[ModelRecord]] = {}
    for record in records:
        by_model.setdefault(record.model_id, []).append(record)
    out: list[tuple[ModelRecord, Finding]] = []
    for pages in by_model.values():
        if len(pages) < 2:
            continue
        reference = next((p for p in pages if p.locale == "en"), pages[0])
        ref_prices = {(p.kind, p.unit, p.tier): p for p in reference.prices}
        for page in pages:
            if page is reference:
                continue
            for price in page.prices:
                other = ref_prices.get((price.kind, price.unit, price.tier))
                if other is None:
                    continue
                for field in ("usd", "official_usd"):
                    a, b = getattr(price, field), getattr(other, field)
                    if a is not None and b is not None and a != b:
                        out.append((page, Finding(
                            "price_mismatch",
                            f"{price.kind} {field} {_money(a)} per {price.unit} on {page.locale} "
                            f"page, {_money(b)} on {reference.locale} page {reference.url}",
                        )))
    return out


def fact_conflicts(records: list[ModelRecord]) -> list[tuple[ModelRecord, Finding]]:
    """Pages of one model in two languages that state a different size or lifecycle date (a
    rounding, 8K against 8,192, is not a difference): a ``conflict`` finding on the page that
    disagrees with the English one, naming both. The catalog keeps the English statement."""
    out: list[tuple[ModelRecord, Finding]] = []
    if len(records) < 2:
        return out
    reference = next((r for r in records if r.locale == "en"), records[0])
    for page in records:
        if page is reference:
            continue
        for field in ("context_window", "max_output_tokens"):
            a, b = getattr(page, field), getattr(reference, field)
            if a and b and abs(a - b) > 0.05 * max(a, b):
                out.append((page, Finding("conflict", (
                    f"{field} {a} on {page.locale} page, {b} on {reference.locale} page "
                    f"{reference.url}"))))
        if (page.status_date and reference.status_date
                and page.status_date != reference.status_date
                and not page.status_date.startswith(reference.status_date)
                and not reference.status_date.startswith(page.status_date)):
            out.append((page, Finding("conflict", (
                f"status_date {page.status_date} on {page.locale} page, "
                f"{reference.status_date} on {reference.locale} page {reference.url}"))))
    return out


@dataclass(frozen=True, slots=True)
class OwnPrices:
    """What a card is checked against: the URL of the model's own page (English first) and the
    prices it states, by (kind, unit). Kept for every model a run touched until its end, so
    it holds only this, not the record with its prices (1.6 KB a model)."""

    url: str
    by_unit: dict[tuple[str, str | None], tuple[Decimal, ...]]

    @classmethod
    def of(cls, record: ModelRecord) -> OwnPrices:
        by_unit: dict[tuple[str, str | None], list[Decimal]] = {}
        for p in record.prices:
            if p.usd is not None:
                by_unit.setdefault((p.kind, p.unit), []).append(p.usd)
        return cls(record.url, {k: tuple(v) for k, v in by_unit.items()})


def card_mismatches(record: ModelRecord,
                    own_page: Callable[[str], OwnPrices | None]) -> list[Finding]:
    """Cards on ``record``'s page that advertise a price other than the one the model's own
    page states (``own_page(model_id)`` gives that page's prices, English first, or None)."""
    out: list[Finding] = []
    for card in record.cards:
        target = own_page(card.model_id)
        if target is None:
            continue
        for price in card.prices:
            stated = target.by_unit.get((price.kind, price.unit), ())
            # a card shows one of the page's tiers ("standard" of standard and hd): any agrees
            if stated and price.usd is not None and price.usd not in stated:
                out.append(Finding(
                    "price_mismatch",
                    f"card for {card.model_id} shows {price.kind} {_money(price.usd)} per "
                    f"{price.unit}; its page {target.url} states {_money(stated[0])}",
                ))
    return out
