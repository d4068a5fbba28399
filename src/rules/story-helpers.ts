// Helpers for corpus rules: iterate stories, name documents briefly, and pick the consensus among accounts.
import { basename } from 'node:path';
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
