"""Does the reader read a page's meaning or its markup? Every blind page re-rendered in other
markup that says the same thing, and read again: a page whose reading changes depends on
markup that was never part of what it says.

    python -m bench.markup_invariance            # counts per rewrite
    python -m bench.markup_invariance -v         # and each page that reads differently

The rewrites keep every word and its order and change only what a browser user cannot see
or would not read as meaning:

- ``no-attributes``: every ``class``, ``id`` and ``data-*`` attribute removed (the reader must
  never lean on a class name);
- ``other-tags``: paragraphs, spans and list items written as ``div``, ``font`` and ``div``
  (block for block, inline for inline);
- ``wrapped``: the body's content inside three more nested elements;
- ``aria-grid``: every table written as ``div`` elements with the ARIA roles of a table
  (``role=table``, ``row``, ``columnheader``, ``cell``): the same table to assistive tools;
- ``tables-as-divs``: every table written as a grid of ``div`` rows of ``span`` cells, as
  pages built without tables draw them (the rows and the header's words stay; what a cell
  is, only the spacing shows).

Numbers are rewritten too, in the digits of other scripts (full width, Arabic-Indic,
Devanagari, Thai): prices, grouped figures and ``128K`` sizes, not the digits of a model's
name. There the values read (prices, discount, sizes, status, date) must stay the same, while
the text as written (``usd_text``) changes with the page.

The four rewrites that keep every cue of structure are asserted to change nothing
(``tests/test_markup_invariance.py``); ``tables-as-divs`` is a measure to watch: it also loses
what a table's layout says (a cell holding several lines reads as lines of its own), so part
of what it counts is the rewrite's, not the reader's.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable

from bench.reader_snapshot import TODAY, fixture_pages

_ATTRIBUTES = re.compile(r"""\s(?:class|id|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""")
_TAGS = {"p": "div", "span": "font", "li": "div", "ul": "div", "ol": "div"}
_TAG = re.compile(r"<(/?)(" + "|".join(_TAGS) + r")(?=[\s>/])", re.IGNORECASE)


def no_attributes(html: str) -> str:
    return _ATTRIBUTES.sub("", html)


def other_tags(html: str) -> str:
    return _TAG.sub(lambda m: f"<{m.group(1)}{_TAGS[m.group(2).lower()]}", html)


def wrapped(html: str) -> str:
    html = re.sub(r"(<body[^>]*>)", r"\1<div><section><div>", html, count=1, flags=re.I)
    return re.sub(r"(</body>)", r"</div></section></div>\1", html, count=1, flags=re.I)


_TABLE_TAGS = re.compile(r"<(/?)(table|thead|tbody|tfoot|tr|td|th|caption)\b[^>]*>", re.I)
_AS_DIV = {"table": "div", "tr": "div", "caption": "div", "td": "span", "th": "span"}


def tables_as_divs(html: str) -> str:
    def tag(m: re.Match[str]) -> str:
        name = _AS_DIV.get(m.group(2).lower())
        if name is None:
            return ""
        return f"<{m.group(1)}{name}>" + (" " if m.group(1) and name == "span" else "")
    return _TABLE_TAGS.sub(tag, html)


_ROLES = {"table": "table", "tr": "row", "td": "cell", "th": "columnheader",
          "caption": "caption"}


def aria_grid(html: str) -> str:
    def tag(m: re.Match[str]) -> str:
        role = _ROLES.get(m.group(2).lower())
        if role is None:
            return ""
        return "</div>" if m.group(1) else f'<div role="{role}">'
    return _TABLE_TAGS.sub(tag, html)


REWRITES: dict[str, Callable[[str], str]] = {
    "no-attributes": no_attributes, "other-tags": other_tags, "wrapped": wrapped,
    "aria-grid": aria_grid, "tables-as-divs": tables_as_divs}


#: the digit zero of each script the numbers are rewritten in
DIGIT_SCRIPTS = {"full-width": 0xFF10, "arabic-indic": 0x0660, "devanagari": 0x0966,
                 "thai": 0x0E50}
_TEXT = re.compile(r">([^<]+)<")
#: a price's figure, a grouped figure, a figure before K or M: never a name's digits ("4.1")
_FIGURE = re.compile(r"(?<=\$)\d[\d,.]*|(?<![\w.,])\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\w)"
                     r"|(?<![\w.,])\d+(?=[KM]\b)")


def digits_in(html: str, zero: int) -> str:
    """``html`` with its figures' digits written in the script whose zero is ``zero``."""
    def figure(m: re.Match[str]) -> str:
        return "".join(chr(zero + int(ch)) if ch.isdigit() else ch for ch in m.group(0))
    at = html.find("<body")  # the head's title and metadata stay as they are
    head, body = (html[:at], html[at:]) if at != -1 else ("", html)
    return head + _TEXT.sub(lambda m: ">" + _FIGURE.sub(figure, m.group(1)) + "<", body)


def values(record: dict) -> dict:
    """What a reading says, without the text as written: the prices' kinds, units and
    amounts, the discount, the sizes, the lifecycle and commercial use."""
    if "skipped" in record:
        return record
    prices = sorted((p["kind"], p["unit"], str(p["usd"]), str(p["official_usd"]))
                    for p in record["prices"])
    return {"prices": prices, **{key: record.get(key) for key in (
        "discount_pct", "context_window", "max_output_tokens", "status", "status_date",
        "commercial_use")}}


def reading(body: bytes, url: str) -> dict:
    """The parts of a page's reading a user sees (the record without its evidence text,
    which quotes the page and so may change with whitespace)."""
    from catalog.run.normalized_page import read_and_normalize

    outcome = read_and_normalize(body, url, TODAY, "text/html")
    if outcome.record is None:
        return {"skipped": outcome.skip_reason}
    record = outcome.record.to_json()
    record.pop("evidence", None)
    record["findings"] = sorted({f["kind"] for f in record.get("findings") or []})
    return record


def differences(a: dict, b: dict) -> list[str]:
    return sorted(key for key in a.keys() | b.keys() if a.get(key) != b.get(key))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    pages = [(name, url, body) for name, url, body in fixture_pages()
             if "/blind" in name]
    changed: dict[str, list[tuple[str, list[str]]]] = {name: [] for name in REWRITES}
    for name, url, body in pages:
        before = reading(body, url)
        html = body.decode("utf-8")
        for rewrite, change in REWRITES.items():
            after = reading(change(html).encode("utf-8"), url)
            if after != before:
                changed[rewrite].append((name, differences(before, after)))
    for script, zero in DIGIT_SCRIPTS.items():
        name_of = f"digits-{script}"
        changed[name_of] = []
        for name, url, body in pages:
            after = values(reading(digits_in(body.decode("utf-8"), zero).encode("utf-8"), url))
            before = values(reading(body, url))
            if after != before:
                changed[name_of].append((name, differences(before, after)))
    print(json.dumps({rewrite: len(found) for rewrite, found in changed.items()}
                     | {"pages": len(pages)}))
    if args.verbose:
        for rewrite, found in changed.items():
            for name, fields in found:
                print(f"{rewrite}: {name}: {', '.join(fields)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
