"""A CometAPI model page → ``PageReading``: what the page says, as raw strings placed in fields.

It reads what a person reads: the heading, the link back to the provider, ``Label:value``
lines under the heading, tables (``<table>``, ARIA grids, definition lists) and the cards that
link to other models. It never keys on CSS classes or exact nesting, so a redesign that keeps
the words keeps working. Words come from the vocabulary files (``scrapers/reading/vocabulary/``); a
page in a language the vocabulary lacks still yields its token prices, because a ``$x/M``
figure is per million tokens and the first is input, the second output. A label it cannot
place is kept as written
with ``meaning=None``; the normalizer reports it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from urllib.parse import urljoin, urlsplit

from scrapers.reading import labels, yes_no
from scrapers.reading.cognates import says_not
from scrapers.reading.fields import (
    Field,
    bare,
    has_pair,
    known_tail,
    merge_split_pairs,
    pairs_in,
    place_fields,
)
from scrapers.reading.fields import value_only as _value_only
from scrapers.reading.grammar import has_digit, has_money_marker
from scrapers.reading.page_reading import CardReading, PageReading
from scrapers.reading.tables import (
    PriceRow,
    is_tier_label,
    read_tables,
    role_and_kind_rows,
    with_taught_colons,
)
from scrapers.reading.text import (
    INVISIBLE_TAGS,
    MAX_DEPTH,
    Line,
    hidden_in_figures,
    lines_of,
    parse_html,
    too_deep,
)
from scrapers.sources.cometapi.seller import SELLER_NAMES
from scrapers.sources.cometapi.urls import (
    ModelRef,
    mirror_host,
    normalize_url,
    parse_model_url,
    slug_of,
)

__all__ = ["CardReading", "Field", "PageReading", "PriceRow", "read_page"]

_PERCENT_LINE = re.compile(r"^[-−–]?\s*\d+(?:\.\d+)?\s*%$")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_THINK = re.compile(r"<think>(.*?)(?:</think>|$)", re.DOTALL | re.IGNORECASE)
_NOT_FOUND = re.compile(
    r"\b(?:404|page not found|not found|no encontrada|introuvable|nicht gefunden)\b"
    r"|找不到|페이지를 찾을 수 없|ページが見つかりません|不存在",
    re.IGNORECASE,
)
_SPEC_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("max_output", re.compile(r"\b(?:max(?:imum)?\.?\s+(?:output|completion)|output\s+(?:token\s+)?"
                              r"limit|max(?:imum)?\s+tokens?\s+out)", re.I)),
    ("context", re.compile(r"\bcontext\b|\binput\s+token\s+limit\b", re.I)),
    ("knowledge_cutoff", re.compile(r"\bknowledge\s+cut-?\s*off\b|\btraining\s+cut-?off\b", re.I)),
    ("input_modalities", re.compile(r"\binput\s+modalit|\binput\s+types?\b", re.I)),
    ("output_modalities", re.compile(r"\boutput\s+modalit|\boutput\s+types?\b", re.I)),
    ("model_id", re.compile(r"^\s*model\s*(?:id|name|identifier)\s*$", re.I)),
    ("provider", re.compile(r"^\s*(?:provider|developer|vendor)\s*$", re.I)),
)





def read_page(html: str | bytes, url: str) -> PageReading:
    """Read one page. Never raises on bad markup: the worst case is a reading with no fields."""
    ref = parse_model_url(url)
    if too_deep(html):
        why = f"elements nested deeper than {MAX_DEPTH}: not read"
        return PageReading(url=url, ref=ref, is_model_page=False, skip_reason=why,
                           unreadable=f"too_deep: {why}")
    tree = parse_html(html)
    title_node = tree.css_first("title")
    title = _clean(title_node.text()) if title_node is not None else None
    # by tag name, which Lexbor answers at once for a page without the tag (a CSS query walks
    # the whole tree: 23 us a bench page, twice)
    thinking = tree.tags("think")
    leaked = [_clean(n.text()) for n in thinking]
    for node in thinking:
        node.decompose()
    tree.strip_tags(INVISIBLE_TAGS)
    root = tree.body or tree.root
    reading = PageReading(url=url, ref=ref, is_model_page=False, title=title,
                          seller_names=SELLER_NAMES)
    reading.leaked_reasoning.extend(x for x in leaked if x)
    if root is None:
        reading.skip_reason = "empty document"
        return reading
    anchors = _anchors(root, url)
    reading.links = _model_links(anchors, ref)
    if ref is None:
        reading.skip_reason = "not a model URL"
        return reading
    mirror = mirror_host(url)
    if mirror is not None:  # its prices are not CometAPI's: never stored as www's
        reading.skip_reason = f"a mirror of cometapi.com ({mirror}): not the catalog's source"
        return reading
    reading.cards, card_elements = _cards(anchors, ref, root)
    for element in card_elements:  # read apart, so card prices never pass for the page's own
        element.decompose()
    invisible: list[str] = []
    seen = lines_of(root, invisible)
    content = _without_more_models([ln for ln in seen if not ln.chrome])
    reading.hidden_in_figures = hidden_in_figures(invisible)
    h1 = _first_heading(content)
    reading.name = (_strip_api_suffix(_heading_name(content[h1])) if h1 is not None
                    else _name_from_title(title))
    reading.provider_name = _provider_name(root, url, ref, content, h1)
    start, end = _header_span(content, h1)
    header = content[start:end]
    locale = ref.locale
    reading.fields = _header_fields(header, locale)
    reading.badges = _badges(_with_linkless_chrome(seen, header,
                                                   content[end] if end < len(content) else None),
                             locale)
    reading.summary = _summary(header, locale)
    own = tuple(n for n in {slug_of(ref.model), slug_of(reading.name or "")} if n)
    taught = tuple(sorted({f.written_label for f in reading.fields
                           if f.meaning in labels.PRICE_KINDS and f.written_label}, key=len,
                          reverse=True))
    body = _without_linkless_cards(content[end:], locale, own, taught)
    # tables may start inside the header span (a long header, an accordion): read them whole
    everything = [*header, *body]
    reading.price_rows, reading.discount, reading.discount_line = _pricing_table(
        everything, locale, own, taught)
    if not any(row.official for row in reading.price_rows):
        reading.price_rows += _labelled_figures(body, locale)
    reading.spec_rows = _spec_rows(everything)
    reading.passages = _passages(header, body, locale)
    reading.specs = _specs(reading.spec_rows)
    reading.description, more_leaks = _description(body)
    # the prose is the description without code: the same text when the body has none
    reading.prose = (_description([ln for ln in body if not ln.code])[0]
                     if any(ln.code for ln in body) else reading.description)
    reading.leaked_reasoning.extend(more_leaks)
    if reading.provider_name is None and "provider" in reading.specs:
        reading.provider_name = reading.specs["provider"]

    looks_missing = bool(_NOT_FOUND.search(" ".join(filter(None, [reading.name, title]))))
    if looks_missing and not reading.fields:
        reading.skip_reason = "soft 404: the page says it was not found"
    elif not (reading.name or reading.fields):
        reading.skip_reason = "no model heading and no price lines"
    else:
        reading.is_model_page = True
    return reading


def _without_more_models(lines: list[Line]) -> list[Line]:
    """Drop a "More models" section (by its title's words, in any language): what follows it
    describes other models, even when its cards are not links. The section ends at the next
    heading of the same or a higher level (any heading when the title is not one)."""
    out: list[Line] = []
    skipping: int | None = None
    for line in lines:
        if line.heading is not None and skipping is not None and line.heading <= skipping:
            skipping = None
        if (skipping is None and len(line.text) <= 48 and not line.href
                and labels.meaning_of(line.text) == "more_models"):
            skipping = line.heading or 6
            continue
        if skipping is None:
            out.append(line)
    return out


#: what stands between a card's model name and its first price label ("Codestral — Eniro")
_NAME_SEPARATORS = " \t·•|—–-:,;/"


def _name_before_prices(line: Line, locale: str, taught: tuple[str, ...]) -> str | None:
    """The words a line writes before its price labels, when the rest of it is nothing but
    those labels and their figures ("Codestral — Eniro:$0.24/M Ekiro:$0.72/M", "qwen-max ·
    Intrada $1,6/M · Exida $6,4/M"); ``None`` for a line that is not so made."""
    if line.table is not None or line.code or len(line.text) > 120 or not has_digit(line.text):
        return None  # a card's line has figures: most lines are prose, read no further
    text = with_taught_colons(line.text, taught)
    pairs = pairs_in(text, locale)
    if not pairs:
        return None
    tails = []
    for written, _value in pairs:
        label = bare(written)  # "Input (CometAPI)": the qualifier names no model
        tail = next((t for t in taught if label.endswith(t)), None) or known_tail(label)
        if not label.endswith(tail) or (labels.meaning_of(tail) not in labels.PRICE_KINDS
                                        and tail not in taught):
            return None
        tails.append((label, tail))
    first, tail = tails[0]
    if any(label != tail for label, tail in tails[1:]):
        return None  # words before a later label: a sentence, not a card
    name = first[:len(first) - len(tail)].strip(_NAME_SEPARATORS)
    return name or None


def _without_linkless_cards(lines: list[Line], locale: str, own: tuple[str, ...],
                            taught: tuple[str, ...]) -> list[Line]:
    """Drop cards of other models drawn without a link: two lines or more in a row, each a
    different name, then the page's own price labels with figures ("Mistral Large 2 —
    Eniro:$1.6/M Ekiro:$4.8/M", "Codestral — Eniro:$0.24/M …"). A price belongs to the model
    named right before it, so those are the named models' prices, never this model's price
    or its official one, in any language: the label words are the page's own. A name that is
    this model's, a tier ("≤ 200K tokens") or a column word ("Official price") is no other
    model's card."""
    names = [_name_before_prices(line, locale, taught) for line in lines]
    for i, name in enumerate(names):
        if name is None:
            continue
        slug = slug_of(name)
        if (not slug or any(n in slug for n in own) or labels.meaning_of(name) is not None
                or labels.column_meaning(name) is not None or is_tier_label(name, locale)):
            names[i] = None
    drop: set[int] = set()
    for i, name in enumerate(names):
        if name is None:
            continue
        neighbours = [names[j] for j in (i - 1, i + 1) if 0 <= j < len(names)]
        if any(other is not None and slug_of(other) != slug_of(name) for other in neighbours):
            drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]


# ---------------------------------------------------------------- names


_WHITESPACE = re.compile(r"\s+")
_API_SUFFIX = re.compile(r"\s+API$")


def _clean(text: str | None) -> str:
    return _WHITESPACE.sub(" ", text or "").strip()


def _strip_api_suffix(name: str) -> str:
    return _API_SUFFIX.sub("", name.strip())


def _name_from_title(title: str | None) -> str | None:
    if not title:
        return None
    head = re.split(r"\s+[|–—-]\s+", title)[0].strip()
    return _strip_api_suffix(head) or None


def _heading_name(line: Line) -> str:
    """The heading's text without an avatar: a first text node of one capital letter alone,
    run together with a name after it that begins with a capital of its own ("B" + "Seedance
    1.0 Pro"), is a picture's letter, as on the cards (``_card_name``), not the name's."""
    parts = [p for p in line.parts if p.strip()]
    first = parts[0].strip() if parts else ""
    if len(parts) >= 2 and len(first) == 1 and first.isalpha() and first.isupper() \
            and parts[1].lstrip()[:1].isupper() and line.text.startswith(first):
        return line.text[1:].strip()
    return line.text


def _first_heading(lines: list[Line]) -> int | None:
    for i, line in enumerate(lines):
        if line.heading == 1 and not line.href:
            return i
    return None


def _provider_name(root, url: str, ref: ModelRef, lines: list[Line],
                   h1: int | None) -> str | None:
    """The provider's display name: the text of the page's link to the provider's model list."""
    named: list[str] = []
    page = urlsplit(url)
    origin = f"{page.scheme}://{page.netloc}/"
    for anchor in root.css("a[href]"):
        href = anchor.attributes.get("href") or ""
        # a root-relative href has the same path on every page of the host: one cache entry
        parts = _link_path(href, origin if href.startswith("/") else url).split("/")
        if len(parts) >= 3 and parts[-2] == "models" and parts[-1].lower() == ref.provider:
            text = _clean(anchor.text())
            if text and slug_of(text).replace("-", "") == ref.provider.replace("-", ""):
                return text  # the link's words are the slug's: surely the display name
            if text and len(text.split()) <= 3:
                named.append(text)
    if named:  # e.g. a breadcrumb "Google" for slug "google-ai": the first short link text
        return named[0]
    for line in lines:  # a breadcrumb written as text: Home/Models/OpenAI/gpt-4-0314
        parts = [p.strip() for p in re.split(r"\s*[/›»>]\s*", line.text)]
        if len(parts) >= 4 and parts[1].casefold() in ("models", "model"):
            return parts[2] or None
    if h1 is not None:  # a provider label set just above the heading ("OpenAI" / "GPT-4o")
        for line in lines[max(0, h1 - 3):h1]:
            if slug_of(line.text).replace("-", "") == ref.provider.replace("-", ""):
                return line.text
    return None


@lru_cache(maxsize=2048)
def _link_path(href: str, page_url: str) -> str:
    """The path a link leads to, without its trailing slash (links repeat on every page)."""
    return urlsplit(urljoin(page_url, href)).path.rstrip("/")


# ---------------------------------------------------------------- header


def _header_span(lines: list[Line], h1: int | None) -> tuple[int, int]:
    """Lines between the model heading and the next section heading: the page's header."""
    if h1 is None:
        first_pair = next((i for i, ln in enumerate(lines) if has_pair(ln.text)), None)
        if first_pair is None:
            return 0, 0
        start = max(0, first_pair - 1)
    else:
        start = h1 + 1
    end = start
    while end < len(lines) and end - start < 80:
        line = lines[end]
        if line.heading is not None and end > start:
            break
        end += 1
    return start, end


def _header_fields(header: list[Line], locale: str) -> list[Field]:
    pairs: list[tuple[str, str, str]] = []
    for text in merge_split_pairs(_labels_over_values(header, locale), locale):
        pairs.extend((label, value, text) for label, value in pairs_in(text, locale))
    return place_fields(pairs, locale)


def _labels_over_values(header: list[Line], locale: str) -> list[Line]:
    """A line of labels over a line of as many figures, each in an element of its own
    (``<span>Dħul</span><span>Ħruġ</span>`` over ``<span>$0.80/M</span><span>$4/M</span>``),
    outside a table: each label goes with the figure under it, as a person reads the grid,
    whatever the labels' words. The labels hold letters and no figure; every value is one
    price alone. Other lines are kept as they are."""
    out: list[Line] = []
    i = 0
    while i < len(header):
        line = header[i]
        below = header[i + 1] if i + 1 < len(header) else None
        if (below is not None and line.row is None and below.row is None
                and has_money_marker(below.text) and len(line.parts) >= 2
                and _grid_of(line.parts, below.parts, locale)):
            text = " ".join(f"{label.strip()}:{value.strip()}"
                            for label, value in zip(line.parts, below.parts, strict=True))
            out.append(below._replace(text=text, parts=(text,)))
            i += 2
            continue
        out.append(_label_then_figure(_label_bar_figures(line, locale), locale))
        i += 1
    return out


#: a label, then a dash, an equals sign or nothing, then a figure: "Suäm — $0.032"
_LABEL_FIGURE = re.compile(r"(?P<label>[^\W\d_][^\d:：$€£¥]*?)(?:\s*[-‐‒–—―=≈]\s*|\s+)"
                           r"(?P<figure>(?:US\$|USD|[$€£¥]|\d).*)")
#: words in a header label ("Precio por imagen"); more is a sentence
_LABEL_WORDS = 4


def _label_then_figure(line: Line, locale: str) -> Line:
    """A header line that is a label of a few words, then a dash, an equals sign or nothing,
    then one price alone ("Suäm $0.032", "Suäm — $0.032", "Suäm = 0,032 USD"), as
    ``label:figure``: the page header's structure makes it a price line whatever the
    language, its kind from the vocabulary when known, ``unknown`` otherwise, never lost. A
    line that already reads as a pair, a table's cell, or more words is left as it is."""
    text = line.text.strip()
    if (line.row is not None or len(text) > 60 or not has_money_marker(text, locale)
            or ":" in text or "：" in text or has_pair(text, locale)):
        return line
    found = _LABEL_FIGURE.fullmatch(text)
    if found is None or len(found["label"].split()) > _LABEL_WORDS:
        return line
    label, figure = found["label"].strip(), found["figure"].strip()
    if not _is_label(label) or not _is_figure(figure, locale):
        return line
    joined = f"{label}:{figure}"
    return line._replace(text=joined, parts=(joined,))


#: a bar between cells written on one line ("Yaykuy | $0.44/M | $0.56/M")
_BAR = re.compile(r"\s[|｜¦]\s")


def _label_bar_figures(line: Line, locale: str) -> Line:
    """A header line of cells set apart by bars, a label then figures alone ("Yaykuy | $0.44/M
    | $0.56/M"), as the label and its first figure: the price the label names. A figure after
    it that no word names is no official price (a batch price, a former one: the page does
    not say), so it is not read at all."""
    if line.row is not None or not any(bar in line.text for bar in "|｜¦"):
        return line
    cells = [c.strip() for c in _BAR.split(line.text)]
    if len(cells) < 2 or not _is_label(cells[0]) or not all(
            _is_figure(c, locale) for c in cells[1:]):
        return line
    text = f"{cells[0]}:{cells[1]}"
    return line._replace(text=text, parts=(text,))


def _grid_of(heads: tuple[str, ...], values: tuple[str, ...], locale: str) -> bool:
    """Are ``heads`` labels (letters, no figure, no colon) over ``values``, one price each?"""
    heads = tuple(h for h in heads if h.strip())
    values = tuple(v for v in values if v.strip())
    return (len(heads) == len(values) >= 2 and all(_is_label(h) for h in heads)
            and all(_is_figure(v, locale) for v in values))


def _is_label(text: str) -> bool:
    """A short text of letters with no figure and no colon: a label, whatever its words."""
    return bool(_LABEL_TEXT.search(text)) and not has_digit(text) and ":" not in text \
        and len(text) <= 40


def _is_figure(text: str, locale: str) -> bool:
    """A price alone ("$0.80/M"), nothing else beside it."""
    return _value_only(text, locale) and has_money_marker(text, locale)


#: a label's letter
_LABEL_TEXT = re.compile(r"[^\W\d_]")


def _with_linkless_chrome(seen: list[Line], header: list[Line],
                          after: Line | None) -> list[Line]:
    """The header's lines with the chrome lines among them that link nowhere: a ``<nav>`` set
    inside the model's header around badges (``<nav class="badges"><span>…``) is the page's
    own words, not site navigation, which is links. Lines are found by identity in ``seen``
    (every line of the page), from the header's first line to the line after it."""
    if not header or not any(ln.chrome for ln in seen):
        return header
    out: list[Line] = []
    inside = False
    for line in seen:
        if line is header[0]:
            inside = True
        elif line is after:
            break
        if inside and (not line.chrome or not line.href):
            out.append(line)
    return out


def _badges(header: list[Line], locale: str | None = None) -> list[str]:
    """Known badge words in the header (New, Commercial Use, Coming soon…), in page order."""
    found: list[str] = []
    for at, line in enumerate(header):
        pieces = [line.text, *line.parts]
        if len(line.text) <= 120:  # "Commercial Use · Playground" in one text node
            pieces += [p.strip() for p in _BADGE_SEPARATORS.split(line.text)]
        for text in pieces:
            meaning = labels.meaning_of(text)
            if (meaning in labels.BADGE_KINDS and meaning not in found
                    and (not _has_a_value(line.text, text) or _value_says_yes(line.text, locale))
                    and not yes_no.NO_MARKS.search(line.text)  # "Commercial use ✗": no badge
                    and not _answered_otherwise(header, at, text, locale)):
                found.append(meaning)
    return found


_COLON = re.compile(r"[:：]")


def _value_says_yes(line: str, locale: str | None) -> bool:
    """Does a "label: value" line's value say yes ("Erabilera komertziala: Bai", "…: ✓")? Then
    its label is the badge; any other value is a statement the normalizer reads."""
    parts = _COLON.split(line, maxsplit=1)
    return len(parts) == 2 and yes_no.answer(parts[1], locale) is True


def _answered_otherwise(header: list[Line], at: int, text: str, locale: str | None) -> bool:
    """Is a badge's word a label whose value beside it does not say yes? A ``dt`` and its
    ``dd`` (a row's next cell) are a label and its value: the word is a badge only when the
    value says yes (✓, the language's yes: ``yes_no.answer``), never when it says no or
    something unknown ("Përdorim komercial | Jo"). The element after it in one line says no
    by a mark, a no-word or a word the vocabulary knows negates ("Uso comercial | No
    permitido"), and a figure there makes it a price's label ("Pe bilong bisnis | $0.03", a
    business price); any other word there is the next badge of a row of badges."""
    line = header[at]
    if line.row is not None and at + 1 < len(header) and header[at + 1].row == line.row:
        value = header[at + 1].text
        return (labels.meaning_of(value) not in labels.BADGE_KINDS
                and yes_no.answer(value, locale) is not True)
    # the element after the word; after the first, for the whole line read as one label
    values = (line.parts[line.parts.index(text) + 1:][:1] if text in line.parts
              else line.parts[1:])
    return any(labels.meaning_of(value) not in labels.BADGE_KINDS and (
        has_digit(value) or yes_no.answer(value, locale) is False or says_not(value))
        for value in values)


_AFTER_COLON = re.compile(r"\s*[:：]\s*\S")


def _has_a_value(line: str, label: str) -> bool:
    """Is a badge's word a label with a value after its colon ("Uso comercial: non
    permitido")? Then the line states something about it, which the normalizer reads as a
    sentence (negated or not); a badge is a word standing alone."""
    if _AFTER_COLON.search(label):
        return True  # the pair itself
    if label.rstrip().endswith((":", "：")):
        return len(line.strip()) > len(label.strip())
    at = line.find(label)
    return at >= 0 and _AFTER_COLON.match(line, at + len(label)) is not None


_BADGE_SEPARATORS = re.compile(r"\s[·•|/]\s|\s{2,}|,\s")


def _sentence_like(text: str) -> bool:
    if len(text) >= 40 and " " in text:
        return True
    return sum(1 for ch in text if ord(ch) > 0x2E80) >= 15  # CJK: counted only when needed


def _summary(header: list[Line], locale: str) -> str | None:
    """The one-paragraph summary under the heading and price lines: the first sentence-like
    line of the header that is not a label, a link or a figure."""
    for line in header:
        text = line.text
        if line.href or line.code or labels.meaning_of(text):
            continue
        if has_pair(text, locale) and len(pairs_in(text, locale)) * 30 > len(text):
            continue  # a line of price pairs, not a paragraph
        if _sentence_like(text):
            return text
    return None


def _passages(header: list[Line], body: list[Line], locale: str) -> list[str]:
    """The model's own text, a line (paragraph, list item, table row) at a time: what the
    prose fact readers look at. Code, chrome and cards are already gone."""
    out: list[str] = []
    table_rows: dict[int, list[str]] = {}
    for line in [*header, *body]:
        if line.code:
            continue
        if line.row is not None:
            cells = table_rows.get(line.row)
            if cells is None:
                cells = table_rows[line.row] = []
                out.append("")  # the row's place; filled below
                cells.append(f"\0{len(out) - 1}")
            cells.append(line.text)
            continue
        out.append(line.text)
    for cells in table_rows.values():
        index = int(cells[0][1:])
        out[index] = " | ".join(cells[1:])
    return [p for p in out if p]


def _pricing_table(body: list[Line], locale: str, own: tuple[str, ...] = (),
                   taught: tuple[str, ...] = ()
                   ) -> tuple[list[PriceRow], str | None, str | None]:
    """The pricing table, read by its words (``scrapers.reading.tables``); else a run of
    price lines whose labels come round again (CometAPI, then official) in a CSS grid or a
    list, usually followed by a discount percentage, ordered by the column words before it."""
    tables = read_tables(body, locale, own, taught)
    if tables is not None:
        if tables.discount is None:  # a discount written right under the table
            for before, line in pairwise(body):
                if before.table is not None and line.table is None and _PERCENT_LINE.match(
                        line.text):
                    return tables.rows, line.text, line.text
        return tables.rows, tables.discount, tables.discount_line
    i = 0
    while i < len(body):
        if body[i].code or not has_pair(body[i].text, locale):
            i += 1
            continue
        run: list[Line] = []
        j = i
        marked: list[tuple[int, str]] = []  # (pairs before it, role) of a column word inside
        while j < len(body) and (has_pair(body[j].text, locale) or body[j].text in (":", "：")
                                 or _column_word(body[j].text) is not None):
            role = _column_word(body[j].text)
            if role is not None:
                if j + 1 >= len(body) or not has_pair(body[j + 1].text, locale):
                    break  # a column word that heads nothing ends the run
                marked.append((sum(len(pairs_in(ln.text, locale)) for ln in run), role))
            else:
                run.append(body[j])
            j += 1
        discount_text = body[j].text if j < len(body) and _PERCENT_LINE.match(body[j].text) \
            else None
        pairs = [(*p, ln.text) for ln in run for p in pairs_in(ln.text, locale)]
        roles = [labels.column_meaning(label) for label, _v, _l in pairs]
        for count, role in marked:  # "Официална цена" over the pairs that follow it
            for k in range(count, len(roles)):
                roles[k] = role
        if "official_price" in roles:  # "Input (CometAPI) – $0.48/M", "Input (official) – $0.6/M"
            groups = [[p for p, r in zip(pairs, roles, strict=True) if r != "official_price"],
                      [p for p, r in zip(pairs, roles, strict=True) if r == "official_price"]]
        else:
            groups = _split_groups(pairs)
        if len(groups) >= 2 or (discount_text and groups):
            order = _column_order(body[max(0, i - 6):i])
            if order == ["official_price", "seller_price"] and len(groups) >= 2:
                groups[0], groups[1] = groups[1], groups[0]
            comet = place_fields(groups[0], locale)
            official = place_fields(groups[1], locale) if len(groups) > 1 else []
            rows: list[PriceRow] = []
            for k, f in enumerate(comet):
                match = next((o for o in official if o.meaning and o.meaning == f.meaning), None)
                if match is None and k < len(official) and official[k].meaning is None:
                    match = official[k]
                line = f.line + (f" | {match.line}" if match and match.line != f.line else "")
                # placed by words: column words over the lines, or the labels' own words
                # ("Input (official)")
                rows.append(PriceRow(f.label, f.meaning, f.value, match.value if match else None,
                                     line, by_words=bool(order) or "official_price" in roles))
            discount_line = body[j].text if discount_text else None
            return rows, discount_text, discount_line
        i = j
    return [], None, None


def _column_word(text: str) -> str | None:
    """``seller_price`` or ``official_price`` when a short line is a price column's heading
    ("Цена в Comet", "Official price")."""
    if len(text) > 40 or has_money_marker(text):
        return None
    role = labels.column_meaning(text)
    return role if role in ("seller_price", "official_price") else None


def _labelled_figures(body: list[Line], locale: str) -> list[PriceRow]:
    """Figures each under a label that names whose price and what for, outside any table:
    "Официальная цена, ввод" / "$5/M" in separate elements, or "Official price, input: $5/M"."""
    rows: list[list[str]] = []
    texts = [ln.text for ln in body if not ln.code and ln.row is None]
    for index, text in enumerate(texts):
        following = texts[index + 1] if index + 1 < len(texts) else ""
        if len(text) <= 60 and has_money_marker(following) and _value_only(following, locale):
            rows.append([text, following])
        elif ":" in text and len(text) <= 80 and has_money_marker(text):
            label, _, value = text.rpartition(":")
            rows.append([label, value])
    if not rows:
        return []
    reading = role_and_kind_rows(rows, locale)
    return reading.rows if reading is not None else []


def _column_order(lines: list[Line]) -> list[str]:
    """The order in which column words (Comet Price, Official Price) head a pricing grid."""
    order: list[str] = []
    for line in lines:
        meaning = labels.column_meaning(line.text) if len(line.text) <= 60 else None
        if meaning in ("seller_price", "official_price") and meaning not in order:
            order.append(meaning)
    return order


def _split_groups(pairs: list[tuple[str, str, str]]) -> list[list[tuple[str, str, str]]]:
    """Split a run of pairs into column groups where a label comes round again."""
    groups: list[list[tuple[str, str, str]]] = [[]]
    seen: set[str] = set()
    for label, value, line in pairs:
        key = labels.normalize_label(label)
        if key in seen:
            groups.append([])
            seen = set()
        seen.add(key)
        groups[-1].append((label, value, line))
    return [g for g in groups if g]


def _spec_rows(body: list[Line]) -> list[tuple[str, str]]:
    """Two-cell rows of any table-like markup (table, ARIA grid, dl), as (label, value)."""
    rows: dict[int, list[str]] = {}
    order: list[int] = []
    for line in body:
        if line.row is None or line.col is None or line.code:
            continue
        if line.row not in rows:
            rows[line.row] = ["", ""]
            order.append(line.row)
        if line.col in (0, 1):
            cell = rows[line.row]
            cell[line.col] = f"{cell[line.col]} {line.text}".strip()
        else:
            rows[line.row].append(line.text)
    return [(r[0], r[1]) for r in (rows[k] for k in order) if len(r) == 2 and r[0] and r[1]]


def _specs(rows: list[tuple[str, str]]) -> dict[str, str]:
    specs: dict[str, str] = {}
    for label, value in rows:
        if len(label) > 60:
            continue
        for key, pattern in _SPEC_LABELS:
            if pattern.search(label):
                specs.setdefault(key, value)
                break
    return specs


def _description(body: list[Line]) -> tuple[str | None, list[str]]:
    """Body text after the header, reasoning leaks cut out (and returned for reporting)."""
    texts = [ln.text for ln in body]
    text = "\n".join(texts)
    leaks: list[str] = []
    if "<" in text:  # substring tests first: these regexes walking 20 KB cost more than a parse
        leaks = [_clean(m.group(1)) for m in _THINK.finditer(text)]
        text = _THINK.sub("", text)
        trailing_space = " \n" in text or "\t\n" in text
    else:
        trailing_space = _space_before_newline(texts)
    if trailing_space:
        text = _TRAILING_SPACE.sub("\n", text)
    return (text.strip() or None), [x for x in leaks if x]


def _space_before_newline(texts: list[str]) -> bool:
    """Would the texts joined by newlines hold a space or tab before a newline? Asked of each
    text: a newline is found at memchr speed, where searching the joined 16 KB for a space and
    a newline cost more than the rest of the description."""
    last = len(texts) - 1
    return any(("\n" in text and (" \n" in text or "\t\n" in text))
               or (index < last and text.endswith((" ", "\t")))
               for index, text in enumerate(texts))


# ---------------------------------------------------------------- links and cards


@lru_cache(maxsize=2048)
def _resolve(href: str, page_url: str) -> tuple[str, ModelRef | None, bool]:
    """(absolute URL, the model it names, same host as the page?) — links repeat on every page
    of a site (navigation, footers), so the URL parsing is done once per distinct link."""
    # only a plain http(s) link names a model: not "javascript://host/…", not a user name
    # before the host ("http://a@b/…"), not a backslash a browser reads as "/" (normalize_url
    # refuses all of them)
    target = normalize_url(href, page_url)
    if target is None:
        return href, None, False
    same_host = urlsplit(target).netloc == _host_of(page_url)
    return target, parse_model_url(target), same_host


@lru_cache(maxsize=256)
def _host_of(page_url: str) -> str:
    """The host of the URL links are resolved against: nearly always the site's origin, the
    same for every link a page resolves for the first time (7 µs of a link's 30)."""
    return urlsplit(normalize_url(page_url) or page_url).netloc


def _anchors(root, url: str) -> list[tuple[object, str, ModelRef]]:
    """Every same-host link to a model page: (anchor element, URL, model), in page order."""
    found = []
    page = urlsplit(url)
    origin = f"{page.scheme}://{page.netloc}/"
    for anchor in root.css("a[href]"):
        href = anchor.attributes.get("href") or ""
        # a root-relative or absolute href means the same on every page of the host, so it is
        # resolved against the origin: one cache entry for the whole site, not one per page
        base = origin if href.startswith(("/", "http:", "https:")) else url
        target, other, same_host = _resolve(href, base)
        if other is not None and same_host:
            found.append((anchor, target, other))
    return found


def _model_links(anchors: list, ref: ModelRef | None) -> list[str]:
    """Every link to a model page on the same host (the page's own model excluded)."""
    found: dict[str, None] = {}
    for _anchor, target, other in anchors:
        if ref is None or other.model_id != ref.model_id:
            found.setdefault(target, None)
    return list(found)


def _cards(anchors: list, ref: ModelRef, root) -> tuple[list[CardReading], list]:
    """Cards are the largest element around a link to another model that holds that one model
    only, no page heading, and shows a price or a coming-soon word."""
    cards: list[CardReading] = []
    elements: list = []
    chosen: set[int] = set()
    # one pass up from every link, not a search down from every ancestor: 10,000 cards cost
    # 10,000 short walks instead of 10,000 searches of the whole list
    models_under = _models_under(anchors)
    holds_heading = _ancestors_of(root.css("h1")) if anchors else set()
    for anchor, target, other in anchors:
        if other.model_id == ref.model_id:
            continue
        if any(node.mem_id in chosen for node in _ancestry(anchor)) or _in_navigation(anchor):
            continue  # a menu of models is site furniture, not this page's "More models"
        element = anchor
        for _step in range(_CARD_DEPTH):
            parent = element.parent
            if parent is None or parent.tag in ("body", "html", "main"):
                break
            if parent.mem_id in holds_heading or models_under.get(parent.mem_id) is None:
                break  # the page's heading, or another model's link, is inside
            element = parent
        card_lines = lines_of(element)
        facts, coming_soon = _card_facts(
            tuple((ln.text, ln.code, ln.parts) for ln in card_lines), ref.locale)
        fields = list(facts)
        if not fields and not coming_soon and not _titled_card(card_lines, anchor):
            continue
        elements.append(element)
        chosen.add(element.mem_id)
        cards.append(CardReading(
            url=target, ref=other, name=_card_name(card_lines, element, other.provider),
            fields=fields,
            coming_soon=coming_soon,
        ))
    return cards, elements


#: a card with no price holds its title and a few badges: lines of a few words, no sentence
_CARD_BADGES = 3
_BADGE_WORDS = 5


def _titled_card(lines: list[Line], anchor) -> bool:
    """A card with no price: its first line is its link's text, another model's name (after an
    avatar's letter), and the rest a few short lines, none a sentence ("Claude Sonnet 4" then
    "Deprecated · 2027-01-31"). What such a card says (a badge, a date) is that model's; prose
    with a link in it never starts with the link's text alone and a line of its own."""
    name = _clean(anchor.text())
    texts = [ln.text for ln in lines if len(ln.text.strip()) > 1]
    if not name or not texts or _clean(texts[0]) != name:
        return False
    rest = texts[1:]
    return 0 < len(rest) <= _CARD_BADGES and all(
        len(t.split()) <= _BADGE_WORDS and not _sentence_like(t) for t in rest)


@lru_cache(maxsize=1024)
def _card_facts(lines: tuple[tuple[str, bool, tuple[str, ...]], ...],
                locale: str) -> tuple[tuple[Field, ...], bool]:
    """A card's fields and coming-soon word, from its lines (text, code, parts). Cached: the
    same cards ("More models") recur on many pages of a site."""
    as_lines = [Line(text, code=code, parts=parts) for text, code, parts in lines]
    fields = place_fields([(*p, text) for text in merge_split_pairs(as_lines, locale)
                           for p in pairs_in(text, locale)], locale)
    coming_soon = any(labels.meaning_of(piece) == "coming_soon"
                      for text, _code, parts in lines for piece in (text, *parts))
    return tuple(fields), coming_soon


def _in_navigation(node) -> bool:
    while node is not None:
        if node.tag in ("nav", "header", "footer") or (
                (node.attributes.get("role") or "").lower() in ("navigation", "menu", "banner")):
            return True
        node = node.parent
    return False


#: a card is a few elements deep around its link; climbing further never finds one
_CARD_DEPTH = 64


def _ancestry(node, limit: int = _CARD_DEPTH):
    """``node`` and its ancestors, at most ``limit`` of them."""
    for _step in range(limit + 1):
        if node is None:
            return
        yield node
        node = node.parent


def _models_under(anchors: list) -> dict[int, str | None]:
    """For every element a few levels above a model link: the one model linked beneath it,
    or ``None`` when links to several models are."""
    under: dict[int, str | None] = {}
    for anchor, _target, other in anchors:
        for node in _ancestry(anchor):
            key = node.mem_id
            if key not in under:
                under[key] = other.model_id
            elif under[key] != other.model_id:
                under[key] = None
    return under


def _ancestors_of(nodes) -> set[int]:
    """Every element that holds one of ``nodes`` (the page's headings)."""
    found: set[int] = set()
    for node in nodes:
        while node is not None and node.mem_id not in found:
            found.add(node.mem_id)
            node = node.parent
    return found


def _card_name(lines: list[Line], element, provider: str) -> str | None:
    """The card's model name: its bold or heading text, else its image's alt text, else the
    first piece of text that is not an avatar letter, the provider, a label or a figure."""
    def usable(text: str) -> bool:
        return (1 < len(text) <= 80 and not has_pair(text) and "$" not in text
                and labels.meaning_of(text) is None and slug_of(text) != provider
                and not _value_only(text.strip(": ")))

    for line in lines:
        for text in map(_clean, line.emphasis):
            if usable(text):
                return text
    for image in element.css("img[alt]"):
        alt = _clean(image.attributes.get("alt"))
        if alt and usable(alt):
            return alt
    for line in lines:
        for text in map(_clean, line.parts or (line.text,)):
            if usable(text) and len(text.split()) <= 8:
                return text
    return None
