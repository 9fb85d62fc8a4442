#!/usr/bin/env bash
# Set everything up (Python packages, Debian's chromium for the browser tests) and run
# every check: ruff, mypy and the whole pytest suite (browser and notebook tests included).
set -euo pipefail
DEV=1 source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"

if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium
fi

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
# pytest exits 5 when it collected no test: that is a failure here too (set -e).
.venv/bin/python -m pytest "$@"
