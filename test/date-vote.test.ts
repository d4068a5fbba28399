import { describe, expect, it } from 'vitest';
import { bestInterval, mergeRanges } from '../src/date/vote.js';
import { addDays, addYears, weekdayOf, yearsBetween, ordinal } from '../src/date/days.js';

describe('days', () => {
  it.each([
    ['2025-05-11', 0],
    ['2025-05-15', 4],
    ['2024-02-29', 4],
    ['1945-05-09', 3],
  ])('%s is weekday %i (0 = Sunday)', (iso, wd) => expect(weekdayOf(iso)).toBe(wd));
  it('adds days and years across month ends and leap days', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2022-02-24', 3)).toBe('2025-02-24');
  });
  it('counts whole years', () => {
    expect(yearsBetween('2022-02-24', '2025-02-23')).toBe(2);
    expect(yearsBetween('2022-02-24', '2025-02-24')).toBe(3);
  });
  it('writes ordinals', () => {
    expect([1, 3, 4, 11, 21, 22, 80, 113].map(ordinal)).toEqual(['first', 'third', 'fourth', '11th', '21st', '22nd', '80th', '113th']);
  });
});

describe('bestInterval', () => {
  it('picks the interval most weight agrees on, not the intersection of all', () => {
    const r = bestInterval([
      { ranges: [['2025-05-01', '2025-05-31']], weight: 2 },
      { ranges: [['2025-05-10', '2025-05-20']], weight: 2 },
      { ranges: [['2024-01-01', '2024-12-31']], weight: 1.5 }, // a wrong minority statement
    ]);
    expect(r).toMatchObject({ earliest: '2025-05-10', latest: '2025-05-20', weight: 4, agreeing: [0, 1] });
  });
  it('counts a vote once even when its ranges overlap', () => {
    const r = bestInterval([
      { ranges: [['2025-01-01', '2025-01-10'], ['2025-01-05', '2025-01-15']], weight: 1 },
      { ranges: [['2025-01-12', '2025-01-20']], weight: 1 },
    ]);
    expect(r).toMatchObject({ earliest: '2025-01-12', latest: '2025-01-15', weight: 2 });
  });
  it('returns undefined with no evidence', () => {
    expect(bestInterval([])).toBeUndefined();
  });
  it('merges ranges', () => {
    expect(mergeRanges([['2025-01-05', '2025-01-09'], ['2025-01-01', '2025-01-06'], ['2025-02-01', '2025-02-02']])).toEqual([
      ['2025-01-01', '2025-01-09'],
      ['2025-02-01', '2025-02-02'],
    ]);
  });
});
