"""The scheduled GitHub Actions workflow (.ci/examples/scrape.yml), run for real.

The workflow's own ``run:`` steps are executed in order, each as GitHub runs it (``bash
--noprofile --norc -eo pipefail``), in fresh clones of a real git repository, against the
bundled snapshots served on 127.0.0.1 (their URLs rewritten to that server). The steps that
only exist on GitHub are emulated: ``actions/checkout`` is the clone, ``actions/cache``
copies the state folder to and from a folder that outlives the clone, ``upload-pages-artifact``
copies the site, and ``gh`` (the release upload) is a small script that copies the asset. The
install step is left out: the catalog of this virtualenv is on the PATH.

Three runs: the first snapshot with nothing cached; the later snapshot with the state carried
over (conditional requests, counted at the server; the price change in ``price_history`` with
both dates); the later snapshot again with the state lost (history rebuilt from the commits of
``data/catalog.json``).
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from scrapers.fetch.localserver import _QuietServer, _SnapshotHandler, serving
from tests.conftest import ROOT, assert_valid_workflow

WORKFLOW = ROOT / ".ci" / "examples" / "scrape.yml"
SNAPSHOTS = (ROOT / "data" / "snapshot", ROOT / "data" / "snapshot-2026-11")
SITE_HOSTS = ("https://www.cometapi.com", "https://cometapi.com")
GH_STUB = """#!/bin/sh
# GitHub's CLI for the workflow's release steps: a release is a folder under $GH_RELEASES
case "$1 $2" in
  "release view") [ -d "$GH_RELEASES/$3" ] ;;
  "release create") mkdir -p "$GH_RELEASES/$3" ;;
  "release upload") cp "$4" "$GH_RELEASES/$3/" ;;
  *) echo "gh (test stand-in) does not know: $*" >&2; exit 1 ;;
