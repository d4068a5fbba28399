// Word lists and patterns for date extraction: the sentence prefilter, month/weekday names, modifiers, bare years.
import type { Span } from '../core/types.js';

/**
 * A sentence that can hold a date: a month or weekday name or its abbreviation, a year, a numeric date or
 * time (5/12, 12:30, 2024-05-12, 12.5.2024, 3.30 p.m.), or a relative time word. Whole words only ("mar" in
 * "market", "dec" in "decline" and "mon" in "money" are no dates), and a decimal ("1.5") is no cue, so that
 * chrono-node runs on the sentences that matter and not on every sentence with a number: on Reuters-21578
 * the looser cue this replaces (a name's first letters and any digit-dot-digit) passed 90,506 of 174,942
 * sentences, this one 70,285 (with midday and am/pm times, which the old one missed), and the date facts of
 * 30 of its 19,043 documents changed: "the money" and "the SEC" are gone, times like "10 A.M." came in.
 * (chrono's reading of "in the money" as a month later is refused in dates.ts, cue or no cue.)
 */
export const CAN_HOLD_DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?\b|\b(?:1[5-9]\d\d|20\d\d)(?:s|'s)?\b|\d[/:]\d|\d[.-]\d\d?[.-]\d|\d\s*[ap]\.?m\b|\b(?:today|tonight|tomorrow|yesterday|ago|now|weeks?|months?|years?|decades?|noon|midday|midnight|morning|afternoon|evening|night|weekend|later|earlier|currently|present|quarter|seasons?|spring|summer|autumn|fall|winter|hours?|minutes?|days?|daily|annual)\b/i;

/** Every date cue of CAN_HOLD_DATE in a text (global, for cutting long sentences into windows). */
export const DATE_CUES = new RegExp(CAN_HOLD_DATE.source, 'gi');

export const MONTH_NAME = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
export const WEEKDAY_NAME = /\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** A month or weekday name written alone and in lower case is a verb or noun ("march", "may", "sat"). */
export const LOWERCASE_NAME = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|march|apr|may|jun|june|jul|july|aug|sep|sept|oct|nov|dec)$/;
/** Weekday abbreviations alone ("Sun", "Sat") are too often other words (The Sun) to take. */
export const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;

/** Words before a bare "May" that make it the month ("in May", "since May", "early May"). */
export const MAY_MONTH_BEFORE =
  /\b(?:in|of|since|until|till|by|from|through|during|early|late|mid|last|next|this|before|after|between|and|or|to|end|beginning|start|middle|until|on|for|each|every)[\s-]+$/i;

/** Relative words that the text used instead of stating a calendar part. */
export const RELATIVE_WORD = /\b(?:today|tonight|tomorrow|yesterday|now|ago|last|next|this|past|coming|previous|later|earlier|recent(?:ly)?|current(?:ly)?|present)\b/i;

/**
 * A modifier chrono leaves out but TimeML and readers count in the date ("late Sunday", "early June",
 * "mid-2022", "earlier this year", "fiscal 1989", "nearly two years ago", "around 7:15 p.m.").
 */
export const EXTENT_PREFIX =
  /\b(?:early|late|mid|earlier|later|sometime|fiscal|the end of|the beginning of|the start of|the middle of|around|nearly|almost|approximately|roughly)[\s-]+$/i;

/** Length of the extent modifier written right before `at` ("early ", "the end of "), 0 when none; never reaching before `floor`. */
export function extentBefore(text: string, at: number, floor = 0): number {
  return EXTENT_PREFIX.exec(text.slice(Math.max(floor, at - 30), at))?.[0].length ?? 0;
}
/** A month written after last/next/this, which chrono does not take into account ("last July"). */
export const MONTH_MODIFIER = /\b(last|next|this|coming|past)\s+$/i;
/** Prepositions chrono includes at the start of a result but are not part of the date. */
export const LEADING_PREPOSITION = /^(?:on|at|in|by|from|since|during|until|till)\s+/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MODIFIED_MONTH = /\b(last|next|this|coming|past)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi;

/** "last May", "next July", "this March" (chrono leaves these out): offsets relative to `text`, month 1-12. */
export function modifiedMonths(text: string): Array<Span & { modifier: string; month: number }> {
  const out: Array<Span & { modifier: string; month: number }> = [];
  MODIFIED_MONTH.lastIndex = 0;
  for (let m = MODIFIED_MONTH.exec(text); m; m = MODIFIED_MONTH.exec(text)) {
    if (!/^[A-Z]/.test(m[2])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, modifier: m[1].toLowerCase(), month: MONTHS.indexOf(m[2].toLowerCase()) + 1 });
  }
  return out;
}

/** Bare years: 1900-2099 (or back to 1000 after a preposition). */
const YEAR = /\b(1\d{3}|20\d\d)\b/g;
const YEAR_PREPOSITION = /\b(?:in|since|of|from|by|until|till|before|after|during|to|and|through|between|year|mid|early|late)[\s-]+$/i;
/** Counted things after a number that is not a year ("2000 troops"). */
const COUNT_NOUN =
  /^\s+(?:[a-z]+\s+)?(?:people|persons|men|women|children|troops|soldiers|civilians|residents|workers|employees|members|jobs|homes|houses|cases|deaths|votes|shares|dollars|euros|pounds|tons|tonnes|barrels|miles|kilometers|kilometres|km|meters|metres|feet|acres|points|units|cars|vehicles|drones|missiles|rockets|aircraft|planes|ships|pages|words|students|patients|doctors|officers|police|prisoners|refugees|migrants|hostages|copies|customers|users|stores|companies|firms|banks)\b/i;
const HEDGE_BEFORE = /(?:[$£€#]|\b(?:about|some|nearly|over|more than|less than|fewer than|than|almost|around|approximately|roughly|at least|up to|only|just|No\.|number|page|room|flight|route|highway)\s*)$/i;

/** Bare year mentions in `text` (offsets relative to it), skipping numbers that count things or belong to larger numbers. */
export function bareYears(text: string): Array<Span & { year: number }> {
  const out: Array<Span & { year: number }> = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const year = Number(m[1]);
    const before = text.slice(Math.max(0, start - 20), start);
    const after = text.slice(end, end + 40);
    if (/[\d.,:/-]$/.test(before) && !/(?:mid|early|late)-$/i.test(before)) continue;
    if (/^(?:[.,:/]\d|%|-\d|\d|\s*(?:percent|per cent|mph|km))/i.test(after)) continue;
    if (HEDGE_BEFORE.test(before) || COUNT_NOUN.test(after)) continue;
    if (year < 1900 && !YEAR_PREPOSITION.test(before)) continue;
    out.push({ start, end, year });
  }
  return out;
}
