// The line format: file:line:col: severity rule message, one finding per line.
import { describe, expect, it } from 'vitest';
import { line } from '../src/format/line.js';
import { CTX, finding, report } from './helpers/report.js';

describe('line formatter', () => {
  it.each([
    [finding({ file: 'a.md', line: 3, column: 7, severity: 'error', message: 'Bad.' }), 'a.md:3:7: error scraping-residue Bad.\n'],
    [finding({ severity: 'info', message: 'two\nlines' }), 'a.md:1:1: info scraping-residue two lines\n'],
  ])('%#', (f, out) => expect(line(report([f]), CTX)).toBe(out));
  it('prints nothing for a clean report', () => expect(line(report([]), CTX)).toBe(''));
  it('matches the reviewdog errorformat %f:%l:%c: %m', () => {
    const out = line(report([finding({ file: 'x/y.txt', line: 12, column: 4 })]), CTX);
    expect(/^(.+):(\d+):(\d+): (.*)$/.exec(out.trim())?.slice(1, 4)).toEqual(['x/y.txt', '12', '4']);
  });
});
