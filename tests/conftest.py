"""Shared fixtures: the bundled snapshot served over real HTTP, and a catalog scraped from it."""

from __future__ import annotations

import asyncio
import gzip
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import httpx
import pytest

from catalog.run.pipeline import ScrapeOptions, scrape
from scrapers.fetch.localserver import serve_directory
from scrapers.sources.cometapi.urls import CANONICAL_HOSTS
from tests.browser_support import chromium_profile

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "data" / "snapshot"
FIXTURE_PAGES = ROOT / "tests" / "fixtures" / "pages"
TODAY = date(2026, 11, 21)
#: the example source: a package of its own (its pyproject.toml names its entry point) and
#: the site it reads
EXAMPLE_PACKAGE = ROOT / "tests" / "sources" / "example"
EXAMPLE_SITE = EXAMPLE_PACKAGE / "site"
#: the example package's module, once installed
EXAMPLE_MODULE = "catalog_example_source"
#: the reference files `make demo` cross-checks the demo against (data/references/)
DEMO_REFERENCES = (("cometapi", "cometapi_models.json"), ("litellm", "litellm.json"),
                   ("models.dev", "models_dev.json"), ("genai-prices", "genai_prices.json"),
                   ("openrouter", "openrouter.json"))


def wait_until_answers(process: subprocess.Popen, url: str, log: Path,
                       timeout: float = 30.0) -> None:
    """Wait until a server started as ``process`` answers ``url`` with 200; if it exits or
    does not answer within ``timeout``, fail with what it wrote to ``log``."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(log.read_text())
        time.sleep(0.2)


def db_rows(db: Path, sql: str, *params: object) -> list[tuple]:
    """The rows ``sql`` returns from the SQLite file ``db`` (its own connection, closed after:
    a test's read never holds a lock the code under test then meets)."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on (for a server a test starts)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def served_datasette(db: Path, log_path: Path, static_site: Path | None = None
                     ) -> Iterator[str]:
    """A real ``datasette`` process serving ``db`` as ``catalog serve`` configures it (and the
    static site at ``/site/`` when given), on a free port; yields its base URL and stops it."""
    from catalog.publish import serve

    port = free_port()
    argv = serve.datasette_argv(db, port=port, static_site=static_site)
    argv[0] = str(Path(sys.executable).with_name("datasette"))
    with log_path.open("w") as log:
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_answers(process, f"{base}/-/versions.json", log_path)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def watched_page(context) -> Iterator[object]:
    """A new page of a Playwright browser context, for a fixture to yield: once the test is
    done, it fails if the page logged a console error or threw a script error."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield page
    page.close()
    assert errors == [], errors


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory) -> Iterator[object]:
    """One headless Chromium profile for a browser test module (downloads accepted, for the
    tests that export a file)."""
    with chromium_profile(tmp_path_factory.mktemp("chromium-profile"),
                          accept_downloads=True) as context:
        yield context


@pytest.fixture
def page(browser_context) -> Iterator[object]:
    """A page of the module's browser that fails its test on a console or script error."""
    yield from watched_page(browser_context)


