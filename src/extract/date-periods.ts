// Periods chrono-node does not read: fiscal quarters ("the third quarter", "third-quarter", "the year-earlier
// quarter"), seasons ("last fall", "the summer of 1994") and vague references to the past, present or future
// ("recently", "currently", "in the near future"). Pure functions over a text and a reference day.
import type { Span } from '../core/types.js';
import { addDays, isoDate, toDay, weekdayOf } from '../date/days.js';

/** A period found in a text: offsets relative to that text, resolved against the reference day. */
export interface PeriodMention extends Span {
  grain: 'quarter' | 'season' | 'vague' | 'decade' | 'day' | 'year';
  /** First day (YYYY-MM-DD); the reference day itself for vague references. */
  value: string;
  /** Last day, for quarters and seasons. */
  last?: string;
  /** The year, when the text wrote one. */
  statedYear?: number;
  /** The value does not depend on the reference day though no year was written ("the 1970s"). */
  fixed?: true;
  /** The holiday's name, for holidays ("Christmas Eve", "Thanksgiving"). */
  holiday?: string;
  /** Which side of the reference a vague reference points to. */
  vague?: 'past' | 'present' | 'future';
  /** Quarter 1-4, season code (SP, SU, FA, WI), decade ("199") or holiday name: a label of the period. */
  label: string;
}

/** Cheap test: can the text hold one of these periods at all? */
export const CAN_HOLD_PERIOD =
  /quarter|spring|summer|fall|autumn|winter|recent|current|future|past|nowaday|presently|these days|the (?:\w+ )?year\b|\d0'?s\b|'\d0s|christmas|new year|thanksgiving|easter|good friday|halloween|valentine|independence day|fourth of july|july fourth|veterans day|armistice|remembrance day|bastille|patrick's|memorial day|labor day|luther king|presidents'? day/i;

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/**
 * A quarter of a year: a determiner or possessive year ("the", "this", "last year's", "the 1988"), optional
 * modifiers, an optional ordinal and "fiscal", then "quarter"; or the adjective "third-quarter". Groups:
 * 1 determiner, 2 modifiers, 3 ordinal, 4 trailing "of YEAR" / "of this year".
 */
