// Rule: elapsed-time arithmetic ("entering its third year", "the 80th anniversary of ...") checked against event anchors.
import type { FindingDraft } from '../core/types.js';
import { addYears, ordinal, toDay, yearsBetween } from '../date/days.js';
import type { ElapsedFact } from '../extract/types.js';
import type { EventAnchor } from '../know/types.js';
import { dateEvidence, daysToTest, windowOf, type Window } from './dated.js';
import type { DocumentRule } from './types.js';

/** Days of slack for "entering its Nth year" said shortly before or after the anniversary. */
const ENTERING_SLACK = 45;
/** An "Nth anniversary" is marked within about half a year of the day. */
const ANNIVERSARY_SLACK = 183;

interface Verdict {
  ok: boolean;
  expected: string;
}

function yearOrdinalOn(anchor: string, day: string): number {
  return yearsBetween(anchor, day) + 1;
}

function judge(e: ElapsedFact, anchor: EventAnchor, w: Window): Verdict | undefined {
  const n = e.count;
  if (n === undefined || e.unit !== 'year') return undefined;
  const anchors = [anchor.date, ...(anchor.dates ?? [])];
  const days = daysToTest(w, anchors.flatMap((a) => [addYears(a, n - 1), addYears(a, n)]));
  if (e.relation === 'entering-year' || e.relation === 'in-year') {
    const ok = anchors.some((a) =>
      days.some((d) => {
        if (yearOrdinalOn(a, d) === n) return true;
        const start = addYears(a, n - 1);
        return e.relation === 'entering-year' && Math.abs(toDay(d) - toDay(start)) <= ENTERING_SLACK;
      }),
    );
    return { ok, expected: `its ${ordinal(yearOrdinalOn(anchors[0], w.on))} year` };
  }
  if (e.relation === 'anniversary') {
    const ok = anchors.some((a) => days.some((d) => Math.abs(toDay(d) - toDay(addYears(a, n))) <= ANNIVERSARY_SLACK));
    const years = Math.round((toDay(w.on) - toDay(anchors[0])) / 365.2425);
    return { ok, expected: `the ${ordinal(years)} anniversary` };
  }
  return undefined;
}

export const elapsedTime: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'elapsed-time',
    description: 'Wrong elapsed-time arithmetic: "entering its third year", "the 80th anniversary of ..." against the event date.',
    defaultSeverity: 'error',
    needs: ['elapsed', 'dates', 'people', 'administrations'],
    docs: {
      catches:
        'Year counts and anniversaries of known events ("the war, entering its third year", "for the fourth year", "the 80th anniversary of victory in World War Two") that do not fit the event date in the knowledge base and the document date; and "since YEAR" with a year after the document date.',
      why: 'Off-by-one year counts are easy to miss in editing and are a tell-tale of text written a year earlier or assembled by a model.',
      example: {
        text: 'With the ongoing conflict in Ukraine entering its third year (article of May 2025)',
        message: 'The conflict in Ukraine began 2022-02-24 (full-scale invasion of Ukraine): on 2025-05-11 it is in its fourth year, not its third.',
      },
      fix: 'Recount from the event date, or date the article correctly.',
    },
  },
  check({ facts, date, kb }) {
    const w = windowOf(date);
    if (!w) return [];
    const out: FindingDraft[] = [];
    for (const e of facts.elapsed) {
      if ((e.relation === 'since-year' || e.relation === 'years-since') && e.year !== undefined) {
        if (String(e.year) > w.latest.slice(0, 4)) {
          out.push({ span: e.span, message: `"${e.text}" names ${e.year}, after the document date ${w.on}.`, actual: String(e.year), evidence: [dateEvidence(date)] });
        }
        continue;
      }
      const anchor = e.eventId ? kb.event(e.eventId) : undefined;
      if (!anchor) continue;
      const v = judge(e, anchor, w);
      if (!v || v.ok) continue;
      // An anniversary years away from the document date is a reference to a past (or future) occasion.
      if (e.relation === 'anniversary' && Math.abs(toDay(addYears(anchor.date, e.count!)) - toDay(w.on)) > 3 * 365) continue;
      const subject = e.subject ? `${e.subject.replace(/^the /i, 'The ')}` : 'The event';
      const stated = e.relation === 'anniversary' ? `the ${ordinal(e.count!)} anniversary` : `its ${ordinal(e.count!)} year`;
      const eventName = anchor.names[0] ?? anchor.id;
      const message =
        e.relation === 'anniversary'
          ? `${stated.replace(/^t/, 'T')} of ${eventName} (${anchor.date}) falls on ${addYears(anchor.date, e.count!)}, not near ${w.on}: on ${w.on} it is ${v.expected}.`
          : `${subject} dates from ${anchor.date} (${eventName}): on ${w.on} it is in ${v.expected}, not ${stated.replace(/ year$/, '')}.`;
      out.push({ span: e.span, message: `${message} [${dateEvidence(date)}]`, actual: stated, expected: v.expected, evidence: [dateEvidence(date), `${eventName}: ${anchor.date}`] });
    }
    return out;
  },
};

