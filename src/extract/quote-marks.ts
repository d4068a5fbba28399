// Finds double-quoted stretches of text in one linear pass: pairs opening and closing marks per paragraph,
// joins news-style multi-paragraph quotes, and cuts unterminated quotes at the end of their paragraph.

/** One quotation found by its marks. Offsets index the document text. */
export interface MarkedQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end for an unterminated quote. */
  end: number;
  /** Offset of the closing mark; -1 when unterminated. */
  close: number;
  /** Paragraph index of the opening mark (paragraphs are counted from 0). */
  paragraph: number;
  /** Paragraph index where the quote ends. */
  endParagraph: number;
  /** The quote runs on over more than one paragraph (each reopened with a mark). */
  continued: boolean;
}

type MarkRole = 'open' | 'close' | 'either' | 'none';

const OPENERS = new Set(['\u201C', '\u201E']); // “ „
const CLOSERS = new Set(['\u201D']); // ”
const SPACE = /\s/;
const LEFT_CONTEXT = /[\s([{\u2014\u2013\-/\u201C\u2018'‘]/; // what may stand before an opening straight mark
const RIGHT_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\-'’\u201D]/; // what may stand after a closing straight mark

/** A `"` after a feet mark and digits (5'11") is an inch mark, not a quote. */
function isInchMark(text: string, i: number): boolean {
  let j = i - 1;
  let digits = 0;
  while (j >= 0 && digits < 3 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) {
    j--;
    digits++;
  }
  if (digits === 0) return false;
  if (j >= 0 && (text[j] === '\'' || text[j] === '\u2019' || text[j] === '\u2032')) return true;
  if (j >= 0 && text[j] === ' ' && j >= 1 && (text[j - 1] === '\'' || text[j - 1] === '\u2032')) return true;
  // "a 12" screen": digits then a mark then a space or a lower-case word.
  const next = text[i + 1] ?? ' ';
  return (j < 0 || /[\s(x×-]/.test(text[j])) && (SPACE.test(next) || /[a-z,.;)]/.test(next));
}

/** The last character before the spaces in front of i ends a quoted sentence or clause (",", ".", "!", "?"). */
function closesSpaced(text: string, i: number, start: number): boolean {
  let j = i - 1;
  while (j > start && SPACE.test(text[j])) j--;
  return j >= start && /[,.!?]/.test(text[j]);
}

/** How a straight `"` at i reads, from the characters around it. */
function straightRole(text: string, i: number, start: number, end: number, open: boolean): MarkRole {
  const prev = i > start ? text[i - 1] : ' ';
  const next = i + 1 < end ? text[i + 1] : ' ';
  const spaceBefore = SPACE.test(prev);
  const spaceAfter = SPACE.test(next);
  // Tokenised text spaces every mark ("decisions , " said): after closing punctuation it ends an open quote;
  // otherwise it is a ditto mark or a stray.
  if (spaceBefore && spaceAfter) return open && closesSpaced(text, i, start) ? 'close' : 'none';
  const canOpen = !spaceAfter && LEFT_CONTEXT.test(prev);
  const canClose = !spaceBefore && RIGHT_CONTEXT.test(next);
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return 'either';
}

/** The role of the character at i, or 'none' when it is not a double quotation mark. */
function markRole(text: string, i: number, start: number, end: number, open: boolean): MarkRole {
  const c = text[i];
  if (OPENERS.has(c)) return 'open';
  if (CLOSERS.has(c)) return 'close';
  if (c !== '"') return 'none';
  if (isInchMark(text, i)) return open && !/\d['’′]\d{1,2}$/.test(text.slice(Math.max(start, i - 6), i)) ? 'close' : 'none';
  return straightRole(text, i, start, end, open);
}

/** A newline inside a hard-wrapped paragraph: a long line that does not end a sentence, then an unindented line. */
function isSoftWrap(text: string, nl: number, lineStart: number): boolean {
  if (nl - lineStart < 45) return false;
  const next = text[nl + 1];
  if (next === undefined || SPACE.test(next)) return false;
  return !/[.!?:;"”’)\]]\s*$/.test(text.slice(Math.max(lineStart, nl - 4), nl));
}

export interface Paragraph {
  start: number;
  end: number;
}

/** Paragraph spans: a line break ends a paragraph unless the line is soft-wrapped wire copy. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    if (i < text.length && isSoftWrap(text, i, lineStart)) {
      lineStart = i + 1;
      continue;
    }
    let end = i;
    while (end > start && SPACE.test(text[end - 1])) end--;
    let s = start;
    while (s < end && SPACE.test(text[s])) s++;
    if (end > s) out.push({ start: s, end });
    start = i + 1;
    lineStart = i + 1;
  }
  return out;
}

interface ParagraphQuote {
  open: number;
  /** Offset of the closing mark, or where an unterminated quote stops (the next opening mark or the paragraph end). */
  stop: number;
  closed: boolean;
  /** Runs unterminated to the paragraph end. */
  toEnd: boolean;
}

/** Top-level quotes of one paragraph, in order. Linear in the paragraph length. */
function paragraphQuotes(text: string, p: Paragraph): ParagraphQuote[] {
  const stack: number[] = [];
  const pairs: { open: number; close: number }[] = [];
  const openers: number[] = [];
  const leftover = new Set<number>();
  for (let i = p.start; i < p.end; i++) {
    const c = text[i];
    if (c !== '"' && !OPENERS.has(c) && !CLOSERS.has(c)) continue;
    let role = markRole(text, i, p.start, p.end, stack.length > 0);
    if (role === 'either') role = stack.length > 0 ? 'close' : 'open';
    if (role === 'open') {
      stack.push(i);
      openers.push(i);
    } else if (role === 'close' && stack.length > 0) {
      pairs.push({ open: stack.pop() as number, close: i });
    }
  }
  for (const o of stack) leftover.add(o);
  // Pairs come out innermost first; order by opening mark and keep those not inside an earlier pair.
  pairs.sort((a, b) => a.open - b.open);
  const out: ParagraphQuote[] = [];
  let coveredTo = -1;
  let k = 0; // index into openers
  let pi = 0;
  for (const o of openers) {
    if (o < coveredTo) continue;
    if (leftover.has(o)) {
      // An unterminated quote runs to the next opening mark, or to the paragraph end.
      while (k < openers.length && openers[k] <= o) k++;
      const next = k < openers.length ? openers[k] : -1;
      out.push({ open: o, stop: next >= 0 ? next : p.end, closed: false, toEnd: next < 0 });
      continue;
    }
    while (pi < pairs.length && pairs[pi].open < o) pi++;
    const pair = pairs[pi];
    out.push({ open: o, stop: pair.close, closed: true, toEnd: false });
    coveredTo = pair.close;
  }
  return out;
}

/** All double-quoted stretches of the text, in order. Linear time. */
export function findMarkedQuotes(text: string, paras: Paragraph[] = paragraphs(text)): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  // A quote left open at a paragraph end, waiting for the next paragraph to reopen it.
  let pending: MarkedQuote[] = [];
  const flushPending = () => {
    // The chain never closed: each link is its own unterminated quote, cut at its paragraph end.
    out.push(...pending);
    pending = [];
  };
  for (let pIndex = 0; pIndex < paras.length; pIndex++) {
    const p = paras[pIndex];
    const quotes = paragraphQuotes(text, p);
    let first = 0;
    if (pending.length > 0) {
      const q = quotes[0];
      if (q && q.open === p.start && q.closed) {
        // The chain closes here: one quote from the first opening mark to this closing mark.
        out.push({ open: pending[0].open, end: q.stop + 1, close: q.stop, paragraph: pending[0].paragraph, endParagraph: pIndex, continued: true });
        pending = [];
        first = 1;
      } else if (q && q.open === p.start && q.toEnd) {
        pending.push({ open: q.open, end: p.end, close: -1, paragraph: pIndex, endParagraph: pIndex, continued: false });
        continue;
      } else flushPending();
    }
    for (let i = first; i < quotes.length; i++) {
      const q = quotes[i];
      if (q.closed) out.push({ open: q.open, end: q.stop + 1, close: q.stop, paragraph: pIndex, endParagraph: pIndex, continued: false });
      else if (q.toEnd) pending.push({ open: q.open, end: p.end, close: -1, paragraph: pIndex, endParagraph: pIndex, continued: false });
      else out.push({ open: q.open, end: trimEnd(text, q.open, q.stop), close: -1, paragraph: pIndex, endParagraph: pIndex, continued: false });
    }
  }
  flushPending();
  out.sort((a, b) => a.open - b.open);
  return out;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from + 1 && SPACE.test(text[to - 1])) to--;
  return to;
}
