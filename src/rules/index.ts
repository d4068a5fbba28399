// The rule registry: every rule newscheck knows, in report order. Add a rule by adding it here.
import { scrapingResidue } from './scraping-residue.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [scrapingResidue];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
