// POS-tagged sentences of a document, only for sentences that can hold a name (cheap prefilter), memoised
// per document so that the people and places extractors tag each sentence once.
import type { Document, Span } from '../core/types.js';
import { tag, type Token } from './nlp.js';

export interface TaggedSentence {
  span: Span;
  tokens: Token[];
  /** Most words capitalised: a headline ("Putin Offers Direct Talks") or all-caps line. */
  headline: boolean;
}

const CAPITAL = /\p{Lu}/u;

/**
 * Can the sentence hold a name? A capitalised letter after its first word, or a first word that is not
 * a plain sentence opener (a name can start a sentence: "Putin said ...").
 */
export function mayHoldName(sentence: string): boolean {
  const rest = sentence.replace(/^[\s"'“‘(\[—–-]*\S+/, '');
  if (CAPITAL.test(rest)) return true;
  return /^[\s"'“‘(\[—–-]*\p{Lu}/u.test(sentence);
}

function isHeadline(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  const upper = words.filter((t) => t.text.length > 1 && t.text === t.text.toUpperCase()).length;
  if (upper / words.length >= 0.7) return true;
  // Title Case: capitalised words that are not names ("Offers Direct Talks"), not a list of names
  const caps = words.filter((t) => /^\p{Lu}/u.test(t.text));
  const common = caps.slice(1).filter((t) => t.pos !== 'PROPN').length;
  return words.length >= 4 && caps.length / words.length >= 0.7 && common >= 2;
}

const memo = new WeakMap<Document, { sentences: Span[]; tagged: TaggedSentence[] }>();

/** Tagged sentences of the document (those that may hold a name), in text order. */
export function taggedSentences(doc: Document, sentences: Span[]): TaggedSentence[] {
  const hit = memo.get(doc);
  if (hit && hit.sentences === sentences) return hit.tagged;
  const tagged: TaggedSentence[] = [];
  for (const span of sentences) {
    if (!mayHoldName(doc.text.slice(span.start, span.end))) continue;
    const tokens = tag(doc.text, span);
    tagged.push({ span, tokens, headline: isHeadline(tokens) });
  }
  memo.set(doc, { sentences, tagged });
  return tagged;
}
