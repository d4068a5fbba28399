// bench:alarms — false-alarm rate of the checks on real dated news: PolNeAR (2015-16), Reuters-21578 (1987) and
// headlines of 2021-22, each checked with its publication date. Prints findings per 100 articles by rule and a
// sample. Then recall probes: headlines naming Biden's administration or title while he was in office (and Trump
// as former president), checked as if written on 2025-05-11, where each present-tense use would be stale; and
// every headline checked three years after its date (stale copy), with a sample to read.
// Usage: npm run bench:alarms [-- --limit N] [--sample N]
import { corporaDir, numberOption, readHeadlines, readPolnear, readReuters } from './corpora.mjs';
import { makeDocument } from '../../dist/core/document.js';
import { checkDocuments } from '../../dist/engine.js';
import { loadKb } from '../../dist/know/load.js';

const limit = numberOption('limit', Infinity);
const sampleSize = numberOption('sample', 12);
const CROSS = new Set(['conflicting-event-date', 'conflicting-place', 'conflicting-title', 'conflicting-number', 'altered-quote', 'misattributed-quote']);
const TIME_AWARE = new Set(['wrong-office-holder', 'anachronistic-title', 'anachronistic-administration', 'elapsed-time', 'weekday-date-mismatch']);

const dir = corporaDir();
if (!dir) process.exit(0);
const kb = loadKb();
const corpora = [
  ['PolNeAR (train+dev+test)', [...readPolnear(dir, 'train'), ...readPolnear(dir, 'dev'), ...readPolnear(dir, 'test')]],
  ['Reuters-21578', readReuters(dir)],
  ['Headlines 2021-22', readHeadlines(dir)],
];
for (const [name, records] of corpora) {
  const recs = records.slice(0, limit);
  const docs = recs.map((r, i) => makeDocument({ id: r.id, file: r.id, index: i, text: r.text, meta: { date: r.date, dateSource: 'metadata' } }));
  const t0 = Date.now();
  // Each article alone: stories would pool documents that have their own publication dates anyway.
  const report = checkDocuments(docs, { kb, toolVersion: 'bench' });
  const secs = (Date.now() - t0) / 1000;
  const byRule = new Map();
  for (const f of report.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const timeAware = report.findings.filter((f) => TIME_AWARE.has(f.rule));
  console.log(`\n## ${name}: ${docs.length} articles, ${(docs.reduce((s, d) => s + d.text.length, 0) / 1e6).toFixed(1)} MB, ${secs.toFixed(1)} s`);
  console.log('rule'.padEnd(30) + 'findings'.padStart(10) + 'per 100 articles'.padStart(20));
  for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) {
    console.log(rule.padEnd(30) + String(n).padStart(10) + (n / docs.length * 100).toFixed(2).padStart(20));
  }
  const cross = report.findings.filter((f) => CROSS.has(f.rule)).length;
  const sizes = report.stories.map((s) => s.documents.length).sort((a, b) => b - a);
  console.log(`cross-document findings: ${cross} (${(cross / docs.length * 100).toFixed(2)} per 100 articles); ${sizes.length} stories, largest ${sizes.slice(0, 5).join(', ')}`);
  console.log(`time-aware findings per 100 articles: ${(timeAware.length / docs.length * 100).toFixed(2)} (goal <= 1)`);
  const step = Math.max(1, Math.floor(timeAware.length / sampleSize));
  for (const f of timeAware.filter((_, i) => i % step === 0).slice(0, sampleSize)) {
    console.log(`  ${f.doc}:${f.line}:${f.column} ${f.rule}: "${f.text.replace(/\s+/g, ' ')}" — ${f.message}`);
  }
}

// Recall probes (no gold labels: a past-tense use such as "Biden White House aides shredded notes" is right to
// pass). Real 2021-22 headlines checked as if written on 2025-05-11, when Biden had left office and Trump was back.
const headlines = readHeadlines(dir);
const probes = [
  ['anachronistic-administration', 'naming the Biden administration', /\bBiden(?:['’]s)? (?:administration|White House)\b/i],
  ['wrong-office-holder', 'calling Biden "President"', /^(?!.*\b(?:former|ex-|vice)\b).*\bPresident (?:Joe )?Biden\b/i],
  ['anachronistic-title', 'calling Trump "former President"', /\b(?:former|ex-) ?President (?:Donald )?Trump\b/i],
];
console.log('\n## Recall probes: 2021-22 headlines checked as of 2025-05-11');
for (const [rule, what, re] of probes) {
  const recs = headlines.filter((r) => re.test(r.text));
  const shifted = recs.map((r, i) => makeDocument({ id: r.id, file: r.id, index: i, text: r.text, meta: { date: '2025-05-11', dateSource: 'metadata' } }));
  const probe = checkDocuments(shifted, { kb, toolVersion: 'bench' });
  const flagged = new Set(probe.findings.filter((f) => f.rule === rule).map((f) => f.doc));
  console.log(`${rule}: ${flagged.size} of ${recs.length} headlines ${what}; not flagged:`);
  for (const r of recs.filter((r) => !flagged.has(r.id)).slice(0, sampleSize)) console.log(`  ${r.text.slice(0, 160)}`);
}

// Stale-copy probe: every headline checked three years after its date, as if republished unchanged. Titles
// and administrations current then are stale now; the bench prints what the time-aware rules flag, to read.
const later = headlines.map((r, i) => {
  const d = new Date(`${r.date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 3 * 365);
  return makeDocument({ id: r.id, file: r.id, index: i, text: r.text, meta: { date: d.toISOString().slice(0, 10), dateSource: 'metadata' } });
});
const stale = checkDocuments(later, { kb, toolVersion: 'bench' }).findings.filter((f) => TIME_AWARE.has(f.rule));
const staleBy = new Map();
for (const f of stale) staleBy.set(f.rule, (staleBy.get(f.rule) ?? 0) + 1);
console.log(`\n## Stale-copy probe: the ${headlines.length} headlines checked three years after their dates`);
console.log(`time-aware findings: ${stale.length} (${[...staleBy].map(([r, n]) => `${r} ${n}`).join(', ')}); a sample:`);
const every = Math.max(1, Math.floor(stale.length / sampleSize));
for (const f of stale.filter((_, i) => i % every === 0).slice(0, sampleSize)) console.log(`  ${f.rule}: "${f.text.replace(/\s+/g, ' ')}" — ${f.message.slice(0, 150)}`);
