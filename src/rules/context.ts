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
 * Another speaker's reporting frame at either end of a sentence ("Esper says ...", "..., New Book Says",
 * "..., report says"): its verb tells who speaks now, not whether the mention is current.
 */
const FRAME_VERB = '(?:says?|said|tells?|told|reports?|reported|claims?|claimed|warns?|warned|argues?|argued)';
const LEADING_FRAME = new RegExp(`^[^,;:"“”]{1,60}?\\b${FRAME_VERB}\\s+(?:that\\s+)?`, 'i');
const TRAILING_FRAME = new RegExp(`[,;:]\\s*['"‘’“”]?\\s*[^,;:]{1,60}?\\b${FRAME_VERB}\\W*$`, 'i');
/** Past tense or a modal perfect right after the mention ("... White House Toilets Were", "May Have Worked"). */
const PAST_AFTER = /^['’]?s?\s+(?:[a-z]+ly\s+)?(?:was|were|had|did|(?:may|might|could|must|would|should)\s+have\s+(?:been|[a-z]+(?:ed|en|wn|ne|nt|lt|ght)))\b/i;
/** Past and present forms of the verb right after the mention (`AdministrationFact.verb`): "pledged", "revokes", "to investigate". */
const PAST_VERB = /^(?:was|were|had|did|\w+ed|said|told|sent|put|left|took|made|gave|got|went|came|saw|met|held|began|brought|kept|lost|won|paid|sold|spent|struck|fought|ran|knew|thought)$/i;
const PRESENT_VERB = /^(?:is|are|has|have|will|shall|can|should|must|may|might|(?:(?:expected|set|poised|slated|scheduled) )?to \w+|\w+s|\w+ing)$/i;
/** Where the clause after the mention ends: a clause break or a word opening another clause ("as he sues ..."). */
const CLAUSE_BREAK = /[;:]|\s(?:and|but|as|while|after|before|because|since|though|although|whereas)\s/i;
/** The mention ends its noun phrase (it is not a modifier of a noun after it: "the Trump White House response"). */
const NP_END = /^(?:\s*(?:[,.;:!?)\]"”—–]|$)|\s+(?:and|or|but|to|in|on|at|for|from|with|by|of|over|as|that|which|who|after|before|since|is|are|was|were|has|have|had|will|would|says|said)\b)/i;

/**
 * The sentence presents the mention as acting now, and not in the past: a recent-time word ("on Monday",
 * "today"), a present or speech verb after the mention in its clause ("the Biden administration said"), or
 * one before it where the mention ends its noun phrase ("has backing from the Biden administration").
 * Reporting frames of other speakers are left out first. The tense of the verb right after the mention
 * decides when there is one ("Biden administration revokes ...", "... White House Toilets Were Clogged").
 */
export function presentContext(sentence: string, span: { start: number; end: number }, year: number, verb?: string): boolean {
  if (pastContext(sentence, span.start, year)) return false;
  let from = 0;
  let to = sentence.length;
  const lead = LEADING_FRAME.exec(sentence);
  if (lead && lead[0].length <= span.start) from = lead[0].length;
  const trail = TRAILING_FRAME.exec(sentence);
  if (trail && trail.index >= span.end) to = trail.index;
  const after = sentence.slice(span.end, to);
  // a recent day makes even a past tense current ("The Trump administration announced ... on Monday")
  if (RECENT.test(sentence.slice(from, to))) return true;
  if (PAST_AFTER.test(after)) return false;
  if (verb && PAST_VERB.test(verb)) return false;
  if (verb && PRESENT_VERB.test(verb)) return true;
  const brk = CLAUSE_BREAK.exec(after);
  if (SPEECH_OR_PRESENT.test(brk ? after.slice(0, brk.index) : after)) return true;
  return NP_END.test(after) && SPEECH_OR_PRESENT.test(sentence.slice(from, span.start));
}

/**
 * A single-quoted stretch, as headlines quote ("‘President Trump is wrong’: Pence defends ..."). The quote
 * extractor pairs double marks only; here an opening mark must follow a space or the start and a closing
 * one precede a space, punctuation or the end, so apostrophes inside words ("didn’t") never pair. No digit
 * opens ("the '80s") and a mark after an s with a lower-case word next is a possessive ("the Smiths' singer").
 */
const SINGLE_QUOTED = /(^|[\s(\[{—–:-])[‘'](?=[^\s\d])([^‘\n]*?\S)(?:(?<!s)[’'](?=\s)|[’'](?=$|[.,;:!?)\]}—–-]|\s+\P{Ll}))/gu;

/** The offset lies inside a single-quoted stretch of the sentence: someone else's words, not the writer's. */
export function insideSingleQuotes(sentence: string, offset: number): boolean {
  for (const m of sentence.matchAll(SINGLE_QUOTED)) {
    const open = m.index + m[1].length;
    if (offset > open && offset <= open + m[2].length) return true;
  }
  return false;
}

/** A day named as recent, without "now" or "currently" (which tell of things, "the law is now in effect"). */
const RECENT_DAY = /\b(?:today|tonight|yesterday|this (?:week|morning|afternoon|evening)|last (?:week|night)|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;

/** Present forms that have a person act now when they follow the name ("President Biden says ..."). */
const PRESENT_ACT = /^(?:says|tells|is|are|has|will|can|should|must|may|might|warns|adds|urges|announces|welcomes|insists|argues|claims|posts|writes|tweets|notes|stresses|calls|continues|remains|supports|backs|wants|plans|predicts|signs|visits|meets|vows|pledges|unveils|introduces|nominates|threatens|orders|asks|rejects|hopes|expects|believes|thinks)$/i;

/**
 * The person named just before `end` acts now: the word right after the name (an adverb skipped) is one of
 * a few present forms, or a verb with a recent day in its clause. A past tense, a possessive ("President
 * Biden's final months") or nothing keeps the courtesy of a bare title; the rest of the sentence does not count.
 */
export function actsNow(sentence: string, end: number): boolean {
  const after = sentence.slice(end);
  const next = /^\s+(?:[a-z]+ly\s+)?([A-Za-z]+)\b/.exec(after);
  if (!next) return false;
  if (PRESENT_ACT.test(next[1])) return true;
  // a past tense with a recent day in its clause ("President Joe Biden won applause Friday for ...")
  const clause = after.slice(0, after.search(/[,;:(]|$/));
  return /^[a-z]+$/.test(next[1]) && RECENT_DAY.test(clause);
}

/** The sentence looks ahead to the mention ("once Obama is former president Obama", "would be"). */
export function futureContext(sentence: string, mentionOffset: number): boolean {
  return FUTURE_MARKERS.test(sentence.slice(Math.max(0, mentionOffset - 60), mentionOffset));
}
