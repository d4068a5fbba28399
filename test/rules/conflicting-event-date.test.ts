import { describe } from 'vitest';
import { conflictingEventDate } from '../../src/rules/conflicting-event-date.js';
import { ruleTable } from '../helpers/rule-tester.js';
import { BASE, DATE, variant } from '../helpers/story-fixture.js';

describe('conflicting-event-date', () => {
  ruleTable(conflictingEventDate, {
    valid: [
      [{ text: BASE, date: DATE }, { text: BASE, date: DATE }],
      // The same day said two ways.
      [{ text: BASE, date: DATE }, { text: variant('as early as Thursday', 'as early as May 15'), date: DATE }],
      // A different event (a visit) on another day is no conflict.
      [{ text: BASE, date: DATE }, { text: BASE + '\nMacron will visit Kyiv on Friday.', date: DATE }],
      // "next week" said on Monday and on Tuesday: one week, whatever day chrono gives each.
      [{ text: variant('as early as Thursday', 'next week'), date: '2025-05-12' }, { text: variant('as early as Thursday', 'next week'), date: '2025-05-13' }],
      // Three different days for one event noun and place, each later article telling of a later day: a series of talks.
      [
        { text: BASE, date: '2025-05-11' },
        { text: variant('as early as Thursday', 'as early as Friday'), date: '2025-05-12' },
        { text: variant('as early as Thursday', 'as early as Saturday'), date: '2025-05-13' },
      ],
    ],
    invalid: [
      // Three outlets, one day's news, three days: at least two are wrong.
      {
        docs: [
          { text: BASE, date: DATE, name: 'a.txt' },
          { text: variant('as early as Thursday', 'as early as Friday'), date: DATE, name: 'b.txt' },
          { text: variant('as early as Thursday', 'as early as Saturday'), date: DATE, name: 'c.txt' },
        ],
        findings: [
          { text: 'Friday', doc: 'b.txt', message: 'a dates the talks', related: ['Thursday'] },
          { text: 'Saturday', doc: 'c.txt', message: 'a dates the talks', related: ['Thursday'] },
        ],
      },
      {
        docs: [{ text: BASE, date: DATE, name: 'a.txt' }, { text: variant('as early as Thursday', 'as early as Friday'), date: DATE, name: 'b.txt' }],
        findings: [{ text: 'Friday', doc: 'b.txt', message: 'Thursday (2025-05-15)', related: ['Thursday'] }],
      },
      {
        docs: [
          { text: BASE, date: DATE, name: 'a.txt' },
          { text: BASE, date: DATE, name: 'b.txt' },
          { text: variant('as early as Thursday', 'as early as December 15th'), date: DATE, name: 'c.txt' },
        ],
        findings: [{ text: 'December 15th', doc: 'c.txt', message: 'a and b date the talks', related: ['Thursday', 'Thursday'] }],
      },
    ],
  });
});
