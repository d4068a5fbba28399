// Lengths of time with what they measure: "a 30-day ceasefire", "72-hour truce", "the past two weeks", "for years".
import type { Document, Span } from '../core/types.js';
import type { DurationFact } from './types.js';

type Unit = DurationFact['unit'];

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1,
  'a hundred': 100, 'a thousand': 1000, 'a couple of': 2, 'couple of': 2, 'a few': NaN, several: NaN,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const COMPOUND = new RegExp(`^(${TENS})[\\s-](${ONES})$`, 'i');
const UNITS: Record<string, Unit> = {
  second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', quarter: 'quarter',
  year: 'year', decade: 'decade', century: 'century', centurie: 'century',
};
/** ISO 8601 designators (TimeML's for decades and centuries). */
const ISO_UNIT: Record<Unit, string> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE',
};
const TIME_UNITS = new Set<Unit>(['second', 'minute', 'hour']);

/** A figure, a number word, or a compound ("twenty four", "thirty-six"). */
const NUM = String.raw`\d+(?:\.\d+)?|(?:${TENS})[\s-](?:${ONES})\b|${Object.keys(WORD_NUMBERS).sort((a, b) => b.length - a.length).join('|')}`;
const UNIT = String.raw`(second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))`;
/** "30-day", "72-hour", "two-year" (a modifier: what follows is what lasts that long). */
const HYPHENATED = new RegExp(String.raw`\b(${NUM})-${UNIT}(?:-long)?\b(?!-old)`, 'gi');
/** How sure the writer is of a length: kept in the mention ("nearly two years", "more than four hours"). */
const HEDGE = String.raw`(?:nearly|almost|around|approximately|roughly|more than|less than|fewer than|at least|no more than)`;
/** "the past two weeks", "five years", "14 days", "a week", "up to 180 days". */
const SPACED = new RegExp(String.raw`\b(?:${HEDGE}\s+)?(?:(?:the\s+)?(?:past|last|next|coming|first|previous)\s+|the\s+(?=[\da-z]))?(?:up to\s+)?((?:${NUM})(?:\s+1\/2)?)(?:\s+(?:to|or)\s+(?:${NUM}))?\s+(?:(?:more|additional|extra|straight|consecutive|full|trading|business|working)\s+)?${UNIT}s?\b`, 'gi');
/** "years", "several weeks", "recent months", "the coming years", "for decades" (no amount stated). */
const VAGUE = new RegExp(String.raw`\b(?:(?:the\s+)?(?:past|last|next|coming)\s+(?:few\s+)?|(?:several|a few|few|many|recent|some)\s+|(?<=\b(?:for|in|over|within|after)\s+))${UNIT}s\b`, 'gi');
/** "the past decade", "the next year", "over the last week": one unit back or ahead, a length (not "last year"). */
const THE_PAST_UNIT = new RegExp(String.raw`\bthe\s+(?:past|last|next|coming|previous)\s+${UNIT}\b(?!s|-)`, 'gi');
/** "day-long", "decades-long": a length as a modifier without a number (plural: an unstated amount). */
const LONG = new RegExp(String.raw`\b${UNIT}(s)?-long\b`, 'gi');
/** Recurrences: "daily", "every week", "each year" ("twice a month" is left out: no period of its own). */
// "quarterly" and "annually" are left out: in news they mostly qualify reports and dividends, not events.
/** "daily" in lower case only ("the Daily Telegraph"), and not a publication ("the news weekly", "a monthly"). */
const RECURRING =
  /(?<![Tt]he (?:news |business )?|\b[Aa] )\b(?:(daily|hourly|weekly|monthly)|([Ee]very|[Ee]ach)\s+(day|hour|week|month|quarter|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December))\b(?!\s+(?:said|reported|newspaper|paper|magazine))/g;
const RECURRING_UNIT: Record<string, Unit> = { daily: 'day', hourly: 'hour', weekly: 'week', monthly: 'month' };
/** A number and unit that name a point in time, not a length ("two years ago", "three days later"). */
/** "three days later/earlier/before" keep the length: the point they name counts from a time the story told. */
const POINT_AFTER = /^\s+(?:ago|from now|old)\b/i;
/** Every pattern but RECURRING ends in a unit word: a sentence without one skips them. */
const UNIT_WORD = /second|minute|hour|day|week|month|quarter|year|decade|centur/i;
/** Nouns that only name a length of time ("a three-year period"). */
const LENGTH_NOUN = /^\s+(?:period|span|stretch|spell|interval|timeframe)\b/i;
/** Words after a hyphenated duration that are not what it measures. */
const STOP = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|from|by|is|was|were|be|that|which|who|period|long|old)$/i;

function amountOf(s: string): number | undefined {
  // "2 1/2 years"; a range ("two to three weeks") counts from its lower end.
  const half = /^(\d+)\s+1\/2$/.exec(s);
  if (half) return Number(half[1]) + 0.5;
  const compound = COMPOUND.exec(s);
  if (compound) return WORD_NUMBERS[compound[1].toLowerCase()] + WORD_NUMBERS[compound[2].toLowerCase()];
  const n = WORD_NUMBERS[s.toLowerCase().replace(/\s+/g, ' ')];
  if (Number.isNaN(n)) return undefined;
  const v = n ?? (/^\d/.test(s) ? Number(s) : undefined);
  // A figure too long for a double is an unstated amount (Infinity would not survive the workers' JSON).
  return v !== undefined && Number.isFinite(v) ? v : undefined;
}

