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
_SPACES = re.compile("[ \t\r\f\v\u00a0\u2009\u202f]+")


class Line(NamedTuple):
    """One visible line of the page and where it sits."""

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


#: characters a browser draws as nothing (zero-width space, joiners, word joiner, soft hyphen,
#: byte-order mark, bidi controls) and hyphens it draws as "-": a page reads as it looks,
#: so "$2\u200b4/M" is $24 and "64K output\u2011tokens" is "output-tokens"
_AS_SEEN = str.maketrans({**{code: None for code in (
    0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F, 0x061C,
    *range(0x202A, 0x202F), *range(0x2066, 0x206A))}, 0x2010: "-", 0x2011: "-"})
INVISIBLE_CHARACTERS = "".join(chr(c) for c, v in _AS_SEEN.items() if v is None)


#: a zero-width non-joiner between two letters is spelling (Persian "می‌شود"): it stays;
#: anywhere else ("$2\u200c4") it is gone like the others
_AS_SEEN_SPELLING = {**_AS_SEEN, 0x200C: 0x200C}
_STRAY_ZWNJ = re.compile(r"(?<![^\W\d_])\u200c|\u200c(?![^\W\d_])")


def as_seen(text: str) -> str:
    """``text`` as a browser shows it: invisible format characters gone, non-breaking hyphens
    plain ones; a zero-width non-joiner between two letters stays, as it is part of the word's
    spelling (the prose scan reads words as if it were not there)."""
    if text.isascii():  # ASCII holds none of them: 0.1 µs a text node instead of 5 µs
        return text
    if "\u200c" in text:
        return _STRAY_ZWNJ.sub("", text.translate(_AS_SEEN_SPELLING))
    return text.translate(_AS_SEEN)


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
    """Runs of spaces (not newlines) become one space, ends trimmed."""
    # most lines have nothing to collapse: these tests cost a tenth of the regex pass
    if ("  " in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text
            or "\u00a0" in text or "\u2009" in text or "\u202f" in text):
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
    # the tags counted as the length the text loses without its "<": ``replace`` jumps from
    # one "<" to the next by ``memchr`` where ``count`` tests every byte (figures in
    # bench/RESULTS.md)
    less = html.replace("<", "") if isinstance(html, str) else html.replace(b"<", b"")
    if len(html) - len(less) <= limit:
        return False  # nearly every page
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


class _Context(NamedTuple):
    """What the elements around a text say about it. Never changed in place: an element that
    changes it makes a new one (``_enter``), and leaving that element brings back the one
    outside it."""

    heading: int | None = None  # the level of the enclosing heading
    href: str | None = None     # the enclosing link's href
    code: int = 0               # how many pre/code/kbd/samp elements hold the text
    strong: int = 0             # how many b/strong elements hold it
    chrome: int = 0             # how many nav/footer (or navigation-role) elements hold it
    table: int | None = None    # the number of the enclosing table, ARIA grid or dl
    row: int | None = None      # the number of the enclosing row (tr, role=row, a dt)
    col: int | None = None      # the column of the enclosing cell


class _Leave(NamedTuple):
    """The walk's marker for the end of an element."""

    block: bool   # the element is a block: its end ends the line
    scoped: bool  # the element opened a context of its own, which its end closes


_LEAVE = {(block, scoped): _Leave(block, scoped) for block in (False, True)
          for scoped in (False, True)}


def _hidden(attrs: dict[str, str | None]) -> bool:
    """Does an element hide itself (``hidden``, ``aria-hidden``, an inline style)? ``hidden``
    is a boolean attribute, written bare or with any value, except on a tab panel: a click on
    its tab shows it, and a page's other tabs (its pricing, its specifications) are as much the
    page's facts as the one open when it loads."""
    if "hidden" in attrs and (attrs.get("role") or "").lower() != "tabpanel":
        return True
    if attrs.get("aria-hidden") == "true":
        return True
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _enter(outside: _Context, tag: str, role: str, attrs: dict[str, str | None],
           number: int) -> tuple[_Context, _Context]:
    """(the context inside an element that changes it, the context outside it from now on).

    The outside changes for counting only: a cell (``td``, ``th``, ARIA cell) takes the next
    column of the row it sits in, and a ``dt`` starts a row that the ``dd`` after it joins.
    ``number`` numbers the element among those of the page: a table or row is known by it."""
    heading, href, code, strong, chrome, table, row, col = outside
    if tag in _HEADINGS:
        heading = _HEADINGS[tag]
    elif role == "heading":
        level = attrs.get("aria-level") or "2"
        heading = int(level) if level.isdigit() else 2
    if tag == "a" and attrs.get("href"):
        href = attrs.get("href")
    elif tag in _CODE_TAGS:
        code += 1
    elif tag in ("b", "strong"):
        strong += 1
    if tag in _CHROME_TAGS or role in _CHROME_ROLES:
        chrome += 1
    if tag in ("table", "dl") or role in _TABLE_ROLES:
        table, row, col = number, None, None
    if tag == "tr" or role in _ROW_ROLES:
        row, col = number, -1
    if tag in ("td", "th") or role in _CELL_ROLES:
        col = (outside.col if outside.col is not None else -1) + 1
        outside = outside._replace(col=col)
    if tag == "dt":
        row, col = number, 0
        outside = outside._replace(row=number, col=0)
    elif tag == "dd" and outside.row is not None:
        col = 1
    return _Context(heading, href, code, strong, chrome, table, row, col), outside


