"""Price units and price texts in languages no vocabulary file has (issue 20, round 8).

A second and a minute are named by CLDR in every language it writes units for; a unit word
after a figure's slash is read in whichever of those languages it is written
(``cldr.time_unit_named``). The pages here are our own, written before the rules: each
language picked for having no vocabulary file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from catalog.run.normalized_page import read_and_normalize
from scrapers.reading.cldr import _any_locale_time_units, time_unit_named
from scrapers.reading.vocabulary import vocabulary

TODAY = date(2026, 11, 28)


def _page(locale: str, header: str, body: str = "", extra: str = "") -> str:
    return (f'<html lang="{locale}"><body><nav>CometAPI</nav><h1>Test Model</h1>{header}'
            f"<h2>—</h2><p>{body}</p>{extra}</body></html>")


def _table(rows: list[list[str]]) -> str:
    return "<table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def _prices(locale: str, html: str) -> list[tuple]:
    outcome = read_and_normalize(html, f"https://www.cometapi.com/{locale}/models/acme/vid-1/",
                                 today=TODAY)
    return [(p.kind, p.unit, p.usd, p.official_usd, p.usd_text, p.tier)
            for p in outcome.record.prices]


@pytest.mark.parametrize(("word", "unit"), [
    ("мүнөт", "minute"),       # Kyrgyz
    ("sekundi", "second"),     # Swahili's kin (Estonian, Finnish write sekunti, sekund)
    ("წამი", "second"),        # Georgian
    ("minuto", "minute"),
    ("Sekunden", "second"),
    ("mins", "minute"),        # a minute in every language that writes it
])
def test_a_time_unit_is_named_in_any_language_cldr_writes_units_for(word, unit):
    assert time_unit_named(word) == unit


@pytest.mark.parametrize("word", [
    "time",     # an hour in Norwegian and Danish: never in the index
    "sek",      # an abbreviation: too short to trust
    "month", "mensis", "imagjin", "tokens",
])
def test_a_word_no_language_names_only_a_second_or_a_minute_by_is_no_time_unit(word):
    assert time_unit_named(word) is None


def test_the_index_of_every_locale_has_no_false_friends_among_the_vocabulary_labels():
    """No word of the index is a label the vocabulary files give another meaning."""
    index = _any_locale_time_units()
    labels = vocabulary().label_index
    units = vocabulary().unit_index
    assert len(index) > 300
    assert not [w for w in index if labels.get(w) not in (None, "per_second", "per_minute")]
    assert not [w for w, u in index.items() if units.get(w) not in (None, u)]


def test_a_header_price_with_a_kyrgyz_unit_after_its_slash_is_per_minute():
    assert vocabulary().language("ky") is None
    assert _prices("ky", _page("ky", "<div>Баасы:$0.006/мүнөт</div>")) == [
        ("per_minute", "minute", Decimal("0.006"), None, "$0.006/мүнөт", None)]


def test_a_unit_word_that_is_no_time_unit_keeps_the_price_with_no_unit():
    """"$5 / mensis" (Latin: a month) is a subscription's figure or unknown, never per time."""
    rows = _prices("la", _page("la", "", "Hoc exemplar.", _table([["Pretium"],
                                                                   ["$5 / mensis"]])))
    assert not [r for r in rows if r[0] in ("per_second", "per_minute")]


# ---- the price text as written: a slash joins a unit to its figure, spaced or not -----------

@pytest.mark.parametrize(("locale", "cells", "want"), [
    # Estonian: "sek" read as a second; the unit after a spaced slash is the figure's
    ("et", ["$0.3 / sek", "$0.4 / sek"],
     ("per_second", "second", Decimal("0.3"), Decimal("0.4"), "$0.3 / sek", None)),
    # Slovenian "minuto" (the accusative CLDR writes in "{0} na minuto")
    ("sl", ["$0.012 / minuto", "$0.015 / minuto"],
     ("per_minute", "minute", Decimal("0.012"), Decimal("0.015"), "$0.012 / minuto", None)),
])
def test_a_table_figure_keeps_its_spaced_unit_as_written(locale, cells, want):
    html = _page(locale, "", "Video.", _table([["CometAPI", "Official price"], cells]))
    assert _prices(locale, html) == [want]


