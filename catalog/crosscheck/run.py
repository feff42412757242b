"""``catalog crosscheck``: fetch each reference, match it, check it, store it.

Sources are independent: each is fetched, read, matched and checked in memory, then written
in a transaction of its own, so a reference that is unreachable, malformed, too large or names
no catalog model leaves its earlier rows (and everything else) as they were. CometAPI's own
catalog goes first: the API ids it gives the catalog's models (``gpt-4.1`` for the page
``gpt-4-1``) are then names the other references are matched by too.

Exit status: 0 every source stored, 1 some stored and some failed, 2 none stored.
"""

from __future__ import annotations

import asyncio
import os
import stat
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from catalog.crosscheck.checks import check_source
from catalog.crosscheck.fetch import DEFAULT_MAX_BYTES, fetch_reference, is_url
from catalog.crosscheck.matching import match_models
from catalog.crosscheck.references import (
    READERS,
    SOURCE_URLS,
    ReferenceFormatError,
    detect_format,
    load_json,
    read_reference,
)
from catalog.crosscheck.storage import load_facts, stored_api_ids, stored_reference, write_source

__all__ = ["CrosscheckResult", "SourceOutcome", "SourceSpec", "parse_source", "run_crosscheck"]


@dataclass(frozen=True)
class SourceSpec:
    """A reference to read: its format (None: detected from the body) and where it is."""

    name: str | None
    location: str


def parse_source(text: str) -> SourceSpec:
    """``litellm`` (its public URL), ``litellm=URL|FILE``, or a bare URL or FILE. A location
    must be an http(s) URL or a regular file: a FIFO, a device or a folder is refused here
    (reading a FIFO waits for a writer that may never come)."""
    if text in READERS:
        return SourceSpec(text, SOURCE_URLS[text])
    name, sep, location = text.partition("=")
    if sep and name in READERS and location:
        _check_location(location)
        return SourceSpec(name, location)
    if is_url(text) or Path(text).exists():
        _check_location(text)
        return SourceSpec(None, text)
    raise ValueError(f"{text!r}: give one of {', '.join(READERS)}, NAME=URL|FILE, "
                     "or an existing file or http(s) URL")


def _check_location(location: str) -> None:
    if is_url(location):
        return
    if "://" in location:
        raise ValueError(f"{location!r}: only http:// and https:// URLs are read")
    try:
        mode = os.stat(location).st_mode
    except OSError as exc:
        raise ValueError(f"{location!r}: {exc.strerror}") from None
    if not stat.S_ISREG(mode):
        raise ValueError(f"{location!r} is not a regular file (a FIFO, device or folder "
                         "is not read)")


@dataclass
class SourceOutcome:
    name: str
    location: str
    stored: bool
    line: str
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class CrosscheckResult:
    outcomes: list[SourceOutcome]

    @property
    def exit_code(self) -> int:
        stored = sum(o.stored for o in self.outcomes)
        if stored == len(self.outcomes):
            return 0
        return 1 if stored else 2

    def summary(self) -> str:
        stored = sum(o.stored for o in self.outcomes)
        return (f"crosscheck: {stored} of {len(self.outcomes)} sources stored"
                + ("" if stored == len(self.outcomes) else
                   "; the failed ones changed nothing in the catalog"))


def _order(specs: list[SourceSpec]) -> list[SourceSpec]:
    return sorted(specs, key=lambda s: 0 if s.name == "cometapi" else 1)


