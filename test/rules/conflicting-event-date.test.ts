import { describe } from 'vitest';
import { conflictingEventDate } from '../../src/rules/conflicting-event-date.js';
import { ruleTable } from '../helpers/rule-tester.js';
import { BASE, DATE, variant } from '../helpers/story-fixture.js';

/** Two accounts of a drone attack; the first dates it by reference to the day of an address. */
const ADDRESS = 'Putin proposed direct talks with Ukraine in a televised address on Sunday in Moscow.';
const ATTACK = 'Russia launched a massive drone attack on Kyiv, officials said, killing two people in the Ukrainian capital.';
const byReference = (day: string, phrase: string) => `${ADDRESS.replace('Sunday', day)} ${phrase}, ${ATTACK[0].toLowerCase()}${ATTACK.slice(1)}`;
const onSaturday = `${ADDRESS.replace(' on Sunday', '')} ${ATTACK.replace('on Kyiv,', 'on Kyiv on Saturday,')}`;

/** Said on a Sunday, "Monday" is the next day; a copy dated Monday reads it as that Monday too, a copy dated Tuesday as the day before. */
const COCOA = 'The minister said he attended the opening of the cocoa talks in London on Monday, officials said.';

/** One account of the bloc's farm ministers meeting in Brussels: `held` (told as done) or still to come, on `day`. */
const farmTalks = (held: boolean, day: string) =>
  `Farm ministers of the bloc ${held ? 'held' : 'will hold'} discussions on the price package at a meeting in Brussels ${day}.`;

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
      // "Later that day" after Saturday is Saturday.
      [{ text: byReference('Saturday', 'Later that day'), date: DATE }, { text: onSaturday, date: DATE }],
      [{ text: byReference('Friday', 'The next day'), date: DATE }, { text: onSaturday, date: DATE }],
      // A day named by reference to "yesterday" keeps its time-zone leeway (Saturday, give or take a day).
      [{ text: `${ADDRESS.replace(' on Sunday', ' yesterday')} Later that day, r${ATTACK.slice(1)}`, date: DATE }, { text: onSaturday.replace('Saturday', 'Friday'), date: DATE }],
      // A copy filed a day later still says "on Monday": the documents' dates differ, not the accounts.
      [{ text: COCOA, date: '2025-05-11' }, { text: COCOA, date: '2025-05-12' }],
      // "Talks began today" in Monday's and in Thursday's paper: two days of talks.
      [
        { text: 'Union leaders began talks with the government in La Paz today over the miners strike.', date: '2025-05-12' },
        { text: 'The government opened talks in La Paz today with union leaders over the miners strike.', date: '2025-05-15' },
      ],
      // A year names which occurrence of a recurring meeting is meant, not its day.
      [
        { text: 'The annual meeting of the development bank opened in Tokyo today, delegates said.', date: DATE },
        { text: 'The annual meeting of the development bank is the first in Tokyo since its inaugural meeting in 1966.', date: DATE },
      ],
      // Met on one day by an earlier paper; "a meeting ... on May 18" still to come in a later one: two meetings.
      [
        { text: 'Farm ministers of the bloc met in Brussels on May 5 and 6 for initial discussions on the price package.', date: '2025-05-09' },
        { text: 'Farm ministers of the bloc will resume discussions on the price package at a meeting in Brussels on May 26.', date: '2025-05-12' },
      ],
    ],
    invalid: [
      // The same word on one day, but one account has the talks behind and the other ahead.
      {
        docs: [
          { text: 'Negotiators said the peace talks in Geneva between the two governments began on Thursday.', date: '2025-05-12', name: 'a.txt' },
          { text: 'Negotiators said the peace talks in Geneva between the two governments will begin on Thursday.', date: '2025-05-12', name: 'b.txt' },
        ],
        findings: [{ text: 'Thursday', doc: 'b.txt', message: 'a dates the talks in Geneva to Thursday (2025-05-08)' }],
      },
      // The talks still to come in the earlier paper, done on another day in the later one: one of them is wrong.
      {
        docs: [
          { text: farmTalks(false, 'on May 26'), date: '2025-05-09', name: 'a.txt' },
          { text: farmTalks(true, 'on May 5'), date: '2025-05-12', name: 'b.txt' },
        ],
        findings: [{ text: 'May 5', doc: 'b.txt', message: 'a dates the talks in Brussels to May 26 (2025-05-26)' }],
      },
      // Still to come in the earlier paper too (a meeting put off, or one paper wrong): compared.
      {
        docs: [
          { text: farmTalks(false, 'on May 10'), date: '2025-05-09', name: 'a.txt' },
          { text: farmTalks(false, 'on May 14'), date: '2025-05-12', name: 'b.txt' },
        ],
        findings: [{ text: 'May 14', doc: 'b.txt', message: 'a dates the talks in Brussels to May 10 (2025-05-10)' }],
      },
      // Under way "today" in a paper of the day before: not surely over when the later paper came out.
      {
        docs: [
          { text: farmTalks(true, 'today'), date: '2025-05-11', name: 'a.txt' },
          { text: farmTalks(false, 'on May 14'), date: '2025-05-12', name: 'b.txt' },
        ],
        findings: [{ text: 'May 14', doc: 'b.txt', message: 'a dates the talks in Brussels to today' }],
      },
      // Both still to come when the later paper came out, or both over by then: one event dated two ways.
      {
        docs: [
          { text: farmTalks(false, 'on May 20'), date: '2025-05-09', name: 'a.txt' },
          { text: farmTalks(false, 'on May 15'), date: '2025-05-12', name: 'b.txt' },
        ],
        findings: [{ text: 'May 15', doc: 'b.txt', message: 'a dates the talks in Brussels to May 20 (2025-05-20)' }],
      },
      {
        docs: [
          { text: farmTalks(true, 'on May 5'), date: '2025-05-09', name: 'a.txt' },
          { text: farmTalks(true, 'on May 7'), date: '2025-05-12', name: 'b.txt' },
        ],
        findings: [{ text: 'May 7', doc: 'b.txt', message: 'a dates the talks in Brussels to May 5 (2025-05-05)' }],
      },
      // "Earlier that same day" after Sunday is Sunday, not Saturday.
      {
        docs: [
          { text: byReference('Sunday', 'Earlier that same day'), date: DATE, name: 'a.txt' },
          { text: onSaturday, date: DATE, name: 'b.txt' },
        ],
        findings: [{ text: 'Saturday', doc: 'b.txt', message: 'a dates the attack in Kyiv to "Earlier that same day" (the same day as Sunday, 2025-05-11)', related: ['Earlier that same day'] }],
      },
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
