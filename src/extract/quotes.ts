// Quotations with their speakers: double-quoted text (straight or curly, across paragraphs, partial or
// whole), the speech verb that attributes it, the speaker linked to a person mention, and the channel.
//
// Decisions: only double quotation marks open a quotation; single quotes count only inside one (quotes
// inside quotes stay part of the outer quotation and are not reported on their own). A short quote
// embedded in the writer's sentence, scare quotes around one word ("ultimatums") included, is reported
// with `partial: true` and gets a speaker only when a speech verb in its sentence names one. An
// unterminated quotation is cut at the end of its paragraph (`unterminated: true`).
import type { Document, Span } from '../core/types.js';
import { keepShape } from '../core/keep-shape.js';
import { findMarkedQuotes, paragraphs, type MarkedQuote, type Paragraph } from './quote-marks.js';
import { findChannel, tokenize, tokenizeMasked } from './quote-cues.js';
import { clauseAfter, clauseBefore, Mentions, sentenceSubject, SpeakerResolver, type ClauseResult, type Speaker } from './quote-speaker.js';
import type { PersonFact, QuoteFact } from './types.js';

/** How far (characters) attribution is looked for around a quote. */
const WINDOW = 300;

/** Index of the span containing offset (or the last one starting before it), by binary search. */
function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The quoted content inside the marks, trimmed of white space and the comma that news style puts inside. */
function contentSpan(text: string, q: MarkedQuote): Span {
  let start = q.open + 1;
  let end = q.close >= 0 ? q.close : q.end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return { start, end };
}

interface Context {
  text: string;
  sentences: readonly Span[];
  paras: Paragraph[];
  resolver: SpeakerResolver;
}

/** The sentence around offset, falling back to the paragraph when the sentence list does not cover it. */
function sentenceBounds(ctx: Context, offset: number): Span {
  const i = spanAt(ctx.sentences, offset);
  if (i >= 0 && ctx.sentences[i].end >= offset) return ctx.sentences[i];
  const p = ctx.paras[Math.max(0, spanAt(ctx.paras, offset))];
  return p ?? { start: 0, end: ctx.text.length };
}

function toSpeaker(ctx: Context, r: ClauseResult): Speaker | undefined {
  return r.subject && r.subject.length > 0 ? ctx.resolver.fromPhrase(r.subject, r.last) : undefined;
}

interface Found {
  speaker?: Speaker;
  cue?: string;
  channel?: string;
}

/**
 * `text` without trailing spaces and dashes. A loop from the end: the regular expression /[\s—–-]+$/ tried
 * every start position, a cost of the whole string per quotation (slow on a storm of quotation marks).
 */
function trimDashesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s\u2014\u2013-]/.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/** A whole quotation: it opens its sentence (or follows "he said:" / "he said,") and reads as a sentence. */
function isWhole(ctx: Context, q: MarkedQuote, content: Span, before: string, after: string, attributedAfter: boolean): boolean {
  if (q.continued) return true;
  if (!/^[\p{Lu}\p{N}'‘"“…([]/u.test(ctx.text.slice(content.start, content.start + 1))) return false;
  const lead = trimDashesEnd(before);
  const opens = lead === '' || /[:]$/.test(lead) || (/,$/.test(lead) && clauseBefore(tokenize(lead, Math.max(0, lead.length - 60), lead.length)) !== undefined);
  if (!opens) return false;
  // "“Rigged” elections are a myth": a quoted word inside the writer's sentence.
  const inner = ctx.text.slice(content.start, content.end);
  const rest = after.trim();
  return attributedAfter || rest === '' || /[.!?,…:;—–-]$/.test(inner) || /^[.!?,;:—–-]/.test(rest) || inner.split(/\s+/).length > 4;
}

/** How many earlier quotations a look-back window may hold; past that it starts at the oldest kept. */
const MAX_EARLIER = 6;

/** Tokens of [from, quotation i) with earlier quotations masked (at most MAX_EARLIER of them). */
function tokensBefore(text: string, marked: MarkedQuote[], i: number, from: number) {
  const masks: Span[] = [];
  for (let k = i - 1; k >= 0 && marked[k].end > from; k--) {
    if (masks.length === MAX_EARLIER) {
      from = masks[0].start;
      break;
    }
    masks.unshift({ start: marked[k].open, end: marked[k].end });
  }
  return tokenizeMasked(text, from, marked[i].open, masks);
}

/** "PENCE: Well, look, …": a transcript speaker label opening the quotation. */
const TRANSCRIPT_LABEL = /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s/;

function attribute(ctx: Context, marked: MarkedQuote[], i: number): { found: Found; whole: boolean; content: Span } {
  const { text } = ctx;
  const q = marked[i];
  const nextOpen = i + 1 < marked.length ? marked[i + 1].open : text.length;
  const content = contentSpan(text, q);
  const openSentence = sentenceBounds(ctx, q.open);
  const beforeFrom = Math.max(openSentence.start, q.open - WINDOW);
  const beforeTokens = tokensBefore(text, marked, i, beforeFrom);
  // The clause after the quote, to the paragraph end at most: it may lie in the next "sentence" of the splitter
  // when the quote ends with ?, ! or a full stop, or after "(D-Wis.)"; clauseAfter reads only one clause of it.
  const para = ctx.paras[q.endParagraph];
  const afterTo = Math.max(q.end, Math.min(para ? para.end : text.length, nextOpen, q.end + WINDOW));
  const before = text.slice(beforeFrom, q.open);
  const after = text.slice(q.end, afterTo);

  const found: Found = {};
  const label = TRANSCRIPT_LABEL.exec(text.slice(content.start, content.start + 40));
  const fromAfter = q.close >= 0 && !label ? clauseAfter(tokenize(text, q.end, afterTo)) : undefined;
  const fromBefore = fromAfter || label ? undefined : clauseBefore(beforeTokens);
  if (label) {
    found.speaker = ctx.resolver.fromPhrase(tokenize(text, content.start, content.start + label[1].length), false);
  } else if (fromAfter) {
    if (fromAfter.cueText) found.cue = fromAfter.cueText;
    found.speaker = toSpeaker(ctx, fromAfter);
    found.channel = findChannel(text.slice(fromAfter.cue.start, afterTo));
  } else if (fromBefore) {
    found.cue = fromBefore.cueText;
    if (fromBefore.participle) {
      // "…, saying “…”": the subject of the sentence speaks.
      const subject = sentenceSubject(tokensBefore(text, marked, i, beforeFrom));
      if (subject) found.speaker = ctx.resolver.fromPhrase(subject, false);
    } else found.speaker = toSpeaker(ctx, fromBefore);
    found.channel = findChannel(before) ?? findChannel(after);
  }
  return { found, whole: isWhole(ctx, q, content, before, after, fromAfter !== undefined), content };
}

/** "Putin said:" closing the previous paragraph introduces a quotation that opens the next one. */
function leadInParagraph(ctx: Context, q: MarkedQuote): Found | undefined {
  const para = ctx.paras[q.paragraph];
  if (!para || para.start !== q.open || q.paragraph === 0) return undefined;
  const prev = ctx.paras[q.paragraph - 1];
  if (!/:\s*$/.test(ctx.text.slice(prev.start, prev.end))) return undefined;
  const sentence = sentenceBounds(ctx, prev.end - 1);
  const from = Math.max(prev.start, sentence.start, prev.end - WINDOW);
  const r = clauseBefore(tokenize(ctx.text, from, prev.end));
  if (!r) return undefined;
  const speaker = r.participle ? undefined : toSpeaker(ctx, r);
  return { cue: r.cueText, ...(speaker ? { speaker } : {}), ...(findChannel(ctx.text.slice(from, prev.end)) ? { channel: findChannel(ctx.text.slice(from, prev.end)) } : {}) };
}

/** The subject opening the sentence of quotation i, when it is a person or a pronoun. */
function sentenceSpeaker(ctx: Context, marked: MarkedQuote[], i: number): Speaker | undefined {
  const q = marked[i];
  const sentence = sentenceBounds(ctx, q.open);
  if (q.open - sentence.start > WINDOW) return undefined;
  const subject = sentenceSubject(tokensBefore(ctx.text, marked, i, sentence.start));
  return subject ? ctx.resolver.fromPhrase(subject, false) : undefined;
}

/** Whether a person mention stands as the subject of its sentence (opens it, or a speech verb follows). */
function subjectTest(text: string, sentences: readonly Span[], mentions: Mentions): (p: PersonFact) => boolean {
  return (p) => {
    const i = spanAt(sentences, p.span.start);
    const s = i >= 0 ? sentences[i] : undefined;
    const lead = s && p.span.start - s.start <= 40 ? text.slice(s.start, p.span.start) : undefined;
    if (lead !== undefined && s && mentions.inside(s.start, p.span.start).every((o) => o.entity === p.entity) && !/[,;]/.test(lead) && !/\b(?:to|with|of|for|by|about|and)\s*$/i.test(lead)) return true;
    return /^(?:,[^,]{0,60},)?\s+(?:\w+ly\s+)?(?:has |had |have |also |on \w+ )?(?:said|says|told|tells|stated|declared|wrote|added|warned|posted|tweeted|announced)\b/.test(text.slice(p.span.end, p.span.end + 100));
  };
}

/** All quotations of the document with their speakers, in text order. Linear in the text length. */
export function extractQuotes(doc: Document, sentences: Span[], people: PersonFact[]): QuoteFact[] {
  const text = doc.text;
  if (!/["\u201C\u201D\u201E]/.test(text)) return [];
  const paras = paragraphs(text);
  const marked = findMarkedQuotes(text, paras);
  const mentions = new Mentions(people);
  const ctx: Context = { text, sentences, paras, resolver: new SpeakerResolver(text, mentions, subjectTest(text, sentences, mentions)) };
  keepShape('quote context', ctx);
  const out: QuoteFact[] = [];
  let prev: { quote: QuoteFact; endParagraph: number } | undefined;
  for (let i = 0; i < marked.length; i++) {
    const q = marked[i];
    const { found, whole, content } = attribute(ctx, marked, i);
    if (content.end <= content.start) continue;
    let result = found;
    if (!result.speaker && !result.cue && whole) {
      const lead = leadInParagraph(ctx, q);
      if (lead) result = lead;
      else if (prev?.quote.speaker && prev.endParagraph >= q.paragraph - 1) {
        // A run of quotations: one with no verb of its own continues the previous speaker.
        result = { speaker: prev.quote.speaker, ...(prev.quote.cue ? { cue: prev.quote.cue } : {}), ...(prev.quote.channel ? { channel: prev.quote.channel } : {}) };
      }
    }
    if (!result.speaker && !result.cue && !whole) {
      // A partial quote with no speech verb: the subject of its sentence used the words ("Putin rejected “ultimatums”").
      const speaker = sentenceSpeaker(ctx, marked, i);
      if (speaker) result = { speaker };
    }
    const fact: QuoteFact = {
      kind: 'quote',
      span: content,
      text: text.slice(content.start, content.end),
      outer: { start: q.open, end: q.end },
      partial: !whole,
      ...(result.speaker ? { speaker: result.speaker } : {}),
      ...(result.cue ? { cue: result.cue } : {}),
      ...(result.channel ? { channel: result.channel } : {}),
      ...(q.close < 0 ? { unterminated: true } : {}),
    };
    out.push(fact);
    if (fact.speaker) prev = { quote: fact, endParagraph: q.endParagraph };
  }
  return out;
}
