// Name statistics learned from CoNLL-2003 training parts (scripts/build-name-lexicon.mjs): how often a
// capitalised word was part of a person's, a place's, another name, or no name at all, and how often it was
// written in lower case.
import lexicon from './name-lexicon.json' with { type: 'json' };

export interface WordStats {
  per: number;
  loc: number;
  org: number;
  misc: number;
  /** Capitalised but outside any name (sentence-initial words, "May", "However"). */
  none: number;
  /** First word of a person's name of two words or more. */
  given: number;
  /** Written in lower case ("coach", "economist"); common words seen only in lower case have an entry too. */
  lower: number;
}

const words = lexicon.words as Record<string, number[]>;

/** Counts for a word as written (case-sensitive), or undefined when the word was not seen. */
export function wordStats(word: string): WordStats | undefined {
  const a = Object.prototype.hasOwnProperty.call(words, word) ? words[word] : undefined;
  if (!a) return undefined;
  return { per: a[0], loc: a[1], org: a[2], misc: a[3], none: a[4], given: a[5], lower: a[6] };
}

/** Total times a word was seen capitalised (0 for a word seen only in lower case). */
export function seen(s: WordStats): number {
  return s.per + s.loc + s.org + s.misc + s.none;
}
