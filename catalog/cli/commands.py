"""``catalog``: the command line, thin over the library (the composition root).

Every command is a few lines that parse options and call one library function; the logic
lives in ``catalog.run.pipeline``, ``catalog.storage.store``, ``scrapers.sources`` and
friends.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from collections.abc import Coroutine
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import click

from catalog import __version__, exit_codes
from catalog.cli.checks import fail, require_catalog
from catalog.cli.group import DEBUG_KEY, CatalogGroup
from catalog.cli.options import (
    Duration,
    HttpUrl,
    LocaleTag,
    PositiveFloat,
    SeedList,
    db_option,
    source_option,
)
from catalog.cli.progress import ScrapeProgress
from catalog.run.lock import LockedError, LockFileError, run_lock
from catalog.run.normalized_page import read_and_normalize
from catalog.run.pipeline import RunResult, ScrapeOptions, scrape
from catalog.storage.store import Store
from scrapers.sources.source import Source


@click.group(name="catalog", cls=CatalogGroup)
@click.version_option(__version__, prog_name="catalog")
@click.option("--debug", is_flag=True,
              help="Show the traceback of an internal error (exit 70) instead of one line.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """The open catalog of what AI models cost through CometAPI.

    Exit status: 0 done (complete), 1 partial / stale / not 200, 2 failed (nothing committed),
    3 locked, 64 bad usage, 70 internal error, 130 interrupted.
    """
    ctx.meta[DEBUG_KEY] = debug


@cli.command(name="scrape")
@source_option("a scrape")
@click.option("--base-url", type=HttpUrl(),
              help="Site to scrape (default: the source's own, https://www.cometapi.com "
                   "for cometapi).")
@click.option("--snapshot", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Serve this directory on 127.0.0.1 and scrape it like the live site.")
@db_option()
@click.option("--locale", "locales", type=LocaleTag(), multiple=True,
              help="Only these locales (repeatable; any case; the sitemap must list them).")
@click.option("--concurrency", type=click.IntRange(1, 64), default=4, show_default=True)
@click.option("--limit", type=click.IntRange(1), help="Stop after this many pages.")
@click.option("--full", is_flag=True, help="Refetch and reread every page (no incremental skips).")
@click.option("--max-failures", type=click.IntRange(0), default=50, show_default=True,
              help="More failed pages than this and the run commits nothing (exit 2).")
@click.option("--rate", "requests_per_second", type=PositiveFloat(),
              help="Requests per second to the site (default 8; 200 for --snapshot).")
@click.option("--timeout", type=Duration(bare_unit="s"), default="20s", show_default=True,
              help="Time limit per request (20, 20s, 2m).")
@click.option("--page-budget", type=Duration(bare_unit="s"), default="60s", show_default=True,
              help="Time limit per page, all retries and waits included.")
@click.option("--read-budget", type=Duration(bare_unit="s"), default="20s", show_default=True,
              help="Time limit for reading one page; over it the reader is stopped.")
@click.option("--deadline", type=Duration(), default="2h", show_default=True,
              help="Time limit for the run; then what was read is committed (exit 1).")
@click.option("--no-deadline", is_flag=True, help="No time limit for the run.")
@click.option("--workers", type=click.IntRange(0),
              help="Reader processes that fetch and read the pages (default: one per core; "
                   "0 is one).")
@click.option("--seeds", type=SeedList(), default="sitemap,listing,catalog,alternates",
              show_default=True,
              help="Where discovery starts: the sitemaps, the models listing, the source's "
                   "model catalog, each model page's hreflang alternates.")
@click.option("--catalog-url", type=HttpUrl(),
              help="Read the model catalog here (default: the source's, and only when "
                   "scraping its own site).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: on when stderr is a terminal).")
def scrape_command(source: Source, base_url: str | None, snapshot: Path | None, db_path: Path,
                   locales: tuple[str, ...], concurrency: int, limit: int | None, full: bool,
                   max_failures: int, requests_per_second: float | None,
                   timeout: timedelta, page_budget: timedelta, read_budget: timedelta,
                   deadline: timedelta, no_deadline: bool,
                   workers: int | None, seeds: tuple[str, ...], catalog_url: str | None,
                   progress: bool | None) -> None:
    """Scrape model pages into the catalog.

    Exit status: 0 complete, 1 partial (some pages failed, the deadline came first, or a
    sitemap, listing page or the model catalog was not read),
    2 failed (nothing committed), 3 another run holds the lock, 64 bad usage (a --locale the
    sitemap does not list too), 70 internal error, 130 interrupted (Ctrl-C, SIGTERM; nothing
    committed).
    """
    if no_deadline:
        deadline = None
    if base_url and snapshot:
        raise click.UsageError("give --base-url or --snapshot, not both")
    if progress is None:
        progress = sys.stderr.isatty()
    require_catalog("scrape", db_path, may_create=True, upgrade=True)
    with ExitStack() as stack:
        _take_lock(stack, "scrape", db_path)
        if snapshot is not None:
            from scrapers.fetch.localserver import serve_directory

            base_url = stack.enter_context(serve_directory(snapshot))
            click.echo(f"serving snapshot {snapshot} at {base_url}", err=True)
            if catalog_url is None:
                catalog_url = snapshot_catalog(stack, snapshot, source)
        options = ScrapeOptions(
            base_url=base_url or source.base_url, db_path=db_path, locales=locales,
            concurrency=concurrency, limit=limit, full=full, max_failures=max_failures,
            requests_per_second=requests_per_second or (200.0 if snapshot else 8.0),
            timeout=timeout.total_seconds(), workers=workers,
            host_aliases=source.hosts if snapshot is not None else (), source=source,
            deadline=deadline.total_seconds() if deadline else None,
            page_budget=page_budget.total_seconds(), read_budget=read_budget.total_seconds(),
            seeds=seeds, catalog_url=catalog_url,
        )
        result = _run_with_progress(options, progress)
    if result.bad_usage:
        click.echo(f"catalog scrape: {result.reason} (run {result.run_id} recorded as failed; "
                   "nothing committed)", err=True)
    else:
        click.echo(result.summary())
    sys.exit(result.exit_code)


def snapshot_catalog(stack: ExitStack, snapshot: Path, source: Source | None = None
                     ) -> str | None:
    """The snapshot's copy of the source's model catalog, served from its own loopback port as
    the catalog has its own host: ``<snapshot>/<catalog host>/<catalog path>`` (for CometAPI
    ``api.cometapi.com/api/models``); None when the snapshot has none (a snapshot never reads
    the live catalog)."""
    from urllib.parse import urlsplit

    from scrapers.fetch.localserver import serve_directory
    from scrapers.sources.registry import DEFAULT_SOURCE, source_named

    source = source or source_named(DEFAULT_SOURCE)
    if source.catalog_url is None:
        return None
    parts = urlsplit(source.catalog_url)
    folder = snapshot / (parts.hostname or "")
    if not parts.hostname or not (folder / parts.path.lstrip("/")).is_file():
        return None
    return stack.enter_context(serve_directory(folder)).rstrip("/") + parts.path


def _take_lock(stack: ExitStack, command: str, db_path: Path) -> None:
    """Hold the catalog's run lock for the rest of ``stack``, or end the command in one line:
    exit 3 when another run holds it, 2 when the lock file cannot be used."""
    try:
        stack.enter_context(run_lock(db_path))
    except LockedError as exc:
        fail(command, f"{exc}; not starting a second run", exit_codes.LOCKED)
    except LockFileError as exc:
        fail(command, f"{exc}; nothing was written", exit_codes.FAILED)


def _run_with_progress(options: ScrapeOptions, progress: bool) -> RunResult:
    if not progress:
        return _run_until_stopped(scrape(options))
    line = ScrapeProgress(sys.stderr)
    try:
        return _run_until_stopped(scrape(options, progress=line.advanced,
                                         on_discovered=line.discovered,
                                         on_discovery_done=line.discovery_done))
    finally:
        line.finish()


def _run_until_stopped(run: Coroutine[Any, Any, RunResult]) -> RunResult:
    """Run the scrape; SIGTERM (systemd's stop, a CI timeout) cancels it as Ctrl-C does, so
    the run is recorded as interrupted and its reader processes are stopped, not orphaned."""

    async def main() -> RunResult:
        task = asyncio.current_task()
        assert task is not None
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
        return await run

    try:
        return asyncio.run(main())
    except asyncio.CancelledError:
        click.echo("catalog scrape: stopped by SIGTERM; the run is recorded as interrupted, "
                   "nothing committed", err=True)
        sys.exit(exit_codes.INTERRUPTED)


@cli.command(name="parse")
@click.argument("file", type=click.File("rb"))
@click.option("--url", required=True, type=HttpUrl(), help="The URL the page was fetched from.")
@source_option("a parse")
def parse_command(file, url: str, source: Source) -> None:
    """Print a saved page's normalized record as JSON (the documented contract)."""
    # read as a scrape reads a fetched body: the same charset detection (BOM, <meta charset>,
    # else UTF-8) and the same reader, so a saved page gives what its scrape stored
    outcome = read_and_normalize(file.read(), url, content_type="text/html", source=source)
    if outcome.record is None:
        click.echo(json.dumps({"url": url, "error": "not a model page",
                               "reason": outcome.skip_reason}, ensure_ascii=False))
        sys.exit(1)
    click.echo(json.dumps(outcome.record.to_json(), ensure_ascii=False, indent=2))


@cli.command(name="runs")
@db_option()
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
def runs_command(db_path: Path, limit: int, as_json: bool) -> None:
    """List recent runs, newest first."""
    require_catalog("runs", db_path, upgrade=True)
    store = Store(db_path)
    rows = store.runs(limit)
    store.close()
    for row in rows:
        if as_json:
            # what discovery found and the coverage report, as objects rather than JSON text
            for key in ("seeds", "coverage"):
                if isinstance(row.get(key), str):
                    row[key] = json.loads(row[key])
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo(f"{row['id']:>4} {row['started_at']} {row['status']:<9} "
                       f"read {row['pages_ok']}, unchanged {row['pages_unchanged']}, "
                       f"failed {row['pages_failed']}, missing {row['pages_missing']}"
                       + (f"  {row['reason']}" if row["reason"] else ""))


@cli.command(name="status")
@db_option()
@click.option("--max-age", type=Duration(), default="26h", show_default=True,
              help="Oldest acceptable last good run: 90m, 26h, 7d.")
def status_command(db_path: Path, max_age: timedelta) -> None:
    """Exit 1 when the last good (complete or partial) run is older than --max-age."""
    if not db_path.exists():
        click.echo(f"stale: no catalog at {db_path}")
        sys.exit(1)
    require_catalog("status", db_path, upgrade=True)
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
    verdict = "fresh" if elapsed <= max_age else "stale"
    click.echo(f"{verdict}: last good run {row[0]} ({row[2]}) finished {row[1]}, "
               f"{int(elapsed.total_seconds() // 60)} minutes ago (max {_minutes(max_age)})")
    sys.exit(0 if verdict == "fresh" else 1)


def _minutes(age: timedelta) -> str:
    return f"{age.total_seconds() / 60:g} minutes"


@cli.command(name="export")
@db_option()
@click.option("--format", "fmt", type=click.Choice(["json", "litellm", "models.dev", "csv"]),
              default="json", show_default=True,
              help="json: sorted catalog; litellm: a model cost map; models.dev: a "
                   "providers/<source>/ tree per source (--out is a directory); csv: "
                   "model_prices_wide.")
@click.option("--out", type=click.Path(allow_dash=True, path_type=Path),
              help="File (directory for models.dev); - writes to standard output; default "
                   "data/catalog.json, data/cometapi_litellm.json, data/models.dev/, "
                   "data/catalog.csv.")
@click.option("--bom/--no-bom", default=True, show_default=True,
              help="csv: start with a UTF-8 byte-order mark (Excel needs it to read accents).")
def export_command(db_path: Path, fmt: str, out: Path | None, bom: bool) -> None:
    """Write the catalog in a format other tools read (written only when it changed).

    Each format is checked against its consumer's rules before anything is written; the
    last line counts the models written and left out.
    """
    from catalog.publish.export import export_text, format_text, write_export, write_format
    from catalog.publish.formats.litellm import ExportInvalid
    from catalog.publish.site_output import UnsafeOutput

    require_catalog("export", db_path)
    try:
        if out is not None and str(out) == "-":
            if fmt == "models.dev":
                raise click.BadParameter("models.dev is a tree of files: give a directory",
                                         param_hint="--out")
            if fmt == "json":
                click.echo(export_text(db_path), nl=False)
                return
            text, summary = format_text(db_path, fmt, bom=bom)
            click.echo(text, nl=False)
            click.echo(f"{fmt}: {summary}", err=True)
            return
        if fmt == "json":
            out = out or Path("data/catalog.json")
            changed = write_export(db_path, out)
            click.echo(f"{out}: {'changed' if changed else 'unchanged'}")
            return
        out = out or {"litellm": Path("data/cometapi_litellm.json"),
                      "models.dev": Path("data/models.dev"),
                      "csv": Path("data/catalog.csv")}[fmt]
        changed, summary = write_format(db_path, fmt, out, bom=bom)
    except ExportInvalid as exc:
        fail("export", f"nothing written: {exc}", exit_codes.INTERNAL)
    except UnsafeOutput as error:  # a symbolic link where the export writes
        fail("export", str(error), exit_codes.USAGE)
    click.echo(f"{out}: {'changed' if changed else 'unchanged'}; {summary}")


@cli.command(name="crosscheck")
@db_option()
@click.option("--source", "sources", multiple=True,
              help="cometapi, litellm, models.dev, genai-prices, openrouter, NAME=URL|FILE, or "
                   "a FILE or URL (format detected); repeatable (default: all five).")
@click.option("--max-bytes", type=click.IntRange(1), default=30_000_000, show_default=True,
              help="Largest reference body read.")
@click.option("--timeout", type=Duration(bare_unit="s"), default="30s", show_default=True,
              help="Time limit per request.")
def crosscheck_command(db_path: Path, sources: tuple[str, ...], max_bytes: int,
                       timeout: timedelta) -> None:
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
    with ExitStack() as stack:
        _take_lock(stack, "crosscheck", db_path)
        result = crosscheck(db_path, specs, max_bytes=max_bytes, timeout=timeout.total_seconds())
    for outcome in result.outcomes:
        click.echo(outcome.line)
    click.echo(result.summary())
    sys.exit(result.exit_code)


# ``serve`` and ``site`` live in ``catalog.cli.publish``, which imports Datasette only when they
# run; an ImportError here is a real bug and must surface, not hide two commands
from catalog.cli.history import import_history_command  # noqa: E402
from catalog.cli.publish import serve, site  # noqa: E402

cli.add_command(serve)
cli.add_command(site)
cli.add_command(import_history_command)


if __name__ == "__main__":
    cli(prog_name="catalog")
