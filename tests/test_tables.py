"""Pricing tables whose rows or columns are tiers of one price, read by the shape of their
labels in any language (``scrapers/reading/tables.py``): bounds, sizes, resolutions, the two
sides of one figure, and labels that pair each kind with each tier."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from catalog.run.normalized_page import read_and_normalize
from scrapers.reading.tables import is_tier_set

TODAY = date(2026, 11, 28)


def _page(locale: str, header: str, body: str = "") -> str:
    return (f'<html lang="{locale}"><body><nav>CometAPI</nav><h1>Test Model</h1>{header}'
            f"<h2>—</h2>{body}</body></html>")


def _prices(html: str, locale: str, model: str) -> list[tuple]:
    url = f"https://www.cometapi.com/{locale}/models/acme/{model}/"
    record = read_and_normalize(html, url, today=TODAY).record
    return sorted((p.kind, p.usd, p.official_usd, p.tier) for p in record.prices)


@pytest.mark.parametrize(("cells", "tiers"), [
    (["≤ 64K tákn", "> 64K tákn"], True),                    # bounds
    (["1024×1024", "1792×1024"], True),                      # image sizes
    (["allt að 64K táknum", "yfir 64 þúsundum"], True),       # one figure, two sides of it
    (["Gemini 2.5 Pro", "Gemini 2.5 Flash"], False),          # a number, but no bound
    (["CometAPI", "Opinbert verð"], False),
    (["≤ 64K", "≤ 64K"], False),                              # the same label twice
    (["per 1K tokens", "per 1M tokens"], False),              # one price in two units
    (["≤ 1M tokens", "> 1M tokens"], True),                   # a bound that names its unit
])
def test_a_set_of_labels_is_tiers_by_its_shape(cells, tiers):
    assert is_tier_set(cells, "is") is tiers


def test_a_table_whose_columns_are_tiers_gives_one_price_per_kind_and_tier():
    """"Tegund | ≤ 64K tákn | > 64K tákn" over "Inntak | $3/M | $6/M" and "Úttak | …": the
    second column is a tier, never an official price; the unknown row words are input and
    output by their order."""
    table = ("<table><tr><th>Tegund</th><th>≤ 64K tákn</th><th>&gt; 64K tákn</th></tr>"
             "<tr><td>Inntak</td><td>$3/M</td><td>$6/M</td></tr>"
             "<tr><td>Úttak</td><td>$15/M</td><td>$22.5/M</td></tr></table>")
    assert _prices(_page("is", "<p>Spjalllíkan.</p>", table), "is", "chat-t") == [
        ("input", Decimal(3), None, "≤ 64K tákn"), ("input", Decimal(6), None, "> 64K tákn"),
        ("output", Decimal(15), None, "≤ 64K tákn"),
        ("output", Decimal("22.5"), None, "> 64K tákn")]


@pytest.mark.parametrize("row", [
    "<div><div>{}</div><div>{}</div><div>{}</div></div>",           # a div a cell
    "<div><span>{}</span><span>{}</span><span>{}</span></div>",     # spans in one line
])
def test_a_div_grid_whose_columns_are_tiers_gives_one_price_per_kind_and_tier(row):
    grid = "".join(row.format(*cells) for cells in [
        ("Tegund", "≤ 64K tákn", "&gt; 64K tákn"), ("Inntak", "$3/M", "$6/M"),
        ("Úttak", "$15/M", "$22.5/M")])
    assert _prices(_page("is", "<p>Spjalllíkan.</p>", grid), "is", "chat-o") == [
        ("input", Decimal(3), None, "≤ 64K tákn"), ("input", Decimal(6), None, "> 64K tákn"),
        ("output", Decimal(15), None, "≤ 64K tákn"),
        ("output", Decimal("22.5"), None, "> 64K tákn")]


def test_tier_columns_over_rows_of_models_are_no_prices_of_this_one():
    """Rows labelled by models ("Vega 2", "Vega 3") under tier columns: not input and output."""
    table = ("<table><tr><th>Líkan</th><th>≤ 64K tákn</th><th>&gt; 64K tákn</th></tr>"
             "<tr><td>Vega 2</td><td>$3/M</td><td>$6/M</td></tr>"
             "<tr><td>Vega 3</td><td>$15/M</td><td>$22.5/M</td></tr></table>")
    prices = _prices(_page("is", "<p>Spjalllíkan.</p>", table), "is", "vega-4")
    assert [p for p in prices if p[0] in ("input", "output")] == []


def test_tier_columns_over_rows_of_whose_price_are_not_input_and_output():
    table = ("<table><tr><th>Verð</th><th>≤ 64K tákn</th><th>&gt; 64K tákn</th></tr>"
             "<tr><td>CometAPI</td><td>$3/M</td><td>$6/M</td></tr>"
             "<tr><td>Official price</td><td>$3.75/M</td><td>$7.5/M</td></tr></table>")
    prices = _prices(_page("is", "<p>Spjalllíkan.</p>", table), "is", "chat-n")
    assert [p for p in prices if p[0] == "output"] == []


def test_columns_of_one_price_in_two_units_are_no_tiers():
    table = ("<table><tr><th>Tegund</th><th>per 1K tokens</th><th>per 1M tokens</th></tr>"
             "<tr><td>Inntak</td><td>$0.002</td><td>$2</td></tr></table>")
    prices = _prices(_page("is", "<p>Spjalllíkan.</p>", table), "is", "chat-p")
    assert all(tier is None for *_rest, tier in prices)


def test_a_table_comparing_models_is_no_table_of_tiers():
    table = ("<table><tr><th>Tegund</th><th>Gemini 2.5 Pro</th><th>Gemini 2.5 Flash</th></tr>"
             "<tr><td>Inntak</td><td>$1.25/M</td><td>$0.3/M</td></tr></table>")
    prices = _prices(_page("is", "<p>Spjalllíkan.</p>", table), "is", "chat-s")
    assert all(tier is None for *_rest, tier in prices)


@pytest.mark.parametrize(("labels", "tiers"), [
    # kind, then tier after a comma: the tiers share one figure, one side read as a bound
    (["Inntak, allt að 64K táknum", "Úttak, allt að 64K táknum", "Inntak, yfir 64 þúsundum",
      "Úttak, yfir 64 þúsundum"], ["allt að 64K táknum", "yfir 64 þúsundum"]),
    # the tier in brackets after the kind
    (["Inntak (≤ 32K)", "Úttak (≤ 32K)", "Inntak (> 32K)", "Úttak (> 32K)"],
     ["≤ 32K", "> 32K"]),
])
def test_labels_pairing_each_kind_with_each_tier_are_tiers(labels, tiers):
    """Four lines outside any table, each a label element and a figure: every pairing of two
    words with two tiers, once each. The words are input and output by their order."""
    figures = ["$1/M", "$4/M", "$2/M", "$8/M"]
    body = "".join(f"<div><span>{a}</span><span>{b}</span></div>"
                   for a, b in zip(labels, figures, strict=True))
    got = _prices(_page("is", "<p>Spjalllíkan.</p>", body), "is", "chat-r")
    assert got == [("input", Decimal(1), None, tiers[0]), ("input", Decimal(2), None, tiers[1]),
                   ("output", Decimal(4), None, tiers[0]), ("output", Decimal(8), None, tiers[1])]


def test_labels_pairing_kinds_with_whose_price_are_no_tiers():
    body = "".join(f"<div><span>{a}</span><span>{b}</span></div>" for a, b in [
        ("Inntak (CometAPI)", "$2/M"), ("Úttak (CometAPI)", "$8/M"),
        ("Inntak (opinbert)", "$2.5/M"), ("Úttak (opinbert)", "$10/M")])
    got = _prices(_page("is", "<p>Spjalllíkan.</p>", body), "is", "chat-q")
    assert all(tier is None for *_rest, tier in got)


def test_a_resolution_grid_keeps_its_rows_as_the_tiers_not_the_column_word():
    """A grid of divs in the header, "Upplausn | Gjald á sekúndu" over "720p | $0.05": the tier
    is the row's resolution; the column's word is what the figures are, never a tier."""
    header = ("<div><div><div>Upplausn</div><div>Gjald</div></div>"
              "<div><div>720p</div><div>$0.05</div></div>"
              "<div><div>1080p</div><div>$0.09</div></div></div>")
    html = _page("is", header, "<p>Billing is per second of generated video.</p>")
    got = _prices(html, "is", "clip-q")
    assert [tier for *_rest, tier in got] == ["720p", "1080p"]


def test_a_unit_the_header_states_is_the_unit_of_each_cell_of_several_pairs():
    """"Comet price (USD / 1K tokens)" over "Input:$0.002 Output:$0.008" and "Official price (USD
    / 1K tokens)" over "Input:$0.0025 Output:$0.01": every figure is per thousand tokens, the
    official ones too ($2.50 and $10 per million), not only the header's own."""
    header = "<p>Input:$0.002/1K</p><p>Output:$0.008/1K</p>"
    table = ("<table><tr><th>Comet price (USD / 1K tokens)</th>"
             "<th>Official price (USD / 1K tokens)</th><th>Discount</th></tr>"
             "<tr><td>Input:$0.002<br>Output:$0.008</td><td>Input:$0.0025<br>Output:$0.01</td>"
             "<td>-20%</td></tr></table>")
    assert _prices(_page("en", header, table), "en", "vela-4") == [
        ("input", Decimal("2"), Decimal("2.5"), None),
        ("output", Decimal("8"), Decimal("10"), None)]


