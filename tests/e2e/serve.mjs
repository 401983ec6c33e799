// A tiny static server for the release build (dist/), used by the Playwright
// config. Serves the widget under a sub-path too, as a school site would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '../../dist');
// Host pages built like school portals (embedding tests), at /test-hosts/.
const hosts = resolve(new URL('./hosts', import.meta.url).pathname);
const port = Number(process.argv[3] ?? 8090);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // The same files answer at / and at /sub/path/kehoach-bdg/ (embedding tests).
  path = path.replace(/^\/sub\/path\/kehoach-bdg(?=\/|$)/, '');
  if (path.endsWith('/')) path += 'index.html';
  const hostPage = path.match(/^\/test-hosts(\/.*)$/);
  const base = hostPage ? hosts : root;
  const file = normalize(join(base, hostPage ? hostPage[1] : path));
  if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
