// --now and --date on the checking command and on `extract`: the day of the run bounds document dating.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nc-now-'));
// 2 December fell on a Tuesday in 2008, 2014 and 2025; an article may name it up to 10 days ahead.
writeFileSync(join(dir, 'a.txt'), 'On Tuesday, December 2, officials met in Brussels to discuss the budget.\n');

const dateOf = (stdout: string) => (JSON.parse(stdout) as { documents: Array<{ date: { value?: string } }> }).documents[0].date.value;

describe('--now: no undated document is dated after the day of the run', () => {
  it.each([
    ['check', ['a.txt', '--format', 'json', '--no-config'], '2025-11-01', '2014'],
    ['check', ['a.txt', '--format', 'json', '--no-config'], '2026-01-10', '2025'],
    ['extract', ['extract', 'a.txt'], '2025-11-01', '2014'],
    ['extract', ['extract', 'a.txt'], '2026-01-10', '2025'],
  ])('%s with --now %s', (_cmd, args, now, year) => {
    const r = cli([...args, '--now', now], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(dateOf(r.stdout)?.slice(0, 4)).toBe(year);
  });

  it.each([
    [['a.txt', '--no-config', '--now', '2025-13-01'], '--now expects a calendar date YYYY-MM-DD, got "2025-13-01"'],
    [['extract', 'a.txt', '--now', 'tomorrow'], '--now expects a calendar date YYYY-MM-DD, got "tomorrow"'],
    [['extract', 'a.txt', '--date', '2025-02-30'], '--date expects a calendar date YYYY-MM-DD, got "2025-02-30"'],
  ])('a bad day is exit 2: %j', (args, message) => {
    const r = cli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('extract takes --date after the subcommand (it used to go to the checking command)', () => {
    const r = cli(['extract', 'a.txt', '--date', '2014-12-03'], { cwd: dir });
    expect(dateOf(r.stdout)).toBe('2014-12-03');
  });
});
