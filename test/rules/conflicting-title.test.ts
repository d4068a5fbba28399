import { describe, expect, it } from 'vitest';
import { conflictingTitle, titleStatus } from '../../src/rules/conflicting-title.js';
import type { TitleInfo } from '../../src/extract/types.js';
import { ruleTable } from '../helpers/rule-tester.js';

const DATE = '2025-05-11';
/** An article of our own about a person the knowledge base does not know. */
const story = (title: string, verb = 'said') =>
  [
    `${title} Jane Doe ${verb} on Sunday that the state would sue over the new tariffs, calling them a tax on its farmers and ranchers.`,
    'Doe said the lawsuit would be filed in federal court in Columbus on Monday, with four other states joining it.',
  ].join('\n');

describe('conflicting-title', () => {
  ruleTable(conflictingTitle, {
    valid: [
      [{ text: story('Governor'), date: DATE }, { text: story('Governor'), date: DATE }],
      [{ text: story('Ohio Governor'), date: DATE }, { text: story('Governor'), date: DATE }],
      // "then-" speaks of the past on purpose.
      [{ text: story('Governor'), date: DATE }, { text: story('then-Governor'), date: DATE }],
      // A sitting title that does not speak names the office held then ("the team fired president X").
      [{ text: story('Governor', 'was sued'), date: DATE }, { text: story('former Governor'), date: DATE }],
      // Two bodies: two offices.
      [{ text: story('Ohio Governor'), date: DATE }, { text: story('former Texas Governor'), date: DATE }],
      // Different news days.
      [{ text: story('Governor'), date: DATE }, { text: story('former Governor'), date: '2025-07-01' }],
      // A story that tells the change of office: both titles were right on their day.
      [
        { text: story('Governor-elect'), date: '2025-01-09' },
        { text: story('Governor').replace('on Sunday', 'on Sunday, a day after she was sworn in,'), date: '2025-01-12' },
      ],
      // Undated accounts say nothing about the same days.
      [{ text: story('Governor') }, { text: story('former Governor') }],
      // Office terms the knowledge base holds are judged against the date by anachronistic-title instead.
      [
        { text: story('Governor').replace('Governor Jane Doe', 'President Donald Trump'), date: DATE },
        { text: story('Governor').replace('Governor Jane Doe', 'former President Donald Trump'), date: DATE },
      ],
    ],
    invalid: [
      {
        docs: [
          { text: story('Governor'), date: DATE, name: 'a.txt' },
          { text: story('Former Governor'), date: DATE, name: 'b.txt' },
          { text: story('Governor'), date: '2025-05-12', name: 'c.txt' },
        ],
        findings: [{ text: 'Former Governor', doc: 'b.txt', message: 'a and c call Jane Doe "Governor" (in office); b says "Former Governor" (a former holder).', related: ['Governor', 'Governor'] }],
      },
      {
        docs: [
          { text: story('Governor'), date: DATE, name: 'a.txt' },
          { text: story('Governor-elect'), date: DATE, name: 'b.txt' },
        ],
        findings: [{ text: 'Governor-elect', doc: 'b.txt', message: 'a calls Jane Doe "Governor" (in office); b says "Governor-elect" (not yet in office).', related: ['Governor'] }],
      },
    ],
  });
});

describe('titleStatus', () => {
  const title = (...modifiers: TitleInfo['modifiers']): TitleInfo => ({ text: 'Governor', span: { start: 0, end: 8 }, role: 'governor', officeIds: [], modifiers });
  it.each([
    [[], 'sitting'],
    [['acting'], 'sitting'],
    [['outgoing'], 'sitting'],
    [['former'], 'former'],
    [['ex'], 'former'],
    [['late'], 'former'],
    [['elect'], 'elect'],
    [['incoming'], 'elect'],
    [['then'], undefined],
    [['deputy'], undefined],
  ] as Array<[TitleInfo['modifiers'], string | undefined]>)('%j -> %s', (mods, expected) => {
    expect(titleStatus(title(...mods))).toBe(expected);
  });
});
