"""``PageReading`` (what the page says) → ``ModelRecord`` (what it means), with evidence.

The reader has placed each label; here figures become numbers (one grammar:
``scrapers.reading.grammar``), sizes are gathered from the specification table, the header and
all of the model's own text, the lifecycle is read from every sentence
(``catalog.meaning.lifecycle``), and each fact keeps the line or sentence it was read from.
Nothing is invented: a price, size, date, status or kind the page does not state stays
``None``. An ambiguous figure is ``None`` with a finding; two statements that disagree resolve
to the most exact, most specific one and leave a ``conflict`` finding naming both.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache, partial
from itertools import pairwise
from typing import NamedTuple

from catalog.meaning.lifecycle import model_names, read_lifecycle
from catalog.meaning.lifecycle_shape import shaped
from catalog.meaning.prose import (
    find_words,
    has_word,
    mentions,
    name_extent,
    name_spans,
    names_another,
    names_in,
    sentences,
    slug_form,
    whose,
)
from catalog.meaning.quality import text_findings
from catalog.meaning.sizes import (
    ProseScan,
    SizeStatement,
    bounds_a_range,
    choose,
    counts_a_rate,
    exact_restatements,
    header_sentence_of_another,
    is_a_sentence,
    others_card_lines,
    place_token_counts,
    prose_sizes,
    token_counts,
)
from catalog.model.records import Card, Finding, ModelRecord, Price
from scrapers.reading import labels, yes_no
from scrapers.reading.cldr import billing_period_after, per_words, time_unit_named
from scrapers.reading.cognates import column_by_root, latin_letters, names_trade, root_spans, sounds
from scrapers.reading.fields import bare, pairs_in, slash_word_after, unit_aside
from scrapers.reading.grammar import (
    KIND_BY_UNIT,
    MILLION,
    UNIT_CHARACTERS,
    UNIT_TOKENS,
    Money,
    Size,
    comma_decimals,
    find_money,
    find_percents,
    has_digit,
    has_money_marker,
    parse_percent,
    parse_size,
    plain,
    resolve_comma,
    unit_counts,
    unit_of_label,
)
from scrapers.reading.page_reading import Field, PageReading, PriceRow
from scrapers.reading.tables import clip_length, tier_mark, written_unit

_TOKEN_KINDS = ("input", "output")
_KIND_UNITS = {"per_second": "second", "per_minute": "minute", "per_request": "request",
               "per_image": "image", "per_character": "1M characters"}

#: the sizes a page states, as ``SizeStatement.field`` names them
SIZE_MEANINGS = ("context", "max_output")


def normalize(reading: PageReading, today: date | None = None,
              id_prefix: str = "") -> ModelRecord:
    """The normalized record of a model page (``reading.ref`` must be set); ``id_prefix`` is
    the reading source's id namespace (``Source.id_prefix``), given to the record and its
    cards alike."""
    ref = reading.ref
    assert ref is not None, "normalize() needs a model page"
    locale = ref.locale
    record = ModelRecord(
        url=reading.url, locale=locale, provider=ref.provider, model=ref.model,
        id_prefix=id_prefix,
        provider_name=reading.provider_name, name=reading.name, summary=reading.summary,
        description=reading.description, specs=dict(reading.specs),
    )
    findings: list[Finding] = []
    evidence: dict[str, list[str]] = {}
    names = model_names(ref.model, reading.name)
    known = frozenset(c.ref.model for c in reading.cards) | frozenset(
        link.rstrip("/").rsplit("/", 1)[-1].lower() for link in reading.links) | _titles(
        reading.passages, names) | _longer_names(reading.passages, names)
    sellers = reading.seller_names
    unmarked: set[str] = set()  # kinds whose official figure only its place in a row gave
    record.prices = _prices(reading, locale, findings, evidence, unmarked) or _prices_from_prose(
        reading.passages, locale, evidence, names, known, sellers)
    # a figure of no kind that restates a tier's is that tier: nothing for the page to teach
    record.prices = _without_tier_summaries(record.prices, evidence)
    _kinds_the_page_states(record, reading, locale, evidence, names, known)
    _modes_as_tiers(record, reading)
    record.prices = _without_tier_summaries(record.prices, evidence)
    _official_from_prose(record, reading.passages, locale, evidence, names, known, sellers,
                         unmarked)
    record.discount_pct = _discount(reading, evidence, names, known)
    _official_by_discount(record, reading, locale, evidence)
    _official_in_a_grid(record, reading.passages, locale, evidence)
    _check_officials(record, reading, locale, evidence, findings, unmarked)
    record.prices = _without_restated_officials(record.prices, evidence)
    if record.discount_pct is None:
        record.discount_pct = _discount_by_prices(record, reading.passages, locale, evidence,
                                                  names, known)
    sizes = _sizes(reading, locale, names, known, findings)
    for field_name, meaning in (("context_window", "context"),
                                ("max_output_tokens", "max_output")):
        value, agreeing = sizes[meaning]
        if value is not None:
            setattr(record, field_name, value.size.tokens)
            evidence[field_name] = [s.evidence for s in agreeing]
    lifecycle = shaped(read_lifecycle(reading.passages, ref.model, reading.name, today=today,
                                      locale=locale, known=known),
                       read_lifecycle, reading.passages, ref.model, reading.name, today,
                       locale, known)
    record.status, record.status_date = lifecycle.status, lifecycle.status_date
    record.replacements = list(lifecycle.replacements)
    if lifecycle.status:
        evidence["status"] = list(lifecycle.evidence)
        if lifecycle.status_date:
            evidence["status_date"] = list(lifecycle.date_evidence)
    if lifecycle.replacements:
        evidence["replacements"] = list(lifecycle.replacement_evidence)
    for text in lifecycle.ambiguous_dates:
        findings.append(Finding("ambiguous_date", f"day and month could be swapped: {text}"))
    for detail in lifecycle.conflicts:
        findings.append(Finding("conflict", f"status_date: also stated as {detail}"))
    for text in lifecycle.unread_dates:
        findings.append(Finding("unread_date", f"a date ahead said of this model: {text[:300]}"))
    if record.status is None:
        record.status = "coming_soon" if "coming_soon" in reading.badges else "active"
        said = (_coming_soon_lines(reading.passages) if record.status == "coming_soon"
                else list(lifecycle.still_served))
        if said:
            evidence["status"] = said
    record.commercial_use = _commercial_use(reading, evidence, names, known)
    record.is_new = "new" in reading.badges
    record.cards = [_card(c, locale, id_prefix) for c in reading.cards]
    if not record.prices:
        findings.append(Finding("missing_price", "the page states no price"))
    for figure in reading.hidden_in_figures:
        findings.append(Finding("invisible_characters",
                                f"a figure written with invisible characters inside: {figure}"))
    findings.extend(text_findings(
        [reading.name, reading.summary, reading.prose if reading.prose is not None
         else "\n".join(reading.passages)], reading.leaked_reasoning))
    record.findings = _unique(findings)
    record.evidence = {k: _distinct(v) for k, v in evidence.items() if any(v)}
    return record


#: a line that is nothing but a model's name: two to five words, capitalized, a version in it
_TITLE = re.compile(r"[A-Z][\w.\-\[\]]*(?: [\w.\-\[\]]+){1,4}")
#: a date written in figures alone ("2026-05-01", "15.01.2027"): a day, no model's version,
#: so a line whose only figures it holds ("Retired on 2026-05-01") names no model
_NUMERIC_DATE = re.compile(r"(?<!\w)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})"
                           r"(?!\w)")


def _titles(passages: list[str], names: set[str]) -> frozenset[str]:
    """The slugs of other models whose names stand alone on a line of the page (the title of a
    card that links nowhere: "Mistral Medium 3"): other models the page names, as its links
    are, so that a sentence shortening one ("Mistral lists Medium 3 at $0.40") is about it. A
    line whose only figures are a date's ("Retired on 2026-05-01") is a note, not a name."""
    found = set()
    for passage in passages:
        text = passage.strip()
        if len(text) <= 40 and _TITLE.fullmatch(text) and any(
                ch.isdigit() for ch in _NUMERIC_DATE.sub("", text)):
            slug = slug_form(text)
            if not any(name in slug for name in names):  # "Pricing for GPT-4o": a heading
                found.add(slug)
    return frozenset(found)


def _longer_names(passages: list[str], names: set[str]) -> frozenset[str]:
    """The slugs of names that hold this model's and go on by a name's shape, capitalized
    words and versions ("Grok 4 Heavy" on Grok 4's page, ``prose.name_extent``): another model
    of its family, which the page names as it names the models it links to, so that whose
    figure a sentence states is that model's ("Grok 4 Heavy … is priced at $5/M")."""
    found = set()
    for passage in passages:
        low = passage.lower()
        present = names_in(names, low)  # the cheap test first: most passages name none
        if not present or len(low) != len(passage):
            continue  # positions would not carry over when a letter lowers to two
        for name in present:
            for start, end in name_spans(name, low):
                longer = name_extent(passage, end)
                if longer > end:
                    found.add(slug_form(passage[start:longer]))
    return frozenset(found - names)


def _distinct(texts: list[str]) -> list[str]:
    """The texts in order without repeats (a dict: a page of thousands of price rows made a
    list's ``in`` quadratic)."""
    return list(dict.fromkeys(t for t in texts if t))


def _unique(findings: list[Finding]) -> list[Finding]:
    seen: set[Finding] = set()
    out: list[Finding] = []
    for f in findings:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


# ---------------------------------------------------------------- prices


def _unit_for(kind: str, money: Money) -> str | None:
    if kind in _TOKEN_KINDS:
        return money.per if money.per not in (None, "second", "minute", "image", "request") \
            else (money.per or UNIT_TOKENS)
    if kind in _KIND_UNITS:
        return _KIND_UNITS[kind] if kind != "per_character" else (money.per or "1M characters")
    return money.per


def _price_from(field: Field, locale: str, findings: list[Finding], where: str,
                comma: bool = False) -> Price | None:
    money = find_money(field.value, locale)
    if not money:
        return None
    first = resolve_comma(money[0]) if comma else money[0]
    kind = field.meaning if field.meaning in labels.PRICE_KINDS else "unknown"
    if first.per is None and (aside := unit_aside(field.value, field.line)):
        first = _with_label_unit(first, aside, locale)  # "$0.08 (1K символ ючюн)"
    if first.per is None:
        first = _named_time_unit(first, field.line or field.value)  # "$0.006/мүнөт"
    if first.per is None:
        first = _with_label_unit(first, field.written_label or field.label, locale)
        if kind == "per_character" and first.per == UNIT_TOKENS:
            # "ਪ੍ਰਤੀ 10 ਲੱਖ ਅੱਖਰ": the label's count, of what its word names (letters), not
            # of the tokens a count before a word no vocabulary has is taken to count
            first = replace(first, per=UNIT_CHARACTERS)
    by_unit = kind == "unknown" and first.per in _TIME_KINDS
    if by_unit:
        kind = _TIME_KINDS[first.per]  # "Баасы:$0.006/мүнөт": the unit names the kind
    if field.placed_by is None or field.placed_by == "position":
        how = ("kept as unknown" if kind == "unknown" else
               f"placed as {kind} by its unit" if by_unit else f"placed as {kind} by its position")
        findings.append(Finding("unknown_label", f"{where} label {field.label!r} ({field.value}) "
                                                 f"not in the vocabulary: {how}"))
    if first.ambiguous:
        findings.append(Finding("ambiguous_number", f"{where} {field.label}: {first.text} "
                                                    "could be read two ways"))
    unit = _unit_for(kind, first) if kind != "unknown" else first.per
    return Price(kind=kind, unit=unit, usd=first.usd, label=field.label,
                 usd_text=_as_written(field.value, money[0], first.text, field.line))


#: a figure's slash and count ("$0.0002 / 1K"), then one word, the line's last
_COUNTED_WORD = re.compile(r"/\s?\d+\s?[^\W\d_]{1,8}\.?\s+[^\W\d_]+\s*$")


