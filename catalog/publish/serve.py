"""How the catalog is served with Datasette: one place for the flags, paths and settings.

Why one place: the CLI (`catalog serve`), the tests, the browser tests and a deployment
(`datasette publish … $(…)`) must all run Datasette the same way, or a template or query that
works in one would fail in another.

The catalog is opened read-only (SQLite `mode=ro`), not immutable: a scheduled scrape commits
while the server runs, and each request must see the newest committed run without a restart.
An immutable file is assumed never to change (counts cached at start, the WAL not read), so it
would go on showing the runs it was opened with. Read-only still means no write can reach the
file: SQLite refuses it, and the `Database` here has no write path (`ReadOnlyDatabase`).

The database is always registered under the name "catalog", whatever its file is called,
because site/metadata.yml configures `databases.catalog` (tables, facets, canned queries).
"""

from __future__ import annotations

import os
import sys
import sysconfig
import threading
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from catalog.storage.connection import connect

REPO_ROOT = Path(__file__).resolve().parents[2]
DATABASE_NAME = "catalog"
DEFAULT_DB = Path("data/catalog.db")  # relative to the working directory, like `catalog scrape`
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001

#: Read-only, public-friendly settings: short SQL time limit, downloads on, no facet suggestions
#: (they run many queries per page), one-minute cache headers (a browser or proxy shows a new
#: run at most a minute after it is committed).
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 2000,
    "default_page_size": 50,
    "allow_download": True,
    "suggest_facets": False,
    "default_cache_ttl": 60,
}


#: where an installed wheel puts site/ (pyproject.toml: tool.setuptools.data-files)
INSTALLED_SITE = Path("share") / "comet-catalog" / "site"


def site_dir() -> Path:
    """The `site/` directory (metadata, templates, static files, plugins).

    `$CATALOG_SITE_DIR` overrides it; then the checkout's `site/` (an editable install, the
    tests); then the copy an installed wheel carries under its prefix, so `catalog serve` and
    `catalog site` work from a wheel too.
    """
    override = os.environ.get("CATALOG_SITE_DIR")
    if override:
        return Path(override)
    checkout = REPO_ROOT / "site"
    if (checkout / "metadata.yml").is_file():
        return checkout
    for prefix in (sys.prefix, sysconfig.get_path("data")):
        installed = Path(prefix) / INSTALLED_SITE
        if (installed / "metadata.yml").is_file():
            return installed
    return checkout  # not found: the error then names the checkout's path


def metadata_path() -> Path:
    return site_dir() / "metadata.yml"


def load_metadata() -> dict[str, Any]:
    """site/metadata.yml as a dict: Datasette's metadata and the static site's canned SQL."""
    return yaml.safe_load(metadata_path().read_text(encoding="utf-8"))


