"""How the catalog is served with Datasette: one place for the flags, paths and settings.

Why one place: the CLI (`catalog serve`), the tests, the browser tests and a deployment
(`datasette publish … $(…)`) must all run Datasette the same way, immutable and read-only, or
a template or query that works in one would fail in another.

The database is always registered under the name "catalog", whatever its file is called,
because site/metadata.yml configures `databases.catalog` (tables, facets, canned queries).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
DATABASE_NAME = "catalog"
DEFAULT_DB = Path("data/catalog.db")  # relative to the working directory, like `catalog scrape`
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001

#: Read-only, public-friendly settings: short SQL time limit, downloads on, no facet suggestions
#: (they run many queries per page), ten-minute cache headers (the data changes once a scrape).
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 2000,
    "default_page_size": 50,
    "allow_download": True,
    "suggest_facets": False,
    "default_cache_ttl": 600,
}


def site_dir() -> Path:
    """The `site/` directory (metadata, templates, static files, plugins).

    `$CATALOG_SITE_DIR` overrides it, for an installed package that does not sit in the repo.
    """
    return Path(os.environ.get("CATALOG_SITE_DIR") or REPO_ROOT / "site")


def metadata_path() -> Path:
    return site_dir() / "metadata.yml"


def load_metadata() -> dict[str, Any]:
    """site/metadata.yml as a dict: Datasette's metadata and the static site's canned SQL."""
    return yaml.safe_load(metadata_path().read_text(encoding="utf-8"))


def canned_queries(metadata: Mapping[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """The canned queries of the catalog database, by name."""
    metadata = metadata if metadata is not None else load_metadata()
    return dict(metadata["databases"][DATABASE_NAME]["queries"])


def default_port() -> int:
    """$PORT when set (hosting platforms set it), else 8001."""
    return int(os.environ.get("PORT") or DEFAULT_PORT)


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
        "-i",
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
    for name, value in SETTINGS.items():
        argv += ["--setting", name, _setting_text(value)]
    return argv


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
    """A configured `Datasette` for the catalog at `db_path`, opened immutable.

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
    static_mounts = [("static", str(site / "static"))]
    if static_site is not None:
        static_mounts.append(("site", str(static_site)))
        metadata["static_site_url"] = "/site/index.html"
    if public:
        metadata["allow_sql"] = False
        metadata.setdefault("plugins", {})["catalog-public"] = {"public": True}
        settings = {**PUBLIC_SETTINGS, **(settings or {})}
    ds = Datasette(
        immutables=[str(db_path)],
        metadata=metadata,
        template_dir=str(site / "templates"),
        plugins_dir=str(site / "plugins"),
        static_mounts=static_mounts,
        settings={**SETTINGS, **(settings or {})},
    )
    name = next(n for n in ds.databases if n != "_internal")
    if name != DATABASE_NAME:
        database = ds.databases[name]
        ds.remove_database(name)
        ds.add_database(database, name=DATABASE_NAME)
    return ds


def get(ds, path: str) -> tuple[int, str]:
    """Fetch one path in-process (no server): (status, body). For `--get` smoke tests."""
    from datasette.utils.testing import TestClient

    response = TestClient(ds).get(path)
    return response.status, response.text


def serve(ds, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve `ds` with uvicorn until interrupted, the way `datasette serve` does."""
    import asyncio

    import uvicorn

    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(ds.invoke_startup())
    finally:
        loop.close()
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on", workers=1)
