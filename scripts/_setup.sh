# Shared set-up for scripts/map.sh and scripts/test.sh: sourced, not run.
# Creates .venv with the package (and, with DEV=1, its test tools) on a fresh
# Debian/Ubuntu machine that has only Python >= 3.11, git and apt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-python3}

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "aleppomap set-up: need root (or sudo) to run: $*" >&2; return 1; fi
}

apt_updated=0
apt_install() {
    if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "aleppomap needs Python >= 3.11; $PYTHON is $("$PYTHON" --version 2>&1)" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
    if ! "$PYTHON" -m venv .venv 2>/dev/null; then
        rm -rf .venv
        apt_install "python3-venv"
        "$PYTHON" -m venv .venv
    fi
fi

# Reinstall only when the project's metadata changed since the last set-up.
want="$(sha256sum pyproject.toml | cut -c1-16)-${DEV:-0}"
if [ "$(cat .venv/.aleppomap-setup 2>/dev/null)" != "$want" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    if [ "${DEV:-0}" = 1 ]; then
        .venv/bin/python -m pip install -q -e '.[dev]'
    else
        .venv/bin/python -m pip install -q -e .
    fi
    echo "$want" > .venv/.aleppomap-setup
fi
