"""One page's rows, as the store writes them, made from its record without a database.

Why apart from the store: a reader process makes these rows right after reading the page
(they go back in its ``catalog.run.reader_process.PageVisit``), so the scrape's event loop
(one core, shared by every page) only executes them. Plain tuples of strings and numbers
cross the reader's pipe several times faster than the record's dataclasses and decimals, and
the record's JSON (``pages.reading``) is encoded on the reader's core instead of the loop's.
``Store.save_page(record)`` goes through the same function, so a page is stored alike however
it was read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from catalog.model.records import Finding, ModelRecord, decimal_to_json
from catalog.storage.search import description_excerpt, unspaced_lines
from catalog.storage.value_checks import valid_price

#: ``pages`` columns a reading fills, in the order of ``PageRows.page``
PAGE_COLUMNS = ("url", "model_id", "locale", "name", "summary", "description",
                "description_unspaced", "description_excerpt", "reading")
#: ``page_prices`` columns, in the order of each of ``PageRows.prices``
PRICE_COLUMNS = ("url", "model_id", "locale", "kind", "unit", "usd", "official_usd", "label",
                 "tier")
#: ``cards`` columns, in the order of each of ``PageRows.cards``
CARD_COLUMNS = ("page_url", "target_id", "target_url", "name", "prices", "coming_soon")
#: where a card row holds the id of the model it stands for
CARD_TARGET = CARD_COLUMNS.index("target_id")


@dataclass(slots=True)
class PageRows:
    """What storing one read page writes."""

    url: str
    model_id: str
    locale: str
    page: tuple
    prices: list[tuple]
    cards: list[tuple]
    findings: list[Finding]


def _num(value: Decimal | int | float | None) -> float | int | None:
    return decimal_to_json(value) if isinstance(value, Decimal) else value


def _price(value: Decimal | int | float | None) -> float | int | None:
    """A page price as stored: None when it is not one the catalog may hold (the merged
    model's prices give the ``invalid_value`` finding, ``value_checks.refuse_invalid``)."""
    return _num(value) if valid_price(value) else None


def page_rows(record: ModelRecord) -> PageRows:
    """The rows of ``record``'s page (``pages.reading`` is its ``to_json``, keys sorted)."""
    url, model_id, locale = record.url, record.model_id, record.locale
    reading = json.dumps(record.to_json(), ensure_ascii=False, sort_keys=True)
    return PageRows(
        url=url, model_id=model_id, locale=locale,
        page=(url, model_id, locale, record.name, record.summary, record.description,
              unspaced_lines(record.description), description_excerpt(record.description),
              reading),
        prices=[(url, model_id, locale, p.kind, p.unit or "", _price(p.usd),
                 _price(p.official_usd), p.label, p.tier or "") for p in record.prices],
        cards=[(url, c.model_id, c.url, c.name, json.dumps([p.to_json() for p in c.prices]),
                int(c.coming_soon)) for c in record.cards],
        findings=list(record.findings),
    )