def _as_written(value: str, money: Money, text: str, line: str = "") -> str:
    """A header value's figure as written, with the count its unit states when a word sets
    them apart ("$0,0002 per 1K tokens"): the figure alone would read as per million; and
    with the word after a slash's count that ends its line, what the count counts in the
    page's own word ("$0.000216 / 1K ĵetonoj")."""
    written = value[money.start:money.end].strip()
    at = line.rfind(written) if written else -1
    if at != -1 and _COUNTED_WORD.search(line[at:]) and line[at:].startswith(text):
        return line[at:].strip()
    if at != -1 and line.startswith(text, at) and (unit := slash_word_after(line, at + len(text))):
        return text + unit  # "$0.06/ሰከንድ": the unit in a word no vocabulary has
    if written != text and has_digit(written[len(text):]) and not value[money.end:].strip():
        return written
    if text == money.text and (unit := written_unit(value, money)):
        return text + unit  # "$0.3 / sek": a slash joins a unit to its figure, spaced or not
    return text


def _prices(reading: PageReading, locale: str, findings: list[Finding],
            evidence: dict[str, list[str]], unmarked: set[str]) -> list[Price]:
    """Header prices, completed with the official figures of the pricing table. The kinds
    whose official figure only its place gave (a second figure in a row with no word naming
    its column) go to ``unmarked``: ``_check_officials`` keeps them only when the page's
    stated discount leads from them to the price."""
    prices: list[Price] = []
    comma = comma_decimals([f.value for f in reading.fields] + [
        t for r in reading.price_rows for t in (r.seller or "", r.official or "")])
    tiered = _header_tiers(reading.fields)
    by_position: set[str] = set()  # labels of header prices no word placed, only their order
    for field in reading.fields:
        if field.meaning in labels.SIZE_KINDS or not find_money(field.value, locale):
            if field.meaning is None:
                findings.append(Finding("unknown_label", f"header label {field.label!r} "
                                                         f"({field.value}) not understood"))
            continue
        if field.meaning in ("discount", "seller_price", "official_price"):
            continue  # "CometAPI:$80" / "Official price:$100" lines: the price's columns
        price = _price_from(field, locale, findings, "header", comma)
        if price is not None and tiered:
            price = replace(price, tier=tier_mark(field.written_label or field.label))
        if price is not None and all((p.kind, p.unit, p.tier) != (price.kind, price.unit,
                                                                  price.tier) or
                                     price.kind == "unknown" for p in prices):
            prices.append(price)
            evidence.setdefault(f"price.{price.kind}", []).append(field.line)
            if field.placed_by == "position":
                by_position.add(price.label)
    _official_from_header(reading, prices, locale, comma, evidence)
    tiers = _tiers(reading, prices, locale, comma)
    if tiers:
        line_of: dict[str | None, str] = {}
        for r in reading.price_rows:
            line_of.setdefault(r.label, r.line)
        for p in tiers:
            evidence.setdefault(f"price.{p.kind}", []).append(line_of[p.tier])
        return tiers
    header_prices = bool(prices)
    for row in reading.price_rows:
        seller = _in_unit(_first_money(row.seller, locale, comma), row.unit_label, locale,
                          row.seller)
        official = _in_unit(_first_money(row.official, locale, comma), row.unit_label, locale,
                            row.official)
        if row.tier is not None:
            price = _tier_price(row, seller, official, prices, locale)
            if price is not None:
                # the header line of the same tier and figure ("Standar · 720p | $0.05", "Off-peak
                # (20:00–08:00 UTC):$0.2 / s" read as a label and a price too), its kind read
                # or not, is this row, not a base price more; so is a clip length's line read
                # as a rate by its time unit ("6 Sekonnen:$0.28" of a per-clip row)
                kinds = ("unknown", price.kind, *(_TIME_KINDS.values()
                                                  if price.kind == "per_request" else ()))
                prices[:] = [p for p in prices if not (
                    p.tier is None and p.kind in kinds and p.usd == price.usd
                    and p.label in (row.tier, bare(row.tier)))]
                _add_tier(price, prices, findings)
                evidence.setdefault(f"price.{price.kind}", []).append(row.line)
            continue
        for money in (seller, official):
            if money is not None and money.ambiguous:
                findings.append(Finding("ambiguous_number", f"pricing table {row.label}: "
                                                            f"{money.text} could be read two ways"))
        kind = row.meaning if row.meaning in labels.PRICE_KINDS else None
        if kind is None and (seller or official):
            kind = KIND_BY_UNIT.get((seller or official).per or "")  # type: ignore[union-attr]
        match = next((i for i, p in enumerate(prices) if kind and p.kind == kind), None)
        if match is None and kind in _TAUGHT_KINDS and seller is not None:
            match = _unknown_of_figure(prices, seller, kind, row.line, evidence)
        if match is None and kind is not None and seller is not None and row.by_words:
            match = _placed_by_position(prices, by_position, seller, kind, row.line, evidence)
        if match is None and kind is None:
            same_label = [i for i, p in enumerate(prices) if p.label == row.label]
            match = same_label[0] if same_label else None
            if match is None and not row.label and len(prices) == 1:
                match = 0  # a table of one price whose kind it leaves to the header
        if match is not None:
            p = prices[match]
            if seller is not None and p.usd is not None and seller.usd is not None \
                    and seller.usd != p.usd:
                findings.append(Finding("price_mismatch", (
                    f"{p.kind}: header says {p.usd_text}, pricing table says {seller.text}")))
            if official is not None:  # a row without one keeps what the header gave
                prices[match] = replace(p, official_usd=official.usd,
                                        official_text=official.text)
                evidence.setdefault(f"official.{p.kind}", []).append(row.line)
                if not row.by_words:
                    unmarked.add(p.kind)
        elif seller is not None and row.by_words and (kind is not None or not header_prices):
            # a row no word or unit names the kind of, on a page whose header gives no price:
            # the page's price all the same, of kind unknown, never guessed
            kind = kind or "unknown"
            unit = _unit_for(kind, seller)
            prices.append(Price(kind, unit, seller.usd,
                                official.usd if official else None, row.label, seller.text,
                                official.text if official else None))
            evidence.setdefault(f"price.{kind}", []).append(row.line)
            if official is not None:
                evidence.setdefault(f"official.{kind}", []).append(row.line)
    return prices


def _unknown_of_figure(prices: list[Price], seller: Money, kind: str, line: str,
                       evidence: dict[str, list[str]]) -> int | None:
    """The header price of unknown kind with the same figure as a table row whose column names
    its kind ("Price per image | $0.05" under "Çdo herë:$0.05"): the table teaches the kind of
    the header's label, and the two are one price. Its index, made that kind; else None."""
    same = [i for i, p in enumerate(prices)
            if p.kind == "unknown" and p.unit is None and p.usd == seller.usd and p.tier is None]
    return _one_made(prices, same, kind, _KIND_UNITS[kind], line, evidence)


def _without_restated_officials(prices: list[Price],
                                evidence: dict[str, list[str]]) -> list[Price]:
    """The prices without a price of unknown kind that restates another's official figure under
    that price's own label ("Surtìa:$0.32/M" in the header, and "Pressi ufissiaj: Intrada
    $0.10/M, Surtìa $0.40/M" below it, whose $0.40 is the output's official price, not a
    second price)."""
    official = {(p.label, p.official_usd) for p in prices if p.official_usd is not None}
    kept = [p for p in prices if not (p.kind == "unknown" and (p.label, p.usd) in official)]
    if len(kept) != len(prices) and not any(p.kind == "unknown" for p in kept):
        evidence.pop("price.unknown", None)
    return kept


def _without_tier_summaries(prices: list[Price],
                            evidence: dict[str, list[str]]) -> list[Price]:
    """The prices without a figure of no kind, unit or tier that restates a tier's price (the
    header's "Bildo: $0.032", a word no vocabulary reads, over a table whose "1024×1024" row
    says $0.032 per image): the table states that figure with its kind and tier, so the header's
    line is the same price, not one of unknown kind beside it. A header price whose kind a word
    or a unit gives stays beside the tiers, as the page's base price."""
    tiered = {p.usd for p in prices if p.tier is not None}
    if not tiered:
        return prices
    kept = [p for p in prices if not (p.kind == "unknown" and p.unit is None and p.tier is None
                                      and p.official_usd is None and p.usd in tiered)]
    if len(kept) != len(prices) and not any(p.kind == "unknown" for p in kept):
        evidence.pop("price.unknown", None)
    return kept


def _placed_by_position(prices: list[Price], by_position: set[str], seller: Money, kind: str,
                        line: str, evidence: dict[str, list[str]]) -> int | None:
    """The one header price that only its order placed (a label no vocabulary knows, taken as
    input for being first) with the same figure as a table row whose words name its kind
    ("Nuŋɔŋlɔdzesi 1K ɖesiaɖe:$0.08" over "USD / 1K characters | $0.08"): the table states
    what the header's order only guessed, and the two are one price. Its index, made that
    kind; else None."""
    same = [i for i, p in enumerate(prices) if p.label in by_position and p.tier is None
            and p.usd == seller.usd and p.kind != kind]
    return _one_made(prices, same, kind, _unit_for(kind, seller), line, evidence)


def _one_made(prices: list[Price], same: list[int], kind: str, unit: str | None, line: str,
              evidence: dict[str, list[str]]) -> int | None:
    """The one header price of ``same`` made the table row's kind and unit, its evidence moved
    with it and the row's line added; its index. None when not exactly one: which would it be?"""
    if len(same) != 1:
        return None
    old = prices[same[0]]
    prices[same[0]] = replace(old, kind=kind, unit=unit)
    said = evidence.pop(f"price.{old.kind}", [])
    evidence.setdefault(f"price.{kind}", []).extend([*said, line])
    return same[0]


def _header_tiers(fields: list[Field]) -> bool:
    """Do the header's price labels differ by a resolution or an image size ("720p per
    second:$0.056", "1080p per second:$0.098", "Per second (720p):$0.05" as written)? Then
    each is a tier of one kind, kept apart."""
    marks = [tier_mark(f.written_label or f.label) for f in fields
             if f.meaning in labels.PRICE_KINDS]
    found = [m for m in marks if m is not None]
    return len(found) >= 2 and len(found) == len(marks) and len(set(found)) == len(found)


def _tier_price(row: PriceRow, seller: Money | None, official: Money | None,
                prices: list[Price], locale: str | None = None) -> Price | None:
    """One tier's price ("≤ 200K tokens | $2.4/M" under "Input"): of its column's kind, else
    of what its unit says, else of the header's one kind (of its base prices, else of its
    tiers), with the official figure its row
    gives; a tier never sets the base price's official price nor replaces the base price."""
    if seller is None or seller.usd is None:
        return None
    kind = row.meaning if row.meaning in labels.PRICE_KINDS else KIND_BY_UNIT.get(seller.per or "")
    if kind in (None, *_TIME_KINDS.values()) and seller.per is None and _clip_length(row, locale):
        kind = "per_request"  # one clip's price, whether or not a word said a time unit
    if kind is None:
        # the header's base prices, or when the header gives only tiers, its tiers' kind
        kinds = ({p.kind for p in prices if p.tier is None}
                 or {p.kind for p in prices if p.tier is not None})
        kind = next(iter(kinds)) if len(kinds) == 1 else "unknown"
    unit = _unit_for(kind, seller) if kind != "unknown" else seller.per
    if kind in _TOKEN_KINDS and unit is None:
        unit = UNIT_TOKENS
    return Price(kind, unit, seller.usd, official.usd if official else None, row.label or None,
                 _as_written(row.seller or "", seller, seller.text, row.seller or ""),
                 official.text if official else None, tier=row.tier)


