"""A CometAPI model page → ``PageReading``: what the page says, as raw strings placed in fields.

It reads what a person reads: the heading, the link back to the provider, ``Label:value``
lines under the heading, tables (``<table>``, ARIA grids, definition lists) and the cards that
link to other models. It never keys on CSS classes or exact nesting, so a redesign that keeps
the words keeps working. Words come from ``labels.VOCABULARY``; a page in a language the
vocabulary lacks still yields its token prices, because a ``$x/M`` figure is per million
tokens and the first is input, the second output. A label it cannot place is kept as written
with ``meaning=None``; the normalizer reports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from scrapers.cometapi import labels
from scrapers.cometapi.urls import ModelRef, normalize_url, parse_model_url
from scrapers.text import INVISIBLE_TAGS, Line, lines_of, parse_html

# "$24/M", "$0.08", "$2 / 1M tokens", "$0.04/image"; the unit stops where the next label starts,
# as in "Input:$0.2/MOutput:$1.2/M" (real pages run pairs together)
_PRICE_VALUE = (r"(?:US)?\$\s*(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*/\s*(?:(?:1\s*)?[MmKk]"
                r"(?:\s*[Tt]ok(?:en)?s?)?(?![a-z])|[a-z]{1,10}(?![a-z])))?")
_VALUE_END = r"(?=$|[\s;,|)\]]|[A-Z]|[^\x00-\x7f])"
_SIZE_VALUE = (r"(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+(?:\.\d+)?\s*(?:[KkMmBb]|million)\b|\d{4,})"
               r"(?:\s*tokens?)?")
# "Input:$24/M", "Context:1M", "Max Output:65K", several per line ("Input:$24/M Output:$48/M")
_PAIR = re.compile(
    rf"(?P<label>[^:：$\n|]{{1,48}}?)\s*[:：]\s*(?P<value>{_PRICE_VALUE}|{_SIZE_VALUE}){_VALUE_END}"
)
# A pair needs a colon followed by the start of a value: lines without one (most prose) are
# skipped at once, and in long lines only the few characters before such a colon are tried, so
# the scan is linear instead of trying a 48-character lazy label at every position.
_PAIR_HINT = re.compile(r"[:：]\s*(?:US\$|\$|\d)")
_SHORT_LINE = 160


def _pair_matches(text: str) -> list[re.Match[str]]:
    """Exactly ``list(_PAIR.finditer(text))``, fast."""
    if not _PAIR_HINT.search(text):
        return []
    if len(text) <= _SHORT_LINE:
        return list(_PAIR.finditer(text))
    found: list[re.Match[str]] = []
    pos = 0
    for hint in _PAIR_HINT.finditer(text):
        colon = hint.start()
        if colon <= pos:
            continue
        # a match using this colon starts after the previous colon (labels hold none) and at
        # most 48 label characters plus the whitespace before the colon earlier
        prev = max(text.rfind(":", 0, colon), text.rfind("：", 0, colon))
        space = colon
        while space > 0 and text[space - 1].isspace():
            space -= 1
        for start in range(max(pos, prev + 1, space - 49), colon):
            m = _PAIR.match(text, start)
            if m is not None:
                found.append(m)
                pos = m.end()
                break
    return found


def _has_pair(text: str) -> bool:
    """Exactly ``_PAIR.search(text) is not None``, fast."""
    return bool(_pair_matches(text))


_VALUE_ONLY = re.compile(rf"^(?:{_PRICE_VALUE}|\d[\d,.]*\s*(?:[KkMmBb]|million)?(?:\s*tokens?)?)$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
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


@dataclass(frozen=True)
class Field:
    """A ``Label:value`` pair as written, with the meaning the reader gave it.

    ``placed_by`` says how: ``vocabulary`` (the word is known), ``unit`` (the figure says it,
    ``$0.08/sec``), ``position`` (an unknown word before a ``$x/M`` figure: first input, second
    output) or ``None`` (not placed: the label is kept raw).
    """

    label: str
    value: str
    meaning: str | None
    placed_by: str | None


@dataclass(frozen=True)
class PriceRow:
    """One row of the pricing table: the same label's CometAPI and official figures."""

    label: str
    meaning: str | None
    comet: str | None
    official: str | None


