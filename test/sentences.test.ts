import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../src/extract/sentences.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['U.S. Secretary of State Marco Rubio spoke. He left.', ['U.S. Secretary of State Marco Rubio spoke.', 'He left.']],
    ['"We are ready," Putin said. "Now."', ['"We are ready," Putin said.', '"Now."']],
    ['Headline here\n\nBody starts. Next one.', ['Headline here', 'Body starts.', 'Next one.']],
    ['Mr. Smith met Dr. Jones on Jan. 5 in the U.S. The talks ended.', ['Mr. Smith met Dr. Jones on Jan. 5 in the U.S.', 'The talks ended.']],
    ['It cost 3.5 billion. Done.', ['It cost 3.5 billion.', 'Done.']],
    ['George W. Bush spoke.', ['George W. Bush spoke.']],
  ])('%j', (text, expected) => expect(split(text)).toEqual(expected));
});

describe('hard-wrapped wire copy', () => {
  it('joins soft-wrapped lines and keeps indented paragraphs and headlines apart', () => {
    const t =
      'BAHIA COCOA REVIEW\nSALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary, a trader said.\n    The dry period means the harvest will be late.\n';
    expect(split(t)).toEqual([
      'BAHIA COCOA REVIEW',
      'SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary, a trader said.',
      'The dry period means the harvest will be late.',
    ]);
  });
  it('keeps a title-case headline apart from the first paragraph', () => {
    const t = 'Putin Offers Direct Talks with Ukraine in Istanbul, But Zelensky Demands Ceasefire First\nIn a surprising move, he spoke.';
    expect(split(t)).toEqual(['Putin Offers Direct Talks with Ukraine in Istanbul, But Zelensky Demands Ceasefire First', 'In a surprising move, he spoke.']);
  });
});

describe('runaway sentences', () => {
  it('cuts a sentence longer than MAX_SENTENCE at white space, or hard when there is none', () => {
    const words = 'word '.repeat(1000).trim();
    const spans = splitSentences(words);
    expect(spans.every((s) => s.end - s.start <= MAX_SENTENCE)).toBe(true);
    expect(spans.map((s) => words.slice(s.start, s.end)).join(' ')).toBe(words);
    const run = 'A'.repeat(2500);
    expect(splitSentences(run).map((s) => s.end - s.start)).toEqual([1000, 1000, 500]);
  });
});