def _clip_length(row: PriceRow, locale: str | None = None) -> bool:
    """Is the row's tier a length of time of more than one unit ("5s", "10 seconds", "6
    Sekonnen": the page's locale's CLDR unit words too) and its column no time unit? Then its
    figure, stating no unit, is the price of one clip that long, a request, not a rate: a rate
    is charged by one second ("Per second", "1 s")."""
    length = clip_length(row.tier or "", locale)
    if length is None or length <= 1:
        return False
    column = unit_of_label(row.label, locale) if row.label else None
    return column is None or column[0] not in _TIME_KINDS


def _add_tier(price: Price, prices: list[Price], findings: list[Finding]) -> None:
    """A tier's row of the pricing table, added to the prices; when the header already gave
    that tier ("Per second (720p):$0.05" above a "720p | $0.05" row) the row is the same
    price, not a second one: it only brings the official figure the header lacked, and a
    figure that differs is a finding."""
    same = next((i for i, p in enumerate(prices)
                 if (p.kind, p.unit) == (price.kind, price.unit)
                 and _same_tier(p.tier, price.tier)), None)
    if same is None:
        prices.append(price)
        return
    known = prices[same]
    if known.usd != price.usd:
        findings.append(Finding("price_mismatch", f"{known.kind} {known.tier}: header says "
                                                  f"{known.usd_text}, pricing table says "
                                                  f"{price.usd_text}"))
    if known.official_usd is None and price.official_usd is not None:
        prices[same] = replace(known, official_usd=price.official_usd,
                               official_text=price.official_text)


def _same_tier(one: str | None, other: str | None) -> bool:
    """Two writings of one tier: the same words, or the same resolution or image size ("480p"
    of a header's "480p per second" and a table's "up to 480p"): a tier is what it states."""
    if one == other:
        return True
    if one is None or other is None:
        return False
    mark = tier_mark(one)
    return mark is not None and mark == tier_mark(other)


def _in_unit(money: Money | None, unit_label: str | None, locale: str,
             cell: str | None = None) -> Money | None:
    """A table's figure in the unit written after it in its cell ("$0.3 / sekundi"), else in
    the unit its column's header states; its text as written with the unit its slash joins to
    it (``tables.written_unit``)."""
    if money is not None and money.per is None and cell:
        money = _named_time_unit(money, cell)
    if money is not None and cell and (unit := written_unit(cell, money)):
        money = replace(money, text=money.text + unit)  # "$0.2 / s" as written
    if money is None or money.per is not None or not unit_label:
        return money
    return _with_label_unit(money, unit_label, locale)


#: a word after a slash inside a label ("Pe (USD / minit)"), the last thing before its bracket
_SLASHED_NAME = re.compile(r"[/／]\s?([^\W\d_]+)\s*[)）]?\s*$")
#: a figure's last words, short ones then a unit's name, nothing after: "per sekonde", "pa
#: sekonde", "long wan minit", "pro Sekonn" (a "per" word of any language, then the unit)
_PER_PHRASE = re.compile(r"\s+(?:[^\W\d_]{1,5}\s+){1,2}([^\W\d_]{4,})\.?\s*")
#: the time units a price is per, as kinds
_TIME_KINDS = {"second": "per_second", "minute": "per_minute"}
#: a slash right after a figure and the word of letters after it, the word's end
_SLASH_NAME = re.compile(r"\s?[/／]\s?([^\W\d_]+)(?![^\W\d_])")


def _named_time_unit(money: Money, text: str) -> Money:
    """A figure that states no unit the vocabulary reads, per the second or the minute the word
    after its slash names in any language CLDR writes units for ("$0.006/мүнөт", "$0.3 /
    sekundi": ``cldr.time_unit_named``), or the word that ends its text after one or two short
    words ("$0.05 pa sekonde", "$0.006 long wan minit": a "per" word, whatever its
    language). A unit is the same unit whichever language writes it; only the unit of the
    figure's own text is read so, never a word of a sentence ("mini" is a minute in one
    language and a model's name in others)."""
    at = text.find(money.text) if money.usd is not None and money.text else -1
    after = None
    if at != -1:
        end = at + len(money.text)
        after = _SLASH_NAME.match(text, end) or _PER_PHRASE.fullmatch(text, end)
    unit = time_unit_named(after.group(1)) if after else None
    if unit is None:
        return money
    return Money(money.usd, unit, money.text, money.start, money.end, money.ambiguous)


def _with_label_unit(money: Money, label: str, locale: str) -> Money:
    """A figure whose unit is in its label ("Pro 1K Zeichen: $0,064" is $64 per 1M
    characters)."""
    stated = unit_of_label(label, locale)
    if stated is None and (named := _SLASHED_NAME.search(label)):
        # "Pe (USD / minit)": a unit after the label's slash, in any language CLDR writes
        unit = time_unit_named(named.group(1))
        stated = (unit, Decimal(1)) if unit else None
    if stated is None or money.usd is None:
        return money
    unit, quantity = stated
    usd = money.usd * MILLION / quantity if unit in (UNIT_TOKENS, UNIT_CHARACTERS) else money.usd
    return Money(plain(usd), unit, money.text, money.start, money.end, money.ambiguous)


def _official_from_header(reading: PageReading, prices: list[Price], locale: str,
                          comma: bool, evidence: dict[str, list[str]]) -> None:
    """Official figures among the header's lines: "CometAPI:$80" and "Official price:$100"
    under the one price line ("1M 자당:$80"), or an "Oficial:$0,27/M" after each price line.
    A figure that states no unit is scaled as the CometAPI one was ($100 per 1M characters)."""
    officials = [f for f in reading.fields if f.meaning == "official_price"]
    if not officials:
        return
    pairs: list[tuple[int, Field]] = []
    if len(prices) == 1 and len(officials) == 1:
        pairs = [(0, officials[0])]
    else:  # "Entrada:$0,216/M" then "Oficial:$0,27/M": each official follows its price
        previous: str | None = None
        for field in reading.fields:
            if field.meaning == "official_price" and previous is not None:
                index = next((i for i, p in enumerate(prices) if p.kind == previous), None)
                if index is not None:
                    pairs.append((index, field))
                previous = None
            elif field.meaning in labels.PRICE_KINDS:
                previous = field.meaning
    for index, field in pairs:
        p = prices[index]
        official = _first_money(field.value, locale, comma)
        ours = _first_money(p.usd_text, locale, comma)
        if p.official_usd is not None or official is None or official.usd is None:
            continue
        usd = official.usd
        if official.per is None and ours is not None and ours.usd and p.usd is not None:
            usd = plain(official.usd * p.usd / ours.usd)  # the scale the price line applied
        prices[index] = replace(p, official_usd=usd, official_text=official.text)
        evidence.setdefault(f"official.{p.kind}", []).append(field.line)


def _tiers(reading: PageReading, prices: list[Price], locale: str,
           comma: bool) -> list[Price]:
    """Several pricing rows of one kind, labelled by a tier rather than a kind ("standard |
    $0.032 | $0.04", "hd | $0.064 | $0.08" under a header "Per image:$0.032"): one price per
    tier, all of the header's kind. Empty when the table is not of that shape."""
    rows = [r for r in reading.price_rows if r.seller and r.meaning not in labels.PRICE_KINDS
            and r.label and labels.meaning_of(r.label) is None and r.tier is None]
    kinds = {p.kind for p in prices}
    if len(rows) < 2 or len(rows) != len(reading.price_rows) or len(kinds) != 1:
        return []
    (kind,) = kinds
    header = prices[0]
    out: list[Price] = []
    for row in rows:
        seller = _first_money(row.seller, locale, comma)
        official = _first_money(row.official, locale, comma)
        if seller is None or seller.usd is None:
            return []
        unit = _unit_for(kind, seller) if seller.per else header.unit
        same = header.usd == seller.usd and unit == header.unit
        out.append(Price(kind, unit, seller.usd, official.usd if official else None,
                         header.label if same else row.label,
                         header.usd_text if same else seller.text,
                         official.text if official else None, tier=row.label))
    if not any(p.usd == header.usd for p in out):
        return []  # the header's price is none of the tiers: not a table of tiers
    return out


def _first_money(text: str | None, locale: str, comma: bool = False) -> Money | None:
    found = find_money(text or "", locale)
    if not found:
        return None
    return resolve_comma(found[0]) if comma else found[0]



def _official_from_prose(record: ModelRecord, passages: list[str], locale: str,
                         evidence: dict[str, list[str]], own: set[str],
                         known: frozenset[str], sellers: tuple[str, ...],
                         unmarked: set[str]) -> None:
    """Official prices stated only in prose ("OpenAI lists it at $2.50 per million input
    tokens", "Anthropic facture directement 3 $ par million de jetons en entrée"): a figure
    nearer an official word or the provider's name than to the seller's name ("CometAPI":
    ``PageReading.seller_names``) is the official price of the kind named nearest to it,
    when that price has none, or one that only its place beside the price gave (``unmarked``:
    a sentence's words say more than a place does; the kind then leaves ``unmarked``)."""
    wanting = {p.kind for p in record.prices if (p.official_usd is None or p.kind in unmarked)
               and p.kind != "unknown" and p.tier is None}
    if not wanting and not any(p.kind == "unknown" and p.unit is None for p in record.prices):
        return
    names = [n.casefold() for n in (record.provider_name, record.provider,
                                     record.provider.replace("-", " ")) if n and len(n) >= 3]
    # the resolution or image size the page states for its model (summary, price labels)
    own_marks = {m for m in (tier_mark(t) for t in (record.summary or "", *(
        p.label or "" for p in record.prices))) if m is not None}
    for passage in passages:
        if not has_money_marker(passage, locale):
            continue
        low = passage.casefold()
        if not (has_word("official_words", passage) or any(n in low for n in names)
                or official_roots(passage)):
            continue
        for sentence in sentences(passage):
            low = sentence.casefold()
            cue_at = [h.start for h in find_words("official_words", sentence)]
            # the provider's name where a word starts ("meta" is inside "cometapi"), or
            # where the script changes: a prefix of another script is a particle on the
            # name ("የOpenAI", Amharic "OpenAI's"), not the start of a longer word
            cue_at += [i for n in names for i in _positions(low, n)
                       if i == 0 or not low[i - 1].isalpha()
                       or low[i - 1].isascii() != n[0].isascii()]
            cue_at += official_roots(sentence)
            if not cue_at:
                continue
            clauses = _semicolon_clauses(sentence)
            others = [_about_another(sentence[a:b], own, known) for a, b in clauses]
            if all(others):
                continue  # "Google charges $0.30 … for Gemini 2.5 Flash": that model's price
            mark = tier_mark(sentence)
            if mark is not None and own_marks and mark not in own_marks:
                continue  # "the official price for 1080p is $0.098" of a 720p model: not its
            ours_at = _seller_positions(low, sellers)
            used: set[int] = set()
            figures = find_money(sentence, locale)
            theirs = [_with_unit_around(sentence, m, locale) for m in figures
                      if not others[_clause_at(clauses, m.start)]  # "…; Ultra costs $0.06"
                      and not _ours(m.start, cue_at, ours_at)  # not the seller's own figure
                      and whose(sentence, m.start, own, known) is not False
                      and not billing_period_after(sentence[m.end:], locale)]  # a plan
            if _unit_taught(record, theirs, evidence):
                wanting = {p.kind for p in record.prices if p.official_usd is None
                           and p.kind != "unknown" and p.tier is None}
            in_order = _kinds_by_order(figures, _kind_marks(sentence, record.prices))
            kinds = [KIND_BY_UNIT.get(m.per or "") or in_order.get(m.start)
                     or _nearest_kind(sentence, m, used)
                     or _nearest_label(sentence, m, record.prices, used) for m in theirs]
            token_kinds = [p.kind for p in record.prices if p.kind in _TOKEN_KINDS]
            unclear = None in kinds or len(set(kinds)) < len(kinds)
            if len(theirs) == len(token_kinds) >= 2 and unclear:
                kinds = token_kinds  # "2 $ et 6 $": in the order the page lists its prices
            pairs = [(money, target) for money, kind in zip(theirs, kinds, strict=True)
                     for target in ([kind] if kind is not None else (
                         _alike(record.prices, money) if len(theirs) == 1 else []))
                     if target in wanting and money.usd is not None]
            counted: dict[str, int] = {}
            for money, target in pairs:
                if money.usd != _price_index(record.prices, target)[1].usd:  # not ours again
                    counted[target] = counted.get(target, 0) + 1
            for money, target in pairs:
                index, p = _price_index(record.prices, target)
                if counted.get(target, 0) > 1:
                    continue  # "$0.15 per second with audio and $0.13 without": which one?
                if money.per is not None and p.unit is not None and money.per != p.unit:
                    continue
                if p.usd is not None and money.usd == p.usd:
                    continue  # CometAPI's own figure repeated
                record.prices[index] = replace(p, official_usd=money.usd,
                                               official_text=money.text)
                if target in unmarked:
                    unmarked.discard(target)
                    evidence.pop(f"official.{target}", None)
                evidence.setdefault(f"official.{target}", []).append(sentence)
                wanting.discard(target)


