"""The sources installed beside the catalog, by name: the entry points of ``comet_catalog.sources``.

A source is a package that names its ``Source`` in its own ``pyproject.toml``::

    [project.entry-points."comet_catalog.sources"]
    example = "catalog_example_source:SOURCE"

CometAPI is registered the same way, by this project's own ``pyproject.toml``. Nothing in the
project lists its sources: installing a package is what adds one, so a second source needs no
file of this repository changed (``docs/sources.md``).

The entry points are loaded once per process, all of them, because two sources must not share a
name or an id namespace (``Source.id_prefix``: they would write into each other's rows), which
only all of them together can tell. A package that fails to load is kept as a problem of its
own name: asking for another source still works, asking for it says why in one line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import EntryPoint, entry_points

from scrapers.sources.source import Source

#: the entry-point group a source package registers its ``Source`` in
ENTRY_POINT_GROUP = "comet_catalog.sources"
#: the source ``catalog scrape`` and ``catalog parse`` read without ``--source``
DEFAULT_SOURCE = "cometapi"


class SourceError(LookupError):
    """No source of that name can be used: none is installed, or its package failed to load.
    The message is one line that names the installed sources."""


@dataclass(frozen=True)
class Installed:
    """The sources loaded from the entry points, and the entry points that could not be."""

    sources: dict[str, Source] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)

    def names(self) -> list[str]:
        return sorted({*self.sources, *self.problems})


def load_sources(points: Iterable[EntryPoint]) -> Installed:
    """Each entry point's ``Source``, checked: its object is a ``Source`` under the entry
    point's own name, and no two share a name or an id namespace (the later is refused)."""
    installed = Installed()
    by_prefix: dict[str, str] = {}
    for point in sorted(points, key=lambda p: (p.name != DEFAULT_SOURCE, p.name, p.value)):
        try:
            source = point.load()
        except Exception as error:  # a broken package must not hide the others
            installed.problems[point.name] = (f"its package failed to load ({point.value}: "
                                              f"{type(error).__name__}: {error})")
            continue
        if not isinstance(source, Source):
            installed.problems[point.name] = f"{point.value} is not a Source"
        elif source.name != point.name:
            installed.problems[point.name] = (f"{point.value} is the source {source.name!r}, "
                                              f"registered under {point.name!r}")
        elif point.name in installed.sources:
            if installed.sources[point.name] is not source:
                installed.problems[point.name] = "two packages register a source of this name"
                del installed.sources[point.name]
        elif source.id_prefix in by_prefix:
            installed.problems[point.name] = (
                f"its id_prefix {source.id_prefix!r} is already source "
                f"{by_prefix[source.id_prefix]!r}'s")
        else:
            installed.sources[point.name] = source
            by_prefix[source.id_prefix] = point.name
    return installed


@cache
def installed() -> Installed:
    """The installed sources, loaded on first use (``forget()`` to look again)."""
    return load_sources(entry_points(group=ENTRY_POINT_GROUP))


def forget() -> None:
    """Look at the installed packages again on the next call (a package installed since)."""
    installed.cache_clear()


def source_names() -> list[str]:
    """The names of the installed sources, those that failed to load included."""
    return installed().names()


def all_sources() -> list[Source]:
    """Every installed source that loaded."""
    return list(installed().sources.values())


def source_named(name: str) -> Source:
    """The installed source called ``name``; ``SourceError`` (one line naming the installed
    sources) when there is none or its package did not load."""
    found = installed()
    if name in found.sources:
        return found.sources[name]
    names = ", ".join(found.names()) or "none"
    if name in found.problems:
        raise SourceError(f"source {name!r} cannot be used: {found.problems[name]} "
                          f"(installed sources: {names})")
    if name == DEFAULT_SOURCE:  # this project's own: its package metadata predates the group
        raise SourceError(f"no source named {name!r} is installed (installed sources: {names}):"
                          " comet-catalog's entry points are missing; reinstall it (make install"
                          " or pip install -e .)")
    raise SourceError(f"no source named {name!r} is installed (installed sources: {names}; "
                      f"a source is a package with a {ENTRY_POINT_GROUP!r} entry point)")