def test_a_row_label_that_states_a_unit_is_the_kind_of_its_figures():
    """"Per second of generated speech | $0.008 | $0.01 | -20%" under "Billing | CometAPI |
    Official | Discount": the row's label states the unit (a "per" word and a second), so its
    figures are per second, with their official price, whatever the page's language."""
    table = ("<table><tr><th>Billing</th><th>CometAPI</th><th>Official</th><th>Discount</th></tr>"
             "<tr><td>Per second of generated speech</td><td>$0.008</td><td>$0.01</td>"
             "<td>-20%</td></tr></table>")
    html = _page("is", "<div><span>Á sekúndu:</span><span>$0.008</span></div>", table)
    assert _prices(html, "is", "voice-s") == [
        ("per_second", Decimal("0.008"), Decimal("0.01"), None)]


def test_a_tier_table_with_official_columns_gives_each_tier_its_official_prices():
    """Tiers as rows under "Lengd | CometAPI, inntak | CometAPI, úttak | Opinbert, inntak |
    Opinbert, úttak": each tier's official figures are its own prices' official ones, paired
    by the kind each column names (or by place), never dropped because there are two."""
    table = ("<table><tr><th>Lengd</th><th>CometAPI (in)</th><th>CometAPI (out)</th>"
             "<th>Official (in)</th><th>Official (out)</th></tr>"
             "<tr><td>≤ 64K tákn</td><td>$2/M</td><td>$8/M</td><td>$2.5/M</td><td>$10/M</td></tr>"
             "<tr><td>&gt; 64K tákn</td><td>$4/M</td><td>$12/M</td><td>$5/M</td><td>$15/M</td>"
             "</tr></table>")
    got = _prices(_page("is", "<p>Spjalllíkan.</p>", table), "is", "chat-w")
    assert got == [
        ("input", Decimal(2), Decimal("2.5"), "≤ 64K tákn"),
        ("input", Decimal(4), Decimal(5), "> 64K tákn"),
        ("output", Decimal(8), Decimal(10), "≤ 64K tákn"),
        ("output", Decimal(12), Decimal(15), "> 64K tákn")]