#: how many words before a figure may state its unit ("प्रति 10 लाख टोकन", "1 сая тэмдэгт
#: тутамд": a per word, a count and its unit)
_UNIT_WORDS_BEFORE = 4
_CLAUSE_MARK = re.compile(r"[,;.!?()（）、。，；]")
_LATIN_WORD = re.compile(r"[a-z\u00c0-\u024f'.-]+")


def _with_unit_around(sentence: str, money: Money, locale: str) -> Money:
    """A prose figure whose unit ``find_money`` did not read after it, with the unit its
    sentence states around it, as languages order a rate: after it with the locale's own
    "per" word from CLDR (``cldr.per_words``: "$30 në 1 milion karaktere"), or before it, the
    unit phrase ending right at the figure ("100만 토큰당 $2", "saniye başına $0.4", "प्रति
    सेकंड $0.4", "1 сая тэмдэгт тутамд $30"): a phrase of a per word and a unit that
    ``grammar.unit_of_label`` reads, the per word first or last, nothing but spaces or a colon
    between it and the figure. A count of tokens or characters under a thousand names no
    price's scale (the unit is left unread); a figure per 1K is made per 1M as
    ``find_money`` makes one."""
    if money.per is not None or money.usd is None:
        return money
    own = per_words(locale)
    tail = sentence[money.end:money.end + 48]
    first = tail.split(maxsplit=1)
    if len(first) == 2 and first[0].casefold() in own:
        stated = unit_of_label(first[1], locale)
    else:
        stated = _unit_before(sentence[max(0, money.start - 48):money.start], locale, own)
    if stated is None:
        return money
    unit, count = stated
    usd = money.usd
    if unit in (UNIT_TOKENS, UNIT_CHARACTERS):
        if count < 1000:
            return money
        usd = plain(usd * MILLION / count)
    return replace(money, per=unit, usd=usd)


def _unit_before(before: str, locale: str, own: tuple[str, ...]) -> tuple[str, Decimal] | None:
    """The unit the words right before a figure state as a rate (``_with_unit_around``)."""
    before = before.rstrip(" :：—–-\u00a0")
    cut = max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0)
    words = before[cut:].split()
    from scrapers.reading.vocabulary import vocabulary

    pers = (*own, *vocabulary().per_words)
    for k in range(1, min(len(words), _UNIT_WORDS_BEFORE) + 1):
        phrase = words[-k:]
        head, last = phrase[0].casefold(), phrase[-1].casefold()
        opens = any(head == w or (head.startswith(w) and not _LATIN_WORD.fullmatch(w))
                    for w in pers if len(w) >= 3 or not _LATIN_WORD.fullmatch(w))
        closes = any(last == w or (last.endswith(w) and not _LATIN_WORD.fullmatch(w))
                     for w in pers if len(w) >= 3 or not _LATIN_WORD.fullmatch(w))
        if not (opens or closes):
            continue
        stated = unit_of_label(" ".join(phrase), locale)
        if stated is None or (stated[0] == UNIT_CHARACTERS and not _names_characters(phrase)):
            continue
        if stated[0] in (UNIT_TOKENS, UNIT_CHARACTERS) and stated[1] < 1000:
            continue  # "자당" alone: its count may be the word before ("100만 자당")
        return stated
    return None


def _names_characters(words: list[str]) -> bool:
    """Does a phrase name characters by a vocabulary's word (a declined form included:
    "znaků", "caracteres")? Before a figure a word after a count may be an adjective whose
    noun the sentence left out ("за 1M выходных — $75": output tokens), not the unit."""
    from scrapers.reading.vocabulary import vocabulary

    stems = [w for w, unit in vocabulary().unit_index.items() if unit == "characters"
             and w.isalpha() and (len(w) >= 4 or unicodedata.east_asian_width(w[0]) in "WF")]
    return any(word.casefold().startswith(stem) for word in words for stem in stems)


def _unit_taught(record: ModelRecord, theirs: list[Money],
                 evidence: dict[str, list[str]]) -> bool:
    """The page's one price, of no kind and a figure with no unit ("Cena:$12"), takes the unit
    of this model's official figure that a sentence states with one ("Oficiální cena OpenAI je
    15 $ za 1 milion znaků"): an official price is a list price of the seller's unit. Only a
    unit that names a kind, a figure above the price and at most ``_LIST_REACH`` times it, and
    one such unit in the sentence; the official figure is then read as any other."""
    base = [i for i, p in enumerate(record.prices) if p.tier is None]
    if len(base) != 1:
        return False
    p = record.prices[base[0]]
    if p.kind != "unknown" or p.unit is not None or p.usd is None:
        return False
    units = {m.per for m in theirs if KIND_BY_UNIT.get(m.per or "") and m.usd is not None
             and p.usd < m.usd <= p.usd * _LIST_REACH}
    if len(units) != 1:
        return False
    (unit,) = units
    kind = KIND_BY_UNIT[unit or ""]
    record.prices[base[0]] = replace(p, kind=kind, unit=unit)
    evidence.setdefault(f"price.{kind}", []).extend(evidence.pop("price.unknown", []))
    return True


#: what joins two independent clauses in one sentence, each with its own subject
_SEMICOLON = re.compile(r"[;；؛]")


def _semicolon_clauses(sentence: str) -> list[tuple[int, int]]:
    """Where the clauses a semicolon joins start and end ("Black Forest Labs charges $0.04 an
    image; FLUX 1.1 [pro] Ultra costs $0.06"): a clause that names another model and not
    this one gives no official price, its neighbour still may."""
    cuts = [m.start() for m in _SEMICOLON.finditer(sentence)]
    starts = [0, *(c + 1 for c in cuts)]
    ends = [*cuts, len(sentence)]
    return list(zip(starts, ends, strict=True))


def _clause_at(clauses: list[tuple[int, int]], position: int) -> int:
    return next(i for i, (a, b) in enumerate(clauses) if a <= position <= b)


def _price_index(prices: list[Price], kind: str) -> tuple[int, Price]:
    """The index and price of the untiered price of ``kind`` (there is one: a wanted kind)."""
    index = next(i for i, p in enumerate(prices) if p.kind == kind and p.tier is None)
    return index, prices[index]


#: the word for "official" by the roots languages borrowed it from, read from a word's start
#: on its Latin letters (``cognates.latin_letters``), where no vocabulary file has the word:
#: Latin *officialis* (oficiala, ofiziala, официальная, ოფიციალური, অফিসিয়াল, and آفیشل as the
#: Arabic script writes it, without vowels); Arabic *rasmī* (رسمی, resmi, rəsmi, ресми, rasmiy,
#: ރަސްމީ; not rasm, a drawing or a fee); Sanskrit *ādhikārika* (आधिकारिक, అధికారిక, Tamil
#: அதிகாரப்பூர்வ; not adhikār, a right) and *audyogika* (ഔദ്യോഗിക)
_OFFICIAL_ROOT = re.compile(
    r"[aou](?:ff?|ph|p)[iy]?(?:[ctsz]+|sh)h?[iy]*j?[ae]l|afy?shy?a?l"
    r"|r[ae]?sm(?:[iy]|ee)|a?(?:dh|t)ikar(?:ik|pp)|audyog")
_ANY_WORD = re.compile(r"[^\W\d_][\w\u0300-\u036f\u0900-\u0dff\u0780-\u07bf]*")


def official_roots(text: str) -> list[int]:
    """Where ``text`` says "official" by a root languages share (``_OFFICIAL_ROOT``)."""
    return [m.start() for m in _ANY_WORD.finditer(text)
            if len(m.group()) >= 4 and _OFFICIAL_ROOT.match(latin_letters(m.group()))]


#: the kinds a page may teach for a figure that states no unit: a count's kind (per_character)
#: also needs the count, which a bare figure does not give
_TAUGHT_KINDS = ("per_second", "per_minute", "per_image", "per_request")


def _kinds_the_page_states(record: ModelRecord, reading: PageReading, locale: str,
                           evidence: dict[str, list[str]], own: set[str],
                           known: frozenset[str]) -> None:
    """A price whose label no vocabulary knows and whose figure states no unit ("Kowane
    Hoto:$0.04") takes the kind the page itself states, in a language it is read in:

    - the page teaches its label: the same label over another figure (a card's "Kowane
      Hoto:$0.06", linked or not: any line of the page) that its prose states with a unit
      ("Ultra, at $0.06 per image");
    - else the prose says how this model is billed: a "per" word and a unit ("you pay once per
      request", "每张图片"), in no sentence about another model.

    Only when everything the page states names one kind; else the price stays ``unknown``."""
    unknown = [i for i, p in enumerate(record.prices) if p.kind == "unknown" and p.unit is None]
    if not unknown:
        return
    stated_figures: dict[Decimal, set[str]] = {}
    own_figures: dict[Decimal, set[str]] = {}   # those of no sentence about another model
    billed: set[str] = set()
    billed_in: list[str] = []
    for passage in reading.passages:
        for sentence in sentences(passage):
            for money in find_money(sentence, locale):
                kind = KIND_BY_UNIT.get(money.per or "")
                if kind in _TAUGHT_KINDS and money.usd is not None:
                    stated_figures.setdefault(money.usd, set()).add(kind)
                    if whose(sentence, money.start, own, known) is not False:
                        own_figures.setdefault(money.usd, set()).add(kind)
            labelled = _pair_label_spans(sentence, locale)
            for at in _per_word_positions(sentence):
                if any(start <= at < end for start, end in labelled):
                    continue  # "Per Second:$0.08": its own figure's label, not how this is billed
                kind = _unit_after_per_word(sentence, at, locale)
                if kind in _TAUGHT_KINDS and whose(sentence, at, own, known) is not False:
                    billed.add(kind)
                    billed_in.append(sentence)
    taught: dict[str, set[str]] = {}
    elsewhere = [Field(label, value, labels.meaning_of(label), None) for passage in
                 reading.passages if has_money_marker(passage, locale)
                 for label, value in pairs_in(passage, locale)]
    # the header's own figure is this model's: a sentence giving another model the same
    # figure with a unit teaches nothing of its label; a card's or a passage's pair may be
    # another model's, whose figures any sentence may state
    others = [*elsewhere, *(f for card in reading.cards for f in card.fields)]
    for field, figures in [*((f, own_figures) for f in reading.fields),
                           *((f, stated_figures) for f in others)]:
        money = find_money(field.value, locale)
        if field.meaning is None and money and money[0].per is None:
            kinds = figures.get(money[0].usd, set())
            taught.setdefault(field.label, set()).update(kinds)
    for index in unknown:
        p = record.prices[index]
        kinds = taught.get(p.label or "") or billed
        if len(kinds) != 1:
            continue
        (kind,) = kinds
        record.prices[index] = replace(p, kind=kind, unit=_KIND_UNITS[kind])
        said = evidence.pop("price.unknown", [])
        evidence.setdefault(f"price.{kind}", []).extend(said)
        if not taught.get(p.label or ""):
            evidence[f"price.{kind}"].extend(billed_in[:1])


