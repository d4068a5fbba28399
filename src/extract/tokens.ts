// A fast word tokenizer for name and title matching: words, abbreviations ("U.S.", "Mr."), numbers and
// punctuation with exact offsets. Names need no POS tags for most sentences, so wink runs only where a
// tag decides something (see tagged.ts); this keeps the NLP off most of the text.
import { classOf, inClass, IS_DIGIT, IS_LETTER, IS_SPACE, IS_WORD } from './char-class.js';
import type { Token } from './nlp.js';

/** Words that keep their period ("Mr.", "Gen.", "Inc.", "Jan."): a period after them does not end a word. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms messrs dr st jr sr gen gens sen sens rep reps gov govs col lt sgt capt cmdr adm maj rev prof hon pres supt ' +
    'inc corp co ltd bros mt ft no nos vs jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** Endings split off a word at an apostrophe: possessive "'s" and contractions ("don't" -> "do", "n't"). */
const CONTRACTION = /^(?:s|re|ve|ll|d|m)$/i;

/** Lower-case prefixes that make one word with what follows their hyphen. */
const PREFIXES = new Set('pre post anti pro non mid neo ultra multi inter intra trans sub super co re semi counter self'.split(' '));

/** Characters inside a figure when a digit follows: "5.5", "1,000", "02:41", "5/12", "1996-08-31". */
const NUMBER_JOINERS = '.,:/-';

const isLetterAt = (text: string, i: number) => inClass(text, i, IS_LETTER);
const isWordAt = (text: string, i: number) => inClass(text, i, IS_WORD);
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;

/** "F." in "John F. Kennedy": one capital letter, a period, then a capitalised word. */
function isInitial(text: string, i: number, k: number, end: number): boolean {
  if (k !== i + 1 || !/\p{Lu}/u.test(text[i])) return false;
  const after = /^\s+(\p{Lu})/u.exec(text.slice(k + 1, Math.min(end, k + 6)));
  return !!after;
}

/** The end of an abbreviation with inner periods starting at i ("U.S.", "p.m.", "J.P."), or -1. */
function dottedEnd(text: string, i: number, limit: number): number {
  let k = i;
  let dots = 0;
  while (k + 1 < limit && isLetterAt(text, k) && text.charCodeAt(k + 1) === 0x2e) {
    k += 2;
    dots++;
    if (!isLetterAt(text, k)) break;
  }
  if (dots >= 2 || (dots === 1 && k > i + 2)) return k;
  // "U.S" without its last period ("in U.S ." in tokenised text)
  return dots >= 1 && isLetterAt(text, k) && !isLetterAt(text, k + 1) ? k + 1 : -1;
}

/** Tokens of text[start, end), with offsets into `text`; `pos` is a coarse guess (PART, PUNCT, NUM, X). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  // `words` declared up front (filled in later by the role matcher): every token keeps one object shape.
  const push = (s: number, e: number, pos: string) => out.push({ start: s, end: e, text: text.slice(s, e), pos, words: undefined });
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls & IS_SPACE) {
      // a line break is a token (as in wink): names and titles do not run across it
      let k = i;
      let nl = -1;
      while (k < end && inClass(text, k, IS_SPACE)) {
        if (nl < 0 && text.charCodeAt(k) === 0x0a) nl = k;
        k++;
      }
      if (nl >= 0) push(nl, nl + 1, 'SPACE');
      i = k;
      continue;
    }
    if (cls & IS_LETTER) {
      const dotted = dottedEnd(text, i, end);
      if (dotted > 0) {
        push(i, dotted, 'X');
        i = dotted;
        continue;
      }
      let k = i + 1;
      while (k < end && isWordAt(text, k)) k++;
      // "O'Brien", "N'Djamena" stay whole; "Trump's", "don't", "they're" are split
      while (k + 1 < end && isApostrophe(text.charCodeAt(k)) && isLetterAt(text, k + 1)) {
        let m = k + 1;
        while (m < end && isWordAt(text, m)) m++;
        const rest = text.slice(k + 1, m);
        if (CONTRACTION.test(rest)) break;
        if ((rest === 't' || rest === 'T') && (text[k - 1] === 'n' || text[k - 1] === 'N')) {
          push(i, k - 1, 'X');
          push(k - 1, m, 'PART');
          i = m;
          k = -1;
          break;
        }
        k = m;
      }
      if (k < 0) continue;
      // "pre-Castro", "anti-Trump", "pro-Russian": one word, as wink reads it, not a name after a hyphen
      while (k + 1 < end && isHyphen(text.charCodeAt(k)) && isLetterAt(text, k + 1) && PREFIXES.has(text.slice(i, k).toLowerCase())) {
        k += 2;
        while (k < end && isWordAt(text, k)) k++;
      }
      if (text.charCodeAt(k) === 0x2e && (ABBREVIATIONS.has(text.slice(i, k).toLowerCase()) || isInitial(text, i, k, end))) k++;
      push(i, k, 'X');
      i = k;
      // possessive or contraction right after the word
      if (i + 1 < end && isApostrophe(text.charCodeAt(i)) && isLetterAt(text, i + 1)) {
        let m = i + 1;
        while (m < end && isWordAt(text, m)) m++;
        const rest = text.slice(i + 1, m);
        if (CONTRACTION.test(rest)) {
          push(i, m, rest === 's' || rest === 'S' ? 'PART' : 'X');
          i = m;
        }
      } else if (i < end && isApostrophe(text.charCodeAt(i)) && (text[i - 1] === 's' || text[i - 1] === 'S') && !isLetterAt(text, i + 1)) {
        // "Jones' friend": a bare apostrophe after a final s
        push(i, i + 1, 'PART');
        i++;
      }
      continue;
    }
    if (cls & IS_DIGIT) {
      let k = i + 1;
      while (k < end && (inClass(text, k, IS_DIGIT) || (NUMBER_JOINERS.includes(text[k]) && inClass(text, k + 1, IS_DIGIT)))) k++;
      // "15th", "1990s", "3rd"
      while (k < end && isLetterAt(text, k) && k - i < 12) k++;
      push(i, k, 'NUM');
      i = k;
      continue;
    }
    // "'s" written apart from its word ("Clinton 's", as in tokenised corpora)
    if (isApostrophe(code) && isLetterAt(text, i + 1) && i > start && inClass(text, i - 1, IS_SPACE)) {
      let m = i + 1;
      while (m < end && isWordAt(text, m)) m++;
      const rest = text.slice(i + 1, m);
      if (CONTRACTION.test(rest)) {
        push(i, m, rest === 's' || rest === 'S' ? 'PART' : 'X');
        i = m;
        continue;
      }
    }
    // punctuation: a run of one repeated character ("--", "...") is one token; a surrogate pair stays whole
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      push(i, i + 2, 'PUNCT');
      i += 2;
      continue;
    }
    let k = i + 1;
    while (k < end && text.charCodeAt(k) === code && k - i < 8) k++;
    push(i, k, 'PUNCT');
    i = k;
  }
  return out;
}
