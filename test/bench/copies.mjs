// bench:copies — the cross-document rules on real articles and altered copies of them (issue 5's acceptance, on
// text written by others): each Reuters-21578 article is checked with a byte-identical copy (no finding
// expected) and with copies that change one fact in one sentence: an event's weekday or day of the month, a
// count, one word of a quotation (that conflict expected, from the rule for it). Prints, per kind, how many
// altered copies drew it (once, or more when the sentence tells two events of the changed date), how many drew
// nothing, how many were not grouped as one story, and how many drew findings of another rule too (a count
// changed inside a quotation is an altered quotation as well); then a sample of the misses. Usage: npm run bench:copies [-- --limit 20000] [--per-kind 300] [--sample 8]
import { corporaDir, numberOption, readReuters } from './corpora.mjs';
import { makeDocument } from '../../dist/core/document.js';
import { analyzeDocument, checkDocuments } from '../../dist/engine.js';
import { loadKb } from '../../dist/know/load.js';
import { comparedKey } from '../../dist/rules/conflicting-number.js';

const limit = numberOption('limit', 20000);
const perKind = numberOption('per-kind', 300);
const sampleSize = numberOption('sample', 8);
const CROSS = new Set(['conflicting-event-date', 'conflicting-place', 'conflicting-title', 'conflicting-number', 'altered-quote', 'misattributed-quote']);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const dir = corporaDir();
if (!dir) process.exit(0);
const kb = loadKb();
const needs = new Set(['sentences', 'dates', 'people', 'places', 'quotes', 'numbers', 'elapsed', 'administrations', 'events', 'durations']);

/** The text with [start, end) replaced. */
const splice = (text, span, by) => text.slice(0, span.start) + by + text.slice(span.end);

/** Another day for a date mention: the next weekday, or two days later in the month ("March 3" -> "March 5"). */
function otherDay(text) {
  const w = WEEKDAYS.findIndex((d) => d.toLowerCase() === text.toLowerCase());
  if (w >= 0) return WEEKDAYS[(w + 1) % 7];
  const m = /^([A-Z][a-z]{2,8}\.?\s+)(\d{1,2})$/.exec(text);
  if (m && Number(m[2]) <= 26) return `${m[1]}${Number(m[2]) + 2}`;
  return undefined;
}

/** Another figure for a count: two more, written the way the count was ("four" -> "six", "12" -> "14"). */
function otherCount(text) {
  const digits = /^(\d{1,4})(?!\d|[.,]\d)/.exec(text);
  if (digits) return String(Number(digits[1]) + 2) + text.slice(digits[1].length);
  const word = /^([a-z]+)\b/i.exec(text);
  const n = word ? NUMBER_WORDS.indexOf(word[1].toLowerCase()) : -1;
  if (n >= 1 && n + 2 < NUMBER_WORDS.length) return NUMBER_WORDS[n + 2] + text.slice(word[1].length);
  return undefined;
}

/** The alterations one article allows, at most one of each kind: [kind, rule, copy text, what changed]. */
function alterations(doc, facts) {
  const out = [];
  for (const e of facts.events) {
    const d = facts.dates[e.date];
    const place = e.place !== undefined ? facts.places[e.place] : undefined;
    const by = d && place?.placeId && (d.grain === 'weekday' || d.grain === 'day') ? otherDay(d.text) : undefined;
    if (by) {
      out.push(['event date', 'conflicting-event-date', splice(doc.text, d.span, by), `${d.text} -> ${by}`]);
      break;
    }
  }
  for (const n of facts.numbers) {
    const by = comparedKey(n) ? otherCount(n.text) : undefined;
    if (by) {
      out.push(['count', 'conflicting-number', splice(doc.text, n.span, by), `${n.text} -> ${by}`]);
      break;
    }
  }
  for (const q of facts.quotes) {
    const words = [...q.text.matchAll(/\p{L}{6,}/gu)].filter((m) => m.index > 0);
    if (q.partial || q.text.split(/\s+/).length < 8 || words.length === 0) continue;
    const w = words.reduce((a, b) => (b[0].length > a[0].length ? b : a));
    const span = { start: q.span.start + w.index, end: q.span.start + w.index + w[0].length };
    out.push(['quotation word', 'altered-quote', splice(doc.text, span, 'different'), `${w[0]} -> different`]);
    break;
  }
  return out;
}