class _LineBuilder:
    """The lines read so far, and the texts of the line being gathered."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.pieces: list[str] = []    # the texts, with the spaces put between elements
        self.parts: list[str] = []     # the texts alone
        self.emphasis: list[str] = []  # the texts in bold or in a heading
        self.context = _Context()      # the context of the line's first text

    def add(self, text: str, context: _Context) -> None:
        if not self.pieces:
            self.context = context
        self.pieces.append(text)
        self.parts.append(text)
        if context.strong or context.heading:
            self.emphasis.append(text)

    def separate_words(self) -> None:
        """A space before what follows an inline element: ``<span>New</span><span>Hot</span>``
        reads as two words."""
        if self.pieces and not self.pieces[-1][-1:].isspace():
            self.pieces.append(" ")

    def end_line(self) -> None:
        """The gathered texts become a line (unless they are only spaces)."""
        text = _collapse_spaces("".join(self.pieces))
        if text:
            heading, href, code, _strong, chrome, table, row, col = self.context
            # ``_make`` takes the fields in order, a third cheaper than the keyword-ready
            # constructor; a page makes a line for every paragraph, cell and card line
            self.lines.append(Line._make((text, heading, href, code > 0, chrome > 0, table,
                                          row, col, tuple(self.parts), tuple(self.emphasis))))
        self.pieces.clear()
        self.parts.clear()
        self.emphasis.clear()


def lines_of(root: Node, invisible: list[str] | None = None) -> list[Line]:
    """Linearize ``root`` into visible lines (``root`` should already be free of scripts).
    ``invisible``, when given, receives the raw text of every text node that held characters
    a browser does not draw (they are removed from the lines).

    A depth-first walk over a list of things to do, not a recursion: pages nest deeper than
    Python's recursion limit. Each element puts on the list a marker for its end (``_Leave``),
    then its first child; each node puts its next sibling below itself, so the sibling is read
    once the node and all it holds are."""
    line = _LineBuilder()
    pieces = line.pieces  # the builder's lists, bound once: the loop runs for every node
    contexts = [_Context()]  # the context of each element that changed it, innermost last
    elements = 0  # elements entered so far
    after_element = False  # an inline element just ended: a sibling element starts a new word
    todo: list[Node | _Leave] = [root]
    push, pop = todo.append, todo.pop
    while todo:
        node = pop()
        if type(node) is _Leave:
            block, scoped = node
            if block and pieces:
                line.end_line()
            if scoped:
                contexts.pop()
            after_element = True
            continue
        following = node.next if node is not root else None
        if following is not None:
            push(following)
        tag = node.tag
        if tag == "-text":
            text = node.text_content or ""
            if text.isascii():  # ASCII holds no invisible character: most text nodes
                line.add(text, contexts[-1])
            else:
                seen = as_seen(text)
                if invisible is not None and len(seen) != len(text):
                    invisible.append(text)
                line.add(seen, contexts[-1])
            after_element = False
            continue
        if tag in _SKIPPED_TAGS:
            continue
        if tag == "br":
            if pieces:
                line.end_line()
            continue
        attrs = node.attributes
        # most elements carry a class at most: ``_hidden`` is asked only of those with an
        # attribute that can hide them
        if attrs and ("hidden" in attrs or "aria-hidden" in attrs or "style" in attrs) and _hidden(
                attrs):
            continue
        role = (attrs.get("role") or "").lower()
        block = tag in _BLOCK_TAGS
        if block:
            if pieces:
                line.end_line()
        elif after_element:
            line.separate_words()
        after_element = False
        elements += 1
        scoped = tag in _CONTEXT_TAGS or role != ""
        if scoped:
            inside, contexts[-1] = _enter(contexts[-1], tag, role, attrs, elements)
            contexts.append(inside)
        push(_LEAVE[block, scoped])
        # the root's children come from iter(), which knows fragment roots
        child = next(node.iter(include_text=True), None) if node is root else node.first_child
        if child is not None:
            push(child)
    line.end_line()
    return line.lines
