"""The Datasette scale-out recipe (.ci/examples/datasette-publish.sh), run as far as this
machine allows: no Google Cloud and no Docker here, so `gcloud` and `docker` are small
stand-ins that keep the deploy directory the real `datasette publish cloudrun` and `datasette
package` made (their Dockerfile, metadata, templates, plugins, static files, the wheel) and
record the deploy command. That directory is then served the way its Dockerfile says (the
`datasette inspect` step, then its CMD on 127.0.0.1) with this virtualenv's Datasette, which
stands in for the image's `pip install` of the wheel, and asked what a visitor would ask.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, free_port, wait_until_answers

SCRIPT = ROOT / ".ci" / "examples" / "datasette-publish.sh"
GCLOUD = """#!/bin/sh
# a stand-in for Google Cloud's CLI: keeps the build context, records every call
echo "gcloud $*" >> "$CAPTURE/calls.log"
case "$*" in
  "config get-value project") echo demo-project ;;
  "run services list"*) echo "[]" ;;
  "builds submit"*) cp -r . "$CAPTURE/cloudrun" ;;
esac
"""
DOCKER = """#!/bin/sh
# a stand-in for docker: keeps the build context `datasette package` made
echo "docker $*" >> "$CAPTURE/calls.log"
[ "$1" = build ] && cp -r . "$CAPTURE/package"
exit 0
"""


@pytest.fixture(scope="module")
def published(demo_db, tmp_path_factory) -> Path:
    """Both targets of the recipe run once: cloudrun (building the wheel itself), then package
    (given the wheel it built)."""
    work = tmp_path_factory.mktemp("publish")
    capture, stubs = work / "capture", work / "bin"
    capture.mkdir()
    stubs.mkdir()
    for name, text in (("gcloud", GCLOUD), ("docker", DOCKER)):
        (stubs / name).write_text(text)
        (stubs / name).chmod(0o755)
    env = {**os.environ, "CAPTURE": str(capture), "CATALOG_DB": str(demo_db),
           "CATALOG_PUBLISH_DIR": str(work / "_publish"), "PYTHON": sys.executable,
           "PATH": f"{stubs}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}"
                   f"{os.environ['PATH']}"}
    done = subprocess.run(["bash", str(SCRIPT), "cloudrun"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = (work / "_publish" / "wheel-build").glob("comet_catalog-*.whl")
    done = subprocess.run(["bash", str(SCRIPT), "package"], cwd=ROOT,
                          env={**env, "CATALOG_WHEEL": str(wheel)},
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return capture


def get(url: str) -> httpx.Response:
    """GET, asked again on a 503: the public profile's deadline (site/plugins/deadline.py)
    answers 503 to a request that waited too long for its turn, as on a machine shared with
    other work; what is checked is the answer, not the time it took."""
    for _ in range(10):
        response = httpx.get(url, timeout=30)
        if response.status_code != 503:
            break
    return response


def dockerfile(deploy: Path) -> tuple[str, str, str]:
    """(the pip install line, the inspect line, the CMD) of a generated Dockerfile."""
    text = (deploy / "Dockerfile").read_text()
    install = re.search(r"^RUN pip install (.+)$", text, re.M).group(1)
    inspect = re.search(r"^RUN (datasette inspect .+)$", text, re.M).group(1)
    cmd = re.search(r"^CMD (.+)$", text, re.M).group(1)
    return install, inspect, cmd


@pytest.mark.parametrize("target", ["cloudrun", "package"])
def test_the_deploy_directory_carries_the_catalogs_configuration(published, target):
    deploy = published / target
    install, _, cmd = dockerfile(deploy)
    assert re.fullmatch(r"-U datasette wheel/comet_catalog-[\w.]+-py3-none-any\.whl", install)
    assert list((deploy / "wheel").glob("comet_catalog-*.whl"))
    args = shlex.split(cmd.replace("$PORT", "8001"))
    assert args[:2] == ["datasette", "serve"] and "catalog.db" in args
    assert args[args.index("--version-note") + 1].startswith("comet-catalog ")
    for option in (["--metadata", "metadata.json"], ["--template-dir", "templates/"],
                   ["--plugins-dir", "plugins/"], ["--static", "static:static"],
                   ["--static", "vendor:vendor"], ["--setting", "sql_time_limit_ms", "1000"],
                   ["--setting", "max_returned_rows", "1000"]):
        assert any(args[i:i + len(option)] == option for i in range(len(args))), option
    metadata = json.loads((deploy / "metadata.json").read_text())
    assert metadata["allow_sql"] is False
    assert "cheapest_with_context" in metadata["databases"]["catalog"]["queries"]
    plugins = {p.name for p in (ROOT / "site" / "plugins").glob("*.py")}
    assert plugins <= {p.name for p in (deploy / "plugins").glob("*.py")}
    assert (deploy / "templates" / "base.html").is_file()
    assert (deploy / "vendor" / "vega" / "build" / "vega.min.js").is_file()


def test_cloud_run_is_asked_to_deploy_the_built_image(published):
    calls = (published / "calls.log").read_text().splitlines()
    deploy = [c for c in calls if c.startswith("gcloud run deploy")]
    assert len(deploy) == 1 and "comet-catalog" in deploy[0] and "--memory 1Gi" in deploy[0]
    built = [c for c in calls if c.startswith("gcloud builds submit")]
    assert len(built) == 1 and "demo-project" in built[0]
    assert any(c.startswith("docker build") and "comet-catalog" in c for c in calls)


def test_the_deploy_directory_serves_the_catalog_publicly(published, tmp_path):
    deploy = published / "package"
    _, inspect, cmd = dockerfile(deploy)
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(shlex.split(inspect), cwd=deploy, env=env, check=True, timeout=120)
    port = free_port()
    argv = shlex.split(cmd.replace("$PORT", str(port)))
    argv[argv.index("--host") + 1] = "127.0.0.1"  # 0.0.0.0 in the image
    log = tmp_path / "datasette.log"
    with log.open("w") as out:
        process = subprocess.Popen(argv, cwd=deploy, env=env, stdout=out,
                                   stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        # the public profile hides /-/versions and the other introspection pages
        wait_until_answers(process, f"{base}/catalog/models.json", log)
        assert get(f"{base}/-/versions.json").status_code == 404
        models = get(f"{base}/catalog/models.json?_shape=array")
        assert models.status_code == 200 and len(models.json()) >= 10
        canned = get(f"{base}/catalog/discounts.json?_shape=array")
        assert canned.status_code == 200 and canned.json()
        # the plugins of site/plugins/ are loaded: catalog_size() parses 128k
        cheap = get(f"{base}/catalog/cheapest_with_context.json?_shape=array"
                    "&min_context=128k")
        assert cheap.status_code == 200 and cheap.json()
        assert all(row["context_window"] >= 128_000 for row in cheap.json())
        # the public profile: no arbitrary SQL
        sql = get(f"{base}/catalog.json?sql=select+1")
        assert sql.status_code == 403
        assert get(f"{base}/static/catalog.css").status_code == 200
        chart = get(f"{base}/vendor/vega/build/vega.min.js")
        assert chart.status_code == 200 and len(chart.content) > 1000
    finally:
        process.terminate()
        process.wait(timeout=10)
