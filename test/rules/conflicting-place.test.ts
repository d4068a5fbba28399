import { describe, expect, it } from 'vitest';
import { compatiblePlaces, conflictingPlace } from '../../src/rules/conflicting-place.js';
import { loadKb } from '../../src/know/load.js';
import { ruleTable } from '../helpers/rule-tester.js';
import { BASE, DATE, variant } from '../helpers/story-fixture.js';

const IN_ISTANBUL = 'as early as Thursday in Istanbul';
const ATTACKS = 'A Russian drone attack on Kyiv on Sunday damaged homes and a school, officials said.';

describe('conflicting-place', () => {
  ruleTable(conflictingPlace, {
    valid: [
      [{ text: BASE, date: DATE }, { text: BASE, date: DATE }],
      // A city and its country agree.
      [{ text: BASE, date: DATE }, { text: variant(IN_ISTANBUL, 'as early as Thursday in Turkey'), date: DATE }],
      // Talks on another day elsewhere are other talks.
      [{ text: BASE, date: DATE }, { text: variant(IN_ISTANBUL, 'as early as June 20 in Geneva'), date: DATE }],
      // An attack can strike two places on one day: not checked.
      [{ text: `${BASE}\n${ATTACKS}`, date: DATE }, { text: `${BASE}\n${ATTACKS.replace('Kyiv', 'Kharkiv')}`, date: DATE }],
      // Outlets a month apart tell of different news (one absolute day, so the news-cycle guard decides).
      [{ text: variant(IN_ISTANBUL, 'as early as May 15 in Istanbul'), date: DATE }, { text: variant(IN_ISTANBUL, 'as early as May 15 in Geneva'), date: '2025-06-15' }],
      // A Thursday and a Saturday linked only through a third account ("today", either side) are not one event.
      [
        { text: BASE, date: '2025-05-13' },
        { text: variant(IN_ISTANBUL, 'as early as today in Istanbul'), date: '2025-05-16' },
        { text: variant(IN_ISTANBUL, 'as early as Saturday in Geneva'), date: '2025-05-14' },
      ],
    ],
    invalid: [
      {
        docs: [
          { text: BASE, date: DATE, name: 'a.txt' },
          { text: BASE, date: DATE, name: 'b.txt' },
          { text: variant(IN_ISTANBUL, 'as early as Thursday in Geneva'), date: DATE, name: 'c.txt' },
        ],
        findings: [{ text: 'Geneva', doc: 'c.txt', message: 'a and b place the talks on Thursday (2025-05-15) in Istanbul; c says Geneva.', related: ['Istanbul', 'Istanbul'] }],
      },
      // Two cities of one country are two places.
      {
        docs: [
          { text: BASE, date: DATE, name: 'a.txt' },
          { text: variant(IN_ISTANBUL, 'as early as Thursday in Ankara'), date: DATE, name: 'b.txt' },
        ],
        findings: [{ text: 'Ankara', doc: 'b.txt', message: 'a places the talks on Thursday (2025-05-15) in Istanbul; b says Ankara.', related: ['Istanbul'] }],
      },
    ],
  });
});

describe('compatiblePlaces', () => {
  const kb = loadKb();
  it.each([
    ['istanbul', 'istanbul', true],
    ['istanbul', 'turkey', true],
    ['turkey', 'istanbul', true],
    ['istanbul', 'ankara', false],
    ['istanbul', 'geneva', false],
    ['turkey', 'switzerland', false],
    ['nato', 'geneva', true],
    ['not-in-the-kb', 'geneva', true],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(compatiblePlaces(kb, a, b)).toBe(expected);
  });
});
