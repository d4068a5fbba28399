#!/usr/bin/env node
// Executable shim: runs the compiled CLI (built by `npm install` through the prepare script): the one-file
// bundle (scripts/bundle.mjs) when it is at least as new as the compiled modules, else the modules
// themselves (after a bare `tsc`, a stale bundle would run old code).
import { statSync } from 'node:fs';

const modules = new URL('../dist/cli/main.js', import.meta.url);
const bundle = new URL('../dist/cli/main.bundle.js', import.meta.url);
const mtime = (u) => statSync(u, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const { main } = await import(mtime(bundle) >= mtime(modules) ? bundle.href : modules.href);

// No SIGINT handler: the default action ends the process at once, even in the middle of synchronous work
// (a JS handler would wait for it), with no stack trace; shells report 130.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(0);
  throw e;
});
main(process.argv).then((code) => {
  process.exitCode = code;
});
