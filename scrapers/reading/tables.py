"""Pricing tables read by their words, in any arrangement and language.

Which figures are CometAPI's and which are the official (upstream) price is decided by the
header words (``Comet Price``, ``Official Price``, ``Prix officiel``, ``官方价格``…, from the
vocabulary files), never by column position alone:

- a column per price (the seeds): ``Comet Price | Official Price | Discount`` over one row
  whose cells hold ``Input:$24/M Output:$48/M``;
- a row per kind: ``Input | $2/M | $2.50/M | -20%`` under a header row;
- transposed: ``| Input | Output`` over ``CometAPI | $2/M | $8/M`` and ``Official | …``;
- any of them official-first, with or without a discount cell.

A table without such words falls back to position (CometAPI first), as the page's own header
prices do; the caller records that as a lower-trust reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache, partial

from scrapers.reading import labels
from scrapers.reading.cldr import time_unit_named
from scrapers.reading.fields import (
    Field,
    bare,
    known_tail,
    pairs_in,
    place_fields,
    slash_word_after,
    value_only,
)
from scrapers.reading.grammar import (
    COMPARISON_SIGNS,
    KIND_BY_UNIT,
    UNIT_TOKENS,
    Money,
    ascii_digits,
    find_money,
    find_sizes,
    has_money_marker,
    parse_percent,
    unit_of_label,
)
from scrapers.reading.names import slug_of
from scrapers.reading.page_reading import PriceRow
from scrapers.reading.text import Line

_LETTER = re.compile(r"[^\W\d_]")





@dataclass
class TableReading:
    rows: list[PriceRow]
    discount: str | None
    discount_line: str | None


def grids(lines: list[Line]) -> list[list[list[str]]]:
    """Every table-like block (table, ARIA grid, definition list) as rows of cell texts."""
    tables: dict[int, dict[int, dict[int, str]]] = {}
    for line in lines:
        if line.table is None or line.row is None or line.col is None or line.code:
            continue
        row = tables.setdefault(line.table, {}).setdefault(line.row, {})
        row[line.col] = f"{row.get(line.col, '')} {line.text}".strip()
    out = []
    for rows in tables.values():
        grid = []
        for cells in rows.values():
            width = max(cells) + 1
            grid.append([cells.get(c, "") for c in range(width)])
        out.append(grid)
    return out


def _meaning(label: str, value: str, locale: str | None) -> str | None:
    """What a row prices: its label's word, else the unit its figure states, else the unit its
    label states ("Per minute of audio", "Á sekúndu": a "per" word and a unit in any language
    CLDR writes units for)."""
    meaning = labels.meaning_of(known_tail(bare(label))) if label else None
    if meaning in labels.PRICE_KINDS:
        return meaning
    money = find_money(value, locale)
    if money and money[0].per in KIND_BY_UNIT:
        return KIND_BY_UNIT[money[0].per]
    return meaning or _unit_meaning(label, locale)


def _money_text(cell: str, locale: str | None) -> str | None:
    """A cell's first figure as written, with the unit its slash joins to it (see
    ``written_unit``)."""
    money = find_money(cell, locale)
    if not money:
        return None
    return money[0].text + written_unit(cell, money[0])


#: a figure's unit set apart by spaces around its slash: the slash and one word ("/ s",
#: "/ minit", "/ sekundi"), nothing of what follows the word
_SPACED_UNIT = re.compile(r"[ \u00a0]+[/／][ \u00a0]*([^\W\d_]+)\.?(?![^\W\d_])")
#: a currency sign that opens a figure ("$0.2", "US$ 2", "＄０．２")
_SIGN_FIRST = re.compile(r"(?:US)?[$＄]")


def written_unit(cell: str, money: Money) -> str:
    """What of the unit after a cell's figure is part of the figure as written: a slash joins a
    unit to the figure before it, spaced or not ("$0.30/s", "$0.2 / s", "$0.006 / minit"),
    and the unit is one word ("$0.04 / s (720p)" is "$0.04 / s"). Set apart by spaces, the
    word is the figure's unit only when it reads as one (by the vocabulary or as a second or a
    minute in any language CLDR writes units for): a spaced slash also parts a figure from
    another thing; attached, a word no vocabulary has is the unit when it ends its line
    ("$0.024/prenki"). A figure whose sign follows it ends with
    the sign ("0,032 $ / image": the sign closes the amount, the unit set apart after it), and
    a unit a word introduces ("$0.006 za minutę") is no part of it."""
    if "/" in money.text or "／" in money.text:
        return ""  # "$0.30/s", "$0.0002 / 1K tokens": find_money kept the unit already
    at = cell.find(money.text, money.start)
    end = at + len(money.text) if at != -1 else money.end
    spaced = _SPACED_UNIT.match(cell, end) if _SIGN_FIRST.match(money.text) else None
    if spaced is not None and (money.end >= spaced.end() or time_unit_named(spaced.group(1))):
        return spaced.group()
    if cell[end:end + 1] not in ("/", "／"):
        return ""  # "$0.05 / umzuzwana": a word no rule reads, set apart
    return slash_word_after(cell, end)  # "$0.024/prenki"


def read_grid(grid: list[list[str]], locale: str | None,
              own: tuple[str, ...] = (), taught: tuple[str, ...] = ()) -> TableReading | None:
    """The prices of one grid, or ``None`` when it is not a pricing table. ``own`` are this
    model's names in slug form, to find its row in a table of several models; ``taught`` are
    the labels the page's header gave its prices (see ``with_taught_colons``)."""
    by_model = _row_per_model(grid, locale, own)
    if by_model is not None:
        return by_model
    tiered = tier_rows(grid, locale) or tier_columns(grid, locale)
    if tiered is not None:
        return tiered
    for index, header in enumerate(grid):
        roles = {c: labels.column_meaning(cell) for c, cell in enumerate(header) if cell}
        roles = {c: r for c, r in roles.items() if r}
        named = "seller_price" in roles.values() or "official_price" in roles.values()
        if named and not any(find_money(cell, locale) for cell in header):
            roles = _completed(_aligned(roles, grid[index + 1:], locale), grid[index + 1:],
                               locale)
            reading = _by_columns(grid[index + 1:], roles, locale, taught,
                                  tuple(c for c in header if c))
            if reading.rows:
                return reading
    labelled = role_and_kind_rows(grid, locale)
    if labelled is not None:
        return labelled
    first_column = {r: labels.column_meaning(row[0]) for r, row in enumerate(grid) if row}
    if any(v in ("seller_price", "official_price") for v in first_column.values()):
        return _transposed(grid, first_column, locale)
    return _one_unit_column(grid, locale, taught) or _by_position(grid, locale)


