// The UI strings, read from the same Rust table the app uses
// (src/domain/strings.rs, exported by the native CLI), never hard-coded here.
import { execFileSync } from 'node:child_process';

let cache;
export function strings(lang = 'vi') {
  cache ??= JSON.parse(
    execFileSync('cargo', ['run', '--quiet', '--bin', 'kehoach', '--', 'strings'], {
      cwd: new URL('../../..', import.meta.url).pathname,
      encoding: 'utf8',
    }),
  );
  return cache[lang];
}
