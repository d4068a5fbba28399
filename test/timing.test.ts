import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTimer, formatTimings, NO_TIMER } from '../src/core/timing.js';
import { timingAsked } from '../src/cli/check-command.js';
import { cli } from './helpers/cli.js';

describe('timer', () => {
  it('adds the time of each label, in the order labels were first met', () => {
    let clock = 0;
    const t = createTimer(() => clock);
    expect(t.time('read', () => ((clock += 5), 'text'))).toBe('text');
    t.time('rule a', () => (clock += 2));
    t.time('read', () => (clock += 1));
    t.add('extract', 10);
    expect(t.entries()).toEqual([['read', 6], ['rule a', 2], ['extract', 10]]);
  });
  it('counts the time of a stage that throws', () => {
    let clock = 0;
    const t = createTimer(() => clock);
    expect(() => t.time('bad', () => { clock += 3; throw new Error('x'); })).toThrow('x');
    expect(t.entries()).toEqual([['bad', 3]]);
  });
  it('NO_TIMER runs the stage and returns its value', () => {
    expect(NO_TIMER.time('x', () => 7)).toBe(7);
  });
  it('formats one row per label with its share of the total', () => {
    expect(formatTimings([['read', 25], ['rule wrong-office-holder', 50]], 100)).toBe(
      ['stage                     time (ms)   share', 'read                           25.0   25.0%', 'rule wrong-office-holder       50.0   50.0%', 'total                         100.0', ''].join('\n'),
    );
  });
});

describe('NEWSCHECK_TIMING', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['false', false],
    ['OFF', false],
    ['no', false],
    ['1', true],
    ['true', true],
    ['all', true],
  ])('%s -> %s', (value, on) => {
    expect(timingAsked(value)).toBe(on);
  });
  it('prints the stages and every rule on stderr, and leaves the report on stdout as it is', () => {
    const args = ['seeds/', '--format', 'json', '--now', '2026-12-01'];
    const plain = cli(args);
    const timed = cli(args, { env: { NEWSCHECK_TIMING: '1' } });
    expect(timed.code).toBe(plain.code);
    expect(timed.stdout).toBe(plain.stdout);
    expect(plain.stderr).not.toMatch(/time \(ms\)/);
    const labels = timed.stderr.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split(/\s{2,}/)[0]);
    expect(labels.slice(0, 4)).toEqual(['stage', 'start-up', 'read', 'knowledge base']);
    for (const l of ['extract', 'stories', 'document dates', 'rule wrong-office-holder', 'rule scraping-residue', 'report', 'format', 'write', 'total']) expect(labels).toContain(l);
    expect(labels).not.toContain('cache read');
  });
  it('times reading and writing the cache when --cache is on', () => {
    const location = join(mkdtempSync(join(tmpdir(), 'nc-timing-')), 'cache');
    const timed = cli(['seeds/', '--format', 'json', '--now', '2026-12-01', '--cache', '--cache-location', location], { env: { NEWSCHECK_TIMING: '1' } });
    const labels = timed.stderr.split('\n').map((l) => l.split(/\s{2,}/)[0]);
    expect(labels).toContain('cache read');
    expect(labels).toContain('cache write');
  });
});
