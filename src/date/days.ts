// Day arithmetic on ISO dates (YYYY-MM-DD) as whole days since 1970-01-01, in UTC.

const MS_PER_DAY = 86_400_000;

/**
 * Memos for the two conversions: document dating calls addDays for every candidate year of every
 * day-and-month mention (a Date and an ISO string each time), which was most of the corpus stage on a
 * large corpus. Days in use are few (tens of thousands), so the maps stay small; they stop growing at MEMO_MAX.
 */
const MEMO_MAX = 200_000;
const TO_DAY = new Map<string, number>();
const FROM_DAY = new Map<number, string>();

export function toDay(iso: string): number {
  let day = TO_DAY.get(iso);
  if (day === undefined) {
    day = Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
    if (TO_DAY.size < MEMO_MAX) TO_DAY.set(iso, day);
  }
  return day;
}

export function fromDay(day: number): string {
  let iso = FROM_DAY.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (FROM_DAY.size < MEMO_MAX) FROM_DAY.set(day, iso);
  }
  return iso;
}

/** Today's date in UTC, the default "now" of a run. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  return fromDay(toDay(iso) + n);
}

/** The same month and day `n` years later (29 Feb falls back to 28 Feb). */
export function addYears(iso: string, n: number): string {
  const y = Number(iso.slice(0, 4)) + n;
  const md = iso.slice(5);
  const candidate = `${String(y).padStart(4, '0')}-${md}`;
  return md === '02-29' && !isLeap(y) ? `${String(y).padStart(4, '0')}-02-28` : candidate;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return (((toDay(iso) + 4) % 7) + 7) % 7;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Whole years from `from` to `on` (anniversary count). */
export function yearsBetween(from: string, on: string): number {
  let y = Number(on.slice(0, 4)) - Number(from.slice(0, 4));
  if (on.slice(5) < from.slice(5)) y--;
  return y;
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st ... */
export function ordinal(n: number): string {
  const words = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  if (n >= 0 && n < words.length) return words[n];
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}
