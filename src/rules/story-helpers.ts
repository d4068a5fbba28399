// Helpers for corpus rules: iterate stories, name documents briefly, and pick the consensus among accounts.
import { basename } from 'node:path';
import type { Span } from '../core/types.js';
import { toDay } from '../date/days.js';
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
 * Splits accounts of one thing into the consensus and the dissenters. `same(a, b)` says whether two
 * accounts speak of the same thing; `agree(a, b)` whether their values can both be true. The consensus is
 * the account most others agree with (ties: the first); accounts of the same thing that disagree with it
 * dissent; accounts of something else are left out. Returns nothing when nobody dissents.
 */
export function consensus<T>(
  items: T[],
  sameDirect: (a: T, b: T) => boolean,
  agree: (a: T, b: T) => boolean,
  /** Must hold between the two accounts themselves, whatever links them (e.g. the same news cycle). */
  guard: (a: T, b: T) => boolean = () => true,
): { agree: T[]; dissent: T[] } | undefined {
  if (items.length < 2) return undefined;
  // "Same thing" is made transitive: accounts linked through a third one speak of one thing.
  const group = items.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) if (sameDirect(items[i], items[j])) group[find(j)] = find(i);
  }
  const same = (a: T, b: T) => guard(a, b) && find(items.indexOf(a)) === find(items.indexOf(b));
  let best = 0;
  let bestCount = -1;
  items.forEach((a, i) => {
    const c = items.filter((b, j) => j !== i && same(a, b) && agree(a, b)).length;
    if (c > bestCount) {
      bestCount = c;
      best = i;
    }
  });
  const ref = items[best];
  const agreeing = items.filter((x) => x === ref || (same(ref, x) && agree(ref, x)));
  const dissent = items.filter((x) => x !== ref && same(ref, x) && !agree(ref, x));
  if (dissent.length === 0) return undefined;
  return { agree: agreeing, dissent };
}

/** Documents with metadata dates further apart than this belong to different news cycles. */
export const MAX_PUBLICATION_GAP_DAYS = 3;

/** Whether two documents can report the same news cycle, `maxGap` days at most apart (unknown dates are taken as yes). */
export function sameNewsCycle(a: CorpusEntry, b: CorpusEntry, maxGap = MAX_PUBLICATION_GAP_DAYS): boolean {
  const da = a.doc.meta.date;
  const db = b.doc.meta.date;
  if (!da || !db) return true;
  return Math.abs(toDay(da) - toDay(db)) <= maxGap;
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

/** An account of something in one document of a story, with where it stands in that document. */
export interface StoryAccount {
  entry: CorpusEntry;
  /** Offset of the account in its document, to order accounts of one document. */
  at: number;
}

/**
 * The accounts of each story, grouped by the key of what they are about (the first account per key and
 * document), each group in content order (document id, then offset) so findings do not depend on input order.
 */
export function accountsByKey<A extends StoryAccount>(members: CorpusEntry[], accountsOf: (entry: CorpusEntry) => Iterable<[string, A]>): Map<string, A[]> {
  const byKey = new Map<string, A[]>();
  for (const entry of members) {
    const seen = new Set<string>();
    for (const [key, account] of accountsOf(entry)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byKey.get(key);
      if (list) list.push(account);
      else byKey.set(key, [account]);
    }
  }
  for (const list of byKey.values()) {
    list.sort((a, b) => (a.entry.doc.id < b.entry.doc.id ? -1 : a.entry.doc.id > b.entry.doc.id ? 1 : a.at - b.at));
  }
  return byKey;
}
