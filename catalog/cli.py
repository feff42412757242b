"""``catalog``: the command line, thin over the library (the composition root).

Every command is a few lines that parse options and call one library function; the logic
lives in ``catalog.pipeline``, ``catalog.store``, ``scrapers.cometapi.page`` and friends.
"""

from __future__ import annotations

import asyncio
import json
import sys
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click

from catalog import __version__
from catalog.cli_checks import require_catalog
from catalog.lock import LockedError, LockFileError, run_lock
from catalog.normalize import normalize
from catalog.pipeline import RunResult, ScrapeOptions, scrape
from catalog.store import Store
from scrapers.cometapi.page import read_page
from scrapers.cometapi.urls import CANONICAL_HOSTS

DEFAULT_DB = Path("data/catalog.db")
DEFAULT_BASE_URL = "https://www.cometapi.com"
EXIT_LOCKED = 3


@click.group()
@click.version_option(__version__, prog_name="catalog")
def cli() -> None:
    """The open catalog of what AI models cost through CometAPI."""


@cli.command(name="scrape")
@click.option("--base-url", help=f"Site to scrape (default {DEFAULT_BASE_URL}).")
@click.option("--snapshot", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Serve this directory on 127.0.0.1 and scrape it like the live site.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=DEFAULT_DB, show_default=True, help="SQLite catalog to update.")
@click.option("--locale", "locales", multiple=True, help="Only these locales (repeatable).")
@click.option("--concurrency", type=click.IntRange(1, 64), default=4, show_default=True)
@click.option("--limit", type=click.IntRange(1), help="Stop after this many pages.")
@click.option("--full", is_flag=True, help="Refetch and reread every page (no incremental skips).")
@click.option("--max-failures", type=click.IntRange(0), default=50, show_default=True,
              help="More failed pages than this and the run commits nothing (exit 2).")
@click.option("--rate", "requests_per_second", type=float,
              help="Requests per second to the site (default 8; 200 for --snapshot).")
@click.option("--timeout", type=float, default=20.0, show_default=True,
              help="Seconds per request.")
@click.option("--workers", type=click.IntRange(0),
              help="Processes that read pages (default: one per core; 0 reads in-process).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: on when stderr is a terminal).")
def scrape_command(base_url: str | None, snapshot: Path | None, db_path: Path,
                   locales: tuple[str, ...], concurrency: int, limit: int | None, full: bool,
                   max_failures: int, requests_per_second: float | None, timeout: float,
                   workers: int | None, progress: bool | None) -> None:
    """Scrape model pages into the catalog.

    Exit status: 0 complete, 1 partial (some pages failed), 2 failed (nothing committed),
    3 another run holds the lock.
    """
    if base_url and snapshot:
        raise click.UsageError("give --base-url or --snapshot, not both")
    if progress is None:
        progress = sys.stderr.isatty()
    require_catalog("scrape", db_path, may_create=True)
    with ExitStack() as stack:
        try:
            stack.enter_context(run_lock(db_path))
        except LockedError as exc:
            click.echo(f"catalog scrape: {exc}; not starting a second run", err=True)
            sys.exit(EXIT_LOCKED)
        except LockFileError as exc:
            click.echo(f"catalog scrape: {exc}; nothing was written", err=True)
            sys.exit(2)
        if snapshot is not None:
            from scrapers.localserver import serve_directory

            base_url = stack.enter_context(serve_directory(snapshot))
            click.echo(f"serving snapshot {snapshot} at {base_url}", err=True)
        options = ScrapeOptions(
            base_url=base_url or DEFAULT_BASE_URL, db_path=db_path, locales=locales,
            concurrency=concurrency, limit=limit, full=full, max_failures=max_failures,
            requests_per_second=requests_per_second or (200.0 if snapshot else 8.0),
            timeout=timeout, workers=workers,
            host_aliases=CANONICAL_HOSTS if snapshot is not None else (),
        )
        result = _run_with_progress(options, progress)
    click.echo(result.summary())
    sys.exit(result.exit_code)


def _run_with_progress(options: ScrapeOptions, progress: bool) -> RunResult:
    if not progress:
        return asyncio.run(scrape(options))
    bar = click.progressbar(length=0, label="pages", file=sys.stderr, show_pos=True)
    done = {"n": 0}

    def discovered(count: int) -> None:
        bar.length = count

    def advanced(url: str, outcome: str) -> None:
        done["n"] += 1
        if bar.length is not None and done["n"] > bar.length:
            bar.length = done["n"]
        bar.update(1)

    with bar:
        return asyncio.run(scrape(options, progress=advanced, on_discovered=discovered))


@cli.command(name="parse")
@click.argument("file", type=click.File("rb"))
@click.option("--url", required=True, help="The URL the page was fetched from.")
def parse_command(file, url: str) -> None:
    """Print a saved page's normalized record as JSON (the documented contract)."""
    reading = read_page(file.read(), url)
    if not reading.is_model_page or reading.ref is None:
        click.echo(json.dumps({"url": url, "error": "not a model page",
                               "reason": reading.skip_reason}, ensure_ascii=False))
        sys.exit(1)
    click.echo(json.dumps(normalize(reading).to_json(), ensure_ascii=False, indent=2))