@pytest.mark.parametrize("span", ["08:00–20:00", "8.00 - 20.00"])
def test_rows_labelled_by_hours_of_the_day_are_tiers(span):
    """"Dagur (08:00–20:00) | $0.3/M | $1.2/M" and "Nótt (20:00–08:00) | …" in a grid of divs:
    a span of the clock is a tier by its shape, whatever the words around it, so each row is a
    tier of the input and output prices."""
    night = "20:00–08:00" if ":" in span else "20.00 - 8.00"
    grid = "".join(f"<div><div>{a}</div><div>{b}</div><div>{c}</div></div>" for a, b, c in [
        ("Tími", "Inntak", "Úttak"), (f"Dagur ({span})", "$0.3/M", "$1.2/M"),
        (f"Nótt ({night})", "$0.15/M", "$0.6/M")])
    got = _prices(_page("is", "<p>Spjalllíkan.</p>", grid), "is", "chat-d")
    assert got == [
        ("input", Decimal("0.15"), None, f"Nótt ({night})"),
        ("input", Decimal("0.3"), None, f"Dagur ({span})"),
        ("output", Decimal("0.6"), None, f"Nótt ({night})"),
        ("output", Decimal("1.2"), None, f"Dagur ({span})")]


def test_tier_rows_drawn_as_lines_of_spans_give_one_price_per_tier_and_kind():
    """"Lengd | Inntak | Úttak" over "allt að 16K tákn | $1/M | $4/M" and "16K–64K tákn | …",
    each row a line of spans (no table, no cell of its own): the rows are tiers by their
    labels' sizes, the columns input and output."""
    grid = "".join(f"<div><span>{a}</span><span>{b}</span><span>{c}</span></div>"
                   for a, b, c in [("Lengd", "Inntak", "Úttak"),
                                   ("allt að 16K tákn", "$1/M", "$4/M"),
                                   ("16K–64K tákn", "$2/M", "$8/M")])
    got = _prices(_page("is", "<p>Spjalllíkan.</p>", grid), "is", "chat-r")
    assert got == [("input", Decimal(1), None, "allt að 16K tákn"),
                   ("input", Decimal(2), None, "16K–64K tákn"),
                   ("output", Decimal(4), None, "allt að 16K tákn"),
                   ("output", Decimal(8), None, "16K–64K tákn")]