#: what marks a row label as a tier of one price rather than a kind: a size ("≤ 200K tokens",
#: "> 128 000"), an image size ("1024×1024"), a video resolution ("720p", "4K"), a comparison
_RESOLUTION = re.compile(r"\d{2,5}\s*[×xX*]\s*\d{2,5}|\b\d{3,4}\s?[pP]\b|\b[48][kK]\b")
#: an image size, width by height ("1024×1792", "1536 x 1024"): what a picture is priced by
_IMAGE_SIZE = re.compile(r"\d{3,5}\s*[×xX*]\s*\d{3,5}")
_COMPARISON = re.compile(f"[{COMPARISON_SIGNS}]")
#: a span of the clock ("08:30–00:30", "0:00 - 8:00", "22.00–06.00"): hours a price holds in
_TIME_SPAN = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}\s*[–—~〜-]\s*\d{1,2}[:.]\d{2}(?!\d)")


def tier_mark(label: str) -> str | None:
    """The resolution or image size a label holds ("720p" of "720p per second"), as written."""
    mark = _RESOLUTION.search(ascii_digits(label))
    return label[mark.start():mark.end()] if mark else None


@lru_cache(maxsize=4096)  # every line of a page is asked (soup_tier_column_grids); lines recur
def is_tier_label(cell: str, locale: str | None) -> bool:
    """Does a row label name a tier (a context size, an image size, a resolution, a bound, a
    span of the day's hours) rather than what is charged for?"""
    if not cell or len(cell) > 60 or find_money(cell, locale):
        return False  # the length first: the tier finders ask this of every passage too
    if labels.meaning_of(known_tail(bare(cell))) in labels.PRICE_KINDS:
        return False
    text = ascii_digits(cell)
    return bool(_RESOLUTION.search(text) or _COMPARISON.search(text)
                or _TIME_SPAN.search(text) or find_sizes(cell, locale)
                or _is_duration(text, locale))


#: a figure and the word right after it, within a label ("5 s", "5 s video", "Clip van 4 s")
_FIGURE_AND_WORD = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?[^\W\d_]+\.?(?![^\W\d_])")
#: the most words a label naming a clip's length holds ("Ividiyo yemizuzwana emi-5 5 s")
_LENGTH_LABEL_WORDS = 5


def _is_duration(text: str, locale: str | None) -> bool:
    """Is a row label a length of time: a figure and a second or minute unit ("5 s", "10
    seconds", "5 s video", "Clip van 4 s"): a clip's length, which its row's price is for, as
    a tier; a time unit alone ("Per second") is what the price is charged by."""
    return clip_length(text, locale) is not None


def clip_length(label: str, locale: str | None) -> Decimal | None:
    """How many seconds or minutes a short label's one length of time counts ("5 s video" →
    5), read by the locale's unit words (CLDR's too: "6 Sekonnen"); ``None`` when it names no
    length, or two."""
    text = ascii_digits(label)
    if len(text.split()) > _LENGTH_LABEL_WORDS:
        return None
    lengths = []
    for found in _FIGURE_AND_WORD.finditer(text):
        stated = unit_of_label(found.group(), locale)
        if stated is not None and stated[0] in ("second", "minute"):
            lengths.append(Decimal(found.group(1).replace(",", ".")))
    return lengths[0] if len(lengths) == 1 else None


def tier_rows(grid: list[list[str]], locale: str | None) -> TableReading | None:
    """A table whose rows are tiers of the same prices: "Prompt length | Input | Output" over
    "≤ 200K tokens | $2.4/M | $12/M" and "> 200K tokens | $4.8/M | $18/M", or "Size | Price
    per image" over "1024×1024 | $0.034". Each figure is a price of its column's kind (or of
    what its unit says) for the row's tier; a column the header calls official gives the row's
    official price. ``None`` when fewer than two rows are tiers."""
    body = [row for row in grid if row and any(find_money(c, locale) for c in row[1:])]
    header = next((row for row in grid if row and not any(find_money(c, locale) for c in row)),
                  [])
    if len(body) < 2 or not (all(is_tier_label(row[0], locale) for row in body)
                             or _modes_of_one_kind(header, body, locale)
                             or _hours_beside(body, locale)):
        return None
    roles = _repeated_as_official(header, {c: labels.column_meaning(cell)
                                           for c, cell in enumerate(header) if cell})
    found: list[PriceRow] = []
    for row in body:
        line = " | ".join(c for c in row if c)
        ours: list[PriceRow] = []
        officials: list[tuple[str | None, str]] = []  # (the kind its column names, figure)
        for c, cell in enumerate(row[1:], start=1):
            money = _money_text(cell, locale)
            if money is None or roles.get(c) == "discount":
                continue
            column = header[c] if c < len(header) else ""
            if roles.get(c) == "official_price":
                officials.append((_kind_in(column) or _kind_in_words(column), money))
                continue
            meaning = _price_kind(_meaning(column, cell, locale)) or _unit_meaning(
                column, locale) or _image_size_kind(row[0], cell, locale)
            ours.append(PriceRow(column, meaning or _unit_meaning(row[0], locale), money,
                                 None, line, tier=_tier_of(row[0], locale)))
        found.extend(_with_officials(_by_order(ours, locale), officials))
    return TableReading(found, None, None) if found else None


def _hours_beside(body: list[list[str]], locale: str | None) -> bool:
    """Rows whose label has a cell of its own for a span of the day's hours ("Off-peak hours |
    16:30–00:30 | $0.112/M | $0.168/M"): each row is the price in those hours, a tier named
    by its label, as a label holding the span is ("Off-peak (16:30–00:30)")."""
    return all(row[0].strip() and _LETTER.search(row[0]) and any(
        _TIME_SPAN.search(ascii_digits(cell)) and not find_money(cell, locale)
        for cell in row[1:]) for row in body)


def _repeated_as_official(header: list[str], roles: dict[int, str | None]
                          ) -> dict[int, str | None]:
    """Columns that repeat the seller's columns' labels under another qualifier ("Ulufale
    (CometAPI) | Gaosia (CometAPI) | Ulufale (tau aloaia) | Gaosia (tau aloaia)"): a table
    sets two prices of one thing side by side, the seller's and the official one, so the
    columns the seller's name does not qualify are the official price's, whatever the
    language of their words."""
    sellers = {bare(header[c]) for c, role in roles.items()
               if role == "seller_price" and bare(header[c]) != header[c].strip()}
    if not sellers or "official_price" in roles.values():
        return roles
    return {c: "official_price" if role is None and header[c].strip() != bare(header[c])
            and bare(header[c]) in sellers else role for c, role in roles.items()}


def _tier_of(label: str, locale: str | None) -> str:
    """The tier a row label names: the label, or only its resolution or image size when the
    label also states the unit ("720p per second": the tier is 720p, as a header label's is)."""
    mark = tier_mark(label)
    if mark is not None and _unit_meaning(label, locale) is not None:
        return mark
    return label.strip()


