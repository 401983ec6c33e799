#!/usr/bin/env bash
# Release build of the widget into dist/, offline, with the pinned tools.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
. scripts/env.sh
cargo fetch --quiet
trunk build --release --offline