def test_a_list_of_resolutions_takes_its_kind_from_the_heading_that_states_a_unit():
    """A heading "Verð á sekúndu" (a second, in the page's language by CLDR) over list items
    "480p $0.03" and "720p $0.06": the heading governs the figures under it, so each is a
    per-second price of its resolution."""
    body = ("<h3>Verð á sekúndu</h3><ul><li><span>480p</span> <b>$0.03</b></li>"
            "<li><span>720p</span> <b>$0.06</b></li></ul>")
    got = _prices(_page("is", "<p>Myndbandslíkan.</p>", body), "is", "clip-l")
    assert got == [("per_second", Decimal("0.03"), None, "480p"),
                   ("per_second", Decimal("0.06"), None, "720p")]


def test_a_tier_row_whose_label_states_the_unit_has_the_resolution_as_its_tier():
    """"480p á sekúndu | $0.03" as lines of spans: the label is a resolution and a unit; the
    tier is the resolution, as it is for the same label in the header, so the two are one."""
    lines = ("<div><span>480p á sekúndu</span><span>$0.03</span></div>"
             "<div><span>720p á sekúndu</span><span>$0.06</span></div>")
    got = _prices(_page("is", lines, "<p>Myndbandslíkan.</p>"), "is", "clip-m")
    assert got == [("per_second", Decimal("0.03"), None, "480p"),
                   ("per_second", Decimal("0.06"), None, "720p")]


def test_tiers_written_as_sections_give_one_price_per_tier_and_kind():
    """A tier's label on a line of its own ("≤ 64K tákn") over "Inntak $3/M" and "Úttak $15/M",
    then the next tier's over the same labels: sections side by side are a table whose
    columns are the tiers."""
    body = "".join(
        f"<div><b>{tier}</b><div><span>Inntak</span><span>{a}</span></div>"
        f"<div><span>Úttak</span><span>{b}</span></div></div>"
        for tier, a, b in [("≤ 64K tákn", "$3/M", "$15/M"), ("&gt; 64K tákn", "$6/M", "$22.5/M")])
    got = _prices(_page("is", "<p>Spjalllíkan.</p>", body), "is", "chat-s")
    assert got == [
        ("input", Decimal(3), None, "≤ 64K tákn"), ("input", Decimal(6), None, "> 64K tákn"),
        ("output", Decimal(15), None, "≤ 64K tákn"),
        ("output", Decimal("22.5"), None, "> 64K tákn")]