@cli.command(name="runs")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=DEFAULT_DB, show_default=True)
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
def runs_command(db_path: Path, limit: int, as_json: bool) -> None:
    """List recent runs, newest first."""
    require_catalog("runs", db_path)
    store = Store(db_path)
    rows = store.runs(limit)
    store.close()
    for row in rows:
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo(f"{row['id']:>4} {row['started_at']} {row['status']:<9} "
                       f"read {row['pages_ok']}, unchanged {row['pages_unchanged']}, "
                       f"failed {row['pages_failed']}, missing {row['pages_missing']}"
                       + (f"  {row['reason']}" if row["reason"] else ""))


@cli.command(name="status")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=DEFAULT_DB, show_default=True)
@click.option("--max-age", default="26h", show_default=True,
              help="Oldest acceptable last good run: 90m, 26h, 7d.")
def status_command(db_path: Path, max_age: str) -> None:
    """Exit non-zero when the last good (complete or partial) run is older than --max-age."""
    age = _parse_age(max_age)
    if not db_path.exists():
        click.echo(f"stale: no catalog at {db_path}")
        sys.exit(1)
    require_catalog("status", db_path)
    store = Store(db_path)
    row = store.conn.execute(
        "SELECT id, finished_at, status FROM runs WHERE status IN ('complete', 'partial') "
        "ORDER BY id DESC LIMIT 1").fetchone()
    store.close()
    if row is None:
        click.echo("stale: no good run yet")
        sys.exit(1)
    finished = datetime.fromisoformat(row[1])
    elapsed = datetime.now(UTC) - finished
    verdict = "fresh" if elapsed <= age else "stale"
    click.echo(f"{verdict}: last good run {row[0]} ({row[2]}) finished {row[1]}, "
               f"{int(elapsed.total_seconds() // 60)} minutes ago (max {max_age})")
    sys.exit(0 if verdict == "fresh" else 1)


def _parse_age(text: str) -> timedelta:
    units = {"m": "minutes", "h": "hours", "d": "days"}
    try:
        return timedelta(**{units[text[-1]]: float(text[:-1])})
    except (KeyError, ValueError):
        raise click.BadParameter(f"{text!r}: use a number and m, h or d (26h)") from None


@cli.command(name="export")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["json", "litellm", "models.dev", "csv"]),
              default="json", show_default=True,
              help="json: sorted catalog; litellm: a model cost map; models.dev: a "
                   "providers/cometapi/ tree (--out is a directory); csv: model_prices_wide.")
@click.option("--out", type=click.Path(path_type=Path),
              help="File (directory for models.dev); default data/catalog.json, "
                   "data/cometapi_litellm.json, data/models.dev/, data/catalog.csv.")
def export_command(db_path: Path, fmt: str, out: Path | None) -> None:
    """Write the catalog in a format other tools read (written only when it changed)."""
    from catalog.export import write_export, write_format

    require_catalog("export", db_path)
    if fmt == "json":
        out = out or Path("data/catalog.json")
        changed = write_export(db_path, out)
    else:
        out = out or {"litellm": Path("data/cometapi_litellm.json"),
                      "models.dev": Path("data/models.dev"),
                      "csv": Path("data/catalog.csv")}[fmt]
        changed = write_format(db_path, fmt, out)
    click.echo(f"{out}: {'changed' if changed else 'unchanged'}")


@cli.command(name="crosscheck")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=DEFAULT_DB, show_default=True)
@click.option("--source", "sources", multiple=True,
              help="cometapi, litellm, models.dev, genai-prices, openrouter, NAME=URL|FILE, or "
                   "a FILE or URL (format detected); repeatable (default: all five).")
@click.option("--max-bytes", type=click.IntRange(1), default=30_000_000, show_default=True,
              help="Largest reference body read.")
@click.option("--timeout", type=float, default=30.0, show_default=True)
def crosscheck_command(db_path: Path, sources: tuple[str, ...], max_bytes: int,
                       timeout: float) -> None:
    """Check the catalog's claims against CometAPI's /api/models and independent catalogs.

    Exit status: 0 every source stored, 1 some failed (nothing of theirs written), 2 none
    stored, 3 another run holds the lock.
    """
    from catalog.crosscheck.references import READERS
    from catalog.crosscheck.run import crosscheck, parse_source

    try:
        specs = [parse_source(s) for s in (sources or tuple(READERS))]
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--source") from None
    require_catalog("crosscheck", db_path)
    try:
        with run_lock(db_path):
            result = crosscheck(db_path, specs, max_bytes=max_bytes, timeout=timeout)
    except LockedError as exc:
        click.echo(f"catalog crosscheck: {exc}; not starting", err=True)
        sys.exit(EXIT_LOCKED)
    except LockFileError as exc:
        click.echo(f"catalog crosscheck: {exc}; nothing was written", err=True)
        sys.exit(2)
    for outcome in result.outcomes:
        click.echo(outcome.line)
    click.echo(result.summary())
    sys.exit(result.exit_code)


def _register_publishing() -> None:
    """``serve`` and ``site`` live in ``catalog.cli_publish``; plug them in when present."""
    try:
        from catalog.cli_publish import serve, site
    except ImportError:
        return
    cli.add_command(serve)
    cli.add_command(site)


_register_publishing()


if __name__ == "__main__":
    cli()
