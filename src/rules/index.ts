// The rule registry: every rule newscheck knows, in report order. Add a rule by adding it here.
import { alteredQuote } from './altered-quote.js';
import { anachronisticAdministration } from './anachronistic-administration.js';
import { anachronisticTitle } from './anachronistic-title.js';
import { conflictingEventDate } from './conflicting-event-date.js';
import { conflictingNumber } from './conflicting-number.js';
import { conflictingPlace } from './conflicting-place.js';
import { conflictingTitle } from './conflicting-title.js';
import { elapsedTime } from './elapsed-time.js';
import { misattributedQuote } from './misattributed-quote.js';
import { scrapingResidue } from './scraping-residue.js';
import type { Rule } from './types.js';
import { weekdayDateMismatch } from './weekday-date-mismatch.js';
import { wrongOfficeHolder } from './wrong-office-holder.js';

export const RULES: readonly Rule[] = [
  wrongOfficeHolder,
  anachronisticTitle,
  anachronisticAdministration,
  elapsedTime,
  weekdayDateMismatch,
  conflictingEventDate,
  conflictingPlace,
  conflictingTitle,
  conflictingNumber,
  alteredQuote,
  misattributedQuote,
  scrapingResidue,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
