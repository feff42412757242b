"""robots.txt policy, built from text the polite client fetched itself.

``urllib.robotparser.RobotFileParser`` is used for what it does well (splitting the file into
user-agent groups, Crawl-delay, Sitemap lines) but is never allowed to fetch anything: it would
bypass our rate limit, User-Agent, timeouts and host checks.  Its path matching is replaced by
RFC 9309 matching, because the stdlib does first-match prefix comparison without ``*`` / ``$``
wildcards, which under-reads the robots files real sites publish (``Disallow: /*?sort=``) and
gets ``Disallow: /a`` + ``Allow: /a/b`` backwards.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field
from urllib.robotparser import RobotFileParser

__all__ = ["RobotsPolicy"]

# RuleLine stores its path percent-quoted, so the wildcard characters arrive quoted.
_QUOTED_STAR = "%2A"
_QUOTED_DOLLAR = "%24"


@dataclass(frozen=True)
class _Rule:
    """One Allow/Disallow line, compiled; ``length`` is its specificity under RFC 9309."""

    allow: bool
    pattern: re.Pattern[str]
    length: int


def _compile_rule(quoted_path: str, allow: bool) -> _Rule:
    anchored = quoted_path.endswith(_QUOTED_DOLLAR)
    body = quoted_path[: -len(_QUOTED_DOLLAR)] if anchored else quoted_path
    regex = ".*".join(re.escape(part) for part in body.split(_QUOTED_STAR))
    return _Rule(allow=allow, pattern=re.compile(regex + ("$" if anchored else "")),
                 length=len(quoted_path))


def _quoted_target(url: str) -> str:
    """Normalise a URL to the quoted path+query form RuleLine paths are stored in."""
    parsed = urllib.parse.urlparse(urllib.parse.unquote(url))
    target = urllib.parse.urlunparse(("", "", parsed.path, parsed.params, parsed.query, ""))
    return urllib.parse.quote(target) or "/"


@dataclass
class RobotsPolicy:
    """What one host's robots.txt lets ``user_agent`` do.

    ``problem`` is set when the file could not be read (5xx, network failure): the policy then
    allows everything, as the project decided, but the caller can report the problem.
    """

    user_agent: str
    rules: tuple[_Rule, ...] = ()
    crawl_delay: float | None = None
    sitemaps: list[str] = field(default_factory=list)
    problem: str | None = None

    @classmethod
    def from_text(cls, text: str, user_agent: str) -> RobotsPolicy:
        """Parse robots.txt ``text`` and keep the group that applies to ``user_agent``."""
        parser = RobotFileParser()
        parser.parse(text.lstrip("\ufeff").splitlines())
        entry = next((e for e in parser.entries if e.applies_to(user_agent)), None)
        if entry is None:
            entry = parser.default_entry
        rules: tuple[_Rule, ...] = ()
        if entry is not None:
            rules = tuple(_compile_rule(line.path, line.allowance) for line in entry.rulelines)
        delay = parser.crawl_delay(user_agent)
        return cls(
            user_agent=user_agent,
            rules=rules,
            crawl_delay=float(delay) if delay is not None else None,
            sitemaps=list(parser.site_maps() or []),
        )

    @classmethod
    def allow_all(cls, user_agent: str, problem: str | None = None) -> RobotsPolicy:
        """The policy for a missing (4xx) or unreadable (5xx, unreachable) robots.txt."""
        return cls(user_agent=user_agent, problem=problem)

    def allows(self, url: str) -> bool:
        """Longest matching rule wins; on a tie Allow wins; no match means allowed."""
        if not self.rules:
            return True
        target = _quoted_target(url)
        if target == "/robots.txt":
            return True
        best: _Rule | None = None
        for rule in self.rules:
            if not rule.pattern.match(target):
                continue
            if best is None or rule.length > best.length or (
                rule.length == best.length and rule.allow and not best.allow
            ):
                best = rule
        return best is None or best.allow
