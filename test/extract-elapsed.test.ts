import { describe, expect, it } from 'vitest';
import { makeDocument } from '../src/core/document.js';
import { extractDurations } from '../src/extract/durations.js';
import { extractElapsed } from '../src/extract/elapsed.js';
import { splitSentences } from '../src/extract/sentences.js';
import type { DurationFact, ElapsedFact } from '../src/extract/types.js';
import { testKb } from './helpers/kb.js';

function elapsed(text: string): string[] {
  const doc = makeDocument({ file: 't.txt', text });
  return extractElapsed(doc, splitSentences(text), testKb()).map(
    (f: ElapsedFact) => `${f.text} | ${f.relation} ${f.count ?? f.year} ${f.unit} | ${f.subject} | ${f.eventId ?? '-'}`,
  );
}

function durations(text: string): string[] {
  const doc = makeDocument({ file: 't.txt', text });
  return extractDurations(doc, splitSentences(text)).map((f: DurationFact) => `${f.text} | ${f.iso}${f.of ? ' of ' + f.of : ''}${f.every ? ' every' : ''}`);
}

const INVASION = 'russia-full-scale-invasion-of-ukraine';

describe('extractElapsed', () => {
  it.each([
    ['With the ongoing conflict in Ukraine entering its third year, Putin called for talks.', ['entering its third year | entering-year 3 year | the ongoing conflict in Ukraine | ' + INVASION]],
    ["Russia's war in Ukraine, now in its fourth year, goes on.", ["now in its fourth year | in-year 4 year | Russia's war in Ukraine | " + INVASION]],
    ['A truce marked the 80th anniversary of victory in World War Two.', ['the 80th anniversary of victory in World War Two | anniversary 80 year | victory in World War Two | victory-day']],
    ['They met for the first time since 2022.', ['since 2022 | since-year 2022 year | the first time | -']],
    ['Three years after the full-scale invasion, talks resumed.', ['Three years after the full-scale invasion | years-since 3 year | the full-scale invasion | ' + INVASION]],
    ['Since February 2022, the war has killed thousands.', ['Since February 2022 | since-year 2022 year |  | -']],
    ['Moscow held the parade for the fourth consecutive year.', ['for the fourth consecutive year | in-year 4 year |  | -']],
    ["Russia's war against Ukraine began in 2022. The war, entering its twenty-first month, drags on.", ['entering its twenty-first month | entering-year 21 month | The war | ' + INVASION]],
    ['Kyiv marked the 1,000th day of the war in Ukraine.', ['the 1,000th day of the war in Ukraine | in-year 1000 day | the war in Ukraine | ' + INVASION]],
  ])('%s', (text, expected) => {
    expect(elapsed(text)).toEqual(expected);
  });

  it.each([
    'Ukraine has made significant strides in the war.',
    'He finished third in the year-end rankings.',
    'The 80th edition of the festival opened.',
    'Russia launched 524 aerial drones.',
  ])('no elapsed time in: %s', (text) => {
    expect(elapsed(text)).toEqual([]);
  });

  it('leaves the event unresolved when the subject names nothing the KB knows', () => {
    expect(elapsed('The company, now in its third year, is growing.')).toEqual(['now in its third year | in-year 3 year | The company | -']);
  });
});

describe('extractDurations', () => {
  it.each([
    ['They urged an unconditional 30-day ceasefire.', ['30-day | P30D of ceasefire']],
    ['A 72-hour truce during the celebrations.', ['72-hour | PT72H of truce']],
    ['Prices rose over the past two months.', ['the past two months | P2M']],
    ['The plan takes five years and 14 days.', ['five years | P5Y', '14 days | P14D']],
    ['It happened two years ago.', []],
    ['He was released three days later, two weeks before the trial.', ['three days | P3D', 'two weeks | P2W']],
    ['The sides have talked for years.', ['years | PXY']],
    ['It lasted several weeks.', ['several weeks | PXW']],
    ['Russia launched 524 aerial drones.', []],
    ['A 6-year-old boy and a six-year-old girl.', []],
    ['Aid arrived within a week, after a couple of years of talks.', ['a week | P1W', 'a couple of years | P2Y']],
    ['It took two decades.', ['two decades | P20Y']],
    ['It lasted nearly two years, then more than four hours.', ['nearly two years | P2Y', 'more than four hours | PT4H']],
    ['Over the nine months, sales fell.', ['the nine months | P9M']],
    ['They need two more weeks and eight trading days.', ['two more weeks | P2W', 'eight trading days | P8D']],
    ['The paper is published daily, and the board meets every month.', ['daily | P1D every', 'every month | P1M every']],
    ['It pays a quarterly dividend.', []],
    ['The Daily Telegraph and the news weekly reported it; a monthly said so too.', []],
    ['The board meets every Thursday and each July.', ['every Thursday | P1W every', 'each July | P1Y every']],
    ['It took 2 1/2 years, then two to three weeks.', ['2 1/2 years | P2.5Y', 'two to three weeks | P2W']],
    ['A day-long strike ended decades-long calm.', ['day-long | P1D', 'decades-long | PXDE']],
    ['Prices rose over the past decade and may fall in the next year or so, as they did last year.', ['the past decade | P10Y', 'the next year or so | P1Y']],
    ['It happened a week or so ago.', []],
    ['In the last twenty four hours, after almost a hundred years and the next couple of years.', ['the last twenty four hours | PT24H', 'almost a hundred years | P100Y', 'the next couple of years | P2Y']],
    ['Prices were frozen over a three-year period.', ['a three-year period | P3Y']],
    // A figure too long for a double is an unstated amount, not Infinity (which JSON would make null).
    [`It took ${'9'.repeat(320)}.5 years.`, [`${'9'.repeat(320)}.5 years | PXY`]],
  ])('%s', (text, expected) => {
    expect(durations(text)).toEqual(expected);
  });
});
