// Readers for the research corpora used by the benchmarks. The corpora are never copied into the repo:
// they are read from $NEWSCHECK_CORPORA or ../shared/corpora, and a benchmark skips cleanly when absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The corpora folder, or undefined (with the reason printed) when it is absent. */
export function corporaDir(log = console.log) {
  const dir = process.env.NEWSCHECK_CORPORA ? resolve(process.env.NEWSCHECK_CORPORA) : resolve(ROOT, '../shared/corpora');
  if (!existsSync(dir)) {
    log(`corpora not found at ${dir} (set NEWSCHECK_CORPORA): skipping`);
    return undefined;
  }
  return dir;
}

const MONTHS = { JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12' };

function sgmlText(s) {
  return s
    .replace(/&#(\d+);/g, (_, n) => (Number(n) < 32 ? ' ' : String.fromCharCode(Number(n))))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Reuters-21578: one record per <REUTERS> with a body: { id, date, title, text }. */
export function readReuters(dir) {
  const folder = join(dir, 'reuters21578');
  const out = [];
  for (const f of readdirSync(folder).filter((n) => /^reut2-\d+\.sgm$/.test(n)).sort()) {
    const sgm = readFileSync(join(folder, f), 'latin1');
    for (const m of sgm.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[2]);
      if (!body) continue;
      const d = /<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(m[2]);
      const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(m[2]);
      const dateline = /<DATELINE>([\s\S]*?)<\/DATELINE>/.exec(m[2]);
      const text = sgmlText(`${title ? title[1] + '\n' : ''}${dateline ? dateline[1].trim() + ' ' : ''}${body[1].replace(/\s*Reuter\s*$/, '')}`);
      out.push({ id: `reuters-${m[1]}`, date: d ? `${d[3]}-${MONTHS[d[2]]}-${d[1].padStart(2, '0')}` : undefined, title: title ? sgmlText(title[1]) : undefined, text });
    }
  }
  return out;
}

/** PolNeAR texts of a split: { id, date, text } (the date is in the file name). */
export function readPolnear(dir, split = 'test') {
  const folder = join(dir, 'polnear', split, 'text');
  return readdirSync(folder)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ id: n.replace(/\.txt$/, ''), date: /_(\d{4}-\d{2}-\d{2})_/.exec(n)?.[1], text: readFileSync(join(folder, n), 'utf8') }));
}

/** ECB+ documents: { id, topic, text } with text rebuilt from tokens (sentences on lines). */
export function readEcbPlus(dir) {
  const base = join(dir, 'ecbplus', 'ECB+');
  const out = [];
  for (const topic of readdirSync(base).filter((t) => /^\d+$/.test(t)).sort((a, b) => a - b)) {
    for (const f of readdirSync(join(base, topic)).filter((n) => n.endsWith('.xml')).sort()) {
      const xml = readFileSync(join(base, topic, f), 'utf8');
      const lines = [];
      for (const m of xml.matchAll(/<token t_id="\d+" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        const s = Number(m[1]);
        lines[s] = lines[s] ? `${lines[s]} ${m[2]}` : m[2];
      }
      const text = lines.filter(Boolean).join('\n').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      out.push({ id: f.replace(/\.xml$/, ''), topic: Number(topic), text });
    }
  }
  return out;
}

/** A numeric command-line option of a benchmark (`--limit 500`), or `dflt` when absent. */
export function numberOption(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb() {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Dated headlines 2021-11 … 2022-07 (headlines-2021-22): { id, date, text }, dated by their UTC timestamp. */
export function readHeadlines(dir) {
  const recs = JSON.parse(readFileSync(join(dir, 'headlines-2021-22', 'headlines.json'), 'utf8'));
  return recs.map((r, i) => ({ id: `headline-${i}-${r.domain}`, date: new Date(r.timestamp * 1000).toISOString().slice(0, 10), text: r.title }));
}

/**
 * FRANK (consistency/): one record per human-labelled summary, { hash, model, dataset, labels, article, summary,
 * url }, with the texts from the annotation platform's article files. `summary` is the system's output as
 * stored: most systems emit lowercased, tokenized text (see `summaryText` in bench/consistency.mjs).
 */
export function readFrank(dir) {
  const base = join(dir, 'consistency');
  const labels = JSON.parse(readFileSync(join(base, 'frank', 'data', 'human_annotations.json'), 'utf8'));
  const articles = new Map();
  const article = (hash) => {
    if (!articles.has(hash)) articles.set(hash, JSON.parse(readFileSync(join(base, 'frank-annotation-platform', 'articles-json', `${hash}.json`), 'utf8')));
    return articles.get(hash);
  };
  return labels.map((l) => {
    const a = article(l.hash);
    // bart's summaries also exist with their case (`bart_cased`); the other systems only lowercased.
    const summary = a[`${l.model_name}_cased`] ?? a[l.model_name];
    return { hash: l.hash, model: l.model_name, dataset: l.dataset, labels: l, article: a.article, summary, cased: `${l.model_name}_cased` in a, url: a.url };
  });
}
