// Dating evidence: what each fact in a document says about when the document was written.
import type { DateFact, DocFacts, ElapsedFact } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';
import { administrationTerms, titleClaim } from './claims.js';
import { addDays, addYears, isoDate, weekdayOf } from './days.js';
import { rangesMemo } from './ranges-memo.js';
import type { DateEvidence } from './types.js';

/** Evidence with the day ranges it allows. */
export interface RangedEvidence extends DateEvidence {
  ranges: Array<[string, string]>;
}

/** Bounds of the calendar the estimator considers. */
export const HORIZON = { first: '1900-01-01', last: '2035-12-31' };
const FIRST_YEAR = 1945;
const LAST_YEAR = 2035;

/** Weights, strongest first. Data, so they are easy to tune and read. */
export const WEIGHTS = {
  weekdayDate: 4,
  anniversary: 3,
  relativeDayDate: 2.5,
  sittingTitle: 2,
  elapsed: 1.5,
  fullDate: 1.5,
  formerTitle: 1,
  administration: 1,
  dayMonth: 0.75,
  sinceYear: 0.5,
} as const;

const RELATIVE_DAY = /\b(today|tonight|tomorrow|yesterday)\b/i;

/** The ranges cut to the horizon; the same array when nothing needs cutting (memoised ranges are shared, not copied). */
function clampRanges(ranges: Array<[string, string]>): Array<[string, string]> {
  if (ranges.every(([a, b]) => a >= HORIZON.first && b <= HORIZON.last && a <= b)) return ranges;
  return ranges
    .map(([a, b]): [string, string] => [a < HORIZON.first ? HORIZON.first : a, b > HORIZON.last ? HORIZON.last : b])
    .filter(([a, b]) => a <= b);
}

/** Memoised ranges (already clamped) with their first and last day: a day and month spans ~90 years of ranges. */
interface Bounded {
  ranges: Array<[string, string]>;
  earliest: string;
  latest: string;
}

function bounded(ranges: Array<[string, string]>): Bounded | undefined {
  const r = clampRanges(ranges);
  if (r.length === 0) return undefined;
  const earliest = r.reduce((m, x) => (x[0] < m ? x[0] : m), r[0][0]);
  const latest = r.reduce((m, x) => (x[1] > m ? x[1] : m), r[0][1]);
  return { ranges: r, earliest, latest };
}

type Span = { start: number; end: number } | undefined;

function evOf(kind: string, text: string, span: Span, weight: number, b: Bounded | undefined): RangedEvidence | undefined {
  return b && { kind, text, span, weight, earliest: b.earliest, latest: b.latest, ranges: b.ranges };
}

function ev(kind: string, text: string, span: Span, weight: number, ranges: Array<[string, string]>): RangedEvidence | undefined {
  return evOf(kind, text, span, weight, bounded(ranges));
}

function dateEvidence(d: DateFact): RangedEvidence | undefined {
  const { year, month, day, weekday } = d.stated;
  if (month === undefined || day === undefined) {
    return undefined;
  }
  const rel = RELATIVE_DAY.exec(d.text)?.[1].toLowerCase();
  if (year !== undefined) {
    const iso = isoDate(year, month, day);
    if (weekday !== undefined) {
      // A stated weekday that disagrees with the stated date is a finding, not evidence.
      return weekdayOf(iso) === weekday ? ev('weekday+date', d.text, d.span, WEIGHTS.weekdayDate, [[addDays(iso, -10), addDays(iso, 10)]]) : undefined;
    }
    return ev('full date', d.text, d.span, WEIGHTS.fullDate, [[addDays(iso, -14), addYears(iso, 1)]]);
  }
  const key = `${month}-${day}-${weekday ?? ''}-${rel ?? ''}`;
  let years = YEARLY.get(key);
  if (years === undefined) {
    years = bounded(yearlyRanges(month, day, weekday, rel)) ?? null;
    if (YEARLY.size < 10_000) YEARLY.set(key, years);
  }
  if (!years) return undefined;
  if (weekday !== undefined) return evOf('weekday+date', d.text, d.span, WEIGHTS.weekdayDate, years);
  if (rel) return evOf('relative day+date', d.text, d.span, WEIGHTS.relativeDayDate, years);
  return evOf('day+month', d.text, d.span, WEIGHTS.dayMonth, years);
}

/**
 * The day ranges a day and month without a year allow, one per year the day fits (and its weekday, if
 * stated), memoised by month, day, weekday and relative word: the same few hundred keys recur across a
 * corpus and each costs some hundred date conversions.
 */
const YEARLY = new Map<string, Bounded | null>();