def test_sections_with_different_labels_are_no_table_of_tiers():
    """Two tier labels over lines of different labels are no table: no tier is read."""
    body = ("<div><b>≤ 64K tákn</b><div><span>Inntak</span><span>$3/M</span></div></div>"
            "<div><b>&gt; 64K tákn</b><div><span>Úttak</span><span>$15/M</span></div></div>")
    got = _prices(_page("is", "<p>Spjalllíkan.</p>", body), "is", "chat-u")
    assert all(tier is None for *_rest, tier in got)


def test_a_bare_percentage_row_under_an_unknown_word_is_the_discount_not_a_header():
    """A definition list "CometAPI | $0.04", "Official price | $0.05", "Kuderedza | 20%": the
    last row, a word no vocabulary knows over a bare percentage, is no header naming the price;
    the one price keeps its official figure, and the percentage is the discount."""
    html = ('<html lang="sn"><body><nav>CometAPI</nav><h1>Toni 3</h1>'
            "<div><span>Zuva rimwe:</span><span>$0.04</span></div><p>Toni 3 inogadzira.</p>"
            "<h2>Mutengo</h2><dl><dt>CometAPI</dt><dd>$0.04</dd><dt>Official price</dt>"
            "<dd>$0.05</dd><dt>Kuderedza</dt><dd>20%</dd></dl></body></html>")
    record = read_and_normalize(html, "https://www.cometapi.com/sn/models/acme/toni-3/",
                                today=TODAY).record
    assert [(p.usd, p.official_usd) for p in record.prices] == [
        (Decimal("0.04"), Decimal("0.05"))]
    assert record.discount_pct == 20


def test_a_price_table_drawn_as_lines_of_spans_gives_the_official_price_and_discount():
    """"CometAPI price (USD / second) | Official price (USD / second) | Discount" over "$0.008 |
    $0.01 | -20%", each row a line of spans (no table markup): the column words place each
    figure as a table's would."""
    header = "<div><span>Per second:</span><span>$0.008</span></div>"
    grid = ("<div><span>CometAPI price (USD / second)</span> <span>Official price (USD / second)"
            "</span> <span>Discount</span></div>"
            "<div><span>$0.008</span> <span>$0.01</span> <span>-20%</span></div>")
    html = _page("en", header, grid)
    record = read_and_normalize(html, "https://www.cometapi.com/en/models/acme/voice-t/",
                                today=TODAY).record
    assert [(p.kind, p.usd, p.official_usd) for p in record.prices] == [
        ("per_second", Decimal("0.008"), Decimal("0.01"))]
    assert record.discount_pct == 20


def test_one_line_of_spans_under_words_that_name_no_official_price_is_no_table():
    """"Action | Queue | CometAPI price" over one line "Upscale (four images) | fast | $0.05":
    a row of what is done, not a price table's row of this model's prices; nothing is added
    to the header's one price."""
    header = "<div><span>Per request:</span><span>$0.05</span></div>"
    grid = ("<div><span>Action</span><span>Queue</span><span>CometAPI price</span></div>"
            "<div><span>Upscale (four images)</span><span>fast</span><span>$0.05</span></div>")
    got = _prices(_page("en", header, grid), "en", "draw-u")
    assert got == [("per_request", Decimal("0.05"), None, None)]


def test_column_words_over_the_figures_only_name_those_columns():
    """"CometAPI | Official price" over "Input | $0.1/M | $0.125/M" and "Output | …", lines of
    spans: the column words name the figures' columns, the label column has none."""
    header = "<div><span>Input:</span><span>$0.1/M</span></div>" \
             "<div><span>Output:</span><span>$0.4/M</span></div>"
    grid = "".join(f"<div><span>{a}</span> <span>{b}</span> <span>{c}</span></div>"
                   for a, b, c in [("Input", "$0.1/M", "$0.125/M"), ("Output", "$0.4/M", "$0.5/M")])
    grid = "<div><span>CometAPI</span> <span>Official price</span></div>" + grid
    got = _prices(_page("en", header, grid), "en", "chat-c")
    assert got == [("input", Decimal("0.1"), Decimal("0.125"), None),
                   ("output", Decimal("0.4"), Decimal("0.5"), None)]


