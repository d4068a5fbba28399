import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/extract/tokens.js';
import { taggedSentences } from '../src/extract/tagged.js';
import { makeDocument } from '../src/core/document.js';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['U.S. Secretary of State Marco Rubio', ['U.S.', 'Secretary', 'of', 'State', 'Marco', 'Rubio']],
    ["Trump's aide, Mr. Smith, said", ['Trump', "'s", 'aide', ',', 'Mr.', 'Smith', ',', 'said']],
    ['Rubio’s plan', ['Rubio', '’s', 'plan']],
    ["Jean-Claude O'Brien met al-Assad.", ['Jean', '-', 'Claude', "O'Brien", 'met', 'al', '-', 'Assad', '.']],
    ['the U.S.-led coalition', ['the', 'U.S.', '-', 'led', 'coalition']],
    ['John F. Kennedy', ['John', 'F.', 'Kennedy']],
    ['Plan B. it', ['Plan', 'B', '.', 'it']],
    ["Jones' friend don't", ['Jones', "'", 'friend', 'do', "n't"]],
    ['$5.5 billion or 1,000 at 5 p.m. on 1996-08-31', ['$', '5.5', 'billion', 'or', '1,000', 'at', '5', 'p.m.', 'on', '1996-08-31']],
    ['the 15th and the 1990s', ['the', '15th', 'and', 'the', '1990s']],
    ['a pre-Castro and anti-Trump mood', ['a', 'pre-Castro', 'and', 'anti-Trump', 'mood']],
    ['ex-President Obama', ['ex', '-', 'President', 'Obama']],
    ['Clinton \'s plan in U.S .', ['Clinton', "'s", 'plan', 'in', 'U.S', '.']],
    ['He said -- and... then', ['He', 'said', '--', 'and', '...', 'then']],
    ['Willie\nWood', ['Willie', '\n', 'Wood']],
    ['a  \n\n b', ['a', '\n', 'b']],
    ['a b c', ['a', 'b', 'c']],
    ['Erdoğan and Łukasz', ['Erdoğan', 'and', 'Łukasz']],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('marks possessives as PART, so names end before them', () => {
    expect(tokenize("NATO's chief").map((t) => t.pos)).toEqual(['X', 'PART', 'X']);
  });

  it('gives offsets that slice back to each token, in order, over any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '.', "'", '’', '-', ' ', '\n', '1', ',', 'é', '😀', '"') , maxLength: 60 }), (text) => {
        let at = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(at);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(text.slice(at, t.start).trim()).toBe('');
          at = t.end;
        }
        expect(text.slice(at).trim()).toBe('');
      }),
      { numRuns: 2000 },
    );
  });

  it('respects a start and end inside the text', () => {
    const text = 'Intro. Mark Rutte spoke. End';
    expect(tokenize(text, 7, 24).map((t) => [t.text, t.start])).toEqual([['Mark', 7], ['Rutte', 12], ['spoke', 18], ['.', 23]]);
  });
});

describe('taggedSentences', () => {
  it('asks wink for POS tags only when a rule needs one', () => {
    const doc = makeDocument({ file: 'a.txt', index: 0, text: 'Putin Offers Direct Talks With Kyiv' });
    const [s] = taggedSentences(doc, [{ start: 0, end: doc.text.length }]);
    expect(s.headline).toBe(true);
    expect(s.pos(0)).toBe('PROPN');
    expect(s.pos(1)).not.toBe('PROPN');
  });
});