esac
"""


def load_workflow() -> dict[str, Any]:
    return yaml.safe_load(WORKFLOW.read_text())


# ------------------------------------------------------------------ the file GitHub reads

def test_the_workflow_file_has_the_keys_github_needs():
    workflow = load_workflow()
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert isinstance(triggers, dict) and "workflow_dispatch" in triggers
    (cron,) = [entry["cron"] for entry in triggers["schedule"]]
    assert len(cron.split()) == 5
    assert workflow["jobs"], "a workflow needs jobs"
    for name, job in workflow["jobs"].items():
        assert isinstance(job["runs-on"], str), name
        assert isinstance(job["steps"], list) and job["steps"], name
        for step in job["steps"]:
            assert ("uses" in step) != ("run" in step), step  # each step does one thing
            if "run" in step:  # scripts read the environment, never ${{ }} text substitution
                assert "${{" not in step["run"], step
    scrape = workflow["jobs"]["scrape"]["steps"]
    uses = [s["uses"].split("@")[0] for s in scrape if "uses" in s]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"]
    restore, save = (next(s for s in scrape if s.get("uses", "").startswith(f"actions/cache/{a}"))
                     for a in ("restore", "save"))
    assert restore["with"]["path"] == save["with"]["path"] == "data/state"
    assert workflow["env"]["CATALOG_DB"].startswith("data/state/")
    assert restore["with"]["restore-keys"] and save["with"]["key"].startswith(
        restore["with"]["restore-keys"])  # a rolling key: each run saves, the newest restores
    # the database is saved only after a complete or partial scrape: no `if: always()` on it
    assert "if" not in save and scrape.index(save) > next(
        i for i, s in enumerate(scrape) if s.get("name", "").startswith("Scrape"))
    assert workflow["jobs"]["pages"]["needs"] == "scrape"
    assert workflow["jobs"]["pages"]["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_the_workflow_file_is_valid_under_schemastores_workflow_schema(tmp_path):
    """Every key and value shape GitHub accepts, which the tests above do not list one by
    one."""
    assert_valid_workflow(WORKFLOW, tmp_path)


# ------------------------------------------------------------------ the site on 127.0.0.1

@dataclass
class Site:
    """A snapshot served on 127.0.0.1 whose folder can be swapped between runs (one base URL,
    so the catalog's page URLs stay the same), counting the requests it answers."""

    root: Path | None = None
    requests: list[tuple[str, bool]] = field(default_factory=list)  # (path, conditional)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def conditional(self) -> list[str]:
        return [path for path, conditional in self.requests if conditional]


@contextmanager
def serve_site(site: Site) -> Iterator[str]:
    class Handler(_SnapshotHandler):
        def _serve(self, send_body: bool) -> None:
            self.root = site.root  # type: ignore[misc]
            conditional = bool(self.headers.get("If-None-Match")
                               or self.headers.get("If-Modified-Since"))
            with site.lock:
                site.requests.append((self.path, conditional))
            super()._serve(send_body)

    with serving(_QuietServer(("127.0.0.1", 0), Handler)) as url:
        yield url


def rehost(snapshot: Path, target: Path, base_url: str) -> Path:
    """A copy of ``snapshot`` whose links name ``base_url`` instead of the live site's hosts
    (sitemaps, gzipped ones too, robots.txt, pages): the site as it would be served there."""

    def moved(data: bytes) -> bytes:
        for host in SITE_HOSTS:
            data = data.replace(host.encode(), base_url.encode())
        return data

    for path in snapshot.rglob("*"):
        out = target / path.relative_to(snapshot)
        if path.is_dir():
            out.mkdir(parents=True, exist_ok=True)
        elif path.suffix == ".gz":
            out.write_bytes(gzip.compress(moved(gzip.decompress(path.read_bytes())), mtime=0))
        else:
            out.write_bytes(moved(path.read_bytes()))
    return target


# ------------------------------------------------------------------ running the workflow

@dataclass
class World:
    """What outlives one workflow run: the repository on GitHub, its cache, what is published."""

    tmp: Path
    origin: Path
    cache: Path
    pages: Path
    releases: Path
    bin: Path
    base_url: str
    runs: int = 0


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


def run_workflow(world: World, stop_before: str | None = None,
                 fails_at: str | None = None) -> tuple[Path, list[str]]:
    """One scheduled run: a fresh clone, then every step of the scrape job in order (up to
    the step whose name starts with ``stop_before``; a step failing ends the job, as on
    GitHub, and must be the one named ``fails_at``). Returns the clone and the output of
    each step that ran."""
    world.runs += 1
    workflow = load_workflow()
    job = workflow["jobs"]["scrape"]
    clone = world.tmp / f"run-{world.runs}"
    subprocess.run(["git", "clone", "--quiet", str(world.origin), str(clone)], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CATALOG_", "GIT_"))}
    env.update({k: str(v) for k, v in {**workflow.get("env", {}), **job.get("env", {})}.items()})
    env.update(PATH=f"{world.bin}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}"
               f"{env.get('PATH', '')}", GH_RELEASES=str(world.releases),
               CATALOG_SITE=world.base_url, CATALOG_SCRAPE_OPTIONS="--rate 500",
               HOME=str(world.tmp / "home"))
    outputs = []
    for step in job["steps"]:
        if stop_before and step.get("name", "").startswith(stop_before):
            break
        # GitHub runs a step after a failure only under an `if:`; this runner knows none
        assert "if" not in step, f"the test does not evaluate `if:` ({step})"
        if "uses" in step:
            emulate(step, clone, world)
            continue
        if step.get("name") == "Install":
            assert step["run"].strip() == "pip install -e ."
            continue  # this virtualenv's catalog is on the PATH
        step_env = {**env, **{k: str(v) for k, v in step.get("env", {}).items()}}
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                               step["run"]], cwd=clone, env=step_env, capture_output=True,
                              text=True, timeout=120)
        output = done.stdout + done.stderr
        outputs.append(output)
        if fails_at and done.returncode != 0 and step.get("name", "").startswith(fails_at):
            return clone, outputs
        assert done.returncode == 0, f"step {step.get('name', step['run'])!r}:\n{output}"
    assert fails_at is None, f"no step {fails_at!r} failed"
    return clone, outputs


