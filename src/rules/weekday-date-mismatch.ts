// Rule: a weekday that does not match its date ("Thursday, May 16" when May 16 is a Friday).
import type { FindingDraft } from '../core/types.js';
import { WEEKDAY_NAMES, isoDate, toDay, weekdayOf } from '../date/days.js';
import { dateEvidence, windowOf } from './dated.js';
import type { DocumentRule } from './types.js';

export const weekdayDateMismatch: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'weekday-date-mismatch',
    description: 'A weekday paired with a date that falls on another day of the week.',
    defaultSeverity: 'error',
    needs: ['dates', 'people', 'elapsed', 'administrations'],
    docs: {
      catches:
        'Weekday and date pairs ("Thursday, May 16", "on Monday, 12 May 2025") where the date falls on another weekday in the stated year, or, when no year is written, in the year of the document.',
      why: 'One of the two is wrong, and readers cannot tell which: the event may be misdated.',
      example: { text: 'the talks on Thursday, May 16 (article of May 2025)', message: 'May 16, 2025 is a Friday, not a Thursday.' },
      fix: 'Check the date against the calendar and correct the weekday or the date.',
    },
  },
  check({ facts, date }) {
    const out: FindingDraft[] = [];
    const w = windowOf(date);
    for (const d of facts.dates) {
      const { weekday, day, month } = d.stated;
      if (weekday === undefined || day === undefined || month === undefined) continue;
      let year = d.stated.year;
      if (year === undefined) {
        if (!w || w.earliest.slice(0, 4) !== w.latest.slice(0, 4)) continue;
        year = Number(d.value?.slice(0, 4) || w.on.slice(0, 4));
        // Without a written year, only a date near the document date surely lies in its year.
        const near = isoDate(year, month, day);
        if (Math.abs(toDay(near) - toDay(w.on)) > 60) continue;
      }
      const iso = isoDate(year, month, day);
      if (Number.isNaN(weekdayOf(iso))) continue;
      const real = weekdayOf(iso);
      if (real === weekday) continue;
      const when = new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
      out.push({
        span: d.span,
        message: `${when} is a ${WEEKDAY_NAMES[real]}, not a ${WEEKDAY_NAMES[weekday]}${d.stated.year === undefined ? ` (year taken from the ${dateEvidence(date)})` : ''}.`,
        actual: WEEKDAY_NAMES[weekday],
        expected: WEEKDAY_NAMES[real],
        evidence: d.stated.year === undefined ? [dateEvidence(date)] : [`stated year ${year}`],
      });
    }
    return out;
  },
};
