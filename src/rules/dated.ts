// Helpers for time-aware rules: the document's date window and the evidence sentence every finding carries.
import type { Span } from '../core/types.js';
import { addDays } from '../date/days.js';
import { describeDate, type DocDate } from '../date/types.js';
import type { PersonFact } from '../extract/types.js';
import { countBefore } from '../core/search.js';

export interface Window {
  earliest: string;
  latest: string;
  /** The single date to name in messages. */
  on: string;
}

/** The window a time-aware rule checks against, or undefined when the document date is unknown or too vague. */
export function windowOf(date: DocDate, maxDays = 400): Window | undefined {
  if (!date.earliest || !date.latest) return undefined;
  if (addDays(date.earliest, maxDays) < date.latest) return undefined;
  return { earliest: date.earliest, latest: date.latest, on: date.value ?? date.earliest };
}

/** Candidate days to test a claim on: the window's ends and every boundary inside it. */
export function daysToTest(w: Window, boundaries: string[]): string[] {
  const days = new Set([w.earliest, w.latest]);
  for (const b of boundaries) {
    if (b >= w.earliest && b <= w.latest) days.add(b);
    const before = addDays(b, -1);
    if (before >= w.earliest && before <= w.latest) days.add(before);
  }
  return [...days].sort();
}

export function dateEvidence(date: DocDate): string {
  return describeDate(date);
}

const MODIFIER_BEFORE = /\b(?:former|ex-?|late|acting|outgoing|incoming|then-?|interim)\s*$/i;

/** The span from the start of a person's title (its modifier included: "former President") to the end of the name. */
export function titledSpan(p: PersonFact, text?: string): Span {
  if (!p.title) return p.span;
  let start = Math.min(p.span.start, p.title.span.start);
  if (text) {
    const m = MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (m) start -= m[0].length;
  }
  // Titles sometimes arrive with leading punctuation from the extractor (", “President-elect").
  if (text) while (start < p.span.start && /[\s,;:“”"‘’'(]/.test(text[start])) start++;
  return { start, end: Math.max(p.span.end, p.title.span.end) };
}

/** Whether a span lies inside a quotation: words quoted from others (old emails, speeches) are not the writer's claims about now. */
export function insideQuote(quotes: Array<{ outer: Span }>, span: Span): boolean {
  let index = QUOTE_INDEX.get(quotes);
  if (!index) QUOTE_INDEX.set(quotes, (index = quoteIndex(quotes)));
  const { outers, maxEnd } = index;
  // the last quotation starting at or before the span, then back while an earlier one can still reach it
  const lo = countBefore(outers.length, (i) => outers[i].start <= span.start);
  for (let i = lo - 1; i >= 0 && maxEnd[i] >= span.end; i--) if (span.end <= outers[i].end) return true;
  return false;
}

interface QuoteIndex {
  /** Outer spans by start. */
  outers: Span[];
  /** Largest end among outers[0..i]: no quotation before i + 1 reaches further. */
  maxEnd: number[];
}

/** Per quotation list (a document's facts), built on first use: rules ask once per person. */
const QUOTE_INDEX = new WeakMap<object, QuoteIndex>();

function quoteIndex(quotes: Array<{ outer: Span }>): QuoteIndex {
  const outers = quotes.map((q) => q.outer).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  outers.forEach((o, i) => maxEnd.push(Math.max(o.end, i ? maxEnd[i - 1] : -1)));
  return { outers, maxEnd };
}
