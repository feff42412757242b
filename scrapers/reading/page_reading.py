"""What a page says, before any interpretation: the types a source's reader returns.

Site-neutral on purpose: ``catalog/meaning/normalize.py`` turns a ``PageReading`` into a
record whatever source read it, so these types live here and not in any one source's folder
(CometAPI's reader, ``scrapers/sources/cometapi/page.py``, is one producer of them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scrapers.sources.source import ModelPageRef


@dataclass(frozen=True)
class Field:
    """A ``Label:value`` pair as written, with the meaning the reader gave it.

    ``placed_by`` says how: ``vocabulary`` (the word is known), ``unit`` (the figure says it,
    ``$0.08/sec``), ``position`` (an unknown word before a ``$x/M`` figure: first input, second
    output) or ``None`` (not placed: the label is kept raw). ``line`` is the text it was read
    from (its evidence).
    """

    label: str
    value: str
    meaning: str | None
    placed_by: str | None
    line: str = ""
    written_label: str = ""       # the label before a known tail was cut out ("100만 자당")


@dataclass(frozen=True)
class PriceRow:
    """One price of the pricing table: the seller's (the source's own) and the official figure
    for one label."""

    label: str
    meaning: str | None
    seller: str | None            # the price of the source that sells through the page
    official: str | None
    line: str = ""                # the row as written (evidence)
    by_words: bool = True         # False when the columns were placed by position only
    #: the tier the row prices ("≤ 200K tokens", "1024×1024"): one of several prices of a kind
    tier: str | None = None
    #: the words that state the unit of figures that state none: the column's header
    #: ("Comet Price (USD / 1K tokens)" over "$0.0004")
    unit_label: str | None = None


@dataclass
class CardReading:
    """A card linking to another model ("More models"), as written."""

    url: str
    ref: ModelPageRef
    name: str | None
    fields: list[Field]
    coming_soon: bool


@dataclass
class PageReading:
    """What one page says, field by field, before any interpretation of the figures."""

    url: str
    ref: ModelPageRef | None
    is_model_page: bool
    skip_reason: str | None = None
    unreadable: str | None = None    # over a reading budget: a failed page, not a skipped one
    provider_name: str | None = None
    name: str | None = None
    title: str | None = None
    fields: list[Field] = field(default_factory=list)
    badges: list[str] = field(default_factory=list)
    summary: str | None = None
    price_rows: list[PriceRow] = field(default_factory=list)
    discount: str | None = None
    discount_line: str | None = None
    passages: list[str] = field(default_factory=list)  # the model's own text, line by line
    specs: dict[str, str] = field(default_factory=dict)
    spec_rows: list[tuple[str, str]] = field(default_factory=list)
    description: str | None = None
    prose: str | None = None          # description without code: what findings are looked for in
    cards: list[CardReading] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    leaked_reasoning: list[str] = field(default_factory=list)
    #: figures the page wrote with invisible characters inside ("$2\u200b4/M"), as seen
    hidden_in_figures: list[str] = field(default_factory=list)
    #: how the page's seller (the source that sells through it) names itself in prose, case
    #: folded (CometAPI's: "comet"): a figure nearest one is the seller's price, not the
    #: official one (catalog/meaning/normalize.py); the source's reader sets them
    seller_names: tuple[str, ...] = ()
