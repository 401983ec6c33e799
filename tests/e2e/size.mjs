// Size report of the release build: what a first visit transfers, brotli and
// gzip -9, from the list of paths the e2e test saw the page request
// (target/first-visit.json). Fails when the first-visit budget is exceeded.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

// The product's first-visit budget (issue 2). A first visit loads the start
// module only; the editor module is reported on its own line (it loads when
// the teacher starts, or at once for a returning teacher with drafts).
const BUDGET_BR = 120 * 1024;
const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');

const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (b) => gzipSync(b, { level: 9 }).length;

const wasmName = readdirSync(dist).find((f) => f.startsWith('kehoach-bdg-') && f.endsWith('_bg.wasm'));
const wasm = readFileSync(join(dist, wasmName));

let paths;
try {
  paths = JSON.parse(readFileSync(join(root, 'target/first-visit.json'), 'utf8'));
} catch {
  console.error('size: target/first-visit.json missing; run the e2e tests first');
  process.exit(1);
}
let total = 0;
for (const p of paths) {
  const file = join(dist, p.replace(/^\/(sub\/path\/kehoach-bdg\/)?/, '') || 'index.html');
  const n = br(readFileSync(file.endsWith('/') ? join(file, 'index.html') : file));
  total += n;
  console.log(`  ${p}  ${n} B brotli`);
}
console.log(
  `size: wasm_raw=${wasm.length} wasm_gz=${gz(wasm)} wasm_br=${br(wasm)} total_br=${total} (budget ${BUDGET_BR})`,
);
const editorName = readdirSync(dist).find((f) => f.startsWith('kehoach-editor') && f.endsWith('_bg.wasm'));
const editorJs = readdirSync(dist).find((f) => f.startsWith('kehoach-editor') && f.endsWith('.js'));
if (editorName && editorJs) {
  const e = readFileSync(join(dist, editorName));
  const ejs = readFileSync(join(dist, editorJs));
  console.log(`size: editor_raw=${e.length} editor_gz=${gz(e)} editor_br=${br(e)} editor_js_br=${br(ejs)} (loaded when the teacher starts)`);
}
const worker = readdirSync(dist).find((f) => f === 'export-worker_bg.wasm');
if (worker) {
  const w = readFileSync(join(dist, worker));
  console.log(`size: export_worker_raw=${w.length} export_worker_gz=${gz(w)} export_worker_br=${br(w)} (loaded on the first export only)`);
}
if (total > BUDGET_BR) {
  console.error(`size: first visit transfers ${total} B brotli, over the budget of ${BUDGET_BR} B by ${total - BUDGET_BR} B`);
  process.exit(1);
}
