"""The sources the project knows, by name: the one line to add for a new source.

Reader processes receive a source's name, not the object (its functions are looked up again
here on the other side of the pipe), so every source must be registered under its name.
"""

from __future__ import annotations

from scrapers.sources.cometapi.source import SOURCE as COMETAPI
from scrapers.sources.source import Source

SOURCES: dict[str, Source] = {source.name: source for source in (
    COMETAPI,
)}

DEFAULT_SOURCE = COMETAPI.name


def source_named(name: str) -> Source:
    """The registered source called ``name`` (KeyError names the ones there are)."""
    try:
        return SOURCES[name]
    except KeyError:
        raise KeyError(f"no source {name!r}; there are {', '.join(sorted(SOURCES))}") from None


def register(source: Source) -> Source:
    """Add a source at run time (a test's, or a plugin's); its name must be new, and so must
    its id namespace: two sources with one ``id_prefix`` would write into each other's rows."""
    if source.name in SOURCES and SOURCES[source.name] is not source:
        raise ValueError(f"a source named {source.name!r} is already registered")
    for other in SOURCES.values():
        if other.name != source.name and other.id_prefix == source.id_prefix:
            raise ValueError(f"source {source.name!r}: its id_prefix {source.id_prefix!r} is "
                             f"already source {other.name!r}'s")
    SOURCES[source.name] = source
    return source
