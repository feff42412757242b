"""The DOM becomes visible lines in reading order (scrapers/reading/text.py): what the reader
of every source starts from."""

from __future__ import annotations

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
