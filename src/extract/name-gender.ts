// The gender a first name usually has in English ("Hillary" female, "Donald" male), for linking "he" and "she" to people.
import { lazy } from '../core/lazy.js';

export type Gender = 'male' | 'female';

/**
 * About 32,000 English given names with their usual gender (gender-detection-from-name, MIT): only the English
 * table, loaded the first time a pronoun is resolved.
 */
const englishNames = lazy<Map<string, string>>('gender-detection-from-name/names/en.js');

/** The usual gender of a person's first name, or undefined when the name is unknown or used for both. */
export function genderOfName(name: string): Gender | undefined {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase();
  if (!first || first.length < 2 || first.endsWith('.')) return undefined;
  const g = englishNames().get(first);
  return g === 'male' || g === 'female' ? g : undefined;
}

/** The gender a personal pronoun refers to. */
export function genderOfPronoun(word: string): Gender | undefined {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his') return 'male';
  if (w === 'she' || w === 'her' || w === 'hers') return 'female';
  return undefined;
}
