#!/usr/bin/env bash
# The domain never knows there is a browser (STYLE.md): fail if src/domain
# names a browser or UI crate.
set -euo pipefail
cd "$(dirname "$0")/.."
if hits="$(grep -rnE '\b(leptos|web_sys|js_sys|gloo[a-z_]*|wasm_bindgen)\b' src/domain)"; then
  echo "domain purity: src/domain must not use leptos, web_sys, js_sys, gloo or wasm_bindgen:" >&2
  echo "$hits" >&2
  exit 1
fi
echo "domain purity: ok (src/domain uses no browser crate)"
