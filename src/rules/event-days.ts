// The days an event's date allows, for comparing accounts of one event across articles.
import { addDays, toDay, weekdayOf } from '../date/days.js';
import type { DateFact } from '../extract/types.js';
import type { CorpusEntry } from './types.js';

/** A document dated to within two weeks: only there does a relative date ("Thursday") name a day. */
export function narrowlyDated(e: CorpusEntry): boolean {
  return !!e.date.earliest && !!e.date.latest && toDay(e.date.latest) - toDay(e.date.earliest) <= 14;
}

/** Monday to Sunday of the week that holds `iso`. */
function weekOf(iso: string): [string, string] {
  const monday = addDays(iso, -((weekdayOf(iso) + 6) % 7));
  return [monday, addDays(monday, 6)];
}

/** The Saturday and Sunday of the Monday-to-Sunday week that holds `iso`. */
function weekendOf(iso: string): [string, string] {
  const [, sunday] = weekOf(iso);
  return [addDays(sunday, -1), sunday];
}

const PUBLICATION_DAY_WORDS = /\b(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b/i;

/** The first and last day a date can mean, or undefined for no day ("recently"). */
export function rangeOf(d: DateFact, dates: DateFact[] = []): [string, string] | undefined {
  if (!d.value || d.grain === 'vague') return undefined;
  if (d.range) return d.range;
  if (d.grain === 'quarter' || d.grain === 'season' || d.grain === 'decade') return [d.value, d.end ?? d.value];
  // "today", "last night", "yesterday" count from a publication time we know only to the day, across time
  // zones; so does a day named by reference to one of them ("last night ... later that night").
  const anchor = d.anchor && dates.find((x) => x.span.start === d.anchor!.at);
  if (PUBLICATION_DAY_WORDS.test(d.text) || (anchor && PUBLICATION_DAY_WORDS.test(anchor.text))) return [addDays(d.value, -1), addDays(d.end ?? d.value, 1)];
  // "next week", "last week", "the weekend": the whole week (Monday to Sunday) or weekend, not the one day chrono picked ("a week ago" is a day).
  if (d.grain === 'relative' && /\bweekend\b/i.test(d.text)) return weekendOf(d.value);
  if (d.grain === 'relative' && /\b(?:this|last|next|coming|past|previous)\s+week\b/i.test(d.text)) return weekOf(d.value);
  if (d.grain === 'day' || d.grain === 'weekday' || d.grain === 'relative') return [d.value, d.end ?? d.value];
  if (d.grain === 'month') return [d.value.slice(0, 7) + '-01', d.value.slice(0, 7) + '-31'];
  return [d.value.slice(0, 4) + '-01-01', d.value.slice(0, 4) + '-12-31'];
}

/** Whether two accounts' possible days ("lo".."hi", as from rangeOf) can be the same day. */
export function daysOverlap(a: { lo: string; hi: string }, b: { lo: string; hi: string }): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}
