// Sentence context around a mention: is it about the present (so a stale title or government is an error), or about the past?
import type { Span } from '../core/types.js';

/** The sentence holding a span (from the document's sentence list; falls back to the span itself). */
export function sentenceAround(text: string, sentences: Span[], span: Span): { text: string; start: number } {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s.end < span.start) lo = mid + 1;
    else if (s.start > span.end) hi = mid - 1;
    else return { text: text.slice(s.start, Math.max(s.end, span.end)), start: s.start };
  }
  return { text: text.slice(span.start, span.end), start: span.start };
}

const PAST_MARKERS = /\b(?:then|former|formerly|previous|previously|prior|predecessor|first-term|ex|late|once|under|during|era|back|when|while|at the time|years? ago|decades? ago|(?:fall|dismissal|ouster|removal|resignation|death|funeral|assassination|impeachment|overthrow|downfall|legacy|memoirs?)(?:\s+in\s+\w+)?\s+of)\b/i;
/** A possessive right before a title makes it relational ("its first-term secretary of state", "Clinton's vice president"). */
const RELATIONAL = /(?:\b(?:his|her|its|their|our|whose)|[’']s)\s+(?:[\w-]+\s+)?$/i;
const FUTURE_MARKERS = /\b(?:once|will|would|could|might|after|when|soon|until|if)\b[^.!?]{0,40}$/i;
const SPEECH_OR_PRESENT = /\b(?:says|said|say|told|tells|stated|states|declared|warned|warns|added|adds|urged|urges|announced|announces|remarked|welcomed|welcomes|insisted|argued|claimed|posted|wrote|tweeted|noted|stressed|emphasized|emphasised|called|calls|is|are|has|have|will|continues|remains|supports|backs|wants|plans|according to)\b/i;
const RECENT = /\b(?:today|tonight|yesterday|tomorrow|this (?:week|month|year)|last (?:week|night)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|currently|now)\b/;

/** The sentence places the mention in the past: a past marker before it, or a year before the document's year. */
export function pastContext(sentence: string, mentionOffset: number, year: number): boolean {
  const before = sentence.slice(Math.max(0, mentionOffset - 80), mentionOffset);
  if (PAST_MARKERS.test(before) || RELATIONAL.test(before)) return true;
  if (/\b(?:in|since|from|by|until|of) (?:\w+ )?(?:1[89]\d\d|20\d\d)\b/.test(sentence) || /\b(?:1[89]\d\d|20\d\d)\b/.test(before)) {
    return [...sentence.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].some((m) => Number(m[1]) < year);
  }
  return false;
}

/**
 * The sentence presents the mention as acting now: a speech verb, a present-tense verb or a recent-time
 * word ("on Monday", "today"), and nothing placing it in the past.
 */
export function presentContext(sentence: string, mentionOffset: number, year: number): boolean {
  if (pastContext(sentence, mentionOffset, year)) return false;
  return SPEECH_OR_PRESENT.test(sentence) || RECENT.test(sentence);
}

/** The sentence looks ahead to the mention ("once Obama is former president Obama", "would be"). */
export function futureContext(sentence: string, mentionOffset: number): boolean {
  return FUTURE_MARKERS.test(sentence.slice(Math.max(0, mentionOffset - 60), mentionOffset));
}