def test_one_line_of_bare_figures_under_column_words_is_a_price_tables_row():
    """"Comet (USD / sekúnda) | Opinbert (USD / sekúnda) | Afsl." over "$0.008 | $0.01 | -20%": a
    line of figures alone under column words, one named CometAPI's, the other word unknown,
    is that table's one row: the other figure is the official price."""
    header = "<div><span>Á sekúndu:</span><span>$0.008</span></div>"
    grid = ("<div><span>Comet (USD / sekúnda)</span> <span>Xyzzy (USD / sekúnda)</span> "
            "<span>Qwrt</span></div><div><span>$0.008</span> <span>$0.01</span> "
            "<span>-20%</span></div>")
    got = _prices(_page("is", header, grid), "is", "voice-v")
    assert got == [("per_second", Decimal("0.008"), Decimal("0.01"), None)]


def test_image_size_rows_whose_figures_end_in_a_slash_and_a_word_are_per_image_tiers():
    """"1024×1024 | $0.03/piksa" in divs (Tok Pisin, no vocabulary file): a slash and one
    word after a figure is its unit in the page's own word, so the cell is a figure alone; a
    width by height prices a picture. The figure is kept as written, word and all."""
    grid = "".join(f"<div><div>{size}</div><div>{price}</div></div>" for size, price in [
        ("Sais", "Prais"), ("1024×1024", "$0.03/piksa"), ("2048×2048", "$0.05/piksa")])
    html = _page("tpi", "<p>Em i save mekim piksa.</p>", f"<div>{grid}</div>")
    record = read_and_normalize(html, "https://www.cometapi.com/tpi/models/acme/img-t/",
                                today=TODAY).record
    assert sorted((p.kind, p.unit, p.usd, p.usd_text, p.tier) for p in record.prices) == [
        ("per_image", "image", Decimal("0.03"), "$0.03/piksa", "1024×1024"),
        ("per_image", "image", Decimal("0.05"), "$0.05/piksa", "2048×2048")]


def test_columns_repeating_the_sellers_labels_under_another_qualifier_are_official():
    """"Iňaw (CometAPI) | Çykaw (CometAPI) | Iňaw (Google) | Çykaw (Google)" over tier rows,
    in words no vocabulary may know: the columns the seller's name does not qualify repeat
    its columns' labels, so they are the official price's, each of the same place's kind."""
    table = ("<table><tr><th>Gjatësia</th><th>Iňaw (CometAPI)</th><th>Çykaw (CometAPI)</th>"
             "<th>Iňaw (Google)</th><th>Çykaw (Google)</th></tr>"
             "<tr><td>≤ 128K tokens</td><td>$2/M</td><td>$8/M</td><td>$2.5/M</td><td>$10/M</td>"
             "</tr><tr><td>&gt; 128K tokens</td><td>$4/M</td><td>$16/M</td><td>$5/M</td>"
             "<td>$20/M</td></tr></table>")
    assert _prices(_page("kaa", "<p>Model.</p>", table), "kaa", "chat-q") == [
        ("input", Decimal(2), Decimal("2.5"), "≤ 128K tokens"),
        ("input", Decimal(4), Decimal(5), "> 128K tokens"),
        ("output", Decimal(8), Decimal(10), "≤ 128K tokens"),
        ("output", Decimal(16), Decimal(20), "> 128K tokens")]