def _with_officials(ours: list[PriceRow],
                    officials: list[tuple[str | None, str]]) -> list[PriceRow]:
    """A tier's prices with the official figures of its row: "≤ 200K | $2.4/M | $12/M | $3/M |
    $15/M" under "CometAPI, input | CometAPI, output | Official, input | Official, output".
    Each official figure goes to the price of the kind its column names, else, when the row
    holds as many official figures as prices and no column names another kind, to the price
    in the same place (the official columns repeat ours in order)."""
    if not officials:
        return ours
    if len(ours) == 1 and len(officials) == 1:  # "1024×1024 | $0.032 | official $0.04"
        return [replace(ours[0], official=officials[0][1])]
    kinds = [kind for kind, _money in officials]
    if all(kinds) and len(set(kinds)) == len(kinds) and {r.meaning for r in ours} >= set(kinds):
        by_kind = dict(officials)
        return [replace(r, official=by_kind.get(r.meaning)) for r in ours]
    if len(officials) == len(ours) and all(
            kind in (None, r.meaning) for r, kind in zip(ours, kinds, strict=True)):
        return [replace(r, official=money)
                for r, (_kind, money) in zip(ours, officials, strict=True)]
    return ours


_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def is_tier_set(cells: list[str], locale: str | None) -> bool:
    """Are these labels (a table's column headers, the second halves of a grid's labels) tiers
    of one price, whatever their language? Two or more different labels, no figure among them,
    that are each a tier label (a bound, a size, a resolution: ``is_tier_label``) or that all
    hold one same number in other words, one of them read as a bound or a size ("128 мең
    токенга кадәр" / "128 меңнән артык": the two sides of one bound, however the language
    inflects them; "Gemini 2.5 Pro" / "Gemini 2.5 Flash" share a number but bound nothing).
    Labels that state a unit ("per 1K tokens", "per 1M tokens") are units, not tiers."""
    cells = [c.strip() for c in cells]
    if len(cells) < 2 or len(set(cells)) != len(cells) or any(
            not c or len(c) > 60 or find_money(c, locale) for c in cells):
        return False
    if any(_states_a_unit(c, locale) and not _COMPARISON.search(ascii_digits(c)) for c in cells):
        return False  # "per 1K tokens | per 1M tokens": one price in two units
    bounds = [is_tier_label(c, locale) for c in cells]
    if all(bounds):
        return True
    numbers = [set(_NUMBER.findall(ascii_digits(c))) for c in cells]
    return any(bounds) and all(numbers) and bool(set.intersection(*numbers)) and not any(
        labels.meaning_of(known_tail(bare(c))) for c in cells)


def tier_columns(grid: list[list[str]], locale: str | None) -> TableReading | None:
    """A table whose columns are tiers and whose rows are kinds: "Slag | ≤ 200K tekn | > 200K
    tekn" over "Inntak | $1/M | $2/M" and "Úttak | $8/M | $12/M". Each figure is a price of its
    row's kind for its column's tier; the kind comes from the row's label (vocabulary, roots, the
    unit its figure states), else from the order of per-token rows, input then output, as the
    header lines are placed. ``None`` unless the header's cells after the first are tiers."""
    header = next((row for row in grid if row and not any(find_money(c, locale) for c in row)),
                  None)
    if header is None or len(header) < 3 or not is_tier_set(header[1:], locale):
        return None
    body = [row for row in grid if row is not header and row and row[0].strip()
            and not find_money(row[0], locale) and any(find_money(c, locale) for c in row[1:])]
    if not body or any(_DIGIT.search(ascii_digits(row[0])) and _price_kind(_meaning(
            row[0], "", locale)) is None for row in body):
        return None  # a row label with a digit may name a model ("GPT-4.1 mini"): whose rows?
    if any(labels.column_meaning(row[0]) for row in body):
        return None  # rows of whose price ("CometAPI", "Official"), not of what is priced
    found: list[PriceRow] = []
    for c in range(1, len(header)):
        column: list[PriceRow] = []
        for row in body:
            money = _money_text(row[c], locale) if c < len(row) else None
            if money is None:
                continue
            line = f"{header[c].strip()} | {' | '.join(x for x in row if x)}"
            column.append(PriceRow(row[0].strip(), _price_kind(_meaning(row[0], row[c], locale)),
                                   money, None, line, tier=header[c].strip()))
        found.extend(_by_order(column, locale))
    return TableReading(found, None, None) if found else None


def _modes_of_one_kind(header: list[str], body: list[list[str]], locale: str | None) -> bool:
    """Rows that are modes of one price: a header naming one kind of price ("İstek başına",
    "Price per image") over rows labelled by a word ("Relax | $0.04", "Fast | $0.08"): each
    row prices the same thing in another mode. A label with a digit may be a model's name
    ("Niji 6"), a known label a kind of its own: then the rows are not modes."""
    priced = [c for c, cell in enumerate(header) if c and (
        _price_kind(labels.meaning_of(known_tail(bare(cell)))) or _unit_meaning(cell, locale))]
    names = [row[0].strip() for row in body]
    if len(priced) > 1 or (not priced and not (_one_unit_in_cells(body, locale)
                                               and _no_word_shared(names))):
        return False
    return len(set(names)) == len(names) and all(
        name and len(name) <= 24 and len(name.split()) <= 2 and _LETTER.search(name)
        and not _DIGIT.search(ascii_digits(name)) and labels.meaning_of(name) is None
        and labels.column_meaning(name) is None
        and sum(bool(find_money(c, locale)) for c in row[1:]) == 1
        and (not priced or find_money(row[priced[0]] if priced[0] < len(row) else "", locale))
        for name, row in zip(names, body, strict=True))


def _no_word_shared(names: list[str]) -> bool:
    """Do the row labels share no word? Modes are named by words of their own ("Relax",
    "Fast"); a label that repeats another's word and adds one ("Price", "Price OpenAI") says
    whose the same price is."""
    seen: set[str] = set()
    for name in names:
        words = set(name.casefold().split())
        if words & seen:
            return False
        seen |= words
    return True


def _one_unit_in_cells(body: list[list[str]], locale: str | None) -> bool:
    """Does every row's figure state the same unit itself, a unit one thing is sold by ("Relax
    | $0.02 / request", "Fast | $0.04 / request")? Then the cells say the one kind a header
    would. Not tokens or characters: those are priced as input and output, which rows under
    labels no vocabulary knows ("Intrada | $1.2/M", "Exida | $6/M") are likelier to be."""
    units = {money.per for row in body for cell in row[1:] for money in find_money(cell, locale)}
    return len(units) == 1 and None not in units and not any(
        unit.endswith(("tokens", "characters")) for unit in units)


def _price_kind(meaning: str | None) -> str | None:
    """A meaning when it is a price kind: a column word ("Comet Price") says whose, not what."""
    return meaning if meaning in labels.PRICE_KINDS else None


