// A fast sentence splitter (no NLP): paragraphs, then sentence ends that are not abbreviations or initials.
import type { Span } from '../core/types.js';
import { classOf, inClass, IS_SPACE } from './char-class.js';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr inc ltd co corp no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun u.s u.k u.n e.u a.m p.m approx dept est fig op cf al e.g i.e'.split(' '),
);

/**
 * A newline inside a hard-wrapped paragraph (wire copy wrapped at ~70 columns): the line is long, does
 * not end a sentence, is not a title-case headline, and the next line continues without indentation.
 */
export function isSoftWrap(text: string, nl: number): boolean {
  // The line trimmed, [a, b), read in place rather than sliced, trimmed and split (one line break in 50 characters in wire copy).
  let a = text.lastIndexOf('\n', nl - 1) + 1;
  let b = nl > a && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
  while (a < b && inClass(text, a, IS_SPACE)) a++;
  while (b > a && inClass(text, b - 1, IS_SPACE)) b--;
  if (b - a < 45 || LINE_END.includes(text[b - 1])) return false;
  if (nl + 1 >= text.length || inClass(text, nl + 1, IS_SPACE)) return false;
  let words = 0;
  let capitalised = 0;
  // A word starts at a character that is no white space after one that is (or at a): one class lookup a character.
  let afterSpace = true;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const space = (classOf(c) & IS_SPACE) !== 0;
    if (!space && afterSpace) {
      words++;
      if (c >= 0x41 && c <= 0x5a) capitalised++;
    }
    afterSpace = space;
  }
  return capitalised / words < 0.6;
}

/** Characters that end a line that is no soft wrap (its last one, before trailing white space). */
const LINE_END = '.!?:;"”’)]';

/** The run of ASCII letters and periods right before i, back to `from` at most, lower-cased ("u.s" before "U.S."). */
function wordBefore(text: string, from: number, i: number): string {
  let k = i;
  while (k > from && isWordOrDot(text.charCodeAt(k - 1))) k--;
  return text.slice(k, i).toLowerCase();
}

const isWordOrDot = (c: number) => c === 0x2e || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Closing quotes and brackets that belong to the sentence before them. */
const CLOSERS = '"”’\')]';

/** The longest span handed on as one sentence. */
export const MAX_SENTENCE = 1000;

/** Sentence spans over the text, trimmed of surrounding white space. Linear time. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && inClass(text, a, IS_SPACE)) a++;
    while (b > a && inClass(text, b - 1, IS_SPACE)) b--;
    // No real sentence is this long: cut runaway ones (tables, junk, hostile input) at white space, so the
    // NLP and date parsers downstream never see more than MAX_SENTENCE characters at once.
    while (b - a > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', a + MAX_SENTENCE);
      if (cut <= a + MAX_SENTENCE / 2) cut = a + MAX_SENTENCE;
      out.push({ start: a, end: cut });
      a = cut;
      while (a < b && inClass(text, a, IS_SPACE)) a++;
    }
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Only line breaks and sentence marks matter: told by code, without a one-character string per character.
    if (code !== 0x0a && code !== 0x2e && code !== 0x21 && code !== 0x3f) continue;
    const c = text[i];
    if (c === '\n') {
      // A line break ends a sentence (paragraphs, headlines, list items) unless it is a soft wrap.
      if (isSoftWrap(text, i)) continue;
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // Include closing quotes and brackets after the mark.
    let j = i + 1;
    while (j < text.length && CLOSERS.includes(text[j])) j++;
    if (j < text.length && !inClass(text, j, IS_SPACE)) continue;
    if (c === '.') {
      const word = wordBefore(text, Math.max(start, i - 12), i);
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word)) {
        // "U.S. officials": an abbreviation, unless a capitalised sentence clearly starts after it.
        const next = /^\s+(\S+)/.exec(text.slice(j, j + 30))?.[1] ?? '';
        if (!/^(?:The|A|An|He|She|It|They|We|I|This|That|But|And|In|On|At|However)$/.test(next)) continue;
      }
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}
