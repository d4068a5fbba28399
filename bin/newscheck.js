#!/usr/bin/env node
// Executable shim: runs the compiled CLI (built by `npm install` through the prepare script): the one-file
// bundle (scripts/bundle.mjs) when it is at least as new as every compiled module, else the modules
// themselves (after a bare `tsc`, or while `tsc -w` rewrites single files, a stale bundle would run old code).
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const modules = new URL('../dist/cli/main.js', import.meta.url);
const bundle = new URL('../dist/cli/main.bundle.js', import.meta.url);
const mtime = (p) => statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** The newest compiled module under dist/ (about 150 files: a few milliseconds). */
function newestModule() {
  let newest = -1;
  for (const f of readdirSync(dist, { recursive: true })) {
    if (typeof f === 'string' && f.endsWith('.js') && !f.endsWith('.bundle.js')) newest = Math.max(newest, mtime(dist + f));
  }
  return newest;
}

const useBundle = mtime(bundle) >= 0 && mtime(bundle) >= newestModule();
const { main } = await import(useBundle ? bundle.href : modules.href);

// No SIGINT handler: the default action ends the process at once, even in the middle of synchronous work
// (a JS handler would wait for it), with no stack trace; shells report 130.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(0);
  throw e;
});
// Run as the program: large inputs may be checked in a re-launched process running this file (src/cli/relaunch.ts).
main(process.argv, { relaunchScript: fileURLToPath(import.meta.url) }).then((code) => {
  process.exitCode = code;
});
