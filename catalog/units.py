"""Money and sizes as pages write them, turned into exact numbers.

Pure functions, no I/O. Prices stay ``Decimal`` so that ``$1.752/M`` is 1.752 and never
1.7519999; sizes remember whether the page wrote an exact figure (``8,192``) or a rounded one
(``8K``), because a page that gives both means the exact one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

UNIT_TOKENS = "1M tokens"

# "$24/M", "$0.08", "US$ 1,200.50 / 1M tokens", "$0.002/1K tokens", "$0.04 / image", "$0"
_MONEY = re.compile(
    r"(?:US\s*)?\$\s*(?P<amount>\d[\d,]*(?:\.\d+)?|\.\d+)"
    r"(?:\s*(?:/|per\b)\s*(?P<per>(?:1\s*)?[mk](?:\s*tok(?:en)?s?)?(?![a-z])"
    r"|million(?:\s*tokens?)?|sec(?:ond)?s?(?![a-z])|s(?![a-z])|images?|img|requests?|req"
    r"|call|min(?:ute)?s?(?![a-z])))?",
    re.IGNORECASE,
)

_PER_UNITS = {
    "m": UNIT_TOKENS,
    "1m": UNIT_TOKENS,
    "mtok": UNIT_TOKENS,
    "1mtok": UNIT_TOKENS,
    "mtokens": UNIT_TOKENS,
    "1mtokens": UNIT_TOKENS,
    "milliontokens": UNIT_TOKENS,
    "million": UNIT_TOKENS,
    "k": "1K tokens",
    "1k": "1K tokens",
    "1ktokens": "1K tokens",
    "ktokens": "1K tokens",
    "s": "second",
    "sec": "second",
    "second": "second",
    "seconds": "second",
    "image": "image",
    "images": "image",
    "img": "image",
    "request": "request",
    "requests": "request",
    "req": "request",
    "call": "request",
    "minute": "minute",
    "min": "minute",
}


def plain(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent form: 20.0 → 20, 0.080 → 0.08."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


@dataclass(frozen=True)
class Money:
    """A USD amount and, when the figure itself says it, what it is per."""

    usd: Decimal
    per: str | None
    text: str


def parse_money(text: str) -> Money | None:
    """Read the first dollar figure in ``text``; ``None`` if there is none.

    ``$x/M`` is per million tokens; ``$x/1K`` is converted to per million tokens, so that
    every token price in the catalog has the same unit.
    """
    match = _MONEY.search(text or "")
    if not match:
        return None
    try:
        amount = Decimal(match.group("amount").replace(",", ""))
    except InvalidOperation:
        return None
    per_raw = re.sub(r"[\s.]", "", (match.group("per") or "").lower())
    per = _PER_UNITS.get(per_raw) if per_raw else None
    if per is None and per_raw.startswith(("mtok", "1mtok", "milliontok")):
        per = UNIT_TOKENS
    if per == "1K tokens":
        amount, per = amount * 1000, UNIT_TOKENS
    return Money(usd=plain(amount), per=per, text=match.group(0))


@dataclass(frozen=True)
class Size:
    """A token count and whether the page wrote it in full (8,192) or rounded (8K, 1 million)."""

    tokens: int
    exact: bool


_SIZE = re.compile(
    r"(?<![\w.])(?P<num>\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+(?:\.\d+)?)\s*"
    r"(?P<suffix>k\b|m\b|b\b|million\b|thousand\b|mil\b)?",
    re.IGNORECASE,
)
_MULTIPLIERS = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000,
                "mil": 1_000_000, "b": 1_000_000_000}


def parse_size(text: str) -> Size | None:
    """Read a token count: ``8K``, ``1M``, ``200,000 tokens``, ``1 million tokens``, ``65.5k``."""
    if not text or "XNUMX" in text:
        return None  # a translation mangled the number ("200 XNUMX token"): unreadable
    match = _SIZE.search(text)
    if not match:
        return None
    digits = re.sub(r"[,\u202f\u00a0 ]", "", match.group("num"))
    suffix = (match.group("suffix") or "").lower()
    try:
        number = Decimal(digits)
    except InvalidOperation:
        return None
    if suffix:
        return Size(int(number * _MULTIPLIERS[suffix]), exact=False)
    if number != number.to_integral_value():
        return None
    return Size(int(number), exact=True)


def best_size(candidates: list[Size]) -> int | None:
    """Pick the size a page means from what it says, in order of trust.

    The first candidate wins, except that a rounded figure (8K) gives way to a stated exact
    figure within 5% of it (8,192): the page rounded for display.
    """
    if not candidates:
        return None
    first = candidates[0]
    if first.exact:
        return first.tokens
    for other in candidates[1:]:
        if other.exact and abs(other.tokens - first.tokens) <= 0.05 * first.tokens:
            return other.tokens
    return first.tokens


def parse_percent(text: str) -> Decimal | None:
    """``-20%`` → 20 (a discount is stored as a positive percentage off)."""
    match = re.search(r"([-−–]?)\s*(\d+(?:\.\d+)?)\s*%", text or "")
    if not match:
        return None
    return plain(Decimal(match.group(2)))
