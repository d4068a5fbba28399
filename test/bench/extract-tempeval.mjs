// Benchmark (not a test): time expressions on TempEval-3 (TimeML), for newscheck's dates and durations extractors.
//
// Each document's <TEXT> is stripped of tags (entities decoded, offsets kept); every gold TIMEX3 inside it
// is an expected mention with its normalised value. We run extractDates (ref = the document creation time,
// the TIMEX3 with functionInDocument="CREATION_TIME") and extractDurations, and score as TempEval-3 does:
// - extent: strict (same start and end) and relaxed (overlap, each gold matched at most once) P/R/F1;
// - value: over relaxed matches, accuracy = right value / matched, and value F1 with tp = matched with the
//   right value (so value F1 = relaxed F1 x value accuracy).
// Scored types: "all" (DATE, TIME, DURATION, SET: what HeidelTime's published platinum figures cover,
// value F1 77.61 and strict extent F1 81.34), and DATE alone. We produce no SET.
// Our values are normalised at the grain stated: day/weekday -> YYYY-MM-DD (+ THH:MM when a clock time was
// stated), month -> YYYY-MM, year -> YYYY, "now"/"currently" -> PRESENT_REF, "this/last/next week" ->
// YYYY-Www, durations -> their ISO value (P30D, PT72H, PXY).
// Tune on TBAQ-cleaned (TimeBank + AQUAINT); the platinum test set gives the reported figures.
//
// Usage: node test/bench/extract-tempeval.mjs [platinum|tbaq] (after `npx tsc -p tsconfig.json`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corporaDir } from './corpora.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const SPLITS = { platinum: ['Evaluation/te3-platinum'], tbaq: ['Training/TBAQ-cleaned/TimeBank', 'Training/TBAQ-cleaned/AQUAINT'] };

function tmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tmlFiles(p));
    else if (name.endsWith('.tml')) out.push(p);
  }
  return out;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const attr = (attrs, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** One TimeML file: { id, dct, text, gold: [{ start, end, type, value, text }] }. */
export function readTimeml(file) {
  const xml = readFileSync(file, 'utf8');
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? '';
  const dct = attr(dctTag, 'value')?.slice(0, 10);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold = [];
  let open;
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*?)\/?>|&(amp|lt|gt|quot|apos);|&#(\d+);/g;
  let at = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    text += body.slice(at, m.index);
    at = m.index + m[0].length;
    if (m[4]) text += ENTITIES[m[4]];
    else if (m[5]) text += String.fromCharCode(Number(m[5]));
    else if (m[2] === 'TIMEX3' && !m[1]) open = { start: text.length, type: attr(m[3], 'type'), value: attr(m[3], 'value') };
    else if (m[2] === 'TIMEX3' && m[1] && open) {
      gold.push({ ...open, end: text.length, text: text.slice(open.start) });
      open = undefined;
    }
  }
  text += body.slice(at);
  return { id: file.split('/').pop().replace(/\.tml$/, ''), dct, text, gold };
}

