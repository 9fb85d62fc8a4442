#!/usr/bin/env bash
# Set everything up and build the Aleppo map from the gallery shipped in the package:
# writes aleppo-map.html and aleppo-events.geojson in the current folder of the repo.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"
.venv/bin/aleppomap build "$@"
