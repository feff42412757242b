"""Dates as English prose writes them → ISO 8601 (``YYYY-MM-DD``, or ``YYYY-MM`` for a month).

Small and strict on purpose: ``March 26, 2026``, ``26 March 2026``, ``Mar. 26th 2026``,
``2026-03-26``, ``2026/03/26``, ``26/03/2026`` when the day cannot be a month, ``July 2025``.
Ambiguous forms (``03/04/2026``) are not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b"),
    re.compile(rf"\b{_YEAR}/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.]{_YEAR}\b"),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I),
]


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int

    @property
    def as_date(self) -> date:
        parts = [int(x) for x in self.iso.split("-")]
        return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order, each once (the most precise reading wins)."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = m.groupdict()
            year = int(groups["year"])
            if groups.get("m"):
                iso = _iso(year, int(groups["m"]), int(groups["d"]))
            elif groups.get("a"):
                a, b = int(groups["a"]), int(groups["b"])
                if a > 12 >= b:
                    iso = _iso(year, b, a)
                elif b > 12 >= a:
                    iso = _iso(year, a, b)
                else:
                    iso = None  # 03/04/2026: day-month or month-day? not guessed
            else:
                month = _MONTHS[groups["month"].lower()[:3]]
                day = int(groups["day"]) if groups.get("day") else None
                iso = _iso(year, month, day)
            if iso:
                found.append(FoundDate(iso, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO, or ``None``."""
    dates = find_dates(text)
    return dates[0].iso if dates else None
