"""Score the reader on a blind corpus: pages fully right, fields right, per difficulty class.

A blind corpus (``tests/fixtures/blind*/``) holds model pages and what a careful person reading
each records (the format is ``tests/fixtures/blind/README.md``). This module compares the
reader's record of every page with that, field by field, and counts:

- **pages fully right**: every field, price and required finding as the person recorded it;
- **fields right**, per field over the corpus;
- **invented values**: a field the page does not state (expected null or empty) that the
  reader filled: the one kind of error a catalog must never make;
- the same per difficulty class (``expect.classes``) where the corpus names them.

Run ``python -m tests.blind_score blind4 [blind5 …]`` to print the tables (the accuracy
table of docs/reading.md is made from them); ``tests/test_blind_corpus.py`` asserts on the
same numbers.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = date(2026, 11, 28)  # the corpora's reference date (blind/README.md)
FIELDS = ("locale", "provider", "model", "name", "prices", "discount_pct", "context_window",
          "max_output_tokens", "status", "status_date", "replacements", "commercial_use")
#: fields that are filled only when the page states them (status defaults to "active")
STATED = ("prices", "discount_pct", "context_window", "max_output_tokens", "status_date",
          "replacements", "commercial_use")


def cases(corpus: str) -> dict[str, dict]:
    """Every case of one corpus as ``<corpus>/<page>.html`` → its expectation."""
    found: dict[str, dict] = {}
    for path in sorted((FIXTURES / corpus).glob("expected_*.json")):
        for name, case in json.loads(path.read_text(encoding="utf-8")).items():
            found[f"{corpus}/{name}"] = case
    return found


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9*]+", "-", text.casefold()).strip("-").rstrip("*").rstrip("-")


def _space(text: str | None) -> str | None:
    return None if text is None else re.sub(r"\s+", " ", text).strip()


def _number(value):
    return None if value is None else round(float(value), 9)


def _tier(text: str | None) -> str | None:
    """A tier label in a form two writings of it share ("≤ 200K tokens" / "≤200K tokens")."""
    if not text:
        return None
    return re.sub(r"[\s:：]+", "", unicodedata.normalize("NFKC", text).casefold())


#: an expectation written before tiers were recorded (the first three corpora) checks no tier
ANY_TIER = "*"


def _prices(prices: list[dict]) -> list[tuple]:
    rows = [(p["kind"], p["unit"], _number(p["usd"]), _number(p["official_usd"]),
             _space(p.get("usd_text")), _space(p.get("official_text")),
             _tier(p["tier"]) if "tier" in p else ANY_TIER)
            for p in prices]
    return sorted(rows, key=lambda r: tuple(str(x) for x in r))


def _same_prices(expected: list[tuple], got: list[tuple]) -> bool:
    """The same prices, where a tier label matches when one writing holds the other (the
    reader may keep "≤ 200K tokens" where the person wrote "≤ 200K")."""
    if len(expected) != len(got):
        return False
    remaining = list(got)
    for row in expected:
        match = next((g for g in remaining if g[:6] == row[:6] and (
            row[6] == ANY_TIER or g[6] == row[6]
            or (g[6] and row[6] and (g[6] in row[6] or row[6] in g[6])))), None)
        if match is None:
            return False
        remaining.remove(match)
    return True


def comparable(key: str, value):
    """The form in which two readings of a field are the same fact."""
    if key == "prices":
        return _prices(value or [])
    if key == "replacements":
        return [_slug(v) for v in value or []]
    if key == "discount_pct":
        return _number(value)
    return value


def read(name: str, case: dict) -> dict:
    """The reader's record of one page, read exactly as a scrape reads it."""
    from catalog.run.normalized_page import read_and_normalize

    html = (FIXTURES / name).read_bytes()
    outcome = read_and_normalize(html, case["url"], today=TODAY)
    if outcome.record is None:
        return {"__skipped__": outcome.skip_reason}
    return outcome.record.to_json()


def differences(name: str, case: dict) -> dict[str, tuple]:
    """Field → (expected, got) for every field the reader got wrong on one page."""
    expect = case["expect"]
    got = read(name, case)
    if "__skipped__" in got:
        return {key: (expect.get(key), None) for key in FIELDS if key in expect} | {
            "page": ("a model page", got["__skipped__"])}
    wrong: dict[str, tuple] = {}
    for key in FIELDS:
        if key not in expect:
            continue
        want, have = comparable(key, expect[key]), comparable(key, got.get(key))
        same = _same_prices(want, have) if key == "prices" else want == have
        if not same:
            wrong[key] = (want, have)
    kinds = {f["kind"] for f in got["findings"]}
    missing = [k for k in expect.get("finding_kinds", []) if k not in kinds]
    if missing:
        wrong["finding_kinds"] = (missing, sorted(kinds))
    if expect.get("summary_starts"):
        summary = _space(got.get("summary")) or ""
        if not summary.startswith(_space(expect["summary_starts"])):
            wrong["summary"] = (expect["summary_starts"], summary[:60])
    for key, fragment in (expect.get("evidence") or {}).items():
        texts = [_space(t) or "" for t in got.get("evidence", {}).get(key, [])]
        if not any(_space(fragment).casefold() in t.casefold() for t in texts):
            wrong[f"evidence.{key}"] = (fragment, [t[:100] for t in texts])
    return wrong


def invented(expect: dict, wrong: dict[str, tuple]) -> list[str]:
    """The stated-only fields the page leaves empty that the reader filled; and prices the
    reader gave that the page does not state (a price object more than expected)."""
    found = [key for key in STATED if expect.get(key) in (None, [], {}) and key in wrong]
    if "prices" in wrong and "prices" not in found:
        want, have = wrong["prices"]
        extra = len(have) > len(want) or any(
            w[3] is None and h[3] is not None for w, h in zip(want, have, strict=False))
        if extra:
            found.append("prices")
    return found


@dataclass
class Score:
    """One corpus's score."""

    corpus: str
    pages: int = 0
    pages_right: int = 0
    right: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    invented: list[str] = field(default_factory=list)
    by_class: dict[str, list[int]] = field(default_factory=dict)  # class → [right, pages]
    wrong_pages: dict[str, dict] = field(default_factory=dict)

    def lines(self) -> list[str]:
        share = 100 * self.pages_right / self.pages if self.pages else 0.0
        out = [f"{self.corpus}: {self.pages_right}/{self.pages} pages fully right "
               f"({share:.1f} %), {len(self.invented)} invented values"]
        for key in self.total:
            pct = 100 * self.right[key] / self.total[key]
            out.append(f"  {key:18} {self.right[key]:3}/{self.total[key]:3}  {pct:5.1f} %")
        for cls in sorted(self.by_class, key=lambda c: (len(c), c)):
            right, pages = self.by_class[cls]
            out.append(f"  class {cls:12} {right:3}/{pages:3} pages fully right")
        for item in self.invented:
            out.append(f"  invented: {item}")
        return out


def score(corpus: str) -> Score:
    """Read every page of ``corpus`` and count what was right."""
    result = Score(corpus)
    for name, case in cases(corpus).items():
        expect = case["expect"]
        wrong = differences(name, case)
        result.pages += 1
        if not wrong:
            result.pages_right += 1
        else:
            result.wrong_pages[name] = wrong
        for key in [*FIELDS, "finding_kinds", "summary", "evidence"]:
            present = key in expect or (key == "summary" and expect.get("summary_starts"))
            if not present:
                continue
            result.total[key] += 1
            if not any(k == key or k.startswith(f"{key}.") for k in wrong):
                result.right[key] += 1
        for key in invented(expect, wrong):
            result.invented.append(f"{name}: {key} = {wrong[key][1]!r}")
        for cls in expect.get("classes") or []:
            tally = result.by_class.setdefault(str(cls), [0, 0])
            tally[1] += 1
            tally[0] += not wrong
    return result


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    for corpus in [a for a in argv if not a.startswith("-")]:
        result = score(corpus)
        print("\n".join(result.lines()))
        if verbose:
            for name, wrong in result.wrong_pages.items():
                print(f"\n{name}")
                for key, (want, have) in wrong.items():
                    print(f"  {key}: expected {want!r}\n  {'':{len(key)}}       got {have!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
