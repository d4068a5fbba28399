// Benchmark (not a test): direct-quote detection and speaker accuracy on PolNeAR attribution annotations,
// for newscheck's quote extractor and, as an outside baseline, compromise's quotations().
//
// Gold: in each article's first annotation file (sorted by name; some articles are double-annotated), every
// attribution Content span that contains a double quotation mark (" “ ”) is a direct quote.
// Quote detection: a predicted quote counts when its content overlaps a gold direct-quote Content; recall
// is the share of gold contents overlapped by a prediction, precision the share of predictions overlapping
// one. Scored predictions are the quotes that read as statements: whole quotes, and partial ones with a
// speaker (partial quotes with no speaker, e.g. scare quotes, are left out; the "all" row scores every quote).
// Speaker accuracy: over matched gold contents that have a Source, the best-overlapping prediction's speaker
// is right when its span overlaps the gold Source span, or its head word (last word, possessive dropped)
// equals the gold Source's head word, or the name a pronoun was resolved to ends in that head word.
//
// Usage: node test/bench/extract-polnear.mjs [train|dev|test] (after `npx tsc -p tsconfig.json`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corporaDir } from './corpora.mjs';

const DIST = new URL('../../dist/', import.meta.url);

/** brat standoff: text-bound annotations and attribution relations. */
function parseAnn(ann) {
  const spans = new Map();
  const relations = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\w+) ([\d ;]+)\t/.exec(line);
    if (t) {
      const parts = t[3].split(';').map((p) => p.trim().split(' ').map(Number));
      spans.set(t[1], { type: t[2], start: Math.min(...parts.map((p) => p[0])), end: Math.max(...parts.map((p) => p[1])) });
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e) relations.push(Object.fromEntries(e[1].trim().split(/\s+/).map((kv) => kv.split(':')).map(([k, v]) => [k.replace(/\d+$/, ''), v])));
  }
  return { spans, relations };
}

