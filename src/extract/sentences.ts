// A fast sentence splitter (no NLP): paragraphs, then sentence ends that are not abbreviations or initials.
import type { Span } from '../core/types.js';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr inc ltd co corp no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun u.s u.k u.n e.u a.m p.m approx dept est fig op cf al e.g i.e'.split(' '),
);

/**
 * A newline inside a hard-wrapped paragraph (wire copy wrapped at ~70 columns): the line is long, does
 * not end a sentence, is not a title-case headline, and the next line continues without indentation.
 */
function isSoftWrap(text: string, nl: number): boolean {
  const lineStart = text.lastIndexOf('\n', nl - 1) + 1;
  const line = text.slice(lineStart, nl).replace(/\r$/, '');
  if (line.trim().length < 45 || /[.!?:;"”’)\]]\s*$/.test(line)) return false;
  const next = text.slice(nl + 1, nl + 3);
  if (!next || /^\s/.test(next)) return false;
  const words = line.trim().split(/\s+/);
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised / words.length < 0.6;
}

/** The longest span handed on as one sentence. */
export const MAX_SENTENCE = 1000;

/** Sentence spans over the text, trimmed of surrounding white space. Linear time. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    // No real sentence is this long: cut runaway ones (tables, junk, hostile input) at white space, so the
    // NLP and date parsers downstream never see more than MAX_SENTENCE characters at once.
    while (b - a > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', a + MAX_SENTENCE);
      if (cut <= a + MAX_SENTENCE / 2) cut = a + MAX_SENTENCE;
      out.push({ start: a, end: cut });
      a = cut;
      while (a < b && /\s/.test(text[a])) a++;
    }
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = 0; i < text.length; i++) {
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
    while (j < text.length && /["”’')\]]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    if (c === '.') {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, i - 12), i))?.[1]?.toLowerCase() ?? '';
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