function yearlyRanges(month: number, day: number, weekday: number | undefined, rel: string | undefined): Array<[string, string]> {
  const years: Array<[string, string]> = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    if (day > 28 && isoDate(y, month, day).slice(5) !== `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) continue;
    const iso = isoDate(y, month, day);
    if (weekday !== undefined && weekdayOf(iso) !== weekday) continue;
    if (rel) {
      const said = rel === 'tomorrow' ? addDays(iso, -1) : rel === 'yesterday' ? addDays(iso, 1) : iso;
      years.push([said, addDays(said, 7)]);
    } else years.push([addDays(iso, -10), addDays(iso, 10)]);
  }
  return years;
}

function elapsedEvidence(e: ElapsedFact, kb: KnowledgeBase): RangedEvidence | undefined {
  if (e.relation === 'since-year' && e.year !== undefined) {
    return ev('since year', e.text, e.span, WEIGHTS.sinceYear, [[`${e.year}-01-01`, HORIZON.last]]);
  }
  const anchor = e.eventId ? kb.event(e.eventId) : undefined;
  if (!anchor || e.count === undefined || e.unit !== 'year') return undefined;
  const dates = [anchor.date, ...(anchor.dates ?? [])];
  const n = e.count;
  const ranges: Array<[string, string]> = [];
  for (const a of dates) {
    if (e.relation === 'anniversary') ranges.push([addDays(addYears(a, n), -60), addDays(addYears(a, n), 60)]);
    else if (e.relation === 'entering-year' || e.relation === 'in-year') ranges.push([addYears(a, n - 1), addDays(addYears(a, n), -1)]);
    else if (e.relation === 'years-since') ranges.push([addDays(addYears(a, n), -180), addDays(addYears(a, n), 180)]);
  }
  return ev(e.relation === 'anniversary' ? 'anniversary' : 'elapsed time', e.text, e.span, e.relation === 'anniversary' ? WEIGHTS.anniversary : WEIGHTS.elapsed, ranges);
}

/** Ranges clipped at a day: memoised day-and-month ranges are clipped once, not per fact. */
const clipped = rangesMemo((ranges, now) => ranges.filter(([a]) => a <= now).map(([a, b]): [string, string] => [a, b > now ? now : b]));

/**
 * The evidence as far as `now` allows: nothing is written after the day it is read, so a day and month
 * without a year cannot fall in a later year (ties between the years left go to the latest, see vote.ts).
 */
export function notAfter(e: RangedEvidence, now: string): RangedEvidence | undefined {
  if (e.latest <= now) return e;
  const ranges = clipped(e.ranges, now);
  if (ranges.length === 0) return undefined;
  return { ...e, ranges, latest: ranges.reduce((m, x) => (x[1] > m ? x[1] : m), ranges[0][1]) };
}

/** Everything in a document's facts that tells when it was written. */
export function collectEvidence(facts: DocFacts, kb: KnowledgeBase, docText?: string): RangedEvidence[] {
  const out: Array<RangedEvidence | undefined> = [];
  for (const d of facts.dates) out.push(dateEvidence(d));
  for (const e of facts.elapsed) out.push(elapsedEvidence(e, kb));
  for (const p of facts.people) {
    const c = titleClaim(p, kb, docText);
    if (!c || c.terms.length === 0 || !p.title) continue;
    const text = `${p.title.text} ${p.name}`.trim();
    const span = { start: Math.min(p.span.start, p.title.span.start), end: Math.max(p.span.end, p.title.span.end) };
    if (c.status === 'sitting' || c.status === 'acting') {
      const terms = c.terms.filter((t) => (c.status === 'acting' ? t.term.acting : true));
      out.push(ev('sitting title', text, span, c.specific ? WEIGHTS.sittingTitle : WEIGHTS.sittingTitle / 2, terms.map((t) => [t.term.from, addDays(t.term.to ?? HORIZON.last, -1)])));
    } else if (c.status === 'former') {
      // After a term ended and while the person does not hold that office again.
      const ranges: Array<[string, string]> = [];
      const byOffice = new Map<string, string[][]>();
      for (const t of c.terms) byOffice.set(t.office.id, [...(byOffice.get(t.office.id) ?? []), [t.term.from, t.term.to ?? '']]);
      for (const terms of byOffice.values()) {
        terms.sort((a, b) => (a[0] < b[0] ? -1 : 1));
        terms.forEach(([, to], i) => {
          if (!to) return;
          const next = terms[i + 1]?.[0];
          ranges.push([to, next ? addDays(next, -1) : HORIZON.last]);
        });
      }
      out.push(ev('former title', text, span, WEIGHTS.formerTitle, ranges));
    } else if (c.status === 'elect') {
      out.push(ev('-elect title', text, span, WEIGHTS.formerTitle, c.terms.map((t) => [addDays(t.term.from, -100), addDays(t.term.from, -1)])));
    }
  }
  for (const a of facts.administrations) {
    const terms = administrationTerms(a, kb);
    if (terms.length) out.push(ev('administration', a.text, a.span, WEIGHTS.administration, terms.map((t) => [t.term.from, addDays(t.term.to ?? HORIZON.last, -1)])));
  }
  return out.filter((x): x is RangedEvidence => !!x);
}
