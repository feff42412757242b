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