async def _one(db_path: Path, spec: SourceSpec, *, max_bytes: int, timeout: float,
               today: date, now: str) -> SourceOutcome:
    label = spec.name or spec.location

    def fail(why: str) -> SourceOutcome:
        return SourceOutcome(label, spec.location, False,
                             f"{label}: not stored: {why}; its earlier rows are kept")

    etag, previous = (None, [])
    if spec.name is not None:
        etag, previous = stored_reference(db_path, spec.name, spec.location)
    fetched = await fetch_reference(spec.location, etag=etag if previous else None,
                                    max_bytes=max_bytes, timeout=timeout,
                                    paged=spec.name == "cometapi")
    if fetched.error is not None:
        return fail(f"fetch failed ({fetched.error})")
    name = spec.name
    if fetched.not_modified:
        refs = previous
    else:
        try:
            data = load_json(fetched.body or b"")
            name = name or detect_format(data)
            refs = read_reference(name, data, today)
        except ReferenceFormatError as exc:
            return fail(str(exc))
    assert name is not None
    label = name
    if not refs:
        return fail("the reference lists no models")
    facts, models = load_facts(db_path)
    if name != "cometapi":
        api_ids = stored_api_ids(db_path)
        models = [replace(m, api_id=api_ids.get(m.id)) for m in models]
    match = match_models(models, refs)
    if not match.by_model:
        return fail(f"none of its {len(refs)} models matches a catalog model")
    checks = check_source(name, facts, match.by_model, match.unmatched_models)
    matched = {ref.ref_id: (model_id, rule) for model_id, (ref, rule) in match.by_model.items()}
    write_source(db_path, source=name, location=spec.location, version=fetched.version
                 if not fetched.not_modified else (etag or None), etag=fetched.etag or etag,
                 last_modified=fetched.last_modified, not_modified=fetched.not_modified,
                 now=now, refs=refs, matched=matched, unmatched=match.unmatched_refs,
                 checks=checks)
    verdicts = Counter(c.verdict for c in checks)
    rules = Counter(rule for _ref, rule in match.by_model.values())
    counts = {"entries": len(refs), "matched": len(matched), "exact": rules["exact"],
              "dated": rules["dated"], "unmatched_entries": len(refs) - len(matched),
              "unmatched_models": len(match.unmatched_models), "agrees": verdicts["agrees"],
              "differs": verdicts["differs"],
              "not_in_reference": verdicts["not_in_reference"],
              "matched_only": verdicts["matched"]}
    refused = sum(len(r.refused) for r in refs)
    version = "304, reused" if fetched.not_modified else f"version {fetched.version}"
    line = (f"{name}: {counts['entries']} entries ({version}), "
            f"{counts['matched']} matched ({counts['exact']} exact, {counts['dated']} dated), "
            f"{counts['unmatched_entries']} not in the catalog, {counts['unmatched_models']} "
            f"catalog models not in it; checks: {counts['agrees']} agree, {counts['differs']} "
            f"differ, {counts['not_in_reference']} not in reference"
            + (f", {counts['matched_only']} found with nothing to compare"
               if counts["matched_only"] else "")
            + (f"; {refused} values refused (findings)" if refused else ""))
    return SourceOutcome(name, spec.location, True, line, counts)


async def run_crosscheck(db_path: str | Path, specs: list[SourceSpec], *,
                         max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = 30.0,
                         today: date | None = None) -> CrosscheckResult:
    """Check the catalog against each reference in turn (CometAPI's own catalog first)."""
    db_path = Path(db_path)
    outcomes = []
    for spec in _order(specs):
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            outcome = await _one(db_path, spec, max_bytes=max_bytes, timeout=timeout,
                                 today=today or date.today(), now=now)
        except (ArithmeticError, ValueError, TypeError, KeyError, AttributeError,
                RecursionError) as exc:  # one reference's oddity: the others still run
            label = spec.name or spec.location
            why = (str(exc).splitlines() or [""])[0]
            outcome = SourceOutcome(label, spec.location, False,
                                    f"{label}: not stored: could not be read "
                                    f"({type(exc).__name__}: {why}); its earlier rows are kept")
        outcomes.append(outcome)
    return CrosscheckResult(outcomes)


def crosscheck(db_path: str | Path, specs: list[SourceSpec], **options: object
               ) -> CrosscheckResult:
    return asyncio.run(run_crosscheck(db_path, specs, **options))  # type: ignore[arg-type]
