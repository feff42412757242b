#!/usr/bin/env bash
# Set-up of the benchmark only: Debian's nginx (the static server of the synthetic site) and
# the comparison libraries (Scrapy, BeautifulSoup + lxml) into the project's virtualenv.
# Idempotent and non-interactive; installing nginx needs root or passwordless sudo (without
# it the bench falls back to Python's threaded server and says so).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

if ! "$PY" -c "import scrapy, bs4, lxml" 2>/dev/null; then
    "$PY" -m pip install --quiet -r bench/requirements.txt
fi

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    if [ "$(id -u)" -eq 0 ]; then
        SUDO=""
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        echo "nginx is missing and this user cannot install packages: the bench will use" \
             "Python's threaded HTTP server instead" >&2
        exit 0
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends nginx-light >/dev/null 2>&1 \
        || $SUDO apt-get install -y -qq --no-install-recommends nginx >/dev/null
    # the bench runs its own nginx with its own config; do not leave Debian's default running
    $SUDO systemctl disable --now nginx >/dev/null 2>&1 || true
fi
echo "bench set-up: ok"
