// Helpers for corpus rules: iterate stories, name documents briefly, and pick the consensus among accounts.
import { basename } from 'node:path';
import type { Span } from '../core/types.js';
import { sentenceAround } from './context.js';
import type { CorpusEntry } from './types.js';

/** Members of each story with at least two documents, in input order. */
export function storiesOf(entries: CorpusEntry[]): CorpusEntry[][] {
  const by = new Map<number, CorpusEntry[]>();
  for (const e of entries) {
    if (e.story === undefined) continue;
    by.set(e.story, [...(by.get(e.story) ?? []), e]);
  }
  return [...by.values()].filter((m) => m.length > 1);
}

/** A short name for a document in messages: the file's base name without extension, or the record id. */
export function shortName(e: CorpusEntry): string {
  if (e.doc.meta.recordId) return e.doc.meta.recordId;
  return basename(e.doc.file).replace(/\.[a-z]+$/i, '').replace(/^(\d{3,})_[0-9a-f]{8,}$/i, '$1');
}

export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Splits accounts into the consensus and the dissenters. `compatible(a, b)` says whether two accounts
 * agree. The consensus is the account that agrees with the most others (ties: the earliest); every
 * account that disagrees with it is a dissenter. Returns nothing when all agree.
 */
export function consensus<T>(items: T[], compatible: (a: T, b: T) => boolean): { agree: T[]; dissent: T[] } | undefined {
  if (items.length < 2) return undefined;
  let best = 0;
  let bestCount = -1;
  items.forEach((a, i) => {
    const c = items.filter((b, j) => j !== i && compatible(a, b)).length;
    if (c > bestCount) {
      bestCount = c;
      best = i;
    }
  });
  const ref = items[best];
  const agree = items.filter((x) => x === ref || compatible(ref, x));
  const dissent = items.filter((x) => !agree.includes(x));
  if (dissent.length === 0) return undefined;
  return { agree, dissent };
}

const STOPWORDS = new Set(
  'about after again against also among been before being between both could does during each from have having here into more most much must only other over said says same should some such than that their them then there these they this those through under until very were what when where which while will with would year years week weeks month months today monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** Word stems (first five letters of content words) of the sentence around a span, to tell whether two accounts speak of the same thing. */
export function contextStems(text: string, sentences: Span[], span: Span): Set<string> {
  const s = sentenceAround(text, sentences, span);
  const out = new Set<string>();
  for (const m of s.text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]{3,}/gu)) {
    const w = m[0].replace(/['’]s$/, '');
    if (!STOPWORDS.has(w)) out.add(w.slice(0, 5));
  }
  return out;
}

/** How many stems two contexts share, leaving out the stems of the compared phrase itself. */
export function sharedStems(a: Set<string>, b: Set<string>, phrase: string): number {
  const own = new Set([...phrase.toLowerCase().matchAll(/\p{L}{4,}/gu)].map((m) => m[0].slice(0, 5)));
  let n = 0;
  for (const x of a) if (b.has(x) && !own.has(x)) n++;
  return n;
}
