// Bundles the compiled CLI (dist/cli/main.js and what it imports) into one file, dist/cli/main.bundle.js,
// which bin/newscheck.js runs. Start-up on a short article was ~0.75 s, about 0.3 s of it Node resolving and
// loading some 200 small modules (chrono-node's alone took 80 ms); one file loads in a fraction of that.
// The bundle sits beside main.js so that paths the modules build from import.meta.url (../../kb/,
// ../worker/extract-worker.js, ../../package.json) still point where they did. wink-nlp and its model stay
// outside: they are loaded on demand, and the model is large. Packages required on first use (src/core/lazy.ts)
// are resolved at run time, so they stay outside too.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
// The extraction worker too (dist/worker/extract-worker.bundle.js, beside its module): each worker thread
// loads its code anew, and one file starts a worker ~60 ms sooner (2 workers on a short task, 3 runs each:
// 219-280 ms against 304-321 ms to the first results). The bundled CLI starts the bundled worker.
for (const [entry, outfile] of [
  ['dist/cli/main.js', 'dist/cli/main.bundle.js'],
  ['dist/worker/extract-worker.js', 'dist/worker/extract-worker.bundle.js'],
]) {
  await build({
    entryPoints: [`${root}${entry}`],
    outfile: `${root}${outfile}`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Not 'node20': esbuild 0.28 then rewrites every \p{..} regex literal into a RegExp built on each call
    // (measured: a third of the in-process run's name analysis). ES2022 is what tsc emits, and Node 20 runs it.
    target: 'es2022',
    external: ['wink-nlp', 'wink-eng-lite-web-model'],
    // CommonJS packages inside an ES module bundle call require() for Node's built-ins: give them one.
    banner: { js: "import { createRequire as newscheckRequire } from 'node:module'; const require = newscheckRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
