"""`catalog serve` and `catalog site`: thin click commands over catalog.publish.serve and
catalog.publish.site.

Standalone commands so the main `catalog` group only has to `cli.add_command(serve)` and
`cli.add_command(site)`; all the behaviour lives in the library modules, where tests call it.
"""

from __future__ import annotations

import socket
import sqlite3
import sys
from pathlib import Path

import click

from catalog import exit_codes
from catalog.cli.checks import fail, require_catalog
from catalog.cli.options import HttpUrl, db_option, port_option
from catalog.publish import serve as serving


@click.command("serve")
@db_option()
@click.option("--host", default=serving.DEFAULT_HOST, show_default=True, help="Address to bind.")
@port_option()
@click.option(
    "--site-dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="A static site built by `catalog site`, served at /site/ and linked from the index.",
)
@click.option(
    "--get",
    "get_path",
    metavar="PATH",
    default=None,
    help="Print the response to PATH (e.g. /catalog/models.json; the leading / may be left "
    "out) and exit: 0 if HTTP 200, else 1.",
)
@click.option(
    "--public",
    is_flag=True,
    help="For a server anyone can reach: no arbitrary SQL (canned queries only), tighter time "
    "and row limits, no introspection pages (/-/databases and the like).",
)
def serve(db_path: Path, host: str, port: int, site_dir: Path | None, get_path: str | None,
          public: bool) -> None:
    """Browse the catalog with Datasette, read-only, at http://HOST:PORT/: each request sees
    the newest committed run, no restart needed."""
    require_catalog("serve", db_path)
    _ensure_search(db_path)
    ds = serving.build_datasette(db_path, static_site=site_dir, public=public)
    if get_path is not None:
        status, body = serving.get(ds, serving.request_path(get_path))
        click.echo(body)
        sys.exit(0 if status == 200 else 1)
    problem = _cannot_listen(host, port)
    if problem:
        # uvicorn would log it and exit 3, which means "locked" to a scheduler
        fail("serve", f"cannot listen on {host}:{port}: {problem}", exit_codes.USAGE)
    click.echo(f"Serving {db_path} at http://{host}:{port}/", err=True)
    serving.serve(ds, host=host, port=port)


def _cannot_listen(host: str, port: int) -> str | None:
    """Why the server could not listen on host:port (in use, no such address), or None."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(infos[0][4])
    except OSError as error:
        return error.strerror or str(error)
    return None


def _ensure_search(db_path: Path) -> None:
    """Build the page search indexes if the scrape that made `db_path` did not.

    Datasette opens the file read-only, so this is the last moment it can be written.
    """
    from catalog.storage.migrations import MigrationError
    from catalog.storage.search_index import ensure_search_index, has_search_index
    from catalog.storage.store import Store
    from catalog.storage.summaries import ensure_summaries

    try:
        Store(db_path).close()  # an earlier version's catalog migrated: search reads new columns
    except (sqlite3.Error, MigrationError) as error:
        click.echo(f"warning: could not migrate the catalog: {error}", err=True)
    try:
        ensure_summaries(db_path)  # a catalog an earlier version wrote has none yet
    except sqlite3.Error as error:
        click.echo(f"warning: could not build the summary tables: {error}", err=True)
    if has_search_index(db_path):
        return
    click.echo(f"Building the page search index in {db_path}", err=True)
    try:
        ensure_search_index(db_path)
    except sqlite3.Error as error:  # a read-only file: serve it, search will say what is wrong
        click.echo(f"warning: could not build the search index: {error}", err=True)


@click.command("site")
@db_option()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("_site"),
    show_default=True,
    help="Directory to write the site to: new, empty, or a site built before (its previous "
    "content is replaced; any other directory is refused).",
)
@click.option(
    "--base-url",
    type=HttpUrl(),
    default=None,
    help="Public URL the site will live at, e.g. https://example.org/catalog/ "
    "(adds canonical links and sitemap.xml; links stay relative).",
)
@click.option(
    "--sqljs-url",
    type=HttpUrl(),
    default=None,
    help="Load sql.js (sql-wasm.js, sql-wasm.wasm) for sql.html from this folder URL, e.g. "
    "https://cdn.jsdelivr.net/npm/sql.js@1.16.0/dist/, instead of copying the files "
    "`make install` fetched into the site.",
)
def site(db_path: Path, out_dir: Path, base_url: str | None, sqljs_url: str | None) -> None:
    """Build the static HTML site: works from file:// and on any static host."""
    from catalog.publish.site import build_site
    from catalog.publish.site_output import UnsafeOutput

    require_catalog("site", db_path)
    _ensure_search(db_path)
    try:
        pages = build_site(db_path, out_dir, base_url=base_url, sqljs_url=sqljs_url)
    except FileExistsError as error:
        fail("site", f"{error}; nothing was written", exit_codes.USAGE)
    except UnsafeOutput as error:
        fail("site", str(error), exit_codes.USAGE)
    click.echo(f"Wrote {len(pages)} pages to {out_dir}/ (open {out_dir / 'index.html'})")
