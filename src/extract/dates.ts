// Dates and times with chrono-node, resolved against a reference date, keeping what the text stated apart from what it implied.
// The English locale alone: the package's main entry loads every locale (250 ms of start-up, 40 for English).
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import type { Document, Span } from '../core/types.js';
import { addDays, isoDate, toDay, weekdayOf } from '../date/days.js';
import { directionAt, futureInClause, type Direction } from './date-tense.js';
import {
  CAN_HOLD_DATE,
  DATE_CUES,
  extentBefore,
  LEADING_PREPOSITION,
  LOWERCASE_NAME,
  MAY_MONTH_BEFORE,
  MONTH_MODIFIER,
  MONTH_NAME,
  RELATIVE_WORD,
  WEEKDAY_ABBREVIATION,
  WEEKDAY_NAME,
  bareYears,
  modifiedMonths,
} from './date-words.js';
import { keepShape } from '../core/keep-shape.js';
import { resolveAnaphora, withAnaphora } from './date-anaphora.js';
import { periods, type PeriodMention } from './date-periods.js';
import type { DateFact, StatedParts } from './types.js';

/**
 * The reference used when a document has no date yet (`ref` undefined): a fixed mid-year day, so the
 * result is deterministic and a month without a year lands in the same year either way. Facts resolved
 * against it carry `ref === UNRESOLVED_REF`; their stated parts are exact, their implied parts are not,
 * and the document-dating step calls `resolveDateFacts` again with the inferred date.
 */
export const UNRESOLVED_REF = '2000-07-01';

/** How far (days) from the reference a day-and-month may lie before tense, not nearness, picks its year. */
const NEAR_DAYS = 60;

/**
 * A parsed mention before it becomes a fact: its span in the document and chrono's reading. Every mention
 * is made with all four fields, in this order (one hidden class): a mention that gained a field later reached
 * code optimised for the others and threw it away ("wrong map" deoptimisations of mentionsIn and toFact).
 */
interface Mention {
  span: Span;
  result: chrono.ParsedResult;
  /** A relative word written next to the date ("tomorrow" in "tomorrow, May 12th"), merged into one fact. */
  partner: chrono.ParsedResult | undefined;
  /** last/next/this written before a month ("last July"). */
  monthModifier: string | undefined;
}

const DURATION_LIKE = /^(?:within|after|for|over|in)\s.*\b(?:second|minute|hour|day|week|month|year|decade)s?$|\b(?:second|minute|hour|day|week|month|year|decade)s?\s+(?:after|before)$/i;

/** A unit of chrono's "in N units" phrases that is longer than one letter (words or abbreviations). */
const UNIT_WORD = /^(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|wks?|weeks?|mo|mon|mos|months?|qtrs?|quarters?|yrs?|years?|decades?)$/i;

/** The text ends in a word that starts like a unit abbreviation but is none ("money", "hrsa"): chrono cut it. */
function unitCutShort(text: string): boolean {
  const last = /[a-z]+$/i.exec(text)?.[0] ?? '';
  return /^(?:mo|hr|min|sec|yr|qtr|wk)/i.test(last) && !UNIT_WORD.test(last);
}

const RELATIVE_TAG = /^(?:casualReference\/|result\/relativeDate)/;

function hasRelativeTag(r: chrono.ParsedResult): boolean {
  for (const t of r.tags()) if (RELATIVE_TAG.test(t)) return true;
  return false;
}

/** The last reference read and its time: all the windows of a document share one reference. */
let lastRef = '';
let lastRefTime = 0;

function refDate(ref: string): Date {
  if (ref !== lastRef) {
    lastRefTime = Date.UTC(Number(ref.slice(0, 4)), Number(ref.slice(5, 7)) - 1, Number(ref.slice(8, 10)), 12);
    lastRef = ref;
  }
  // A new Date each time: chrono keeps the one it is given.
  return new Date(lastRefTime);
}

