// Quotations with their speakers: double-quoted text (straight or curly, across paragraphs, partial or
// whole), the speech verb that attributes it, the speaker linked to a person mention, and the channel.
//
// Decisions: only double quotation marks open a quotation; single quotes count only inside one (quotes
// inside quotes stay part of the outer quotation and are not reported on their own). A short quote
// embedded in the writer's sentence, scare quotes around one word ("ultimatums") included, is reported
// with `partial: true` and gets a speaker only when a speech verb in its sentence names one. An
// unterminated quotation is cut at the end of its paragraph (`unterminated: true`).
import type { Document, Span } from '../core/types.js';
import { findMarkedQuotes, paragraphs, type MarkedQuote, type Paragraph } from './quote-marks.js';
import { findChannel } from './quote-cues.js';
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

/** A whole quotation: it opens its sentence (or follows "he said:" / "he said,") and reads as a sentence. */
function isWhole(ctx: Context, q: MarkedQuote, content: Span, before: string, after: string, attributedAfter: boolean): boolean {
  if (q.continued) return true;
  if (!/^[\p{Lu}\p{N}'‘"“…([]/u.test(ctx.text.slice(content.start, content.start + 1))) return false;
  const lead = before.replace(/[\s\u2014\u2013-]+$/, '');
  const opens = lead === '' || /[:]$/.test(lead) || (/,$/.test(lead) && clauseBefore(lead, Math.max(0, lead.length - 60), lead.length) !== undefined);
  if (!opens) return false;
  // "“Rigged” elections are a myth": a quoted word inside the writer's sentence.
  const inner = ctx.text.slice(content.start, content.end);
  const rest = after.trim();
  return attributedAfter || rest === '' || /[.!?,…:;—–-]$/.test(inner) || /^[.!?,;:—–-]/.test(rest) || inner.split(/\s+/).length > 4;
}

function attribute(ctx: Context, q: MarkedQuote, prevEnd: number, nextOpen: number): { found: Found; whole: boolean; content: Span } {
  const { text } = ctx;
  const content = contentSpan(text, q);
  const openSentence = sentenceBounds(ctx, q.open);
  const beforeFrom = Math.max(openSentence.start, prevEnd, q.open - WINDOW);
  const endSentence = sentenceBounds(ctx, Math.max(q.open, q.end - 1));
  const afterTo = Math.max(q.end, Math.min(endSentence.end, nextOpen, q.end + WINDOW));
  const before = text.slice(beforeFrom, q.open);
  const after = text.slice(q.end, afterTo);

  const found: Found = {};
  const fromAfter = q.close >= 0 ? clauseAfter(text, q.end, afterTo) : undefined;
  const fromBefore = fromAfter ? undefined : clauseBefore(text, beforeFrom, q.open);
  if (fromAfter) {
    found.cue = fromAfter.cueText;
    found.speaker = toSpeaker(ctx, fromAfter);
    found.channel = findChannel(text.slice(fromAfter.cue.start, afterTo));
  } else if (fromBefore) {
    found.cue = fromBefore.cueText;
    if (fromBefore.participle) {
      // "…, saying “…”": the subject of the sentence speaks.
      const subject = sentenceSubject(text, openSentence.start, q.open);
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
  const r = clauseBefore(ctx.text, from, prev.end);
  if (!r) return undefined;
  const speaker = r.participle ? undefined : toSpeaker(ctx, r);
  return { cue: r.cueText, ...(speaker ? { speaker } : {}), ...(findChannel(ctx.text.slice(from, prev.end)) ? { channel: findChannel(ctx.text.slice(from, prev.end)) } : {}) };
}

/** Whether a person mention stands as the subject of its sentence (opens it, or a speech verb follows). */
function subjectTest(text: string, sentences: readonly Span[]): (p: PersonFact) => boolean {
  return (p) => {
    const i = spanAt(sentences, p.span.start);
    const s = i >= 0 ? sentences[i] : undefined;
    const lead = s ? text.slice(s.start, p.span.start) : '';
    if (s && lead.length <= 40 && !/[,;]/.test(lead) && !/\b(?:to|with|of|for|by|about|and)\s*$/i.test(lead)) return true;
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
  const ctx: Context = { text, sentences, paras, resolver: new SpeakerResolver(text, mentions, subjectTest(text, sentences)) };
  const out: QuoteFact[] = [];
  let prev: { quote: QuoteFact; endParagraph: number } | undefined;
  for (let i = 0; i < marked.length; i++) {
    const q = marked[i];
    const prevEnd = i > 0 ? marked[i - 1].end : 0;
    const nextOpen = i + 1 < marked.length ? marked[i + 1].open : text.length;
    const { found, whole, content } = attribute(ctx, q, prevEnd, nextOpen);
    if (content.end <= content.start) continue;
    let result = found;
    if (!result.cue && whole) {
      const lead = leadInParagraph(ctx, q);
      if (lead) result = lead;
      else if (prev?.quote.speaker && !prev.quote.partial && prev.endParagraph >= q.paragraph - 1) {
        // A run of quotations: one with no verb of its own continues the previous speaker.
        result = { speaker: prev.quote.speaker, ...(prev.quote.cue ? { cue: prev.quote.cue } : {}), ...(prev.quote.channel ? { channel: prev.quote.channel } : {}) };
      }
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
    prev = { quote: fact, endParagraph: q.endParagraph };
  }
  return out;
}