def test_the_text_stops_after_the_unit_word():
    """"$0.04 / s (720p)": the bracket after the unit is no part of the figure."""
    html = _page("sk", "", "Video.", _table([["Cena CometAPI"], ["$0.04 / s (720p)"]]))
    assert [r[4] for r in _prices("sk", html)] == ["$0.04 / s"]


def test_tier_rows_of_a_time_of_day_keep_their_spaced_unit():
    """Bislama (no CLDR data): rows by time of day are tiers, each figure with its "/ s"."""
    html = _page("bi", "", "Video model.", _table([["Taem", "Praes"],
                                                     ["08:00–20:00 UTC", "$0.28 / s"],
                                                     ["20:00–08:00 UTC", "$0.20 / s"]]))
    assert sorted((r[2], r[4]) for r in _prices("bi", html)) == [
        (Decimal("0.20"), "$0.20 / s"), (Decimal("0.28"), "$0.28 / s")]


@pytest.mark.parametrize(("cells", "text"), [
    # a word no rule reads, set apart: maybe no unit at all
    (["$0.05 / inkomo", "$0.06 / inkomo"], "$0.05"),
    # the sign closes the figure; the unit is set apart
    (["0,032 $ / image", "0,04 $ / image"], "0,032 $"),
])
def test_a_word_set_apart_that_reads_as_no_unit_is_no_part_of_the_figure(cells, text):
    html = _page("zu", "", "Isithombe.", _table([["CometAPI", "Official price"], cells]))
    assert [r[4] for r in _prices("zu", html)] == [text]


def test_a_table_row_of_no_kind_on_a_page_whose_header_gives_no_price_is_kept_unknown():
    """Columns named CometAPI and official over figures whose unit no rule reads: the page's
    price all the same, of kind unknown with no unit, its official figure beside it."""
    html = _page("zu", "", "Isithombe.", _table([["CometAPI", "Official price"],
                                                  ["$0.05 / inkomo", "$0.06 / inkomo"]]))
    assert _prices("zu", html) == [("unknown", None, Decimal("0.05"), Decimal("0.06"), "$0.05",
                                    None)]


def test_a_table_row_of_no_kind_beside_a_header_price_adds_no_price():
    html = _page("zu", "<div>Intengo:$0.05</div>", "Isithombe.",
                 _table([["CometAPI", "Official price"], ["$0.07 / inkomo", "$0.09 / inkomo"]]))
    assert [r[2] for r in _prices("zu", html)] == [Decimal("0.05")]


# ---- tiers written a line each: a size, a resolution or a span of hours, then a figure ------

def test_list_items_of_image_sizes_are_tiers_whatever_their_words():
    """Hausa-labelled page (no file): "1024×1024 – $0.04" a line each, under a heading no word
    reads: one price per size, no base price beside them."""
    body = "<h2>Farashi</h2><ul><li>1024×1024 – $0.04</li><li>1792×1024 – $0.08</li></ul>"
    rows = _prices("ha", _page("ha", "", "Hoto.", body))
    assert sorted((r[2], r[5]) for r in rows) == [(Decimal("0.04"), "1024×1024"),
                                                  (Decimal("0.08"), "1792×1024")]


def test_paragraphs_of_hours_with_a_unit_are_tiers_of_that_unit():
    body = ("<p>08:00–20:00 · $0.28 / s</p><p>20:00–08:00 · $0.20 / s</p>")
    rows = _prices("ay", _page("ay", "", "Video.", body))
    assert sorted((r[0], r[2], r[4]) for r in rows) == [
        ("per_second", Decimal("0.20"), "$0.20 / s"), ("per_second", Decimal("0.28"), "$0.28 / s")]


