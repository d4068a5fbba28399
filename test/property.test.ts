// Property: generated documents (random Unicode, quote/dash/digit storms, front matter, JSONL, HTML) through
// the loaders and the whole engine never throw, and every span lies inside its document with its exact text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Document, Span } from '../src/core/types.js';
import { checkDocuments } from '../src/engine.js';
import { parseSource } from '../src/load/load.js';
import { RULES } from '../src/rules/index.js';
import type { Rule } from '../src/rules/types.js';
import { testKb } from './helpers/kb.js';

/** Tokens that stress extractors: quotes, dashes, digits, titles, names, dates, markup, controls. */
const TOKENS = [
  '"', '“', '”', '„', '«', '»', "'", '‘', '’', '-', '--', '—', '–', '0', '7', '1945', '2025', '12,000', '3.5%', '$4bn',
  ' ', '  ', '\n', '\n\n', '\t', '\r\n', '.', ',', ';', ':', '?', '!', '(', ')', '[', ']', '…',
  'May', 'Thursday', 'May 16, 2025', 'Jan. 5', '2025-02-30', 'last week', 'two years ago', 'third year', 'anniversary',
  'President', 'Former', 'former', 'ex-', '-elect', 'Secretary General', 'Prime Minister', 'U.S.', 'NATO', 'Kremlin',
  'Vladimir Putin', 'Donald Trump', 'Joe Biden', 'Jens Stoltenberg', 'von der Leyen', 'Erdoğan', 'Zelenskyy', 'Istanbul', 'Kyiv',
  'said', 'told', 'according to', 'the war', 'administration', 'talks', 'killed', 'people', 'Reuters',
  'Leave a Reply', '0 Comments', 'Post a Comment', "expr:class='data:blog.pageType'>", '<div>', '</p>', '&amp;', '&#x1F600;',
  '\u0000', '\u001b[2J', '\u001b[31m', '\u0085', '\u2028', '\u200b', '\uFEFF', '\uD83D\uDE00', '\uD800', 'e\u0301', 'ﬁ',
];

