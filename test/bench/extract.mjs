// bench:extract — runs every extraction benchmark part (test/bench/extract-*.mjs, each exporting
// `async run({ corporaDir, log })` that returns rows) and prints their figures side by side in one table.
// Rows: { corpus, system, metric, precision?, recall?, f1?, ... other numeric figures, ms? }.
// Usage: npm run bench:extract   (reads $NEWSCHECK_CORPORA or ../shared/corpora; skips cleanly when absent)
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corporaDir } from './corpora.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = corporaDir();
if (!dir) process.exit(0);

const parts = readdirSync(here)
  .filter((f) => /^extract-.+\.mjs$/.test(f))
  .sort();
const rows = [];
for (const file of parts) {
  const mod = await import(new URL(file, import.meta.url));
  if (typeof mod.run !== 'function') continue;
  console.log(`\n## ${file}`);
  try {
    rows.push(...((await mod.run({ corporaDir: dir, log: (m) => console.log(m) })) ?? []));
  } catch (e) {
    console.log(`  failed: ${e instanceof Error ? e.stack : e}`);
  }
}

/** Figures in a fixed order first, then any other numeric ones a part reports. */
const FIXED = ['precision', 'recall', 'f1'];
const SKIP = new Set(['corpus', 'system', 'metric', 'ms', 'gold', 'predicted']);
const extra = [...new Set(rows.flatMap((r) => Object.keys(r)).filter((k) => !SKIP.has(k) && !FIXED.includes(k)))];
const columns = [...FIXED, ...extra];
const fmt = (v) => (typeof v !== "number" ? "—" : v <= 1 && v >= 0 ? (100 * v).toFixed(1) : String(Math.round(v)));

const systems = [...new Set(rows.map((r) => r.system))];
const keys = [...new Set(rows.map((r) => `${r.corpus}\t${r.metric}`))];
const mw = Math.max(14, ...rows.map((r) => String(r.metric).length + 1));
const cw = Math.max(18, ...rows.map((r) => String(r.corpus).length + 1));
console.log('\n## Summary (percentages)');
const head = ['corpus'.padEnd(cw), 'metric'.padEnd(mw), ...systems.map((s) => s.padEnd(Math.max(14, columns.length * 7)))].join(' ');
console.log(head);
console.log(' '.repeat(cw + mw + 2) + systems.map(() => columns.map((c) => c.slice(0, 6).padStart(6)).join(' ').padEnd(Math.max(14, columns.length * 7))).join(' '));
for (const key of keys) {
  const [corpus, metric] = key.split('\t');
  const cells = systems.map((s) => {
    const r = rows.find((x) => x.system === s && x.corpus === corpus && x.metric === metric);
    return (r ? columns.map((c) => fmt(r[c]).padStart(6)).join(' ') : '').padEnd(Math.max(14, columns.length * 7));
  });
  console.log([corpus.padEnd(cw), metric.padEnd(mw), ...cells].join(' '));
}