def canned_queries(metadata: Mapping[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """The canned queries of the catalog database, by name."""
    metadata = metadata if metadata is not None else load_metadata()
    return dict(metadata["databases"][DATABASE_NAME]["queries"])


def datasette_argv(
    db_path: str | Path = DEFAULT_DB,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    static_site: str | Path | None = None,
) -> list[str]:
    """The `datasette serve` command line, for a subprocess or a deployment script.

    The database name is the file's stem, so the file must be called catalog.db for the
    metadata to apply; `build_datasette` has no such restriction.
    """
    db_path = Path(db_path)
    if db_path.stem != DATABASE_NAME:
        raise ValueError(
            f"datasette names the database after the file: {db_path.name} would not match "
            f"site/metadata.yml's '{DATABASE_NAME}'; use a file called {DATABASE_NAME}.db "
            "or build_datasette()"
        )
    site = site_dir()
    argv = [
        "datasette",
        "serve",
        str(db_path),
        "-m",
        str(site / "metadata.yml"),
        "--template-dir",
        str(site / "templates"),
        "--static",
        f"static:{site / 'static'}",
        "--plugins-dir",
        str(site / "plugins"),
        "--host",
        host,
        "--port",
        str(port),
    ]
    if static_site is not None:
        argv += ["--static", f"site:{static_site}"]
    for name, directory in vendor_mounts(site):
        argv += ["--static", f"{name}:{directory}"]
    for name, value in SETTINGS.items():
        argv += ["--setting", name, _setting_text(value)]
    return argv


def vendor_mounts(site: Path) -> list[tuple[str, str]]:
    """/vendor/: the chart library's npm packages (site/vendor/node_modules, fetched by
    `make install`, git-ignored), when they are there; without them charts say so."""
    vendor = site / "vendor" / "node_modules"
    return [("vendor", str(vendor))] if vendor.is_dir() else []


def _setting_text(value: Any) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


#: the public profile: no arbitrary SQL (canned queries only), tighter limits
PUBLIC_SETTINGS: dict[str, Any] = {"sql_time_limit_ms": 1000, "max_returned_rows": 1000}


def build_datasette(
    db_path: str | Path = DEFAULT_DB,
    *,
    static_site: str | Path | None = None,
    settings: Mapping[str, Any] | None = None,
    public: bool = False,
):
    """A configured `Datasette` for the catalog at `db_path`, opened read-only: every request
    sees the newest committed run (a scrape may commit while it serves).

    `static_site`, when given, is a built static site directory mounted at /site/ (the index page
    then links to it). `settings` override SETTINGS (tests lower limits, for instance).
    `public` turns arbitrary SQL off and hides the introspection pages (site/plugins/limits.py).
    """
    from datasette.app import Datasette

    db_path = Path(db_path)
    if not db_path.exists():
        raise FileNotFoundError(f"no database at {db_path}; run `catalog scrape` first")
    site = site_dir()
    metadata = load_metadata()
    static_mounts = [("static", str(site / "static")), *vendor_mounts(site)]
    if static_site is not None:
        static_mounts.append(("site", str(static_site)))
        metadata["static_site_url"] = "/site/index.html"
    if public:
        metadata["allow_sql"] = False
        metadata.setdefault("plugins", {})["catalog-public"] = {"public": True}
        settings = {**PUBLIC_SETTINGS, **(settings or {})}
    ds = Datasette(
        files=[str(db_path)],  # (without a file Datasette would add an in-memory database)
        metadata=metadata,
        template_dir=str(site / "templates"),
        plugins_dir=str(site / "plugins"),
        static_mounts=static_mounts,
        settings={**SETTINGS, **(settings or {})},
    )
    for name in [n for n in ds.databases if n != "_internal"]:
        ds.remove_database(name)  # named after the file; served as "catalog", read-only
    ds.add_database(read_only_database_class()(ds, path=str(db_path)), name=DATABASE_NAME)
    return ds


@cache
def read_only_database_class() -> type:
    """`ReadOnlyDatabase`, defined on first use: Datasette is imported only to serve."""
    from datasette.database import Database
    from datasette.database import connections as datasette_connections

    class ReadOnlyDatabase(Database):
        """Datasette's mutable database (``mode=ro`` connections, so each query sees the last
        commit) with its write path closed: no canned query, plugin or request can write.

        A catalog rebuilt elsewhere and renamed into place (`make demo` while a server runs)
        is a new file under the same name: each thread's connection is reopened when the
        file's inode changes, so the server serves the new catalog, never the unlinked one."""

        def __init__(self, ds, path: str) -> None:
            super().__init__(ds, path=path, is_mutable=True)
            self._opened = threading.local()  # per thread: the inode its connection reads

        async def execute_fn(self, fn):
            inode = _inode(self.path)

            def on_current_file(conn):
                seen = getattr(self._opened, "inode", None)
                if seen is not None and inode is not None and seen != inode:
                    conn.close()
                    conn = self.connect()
                    self.ds._prepare_connection(conn, self.name)
                    setattr(datasette_connections, self.name, conn)
                    self._read_connection = conn if self.ds.executor is None else None
                self._opened.inode = inode
                return fn(conn)

            return await super().execute_fn(on_current_file)

        def connect(self, write: bool = False):
            """A ``mode=ro`` connection through ``read_only_uri`` (Datasette writes the path
            into its URI as it is, so ``cat?.db`` would open ``cat``)."""
            if write:
                raise PermissionError("the catalog is served read-only")
            conn = connect(self.path, read_only=True, nolock=self.ds.nolock,
                           check_same_thread=False)
            self._all_file_connections.append(conn)
            return conn

        async def execute_write_fn(self, fn, block: bool = True):
            raise PermissionError("the catalog is served read-only")

    return ReadOnlyDatabase


def _inode(path: str | None) -> int | None:
    try:
        return os.stat(path).st_ino if path else None
    except OSError:
        return None


def request_path(path: str) -> str:
    """What `--get` asks for: `catalog/models.json`, `/catalog/models.json` and
    `http://127.0.0.1:8001/catalog/models.json` all mean the same path."""
    parts = urlsplit(path.strip())
    if parts.scheme in ("http", "https"):
        path = parts.path + (f"?{parts.query}" if parts.query else "")
    return path if path.startswith("/") else "/" + path


def get(ds, path: str) -> tuple[int, str]:
    """Fetch one path in-process (no server): (status, body). For `--get` smoke tests."""
    from datasette.utils.testing import TestClient

    response = TestClient(ds).get(path)
    return response.status, response.text


def serve(ds, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve `ds` with uvicorn until SIGTERM or Ctrl-C, the way `datasette serve` does, and
    end within a second of the signal (catalog/publish/stopping.py)."""
    import asyncio

    from catalog.publish.bounds import limit_sqlite_heap
    from catalog.publish.stopping import serve_app

    limit_sqlite_heap()  # this process only serves from here on
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(ds.invoke_startup())
    finally:
        loop.close()
    serve_app(ds.app(), host=host, port=port)
