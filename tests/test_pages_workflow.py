"""The GitHub Pages workflow (.ci/examples/pages.yml), run for real on the demo catalog.

Its ``run:`` steps are executed in order as GitHub runs them (``bash --noprofile --norc -eo
pipefail``) in a copy of the checkout's files the build reads; the steps that only exist on
GitHub are emulated: ``configure-pages`` gives the Pages URL, ``upload-pages-artifact`` copies
the folder, and ``gh`` (the release download) is a small script that copies the catalog the
scheduled scrape published. The install step is left out: this virtualenv's catalog is on
the PATH and `make install` fetched the npm packages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from tests.conftest import ROOT, assert_valid_workflow

WORKFLOW = ROOT / ".ci" / "examples" / "pages.yml"
PAGES_URL = "https://example.github.io/comet-catalog"
GH_STUB = """#!/bin/sh
# GitHub's CLI for `gh release download catalog --pattern catalog.db --dir DIR --clobber`:
# a release is a folder under $GH_RELEASES
[ "$1 $2 $3" = "release download catalog" ] || { echo "gh stand-in: $*" >&2; exit 1; }
cp "$GH_RELEASES/catalog/$5" "$7/"
"""


def load() -> dict[str, Any]:
    return yaml.safe_load(WORKFLOW.read_text())


def test_the_workflow_runs_after_the_scrape_and_deploys_pages():
    workflow = load()
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["workflow_run"] == {"workflows": ["scrape"], "types": ["completed"]}
    assert "workflow_dispatch" in triggers
    build = workflow["jobs"]["build"]
    assert "conclusion == 'success'" in build["if"]
    uses = [s["uses"].split("@")[0] for s in build["steps"] if "uses" in s]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/setup-node",
                    "actions/configure-pages", "actions/upload-pages-artifact"]
    for step in build["steps"]:
        assert ("uses" in step) != ("run" in step), step
        if "run" in step:  # scripts read the environment, never ${{ }} text substitution
            assert "${{" not in step["run"], step
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_the_workflow_file_is_valid_under_schemastores_workflow_schema(tmp_path):
    """Every key and value shape GitHub accepts, which the tests above do not list one by
    one."""
    assert_valid_workflow(WORKFLOW, tmp_path)


def expression(value: str, outputs: dict[str, str]) -> str:
    """The two expressions the workflow's step env uses, as GitHub fills them."""
    return (value.replace("${{ steps.pages.outputs.base_url }}", outputs["base_url"])
            .replace("${{ github.token }}", "test-token"))


def test_the_build_job_publishes_the_site_with_sql_and_the_api(demo_db, tmp_path):
    workflow = load()
    job = workflow["jobs"]["build"]
    work, releases, stubs, artifact = (tmp_path / n for n in ("work", "releases", "bin",
                                                              "artifact"))
    work.mkdir()
    (releases / "catalog").mkdir(parents=True)
    shutil.copy(demo_db, releases / "catalog" / "catalog.db")  # what scrape.yml uploads
    stubs.mkdir()
    (stubs / "gh").write_text(GH_STUB)
    (stubs / "gh").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CATALOG_", "GIT_"))}
    env.update({k: str(v) for k, v in workflow.get("env", {}).items()})
    env.update(PATH=f"{stubs}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}"
               f"{env.get('PATH', '')}", GH_RELEASES=str(releases))
    outputs: dict[str, str] = {}
    for step in job["steps"]:
        if "uses" in step:
            action = step["uses"].split("@")[0]
            if action == "actions/configure-pages":
                outputs["base_url"] = PAGES_URL
            elif action == "actions/upload-pages-artifact":
                shutil.copytree(work / step["with"]["path"], artifact)
            else:
                assert action in ("actions/checkout", "actions/setup-python",
                                  "actions/setup-node"), action
            continue
        if step.get("name") == "Install":
            assert step["run"].split() == ["pip", "install", "-e", ".", "npm", "ci", "--prefix",
                                           "site/vendor", "--no-audit", "--no-fund",
                                           "--loglevel=error"]
            continue
        step_env = {**env, **{k: expression(str(v), outputs)
                              for k, v in step.get("env", {}).items()}}
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                               step["run"]], cwd=work, env=step_env, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, f"{step.get('name')}:\n{done.stdout}{done.stderr}"

    # the published folder: the pages, the SQL page with sql.js, the calculator, the API
    for name in ("index.html", "sql.html", "calculator.html", "catalog-lite.db",
                 "api/v1/models.json", "assets/vendor/sqljs/sql-wasm.wasm"):
        assert (artifact / name).is_file(), name
    sitemap = (artifact / "sitemap.xml").read_text()
    assert f"<loc>{PAGES_URL}/sql.html</loc>" in sitemap
    assert f'<link rel="canonical" href="{PAGES_URL}/calculator.html">' in (
        artifact / "calculator.html").read_text()
    models = json.loads((artifact / "api" / "v1" / "models.json").read_text())
    schema = json.loads((artifact / "api" / "v1" / "schema" / "models.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(models)
    assert models["count"] >= 10

