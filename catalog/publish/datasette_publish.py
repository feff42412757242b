"""The Datasette side's scale-out: the options of ``datasette publish cloudrun`` (or ``datasette
package``, a Docker image for any host) that deploy the catalog as ``catalog serve --public``
serves it.

Why generated, not written out by hand in the docs: the deployment must carry exactly what the
server runs with (catalog/publish/serve.py): the metadata with its canned queries, the
templates, the plugins (site/plugins/, which import this package, so the image installs its
wheel), the static files and chart library, and the public profile's settings (no arbitrary
SQL, tighter limits). A hand-copied command drifts from serve.py; this one is made from it.

    python -m catalog.publish.datasette_publish --db data/catalog.db --out _publish/deploy \\
        --wheel _publish/wheel/comet_catalog-0.1.0-py3-none-any.whl [--site-dir _site]

fills ``--out`` and prints the options, one a line, for
``datasette publish cloudrun OPTIONS --service comet-catalog`` or
``datasette package OPTIONS -t comet-catalog`` (.ci/examples/datasette-publish.sh).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from catalog.publish import serve
from catalog.publish.charts import VENDOR_FILES, vendor_dir
from catalog.storage.connection import connect

#: the folder of the image the wheel is copied to (a static mount, so Datasette copies it)
WHEEL_MOUNT = "wheel"


def public_metadata(static_site: bool = False) -> dict:
    """site/metadata.yml as ``catalog serve --public`` applies it (serve.build_datasette)."""
    metadata = serve.load_metadata()
    metadata["allow_sql"] = False
    metadata.setdefault("plugins", {})["catalog-public"] = {"public": True}
    if static_site:
        metadata["static_site_url"] = "/site/index.html"
    return metadata


def public_settings() -> dict:
    return {**serve.SETTINGS, **serve.PUBLIC_SETTINGS}


def prepare(db: Path, out: Path, wheel: Path, static_site: Path | None = None) -> list[str]:
    """Fill `out` with the deployment's own files and return the publish options.

    `out` receives catalog.db (one compact file made with VACUUM INTO: Datasette names the
    database after the file, and the metadata configures "catalog"), metadata.json (the public
    profile), the chart library's files and the wheel."""
    site = serve.site_dir()
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{serve.DATABASE_NAME}.db"
    target.unlink(missing_ok=True)
    conn = connect(db, read_only=True)
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    finally:
        conn.close()
    metadata = public_metadata(static_site is not None)
    (out / "metadata.json").write_text(json.dumps(metadata, indent=2, ensure_ascii=False),
                                       encoding="utf-8")
    wheels = out / WHEEL_MOUNT
    shutil.rmtree(wheels, ignore_errors=True)
    wheels.mkdir()
    shutil.copy(wheel, wheels / wheel.name)
    options = [
        str(target),
        "--metadata", str(out / "metadata.json"),
        "--template-dir", str(site / "templates"),
        "--plugins-dir", str(site / "plugins"),
        "--static", f"static:{site / 'static'}",
        "--static", f"{WHEEL_MOUNT}:{wheels}",
        "--install", f"{WHEEL_MOUNT}/{wheel.name}",
        "--version-note", f"comet-catalog {wheel.name.split('-')[1]}",
    ]
    charts = out / "vendor"
    shutil.rmtree(charts, ignore_errors=True)
    sources = [vendor_dir(site) / package / path for package, path in VENDOR_FILES]
    if all(source.is_file() for source in sources):  # /vendor/<package>/<path>, as serve.py
        for (package, path), source in zip(VENDOR_FILES, sources, strict=True):
            (charts / package / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, charts / package / path)
        options += ["--static", f"vendor:{charts}"]
    if static_site is not None:
        options += ["--static", f"site:{static_site}"]
    settings = []
    for name, value in public_settings().items():
        settings += ["--setting", name, serve._setting_text(value)]
    options += ["--extra-options", " ".join(settings)]
    return options


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m catalog.publish.datasette_publish")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--wheel", type=Path, required=True)
    parser.add_argument("--site-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    for path, what in ((args.db, "catalog"), (args.wheel, "wheel")):
        if not path.is_file():
            print(f"datasette_publish: no {what} at {path}", file=sys.stderr)
            return 64
    options = prepare(args.db, args.out, args.wheel, args.site_dir)
    if any("\n" in option for option in options):
        print("datasette_publish: a path holds a line break", file=sys.stderr)
        return 64
    print("\n".join(options))
    return 0


if __name__ == "__main__":
    sys.exit(main())
