"""``catalog import-history``: a thin click command over ``catalog.storage.history_import``.

Its own module, added to the group by ``catalog.cli.commands``, so the command line stays a
list of small files.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

import click

from catalog import exit_codes
from catalog.cli.checks import fail, require_catalog
from catalog.cli.options import db_option


@click.command("import-history")
@db_option()
@click.option("--from-git", "repo", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A git repository (a full clone, not a shallow one) holding the export.")
@click.option("--path", "path", default="data/catalog.json", show_default=True,
              help="The file `catalog export` wrote, relative to the repository.")
def import_history_command(db_path: Path, repo: Path, path: str) -> None:
    """Replay every committed version of the catalog's JSON export, oldest first, into
    price_history and lifecycle_history with the commit times (a catalog whose database
    was lost gets its history back). Versions already in the catalog are skipped, so it
    can run again.

    Exit status: 0 every version replayed or already there, 1 some version or model refused
    (the rest imported), 2 git could not give the history (nothing written), 3 a scrape
    holds the catalog, 64 bad usage.
    """
    from catalog.cli.commands import _take_lock
    from catalog.storage.git_history import GitHistoryError
    from catalog.storage.history_import import import_history

    require_catalog("import-history", db_path, may_create=True)
    with ExitStack() as stack:
        _take_lock(stack, "import-history", db_path)
        try:
            result = import_history(db_path, repo, path)
        except GitHistoryError as exc:
            fail("import-history", f"{exc}; nothing was written", exit_codes.FAILED)
    click.echo(result.summary(path))
    sys.exit(result.exit_code)
