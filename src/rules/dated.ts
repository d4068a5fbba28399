// Helpers for time-aware rules: the document's date window and the evidence sentence every finding carries.
import type { Span } from '../core/types.js';
import { addDays } from '../date/days.js';
import { describeDate, type DocDate } from '../date/types.js';
import type { PersonFact } from '../extract/types.js';

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
  return quotes.some((q) => q.outer.start <= span.start && span.end <= q.outer.end);
}
