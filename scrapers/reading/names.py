"""The one comparable form of a model's name, whatever the source.

A page names a model ``Gemini 2.5 Flash``, its URL ``gemini-2-5-flash``, a replacement sentence
``gpt-4.1*``; every comparison of names goes through ``slug_of`` so they meet. It belongs to no
source: the catalog (linking replacements, reading lifecycles) uses it as much as a reader.
"""

from __future__ import annotations

import re

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug_of(text: str) -> str:
    """A name in the form of a URL slug: ``Gemini 2.5 Flash`` → ``gemini-2-5-flash``,
    ``gpt-4.1*`` → ``gpt-4-1``. The one way names are compared with slugs everywhere."""
    return _NOT_SLUG.sub("-", text.lower()).strip("-")


#: a snapshot's date written after the id it is a snapshot of: year, month and day with or
#: without hyphens ("-20250514", "-2024-08-06"), or month and day alone ("-0709", "-0125"). Four
#: digits that are no month and day are a year and month ("-2411", "-2507"): a release of its
#: own ("mistral-large-2411" is not mistral-large-2407), so they stay
_SNAPSHOT_DATE = re.compile(r"-(?:(?:19|20)\d\d-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])"
                            r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$")


def undated(slug: str) -> str:
    """The id a dated snapshot id is a snapshot of: ``grok-4-0709`` → ``grok-4``,
    ``gpt-4o-2024-08-06`` → ``gpt-4o``, ``claude-3-5-haiku-20241022`` → ``claude-3-5-haiku``;
    any other id unchanged (``gpt-4o-mini``, ``codestral-2508``). On this model's page the
    snapshot is this model under its API id, not another model."""
    return _SNAPSHOT_DATE.sub("", slug)


def snapshot_of(slug: str, names: set[str] | frozenset[str]) -> bool:
    """Is ``slug`` a dated snapshot id of the model named ``names``: its undated id is one of
    them, and no name is a snapshot itself (on gpt-4o-2024-08-06's page gpt-4o-2024-05-13 is
    another snapshot)?"""
    return undated(slug) in names and all(undated(name) == name for name in names)