def assert_valid_workflow(workflow: Path, tmp_path: Path) -> None:
    """``workflow`` passes check-jsonschema's copy of SchemaStore's github-workflow schema
    (what editors check a workflow with: every key and value shape GitHub accepts), and the
    same file with one key misspelt fails it, so the check can fail."""
    tool = Path(sys.executable).parent / "check-jsonschema"
    args = [str(tool), "--builtin-schema", "vendor.github-workflows"]
    done = subprocess.run([*args, str(workflow)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    misspelt = tmp_path / workflow.name
    misspelt.write_text(workflow.read_text().replace("runs-on:", "runs_on:", 1))
    done = subprocess.run([*args, str(misspelt)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "runs_on" in done.stdout


def run_scrape(base_url: str, db_path: Path, **kwargs) -> object:
    """Run the real pipeline (fast settings for loopback) and return its RunResult. The
    bundled snapshot's URLs name www.cometapi.com, so its hosts are aliases of ``base_url``
    here as ``catalog scrape --snapshot`` makes them."""
    kwargs.setdefault("host_aliases", CANONICAL_HOSTS)
    kwargs.setdefault("requests_per_second", 500.0)
    kwargs.setdefault("timeout", 5.0)
    kwargs.setdefault("backoff_base", 0.01)
    kwargs.setdefault("today", TODAY)
    return asyncio.run(scrape(ScrapeOptions(base_url=base_url, db_path=db_path, **kwargs)))


#: a catalog written by the version before numbered migrations (schema as it then was)
CATALOG_BEFORE_MIGRATIONS = ROOT / "tests" / "fixtures" / "catalog_before_migrations.db.gz"


@pytest.fixture
def old_db(tmp_path) -> Path:
    """A fresh copy of ``CATALOG_BEFORE_MIGRATIONS`` to upgrade or refuse."""
    target = tmp_path / "catalog.db"
    with gzip.open(CATALOG_BEFORE_MIGRATIONS) as src, target.open("wb") as out:
        shutil.copyfileobj(src, out)
    return target


@pytest.fixture(scope="session")
def snapshot_url():
    with serve_directory(SNAPSHOT) as url:
        yield url


@pytest.fixture(scope="session")
def scraped_db(tmp_path_factory, snapshot_url) -> Path:
    """The catalog built from the bundled snapshot, once per test session (do not modify)."""
    db = tmp_path_factory.mktemp("catalog") / "catalog.db"
    result = run_scrape(snapshot_url, db)
    assert result.status == "complete", result.reason
    return db


@pytest.fixture
def fresh_copy(tmp_path, scraped_db) -> Path:
    """A private copy of the scraped catalog that a test may change."""
    target = tmp_path / "catalog.db"
    shutil.copy(scraped_db, target)
    return target


@pytest.fixture(scope="session")
def hand_db(tmp_path_factory) -> Path:
    """The small hand-made publishing database (read-only: tests must not change it)."""
    from tests.publish_fixtures import build_indexed_db

    return build_indexed_db(tmp_path_factory.mktemp("hand") / "catalog.db")


@pytest.fixture(scope="session")
def real_db(tmp_path_factory) -> Path:
    """The snapshot scraped the way the publishing tests build it (read-only)."""
    from tests.publish_fixtures import scrape_snapshot

    return scrape_snapshot(tmp_path_factory.mktemp("real") / "catalog.db")


@pytest.fixture
def ds(hand_db):
    """A Datasette over the hand-made database, configured as `catalog serve` configures it."""
    from catalog.publish import serve
    return serve.build_datasette(hand_db)


@pytest.fixture
def site_copy(tmp_path) -> Path:
    """A private copy of the snapshot directory that a test may edit."""
    target = tmp_path / "site"
    shutil.copytree(SNAPSHOT, target)
    return target


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The demo catalog as `make demo` builds it: the bundled snapshot, then the later one
    (read-only: tests must not change it). Named catalog.db, as Datasette needs."""
    from contextlib import ExitStack

    from catalog.cli.commands import snapshot_catalog

    db = tmp_path_factory.mktemp("demo") / "catalog.db"
    for snapshot in (SNAPSHOT, ROOT / "data" / "snapshot-2026-11"):
        with ExitStack() as stack:
            url = stack.enter_context(serve_directory(snapshot))
            # as `catalog scrape --snapshot`: the snapshot's model catalog on its own port
            result = run_scrape(url, db, catalog_url=snapshot_catalog(stack, snapshot))
        assert result.status == "complete", result.reason
    # as `make demo`: the five reference catalogs of data/references/
    from catalog.crosscheck.run import crosscheck, parse_source

    references = ROOT / "data" / "references"
    specs = [parse_source(f"{name}={references / file}") for name, file in DEMO_REFERENCES]
    assert crosscheck(db, specs).exit_code == 0
    return db


def pip_install_example(python: str | Path, into: Path, *args: str) -> None:
    """Install the example source package with ``python``'s pip, from a copy of it (a build
    writes build/ and *.egg-info beside the sources: never into the repository), without the
    network: no index, no build isolation, no dependencies (the catalog is already there)."""
    copy = into / "example-package"
    shutil.copytree(EXAMPLE_PACKAGE, copy, ignore=shutil.ignore_patterns("site", "__pycache__"))
    done = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps",
                           "--no-build-isolation", "--no-index", "--disable-pip-version-check",
                           *args, str(copy)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="session")
def example_package_dir(tmp_path_factory) -> Path:
    """The example source installed once per session into a folder of its own
    (``pip install --target``): its module and its dist-info with the entry point."""
    work = tmp_path_factory.mktemp("example-source")
    pip_install_example(sys.executable, work, "--target", str(work / "site-packages"))
    return work / "site-packages"


@pytest.fixture
def example_installed(example_package_dir) -> Iterator[object]:
    """The example source as an installed package: its folder on ``sys.path`` for this test,
    so ``importlib.metadata`` finds its entry point and the registry loads it like any
    installed source (nothing registers it by hand). Yields its ``Source``."""
    from scrapers.sources import registry

    sys.path.append(str(example_package_dir))
    registry.forget()
    try:
        yield registry.source_named("example")
    finally:
        sys.path.remove(str(example_package_dir))
        sys.modules.pop(EXAMPLE_MODULE, None)
        registry.forget()
