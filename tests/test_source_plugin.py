"""A second source added from outside the tree: the example package (tests/sources/example/)
pip-installed into a virtualenv of its own, then scraped end to end by that virtualenv's
``catalog scrape --source example``, with no file of this repository changed.

The virtualenv is made with ``--system-site-packages`` and sees this project's environment
(comet-catalog and its dependencies, installed by ``make install``) through one ``.pth`` line,
so nothing is downloaded: the example is built with this environment's setuptools, without
build isolation, and installed without its dependencies.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from scrapers.fetch.localserver import serve_directory
from scrapers.sources import registry
from tests.conftest import EXAMPLE_SITE, ROOT, pip_install_example

pytestmark = pytest.mark.slow  # a virtualenv, a package build and a scrape: about 10 s


def _git_status() -> str:
    return subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout


def _make_venv(where: Path) -> Path:
    """A virtualenv whose Python also sees this environment's packages; its python."""
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(where)
    python = where / "bin" / "python"
    purelib = subprocess.run([str(python), "-c",
                              "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # site.addsitedir, not a bare path: the editable install's own .pth runs too
    Path(purelib, "this-project.pth").write_text(
        f"import site; site.addsitedir({sysconfig.get_paths()['purelib']!r})\n")
    return python


#: a scrape with one reader process from the first page on (the CLI starts them only from 64)
_READERS_RUN = """
import asyncio, json, sys
from pathlib import Path
from catalog.run.pipeline import ScrapeOptions, scrape
from scrapers.sources.registry import source_named
source = source_named("example")
result = asyncio.run(scrape(ScrapeOptions(
    base_url=sys.argv[1], db_path=Path(sys.argv[2]), source=source, host_aliases=source.hosts,
    workers=1, requests_per_second=500.0, full=True)))
print(json.dumps({"status": result.status, "pages_ok": result.counts["pages_ok"]}))
"""


def _catalog(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(python), "-m", "catalog.cli", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_an_installed_package_adds_a_source_that_scrapes_end_to_end(tmp_path):
    before = _git_status()
    python = _make_venv(tmp_path / "venv")

    # before the package is installed, the source is not there: one line, exit 64
    missing = _catalog(python, "scrape", "--source", "example", "--db",
                       str(tmp_path / "none.db"), cwd=tmp_path)
    assert missing.returncode == 64, missing.stderr
    assert missing.stderr.splitlines() == [
        "catalog scrape: Invalid value for '--source': no source named 'example' is installed "
        "(installed sources: cometapi; a source is a package with a 'comet_catalog.sources' "
        "entry point) (see `catalog scrape --help`)"]

    pip_install_example(python, tmp_path)
    db = tmp_path / "catalog.db"
    # --snapshot serves the site's folder on 127.0.0.1 and maps the source's hosts to it
    done = _catalog(python, "scrape", "--source", "example", "--snapshot", str(EXAMPLE_SITE),
                    "--db", str(db), "--no-progress", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "serving snapshot" in done.stderr and "127.0.0.1" in done.stderr

    with sqlite3.connect(db) as conn:
        models = conn.execute("SELECT id, provider, name, source_name FROM models "
                              "ORDER BY id").fetchall()
        prices = conn.execute("SELECT model_id, kind, usd, usd_text FROM prices "
                              "ORDER BY model_id, kind").fetchall()
        pages = conn.execute("SELECT url, source_name FROM pages ORDER BY url").fetchall()
        runs = conn.execute("SELECT source_name, status, pages_ok FROM runs").fetchall()
    assert models == [("example:acme/rocket-1", "acme", "Rocket 1", "example"),
                      ("example:openai/gpt-4-0314", "openai", "GPT-4 0314 (example)",
                       "example")]
    assert prices == [("example:acme/rocket-1", "input", 1.25, "$1.25/M"),
                      ("example:acme/rocket-1", "output", 5, "$5/M"),
                      ("example:openai/gpt-4-0314", "input", 27, "$27/M"),
                      ("example:openai/gpt-4-0314", "output", 54, "$54/M")]
    assert pages == [("https://prices.example/m/acme/rocket-1/", "example"),
                     ("https://prices.example/m/openai/gpt-4-0314/", "example")]
    assert runs == [("example", "complete", 2)]

    # catalog parse reads a saved page with the same source
    page = EXAMPLE_SITE / "m" / "acme" / "rocket-1" / "index.html"
    parsed = _catalog(python, "parse", "--source", "example", "--url",
                      "https://prices.example/m/acme/rocket-1/", str(page), cwd=tmp_path)
    assert parsed.returncode == 0, parsed.stderr
    assert json.loads(parsed.stdout)["model_id"] == "example:acme/rocket-1"

    # a large run, whose reader processes fetch as well as read (here from one page on),
    # imports the source by its module in that virtualenv too: the same two pages again
    with serve_directory(EXAMPLE_SITE) as url:
        again = subprocess.run([str(python), "-c", _READERS_RUN, url, str(db)], cwd=tmp_path,
                               capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr
    assert json.loads(again.stdout) == {"status": "complete", "pages_ok": 2}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), min(source_name) FROM pages").fetchone() == (
            2, "example")

    # the project's own environment never had it, and the repository is as it was
    assert "example" not in registry.source_names()
    assert _git_status() == before
    assert sys.prefix != str(tmp_path / "venv")
