"""Search snippets shown with the match highlighted, and nothing else of the text as markup.

Why a render_cell hook: the canned `search` query (site/metadata.yml) marks the match inside
its `snippet` column with two private-use characters (U+E000, U+E001) that page text never
holds. Here the whole cell is escaped first and only then are the two marks turned into
<mark>…</mark>, so scraped text (a `<script>` in a description) stays text.
"""

from __future__ import annotations

from datasette import hookimpl
from markupsafe import Markup, escape

START, END = "\ue000", "\ue001"


def highlight(value: str) -> Markup:
    """Escape ``value``, then turn the match marks into <mark> elements: marks alternate
    opening and closing, and one left open (a snippet cut inside a match) is closed."""
    out: list[str] = []
    open_mark = False
    for piece in str(escape(value)).replace(END, START).split(START):
        if out:
            out.append("</mark>" if open_mark else "<mark>")
            open_mark = not open_mark
        out.append(piece)
    if open_mark:
        out.append("</mark>")
    return Markup("".join(out))


@hookimpl
def render_cell(value, column, table):
    if table is None and column == "snippet" and isinstance(value, str) and START in value:
        return highlight(value)
    return None