def _pair_label_spans(sentence: str, locale: str) -> list[tuple[int, int]]:
    """Where the labels of the sentence's label-and-figure pairs stand, set apart by a colon
    ("Per Second" of "Per Second:$0.08"): a "per" word there names what that figure is for
    (another model's, on a card no heading marks), never how this model is billed."""
    if not has_money_marker(sentence, locale):
        return []
    spans = []
    for label, _value in pairs_in(sentence, locale):
        at = sentence.find(label)
        if at != -1 and sentence[at + len(label):].lstrip().startswith((":", "：")):
            spans.append((at, at + len(label)))  # a colon sets it apart: a label, no sentence
    return spans


def _modes_as_tiers(record: ModelRecord, reading: PageReading) -> None:
    """Two or more header prices of one kind and unit, none a tier, each under its own label
    no vocabulary knows ("Giờ cao điểm:$0.05", "Giờ thấp điểm:$0.035", both per request):
    one thing has one price, so the labels are what sets them apart, the modes or tiers it is
    sold in; each label is its price's tier. A known label among them (a kind's word) or a
    kind left unknown says nothing of the kind."""
    unplaced = {f.label for f in reading.fields if f.meaning is None}
    by_kind: dict[tuple[str, str | None], list[int]] = {}
    for i, p in enumerate(record.prices):
        if p.tier is None and p.kind != "unknown":
            by_kind.setdefault((p.kind, p.unit), []).append(i)
    for same in by_kind.values():
        names = [record.prices[i].label for i in same]
        if len(same) < 2 or len(set(names)) != len(names) or not all(
                name and name in unplaced for name in names):
            continue
        for i in same:
            record.prices[i] = replace(record.prices[i], tier=record.prices[i].label)


#: the hyphen of a "per" word made a modifier with its unit ("per-request", "per-image"): the
#: first hyphen after the word's letters, a letter after it
_PER_HYPHEN = re.compile(r"^([^\W\d_]{2,5})-(?=[^\W\d_])")


def _unit_after_per_word(sentence: str, at: int, locale: str) -> str | None:
    """The kind of price a "per" word at ``at`` says ("per request", "each image"), also with
    one word qualifying the unit between them ("each generate call", "per generated
    image"): English puts a noun's modifiers before it. A hyphen joining the per word to its
    unit is the same phrase made a modifier ("the per-request price", "per-second billing")."""
    tail = _PER_HYPHEN.sub(r"\1 ", sentence[at:at + 48], count=1)
    probe = find_money(f"$1 {tail}", locale)
    kind = KIND_BY_UNIT.get(probe[0].per or "") if probe else None
    if kind is not None:
        return kind
    words = tail.split(maxsplit=2)
    if len(words) < 3 or not words[1].isalpha():
        return None
    probe = find_money(f"$1 {words[0]} {words[2]}", locale)
    return KIND_BY_UNIT.get(probe[0].per or "") if probe else None


_SHORT_LATIN = re.compile(r"[a-z'.]{1,2}")


@lru_cache(maxsize=1)
def _per_word_pattern() -> re.Pattern[str]:
    """The "per" words of every language ("per", "chaque", "每"), each starting a word; the
    one- and two-letter Latin ones ("a", "je", "za") are too common in prose to say a price."""
    from scrapers.reading.vocabulary import vocabulary

    words = [w for w in vocabulary().per_words if not _SHORT_LATIN.fullmatch(w)]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})", re.IGNORECASE)


def _per_word_positions(sentence: str) -> list[int]:
    return [m.start() for m in _per_word_pattern().finditer(sentence)]


_BARE_DISCOUNT = re.compile(r"^\s*[-−–]\s?\d+(?:[.,]\d+)?\s?[%٪％]\s*$")


def _official_by_discount(record: ModelRecord, reading: PageReading, locale: str,
                          evidence: dict[str, list[str]]) -> None:
    """A second figure beside each header price, under no word that says whose ("Hyrje |
    $2/M | $2.50/M"), is the official price when every such figure exceeds its price by the
    page's stated discount (the discount read, else a bare "-20%" on the page): a price and
    the figure it is that much below. A figure that does not fit leaves them all alone."""
    seconds: list[tuple[int, Money]] = []
    for field in reading.fields:
        money = find_money(field.line, locale)
        if len(money) != 2 or money[0].per != money[1].per or money[0].text != field.value:
            continue
        index = next((i for i, p in enumerate(record.prices) if p.label == field.label
                      and p.tier is None and p.official_usd is None), None)
        if index is None:
            continue
        seconds.append((index, money[1]))
    if not seconds:
        return
    stated = [Decimal(record.discount_pct)] if record.discount_pct is not None else []
    bare = [p for p in reading.passages if _BARE_DISCOUNT.match(p)]
    stated += [parse_percent(p) for p in bare[:1]]
    for pct in stated:
        if pct is None or not 0 < pct < 100:
            continue
        if all(record.prices[i].usd is not None and second.usd is not None and abs(
                second.usd * (100 - pct) / 100 - record.prices[i].usd) <= second.usd / 200
               for i, second in seconds):
            for i, second in seconds:
                p = record.prices[i]
                record.prices[i] = replace(p, official_usd=second.usd, official_text=second.text)
                evidence.setdefault(f"official.{p.kind}", []).extend(
                    evidence.get(f"price.{p.kind}", [])[:1])
            if record.discount_pct is None:
                record.discount_pct = pct
                evidence.setdefault("discount_pct", []).extend(bare[:1])
            return


#: an official figure per 1K beside CometAPI's per 1M is about a thousandth of it: at most
#: this many times the price once scaled (a list price is a few times the price at most)
_SCALED_REACH = 10
#: an official figure of the prose, with no discount stated, is at most this many times the
#: price: a reseller's price below half the list price would be a discount a page states
_LIST_REACH = 2
#: how near a discount's price a price must be, of the official figure (rounded cents)
_DISCOUNT_TOLERANCE = Decimal("0.01")


def _check_officials(record: ModelRecord, reading: PageReading, locale: str,
                     evidence: dict[str, list[str]], findings: list[Finding],
                     unmarked: frozenset[str] | set[str] = frozenset()) -> None:
    """An official price is a list price of the same unit as CometAPI's, so it is larger, and
    by the page's stated discount when it states one. A figure about a thousandth of the price
    is one per 1K tokens beside a price per 1M: converted when its sentence says per 1K
    ("প্রতি 1K ইনপুট টোকেনে $0.00055"), else refused. A figure a hundred times the price or
    more, or one below it, is refused, and so is a figure of the prose that the stated
    discount does not lead from to the price (a price line's or a pricing table's own official
    column is the page's statement: it stays, with a ``price_mismatch`` finding). A figure
    that only its place beside the price made official (the ``unmarked`` kinds: a second
    figure in a row under no word that names it official, upstream or a list price) is the
    page's statement of nothing: it stays only when the page states a discount that leads from
    it to the price. Refused: not stored, an ``official_price_refused`` finding says why."""
    if all(p.official_usd is None for p in record.prices):
        return
    grid = {row.line for row in reading.price_rows} | {f.line for f in reading.fields}
    for index, p in enumerate(record.prices):
        official = p.official_usd
        if official is None or not p.usd:
            continue
        said = [s for s in evidence.get(f"official.{p.kind}", []) if p.official_text
                and p.official_text in s]
        why = None
        if official * 1000 >= p.usd and official * 1000 <= p.usd * _SCALED_REACH:
            if said and _per_thousand(said[0], p.official_text or "", locale) \
                    and p.unit in (UNIT_TOKENS, UNIT_CHARACTERS):
                official = plain(official * 1000)
                record.prices[index] = p = replace(p, official_usd=official)
            else:
                why = "about a thousandth of the price: per 1K where the price is per 1M?"
        elif official >= p.usd * 1000 / _SCALED_REACH:
            why = "a hundred times the price or more: per 1M where the price is per 1K?"
        elif official < p.usd:
            why = "below the price"
        if why is None and record.discount_pct is None and official > p.usd * _LIST_REACH \
                and not (said and said[0] in grid):
            why = ("more than twice the price, a discount of more than half the page states "
                   "nowhere: another product's price?")
        if why is None and p.kind in unmarked and record.discount_pct is None:
            why = "no word marks it official and no stated discount leads from it to the price"
        if why is None and record.discount_pct is not None:
            expected = official * (100 - Decimal(record.discount_pct)) / 100
            if abs(expected - p.usd) > official * _DISCOUNT_TOLERANCE:
                why = f"the stated {record.discount_pct}% discount does not lead to the price"
                if said and said[0] in grid and p.kind not in unmarked:
                    findings.append(Finding("price_mismatch", (
                        f"{p.kind}: official {p.official_text} beside {p.usd_text}: {why}")))
                    continue
        if why is not None:
            findings.append(Finding("official_price_refused", (
                f"{p.kind}: official {p.official_text} beside {p.usd_text}, {why}")))
            record.prices[index] = replace(p, official_usd=None, official_text=None)
            evidence.pop(f"official.{p.kind}", None)


def _per_thousand(sentence: str, figure: str, locale: str) -> bool:
    """Is the count nearest the official figure in its sentence a thousand ("per 1K input
    tokens $0.00055", "$0.00055 per thousand")?"""
    at = sentence.find(figure)
    counts = unit_counts(sentence, locale)
    if at == -1 or not counts:
        return False
    nearest = min(counts, key=lambda c: min(abs(c[0] - at), abs(c[0] - at - len(figure))))
    return nearest[1] == 1000


#: how many lines apart the cells of one grid of prices sit (a label line between figures)
_GRID_REACH = 4


def _official_in_a_grid(record: ModelRecord, passages: list[str], locale: str,
                        evidence: dict[str, list[str]]) -> None:
    """A grid of cells each a figure alone on its line ("CometAPI මිල | $0.032", "නිල මිල |
    $0.04", "වට්ටම | -20%"), under words no vocabulary knows: the page's one price, then a
    larger figure, then a bare discount that the larger figure exceeds the price by. The
    larger figure is the official price, as a second column exceeding the first by the
    stated discount is; a figure that does not fit the discount is left alone."""
    base = [i for i, p in enumerate(record.prices) if p.tier is None]
    if len(base) != 1 or record.prices[base[0]].official_usd is not None:
        return
    price = record.prices[base[0]]
    if price.usd is None or not any(_BARE_DISCOUNT.match(p) for p in passages):
        return
    alone = [_figure_alone(p, locale) for p in passages]
    for at, own in enumerate(alone):
        if own is None or own.usd != price.usd:
            continue
        for second_at in range(at + 1, min(at + 1 + _GRID_REACH, len(passages))):
            second = alone[second_at]
            if second is None or second.usd is None or second.per != own.per:
                continue
            for pct_at in range(second_at + 1, min(second_at + 1 + _GRID_REACH, len(passages))):
                if not _BARE_DISCOUNT.match(passages[pct_at]):
                    continue
                pct = parse_percent(passages[pct_at])
                if pct is None or not 0 < pct < 100 or abs(
                        second.usd * (100 - pct) / 100 - price.usd) > second.usd / 200:
                    continue
                record.prices[base[0]] = replace(price, official_usd=second.usd,
                                                 official_text=second.text)
                evidence.setdefault(f"official.{price.kind}", []).append(passages[second_at])
                if record.discount_pct is None:
                    record.discount_pct = pct
                    evidence.setdefault("discount_pct", []).append(passages[pct_at])
                return
            break  # the first figure after the price is the grid's next cell, or none is


def _figure_alone(passage: str, locale: str) -> Money | None:
    """The figure a line holds when it holds nothing else ("$0.04", "$0.04 / image")."""
    if len(passage) > 40:
        return None
    money = find_money(passage, locale)
    if len(money) != 1 or money[0].end < len(passage.rstrip()) or money[0].start > 0:
        return None
    return money[0]


