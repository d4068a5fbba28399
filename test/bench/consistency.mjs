// bench:consistency — how precise the cross-document rules are at spotting a summary that contradicts its article,
// on FRANK's human labels (2,246 summaries of CNN/DM and BBC/XSum articles by 9 systems), by dataset.
// Usage: npm run bench:consistency [-- --limit N] [--sample N] [--all]
//   --all prints every flagged summary the labels call correct, and every CircE error no rule flagged.
import { corporaDir, numberOption, readFrank } from './corpora.mjs';
import { makeDocument } from '../../dist/core/document.js';
import { checkDocuments } from '../../dist/engine.js';
import { loadKb } from '../../dist/know/load.js';

const limit = numberOption('limit', Infinity);
const sampleSize = numberOption('sample', 12);
const showAll = process.argv.includes('--all');

// Each rule with the FRANK category its kind of error falls in (CircE: time, place, circumstance; EntE: the
// wrong entity or its attribute). A quote can be wrong in any way, so for quotes the category is any error.
const RULES = [
  ['conflicting-number', 'CircE'],
  ['conflicting-event-date', 'CircE'],
  ['conflicting-place', 'CircE'],
  ['conflicting-title', 'EntE'],
  ['altered-quote', 'Factuality'],
  ['misattributed-quote', 'Factuality'],
];
const CROSS = new Set(RULES.map(([r]) => r));
const CIRC_RULES = new Set(['conflicting-number', 'conflicting-event-date', 'conflicting-place']);
// A FRANK score is 1 minus the share of summary sentences with that error: below 1, the error is present.
const hasError = (labels, category) => labels[category] < 1;

const dir = corporaDir();
if (!dir) process.exit(0);
const kb = loadKb();
const records = readFrank(dir).slice(0, limit);

