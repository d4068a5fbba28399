import { describe, expect, it } from 'vitest';
import { makeDocument } from '../src/core/document.js';
import { notAfter, type RangedEvidence } from '../src/date/evidence.js';
import { checkDocuments } from '../src/engine.js';
import { testKb } from './helpers/kb.js';

/** The inferred date of one undated article read on `now`. */
function dated(text: string, now: string) {
  const report = checkDocuments([makeDocument({ file: 'a.txt', text })], { kb: testKb(), toolVersion: 'test', now });
  return report.documents[0].date;
}

// "Tuesday, December 2" fits 2003, 2008, 2014, 2025 and 2031; "December 2" alone fits every year.
describe('undated articles are never dated after the run', () => {
  it.each([
    ['Pin-up model Bettie Page died on Tuesday, December 2, in Los Angeles.', '2009-06-01', '2008-12'],
    ['Pin-up model Bettie Page died on Tuesday, December 2, in Los Angeles.', '2025-11-01', '2014-12'],
    // Read a week before, the date can be an announced one: the article is of the days before it.
    ['Pin-up model Bettie Page died on Tuesday, December 2, in Los Angeles.', '2025-11-28', '2025-11'],
    ['Pin-up model Bettie Page died on Tuesday, December 2, in Los Angeles.', '2026-03-01', '2025-12'],
    ['Pin-up model Bettie Page died on Tuesday, December 2, in Los Angeles.', '2035-12-31', '2031-12'],
    ['The report came out on December 2, officials said.', '2009-06-01', '2008-12'],
    ['The report came out on December 2, officials said.', '2009-12-05', '2009-1'],
  ])('%s (now %s) -> %s', (text, now, month) => {
    const d = dated(text, now);
    expect(d.value?.slice(0, month.length)).toBe(month);
    expect(d.latest! <= now).toBe(true);
  });
});

describe('a story member dated on the day of the run lends no later days', () => {
  it('the undated member of the story is not dated after now', () => {
    const text = 'Delegations from Ukraine and Russia met for ceasefire talks in Istanbul. The Istanbul talks on the ceasefire and prisoner exchanges ended without a deal, Ukraine and Russia said.';
    const now = '2025-05-11';
    const docs = [makeDocument({ file: 'a.txt', index: 0, text, meta: { date: now } }), makeDocument({ file: 'b.txt', index: 1, text })];
    const report = checkDocuments(docs, { kb: testKb(), toolVersion: 'test', now });
    expect(report.documents[1].story).toBe(report.documents[0].story);
    expect(report.documents[1].story).toBeDefined();
    expect(report.documents[1].date.latest! <= now).toBe(true);
  });
});

const EVIDENCE: RangedEvidence = {
  kind: 'day+month',
  text: 'December 2',
  weight: 1,
  earliest: '2007-11-22',
  latest: '2009-12-12',
  ranges: [
    ['2007-11-22', '2007-12-12'],
    ['2008-11-22', '2008-12-12'],
    ['2009-11-22', '2009-12-12'],
  ],
};

describe('notAfter', () => {
  it.each([
    ['2010-01-01', EVIDENCE.ranges],
    ['2009-12-01', [['2007-11-22', '2007-12-12'], ['2008-11-22', '2008-12-12'], ['2009-11-22', '2009-12-01']]],
    ['2009-06-01', [['2007-11-22', '2007-12-12'], ['2008-11-22', '2008-12-12']]],
    ['2007-01-01', undefined],
  ])('now %s', (now, ranges) => {
    const e = notAfter(EVIDENCE, now);
    expect(e?.ranges).toEqual(ranges);
    if (e) expect(e.latest).toBe(e.ranges[e.ranges.length - 1][1]);
  });
});