def _image_size_kind(tier: str, cell: str, locale: str | None) -> str | None:
    """``per_image`` for a figure that states no unit in a row labelled by an image size
    ("1024×1792 | $0.064"): a width by height is what a picture is priced by, whatever the
    language of the column's word."""
    money = find_money(cell, locale)
    if money and money[0].per is None and _IMAGE_SIZE.search(ascii_digits(tier)):
        return "per_image"
    return None


def with_taught_colons(cell: str, taught: tuple[str, ...]) -> str:
    """A cell written "Kirish $2.4/M Chiqish $12/M" with the labels the page's header gave its
    prices ("Kirish", "Chiqish"): the page taught those words as its labels, so each one right
    before a figure is a label there too, colon or not ("Kirish:$2.4/M Chiqish:$12/M")."""
    if not taught or not has_money_marker(cell):
        return cell
    for label in taught:
        at = cell.find(label)
        while at != -1:
            end = at + len(label)
            rest = cell[end:]
            starts_word = at == 0 or not cell[at - 1].isalnum()
            if starts_word and rest[:1].isspace() and has_money_marker(rest.lstrip()[:3]):
                cell = f"{cell[:end]}:{rest.lstrip()}"
            at = cell.find(label, end)
    return cell


def _by_order(row: list[PriceRow], locale: str | None) -> list[PriceRow]:
    """Two per-token figures whose words are not both known (a tier's columns, a table's
    rows): the first is input, the second output (as a page's header lines are placed)."""
    if len(row) != 2 or {r.meaning for r in row} == {"input", "output"}:
        return row
    per = [_stated_unit(r, locale) for r in row]
    if not all(p == UNIT_TOKENS for p in per) or any(
            r.meaning not in (None, kind) for r, kind in zip(row, ("input", "output"),
                                                             strict=True)):
        return row
    return [replace(r, meaning=kind) for r, kind in zip(row, ("input", "output"), strict=True)]


def _stated_unit(row: PriceRow, locale: str | None) -> str | None:
    """What a row's figure is per: its own unit, else its column header's."""
    money = find_money(row.seller or "", locale)
    if money and money[0].per is not None:
        return money[0].per
    stated = unit_of_label(row.unit_label, locale) if row.unit_label else None
    return stated[0] if stated else None


def _one_unit_column(grid: list[list[str]], locale: str | None,
                     taught: tuple[str, ...]) -> TableReading | None:
    """A table whose header states a unit over one column of figures and no whose-price word
    ("Lloji | Çmimi (USD / 1K tokena)" over "Hyrje | $0.0004"): the page's own prices, in
    that unit, when no row label holds a digit (a table of models is not this one's)."""
    header, body = (grid[0], grid[1:]) if grid else ([], [])
    if not body or any(find_money(cell, locale) for cell in header):
        return None
    columns = [c for c, cell in enumerate(header) if c and cell and _states_a_unit(cell, locale)]
    if len(columns) != 1 or not all(  # a row label with a digit may name a model ("Vega 2")
            len(row) > columns[0] and row[0] and not find_money(row[0], locale)
            and not _DIGIT.search(ascii_digits(row[0])) and _figure_cell(row[columns[0]], locale)
            and find_money(row[columns[0]], locale)[0].per is None for row in body):
        return None
    reading = _by_columns(body, {columns[0]: "seller_price"}, locale, taught,
                          tuple(c for c in header if c))
    return reading if reading.rows else None


def _states_a_unit(cell: str, locale: str | None) -> bool:
    """Does a header cell state what the figures under it are per ("Price (USD / 1K tokens)",
    "Per image"), not a size ("200,000 tokens")?"""
    stated = unit_of_label(cell, locale)
    return stated is not None and stated[1] in (1, 1000, 1_000_000)


def soup_tier_grids(lines: list[Line], locale: str | None) -> list[list[list[str]]]:
    """Tiers drawn with plain ``<div>``s: a tier label ("0–32K") followed by as many figures
    as there are price columns, row after row, under the column words ("Giriş", "Çıxış").
    A card that repeats its unit in a cell of its own between the label and the figure ("5 s
    video | Per Request | $0.92") has that cell as its column's word (``_unit_cells_as_header``)."""
    texts = _unit_cells_as_header([ln.text for ln in lines if not ln.code and ln.row is None],
                                  locale)
    found: list[list[list[str]]] = []
    i = 0
    while i < len(texts):
        width = 0
        if i + 1 < len(texts) and has_money_marker(texts[i + 1]) and is_tier_label(
                texts[i], locale):  # the cheap test first: most lines are followed by no price
            while i + 1 + width < len(texts) and value_only(
                    texts[i + 1 + width], locale) and find_money(texts[i + 1 + width], locale):
                width += 1
        if width == 0:
            i += 1
            continue
        rows, j = [], i
        while j + width < len(texts) and is_tier_label(texts[j], locale) and all(
                value_only(t, locale) and find_money(t, locale)
                for t in texts[j + 1:j + 1 + width]):
            rows.append(texts[j:j + 1 + width])
            j += 1 + width
        if len(rows) < 2:
            i += 1
            continue
        header = texts[i - width:i] if i >= width else []
        if header and not any(find_money(t, locale) or len(t) > 40 for t in header):
            rows.insert(0, ["", *header])
        found.append(rows)
        i = j
    return found


def _unit_cells_as_header(texts: list[str], locale: str | None) -> list[str]:
    """Cells in tier, unit, figure order repeated card after card ("5 s video", "Per Request",
    "$0.92", "10 s video", "Per Request", "$1.84"), the unit cell the same in each: the unit is
    the figures' column word, written once before the rows, as a table's header would be."""
    out: list[str] = []
    i = 0
    while i < len(texts):
        if i + 4 >= len(texts) or texts[i + 1] != texts[i + 4]:
            out.append(texts[i])  # the cheap test first: two cards repeat their unit cell
            i += 1
            continue
        run = i
        unit = texts[i + 1]
        while (run + 2 < len(texts) and texts[run + 1] == unit and len(unit) <= 40
               and has_money_marker(texts[run + 2], locale) and not find_money(unit, locale)
               and find_money(texts[run + 2], locale)
               and value_only(texts[run + 2], locale) and is_tier_label(texts[run], locale)):
            run += 3
        if (run - i) // 3 >= 2 and unit_of_label(unit, locale) is not None:
            out.append(unit)
            out.extend(t for k in range(i, run, 3) for t in (texts[k], texts[k + 2]))
            i = run
            continue
        out.append(texts[i])
        i += 1
    return out


#: what parts a tier's label from its figure on one line: a dash, a colon, a bar, a dot
_TIER_SEPARATOR = " \u00a0\t–—-:：|·•"


