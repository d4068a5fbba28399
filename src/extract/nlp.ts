// The project's one wink-nlp adapter: sentence spans and POS-tagged tokens with exact character offsets,
// independent of what the process read before.
//
// Why a patch is needed. wink keeps one token cache per instance: every out-of-vocabulary (OOV) token it
// meets is added to the model's lexeme hash, and its tokenizer asks that same hash "is this a known
// lexeme?" (`cache.lookup`, used by `isLexeme` and `addTokenIfInCache`) before splitting a word on
// periods, hyphens and apostrophes. So once "Inc's" (or "U.S.-led", "Zelenskiy's") has been seen whole,
// later texts keep it whole, while a fresh process splits it: tokens, and so POS tags, depend on what
// was read earlier. We hide learned OOV entries from the tokenizer's lookups (they still serve the
// feature extractors, which expect them), so every text is tokenised as by a fresh instance.
import { createRequire } from 'node:module';
import type { ItsFunction, Model, WinkMethods } from 'wink-nlp';
import type { Span } from '../core/types.js';
import { stripDiacritics } from '../know/normalize.js';

export interface Token {
  start: number;
  end: number;
  /** The original text of the token (not the folded text wink saw). */
  text: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT ...). */
  pos: string;
  /** Word shape ("Xxxxx", "dddd"). */
  shape?: string;
  /** Lower-cased folded words of the text, filled in by the role matcher on first use. */
  words?: string[];
}

/** The slice of wink's cache we reach into: see the header comment. */
interface WinkCache {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}

type FeatureFns = Record<string, (text: string, category: number, cache: WinkCache) => unknown>;

interface Engine {
  nlp: WinkMethods;
  its: WinkMethods['its'];
}

let engine: Engine | undefined;

/** Builds the wink instance once per process and makes its tokenizer forget learned OOV tokens. */
// wink and its model are loaded on first use, not at import: most runs tag few sentences or none, and
// reading the model is a good part of start-up.
const require = createRequire(import.meta.url);

function load(): Engine {
  if (engine) return engine;
  const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
  const model = require('wink-eng-lite-web-model') as unknown;
  const base = model as Model & { featureFn: (config: unknown) => FeatureFns };
  let cache: WinkCache | undefined;
  let inFeature = 0;
  // wink hands its cache to the model's feature functions: wrap them to reach it, and to know when a
  // lookup comes from a feature extractor (which needs learned OOV entries) rather than the tokenizer.
  const featureFn = (config: unknown): FeatureFns => {
    const fns = base.featureFn(config);
    const wrapped: FeatureFns = {};
    for (const [name, fn] of Object.entries(fns)) {
      wrapped[name] = (text, category, c) => {
        cache ??= c;
        inFeature++;
        try {
          return fn(text, category, c);
        } finally {
          inFeature--;
        }
      };
    }
    return wrapped;
  };
  const nlp = winkNLP({ ...base, featureFn } as unknown as Model, ['sbd', 'pos']);
  nlp.readDoc('Qxzqv'); // an OOV word: makes wink pass its cache to a feature function
  if (!cache) throw new Error('wink-nlp: could not reach the token cache (wink-nlp internals changed?)');
  const c = cache;
  const lookup = c.lookup.bind(c);
  const intrinsic = c.intrinsicSize();
  c.lookup = (text: string) => {
    const hit = lookup(text);
    if (inFeature > 0 || !hit || hit.length !== 1 || hit[0] < intrinsic) return hit;
    return null; // a learned OOV token: unknown, as in a fresh instance
  };
  engine = { nlp, its: nlp.its };
  return engine;
}

/**
 * Folds letters outside Latin-1 one code unit for one ("Erdoğan" -> "Erdogan", "Łukasz" -> "Lukasz"),
 * so wink does not split words on them and offsets stay valid. Letters without a Latin form become "x".
 */
export function foldForWink(text: string): string {
  if (!/[^\u0000-\u00ff]/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code <= 0xff || !/\p{L}/u.test(ch)) {
      out += ch;
      continue;
    }
    const folded = stripDiacritics(ch);
    const one = folded.length >= 1 && folded.charCodeAt(0) <= 0xff ? folded[0] : 'x';
    out += ch.length === 2 ? one + 'x' : one;
  }
  return out;
}

/** Character offsets of wink's tokens in `folded`, from their values and preceding spaces. */
function locate(folded: string, values: string[], spaces: string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    const v = values[i];
    let s = at;
    if (folded.startsWith(v, at)) s = at;
    else {
      // Defensive: wink normalised something; find the value nearby or take one character.
      const j = folded.indexOf(v, at);
      s = j >= 0 && j - at < 8 ? j : at;
    }
    const e = folded.startsWith(v, s) ? s + v.length : Math.min(folded.length, s + Math.max(1, v.length));
    out.push([s, e]);
    at = e;
  }
  return out;
}

interface Analysis {
  tokens: Token[];
  /** Sentences as [first token, last token] indexes. */
  sentenceTokens: Array<[number, number]>;
}

function analyse(text: string, offset: number): Analysis {
  const { nlp, its } = load();
  const folded = foldForWink(text);
  const doc = nlp.readDoc(folded);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const shapes = tokens.out(its.shape as ItsFunction<string>) as string[];
  const where = locate(folded, values, spaces);
  const out: Token[] = where.map(([s, e], i) => ({
    start: offset + s,
    end: offset + e,
    text: text.slice(s, e),
    pos: pos[i],
    shape: shapes[i],
  }));
  const sentenceTokens = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { tokens: out, sentenceTokens };
}

/** Sentence spans (character offsets into `text`) as wink's sentence splitter sees them. */
export function sentences(text: string): Span[] {
  const { tokens, sentenceTokens } = analyse(text, 0);
  return sentenceTokens
    .filter(([a, b]) => a <= b && b < tokens.length)
    .map(([a, b]) => ({ start: tokens[a].start, end: tokens[b].end }));
}

/** POS-tagged tokens of `text` (or of the part `span` covers), with offsets into `text`. */
export function tag(text: string, span?: Span): Token[] {
  if (!span) return analyse(text, 0).tokens;
  return analyse(text.slice(span.start, span.end), span.start).tokens;
}