@dataclass
class CardReading:
    """A card linking to another model ("More models"), as written."""

    url: str
    ref: ModelRef
    name: str | None
    fields: list[Field]
    coming_soon: bool
    summary: str | None


@dataclass
class PageReading:
    """What one page says, field by field, before any interpretation of the figures."""

    url: str
    ref: ModelRef | None
    is_model_page: bool
    skip_reason: str | None = None
    provider_name: str | None = None
    name: str | None = None
    title: str | None = None
    fields: list[Field] = field(default_factory=list)
    badges: list[str] = field(default_factory=list)
    summary: str | None = None
    price_rows: list[PriceRow] = field(default_factory=list)
    discount: str | None = None
    specs: dict[str, str] = field(default_factory=dict)
    spec_rows: list[tuple[str, str]] = field(default_factory=list)
    description: str | None = None
    prose: str | None = None          # description without code: what findings are looked for in
    cards: list[CardReading] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    leaked_reasoning: list[str] = field(default_factory=list)


def read_page(html: str | bytes, url: str) -> PageReading:
    """Read one page. Never raises on bad markup: the worst case is a reading with no fields."""
    ref = parse_model_url(url)
    tree = parse_html(html)
    title_node = tree.css_first("title")
    title = _clean(title_node.text()) if title_node is not None else None
    leaked = [_clean(n.text()) for n in tree.css("think")]
    for node in tree.css("think"):
        node.decompose()
    tree.strip_tags(INVISIBLE_TAGS)
    root = tree.body or tree.root
    reading = PageReading(url=url, ref=ref, is_model_page=False, title=title)
    reading.leaked_reasoning.extend(x for x in leaked if x)
    if root is None:
        reading.skip_reason = "empty document"
        return reading
    anchors = _anchors(root, url)
    reading.links = _model_links(anchors, ref)
    if ref is None:
        reading.skip_reason = "not a model URL"
        return reading
    reading.cards, card_elements = _cards(anchors, ref)
    for element in card_elements:  # read apart, so card prices never pass for the page's own
        element.decompose()
    content = [ln for ln in lines_of(root) if not ln.chrome]
    h1 = _first_heading(content)
    reading.name = (_strip_api_suffix(content[h1].text) if h1 is not None
                    else _name_from_title(title))
    reading.provider_name = _provider_name(root, url, ref, content, h1)
    start, end = _header_span(content, h1)
    header = content[start:end]
    reading.fields = _header_fields(header)
    reading.badges = _badges(header)
    reading.summary = _summary(header)
    body = content[end:]
    reading.price_rows, reading.discount = _pricing_table(body)
    reading.spec_rows = _spec_rows(body)
    reading.specs = _specs(reading.spec_rows)
    reading.description, more_leaks = _description(body)
    reading.prose, _ = _description([ln for ln in body if not ln.code])
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


# ---------------------------------------------------------------- names


