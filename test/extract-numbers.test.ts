import { describe, expect, it } from 'vitest';
import { extractNumbers, isClockTime } from '../src/extract/numbers.js';

/** Each number fact as "value counted". */
function numbers(text: string): string[] {
  return extractNumbers(text, [{ start: 0, end: text.length }]).map((f) => `${f.value} ${f.counted}`);
}

describe('extractNumbers: counts, not clock times', () => {
  it.each([
    ['The quake struck at 0241 GMT Friday near the coast.', []],
    ['Trading resumes at 1200 hrs EDT and closes at 1550 HRS EDT.', []],
    ['The quake struck at 02:41 GMT Friday near the coast.', []],
    ['The quake struck at 2:41 a.m. Friday near the coast.', []],
    ['Flights resumed at 1430 UTC on Monday.', []],
    ['The strike began at 9 EST with pickets.', []],
    ['Rescuers pulled 41 survivors from the rubble.', ['41 survivors']],
    ['Police arrested 1430 protesters in the capital.', ['1430 protesters']],
    ['He listed 10 things to fix.', ['10 things']],
    ['Some 5 amateur golfers entered.', ['5 amateur golfers entered']],
    ['At least 12 people died at 3 p.m. on Friday.', ['12 people died']],
    ['The tsunami left more than 230 , 000 people dead.', []],
    ['Of the 5, 100 soldiers were hurt.', ['100 soldiers']],
    // A figure too long for a double: no count (Infinity would become null in the workers' JSON).
    [`They counted ${'9'.repeat(320)}.5 ballots and 1${',000'.repeat(110)} votes.`, []],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });
});

describe('isClockTime', () => {
  it.each([
    ['at 02:', '41', ' GMT Friday', true],
    ['at ', '0241', ' GMT Friday', true],
    ['at ', '1430', ' hours GMT', true],
    ['at ', '1430', ' local time', true],
    ['pulled ', '41', ' survivors', false],
    ['arrested ', '1430', ' protesters', false],
    ['paid ', '1,430', ' GMT shares', false],
  ])('%s|%s|%s -> %s', (before, figure, after, expected) => {
    expect(isClockTime(before, figure, after)).toBe(expected);
  });
});
