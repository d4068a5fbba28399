// Rule: the same quantity reported differently by accounts of one story, hedges ("at least", "about") taken into account.
import type { NumberFact } from '../extract/types.js';
import type { CorpusEntry, CorpusFindingDraft, CorpusRule } from './types.js';
import { accountsByKey, consensus, contextStems, listNames, sameNewsCycle, sharedStems, shortName, storiesOf, type StoryAccount } from './story-helpers.js';

interface Account extends StoryAccount {
  fact: NumberFact;
  lo: number;
  hi: number;
  context: Set<string>;
}

/** Units of money and measure: figures in them are prices and quantities of many different things. */
const MEASURES =
  /^(?:mln|million|billion|bln|trillion|dlrs?|dollars?|pct|percent|cts|cents?|tonnes?|tons?|barrels?|bushels?|ounces?|pounds?|yen|marks?|francs?|crowns?|guilders?|kronor|kroner|krona|pesos?|rupees?|rand|dinars?|riyals?|ecus?|points?|shares?|stg|lire|kilos?|kg|grams?|gm|lbs?|litres?|liters?|gallons?|miles?|km|kilometres?|kilometers?|metres?|meters?|feet|cubic|yards?|inches|degrees?|acres?|hectares?|years?|days?|hours?|minutes?|seconds?|times|ago|earlier|later|weeks?|last|vs|versus)$/;

/** The values a hedged number allows. */
export function interval(f: NumberFact): [number, number] {
  const v = f.value;
  switch (f.hedge) {
    case 'at-least':
      return [v, Infinity];
    case 'more-than':
      return [v + (Number.isInteger(v) ? 1 : 1e-9), Infinity];
    case 'at-most':
    case 'up-to':
      return [0, v];
    case 'less-than':
      return [0, v - (Number.isInteger(v) ? 1 : 1e-9)];
    case 'about':
      return [v * 0.8, v * 1.2];
    default:
      return [v, v];
  }
}

/** What is counted, in a form shared by singular and plural ("ukrainian region"), with the hyphenated unit. */
export function countedKey(f: NumberFact): string | undefined {
  const words = f.counted.split(' ').map((w) => w.replace(/(?<=[a-z]{3})(?:ies)$/, 'y').replace(/(?<=[a-z]{3})s$/, ''));
  // One generic word ("people", "years") is too vague to align accounts on, unless a unit qualifies it ("30-day ceasefire").
  if (words.length < 2 && !f.unit) return undefined;
  return f.unit ? `${words.join(' ')} (${f.unit})` : words.join(' ');
}

/** Two accounts count the same thing when their sentences share content words (and, checked pairwise, the news cycle). */
const sameCount = (a: Account, b: Account) =>
  a.entry !== b.entry && sharedStems(a.context, b.context, a.fact.counted) >= MIN_SHARED_CONTEXT;

/**
 * Counts change from one day to the next (a toll, ships waiting, a slaughter estimate): figures are compared
 * only within one news day, give or take a day for time zones (undated articles are taken to share it).
 */
const MAX_NEWS_DAY_GAP = 1;

/**
 * Whether a document also gives `value` for the same counted thing: an article that says "2 bills" and "56-day
 * bills" in one breath dissents from no one who says either. The same key, not a shared word: "30 ships
 * waiting ... and 41 ships sailed" still dissents from "41 ships waiting".
 */
function alsoStates(entry: CorpusEntry, value: number, key: string): boolean {
  return entry.facts.numbers.some((n) => n.value === value && comparedKey(n) === key);
}

/** The figures can both be true. */
const compatible = (a: Account, b: Account) => a.lo <= b.hi && b.lo <= a.hi;

/** Content words two sentences must share (besides what is counted) to count the same thing. */
const MIN_SHARED_CONTEXT = 2;

/** The key a count is compared on, or undefined for what the rule does not compare (money, measures, one vague word). */
export function comparedKey(fact: NumberFact): string | undefined {
  const key = countedKey(fact);
  return key && !fact.counted.split(' ').some((w) => MEASURES.test(w)) && !/\bcurrency units?\b/.test(fact.counted) ? key : undefined;
}

/**
 * Before a count, a word that makes it a part of the whole ("the remaining two locals", "another three ships",
 * "the first two rounds"): it counts a subset, compared only with counts of the same subset ("the last four
 * months" with "the last six months"), not with the whole ("three locals").
 */
const SUBSET_BEFORE = /\b(remaining|other|another|additional|further|extra|first|last|next|final)\s+$/i;

/** Counts in one document, keyed by what they count. */
function* numberAccounts(entry: CorpusEntry): Iterable<[string, Account]> {
  for (const fact of entry.facts.numbers) {
    const key = comparedKey(fact);
    if (!key) continue;
    const subset = SUBSET_BEFORE.exec(entry.doc.text.slice(Math.max(0, fact.span.start - 16), fact.span.start))?.[1].toLowerCase();
    const [lo, hi] = interval(fact);
    const context = contextStems(entry.doc.text, entry.facts.sentences, fact.span);
    yield [subset ? `${subset} ${key}` : key, { entry, at: fact.span.start, fact, lo, hi, context }];
  }
}

export const conflictingNumber: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'conflicting-number',
    description: 'The same quantity reported differently by accounts of one story.',
    defaultSeverity: 'warning',
    needs: ['numbers'],
    docs: {
      catches:
        'A count of the same thing in several articles of a story published within a day of each other ("four Ukrainian regions" vs "at least five Ukrainian regions"; a "30-day" vs a "60-day ceasefire") whose values cannot all be true, after reading hedges such as "at least", "more than", "about" and "up to" as ranges. Money and measures (amounts of many things), results lines ("sales 3.6 billion crowns vs 3.4 billion") and an article that gives the other figure too are left alone.',
      why: 'Diverging figures across outlets are where errors and spin hide; the reader of one account cannot see the others.',
      example: {
        text: 'territorial control over at least five Ukrainian regions',
        message: '001 counts four Ukrainian regions; 004 says at least five Ukrainian regions.',
      },
      fix: 'Check the figure against the primary source and align the accounts, or say why they differ (different dates, sources).',
    },
  },
  check({ entries }) {
    const out: CorpusFindingDraft[] = [];
    for (const members of storiesOf(entries)) {
      for (const [key, accounts] of accountsByKey(members, numberAccounts)) {
        const split = consensus(accounts, sameCount, compatible, (a, b) => sameNewsCycle(a.entry, b.entry, MAX_NEWS_DAY_GAP));
        if (!split) continue;
        for (const d of split.dissent) {
          if (split.agree.some((a) => alsoStates(d.entry, a.fact.value, comparedKey(d.fact) ?? key))) continue;
          out.push({
            doc: d.entry.doc.id,
            span: d.fact.span,
            message: `${listNames(split.agree.map((a) => shortName(a.entry)))} ${split.agree.length === 1 ? 'counts' : 'count'} ${split.agree.map((a) => `"${a.fact.text}"`).filter((t, i, all) => all.indexOf(t) === i).join(' / ')}; ${shortName(d.entry)} says "${d.fact.text}".`,
            actual: d.fact.text,
            expected: split.agree[0].fact.text,
            related: split.agree.map((a) => ({ doc: a.entry.doc.id, span: a.fact.span, message: `${shortName(a.entry)}: ${a.fact.text}` })),
            data: { counted: key },
          });
        }
      }
    }
    return out;
  },
};
