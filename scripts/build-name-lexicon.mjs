#!/usr/bin/env node
// Builds src/extract/name-lexicon.json from the CoNLL-2003 training parts (eng.train, eng.testa; never
// eng.testb): for each capitalised word, how often it was part of a person, place, organisation, other
// name, or no name; and whether it started a person's name (a given name). Only counts, no text.
// Usage: node scripts/build-name-lexicon.mjs [corpora dir] [--parts eng.train,eng.testa] [--hold-out N] [--out file]
//   corpora dir: default $NEWSCHECK_CORPORA or ../shared/corpora; --parts eng.train: to tune on eng.testa;
//   --hold-out N: leave the last N documents of eng.train out (to tune on them); --out: another file than
//   src/extract/name-lexicon.json (a tuning lexicon, copied over dist/extract/name-lexicon.json after tsc).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const partsAt = args.indexOf('--parts');
const parts = partsAt >= 0 ? args.splice(partsAt, 2)[1].split(',') : ['eng.train', 'eng.testa'];
const holdAt = args.indexOf('--hold-out');
const holdOut = holdAt >= 0 ? Number(args.splice(holdAt, 2)[1]) : 0;
const outAt = args.indexOf('--out');
const outFile = outAt >= 0 ? resolve(args.splice(outAt, 2)[1]) : join(root, 'src/extract/name-lexicon.json');
if (!Number.isInteger(holdOut) || holdOut < 0) throw new Error('--hold-out takes a number of documents');
if (parts.some((p) => !/^eng\.(?:train|testa)$/.test(p))) throw new Error('only the training parts eng.train and eng.testa may be used');
const corpora = resolve(args[0] ?? process.env.NEWSCHECK_CORPORA ?? join(root, '../shared/corpora'));
const candidates = [join(corpora, 'conll2003'), join(corpora, 'conll2003/iob1-docstart_ZhixiuYe')];
const dir = candidates.find((d) => existsSync(join(d, 'eng.train')));
if (!dir) {
  console.error(`CoNLL-2003 not found under ${corpora}`);
  process.exit(1);
}

// columns: PER LOC ORG MISC O(capitalised, not in a name) FIRST(first word of a person's name of 2+ words)
// LOWER(times the word was written in lower case: "coach", "economist" are common words)
const COL = { PER: 0, LOC: 1, ORG: 2, MISC: 3 };
const counts = new Map();
const lower = new Map();
/** A lower-case word seen this often gets an entry of its own (keyed capitalised: "Coach"). */
const MIN_LOWER = 3;
const bump = (w, c) => {
  let a = counts.get(w);
  if (!a) counts.set(w, (a = [0, 0, 0, 0, 0, 0]));
  a[c]++;
};

for (const part of parts) {
  const rows = [];
  const flush = () => {
    // IOB1: an entity is a run of I-X, split where a B-X starts.
    for (let i = 0; i < rows.length; i++) {
      const [w, tag] = rows[i];
      if (/^[a-z]+$/.test(w)) lower.set(w, (lower.get(w) ?? 0) + 1);
      if (!/^[A-Z]/.test(w)) continue;
      if (tag === 'O') {
        bump(w, 4);
        continue;
      }
      const type = tag.slice(2);
      bump(w, COL[type]);
      if (type === 'PER') {
        const startsName = tag.startsWith('B-') || i === 0 || rows[i - 1][1].slice(2) !== 'PER';
        const next = rows[i + 1];
        if (startsName && next && next[1] === `I-PER`) bump(w, 5);
      }
    }
    rows.length = 0;
  };
  const lines = readFileSync(join(dir, part), 'utf8').split('\n');
  // documents end at a -DOCSTART- line (the files' first one is at their end); the last `holdOut` of eng.train are left out
  const docs = lines.filter((l) => l.startsWith('-DOCSTART-')).length;
  const keep = part === 'eng.train' ? docs - holdOut : docs;
  let doc = 0;
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) doc++;
    if (doc >= keep) break;
    if (!line.trim() || line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const cols = line.split(' ');
    rows.push([cols[0], cols[cols.length - 1]]);
  }
  flush();
}

const words = {};
for (const [w, a] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
  const named = a[0] + a[1] + a[2] + a[3];
  // keep words seen twice or more, or once inside a name
  if (a[0] + a[1] + a[2] + a[3] + a[4] >= 2 || named > 0) words[w] = [...a, lower.get(w.toLowerCase()) ?? 0];
}
for (const [w, n] of lower) {
  const key = w[0].toUpperCase() + w.slice(1);
  if (n >= MIN_LOWER && !words[key]) words[key] = [0, 0, 0, 0, 0, 0, n];
}
const sorted = Object.fromEntries(Object.entries(words).sort((x, y) => (x[0] < y[0] ? -1 : 1)));
const out = {
  source: `CoNLL-2003 ${parts.join(' + ')}${holdOut ? ` less the last ${holdOut} documents of eng.train` : ''} (counts only; built by scripts/build-name-lexicon.mjs)`,
  columns: ['per', 'loc', 'org', 'misc', 'none', 'given', 'lower'],
  words: sorted,
};
writeFileSync(outFile, JSON.stringify(out) + '\n');
console.log(`${outFile}: ${Object.keys(words).length} words`);
