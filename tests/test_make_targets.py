"""The Makefile's set-up targets: `make demo` and `make test` started together on a fresh
clone install the virtualenv once (.ci/install-venv holds a lock, and the second finds the work
done; stub `python3`, `pip` and `npm` record each call, a real install would take minutes, the
script itself is the real one); `make site` finds the demo's catalog; `make demo-db` never
deletes the catalog a server reads."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

from tests.conftest import ROOT

SCRIPT = ROOT / ".ci" / "install-venv"

FAKE_PYTHON = """#!/usr/bin/env bash
# python3 -m venv DIR: a virtualenv whose pip records its calls
echo "venv $*" >> "$LOG"
sleep 0.5
mkdir -p "$3/bin"
printf '#!/usr/bin/env bash\\necho "pip $*" >> "$LOG"\\n' > "$3/bin/pip"
printf '#!/usr/bin/env bash\\n' > "$3/bin/python"
chmod +x "$3/bin/pip" "$3/bin/python"
"""
FAKE_NPM = """#!/usr/bin/env bash
echo "npm $*" >> "$LOG"
"""


def _executable(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def test_two_installs_started_together_create_the_virtualenv_once(tmp_path):
    checkout = tmp_path / "checkout"
    (checkout / "site" / "vendor").mkdir(parents=True)
    (checkout / "pyproject.toml").write_text("[project]\n")
    (checkout / "site" / "vendor" / "package-lock.json").write_text("{}\n")
    tools = tmp_path / "bin"
    tools.mkdir()
    _executable(tools / "fakepython", FAKE_PYTHON)
    _executable(tools / "npm", FAKE_NPM)
    log = tmp_path / "calls.log"
    env = {**os.environ, "PYTHON": str(tools / "fakepython"), "VENV": ".venv", "LOG": str(log),
           "PATH": f"{tools}:{os.environ['PATH']}"}
    first, second = (subprocess.Popen(["bash", str(SCRIPT)], cwd=checkout, env=env)
                     for _ in range(2))
    assert first.wait(timeout=60) == 0 and second.wait(timeout=60) == 0
    calls = log.read_text().splitlines()
    assert sum(line.startswith("venv") for line in calls) == 1, calls
    assert sum(line.startswith("pip install --quiet -e") for line in calls) == 1, calls
    assert sum(line.startswith("npm ci --prefix site/vendor") for line in calls) == 1, calls
    assert (checkout / ".venv" / ".installed").exists()

    # a third run, later, with nothing changed: nothing to do
    assert subprocess.run(["bash", str(SCRIPT)], cwd=checkout, env=env).returncode == 0
    assert log.read_text().splitlines() == calls


def _plan(*args: str) -> str:
    return subprocess.run(["make", "-n", *args], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def test_make_site_builds_the_demo_catalog_when_no_scraped_one_exists():
    plan = _plan("site", "DB=data/no-such-catalog.db")
    assert "catalog site --db data/demo/catalog.db --out _site" in plan


def test_make_demo_db_builds_aside_and_renames_into_place():
    plan = _plan("demo-db")
    scrapes = [line for line in plan.splitlines() if "catalog scrape" in line]
    assert scrapes and all("--db data/demo/build/catalog.db" in line for line in scrapes)
    assert "rm -f data/demo/catalog.db" not in plan  # never deleted under a running server
    assert ("python -m catalog.publish.swap data/demo/build/catalog.db data/demo/catalog.db"
            in plan)