/** ISO 8601 week (YYYY-Www) of a YYYY-MM-DD day. */
function isoWeek(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const week = Math.ceil(((d - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const PART_OF_DAY = [[/\bmorning\b/, 'MO'], [/\bafternoon\b/, 'AF'], [/\bevening\b/, 'EV'], [/\b(?:night|tonight)\b/, 'NI']];

/** Our date fact as a TimeML value, at the grain the text stated. */
const SEASON_CODE = { '03': 'SP', '06': 'SU', '09': 'FA', '12': 'WI' };

export function timemlValue(f) {
  const t = f.text.toLowerCase();
  if (f.grain === 'vague') return `${f.vague.toUpperCase()}_REF`;
  if (f.grain === 'quarter') return `${f.value.slice(0, 4)}-Q${(Number(f.value.slice(5, 7)) + 2) / 3}`;
  if (f.grain === 'decade') return f.value.slice(0, 3);
  if (f.grain === 'season') return `${f.value.slice(0, 4)}-${SEASON_CODE[f.value.slice(5, 7)]}`;
  if (/^(?:now|currently|at present|presently|right now|nowadays|the present)$/.test(t)) return 'PRESENT_REF';
  if (/\bweek\b/.test(t) && f.grain === 'relative') return isoWeek(f.value);
  if (/\bweekend\b/.test(t)) return `${isoWeek(f.value)}-WE`;
  if (f.grain === 'year') return f.value.slice(0, 4);
  if (f.grain === 'month') return f.value.slice(0, 7);
  const part = PART_OF_DAY.find(([re]) => re.test(t));
  if (part && f.stated.hour === undefined) return `${f.value}T${part[1]}`;
  if (f.stated.hour !== undefined) return `${f.value}T${String(f.stated.hour).padStart(2, '0')}:${String(f.stated.minute ?? 0).padStart(2, '0')}`;
  return f.value;
}

/**
 * A date fact as TimeML mentions: one, or two for a range written with "to"/"through" ("Aug. 26 to
 * Oct. 20"), which TimeML marks as two TIMEX3 while newscheck keeps one fact with an end.
 */
function timemlMentions(f) {
  const cut = f.end ? /\s+(?:to|through|until|till)\s+/i.exec(f.text) : null;
  if (!cut) return [{ start: f.span.start, end: f.span.end, value: timemlValue(f), kind: 'date' }];
  const first = f.text.slice(0, cut.index).replace(/,$/, '');
  const second = f.text.slice(cut.index + cut[0].length);
  return [
    { start: f.span.start, end: f.span.start + first.length, value: timemlValue({ ...f, text: first }), kind: 'date' },
    { start: f.span.end - second.length, end: f.span.end, value: timemlValue({ ...f, text: second, value: f.end }), kind: 'date' },
  ];
}

async function loadOurs() {
  const { extractDates } = await import(new URL('extract/dates.js', DIST));
  const { extractDurations } = await import(new URL('extract/durations.js', DIST));
  const { splitSentences } = await import(new URL('extract/sentences.js', DIST));
  const { makeDocument } = await import(new URL('core/document.js', DIST));
  return (d, i) => {
    const doc = makeDocument({ file: d.id, index: i, text: d.text });
    const sentences = splitSentences(d.text);
    const dates = extractDates(doc, sentences, d.dct).flatMap((f) => timemlMentions(f));
    const durations = extractDurations(doc, sentences).map((f) => ({ start: f.span.start, end: f.span.end, value: f.iso, kind: 'duration' }));
    // A duration that overlaps a date: the date reading wins ("last year" is a date, "the past year" a length).
    const free = durations.filter((u) => !dates.some((a) => a.start < u.end && u.start < a.end) || /^the (?:past|last|next|coming)\b/i.test(d.text.slice(u.start, u.end)));
    const dated = dates.filter((a) => !free.some((u) => a.start < u.end && u.start < a.end));
    return [...dated, ...free].sort((a, b) => a.start - b.start);
  };
}

/** Scores predictions against gold mentions of the given types. */
function score(docs, predictions, types) {
  let gold = 0;
  let predicted = 0;
  let strict = 0;
  let relaxed = 0;
  let valueOk = 0;
  const misses = [];
  docs.forEach((d, i) => {
    const g = d.gold.filter((x) => types.includes(x.type));
    // Predictions that overlap a gold mention of another type are left out rather than counted wrong.
    const other = d.gold.filter((x) => !types.includes(x.type));
    const p = predictions[i].filter((x) => !other.some((o) => o.start < x.end && x.start < o.end) || g.some((o) => o.start < x.end && x.start < o.end));
    gold += g.length;
    predicted += p.length;
    const used = new Set();
    for (const x of g) {
      const j = p.findIndex((y, k) => !used.has(k) && y.start < x.end && x.start < y.end);
      if (j < 0) {
        misses.push(`miss  ${d.id}: "${x.text}" ${x.type} ${x.value}`);
        continue;
      }
      used.add(j);
      relaxed++;
      if (p[j].start === x.start && p[j].end === x.end) strict++;
      else misses.push(`bound ${d.id}: gold "${x.text}" ours "${d.text.slice(p[j].start, p[j].end)}"`);
      if ((p[j].value ?? '').toUpperCase() === (x.value ?? '').toUpperCase()) valueOk++;
      else misses.push(`value ${d.id}: "${x.text}" gold ${x.value} ours "${d.text.slice(p[j].start, p[j].end)}" ${p[j].value}`);
    }
    p.forEach((y, k) => {
      if (!used.has(k)) misses.push(`extra ${d.id}: "${d.text.slice(y.start, y.end)}" ${y.value}`);
    });
  });
  const f = (tp) => {
    const precision = predicted ? tp / predicted : 0;
    const recall = gold ? tp / gold : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  return { gold, predicted, strict: f(strict), relaxed: f(relaxed), value: f(valueOk), valueAccuracy: relaxed ? valueOk / relaxed : 0, misses };
}

const pct = (x) => (100 * x).toFixed(2);

/** Runs the benchmark; returns result rows for the shared runner. */
export async function run({ corporaDir: dir, log = console.log, split = 'platinum', verbose = false } = {}) {
  const folders = (SPLITS[split] ?? []).map((s) => dir && join(dir, 'tempeval3', s)).filter((p) => p && existsSync(p));
  if (folders.length === 0) {
    log(`TempEval-3 ${split} not found under ${dir ?? '(no corpora folder)'}: skipping time expressions`);
    return [];
  }
  const docs = folders.flatMap(tmlFiles).map(readTimeml).filter((d) => d.dct);
  const ours = await loadOurs();
  const t0 = performance.now();
  const predictions = docs.map((d, i) => ours(d, i));
  const ms = Math.round(performance.now() - t0);
  const corpus = `tempeval3-${split}`;
  const rows = [];
  for (const [name, types] of [['TIMEX3 (all types)', ['DATE', 'TIME', 'DURATION', 'SET']], ['DATE', ['DATE']]]) {
    const s = score(docs, predictions, types);
    for (const [metric, r] of [['extent strict', s.strict], ['extent relaxed', s.relaxed], ['value', s.value]]) {
      rows.push({ corpus, system: 'newscheck', metric: `${name} ${metric}`, gold: s.gold, predicted: s.predicted, ...r, ms });
    }
    rows[rows.length - 1].valueAccuracy = s.valueAccuracy;
    if (verbose && types.length > 1) for (const m of s.misses) log(`    ${m}`);
  }
  log(`TempEval-3 ${split}: ${docs.length} documents, ${rows[0].gold} TIMEX3 (${rows[3].gold} DATE), ${ms} ms`);
  // Recall by type (strict / relaxed), so that what is missing shows without listing the test set's mentions.
  const byType = ['DATE', 'TIME', 'DURATION', 'SET'].map((t) => {
    const s = score(docs, predictions, [t]);
    return `${t} ${s.gold}: strict R ${pct(s.strict.recall)}, relaxed R ${pct(s.relaxed.recall)}`;
  });
  log(`  by type: ${byType.join('; ')}`);
  for (const r of rows) {
    const acc = r.valueAccuracy !== undefined ? `  value accuracy ${pct(r.valueAccuracy)}` : '';
    log(`  ${r.system.padEnd(10)} ${r.metric.padEnd(34)} P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}${acc}`);
  }
  if (split === 'platinum') log('  HeidelTime (published, all types): value F1 77.61, strict extent F1 81.34');
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = corporaDir();
  if (dir) await run({ corporaDir: dir, split: process.argv[2] ?? 'platinum', verbose: process.argv.includes('--verbose') });
}