def soup_tier_line_grids(lines: list[Line], locale: str | None) -> list[list[list[str]]]:
    """Tiers written one a line, each line a tier's label and its figure ("720p — $0.12 / s",
    "1024×1024: $0.04", "08:00–20:00 · $0.28 / s"), in list items or paragraphs: two or more
    such lines in a row are a table of one price column whatever the words around them, a
    row per tier. A line whose label is no size, resolution, bound or span of hours ends the
    run (a line of another model names it, not a tier)."""
    found: list[list[list[str]]] = []
    run: list[list[str]] = []
    for line in lines:
        row = _tier_line(line, locale)
        if row is not None:
            run.append(row)
            continue
        if len(run) >= 2:
            found.append(run)
        run = []
    if len(run) >= 2:
        found.append(run)
    return found


def _tier_line(line: Line, locale: str | None) -> list[str] | None:
    """[tier label, figure] of a line that is a tier's label, a separator and one figure."""
    if line.code or line.row is not None or not has_money_marker(line.text):
        return None
    money = find_money(line.text, locale)
    if len(money) != 1 or money[0].start == 0:
        return None
    label = line.text[:money[0].start].rstrip(_TIER_SEPARATOR)
    if not label or not is_tier_label(label, locale):
        return None
    return [label, line.text[money[0].start:].strip()]


#: where a label joins what it prices and its tier: "Input, ≤ 128K", "Керү · 128 мең…",
#: "Per second (720p)"
_JOINED = re.compile(r"^(?P<a>[^,，،、·()（）]+?)\s*(?:[,，،、·]|\s[–—-]\s)\s*(?P<b>[^,，،、·]+)$"
                     r"|^(?P<c>[^()（）]+?)\s*[(（](?P<d>[^()（）]+)[)）]$")


def _label_and_figure(line: Line, locale: str | None) -> tuple[str, str] | None:
    """A line that is one label and one price: two elements (``<span>Керү, 128 мең…</span>
    <span>$2.4/M</span>``) or one pair with a colon."""
    if line.code or line.row is not None or not has_money_marker(line.text):
        return None
    parts = [p.strip() for p in line.parts if p.strip()]
    if len(parts) == 2 and _LETTER.search(parts[0]) and not find_money(parts[0], locale) \
            and value_only(parts[1], locale) and find_money(parts[1], locale):
        return parts[0], parts[1]
    pairs = pairs_in(line.text, locale)
    if len(pairs) == 1 and find_money(pairs[0][1], locale):
        return pairs[0]
    return None


def _product(names: list[str], locale: str | None) -> tuple[list[str], list[str]] | None:
    """(what is priced, tiers) when a run of labels is every pairing of a few words with a few
    tiers, each once: "Керү, ≤128K", "Чыгу, ≤128K", "Керү, >128K", "Чыгу, >128K". The half
    that is a set of tiers (``is_tier_set``) is the tier, whatever the language of both."""
    split = []
    for name in names:
        m = _JOINED.match(name.strip())
        if m is None:
            return None
        first, second = (m["a"], m["b"]) if m["a"] is not None else (m["c"], m["d"])
        split.append((first.strip(), second.strip()))
    if len(set(split)) != len(split):
        return None
    for what_at, tier_at in ((0, 1), (1, 0)):
        what = list(dict.fromkeys(s[what_at] for s in split))
        tiers = list(dict.fromkeys(s[tier_at] for s in split))
        if len(what) * len(tiers) == len(split) and is_tier_set(tiers, locale) and not any(
                _DIGIT.search(ascii_digits(w)) for w in what):
            return what, tiers
    return None


def soup_product_grids(lines: list[Line], locale: str | None) -> list[list[list[str]]]:
    """Tiers written as one label per price outside any table, each naming both what is priced
    and its tier ("Керү, 128 мең токенга кадәр | $2.4/M", "Чыгу, 128 меңнән артык | $24/M"): the
    run of such lines as a grid with a column per tier and a row per kind (``tier_columns``)."""
    found: list[list[list[str]]] = []
    run: list[tuple[str, str]] = []
    for line in [*lines, None]:
        pair = _label_and_figure(line, locale) if line is not None else None
        if pair is not None:
            run.append(pair)
            continue
        shape = _product([name for name, _ in run], locale) if len(run) >= 2 else None
        if shape is not None:
            what, tiers = shape
            figure = {}
            for name, value in run:
                m = _JOINED.match(name.strip())
                a, b = (m["a"], m["b"]) if m["a"] is not None else (m["c"], m["d"])
                figure[(a.strip(), b.strip())] = figure[(b.strip(), a.strip())] = value
            found.append([["", *tiers], *[[w, *(figure[(w, t)] for t in tiers)] for w in what]])
        run = []
    return found


def _cells(lines: list[Line]) -> list[str]:
    """The texts of the lines outside any table, each element of a line of several (a label
    and its figures in spans) a cell of its own."""
    out: list[str] = []
    for line in lines:
        if line.code or line.row is not None:
            continue
        parts = [p.strip() for p in line.parts if p.strip()]
        out.extend(parts if len(parts) > 1 else [line.text])
    return out


def soup_tier_column_grids(lines: list[Line], locale: str | None) -> list[list[list[str]]]:
    """Tiers as columns drawn with plain ``<div>``s: a run of tier labels ("≤ 200K", "> 200K")
    and then rows of a label and as many figures ("Input | $1/M | $2/M"): the grid
    ``tier_columns`` reads."""
    texts = _cells(lines)
    found: list[list[list[str]]] = []
    i = 0
    while i < len(texts):
        width = 0
        while (i + width < len(texts) and not has_money_marker(texts[i + width])
               and is_tier_label(texts[i + width], locale)):
            width += 1
        if width < 2 or not is_tier_set(texts[i:i + width], locale):
            i += max(width, 1)
            continue
        rows, j = [], i + width
        while j + width < len(texts) and _LETTER.search(texts[j]) and not find_money(
                texts[j], locale) and all(value_only(t, locale) and find_money(t, locale)
                                          for t in texts[j + 1:j + 1 + width]):
            rows.append(texts[j:j + 1 + width])
            j += 1 + width
        if rows:
            found.append([["", *texts[i:i + width]], *rows])
        i = j if rows else i + width
    return found


def soup_row_grids(lines: list[Line], locale: str | None) -> list[list[list[str]]]:
    """Tables drawn as lines of several elements, a row a line (``<div><span>até 32K</span>
    <span>$0.96/M</span><span>$4.8/M</span></div>``, a list item "720p $0.2"): a run of lines
    of as many elements that hold figures, two or more, or one under a line that holds none
    (the column words) when that one is a price table's row: bare figures, or under words
    that name an official price's column. Column words one fewer than the cells below name
    the figures' columns, the label column unnamed ("CometAPI | Official" over "Input | $2/M |
    $2.5/M"). A run with one column of figures and no column words takes the heading just
    above it as that column's word when the heading states a unit ("Price per second" over
    "720p | $0.2"): it governs the figures under it. Read by words only (``_by_words_only``)."""
    found: list[list[list[str]]] = []
    run: list[list[str]] = []
    last_heading: tuple[int, str] | None = None  # (index, text) of the last heading seen
    run_start = 0
    for index, line in enumerate([*lines, None]):
        cells = [p.strip() for p in line.parts if p.strip()] if line is not None and not (
            line.code or line.row is not None or line.heading is not None) else []
        priced_line = any(find_money(c, locale) for c in cells)
        if run and priced_line and len(run) == 1 and len(cells) == len(run[0]) + 1 and not any(
                find_money(c, locale) for c in run[0]):
            run[0] = ["", *run[0]]  # column words over the figures only
        if run and len(cells) == len(run[0]) and priced_line:
            run.append(cells)
            continue
        if _is_row_grid(run, locale):
            grid = run
            if len(run[0]) == 2 and last_heading is not None and run_start - last_heading[0] <= 2 \
                    and any(find_money(c, locale) for c in run[0]) and _states_a_unit(
                        last_heading[1], locale):
                grid = [["", last_heading[1]], *run]
            found.append(grid)
        run = []
        if line is not None and line.heading is not None:
            last_heading = (index, line.text)
        if len(cells) >= 2:
            run, run_start = [cells], index
    return found