const QUARTER =
  /\b(?:((?:the|this|last|next|that|its|their|(?:this|last|next) year's|(?:19|20)\d\d's)\s+)((?:(?:fiscal|calendar|year-earlier|year-ago|latest|current|past|previous|same|corresponding|comparable|recent|just-ended|(?:19|20)\d\d)\s+)*)(?:(first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-(?!quarter\b))(?:fiscal\s+)?)?quarter|(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter)\b(?:\s+of\s+((?:19|20)\d\d|(?:this|last|next) year))?/gi;
/** What follows "quarter" when it is a fraction or a place, not a period. */
const NOT_A_QUARTER = /^(?:-(?:point|percent|percentage|mile|inch|hour|century)|\s+(?:point|percent|percentage|mile|inch|hour|century|of\s+(?:a|an|the|its|his|her|their|all|those|these)\b))/i;

/** Last completed quarter before the reference day: [year, quarter]. */
function previousQuarter(ref: string): [number, number] {
  const y = Number(ref.slice(0, 4));
  const q = Math.floor((Number(ref.slice(5, 7)) - 1) / 3) + 1;
  return q === 1 ? [y - 1, 4] : [y, q - 1];
}

function quarterSpan(year: number, q: number): { value: string; last: string } {
  const lastMonth = q * 3;
  const lastDay = [31, 30, 30, 31][q - 1];
  return { value: isoDate(year, lastMonth - 2, 1), last: isoDate(year, lastMonth, lastDay) };
}

/** Quarters of a year in `text`, resolved against `ref`. */
export function quarters(text: string, ref: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  const refYear = Number(ref.slice(0, 4));
  const refQuarter = Math.floor((Number(ref.slice(5, 7)) - 1) / 3) + 1;
  QUARTER.lastIndex = 0;
  for (let m = QUARTER.exec(text); m; m = QUARTER.exec(text)) {
    const whole = m[0];
    if (/[A-Z]/.test(/quarter/i.exec(whole)![0][0])) continue; // "the French Quarter"
    const after = text.slice(m.index + whole.length, m.index + whole.length + 20);
    if (NOT_A_QUARTER.test(after)) continue;
    const det = (m[1] ?? '').toLowerCase().trim();
    const mods = (m[2] ?? '').toLowerCase();
    const ordinal = ORDINALS[(m[3] ?? m[4] ?? '').toLowerCase()];
    const tail = (m[5] ?? '').toLowerCase();
    // A bare "the quarter" must be a period in context: a determiner and nothing else only after "in/for/during".
    if (!ordinal && !mods && det === 'the' && !tail && !/\b(?:in|for|during|of|through|since|from|over)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const yearWritten = /((?:19|20)\d\d)/.exec(`${det} ${mods} ${tail}`);
    const statedYear = yearWritten ? Number(yearWritten[1]) : undefined;
    const back = /year-earlier|year-ago|corresponding|comparable|last year/.test(`${det} ${mods} ${tail}`) ? 1 : 0;
    const ahead = /next year/.test(`${det} ${tail}`) ? 1 : 0;
    let year: number;
    let q: number;
    if (ordinal) {
      q = ordinal;
      year = statedYear ?? (/this year/.test(`${det} ${tail}`) ? refYear : q <= refQuarter ? refYear : refYear - 1);
      if (statedYear === undefined) year += ahead - back;
    } else if (/\b(?:this|current)\b/.test(`${det} ${mods}`) && !/year's/.test(det)) {
      [year, q] = [refYear - back, refQuarter];
    } else if (/\bnext\b/.test(det) && !/year's/.test(det)) {
      [year, q] = refQuarter === 4 ? [refYear + 1, 1] : [refYear, refQuarter + 1];
    } else {
      [year, q] = previousQuarter(ref);
      if (statedYear !== undefined) year = statedYear;
      else year -= back;
    }
    out.push({ start: m.index, end: m.index + whole.length, grain: 'quarter', ...quarterSpan(year, q), statedYear, label: `Q${q}` });
  }
  return out;
}

const SEASONS: Record<string, { code: string; from: number }> = {
  spring: { code: 'SP', from: 3 },
  summer: { code: 'SU', from: 6 },
  fall: { code: 'FA', from: 9 },
  autumn: { code: 'FA', from: 9 },
  winter: { code: 'WI', from: 12 },
};
/**
 * A season: with a modifier ("last fall", "this summer", "early spring", "the winter") or a year ("fall
 * 1994", "the summer of 1994"). "fall" alone is the verb or noun, so it needs this/last/next/early/late or
 * a year. Groups: 1 modifier, 2 season, 3 year.
 */
const SEASON =
  /\b(?:(this|last|next|coming|past|early|late|mid|the|that)[\s-]+(?:past\s+)?)?(spring|summer|fall|autumn|winter)\b(?:(?:\s+of)?\s+((?:19|20)\d\d)\b)?/gi;

/** Seasons in `text`, resolved against `ref`: a winter belongs to the year it starts in (December). */
export function seasons(text: string, ref: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  const refYear = Number(ref.slice(0, 4));
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(text); m; m = SEASON.exec(text)) {
    const mod = (m[1] ?? '').toLowerCase();
    const name = m[2].toLowerCase();
    const statedYear = m[3] ? Number(m[3]) : undefined;
    if (/^[A-Z]/.test(m[2]) && !mod && statedYear === undefined) continue; // "Spring" as a name
    if (!mod && statedYear === undefined) continue;
    if (name === 'fall' && statedYear === undefined && (mod === 'the' || mod === 'that' || mod === '')) {
      // "the fall" is a season only in "in/during/by the fall" and not "the fall of the regime".
      const before = text.slice(Math.max(0, m.index - 10), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if (!/\b(?:in|during|by|until|this|next|last)\s+$/i.test(before) || /^\s+(?:of|in)\b/i.test(after)) continue;
    }
    const { code, from } = SEASONS[name];
    // An occurrence of the season per year: the winter of a year starts in its December.
    const span = (y: number): [string, string] => {
      const endYear = from === 12 ? y + 1 : y;
      const endMonth = from === 12 ? 2 : from + 2;
      return [isoDate(y, from, 1), isoDate(endYear, endMonth, new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate())];
    };
    let year = statedYear ?? refYear;
    if (statedYear === undefined) {
      const years = [refYear - 2, refYear - 1, refYear, refYear + 1];
      if (mod === 'last' || mod === 'past') year = years.filter((y) => span(y)[1] < ref).pop() ?? refYear - 1;
      else if (mod === 'next' || mod === 'coming') year = years.find((y) => span(y)[0] > ref) ?? refYear + 1;
      // "this winter" in January: the winter that began in December.
      else year = years.find((y) => span(y)[0] <= ref && ref <= span(y)[1]) ?? refYear;
    }
    const [value, last] = span(year);
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'season', value, last, statedYear, label: code });
  }
  return out;
}