/** Cross-document findings when the article is checked with `copy` (both with the article's date). */
function crossFindings(rec, copy) {
  const docs = [rec.text, copy].map((text, i) => makeDocument({ id: `${rec.id}-${i ? 'copy' : 'original'}`, file: `${rec.id}-${i}`, index: i, text, meta: { date: rec.date, dateSource: 'metadata' } }));
  const report = checkDocuments(docs, { kb, toolVersion: 'bench', now: '2026-12-01' });
  return { findings: report.findings.filter((f) => CROSS.has(f.rule)), grouped: report.stories.length > 0 };
}

const recs = readReuters(dir).filter((r) => r.date).slice(0, limit);
const t0 = Date.now();
const kinds = new Map();
let identical = 0;
let identicalFindings = 0;
const identicalSample = [];
for (const rec of recs) {
  const doc = makeDocument({ id: rec.id, file: rec.id, text: rec.text, meta: { date: rec.date, dateSource: 'metadata' } });
  const todo = alterations(doc, analyzeDocument(doc, kb, needs)).filter(([kind]) => (kinds.get(kind)?.tried ?? 0) < perKind);
  if (todo.length === 0) continue;
  identical++;
  const same = crossFindings(rec, rec.text).findings;
  identicalFindings += same.length;
  for (const f of same) identicalSample.push(`${rec.id} ${f.rule}: ${f.message.slice(0, 160)}`);
  for (const [kind, rule, copy, change] of todo) {
    const k = kinds.get(kind) ?? { rule, tried: 0, caught: 0, none: 0, ungrouped: 0, other: 0, misses: [] };
    kinds.set(kind, k);
    k.tried++;
    const { findings, grouped } = crossFindings(rec, copy);
    if (findings.some((f) => f.rule !== rule)) k.other++;
    if (findings.some((f) => f.rule === rule)) k.caught++;
    else {
      if (!grouped) k.ungrouped++;
      else k.none++;
      k.misses.push(`${rec.id} ${change}${grouped ? '' : ' (not grouped)'}${findings.length ? ': ' + findings.map((f) => `${f.rule}: ${f.message.slice(0, 120)}`).join(' | ') : ''}`);
    }
  }
}
const secs = (Date.now() - t0) / 1000;
console.log(`# bench:copies — Reuters-21578, first ${recs.length} dated articles, ${secs.toFixed(1)} s`);
console.log(`byte-identical copies: ${identical} pairs, ${identicalFindings} cross-document findings (expected 0)`);
for (const line of identicalSample.slice(0, sampleSize)) console.log(`  ${line}`);
console.log('');
console.log('| altered | rule | copies | caught | missed (grouped) | not grouped | another rule too |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const [kind, k] of kinds) {
  const pct = (n) => `${n} (${((100 * n) / Math.max(1, k.tried)).toFixed(1)}%)`;
  console.log(`| ${kind} | ${k.rule} | ${k.tried} | ${pct(k.caught)} | ${pct(k.none)} | ${pct(k.ungrouped)} | ${pct(k.other)} |`);
}
for (const [kind, k] of kinds) {
  if (k.misses.length === 0) continue;
  console.log(`\n${kind}: ${k.misses.length} missed, a sample:`);
  const step = Math.max(1, Math.floor(k.misses.length / sampleSize));
  for (const m of k.misses.filter((_, i) => i % step === 0).slice(0, sampleSize)) console.log(`  ${m}`);
}