def _is_row_grid(run: list[list[str]], locale: str | None) -> bool:
    """Is a run of lines of as many elements a table (see ``soup_row_grids``)?"""
    priced = [row for row in run if any(find_money(c, locale) for c in row)]
    if len(priced) >= 2:
        return True
    if len(priced) != 1 or len(run) != 2 or run[0] is priced[0]:
        return False
    return all(not c or _figure_cell(c, locale) or _bare_percent(c) for c in priced[0]) or any(
        labels.column_meaning(c) == "official_price" for c in run[0])


def soup_tier_section_grids(lines: list[Line], locale: str | None) -> list[list[list[str]]]:
    """Tiers written as sections: a tier's label on a line of its own ("≤ 200K tokens") and
    under it a line of a label and a figure per thing priced ("Input $2.4/M", "Output $12/M"),
    then the next tier's label over the same labels. The sections side by side are the grid
    ``tier_columns`` reads: a column per tier, a row per label. Every section must list the
    same labels in the same order, and the tiers' labels be a set of tiers (``is_tier_set``)."""
    found: list[list[list[str]]] = []
    sections: list[tuple[str, list[tuple[str, str]]]] = []
    for line in [*lines, None]:
        pair = _label_and_figure(line, locale) if line is not None else None
        if pair is not None and sections:
            sections[-1][1].append(pair)
            continue
        if line is not None and not line.code and line.row is None and not has_money_marker(
                line.text) and is_tier_label(line.text, locale):
            if sections and not sections[-1][1]:
                sections.clear()  # a tier label over no figure: not a section
            sections.append((line.text.strip(), []))
            continue
        _add_sections(sections, found, locale)
        sections = []
    return found


def _add_sections(sections: list[tuple[str, list[tuple[str, str]]]],
                  found: list[list[list[str]]], locale: str | None) -> None:
    """The grid of a run of tier sections, when they are one table (see
    ``soup_tier_section_grids``)."""
    if len(sections) < 2 or not sections[-1][1]:
        return
    names = [name for name, _figure in sections[0][1]]
    if len(set(names)) != len(names) or any(
            [name for name, _figure in pairs] != names for _tier, pairs in sections):
        return
    tiers = [tier for tier, _pairs in sections]
    if not is_tier_set(tiers, locale):
        return
    found.append([["", *tiers], *[[name, *(pairs[k][1] for _tier, pairs in sections)]
                                  for k, name in enumerate(names)]])


def _by_words_only(grid: list[list[str]], locale: str | None, own: tuple[str, ...],
                   taught: tuple[str, ...]) -> TableReading | None:
    """A grid drawn with lines of spans read as a table when its own words place every figure:
    tiers by their labels' shape, or a header that names whose price each column is. Never by
    position alone: a run of such lines may be a header's or a card's price lines."""
    tiered = tier_rows(grid, locale) or tier_columns(grid, locale)
    if tiered is not None:
        return tiered
    if not grid or any(find_money(cell, locale) for cell in grid[0]):
        return None  # no line of column words over the figures
    reading = read_grid(grid, locale, own, taught)
    if reading is None or not reading.rows or not all(r.by_words for r in reading.rows):
        return None
    return reading


def _unit_meaning(column: str, locale: str | None) -> str | None:
    """The kind a column header's unit implies ("Price per image" → per_image)."""
    stated = unit_of_label(column, locale) if column else None
    return KIND_BY_UNIT.get(stated[0]) if stated else None


def _aligned(roles: dict[int, str | None], rows: list[list[str]],
             locale: str | None) -> dict[int, str | None]:
    """Header cells merged across rows or columns (``rowspan``/``colspan``) shift a lower
    header row's cells to the left of the figures they name. When the price roles of the
    header, in order, are as many as the columns that hold figures in the rows below, they
    name those columns in order."""
    price_roles = [(c, r) for c, r in sorted(roles.items()) if r in ("seller_price",
                                                                     "official_price")]
    money_cols = sorted({c for row in rows for c, cell in enumerate(row)
                         if find_money(cell, locale)})
    if len(price_roles) != len(money_cols) or [c for c, _ in price_roles] == money_cols:
        return roles
    aligned = {c: r for c, r in roles.items() if r not in ("seller_price", "official_price")
               and c not in money_cols}
    aligned.update({col: role for col, (_c, role) in zip(money_cols, price_roles, strict=True)})
    return aligned


def _completed(roles: dict[int, str | None], rows: list[list[str]],
               locale: str | None) -> dict[int, str | None]:
    """A header that names one price column only ("Bei ya Comet" beside a word no vocabulary
    knows): the other column of figures holds the other price."""
    named = {r for r in roles.values() if r in ("seller_price", "official_price")}
    if len(named) != 1:
        return roles
    money_cols = sorted({c for row in rows for c, cell in enumerate(row)
                         if c not in roles and find_money(cell, locale)})
    if len(money_cols) != 1:
        return roles
    other = "official_price" if named == {"seller_price"} else "seller_price"
    return {**roles, money_cols[0]: other}


