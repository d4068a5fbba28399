import { describe } from 'vitest';
import { weekdayDateMismatch } from '../../src/rules/weekday-date-mismatch.js';
import { ruleTable } from '../helpers/rule-tester.js';

describe('weekday-date-mismatch', () => {
  ruleTable(weekdayDateMismatch, {
    valid: [
      { text: 'The talks began on Thursday, May 15, 2025, in Istanbul.' },
      { text: 'Officials will meet on Monday, May 12.', date: '2025-05-11' },
      { text: 'Officials met on Thursday in Istanbul.', date: '2025-05-16' },
    ],
    invalid: [
      { docs: { text: 'The talks began on Thursday, May 16, 2025, in Istanbul.' }, findings: [{ text: 'Thursday, May 16, 2025', message: 'Friday' }] },
      { docs: { text: 'Officials will meet on Tuesday, May 12.', date: '2025-05-11' }, findings: [{ text: 'Tuesday, May 12', message: 'Monday' }] },
    ],
  });
});
