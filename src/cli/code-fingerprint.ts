// A fingerprint of the compiled code (every .js file under dist/, bundle included), part of the cache keys:
// caches written by another build of the same version are not reused, whatever changed in extraction or rules.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** dist/ seen from dist/cli/ (this module compiled, or the bundle beside it). */
const DIST = fileURLToPath(new URL('../', import.meta.url));

/** Hash of the names (relative to `dir`) and contents of the .js files under `dir`, in name order: ~5 ms for dist/. */
export function codeFingerprint(dir: string = DIST): string {
  const files = readdirSync(dir, { recursive: true })
    .filter((f): f is string => typeof f === 'string' && f.endsWith('.js'))
    .map((f) => f.split('\\').join('/'))
    .sort();
  const h = createHash('sha256');
  for (const f of files) h.update(f).update('\u0000').update(readFileSync(dir + f)).update('\u0000');
  return h.digest('base64url').slice(0, 16);
}
