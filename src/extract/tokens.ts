// A fast word tokenizer for name and title matching: words, abbreviations ("U.S.", "Mr."), numbers and
// punctuation with exact offsets. Names need no POS tags for most sentences, so wink runs only where a
// tag decides something (see tagged.ts); this keeps the NLP off most of the text.
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
const HYPHENS = /[-‐‑]/;

const LETTER = /[\p{L}\p{M}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;
const APOSTROPHE = /['’]/;

function isLetter(ch: string | undefined): boolean {
  return !!ch && LETTER.test(ch);
}

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
  while (k + 1 < limit && isLetter(text[k]) && text[k + 1] === '.') {
    k += 2;
    dots++;
    if (!isLetter(text[k])) break;
  }
  if (dots >= 2 || (dots === 1 && k > i + 2)) return k;
  // "U.S" without its last period ("in U.S ." in tokenised text)
  return dots >= 1 && isLetter(text[k]) && !isLetter(text[k + 1]) ? k + 1 : -1;
}

/** Tokens of text[start, end), with offsets into `text`; `pos` is a coarse guess (PART, PUNCT, NUM, X). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const push = (s: number, e: number, pos: string) => out.push({ start: s, end: e, text: text.slice(s, e), pos });
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (SPACE.test(ch)) {
      // a line break is a token (as in wink): names and titles do not run across it
      let k = i;
      let nl = -1;
      while (k < end && SPACE.test(text[k])) {
        if (nl < 0 && text[k] === '\n') nl = k;
        k++;
      }
      if (nl >= 0) push(nl, nl + 1, 'SPACE');
      i = k;
      continue;
    }
    if (isLetter(ch)) {
      const dotted = dottedEnd(text, i, end);
      if (dotted > 0) {
        push(i, dotted, 'X');
        i = dotted;
        continue;
      }
      let k = i + 1;
      while (k < end && WORD_CHAR.test(text[k])) k++;
      // "O'Brien", "N'Djamena" stay whole; "Trump's", "don't", "they're" are split
      while (k + 1 < end && APOSTROPHE.test(text[k]) && isLetter(text[k + 1])) {
        let m = k + 1;
        while (m < end && WORD_CHAR.test(text[m])) m++;
        const rest = text.slice(k + 1, m);
        if (CONTRACTION.test(rest)) break;
        if (/^t$/i.test(rest) && /n$/i.test(text.slice(i, k))) {
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
      while (k + 1 < end && HYPHENS.test(text[k]) && isLetter(text[k + 1]) && PREFIXES.has(text.slice(i, k).toLowerCase())) {
        k += 2;
        while (k < end && WORD_CHAR.test(text[k])) k++;
      }
      if (text[k] === '.' && (ABBREVIATIONS.has(text.slice(i, k).toLowerCase()) || isInitial(text, i, k, end))) k++;
      push(i, k, 'X');
      i = k;
      // possessive or contraction right after the word
      if (i + 1 < end && APOSTROPHE.test(text[i]) && isLetter(text[i + 1])) {
        let m = i + 1;
        while (m < end && WORD_CHAR.test(text[m])) m++;
        if (CONTRACTION.test(text.slice(i + 1, m))) {
          push(i, m, /^s$/i.test(text.slice(i + 1, m)) ? 'PART' : 'X');
          i = m;
        }
      } else if (i < end && APOSTROPHE.test(text[i]) && /s$/i.test(text[i - 1]) && !isLetter(text[i + 1])) {
        // "Jones' friend": a bare apostrophe after a final s
        push(i, i + 1, 'PART');
        i++;
      }
      continue;
    }
    if (/\p{N}/u.test(ch)) {
      let k = i + 1;
      while (k < end && (/\p{N}/u.test(text[k]) || (/[.,:/-]/.test(text[k]) && /\p{N}/u.test(text[k + 1] ?? '')))) k++;
      // "15th", "1990s", "3rd"
      while (k < end && isLetter(text[k]) && k - i < 12) k++;
      push(i, k, 'NUM');
      i = k;
      continue;
    }
    // "'s" written apart from its word ("Clinton 's", as in tokenised corpora)
    if (APOSTROPHE.test(ch) && isLetter(text[i + 1]) && i > start && /\s/.test(text[i - 1])) {
      let m = i + 1;
      while (m < end && WORD_CHAR.test(text[m])) m++;
      if (CONTRACTION.test(text.slice(i + 1, m))) {
        push(i, m, /^s$/i.test(text.slice(i + 1, m)) ? 'PART' : 'X');
        i = m;
        continue;
      }
    }
    // punctuation: a run of one repeated character ("--", "...") is one token; a surrogate pair stays whole
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      push(i, i + 2, 'PUNCT');
      i += 2;
      continue;
    }
    let k = i + 1;
    while (k < end && text[k] === ch && k - i < 8) k++;
    push(i, k, 'PUNCT');
    i = k;
  }
  return out;
}
