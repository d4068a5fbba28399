import { describe, expect, it } from 'vitest';
import { insideQuote } from '../src/rules/dated.js';

const q = (start: number, end: number) => ({ outer: { start, end } });

describe('insideQuote', () => {
  // quotations out of order, one long one holding a short one, and a gap between them
  const quotes = [q(50, 60), q(0, 10), q(20, 45), q(22, 30)];
  it.each([
    [{ start: 2, end: 8 }, true],
    [{ start: 0, end: 10 }, true],
    [{ start: 8, end: 12 }, false],
    [{ start: 12, end: 18 }, false],
    [{ start: 31, end: 40 }, true], // inside the long one, after the short one ended
    [{ start: 23, end: 29 }, true],
    [{ start: 44, end: 52 }, false],
    [{ start: 55, end: 60 }, true],
    [{ start: 61, end: 62 }, false],
  ])('%j -> %s', (span, want) => {
    expect(insideQuote(quotes, span)).toBe(want);
    // the same answer as a plain scan
    expect(quotes.some((x) => x.outer.start <= span.start && span.end <= x.outer.end)).toBe(want);
  });

  it('is false without quotations', () => {
    expect(insideQuote([], { start: 0, end: 1 })).toBe(false);
  });
});
