"""Cheap keyword scans that decide where the expensive regular expressions need to look.

A model page's description is 10–20 KB of prose, and Python's regex engine walks it at roughly
20–60 ns a character for an alternation compiled with ``re.I``: a handful of such patterns cost
more than parsing the whole page. Every pattern the normaliser runs over prose contains a
keyword ("context", "token", "retire" …), and a substring search for a keyword runs at memory
speed. So the patterns run only where a keyword occurs, and not at all when none does.
These helpers never change what a pattern can find: a window always spans every character a
match containing that keyword could use (see ``keyword_windows``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# how far a window reaches either side of a keyword; every prose pattern's match around its
# keyword is far shorter (a number, a unit and a few words)
DEFAULT_RADIUS = 80
# a window edge moves this far at most to avoid cutting a word or number in two
_MAX_SNAP = 64


def mentions_any(text: str, words: Iterable[str]) -> bool:
    """True when ``text`` contains one of the lowercase ``words``, ignoring case."""
    lower = text.lower()
    return any(word in lower for word in words)


def keyword_windows(text: str, words: Iterable[str], radius: int = DEFAULT_RADIUS) -> list[str]:
    """The stretches of ``text`` within ``radius`` characters of a keyword, merged and in
    order; empty when no keyword occurs. Edges never fall inside a word or a number, so a
    pattern matched inside a window sees the same token boundaries as in the whole text.
    """
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lengthen when lowercased: no positions
        return [text] if any(word in lower for word in words) else []
    spans: list[tuple[int, int]] = []
    for word in words:
        at = lower.find(word)
        while at != -1:
            spans.append((max(0, at - radius), min(len(text), at + len(word) + radius)))
            at = lower.find(word, at + 1)
    if not spans:
        return []
    spans.sort()
    merged: list[list[int]] = [list(spans[0])]
    for start, end in spans[1:]:
        if start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [text[_snap_back(text, start):_snap_forward(text, end)] for start, end in merged]


# a run of word characters, digits and the marks inside numbers and slugs ("1,048,576", "gpt-4")
_TOKEN_RUN = re.compile(r"[\w,.\-]+")


def _snap_back(text: str, start: int) -> int:
    """Move ``start`` back to the beginning of the token it falls in (at most _MAX_SNAP)."""
    limit = max(0, start - _MAX_SNAP)
    while start > limit:
        char = text[start - 1]
        if not (char.isalnum() or char in ",._-"):
            break
        start -= 1
    return start


def _snap_forward(text: str, end: int) -> int:
    """Move ``end`` on to the end of the token it falls in (at most _MAX_SNAP)."""
    run = _TOKEN_RUN.match(text, end, min(len(text), end + _MAX_SNAP))
    return run.end() if run else end