const storm = fc.constantFrom('"', '“', '-', '—', '1', ' ', '\n', 'A', 'Putin ', 'May ', "'", '.');
const text = fc.oneof(
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((t) => t.join(' ')) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 160 }).map((t) => t.join('')) },
  { weight: 1, arbitrary: fc.tuple(storm, fc.integer({ min: 1, max: 600 })).map(([c, n]) => c.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
);

const dateValue = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2025-02-30', '2025-13-01', 'yesterday', '', '[', '2025-05-11T08:00:00Z', '1715400000'),
);

/** A file: name and content in one of the input formats. */
const file = fc.oneof(
  text.map((t) => ({ name: 'a.txt', src: t })),
  fc.tuple(dateValue, fc.string({ maxLength: 20 }), text, fc.boolean()).map(([date, title, body, broken]) => ({
    name: 'a.md',
    src: `---\ndate: ${date}\ntitle: ${broken ? title : JSON.stringify(title)}\n---\n${body}`,
  })),
  fc.array(fc.tuple(text, fc.option(dateValue), fc.option(fc.string({ maxLength: 12 })), fc.boolean()), { minLength: 1, maxLength: 4 }).map((recs) => ({
    name: 'a.jsonl',
    src: recs.map(([t, date, id, broken]) => (broken ? `{"text": ${t.slice(0, 10)}` : JSON.stringify({ id: id ?? undefined, date: date ?? undefined, text: t }))).join('\n'),
  })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((ts) => ({ name: 'a.json', src: JSON.stringify(ts.map((t) => ({ text: t }))) })),
  text.map((t) => ({ name: 'a.html', src: `<html><body><p>${t}</p><script>var s = "${t.slice(0, 20)}";</script></body></html>` })),
);

interface Seen {
  doc: Document;
  span: Span;
}

/** The registry's rules, each wrapped to record the spans it returns before the engine clamps them. */
function recordingRules(seen: Seen[]): Rule[] {
  return RULES.map((rule): Rule => {
    if (rule.scope === 'document') {
      return { ...rule, check: (ctx) => {
        const drafts = rule.check(ctx);
        for (const d of drafts) seen.push({ doc: ctx.doc, span: d.span });
        return drafts;
      } };
    }
    return { ...rule, check: (ctx) => {
      const drafts = rule.check(ctx);
      const byId = new Map(ctx.entries.map((e) => [e.doc.id, e.doc]));
      for (const d of drafts) {
        const doc = byId.get(d.doc);
        expect(doc, `${rule.meta.id} names an unknown document ${d.doc}`).toBeDefined();
        if (doc) seen.push({ doc, span: d.span });
        for (const r of d.related ?? []) {
          const rd = byId.get(r.doc);
          expect(rd, `${rule.meta.id}: related names an unknown document ${r.doc}`).toBeDefined();
          if (rd) seen.push({ doc: rd, span: r.span });
        }
      }
      return drafts;
    } };
  });
}

function checkCorpusOf(files: Array<{ name: string; src: string }>, referenceDate: string | undefined): void {
  const docs: Document[] = [];
  const sources = new Map<string, string>();
  files.forEach((f, i) => {
    const name = `${i}-${f.name}`;
    sources.set(name, f.src);
    docs.push(...parseSource(f.src, name, docs.length).docs);
  });
  const seen: Seen[] = [];
  const report = checkDocuments(docs, { kb: testKb(), toolVersion: 'test', referenceDate, ruleSet: recordingRules(seen) });
  for (const { doc, span } of seen) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), `span ${JSON.stringify(span)}`).toBe(true);
    expect(0 <= span.start && span.start <= span.end && span.end <= doc.text.length, `span ${JSON.stringify(span)} in ${doc.id} of length ${doc.text.length}`).toBe(true);
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const f of [...report.findings, ...report.findings.flatMap((x) => x.related)]) {
    const doc = byId.get(f.doc) as Document;
    const src = sources.get(f.file) as string;
    expect(0 <= f.offset && f.offset <= f.endOffset && f.endOffset <= src.length).toBe(true);
    expect(doc.lines.position(f.offset)).toEqual({ line: f.line, column: f.column });
    expect(doc.lines.position(f.endOffset)).toEqual({ line: f.endLine, column: f.endColumn });
    // Text files are analysed as they are: the finding's text is the file slice. Decoded formats: a slice of the text.
    if (!doc.map) expect(src.slice(f.offset, f.endOffset)).toBe(f.text);
    else expect(doc.text.includes(f.text)).toBe(true);
  }
}

describe('whole pipeline on generated input', () => {
  it('single documents of every format: no exception, spans inside, exact text (1,500 documents)', () => {
    fc.assert(fc.property(file, fc.option(dateValue.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))), (f, date) => checkCorpusOf([f], date ?? undefined)), { numRuns: 1500 });
  }, 60_000);

  it('small corpora (cross-document rules): no exception, spans inside, exact text (300 corpora)', () => {
    fc.assert(fc.property(fc.array(file, { minLength: 2, maxLength: 5 }), (files) => checkCorpusOf(files, '2025-05-11')), { numRuns: 300 });
  }, 60_000);

  it('news-like sentences built from the tokens reach the rules (the property is not vacuous)', () => {
    let findings = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Former U.S. President Donald Trump said.', 'Leave a Reply', '0 Comments', 'NATO Secretary General Jens Stoltenberg said.'), { minLength: 1, maxLength: 6 }), (parts) => {
        const docs = parseSource(parts.join('\n\n'), 'n.txt', 0).docs;
        findings += checkDocuments(docs, { kb: testKb(), toolVersion: 'test', referenceDate: '2025-05-11' }).findings.length;
      }),
      { numRuns: 50 },
    );
    expect(findings).toBeGreaterThan(0);
  });
});