def _alike(prices: list[Price], money: Money) -> list[str]:
    """The kinds one official figure that names none is the list price of: the page's one
    price, or every price of the figure's unit when they are all the same figure ("Input:$12/M
    Output:$12/M" beside "OpenAI lists tts-1 at $15 per 1M tokens": the page does not tell
    its kinds apart, so neither does the one figure)."""
    base = [p for p in prices if p.tier is None]
    if len(base) == 1:
        return [base[0].kind]
    same_unit = [p for p in base if money.per is None or p.unit == money.per]
    if len(same_unit) >= 2 and len({p.usd for p in same_unit}) == 1:
        return [p.kind for p in same_unit]
    return []


def _prices_from_prose(passages: list[str], locale: str, evidence: dict[str, list[str]],
                       names: set[str], known: frozenset[str],
                       sellers: tuple[str, ...]) -> list[Price]:
    """A page with no price line may still state the seller's prices in a sentence ("CometAPI
    applique 1,60 $ par million de jetons en entrée et 4,80 $ … en sortie"): the figures
    nearest after the seller's name, each of the kind named nearest to it, or by the order
    the sentence keeps (``_kinds_by_order``: "CometAPI cobra entrada y salida a $1.6 y $6.4")."""
    for passage in passages:
        low = passage.casefold()
        if not any(seller in low for seller in sellers) or not has_money_marker(passage, locale):
            continue
        for sentence in sentences(passage):
            low = sentence.casefold()
            ours_at = _seller_positions(low, sellers)
            if not ours_at:
                continue
            cue_at = [h.start for h in find_words("official_words", sentence)]
            used: set[int] = set()
            prices: list[Price] = []
            figures = find_money(sentence, locale)
            in_order = _kinds_by_order(figures, _kind_marks(sentence, []))
            for money in figures:
                if money.usd is None or not _ours(money.start, cue_at, ours_at) or whose(
                        sentence, money.start, names, known) is False or billing_period_after(
                        sentence[money.end:], locale):
                    continue
                kind = (KIND_BY_UNIT.get(money.per or "") or in_order.get(money.start)
                        or _nearest_kind(sentence, money, used))
                if kind is None or any(p.kind == kind for p in prices):
                    continue
                unit = _unit_for(kind, money) if money.per else UNIT_TOKENS
                prices.append(Price(kind, unit, money.usd, None, None, money.text))
                evidence.setdefault(f"price.{kind}", []).append(sentence)
            if prices:
                return prices
    return []


