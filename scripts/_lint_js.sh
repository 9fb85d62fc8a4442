#!/usr/bin/env bash
# Lint the map's own script (src/aleppomap/assets/js) with ESLint (eslint.config.mjs).
# Installs Node.js and npm with apt when `node` is missing, and the locked ESLint
# (package-lock.json) with `npm ci` when node_modules is missing or older than the lock.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "aleppomap lint: need root (or sudo) to run: $*" >&2; return 1; fi
}

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq nodejs npm >/dev/null
fi

# node_modules is current when it was installed from this very lock file.
stamp=node_modules/.aleppomap-lock
want="$(sha256sum package-lock.json | cut -c1-16)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" >"$stamp"
fi

npx --no-install eslint src/aleppomap/assets/js
