import { describe } from 'vitest';
import { misattributedQuote } from '../../src/rules/misattributed-quote.js';
import { ruleTable } from '../helpers/rule-tester.js';
import { BASE, DATE, variant } from '../helpers/story-fixture.js';

const REPEATED = `${BASE}\nZelenskyy said Moscow was "ready to engage in direct talks with the Ukrainian leadership" only in words.`;

describe('misattributed-quote', () => {
  ruleTable(misattributedQuote, {
    valid: [
      [{ text: BASE, date: DATE }, { text: BASE, date: DATE }],
      // Unknown or pronoun speakers are not compared.
      [{ text: BASE, date: DATE }, { text: variant('Putin said in a televised address', 'an official said'), date: DATE }],
      // An article that gives the words to two people (one repeating the other), checked with its own copy.
      [{ text: REPEATED, date: DATE }, { text: REPEATED, date: DATE }],
    ],
    invalid: [
      {
        docs: [{ text: BASE, date: DATE, name: 'a.txt' }, { text: variant('Putin said in a televised address', 'Zelenskyy said in a televised address'), date: DATE, name: 'b.txt' }],
        findings: [{ text: 'Zelenskyy', doc: 'b.txt', message: 'Vladimir Putin' }],
      },
    ],
  });
});
