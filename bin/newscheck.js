#!/usr/bin/env node
// Executable shim: runs the compiled CLI (built by `npm install` through the prepare script).
import { main } from '../dist/cli/main.js';

// No SIGINT handler: the default action ends the process at once, even in the middle of synchronous work
// (a JS handler would wait for it), with no stack trace; shells report 130.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(0);
  throw e;
});
main(process.argv).then((code) => {
  process.exitCode = code;
});
