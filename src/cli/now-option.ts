// --now: the day a run takes as today (no undated document is dated later); fixed in CI for reproducible reports.
import { today } from '../date/days.js';
import { isIsoDate } from '../load/dates.js';
import { UsageError } from './usage-error.js';

/** --now when given (validated), else today's date in UTC. */
export function nowOption(now: string | undefined): string {
  if (now === undefined) return today();
  if (!isIsoDate(now)) throw new UsageError(`--now expects a calendar date YYYY-MM-DD, got ${JSON.stringify(now)}`);
  return now;
}
