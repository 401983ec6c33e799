#!/usr/bin/env bash
# Every test, in order, stopping at the first failure:
#   1 format, lints (native + wasm32), domain purity
#   2 native tests (domain, exporters, LibreOffice reading our .docx)
#   3 browser tests in headless Chromium (wasm-bindgen-test)
#   4 release build + Playwright end-to-end tests against it
#   5 size report against the first-visit budget
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { printf '\n==> [%ss] %s\n' "$(( $(date +%s) - start ))" "$*"; }

step "set-up (installs only what is missing)"
scripts/setup.sh test
. scripts/env.sh
cargo fetch --quiet

step "1/5 format, lints, domain purity"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings
scripts/purity.sh

step "2/5 native tests"
KEHOACH_REQUIRE_LIBREOFFICE=1 cargo test --quiet

step "3/5 browser tests (headless Chromium)"
cargo test --target wasm32-unknown-unknown --test 'web_*'

step "4/5 release build + end-to-end tests"
trunk build --release --offline
(cd tests/e2e && npx playwright test)

step "5/5 size report"
node tests/e2e/size.mjs

step "all tests passed"
