"""The blind corpora: model pages and expected values written apart from the reader.

``tests/fixtures/blind/`` (66 pages) was written by helpers who never read the reader's code
(see its README); ``tests/fixtures/blind2/`` (20 pages) was written later, by a helper who read
neither the reader nor the first corpus, to measure how the reader generalizes. Every page is
read exactly as the pipeline reads it, and every field compared with what a person reading the
page recorded. ``test_corpus_accuracy`` prints per-field accuracy over each corpus and asserts
100%, and that no field is filled where the page states nothing.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from catalog.run.reading import read_and_normalize

FIXTURES = Path(__file__).parent / "fixtures"
#: corpora the reader must read exactly
CORPORA = ("blind", "blind2", "blind3")
#: a corpus kept unseen (never used to change the reader), field → the floor its figures
#: must not fall below; empty today: blind3 was one until it was measured, then fixed against
#: (its unseen figures are in the README). The next corpus written goes here first.
MEASURED: dict[str, dict[str, int]] = {}
TODAY = date(2026, 11, 28)  # the corpus's reference date (its README)
FIELDS = ("locale", "provider", "model", "name", "prices", "discount_pct", "context_window",
          "max_output_tokens", "status", "status_date", "replacements", "commercial_use")
PRICE_KEYS = ("kind", "unit", "usd", "official_usd", "usd_text", "official_text")
#: fields that are filled only when the page states them (status defaults to "active")
STATED = ("prices", "discount_pct", "context_window", "max_output_tokens", "status_date",
          "replacements", "commercial_use")


def _cases() -> dict[str, dict]:
    """Every case as ``<corpus>/<page>.html``."""
    cases: dict[str, dict] = {}
    for corpus in (*CORPORA, *MEASURED):
        for path in sorted((FIXTURES / corpus).glob("expected_*.json")):
            for name, case in json.loads(path.read_text(encoding="utf-8")).items():
                cases[f"{corpus}/{name}"] = case
    return cases


CASES = _cases()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9*]+", "-", text.casefold()).strip("-").rstrip("*").rstrip("-")


def _space(text: str | None) -> str | None:
    return None if text is None else re.sub(r"\s+", " ", text).strip()


def _number(value):
    return None if value is None else round(float(value), 9)


def _prices(prices: list[dict]) -> list[tuple]:
    rows = [(p["kind"], p["unit"], _number(p["usd"]), _number(p["official_usd"]),
             _space(p.get("usd_text")), _space(p.get("official_text"))) for p in prices]
    return sorted(rows, key=lambda r: tuple(str(x) for x in r))


def comparable(key: str, value):
    """The form in which two readings of a field are the same fact."""
    if key == "prices":
        return _prices(value or [])
    if key == "replacements":
        return [_slug(v) for v in value or []]
    if key == "discount_pct":
        return _number(value)
    return value


def read(name: str) -> dict:
    case = CASES[name]
    html = (FIXTURES / name).read_bytes()
    outcome = read_and_normalize(html, case["url"], today=TODAY)
    assert outcome.record is not None, f"{name}: not read as a model page ({outcome.skip_reason})"
    return outcome.record.to_json()


def differences(name: str) -> dict[str, tuple]:
    """Field → (expected, got) for every field the reader got wrong on one page."""
    expect = CASES[name]["expect"]
    got = read(name)
    wrong: dict[str, tuple] = {}
    for key in FIELDS:
        if key in expect and comparable(key, expect[key]) != comparable(key, got.get(key)):
            wrong[key] = (comparable(key, expect[key]), comparable(key, got.get(key)))
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


@pytest.mark.parametrize("name", sorted(n for n in CASES if n.split("/")[0] in CORPORA))
def test_blind_page(name):
    assert differences(name) == {}


@pytest.mark.parametrize("corpus", [*CORPORA, *MEASURED])
def test_corpus_accuracy(capsys, corpus):
    """Per-field accuracy over one corpus, printed; nothing invented; 100% on the corpora the
    reader was fixed against, no fall below the floor on the unseen one."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    invented: list[str] = []
    names = [name for name in sorted(CASES) if name.startswith(f"{corpus}/")]
    for name in names:
        expect = CASES[name]["expect"]
        wrong = differences(name)
        for key in [*FIELDS, "finding_kinds", "summary", "evidence"]:
            present = key in expect or (key == "summary" and expect.get("summary_starts"))
            if not present:
                continue
            total[key] += 1
            if not any(k == key or k.startswith(f"{key}.") for k in wrong):
                right[key] += 1
        for key in STATED:
            empty = expect.get(key) in (None, [], {})
            if empty and key in wrong:
                invented.append(f"{name}: {key} = {wrong[key][1]!r}")
    with capsys.disabled():
        print(f"\n{corpus} corpus: {len(names)} pages")
        for key in total:
            share = 100 * right[key] / total[key]
            print(f"  {key:18} {right[key]:3}/{total[key]:3}  {share:5.1f}%")
        print(f"  invented values: {len(invented)}")
    assert not invented, invented
    if corpus in MEASURED:
        fallen = {k: (right[k], floor) for k, floor in MEASURED[corpus].items()
                  if right[k] < floor}
        assert not fallen, fallen
    else:
        assert right == total


def test_corpus_shape():
    """The first corpus is what the issue asks for: 60+ pages, 15+ languages."""
    first = {k: v for k, v in CASES.items() if k.startswith("blind/")}
    locales = {case["expect"]["locale"].split("-")[0] for case in first.values()}
    assert len(first) >= 60
    assert len(locales) >= 15
    assert {"zh", "ja", "ko", "th", "ru", "ar", "vi"} <= locales
