// Rule: the same quotation worded differently in different accounts of one story (a misquote), shown as a word diff.
import { align, candidatePairs, indexOfRun, quoteWords, type QuoteRef } from '../story/quote-align.js';
import type { QuoteFact } from '../extract/types.js';
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

/**
 * Content words two quotations must share to be versions of one: "at the bottom of the" in "was at the bottom
 * of our list" and "drowned at the bottom of the sea" is a common phrase, not a quotation. A quotation nearly
 * all of whose words the other holds in order is a version of it whatever the words ("He was and will be my
 * hero" against "He was and will always be my hero").
 */
const MIN_SHARED_CONTENT = 2;
const NEARLY_ALL = 0.85;

const FUNCTION_WORDS = new Set(
  'the and but for nor not yet are was were has had have his her hers its our ours you your she him they them their theirs who whom whose which what that this these those there then than with from into onto upon about after before over under off out all any each few more most some such own same can could will would shall should may might must did does doing been being just also very too only here when where why how'.split(' '),
);

/** Words of three letters or more that are not function words. */
function contentWords(words: string[]): Set<string> {
  return new Set(words.filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w)));
}

function sharedContent(a: string[], b: string[]): number {
  const cb = contentWords(b);
  let n = 0;
  for (const w of contentWords(a)) if (cb.has(w)) n++;
  return n;
}

/** An ellipsis marks words the writer left out of a quotation: "He was the most valuable player. … He was the founder." */
const ELLIPSIS = /…|\.\s?\.\s?\./;

/**
 * Whether a quotation with an ellipsis is faithful to the other: each stretch between ellipses long enough to
 * compare appears in it word for word. An omission the writer marked is no alteration.
 */
function faithfulWithOmissions(quote: QuoteFact, other: string[]): boolean {
  if (!ELLIPSIS.test(quote.text)) return false;
  const parts = quote.text.split(ELLIPSIS).map(quoteWords).filter((w) => w.length >= MIN_WORDS);
  return parts.length > 0 && parts.every((w) => indexOfRun(other, w) >= 0);
}

/**
 * A speaker to compare by: the knowledge-base id and the words of the name found. Only a speaker the text
 * names: "he" or "she" resolved to someone may be resolved wrongly, so it is taken as unknown.
 */
function speakerKey(q: QuoteFact): { id?: string; words: string[] } {
  if (!q.speaker || /^(?:he|she)$/i.test(q.speaker.text)) return { words: [] };
  return { id: q.speaker.personId, words: (q.speaker.name ?? '').toLowerCase().split(/\s+/).filter(Boolean) };
}

/**
 * Both quotations have a speaker the text names, and they are two people: two statements, not one altered
 * (misattribution is another rule). Two knowledge-base ids decide; else names with no word in common
 * ("Zhang Wenbo" and "Zhang" may be one man, family name first).
 */
function differentSpeakers(a: QuoteFact, b: QuoteFact): boolean {
  const ka = speakerKey(a);
  const kb = speakerKey(b);
  if (ka.id && kb.id) return ka.id !== kb.id;
  return ka.words.length > 0 && kb.words.length > 0 && !ka.words.some((w) => kb.words.includes(w));
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
        'Two versions of one quotation in different articles of a story that differ in wording, shown as a word-level difference; differences of punctuation, case and quote marks are ignored, and a partial quotation that appears word for word in a fuller one is not a conflict (it is listed as corroboration in the JSON data); nor is a version the other article also carries word for word (it quoted both), a quotation whose parts between ellipses ("…") each appear word for word in the other (a marked omission), or two quotations whose identified speakers are two people (two statements).',
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
        if (al.similarity < NEARLY_ALL && sharedContent(a.words, b.words) < MIN_SHARED_CONTENT) continue;
        // Both documents carry one of the versions word for word: the other is a second quotation (a book and
        // the film made of it, a statement and its later rewording), not this one altered.
        if (quotedIn(refs, a.owner, b.words) || quotedIn(refs, b.owner, a.words)) continue;
        if (differentSpeakers(a.quote, b.quote) || faithfulWithOmissions(a.quote, b.words) || faithfulWithOmissions(b.quote, a.words)) continue;
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