def _positions(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _seller_positions(text: str, sellers: tuple[str, ...]) -> list[int]:
    """Where ``text`` (case-folded) names the seller, by any of its names."""
    return sorted(at for seller in sellers for at in _positions(text, seller))


def _ours(position: int, cues: list[int], ours: list[int]) -> bool:
    """Is the figure at ``position`` the seller's? The nearest cue before it decides ("Through
    CometAPI you pay $12/M…"), else the nearest after it."""
    before = [(position - c, False) for c in cues if c < position]
    before += [(position - c, True) for c in ours if c < position]
    if before:
        return min(before)[1]
    after = [(c - position, False) for c in cues] + [(c - position, True) for c in ours]
    return min(after)[1] if after else False


def _nearest_kind(sentence: str, money: Money, used: set[int]) -> str | None:
    """The input or output word nearest a figure, each word used once ("$15/M for input and
    $75/M for output": the second figure does not take the first one's word)."""
    best: tuple[int, int, str] | None = None
    low = sentence.casefold()
    for word, meaning in labels.prose_label_words():
        if meaning not in _TOKEN_KINDS:
            continue
        at = low.find(word)
        while at != -1:
            start, at = at, low.find(word, at + 1)
            if start in used:
                continue
            end = start + len(word)
            while end < len(low) and low[end].isalpha():
                end += 1  # the whole word: Turkish "girişte", German "Eingabe-Token"
            # a word before the figure is its label first ("входных токенов — $15")
            gap = start - money.end + 4 if start >= money.end else money.start - end
            if gap < 0 or gap > 40:
                continue
            if best is None or gap < best[0]:
                best = (gap, start, meaning)
    if best is None:
        return None
    used.add(best[1])
    return best[2]


#: the fewest letters of a header label's word that prose is searched for
_LABEL_WORD = 3


class _KindMark(NamedTuple):
    """Where a sentence names a token price's kind (an input or output word, or the page's own
    header label for one) and which kind."""

    start: int
    end: int
    kind: str


def _kind_marks(sentence: str, prices: list[Price]) -> list[_KindMark]:
    """The sentence's words for input and output, the vocabulary's and the page's header
    labels' ("Kirish:$1.6/M" teaches "kirish"), each a whole word, none inside another."""
    low = sentence.casefold()
    found: list[_KindMark] = []
    for word, meaning in labels.prose_label_words():
        if meaning not in _TOKEN_KINDS:
            continue
        for start in _positions(low, word):
            end = start + len(word)
            while end < len(low) and low[end].isalpha():
                end += 1  # the whole word: Nepali "इनपुटका", Tamil "உள்ளீட்டுக்கு"
            found.append(_KindMark(start, end, meaning))
    for p in prices:
        if p.kind not in _TOKEN_KINDS or p.tier is not None or not p.label:
            continue
        label = p.label.casefold().strip()
        if len(label) < _LABEL_WORD or labels.meaning_of(p.label) is not None:
            continue
        found += [_KindMark(at, at + len(label), p.kind) for at in _positions(low, label)]
    marks: list[_KindMark] = []
    for mark in sorted(found, key=lambda m: (m.start, m.start - m.end)):
        if not marks or mark.start >= marks[-1].end:
            marks.append(mark)
    return marks


def _kinds_by_order(figures: list[Money], marks: list[_KindMark]) -> dict[int, str]:
    """The kind of each figure when the sentence alternates kind words and figures, as a list
    of prices does in any language: word first ("इनपुट के लिए $२ और आउटपुट के लिए $८",
    "input $2, output $8": each figure takes the word before it, however long the postposition
    between them) or figure first ("$2 ఇన్‌పుట్, $8 అవుట్‌పుట్", "$2 for input and $8 for
    output": each takes the word after it). One sentence keeps one order, so the order its
    first pair sets decides, not which word is nearer. Two coordinated lists, all the words
    then all the figures or the other way round, pair in order ("input and output cost $2 and
    $8"). Two figures at least, as many words as figures (each a kind of its own for two
    lists), each pair within ``_KIND_REACH``; else nothing (the nearest word then decides)."""
    if len(figures) < 2 or len(marks) != len(figures):
        return {}
    items = sorted([(m.start, True) for m in marks] + [(f.start, False) for f in figures])
    changes = sum(a[1] != b[1] for a, b in pairwise(items))
    if changes == 1 and len({m.kind for m in marks}) == len(marks):
        # two coordinated lists, words then figures or figures then words ("input and output
        # cost $2 and $8", "$2 and $8 for input and output"): paired in order, respectively
        near = (figures[0].start - marks[-1].end if items[0][1]
                else marks[0].start - figures[-1].end)
        if 0 <= near <= _KIND_REACH:
            return {f.start: m.kind for m, f in zip(marks, figures, strict=True)}
        return {}
    if changes != len(items) - 1:
        return {}
    word_first = items[0][1]
    kinds: dict[int, str] = {}
    for mark, figure in zip(marks, figures, strict=True):
        gap = figure.start - mark.end if word_first else mark.start - figure.end
        if not 0 <= gap <= _KIND_REACH:
            return {}
        kinds[figure.start] = mark.kind
    return kinds


#: how far a kind's word may stand from the figure it names, in characters
_KIND_REACH = 40


def _nearest_label(sentence: str, money: Money, prices: list[Price],
                   used: set[int]) -> str | None:
    """The kind of the token price whose header label (the page's own word for it: "Titẹ
    sii:$0.08/M") the sentence writes nearest a figure, within the reach of
    ``_nearest_kind``: a page teaches its words for input and output in its header, in any
    language. Each place in the sentence is used once."""
    low = sentence.casefold()
    best: tuple[int, int, str] | None = None
    for p in prices:
        if p.kind not in _TOKEN_KINDS or p.tier is not None or not p.label:
            continue
        label = p.label.casefold().strip()
        if len(label) < _LABEL_WORD or labels.meaning_of(p.label) is not None:
            continue  # a known word is ``_nearest_kind``'s
        for start in _positions(low, label):
            end = start + len(label)
            gap = start - money.end + 4 if start >= money.end else money.start - end
            if start in used or gap < 0 or gap > 40:
                continue
            if best is None or gap < best[0]:
                best = (gap, start, p.kind)
    if best is None:
        return None
    used.add(best[1])
    return best[2]


def _coming_soon_lines(passages: list[str]) -> list[str]:
    """The lines that say the model is coming soon (its badge, a sentence)."""
    words = [w for w, m in labels.label_words() if m == "coming_soon" and len(w) >= 3]
    return [p for p in passages if any(w in p.casefold() for w in words)][:3]


def _commercial_use(reading: PageReading, evidence: dict[str, list[str]], names: set[str],
                    known: frozenset[str]) -> bool | None:
    """The badge says yes; a sentence that names commercial use says yes or, negated, no,
    unless it is about another model only ("Commercial use of FLUX.1 [dev] is not allowed"
    on another FLUX's page)."""
    if "commercial_use" in reading.badges:
        return True
    locale = reading.ref.locale if reading.ref else None
    words = [w for w, m in labels.label_words() if m == "commercial_use" and len(w) >= 4]
    for passage in reading.passages:
        low = passage.casefold()
        if not any(w in low for w in words):
            continue
        for sentence in sentences(passage):
            low = sentence.casefold()
            if (not any(w in low for w in words)
                    or _about_another(sentence, names, known, family=True)
                    or _CONDITIONAL.search(sentence)):
                continue
            if _is_question(sentence):  # "¿Se permite el uso comercial? No."
                answered = _answer(reading.passages, sentence, locale, evidence)
                if answered is None:
                    continue
                return answered
            evidence.setdefault("commercial_use", []).append(sentence)
            said = _without_non_commercial(sentence, lambda t: _COMMERCIAL.search(t) is not None
                                           or any(w in t.casefold() for w in words))
            return not (has_word("not_allowed_words", said) or yes_no.NO_MARKS.search(said))
    english = _commercial_use_in_english(reading.passages, evidence, names, known)
    if english is not None:
        return english
    from scrapers.reading.vocabulary import vocabulary

    own_words = reading.ref is not None and vocabulary().language(reading.ref.locale) is None
    return _commercial_use_allowed_by_roots(reading.passages, evidence, names, known, own_words,
                                            locale)


#: the words that grant a permission, by the roots languages share, read where a word begins
#: on its sounds: Slavic dozvol-/povol-/razresh-, Latin permittere, German erlauben,
#: Scandinavian tillate, Dutch toegestaan, Icelandic leyfa, Albanian lejoj, Finnish sallia,
#: Estonian lubama, Hungarian engedély, Turkic izin/icazə, Sanskrit anumati, Welsh caniatáu,
#: Irish cead
_PERMITTED = re.compile(
    r"(?:d[oa]zvol|dovol|povol|razresh|permi[st]|erlau?b|erlaab|till[aå]t|tilladt|toegestaan"
    r"|leyf|lejo|lejuar|sallit|lubatud|engedely|izin|icaz|anumt|anumati|caniat|cead)")
#: the Ethiopic languages' verb of permitting, root f-q-d (Amharic ይፈቅዳል, ተፈቅዷል, Tigrinya
#: ይፍቀድ), in a form with its prefix y- or t-: the noun ፈቃድ (a licence, a permission) grants
#: nothing by itself, and the negative አይፈቅድም begins with ay-
_PERMITTED_ETHIOPIC = re.compile(r"[yt]e?fe?k")
_ETHIOPIC = re.compile(r"[\u1200-\u137f]")
#: words that may negate in languages no vocabulary file has, by their sounds: where one
#: stands, a sentence says neither yes nor no (Albanian nuk, Welsh ni/nid, Irish níl/ní,
#: Basque ez, Maltese mhux/ma, Luxembourgish net/keng, Gujarati nathi, Kannada and Malayalam
#: illa, Sinhala naeta, Uzbek emas, Tajik nest, Mongolian ügüi, Turkmen däl/ýok, Yoruba kò,
#: Somali ma, Pashto na, Amharic አይደለም and ያልሆነ, and every negator the trade words know)
_MAYBE_NOT = frozenset({"nuk", "s", "ni", "nid", "nil", "ez", "mhux", "ma", "net", "keng",
                        "nathi", "illa", "naeta", "naet", "emas", "nest", "ugui", "dal",
                        "yok", "ko", "nh", "ne", "nie", "nu", "ekki", "ba", "aan", "ki",
                        "hhayi", "bus", "bish", "hindi", "tsy", "heb", "ddim", "sio", "not",
                        "non", "no", "nicht", "ghyr", "nyst", "olmayan", "degil", "ei",
                        "aydelem", "yalhone"})


def _commercial_use_allowed_by_roots(passages: list[str], evidence: dict[str, list[str]],
                                     names: set[str], known: frozenset[str],
                                     own_words: bool = False,
                                     locale: str | None = None) -> bool | None:
    """A sentence in a language no vocabulary file has that names commercial use by a shared
    root ("Комерцијалната употреба ... е дозволена") and grants it by a root of permission
    (dozvol-, permit-, erlaub-…): yes, when no word of it may negate; else neither yes nor no
    (a negation this reader cannot read must not become a "yes"). On a page in a language no
    file has (``own_words``), the language's own word for trade names it too ("ለንግድ"); in a
    language with a file, its vocabulary's words decide and "Ticaret için izin gerekir" (a
    trade permit is required) is not read. Asked ("A lejohet përdorimi komercial?"), it is
    answered by the next sentence's first word, the page language's yes or no
    (``yes_no.answer``), or by nothing."""
    says = names_trade if own_words else partial(root_spans, meaning="commercial_use")
    for passage in passages:
        if not says(passage):
            continue
        for sentence in sentences(passage):
            if not says(sentence) or _about_another(sentence, names, known, family=True):
                continue
            words = sentence.split()
            heard = [sounds(w) for w in words]
            if not any(_PERMITTED.match(h) or (_ETHIOPIC.search(w) and _PERMITTED_ETHIOPIC.match(h))
                       for w, h in zip(words, heard, strict=True)):
                continue
            if any(h in _MAYBE_NOT for h in heard) or has_word("not_allowed_words", sentence):
                return None
            if _is_question(sentence):
                answered = _answer(passages, sentence, locale, evidence)
                if answered is None:
                    continue
                return answered
            evidence.setdefault("commercial_use", []).append(sentence)
            return True
    return None


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().endswith(("?", "？", "؟", "\u037e"))  # Greek: ";"


def _answer(passages: list[str], question: str, locale: str | None,
            evidence: dict[str, list[str]]) -> bool | None:
    """A question about commercial use answered by the next sentence's first word, the
    page language's or English's yes or no, or a mark (``yes_no.answer``); else ``None``: a
    question states nothing."""
    every = [s for p in passages for s in sentences(p)]
    at = every.index(question) if question in every else -1
    reply = every[at + 1] if 0 <= at < len(every) - 1 else ""
    said = yes_no.answer(reply.split()[0], locale) if reply.split() else None
    if said is not None:
        evidence.setdefault("commercial_use", []).append(f"{question} {reply}")
    return said


def _about_another(sentence: str, names: set[str], known: frozenset[str],
                   family: bool = False) -> bool:
    """Does a sentence name another model and neither this one nor "this model"? With
    ``family`` (a licence's terms hold for every model of it: commercial use), a name this
    model's own begins with, and no model the page links to (``known``), is its family
    ("Meta's Llama 4 Community License" on Llama 4 Maverick's page); GPT-4o on GPT-4o mini's
    page, linked as a model of its own, is another."""
    named = [m for m in mentions(sentence, names, known)
             if not family or slug_form(m[3]) in known
             or not any(n.startswith(f"{slug_form(m[3])}-") for n in names)]
    return (bool(named) and not any(ours for _s, _e, ours, _t in named)
            and not find_words("this_model_words", sentence))


#: the English negating prefix on "commercial" ("non-commercial", "noncommercial")
_NON_COMMERCIAL = re.compile(r"\bnon-?\s?commercial(?:ly)?\b", re.IGNORECASE)


def _without_non_commercial(sentence: str, says_it: Callable[[str], bool]) -> str:
    """The sentence whose polarity decides: without its "non-commercial" when it also says
    commercial use unprefixed ("for commercial and non-commercial use" allows it); else as
    written."""
    rest = _NON_COMMERCIAL.sub(" ", sentence)
    return rest if rest != sentence and says_it(rest) else sentence


#: an English sentence that makes commercial use depend on something ("requires a separate
#: licence", "subject to the provider's terms", "restricted"): neither yes nor no
_CONDITIONAL = re.compile(
    r"\b(?:requir\w*|need\w*|must\s+(?:first\s+)?(?:obtain|get|buy|purchase|sign|apply)"
    r"|subject\s+to|only\s+(?:with|after|under|if)|unless"
    r"|restrict\w*|contact\s+(?:us|sales)|separate\s+(?:licen[cs]e|agreement))", re.IGNORECASE)



#: English states commercial use with "commercially" or "commercial" before a word for what
#: is used ("commercial projects", "commercial purposes", "commercial use") and a word of
#: using or licensing in one sentence ("may be used in commercial projects", "Can I use it
#: commercially?", "not licensed for commercial work"); "commercial" before other words
#: ("commercial studios", "write commercial copy") states nothing about this model's use;
#: "non-commercial" before any word does ("for non-commercial research")
_COMMERCIAL = re.compile(r"\bcommercial(?:ly)?\b", re.IGNORECASE)
_COMMERCIAL_USE = re.compile(
    r"\bcommercially\b|\bcommercial\s+(?:use|usage|purposes?|projects?|products?|apps?"
    r"|applications?|work|deployments?|licen[cs]es?|settings?|environments?|services?)\b",
    re.IGNORECASE)
_USE = re.compile(r"\b(?:us(?:e|es|ed|ing|age)|licen[cs]\w*|permit\w*|allow\w*)\b", re.IGNORECASE)
#: English negation by its grammar: a negating word, a negative contraction, or the negating
#: prefix on the word itself ("non-commercial")
_ENGLISH_NEGATION = re.compile(
    r"\b(?:not|no|never|cannot|nor|neither|prohibit\w*|forbid\w*)\b|n't\b|\bnon-?\s?commercial",
    re.IGNORECASE)
_YES_NO = re.compile(r"^\W*(yes|no)\b", re.IGNORECASE)


def _commercial_use_in_english(passages: list[str], evidence: dict[str, list[str]],
                               names: set[str], known: frozenset[str]) -> bool | None:
    """Commercial use said in an English sentence, its polarity read by grammar; a question
    ("Can I use … commercially?") is answered by the sentence after it ("Yes.", "No.")."""
    if not any(_COMMERCIAL.search(p) for p in passages):
        return None
    every = [s for p in passages for s in sentences(p)]
    for at, sentence in enumerate(every):
        stated = _COMMERCIAL_USE.search(sentence) or _NON_COMMERCIAL.search(sentence)
        if not (stated and _USE.search(sentence)) or _about_another(
                sentence, names, known, family=True) or _CONDITIONAL.search(sentence):
            continue
        if sentence.rstrip().endswith("?"):
            answer = _YES_NO.match(every[at + 1]) if at + 1 < len(every) else None
            if answer is None:
                continue
            evidence.setdefault("commercial_use", []).append(f"{sentence} {every[at + 1]}")
            return answer.group(1).casefold() == "yes"
        evidence.setdefault("commercial_use", []).append(sentence)
        return not _ENGLISH_NEGATION.search(_without_non_commercial(
            sentence, lambda t: _COMMERCIAL.search(t) is not None))
    return None


def _discount(reading: PageReading, evidence: dict[str, list[str]], names: set[str],
              known: frozenset[str]) -> object:
    if reading.discount:
        evidence.setdefault("discount_pct", []).append(reading.discount_line or reading.discount)
        return parse_percent(reading.discount)
    for field in reading.fields:
        if field.meaning == "discount":
            value = parse_percent(field.value) or parse_percent(field.line)
            if value is not None:
                evidence.setdefault("discount_pct", []).append(field.line)
                return value
    labelled = _discount_from_labels(reading.passages, evidence)
    if labelled is not None:
        return labelled
    for row in reading.price_rows:  # "-20%" inside a pricing cell, after the figures
        m = _SIGNED_PERCENT.search(row.line)
        if m is not None:
            evidence.setdefault("discount_pct", []).append(row.line)
            return parse_percent(m.group(0))
    return _discount_from_prose(reading.passages, evidence, names, known, reading.seller_names)


_SIGNED_PERCENT = re.compile(r"(?<!\S)[-−–]\s?\d+(?:[.,]\d+)?\s?%(?!\S)")


def _discount_from_labels(passages: list[str], evidence: dict[str, list[str]]) -> object:
    """"折扣 | -20%", "Discount: 20%", or the label and the figure in separate elements."""
    for index, passage in enumerate(passages):
        head, sep, rest = passage.partition("|") if "|" in passage else passage.partition(":")
        if sep and labels.meaning_of(head.strip()) == "discount" and len(rest.strip()) <= 12:
            value = parse_percent(rest)
            if value is not None:
                evidence.setdefault("discount_pct", []).append(passage)
                return value
        following = passages[index + 1] if index + 1 < len(passages) else ""
        if labels.meaning_of(passage) == "discount" and len(following) <= 12:
            value = parse_percent(following)
            if value is not None:
                evidence.setdefault("discount_pct", []).append(f"{passage} {following}")
                return value
    return None


def _discount_from_prose(passages: list[str], evidence: dict[str, list[str]], names: set[str],
                         known: frozenset[str], sellers: tuple[str, ...]) -> object:
    """"CometAPI is 20% below the official rate", "公式価格より 20% 割引", "über CometAPI
    sparen Sie 20 %": a percentage in a sentence that speaks of a saving and says against
    what or by whom (the official price, the provider's, or the seller's own name). A
    saving that names neither ("10% off your first top-up", "Batch requests cost 50% less")
    is some offer's, not this price's discount."""
    for passage in passages:
        if not any(mark in passage for mark in "%٪％") and "cent" not in passage.lower():
            continue
        for sentence in sentences(passage):
            value = parse_percent(sentence)
            if value is None or not 0 < value < 100:
                continue
            low = sentence.casefold()
            official = has_word("official_words", sentence)
            saving = has_word("saving_words", sentence)
            if names_another(sentence, names, known) and not official:
                continue  # "20% cheaper than Claude Opus": a comparison, not a discount
            sign = _PERCENT_SIGN.search(sentence)
            if whose(sentence, sign.start() if sign else len(sentence), names, known) is False:
                continue  # "Grok 4 Fast is 30% below the official price": that model's
            seller = any(seller in low for seller in sellers)
            if (saving and (official or seller)) or (
                    (official or seller) and _discount_root(sentence)):
                evidence.setdefault("discount_pct", []).append(sentence)
                return value
    return None


#: where a sentence writes its percentage ("20%", "20 ٪", "20 percent")
_PERCENT_SIGN = re.compile(r"[%٪％]|cent", re.IGNORECASE)


def _discount_root(sentence: str) -> bool:
    """Does a word of the sentence begin with the root of Latin *discomputare* (discount,
    descuento, desconto, Diskont, dyskont, diskon, deskontua, дисконт; not "discontinued"),
    the word for a discount in many languages, those no vocabulary file has among them?"""
    return any(column_by_root(word) == "discount" for word in sentence.split()
               if len(word) >= 6)


def _discount_by_prices(record: ModelRecord, passages: list[str], locale: str,
                        evidence: dict[str, list[str]], names: set[str],
                        known: frozenset[str]) -> Decimal | None:
    """A percentage said in words no vocabulary has ("דורך CometAPI באַצאָלט איר 20%
    ווייניקער", "Das sind 20 % weniger als bei Google") is the discount when the numbers say
    so: every price the page gives an official price for is that much below it, and the
    sentence is in text about prices (a figure or an official word in its paragraph, a price
    line right before it, or a saving word in it), not about another model. A page that
    states no percentage states no discount, whatever its two prices imply."""
    pairs = [(p.usd, p.official_usd) for p in record.prices
             if p.tier is None and p.usd and p.official_usd] or [
        (p.usd, p.official_usd) for p in record.prices if p.usd and p.official_usd]
    if not pairs:  # the tiers' when the page prices only by tiers
        return None
    for index, passage in enumerate(passages):
        if not any(mark in passage for mark in "%٪％"):
            continue
        # text about prices: a figure or an official word in the paragraph, or a price line
        # right before it ("Ausgabe | $0,32/M | $0,40/M", then "Das sind 20 % weniger …")
        # or a percentage written as a reduction, signed ("Faʻaitiitiga: -20% mai …")
        about_prices = (has_money_marker(passage, locale) or has_word("official_words", passage)
                        or bool(official_roots(passage)) or bool(_SIGNED_PERCENT.search(passage))
                        or (index > 0 and has_money_marker(passages[index - 1], locale)))
        for sentence in sentences(passage):
            if not (about_prices or has_word("saving_words", sentence)):
                continue
            for at, pct in find_percents(sentence):
                if not 0 < pct < 100 or whose(sentence, at, names, known) is False:
                    continue
                if all(abs(official * (100 - pct) / 100 - usd) <= official * _DISCOUNT_TOLERANCE
                       for usd, official in pairs):
                    evidence.setdefault("discount_pct", []).append(sentence)
                    return pct
    return None


# ---------------------------------------------------------------- sizes


def _sizes(reading: PageReading, locale: str, names: set[str], known: frozenset[str],
           findings: list[Finding]
           ) -> dict[str, tuple[SizeStatement | None, list[SizeStatement]]]:
    """The context window and the output limit, each with the statements that agree with it.
    A size the page states only rounded ("Context:1M") takes the exact figure its prose gives
    for it in any language ("10,48,576"), found by its value (``exact_restatements``)."""
    scan = ProseScan.for_page(locale)
    in_prose = prose_sizes(reading.passages, locale, names, known, scan)
    # a sentence in the header is prose: another model's figure in it is no header size; nor
    # is a line of another model's card in the header
    sized = {f.line for f in reading.fields if f.meaning in ("context", "max_output")}
    if sized:
        cards = others_card_lines(reading.passages, sized, names, known)
        reading = replace(reading, fields=[f for f in reading.fields if f.meaning not in (
            "context", "max_output") or not (f.line in cards or header_sentence_of_another(
                f.line, f.value, names, known, locale, f.meaning))])
    spec = [(label, value, _spec_meaning(label)) for label, value in reading.spec_rows]
    taught = {**_header_sizes(reading.fields, locale),
              **_by_output_word(_unplaced(spec, locale), _output_words(reading.fields))}
    first_findings: list[Finding] = []
    first = {meaning: _size(reading, meaning, locale, in_prose, first_findings, taught)
             for meaning in SIZE_MEANINGS}
    restated = False
    for meaning, (chosen, _agreeing) in first.items():
        if chosen is None or chosen.size.exact:
            continue
        others = tuple(other.size.tokens for kind, (other, _) in first.items()
                       if kind != meaning and other is not None)
        for size, sentence in exact_restatements(reading.passages, chosen.size, locale, names,
                                                 known, others):
            in_prose.append(SizeStatement(meaning, size, sentence, "prose"))
            restated = True
    if restated:
        first_findings = []
        first = {meaning: _size(reading, meaning, locale, in_prose, first_findings, taught)
                 for meaning in SIZE_MEANINGS}
    if scan is None or all(chosen is not None for chosen, _agreeing in first.values()):
        findings.extend(first_findings)
        return first
    # a count of tokens no size word claimed, placed by what the page states (sizes.py)
    context, output = (first[m][0] for m in ("context", "max_output"))
    tiers = tuple(size.tokens for size in (parse_size(row.tier, locale)
                                           for row in reading.price_rows if row.tier) if size)
    counts = token_counts(scan, locale, names, known, tuple(
        chosen.size.tokens for chosen in (context, output) if chosen is not None), tiers)
    placed, unplaced = place_token_counts(counts, context and context.size,
                                          output and output.size)
    findings.extend(Finding("unplaced_size", f"a count of tokens the page states that nothing "
                            f"places as this model's context or output: {count.sentence[:200]}")
                    for count in unplaced)
    if not placed:
        findings.extend(first_findings)
        return first
    in_prose.extend(placed)
    return {meaning: _size(reading, meaning, locale, in_prose, findings, taught)
            for meaning in SIZE_MEANINGS}


#: a token count a header line states under a label nothing places: (label, value), size
_Unplaced = tuple[tuple[str, str], Size]
#: the bounds of a context window placed by the header's order alone: a resolution ("4K"), a
#: parameter count ("70B") is none
_CONTEXT_RANGE = (1_000, 20_000_000)
#: an acronym right after a figure: "100K RPM", "4K UHD"
_ACRONYM = re.compile(r"\s*[A-Z]{2,}\b")


def _unplaced(lines: list[tuple[str, str, str | None]], locale: str) -> list[_Unplaced]:
    """The token counts of (label, value, meaning) lines whose label nothing placed."""
    found: list[_Unplaced] = []
    for label, value, meaning in lines:
        if meaning is not None or any(ch.isdigit() for ch in label) or has_money_marker(value):
            continue
        size = parse_size(value, locale)
        if size is None or _ACRONYM.match(value, size.end):
            continue  # "100K RPM", "4K UHD": a rate or a resolution, not a token count
        if _CONTEXT_RANGE[0] <= size.tokens <= _CONTEXT_RANGE[1]:
            found.append(((label, value), size))
    return found


def _output_words(fields: list[Field]) -> tuple[str, ...]:
    """The words the page's header puts over its output price ("Aschur", "Úttak")."""
    return tuple(f.label.casefold() for f in fields if f.meaning == "output" and len(f.label) >= 3)


def _by_output_word(unplaced: list[_Unplaced], output_words: tuple[str, ...]
                    ) -> dict[tuple[str, str], str]:
    """Sizes read by the word the page itself teaches: a label holding the word the header
    puts over the output price ("Aschur" over $3.52/M; "Aschur uasta", "Hámarksúttak",
    "اعظمي وتون") is the output limit, and then the one other such size, when larger, is the
    context window (an output is part of its context and cannot exceed it)."""
    outputs = [(pair, size) for pair, size in unplaced
               if any(word in pair[0].casefold() for word in output_words)]
    if len(outputs) != 1:
        return {}
    (output_pair, output_size), = outputs
    placed = {output_pair: "max_output"}
    rest = [(pair, size) for pair, size in unplaced if pair != output_pair]
    if len(rest) == 1 and rest[0][1].tokens > output_size.tokens:
        placed[rest[0][0]] = "context"
    return placed


def _header_sizes(fields: list[Field], locale: str) -> dict[tuple[str, str], str]:
    """The header's token counts under labels no vocabulary places. By the page's own output
    word first (``_by_output_word``); else by the header's order, as its prices are placed: a
    model page's header states its token prices, then the context window, then the output
    limit ("Comhthéacs:128K"; "…:200K", "…:100K"). Only on a page priced in tokens (a
    context is a text model's), and only where the order is plain: one size, or two with the
    larger first; after a context the vocabulary placed, one smaller size is the limit."""
    unplaced = _unplaced([(f.label, f.value, f.meaning) for f in fields
                          if not _ACRONYM.match(f.line, f.line.find(f.value) + len(f.value))
                          and not counts_a_rate(f.line, f.line.find(f.value) + len(f.value))
                          and not is_a_sentence(f.line)],
                         locale)
    output_words = _output_words(fields)
    placed = _by_output_word(unplaced, output_words)
    if placed or not unplaced or not any(f.meaning in _TOKEN_KINDS for f in fields):
        return placed
    if any(word in pair[0].casefold() for pair, _size in unplaced for word in output_words):
        return {}  # the output word in two labels: which one is the limit, nothing says
    meanings = [f.meaning for f in fields if f.meaning in SIZE_MEANINGS]
    if not meanings and len(unplaced) == 1:
        return {unplaced[0][0]: "context"}
    if not meanings and len(unplaced) == 2 and unplaced[0][1].tokens > unplaced[1][1].tokens:
        return {unplaced[0][0]: "context", unplaced[1][0]: "max_output"}
    if meanings == ["context"] and len(unplaced) == 1:
        context = next(f for f in fields if f.meaning == "context")
        after = fields.index(context) < next(
            i for i, f in enumerate(fields) if (f.label, f.value) == unplaced[0][0])
        size = parse_size(context.value, locale)
        if after and size is not None and unplaced[0][1].tokens < size.tokens:
            return {unplaced[0][0]: "max_output"}
    return {}


def _size(reading: PageReading, meaning: str, locale: str, in_prose: list[SizeStatement],
          findings: list[Finding], taught: dict[tuple[str, str], str]
          ) -> tuple[SizeStatement | None, list[SizeStatement]]:
    """Specification table, then header line, then the prose; exact figures refine rounded.
    ``taught``: lines whose meaning the page's own words give (``_sizes_by_taught_words``)."""
    statements: list[SizeStatement] = []
    for label, value in reading.spec_rows:
        if (_spec_meaning(label) or taught.get((label, value))) != meaning:
            continue
        size = parse_size(value, locale)
        if size is None and "XNUMX" in value:
            findings.append(Finding("broken_number", f"specification {meaning}: {value}"))
        if size is not None:
            statements.append(SizeStatement(meaning, size, f"{label} | {value}", "specification"))
    for field in reading.fields:
        if (field.meaning or taught.get((field.label, field.value))) == meaning:
            if bounds_a_range(field.line, field.value):
                continue  # "Context ≤ 128K tokens" over its prices: a tier's bound
            size = parse_size(field.value, locale)
            if size is not None:
                statements.append(SizeStatement(meaning, size, field.line, "header"))
    statements.extend(s for s in in_prose if s.field == meaning and s.size.tokens >= 1000)
    chosen, conflicts = choose(statements)
    if chosen is not None and conflicts:
        # prose often rounds or speaks loosely; an exact figure in it is a statement
        # ("supports a maximum context length of 65,536 tokens" beside "Context:1M")
        firm = [c for c in conflicts
                if c.where != "prose" or chosen.where == "prose" or c.size.exact]
        for other in firm[:1]:
            findings.append(Finding("conflict", (
                f"{meaning}: {chosen.size.text or chosen.size.tokens} ({chosen.where}: "
                f"{chosen.evidence[:80]}) vs {other.size.text or other.size.tokens} "
                f"({other.where}: {other.evidence[:80]})")))
    if chosen is None:
        return None, []
    # by identity: on a page of thousands of size sentences, `s not in conflicts` (equality)
    # is quadratic and takes minutes
    apart = {id(c) for c in conflicts} | {id(chosen)}
    return chosen, [chosen] + [s for s in statements if id(s) not in apart]


def _spec_meaning(label: str) -> str | None:
    from catalog.meaning.prose import has_word

    meaning = labels.meaning_of(label)
    if meaning in labels.SIZE_KINDS:
        return meaning
    if len(label) > 60:
        return None
    if has_word("max_output_words", label):
        return "max_output"
    if has_word("context_words", label):
        return "context"
    return None


def _card(card, locale: str, id_prefix: str) -> Card:
    prices = tuple(p for p in (_price_from(f, locale, [], "card") for f in card.fields) if p)
    return Card(url=card.url, provider=card.ref.provider, model=card.ref.model, name=card.name,
                prices=prices, coming_soon=card.coming_soon, id_prefix=id_prefix)