def test_lines_of_other_models_named_before_their_figures_are_no_tiers():
    """"Kling V2.5 — $0.07 / s": a model's name is no size, bound or span: no tier, no price."""
    extra = ("<section><h2>Other models</h2><p>Kling V2.5 — $0.07 / s</p>"
             "<p>Sora 2 — $0.10 / s</p></section>")
    rows = _prices("ay", _page("ay", "<div>Sapa segundo:$0.06</div>", "Video.", extra))
    assert [(r[0], r[2], r[5]) for r in rows] == [("per_second", Decimal("0.06"), None)]


# ---- a line of labels over a line of figures, outside a table -------------------------------

def test_labels_over_figures_in_spans_pair_column_by_column():
    """Lingala (no vocabulary file): "Kokota | Kobima"
    over "$0.30/M | $1.20/M": each label with the figure under it."""
    header = ("<div><span>Kokota</span><span>Kobima</span></div>"
              "<div><span>$0.30/M</span><span>$1.20/M</span></div>")
    rows = _prices("ln", _page("ln", header))
    assert [(r[0], r[2], r[4]) for r in rows] == [("input", Decimal("0.30"), "$0.30/M"),
                                                  ("output", Decimal("1.20"), "$1.20/M")]


def test_labels_over_a_line_that_is_not_figures_alone_pair_nothing():
    """A line of badges over a sentence with a figure: no grid, no price from it."""
    header = ("<div><span>Kosalela</span><span>Mobembo</span></div>"
              "<div><span>Ezali $0.30/M</span><span>na mokolo</span></div>")
    assert _prices("ln", _page("ln", header)) == []


def test_a_header_line_of_a_label_and_figures_set_apart_by_bars_is_the_labels_first_figure():
    """Kinyarwanda (no vocabulary file), "Ibyinjira | $0.50/M | $0.40/M": the
    label's price is the first figure; the second, named by no word, is no official price."""
    header = ("<p>Ibyinjira | $0.50/M | $0.40/M</p><p>Ibisohoka | $2/M | $1.60/M</p>")
    rows = _prices("rw", _page("rw", header))
    assert [(r[0], r[2], r[3]) for r in rows] == [("input", Decimal("0.50"), None),
                                                  ("output", Decimal("2"), None)]


def test_a_bar_line_whose_first_cell_holds_a_figure_is_no_label_line():
    """"GPT-5 | $1.25/M": a model's name with a digit is no label of this page's price."""
    header = "<p>GPT-5 | $1.25/M | $10/M</p>"
    assert _prices("rw", _page("rw", header)) == []


@pytest.mark.parametrize(("locale", "header", "want"), [
    ("tpi", "Pe (USD / minit)", ("per_minute", "minute")),   # Tok Pisin: Malay's "minit"
    ("ky", "Баасы (USD / мүнөт)", ("per_minute", "minute")),
    ("zu", "Intengo (USD / inkomo)", ("unknown", None)),      # no unit read: kept, no unit
])
def test_a_unit_after_the_slash_of_a_column_header_in_any_cldr_language(locale, header, want):
    rows = _prices(locale, _page(locale, "", "Test.", _table([[header], ["$0.006"]])))
    assert [(r[0], r[1], r[2]) for r in rows] == [(*want, Decimal("0.006"))]


@pytest.mark.parametrize(("locale", "header", "want"), [
    ("srn", "<div>Prijs:$0.05 per sekonde</div>", "per_second"),    # Sranan: Dutch's word
    ("pap", "<div>Preis:$0.05 pa sekonde</div>", "per_second"),     # Papiamento
    ("tpi", "<div>Pe:$0.006 long wan minit</div>", "per_minute"),   # Tok Pisin
    ("en", "<div>Price:$0.30 for a 10-second clip</div>", "unknown"),  # a count: no unit
    ("en", "<div>Price:$0.30 for the first minute</div>", "unknown"),  # three words before
    ("la", "<div>Pretium:$5 per mensem</div>", "unknown"),          # a month is no time unit
])
def test_a_figure_ending_in_a_short_per_phrase_and_a_unit_name(locale, header, want):
    assert [r[0] for r in _prices(locale, _page(locale, header))] == [want]
