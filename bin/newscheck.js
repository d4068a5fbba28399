#!/usr/bin/env node
// Executable shim: runs the compiled CLI (built by `npm install` through the prepare script).
import { main } from '../dist/cli/main.js';

process.on('SIGINT', () => process.exit(130));
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(0);
  throw e;
});
main(process.argv).then((code) => {
  process.exitCode = code;
});