def _by_columns(rows: list[list[str]], roles: dict[int, str | None],
                locale: str | None, taught: tuple[str, ...] = (),
                header_cells: tuple[str, ...] = ()) -> TableReading:
    """The rows under a header whose column words name whose price each column holds; a unit
    the header states ("USD / 1K tokens") is the unit of figures that state none."""
    comet_col = next((c for c, r in roles.items() if r == "seller_price"), None)
    official_col = next((c for c, r in roles.items() if r == "official_price"), None)
    discount_col = next((c for c, r in roles.items() if r == "discount"), None)
    unit = next((h for h in header_cells if unit_of_label(h, locale)), "")
    found: list[PriceRow] = []
    discount = discount_line = None
    for row in rows:
        def cell(col: int | None, row: list[str] = row) -> str:
            return row[col] if col is not None and col < len(row) else ""

        line = " | ".join(c for c in row if c)
        comet, official = cell(comet_col), cell(official_col)
        percent_cells = [c for i, c in enumerate(row) if i in (discount_col,) or (
            i not in roles and discount_col is None and _bare_percent(c))]
        for text in percent_cells:
            if parse_percent(text) is not None:
                discount = discount or text
                discount_line = discount_line or line
        comet_pairs = pairs_in(with_taught_colons(comet, taught), locale)
        official_pairs = pairs_in(with_taught_colons(official, taught), locale)
        if comet_pairs or official_pairs:  # a column per price, each cell "Input:$x Output:$y"
            found.extend(replace(r, unit_label=unit or None) for r in _match_groups(
                place_fields(comet_pairs, locale, line),
                place_fields(official_pairs, locale, line), line))
            continue
        label = next((c for i, c in enumerate(row) if i not in roles and c.strip()
                      and _LETTER.search(c) and not find_money(c, locale)), "")
        if not (find_money(comet, locale) or find_money(official, locale)):
            continue
        meaning = _meaning(label, comet or official, locale) or _unit_meaning(unit, locale)
        found.append(PriceRow(label, meaning, _money_text(comet, locale),
                              _money_text(official, locale), line, unit_label=unit or None))
    return TableReading(_by_order(found, locale), discount, discount_line)


def role_and_kind_rows(grid: list[list[str]], locale: str | None) -> TableReading | None:
    """Rows whose label names both whose price and what for: "CometAPI, Eingabe | 0,64 US$",
    "Listenpreis Anthropic, Eingabe | 0,80 US$" (a definition list of every figure)."""
    found: dict[str, dict[str, tuple[str, str]]] = {}
    for row in grid:
        if len(row) < 2 or not row[0]:
            continue
        role = labels.column_meaning(row[0])
        kind = _kind_in(row[0])
        money = _money_text(row[1], locale)
        if role in ("seller_price", "official_price") and kind and money:
            found.setdefault(kind, {})[role] = (money, " | ".join(c for c in row if c))
    if len(found) < 1 or not any("official_price" in v for v in found.values()):
        return None
    rows = []
    for kind, roles in found.items():
        comet, official = roles.get("seller_price"), roles.get("official_price")
        line = " / ".join(x[1] for x in (comet, official) if x)
        rows.append(PriceRow(kind, kind, comet[0] if comet else None,
                             official[0] if official else None, line))
    return TableReading(rows, None, None)


def _kind_in(label: str) -> str | None:
    """The price kind a longer label names ("CometAPI, Eingabe" → input)."""
    for piece in re.split(r"[,;:/()–—|-]+", label):
        meaning = labels.meaning_of(piece.strip())
        if meaning in labels.PRICE_KINDS:
            return meaning
    return None


def _row_per_model(grid: list[list[str]], locale: str | None,
                   own: tuple[str, ...]) -> TableReading | None:
    """A table of several models whose columns name both what and whose: "Model | Input |
    Output | Official Input | Official Output". This model's row is the one its name heads."""
    if len(grid) < 2 or not own:
        return None
    header = grid[0]
    columns: dict[int, tuple[str, str]] = {}
    for c, cell in enumerate(header):
        kind = _kind_in(cell) or _kind_in_words(cell)
        if kind is not None:
            role = "official_price" if labels.column_meaning(cell) == "official_price" \
                else "seller_price"
            columns[c] = (kind, role)
    if len(columns) < 2:
        return None
    if "official_price" not in {r for _k, r in columns.values()}:
        # "Model | Input | Output" over a row per model: this model's row, when one is its
        row = _model_row(grid[1:], own) if len(grid) > 2 else None
    else:
        row = _model_row(grid[1:], own) if len(grid) > 2 else grid[1]
    if row is None:
        return None
    line = " | ".join(c for c in row if c)
    figures: dict[str, dict[str, str]] = {}
    for c, (kind, role) in columns.items():
        money = _money_text(row[c], locale) if c < len(row) else None
        if money:
            figures.setdefault(kind, {})[role] = money
    rows = [PriceRow(kind, kind, f.get("seller_price"), f.get("official_price"), line)
            for kind, f in figures.items() if f.get("seller_price")]
    return TableReading(rows, None, None) if rows else None


def _kind_in_words(label: str) -> str | None:
    for word in label.split():
        meaning = labels.meaning_of(word)
        if meaning in labels.PRICE_KINDS:
            return meaning
    return None


def _model_row(rows: list[list[str]], own: tuple[str, ...]) -> list[str] | None:
    """This model's row: the one whose first cell is its name ("gpt-4.1-mini"), else the one
    that starts with it ("GPT-4.1 mini (this model)"), when exactly one does."""
    slugs = [(slug_of(row[0]), row) for row in rows if row]
    exact = [row for slug, row in slugs if slug in own]
    if len(exact) == 1:
        return exact[0]
    prefixed = [row for slug, row in slugs if any(slug.startswith(f"{n}-") for n in own)]
    return prefixed[0] if len(prefixed) == 1 else None


def _bare_percent(cell: str) -> bool:
    return parse_percent(cell) is not None and len(cell.strip()) <= 12


def _transposed(grid: list[list[str]], roles: dict[int, str | None],
                locale: str | None) -> TableReading | None:
    # the header is a row no word names whose price that holds no figure: a row of a bare
    # percentage under no word a vocabulary knows ("Sconte | 20%") is the discount's
    header = next((row for r, row in enumerate(grid) if not roles.get(r)
                   and not _percent_row(row, locale)), None)
    by_role: dict[str, list[str]] = {}
    lines: dict[str, str] = {}
    for r, row in enumerate(grid):
        role = roles.get(r)
        if role:
            by_role[role] = row
            lines[role] = " | ".join(c for c in row if c)
    comet, official = by_role.get("seller_price", []), by_role.get("official_price", [])
    found: list[PriceRow] = []
    if header is None:  # "CometAPI | 0,12 $" over "Official | 0,15 $": one price, kind unsaid
        comet_text = next((t for t in map(lambda x: _money_text(x, locale), comet[1:]) if t), None)
        official_text = next((t for t in map(lambda x: _money_text(x, locale), official[1:])
                              if t), None)
        if comet_text or official_text:
            line = " | ".join(filter(None, (lines.get("seller_price"),
                                            lines.get("official_price"))))
            found.append(PriceRow("", _meaning("", comet_text or official_text or "", locale),
                                  comet_text, official_text, line))
        header = []
    for c in range(1, len(header)):
        label = header[c]
        comet_text = _money_text(comet[c], locale) if c < len(comet) else None
        official_text = _money_text(official[c], locale) if c < len(official) else None
        if comet_text is None and official_text is None:
            continue
        line = f"{label}: " + " | ".join(filter(None, (lines.get("seller_price"),
                                                        lines.get("official_price"))))
        found.append(PriceRow(label, _meaning(label, comet_text or official_text or "", locale),
                              comet_text, official_text, line))
    discount_row = by_role.get("discount")
    discount_line = lines.get("discount")
    if discount_row is None:
        discount_row = next((row for r, row in enumerate(grid) if not roles.get(r)
                             and _percent_row(row, locale)), None)
        discount_line = " | ".join(c for c in discount_row if c) if discount_row else None
    discount = next((x for x in discount_row or [] if parse_percent(x) is not None), None)
    return TableReading(found, discount, discount_line) if found else None


