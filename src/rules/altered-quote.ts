// Rule: the same quotation worded differently in different accounts of one story (a misquote), shown as a word diff.
import { align, candidatePairs, indexOfRun, quoteWords, type QuoteRef } from '../story/quote-align.js';
import type { CorpusEntry, CorpusFindingDraft, CorpusRule } from './types.js';
import { shortName, storiesOf } from './story-helpers.js';

/** Quotations shorter than this (in words) are too common to compare. */
export const MIN_WORDS = 5;
/** Share of the shorter quotation that must match for two quotations to be versions of one. */
export const SAME_QUOTE = 0.7;

export function quoteRefs(members: CorpusEntry[]): Array<QuoteRef<CorpusEntry>> {
  // Content order, not input order: the earlier version is the one whose document id sorts first.
  return [...members].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0)).flatMap((entry) =>
    entry.facts.quotes.map((quote) => ({ owner: entry, quote, words: quoteWords(quote.text) })).filter((r) => r.words.length >= MIN_WORDS),
  );
}

/** Whether some quotation of `owner` carries `words` word for word (alone or as part of a longer one). */
function quotedIn<T>(refs: Array<QuoteRef<T>>, owner: T, words: string[]): boolean {
  return refs.some((r) => r.owner === owner && indexOfRun(r.words, words) >= 0);
}

export const alteredQuote: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'altered-quote',
    description: 'The same quotation worded differently in different accounts of one story.',
    defaultSeverity: 'warning',
    needs: ['quotes', 'people'],
    docs: {
      catches:
        'Two versions of one quotation in different articles of a story that differ in wording, shown as a word-level difference; differences of punctuation, case and quote marks are ignored, and a partial quotation that appears word for word in a fuller one is not a conflict (it is listed as corroboration in the JSON data); nor is a version the other article also carries word for word (it quoted both).',
      why: 'A quotation must be verbatim; a changed word can change what someone said.',
      example: {
        text: '“We are ready to engage in direct talks with the Ukrainian leadership tomorrow”',
        message: 'This quotation differs from 001\'s version: - Kyiv authorities; + Ukrainian leadership.',
      },
      fix: 'Check the quotation against the recording or the original statement and correct the wording, or paraphrase without quotation marks.',
    },
  },
  check({ entries }) {
    const out: CorpusFindingDraft[] = [];
    for (const members of storiesOf(entries)) {
      const refs = quoteRefs(members);
      for (const [a, b] of candidatePairs(refs)) {
        const al = align(b.words, a.words);
        if (al.contained || al.similarity < SAME_QUOTE || !al.diff) continue;
        // Both documents carry one of the versions word for word: the other is a second quotation (a book and
        // the film made of it, a statement and its later rewording), not this one altered.
        if (quotedIn(refs, a.owner, b.words) || quotedIn(refs, b.owner, a.words)) continue;
        // Report on the later document, against the earlier one's version.
        out.push({
          doc: b.owner.doc.id,
          span: b.quote.span,
          message: `This quotation differs from ${shortName(a.owner)}'s version: ${al.diff}.`,
          actual: b.quote.text,
          expected: a.quote.text,
          related: [{ doc: a.owner.doc.id, span: a.quote.span, message: `${shortName(a.owner)}'s version` }],
          data: { similarity: Math.round(al.similarity * 100) / 100, diff: al.diff },
        });
      }
    }
    return out;
  },
};
