"""Checks every command runs on its ``--db`` before touching it: one line and exit 64 (bad
usage: the command line names the wrong file) when the file is not a catalog (never a
traceback, never a write)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from catalog import exit_codes
from catalog.storage.identity import NotACatalogError, check_catalog

#: a command could not start: bad ``--db`` and the like (nothing written)
EXIT_NOT_A_CATALOG = exit_codes.USAGE


def require_catalog(command: str, db_path: Path, *, may_create: bool = False) -> None:
    try:
        check_catalog(db_path, may_create=may_create)
    except NotACatalogError as exc:
        click.echo(f"catalog {command}: {exc}", err=True)
        sys.exit(EXIT_NOT_A_CATALOG)
