"""What `catalog site` writes beside the pages of catalog/publish/site.py: catalog-lite.db,
sql.html, calculator.html and the JSON API (api/v1/).

Why a module of its own, called from ``build_site`` at two marked places (``prepare`` before the
pages are rendered, ``write`` before stale files are removed): the page generator changes on
its own schedule, and these files need nothing of it but its output folder and its renderer.

- catalog-lite.db: catalog/publish/site_lite.py
- sql.html (+ assets/sql-page.js, sql.js's files): catalog/publish/site_sql.py
- calculator.html (+ assets/calculator.js): catalog/publish/site_calculator.py
- api/v1/*.json and api/v1/schema/*.json: catalog/publish/site_api.py
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.publish import site_api, site_calculator, site_lite, site_sql
from catalog.publish.serve import canned_queries, site_dir
from catalog.publish.site_output import OutputFolder
from catalog.storage.connection import connect

#: the scripts of the two pages, copied from site/static_site/assets/
ASSETS = ("sql-page.js", "calculator.js")


@dataclass
class Extras:
    """The pages to render (path, template, context) and the files to write (path, bytes)."""

    pages: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    files: list[tuple[str, bytes]] = field(default_factory=list)


def prepare(db_path: str | Path, *, sqljs_url: str | None = None) -> Extras:
    """Everything the extras are, read from the catalog at `db_path` (opened read-only)."""
    extras = Extras()
    lite = site_lite.lite_bytes(db_path)
    extras.files.append((site_lite.FILE_NAME, lite))
    sqljs = [] if sqljs_url else site_sql.sqljs_files(site_dir())
    for source in sqljs:
        extras.files.append((site_sql.SQLJS_SITE_DIR + source.name, source.read_bytes()))
    for name in ASSETS:
        extras.files.append((f"assets/{name}",
                             (site_dir() / "static_site" / "assets" / name).read_bytes()))
    with tempfile.TemporaryDirectory(prefix="catalog-lite-") as tmp:
        lite_path = Path(tmp) / site_lite.FILE_NAME
        lite_path.write_bytes(lite)
        sql_context = site_sql.page_context(lite_path, canned_queries(), sqljs_url,
                                            sqljs_copied=bool(sqljs))
        conn = connect(lite_path, read_only=True)
        try:
            calculator = site_calculator.page_context(conn)
            extras.files.extend(site_api.api_files(conn))
        finally:
            conn.close()
    extras.pages.append(("sql.html", "sql.html", sql_context))
    extras.pages.append(("calculator.html", "calculator.html", calculator))
    return extras


def write(folder: OutputFolder, extras: Extras, rewritten: list[Path] | None = None
          ) -> list[Path]:
    """Write the extras' files (only those whose bytes changed); return every path they are."""
    made = []
    for relative, data in extras.files:
        target = folder.root / relative
        if folder.write(relative, data) and rewritten is not None:
            rewritten.append(target)
        made.append(target)
    return made
