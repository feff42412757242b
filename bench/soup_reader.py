"""The extraction a user would write with BeautifulSoup and lxml, for the reading-speed ratio.

It finds what the catalog's reader finds on the synthetic pages (name, provider, header prices
with their meaning, official prices and discount from the pricing section, context window),
the usual way: parse with lxml, drop invisible elements, take the visible text line by line,
then the same regular expressions and vocabulary the catalog uses. It does less than the
catalog's reader (no cards, findings, lifecycle, specification rows), so the ratio flatters it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bs4 import BeautifulSoup

from scrapers.reading import labels
from scrapers.reading.fields import merge_split_pairs, pairs_in, place_fields
from scrapers.reading.grammar import parse_money, parse_percent, parse_size
from scrapers.reading.text import INVISIBLE_TAGS, Line

_PERCENT = re.compile(r"^[-−–]?\s*\d+(?:\.\d+)?\s*%$")


def read(html: str) -> dict:
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(INVISIBLE_TAGS):
        tag.decompose()
    for tag in soup.select('[hidden], [aria-hidden="true"], nav, footer, aside'):
        tag.decompose()
    h1 = soup.find("h1")
    name = h1.get_text(" ", strip=True) if h1 else None
    provider = None
    for a in soup.select('a[href*="/models/"]'):
        parts = a["href"].rstrip("/").split("/")
        if len(parts) >= 2 and parts[-2] == "models":
            provider = a.get_text(strip=True)
            break
    text = (soup.body or soup).get_text("\n")
    lines = [ln for ln in (re.sub(r"\s+", " ", x).strip() for x in text.split("\n")) if ln]
    start = lines.index(name) + 1 if name in lines else 0
    header: list[str] = []
    for ln in lines[start:start + 40]:
        if ln.startswith("Technical Specifications"):
            break
        header.append(ln)
    fields = place_fields([p for t in merge_split_pairs([Line(x) for x in header])
                           for p in pairs_in(t)])
    prices = {}
    context = None
    for f in fields:
        if f.meaning in labels.PRICE_KINDS and f.value.startswith("$"):
            money = parse_money(f.value)
            if money is not None:
                prices.setdefault(f.meaning, [money.usd, None])
        elif f.meaning == "context":
            size = parse_size(f.value)
            context = size.tokens if size else None
    discount = None
    try:
        pricing = next(i for i, ln in enumerate(lines) if ln.startswith("Official Price"))
    except StopIteration:
        pricing = None
    if pricing is not None:
        after = lines[pricing + 1:pricing + 12]
        values = [p for ln in after for p in pairs_in(ln)]
        official = place_fields(values[len(values) // 2:])
        for f in official:
            money = parse_money(f.value)
            if f.meaning in prices and money is not None:
                prices[f.meaning][1] = money.usd
        discount = next((parse_percent(ln) for ln in after if _PERCENT.match(ln)), None)
    return {"name": name, "provider_name": provider, "discount_pct": discount,
            "context_window": context,
            "prices": {k: [_f(v[0]), _f(v[1])] for k, v in prices.items()}}


def _f(value: Decimal | None) -> float | None:
    return None if value is None else float(value)
