// bench:stories — how well story grouping recovers the 43 ECB+ topics (pairwise and B-cubed F1), and the
// cross-document findings per topic, with a sample. Usage: npm run bench:stories
import { corporaDir, readEcbPlus } from './corpora.mjs';
import { makeDocument } from '../../dist/core/document.js';
import { checkDocuments } from '../../dist/engine.js';
import { loadKb } from '../../dist/know/load.js';

const CROSS = new Set(['conflicting-event-date', 'conflicting-place', 'conflicting-title', 'conflicting-number', 'altered-quote', 'misattributed-quote']);
const dir = corporaDir();
if (!dir) process.exit(0);
const recs = readEcbPlus(dir);
const kb = loadKb();
const docs = recs.map((r, i) => makeDocument({ id: r.id, file: r.id, index: i, text: r.text }));
const t0 = Date.now();
const report = checkDocuments(docs, { kb, toolVersion: 'bench' });
const secs = (Date.now() - t0) / 1000;

// Predicted cluster of each document: its story, or a singleton.
const pred = report.documents.map((d, i) => (d.story === undefined ? `single-${i}` : `story-${d.story}`));
const gold = recs.map((r) => r.topic);
let tp = 0, fp = 0, fn = 0;
for (let i = 0; i < recs.length; i++) {
  for (let j = i + 1; j < recs.length; j++) {
    const g = gold[i] === gold[j];
    const p = pred[i] === pred[j];
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
}
const pP = tp / Math.max(1, tp + fp), pR = tp / Math.max(1, tp + fn);
let bP = 0, bR = 0;
for (let i = 0; i < recs.length; i++) {
  const sameP = pred.map((p, j) => j).filter((j) => pred[j] === pred[i]);
  const sameG = gold.map((g, j) => j).filter((j) => gold[j] === gold[i]);
  const both = sameP.filter((j) => gold[j] === gold[i]).length;
  bP += both / sameP.length;
  bR += both / sameG.length;
}
bP /= recs.length;
bR /= recs.length;
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
// Each ECB+ topic holds two different events of one kind (the "ecb" and the "ecbplus" files): score against those too.
const sub = recs.map((r) => `${r.topic}${r.id.endsWith('ecbplus') ? '+' : ''}`);
let sP = 0, sR = 0;
for (let i = 0; i < recs.length; i++) {
  const sameP = pred.map((_, j) => j).filter((j) => pred[j] === pred[i]);
  const both = sameP.filter((j) => sub[j] === sub[i]).length;
  sP += both / sameP.length;
  sR += both / sub.filter((x) => x === sub[i]).length;
}
sP /= recs.length;
sR /= recs.length;
console.log(`ECB+: ${recs.length} documents in ${new Set(gold).size} topics; ${report.stories.length} stories found; ${secs.toFixed(1)} s`);
console.log(`pairwise  P ${pP.toFixed(3)}  R ${pR.toFixed(3)}  F1 ${f1(pP, pR).toFixed(3)}`);
console.log(`B-cubed   P ${bP.toFixed(3)}  R ${bR.toFixed(3)}  F1 ${f1(bP, bR).toFixed(3)}  (goal >= 0.9)`);
console.log(`B-cubed vs the 86 sub-events (ecb / ecbplus halves of each topic): P ${sP.toFixed(3)}  R ${sR.toFixed(3)}  F1 ${f1(sP, sR).toFixed(3)}`);
const cross = report.findings.filter((f) => CROSS.has(f.rule));
const perTopic = new Map();
for (const f of cross) {
  const t = recs.find((r) => r.id === f.doc)?.topic;
  perTopic.set(t, (perTopic.get(t) ?? 0) + 1);
}
console.log(`cross-document findings: ${cross.length} (${(cross.length / new Set(gold).size).toFixed(2)} per topic)`);
console.log('by topic: ' + [...perTopic].sort((a, b) => a[0] - b[0]).map(([t, n]) => `${t}:${n}`).join(' '));
for (const f of cross.slice(0, 10)) console.log(`  ${f.doc} ${f.rule}: "${f.text.replace(/\s+/g, ' ').slice(0, 80)}" — ${f.message.slice(0, 200)}`);
