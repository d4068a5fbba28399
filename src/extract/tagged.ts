// Tokenised sentences of a document, only for sentences that can hold a name (cheap prefilter), memoised
// per document so that the people and places extractors tokenise each sentence once. POS tags come from
// wink only when a rule of name analysis asks for one (an ambiguous sentence opener, a headline): most
// sentences never reach the NLP pipeline.
import type { Document, Span } from '../core/types.js';
import { tag, type Token } from './nlp.js';
import { startsLetter, startsUpper } from './initial-case.js';
import { tokenize } from './tokens.js';

export interface TaggedSentence {
  span: Span;
  tokens: Token[];
  /** Most words capitalised: a headline ("Putin Offers Direct Talks") or all-caps line. */
  headline: boolean;
  /** wink's POS tag of token i (tags the sentence on first call). */
  pos(i: number): string;
}

/** A capital letter from lastIndex on. */
const CAPITAL = /\p{Lu}/gu;
const FIRST_WORD = /^[\s"'“‘(\[—–-]*\S+/;

/**
 * Can the sentence hold a name? A capitalised letter after its first word, or a first word that is not
 * a plain sentence opener (a name can start a sentence: "Putin said ...").
 */
export function mayHoldName(sentence: string): boolean {
  // Searched from the end of the first word on, not in a copy of the rest (\S+ never ends inside a surrogate pair).
  CAPITAL.lastIndex = FIRST_WORD.exec(sentence)?.[0].length ?? 0;
  if (CAPITAL.test(sentence)) return true;
  return /^[\s"'“‘(\[—–-]*\p{Lu}/u.test(sentence);
}

/** All letters of the word are capitals (the text equals its upper case), for words of plain ASCII letters without a copy. */
function allCaps(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x80) return text === text.toUpperCase();
  }
  return true;
}

/** POS tags of our tokens from wink's tokens of the same sentence, matched by start offset. */
function winkTags(text: string, span: Span, tokens: Token[]): string[] {
  const wink = tag(text, span);
  const out: string[] = [];
  let w = 0;
  for (const t of tokens) {
    while (w < wink.length - 1 && wink[w].end <= t.start) w++;
    const hit = wink[w];
    out.push(hit && hit.start <= t.start && t.start < hit.end ? hit.pos : t.pos);
  }
  return out;
}

/** A Title Case line longer than this many words is not taken for a headline (and costs no tagging). */
const HEADLINE_MAX_WORDS = 40;
/** Tokens tagged when only the sentence opening needs tags: enough context for wink's tagger. */
const PREFIX_TOKENS = 24;

function isHeadline(tokens: Token[], pos: (i: number) => string, commonWord?: (w: string) => boolean): boolean {
  let words = 0;
  let upper = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!startsLetter(t.text)) continue;
    words++;
    if (t.text.length > 1 && allCaps(t.text)) upper++;
    if (startsUpper(t.text)) caps++;
  }
  if (words < 3) return false;
  if (upper / words >= 0.7) return true;
  if (words < 4 || words > HEADLINE_MAX_WORDS || caps / words < 0.7) return false;
  // Title Case: capitalised words that are not names ("Offers Direct Talks"), not a list of names
  let common = 0;
  let first = true;
  tokens.forEach((t, i) => {
    if (!startsUpper(t.text)) return;
    if (!first && (commonWord ? commonWord(t.text) : pos(i) !== 'PROPN')) common++;
    first = false;
  });
  return common >= 2;
}

function sentence(text: string, span: Span, commonWord?: (w: string) => boolean): TaggedSentence {
  const tokens = tokenize(text, span.start, span.end);
  let tags: string[] | undefined;
  let prefix: string[] | undefined;
  // Tags near the opening (what name analysis asks most) always come from tagging the opening alone,
  // whatever was asked first, so that a token never gets two different tags.
  const pos = (i: number) => {
    if (i < PREFIX_TOKENS / 2 && tokens.length > PREFIX_TOKENS) {
      const head = tokens.slice(0, PREFIX_TOKENS);
      prefix ??= winkTags(text, { start: span.start, end: head[head.length - 1].end }, head);
      return prefix[i] ?? 'X';
    }
    tags ??= winkTags(text, span, tokens);
    return tags[i] ?? 'X';
  };
  return { span, tokens, headline: isHeadline(tokens, pos, commonWord), pos };
}

/** The last document's sentences (not a WeakMap by document: see the memo of names.ts). */
let memo: { doc: Document; sentences: Span[]; tagged: TaggedSentence[] } | undefined;

/**
 * Tokenised sentences of the document (those that may hold a name), in text order. `commonWord` tells a
 * capitalised common word ("Offers") from a name for headline detection without tagging; without it, wink's
 * POS tags decide.
 */
export function taggedSentences(doc: Document, sentences: Span[], commonWord?: (w: string) => boolean): TaggedSentence[] {
  if (memo && memo.doc === doc && memo.sentences === sentences) return memo.tagged;
  const tagged: TaggedSentence[] = [];
  for (const span of sentences) {
    if (!mayHoldName(doc.text.slice(span.start, span.end))) continue;
    tagged.push(sentence(doc.text, span, commonWord));
  }
  memo = { doc, sentences, tagged };
  return tagged;
}