/** Vague references to a time relative to now, with the side they point to. */
const VAGUE: Array<[RegExp, 'past' | 'present' | 'future']> = [
  [/\b(?:(?:more )?recently|in the past|the past)\b(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century|hour))/gi, 'past'],
  [/\b(?:currently|nowadays|these days|at present|presently)\b/gi, 'present'],
  [/\bthe (?:near |distant |foreseeable |immediate )?future\b(?!\s+of\b)/gi, 'future'],
];

/** Vague time references ("recently", "currently", "the near future"): their value is the reference day. */
export function vagueReferences(text: string, ref: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const [re, side] of VAGUE) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let start = m.index;
      if (/^in the past$/i.test(m[0])) start += 3;
      out.push({ start, end: m.index + m[0].length, grain: 'vague', value: ref, vague: side, label: `${side.toUpperCase()}_REF` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Decades: "the 1990s", "the '90s", "the mid-1980s" (value: the decade's first day, `last` its last). */
const DECADE = /(?:\bthe\s+)?(?:\b(?:early|mid|late)[\s-]+)?(?:\b(1[5-9]\d|20\d)0'?s|(?<=^|[\s(])'(\d)0s)\b/gi;

export function decades(text: string, ref: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  DECADE.lastIndex = 0;
  for (let m = DECADE.exec(text); m; m = DECADE.exec(text)) {
    // "the '90s": the such decade nearest the reference year.
    let first: number;
    if (m[1]) first = Number(m[1]) * 10;
    else {
      const year = Number(ref.slice(0, 4));
      const inCentury = Math.floor(year / 100) * 100 + Number(m[2]) * 10;
      first = [inCentury - 100, inCentury, inCentury + 100].reduce((a, b) => (Math.abs(b + 5 - year) < Math.abs(a + 5 - year) ? b : a));
    }
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'decade', value: isoDate(first, 1, 1), last: isoDate(first + 9, 12, 31), ...(m[1] ? { fixed: true as const } : {}), label: String(first).slice(0, 3) });
  }
  return out;
}

/** The n-th (1-based; -1 the last) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = isoDate(year, month, 1);
    return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): string {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  return isoDate(year, Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1);
}

/**
 * Holidays with one date a year (US ones where the name is American); "May Day" is left out (it varies by
 * country), and "Independence Day" is the US one. Patterns hold no capturing groups; ' matches ’ too.
 */
const HOLIDAYS: Array<[RegExp, (year: number) => string]> = [
  [/New Year's Eve/, (y) => isoDate(y, 12, 31)],
  [/New Year's(?: Day)?/, (y) => isoDate(y, 1, 1)],
  [/Christmas Eve/, (y) => isoDate(y, 12, 24)],
  [/Christmas(?: Day)?/, (y) => isoDate(y, 12, 25)],
  [/Boxing Day/, (y) => isoDate(y, 12, 26)],
  [/Valentine's Day/, (y) => isoDate(y, 2, 14)],
  [/Halloween/, (y) => isoDate(y, 10, 31)],
  [/(?:the )?Fourth of July|July Fourth|Independence Day/, (y) => isoDate(y, 7, 4)],
  [/Bastille Day/, (y) => isoDate(y, 7, 14)],
  [/St\.? Patrick's Day/, (y) => isoDate(y, 3, 17)],
  [/Veterans Day|Armistice Day|Remembrance Day/, (y) => isoDate(y, 11, 11)],
  [/Thanksgiving(?: Day)?/, (y) => nthWeekday(y, 11, 4, 4)],
  [/Memorial Day/, (y) => nthWeekday(y, 5, 1, -1)],
  [/Labor Day/, (y) => nthWeekday(y, 9, 1, 1)],
  [/Martin Luther King(?: Jr\.?)? Day/, (y) => nthWeekday(y, 1, 1, 3)],
  [/Presidents'? Day/, (y) => nthWeekday(y, 2, 1, 3)],
  [/Good Friday/, (y) => addDays(easter(y), -2)],
  [/Easter Monday/, (y) => addDays(easter(y), 1)],
  [/Easter(?: Sunday)?/, (y) => easter(y)],
];
const apostrophes = (source: string) => source.replace(/'/g, "['’]");
const HOLIDAY = new RegExp(`\\b(?:${HOLIDAYS.map(([re]) => apostrophes(re.source)).join('|')})(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'g');
/** Each pattern anchored, to tell which holiday a match named. */
const HOLIDAY_NAMES = HOLIDAYS.map(([re]) => new RegExp(`^(?:${apostrophes(re.source)})$`));
/**
 * Words that make a bare holiday name a day ("on Christmas", "before Thanksgiving") rather than a
 * season or an adjective ("Christmas shopping", "the Easter holidays").
 */
const HOLIDAY_CUE_BEFORE = /\b(?:on|before|after|by|until|till|since|over|at|around|for|during|this|last|next|of|from|through|to)\s+$/i;

/** Holidays ("Christmas Eve", "on Thanksgiving", "Easter 2024"), on the occurrence nearest the reference day. */
export function holidays(text: string, ref: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  HOLIDAY.lastIndex = 0;
  for (let m = HOLIDAY.exec(text); m; m = HOLIDAY.exec(text)) {
    const yearText = m[1];
    const name = m[0].replace(/,?\s+\d{4}$/, '');
    const which = HOLIDAY_NAMES.findIndex((re) => re.test(name));
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const explicit = /\s(?:Day|Eve|Sunday|Monday)$|^Good Friday$/.test(name) || yearText !== undefined;
    if (!explicit && !HOLIDAY_CUE_BEFORE.test(before)) continue;
    const modifier = /\b(last|next|this)\s+$/i.exec(before);
    const dayOf = HOLIDAYS[which][1];
    let value: string;
    if (yearText) value = dayOf(Number(yearText));
    else {
      const y = Number(ref.slice(0, 4));
      const candidates = [y - 1, y, y + 1].map(dayOf);
      const side = modifier?.[1].toLowerCase();
      const allowed = side === 'last' ? candidates.filter((c) => c < ref) : side === 'next' ? candidates.filter((c) => c > ref) : candidates;
      value = allowed.reduce((best, c) => (Math.abs(toDay(c) - toDay(ref)) < Math.abs(toDay(best) - toDay(ref)) ? c : best));
    }
    const start = modifier ? m.index - modifier[0].length : m.index;
    out.push({ start, end: m.index + m[0].length, grain: 'day', value, statedYear: yearText ? Number(yearText) : undefined, holiday: name, label: name });
  }
  return out;
}

/**
 * "the year", "the fiscal year", "the current year": in news the year of the report ("profit for the year
 * rose"). Not "the year before/of/when ...", "the year-earlier quarter" or "the year's".
 */
const THE_YEAR = /\bthe (?:fiscal |full |current |calendar )?year\b(?![-'’]|\s+(?:of|when|that|in which|before|after|earlier|ago|since|until|to|and|or|\d+|one|two|nineteen|twenty)\b)/gi;

export function theYear(text: string, ref: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  const year = Number(ref.slice(0, 4));
  THE_YEAR.lastIndex = 0;
  for (let m = THE_YEAR.exec(text); m; m = THE_YEAR.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'year', value: isoDate(year, 1, 1), last: isoDate(year, 12, 31), label: String(year) });
  }
  return out;
}

/** Every period in `text`, earliest first, without overlaps: where two overlap the longer wins (as against chrono's dates). */
export function periods(text: string, ref: string): PeriodMention[] {
  if (!CAN_HOLD_PERIOD.test(text)) return [];
  const all = [...quarters(text, ref), ...seasons(text, ref), ...vagueReferences(text, ref), ...decades(text, ref), ...holidays(text, ref), ...theYear(text, ref)];
  // Most texts the cheap test lets through hold none or one: nothing can overlap.
  if (all.length < 2) return all;
  const longestFirst = all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const covered = new Uint8Array(text.length);
  const kept: PeriodMention[] = [];
  for (const p of longestFirst) {
    if (covered.subarray(p.start, p.end).some((c) => c === 1)) continue;
    covered.fill(1, p.start, p.end);
    kept.push(p);
  }
  return kept.sort((a, b) => a.start - b.start);
}
