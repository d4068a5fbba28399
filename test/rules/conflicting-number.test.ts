import { describe } from 'vitest';
import { conflictingNumber } from '../../src/rules/conflicting-number.js';
import { ruleTable } from '../helpers/rule-tester.js';
import { BASE, DATE, variant } from '../helpers/story-fixture.js';

describe('conflicting-number', () => {
  ruleTable(conflictingNumber, {
    valid: [
      [{ text: BASE, date: DATE }, { text: BASE, date: DATE }],
      // A hedge that allows the other figure.
      [{ text: BASE, date: DATE }, { text: variant('four Ukrainian regions', 'at least four Ukrainian regions'), date: DATE }],
      [{ text: BASE, date: DATE }, { text: variant('four Ukrainian regions', 'up to five Ukrainian regions'), date: DATE }],
    ],
    invalid: [
      {
        docs: [{ text: BASE, date: DATE, name: 'a.txt' }, { text: variant('four Ukrainian regions', 'at least five Ukrainian regions'), date: DATE, name: 'b.txt' }],
        findings: [{ text: 'at least five Ukrainian regions', doc: 'b.txt', message: 'four Ukrainian regions', related: ['four Ukrainian regions'] }],
      },
      {
        docs: [{ text: BASE, date: DATE, name: 'a.txt' }, { text: variant('30-day ceasefire', '60-day ceasefire'), date: DATE, name: 'b.txt' }],
        findings: [{ text: '60-day ceasefire', doc: 'b.txt', related: ['30-day ceasefire'] }],
      },
    ],
  });
});