def test_rows_with_a_cell_of_the_days_hours_are_tiers_named_by_their_label():
    """"Sa araw | 08:00–20:00 | $0.3/M | $1.2/M": a row whose label has a span of the day's
    hours in a cell of its own is the price in those hours, a tier named by its label."""
    table = ("<table><tr><th>Oras</th><th>Oras (UTC)</th><th>Input</th><th>Output</th></tr>"
             "<tr><td>Sa araw</td><td>08:00–20:00</td><td>$0.3/M</td><td>$1.2/M</td></tr>"
             "<tr><td>Sa gabi</td><td>20:00–08:00</td><td>$0.15/M</td><td>$0.6/M</td></tr>"
             "</table>")
    assert _prices(_page("ilo", "<p>Modelo.</p>", table), "ilo", "chat-h") == [
        ("input", Decimal("0.15"), None, "Sa gabi"), ("input", Decimal("0.3"), None, "Sa araw"),
        ("output", Decimal("0.6"), None, "Sa gabi"), ("output", Decimal("1.2"), None, "Sa araw")]


@pytest.mark.parametrize("lengths", [("5 s", "10 s"), ("6 seconds", "12 seconds")])
def test_clip_lengths_as_row_labels_are_tiers_of_the_columns_kind(lengths):
    """"Clip | Price per request" over "5 s | $0.50" and "10 s | $1": a figure and a time unit
    alone is a clip's length, the row a tier of the column's per-request price (not a price
    per second)."""
    rows = [("Clip", "Price per request"), (lengths[0], "$0.50"), (lengths[1], "$1")]
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    got = _prices(_page("en", "<p>A video model.</p>", table), "en", "video-q")
    assert got == [("per_request", Decimal("0.5"), None, lengths[0]),
                   ("per_request", Decimal(1), None, lengths[1])]


@pytest.mark.parametrize(("locale", "column", "lengths"), [
    ("ha", "Farashi", ("4 s", "8 s")),          # a column word no vocabulary knows
    ("sg", "Ngere", ("6 sec", "12 sec")),
])
def test_clip_lengths_under_a_column_no_file_glosses_are_per_request(locale, column, lengths):
    """Clip lengths over bare figures under a column that names no unit: a length of more than
    one second is what one request buys, so each row is a per-request tier, never a rate."""
    rows = [("Clip", column), (lengths[0], "$0.36"), (lengths[1], "$0.72")]
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    got = _prices(_page(locale, "<p>Bidiyo.</p>", table), locale, "video-r")
    assert got == [("per_request", Decimal("0.36"), None, lengths[0]),
                   ("per_request", Decimal("0.72"), None, lengths[1])]


def test_a_row_of_one_second_or_a_per_second_column_stays_a_rate():
    """"1 s" is the unit a price is charged by, and a column "per second" states the rate."""
    rows = [("Clip", "Per second"), ("5 s", "$0.05"), ("10 s", "$0.04")]
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    got = _prices(_page("en", "<p>A video model.</p>", table), "en", "video-s")
    assert got == [("per_second", Decimal("0.04"), None, "10 s"),
                   ("per_second", Decimal("0.05"), None, "5 s")]


@pytest.mark.parametrize(("grid", "locale", "expected"), [
    ([["Relax", "$0.02 / request"], ["Fast", "$0.04 / request"], ["Turbo", "$0.08 / request"]],
     "en", [("per_request", "Relax"), ("per_request", "Fast"), ("per_request", "Turbo")]),
    ([["Estándar", "$0.04 por imagen"], ["Alta", "$0.08 por imagen"]], "es",
     [("per_image", "Estándar"), ("per_image", "Alta")]),
    ([["Lento", "$0.10 / solicitud"], ["Rápido", "$0.20 / solicitud"]], "es",
     [("per_request", "Lento"), ("per_request", "Rápido")]),
    # traps: token prices under unknown labels are input and output, not modes; a label that
    # repeats another's word says whose the price is
    ([["Intrada", "$1.2/M"], ["Exida", "$6/M"]], "ie", None),
    ([["Price", "$0.0048 / minute"], ["Price OpenAI", "$0.006 / minute"]], "en", None),
])
def test_rows_of_one_unit_under_labels_of_their_own_are_modes(grid, locale, expected):
    """With no header, rows whose figures all state one unit a thing is sold by, each under a
    word no vocabulary knows, are the modes it is sold in: each label is its price's tier."""
    from scrapers.reading.tables import read_grid

    reading = read_grid(grid, locale)
    got = [(row.meaning, row.tier) for row in reading.rows] if reading else None
    assert got == expected