/** Gold direct quotes of one article: { content, source? } with spans. */
function goldQuotes(text, ann) {
  const { spans, relations } = parseAnn(ann);
  const byContent = new Map();
  for (const r of relations) {
    const c = spans.get(r.Content);
    if (!c || byContent.has(r.Content)) continue;
    if (!/["\u201C\u201D]/.test(text.slice(c.start, c.end))) continue;
    const s = r.Source ? spans.get(r.Source) : undefined;
    byContent.set(r.Content, { content: c, source: s ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : undefined });
  }
  return [...byContent.values()];
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const head = (s) => (s.toLowerCase().replace(/['’]s?\s*$/, '').match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? []).pop() ?? '';

function speakerRight(pred, gold) {
  if (!pred?.speaker || !gold.source) return false;
  const sp = pred.speaker;
  if (sp.span && overlap(sp.span, gold.source) > 0) return true;
  const g = head(gold.source.text);
  return g !== '' && (head(sp.text) === g || (sp.name !== undefined && head(sp.name) === g));
}

/** Scores predicted spans ({ span, speaker? }) against gold quotes. */
function score(docs) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let found = 0;
  let withSource = 0;
  let speakerOk = 0;
  for (const { gold: g, pred } of docs) {
    predicted += pred.length;
    tp += pred.filter((p) => g.some((q) => overlap(p.span, q.content) > 0)).length;
    gold += g.length;
    for (const q of g) {
      const hits = pred.filter((p) => overlap(p.span, q.content) > 0).sort((a, b) => overlap(b.span, q.content) - overlap(a.span, q.content));
      if (hits.length === 0) continue;
      found++;
      if (q.source) {
        withSource++;
        if (speakerRight(hits[0], q)) speakerOk++;
      }
    }
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? found / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, precision, recall, f1, speakerAcc: withSource ? speakerOk / withSource : undefined, speakerN: withSource };
}

function readSplit(dir, split) {
  const base = join(dir, 'polnear', split);
  const anns = readdirSync(join(base, 'attributions')).filter((n) => n.endsWith('.ann')).sort();
  const out = [];
  for (const f of readdirSync(join(base, 'text')).filter((n) => n.endsWith('.txt')).sort()) {
    const id = f.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(`${id}_`));
    if (!ann) continue;
    const text = readFileSync(join(base, 'text', f), 'utf8');
    out.push({ id, text, gold: goldQuotes(text, readFileSync(join(base, 'attributions', ann), 'utf8')) });
  }
  return out;
}

async function loadOurs() {
  const { extractQuotes } = await import(new URL('extract/quotes.js', DIST));
  const { splitSentences } = await import(new URL('extract/sentences.js', DIST));
  let people = () => [];
  try {
    const { extractPeople } = await import(new URL('extract/people.js', DIST));
    const { loadKb } = await import(new URL('know/load.js', DIST));
    const kb = loadKb();
    people = (doc, sentences) => extractPeople(doc, kb, sentences).people;
  } catch {
    // The people extractor is optional here: without it, speakers are the phrases the text names.
  }
  return (text, id) => {
    const doc = { id, file: id, index: 0, text, meta: {} };
    const sentences = splitSentences(text);
    return extractQuotes(doc, sentences, people(doc, sentences));
  };
}

async function loadCompromise() {
  try {
    const nlp = (await import('compromise')).default;
    return (text) =>
      nlp(text)
        .quotations()
        .json({ offset: true })
        .map((m) => ({ span: { start: m.offset.start, end: m.offset.start + m.offset.length } }));
  } catch {
    return undefined;
  }
}

const pct = (x) => (x === undefined ? '—' : (100 * x).toFixed(1));

/** Runs the benchmark; returns result rows for the shared runner. */
export async function run({ corporaDir: dir, log = console.log, split = 'test' } = {}) {
  if (!dir || !existsSync(join(dir, 'polnear', split))) {
    log(`PolNeAR ${split} split not found under ${dir ?? '(no corpora folder)'}: skipping quotes`);
    return [];
  }
  const docs = readSplit(dir, split);
  const ours = await loadOurs();
  const rows = [];
  const t0 = performance.now();
  const predictions = docs.map((d) => ({ gold: d.gold, all: ours(d.text, d.id) }));
  const ms = performance.now() - t0;
  const statements = score(predictions.map((d) => ({ gold: d.gold, pred: d.all.filter((q) => !q.partial || q.speaker) })));
  const all = score(predictions.map((d) => ({ gold: d.gold, pred: d.all })));
  rows.push({ corpus: `polnear-${split}`, system: 'newscheck', metric: 'quotes (statements)', ...statements, ms: Math.round(ms) });
  rows.push({ corpus: `polnear-${split}`, system: 'newscheck', metric: 'quotes (all)', ...all });
  const theirs = await loadCompromise();
  if (theirs) {
    const t1 = performance.now();
    const cp = score(docs.map((d) => ({ gold: d.gold, pred: theirs(d.text) })));
    rows.push({ corpus: `polnear-${split}`, system: 'compromise', metric: 'quotes (all)', ...cp, speakerAcc: undefined, ms: Math.round(performance.now() - t1) });
  } else log('compromise not installed: baseline skipped');
  log(`PolNeAR ${split}: ${docs.length} articles, ${statements.gold} gold direct-quote contents`);
  for (const r of rows) {
    log(
      `  ${`${r.system} ${r.metric}`.padEnd(32)} quote P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}  (${r.predicted} predicted)` +
        `  speaker acc ${pct(r.speakerAcc)}${r.speakerAcc !== undefined ? ` (n=${r.speakerN})` : ''}${r.ms !== undefined ? `  ${r.ms} ms` : ''}`,
    );
  }
  // The shared runner prints every numeric field as a column: keep the speaker count in the log only.
  return rows.map(({ speakerN, ...r }) => r);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = corporaDir();
  if (dir) await run({ corporaDir: dir, split: process.argv[2] ?? 'test' });
}
