#!/usr/bin/env bash
# The Datasette side beyond one machine: deploy the catalog as `catalog serve --public` serves
# it (canned queries, templates, plugins, charts, public limits; no arbitrary SQL) with
# `datasette publish cloudrun` (Google Cloud Run), or build the same Docker image for any host
# with `datasette package`. The options come from catalog/publish/datasette_publish.py, made
# from the serve configuration itself; the plugins import this project, so the image installs
# its wheel. tests/test_datasette_publish.py runs this script with stand-ins for gcloud and
# docker and serves the deploy directory it produced.
#
#   CATALOG_DB=data/catalog.db bash .ci/examples/datasette-publish.sh cloudrun   # or: package
#
# Needs: gcloud (logged in, a project set) for cloudrun, docker for package. Optional:
# CATALOG_SITE_DIR_BUILT=_site to serve the static site at /site/ too; CATALOG_SERVICE (the
# Cloud Run service and image name, default comet-catalog); CATALOG_WHEEL (a built wheel).
set -euo pipefail

TARGET=${1:-cloudrun}
CATALOG_DB=${CATALOG_DB:-data/catalog.db}
SERVICE=${CATALOG_SERVICE:-comet-catalog}
PUBLISH=${CATALOG_PUBLISH_DIR:-_publish}
PYTHON=${PYTHON:-python}

if [ -z "${CATALOG_WHEEL:-}" ]; then
    rm -rf "$PUBLISH/wheel-build"
    "$PYTHON" -m pip wheel --quiet --no-deps -w "$PUBLISH/wheel-build" .
    CATALOG_WHEEL=$(ls "$PUBLISH"/wheel-build/comet_catalog-*.whl)
fi
site_args=()
if [ -n "${CATALOG_SITE_DIR_BUILT:-}" ]; then
    site_args=(--site-dir "$CATALOG_SITE_DIR_BUILT")
fi
mapfile -t OPTIONS < <("$PYTHON" -m catalog.publish.datasette_publish --db "$CATALOG_DB" \
    --out "$PUBLISH/deploy" --wheel "$CATALOG_WHEEL" "${site_args[@]}")
[ "${#OPTIONS[@]}" -gt 0 ] || { echo "datasette-publish: no options made" >&2; exit 2; }

case "$TARGET" in
    cloudrun)
        datasette publish cloudrun "${OPTIONS[@]}" --service "$SERVICE" --memory 1Gi ;;
    package)
        datasette package "${OPTIONS[@]}" --tag "$SERVICE" ;;
    *)
        echo "usage: datasette-publish.sh cloudrun|package" >&2; exit 64 ;;
esac