def emulate(step: dict[str, Any], clone: Path, world: World) -> None:
    """The GitHub-only actions the job uses, as what they do to the files."""
    action = step["uses"].split("@")[0]
    with_ = step.get("with", {})
    if action == "actions/checkout":
        assert with_.get("fetch-depth") == 0  # the whole history, for import-history
    elif action == "actions/setup-python":
        pass
    elif action == "actions/cache/restore":
        if (world.cache / with_["path"]).exists():
            shutil.copytree(world.cache / with_["path"], clone / with_["path"])
    elif action == "actions/cache/save":
        shutil.rmtree(world.cache / with_["path"], ignore_errors=True)
        shutil.copytree(clone / with_["path"], world.cache / with_["path"])
    elif action == "actions/upload-pages-artifact":
        shutil.rmtree(world.pages, ignore_errors=True)
        shutil.copytree(clone / with_["path"], world.pages)
    else:
        raise AssertionError(f"no emulation of {action}: the test must learn it")


@pytest.fixture
def world(tmp_path) -> Iterator[tuple[World, Site]]:
    site = Site()
    with serve_site(site) as base_url:
        origin = tmp_path / "origin.git"
        git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(origin))
        seed = tmp_path / "seed"
        git(tmp_path, "init", "--quiet", "-b", "main", str(seed))
        (seed / "README.md").write_text("the catalog's repository\n")
        git(seed, "add", "README.md")
        git(seed, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "--quiet",
            "-m", "start")
        git(seed, "push", "--quiet", str(origin), "main")
        stub = tmp_path / "bin" / "gh"
        stub.parent.mkdir()
        stub.write_text(GH_STUB)
        stub.chmod(0o755)
        (tmp_path / "home").mkdir()
        yield World(tmp=tmp_path, origin=origin, cache=tmp_path / "cache",
                    pages=tmp_path / "pages", releases=tmp_path / "releases", bin=stub.parent,
                    base_url=base_url), site


def sora_history(db: Path) -> list[tuple[float, str, str | None]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT usd, valid_from, valid_to FROM price_history WHERE model_id = "
            "'openai/sora-2' AND kind = 'per_second' ORDER BY id").fetchall()


def commit_times(repo: Path) -> list[str]:
    """When each version of data/catalog.json was committed, oldest first."""
    log = git(repo, "log", "--first-parent", "--reverse", "--format=%ct", "--",
              "data/catalog.json").split()
    return [datetime.fromtimestamp(int(s), UTC).isoformat() for s in log]


@pytest.mark.slow
def test_two_runs_carry_the_catalog_and_a_lost_state_is_rebuilt(world):
    world, site = world
    first, second = (rehost(s, world.tmp / f"site-{s.name}", world.base_url) for s in SNAPSHOTS)

    # run 1: nothing cached, the first snapshot
    site.root, site.requests = first, []
    clone, _ = run_workflow(world)
    first_requests = list(site.requests)
    assert first_requests and not site.conditional()
    db = world.cache / "data" / "state" / "catalog.db"
    assert sora_history(db) == [(0.08, sora_history(db)[0][1], None)]

    # run 2: the state carried over, the later snapshot
    site.root, site.requests = second, []
    clone, outputs = run_workflow(world)
    assert any("restored catalog: data/state/catalog.db" in o for o in outputs)
    conditional = site.conditional()
    assert "/models/openai/sora-2/" in conditional  # it had an ETag from run 1
    assert len(site.requests) < len(first_requests)  # unchanged lastmod: not fetched at all
    with sqlite3.connect(db) as conn:
        started = [r[0] for r in conn.execute("SELECT started_at FROM runs ORDER BY id")]
    assert len(started) == 2 and started[0] < started[1]
    assert sora_history(db) == [(0.08, started[0], started[1]), (0.07, started[1], None)]
    assert len(commit_times(world.origin)) == 2  # each run's export committed and pushed
    # published after the run: the site and the database file
    assert "Sora" in (world.pages / "index.html").read_text()
    published = world.releases / "catalog" / "catalog.db"
    assert sora_history(published)[-1][0] == 0.07
    status = subprocess.run([Path(sys.executable).parent / "catalog", "status", "--db",
                             str(published), "--max-age", "1h"], capture_output=True, text=True)
    assert status.returncode == 0, status.stdout + status.stderr  # a catalog, fresh

    # run 3: the cache is lost; the history comes back from the commits of the JSON
    shutil.rmtree(world.cache)
    site.requests = []
    clone, outputs = run_workflow(world)
    assert any("rebuilding it from the history of data/catalog.json" in o for o in outputs)
    assert not site.conditional()  # a rebuilt catalog knows no ETag: every page is fetched
    committed = commit_times(world.origin)
    assert len(committed) == 2  # run 3 found nothing new to commit
    assert sora_history(db) == [(0.08, committed[0], committed[1]), (0.07, committed[1], None)]
    with sqlite3.connect(db) as conn:
        lifecycle = conn.execute(
            "SELECT status, valid_from FROM lifecycle_history WHERE model_id = "
            "'google/gemini-2-5-flash' ORDER BY id").fetchall()
        runs = conn.execute("SELECT base_url, status FROM runs ORDER BY id").fetchall()
        (integrity,) = conn.execute("PRAGMA integrity_check").fetchone()
    assert lifecycle == [("active", committed[0]), ("deprecated", committed[1])]
    assert runs == [("git:data/catalog.json", "complete")] * 2 + [(world.base_url, "complete")]
    assert integrity == "ok"
    # the scrape after the rebuild agrees with the history: the export did not move
    assert (clone / "data" / "catalog.json").read_text() == git(
        world.origin, "show", "main:data/catalog.json")