function iso(amount: number | undefined, unit: Unit): string {
  if (unit === 'decade' && amount !== undefined) return `P${amount * 10}Y`;
  return `P${TIME_UNITS.has(unit) ? 'T' : ''}${amount ?? 'X'}${ISO_UNIT[unit]}`;
}

/** The noun a hyphenated duration modifies: the next word ("30-day ceasefire", "72-hour truce"). */
function measured(text: string, end: number): { of: string; span: Span } | undefined {
  const m = /^\s+([a-z]+)/i.exec(text.slice(end, end + 30));
  if (!m || STOP.test(m[1])) return undefined;
  const start = end + m[0].length - m[1].length;
  return { of: m[1].toLowerCase(), span: { start, end: start + m[1].length } };
}

/** The buffer of covered characters, kept between calls: a typed array a sentence cost more than the matching. */
let coveredBuffer = new Uint8Array(1024);

/** Durations in the given sentences (document offsets), longest match first, no overlaps. */
export function extractDurations(doc: Document, sentences: Span[]): DurationFact[] {
  const out: DurationFact[] = [];
  // Characters of the current sentence already in a duration: a check costs the length of the match, not the count so far.
  // The first `size` entries of one reused buffer (cleared per sentence): marks past them are never read.
  let covered = coveredBuffer;
  let size = 0;
  let base = 0;
  const taken = (a: number, b: number) => {
    for (let i = Math.max(a - base, 0); i < Math.min(b - base, size); i++) if (covered[i]) return true;
    return false;
  };
  const keep = (f: DurationFact) => {
    covered.fill(1, Math.max(f.span.start - base, 0), Math.max(f.span.end - base, 0));
    out.push(f);
  };
  for (const s of sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!/\d|second|minute|hour|da(?:y|ily)|week|month|quarter|year|decade|centur/i.test(text)) continue;
    // A mention may reach a few characters past its sentence ("or so", "a ... period").
    base = Math.max(0, s.start - 8);
    size = s.end + 16 - base;
    if (covered.length < size) covered = coveredBuffer = new Uint8Array(size);
    else covered.fill(0, 0, size);
    const add = (m: RegExpExecArray, amountText: string | undefined, unitText: string, hyphen: boolean) => {
      const start = s.start + m.index;
      let end = start + m[0].length;
      if (taken(start, end)) return;
      // "the next year or so": the approximation belongs to the length.
      const orSo = hyphen ? null : /^\s+or so\b/i.exec(doc.text.slice(end, end + 10));
      if (orSo) end += orSo[0].length;
      if (!hyphen && POINT_AFTER.test(doc.text.slice(end, end + 12))) return;
      const unit = UNITS[unitText.toLowerCase()];
      const amount = amountText === undefined ? undefined : amountOf(amountText);
      const f: DurationFact = { kind: 'duration', span: { start, end }, text: doc.text.slice(start, end), unit, iso: iso(amount, unit) };
      if (amount !== undefined) f.amount = amount;
      // "a three-year period": when what follows is a length itself, the phrase is the mention.
      const length = hyphen ? LENGTH_NOUN.exec(doc.text.slice(end, end + 12)) : null;
      if (length) {
        const article = /\b(?:a|an|the)\s+$/i.exec(doc.text.slice(Math.max(0, start - 4), start));
        f.span = { start: article ? start - article[0].length : start, end: end + length[0].length };
        f.text = doc.text.slice(f.span.start, f.span.end);
      }
      const what = hyphen && !length ? measured(doc.text, end) : undefined;
      if (what) {
        f.of = what.of;
        f.ofSpan = what.span;
      }
      keep(f);
    };
    // exec loops, not matchAll: matchAll copies the regex on each call, which for these long patterns cost
    // more than the matching.
    RECURRING.lastIndex = 0;
    for (let m = RECURRING.exec(text); m; m = RECURRING.exec(text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      // "every Thursday" recurs weekly, "each July" yearly.
      const unit = m[1] ? RECURRING_UNIT[m[1]] : (UNITS[m[3]] ?? (/day$/.test(m[3]) ? 'week' : 'year'));
      keep({ kind: 'duration', span: { start, end }, text: m[0], unit, amount: 1, iso: iso(1, unit), every: true });
    }
    if (!UNIT_WORD.test(text)) continue;
    const each = (re: RegExp, found: (m: RegExpExecArray) => void) => {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) found(m);
    };
    each(HYPHENATED, (m) => add(m, m[1], m[2], true));
    each(LONG, (m) => add(m, m[2] ? undefined : 'one', m[1], false));
    each(THE_PAST_UNIT, (m) => add(m, 'one', m[1], false));
    each(SPACED, (m) => add(m, m[1], m[2], false));
    each(VAGUE, (m) => add(m, undefined, m[1], false));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
