#!/usr/bin/env bash
# trunk post_build hook: writes embed.js, the one script a school website
# includes. It knows the hashed file names of this build, loads the widget
# relative to its own URL (so dist/ works from any sub-path), and tells the
# widget where its stylesheet is (the widget attaches it inside its shadow root).
#
# Two modules: the small start module (kehoach-bdg-*), which is all a first
# visit needs, and the editor (kehoach-editor*), imported when the start
# module hands over, or at once when this browser already holds drafts.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$dir"
js=$(ls kehoach-bdg-*.js 2>/dev/null | grep -v '_bg' | head -n1 || true)
wasm=$(ls kehoach-bdg-*_bg.wasm 2>/dev/null | head -n1 || true)
ejs=$(ls kehoach-editor*.js 2>/dev/null | grep -v '_bg' | head -n1 || true)
ewasm=$(ls kehoach-editor*_bg.wasm 2>/dev/null | head -n1 || true)
css=$(ls styles-*.css 2>/dev/null | head -n1 || true)
if [ -z "$js" ] || [ -z "$wasm" ] || [ -z "$ejs" ] || [ -z "$ewasm" ] || [ -z "$css" ]; then
  echo "post-build: expected kehoach-bdg-*.js/_bg.wasm, kehoach-editor*.js/_bg.wasm and styles-*.css in $dir" >&2
  ls >&2
  exit 1
fi
cat > embed.js <<JS
// kehoach-bdg loader. On a school page:
//   <div data-kehoach-bdg data-issuer="…"></div>
//   <script type="module" src="…/kehoach-bdg/embed.js"></script>
// Everything is loaded relative to this file; nothing from other sites.
const base = new URL('./', import.meta.url);
const at = (file) => new URL(file, base).href;
let editor, editorWasm;
// A failed module import is remembered by the browser for its URL: a retry
// asks for the same file under a new query.
let tries = 0;
const editorJs = () => at('${ejs}') + (tries ? '?try=' + tries : '');
const k = (globalThis.kehoachBdg = {
  base: base.href,
  css: at('${css}'),
  // The start module calls this when the teacher begins to fill the form:
  // the editor is then on its way before it is asked for. A failure here
  // only means loadEditor fetches again.
  prefetchEditor() {
    editorWasm ??= fetch(at('${ewasm}')).catch(() => at('${ewasm}'));
    import(editorJs()).catch(() => tries++);
  },
  // The editor module, imported and started once (the start module calls this).
  loadEditor() {
    editor ??= import(editorJs())
      .then((m) => m.default({ module_or_path: editorWasm ?? at('${ewasm}') }))
      .catch((e) => {
        editor = editorWasm = undefined;
        tries++;
        throw e;
      });
    return editor;
  },
});
// Drafts saved by a widget of this page (same namespaces as the widget
// reads: data-namespace, else ?namespace= with data-url-options, else the
// default) mean a returning teacher: the editor, at once.
function hasDrafts() {
  try {
    const search = new URLSearchParams(location.search);
    const spaces = [...document.querySelectorAll('[data-kehoach-bdg]')].map(
      (el) =>
        el.getAttribute('data-namespace') ||
        (el.hasAttribute('data-url-options') && search.get('namespace')) ||
        'kehoach-bdg',
    );
    if (spaces.length === 0) spaces.push('kehoach-bdg');
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) || '';
      if (spaces.some((ns) => key.startsWith(ns + ':'))) return true;
    }
  } catch {
    // Storage blocked: nothing saved to reopen; the editor says so later.
  }
  return false;
}
if (hasDrafts()) {
  k.prefetchEditor();
  await k.loadEditor();
} else {
  // The wasm downloads while the module's script is imported.
  const wasm = fetch(at('${wasm}'));
  const { default: init } = await import(at('${js}'));
  await init({ module_or_path: wasm });
}
JS
echo "post-build: wrote embed.js for ${js}, ${wasm}, ${ejs}, ${ewasm}, ${css}"
