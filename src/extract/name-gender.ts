// The gender a first name usually has in English ("Hillary" female, "Donald" male), for linking "he" and "she" to people.
import { lazy } from '../core/lazy.js';

export type Gender = 'male' | 'female';

/**
 * About 32,000 English given names with their usual gender (gender-detection-from-name, MIT): only the English
 * table, loaded the first time a pronoun is resolved.
 */
const englishNames = lazy<Map<string, string>>('gender-detection-from-name/names/en.js');

/**
 * First names the English table gives one gender that are as often the other's in news (Andrea, Nicola,
 * Simone and Michele are Italian men's names, Jean a French man's, Kim, Lee, Park and Chen Korean or Chinese
 * family names written first) or are used for both: they say nothing.
 */
const EITHER = new Set(
  'kim lee park chen jun min yu andrea nicola simone michele daniele gabriele jean sasha kelly robin dana morgan alexis taylor casey jamie jesse leslie sandy chris toni jordan sam charlie pat'.split(' '),
);

/** Honorifics that say the gender of the person named after them ("Mr. Li", "Mrs Smith"). */
const HONORIFIC = /\b(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Madam|Madame|Lady|Dame))\.?\s+$/;

/** The usual gender of a person's first name, or undefined when the name is unknown or used for both. */
export function genderOfName(name: string): Gender | undefined {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase();
  if (!first || first.length < 2 || first.endsWith('.') || EITHER.has(first)) return undefined;
  const g = englishNames().get(first);
  return g === 'male' || g === 'female' ? g : undefined;
}

/** The gender an honorific right before a name gives (`before` is the text up to the name), if any. */
export function genderOfHonorific(before: string): Gender | undefined {
  const m = HONORIFIC.exec(before);
  return m ? (m[1] ? 'male' : 'female') : undefined;
}

/** The gender a personal pronoun refers to. */
export function genderOfPronoun(word: string): Gender | undefined {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his') return 'male';
  if (w === 'she' || w === 'her' || w === 'hers') return 'female';
  return undefined;
}