def _clean(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _strip_api_suffix(name: str) -> str:
    return re.sub(r"\s+API$", "", name.strip())


def _name_from_title(title: str | None) -> str | None:
    if not title:
        return None
    head = re.split(r"\s+[|–—-]\s+", title)[0].strip()
    return _strip_api_suffix(head) or None


def _first_heading(lines: list[Line]) -> int | None:
    for i, line in enumerate(lines):
        if line.heading == 1 and not line.href:
            return i
    return None


def _provider_name(root, url: str, ref: ModelRef, lines: list[Line],
                   h1: int | None) -> str | None:
    """The provider's display name: the text of the page's link to the provider's model list."""
    named: list[str] = []
    for anchor in root.css("a[href]"):
        path = urlsplit(urljoin(url, anchor.attributes.get("href") or "")).path.rstrip("/")
        parts = path.split("/")
        if len(parts) >= 3 and parts[-2] == "models" and parts[-1].lower() == ref.provider:
            text = _clean(anchor.text())
            if text and _slug(text).replace("-", "") == ref.provider.replace("-", ""):
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
            if _slug(line.text).replace("-", "") == ref.provider.replace("-", ""):
                return line.text
    return None


# ---------------------------------------------------------------- header


def _header_span(lines: list[Line], h1: int | None) -> tuple[int, int]:
    """Lines between the model heading and the next section heading: the page's header."""
    if h1 is None:
        first_pair = next((i for i, ln in enumerate(lines) if _has_pair(ln.text)), None)
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


def _merge_split_pairs(lines: list[Line]) -> list[str]:
    """Join a label and its value written in separate elements (``<p>Context</p><p>1M</p>``)."""
    texts = [ln.text for ln in lines if not ln.code]
    merged: list[str] = []
    i = 0
    while i < len(texts):
        text = texts[i]
        nxt = texts[i + 1] if i + 1 < len(texts) else None
        if nxt is not None and text in (":", "："):  # a colon in an element of its own
            if merged:
                merged[-1] += ":"
            i += 1
            continue
        if (nxt is not None and len(text) <= 48 and not _has_pair(text)
                and not _VALUE_ONLY.match(text) and _VALUE_ONLY.match(nxt.lstrip(":： "))
                and (text.endswith((":", "：")) or labels.meaning_of(text) is not None
                     or nxt.startswith(("$", ":", "：")) or nxt[:1].isdigit())):
            merged.append(f"{text.rstrip(':： ')}:{nxt.lstrip(':： ')}")
            i += 2
            continue
        merged.append(text)
        i += 1
    return merged


def _pairs(text: str) -> list[tuple[str, str]]:
    """``Label:value`` pairs in a line; a label is a few words with a letter in them, so prose
    such as "ratios 1:4, 4:1" or "Note: it costs $2" is not taken for a field."""
    pairs = []
    for m in _pair_matches(text):
        label = m.group("label").strip().lstrip(";,|·•-–—/ ").strip()
        if len(label) > 40 or len(label.split()) > 5 or not _HAS_LETTER.search(label):
            continue
        pairs.append((label, m.group("value").strip()))
    return pairs


def place_fields(pairs: list[tuple[str, str]]) -> list[Field]:
    """Give each ``Label:value`` its meaning: by vocabulary, by the unit it states, by position."""
    fields: list[Field] = []
    token_prices_seen = 0
    for label, value in pairs:
        label = _known_tail(label)
        meaning = labels.meaning_of(label)
        placed_by = "vocabulary" if meaning else None
        is_price = value.lstrip().startswith(("$", "US"))
        per = value.split("/", 1)[1].strip().lower() if "/" in value else ""
        if is_price and meaning not in labels.PRICE_KINDS:
            by_unit = _meaning_from_unit(per)
            if by_unit is not None and by_unit != "tokens":
                meaning, placed_by = by_unit, "unit"
            elif by_unit == "tokens" and meaning is None:
                meaning = ("input", "output")[token_prices_seen] if token_prices_seen < 2 else None
                placed_by = "position" if meaning else None
        elif not is_price and meaning in labels.PRICE_KINDS:
            meaning, placed_by = None, None  # a size under a price word: do not guess
        if is_price and _meaning_from_unit(per) == "tokens":
            token_prices_seen += 1
        fields.append(Field(label, value, meaning, placed_by))
    return fields


def _known_tail(label: str) -> str:
    """A label run together with the text before it ("Doubao-Seedance-2-0 Per Second",
    "GooglePer Second") is the longest known price or size phrase at its end, starting at a
    word or case boundary; an unknown label is kept whole."""
    if labels.meaning_of(label) is not None:
        return label
    for start in range(1, len(label) - 1):
        before, first = label[start - 1], label[start]
        if not (before.isspace() or not before.isalnum() or (before.islower() and first.isupper())):
            continue
        tail = label[start:].strip()
        if len(tail) >= 3 and labels.meaning_of(tail) in (*labels.PRICE_KINDS, *labels.SIZE_KINDS):
            return tail
    return label


def _meaning_from_unit(per: str) -> str | None:
    per = per.replace(" ", "")
    if per in ("m", "1m", "mtok", "1mtok", "mtokens", "1mtokens", "k", "1k", "ktokens"):
        return "tokens"
    if per in ("s", "sec", "second", "seconds"):
        return "per_second"
    if per in ("image", "img", "images"):
        return "per_image"
    if per in ("request", "req", "call", "requests"):
        return "per_request"
    return None


def _header_fields(header: list[Line]) -> list[Field]:
    pairs: list[tuple[str, str]] = []
    for text in _merge_split_pairs(header):
        pairs.extend(_pairs(text))
    return place_fields(pairs)


def _badges(header: list[Line]) -> list[str]:
    """Known badge words in the header (New, Commercial Use, Coming soon…), in page order."""
    found: list[str] = []
    for line in header:
        for text in (line.text, *line.parts):
            meaning = labels.meaning_of(text)
            if meaning in labels.BADGE_KINDS and meaning not in found:
                found.append(meaning)
    return found


def _summary(header: list[Line]) -> str | None:
    """The one-paragraph summary under the heading: the longest sentence-like header line."""
    best: str | None = None
    for line in header:
        text = line.text
        if line.href or line.code or _has_pair(text) or labels.meaning_of(text):
            continue
        cjk = sum(1 for ch in text if ord(ch) > 0x2E80)
        sentence_like = (len(text) >= 40 and " " in text) or cjk >= 15
        if sentence_like and (best is None or len(text) > len(best)):
            best = text
    return best


# ---------------------------------------------------------------- body


def _pricing_table(body: list[Line]) -> tuple[list[PriceRow], str | None]:
    """The pricing table: a run of price lines whose labels repeat (CometAPI, then official),
    usually followed by a discount percentage. Read by meaning, so ``<table>``, a CSS grid or a
    plain list all read the same."""
    i = 0
    while i < len(body):
        if not _pairs(body[i].text) or body[i].code:
            i += 1
            continue
        run: list[Line] = []
        j = i
        while j < len(body) and (_pairs(body[j].text) or body[j].text in (":", "：")):
            run.append(body[j])
            j += 1
        discount = body[j].text if j < len(body) and _PERCENT_LINE.match(body[j].text) else None
        pairs = [p for ln in run for p in _pairs(ln.text)]
        groups = _split_groups(run, pairs)
        if len(groups) >= 2 or (discount and groups):
            comet = place_fields(groups[0])
            official = place_fields(groups[1]) if len(groups) > 1 else []
            rows: list[PriceRow] = []
            for k, f in enumerate(comet):
                match = next((o for o in official if o.meaning and o.meaning == f.meaning), None)
                if match is None and k < len(official) and official[k].meaning is None:
                    match = official[k]
                rows.append(PriceRow(f.label, f.meaning, f.value, match.value if match else None))
            return rows, discount
        i = j
    return [], None


def _split_groups(run: list[Line], pairs: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Split a run of pairs into column groups: by table column when the markup has one, else
    where a label comes round again."""
    cols = [ln.col for ln in run]
    if all(c is not None for c in cols) and len(set(cols)) >= 2:
        by_col: dict[int, list[tuple[str, str]]] = {}
        for ln in run:
            by_col.setdefault(ln.col or 0, []).extend(_pairs(ln.text))
        return [by_col[c] for c in sorted(by_col)]
    groups: list[list[tuple[str, str]]] = [[]]
    seen: set[str] = set()
    for label, value in pairs:
        key = labels.normalize_label(label)
        if key in seen:
            groups.append([])
            seen = set()
        seen.add(key)
        groups[-1].append((label, value))
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
    text = "\n".join(ln.text for ln in body)
    leaks: list[str] = []
    if "<" in text:  # substring tests first: these regexes walking 20 KB cost more than a parse
        leaks = [_clean(m.group(1)) for m in _THINK.finditer(text)]
        text = _THINK.sub("", text)
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_SPACE.sub("\n", text)
    return (text.strip() or None), [x for x in leaks if x]


# ---------------------------------------------------------------- links and cards


@lru_cache(maxsize=8192)
def _resolve(href: str, page_url: str) -> tuple[str, ModelRef | None, bool]:
    """(absolute URL, the model it names, same host as the page?) — links repeat on every page
    of a site (navigation, footers), so the URL parsing is done once per distinct link."""
    target = normalize_url(href, page_url)
    same_host = urlsplit(target).netloc.lower() == urlsplit(page_url).netloc.lower()
    return target, parse_model_url(target), same_host


def _anchors(root, url: str) -> list[tuple[object, str, ModelRef]]:
    """Every same-host link to a model page: (anchor element, URL, model), in page order."""
    found = []
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}/"
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


def _cards(anchors: list, ref: ModelRef) -> tuple[list[CardReading], list]:
    """Cards are the largest element around a link to another model that holds that one model
    only, no page heading, and shows a price or a coming-soon word."""
    cards: list[CardReading] = []
    elements: list = []
    model_of = {anchor.mem_id: other.model_id for anchor, _, other in anchors}
    for anchor, target, other in anchors:
        if other.model_id == ref.model_id:
            continue
        if any(_contains(chosen, anchor) for chosen in elements) or _in_navigation(anchor):
            continue  # a menu of models is site furniture, not this page's "More models"
        element = anchor
        while element.parent is not None and element.parent.tag not in ("body", "html", "main"):
            parent = element.parent
            if (parent.css_first("h1") is not None
                    or _link_targets(parent, model_of) - {other.model_id}):
                break
            element = parent
        card_lines = lines_of(element)
        fields = place_fields([p for text in _merge_split_pairs(card_lines) for p in _pairs(text)])
        coming_soon = any(labels.meaning_of(text) == "coming_soon"
                          for ln in card_lines for text in (ln.text, *ln.parts))
        if not fields and not coming_soon:
            continue
        elements.append(element)
        cards.append(CardReading(
            url=target, ref=other, name=_card_name(card_lines, element, other.provider),
            fields=fields,
            coming_soon=coming_soon, summary=_card_summary(card_lines),
        ))
    return cards, elements


def _in_navigation(node) -> bool:
    while node is not None:
        if node.tag in ("nav", "header", "footer") or (
                (node.attributes.get("role") or "").lower() in ("navigation", "menu", "banner")):
            return True
        node = node.parent
    return False


def _contains(ancestor, node) -> bool:
    while node is not None:
        if node.mem_id == ancestor.mem_id:
            return True
        node = node.parent
    return False


def _link_targets(node, model_of: dict[int, str]) -> set[str]:
    """The models linked from inside ``node`` (by the anchors already resolved)."""
    return {model_of[a.mem_id] for a in node.css("a[href]") if a.mem_id in model_of}


def _card_name(lines: list[Line], element, provider: str) -> str | None:
    """The card's model name: its bold or heading text, else its image's alt text, else the
    first piece of text that is not an avatar letter, the provider, a label or a figure."""
    def usable(text: str) -> bool:
        return (1 < len(text) <= 80 and not _has_pair(text) and "$" not in text
                and labels.meaning_of(text) is None and _slug(text) != provider
                and not _VALUE_ONLY.match(text.strip(": ")))

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


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _card_summary(lines: list[Line]) -> str | None:
    texts = [ln.text for ln in lines if len(ln.text) >= 40 and not _has_pair(ln.text)]
    return max(texts, key=len) if texts else None
