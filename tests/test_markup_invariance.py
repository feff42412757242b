"""The reader reads a page's meaning, not its markup: every blind page, rewritten without its
class and id attributes, with other tag names, inside more wrappers, or with its tables as
ARIA grids, reads exactly as before (``bench/markup_invariance.py``)."""

from __future__ import annotations

import pytest

from bench.markup_invariance import REWRITES, reading
from bench.reader_snapshot import fixture_pages

PAGES = [(name, url, body) for name, url, body in fixture_pages() if "/blind" in name]
#: rewrites that keep every cue of a page's structure; "tables-as-divs" drops the table
#: semantics a cell's lines need and is measured by the bench, not asserted
FAITHFUL = ("no-attributes", "other-tags", "wrapped", "aria-grid")


@pytest.mark.parametrize("rewrite", FAITHFUL)
def test_a_rewrite_that_keeps_the_pages_meaning_keeps_its_reading(rewrite):
    change = REWRITES[rewrite]
    differ = [name for name, url, body in PAGES
              if reading(change(body.decode("utf-8")).encode("utf-8"), url)
              != reading(body, url)]
    assert len(PAGES) > 300
    assert differ == []


def test_the_rewrites_change_the_markup():
    html = ('<html><body><p class="x" id="y">A <span>b</span></p><table><tr><th>Size</th>'
            "<td>$1</td></tr></table></body></html>")
    assert 'class=' not in REWRITES["no-attributes"](html)
    assert "A <font>b</font></div>" in REWRITES["other-tags"](html)
    assert '<div role="row"><div role="columnheader">Size</div>' in REWRITES["aria-grid"](html)
    assert "<table" not in REWRITES["tables-as-divs"](html)


@pytest.mark.parametrize("script", ["full-width", "arabic-indic"])
def test_figures_in_another_scripts_digits_read_as_the_same_values(script):
    from bench.markup_invariance import DIGIT_SCRIPTS, digits_in, values

    zero = DIGIT_SCRIPTS[script]
    differ = [name for name, url, body in PAGES
              if values(reading(digits_in(body.decode("utf-8"), zero).encode("utf-8"), url))
              != values(reading(body, url))]
    assert differ == []


def test_the_digit_rewrite_spares_a_models_name():
    from bench.markup_invariance import digits_in

    assert digits_in("<body><p>GPT-4.1 costs $2.5/M, 128K, 1,047,576</p></body>", 0x0660) == (
        "<body><p>GPT-4.1 costs $٢.٥/M, ١٢٨K, ١,٠٤٧,٥٧٦</p></body>")
