import { describe } from 'vitest';
import { elapsedTime } from '../../src/rules/elapsed-time.js';
import { ruleTable } from '../helpers/rule-tester.js';

describe('elapsed-time', () => {
  ruleTable(elapsedTime, {
    valid: [
      { text: 'The war in Ukraine, now in its fourth year, shows no sign of ending.', date: '2025-05-11' },
      { text: 'The truce marked the 80th anniversary of victory in World War Two.', date: '2025-05-09' },
      { text: 'With the war in Ukraine entering its third year, allies met in Paris.', date: '2024-02-26' },
      { text: 'The two sides met face to face for the first time since 2022.', date: '2025-05-16' },
    ],
    invalid: [
      {
        docs: { text: 'With the ongoing conflict in Ukraine entering its third year, Putin called for talks.', date: '2025-05-11' },
        findings: [{ text: 'entering its third year', message: 'fourth year' }],
      },
      {
        docs: { text: 'Russia marked the 79th anniversary of victory in World War Two with a parade.', date: '2025-05-09' },
        findings: [{ text: 'the 79th anniversary of victory in World War Two', message: '80th anniversary' }],
      },
    ],
  });
});