/** Calendar parts the words of the mention state (chrono's known values that the text itself spells out). */
function statedParts(r: chrono.ParsedResult): StatedParts {
  const text = r.text;
  const c = r.start;
  const relative = hasRelativeTag(r) || (RELATIVE_WORD.test(text) && !/\d/.test(text) && !MONTH_NAME.test(text));
  const s: StatedParts = {};
  const clock = /noon|midnight/i.test(text) || (/\d/.test(text) && r.tags().has('parser/ENTimeExpressionParser'));
  if (!relative || clock) {
    if (c.isCertain('hour') && /\d|noon|midnight/i.test(text)) s.hour = c.get('hour') ?? undefined;
    if (s.hour !== undefined && c.isCertain('minute') && /\d:\d\d|\d\.\d\d/.test(text)) s.minute = c.get('minute') ?? undefined;
  }
  if (relative && !MONTH_NAME.test(text) && !WEEKDAY_NAME.test(text)) return s;
  if (c.isCertain('year') && /\d{4}|'\d\d\b/.test(text)) s.year = c.get('year') ?? undefined;
  if (c.isCertain('month') && (MONTH_NAME.test(text) || /\d/.test(text))) s.month = c.get('month') ?? undefined;
  if (c.isCertain('day') && /\d/.test(text) && s.month !== undefined) s.day = c.get('day') ?? undefined;
  if (c.isCertain('weekday') && WEEKDAY_NAME.test(text)) s.weekday = c.get('weekday') ?? undefined;
  return s;
}

function grainOf(s: StatedParts, text: string): DateFact['grain'] {
  if (s.day !== undefined) return 'day';
  if (s.month !== undefined) return 'month';
  if (s.year !== undefined) return 'year';
  if (s.weekday !== undefined) return 'weekday';
  if (/\byears?\b/i.test(text)) return 'year';
  if (/\bmonths?\b/i.test(text)) return 'month';
  return 'relative';
}

function isoOf(c: ParsedComponents): string {
  return isoDate(c.get('year') ?? 2000, c.get('month') ?? 1, c.get('day') ?? 1);
}

function atGrain(iso: string, grain: DateFact['grain']): string {
  if (grain === 'year') return `${iso.slice(0, 4)}-01-01`;
  if (grain === 'month') return `${iso.slice(0, 7)}-01`;
  return iso;
}

/** The same month (and day) moved by whole years to lie before/after the reference, per `dir`. */
function shiftYear(iso: string, ref: string, dir: Direction, byMonth: boolean, strict: boolean): string {
  const key = (d: string) => (byMonth ? d.slice(0, 7) : d);
  const y = Number(ref.slice(0, 4));
  const candidates = [y - 1, y, y + 1].map((yy) => `${yy}${iso.slice(4)}`);
  if (dir === 'past') {
    const ok = candidates.filter((c) => (strict ? key(c) < key(ref) : key(c) <= key(ref)));
    return ok[ok.length - 1] ?? iso;
  }
  return candidates.find((c) => (strict ? key(c) > key(ref) : key(c) >= key(ref))) ?? iso;
}

/** "the weekend", "this weekend" without next/last: chrono's reading is the coming one. */
const WEEKEND = /^(?:the\s+|this\s+)?weekend$/i;

/** A bare weekday on or before / on or after the reference day. */
function weekdayFrom(ref: string, weekday: number, dir: Direction): string {
  const delta = (weekday - weekdayOf(ref) + 7) % 7;
  return dir === 'future' ? addDays(ref, delta) : addDays(ref, delta === 0 ? 0 : delta - 7);
}

function toFact(doc: Document, m: Mention, ref: string): DateFact {
  const r = m.result;
  const stated = statedParts(r);
  const grain = grainOf(stated, r.text);
  // chrono starts "this week" on the Sunday before; the week that holds the reference day is meant.
  let value = /^(?:early |late )?this week$/i.test(r.text) ? ref : isoOf(r.start);
  let end = r.end ? isoOf(r.end) : undefined;
  const own = RELATIVE_WORD.test(r.text);
  let dir: Direction | undefined;
  if (m.monthModifier) dir = m.monthModifier === 'next' || m.monthModifier === 'coming' ? 'future' : 'past';
  else if (stated.year === undefined && !own && (stated.month !== undefined || stated.weekday !== undefined)) {
    // News dates a bare weekday in the past unless the clause points forward ("said Thursday" vs "will meet Thursday").
    // A weekday whose line holds no tense cue reads on over soft line breaks (months keep their nearest year instead).
    dir = directionAt(doc.text, m.span) ?? (stated.month === undefined ? (directionAt(doc.text, m.span, true) ?? 'past') : undefined);
  }
  // A day and month without a year: the nearest such day (chrono's reading) unless it is far off, where tense decides.
  if (dir && !m.monthModifier && stated.day !== undefined && Math.abs(toDay(value) - toDay(ref)) <= NEAR_DAYS) dir = undefined;
  if (dir && stated.year === undefined) {
    const before = value;
    if (stated.month !== undefined) {
      const byMonth = stated.day === undefined;
      value = m.monthModifier === 'this' ? `${ref.slice(0, 4)}${value.slice(4)}` : shiftYear(value, ref, dir, byMonth, !!m.monthModifier);
    } else if (stated.weekday !== undefined) value = weekdayFrom(ref, stated.weekday, dir);
    if (end) end = addDays(end, toDay(value) - toDay(before));
  }
  // chrono reads "the weekend" as the coming one; a past tense means the one before ("the talks, extended
  // through the weekend, broke down" in a Wednesday's paper).
  if (WEEKEND.test(r.text) && toDay(value) > toDay(ref) && directionAt(doc.text, m.span) === 'past' && !futureInClause(doc.text, m.span)) {
    value = addDays(value, -7);
    if (end) end = addDays(end, -7);
  }
  if (m.partner && stated.year === undefined) {
    // "tomorrow, May 12th": the explicit day, in the year that puts it nearest the relative word's day.
    const near = isoOf(m.partner.start);
    value = shiftYear(value, near, toDay(value) <= toDay(near) ? 'future' : 'past', false, false);
    if (Math.abs(toDay(value) - toDay(near)) > 183) value = `${near.slice(0, 4)}${value.slice(4)}`;
  }
  const fact: DateFact = {
    kind: 'date',
    span: m.span,
    text: doc.text.slice(m.span.start, m.span.end),
    value: atGrain(value, grain),
    stated,
    grain,
    relative: stated.year === undefined,
    ref,
  };
  if (end && end !== value) fact.end = atGrain(end, grain);
  return fact;
}

/** Whether a chrono result is a real date mention in its context. */
function acceptable(r: chrono.ParsedResult, before: string): boolean {
  const t = r.text.trim();
  if (LOWERCASE_NAME.test(t)) return false;
  if (WEEKDAY_ABBREVIATION.test(t)) return false;
  // "every Thursday", "each July": a recurrence (durations.ts), not one day.
  if (/\b(?:every|each)\s+$/i.test(before) && (WEEKDAY_NAME.test(t) || MONTH_NAME.test(t)) && !/\d/.test(t)) return false;
  // "May" alone is the month only after a preposition or modifier ("in May", "early May").
  if (/^May$/.test(t) && !MAY_MONTH_BEFORE.test(before)) return false;
  if (/^may\b/.test(t)) return false;
  // "within a week", "after ten years", "two months after": lengths of time, left to the durations extractor.
  if (DURATION_LIKE.test(t)) return false;
  // "in the money": chrono's "in N units" read "the mon" (one month) at the start of a longer word.
  if (/^(?:within|in|for)\s/i.test(t) && hasRelativeTag(r) && unitCutShort(t)) return false;
  // A clock time alone must look like one ("3:30", "3 p.m.", "noon"), not "1.25 a share" or a bare number.
  const dated = ['year', 'month', 'day', 'weekday'].some((k) => r.start.isCertain(k as chrono.Component));
  // chrono reads "this week" without a tag; it is as much a date as "last week".
  if (!dated && !hasRelativeTag(r) && !/\d:\d\d|\d\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|noon|midnight|o'clock|^this week(?:end)?$/i.test(t)) return false;
  // A part of the day alone ("late-night address", "morning") names no day of its own.
  if (/^(?:late|early)?-?(?:night|morning|afternoon|evening)$/i.test(t)) return false;
  // "Mar 48", "Feb 48.50": chrono reads a two-digit year (2048); in news these are prices and contract months.
  if (/^[A-Za-z]{3,9}\.?\s+(?:3[2-9]|[4-9]\d)$/.test(t)) return false;
  // "2 1/2": a fraction, not a day and month.
  if (/^\d{1,2}\/\d{1,2}$/.test(t)) return false;
  const known = ['year', 'month', 'day', 'weekday', 'hour'].some((k) => r.start.isCertain(k as chrono.Component));
  return known || hasRelativeTag(r) || RELATIVE_WORD.test(t);
}

/**
 * chrono's casual English parser without "N units later": in news "three days later" counts from a time
 * the story told, not from the day of writing, so it is no date (the length is a duration); and that
 * parser's pattern alone took ~70 ms to compile on first use, a tenth of start-up.
 */
const DROPPED_PARSERS = new Set(['ENTimeUnitLaterFormatParser']);

/** Any English month name: each of chrono's month alternatives starts with one of these abbreviations. */
const MONTH_LETTERS = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * Text without which a chrono parser's pattern cannot match: a literal part every match of it holds, tested
 * with the same flag (i, not u) so it matches exactly the characters chrono's pattern does. A stretch of text
 * without it skips that parser (it would find nothing, and the others' results and order are unchanged):
 * most windows hold one or two cues, and every parser scans the whole window.
 */
const PARSER_NEEDS: Record<string, RegExp> = {
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  ISOFormatParser: /\d{4}-\d/,
  // A result needs a slash ("5/12") or a year part ("12.5.2024"); decimals like "5.93" match the pattern only to be dropped.
  SlashDateFormatParser: /\d\/\d|\d[/.-]\d{1,2}[/.-]\d\d/,
  ENSlashMonthFormatParser: /\d\/\d{4}/,
  ENTimeExpressionParser: /\d/,
  ENMonthNameLittleEndianParser: MONTH_LETTERS,
  ENMonthNameMiddleEndianParser: MONTH_LETTERS,
  ENMonthNameParser: MONTH_LETTERS,
  ENYearMonthNameParser: MONTH_LETTERS,
  ENWeekdayParser: /mon|tue|wed|thu|fri|sat|sun|week/i,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|[+-]/i,
  // within/in/for ("within" holds "in"); a quarter of windows have none. The prefix is optional only with forwardDate, which is off.
  ENTimeUnitWithinFormatParser: /in|for/i,
};

let casual: chrono.Chrono | undefined;
function parser(): chrono.Chrono {
  if (!casual) {
    casual = chrono.casual.clone();
    casual.parsers = casual.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
    for (const p of casual.parsers) if (TIME_UNIT_PARSERS.has(p.constructor.name)) unboundSpaces(p);
  }
  return casual;
}

/**
 * Parser names this module refers to that chrono's casual configuration does not have: a chrono upgrade
 * that renames a parser would otherwise silently stop a drop, an unbounding or a gate (tested).
 */
export function unknownParserNames(): string[] {
  const names = new Set(chrono.casual.parsers.map((p) => p.constructor.name));
  return namedParsers().filter((n) => !names.has(n));
}

/** Every chrono parser class this module names (dropped, unbounded or gated). */
export function namedParsers(): string[] {
  return [...new Set([...DROPPED_PARSERS, ...TIME_UNIT_PARSERS, ...Object.keys(PARSER_NEEDS)])];
}

/** The distinct tests of PARSER_NEEDS; bit i of a text's mask says whether it passes NEED_TESTS[i]. */
const NEED_TESTS = [...new Set(Object.values(PARSER_NEEDS))];
/** A chrono with only the parsers whose tests a text passed, per mask (a few dozen masks occur). */
const chronoByMask = new Map<number, chrono.Chrono>();

/** A refiner that changes nothing and keeps the last parse's context and results reachable (see keep-shape.ts). */
const KEEP_LAST_PARSE: chrono.Refiner = {
  refine(context, results) {
    if (results.length) keepShape('chrono parse', [context, results]);
    return results;
  },
};

/** chrono for `text`: only the parsers that can match in it, in their order (so the same results, in the same order). */
function parserFor(text: string): chrono.Chrono {
  let mask = 0;
  for (let i = 0; i < NEED_TESTS.length; i++) if (NEED_TESTS[i].test(text)) mask |= 1 << i;
  let c = chronoByMask.get(mask);
  if (!c) {
    const all = parser();
    const runs = (p: chrono.Parser) => {
      const needs = PARSER_NEEDS[p.constructor.name];
      return !needs || (mask & (1 << NEED_TESTS.indexOf(needs))) !== 0;
    };
    c = new chrono.Chrono({ parsers: all.parsers.filter(runs), refiners: [...all.refiners, KEEP_LAST_PARSE] });
    chronoByMask.set(mask, c);
  }
  return c;
}

/** chrono's parsers of "N units" phrases ("two years ago", "within three days", "the next two weeks"). */
const TIME_UNIT_PARSERS = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitCasualRelativeFormatParser']);

interface InnerPatternParser {
  innerPattern(context: unknown): RegExp;
}

/**
 * "Two years ago": chrono's patterns for "N units" phrases separate their words with bounded runs of spaces
 * (`\s{0,5}`), which V8 compiles, case-insensitively, to native code on a second use, and slowly: ~80-150 ms
 * for the "ago" pattern alone, the largest single cost of a short run. Unbounded runs (`\s*`) compile in
 * ~25 ms; they differ only on six or more spaces between the words of one expression. (Month-name patterns
 * keep their bounds: in market tables a month and a number far apart are no date.)
 */
function unboundSpaces(parser: unknown): void {
  const p = parser as Partial<InnerPatternParser>;
  if (typeof p.innerPattern !== 'function') return;
  const inner = p.innerPattern.bind(parser);
  const memo = new Map<RegExp, RegExp>();
  p.innerPattern = (context: unknown) => {
    const re = inner(context);
    let out = memo.get(re);
    if (!out) {
      out = new RegExp(re.source.replace(/\\s\{0,\d+\}/g, '\\s*'), re.flags);
      memo.set(re, out);
    }
    return out;
  };
}

/** Parse one stretch of the document (a sentence, or a fact's own span when re-resolving). */
function mentionsIn(doc: Document, chunk: Span, ref: string): Mention[] {
  const text = doc.text.slice(chunk.start, chunk.end);
  const results = parserFor(text).parse(text, { instant: refDate(ref), timezone: 0 }, { forwardDate: false });
  const out: Mention[] = [];
  for (const r of results) {
    let start = r.index;
    let end = r.index + r.text.replace(/[\s,;:]+$/, '').length;
    const lead = LEADING_PREPOSITION.exec(r.text);
    if (lead && r.text.length > lead[0].length) start += lead[0].length;
    const at = chunk.start + start;
    const before = doc.text.slice(Math.max(0, at - 30), at);
    if (!acceptable(r, before)) continue;
    const m: Mention = { span: { start: chunk.start + start, end: chunk.start + end }, result: r, partner: undefined, monthModifier: undefined };
    const mod = MONTH_MODIFIER.exec(before);
    if (mod && MONTH_NAME.test(r.text) && !/\d{4}/.test(r.text) && !RELATIVE_WORD.test(r.text)) {
      m.monthModifier = mod[1].toLowerCase();
      start -= mod[0].length;
    }
    const at0 = chunk.start + start;
    const rest = r.text.slice(Math.max(0, start - r.index));
    // "late Sunday", "right now", "the weekend", "the end of the month": words chrono leaves out that belong to the mention.
    const wordBefore = (re: RegExp) => re.exec(doc.text.slice(Math.max(0, at0 - 8), at0))?.[0].length ?? 0;
    start -=
      extentBefore(doc.text, at0) ||
      (/^now$/i.test(rest) ? wordBefore(/\bright\s+$/i) : 0) ||
      (/^(?:end|beginning|start|middle|weekend|past)\b/i.test(rest) ? wordBefore(/\bthe\s+$/i) : 0);
    m.span = { start: chunk.start + start, end: chunk.start + end };
    const prev = out[out.length - 1];
    // A relative word and an explicit date side by side name one day: "tomorrow, May 12th", "Sunday (May 11)".
    const gap = prev ? doc.text.slice(prev.span.end, m.span.start) : '';
    if (prev && /^\s*[,(]?\s*$/.test(gap) && !prev.partner && statedParts(prev.result).month === undefined && statedParts(r).day !== undefined) {
      const close = /^\)/.test(doc.text.slice(m.span.end, m.span.end + 1)) && gap.includes('(') ? 1 : 0;
      out[out.length - 1] = { span: { start: prev.span.start, end: m.span.end + close }, result: m.result, partner: prev.result, monthModifier: m.monthModifier };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** The month named with last/next/this, relative to the reference month. */
function modifiedMonthValue(month: number, modifier: string, ref: string): string {
  const iso = isoDate(Number(ref.slice(0, 4)), month, 1);
  if (modifier === 'this') return iso;
  return shiftYear(iso, ref, modifier === 'next' || modifier === 'coming' ? 'future' : 'past', true, true);
}

/** Mentions chrono leaves out: bare years ("since 2022") and months after last/next/this ("last May"). */
function extraFacts(doc: Document, chunk: Span, taken: Span[], ref: string): DateFact[] {
  const text = doc.text.slice(chunk.start, chunk.end);
  const out: DateFact[] = [];
  const free = (start: number, end: number) => !taken.some((s) => s.start < end && start < s.end);
  for (const mm of modifiedMonths(text)) {
    let start = chunk.start + mm.start;
    const end = chunk.start + mm.end;
    if (!free(start, end)) continue;
    start -= extentBefore(doc.text, start);
    const value = modifiedMonthValue(mm.month, mm.modifier, ref);
    out.push({ kind: 'date', span: { start, end }, text: doc.text.slice(start, end), value, stated: { month: mm.month }, grain: 'month', relative: true, ref });
    taken = [...taken, { start, end }];
  }
  for (const y of bareYears(text)) {
    let start = chunk.start + y.start;
    const end = chunk.start + y.end;
    if (!free(start, end)) continue;
    start -= extentBefore(doc.text, start);
    out.push({ kind: 'date', span: { start, end }, text: doc.text.slice(start, end), value: `${y.year}-01-01`, stated: { year: y.year }, grain: 'year', relative: false, ref });
  }
  return out;
}

function factsIn(doc: Document, chunk: Span, ref: string): DateFact[] {
  const mentions = mentionsIn(doc, chunk, ref);
  const facts = mentions.map((m) => toFact(doc, m, ref));
  facts.push(...extraFacts(doc, chunk, facts.map((f) => f.span), ref));
  return monthsOfRelativeYears(doc, facts.sort((a, b) => a.span.start - b.span.start));
}

/** "July last year", "January of this year": one month fact in the year the relative words name. */
function monthsOfRelativeYears(doc: Document, facts: DateFact[]): DateFact[] {
  const out: DateFact[] = [];
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    const g = facts[i + 1];
    if (g && f.grain === 'month' && f.stated.year === undefined && /^(?:this|last|next) year$/i.test(g.text) && /^\s+(?:of\s+)?$/.test(doc.text.slice(f.span.end, g.span.start))) {
      const span = { start: f.span.start, end: g.span.end };
      out.push({ ...f, span, text: doc.text.slice(span.start, span.end), value: `${g.value.slice(0, 4)}${f.value.slice(4)}`, ...(f.end ? { end: `${g.value.slice(0, 4)}${f.end.slice(4)}` } : {}) });
      i++;
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * Date mentions in the given sentences, resolved against `ref` (YYYY-MM-DD; UNRESOLVED_REF when undefined).
 * One fact per mention: a relative word next to an explicit date ("tomorrow, May 12th") is one fact whose
 * text holds both and whose stated parts are the explicit date's. `relative` is true when the value
 * depends on the reference date (no year stated).
 */
export function extractDates(doc: Document, sentences: Span[], ref?: string): DateFact[] {
  const r = ref ?? UNRESOLVED_REF;
  const out: DateFact[] = [];
  for (const s of sentences) {
    const body = doc.text.slice(s.start, s.end);
    const dated: DateFact[] = [];
    if (CAN_HOLD_DATE.test(body)) for (const w of dateWindows(doc.text, s)) dated.push(...factsIn(doc, w, r));
    out.push(...withPeriods(dated, periodFacts(doc, s, r)));
  }
  return withAnaphora(doc.text, sentences, out);
}

/** Characters before a period fact read again with it when it is resolved anew (its cue words and modifiers). */
const PERIOD_CONTEXT = 40;

/** A period found by date-periods as a date fact. */
function periodFact(doc: Document, chunk: Span, p: PeriodMention, ref: string): DateFact {
  const span = { start: chunk.start + p.start, end: chunk.start + p.end };
  const fact: DateFact = {
    kind: 'date',
    span,
    text: doc.text.slice(span.start, span.end),
    value: p.value,
    stated: p.statedYear === undefined ? {} : { year: p.statedYear },
    grain: p.grain,
    relative: p.statedYear === undefined && !p.fixed,
    ref,
  };
  if (p.last) fact.end = p.last;
  if (p.vague) fact.vague = p.vague;
  if (p.holiday) fact.holiday = p.holiday;
  fact.period = true;
  return fact;
}

function periodFacts(doc: Document, chunk: Span, ref: string): DateFact[] {
  return periods(doc.text.slice(chunk.start, chunk.end), ref).map((p) => {
    // "the end of the year", "early this summer": the modifier belongs to the mention, as for chrono's dates.
    const lead = p.grain === 'vague' ? 0 : extentBefore(doc.text, chunk.start + p.start, chunk.start);
    return periodFact(doc, chunk, lead ? { ...p, start: p.start - lead } : p, ref);
  });
}

/** Date facts and period facts of one sentence in order; where they overlap the longer mention wins. */
function withPeriods(dated: DateFact[], found: DateFact[]): DateFact[] {
  if (!found.length) return dated;
  // Per character of the stretch: the longest date over it, then whether a kept period covers it (linear in the text).
  let base = Infinity;
  let last = 0;
  for (const f of [dated, found].flat()) {
    if (f.span.start < base) base = f.span.start;
    if (f.span.end > last) last = f.span.end;
  }
  const size = last - base;
  const longestDate = new Int32Array(size);
  for (const d of dated) {
    const n = d.span.end - d.span.start;
    for (let i = d.span.start - base; i < d.span.end - base; i++) if (longestDate[i] < n) longestDate[i] = n;
  }
  const keptPeriods = found.filter((p) => !longestDate.subarray(p.span.start - base, p.span.end - base).some((n) => n > p.span.end - p.span.start));
  const byPeriod = new Uint8Array(size);
  for (const p of keptPeriods) byPeriod.fill(1, p.span.start - base, p.span.end - base);
  const keptDates = dated.filter((d) => !byPeriod.subarray(d.span.start - base, d.span.end - base).some((c) => c === 1));
  return [...keptDates, ...keptPeriods].sort((a, b) => a.span.start - b.span.start);
}

/** Characters of context kept each side of a date cue when a long sentence is cut into windows. */
const WINDOW_REACH = 60;

/**
 * The stretches of a sentence chrono needs to read: the whole sentence when it is short, else windows of
 * WINDOW_REACH characters around each date cue (merged when they touch), cut at spaces. chrono's cost
 * grows with the length of what it reads, and in news most of a long sentence holds no date.
 */
export function dateWindows(text: string, sentence: Span): Span[] {
  if (sentence.end - sentence.start <= 3 * WINDOW_REACH) return [sentence];
  const body = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  DATE_CUES.lastIndex = 0;
  for (let m = DATE_CUES.exec(body); m; m = DATE_CUES.exec(body)) {
    let start = Math.max(0, m.index - WINDOW_REACH);
    let end = Math.min(body.length, m.index + m[0].length + WINDOW_REACH);
    // widen to whole words
    while (start > 0 && !/\s/.test(body[start - 1])) start--;
    while (end < body.length && !/\s/.test(body[end])) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end - sentence.start) last.end = sentence.start + end;
    else out.push({ start: sentence.start + start, end: sentence.start + end });
  }
  return out.length ? out : [sentence];
}

/** The same facts resolved against a new reference date: relative ones re-read from their own text, in place. */
export function resolveDateFacts(doc: Document, facts: DateFact[], ref: string): DateFact[] {
  const resolved = facts.map((f) => {
    if (f.anchor) return f; // taken from the day it refers to, below
    if (!f.relative) return { ...f, ref };
    if (f.period) {
      // The words before a period decide whether it is one ("on Christmas", "in the fall"): read them again too.
      const context = { start: Math.max(0, f.span.start - PERIOD_CONTEXT), end: f.span.end };
      return periodFacts(doc, context, ref).find((g) => g.span.start === f.span.start && g.span.end === f.span.end) ?? { ...f, ref };
    }
    const again = factsIn(doc, f.span, ref).find((g) => g.span.start === f.span.start && g.span.end === f.span.end);
    return again ?? { ...f, ref };
  });
  return resolveAnaphora(resolved);
}
