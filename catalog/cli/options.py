"""Option types and shared options for every ``catalog`` command: one place that says what a
value may be.

Why: a number taken as it comes lets ``--rate -1`` remove the rate limit, ``--rate 0`` become
the default, ``--max-age -5h`` pass and ``--port 99999`` or ``--base-url not-a-url`` end in a
traceback; and one ``--db`` declared here gives every command the same help for the same
file. A value a type refuses is a usage error: one line, exit 64 (catalog.exit_codes).
``Duration`` is meant for every option given in time (``--max-age``, a run deadline, retry
budgets): ``90s``, ``20m``, ``6h``, ``7d``, ``1h30m``.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import click

from catalog.publish.serve import DEFAULT_DB, DEFAULT_PORT

F = TypeVar("F", bound=Callable[..., Any])


class PositiveFloat(click.ParamType):
    """A finite number above zero (a rate, a number of seconds): ``0`` and ``-1`` are refused,
    never read as "the default" or "no limit"."""

    name = "number"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = float(value)
        else:
            try:
                number = float(str(value).strip())
            except ValueError:
                self.fail(f"{value!r} is not a number", param, ctx)
        if not math.isfinite(number) or number <= 0:
            self.fail(f"{value!r} must be a number above 0", param, ctx)
        return number


_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])", re.IGNORECASE)
_DURATION = re.compile(r"(?:\d+(?:\.\d+)?\s*[smhd]\s*)+", re.IGNORECASE)


class Duration(click.ParamType):
    """A length of time above zero, as a ``timedelta``: ``90s``, ``20m``, ``26h``, ``7d``,
    ``1h30m``. With ``bare_unit`` a plain number counts in that unit (``--timeout 20`` is
    20 seconds); without it a unit is required (is ``--max-age 26`` minutes or hours?)."""

    name = "duration"

    def __init__(self, bare_unit: str | None = None) -> None:
        if bare_unit is not None and bare_unit not in _UNITS:
            raise ValueError(f"bare_unit must be one of {', '.join(_UNITS)}")
        self.bare_unit = bare_unit

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> timedelta:
        if isinstance(value, timedelta):
            delta = value
        else:
            text = str(value).strip()
            if self.bare_unit is not None and re.fullmatch(r"\d+(?:\.\d+)?", text):
                text += self.bare_unit
            if not _DURATION.fullmatch(text):
                example = "20, 90s, 20m" if self.bare_unit else "90s, 20m, 26h, 7d"
                self.fail(f"{value!r} is not a duration: use a number above 0 and s, m, h or d "
                          f"({example})", param, ctx)
            delta = timedelta()
            for number, unit in _DURATION_PART.findall(text):
                delta += timedelta(**{_UNITS[unit.lower()]: float(number)})
        if delta <= timedelta():
            self.fail(f"{value!r} must be longer than 0", param, ctx)
        return delta


class HttpUrl(click.ParamType):
    """An absolute ``http://`` or ``https://`` URL with a host (and a valid port, if any)."""

    name = "url"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        text = str(value).strip()
        try:
            parts = urlsplit(text)
            port_ok = parts.port is None or 0 < parts.port < 65536
        except ValueError:
            parts, port_ok = None, False
        if (parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname
                or not port_ok or any(c.isspace() for c in text)):
            self.fail(f"{value!r} is not an http(s) URL (e.g. https://www.cometapi.com)",
                      param, ctx)
        return text


class LocaleTag(click.ParamType):
    """A locale as the site writes it in URLs (``ko``, ``zh-CN``), in any case. Whether the
    site has it is only known from its sitemap: the scrape checks that (exit 64 with the list
    of the locales it lists)."""

    name = "locale"
    _SHAPE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,4})?")

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        text = str(value).strip()
        if not self._SHAPE.fullmatch(text):
            self.fail(f"{value!r} is not a locale (ko, nl, zh-CN)", param, ctx)
        return text


#: TCP ports: 0 would pick a random port nobody knows, above 65535 there are none
PORT = click.IntRange(1, 65535)


def db_option(*, help: str = "The catalog: a SQLite file made by `catalog scrape`.") -> Callable[
        [F], F]:
    """``--db PATH`` (default data/catalog.db), declared once for every command. Whether the
    file is a catalog is checked by each command before use (catalog.cli.checks)."""
    return click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                        default=DEFAULT_DB, show_default=True, help=help)


def port_option() -> Callable[[F], F]:
    """``--port N``: the default comes from ``$PORT`` (hosting platforms set it) and is checked
    like a typed value, so ``PORT=abc`` is one line too."""
    return click.option("--port", type=PORT, default=lambda: os.environ.get("PORT")
                        or str(DEFAULT_PORT), show_default="$PORT or 8001",
                        help="Port to listen on (1-65535).")


class SourceName(click.ParamType):
    """The name of an installed source (``scrapers.sources.registry``), converted to the
    ``Source``: a name no package registers is one line that lists the installed ones."""

    name = "source"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        from scrapers.sources.registry import SourceError, source_named
        from scrapers.sources.source import Source

        if isinstance(value, Source):
            return value
        try:
            return source_named(str(value).strip())
        except SourceError as exc:
            self.fail(str(exc), param, ctx)


def source_option(command: str) -> Callable[[F], F]:
    """``--source NAME``: which installed source ``catalog <command>`` reads (default
    cometapi), declared once for the commands that read a site's pages."""
    from scrapers.sources.registry import DEFAULT_SOURCE

    return click.option("--source", type=SourceName(), default=DEFAULT_SOURCE,
                        show_default=True,
                        help=f"The source whose pages {command} reads: the name of an installed "
                             "source package (docs/sources.md).")


class SeedList(click.ParamType):
    """``sitemap,listing,catalog,alternates`` or any of them (``catalog.run.seeds``)."""

    name = "seeds"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> tuple[str, ...]:
        if isinstance(value, tuple):
            return value
        from catalog.run.seeds import parse_seeds

        try:
            return parse_seeds(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)
