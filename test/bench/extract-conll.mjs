// Benchmark (not a test): person (PER) and place (LOC) names on CoNLL-2003 English, exact span match, for
// newscheck's people/places extractors and, as an outside baseline, compromise's people()/places().
//
// Each document's text is rebuilt from its tokens: tokens joined by spaces, sentences by newlines (token
// offsets kept). Gold entities come from the IOB1 tags (a run of I-X, split where B-X starts). Quirk of the
// files: the first -DOCSTART- line is at the end, so the lines before the first -DOCSTART- are document 1.
// Predicted places written as demonyms ("Ukrainian") are left out: CoNLL tags those MISC.
// Tune on eng.testa (or eng.train); eng.testb gives the reported figures.
//
// Usage: node test/bench/extract-conll.mjs [testb|testa|train] (after `npx tsc -p tsconfig.json`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corporaDir } from './corpora.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const TYPES = ['PER', 'LOC'];

function conllFile(dir, split) {
  for (const sub of ['conll2003', 'conll2003/iob1-docstart_ZhixiuYe', '3-conll2003-ner/iob1-docstart_ZhixiuYe']) {
    const f = join(dir, sub, `eng.${split}`);
    if (existsSync(f)) return f;
  }
  return undefined;
}

/** Documents: { text, gold: { PER: Set<"start:end">, LOC: ... } }. */
export function readConll(file) {
  const docs = [];
  let sentences = [];
  let sentence = [];
  const endSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const endDoc = () => {
    endSentence();
    if (sentences.length) docs.push(buildDoc(sentences));
    sentences = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) endDoc();
    else if (!line.trim()) endSentence();
    else {
      const cols = line.trim().split(' ');
      sentence.push({ word: cols[0], tag: cols[cols.length - 1] });
    }
  }
  endDoc();
  return docs;
}

function buildDoc(sentences) {
  let text = '';
  const gold = Object.fromEntries(TYPES.map((t) => [t, new Set()]));
  for (const s of sentences) {
    if (text) text += '\n';
    let open;
    const close = () => {
      if (open && gold[open.type]) gold[open.type].add(`${open.start}:${open.end}`);
      open = undefined;
    };
    s.forEach((tok, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += tok.word;
      const type = tok.tag === 'O' ? undefined : tok.tag.slice(2);
      if (!type || tok.tag.startsWith('B-') || open?.type !== type) close();
      if (type) {
        if (open) open.end = text.length;
        else open = { type, start, end: text.length };
      }
    });
    close();
  }
  return { text, gold };
}

function score(docs, predictions, type) {
  let tp = 0;
  let gold = 0;
  let predicted = 0;
  docs.forEach((d, i) => {
    const p = predictions[i][type];
    gold += d.gold[type].size;
    predicted += p.size;
    for (const k of p) if (d.gold[type].has(k)) tp++;
  });
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, precision, recall, f1 };
}

async function loadOurs() {
  const { extractPeople } = await import(new URL('extract/people.js', DIST));
  const { extractPlaces } = await import(new URL('extract/places.js', DIST));
  const { splitSentences } = await import(new URL('extract/sentences.js', DIST));
  const { makeDocument } = await import(new URL('core/document.js', DIST));
  const { loadKb } = await import(new URL('know/load.js', DIST));
  const kb = loadKb();
  return (text, i) => {
    const doc = makeDocument({ file: `conll-${i}`, index: i, text });
    const sentences = splitSentences(text);
    const key = (f) => `${f.span.start}:${f.span.end}`;
    return {
      PER: new Set(extractPeople(doc, kb, sentences).people.map(key)),
      LOC: new Set(extractPlaces(doc, kb, sentences).filter((p) => !p.demonym).map(key)),
    };
  };
}

async function loadCompromise() {
  try {
    const nlp = (await import('compromise')).default;
    const spans = (text, view) => {
      const out = new Set();
      for (const m of view.json({ offset: true })) {
        let s = m.offset.start;
        let e = s + m.offset.length;
        while (s < e && !/[\p{L}\p{N}]/u.test(text[s])) s++;
        while (e > s && !/[\p{L}\p{N}.]/u.test(text[e - 1])) e--;
        if (e > s) out.add(`${s}:${e}`);
      }
      return out;
    };
    return (text) => {
      const doc = nlp(text);
      return { PER: spans(text, doc.people()), LOC: spans(text, doc.places()) };
    };
  } catch {
    return undefined;
  }
}

const pct = (x) => (100 * x).toFixed(1);

/** Runs the benchmark; returns result rows for the shared runner. */
export async function run({ corporaDir: dir, log = console.log, split = 'testb' } = {}) {
  const file = dir && conllFile(dir, split);
  if (!file) {
    log(`CoNLL-2003 eng.${split} not found under ${dir ?? '(no corpora folder)'}: skipping names`);
    return [];
  }
  const docs = readConll(file);
  const corpus = `conll-${split}`;
  const rows = [];
  const systems = [['newscheck', await loadOurs()]];
  const theirs = await loadCompromise();
  if (theirs) systems.push(['compromise', theirs]);
  else log('compromise not installed: baseline skipped');
  for (const [system, fn] of systems) {
    const t0 = performance.now();
    const predictions = docs.map((d, i) => fn(d.text, i));
    const ms = Math.round(performance.now() - t0);
    for (const type of TYPES) rows.push({ corpus, system, metric: type, ...score(docs, predictions, type), ms });
  }
  log(`CoNLL-2003 eng.${split}: ${docs.length} documents, ${rows[0].gold} PER and ${rows[1].gold} LOC names`);
  for (const r of rows) {
    log(`  ${r.system.padEnd(12)} ${r.metric}  P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}  (${r.predicted} predicted)  ${r.ms} ms`);
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = corporaDir();
  if (dir) await run({ corporaDir: dir, split: process.argv[2] ?? 'testb' });
}