@pytest.mark.slow
@pytest.mark.parametrize("cached", ["garbage bytes", "another program's database"])
def test_a_cached_file_that_is_not_a_usable_catalog_is_set_aside_and_rebuilt(
        world, scraped_db, cached):
    """The steps before the scrape, with a committed export and an unusable cached file:
    integrity_check or ``catalog status`` refuses it, and the catalog is rebuilt from git."""
    world, _ = world
    seed = world.tmp / "seed"
    (seed / "data").mkdir()
    subprocess.run([Path(sys.executable).parent / "catalog", "export", "--db", str(scraped_db),
                    "--out", str(seed / "data" / "catalog.json")], check=True,
                   capture_output=True)
    git(seed, "add", "data/catalog.json")
    git(seed, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "--quiet",
        "-m", "an earlier run's export")
    git(seed, "push", "--quiet", str(world.origin), "main")
    cache = world.cache / "data" / "state"
    cache.mkdir(parents=True)
    if cached == "garbage bytes":
        (cache / "catalog.db").write_bytes(b"not a database " * 100)
    else:
        sqlite3.connect(cache / "catalog.db").execute("CREATE TABLE notes (x)").connection.close()
    clone, outputs = run_workflow(world, stop_before="Scrape")
    assert any("rebuilding it from the history of data/catalog.json" in o for o in outputs)
    with sqlite3.connect(clone / "data" / "state" / "catalog.db") as conn:
        runs = conn.execute("SELECT base_url, status FROM runs").fetchall()
        models = conn.execute("SELECT count(*) FROM models").fetchone()[0]
    assert runs == [("git:data/catalog.json", "complete")] and models == 11


@pytest.mark.slow
def test_a_failed_run_keeps_the_cache_and_publishes_nothing(world):
    """The site answers 404 to everything (its sitemap too): the scrape fails (exit 2), the
    job stops there; the cached catalog, the commits, the site and the release stay as the
    good run left them."""
    world, site = world
    site.root = rehost(SNAPSHOTS[0], world.tmp / "site", world.base_url)
    run_workflow(world)
    kept = {path: path.read_bytes() for path in (
        world.cache / "data" / "state" / "catalog.db", world.pages / "index.html",
        world.releases / "catalog" / "catalog.db")}
    site.root = world.tmp / "empty"
    site.root.mkdir()
    _, outputs = run_workflow(world, fails_at="Scrape")
    assert "failed" in outputs[-1]
    assert {path: path.read_bytes() for path in kept} == kept
    assert len(commit_times(world.origin)) == 1


def test_the_steps_use_no_github_expression_the_test_would_not_see():
    """The scripts the test runs are the ones GitHub runs: expressions only in ``with``/``env``
    of steps (substituted by GitHub) and in keys, never inside a script."""
    text = WORKFLOW.read_text()
    scripts = [s["run"] for s in load_workflow()["jobs"]["scrape"]["steps"] if "run" in s]
    assert scripts and all(not re.search(r"\$\{\{", s) for s in scripts)
    assert "${{ github.token }}" in text  # the release upload's token comes by step env
