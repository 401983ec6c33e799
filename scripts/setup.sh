#!/usr/bin/env bash
# Installs what this project needs, only where missing, at pinned versions.
#   scripts/setup.sh build   Rust wasm target, trunk, wasm-bindgen-cli, npm packages (incl. wasm-opt)
#   scripts/setup.sh test    all of the above + Chromium, chromedriver, LibreOffice, poppler
# Safe to run again: a warm machine passes through in a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-test}"

TRUNK_VERSION="0.21.14"
# Debian bookworm's Chromium at the time of pinning; see chromium_install below.
CHROMIUM_VERSION="156.0.8078.79-1~deb12u1"
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"

say() { printf '==> %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! grep -q "^wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must be \"$WBG_VERSION\" (the version in Cargo.lock)" >&2
  exit 1
fi

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Rust: wasm target and the two tools trunk drives ---------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The tools' own speed hardly matters here; a lighter optimisation level
# shortens their cold build on a 2-core machine.
cargo_install() {
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=0 cargo install "$@"
}

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "cargo install trunk $TRUNK_VERSION (about 20 minutes cold)"
  cargo_install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WBG_VERSION"; then
  say "cargo install wasm-bindgen-cli $WBG_VERSION (about 9 minutes cold)"
  # Not --locked: its lockfile names a crate version this registry lacks.
  cargo_install wasm-bindgen-cli --version "=$WBG_VERSION"
fi

# --- npm: Playwright, axe-core, and binaryen's wasm-opt (version_132) -----
if ! command -v npm >/dev/null; then
  say "apt-get install nodejs npm"
  sudo_if_needed apt-get update
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm
fi
stamp=tests/e2e/node_modules/.kehoach-lock
if ! cmp -s tests/e2e/package-lock.json "$stamp" 2>/dev/null; then
  say "npm ci (tests/e2e)"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  cp tests/e2e/package-lock.json "$stamp"
fi

[ "$profile" = "build" ] && exit 0

# --- Debian: browser + driver for the tests, LibreOffice to read .docx ----
apt_missing() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$p"
  done
}
updated=""
apt_update_once() { [ -n "$updated" ] || { sudo_if_needed apt-get update -qq; updated=1; }; }

if [ -n "$(apt_missing chromium chromium-driver)" ]; then
  say "apt-get install chromium chromium-driver ($CHROMIUM_VERSION)"
  apt_update_once
  # Debian replaces old Chromium builds with security updates; when the pinned
  # build is gone, install the archive's current one (browser and driver are
  # always the same version) and say so loudly.
  if ! sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      "chromium=$CHROMIUM_VERSION" "chromium-driver=$CHROMIUM_VERSION" "chromium-common=$CHROMIUM_VERSION"; then
    echo "WARNING: Chromium $CHROMIUM_VERSION is no longer in the archive; installing the current build." >&2
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi
fi

missing="$(apt_missing libreoffice-writer-nogui poppler-utils fonts-liberation)"
if [ -n "$missing" ]; then
  say "apt-get install $missing"
  apt_update_once
  # shellcheck disable=SC2086
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi
