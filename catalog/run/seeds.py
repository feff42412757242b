"""The lists a run starts from (its *seeds*) and whether each was read in full.

A run may call itself ``complete`` only when discovery was: a list the site publishes that was
not read (a child sitemap that answered 503, a listing page that timed out, a catalog answer
that was not JSON) hides pages, and a model whose pages hide there is not gone. So every seed
keeps one ledger: what it contributed, what could not be read (which makes the run
``partial`` and stops it marking any model missing), and notes that are not failures (a site
that publishes no listing at all). The pipeline asks the ledger, never a seed, whether
discovery was complete: one rule for the sitemaps and every other seed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: every seed, in the order the run reads them; ``catalog scrape --seeds`` chooses among them
SEEDS: tuple[str, ...] = ("sitemap", "listing", "catalog", "alternates")
#: the ledger of pages found through links on pages read (cards), counted like a seed
LINKS = "links"
#: how many unread lists a reason names before it counts the rest
NAMED = 3


def parse_seeds(text: str) -> tuple[str, ...]:
    """``"sitemap,catalog"`` → ``("sitemap", "catalog")`` in the run's order; ValueError names
    a seed that does not exist."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in SEEDS]
    if unknown or not names:
        raise ValueError(f"{', '.join(unknown) or 'nothing'} is not a seed; the seeds are "
                         + ", ".join(SEEDS))
    return tuple(seed for seed in SEEDS if seed in names)


@dataclass
class SeedLedger:
    """One seed's account of the run."""

    name: str
    enabled: bool
    #: the lists (sitemaps, listing pages, the catalog answer) read in full
    read: int = 0
    #: pages this seed queued first (a page found by two seeds counts for the first)
    pages: int = 0
    #: entries a list held (sitemap entries, catalog entries, links of listing pages)
    entries: int = 0
    #: lists that were not read, each "<url>: <why>": any makes discovery incomplete
    unread: list[str] = field(default_factory=list)
    #: what is worth saying and is no failure ("no listing at <url> (HTTP 404)")
    notes: list[str] = field(default_factory=list)

    @property
    def state(self) -> str:
        """``off`` (not enabled), ``failed`` (something not read), ``absent`` (the site
        publishes no such list), or ``read``."""
        if not self.enabled:
            return "off"
        if self.unread:
            return "failed"
        if self.read == 0 and self.notes:
            return "absent"
        return "read"

    def to_json(self) -> dict[str, Any]:
        return {"state": self.state, "read": self.read, "pages": self.pages,
                "entries": self.entries, "unread": self.unread[:50],
                "unread_count": len(self.unread), "notes": self.notes[:20]}


class Discovery:
    """The ledgers of one run's seeds."""

    def __init__(self, enabled: tuple[str, ...] = SEEDS) -> None:
        self.seeds = {name: SeedLedger(name, name in enabled) for name in SEEDS}
        # links to other models on pages read (the "More models" cards): not a seed one can
        # switch off (``follow_links``), but what it found is counted beside them
        self.seeds[LINKS] = SeedLedger(LINKS, True)

    def __getitem__(self, name: str) -> SeedLedger:
        return self.seeds[name]

    def enabled(self, name: str) -> bool:
        return self.seeds[name].enabled

    @property
    def complete(self) -> bool:
        """True when every enabled seed was read in full."""
        return not any(ledger.unread for ledger in self.seeds.values())

    def incomplete_note(self) -> str | None:
        """Why discovery was incomplete, naming the lists not read (the first few of each
        seed, then how many more), or None when it was complete."""
        parts = []
        for ledger in self.seeds.values():
            if not ledger.unread:
                continue
            named = "; ".join(ledger.unread[:NAMED])
            more = len(ledger.unread) - NAMED
            parts.append(f"{ledger.name}: {len(ledger.unread)} not read ({named}"
                         + (f"; and {more} more" if more > 0 else "") + ")")
        if not parts:
            return None
        return ("discovery incomplete, no model marked missing: " + "; ".join(parts))

    def unread_names(self) -> str:
        """The seeds that were not read in full, for a finding's detail (short, stable)."""
        return ", ".join(ledger.name for ledger in self.seeds.values() if ledger.unread)

    def to_json(self) -> dict[str, Any]:
        return {name: ledger.to_json() for name, ledger in self.seeds.items()}

    def summary(self) -> str:
        """``sitemap 41, listing 0, catalog 3 (failed), alternates off``: pages each seed
        queued first, for the run's summary line."""
        out = []
        for ledger in self.seeds.values():
            state = ledger.state
            out.append(f"{ledger.name} {'off' if state == 'off' else ledger.pages}"
                       + (f" ({state})" if state in ("failed", "absent") else ""))
        return ", ".join(out)
