#!/usr/bin/env bash
# trunk post_build hook: writes embed.js, the one script a school website
# includes. It knows the hashed file names of this build, loads the widget
# relative to its own URL (so dist/ works from any sub-path), and tells the
# widget where its stylesheet is (the widget attaches it inside its shadow root).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$dir"
js=$(ls kehoach-bdg-*.js 2>/dev/null | grep -v '_bg' | head -n1 || true)
wasm=$(ls kehoach-bdg-*_bg.wasm 2>/dev/null | head -n1 || true)
css=$(ls styles-*.css 2>/dev/null | head -n1 || true)
if [ -z "$js" ] || [ -z "$wasm" ] || [ -z "$css" ]; then
  echo "post-build: expected kehoach-bdg-*.js, *_bg.wasm and styles-*.css in $dir" >&2
  ls >&2
  exit 1
fi
cat > embed.js <<JS
// kehoach-bdg loader. On a school page:
//   <div data-kehoach-bdg data-issuer="Trường …"></div>
//   <script type="module" src="…/kehoach-bdg/embed.js"></script>
// Everything is loaded relative to this file; nothing from other sites.
import init from './${js}';
const base = new URL('./', import.meta.url);
globalThis.kehoachBdg = { base: base.href, css: new URL('${css}', base).href };
await init({ module_or_path: new URL('${wasm}', base) });
JS
echo "post-build: wrote embed.js for ${js}, ${wasm}, ${css}"