// Most systems emit lowercased, tokenized text ("the fbi has said ... san bernardino killer"), and names and places
// are found by their capitals. Case is restored from the article first (its most frequent form of the word away
// from a sentence start), then from all FRANK articles; a word in neither stays lowercase. bart's cased output is
// used as it is. The annotators saw the lowercased text; this only gives the checker the text a newsroom would have.
function caseForms(text) {
  const forms = new Map();
  for (const m of text.matchAll(/(^|[.!?]["”’]?\s+|(?<=^|\s)["“(])?(\p{L}+)/gu)) {
    // A sentence start, or the start of a quotation, says nothing about a word's case.
    if (m[1] !== undefined || m.index === 0) continue;
    const w = m[2];
    const lower = w.toLowerCase();
    let f = forms.get(lower);
    if (!f) forms.set(lower, (f = new Map()));
    f.set(w, (f.get(w) ?? 0) + 1);
  }
  return forms;
}
function bestForm(forms, lower) {
  const f = forms.get(lower);
  if (!f) return undefined;
  // On a tie the word stays as written (lowercase): "By An Actress" in a headline twice, "an actress" twice.
  return [...f].sort((a, b) => b[1] - a[1] || (a[0] === lower ? -1 : b[0] === lower ? 1 : a[0] < b[0] ? -1 : 1))[0][0];
}
const corpusForms = caseForms([...new Set(records.map((r) => r.article))].join('\n'));

/** The summary as running text: tokenization undone, and (when lowercased) case restored. */
function summaryText(r, articleForms) {
  let s = r.summary
    .replace(/\\'/g, "'") // the BBC summaries escape their apostrophes
    .replace(/``|''/g, '"')
    .replace(/-LRB-/gi, '(')
    .replace(/-RRB-/gi, ')')
    .replace(/\s+(['’](?:s|re|ve|ll|d|m)\b|n't\b)/gi, '$1')
    .replace(/\s+([.,;:!?%)])/g, '$1')
    .replace(/([($£])\s+/g, '$1');
  // A quotation mark stands alone between spaces: the first of a pair opens (joins the next word), the second closes.
  let open = false;
  s = s.replace(/\s?"\s?/g, (m) => {
    open = !open;
    return open ? (m.startsWith(' ') ? ' "' : '"') : m.endsWith(' ') ? '" ' : '"';
  });
  if (r.cased) return s;
  s = s.replace(/\p{L}+/gu, (w) => bestForm(articleForms, w) ?? bestForm(corpusForms, w) ?? w);
  return s.replace(/(^"?|[.!?]["”]?\s+"?)(\p{Ll})/gu, (_, a, c) => a + c.toUpperCase());
}

/** The BBC articles lost their paragraph breaks when scraped ("(AP).Less than a day"): put them back as lines. */
const articleText = (text) => text.replace(/([\p{Ll})\d][.!?]["”]?)(?=[\p{Lu}"“])/gu, '$1\n');

// Both documents get the same reference day, so that "on Monday" or "last year" resolve alike in both, and the
// comparison is of what they say, not of how each was dated. Left undated, each would be dated by its own
// evidence pooled with its story's, and a one-line summary has hardly any. The day is the archive capture of the
// article's page (web.archive.org/web/YYYYMMDD...), on or after its publication; 2016-01-01 when the URL has none.
const referenceDay = (url) => {
  const m = /web\.archive\.org\/web\/(\d{4})(\d{2})(\d{2})/.exec(url ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '2016-01-01';
};

/** The sentence of `text` around `offset`, on one line. */
function sentenceAt(text, offset) {
  const start = Math.max(0, ...['. ', '! ', '? ', '\n'].map((p) => text.lastIndexOf(p, offset - 1) + 1));
  const ends = ['. ', '! ', '? ', '\n'].map((p) => text.indexOf(p, offset)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

const forms = new Map();
const t0 = Date.now();
const results = [];
for (const r of records) {
  if (!forms.has(r.hash)) forms.set(r.hash, caseForms(r.article));
  const date = referenceDay(r.url);
  const meta = { date, dateSource: 'metadata' };
  const article = makeDocument({ id: 'article', file: 'article', index: 0, text: articleText(r.article), meta });
  const summary = makeDocument({ id: 'summary', file: 'summary', index: 1, text: summaryText(r, forms.get(r.hash)), meta });
  // One pair per call: the five summaries of one article would otherwise be grouped together and checked against
  // each other, not only against the article. ("article" sorts before "summary": the article is the reference.)
  const report = checkDocuments([article, summary], { kb, toolVersion: 'bench' });
  const grouped = report.documents[1].story !== undefined;
  const findings = report.findings.filter((f) => CROSS.has(f.rule));
  results.push({ r, grouped, findings, rules: new Set(findings.map((f) => f.rule)), summaryText: summary.text });
}
const secs = (Date.now() - t0) / 1000;

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const share = (list, pred) => list.filter(pred).length;
console.log(`FRANK: ${results.length} labelled summaries, each checked with its article alone; ${secs.toFixed(1)} s`);
for (const [name, part] of [
  ['cnndm', results.filter((x) => x.r.dataset === 'cnndm')],
  ['bbc (XSum)', results.filter((x) => x.r.dataset === 'bbc')],
  ['all', results],
]) {
  if (!part.length) continue;
  const grouped = part.filter((x) => x.grouped);
  const anyErr = share(part, (x) => hasError(x.r.labels, 'Factuality'));
  console.log(`\n## ${name}: ${part.length} summaries of ${new Set(part.map((x) => x.r.hash)).size} articles`);
  console.log(`grouped with their article (the only ones a cross-document rule can check): ${grouped.length} (${pct(grouped.length, part.length)})`);
  console.log(
    `base rates, all / grouped: any error ${pct(anyErr, part.length)} / ${pct(share(grouped, (x) => hasError(x.r.labels, 'Factuality')), grouped.length)}, ` +
      ['CircE', 'EntE'].map((c) => `${c} ${pct(share(part, (x) => hasError(x.r.labels, c)), part.length)} / ${pct(share(grouped, (x) => hasError(x.r.labels, c)), grouped.length)}`).join(', '),
  );
  console.log('| rule | flagged | P (any error) | base | P (category) | category | base |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: |');
  const rows = [...RULES, ['any cross-document rule', 'CircE']];
  for (const [rule, cat] of rows) {
    const flagged = part.filter((x) => (rule.startsWith('any') ? x.rules.size > 0 : x.rules.has(rule)));
    const catName = cat === 'Factuality' ? 'any' : cat;
    console.log(
      `| ${rule} | ${flagged.length} | ${pct(share(flagged, (x) => hasError(x.r.labels, 'Factuality')), flagged.length)} | ${pct(anyErr, part.length)} | ` +
        `${pct(share(flagged, (x) => hasError(x.r.labels, cat)), flagged.length)} | ${catName} | ${pct(share(part, (x) => hasError(x.r.labels, cat)), part.length)} |`,
    );
  }
  const circ = part.filter((x) => hasError(x.r.labels, 'CircE'));
  const circFound = share(circ, (x) => [...x.rules].some((rule) => CIRC_RULES.has(rule)));
  console.log(`recall over the ${circ.length} summaries with CircE < 1: ${circFound} flagged by a date, place or number rule (${pct(circFound, circ.length)}), ${share(circ, (x) => x.rules.size > 0)} by any cross-document rule; ${share(circ, (x) => x.grouped)} of them grouped`);
}

const labelOf = (l) => `Factuality ${l.Factuality.toFixed(2)}, CircE ${l.CircE.toFixed(2)}, EntE ${l.EntE.toFixed(2)}`;
function show(x, f) {
  // The summary's side of the finding: the finding itself, or the related span when the rule reported on the article.
  const at = f.doc === 'summary' ? f.offset : f.related.find((rel) => rel.doc === 'summary')?.offset ?? 0;
  console.log(`  [${x.r.dataset} ${x.r.model} ${x.r.hash.slice(0, 10)}] ${f.rule}: "${sentenceAt(x.summaryText, at).slice(0, 200)}"`);
  console.log(`      ${f.message.replace(/\s+/g, ' ').slice(0, 240)}  (${labelOf(x.r.labels)})`);
}
const flaggedAll = results.filter((x) => x.findings.length);
console.log(`\n## Sample of findings (${Math.min(sampleSize, flaggedAll.length)} of ${flaggedAll.length} flagged summaries)`);
const step = Math.max(1, Math.floor(flaggedAll.length / sampleSize));
for (const x of flaggedAll.filter((_, i) => i % step === 0).slice(0, sampleSize)) show(x, x.findings[0]);
if (showAll) {
  console.log('\n## Flagged, labelled correct (Factuality 1)');
  for (const x of flaggedAll.filter((y) => !hasError(y.r.labels, 'Factuality'))) for (const f of x.findings) show(x, f);
  console.log('\n## CircE < 1, not flagged by any cross-document rule');
  for (const x of results.filter((y) => hasError(y.r.labels, 'CircE') && !y.findings.length)) {
    console.log(`  [${x.r.dataset} ${x.r.model} ${x.r.hash.slice(0, 10)}${x.grouped ? '' : ', not grouped'}] ${x.summaryText.replace(/\s+/g, ' ').slice(0, 300)}  (${labelOf(x.r.labels)})`);
  }
}
