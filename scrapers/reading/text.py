"""HTML → the lines a person sees, with just enough context to read them.

The page reader never looks at CSS classes or at how deep a thing is nested. It sees what a
browser would show: lines of text in reading order, each knowing whether it is a heading,
which link it sits in, whether it is code, which table cell it fills, and whether it belongs to
site chrome (``nav``, ``footer``). Inline markup is joined (``<span>Input:</span>
<span>$2/M</span>`` is one line ``Input:$2/M``); block markup and ``<br>`` break lines.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

# Never visible: dropped with their content before reading.
INVISIBLE_TAGS = ["script", "style", "noscript", "template", "svg", "math", "iframe", "object",
                  "canvas", "head", "select", "option", "datalist"]

_BLOCK_TAGS = frozenset((
    "address article aside blockquote body caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p "
    "pre section summary table tbody td tfoot th thead tr ul button label legend "
).split())
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# site furniture; an <aside> is not: pages put notices ("this model will be shut down…") in one,
# and a sidebar of other models is recognised as cards or by its "More models" heading
_CHROME_TAGS = frozenset({"nav", "footer"})
_CHROME_ROLES = frozenset({"navigation", "contentinfo", "banner"})
_ROW_ROLES = frozenset({"row"})
_CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})
_TABLE_ROLES = frozenset({"table", "grid"})
_SKIPPED_TAGS = frozenset(["-comment", "!doctype", "img", "input", *INVISIBLE_TAGS])
_CODE_TAGS = frozenset(("pre", "code", "kbd", "samp"))
# the tags that change a text's context (with any element that has a role)
_CONTEXT_TAGS = frozenset(["a", "b", "strong", "table", "dl", "tr", "td", "th", "dt", "dd",
                           *_HEADINGS, *_CODE_TAGS, *_CHROME_TAGS])
_WIDE_SPACES = "\u00a0\u2009\u202f"
_ODD_SPACES = f"\t\r\f\v{_WIDE_SPACES}"
_SPACES = re.compile(f"[ {_ODD_SPACES}]+")


class Line(NamedTuple):
    """One visible line of the page and where it sits. (A named tuple: pages make hundreds of
    lines, and a tuple is built several times faster than a frozen dataclass.)"""

    text: str
    heading: int | None = None        # 1..6 when the line is (inside) a heading
    href: str | None = None           # the enclosing link's href
    code: bool = False                # inside pre/code
    chrome: bool = False              # inside nav/footer (site furniture)
    table: int | None = None          # identity of the enclosing table (or ARIA grid, or dl)
    row: int | None = None            # identity of the enclosing row (tr, role=row, dt+dd pair)
    col: int | None = None            # column index within the row
    parts: tuple[str, ...] = ()       # the raw text of each text node the line is made of
    emphasis: tuple[str, ...] = ()    # the raw parts set in bold (b, strong) or as a heading


# What the elements around a text node say about it: a list (copied on entering an element
# that changes it: a list slice is several times cheaper than building an object), indexed by:
_HEADING, _HREF, _CODE, _STRONG, _CHROME, _TABLE, _ROW, _COL = range(8)
_new_line = tuple.__new__  # Line(...) without the named tuple's Python-level __new__


#: characters a browser draws as nothing (zero-width space, joiners, word joiner, soft hyphen,
#: byte-order mark, bidi controls) and hyphens it draws as "-": a page reads as it looks,
#: so "$2\u200b4/M" is $24 and "64K output\u2011tokens" is "output-tokens"
_AS_SEEN = str.maketrans({**{code: None for code in (
    0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F, 0x061C,
    *range(0x202A, 0x202F), *range(0x2066, 0x206A))}, 0x2010: "-", 0x2011: "-"})
INVISIBLE_CHARACTERS = "".join(chr(c) for c, v in _AS_SEEN.items() if v is None)


def as_seen(text: str) -> str:
    """``text`` as a browser shows it: invisible format characters gone, non-breaking hyphens
    plain ones."""
    return text if text.isascii() else text.translate(_AS_SEEN)


_HIDDEN_IN_FIGURE = re.compile(
    rf"[\d$][{INVISIBLE_CHARACTERS}]+[\d.,/]|[\d.,][{INVISIBLE_CHARACTERS}]+\d")


def hidden_in_figures(texts: list[str]) -> list[str]:
    """Figures written with an invisible character inside (``$2&#8203;4/M``), among the raw
    texts ``lines_of`` removed such characters from: the reader reads them as a browser shows
    them ($24); the page is reported for it."""
    found = []
    for text in texts:
        for m in _HIDDEN_IN_FIGURE.finditer(text):
            start = text.rfind(" ", 0, m.start()) + 1
            end = text.find(" ", m.end())
            found.append(as_seen(text[start:end if end != -1 else len(text)])[:40])
    return list(dict.fromkeys(found))[:10]


def _collapse_spaces(text: str) -> str:
    """Runs of spaces (not newlines) become one space, ends trimmed. Most lines have nothing to
    collapse, and finding that out with substring tests is far cheaper than a regex pass."""
    if ("  " in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text
            or (not text.isascii() and any(char in text for char in _WIDE_SPACES))):
        return _SPACES.sub(" ", text).strip()
    return text.strip()


#: deeper than this, a page is not read: Lexbor's tree building grows with the square of the
#: depth (990,000 nested divs took an estimated 50 minutes), and no real page nests so deep
MAX_DEPTH = 4096
_MARKUP = re.compile(rb"<!--|<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(/?)>")
# elements that never open a level: void ones (never containers, with or without "/>")
_VOID = frozenset(b"""area base br col embed hr img input keygen link meta param source track
wbr""".split())
# elements a parser closes by itself when the next one opens (counted as not opening a level)
_SELF_CLOSING = frozenset(b"""p li dt dd tr td th thead tbody tfoot option optgroup colgroup
caption rt rp html head body""".split())
# elements whose content is text to the parser, never tags
_RAW_TEXT = frozenset(b"script style textarea title xmp iframe noembed noframes".split())
# elements in which "/>" closes an element (SVG and MathML); in HTML it does not
_FOREIGN = frozenset((b"svg", b"math"))
_RAW_END = {name: re.compile(rb"</" + name + rb"[\s/>]", re.I) for name in _RAW_TEXT}


def too_deep(html: str | bytes, limit: int = MAX_DEPTH) -> bool:
    """Does the markup nest elements deeper than ``limit``? Counted on the bytes before any
    parse, and only when the page has more tags than the limit (so almost never).

    It counts what an HTML parser builds, or it is bypassed: ``<div/>`` opens a div (only a
    void element, or an element inside SVG or MathML, closes itself), a closing tag closes the
    open element of its name and those opened after it, and a closing tag with no open element
    of its name is ignored (``<div></x>`` nests). Text inside ``script``, ``style``, comments
    and the like is no markup. One pass; it stops at the first element past the limit."""
    if html.count("<" if isinstance(html, str) else b"<") <= limit:
        return False  # nearly every page: one count in C, no copy
    data = html.encode("utf-8", "replace") if isinstance(html, str) else html
    stack: list[bytes] = []  # the open elements, innermost last
    open_by_name: dict[bytes, int] = {}
    foreign = 0  # open svg/math elements
    pos = 0
    search = _MARKUP.search
    while (m := search(data, pos)) is not None:
        pos = m.end()
        if m.group(1) is None:  # a comment: skipped whole
            end = data.find(b"-->", pos)
            if end < 0:
                return False
            pos = end + 3
            continue
        name = m.group(2).lower()
        if m.group(1):  # a closing tag: closes its element and any opened inside it
            if open_by_name.get(name):
                while True:
                    top = stack.pop()
                    open_by_name[top] -= 1
                    foreign -= top in _FOREIGN
                    if top == name:
                        break
            continue
        if name in _VOID or name in _SELF_CLOSING or (m.group(3) and foreign):
            continue
        if name in _RAW_TEXT:
            end_tag = _RAW_END[name].search(data, pos)
            if end_tag is None:
                return False
            pos = end_tag.start()
            continue
        stack.append(name)
        open_by_name[name] = open_by_name.get(name, 0) + 1
        foreign += name in _FOREIGN
        if len(stack) > limit:
            return True
    return False


def parse_html(html: str | bytes) -> HTMLParser:
    """Parse leniently; Lexbor repairs truncated and malformed markup like a browser would.

    Bytes are read as UTF-8 (a byte-order mark is dropped, invalid bytes become U+FFFD, and a
    ``<meta charset>`` is not obeyed: decode other encodings before calling)."""
    if isinstance(html, bytes):
        return HTMLParser(html.replace(b"\x00", b""))
    return HTMLParser(html.replace("\x00", ""))


def lines_of(root: Node, invisible: list[str] | None = None) -> list[Line]:
    """Linearize ``root`` into visible lines (``root`` should already be free of scripts).
    ``invisible``, when given, receives the raw text of every text node that held characters
    a browser does not draw (they are removed from the lines).

    This walk is the reader's hot loop (every element of every page passes through it), so it
    touches each node's properties once and copies the context only when an element changes it.
    """
    lines: list[Line] = []
    buffer: list[str] = []
    parts: list[str] = []
    bold: list[str] = []
    after_element = False  # an inline element just closed: a sibling element starts a new word
    counter = 0
    # heading, href, code, strong, chrome, table, row, col (see _HEADING…)
    ctx: list = [None, None, 0, 0, 0, None, None, None]
    snapshot: list = ctx  # the context of the pending line's first text
    # depth-first walk with explicit enter/exit events, so deep pages cannot overflow the stack:
    # a node is an element or text to enter; an exit is the pair (was the element a block, the
    # context to restore), pushed below the element's children
    stack: list[Node | tuple[bool, list]] = [root]
    push = stack.append
    pop = stack.pop
    block_tags = _BLOCK_TAGS
    skipped_tags = _SKIPPED_TAGS
    context_tags = _CONTEXT_TAGS
    append_line = lines.append
    join = "".join
    collapse = _collapse_spaces

    def flush() -> None:
        text = collapse(join(buffer))
        if text:
            # raw text-node strings; readers that use them collapse the spaces themselves
            append_line(_new_line(Line, (
                text, snapshot[0], snapshot[1], snapshot[2] > 0, snapshot[4] > 0, snapshot[5],
                snapshot[6], snapshot[7], tuple(parts), tuple(bold))))
        buffer.clear()
        parts.clear()
        bold.clear()

    while stack:
        node = pop()
        if type(node) is tuple:  # leaving an element: restore the context it changed
            if buffer and node[0]:
                flush()
            after_element = True
            ctx = node[1]
            continue
        if node is not root:
            following = node.next
            if following is not None:
                push(following)  # entered once this node and all it holds are read
        tag = node.tag
        if tag == "-text":
            content = node.text_content or ""
            if not content.isascii():
                seen = content.translate(_AS_SEEN)
                if invisible is not None and len(seen) != len(content):
                    invisible.append(content)
                content = seen
            if not buffer:
                # contexts are never changed once made (copy on write below), so the line can
                # keep a reference instead of a copy
                snapshot = ctx
            buffer.append(content)
            parts.append(content)
            if ctx[3] or ctx[0]:  # strong, heading
                bold.append(content)
            after_element = False
            continue
        if tag in skipped_tags:
            continue
        if tag == "br":
            if buffer:
                flush()
            continue
        attrs = node.attributes
        if attrs:
            if attrs.get("hidden") is not None or attrs.get("aria-hidden") == "true":
                continue
            style = attrs.get("style")
            if style:
                style = style.replace(" ", "").lower()
                if "display:none" in style or "visibility:hidden" in style:
                    continue
            role = (attrs.get("role") or "").lower()
        else:
            role = ""
        is_block = tag in block_tags
        if is_block:
            if buffer:
                flush()
        elif after_element and buffer and not buffer[-1][-1:].isspace():
            buffer.append(" ")  # <span>New</span><span>Hot</span> reads as two words
        after_element = False
        saved_ctx = ctx
        counter += 1
        push((is_block, saved_ctx))
        # the first child only: each node pushes its next sibling (a child list per element
        # costs more); the root's children come from iter(), which knows fragment roots
        child = next(node.iter(include_text=True), None) if node is root else node.first_child
        if child is not None:
            push(child)
        if tag not in context_tags and not role:
            continue  # most elements (div, p, span, li…) change nothing
        if buffer and snapshot is saved_ctx:
            snapshot = saved_ctx[:]  # the cell counting below writes into saved_ctx
        ctx = ctx[:]
        if tag in _HEADINGS:
            ctx[_HEADING] = _HEADINGS[tag]
        elif role == "heading":
            level = attrs.get("aria-level") or "2"
            ctx[_HEADING] = int(level) if level.isdigit() else 2
        if tag == "a" and attrs and attrs.get("href"):
            ctx[_HREF] = attrs.get("href")
        elif tag in _CODE_TAGS:
            ctx[_CODE] += 1
        elif tag in ("b", "strong"):
            ctx[_STRONG] += 1
        if tag in _CHROME_TAGS or role in _CHROME_ROLES:
            ctx[_CHROME] += 1
        if tag in ("table", "dl") or role in _TABLE_ROLES:
            ctx[_TABLE], ctx[_ROW], ctx[_COL] = counter, None, None
        if tag == "tr" or role in _ROW_ROLES:
            ctx[_ROW], ctx[_COL] = counter, -1
        if tag in ("td", "th") or role in _CELL_ROLES:
            ctx[_COL] = (saved_ctx[_COL] if saved_ctx[_COL] is not None else -1) + 1
            saved_ctx[_COL] = ctx[_COL]  # the next cell of this row continues counting
        if tag == "dt":
            ctx[_ROW], ctx[_COL] = counter, 0
            saved_ctx[_ROW], saved_ctx[_COL] = counter, 0  # the following dd joins this row
        elif tag == "dd" and saved_ctx[_ROW] is not None:
            ctx[_COL] = 1
    if buffer:
        flush()
    return lines
