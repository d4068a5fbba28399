import { describe } from 'vitest';
import { anachronisticAdministration } from '../../src/rules/anachronistic-administration.js';
import { ruleTable } from '../helpers/rule-tester.js';

describe('anachronistic-administration', () => {
  ruleTable(anachronisticAdministration, {
    valid: [
      { text: 'The plan has strong backing from the Biden administration.', date: '2023-03-01' },
      { text: 'The plan has strong backing from the Trump administration.', date: '2025-05-11' },
      { text: 'Under the Obama administration in 2015, the deal was signed.', date: '2025-05-11' },
      { text: 'Critics of the former Biden administration said the deal was weak.', date: '2025-05-11' },
    ],
    invalid: [
      {
        docs: { text: 'This call for de-escalation has strong backing from the Biden administration.', date: '2025-05-11' },
        findings: [{ text: 'Biden administration', message: '2025-01-20' }],
      },
      {
        docs: { text: 'The Trump administration announced new tariffs on steel on Monday.', date: '2022-06-01' },
        findings: [{ text: 'Trump administration', message: 'Joe Biden' }],
      },
    ],
  });
});
