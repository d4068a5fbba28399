// Tense around a date mention: whether a bare "Thursday" or "in June" points forward or back from the reference date.
import type { Span } from '../core/types.js';
import { isSoftWrap } from './sentences.js';

export type Direction = 'past' | 'future';

/**
 * Words that put the event after the time of writing ("will", "slated to begin", "as early as"), and the
 * present tense of verbs that schedule ("talks reopen in New York on Tuesday", "the summit begins Friday"),
 * unless negated ("did not begin Monday") or not a verb ("housing starts", "opens fire").
 */
const FUTURE =
  /\b(?:will|won't|shall|'ll|going to|gonna|would|could|might|set to|scheduled (?:to|for)|slated (?:to|for)|due to|expected to|poised to|planned for|plans? to|planning to|intends? to|to (?:begin|start|commence|resume|hold|meet|visit|open|take place)|as early as|as soon as|no later than|upcoming|next|starting|(?<!\b(?:not|n't|never|failed to|housing)\s+)(?:begins?|starts|resumes?|reopens?|convenes?|opens(?!\s+fire)|kicks? off))\b/gi;

/** Words that put it before ("said", "was", "-ed" verbs, "ago"); words that only end like a past tense ("speed", "hundred") are none. */
const PAST =
  /\b(?:said|says|told|was|were|had|did|ago|last|earlier|began|met|held|took|made|came|went|gave|spoke|wrote|saw|left|fell|rose|sent|led|won|lost|struck|hit|ran|sat|stood|put|set off|(?!(?:scheduled|slated|expected|speed|need|feed|seed|breed|bleed|indeed|proceed|exceed|succeed|hundred|kindred|sacred|naked|wicked|rugged|ragged|crooked)\b)[a-z]{3,}ed)\b/gi;

/** How far (characters) a cue may stand from the mention, inside its clause. */
const REACH = 120;
/** Cues after the mention count for less than cues before it ("as early as Thursday" vs "Thursday, officials said"). */
const AFTER_PENALTY = 1.5;

/** Where a clause stops: a sentence's end or a line break; with `crossWraps`, no soft wrap of hard-wrapped copy (see sentences.ts). */
function stopsAt(text: string, i: number, crossWraps: boolean): boolean {
  const c = text[i];
  if (c === '.' || c === '!' || c === '?') return true;
  return c === '\n' && !(crossWraps && isSoftWrap(text, i));
}

/**
 * The sentence-like stretch of text around a span: cut at sentence ends and line breaks (with `crossWraps`,
 * only those that end a line of prose), at most REACH*2 each side.
 */
export function contextOf(text: string, span: Span, crossWraps = false): Span {
  let start = span.start;
  const lo = Math.max(0, span.start - REACH * 2);
  while (start > lo && !stopsAt(text, start - 1, crossWraps)) start--;
  let end = span.end;
  const hi = Math.min(text.length, span.end + REACH * 2);
  while (end < hi && !stopsAt(text, end, crossWraps)) end++;
  return { start, end };
}

function nearestCue(text: string, ctx: Span, span: Span, re: RegExp): number {
  let best = Infinity;
  const slice = text.slice(ctx.start, ctx.end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const a = ctx.start + m.index;
    const b = a + m[0].length;
    if (b > span.start && a < span.end) continue;
    const d = b <= span.start ? span.start - b : (a - span.end) * AFTER_PENALTY;
    if (d <= REACH && d < best) best = d;
  }
  return best;
}

/** A preposition right before the date that sets its side: deadlines ahead ("by February", "until mid-November", "effective Feb. 1"), "since" behind. */
const DEADLINE_BEFORE = /\b(?:by|until|till|effective|no later than)\s+$/i;
const SINCE_BEFORE = /\bsince\s+$/i;

/** Whether the clause around `span` holds a word that points forward, wherever it stands ("said the weekend summit would ..."). */
export function futureInClause(text: string, span: Span): boolean {
  const ctx = contextOf(text, span);
  FUTURE.lastIndex = 0;
  const found = FUTURE.test(text.slice(ctx.start, ctx.end));
  FUTURE.lastIndex = 0;
  return found;
}

/**
 * Past or future from the nearest tense cue around `span`, or undefined when the clause has none. With
 * `crossWraps` the clause runs on over the soft line breaks of wire copy wrapped at about 70 columns ("they
 * will\nstrike for 24 hours on Monday"); a caller asks so only where the line alone held no cue.
 */
export function directionAt(text: string, span: Span, crossWraps = false): Direction | undefined {
  const before = text.slice(Math.max(0, span.start - 16), span.start);
  if (SINCE_BEFORE.test(before)) return 'past';
  // "had sold it by February": past perfect keeps the deadline in the past ("had agreed to repay it by February" does not).
  if (DEADLINE_BEFORE.test(before) && !/\bhad\b(?![^.!?\n]*\bto\s+[a-z]+)[^.!?\n]{0,60}$/i.test(text.slice(Math.max(0, span.start - 80), span.start))) return 'future';
  const ctx = contextOf(text, span, crossWraps);
  const future = nearestCue(text, ctx, span, FUTURE);
  const past = nearestCue(text, ctx, span, PAST);
  if (future === Infinity && past === Infinity) return undefined;
  return future <= past ? 'future' : 'past';
}
