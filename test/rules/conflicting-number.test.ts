import { describe } from 'vitest';
import { conflictingNumber } from '../../src/rules/conflicting-number.js';
import { ruleTable } from '../helpers/rule-tester.js';
import { BASE, DATE, variant } from '../helpers/story-fixture.js';

const SHIPS = 'The Panama Canal Commission reported';

describe('conflicting-number', () => {
  ruleTable(conflictingNumber, {
    valid: [
      [{ text: BASE, date: DATE }, { text: BASE, date: DATE }],
      // A hedge that allows the other figure.
      [{ text: BASE, date: DATE }, { text: variant('four Ukrainian regions', 'at least four Ukrainian regions'), date: DATE }],
      [{ text: BASE, date: DATE }, { text: variant('four Ukrainian regions', 'up to five Ukrainian regions'), date: DATE }],
      // Counts change from day to day: ships waiting on Monday and on Thursday are two counts.
      [
        { text: `${SHIPS} 41 ships waiting to transit the Panama Canal, the canal agency said.`, date: '2025-05-12' },
        { text: `${SHIPS} 30 ships waiting to transit the Panama Canal, the canal agency said.`, date: '2025-05-15' },
      ],
      // Money and measures are amounts of many different things, not counts of one.
      [
        { text: 'The Swedish group said it sold 3.65 billion crowns worth of natural gas in the period.', date: DATE },
        { text: 'The Swedish group said it sold 10.90 billion crowns worth of natural gas in the period.', date: DATE },
      ],
      [
        { text: 'Texaco said its natural gas reserves totaled 8.87 trillion cubic feet at the end of the year.', date: DATE },
        { text: 'Pennzoil said its natural gas reserves totaled 1.01 trillion cubic feet at the end of the year.', date: DATE },
      ],
      // Yards and seconds measure a game; "three games earlier" says when.
      [
        { text: 'The Saints running back had 404 yards rushing with 31 seconds remaining, three games earlier than planned.', date: DATE },
        { text: 'The Saints running back had 70 yards rushing with 48 seconds remaining, four games earlier than planned.', date: DATE },
      ],
      // A results line compares this year's figure with last year's ("vs").
      [
        { text: 'Net profit of the Swedish group rose, with sales 3.65 billion units vs 3.40 billion, the group said.', date: DATE },
        { text: 'Net profit of the Swedish group rose, with sales 10.90 billion units vs 10.72 billion, the group said.', date: DATE },
      ],
      // The dissenting article gives the other figure too: it tells of two groups of union locals.
      [
        { text: 'The three union locals cover about 2,600 production workers at the smelter, the union said.', date: DATE },
        { text: 'Two union locals cover about 600 office workers at the smelter, and three union locals cover about 2,600 production workers, the union said.', date: DATE },
      ],
      // "The remaining two locals" count a part, not the whole.
      [
        { text: `${BASE}\nThe three union locals of the Ukrainian smelter cover about 2,600 production workers, the union said.`, date: DATE },
        { text: `${BASE}\nThe remaining two union locals of the Ukrainian smelter cover about 600 office workers, the union said.`, date: DATE },
      ],
    ],
    invalid: [
      // The same part counted twice: "the last four months" against "the last six months".
      {
        docs: [
          { text: `${BASE}\nRail freight volumes in the last four Ukrainian quarters fell at the port, the agency said.`, date: DATE, name: 'a.txt' },
          { text: `${BASE}\nRail freight volumes in the last six Ukrainian quarters fell at the port, the agency said.`, date: DATE, name: 'b.txt' },
        ],
        findings: [{ text: 'six Ukrainian quarters fell', doc: 'b.txt', related: ['four Ukrainian quarters fell'] }],
      },
      // The same day's news, the same count told differently.
      {
        docs: [
          { text: `${SHIPS} 41 ships waiting to transit the Panama Canal, the canal agency said.`, date: '2025-05-12', name: 'a.txt' },
          { text: `${SHIPS} 30 ships waiting to transit the Panama Canal, the canal agency said.`, date: '2025-05-12', name: 'b.txt' },
        ],
        findings: [{ text: '30 ships waiting', doc: 'b.txt', related: ['41 ships waiting'] }],
      },
      // The other figure counts something else ("41 ships sailed"): the dissent stands.
      {
        docs: [
          { text: `${SHIPS} 41 ships waiting to transit the Panama Canal, the canal agency said.`, date: '2025-05-12', name: 'a.txt' },
          { text: `${SHIPS} 30 ships waiting to transit the Panama Canal, the canal agency said, and 41 ships sailed through on Sunday.`, date: '2025-05-12', name: 'b.txt' },
        ],
        findings: [{ text: '30 ships waiting', doc: 'b.txt', related: ['41 ships waiting'] }],
      },
      // Head coaches are counted, not a measure ("285,000 head versus ...").
      {
        docs: [
          { text: `${BASE}\nThe two head coaches of the Ukrainian league met in Istanbul, officials said.`, date: DATE, name: 'a.txt' },
          { text: `${BASE}\nThe three head coaches of the Ukrainian league met in Istanbul, officials said.`, date: DATE, name: 'b.txt' },
        ],
        findings: [{ text: 'three head coaches', doc: 'b.txt', related: ['two head coaches'] }],
      },
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
