"""The DOM becomes visible lines in reading order (scrapers/reading/text.py): what the reader
of every source starts from."""

from __future__ import annotations

import pytest

from scrapers.reading.text import INVISIBLE_TAGS, lines_of, parse_html, too_deep


def lines(html: str):
    tree = parse_html(html)
    tree.strip_tags(INVISIBLE_TAGS)
    return lines_of(tree.body)


def test_blocks_become_lines_and_inline_text_joins_with_single_spaces():
    got = [line.text for line in lines(
        "<h1>Rocket   1</h1><p>Input:<span>$2</span>/M\u00a0tokens</p><div>Output: $8/M</div>")]
    assert got == ["Rocket 1", "Input:$2/M tokens", "Output: $8/M"]


def test_scripts_styles_and_templates_are_never_lines():
    got = [line.text for line in lines(
        "<p>seen</p><script>var price='$9.99'</script><style>p{}</style>"
        "<template><p>hidden</p></template>")]
    assert got == ["seen"]


def test_a_line_knows_its_heading_link_code_and_chrome():
    by_text = {line.text: line for line in lines(
        '<nav><a href="/models">Models</a></nav><h2>Pricing</h2>'
        '<p><a href="/models/acme/mini/">Mini</a></p><pre><code>curl x</code></pre>'
        "<footer>© Acme</footer>")}
    assert by_text["Models"].chrome and by_text["© Acme"].chrome
    assert by_text["Pricing"].heading == 2 and not by_text["Pricing"].chrome
    assert by_text["Mini"].href == "/models/acme/mini/"
    assert by_text["curl x"].code and not by_text["Mini"].code


def test_table_cells_carry_their_table_row_and_column():
    got = lines("<table><tr><th>Kind</th><th>Price</th></tr>"
                "<tr><td>Input</td><td>$2/M</td></tr></table><p>after</p>")
    cells = {line.text: line for line in got}
    assert cells["Input"].table is not None
    assert cells["Input"].table == cells["$2/M"].table == cells["Kind"].table
    assert cells["Input"].row == cells["$2/M"].row != cells["Kind"].row
    assert (cells["Input"].col, cells["$2/M"].col) == (0, 1)
    assert cells["after"].table is None


def test_bold_parts_are_kept_as_emphasis():
    (line,) = lines("<p><strong>Input</strong> $2/M</p>")
    assert line.emphasis == ("Input",)


def test_a_page_nested_past_the_limit_is_too_deep_to_read():
    assert too_deep("<div>" * 50, limit=40)
    assert not too_deep("<div>" * 30, limit=40)
    assert not too_deep("<p>" * 50, limit=40)  # <p> cannot nest: each one closes the last


def test_the_tag_count_that_lets_a_page_skip_the_depth_walk_is_exact():
    # as many "<" as the limit allows: no walk; one more: the walk, which finds the depth
    for page in ("<div>" * 20 + "é" * 1000 + "</div>" * 20, "x" * 5000 + "<div>" * 41):
        for html in (page, page.encode("utf-8")):
            assert too_deep(html, limit=40) == (page.count("<div>") > 40)
    assert not too_deep("<div>" * 40, limit=40)
    assert too_deep(b"<div>" * 41, limit=40)


def _built_depth(html: str) -> int:
    """How deep the parser (Lexbor, the one the reader uses) nests the elements under body."""
    tree = parse_html(html)
    deepest = 0
    todo = [(tree.body, 0)]
    while todo:
        node, depth = todo.pop()
        deepest = max(deepest, depth)
        child = node.child
        while child is not None:
            if child.tag not in ("-text", "-comment"):
                todo.append((child, depth + 1))
            child = child.next
    return deepest


@pytest.mark.parametrize("html", [
    "<div/>" * 50, "<div></x>" * 50, "<div></span>" * 50, "<span><div/>" * 50,
    "<br/>" * 50, "<img>" * 50, "<hr/>" * 50, "<p>" * 50, "<li>" * 50,
    "<svg>" + '<path d="M0"/>' * 50 + "</svg>", "<div></div>" * 50,
    "<section><div>" * 25 + "</section>" * 25, "<script>" + "<div>" * 50 + "</script>",
    "<!--" + "<div>" * 50 + "-->", "<div><b></div>" * 50,
])
def test_the_nesting_guard_counts_what_the_parser_builds(html):
    """Issue 21, item 6: the guard agrees with the parser on each way of writing markup that
    does or does not nest (``<div/>`` opens a div; a stray ``</x>`` closes nothing; void
    elements, SVG's self-closed ones and text in scripts or comments never nest)."""
    limit = 40
    assert too_deep("<html><body>" + html, limit=limit) == (_built_depth(html) > limit), (
        _built_depth(html))


class _CountingPattern:
    """The guard's tag pattern, counting how many tags it is asked for."""

    def __init__(self, pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)


@pytest.mark.parametrize("unit, count", [("<div/>", 800_000), ("<div></x>", 500_000)])
def test_the_nesting_bypasses_fail_fast_as_too_deep(monkeypatch, unit, count):
    """``<div/>`` × 800,000 and ``<div></x>`` × 500,000 (the parser nests both: a
    two-minute parse) are too deep, decided within the first few thousand tags rather than
    after reading the page."""
    from scrapers.reading import text
    from scrapers.sources.cometapi.page import read_page

    counting = _CountingPattern(text._MARKUP)
    monkeypatch.setattr(text, "_MARKUP", counting)
    html = "<html><body><h1>X</h1><p>Input:$1/M</p>" + unit * count
    assert too_deep(html)
    assert counting.calls <= 2 * (text.MAX_DEPTH + 10)
    reading = read_page(html, "https://www.cometapi.com/models/evil/deep/")
    assert reading.skip_reason == "elements nested deeper than 4096: not read"
    assert reading.unreadable.startswith("too_deep")


@pytest.mark.parametrize("markup", ["<p hidden>gone</p>", '<p hidden="">gone</p>',
                                    '<p hidden="hidden">gone</p>',
                                    '<p hidden="until-found">gone</p>'])
def test_the_hidden_attribute_hides_whatever_its_value_or_none(markup):
    """HTML's ``hidden`` is a boolean attribute: written bare (``<p hidden>``, which the parser
    gives no value) it hides the element as it does with any value."""
    assert [line.text for line in lines(f"<p>seen</p>{markup}<p>kept</p>")] == ["seen", "kept"]


def test_a_hidden_tab_panel_is_read_as_a_tab_a_click_shows():
    got = lines('<div role="tablist"><button>Price</button><button>Specs</button></div>'
                '<div role="tabpanel"><p>Input:$2/M</p></div>'
                '<div role="tabpanel" hidden><p>Context:128K</p></div>')
    assert [line.text for line in got] == ["Price", "Specs", "Input:$2/M", "Context:128K"]
