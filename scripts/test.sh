#!/usr/bin/env bash
# Set everything up (Python packages, Debian's chromium for the browser tests) and run
# every check: ruff, mypy and the whole pytest suite (browser and notebook tests included),
# the tests spread over the machine's cores (pytest-xdist).
#
#   bash scripts/test.sh            everything, as CI runs it: before a commit
#   bash scripts/test.sh --quick    ruff, mypy and the unit tests only (no browser, notebook or
#                                   slow test): while editing
#
# Other arguments go to pytest, after ours: `bash scripts/test.sh --quick -k gallery -x`;
# `-n 0` runs the tests in one process.
set -euo pipefail
quick=0
args=()
for arg in "$@"; do
    if [ "$arg" = --quick ]; then quick=1; else args+=("$arg"); fi
done
DEV=1 source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"

if [ "$quick" = 0 ] && [ ! -x /usr/bin/chromium ]; then
    apt_install chromium
fi

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy
if [ "$quick" = 0 ] && [ -f scripts/_lint_js.sh ]; then
    echo "== eslint"
    bash scripts/_lint_js.sh
fi
echo "== pytest"
# pytest exits 5 when it collected no test: that is a failure here too (set -e).
# worksteal: each worker starts on one run of consecutive tests (so a browser test file mostly
# keeps its browser) and a worker that runs out takes over tests the other has not begun.
if [ "$quick" = 1 ]; then
    .venv/bin/python -m pytest -n auto --dist worksteal \
        -m "not browser and not notebook and not slow" "${args[@]}"
else
    .venv/bin/python -m pytest -n auto --dist worksteal "${args[@]}"
fi
