#!/usr/bin/env bash
# Builds the widget and serves it on http://127.0.0.1:8080, rebuilding on change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
. scripts/env.sh
cargo fetch --quiet
exec trunk serve --offline
