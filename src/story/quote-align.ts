// Aligning quotations across documents: normalised words, shared shingles, containment and word-level differences.
import { distance } from 'fastest-levenshtein';
import { lazy } from '../core/lazy.js';
import type { QuoteFact } from '../extract/types.js';

const diffLib = lazy<typeof import('diff')>('diff');

/**
 * A contraction or possessive whose apostrophe a scraper or tokeniser spaced out or dropped ("year ’ s",
 * "year s", "don t"): joined to its word, as "year's" is once apostrophes are dropped.
 */
const CLITIC = /(\p{L})(?:\s*'\s*|\s+)(s|t|d|m|ll|re|ve)(?![\p{L}\p{N}'])/gu;

/** Words of a quotation with case, punctuation, apostrophes, hyphens and quote marks ignored. */
export function quoteWords(text: string): string[] {
  return text
    .toLowerCase()
    // Editorial insertions in brackets ("the timing (of the proposal) is off") are not the speaker's words.
    .replace(/\([^()]{0,80}\)|\[[^[\]]{0,80}\]/g, ' ')
    .replace(/[’‘`´]/g, "'")
    .replace(CLITIC, '$1$2')
    .replace(/'/g, '')
    // A figure is one word however it was spaced ("22 . 4", "2.5", "1,200"): its point is not punctuation.
    .replace(/(\d)\s*([.,])\s*(?=\d)/g, '$1$2')
    .replace(/(?<!\d)[.,]|[.,](?!\d)/g, ' ')
    .replace(/[^\p{L}\p{N}\s.,]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, String(i)]),
);
const ORDINAL_WORDS: Record<string, string> = Object.fromEntries(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
    .split(' ')
    .map((w, i) => [w, `${i + 1}${i === 0 ? 'st' : i === 1 ? 'nd' : i === 2 ? 'rd' : 'th'}`]),
);
const SCALES: Record<string, string> = { bn: 'billion', bln: 'billion', mn: 'million', mln: 'million', tn: 'trillion', k: 'thousand', dlrs: 'dollars', dlr: 'dollar', pct: 'percent' };

/**
 * Contractions as their apostrophes are dropped ("don't" is "dont"), spelt out: a house style or a transcript
 * that writes "do not" quotes the same words. Left out where the bare form is another word ("its", "were",
 * "well", "ill", "hell", "lets", "shed", "wed").
 */
const CONTRACTIONS: Record<string, string> = Object.fromEntries(
  (
    'dont=do not, doesnt=does not, didnt=did not, cant=can not, wont=will not, isnt=is not, arent=are not, ' +
    'wasnt=was not, werent=were not, hasnt=has not, havent=have not, hadnt=had not, wouldnt=would not, shouldnt=should not, ' +
    'couldnt=could not, mustnt=must not, theres=there is, thats=that is, whats=what is, im=i am, ive=i have, youre=you are, ' +
    'youve=you have, weve=we have, theyre=they are, theyve=they have, itll=it will, theyll=they will, youll=you will, ' +
    'shes=she is, hes=he is'
  )
    .split(', ')
    .map((pair) => pair.split('='))
    .map(([short, full]) => [short, full.replace(' ', '')]),
);

/**
 * One word in a house-style-free form: numbers as digits ("eleventh" → "11th"), scales spelt out ("4bn" →
 * "4billion"), contractions spelt out ("dont" → "donot", which "do not" run together also gives).
 */
function canonicalWord(w: string): string {
  if (/^\d{1,3}(?:,\d{3})+$/.test(w)) return w.replace(/,/g, '');
  const scaled = /^(\d+(?:\.\d+)?)(bn|bln|mn|mln|tn|k)$/.exec(w);
  if (scaled) return scaled[1] + SCALES[scaled[2]];
  return NUMBER_WORDS[w] ?? ORDINAL_WORDS[w] ?? SCALES[w] ?? CONTRACTIONS[w] ?? w;
}

/**
 * Two runs of words that say the same in another house style: "4bn" / "4 billion", "eleventh" / "11th",
 * "data center" / "datacenter", "22.4" / "22 . 4", "U.S." / "United States", "don't" / "do not".
 */
export function sameWording(a: string[], b: string[]): boolean {
  return wordingKey(a) === wordingKey(b);
}

/** Initials a house style spells out: "U.S." (the words "u s" once punctuation is dropped) is "United States". */
const INITIALS: Record<string, string> = { 'u s': 'united states', 'u k': 'united kingdom', 'u n': 'united nations', 'e u': 'european union' };

/** The words with initials spelt out: two one-letter words that are a known abbreviation become its words. */
function spellOutInitials(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const full = words[i].length === 1 && words[i + 1]?.length === 1 ? INITIALS[`${words[i]} ${words[i + 1]}`] : undefined;
    if (full) {
      out.push(...full.split(' '));
      i++;
    } else out.push(words[i]);
  }
  return out;
}

/** Words run together ("data center" = "datacenter"), except that two figures stay apart ("1 2" is not "12"). */
function wordingKey(words: string[]): string {
  let key = '';
  let prev = '';
  for (const w of spellOutInitials(words).map(canonicalWord)) {
    key += (/\d$/.test(prev) && /^\d/.test(w) ? '|' : '') + w;
    prev = w;
  }
  return key;
}

/** Index of `needle` as a contiguous run inside `hay`, or -1. */
export function indexOfRun(hay: string[], needle: string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export interface Alignment {
  /** The shorter quotation appears word for word inside the longer one. */
  contained: boolean;
  /** Share of the shorter quotation's words found, in order, in the longer one. */
  similarity: number;
  /** Word-level difference over the aligned region: "- removed", "+ added" runs. */
  diff: string;
}

/** One run of a word diff: words in both quotations, or only in one (`removed` from the reference, `added`). */
interface DiffPart {
  value: string[];
  added?: boolean;
  removed?: boolean;
}

const isCommon = (p: DiffPart) => !p.added && !p.removed;

/** A stray match at an edge ("i", "the") is left out when the unmatched run beside it is this many times longer. */
const ISLAND_RATIO = 4;

/** At most this many words on each side at an end of two quotations are one wording put for another. */
const MAX_SWAP = 3;

/**
 * The runs of a word diff over the region both quotations share, so that a partial quote is compared with
 * the stretch it quotes: unmatched context at either end is left out, and so is a stray match of a word or
 * two at an edge, cut off from the rest by a much longer unmatched run.
 */
export function alignedRegion<P extends DiffPart>(parts: P[]): P[] {
  const common = parts.flatMap((p, i) => (isCommon(p) ? [i] : []));
  if (common.length === 0) return parts;
  const gap = (from: number, to: number) => {
    const between = parts.slice(from + 1, to);
    const count = (pick: (p: P) => boolean | undefined) => between.filter(pick).reduce((s, p) => s + p.value.length, 0);
    return Math.max(count((p) => p.removed), count((p) => p.added));
  };
  const island = (at: number, beside: number) => parts[at].value.length * ISLAND_RATIO <= gap(Math.min(at, beside), Math.max(at, beside));
  let lo = 0;
  let hi = common.length - 1;
  while (lo < hi && island(common[lo], common[lo + 1])) lo++;
  while (hi > lo && island(common[hi], common[hi - 1])) hi--;
  // Unmatched words at an end on one side only are where one quotation stops quoting; a few on both sides are
  // a word put for another ("... to list their accomplishments" / "... to list their successes").
  const words = (run: P[], pick: (p: P) => boolean | undefined) => run.filter(pick).reduce((n, p) => n + p.value.length, 0);
  const swapped = (run: P[]) => {
    const removed = words(run, (p) => p.removed);
    const added = words(run, (p) => p.added);
    return removed > 0 && added > 0 && removed <= MAX_SWAP && added <= MAX_SWAP;
  };
  const start = lo === 0 && swapped(parts.slice(0, common[0])) ? 0 : common[lo];
  const end = hi === common.length - 1 && swapped(parts.slice(common[hi] + 1)) ? parts.length : common[hi] + 1;
  return parts.slice(start, end);
}

/** Aligns quotation `a` against `b`; differences are shown from `b` (the reference) to `a`. */
export function align(a: string[], b: string[]): Alignment {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (indexOfRun(long, short) >= 0) return { contained: true, similarity: 1, diff: '' };
  const parts = diffLib().diffArrays(b, a);
  let common = 0;
  for (const p of parts) if (!p.added && !p.removed) common += p.count ?? p.value.length;
  const core = alignedRegion(parts);
  // Spelling variants, typos ("favorable"/"favourable", "construtive") and house styles are not changes of wording.
  const trivial = new Set<number>();
  core.forEach((p, i) => {
    const q = core[i + 1];
    if (!p.removed || !q?.added) return;
    if (sameWording(p.value, q.value) || (p.value.length === q.value.length && p.value.every((w, k) => sameWord(w, q.value[k])))) {
      trivial.add(i);
      trivial.add(i + 1);
    }
  });
  const diff = core
    .filter((p, i) => (p.added || p.removed) && !trivial.has(i))
    .map((p) => `${p.added ? '+' : '-'} ${p.value.join(' ')}`)
    .join('; ');
  return { contained: false, similarity: common / Math.max(1, short.length), diff };
}

export interface QuoteRef<T> {
  owner: T;
  quote: QuoteFact;
  words: string[];
}

/** Pairs of quotations from different owners sharing at least one run of `n` words (inverted index, no all-pairs scan). */
export function candidatePairs<T>(refs: Array<QuoteRef<T>>, n = 4): Array<[QuoteRef<T>, QuoteRef<T>]> {
  const index = new Map<string, number[]>();
  refs.forEach((r, i) => {
    const seen = new Set<string>();
    for (let k = 0; k + n <= r.words.length; k++) {
      const key = r.words.slice(k, k + n).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      index.set(key, [...(index.get(key) ?? []), i]);
    }
  });
  const pairs = new Set<string>();
  const out: Array<[QuoteRef<T>, QuoteRef<T>]> = [];
  for (const list of index.values()) {
    if (list.length > 50) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x], list[y]];
        if (refs[i].owner === refs[j].owner) continue;
        const k = `${i}:${j}`;
        if (pairs.has(k)) continue;
        pairs.add(k);
        out.push([refs[i], refs[j]]);
      }
    }
  }
  return out.sort((p, q) => refs.indexOf(p[0]) - refs.indexOf(q[0]) || refs.indexOf(p[1]) - refs.indexOf(q[1]));
}

/** Two spellings of one word: long enough, and at most two edits apart. */
function sameWord(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && distance(a, b) <= 2;
}
