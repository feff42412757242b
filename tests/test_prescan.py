"""The keyword prescan must never change what the prose patterns find, only where they look."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.lifecycle import _DEPRECATE, _LIFECYCLE_WORDS, _RETIRE
from catalog.normalize import _CONTEXT_PROSE, _OUTPUT_PROSE, _PROSE_KEYWORDS
from catalog.prescan import keyword_windows, mentions_any

PIECES = [
    "context", "Context window", "context length of", "up to", "128K", "1,048,576", "200,000",
    "tokens", "token", "output", "max output", "Maximum output of", "completion tokens", "-",
    " ", " ", " ", ". ", "\n", ",", "model", "32k", "8192", "İ", "million", "is", ":",
    "lorem ipsum dolor sit amet consectetur", "retired", "deprecated", "shut down", "EOL",
]


def test_windows_are_merged_in_order_and_never_cut_a_number():
    text = "a" * 300 + " 1,048,576 tokens context " + "b " * 200 + "context of 8K" + " z" * 300
    windows = keyword_windows(text, ("context",), radius=20)
    assert len(windows) == 2
    assert windows[0].startswith(" 1,048,576") or "1,048,576 tokens context" in windows[0]
    assert "8K" in windows[1]
    assert [m.group(0) for w in windows for m in _CONTEXT_PROSE.finditer(w)] == [
        m.group(0) for m in _CONTEXT_PROSE.finditer(text)]


def test_no_keyword_no_window_and_case_is_ignored():
    assert keyword_windows("nothing to see", ("context",)) == []
    assert keyword_windows("CONTEXT", ("context",)) == ["CONTEXT"]
    assert mentions_any("Will be Deprecated soon", ("deprecat",))
    assert not mentions_any("all good", _LIFECYCLE_WORDS)


def test_text_that_lengthens_when_lowercased_falls_back_to_the_whole_text():
    text = "İstanbul 128K context"
    assert keyword_windows(text, ("context",)) == [text]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_prose_patterns_find_the_same_matches_inside_windows(text):
    for pattern in (_CONTEXT_PROSE, _OUTPUT_PROSE):
        whole = [m.group(0) for m in pattern.finditer(text)]
        windowed = [m.group(0) for w in keyword_windows(text, _PROSE_KEYWORDS[pattern])
                    for m in pattern.finditer(w)]
        assert windowed == whole


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_lifecycle_words_cover_every_lifecycle_match(text):
    if _RETIRE.search(text) or _DEPRECATE.search(text):
        assert mentions_any(text, _LIFECYCLE_WORDS)
