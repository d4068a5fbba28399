// Dates told by reference to the day before them in the text: "earlier that same day", "the next day",
// "the day before" take their day from the last day the text named (a date, or a weekday resolved to one),
// not from the day of writing.
import type { Span } from '../core/types.js';
import { addDays } from '../date/days.js';
import type { DateFact } from './types.js';

/** A phrase that names a day by reference, and how many days it lies from the day it refers to. */
interface AnaphorPattern {
  pattern: RegExp;
  shift: number;
}

const PART_OF_DAY = '(?:day|morning|afternoon|evening|night)';
/** "the day before" / "the day after" end the phrase: "the day before the vote" counts from the vote. */
const ALONE = '(?=\\s*(?:[,.;:!?)\\]"”’]|$|and\\b|when\\b|as\\b))';

/** "on the same day in 1985", "matures on that day in 1992", "the same day last year": another year's day. */
const NOT_THIS_YEAR = '(?!\\s+(?:in|of)\\s+(?:\\d{4}|last|next|the\\s+(?:previous|following|next))\\b|\\s+(?:last|next|a|the\\s+(?:previous|following|next))\\s+year)';

/** "the same day as the count" counts from the count. */
const NOT_AS = '(?!\\s+as\\b)';
/** "within the next day or two", "over the next day": a stretch ahead of the writer, not a day of the story. */
const AHEAD_BEFORE = /\b(?:within|in|over|during|for|by)\s+$/i;
const AHEAD_AFTER = /^\s+or\s+(?:two|so|more|three)\b/i;
/** "They left a week later, and the next day ...": a length of time between, so the date before is not the day referred to. */
const TIME_BETWEEN = /\b(?:\w+|a|an)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|after(?:wards?)?|before)\b/i;

const ANAPHORS: AnaphorPattern[] = [
  {
    pattern: new RegExp(
      `\\b(?:(?:earlier|later)\\s+(?:that|the)\\s+(?:same\\s+)?${PART_OF_DAY}|(?:that|the)\\s+same\\s+${PART_OF_DAY}|that\\s+${PART_OF_DAY}|(?:earlier|later)\\s+in\\s+the\\s+day)\\b${NOT_THIS_YEAR}${NOT_AS}`,
      'gi',
    ),
    shift: 0,
  },
  { pattern: new RegExp(`\\b(?:the\\s+(?:next|following)\\s+${PART_OF_DAY}\\b|the\\s+day\\s+after${ALONE})`, 'gi'), shift: 1 },
  { pattern: new RegExp(`\\b(?:the\\s+(?:previous|preceding)\\s+${PART_OF_DAY}\\b|the\\s+(?:day|night)\\s+before${ALONE})`, 'gi'), shift: -1 },
];

/** Cheap test before the patterns run. */
const CAN_HOLD_ANAPHOR = /\b(?:that|same|next|following|previous|preceding|before|after|in the day)\b/i;

/** A day the text named that a later phrase can refer to: one day, not a range, a month or a vague time. */
const DAY_WORDS = /\b(?:today|tonight|yesterday|tomorrow|last night)\b/i;
function namesOneDay(d: DateFact): boolean {
  if (d.end || d.period || d.vague) return false;
  return d.grain === 'day' || d.grain === 'weekday' || (d.grain === 'relative' && DAY_WORDS.test(d.text));
}

/** How many sentences back (besides its own) the day referred to may stand. */
const MAX_SENTENCES_BACK = 3;

/** Index of the sentence holding `at` (sentences in text order), or -1. */
function sentenceOf(sentences: Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The document's date facts (in text order) with the days named by reference added, each resolved from
 * the date fact just before it. Only when that fact names one day, within MAX_SENTENCES_BACK sentences:
 * "In June ... that day" or a day told paragraphs earlier is left alone.
 */
export function withAnaphora(text: string, sentences: Span[], dates: DateFact[]): DateFact[] {
  if (!dates.some(namesOneDay)) return dates;
  // Dates and the phrases resolved so far, in text order: a phrase can refer to one before it ("the next day").
  const known = [...dates];
  const found: DateFact[] = [];
  const replaced = new Set<DateFact>();
  for (let s = 0; s < sentences.length; s++) {
    const body = text.slice(sentences[s].start, sentences[s].end);
    if (!CAN_HOLD_ANAPHOR.test(body)) continue;
    const matches: Array<{ span: Span; shift: number }> = [];
    for (const { pattern, shift } of ANAPHORS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
        matches.push({ span: { start: sentences[s].start + m.index, end: sentences[s].start + m.index + m[0].length }, shift });
      }
    }
    for (const { span: found0, shift } of matches.sort((a, b) => a.span.start - b.span.start)) {
      if (AHEAD_BEFORE.test(text.slice(Math.max(0, found0.start - 12), found0.start)) || AHEAD_AFTER.test(text.slice(found0.end, found0.end + 12))) continue;
      // chrono reads "the next day (at 9 a.m.)" from the day of writing: a reading that starts in the
      // phrase gives way to it (and the fact covers what chrono read); one that starts before it wins.
      const overlapping = dates.filter((d) => d.span.start < found0.end && found0.start < d.span.end);
      if (overlapping.some((d) => !d.relative || d.span.start < found0.start)) continue;
      const span = { start: found0.start, end: Math.max(found0.end, ...overlapping.map((d) => d.span.end)) };
      const phrase = text.slice(span.start, span.end);
      // The last date before the phrase must name one day, in this sentence or one shortly before.
      let anchor: DateFact | undefined;
      for (const d of known) if (!replaced.has(d) && d.span.end <= span.start && (!anchor || d.span.start > anchor.span.start)) anchor = d;
      if (!anchor || !(anchor.anchor || namesOneDay(anchor)) || s - sentenceOf(sentences, anchor.span.start) > MAX_SENTENCES_BACK) continue;
      if (TIME_BETWEEN.test(text.slice(anchor.span.end, span.start))) continue;
      const fact: DateFact = {
        kind: 'date',
        span,
        text: phrase,
        value: addDays(anchor.value, shift),
        stated: {},
        grain: 'relative',
        relative: anchor.relative,
        ref: anchor.ref,
        anchor: { at: anchor.span.start, shift },
      };
      found.push(fact);
      known.push(fact);
      for (const d of overlapping) replaced.add(d);
    }
  }
  if (!found.length) return dates;
  return [...dates.filter((d) => !replaced.has(d)), ...found].sort((a, b) => a.span.start - b.span.start);
}

/**
 * Facts re-resolved against a new reference date, with each day named by reference (in text order)
 * taken again from the day it refers to.
 */
export function resolveAnaphora(facts: DateFact[]): DateFact[] {
  if (!facts.some((f) => f.anchor)) return facts;
  const byStart = new Map<number, DateFact>();
  return facts.map((f) => {
    let out = f;
    const a = f.anchor && byStart.get(f.anchor.at);
    if (f.anchor && a) out = { ...f, value: addDays(a.value, f.anchor.shift), relative: a.relative, ref: a.ref };
    byStart.set(out.span.start, out);
    return out;
  });
}
