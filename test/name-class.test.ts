import { describe, expect, it } from 'vitest';
import { classifyName, type NameClues } from '../src/extract/name-class.js';
import type { Person, Place } from '../src/know/types.js';

const person = (name: string) => ({ id: name.toLowerCase().replace(/ /g, '-'), name }) as Person;
const place = { id: 'jordan', kind: 'country', names: ['Jordan'], demonyms: [] } as Place;
const org = { id: 'nato', kind: 'organisation', names: ['NATO'], demonyms: [] } as Place;
const none = { per: 0, loc: 0, other: 0, none: 0, known: false };

/** Clues of a two-word name in running text that nothing else is known about. */
function clues(over: Partial<NameClues>): NameClues {
  return {
    words: ['Xavi', 'Quonk'],
    initial: false,
    headline: false,
    opener: false,
    score: false,
    standings: false,
    strongPlace: false,
    placeCue: false,
    cueAfter: false,
    head: undefined,
    title: false,
    honorific: false,
    orgCue: false,
    commonWord: false,
    personWord: false,
    people: [],
    realPlaces: [],
    orgs: [],
    countryAfter: () => false,
    evidence: none,
    ...over,
  };
}

describe('classifyName: the first step that applies decides', () => {
  it.each<[string, Partial<NameClues>, string]>([
    ['nothing known, two words', {}, 'person'],
    ['nothing known, one word', { words: ['Quonk'] }, 'other'],
    ['nothing known, a headline', { headline: true }, 'other'],
    ['a sentence opener, even with a title', { opener: true, title: true }, 'other'],
    ['a score after it', { score: true, realPlaces: [place] }, 'other'],
    ['a score after it, but a title', { score: true, title: true }, 'person'],
    ['"the town of"', { strongPlace: true, people: [person('Jordan Smith')] }, 'place'],
    ['an organisation head', { head: 'org' }, 'other'],
    ['a place head', { head: 'place' }, 'place'],
    ['a head, but a KB person', { head: 'org', people: [person('Xavi Quonk')] }, 'person'],
    ['an honorific', { honorific: true, realPlaces: [place] }, 'person'],
    ['an organisation noun', { orgCue: true }, 'other'],
    ['a country in brackets after it', { words: ['Quonk'], countryAfter: () => true }, 'person'],
    ['a country after it, but a KB place', { realPlaces: [place], countryAfter: () => true }, 'place'],
    ['a common word', { words: ['Life'], commonWord: true }, 'other'],
    ['a common word that a KB person goes by', { words: ['Madonna'], commonWord: true, people: [person('Madonna')] }, 'person'],
    ['a KB person', { people: [person('Xavi Quonk')] }, 'person'],
    ['a KB person and a KB place', { people: [person('Jordan')], realPlaces: [place] }, 'place'],
    ['a KB organisation', { orgs: [org] }, 'other'],
    ['a word of a person named before', { words: ['Quonk'], personWord: true }, 'person'],
    ['statistics: mostly a place', { evidence: { per: 0.1, loc: 0.8, other: 0, none: 0.1, known: true } }, 'place'],
    ['statistics: mostly no name, two words, some person use', { evidence: { per: 0.2, loc: 0, other: 0, none: 0.8, known: true } }, 'person'],
    ['statistics: mostly no name, one word', { words: ['Offers'], evidence: { per: 0, loc: 0, other: 0, none: 1, known: true } }, 'other'],
    ['statistics: mostly no name, one word, then "said"', { words: ['Offers'], cueAfter: true, evidence: { per: 0, loc: 0, other: 0, none: 1, known: true } }, 'person'],
    ['one unknown word, then "said"', { words: ['Quonk'], cueAfter: true }, 'person'],
    ['one unknown word after "in"', { words: ['Quonk'], placeCue: true }, 'place'],
    ['one unknown word after "in", opening the sentence', { words: ['Quonk'], placeCue: true, initial: true }, 'other'],
  ])('%s', (_, over, expected) => {
    expect(classifyName(clues(over))).toBe(expected);
  });

  it('asks for a country after the name only when the steps before did not decide', () => {
    let asked = 0;
    const countryAfter = () => {
      asked++;
      return true;
    };
    expect(classifyName(clues({ title: true, countryAfter }))).toBe('person');
    expect(asked).toBe(0);
  });
});
