"""Full-text search over the pages of every locale, built once at the end of each scrape.

Why two FTS5 indexes over the same `pages` rows (SQLite 3.40):

- `pages_fts` uses `unicode61 remove_diacritics 2`: word search that ignores accents and case
  ("modele" finds "Modèle"). It backs Datasette's `?_search=` on the `pages` table.
- `pages_fts_trigram` uses `trigram`: substring search, which is what Chinese, Japanese and Korean
  need (no spaces between words, particles glued to nouns: "모델" inside "모델입니다"). It cannot
  ignore accents before SQLite 3.45 and matches nothing for queries under three characters,
  which is why the word index stays and the canned `search` query falls back to LIKE for short
  queries.

Search reads a bounded excerpt of each page (`SEARCHED_CHARS`, the first 64 KB of its name,
summary and description, through the view `pages_searched`; a longer description's first
64 KB are stored apart, `pages.description_excerpt`): a real description is 10-20 KB,
so nothing real is cut, while a hostile page of megabytes costs what 64 KB costs. FTS5's
`snippet()` reads the whole column it is asked about in one call the SQL time limit cannot
interrupt: over 60 pages of 4.4 MB read whole, one search holds a SQL thread for 54 s.

The word index is an external-content table over that view, so the text is stored once;
the trigram index is contentless and holds names and summaries of every page but, of the
descriptions, only their lines written in a script without spaces (see `_TRIGRAM_VALUES`
for why). Datasette
opens the database read-only, so nothing may be built at request time: `ensure_search_index`
creates both indexes with triggers on `pages` (so later scrapes index only the pages they write),
and the scrape calls it last (``catalog/storage/search_index.py``; this module only defines the
indexes, so the migrations and the schema check can read it without opening a catalog).
"""

from __future__ import annotations

import re

#: Columns of `pages` that are searched, in every language.
SEARCHED_COLUMNS = ("name", "summary", "description")
#: How many characters of each searched column (and of `description_unspaced`) are indexed,
#: scanned and quoted in snippets.
SEARCHED_CHARS = 65_536
#: The view the word index reads its text from: each searched column cut to SEARCHED_CHARS.
SEARCHED_VIEW = "pages_searched"
VIEW_SQL = (f"CREATE VIEW {SEARCHED_VIEW} AS SELECT rowid AS page_rowid, "
            f"substr(name, 1, {SEARCHED_CHARS}) AS name, "
            f"substr(summary, 1, {SEARCHED_CHARS}) AS summary, "
            "CASE WHEN description_excerpt IS NULL THEN description "
            "ELSE description_excerpt END AS description FROM pages")


def description_excerpt(description: str | None) -> str | None:
    """What search reads of a description longer than SEARCHED_CHARS (its beginning), stored
    in ``pages.description_excerpt``; None for every shorter one, which is read whole.

    Stored because SQLite reads a whole value to take its beginning: `substr()` of 60
    descriptions of 4.4 MB cost 0.4 s a query, and a snippet reads its text several times."""
    if description is None or len(description) <= SEARCHED_CHARS:
        return None
    return description[:SEARCHED_CHARS]

#: FTS table name -> tokenizer.
INDEXES = {
    "pages_fts": "unicode61 remove_diacritics 2",
    "pages_fts_trigram": "trigram",
}

#: Scripts written without spaces between words (kana, CJK ideographs, Hangul, Thai, Lao,
#: Khmer, Myanmar): in their running prose only a substring index finds a word.
UNSPACED_SCRIPT = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                             "\uac00-\ud7af\u1100-\u11ff\u0e00-\u0eff\u1780-\u17ff"
                             "\u1000-\u109f]")

# What the trigram index holds for a row: the name and summary of every page, and of the
# description only its lines written in such a script (`pages.description_unspaced`, made by
# `unspaced_lines` when the page is stored). A description is 10-20 KB of prose, mostly
# English even on Chinese, Japanese and Korean pages; its trigrams made the index larger than
# the pages themselves (32 of 60 MB at 1,000 pages) and its build the slowest step of a run
# (2.4 ms a page when every description went in; still 6 of the 9 s the index took at the
# end of a 10,000-page run when the description of every zh/ja/ko page went in). The word
# index finds the English words; a Chinese line keeps its neighbours on that line, so a
# mixed query ("GPT-4模型") still matches as written.
_TRIGRAM_VALUES = tuple(f"substr({{row}}.{c}, 1, {SEARCHED_CHARS})"
                        for c in ("name", "summary", "description_unspaced"))


def unspaced_lines(description: str | None) -> str | None:
    """The lines of the searched excerpt of ``description`` (its first SEARCHED_CHARS) that
    hold a character of a script written without spaces, joined by newlines, at most
    SEARCHED_CHARS; None when there are none (one regex search in C for an English
    description, which is nearly every one). Bounded, so a long Chinese description is
    stored once whole, not twice."""
    if not description:
        return None
    excerpt = description[:SEARCHED_CHARS]
    if UNSPACED_SCRIPT.search(excerpt) is None:
        return None
    lines = "\n".join(line for line in excerpt.split("\n") if UNSPACED_SCRIPT.search(line))
    return lines[:SEARCHED_CHARS]


def index_sql(name: str, tokenizer: str) -> str:
    columns = ", ".join(SEARCHED_COLUMNS)
    # the word index reads its text from `pages` through the view (stored once); the
    # trigram index holds only what it indexes, so it keeps no content of its own to read
    # back (contentless)
    content = ("content=''" if tokenizer == "trigram"
               else f"content='{SEARCHED_VIEW}', content_rowid='page_rowid'")
    return f"CREATE VIRTUAL TABLE {name} USING fts5({columns}, {content}, tokenize='{tokenizer}')"


def indexed_values(name: str, row: str) -> str:
    if INDEXES[name] == "trigram":
        return ", ".join(v.format(row=row) for v in _TRIGRAM_VALUES)
    return (f"substr({row}.name, 1, {SEARCHED_CHARS}), substr({row}.summary, 1, "
            f"{SEARCHED_CHARS}), coalesce({row}.description_excerpt, {row}.description)")


def trigger_sql(name: str) -> list[str]:
    """Triggers that keep an index in step with `pages`, row by row, inside the scrape's own
    transaction: a run that changes 1% of pages reindexes 1% of pages."""
    columns = ", ".join(SEARCHED_COLUMNS)
    delete = (f"INSERT INTO {name}({name}, rowid, {columns}) "
              f"VALUES ('delete', old.rowid, {indexed_values(name, 'old')});")
    insert = (f"INSERT INTO {name}(rowid, {columns}) "
              f"VALUES (new.rowid, {indexed_values(name, 'new')});")
    return [
        f"CREATE TRIGGER IF NOT EXISTS {name}_ai AFTER INSERT ON pages BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {name}_ad AFTER DELETE ON pages BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {name}_au AFTER UPDATE ON pages BEGIN {delete} {insert} END",
    ]


def search_index_statements() -> list[str]:
    """Every statement that makes the search indexes, their triggers and the view the word
    index reads, as this version writes them (``catalog.storage.schema_check`` compares a
    catalog's objects with them)."""
    out: list[str] = [VIEW_SQL]
    for name, tokenizer in INDEXES.items():
        out.append(index_sql(name, tokenizer))
        out.extend(t.replace(" IF NOT EXISTS", "") for t in trigger_sql(name))
    return out


def search_trigger_names() -> set[str]:
    """The names of the triggers that keep the search indexes current (any version's)."""
    return {f"{name}_{suffix}" for name in INDEXES for suffix in ("ai", "ad", "au")}