def _percent_row(row: list[str], locale: str | None) -> bool:
    """A row whose values are one bare percentage ("Sconte | 20%", "-20%"): no header."""
    values = [c for c in row[1:] if c.strip()]
    return len(values) == 1 and _bare_percent(values[0]) and not find_money(values[0], locale)


def _by_position(grid: list[list[str]], locale: str | None) -> TableReading | None:
    """No header words: a row per kind with two prices, or cells of pairs, CometAPI first."""
    found: list[PriceRow] = []
    discount = discount_line = None
    for row in grid:
        line = " | ".join(c for c in row if c)
        grouped = [pairs_in(cell, locale) for cell in row]
        if sum(1 for g in grouped if g) >= 2:
            groups = [place_fields(g, locale, line) for g in grouped if g]
            found.extend(_match_groups(groups[0], groups[1], line, by_words=False))
        else:
            prices = [_money_text(cell, locale) for cell in row]
            figures = [p for p in prices if p]
            inline = _inline_official(row, locale)
            if inline is not None and row[0] and not find_money(row[0], locale):
                label = row[0]  # "Input price | $0.48/M (official $0.60/M)"
                meaning = _meaning(label, inline[0], locale)
                if meaning is not None:
                    found.append(PriceRow(label, meaning, inline[0], inline[1], line))
            elif len(figures) >= 2 and row[0] and not find_money(row[0], locale):
                label = row[0]
                found.append(PriceRow(label, _meaning(label, figures[0], locale), figures[0],
                                      figures[1], line, by_words=False))
        for cell in row:
            if parse_percent(cell) is not None and not find_money(cell, locale) and (
                    cell.strip().startswith(("-", "−", "–")) or found) and len(cell) <= 12:
                    discount = discount or cell
                    discount_line = discount_line or line
    return TableReading(found, discount, discount_line) if found else None


def _inline_official(row: list[str], locale: str | None) -> tuple[str, str] | None:
    """One cell holding both figures, the second named official: "$0.48/M (official $0.60/M)"."""
    for cell in row[1:]:
        money = find_money(cell, locale)
        if len(money) == 2:
            between = cell[money[0].end:money[1].start]
            if labels.column_meaning(between) == "official_price":
                return money[0].text, money[1].text
    return None


def _match_groups(comet: list[Field], official: list[Field], line: str,
                  by_words: bool = True) -> list[PriceRow]:
    rows: list[PriceRow] = []
    for k, f in enumerate(comet):
        match = next((o for o in official if o.meaning and o.meaning == f.meaning), None)
        if match is None and k < len(official) and official[k].meaning is None:
            match = official[k]
        rows.append(PriceRow(f.label, f.meaning, f.value, match.value if match else None, line,
                             by_words))
    if not comet:  # only official figures given
        rows.extend(PriceRow(o.label, o.meaning, None, o.value, line, by_words) for o in official)
    return rows


def soup_grids(lines: list[Line], locale: str | None) -> list[list[list[str]]]:
    """Tables drawn with plain ``<div>``s: a run of short header cells that name a price
    column ("Fiyat türü", "CometAPI", "Resmi fiyat", "İndirim"), then lines in groups of as
    many cells, each group holding a figure."""
    kept = [ln for ln in lines if not ln.code and ln.row is None]
    texts = [ln.text for ln in kept]
    found = []
    for i, text in enumerate(texts):
        if len(text) > 40 or labels.column_meaning(text) not in ("seller_price", "official_price"):
            continue
        # the label column's header ("Fiyat türü") may stand just before the price columns; a
        # section's heading ("FLUX 1.1 [pro] prezioak") is none
        start = i - 1 if i and len(texts[i - 1]) <= 40 and kept[i - 1].heading is None and not \
            find_money(texts[i - 1], locale) and not labels.column_meaning(texts[i - 1]) else i
        end = i + 1
        while end < len(texts) and len(texts[end]) <= 40 and not find_money(texts[end], locale) \
                and end - start < 6 and labels.column_meaning(texts[end]):
            end += 1
        width = end - start
        roles = {labels.column_meaning(t) for t in texts[start:end]}
        if width < 2 or not {"seller_price", "official_price"} <= roles:
            continue  # both prices must be named: else this is a list, not a table
        grid = [texts[start:end]]
        at = end
        while at + width <= len(texts):
            row = texts[at:at + width]
            labelled = start < i  # a label column: its cells name the row, never a figure
            if labelled and (find_money(row[0], locale) or sum(
                    bool(find_money(c, locale)) for c in row) < 2):
                break
            if not labelled and not all(  # a row of bare figures under the column words
                    _figure_cell(c, locale) or _bare_percent(c) for c in row):
                break
            grid.append(row)
            at += width
        if len(grid) > 1:
            found.append(grid)
    return found


def _figure_cell(cell: str, locale: str | None) -> bool:
    """A cell that is one figure, its unit after it at most ("$0,032 / irudi"), no label."""
    money = find_money(cell, locale)
    text = cell.strip()
    return (len(money) == 1 and ":" not in text and "：" not in text
            and text.startswith(money[0].text[:1]))


def read_tables(lines: list[Line], locale: str | None, own: tuple[str, ...] = (),
                taught: tuple[str, ...] = ()) -> TableReading | None:
    """The first pricing table among the lines, read by its words where it has them."""
    fallback: TableReading | None = None
    # the div tables are looked for only when no marked-up table is read by its words
    for find in (grids, partial(soup_grids, locale=locale),
                 partial(soup_tier_grids, locale=locale),
                 partial(soup_product_grids, locale=locale),
                 partial(soup_tier_column_grids, locale=locale)):
        for grid in find(lines):
            if not any(has_money_marker(cell) for row in grid for cell in row):
                continue  # a specification table, a version list: no price to read
            reading = read_grid(grid, locale, own, taught)
            if reading is None or not reading.rows:
                continue
            if all(r.by_words for r in reading.rows):
                return reading
            fallback = fallback or reading
    if fallback is None:  # lines of several elements, read for tiers only
        for grid in [*soup_row_grids(lines, locale), *soup_tier_section_grids(lines, locale)]:
            reading = _by_words_only(grid, locale, own, taught)
            if reading is not None and reading.rows:
                return reading
        for grid in soup_tier_line_grids(lines, locale):  # "720p — $0.12 / s", a line each
            reading = read_grid(grid, locale, own, taught)
            if reading is not None and reading.rows:
                return reading
    return fallback
