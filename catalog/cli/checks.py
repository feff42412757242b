"""Checks every command runs on its ``--db`` before touching it: one line and exit 64 (bad
usage: the command line names the wrong file) when the file is not a catalog (never a
traceback, never a write). A file whose schema is not one our migrations made is refused
the same way (``catalog.storage.schema_check``), before any trigger or view of it runs.
``fail`` is how every command ends on such a problem."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from catalog import exit_codes
from catalog.storage.identity import NotACatalogError, check_catalog

#: a command could not start: bad ``--db`` and the like (nothing written)
EXIT_NOT_A_CATALOG = exit_codes.USAGE


def require_catalog(command: str, db_path: Path, *, may_create: bool = False,
                    upgrade: bool = False) -> None:
    """``upgrade``: the command opens the catalog with ``Store``, which replaces views of
    another release before anything reads them (``check_catalog``)."""
    try:
        check_catalog(db_path, may_create=may_create, upgrade=upgrade)
    except NotACatalogError as exc:
        fail(command, str(exc), EXIT_NOT_A_CATALOG)


def fail(command: str, message: str, status: int) -> NoReturn:
    """End ``catalog COMMAND`` with ``message`` as one line on stderr (never a traceback) and
    the exit status ``status`` (catalog.exit_codes)."""
    click.echo(f"catalog {command}: {message}", err=True)
    sys.exit(status)
